import * as cfg from '../helpers/aws-fixtures.js';
import * as arm from '../helpers/azure-estate.js';
import { logSink } from '../helpers/gcp-estate.js';
import { gcsBucket } from '../helpers/gcp-plan-fixtures.js';
import * as asset from '../helpers/gcp-policy-estate.js';
import { check, refs, RG } from '../helpers/plan-verdicts.js';
import { describe, expect, it } from 'vitest';
import logRetention from '../../policies/log-retention.js';
import { startAwsServer, type Faults, type FixtureItem } from '../helpers/aws-server.js';
import { localOptions, scanAws } from '../helpers/aws-live.js';
import type { Finding } from '../../src/model/finding.js';
import type { FixtureResource } from '../helpers/plan-builder.js';
import { describeTwins } from '../helpers/twins.js';

/**
 * The log-retention policy: the same estate as a plan and as an inventory (twins). Its plan
 * verdicts per cloud are in test/terraform-<cloud>-logging.test.ts.
 */

const short = (store: string, days: number) => ({ problems: [{ messageId: 'retentionShort', data: { store, days, min: 365 } }] });

// ---- AWS ----

const logGroup = (days: number | null): FixtureResource => ({
  address: 'aws_cloudwatch_log_group.api',
  values: { name: '/app/api', kms_key_id: null, log_group_class: 'STANDARD', skip_destroy: false, retention_in_days: days },
  unknown: { arn: true, id: true },
});
/** Log groups are not read from AWS Config but from DescribeLogGroups. */
const logGroupsApi = (retentionInDays?: number) => ({ callerAccount: cfg.ACCOUNT, logGroups: { [cfg.ACCOUNT]: { 'eu-west-3': [{ logGroupName: '/app/api', ...(retentionInDays === undefined ? {} : { retentionInDays }) }] } } });

const TRAIL_ARN = `arn:aws:cloudtrail:eu-west-3:${cfg.ACCOUNT}:trail/main`;
const trail = (values: Record<string, unknown> = {}): FixtureResource => ({
  address: 'aws_cloudtrail.main',
  values: {
    name: 'main',
    s3_bucket_name: 'acme-trail',
    s3_key_prefix: null,
    enable_logging: true,
    enable_log_file_validation: true,
    include_global_service_events: true,
    is_multi_region_trail: true,
    is_organization_trail: false,
    event_selector: [],
    advanced_event_selector: [],
    ...values,
  },
  unknown: { arn: true, home_region: true, id: true },
  expressions: { s3_bucket_name: refs('aws_s3_bucket.trail.id', 'aws_s3_bucket.trail') },
});
const trailBucket: FixtureResource = { address: 'aws_s3_bucket.trail', values: { bucket: 'acme-trail', force_destroy: false }, unknown: { arn: true, id: true, lifecycle_rule: true } };
const trailLifecycle = (days: number): FixtureResource => ({
  address: 'aws_s3_bucket_lifecycle_configuration.trail',
  values: {
    bucket: 'acme-trail',
    rule: [{ id: `expire-${days}`, status: 'Enabled', filter: [{ prefix: '', and: [], tag: [], object_size_greater_than: '', object_size_less_than: '' }], expiration: [{ days, date: '', expired_object_delete_marker: false }], noncurrent_version_expiration: [], transition: [] }],
  },
  unknown: { id: true },
  expressions: { bucket: refs('aws_s3_bucket.trail.id', 'aws_s3_bucket.trail') },
});
const liveTrailBucket = (days: number) => cfg.s3Bucket({ name: 'acme-trail', lifecycle: [{ id: `expire-${days}`, days }] });

// ---- Azure ----

const workspace = (days: number | undefined): FixtureResource => ({
  address: 'azurerm_log_analytics_workspace.main',
  values: { ...RG, name: 'log-main', sku: 'PerGB2018', daily_quota_gb: -1, immediate_data_purge_on_30_days_enabled: null, ...(days === undefined ? {} : { retention_in_days: days }) },
  unknown: { id: true, workspace_id: true, primary_shared_key: true, secondary_shared_key: true, ...(days === undefined ? { retention_in_days: true } : {}) },
  sensitive: { primary_shared_key: true, secondary_shared_key: true },
});
const liveWorkspace = (days: number | undefined) => arm.workspace(arm.SUB_A, 'rg-app', 'log-main', days === undefined ? {} : { retention: days });
const activityExport: FixtureResource = {
  address: 'azurerm_monitor_diagnostic_setting.activity',
  values: {
    name: 'activity-to-logs',
    target_resource_id: `/subscriptions/${arm.SUB_A}`,
    eventhub_authorization_rule_id: null,
    eventhub_name: null,
    partner_solution_id: null,
    storage_account_id: null,
    enabled_log: ['Administrative', 'Security', 'ServiceHealth', 'Alert', 'Recommendation', 'Policy', 'Autoscale', 'ResourceHealth'].map((category) => ({ category, category_group: '' })),
  },
  unknown: { id: true, log_analytics_destination_type: true, log_analytics_workspace_id: true },
  expressions: { log_analytics_workspace_id: refs('azurerm_log_analytics_workspace.main.id', 'azurerm_log_analytics_workspace.main') },
};
const liveActivityExport = (days: number) => {
  const ws = liveWorkspace(days);
  return [arm.subscription(arm.SUB_A), ws, arm.activityExport(arm.SUB_A, 'activity-to-logs', { workspaceId: ws.id as string })];
};

// ---- GCP ----

const logBucketConfig = (days: number, extra: Partial<FixtureResource> = {}): FixtureResource => ({
  address: 'google_logging_project_bucket_config.audit',
  values: { project: 'hosting-prod', location: 'global', bucket_id: 'audit', retention_days: days, locked: true, enable_analytics: false, cmek_settings: [], index_configs: [] },
  unknown: { id: true, name: true, lifecycle_state: true, description: true },
  ...extra,
});
const liveLogBucket = (days: number) => asset.logBucket('hosting-prod', 'audit', { retentionDays: days, locked: true, description: 'audit logs' });
const deleteAfter = (age: number) => ({
  action: [{ type: 'Delete', storage_class: '' }],
  condition: [{ age, created_before: '', with_state: 'ANY', num_newer_versions: 0, days_since_noncurrent_time: 0, noncurrent_time_before: '', custom_time_before: '', days_since_custom_time: 0, matches_prefix: [], matches_suffix: [], matches_storage_class: [] }],
});
const sink: FixtureResource = {
  address: 'google_logging_project_sink.audit',
  values: { name: 'audit-to-gcs', project: 'hosting-prod', destination: 'storage.googleapis.com/hosting-prod-audit-logs', filter: 'logName:"cloudaudit.googleapis.com"', unique_writer_identity: true, disabled: false, exclusions: [], bigquery_options: [] },
  unknown: { id: true, writer_identity: true },
};

describeTwins('log-retention', [
  { name: 'a log group keeping events 30 days', cloud: 'aws', plan: [logGroup(30)], live: [], awsApi: logGroupsApi(30), at: { plan: 'aws_cloudwatch_log_group.api', live: 'log-group:/app/api' }, expect: { status: 'fail', messageId: 'problems', data: short('CloudWatch log group', 30) } },
  { name: 'a log group keeping events 400 days', cloud: 'aws', plan: [logGroup(400)], live: [], awsApi: logGroupsApi(400), at: { plan: 'aws_cloudwatch_log_group.api', live: 'log-group:/app/api' }, expect: { status: 'pass', messageId: 'fine', data: { facts: [{ messageId: 'retentionDays', data: { days: 400 } }] } } },
  { name: 'a log group whose events never expire', cloud: 'aws', plan: [logGroup(null)], live: [], awsApi: logGroupsApi(), at: { plan: 'aws_cloudwatch_log_group.api', live: 'log-group:/app/api' }, expect: { status: 'pass', messageId: 'fine', data: { facts: [{ messageId: 'retentionForever' }] } } },
  {
    // Whether the trail is logging is GetTrailStatus's answer, not AWS Config's.
    name: 'a multi-region validated trail into a bucket keeping logs 400 days',
    cloud: 'aws',
    plan: [trail(), trailBucket, trailLifecycle(400)],
    live: [cfg.trail({ name: 'main', bucket: 'acme-trail' }), liveTrailBucket(400)],
    awsApi: { callerAccount: cfg.ACCOUNT, trails: { [TRAIL_ARN]: { isLogging: true, eventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [] }] } } },
    at: { plan: 'aws_cloudtrail.main', live: 'trail/main' },
    expect: { status: 'pass', messageId: 'fine', data: { facts: [{ messageId: 'retentionDays', data: { days: 400 } }, { messageId: 'trailComplete' }] } },
  },
  {
    name: 'a single-region trail without log validation',
    cloud: 'aws',
    plan: [trail({ is_multi_region_trail: false, enable_log_file_validation: false }), trailBucket, trailLifecycle(400)],
    live: [cfg.trail({ name: 'main', bucket: 'acme-trail', multiRegion: false, validation: false }), liveTrailBucket(400)],
    at: { plan: 'aws_cloudtrail.main', live: 'trail/main' },
    expect: { status: 'fail', messageId: 'problems', data: { problems: [{ messageId: 'trailNotMultiRegion' }, { messageId: 'trailNoValidation' }] } },
  },
  {
    name: 'a trail whose bucket expires logs after 90 days',
    cloud: 'aws',
    plan: [trail(), trailBucket, trailLifecycle(90)],
    live: [cfg.trail({ name: 'main', bucket: 'acme-trail' }), liveTrailBucket(90)],
    at: { plan: 'aws_cloudtrail.main', live: 'trail/main' },
    expect: { status: 'fail', messageId: 'problems', data: short('CloudTrail trail bucket', 90) },
  },
  {
    // The bucket is in neither the plan nor the inventory: how long it keeps the logs is not known.
    name: 'a trail into a bucket seen nowhere',
    cloud: 'aws',
    plan: [{ ...trail(), expressions: {} }],
    live: [cfg.trail({ name: 'main', bucket: 'acme-trail' })],
    awsApi: { callerAccount: cfg.ACCOUNT, trails: { [TRAIL_ARN]: { isLogging: true, eventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [] }] } } },
    at: { plan: 'aws_cloudtrail.main', live: 'trail/main' },
    expect: { status: 'unknown', messageId: 'unverified', data: { unknowns: [{ messageId: 'retentionUnknown', data: { store: 'CloudTrail trail bucket' } }] } },
  },

  { name: 'a workspace keeping logs 400 days', cloud: 'azure', plan: [workspace(400)], live: [liveWorkspace(400)], at: { plan: 'azurerm_log_analytics_workspace.main', live: 'workspaces/log-main' }, expect: { status: 'pass', messageId: 'fine', data: { facts: [{ messageId: 'retentionDays', data: { store: 'Log Analytics workspace', days: 400 } }] } } },
  { name: 'a workspace keeping logs 90 days', cloud: 'azure', plan: [workspace(90)], live: [liveWorkspace(90)], at: { plan: 'azurerm_log_analytics_workspace.main', live: 'workspaces/log-main' }, expect: { status: 'fail', messageId: 'problems', data: short('Log Analytics workspace', 90) } },
  {
    // The plan leaves retention_in_days out (Azure keeps 30 days); the ARM record of such a workspace says retentionInDays 30.
    name: 'a workspace left at the default retention',
    cloud: 'azure',
    plan: [workspace(undefined)],
    live: [liveWorkspace(30)],
    at: { plan: 'azurerm_log_analytics_workspace.main', live: 'workspaces/log-main' },
    expect: { status: 'fail', messageId: 'problems', data: short('Log Analytics workspace', 30) },
  },
  {
    name: 'the activity log exported to a workspace keeping 400 days',
    cloud: 'azure',
    plan: [workspace(400), activityExport],
    live: liveActivityExport(400),
    at: { plan: 'azurerm_monitor_diagnostic_setting.activity', live: `/subscriptions/${arm.SUB_A}` },
    // The subscription also says that its activity log is exported at all (an account-level control); the plan's setting cannot say the subscription has no other.
    expect: {
      plan: { status: 'pass', messageId: 'fine', data: { facts: [{ messageId: 'retentionDays', data: { days: 400 } }] } },
      live: { status: 'pass', messageId: 'fine', data: { facts: [{ messageId: 'retentionDays', data: { days: 400 } }, { messageId: 'trailPresent', data: { where: 'the subscription' } }] } },
    },
  },
  {
    name: 'the activity log exported to a workspace keeping 90 days',
    cloud: 'azure',
    plan: [workspace(90), activityExport],
    live: liveActivityExport(90),
    at: { plan: 'azurerm_monitor_diagnostic_setting.activity', live: `/subscriptions/${arm.SUB_A}` },
    expect: { status: 'fail', messageId: 'problems', data: { problems: [{ messageId: 'retentionShort', data: { days: 90 } }] } },
  },
  {
    // Neither side holds the destination workspace.
    name: 'the activity log exported to a workspace seen nowhere',
    cloud: 'azure',
    plan: [{ ...activityExport, values: { ...activityExport.values, log_analytics_workspace_id: `${arm.rg(arm.SUB_A, 'rg-shared')}/providers/Microsoft.OperationalInsights/workspaces/log-shared` }, unknown: { id: true, log_analytics_destination_type: true }, expressions: {} }],
    live: [arm.subscription(arm.SUB_A), arm.activityExport(arm.SUB_A, 'activity-to-logs', { workspaceId: `${arm.rg(arm.SUB_A, 'rg-shared')}/providers/Microsoft.OperationalInsights/workspaces/log-shared` })],
    at: { plan: 'azurerm_monitor_diagnostic_setting.activity', live: `/subscriptions/${arm.SUB_A}` },
    expect: { status: 'unknown', messageId: 'unverified' },
  },

  { name: 'a log bucket keeping logs 400 days', cloud: 'gcp', plan: [logBucketConfig(400)], live: [liveLogBucket(400)], at: { plan: 'google_logging_project_bucket_config.audit', live: 'buckets/audit' }, expect: { status: 'pass', messageId: 'fine', data: { facts: [{ messageId: 'retentionDays', data: { store: 'Cloud Logging bucket', days: 400 } }] } } },
  { name: 'a log bucket keeping logs 30 days', cloud: 'gcp', plan: [logBucketConfig(30)], live: [liveLogBucket(30)], at: { plan: 'google_logging_project_bucket_config.audit', live: 'buckets/audit' }, expect: { status: 'fail', messageId: 'problems', data: short('Cloud Logging bucket', 30) } },
  {
    name: 'a Cloud Storage bucket receiving audit logs, deleting them after 90 days',
    cloud: 'gcp',
    plan: [gcsBucket('google_storage_bucket.audit', 'hosting-prod-audit-logs', { location: 'EU', lifecycle_rule: [deleteAfter(90)] }), sink],
    live: [asset.bucket('hosting-prod', 'hosting-prod-audit-logs', { location: 'EU', locationType: 'multi-region', lifecycle: { rule: [{ action: { type: 'Delete' }, condition: { age: 90 } }] } }), logSink('hosting-prod', 'audit-to-gcs', 'storage.googleapis.com/hosting-prod-audit-logs')],
    at: { plan: 'google_storage_bucket.audit', live: '/hosting-prod-audit-logs' },
    expect: { status: 'fail', messageId: 'problems', data: { problems: [{ messageId: 'retentionShort', data: { days: 90 } }] } },
  },
  {
    name: 'a Cloud Storage bucket receiving audit logs, keeping them',
    cloud: 'gcp',
    plan: [gcsBucket('google_storage_bucket.audit', 'hosting-prod-audit-logs', { location: 'EU' }), sink],
    live: [asset.bucket('hosting-prod', 'hosting-prod-audit-logs', { location: 'EU', locationType: 'multi-region' }), logSink('hosting-prod', 'audit-to-gcs', 'storage.googleapis.com/hosting-prod-audit-logs')],
    at: { plan: 'google_storage_bucket.audit', live: '/hosting-prod-audit-logs' },
    expect: { status: 'pass', messageId: 'fine', data: { facts: [{ messageId: 'retentionForever' }] } },
  },
]);

/** Whether a trail records every region of a live AWS account (README, "Account-level controls"), and what a plan says of it. */
describe('AWS account-level trail', () => {
  const root = `arn:aws:iam::${cfg.ACCOUNT}:root`;
  async function accountTrail(items: FixtureItem[], faults: Faults = {}) {
    const server = await startAwsServer({ callerAccount: cfg.ACCOUNT, items }, faults);
    try {
      const report = await scanAws(localOptions(server.url, { regions: ['eu-west-3'] }));
      return report.findings.find((f) => f.policy === 'log-retention' && f.resource.id === root);
    } finally {
      await server.close();
    }
  }
  const parts = (f: Finding | undefined, key: string) => ((f?.data?.[key] ?? []) as Array<{ messageId: string; data?: Record<string, unknown> }>).map((m) => m.messageId);

  it('passes an account with a multi-region trail homed in another region than the one read', async () => {
    const f = await accountTrail([cfg.trail({ name: 'org', bucket: 'trail-logs', region: 'us-east-1', multiRegion: true })]);
    expect(f).toMatchObject({ status: 'pass', messageId: 'fine', outcomes: { auditTrail: 'pass' } });
    expect(parts(f, 'facts')).toEqual(['trailPresent']);
  });

  it('fails an account whose trails record one region each, or that has none', async () => {
    for (const items of [[cfg.trail({ name: 'local', bucket: 'trail-logs', multiRegion: false })], []]) {
      const f = await accountTrail(items);
      expect(f).toMatchObject({ status: 'fail', messageId: 'problems', outcomes: { auditTrail: 'fail' } });
      expect(parts(f, 'problems')).toEqual(['trailMissing']);
    }
  });

  it('is unknown when the trails cannot be listed and AWS Config shows no multi-region trail', async () => {
    const f = await accountTrail([], { deny: ['DescribeTrails'] });
    expect(f).toMatchObject({ status: 'unknown', messageId: 'unverified' });
    expect(parts(f, 'unknowns')).toEqual(['trailPresenceUnknown']);
    expect(f?.settle).toContain('describe-trails');
  });

  it('a plan says nothing of the account\'s trail: it cannot prove one missing (the compliance matrix asks for the live scan)', () => {
    const planned: FixtureResource = { address: 'aws_cloudtrail.main', values: { name: 'main', s3_bucket_name: 'trail-logs', is_multi_region_trail: true, enable_log_file_validation: true }, unknown: { arn: true, id: true } };
    const judged = check(logRetention, [planned]);
    expect(judged.status('aws_cloudtrail.main')).not.toBe('none');
    expect(judged.result('aws_cloudtrail.main')?.data).not.toHaveProperty('problems.0.messageId', 'trailMissing');
  });
});
