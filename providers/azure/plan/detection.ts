import { allOf, anyOf, type DetectionFacet, type Evidence, type FlowLogFacet, type Truth, type VulnerabilityScanFacet } from '../../../src/model/facets.js';
import type { BuildContext, BuilderTable } from '../../terraform/builder-types.js';
import type { Links } from '../../terraform/links.js';
import { blocks, type TfResource } from '../../terraform/tf-resource.js';
import { ev, evFrom, readBool, readEnum, sameResourceGroup } from './values.js';
import { DEFENDER_PLANS } from '../knowledge/defender.js';

/**
 * Microsoft Defender for Cloud plans (`azurerm_security_center_subscription_pricing`), network
 * flow logs (`azurerm_network_watcher_flow_log`) and the vulnerability scanning of container
 * registries.
 *
 * Four plans are judged for detection, the ones the rule names: servers (VirtualMachines),
 * storage (StorageAccounts, with on-upload malware scanning), SQL (SqlServers) and containers
 * (Containers). Servers and Containers also carry vulnerability assessment (Microsoft Defender
 * Vulnerability Management for machines, image scanning for registries).
 */


function planOf(r: TfResource): { name: string | 'unknown'; attr: ReturnType<typeof readEnum>['attr'] } {
  // resource_type defaults to VirtualMachines.
  const t = readEnum(r, 'resource_type', 'VirtualMachines');
  return { name: t.value === undefined ? 'virtualmachines' : t.value.toLowerCase(), attr: t.attr };
}

function tierOf(r: TfResource): Truth {
  const tier = readEnum(r, 'tier', undefined);
  return tier.value === undefined || tier.value === 'unknown' ? 'unknown' : /^standard$/i.test(tier.value) ? 'yes' : 'no';
}

/** Whether an extension (`extension { name = … }`) of the plan is listed: listed extensions are on. */
function extensionOn(r: TfResource, name: string): Truth {
  const list = blocks(r, 'extension');
  if (list === 'unknown') return 'unknown';
  return list.some((e) => typeof e.name === 'string' && e.name.toLowerCase() === name.toLowerCase()) ? 'yes' : 'no';
}

function pricingDetection(r: TfResource): DetectionFacet | undefined {
  const plan = planOf(r);
  const service = plan.name === 'unknown' ? undefined : DEFENDER_PLANS[plan.name];
  if (!service) return undefined;
  const enabled = tierOf(r);
  const out: DetectionFacet = { service, enabled, evidence: [ev(r, plan.attr, { safe: true }), ev(r, 'tier', { safe: true })] };
  if (plan.name === 'storageaccounts' && enabled === 'yes') {
    // Malware scanning on upload exists only in the per-storage-account plan (DefenderForStorageV2).
    const sub = readEnum(r, 'subplan', undefined);
    const v2 = sub.value === 'unknown' ? 'unknown' : sub.value !== undefined && /v2$/i.test(sub.value) ? 'yes' : 'no';
    const ext = extensionOn(r, 'OnUploadMalwareScanning');
    out.malwareProtection = allOf([v2, ext]);
    out.evidence.push(ev(r, sub.attr, { safe: true }), { path: 'extension', note: ext === 'yes' ? 'OnUploadMalwareScanning on' : ext === 'no' ? 'OnUploadMalwareScanning not listed' : 'extensions known after apply' });
  }
  return out;
}

function pricingVulnerability(r: TfResource): VulnerabilityScanFacet | undefined {
  const plan = planOf(r);
  if (plan.name !== 'virtualmachines' && plan.name !== 'containers') return undefined;
  const enabled = tierOf(r);
  const label = plan.name === 'virtualmachines' ? 'subscription\'s machines (Defender for Servers vulnerability assessment)' : 'subscription\'s container images (Defender for Containers)';
  const out: VulnerabilityScanFacet = { label, enabled, evidence: [ev(r, plan.attr, { safe: true }), ev(r, 'tier', { safe: true })] };
  if (enabled === 'unknown') out.settle = 'the tier of the Defender plan once applied';
  return out;
}

/**
 * Registry images are scanned by Defender for Containers (or Defender CSPM's agentless container
 * assessment), a subscription setting: known only when the plan declares those Defender plans.
 */
function containerRegistry(_r: TfResource, { links }: BuildContext): VulnerabilityScanFacet {
  const pricings = links.ofType('azurerm_security_center_subscription_pricing');
  const relevant = pricings.filter((p) => ['containers', 'cloudposture', 'containerregistry'].includes(planOf(p).name));
  const evidence: Evidence[] = relevant.map((p) => evFrom(p, 'tier', { safe: true, note: `Defender plan ${String(planOf(p).name)}` }));
  const tiers = relevant.map(tierOf);
  const label = 'container registry';
  if (tiers.includes('yes')) return { label, enabled: 'yes', evidence };
  const names = new Set(relevant.filter((p) => tierOf(p) === 'no').map((p) => planOf(p).name));
  if (names.has('containers') && names.has('cloudposture')) return { label, enabled: 'no', evidence };
  return {
    label,
    enabled: 'unknown',
    evidence: evidence.length ? evidence : [{ path: 'id', note: 'no Defender for Containers or Defender CSPM plan in the plan: registry scanning is a subscription setting' }],
    settle: 'the Defender for Containers (or Defender CSPM) plan of the subscription: az security pricing show -n Containers',
  };
}

const FLOW_LOG = 'azurerm_network_watcher_flow_log';

/** Flow logs pointing at a VNet, a subnet or an NSG (4.x `target_resource_id`, 3.x `network_security_group_id`): enabled when one is. */
function flowLogsOf(target: TfResource, links: Links): { truth: Truth; evidence: Evidence[] } {
  const logs = [...links.sources(target, FLOW_LOG, 'target_resource_id'), ...links.sources(target, FLOW_LOG, 'network_security_group_id')];
  if (!logs.length) return { truth: 'no', evidence: [] };
  const states = logs.map((l) => readBool(l, 'enabled', undefined));
  return { truth: anyOf(states.map((s) => s.truth)), evidence: logs.map((l, i) => evFrom(l, states[i]!.attr)) };
}

/** Subnets of a VNet declared as their own resources (by name within the resource group, or by the VNet's id). */
function subnetsOf(vnet: TfResource, links: Links): TfResource[] {
  return [
    ...links.sources(vnet, 'azurerm_subnet', 'virtual_network_name').filter((s) => sameResourceGroup(s, vnet)),
    ...links.sources(vnet, 'azurerm_subnet', 'virtual_network_id'),
  ];
}

/** A subnet is covered by a flow log on itself or on the NSG associated with it. */
function subnetCovered(subnet: TfResource, links: Links): { truth: Truth; evidence: Evidence[] } {
  const own = flowLogsOf(subnet, links);
  if (own.truth === 'yes') return own;
  const evidence = [...own.evidence];
  const truths: Truth[] = [own.truth];
  for (const assoc of links.sources(subnet, 'azurerm_subnet_network_security_group_association', 'subnet_id')) {
    for (const nsg of links.targets(assoc, 'network_security_group_id', ['azurerm_network_security_group'])) {
      const viaNsg = flowLogsOf(nsg, links);
      truths.push(viaNsg.truth);
      evidence.push(...viaNsg.evidence);
    }
  }
  return { truth: anyOf(truths), evidence };
}

/**
 * VNet flow logs: a flow log on the VNet covers it; otherwise every subnet in the plan must be
 * covered (a subnet flow log, or an NSG flow log on its NSG). Flow logs made outside the plan
 * (another configuration, an Azure Policy deployIfNotExists) are not visible: none in the plan is
 * a failure here, like an AWS VPC without aws_flow_log.
 */
function virtualNetwork(r: TfResource, { links }: BuildContext): FlowLogFacet {
  const label = 'virtual network';
  const direct = flowLogsOf(r, links);
  if (direct.truth === 'yes') return { label, enabled: 'yes', evidence: direct.evidence };
  const subnets = subnetsOf(r, links).map((s) => ({ s, c: subnetCovered(s, links) }));
  const inline = blocks(r, 'subnet');
  const inlineTruths: Truth[] = [];
  const evidence: Evidence[] = [...direct.evidence];
  if (inline !== 'unknown') {
    inline.forEach((_, i) => {
      const nsgs = links.targets(r, `subnet[${i}].security_group`, ['azurerm_network_security_group']);
      const c = nsgs.map((n) => flowLogsOf(n, links));
      inlineTruths.push(anyOf(c.map((x) => x.truth)));
      for (const x of c) evidence.push(...x.evidence);
    });
  }
  const truths = [...subnets.map((x) => x.c.truth), ...inlineTruths];
  for (const x of subnets) evidence.push(...x.c.evidence);
  const all: Truth = truths.length ? allOf(truths) : 'no';
  const enabled: Truth = direct.truth === 'unknown' && all !== 'yes' ? 'unknown' : all;
  if (enabled === 'no' && !evidence.length) evidence.push({ path: 'id', note: 'no azurerm_network_watcher_flow_log in the plan covers this virtual network or its subnets' });
  else if (enabled === 'no') evidence.push({ path: 'subnet', note: 'not every subnet is covered by a flow log' });
  const out: FlowLogFacet = { label, enabled, evidence };
  if (enabled === 'unknown') out.settle = 'the flow logs of the virtual network (azurerm_network_watcher_flow_log) once applied';
  return out;
}

export const DETECTION: BuilderTable = {
  detection: { azurerm_security_center_subscription_pricing: pricingDetection },
  vulnerabilityScan: {
    azurerm_security_center_subscription_pricing: pricingVulnerability,
    azurerm_container_registry: containerRegistry,
  },
  flowLog: { azurerm_virtual_network: virtualNetwork },
};
