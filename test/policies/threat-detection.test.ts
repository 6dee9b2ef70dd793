import threatDetection from '../../policies/threat-detection.js';
import { describe, expect, it } from 'vitest';
import { check, idRefs, judgePlan, planFacets, planStatus, refs, resultOf, RG } from '../helpers/plan-verdicts.js';
import { projectService, subnet } from '../helpers/gcp-plan-fixtures.js';
import { type FixtureResource } from '../helpers/plan-builder.js';

import * as cfg from '../helpers/aws-fixtures.js';
import * as arm from '../helpers/azure-estate.js';
import * as asset from '../helpers/gcp-policy-estate.js';
import { describeTwins } from '../helpers/twins.js';
import { startAwsServer, type AwsFixture, type Faults } from '../helpers/aws-server.js';
import { localOptions, scanAws } from '../helpers/aws-live.js';
import { createAwsSource } from '../../providers/aws/live.js';
import type { Finding } from '../../src/model/finding.js';
import { buildMatrix } from '../../src/compliance/matrix.js';
import { evidenceOfScan } from '../../src/compliance/evidence.js';
import { BUILTIN_POLICIES } from '../../policies/index.js';
import { TOOL } from '../../src/tool.js';
import { afterAll, beforeAll } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { hasOpenssl, makeTestCertificate, type TestCertificate } from '../helpers/azure-tls.js';
import { runLive } from '../helpers/azure-live.js';
import { SUBSCRIPTION_TYPE } from '../../providers/azure/registry.js';
import { runPolicy } from '../../src/policy/tester.js';
import { verdict as azureVerdict } from '../helpers/azure-verdict.js';
import { estate, PROJECTS, project as gcpProject, TOKEN } from '../helpers/gcp-estate.js';
import { run, source as gcpSource } from '../helpers/gcp-live.js';
import { sccService, startGcpServer, type GcpServerOptions } from '../helpers/gcp-server.js';
import { DEFAULT_LIVE_LIMITS } from '../../src/live/guard.js';
import type { LiveContext, LiveItem } from '../../src/live/source.js';
import type { Notification } from '../../src/model/finding.js';
import { readContext, readInputs } from '../../src/input/read-inputs.js';
import { INPUT_KINDS } from '../../src/cli/composition-root.js';
import { buildPlan } from '../helpers/plan-builder.js';
import { scan } from '../../src/scan.js';
import { DEFAULT_SETTINGS } from '../../src/settings.js';

/** The threat-detection policy on each cloud's plans, and the same estate as a plan and as an inventory (twins). */

describe('AWS plans', () => {
  const detector = (values: Record<string, unknown>): FixtureResource => ({ address: 'aws_guardduty_detector.main', values: { finding_publishing_frequency: 'SIX_HOURS', datasources: [], ...values }, unknown: { arn: true, id: true, account_id: true } });
  const feature = (status: string): FixtureResource => ({
    address: 'aws_guardduty_detector_feature.malware',
    values: { name: 'EBS_MALWARE_PROTECTION', status, additional_configuration: [] },
    unknown: { id: true, detector_id: true },
    expressions: { detector_id: refs('aws_guardduty_detector.main.id', 'aws_guardduty_detector.main') },
  });

  it('judges GuardDuty and its malware protection', () => {
    expect(check(threatDetection, [detector({ enable: true }), feature('ENABLED')]).result('aws_guardduty_detector.main')).toMatchObject({ status: 'pass', messageId: 'serviceOnWithMalware', data: { service: 'GuardDuty' } });
    expect(check(threatDetection, [detector({ enable: true }), feature('DISABLED')]).result('aws_guardduty_detector.main')).toMatchObject({ status: 'fail', messageId: 'malwareOff', data: { service: 'GuardDuty' } });
    expect(check(threatDetection, [detector({ enable: false })]).result('aws_guardduty_detector.main')).toMatchObject({ status: 'fail', messageId: 'serviceOff', data: { service: 'GuardDuty' } });
    expect(check(threatDetection, [{ ...detector({}), unknown: { arn: true, id: true, enable: true }, expressions: { enable: refs('var.guardduty') } }]).status('aws_guardduty_detector.main')).toBe('unknown');
  });

  const vpc: FixtureResource = { address: 'aws_vpc.main', values: { cidr_block: '10.0.0.0/16', enable_dns_support: true }, unknown: { arn: true, id: true } };
  const flowLog = (vpcId: unknown): FixtureResource => ({
    address: 'aws_flow_log.main',
    values: { traffic_type: 'ALL', log_destination_type: 's3', log_destination: 'arn:aws:s3:::acme-flow-logs' },
    unknown: { arn: true, id: true, vpc_id: true },
    expressions: { vpc_id: vpcId },
  });

  it('passes a VPC with a flow log, fails one without, is unknown when the flow log\'s VPC is not known', () => {
    expect(check(threatDetection, [vpc, flowLog(refs('aws_vpc.main.id', 'aws_vpc.main'))]).result('aws_vpc.main')).toMatchObject({ status: 'pass', messageId: 'flowLogs', data: { network: 'VPC' } });
    expect(check(threatDetection, [vpc]).result('aws_vpc.main')).toMatchObject({ status: 'fail', messageId: 'noFlowLogs', data: { network: 'VPC' } });
    expect(check(threatDetection, [vpc, flowLog(refs('local.vpc_id'))]).status('aws_vpc.main')).toBe('unknown');
  });
});

const plan = (resource_type: string, tier: string, extra: Record<string, unknown> = {}): FixtureResource => ({
  address: `azurerm_security_center_subscription_pricing.${resource_type.toLowerCase()}`,
  values: { resource_type, tier, subplan: null, extension: [], ...extra },
  unknown: { id: true },
});
const vnet: FixtureResource = { address: 'azurerm_virtual_network.main', values: { ...RG, name: 'vnet', address_space: ['10.0.0.0/16'] }, unknown: { id: true, subnet: true, guid: true } };
const log = (target: Record<string, unknown>, enabled: unknown = true, address = 'azurerm_network_watcher_flow_log.main'): FixtureResource => ({
  address,
  values: { name: 'fl', network_watcher_name: 'NetworkWatcher_francecentral', resource_group_name: 'NetworkWatcherRG', version: 2, retention_policy: [{ enabled: true, days: 90 }], ...(enabled === 'unknown' ? {} : { enabled }) },
  unknown: { id: true, storage_account_id: true, target_resource_id: 'vnet' in target, network_security_group_id: 'nsg' in target, ...(enabled === 'unknown' ? { enabled: true } : {}) },
  expressions: { ...('vnet' in target ? { target_resource_id: target.vnet } : {}), ...('nsg' in target ? { network_security_group_id: target.nsg } : {}), ...(enabled === 'unknown' ? { enabled: { references: ['var.flow_logs'] } } : {}) },
});

describe('Azure plans: threat detection and flow logs', () => {
  it('Defender plans: Standard passes, Free fails; Defender for Storage needs on-upload malware scanning', () => {
    expect(planStatus('threat-detection', [plan('VirtualMachines', 'Standard', { subplan: 'P2' })], 'azurerm_security_center_subscription_pricing.virtualmachines')).toBe('pass');
    expect(judgePlan('threat-detection', [plan('SqlServers', 'Free')], 'azurerm_security_center_subscription_pricing.sqlservers').result).toMatchObject({ status: 'fail', messageId: 'serviceOff', data: { service: 'Microsoft Defender for Azure SQL' } });
    const storage = (ext: unknown[]) => plan('StorageAccounts', 'Standard', { subplan: 'DefenderForStorageV2', extension: ext });
    expect(judgePlan('threat-detection', [storage([{ name: 'OnUploadMalwareScanning', additional_extension_properties: { CapGBPerMonthPerStorageAccount: '5000' } }])], 'azurerm_security_center_subscription_pricing.storageaccounts').result).toMatchObject({ messageId: 'serviceOnWithMalware' });
    expect(planStatus('threat-detection', [storage([])], 'azurerm_security_center_subscription_pricing.storageaccounts')).toBe('fail');
    const fromVar: FixtureResource = { ...plan('Containers', 'Standard'), values: { resource_type: 'Containers', extension: [] }, unknown: { id: true, tier: true }, expressions: { tier: { references: ['var.tier'] } } };
    expect(planStatus('threat-detection', [fromVar], 'azurerm_security_center_subscription_pricing.containers')).toBe('unknown');
    // Plans other than the four judged carry no detection facet.
    expect(judgePlan('threat-detection', [plan('KeyVaults', 'Free')], 'azurerm_security_center_subscription_pricing.keyvaults').result).toBeUndefined();
  });

  it('virtual networks: a flow log on the VNet (4.x target_resource_id) or on the NSG of every subnet (3.x); none fails', () => {
    const subnet: FixtureResource = { address: 'azurerm_subnet.app', values: { name: 'app', resource_group_name: 'rg-app', virtual_network_name: 'vnet', address_prefixes: ['10.0.1.0/24'] }, unknown: { id: true } };
    const nsg: FixtureResource = { address: 'azurerm_network_security_group.app', values: { ...RG, name: 'nsg-app', security_rule: [] }, unknown: { id: true } };
    const assoc: FixtureResource = { address: 'azurerm_subnet_network_security_group_association.app', values: {}, unknown: { id: true, subnet_id: true, network_security_group_id: true }, expressions: { subnet_id: idRefs('azurerm_subnet.app'), network_security_group_id: idRefs('azurerm_network_security_group.app') } };
    expect(planStatus('threat-detection', [vnet, log({ vnet: idRefs('azurerm_virtual_network.main') })], 'azurerm_virtual_network.main')).toBe('pass');
    expect(planStatus('threat-detection', [vnet, subnet, nsg, assoc, log({ nsg: idRefs('azurerm_network_security_group.app') })], 'azurerm_virtual_network.main')).toBe('pass');
    const none = judgePlan('threat-detection', [vnet, subnet], 'azurerm_virtual_network.main');
    expect(none.result).toMatchObject({ status: 'fail', messageId: 'noFlowLogs', data: { network: 'virtual network' } });
    expect(planStatus('threat-detection', [vnet, log({ vnet: idRefs('azurerm_virtual_network.main') }, false)], 'azurerm_virtual_network.main')).toBe('fail');
    expect(planStatus('threat-detection', [vnet, log({ vnet: idRefs('azurerm_virtual_network.main') }, 'unknown')], 'azurerm_virtual_network.main')).toBe('unknown');
  });
});

describe('GCP plans: flow logs', () => {
  it('passes a subnetwork with log_config, fails one without, unknown when it is known only after apply', () => {
    const on = subnet('google_compute_subnetwork.app', { log_config: [{ aggregation_interval: 'INTERVAL_5_SEC', flow_sampling: 0.5, metadata: 'INCLUDE_ALL_METADATA', filter_expr: 'true' }] });
    expect(resultOf(threatDetection, [on], 'google_compute_subnetwork.app')).toMatchObject({ status: 'pass', messageId: 'flowLogs', data: { network: 'subnetwork' } });
    expect(resultOf(threatDetection, [subnet('google_compute_subnetwork.app', {})], 'google_compute_subnetwork.app')).toMatchObject({ status: 'fail', messageId: 'noFlowLogs', data: { network: 'subnetwork' } });
    const later = subnet('google_compute_subnetwork.app', {}, { unknown: { id: true, log_config: true }, expressions: { dynamic: {}, log_config: { references: ['var.flow_logs'] } } });
    delete (later.values as Record<string, unknown>).log_config;
    expect(resultOf(threatDetection, [later], 'google_compute_subnetwork.app')).toMatchObject({ status: 'unknown' });
  });

  it('leaves proxy-only and Private Service Connect subnets out', () => {
    expect(planFacets([subnet('google_compute_subnetwork.proxy', { purpose: 'REGIONAL_MANAGED_PROXY', role: 'ACTIVE' })], 'google_compute_subnetwork.proxy').flowLog).toBeUndefined();
  });

  it('builds no detection facet: Security Command Center is not in Terraform plans', () => {
    expect(planFacets([projectService('google_project_service.scc', 'securitycenter.googleapis.com')], 'google_project_service.scc').detection).toBeUndefined();
  });
});

const VPC = 'vpc-0main000000000001';
const awsVpc: FixtureResource = { address: 'aws_vpc.main', values: { cidr_block: '10.0.0.0/16', enable_dns_support: true }, unknown: { arn: true, id: true } };
const awsFlowLog: FixtureResource = {
  address: 'aws_flow_log.main',
  values: { traffic_type: 'ALL', log_destination_type: 's3', log_destination: 'arn:aws:s3:::acme-flow-logs' },
  unknown: { arn: true, id: true, vpc_id: true },
  expressions: { vpc_id: refs('aws_vpc.main.id', 'aws_vpc.main') },
};
const otherVpc: FixtureResource = { ...awsVpc, address: 'aws_vpc.other' };
const otherFlowLog: FixtureResource = { ...awsFlowLog, address: 'aws_flow_log.other', expressions: { vpc_id: refs('aws_vpc.other.id', 'aws_vpc.other') } };
const otherVnet: FixtureResource = { ...vnet, address: 'azurerm_virtual_network.other', values: { ...vnet.values, name: 'vnet-other' } };
const liveVnet = (name: string) => arm.virtualNetwork(arm.SUB_A, 'rg-app', name, [{ name: 'app' }]);
const liveFlowLog = (target: Record<string, unknown>) => arm.flowLog(arm.SUB_A, `fl-${String(target.name)}`, target.id as string);
const LOGGED = { log_config: [{ aggregation_interval: 'INTERVAL_5_SEC', flow_sampling: 0.5, metadata: 'INCLUDE_ALL_METADATA', metadata_fields: [], filter_expr: 'true' }] };

describeTwins('threat-detection', [
  { name: 'a VPC with a flow log', cloud: 'aws', plan: [awsVpc, awsFlowLog], live: [cfg.vpc({ id: VPC }), cfg.flowLog({ id: 'fl-0main000000000001', vpc: VPC })], at: { plan: 'aws_vpc.main', live: `vpc/${VPC}` }, expect: { status: 'pass', messageId: 'flowLogs' } },
  {
    name: 'a VPC without a flow log, beside one with',
    cloud: 'aws',
    plan: [awsVpc, otherVpc, otherFlowLog],
    live: [cfg.vpc({ id: VPC }), cfg.vpc({ id: 'vpc-0other00000000009' }), cfg.flowLog({ id: 'fl-0other00000000009', vpc: 'vpc-0other00000000009' })],
    at: { plan: 'aws_vpc.main', live: `vpc/${VPC}` },
    expect: { status: 'fail', messageId: 'noFlowLogs' },
  },
  {
    // The plan judges what it declares; an inventory holding no flow log at all may simply not record that type: unknown, not failed.
    name: 'a VPC alone, no flow log anywhere',
    cloud: 'aws',
    plan: [awsVpc],
    live: [cfg.vpc({ id: VPC })],
    at: { plan: 'aws_vpc.main', live: `vpc/${VPC}` },
    expect: { plan: { status: 'fail', messageId: 'noFlowLogs' }, live: { status: 'unknown', messageId: 'flowLogsUnknown' } },
  },
  {
    name: 'Defender for Servers on',
    cloud: 'azure',
    plan: [plan('VirtualMachines', 'Standard', { subplan: 'P2' })],
    live: [arm.pricing(arm.SUB_A, 'VirtualMachines', 'Standard', { subPlan: 'P2' })],
    at: { plan: 'azurerm_security_center_subscription_pricing.virtualmachines', live: 'pricings/VirtualMachines' },
    expect: { status: 'pass', messageId: 'serviceOn' },
  },
  {
    name: 'Defender for Azure SQL off',
    cloud: 'azure',
    plan: [plan('SqlServers', 'Free')],
    live: [arm.pricing(arm.SUB_A, 'SqlServers', 'Free')],
    at: { plan: 'azurerm_security_center_subscription_pricing.sqlservers', live: 'pricings/SqlServers' },
    expect: { status: 'fail', messageId: 'serviceOff', data: { service: 'Microsoft Defender for Azure SQL' } },
  },
  {
    name: 'Defender for Storage on without on-upload malware scanning',
    cloud: 'azure',
    plan: [plan('StorageAccounts', 'Standard', { subplan: 'DefenderForStorageV2', extension: [{ name: 'SensitiveDataDiscovery', additional_extension_properties: null }] })],
    live: [arm.pricing(arm.SUB_A, 'StorageAccounts', 'Standard', { subPlan: 'DefenderForStorageV2', extensions: [{ name: 'OnUploadMalwareScanning', isEnabled: 'False' }, { name: 'SensitiveDataDiscovery', isEnabled: 'True' }] })],
    at: { plan: 'azurerm_security_center_subscription_pricing.storageaccounts', live: 'pricings/StorageAccounts' },
    expect: { status: 'fail', messageId: 'malwareOff', data: { service: 'Microsoft Defender for Storage' } },
  },
  {
    name: 'a virtual network with a flow log',
    cloud: 'azure',
    plan: [vnet, log({ vnet: idRefs('azurerm_virtual_network.main') })],
    live: [liveVnet('vnet'), arm.networkWatcher(arm.SUB_A), liveFlowLog(liveVnet('vnet'))],
    at: { plan: 'azurerm_virtual_network.main', live: 'virtualNetworks/vnet' },
    expect: { status: 'pass', messageId: 'flowLogs', data: { network: 'virtual network' } },
  },
  {
    name: 'a virtual network without a flow log, beside one with',
    cloud: 'azure',
    plan: [vnet, otherVnet, log({ vnet: idRefs('azurerm_virtual_network.other') }, true, 'azurerm_network_watcher_flow_log.other')],
    live: [liveVnet('vnet'), liveVnet('vnet-other'), arm.networkWatcher(arm.SUB_A), liveFlowLog(liveVnet('vnet-other'))],
    at: { plan: 'azurerm_virtual_network.main', live: 'virtualNetworks/vnet' },
    expect: { status: 'fail', messageId: 'noFlowLogs', data: { network: 'virtual network' } },
  },
  { name: 'a subnetwork with flow logs', cloud: 'gcp', plan: [subnet('google_compute_subnetwork.app', { name: 'app', ...LOGGED })], live: [asset.subnetwork('hosting-prod', 'europe-west9', 'app', { logConfig: { enable: true, aggregationInterval: 'INTERVAL_5_SEC', flowSampling: 0.5, metadata: 'INCLUDE_ALL_METADATA' }, enableFlowLogs: true })], at: { plan: 'google_compute_subnetwork.app', live: 'subnetworks/app' }, expect: { status: 'pass', messageId: 'flowLogs' } },
  { name: 'a subnetwork without flow logs', cloud: 'gcp', plan: [subnet('google_compute_subnetwork.app', { name: 'app' })], live: [asset.subnetwork('hosting-prod', 'europe-west9', 'app', {})], at: { plan: 'google_compute_subnetwork.app', live: 'subnetworks/app' }, expect: { status: 'fail', messageId: 'noFlowLogs' } },
]);

/**
 * The account-level controls of a live AWS account (README, "Account-level controls"): GuardDuty,
 * Security Hub and the Config recorder in every region read, through the real SDK clients against
 * the local server; and what a plan says of them.
 */
describe('AWS account-level detection controls', () => {
  const REGIONS = ['eu-west-3', 'us-east-1'];
  const account = (suffix: string) => `arn:aws:iam::${cfg.ACCOUNT}:root/${suffix}`;
  // GuardDuty and Security Hub are judged by threat-detection; the recorder, an audit trail of configuration changes, by log-retention.
  const controls = (findings: readonly Finding[]) =>
    Object.fromEntries(findings.filter((f) => ['threat-detection', 'log-retention'].includes(f.policy) && f.resource.nativeType === 'AWS::::Account' && f.resource.region !== 'global').map((f) => [f.resource.id.replace(/^.*:root\//, ''), { status: f.status, messageId: f.messageId, region: f.resource.region, data: f.data }]));
  async function scanWith(fixture: Partial<AwsFixture>, faults: Faults = {}) {
    const server = await startAwsServer({ callerAccount: cfg.ACCOUNT, items: [], ...fixture }, faults);
    try {
      return await scanAws(localOptions(server.url, { regions: REGIONS }));
    } finally {
      await server.close();
    }
  }

  it('passes the regions where GuardDuty, Security Hub and a recording recorder are', async () => {
    const report = await scanWith({ items: REGIONS.flatMap((region) => [cfg.guardDutyDetector({ id: `d-${region}`, enable: true, region }), cfg.securityHub({ region })]) });
    const got = controls(report.findings);
    for (const region of REGIONS) {
      expect(got[`guardduty/${region}`]).toMatchObject({ status: 'pass', messageId: 'presentIn', region, data: { service: 'GuardDuty', where: region } });
      expect(got[`securityhub/${region}`]).toMatchObject({ status: 'pass', messageId: 'presentIn', region, data: { service: 'Security Hub' } });
      expect(got[`config/${region}`]).toMatchObject({ status: 'pass', messageId: 'fine', region, data: { facts: [{ messageId: 'trailPresent', data: { trail: 'AWS Config recorder', where: region } }] } });
    }
    expect(report.incomplete).toEqual([]);
  });

  it('fails the account once per region read that lacks a control, naming the region', async () => {
    const report = await scanWith({ items: [cfg.guardDutyDetector({ id: 'd-paris', enable: true, region: 'eu-west-3' })], recorders: { [cfg.ACCOUNT]: { 'us-east-1': { recording: false } } } });
    const got = controls(report.findings);
    expect(got['guardduty/eu-west-3']).toMatchObject({ status: 'pass', messageId: 'presentIn' });
    expect(got['securityhub/eu-west-3']).toMatchObject({ status: 'fail', messageId: 'missingIn', region: 'eu-west-3', data: { service: 'Security Hub', where: 'eu-west-3' } });
    expect(got['config/eu-west-3']).toMatchObject({ status: 'pass' });
    // A recorder that is stopped fails, and what it does not record now is not known missing.
    expect(got['config/us-east-1']).toMatchObject({ status: 'fail', messageId: 'problems', region: 'us-east-1', data: { problems: [{ messageId: 'trailMissing', data: { trail: 'AWS Config recorder', where: 'us-east-1' } }] } });
    expect(got['guardduty/us-east-1']).toMatchObject({ status: 'unknown', messageId: 'presenceUnknown', region: 'us-east-1' });
    const f = report.findings.find((x) => x.resource.id === account('guardduty/us-east-1'))!;
    expect(f.settle).toContain('aws guardduty list-detectors --region us-east-1');
  });

  it('fails a region whose recorder records GuardDuty detectors and holds none; unknown where it does not record them', async () => {
    const report = await scanWith({
      recorders: { [cfg.ACCOUNT]: { 'eu-west-3': { recording: true, resourceTypes: ['AWS::GuardDuty::Detector', 'AWS::S3::Bucket'] }, 'us-east-1': { recording: true, exclude: ['AWS::GuardDuty::Detector'] } } },
    });
    const got = controls(report.findings);
    expect(got['guardduty/eu-west-3']).toMatchObject({ status: 'fail', messageId: 'missingIn', region: 'eu-west-3' });
    expect(got['securityhub/eu-west-3']).toMatchObject({ status: 'unknown', messageId: 'presenceUnknown' });
    expect(got['guardduty/us-east-1']).toMatchObject({ status: 'unknown', messageId: 'presenceUnknown' });
    expect(got['securityhub/us-east-1']).toMatchObject({ status: 'fail', messageId: 'missingIn', region: 'us-east-1' });
  });

  it('never judges a region that could not be read: it is reported incomplete instead', async () => {
    const report = await scanWith({}, { denyRegions: ['us-east-1'] });
    const got = controls(report.findings);
    expect(Object.keys(got).filter((k) => k.endsWith('/us-east-1'))).toEqual([]);
    expect(got['guardduty/eu-west-3']).toMatchObject({ status: 'fail', messageId: 'missingIn' });
    expect(report.incomplete.some((n) => n.message.includes('us-east-1'))).toBe(true);
  });

  it('a recorder that cannot be read leaves the region\'s controls unknown, never missing', async () => {
    const report = await scanWith({}, { deny: ['DescribeConfigurationRecorderStatus'] });
    const got = controls(report.findings);
    for (const region of REGIONS) {
      for (const c of ['guardduty', 'securityhub']) expect(got[`${c}/${region}`]).toMatchObject({ status: 'unknown', messageId: 'presenceUnknown' });
      expect(got[`config/${region}`]).toMatchObject({ status: 'unknown', messageId: 'unverified', data: { unknowns: [{ messageId: 'trailPresenceUnknown' }] } });
    }
  });

  it('shows the covering rules failed in the compliance matrix when GuardDuty is missing', async () => {
    const report = await scanWith({ items: [cfg.guardDutyDetector({ id: 'd-paris', enable: true, region: 'eu-west-3' })] });
    const m = buildMatrix(evidenceOfScan(report), undefined, 'en', { tool: TOOL, policies: BUILTIN_POLICIES.map((p) => p.meta), failOn: 'high' });
    for (const id of ['CLD-31', 'CLD-37']) {
      const rule = m.rules.find((r) => r.id === id)!;
      expect(rule.status, id).toBe('non-compliant');
      expect(JSON.stringify(rule.parts)).toContain('threat-detection/detection');
    }
  });

  it('a plan cannot prove a control missing: no finding on the account, and the matrix names the live scan that settles it', async () => {
    // An AWS plan without GuardDuty: it may be set up in another stack, so the plan is no evidence either way.
    const volume: FixtureResource = { address: 'aws_ebs_volume.data', values: { availability_zone: 'eu-west-3a', size: 10, encrypted: true }, unknown: { id: true } };
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cldscan-plan-controls-'));
    try {
      const file = path.join(dir, 'plan.json');
      writeFileSync(file, JSON.stringify(buildPlan([volume])));
      const report = await scan({ kinds: INPUT_KINDS, inputs: [file], sourceRoot: dir, settings: DEFAULT_SETTINGS, policies: BUILTIN_POLICIES, keepPasses: true });
      expect(report.findings.filter((f) => f.resource.nativeType === 'AWS::::Account')).toEqual([]);
      const m = buildMatrix(evidenceOfScan(report), undefined, 'en', { tool: TOOL, policies: BUILTIN_POLICIES.map((p) => p.meta), failOn: 'high' });
      const cell = m.rules.find((r) => r.id === 'CLD-37')!.parts.flatMap((p) => p.checks).find((c) => c.check === 'threat-detection/detection')!.bySource.terraform!;
      expect(cell).toMatchObject({ status: 'not-verified', reason: { id: 'checkNeedsLive' } });
      expect(cell.reason.text).toContain('cldscan scan --aws');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** Defender for Cloud on the subscription (README, "Account-level controls"): live through the real SDK clients, and from inventory files. */
/**
 * Amazon Inspector in every region read (README, "Account-level controls"): AWS Config does not
 * record it, so BatchGetAccountStatus (REST-JSON) is read through the real SDK client against the
 * local server; the vulnerability-scanning policy judges it on the account.
 */
describe('AWS account-level vulnerability scanning: Amazon Inspector', () => {
  const REGIONS = ['eu-west-3', 'us-east-1'];
  const inspector = (findings: readonly Finding[]) =>
    Object.fromEntries(findings.filter((f) => f.policy === 'vulnerability-scanning' && f.resource.nativeType === 'AWS::::Account').map((f) => [f.resource.region, { id: f.resource.id.replace(/^.*:root\//, ''), status: f.status, messageId: f.messageId, settle: f.settle, evidence: f.evidence }]));
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cldscan-inspector-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function scanWith(fixture: Partial<AwsFixture>, faults: Faults = {}, inventoryOut?: string) {
    const server = await startAwsServer({ callerAccount: cfg.ACCOUNT, items: [], ...fixture }, faults);
    try {
      const report = await scan({ kinds: INPUT_KINDS, inputs: [], live: [createAwsSource(localOptions(server.url, { regions: REGIONS }))], sourceRoot: dir, settings: DEFAULT_SETTINGS, policies: BUILTIN_POLICIES, keepPasses: true, ...(inventoryOut ? { inventoryOut } : {}) });
      return { report, calls: server.calls.filter((c) => c.operation === 'BatchGetAccountStatus') };
    } finally {
      await server.close();
    }
  }

  it('passes each region where Inspector scans EC2 instances and ECR images, asking for the caller\'s account there', async () => {
    const { report, calls } = await scanWith({});
    const got = inspector(report.findings);
    for (const region of REGIONS) expect(got[region]).toMatchObject({ id: `inspector/${region}`, status: 'pass', messageId: 'scanned', evidence: [{ path: 'resourceState.ec2.status', value: 'ENABLED' }, { path: 'resourceState.ecr.status', value: 'ENABLED' }] });
    expect(calls.map((c) => c.region).sort()).toEqual(REGIONS);
    expect(calls.every((c) => JSON.stringify(c.body.accountIds) === JSON.stringify([cfg.ACCOUNT]))).toBe(true);
  });

  it('fails the account in a region where EC2 or ECR scanning is not enabled, naming the region', async () => {
    const { report } = await scanWith({ inspector: { [cfg.ACCOUNT]: { 'us-east-1': { ec2: 'DISABLED', ecr: 'ENABLED' }, 'eu-west-3': { ec2: 'ENABLED', ecr: 'SUSPENDED' } } } });
    const got = inspector(report.findings);
    expect(got['us-east-1']).toMatchObject({ status: 'fail', messageId: 'notScanned', evidence: [{ path: 'resourceState.ec2.status', value: 'DISABLED' }, { value: 'ENABLED' }] });
    expect(got['eu-west-3']).toMatchObject({ status: 'fail', messageId: 'notScanned', evidence: [{ value: 'ENABLED' }, { path: 'resourceState.ecr.status', value: 'SUSPENDED' }] });
    expect(report.findings.find((f) => f.resource.id.endsWith('/inspector/us-east-1'))!.data).toMatchObject({ target: expect.stringContaining('us-east-1') });
  });

  it('a refused call leaves the region unknown, with the command that settles it and a warning, never a failure', async () => {
    const { report } = await scanWith({}, { deny: ['BatchGetAccountStatus'] });
    const got = inspector(report.findings);
    for (const region of REGIONS) {
      expect(got[region]).toMatchObject({ status: 'unknown', messageId: 'unverified' });
      expect(got[region]!.settle).toContain(`aws inspector2 batch-get-account-status --region ${region}`);
      expect(report.notifications.some((n) => n.level === 'warning' && n.message.includes(`Inspector's status in ${region}`) && n.message.includes('AccessDeniedException'))).toBe(true);
    }
    // The other controls of the region are still read and judged.
    expect(report.findings.find((f) => f.resource.id.endsWith('/config/eu-west-3'))!.status).toBe('pass');
    expect(report.incomplete).toEqual([]);
  });

  it('an --inventory-out file read back offline gives the same Inspector verdicts', async () => {
    const file = path.join(dir, 'inventory.jsonl');
    const { report: live } = await scanWith({ inspector: { [cfg.ACCOUNT]: { 'us-east-1': { ec2: 'DISABLED', ecr: 'DISABLED' } } } }, {}, file);
    const offline = await scan({ kinds: INPUT_KINDS, inputs: [file], sourceRoot: dir, settings: DEFAULT_SETTINGS, policies: BUILTIN_POLICIES, keepPasses: true });
    expect(inspector(live.findings)).toMatchObject({ 'eu-west-3': { status: 'pass' }, 'us-east-1': { status: 'fail' } });
    expect(inspector(offline.findings)).toEqual(inspector(live.findings));
  });

  it('an edited Inspector state in the account record is left unjudged, the rest of the file still read', async () => {
    const file = path.join(dir, 'edited.jsonl');
    await scanWith({}, {}, file);
    const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
    const edited = lines.map((l) => (l.includes('cldscanAccountFacts') ? l.replace(/"inspector":\{[^}]*\}/g, '"inspector":5') : l));
    expect(edited).not.toEqual(lines);
    writeFileSync(file, edited.join('\n') + '\n');
    const offline = await scan({ kinds: INPUT_KINDS, inputs: [file], sourceRoot: dir, settings: DEFAULT_SETTINGS, policies: BUILTIN_POLICIES, keepPasses: true });
    expect(inspector(offline.findings)).toEqual({});
    expect(offline.findings.find((f) => f.resource.id.endsWith('/config/eu-west-3'))!.status).toBe('pass');
  });
});

/**
 * The account-level controls of the accounts read through an AWS Config aggregator (README,
 * "Account-level controls"): judged from the aggregator's items and its source status, with
 * Inspector's status of the members, through the real SDK clients against the local server.
 */
describe('AWS account-level controls through a Config aggregator', () => {
  const MEMBER = cfg.OTHER_ACCOUNT;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cldscan-aggregator-controls-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // `account:control/region` → verdict, for the controls of threat-detection, log-retention (the recorder) and vulnerability-scanning (Inspector).
  const controls = (findings: readonly Finding[]) =>
    Object.fromEntries(
      findings
        .filter((f) => ['threat-detection', 'log-retention', 'vulnerability-scanning'].includes(f.policy) && f.resource.nativeType === 'AWS::::Account' && f.resource.region !== 'global')
        .map((f) => [f.resource.id.replace(/^arn:aws:iam::(\d+):root\//, '$1:'), { status: f.status, messageId: f.messageId, region: f.resource.region, settle: f.settle, data: f.data }]),
    );
  // The member: eu-west-3 collected, with its recorder item and GuardDuty; eu-central-1 collected, no recorder item; ap-southeast-2 failed; us-east-1 outdated (a detector there all the same).
  const organisation = (o: Partial<AwsFixture> = {}): AwsFixture => ({
    callerAccount: cfg.ACCOUNT,
    items: [
      cfg.volume({ id: 'vol-0caller', region: 'eu-west-3' }),
      cfg.volume({ account: MEMBER, id: 'vol-0paris', region: 'eu-west-3' }),
      cfg.configurationRecorder({ account: MEMBER, region: 'eu-west-3', recording: true }),
      cfg.guardDutyDetector({ account: MEMBER, id: 'd-member-paris', enable: true, region: 'eu-west-3' }),
      cfg.volume({ account: MEMBER, id: 'vol-0frankfurt', region: 'eu-central-1' }),
      cfg.guardDutyDetector({ account: MEMBER, id: 'd-member-virginia', enable: true, region: 'us-east-1' }),
    ],
    aggregator: {
      name: 'org-aggregator',
      sources: [
        { accountId: MEMBER, region: 'ap-southeast-2', status: 'FAILED', code: 'AccessDeniedException' },
        { accountId: MEMBER, region: 'us-east-1', status: 'OUTDATED' },
      ],
    },
    ...o,
  });
  async function scanOrg(fixture: AwsFixture, inventoryOut?: string) {
    const server = await startAwsServer(fixture);
    try {
      const report = await scan({ kinds: INPUT_KINDS, inputs: [], live: [createAwsSource(localOptions(server.url, { aggregator: 'org-aggregator' }))], sourceRoot: dir, settings: DEFAULT_SETTINGS, policies: BUILTIN_POLICIES, keepPasses: true, ...(inventoryOut ? { inventoryOut } : {}) });
      return { report, inspectorCalls: server.calls.filter((c) => c.operation === 'BatchGetAccountStatus') };
    } finally {
      await server.close();
    }
  }

  it('passes a member\'s control the aggregator holds; fails one it lacks where the member\'s recorder item says it records the type', async () => {
    const { report } = await scanOrg(organisation());
    const got = controls(report.findings);
    expect(got[`${MEMBER}:guardduty/eu-west-3`]).toMatchObject({ status: 'pass', messageId: 'presentIn', region: 'eu-west-3', data: { service: 'GuardDuty', where: 'eu-west-3' } });
    expect(got[`${MEMBER}:securityhub/eu-west-3`]).toMatchObject({ status: 'fail', messageId: 'missingIn', region: 'eu-west-3', data: { service: 'Security Hub', where: 'eu-west-3' } });
    expect(got[`${MEMBER}:config/eu-west-3`]).toMatchObject({ status: 'pass', messageId: 'fine', data: { facts: [{ messageId: 'trailPresent', data: { trail: 'AWS Config recorder', where: 'eu-west-3' } }] } });
  });

  it('without the member\'s recorder item, an absent control and the recorder are unknown, with what settles them', async () => {
    const { report } = await scanOrg(organisation());
    const got = controls(report.findings);
    for (const c of ['guardduty', 'securityhub']) expect(got[`${MEMBER}:${c}/eu-central-1`]).toMatchObject({ status: 'unknown', messageId: 'presenceUnknown', region: 'eu-central-1' });
    expect(got[`${MEMBER}:guardduty/eu-central-1`]!.settle).toContain('aws guardduty list-detectors --region eu-central-1');
    expect(got[`${MEMBER}:config/eu-central-1`]).toMatchObject({ status: 'unknown', messageId: 'unverified', data: { unknowns: [{ messageId: 'trailPresenceUnknown' }] } });
    expect(got[`${MEMBER}:config/eu-central-1`]!.settle).toContain('describe-configuration-recorder-status --region eu-central-1');
  });

  it('never judges a failed source, and never passes an outdated one, even on a detector it holds', async () => {
    const { report } = await scanOrg(organisation());
    const got = controls(report.findings);
    expect(Object.keys(got).filter((k) => k.endsWith('/ap-southeast-2'))).toEqual([]);
    expect(report.incomplete.some((n) => n.scope === `aws/${MEMBER}/ap-southeast-2`)).toBe(true);
    for (const c of ['guardduty', 'securityhub']) expect(got[`${MEMBER}:${c}/us-east-1`]).toMatchObject({ status: 'unknown', messageId: 'presenceUnknown' });
    expect(got[`${MEMBER}:config/us-east-1`]).toMatchObject({ status: 'unknown' });
    expect(report.notifications.some((n) => n.level === 'warning' && n.category === `aws/${MEMBER}` && n.message.includes('us-east-1') && n.message.includes('not the latest'))).toBe(true);
  });

  it('a stopped recorder fails, and what it no longer records is not known missing', async () => {
    const f = organisation();
    f.items = f.items.map((i) => (i.resourceType === 'AWS::Config::ConfigurationRecorder' ? cfg.configurationRecorder({ account: MEMBER, region: 'eu-west-3', recording: false }) : i));
    const got = controls((await scanOrg(f)).report.findings);
    expect(got[`${MEMBER}:config/eu-west-3`]).toMatchObject({ status: 'fail', messageId: 'problems', data: { problems: [{ messageId: 'trailMissing' }] } });
    expect(got[`${MEMBER}:guardduty/eu-west-3`]).toMatchObject({ status: 'pass' });
    expect(got[`${MEMBER}:securityhub/eu-west-3`]).toMatchObject({ status: 'unknown', messageId: 'presenceUnknown' });
  });

  it('reads Inspector for the members, 10 accounts a call: unknown with a warning when the caller is not their delegated administrator, judged when it is', async () => {
    const denied = await scanOrg(organisation());
    let got = controls(denied.report.findings);
    expect(got[`${MEMBER}:inspector/eu-west-3`]).toMatchObject({ status: 'unknown', messageId: 'unverified' });
    expect(got[`${MEMBER}:inspector/eu-west-3`]!.settle).toContain('aws inspector2 batch-get-account-status --region eu-west-3');
    expect(got[`${cfg.ACCOUNT}:inspector/eu-west-3`]).toMatchObject({ status: 'pass', messageId: 'scanned' });
    expect(denied.report.notifications.filter((n) => n.category === `aws/${MEMBER}` && n.message.includes('ACCESS_DENIED'))).toHaveLength(1);
    const paris = denied.inspectorCalls.filter((c) => c.region === 'eu-west-3');
    expect(paris).toHaveLength(1);
    expect([...(paris[0]!.body.accountIds as string[])].sort()).toEqual([cfg.ACCOUNT, MEMBER]);
    // Inspector is not asked where the aggregator's collection failed.
    expect(denied.inspectorCalls.some((c) => c.region === 'ap-southeast-2')).toBe(false);

    const admin = await scanOrg(organisation({ inspectorMembers: [MEMBER], inspector: { [MEMBER]: { 'eu-central-1': { ec2: 'DISABLED', ecr: 'ENABLED' } } } }));
    got = controls(admin.report.findings);
    expect(got[`${MEMBER}:inspector/eu-west-3`]).toMatchObject({ status: 'pass', messageId: 'scanned' });
    expect(got[`${MEMBER}:inspector/eu-central-1`]).toMatchObject({ status: 'fail', messageId: 'notScanned', region: 'eu-central-1' });
  });

  it('an --inventory-out file read back offline gives the members\' control verdicts the live scan gave', async () => {
    const file = path.join(dir, 'org.jsonl');
    const { report: live } = await scanOrg(organisation(), file);
    const offline = await scan({ kinds: INPUT_KINDS, inputs: [file], sourceRoot: dir, settings: DEFAULT_SETTINGS, policies: BUILTIN_POLICIES, keepPasses: true });
    const strip = (c: ReturnType<typeof controls>) => Object.fromEntries(Object.entries(c).map(([k, v]) => [k, { status: v.status, messageId: v.messageId }]));
    expect(Object.keys(controls(live.findings))).toContain(`${MEMBER}:securityhub/eu-west-3`);
    expect(strip(controls(offline.findings))).toEqual(strip(controls(live.findings)));
  });
});

describe('Azure account-level detection: a Defender plan on for the subscription', () => {
  const available = hasOpenssl('live Azure account-level controls');
  let cert: TestCertificate;
  beforeAll(() => {
    if (available) cert = makeTestCertificate();
  });
  afterAll(() => cert?.dispose());
  const subscriptionVerdict = async (pricings: ReturnType<typeof arm.pricing>[]) => {
    const estate = arm.policySubscription(arm.SUB_A);
    const run = await runLive(cert, arm.fixtureOf({ sub: arm.SUB_A, data: { ...estate.data, pricings }, arm: estate.arm }), { subscriptions: [arm.SUB_A], managementGroups: [] });
    const sub = run.items.find((i) => i.resource.nativeType === SUBSCRIPTION_TYPE)!.resource;
    return runPolicy(threatDetection, [sub]).get(sub.id);
  };

  it.skipIf(!available)('live: passes with a Standard plan, fails the subscription when every plan is Free or none is listed', async () => {
    expect(await subscriptionVerdict([arm.pricing(arm.SUB_A, 'KeyVaults', 'Standard'), arm.pricing(arm.SUB_A, 'SqlServers', 'Free')])).toMatchObject({ status: 'pass', messageId: 'presentIn', data: { service: 'Microsoft Defender for Cloud', where: 'the subscription' } });
    expect(await subscriptionVerdict([arm.pricing(arm.SUB_A, 'VirtualMachines', 'Free'), arm.pricing(arm.SUB_A, 'SqlServers', 'Free')])).toMatchObject({ status: 'fail', messageId: 'missingIn', data: { where: 'the subscription' } });
    expect(await subscriptionVerdict([])).toMatchObject({ status: 'fail', messageId: 'missingIn' });
  });

  it('a file without the subscription\'s plans (a Graph export of resources) cannot tell: unknown, with what settles it', () => {
    const r = azureVerdict('threat-detection', arm.subscription(arm.SUB_A));
    expect(r).toMatchObject({ status: 'unknown', messageId: 'presenceUnknown' });
    expect(String(r?.settle)).toContain('az security pricing list');
  });

});

/**
 * Security Command Center on each project: read live from the Security Command Center Management
 * API (the local server speaks it next to Cloud Asset Inventory), kept in --inventory-out; a file
 * without it cannot tell.
 */
describe('GCP account-level detection: Security Command Center', () => {
  const ORG_SCOPE = 'organizations/998877665544';
  /** The shared estate, its third project with an IAM policy too (the record the verdict is on). */
  const sccEstate = () => estate().map((a) => (a.assetType === 'cloudresourcemanager.googleapis.com/Project' && !a.iamPolicy ? { ...a, iamPolicy: { version: 1, etag: 'BwYc2o0EvD4=', bindings: [] } } : a));
  /** Each project's Security Command Center verdict (judged on its IAM policy record), and what the run reported. */
  async function sccVerdicts(securityCenter: GcpServerOptions['securityCenter'], scopes = [ORG_SCOPE]) {
    const server = await startGcpServer({ token: TOKEN, projects: PROJECTS, assets: sccEstate(), securityCenter });
    try {
      const out = await run(gcpSource(server, { scopes }));
      const projects = out.items.map((i) => i.resource).filter((r) => r.facets.detection?.service === 'Security Command Center');
      return { verdicts: new Map(projects.map((r) => [r.source.scope!, runPolicy(threatDetection, [r]).get(r.id)])), out, requests: server.requests };
    } finally {
      await server.close();
    }
  }

  it('passes a project where a detection service is enabled; fails one where none is, or where findings are only ingested', async () => {
    const off = (p: string) => [sccService(p, 'event-threat-detection', 'DISABLED', 'DISABLED'), sccService(p, 'security-health-analytics', 'DISABLED'), sccService(p, 'web-security-scanner', 'ENABLED')];
    const { verdicts, out } = await sccVerdicts({ 'hosting-data': off(PROJECTS['hosting-data']), 'hosting-denied': [sccService(PROJECTS['hosting-denied'], 'event-threat-detection', 'INGEST_ONLY')] });
    expect(verdicts.get('hosting-prod')).toMatchObject({ status: 'pass', messageId: 'presentIn', data: { where: 'the project' } });
    expect(verdicts.get('hosting-data')).toMatchObject({ status: 'fail', messageId: 'missingIn', data: { service: 'Security Command Center', where: 'the project' } });
    expect(verdicts.get('hosting-data')?.evidence).toContainEqual({ path: 'securityCenterServices', value: 'DISABLED', note: 'event-threat-detection' });
    expect(verdicts.get('hosting-denied')).toMatchObject({ status: 'fail', messageId: 'missingIn' });
    expect(out.notes).toEqual([]);
  });

  it('a project whose services cannot be read (permission denied, API not enabled) is unknown with what settles it, and the run says so', async () => {
    const { verdicts, out } = await sccVerdicts({ 'hosting-data': 403, 'hosting-denied': 404 });
    expect(verdicts.get('hosting-prod')).toMatchObject({ status: 'pass' });
    for (const p of ['hosting-data', 'hosting-denied']) {
      expect(verdicts.get(p), p).toMatchObject({ status: 'unknown', messageId: 'presenceUnknown' });
      expect(String(verdicts.get(p)?.settle)).toContain('gcloud scc manage services list');
    }
    expect(out.notes).toEqual([expect.objectContaining({ level: 'warning', scope: ORG_SCOPE, message: expect.stringContaining('2 project(s)') })]);
    expect(out.notes[0]!.message).toContain('securitycentermanagement.securityCenterServices.list');
  });

  it('throttling and unavailability are retried like the asset listings', async () => {
    const server = await startGcpServer({ token: TOKEN, projects: PROJECTS, assets: estate(), securityCenterFaults: [{ project: 'hosting-prod', status: 429, times: 1 }, { project: 'hosting-prod', status: 503, times: 1 }] });
    try {
      const out = await run(gcpSource(server, { scopes: ['projects/hosting-prod'] }));
      const r = out.items.map((i) => i.resource).find((x) => x.facets.detection?.service === 'Security Command Center');
      expect(r?.facets.detection?.enabled).toBe('yes');
      expect(out.notes).toEqual([]);
      expect(server.sccRequests).toEqual([{ project: 'hosting-prod', status: 429 }, { project: 'hosting-prod', status: 503 }, { project: 'hosting-prod', status: 200 }]);
    } finally {
      await server.close();
    }
  });

  it('a list never answered is abandoned after --request-timeout, retried, then left unknown; the rest of the scope is read', async () => {
    const server = await startGcpServer({ token: TOKEN, projects: PROJECTS, assets: sccEstate(), securityCenterFaults: [{ project: 'hosting-prod', status: 0, times: Infinity }] });
    try {
      const notes: Notification[] = [];
      const items: LiveItem[] = [];
      const ctx: LiveContext = {
        concurrency: 2,
        notify: (n) => notes.push(n),
        covered: () => undefined,
        progress: { advance: () => undefined, finish: () => undefined, close: () => undefined },
        limits: { ...DEFAULT_LIVE_LIMITS, requestTimeoutMs: 300, deadlineMs: 20_000 },
      };
      for await (const item of gcpSource(server, { scopes: ['projects/hosting-prod'] }).scan(ctx)) items.push(item);
      const r = items.map((i) => i.resource).find((x) => x.facets.detection?.service === 'Security Command Center');
      expect(r?.facets.detection?.enabled).toBe('unknown');
      // Three tries: the test source sets its attempts to 3, as it does for the listings.
      expect(server.sccRequests).toHaveLength(3);
      expect(notes).toEqual([expect.objectContaining({ level: 'warning', message: expect.stringContaining('1 project(s)') })]);
      // The project's IAM policy, listed after, was read: its identity is judged.
      expect(items.some((i) => i.resource.facets.identity)).toBe(true);
    } finally {
      await server.close();
    }
  });

  it('--inventory-out keeps what was read: the offline rescan gives the same verdicts', async () => {
    const server = await startGcpServer({ token: TOKEN, projects: PROJECTS, assets: sccEstate(), securityCenter: { 'hosting-data': [sccService(PROJECTS['hosting-data'], 'event-threat-detection', 'DISABLED')], 'hosting-denied': 403 } });
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cldscan-scc-out-'));
    try {
      const file = path.join(dir, 'inventory.jsonl');
      const common = { kinds: INPUT_KINDS, sourceRoot: dir, settings: DEFAULT_SETTINGS, policies: [threatDetection], keepPasses: true };
      const live = await scan({ ...common, inputs: [], live: [gcpSource(server, { scopes: [ORG_SCOPE] })], inventoryOut: file });
      const offline = await scan({ ...common, inputs: [file] });
      const told = (fs: Finding[]) => fs.filter((f) => f.resource.nativeType === 'cloudresourcemanager.googleapis.com/Project').map((f) => `${f.resource.id} ${f.status} ${f.messageId}`).sort();
      expect(told(live.findings).map((x) => x.split(' ')[1])).toEqual(expect.arrayContaining(['pass', 'fail', 'unknown']));
      expect(told(offline.findings)).toEqual(told(live.findings));
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await server.close();
    }
  });

  it('a file without the services (a Cloud Asset Inventory export) is unknown on the project, with what settles it', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cldscan-scc-'));
    try {
      const file = path.join(dir, 'assets.json');
      writeFileSync(file, JSON.stringify([gcpProject('hosting-prod', { version: 1, bindings: [{ role: 'roles/viewer', members: ['group:audit@example.com'] }] })]));
      const read = await readInputs([file], INPUT_KINDS, readContext(dir));
      const r = read.resources.find((x) => x.facets.detection)!;
      expect(r.facets.detection).toMatchObject({ service: 'Security Command Center', where: 'the project', enabled: 'unknown' });
      const result = runPolicy(threatDetection, [r]).get(r.id);
      expect(result).toMatchObject({ status: 'unknown', messageId: 'presenceUnknown' });
      expect(String(result?.settle)).toContain('Security Command Center');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
