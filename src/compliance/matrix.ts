import { CATALOG, RULEBOOKS, coveringChecks } from '../catalog/catalog.js';
import type { Automation, CatalogRule, CoveringCheck, CoverPart, Rulebook } from '../catalog/types.js';
import { atOrAbove, type OutcomeCounts } from '../evaluate.js';
import type { InputSummary } from '../input/read-inputs.js';
import type { Finding, Notification, Severity } from '../model/finding.js';
import type { CloudProvider } from '../model/resource.js';
import type { PolicyMeta } from '../policy/api.js';
import { localize } from '../policy/messages.js';
import { lookupRegion } from '../regions/index.js';
import type { ResidencyProfile } from '../regions/jurisdictions.js';
import type { Administrator } from '../report/administrators.js';
import { findingAt, forEachKey, type FindingSet } from '../report/finding-spool.js';
import { localizer } from '../report/localize.js';
import { fixHints } from '../report/remediation.js';
import type { ScanReport } from '../report/scan-report.js';
import type { Commit, JudgingSettings } from '../scope.js';
import { attestationFor, type Attestation, type AttestationFile, type AttestationState } from './attestations.js';
import { addCounts, type CategoryEvidence, type ScanEvidence, type ScanInfo } from './evidence.js';
import { accountWord, reason, type Lang, type PartStatus, type Reason, type RuleStatus, type SourceStatus } from './i18n.js';

/** One check (`policy/facet`) in one scan category. */
export interface CheckCell extends OutcomeCounts {
  status: SourceStatus;
  reason: Reason;
}

export interface CheckRow {
  check: string;
  policy: string;
  facet: string;
  scope: CoveringCheck['scope'];
  regional?: CloudProvider[];
  requires?: CoveringCheck['requires'];
  counts: OutcomeCounts;
  bySource: Record<string, CheckCell>;
}

export interface PartRow {
  /** 1-based, as reasons name them. */
  number: number;
  text: string;
  kind: 'checks' | 'attestation';
  status: PartStatus;
  reason: Reason;
  checks: CheckRow[];
}

/** A rule's covering checks together in one scan category. */
export interface SourceCell extends OutcomeCounts {
  status: SourceStatus;
  reason: Reason;
}

export type MatrixFinding = Pick<Finding, 'policy' | 'status' | 'severity' | 'message' | 'resource' | 'location' | 'category' | 'settle' | 'suppression' | 'outcomes' | 'fingerprint'> & {
  /** The policy's remediation for the finding's cloud and input kind (Terraform or deployed resource). */
  fix?: string;
};

export interface RuleRow {
  id: string;
  rulebook: 'CLD' | 'CL';
  section: string;
  title: string;
  summary: string;
  automation: Automation;
  automationReason: string;
  inheritedFrom?: string;
  status: RuleStatus;
  reason: Reason;
  parts: PartRow[];
  /** The checks that cover some part of the rule (`policy/facet`). */
  checks: string[];
  /** Policies that name the rule but judge none of its parts: shown, never counted. */
  related: string[];
  /** Outcomes of the covering checks, all categories together. */
  counts: OutcomeCounts;
  /** Per scan category: what the covering checks say there (empty for organisational and inherited rules). */
  bySource: Record<string, SourceCell>;
  attestation: { state: AttestationState; current?: Attestation; all: Attestation[] };
  /** Failures and unknowns of the covering checks (waived ones marked). */
  findings: MatrixFinding[];
  remediation: Array<{ policy: string; cloud: string; input: 'terraform' | 'live'; text: string }>;
}

export interface ScopeCategory {
  id: string;
  kind: 'plan' | 'live';
  origins: string[];
  clouds: string[];
  regions: string[];
  regionsTruncated?: true;
  resources: number;
  inputs: string[];
  inputsTruncated?: true;
  /** False when part of it could not be read: nothing from it counts as verified. */
  complete: boolean;
  settings: JudgingSettings;
}

export interface ReportScope {
  /** What the report covers, in words that never claim more than was read. */
  statement: Reason;
  categories: ScopeCategory[];
  inputs: InputSummary[];
  scans: ScanInfo[];
  commits: Commit[];
  residency: ResidencyProfile[];
  rulebooks: readonly Rulebook[];
  cldscan: string;
  notes: Reason[];
}

export interface MatrixSummary {
  resources: number;
  /** Failures and unknowns behind the matrix (waived ones included). */
  findings: number;
  failuresBySeverity: Record<Severity, number>;
  unknowns: number;
  waived: number;
  failOn: Severity | 'none';
  /** Some failure, not waived, is at or above failOn. */
  failed: boolean;
}

export interface ComplianceReport {
  tool: ScanReport['tool'];
  generated: string;
  lang: Lang;
  scope: ReportScope;
  /** The scan categories, in the order of the matrix's columns. */
  sources: string[];
  rules: RuleRow[];
  totals: Record<RuleStatus, number>;
  summary: MatrixSummary;
  incomplete: Notification[];
  /** Privileged principals seen: the list of administrators (CLD-16) and the start of the rights review (CLD-17). */
  administrators: Administrator[];
  organisation?: string;
}

export interface MatrixOptions {
  tool: ScanReport['tool'];
  /** The policies of this run: their messages render findings in the report's language, their remediation is shown. */
  policies: readonly PolicyMeta[];
  /** Per facet, the clouds some adapter reads it for (a facet missing here is computed by the scanner for every cloud). */
  facetClouds?: ReadonlyMap<string, ReadonlySet<CloudProvider>>;
  failOn: Severity | 'none';
  /** The day attestations are judged on (default today). */
  on?: string;
}

/** The rules whose evidence includes the list of administrators. */
export const ADMINISTRATOR_RULES: readonly string[] = ['CLD-16', 'CLD-17'];

const EMPTY: OutcomeCounts = { pass: 0, fail: 0, unknown: 0, waived: 0 };
const CLOUDS: readonly CloudProvider[] = ['aws', 'azure', 'gcp'];
const PLAN_CATEGORY = 'terraform';
const WORST: readonly SourceStatus[] = ['failed', 'not-verified', 'verified'];

/**
 * Every catalog rule's status, from the checks that cover its parts and nothing else. Per scan
 * category, a check is verified only when it judged something there, nothing failed or stayed
 * unknown, the category was read in full and (for an account-level control) it was a live scan
 * with the control in every region used. A failure is never hidden by an attestation; an
 * organisational part is verified only by a valid attestation.
 */
export function buildMatrix(evidence: ScanEvidence, attestations: AttestationFile | undefined, lang: Lang, opts: MatrixOptions): ComplianceReport {
  const { report, findings } = matrixOf(evidence, attestations, lang, opts);
  for (const r of report.rules) r.findings = [...findings.list(r)];
  return report;
}

/**
 * Each rule's failures and unknowns, for a matrix whose rows leave them out (`matrixOf`): counted in
 * one pass, and read back from a spooled scan a rule at a time when a format writes them.
 */
export interface RuleFindings {
  count(rule: RuleRow): number;
  list(rule: RuleRow): Iterable<MatrixFinding>;
}

/** The findings a matrix holds in its rows (`buildMatrix`). */
export const ROW_FINDINGS: RuleFindings = { count: (r) => r.findings.length, list: (r) => r.findings };

/**
 * The matrix as `buildMatrix` makes it, its rows without their findings (each `findings` empty),
 * which `findings` counts and reads: what a scan's `--report` is written from, memory not growing
 * with the findings.
 */
export function matrixOf(evidence: ScanEvidence, attestations: AttestationFile | undefined, lang: Lang, opts: MatrixOptions): { report: ComplianceReport; findings: RuleFindings } {
  const sources = Object.keys(evidence.categories).sort();
  const incompleteAll = evidence.incomplete.some((n) => !n.category);
  const incompleteIn = new Set(evidence.incomplete.flatMap((n) => (n.category ? [n.category] : [])));
  const incomplete = (c: string) => incompleteAll || incompleteIn.has(c);
  const judge = (check: CoveringCheck, name: string) => checkCell(check, name, evidence.categories[name]!, incomplete(name), opts.facetClouds, lang);

  const rules = CATALOG.map((rule): RuleRow => {
    const attestation = attestationFor(attestations, rule.id, opts.on);
    const covering = coveringChecks(rule);
    const checkRows = new Map(covering.map((c) => [c.check, checkRow(c, sources, judge)]));
    const parts = partsOf(rule, lang).map((p, i) => partRow(p, i + 1, checkRows, attestation.state, sources.length > 0, lang));
    const { status, why } = ruleStatus(rule, parts, checkRows, sources.length > 0, attestation.state, lang);
    const policyIds = [...new Set(covering.map((c) => c.check.split('/')[0]!))];
    return {
      id: rule.id,
      rulebook: rule.rulebook,
      section: rule.section,
      title: rule.title,
      summary: rule.summary[lang],
      automation: rule.automation,
      automationReason: rule.automationReason[lang],
      ...(rule.inheritedFrom ? { inheritedFrom: rule.inheritedFrom[lang] } : {}),
      status,
      reason: why,
      parts,
      checks: covering.map((c) => c.check),
      related: opts.policies.filter((p) => p.rules.includes(rule.id) && !policyIds.includes(p.id)).map((p) => p.id),
      counts: [...checkRows.values()].reduce((sum, c) => addCounts(sum, c.counts), EMPTY),
      bySource: covering.length ? sourceCells(sources, [...checkRows.values()], lang) : {},
      attestation: { state: attestation.state, ...(attestation.attestation ? { current: attestation.attestation } : {}), all: attestation.all },
      findings: [],
      remediation: opts.policies
        .filter((p) => policyIds.includes(p.id))
        .flatMap((p) =>
          Object.entries(p.remediation).flatMap(([cloud, fix]) => [
            { policy: p.id, cloud, input: 'terraform' as const, text: localize(fix.terraform, lang) },
            { policy: p.id, cloud, input: 'live' as const, text: localize(fix.live, lang) },
          ]),
        ),
    };
  });
  const totals = Object.fromEntries(['compliant', 'non-compliant', 'partially-verified', 'not-verified', 'attested', 'attestation-missing', 'attestation-expired', 'inherited'].map((s) => [s, 0])) as Record<RuleStatus, number>;
  for (const r of rules) totals[r.status]++;
  const report: ComplianceReport = {
    tool: opts.tool,
    generated: new Date().toISOString(),
    lang,
    scope: reportScope(evidence, sources, incomplete, opts.tool.version, lang),
    sources,
    rules,
    totals,
    summary: summaryOf(evidence, opts.failOn),
    incomplete: evidence.incomplete,
    administrators: evidence.administrators,
    ...(attestations?.organisation ? { organisation: attestations.organisation } : {}),
  };
  return { report, findings: ruleFindings(evidence.findings, opts.policies, lang) };
}

/** A finding covered by a rule: one of its checks (`policy/facet`) judged the facet, and not as a pass. */
function covers(rule: RuleRow, f: Finding): boolean {
  return rule.checks.some((check) => {
    const [policy, facet] = check.split('/') as [string, string];
    const outcome = f.outcomes[facet as keyof Finding['outcomes']];
    return f.policy === policy && outcome !== undefined && outcome !== 'pass';
  });
}

function ruleFindings(set: FindingSet, policies: readonly PolicyMeta[], lang: Lang): RuleFindings {
  const localize = localizer(policies, lang);
  const hint = fixHints(policies, lang);
  const withFix = (fix: string | undefined) => (fix ? { fix } : {});
  // The failures and unknowns of each policy, by position: one pass over the keys, however many rules ask.
  let byPolicy: Map<string, number[]> | undefined;
  const positionsByPolicy = (): Map<string, number[]> => {
    const out = new Map<string, number[]>();
    let i = 0;
    forEachKey(set, (_category, status, _severity, _waived, policy) => {
      if (status !== 'pass') {
        const list = out.get(policy);
        if (list) list.push(i);
        else out.set(policy, [i]);
      }
      i++;
    });
    return out;
  };
  /** The positions of the failures and unknowns of a rule's policies, in the set's order; the caller reads each back. */
  const candidates = (rule: RuleRow): number[] => {
    byPolicy ??= positionsByPolicy();
    const mine = [...new Set(rule.checks.map((c) => c.split('/')[0]!))];
    return mine.flatMap((p) => byPolicy!.get(p) ?? []).sort((a, b) => a - b);
  };
  return {
    count(rule) {
      let n = 0;
      for (const i of candidates(rule)) if (covers(rule, findingAt(set, i))) n++;
      return n;
    },
    *list(rule) {
      for (const i of candidates(rule)) {
        const f = findingAt(set, i);
        if (!covers(rule, f)) continue;
        const { policy, status: s, severity, message, resource, location, category, origin, settle, suppression, outcomes, fingerprint } = localize(f);
        yield {
          ...withFix(hint({ policy, origin, resource })),
          policy,
          status: s,
          severity,
          message,
          resource,
          location,
          category,
          ...(settle ? { settle } : {}),
          ...(suppression ? { suppression } : {}),
          outcomes,
          fingerprint,
        };
      }
    },
  };
}

/** The exit code of a compliance report: 1 for a failure at or above --fail-on, 3 for a scope read in part, else 0. */
export function matrixExitCode(report: ComplianceReport): number {
  if (report.summary.failed) return 1;
  return report.incomplete.length ? 3 : 0;
}

/** A manual or inherited rule is one organisational part: the whole rule. */
function partsOf(rule: CatalogRule, lang: Lang): Array<{ text: string; part: CoverPart | undefined }> {
  if (rule.covers) return rule.covers.map((p) => ({ text: p.text[lang], part: p }));
  return [{ text: rule.summary[lang], part: undefined }];
}

function checkRow(c: CoveringCheck, sources: readonly string[], judge: (c: CoveringCheck, name: string) => CheckCell): CheckRow {
  const [policy, facet] = c.check.split('/') as [string, string];
  const bySource: Record<string, CheckCell> = {};
  let counts = EMPTY;
  for (const s of sources) {
    const cell = judge(c, s);
    bySource[s] = cell;
    counts = addCounts(counts, cell);
  }
  return { check: c.check, policy, facet, scope: c.scope, ...(c.regional ? { regional: c.regional } : {}), ...(c.requires ? { requires: c.requires } : {}), counts, bySource };
}

const COMMAND: Record<CloudProvider, string> = { aws: 'cldscan scan --aws', azure: 'cldscan scan --azure', gcp: 'cldscan scan --gcp' };

/** What one check says in one scan category, and why. */
function checkCell(
  check: CoveringCheck,
  name: string,
  category: CategoryEvidence,
  incomplete: boolean,
  facetClouds: MatrixOptions['facetClouds'],
  lang: Lang,
): CheckCell {
  const t = category.checks[check.check];
  const counts: OutcomeCounts = t ? { pass: t.pass, fail: t.fail, unknown: t.unknown, waived: t.waived } : EMPTY;
  const cell = (status: SourceStatus, r: Reason): CheckCell => ({ ...counts, status, reason: r });
  const notVerified = (id: Parameters<typeof reason>[0], data?: Record<string, string | number>) => cell('not-verified', reason(id, lang, data));
  const facet = check.check.split('/')[1]!;
  const live = name !== PLAN_CATEGORY;
  const cloudsHere = (live ? [name.split('/')[0]!] : category.clouds.length ? category.clouds : CLOUDS) as CloudProvider[];
  const available = facetClouds?.get(facet);
  const checkable = cloudsHere.filter((c) => !available || available.has(c));
  const label = (cs: readonly string[]) => cs.map((c) => c.toUpperCase()).join(', ');

  if (counts.fail > 0) return cell('failed', reason('checkFailed', lang, { count: counts.fail }));
  if (incomplete) return notVerified('checkIncomplete');
  if (counts.unknown > 0) return notVerified('checkUnknown', { count: counts.unknown });
  const min = check.requires?.minLogRetentionDays;
  if (min !== undefined && category.settings.minLogRetentionDays < min) {
    return notVerified('checkSettingBelow', { setting: 'minLogRetentionDays', value: category.settings.minLogRetentionDays, required: min });
  }
  if (check.scope === 'account' && !live) {
    return checkable.length ? notVerified('checkNeedsLive', { commands: checkable.map((c) => COMMAND[c]).join('; ') }) : notVerified('checkNoCloud', { clouds: label(cloudsHere) });
  }
  if (counts.pass + counts.waived === 0) return checkable.length ? notVerified('checkNoEvidence') : notVerified('checkNoCloud', { clouds: label(cloudsHere) });
  const cloud = cloudsHere[0]!;
  if (check.scope === 'account' && check.regional?.includes(cloud)) {
    if (category.regionsTruncated) return notVerified('checkRegionsCut');
    const canonical = (r: string) => {
      const row = lookupRegion(cloud, r);
      return row?.kind === 'region' ? row.name : undefined;
    };
    const covered = new Set((t?.regions ?? []).map(canonical));
    const missing = [...new Set(category.regions.map(canonical))].filter((r): r is string => r !== undefined && !covered.has(r)).sort();
    if (missing.length) return notVerified('checkRegionsMissing', { regions: missing.join(', ') });
  }
  return counts.waived ? cell('verified', reason('checkPassedWaived', lang, { count: counts.pass + counts.waived, waived: counts.waived })) : cell('verified', reason('checkPassed', lang, { count: counts.pass }));
}

function worst(statuses: readonly SourceStatus[]): SourceStatus {
  return WORST.find((s) => statuses.includes(s)) ?? 'verified';
}

function partRow(p: { text: string; part: CoverPart | undefined }, number: number, rows: ReadonlyMap<string, CheckRow>, attestation: AttestationState, scanned: boolean, lang: Lang): PartRow {
  const checks = (p.part?.checks ?? []).map((c) => rows.get(c.check)!);
  if (!checks.length) {
    const status: PartStatus = attestation === 'valid' ? 'attested' : attestation === 'expired' ? 'attestation-expired' : 'needs-attestation';
    const id = status === 'attested' ? 'partAttested' : status === 'attestation-expired' ? 'partAttestationExpired' : 'partNeedsAttestation';
    return { number, text: p.text, kind: 'attestation', status, reason: reason(id, lang), checks: [] };
  }
  const status = scanned ? worst(checks.flatMap((c) => Object.values(c.bySource).map((cell) => cell.status))) : 'not-verified';
  const id = status === 'failed' ? 'partFailed' : status === 'not-verified' ? 'partNotVerified' : 'partVerified';
  return { number, text: p.text, kind: 'checks', status, reason: reason(id, lang), checks };
}

function ruleStatus(
  rule: CatalogRule,
  parts: readonly PartRow[],
  rows: ReadonlyMap<string, CheckRow>,
  scanned: boolean,
  attestation: AttestationState,
  lang: Lang,
): { status: RuleStatus; why: Reason } {
  const r = (id: Parameters<typeof reason>[0], data?: Record<string, string | number>) => reason(id, lang, data);
  if (rule.automation === 'inherited') {
    if (attestation === 'valid') return { status: 'inherited', why: r('ruleInherited') };
    if (attestation === 'expired') return { status: 'attestation-expired', why: r('ruleInheritedExpired') };
    return { status: 'attestation-missing', why: r('ruleInheritedNeedsReference') };
  }
  const technical = parts.filter((p) => p.kind === 'checks');
  const organisational = parts.filter((p) => p.kind === 'attestation');
  if (!technical.length) {
    if (attestation === 'valid') return { status: 'attested', why: r('ruleAttested') };
    if (attestation === 'expired') return { status: 'attestation-expired', why: r('ruleExpired') };
    return { status: 'attestation-missing', why: r('ruleAttestationMissing') };
  }
  const keys = (status: SourceStatus) => [...rows.values()].filter((c) => Object.values(c.bySource).some((cell) => cell.status === status)).map((c) => c.check).join(', ');
  if (technical.some((p) => p.status === 'failed')) return { status: 'non-compliant', why: r('ruleFailed', { checks: keys('failed') }) };
  if (!scanned) return { status: 'not-verified', why: r('ruleNoScope') };
  if (technical.some((p) => p.status === 'not-verified')) return { status: 'not-verified', why: r('ruleNotVerified', { checks: keys('not-verified') }) };
  if (!organisational.length) return { status: 'compliant', why: r('ruleVerified') };
  const numbers = (list: readonly PartRow[]) => list.map((p) => p.number).join(', ');
  const data = { verified: numbers(technical), organisational: numbers(organisational) };
  if (attestation === 'valid') return { status: 'compliant', why: r('ruleVerifiedAttested') };
  if (attestation === 'expired') return { status: 'partially-verified', why: r('ruleAttestationExpired', data) };
  return { status: 'partially-verified', why: r('ruleNeedsAttestation', data) };
}

/** The covering checks of a rule together, per category: the worst of them, with the checks behind it. */
function sourceCells(sources: readonly string[], rows: readonly CheckRow[], lang: Lang): Record<string, SourceCell> {
  const out: Record<string, SourceCell> = {};
  for (const s of sources) {
    const cells = rows.map((c) => [c.check, c.bySource[s]!] as const);
    const status = worst(cells.map(([, cell]) => cell.status));
    const counts = cells.reduce((sum, [, cell]) => addCounts(sum, cell), EMPTY);
    const which = cells.filter(([, cell]) => cell.status === status).map(([k]) => k).join(', ');
    const why = status === 'failed' ? reason('ruleFailed', lang, { checks: which }) : status === 'not-verified' ? reason('ruleNotVerified', lang, { checks: which }) : reason('partVerified', lang);
    out[s] = { ...counts, status, reason: why };
  }
  return out;
}

function summaryOf(evidence: ScanEvidence, failOn: Severity | 'none'): MatrixSummary {
  const failuresBySeverity: Record<Severity, number> = { critical: 0, high: 0, medium: 0, low: 0 };
  let unknowns = 0;
  let waived = 0;
  let failed = false;
  let findings = 0;
  // Told every failure's and unknown's key, it keeps none: nothing is read back.
  const tally = (_category: string, status: string, severity: Severity, isWaived: boolean) => {
    if (status === 'pass') return;
    findings++;
    if (isWaived) waived++;
    else if (status === 'unknown') unknowns++;
    else {
      failuresBySeverity[severity]++;
      if (atOrAbove(severity, failOn)) failed = true;
    }
  };
  forEachKey(evidence.findings, tally);
  const resources = Object.values(evidence.categories).reduce((n, c) => n + c.resources, 0);
  return { resources, findings, failuresBySeverity, unknowns, waived, failOn, failed };
}

const STATEMENT_ITEMS = 20;

function reportScope(evidence: ScanEvidence, sources: readonly string[], incomplete: (c: string) => boolean, version: string, lang: Lang): ReportScope {
  const categories = sources.map((id): ScopeCategory => {
    const c = evidence.categories[id]!;
    return {
      id,
      kind: id === PLAN_CATEGORY ? 'plan' : 'live',
      origins: c.origins,
      clouds: c.clouds,
      regions: c.regions,
      ...(c.regionsTruncated ? { regionsTruncated: true as const } : {}),
      resources: c.resources,
      inputs: c.inputs,
      ...(c.inputsTruncated ? { inputsTruncated: true as const } : {}),
      complete: !incomplete(id),
      settings: c.settings,
    };
  });
  const items = categories.map((c) => {
    const regions = c.regions.length ? listed(c.regions) : reason('scopeNoRegion', lang).text;
    if (c.kind === 'plan') return reason('scopePlan', lang, { inputs: listed(c.inputs.length ? c.inputs : evidence.inputs.map((i) => i.path)), regions }).text;
    const [cloud, ...rest] = c.id.split('/');
    return reason('scopeLive', lang, { what: accountWord(cloud!, lang), id: rest.join('/') || c.id, regions }).text;
  });
  const shown = items.slice(0, STATEMENT_ITEMS);
  if (items.length > shown.length) shown.push(lang === 'fr' ? `et ${items.length - shown.length} autres (voir le tableau du périmètre)` : `and ${items.length - shown.length} more (see the scope table)`);
  const commits = new Map<string, Commit>();
  for (const s of evidence.scans) if (s.commit) commits.set(s.commit.sha, s.commit);
  return {
    statement: shown.length ? reason('scopeCovers', lang, { what: shown.join('; ') }) : reason('scopeNothing', lang),
    categories,
    inputs: evidence.inputs,
    scans: evidence.scans,
    commits: [...commits.values()],
    residency: [...new Set(evidence.scans.map((s) => s.settings.residency))],
    rulebooks: RULEBOOKS,
    cldscan: version,
    notes: evidence.notes.map((n) => reason(n.id, lang, n.data)),
  };
}

function listed(values: readonly string[]): string {
  const first = values.slice(0, 5).join(', ');
  return values.length > 5 ? `${first} (+${values.length - 5})` : first;
}
