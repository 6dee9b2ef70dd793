/**
 * Detection (the `detection`, `flowLog` and `vulnerabilityScan` facets): GuardDuty detectors and
 * their EBS malware protection, VPC flow logs, and ECR image scanning (scan on push, registry
 * scanning rules, Amazon Inspector).
 */
import type { DetectionFacet, Evidence, FlowLogFacet, Truth, VulnerabilityScanFacet } from '../../../src/model/facets.js';
import type { Builder, BuilderTable } from '../../terraform/builder-types.js';
import { setting } from '../../terraform/tf-resource.js';
import { evidence, flag, fromResource, settingBlocks, strings, text } from './values.js';

/**
 * GuardDuty detector: `enable` defaults to true. Malware protection for EC2 (scans of EBS volumes
 * when a finding suggests malware) is the `EBS_MALWARE_PROTECTION` feature
 * (`aws_guardduty_detector_feature`) or the older `datasources.malware_protection` block; when
 * neither is in the plan it depends on how the account was set up, so it stays unknown.
 */
const guardDuty: Builder<DetectionFacet> = (r, ctx) => {
  const service = 'GuardDuty';
  const enable = flag(r, 'enable');
  const enabled: Truth = enable.truth === 'unset' ? 'yes' : enable.truth;
  const ev: Evidence[] = [evidence(r, enable.attr)];
  let malware: Truth = 'unknown';
  const features = ctx.links.sources(r, 'aws_guardduty_detector_feature', 'detector_id').filter((f) => {
    const name = text(f, 'name');
    return name.state !== 'known' || name.value === 'EBS_MALWARE_PROTECTION';
  });
  for (const f of features) {
    const status = text(f, 'status');
    ev.push(evidence(f, status, { safe: true, from: f }));
    if (status.state === 'known') malware = status.value === 'ENABLED' ? 'yes' : 'no';
  }
  if (features.length === 0) {
    const legacy = flag(r, 'datasources[0].malware_protection[0].scan_ec2_instance_with_findings[0].ebs_volumes[0].enable');
    if (legacy.truth === 'yes' || legacy.truth === 'no') malware = legacy.truth;
    ev.push(evidence(r, legacy.attr, legacy.truth === 'unset' ? { note: 'not in this plan: depends on how the account was set up' } : {}));
  }
  return { service, enabled, malwareProtection: malware, evidence: ev };
};

/**
 * A VPC records its traffic when an `aws_flow_log` of this plan targets it (`vpc_id`). A flow log
 * whose VPC cannot be told at plan time (through a local or module output) leaves the VPCs of its
 * module unknown rather than failed.
 */
const vpc: Builder<FlowLogFacet> = (r, ctx) => {
  const label = 'VPC';
  const logs = ctx.links.sources(r, 'aws_flow_log', 'vpc_id');
  if (logs.length) {
    const log = logs[0]!;
    const traffic = text(log, 'traffic_type');
    return { label, enabled: 'yes', evidence: [fromResource(log, 'vpc_id', 'flow log of the VPC'), evidence(log, traffic, { safe: true, from: log })] };
  }
  const unresolved = ctx.links.ofType('aws_flow_log').filter((l) => {
    if (l.moduleInstance !== r.moduleInstance) return false;
    const id = setting(l, 'vpc_id');
    return id.state === 'unknown' && ctx.links.targets(l, 'vpc_id').length === 0;
  });
  if (unresolved.length) {
    return { label, enabled: 'unknown', evidence: [fromResource(unresolved[0]!, 'vpc_id', 'flow log whose VPC is known only after apply')], settle: 'which VPC the flow logs of this module record' };
  }
  return { label, enabled: 'no', evidence: [{ path: 'aws_flow_log', value: null, note: 'no flow log in this plan records the VPC' }] };
};

/** `prod-*` style filters of registry scanning rules. */
function wildcard(filter: string, name: string): boolean {
  const re = new RegExp(`^${filter.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(name);
}

/**
 * ECR repository: scanned when `image_scanning_configuration.scan_on_push` is on, when a registry
 * scanning rule of this plan matches its name, or when Amazon Inspector scans ECR for the account
 * (`aws_inspector2_enabler` with `ECR`). Otherwise images are not scanned.
 */
const ecrRepository: Builder<VulnerabilityScanFacet> = (r, ctx) => {
  const label = 'ECR repository';
  const push = flag(r, 'image_scanning_configuration[0].scan_on_push');
  const ev: Evidence[] = [evidence(r, push.attr)];
  if (push.truth === 'yes') return { label, enabled: 'yes', evidence: ev };
  for (const enabler of ctx.links.ofType('aws_inspector2_enabler')) {
    const types = setting(enabler, 'resource_types');
    if (types.state === 'known' && strings(types).includes('ECR')) return { label, enabled: 'yes', evidence: [fromResource(enabler, 'resource_types', 'Amazon Inspector scans ECR images')] };
  }
  const name = text(r, 'name');
  let unknown = push.truth === 'unknown';
  for (const registry of ctx.links.ofType('aws_ecr_registry_scanning_configuration')) {
    const rules = settingBlocks(registry, 'rule');
    if (rules === 'unknown') {
      unknown = true;
      continue;
    }
    for (let i = 0; i < rules.length; i++) {
      const filters = settingBlocks(registry, `rule[${i}].repository_filter`);
      if (filters === 'unknown') {
        unknown = true;
        continue;
      }
      for (let j = 0; j < filters.length; j++) {
        const f = text(registry, `rule[${i}].repository_filter[${j}].filter`);
        if (f.state !== 'known' || name.state !== 'known') {
          unknown = true;
          continue;
        }
        if (wildcard(String(f.value), String(name.value))) {
          return { label, enabled: 'yes', evidence: [fromResource(registry, `rule[${i}].repository_filter[${j}].filter`, 'a registry scanning rule matches the repository')] };
        }
      }
    }
  }
  if (unknown) return { label, enabled: 'unknown', evidence: ev, settle: 'the scan on push setting of the repository, or the registry scanning rules, once applied' };
  return { label, enabled: 'no', evidence: [{ ...ev[0]!, note: push.truth === 'unset' ? 'not set: images are not scanned on push' : 'images are not scanned on push' }] };
};

/**
 * Amazon Inspector for the accounts of an `aws_inspector2_enabler`: instance vulnerability scanning
 * is on only when `EC2` is among its resource types (turning it on for ECR or Lambda alone leaves
 * the instances unscanned).
 */
const inspector: Builder<VulnerabilityScanFacet> = (r) => {
  const label = 'Amazon Inspector (EC2 instances)';
  const types = setting(r, 'resource_types');
  if (types.state === 'unknown') return { label, enabled: 'unknown', evidence: [evidence(r, types)], settle: 'the resource types Amazon Inspector scans, once applied' };
  const ec2 = strings(types).includes('EC2');
  return { label, enabled: ec2 ? 'yes' : 'no', evidence: [evidence(r, types, { note: ec2 ? 'EC2 instances are scanned' : 'EC2 is not among the scanned resource types' })] };
};

export const detectionTable: BuilderTable = {
  detection: {
    aws_guardduty_detector: guardDuty,
  },
  flowLog: {
    aws_vpc: vpc,
    aws_default_vpc: vpc,
  },
  vulnerabilityScan: {
    aws_ecr_repository: ecrRepository,
    aws_inspector2_enabler: inspector,
  },
};
