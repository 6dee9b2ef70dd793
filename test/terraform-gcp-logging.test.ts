import { describe, it, expect } from 'vitest';
import policy from '../policies/log-retention.js';
import { runPolicy } from '../src/policy/tester.js';
import type { FixtureResource } from './helpers/plan-builder.js';
import { byId, resources } from './helpers/resources.js';

function check(list: FixtureResource[], id: string) {
  return runPolicy(policy, resources(list)).get(id);
}

const project = (address = 'google_project.app', projectId = 'ft-app-prod'): FixtureResource => ({
  address,
  values: { name: 'FT app', project_id: projectId, org_id: '123456789012', billing_account: '0123AB-4567CD-89EFGH', auto_create_network: false },
  unknown: { id: true, number: true, folder_id: true },
});

/** google_logging_project_bucket_config; retention_days has a provider default of 30. */
const bucketConfig = (values: Record<string, unknown>, extra: Partial<FixtureResource> = {}): FixtureResource => ({
  address: 'google_logging_project_bucket_config.default',
  values: { project: 'ft-app-prod', location: 'global', bucket_id: '_Default', retention_days: 30, cmek_settings: [], ...values },
  unknown: { id: true, name: true, lifecycle_state: true },
  ...extra,
});

/** A bucket lifecycle rule as the google provider plans it (unset condition fields zero-filled). */
const deleteAfter = (age: number, extra: Record<string, unknown> = {}) => ({
  action: [{ type: 'Delete', storage_class: '' }],
  condition: [{ age, created_before: '', with_state: 'ANY', num_newer_versions: 0, days_since_noncurrent_time: 0, noncurrent_time_before: '', custom_time_before: '', days_since_custom_time: 0, matches_prefix: [], matches_suffix: [], matches_storage_class: [], ...extra }],
});

const logBucket = (address: string, name: string, extra: Record<string, unknown> = {}): FixtureResource => ({
  address,
  values: { name, location: 'EUROPE-WEST9', storage_class: 'STANDARD', lifecycle_rule: [], retention_policy: [], encryption: [], ...extra },
  unknown: { id: true, self_link: true, url: true },
});

const sink = (address: string, destination: string, ref?: string): FixtureResource => ({
  address,
  values: { name: 'audit-to-gcs', destination, filter: 'logName:"cloudaudit.googleapis.com"', unique_writer_identity: true, disabled: false, exclusions: [], bigquery_options: [] },
  unknown: { id: true, writer_identity: true },
  ...(ref ? { expressions: { destination: { references: [`${ref}.name`, ref] } } } : {}),
});

const audit = (service: string, types: Array<string | [string, string[]]>, address = 'google_project_iam_audit_config.all'): FixtureResource => ({
  address,
  values: {
    project: 'ft-app-prod',
    service,
    audit_log_config: types.map((t) => (typeof t === 'string' ? { log_type: t, exempted_members: null } : { log_type: t[0], exempted_members: t[1] })),
  },
  unknown: { etag: true, id: true },
});

describe('GCP log stores → log-retention', () => {
  it('fails a project of the plan whose _Default bucket is left at 30 days', () => {
    const result = check([project()], 'google_project.app');
    expect(result).toMatchObject({ status: 'fail', messageId: 'problems', data: { problems: [{ messageId: 'retentionShort', data: { store: '_Default log bucket', days: 30, min: 365 } }] } });
    expect(result?.evidence?.[0]?.note).toContain('no google_logging_project_bucket_config');
  });

  it('leaves the project to its _Default bucket config, found by reference or by project id', () => {
    // `unknown` leaves the attribute out of the plan's `after`, as Terraform does.
    const byRef = bucketConfig({ retention_days: 400 }, { unknown: { id: true, project: true }, expressions: { project: { references: ['google_project.app.project_id', 'google_project.app'] } } });
    expect(byId(resources([project(), byRef]), 'google_project.app').facets.logStore).toBeUndefined();
    expect(check([project(), byRef], 'google_logging_project_bucket_config.default')).toMatchObject({ status: 'pass', messageId: 'fine', data: { facts: [{ messageId: 'retentionDays', data: { days: 400 } }] } });
    expect(byId(resources([project(), bucketConfig({ retention_days: 400 })]), 'google_project.app').facets.logStore).toBeUndefined();
    // A _Default config of another project does not count.
    expect(check([project(), bucketConfig({ project: 'other-project' })], 'google_project.app')?.status).toBe('fail');
  });

  it('reads retention_days with its default and the fixed _Required bucket', () => {
    expect(check([bucketConfig({ retention_days: 30 })], 'google_logging_project_bucket_config.default')?.status).toBe('fail');
    expect(check([bucketConfig({ bucket_id: '_Required', retention_days: 0 })], 'google_logging_project_bucket_config.default')).toMatchObject({ status: 'pass', messageId: 'fine', data: { facts: [{ messageId: 'retentionDays', data: { days: 400 } }] } });
    expect(check([bucketConfig({ bucket_id: 'audit', retention_days: 3650 })], 'google_logging_project_bucket_config.default')).toMatchObject({ status: 'pass', messageId: 'fine', data: { facts: [{ messageId: 'retentionDays', data: { store: 'Cloud Logging bucket', days: 3650 } }] } });
  });

  it('is unknown when retention or the configured bucket is known only after apply', () => {
    const retention = bucketConfig({}, { unknown: { retention_days: true, id: true }, expressions: { retention_days: { references: ['var.log_days'] } } });
    expect(check([retention], 'google_logging_project_bucket_config.default')).toMatchObject({ status: 'unknown', settle: expect.stringContaining('retention_days') });
    const unknownId = bucketConfig({}, { unknown: { bucket_id: true, id: true }, expressions: { bucket_id: { references: ['var.bucket'] } } });
    expect(check([project(), unknownId], 'google_project.app')?.status).toBe('unknown');
  });

  it('treats a Cloud Storage bucket receiving a log sink as a log store', () => {
    const kept = [logBucket('google_storage_bucket.logs', 'ft-audit-logs', { lifecycle_rule: [deleteAfter(400)] }), sink('google_logging_project_sink.audit', 'storage.googleapis.com/ft-audit-logs')];
    expect(check(kept, 'google_storage_bucket.logs')).toMatchObject({ status: 'pass', messageId: 'fine', data: { facts: [{ messageId: 'retentionDays', data: { days: 400 } }] } });
    const short = [logBucket('google_storage_bucket.logs', 'ft-audit-logs', { lifecycle_rule: [deleteAfter(90), deleteAfter(1, { num_newer_versions: 3 })] }), sink('google_logging_project_sink.audit', 'storage.googleapis.com/ft-audit-logs')];
    expect(check(short, 'google_storage_bucket.logs')).toMatchObject({ status: 'fail', messageId: 'problems', data: { problems: [{ messageId: 'retentionShort', data: { days: 90 } }] } });
    const locked = [
      logBucket('google_storage_bucket.logs', 'ft-audit-logs', { lifecycle_rule: [deleteAfter(90)], retention_policy: [{ retention_period: 400 * 86400, is_locked: true }] }),
      sink('google_logging_project_sink.audit', 'storage.googleapis.com/ft-audit-logs'),
    ];
    expect(check(locked, 'google_storage_bucket.logs')?.status).toBe('pass');
    const forever = [logBucket('google_storage_bucket.logs', 'ft-audit-logs'), sink('google_logging_folder_sink.audit', 'storage.googleapis.com/ft-audit-logs')];
    expect(check(forever, 'google_storage_bucket.logs')).toMatchObject({ status: 'pass', messageId: 'fine', data: { facts: [{ messageId: 'retentionForever' }] } });
    expect(check([logBucket('google_storage_bucket.logs', 'ft-audit-logs')], 'google_storage_bucket.logs')).toBeUndefined();
  });

  it('links a for_each sink to its own bucket', () => {
    const list: FixtureResource[] = [
      logBucket('google_storage_bucket.logs["short"]', 'ft-short', { lifecycle_rule: [deleteAfter(30)] }),
      logBucket('google_storage_bucket.logs["long"]', 'ft-long', { lifecycle_rule: [deleteAfter(730)] }),
      { ...sink('google_logging_project_sink.s["short"]', ''), values: { name: 's' }, unknown: { destination: true }, expressions: { destination: { references: ['google_storage_bucket.logs[each.key].name', 'google_storage_bucket.logs[each.key]', 'google_storage_bucket.logs', 'each.key'] } } },
    ];
    expect(check(list, 'google_storage_bucket.logs["short"]')?.status).toBe('fail');
    expect(check(list, 'google_storage_bucket.logs["long"]')).toBeUndefined();
  });

  it('does not give a module the sink of another module', () => {
    const mod = (m: string, days: number): FixtureResource[] => [
      logBucket(`module.${m}.google_storage_bucket.logs`, `ft-${m}-logs`, { lifecycle_rule: [deleteAfter(days)] }),
      { ...sink(`module.${m}.google_logging_project_sink.audit`, ''), values: { name: 'audit' }, unknown: { destination: true }, expressions: { destination: { references: ['google_storage_bucket.logs.name', 'google_storage_bucket.logs'] } } },
    ];
    const list = [...mod('a', 400), ...mod('b', 30)];
    const a = byId(resources(list), 'module.a.google_storage_bucket.logs').facets.logStore;
    expect(a?.retentionDays).toBe(400);
    expect(a?.evidence.filter((e) => e.from).map((e) => e.from)).toEqual(['module.a.google_logging_project_sink.audit']);
    expect(check(list, 'module.b.google_storage_bucket.logs')?.status).toBe('fail');
  });
});

describe('GCP audit configs → log-retention', () => {
  it('passes allServices with the three Data Access log types, saying audit logs are global and immutable', () => {
    const list = [audit('allServices', ['ADMIN_READ', 'DATA_READ', 'DATA_WRITE'])];
    const trail = byId(resources(list), 'google_project_iam_audit_config.all').facets.auditTrail;
    expect(trail).toMatchObject({ multiRegion: 'yes', integrityValidation: 'yes', coversAllServices: 'yes' });
    expect(trail?.evidence.map((e) => e.note).join(' ')).toMatch(/every region.*immutable/);
    expect(check(list, 'google_project_iam_audit_config.all')?.status).toBe('pass');
  });

  it('fails a single service, missing log types or exempted members', () => {
    expect(check([audit('storage.googleapis.com', ['ADMIN_READ', 'DATA_READ', 'DATA_WRITE'])], 'google_project_iam_audit_config.all')).toMatchObject({ status: 'fail', messageId: 'problems', data: { problems: [{ messageId: 'trailNotAllServices' }] } });
    expect(check([audit('allServices', ['ADMIN_READ', 'DATA_WRITE'])], 'google_project_iam_audit_config.all')?.status).toBe('fail');
    expect(check([audit('allServices', ['ADMIN_READ', ['DATA_READ', ['user:batch@example.com']], 'DATA_WRITE'])], 'google_project_iam_audit_config.all')?.status).toBe('fail');
  });

  it('leaves a per-service config to the allServices config of the same project', () => {
    const list = [audit('allServices', ['ADMIN_READ', 'DATA_READ', 'DATA_WRITE']), audit('bigquery.googleapis.com', ['DATA_READ'], 'google_project_iam_audit_config.bq')];
    expect(check(list, 'google_project_iam_audit_config.bq')).toBeUndefined();
  });

  it('is unknown when the service is known only after apply', () => {
    const list: FixtureResource[] = [{ ...audit('allServices', ['ADMIN_READ', 'DATA_READ', 'DATA_WRITE']), unknown: { service: true, id: true }, expressions: { service: { references: ['var.service'] } } }];
    expect(check(list, 'google_project_iam_audit_config.all')?.status).toBe('unknown');
  });

  it('reads audit configs carried by a policy document', () => {
    const doc: FixtureResource = {
      address: 'google_project_iam_policy.p',
      values: {
        project: 'ft-app-prod',
        policy_data: JSON.stringify({
          bindings: [{ role: 'roles/viewer', members: ['group:ops@example.com'] }],
          auditConfigs: [{ service: 'allServices', auditLogConfigs: [{ logType: 'ADMIN_READ' }, { logType: 'DATA_READ' }, { logType: 'DATA_WRITE' }] }],
        }),
      },
    };
    expect(check([doc], 'google_project_iam_policy.p')?.status).toBe('pass');
  });
});
