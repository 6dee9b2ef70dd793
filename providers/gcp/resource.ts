import type { Facets } from '../../src/model/facets.js';
import type { FileLocation, Resource } from '../../src/model/resource.js';
import { buildFacets, compile } from '../../src/registry/builder-table.js';
import { isObject, type CaiAsset } from './asset.js';
import { ownerOf, type InventoryContext } from './context.js';
import { regionOfAsset } from './locations.js';
import { GCP_REGISTRY, type LiveArgs } from './registry.js';
import { dataOf, get } from './values.js';

const LIVE = compile<LiveArgs>('gcp live', GCP_REGISTRY.live);

/** The facets of one Cloud Asset Inventory record, from the live side of the registry; empty for asset types no policy looks at. */
export function facetsOf(a: CaiAsset, ctx: InventoryContext): Facets {
  return buildFacets(LIVE(a.assetType), a, ctx);
}

/** Where each service keeps its labels in `resource.data`: Cloud SQL `settings.userLabels`, GKE `resourceLabels`, Cloud Run v1 `metadata.labels`, most others `labels`. */
const LABEL_PATHS = ['labels', 'settings.userLabels', 'resourceLabels', 'metadata.labels', 'properties.labels'] as const;

/** The labels of the resource (string values only), for environment separation; undefined when it has none. */
export function labelsOf(a: CaiAsset): Record<string, string> | undefined {
  const data = dataOf(a);
  if (!data) return undefined;
  for (const path of LABEL_PATHS) {
    const v = get(data, path);
    if (!isObject(v)) continue;
    const entries = Object.entries(v).filter((e): e is [string, string] => typeof e[1] === 'string');
    if (entries.length) return Object.fromEntries(entries);
  }
  return undefined;
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
  const tags = labelsOf(a);
  if (tags) resource.tags = tags;
  return resource;
}
