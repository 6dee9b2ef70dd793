import type { FlowLogFacet, VulnerabilityScanFacet } from '../../../src/model/facets.js';
import type { Builder, BuildContext, BuilderTable } from '../../terraform/builder-types.js';
import { setting, type TfResource } from '../../terraform/tf-resource.js';
import { blockCount, evidence, evidenceFrom, knownString } from './values.js';

/**
 * Flow logs and vulnerability scanning.
 *
 * - Subnetworks record VPC flow logs when they have a `log_config` block (or the deprecated
 *   `enable_flow_logs = true`). Proxy-only, Private Service Connect and private NAT subnets carry no
 *   VM traffic of their own and cannot log flows: no facet.
 * - Docker repositories of Artifact Registry are scanned on push when the Container Scanning API
 *   (`containerscanning.googleapis.com`) is enabled in their project, unless the repository opts out
 *   (`vulnerability_scanning_config.enablement_config = DISABLED`). The API's state is in the plan
 *   only when a `google_project_service` enables it; otherwise unknown. Virtual repositories hold
 *   no images of their own: no facet.
 * - Security Command Center is activated for the organization outside Terraform and Cloud Asset
 *   Inventory: no detection facet on GCP (an attestation settles CLD-31 there).
 */

const NO_FLOW_LOGS_PURPOSES = new Set(['REGIONAL_MANAGED_PROXY', 'INTERNAL_HTTPS_LOAD_BALANCER', 'GLOBAL_MANAGED_PROXY', 'PRIVATE_SERVICE_CONNECT', 'PRIVATE_NAT']);

const subnetFlowLogs: Builder<FlowLogFacet> = (r) => {
  const label = 'subnetwork';
  const purpose = knownString(setting(r, 'purpose'));
  if (purpose && NO_FLOW_LOGS_PURPOSES.has(purpose)) return undefined;
  const n = blockCount(r, 'log_config');
  const legacy = setting(r, 'enable_flow_logs');
  if (n === 'unknown') return { label, enabled: 'unknown', evidence: [evidence(r, 'log_config', undefined, { note: 'known only after apply' })], settle: 'the log_config of the subnetwork once applied' };
  if (n > 0) {
    const interval = knownString(setting(r, 'log_config[0].aggregation_interval'));
    const sampling = setting(r, 'log_config[0].flow_sampling');
    return {
      label,
      enabled: 'yes',
      evidence: [evidence(r, 'log_config[0].aggregation_interval', interval, { safe: true, note: typeof sampling.value === 'number' ? `flow sampling ${sampling.value}` : undefined })],
    };
  }
  if (legacy.state === 'known' && legacy.value === true) return { label, enabled: 'yes', evidence: [evidence(r, legacy.path, true, { note: 'deprecated enable_flow_logs' })] };
  return { label, enabled: 'no', evidence: [evidence(r, 'log_config', undefined, { note: 'no log_config block: VPC flow logs are off' })] };
};

const SCANNING_API = 'containerscanning.googleapis.com';

/** The project a resource belongs to: its `project`, else the provider's; undefined when not known. */
function projectOf(r: TfResource): string | undefined {
  const p = setting(r, 'project');
  if (p.state === 'unknown') return undefined;
  return (knownString(p) ?? r.providerProject)?.replace(/^projects\//, '');
}

/** google_project_service enabling the Container Scanning API in `project`. */
function scanningApi(ctx: BuildContext, project: string | undefined): TfResource | undefined {
  if (!project) return undefined;
  return ctx.links.ofType('google_project_service').find((s) => knownString(setting(s, 'service')) === SCANNING_API && projectOf(s) === project);
}

const repositoryScanning: Builder<VulnerabilityScanFacet> = (r, ctx) => {
  const label = 'Artifact Registry Docker repository';
  const format = setting(r, 'format');
  if (format.state === 'known' && String(format.value).toUpperCase() !== 'DOCKER') return undefined;
  if (knownString(setting(r, 'mode')) === 'VIRTUAL_REPOSITORY') return undefined;
  if (format.state !== 'known') return { label, enabled: 'unknown', evidence: [evidence(r, format.path, undefined, { note: 'the repository format is known only after apply' })], settle: 'the repository format once applied' };
  const config = setting(r, 'vulnerability_scanning_config[0].enablement_config');
  if (config.state === 'known' && config.value === 'DISABLED') {
    return { label, enabled: 'no', evidence: [evidence(r, config.path, 'DISABLED', { safe: true, note: 'the repository opts out of vulnerability scanning' })] };
  }
  const state = knownString(setting(r, 'vulnerability_scanning_config[0].enablement_state'));
  if (state === 'SCANNING_ACTIVE') return { label, enabled: 'yes', evidence: [evidence(r, 'vulnerability_scanning_config[0].enablement_state', state, { safe: true })] };
  if (state === 'SCANNING_DISABLED') return { label, enabled: 'no', evidence: [evidence(r, 'vulnerability_scanning_config[0].enablement_state', state, { safe: true })] };
  const api = scanningApi(ctx, projectOf(r));
  if (api) {
    return {
      label,
      enabled: 'yes',
      evidence: [evidence(r, config.path, knownString(config) ?? 'INHERITED', { safe: true }), evidenceFrom(api, 'service', SCANNING_API, { safe: true, note: 'the Container Scanning API is enabled in the project: images are scanned on push' })],
    };
  }
  return {
    label,
    enabled: 'unknown',
    evidence: [evidence(r, config.path, knownString(config) ?? 'INHERITED', { safe: true, note: 'scanned on push only if the Container Scanning API is enabled in the project, which this plan does not show' })],
    settle: `whether ${SCANNING_API} is enabled in the repository's project (gcloud services list --enabled), or a google_project_service enabling it`,
  };
};

export const detectionTable: BuilderTable = {
  flowLog: { google_compute_subnetwork: subnetFlowLogs },
  vulnerabilityScan: { google_artifact_registry_repository: repositoryScanning },
};
