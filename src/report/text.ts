import type { Finding } from '../model/finding.js';
import { terminalText as t } from './escape.js';
import { sortFindings, type ScanReport } from './scan-report.js';

export interface TextOptions {
  color: boolean;
}

/** For a terminal: failures and unknowns with where and why; passes only counted. */
export function toText(report: ScanReport, { color }: TextOptions): string {
  const c = palette(color);
  const lines: string[] = [];
  const { summary } = report;
  lines.push(
    c.bold(`${report.tool.name} ${report.tool.version}`) +
      ` — ${report.inputs.length} input(s), ${summary.resources} resource(s), residency ${report.settings.residency}, fail on ${summary.failOn}`,
  );
  lines.push('');
  const shown = sortFindings(report.findings.filter((f) => f.status !== 'pass' && !f.suppression));
  const waived = sortFindings(report.findings.filter((f) => f.suppression));
  for (const f of shown) {
    const status = f.status === 'fail' ? c.red('FAIL   ') : c.yellow('UNKNOWN');
    lines.push(`${status} ${pad(f.severity.toUpperCase(), 8)} ${pad(t(f.policy), 24)} ${t(f.resource.id)}`);
    lines.push(`        ${c.dim(where(f))}  ${c.dim(`[${t(f.rules.join(', '))}]`)}`);
    lines.push(`        ${t(f.message)}`);
    if (f.settle) lines.push(`        ${c.dim(`To settle: ${t(f.settle)}`)}`);
  }
  if (shown.length) lines.push('');
  for (const f of waived) {
    lines.push(`${c.dim('WAIVED ')} ${pad(f.severity.toUpperCase(), 8)} ${pad(t(f.policy), 24)} ${t(f.resource.id)}`);
    lines.push(`        ${c.dim(`${where(f)}  ${t(f.suppression!.justification)} — until ${t(f.suppression!.expires)} (${t(f.suppression!.where)})`)}`);
  }
  if (waived.length) lines.push('');
  for (const n of report.incomplete) lines.push(c.red(`INCOMPLETE ${n.scope ? `${t(n.scope)}: ` : ''}${t(n.message)}`));
  for (const n of report.notifications) lines.push(c.dim(`${n.level.toUpperCase()} ${n.scope ? `${t(n.scope)}: ` : ''}${t(n.message)}`));
  if (report.incomplete.length || report.notifications.length) lines.push('');
  const sev = summary.failuresBySeverity;
  const bySeverity = (['critical', 'high', 'medium', 'low'] as const).filter((s) => sev[s] > 0).map((s) => `${sev[s]} ${s}`);
  lines.push(
    `${c.bold('Summary:')} ${c.red(`${summary.byStatus.fail} failed`)}${bySeverity.length ? ` (${bySeverity.join(', ')})` : ''}, ` +
      `${c.yellow(`${summary.byStatus.unknown} could not be verified`)}, ${c.green(`${summary.byStatus.pass} passed`)}` +
      (summary.waived ? `, ${summary.waived} waived` : '') +
      (summary.inBaseline ? `, ${summary.inBaseline} already in the baseline (not shown)` : '') +
      (report.incomplete.length ? c.red(' — scan incomplete') : ''),
  );
  return `${lines.join('\n')}\n`;
}

function where(f: Finding): string {
  return t(f.location ? `${f.location.uri}:${f.location.line}` : f.input);
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

function palette(on: boolean) {
  const wrap = (code: string) => (s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);
  return { red: wrap('31'), yellow: wrap('33'), green: wrap('32'), dim: wrap('2'), bold: wrap('1') };
}
