import type { Evidence } from '../../src/model/facets.js';
import { evidenceAt, type EvidenceHints } from '../../src/model/evidence.js';
import type { ConfigItem, Found } from './ci.js';
import type { AccountFacts, Lookups } from './facts.js';

/** What a facet builder is given: the item, the facts of its account and the looked-up resources. */
export interface BuildContext {
  item: ConfigItem;
  facts: AccountFacts;
  lookups: Lookups;
}

/**
 * Evidence for a value read from the item, its value as `printable` allows: strings only when the
 * caller says they are enum-like (algorithms, statuses, regions); a missing value says so.
 */
export function ev(f: Found, opts: Omit<EvidenceHints, 'from'> = {}): Evidence {
  return evidenceAt(f.path, f.value ?? null, { safe: opts.safe, note: opts.note ?? (f.value === undefined ? 'not in the configuration item' : undefined) });
}

/** Whether the item's configuration was captured at all (a select without `configuration`, a not-recorded item). */
export function hasConfiguration(item: ConfigItem): boolean {
  return item.configuration !== undefined && Object.keys(item.configuration).length > 0;
}
