import type { DataLocation, Evidence, LocationRole } from '../../../src/model/facets.js';
import { azurePairedRegion } from '../../../src/regions/index.js';

/** Where Azure keeps a data store's copies: its region, and the paired region of geo-redundant storage. */

/** A data location with its evidence. */
export function at(region: string | undefined, role: LocationRole, evidence: Evidence): DataLocation {
  return { region, role, evidence };
}

/** The paired region of `region`, holding the geo-redundant copy; undefined (not known) when either is. */
export function pairedCopy(region: string | undefined, role: LocationRole, evidence: Evidence): DataLocation {
  const pair = region === undefined ? undefined : azurePairedRegion(region);
  const note = region !== undefined && pair === undefined ? `no paired region known for ${region}` : undefined;
  return at(pair, role, note ? { ...evidence, note: evidence.note ? `${evidence.note}; ${note}` : note } : evidence);
}
