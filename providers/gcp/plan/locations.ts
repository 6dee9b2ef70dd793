import type { DataLocation, DataLocationFacet, LocationRole } from '../../../src/model/facets.js';
import type { BuildContext, BuilderTable } from '../../terraform/builder-types.js';
import type { TfResource } from '../../terraform/tf-resource.js';
import { isControlPlane, isGlobalType } from './kinds.js';
import { attributed, blockCount, evidence, knownString, related, stringList } from './values.js';
import { closestMultiRegion, zoneToRegion } from '../knowledge/zones.js';
import { setting } from '../../terraform/tf-resource.js';

type Place =
  | { state: 'known'; region: string; raw: string; path: string }
  | { state: 'unknown'; path: string }
  | { state: 'unset' };

/** The resource's own location attribute: `location` (buckets, GKE, KMS, BigQuery…), else `region`, `zone`, or `location_id` (Firestore). */
function ownPlace(r: TfResource): Place {
  for (const path of ['location', 'region', 'zone', 'location_id']) {
    const s = setting(r, path);
    if (s.state === 'unknown') return { state: 'unknown', path };
    const raw = knownString(s);
    if (raw) return { state: 'known', region: zoneToRegion(raw), raw, path };
  }
  return { state: 'unset' };
}

const at = (region: string | undefined, role: LocationRole, e: DataLocation['evidence']): DataLocation => ({ region, role, evidence: e });

function primaryLocation(r: TfResource): DataLocation {
  const place = ownPlace(r);
  if (place.state === 'known') return at(place.region, 'primary', evidence(r, place.path, place.raw, { safe: true }));
  if (place.state === 'unknown') return at(undefined, 'primary', evidence(r, place.path, undefined, { note: 'known only after apply' }));
  if (r.providerRegion) {
    return at(zoneToRegion(r.providerRegion), 'primary', {
      path: 'provider.region',
      value: r.providerRegion,
      note: 'the resource sets no location: Google creates it in the region or zone of its provider configuration',
    });
  }
  return at(undefined, 'primary', { path: 'provider.region', note: 'neither the resource nor its provider configuration sets a known region' });
}

/** Each element of a list of locations: the first as `first`, the others as `rest`. */
function listed(r: TfResource, path: string, first: LocationRole, rest: LocationRole, whenEmpty: string): DataLocation[] {
  const list = stringList(r, path);
  if (list === 'unknown') return [at(undefined, first, evidence(r, path, undefined, { note: 'known only after apply' }))];
  if (list.length === 0) return [at(undefined, first, evidence(r, path, undefined, { note: whenEmpty }))];
  return list.map((loc, i) => at(zoneToRegion(loc), i === 0 ? first : rest, evidence(r, `${path}[${i}]`, loc, { safe: true })));
}

/**
 * Cloud Storage: `location` is a region, a dual-region (EUR4…) or a multi-region (EU, US, ASIA),
 * each understood by the region table as one location. A configurable dual-region lists its two
 * regions in custom_placement_config.
 */
function bucketLocations(r: TfResource): DataLocation[] {
  const out = [primaryLocation(r)];
  const path = 'custom_placement_config[0].data_locations';
  if (blockCount(r, 'custom_placement_config') === 0) return out;
  return [...out, ...listed(r, path, 'replica', 'replica', 'no data locations listed')];
}


/**
 * Cloud SQL: the instance region, plus the backup location when automated backups are on (or
 * their setting is not known). Without `location`, Cloud SQL stores backups in the multi-region
 * closest to the instance (gcloud sql backups create: "stored in the closest multi-region location by default"); read replicas are
 * resources of their own.
 */
function sqlLocations(r: TfResource): DataLocation[] {
  const primary = primaryLocation(r);
  const enabled = setting(r, 'settings[0].backup_configuration[0].enabled');
  // Automated backups are off unless `enabled = true` (provider default false).
  if (enabled.state !== 'unknown' && enabled.value !== true) return [primary];
  const loc = setting(r, 'settings[0].backup_configuration[0].location');
  if (loc.state === 'unknown') return [primary, at(undefined, 'backup', evidence(r, loc.path, undefined, { note: 'known only after apply' }))];
  const explicit = knownString(loc);
  if (explicit) return [primary, at(explicit, 'backup', evidence(r, loc.path, explicit, { safe: true }))];
  const multi = primary.region ? closestMultiRegion(primary.region) : undefined;
  const note = multi
    ? `not set: Cloud SQL stores backups in the multi-region closest to the instance (${multi})`
    : 'not set: Cloud SQL stores backups in the multi-region closest to the instance, which is not known for this region';
  return [primary, at(multi, 'backup', evidence(r, loc.path, undefined, { note }))];
}

/**
 * Spanner instance configs: `regional-<region>` is that region; multi-region configs (eur3,
 * nam6…) keep their name, which the region table knows or reports as unknown, like custom configs.
 */
function spannerLocations(r: TfResource): DataLocation[] {
  const s = setting(r, 'config');
  if (s.state === 'unknown') return [at(undefined, 'primary', evidence(r, 'config', undefined, { note: 'known only after apply' }))];
  const config = knownString(s)?.replace(/^projects\/[^/]+\/instanceConfigs\//, '');
  if (!config) return [at(undefined, 'primary', evidence(r, 'config', undefined, { note: 'no instance configuration' }))];
  const region = /^regional-(.+)$/.exec(config)?.[1] ?? config;
  return [at(region, 'primary', evidence(r, 'config', config, { safe: true }))];
}

/** Pub/Sub keeps messages in the allowed persistence regions, else in the region nearest the publisher. */
function topicLocations(r: TfResource): DataLocation[] {
  return listed(
    r,
    'message_storage_policy[0].allowed_persistence_regions',
    'primary',
    'primary',
    'no message storage policy: messages are stored in the region nearest the publisher unless an organization policy restricts resource locations',
  );
}

/** Bigtable replicates between its clusters: the first cluster's zone is primary, the others replicas. */
function bigtableLocations(r: TfResource): DataLocation[] {
  const n = blockCount(r, 'cluster');
  if (n === 'unknown' || n === 0) return [at(undefined, 'primary', evidence(r, 'cluster', undefined, { note: n === 0 ? 'no cluster listed' : 'known only after apply' }))];
  const out: DataLocation[] = [];
  for (let i = 0; i < n; i++) {
    const zone = setting(r, `cluster[${i}].zone`);
    const raw = knownString(zone);
    const role = i === 0 ? 'primary' : 'replica';
    out.push(raw ? at(zoneToRegion(raw), role, evidence(r, zone.path, raw, { safe: true })) : at(undefined, role, evidence(r, zone.path, undefined, { note: zone.state === 'unknown' ? 'known only after apply' : 'zone chosen by Google' })));
  }
  return out;
}

/** Secret Manager: automatic replication lets Google pick any region ("global"); user-managed lists the replicas. */
function secretLocations(r: TfResource): DataLocation[] {
  const auto = blockCount(r, 'replication[0].auto');
  const legacyAuto = setting(r, 'replication[0].automatic'); // google 4.x
  if (auto === 'unknown' || legacyAuto.state === 'unknown') return [at(undefined, 'primary', evidence(r, 'replication', undefined, { note: 'known only after apply' }))];
  if (auto > 0 || legacyAuto.value === true) {
    return [at('global', 'primary', evidence(r, 'replication[0].auto', undefined, { note: 'automatic replication: Google chooses the regions' }))];
  }
  const n = blockCount(r, 'replication[0].user_managed[0].replicas');
  if (n === 'unknown' || n === 0) return [at(undefined, 'primary', evidence(r, 'replication[0].user_managed[0].replicas', undefined, { note: n === 0 ? 'no replica listed' : 'known only after apply' }))];
  const out: DataLocation[] = [];
  for (let i = 0; i < n; i++) {
    const loc = setting(r, `replication[0].user_managed[0].replicas[${i}].location`);
    const raw = knownString(loc);
    out.push(at(raw, i === 0 ? 'primary' : 'replica', evidence(r, loc.path, raw, { safe: true, note: raw ? undefined : 'known only after apply' })));
  }
  return out;
}

/** Images and snapshots are global resources stored in their storage_locations (default: the multi-region or region closest to the source). */
function storageLocations(r: TfResource): DataLocation[] {
  return listed(r, 'storage_locations', 'primary', 'replica', 'not set: stored in the location closest to the source, which is not known from the plan');
}

/** Resources located by their own attributes beyond location/region/zone. */
const LOCAL: Record<string, (r: TfResource) => DataLocation[]> = {
  google_storage_bucket: bucketLocations,
  google_sql_database_instance: sqlLocations,
  google_spanner_instance: spannerLocations,
  google_pubsub_topic: topicLocations,
  google_bigtable_instance: bigtableLocations,
  google_secret_manager_secret: secretLocations,
  google_compute_image: storageLocations,
  google_compute_snapshot: storageLocations,
};

/** Resources whose data lives where their parent is (a table in its dataset, a database in its instance). */
const PARENTS: Record<string, { path: string; types: readonly string[]; key: string }> = {
  google_bigquery_table: { path: 'dataset_id', types: ['google_bigquery_dataset'], key: 'dataset_id' },
  google_sql_database: { path: 'instance', types: ['google_sql_database_instance'], key: 'name' },
  google_spanner_database: { path: 'instance', types: ['google_spanner_instance'], key: 'name' },
  google_storage_bucket_object: { path: 'bucket', types: ['google_storage_bucket'], key: 'name' },
  google_pubsub_subscription: { path: 'topic', types: ['google_pubsub_topic'], key: 'name' },
  google_kms_crypto_key: { path: 'key_ring', types: ['google_kms_key_ring'], key: 'id' },
  google_kms_crypto_key_version: { path: 'crypto_key', types: ['google_kms_crypto_key'], key: 'id' },
  google_bigtable_table: { path: 'instance_name', types: ['google_bigtable_instance'], key: 'name' },
  google_secret_manager_secret_version: { path: 'secret', types: ['google_secret_manager_secret'], key: 'secret_id' },
};

const MAX_PARENT_DEPTH = 4;

function locationsOf(r: TfResource, ctx: BuildContext, depth = 0): DataLocation[] {
  const parent = PARENTS[r.type];
  if (!parent) return (LOCAL[r.type] ?? ((x: TfResource) => [primaryLocation(x)]))(r);
  const parents = depth < MAX_PARENT_DEPTH ? related(ctx, r, parent.path, parent.types, parent.key) : [];
  if (parents.length === 0) {
    const what = parent.types[0]!.replace(/^google_/, '');
    return [at(undefined, 'primary', evidence(r, parent.path, undefined, { note: `stored where its ${what} is, which is not in this plan` }))];
  }
  return parents.flatMap((p) => locationsOf(p, ctx, depth + 1).map((l) => ({ ...l, evidence: attributed(l.evidence, p) })));
}

/**
 * Primary region: the resource's location, region or zone (zones stripped to their region) or,
 * for buckets, Spanner, Pub/Sub topics, secrets…, the first place their data is kept; when it sets
 * none, the provider's region or zone, where Google creates it. Global resources (firewalls,
 * networks, IAM, global addresses…) and resources kept in a parent (tables, databases, objects,
 * keys) have none of their own. An unknown location stays undefined.
 */
export function regionOf(r: TfResource): string | undefined {
  const local = LOCAL[r.type];
  if (local) return local(r).find((l) => l.role === 'primary')?.region;
  if (isGlobalType(r.type) || PARENTS[r.type]) return undefined;
  const place = ownPlace(r);
  if (place.state === 'known') return place.region;
  if (place.state === 'unknown') return undefined;
  return r.providerRegion ? zoneToRegion(r.providerRegion) : undefined;
}

export const locationTable: BuilderTable = {
  dataLocations: {
    '*': (r, ctx): DataLocationFacet | undefined => (isControlPlane(r.type) ? undefined : { locations: locationsOf(r, ctx) }),
  },
};
