import type { Evidence, StorageFacet, Truth } from '../../src/model/facets.js';
import { bool, children, ev, idOf, list, lower, prop, str, type AzRecord, type Details, type Got } from './records.js';

/**
 * Encryption at rest from ARM / Resource Graph records. Azure encrypts storage accounts, managed
 * disks, flexible servers, Cosmos DB and Log Analytics data at rest whatever the configuration
 * (platform-managed keys by default): for those only the key varies, and a missing key setting
 * leaves the key unknown, never "provider". What can be off is read, and missing is unknown:
 * SQL database TDE (a child resource Graph does not carry) and VM encryption at host.
 */

type Key = StorageFacet['key'];

function facet(service: string, encrypted: Truth, key: Key, evidence: Evidence[], settle?: string): StorageFacet {
  const out: StorageFacet = { service, encrypted, key: encrypted === 'no' ? 'none' : key, evidence };
  if (settle && (encrypted === 'unknown' || (encrypted === 'yes' && key === 'unknown'))) out.settle = settle;
  return out;
}

const ALWAYS = (what: string) => `${what} are always encrypted at rest by Azure`;

function storageAccount(r: AzRecord): StorageFacet {
  const source = prop(r, 'encryption.keySource');
  const infra = prop(r, 'encryption.requireInfrastructureEncryption');
  const s = str(source);
  const key: Key = s === undefined ? 'unknown' : /keyvault/i.test(s) ? 'customer' : lower(s) === 'microsoft.storage' ? 'provider' : 'unknown';
  const evidence = [ev(source, { safe: true, note: ALWAYS('storage accounts') })];
  if (infra.found) evidence.push(ev(infra));
  return facet('storage account', 'yes', key, evidence, 'properties.encryption.keySource of the storage account');
}

/** Managed disks and snapshots: `encryption.type` names the key; Azure Disk Encryption (BitLocker/DM-Crypt with Key Vault) also brings the customer's key. */
function disk(service: string) {
  return (r: AzRecord): StorageFacet => {
    const type = prop(r, 'encryption.type');
    const set = prop(r, 'encryption.diskEncryptionSetId');
    const ade = prop(r, 'encryptionSettingsCollection.enabled');
    const cvm = prop(r, 'securityProfile.secureVMDiskEncryptionSetId');
    const t = str(type);
    let key: Key = 'unknown';
    if (bool(ade) === true || str(cvm) !== undefined || (t !== undefined && /customerkey/i.test(t))) key = 'customer';
    else if (t !== undefined && /^EncryptionAtRestWithPlatformKey$/i.test(t)) key = 'provider';
    const evidence = [ev(type, { safe: true, note: ALWAYS('managed disks') })];
    if (set.found) evidence.push(ev(set));
    if (ade.found) evidence.push(ev(ade, { note: 'Azure Disk Encryption' }));
    return facet(service, 'yes', key, evidence, 'properties.encryption.type of the disk');
  };
}

/**
 * VMs and scale sets: managed disks are encrypted anyway; the temp disk and the host caches only
 * with encryption at host. ARM leaves `securityProfile.encryptionAtHost` out when it is off (the
 * default), so a record that shows the VM's configuration (its storage profile) and no flag is off;
 * a record without the configuration says nothing.
 */
function vm(base: string) {
  return (r: AzRecord): StorageFacet => {
    const at = (p: string) => prop(r, base ? `${base}.${p}` : p);
    const host = at('securityProfile.encryptionAtHost');
    const storageProfile = at('storageProfile');
    const set = at('storageProfile.osDisk.managedDisk.diskEncryptionSet.id');
    const configured = storageProfile.found;
    const flag = bool(host);
    const encrypted: Truth = flag === true ? 'yes' : flag === false || configured ? 'no' : 'unknown';
    const key: Key = str(set) !== undefined ? 'customer' : configured ? 'provider' : 'unknown';
    const evidence = [
      ev(host, { note: flag === undefined && configured ? 'not set: encryption at host is off by default; temp disks and host caches are not encrypted' : 'managed disks are encrypted by the platform; temp disks and host caches only with encryption at host' }),
    ];
    if (set.found) evidence.push(ev(set));
    return facet('VM host (temp disks and caches)', encrypted, key, evidence, 'properties.securityProfile.encryptionAtHost and the storage profile of the VM');
  };
}

export function isSystemDatabase(r: AzRecord): boolean {
  const id = idOf(r) ?? '';
  return /\/databases\/master$/i.test(id) || /(^|,)system(,|$)/i.test(str(prop(r, 'kind')) ?? String(r.kind ?? ''));
}

/** TDE state: `properties.state` (api-version 2021-11-01 and later) or `properties.status` (2014-04-01); `state` at the top level in `az sql db tde show`. */
function tdeState(tde: AzRecord): Got {
  const state = prop(tde, 'state');
  return state.found ? state : prop(tde, 'status');
}

/**
 * SQL databases: TDE is the child `transparentDataEncryption/current`, which Graph does not carry
 * (the live scan reads it with its own call). The key is the database's own encryption protector
 * (per-database customer key) or the server's `encryptionProtector/current` (`serverKeyType`
 * ServiceManaged or AzureKeyVault).
 */
function sqlDatabase(r: AzRecord, details: Details): StorageFacet | undefined {
  if (isSystemDatabase(r)) return undefined; // master: TDE does not apply to system databases, and it holds no customer data
  const tde = children(details, 'transparentdataencryption').items[0];
  const evidence: Evidence[] = [];
  let encrypted: Truth = 'unknown';
  if (tde) {
    const state = tdeState(tde);
    const s = str(state);
    encrypted = s === undefined ? 'unknown' : lower(s) === 'enabled' ? 'yes' : lower(s) === 'disabled' ? 'no' : 'unknown';
    evidence.push(ev({ ...state, path: `transparentDataEncryption/current.${state.path}` }, { safe: true, ...(idOf(tde) ? { from: idOf(tde)! } : {}) }));
  } else {
    evidence.push({ path: 'transparentDataEncryption/current', note: 'the TDE state of the database was not read' });
  }
  const own = prop(r, 'encryptionProtector');
  let key: Key = 'unknown';
  if (str(own) !== undefined) {
    key = 'customer';
    evidence.push(ev(own, { note: 'database-level customer-managed key' }));
  } else {
    const protector = children(details, 'encryptionprotector').items[0];
    if (protector) {
      const kind = prop(protector, 'serverKeyType');
      const k = str(kind);
      key = k === undefined ? 'unknown' : lower(k) === 'azurekeyvault' ? 'customer' : lower(k) === 'servicemanaged' ? 'provider' : 'unknown';
      evidence.push(ev({ ...kind, path: `encryptionProtector/current.${kind.path}` }, { safe: true, ...(idOf(protector) ? { from: idOf(protector)! } : {}) }));
    }
  }
  const settle =
    encrypted === 'unknown'
      ? 'the transparentDataEncryption/current child of the database (GET …/transparentDataEncryption/current?api-version=2021-11-01, or az sql db tde show)'
      : 'the TDE protector of the server (GET …/encryptionProtector/current, or az sql server tde-key show)';
  return facet('Azure SQL database', encrypted, key, evidence, settle);
}

/** Flexible servers: always encrypted; `dataEncryption.type` AzureKeyVault (customer key) or SystemManaged. */
function flexibleServer(service: string) {
  return (r: AzRecord): StorageFacet => {
    const type = prop(r, 'dataEncryption.type');
    const t = str(type);
    const key: Key = t === undefined ? 'unknown' : lower(t) === 'azurekeyvault' ? 'customer' : lower(t) === 'systemmanaged' ? 'provider' : 'unknown';
    return facet(service, 'yes', key, [ev(type, { safe: true, note: ALWAYS('flexible servers') })], 'properties.dataEncryption.type of the server');
  };
}

/** Single servers (retired): always encrypted; `byokEnforcement` says whether a customer key is in force. */
function singleServer(service: string) {
  return (r: AzRecord): StorageFacet => {
    const byok = prop(r, 'byokEnforcement');
    const infra = prop(r, 'infrastructureEncryption');
    const b = str(byok);
    const key: Key = b === undefined ? 'unknown' : lower(b) === 'enabled' ? 'customer' : lower(b) === 'disabled' ? 'provider' : 'unknown';
    const evidence = [ev(byok, { safe: true, note: ALWAYS('Azure Database servers') })];
    if (infra.found) evidence.push(ev(infra, { safe: true }));
    return facet(service, 'yes', key, evidence, 'properties.byokEnforcement of the server');
  };
}

function cosmosAccount(r: AzRecord): StorageFacet {
  const keyUri = prop(r, 'keyVaultKeyUri');
  const anchor = prop(r, 'databaseAccountOfferType');
  const key: Key = str(keyUri) !== undefined ? 'customer' : anchor.found ? 'provider' : 'unknown';
  return facet('Cosmos DB account', 'yes', key, [ev(keyUri, { note: ALWAYS('Cosmos DB accounts') })], 'properties.keyVaultKeyUri of the account');
}

/** Log Analytics: Microsoft keys unless linked to a dedicated cluster, whose own key (not read here) decides. */
function workspace(r: AzRecord): StorageFacet {
  const cluster = prop(r, 'features.clusterResourceId');
  const anchor = prop(r, 'retentionInDays');
  const key: Key = str(cluster) !== undefined ? 'unknown' : anchor.found ? 'provider' : 'unknown';
  return facet(
    'Log Analytics workspace',
    'yes',
    key,
    [ev(cluster, { note: str(cluster) ? 'linked to a dedicated cluster: its customer-managed key, if any, protects the data' : ALWAYS('Log Analytics workspaces') })],
    'the key of the dedicated Log Analytics cluster the workspace is linked to',
  );
}

/**
 * Event Hubs and Service Bus namespaces: messages are always encrypted at rest by the platform.
 * `encryption.keySource` Microsoft.KeyVault (with `keyVaultProperties[]`) brings the customer's
 * key; ARM leaves `encryption` out when the platform key is used (2021-11-01, 2024-01-01), so a
 * record that shows the namespace's properties (`serviceBusEndpoint`) without it has the
 * platform key, and a record without its properties says nothing of the key.
 */
function messagingNamespace(service: string) {
  return (r: AzRecord): StorageFacet => {
    const source = prop(r, 'encryption.keySource');
    const vaultKeys = list(prop(r, 'encryption.keyVaultProperties'));
    const anchor = prop(r, 'serviceBusEndpoint');
    const s = str(source);
    const key: Key =
      (s !== undefined && /keyvault/i.test(s)) || (vaultKeys?.length ?? 0) > 0 ? 'customer' : s !== undefined ? 'unknown' : anchor.found ? 'provider' : 'unknown';
    const note = s === undefined && anchor.found ? `not set: the platform-managed key; ${ALWAYS(`${service}s`)}` : ALWAYS(`${service}s`);
    return facet(service, 'yes', key, [ev(source, { safe: true, note })], `properties.encryption.keySource of the ${service}`);
  };
}

type Builder = (r: AzRecord, details: Details) => StorageFacet | undefined;

export const STORAGE_BUILDERS: Readonly<Record<string, Builder>> = {
  'microsoft.storage/storageaccounts': storageAccount,
  'microsoft.compute/disks': disk('managed disk'),
  'microsoft.compute/snapshots': disk('Disk snapshot'),
  'microsoft.compute/virtualmachines': vm(''),
  'microsoft.compute/virtualmachinescalesets': vm('virtualMachineProfile'),
  'microsoft.sql/servers/databases': sqlDatabase,
  'microsoft.dbforpostgresql/flexibleservers': flexibleServer('PostgreSQL flexible server'),
  'microsoft.dbformysql/flexibleservers': flexibleServer('MySQL flexible server'),
  'microsoft.dbforpostgresql/servers': singleServer('PostgreSQL server'),
  'microsoft.dbformysql/servers': singleServer('MySQL server'),
  'microsoft.documentdb/databaseaccounts': cosmosAccount,
  'microsoft.operationalinsights/workspaces': workspace,
  'microsoft.eventhub/namespaces': messagingNamespace('Event Hubs namespace'),
  'microsoft.servicebus/namespaces': messagingNamespace('Service Bus namespace'),
};
