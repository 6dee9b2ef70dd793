import type { AvailabilityFacet, Evidence, Truth } from '../../../src/model/facets.js';
import type { BuilderTable } from '../../terraform/builder-types.js';
import type { TfResource } from '../../terraform/tf-resource.js';
import { configuredStrings, ev, readBool, readEnum } from './values.js';

/**
 * Zone redundancy of Azure databases, gateways, clusters and storage. Judged only for resources
 * the configuration names (`highAvailability`).
 */

function facet(label: string, multiZone: Truth, evidence: Evidence[], settle: string): AvailabilityFacet {
  return { label, multiZone, evidence, ...(multiZone === 'unknown' ? { settle } : {}) };
}

/** SQL databases: `zone_redundant` (false by default, Optional+Computed). */
function mssqlDatabase(r: TfResource): AvailabilityFacet {
  const z = readBool(r, 'zone_redundant', false, false);
  return facet('Azure SQL database', z.truth, [ev(r, z.attr)], 'zone_redundant of the database once applied');
}

/** Flexible servers: `high_availability[0].mode` ZoneRedundant; SameZone keeps the standby in the same zone; no block, no standby. */
function flexibleServer(label: string) {
  return (r: TfResource): AvailabilityFacet => {
    const mode = readEnum(r, 'high_availability[0].mode', 'Disabled');
    const truth: Truth = mode.value === 'unknown' ? 'unknown' : mode.value !== undefined && /^zoneredundant$/i.test(mode.value) ? 'yes' : 'no';
    return facet(label, truth, [ev(r, mode.attr, { safe: true, ...(mode.defaulted ? { note: 'no high_availability block: no standby' } : {}) })], 'high_availability of the server once applied');
  };
}

/** Resources placed in zones by a `zones` list: two zones or more. */
function zonal(label: string, path = 'zones') {
  return (r: TfResource): AvailabilityFacet => {
    const zones = configuredStrings(r, path);
    const truth: Truth = zones === 'unknown' ? 'unknown' : zones.length >= 2 ? 'yes' : 'no';
    return facet(label, truth, [ev(r, path, { note: zones === 'unknown' ? 'known after apply' : `${zones.length} zone(s)` })], `${path} once applied`);
  };
}

/** Storage accounts: zone-redundant replication (ZRS, GZRS, RA-GZRS). */
function storageAccount(r: TfResource): AvailabilityFacet {
  const rep = readEnum(r, 'account_replication_type', undefined);
  const truth: Truth = rep.value === undefined || rep.value === 'unknown' ? 'unknown' : /ZRS$/i.test(rep.value) ? 'yes' : 'no';
  return facet('storage account', truth, [ev(r, rep.attr, { safe: true })], 'account_replication_type once applied');
}

export const AVAILABILITY: BuilderTable = {
  availability: {
    azurerm_mssql_database: mssqlDatabase,
    azurerm_postgresql_flexible_server: flexibleServer('PostgreSQL flexible server'),
    azurerm_mysql_flexible_server: flexibleServer('MySQL flexible server'),
    azurerm_application_gateway: zonal('Application Gateway'),
    azurerm_redis_cache: zonal('Azure Cache for Redis'),
    azurerm_kubernetes_cluster: zonal('AKS default node pool', 'default_node_pool[0].zones'),
    azurerm_kubernetes_cluster_node_pool: zonal('AKS node pool'),
    azurerm_linux_virtual_machine_scale_set: zonal('VM scale set'),
    azurerm_windows_virtual_machine_scale_set: zonal('VM scale set'),
    azurerm_storage_account: storageAccount,
  },
};
