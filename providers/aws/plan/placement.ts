/**
 * Where workloads run (the `defaultNetwork` and `availability` facets): default VPCs and subnets,
 * and resources that land in the default VPC because they name no subnet or VPC; databases, load
 * balancers, caches and Auto Scaling groups spread across availability zones.
 */
import type { AvailabilityFacet, DefaultNetworkFacet, Evidence, Truth } from '../../../src/model/facets.js';
import type { Builder, BuilderTable, BuildContext } from '../../terraform/builder-types.js';
import { setting, type TfResource } from '../../terraform/tf-resource.js';
import { referencesAt } from '../../terraform/links.js';
import { evidence, flag, fromResource, settingBlocks, strings, text } from './values.js';

const DEFAULT_LOOKUP = /^data\.aws_(vpc|subnet|subnets|subnet_ids)\.[A-Za-z0-9_-]*default/;

/** The region's default VPC or subnet adopted by Terraform: it exists, with its permissive defaults. */
function defaultResource(label: string): Builder<DefaultNetworkFacet> {
  return () => ({ label, isDefault: 'yes', evidence: [{ path: 'resource type', note: `the region's default ${label}, adopted by Terraform` }] });
}

/**
 * A resource that names none of `paths` (subnet, VPC, subnet group) is placed by AWS in the
 * region's default VPC. Names that are set, even to values known only after apply, are not.
 */
function placedByDefault(label: string, paths: readonly string[], what: string): Builder<DefaultNetworkFacet> {
  return (r) => {
    // `data "aws_vpc" "default" { default = true }` and the subnets looked up in it: the usual way to reach the default VPC.
    const lookup = paths.flatMap((p) => referencesAt(r, p).map((ref) => ({ p, ref }))).find(({ ref }) => DEFAULT_LOOKUP.test(ref));
    if (lookup) {
      return {
        label,
        isDefault: 'unknown',
        evidence: [{ path: lookup.p, note: `from ${lookup.ref.split('.').slice(0, 3).join('.')}, a lookup named for the default VPC` }],
      };
    }
    const attrs = paths.map((p) => setting(r, p));
    const set = attrs.filter((a) => a.state === 'unknown' || (a.state === 'known' && !(Array.isArray(a.value) && a.value.length === 0) && a.value !== ''));
    if (set.length) return undefined;
    return { label, isDefault: 'yes', evidence: attrs.map((a, i) => ({ path: a.path, value: null, note: i === 0 ? `not set: ${what} in the region's default VPC` : 'not set' })) };
  };
}

/** Availability zones of subnets in this plan, when every one is known; else undefined. */
function subnetZones(ctx: BuildContext, holder: TfResource, path: string): Set<string> | undefined {
  const { length } = strings(setting(holder, path));
  const subnets = ctx.links.targets(holder, path, ['aws_subnet', 'aws_default_subnet']);
  if (subnets.length === 0 || (length && subnets.length < length)) return undefined;
  const zones = new Set<string>();
  for (const s of subnets) {
    const az = text(s, 'availability_zone');
    const id = text(s, 'availability_zone_id');
    const zone = az.state === 'known' ? String(az.value) : id.state === 'known' ? String(id.value) : undefined;
    if (!zone) return undefined;
    zones.add(zone);
  }
  return zones;
}

function zonesFacet(label: string, zones: number, ev: Evidence[]): AvailabilityFacet {
  return { label, multiZone: zones >= 2 ? 'yes' : 'no', evidence: ev };
}

/** RDS instance: Multi-AZ (a standby in another zone) off by default. */
const dbInstance: Builder<AvailabilityFacet> = (r) => {
  const f = flag(r, 'multi_az');
  const truth: Truth = f.truth === 'unset' ? 'no' : f.truth;
  return { label: 'RDS instance', multiZone: truth, evidence: [evidence(r, f.attr, f.truth === 'unset' ? { note: 'not set: single zone' } : {})], ...(truth === 'unknown' ? { settle: 'the `multi_az` setting once applied' } : {}) };
};

/**
 * RDS cluster. A Multi-AZ DB cluster (MySQL/PostgreSQL with `db_cluster_instance_class`) always
 * has instances in three zones. Aurora's compute is its cluster instances: across zones when
 * instances of this plan are in at least two zones; a single instance is a single zone; instances
 * whose zone AWS picks cannot be told.
 */
const rdsCluster: Builder<AvailabilityFacet> = (r, ctx) => {
  const label = 'RDS cluster';
  const engine = text(r, 'engine');
  const klass = text(r, 'db_cluster_instance_class');
  if (klass.state === 'known' && engine.state === 'known' && !String(engine.value).startsWith('aurora')) {
    return { label, multiZone: 'yes', evidence: [evidence(r, klass, { safe: true, note: 'Multi-AZ DB cluster: a writer and two readers in three zones' })] };
  }
  const mode = text(r, 'engine_mode');
  if (mode.state === 'known' && mode.value === 'serverless') return { label, multiZone: 'no', evidence: [evidence(r, mode, { safe: true, note: 'Aurora Serverless v1 runs in one zone' })] };
  const instances = ctx.links.sources(r, 'aws_rds_cluster_instance', 'cluster_identifier');
  if (instances.length === 0) return { label, multiZone: 'unknown', evidence: [{ path: 'aws_rds_cluster_instance', value: null, note: 'no cluster instance in this plan' }], settle: 'the zones of the cluster instances' };
  if (instances.length === 1) return { label, multiZone: 'no', evidence: [fromResource(instances[0]!, 'cluster_identifier', 'the only instance of the cluster')] };
  const zones = instances.map((i) => text(i, 'availability_zone'));
  const known = new Set(zones.filter((z) => z.state === 'known').map((z) => String(z.value)));
  const ev = instances.map((i, n) => ({ ...evidence(i, zones[n]!, { safe: true }), from: i.address }));
  if (known.size >= 2) return { label, multiZone: 'yes', evidence: ev };
  return { label, multiZone: 'unknown', evidence: ev, settle: 'the availability zones AWS gives the cluster instances (set `availability_zone` on them to be sure)' };
};

/** Load balancer: AWS takes one subnet per zone, so the subnets (or subnet mappings) count the zones. */
const loadBalancer: Builder<AvailabilityFacet> = (r) => {
  const label = 'load balancer';
  const subnets = setting(r, 'subnets');
  const mappings = settingBlocks(r, 'subnet_mapping');
  if (subnets.state === 'known' && strings(subnets).length > 0) return zonesFacet(label, strings(subnets).length, [{ path: 'subnets', value: strings(subnets).length, note: 'subnets (one per zone)' }]);
  if (mappings !== 'unknown' && mappings.length > 0) return zonesFacet(label, mappings.length, [{ path: 'subnet_mapping', value: mappings.length, note: 'subnet mappings (one per zone)' }]);
  return { label, multiZone: 'unknown', evidence: [evidence(r, subnets)], settle: 'the subnets of the load balancer once applied' };
};

/** ElastiCache replication group: `multi_az_enabled` (off by default) keeps a replica in another zone with automatic failover. */
const cacheGroup: Builder<AvailabilityFacet> = (r) => {
  const f = flag(r, 'multi_az_enabled');
  const truth: Truth = f.truth === 'unset' ? 'no' : f.truth;
  return { label: 'ElastiCache replication group', multiZone: truth, evidence: [evidence(r, f.attr)], ...(truth === 'unknown' ? { settle: 'the `multi_az_enabled` setting once applied' } : {}) };
};

/** Auto Scaling group: its zones, or its subnets' zones when those are in this plan. */
const autoscalingGroup: Builder<AvailabilityFacet> = (r, ctx) => {
  const label = 'Auto Scaling group';
  const azs = setting(r, 'availability_zones');
  if (azs.state === 'known' && strings(azs).length > 0) return zonesFacet(label, new Set(strings(azs)).size, [{ path: 'availability_zones', value: strings(azs).length }]);
  const subnets = setting(r, 'vpc_zone_identifier');
  const zones = subnetZones(ctx, r, 'vpc_zone_identifier');
  if (zones) return zonesFacet(label, zones.size, [{ path: 'vpc_zone_identifier', value: zones.size, note: 'zones of the subnets' }]);
  if (subnets.state === 'known' && strings(subnets).length === 1) return zonesFacet(label, 1, [{ path: 'vpc_zone_identifier', value: 1 }]);
  return { label, multiZone: 'unknown', evidence: [evidence(r, subnets)], settle: 'the availability zones of the group\'s subnets' };
};

export const placementTable: BuilderTable = {
  defaultNetwork: {
    aws_default_vpc: defaultResource('VPC'),
    aws_default_subnet: defaultResource('subnet'),
    aws_instance: placedByDefault('network of the EC2 instance', ['subnet_id', 'network_interface', 'launch_template'], 'launched'),
    aws_security_group: placedByDefault('VPC of the security group', ['vpc_id'], 'created'),
    aws_db_instance: placedByDefault('network of the RDS instance', ['db_subnet_group_name', 'replicate_source_db'], 'created'),
  },
  availability: {
    aws_db_instance: dbInstance,
    aws_rds_cluster: rdsCluster,
    aws_lb: loadBalancer,
    aws_alb: loadBalancer,
    aws_elasticache_replication_group: cacheGroup,
    aws_autoscaling_group: autoscalingGroup,
  },
};
