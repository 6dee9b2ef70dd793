/**
 * Issue 8 facets on AWS Terraform plans: each new policy's pass, fail and unknown on realistic
 * resource shapes (as `terraform show -json` writes them with AWS provider 5/6), through the real
 * plan reader and builders.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import availability from '../policies/availability.js';
import auditLogProtection from '../policies/audit-log-protection.js';
import backups from '../policies/backups.js';
import keyManagement from '../policies/key-management.js';
import longLivedCredentials from '../policies/long-lived-credentials.js';
import networkSeparation from '../policies/network-separation.js';
import passwordPolicy from '../policies/password-policy.js';
import plaintextSecrets from '../policies/plaintext-secrets.js';
import threatDetection from '../policies/threat-detection.js';
import tlsInTransit from '../policies/tls-in-transit.js';
import vulnerabilityScanning from '../policies/vulnerability-scanning.js';
import type { Policy } from '../src/policy/api.js';
import { runPolicy } from '../src/policy/tester.js';
import { EnvironmentTally } from '../src/environments.js';
import { DEFAULT_SETTINGS, type ScanSettings } from '../src/settings.js';
import type { FixtureResource } from './helpers/plan-builder.js';
import { byId, resources } from './helpers/resources.js';

const refs = (...r: string[]) => ({ references: r });

function check(policy: Policy, list: FixtureResource[], settings: Partial<ScanSettings> = {}) {
  const rs = resources(list);
  const results = runPolicy(policy, rs, settings);
  return {
    result: (id: string) => results.get(id),
    status: (id: string) => results.get(id)?.status ?? 'none',
    facets: (id: string) => byId(rs, id).facets,
  };
}

describe('backups (AWS plans)', () => {
  const db = (values: Record<string, unknown>, extra: Partial<FixtureResource> = {}): FixtureResource => ({
    address: 'aws_db_instance.orders',
    values: { identifier: 'orders', engine: 'postgres', engine_version: '16.4', instance_class: 'db.m6g.large', allocated_storage: 100, storage_encrypted: true, replicate_source_db: null, ...values },
    unknown: { arn: true, id: true, endpoint: true, ...(values.backup_retention_period === undefined ? { backup_retention_period: true } : {}) },
    ...extra,
  });

  it('passes a retention of a week or more, fails a shorter one or none', () => {
    expect(check(backups, [db({ backup_retention_period: 14 })]).result('aws_db_instance.orders')).toMatchObject({ status: 'pass', messageId: 'backedUpFor', data: { service: 'RDS instance', days: 14 } });
    const short = check(backups, [db({ backup_retention_period: 3 })]).result('aws_db_instance.orders');
    expect(short?.status).toBe('fail');
    expect(short).toMatchObject({ messageId: 'retentionShort', data: { service: 'RDS instance', days: 3, min: 7 } });
    const none = check(backups, [db({ backup_retention_period: 0 })]).result('aws_db_instance.orders');
    expect(none).toMatchObject({ status: 'fail', messageId: 'notBackedUp', data: { service: 'RDS instance' } });
  });

  it('reads a retention the configuration leaves out as the AWS default of one day', () => {
    const r = check(backups, [db({})]).result('aws_db_instance.orders');
    expect(r?.status).toBe('fail');
    expect(r?.evidence).toContainEqual(expect.objectContaining({ path: 'backup_retention_period', value: null, note: 'not set: AWS keeps automated backups 1 day(s)' }));
  });

  it('is unknown while the retention comes from a variable, and skips read replicas', () => {
    const r = check(backups, [db({}, { expressions: { backup_retention_period: refs('var.retention') } })]).result('aws_db_instance.orders');
    expect(r?.status).toBe('unknown');
    expect(r?.settle).toBe('the `backup_retention_period` once applied');
    expect(check(backups, [db({ replicate_source_db: 'orders-primary', backup_retention_period: 0 })]).status('aws_db_instance.orders')).toBe('none');
  });

  it('reads DynamoDB point-in-time recovery', () => {
    const table = (pitr: unknown[]): FixtureResource => ({
      address: 'aws_dynamodb_table.sessions',
      values: { name: 'sessions', billing_mode: 'PAY_PER_REQUEST', hash_key: 'pk', point_in_time_recovery: pitr, server_side_encryption: [] },
      unknown: { arn: true, id: true },
    });
    expect(check(backups, [table([{ enabled: true, recovery_period_in_days: 35 }])]).result('aws_dynamodb_table.sessions')).toMatchObject({ status: 'pass', messageId: 'backedUpFor', data: { service: 'DynamoDB table', days: 35 } });
    expect(check(backups, [table([{ enabled: false }])]).status('aws_dynamodb_table.sessions')).toBe('fail');
    expect(check(backups, [table([{ enabled: true, recovery_period_in_days: 5 }])]).status('aws_dynamodb_table.sessions')).toBe('fail');
    expect(check(backups, [{ ...table([]), unknown: { arn: true, id: true, point_in_time_recovery: true }, expressions: { point_in_time_recovery: [{ enabled: refs('var.pitr') }] } }]).status('aws_dynamodb_table.sessions')).toBe('unknown');
  });

  const efs: FixtureResource = { address: 'aws_efs_file_system.shared', values: { creation_token: 'shared', encrypted: true }, unknown: { arn: true, id: true } };

  it('reads the EFS backup policy, and counts a file system without one as not backed up', () => {
    const policy = (status: string): FixtureResource => ({
      address: 'aws_efs_backup_policy.shared',
      values: { backup_policy: [{ status }] },
      unknown: { id: true, file_system_id: true },
      expressions: { file_system_id: refs('aws_efs_file_system.shared.id', 'aws_efs_file_system.shared') },
    });
    expect(check(backups, [efs, policy('ENABLED')]).result('aws_efs_file_system.shared')).toMatchObject({ status: 'pass', messageId: 'backedUpFor', data: { service: 'EFS file system', days: 35 } });
    expect(check(backups, [efs, policy('DISABLED')]).status('aws_efs_file_system.shared')).toBe('fail');
    expect(check(backups, [efs]).status('aws_efs_file_system.shared')).toBe('fail');
  });

  it('counts an AWS Backup selection of the plan, with the plan rules\' retention', () => {
    const plan = (deleteAfter: unknown): FixtureResource => ({
      address: 'aws_backup_plan.daily',
      values: { name: 'daily', rule: [{ rule_name: 'daily', target_vault_name: 'main', schedule: 'cron(0 5 ? * * *)', lifecycle: deleteAfter === undefined ? [] : [{ delete_after: deleteAfter, cold_storage_after: null }], copy_action: [] }] },
      unknown: { arn: true, id: true },
    });
    const selection: FixtureResource = {
      address: 'aws_backup_selection.stores',
      values: { name: 'stores', iam_role_arn: 'arn:aws:iam::111122223333:role/backup', selection_tag: [], condition: [], not_resources: [] },
      unknown: { id: true, plan_id: true, resources: true },
      expressions: { plan_id: refs('aws_backup_plan.daily.id', 'aws_backup_plan.daily'), resources: refs('aws_efs_file_system.shared.arn', 'aws_efs_file_system.shared') },
    };
    expect(check(backups, [efs, plan(35), selection]).result('aws_efs_file_system.shared')).toMatchObject({ status: 'pass', messageId: 'backedUpFor', data: { service: 'EFS file system', days: 35 } });
    expect(check(backups, [efs, plan(3), selection]).status('aws_efs_file_system.shared')).toBe('fail');
    expect(check(backups, [efs, plan(undefined), selection]).result('aws_efs_file_system.shared')).toMatchObject({ status: 'pass', messageId: 'backedUp', data: { service: 'EFS file system' } });
    const byTag: FixtureResource = { ...selection, values: { ...selection.values, selection_tag: [{ type: 'STRINGEQUALS', key: 'backup', value: 'daily' }] }, unknown: { id: true, plan_id: true }, expressions: { plan_id: refs('aws_backup_plan.daily.id', 'aws_backup_plan.daily') } };
    byTag.values.resources = ['*'];
    const tagged: FixtureResource = { ...efs, values: { ...efs.values, tags: { backup: 'daily' } } };
    expect(check(backups, [tagged, plan(35), byTag]).status('aws_efs_file_system.shared')).toBe('pass');
    expect(check(backups, [{ ...efs, values: { ...efs.values, tags: { backup: 'none' } } }, plan(35), byTag]).status('aws_efs_file_system.shared')).toBe('fail');
    expect(check(backups, [{ ...efs, unknown: { ...efs.unknown, tags_all: true }, values: { ...efs.values } }, plan(35), byTag]).status('aws_efs_file_system.shared')).toBe('unknown');
  });

  it('judges AWS Backup vaults by their lock mode', () => {
    const vault: FixtureResource = { address: 'aws_backup_vault.main', values: { name: 'main', kms_key_arn: null, force_destroy: false }, unknown: { arn: true, id: true } };
    const lock = (changeable: unknown, extra: Partial<FixtureResource> = {}): FixtureResource => ({
      address: 'aws_backup_vault_lock_configuration.main',
      values: { backup_vault_name: 'main', min_retention_days: 7, max_retention_days: 400, ...(changeable === undefined ? {} : { changeable_for_days: changeable }) },
      unknown: { id: true, backup_vault_arn: true },
      expressions: { backup_vault_name: refs('aws_backup_vault.main.name', 'aws_backup_vault.main') },
      ...extra,
    });
    expect(check(backups, [vault, lock(3)]).result('aws_backup_vault.main')).toMatchObject({ status: 'pass', messageId: 'vaultProtected', data: { vault: 'AWS Backup vault' } });
    expect(check(backups, [vault]).result('aws_backup_vault.main')?.status).toBe('fail');
    const governance = check(backups, [vault, lock(null)]).result('aws_backup_vault.main');
    expect(governance?.status).toBe('fail');
    expect(governance?.evidence?.[0]?.note).toMatch(/governance mode/);
    expect(check(backups, [vault, lock(undefined, { unknown: { id: true, backup_vault_arn: true, changeable_for_days: true }, expressions: { backup_vault_name: refs('aws_backup_vault.main.name', 'aws_backup_vault.main'), changeable_for_days: refs('var.grace') } })]).status('aws_backup_vault.main')).toBe('unknown');
  });
});

describe('tls-in-transit (AWS plans)', () => {
  const lb: FixtureResource = { address: 'aws_lb.web', values: { name: 'web', load_balancer_type: 'application', internal: false, subnets: ['subnet-a', 'subnet-b'] }, unknown: { arn: true, id: true, dns_name: true } };
  const listener = (values: Record<string, unknown>, extra: Partial<FixtureResource> = {}): FixtureResource => ({
    address: 'aws_lb_listener.web',
    values: { port: 443, protocol: 'HTTPS', certificate_arn: 'arn:aws:acm:eu-west-3:111122223333:certificate/0c7a7d76', ...values },
    unknown: { arn: true, id: true, load_balancer_arn: true, ...(values.ssl_policy === undefined ? { ssl_policy: true } : {}) },
    expressions: { load_balancer_arn: refs('aws_lb.web.arn', 'aws_lb.web'), ...(extra.expressions ?? {}) },
    ...(extra.unknown ? { unknown: extra.unknown } : {}),
  });
  const forward = [{ type: 'forward', target_group_arn: 'arn:aws:elasticloadbalancing:eu-west-3:111122223333:targetgroup/web/73e2d6bc', redirect: [], fixed_response: [] }];
  const redirect = (protocol: string) => [{ type: 'redirect', redirect: [{ protocol, port: '443', status_code: 'HTTP_301', host: '#{host}', path: '/#{path}', query: '#{query}' }], fixed_response: [] }];

  it('passes an HTTPS listener with a TLS 1.2+ policy, fails the default and TLS 1.0 policies', () => {
    const ok = check(tlsInTransit, [lb, listener({ ssl_policy: 'ELBSecurityPolicy-TLS13-1-2-2021-06', default_action: forward })]).result('aws_lb_listener.web');
    expect(ok).toMatchObject({ status: 'pass', messageId: 'encryptedOnlyFrom', data: { endpoint: 'load balancer listener', version: '1.2' } });
    const old = check(tlsInTransit, [lb, listener({ ssl_policy: 'ELBSecurityPolicy-2016-08', default_action: forward })]).result('aws_lb_listener.web');
    expect(old).toMatchObject({ status: 'fail', messageId: 'problems', data: { endpoint: 'load balancer listener', problems: [{ messageId: 'acceptsOldTls', data: { version: '1.0', min: '1.2' } }] } });
    const unset = check(tlsInTransit, [lb, listener({ default_action: forward })]).result('aws_lb_listener.web');
    expect(unset?.status).toBe('fail');
    expect(unset?.evidence).toContainEqual({ path: 'ssl_policy', value: null, note: 'not set: AWS applies ELBSecurityPolicy-2016-08' });
    expect(check(tlsInTransit, [lb, listener({ ssl_policy: 'ELBSecurityPolicy-TLS13-1-2-Ext2-2021-06', default_action: forward })]).status('aws_lb_listener.web')).toBe('pass');
    expect(check(tlsInTransit, [lb, listener({ ssl_policy: 'ELBSecurityPolicy-TLS-1-0-2015-04', default_action: forward })]).result('aws_lb_listener.web')).toMatchObject({
      status: 'fail',
      messageId: 'problems',
      data: { endpoint: 'load balancer listener', problems: [{ messageId: 'acceptsOldTls', data: { version: '1.0', min: '1.2' } }, { messageId: 'weakCiphers' }] },
    });
  });

  it('passes an HTTP listener that redirects to HTTPS, fails one that forwards', () => {
    expect(check(tlsInTransit, [lb, listener({ port: 80, protocol: 'HTTP', certificate_arn: null, default_action: redirect('HTTPS') })]).status('aws_lb_listener.web')).toBe('pass');
    const plain = check(tlsInTransit, [lb, listener({ port: 80, protocol: 'HTTP', certificate_arn: null, default_action: forward })]).result('aws_lb_listener.web');
    expect(plain).toMatchObject({ status: 'fail', messageId: 'problems', data: { endpoint: 'load balancer listener', problems: [{ messageId: 'acceptsPlain' }] } });
    const rule: FixtureResource = {
      address: 'aws_lb_listener_rule.api',
      values: { priority: 10, action: forward, condition: [{ path_pattern: [{ values: ['/api/*'] }] }] },
      unknown: { arn: true, id: true, listener_arn: true },
      expressions: { listener_arn: refs('aws_lb_listener.web.arn', 'aws_lb_listener.web') },
    };
    expect(check(tlsInTransit, [lb, listener({ port: 80, protocol: 'HTTP', certificate_arn: null, default_action: redirect('HTTPS') }), rule]).status('aws_lb_listener.web')).toBe('fail');
  });

  it('is unknown while the TLS policy comes from a variable; ignores TCP listeners', () => {
    const r = check(tlsInTransit, [lb, listener({ default_action: forward }, { expressions: { ssl_policy: refs('var.ssl_policy') } })]).result('aws_lb_listener.web');
    expect(r?.status).toBe('unknown');
    expect(check(tlsInTransit, [lb, listener({ protocol: 'TCP', certificate_arn: null, default_action: forward })]).status('aws_lb_listener.web')).toBe('none');
  });

  const distribution = (values: Record<string, unknown>, extra: Partial<FixtureResource> = {}): FixtureResource => ({
    address: 'aws_cloudfront_distribution.site',
    values: {
      enabled: true,
      default_cache_behavior: [{ target_origin_id: 'app', viewer_protocol_policy: 'redirect-to-https', allowed_methods: ['GET', 'HEAD'], cached_methods: ['GET', 'HEAD'] }],
      ordered_cache_behavior: [],
      viewer_certificate: [{ acm_certificate_arn: 'arn:aws:acm:us-east-1:111122223333:certificate/1f7e', cloudfront_default_certificate: false, minimum_protocol_version: 'TLSv1.2_2021', ssl_support_method: 'sni-only', iam_certificate_id: '' }],
      ...values,
    },
    unknown: { arn: true, id: true, domain_name: true },
    ...extra,
  });

  it('judges CloudFront viewer protocols and security policy', () => {
    expect(check(tlsInTransit, [distribution({})]).result('aws_cloudfront_distribution.site')).toMatchObject({ status: 'pass', messageId: 'encryptedOnlyFrom', data: { endpoint: 'CloudFront distribution', version: '1.2' } });
    const allow = check(tlsInTransit, [distribution({ ordered_cache_behavior: [{ path_pattern: '/static/*', target_origin_id: 'app', viewer_protocol_policy: 'allow-all' }] })]).result('aws_cloudfront_distribution.site');
    expect(allow).toMatchObject({ status: 'fail', messageId: 'problems', data: { endpoint: 'CloudFront distribution', problems: [{ messageId: 'acceptsPlain' }] } });
    const defaultCert = check(tlsInTransit, [distribution({ viewer_certificate: [{ cloudfront_default_certificate: true, minimum_protocol_version: 'TLSv1.2_2021', acm_certificate_arn: '', ssl_support_method: '' }] })]).result('aws_cloudfront_distribution.site');
    expect(defaultCert).toMatchObject({
      status: 'fail',
      messageId: 'problems',
      data: { endpoint: 'CloudFront distribution', problems: [{ messageId: 'acceptsOldTls', data: { version: '1.0', min: '1.2' } }, { messageId: 'weakCiphers' }] },
    });
    const unknownVersion = check(tlsInTransit, [distribution({}, { unknown: { arn: true, id: true, viewer_certificate: [{ minimum_protocol_version: true }] }, expressions: { viewer_certificate: [{ minimum_protocol_version: refs('var.tls') }] } })]);
    expect(unknownVersion.status('aws_cloudfront_distribution.site')).toBe('unknown');
  });

  const bucket: FixtureResource = { address: 'aws_s3_bucket.docs', values: { bucket: 'acme-docs', force_destroy: false }, unknown: { arn: true, id: true, policy: true } };
  const policy = (statement: unknown[], extra: Partial<FixtureResource> = {}): FixtureResource => ({
    address: 'aws_s3_bucket_policy.docs',
    values: { bucket: 'acme-docs', policy: JSON.stringify({ Version: '2012-10-17', Statement: statement }) },
    unknown: { id: true },
    expressions: { bucket: refs('aws_s3_bucket.docs.id', 'aws_s3_bucket.docs') },
    ...extra,
  });
  const denyHttp = { Sid: 'DenyInsecureTransport', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: ['arn:aws:s3:::acme-docs', 'arn:aws:s3:::acme-docs/*'], Condition: { Bool: { 'aws:SecureTransport': 'false' } } };

  it('passes a bucket whose policy denies requests without TLS, fails one without', () => {
    const ok = check(tlsInTransit, [bucket, policy([denyHttp])]);
    expect(ok.status('aws_s3_bucket.docs')).toBe('pass');
    expect(ok.facets('aws_s3_bucket.docs').transit?.evidence).toEqual([{ path: 'policy', from: 'aws_s3_bucket_policy.docs', note: 'denies requests without TLS (aws:SecureTransport false)' }]);
    const floor = { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: 'arn:aws:s3:::acme-docs/*', Condition: { NumericLessThan: { 's3:TlsVersion': '1.2' } } };
    expect(check(tlsInTransit, [bucket, policy([denyHttp, floor])]).facets('aws_s3_bucket.docs').transit?.minTls).toBe('1.2');
    const readOnly = { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:role/reader' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::acme-docs/*' };
    expect(check(tlsInTransit, [bucket, policy([readOnly])]).status('aws_s3_bucket.docs')).toBe('fail');
    const none = check(tlsInTransit, [bucket]).result('aws_s3_bucket.docs');
    expect(none?.status).toBe('fail');
    expect(none?.evidence?.[0]?.note).toBe('no bucket policy in this plan denies requests without TLS');
  });

  it('is unknown while the bucket policy is known only after apply', () => {
    const later = policy([], { values: { bucket: 'acme-docs' }, unknown: { id: true, policy: true }, expressions: { bucket: refs('aws_s3_bucket.docs.id', 'aws_s3_bucket.docs'), policy: refs('data.aws_iam_policy_document.docs.json') } });
    expect(check(tlsInTransit, [bucket, later]).status('aws_s3_bucket.docs')).toBe('unknown');
  });

  it('reads RDS parameter groups forcing TLS, and the engine defaults', () => {
    const mysql = (group: string | null): FixtureResource => ({
      address: 'aws_db_instance.app',
      values: { identifier: 'app', engine: 'mysql', engine_version: '8.0.39', parameter_group_name: group, instance_class: 'db.t4g.medium' },
      unknown: { arn: true, id: true, ...(group === null ? { parameter_group_name: true } : {}) },
      expressions: group === 'app-mysql' ? { parameter_group_name: refs('aws_db_parameter_group.app.name', 'aws_db_parameter_group.app') } : {},
    });
    const params = (value: string): FixtureResource => ({ address: 'aws_db_parameter_group.app', values: { name: 'app-mysql', family: 'mysql8.0', parameter: [{ name: 'require_secure_transport', value, apply_method: 'immediate' }] }, unknown: { arn: true, id: true } });
    expect(check(tlsInTransit, [mysql('app-mysql'), params('1')]).status('aws_db_instance.app')).toBe('pass');
    expect(check(tlsInTransit, [mysql('app-mysql'), params('0')]).status('aws_db_instance.app')).toBe('fail');
    expect(check(tlsInTransit, [mysql(null)]).status('aws_db_instance.app')).toBe('fail');
    expect(check(tlsInTransit, [{ ...mysql('shared-params'), expressions: {} }]).status('aws_db_instance.app')).toBe('unknown');
    const pg = (version: string): FixtureResource => ({ address: 'aws_db_instance.pg', values: { identifier: 'pg', engine: 'postgres', engine_version: version, instance_class: 'db.t4g.medium' }, unknown: { arn: true, id: true, parameter_group_name: true } });
    expect(check(tlsInTransit, [pg('16.4')]).status('aws_db_instance.pg')).toBe('pass');
    expect(check(tlsInTransit, [pg('14.12')]).status('aws_db_instance.pg')).toBe('fail');
  });

  it('reads API Gateway custom domain policies and ElastiCache in-transit encryption', () => {
    const domain = (policy: string | undefined): FixtureResource => ({ address: 'aws_api_gateway_domain_name.api', values: { domain_name: 'api.example.fr', ...(policy ? { security_policy: policy } : {}) }, unknown: { arn: true, id: true, ...(policy ? {} : { security_policy: true }) } });
    expect(check(tlsInTransit, [domain('TLS_1_2')]).status('aws_api_gateway_domain_name.api')).toBe('pass');
    expect(check(tlsInTransit, [domain(undefined)]).status('aws_api_gateway_domain_name.api')).toBe('fail');
    const cache = (values: Record<string, unknown>): FixtureResource => ({ address: 'aws_elasticache_replication_group.sessions', values: { replication_group_id: 'sessions', engine: 'redis', ...values }, unknown: { arn: true, id: true } });
    expect(check(tlsInTransit, [cache({ transit_encryption_enabled: true, transit_encryption_mode: 'required' })]).status('aws_elasticache_replication_group.sessions')).toBe('pass');
    expect(check(tlsInTransit, [cache({ transit_encryption_enabled: true, transit_encryption_mode: 'preferred' })]).status('aws_elasticache_replication_group.sessions')).toBe('fail');
    expect(check(tlsInTransit, [cache({ transit_encryption_enabled: false })]).status('aws_elasticache_replication_group.sessions')).toBe('fail');
  });
});

describe('key-management (AWS plans)', () => {
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

describe('plaintext-secrets (AWS plans)', () => {
  const lambda = (variables: unknown, extra: Partial<FixtureResource> = {}): FixtureResource => ({
    address: 'aws_lambda_function.api',
    values: { function_name: 'api', runtime: 'nodejs20.x', handler: 'index.handler', environment: [{ variables }] },
    unknown: { arn: true, id: true },
    ...extra,
  });

  it('finds secret-named variables with literal values and credential shapes, without their values', () => {
    const r = check(plaintextSecrets, [lambda({ DB_PASSWORD: 'Sup3r-S3cret!', LOG_LEVEL: 'info', CONFIG_KEY: 'AKIAIOSFODNN7EXAMPLE' })]).result('aws_lambda_function.api');
    expect(r?.status).toBe('fail');
    expect(r?.evidence).toEqual([
      { path: 'environment[0].variables.DB_PASSWORD', note: 'a password in a secret-named setting' },
      { path: 'environment[0].variables.CONFIG_KEY', note: 'an AWS access key id' },
    ]);
    expect(JSON.stringify(r)).not.toContain('Sup3r');
    expect(JSON.stringify(r)).not.toContain('AKIAIOSFODNN7EXAMPLE');
  });

  it('passes references to a secrets manager and values that are not secrets', () => {
    const ok = check(plaintextSecrets, [lambda({ DB_PASSWORD_ARN: 'arn:aws:secretsmanager:eu-west-3:111122223333:secret:db-AbCdEf', DB_SECRET: 'arn:aws:secretsmanager:eu-west-3:111122223333:secret:db-AbCdEf', TOKEN_TTL: '3600', API_KEY: '' })]);
    expect(ok.result('aws_lambda_function.api')).toMatchObject({ status: 'pass', messageId: 'none' });
  });

  it('flags a sensitive value and a secret copied from another resource; a secret-named value known after apply is unknown', () => {
    const copied = check(plaintextSecrets, [
      lambda(
        { DB_HOST: 'db.internal', SETTINGS: 'x-very-sensitive-value' },
        {
          unknown: { arn: true, id: true, environment: [{ variables: { DB_PASSWORD: true, DB_ENDPOINT: true } }] },
          sensitive: { environment: [{ variables: { SETTINGS: true } }] },
          expressions: { environment: [{ variables: refs('random_password.db.result', 'random_password.db') }] },
        },
      ),
    ]);
    expect(copied.facets('aws_lambda_function.api').plaintextSecrets).toEqual({
      found: [
        { path: 'environment[0].variables.SETTINGS', why: 'a value Terraform marks sensitive, stored in clear in the variable' },
        { path: 'environment[0].variables.DB_PASSWORD', why: 'a secret copied from random_password into a secret-named setting' },
      ],
      unknownPaths: [],
    });
    const later = (expressions: Record<string, unknown>) =>
      check(plaintextSecrets, [lambda({ DB_HOST: 'db.internal' }, { unknown: { arn: true, id: true, environment: [{ variables: { DB_PASSWORD: true, DB_ENDPOINT: true } }] }, expressions })]);
    const unknown = later({ environment: [{ variables: refs('aws_db_instance.app.endpoint', 'aws_db_instance.app', 'module.secrets.db_password') }] });
    expect(unknown.result('aws_lambda_function.api')?.status).toBe('unknown');
    expect(unknown.facets('aws_lambda_function.api').plaintextSecrets?.unknownPaths).toEqual(['environment[0].variables.DB_PASSWORD']);
    // Only ARNs and ids in the map: the variable names a secret, it does not hold it.
    expect(later({ environment: [{ variables: refs('aws_secretsmanager_secret.db.arn', 'aws_secretsmanager_secret.db', 'aws_db_instance.app.id', 'aws_db_instance.app') }] }).status('aws_lambda_function.api')).toBe('pass');
  });

  it('reads ECS container environments, and launch template and instance user data', () => {
    const containers = JSON.stringify([
      { name: 'app', image: 'app:1', essential: true, environment: [{ name: 'SPRING_DATASOURCE_PASSWORD', value: 'hunter2hunter2' }, { name: 'PORT', value: '8080' }], secrets: [{ name: 'API_TOKEN', valueFrom: 'arn:aws:ssm:eu-west-3:111122223333:parameter/api-token' }] },
    ]);
    const ecs = check(plaintextSecrets, [{ address: 'aws_ecs_task_definition.app', values: { family: 'app', container_definitions: containers }, unknown: { arn: true, id: true, revision: true } }]);
    expect(ecs.result('aws_ecs_task_definition.app')?.evidence).toEqual([{ path: 'container_definitions[0].environment[SPRING_DATASOURCE_PASSWORD]', note: 'a password in a secret-named setting' }]);

    const script = '#!/bin/bash\nexport DB_HOST=db.internal\nexport DB_PASSWORD="Pr0d-Passw0rd"\naws s3 cp s3://bucket/app.jar /opt/app.jar\n';
    const lt = check(plaintextSecrets, [{ address: 'aws_launch_template.app', values: { name: 'app', user_data: gzipSync(script).toString('base64') }, unknown: { arn: true, id: true } }]);
    expect(lt.result('aws_launch_template.app')?.evidence).toEqual([{ path: 'user_data', note: 'a password assignment (line 3)' }]);

    // aws_instance.user_data is a digest in the plan: the configuration's literal is read.
    const instance: FixtureResource = {
      address: 'aws_instance.web',
      values: { ami: 'ami-0abc', instance_type: 't3.micro', subnet_id: 'subnet-a', user_data: '44c6c808e6449ee36dfcfc4ebd66c1b9634b40f2' },
      unknown: { arn: true, id: true },
      expressions: { user_data: { constant_value: '#! /bin/bash\nexport AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMAAAKEY\n' } },
    };
    expect(check(plaintextSecrets, [instance]).result('aws_instance.web')?.evidence).toEqual([{ path: 'user_data', note: 'an access key assignment (line 2)' }]);
    const templated = check(plaintextSecrets, [{ ...instance, expressions: { user_data: refs('local.user_data') } }]);
    expect(templated.status('aws_instance.web')).toBe('unknown');
    expect(templated.facets('aws_instance.web').plaintextSecrets?.unknownPaths).toEqual(['user_data']);
  });

  it('flags String SSM parameters named like secrets', () => {
    const param = (type: string): FixtureResource => ({ address: 'aws_ssm_parameter.db', values: { name: '/prod/db/password', type, value: 'x' }, unknown: { arn: true, id: true }, sensitive: { value: true } });
    expect(check(plaintextSecrets, [param('String')]).result('aws_ssm_parameter.db')?.evidence).toEqual([{ path: 'value', note: 'a password in a parameter of type String (not SecureString)' }]);
    expect(check(plaintextSecrets, [param('SecureString')]).status('aws_ssm_parameter.db')).toBe('none');
  });
});

describe('audit-log-protection (AWS plans)', () => {
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

describe('threat-detection (AWS plans)', () => {
  const detector = (values: Record<string, unknown>): FixtureResource => ({ address: 'aws_guardduty_detector.main', values: { finding_publishing_frequency: 'SIX_HOURS', datasources: [], ...values }, unknown: { arn: true, id: true, account_id: true } });
  const feature = (status: string): FixtureResource => ({
    address: 'aws_guardduty_detector_feature.malware',
    values: { name: 'EBS_MALWARE_PROTECTION', status, additional_configuration: [] },
    unknown: { id: true, detector_id: true },
    expressions: { detector_id: refs('aws_guardduty_detector.main.id', 'aws_guardduty_detector.main') },
  });

  it('judges GuardDuty and its malware protection', () => {
    expect(check(threatDetection, [detector({ enable: true }), feature('ENABLED')]).result('aws_guardduty_detector.main')).toMatchObject({ status: 'pass', messageId: 'serviceOnWithMalware', data: { service: 'GuardDuty' } });
    expect(check(threatDetection, [detector({ enable: true }), feature('DISABLED')]).result('aws_guardduty_detector.main')).toMatchObject({ status: 'fail', messageId: 'malwareOff', data: { service: 'GuardDuty' } });
    expect(check(threatDetection, [detector({ enable: false })]).result('aws_guardduty_detector.main')).toMatchObject({ status: 'fail', messageId: 'serviceOff', data: { service: 'GuardDuty' } });
    expect(check(threatDetection, [{ ...detector({}), unknown: { arn: true, id: true, enable: true }, expressions: { enable: refs('var.guardduty') } }]).status('aws_guardduty_detector.main')).toBe('unknown');
  });

  const vpc: FixtureResource = { address: 'aws_vpc.main', values: { cidr_block: '10.0.0.0/16', enable_dns_support: true }, unknown: { arn: true, id: true } };
  const flowLog = (vpcId: unknown): FixtureResource => ({
    address: 'aws_flow_log.main',
    values: { traffic_type: 'ALL', log_destination_type: 's3', log_destination: 'arn:aws:s3:::acme-flow-logs' },
    unknown: { arn: true, id: true, vpc_id: true },
    expressions: { vpc_id: vpcId },
  });

  it('passes a VPC with a flow log, fails one without, is unknown when the flow log\'s VPC is not known', () => {
    expect(check(threatDetection, [vpc, flowLog(refs('aws_vpc.main.id', 'aws_vpc.main'))]).result('aws_vpc.main')).toMatchObject({ status: 'pass', messageId: 'flowLogs', data: { network: 'VPC' } });
    expect(check(threatDetection, [vpc]).result('aws_vpc.main')).toMatchObject({ status: 'fail', messageId: 'noFlowLogs', data: { network: 'VPC' } });
    expect(check(threatDetection, [vpc, flowLog(refs('local.vpc_id'))]).status('aws_vpc.main')).toBe('unknown');
  });
});

describe('vulnerability-scanning (AWS plans)', () => {
  const repo = (scan: unknown[], extra: Partial<FixtureResource> = {}): FixtureResource => ({
    address: 'aws_ecr_repository.app',
    values: { name: 'app', image_tag_mutability: 'IMMUTABLE', image_scanning_configuration: scan, encryption_configuration: [{ encryption_type: 'AES256', kms_key: '' }] },
    unknown: { arn: true, id: true, registry_id: true, repository_url: true },
    ...extra,
  });

  it('passes scan on push, a matching registry rule or Inspector; fails without', () => {
    expect(check(vulnerabilityScanning, [repo([{ scan_on_push: true }])]).status('aws_ecr_repository.app')).toBe('pass');
    const registry: FixtureResource = { address: 'aws_ecr_registry_scanning_configuration.main', values: { scan_type: 'ENHANCED', rule: [{ scan_frequency: 'CONTINUOUS_SCAN', repository_filter: [{ filter: 'ap*', filter_type: 'WILDCARD' }] }] }, unknown: { id: true, registry_id: true } };
    expect(check(vulnerabilityScanning, [repo([{ scan_on_push: false }]), registry]).status('aws_ecr_repository.app')).toBe('pass');
    const inspector: FixtureResource = { address: 'aws_inspector2_enabler.main', values: { account_ids: ['111122223333'], resource_types: ['EC2', 'ECR'] }, unknown: { id: true } };
    expect(check(vulnerabilityScanning, [repo([{ scan_on_push: false }]), inspector]).status('aws_ecr_repository.app')).toBe('pass');
    const off = check(vulnerabilityScanning, [repo([{ scan_on_push: false }])]).result('aws_ecr_repository.app');
    expect(off).toMatchObject({ status: 'fail', messageId: 'notScanned', data: { target: 'ECR repository' } });
  });

  it('is unknown while scan on push comes from a variable', () => {
    const r = check(vulnerabilityScanning, [repo([{}], { unknown: { arn: true, id: true, image_scanning_configuration: [{ scan_on_push: true }] }, expressions: { image_scanning_configuration: [{ scan_on_push: refs('var.scan') }] } })]);
    expect(r.status('aws_ecr_repository.app')).toBe('unknown');
  });
  it('judges Amazon Inspector on instances: EC2 among its resource types, or not', () => {
    const enabler = (types: string[] | undefined): FixtureResource => ({ address: 'aws_inspector2_enabler.main', values: { account_ids: ['111122223333'], ...(types ? { resource_types: types } : {}) }, unknown: { id: true, ...(types ? {} : { resource_types: true }) }, ...(types ? {} : { expressions: { resource_types: refs('var.inspector_types') } }) });
    expect(check(vulnerabilityScanning, [enabler(['EC2', 'ECR'])]).status('aws_inspector2_enabler.main')).toBe('pass');
    const ecrOnly = check(vulnerabilityScanning, [enabler(['ECR', 'LAMBDA'])]).result('aws_inspector2_enabler.main');
    expect(ecrOnly?.status).toBe('fail');
    expect(ecrOnly?.evidence).toEqual([{ path: 'resource_types', note: 'EC2 is not among the scanned resource types' }]);
    expect(check(vulnerabilityScanning, [enabler(undefined)]).status('aws_inspector2_enabler.main')).toBe('unknown');
  });
});

describe('password-policy (AWS plans)', () => {
  const policy = (values: Record<string, unknown>, extra: Partial<FixtureResource> = {}): FixtureResource => ({
    address: 'aws_iam_account_password_policy.strict',
    values: { minimum_password_length: 14, require_lowercase_characters: true, require_uppercase_characters: true, require_numbers: true, require_symbols: false, password_reuse_prevention: 5, max_password_age: 90, allow_users_to_change_password: true, ...values },
    unknown: { id: true, expire_passwords: true },
    ...extra,
  });

  it('passes CL-15, fails what falls short', () => {
    expect(check(passwordPolicy, [policy({})]).result('aws_iam_account_password_policy.strict')).toMatchObject({ status: 'pass', messageId: 'meets' });
    const weak = check(passwordPolicy, [policy({ minimum_password_length: 6, require_uppercase_characters: false, password_reuse_prevention: null, max_password_age: 0 })]).result('aws_iam_account_password_policy.strict');
    expect(weak).toMatchObject({
      status: 'fail',
      messageId: 'shortOf',
      data: {
        problems: [
          { messageId: 'tooLow', data: { what: { messageId: 'minLength' }, value: 6, min: 8 } },
          { messageId: 'tooLow', data: { what: { messageId: 'characterClasses' }, value: 2, min: 3 } },
          { messageId: 'tooLow', data: { what: { messageId: 'reusePrevention' }, value: { messageId: 'notSet' }, min: 5 } },
          { messageId: 'tooHigh', data: { what: { messageId: 'maxAge' }, value: { messageId: 'notSet' }, max: 90 } },
        ],
      },
    });
  });

  it('is unknown while a requirement comes from a variable', () => {
    const r = check(passwordPolicy, [policy({ max_password_age: undefined }, { unknown: { id: true, max_password_age: true }, expressions: { max_password_age: refs('var.max_age') } })]).result('aws_iam_account_password_policy.strict');
    expect(r?.status).toBe('unknown');
    expect(r).toMatchObject({ messageId: 'unverified', data: { unknowns: [{ messageId: 'maxAge' }] } });
  });
});

describe('long-lived-credentials (AWS plans)', () => {
  it('fails IAM access keys, passes nothing else by default', () => {
    const key: FixtureResource = { address: 'aws_iam_access_key.ci', values: { user: 'ci-deployer', status: 'Active', pgp_key: null }, unknown: { id: true, secret: true, ses_smtp_password_v4: true }, sensitive: { secret: true } };
    const r = check(longLivedCredentials, [key]).result('aws_iam_access_key.ci');
    expect(r).toMatchObject({ status: 'fail', messageId: 'longLived', data: { holder: 'IAM access key of user ci-deployer' } });
    const unknownUser = check(longLivedCredentials, [{ ...key, values: { status: 'Active' }, unknown: { id: true, secret: true, user: true }, expressions: { user: refs('aws_iam_user.ci.name', 'aws_iam_user.ci') } }]);
    expect(unknownUser.result('aws_iam_access_key.ci')).toMatchObject({ status: 'fail', messageId: 'longLived', data: { holder: 'IAM access key' } });
    expect(check(longLivedCredentials, [{ address: 'aws_iam_user.ci', values: { name: 'ci' }, unknown: { arn: true, id: true } }]).status('aws_iam_user.ci')).toBe('none');
  });
});

describe('network-separation (AWS plans)', () => {
  it('fails the default VPC and resources left in it; unknown for a lookup of the default VPC', () => {
    const list: FixtureResource[] = [
      { address: 'aws_default_vpc.this', values: { enable_dns_support: true, force_destroy: false, tags: { Name: 'default' } }, unknown: { arn: true, id: true, cidr_block: true } },
      { address: 'aws_instance.legacy', values: { ami: 'ami-0abc', instance_type: 't3.micro', network_interface: [] }, unknown: { arn: true, id: true, subnet_id: true } },
      { address: 'aws_instance.placed', values: { ami: 'ami-0abc', instance_type: 't3.micro', subnet_id: 'subnet-0a1b', network_interface: [] }, unknown: { arn: true, id: true } },
      { address: 'aws_security_group.app', values: { name: 'app', ingress: [], egress: [] }, unknown: { arn: true, id: true, vpc_id: true }, expressions: { vpc_id: refs('data.aws_vpc.default.id', 'data.aws_vpc.default') } },
    ];
    const c = check(networkSeparation, list);
    expect(c.result('aws_default_vpc.this')).toMatchObject({ status: 'fail', messageId: 'defaultNetwork', data: { network: 'VPC' } });
    expect(c.result('aws_instance.legacy')).toMatchObject({ status: 'fail', messageId: 'defaultNetwork', data: { network: 'network of the EC2 instance' } });
    expect(c.status('aws_instance.placed')).toBe('none');
    expect(c.result('aws_security_group.app')?.status).toBe('unknown');
  });

  it('passes a plan of one environment and fails one that mixes production and development (tags)', () => {
    const bucket = (name: string, env: string): FixtureResource => ({ address: `aws_s3_bucket.${name}`, values: { bucket: `acme-${name}`, tags: { Environment: env } }, unknown: { arn: true, id: true } });
    const judge = (list: FixtureResource[]) => {
      const tally = new EnvironmentTally(DEFAULT_SETTINGS.environments);
      for (const r of resources(list)) tally.add(r);
      return runPolicy(networkSeparation, tally.scopeResources());
    };
    expect([...judge([bucket('a', 'prod'), bucket('b', 'production')]).values()][0]?.status).toBe('pass');
    const mixed = [...judge([bucket('a', 'prod'), bucket('b', 'dev')]).values()][0];
    expect(mixed?.status).toBe('fail');
    expect(mixed).toMatchObject({ messageId: 'mixed', data: { production: 1, nonProduction: 1 } });
  });
});

describe('availability (AWS plans)', () => {
  const settings = { highAvailability: ['aws_db_instance.*', 'aws_lb.*', 'aws_rds_cluster.*'] };

  it('judges only the resources the configuration names', () => {
    const db: FixtureResource = { address: 'aws_db_instance.app', values: { identifier: 'app', engine: 'postgres', multi_az: false }, unknown: { arn: true, id: true } };
    expect(check(availability, [db]).status('aws_db_instance.app')).toBe('none');
    expect(check(availability, [db], settings).result('aws_db_instance.app')).toMatchObject({ status: 'fail', messageId: 'singleZone', data: { service: 'RDS instance' } });
    expect(check(availability, [{ ...db, values: { ...db.values, multi_az: true } }], settings).status('aws_db_instance.app')).toBe('pass');
    expect(check(availability, [{ ...db, values: { identifier: 'app', engine: 'postgres' }, unknown: { arn: true, id: true, multi_az: true }, expressions: { multi_az: refs('var.ha') } }], settings).status('aws_db_instance.app')).toBe('unknown');
  });

  it('counts load balancer subnets and Aurora instances across zones', () => {
    const lb = (subnets: string[]): FixtureResource => ({ address: 'aws_lb.web', values: { name: 'web', load_balancer_type: 'network', subnets }, unknown: { arn: true, id: true } });
    expect(check(availability, [lb(['subnet-a', 'subnet-b'])], settings).status('aws_lb.web')).toBe('pass');
    expect(check(availability, [lb(['subnet-a'])], settings).status('aws_lb.web')).toBe('fail');
    const cluster: FixtureResource = { address: 'aws_rds_cluster.main', values: { cluster_identifier: 'main', engine: 'aurora-postgresql' }, unknown: { arn: true, id: true } };
    const member = (n: number, az: string | null): FixtureResource => ({
      address: `aws_rds_cluster_instance.main[${n}]`,
      values: { identifier: `main-${n}`, instance_class: 'db.r6g.large', engine: 'aurora-postgresql', ...(az ? { availability_zone: az } : {}) },
      unknown: { arn: true, id: true, cluster_identifier: true, ...(az ? {} : { availability_zone: true }) },
      expressions: { cluster_identifier: refs('aws_rds_cluster.main.id', 'aws_rds_cluster.main') },
    });
    expect(check(availability, [cluster, member(0, 'eu-west-3a'), member(1, 'eu-west-3b')], settings).status('aws_rds_cluster.main')).toBe('pass');
    expect(check(availability, [cluster, member(0, 'eu-west-3a')], settings).status('aws_rds_cluster.main')).toBe('fail');
    expect(check(availability, [cluster, member(0, null), member(1, null)], settings).status('aws_rds_cluster.main')).toBe('unknown');
  });
});

describe('AWS TLS policy tables', () => {
  it('reads the lowest TLS version and weak suites from AWS policy names', async () => {
    const { elbPolicy, cloudfrontPolicy, apiGatewayPolicy } = await import('../providers/aws/knowledge/tls-policies.js');
    expect(elbPolicy('ELBSecurityPolicy-TLS13-1-2-Res-2021-06')).toEqual({ minTls: '1.2', weakCiphers: 'no' });
    expect(elbPolicy('ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09')).toEqual({ minTls: '1.2', weakCiphers: 'no' });
    expect(elbPolicy('ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04')).toEqual({ minTls: '1.3', weakCiphers: 'no' });
    expect(elbPolicy('ELBSecurityPolicy-TLS13-1-2-Ext2-2021-06')).toEqual({ minTls: '1.2', weakCiphers: 'no' });
    expect(elbPolicy('ELBSecurityPolicy-TLS13-1-1-2021-06')).toEqual({ minTls: '1.1', weakCiphers: 'no' });
    expect(elbPolicy('ELBSecurityPolicy-TLS-1-0-2015-04')).toEqual({ minTls: '1.0', weakCiphers: 'yes' });
    expect(elbPolicy('ELBSecurityPolicy-FS-1-2-Res-2020-10')).toEqual({ minTls: '1.2', weakCiphers: 'no' });
    expect(elbPolicy('ELBSecurityPolicy-Custom')).toEqual({ minTls: 'unknown', weakCiphers: 'unknown' });
    expect(cloudfrontPolicy('TLSv1.2_2019')).toEqual({ minTls: '1.2', weakCiphers: 'no' });
    expect(cloudfrontPolicy('TLSv1.1_2016')).toEqual({ minTls: '1.1', weakCiphers: 'no' });
    expect(cloudfrontPolicy('TLSv1')).toEqual({ minTls: '1.0', weakCiphers: 'yes' });
    expect(apiGatewayPolicy('SecurityPolicy_TLS13_1_3_2025_09')).toEqual({ minTls: '1.3' });
    expect(apiGatewayPolicy('TLS_1_0')).toEqual({ minTls: '1.0' });
  });
});
