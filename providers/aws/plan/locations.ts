/**
 * Where data lives (the `dataLocations` facet): the resource's own region, plus the regions its
 * data is copied to (S3 replication, DynamoDB replicas, backup and snapshot copies).
 */
import type { DataLocation, DataLocationFacet, Evidence, LocationRole } from '../../../src/model/facets.js';
import type { Builder, BuilderTable, BuildContext } from '../../terraform/builder-types.js';
import { blocks, type TfResource } from '../../terraform/tf-resource.js';
import { arnRegion, locate } from './region.js';
import { bucketConfigs } from './s3.js';
import { evidence, text } from './values.js';
import { memoize } from '../../../src/bounded-memo.js';
import { evidenceAt } from '../../../src/model/evidence.js';

/**
 * Types that hold no customer data: identity and access, network plumbing, DNS and the global
 * CDN, organisation and account settings, and the sub-resources that only configure another
 * resource (its policy, its attachments, an S3 bucket's settings). KMS aliases (`_alias`) are names;
 * KMS keys are kept: where key material lives matters for residency as much as the data.
 */
const CONTROL_PLANE_PREFIXES = [
  'aws_iam_',
  'aws_security_group',
  'aws_vpc_security_group_',
  'aws_default_security_group',
  'aws_network_acl',
  'aws_default_network_acl',
  'aws_vpc_', // endpoints, peering, DHCP options, IPAM, CIDR associations
  'aws_default_vpc',
  'aws_subnet',
  'aws_default_subnet',
  'aws_route', // routes, route tables and Route 53
  'aws_default_route_table',
  'aws_main_route_table_association',
  'aws_internet_gateway',
  'aws_egress_only_internet_gateway',
  'aws_nat_gateway',
  'aws_vpn_',
  'aws_customer_gateway',
  'aws_ec2_transit_gateway',
  'aws_dx_',
  'aws_eip',
  'aws_network_interface',
  'aws_kms_grant',
  'aws_cloudfront_', // global edge network: no region to judge
  'aws_organizations_',
  'aws_account_',
  'aws_ebs_encryption_by_default',
  'aws_ebs_default_kms_key',
  'aws_s3_account_public_access_block',
  'aws_s3_bucket_', // bucket settings; the bucket carries the locations (objects are below)
  'aws_key_pair',
  'aws_placement_group',
  'aws_backup_selection',
  'aws_backup_vault_', // vault notifications and lock settings
  'aws_lb_listener',
  'aws_lb_target_group',
  'aws_alb_listener',
  'aws_alb_target_group',
  'aws_api_gateway_', // methods, integrations, deployments…; the REST API itself is kept below
  'aws_apigatewayv2_', // routes, integrations…; the API itself is kept below
  'aws_appautoscaling_',
  'aws_budgets_',
  'aws_eks_access_', // access entries and policy associations: IAM for Kubernetes
];
const CONTROL_PLANE_TYPES = new Set(['aws_vpc']);
const CONTROL_PLANE_SUFFIXES = [
  '_policy',
  '_attachment',
  '_association',
  '_permission',
  '_public_access_block',
  '_alias',
  '_tag',
  '_validation',
  '_parameter_group',
  '_option_group',
  '_subnet_group',
  '_security_group',
  '_event_source_mapping',
  '_metric_alarm',
  '_dashboard',
];
/** Data-holding types caught by the lists above. */
const DATA_EXCEPTIONS = new Set(['aws_s3_bucket_object', 'aws_api_gateway_rest_api', 'aws_api_gateway_stage', 'aws_apigatewayv2_api', 'aws_apigatewayv2_stage']);

export const holdsData = memoize((type: string): boolean => {
  if (DATA_EXCEPTIONS.has(type)) return true;
  if (CONTROL_PLANE_TYPES.has(type)) return false;
  return !CONTROL_PLANE_PREFIXES.some((p) => type.startsWith(p)) && !CONTROL_PLANE_SUFFIXES.some((s) => type.endsWith(s));
});

function own(r: TfResource, role: LocationRole = 'primary'): DataLocation {
  const { region, evidence: ev } = locate(r);
  return { region, role, evidence: ev };
}

const primary: Builder<DataLocationFacet> = (r) => (holdsData(r.type) ? { locations: [own(r)] } : undefined);

/** A copy held by another resource of the plan: its region, or unknown when it is not in the plan. */
function copyAt(ctx: BuildContext, r: TfResource, path: string, types: readonly string[], role: LocationRole): DataLocation {
  const target = ctx.links.targets(r, path, types)[0];
  if (target) {
    const where = locate(target);
    const ev: Evidence = { path, from: target.address, note: `destination located by its ${where.evidence.path}` };
    if (where.region) ev.value = where.region;
    return { region: where.region, role, evidence: ev };
  }
  return { region: undefined, role, evidence: { path, from: r.address, note: 'destination not in this plan' } };
}

/** Replication rules that are not disabled, from a separate configuration or the provider 3 inline block. */
function replicationCopies(bucket: TfResource, ctx: BuildContext): DataLocation[] {
  const out: DataLocation[] = [];
  for (const cfg of bucketConfigs(ctx, bucket, 'aws_s3_bucket_replication_configuration')) {
    const rules = blocks(cfg, 'rule');
    if (rules === 'unknown') {
      out.push({ region: undefined, role: 'replica', evidence: { path: 'rule', from: cfg.address, note: 'known after apply' } });
      continue;
    }
    rules.forEach((rule, i) => {
      if (rule.status === 'Disabled') return;
      out.push(copyAt(ctx, cfg, `rule[${i}].destination[0].bucket`, ['aws_s3_bucket'], 'replica'));
    });
  }
  const inline = blocks(bucket, 'replication_configuration[0].rules');
  if (inline !== 'unknown') {
    inline.forEach((rule, i) => {
      if (rule.status === 'Disabled') return;
      out.push(copyAt(ctx, bucket, `replication_configuration[0].rules[${i}].destination[0].bucket`, ['aws_s3_bucket'], 'replica'));
    });
  }
  return out;
}

const bucket: Builder<DataLocationFacet> = (r, ctx) => ({ locations: [own(r), ...replicationCopies(r, ctx)] });

/** Global tables (version 2019.11.21): each `replica` block names a region holding a full copy. */
const dynamodbTable: Builder<DataLocationFacet> = (r) => {
  const locations = [own(r)];
  const replicas = blocks(r, 'replica');
  if (replicas === 'unknown') locations.push({ region: undefined, role: 'replica', evidence: { path: 'replica', note: 'known after apply' } });
  else replicas.forEach((_, i) => locations.push(regionAttr(r, `replica[${i}].region_name`, 'replica')));
  return { locations };
};

function regionAttr(r: TfResource, path: string, role: LocationRole): DataLocation {
  const a = text(r, path);
  return { region: a.state === 'known' ? String(a.value) : undefined, role, evidence: evidence(r, a, { safe: true }) };
}

/**
 * A backup plan holds no data itself (recovery points live in its target vault, which has its own
 * location) but its copy actions put copies in other vaults: their region comes from the
 * destination vault ARN, or from the destination vault resource while the ARN is unknown.
 */
const backupPlan: Builder<DataLocationFacet> = (r, ctx) => {
  const locations: DataLocation[] = [];
  const rules = blocks(r, 'rule');
  if (rules === 'unknown') return { locations: [{ region: undefined, role: 'backup', evidence: { path: 'rule', note: 'known after apply' } }] };
  rules.forEach((rule, i) => {
    const copies = Array.isArray(rule.copy_action) ? rule.copy_action : [];
    copies.forEach((_, j) => {
      const path = `rule[${i}].copy_action[${j}].destination_vault_arn`;
      const arn = text(r, path);
      const region = arn.state === 'known' ? arnRegion(String(arn.value)) : undefined;
      if (region) locations.push({ region, role: 'backup', evidence: evidenceAt(path, region, { safe: true, note: 'region of the destination vault ARN' }) });
      else locations.push(copyAt(ctx, r, path, ['aws_backup_vault'], 'backup'));
    });
  });
  return { locations };
};

/** Redshift snapshot copies: the inline `snapshot_copy` block (provider 5) and `aws_redshift_snapshot_copy` (provider 6). */
const redshiftCluster: Builder<DataLocationFacet> = (r) => {
  const locations = [own(r)];
  const copies = blocks(r, 'snapshot_copy');
  if (copies !== 'unknown') copies.forEach((_, i) => locations.push(regionAttr(r, `snapshot_copy[${i}].destination_region`, 'backup')));
  return { locations };
};

export const locationsTable: BuilderTable = {
  dataLocations: {
    '*': primary,
    aws_s3_bucket: bucket,
    aws_dynamodb_table: dynamodbTable,
    aws_dynamodb_table_replica: (r) => ({ locations: [own(r, 'replica')] }),
    aws_backup_plan: backupPlan,
    // Created with a provider in the destination region: its own region is where the copies are.
    aws_db_instance_automated_backups_replication: (r) => ({ locations: [own(r, 'backup')] }),
    aws_redshift_cluster: redshiftCluster,
    aws_redshift_snapshot_copy: (r) => ({ locations: [regionAttr(r, 'destination_region', 'backup')] }),
  },
};
