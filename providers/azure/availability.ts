import type { AvailabilityFacet, Truth } from '../../src/model/facets.js';
import { bool, ev, field, get, isObject, list, lower, prop, str, type AzRecord, type Got } from './records.js';
import { isSystemDatabase } from './storage.js';

/** Zone redundancy from ARM / Resource Graph records, for the resources `highAvailability` names. */

function facet(label: string, multiZone: Truth, g: Got, settle: string, note?: string): AvailabilityFacet {
  return { label, multiZone, evidence: [ev(g, { safe: true, ...(note ? { note } : {}) })], ...(multiZone === 'unknown' ? { settle } : {}) };
}

function sqlDatabase(r: AzRecord): AvailabilityFacet | undefined {
  if (isSystemDatabase(r)) return undefined;
  const z = prop(r, 'zoneRedundant');
  const b = bool(z);
  return facet('Azure SQL database', b === undefined ? 'unknown' : b ? 'yes' : 'no', z, 'properties.zoneRedundant of the database');
}

function flexibleServer(label: string) {
  return (r: AzRecord): AvailabilityFacet => {
    const mode = prop(r, 'highAvailability.mode');
    const m = str(mode);
    return facet(label, m === undefined ? 'unknown' : lower(m) === 'zoneredundant' ? 'yes' : 'no', mode, 'properties.highAvailability.mode of the server');
  };
}

/** Top-level `zones` (gateways, caches, scale sets): two or more. A record that has the field but null is in no zone. */
function zonal(label: string) {
  return (r: AzRecord): AvailabilityFacet => {
    const z = field(r, 'zones');
    const zones = list(z);
    const present = Object.keys(r).some((k) => k.toLowerCase() === 'zones');
    const truth: Truth = zones ? (zones.length >= 2 ? 'yes' : 'no') : present ? 'no' : 'unknown';
    return facet(label, truth, z, 'the zones of the resource', zones ? `${zones.length} zone(s)` : present ? 'no zone' : undefined);
  };
}

/** AKS: the system node pool's `availabilityZones`. */
function aks(r: AzRecord): AvailabilityFacet {
  const pools = prop(r, 'agentPoolProfiles');
  const items = list(pools);
  const system = items?.find((p) => isObject(p) && lower(str(get(p, 'mode')) ?? '') === 'system') ?? items?.[0];
  if (!isObject(system)) return facet('AKS system node pool', 'unknown', pools, 'properties.agentPoolProfiles of the cluster');
  const zones = get(system, 'availabilityZones', pools.path);
  const n = list(zones)?.length ?? 0;
  return facet('AKS system node pool', n >= 2 ? 'yes' : 'no', zones, 'properties.agentPoolProfiles of the cluster', `${n} zone(s)`);
}

function storageAccount(r: AzRecord): AvailabilityFacet {
  const sku = field(r, 'sku.name');
  const s = str(sku);
  return facet('storage account', s === undefined ? 'unknown' : /ZRS$/i.test(s) ? 'yes' : 'no', sku, 'sku.name of the storage account');
}

type Builder = (r: AzRecord) => AvailabilityFacet | undefined;

export const AVAILABILITY_BUILDERS: Readonly<Record<string, Builder>> = {
  'microsoft.sql/servers/databases': sqlDatabase,
  'microsoft.dbforpostgresql/flexibleservers': flexibleServer('PostgreSQL flexible server'),
  'microsoft.dbformysql/flexibleservers': flexibleServer('MySQL flexible server'),
  'microsoft.network/applicationgateways': zonal('Application Gateway'),
  'microsoft.cache/redis': zonal('Azure Cache for Redis'),
  'microsoft.compute/virtualmachinescalesets': zonal('VM scale set'),
  'microsoft.containerservice/managedclusters': aks,
  'microsoft.storage/storageaccounts': storageAccount,
};
