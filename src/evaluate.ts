import { hash } from 'node:crypto';
import type { Finding, Severity } from './model/finding.js';
import type { Resource } from './model/resource.js';
import type { Policy } from './policy/api.js';
import type { ScanSettings } from './settings.js';

/** Runs every enabled policy on every resource. A policy that throws is a bug in it: the error names it. */
export function evaluate(resources: readonly Resource[], policies: readonly Policy[], settings: ScanSettings): Finding[] {
  const ctx = { settings };
  const enabled = policies.filter((p) => !settings.disabledPolicies.includes(p.meta.id));
  const findings: Finding[] = [];
  for (const resource of resources) {
    for (const policy of enabled) {
      let result;
      try {
        result = policy.check(resource, ctx);
      } catch (err) {
        throw new Error(`policy ${policy.meta.id} failed on ${resource.id}: ${(err as Error).message}`);
      }
      if (!result) continue;
      const finding: Finding = {
        policy: policy.meta.id,
        rules: [...policy.meta.rules],
        status: result.status,
        severity: policy.meta.severity,
        message: result.message,
        resource: { id: resource.id, provider: resource.provider, nativeType: resource.nativeType, region: resource.region ?? null },
        location: resource.source.location ?? null,
        input: resource.source.input,
        origin: resource.source.origin,
        evidence: result.evidence ?? [],
        fingerprint: fingerprint(policy.meta.id, resource),
      };
      if (result.settle) finding.settle = result.settle;
      findings.push(finding);
    }
  }
  return findings;
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

export function summarise(findings: readonly Finding[], resources: number, failOn: Severity | 'none'): Summary {
  const byStatus = { pass: 0, fail: 0, unknown: 0 };
  const failuresBySeverity: Record<Severity, number> = { critical: 0, high: 0, medium: 0, low: 0 };
  let failed = false;
  for (const f of findings) {
    byStatus[f.status]++;
    if (f.status === 'fail') {
      failuresBySeverity[f.severity]++;
      if (atOrAbove(f.severity, failOn)) failed = true;
    }
  }
  return { resources, findings: findings.length, byStatus, failuresBySeverity, failOn, failed };
}
