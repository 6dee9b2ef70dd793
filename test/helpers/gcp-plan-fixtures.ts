/**
 * Google provider resources as `terraform show -json` plans them (google 5.x/6.x attribute shapes, as
 * in ../shared/corpus/plans: cloudrun-lb-demo, gcp-cdn-website, opa-policies-tfc, tf-validator), for
 * the plan side of the GCP policy tests.
 */
import type { FixtureResource } from './plan-builder.js';

/**
 * `after_unknown` as Terraform writes it for a resource whose computed attributes are known only
 * after apply: the given tree, less what `values` sets (a value the configuration writes is known).
 */
export function unknownLess(unknown: unknown, values: unknown): unknown {
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
export function sql(address: string, settings: Record<string, unknown> = {}, extra: Partial<FixtureResource> = {}, top: Record<string, unknown> = {}): FixtureResource {
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

export const sslPolicy = (address: string, values: Record<string, unknown>): FixtureResource => ({
  address,
  values: { name: address.split('.').pop(), description: '', custom_features: [], project: 'hosting-prod', timeouts: null, ...values },
  unknown: { id: true, self_link: true, fingerprint: true, enabled_features: true, creation_timestamp: true },
});

export const httpsProxy = (address: string, policyRef?: string, extra: Record<string, unknown> = {}): FixtureResource => ({
  address,
  values: { name: 'web-https', quic_override: 'NONE', certificate_map: '', ssl_certificates: ['projects/hosting-prod/global/sslCertificates/web'], project: 'hosting-prod', ...extra },
  unknown: { id: true, self_link: true, proxy_id: true, url_map: true, ...(policyRef ? { ssl_policy: true } : {}) },
  expressions: { url_map: { references: ['google_compute_url_map.web.id', 'google_compute_url_map.web'] }, ...(policyRef ? { ssl_policy: { references: [`${policyRef}.id`, policyRef] } } : {}) },
});

export const urlMap = (address: string, values: Record<string, unknown>): FixtureResource => ({
  address,
  values: { name: address.split('.').pop(), default_route_action: [], default_url_redirect: [], header_action: [], host_rule: [], path_matcher: [], project: 'hosting-prod', test: [], ...values },
  unknown: { id: true, self_link: true, map_id: true, fingerprint: true, creation_timestamp: true },
});

export const httpProxy = (address: string, mapRef: string): FixtureResource => ({
  address,
  values: { name: 'web-http', project: 'hosting-prod', proxy_bind: false },
  unknown: { id: true, self_link: true, proxy_id: true, url_map: true },
  expressions: { url_map: { references: [`${mapRef}.id`, mapRef] } },
});

export const cryptoKey = (address: string, values: Record<string, unknown>, extra: Partial<FixtureResource> = {}): FixtureResource => ({
  address,
  values: { effective_labels: { 'goog-terraform-provisioned': 'true' }, labels: null, name: 'ft-data', purpose: 'ENCRYPT_DECRYPT', rotation_period: '7776000s', skip_initial_version_creation: false, timeouts: null, ...values },
  unknown: { crypto_key_backend: true, destroy_scheduled_duration: true, id: true, import_only: true, key_ring: true, primary: true, version_template: true },
  ...extra,
});

/** A Compute Engine instance with metadata (map) and a startup script. */
export const instance = (address: string, metadata: Record<string, string> | null, script: string | null = null, extra: Partial<FixtureResource> = {}): FixtureResource => ({
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

export const runV2 = (address: string, env: Array<Record<string, unknown>>): FixtureResource => ({
  address,
  values: {
    name: 'orders-api',
    location: 'europe-west9',
    ingress: 'INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER',
    template: [{ containers: [{ image: 'europe-west9-docker.pkg.dev/hosting-prod/images/orders:1.4.2', env, ports: [{ container_port: 8080 }], volume_mounts: [] }], volumes: [] }],
  },
  unknown: { id: true, uri: true, uid: true, etag: true },
});

export const subnet = (address: string, values: Record<string, unknown>, extra: Partial<FixtureResource> = {}): FixtureResource => {
  const all = { description: null, ip_cidr_range: '10.60.1.0/24', log_config: [], name: 'ft-app', private_ip_google_access: true, project: 'hosting-prod', region: 'europe-west9', role: null, timeouts: null, ...values };
  const unknown = { creation_timestamp: true, enable_flow_logs: true, fingerprint: true, gateway_address: true, id: true, network: true, purpose: true, secondary_ip_range: true, self_link: true, stack_type: true, state: true };
  return { address, values: all, unknown: unknownLess(unknown, all) as Record<string, unknown>, ...extra };
};

export const repository = (address: string, values: Record<string, unknown> = {}): FixtureResource => {
  const all = { repository_id: 'images', format: 'DOCKER', location: 'europe-west9', mode: 'STANDARD_REPOSITORY', project: 'hosting-prod', cleanup_policy_dry_run: false, kms_key_name: null, ...values };
  return { address, values: all, unknown: unknownLess({ id: true, name: true, create_time: true, update_time: true, vulnerability_scanning_config: true }, all) as Record<string, unknown> };
};

export const projectService = (address: string, service: string, project = 'hosting-prod'): FixtureResource => ({
  address,
  values: { service, project, disable_on_destroy: false, disable_dependent_services: null, timeouts: null },
  unknown: { id: true },
});

export const bucketConfig = (address: string, values: Record<string, unknown>, extra: Partial<FixtureResource> = {}): FixtureResource => ({
  address,
  values: { bucket_id: '_Default', cmek_settings: [], enable_analytics: null, index_configs: [], location: 'global', locked: null, project: 'hosting-prod', retention_days: 400, ...values },
  unknown: { cmek_settings: [], description: true, id: true, lifecycle_state: true, name: true },
  ...extra,
});

export const sink = (address: string, destination: string, filter: string | null, extra: Partial<FixtureResource> = {}): FixtureResource => ({
  address,
  values: { name: 'audit-export', destination, filter, disabled: false, exclusions: [], bigquery_options: [], unique_writer_identity: true, project: 'hosting-prod' },
  unknown: { id: true, writer_identity: true },
  ...extra,
});

export const gcsBucket = (address: string, name: string, extra: Record<string, unknown> = {}): FixtureResource => ({
  address,
  values: { name, location: 'EUROPE-WEST9', storage_class: 'STANDARD', lifecycle_rule: [], retention_policy: [], encryption: [], ...extra },
  unknown: { id: true, self_link: true, url: true },
});
