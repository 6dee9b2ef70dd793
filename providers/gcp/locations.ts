import type { DataLocation, DataLocationFacet, Evidence, LocationRole } from '../../src/model/facets.js';
import { closestMultiRegion, zoneToRegion } from './knowledge/zones.js';
import type { CaiAsset } from './asset.js';
import { bool, dataOf, dataPath, ev, get, list, locationInName, str, strings } from './values.js';

/**
 * Where each data store keeps its data, from its Cloud Asset Inventory record: the service's own
 * location fields first (as the service spells them: `EU`, `EUR4`, `europe-west9-b`, a zone URL),
 * then the `resource.location` Cloud Asset Inventory adds, then the location in the resource name.
 * Copies count: bucket data locations of configurable dual-regions, Cloud SQL backups, snapshot
 * and image storage locations, Redis replicas, Secret Manager replicas.
 */

/** Asset types that hold or process customer data (the control plane — firewalls, IAM, projects, sinks — has no data location). */
export const DATA_TYPES: ReadonlySet<string> = new Set([
  'storage.googleapis.com/Bucket',
  'compute.googleapis.com/Disk',
  'compute.googleapis.com/RegionDisk',
  'compute.googleapis.com/Snapshot',
  'compute.googleapis.com/Image',
  'compute.googleapis.com/Instance',
  'sqladmin.googleapis.com/Instance',
  'container.googleapis.com/Cluster',
  'bigquery.googleapis.com/Dataset',
  'bigquery.googleapis.com/Table',
  'pubsub.googleapis.com/Topic',
  'redis.googleapis.com/Instance',
  'spanner.googleapis.com/Instance',
  'file.googleapis.com/Instance',
  'artifactregistry.googleapis.com/Repository',
  'secretmanager.googleapis.com/Secret',
  'bigtableadmin.googleapis.com/Cluster',
  'logging.googleapis.com/LogBucket',
]);

const at = (region: string | undefined, role: LocationRole, evidence: Evidence): DataLocation => ({ region, role, evidence });
const region = (raw: string) => zoneToRegion(raw).toLowerCase();

const NO_DATA = 'the record does not include the resource, so its location is not known';

/** The resource's primary location: its own fields, CAI's `resource.location`, or the location in its name. */
export function primaryPlace(a: CaiAsset): { region: string; raw: string; path: string } | undefined {
  const data = dataOf(a);
  for (const key of ['location', 'region', 'zone', 'locationId']) {
    const raw = str(get(data, key));
    if (raw) return { region: region(raw), raw, path: dataPath(key) };
  }
  const cai = str(a.resource?.location);
  if (cai) return { region: region(cai), raw: cai, path: a.search ? 'location' : 'resource.location' };
  const fromName = locationInName(a.name);
  if (fromName) return { region: region(fromName), raw: fromName, path: 'name' };
  return undefined;
}

function primary(a: CaiAsset): DataLocation {
  const place = primaryPlace(a);
  if (place) return at(place.region, 'primary', ev(place.path, place.raw, { safe: true }));
  return at(undefined, 'primary', ev(dataOf(a) ? 'resource.location' : 'resource.data', undefined, { note: dataOf(a) ? 'no location in the record' : NO_DATA }));
}

/** Each location of a list (`storageLocations`, `allowedPersistenceRegions`): the first `first`, the others `rest`. */
function listed(a: CaiAsset, path: string, first: LocationRole, rest: LocationRole, whenEmpty: string): DataLocation[] {
  const data = dataOf(a);
  if (!data) return [at(undefined, first, ev('resource.data', undefined, { note: NO_DATA }))];
  const locs = strings(get(data, path)) ?? [];
  if (locs.length === 0) return [at(undefined, first, ev(dataPath(path), undefined, { note: whenEmpty }))];
  return locs.map((loc, i) => at(region(loc), i === 0 ? first : rest, ev(`${dataPath(path)}[${i}]`, loc, { safe: true })));
}

/** Cloud Storage: `location` (a region, dual-region such as EUR4, or multi-region such as EU); a configurable dual-region lists its regions. */
function bucketLocations(a: CaiAsset): DataLocation[] {
  const main = primary(a);
  const type = str(get(dataOf(a), 'locationType'));
  if (type && main.evidence.value !== undefined) main.evidence = { ...main.evidence, note: type };
  const custom = strings(get(dataOf(a), 'customPlacementConfig.dataLocations')) ?? [];
  return [main, ...custom.map((loc, i) => at(region(loc), 'replica', ev(`${dataPath('customPlacementConfig.dataLocations')}[${i}]`, loc, { safe: true })))];
}

/**
 * Cloud SQL: the instance region, plus where automated backups go when they are on (their
 * `location`, else the multi-region closest to the instance). Read replicas take no backups.
 */
function sqlLocations(a: CaiAsset): DataLocation[] {
  const main = primary(a);
  const data = dataOf(a);
  if (!data) return [main];
  const base = 'settings.backupConfiguration';
  const enabled = bool(get(data, `${base}.enabled`));
  if (enabled === false) return [main];
  if (enabled === undefined) {
    if (str(get(data, 'instanceType')) === 'READ_REPLICA_INSTANCE') return [main];
    return [main, at(undefined, 'backup', ev(dataPath(`${base}.enabled`), undefined, { note: 'whether automated backups are on is not in the record' }))];
  }
  const explicit = str(get(data, `${base}.location`));
  if (explicit) return [main, at(region(explicit), 'backup', ev(dataPath(`${base}.location`), explicit, { safe: true }))];
  const multi = main.region ? closestMultiRegion(main.region) : undefined;
  const note = multi
    ? `not set: Cloud SQL stores backups in the multi-region closest to the instance (${multi})`
    : 'not set: Cloud SQL stores backups in the multi-region closest to the instance, which is not known for this region';
  return [main, at(multi?.toLowerCase(), 'backup', ev(dataPath(`${base}.location`), undefined, { note }))];
}

/** Memorystore for Redis: the zone of the primary node, and of the replica when the tier has one. */
function redisLocations(a: CaiAsset): DataLocation[] {
  const main = primary(a);
  const alt = str(get(dataOf(a), 'alternativeLocationId'));
  return alt ? [main, at(region(alt), 'replica', ev(dataPath('alternativeLocationId'), alt, { safe: true }))] : [main];
}

/** Spanner: `regional-<region>` is that region; multi-region configurations (eur3, nam6) keep their names. */
function spannerLocations(a: CaiAsset): DataLocation[] {
  const data = dataOf(a);
  const config = str(get(data, 'config'))?.replace(/^projects\/[^/]+\/instanceConfigs\//, '');
  if (!config) return [at(undefined, 'primary', ev(dataPath('config'), undefined, { note: data ? 'no instance configuration in the record' : NO_DATA }))];
  return [at(/^regional-(.+)$/.exec(config)?.[1] ?? config, 'primary', ev(dataPath('config'), config, { safe: true }))];
}

/** Secret Manager: automatic replication lets Google pick the regions (global); user-managed replication lists them. */
function secretLocations(a: CaiAsset): DataLocation[] {
  const data = dataOf(a);
  if (!data) return [at(undefined, 'primary', ev('resource.data', undefined, { note: NO_DATA }))];
  if (get(data, 'replication.automatic') !== undefined) return [at('global', 'primary', ev(dataPath('replication.automatic'), undefined, { note: 'automatic replication: Google chooses the regions' }))];
  const replicas = list(get(data, 'replication.userManaged.replicas')) ?? [];
  if (replicas.length === 0) return [at(undefined, 'primary', ev(dataPath('replication'), undefined, { note: 'no replication settings in the record' }))];
  return replicas.map((r, i) => {
    const loc = str(get(r, 'location'));
    const path = `${dataPath('replication.userManaged.replicas')}[${i}].location`;
    return at(loc && region(loc), i === 0 ? 'primary' : 'replica', ev(path, loc, { safe: true }));
  });
}

const LOCAL: Record<string, (a: CaiAsset) => DataLocation[]> = {
  'storage.googleapis.com/Bucket': bucketLocations,
  'sqladmin.googleapis.com/Instance': sqlLocations,
  'redis.googleapis.com/Instance': redisLocations,
  'spanner.googleapis.com/Instance': spannerLocations,
  'secretmanager.googleapis.com/Secret': secretLocations,
  'compute.googleapis.com/Snapshot': (a) => listed(a, 'storageLocations', 'primary', 'replica', 'no storage location in the record'),
  'compute.googleapis.com/Image': (a) => listed(a, 'storageLocations', 'primary', 'replica', 'no storage location in the record'),
  'pubsub.googleapis.com/Topic': (a) =>
    listed(a, 'messageStoragePolicy.allowedPersistenceRegions', 'primary', 'primary', 'no message storage policy: messages are stored in the region nearest the publisher unless an organization policy restricts resource locations'),
};

export function dataLocationsFacet(a: CaiAsset): DataLocationFacet | undefined {
  if (!DATA_TYPES.has(a.assetType)) return undefined;
  return { locations: (LOCAL[a.assetType] ?? ((x: CaiAsset) => [primary(x)]))(a) };
}

/** The resource's primary region as the region table names it (zones folded into their region), when known. */
export function regionOfAsset(a: CaiAsset): string | undefined {
  if (DATA_TYPES.has(a.assetType)) return dataLocationsFacet(a)?.locations.find((l) => l.role === 'primary')?.region;
  const cai = str(a.resource?.location);
  if (cai) return region(cai);
  const fromName = locationInName(a.name);
  return fromName ? region(fromName) : undefined;
}
