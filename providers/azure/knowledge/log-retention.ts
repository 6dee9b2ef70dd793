import type { Evidence, LogStoreFacet } from '../../../src/model/facets.js';

/** How long Azure keeps logs, in plans and inventories alike. */

export type Retention = LogStoreFacet['retentionDays'];

/** What a log store keeps: days, the evidence, and what settles an unknown. */
export interface Kept {
  days: Retention;
  evidence: Evidence[];
  settle?: string;
}

/** A Log Analytics workspace on the Free tier keeps data 7 days whatever is asked. */
export const FREE_TIER_DAYS = 7;
export const FREE_TIER_NOTE = 'the Free tier keeps 7 days';
/** Azure keeps the activity log 90 days. */
export const ACTIVITY_LOG_DAYS = 90;

/** The longest-kept copy is what keeps the logs; one destination of unknown retention leaves it unknown unless another keeps them forever. */
export function longest(kept: readonly Kept[]): Kept {
  const evidence = kept.flatMap((k) => k.evidence);
  if (kept.some((k) => k.days === 'forever')) return { days: 'forever', evidence };
  const unknown = kept.find((k) => k.days === 'unknown');
  if (unknown || !kept.length) return { days: 'unknown', evidence, settle: unknown?.settle ?? 'a destination of the activity-log export' };
  return { days: kept.reduce((longest, k) => Math.max(longest, k.days as number), -Infinity), evidence };
}
