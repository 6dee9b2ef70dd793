import { describe, it, expect } from 'vitest';
import policy from '../policies/admin-network-exposure.js';
import { runPolicy } from '../src/policy/tester.js';
import type { FixtureResource } from './helpers/plan-builder.js';
import { byId, resources } from './helpers/resources.js';

function check(list: FixtureResource[], id: string) {
  return runPolicy(policy, resources(list)).get(id);
}

/**
 * A VPC firewall rule as google 5.x/6.x plans it: `direction`, `source_ranges` and `enable_logging`
 * are Optional+Computed, so they are unknown in the plan when the configuration leaves them out.
 */
function firewall(values: Record<string, unknown>, opts: { unknown?: Record<string, unknown>; expressions?: Record<string, unknown> } = {}): FixtureResource {
  const base: Record<string, unknown> = { name: 'fw', network: 'default', priority: 1000, disabled: false, allow: [], deny: [], source_tags: null, source_service_accounts: null, target_tags: null, ...values };
  const unknown: Record<string, unknown> = { id: true, self_link: true, creation_timestamp: true, enable_logging: true, ...opts.unknown };
  if (!('direction' in values)) unknown.direction = true;
  if (!('source_ranges' in values)) unknown.source_ranges = true;
  return { address: 'google_compute_firewall.fw', values: base, unknown, expressions: { name: { constant_value: 'fw' }, ...opts.expressions } };
}

const gke = (values: Record<string, unknown>, unknown: Record<string, unknown> = {}, expressions: Record<string, unknown> = {}): FixtureResource => ({
  address: 'google_container_cluster.main',
  values: { name: 'main', location: 'europe-west9', initial_node_count: 1, private_cluster_config: [], ...values },
  unknown: { id: true, endpoint: true, master_authorized_networks_config: true, control_plane_endpoints_config: true, ...unknown },
  expressions: { name: { constant_value: 'main' }, ...expressions },
});

/** Cloud SQL: settings[0].ip_configuration is Optional+Computed, unknown when left out of the configuration. */
const sql = (ipConfiguration?: Record<string, unknown>, expressions: Record<string, unknown> = {}): FixtureResource => ({
  address: 'google_sql_database_instance.db',
  values: { name: 'db', region: 'europe-west9', database_version: 'POSTGRES_16', settings: [{ tier: 'db-f1-micro', ...(ipConfiguration ? { ip_configuration: [ipConfiguration] } : {}) }] },
  unknown: { id: true, public_ip_address: true, settings: [ipConfiguration ? { backup_configuration: true } : { ip_configuration: true, backup_configuration: true }] },
  expressions,
});

describe('GCP firewall rules → admin-network-exposure', () => {
  it('fails SSH open to 0.0.0.0/0', () => {
    const result = check([firewall({ source_ranges: ['0.0.0.0/0'], allow: [{ protocol: 'tcp', ports: ['22'] }] })], 'google_compute_firewall.fw');
    expect(result).toMatchObject({ status: 'fail', messageId: 'portsOpen', data: { ports: 'SSH (22)', sources: '0.0.0.0/0' } });
    expect(result?.evidence?.[0]).toMatchObject({ path: 'source_ranges', value: '0.0.0.0/0' });
  });

  it('fails an ingress rule with no source at all: GCP applies 0.0.0.0/0', () => {
    const facet = byId(resources([firewall({ allow: [{ protocol: 'tcp', ports: ['3389'] }] })]), 'google_compute_firewall.fw').facets.ingress;
    expect(facet?.rules[0]?.sources).toEqual(['0.0.0.0/0']);
    expect(check([firewall({ allow: [{ protocol: 'tcp', ports: ['3389'] }] })], 'google_compute_firewall.fw')).toMatchObject({ status: 'fail', messageId: 'portsOpen', data: { ports: 'RDP (3389)' } });
  });

  it('passes rules whose sources are network tags or service accounts only', () => {
    const list = [firewall({ source_tags: ['bastion'], allow: [{ protocol: 'tcp', ports: ['22'] }] })];
    expect(check(list, 'google_compute_firewall.fw')).toMatchObject({ status: 'pass' });
  });

  it('reads port ranges, protocol all, IPv6 and deny rules', () => {
    expect(check([firewall({ source_ranges: ['::/0'], allow: [{ protocol: 'tcp', ports: ['3000-4000'] }] })], 'google_compute_firewall.fw')).toMatchObject({ status: 'fail', messageId: 'portsOpen', data: { ports: 'RDP (3389), MySQL (3306)', sources: '::/0' } });
    // Every port open: the message names the first few admin ports and counts the rest (21 built-in).
    expect(check([firewall({ source_ranges: ['0.0.0.0/0'], allow: [{ protocol: 'all', ports: [] }] })], 'google_compute_firewall.fw')).toMatchObject({
      messageId: 'portsOpen',
      data: { ports: { messageId: 'morePorts', data: { listed: 'SSH (22), Telnet (23), RDP (3389), WinRM (5985)', count: 17 } } },
    });
    expect(check([firewall({ source_ranges: ['0.0.0.0/0'], allow: [{ protocol: 'tcp', ports: ['443'] }] })], 'google_compute_firewall.fw')?.status).toBe('pass');
    expect(check([firewall({ source_ranges: ['0.0.0.0/0'], deny: [{ protocol: 'tcp', ports: ['22'] }], priority: 100 })], 'google_compute_firewall.fw')?.status).toBe('pass');
    expect(check([firewall({ source_ranges: ['0.0.0.0/0'], allow: [{ protocol: 'udp', ports: ['22'] }] })], 'google_compute_firewall.fw')?.status).toBe('pass');
  });

  it('opens nothing when disabled or egress', () => {
    expect(check([firewall({ disabled: true, source_ranges: ['0.0.0.0/0'], allow: [{ protocol: 'tcp', ports: ['22'] }] })], 'google_compute_firewall.fw')?.status).toBe('pass');
    const egress = [firewall({ direction: 'EGRESS', destination_ranges: ['0.0.0.0/0'], allow: [{ protocol: 'tcp', ports: ['22'] }] })];
    expect(byId(resources(egress), 'google_compute_firewall.fw').facets.ingress).toBeUndefined();
    expect(check(egress, 'google_compute_firewall.fw')).toBeUndefined();
  });

  it('is unknown when sources or direction are known only after apply', () => {
    const fromVar = firewall({ allow: [{ protocol: 'tcp', ports: ['22'] }] }, { expressions: { source_ranges: { references: ['var.admin_ranges'] } } });
    expect(check([fromVar], 'google_compute_firewall.fw')).toMatchObject({ status: 'unknown', messageId: 'portsUnverified', data: { ports: 'SSH (22)', verb: { messageId: 'isOne' } } });
    const direction = firewall({ source_ranges: ['0.0.0.0/0'], allow: [{ protocol: 'tcp', ports: ['22'] }] }, { expressions: { direction: { references: ['local.direction'] } } });
    expect(check([direction], 'google_compute_firewall.fw')?.status).toBe('unknown');
  });
});

describe('GKE and Cloud SQL endpoints → admin-network-exposure', () => {
  it('fails a public GKE endpoint without authorized networks', () => {
    expect(check([gke({})], 'google_container_cluster.main')).toMatchObject({ status: 'fail', messageId: 'endpointOpenToAll', data: { endpoint: 'GKE cluster API endpoint' } });
  });

  it('passes a GKE endpoint restricted to private ranges, fails one open to a public /0', () => {
    const restricted = gke({ master_authorized_networks_config: [{ cidr_blocks: [{ cidr_block: '10.10.0.0/16', display_name: 'vpn' }] }] }, { master_authorized_networks_config: [{ gcp_public_cidrs_access_enabled: true }] });
    expect(check([restricted], 'google_container_cluster.main')).toMatchObject({ status: 'pass', messageId: 'endpointRestricted', data: { count: 1 } });
    const open = gke({ master_authorized_networks_config: [{ cidr_blocks: [{ cidr_block: '0.0.0.0/0', display_name: 'all' }] }] }, { master_authorized_networks_config: [{ gcp_public_cidrs_access_enabled: true }] });
    expect(check([open], 'google_container_cluster.main')).toMatchObject({ status: 'fail', messageId: 'endpointOpen', data: { networks: '0.0.0.0/0' } });
  });

  it('passes a private endpoint and a cluster whose IP endpoints are off', () => {
    const privateEndpoint = gke({ private_cluster_config: [{ enable_private_endpoint: true, enable_private_nodes: true, master_ipv4_cidr_block: '172.16.0.0/28' }] });
    expect(check([privateEndpoint], 'google_container_cluster.main')).toMatchObject({ status: 'pass', messageId: 'endpointPrivate' });
    const dnsOnly = gke({ control_plane_endpoints_config: [{ dns_endpoint_config: [{ allow_external_traffic: true }], ip_endpoints_config: [{ enabled: false }] }] }, { control_plane_endpoints_config: [{ dns_endpoint_config: [{ endpoint: true }] }] });
    expect(check([dnsOnly], 'google_container_cluster.main')?.status).toBe('pass');
  });

  it('is unknown when authorized networks come from a value known only after apply', () => {
    const list = [gke({}, {}, { master_authorized_networks_config: [{ cidr_blocks: [{ cidr_block: { references: ['module.net.vpn_range', 'module.net'] } }] }] })];
    const withBlock = list.map((r) => ({ ...r, values: { ...r.values, master_authorized_networks_config: [{ cidr_blocks: [{ display_name: 'vpn' }] }] }, unknown: { ...r.unknown, master_authorized_networks_config: [{ cidr_blocks: [{ cidr_block: true }], gcp_public_cidrs_access_enabled: true }] } }));
    expect(check(withBlock, 'google_container_cluster.main')).toMatchObject({ status: 'unknown', settle: expect.stringContaining('authorized networks') });
  });

  it('reports a Cloud SQL instance left to defaults as public but reachable only through the Auth Proxy', () => {
    const facet = byId(resources([sql()]), 'google_sql_database_instance.db').facets.adminEndpoint;
    expect(facet).toMatchObject({ kind: 'database', publicAccess: 'yes', allowedNetworks: [] });
    expect(check([sql()], 'google_sql_database_instance.db')).toMatchObject({ status: 'pass', messageId: 'endpointRestricted', data: { count: 0 } });
  });

  it('fails a Cloud SQL instance authorizing 0.0.0.0/0 and passes a private-IP one', () => {
    const open = sql({ ipv4_enabled: true, authorized_networks: [{ name: 'all', value: '0.0.0.0/0', expiration_time: '' }], private_network: '', ssl_mode: 'ENCRYPTED_ONLY' });
    expect(check([open], 'google_sql_database_instance.db')).toMatchObject({ status: 'fail', messageId: 'databasePublic', data: { endpoint: 'Cloud SQL instance', reach: { messageId: 'reachNetworks', data: { networks: '0.0.0.0/0' } } } });
    const privateOnly = sql({ ipv4_enabled: false, authorized_networks: [], private_network: 'projects/hosting-prod/global/networks/vpc' });
    expect(check([privateOnly], 'google_sql_database_instance.db')).toMatchObject({ status: 'pass', messageId: 'endpointPrivate' });
  });

  it('is unknown when the public IP setting is known only after apply', () => {
    const list: FixtureResource[] = [
      {
        ...sql({ authorized_networks: [] }),
        unknown: { id: true, settings: [{ ip_configuration: [{ ipv4_enabled: true }] }] },
        expressions: { settings: [{ ip_configuration: [{ ipv4_enabled: { references: ['var.public_ip'] } }] }] },
      },
    ];
    expect(check(list, 'google_sql_database_instance.db')).toMatchObject({ status: 'unknown' });
  });
});
