/**
 * Inbound rules (the `ingress` facet): security groups and their separate rules (allow-only, any
 * allow opens), network ACLs and their separate rules (numbered, the lowest matching rule decides).
 * Only CIDR sources can be public: security group references, prefix lists and `self` are not.
 */
import type { IngressFacet, IngressRule, PortRange } from '../../../src/model/facets.js';
import type { Builder, BuilderTable, BuildContext } from '../../terraform/builder-types.js';
import { setting, blocks, type Attr, type TfResource } from '../../terraform/tf-resource.js';
import { strings, text } from './values.js';

const PROTOCOL_NUMBERS: Readonly<Record<string, string>> = { '-1': 'all', all: 'all', '6': 'tcp', '17': 'udp', '1': 'icmp', '58': 'icmpv6' };

function protocolName(a: Attr): string | undefined {
  if (a.state !== 'known') return undefined;
  const p = String(a.value).toLowerCase();
  return PROTOCOL_NUMBERS[p] ?? p;
}

/** Ports of a rule; every port for "all" protocols (AWS ignores the port fields then). */
function portsOf(protocol: string | undefined, from: Attr, to: Attr): PortRange[] | 'all' | 'unknown' {
  if (protocol === 'all') return 'all';
  if (protocol === undefined || from.state !== 'known' || to.state !== 'known') return 'unknown';
  const lo = Number(from.value);
  const hi = Number(to.value);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return 'unknown';
  return [{ from: lo, to: hi }];
}

/** CIDR sources of a rule from several attributes (IPv4 and IPv6 lists or single strings); unknown if any is. */
function cidrSources(r: TfResource, paths: readonly string[]): string[] | 'unknown' {
  const out: string[] = [];
  for (const path of paths) {
    const a = setting(r, path);
    if (a.state === 'unknown') return 'unknown';
    for (const item of strings(a)) out.push(item);
  }
  return out;
}

interface RuleShape {
  prefix: string;
  protocol: string;
  from: string;
  to: string;
  cidrs: readonly string[];
  action?: string;
  priority?: string;
}

/** One rule read from `prefix` (`ingress[2].`, `''`) with the attribute names of its resource type. */
function readRule(r: TfResource, shape: RuleShape, evidencePath: string): IngressRule {
  const protocol = protocolName(setting(r, `${shape.prefix}${shape.protocol}`));
  const rule: IngressRule = {
    action: 'allow',
    // An unknown protocol may be TCP: keep the rule, with unknown ports, so it is never read as closed.
    protocol: protocol ?? 'all',
    ports: protocol === undefined ? 'unknown' : portsOf(protocol, setting(r, `${shape.prefix}${shape.from}`), setting(r, `${shape.prefix}${shape.to}`)),
    sources: cidrSources(r, shape.cidrs.map((c) => `${shape.prefix}${c}`)),
    evidence: { path: evidencePath },
  };
  if (Array.isArray(rule.sources) && rule.sources.length) rule.evidence.value = rule.sources.join(', ');
  if (shape.action) {
    const action = text(r, `${shape.prefix}${shape.action}`);
    // An unknown action is read as allow: the safe side for an exposure check.
    rule.action = action.state === 'known' && String(action.value).toLowerCase() === 'deny' ? 'deny' : 'allow';
  }
  if (shape.priority) {
    const n = setting(r, `${shape.prefix}${shape.priority}`);
    // An unknown rule number sorts first (valid numbers start at 1), so it is never shadowed by a known deny.
    rule.priority = n.state === 'known' && typeof n.value === 'number' ? n.value : 0;
  }
  return rule;
}

const SG_INLINE: Omit<RuleShape, 'prefix'> = { protocol: 'protocol', from: 'from_port', to: 'to_port', cidrs: ['cidr_blocks', 'ipv6_cidr_blocks'] };
const SG_RULE: RuleShape = { prefix: '', ...SG_INLINE };
const VPC_INGRESS_RULE: RuleShape = { prefix: '', protocol: 'ip_protocol', from: 'from_port', to: 'to_port', cidrs: ['cidr_ipv4', 'cidr_ipv6'] };
const NACL_INLINE: Omit<RuleShape, 'prefix'> = { protocol: 'protocol', from: 'from_port', to: 'to_port', cidrs: ['cidr_block', 'ipv6_cidr_block'], action: 'action', priority: 'rule_no' };
const NACL_RULE: RuleShape = {
  prefix: '',
  protocol: 'protocol',
  from: 'from_port',
  to: 'to_port',
  cidrs: ['cidr_block', 'ipv6_cidr_block'],
  action: 'rule_action',
  priority: 'rule_number',
};

/** Separate ingress rule resources attached to a security group. */
export function separateRules(sg: TfResource, ctx: BuildContext): Array<{ rule: IngressRule; from: TfResource }> {
  const out: Array<{ rule: IngressRule; from: TfResource }> = [];
  for (const s of ctx.links.sources(sg, 'aws_security_group_rule', 'security_group_id')) {
    if (isIngressRule(s)) out.push({ rule: readRule(s, SG_RULE, 'cidr_blocks'), from: s });
  }
  for (const s of ctx.links.sources(sg, 'aws_vpc_security_group_ingress_rule', 'security_group_id')) {
    out.push({ rule: readRule(s, VPC_INGRESS_RULE, 'cidr_ipv4'), from: s });
  }
  return out;
}

function isIngressRule(r: TfResource): boolean {
  const type = text(r, 'type');
  return type.state !== 'known' || type.value === 'ingress';
}

/**
 * A security group's inline `ingress` rules. `ingress` is computed: unknown when the group's rules
 * are managed elsewhere or known only after apply. When separate rule resources of this plan
 * target the group, its rules are those (the provider cannot mix both styles) and each reports
 * itself; otherwise the group's rules are not visible and the facet is incomplete.
 */
export function securityGroupIngress(r: TfResource, ctx: BuildContext): IngressFacet {
  const list = blocks(r, 'ingress');
  if (list === 'unknown') {
    return { evaluation: 'union', rules: [], complete: separateRules(r, ctx).length > 0 };
  }
  return { evaluation: 'union', rules: list.map((_, i) => readRule(r, { prefix: `ingress[${i}].`, ...SG_INLINE }, `ingress[${i}].cidr_blocks`)), complete: true };
}

const securityGroupRule: Builder<IngressFacet> = (r) => {
  if (!isIngressRule(r)) return undefined;
  return { evaluation: 'union', rules: [readRule(r, SG_RULE, 'cidr_blocks')], complete: true };
};

const vpcIngressRule: Builder<IngressFacet> = (r) => ({ evaluation: 'union', rules: [readRule(r, VPC_INGRESS_RULE, 'cidr_ipv4')], complete: true });

/** NACL inline `ingress` entries; anything they do not match meets the implicit final deny. */
const networkAcl: Builder<IngressFacet> = (r) => {
  const list = blocks(r, 'ingress');
  if (list === 'unknown') return { evaluation: 'priority', rules: [], complete: false, stateless: true };
  return {
    evaluation: 'priority',
    rules: list.map((_, i) => readRule(r, { prefix: `ingress[${i}].`, ...NACL_INLINE }, `ingress[${i}].cidr_block`)),
    complete: true,
    stateless: true,
  };
};

/**
 * One NACL entry. Lower-numbered deny entries of the same NACL are added, so an allow they shadow
 * is not reported as open; lower allows report themselves.
 */
const networkAclRule: Builder<IngressFacet> = (r, ctx) => {
  if (setting(r, 'egress').value === true) return undefined;
  const own = readRule(r, NACL_RULE, 'cidr_block');
  const acl = ctx.links.targets(r, 'network_acl_id', ['aws_network_acl'])[0];
  const siblings = acl
    ? ctx.links
        .sources(acl, 'aws_network_acl_rule', 'network_acl_id')
        .filter((s) => s !== r && setting(s, 'egress').value !== true)
        .map((s) => ({ s, rule: readRule(s, NACL_RULE, 'cidr_block') }))
        .filter(({ rule }) => rule.action === 'deny' && (rule.priority ?? Infinity) < (own.priority ?? 0))
        .map(({ s, rule }) => ({ ...rule, evidence: { ...rule.evidence, from: s.address } }))
    : [];
  return { evaluation: 'priority', rules: [...siblings, own], complete: true, stateless: true };
};

export const networkTable: BuilderTable = {
  ingress: {
    aws_security_group: securityGroupIngress,
    // The VPC's default group, adopted by Terraform: same inline `ingress` as any group.
    aws_default_security_group: securityGroupIngress,
    aws_security_group_rule: securityGroupRule,
    aws_vpc_security_group_ingress_rule: vpcIngressRule,
    aws_network_acl: networkAcl,
    aws_default_network_acl: networkAcl,
    aws_network_acl_rule: networkAclRule,
  },
};
