import type { Evidence, FacetName } from '../model/facets.js';
import type { Severity, Status } from '../model/finding.js';
import type { CloudProvider, Resource } from '../model/resource.js';
import type { ScanSettings } from '../settings.js';

/**
 * The policy API, for built-in policies and users' own (`--policies dir`): a `meta` block and a
 * `check` that reads facets (never raw attributes) and says pass, fail or unknown — or nothing
 * when the resource is not its business.
 */
export interface PolicyMeta {
  /** Stable id, used as the SARIF rule id and in waivers: lower-case words joined by dashes. */
  id: string;
  title: string;
  /** Catalog rule ids this policy serves (`CLD-21`, `CL-8`). */
  rules: string[];
  severity: Severity;
  description: string;
  /** How to fix it, per cloud. */
  remediation: Partial<Record<CloudProvider, string>>;
  /** French texts for reports in French (`--lang fr`); English stands in for what is missing. */
  fr?: { remediation?: Partial<Record<CloudProvider, string>> };
  helpUri?: string;
  /** The facets the policy reads. */
  facets: FacetName[];
}

export interface CheckResult {
  status: Status;
  message: string;
  evidence?: Evidence[];
  /** For unknown: the evidence that would settle it. */
  settle?: string;
}

export interface PolicyContext {
  settings: ScanSettings;
}

export interface Policy {
  meta: PolicyMeta;
  check(resource: Resource, ctx: PolicyContext): CheckResult | undefined;
}

const ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** Checks a policy's shape once, at load, so a broken user policy fails with its name, not mid-scan. */
export function definePolicy(policy: Policy): Policy {
  const m = policy.meta;
  const problems: string[] = [];
  if (!m || typeof m !== 'object') problems.push('meta is missing');
  else {
    if (typeof m.id !== 'string' || !ID.test(m.id)) problems.push(`meta.id ${JSON.stringify(m.id)} must be lower-case words joined by dashes`);
    if (typeof m.title !== 'string' || !m.title) problems.push('meta.title is missing');
    if (!Array.isArray(m.rules) || m.rules.length === 0) problems.push('meta.rules must list at least one catalog rule id');
    if (!['critical', 'high', 'medium', 'low'].includes(m.severity)) problems.push('meta.severity must be critical, high, medium or low');
    if (typeof m.description !== 'string' || !m.description) problems.push('meta.description is missing');
    if (!m.remediation || typeof m.remediation !== 'object') problems.push('meta.remediation is missing');
    if (!Array.isArray(m.facets)) problems.push('meta.facets must list the facets the policy reads');
  }
  if (typeof policy.check !== 'function') problems.push('check must be a function');
  if (problems.length) throw new Error(`policy ${String(m?.id ?? '(no id)')}: ${problems.join('; ')}`);
  return policy;
}
