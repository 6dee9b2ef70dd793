import { describe, it, expect } from 'vitest';
import policy from '../policies/admin-network-exposure.js';
import { runPolicy } from '../src/policy/tester.js';
import type { FixtureResource } from './helpers/plan-builder.js';
import { byId, resources } from './helpers/resources.js';

function check(list: FixtureResource[]) {
  const rs = resources(list);
  const results = runPolicy(policy, rs);
  return {
    result: (id: string) => results.get(id),
    facets: (id: string) => byId(rs, id).facets,
  };
}

const refs = (...r: string[]) => ({ references: r });

/** An inline ingress entry as the provider emits it. */
function ingress(from: number, to: number, cidrs: string[], extra: Record<string, unknown> = {}) {
  return { cidr_blocks: cidrs, description: '', from_port: from, ipv6_cidr_blocks: [], prefix_list_ids: [], protocol: 'tcp', security_groups: [], self: false, to_port: to, ...extra };
}

const sg = (name: string, rules: unknown[] | 'unknown', extra: Partial<FixtureResource> = {}): FixtureResource => ({
  address: `aws_security_group.${name}`,
  values: { name, vpc_id: 'vpc-0a1b2c3d', ...(rules === 'unknown' ? {} : { ingress: rules }) },
  unknown: { arn: true, id: true, owner_id: true, egress: true, ...(rules === 'unknown' ? { ingress: true } : {}) },
  ...extra,
});

describe('AWS ingress: security groups', () => {
  it('fails SSH open to the world and names the port and source', () => {
    const c = check([sg('web', [ingress(443, 443, ['0.0.0.0/0']), ingress(22, 22, ['0.0.0.0/0'])])]);
    const r = c.result('aws_security_group.web');
    expect(r?.status).toBe('fail');
    expect(r).toMatchObject({ messageId: 'portsOpen', data: { ports: 'SSH (22)', sources: '0.0.0.0/0' } });
    expect(r?.evidence).toContainEqual({ path: 'ingress[1].cidr_blocks', value: '0.0.0.0/0' });
  });

  it('fails protocol -1 from ::/0 and passes private ranges and group references', () => {
    const c = check([
      sg('all', [ingress(0, 0, [], { protocol: '-1', ipv6_cidr_blocks: ['::/0'] })]),
      sg('internal', [ingress(22, 22, ['10.0.0.0/8']), ingress(5432, 5432, [], { security_groups: ['sg-0123456789abcdef0'] })]),
    ]);
    expect(c.result('aws_security_group.all')).toMatchObject({
      messageId: 'portsOpen',
      data: { ports: { messageId: 'morePorts', data: { listed: 'SSH (22), Telnet (23), RDP (3389), WinRM (5985)', count: 17 } }, sources: '::/0' },
    });
    expect(c.result('aws_security_group.internal')?.status).toBe('pass');
  });

  it('is unknown while CIDRs come from unknown values', () => {
    const c = check([
      sg('web', [ingress(22, 22, [])], {
        unknown: { arn: true, id: true, egress: true, ingress: [{ cidr_blocks: true }] },
        expressions: { ingress: refs('var.admin_cidrs') },
      }),
    ]);
    // The builder leaves the unknown list out of `values`; the plan has it unknown.
    const facet = c.facets('aws_security_group.web').ingress;
    expect(facet?.rules[0]?.sources).toBe('unknown');
    expect(c.result('aws_security_group.web')?.status).toBe('unknown');
  });

  it('is incomplete when inline rules are unknown, complete when separate rules manage the group', () => {
    const lone = check([sg('lone', 'unknown')]);
    expect(lone.facets('aws_security_group.lone').ingress).toMatchObject({ complete: false });
    expect(lone.result('aws_security_group.lone')?.status).toBe('unknown');

    const managed = check([
      sg('app', 'unknown'),
      {
        address: 'aws_security_group_rule.rdp',
        values: { type: 'ingress', protocol: 'tcp', from_port: 3389, to_port: 3389, cidr_blocks: ['0.0.0.0/0'], ipv6_cidr_blocks: null, self: false },
        unknown: { id: true, security_group_id: true, source_security_group_id: true },
        expressions: { security_group_id: refs('aws_security_group.app.id', 'aws_security_group.app') },
      },
      {
        address: 'aws_security_group_rule.out',
        values: { type: 'egress', protocol: '-1', from_port: 0, to_port: 0, cidr_blocks: ['0.0.0.0/0'] },
        unknown: { id: true, security_group_id: true },
        expressions: { security_group_id: refs('aws_security_group.app.id', 'aws_security_group.app') },
      },
      {
        address: 'aws_vpc_security_group_ingress_rule.all',
        values: { ip_protocol: '-1', cidr_ipv4: '0.0.0.0/0', cidr_ipv6: null, from_port: null, to_port: null },
        unknown: { id: true, arn: true, security_group_id: true, security_group_rule_id: true },
        expressions: { security_group_id: refs('aws_security_group.app.id', 'aws_security_group.app') },
      },
    ]);
    expect(managed.result('aws_security_group.app')?.status).toBe('pass');
    expect(managed.result('aws_security_group_rule.rdp')).toMatchObject({ status: 'fail', messageId: 'portsOpen', data: { ports: 'RDP (3389)', sources: '0.0.0.0/0' } });
    expect(managed.facets('aws_security_group_rule.out').ingress).toBeUndefined();
    expect(managed.result('aws_vpc_security_group_ingress_rule.all')).toMatchObject({ messageId: 'portsOpen', data: { ports: { messageId: 'morePorts', data: { listed: 'SSH (22), Telnet (23), RDP (3389), WinRM (5985)' } } } });
  });
});

describe('AWS ingress: network ACLs', () => {
  const entry = (rule_no: number, action: string, from: number, to: number, protocol = 'tcp') => ({ rule_no, action, protocol, from_port: from, to_port: to, cidr_block: '0.0.0.0/0', ipv6_cidr_block: '', icmp_code: 0, icmp_type: 0 });

  it('lets the lowest-numbered entry decide', () => {
    const c = check([{ address: 'aws_network_acl.public', values: { ingress: [entry(200, 'allow', 0, 0, '-1'), entry(100, 'deny', 22, 22)] }, unknown: { id: true, arn: true } }]);
    const r = c.result('aws_network_acl.public');
    expect(r?.status).toBe('fail');
    // Every administration port but SSH: four named, the other sixteen counted.
    expect(r).toMatchObject({ messageId: 'portsOpen', data: { ports: { messageId: 'morePorts', data: { listed: 'Telnet (23), RDP (3389), WinRM (5985), WinRM over HTTPS (5986)', count: 16 } } } });
  });

  it('judges a separate entry with the lower-numbered denies of its ACL', () => {
    const acl: FixtureResource = { address: 'aws_network_acl.public', values: {}, unknown: { id: true, arn: true, ingress: true, egress: true } };
    const rule = (name: string, number: number, action: string, extra: Record<string, unknown> = {}): FixtureResource => ({
      address: `aws_network_acl_rule.${name}`,
      values: { egress: false, rule_number: number, rule_action: action, protocol: 'tcp', from_port: 22, to_port: 22, cidr_block: '0.0.0.0/0', ...extra },
      unknown: { id: true, network_acl_id: true },
      expressions: { network_acl_id: refs('aws_network_acl.public.id', 'aws_network_acl.public') },
    });
    const shadowed = check([acl, rule('deny_ssh', 100, 'deny'), rule('allow_ssh', 200, 'allow')]);
    expect(shadowed.result('aws_network_acl_rule.allow_ssh')?.status).toBe('pass');
    expect(shadowed.facets('aws_network_acl_rule.allow_ssh').ingress?.rules[0]?.evidence.from).toBe('aws_network_acl_rule.deny_ssh');
    const open = check([acl, rule('allow_ssh', 200, 'allow'), rule('deny_later', 300, 'deny')]);
    expect(open.result('aws_network_acl_rule.allow_ssh')?.status).toBe('fail');
    expect(open.facets('aws_network_acl_rule.allow_ssh').ingress?.rules[0]?.priority).toBe(200);
  });
});

describe('AWS admin endpoints', () => {
  const eks = (vpc: Record<string, unknown>, unknown: Record<string, unknown> = {}, expressions: Record<string, unknown> = {}): FixtureResource => ({
    address: 'aws_eks_cluster.main',
    values: { name: 'main', version: '1.30', vpc_config: [{ endpoint_private_access: true, security_group_ids: null, ...vpc }] },
    unknown: { arn: true, endpoint: true, id: true, vpc_config: [{ cluster_security_group_id: true, subnet_ids: true, vpc_id: true, ...unknown }] },
    expressions: { name: { constant_value: 'main' }, vpc_config: [{ endpoint_private_access: { constant_value: true }, ...expressions }] },
  });

  it('fails an EKS endpoint left at the AWS defaults (public, 0.0.0.0/0)', () => {
    const c = check([eks({ endpoint_public_access: true }, { public_access_cidrs: true })]);
    expect(c.result('aws_eks_cluster.main')).toMatchObject({ status: 'fail', messageId: 'endpointOpenToAll', data: { endpoint: 'EKS cluster API endpoint' } });
  });

  it('is unknown when public_access_cidrs is configured but not known, passes private or restricted endpoints', () => {
    const c = check([eks({ endpoint_public_access: true }, { public_access_cidrs: true }, { public_access_cidrs: refs('var.admin_cidrs') })]);
    expect(c.result('aws_eks_cluster.main')?.status).toBe('unknown');
    expect(check([eks({ endpoint_public_access: false }, { public_access_cidrs: true })]).result('aws_eks_cluster.main')?.status).toBe('pass');
    const restricted = check([eks({ endpoint_public_access: true, public_access_cidrs: ['203.0.113.0/24'] })]).result('aws_eks_cluster.main');
    expect(restricted?.status).toBe('pass');
    expect(restricted).toMatchObject({ messageId: 'endpointRestricted', data: { count: 1 } });
  });

  const db = (name: string, publicly: boolean, sgExpr?: unknown): FixtureResource => ({
    address: `aws_db_instance.${name}`,
    values: { identifier: name, engine: 'postgres', publicly_accessible: publicly, storage_encrypted: true, replicate_source_db: null },
    unknown: { vpc_security_group_ids: true, port: true, kms_key_id: true, availability_zone: true },
    expressions: sgExpr ? { vpc_security_group_ids: sgExpr } : {},
  });

  it('fails a publicly accessible RDS instance whatever its security groups admit, keeping their networks as evidence', () => {
    const open = check([sg('db', [ingress(5432, 5432, ['0.0.0.0/0'])]), db('orders', true, refs('aws_security_group.db.id', 'aws_security_group.db'))]);
    const r = open.result('aws_db_instance.orders');
    expect(r).toMatchObject({ status: 'fail', messageId: 'databasePublic', data: { endpoint: 'RDS instance', reach: { messageId: 'reachAddress', data: { networks: '0.0.0.0/0' } } } });
    expect(r?.evidence).toContainEqual(expect.objectContaining({ from: 'aws_security_group.db', value: '0.0.0.0/0' }));

    const narrow = check([sg('db', [ingress(5432, 5432, ['198.51.100.0/24']), ingress(22, 22, ['0.0.0.0/0'])]), db('orders', true, refs('aws_security_group.db.id', 'aws_security_group.db'))]);
    expect(narrow.facets('aws_db_instance.orders').adminEndpoint).toMatchObject({ publicAddress: true, allowedNetworks: ['198.51.100.0/24'] });
    expect(narrow.result('aws_db_instance.orders')).toMatchObject({ status: 'fail', messageId: 'databasePublic', data: { reach: { data: { networks: '198.51.100.0/24' } } } });
  });

  it('fails a public instance whose security groups are not all in the plan, passes private instances, leaves an unknown switch unknown', () => {
    const c = check([db('orders', true, refs('var.db_security_group_ids')), db('private', false)]);
    expect(c.result('aws_db_instance.orders')).toMatchObject({ status: 'fail', messageId: 'databasePublic', data: { reach: { data: { networks: { messageId: 'networksUnread' } } } } });
    expect(c.result('aws_db_instance.private')).toMatchObject({ status: 'pass', messageId: 'endpointPrivate' });
    const unknownSwitch = { ...db('later', false), unknown: { publicly_accessible: true }, expressions: { publicly_accessible: refs('var.public') } };
    delete (unknownSwitch.values as Record<string, unknown>).publicly_accessible;
    expect(check([unknownSwitch]).result('aws_db_instance.later')).toMatchObject({ status: 'unknown', messageId: 'endpointUnverified' });
  });

  it('takes an Aurora instance’s networks from its cluster', () => {
    const c = check([
      sg('db', [ingress(3306, 3306, ['0.0.0.0/0'])]),
      {
        address: 'aws_rds_cluster.main',
        values: { cluster_identifier: 'main', engine: 'aurora-mysql', engine_mode: 'provisioned', storage_encrypted: true },
        unknown: { vpc_security_group_ids: true, port: true, kms_key_id: true },
        expressions: { vpc_security_group_ids: refs('aws_security_group.db.id', 'aws_security_group.db') },
      },
      {
        address: 'aws_rds_cluster_instance.main',
        values: { identifier: 'main-1', engine: 'aurora-mysql', publicly_accessible: true, cluster_identifier: 'main' },
        expressions: { cluster_identifier: refs('aws_rds_cluster.main.id', 'aws_rds_cluster.main') },
      },
    ]);
    expect(c.result('aws_rds_cluster_instance.main')).toMatchObject({ status: 'fail', messageId: 'databasePublic', data: { endpoint: 'RDS cluster instance' } });
  });

  it('fails publicly accessible Redshift clusters and DMS replication instances the same way (Security Hub Redshift.1, DMS.1)', () => {
    const c = check([
      { address: 'aws_redshift_cluster.dw', values: { cluster_identifier: 'dw', node_type: 'ra3.xlplus', publicly_accessible: true, encrypted: true }, unknown: { vpc_security_group_ids: true } },
      { address: 'aws_dms_replication_instance.migrate', values: { replication_instance_id: 'migrate', replication_instance_class: 'dms.t3.medium', publicly_accessible: true }, unknown: { vpc_security_group_ids: true } },
      { address: 'aws_dms_replication_instance.inside', values: { replication_instance_id: 'inside', replication_instance_class: 'dms.t3.medium', publicly_accessible: false } },
    ]);
    expect(c.result('aws_redshift_cluster.dw')).toMatchObject({ status: 'fail', messageId: 'databasePublic', data: { endpoint: 'Redshift cluster', reach: { messageId: 'reachAddress' } } });
    expect(c.result('aws_dms_replication_instance.migrate')).toMatchObject({ status: 'fail', messageId: 'databasePublic', data: { endpoint: 'DMS replication instance' } });
    expect(c.result('aws_dms_replication_instance.inside')).toMatchObject({ status: 'pass', messageId: 'endpointPrivate' });
  });

  it('treats an OpenSearch domain outside a VPC as public with unknown networks', () => {
    const c = check([{ address: 'aws_opensearch_domain.logs', values: { domain_name: 'logs', vpc_options: [] }, unknown: { encrypt_at_rest: true } }]);
    const r = c.result('aws_opensearch_domain.logs');
    expect(r?.status).toBe('unknown');
    expect(r?.settle).toContain('access policy');
  });
});

describe('AWS network ACLs: stateless return traffic', () => {
  const nacl = (ingress: Array<Record<string, unknown>>): FixtureResource => ({
    address: 'aws_network_acl.private',
    values: { vpc_id: 'vpc-0a1b2c3d4e5f60718', ingress, egress: [] },
    unknown: { arn: true, id: true, owner_id: true, subnet_ids: true },
  });
  const rule = (rule_no: number, action: string, from_port: number, to_port: number) => ({
    rule_no,
    action,
    protocol: 'tcp',
    cidr_block: '0.0.0.0/0',
    ipv6_cidr_block: '',
    from_port,
    to_port,
    icmp_code: 0,
    icmp_type: 0,
  });

  it('reads an allow of the ephemeral range as return traffic, not as RDP exposed', () => {
    const list = resources([nacl([rule(100, 'deny', 22, 22), rule(110, 'allow', 443, 443), rule(120, 'allow', 1024, 65535)])]);
    expect(runPolicy(policy, list).get('aws_network_acl.private')).toMatchObject({ status: 'pass' });
  });

  it('still fails an allow that covers an admin port below 1024, or every port', () => {
    const ssh = resources([nacl([rule(100, 'allow', 0, 1023)])]);
    expect(runPolicy(policy, ssh).get('aws_network_acl.private')).toMatchObject({ status: 'fail', messageId: 'portsOpen', data: { ports: 'SSH (22), Telnet (23)' } });
    const all = resources([nacl([{ ...rule(100, 'allow', 0, 0), protocol: '-1' }])]);
    expect(runPolicy(policy, all).get('aws_network_acl.private')?.status).toBe('fail');
  });
});
