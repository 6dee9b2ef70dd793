import { CATALOG } from '../catalog/catalog.js';
import type { Finding } from '../model/finding.js';
import { markdownCode, markdownText } from './escape.js';
import { sortFindings, type ScanReport } from './scan-report.js';

/** GitHub caps a PR comment at 65 536 characters; stay well under it. */
export const MARKDOWN_LIMIT = 60_000;

/** A summary fit for a pull-request comment or $GITHUB_STEP_SUMMARY: counts, top failing rules, then the findings that fit. */
export function toMarkdown(report: ScanReport): string {
  const { summary } = report;
  const head: string[] = [];
  const verdict = summary.failed ? '❌' : summary.byStatus.fail || summary.byStatus.unknown ? '⚠️' : '✅';
  head.push(
    `## ${verdict} cldscan: ${summary.byStatus.fail} failed, ${summary.byStatus.unknown} could not be verified, ${summary.byStatus.pass} passed${summary.waived ? `, ${summary.waived} waived` : ''}`,
  );
  head.push('');
  head.push(
    `${summary.resources} resource(s) from ${report.inputs.length} input(s); residency profile \`${report.settings.residency}\`; failing on \`${summary.failOn}\` and above.` +
      (summary.inBaseline ? ` ${summary.inBaseline} finding(s) already in the baseline are not shown.` : ''),
  );
  head.push('');
  if (report.incomplete.length) {
    head.push(`> **Scan incomplete** — nothing from these parts is counted compliant:`);
    for (const n of report.incomplete) head.push(`> - ${markdownText(n.scope ? `${n.scope}: ${n.message}` : n.message)}`);
    head.push('');
  }
  head.push('| Severity | Failed |', '|---|---:|');
  for (const s of ['critical', 'high', 'medium', 'low'] as const) head.push(`| ${s} | ${summary.failuresBySeverity[s]} |`);
  head.push('');

  const failing = topRules(report.findings);
  if (failing.length) {
    head.push('### Top failing rules', '', '| Rule | Title | Failed |', '|---|---|---:|');
    for (const [id, count] of failing.slice(0, 10)) head.push(`| ${markdownText(id)} | ${markdownText(CATALOG.find((r) => r.id === id)?.title ?? '')} | ${count} |`);
    head.push('');
  }

  const rows = sortFindings(report.findings.filter((f) => f.status !== 'pass' && !f.suppression));
  const body: string[] = [];
  if (rows.length) body.push('### Findings', '', '| Status | Severity | Policy | Resource | Location | Message |', '|---|---|---|---|---|---|');
  let size = head.join('\n').length + body.join('\n').length;
  let shown = 0;
  for (const f of rows) {
    const row = `| ${f.status === 'fail' ? 'fail' : 'unknown'} | ${f.severity} | ${markdownText(f.policy)} | ${markdownCode(f.resource.id)} | ${f.location ? markdownCode(`${f.location.uri}:${f.location.line}`) : ''} | ${markdownText(f.message)} |`;
    if (size + row.length + 200 > MARKDOWN_LIMIT) break;
    body.push(row);
    size += row.length + 1;
    shown++;
  }
  if (shown < rows.length) body.push('', `_${rows.length - shown} more finding(s) not shown; see the SARIF or JSON report._`);
  return `${[...head, ...body].join('\n')}\n`;
}

function topRules(findings: readonly Finding[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const f of findings) if (f.status === 'fail' && !f.suppression) for (const r of f.rules) counts.set(r, (counts.get(r) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
