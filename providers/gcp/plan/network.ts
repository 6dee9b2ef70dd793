import type { AdminEndpointFacet, Evidence, IngressFacet, IngressRule, PortRange, Truth } from '../../../src/model/facets.js';
import type { Builder, BuilderTable } from '../../terraform/builder-types.js';
import type { TfResource } from '../../terraform/tf-resource.js';
import { blockCount, evidence, knownString, stringList } from './values.js';
import { setting } from '../../terraform/tf-resource.js';
import { portRange } from '../knowledge/firewall.js';

// ─── VPC firewall rules ────────────────────────────────────────────────────────────────────────


/** Ports of one allow/deny entry: none listed (or protocol `all`) means every port. */
function ports(r: TfResource, block: string, protocol: string): IngressRule['ports'] {
  if (protocol === 'all') return 'all';
  const list = stringList(r, `${block}.ports`);
  if (list === 'unknown') return 'unknown';
  if (list.length === 0) return 'all';
  const ranges = list.map(portRange);
  return ranges.every((x): x is PortRange => x !== undefined) ? ranges : 'unknown';
}

interface Sources {
  list: string[] | 'unknown';
  evidence: Evidence;
}

/**
 * Where an ingress rule admits traffic from. Source tags and service accounts designate instances
 * of the network, not internet addresses. With no source at all, GCP applies 0.0.0.0/0 (the
 * provider sends no sourceRanges and the API fills in the any-address: terraform-provider-google
 * issue 6789); an empty string in `source_ranges` counts as no range.
 */
function firewallSources(r: TfResource): Sources {
  const ranges = stringList(r, 'source_ranges');
  if (ranges === 'unknown') return { list: 'unknown', evidence: evidence(r, 'source_ranges', undefined, { note: 'known only after apply' }) };
  if (ranges.length > 0) return { list: ranges, evidence: evidence(r, 'source_ranges', ranges.join(', '), { safe: true }) };
  const tags = stringList(r, 'source_tags');
  const accounts = stringList(r, 'source_service_accounts');
  if (tags === 'unknown' || accounts === 'unknown') {
    return { list: 'unknown', evidence: evidence(r, tags === 'unknown' ? 'source_tags' : 'source_service_accounts', undefined, { note: 'known only after apply' }) };
  }
  if (tags.length > 0 || accounts.length > 0) {
    return { list: [], evidence: evidence(r, tags.length > 0 ? 'source_tags' : 'source_service_accounts', undefined, { note: 'sources are instances of the network, not internet addresses' }) };
  }
  return { list: ['0.0.0.0/0'], evidence: evidence(r, 'source_ranges', '0.0.0.0/0', { safe: true, note: 'no source ranges, tags or service accounts: GCP applies 0.0.0.0/0' }) };
}

/**
 * A VPC firewall rule: one resource, its allow (or deny) entries at one priority (default 1000).
 * Egress rules open nothing inbound. `direction` defaults to INGRESS; `disabled = true` turns it off.
 */
const firewallIngress: Builder<IngressFacet> = (r) => {
  const direction = setting(r, 'direction');
  if (direction.state === 'known' && String(direction.value).toUpperCase() === 'EGRESS') return undefined;
  const disabled = setting(r, 'disabled');
  const enabled: Truth = direction.state === 'unknown' || disabled.state === 'unknown' ? 'unknown' : disabled.value === true ? 'no' : 'yes';
  const prio = setting(r, 'priority');
  const priority = prio.state === 'unknown' ? undefined : typeof prio.value === 'number' ? prio.value : 1000;
  const sources = firewallSources(r);
  const rules: IngressRule[] = [];
  let complete = true;
  for (const action of ['allow', 'deny'] as const) {
    const n = blockCount(r, action);
    if (n === 'unknown') {
      complete = false;
      continue;
    }
    for (let i = 0; i < n; i++) {
      const block = `${action}[${i}]`;
      const proto = setting(r, `${block}.protocol`);
      const known = knownString(proto)?.toLowerCase();
      // An unknown protocol may be tcp: count it as any protocol with unknown ports, never as closed.
      const protocol = known ?? 'all';
      const rulePorts = known ? ports(r, block, protocol) : 'unknown';
      const shown = rulePorts === 'all' ? 'all ports' : rulePorts === 'unknown' ? 'ports unknown' : rulePorts.map((p) => (p.from === p.to ? `${p.from}` : `${p.from}-${p.to}`)).join(',');
      rules.push({
        action,
        ...(priority !== undefined ? { priority } : {}),
        protocol,
        ports: rulePorts,
        sources: sources.list,
        evidence: { ...sources.evidence, note: [`${block}: ${known ?? 'protocol unknown'} ${shown}`, sources.evidence.note].filter(Boolean).join('; ') },
      });
    }
  }
  return { evaluation: 'priority', rules, complete, enabled };
};

// ─── Administration endpoints ──────────────────────────────────────────────────────────────────

function endpoint(kind: AdminEndpointFacet['kind'], label: string, publicAccess: Truth, allowedNetworks: AdminEndpointFacet['allowedNetworks'], ev: Evidence[], settle?: string): AdminEndpointFacet {
  return { kind, label, publicAccess, allowedNetworks, evidence: ev, ...(settle && (publicAccess === 'unknown' || allowedNetworks === 'unknown') ? { settle } : {}) };
}

/** CIDRs of a list of blocks (`cidr_blocks[].cidr_block`, `authorized_networks[].value`); 'unknown' when one is unknown. */
function cidrs(r: TfResource, list: string, field: string): string[] | 'unknown' {
  const n = blockCount(r, list);
  if (n === 'unknown') return 'unknown';
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const v = setting(r, `${list}[${i}].${field}`);
    if (v.state === 'unknown') return 'unknown';
    const cidr = knownString(v);
    if (cidr) out.push(cidr.trim());
  }
  return out;
}

/**
 * GKE control plane: public unless the private endpoint is enforced (`enable_private_endpoint`) or
 * IP endpoints are off (google 6.x `control_plane_endpoints_config.ip_endpoints_config.enabled =
 * false`, leaving the DNS endpoint, authorised by IAM). A public endpoint without
 * `master_authorized_networks_config` accepts any address.
 */
const gkeEndpoint: Builder<AdminEndpointFacet> = (r) => {
  const label = 'GKE cluster API endpoint';
  const settle = 'the control plane endpoint settings (private endpoint, authorized networks) once applied';
  const ipEndpoints = setting(r, 'control_plane_endpoints_config[0].ip_endpoints_config[0].enabled');
  const privateEndpoint = setting(r, 'private_cluster_config[0].enable_private_endpoint');
  if (ipEndpoints.state === 'known' && ipEndpoints.value === false) {
    return endpoint('kubernetes-api', label, 'no', [], [evidence(r, ipEndpoints.path, false, { note: 'IP endpoints disabled: only the DNS endpoint, authorised by IAM' })]);
  }
  if (privateEndpoint.state === 'known' && privateEndpoint.value === true) {
    return endpoint('kubernetes-api', label, 'no', [], [evidence(r, privateEndpoint.path, true)]);
  }
  if (ipEndpoints.state === 'unknown' || privateEndpoint.state === 'unknown') {
    const which = privateEndpoint.state === 'unknown' ? privateEndpoint : ipEndpoints;
    return endpoint('kubernetes-api', label, 'unknown', 'unknown', [evidence(r, which.path, undefined, { note: 'known only after apply' })], settle);
  }
  const ev: Evidence[] = [privateEndpoint.state === 'unset' ? evidence(r, privateEndpoint.path, undefined, { note: 'not set: the public endpoint is on' }) : evidence(r, privateEndpoint.path, false)];
  const man = blockCount(r, 'master_authorized_networks_config');
  if (man === 'unknown') return endpoint('kubernetes-api', label, 'yes', 'unknown', [...ev, evidence(r, 'master_authorized_networks_config', undefined, { note: 'known only after apply' })], settle);
  if (man === 0) {
    return endpoint('kubernetes-api', label, 'yes', 'any', [...ev, evidence(r, 'master_authorized_networks_config', undefined, { note: 'not set: the public endpoint accepts any address' })]);
  }
  const allowed = cidrs(r, 'master_authorized_networks_config[0].cidr_blocks', 'cidr_block');
  ev.push(evidence(r, 'master_authorized_networks_config[0].cidr_blocks', allowed === 'unknown' ? undefined : allowed.join(', '), { safe: true, note: allowed === 'unknown' ? 'known only after apply' : undefined }));
  const gcpPublic = setting(r, 'master_authorized_networks_config[0].gcp_public_cidrs_access_enabled');
  if (gcpPublic.state === 'known' && gcpPublic.value === true) ev.push(evidence(r, gcpPublic.path, true, { note: 'Google Cloud public IP addresses may also reach the endpoint' }));
  return endpoint('kubernetes-api', label, 'yes', allowed, ev, settle);
};

/**
 * Cloud SQL: a public IPv4 address unless `ipv4_enabled = false` (provider default true, also when
 * `ip_configuration` is left out). With a public IP, direct connections come only from
 * `authorized_networks`; with none listed, only the Cloud SQL Auth Proxy and connectors (IAM
 * authorised) get through, reported as public with no allowed network.
 */
const sqlEndpoint: Builder<AdminEndpointFacet> = (r) => {
  const label = 'Cloud SQL instance';
  const settle = 'the instance IP configuration (public IPv4, authorized networks) once applied';
  const ipv4 = setting(r, 'settings[0].ip_configuration[0].ipv4_enabled');
  if (ipv4.state === 'unknown') return endpoint('database', label, 'unknown', 'unknown', [evidence(r, ipv4.path, undefined, { note: 'known only after apply' })], settle);
  if (ipv4.value === false) return endpoint('database', label, 'no', [], [evidence(r, ipv4.path, false, { note: 'private IP only' })]);
  const ev: Evidence[] = [evidence(r, ipv4.path, true, { note: ipv4.state === 'unset' ? 'not set: Cloud SQL assigns a public IPv4 address by default' : undefined })];
  const path = 'settings[0].ip_configuration[0].authorized_networks';
  const allowed = cidrs(r, path, 'value');
  if (allowed === 'unknown') ev.push(evidence(r, path, undefined, { note: 'known only after apply' }));
  else if (allowed.length === 0) ev.push(evidence(r, path, undefined, { note: 'no authorized network: only the Cloud SQL Auth Proxy and connectors (IAM-authorised) reach the public IP' }));
  else ev.push(evidence(r, path, allowed.join(', '), { safe: true }));
  return endpoint('database', label, 'yes', allowed, ev, settle);
};

export const networkTable: BuilderTable = {
  ingress: { google_compute_firewall: firewallIngress },
  adminEndpoint: { google_container_cluster: gkeEndpoint, google_sql_database_instance: sqlEndpoint },
};
