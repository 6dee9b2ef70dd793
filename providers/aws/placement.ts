/**
 * Where workloads run (the `defaultNetwork` and `availability` facets) from Config items: default
 * VPCs (`isDefault`), RDS Multi-AZ, clusters with instances in several zones (`multiAZ`), load
 * balancers and Auto Scaling groups by their zones.
 */
import type { AvailabilityFacet, DefaultNetworkFacet } from '../../src/model/facets.js';
import { conf, isRecord, list, truthy } from './ci.js';
import { ev, type BuildContext } from './context.js';

function vpc(ctx: BuildContext): DefaultNetworkFacet {
  const f = conf(ctx.item, 'isDefault');
  return { label: 'VPC', isDefault: truthy(f) ?? 'unknown', evidence: [ev(f)] };
}

function flag(label: string, path: string) {
  return (ctx: BuildContext): AvailabilityFacet => {
    const f = conf(ctx.item, path);
    const t = truthy(f);
    return { label, multiZone: t ?? 'unknown', evidence: [ev(f)], ...(t === undefined ? { settle: `the ${path} setting of the ${label}` } : {}) };
  };
}

/** Zones listed by the item (`availabilityZones`: names, or objects with `zoneName`). */
function zones(label: string, path: string) {
  return (ctx: BuildContext): AvailabilityFacet => {
    const f = conf(ctx.item, path);
    const l = list(f);
    if (!l) return { label, multiZone: 'unknown', evidence: [ev(f)], settle: `the availability zones of the ${label}` };
    const names = new Set(l.map((z) => (isRecord(z) ? (z.zoneName ?? z.ZoneName) : z)).filter((z): z is string => typeof z === 'string'));
    return { label, multiZone: names.size >= 2 ? 'yes' : 'no', evidence: [{ path: f.path, value: names.size, note: 'zones' }] };
  };
}

export const DEFAULT_NETWORK: Readonly<Record<string, (ctx: BuildContext) => DefaultNetworkFacet | undefined>> = {
  'AWS::EC2::VPC': vpc,
};

export const AVAILABILITY: Readonly<Record<string, (ctx: BuildContext) => AvailabilityFacet | undefined>> = {
  'AWS::RDS::DBInstance': flag('RDS instance', 'multiAZ'),
  'AWS::RDS::DBCluster': flag('RDS cluster', 'multiAZ'),
  'AWS::ElasticLoadBalancingV2::LoadBalancer': zones('load balancer', 'availabilityZones'),
  'AWS::AutoScaling::AutoScalingGroup': zones('Auto Scaling group', 'availabilityZones'),
};
