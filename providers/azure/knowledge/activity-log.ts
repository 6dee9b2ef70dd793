import { anyOf, type Evidence, type LogProtectionFacet, type Truth } from '../../../src/model/facets.js';

/** What one destination of the activity log keeps. */
export interface DestinationVerdict {
  immutable: Truth;
  evidence: Evidence[];
  settle?: string;
}

/**
 * The activity log's protection from what each of its destinations keeps, in plans and inventories
 * alike: immutable when one destination is; every destination is encrypted at rest by Azure.
 */
export function activityLogDestinations(label: string, verdicts: readonly DestinationVerdict[], encryptionPath: string): LogProtectionFacet {
  const immutable = anyOf(verdicts.map((v) => v.immutable));
  const out: LogProtectionFacet = {
    label,
    encrypted: 'yes',
    immutable,
    evidence: [...verdicts.flatMap((v) => v.evidence), { path: encryptionPath, note: 'Azure encrypts every destination at rest' }],
  };
  if (immutable === 'unknown') out.settle = verdicts.find((v) => v.immutable === 'unknown')?.settle ?? 'the immutability of the destinations';
  return out;
}
