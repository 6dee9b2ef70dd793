import networkSeparation from '../../policies/network-separation.js';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { INPUT_KINDS } from '../../src/cli/composition-root.js';
import { BUILTIN_POLICIES } from '../../policies/index.js';
import { runPolicy } from '../../src/policy/tester.js';
import { EnvironmentTally } from '../../src/environments.js';
import { scan } from '../../src/scan.js';
import { DEFAULT_SETTINGS } from '../../src/settings.js';
import { buildPlan, type FixtureResource } from '../helpers/plan-builder.js';
import { byId, resources } from '../helpers/resources.js';
import { check, refs, resultOf, RG } from '../helpers/plan-verdicts.js';
import { gcsBucket } from '../helpers/gcp-plan-fixtures.js';

import * as cfg from '../helpers/aws-fixtures.js';
import * as arm from '../helpers/azure-estate.js';
import * as asset from '../helpers/gcp-policy-estate.js';
import { describeTwins } from '../helpers/twins.js';

/** The network-separation policy on each cloud's plans, and the same estate as a plan and as an inventory (twins). */

describe('AWS plans', () => {
  it('fails the default VPC and resources left in it; unknown for a lookup of the default VPC', () => {
    const list: FixtureResource[] = [
      { address: 'aws_default_vpc.this', values: { enable_dns_support: true, force_destroy: false, tags: { Name: 'default' } }, unknown: { arn: true, id: true, cidr_block: true } },
      { address: 'aws_instance.legacy', values: { ami: 'ami-0abc', instance_type: 't3.micro', network_interface: [] }, unknown: { arn: true, id: true, subnet_id: true } },
      { address: 'aws_instance.placed', values: { ami: 'ami-0abc', instance_type: 't3.micro', subnet_id: 'subnet-0a1b', network_interface: [] }, unknown: { arn: true, id: true } },
      { address: 'aws_security_group.app', values: { name: 'app', ingress: [], egress: [] }, unknown: { arn: true, id: true, vpc_id: true }, expressions: { vpc_id: refs('data.aws_vpc.default.id', 'data.aws_vpc.default') } },
    ];
    const c = check(networkSeparation, list);
    expect(c.result('aws_default_vpc.this')).toMatchObject({ status: 'fail', messageId: 'defaultNetwork', data: { network: 'VPC' } });
    expect(c.result('aws_instance.legacy')).toMatchObject({ status: 'fail', messageId: 'defaultNetwork', data: { network: 'network of the EC2 instance' } });
    expect(c.status('aws_instance.placed')).toBe('none');
    expect(c.result('aws_security_group.app')?.status).toBe('unknown');
  });

  it('passes a plan of one environment and fails one that mixes production and development (tags)', () => {
    const bucket = (name: string, env: string): FixtureResource => ({ address: `aws_s3_bucket.${name}`, values: { bucket: `acme-${name}`, tags: { Environment: env } }, unknown: { arn: true, id: true } });
    const judge = (list: FixtureResource[]) => {
      const tally = new EnvironmentTally(DEFAULT_SETTINGS.environments);
      for (const r of resources(list)) tally.add(r);
      return runPolicy(networkSeparation, tally.scopeResources());
    };
    expect([...judge([bucket('a', 'prod'), bucket('b', 'production')]).values()][0]?.status).toBe('pass');
    const mixed = [...judge([bucket('a', 'prod'), bucket('b', 'dev')]).values()][0];
    expect(mixed?.status).toBe('fail');
    expect(mixed).toMatchObject({ messageId: 'mixed', data: { production: 1, nonProduction: 1 } });
  });
});

describe('Azure plans: environment separation', () => {
  it('Azure resources keep their tags for the environment mix; Azure has no default network', () => {
    const list = resources([
      { address: 'azurerm_resource_group.prod', values: { name: 'rg-prod', location: 'francecentral', tags: { environment: 'prod' } }, unknown: { id: true } },
      { address: 'azurerm_resource_group.dev', values: { name: 'rg-dev', location: 'francecentral', tags: { Environment: 'dev' } }, unknown: { id: true } },
      { address: 'azurerm_virtual_network.main', values: { ...RG, name: 'vnet', address_space: ['10.0.0.0/16'] }, unknown: { id: true } },
    ]);
    expect(byId(list, 'azurerm_resource_group.prod').tags).toEqual({ environment: 'prod' });
    expect(list.every((r) => r.facets.defaultNetwork === undefined)).toBe(true);
  });
});

describe('GCP plans: default networks and environments', () => {
  const network = (address: string, values: Record<string, unknown>, extra: Partial<FixtureResource> = {}): FixtureResource => ({
    address,
    values: { delete_default_routes_on_create: false, description: null, project: 'hosting-prod', timeouts: null, ...values },
    unknown: { gateway_ipv4: true, id: true, mtu: true, numeric_id: true, routing_mode: true, self_link: true },
    ...extra,
  });

  it('fails the default network and auto-mode networks, passes custom-mode ones', () => {
    expect(resultOf(networkSeparation, [network('google_compute_network.default', { name: 'default', auto_create_subnetworks: true })], 'google_compute_network.default')).toMatchObject({ status: 'fail', messageId: 'defaultNetwork', data: { network: 'VPC network' } });
    // auto_create_subnetworks left out: the provider's default is true.
    const auto = network('google_compute_network.legacy', { name: 'legacy' }, { unknown: { id: true, auto_create_subnetworks: true } });
    expect(resultOf(networkSeparation, [auto], 'google_compute_network.legacy')).toMatchObject({ status: 'fail', messageId: 'defaultNetwork', data: { network: 'auto-mode VPC network' } });
    expect(resultOf(networkSeparation, [network('google_compute_network.main', { name: 'ft-vpc', auto_create_subnetworks: false })], 'google_compute_network.main')).toBeUndefined();
    const later = network('google_compute_network.x', { name: 'x' }, { unknown: { id: true, auto_create_subnetworks: true }, expressions: { auto_create_subnetworks: { references: ['var.auto'] } } });
    expect(resultOf(networkSeparation, [later], 'google_compute_network.x')).toMatchObject({ status: 'unknown' });
  });

  it('fails a project created with its default network', () => {
    const project = (values: Record<string, unknown>): FixtureResource => ({ address: 'google_project.app', values: { name: 'FT app', project_id: 'ft-app-prod', org_id: '123456789012', ...values }, unknown: { id: true, number: true } });
    expect(resultOf(networkSeparation, [project({ auto_create_network: true })], 'google_project.app')).toMatchObject({ status: 'fail', messageId: 'defaultNetwork', data: { network: 'default network of the project' } });
    expect(resultOf(networkSeparation, [project({ auto_create_network: false })], 'google_project.app')).toBeUndefined();
  });

  it('fails a plan mixing prod and dev labels', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cldscan-gcp-env-'));
    try {
      const plan = buildPlan([
        { ...gcsBucket('google_storage_bucket.prod', 'ft-prod', { labels: { env: 'prod' } }) },
        { ...gcsBucket('google_storage_bucket.dev', 'ft-dev', { labels: { env: 'dev' } }) },
      ]);
      writeFileSync(path.join(dir, 'plan.json'), JSON.stringify(plan));
      const report = await scan({ kinds: INPUT_KINDS, inputs: [path.join(dir, 'plan.json')], sourceRoot: dir, settings: DEFAULT_SETTINGS, policies: BUILTIN_POLICIES });
      const mix = report.findings.find((f) => f.policy === 'network-separation' && f.resource.nativeType === 'cldscan:scope');
      expect(mix).toMatchObject({ status: 'fail', messageId: 'mixed', data: { production: 1, nonProduction: 1 } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

const gcpNetwork = (name: string, auto: boolean): FixtureResource => ({
  address: `google_compute_network.${name}`,
  values: { name, auto_create_subnetworks: auto, delete_default_routes_on_create: false, description: null, project: 'hosting-prod', timeouts: null },
  unknown: { gateway_ipv4: true, id: true, mtu: true, numeric_id: true, routing_mode: true, self_link: true },
});

const azStorage = (name: string, environment: string): FixtureResource => ({
  address: `azurerm_storage_account.${name}`,
  values: { ...RG, name: `st${name}`, account_tier: 'Standard', account_replication_type: 'LRS', tags: { environment } },
  unknown: { id: true, primary_blob_endpoint: true },
});
const liveStorage = (name: string, environment: string) => ({ ...arm.storageAccount(arm.SUB_A, 'rg-app', `st${name}`), tags: { environment } });

describeTwins('network-separation', [
  {
    name: 'the default VPC',
    cloud: 'aws',
    plan: [{ address: 'aws_default_vpc.this', values: { enable_dns_support: true, force_destroy: false, tags: { Name: 'default' } }, unknown: { arn: true, id: true, cidr_block: true } }],
    live: [cfg.vpc({ id: 'vpc-0default000000003', isDefault: true })],
    at: { plan: 'aws_default_vpc.this', live: 'vpc/vpc-0default000000003' },
    expect: { status: 'fail', messageId: 'defaultNetwork', data: { network: 'VPC' } },
  },
  { name: 'a VPC of its own', cloud: 'aws', plan: [{ address: 'aws_vpc.main', values: { cidr_block: '10.0.0.0/16' }, unknown: { arn: true, id: true } }], live: [cfg.vpc({ id: 'vpc-0main000000000001' })], at: { plan: 'aws_vpc.main', live: 'vpc/vpc-0main000000000001' }, expect: { status: 'none' } },
  // The environment mix is judged per scope: the plan file (scope:<file>), the subscription (scope:<subscription id>).
  {
    name: 'production and development resources side by side',
    cloud: 'azure',
    plan: [azStorage('orders', 'prod'), azStorage('sandbox', 'dev')],
    live: [liveStorage('orders', 'prod'), liveStorage('sandbox', 'dev')],
    at: { plan: 'plan.json', live: `scope:${arm.SUB_A}` },
    expect: { status: 'fail', messageId: 'mixed', data: { production: 1, nonProduction: 1 } },
  },
  {
    name: 'production resources only',
    cloud: 'azure',
    plan: [azStorage('orders', 'prod'), azStorage('archive', 'production')],
    live: [liveStorage('orders', 'prod'), liveStorage('archive', 'production')],
    at: { plan: 'plan.json', live: `scope:${arm.SUB_A}` },
    expect: { status: 'pass', messageId: 'onlyProduction' },
  },
  { name: 'the default network', cloud: 'gcp', plan: [gcpNetwork('default', true)], live: [asset.network('hosting-prod', 'default', { autoCreateSubnetworks: true })], at: { plan: 'google_compute_network.default', live: 'networks/default' }, expect: { status: 'fail', messageId: 'defaultNetwork', data: { network: 'VPC network' } } },
  { name: 'a custom-mode network', cloud: 'gcp', plan: [gcpNetwork('vpc-main', false)], live: [asset.network('hosting-prod', 'vpc-main', { autoCreateSubnetworks: false })], at: { plan: 'google_compute_network.vpc-main', live: 'networks/vpc-main' }, expect: { status: 'none' } },
]);
