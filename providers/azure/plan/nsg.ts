import type { Evidence, IngressFacet, IngressRule, PortRange } from '../../../src/model/facets.js';
import type { BuildContext, BuilderTable } from '../../terraform/builder-types.js';
import type { Links } from '../../terraform/links.js';
import { configured, blocks, type TfResource } from '../../terraform/tf-resource.js';
import { ev, knownString, read, readStrings, sameResourceGroup } from './values.js';
import { parsePorts } from '../knowledge/endpoints.js';

/**
 * Network security groups. Azure evaluates inbound rules by priority (lower first) and ends with
 * its default rules (65000 AllowVnetInBound, 65001 AllowAzureLoadBalancerInBound, 65500
 * DenyAllInBound): nothing is open from the internet unless a rule allows it, so the visible rules
 * are the complete picture for internet exposure.
 *
 * Rules come inline (`security_rule` blocks) or as `azurerm_network_security_rule` resources,
 * never both on one NSG (the provider documents the conflict). Each allow rule is reported on the
 * resource that declares it; the deny rules of the other side are added to each facet so that a
 * higher-priority deny still shadows an allow declared elsewhere. An NSG without inline rules
 * gets no facet of its own: its rule resources carry the findings.
 */

const RULE = 'azurerm_network_security_rule';
const NSG = 'azurerm_network_security_group';


/**
 * The fields of one rule, read at `prefix` (`security_rule[2].` for inline rules, `` for a rule
 * resource). Anything unknown that could change the verdict makes that part 'unknown'; a rule whose
 * direction or access is unknown gets unknown sources so that it decides nothing, and one whose
 * access is unknown counts as a possible deny, the only kind that can shadow another rule.
 */
function readRule(r: TfResource, prefix: string, from?: TfResource): IngressRule | undefined {
  const direction = read(r, `${prefix}direction`);
  if (direction.state === 'known' && String(direction.value).toLowerCase() !== 'inbound') return undefined;
  const access = read(r, `${prefix}access`);
  const priority = read(r, `${prefix}priority`);
  const protocol = read(r, `${prefix}protocol`);

  const single = read(r, `${prefix}destination_port_range`);
  const many = readStrings(r, `${prefix}destination_port_ranges`);
  let ports: IngressRule['ports'];
  let portEvidence = single;
  if (single.state === 'unknown' || many === 'unknown') ports = 'unknown';
  else {
    const specs = [...(single.state === 'known' ? [String(single.value)] : []), ...many];
    if (single.state !== 'known' && many.length) portEvidence = read(r, `${prefix}destination_port_ranges`);
    const parsed = specs.map(parsePorts);
    ports = parsed.some((p) => p === undefined) ? 'unknown' : parsed.includes('all') ? 'all' : (parsed as PortRange[][]).flat();
    if (ports !== 'unknown' && ports !== 'all' && ports.length === 0) return undefined; // no destination port: the API rejects it
  }

  const source = read(r, `${prefix}source_address_prefix`);
  const sourceList = readStrings(r, `${prefix}source_address_prefixes`);
  const asgs = readStrings(r, `${prefix}source_application_security_group_ids`);
  let sources: IngressRule['sources'];
  if (source.state === 'unknown' || sourceList === 'unknown' || direction.state === 'unknown' || access.state === 'unknown') sources = 'unknown';
  else {
    sources = [...(source.state === 'known' ? [String(source.value)] : []), ...sourceList];
    // Application security groups are sets of NICs in the virtual network, never internet addresses.
    if (asgs !== 'unknown' && asgs.length) sources.push('ApplicationSecurityGroup');
  }

  const evidence: Evidence = ev(r, portEvidence.state === 'known' && Array.isArray(portEvidence.value) ? { ...portEvidence, value: portEvidence.value.join(',') } : portEvidence, { safe: true, ...(from ? { from: from.address } : {}),
    ...(priority.state === 'known' ? { note: `priority ${String(priority.value)}` } : {}), });
  return {
    action: access.state === 'known' && String(access.value).toLowerCase() === 'allow' ? 'allow' : 'deny',
    ...(priority.state === 'known' && typeof priority.value === 'number' ? { priority: priority.value } : {}),
    protocol: protocol.state === 'known' ? normaliseProtocol(String(protocol.value)) : 'all',
    ports,
    sources,
    evidence,
  };
}

/** Azure spells `Tcp`, `Udp`, `Icmp`, `Esp`, `Ah`, `*`. An unknown protocol is read as all, which can only widen. */
function normaliseProtocol(p: string): string {
  const s = p.toLowerCase();
  return s === '*' ? 'all' : s;
}

interface InlineRules {
  rules: IngressRule[];
  /** False when the inline rules are configured but not visible. */
  complete: boolean;
  /** Whether the configuration declares inline rules at all. */
  declared: boolean;
}

/**
 * `security_rule` is Optional+Computed: left out of the configuration it is unknown in a plan and,
 * after apply, mirrors the rule resources. Known, it is the NSG's own (static or `dynamic` blocks,
 * which the plan's configuration does not show). Unknown with a static block in the configuration,
 * the rules are hidden. Unknown without one, it is either an NSG without inline rules or dynamic
 * blocks over values known after apply: the plan cannot tell, so the NSG is not judged.
 */
function inlineRules(nsg: TfResource, from?: TfResource): InlineRules {
  const list = blocks(nsg, 'security_rule');
  if (list === 'unknown') {
    const declared = configured(nsg, 'security_rule');
    return declared === 'no' ? { rules: [], complete: true, declared: false } : { rules: [], complete: false, declared: true };
  }
  const rules = list.flatMap((_, i) => readRule(nsg, `security_rule[${i}].`, from) ?? []);
  return { rules, complete: true, declared: true };
}

/** The NSG a rule resource belongs to: by reference, or by name within its resource group. */
function nsgOf(rule: TfResource, links: Links): TfResource | undefined {
  const found = links.targets(rule, 'network_security_group_name', [NSG]).filter((n) => sameResourceGroup(rule, n));
  return found.length === 1 ? found[0] : undefined;
}

/** The rule resources of an NSG; when the NSG is not in the plan, those naming the same known NSG and resource group. */
function ruleResources(links: Links, nsg: TfResource | undefined, rule?: TfResource): readonly TfResource[] {
  if (nsg) return links.sources(nsg, RULE, 'network_security_group_name').filter((x) => sameResourceGroup(x, nsg));
  if (!rule) return [];
  const name = knownString(rule, 'network_security_group_name');
  const group = knownString(rule, 'resource_group_name')?.toLowerCase();
  if (name === undefined || group === undefined) return [rule];
  return links.ofType(RULE).filter((x) => knownString(x, 'network_security_group_name') === name && knownString(x, 'resource_group_name')?.toLowerCase() === group);
}

/** Only a deny can stop traffic that another rule allows: an allow that does not match the source lets evaluation go on. */
const denies = (rules: IngressRule[]): IngressRule[] => rules.filter((x) => x.action === 'deny');

/**
 * Order only matters when a deny can shadow an allow. Then a rule of unknown priority may come
 * first or last: it is put first with unknown sources, so every port it covers stays undecided.
 */
function ordered(rules: IngressRule[]): IngressRule[] {
  if (!rules.some((x) => x.action === 'deny') || rules.every((x) => x.priority !== undefined)) return rules;
  return rules.map((x) => (x.priority === undefined ? { ...x, priority: 0, sources: 'unknown' as const } : x));
}

function nsgIngress(nsg: TfResource, { links }: BuildContext): IngressFacet | undefined {
  const inline = inlineRules(nsg);
  if (!inline.declared) return undefined;
  const others = ruleResources(links, nsg).flatMap((s) => readRule(s, '', s) ?? []);
  return { evaluation: 'priority', rules: ordered([...inline.rules, ...denies(others)]), complete: inline.complete };
}

function ruleIngress(rule: TfResource, { links }: BuildContext): IngressFacet | undefined {
  const own = readRule(rule, '');
  if (!own) return undefined; // an outbound rule
  const nsg = nsgOf(rule, links);
  const siblings = ruleResources(links, nsg, rule).filter((x) => x !== rule);
  const others = [...siblings.flatMap((s) => readRule(s, '', s) ?? []), ...(nsg ? inlineRules(nsg, nsg).rules : [])];
  return { evaluation: 'priority', rules: ordered([own, ...denies(others)]), complete: true };
}

export const INGRESS: BuilderTable = {
  ingress: {
    azurerm_network_security_group: nsgIngress,
    azurerm_network_security_rule: ruleIngress,
  },
};
