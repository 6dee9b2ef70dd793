/**
 * Writes a realistic `terraform show -json` plan of N resources for benchmarks, streamed to disk so
 * hundreds of thousands of resources never sit in memory: the mix of types the policies read
 * (S3 buckets with separate encryption configurations, EBS, RDS, security groups and rules, IAM,
 * log groups, Azure storage/NSG/workspaces, GCP disks/firewalls/buckets), spread over for_each
 * module instances with a nested module, with the attribute sets, after_unknown and after_sensitive
 * trees and configuration section that real plans carry. As in the plan of a living estate, most
 * resources already exist (no-op, with `before` and `prior_state`), some are updated and a few
 * created. Also writes the .tf files of the modules.
 */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';

interface Template {
  type: string;
  module: 'app' | 'db';
  values: (i: number, t: string) => Record<string, unknown>;
  unknown: Record<string, unknown>;
  sensitive?: Record<string, unknown>;
  expressions?: (name: string) => Record<string, unknown>;
}

const TAGS = (i: number, t: string) => ({ Environment: i % 3 === 0 ? 'prod' : 'staging', Tenant: t, CostCenter: `cc-${i % 97}`, ManagedBy: 'terraform' });

const TEMPLATES: Template[] = [
  {
    type: 'aws_s3_bucket',
    module: 'app',
    values: (i, t) => ({ bucket: `${t}-data-${i}`, force_destroy: false, object_lock_enabled: false, tags: TAGS(i, t), tags_all: TAGS(i, t), timeouts: null, bucket_prefix: null }),
    unknown: { acceleration_status: true, acl: true, arn: true, bucket_domain_name: true, bucket_regional_domain_name: true, cors_rule: true, grant: true, hosted_zone_id: true, id: true, lifecycle_rule: true, logging: true, object_lock_configuration: true, policy: true, region: true, replication_configuration: true, request_payer: true, server_side_encryption_configuration: true, tags: {}, tags_all: {}, versioning: true, website: true, website_domain: true, website_endpoint: true },
  },
  {
    type: 'aws_s3_bucket_server_side_encryption_configuration',
    module: 'app',
    values: () => ({ expected_bucket_owner: null, rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: null, sse_algorithm: 'aws:kms' }], bucket_key_enabled: true }] }),
    unknown: { bucket: true, id: true, rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: true }] }] },
    expressions: (name) => ({ bucket: { references: [`aws_s3_bucket.${name}.id`, `aws_s3_bucket.${name}`] } }),
  },
  {
    type: 'aws_ebs_volume',
    module: 'app',
    values: (i, t) => ({ availability_zone: 'eu-west-3a', encrypted: i % 5 !== 0, final_snapshot: false, multi_attach_enabled: false, outpost_arn: null, size: 100, snapshot_id: null, tags: TAGS(i, t), tags_all: TAGS(i, t), timeouts: null, type: 'gp3' }),
    unknown: { arn: true, id: true, iops: true, kms_key_id: true, throughput: true, tags: {}, tags_all: {} },
  },
  {
    type: 'aws_security_group',
    module: 'app',
    values: (i, t) => ({
      description: 'Managed by Terraform',
      name: `${t}-web-${i}`,
      revoke_rules_on_delete: false,
      tags: TAGS(i, t),
      tags_all: TAGS(i, t),
      timeouts: null,
      vpc_id: 'vpc-0a1b2c3d4e5f60718',
      ingress: [
        { cidr_blocks: ['0.0.0.0/0'], description: 'HTTPS', from_port: 443, ipv6_cidr_blocks: [], prefix_list_ids: [], protocol: 'tcp', security_groups: [], self: false, to_port: 443 },
        { cidr_blocks: [i % 7 === 0 ? '0.0.0.0/0' : '10.20.0.0/16'], description: 'SSH', from_port: 22, ipv6_cidr_blocks: [], prefix_list_ids: [], protocol: 'tcp', security_groups: [], self: false, to_port: 22 },
      ],
      egress: [{ cidr_blocks: ['0.0.0.0/0'], description: '', from_port: 0, ipv6_cidr_blocks: ['::/0'], prefix_list_ids: [], protocol: '-1', security_groups: [], self: false, to_port: 0 }],
    }),
    unknown: { arn: true, id: true, name_prefix: true, owner_id: true, tags: {}, tags_all: {}, ingress: [{ cidr_blocks: [false], ipv6_cidr_blocks: [], prefix_list_ids: [], security_groups: [] }, { cidr_blocks: [false], ipv6_cidr_blocks: [], prefix_list_ids: [], security_groups: [] }], egress: [{ cidr_blocks: [false], ipv6_cidr_blocks: [false], prefix_list_ids: [], security_groups: [] }] },
  },
  {
    type: 'aws_cloudwatch_log_group',
    module: 'app',
    values: (i, t) => ({ kms_key_id: null, log_group_class: 'STANDARD', name: `/app/${t}/${i}`, name_prefix: null, retention_in_days: i % 4 === 0 ? 30 : 365, skip_destroy: false, tags: TAGS(i, t), tags_all: TAGS(i, t) }),
    unknown: { arn: true, id: true, tags: {}, tags_all: {} },
  },
  {
    type: 'aws_db_instance',
    module: 'db',
    values: (i, t) => ({
      allocated_storage: 100, allow_major_version_upgrade: null, apply_immediately: false, auto_minor_version_upgrade: true, backup_retention_period: 7, copy_tags_to_snapshot: true, db_subnet_group_name: `${t}-db`, deletion_protection: true,
      engine: 'postgres', engine_version: '16.3', final_snapshot_identifier: `${t}-final-${i}`, iam_database_authentication_enabled: true, identifier: `${t}-db-${i}`, instance_class: 'db.m6g.large', kms_key_id: null, multi_az: true,
      password: `Bench-Passw0rd-${i}-DoNotUse`, port: 5432, publicly_accessible: i % 11 === 0, skip_final_snapshot: false, storage_encrypted: i % 6 !== 0, storage_type: 'gp3', tags: TAGS(i, t), tags_all: TAGS(i, t), username: 'dbadmin',
    }),
    unknown: { address: true, arn: true, endpoint: true, id: true, kms_key_id: true, resource_id: true, status: true, vpc_security_group_ids: true, tags: {}, tags_all: {} },
    sensitive: { password: true, tags: {}, tags_all: {} },
  },
  {
    type: 'azurerm_storage_account',
    module: 'app',
    values: (i, t) => ({ account_kind: 'StorageV2', account_replication_type: i % 2 ? 'ZRS' : 'GRS', account_tier: 'Standard', allow_nested_items_to_be_public: false, https_traffic_only_enabled: true, infrastructure_encryption_enabled: true, location: i % 13 === 0 ? 'eastus' : 'francecentral', min_tls_version: 'TLS1_2', name: `st${t}${i}`.slice(0, 24), public_network_access_enabled: false, resource_group_name: `rg-${t}`, shared_access_key_enabled: false, tags: TAGS(i, t) }),
    unknown: { id: true, primary_access_key: true, primary_blob_endpoint: true, primary_connection_string: true, secondary_access_key: true, customer_managed_key: true, identity: true, tags: {} },
    sensitive: { primary_access_key: true, primary_connection_string: true, secondary_access_key: true, tags: {} },
  },
  {
    type: 'azurerm_network_security_group',
    module: 'app',
    values: (i, t) => ({
      location: 'francecentral', name: `nsg-${t}-${i}`, resource_group_name: `rg-${t}`, tags: TAGS(i, t), timeouts: null,
      security_rule: [
        { access: 'Allow', description: '', destination_address_prefix: '*', destination_address_prefixes: [], destination_application_security_group_ids: [], destination_port_range: '443', destination_port_ranges: [], direction: 'Inbound', name: 'https', priority: 100, protocol: 'Tcp', source_address_prefix: 'Internet', source_address_prefixes: [], source_application_security_group_ids: [], source_port_range: '*', source_port_ranges: [] },
        { access: 'Allow', description: '', destination_address_prefix: '*', destination_address_prefixes: [], destination_application_security_group_ids: [], destination_port_range: '3389', destination_port_ranges: [], direction: 'Inbound', name: 'rdp', priority: 110, protocol: 'Tcp', source_address_prefix: i % 9 === 0 ? '*' : '10.0.0.0/8', source_address_prefixes: [], source_application_security_group_ids: [], source_port_range: '*', source_port_ranges: [] },
      ],
    }),
    unknown: { id: true, tags: {} },
  },
  {
    type: 'google_compute_disk',
    module: 'app',
    values: (i, t) => ({ description: null, disk_encryption_key: i % 3 === 0 ? [] : [{ kms_key_self_link: `projects/p/locations/europe-west9/keyRings/r/cryptoKeys/k${i}`, raw_key: null, rsa_encrypted_key: null }], labels: { tenant: t }, name: `disk-${t}-${i}`, physical_block_size_bytes: 4096, size: 50, snapshot: null, type: 'pd-balanced', zone: 'europe-west9-a' }),
    unknown: { creation_timestamp: true, id: true, label_fingerprint: true, project: true, self_link: true, users: true, effective_labels: true },
  },
  {
    type: 'google_compute_firewall',
    module: 'app',
    values: (i, t) => ({ allow: [{ ports: [i % 8 === 0 ? '22' : '443'], protocol: 'tcp' }], deny: [], description: null, destination_ranges: null, direction: 'INGRESS', disabled: false, log_config: [], name: `fw-${t}-${i}`, network: 'default', priority: 1000, source_ranges: ['0.0.0.0/0'], source_service_accounts: null, source_tags: null, target_service_accounts: null, target_tags: ['web'] }),
    unknown: { creation_timestamp: true, id: true, project: true, self_link: true, allow: [{ ports: [false] }], source_ranges: [false] },
  },
];

export interface GeneratedPlan {
  file: string;
  sourceRoot: string;
  resources: number;
  bytes: number;
}

export function generatePlan(dir: string, count: number): GeneratedPlan {
  mkdirSync(dir, { recursive: true });
  writeSources(dir);
  const file = path.join(dir, `plan-${count}.json`);
  const fd = openSync(file, 'w');
  let bytes = 0;
  const out = (s: string) => {
    bytes += Buffer.byteLength(s);
    writeSync(fd, s);
  };
  const perTenant = 50;
  const tenants = Math.max(1, Math.ceil(count / perTenant));
  const items: Item[] = [];
  for (let n = 0; n < count; n++) {
    const tenant = `t${Math.floor(n / perTenant)}`;
    const tpl = TEMPLATES[n % TEMPLATES.length]!;
    const slot = Math.floor((n % perTenant) / TEMPLATES.length);
    const name = slot === 0 ? 'this' : `this${slot}`;
    const moduleAddress = tpl.module === 'app' ? `module.tenant["${tenant}"]` : `module.tenant["${tenant}"].module.db`;
    // A living estate: 60 % unchanged, 25 % updated, 15 % created.
    const roll = (n * 7919) % 100;
    const action: Item['action'] = roll < 60 ? 'no-op' : roll < 85 ? 'update' : 'create';
    items.push({ address: `${moduleAddress}.${tpl.type}.${name}`, moduleAddress, tpl, i: n, tenant, name, action });
  }

  out(`{"format_version":"1.2","terraform_version":"1.9.8","variables":{"region":{"value":"eu-west-3"},"db_password":{"value":"Bench-Root-Passw0rd-DoNotUse"}},"planned_values":{"root_module":{"child_modules":[`);
  for (let t = 0; t < tenants; t++) {
    const tenant = `t${t}`;
    const mine = items.filter((x) => x.tenant === tenant);
    out(`${t ? ',' : ''}{"address":"module.tenant[\\"${tenant}\\"]","resources":[`);
    out(mine.filter((x) => x.tpl.module === 'app').map((x) => plannedJson(x)).join(','));
    out(`],"child_modules":[{"address":"module.tenant[\\"${tenant}\\"].module.db","resources":[`);
    out(mine.filter((x) => x.tpl.module === 'db').map((x) => plannedJson(x)).join(','));
    out(']}]}');
  }
  out(']}},"resource_changes":[');
  items.forEach((x, k) => out((k ? ',' : '') + changeJson(x)));
  out('],"output_changes":{"tenant_count":{"actions":["no-op"],"before":' + tenants + ',"after":' + tenants + ',"after_unknown":false,"before_sensitive":false,"after_sensitive":false}}');
  out(',"prior_state":{"format_version":"1.0","terraform_version":"1.9.8","values":{"root_module":{"child_modules":[');
  for (let t = 0; t < tenants; t++) {
    const tenant = `t${t}`;
    const existing = items.filter((x) => x.tenant === tenant && x.action !== 'create');
    out(`${t ? ',' : ''}{"address":"module.tenant[\\"${tenant}\\"]","resources":[`);
    out(existing.filter((x) => x.tpl.module === 'app').map((x) => priorJson(x)).join(','));
    out(`],"child_modules":[{"address":"module.tenant[\\"${tenant}\\"].module.db","resources":[`);
    out(existing.filter((x) => x.tpl.module === 'db').map((x) => priorJson(x)).join(','));
    out(']}]}');
  }
  out(']}}},"configuration":');
  out(JSON.stringify(configuration(items)));
  out(`,"relevant_attributes":[{"resource":"module.tenant.aws_s3_bucket.this","attribute":["id"]}],"timestamp":"2026-11-24T09:00:00Z","applyable":true,"complete":true,"errored":false}`);
  closeSync(fd);
  return { file, sourceRoot: dir, resources: count, bytes };
}

function common(x: Item) {
  const provider = x.tpl.type.startsWith('azurerm_') ? 'azurerm' : x.tpl.type.startsWith('google_') ? 'google' : 'aws';
  return `"address":${JSON.stringify(x.address)},"module_address":${JSON.stringify(x.moduleAddress)},"mode":"managed","type":"${x.tpl.type}","name":"${x.name}","provider_name":"registry.terraform.io/hashicorp/${provider}"`;
}

interface Item {
  address: string;
  moduleAddress: string;
  tpl: Template;
  i: number;
  tenant: string;
  name: string;
  action: 'no-op' | 'update' | 'create';
}

/** Values once applied: what the plan knows for an existing resource (ids, ARNs and other computed attributes filled in). */
function applied(x: Item): Record<string, unknown> {
  const values = x.tpl.values(x.i, x.tenant);
  for (const [k, v] of Object.entries(x.tpl.unknown)) {
    if (v !== true || k in values) continue;
    values[k] = k.endsWith('arn') ? `arn:aws:${x.tpl.type.split('_')[1]}:eu-west-3:111122223333:${x.tpl.type}/${x.tenant}-${x.i}` : k === 'id' ? `${x.tenant}-${x.name}-${x.i}` : `computed-${k}-${x.i}`;
  }
  return values;
}

function plannedJson(x: Item): string {
  const values = x.action === 'create' ? x.tpl.values(x.i, x.tenant) : applied(x);
  return `{${common(x)},"schema_version":0,"values":${JSON.stringify(values)},"sensitive_values":${JSON.stringify(x.tpl.sensitive ?? {})}}`;
}

function priorJson(x: Item): string {
  return `{${common(x)},"schema_version":0,"values":${JSON.stringify(applied(x))},"sensitive_values":${JSON.stringify(x.tpl.sensitive ?? {})}}`;
}

function changeJson(x: Item): string {
  const sensitive = JSON.stringify(x.tpl.sensitive ?? {});
  if (x.action === 'create') {
    return `{${common(x)},"change":{"actions":["create"],"before":null,"after":${JSON.stringify(x.tpl.values(x.i, x.tenant))},"after_unknown":${JSON.stringify(x.tpl.unknown)},"before_sensitive":false,"after_sensitive":${sensitive}}}`;
  }
  const before = applied(x);
  const after = x.action === 'update' ? { ...before, tags: { ...(before.tags as object | undefined), Revision: 'r2' } } : before;
  return `{${common(x)},"change":{"actions":["${x.action}"],"before":${JSON.stringify(before)},"after":${JSON.stringify(after)},"after_unknown":{},"before_sensitive":${sensitive},"after_sensitive":${sensitive}}}`;
}

function configuration(items: Item[]) {
  const blocks = (module: 'app' | 'db') => {
    const seen = new Map<string, unknown>();
    for (const x of items) {
      if (x.tpl.module !== module) continue;
      const address = `${x.tpl.type}.${x.name}`;
      const provider = x.tpl.type.startsWith('azurerm_') ? 'azurerm' : x.tpl.type.startsWith('google_') ? 'google' : 'aws';
      if (!seen.has(address)) {
        seen.set(address, { address, mode: 'managed', type: x.tpl.type, name: x.name, provider_config_key: `${module === 'app' ? 'tenant' : 'tenant.db'}:${provider}`, expressions: x.tpl.expressions?.(x.name) ?? {}, schema_version: 0 });
      }
    }
    return [...seen.values()];
  };
  return {
    provider_config: {
      aws: { name: 'aws', full_name: 'registry.terraform.io/hashicorp/aws', expressions: { region: { references: ['var.region'] } } },
      azurerm: { name: 'azurerm', full_name: 'registry.terraform.io/hashicorp/azurerm', expressions: { features: [{}] } },
      google: { name: 'google', full_name: 'registry.terraform.io/hashicorp/google', expressions: { project: { constant_value: 'hosting-prod' }, region: { constant_value: 'europe-west9' } } },
    },
    root_module: {
      module_calls: {
        tenant: {
          source: './modules/app',
          for_each_expression: { references: ['local.tenants'] },
          module: { resources: blocks('app'), module_calls: { db: { source: '../db', module: { resources: blocks('db') } } } },
        },
      },
      variables: { region: { default: 'eu-west-3' }, db_password: { sensitive: true } },
    },
  };
}

function writeSources(dir: string): void {
  const block = (type: string, name: string) => `resource "${type}" "${name}" {\n  # generated for the benchmark\n}\n\n`;
  const app: string[] = [];
  const db: string[] = [];
  for (let slot = 0; slot < 10; slot++) {
    const name = slot === 0 ? 'this' : `this${slot}`;
    for (const t of TEMPLATES) (t.module === 'app' ? app : db).push(block(t.type, name));
  }
  mkdirSync(path.join(dir, 'modules/app'), { recursive: true });
  mkdirSync(path.join(dir, 'modules/db'), { recursive: true });
  writeFileSync(path.join(dir, 'main.tf'), 'module "tenant" {\n  source   = "./modules/app"\n  for_each = local.tenants\n}\n');
  writeFileSync(path.join(dir, 'modules/app/main.tf'), `${app.join('')}module "db" {\n  source = "../db"\n}\n`);
  writeFileSync(path.join(dir, 'modules/db/main.tf'), db.join(''));
}
