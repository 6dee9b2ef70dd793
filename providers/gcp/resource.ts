import type { Facets } from '../../src/model/facets.js';
import type { FileLocation, Resource } from '../../src/model/resource.js';
import type { CaiAsset } from './asset.js';
import { ownerOf, type InventoryContext } from './context.js';
import { auditTrailFacet, identityFacet } from './iam.js';
import { dataLocationsFacet, regionOfAsset } from './locations.js';
import { logStoreFacet } from './logging.js';
import { adminEndpointFacet, ingressFacet } from './network.js';
import { storageFacet } from './storage.js';

/** The facets of one Cloud Asset Inventory record; empty for asset types no policy looks at. */
export function facetsOf(a: CaiAsset, ctx: InventoryContext): Facets {
  const facets: Facets = {};
  const storage = storageFacet(a);
  if (storage) facets.storage = storage;
  const locations = dataLocationsFacet(a);
  if (locations) facets.dataLocations = locations;
  const ingress = ingressFacet(a);
  if (ingress) facets.ingress = ingress;
  const endpoint = adminEndpointFacet(a);
  if (endpoint) facets.adminEndpoint = endpoint;
  const identity = identityFacet(a);
  if (identity) facets.identity = identity;
  const store = logStoreFacet(a, ctx);
  if (store) facets.logStore = store;
  const trail = auditTrailFacet(a, ctx);
  if (trail) facets.auditTrail = trail;
  return facets;
}

export interface Placement {
  /** The input, as given (a file path) or `live/gcp/<owner>`; undefined for live reads (derived from the owner). */
  input?: string;
  /** Owner when the record names none (the project of a project scope). */
  fallbackOwner?: string;
  location?: FileLocation;
}

/** The owner's scan category: `gcp/<project id>`, `gcp/folders/F`, `gcp/organizations/O`. */
export const categoryOf = (owner: string): string => `gcp/${owner}`;

/**
 * A Resource for a record: the canonical Cloud Asset Inventory name as id (`//storage.googleapis.com/b`,
 * matched to a plan's `projects/…` ids by identityKey), the asset type as native type, and the
 * project (or folder / organization) it belongs to as scope and category.
 */
export function toResource(a: CaiAsset, ctx: InventoryContext, where: Placement): Resource {
  const owner = ownerOf(a, ctx) ?? where.fallbackOwner ?? 'unknown';
  const facets = facetsOf(a, ctx);
  const resource: Resource = {
    id: a.name,
    provider: 'gcp',
    nativeType: a.assetType,
    region: facets.dataLocations ? facets.dataLocations.locations.find((l) => l.role === 'primary')?.region : regionOfAsset(a),
    source: { origin: 'live', category: categoryOf(owner), input: where.input ?? `live/gcp/${owner}`, scope: owner, ...(where.location ? { location: where.location } : {}) },
    facets,
  };
  return resource;
}
