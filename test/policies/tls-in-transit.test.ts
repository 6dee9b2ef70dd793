import tlsInTransit from '../../policies/tls-in-transit.js';
import { describe, expect, it } from 'vitest';
import { check, idRefs, judgePlan, planFacets, planStatus, refs, resultOf, RG } from '../helpers/plan-verdicts.js';
import { gcsBucket, httpProxy, httpsProxy, sql, sslPolicy, urlMap } from '../helpers/gcp-plan-fixtures.js';
import { type FixtureResource } from '../helpers/plan-builder.js';

import * as cfg from '../helpers/aws-fixtures.js';
import * as arm from '../helpers/azure-estate.js';
import * as asset from '../helpers/gcp-policy-estate.js';
import { describeTwins } from '../helpers/twins.js';

/** The tls-in-transit policy on each cloud's plans, and the same estate as a plan and as an inventory (twins). */

describe('AWS plans', () => {
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

const account = (values: Record<string, unknown>, unknown: Record<string, unknown> = {}): FixtureResource => ({
  address: 'azurerm_storage_account.st',
  values: { ...RG, name: 'stapp', account_tier: 'Standard', account_replication_type: 'ZRS', ...values },
  unknown: { id: true, primary_blob_endpoint: true, ...unknown },
});

const agw = (o: { redirect: boolean; ssl_policy?: unknown[] }): FixtureResource => ({
  address: 'azurerm_application_gateway.agw',
  values: {
    ...RG,
    name: 'agw',
    sku: [{ name: 'WAF_v2', tier: 'WAF_v2', capacity: 2 }],
    http_listener: [
      { name: 'http', frontend_ip_configuration_name: 'public', frontend_port_name: 'p80', protocol: 'Http', ssl_certificate_name: '', host_names: [] },
      { name: 'https', frontend_ip_configuration_name: 'public', frontend_port_name: 'p443', protocol: 'Https', ssl_certificate_name: 'cert', host_names: [] },
    ],
    request_routing_rule: [
      { name: 'http', rule_type: 'Basic', priority: 10, http_listener_name: 'http', redirect_configuration_name: o.redirect ? 'to-https' : '', backend_address_pool_name: o.redirect ? '' : 'app', backend_http_settings_name: o.redirect ? '' : 'app' },
      { name: 'https', rule_type: 'Basic', priority: 20, http_listener_name: 'https', redirect_configuration_name: '', backend_address_pool_name: 'app', backend_http_settings_name: 'app' },
    ],
    redirect_configuration: o.redirect ? [{ name: 'to-https', redirect_type: 'Permanent', target_listener_name: 'https', target_url: '', include_path: true, include_query_string: true }] : [],
    ssl_policy: o.ssl_policy ?? [],
    ssl_profile: [],
  },
  unknown: { id: true },
});
const app = (values: Record<string, unknown>, siteConfig: Record<string, unknown> = {}): FixtureResource => ({
  address: 'azurerm_linux_web_app.app',
  values: { ...RG, name: 'app', app_settings: {}, site_config: [{ always_on: true, ftps_state: 'Disabled', minimum_tls_version: '1.2', scm_minimum_tls_version: '1.2', ...siteConfig }], ...values },
  unknown: { id: true, service_plan_id: true, default_hostname: true },
});
const modern = [{ policy_type: 'Predefined', policy_name: 'AppGwSslPolicy20220101', disabled_protocols: null, cipher_suites: null, min_protocol_version: null }];

describe('Azure plans: encryption in transit', () => {
  it('storage accounts: https_traffic_only_enabled (4.x) or enable_https_traffic_only (3.x), and min_tls_version', () => {
    expect(planStatus('tls-in-transit', [account({ https_traffic_only_enabled: true, min_tls_version: 'TLS1_2' })], 'azurerm_storage_account.st')).toBe('pass');
    expect(judgePlan('tls-in-transit', [account({ enable_https_traffic_only: false, min_tls_version: 'TLS1_2' })], 'azurerm_storage_account.st').result).toMatchObject({ messageId: 'problems', data: { problems: [{ messageId: 'acceptsPlain' }] } });
    expect(judgePlan('tls-in-transit', [account({ https_traffic_only_enabled: true, min_tls_version: 'TLS1_0' })], 'azurerm_storage_account.st').result).toMatchObject({ messageId: 'problems', data: { problems: [{ messageId: 'acceptsOldTls', data: { version: '1.0', min: '1.2' } }] } });
    // An old plan without a value for min_tls_version: its default depends on the provider version.
    expect(planStatus('tls-in-transit', [account({ enable_https_traffic_only: true, min_tls_version: null })], 'azurerm_storage_account.st')).toBe('unknown');
  });

  it('web apps: https_only (false by default), FTP state, site and SCM minimum TLS versions', () => {
    expect(planStatus('tls-in-transit', [app({ https_only: true })], 'azurerm_linux_web_app.app')).toBe('pass');
    expect(planStatus('tls-in-transit', [app({ https_only: false })], 'azurerm_linux_web_app.app')).toBe('fail');
    expect(planStatus('tls-in-transit', [app({ https_only: true }, { ftps_state: 'AllAllowed' })], 'azurerm_linux_web_app.app')).toBe('fail');
    expect(judgePlan('tls-in-transit', [app({ https_only: true }, { scm_minimum_tls_version: '1.1' })], 'azurerm_linux_web_app.app').result).toMatchObject({ messageId: 'problems', data: { problems: [{ messageId: 'acceptsOldTls', data: { version: '1.1' } }] } });
    // The retired azurerm_app_service: ftps_state and min_tls_version are Optional+Computed.
    const legacy: FixtureResource = {
      address: 'azurerm_app_service.old',
      values: { ...RG, name: 'old', https_only: true, site_config: [{ always_on: false, http2_enabled: false }] },
      unknown: { id: true, app_service_plan_id: true, site_config: [{ ftps_state: true, min_tls_version: true, scm_type: true }] },
      expressions: { site_config: [{ ftps_state: { references: ['var.ftps_state'] } }] },
    };
    expect(planStatus('tls-in-transit', [legacy], 'azurerm_app_service.old')).toBe('unknown');
  });

  it('SQL servers, PostgreSQL flexible server parameters, Redis, Cosmos DB', () => {
    const sql = (tls: string): FixtureResource => ({ address: 'azurerm_mssql_server.sql', values: { ...RG, name: 'sql', version: '12.0', minimum_tls_version: tls, public_network_access_enabled: false }, unknown: { id: true, fully_qualified_domain_name: true } });
    expect(planStatus('tls-in-transit', [sql('1.2')], 'azurerm_mssql_server.sql')).toBe('pass');
    expect(judgePlan('tls-in-transit', [sql('Disabled')], 'azurerm_mssql_server.sql').result).toMatchObject({ messageId: 'problems', data: { problems: [{ messageId: 'acceptsOldTls', data: { version: '1.0' } }] } });
    const psql: FixtureResource = { address: 'azurerm_postgresql_flexible_server.db', values: { ...RG, name: 'psql', version: '16', public_network_access_enabled: false }, unknown: { id: true, fqdn: true, backup_retention_days: true } };
    const param = (name: string, value: unknown, unknown = false): FixtureResource => ({
      address: `azurerm_postgresql_flexible_server_configuration.${name}`,
      values: { name, ...(unknown ? {} : { value }) },
      unknown: { id: true, server_id: true, ...(unknown ? { value: true } : {}) },
      expressions: { server_id: idRefs('azurerm_postgresql_flexible_server.db'), ...(unknown ? { value: { references: ['var.value'] } } : {}) },
    });
    expect(planStatus('tls-in-transit', [psql], 'azurerm_postgresql_flexible_server.db')).toBe('pass');
    expect(judgePlan('tls-in-transit', [psql, param('require_secure_transport', 'off')], 'azurerm_postgresql_flexible_server.db').result).toMatchObject({ messageId: 'problems', data: { problems: [{ messageId: 'acceptsPlain' }] } });
    expect(planStatus('tls-in-transit', [psql, param('ssl_min_protocol_version', 'TLSv1.1')], 'azurerm_postgresql_flexible_server.db')).toBe('fail');
    expect(planStatus('tls-in-transit', [psql, param('require_secure_transport', undefined, true)], 'azurerm_postgresql_flexible_server.db')).toBe('unknown');
    const redis = (values: Record<string, unknown>): FixtureResource => ({ address: 'azurerm_redis_cache.cache', values: { ...RG, name: 'cache', capacity: 1, family: 'C', sku_name: 'Standard', minimum_tls_version: '1.2', ...values }, unknown: { id: true, hostname: true } });
    expect(planStatus('tls-in-transit', [redis({ non_ssl_port_enabled: false })], 'azurerm_redis_cache.cache')).toBe('pass');
    expect(planStatus('tls-in-transit', [redis({ enable_non_ssl_port: true })], 'azurerm_redis_cache.cache')).toBe('fail');
  });

  it('application gateways: plain HTTP listeners must redirect to HTTPS; predefined and custom TLS policies', () => {
    expect(planStatus('tls-in-transit', [agw({ redirect: true, ssl_policy: modern })], 'azurerm_application_gateway.agw')).toBe('pass');
    expect(planStatus('tls-in-transit', [agw({ redirect: false, ssl_policy: modern })], 'azurerm_application_gateway.agw')).toBe('fail');
    const old = [{ policy_type: 'Predefined', policy_name: 'AppGwSslPolicy20170401S', cipher_suites: null, min_protocol_version: null }];
    expect(judgePlan('tls-in-transit', [agw({ redirect: true, ssl_policy: old })], 'azurerm_application_gateway.agw').result).toMatchObject({ messageId: 'problems', data: { problems: [{ messageId: 'weakCiphers' }] } });
    const custom = [{ policy_type: 'CustomV2', policy_name: '', min_protocol_version: 'TLSv1_2', cipher_suites: ['TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384', 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256'] }];
    expect(planStatus('tls-in-transit', [agw({ redirect: true, ssl_policy: custom })], 'azurerm_application_gateway.agw')).toBe('pass');
    const none = judgePlan('tls-in-transit', [agw({ redirect: true })], 'azurerm_application_gateway.agw');
    expect(none.result?.status).toBe('unknown');
    expect(none.resource.facets.transit?.evidence.some((e) => e.note?.includes('AppGwSslPolicy20150501'))).toBe(true);
  });
});

describe('GCP plans: encryption in transit', () => {
  it('passes an HTTPS proxy with a MODERN or RESTRICTED TLS 1.2 policy of the plan', () => {
    const list = [sslPolicy('google_compute_ssl_policy.modern', { profile: 'MODERN', min_tls_version: 'TLS_1_2' }), httpsProxy('google_compute_target_https_proxy.web', 'google_compute_ssl_policy.modern')];
    expect(planFacets(list, 'google_compute_target_https_proxy.web').transit).toMatchObject({
      encryptedOnly: 'yes',
      minTls: '1.2',
      weakCiphers: 'no',
      evidence: expect.arrayContaining([{ path: 'min_tls_version', value: 'TLS_1_2', note: 'profile MODERN, minimum TLS 1.2', from: 'google_compute_ssl_policy.modern' }]),
    });
    expect(resultOf(tlsInTransit, list, 'google_compute_target_https_proxy.web')).toMatchObject({ status: 'pass', messageId: 'encryptedOnlyFrom', data: { version: '1.2' } });
    // Found by its self link too (a policy written as a string).
    const byLink = [sslPolicy('google_compute_ssl_policy.strict', { name: 'strict', profile: 'RESTRICTED', min_tls_version: 'TLS_1_2' }), httpsProxy('google_compute_target_https_proxy.web', undefined, { ssl_policy: 'https://www.googleapis.com/compute/v1/projects/hosting-prod/global/sslPolicies/strict' })];
    expect(resultOf(tlsInTransit, byLink, 'google_compute_target_https_proxy.web')?.status).toBe('pass');
  });

  it("fails an HTTPS proxy without an SSL policy (Google's default: COMPATIBLE, TLS 1.0) or with a weak one", () => {
    // The provider writes "" for no policy (cloudrun-lb-demo).
    const none = httpsProxy('google_compute_target_https_proxy.web', undefined, { ssl_policy: '' });
    expect(resultOf(tlsInTransit, [none], 'google_compute_target_https_proxy.web')).toMatchObject({
      status: 'fail',
      messageId: 'problems',
      data: { problems: [{ messageId: 'acceptsOldTls', data: { version: '1.0', min: '1.2' } }, { messageId: 'weakCiphers' }] },
    });
    const compatible = [sslPolicy('google_compute_ssl_policy.old', { profile: 'COMPATIBLE', min_tls_version: 'TLS_1_2' }), httpsProxy('google_compute_target_https_proxy.web', 'google_compute_ssl_policy.old')];
    expect(resultOf(tlsInTransit, compatible, 'google_compute_target_https_proxy.web')).toMatchObject({ status: 'fail', messageId: 'problems', data: { problems: [{ messageId: 'weakCiphers' }] } });
    const custom = [
      sslPolicy('google_compute_ssl_policy.custom', { profile: 'CUSTOM', min_tls_version: 'TLS_1_2', custom_features: ['TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256', 'TLS_RSA_WITH_3DES_EDE_CBC_SHA'] }),
      httpsProxy('google_compute_target_https_proxy.web', 'google_compute_ssl_policy.custom'),
    ];
    expect(planFacets(custom, 'google_compute_target_https_proxy.web').transit?.weakCiphers).toBe('yes');
    const modern10 = [sslPolicy('google_compute_ssl_policy.m', { profile: 'MODERN' }), httpsProxy('google_compute_target_https_proxy.web', 'google_compute_ssl_policy.m')];
    expect(resultOf(tlsInTransit, modern10, 'google_compute_target_https_proxy.web')).toMatchObject({ status: 'fail', messageId: 'problems', data: { problems: [{ messageId: 'acceptsOldTls', data: { version: '1.0' } }] } });
  });

  it('is unknown when the SSL policy is outside the plan or known only after apply', () => {
    const outside = httpsProxy('google_compute_target_https_proxy.web', undefined, { ssl_policy: 'projects/shared-net/global/sslPolicies/corporate' });
    expect(resultOf(tlsInTransit, [outside], 'google_compute_target_https_proxy.web')).toMatchObject({ status: 'unknown', settle: expect.stringContaining('SSL policy') });
    const later: FixtureResource = { ...httpsProxy('google_compute_target_https_proxy.web'), unknown: { id: true, ssl_policy: true }, expressions: { ssl_policy: { references: ['var.ssl_policy'] } } };
    expect(resultOf(tlsInTransit, [later], 'google_compute_target_https_proxy.web')?.status).toBe('unknown');
  });

  it('passes an HTTP proxy whose URL map only redirects to HTTPS, fails one serving plain HTTP, unknown without its URL map', () => {
    const redirect = [urlMap('google_compute_url_map.redirect', { default_url_redirect: [{ https_redirect: true, redirect_response_code: 'MOVED_PERMANENTLY_DEFAULT', strip_query: false }] }), httpProxy('google_compute_target_http_proxy.web', 'google_compute_url_map.redirect')];
    expect(resultOf(tlsInTransit, redirect, 'google_compute_target_http_proxy.web')).toMatchObject({ status: 'pass' });
    const serving = [urlMap('google_compute_url_map.web', { default_service: 'projects/hosting-prod/global/backendServices/web' }), httpProxy('google_compute_target_http_proxy.web', 'google_compute_url_map.web')];
    expect(resultOf(tlsInTransit, serving, 'google_compute_target_http_proxy.web')).toMatchObject({ status: 'fail', messageId: 'problems', data: { endpoint: 'HTTP load balancer front end', problems: [{ messageId: 'acceptsPlain' }] } });
    const pathRules = [
      urlMap('google_compute_url_map.mixed', {
        default_url_redirect: [{ https_redirect: true, strip_query: false }],
        path_matcher: [{ name: 'api', default_service: 'projects/hosting-prod/global/backendServices/api', path_rule: [{ paths: ['/v1/*'], service: 'projects/hosting-prod/global/backendServices/api' }], route_rules: [] }],
      }),
      httpProxy('google_compute_target_http_proxy.web', 'google_compute_url_map.mixed'),
    ];
    expect(resultOf(tlsInTransit, pathRules, 'google_compute_target_http_proxy.web')?.status).toBe('fail');
    expect(resultOf(tlsInTransit, [httpProxy('google_compute_target_http_proxy.web', 'module.lb.google_compute_url_map.x')], 'google_compute_target_http_proxy.web')).toMatchObject({ status: 'unknown', settle: expect.stringContaining('URL map') });
  });

  it('judges Cloud SQL by ssl_mode, the legacy require_ssl, and the default that accepts plain connections', () => {
    const mode = (ip: Record<string, unknown>) => sql('google_sql_database_instance.db', { ip_configuration: [{ ipv4_enabled: false, authorized_networks: [], ...ip }] });
    expect(resultOf(tlsInTransit, [mode({ ssl_mode: 'ENCRYPTED_ONLY' })], 'google_sql_database_instance.db')).toMatchObject({ status: 'pass' });
    expect(resultOf(tlsInTransit, [mode({ ssl_mode: 'TRUSTED_CLIENT_CERTIFICATE_REQUIRED' })], 'google_sql_database_instance.db')).toMatchObject({ status: 'pass' });
    expect(resultOf(tlsInTransit, [mode({ require_ssl: true })], 'google_sql_database_instance.db')).toMatchObject({ status: 'pass' });
    expect(resultOf(tlsInTransit, [mode({ ssl_mode: 'ALLOW_UNENCRYPTED_AND_ENCRYPTED' })], 'google_sql_database_instance.db')).toMatchObject({ status: 'fail' });
    const unset = resultOf(tlsInTransit, [sql('google_sql_database_instance.db')], 'google_sql_database_instance.db');
    expect(unset).toMatchObject({ status: 'fail', evidence: [{ path: 'settings[0].ip_configuration[0].ssl_mode', note: expect.stringContaining('accepts unencrypted connections') }] });
    const later = sql('google_sql_database_instance.db', {}, {
      unknown: { id: true, settings: [{ ip_configuration: [{ ssl_mode: true }] }] },
      expressions: { settings: [{ ip_configuration: [{ ssl_mode: { references: ['var.ssl_mode'] } }] }] },
    });
    expect(resultOf(tlsInTransit, [later], 'google_sql_database_instance.db')).toMatchObject({ status: 'unknown', settle: expect.stringContaining('ssl_mode') });
  });

  it('says nothing of Cloud Storage buckets: no setting refuses plain HTTP', () => {
    expect(planFacets([gcsBucket('google_storage_bucket.data', 'ft-data')], 'google_storage_bucket.data').transit).toBeUndefined();
  });
});

const awsListener = (sslPolicy: string): FixtureResource => ({
  address: 'aws_lb_listener.web',
  values: { port: 443, protocol: 'HTTPS', certificate_arn: 'arn:aws:acm:eu-west-3:111122223333:certificate/0c7a7d76', ssl_policy: sslPolicy, default_action: [{ type: 'forward', target_group_arn: 'arn:aws:elasticloadbalancing:eu-west-3:111122223333:targetgroup/web/73e2d6bc', redirect: [], fixed_response: [] }] },
  unknown: { arn: true, id: true, load_balancer_arn: true },
});

const liveAccount = (minimumTlsVersion: string) => {
  const r = arm.storageAccount(arm.SUB_A, 'rg-app', 'stapp', { sku: 'Standard_ZRS' });
  return { ...r, properties: { ...(r.properties as Record<string, unknown>), minimumTlsVersion } };
};
const site = (httpsOnly: boolean) => arm.webApp(arm.SUB_A, 'rg-app', 'app', { httpsOnly });
const psqlServer: FixtureResource = { address: 'azurerm_postgresql_flexible_server.db', values: { ...RG, name: 'psql', version: '16', public_network_access_enabled: false }, unknown: { id: true, fqdn: true, backup_retention_days: true } };
const secureTransportOff: FixtureResource = {
  address: 'azurerm_postgresql_flexible_server_configuration.require_secure_transport',
  values: { name: 'require_secure_transport', value: 'off' },
  unknown: { id: true, server_id: true },
  expressions: { server_id: idRefs('azurerm_postgresql_flexible_server.db') },
};
const livePsql = arm.postgresFlexible(arm.SUB_A, 'rg-app', 'psql', { public: false });
const liveGateway = (redirects: boolean) => arm.applicationGateway(arm.SUB_A, 'rg-app', 'agw', { httpRedirects: redirects, sslPolicy: { policyType: 'Predefined', policyName: 'AppGwSslPolicy20220101' } });

const MODERN_12 = { profile: 'MODERN', min_tls_version: 'TLS_1_2' };
const POLICY_LINK = 'https://www.googleapis.com/compute/v1/projects/hosting-prod/global/sslPolicies/modern';
const cloudSqlSsl = (mode: string) => sql('google_sql_database_instance.db', { ip_configuration: [{ ipv4_enabled: false, authorized_networks: [], private_network: 'projects/hosting-prod/global/networks/vpc-main', ssl_mode: mode }] }, {}, { name: 'orders-db' });
const liveCloudSqlSsl = (mode: string) => asset.sqlInstance('hosting-prod', 'orders-db', 'europe-west9', { ipConfiguration: { ipv4Enabled: false, privateNetwork: 'projects/hosting-prod/global/networks/vpc-main', sslMode: mode } });

describeTwins('tls-in-transit', [
  { name: 'an HTTPS listener with a TLS 1.2+ policy', cloud: 'aws', plan: [awsListener('ELBSecurityPolicy-TLS13-1-2-2021-06')], live: [cfg.listener({ id: 'https-web', protocol: 'HTTPS', sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06', defaultAction: 'forward' })], at: { plan: 'aws_lb_listener.web', live: '/https-web' }, expect: { status: 'pass', messageId: 'encryptedOnlyFrom' } },
  { name: 'an HTTPS listener accepting TLS 1.0', cloud: 'aws', plan: [awsListener('ELBSecurityPolicy-2016-08')], live: [cfg.listener({ id: 'https-web', protocol: 'HTTPS', sslPolicy: 'ELBSecurityPolicy-2016-08', defaultAction: 'forward' })], at: { plan: 'aws_lb_listener.web', live: '/https-web' }, expect: { status: 'fail', messageId: 'problems', data: { endpoint: 'load balancer listener', problems: [{ messageId: 'acceptsOldTls', data: { version: '1.0', min: '1.2' } }] } } },
  { name: 'a storage account refusing HTTP and TLS below 1.2', cloud: 'azure', plan: [account({ https_traffic_only_enabled: true, min_tls_version: 'TLS1_2' })], live: [liveAccount('TLS1_2')], at: { plan: 'azurerm_storage_account.st', live: 'storageAccounts/stapp' }, expect: { status: 'pass', messageId: 'encryptedOnlyFrom', data: { version: '1.2' } } },
  { name: 'a storage account accepting TLS 1.0', cloud: 'azure', plan: [account({ https_traffic_only_enabled: true, min_tls_version: 'TLS1_0' })], live: [liveAccount('TLS1_0')], at: { plan: 'azurerm_storage_account.st', live: 'storageAccounts/stapp' }, expect: { status: 'fail', messageId: 'problems', data: { problems: [{ messageId: 'acceptsOldTls', data: { version: '1.0', min: '1.2' } }] } } },
  {
    // The site's TLS settings are its config/web child, not the Resource Graph record.
    name: 'a web app serving plain HTTP',
    cloud: 'azure',
    plan: [app({ https_only: false })],
    live: [site(false), arm.webConfig(site(false).id as string)],
    at: { plan: 'azurerm_linux_web_app.app', live: 'sites/app' },
    expect: { status: 'fail', messageId: 'problems', data: { problems: [{ messageId: 'acceptsPlain' }] } },
  },
  { name: 'a web app on HTTPS only, TLS 1.2', cloud: 'azure', plan: [app({ https_only: true })], live: [site(true), arm.webConfig(site(true).id as string, { ftpsState: 'Disabled' })], at: { plan: 'azurerm_linux_web_app.app', live: 'sites/app' }, expect: { status: 'pass', messageId: 'encryptedOnlyFrom' } },
  {
    name: 'a PostgreSQL flexible server not requiring secure transport',
    cloud: 'azure',
    plan: [psqlServer, secureTransportOff],
    live: [livePsql, arm.serverParameter(livePsql.id as string, 'require_secure_transport', 'off'), arm.serverParameter(livePsql.id as string, 'ssl_min_protocol_version', 'TLSv1.2')],
    at: { plan: 'azurerm_postgresql_flexible_server.db', live: 'flexibleServers/psql' },
    expect: { status: 'fail', messageId: 'problems', data: { problems: [{ messageId: 'acceptsPlain' }] } },
  },
  { name: 'an application gateway redirecting HTTP, with a 2022 TLS policy', cloud: 'azure', plan: [agw({ redirect: true, ssl_policy: modern })], live: [liveGateway(true)], at: { plan: 'azurerm_application_gateway.agw', live: 'applicationGateways/agw' }, expect: { status: 'pass', messageId: 'encryptedOnlyFrom' } },
  { name: 'an application gateway serving plain HTTP', cloud: 'azure', plan: [agw({ redirect: false, ssl_policy: modern })], live: [liveGateway(false)], at: { plan: 'azurerm_application_gateway.agw', live: 'applicationGateways/agw' }, expect: { status: 'fail', messageId: 'problems', data: { problems: [{ messageId: 'acceptsPlain' }] } } },

  {
    name: 'an HTTPS proxy with a MODERN TLS 1.2 policy',
    cloud: 'gcp',
    plan: [sslPolicy('google_compute_ssl_policy.modern', MODERN_12), httpsProxy('google_compute_target_https_proxy.web', 'google_compute_ssl_policy.modern')],
    live: [asset.sslPolicy('hosting-prod', 'modern', { profile: 'MODERN', minTlsVersion: 'TLS_1_2', enabledFeatures: asset.MODERN_FEATURES }), asset.httpsProxy('hosting-prod', 'web-https', POLICY_LINK)],
    at: { plan: 'google_compute_target_https_proxy.web', live: 'targetHttpsProxies/web-https' },
    expect: { status: 'pass', messageId: 'encryptedOnlyFrom', data: { version: '1.2' } },
  },
  {
    // No policy: Google's default, COMPATIBLE with TLS 1.0.
    name: 'an HTTPS proxy without an SSL policy',
    cloud: 'gcp',
    plan: [httpsProxy('google_compute_target_https_proxy.web', undefined, { ssl_policy: '' })],
    live: [asset.httpsProxy('hosting-prod', 'web-https')],
    at: { plan: 'google_compute_target_https_proxy.web', live: 'targetHttpsProxies/web-https' },
    expect: { status: 'fail', messageId: 'problems', data: { problems: [{ messageId: 'acceptsOldTls', data: { version: '1.0', min: '1.2' } }, { messageId: 'weakCiphers' }] } },
  },
  {
    // The policy lives in a host project seen by neither side.
    name: 'an HTTPS proxy with an SSL policy of another project',
    cloud: 'gcp',
    plan: [httpsProxy('google_compute_target_https_proxy.web', undefined, { ssl_policy: 'https://www.googleapis.com/compute/v1/projects/shared-net/global/sslPolicies/corporate' })],
    live: [asset.httpsProxy('hosting-prod', 'web-https', 'https://www.googleapis.com/compute/v1/projects/shared-net/global/sslPolicies/corporate')],
    at: { plan: 'google_compute_target_https_proxy.web', live: 'targetHttpsProxies/web-https' },
    expect: { status: 'unknown', messageId: 'unverified' },
  },
  {
    name: 'an HTTP proxy whose URL map only redirects to HTTPS',
    cloud: 'gcp',
    plan: [urlMap('google_compute_url_map.redirect', { default_url_redirect: [{ https_redirect: true, redirect_response_code: 'MOVED_PERMANENTLY_DEFAULT', strip_query: false }] }), httpProxy('google_compute_target_http_proxy.web', 'google_compute_url_map.redirect')],
    live: [asset.urlMap('hosting-prod', 'redirect', { defaultUrlRedirect: { httpsRedirect: true, redirectResponseCode: 'MOVED_PERMANENTLY_DEFAULT', stripQuery: false } }), asset.httpProxy('hosting-prod', 'web-http', 'redirect')],
    at: { plan: 'google_compute_target_http_proxy.web', live: 'targetHttpProxies/web-http' },
    expect: { status: 'pass', messageId: 'encryptedOnly' },
  },
  {
    name: 'an HTTP proxy serving plain HTTP',
    cloud: 'gcp',
    plan: [urlMap('google_compute_url_map.web', { default_service: 'projects/hosting-prod/global/backendServices/web' }), httpProxy('google_compute_target_http_proxy.web', 'google_compute_url_map.web')],
    live: [asset.urlMap('hosting-prod', 'web', { defaultService: 'https://www.googleapis.com/compute/v1/projects/hosting-prod/global/backendServices/web' }), asset.httpProxy('hosting-prod', 'web-http', 'web')],
    at: { plan: 'google_compute_target_http_proxy.web', live: 'targetHttpProxies/web-http' },
    expect: { status: 'fail', messageId: 'problems', data: { endpoint: 'HTTP load balancer front end', problems: [{ messageId: 'acceptsPlain' }] } },
  },
  { name: 'Cloud SQL accepting encrypted connections only', cloud: 'gcp', plan: [cloudSqlSsl('ENCRYPTED_ONLY')], live: [liveCloudSqlSsl('ENCRYPTED_ONLY')], at: { plan: 'google_sql_database_instance.db', live: 'instances/orders-db' }, expect: { status: 'pass', messageId: 'encryptedOnly' } },
  { name: 'Cloud SQL accepting unencrypted connections', cloud: 'gcp', plan: [cloudSqlSsl('ALLOW_UNENCRYPTED_AND_ENCRYPTED')], live: [liveCloudSqlSsl('ALLOW_UNENCRYPTED_AND_ENCRYPTED')], at: { plan: 'google_sql_database_instance.db', live: 'instances/orders-db' }, expect: { status: 'fail', messageId: 'problems', data: { problems: [{ messageId: 'acceptsPlain' }] } } },
]);
