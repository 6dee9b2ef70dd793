import type { Finding } from '../model/finding.js';
import type { Lang } from '../policy/api.js';
import { localize } from '../policy/messages.js';
import { terminalText as t } from './escape.js';
import { fixHints, type FixHints } from './remediation.js';
import { sortFindings, type ScanReport } from './scan-report.js';

/** How the text report lists findings: under each file (the default, as linters do), or under each policy. */
export const GROUP_BY = ['file', 'policy'] as const;
export type GroupBy = (typeof GROUP_BY)[number];

export interface TextOptions {
  color: boolean;
  groupBy?: GroupBy;
  lang?: Lang;
}

/** The words of the text report, in each language (tests compare with these rather than with English). */
export const TEXT_WORDS = {
  en: {
    fail: 'FAIL',
    unknown: 'UNKNOWN',
    waived: 'WAIVED',
    incomplete: 'INCOMPLETE',
    head: (inputs: number, resources: number, residency: string, failOn: string) => `${inputs} input(s), ${resources} resource(s), residency ${residency}, fail on ${failOn}`,
    fix: 'Fix',
    settle: 'To settle',
    until: 'until',
    noLocation: '(no file)',
    summary: 'Summary:',
    failed: (n: number) => `${n} failed`,
    unverified: (n: number) => `${n} could not be verified`,
    passed: (n: number) => `${n} passed`,
    waivedCount: (n: number) => `${n} waived`,
    inBaseline: (n: number) => `${n} already in the baseline (not shown)`,
    scanIncomplete: 'scan incomplete',
    severities: { critical: 'CRITICAL', high: 'HIGH', medium: 'MEDIUM', low: 'LOW' },
    lowerSeverities: { critical: 'critical', high: 'high', medium: 'medium', low: 'low' },
  },
  fr: {
    fail: 'ÉCHEC',
    unknown: 'INCONNU',
    waived: 'DÉROGÉ',
    incomplete: 'INCOMPLET',
    head: (inputs: number, resources: number, residency: string, failOn: string) => `${inputs} entrée(s), ${resources} ressource(s), résidence ${residency}, échec à partir de ${failOn}`,
    fix: 'Correction',
    settle: 'Pour conclure',
    until: 'jusqu’au',
    noLocation: '(aucun fichier)',
    summary: 'Bilan :',
    failed: (n: number) => `${n} non conforme(s)`,
    unverified: (n: number) => `${n} non vérifiable(s)`,
    passed: (n: number) => `${n} conforme(s)`,
    waivedCount: (n: number) => `${n} sous dérogation`,
    inBaseline: (n: number) => `${n} déjà dans la référence (non affichés)`,
    scanIncomplete: 'analyse incomplète',
    severities: { critical: 'CRITIQUE', high: 'ÉLEVÉE', medium: 'MOYENNE', low: 'FAIBLE' },
    lowerSeverities: { critical: 'critique', high: 'élevée', medium: 'moyenne', low: 'faible' },
  },
} as const;

type Words = (typeof TEXT_WORDS)[Lang];

/**
 * Whether the text report is coloured: --color or --no-color when given; otherwise never with
 * NO_COLOR set (no-color.org), always with FORCE_COLOR set (other than 0 or false), else only on a
 * terminal.
 */
export function useColour(flag: boolean | undefined, toTerminal: boolean, env: NodeJS.ProcessEnv): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') return !['0', 'false'].includes(env.FORCE_COLOR.toLowerCase());
  return toTerminal;
}

/**
 * For a terminal: failures and unknowns grouped by file (or by policy) with where, why, the rules
 * and a one-line fix hint; waived ones after; passes only counted.
 */
export function toText(report: ScanReport<readonly Finding[]>, { color, groupBy = 'file', lang = 'en' }: TextOptions): string {
  const c = palette(color);
  const w = TEXT_WORDS[lang];
  const hint = fixHints(report.policies, lang);
  const lines: string[] = [];
  const { summary } = report;
  lines.push(c.bold(`${report.tool.name} ${report.tool.version}`) + ` — ${w.head(report.inputs.length, summary.resources, report.settings.residency, summary.failOn === 'none' ? 'none' : w.lowerSeverities[summary.failOn])}`);
  lines.push('');
  const shown = sortFindings(report.findings.filter((f) => f.status !== 'pass' && !f.suppression));
  const titles = new Map(report.policies.map((p) => [p.id, localize(p.title, lang)]));
  for (const [key, findings] of group(shown, groupBy)) {
    const title = groupBy === 'policy' ? `${t(key)}${titles.has(key) ? ` — ${t(titles.get(key)!)}` : ''}  ${c.dim(`[${t(findings[0]!.rules.join(', '))}]`)}` : t(key);
    lines.push(c.bold(title));
    for (const f of findings) lines.push(...findingLines(f, groupBy, w, c, hint));
    lines.push('');
  }
  const waived = sortFindings(report.findings.filter((f) => f.suppression));
  for (const f of waived) {
    lines.push(`${c.dim(pad(w.waived, 8))} ${pad(w.severities[f.severity], 8)} ${pad(t(f.policy), 24)} ${t(f.resource.id)}`);
    lines.push(`         ${c.dim(`${where(f, w)}  ${t(f.suppression!.justification)} — ${w.until} ${t(f.suppression!.expires)} (${t(f.suppression!.where)})`)}`);
  }
  if (waived.length) lines.push('');
  for (const n of report.incomplete) lines.push(c.red(`${w.incomplete} ${n.scope ? `${t(n.scope)}: ` : ''}${t(n.message)}`));
  for (const n of report.notifications) lines.push(c.dim(`${n.level.toUpperCase()} ${n.scope ? `${t(n.scope)}: ` : ''}${t(n.message)}`));
  if (report.incomplete.length || report.notifications.length) lines.push('');
  const sev = summary.failuresBySeverity;
  const bySeverity = (['critical', 'high', 'medium', 'low'] as const).filter((s) => sev[s] > 0).map((s) => `${sev[s]} ${w.lowerSeverities[s]}`);
  lines.push(
    `${c.bold(w.summary)} ${c.red(w.failed(summary.byStatus.fail))}${bySeverity.length ? ` (${bySeverity.join(', ')})` : ''}, ` +
      `${c.yellow(w.unverified(summary.byStatus.unknown))}, ${c.green(w.passed(summary.byStatus.pass))}` +
      (summary.waived ? `, ${w.waivedCount(summary.waived)}` : '') +
      (summary.inBaseline ? `, ${w.inBaseline(summary.inBaseline)}` : '') +
      (report.incomplete.length ? c.red(` — ${w.scanIncomplete}`) : ''),
  );
  return `${lines.join('\n')}\n`;
}

/**
 * A finding's lines: status, severity and what is wrong first (one line per finding, which starts
 * with its status), then where (the line in the file, or the policy and the file), then the fix.
 */
function findingLines(f: Finding, groupBy: GroupBy, w: Words, c: Palette, hint: FixHints): string[] {
  const status = f.status === 'fail' ? c.red(pad(w.fail, 8)) : c.yellow(pad(w.unknown, 8));
  const place = groupBy === 'file' ? `${f.location ? `:${f.location.line}` : ''}  ${t(f.policy)}  ${c.dim(`[${t(f.rules.join(', '))}]`)}` : where(f, w);
  const lines = [`${status} ${pad(w.severities[f.severity], 8)} ${t(f.resource.id)}  ${c.dim(place)}`, `         ${t(f.message)}`];
  const settle = f.status === 'unknown' && f.settle;
  const fix = hint(f);
  if (settle) lines.push(`         ${c.yellow(`${w.settle}:`)} ${t(f.settle!)}`);
  else if (fix) lines.push(`         ${c.green(`${w.fix}:`)} ${t(fix)}`);
  return lines;
}

/** Findings under their file (the input when no file declares them) or their policy, in report order. */
function group(findings: readonly Finding[], by: GroupBy): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = by === 'policy' ? f.policy : (f.location?.uri ?? f.input);
    const list = out.get(key);
    if (list) list.push(f);
    else out.set(key, [f]);
  }
  // By file, files in name order (their findings stay failures first): what a reader scrolls through.
  return by === 'file' ? new Map([...out].sort((a, b) => a[0].localeCompare(b[0]))) : out;
}

function where(f: Finding, w: Words): string {
  return f.location ? t(`${f.location.uri}:${f.location.line}`) : f.input ? t(f.input) : w.noLocation;
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

type Palette = ReturnType<typeof palette>;

function palette(on: boolean) {
  const wrap = (code: string) => (s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);
  return { red: wrap('31'), yellow: wrap('33'), green: wrap('32'), dim: wrap('2'), bold: wrap('1') };
}
