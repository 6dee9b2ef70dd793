import { hash } from 'node:crypto';
import type { Finding, Severity } from './model/finding.js';
import type { Resource } from './model/resource.js';
import type { FacetName } from './model/facets.js';
import type { CheckResult, Policy } from './policy/api.js';
import { MessageError, renderMessage, renderResult } from './policy/messages.js';
import type { ScanSettings } from './settings.js';
import { covers, isExpired, today, type Suppression, type Waiver } from './waivers.js';

const NO_WAIVER: { suppression?: Suppression; expired: Waiver[] } = { expired: [] };

export interface OutcomeCounts {
  pass: number;
  fail: number;
  unknown: number;
  waived: number;
}

export interface Summary {
  resources: number;
  findings: number;
  byStatus: Record<'pass' | 'fail' | 'unknown', number>;
  /** Failures per severity. */
  failuresBySeverity: Record<Severity, number>;
  failOn: Severity | 'none';
  /** True when some failure (not waived) is at or above --fail-on. */
  failed: boolean;
  /** Failures and unknowns accepted by a waiver: not in byStatus, never failing the scan. */
  waived: number;
  /** With --new-only: failures and unknowns already in the baseline, left out of everything else. */
  inBaseline: number;
  /** With --baseline: its failures and unknowns this scan no longer has (passing now, or gone), per severity. */
  fixed?: Record<Severity, number>;
}

/** Fingerprints of a previous report, and whether to report only what is new. */
export interface BaselineOptions {
  /** Failures and unknowns of the baseline, by fingerprint, with their severity and category. */
  fingerprints: ReadonlyMap<string, { severity: Severity; category?: string }>;
  newOnly: boolean;
}

const RANK: Record<Severity, number> = { critical: 4, high: 3, medium: 2, low: 1 };

/** Regions kept per check or scope and category: clouds have a few dozen; an input claiming more is cut. */
export const MAX_REGIONS = 100;
export const MAX_REGION_LENGTH = 64;

export function atOrAbove(severity: Severity, threshold: Severity | 'none'): boolean {
  return threshold !== 'none' && RANK[severity] >= RANK[threshold];
}

/**
 * Runs every enabled policy on each resource as it arrives, and hands the findings a report needs
 * to `emit` as they are made: passes only when asked (the JSON report lists them; SARIF and the
 * human reports only count them). What stays here is counts: per status and severity, per check and
 * category, the regions of regional checks, and the baseline's fingerprints found again.
 * A policy that throws is a bug in it: the error names it.
 */
export class Evaluator {
  /** Failures and unknowns of the baseline this scan found again: the others are fixed. */
  private readonly stillThere = new Set<string>();
  private readonly enabled: readonly Policy[];
  private readonly summaryCounts: Summary;
  /** One day for the whole scan: a scan across midnight judges every waiver alike. */
  private readonly day = today();

  constructor(
    private readonly emit: (finding: Finding) => void,
    policies: readonly Policy[],
    private readonly settings: ScanSettings,
    private readonly keepPasses = true,
    private readonly baseline?: BaselineOptions,
    private readonly regionalChecks: ReadonlySet<string> = new Set(),
  ) {
    this.enabled = policies.filter((p) => !settings.disabledPolicies.includes(p.meta.id));
    this.summaryCounts = {
      resources: 0,
      findings: 0,
      byStatus: { pass: 0, fail: 0, unknown: 0 },
      failuresBySeverity: { critical: 0, high: 0, medium: 0, low: 0 },
      failOn: settings.failOn,
      failed: false,
      waived: 0,
      inBaseline: 0,
    };
  }

  /** Warnings met while judging (waivers expired or not allowed), once each. */
  readonly notes = new Set<string>();
  /**
   * Per check (`policy/facet`: one policy judging one facet), per scan category: how many outcomes.
   * A rule's status comes from the checks that cover it, not from any result of any policy serving it.
   */
  readonly checkCounts = new Map<string, Map<string, OutcomeCounts>>();
  /**
   * For the checks named in `regionalChecks` (controls that must exist in every region used), the
   * regions each judged something in, per category; at most MAX_REGIONS each, so memory stays flat
   * whatever an input claims.
   */
  readonly checkRegions = new Map<string, Map<string, Set<string>>>();

  add(resource: Resource): void {
    const ctx = { settings: this.settings };
    const s = this.summaryCounts;
    s.resources++;
    for (const policy of this.enabled) {
      let result;
      try {
        result = policy.check(resource, ctx);
      } catch (err) {
        throw new Error(`policy ${policy.meta.id} failed on ${resource.id}: ${(err as Error).message}`);
      }
      if (!result) continue;
      // A pass that is neither kept nor compared with a baseline needs no fingerprint: in a large plan most results are such passes.
      const print = result.status !== 'pass' || this.keepPasses || this.baseline ? fingerprint(policy.meta.id, resource) : '';
      const known = this.baseline?.fingerprints.has(print) ?? false;
      if (known && result.status !== 'pass') this.stillThere.add(print);
      if (known && this.baseline?.newOnly && result.status !== 'pass') {
        s.inBaseline++;
        continue;
      }
      s.findings++;
      const { suppression, expired } = result.status === 'pass' ? NO_WAIVER : this.waiverFor(policy, resource);
      if (suppression) s.waived++;
      const outcomes = checkOutcomes(policy, resource, result);
      for (const [facet, status] of outcomes) {
        const key = `${policy.meta.id}/${facet}`;
        this.count(key, resource.source.category, suppression && status !== 'pass' ? 'waived' : status);
        if (resource.region && this.regionalChecks.has(key)) this.region(key, resource.source.category, resource.region);
      }
      if (!suppression) {
        s.byStatus[result.status]++;
        if (result.status === 'fail') {
          s.failuresBySeverity[policy.meta.severity]++;
          if (atOrAbove(policy.meta.severity, this.settings.failOn)) s.failed = true;
        }
      }
      if (result.status === 'pass' && !this.keepPasses) continue;
      const finding: Finding = {
        policy: policy.meta.id,
        rules: [...policy.meta.rules],
        status: result.status,
        severity: policy.meta.severity,
        message: text(resource, () => renderResult(policy.meta, result, 'en')),
        messageId: result.messageId,
        ...(result.data ? { data: result.data } : {}),
        ...(result.also?.length ? { also: result.also } : {}),
        resource: { id: resource.id, provider: resource.provider, nativeType: resource.nativeType, region: resource.region ?? null },
        location: resource.source.location ?? null,
        input: resource.source.input,
        category: resource.source.category,
        origin: resource.source.origin,
        evidence: result.evidence ?? [],
        outcomes: Object.fromEntries(outcomes),
        fingerprint: print,
      };
      if (this.baseline && result.status !== 'pass') finding.baseline = known ? 'unchanged' : 'new';
      if (typeof result.settle === 'string') finding.settle = result.settle;
      else if (result.settle) {
        const ref = result.settle;
        finding.settle = text(resource, () => renderMessage(policy.meta, ref, 'en'));
        finding.settleRef = ref;
      }
      if (suppression) finding.suppression = suppression;
      if (expired.length) finding.expiredWaivers = expired.map((w) => ({ where: w.where, expires: w.expires }));
      this.emit(finding);
    }
  }

  private count(key: string, category: string, outcome: keyof OutcomeCounts): void {
    let byCategory = this.checkCounts.get(key);
    if (!byCategory) this.checkCounts.set(key, (byCategory = new Map()));
    let counts = byCategory.get(category);
    if (!counts) byCategory.set(category, (counts = { pass: 0, fail: 0, unknown: 0, waived: 0 }));
    counts[outcome]++;
  }

  private region(key: string, category: string, region: string): void {
    let byCategory = this.checkRegions.get(key);
    if (!byCategory) this.checkRegions.set(key, (byCategory = new Map()));
    let regions = byCategory.get(category);
    if (!regions) byCategory.set(category, (regions = new Set()));
    if (regions.size < MAX_REGIONS) regions.add(region.slice(0, MAX_REGION_LENGTH));
  }

  /** The first waiver in force that covers this policy's finding on this resource; expired ones are reported, never applied. */
  private waiverFor(policy: Policy, resource: Resource): { suppression?: Suppression; expired: Waiver[] } {
    const inline = resource.source.waivers ?? [];
    if (inline.length && !this.settings.allowInlineWaivers) {
      this.notes.add(`inline waivers are not allowed by the configuration (allowInlineWaivers: false): ${inline.map((w) => w.where).join(', ')} ignored`);
    }
    const candidates = this.settings.allowInlineWaivers && inline.length ? [...this.settings.waivers, ...inline] : this.settings.waivers;
    const expired: Waiver[] = [];
    if (!candidates.length) return { expired };
    const subject = { policy: policy.meta.id, rules: policy.meta.rules, resource: { id: resource.id } };
    for (const w of candidates) {
      if (!covers(w, subject)) continue;
      if (isExpired(w.expires, this.day)) {
        expired.push(w);
        this.notes.add(`waiver ${w.where} expired on ${w.expires}: it no longer applies`);
        continue;
      }
      const suppression: Suppression = { origin: w.origin, justification: w.justification, expires: w.expires, where: w.where, ...(w.approver ? { approver: w.approver } : {}) };
      return { suppression, expired };
    }
    return { expired };
  }

  /**
   * The counts; with a baseline, what it had and this scan no longer has, in the categories this scan
   * covered (given): nothing is fixed in an account, subscription or project this scan did not read.
   */
  summary(covered?: ReadonlySet<string>): Summary {
    const summary: Summary = { ...this.summaryCounts, byStatus: { ...this.summaryCounts.byStatus }, failuresBySeverity: { ...this.summaryCounts.failuresBySeverity } };
    if (this.baseline) {
      const fixed = { critical: 0, high: 0, medium: 0, low: 0 };
      for (const [print, { severity, category }] of this.baseline.fingerprints) {
        if (!this.stillThere.has(print) && (!covered || category === undefined || covered.has(category))) fixed[severity]++;
      }
      summary.fixed = fixed;
    }
    return summary;
  }
}

/** A message the policy does not define, or whose data it left out, is a bug in the policy: the error names it. */
function text(resource: Resource, render: () => string): string {
  try {
    return render();
  } catch (err) {
    if (err instanceof MessageError) throw new Error(`${err.message} (on ${resource.id})`);
    throw err;
  }
}

/**
 * The checks a result is evidence for, with their outcome: each facet a combined result judged,
 * else the facet the result names, else the policy's facets that the resource carries.
 */
function checkOutcomes(policy: Policy, resource: Resource, result: CheckResult): Array<[FacetName, CheckResult['status']]> {
  if (result.outcomes) return Object.entries(result.outcomes) as Array<[FacetName, CheckResult['status']]>;
  if (result.facet) return [[result.facet, result.status]];
  const carried = policy.meta.facets.filter((f) => resource.facets[f] !== undefined);
  return (carried.length ? carried : policy.meta.facets).map((f) => [f, result.status]);
}

/**
 * Same policy, same resource → same fingerprint, whatever line the block moved to: the identity is
 * the resource's address (or cloud id) within its scope (the root module's directory for plans,
 * the account/subscription/project for live resources).
 */
export function fingerprint(policyId: string, resource: Resource): string {
  const scope = resource.source.scope ?? '';
  return hash('sha256', `${policyId}\u0000${resource.provider}\u0000${scope}\u0000${resource.id}`, 'hex').slice(0, 32);
}
