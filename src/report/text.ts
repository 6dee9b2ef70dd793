import type { Finding } from '../model/finding.js';
import type { Lang } from '../policy/api.js';
import { localize } from '../policy/messages.js';
import { terminalText as t } from './escape.js';
import { fixHints, type FixHints } from './remediation.js';
import { findingAt, indexWhere, type FindingKeyTest, type FindingSet } from './finding-spool.js';
import { compareKeys, reportOrderKey, type ScanReport } from './scan-report.js';
import { sortedPositions, type SortKey } from './sorted-findings.js';

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
export function toText(report: ScanReport<FindingSet>, opts: TextOptions): string {
  return [...textChunks(report, opts)].join('');
}

/**
 * The text report a line at a time. From a spooled scan, each finding is read back when its line is
 * written: the order and the groups are sorted on disk (sorted-findings.ts), so memory does not grow
 * with the findings.
 */
export function* textChunks(report: ScanReport<FindingSet>, { color, groupBy = 'file', lang = 'en' }: TextOptions): Generator<string> {
  const c = palette(color);
  const w = TEXT_WORDS[lang];
  const hint = fixHints(report.policies, lang);
  const { summary } = report;
  const line = (text: string) => `${text}\n`;
  yield line(c.bold(`${report.tool.name} ${report.tool.version}`) + ` — ${w.head(report.inputs.length, summary.resources, report.settings.residency, summary.failOn === 'none' ? 'none' : w.lowerSeverities[summary.failOn])}`);
  yield line('');
  const titles = new Map(report.policies.map((p) => [p.id, localize(p.title, lang)]));
  let current: string | undefined;
  for (const { key, f } of grouped(report.findings, groupBy)) {
    if (key !== current) {
      if (current !== undefined) yield line('');
      current = key;
      yield line(c.bold(groupBy === 'policy' ? `${t(key)}${titles.has(key) ? ` — ${t(titles.get(key)!)}` : ''}  ${c.dim(`[${t(f.rules.join(', '))}]`)}` : t(key)));
    }
    for (const l of findingLines(f, groupBy, w, c, hint)) yield line(l);
  }
  if (current !== undefined) yield line('');
  let waived = 0;
  for (const [, i] of sortedPositions(report.findings, (_c, _s, _v, isWaived) => isWaived, reportOrderKey, compareKeys)) {
    const f = findingAt(report.findings, i);
    waived++;
    yield line(`${c.dim(pad(w.waived, 8))} ${pad(w.severities[f.severity], 8)} ${pad(t(f.policy), 24)} ${t(f.resource.id)}`);
    yield line(`         ${c.dim(`${where(f, w)}  ${t(f.suppression!.justification)} — ${w.until} ${t(f.suppression!.expires)} (${t(f.suppression!.where)})`)}`);
  }
  if (waived) yield line('');
  for (const n of report.incomplete) yield line(c.red(`${w.incomplete} ${n.scope ? `${t(n.scope)}: ` : ''}${t(n.message)}`));
  for (const n of report.notifications) yield line(c.dim(`${n.level.toUpperCase()} ${n.scope ? `${t(n.scope)}: ` : ''}${t(n.message)}`));
  if (report.incomplete.length || report.notifications.length) yield line('');
  const sev = summary.failuresBySeverity;
  const bySeverity = (['critical', 'high', 'medium', 'low'] as const).filter((s) => sev[s] > 0).map((s) => `${sev[s]} ${w.lowerSeverities[s]}`);
  yield line(
    `${c.bold(w.summary)} ${c.red(w.failed(summary.byStatus.fail))}${bySeverity.length ? ` (${bySeverity.join(', ')})` : ''}, ` +
      `${c.yellow(w.unverified(summary.byStatus.unknown))}, ${c.green(w.passed(summary.byStatus.pass))}` +
      (summary.waived ? `, ${w.waivedCount(summary.waived)}` : '') +
      (summary.inBaseline ? `, ${w.inBaseline(summary.inBaseline)}` : '') +
      (report.incomplete.length ? c.red(` — ${w.scanIncomplete}`) : ''),
  );
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

/** Failures and unknowns not waived. */
const shown: FindingKeyTest = (_category, status, _severity, waived) => status !== 'pass' && !waived;

/**
 * The findings shown, in report order under their file (the input when no file declares them) or
 * their policy, each with its group. By file, files in name order (their findings stay failures
 * first): what a reader scrolls through. By policy, policies in the order of their first finding.
 */
function* grouped(set: FindingSet, by: GroupBy): Generator<{ key: string; f: Finding }> {
  const fileOf = (f: Finding) => f.location?.uri ?? f.input;
  if (by === 'file') {
    for (const [, i] of sortedPositions(set, shown, (f) => [fileOf(f), ...reportOrderKey(f)], compareKeys)) {
      const f = findingAt(set, i);
      yield { key: fileOf(f), f };
    }
    return;
  }
  // Each policy's first finding in report order ranks the policy: one pass, a key per policy.
  const first = new Map<string, { key: SortKey; i: number }>();
  for (const i of indexWhere(set, shown)) {
    const f = findingAt(set, i);
    const key = reportOrderKey(f);
    const seen = first.get(f.policy);
    if (!seen || compareKeys(key, seen.key) < 0) first.set(f.policy, { key, i });
  }
  const rank = new Map([...first].sort(([, a], [, b]) => compareKeys(a.key, b.key) || a.i - b.i).map(([policy], n) => [policy, n]));
  for (const [, i] of sortedPositions(set, shown, (f) => [rank.get(f.policy)!, ...reportOrderKey(f)], compareKeys)) {
    const f = findingAt(set, i);
    yield { key: f.policy, f };
  }
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
