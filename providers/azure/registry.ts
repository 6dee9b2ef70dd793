/**
 * The Azure facet registry: how each facet of each resource type is read from a Terraform plan
 * (azurerm, azuread, azapi) and from Azure's inventory (Resource Graph and ARM records, live or
 * exported). Adapters compute facets from here only; the coverage table is derived from it.
 */
import type { CloudRegistry } from '../../src/registry/cloud-registry.js';
import type { BuilderTable } from '../../src/registry/builder-table.js';
import type { PlanArgs } from '../terraform/builder-types.js';
import { PLAN_TABLES } from './plan/index.js';
import { SUBSCRIPTION_TYPE, subscriptionOf, typeOf, type AzRecord, type Details } from './records.js';
import { AVAILABILITY_BUILDERS } from './availability.js';
import { BACKUP_BUILDERS, VAULT_BUILDERS } from './backups.js';
import { defenderOnSubscription, DETECTION_BUILDERS, FLOW_LOG_BUILDERS, VULNERABILITY_BUILDERS } from './detection.js';
import { subscriptionMfa } from './identity.js';
import { KEY_BUILDERS, SECRET_STORE_BUILDERS } from './keys.js';
import { dataLocations } from './locations.js';
import { activityLog, activityLogExport, activityLogProtection, workspaceLogStore } from './logging.js';
import { ENDPOINT_BUILDERS, INGRESS_BUILDERS, ruleRecord } from './network.js';
import { SECRET_BUILDERS } from './secrets.js';
import { STORAGE_BUILDERS } from './storage.js';
import { TRANSIT_BUILDERS } from './transit.js';
import { PUBLIC_ACCESS_BUILDERS } from './public-access.js';

export { SUBSCRIPTION_TYPE };
export const RULE_TYPE = 'microsoft.network/networksecuritygroups/securityrules';

/** What a live-side builder is given: the record, and the records read beside it that describe it (its details). */
export type LiveArgs = readonly [r: AzRecord, details: Details];

/** The subscription carries what is set for the whole of it: MFA for administrators (Defender assessments), the activity-log export. */
const SUBSCRIPTION: BuilderTable<LiveArgs> = {
  identity: {
    [SUBSCRIPTION_TYPE]: (r, details) => {
      const sub = subscriptionOf(r);
      return sub ? subscriptionMfa(sub, details) : undefined;
    },
  },
  logStore: { [SUBSCRIPTION_TYPE]: (_r, details) => activityLog(details), 'microsoft.operationalinsights/workspaces': (r) => workspaceLogStore(r) },
  logProtection: { [SUBSCRIPTION_TYPE]: (_r, details) => activityLogProtection(details) },
  // Account-level controls (README): the activity log exported at all, a Defender plan on.
  auditTrail: { [SUBSCRIPTION_TYPE]: (_r, details) => activityLogExport(details) },
  detection: { [SUBSCRIPTION_TYPE]: (_r, details) => defenderOnSubscription(details) },
};

const LIVE_TABLES: readonly BuilderTable<LiveArgs>[] = [
  { storage: STORAGE_BUILDERS },
  { dataLocations: { '*': (r) => dataLocations(r, typeOf(r)) } },
  { ingress: { ...INGRESS_BUILDERS, [RULE_TYPE]: (r, details) => ruleRecord(r, details.siblings ?? []) }, adminEndpoint: ENDPOINT_BUILDERS },
  SUBSCRIPTION,
  { backup: BACKUP_BUILDERS, backupVault: VAULT_BUILDERS },
  { transit: TRANSIT_BUILDERS },
  { secretStore: SECRET_STORE_BUILDERS, key: KEY_BUILDERS },
  { plaintextSecrets: SECRET_BUILDERS },
  { detection: DETECTION_BUILDERS, vulnerabilityScan: VULNERABILITY_BUILDERS, flowLog: FLOW_LOG_BUILDERS },
  { availability: AVAILABILITY_BUILDERS },
  { publicAccess: PUBLIC_ACCESS_BUILDERS },
];

const WEB_SITE = 'microsoft.web/sites';
const WEB_SLOT = 'microsoft.web/sites/slots';
const VM = 'microsoft.compute/virtualmachines';
const SCALE_SET = 'microsoft.compute/virtualmachinescalesets';

export const AZURE_REGISTRY: CloudRegistry<PlanArgs, LiveArgs> = {
  cloud: 'azure',
  plan: PLAN_TABLES,
  live: LIVE_TABLES,
  twins: {
    azurerm_storage_account: 'microsoft.storage/storageaccounts',
    azurerm_managed_disk: 'microsoft.compute/disks',
    azurerm_virtual_machine: VM,
    azurerm_linux_virtual_machine: VM,
    azurerm_windows_virtual_machine: VM,
    azurerm_virtual_machine_extension: 'microsoft.compute/virtualmachines/extensions',
    azurerm_linux_virtual_machine_scale_set: SCALE_SET,
    azurerm_windows_virtual_machine_scale_set: SCALE_SET,
    azurerm_orchestrated_virtual_machine_scale_set: SCALE_SET,
    azurerm_virtual_machine_scale_set_extension: 'microsoft.compute/virtualmachinescalesets/extensions',
    azurerm_mssql_server: 'microsoft.sql/servers',
    azurerm_mssql_database: 'microsoft.sql/servers/databases',
    azurerm_postgresql_server: 'microsoft.dbforpostgresql/servers',
    azurerm_postgresql_flexible_server: 'microsoft.dbforpostgresql/flexibleservers',
    azurerm_mysql_server: 'microsoft.dbformysql/servers',
    azurerm_mysql_flexible_server: 'microsoft.dbformysql/flexibleservers',
    azurerm_cosmosdb_account: 'microsoft.documentdb/databaseaccounts',
    azurerm_redis_cache: 'microsoft.cache/redis',
    azurerm_data_lake_store: 'microsoft.datalakestore/accounts',
    azurerm_eventhub_namespace: 'microsoft.eventhub/namespaces',
    azurerm_servicebus_namespace: 'microsoft.servicebus/namespaces',
    azurerm_key_vault: 'microsoft.keyvault/vaults',
    azurerm_key_vault_key: 'microsoft.keyvault/vaults/keys',
    azurerm_key_vault_managed_hardware_security_module: 'microsoft.keyvault/managedhsms',
    azurerm_key_vault_managed_hardware_security_module_key: 'microsoft.keyvault/managedhsms/keys',
    azurerm_recovery_services_vault: 'microsoft.recoveryservices/vaults',
    azurerm_data_protection_backup_vault: 'microsoft.dataprotection/backupvaults',
    azurerm_log_analytics_workspace: 'microsoft.operationalinsights/workspaces',
    azurerm_monitor_diagnostic_setting: SUBSCRIPTION_TYPE,
    azurerm_security_center_subscription_pricing: 'microsoft.security/pricings',
    azurerm_network_security_group: 'microsoft.network/networksecuritygroups',
    azurerm_network_security_rule: 'microsoft.network/networksecuritygroups',
    azurerm_virtual_network: 'microsoft.network/virtualnetworks',
    azurerm_application_gateway: 'microsoft.network/applicationgateways',
    azurerm_kubernetes_cluster: 'microsoft.containerservice/managedclusters',
    azurerm_kubernetes_cluster_node_pool: 'microsoft.containerservice/managedclusters',
    azurerm_container_registry: 'microsoft.containerregistry/registries',
    azurerm_container_app: 'microsoft.app/containerapps',
    azurerm_container_group: 'microsoft.containerinstance/containergroups',
    azurerm_app_service: WEB_SITE,
    azurerm_function_app: WEB_SITE,
    azurerm_linux_web_app: WEB_SITE,
    azurerm_windows_web_app: WEB_SITE,
    azurerm_linux_function_app: WEB_SITE,
    azurerm_windows_function_app: WEB_SITE,
    azurerm_app_service_slot: WEB_SLOT,
    azurerm_function_app_slot: WEB_SLOT,
    azurerm_linux_web_app_slot: WEB_SLOT,
    azurerm_windows_web_app_slot: WEB_SLOT,
    azurerm_linux_function_app_slot: WEB_SLOT,
    azurerm_windows_function_app_slot: WEB_SLOT,
    azurerm_role_assignment: 'microsoft.authorization/roleassignments',
  },
};
