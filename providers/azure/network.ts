import type { AdminEndpointFacet, Evidence, IngressFacet, IngressRule, PortRange, Truth } from '../../src/model/facets.js';
import { rangeToCidrs } from './knowledge/ip-ranges.js';
import { isPublicSource } from '../../src/policy/network.js';
import { bool, children, ev, idOf, isObject, list, lower, num, prop, str, typeOf, type AzRecord, type Details, type Got } from './records.js';
import { AZURE_SERVICES_NOTE, endpoint, parsePorts, type Access, type Networks } from './knowledge/endpoints.js';

/**
 * Network security groups and the public endpoints of Kubernetes API servers and databases, from
 * ARM / Resource Graph records.
 *
 * NSG rules are evaluated by priority, lower first; Azure's default rules (65000 AllowVnetInBound,
 * 65001 AllowAzureLoadBalancerInBound, 65500 DenyAllInBound) admit nothing from the internet, so
 * the custom rules are the whole picture for internet exposure.
 */


function strings(g: Got): string[] | undefined {
  if (g.value === undefined || g.value === null) return [];
  const items = list(g);
  if (!items) return typeof g.value === 'string' ? [g.value] : undefined;
  return items.filter((x): x is string => typeof x === 'string' && x !== '');
}

/**
 * One rule (`prefix` is where it sits: `properties.securityRules[2]`). A rule whose direction or
 * access is missing gets unknown sources, so it decides nothing; one whose access is missing counts
 * as a possible deny, the only kind that can shadow another rule.
 */
export function readRule(rule: AzRecord, prefix: string, from?: string): IngressRule | undefined {
  const direction = prop(rule, 'direction', prefix);
  const d = str(direction);
  if (d !== undefined && lower(d) !== 'inbound') return undefined;
  const access = prop(rule, 'access', prefix);
  const priority = num(prop(rule, 'priority', prefix));
  const protocol = str(prop(rule, 'protocol', prefix));

  const single = prop(rule, 'destinationPortRange', prefix);
  const many = prop(rule, 'destinationPortRanges', prefix);
  const specs = [...(str(single) !== undefined ? [str(single)!] : []), ...(strings(many) ?? [])];
  let ports: IngressRule['ports'];
  let portEvidence: Got = single;
  if (strings(many) === undefined) ports = 'unknown';
  else if (!specs.length) ports = 'unknown';
  else {
    if (str(single) === undefined) portEvidence = { ...many, value: specs.join(',') };
    const parsed = specs.map(parsePorts);
    ports = parsed.some((p) => p === undefined) ? 'unknown' : parsed.includes('all') ? 'all' : (parsed as PortRange[][]).flat();
  }

  const source = prop(rule, 'sourceAddressPrefix', prefix);
  const sourceList = strings(prop(rule, 'sourceAddressPrefixes', prefix));
  const asgs = list(prop(rule, 'sourceApplicationSecurityGroups', prefix));
  let sources: IngressRule['sources'];
  if (d === undefined || str(access) === undefined || sourceList === undefined) sources = 'unknown';
  else {
    sources = [...(str(source) !== undefined ? [str(source)!] : []), ...sourceList];
    // Application security groups are sets of NICs in the virtual network, never internet addresses.
    if (asgs?.length) sources.push('ApplicationSecurityGroup');
    if (!sources.length) sources = 'unknown';
  }
  const evidence: Evidence = ev(portEvidence, { safe: true, ...(from ? { from } : {}), ...(priority !== undefined ? { note: `priority ${priority}` } : {}) });
  return {
    action: str(access) !== undefined && lower(str(access)!) === 'allow' ? 'allow' : 'deny',
    ...(priority !== undefined ? { priority } : {}),
    protocol: protocol === undefined || protocol === '*' ? 'all' : lower(protocol),
    ports,
    sources,
    evidence,
  };
}

function rulesAt(r: AzRecord, path: string): { rules: IngressRule[]; known: boolean } {
  const g = prop(r, path);
  const items = list(g);
  if (!items) return { rules: [], known: false };
  const rules: IngressRule[] = [];
  items.forEach((rule, i) => {
    if (!isObject(rule)) return;
    const parsed = readRule(rule, `${g.path}[${i}]`);
    if (parsed) rules.push(parsed);
  });
  return { rules, known: true };
}

function nsg(r: AzRecord): IngressFacet {
  const custom = rulesAt(r, 'securityRules');
  const defaults = rulesAt(r, 'defaultSecurityRules');
  return { evaluation: 'priority', rules: [...custom.rules, ...defaults.rules], complete: custom.known };
}

/**
 * A rule record of its own (`az network nsg rule list`, ARM `…/securityRules/<name>`): its own
 * rule, plus the denies of its sibling rules in the same input, which can shadow it.
 */
export function ruleRecord(r: AzRecord, siblings: readonly AzRecord[]): IngressFacet | undefined {
  const own = readRule(r, '');
  if (!own) return undefined;
  const denies = siblings.flatMap((s) => readRule(s, '', idOf(s)) ?? []).filter((x) => x.action === 'deny');
  return { evaluation: 'priority', rules: [own, ...denies], complete: true };
}

// ---------------------------------------------------------------------------------------------
// Public endpoints





/**
 * The networks the server's firewall rules admit. SQL, PostgreSQL and MySQL servers admit no
 * address until a rule allows it, so a complete and empty list admits nothing; rules not read
 * leave the networks unknown, unless one that was read already opens the internet.
 */
function firewallNetworks(details: Details): Networks {
  const { items, complete } = children(details, 'firewallrules');
  const out: string[] = [];
  const evidence: Evidence[] = [];
  let unreadable = false;
  items.forEach((rule, i) => {
    const start = prop(rule, 'startIpAddress');
    const end = prop(rule, 'endIpAddress');
    const s = str(start);
    const e = str(end);
    const at = (g: Got): Got => ({ ...g, path: `firewallRules[${i}].${g.path}` });
    if (s === undefined || e === undefined) {
      unreadable = true;
      evidence.push(ev(at(start), { safe: true }));
      return;
    }
    if (s === '0.0.0.0' && e === '0.0.0.0') {
      out.push('0.0.0.0');
      evidence.push(ev(at(start), { safe: true, note: AZURE_SERVICES_NOTE }));
      return;
    }
    const cidrs = rangeToCidrs(s, e);
    if (!cidrs) unreadable = true;
    else for (const item of cidrs) out.push(item);
    evidence.push(ev(at(start), { safe: true, note: `to ${e}` }));
  });
  if (!complete) {
    if (!items.length) evidence.push({ path: 'firewallRules', note: 'the firewall rules of the server were not read' });
    // Rules not read may open what the rules read do not: only an opening already seen decides.
    return { networks: out.some(isPublicSource) ? out : 'unknown', evidence };
  }
  if (!items.length) evidence.push({ path: 'firewallRules', value: 0, note: 'no firewall rule: the server firewall admits no address' });
  return { networks: unreadable && !out.some(isPublicSource) ? 'unknown' : out, evidence };
}

/** `publicNetworkAccess` Enabled/Disabled; missing is unknown. */
function publicFlag(r: AzRecord, path = 'publicNetworkAccess'): Access {
  const g = prop(r, path);
  const v = str(g);
  return { truth: v === undefined ? 'unknown' : lower(v) === 'disabled' ? 'no' : 'yes', evidence: [ev(g, { safe: true })] };
}

const SERVER_SETTLE = 'the public network access setting and the firewall rules of the server (GET …/firewallRules)';

/**
 * Flexible servers: VNet-integrated ones (a delegated subnet) have no public endpoint; otherwise
 * `publicNetworkAccess`. API versions from 2021-05-01 put both under `network`
 * (`network.delegatedSubnetResourceId`, `network.publicNetworkAccess`); the 2020 previews, which older
 * exports and Resource Graph rows still carry, put them at the top (`delegatedSubnetArguments.
 * subnetArmResourceId`, `publicNetworkAccess`).
 */
function flexibleAccess(r: AzRecord): Access {
  for (const path of ['network.delegatedSubnetResourceId', 'delegatedSubnetArguments.subnetArmResourceId']) {
    const subnet = prop(r, path);
    if (str(subnet) !== undefined) return { truth: 'no', evidence: [ev(subnet, { note: 'VNet-integrated: no public endpoint' })] };
  }
  const nested = publicFlag(r, 'network.publicNetworkAccess');
  return nested.truth === 'unknown' && str(prop(r, 'publicNetworkAccess')) !== undefined ? publicFlag(r) : nested;
}

/** Whether a database server's public endpoint is on (SQL, single and flexible servers): what decides if its firewall rules matter. */
export function serverAccess(r: AzRecord, type: string): Access {
  return type.endsWith('/flexibleservers') ? flexibleAccess(r) : publicFlag(r);
}

function server(label: string) {
  return (r: AzRecord, details: Details): AdminEndpointFacet => endpoint('database', label, serverAccess(r, typeOf(r)), () => firewallNetworks(details), SERVER_SETTLE);
}

/**
 * AKS: a private cluster has no public API endpoint; otherwise `authorizedIPRanges` restrict it and
 * none means every address. ARM leaves `apiServerAccessProfile` out of a cluster created without
 * one, so a record that shows the cluster's configuration (its agent pools) and no profile is public.
 */
function aksCluster(r: AzRecord): AdminEndpointFacet {
  const priv = prop(r, 'apiServerAccessProfile.enablePrivateCluster');
  const pna = prop(r, 'publicNetworkAccess');
  const anchor = prop(r, 'agentPoolProfiles');
  const p = bool(priv);
  let truth: Truth;
  if (p === true || (str(pna) !== undefined && lower(str(pna)!) === 'disabled')) truth = 'no';
  else if (p === false || anchor.found) truth = 'yes';
  else truth = 'unknown';
  const access: Access = { truth, evidence: [ev(priv, p === undefined && anchor.found ? { note: 'not set: the API server has a public endpoint' } : {})] };
  return endpoint('kubernetes-api', 'AKS cluster API endpoint', access, () => {
    const ranges = prop(r, 'apiServerAccessProfile.authorizedIPRanges');
    const items = strings(ranges);
    if (items === undefined) return { networks: 'unknown', evidence: [ev(ranges)] };
    if (!items.length) return { networks: 'any', evidence: [ev(ranges, { note: 'no authorized IP ranges' })] };
    return { networks: [...new Set(items)], evidence: items.map((value, i) => ({ path: `${ranges.path}[${i}]`, value })) };
  }, 'the API server access profile of the cluster (enablePrivateCluster, authorizedIPRanges)');
}

/** Cosmos DB: `ipRules` empty admits every address unless only virtual networks are allowed. */
function cosmosAccount(r: AzRecord): AdminEndpointFacet {
  return endpoint('database', 'Cosmos DB account endpoint', publicFlag(r), () => {
    const rules = prop(r, 'ipRules');
    const vnetOnly = prop(r, 'isVirtualNetworkFilterEnabled');
    const items = list(rules);
    const evidence = [ev(rules), ev(vnetOnly)];
    if (!items) return { networks: 'unknown', evidence };
    const ranges = items.flatMap((x) => (isObject(x) && str(prop(x, 'ipAddressOrRange')) ? [str(prop(x, 'ipAddressOrRange'))!] : []));
    if (ranges.includes('0.0.0.0')) evidence.push({ path: `${rules.path}[].ipAddressOrRange`, value: '0.0.0.0', note: AZURE_SERVICES_NOTE });
    if (ranges.length) return { networks: ranges, evidence };
    const v = bool(vnetOnly);
    if (v === undefined) return { networks: 'unknown', evidence };
    return { networks: v ? [] : 'any', evidence };
  }, 'the IP rules of the account');
}

type EndpointBuilder = (r: AzRecord, details: Details) => AdminEndpointFacet;

export const ENDPOINT_BUILDERS: Readonly<Record<string, EndpointBuilder>> = {
  'microsoft.containerservice/managedclusters': aksCluster,
  'microsoft.sql/servers': server('Azure SQL server endpoint'),
  'microsoft.dbforpostgresql/flexibleservers': server('PostgreSQL flexible server endpoint'),
  'microsoft.dbformysql/flexibleservers': server('MySQL flexible server endpoint'),
  'microsoft.dbforpostgresql/servers': server('PostgreSQL server endpoint'),
  'microsoft.dbformysql/servers': server('MySQL server endpoint'),
  'microsoft.documentdb/databaseaccounts': cosmosAccount,
};

export const INGRESS_BUILDERS: Readonly<Record<string, (r: AzRecord) => IngressFacet>> = {
  'microsoft.network/networksecuritygroups': nsg,
};
