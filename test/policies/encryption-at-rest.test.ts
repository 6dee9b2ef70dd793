import * as cfg from '../helpers/aws-fixtures.js';
import * as arm from '../helpers/azure-estate.js';
import { disk as gceDisk } from '../helpers/gcp-estate.js';
import { gcsBucket, sql } from '../helpers/gcp-plan-fixtures.js';
import * as asset from '../helpers/gcp-policy-estate.js';
import { refs, RG } from '../helpers/plan-verdicts.js';
import type { FixtureResource } from '../helpers/plan-builder.js';
import { describeTwins } from '../helpers/twins.js';

/** The encryption-at-rest policy: the same estate as a plan and as an inventory (twins). */

const CMK = { requireCustomerManagedKeys: true };

// ---- AWS ----

const KEY_ID = '0a0a0a0a-1111-4222-8333-00000000ebs1';
const kmsKey: FixtureResource = {
  address: 'aws_kms_key.data',
  values: { description: 'data', key_usage: 'ENCRYPT_DECRYPT', customer_master_key_spec: 'SYMMETRIC_DEFAULT', deletion_window_in_days: 30, enable_key_rotation: true, is_enabled: true, multi_region: false },
  unknown: { arn: true, id: true, key_id: true, policy: true },
};
const ebs = (encrypted: boolean, extra: Partial<FixtureResource> = {}): FixtureResource => ({ address: 'aws_ebs_volume.data', values: { availability_zone: 'eu-west-3a', size: 100, type: 'gp3', encrypted }, unknown: { arn: true, id: true, kms_key_id: true }, ...extra });
const s3: FixtureResource = { address: 'aws_s3_bucket.data', values: { bucket: 'acme-data', force_destroy: false, object_lock_enabled: false }, unknown: { arn: true, id: true } };
const s3Sse: FixtureResource = {
  address: 'aws_s3_bucket_server_side_encryption_configuration.data',
  values: { bucket: 'acme-data', expected_bucket_owner: null, rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: 'AES256', kms_master_key_id: null }], bucket_key_enabled: null }] },
  unknown: { id: true },
  expressions: { bucket: refs('aws_s3_bucket.data.id', 'aws_s3_bucket.data') },
};
const rdsFromVar: FixtureResource = {
  address: 'aws_db_instance.orders',
  values: { identifier: 'orders', engine: 'postgres', engine_version: '16.4', instance_class: 'db.m6g.large', allocated_storage: 100, backup_retention_period: 7, replicate_source_db: null },
  unknown: { arn: true, id: true, endpoint: true, storage_encrypted: true, kms_key_id: true },
  expressions: { storage_encrypted: refs('var.encrypt_storage') },
};
/** An RDS item as Config records it for an instance whose storage flag was not captured. */
const rdsWithoutFlag = () => cfg.rdsInstance({ id: 'orders' });

// ---- Azure ----

const storage = (extra: Record<string, unknown> = {}): FixtureResource => ({
  address: 'azurerm_storage_account.data',
  values: { ...RG, name: 'stdata', account_tier: 'Standard', account_replication_type: 'LRS', account_kind: 'StorageV2', infrastructure_encryption_enabled: true, customer_managed_key: [], ...extra },
  unknown: { id: true, primary_blob_endpoint: true, identity: [] },
});
const sqlServer: FixtureResource = {
  address: 'azurerm_mssql_server.sql',
  values: { ...RG, name: 'sql-app', version: '12.0', administrator_login: 'sqladmin', public_network_access_enabled: false, transparent_data_encryption_key_vault_key_id: null },
  unknown: { id: true, fully_qualified_domain_name: true },
};
const sqlDb = (tde: unknown, extra: Partial<FixtureResource> = {}): FixtureResource => ({
  address: 'azurerm_mssql_database.app',
  values: { name: 'app', storage_account_type: 'Geo', ...(tde === undefined ? {} : { transparent_data_encryption_enabled: tde }) },
  unknown: { id: true, server_id: true, sku_name: true, ...(tde === undefined ? { transparent_data_encryption_enabled: true } : {}) },
  expressions: { server_id: refs('azurerm_mssql_server.sql.id', 'azurerm_mssql_server.sql'), ...(tde === undefined ? { transparent_data_encryption_enabled: refs('var.tde') } : {}) },
  ...extra,
});
const azServer = arm.sqlServer(arm.SUB_A, 'rg-app', 'sql-app', { publicNetworkAccess: 'Disabled' });
const azDb = arm.sqlDatabase(arm.SUB_A, 'rg-app', 'sql-app', 'app', { backup: 'Geo' });
const vm = (host: boolean | null): FixtureResource => ({
  address: 'azurerm_linux_virtual_machine.web',
  values: {
    ...RG,
    name: 'vm-web',
    size: 'Standard_D4s_v5',
    admin_username: 'azureuser',
    encryption_at_host_enabled: host,
    os_disk: [{ caching: 'ReadWrite', storage_account_type: 'Premium_LRS', disk_encryption_set_id: null, secure_vm_disk_encryption_set_id: null }],
  },
  unknown: { id: true, os_disk: [{ disk_size_gb: true, name: true }] },
  sensitive: { admin_password: true, custom_data: true },
});
const des: FixtureResource = { address: 'azurerm_disk_encryption_set.des', values: { ...RG, name: 'des-app', encryption_type: 'EncryptionAtRestWithCustomerKey' }, unknown: { id: true, key_vault_key_id: true } };
const managedDisk: FixtureResource = {
  address: 'azurerm_managed_disk.data',
  values: { ...RG, name: 'vm-app-data', storage_account_type: 'Premium_LRS', create_option: 'Empty', disk_size_gb: 64 },
  unknown: { id: true, disk_encryption_set_id: true },
  expressions: { disk_encryption_set_id: refs('azurerm_disk_encryption_set.des.id', 'azurerm_disk_encryption_set.des') },
};

/** Event Hubs: the customer key is a separate resource pointing at the namespace; Service Bus: a `customer_managed_key` block. */
const eventhub: FixtureResource = {
  address: 'azurerm_eventhub_namespace.events',
  values: { ...RG, name: 'evh-app', sku: 'Premium', capacity: 1, local_authentication_enabled: false, minimum_tls_version: '1.2', public_network_access_enabled: false },
  unknown: { id: true, default_primary_key: true },
};
const kvKey: FixtureResource = { address: 'azurerm_key_vault_key.messages', values: { name: 'messages', key_type: 'RSA', key_size: 2048, key_opts: ['wrapKey', 'unwrapKey'] }, unknown: { id: true, key_vault_id: true, versionless_id: true } };
const eventhubKey: FixtureResource = {
  address: 'azurerm_eventhub_namespace_customer_managed_key.events',
  values: { infrastructure_encryption_enabled: false, user_assigned_identity_id: null },
  unknown: { id: true, eventhub_namespace_id: true, key_vault_key_ids: true },
  expressions: { eventhub_namespace_id: refs('azurerm_eventhub_namespace.events.id', 'azurerm_eventhub_namespace.events'), key_vault_key_ids: refs('azurerm_key_vault_key.messages.versionless_id', 'azurerm_key_vault_key.messages') },
};
const servicebus = (cmk: boolean): FixtureResource => ({
  address: 'azurerm_servicebus_namespace.bus',
  values: { ...RG, name: 'sb-app', sku: 'Premium', capacity: 1, premium_messaging_partitions: 1, local_auth_enabled: false, minimum_tls_version: '1.2', customer_managed_key: cmk ? [{ infrastructure_encryption_enabled: false }] : [] },
  unknown: { id: true, endpoint: true, ...(cmk ? { customer_managed_key: [{ key_vault_key_id: true, identity_id: true }] } : {}) },
});

// ---- GCP ----

const GCP_KEY = 'projects/hosting-prod/locations/europe-west9/keyRings/compute/cryptoKeys/disks';
const pd = (key: string | null): FixtureResource => ({
  address: 'google_compute_disk.data',
  values: { name: 'data-1', zone: 'europe-west9-a', type: 'pd-balanced', size: 50, project: 'hosting-prod', disk_encryption_key: key ? [{ kms_key_self_link: key, raw_key: null, rsa_encrypted_key: null }] : [] },
  unknown: { id: true, self_link: true, ...(key ? { disk_encryption_key: [{ sha256: true }] } : {}) },
});

/** Secret Manager: the key of each user-managed replica, or automatic replication's one key. */
const SECRET_KEY = 'projects/hosting-prod/locations/europe-west9/keyRings/secrets/cryptoKeys/db';
const tfSecret = (replication: unknown): FixtureResource => ({
  address: 'google_secret_manager_secret.db',
  values: { secret_id: 'db-password', project: 'hosting-prod', labels: {}, replication: [replication] },
  unknown: { id: true, name: true },
});
const cmek = (key: string | null) => (key ? [{ kms_key_name: key }] : []);

describeTwins('encryption-at-rest', [
  { name: 'an unencrypted EBS volume', cloud: 'aws', plan: [ebs(false)], live: [cfg.volume({ id: 'vol-0data', encrypted: false })], at: { plan: 'aws_ebs_volume.data', live: 'volume/vol-0data' }, expect: { status: 'fail', messageId: 'notEncrypted' } },
  {
    name: 'an EBS volume encrypted with a customer-managed KMS key, customer keys required',
    cloud: 'aws',
    plan: [kmsKey, ebs(true, { expressions: { kms_key_id: refs('aws_kms_key.data.arn', 'aws_kms_key.data') } })],
    live: [cfg.kmsKey({ id: KEY_ID, manager: 'CUSTOMER', rotation: true }), cfg.volume({ id: 'vol-0data', encrypted: true, kmsKeyId: cfg.keyArn(KEY_ID) })],
    at: { plan: 'aws_ebs_volume.data', live: 'volume/vol-0data' },
    settings: CMK,
    expect: { status: 'pass', messageId: 'customerKey', data: { service: 'EBS volume' } },
  },
  {
    name: 'an S3 bucket with SSE-S3 default encryption',
    cloud: 'aws',
    plan: [s3, s3Sse],
    live: [cfg.s3Bucket({ name: 'acme-data', sse: { algorithm: 'AES256' } })],
    at: { plan: 'aws_s3_bucket.data', live: ':::acme-data' },
    expect: { status: 'pass', messageId: 'providerKey', data: { service: 'S3 bucket' } },
  },
  {
    name: 'an S3 bucket with SSE-S3 default encryption, customer keys required',
    cloud: 'aws',
    plan: [s3, s3Sse],
    live: [cfg.s3Bucket({ name: 'acme-data', sse: { algorithm: 'AES256' } })],
    at: { plan: 'aws_s3_bucket.data', live: ':::acme-data' },
    settings: CMK,
    expect: { status: 'fail', messageId: 'providerKeyRefused', data: { service: 'S3 bucket' } },
  },
  {
    name: 'an MSK cluster with a customer-managed KMS key, customer keys required',
    cloud: 'aws',
    plan: [
      kmsKey,
      {
        address: 'aws_msk_cluster.events',
        values: { cluster_name: 'events', kafka_version: '3.6.0', number_of_broker_nodes: 3, broker_node_group_info: [{ instance_type: 'kafka.m5.large', client_subnets: ['subnet-0a1', 'subnet-0b2', 'subnet-0c3'] }], encryption_info: [{ encryption_in_transit: [{ client_broker: 'TLS', in_cluster: true }] }] },
        unknown: { arn: true, id: true, encryption_info: [{ encryption_at_rest_kms_key_arn: true }] },
        expressions: { encryption_info: [{ encryption_at_rest_kms_key_arn: refs('aws_kms_key.data.arn', 'aws_kms_key.data') }] },
      },
    ],
    live: [cfg.kmsKey({ id: KEY_ID, manager: 'CUSTOMER', rotation: true }), cfg.mskCluster({ name: 'events', kmsKeyId: cfg.keyArn(KEY_ID) })],
    at: { plan: 'aws_msk_cluster.events', live: 'cluster/events/6f1c2a7e-3b9d-4c1e-9a55-0d3e1b2c4f60-2' },
    settings: CMK,
    expect: { status: 'pass', messageId: 'customerKey', data: { service: 'MSK cluster' } },
  },
  // The plan sets the flag from a variable; the Config item lacks storageEncrypted: neither can tell.
  { name: 'an RDS instance whose encryption is not known', cloud: 'aws', plan: [rdsFromVar], live: [rdsWithoutFlag()], at: { plan: 'aws_db_instance.orders', live: 'db:orders' }, expect: { status: 'unknown', messageId: 'unverified', data: { service: 'RDS instance' } } },

  { name: 'a storage account with Microsoft-managed keys', cloud: 'azure', plan: [storage()], live: [arm.storageAccount(arm.SUB_A, 'rg-app', 'stdata')], at: { plan: 'azurerm_storage_account.data', live: 'storageAccounts/stdata' }, expect: { status: 'pass', messageId: 'providerKey', data: { service: 'storage account' } } },
  {
    name: 'a storage account with Microsoft-managed keys, customer keys required',
    cloud: 'azure',
    plan: [storage()],
    live: [arm.storageAccount(arm.SUB_A, 'rg-app', 'stdata')],
    at: { plan: 'azurerm_storage_account.data', live: 'storageAccounts/stdata' },
    settings: CMK,
    expect: { status: 'fail', messageId: 'providerKeyRefused', data: { service: 'storage account' } },
  },
  {
    name: 'a managed disk encrypted through a disk encryption set, customer keys required',
    cloud: 'azure',
    plan: [des, managedDisk],
    live: [arm.disk(arm.SUB_A, 'rg-app', 'vm-app-data', { cmk: true })],
    at: { plan: 'azurerm_managed_disk.data', live: 'disks/vm-app-data' },
    settings: CMK,
    expect: { status: 'pass', messageId: 'customerKey', data: { service: 'managed disk' } },
  },
  {
    name: 'an Azure SQL database with TDE off',
    cloud: 'azure',
    plan: [sqlServer, sqlDb(false)],
    live: [azServer, azDb, arm.tde(azDb.id as string, 'Disabled'), arm.protector(azServer.id as string, 'ServiceManaged')],
    at: { plan: 'azurerm_mssql_database.app', live: 'databases/app' },
    expect: { status: 'fail', messageId: 'notEncrypted', data: { service: 'Azure SQL database' } },
  },
  // The plan's TDE flag comes from a variable; the inventory has the database but not its TDE child.
  { name: 'an Azure SQL database whose TDE state is not known', cloud: 'azure', plan: [sqlServer, sqlDb(undefined)], live: [azServer, azDb], at: { plan: 'azurerm_mssql_database.app', live: 'databases/app' }, expect: { status: 'unknown', messageId: 'unverified', data: { service: 'Azure SQL database' } } },
  { name: 'a VM without encryption at host', cloud: 'azure', plan: [vm(false)], live: [arm.virtualMachine(arm.SUB_A, 'rg-app', 'vm-web', { encryptionAtHost: false })], at: { plan: 'azurerm_linux_virtual_machine.web', live: 'virtualMachines/vm-web' }, expect: { status: 'fail', messageId: 'notEncrypted' } },

  {
    name: 'an Event Hubs namespace with the platform key, customer keys required',
    cloud: 'azure',
    plan: [eventhub],
    live: [arm.messagingNamespace(arm.SUB_A, 'rg-app', 'EventHub', 'evh-app')],
    at: { plan: 'azurerm_eventhub_namespace.events', live: 'namespaces/evh-app' },
    settings: CMK,
    expect: { status: 'fail', messageId: 'providerKeyRefused', data: { service: 'Event Hubs namespace' } },
  },
  {
    name: 'an Event Hubs namespace with a Key Vault key, customer keys required',
    cloud: 'azure',
    plan: [eventhub, kvKey, eventhubKey],
    live: [arm.messagingNamespace(arm.SUB_A, 'rg-app', 'EventHub', 'evh-app', { cmk: true })],
    at: { plan: 'azurerm_eventhub_namespace.events', live: 'namespaces/evh-app' },
    settings: CMK,
    expect: { status: 'pass', messageId: 'customerKey', data: { service: 'Event Hubs namespace' } },
  },
  {
    name: 'a Service Bus namespace with the platform key',
    cloud: 'azure',
    plan: [servicebus(false)],
    live: [arm.messagingNamespace(arm.SUB_A, 'rg-app', 'ServiceBus', 'sb-app')],
    at: { plan: 'azurerm_servicebus_namespace.bus', live: 'namespaces/sb-app' },
    expect: { status: 'pass', messageId: 'providerKey', data: { service: 'Service Bus namespace' } },
  },
  {
    name: 'a Service Bus namespace with a Key Vault key, customer keys required',
    cloud: 'azure',
    plan: [servicebus(true)],
    live: [arm.messagingNamespace(arm.SUB_A, 'rg-app', 'ServiceBus', 'sb-app', { cmk: true })],
    at: { plan: 'azurerm_servicebus_namespace.bus', live: 'namespaces/sb-app' },
    settings: CMK,
    expect: { status: 'pass', messageId: 'customerKey', data: { service: 'Service Bus namespace' } },
  },

  {
    name: 'a bucket with Google-managed keys',
    cloud: 'gcp',
    plan: [gcsBucket('google_storage_bucket.docs', 'hosting-prod-docs')],
    live: [asset.bucket('hosting-prod', 'hosting-prod-docs', { location: 'EUROPE-WEST9', locationType: 'region' })],
    at: { plan: 'google_storage_bucket.docs', live: '/hosting-prod-docs' },
    expect: { status: 'pass', messageId: 'providerKey', data: { service: 'Cloud Storage bucket' } },
  },
  {
    name: 'a secret replicated to two regions, one replica without a Cloud KMS key, customer keys required',
    cloud: 'gcp',
    plan: [tfSecret({ auto: [], user_managed: [{ replicas: [{ location: 'europe-west9', customer_managed_encryption: cmek(SECRET_KEY) }, { location: 'europe-west1', customer_managed_encryption: cmek(null) }] }] })],
    live: [asset.secret('hosting-prod', 'db-password', { userManaged: { replicas: [{ location: 'europe-west9', customerManagedEncryption: { kmsKeyName: SECRET_KEY } }, { location: 'europe-west1' }] } })],
    at: { plan: 'google_secret_manager_secret.db', live: 'secrets/db-password' },
    settings: CMK,
    expect: { status: 'fail', messageId: 'providerKeyRefused', data: { service: 'Secret Manager secret' } },
  },
  {
    name: 'a secret with automatic replication under a Cloud KMS key, customer keys required',
    cloud: 'gcp',
    plan: [tfSecret({ auto: [{ customer_managed_encryption: cmek(SECRET_KEY) }], user_managed: [] })],
    live: [asset.secret('hosting-prod', 'db-password', { automatic: { customerManagedEncryption: { kmsKeyName: SECRET_KEY } } })],
    at: { plan: 'google_secret_manager_secret.db', live: 'secrets/db-password' },
    settings: CMK,
    expect: { status: 'pass', messageId: 'customerKey', data: { service: 'Secret Manager secret' } },
  },
  {
    name: 'a persistent disk with a Cloud KMS key, customer keys required',
    cloud: 'gcp',
    plan: [pd(GCP_KEY)],
    live: [gceDisk('hosting-prod', 'europe-west9-a', 'data-1', { diskEncryptionKey: { kmsKeyName: `${GCP_KEY}/cryptoKeyVersions/1` } })],
    at: { plan: 'google_compute_disk.data', live: 'disks/data-1' },
    settings: CMK,
    expect: { status: 'pass', messageId: 'customerKey', data: { service: 'Compute Engine disk' } },
  },
  {
    name: 'a persistent disk with Google-managed keys, customer keys required',
    cloud: 'gcp',
    plan: [pd(null)],
    live: [gceDisk('hosting-prod', 'europe-west9-a', 'data-1')],
    at: { plan: 'google_compute_disk.data', live: 'disks/data-1' },
    settings: CMK,
    expect: { status: 'fail', messageId: 'providerKeyRefused', data: { service: 'Compute Engine disk' } },
  },
  {
    name: 'a Cloud SQL instance with Google-managed keys, customer keys required',
    cloud: 'gcp',
    plan: [sql('google_sql_database_instance.db', {}, {}, { name: 'orders-db', encryption_key_name: null })],
    live: [asset.sqlInstance('hosting-prod', 'orders-db', 'europe-west9', { backupConfiguration: { enabled: true, startTime: '02:00', pointInTimeRecoveryEnabled: true } })],
    at: { plan: 'google_sql_database_instance.db', live: 'instances/orders-db' },
    settings: CMK,
    expect: { status: 'fail', messageId: 'providerKeyRefused', data: { service: 'Cloud SQL instance' } },
  },
]);
