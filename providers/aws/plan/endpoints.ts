/**
 * Management and database endpoints (the `adminEndpoint` facet): whether AWS gives them a public
 * address, and which networks may then reach them — read from their security groups when those
 * are in the plan.
 */
import type { AdminEndpointFacet, Evidence, IngressRule, Truth } from '../../../src/model/facets.js';
import type { Builder, BuilderTable, BuildContext } from '../../terraform/builder-types.js';
import { setting, blocks, type TfResource } from '../../terraform/tf-resource.js';
import { securityGroupIngress, separateRules } from './network.js';
import { evidence, flag, numberOf, resolveAll, strings, text } from './values.js';
import { coversTcp, portsCover } from '../../../src/policy/network.js';
import { enginePort } from '../knowledge/engines.js';

type Networks = AdminEndpointFacet['allowedNetworks'];


function listenerPort(r: TfResource): number | undefined {
  const port = numberOf(setting(r, 'port'));
  if (port !== undefined) return port;
  const engine = text(r, 'engine');
  if (engine.state !== 'known') return undefined;
  return enginePort(String(engine.value));
}

function reachesPort(rule: IngressRule, port: number | undefined): boolean | 'unknown' {
  if (!coversTcp(rule.protocol)) return false;
  if (rule.ports === 'unknown') return 'unknown';
  return port === undefined || portsCover(rule.ports, port);
}

/**
 * The CIDRs the security groups at `path` let reach `port`. Unknown when a group is not in the
 * plan (or the list is not set: the VPC's default group then applies), when a group's rules are
 * not visible, or when a rule that may reach the port has unknown sources or ports.
 */
function networksFromGroups(ctx: BuildContext, holder: TfResource, path: string, port: number | undefined): { networks: Networks; evidence: Evidence[] } {
  const ids = setting(holder, path);
  const from = holder.address;
  if (ids.state === 'unset' || (ids.state === 'known' && strings(ids).length === 0)) {
    return { networks: 'unknown', evidence: [{ path, from, value: null, note: "no security group set: the VPC's default group applies" }] };
  }
  const { targets, complete } = resolveAll(ctx, holder, path, ['aws_security_group']);
  if (!complete) return { networks: 'unknown', evidence: [{ path, from, note: 'security groups not all in this plan' }] };
  const networks = new Set<string>();
  const ev: Evidence[] = [];
  for (const sg of targets) {
    const inline = securityGroupIngress(sg, ctx);
    if (!inline.complete) return { networks: 'unknown', evidence: [{ path: 'ingress', from: sg.address, note: 'rules known after apply' }] };
    const rules = [...inline.rules.map((rule) => ({ rule, from: sg })), ...separateRules(sg, ctx)];
    for (const { rule, from: owner } of rules) {
      const reaches = reachesPort(rule, port);
      if (reaches === false) continue;
      if (reaches === 'unknown' || rule.sources === 'unknown') return { networks: 'unknown', evidence: [{ ...rule.evidence, from: owner.address, note: 'rule known after apply' }] };
      if (rule.sources.length === 0) continue;
      rule.sources.forEach((s) => networks.add(s));
      ev.push({ ...rule.evidence, from: owner.address });
    }
  }
  return { networks: [...networks], evidence: ev };
}

interface PublicSpec {
  kind: AdminEndpointFacet['kind'];
  label: string;
  /** What AWS does when `publicly_accessible` is not set (each use says why). */
  whenUnset: Truth;
  /** The resource holding the security groups and port (itself, or an Aurora instance's cluster). */
  groupsHolder?: (r: TfResource, ctx: BuildContext) => TfResource | undefined;
}

/**
 * Endpoints with a `publicly_accessible` switch: on, they get an internet address (`publicAddress`);
 * the networks their VPC security groups admit are read as evidence of what is reachable now.
 */
function publiclyAccessible(spec: PublicSpec): Builder<AdminEndpointFacet> {
  return (r, ctx) => {
    const f = flag(r, 'publicly_accessible');
    const publicAccess = f.truth === 'unset' ? spec.whenUnset : f.truth;
    const base = { kind: spec.kind, label: spec.label, publicAccess, publicAddress: true };
    const ev = [evidence(r, f.attr)];
    if (publicAccess === 'no') return { ...base, allowedNetworks: [], evidence: ev };
    if (publicAccess === 'unknown') return { ...base, allowedNetworks: 'unknown', evidence: ev, settle: 'the `publicly_accessible` setting once applied' };
    const holder = spec.groupsHolder ? spec.groupsHolder(r, ctx) : r;
    if (!holder) {
      return { ...base, allowedNetworks: 'unknown', evidence: ev, settle: 'the security groups of the cluster this instance belongs to' };
    }
    const n = networksFromGroups(ctx, holder, 'vpc_security_group_ids', listenerPort(holder) ?? listenerPort(r));
    return {
      ...base,
      allowedNetworks: n.networks,
      evidence: [...ev, ...n.evidence],
      ...(n.networks === 'unknown' ? { settle: 'the inbound rules of the security groups attached to the endpoint' } : {}),
    };
  };
}

/**
 * EKS API endpoint. AWS creates it public (`endpointPublicAccess` true) and open to 0.0.0.0/0
 * (`publicAccessCidrs`) unless told otherwise; both are computed in the provider, so when the
 * configuration does not set them the AWS defaults are what the cluster gets. A value the
 * configuration sets but the plan does not know stays unknown.
 */
const eksCluster: Builder<AdminEndpointFacet> = (r) => {
  const base = { kind: 'kubernetes-api' as const, label: 'EKS cluster API endpoint' };
  const pub = flag(r, 'vpc_config[0].endpoint_public_access');
  const publicAccess = pub.truth === 'unset' ? 'yes' : pub.truth;
  const ev = [evidence(r, pub.attr)];
  if (publicAccess === 'no') return { ...base, publicAccess, allowedNetworks: [], evidence: ev };
  if (publicAccess === 'unknown') return { ...base, publicAccess, allowedNetworks: 'unknown', evidence: ev, settle: 'the `endpoint_public_access` setting once applied' };
  const cidrs = setting(r, 'vpc_config[0].public_access_cidrs');
  if (cidrs.state === 'unknown') {
    return { ...base, publicAccess, allowedNetworks: 'unknown', evidence: [...ev, evidence(r, cidrs)], settle: 'the `public_access_cidrs` of the cluster once applied' };
  }
  if (cidrs.state === 'unset') {
    return { ...base, publicAccess, allowedNetworks: 'any', evidence: [...ev, { path: cidrs.path, value: null, note: 'not set: AWS allows 0.0.0.0/0' }] };
  }
  const list = strings(cidrs);
  const any = list.includes('0.0.0.0/0') || list.includes('::/0');
  return { ...base, publicAccess, allowedNetworks: any ? 'any' : list, evidence: [...ev, { path: cidrs.path, value: list.join(', ') }] };
};

/**
 * OpenSearch / Elasticsearch: a domain without `vpc_options` subnets has a public endpoint, whose
 * reach only the access policy limits (IP conditions the plan cannot settle).
 */
function searchDomain(label: string): Builder<AdminEndpointFacet> {
  return (r) => {
    const base = { kind: 'database' as const, label };
    const vpc = blocks(r, 'vpc_options');
    if (vpc === 'unknown') return { ...base, publicAccess: 'unknown', allowedNetworks: 'unknown', evidence: [{ path: 'vpc_options', note: 'known after apply' }] };
    const subnets = setting(r, 'vpc_options[0].subnet_ids');
    if (vpc.length > 0 && subnets.state === 'unknown') {
      return { ...base, publicAccess: 'unknown', allowedNetworks: 'unknown', evidence: [evidence(r, subnets)], settle: 'the VPC placement of the domain once applied' };
    }
    if (vpc.length > 0 && strings(subnets).length > 0) return { ...base, publicAccess: 'no', allowedNetworks: [], evidence: [{ path: 'vpc_options[0].subnet_ids', note: 'VPC endpoint' }] };
    return {
      ...base,
      publicAccess: 'yes',
      allowedNetworks: 'unknown',
      evidence: [{ path: 'vpc_options', value: null, note: 'no VPC: public endpoint' }],
      settle: 'the domain access policy (aws:SourceIp conditions) or fine-grained access control',
    };
  };
}

export const endpointsTable: BuilderTable = {
  adminEndpoint: {
    aws_eks_cluster: eksCluster,
    // RDS: `publicly_accessible` defaults to false.
    aws_db_instance: publiclyAccessible({ kind: 'database', label: 'RDS instance', whenUnset: 'no' }),
    aws_rds_cluster_instance: publiclyAccessible({
      kind: 'database',
      label: 'RDS cluster instance',
      whenUnset: 'no',
      groupsHolder: (r, ctx) => ctx.links.targets(r, 'cluster_identifier', ['aws_rds_cluster'])[0],
    }),
    // Redshift: the plan carries the provider default (true in provider 5, false in provider 6).
    aws_redshift_cluster: publiclyAccessible({ kind: 'database', label: 'Redshift cluster', whenUnset: 'unknown' }),
    // DMS: computed; the API makes replication instances public unless told otherwise.
    aws_dms_replication_instance: publiclyAccessible({ kind: 'management', label: 'DMS replication instance', whenUnset: 'yes' }),
    aws_opensearch_domain: searchDomain('OpenSearch domain'),
    aws_elasticsearch_domain: searchDomain('Elasticsearch domain'),
  },
};
