import { allOf, anyOf, type DetectionFacet, type Evidence, type FlowLogFacet, type Truth, type VulnerabilityScanFacet } from '../../src/model/facets.js';
import { DEFENDER_PLANS } from './knowledge/defender.js';
import { bool, children, ev, field, get, idAt, idOf, isObject, list, lower, prop, str, type AzRecord, type Details } from './records.js';

/**
 * Microsoft Defender for Cloud plans (`Microsoft.Security/pricings`, one record per plan and
 * subscription, from Resource Graph's `securityresources` or `az security pricing list`), the
 * image scanning of container registries (the subscription's plans, attached to the registry), and
 * the flow logs of virtual networks (Network Watcher flow logs, attached to the network they
 * cover). The same four plans as the Terraform reader are judged for detection.
 */

function planName(r: AzRecord): string {
  return lower(str(field(r, 'name')) ?? (idOf(r) ?? '').split('/').pop() ?? '');
}

function tier(r: AzRecord): Truth {
  const t = str(prop(r, 'pricingTier'));
  return t === undefined ? 'unknown' : lower(t) === 'standard' ? 'yes' : 'no';
}

/** An extension of the plan: `extensions[] { name, isEnabled: "True" | "False" }`. */
function extension(r: AzRecord, name: string): Truth {
  const items = list(prop(r, 'extensions'));
  if (!items) return 'unknown';
  const e = items.find((x) => isObject(x) && lower(str(get(x, 'name')) ?? '') === lower(name));
  if (!e || !isObject(e)) return 'no';
  const on = bool(get(e, 'isEnabled'));
  return on === undefined ? 'unknown' : on ? 'yes' : 'no';
}

function pricingDetection(r: AzRecord): DetectionFacet | undefined {
  const plan = planName(r);
  const service = DEFENDER_PLANS[plan];
  if (!service) return undefined;
  const enabled = tier(r);
  const out: DetectionFacet = { service, enabled, evidence: [ev(prop(r, 'pricingTier'), { safe: true })] };
  if (plan === 'storageaccounts' && enabled === 'yes') {
    // Malware scanning on upload exists only in the per-storage-account plan (DefenderForStorageV2).
    const sub = prop(r, 'subPlan');
    const v2: Truth = str(sub) === undefined ? 'unknown' : /v2$/i.test(str(sub)!) ? 'yes' : 'no';
    const ext = extension(r, 'OnUploadMalwareScanning');
    out.malwareProtection = allOf([v2, ext]);
    out.evidence.push(ev(sub, { safe: true }), { path: 'properties.extensions', note: ext === 'yes' ? 'OnUploadMalwareScanning on' : ext === 'no' ? 'OnUploadMalwareScanning off' : 'extensions not in the record' });
  }
  return out;
}

/**
 * Whether any Defender for Cloud plan is on for the subscription (README, "Account-level
 * controls"): a Standard plan is; none among plans read whole (Resource Graph lists every plan) is
 * missing; plans not in the inventory cannot tell. Each plan is also judged on its own record.
 */
export function defenderOnSubscription(details: Details): DetectionFacet {
  const { items, complete } = children(details, 'pricings');
  const on = items.filter((r) => tier(r) === 'yes').map(planName).sort();
  const base = { service: 'Microsoft Defender for Cloud', where: 'the subscription' };
  if (on.length) return { ...base, enabled: 'yes', evidence: [{ path: 'pricings', value: on.length, note: `Standard plans: ${on.slice(0, 6).join(', ')}` }] };
  if (complete) return { ...base, enabled: 'no', evidence: [{ path: 'pricings', value: 0, note: items.length ? 'every Defender plan is on the Free tier' : 'no Defender plan' }] };
  return { ...base, enabled: 'unknown', evidence: [{ path: 'pricings', value: null, note: 'the Defender plans of the subscription are not in the inventory' }], settle: 'the Defender plans of the subscription (az security pricing list)' };
}

function pricingVulnerability(r: AzRecord): VulnerabilityScanFacet | undefined {
  const plan = planName(r);
  if (plan !== 'virtualmachines' && plan !== 'containers') return undefined;
  let enabled = tier(r);
  const evidence: Evidence[] = [ev(prop(r, 'pricingTier'), { safe: true })];
  if (plan === 'containers' && enabled === 'yes' && extension(r, 'ContainerRegistriesVulnerabilityAssessments') === 'no' && list(prop(r, 'extensions'))?.length) {
    enabled = 'no';
    evidence.push({ path: 'properties.extensions', note: 'ContainerRegistriesVulnerabilityAssessments off' });
  }
  const label = plan === 'virtualmachines' ? 'subscription\'s machines (Defender for Servers vulnerability assessment)' : 'subscription\'s container images (Defender for Containers)';
  const out: VulnerabilityScanFacet = { label, enabled, evidence };
  if (enabled === 'unknown') out.settle = 'properties.pricingTier of the Defender plan';
  return out;
}

/**
 * Container registries: scanned when Defender for Containers (or Defender CSPM, or the deprecated
 * Defender for container registries) is on in their subscription. The subscription's plans come
 * as a collection attached to the registry; without them, unknown.
 */
function containerRegistry(_r: AzRecord, details: Details): VulnerabilityScanFacet {
  const label = 'container registry';
  const { items, complete } = children(details, 'pricings');
  const relevant = items.filter((p) => ['containers', 'cloudposture', 'containerregistry'].includes(planName(p)));
  const evidence: Evidence[] = relevant.map((p) => ({ ...ev(prop(p, 'pricingTier')), path: `pricings/${str(field(p, 'name')) ?? planName(p)}.properties.pricingTier` }));
  if (relevant.some((p) => tier(p) === 'yes')) return { label, enabled: 'yes', evidence };
  if (complete && relevant.every((p) => tier(p) === 'no')) {
    return { label, enabled: 'no', evidence: evidence.length ? evidence : [{ path: 'pricings', note: 'no Defender plan scans registry images in this subscription' }] };
  }
  return {
    label,
    enabled: 'unknown',
    evidence: evidence.length ? evidence : [{ path: 'pricings', note: 'the Defender plans of the subscription were not read' }],
    settle: 'the Defender for Containers (or Defender CSPM) plan of the subscription (az security pricing show -n Containers)',
  };
}

/**
 * Virtual networks: covered by an enabled flow log on the network itself, or on every subnet
 * (a subnet flow log, or an NSG flow log on the subnet's NSG). The flow logs that may cover the
 * network come as a collection attached to it (`<vnet id>/flowLogs`); without it, unknown.
 */
function virtualNetwork(r: AzRecord, details: Details): FlowLogFacet {
  const label = 'virtual network';
  const { items, complete } = children(details, 'flowlogs');
  if (!complete && !items.length) {
    return { label, enabled: 'unknown', evidence: [{ path: 'flowLogs', note: 'the Network Watcher flow logs of the subscription were not read' }], settle: 'the Network Watcher flow logs of the subscription (az network watcher flow-log list --location <region>)' };
  }
  const id = lower(idOf(r) ?? '');
  const on = (target: string): Truth => {
    const logs = items.filter((l) => lower(idAt(prop(l, 'targetResourceId')) ?? '') === target);
    if (!logs.length) return 'no';
    const states = logs.map((l) => bool(prop(l, 'enabled')));
    return states.includes(true) ? 'yes' : states.includes(undefined) ? 'unknown' : 'no';
  };
  const evidenceOf = (target: string): Evidence[] =>
    items
      .map((l, i) => ({ l, i }))
      .filter(({ l }) => lower(idAt(prop(l, 'targetResourceId')) ?? '') === target)
      .map(({ l, i }) => ({ ...ev(prop(l, 'enabled')), path: `flowLogs[${i}].properties.enabled` }));
  if (on(id) === 'yes') return { label, enabled: 'yes', evidence: evidenceOf(id) };
  const subnets = list(prop(r, 'subnets'));
  const evidence: Evidence[] = evidenceOf(id);
  if (!subnets) {
    const out: FlowLogFacet = { label, enabled: on(id) === 'unknown' ? 'unknown' : 'no', evidence: evidence.length ? evidence : [{ path: 'flowLogs', value: 0, note: 'no flow log covers this virtual network' }] };
    if (out.enabled === 'unknown') out.settle = 'the flow logs of the virtual network';
    return out;
  }
  const truths: Truth[] = subnets.map((s) => {
    if (!isObject(s)) return 'unknown';
    const sid = lower(idAt(get(s, 'id')) ?? '');
    const nsg = lower(idAt(prop(s, 'networkSecurityGroup.id')) ?? '');
    const own = sid ? on(sid) : 'no';
    const viaNsg = nsg ? on(nsg) : 'no';
    if (sid) evidence.push(...evidenceOf(sid));
    if (nsg) evidence.push(...evidenceOf(nsg));
    return anyOf([own, viaNsg]);
  });
  const all: Truth = truths.length ? allOf(truths) : 'no';
  const enabled: Truth = on(id) === 'unknown' && all !== 'yes' ? 'unknown' : all;
  if (enabled === 'no') evidence.push({ path: 'properties.subnets', note: items.length ? 'not every subnet is covered by a flow log' : 'no flow log covers this virtual network or its subnets' });
  const out: FlowLogFacet = { label, enabled, evidence };
  if (enabled === 'unknown') out.settle = 'the flow logs of the virtual network';
  return out;
}

/** Whether a flow log covers a network: the VNet itself, one of its subnets, or an NSG of one of its subnets. */
export function flowLogCovers(vnet: AzRecord, flowLog: AzRecord): boolean {
  const id = lower(idOf(vnet) ?? '');
  const target = lower(idAt(prop(flowLog, 'targetResourceId')) ?? '');
  if (!target || !id) return false;
  if (target === id || target.startsWith(`${id}/subnets/`)) return true;
  const nsgs = (list(prop(vnet, 'subnets')) ?? []).map((s) => (isObject(s) ? lower(idAt(prop(s, 'networkSecurityGroup.id')) ?? '') : '')).filter(Boolean);
  return nsgs.includes(target);
}

type Builder<F> = (r: AzRecord, details: Details) => F | undefined;

export const DETECTION_BUILDERS: Readonly<Record<string, Builder<DetectionFacet>>> = {
  'microsoft.security/pricings': pricingDetection,
};

export const VULNERABILITY_BUILDERS: Readonly<Record<string, Builder<VulnerabilityScanFacet>>> = {
  'microsoft.security/pricings': pricingVulnerability,
  'microsoft.containerregistry/registries': containerRegistry,
};

export const FLOW_LOG_BUILDERS: Readonly<Record<string, Builder<FlowLogFacet>>> = {
  'microsoft.network/virtualnetworks': virtualNetwork,
};
