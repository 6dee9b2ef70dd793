import type { AdminEndpointFacet, Evidence, IngressFacet, IngressRule, PortRange, Truth } from '../../src/model/facets.js';
import type { CaiAsset } from './asset.js';
import { bool, dataOf, dataPath, ev, get, list, num, str, strings } from './values.js';
import { portRange } from './knowledge/firewall.js';

// ─── VPC firewall rules (compute.googleapis.com/Firewall) ──────────────────────────────────────


/**
 * One firewall rule: its `allowed` (or `denied`) entries at one priority (default 1000).
 * Egress rules open nothing inbound; `disabled: true` turns the rule off. Sources: `sourceRanges`
 * (the API fills in 0.0.0.0/0 when an ingress rule names no source at all), else source tags or
 * service accounts, which are instances of the network, not internet addresses.
 */
function firewallIngress(a: CaiAsset): IngressFacet | undefined {
  const data = dataOf(a);
  if (!data) {
    const unknown: IngressRule = { action: 'allow', protocol: 'all', ports: 'unknown', sources: 'unknown', evidence: ev('resource.data', undefined, { note: 'the record does not include the firewall rule' }) };
    return { evaluation: 'priority', rules: [unknown], complete: false, enabled: 'unknown' };
  }
  const direction = str(get(data, 'direction'))?.toUpperCase();
  if (direction === 'EGRESS') return undefined;
  const disabled = bool(get(data, 'disabled'));
  const enabled: Truth = disabled === true ? 'no' : 'yes';
  const priority = num(get(data, 'priority')) ?? 1000;
  const ranges = strings(get(data, 'sourceRanges')) ?? [];
  const tags = strings(get(data, 'sourceTags')) ?? [];
  const accounts = strings(get(data, 'sourceServiceAccounts')) ?? [];
  let sources: string[];
  let sourceEv: Evidence;
  if (ranges.length) {
    sources = ranges;
    sourceEv = ev(dataPath('sourceRanges'), ranges.join(', '), { safe: true });
  } else if (tags.length || accounts.length) {
    sources = [];
    sourceEv = ev(dataPath(tags.length ? 'sourceTags' : 'sourceServiceAccounts'), undefined, { note: 'sources are instances of the network, not internet addresses' });
  } else {
    sources = ['0.0.0.0/0'];
    sourceEv = ev(dataPath('sourceRanges'), '0.0.0.0/0', { safe: true, note: 'no source ranges, tags or service accounts: GCP applies 0.0.0.0/0' });
  }
  const rules: IngressRule[] = [];
  for (const [key, action] of [
    ['allowed', 'allow'],
    ['denied', 'deny'],
  ] as const) {
    (list(get(data, key)) ?? []).forEach((entry, i) => {
      const block = `${key}[${i}]`;
      const proto = str(get(entry, 'IPProtocol'))?.toLowerCase();
      // No protocol named: every protocol (the API requires one; treat a missing one as the widest).
      const protocol = proto ?? 'all';
      const portList = strings(get(entry, 'ports')) ?? [];
      let ports: IngressRule['ports'];
      if (protocol === 'all' || portList.length === 0) ports = 'all';
      else {
        const ranges_ = portList.map(portRange);
        ports = ranges_.every((x): x is PortRange => x !== undefined) ? ranges_ : 'unknown';
      }
      const shown = ports === 'all' ? 'all ports' : ports === 'unknown' ? 'ports unknown' : ports.map((p) => (p.from === p.to ? `${p.from}` : `${p.from}-${p.to}`)).join(',');
      rules.push({
        action,
        priority,
        protocol,
        ports,
        sources,
        evidence: { ...sourceEv, note: [`${dataPath(block)}: ${proto ?? 'protocol not given'} ${shown}`, sourceEv.note].filter(Boolean).join('; ') },
      });
    });
  }
  return { evaluation: 'priority', rules, complete: true, enabled };
}

// ─── Administration endpoints ──────────────────────────────────────────────────────────────────

function endpoint(kind: AdminEndpointFacet['kind'], label: string, publicAccess: Truth, allowedNetworks: AdminEndpointFacet['allowedNetworks'], evidence: Evidence[], settle: string): AdminEndpointFacet {
  return { kind, label, publicAccess, allowedNetworks, evidence, ...(publicAccess === 'unknown' || allowedNetworks === 'unknown' ? { settle } : {}) };
}

/** CIDRs of a list of objects (`cidrBlocks[].cidrBlock`, `authorizedNetworks[].value`). */
const cidrs = (v: unknown, field: string): string[] => (list(v) ?? []).map((x) => str(get(x, field))).filter((x): x is string => x !== undefined);

/**
 * GKE control plane: no public endpoint when IP endpoints are off (DNS endpoint only, authorised by
 * IAM), when the public endpoint is disabled (`ipEndpointsConfig.enablePublicEndpoint: false`) or
 * when the private endpoint is enforced (`privateClusterConfig.enablePrivateEndpoint`). Otherwise
 * public, restricted to master authorized networks when they are enabled, open to any address when not.
 */
function gkeEndpoint(a: CaiAsset): AdminEndpointFacet {
  const label = 'GKE cluster API endpoint';
  const settle = 'the cluster control plane endpoint settings (private endpoint, master authorized networks)';
  const data = dataOf(a);
  if (!data) return endpoint('kubernetes-api', label, 'unknown', 'unknown', [ev('resource.data', undefined, { note: 'the record does not include the cluster settings' })], settle);
  const ip = 'controlPlaneEndpointsConfig.ipEndpointsConfig';
  if (bool(get(data, `${ip}.enabled`)) === false) return endpoint('kubernetes-api', label, 'no', [], [ev(dataPath(`${ip}.enabled`), false, { note: 'IP endpoints disabled: only the DNS endpoint, authorised by IAM' })], settle);
  if (bool(get(data, `${ip}.enablePublicEndpoint`)) === false) return endpoint('kubernetes-api', label, 'no', [], [ev(dataPath(`${ip}.enablePublicEndpoint`), false)], settle);
  const priv = bool(get(data, 'privateClusterConfig.enablePrivateEndpoint'));
  if (priv === true) return endpoint('kubernetes-api', label, 'no', [], [ev(dataPath('privateClusterConfig.enablePrivateEndpoint'), true)], settle);
  const evidence: Evidence[] = [ev(dataPath('privateClusterConfig.enablePrivateEndpoint'), priv, { note: priv === undefined ? 'not set: the public endpoint is on' : undefined })];
  // The newer authorizedNetworksConfig mirrors masterAuthorizedNetworksConfig; either one enabled restricts the endpoint.
  for (const path of ['masterAuthorizedNetworksConfig', `${ip}.authorizedNetworksConfig`]) {
    if (bool(get(data, `${path}.enabled`)) !== true) continue;
    const allowed = cidrs(get(data, `${path}.cidrBlocks`), 'cidrBlock');
    evidence.push(ev(dataPath(`${path}.cidrBlocks`), allowed.join(', ') || undefined, { safe: true, note: allowed.length ? undefined : 'authorized networks enabled with no range: no address outside Google Cloud may connect' }));
    if (bool(get(data, `${path}.gcpPublicCidrsAccessEnabled`)) === true) {
      evidence.push(ev(dataPath(`${path}.gcpPublicCidrsAccessEnabled`), true, { note: 'Google Cloud public IP addresses may also reach the endpoint' }));
    }
    return endpoint('kubernetes-api', label, 'yes', allowed, evidence, settle);
  }
  evidence.push(ev(dataPath('masterAuthorizedNetworksConfig.enabled'), undefined, { note: 'master authorized networks not enabled: the public endpoint accepts any address' }));
  return endpoint('kubernetes-api', label, 'yes', 'any', evidence, settle);
}

/**
 * Cloud SQL: a public IPv4 address when `ipv4Enabled` is true or the instance has a PRIMARY
 * address; then direct connections come only from `authorizedNetworks` (none: only the Cloud SQL
 * Auth Proxy and connectors, authorised by IAM, reported as public with no allowed network).
 */
function sqlEndpoint(a: CaiAsset): AdminEndpointFacet {
  const label = 'Cloud SQL instance';
  const settle = 'the instance IP configuration (public IPv4, authorized networks)';
  const data = dataOf(a);
  if (!data) return endpoint('database', label, 'unknown', 'unknown', [ev('resource.data', undefined, { note: 'the record does not include the instance settings' })], settle);
  const ipPath = 'settings.ipConfiguration.ipv4Enabled';
  const ipv4 = bool(get(data, ipPath));
  const addresses = list(get(data, 'ipAddresses'));
  const primaryAddress = addresses?.some((x) => str(get(x, 'type')) === 'PRIMARY') ?? false;
  let publicIp: Truth;
  const evidence: Evidence[] = [];
  if (ipv4 === true || primaryAddress) {
    publicIp = 'yes';
    evidence.push(ipv4 === true ? ev(dataPath(ipPath), true) : ev(dataPath('ipAddresses'), 'PRIMARY', { safe: true, note: 'the instance has a public (PRIMARY) address' }));
  } else if (ipv4 === false) {
    publicIp = 'no';
    evidence.push(ev(dataPath(ipPath), false, { note: 'private IP only' }));
  } else if (addresses && addresses.length > 0) {
    publicIp = 'no';
    evidence.push(ev(dataPath('ipAddresses'), undefined, { note: 'no public (PRIMARY) address' }));
  } else {
    return endpoint('database', label, 'unknown', 'unknown', [ev(dataPath(ipPath), undefined, { note: 'neither the public IP setting nor the addresses are in the record' })], settle);
  }
  if (publicIp === 'no') return endpoint('database', label, 'no', [], evidence, settle);
  const netPath = 'settings.ipConfiguration.authorizedNetworks';
  const allowed = cidrs(get(data, netPath), 'value');
  evidence.push(
    allowed.length
      ? ev(dataPath(netPath), allowed.join(', '), { safe: true })
      : ev(dataPath(netPath), undefined, { note: 'no authorized network: only the Cloud SQL Auth Proxy and connectors (IAM-authorised) reach the public IP' }),
  );
  return endpoint('database', label, 'yes', allowed, evidence, settle);
}

export function ingressFacet(a: CaiAsset): IngressFacet | undefined {
  return a.assetType === 'compute.googleapis.com/Firewall' ? firewallIngress(a) : undefined;
}

export function adminEndpointFacet(a: CaiAsset): AdminEndpointFacet | undefined {
  if (a.assetType === 'container.googleapis.com/Cluster') return gkeEndpoint(a);
  if (a.assetType === 'sqladmin.googleapis.com/Instance') return sqlEndpoint(a);
  return undefined;
}
