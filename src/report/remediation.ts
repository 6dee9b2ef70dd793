import type { Finding } from '../model/finding.js';
import type { Lang, PolicyMeta } from '../policy/api.js';
import { localize } from '../policy/messages.js';

/** Where a finding was found decides how it is fixed: a change to the Terraform, or a step on the deployed resource. */
export type FixKind = 'terraform' | 'live';

export function fixKind(f: Pick<Finding, 'origin'>): FixKind {
  return f.origin === 'live' ? 'live' : 'terraform';
}

/** A finding's fix hint finder: the policy's remediation for the finding's cloud and input kind, in the report's language, on one line. */
export type FixHints = (f: Pick<Finding, 'policy' | 'origin' | 'resource'>) => string | undefined;

export function fixHints(policies: readonly PolicyMeta[], lang: Lang): FixHints {
  const byId = new Map(policies.map((p) => [p.id, p]));
  return (f) => {
    const fix = byId.get(f.policy)?.remediation[f.resource.provider]?.[fixKind(f)];
    // A policy's text may wrap its lines: a hint stays on the finding's line.
    return fix ? localize(fix, lang).replace(/\s+/g, ' ').trim() : undefined;
  };
}
