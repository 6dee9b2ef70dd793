/**
 * What a compliance matrix is built from: the scope and check counts of one scan or of several
 * (this run's, and the SARIF or JSON reports of other jobs), their failures and unknowns, the
 * parts of the estate that could not be read, and the administrators seen.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import type { OutcomeCounts } from '../evaluate.js';
import { UserError } from '../errors.js';
import { decodeJsonBytes } from '../input/decode.js';
import type { InputSummary } from '../input/read-inputs.js';
import { STATUSES, type Finding, type Notification, type Severity, type Status } from '../model/finding.js';
import type { Administrator } from '../report/administrators.js';
import type { ScanReport } from '../report/scan-report.js';
import type { CategoryScope, CheckTally, Commit, JudgingSettings, ScanScope } from '../scope.js';
import { MAX_REGIONS } from '../evaluate.js';
import { readReportFile } from '../report-files.js';
import { findingsWhere, type FindingSet } from '../report/finding-spool.js';
import type { ReasonId } from './i18n.js';

/** One scan behind the matrix. */
export interface ScanInfo {
  scanId: string;
  scanned: string;
  /** This run (`scan`), or the report file it came from. */
  source: string;
  tool: string;
  commit?: Commit;
  settings: JudgingSettings;
}

/** A category as the matrix sees it: its scope, and the scans it comes from. */
export interface CategoryEvidence extends CategoryScope {
  scans: string[];
  /** The settings it was judged with (those of its scan). */
  settings: JudgingSettings;
}

export interface MergeNote {
  id: ReasonId;
  data: Record<string, string>;
}

export interface ScanEvidence {
  scans: ScanInfo[];
  categories: Record<string, CategoryEvidence>;
  inputs: InputSummary[];
  /**
   * Failures and unknowns (waived ones included), once per fingerprint. A scan's own findings may
   * hold passes too: whoever reads them leaves passes out by their key (`findingsWhere`).
   */
  findings: FindingSet;
  incomplete: Notification[];
  administrators: Administrator[];
  notes: MergeNote[];
}

/** The evidence of a scan this run made. */
export function evidenceOfScan(report: ScanReport<FindingSet>): ScanEvidence {
  return evidenceOf(report.scope, 'scan', report.tool.version, report.inputs, report.findings, report.incomplete, report.administrators);
}

/** The evidence with its failures and unknowns in memory: to outlive the scan's spool (`cldscan report` merges it with reports). */
export function inMemory(evidence: ScanEvidence): ScanEvidence {
  return { ...evidence, findings: [...findingsWhere(evidence.findings, (_category, status) => status !== 'pass')] };
}

function evidenceOf(scope: ScanScope, source: string, tool: string, inputs: InputSummary[], findings: FindingSet, incomplete: Notification[], administrators: Administrator[]): ScanEvidence {
  const categories: Record<string, CategoryEvidence> = {};
  for (const [name, c] of Object.entries(scope.categories)) categories[name] = { ...c, scans: [scope.scanId], settings: scope.settings };
  return {
    scans: [{ scanId: scope.scanId, scanned: scope.scanned, source, tool, ...(scope.commit ? { commit: scope.commit } : {}), settings: scope.settings }],
    categories,
    inputs,
    findings,
    incomplete,
    administrators,
    notes: [],
  };
}

/** Whether a file given to `report` is a report (SARIF or cldscan JSON) rather than something to scan: a look at how it starts. */
export function looksLikeReport(file: string): boolean {
  let head: string;
  try {
    if (!statSync(file).isFile()) return false;
    const fd = openSync(file, 'r');
    const bytes = Buffer.alloc(4096);
    try {
      head = decodeJsonBytes(bytes.subarray(0, readSync(fd, bytes, 0, bytes.length, 0)), file).toString('utf8');
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
  const start = head.replace(/^\uFEFF/, '').trimStart();
  if (!start.startsWith('{')) return false;
  return /^\{\s*"(?:\$schema"\s*:\s*"[^"]*sarif|version"\s*:\s*"2\.1\.0"|runs"\s*:)/.test(start) || /^\{\s*"tool"\s*:\s*\{\s*"name"\s*:\s*"cldscan"/.test(start);
}

/**
 * The evidence in a cldscan SARIF or JSON report. A report of another tool, or one without the
 * per-check counts (written by an older cldscan), is refused: without them the matrix could not
 * tell a rule that passed from one nothing judged.
 */
export function evidenceOfReport(file: string): ScanEvidence[] {
  // Read as `--baseline` and `merge` read reports: a regular file of bounded size and nesting, of the
  // shape its kind promises, and no excerpt of the input in an error (JSON.parse quotes one).
  const { doc } = readReportFile(file, file);
  if (isObject(doc) && doc.version === '2.1.0' && Array.isArray(doc.runs)) return fromSarif(file, doc.runs);
  if (isObject(doc) && isObject(doc.tool) && doc.tool.name === 'cldscan' && Array.isArray(doc.findings) && isObject(doc.summary)) return fromJson(file, doc);
  throw new UserError(`${file}: not a cldscan SARIF or JSON report`);
}

function fromJson(file: string, doc: Record<string, unknown>): ScanEvidence[] {
  const summary = doc.summary as Record<string, unknown>;
  const scopes = scopesOf(file, summary.scopes);
  const tool = String((doc.tool as Record<string, unknown>).version ?? '');
  const findings = (doc.findings as unknown[]).filter(isObject).filter((f) => f.status !== 'pass').map((f) => findingOf(file, f));
  const administrators = list(doc.administrators).filter((a) => typeof a.principal === 'string' && typeof a.category === 'string' && isObject(a.resource) && typeof a.resource.id === 'string') as unknown as Administrator[];
  return split(file, tool, scopes, list(summary.inputs) as unknown as InputSummary[], findings, notifications(summary.incomplete), administrators);
}

function fromSarif(file: string, runs: unknown[]): ScanEvidence[] {
  const scopes: ScanScope[] = [];
  const findings: Finding[] = [];
  const incomplete: Notification[] = [];
  let tool = '';
  for (const run of runs) {
    if (!isObject(run)) throw new UserError(`${file}: a SARIF run is not an object`);
    const driver = (run.tool as { driver?: { name?: unknown; version?: unknown } } | undefined)?.driver;
    if (driver?.name !== 'cldscan') throw new UserError(`${file}: a SARIF report of ${typeof driver?.name === 'string' ? driver.name.slice(0, 60) : 'another tool'}, not of cldscan`);
    tool = String(driver.version ?? '');
    for (const item of scopesOf(file, (run.properties as Record<string, unknown> | undefined)?.cldscanScopes)) scopes.push(item);
    for (const item of list(run.results).map((r) => findingOfSarif(file, r))) findings.push(item);
    const invocation = list(run.invocations)[0];
    if (invocation) for (const item of notifications(list(invocation.toolExecutionNotifications).filter((n) => n.level === 'error').map(sarifNotification))) incomplete.push(item);
  }
  if (!scopes.length) throw new UserError(`${file}: a SARIF report with no run`);
  const parts = split(file, tool, scopes, [], findings, incomplete, []);
  for (const part of parts) part.notes.push({ id: 'mergeNoAdministrators', data: {} });
  return parts;
}

/**
 * One part per scan in a report (a report `cldscan merge` wrote holds several): each finding,
 * notification and administrator goes with the scan that read its category (the latest, if two did).
 */
function split(file: string, tool: string, scopes: readonly ScanScope[], inputs: InputSummary[], findings: readonly Finding[], incomplete: readonly Notification[], administrators: readonly Administrator[]): ScanEvidence[] {
  const byScan = new Map<string, ScanScope>();
  for (const s of scopes) {
    const into = byScan.get(s.scanId);
    // The runs of one scan each carry their own categories.
    if (into) Object.assign(into.categories, s.categories);
    else byScan.set(s.scanId, { ...s, categories: { ...s.categories } });
  }
  const ordered = [...byScan.values()].sort((a, b) => a.scanned.localeCompare(b.scanned));
  const ownerOf = (category: string | undefined) => (category ? ordered.filter((s) => category in s.categories).at(-1) : undefined) ?? ordered[0]!;
  const mine = <T>(items: readonly T[], scope: ScanScope, category: (t: T) => string | undefined) => items.filter((t) => ownerOf(category(t)) === scope);
  return ordered.map((scope, i) =>
    evidenceOf(
      scope,
      file,
      tool,
      i === 0 ? inputs : [],
      mine(findings, scope, (f) => f.category),
      mine(incomplete, scope, (n) => n.category),
      mine(administrators, scope, (a) => a.category),
    ),
  );
}

function sarifNotification(n: Record<string, unknown>): Record<string, unknown> {
  const props = isObject(n.properties) ? n.properties : {};
  const text = String((n.message as { text?: unknown } | undefined)?.text ?? '');
  const scope = typeof props.scope === 'string' ? props.scope : undefined;
  return { level: 'error', message: scope && text.startsWith(`${scope}: `) ? text.slice(scope.length + 2) : text, ...(scope ? { scope } : {}), ...(typeof props.category === 'string' ? { category: props.category } : {}) };
}

const SEVERITY: readonly Severity[] = ['critical', 'high', 'medium', 'low'];

function findingOfSarif(file: string, r: Record<string, unknown>): Finding {
  const p = isObject(r.properties) ? r.properties : {};
  const where = list(r.locations)[0];
  const physical = isObject(where?.physicalLocation) ? where.physicalLocation : {};
  const uri = (physical.artifactLocation as { uri?: unknown } | undefined)?.uri;
  const line = (physical.region as { startLine?: unknown } | undefined)?.startLine;
  const logical = list(where?.logicalLocations)[0];
  const fingerprint = (r.partialFingerprints as Record<string, unknown> | undefined)?.['cldscanResource/v1'];
  return findingOf(file, {
    policy: r.ruleId,
    rules: p.rules,
    status: p.status,
    severity: p.severity,
    message: (r.message as { text?: unknown } | undefined)?.text,
    messageId: p.messageId,
    data: p.messageData,
    also: p.messageAlso,
    resource: { id: logical?.fullyQualifiedName, provider: p.provider, nativeType: p.resourceType, region: p.region ?? null },
    location: typeof uri === 'string' && typeof line === 'number' ? { uri, line } : null,
    category: p.category,
    outcomes: p.outcomes,
    settle: p.settle,
    settleRef: p.settleRef,
    suppression: p.waiver,
    fingerprint,
  });
}

/** A finding of a report, checked for what the matrix reads; a report without them was not written by this cldscan. */
function findingOf(file: string, f: Record<string, unknown>): Finding {
  const resource = isObject(f.resource) ? f.resource : {};
  if (
    typeof f.policy !== 'string' ||
    !STATUSES.includes(f.status as Status) ||
    !SEVERITY.includes(f.severity as Severity) ||
    typeof f.fingerprint !== 'string' ||
    typeof f.category !== 'string' ||
    !isObject(f.outcomes) ||
    typeof resource.id !== 'string'
  ) {
    throw new UserError(`${file}: a finding lacks what the compliance matrix needs (policy, status, category, outcomes, fingerprint): write the report again with this cldscan`);
  }
  const category = f.category;
  return {
    policy: f.policy,
    rules: Array.isArray(f.rules) ? f.rules.filter((x): x is string => typeof x === 'string') : [],
    status: f.status as Status,
    severity: f.severity as Severity,
    message: typeof f.message === 'string' ? f.message : '',
    messageId: typeof f.messageId === 'string' ? f.messageId : '',
    ...(isObject(f.data) ? { data: f.data as Finding['data'] } : {}),
    ...(Array.isArray(f.also) ? { also: f.also as Finding['also'] } : {}),
    resource: {
      id: resource.id,
      provider: resource.provider as Finding['resource']['provider'],
      nativeType: typeof resource.nativeType === 'string' ? resource.nativeType : '',
      region: typeof resource.region === 'string' ? resource.region : null,
    },
    location: isObject(f.location) && typeof f.location.uri === 'string' && typeof f.location.line === 'number' ? { uri: f.location.uri, line: f.location.line } : null,
    input: typeof f.input === 'string' ? f.input : file,
    category,
    origin: category === 'terraform' ? 'plan' : 'live',
    evidence: [],
    outcomes: f.outcomes as Finding['outcomes'],
    ...(typeof f.settle === 'string' ? { settle: f.settle } : {}),
    ...(isObject(f.settleRef) ? { settleRef: f.settleRef as unknown as NonNullable<Finding['settleRef']> } : {}),
    fingerprint: f.fingerprint,
    ...(isObject(f.suppression) ? { suppression: f.suppression as unknown as NonNullable<Finding['suppression']> } : {}),
  };
}

function scopesOf(file: string, value: unknown): ScanScope[] {
  if (!Array.isArray(value) || !value.length) throw new UserError(`${file}: a cldscan report without its scope and per-check counts (written by an older cldscan): scan again with this version`);
  return value.map((s) => scopeOf(file, s));
}

function scopeOf(file: string, value: unknown): ScanScope {
  const s = isObject(value) ? value : undefined;
  if (!s || typeof s.scanId !== 'string' || typeof s.scanned !== 'string' || !isObject(s.settings) || !isObject(s.categories)) {
    throw new UserError(`${file}: a cldscan report whose scope lacks its scan id, settings or per-check counts`);
  }
  const categories: Record<string, CategoryScope> = {};
  for (const [name, c] of Object.entries(s.categories)) {
    if (!isObject(c) || !isObject(c.checks)) throw new UserError(`${file}: category ${name.slice(0, 80)} has no per-check counts`);
    const checks: Record<string, CheckTally> = {};
    for (const [key, t] of Object.entries(c.checks)) {
      if (!isObject(t)) continue;
      checks[key] = { pass: count(t.pass), fail: count(t.fail), unknown: count(t.unknown), waived: count(t.waived), ...(Array.isArray(t.regions) ? { regions: strings(t.regions).slice(0, MAX_REGIONS) } : {}) };
    }
    categories[name] = {
      origins: strings(c.origins) as CategoryScope['origins'],
      clouds: strings(c.clouds) as CategoryScope['clouds'],
      regions: strings(c.regions).slice(0, MAX_REGIONS),
      ...(c.regionsTruncated === true ? { regionsTruncated: true as const } : {}),
      resources: count(c.resources),
      inputs: strings(c.inputs),
      ...(c.inputsTruncated === true ? { inputsTruncated: true as const } : {}),
      checks,
    };
  }
  const commit = isObject(s.commit) && typeof s.commit.sha === 'string' ? { sha: s.commit.sha, from: s.commit.from as Commit['from'] } : undefined;
  return { scanId: s.scanId, scanned: s.scanned, ...(commit ? { commit } : {}), settings: settingsOf(s.settings), categories };
}

/** The judging settings as a report states them; what is missing or malformed reads as the defaults' opposite of a pass (0 days, none disabled). */
function settingsOf(s: Record<string, unknown>): JudgingSettings {
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
  return {
    residency: (typeof s.residency === 'string' ? s.residency : 'unknown') as JudgingSettings['residency'],
    minLogRetentionDays: num(s.minLogRetentionDays),
    minBackupRetentionDays: num(s.minBackupRetentionDays),
    maxKeyRotationDays: num(s.maxKeyRotationDays),
    maxUnusedCredentialDays: num(s.maxUnusedCredentialDays),
    requireCustomerManagedKeys: s.requireCustomerManagedKeys === true,
    disabledPolicies: strings(s.disabledPolicies),
  };
}

/**
 * Several scans as one. The same scan given twice (its SARIF and its JSON) counts once. A category
 * two scans both read (an account scanned by two jobs, the same plans twice) is taken from the most
 * recent scan, and the merge says so; findings are kept once per fingerprint.
 */
export function mergeEvidence(parts: readonly ScanEvidence[]): ScanEvidence {
  const seen = new Set<string>();
  const unique = parts.filter((p) => {
    const id = p.scans.map((s) => s.scanId).join(' ');
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  if (unique.length === 1) return unique[0]!;
  // Which part keeps each category: the latest scan that read it.
  const owner = new Map<string, ScanEvidence>();
  const notes: MergeNote[] = [];
  const latest = (p: ScanEvidence) => p.scans.map((s) => s.scanned).sort().at(-1) ?? '';
  for (const p of unique) {
    for (const name of Object.keys(p.categories)) {
      const key = categoryKey(name, p.categories[name]!);
      const other = owner.get(key);
      if (!other) owner.set(key, p);
      else {
        const [kept, dropped] = latest(p) > latest(other) ? [p, other] : [other, p];
        owner.set(key, kept);
        notes.push({ id: 'mergeSuperseded', data: { category: name, kept: latest(kept), dropped: latest(dropped) } });
      }
    }
  }
  const keeps = (p: ScanEvidence, category: string) => {
    const c = p.categories[category];
    return c !== undefined && owner.get(categoryKey(category, c)) === p;
  };
  const categories: Record<string, CategoryEvidence> = {};
  const findings: Finding[] = [];
  const prints = new Set<string>();
  const incomplete: Notification[] = [];
  const administrators = new Map<string, Administrator>();
  for (const p of unique) {
    for (const [name, c] of Object.entries(p.categories)) if (keeps(p, name)) categories[name] = categories[name] ? addCategory(categories[name]!, c) : c;
    for (const f of findingsWhere(p.findings, (_category, status) => status !== 'pass')) if (keeps(p, f.category) && !prints.has(f.fingerprint)) (prints.add(f.fingerprint), findings.push(f));
    for (const n of p.incomplete) if ((!n.category || keeps(p, n.category)) && !incomplete.some((m) => m.message === n.message && m.scope === n.scope)) incomplete.push(n);
    for (const a of p.administrators) if (keeps(p, a.category)) administrators.set(`${a.category}\u0000${a.resource.id}`, a);
  }
  const settings = new Set(unique.flatMap((p) => p.scans.map((s) => JSON.stringify(s.settings))));
  if (settings.size > 1) notes.push({ id: 'mergeSettings', data: { what: differingSettings(unique.flatMap((p) => p.scans.map((s) => s.settings))) } });
  return {
    scans: unique.flatMap((p) => p.scans),
    categories: Object.fromEntries(Object.entries(categories).sort(([a], [b]) => a.localeCompare(b))),
    inputs: unique.flatMap((p) => p.inputs),
    findings,
    incomplete,
    administrators: [...administrators.values()],
    notes: [...notes, ...unique.flatMap((p) => p.notes).filter((n, i, all) => all.findIndex((m) => m.id === n.id && JSON.stringify(m.data) === JSON.stringify(n.data)) === i)],
  };
}

/** Live categories are one account, subscription or project; plans are told apart by the inputs read. */
function categoryKey(name: string, c: CategoryScope): string {
  return name === 'terraform' ? `${name}\u0000${c.inputs.join('\u0000')}` : name;
}

/** Two sets of plans read into the `terraform` category: one category, counts added. */
function addCategory(a: CategoryEvidence, b: CategoryEvidence): CategoryEvidence {
  const union = <T>(x: readonly T[], y: readonly T[]) => [...new Set([...x, ...y])].sort();
  const checks: Record<string, CheckTally> = { ...a.checks };
  for (const [key, t] of Object.entries(b.checks)) {
    const into = checks[key];
    checks[key] = into ? { ...addCounts(into, t), ...(into.regions || t.regions ? { regions: union(into.regions ?? [], t.regions ?? []) } : {}) } : t;
  }
  const regions = union(a.regions, b.regions);
  return {
    origins: union(a.origins, b.origins),
    clouds: union(a.clouds, b.clouds),
    regions: regions.slice(0, MAX_REGIONS),
    ...(a.regionsTruncated || b.regionsTruncated || regions.length > MAX_REGIONS ? { regionsTruncated: true as const } : {}),
    resources: a.resources + b.resources,
    inputs: union(a.inputs, b.inputs),
    ...(a.inputsTruncated || b.inputsTruncated ? { inputsTruncated: true as const } : {}),
    checks,
    scans: union(a.scans, b.scans),
    settings: a.settings,
  };
}

export function addCounts(a: OutcomeCounts, b: OutcomeCounts): OutcomeCounts {
  return { pass: a.pass + b.pass, fail: a.fail + b.fail, unknown: a.unknown + b.unknown, waived: a.waived + b.waived };
}

function differingSettings(all: readonly JudgingSettings[]): string {
  const keys = Object.keys(all[0]!) as Array<keyof JudgingSettings>;
  return keys.filter((k) => new Set(all.map((s) => JSON.stringify(s[k]))).size > 1).join(', ');
}

function notifications(value: unknown): Notification[] {
  return list(value).map((n) => ({
    level: 'error' as const,
    message: typeof n.message === 'string' ? n.message : '',
    ...(typeof n.scope === 'string' ? { scope: n.scope } : {}),
    ...(typeof n.category === 'string' ? { category: n.category } : {}),
  }));
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function list(v: unknown): Array<Record<string, unknown>> {
  return Array.isArray(v) ? v.filter(isObject) : [];
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

function count(v: unknown): number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0;
}
