import { definePolicy } from '../src/policy/api.js';
import { ADMIN_PORTS, adminExposure, isPublicSource } from '../src/policy/network.js';
import type { CheckResult } from '../src/policy/api.js';
import { worstOf } from '../src/policy/combine.js';
import type { Resource } from '../src/model/resource.js';
import type { ScanSettings } from '../src/settings.js';

export default definePolicy({
  meta: {
    id: 'admin-network-exposure',
    title: 'Administration interfaces are not reachable from public networks',
    rules: ['CLD-19', 'CLD-20', 'CLD-36'],
    severity: 'high',
    description:
      'Network rules (AWS security groups and NACLs, Azure NSG rules, GCP firewall rules; IPv4 and IPv6) do not open administration or database ports ' +
      '(SSH, RDP, WinRM, Telnet, VNC, Docker, Kubernetes API, kubelet, etcd, SQL Server, Oracle, MySQL, PostgreSQL, MongoDB, Redis, Elasticsearch, Memcached, Cassandra) to the internet; ' +
      'managed Kubernetes API endpoints (EKS, AKS, GKE) are private or restricted to allowed networks; databases are not publicly accessible. ' +
      'On network ACLs, which are stateless, an allow of the ephemeral range (1024–65535) is read as return traffic, not as an open service: the security groups decide what listens.',
    remediation: {
      aws: 'Restrict `cidr_blocks`/`ipv6_cidr_blocks` of admin ports to a bastion or VPN range (or use SSM Session Manager); set `endpoint_public_access = false` or narrow `public_access_cidrs` on EKS; set `publicly_accessible = false` on RDS.',
      azure: 'Replace `Internet`/`*` sources of admin ports by a bastion or VPN range (or use Azure Bastion); enable `private_cluster_enabled` or `api_server_access_profile.authorized_ip_ranges` on AKS; set `public_network_access_enabled = false` on databases.',
      gcp: 'Limit `source_ranges` of admin ports to IAP (35.235.240.0/20) or a VPN range; enable `private_cluster_config.enable_private_endpoint` or `master_authorized_networks_config` on GKE; remove 0.0.0.0/0 from Cloud SQL `authorized_networks`.',
    },
    fr: {
      remediation: {
        aws: 'Restreindre `cidr_blocks`/`ipv6_cidr_blocks` des ports d\'administration à une plage de bastion ou de VPN (ou utiliser SSM Session Manager) ; mettre `endpoint_public_access = false` ou restreindre `public_access_cidrs` sur EKS ; mettre `publicly_accessible = false` sur RDS.',
        azure: 'Remplacer les sources `Internet`/`*` des ports d\'administration par une plage de bastion ou de VPN (ou utiliser Azure Bastion) ; activer `private_cluster_enabled` ou `api_server_access_profile.authorized_ip_ranges` sur AKS ; mettre `public_network_access_enabled = false` sur les bases de données.',
        gcp: 'Limiter `source_ranges` des ports d\'administration à IAP (35.235.240.0/20) ou à une plage VPN ; activer `private_cluster_config.enable_private_endpoint` ou `master_authorized_networks_config` sur GKE ; retirer 0.0.0.0/0 des `authorized_networks` de Cloud SQL.',
      },
    },
    facets: ['ingress', 'adminEndpoint'],
  },
  check(resource, { settings }) {
    return worstOf([checkIngress(resource, settings), checkEndpoint(resource)]);
  },
});

function checkIngress(resource: Resource, settings: ScanSettings): CheckResult | undefined {
  const facet = resource.facets.ingress;
  if (!facet) return undefined;
  const { exposed, undecided } = adminExposure(facet, [...ADMIN_PORTS, ...settings.extraAdminPorts]);
  if (exposed.length) {
    const names = [...new Map(exposed.map((e) => [e.port, `${e.name} (${e.port})`])).values()];
    const sources = [...new Set(exposed.flatMap((e) => (e.rule.sources === 'unknown' ? [] : e.rule.sources.filter(isPublicSource))))];
    return {
      status: 'fail',
      message: `Opens ${listSome(names)} to the internet (${sources.join(', ')}).`,
      evidence: [...new Set(exposed.map((e) => e.rule.evidence))],
    };
  }
  if (undecided.length) {
    const names = [...new Set(undecided.map((e) => `${e.name} (${e.port})`))];
    return {
      status: 'unknown',
      message: `Could not verify that ${listSome(names)} ${names.length === 1 ? 'is' : 'are'} closed to the internet: rule sources, ports or order are not known.`,
      evidence: undecided.flatMap((e) => (e.rule ? [e.rule.evidence] : [])),
      settle: 'the rule sources and ports once applied',
    };
  }
  return { status: 'pass', message: 'No administration or database port is open to the internet.' };
}

function checkEndpoint(resource: Resource): CheckResult | undefined {
  const e = resource.facets.adminEndpoint;
  if (!e) return undefined;
  const evidence = e.evidence;
  if (e.publicAccess === 'no') return { status: 'pass', message: `The ${e.label} is not reachable from public networks.`, evidence };
  if (e.publicAccess === 'unknown') {
    return {
      status: 'unknown',
      message: `Could not verify whether the ${e.label} is reachable from public networks.`,
      evidence,
      settle: e.settle ?? 'the endpoint access settings once applied',
    };
  }
  if (e.allowedNetworks === 'any') return { status: 'fail', message: `The ${e.label} is reachable from any address on the internet.`, evidence };
  if (e.allowedNetworks === 'unknown') {
    return {
      status: 'unknown',
      message: `The ${e.label} has a public endpoint; which networks may reach it could not be verified.`,
      evidence,
      settle: e.settle ?? 'the list of networks allowed to reach the endpoint',
    };
  }
  const open = e.allowedNetworks.filter(isPublicSource);
  if (open.length) return { status: 'fail', message: `The ${e.label} is reachable from the internet (${open.join(', ')}).`, evidence };
  return { status: 'pass', message: `The ${e.label} is public but restricted to ${e.allowedNetworks.length} allowed network(s).`, evidence };
}

/** `SSH (22), RDP (3389)`, or the first four and how many more: a rule opening every port would list twenty. */
function listSome(names: string[]): string {
  return names.length <= 5 ? names.join(', ') : `${names.slice(0, 4).join(', ')} and ${names.length - 4} more administration or database ports`;
}
