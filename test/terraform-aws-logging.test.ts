import { describe, it, expect } from 'vitest';
import policy from '../policies/log-retention.js';
import { runPolicy } from '../src/policy/tester.js';
import type { FixtureResource } from './helpers/plan-builder.js';
import { byId, resources } from './helpers/resources.js';

function check(list: FixtureResource[]) {
  const rs = resources(list);
  const results = runPolicy(policy, rs);
  return {
    result: (id: string) => results.get(id),
    facets: (id: string) => byId(rs, id).facets,
  };
}

const refs = (...r: string[]) => ({ references: r });

describe('AWS log stores: CloudWatch log groups', () => {
  const group = (days: unknown, extra: Partial<FixtureResource> = {}): FixtureResource => ({
    address: 'aws_cloudwatch_log_group.app',
    values: { name: '/app/api', kms_key_id: null, log_group_class: 'STANDARD', ...(days === undefined ? {} : { retention_in_days: days }) },
    unknown: { arn: true, id: true, ...(days === undefined ? { retention_in_days: true } : {}) },
    ...extra,
  });

  it('fails a short retention, passes a year or "never expire"', () => {
    const short = check([group(30)]).result('aws_cloudwatch_log_group.app');
    expect(short?.status).toBe('fail');
    expect(short).toMatchObject({ messageId: 'problems', data: { problems: [{ messageId: 'retentionShort', data: { store: 'CloudWatch log group', days: 30, min: 365 } }] } });
    expect(check([group(400)]).result('aws_cloudwatch_log_group.app')?.status).toBe('pass');
    expect(check([group(0)]).result('aws_cloudwatch_log_group.app')).toMatchObject({ status: 'pass', messageId: 'fine', data: { facts: [{ messageId: 'retentionForever' }] } });
    expect(check([group(null)]).facets('aws_cloudwatch_log_group.app').logStore?.retentionDays).toBe('forever');
  });

  it('is unknown while the retention comes from an unknown value', () => {
    const r = check([group(undefined, { expressions: { retention_in_days: refs('var.retention') } })]).result('aws_cloudwatch_log_group.app');
    expect(r?.status).toBe('unknown');
  });
});

describe('AWS audit trails: CloudTrail', () => {
  const trail = (values: Record<string, unknown> = {}, extra: Partial<FixtureResource> = {}): FixtureResource => ({
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
    ...extra,
  });
  const bucket: FixtureResource = { address: 'aws_s3_bucket.trail', values: { bucket: 'acme-trail' }, unknown: { arn: true, id: true, lifecycle_rule: true } };
  const lifecycle = (rules: unknown[]): FixtureResource => ({
    address: 'aws_s3_bucket_lifecycle_configuration.trail',
    values: { bucket: 'acme-trail', rule: rules },
    unknown: { id: true },
    expressions: { bucket: refs('aws_s3_bucket.trail.id', 'aws_s3_bucket.trail') },
  });
  const rule = (prefix: string, days: number, status = 'Enabled') => ({
    id: `expire-${days}`,
    status,
    filter: [{ prefix, and: [], tag: [], object_size_greater_than: '', object_size_less_than: '' }],
    expiration: [{ days, date: '', expired_object_delete_marker: false }],
    noncurrent_version_expiration: [],
    transition: [],
  });

  it('passes a multi-region, validated trail whose bucket keeps objects forever', () => {
    const r = check([trail(), bucket]).result('aws_cloudtrail.main');
    expect(r?.status).toBe('pass');
    expect(r).toMatchObject({
      messageId: 'fine',
      data: { facts: [{ messageId: 'retentionForever', data: { store: 'CloudTrail trail bucket' } }, { messageId: 'trailComplete', data: { trail: 'CloudTrail trail' } }] },
    });
  });

  it('fails when the bucket lifecycle expires trail logs early, and ignores rules for other prefixes', () => {
    const early = check([trail(), bucket, lifecycle([rule('', 90)])]);
    const r = early.result('aws_cloudtrail.main');
    expect(r?.status).toBe('fail');
    expect(r).toMatchObject({ messageId: 'problems', data: { problems: [{ messageId: 'retentionShort', data: { days: 90, min: 365 } }] } });
    expect(r?.evidence).toContainEqual(expect.objectContaining({ path: 'rule[0].expiration[0].days', value: 90, from: 'aws_s3_bucket_lifecycle_configuration.trail' }));
    expect(check([trail(), bucket, lifecycle([rule('tmp/', 1), rule('', 400)])]).facets('aws_cloudtrail.main').logStore?.retentionDays).toBe(400);
    expect(check([trail(), bucket, lifecycle([rule('', 7, 'Disabled')])]).result('aws_cloudtrail.main')?.status).toBe('pass');
  });

  it('matches rules to the trail key prefix', () => {
    const c = check([trail({ s3_key_prefix: 'audit' }), bucket, lifecycle([rule('audit/AWSLogs/', 30), rule('other/', 1)])]);
    expect(c.facets('aws_cloudtrail.main').logStore?.retentionDays).toBe(30);
  });

  it('reads the provider 3 inline lifecycle_rule', () => {
    const legacy: FixtureResource = {
      address: 'aws_s3_bucket.trail',
      values: { bucket: 'acme-trail', lifecycle_rule: [{ id: 'expire', enabled: true, prefix: '', tags: {}, expiration: [{ days: 60, date: '', expired_object_delete_marker: false }] }] },
    };
    expect(check([trail(), legacy]).facets('aws_cloudtrail.main').logStore?.retentionDays).toBe(60);
  });

  it('is unknown when the bucket is not in the plan', () => {
    const r = check([trail({}, { expressions: {} })]).result('aws_cloudtrail.main');
    expect(r?.status).toBe('unknown');
    expect(r?.settle).toContain('lifecycle configuration of the S3 bucket');
  });

  it('fails a single-region trail without validation, with the provider defaults', () => {
    const c = check([trail({ is_multi_region_trail: false, enable_log_file_validation: null }), bucket]);
    const r = c.result('aws_cloudtrail.main');
    expect(r?.status).toBe('fail');
    expect(r).toMatchObject({ messageId: 'problems', data: { problems: [{ messageId: 'trailNotMultiRegion' }, { messageId: 'trailNoValidation' }] } });
  });

  it('decides coverage from event selectors', () => {
    const noManagement = check([trail({ event_selector: [{ include_management_events: false, read_write_type: 'All', data_resource: [] }] }), bucket]);
    expect(noManagement.facets('aws_cloudtrail.main').auditTrail?.coversAllServices).toBe('no');
    const advanced = (fields: unknown[]) => check([trail({ advanced_event_selector: [{ name: 'mgmt', field_selector: fields }] }), bucket]).facets('aws_cloudtrail.main').auditTrail?.coversAllServices;
    const field = (name: string, equals: string[], not_equals: string[] = []) => ({ field: name, equals, not_equals, starts_with: [], ends_with: [], not_starts_with: [], not_ends_with: [] });
    expect(advanced([field('eventCategory', ['Management']), field('readOnly', ['false'])])).toBe('yes');
    expect(advanced([field('eventCategory', ['Management']), field('eventSource', [], ['kms.amazonaws.com'])])).toBe('no');
    expect(advanced([field('eventCategory', ['Data']), field('resources.type', ['AWS::S3::Object'])])).toBe('no');
    expect(check([trail({ include_global_service_events: false }), bucket]).result('aws_cloudtrail.main')).toMatchObject({ messageId: 'problems', data: { problems: [{ messageId: 'trailNotAllServices' }] } });
  });
});
