/**
 * Detection (the `detection`, `flowLog` and `vulnerabilityScan` facets) from Config items:
 * GuardDuty detectors (`Enable`; malware protection is not in the detector's item), VPC flow logs
 * (`AWS::EC2::FlowLog` items read before the VPCs, or the VPC_FLOW_LOGS_ENABLED rule), ECR scan
 * on push (or the ECR_PRIVATE_IMAGE_SCANNING_ENABLED rule: registry-level enhanced scanning is
 * not in the repository's item).
 */
import type { DetectionFacet, FlowLogFacet, VulnerabilityScanFacet } from '../../src/model/facets.js';
import { conf, text, truthy, type ConfigItem } from './ci.js';
import { ev, type BuildContext } from './context.js';
import { ruleEvidence, type AccountFacts } from './facts.js';

function guardDuty(ctx: BuildContext): DetectionFacet {
  const enable = conf(ctx.item, 'Enable');
  return {
    service: 'GuardDuty',
    enabled: truthy(enable) ?? 'unknown',
    malwareProtection: 'unknown',
    evidence: [ev(enable), { path: 'configuration.Features', value: null, note: 'malware protection is not part of the detector\'s Config item' }],
  };
}

/** A flow log item: the resource it records (`region/vpc-…`). */
export function absorbFlowLog(item: ConfigItem, facts: AccountFacts): void {
  const region = item.awsRegion ?? '';
  facts.flowLogRegions.add(region);
  const target = text(conf(item, 'resourceId'));
  const status = text(conf(item, 'flowLogStatus'));
  if (target && status !== 'INACTIVE') facts.flowLogTargets.add(`${region}/${target}`);
}

/**
 * A VPC records its traffic when a flow log item targets it. Without one: the VPC_FLOW_LOGS_ENABLED
 * result if the rule evaluated it; else no when flow logs are recorded in the region (the type is
 * recorded, and none is for this VPC), unknown when no flow log at all was read there.
 */
function vpcFlowLog(ctx: BuildContext): FlowLogFacet {
  const label = 'VPC';
  const id = text(conf(ctx.item, 'vpcId')) ?? ctx.item.resourceId;
  const region = ctx.item.awsRegion ?? '';
  if (id && ctx.facts.flowLogTargets.has(`${region}/${id}`)) return { label, enabled: 'yes', evidence: [{ path: 'AWS::EC2::FlowLog', note: 'a flow log records the VPC' }] };
  const rule = ctx.facts.ruleResult('VPC_FLOW_LOGS_ENABLED', id);
  if (rule) return { label, enabled: rule.compliance === 'COMPLIANT' ? 'yes' : 'no', evidence: [ruleEvidence(rule)] };
  if (ctx.facts.flowLogRegions.has(region)) return { label, enabled: 'no', evidence: [{ path: 'AWS::EC2::FlowLog', value: null, note: 'no flow log of the region records the VPC' }] };
  return {
    label,
    enabled: 'unknown',
    evidence: [{ path: 'AWS::EC2::FlowLog', value: null, note: 'no flow log recorded by AWS Config in the region' }],
    settle: 'the flow logs of the VPC (aws ec2 describe-flow-logs), or the VPC_FLOW_LOGS_ENABLED rule: AWS Config may not record AWS::EC2::FlowLog',
  };
}

function ecrRepository(ctx: BuildContext): VulnerabilityScanFacet {
  const label = 'ECR repository';
  const push = conf(ctx.item, 'ImageScanningConfiguration.ScanOnPush');
  if (truthy(push) === 'yes') return { label, enabled: 'yes', evidence: [ev(push)] };
  const name = text(conf(ctx.item, 'RepositoryName')) ?? ctx.item.resourceName ?? ctx.item.resourceId;
  const rule = ctx.facts.ruleResult('ECR_PRIVATE_IMAGE_SCANNING_ENABLED', name, ctx.item.awsRegion);
  if (rule) return { label, enabled: rule.compliance === 'COMPLIANT' ? 'yes' : 'no', evidence: [ev(push), ruleEvidence(rule)] };
  return {
    label,
    enabled: 'unknown',
    evidence: [ev(push, { note: truthy(push) === 'no' ? 'scan on push is off; registry-level scanning is not in the Config item' : 'not in the configuration item' })],
    settle: 'the registry scanning configuration (aws ecr get-registry-scanning-configuration), or the ECR_PRIVATE_IMAGE_SCANNING_ENABLED rule',
  };
}

export const DETECTION: Readonly<Record<string, (ctx: BuildContext) => DetectionFacet | undefined>> = {
  'AWS::GuardDuty::Detector': guardDuty,
};

export const FLOW_LOG: Readonly<Record<string, (ctx: BuildContext) => FlowLogFacet | undefined>> = {
  'AWS::EC2::VPC': vpcFlowLog,
};

export const VULNERABILITY_SCAN: Readonly<Record<string, (ctx: BuildContext) => VulnerabilityScanFacet | undefined>> = {
  'AWS::ECR::Repository': ecrRepository,
};
