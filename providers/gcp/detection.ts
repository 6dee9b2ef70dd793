import type { DefaultNetworkFacet, DetectionFacet, Evidence, FlowLogFacet, VulnerabilityScanFacet } from '../../src/model/facets.js';
import type { CaiAsset } from './asset.js';
import { hierarchyName, type InventoryContext } from './context.js';
import { DETECTION_SERVICES } from './security-center.js';
import { bool, dataOf, dataPath, ev, get, num, str } from './values.js';

/**
 * Flow logs, vulnerability scanning and default networks, live.
 *
 * - `compute.googleapis.com/Subnetwork`: `logConfig.enable` (or the older `enableFlowLogs`); the
 *   API leaves both out of a subnet that never had flow logs: off. Proxy-only, Private Service
 *   Connect and private NAT subnets (`purpose`) cannot log flows: no facet.
 * - `artifactregistry.googleapis.com/Repository` of format DOCKER (not VIRTUAL_REPOSITORY):
 *   `vulnerabilityScanningConfig.enablementState` SCANNING_ACTIVE / SCANNING_DISABLED (the
 *   repository's own opt-out, or the Container Scanning API off in the project); absent: unknown.
 * - `compute.googleapis.com/Network`: the network named `default`, or any auto-mode network
 *   (`autoCreateSubnetworks`), is a default network.
 */

const NO_FLOW_LOGS_PURPOSES = new Set(['REGIONAL_MANAGED_PROXY', 'INTERNAL_HTTPS_LOAD_BALANCER', 'GLOBAL_MANAGED_PROXY', 'PRIVATE_SERVICE_CONNECT', 'PRIVATE_NAT']);
const NO_DATA = 'the record does not include the resource settings';

function subnetFlowLogs(a: CaiAsset): FlowLogFacet | undefined {
  const label = 'subnetwork';
  const data = dataOf(a);
  if (!data) return { label, enabled: 'unknown', evidence: [ev('resource.data', undefined, { note: NO_DATA })], settle: 'the logConfig of the subnetwork' };
  const purpose = str(get(data, 'purpose'));
  if (purpose && NO_FLOW_LOGS_PURPOSES.has(purpose)) return undefined;
  const enable = bool(get(data, 'logConfig.enable'));
  const legacy = bool(get(data, 'enableFlowLogs'));
  if (enable === true || (enable === undefined && legacy === true)) {
    const sampling = num(get(data, 'logConfig.flowSampling'));
    return { label, enabled: 'yes', evidence: [ev(dataPath(enable === true ? 'logConfig.enable' : 'enableFlowLogs'), true, { note: sampling !== undefined ? `flow sampling ${sampling}` : undefined })] };
  }
  const path = enable === false ? 'logConfig.enable' : legacy === false ? 'enableFlowLogs' : 'logConfig';
  return { label, enabled: 'no', evidence: [ev(dataPath(path), enable === false || legacy === false ? false : undefined, { note: enable === undefined && legacy === undefined ? 'no flow log configuration: VPC flow logs are off' : 'VPC flow logs are off' })] };
}

function repositoryScanning(a: CaiAsset): VulnerabilityScanFacet | undefined {
  const data = dataOf(a);
  if (!data) return undefined;
  if (str(get(data, 'format'))?.toUpperCase() !== 'DOCKER' || str(get(data, 'mode')) === 'VIRTUAL_REPOSITORY') return undefined;
  const label = 'Artifact Registry Docker repository';
  const state = str(get(data, 'vulnerabilityScanningConfig.enablementState'));
  const config = str(get(data, 'vulnerabilityScanningConfig.enablementConfig'));
  const reason = str(get(data, 'vulnerabilityScanningConfig.enablementStateReason'));
  if (state === 'SCANNING_ACTIVE') return { label, enabled: 'yes', evidence: [ev(dataPath('vulnerabilityScanningConfig.enablementState'), state, { safe: true })] };
  if (state === 'SCANNING_DISABLED' || config === 'DISABLED') {
    return { label, enabled: 'no', evidence: [ev(dataPath(state ? 'vulnerabilityScanningConfig.enablementState' : 'vulnerabilityScanningConfig.enablementConfig'), state ?? config, { safe: true, note: reason ? 'see enablementStateReason' : undefined })] };
  }
  if (state === 'SCANNING_UNSUPPORTED') return undefined;
  return {
    label,
    enabled: 'unknown',
    evidence: [ev(dataPath('vulnerabilityScanningConfig'), undefined, { note: 'no scanning state in the record' })],
    settle: "whether containerscanning.googleapis.com is enabled in the repository's project (gcloud services list --enabled)",
  };
}

function network(a: CaiAsset): DefaultNetworkFacet {
  const data = dataOf(a);
  const name = str(get(data, 'name')) ?? /\/networks\/([^/]+)$/.exec(a.name)?.[1];
  if (name === 'default') return { label: 'VPC network', isDefault: 'yes', evidence: [ev(data ? dataPath('name') : 'name', 'default', { safe: true, note: 'the default network' })] };
  if (!data) return { label: 'VPC network', isDefault: 'unknown', evidence: [ev('resource.data', undefined, { note: NO_DATA })] };
  if (bool(get(data, 'autoCreateSubnetworks')) === true) {
    return { label: 'auto-mode VPC network', isDefault: 'yes', evidence: [ev(dataPath('autoCreateSubnetworks'), true, { note: 'auto mode, like the default network: a subnet in every region with the same ranges in every such network' })] };
  }
  return { label: 'VPC network', isDefault: 'no', evidence: [ev(dataPath('autoCreateSubnetworks'), false, { note: 'custom-mode network' })] };
}

export function flowLogFacet(a: CaiAsset): FlowLogFacet | undefined {
  return a.assetType === 'compute.googleapis.com/Subnetwork' ? subnetFlowLogs(a) : undefined;
}

export function vulnerabilityScanFacet(a: CaiAsset): VulnerabilityScanFacet | undefined {
  return a.assetType === 'artifactregistry.googleapis.com/Repository' ? repositoryScanning(a) : undefined;
}

export function defaultNetworkFacet(a: CaiAsset): DefaultNetworkFacet | undefined {
  return a.assetType === 'compute.googleapis.com/Network' ? network(a) : undefined;
}

/** What settles a project whose Security Command Center services were not read. */
const SETTLE = 'the Security Command Center services of the project (gcloud scc manage services list --project=PROJECT_ID --location=global), read by `cldscan scan --gcp` with securitycentermanagement.securityCenterServices.list';

/**
 * Security Command Center on a project (README, "Account-level controls"), judged on its IAM_POLICY
 * record: enabled when one of the detection services of the list read for it (security-center.ts)
 * is ENABLED, disabled when the list was read and none is, unknown when it was not read.
 */
export function securityCommandCenterFacet(a: CaiAsset, ctx: InventoryContext): DetectionFacet | undefined {
  if (!a.iamPolicy) return undefined;
  const self = hierarchyName(a.name);
  const read = self ? ctx.securityCenterOf(self.slice('projects/'.length)) : undefined;
  const base = { service: 'Security Command Center', where: 'the project' } as const;
  if (!read) {
    return { ...base, enabled: 'unknown', evidence: [{ path: 'securityCenterServices', value: null, note: 'not read: Cloud Asset Inventory does not record the activation of Security Command Center' }], settle: SETTLE };
  }
  const on = read.filter((s) => DETECTION_SERVICES.has(s.service) && s.state === 'ENABLED');
  if (on.length) return { ...base, enabled: 'yes', evidence: on.map((s) => ev('securityCenterServices', s.state, { safe: true, note: s.service })) };
  // Service ids are matched to [a-z0-9-] when read, and states printed only when they look like the API's enum.
  const evidence: Evidence[] = read.map((s) => ev('securityCenterServices', s.state, { safe: /^[A-Z_]+$/.test(s.state ?? ''), note: `${s.service}${DETECTION_SERVICES.has(s.service) ? '' : ' (not a detection service)'}` }));
  return { ...base, enabled: 'no', evidence: evidence.length ? evidence : [{ path: 'securityCenterServices', value: 0, note: 'no Security Command Center service for the project' }] };
}

