import type { Facets } from '../../src/model/facets.js';
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
  const backup = backupFacet(a);
  if (backup) facets.backup = backup;
  const vault = backupVaultFacet(a);
  if (vault) facets.backupVault = vault;
  const transit = transitFacet(a, ctx);
  if (transit) facets.transit = transit;
  const key = keyFacet(a);
  if (key) facets.key = key;
  const secrets = plaintextSecretsFacet(a);
  if (secrets) facets.plaintextSecrets = secrets;
  const protection = logProtectionFacet(a, ctx);
  if (protection) facets.logProtection = protection;
  const flow = flowLogFacet(a);
  if (flow) facets.flowLog = flow;
  const scan = vulnerabilityScanFacet(a);
  if (scan) facets.vulnerabilityScan = scan;
  const credential = credentialFacet(a);
  if (credential) facets.credential = credential;
  const network = defaultNetworkFacet(a);
  if (network) facets.defaultNetwork = network;
  const availability = availabilityFacet(a);
  if (availability) facets.availability = availability;
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
