import { INPUT_KINDS } from '../src/cli/composition-root.js';
import { describe, expect, it } from 'vitest';
import availability from '../policies/availability.js';
import auditLogProtection from '../policies/audit-log-protection.js';
import backups from '../policies/backups.js';
import keyManagement from '../policies/key-management.js';
import longLivedCredentials from '../policies/long-lived-credentials.js';
import networkSeparation from '../policies/network-separation.js';
import plaintextSecrets from '../policies/plaintext-secrets.js';
import threatDetection from '../policies/threat-detection.js';
import tlsInTransit from '../policies/tls-in-transit.js';
import vulnerabilityScanning from '../policies/vulnerability-scanning.js';
import type { Policy } from '../src/policy/api.js';
import { runPolicy } from '../src/policy/tester.js';
import type { ScanSettings } from '../src/settings.js';
import { scan } from '../src/scan.js';
import { DEFAULT_SETTINGS } from '../src/settings.js';
import { BUILTIN_POLICIES } from '../policies/index.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildPlan, type FixtureResource } from './helpers/plan-builder.js';
import { byId, resources } from './helpers/resources.js';

/**
 * Issue 8 facets built from Google provider plans (google 5.x/6.x attribute shapes, as in
 * ../shared/corpus/plans: cloudrun-lb-demo, gcp-cdn-website, opa-policies-tfc, tf-validator),
 * each policy with pass, fail and unknown cases.
 */

function check(policy: Policy, list: FixtureResource[], id: string, settings: Partial<ScanSettings> = {}) {
  return runPolicy(policy, resources(list), settings).get(id);
}
const facets = (list: FixtureResource[], id: string) => byId(resources(list), id).facets;

// ─── Fixtures ──────────────────────────────────────────────────────────────────────────────────

/**
 * `after_unknown` as Terraform writes it for a resource whose computed attributes are known only
 * after apply: the given tree, less what `values` sets (a value the configuration writes is known).
 */
function unknownLess(unknown: unknown, values: unknown): unknown {
  if (unknown === true) return values === undefined || values === null ? true : undefined;
  if (Array.isArray(unknown)) return unknown.map((u, i) => unknownLess(u, Array.isArray(values) ? values[i] : undefined) ?? {});
  if (unknown && typeof unknown === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, u] of Object.entries(unknown)) {
      const v = unknownLess(u, values && typeof values === 'object' ? (values as Record<string, unknown>)[k] : undefined);
      if (v !== undefined) out[k] = v;
    }
    return out;
  }
  return undefined;
}

/** A Cloud SQL instance as google 6.x plans it; `settings` blocks merged over these. */
function sql(address: string, settings: Record<string, unknown> = {}, extra: Partial<FixtureResource> = {}, top: Record<string, unknown> = {}): FixtureResource {
  const fixture: FixtureResource = {
    address,
    values: {
      database_version: 'POSTGRES_16',
      deletion_protection: true,
      name: 'ft-pg',
      project: 'hosting-prod',
      region: 'europe-west9',
      replication_cluster: [],
      root_password: null,
      settings: [
        {
          activation_policy: 'ALWAYS',
          availability_type: 'ZONAL',
          backup_configuration: [{ binary_log_enabled: null, enabled: true, location: 'europe-west9', point_in_time_recovery_enabled: true }],
          database_flags: [],
          disk_autoresize: true,
          ip_configuration: [{ allocated_ip_range: null, authorized_networks: [], ipv4_enabled: false, server_ca_pool: null }],
          pricing_plan: 'PER_USE',
          tier: 'db-custom-2-7680',
          ...settings,
        },
      ],
      timeouts: null,
      ...top,
    },
    ...extra,
  };
  return {
    ...fixture,
    unknown: (extra.unknown ??
      unknownLess(
        {
          connection_name: true,
          id: true,
          instance_type: true,
          master_instance_name: true,
          self_link: true,
          settings: [{ backup_configuration: [{ backup_retention_settings: true, start_time: true, transaction_log_retention_days: true }], ip_configuration: [{ ssl_mode: true, require_ssl: true }], edition: true }],
        },
        fixture.values,
      )) as Record<string, unknown>,
  };
}

const sslPolicy = (address: string, values: Record<string, unknown>): FixtureResource => ({
  address,
  values: { name: address.split('.').pop(), description: '', custom_features: [], project: 'hosting-prod', timeouts: null, ...values },
  unknown: { id: true, self_link: true, fingerprint: true, enabled_features: true, creation_timestamp: true },
});

const httpsProxy = (address: string, policyRef?: string, extra: Record<string, unknown> = {}): FixtureResource => ({
  address,
  values: { name: 'web-https', quic_override: 'NONE', certificate_map: '', ssl_certificates: ['projects/hosting-prod/global/sslCertificates/web'], project: 'hosting-prod', ...extra },
  unknown: { id: true, self_link: true, proxy_id: true, url_map: true, ...(policyRef ? { ssl_policy: true } : {}) },
  expressions: { url_map: { references: ['google_compute_url_map.web.id', 'google_compute_url_map.web'] }, ...(policyRef ? { ssl_policy: { references: [`${policyRef}.id`, policyRef] } } : {}) },
});

const urlMap = (address: string, values: Record<string, unknown>): FixtureResource => ({
  address,
  values: { name: address.split('.').pop(), default_route_action: [], default_url_redirect: [], header_action: [], host_rule: [], path_matcher: [], project: 'hosting-prod', test: [], ...values },
  unknown: { id: true, self_link: true, map_id: true, fingerprint: true, creation_timestamp: true },
});

const httpProxy = (address: string, mapRef: string): FixtureResource => ({
  address,
  values: { name: 'web-http', project: 'hosting-prod', proxy_bind: false },
  unknown: { id: true, self_link: true, proxy_id: true, url_map: true },
  expressions: { url_map: { references: [`${mapRef}.id`, mapRef] } },
});

const cryptoKey = (address: string, values: Record<string, unknown>, extra: Partial<FixtureResource> = {}): FixtureResource => ({
  address,
  values: { effective_labels: { 'goog-terraform-provisioned': 'true' }, labels: null, name: 'ft-data', purpose: 'ENCRYPT_DECRYPT', rotation_period: '7776000s', skip_initial_version_creation: false, timeouts: null, ...values },
  unknown: { crypto_key_backend: true, destroy_scheduled_duration: true, id: true, import_only: true, key_ring: true, primary: true, version_template: true },
  ...extra,
});

/** A Compute Engine instance with metadata (map) and a startup script. */
const instance = (address: string, metadata: Record<string, string> | null, script: string | null = null, extra: Partial<FixtureResource> = {}): FixtureResource => ({
  address,
  values: {
    name: 'app-1',
    machine_type: 'e2-standard-4',
    zone: 'europe-west9-a',
    boot_disk: [{ auto_delete: true, initialize_params: [{ image: 'debian-cloud/debian-12', size: 30 }], mode: 'READ_WRITE' }],
    attached_disk: [],
    scratch_disk: [],
    labels: null,
    metadata,
    metadata_startup_script: script,
    network_interface: [{ access_config: null }],
  },
  unknown: { id: true, instance_id: true, self_link: true, metadata_fingerprint: true },
  ...extra,
});

const runV2 = (address: string, env: Array<Record<string, unknown>>): FixtureResource => ({
  address,
  values: {
    name: 'orders-api',
    location: 'europe-west9',
    ingress: 'INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER',
    template: [{ containers: [{ image: 'europe-west9-docker.pkg.dev/hosting-prod/images/orders:1.4.2', env, ports: [{ container_port: 8080 }], volume_mounts: [] }], volumes: [] }],
  },
  unknown: { id: true, uri: true, uid: true, etag: true },
});

const subnet = (address: string, values: Record<string, unknown>, extra: Partial<FixtureResource> = {}): FixtureResource => {
  const all = { description: null, ip_cidr_range: '10.60.1.0/24', log_config: [], name: 'ft-app', private_ip_google_access: true, project: 'hosting-prod', region: 'europe-west9', role: null, timeouts: null, ...values };
  const unknown = { creation_timestamp: true, enable_flow_logs: true, fingerprint: true, gateway_address: true, id: true, network: true, purpose: true, secondary_ip_range: true, self_link: true, stack_type: true, state: true };
  return { address, values: all, unknown: unknownLess(unknown, all) as Record<string, unknown>, ...extra };
};

const repository = (address: string, values: Record<string, unknown> = {}): FixtureResource => {
  const all = { repository_id: 'images', format: 'DOCKER', location: 'europe-west9', mode: 'STANDARD_REPOSITORY', project: 'hosting-prod', cleanup_policy_dry_run: false, kms_key_name: null, ...values };
  return { address, values: all, unknown: unknownLess({ id: true, name: true, create_time: true, update_time: true, vulnerability_scanning_config: true }, all) as Record<string, unknown> };
};

const projectService = (address: string, service: string, project = 'hosting-prod'): FixtureResource => ({
  address,
  values: { service, project, disable_on_destroy: false, disable_dependent_services: null, timeouts: null },
  unknown: { id: true },
});

const bucketConfig = (address: string, values: Record<string, unknown>, extra: Partial<FixtureResource> = {}): FixtureResource => ({
  address,
  values: { bucket_id: '_Default', cmek_settings: [], enable_analytics: null, index_configs: [], location: 'global', locked: null, project: 'hosting-prod', retention_days: 400, ...values },
  unknown: { cmek_settings: [], description: true, id: true, lifecycle_state: true, name: true },
  ...extra,
});

const sink = (address: string, destination: string, filter: string | null, extra: Partial<FixtureResource> = {}): FixtureResource => ({
  address,
  values: { name: 'audit-export', destination, filter, disabled: false, exclusions: [], bigquery_options: [], unique_writer_identity: true, project: 'hosting-prod' },
  unknown: { id: true, writer_identity: true },
  ...extra,
});

const gcsBucket = (address: string, name: string, extra: Record<string, unknown> = {}): FixtureResource => ({
  address,
  values: { name, location: 'EUROPE-WEST9', storage_class: 'STANDARD', lifecycle_rule: [], retention_policy: [], encryption: [], ...extra },
  unknown: { id: true, self_link: true, url: true },
});

// ─── backups ───────────────────────────────────────────────────────────────────────────────────

describe('GCP backups (Terraform)', () => {
  it('passes Cloud SQL with automated backups kept 7 days by default, or as configured', () => {
    expect(facets([sql('google_sql_database_instance.db')], 'google_sql_database_instance.db').backup).toMatchObject({
      service: 'Cloud SQL instance',
      enabled: 'yes',
      retentionDays: 7,
      evidence: expect.arrayContaining([expect.objectContaining({ path: 'settings[0].backup_configuration[0].point_in_time_recovery_enabled', note: 'point-in-time recovery' })]),
    });
    expect(check(backups, [sql('google_sql_database_instance.db')], 'google_sql_database_instance.db')).toMatchObject({ status: 'pass', messageId: 'backedUpFor', data: { service: 'Cloud SQL instance', days: 7 } });
    const thirty = sql('google_sql_database_instance.db', {
      backup_configuration: [{ enabled: true, location: 'europe-west9', point_in_time_recovery_enabled: true, backup_retention_settings: [{ retained_backups: 30, retention_unit: 'COUNT' }] }],
    });
    expect(check(backups, [thirty], 'google_sql_database_instance.db')).toMatchObject({ status: 'pass', messageId: 'backedUpFor', data: { days: 30 } });
  });

  it('fails Cloud SQL without backups, or keeping fewer days than required', () => {
    const off = sql('google_sql_database_instance.db', { backup_configuration: [{ enabled: false, location: null }] });
    expect(check(backups, [off], 'google_sql_database_instance.db')).toMatchObject({ status: 'fail', messageId: 'notBackedUp', data: { service: 'Cloud SQL instance' } });
    // The block left out: the provider's default is enabled = false.
    const none = sql('google_sql_database_instance.db', { backup_configuration: [] });
    expect(check(backups, [none], 'google_sql_database_instance.db')?.status).toBe('fail');
    const three = sql('google_sql_database_instance.db', { backup_configuration: [{ enabled: true, backup_retention_settings: [{ retained_backups: 3, retention_unit: 'COUNT' }] }] });
    expect(check(backups, [three], 'google_sql_database_instance.db')).toMatchObject({ status: 'fail', messageId: 'retentionShort', data: { days: 3, min: 7 } });
    expect(check(backups, [sql('google_sql_database_instance.db')], 'google_sql_database_instance.db', { minBackupRetentionDays: 14 })?.status).toBe('fail');
  });

  it('is unknown when backups or their retention are set from values known only after apply', () => {
    const fromVar = sql('google_sql_database_instance.db', { backup_configuration: [{ location: 'europe-west9' }] }, {
      unknown: { id: true, settings: [{ backup_configuration: [{ enabled: true, backup_retention_settings: true }] }] },
      expressions: { settings: [{ backup_configuration: [{ enabled: { references: ['var.backups'] } }] }] },
    });
    expect(check(backups, [fromVar], 'google_sql_database_instance.db')).toMatchObject({ status: 'unknown', settle: expect.stringContaining('backup_configuration') });
    const retention = sql('google_sql_database_instance.db', { backup_configuration: [{ enabled: true, backup_retention_settings: [{ retention_unit: 'COUNT' }] }] }, {
      unknown: { id: true, settings: [{ backup_configuration: [{ backup_retention_settings: [{ retained_backups: true }] }] }] },
      expressions: { settings: [{ backup_configuration: [{ backup_retention_settings: [{ retained_backups: { references: ['var.kept'] } }] }] }] },
    });
    expect(check(backups, [retention], 'google_sql_database_instance.db')?.status).toBe('unknown');
  });

  it('leaves read replicas out: they take no backups of their own', () => {
    const replica = sql('google_sql_database_instance.replica', { backup_configuration: [{ enabled: false }] }, {}, { master_instance_name: 'ft-pg' });
    expect(facets([replica], 'google_sql_database_instance.replica').backup).toBeUndefined();
  });

  it('judges Backup and DR vaults by their minimum enforced retention', () => {
    const vault = (duration: unknown, unknown = false): FixtureResource => ({
      address: 'google_backup_dr_backup_vault.main',
      values: { backup_vault_id: 'ft-vault', location: 'europe-west9', ...(unknown ? {} : { backup_minimum_enforced_retention_duration: duration }), force_delete: false, labels: { env: 'prod' } },
      unknown: { id: true, name: true, effective_time: true, ...(unknown ? { backup_minimum_enforced_retention_duration: true } : {}) },
      ...(unknown ? { expressions: { backup_minimum_enforced_retention_duration: { references: ['var.retention'] } } } : {}),
    });
    expect(check(backups, [vault('2592000s')], 'google_backup_dr_backup_vault.main')).toMatchObject({ status: 'pass', messageId: 'vaultProtected', data: { vault: 'Backup and DR backup vault' } });
    expect(facets([vault('2592000s')], 'google_backup_dr_backup_vault.main').backupVault?.evidence[0]).toMatchObject({ value: '2592000s', note: 'backups cannot be deleted for 30 day(s)' });
    expect(check(backups, [vault('0s')], 'google_backup_dr_backup_vault.main')).toMatchObject({ status: 'fail', messageId: 'vaultProblems', data: { problems: [{ messageId: 'deletable' }] } });
    expect(check(backups, [vault(undefined, true)], 'google_backup_dr_backup_vault.main')).toMatchObject({ status: 'unknown', settle: expect.stringContaining('minimum enforced retention') });
  });
});

// ─── tls-in-transit ────────────────────────────────────────────────────────────────────────────

describe('GCP encryption in transit (Terraform)', () => {
  it('passes an HTTPS proxy with a MODERN or RESTRICTED TLS 1.2 policy of the plan', () => {
    const list = [sslPolicy('google_compute_ssl_policy.modern', { profile: 'MODERN', min_tls_version: 'TLS_1_2' }), httpsProxy('google_compute_target_https_proxy.web', 'google_compute_ssl_policy.modern')];
    expect(facets(list, 'google_compute_target_https_proxy.web').transit).toMatchObject({
      encryptedOnly: 'yes',
      minTls: '1.2',
      weakCiphers: 'no',
      evidence: expect.arrayContaining([{ path: 'min_tls_version', value: 'TLS_1_2', note: 'profile MODERN, minimum TLS 1.2', from: 'google_compute_ssl_policy.modern' }]),
    });
    expect(check(tlsInTransit, list, 'google_compute_target_https_proxy.web')).toMatchObject({ status: 'pass', messageId: 'encryptedOnlyFrom', data: { version: '1.2' } });
    // Found by its self link too (a policy written as a string).
    const byLink = [sslPolicy('google_compute_ssl_policy.strict', { name: 'strict', profile: 'RESTRICTED', min_tls_version: 'TLS_1_2' }), httpsProxy('google_compute_target_https_proxy.web', undefined, { ssl_policy: 'https://www.googleapis.com/compute/v1/projects/hosting-prod/global/sslPolicies/strict' })];
    expect(check(tlsInTransit, byLink, 'google_compute_target_https_proxy.web')?.status).toBe('pass');
  });

  it("fails an HTTPS proxy without an SSL policy (Google's default: COMPATIBLE, TLS 1.0) or with a weak one", () => {
    // The provider writes "" for no policy (cloudrun-lb-demo).
    const none = httpsProxy('google_compute_target_https_proxy.web', undefined, { ssl_policy: '' });
    expect(check(tlsInTransit, [none], 'google_compute_target_https_proxy.web')).toMatchObject({
      status: 'fail',
      messageId: 'problems',
      data: { problems: [{ messageId: 'acceptsOldTls', data: { version: '1.0', min: '1.2' } }, { messageId: 'weakCiphers' }] },
    });
    const compatible = [sslPolicy('google_compute_ssl_policy.old', { profile: 'COMPATIBLE', min_tls_version: 'TLS_1_2' }), httpsProxy('google_compute_target_https_proxy.web', 'google_compute_ssl_policy.old')];
    expect(check(tlsInTransit, compatible, 'google_compute_target_https_proxy.web')).toMatchObject({ status: 'fail', messageId: 'problems', data: { problems: [{ messageId: 'weakCiphers' }] } });
    const custom = [
      sslPolicy('google_compute_ssl_policy.custom', { profile: 'CUSTOM', min_tls_version: 'TLS_1_2', custom_features: ['TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256', 'TLS_RSA_WITH_3DES_EDE_CBC_SHA'] }),
      httpsProxy('google_compute_target_https_proxy.web', 'google_compute_ssl_policy.custom'),
    ];
    expect(facets(custom, 'google_compute_target_https_proxy.web').transit?.weakCiphers).toBe('yes');
    const modern10 = [sslPolicy('google_compute_ssl_policy.m', { profile: 'MODERN' }), httpsProxy('google_compute_target_https_proxy.web', 'google_compute_ssl_policy.m')];
    expect(check(tlsInTransit, modern10, 'google_compute_target_https_proxy.web')).toMatchObject({ status: 'fail', messageId: 'problems', data: { problems: [{ messageId: 'acceptsOldTls', data: { version: '1.0' } }] } });
  });

  it('is unknown when the SSL policy is outside the plan or known only after apply', () => {
    const outside = httpsProxy('google_compute_target_https_proxy.web', undefined, { ssl_policy: 'projects/shared-net/global/sslPolicies/corporate' });
    expect(check(tlsInTransit, [outside], 'google_compute_target_https_proxy.web')).toMatchObject({ status: 'unknown', settle: expect.stringContaining('SSL policy') });
    const later: FixtureResource = { ...httpsProxy('google_compute_target_https_proxy.web'), unknown: { id: true, ssl_policy: true }, expressions: { ssl_policy: { references: ['var.ssl_policy'] } } };
    expect(check(tlsInTransit, [later], 'google_compute_target_https_proxy.web')?.status).toBe('unknown');
  });

  it('passes an HTTP proxy whose URL map only redirects to HTTPS, fails one serving plain HTTP, unknown without its URL map', () => {
    const redirect = [urlMap('google_compute_url_map.redirect', { default_url_redirect: [{ https_redirect: true, redirect_response_code: 'MOVED_PERMANENTLY_DEFAULT', strip_query: false }] }), httpProxy('google_compute_target_http_proxy.web', 'google_compute_url_map.redirect')];
    expect(check(tlsInTransit, redirect, 'google_compute_target_http_proxy.web')).toMatchObject({ status: 'pass' });
    const serving = [urlMap('google_compute_url_map.web', { default_service: 'projects/hosting-prod/global/backendServices/web' }), httpProxy('google_compute_target_http_proxy.web', 'google_compute_url_map.web')];
    expect(check(tlsInTransit, serving, 'google_compute_target_http_proxy.web')).toMatchObject({ status: 'fail', messageId: 'problems', data: { endpoint: 'HTTP load balancer front end', problems: [{ messageId: 'acceptsPlain' }] } });
    const pathRules = [
      urlMap('google_compute_url_map.mixed', {
        default_url_redirect: [{ https_redirect: true, strip_query: false }],
        path_matcher: [{ name: 'api', default_service: 'projects/hosting-prod/global/backendServices/api', path_rule: [{ paths: ['/v1/*'], service: 'projects/hosting-prod/global/backendServices/api' }], route_rules: [] }],
      }),
      httpProxy('google_compute_target_http_proxy.web', 'google_compute_url_map.mixed'),
    ];
    expect(check(tlsInTransit, pathRules, 'google_compute_target_http_proxy.web')?.status).toBe('fail');
    expect(check(tlsInTransit, [httpProxy('google_compute_target_http_proxy.web', 'module.lb.google_compute_url_map.x')], 'google_compute_target_http_proxy.web')).toMatchObject({ status: 'unknown', settle: expect.stringContaining('URL map') });
  });

  it('judges Cloud SQL by ssl_mode, the legacy require_ssl, and the default that accepts plain connections', () => {
    const mode = (ip: Record<string, unknown>) => sql('google_sql_database_instance.db', { ip_configuration: [{ ipv4_enabled: false, authorized_networks: [], ...ip }] });
    expect(check(tlsInTransit, [mode({ ssl_mode: 'ENCRYPTED_ONLY' })], 'google_sql_database_instance.db')).toMatchObject({ status: 'pass' });
    expect(check(tlsInTransit, [mode({ ssl_mode: 'TRUSTED_CLIENT_CERTIFICATE_REQUIRED' })], 'google_sql_database_instance.db')).toMatchObject({ status: 'pass' });
    expect(check(tlsInTransit, [mode({ require_ssl: true })], 'google_sql_database_instance.db')).toMatchObject({ status: 'pass' });
    expect(check(tlsInTransit, [mode({ ssl_mode: 'ALLOW_UNENCRYPTED_AND_ENCRYPTED' })], 'google_sql_database_instance.db')).toMatchObject({ status: 'fail' });
    const unset = check(tlsInTransit, [sql('google_sql_database_instance.db')], 'google_sql_database_instance.db');
    expect(unset).toMatchObject({ status: 'fail', evidence: [{ path: 'settings[0].ip_configuration[0].ssl_mode', note: expect.stringContaining('accepts unencrypted connections') }] });
    const later = sql('google_sql_database_instance.db', {}, {
      unknown: { id: true, settings: [{ ip_configuration: [{ ssl_mode: true }] }] },
      expressions: { settings: [{ ip_configuration: [{ ssl_mode: { references: ['var.ssl_mode'] } }] }] },
    });
    expect(check(tlsInTransit, [later], 'google_sql_database_instance.db')).toMatchObject({ status: 'unknown', settle: expect.stringContaining('ssl_mode') });
  });

  it('says nothing of Cloud Storage buckets: no setting refuses plain HTTP', () => {
    expect(facets([gcsBucket('google_storage_bucket.data', 'ft-data')], 'google_storage_bucket.data').transit).toBeUndefined();
  });
});

// ─── key-management ────────────────────────────────────────────────────────────────────────────

describe('GCP key rotation (Terraform)', () => {
  it('passes a symmetric key rotating every 90 days', () => {
    expect(check(keyManagement, [cryptoKey('google_kms_crypto_key.data', {})], 'google_kms_crypto_key.data')).toMatchObject({ status: 'pass', messageId: 'rotatesEvery', data: { key: 'Cloud KMS key', days: 90 } });
  });

  it('fails a key that never rotates, or rotates less often than maxKeyRotationDays', () => {
    expect(check(keyManagement, [cryptoKey('google_kms_crypto_key.data', { rotation_period: null })], 'google_kms_crypto_key.data')).toMatchObject({ status: 'fail', messageId: 'noRotation', data: { key: 'Cloud KMS key' } });
    expect(check(keyManagement, [cryptoKey('google_kms_crypto_key.data', { rotation_period: '63072000s' })], 'google_kms_crypto_key.data')).toMatchObject({ status: 'fail', messageId: 'rotationTooLong', data: { days: 730, max: 365 } });
    expect(check(keyManagement, [cryptoKey('google_kms_crypto_key.data', {})], 'google_kms_crypto_key.data', { maxKeyRotationDays: 30 })?.status).toBe('fail');
  });

  it('is unknown when the rotation period is known only after apply, and not applicable to asymmetric or MAC keys', () => {
    const later = cryptoKey('google_kms_crypto_key.data', {}, { unknown: { id: true, rotation_period: true }, expressions: { rotation_period: { references: ['var.rotation'] } } });
    delete (later.values as Record<string, unknown>).rotation_period;
    expect(check(keyManagement, [later], 'google_kms_crypto_key.data')).toMatchObject({ status: 'unknown' });
    for (const purpose of ['ASYMMETRIC_SIGN', 'ASYMMETRIC_DECRYPT', 'MAC']) {
      const key = cryptoKey('google_kms_crypto_key.sign', { purpose, rotation_period: null });
      expect(facets([key], 'google_kms_crypto_key.sign').key?.rotation).toBe('not-applicable');
      expect(check(keyManagement, [key], 'google_kms_crypto_key.sign')).toBeUndefined();
    }
  });
});

// ─── plaintext-secrets ─────────────────────────────────────────────────────────────────────────

describe('GCP secrets in clear (Terraform)', () => {
  const SECRET = 'Tr0ub4dor&3-prod';

  it('fails a startup script assigning a password, without printing it', () => {
    const script = `#!/bin/bash\napt-get install -y postgresql-client\nexport DB_PASSWORD="${SECRET}"\npsql "host=10.0.0.5 user=app" -c 'select 1'\n`;
    const list = [instance('google_compute_instance.app', { 'startup-script': script, 'enable-oslogin': 'TRUE' })];
    const result = check(plaintextSecrets, list, 'google_compute_instance.app');
    expect(result).toMatchObject({ status: 'fail', evidence: [{ path: 'metadata.startup-script', note: 'a password assignment (line 3)' }] });
    expect(JSON.stringify(result)).not.toContain(SECRET);
    expect(JSON.stringify(facets(list, 'google_compute_instance.app'))).not.toContain(SECRET);
    // metadata_startup_script likewise, and a credential's shape whatever its name.
    const other = instance('google_compute_instance.app', null, `#!/bin/bash\ncurl -H "Authorization: token ghp_${'a1B2c3D4e5'.repeat(4)}" https://api.github.com/x\n`);
    expect(check(plaintextSecrets, [other], 'google_compute_instance.app')).toMatchObject({ status: 'fail', evidence: [{ path: 'metadata_startup_script', note: 'a GitHub token (line 2)' }] });
  });

  it('fails a container declaration with a token in its environment (opa-policies-tfc, TFC_AGENT_TOKEN)', () => {
    const declaration = "spec:\n  containers:\n    - name: agent\n      image: 'docker.io/hashicorp/tfc-agent:latest'\n      env:\n        - name: TFC_AGENT_NAME\n          value: agent-0\n        - name: TFC_AGENT_TOKEN\n          value: opaqueValue1234567\n  restartPolicy: Always\n";
    const result = check(plaintextSecrets, [instance('google_compute_instance.agent', { 'gce-container-declaration': declaration })], 'google_compute_instance.agent');
    expect(result).toMatchObject({ status: 'fail', evidence: [{ path: 'metadata.gce-container-declaration', note: 'a token assignment (line 8)' }] });
  });

  it('fails a secret-named metadata key with a literal value and a Cloud Run variable, passes references and harmless values', () => {
    expect(check(plaintextSecrets, [instance('google_compute_instance.app', { 'db-password': SECRET })], 'google_compute_instance.app')).toMatchObject({
      status: 'fail',
      evidence: [{ path: 'metadata.db-password', note: 'a password in a secret-named setting' }],
    });
    const env = [
      { name: 'API_KEY', value: 'k-93f1c0de77aa41b2', value_source: [] },
      { name: 'DB_PASSWORD', value: null, value_source: [{ secret_key_ref: [{ secret: 'db-password', version: 'latest' }] }] },
      { name: 'LOG_LEVEL', value: 'info', value_source: [] },
    ];
    expect(check(plaintextSecrets, [runV2('google_cloud_run_v2_service.api', env)], 'google_cloud_run_v2_service.api')).toMatchObject({
      status: 'fail',
      evidence: [{ path: 'template[0].containers[0].env[0] (API_KEY)', note: 'an API key in a secret-named setting' }],
    });
    const clean = [
      instance('google_compute_instance.app', {
        'startup-script': '#!/bin/bash\nDB_PASSWORD=$(gcloud secrets versions access latest --secret=db-password)\nexport TOKEN_URL=https://oauth2.googleapis.com/token\n--password-file /etc/app/pw\n',
        'ssh-keys': 'admin:ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIG admin@example.com',
        'secret-name': 'projects/hosting-prod/secrets/db-password',
      }),
      runV2('google_cloud_run_v2_service.api', [env[1]!, env[2]!]),
    ];
    expect(check(plaintextSecrets, clean, 'google_compute_instance.app')).toMatchObject({ status: 'pass' });
    expect(check(plaintextSecrets, clean, 'google_cloud_run_v2_service.api')).toMatchObject({ status: 'pass' });
  });

  it('reads Cloud Functions (1st and 2nd gen) and Cloud Run v1 environment variables', () => {
    const fn1: FixtureResource = {
      address: 'google_cloudfunctions_function.fn',
      values: { name: 'on-upload', runtime: 'python312', environment_variables: { SLACK_WEBHOOK: 'https://hooks.slack.com/services/T0/B0/x', STRIPE_SECRET_KEY: 'sk_live_4eC39HqLyjWDarjtT1zdp7dc' }, build_environment_variables: null },
      unknown: { id: true },
    };
    expect(check(plaintextSecrets, [fn1], 'google_cloudfunctions_function.fn')).toMatchObject({ status: 'fail', evidence: [{ path: 'environment_variables.STRIPE_SECRET_KEY', note: 'a Stripe secret key' }] });
    const fn2: FixtureResource = {
      address: 'google_cloudfunctions2_function.fn',
      values: { name: 'scan', location: 'europe-west9', build_config: [{ runtime: 'nodejs20', environment_variables: {} }], service_config: [{ environment_variables: { CLIENT_SECRET: 'b9f0e6c1d2a34f5e' }, secret_environment_variables: [] }] },
      unknown: { id: true, url: true },
    };
    expect(check(plaintextSecrets, [fn2], 'google_cloudfunctions2_function.fn')).toMatchObject({ status: 'fail', evidence: [{ path: 'service_config[0].environment_variables.CLIENT_SECRET' }] });
    const run1: FixtureResource = {
      address: 'google_cloud_run_service.api',
      values: { name: 'data-api', location: 'europe-west9', template: [{ spec: [{ containers: [{ image: 'gcr.io/x/api:1', env: [{ name: 'DATABASE_URL', value: 'postgres://app:hunter2hunter2@10.0.0.5/app', value_from: [] }] }] }] }] },
      unknown: { id: true, status: true },
    };
    expect(check(plaintextSecrets, [run1], 'google_cloud_run_service.api')).toMatchObject({ status: 'fail', evidence: [{ path: 'template[0].spec[0].containers[0].env[0] (DATABASE_URL)', note: 'a URL with a password' }] });
  });

  it('names a generated secret written into metadata, lists other unknown values, and says nothing when nothing was checkable', () => {
    const generated = instance('google_compute_instance.app', { 'enable-oslogin': 'TRUE' }, null, {
      unknown: { id: true, metadata: { 'db-password': true } },
      expressions: { metadata: { references: ['random_password.db.result', 'random_password.db'] } },
    });
    expect(check(plaintextSecrets, [generated], 'google_compute_instance.app')).toMatchObject({ status: 'fail', evidence: [{ path: 'metadata.db-password', note: 'a secret copied from random_password into a secret-named setting' }] });
    const pending = instance('google_compute_instance.app', { 'enable-oslogin': 'TRUE', role: 'web' }, null, {
      unknown: { id: true, metadata: { 'startup-script': true } },
      expressions: { metadata: { references: ['local.startup'] } },
    });
    expect(facets([pending], 'google_compute_instance.app').plaintextSecrets).toEqual({ found: [], unknownPaths: ['metadata.startup-script'] });
    // A name that says nothing of a secret, known only after apply: not judged, as on every cloud.
    const named = instance('google_compute_instance.app', { 'enable-oslogin': 'TRUE' }, null, {
      unknown: { id: true, metadata: { 'bucket-url': true } },
      expressions: { metadata: { references: ['google_storage_bucket.data.url', 'google_storage_bucket.data'] } },
    });
    expect(facets([named], 'google_compute_instance.app').plaintextSecrets).toEqual({ found: [], unknownPaths: [] });
    // A variable inside a block (`service_config[0]`) known only after apply is listed too.
    const later: FixtureResource = {
      address: 'google_cloudfunctions2_function.fn',
      values: { name: 'scan', location: 'europe-west9', service_config: [{ environment_variables: { LOG_LEVEL: 'info' }, secret_environment_variables: [] }] },
      unknown: { id: true, url: true, service_config: [{ environment_variables: { API_TOKEN: true } }] },
    };
    expect(facets([later], 'google_cloudfunctions2_function.fn').plaintextSecrets?.unknownPaths).toEqual(['service_config[0].environment_variables.API_TOKEN']);
    // Every value unknown: no facet, so no pass by default.
    const all = instance('google_compute_instance.app', null, null, { unknown: { id: true, metadata: true }, expressions: { metadata: { references: ['var.metadata'] } } });
    delete (all.values as Record<string, unknown>).metadata;
    expect(facets([all], 'google_compute_instance.app').plaintextSecrets).toBeUndefined();
    expect(check(plaintextSecrets, [all], 'google_compute_instance.app')).toBeUndefined();
  });
});

// ─── audit-log-protection ──────────────────────────────────────────────────────────────────────

describe('GCP audit log protection (Terraform)', () => {
  it('passes a locked _Default bucket and the _Required bucket; fails an unlocked _Default bucket', () => {
    expect(check(auditLogProtection, [bucketConfig('google_logging_project_bucket_config.default', { locked: true })], 'google_logging_project_bucket_config.default')).toMatchObject({
      status: 'pass',
      messageId: 'protected',
      data: { store: '_Default log bucket' },
    });
    expect(check(auditLogProtection, [bucketConfig('google_logging_project_bucket_config.required', { bucket_id: '_Required', retention_days: 0 })], 'google_logging_project_bucket_config.required')?.status).toBe('pass');
    expect(check(auditLogProtection, [bucketConfig('google_logging_project_bucket_config.default', {})], 'google_logging_project_bucket_config.default')).toMatchObject({
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
    expect(check(auditLogProtection, list, 'google_logging_project_bucket_config.audit')).toMatchObject({ status: 'pass' });
    expect(facets(list, 'google_logging_project_bucket_config.audit').logProtection?.evidence[0]).toMatchObject({ from: 'google_logging_project_sink.audit', note: 'a sink routing audit logs into this bucket' });
    expect(check(auditLogProtection, list, 'google_logging_project_bucket_config.app')).toBeUndefined();

    const gcs = (extra: Record<string, unknown>) => [gcsBucket('google_storage_bucket.archive', 'ft-audit-archive', extra), sink('google_logging_project_sink.gcs', 'storage.googleapis.com/ft-audit-archive', null)];
    expect(check(auditLogProtection, gcs({ retention_policy: [{ retention_period: 31536000, is_locked: true }] }), 'google_storage_bucket.archive')).toMatchObject({ status: 'pass' });
    expect(check(auditLogProtection, gcs({ retention_policy: [{ retention_period: 31536000, is_locked: false }] }), 'google_storage_bucket.archive')).toMatchObject({
      status: 'fail',
      evidence: expect.arrayContaining([expect.objectContaining({ note: 'a retention policy that is not locked: it can be removed' })]),
    });
    expect(check(auditLogProtection, [gcsBucket('google_storage_bucket.other', 'ft-other')], 'google_storage_bucket.other')).toBeUndefined();
  });

  it('is unknown when the lock is known only after apply', () => {
    const later = bucketConfig('google_logging_project_bucket_config.default', {}, { unknown: { id: true, locked: true }, expressions: { locked: { references: ['var.lock_logs'] } } });
    delete (later.values as Record<string, unknown>).locked;
    expect(check(auditLogProtection, [later], 'google_logging_project_bucket_config.default')).toMatchObject({ status: 'unknown', settle: expect.stringContaining('locked') });
    const gcs = [gcsBucket('google_storage_bucket.archive', 'ft-audit-archive', { retention_policy: [{ retention_period: 31536000 }] }), sink('google_logging_project_sink.gcs', 'storage.googleapis.com/ft-audit-archive', null)];
    const bucketFixture = gcs[0]!;
    bucketFixture.unknown = { ...bucketFixture.unknown, retention_policy: [{ is_locked: true }] };
    bucketFixture.expressions = { retention_policy: [{ is_locked: { references: ['var.lock'] } }] };
    expect(check(auditLogProtection, gcs, 'google_storage_bucket.archive')?.status).toBe('unknown');
  });
});

// ─── threat-detection (flow logs) ──────────────────────────────────────────────────────────────

describe('GCP flow logs (Terraform)', () => {
  it('passes a subnetwork with log_config, fails one without, unknown when it is known only after apply', () => {
    const on = subnet('google_compute_subnetwork.app', { log_config: [{ aggregation_interval: 'INTERVAL_5_SEC', flow_sampling: 0.5, metadata: 'INCLUDE_ALL_METADATA', filter_expr: 'true' }] });
    expect(check(threatDetection, [on], 'google_compute_subnetwork.app')).toMatchObject({ status: 'pass', messageId: 'flowLogs', data: { network: 'subnetwork' } });
    expect(check(threatDetection, [subnet('google_compute_subnetwork.app', {})], 'google_compute_subnetwork.app')).toMatchObject({ status: 'fail', messageId: 'noFlowLogs', data: { network: 'subnetwork' } });
    const later = subnet('google_compute_subnetwork.app', {}, { unknown: { id: true, log_config: true }, expressions: { dynamic: {}, log_config: { references: ['var.flow_logs'] } } });
    delete (later.values as Record<string, unknown>).log_config;
    expect(check(threatDetection, [later], 'google_compute_subnetwork.app')).toMatchObject({ status: 'unknown' });
  });

  it('leaves proxy-only and Private Service Connect subnets out', () => {
    expect(facets([subnet('google_compute_subnetwork.proxy', { purpose: 'REGIONAL_MANAGED_PROXY', role: 'ACTIVE' })], 'google_compute_subnetwork.proxy').flowLog).toBeUndefined();
  });

  it('builds no detection facet: Security Command Center is not in Terraform plans', () => {
    expect(facets([projectService('google_project_service.scc', 'securitycenter.googleapis.com')], 'google_project_service.scc').detection).toBeUndefined();
  });
});

// ─── vulnerability-scanning ────────────────────────────────────────────────────────────────────

describe('GCP vulnerability scanning (Terraform)', () => {
  it('passes a Docker repository whose project enables the Container Scanning API in the plan', () => {
    const list = [repository('google_artifact_registry_repository.images'), projectService('google_project_service.scanning', 'containerscanning.googleapis.com')];
    expect(check(vulnerabilityScanning, list, 'google_artifact_registry_repository.images')).toMatchObject({ status: 'pass' });
    expect(facets(list, 'google_artifact_registry_repository.images').vulnerabilityScan?.evidence[1]).toMatchObject({ from: 'google_project_service.scanning', value: 'containerscanning.googleapis.com' });
  });

  it('fails a repository that opts out, is unknown when the API state is not in the plan, and ignores non-Docker repositories', () => {
    const optOut = repository('google_artifact_registry_repository.images', { vulnerability_scanning_config: [{ enablement_config: 'DISABLED' }] });
    expect(check(vulnerabilityScanning, [optOut, projectService('google_project_service.scanning', 'containerscanning.googleapis.com')], 'google_artifact_registry_repository.images')).toMatchObject({ status: 'fail' });
    expect(check(vulnerabilityScanning, [repository('google_artifact_registry_repository.images')], 'google_artifact_registry_repository.images')).toMatchObject({
      status: 'unknown',
      settle: expect.stringContaining('containerscanning.googleapis.com'),
    });
    // The API enabled in another project does not count.
    expect(check(vulnerabilityScanning, [repository('google_artifact_registry_repository.images'), projectService('google_project_service.scanning', 'containerscanning.googleapis.com', 'other-project')], 'google_artifact_registry_repository.images')?.status).toBe('unknown');
    expect(facets([repository('google_artifact_registry_repository.py', { format: 'PYTHON' })], 'google_artifact_registry_repository.py').vulnerabilityScan).toBeUndefined();
  });
});

// ─── long-lived-credentials ────────────────────────────────────────────────────────────────────

describe('GCP service account keys (Terraform)', () => {
  it('fails a user-managed service account key', () => {
    const key: FixtureResource = {
      address: 'google_service_account_key.ci',
      values: { key_algorithm: 'KEY_ALG_RSA_2048', private_key_type: 'TYPE_GOOGLE_CREDENTIALS_FILE', public_key_type: 'TYPE_X509_PEM_FILE', keepers: null, public_key_data: null },
      unknown: { id: true, name: true, private_key: true, public_key: true, service_account_id: true, valid_after: true, valid_before: true },
      sensitive: { private_key: true },
      expressions: { service_account_id: { references: ['google_service_account.ci.name', 'google_service_account.ci'] } },
    };
    expect(check(longLivedCredentials, [key], 'google_service_account_key.ci')).toMatchObject({ status: 'fail', messageId: 'longLived', data: { holder: 'service account key' } });
  });
});

// ─── network-separation ────────────────────────────────────────────────────────────────────────

describe('GCP default networks and environments (Terraform)', () => {
  const network = (address: string, values: Record<string, unknown>, extra: Partial<FixtureResource> = {}): FixtureResource => ({
    address,
    values: { delete_default_routes_on_create: false, description: null, project: 'hosting-prod', timeouts: null, ...values },
    unknown: { gateway_ipv4: true, id: true, mtu: true, numeric_id: true, routing_mode: true, self_link: true },
    ...extra,
  });

  it('fails the default network and auto-mode networks, passes custom-mode ones', () => {
    expect(check(networkSeparation, [network('google_compute_network.default', { name: 'default', auto_create_subnetworks: true })], 'google_compute_network.default')).toMatchObject({ status: 'fail', messageId: 'defaultNetwork', data: { network: 'VPC network' } });
    // auto_create_subnetworks left out: the provider's default is true.
    const auto = network('google_compute_network.legacy', { name: 'legacy' }, { unknown: { id: true, auto_create_subnetworks: true } });
    expect(check(networkSeparation, [auto], 'google_compute_network.legacy')).toMatchObject({ status: 'fail', messageId: 'defaultNetwork', data: { network: 'auto-mode VPC network' } });
    expect(check(networkSeparation, [network('google_compute_network.main', { name: 'ft-vpc', auto_create_subnetworks: false })], 'google_compute_network.main')).toBeUndefined();
    const later = network('google_compute_network.x', { name: 'x' }, { unknown: { id: true, auto_create_subnetworks: true }, expressions: { auto_create_subnetworks: { references: ['var.auto'] } } });
    expect(check(networkSeparation, [later], 'google_compute_network.x')).toMatchObject({ status: 'unknown' });
  });

  it('fails a project created with its default network', () => {
    const project = (values: Record<string, unknown>): FixtureResource => ({ address: 'google_project.app', values: { name: 'FT app', project_id: 'ft-app-prod', org_id: '123456789012', ...values }, unknown: { id: true, number: true } });
    expect(check(networkSeparation, [project({ auto_create_network: true })], 'google_project.app')).toMatchObject({ status: 'fail', messageId: 'defaultNetwork', data: { network: 'default network of the project' } });
    expect(check(networkSeparation, [project({ auto_create_network: false })], 'google_project.app')).toBeUndefined();
  });

  it('fails a plan mixing prod and dev labels', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cldscan-gcp-env-'));
    try {
      const plan = buildPlan([
        { ...gcsBucket('google_storage_bucket.prod', 'ft-prod', { labels: { env: 'prod' } }) },
        { ...gcsBucket('google_storage_bucket.dev', 'ft-dev', { labels: { env: 'dev' } }) },
      ]);
      writeFileSync(path.join(dir, 'plan.json'), JSON.stringify(plan));
      const report = await scan({ kinds: INPUT_KINDS, inputs: [path.join(dir, 'plan.json')], sourceRoot: dir, settings: DEFAULT_SETTINGS, policies: BUILTIN_POLICIES });
      const mix = report.findings.find((f) => f.policy === 'network-separation' && f.resource.nativeType === 'cldscan:scope');
      expect(mix).toMatchObject({ status: 'fail', messageId: 'mixed', data: { production: 1, nonProduction: 1 } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// ─── availability ──────────────────────────────────────────────────────────────────────────────

describe('GCP availability (Terraform)', () => {
  const HA = { highAvailability: ['*'] };

  it('passes regional Cloud SQL, GKE, managed instance groups and Redis STANDARD_HA', () => {
    expect(check(availability, [sql('google_sql_database_instance.db', { availability_type: 'REGIONAL' })], 'google_sql_database_instance.db', HA)).toMatchObject({ status: 'pass', messageId: 'multiZone', data: { service: 'Cloud SQL instance' } });
    const gke: FixtureResource = { address: 'google_container_cluster.apps', values: { name: 'apps', location: 'europe-west9', initial_node_count: 1 }, unknown: { id: true, endpoint: true } };
    expect(check(availability, [gke], 'google_container_cluster.apps', HA)?.status).toBe('pass');
    const mig: FixtureResource = { address: 'google_compute_region_instance_group_manager.web', values: { name: 'web', region: 'europe-west9', base_instance_name: 'web', target_size: 3 }, unknown: { id: true, distribution_policy_zones: true } };
    expect(check(availability, [mig], 'google_compute_region_instance_group_manager.web', HA)?.status).toBe('pass');
    const redis: FixtureResource = { address: 'google_redis_instance.cache', values: { name: 'cache', tier: 'STANDARD_HA', memory_size_gb: 1, region: 'europe-west9' }, unknown: { id: true } };
    expect(check(availability, [redis], 'google_redis_instance.cache', HA)?.status).toBe('pass');
  });

  it('fails zonal ones (the Cloud SQL default is ZONAL), is unknown when the type is known only after apply, and judges only what highAvailability names', () => {
    expect(check(availability, [sql('google_sql_database_instance.db')], 'google_sql_database_instance.db', HA)).toMatchObject({ status: 'fail', messageId: 'singleZone', data: { service: 'Cloud SQL instance' } });
    const zonal: FixtureResource = { address: 'google_container_cluster.apps', values: { name: 'apps', location: 'europe-west9-a' }, unknown: { id: true } };
    expect(check(availability, [zonal], 'google_container_cluster.apps', HA)?.status).toBe('fail');
    const one: FixtureResource = { address: 'google_compute_region_instance_group_manager.web', values: { name: 'web', distribution_policy_zones: ['europe-west9-a'] }, unknown: { id: true } };
    expect(check(availability, [one], 'google_compute_region_instance_group_manager.web', HA)?.status).toBe('fail');
    const later = sql('google_sql_database_instance.db', {}, { unknown: { id: true, settings: [{ availability_type: true }] }, expressions: { settings: [{ availability_type: { references: ['var.ha'] } }] } });
    delete ((later.values.settings as Array<Record<string, unknown>>)[0] as Record<string, unknown>).availability_type;
    expect(check(availability, [later], 'google_sql_database_instance.db', HA)?.status).toBe('unknown');
    expect(check(availability, [sql('google_sql_database_instance.db')], 'google_sql_database_instance.db')).toBeUndefined();
  });
});
