import type { AdminEndpointFacet, Evidence, PortRange, Truth } from '../../../src/model/facets.js';

/**
 * Public endpoints of Azure databases, caches and Kubernetes APIs, as plans and inventories both
 * describe them: whether public network access is on, and what the firewall then admits.
 */

/** The range 0.0.0.0–0.0.0.0 ("Allow Azure services and resources to access this server"): kept as `0.0.0.0`, which the policy treats as public. */
export const AZURE_SERVICES_NOTE = '0.0.0.0–0.0.0.0 admits every Azure service, of any tenant';

/** Whether public network access is on, and the evidence. */
export interface Access {
  truth: Truth;
  evidence: Evidence[];
}

/** What the firewall admits, and the evidence. */
export interface Networks {
  networks: AdminEndpointFacet['allowedNetworks'];
  evidence: Evidence[];
}

/** The facet of an endpoint: its networks are read only when public access may be on. */
export function endpoint(kind: AdminEndpointFacet['kind'], label: string, access: Access, networks: () => Networks, settle: string): AdminEndpointFacet {
  if (access.truth === 'no') return { kind, label, publicAccess: 'no', allowedNetworks: [], evidence: access.evidence };
  const n = networks();
  const out: AdminEndpointFacet = { kind, label, publicAccess: access.truth, allowedNetworks: n.networks, evidence: [...access.evidence, ...n.evidence] };
  if (access.truth === 'unknown' || n.networks === 'unknown') out.settle = settle;
  return out;
}

/** `22`, `1000-2000`, `*` → port ranges; undefined for something unreadable. */
export function parsePorts(spec: string): PortRange[] | 'all' | undefined {
  const s = spec.trim();
  if (s === '*') return 'all';
  const m = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(s);
  if (!m) return undefined;
  const from = Number(m[1]);
  return [{ from, to: m[2] === undefined ? from : Number(m[2]) }];
}
