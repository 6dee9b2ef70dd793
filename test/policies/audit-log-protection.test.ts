import auditLogProtection from '../../policies/audit-log-protection.js';
import { describe, expect, it } from 'vitest';
import { check, idRefs, judgePlan, planFacets, planStatus, refs, resultOf, RG } from '../helpers/plan-verdicts.js';
import { bucketConfig, gcsBucket, sink } from '../helpers/gcp-plan-fixtures.js';
import { type FixtureResource } from '../helpers/plan-builder.js';
import * as cfg from '../helpers/aws-fixtures.js';
import * as arm from '../helpers/azure-estate.js';
import * as asset from '../helpers/gcp-policy-estate.js';
import { describeTwins } from '../helpers/twins.js';

/** The audit-log-protection policy on each cloud's plans, and the same estate as a plan and as an inventory (twins). */

const trail = (values: Record<string, unknown>, expressions: Record<string, unknown> = {}): FixtureResource => ({
  address: 'aws_cloudtrail.main',
  values: { name: 'main', s3_bucket_name: 'acme-trail', enable_log_file_validation: true, is_multi_region_trail: true, kms_key_id: 'arn:aws:kms:eu-west-3:111122223333:key/c0ffee00', ...values },
  unknown: { arn: true, id: true },
  expressions: { s3_bucket_name: refs('aws_s3_bucket.trail.id', 'aws_s3_bucket.trail'), ...expressions },
});
const bucket = (lock: boolean): FixtureResource => ({ address: 'aws_s3_bucket.trail', values: { bucket: 'acme-trail', object_lock_enabled: lock }, unknown: { arn: true, id: true, object_lock_configuration: true } });
const lockConfig = (mode: string): FixtureResource => ({
  address: 'aws_s3_bucket_object_lock_configuration.trail',
  values: { bucket: 'acme-trail', object_lock_enabled: 'Enabled', rule: [{ default_retention: [{ mode, days: 400, years: null }] }] },
  unknown: { id: true },
  expressions: { bucket: refs('aws_s3_bucket.trail.id', 'aws_s3_bucket.trail') },
});

const setting = (dest: Record<string, unknown>): FixtureResource => ({
  address: 'azurerm_monitor_diagnostic_setting.activity',
  values: { name: 'activity-log', target_resource_id: `/subscriptions/${arm.SUB_A}`, enabled_log: [{ category: 'Administrative', category_group: '' }] },
  unknown: { id: true, storage_account_id: 'storage' in dest, log_analytics_workspace_id: 'workspace' in dest },
  expressions: {
    ...('storage' in dest ? { storage_account_id: dest.storage } : {}),
    ...('workspace' in dest ? { log_analytics_workspace_id: dest.workspace } : {}),
  },
});
const account = (values: Record<string, unknown> = {}): FixtureResource => ({
  address: 'azurerm_storage_account.logs',
  values: { ...RG, name: 'stlogs', account_tier: 'Standard', account_replication_type: 'ZRS', https_traffic_only_enabled: true, min_tls_version: 'TLS1_2', immutability_policy: [], ...values },
  unknown: { id: true },
});

describe('AWS plans', () => {
  it('passes a validated, KMS-encrypted trail writing to a locked bucket', () => {
    const r = check(auditLogProtection, [trail({}), bucket(true), lockConfig('COMPLIANCE')]).result('aws_cloudtrail.main');
    expect(r).toMatchObject({ status: 'pass', messageId: 'protected', data: { store: 'CloudTrail trail' } });
  });

  it('fails a trail without validation, KMS key or Object Lock', () => {
    const r = check(auditLogProtection, [trail({ enable_log_file_validation: false, kms_key_id: null }), bucket(false)]).result('aws_cloudtrail.main');
    expect(r).toMatchObject({ status: 'fail', messageId: 'lacks', data: { store: 'CloudTrail trail', missing: [{ messageId: 'integrityValidation' }, { messageId: 'encryption' }, { messageId: 'immutableStorage' }] } });
    expect(check(auditLogProtection, [trail({}), bucket(true)]).result('aws_cloudtrail.main')).toMatchObject({ status: 'fail', messageId: 'lacks', data: { store: 'CloudTrail trail', missing: [{ messageId: 'immutableStorage' }] } });
  });

  it('is unknown when the bucket is not in the plan', () => {
    const r = check(auditLogProtection, [trail({}, { s3_bucket_name: refs('var.bucket') })]).result('aws_cloudtrail.main');
    expect(r?.status).toBe('unknown');
    expect(r?.settle).toBe('the Object Lock configuration (default retention) of the S3 bucket the trail writes to');
  });
});

describe('Azure plans', () => {
  it('exported to a storage account with a locked immutability policy: pass; unlocked or none: fail', () => {
    const locked = account({ immutability_policy: [{ allow_protected_append_writes: true, period_since_creation_in_days: 365, state: 'Locked' }] });
    expect(planStatus('audit-log-protection', [setting({ storage: idRefs('azurerm_storage_account.logs') }), locked], 'azurerm_monitor_diagnostic_setting.activity')).toBe('pass');
    const unlocked = account({ immutability_policy: [{ allow_protected_append_writes: true, period_since_creation_in_days: 365, state: 'Unlocked' }] });
    expect(judgePlan('audit-log-protection', [setting({ storage: idRefs('azurerm_storage_account.logs') }), unlocked], 'azurerm_monitor_diagnostic_setting.activity').result).toMatchObject({ status: 'fail', messageId: 'lacks', data: { store: 'activity-log export', missing: [{ messageId: 'immutableStorage' }] } });
    expect(planStatus('audit-log-protection', [setting({ storage: idRefs('azurerm_storage_account.logs') }), account()], 'azurerm_monitor_diagnostic_setting.activity')).toBe('fail');
  });

  it('a locked container policy on insights-activity-logs counts; a workspace alone fails; a destination not in the plan is unknown', () => {
    const container: FixtureResource = { address: 'azurerm_storage_container.activity', values: { name: 'insights-activity-logs', container_access_type: 'private' }, unknown: { id: true, storage_account_id: true, resource_manager_id: true }, expressions: { storage_account_id: idRefs('azurerm_storage_account.logs') } };
    const policy: FixtureResource = {
      address: 'azurerm_storage_container_immutability_policy.activity',
      values: { immutability_period_in_days: 365, protected_append_writes_enabled: true, locked: true },
      unknown: { id: true, storage_container_resource_manager_id: true },
      expressions: { storage_container_resource_manager_id: { references: ['azurerm_storage_container.activity.resource_manager_id', 'azurerm_storage_container.activity'] } },
    };
    expect(planStatus('audit-log-protection', [setting({ storage: idRefs('azurerm_storage_account.logs') }), account(), container, policy], 'azurerm_monitor_diagnostic_setting.activity')).toBe('pass');
    const ws: FixtureResource = { address: 'azurerm_log_analytics_workspace.logs', values: { ...RG, name: 'log', sku: 'PerGB2018', retention_in_days: 365 }, unknown: { id: true } };
    expect(planStatus('audit-log-protection', [setting({ workspace: idRefs('azurerm_log_analytics_workspace.logs') }), ws], 'azurerm_monitor_diagnostic_setting.activity')).toBe('fail');
    expect(planStatus('audit-log-protection', [setting({ storage: { references: ['var.archive_account_id'] } })], 'azurerm_monitor_diagnostic_setting.activity')).toBe('unknown');
  });
});

describe('GCP plans', () => {
  it('passes a locked _Default bucket and the _Required bucket; fails an unlocked _Default bucket', () => {
    expect(resultOf(auditLogProtection, [bucketConfig('google_logging_project_bucket_config.default', { locked: true })], 'google_logging_project_bucket_config.default')).toMatchObject({
      status: 'pass',
      messageId: 'protected',
      data: { store: '_Default log bucket' },
    });
    expect(resultOf(auditLogProtection, [bucketConfig('google_logging_project_bucket_config.required', { bucket_id: '_Required', retention_days: 0 })], 'google_logging_project_bucket_config.required')?.status).toBe('pass');
    expect(resultOf(auditLogProtection, [bucketConfig('google_logging_project_bucket_config.default', {})], 'google_logging_project_bucket_config.default')).toMatchObject({
      status: 'fail',
      messageId: 'lacks',
      data: { store: '_Default log bucket', missing: [{ messageId: 'immutableStorage' }] },
    });
  });

  it('judges custom log buckets and Cloud Storage buckets only when a sink routes audit logs into them', () => {
    const audit = bucketConfig('google_logging_project_bucket_config.audit', { bucket_id: 'audit', location: 'europe-west9', locked: true, retention_days: 3650 });
    const app = bucketConfig('google_logging_project_bucket_config.app', { bucket_id: 'app', location: 'europe-west9' });
    const toAudit = sink('google_logging_project_sink.audit', 'logging.googleapis.com/projects/hosting-prod/locations/europe-west9/buckets/audit', 'logName:"cloudaudit.googleapis.com"');
    const toApp = sink('google_logging_project_sink.app', 'logging.googleapis.com/projects/hosting-prod/locations/europe-west9/buckets/app', 'resource.type="k8s_container"');
    const list = [audit, app, toAudit, toApp];
    expect(resultOf(auditLogProtection, list, 'google_logging_project_bucket_config.audit')).toMatchObject({ status: 'pass' });
    expect(planFacets(list, 'google_logging_project_bucket_config.audit').logProtection?.evidence[0]).toMatchObject({ from: 'google_logging_project_sink.audit', note: 'a sink routing audit logs into this bucket' });
    expect(resultOf(auditLogProtection, list, 'google_logging_project_bucket_config.app')).toBeUndefined();

    const gcs = (extra: Record<string, unknown>) => [gcsBucket('google_storage_bucket.archive', 'ft-audit-archive', extra), sink('google_logging_project_sink.gcs', 'storage.googleapis.com/ft-audit-archive', null)];
    expect(resultOf(auditLogProtection, gcs({ retention_policy: [{ retention_period: 31536000, is_locked: true }] }), 'google_storage_bucket.archive')).toMatchObject({ status: 'pass' });
    expect(resultOf(auditLogProtection, gcs({ retention_policy: [{ retention_period: 31536000, is_locked: false }] }), 'google_storage_bucket.archive')).toMatchObject({
      status: 'fail',
      evidence: expect.arrayContaining([expect.objectContaining({ note: 'a retention policy that is not locked: it can be removed' })]),
    });
    expect(resultOf(auditLogProtection, [gcsBucket('google_storage_bucket.other', 'ft-other')], 'google_storage_bucket.other')).toBeUndefined();
  });

  it('is unknown when the lock is known only after apply', () => {
    const later = bucketConfig('google_logging_project_bucket_config.default', {}, { unknown: { id: true, locked: true }, expressions: { locked: { references: ['var.lock_logs'] } } });
    delete (later.values as Record<string, unknown>).locked;
    expect(resultOf(auditLogProtection, [later], 'google_logging_project_bucket_config.default')).toMatchObject({ status: 'unknown', settle: expect.stringContaining('locked') });
    const gcs = [gcsBucket('google_storage_bucket.archive', 'ft-audit-archive', { retention_policy: [{ retention_period: 31536000 }] }), sink('google_logging_project_sink.gcs', 'storage.googleapis.com/ft-audit-archive', null)];
    const bucketFixture = gcs[0]!;
    bucketFixture.unknown = { ...bucketFixture.unknown, retention_policy: [{ is_locked: true }] };
    bucketFixture.expressions = { retention_policy: [{ is_locked: { references: ['var.lock'] } }] };
    expect(resultOf(auditLogProtection, gcs, 'google_storage_bucket.archive')?.status).toBe('unknown');
  });
});

const TRAIL_KEY = cfg.keyArn('c0ffee00-1111-4222-8333-444455556666');
const ARCHIVE = arm.storageAccount(arm.SUB_A, 'rg-app', 'stlogs', { sku: 'Standard_ZRS' });
const lockedArchive = {
  ...ARCHIVE,
  properties: { ...(ARCHIVE.properties as Record<string, unknown>), immutableStorageWithVersioning: { enabled: true, immutabilityPolicy: { immutabilityPeriodSinceCreationInDays: 365, state: 'Locked', allowProtectedAppendWrites: true } } },
};
const lockedAccount = account({ immutability_policy: [{ allow_protected_append_writes: true, period_since_creation_in_days: 365, state: 'Locked' }] });
const planWorkspace: FixtureResource = { address: 'azurerm_log_analytics_workspace.logs', values: { ...RG, name: 'log-main', sku: 'PerGB2018', retention_in_days: 365 }, unknown: { id: true } };
const ELSEWHERE = `${arm.rg(arm.SUB_A, 'rg-shared')}/providers/Microsoft.Storage/storageAccounts/stshared`;
const SUBSCRIPTION = `/subscriptions/${arm.SUB_A}`;
const gcsArchive = (locked: boolean) => [gcsBucket('google_storage_bucket.archive', 'hosting-prod-audit-archive', { retention_policy: [{ retention_period: 31536000, is_locked: locked }] }), sink('google_logging_project_sink.gcs', 'storage.googleapis.com/hosting-prod-audit-archive', null)];
const liveGcsArchive = (locked: boolean) => [
  asset.bucket('hosting-prod', 'hosting-prod-audit-archive', { location: 'EUROPE-WEST9', locationType: 'region', retentionPolicy: { retentionPeriod: '31536000', effectiveTime: '2024-04-02T10:00:00.000Z', ...(locked ? { isLocked: true } : {}) } }),
  asset.filteredSink('hosting-prod', 'audit-to-gcs', 'storage.googleapis.com/hosting-prod-audit-archive', undefined),
];

describeTwins('audit-log-protection', [
  {
    name: 'a validated, KMS-encrypted trail writing to a bucket under Object Lock',
    cloud: 'aws',
    plan: [trail({ kms_key_id: TRAIL_KEY }), bucket(true), lockConfig('COMPLIANCE')],
    live: [cfg.trail({ name: 'main', bucket: 'acme-trail', kmsKeyId: TRAIL_KEY }), cfg.s3Bucket({ name: 'acme-trail', objectLock: { mode: 'COMPLIANCE', days: 400 } })],
    at: { plan: 'aws_cloudtrail.main', live: 'trail/main' },
    expect: { status: 'pass', messageId: 'protected', data: { store: 'CloudTrail trail' } },
  },
  {
    name: 'a trail without validation, KMS key or Object Lock',
    cloud: 'aws',
    plan: [trail({ enable_log_file_validation: false, kms_key_id: null }), bucket(false)],
    live: [cfg.trail({ name: 'main', bucket: 'acme-trail', validation: false }), cfg.s3Bucket({ name: 'acme-trail' })],
    at: { plan: 'aws_cloudtrail.main', live: 'trail/main' },
    expect: { status: 'fail', messageId: 'lacks', data: { store: 'CloudTrail trail', missing: [{ messageId: 'integrityValidation' }, { messageId: 'encryption' }, { messageId: 'immutableStorage' }] } },
  },
  {
    // The bucket is in neither the plan nor the inventory: its Object Lock cannot be seen.
    name: 'a trail writing to a bucket seen nowhere',
    cloud: 'aws',
    plan: [trail({ kms_key_id: TRAIL_KEY }, { s3_bucket_name: refs('var.bucket') })],
    live: [cfg.trail({ name: 'main', bucket: 'acme-trail', kmsKeyId: TRAIL_KEY })],
    at: { plan: 'aws_cloudtrail.main', live: 'trail/main' },
    expect: { status: 'unknown', messageId: 'unverified', data: { store: 'CloudTrail trail', unknowns: [{ messageId: 'immutableStorage' }] } },
  },

  // The plan judges the diagnostic setting; the inventory, the subscription whose activity log it exports.
  {
    name: 'the activity log exported to a storage account with locked immutability',
    cloud: 'azure',
    plan: [setting({ storage: idRefs('azurerm_storage_account.logs') }), lockedAccount],
    live: [arm.subscription(arm.SUB_A), lockedArchive, arm.activityExport(arm.SUB_A, 'activity-to-archive', { storageAccountId: ARCHIVE.id as string })],
    at: { plan: 'azurerm_monitor_diagnostic_setting.activity', live: SUBSCRIPTION },
    expect: { status: 'pass', messageId: 'protected' },
  },
  {
    name: 'the activity log exported to a workspace only',
    cloud: 'azure',
    plan: [setting({ workspace: idRefs('azurerm_log_analytics_workspace.logs') }), planWorkspace],
    live: [arm.subscription(arm.SUB_A), arm.workspace(arm.SUB_A, 'rg-app', 'log-main', { retention: 365 }), arm.activityExport(arm.SUB_A, 'activity-to-logs', { workspaceId: `${arm.rg(arm.SUB_A, 'rg-app')}/providers/Microsoft.OperationalInsights/workspaces/log-main` })],
    at: { plan: 'azurerm_monitor_diagnostic_setting.activity', live: SUBSCRIPTION },
    expect: { status: 'fail', messageId: 'lacks', data: { missing: [{ messageId: 'immutableStorage' }] } },
  },
  {
    name: 'the activity log exported to a storage account seen nowhere',
    cloud: 'azure',
    plan: [{ ...setting({}), values: { ...setting({}).values, storage_account_id: ELSEWHERE } }],
    live: [arm.subscription(arm.SUB_A), arm.activityExport(arm.SUB_A, 'activity-to-archive', { storageAccountId: ELSEWHERE })],
    at: { plan: 'azurerm_monitor_diagnostic_setting.activity', live: SUBSCRIPTION },
    expect: { status: 'unknown', messageId: 'unverified', data: { unknowns: [{ messageId: 'immutableStorage' }] } },
  },

  {
    name: 'a locked _Default log bucket',
    cloud: 'gcp',
    plan: [bucketConfig('google_logging_project_bucket_config.default', { locked: true })],
    live: [asset.logBucket('hosting-prod', '_Default', { retentionDays: 400, locked: true, description: 'Default bucket' })],
    at: { plan: 'google_logging_project_bucket_config.default', live: 'buckets/_Default' },
    expect: { status: 'pass', messageId: 'protected', data: { store: '_Default log bucket' } },
  },
  {
    name: 'an unlocked _Default log bucket',
    cloud: 'gcp',
    plan: [bucketConfig('google_logging_project_bucket_config.default', {})],
    live: [asset.logBucket('hosting-prod', '_Default', { retentionDays: 400, description: 'Default bucket' })],
    at: { plan: 'google_logging_project_bucket_config.default', live: 'buckets/_Default' },
    expect: { status: 'fail', messageId: 'lacks', data: { store: '_Default log bucket', missing: [{ messageId: 'immutableStorage' }] } },
  },
  { name: 'a Cloud Storage bucket of audit logs under a locked retention policy', cloud: 'gcp', plan: gcsArchive(true), live: liveGcsArchive(true), at: { plan: 'google_storage_bucket.archive', live: '/hosting-prod-audit-archive' }, expect: { status: 'pass', messageId: 'protected' } },
  { name: 'a Cloud Storage bucket of audit logs under an unlocked retention policy', cloud: 'gcp', plan: gcsArchive(false), live: liveGcsArchive(false), at: { plan: 'google_storage_bucket.archive', live: '/hosting-prod-audit-archive' }, expect: { status: 'fail', messageId: 'lacks', data: { missing: [{ messageId: 'immutableStorage' }] } } },
]);
