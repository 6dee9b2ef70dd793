import type { AdminEndpointFacet, Evidence } from '../../../src/model/facets.js';
import type { BuildContext, BuilderTable } from '../../terraform/builder-types.js';
import type { Links } from '../../terraform/links.js';
import type { TfResource } from '../../terraform/tf-resource.js';
import { rangeToCidrs } from '../knowledge/ip-ranges.js';
import { configuredStrings, ev, evFrom, idSet, read, readBool, sameResourceGroup } from './values.js';
import { configured } from '../../terraform/tf-resource.js';
import { AZURE_SERVICES_NOTE, endpoint, type Access, type Networks } from '../knowledge/endpoints.js';

/**
 * Database, cache and Kubernetes API endpoints. Public network access is on by default for every
 * type here; what the public endpoint admits then depends on the type's firewall:
 * - SQL, PostgreSQL and MySQL servers deny every address until a firewall rule (a separate
 *   resource) allows it, so no rule means no network;
 * - Cosmos DB and Redis admit every address until an IP filter or firewall rule is set.
 *
 * The range 0.0.0.0–0.0.0.0 ("Allow Azure services and resources to access this server") admits
 * every Azure resource of every tenant: it is kept as `0.0.0.0`, which the policy treats as public.
 */



interface FirewallSpec {
  type: string;
  /** Attribute of the rule pointing at the server. */
  path: string;
  /** The pointer is a name, unique only within a resource group. */
  byName?: boolean;
  start: string;
  end: string;
}

const SQL_RULE = { start: 'start_ip_address', end: 'end_ip_address' } as const;

/** The networks the firewall rules in the plan admit. */
function firewallNetworks(server: TfResource, links: Links, specs: readonly FirewallSpec[]): Networks {
  const out: string[] = [];
  const evidence: Evidence[] = [];
  let unknown = false;
  for (const spec of specs) {
    let rules = links.sources(server, spec.type, spec.path);
    if (spec.byName) rules = rules.filter((x) => sameResourceGroup(x, server));
    for (const rule of rules) {
      const start = read(rule, spec.start);
      const end = read(rule, spec.end);
      if (start.state !== 'known' || end.state !== 'known') {
        unknown = true;
        evidence.push(evFrom(rule, start, { safe: true }));
        continue;
      }
      const s = String(start.value);
      const e = String(end.value);
      if (s === '0.0.0.0' && e === '0.0.0.0') {
        out.push('0.0.0.0');
        evidence.push(evFrom(rule, start, { safe: true, note: AZURE_SERVICES_NOTE }));
        continue;
      }
      const cidrs = rangeToCidrs(s, e);
      if (!cidrs) unknown = true;
      else for (const item of cidrs) out.push(item);
      evidence.push(evFrom(rule, start, { safe: true, note: `to ${e}` }));
    }
  }
  if (!unknown && !out.length && !evidence.length) evidence.push({ path: 'id', note: 'no firewall rule in the plan: the server firewall admits no address' });
  return { networks: unknown ? 'unknown' : out, evidence };
}



/** `public_network_access_enabled`, true by default on all these types (azurerm 3.x and 4.x). */
function publicFlag(r: TfResource): Access {
  const flag = readBool(r, 'public_network_access_enabled', true, true);
  return { truth: flag.truth, evidence: [ev(r, flag.attr)] };
}

/** VNet injection (delegated subnet, Redis subnet) leaves no public endpoint; otherwise the public flag decides. */
function privateUnlessPublic(r: TfResource, links: Links, subnetPath: string, publicAccess: () => Access): Access {
  const subnet = idSet(r, subnetPath, links, ['azurerm_subnet']);
  const subnetEvidence = ev(r, subnetPath);
  if (subnet === 'yes') return { truth: 'no', evidence: [{ ...subnetEvidence, note: 'VNet-integrated: no public endpoint' }] };
  const flag = publicAccess();
  if (subnet === 'unknown' && flag.truth !== 'no') return { truth: 'unknown', evidence: [subnetEvidence, ...flag.evidence] };
  return flag;
}

const SERVER_SETTLE = 'the firewall rules of the server once applied';

function mssqlServer(r: TfResource, { links }: BuildContext): AdminEndpointFacet {
  return endpoint('database', 'Azure SQL server endpoint', publicFlag(r), () =>
    firewallNetworks(r, links, [
      { type: 'azurerm_mssql_firewall_rule', path: 'server_id', ...SQL_RULE },
      { type: 'azurerm_sql_firewall_rule', path: 'server_name', byName: true, ...SQL_RULE },
    ]), SERVER_SETTLE);
}

function postgresFlexible(r: TfResource, { links }: BuildContext): AdminEndpointFacet {
  return endpoint('database', 'PostgreSQL flexible server endpoint', privateUnlessPublic(r, links, 'delegated_subnet_id', () => publicFlag(r)), () =>
    firewallNetworks(r, links, [{ type: 'azurerm_postgresql_flexible_server_firewall_rule', path: 'server_id', ...SQL_RULE }]), SERVER_SETTLE);
}

/**
 * MySQL flexible server: `public_network_access` ("Enabled"/"Disabled", Optional+Computed in late
 * 4.x) or the older computed `public_network_access_enabled`; Azure enables it unless the server is
 * VNet-integrated.
 */
function mysqlPublic(r: TfResource): Access {
  const text = read(r, 'public_network_access');
  if (text.state === 'known') return { truth: String(text.value).toLowerCase() === 'enabled' ? 'yes' : 'no', evidence: [ev(r, text, { safe: true })] };
  if (text.state === 'unknown' && configured(r, 'public_network_access') !== 'no') return { truth: 'unknown', evidence: [ev(r, text, { safe: true })] };
  return publicFlag(r);
}

function mysqlFlexible(r: TfResource, { links }: BuildContext): AdminEndpointFacet {
  return endpoint('database', 'MySQL flexible server endpoint', privateUnlessPublic(r, links, 'delegated_subnet_id', () => mysqlPublic(r)), () =>
    firewallNetworks(r, links, [{ type: 'azurerm_mysql_flexible_server_firewall_rule', path: 'server_name', byName: true, ...SQL_RULE }]), SERVER_SETTLE);
}

function singleServer(label: string, ruleType: string) {
  return (r: TfResource, { links }: BuildContext): AdminEndpointFacet =>
    endpoint('database', label, publicFlag(r), () => firewallNetworks(r, links, [{ type: ruleType, path: 'server_name', byName: true, ...SQL_RULE }]), SERVER_SETTLE);
}

/** Cosmos DB: `ip_range_filter` (a comma-separated string in 3.x, a set in 4.x); empty admits all, unless only virtual networks are allowed. */
function cosmosAccount(r: TfResource): AdminEndpointFacet {
  return endpoint('database', 'Cosmos DB account endpoint', publicFlag(r), () => {
    const a = read(r, 'ip_range_filter');
    const vnetOnly = readBool(r, 'is_virtual_network_filter_enabled', false);
    const evidence = [ev(r, a, { safe: true }), ev(r, vnetOnly.attr)];
    let list: string[] | 'unknown';
    if (a.state === 'known' && typeof a.value === 'string') list = a.value.split(',').map((x) => x.trim()).filter(Boolean);
    else list = configuredStrings(r, 'ip_range_filter');
    if (list === 'unknown') return { networks: 'unknown', evidence };
    if (list.includes('0.0.0.0')) evidence.push({ path: 'ip_range_filter', value: '0.0.0.0', note: AZURE_SERVICES_NOTE });
    if (list.length) return { networks: list, evidence };
    if (vnetOnly.truth === 'unknown') return { networks: 'unknown', evidence };
    return { networks: vnetOnly.truth === 'yes' ? [] : 'any', evidence };
  }, 'the IP filter of the account once applied');
}

/** Redis: VNet-injected caches (subnet_id) have no public endpoint; public ones admit all until a firewall rule exists. */
function redisCache(r: TfResource, { links }: BuildContext): AdminEndpointFacet {
  return endpoint('database', 'Azure Cache for Redis endpoint', privateUnlessPublic(r, links, 'subnet_id', () => publicFlag(r)), () => {
    const n = firewallNetworks(r, links, [{ type: 'azurerm_redis_firewall_rule', path: 'redis_cache_name', byName: true, start: 'start_ip', end: 'end_ip' }]);
    return n.networks !== 'unknown' && n.networks.length === 0 ? { networks: 'any', evidence: [{ path: 'id', note: 'no azurerm_redis_firewall_rule: every address is admitted' }] } : n;
  }, 'the firewall rules of the cache once applied');
}

/**
 * AKS: a private cluster has no public API endpoint. Otherwise the authorized ranges restrict it:
 * `api_server_access_profile[0].authorized_ip_ranges` (3.x and 4.x) or the 3.x top-level
 * `api_server_authorized_ip_ranges`; both are Optional+Computed, and none means every address.
 */
function aksCluster(r: TfResource): AdminEndpointFacet {
  const priv = readBool(r, 'private_cluster_enabled', false, false);
  const access: Access = { truth: priv.truth === 'yes' ? 'no' : priv.truth === 'no' ? 'yes' : 'unknown', evidence: [ev(r, priv.attr)] };
  return endpoint('kubernetes-api', 'AKS cluster API endpoint', access, () => {
    const paths = ['api_server_access_profile[0].authorized_ip_ranges', 'api_server_authorized_ip_ranges'];
    const lists = paths.map((p) => ({ path: p, list: configuredStrings(r, p) }));
    if (lists.some((l) => l.list === 'unknown')) return { networks: 'unknown', evidence: paths.map((p) => ev(r, p)) };
    const found = lists.flatMap((l) => (l.list as string[]).map((value) => ({ path: l.path, value })));
    if (!found.length) return { networks: 'any', evidence: paths.map((p) => ev(r, p, { note: 'no authorized IP ranges' })) };
    return { networks: [...new Set(found.map((f) => f.value))], evidence: found };
  }, 'the authorized IP ranges of the API server once applied');
}

export const ENDPOINTS: BuilderTable = {
  adminEndpoint: {
    azurerm_kubernetes_cluster: aksCluster,
    azurerm_mssql_server: mssqlServer,
    azurerm_postgresql_flexible_server: postgresFlexible,
    azurerm_mysql_flexible_server: mysqlFlexible,
    azurerm_postgresql_server: singleServer('PostgreSQL server endpoint', 'azurerm_postgresql_firewall_rule'),
    azurerm_mysql_server: singleServer('MySQL server endpoint', 'azurerm_mysql_firewall_rule'),
    azurerm_cosmosdb_account: cosmosAccount,
    azurerm_redis_cache: redisCache,
  },
};
