import path from 'node:path';
import type { Finding, Severity } from '../model/finding.js';
import type { Lang, PolicyMeta } from '../policy/api.js';
import { localize } from '../policy/messages.js';
import { htmlText, markdownCode, markdownText } from './escape.js';
import { fixHints, fixKind, type FixHints, type FixKind } from './remediation.js';
import { findingAt, indexWhere, type FindingKeyTest, type FindingSet } from './finding-spool.js';
import { compareKeys, reportOrderKey, type ScanReport } from './scan-report.js';
import { sortedPositions, type SortKey } from './sorted-findings.js';

/** GitHub refuses a comment or job summary longer than this many characters. */
export const GITHUB_COMMENT_LIMIT = 65_536;
/** What the summary is kept under: the limit less room for what a workflow may add around it. */
export const MARKDOWN_LIMIT = 60_000;
/** Marks cldscan's comment, so a workflow finds it again to update it rather than add another. */
export const MARKDOWN_MARKER = '<!-- cldscan:pr-summary -->';

/** Parts of the estate that could not be read, listed in the summary; the SARIF and JSON reports have them all. */
const MAX_NOTES = 20;

const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low'];

/** The words of the pull-request summary: every sentence is here, in each language, so tests compare with these rather than with English. */
export const MARKDOWN_WORDS = {
  en: {
    headline: (fail: number, unknown: number, pass: number, waived: number) =>
      `${fail} failed, ${unknown} could not be verified, ${pass} passed${waived ? `, ${waived} waived` : ''}`,
    headlineChange: (added: number, addedUnknown: number, fixed: number) =>
      `${added} new failure(s), ${addedUnknown} new could not be verified, ${fixed} fixed`,
    severity: 'Severity',
    failed: 'Failed',
    notVerified: 'Not verified',
    added: 'New',
    addedUnknown: 'New, not verified',
    fixed: 'Fixed',
    severities: { critical: 'critical', high: 'high', medium: 'medium', low: 'low' } as Record<Severity, string>,
    scope: (resources: number, inputs: number, residency: string, failOn: string) =>
      `${resources} resource(s) from ${inputs} input(s) · residency profile ${residency} · failing on ${failOn} and above`,
    commit: 'commit',
    unchanged: (n: number) => `${n} finding(s) already in the baseline are not listed.`,
    incomplete: 'Scan incomplete — nothing from these parts is counted compliant:',
    moreNotes: (n: number) => `and ${n} more (see the SARIF or JSON report)`,
    findings: 'Findings by policy',
    resource: 'Resource',
    location: 'Location',
    message: 'Message',
    noFinding: 'No failure and nothing left unverified.',
    groupCounts: (fail: number, unknown: number) => [fail ? `${fail} failed` : '', unknown ? `${unknown} not verified` : ''].filter(Boolean).join(', '),
    fix: 'Fix',
    kinds: { terraform: 'Terraform', live: 'deployed resource' },
    settle: 'to settle',
    groupMore: (n: number) => `${n} more of this policy not shown`,
    omitted: (n: number) => `${n} more finding(s) not shown to stay under GitHub's comment size limit: see the SARIF or JSON report.`,
  },
  fr: {
    headline: (fail: number, unknown: number, pass: number, waived: number) =>
      `${fail} non conforme(s), ${unknown} non vérifiable(s), ${pass} conforme(s)${waived ? `, ${waived} sous dérogation` : ''}`,
    headlineChange: (added: number, addedUnknown: number, fixed: number) =>
      `${added} nouvelle(s) non-conformité(s), ${addedUnknown} nouveau(x) non vérifiable(s), ${fixed} corrigée(s)`,
    severity: 'Gravité',
    failed: 'Non conformes',
    notVerified: 'Non vérifiés',
    added: 'Nouvelles',
    addedUnknown: 'Nouveaux non vérifiés',
    fixed: 'Corrigées',
    severities: { critical: 'critique', high: 'élevée', medium: 'moyenne', low: 'faible' } as Record<Severity, string>,
    scope: (resources: number, inputs: number, residency: string, failOn: string) =>
      `${resources} ressource(s) de ${inputs} entrée(s) · profil de résidence ${residency} · échec à partir de ${failOn}`,
    commit: 'commit',
    unchanged: (n: number) => `${n} constat(s) déjà présents dans la référence ne sont pas listés.`,
    incomplete: 'Analyse incomplète — rien de ces parties n’est compté conforme :',
    moreNotes: (n: number) => `et ${n} autre(s) (voir le rapport SARIF ou JSON)`,
    findings: 'Constats par politique',
    resource: 'Ressource',
    location: 'Emplacement',
    message: 'Message',
    noFinding: 'Aucune non-conformité et rien de non vérifié.',
    groupCounts: (fail: number, unknown: number) => [fail ? `${fail} non conforme(s)` : '', unknown ? `${unknown} non vérifié(s)` : ''].filter(Boolean).join(', '),
    fix: 'Correction',
    kinds: { terraform: 'Terraform', live: 'ressource déployée' },
    settle: 'pour conclure',
    groupMore: (n: number) => `${n} autre(s) constat(s) de cette politique non affichés`,
    omitted: (n: number) => `${n} autre(s) constat(s) non affichés pour rester sous la taille maximale d’un commentaire GitHub : voir le rapport SARIF ou JSON.`,
  },
} as const;

/** Where `.tf` locations link to: the repository's files at the scanned commit. */
export interface BlobLinks {
  /** `https://github.com/owner/repo/blob/<sha>/` */
  base: string;
  /** The source root inside the repository (`infra/`), or `` at its top. */
  prefix: string;
}

/**
 * Links to the scanned commit on GitHub, from the variables a workflow has (GITHUB_SERVER_URL,
 * GITHUB_REPOSITORY, the repository checked out in GITHUB_WORKSPACE): none outside a workflow, without
 * a commit, or when the source root is not inside the checkout.
 */
export function blobLinks(env: NodeJS.ProcessEnv, sourceRoot: string, sha: string | undefined, cwd = process.cwd()): BlobLinks | undefined {
  const server = env.GITHUB_SERVER_URL?.trim().replace(/\/+$/, '');
  const repository = env.GITHUB_REPOSITORY?.trim();
  if (!server || !repository || !sha || !/^https?:\/\/[A-Za-z0-9.-]+(:\d+)?(\/[\w.-]+)*$/.test(server) || !/^[\w.-]+\/[\w.-]+$/.test(repository)) return undefined;
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha)) return undefined;
  const inside = path.relative(path.resolve(env.GITHUB_WORKSPACE || cwd), path.resolve(sourceRoot));
  if (inside.startsWith('..') || path.isAbsolute(inside)) return undefined;
  const prefix = inside ? `${inside.split(path.sep).join('/')}/` : '';
  return { base: `${server}/${repository}/blob/${sha}/`, prefix };
}

export interface MarkdownOptions {
  lang?: Lang;
  links?: BlobLinks | undefined;
  /** Characters the summary is kept under (tests lower it). */
  limit?: number;
}

/** A policy's findings listed, counted in one pass: the first in report order, and the first of each fix section. */
interface Group {
  policy: string;
  meta?: PolicyMeta;
  total: number;
  fail: number;
  unknown: number;
  first: Earliest;
  /** Per `cloud/kind` (one fix hint each): its first finding and how many. */
  sections: Map<string, { first: Earliest; total: number }>;
}

/** The earliest finding in report order seen so far: its key and position. */
interface Earliest {
  key: SortKey;
  i: number;
}

const earlier = (a: Earliest, b: Earliest) => compareKeys(a.key, b.key) || a.i - b.i;

/** Failures and unknowns not waived. */
const open: FindingKeyTest = (_category, status, _severity, waived) => status !== 'pass' && !waived;

/**
 * A summary for a pull-request comment or $GITHUB_STEP_SUMMARY: a headline and counts per severity
 * (with --baseline, only what the change did: new and fixed), then the findings grouped by policy in
 * collapsible blocks, each under its fix hint with its location linked to the file and line at the
 * commit; cut to stay under GitHub's comment size limit, with a note of what was left out. One entry
 * per policy and resource: a resource read from two inputs, or with several copies outside the
 * allowed regions, is counted once. The summary is bounded in size: from a spooled scan, findings are
 * counted a pass at a time, sorted on disk, and only the lines that can fit are kept.
 */
export function toMarkdown(report: ScanReport<FindingSet>, opts: MarkdownOptions = {}): string {
  const lang = opts.lang ?? 'en';
  const w = MARKDOWN_WORDS[lang];
  const limit = opts.limit ?? MARKDOWN_LIMIT;
  const { summary } = report;
  const set = report.findings;
  const changes = summary.fixed !== undefined;
  const once = firstOfEach(set);
  const isListed = (f: Finding, i: number) => once[i] === 1 && !(changes && f.baseline === 'unchanged');
  const byId = new Map(report.policies.map((p) => [p.id, p]));
  let opened = 0;
  let listedCount = 0;
  const failed = zero();
  const unknown = zero();
  const groups = new Map<string, Group>();
  for (const i of indexWhere(set, open)) {
    if (!once[i]) continue;
    opened++;
    const f = findingAt(set, i);
    if (!isListed(f, i)) continue;
    listedCount++;
    (f.status === 'fail' ? failed : unknown)[f.severity]++;
    const here = { key: reportOrderKey(f), i };
    let g = groups.get(f.policy);
    if (!g) groups.set(f.policy, (g = { policy: f.policy, ...(byId.has(f.policy) ? { meta: byId.get(f.policy)! } : {}), total: 0, fail: 0, unknown: 0, first: here, sections: new Map() }));
    g.total++;
    if (f.status === 'fail') g.fail++;
    else g.unknown++;
    if (earlier(here, g.first) < 0) g.first = here;
    const key = `${f.resource.provider}/${fixKind(f)}`;
    const section = g.sections.get(key);
    if (!section) g.sections.set(key, { first: here, total: 1 });
    else {
      section.total++;
      if (earlier(here, section.first) < 0) section.first = here;
    }
  }

  const head: string[] = [MARKDOWN_MARKER];
  const verdict = summary.failed ? '❌' : opened ? '⚠️' : '✅';
  if (changes) {
    const fixed = summary.fixed!;
    head.push(`## ${verdict} cldscan: ${w.headlineChange(total(failed), total(unknown), total(fixed))}`, '');
    head.push(`| ${w.severity} | ${w.added} | ${w.addedUnknown} | ${w.fixed} |`, '|---|---:|---:|---:|');
    for (const s of SEVERITIES) head.push(`| ${w.severities[s]} | ${failed[s]} | ${unknown[s]} | ${fixed[s]} |`);
  } else {
    head.push(`## ${verdict} cldscan: ${w.headline(total(failed), total(unknown), summary.byStatus.pass, summary.waived)}`, '');
    head.push(`| ${w.severity} | ${w.failed} | ${w.notVerified} |`, '|---|---:|---:|');
    for (const s of SEVERITIES) head.push(`| ${w.severities[s]} | ${failed[s]} | ${unknown[s]} |`);
  }
  head.push('');
  const commit = report.scope.commit?.sha;
  head.push(
    w.scope(summary.resources, report.inputs.length, markdownCode(report.settings.residency), markdownCode(summary.failOn)) +
      (commit ? ` · ${w.commit} ${markdownCode(commit.slice(0, 12))}` : ''),
  );
  const unchanged = opened - listedCount + summary.inBaseline;
  if (changes && unchanged) head.push('', w.unchanged(unchanged));
  head.push('');
  if (report.incomplete.length) {
    head.push(`> **${w.incomplete}**`);
    for (const n of report.incomplete.slice(0, MAX_NOTES)) head.push(`> - ${markdownText(n.scope ? `${n.scope}: ${n.message}` : n.message)}`);
    if (report.incomplete.length > MAX_NOTES) head.push(`> - ${w.moreNotes(report.incomplete.length - MAX_NOTES)}`);
    head.push('');
  }
  if (!listedCount) {
    head.push(`_${w.noFinding}_`);
    return `${head.join('\n')}\n`;
  }
  head.push(`### ${w.findings}`, '');

  const hint = fixHints(report.policies, lang);
  const blocks = ordered([...groups.values()]).map((g) => block(g, set, hint, lang));
  const tableHead = `| | ${w.resource} | ${w.location} | ${w.message} |`.length + 20;
  const frame = (b: Block) => b.summary.length + b.sections.reduce((n, s) => n + s.fix.length + 2 + tableHead, 0) + 40 + w.groupMore(b.total).length;
  // Every policy gets its block, then finding lines are dealt to the blocks in turn while they fit: a
  // cut summary still shows each failing policy and its first findings, rather than one policy whole.
  let budget = limit - head.join('\n').length - 400 - w.omitted(listedCount).length;
  const kept: Block[] = [];
  for (const b of blocks) {
    if (frame(b) > budget) break;
    budget -= frame(b);
    kept.push(b);
  }
  fillLines(kept, set, budget, isListed, opts.links, w.settle);
  const dealt = kept.map(() => 0);
  for (let more = true; more; ) {
    more = false;
    kept.forEach((b, i) => {
      const line = b.lines[dealt[i]!];
      if (line === undefined || line.length + 1 > budget) return;
      budget -= line.length + 1;
      dealt[i]!++;
      more = true;
    });
  }
  const out = [...head];
  kept.forEach((b, i) => {
    out.push(b.summary, '');
    let left = dealt[i]!;
    for (const section of b.sections) {
      const lines = section.lines.slice(0, left);
      left -= lines.length;
      if (!lines.length) continue;
      if (section.fix) out.push(section.fix, '');
      out.push(`| | ${w.resource} | ${w.location} | ${w.message} |`, '|---|---|---|---|', ...lines, '');
    }
    if (dealt[i]! < b.total) out.push(`_${w.groupMore(b.total - dealt[i]!)}_`, '');
    out.push('</details>', '');
  });
  const shown = dealt.reduce((n, d) => n + d, 0);
  if (shown < listedCount) out.push(`_${w.omitted(listedCount - shown)}_`);
  return `${out.join('\n')}\n`;
}

interface Block {
  policy: string;
  summary: string;
  /** Under each fix hint (one per cloud and input kind), in the order of their first finding: the lines that can fit, in report order. */
  sections: Array<{ key: string; fix: string; lines: string[] }>;
  /** The lines that can fit, section after section. */
  lines: string[];
  total: number;
}

function block(g: Group, set: FindingSet, hint: FixHints, lang: Lang): Block {
  const w = MARKDOWN_WORDS[lang];
  const first = findingAt(set, g.first.i);
  const title = g.meta ? localize(g.meta.title, lang) : g.policy;
  const summary = `<details><summary><strong>${htmlText(title)}</strong> (<code>${htmlText(g.policy)}</code>) — ${htmlText(w.groupCounts(g.fail, g.unknown))} · ${htmlText(w.severities[first.severity])} · ${htmlText(first.rules.join(', '))}</summary>`;
  const sections = [...g.sections]
    .sort(([, a], [, b]) => earlier(a.first, b.first))
    .map(([key, s]) => {
      const fix = hint(findingAt(set, s.first.i));
      const [cloud, kind] = key.split('/') as [string, FixKind];
      return { key, fix: fix ? `**${w.fix}** (${cloud.toUpperCase()}, ${w.kinds[kind]}): ${fix}` : '', lines: [] };
    });
  return { policy: g.policy, summary, sections, lines: [], total: g.total };
}

/**
 * Each kept block's finding lines, section after section in report order, as far as `budget` could
 * hold them: a line past it could never be dealt. One sorted pass over the listed findings.
 */
function fillLines(kept: Block[], set: FindingSet, budget: number, isListed: (f: Finding, i: number) => boolean, links: BlobLinks | undefined, settleWord: string): void {
  const rank = new Map(kept.map((b, n) => [b.policy, n]));
  const sectionRank = new Map<string, number>(kept.flatMap((b) => b.sections.map((s, n) => [`${b.policy}\u0000${s.key}`, n] as const)));
  const sectionOf = (f: Finding) => `${f.policy}\u0000${f.resource.provider}/${fixKind(f)}`;
  const used = kept.map(() => 0);
  const key = (f: Finding): SortKey => [rank.get(f.policy)!, sectionRank.get(sectionOf(f))!, ...reportOrderKey(f)];
  const positions = sortedPositions(set, (...k) => open(...k) && rank.has(k[4]), key, compareKeys, isListed);
  for (const [, i] of positions) {
    const f = findingAt(set, i);
    const n = rank.get(f.policy)!;
    const line = findingLine(f, links, settleWord);
    if (used[n]! + line.length + 1 > budget) {
      used[n] = Infinity;
      continue;
    }
    used[n]! += line.length + 1;
    const b = kept[n]!;
    b.sections[sectionRank.get(sectionOf(f))!]!.lines.push(line);
    b.lines.push(line);
  }
}

function findingLine(f: Finding, links: BlobLinks | undefined, settleWord: string): string {
  const icon = f.status === 'fail' ? '❌' : '❔';
  const settle = f.status === 'unknown' && f.settle ? ` (${settleWord}: ${markdownText(f.settle)})` : '';
  return `| ${icon} | ${markdownCode(f.resource.id)} | ${where(f, links)} | ${markdownText(f.message)}${settle} |`;
}

/** The `.tf` file and line, linked to the commit when the workflow says where the repository is; an inventory snapshot is not in it. */
function where(f: Finding, links: BlobLinks | undefined): string {
  if (!f.location) return markdownCode(f.input);
  const text = markdownCode(`${f.location.uri}:${f.location.line}`);
  if (!links || f.location.snapshot) return text;
  const file = `${links.prefix}${f.location.uri}`
    .split('/')
    .map((s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
  return `[${text}](${links.base}${file}#L${f.location.line})`;
}

/**
 * One finding per policy and resource, the first in report order (the same resource can come from a
 * plan and a live scan): a mark per position, from the open findings sorted on disk by identity.
 */
function firstOfEach(set: FindingSet): Uint8Array {
  const marks = new Uint8Array(set.length);
  const identity = (f: Finding) => f.fingerprint || `${f.policy}\u0000${f.resource.id}`;
  let last: string | undefined;
  for (const [key, i] of sortedPositions(set, open, (f) => [identity(f), ...reportOrderKey(f)], compareKeys)) {
    const id = key[0] as string;
    if (id !== last) marks[i] = 1;
    last = id;
  }
  return marks;
}

/** Policies with failures first, the most severe first, then the most findings. */
function ordered(groups: Group[]): Group[] {
  // The first finding's report-order key holds its severity's rank second (reportOrderKey).
  const severity = (g: Group) => g.first.key[1] as number;
  return groups.sort(
    (a, b) =>
      Number(b.fail > 0) - Number(a.fail > 0) ||
      severity(a) - severity(b) ||
      b.total - a.total ||
      a.policy.localeCompare(b.policy),
  );
}

function zero(): Record<Severity, number> {
  return { critical: 0, high: 0, medium: 0, low: 0 };
}

function total(bySeverity: Record<Severity, number>): number {
  return SEVERITIES.reduce((n, s) => n + bySeverity[s], 0);
}
