import { describe, expect, it } from 'vitest';
import dataResidency from '../../policies/data-residency.js';
import type { DataLocation } from '../../src/model/facets.js';
import { renderResult } from '../../src/policy/messages.js';
import { RuleTester, runPolicy, testResource } from '../../src/policy/tester.js';
import * as cfg from '../helpers/aws-fixtures.js';
import * as arm from '../helpers/azure-estate.js';
import { gcsBucket, sql } from '../helpers/gcp-plan-fixtures.js';
import * as asset from '../helpers/gcp-policy-estate.js';
import { RG } from '../helpers/plan-verdicts.js';
import type { FixtureResource } from '../helpers/plan-builder.js';
import { describeTwins } from '../helpers/twins.js';

/**
 * The data-residency policy on each kind of location (allowed, forbidden, global, and the reasons a
 * location stays unknown), and the same estate as a plan and as an inventory (twins).
 */
const at = (...locations: Array<[DataLocation['role'], string | undefined]>) => ({
  facets: { dataLocations: { locations: locations.map(([role, region]) => ({ role, region, evidence: { path: 'region', value: region ?? null } })) } },
});
const role = (r: string) => ({ messageId: `role${r.charAt(0).toUpperCase()}${r.slice(1)}` });
const unknownPlace = (r: string, cause: string, data: Record<string, string>) => ({ messageId: 'unknownPlace', data: { role: role(r), cause: { messageId: cause, data } } });

RuleTester.describe = describe;
RuleTester.it = it;

new RuleTester().run(dataResidency, {
  pass: [
    { resource: at(['primary', 'eu-west-3']), messageId: 'inside', data: { profile: { messageId: 'inEuAdequate' }, places: [{ messageId: 'place', data: { role: role('primary'), region: 'eu-west-3', countries: ' (FR)' } }] } },
    { resource: at(['primary', 'eu-west-3']), settings: { residency: 'fr' }, messageId: 'inside', data: { profile: { messageId: 'inFrance' } } },
  ],
  fail: [
    {
      resource: at(['primary', 'eu-west-3'], ['replica', 'us-east-1']),
      messageId: 'outside',
      data: { profile: { messageId: 'outsideEuAdequate' }, places: [{ messageId: 'place', data: { role: role('replica'), region: 'us-east-1', countries: ' (US)' } }] },
    },
    { resource: at(['backup', 'eu-central-1']), settings: { residency: 'fr' }, messageId: 'outside', data: { profile: { messageId: 'outsideFrance' } } },
    { resource: { provider: 'gcp', ...at(['primary', 'global']) }, messageId: 'outside', data: { places: [{ messageId: 'globalPlace', data: { role: role('primary'), region: 'global' } }] } },
  ],
  unknown: [
    { resource: at(['primary', undefined]), messageId: 'unverified', data: { causes: [unknownPlace('primary', 'causeNoLocation', { location: '' })] } },
    { resource: at(['primary', 'Multiple Availability Zones']), messageId: 'unverified', data: { causes: [unknownPlace('primary', 'causeZonePlaceholder', { location: 'Multiple Availability Zones' })] } },
    { resource: at(['primary', 'mars-north-1']), messageId: 'unverified', data: { causes: [unknownPlace('primary', 'causeUnrecognised', { location: 'mars-north-1' })] } },
    // A Local Zone is named after its parent region, but may be in another country: the parent is a clue, given with its country.
    { resource: at(['replica', 'eu-central-1-ham-1a']), messageId: 'unverified', data: { causes: [unknownPlace('replica', 'causeEdgeZone', { location: 'eu-central-1-ham-1a', parent: 'eu-central-1 (DE)' })] } },
  ],
  notApplicable: [{ resource: { facets: {} } }, { resource: at() }],
});

describe('data-residency messages', () => {
  it('names the parent region of a Local Zone in English and French', () => {
    const resource = testResource(at(['replica', 'eu-central-1-ham-1a']));
    const result = runPolicy(dataResidency, [resource]).get(resource.id)!;
    expect(renderResult(dataResidency.meta, result, 'en')).toContain('"eu-central-1-ham-1a" is an AWS Local or Wavelength Zone of eu-central-1 (DE)');
    expect(renderResult(dataResidency.meta, result, 'fr')).toContain('« eu-central-1-ham-1a » est une Local ou Wavelength Zone AWS rattachée à eu-central-1 (DE)');
  });
});

const place = (r: string, region: string, countries: string) => ({ messageId: 'place', data: { role: role(r), region, countries } });
const INSIDE = { messageId: 'inEuAdequate' };
const OUTSIDE = { messageId: 'outsideEuAdequate' };

const bucket: FixtureResource = { address: 'aws_s3_bucket.audit', values: { bucket: 'audit-logs', force_destroy: false }, unknown: { arn: true, id: true } };
const inRegion = (region: string) => ({ providers: { aws: { name: 'aws', expressions: { region: { constant_value: region } } } } });
const replication: FixtureResource = {
  address: 'aws_s3_bucket_replication_configuration.audit',
  values: { role: 'arn:aws:iam::111122223333:role/s3-replication', rule: [{ id: 'dr', status: 'Enabled', priority: null, prefix: '', filter: [], delete_marker_replication: [], destination: [{ bucket: 'arn:aws:s3:::audit-logs-dr', storage_class: 'STANDARD', account: null, encryption_configuration: [], replication_time: [], metrics: [], access_control_translation: [] }], source_selection_criteria: [], existing_object_replication: [] }], token: null },
  unknown: { id: true, bucket: true },
  expressions: { bucket: { references: ['aws_s3_bucket.audit.id', 'aws_s3_bucket.audit'] } },
};
const table: FixtureResource = {
  address: 'aws_dynamodb_table.sessions',
  values: { name: 'sessions', billing_mode: 'PAY_PER_REQUEST', hash_key: 'pk', stream_enabled: true, stream_view_type: 'NEW_AND_OLD_IMAGES', replica: [{ region_name: 'us-east-1', kms_key_arn: null, point_in_time_recovery: false, propagate_tags: false }], point_in_time_recovery: [{ enabled: true }], server_side_encryption: [] },
  unknown: { arn: true, id: true, stream_arn: true, replica: [{ arn: true, stream_arn: true }] },
};

const storage = (location: string, replication: string): FixtureResource => ({
  address: 'azurerm_storage_account.data',
  values: { ...RG, location, name: 'stdata', account_tier: 'Standard', account_replication_type: replication, account_kind: 'StorageV2', customer_managed_key: [] },
  unknown: { id: true, primary_blob_endpoint: true, primary_location: true, secondary_location: true, identity: [] },
});
const vault: FixtureResource = { address: 'azurerm_key_vault.kv', values: { ...RG, location: 'westus', name: 'kv-app', sku_name: 'standard', tenant_id: arm.TENANT, purge_protection_enabled: true }, unknown: { id: true, vault_uri: true } };

const cloudSql = (backupLocation: string) => sql('google_sql_database_instance.db', { backup_configuration: [{ enabled: true, location: backupLocation, point_in_time_recovery_enabled: true }] }, {}, { name: 'orders-db' });

describeTwins('data-residency', [
  { name: 'a bucket in Paris', cloud: 'aws', plan: [bucket], planOptions: inRegion('eu-west-3'), live: [cfg.s3Bucket({ name: 'audit-logs' })], at: { plan: 'aws_s3_bucket.audit', live: ':::audit-logs' }, expect: { status: 'pass', messageId: 'inside' } },
  { name: 'a bucket in North Virginia', cloud: 'aws', plan: [bucket], planOptions: inRegion('us-east-1'), live: [cfg.s3Bucket({ name: 'audit-logs', region: 'us-east-1' })], at: { plan: 'aws_s3_bucket.audit', live: ':::audit-logs' }, expect: { status: 'fail', messageId: 'outside' } },
  // The replica bucket is neither in the plan nor in the inventory: where the copy lives cannot be told.
  {
    name: 'a bucket in Paris replicating to a bucket seen nowhere',
    cloud: 'aws',
    plan: [bucket, replication],
    planOptions: inRegion('eu-west-3'),
    live: [cfg.s3Bucket({ name: 'audit-logs', replicateTo: ['audit-logs-dr'] })],
    at: { plan: 'aws_s3_bucket.audit', live: ':::audit-logs' },
    expect: { status: 'unknown', messageId: 'unverified', data: { causes: [{ messageId: 'unknownPlace', data: { role: role('replica'), cause: { messageId: 'causeNoLocation' } } }] } },
  },
  {
    name: 'a DynamoDB global table in Paris with a replica in North Virginia',
    cloud: 'aws',
    plan: [table],
    planOptions: inRegion('eu-west-3'),
    live: [cfg.dynamoTable({ name: 'sessions', replicas: ['us-east-1'] })],
    at: { plan: 'aws_dynamodb_table.sessions', live: 'table/sessions' },
    expect: { status: 'fail', messageId: 'outside', data: { profile: OUTSIDE, places: [place('replica', 'us-east-1', ' (US)')] } },
  },

  {
    name: 'a geo-redundant storage account in France Central (secondary France South)',
    cloud: 'azure',
    plan: [storage('francecentral', 'GRS')],
    live: [arm.storageAccount(arm.SUB_A, 'rg-app', 'stdata', { sku: 'Standard_GRS' })],
    at: { plan: 'azurerm_storage_account.data', live: 'storageAccounts/stdata' },
    expect: { status: 'pass', messageId: 'inside', data: { profile: INSIDE, places: [place('primary', 'francecentral', ' (FR)'), place('secondary', 'francesouth', ' (FR)')] } },
  },
  {
    name: 'a geo-redundant storage account in East US (secondary West US)',
    cloud: 'azure',
    plan: [storage('eastus', 'RAGRS')],
    live: [arm.storageAccount(arm.SUB_A, 'rg-app', 'stdata', { location: 'eastus', sku: 'Standard_RAGRS', secondary: 'westus' })],
    at: { plan: 'azurerm_storage_account.data', live: 'storageAccounts/stdata' },
    expect: { status: 'fail', messageId: 'outside', data: { profile: OUTSIDE, places: [place('primary', 'eastus', ' (US)'), place('secondary', 'westus', ' (US)')] } },
  },
  {
    name: 'an Event Hubs namespace in West US (it keeps the messages)',
    cloud: 'azure',
    plan: [{ address: 'azurerm_eventhub_namespace.events', values: { ...RG, location: 'westus', name: 'evh-app', sku: 'Standard', capacity: 1 }, unknown: { id: true } }],
    live: [arm.messagingNamespace(arm.SUB_A, 'rg-app', 'EventHub', 'evh-app', { location: 'westus' })],
    at: { plan: 'azurerm_eventhub_namespace.events', live: 'namespaces/evh-app' },
    expect: { status: 'fail', messageId: 'outside', data: { places: [place('primary', 'westus', ' (US)')] } },
  },
  {
    name: 'a Service Bus namespace in France Central',
    cloud: 'azure',
    plan: [{ address: 'azurerm_servicebus_namespace.bus', values: { ...RG, name: 'sb-app', sku: 'Standard', customer_managed_key: [] }, unknown: { id: true, endpoint: true } }],
    live: [arm.messagingNamespace(arm.SUB_A, 'rg-app', 'ServiceBus', 'sb-app')],
    at: { plan: 'azurerm_servicebus_namespace.bus', live: 'namespaces/sb-app' },
    expect: { status: 'pass', messageId: 'inside', data: { places: [place('primary', 'francecentral', ' (FR)')] } },
  },
  { name: 'a Key Vault in West US', cloud: 'azure', plan: [vault], live: [arm.keyVault(arm.SUB_A, 'rg-app', 'kv-app', 'westus')], at: { plan: 'azurerm_key_vault.kv', live: 'vaults/kv-app' }, expect: { status: 'fail', messageId: 'outside', data: { places: [place('primary', 'westus', ' (US)')] } } },

  // Automatic replication replicates the payload "without any restrictions" (Secret Manager API): any country, so not EU-only.
  {
    name: 'a secret with automatic replication (global)',
    cloud: 'gcp',
    plan: [{ address: 'google_secret_manager_secret.db', values: { secret_id: 'db-password', project: 'hosting-prod', replication: [{ auto: [{ customer_managed_encryption: [] }], user_managed: [] }] }, unknown: { id: true, name: true } }],
    live: [asset.secret('hosting-prod', 'db-password', { automatic: {} })],
    at: { plan: 'google_secret_manager_secret.db', live: 'secrets/db-password' },
    expect: { status: 'fail', messageId: 'outside', data: { places: [{ messageId: 'globalPlace' }] } },
  },
  {
    name: 'a secret replicated to Paris and Belgium',
    cloud: 'gcp',
    plan: [{ address: 'google_secret_manager_secret.db', values: { secret_id: 'db-password', project: 'hosting-prod', replication: [{ auto: [], user_managed: [{ replicas: [{ location: 'europe-west9', customer_managed_encryption: [] }, { location: 'europe-west1', customer_managed_encryption: [] }] }] }] }, unknown: { id: true, name: true } }],
    live: [asset.secret('hosting-prod', 'db-password', { userManaged: { replicas: [{ location: 'europe-west9' }, { location: 'europe-west1' }] } })],
    at: { plan: 'google_secret_manager_secret.db', live: 'secrets/db-password' },
    expect: { status: 'pass', messageId: 'inside' },
  },
  {
    name: 'a bucket in Paris',
    cloud: 'gcp',
    plan: [gcsBucket('google_storage_bucket.docs', 'hosting-prod-docs')],
    live: [asset.bucket('hosting-prod', 'hosting-prod-docs', { location: 'EUROPE-WEST9', locationType: 'region' })],
    at: { plan: 'google_storage_bucket.docs', live: '/hosting-prod-docs' },
    expect: { status: 'pass', messageId: 'inside', data: { profile: INSIDE } },
  },
  {
    name: 'a bucket in the US multi-region',
    cloud: 'gcp',
    plan: [gcsBucket('google_storage_bucket.exports', 'hosting-prod-exports', { location: 'US' })],
    live: [asset.bucket('hosting-prod', 'hosting-prod-exports', { location: 'US', locationType: 'multi-region' })],
    at: { plan: 'google_storage_bucket.exports', live: '/hosting-prod-exports' },
    expect: { status: 'fail', messageId: 'outside', data: { profile: OUTSIDE } },
  },
  {
    name: 'Cloud SQL in Paris keeping its backups in the US',
    cloud: 'gcp',
    plan: [cloudSql('us')],
    live: [asset.sqlInstance('hosting-prod', 'orders-db', 'europe-west9', { backupConfiguration: { enabled: true, location: 'us', startTime: '02:00', pointInTimeRecoveryEnabled: true } })],
    at: { plan: 'google_sql_database_instance.db', live: 'instances/orders-db' },
    expect: { status: 'fail', messageId: 'outside', data: { profile: OUTSIDE, places: [{ messageId: 'place', data: { role: role('backup'), region: 'us' } }] } },
  },
]);
