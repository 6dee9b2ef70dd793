import type { Links } from '../../terraform/links.js';
import type { TfResource } from '../../terraform/tf-resource.js';
import { knownString, read, sameResourceGroup } from './values.js';

/**
 * Child resources that carry no `location` of their own live where their parent does: the
 * attribute that points at the parent (by id in azurerm 4.x, often by name + resource group in
 * 3.x) and the parent types it may point at.
 */
const PARENT_LINKS: Readonly<Record<string, ReadonlyArray<{ path: string; types: readonly string[]; byName?: boolean }>>> = {
  azurerm_mssql_database: [{ path: 'server_id', types: ['azurerm_mssql_server'] }],
  azurerm_mssql_failover_group: [{ path: 'server_id', types: ['azurerm_mssql_server'] }],
  azurerm_sql_database: [{ path: 'server_name', types: ['azurerm_sql_server', 'azurerm_mssql_server'], byName: true }],
  azurerm_postgresql_flexible_server_database: [{ path: 'server_id', types: ['azurerm_postgresql_flexible_server'] }],
  azurerm_mysql_flexible_database: [{ path: 'server_name', types: ['azurerm_mysql_flexible_server'], byName: true }],
  azurerm_postgresql_database: [{ path: 'server_name', types: ['azurerm_postgresql_server'], byName: true }],
  azurerm_mysql_database: [{ path: 'server_name', types: ['azurerm_mysql_server'], byName: true }],
  azurerm_storage_container: [
    { path: 'storage_account_id', types: ['azurerm_storage_account'] },
    { path: 'storage_account_name', types: ['azurerm_storage_account'], byName: true },
  ],
  azurerm_storage_share: [
    { path: 'storage_account_id', types: ['azurerm_storage_account'] },
    { path: 'storage_account_name', types: ['azurerm_storage_account'], byName: true },
  ],
  azurerm_storage_queue: [
    { path: 'storage_account_id', types: ['azurerm_storage_account'] },
    { path: 'storage_account_name', types: ['azurerm_storage_account'], byName: true },
  ],
  azurerm_storage_table: [
    { path: 'storage_account_id', types: ['azurerm_storage_account'] },
    { path: 'storage_account_name', types: ['azurerm_storage_account'], byName: true },
  ],
  azurerm_storage_blob: [{ path: 'storage_account_name', types: ['azurerm_storage_account'], byName: true }],
  azurerm_storage_data_lake_gen2_filesystem: [{ path: 'storage_account_id', types: ['azurerm_storage_account'] }],
  azurerm_cosmosdb_sql_database: [{ path: 'account_name', types: ['azurerm_cosmosdb_account'], byName: true }],
  azurerm_cosmosdb_mongo_database: [{ path: 'account_name', types: ['azurerm_cosmosdb_account'], byName: true }],
  azurerm_cosmosdb_sql_container: [{ path: 'account_name', types: ['azurerm_cosmosdb_account'], byName: true }],
  azurerm_key_vault_secret: [{ path: 'key_vault_id', types: ['azurerm_key_vault'] }],
  azurerm_key_vault_key: [{ path: 'key_vault_id', types: ['azurerm_key_vault'] }],
  azurerm_key_vault_certificate: [{ path: 'key_vault_id', types: ['azurerm_key_vault'] }],
  azurerm_kubernetes_cluster_node_pool: [{ path: 'kubernetes_cluster_id', types: ['azurerm_kubernetes_cluster'] }],
  azurerm_servicebus_queue: [
    { path: 'namespace_id', types: ['azurerm_servicebus_namespace'] },
    { path: 'namespace_name', types: ['azurerm_servicebus_namespace'], byName: true },
  ],
  azurerm_servicebus_topic: [
    { path: 'namespace_id', types: ['azurerm_servicebus_namespace'] },
    { path: 'namespace_name', types: ['azurerm_servicebus_namespace'], byName: true },
  ],
  // Its location is computed from the environment's.
  azurerm_container_app: [{ path: 'container_app_environment_id', types: ['azurerm_container_app_environment'] }],
  azurerm_eventhub: [
    { path: 'namespace_id', types: ['azurerm_eventhub_namespace'] },
    { path: 'namespace_name', types: ['azurerm_eventhub_namespace'], byName: true },
  ],
};

/** Types whose data lives in a parent this module knows how to find. */
export function hasParent(type: string): boolean {
  return Object.hasOwn(PARENT_LINKS, type);
}

/** The parent resource in the plan, when exactly one is found. */
export function parentOf(r: TfResource, links: Links): TfResource | undefined {
  for (const link of PARENT_LINKS[r.type] ?? []) {
    if (read(r, link.path).state === 'unset') continue;
    let found = links.targets(r, link.path, link.types);
    // A name only identifies a parent within its resource group.
    if (link.byName) found = found.filter((p) => sameResourceGroup(r, p));
    if (found.length === 1) return found[0];
    if (found.length > 1) return undefined;
  }
  return undefined;
}

/** The resource's own `location`, as the plan spells it. */
export function ownLocation(r: TfResource): string | undefined {
  return knownString(r, 'location');
}

/** The location of the resource, or of its parent when it has none (or only after apply). */
export function locationOf(r: TfResource, links: Links): { region: string | undefined; parent?: TfResource } {
  const own = ownLocation(r);
  if (own !== undefined || !hasParent(r.type)) return { region: own };
  const parent = parentOf(r, links);
  if (!parent) return { region: undefined };
  return { region: locationOf(parent, links).region, parent };
}

export function regionOf(r: TfResource, links: Links): string | undefined {
  return locationOf(r, links).region;
}
