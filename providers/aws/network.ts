/**
 * Inbound network rules (the `ingress` facet) of security groups and network ACLs, and the
 * management / database endpoints (the `adminEndpoint` facet) of EKS, RDS, Redshift, DMS and
 * OpenSearch, from their Config items. Only CIDR sources can be public: referenced groups and
 * prefix lists are not read as the internet.
 */
import type { AdminEndpointFacet, Evidence, IngressFacet, IngressRule, PortRange } from '../../src/model/facets.js';
import { coversTcp, portsCover } from '../../src/policy/network.js';
import { conf, field, isRecord, list, num, text, truthy, type ConfigItem } from './ci.js';
import { ev, hasConfiguration, type BuildContext } from './context.js';
import type { Needs } from './facts.js';
import { enginePort } from './knowledge/engines.js';

const PROTOCOLS: Readonly<Record<string, string>> = { '-1': 'all', all: 'all', '6': 'tcp', '17': 'udp', '1': 'icmp', '58': 'icmpv6' };

function protocolName(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  const p = String(v).toLowerCase();
  return PROTOCOLS[p] ?? p;
}

function ports(protocol: string | undefined, from: unknown, to: unknown): PortRange[] | 'all' | 'unknown' {
  if (protocol === 'all') return 'all';
  if (protocol === undefined) return 'unknown';
  const lo = typeof from === 'number' ? from : Number(from);
  const hi = typeof to === 'number' ? to : Number(to);
  if (from === undefined || from === null || to === undefined || to === null || !Number.isFinite(lo) || !Number.isFinite(hi)) return 'unknown';
  // -1 … -1 on TCP/UDP (some exports) means every port.
  if (lo === -1 && hi === -1) return 'all';
  return [{ from: lo, to: hi }];
}

/** The CIDRs of one security group permission: legacy `ipRanges` strings, `ipv4Ranges[].cidrIp`, `ipv6Ranges[].cidrIpv6`. */
function permissionSources(p: Record<string, unknown>): string[] {
  const out = new Set<string>();
  for (const r of Array.isArray(p.ipRanges) ? p.ipRanges : []) {
    if (typeof r === 'string') out.add(r);
    else if (isRecord(r) && typeof r.cidrIp === 'string') out.add(r.cidrIp);
  }
  for (const r of Array.isArray(p.ipv4Ranges) ? p.ipv4Ranges : []) if (isRecord(r) && typeof r.cidrIp === 'string') out.add(r.cidrIp);
  for (const r of Array.isArray(p.ipv6Ranges) ? p.ipv6Ranges : []) {
    if (isRecord(r) && typeof r.cidrIpv6 === 'string') out.add(r.cidrIpv6);
    else if (typeof r === 'string') out.add(r);
  }
  return [...out];
}

/** The inbound rules of a security group item; undefined when the item does not carry them. */
export function securityGroupRules(item: ConfigItem): IngressRule[] | undefined {
  const perms = list(conf(item, 'ipPermissions'));
  if (!perms) return undefined;
  const base = conf(item, 'ipPermissions').path;
  return perms.filter(isRecord).map((p, i) => {
    const protocol = protocolName(p.ipProtocol);
    const sources = permissionSources(p);
    const rule: IngressRule = {
      action: 'allow',
      // An unreadable protocol may be TCP: keep the rule with unknown ports, never read as closed.
      protocol: protocol ?? 'all',
      ports: ports(protocol, p.fromPort, p.toPort),
      sources,
      evidence: { path: `${base}[${i}]` },
    };
    if (sources.length) rule.evidence.value = sources.join(', ');
    return rule;
  });
}

function securityGroup(ctx: BuildContext): IngressFacet {
  const rules = securityGroupRules(ctx.item);
  if (!rules) return { evaluation: 'union', rules: [], complete: false };
  return { evaluation: 'union', rules, complete: true };
}

/** Network ACL entries: numbered, the lowest matching entry decides, the final `*` entry denies. */
function networkAcl(ctx: BuildContext): IngressFacet {
  const entries = list(conf(ctx.item, 'entries'));
  if (!entries) return { evaluation: 'priority', rules: [], complete: false, stateless: true };
  const base = conf(ctx.item, 'entries').path;
  const rules: IngressRule[] = [];
  entries.forEach((e, i) => {
    if (!isRecord(e) || e.egress === true || e.egress === 'true') return;
    const protocol = protocolName(e.protocol);
    const range = isRecord(e.portRange) ? e.portRange : undefined;
    const sources = [e.cidrBlock, e.ipv6CidrBlock].filter((s): s is string => typeof s === 'string' && s !== '');
    const rule: IngressRule = {
      // An unreadable action is read as allow: the safe side for an exposure check.
      action: String(e.ruleAction ?? '').toLowerCase() === 'deny' ? 'deny' : 'allow',
      // An unreadable rule number sorts first, so it is never shadowed by a known deny.
      priority: typeof e.ruleNumber === 'number' ? e.ruleNumber : 0,
      protocol: protocol ?? 'all',
      ports: protocol === 'all' ? 'all' : range ? ports(protocol, range.from, range.to) : protocol === 'tcp' || protocol === 'udp' ? 'unknown' : 'all',
      sources: sources.length ? sources : 'unknown',
      evidence: { path: `${base}[${i}]` },
    };
    if (sources.length) rule.evidence.value = sources.join(', ');
    rules.push(rule);
  });
  return { evaluation: 'priority', rules, complete: true, stateless: true };
}

export const INGRESS: Readonly<Record<string, (ctx: BuildContext) => IngressFacet | undefined>> = {
  'AWS::EC2::SecurityGroup': securityGroup,
  'AWS::EC2::NetworkAcl': networkAcl,
};

type Networks = AdminEndpointFacet['allowedNetworks'];

/**
 * EKS API endpoint. AWS creates it public and open to 0.0.0.0/0 unless told otherwise, but real
 * Config items often lack `EndpointPublicAccess` and `PublicAccessCidrs`: what the item does not
 * carry is unknown.
 */
function eksCluster(ctx: BuildContext): AdminEndpointFacet {
  const base = { kind: 'kubernetes-api' as const, label: 'EKS cluster API endpoint' };
  const pub = conf(ctx.item, 'ResourcesVpcConfig.EndpointPublicAccess');
  const t = truthy(pub);
  if (t === 'no') return { ...base, publicAccess: 'no', allowedNetworks: [], evidence: [ev(pub)] };
  if (t === undefined) {
    return {
      ...base,
      publicAccess: 'unknown',
      allowedNetworks: 'unknown',
      evidence: [ev(pub)],
      settle: 'the endpointPublicAccess and publicAccessCidrs of the cluster (aws eks describe-cluster): the Config item does not carry them',
    };
  }
  const cidrs = conf(ctx.item, 'ResourcesVpcConfig.PublicAccessCidrs');
  const l = list(cidrs)?.filter((c): c is string => typeof c === 'string');
  if (!l) return { ...base, publicAccess: 'yes', allowedNetworks: 'unknown', evidence: [ev(pub), ev(cidrs)], settle: 'the publicAccessCidrs of the cluster (aws eks describe-cluster)' };
  const any = l.includes('0.0.0.0/0') || l.includes('::/0');
  return { ...base, publicAccess: 'yes', allowedNetworks: any ? 'any' : l, evidence: [ev(pub), { path: cidrs.path, value: l.join(', ') }] };
}


function listenerPort(item: ConfigItem, fallback?: number): number | undefined {
  for (const p of ['endpoint.port', 'dbInstancePort', 'port']) {
    const n = num(conf(item, p));
    if (n !== undefined && n > 0) return n;
  }
  const engine = text(conf(item, 'engine'));
  return (engine ? enginePort(engine) : undefined) ?? fallback;
}

function groupIds(item: ConfigItem, path: string, key: string): string[] {
  const l = list(conf(item, path)) ?? [];
  return l.flatMap((g) => (isRecord(g) && typeof g[key] === 'string' ? [g[key] as string] : typeof g === 'string' ? [g] : []));
}

/** The CIDRs the item's security groups let reach `port`, from the groups looked up after the main read. */
function networksFromGroups(ctx: BuildContext, ids: string[], path: string, port: number | undefined): { networks: Networks; evidence: Evidence[] } {
  if (ids.length === 0) return { networks: 'unknown', evidence: [{ path, value: null, note: 'no VPC security group in the item' }] };
  const region = ctx.item.awsRegion;
  const networks = new Set<string>();
  const evidence: Evidence[] = [];
  for (const id of ids) {
    const rules = ctx.lookups.securityGroups.get(`${region}/${id}`);
    if (!Array.isArray(rules)) {
      return { networks: 'unknown', evidence: [{ path, note: `security group ${id} ${rules === 'incomplete' ? 'has no readable inbound rules' : 'was not found in the Config inventory'}` }] };
    }
    for (const rule of rules) {
      if (!coversTcp(rule.protocol)) continue;
      if (rule.ports === 'unknown' || rule.sources === 'unknown') return { networks: 'unknown', evidence: [{ ...rule.evidence, from: id, note: 'rule ports or sources not readable' }] };
      if (port !== undefined && !portsCover(rule.ports, port)) continue;
      if (rule.sources.length === 0) continue;
      rule.sources.forEach((s) => networks.add(s));
      evidence.push({ ...rule.evidence, from: id });
    }
  }
  return { networks: [...networks], evidence };
}

interface PublicSpec {
  kind: AdminEndpointFacet['kind'];
  label: string;
  flag: string;
  /** Where the VPC security groups are, and their id key; absent: the item does not list them. */
  groups?: { path: string; key: string };
  defaultPort?: number;
}

function publiclyAccessible(spec: PublicSpec) {
  return (ctx: BuildContext): AdminEndpointFacet => {
    const f = conf(ctx.item, spec.flag);
    const t = truthy(f);
    const base = { kind: spec.kind, label: spec.label, publicAddress: true };
    if (t === 'no') return { ...base, publicAccess: 'no', allowedNetworks: [], evidence: [ev(f)] };
    if (t === undefined) return { ...base, publicAccess: 'unknown', allowedNetworks: 'unknown', evidence: [ev(f)], settle: `the ${spec.flag} setting of the ${spec.label}` };
    if (!spec.groups) return { ...base, publicAccess: 'yes', allowedNetworks: 'unknown', evidence: [ev(f)], settle: `the inbound rules of the security groups of the ${spec.label}` };
    const ids = groupIds(ctx.item, spec.groups.path, spec.groups.key);
    const n = networksFromGroups(ctx, ids, conf(ctx.item, spec.groups.path).path, listenerPort(ctx.item, spec.defaultPort));
    const out: AdminEndpointFacet = { ...base, publicAccess: 'yes', allowedNetworks: n.networks, evidence: [ev(f), ...n.evidence] };
    if (n.networks === 'unknown') out.settle = `the inbound rules of the security groups attached to the ${spec.label}`;
    return out;
  };
}

/** The security groups a public endpoint needs looked up. */
export function endpointNeeds(item: ConfigItem): Needs {
  const spec = PUBLIC_SPECS[item.resourceType];
  if (!spec?.groups || truthy(conf(item, spec.flag)) !== 'yes') return { buckets: [], securityGroups: [] };
  return { buckets: [], securityGroups: groupIds(item, spec.groups.path, spec.groups.key) };
}

const PUBLIC_SPECS: Readonly<Record<string, PublicSpec>> = {
  'AWS::RDS::DBInstance': { kind: 'database', label: 'RDS instance', flag: 'publiclyAccessible', groups: { path: 'vpcSecurityGroups', key: 'vpcSecurityGroupId' } },
  'AWS::Redshift::Cluster': { kind: 'database', label: 'Redshift cluster', flag: 'publiclyAccessible', groups: { path: 'vpcSecurityGroups', key: 'vpcSecurityGroupId' }, defaultPort: 5439 },
  'AWS::DMS::ReplicationInstance': { kind: 'management', label: 'DMS replication instance', flag: 'PubliclyAccessible' },
};

/**
 * OpenSearch / Elasticsearch: a domain in a VPC (`VPCOptions.SubnetIds`) has no public endpoint;
 * DescribeDomain omits `VPCOptions` for a public domain, whose reach only the access policy limits.
 */
function searchDomain(label: string, vpcKey: string) {
  return (ctx: BuildContext): AdminEndpointFacet => {
    const base = { kind: 'database' as const, label };
    const subnets = conf(ctx.item, `${vpcKey}.SubnetIds`);
    const l = list(subnets);
    if (l && l.length > 0) return { ...base, publicAccess: 'no', allowedNetworks: [], evidence: [{ path: subnets.path, note: 'VPC endpoint' }] };
    const vpcEndpoint = conf(ctx.item, 'endpoints.vpc');
    if (text(vpcEndpoint)) return { ...base, publicAccess: 'no', allowedNetworks: [], evidence: [{ path: vpcEndpoint.path, note: 'VPC endpoint' }] };
    if (!hasConfiguration(ctx.item) || field(ctx.item.configuration, 'configuration', vpcKey).value !== undefined) {
      return { ...base, publicAccess: 'unknown', allowedNetworks: 'unknown', evidence: [ev(subnets)], settle: 'the VPC placement of the domain' };
    }
    return {
      ...base,
      publicAccess: 'yes',
      allowedNetworks: 'unknown',
      evidence: [{ path: conf(ctx.item, vpcKey).path, value: null, note: 'no VPC options: public endpoint' }],
      settle: 'the domain access policy (aws:SourceIp conditions) or fine-grained access control',
    };
  };
}

export const ENDPOINTS: Readonly<Record<string, (ctx: BuildContext) => AdminEndpointFacet | undefined>> = {
  'AWS::EKS::Cluster': eksCluster,
  'AWS::RDS::DBInstance': publiclyAccessible(PUBLIC_SPECS['AWS::RDS::DBInstance']!),
  'AWS::Redshift::Cluster': publiclyAccessible(PUBLIC_SPECS['AWS::Redshift::Cluster']!),
  'AWS::DMS::ReplicationInstance': publiclyAccessible(PUBLIC_SPECS['AWS::DMS::ReplicationInstance']!),
  'AWS::OpenSearch::Domain': searchDomain('OpenSearch domain', 'VPCOptions'),
  'AWS::Elasticsearch::Domain': searchDomain('Elasticsearch domain', 'vpcOptions'),
};

