import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { createReadStream } from 'node:fs';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip, gzipSync } from 'node:zlib';
import { CATALOG } from '../catalog/catalog.js';
import { SEVERITIES, type Finding, type Notification, type Severity, type Status } from '../model/finding.js';
import type { Lang, PolicyMeta } from '../policy/api.js';
import { localize } from '../policy/messages.js';
import type { ScanReport } from './scan-report.js';
import type { StagedFile } from '../output.js';
import { countWhere, findingsWhere, forEachKey, type FindingSet } from './finding-spool.js';
import { JsonChunks } from './json-chunks.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const SRCROOT = '%SRCROOT%';

/** GitHub reads security-severity for rules tagged `security`: >= 9 critical, 7–8.9 high, 4–6.9 medium, below low. */
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0' };
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note' };

const RULEBOOKS = [
  { name: 'CLD', title: "Hébergement de Services en ligne ou Cloud — règles de sécurité (France Travail)" },
  { name: 'CL', title: 'Règles de sécurité applicables aux partenaires (France Travail)' },
] as const;

/**
 * SARIF 2.1.0 for GitHub code scanning: one run, the policies as rules related to the CLD and CL
 * rulebooks (SARIF taxonomies), failures and unknowns as results (passes stay in JSON), each on the
 * `.tf` line with a fingerprint that survives line moves.
 */
/** What GitHub code scanning accepts in one SARIF upload. */
export const GITHUB_LIMITS = { resultsPerRun: 25_000, runsPerFile: 20, gzipBytes: 10 * 1024 * 1024 };

export function toSarif(report: ScanReport<FindingSet>, lang: Lang = 'en', limits: typeof GITHUB_LIMITS = GITHUB_LIMITS): string {
  const log = sarifLog(report, lang, limits);
  for (;;) {
    const text = [...log.chunks()].join('');
    // GitHub refuses files over 10 MB once gzipped (compressing only what could be that big).
    if (!log.canShrink() || Buffer.byteLength(text) <= limits.gzipBytes || gzipSync(text).length <= limits.gzipBytes) return text;
    log.shrink();
  }
}

/** The SARIF log written to a file as it is rendered, a result at a time: what `scan --output` writes, whatever the number of findings. */
export async function writeSarif(out: StagedFile, report: ScanReport<FindingSet>, lang: Lang = 'en', limits: typeof GITHUB_LIMITS = GITHUB_LIMITS): Promise<void> {
  const log = sarifLog(report, lang, limits);
  for (;;) {
    for (const chunk of log.chunks()) out.write(chunk);
    if (!log.canShrink() || out.bytes <= limits.gzipBytes || (await gzippedSize(out)) <= limits.gzipBytes) return;
    log.shrink();
    out.rewind();
  }
}

/** The gzipped size of what a staged file holds, read back a chunk at a time. */
async function gzippedSize(out: StagedFile): Promise<number> {
  out.flush();
  let size = 0;
  const counter = new Writable({
    write(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      done();
    },
  });
  await pipeline(createReadStream(out.tmp), createGzip(), counter);
  return size;
}

/**
 * The SARIF log of a report, rendered as chunks with at most `perRun` results per run; while it is
 * too large for GitHub, `shrink` keeps half as many (the most severe) and says so in every run.
 */
function sarifLog(report: ScanReport<FindingSet>, lang: Lang, limits: typeof GITHUB_LIMITS) {
  const policies = report.policies;
  const ruleIndex = new Map(policies.map((p, i) => [p.id, i]));
  const taxonomies = RULEBOOKS.map((book) => ({
    name: book.name,
    guid: guid(`taxonomy:${book.name}`),
    organization: 'France Travail',
    shortDescription: { text: book.title },
    isComprehensive: true,
    taxa: CATALOG.filter((r) => r.rulebook === book.name).map((r) => ({
      id: r.id,
      name: r.title,
      shortDescription: { text: r.title },
      fullDescription: { text: r.summary.en },
      properties: { section: r.section, automation: r.automation },
    })),
  }));
  const taxonIndex = new Map<string, { book: number; index: number }>();
  taxonomies.forEach((t, book) => t.taxa.forEach((taxon, index) => taxonIndex.set(taxon.id, { book, index })));

  const driver = {
    name: report.tool.name,
    version: report.tool.version,
    semanticVersion: report.tool.version,
    informationUri: report.tool.informationUri,
    rules: policies.map((p) => rule(p, taxonIndex, taxonomies, lang)),
    supportedTaxonomies: taxonomies.map((t, index) => ({ name: t.name, index, guid: t.guid })),
  };
  // One run per scan category (the plan, each account, subscription, project): GitHub tracks
  // alerts per category, and a run with no results closes the alerts fixed in that scope.
  let categories = new Set([...report.categories, ...Object.keys(report.scope.categories)]);
  forEachKey(report.findings, (category) => categories.add(category));
  for (const n of [...report.incomplete, ...report.notifications]) if (n.category) categories.add(n.category);
  if (categories.size === 0) categories.add('terraform');
  const limitNotes: Notification[] = [];
  // Past GitHub's runs per file, group accounts/subscriptions/projects by cloud: one run per cloud.
  const grouped = categories.size > limits.runsPerFile;
  const runOf = (category: string) => (grouped ? category.split('/')[0]! : category);
  if (grouped) {
    limitNotes.push({
      level: 'warning',
      message: `${categories.size} scan categories exceed GitHub's ${limits.runsPerFile} runs per SARIF file: results are grouped by cloud (cldscan/aws/, cldscan/azure/, cldscan/gcp/); scan in shards (--shard) or separate jobs to keep one category per account, subscription or project`,
    });
    categories = new Set([...categories].map(runOf));
  }
  let perRun = limits.resultsPerRun;
  return {
    chunks(): Iterable<string> {
      const json = new JsonChunks();
      const runs = [...categories].sort().map((category) => buildRun(category, perRun, json));
      return json.chunks({ $schema: SCHEMA, version: '2.1.0', runs });
    },
    canShrink: () => perRun > 100,
    shrink(): void {
      perRun = Math.floor(perRun / 2);
      limitNotes.push({ level: 'warning', message: `the SARIF file would exceed GitHub's ${limits.gzipBytes / 1024 / 1024} MB gzipped: at most ${perRun} results per run are kept, most severe first; the JSON report has them all` });
    },
  };

  function buildRun(category: string, cap: number, json: JsonChunks) {
    const inRun = (c: string, status: Status) => status !== 'pass' && runOf(c) === category;
    const total = countWhere(report.findings, inRun);
    const notes = [...limitNotes];
    if (total > cap) {
      notes.push({
        level: 'warning',
        message: `${total - cap} of ${total} results left out of this run (GitHub shows at most ${limits.resultsPerRun} per run): the most severe are kept; the JSON report has them all`,
      });
    }
    const mine = (n: Notification) => n.category === undefined || runOf(n.category) === category;
    const scopes = Object.fromEntries(Object.entries(report.scope.categories).filter(([c]) => runOf(c) === category));
    return {
      tool: { driver },
      taxonomies,
      automationDetails: { id: `cldscan/${category}/` },
      originalUriBaseIds: { [SRCROOT]: { uri: dirUri(report.sourceRoot) } },
      invocations: [
        {
          executionSuccessful: !report.incomplete.some(mine),
          toolExecutionNotifications: [...report.incomplete.filter(mine), ...report.notifications.filter(mine), ...notes].map((n) => ({
            level: n.level,
            message: { text: n.scope ? `${n.scope}: ${n.message}` : n.message },
            ...(n.category || n.scope ? { properties: { ...(n.category ? { category: n.category } : {}), ...(n.scope ? { scope: n.scope } : {}) } } : {}),
          })),
        },
      ],
      columnKind: 'utf16CodeUnits',
      results: json.placeholder(mapItems(mostSevereFirst(report.findings, inRun, cap), (f) => result(f, ruleIndex.get(f.policy) ?? -1))),
      // What this run's categories covered, with each check's counts: SARIF keeps only failures and
      // unknowns, so a compliance matrix built from several reports needs these to be exact.
      // A list: `cldscan merge` puts the runs of several scans (shards grouped by cloud) into one.
      properties: { cldscanScopes: [{ ...report.scope, categories: scopes }] },
    };
  }
}

const LEVEL_RANK = { error: 0, warning: 1, note: 2 } as const;

function rank(status: Status, severity: Severity): number {
  return (status === 'unknown' ? 3 : LEVEL_RANK[LEVEL[severity]]) * 10 + SEVERITIES.indexOf(severity);
}

/** Failures before unknowns, then by level and severity: what is kept when a run must be capped. */
const RANKED: ReadonlyArray<[Status, Severity]> = (['fail', 'unknown'] as const)
  .flatMap((status) => SEVERITIES.map((severity): [Status, Severity] => [status, severity]))
  .sort(([s1, v1], [s2, v2]) => rank(s1, v1) - rank(s2, v2));

/** The first `cap` findings that pass `test`, most severe first, in the order found within a severity (a stable sort's order). */
function* mostSevereFirst(set: FindingSet, test: (category: string, status: Status) => boolean, cap: number): Generator<Finding> {
  let left = cap;
  for (const [status, severity] of RANKED) {
    if (left <= 0) return;
    for (const f of findingsWhere(set, (c, s, v) => s === status && v === severity && test(c, s))) {
      yield f;
      if (--left <= 0) return;
    }
  }
}

function* mapItems<T, U>(items: Iterable<T>, f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}

function rule(p: PolicyMeta, taxonIndex: Map<string, { book: number; index: number }>, taxonomies: Array<{ name: string; guid: string }>, lang: Lang) {
  const related = p.rules.flatMap((id) => {
    const t = taxonIndex.get(id);
    if (!t) return [];
    const book = taxonomies[t.book]!;
    return [{ target: { id, index: t.index, toolComponent: { name: book.name, index: t.book, guid: book.guid } }, kinds: ['relevant'] }];
  });
  return {
    id: p.id,
    // SARIF wants a name distinct from the id: one-word ids (`backups`) go without.
    ...(pascal(p.id).toLowerCase() !== p.id.toLowerCase() ? { name: pascal(p.id) } : {}),
    shortDescription: { text: localize(p.title, lang) },
    fullDescription: { text: localize(p.description, lang) },
    help: { text: helpText(p, lang), markdown: helpMarkdown(p, lang) },
    ...(p.helpUri ? { helpUri: p.helpUri } : {}),
    defaultConfiguration: { level: LEVEL[p.severity] },
    relationships: related,
    properties: {
      tags: ['security', 'compliance', ...p.rules],
      'security-severity': SECURITY_SEVERITY[p.severity],
      precision: 'high',
      'problem.severity': LEVEL[p.severity] === 'note' ? 'recommendation' : LEVEL[p.severity],
    },
  };
}

/**
 * Where a live finding goes when no scanned `.tf` declares its resource: `cldscan-live/<cloud>/
 * <account, subscription or project>/<resource id>`. It is not a file (GitHub shows the alert with
 * this path and the message, without code), but it is stable from one scan to the next, unique per
 * resource, and filterable per account in code scanning. The line of the inventory snapshot
 * (--inventory-out), which moves between scans, is a related location.
 */
export const LIVE_ROOT = 'cldscan-live';

/** A live resource read from the cloud (not from an inventory file given as input) that no .tf declares. */
function isUndeclaredLive(f: Finding): boolean {
  if (f.origin !== 'live') return false;
  return f.location ? f.location.snapshot === true : f.input === `live/${f.category}`;
}

export function liveUri(f: Pick<Finding, 'category' | 'resource'>): string {
  // Ids are ARNs, ARM ids (/subscriptions/…) or Google names (//service/…): their slashes make folders.
  const id = f.resource.id.replace(/^\/+/, '');
  const segments = [...f.category.split('/'), ...id.split('/')].map((s) => encodeURIComponent(s).replace(/%3A/gi, ':').replace(/%40/g, '@'));
  return [LIVE_ROOT, ...segments].join('/');
}

function result(f: Finding, ruleIndex: number) {
  const live = isUndeclaredLive(f);
  const where = live ? { uri: liveUri(f), line: 1 } : (f.location ?? { uri: f.input, line: 1 });
  const text =
    f.status === 'unknown'
      ? `Could not be verified (${f.rules.join(', ')}) — ${f.resource.id}: ${f.message}${f.settle ? ` To settle it: ${f.settle}.` : ''}`
      : `${f.rules.join(', ')} — ${f.resource.id}: ${f.message}`;
  return {
    ruleId: f.policy,
    ...(ruleIndex >= 0 ? { ruleIndex } : {}),
    kind: 'fail',
    level: f.status === 'unknown' ? 'note' : LEVEL[f.severity],
    message: { text },
    locations: [
      {
        physicalLocation: { artifactLocation: { uri: where.uri, uriBaseId: SRCROOT }, region: { startLine: where.line } },
        logicalLocations: [{ fullyQualifiedName: f.resource.id, kind: 'resource' }],
        ...(live ? { message: { text: `Live resource ${f.resource.id} (${f.category}), declared in no scanned .tf file: ${LIVE_ROOT}/ is not a file of the repository.` } } : {}),
      },
    ],
    ...(live && f.location?.snapshot
      ? {
          relatedLocations: [
            {
              id: 1,
              physicalLocation: { artifactLocation: { uri: f.location.uri, uriBaseId: SRCROOT }, region: { startLine: f.location.line } },
              message: { text: 'The resource as this scan read it (inventory snapshot, --inventory-out)' },
            },
          ],
        }
      : {}),
    // Code scanning tracks alerts by primaryLocationLineHash, which upload-sarif computes from the
    // file's text; a live path has no text, so the resource's own fingerprint stands in for it.
    partialFingerprints: { 'cldscanResource/v1': f.fingerprint, ...(live ? { primaryLocationLineHash: `${f.fingerprint}:1` } : {}) },
    ...(f.baseline ? { baselineState: f.baseline } : {}),
    ...(f.suppression
      ? {
          suppressions: [
            {
              kind: f.suppression.origin === 'inline' ? 'inSource' : 'external',
              status: 'accepted',
              justification: `${f.suppression.justification} (${f.suppression.approver ? `approved by ${f.suppression.approver}, ` : ''}until ${f.suppression.expires}; ${f.suppression.where})`,
            },
          ],
        }
      : {}),
    properties: {
      status: f.status,
      severity: f.severity,
      rules: f.rules,
      category: f.category,
      outcomes: f.outcomes,
      messageId: f.messageId,
      ...(f.data ? { messageData: f.data } : {}),
      ...(f.also ? { messageAlso: f.also } : {}),
      ...(f.settle ? { settle: f.settle } : {}),
      ...(f.settleRef ? { settleRef: f.settleRef } : {}),
      ...(f.suppression ? { waiver: f.suppression } : {}),
      provider: f.resource.provider,
      resourceType: f.resource.nativeType,
      ...(f.resource.region ? { region: f.resource.region } : {}),
    },
  };
}

const HELP_WORDS = {
  en: { remediation: 'Remediation', terraform: 'Terraform', live: 'Deployed resources', rules: 'Rules' },
  fr: { remediation: 'Remédiation', terraform: 'Terraform', live: 'Ressources déployées', rules: 'Règles' },
} as const;

function helpText(p: PolicyMeta, lang: Lang): string {
  const w = HELP_WORDS[lang];
  const fix = Object.entries(p.remediation).flatMap(([cloud, r]) => [
    `${cloud.toUpperCase()} (${w.terraform}): ${localize(r.terraform, lang)}`,
    `${cloud.toUpperCase()} (${w.live}): ${localize(r.live, lang)}`,
  ]);
  return [localize(p.description, lang), '', `${w.remediation}:`, ...fix, '', `${w.rules}: ${p.rules.join(', ')}`].join('\n');
}

function helpMarkdown(p: PolicyMeta, lang: Lang): string {
  const w = HELP_WORDS[lang];
  const fix = Object.entries(p.remediation).flatMap(([cloud, r]) => [
    `- **${cloud.toUpperCase()}** — ${w.terraform}: ${localize(r.terraform, lang)}`,
    `- **${cloud.toUpperCase()}** — ${w.live}: ${localize(r.live, lang)}`,
  ]);
  const rules = p.rules.map((id) => {
    const r = CATALOG.find((c) => c.id === id);
    return r ? `- **${id}** — ${r.title}: ${r.summary[lang]}` : `- **${id}**`;
  });
  return [`## ${localize(p.title, lang)}`, '', localize(p.description, lang), '', `### ${w.remediation}`, '', ...fix, '', `### ${w.rules}`, '', ...rules].join('\n');
}

function pascal(id: string): string {
  return id
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

function dirUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/** A stable, name-based GUID (RFC 4122 layout) so taxonomy references never change between runs. */
function guid(name: string): string {
  const h = createHash('sha1').update(`cldscan:${name}`).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
