import { anyOf, type Evidence, type StorageFacet, type Truth } from '../../../src/model/facets.js';
import type { BuildContext, BuilderTable } from '../../terraform/builder-types.js';
import type { Links } from '../../terraform/links.js';
import { configured, blocks, type TfResource } from '../../terraform/tf-resource.js';
import { parentOf } from './parents.js';
import { ev, evFrom, idSet, read, readBool } from './values.js';

/** Whether an optional nested block is present. */
function blockSet(r: TfResource, path: string): Truth {
  const b = blocks(r, path);
  if (b !== 'unknown') return b.length > 0 ? 'yes' : 'no';
  return configured(r, path) === 'no' ? 'no' : 'unknown';
}

interface KeyClue {
  truth: Truth;
  evidence: Evidence;
}

/** A customer-managed key when any clue says so; unknown when one could and none does. */
function keyOf(clues: readonly KeyClue[]): StorageFacet['key'] {
  if (clues.some((c) => c.truth === 'yes')) return 'customer';
  if (clues.some((c) => c.truth === 'unknown')) return 'unknown';
  return 'provider';
}

function relevant(clues: readonly KeyClue[]): Evidence[] {
  const set = clues.filter((c) => c.truth !== 'no');
  return (set.length ? set : clues).map((c) => c.evidence);
}

const KEY_SETTLE = 'the customer-managed key (Key Vault key or disk encryption set) once applied';

/** Services Azure always encrypts at rest (storage service encryption, platform-managed keys by default): only the key varies. */
function alwaysEncrypted(service: string, clues: readonly KeyClue[], extra: readonly Evidence[] = []): StorageFacet {
  const key = keyOf(clues);
  return { service, encrypted: 'yes', key, evidence: [...extra, ...relevant(clues)], ...(key === 'unknown' ? { settle: KEY_SETTLE } : {}) };
}

const KEY_TYPES = {
  key: ['azurerm_key_vault_key', 'azurerm_key_vault_managed_hardware_security_module_key'],
  diskSet: ['azurerm_disk_encryption_set'],
} as const;

/** A key or disk encryption set id; a reference to one in the plan counts as set (its id is only known after apply). */
function idClue(r: TfResource, path: string, links: Links, kind: keyof typeof KEY_TYPES): KeyClue {
  return { truth: idSet(r, path, links, KEY_TYPES[kind]), evidence: ev(r, path) };
}

function blockClue(r: TfResource, path: string): KeyClue {
  return { truth: blockSet(r, path), evidence: ev(r, path) };
}

/** The clue left when no key resource was found: the provider's key. */
function noKey(note: string): KeyClue {
  return { truth: 'no', evidence: { path: 'id', note } };
}

/** Each separate key resource pointing at `r` is a customer key (its own key id may still be unknown: it is a key either way). */
function companionClues(r: TfResource, links: Links, type: string, path: string): KeyClue[] {
  return links.sources(r, type, path).map((c) => ({ truth: 'yes' as const, evidence: evFrom(c, path, { note: `${type} points at this resource` }) }));
}

function storageAccount(r: TfResource, { links }: BuildContext): StorageFacet {
  // Storage service encryption cannot be turned off (since 2017); infrastructure encryption adds a second layer.
  return alwaysEncrypted(
    'storage account',
    [blockClue(r, 'customer_managed_key'), ...companionClues(r, links, 'azurerm_storage_account_customer_managed_key', 'storage_account_id')],
    [ev(r, 'infrastructure_encryption_enabled')],
  );
}

function managedDisk(r: TfResource, { links }: BuildContext): StorageFacet {
  // Managed disks are always encrypted by server-side encryption with platform-managed keys; a disk encryption set brings a customer key.
  return alwaysEncrypted('managed disk', [idClue(r, 'disk_encryption_set_id', links, 'diskSet'), idClue(r, 'secure_vm_disk_encryption_set_id', links, 'diskSet')]);
}

function virtualMachine(r: TfResource, { links }: BuildContext): StorageFacet {
  // Managed OS/data disks are encrypted at rest anyway; the rule also needs the temp disk and the host caches, which only
  // encryption at host covers. `encryption_at_host_enabled` null means false (the API default).
  const host = readBool(r, 'encryption_at_host_enabled', false);
  const key = keyOf([idClue(r, 'os_disk[0].disk_encryption_set_id', links, 'diskSet'), idClue(r, 'os_disk[0].secure_vm_disk_encryption_set_id', links, 'diskSet')]);
  const evidence = [
    ev(r, host.attr, { note: 'managed disks are encrypted by the platform; temp disks and host caches only with encryption at host' }),
    ev(r, 'os_disk[0].disk_encryption_set_id'),
  ];
  const out: StorageFacet = { service: 'VM host (temp disks and caches)', encrypted: host.truth, key, evidence };
  if (host.truth === 'unknown') out.settle = 'encryption_at_host_enabled once applied';
  else if (key === 'unknown') out.settle = KEY_SETTLE;
  return out;
}

function mssqlDatabase(r: TfResource, { links }: BuildContext): StorageFacet {
  // transparent_data_encryption_enabled defaults to true (azurerm 3.x and 4.x); the TDE protector is a server setting.
  const tde = readBool(r, 'transparent_data_encryption_enabled', true);
  const clues: KeyClue[] = [idClue(r, 'transparent_data_encryption_key_vault_key_id', links, 'key')];
  const server = parentOf(r, links);
  if (server) {
    clues.push({ ...idClue(server, 'transparent_data_encryption_key_vault_key_id', links, 'key'), evidence: evFrom(server, 'transparent_data_encryption_key_vault_key_id') });
    for (const t of links.sources(server, 'azurerm_mssql_server_transparent_data_encryption', 'server_id')) {
      // Without a key (Key Vault or managed HSM) the protector is the service-managed key.
      const truth = anyOf([idSet(t, 'key_vault_key_id', links, KEY_TYPES.key), idSet(t, 'managed_hsm_key_id', links, KEY_TYPES.key)]);
      clues.push({ truth, evidence: evFrom(t, 'key_vault_key_id') });
    }
  } else {
    clues.push({ truth: 'unknown', evidence: ev(r, 'server_id', { note: 'server not in the plan: its TDE protector is not visible' }) });
  }
  const key = keyOf(clues);
  const out: StorageFacet = { service: 'Azure SQL database', encrypted: tde.truth, key, evidence: [ev(r, tde.attr), ...relevant(clues)] };
  if (tde.truth === 'unknown') out.settle = 'transparent_data_encryption_enabled once applied';
  else if (key === 'unknown') out.settle = 'the TDE protector of the server (azurerm_mssql_server_transparent_data_encryption)';
  return out;
}

function flexibleServer(service: string) {
  // Flexible servers always encrypt storage and backups; customer_managed_key brings a Key Vault key.
  return (r: TfResource): StorageFacet => alwaysEncrypted(service, [blockClue(r, 'customer_managed_key')]);
}

function singleServer(service: string, keyType: string) {
  // Single servers (retired) always encrypt storage; infrastructure encryption doubles it; a server key resource brings a customer key.
  return (r: TfResource, { links }: BuildContext): StorageFacet =>
    alwaysEncrypted(service, companionClues(r, links, keyType, 'server_id'), [ev(r, 'infrastructure_encryption_enabled')]);
}

function cosmosAccount(r: TfResource, { links }: BuildContext): StorageFacet {
  return alwaysEncrypted('Cosmos DB account', [idClue(r, 'key_vault_key_id', links, 'key'), idClue(r, 'managed_hsm_key_id', links, 'key')]);
}

function redisCache(r: TfResource): StorageFacet {
  // Azure encrypts the cache's disks and persistence files with platform keys; Azure Cache for Redis offers no customer key for them.
  return { service: 'Azure Cache for Redis', encrypted: 'yes', key: 'provider', evidence: [ev(r, 'sku_name', { safe: true, note: 'encrypted by Azure with platform-managed keys' })] };
}

function servicebusNamespace(r: TfResource, { links }: BuildContext): StorageFacet {
  return alwaysEncrypted('Service Bus namespace', [
    blockClue(r, 'customer_managed_key'),
    ...companionClues(r, links, 'azurerm_servicebus_namespace_customer_managed_key', 'namespace_id'),
  ]);
}

function eventhubNamespace(r: TfResource, { links }: BuildContext): StorageFacet {
  const clues = companionClues(r, links, 'azurerm_eventhub_namespace_customer_managed_key', 'eventhub_namespace_id');
  return alwaysEncrypted('Event Hubs namespace', clues.length ? clues : [noKey('no azurerm_eventhub_namespace_customer_managed_key in the plan')]);
}

function dataLakeStore(r: TfResource): StorageFacet {
  // Data Lake Storage Gen1: encryption_state defaults to Enabled, encryption_type to ServiceManaged.
  const state = read(r, 'encryption_state');
  const encrypted: Truth = state.state === 'unknown' ? 'unknown' : state.state === 'known' && state.value === 'Disabled' ? 'no' : 'yes';
  const type = read(r, 'encryption_type');
  const key: StorageFacet['key'] =
    encrypted === 'no' ? 'none' : type.state === 'unknown' ? 'unknown' : type.state === 'known' && type.value === 'UserManaged' ? 'customer' : 'provider';
  const out: StorageFacet = { service: 'Data Lake Store', encrypted, key, evidence: [ev(r, state, { safe: true }), ev(r, type, { safe: true })] };
  if (encrypted === 'unknown' || key === 'unknown') out.settle = 'encryption_state and encryption_type once applied';
  return out;
}

function recoveryVault(r: TfResource, { links }: BuildContext): StorageFacet {
  // Backup data is always encrypted; an `encryption` block brings a Key Vault key.
  return alwaysEncrypted('Recovery Services vault', [idClue(r, 'encryption[0].key_id', links, 'key')], [ev(r, 'encryption[0].infrastructure_encryption_enabled')]);
}

function logWorkspace(r: TfResource, { links }: BuildContext): StorageFacet {
  // Workspace data is encrypted with Microsoft keys; a customer key needs a dedicated cluster with a key, linked through a linked service.
  const clues: KeyClue[] = [];
  for (const ls of links.sources(r, 'azurerm_log_analytics_linked_service', 'workspace_id')) {
    if (read(ls, 'read_access_id').state === 'known') continue; // an automation account link, not a cluster
    const clusters = links.targets(ls, 'write_access_id', ['azurerm_log_analytics_cluster']);
    if (!clusters.length) {
      clues.push({ truth: idSet(ls, 'write_access_id') === 'no' ? 'no' : 'unknown', evidence: evFrom(ls, 'write_access_id', { note: 'cluster not in the plan' }) });
      continue;
    }
    for (const c of clusters) {
      const keys = links.sources(c, 'azurerm_log_analytics_cluster_customer_managed_key', 'log_analytics_cluster_id');
      clues.push({
        truth: keys.length ? 'yes' : 'no',
        evidence: keys.length ? evFrom(keys[0]!, 'key_vault_key_id') : evFrom(c, 'id', { note: 'dedicated cluster without customer-managed key' }),
      });
    }
  }
  return alwaysEncrypted('Log Analytics workspace', clues.length ? clues : [noKey('not linked to a dedicated cluster with a customer-managed key')]);
}

export const STORAGE: BuilderTable = {
  storage: {
    azurerm_storage_account: storageAccount,
    azurerm_managed_disk: managedDisk,
    azurerm_linux_virtual_machine: virtualMachine,
    azurerm_windows_virtual_machine: virtualMachine,
    azurerm_linux_virtual_machine_scale_set: virtualMachine,
    azurerm_windows_virtual_machine_scale_set: virtualMachine,
    azurerm_mssql_database: mssqlDatabase,
    azurerm_postgresql_flexible_server: flexibleServer('PostgreSQL flexible server'),
    azurerm_mysql_flexible_server: flexibleServer('MySQL flexible server'),
    azurerm_postgresql_server: singleServer('PostgreSQL server', 'azurerm_postgresql_server_key'),
    azurerm_mysql_server: singleServer('MySQL server', 'azurerm_mysql_server_key'),
    azurerm_cosmosdb_account: cosmosAccount,
    azurerm_redis_cache: redisCache,
    azurerm_servicebus_namespace: servicebusNamespace,
    azurerm_eventhub_namespace: eventhubNamespace,
    azurerm_data_lake_store: dataLakeStore,
    azurerm_recovery_services_vault: recoveryVault,
    azurerm_log_analytics_workspace: logWorkspace,
  },
};
