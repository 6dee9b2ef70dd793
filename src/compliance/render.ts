import { MARKDOWN_LIMIT } from '../report/markdown.js';
import { markdownText } from '../report/escape.js';
import { JsonChunks } from '../report/json-chunks.js';
import { ROW_FINDINGS, type ComplianceReport, type ReportScope, type RuleFindings } from './matrix.js';
import { partLabel, RULE_STATUSES, statusLabel, words, type Lang } from './i18n.js';

export type ComplianceFormat = 'html' | 'markdown' | 'json' | 'csv';

export function complianceJson(report: ComplianceReport, findings: RuleFindings = ROW_FINDINGS): string {
  return [...complianceJsonChunks(report, findings)].join('');
}

/** The JSON matrix a finding at a time, each rule's findings read (from a spooled scan) as they are written. */
export function complianceJsonChunks(report: ComplianceReport, findings: RuleFindings = ROW_FINDINGS): Iterable<string> {
  const json = new JsonChunks();
  return json.chunks({ ...report, rules: report.rules.map((r) => ({ ...r, findings: json.placeholder(findings.list(r)) })) });
}

/**
 * One row per rule for spreadsheets: RFC 4180 quoting, UTF-8 with a byte-order mark so Excel reads
 * the accents, and `;` as the separator in French (the separator French spreadsheets expect).
 */
export function complianceCsv(report: ComplianceReport): string {
  const w = words(report.lang);
  const sep = report.lang === 'fr' ? ';' : ',';
  const header = [
    w.rule,
    'rulebook',
    w.section,
    w.ruleTitle,
    w.automation,
    w.status,
    w.reason,
    w.checks,
    w.pass,
    w.fail,
    w.unknown,
    w.waived,
    ...report.sources,
    w.owner,
    w.date,
    w.nextReview,
    w.evidence,
    w.scope,
  ];
  const rows = report.rules.map((r) => {
    const a = r.attestation.current;
    return [
      r.id,
      r.rulebook,
      r.section,
      r.title,
      w[r.automation],
      statusLabel(r.status, report.lang),
      r.reason.text,
      r.checks.join(' '),
      r.counts.pass,
      r.counts.fail,
      r.counts.unknown,
      r.counts.waived,
      ...report.sources.map((s) => {
        const c = r.bySource[s];
        return c ? partLabel(c.status, report.lang) : '';
      }),
      a?.owner ?? '',
      a?.date ?? '',
      a?.nextReview ?? '',
      a?.document ?? a?.url ?? '',
      a?.scope ?? '',
    ];
  });
  return `\uFEFF${[header, ...rows].map((row) => row.map((v) => csvCell(String(v), sep)).join(sep)).join('\r\n')}\r\n`;
}

function csvCell(v: string, sep: string): string {
  // A leading = + - @ (or a tab or carriage return before one) would be a formula in a spreadsheet: neutralise it.
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return safe.includes(sep) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The facts of the scope every format states: commit, residency profile, rulebook versions, cldscan version. */
export function scopeFacts(scope: ReportScope, lang: Lang): Array<[string, string]> {
  const w = words(lang);
  const commits = scope.commits.map((c) => `${c.sha} (${c.from})`);
  return [
    [w.commit, commits.length ? commits.join(', ') : w.commitNone],
    [w.residency, scope.residency.join(', ') || w.none],
    [w.rulebooks, scope.rulebooks.map((b) => `${b.id} — ${b.title}, ${b.version ? `${w.version} ${b.version}` : w.versionNone}`).join(' · ')],
    [w.cldscan, [...new Set([scope.cldscan, ...scope.scans.map((s) => s.tool)])].join(', ')],
    [w.disabled, [...new Set(scope.scans.flatMap((s) => s.settings.disabledPolicies))].join(', ') || w.none],
  ];
}

const SCOPE_ROWS = 25;

/**
 * A short summary for a pull-request comment or $GITHUB_STEP_SUMMARY: the scope, rule statuses,
 * failures by severity, top failing rules, then the rules that need attention, as far as GitHub's
 * size limit allows. No links (no URLs at all: GitHub would turn them into links).
 */
export function complianceMarkdown(report: ComplianceReport): string {
  const w = words(report.lang);
  const lines: string[] = [];
  lines.push(`## ${w.title} — ${report.tool.name} ${report.tool.version}`, '');
  lines.push(`> **${w.scopeTitle}** — ${markdownText(report.scope.statement.text)}`, '>');
  for (const [k, v] of scopeFacts(report.scope, report.lang)) lines.push(`> ${k}: ${markdownText(v)}  `);
  for (const n of report.scope.notes) lines.push(`> ${markdownText(n.text)}  `);
  lines.push('');
  if (report.scope.categories.length) {
    lines.push(`| ${w.category} | ${w.kind} | ${w.regions} | ${w.resources} | ${w.reading} |`, '|---|---|---|---:|---|');
    for (const c of report.scope.categories.slice(0, SCOPE_ROWS)) {
      const regions = c.regions.join(', ') + (c.regionsTruncated ? ` (${w.regionsCut})` : '');
      lines.push(`| ${markdownText(c.id)} | ${c.kind === 'plan' ? w.kindPlan : w.kindLive} | ${markdownText(regions) || '—'} | ${c.resources} | ${c.complete ? w.complete : `**${w.partlyRead}**`} |`);
    }
    if (report.scope.categories.length > SCOPE_ROWS) lines.push('', `_${report.scope.categories.length - SCOPE_ROWS} …_`);
    lines.push('');
  }
  if (report.incomplete.length) {
    lines.push(`> **${w.incomplete}**`);
    for (const n of report.incomplete.slice(0, SCOPE_ROWS)) lines.push(`> - ${markdownText(n.scope ? `${n.scope}: ${n.message}` : n.message)}`);
    lines.push('');
  }
  lines.push(`| ${w.status} | ${w.count} |`, '|---|---:|');
  for (const s of RULE_STATUSES) if (report.totals[s]) lines.push(`| ${statusLabel(s, report.lang)} | ${report.totals[s]} |`);
  lines.push('', `| ${w.severity} | ${w.failures} |`, '|---|---:|');
  for (const s of ['critical', 'high', 'medium', 'low'] as const) lines.push(`| ${w[s]} | ${report.summary.failuresBySeverity[s]} |`);
  const failing = report.rules.filter((r) => r.counts.fail > 0).sort((a, b) => b.counts.fail - a.counts.fail);
  if (failing.length) {
    lines.push('', `### ${w.topFailing}`, '', `| ${w.rule} | ${w.ruleTitle} | ${w.failures} |`, '|---|---|---:|');
    for (const r of failing.slice(0, 10)) lines.push(`| ${r.id} | ${markdownText(r.title)} | ${r.counts.fail} |`);
  }
  if (report.administrators.length) {
    const undecided = report.administrators.filter((a) => a.admin === 'unknown').length;
    lines.push('', `${w.administrators}: ${report.administrators.length}${undecided ? ` (${undecided} ${w.adminUndecided})` : ''}`);
  }
  const attention = report.rules
    .filter((r) => !['compliant', 'attested', 'inherited'].includes(r.status))
    .sort((a, b) => RULE_STATUSES.indexOf(a.status) - RULE_STATUSES.indexOf(b.status));
  lines.push('', `| ${w.rule} | ${w.ruleTitle} | ${w.status} | ${w.reason} |`, '|---|---|---|---|');
  let size = lines.join('\n').length;
  let shown = 0;
  for (const r of attention) {
    const row = `| ${r.id} | ${markdownText(r.title)} | ${statusLabel(r.status, report.lang)} | ${markdownText(r.reason.text)} |`;
    if (size + row.length + 200 > MARKDOWN_LIMIT) break;
    lines.push(row);
    size += row.length + 1;
    shown++;
  }
  if (shown < attention.length) lines.push('', `_${attention.length - shown} …_`);
  return `${lines.join('\n')}\n`;
}

/** Table cells: no pipes, newlines, HTML, emphasis or code marks, or anything GitHub would link. */
