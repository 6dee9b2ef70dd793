import keyManagement from '../../policies/key-management.js';
import { describe, expect, it } from 'vitest';
import { check, judgePlan, planFacets, planStatus, refs, resultOf, RG } from '../helpers/plan-verdicts.js';
import { cryptoKey } from '../helpers/gcp-plan-fixtures.js';
import { type FixtureResource } from '../helpers/plan-builder.js';

import * as cfg from '../helpers/aws-fixtures.js';
import * as arm from '../helpers/azure-estate.js';
import * as asset from '../helpers/gcp-policy-estate.js';
import { describeTwins } from '../helpers/twins.js';

/** The key-management policy on each cloud's plans, and the same estate as a plan and as an inventory (twins). */

describe('AWS plans', () => {
  const key = (values: Record<string, unknown>, extra: Partial<FixtureResource> = {}): FixtureResource => ({
    address: 'aws_kms_key.data',
    values: { description: 'data', key_usage: 'ENCRYPT_DECRYPT', customer_master_key_spec: 'SYMMETRIC_DEFAULT', deletion_window_in_days: 30, is_enabled: true, multi_region: false, ...values },
    unknown: { arn: true, id: true, key_id: true, policy: true },
    ...extra,
  });

  it('passes yearly or faster rotation, fails no rotation or a longer period', () => {
    const yearly = check(keyManagement, [key({ enable_key_rotation: true, rotation_period_in_days: 365 })]).result('aws_kms_key.data');
    expect(yearly).toMatchObject({ status: 'pass', messageId: 'rotatesEvery', data: { key: 'KMS key', days: 365 } });
    expect(check(keyManagement, [key({ enable_key_rotation: true, rotation_period_in_days: 90 })]).status('aws_kms_key.data')).toBe('pass');
    expect(check(keyManagement, [key({ enable_key_rotation: true, rotation_period_in_days: 730 })]).result('aws_kms_key.data')).toMatchObject({ status: 'fail', messageId: 'rotationTooLong', data: { key: 'KMS key', days: 730, max: 365 } });
    const off = check(keyManagement, [key({ enable_key_rotation: false })]).result('aws_kms_key.data');
    expect(off).toMatchObject({ status: 'fail', messageId: 'noRotation', data: { key: 'KMS key' } });
    expect(check(keyManagement, [key({})]).status('aws_kms_key.data')).toBe('fail');
  });

  it('is unknown from a variable, not applicable to asymmetric and imported keys', () => {
    expect(check(keyManagement, [key({}, { unknown: { arn: true, id: true, enable_key_rotation: true }, expressions: { enable_key_rotation: refs('var.rotate') } })]).status('aws_kms_key.data')).toBe('unknown');
    const signing = check(keyManagement, [key({ key_usage: 'SIGN_VERIFY', customer_master_key_spec: 'RSA_2048' })]);
    expect(signing.status('aws_kms_key.data')).toBe('none');
    expect(signing.facets('aws_kms_key.data').key?.rotation).toBe('not-applicable');
    expect(check(keyManagement, [{ address: 'aws_kms_external_key.imported', values: { description: 'byok', enabled: true }, unknown: { arn: true, id: true } }]).status('aws_kms_external_key.imported')).toBe('none');
  });

  it('gives a replica key its primary key\'s rotation', () => {
    const primary = key({ enable_key_rotation: true, multi_region: true });
    const replica: FixtureResource = { address: 'aws_kms_replica_key.dr', values: { description: 'dr', enabled: true }, unknown: { arn: true, id: true, primary_key_arn: true }, expressions: { primary_key_arn: refs('aws_kms_key.data.arn', 'aws_kms_key.data') } };
    expect(check(keyManagement, [primary, replica]).status('aws_kms_replica_key.dr')).toBe('pass');
    expect(check(keyManagement, [{ ...replica, expressions: {} }]).status('aws_kms_replica_key.dr')).toBe('unknown');
  });
});

const vaultKey = (policy: unknown[] | undefined, unknown: Record<string, unknown> = {}, expressions: Record<string, unknown> = {}): FixtureResource => ({
  address: 'azurerm_key_vault_key.cmk',
  values: { name: 'cmk', key_type: 'RSA', key_size: 3072, key_opts: ['unwrapKey', 'wrapKey'], expiration_date: null, ...(policy ? { rotation_policy: policy } : { rotation_policy: [] }) },
  unknown: { id: true, key_vault_id: true, versionless_id: true, ...unknown },
  expressions,
});

describe('Azure plans: keys and vaults', () => {
  it('Key Vault keys rotate through an automatic rotation policy within 365 days', () => {
    expect(planStatus('key-management', [vaultKey([{ automatic: [{ time_after_creation: 'P90D', time_before_expiry: null }], expire_after: 'P1Y', notify_before_expiry: 'P29D' }])], 'azurerm_key_vault_key.cmk')).toBe('pass');
    // The shape of the corpus: rotate 30 days before a 90-day expiry (every 60 days).
    const corpus = judgePlan('key-management', [vaultKey([{ automatic: [{ time_after_creation: null, time_before_expiry: 'P30D' }], expire_after: 'P90D', notify_before_expiry: 'P29D' }])], 'azurerm_key_vault_key.cmk');
    expect(corpus.result).toMatchObject({ messageId: 'rotatesEvery', data: { days: 60 } });
    expect(judgePlan('key-management', [vaultKey([{ automatic: [{ time_after_creation: 'P2Y' }], expire_after: 'P3Y' }])], 'azurerm_key_vault_key.cmk').result).toMatchObject({ messageId: 'rotationTooLong', data: { days: 730, max: 365 } });
    expect(judgePlan('key-management', [vaultKey(undefined)], 'azurerm_key_vault_key.cmk').result).toMatchObject({ status: 'fail', messageId: 'noRotation', data: { key: 'Key Vault key' } });
    expect(planStatus('key-management', [vaultKey([{ automatic: [], expire_after: 'P1Y', notify_before_expiry: 'P30D' }])], 'azurerm_key_vault_key.cmk')).toBe('fail');
    expect(planStatus('key-management', [vaultKey(undefined, { rotation_policy: true }, { rotation_policy: [{ automatic: [{ time_after_creation: { references: ['var.rotate_after'] } }] }] })], 'azurerm_key_vault_key.cmk')).toBe('unknown');
  });

  it('Key Vaults: purge protection (off by default); soft delete always on since azurerm 3.0', () => {
    const kv = (values: Record<string, unknown>, unknown: Record<string, unknown> = {}, expressions: Record<string, unknown> = {}): FixtureResource => ({
      address: 'azurerm_key_vault.kv',
      values: { ...RG, name: 'kv-app', sku_name: 'standard', tenant_id: '00000000-0000-4000-8000-000000000002', soft_delete_retention_days: 90, enable_rbac_authorization: true, ...values },
      unknown: { id: true, vault_uri: true, ...unknown },
      expressions,
    });
    expect(planStatus('key-management', [kv({ purge_protection_enabled: true })], 'azurerm_key_vault.kv')).toBe('pass');
    expect(judgePlan('key-management', [kv({ purge_protection_enabled: null })], 'azurerm_key_vault.kv').result).toMatchObject({ messageId: 'vaultUnprotected', data: { missing: [{ messageId: 'purgeProtection' }] } });
    expect(judgePlan('key-management', [kv({ purge_protection_enabled: true, soft_delete_enabled: false })], 'azurerm_key_vault.kv').result).toMatchObject({ messageId: 'vaultUnprotected', data: { missing: [{ messageId: 'softDelete' }] } });
    expect(planStatus('key-management', [kv({}, { purge_protection_enabled: true }, { purge_protection_enabled: { references: ['var.purge_protection'] } })], 'azurerm_key_vault.kv')).toBe('unknown');
  });
});

describe('GCP plans: key rotation', () => {
  it('passes a symmetric key rotating every 90 days', () => {
    expect(resultOf(keyManagement, [cryptoKey('google_kms_crypto_key.data', {})], 'google_kms_crypto_key.data')).toMatchObject({ status: 'pass', messageId: 'rotatesEvery', data: { key: 'Cloud KMS key', days: 90 } });
  });

  it('fails a key that never rotates, or rotates less often than maxKeyRotationDays', () => {
    expect(resultOf(keyManagement, [cryptoKey('google_kms_crypto_key.data', { rotation_period: null })], 'google_kms_crypto_key.data')).toMatchObject({ status: 'fail', messageId: 'noRotation', data: { key: 'Cloud KMS key' } });
    expect(resultOf(keyManagement, [cryptoKey('google_kms_crypto_key.data', { rotation_period: '63072000s' })], 'google_kms_crypto_key.data')).toMatchObject({ status: 'fail', messageId: 'rotationTooLong', data: { days: 730, max: 365 } });
    expect(resultOf(keyManagement, [cryptoKey('google_kms_crypto_key.data', {})], 'google_kms_crypto_key.data', { maxKeyRotationDays: 30 })?.status).toBe('fail');
  });

  it('is unknown when the rotation period is known only after apply, and not applicable to asymmetric or MAC keys', () => {
    const later = cryptoKey('google_kms_crypto_key.data', {}, { unknown: { id: true, rotation_period: true }, expressions: { rotation_period: { references: ['var.rotation'] } } });
    delete (later.values as Record<string, unknown>).rotation_period;
    expect(resultOf(keyManagement, [later], 'google_kms_crypto_key.data')).toMatchObject({ status: 'unknown' });
    for (const purpose of ['ASYMMETRIC_SIGN', 'ASYMMETRIC_DECRYPT', 'MAC']) {
      const key = cryptoKey('google_kms_crypto_key.sign', { purpose, rotation_period: null });
      expect(planFacets([key], 'google_kms_crypto_key.sign').key?.rotation).toBe('not-applicable');
      expect(resultOf(keyManagement, [key], 'google_kms_crypto_key.sign')).toBeUndefined();
    }
  });
});

const kms = (values: Record<string, unknown>): FixtureResource => ({
  address: 'aws_kms_key.data',
  values: { description: 'data', key_usage: 'ENCRYPT_DECRYPT', customer_master_key_spec: 'SYMMETRIC_DEFAULT', deletion_window_in_days: 30, is_enabled: true, multi_region: false, ...values },
  unknown: { arn: true, id: true, key_id: true, policy: true },
});
const KEY = '0a0a0a0a-1111-4222-8333-000000000002';
const rotatedKey = (period?: number) => {
  const k = cfg.kmsKey({ id: KEY, manager: 'CUSTOMER', rotation: true });
  if (period) k.supplementaryConfiguration = { ...k.supplementaryConfiguration, RotationPeriodInDays: period };
  return k;
};

/** A Key Vault key as ARM returns it (2022-07-01 and later: the rotation policy on the key resource). */
const liveVaultKey = (rotationPolicy?: Record<string, unknown>) => ({
  id: `${arm.rg(arm.SUB_A, 'rg-app')}/providers/Microsoft.KeyVault/vaults/kv-app/keys/cmk`,
  name: 'cmk',
  type: 'Microsoft.KeyVault/vaults/keys',
  location: 'francecentral',
  properties: {
    attributes: { enabled: true, exportable: false, created: 1736935200, updated: 1736935200, recoveryLevel: 'Recoverable+Purgeable' },
    kty: 'RSA',
    keySize: 3072,
    keyOps: ['unwrapKey', 'wrapKey'],
    keyUri: 'https://kv-app.vault.azure.net/keys/cmk',
    keyUriWithVersion: 'https://kv-app.vault.azure.net/keys/cmk/0f1e2d3c4b5a69788796a5b4c3d2e1f0',
    ...(rotationPolicy ? { rotationPolicy } : {}),
  },
});
const notifyBeforeExpiry = { trigger: { timeBeforeExpiry: 'P30D' }, action: { type: 'notify' } };

describeTwins('key-management', [
  { name: 'a KMS key rotating every 365 days', cloud: 'aws', plan: [kms({ enable_key_rotation: true, rotation_period_in_days: 365 })], live: [rotatedKey(365)], at: { plan: 'aws_kms_key.data', live: `key/${KEY}` }, expect: { status: 'pass', messageId: 'rotatesEvery', data: { key: 'KMS key', days: 365 } } },
  { name: 'a KMS key that never rotates', cloud: 'aws', plan: [kms({ enable_key_rotation: false })], live: [cfg.kmsKey({ id: KEY, manager: 'CUSTOMER', rotation: false })], at: { plan: 'aws_kms_key.data', live: `key/${KEY}` }, expect: { status: 'fail', messageId: 'noRotation', data: { key: 'KMS key' } } },
  {
    // Disagreement: the plan reads `enable_key_rotation = true` without a period as AWS's default yearly rotation; a Config item without RotationPeriodInDays is left unknown.
    name: 'a KMS key rotating, its period not stated',
    cloud: 'aws',
    plan: [kms({ enable_key_rotation: true })],
    live: [rotatedKey()],
    at: { plan: 'aws_kms_key.data', live: `key/${KEY}` },
    expect: { plan: { status: 'pass' }, live: { status: 'unknown' } },
  },
  {
    name: 'a Cloud KMS key rotating every 90 days',
    cloud: 'gcp',
    plan: [cryptoKey('google_kms_crypto_key.data', { name: 'data', rotation_period: '7776000s' })],
    live: [asset.cryptoKey('hosting-prod', 'data', { rotationPeriod: '7776000s', nextRotationTime: '2025-08-04T08:00:00Z' })],
    at: { plan: 'google_kms_crypto_key.data', live: 'cryptoKeys/data' },
    expect: { status: 'pass', messageId: 'rotatesEvery', data: { days: 90 } },
  },
  {
    name: 'a Cloud KMS key that never rotates',
    cloud: 'gcp',
    plan: [cryptoKey('google_kms_crypto_key.data', { name: 'data', rotation_period: null })],
    live: [asset.cryptoKey('hosting-prod', 'data', {})],
    at: { plan: 'google_kms_crypto_key.data', live: 'cryptoKeys/data' },
    expect: { status: 'fail', messageId: 'noRotation' },
  },
  {
    name: 'a Key Vault key rotating 90 days after creation',
    cloud: 'azure',
    plan: [vaultKey([{ automatic: [{ time_after_creation: 'P90D', time_before_expiry: null }], expire_after: 'P1Y', notify_before_expiry: 'P30D' }])],
    live: [liveVaultKey({ lifetimeActions: [{ trigger: { timeAfterCreate: 'P90D' }, action: { type: 'rotate' } }, notifyBeforeExpiry], attributes: { expiryTime: 'P1Y' } })],
    at: { plan: 'azurerm_key_vault_key.cmk', live: 'keys/cmk' },
    expect: { status: 'pass', messageId: 'rotatesEvery', data: { key: 'Key Vault key', days: 90 } },
  },
  {
    name: 'a Key Vault key that only notifies before expiry',
    cloud: 'azure',
    plan: [vaultKey([{ automatic: [], expire_after: 'P1Y', notify_before_expiry: 'P30D' }])],
    live: [liveVaultKey({ lifetimeActions: [notifyBeforeExpiry], attributes: { expiryTime: 'P1Y' } })],
    at: { plan: 'azurerm_key_vault_key.cmk', live: 'keys/cmk' },
    expect: { status: 'fail', messageId: 'noRotation', data: { key: 'Key Vault key' } },
  },
  // The plan's rotation policy comes from a variable; the record lacks the policy (it is read from the vault's data plane).
  { name: 'a Key Vault key whose rotation policy is not known', cloud: 'azure', plan: [vaultKey(undefined, { rotation_policy: true }, { rotation_policy: [{ automatic: [{ time_after_creation: { references: ['var.rotate_after'] } }] }] })], live: [liveVaultKey()], at: { plan: 'azurerm_key_vault_key.cmk', live: 'keys/cmk' }, expect: { status: 'unknown', messageId: 'rotationUnknown', data: { key: 'Key Vault key' } } },
  {
    name: 'a Key Vault without purge protection',
    cloud: 'azure',
    plan: [{ address: 'azurerm_key_vault.kv', values: { ...RG, name: 'kv', tenant_id: '72f988bf-86f1-41af-91ab-2d7cd011db47', sku_name: 'standard', purge_protection_enabled: false, soft_delete_retention_days: 90 }, unknown: { id: true, vault_uri: true } }],
    live: [arm.keyVaultWith(arm.SUB_A, 'rg-app', 'kv', { softDelete: true, purgeProtection: false })],
    at: { plan: 'azurerm_key_vault.kv', live: 'vaults/kv' },
    expect: { status: 'fail', messageId: 'vaultUnprotected' },
  },
  {
    name: 'a Key Vault with soft delete and purge protection',
    cloud: 'azure',
    plan: [{ address: 'azurerm_key_vault.kv', values: { ...RG, name: 'kv', tenant_id: '72f988bf-86f1-41af-91ab-2d7cd011db47', sku_name: 'standard', purge_protection_enabled: true, soft_delete_retention_days: 90 }, unknown: { id: true, vault_uri: true } }],
    live: [arm.keyVaultWith(arm.SUB_A, 'rg-app', 'kv', { softDelete: true, purgeProtection: true })],
    at: { plan: 'azurerm_key_vault.kv', live: 'vaults/kv' },
    expect: { status: 'pass', messageId: 'vaultProtected' },
  },
]);
