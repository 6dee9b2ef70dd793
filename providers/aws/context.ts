import type { Evidence } from '../../src/model/facets.js';
import type { ConfigItem, Found } from './ci.js';
import type { AccountFacts, Lookups } from './facts.js';

/** What a facet builder is given: the item, the facts of its account and the looked-up resources. */
export interface BuildContext {
  item: ConfigItem;
  facts: AccountFacts;
  lookups: Lookups;
}

/**
 * Evidence for a value read from the item. Booleans and numbers are printed; strings only when the
 * caller says they are enum-like (algorithms, statuses, regions); a missing value says so.
 */
export function ev(f: Found, opts: { show?: boolean; note?: string } = {}): Evidence {
  const e: Evidence = { path: f.path };
  if (typeof f.value === 'boolean' || typeof f.value === 'number') e.value = f.value;
  else if (typeof f.value === 'string' && opts.show) e.value = f.value;
  else if (f.value === undefined) e.value = null;
  const note = opts.note ?? (f.value === undefined ? 'not in the configuration item' : undefined);
  if (note) e.note = note;
  return e;
}

/** Whether the item's configuration was captured at all (a select without `configuration`, a not-recorded item). */
export function hasConfiguration(item: ConfigItem): boolean {
  return item.configuration !== undefined && Object.keys(item.configuration).length > 0;
}
