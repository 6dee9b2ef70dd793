import { describe, it, expect } from 'vitest';
import adminNetworkExposure from '../policies/admin-network-exposure.js';
import { rangeToCidrs } from '../providers/azure/knowledge/ip-ranges.js';
import { runPolicy } from '../src/policy/tester.js';
import { byId, resources } from './helpers/resources.js';
import type { FixtureResource } from './helpers/plan-builder.js';

function check(list: FixtureResource[], id: string) {
  const all = resources(list);
  const r = byId(all, id);
  return { result: runPolicy(adminNetworkExposure, all).get(id), ingress: r.facets.ingress, endpoint: r.facets.adminEndpoint };
}

/** A security rule as azurerm emits it inside an NSG (every field present, empty lists for unused ones). */
function inline(rule: Record<string, unknown>): Record<string, unknown> {
  return {
    access: 'Allow',
    description: '',
    destination_address_prefix: '*',
    destination_address_prefixes: [],
    destination_application_security_group_ids: [],
    destination_port_range: '',
    destination_port_ranges: [],
    direction: 'Inbound',
    name: 'rule',
    priority: 100,
    protocol: 'Tcp',
    source_address_prefix: '',
    source_address_prefixes: [],
    source_application_security_group_ids: [],
    source_port_range: '*',
    source_port_ranges: [],
    ...rule,
  };
}

const nsg = (rules: Record<string, unknown>[], extra: Partial<FixtureResource> = {}): FixtureResource => ({
  address: 'azurerm_network_security_group.web',
  values: { name: 'nsg-web', resource_group_name: 'rg-net', location: 'francecentral', security_rule: rules.map(inline) },
  unknown: { id: true },
  expressions: { security_rule: rules.map(() => ({})) },
  ...extra,
});

/** A separate rule resource; the NSG is referenced by name. */
function ruleResource(name: string, values: Record<string, unknown>): FixtureResource {
  return {
    address: `azurerm_network_security_rule.${name}`,
    values: {
      name,
      resource_group_name: 'rg-net',
      network_security_group_name: 'nsg-web',
      direction: 'Inbound',
      access: 'Allow',
      protocol: 'Tcp',
      source_port_range: '*',
      destination_address_prefix: '*',
      destination_port_range: null,
      destination_port_ranges: null,
      source_address_prefix: null,
      source_address_prefixes: null,
      ...values,
    },
    unknown: { id: true },
    expressions: { network_security_group_name: { references: ['azurerm_network_security_group.web.name', 'azurerm_network_security_group.web'] } },
  };
}

describe('Azure NSG inline rules', () => {
  it('SSH from Internet fails, naming port 22', () => {
    const { result } = check([nsg([{ priority: 110, destination_port_range: '22', source_address_prefix: 'Internet' }])], 'azurerm_network_security_group.web');
    expect(result?.status).toBe('fail');
    expect(result).toMatchObject({ messageId: 'portsOpen', data: { ports: 'SSH (22)', sources: 'Internet' } });
  });

  it('a port range and a source list are read', () => {
    const { result, ingress } = check(
      [nsg([{ destination_port_ranges: ['443', '3380-3390'], source_address_prefixes: ['10.0.0.0/8', '0.0.0.0/0'] }])],
      'azurerm_network_security_group.web',
    );
    expect(ingress?.rules[0]).toMatchObject({ ports: [{ from: 443, to: 443 }, { from: 3380, to: 3390 }], sources: ['10.0.0.0/8', '0.0.0.0/0'], protocol: 'tcp' });
    expect(result).toMatchObject({ messageId: 'portsOpen', data: { ports: 'RDP (3389)', sources: '0.0.0.0/0' } });
  });

  it('a higher-priority deny shadows an allow; outbound rules are ignored', () => {
    const { result } = check(
      [
        nsg([
          { name: 'deny-ssh', priority: 100, access: 'Deny', destination_port_range: '22', source_address_prefix: '*' },
          { name: 'allow-all', priority: 200, destination_port_range: '22', source_address_prefix: '*' },
          { name: 'out', priority: 100, direction: 'Outbound', destination_port_range: '*', source_address_prefix: '*' },
        ]),
      ],
      'azurerm_network_security_group.web',
    );
    expect(result?.status).toBe('pass');
  });

  it('HTTPS only passes (Azure default rules deny the rest of the internet)', () => {
    const { result } = check([nsg([{ destination_port_range: '443', source_address_prefix: '*' }])], 'azurerm_network_security_group.web');
    expect(result?.status).toBe('pass');
  });

  it('a source known only after apply is unknown', () => {
    const list = [
      nsg([{ destination_port_range: '22', source_address_prefix: '' }], {
        unknown: { id: true, security_rule: [{ source_address_prefix: true }] },
      }),
    ];
    const { result } = check(list, 'azurerm_network_security_group.web');
    expect(result?.status).toBe('unknown');
    expect(result).toMatchObject({ messageId: 'portsUnverified', data: { ports: 'SSH (22)' } });
  });

  it('inline rules configured but unknown as a whole leave every admin port undecided', () => {
    const { result } = check([nsg([], { unknown: { id: true, security_rule: true }, expressions: { security_rule: [{ priority: { references: ['var.p'] } }] } })], 'azurerm_network_security_group.web');
    expect(result?.status).toBe('unknown');
  });
});

describe('Azure separate NSG rules', () => {
  const emptyNsg = nsg([], { unknown: { id: true, security_rule: true }, expressions: {} });

  it('a rule resource opening RDP fails on the rule; the NSG itself carries no facet', () => {
    const list = [emptyNsg, ruleResource('rdp', { priority: 300, destination_port_range: '3389', source_address_prefix: '*' })];
    const { result } = check(list, 'azurerm_network_security_rule.rdp');
    expect(result?.status).toBe('fail');
    expect(result).toMatchObject({ messageId: 'portsOpen', data: { ports: 'RDP (3389)', sources: '*' } });
    expect(check(list, 'azurerm_network_security_group.web').ingress).toBeUndefined();
  });

  it('a sibling deny rule with a higher priority shadows it', () => {
    const list = [
      emptyNsg,
      ruleResource('rdp', { priority: 300, destination_port_range: '3389', source_address_prefix: '*' }),
      ruleResource('deny_rdp', { priority: 200, access: 'Deny', destination_port_range: '3389', source_address_prefix: 'Internet' }),
    ];
    const { result, ingress } = check(list, 'azurerm_network_security_rule.rdp');
    expect(result?.status).toBe('pass');
    expect(ingress?.rules[1]?.evidence.from).toBe('azurerm_network_security_rule.deny_rdp');
  });

  it('a sibling deny with a lower priority does not', () => {
    const list = [
      emptyNsg,
      ruleResource('rdp', { priority: 300, destination_port_range: '3389', source_address_prefix: '*' }),
      ruleResource('deny_rdp', { priority: 400, access: 'Deny', destination_port_range: '3389', source_address_prefix: 'Internet' }),
    ];
    expect(check(list, 'azurerm_network_security_rule.rdp').result?.status).toBe('fail');
  });

  it('a deny whose priority is known only after apply may come first: unknown', () => {
    const late = ruleResource('deny_rdp', { access: 'Deny', destination_port_range: '3389', source_address_prefix: 'Internet' });
    const list = [
      emptyNsg,
      ruleResource('rdp', { priority: 300, destination_port_range: '3389', source_address_prefix: '*' }),
      { ...late, unknown: { id: true, priority: true }, expressions: { ...late.expressions, priority: { references: ['var.deny_priority'] } } },
    ];
    const { result } = check(list, 'azurerm_network_security_rule.rdp');
    expect(result?.status).toBe('unknown');
    expect(result).toMatchObject({ messageId: 'portsUnverified', data: { ports: 'RDP (3389)' } });
  });

  it('siblings are matched by NSG name and resource group when the NSG is not in the plan', () => {
    const noRef = (r: FixtureResource): FixtureResource => ({ ...r, expressions: {} });
    const list = [
      noRef(ruleResource('ssh', { priority: 300, destination_port_range: '22', source_address_prefix: '*' })),
      noRef(ruleResource('deny', { priority: 100, access: 'Deny', destination_port_range: '*', source_address_prefix: '*' })),
      noRef(ruleResource('other_rg_deny', { resource_group_name: 'rg-other', priority: 100, access: 'Deny', destination_port_range: '*', source_address_prefix: '*' })),
    ];
    expect(check(list, 'azurerm_network_security_rule.ssh').result?.status).toBe('pass');
    expect(check(list.filter((r) => !r.address.endsWith('.deny')), 'azurerm_network_security_rule.ssh').result?.status).toBe('fail');
  });
});

describe('Azure admin endpoints', () => {
  const aks = (values: Record<string, unknown>, unknown: Record<string, unknown> = {}, expressions: Record<string, unknown> = {}): FixtureResource => ({
    address: 'azurerm_kubernetes_cluster.aks',
    values: { name: 'aks', resource_group_name: 'rg', location: 'francecentral', dns_prefix: 'aks', private_cluster_enabled: false, ...values },
    unknown: { id: true, fqdn: true, kube_config: true, ...unknown },
    sensitive: { kube_config: true, kube_admin_config: true },
    expressions: { dns_prefix: { constant_value: 'aks' }, ...expressions },
  });

  it('AKS with no authorized ranges is open to any address (ranges computed, not configured)', () => {
    const { result } = check([aks({}, { api_server_access_profile: true, api_server_authorized_ip_ranges: true })], 'azurerm_kubernetes_cluster.aks');
    expect(result?.status).toBe('fail');
    expect(result).toMatchObject({ messageId: 'endpointOpenToAll', data: { endpoint: 'AKS cluster API endpoint' } });
  });

  it('AKS restricted to an office range passes; private clusters pass', () => {
    const restricted = aks({ api_server_access_profile: [{ authorized_ip_ranges: ['203.0.113.0/24'] }] }, { api_server_authorized_ip_ranges: true });
    const { result, endpoint } = check([restricted], 'azurerm_kubernetes_cluster.aks');
    expect(result?.status).toBe('pass');
    expect(endpoint?.allowedNetworks).toEqual(['203.0.113.0/24']);
    expect(check([aks({ private_cluster_enabled: true })], 'azurerm_kubernetes_cluster.aks').result?.status).toBe('pass');
  });

  it('AKS ranges configured from a value known after apply are unknown', () => {
    const { result } = check(
      [aks({}, { api_server_access_profile: true }, { api_server_access_profile: [{ authorized_ip_ranges: { references: ['azurerm_public_ip.vpn.ip_address'] } }] })],
      'azurerm_kubernetes_cluster.aks',
    );
    expect(result?.status).toBe('unknown');
  });

  const sql: FixtureResource = {
    address: 'azurerm_mssql_server.sql',
    values: { name: 'sql', resource_group_name: 'rg', location: 'francecentral', version: '12.0', public_network_access_enabled: true, administrator_login_password: 'Sup3r-Secret!' },
    unknown: { id: true },
    sensitive: { administrator_login_password: true },
  };
  const sqlRule = (name: string, start: string, end: string): FixtureResource => ({
    address: `azurerm_mssql_firewall_rule.${name}`,
    values: { name, start_ip_address: start, end_ip_address: end },
    unknown: { id: true, server_id: true },
    expressions: { server_id: { references: ['azurerm_mssql_server.sql.id', 'azurerm_mssql_server.sql'] } },
  });

  it('SQL server with "allow Azure services" (0.0.0.0–0.0.0.0) is public', () => {
    const { result, endpoint } = check([sql, sqlRule('azure', '0.0.0.0', '0.0.0.0')], 'azurerm_mssql_server.sql');
    expect(result?.status).toBe('fail');
    expect(endpoint?.evidence.some((e) => e.note?.includes('every Azure service'))).toBe(true);
  });

  it('SQL server open to 0.0.0.0–255.255.255.255 fails; an office range passes', () => {
    expect(check([sql, sqlRule('all', '0.0.0.0', '255.255.255.255')], 'azurerm_mssql_server.sql').endpoint?.allowedNetworks).toEqual(['0.0.0.0/0']);
    expect(check([sql, sqlRule('all', '0.0.0.0', '255.255.255.255')], 'azurerm_mssql_server.sql').result?.status).toBe('fail');
    const office = check([sql, sqlRule('office', '203.0.113.0', '203.0.113.255')], 'azurerm_mssql_server.sql');
    expect(office.result?.status).toBe('pass');
    expect(office.endpoint?.allowedNetworks).toEqual(['203.0.113.0/24']);
  });

  it('SQL server with public access disabled passes; a firewall range known after apply is unknown', () => {
    expect(check([{ ...sql, values: { ...sql.values, public_network_access_enabled: false } }], 'azurerm_mssql_server.sql').result?.status).toBe('pass');
    const late: FixtureResource = { ...sqlRule('late', '1.1.1.1', '1.1.1.1'), values: { name: 'late', end_ip_address: '1.1.1.1' }, unknown: { id: true, server_id: true, start_ip_address: true } };
    expect(check([sql, late], 'azurerm_mssql_server.sql').result?.status).toBe('unknown');
  });

  it('PostgreSQL flexible server in a delegated subnet is private even though the flag says true', () => {
    const list: FixtureResource[] = [
      { address: 'azurerm_subnet.db', values: { name: 'db', resource_group_name: 'rg', virtual_network_name: 'vnet', address_prefixes: ['10.0.2.0/24'] }, unknown: { id: true } },
      {
        address: 'azurerm_postgresql_flexible_server.pg',
        values: { name: 'pg', resource_group_name: 'rg', location: 'francecentral', public_network_access_enabled: true },
        unknown: { id: true, delegated_subnet_id: true },
        expressions: { delegated_subnet_id: { references: ['azurerm_subnet.db.id', 'azurerm_subnet.db'] } },
      },
    ];
    const { result } = check(list, 'azurerm_postgresql_flexible_server.pg');
    expect(result?.status).toBe('pass');
    expect(result).toMatchObject({ messageId: 'endpointPrivate', data: { endpoint: 'PostgreSQL flexible server endpoint' } });
  });

  it('Redis without firewall rules admits every address', () => {
    const { result } = check(
      [{ address: 'azurerm_redis_cache.cache', values: { name: 'cache', resource_group_name: 'rg', location: 'francecentral', public_network_access_enabled: true, subnet_id: null, sku_name: 'Standard' }, unknown: { id: true } }],
      'azurerm_redis_cache.cache',
    );
    expect(result?.status).toBe('fail');
  });

  it('Cosmos DB with an IP filter (3.x string form) passes', () => {
    const { result, endpoint } = check(
      [{ address: 'azurerm_cosmosdb_account.db', values: { name: 'db', resource_group_name: 'rg', location: 'francecentral', public_network_access_enabled: true, ip_range_filter: '203.0.113.10,198.51.100.0/24' }, unknown: { id: true } }],
      'azurerm_cosmosdb_account.db',
    );
    expect(endpoint?.allowedNetworks).toEqual(['203.0.113.10', '198.51.100.0/24']);
    expect(result?.status).toBe('pass');
  });
});

describe('IPv4 ranges to CIDR', () => {
  it('covers exactly the range', () => {
    expect(rangeToCidrs('10.0.0.0', '10.0.255.255')).toEqual(['10.0.0.0/16']);
    expect(rangeToCidrs('0.0.0.0', '255.255.255.255')).toEqual(['0.0.0.0/0']);
    expect(rangeToCidrs('192.168.1.1', '192.168.1.1')).toEqual(['192.168.1.1/32']);
    expect(rangeToCidrs('10.0.0.1', '10.0.0.6')).toEqual(['10.0.0.1/32', '10.0.0.2/31', '10.0.0.4/31', '10.0.0.6/32']);
    expect(rangeToCidrs('10.0.0.9', '10.0.0.1')).toBeUndefined();
  });
});
