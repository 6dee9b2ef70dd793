import * as cfg from '../helpers/aws-fixtures.js';
import * as arm from '../helpers/azure-estate.js';
import { cluster, firewall } from '../helpers/gcp-estate.js';
import { sql } from '../helpers/gcp-plan-fixtures.js';
import * as asset from '../helpers/gcp-policy-estate.js';
import { refs, RG } from '../helpers/plan-verdicts.js';
import type { FixtureResource } from '../helpers/plan-builder.js';
import { describeTwins } from '../helpers/twins.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_POLICIES } from '../../policies/index.js';
import { runPolicy } from '../../src/policy/tester.js';
import { runLive, type LiveRun } from '../helpers/azure-live.js';
import type { AzureFixture } from '../helpers/azure-server.js';
import { hasOpenssl, makeTestCertificate, type TestCertificate } from '../helpers/azure-tls.js';

/** The admin-network-exposure policy: the same estate as a plan and as an inventory (twins). */

// ---- AWS ----

const SG = 'sg-0aaaaaaaaaaaaaaa1';
const sg = (cidrs: string[]): FixtureResource => ({
  address: 'aws_security_group.admin',
  values: { name: 'admin', description: 'admin', ingress: [{ from_port: 22, to_port: 22, protocol: 'tcp', cidr_blocks: cidrs, ipv6_cidr_blocks: [], prefix_list_ids: [], security_groups: [], self: false, description: 'ssh' }], egress: [] },
  unknown: { arn: true, id: true, owner_id: true, vpc_id: true },
});
const eks = (vpc: Record<string, unknown>, unknown: Record<string, unknown> = {}, expressions: Record<string, unknown> = {}): FixtureResource => ({
  address: 'aws_eks_cluster.main',
  values: { name: 'apps', version: '1.31', role_arn: `arn:aws:iam::${cfg.ACCOUNT}:role/eks-cluster-role`, vpc_config: [{ endpoint_private_access: true, security_group_ids: null, ...vpc }] },
  unknown: { arn: true, endpoint: true, id: true, certificate_authority: true, vpc_config: [{ cluster_security_group_id: true, subnet_ids: true, vpc_id: true, ...unknown }] },
  expressions: { name: { constant_value: 'apps' }, vpc_config: [{ endpoint_private_access: { constant_value: true }, ...expressions }] },
});

/** An RDS instance behind a security group that admits only the VPC on the PostgreSQL port: closed to the internet, public by its own switch or not. */
const DB_SG = 'sg-0bbbbbbbbbbbbbbb2';
const dbGroup: FixtureResource = {
  address: 'aws_security_group.db',
  values: { name: 'db', description: 'db', ingress: [{ from_port: 5432, to_port: 5432, protocol: 'tcp', cidr_blocks: ['10.0.0.0/16'], ipv6_cidr_blocks: [], prefix_list_ids: [], security_groups: [], self: false, description: 'app subnets' }], egress: [] },
  unknown: { arn: true, id: true, owner_id: true, vpc_id: true },
};
const rds = (publicly: boolean): FixtureResource => ({
  address: 'aws_db_instance.orders',
  values: { identifier: 'orders', engine: 'postgres', instance_class: 'db.m6g.large', publicly_accessible: publicly, storage_encrypted: true, replicate_source_db: null, port: 5432 },
  unknown: { vpc_security_group_ids: true, kms_key_id: true, availability_zone: true, endpoint: true },
  expressions: { vpc_security_group_ids: refs('aws_security_group.db.id', 'aws_security_group.db') },
});
const liveRds = (publicly: boolean) => [
  cfg.securityGroup({ id: DB_SG, name: 'db', ingress: [{ protocol: 'tcp', from: 5432, to: 5432, cidrs: ['10.0.0.0/16'] }] }),
  cfg.rdsInstance({ id: 'orders', encrypted: true, publiclyAccessible: publicly, securityGroups: [DB_SG] }),
];

// ---- Azure ----

/** A security rule as azurerm plans it inside an NSG (every field present, empty lists for unused ones). */
const rule = (name: string, priority: number, port: string, source: string) => ({
  access: 'Allow',
  description: '',
  destination_address_prefix: '*',
  destination_address_prefixes: [],
  destination_application_security_group_ids: [],
  destination_port_range: port,
  destination_port_ranges: [],
  direction: 'Inbound',
  name,
  priority,
  protocol: 'Tcp',
  source_address_prefix: source,
  source_address_prefixes: [],
  source_application_security_group_ids: [],
  source_port_range: '*',
  source_port_ranges: [],
});
const nsg = (source: string): FixtureResource => ({
  address: 'azurerm_network_security_group.app',
  values: { ...RG, name: 'nsg-app', security_rule: [rule('allow-https', 100, '443', 'Internet'), rule('allow-ssh', 110, '22', source)] },
  unknown: { id: true },
});
const liveNsg = (source: string) =>
  arm.nsg(arm.SUB_A, 'rg-app', 'nsg-app', [
    { name: 'allow-https', priority: 100, access: 'Allow', ports: '443', source: 'Internet' },
    { name: 'allow-ssh', priority: 110, access: 'Allow', ports: '22', source },
  ]);
const aks = (values: Record<string, unknown>, unknown: Record<string, unknown> = {}): FixtureResource => ({
  address: 'azurerm_kubernetes_cluster.aks',
  values: { ...RG, name: 'aks-app', dns_prefix: 'aks-app', private_cluster_enabled: false, default_node_pool: [{ name: 'system', node_count: 3, vm_size: 'Standard_D4s_v5' }], ...values },
  unknown: { id: true, fqdn: true, kube_config: true, ...unknown },
  sensitive: { kube_config: true, kube_admin_config: true },
});

const mssql: FixtureResource = {
  address: 'azurerm_mssql_server.sql',
  values: { ...RG, name: 'sql-app', version: '12.0', administrator_login: 'sqladmin', minimum_tls_version: '1.2', public_network_access_enabled: true },
  unknown: { id: true, fully_qualified_domain_name: true },
};
const allowAll: FixtureResource = {
  address: 'azurerm_mssql_firewall_rule.everyone',
  values: { name: 'everyone', start_ip_address: '0.0.0.0', end_ip_address: '255.255.255.255' },
  unknown: { id: true, server_id: true },
  expressions: { server_id: refs('azurerm_mssql_server.sql.id', 'azurerm_mssql_server.sql') },
};
const liveMssql = arm.sqlServer(arm.SUB_A, 'rg-app', 'sql-app');
const psqlPublic: FixtureResource = {
  address: 'azurerm_postgresql_flexible_server.psql',
  values: { ...RG, name: 'psql-app', version: '16', sku_name: 'GP_Standard_D2ds_v4', public_network_access_enabled: true },
  unknown: { id: true, fqdn: true },
};

const azureServices: FixtureResource = {
  address: 'azurerm_mssql_firewall_rule.azure',
  values: { name: 'AllowAllWindowsAzureIps', start_ip_address: '0.0.0.0', end_ip_address: '0.0.0.0' },
  unknown: { id: true, server_id: true },
  expressions: { server_id: refs('azurerm_mssql_server.sql.id', 'azurerm_mssql_server.sql') },
};
const liveAzureServices = arm.firewallRules(liveMssql.id as string, [['AllowAllWindowsAzureIps', '0.0.0.0', '0.0.0.0']]);
const psqlEveryone: FixtureResource = {
  address: 'azurerm_postgresql_flexible_server_firewall_rule.everyone',
  values: { name: 'everyone', start_ip_address: '0.0.0.0', end_ip_address: '255.255.255.255' },
  unknown: { id: true, server_id: true },
  expressions: { server_id: refs('azurerm_postgresql_flexible_server.psql.id', 'azurerm_postgresql_flexible_server.psql') },
};
const livePsql = arm.postgresFlexible(arm.SUB_A, 'rg-app', 'psql-app');
const mysqlPublic: FixtureResource = {
  address: 'azurerm_mysql_flexible_server.mysql',
  values: { ...RG, name: 'mysql-app', version: '8.0.21', sku_name: 'B_Standard_B1ms', delegated_subnet_id: null, public_network_access: 'Enabled' },
  unknown: { id: true, fqdn: true },
};
const mysqlEveryone: FixtureResource = {
  address: 'azurerm_mysql_flexible_server_firewall_rule.everyone',
  values: { ...RG, name: 'everyone', server_name: 'mysql-app', start_ip_address: '0.0.0.0', end_ip_address: '255.255.255.255' },
  unknown: { id: true },
  expressions: { server_name: refs('azurerm_mysql_flexible_server.mysql.name', 'azurerm_mysql_flexible_server.mysql'), resource_group_name: { constant_value: 'rg-app' } },
};
const liveMysql = (shape: 'network' | 'preview') => arm.mysqlFlexible(arm.SUB_A, 'rg-app', 'mysql-app', { shape });
const everywhere = (server: Record<string, unknown>) => arm.firewallRules(server.id as string, [['everyone', '0.0.0.0', '255.255.255.255']]);
const reachNetworks = (networks: string) => ({ messageId: 'databasePublic', data: { reach: { messageId: 'reachNetworks', data: { networks } } } });

// ---- GCP ----

const gcpFirewall = (ranges: string[]): FixtureResource => ({
  address: 'google_compute_firewall.ssh',
  values: { name: 'allow-ssh', network: 'vpc-main', project: 'hosting-prod', direction: 'INGRESS', priority: 1000, disabled: false, source_ranges: ranges, allow: [{ protocol: 'tcp', ports: ['22'] }], deny: [], source_tags: null, source_service_accounts: null, target_tags: null },
  unknown: { id: true, self_link: true, creation_timestamp: true, enable_logging: true },
});
const liveFirewall = (ranges: string[]) => firewall('hosting-prod', 'allow-ssh', { allowed: [{ IPProtocol: 'tcp', ports: ['22'] }], sourceRanges: ranges });
const gke = (values: Record<string, unknown>, unknown: Record<string, unknown> = {}): FixtureResource => ({
  address: 'google_container_cluster.apps',
  values: { name: 'apps', location: 'europe-west9', project: 'hosting-prod', initial_node_count: 1, private_cluster_config: [], ...values },
  unknown: { id: true, endpoint: true, master_authorized_networks_config: true, control_plane_endpoints_config: true, ...unknown },
});

describeTwins('admin-network-exposure', [
  { name: 'SSH open to the internet', cloud: 'aws', plan: [sg(['0.0.0.0/0'])], live: [cfg.securityGroup({ id: SG, ingress: [{ protocol: 'tcp', from: 22, to: 22, cidrs: ['0.0.0.0/0'] }] })], at: { plan: 'aws_security_group.admin', live: `security-group/${SG}` }, expect: { status: 'fail', messageId: 'portsOpen' } },
  { name: 'SSH from a private network only', cloud: 'aws', plan: [sg(['10.0.0.0/8'])], live: [cfg.securityGroup({ id: SG, ingress: [{ protocol: 'tcp', from: 22, to: 22, cidrs: ['10.0.0.0/8'] }] })], at: { plan: 'aws_security_group.admin', live: `security-group/${SG}` }, expect: { status: 'pass', messageId: 'noPortOpen' } },
  {
    name: 'an EKS endpoint public to any address',
    cloud: 'aws',
    plan: [eks({ endpoint_public_access: true, public_access_cidrs: ['0.0.0.0/0'] })],
    live: [cfg.eksCluster({ name: 'apps', publicAccess: true, publicCidrs: ['0.0.0.0/0'] })],
    at: { plan: 'aws_eks_cluster.main', live: 'cluster/apps' },
    expect: { status: 'fail', messageId: 'endpointOpenToAll', data: { endpoint: 'EKS cluster API endpoint' } },
  },
  {
    // A narrow range is a list of known addresses, not "the internet".
    name: 'an EKS endpoint public to an office range',
    cloud: 'aws',
    plan: [eks({ endpoint_public_access: true, public_access_cidrs: ['203.0.113.0/24'] })],
    live: [cfg.eksCluster({ name: 'apps', publicAccess: true, publicCidrs: ['203.0.113.0/24'] })],
    at: { plan: 'aws_eks_cluster.main', live: 'cluster/apps' },
    expect: { status: 'pass', messageId: 'endpointRestricted', data: { endpoint: 'EKS cluster API endpoint', count: 1 } },
  },
  {
    // The plan sets public access from a variable; real EKS Config items often lack the endpoint access fields.
    name: 'an EKS endpoint whose public access is not known',
    cloud: 'aws',
    plan: [eks({ public_access_cidrs: ['0.0.0.0/0'] }, { endpoint_public_access: true }, { endpoint_public_access: refs('var.public_endpoint') })],
    live: [cfg.eksCluster({ name: 'apps' })],
    at: { plan: 'aws_eks_cluster.main', live: 'cluster/apps' },
    expect: { status: 'unknown', messageId: 'endpointUnverified', data: { endpoint: 'EKS cluster API endpoint' } },
  },

  {
    // CIS AWS 2.3.3, Security Hub RDS.2, CKV_AWS_17: the public address is the finding; the group's networks are evidence.
    name: 'a publicly accessible RDS instance behind a security group closed to the internet',
    cloud: 'aws',
    plan: [dbGroup, rds(true)],
    live: liveRds(true),
    at: { plan: 'aws_db_instance.orders', live: 'db:orders' },
    expect: { status: 'fail', messageId: 'databasePublic', data: { endpoint: 'RDS instance', reach: { messageId: 'reachAddress', data: { networks: '10.0.0.0/16' } } } },
  },
  {
    name: 'an RDS instance that is not publicly accessible',
    cloud: 'aws',
    plan: [dbGroup, rds(false)],
    live: liveRds(false),
    at: { plan: 'aws_db_instance.orders', live: 'db:orders' },
    expect: { status: 'pass', messageId: 'endpointPrivate', data: { endpoint: 'RDS instance' } },
  },

  { name: 'SSH open to any source', cloud: 'azure', plan: [nsg('*')], live: [liveNsg('*')], at: { plan: 'azurerm_network_security_group.app', live: 'networkSecurityGroups/nsg-app' }, expect: { status: 'fail', messageId: 'portsOpen', data: { ports: 'SSH (22)', sources: '*' } } },
  { name: 'SSH from the VPN range only', cloud: 'azure', plan: [nsg('10.20.0.0/16')], live: [liveNsg('10.20.0.0/16')], at: { plan: 'azurerm_network_security_group.app', live: 'networkSecurityGroups/nsg-app' }, expect: { status: 'pass', messageId: 'noPortOpen' } },
  {
    name: 'an AKS API server with no authorized ranges',
    cloud: 'azure',
    plan: [aks({}, { api_server_access_profile: true, api_server_authorized_ip_ranges: true })],
    live: [arm.aks(arm.SUB_A, 'rg-app', 'aks-app')],
    at: { plan: 'azurerm_kubernetes_cluster.aks', live: 'managedClusters/aks-app' },
    expect: { status: 'fail', messageId: 'endpointOpenToAll', data: { endpoint: 'AKS cluster API endpoint' } },
  },
  {
    name: 'a private AKS cluster',
    cloud: 'azure',
    plan: [aks({ private_cluster_enabled: true }, { api_server_access_profile: true, api_server_authorized_ip_ranges: true })],
    live: [arm.aks(arm.SUB_A, 'rg-app', 'aks-app', { private: true })],
    at: { plan: 'azurerm_kubernetes_cluster.aks', live: 'managedClusters/aks-app' },
    expect: { status: 'pass', messageId: 'endpointPrivate', data: { endpoint: 'AKS cluster API endpoint' } },
  },
  {
    name: 'a SQL server whose firewall admits every address',
    cloud: 'azure',
    plan: [mssql, allowAll],
    live: [liveMssql, arm.firewallRules(liveMssql.id as string, [['everyone', '0.0.0.0', '255.255.255.255']])],
    at: { plan: 'azurerm_mssql_server.sql', live: 'servers/sql-app' },
    expect: { status: 'fail', ...reachNetworks('0.0.0.0/0') },
  },
  {
    // "Allow Azure services and resources to access this server": every Azure tenant's addresses.
    name: 'a SQL server with the AllowAllWindowsAzureIps rule',
    cloud: 'azure',
    plan: [mssql, azureServices],
    live: [liveMssql, liveAzureServices],
    at: { plan: 'azurerm_mssql_server.sql', live: 'servers/sql-app' },
    expect: { status: 'fail', ...reachNetworks('0.0.0.0') },
  },
  {
    name: 'a PostgreSQL flexible server whose firewall admits 0.0.0.0–255.255.255.255',
    cloud: 'azure',
    plan: [psqlPublic, psqlEveryone],
    live: [livePsql, everywhere(livePsql)],
    at: { plan: 'azurerm_postgresql_flexible_server.psql', live: 'flexibleServers/psql-app' },
    expect: { status: 'fail', ...reachNetworks('0.0.0.0/0') },
  },
  {
    name: 'a MySQL flexible server whose firewall admits 0.0.0.0–255.255.255.255',
    cloud: 'azure',
    plan: [mysqlPublic, mysqlEveryone],
    live: [liveMysql('network'), everywhere(liveMysql('network'))],
    at: { plan: 'azurerm_mysql_flexible_server.mysql', live: 'flexibleServers/mysql-app' },
    expect: { status: 'fail', ...reachNetworks('0.0.0.0/0') },
  },
  {
    // The 2020-07-01-preview body keeps publicNetworkAccess at the top of properties.
    name: 'a MySQL flexible server read through the older API shape',
    cloud: 'azure',
    plan: [mysqlPublic, mysqlEveryone],
    live: [liveMysql('preview'), everywhere(liveMysql('preview'))],
    at: { plan: 'azurerm_mysql_flexible_server.mysql', live: 'flexibleServers/mysql-app' },
    expect: { status: 'fail', ...reachNetworks('0.0.0.0/0') },
  },
  {
    // Disagreement: a plan holds every firewall rule it creates, and none means the server admits no address;
    // an inventory without the server's firewall rules (a child resource Resource Graph does not return) cannot tell.
    name: 'a public PostgreSQL flexible server, no firewall rule in sight',
    cloud: 'azure',
    plan: [psqlPublic],
    live: [arm.postgresFlexible(arm.SUB_A, 'rg-app', 'psql-app')],
    at: { plan: 'azurerm_postgresql_flexible_server.psql', live: 'flexibleServers/psql-app' },
    expect: { plan: { status: 'pass', messageId: 'endpointRestricted', data: { count: 0 } }, live: { status: 'unknown', messageId: 'endpointNetworksUnknown' } },
  },

  { name: 'SSH open to the internet', cloud: 'gcp', plan: [gcpFirewall(['0.0.0.0/0'])], live: [liveFirewall(['0.0.0.0/0'])], at: { plan: 'google_compute_firewall.ssh', live: 'firewalls/allow-ssh' }, expect: { status: 'fail', messageId: 'portsOpen', data: { ports: 'SSH (22)', sources: '0.0.0.0/0' } } },
  { name: 'SSH from a private network only', cloud: 'gcp', plan: [gcpFirewall(['10.0.0.0/8'])], live: [liveFirewall(['10.0.0.0/8'])], at: { plan: 'google_compute_firewall.ssh', live: 'firewalls/allow-ssh' }, expect: { status: 'pass', messageId: 'noPortOpen' } },
  {
    name: 'a GKE cluster with a private endpoint',
    cloud: 'gcp',
    plan: [gke({ private_cluster_config: [{ enable_private_endpoint: true, enable_private_nodes: true, master_ipv4_cidr_block: '172.16.0.0/28' }] })],
    live: [cluster('hosting-prod', 'europe-west9', 'apps', { privateClusterConfig: { enablePrivateNodes: true, enablePrivateEndpoint: true, masterIpv4CidrBlock: '172.16.0.0/28', privateEndpoint: '172.16.0.2' } })],
    at: { plan: 'google_container_cluster.apps', live: 'clusters/apps' },
    expect: { status: 'pass', messageId: 'endpointPrivate', data: { endpoint: 'GKE cluster API endpoint' } },
  },
  {
    name: 'a public GKE endpoint restricted to the VPN range',
    cloud: 'gcp',
    plan: [gke({ master_authorized_networks_config: [{ cidr_blocks: [{ cidr_block: '10.20.0.0/16', display_name: 'vpn' }] }] }, { master_authorized_networks_config: [{ gcp_public_cidrs_access_enabled: true }] })],
    live: [cluster('hosting-prod', 'europe-west9', 'apps', { masterAuthorizedNetworksConfig: { enabled: true, cidrBlocks: [{ displayName: 'vpn', cidrBlock: '10.20.0.0/16' }] } })],
    at: { plan: 'google_container_cluster.apps', live: 'clusters/apps' },
    expect: { status: 'pass', messageId: 'endpointRestricted', data: { count: 1 } },
  },
  {
    name: 'Cloud SQL authorizing 0.0.0.0/0',
    cloud: 'gcp',
    plan: [sql('google_sql_database_instance.db', { ip_configuration: [{ ipv4_enabled: true, authorized_networks: [{ name: 'everyone', value: '0.0.0.0/0', expiration_time: '' }], private_network: '', ssl_mode: 'ENCRYPTED_ONLY', allocated_ip_range: null, server_ca_pool: null }] }, {}, { name: 'orders-db' })],
    live: [asset.sqlInstance('hosting-prod', 'orders-db', 'europe-west9', { ipConfiguration: { ipv4Enabled: true, sslMode: 'ENCRYPTED_ONLY', authorizedNetworks: [{ kind: 'sql#aclEntry', name: 'everyone', value: '0.0.0.0/0' }] } }, { ipAddresses: [{ type: 'PRIMARY', ipAddress: '34.155.1.2' }] })],
    at: { plan: 'google_sql_database_instance.db', live: 'instances/orders-db' },
    expect: { status: 'fail', messageId: 'databasePublic', data: { endpoint: 'Cloud SQL instance', reach: { messageId: 'reachNetworks', data: { networks: '0.0.0.0/0' } } } },
  },
]);

/**
 * Live Azure through the real Resource Graph and ARM clients: the server comes from Graph, its
 * firewall rules from ARM's list of them, page by page. The AllowAllWindowsAzureIps rule sits on
 * the last page, so a reader that stopped at the first page would leave the verdict unknown.
 */
const tls = hasOpenssl('live Azure firewall rules');
describe.skipIf(!tls)('admin-network-exposure: live Azure database firewall rules', () => {
  let cert: TestCertificate;
  beforeAll(() => {
    cert = makeTestCertificate();
  });
  afterAll(() => cert?.dispose());

  const policy = BUILTIN_POLICIES.find((p) => p.meta.id === 'admin-network-exposure')!;
  const judge = (run: LiveRun, idEnd: string) => {
    const item = run.items.find((i) => i.resource.id.toLowerCase().endsWith(idEnd.toLowerCase()));
    if (!item) throw new Error(`no ${idEnd}`);
    return runPolicy(policy, [item.resource]).get(item.resource.id);
  };

  it('fails a SQL server whose AllowAllWindowsAzureIps rule is on the second page, and an older-shape MySQL flexible server open to all', async () => {
    const mysql = arm.mysqlFlexible(arm.SUB_A, 'rg-app', 'mysql-app', { shape: 'preview' });
    const fixture: AzureFixture = {
      ...arm.fixtureOf({
        sub: arm.SUB_A,
        data: { containers: [arm.subscription(arm.SUB_A), arm.resourceGroup(arm.SUB_A, 'rg-app')], resources: [mysql, liveMssql].sort((a, b) => String(a.id).localeCompare(String(b.id))), assessments: [] },
        arm: {
          [`${liveMssql.id}/firewallRules`]: arm.firewallRules(liveMssql.id as string, [
            ['office-paris', '203.0.113.0', '203.0.113.255'],
            ['office-lyon', '198.51.100.0', '198.51.100.255'],
            ['AllowAllWindowsAzureIps', '0.0.0.0', '0.0.0.0'],
          ]),
          [`${mysql.id}/firewallRules`]: arm.firewallRules(mysql.id as string, [['everyone', '0.0.0.0', '255.255.255.255']]),
        },
      }),
      armPageSize: 2,
    };
    const run = await runLive(cert, fixture, { subscriptions: [arm.SUB_A], managementGroups: [] });
    expect(run.notifications.filter((n) => n.level !== 'note')).toEqual([]);
    const pages = run.server.log.filter((l) => l.method === 'GET' && l.path.toLowerCase() === `${String(liveMssql.id).toLowerCase()}/firewallrules`);
    expect(pages.map((l) => [l.status, l.apiVersion])).toEqual([
      [200, '2021-11-01'],
      [200, '2021-11-01'],
    ]);
    expect(judge(run, 'servers/sql-app')).toMatchObject({ status: 'fail', ...reachNetworks('0.0.0.0') });
    expect(judge(run, 'flexibleServers/mysql-app')).toMatchObject({ status: 'fail', ...reachNetworks('0.0.0.0/0') });
  });

  it('does not follow a nextLink that leaves the list: the rules stay unread, the server unknown, the failure reported', async () => {
    const elsewhere = `/subscriptions/${arm.SUB_A}/resourceGroups/rg-app/providers/Microsoft.KeyVault/vaults/kv-app/secrets`;
    const fixture = arm.fixtureOf({
      sub: arm.SUB_A,
      data: { containers: [arm.subscription(arm.SUB_A), arm.resourceGroup(arm.SUB_A, 'rg-app')], resources: [liveMssql], assessments: [] },
      arm: { [`${liveMssql.id}/firewallRules`]: { ...arm.firewallRules(liveMssql.id as string, [['office-paris', '203.0.113.0', '203.0.113.255']]), nextLink: `https://management.azure.com${elsewhere}?api-version=2021-11-01&$skiptoken=x` } },
    });
    const run = await runLive(cert, fixture, { subscriptions: [arm.SUB_A], managementGroups: [] });
    expect(run.server.log.some((l) => l.path.toLowerCase().startsWith(elsewhere.toLowerCase()))).toBe(false);
    expect(run.notifications.map((n) => n.message).join('\n')).toContain('firewall rules');
    expect(judge(run, 'servers/sql-app')).toMatchObject({ status: 'unknown', messageId: 'endpointNetworksUnknown' });
  });
});
