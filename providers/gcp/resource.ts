import { setFacet, type Facets } from '../../src/model/facets.js';
import type { FileLocation, Resource } from '../../src/model/resource.js';
import { isObject, type CaiAsset } from './asset.js';
import { availabilityFacet, backupFacet, backupVaultFacet } from './backups.js';
import { ownerOf, type InventoryContext } from './context.js';
import { defaultNetworkFacet, flowLogFacet, vulnerabilityScanFacet } from './detection.js';
import { auditTrailFacet, identityFacet } from './iam.js';
import { credentialFacet, keyFacet } from './keys.js';
import { dataLocationsFacet, regionOfAsset } from './locations.js';
import { logProtectionFacet } from './log-protection.js';
import { logStoreFacet } from './logging.js';
import { adminEndpointFacet, ingressFacet } from './network.js';
import { plaintextSecretsFacet } from './secrets.js';
import { storageFacet } from './storage.js';
import { transitFacet } from './transit.js';
import { dataOf, get } from './values.js';

/** The facets of one Cloud Asset Inventory record; empty for asset types no policy looks at. */
export function facetsOf(a: CaiAsset, ctx: InventoryContext): Facets {
  const facets: Facets = {};
  setFacet(facets, 'storage', storageFacet(a));
  setFacet(facets, 'dataLocations', dataLocationsFacet(a));
  setFacet(facets, 'ingress', ingressFacet(a));
  setFacet(facets, 'adminEndpoint', adminEndpointFacet(a));
  setFacet(facets, 'identity', identityFacet(a));
  setFacet(facets, 'logStore', logStoreFacet(a, ctx));
  setFacet(facets, 'auditTrail', auditTrailFacet(a, ctx));
  setFacet(facets, 'backup', backupFacet(a));
  setFacet(facets, 'backupVault', backupVaultFacet(a));
  setFacet(facets, 'transit', transitFacet(a, ctx));
  setFacet(facets, 'key', keyFacet(a));
  setFacet(facets, 'plaintextSecrets', plaintextSecretsFacet(a));
  setFacet(facets, 'logProtection', logProtectionFacet(a, ctx));
  setFacet(facets, 'flowLog', flowLogFacet(a));
  setFacet(facets, 'vulnerabilityScan', vulnerabilityScanFacet(a));
  setFacet(facets, 'credential', credentialFacet(a));
  setFacet(facets, 'defaultNetwork', defaultNetworkFacet(a));
  setFacet(facets, 'availability', availabilityFacet(a));
  return facets;
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
