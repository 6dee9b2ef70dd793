import { hash } from 'node:crypto';
import type { Finding, Severity } from './model/finding.js';
import type { Resource } from './model/resource.js';
import type { Policy } from './policy/api.js';
import type { ScanSettings } from './settings.js';

export interface Summary {
  resources: number;
  findings: number;
  byStatus: Record<'pass' | 'fail' | 'unknown', number>;
  /** Failures per severity. */
  failuresBySeverity: Record<Severity, number>;
  failOn: Severity | 'none';
  /** True when some failure is at or above --fail-on. */
  failed: boolean;
}

const RANK: Record<Severity, number> = { critical: 4, high: 3, medium: 2, low: 1 };

export function atOrAbove(severity: Severity, threshold: Severity | 'none'): boolean {
  return threshold !== 'none' && RANK[severity] >= RANK[threshold];
}

/**
 * Runs every enabled policy on each resource as it arrives, and keeps the findings a report needs:
 * passes only when asked (the JSON report lists them; SARIF and the human reports only count
 * them), so a live scan of a large estate holds its failures, not its whole inventory.
 * A policy that throws is a bug in it: the error names it.
 */
export class Evaluator {
  readonly findings: Finding[] = [];
  private readonly enabled: readonly Policy[];
  private readonly summaryCounts: Summary;

  constructor(
    policies: readonly Policy[],
    private readonly settings: ScanSettings,
    private readonly keepPasses = true,
  ) {
    this.enabled = policies.filter((p) => !settings.disabledPolicies.includes(p.meta.id));
    this.summaryCounts = {
      resources: 0,
      findings: 0,
      byStatus: { pass: 0, fail: 0, unknown: 0 },
      failuresBySeverity: { critical: 0, high: 0, medium: 0, low: 0 },
      failOn: settings.failOn,
      failed: false,
    };
  }

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
      s.findings++;
      s.byStatus[result.status]++;
      if (result.status === 'fail') {
        s.failuresBySeverity[policy.meta.severity]++;
        if (atOrAbove(policy.meta.severity, this.settings.failOn)) s.failed = true;
      }
      if (result.status === 'pass' && !this.keepPasses) continue;
      const finding: Finding = {
        policy: policy.meta.id,
        rules: [...policy.meta.rules],
        status: result.status,
        severity: policy.meta.severity,
        message: result.message,
        resource: { id: resource.id, provider: resource.provider, nativeType: resource.nativeType, region: resource.region ?? null },
        location: resource.source.location ?? null,
        input: resource.source.input,
        category: resource.source.category,
        origin: resource.source.origin,
        evidence: result.evidence ?? [],
        fingerprint: fingerprint(policy.meta.id, resource),
      };
      if (result.settle) finding.settle = result.settle;
      this.findings.push(finding);
    }
  }

  summary(): Summary {
    return { ...this.summaryCounts, byStatus: { ...this.summaryCounts.byStatus }, failuresBySeverity: { ...this.summaryCounts.failuresBySeverity } };
  }
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
