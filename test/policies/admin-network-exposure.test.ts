import * as cfg from '../helpers/aws-fixtures.js';
import type { FixtureResource } from '../helpers/plan-builder.js';
import { describeTwins } from '../helpers/twins.js';

/** The admin-network-exposure policy: the same estate as a plan and as an inventory (twins). */

const SG = 'sg-0aaaaaaaaaaaaaaa1';
const sg = (cidrs: string[]): FixtureResource => ({
  address: 'aws_security_group.admin',
  values: { name: 'admin', description: 'admin', ingress: [{ from_port: 22, to_port: 22, protocol: 'tcp', cidr_blocks: cidrs, ipv6_cidr_blocks: [], prefix_list_ids: [], security_groups: [], self: false, description: 'ssh' }], egress: [] },
  unknown: { arn: true, id: true, owner_id: true, vpc_id: true },
});

describeTwins('admin-network-exposure', [
  { name: 'SSH open to the internet', cloud: 'aws', plan: [sg(['0.0.0.0/0'])], live: [cfg.securityGroup({ id: SG, ingress: [{ protocol: 'tcp', from: 22, to: 22, cidrs: ['0.0.0.0/0'] }] })], at: { plan: 'aws_security_group.admin', live: `security-group/${SG}` }, expect: { status: 'fail', messageId: 'portsOpen' } },
  { name: 'SSH from a private network only', cloud: 'aws', plan: [sg(['10.0.0.0/8'])], live: [cfg.securityGroup({ id: SG, ingress: [{ protocol: 'tcp', from: 22, to: 22, cidrs: ['10.0.0.0/8'] }] })], at: { plan: 'aws_security_group.admin', live: `security-group/${SG}` }, expect: { status: 'pass', messageId: 'noPortOpen' } },
]);
