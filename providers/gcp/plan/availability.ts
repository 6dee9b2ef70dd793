import type { AvailabilityFacet } from '../../../src/model/facets.js';
import type { Builder, BuilderTable } from '../../terraform/builder-types.js';
import { setting } from '../../terraform/tf-resource.js';
import { evidence, knownString, stringList } from './values.js';
import { isZone } from '../knowledge/zones.js';

/**
 * Zones a service runs across (judged only for resources the configuration names in
 * `highAvailability`): Cloud SQL `availability_type = REGIONAL` (a standby in another zone; the
 * provider's default is ZONAL), regional GKE clusters (control plane and nodes in several zones),
 * regional managed instance groups (spread over the region's zones unless
 * `distribution_policy_zones` names one), Memorystore for Redis STANDARD_HA (a replica in another zone).
 */

const SETTLE = 'the zone settings once applied';

const sqlAvailability: Builder<AvailabilityFacet> = (r) => {
  const label = 'Cloud SQL instance';
  const a = setting(r, 'settings[0].availability_type');
  if (a.state === 'unknown') return { label, multiZone: 'unknown', evidence: [evidence(r, a.path, undefined, { note: 'known only after apply' })], settle: SETTLE };
  if (a.value === 'REGIONAL') return { label, multiZone: 'yes', evidence: [evidence(r, a.path, 'REGIONAL', { safe: true, note: 'a standby instance in another zone of the region' })] };
  return { label, multiZone: 'no', evidence: [evidence(r, a.path, typeof a.value === 'string' ? a.value : 'ZONAL', { safe: true, note: a.state === 'unset' ? 'not set: ZONAL, one zone' : 'one zone' })] };
};

const gkeAvailability: Builder<AvailabilityFacet> = (r) => {
  const label = 'GKE cluster';
  const loc = setting(r, 'location');
  if (loc.state === 'unknown') return { label, multiZone: 'unknown', evidence: [evidence(r, loc.path, undefined, { note: 'known only after apply' })], settle: SETTLE };
  const location = knownString(loc) ?? r.providerRegion;
  if (!location) return { label, multiZone: 'unknown', evidence: [evidence(r, 'location', undefined, { note: 'not set, and the provider names no region or zone' })], settle: SETTLE };
  if (!isZone(location)) return { label, multiZone: 'yes', evidence: [evidence(r, 'location', location, { safe: true, note: 'regional cluster: control plane and nodes in several zones' })] };
  return { label, multiZone: 'no', evidence: [evidence(r, 'location', location, { safe: true, note: 'zonal cluster: its control plane runs in one zone' })] };
};

const zonalMig: Builder<AvailabilityFacet> = (r) => ({
  label: 'managed instance group',
  multiZone: 'no',
  evidence: [evidence(r, 'zone', knownString(setting(r, 'zone')), { safe: true, note: 'zonal managed instance group: one zone' })],
});

const regionalMig: Builder<AvailabilityFacet> = (r) => {
  const label = 'regional managed instance group';
  const zones = stringList(r, 'distribution_policy_zones');
  if (zones === 'unknown') return { label, multiZone: 'unknown', evidence: [evidence(r, 'distribution_policy_zones', undefined, { note: 'known only after apply' })], settle: SETTLE };
  if (zones.length === 1) return { label, multiZone: 'no', evidence: [evidence(r, 'distribution_policy_zones', zones[0], { safe: true, note: 'a single zone' })] };
  return {
    label,
    multiZone: 'yes',
    evidence: [evidence(r, 'distribution_policy_zones', zones.length ? zones.join(', ') : undefined, { safe: true, note: zones.length ? undefined : 'not set: instances are spread over the zones of the region' })],
  };
};

const redisAvailability: Builder<AvailabilityFacet> = (r) => {
  const label = 'Memorystore for Redis instance';
  const tier = setting(r, 'tier');
  if (tier.state === 'unknown') return { label, multiZone: 'unknown', evidence: [evidence(r, tier.path, undefined, { note: 'known only after apply' })], settle: SETTLE };
  if (tier.value === 'STANDARD_HA') return { label, multiZone: 'yes', evidence: [evidence(r, tier.path, 'STANDARD_HA', { safe: true, note: 'a replica in another zone' })] };
  return { label, multiZone: 'no', evidence: [evidence(r, tier.path, typeof tier.value === 'string' ? tier.value : 'BASIC', { safe: true, note: tier.state === 'unset' ? 'not set: BASIC, one node in one zone' : 'one node in one zone' })] };
};

export const availabilityTable: BuilderTable = {
  availability: {
    google_sql_database_instance: sqlAvailability,
    google_container_cluster: gkeAvailability,
    google_compute_instance_group_manager: zonalMig,
    google_compute_region_instance_group_manager: regionalMig,
    google_redis_instance: redisAvailability,
  },
};
