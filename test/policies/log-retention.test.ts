import * as cfg from '../helpers/aws-fixtures.js';
import * as arm from '../helpers/azure-estate.js';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ancestors, bucket, FOLDER, hierarchyNode, logBucket, logSink, ORG, PROJECTS, project as gcpProject, TOKEN, type ProjectId } from '../helpers/gcp-estate.js';
import { run, source as gcpSource } from '../helpers/gcp-live.js';
import { startGcpServer, type GcpServer, type RestAsset } from '../helpers/gcp-server.js';
import { INPUT_KINDS } from '../../src/cli/composition-root.js';
import { runPolicy } from '../../src/policy/tester.js';
import { scan } from '../../src/scan.js';
import { DEFAULT_SETTINGS } from '../../src/settings.js';
import { gcsBucket } from '../helpers/gcp-plan-fixtures.js';
import * as asset from '../helpers/gcp-policy-estate.js';
import { check, refs, RG } from '../helpers/plan-verdicts.js';
import { afterEach, describe, expect, it } from 'vitest';
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

// ---- GCP: the audit-log export of each project ----

const REQUIRED_FILTER =
  'LOG_ID("cloudaudit.googleapis.com/activity") OR LOG_ID("externalaudit.googleapis.com/activity") OR LOG_ID("cloudaudit.googleapis.com/system_event") OR LOG_ID("externalaudit.googleapis.com/system_event") OR LOG_ID("cloudaudit.googleapis.com/access_transparency") OR LOG_ID("externalaudit.googleapis.com/access_transparency")';
const DEFAULT_FILTER =
  'NOT LOG_ID("cloudaudit.googleapis.com/activity") AND NOT LOG_ID("externalaudit.googleapis.com/activity") AND NOT LOG_ID("cloudaudit.googleapis.com/system_event") AND NOT LOG_ID("externalaudit.googleapis.com/system_event") AND NOT LOG_ID("cloudaudit.googleapis.com/access_transparency") AND NOT LOG_ID("externalaudit.googleapis.com/access_transparency")';

/** A sink as Cloud Asset Inventory lists it: named under the project's number (or the folder, organization), `resource.data` the Logging API's LogSink. */
function gcpSink(parent: string, ancestry: string[], name: string, destination: string, data: Record<string, unknown> = {}): RestAsset {
  return {
    name: `//logging.googleapis.com/${parent}/sinks/${name}`,
    assetType: 'logging.googleapis.com/LogSink',
    ancestors: ancestry,
    resource: {
      version: 'v2',
      discoveryDocumentUri: 'https://logging.googleapis.com/$discovery/rest',
      discoveryName: 'LogSink',
      parent: `//cloudresourcemanager.googleapis.com/${parent}`,
      location: 'global',
      data: { name, destination, writerIdentity: 'serviceAccount:service-412345678901@gcp-sa-logging.iam.gserviceaccount.com', createTime: '2024-04-02T10:05:00Z', updateTime: '2024-04-02T10:05:00Z', ...data },
    },
  };
}
/** The two sinks Cloud Logging creates in every project. */
const builtInSinks = (p: ProjectId): RestAsset[] => [
  gcpSink(`projects/${PROJECTS[p]}`, ancestors(p), '_Required', `logging.googleapis.com/projects/${p}/locations/global/buckets/_Required`, { filter: REQUIRED_FILTER }),
  gcpSink(`projects/${PROJECTS[p]}`, ancestors(p), '_Default', `logging.googleapis.com/projects/${p}/locations/global/buckets/_Default`, { filter: DEFAULT_FILTER }),
];
/** The organization and the folder, with the sinks Cloud Logging creates in each (what says their sinks were read). */
const hierarchy: RestAsset[] = [
  hierarchyNode('organization', { version: 1, etag: 'BwYc2o0EvD0=', bindings: [] }),
  hierarchyNode('folder', { version: 1, etag: 'BwYc2o0EvD1=', bindings: [] }),
  ...[ORG, FOLDER].flatMap((node) => [
    gcpSink(node, node === ORG ? [ORG] : [FOLDER, ORG], '_Required', `logging.googleapis.com/${node}/locations/global/buckets/_Required`, { filter: REQUIRED_FILTER }),
    gcpSink(node, node === ORG ? [ORG] : [FOLDER, ORG], '_Default', `logging.googleapis.com/${node}/locations/global/buckets/_Default`, { filter: DEFAULT_FILTER }),
  ]),
];
/** A project with its built-in sinks, and its _Default bucket kept 30 days. */
const plainProject = (p: ProjectId): RestAsset[] => [gcpProject(p), ...builtInSinks(p), logBucket(p, '_Default', { retentionDays: 30 }), logBucket(p, '_Required', { retentionDays: 400, locked: true })];
const auditDataset = (p: ProjectId, name: string, data: Record<string, unknown>): RestAsset => ({
  name: `//bigquery.googleapis.com/projects/${p}/datasets/${name}`,
  assetType: 'bigquery.googleapis.com/Dataset',
  ancestors: ancestors(p),
  resource: {
    version: 'v2',
    discoveryDocumentUri: 'https://bigquery.googleapis.com/$discovery/rest?version=v2',
    discoveryName: 'Dataset',
    parent: `//cloudresourcemanager.googleapis.com/projects/${PROJECTS[p]}`,
    location: 'eu',
    data: { kind: 'bigquery#dataset', id: `${p}:${name}`, datasetReference: { projectId: p, datasetId: name }, location: 'EU', creationTime: '1712052000000', lastModifiedTime: '1712052000000', ...data },
  },
});

describe('GCP account-level audit-log export', () => {
  let server: GcpServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  /** The verdict of each project's RESOURCE record (its audit-log export), live through the real client. */
  async function exportVerdicts(assets: RestAsset[], scopes: string[] = [ORG]) {
    server = await startGcpServer({ token: TOKEN, projects: PROJECTS, assets });
    const out = await run(gcpSource(server, { scopes }));
    const projects = out.items.map((i) => i.resource).filter((r) => r.facets.auditTrail?.present !== undefined);
    const verdicts = new Map(projects.map((r) => [r.source.scope!, runPolicy(logRetention, [r]).get(r.id)]));
    return { verdicts, out };
  }
  const parts = (r: { data?: Record<string, unknown> } | undefined, key: string) => ((r?.data?.[key] ?? []) as Array<{ messageId: string }>).map((m) => m.messageId);

  it('passes a project whose sink routes audit logs into a bucket kept a year, fails one with only the built-in sinks', async () => {
    const { verdicts } = await exportVerdicts([
      ...hierarchy,
      ...plainProject('hosting-prod'),
      gcpSink(`projects/${PROJECTS['hosting-prod']}`, ancestors('hosting-prod'), 'audit-archive', 'storage.googleapis.com/hosting-prod-audit-archive', { filter: 'logName:"cloudaudit.googleapis.com"' }),
      // Objects deleted after 30 days by lifecycle, but the retention policy (a string of seconds) holds them 400.
      bucket('hosting-prod', 'hosting-prod-audit-archive', { location: 'EU', lifecycle: { rule: [{ action: { type: 'Delete' }, condition: { age: 30 } }] }, retentionPolicy: { retentionPeriod: '34560000', effectiveTime: '2024-04-02T10:00:00.000Z' } }),
      ...plainProject('hosting-data'),
    ]);
    expect(verdicts.get('hosting-prod')).toMatchObject({ status: 'pass', outcomes: { auditTrail: 'pass' } });
    expect(parts(verdicts.get('hosting-prod'), 'facts')).toEqual(['trailPresent']);
    expect(verdicts.get('hosting-data')).toMatchObject({ status: 'fail', outcomes: { auditTrail: 'fail' } });
    expect(parts(verdicts.get('hosting-data'), 'problems')).toEqual(['trailMissing']);
    // The _Default sink routes the Data Access logs, into a bucket kept 30 days: named in the evidence.
    expect(verdicts.get('hosting-data')?.evidence).toContainEqual(expect.objectContaining({ path: 'filter', from: '_Default', note: expect.stringContaining('kept 30 days') }));
  });

  it('passes every project below an organization sink with includeChildren into a BigQuery dataset without expiration; a shorter expiration fails', async () => {
    const orgSink = (dataset: string) =>
      gcpSink(ORG, [ORG], 'org-audit', `bigquery.googleapis.com/projects/hosting-data/datasets/${dataset}`, { includeChildren: true, filter: 'protoPayload.@type="type.googleapis.com/google.cloud.audit.AuditLog"' });
    const estateWith = (dataset: RestAsset, sink: RestAsset) => [...hierarchy, sink, dataset, ...plainProject('hosting-prod'), ...plainProject('hosting-data')];
    const kept = await exportVerdicts(estateWith(auditDataset('hosting-data', 'org_audit', {}), orgSink('org_audit')));
    expect([...kept.verdicts.values()].map((v) => v?.status)).toEqual(['pass', 'pass']);
    const expiring = await exportVerdicts(estateWith(auditDataset('hosting-data', 'org_audit', { defaultTableExpirationMs: '7776000000' }), orgSink('org_audit')));
    expect([...expiring.verdicts.values()].map((v) => v?.status)).toEqual(['fail', 'fail']);
    // Without includeChildren the organization's sink routes only the organization's own logs.
    const own = await exportVerdicts(estateWith(auditDataset('hosting-data', 'org_audit', {}), gcpSink(ORG, [ORG], 'org-audit', 'bigquery.googleapis.com/projects/hosting-data/datasets/org_audit')));
    expect([...own.verdicts.values()].map((v) => v?.status)).toEqual(['fail', 'fail']);
  });

  it('an intercepting organization sink takes the audit logs away from the projects\' own sinks: only its destination counts', async () => {
    const intercepting = gcpSink(ORG, [ORG], 'org-intercept', 'logging.googleapis.com/projects/hosting-data/locations/global/buckets/_Default', { includeChildren: true, interceptChildren: true });
    const ownArchive = gcpSink(`projects/${PROJECTS['hosting-prod']}`, ancestors('hosting-prod'), 'audit-archive', 'storage.googleapis.com/hosting-prod-audit-archive', { filter: 'logName:"cloudaudit.googleapis.com"' });
    const archive = bucket('hosting-prod', 'hosting-prod-audit-archive', { location: 'EU' });
    const without = await exportVerdicts([...hierarchy, ...plainProject('hosting-prod'), ownArchive, archive]);
    expect(without.verdicts.get('hosting-prod')).toMatchObject({ status: 'pass' });
    const taken = await exportVerdicts([...hierarchy, intercepting, ...plainProject('hosting-prod'), ownArchive, archive, ...plainProject('hosting-data')]);
    expect(taken.verdicts.get('hosting-prod')).toMatchObject({ status: 'fail', outcomes: { auditTrail: 'fail' } });
  });

  it('is unknown when the sinks above the project were not read, when a filter cannot be read, and for a Pub/Sub or unread destination', async () => {
    const alone = await exportVerdicts([...plainProject('hosting-data')], ['projects/hosting-data']);
    expect(alone.verdicts.get('hosting-data')).toMatchObject({ status: 'unknown', messageId: 'unverified' });
    expect(parts(alone.verdicts.get('hosting-data'), 'unknowns')).toEqual(['trailPresenceUnknown']);
    expect(String(alone.verdicts.get('hosting-data')?.settle)).toContain('organizations/ID');
    const sinkTo = (name: string, destination: string, filter?: string) => gcpSink(`projects/${PROJECTS['hosting-data']}`, ancestors('hosting-data'), name, destination, filter === undefined ? {} : { filter });
    const cases: Array<[RestAsset, string]> = [
      [sinkTo('errors', 'storage.googleapis.com/hosting-data-archive', 'severity>=ERROR'), 'filter of the log sink'],
      [sinkTo('stream', 'pubsub.googleapis.com/projects/hosting-data/topics/audit'), 'Pub/Sub'],
      [sinkTo('central', 'logging.googleapis.com/projects/central-logs/locations/europe-west1/buckets/audit'), 'scan the project that holds it'],
    ];
    for (const [sink, settle] of cases) {
      const { verdicts } = await exportVerdicts([...hierarchy, ...plainProject('hosting-data'), sink, bucket('hosting-data', 'hosting-data-archive', { location: 'EU' })]);
      expect(verdicts.get('hosting-data'), settle).toMatchObject({ status: 'unknown' });
      expect(String(verdicts.get('hosting-data')?.settle)).toContain(settle);
    }
  });

  it('judges no project of a scope whose listing failed', async () => {
    server = await startGcpServer({ token: TOKEN, projects: PROJECTS, assets: [...hierarchy, ...plainProject('hosting-data')], faults: [{ contentType: 'IAM_POLICY', status: 403, times: Infinity }] });
    const out = await run(gcpSource(server, { scopes: [ORG] }));
    expect(out.items.some((i) => i.resource.facets.auditTrail?.present !== undefined)).toBe(false);
    expect(out.notes.some((n) => n.level === 'error')).toBe(true);
  });

  it('an offline rescan of --inventory-out gives the same verdicts', async () => {
    const assets = [...hierarchy, ...plainProject('hosting-prod'), gcpSink(`projects/${PROJECTS['hosting-prod']}`, ancestors('hosting-prod'), 'all', 'storage.googleapis.com/hosting-prod-audit-archive'), bucket('hosting-prod', 'hosting-prod-audit-archive', { location: 'EU' }), ...plainProject('hosting-data')];
    server = await startGcpServer({ token: TOKEN, projects: PROJECTS, assets });
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cldscan-gcp-export-'));
    try {
      const file = path.join(dir, 'inventory.jsonl');
      const common = { kinds: INPUT_KINDS, sourceRoot: dir, settings: DEFAULT_SETTINGS, policies: [logRetention], keepPasses: true };
      const live = await scan({ ...common, inputs: [], live: [gcpSource(server, { scopes: [ORG] })], inventoryOut: file });
      const offline = await scan({ ...common, inputs: [file] });
      const told = (fs: Finding[]) => fs.filter((f) => f.resource.nativeType === 'cloudresourcemanager.googleapis.com/Project').map((f) => `${f.resource.id} ${f.status} ${JSON.stringify(f.data)}`).sort();
      expect(told(live.findings).filter((x) => x.includes('trailPresent') || x.includes('trailMissing'))).toHaveLength(2);
      expect(told(offline.findings)).toEqual(told(live.findings));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a plan says nothing of a project\'s audit-log export: it cannot prove one missing', () => {
    const planned: FixtureResource = { address: 'google_project.app', values: { project_id: 'hosting-prod', name: 'hosting-prod', org_id: '998877665544', auto_create_network: true }, unknown: { number: true, id: true } };
    const judged = check(logRetention, [planned]);
    expect(judged.result('google_project.app')?.data).not.toHaveProperty('problems.0.messageId', 'trailMissing');
  });
});

/** A BigQuery dataset that a sink exports logs into: a log store on both sides, kept until its default expiration. */
const planDataset = (expirationMs: number | null): FixtureResource => ({
  address: 'google_bigquery_dataset.audit',
  values: { dataset_id: 'audit_logs', project: 'hosting-prod', location: 'EU', default_table_expiration_ms: expirationMs, default_partition_expiration_ms: null, default_encryption_configuration: [], delete_contents_on_destroy: false, labels: null },
  unknown: { id: true, self_link: true, etag: true, creation_time: true, last_modified_time: true, access: true },
});
const planDatasetSink: FixtureResource = {
  address: 'google_logging_project_sink.audit_bq',
  values: { name: 'audit-to-bq', destination: 'bigquery.googleapis.com/projects/hosting-prod/datasets/audit_logs', filter: 'logName:"cloudaudit.googleapis.com"', disabled: false, exclusions: [], bigquery_options: [{ use_partitioned_tables: true }], unique_writer_identity: true, project: 'hosting-prod' },
  unknown: { id: true, writer_identity: true },
};
const liveDatasetSink = gcpSink(`projects/${PROJECTS['hosting-prod']}`, ancestors('hosting-prod'), 'audit-to-bq', 'bigquery.googleapis.com/projects/hosting-prod/datasets/audit_logs', { filter: 'logName:"cloudaudit.googleapis.com"', bigqueryOptions: { usePartitionedTables: true, usesTimestampColumnPartitioning: false } });

describeTwins('log-retention', [
  {
    name: 'a BigQuery dataset receiving audit logs, expiring tables after 90 days',
    cloud: 'gcp',
    plan: [planDataset(7_776_000_000), planDatasetSink],
    live: [auditDataset('hosting-prod', 'audit_logs', { defaultTableExpirationMs: '7776000000' }), liveDatasetSink],
    at: { plan: 'google_bigquery_dataset.audit', live: 'datasets/audit_logs' },
    expect: { status: 'fail', messageId: 'problems', data: short('BigQuery dataset receiving a log sink', 90) },
  },
  {
    name: 'a BigQuery dataset receiving audit logs, without expiration',
    cloud: 'gcp',
    plan: [planDataset(null), planDatasetSink],
    live: [auditDataset('hosting-prod', 'audit_logs', {}), liveDatasetSink],
    at: { plan: 'google_bigquery_dataset.audit', live: 'datasets/audit_logs' },
    expect: { status: 'pass', messageId: 'fine', data: { facts: [{ messageId: 'retentionForever' }] } },
  },
]);

describe('GCP BigQuery dataset receiving a log sink, in a plan', () => {
  it('is unknown when the expiration is known only after apply, and no log store without a sink', () => {
    const { default_table_expiration_ms: _, ...values } = planDataset(null).values;
    const judged = check(logRetention, [{ ...planDataset(null), values, unknown: { ...planDataset(null).unknown, default_table_expiration_ms: true }, expressions: { default_table_expiration_ms: { references: ['var.audit_expiration_ms'] } } }, planDatasetSink]);
    expect(judged.status('google_bigquery_dataset.audit')).toBe('unknown');
    expect(check(logRetention, [planDataset(7_776_000_000)]).status('google_bigquery_dataset.audit')).toBe('none');
  });
});
