import { definePolicy } from '../src/policy/api.js';
import { ADMIN_PORTS, adminExposure, isPublicSource } from '../src/policy/network.js';
import type { CheckResult, MessageValue } from '../src/policy/api.js';
import { worstOf } from '../src/policy/combine.js';
import type { Resource } from '../src/model/resource.js';
import type { AdminEndpointFacet } from '../src/model/facets.js';
import type { ScanSettings } from '../src/settings.js';

export default definePolicy({
  meta: {
    id: 'admin-network-exposure',
    title: { en: 'Administration interfaces are not reachable from public networks', fr: 'Les interfaces d\'administration ne sont pas joignables depuis les réseaux publics' },
    rules: ['CLD-19', 'CLD-20', 'CLD-36'],
    severity: 'high',
    description: {
      en:
        'Network rules (AWS security groups and NACLs, Azure NSG rules, GCP firewall rules; IPv4 and IPv6) do not open administration or database ports ' +
        '(SSH, RDP, WinRM, Telnet, VNC, Docker, Kubernetes API, kubelet, etcd, SQL Server, Oracle, MySQL, PostgreSQL, MongoDB, Redis, Elasticsearch, Memcached, Cassandra) to the internet; ' +
        'managed Kubernetes API endpoints (EKS, AKS, GKE) are private or restricted to allowed networks; databases are not publicly accessible: an AWS database with a public address (`PubliclyAccessible` on RDS, Redshift, DMS) fails whatever its security groups allow, as do an Azure SQL, PostgreSQL or MySQL firewall admitting every address or every Azure service (0.0.0.0) and a Cloud SQL instance authorizing 0.0.0.0/0. ' +
        'On network ACLs, which are stateless, an allow of the ephemeral range (1024–65535) is read as return traffic, not as an open service: the security groups decide what listens.',
      fr:
        'Les règles réseau (groupes de sécurité et NACL AWS, règles NSG Azure, règles de pare-feu GCP ; IPv4 et IPv6) n\'ouvrent pas à Internet les ports d\'administration ou de bases de données ' +
        '(SSH, RDP, WinRM, Telnet, VNC, Docker, API Kubernetes, kubelet, etcd, SQL Server, Oracle, MySQL, PostgreSQL, MongoDB, Redis, Elasticsearch, Memcached, Cassandra) ; ' +
        'les points d\'accès des API Kubernetes managées (EKS, AKS, GKE) sont privés ou restreints à des réseaux autorisés ; les bases de données ne sont pas accessibles publiquement : une base AWS dotée d\'une adresse publique (`PubliclyAccessible` sur RDS, Redshift, DMS) est en échec quoi qu\'autorisent ses groupes de sécurité, de même qu\'un pare-feu Azure SQL, PostgreSQL ou MySQL admettant toute adresse ou tous les services Azure (0.0.0.0) et une instance Cloud SQL autorisant 0.0.0.0/0. ' +
        'Sur les NACL, sans état, une autorisation de la plage éphémère (1024–65535) se lit comme du trafic de retour, non comme un service ouvert : les groupes de sécurité décident de ce qui écoute.',
    },
    messages: {
      portsOpen: { en: 'Opens {{ports}} to the internet ({{sources}}).', fr: 'Ouvre {{ports}} à Internet ({{sources}}).' },
      portsUnverified: {
        en: 'Could not verify that {{ports}} {{verb}} closed to the internet: rule sources, ports or order are not known.',
        fr: 'Impossible de vérifier que {{ports}} {{verb}} fermé(s) à Internet : les sources, ports ou l\'ordre des règles ne sont pas connus.',
      },
      isOne: { en: 'is', fr: 'est' },
      areMany: { en: 'are', fr: 'sont' },
      morePorts: { en: '{{listed}} and {{count}} more administration or database ports', fr: '{{listed}} et {{count}} autres ports d\'administration ou de bases de données' },
      noPortOpen: { en: 'No administration or database port is open to the internet.', fr: 'Aucun port d\'administration ou de base de données n\'est ouvert à Internet.' },
      endpointPrivate: { en: 'The {{endpoint}} is not reachable from public networks.', fr: 'Le point d\'accès {{endpoint}} n\'est pas joignable depuis les réseaux publics.' },
      endpointUnverified: { en: 'Could not verify whether the {{endpoint}} is reachable from public networks.', fr: 'Impossible de vérifier si le point d\'accès {{endpoint}} est joignable depuis les réseaux publics.' },
      endpointOpenToAll: { en: 'The {{endpoint}} is reachable from any address on the internet.', fr: 'Le point d\'accès {{endpoint}} est joignable depuis n\'importe quelle adresse d\'Internet.' },
      endpointNetworksUnknown: {
        en: 'The {{endpoint}} has a public endpoint; which networks may reach it could not be verified.',
        fr: 'Le point d\'accès {{endpoint}} est public ; les réseaux autorisés à le joindre n\'ont pu être vérifiés.',
      },
      endpointOpen: { en: 'The {{endpoint}} is reachable from the internet ({{networks}}).', fr: 'Le point d\'accès {{endpoint}} est joignable depuis Internet ({{networks}}).' },
      endpointRestricted: {
        en: 'The {{endpoint}} is public but restricted to {{count}} allowed network(s).',
        fr: 'Le point d\'accès {{endpoint}} est public mais restreint à {{count}} réseau(x) autorisé(s).',
      },
      databasePublic: { en: 'The {{endpoint}} is publicly accessible: {{reach}}.', fr: 'Le point d\'accès {{endpoint}} est accessible publiquement : {{reach}}.' },
      reachAddress: {
        en: 'it has an internet address, whatever its network rules admit (now: {{networks}})',
        fr: 'il a une adresse sur Internet, quoi qu\'admettent ses règles réseau (aujourd\'hui : {{networks}})',
      },
      reachAll: { en: 'it admits connections from any address', fr: 'il admet les connexions de n\'importe quelle adresse' },
      reachNetworks: { en: 'it admits connections from {{networks}}', fr: 'il admet les connexions depuis {{networks}}' },
      networksUnread: { en: 'not read', fr: 'non lues' },
      networksNone: { en: 'no network', fr: 'aucun réseau' },
      settleRules: { en: 'the rule sources and ports once applied', fr: 'les sources et ports des règles une fois appliqués' },
      settleEndpoint: { en: 'the endpoint access settings once applied', fr: 'les réglages d\'accès du point d\'accès une fois appliqués' },
      settleNetworks: { en: 'the list of networks allowed to reach the endpoint', fr: 'la liste des réseaux autorisés à joindre le point d\'accès' },
    },
    remediation: {
      aws: {
        terraform: {
          en: 'Restrict `cidr_blocks`/`ipv6_cidr_blocks` of admin ports to a bastion or VPN range (or use SSM Session Manager); set `endpoint_public_access = false` or narrow `public_access_cidrs` on EKS; set `publicly_accessible = false` on RDS and Aurora instances, Redshift clusters and DMS replication instances (a public address fails whatever the security groups allow).',
          fr: 'Restreindre `cidr_blocks`/`ipv6_cidr_blocks` des ports d\'administration à une plage de bastion ou de VPN (ou utiliser SSM Session Manager) ; mettre `endpoint_public_access = false` ou restreindre `public_access_cidrs` sur EKS ; mettre `publicly_accessible = false` sur les instances RDS et Aurora, les clusters Redshift et les instances de réplication DMS (une adresse publique est en échec quoi qu\'autorisent les groupes de sécurité).',
        },
        live: {
          en: 'Remove the 0.0.0.0/0 and ::/0 rules on admin ports (`aws ec2 revoke-security-group-ingress`) and reach hosts through SSM Session Manager or a VPN; make the EKS endpoint private (`aws eks update-cluster-config --resources-vpc-config endpointPublicAccess=false`); `aws rds modify-db-instance --no-publicly-accessible` and `aws redshift modify-cluster --no-publicly-accessible` (a DMS replication instance is recreated without public access).',
          fr: 'Supprimer les règles 0.0.0.0/0 et ::/0 sur les ports d\'administration (`aws ec2 revoke-security-group-ingress`) et joindre les hôtes par SSM Session Manager ou un VPN ; rendre privé le point d\'accès EKS (`aws eks update-cluster-config --resources-vpc-config endpointPublicAccess=false`) ; `aws rds modify-db-instance --no-publicly-accessible` et `aws redshift modify-cluster --no-publicly-accessible` (une instance de réplication DMS se recrée sans accès public).',
        },
      },
      azure: {
        terraform: {
          en: 'Replace `Internet`/`*` sources of admin ports by a bastion or VPN range (or use Azure Bastion); enable `private_cluster_enabled` or `api_server_access_profile.authorized_ip_ranges` on AKS; set `public_network_access_enabled = false` on databases, or remove the firewall rules (`azurerm_mssql_firewall_rule`, `azurerm_postgresql_flexible_server_firewall_rule`, `azurerm_mysql_flexible_server_firewall_rule`…) from 0.0.0.0 to 255.255.255.255 and the 0.0.0.0–0.0.0.0 "Allow Azure services" rule in favour of private endpoints.',
          fr: 'Remplacer les sources `Internet`/`*` des ports d\'administration par une plage de bastion ou de VPN (ou utiliser Azure Bastion) ; activer `private_cluster_enabled` ou `api_server_access_profile.authorized_ip_ranges` sur AKS ; mettre `public_network_access_enabled = false` sur les bases de données, ou supprimer les règles de pare-feu (`azurerm_mssql_firewall_rule`, `azurerm_postgresql_flexible_server_firewall_rule`, `azurerm_mysql_flexible_server_firewall_rule`…) de 0.0.0.0 à 255.255.255.255 et la règle 0.0.0.0–0.0.0.0 « Autoriser les services Azure » au profit de points de terminaison privés.',
        },
        live: {
          en: 'Delete or narrow the NSG rules that allow `Internet`/`*` on admin ports (`az network nsg rule update --source-address-prefixes …`) and use Azure Bastion or just-in-time VM access; restrict the AKS API (`az aks update --api-server-authorized-ip-ranges …`); disable public network access on databases, or delete the rules that admit everyone or every Azure service (`az sql server firewall-rule delete --name AllowAllWindowsAzureIps …`, `az postgres flexible-server firewall-rule delete …`, `az mysql flexible-server firewall-rule delete …`).',
          fr: 'Supprimer ou restreindre les règles NSG qui autorisent `Internet`/`*` sur les ports d\'administration (`az network nsg rule update --source-address-prefixes …`) et utiliser Azure Bastion ou l\'accès juste-à-temps aux VM ; restreindre l\'API AKS (`az aks update --api-server-authorized-ip-ranges …`) ; désactiver l\'accès réseau public des bases de données, ou supprimer les règles qui admettent tout le monde ou tous les services Azure (`az sql server firewall-rule delete --name AllowAllWindowsAzureIps …`, `az postgres flexible-server firewall-rule delete …`, `az mysql flexible-server firewall-rule delete …`).',
        },
      },
      gcp: {
        terraform: {
          en: 'Limit `source_ranges` of admin ports to IAP (35.235.240.0/20) or a VPN range; enable `private_cluster_config.enable_private_endpoint` or `master_authorized_networks_config` on GKE; remove 0.0.0.0/0 from Cloud SQL `authorized_networks`.',
          fr: 'Limiter `source_ranges` des ports d\'administration à IAP (35.235.240.0/20) ou à une plage VPN ; activer `private_cluster_config.enable_private_endpoint` ou `master_authorized_networks_config` sur GKE ; retirer 0.0.0.0/0 des `authorized_networks` de Cloud SQL.',
        },
        live: {
          en: 'Narrow the firewall rule to IAP (`gcloud compute firewall-rules update RULE --source-ranges=35.235.240.0/20`) or delete it; turn on GKE master authorized networks (`gcloud container clusters update --enable-master-authorized-networks`); remove 0.0.0.0/0 from Cloud SQL authorized networks (`gcloud sql instances patch --authorized-networks=…`).',
          fr: 'Restreindre la règle de pare-feu à IAP (`gcloud compute firewall-rules update RÈGLE --source-ranges=35.235.240.0/20`) ou la supprimer ; activer les réseaux autorisés du plan de contrôle GKE (`gcloud container clusters update --enable-master-authorized-networks`) ; retirer 0.0.0.0/0 des réseaux autorisés Cloud SQL (`gcloud sql instances patch --authorized-networks=…`).',
        },
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
    return { status: 'fail', messageId: 'portsOpen', data: { ports: listSome(names), sources: sources.join(', ') }, evidence: [...new Set(exposed.map((e) => e.rule.evidence))], facet: 'ingress' };
  }
  if (undecided.length) {
    const names = [...new Set(undecided.map((e) => `${e.name} (${e.port})`))];
    return {
      status: 'unknown',
      messageId: 'portsUnverified',
      data: { ports: listSome(names), verb: { messageId: names.length === 1 ? 'isOne' : 'areMany' } },
      evidence: undecided.flatMap((e) => (e.rule ? [e.rule.evidence] : [])),
      settle: { messageId: 'settleRules' },
      facet: 'ingress',
    };
  }
  return { status: 'pass', messageId: 'noPortOpen', facet: 'ingress' };
}

function checkEndpoint(resource: Resource): CheckResult | undefined {
  const e = resource.facets.adminEndpoint;
  if (!e) return undefined;
  const evidence = e.evidence;
  const endpoint = e.label;
  const facet = 'adminEndpoint' as const;
  // A database open to the internet fails as such, whether by its own address or by its firewall.
  const exposed = (reach: MessageValue, generic: CheckResult): CheckResult =>
    e.kind === 'kubernetes-api' ? generic : { status: 'fail', messageId: 'databasePublic', data: { endpoint, reach }, evidence, facet };
  if (e.publicAccess === 'no') return { status: 'pass', messageId: 'endpointPrivate', data: { endpoint }, evidence, facet };
  if (e.publicAccess === 'unknown') return { status: 'unknown', messageId: 'endpointUnverified', data: { endpoint }, evidence, settle: e.settle ?? { messageId: 'settleEndpoint' }, facet };
  if (e.publicAddress) return exposed({ messageId: 'reachAddress', data: { networks: networksShown(e.allowedNetworks) } }, { status: 'fail', messageId: 'endpointOpenToAll', data: { endpoint }, evidence, facet });
  if (e.allowedNetworks === 'any') return exposed({ messageId: 'reachAll' }, { status: 'fail', messageId: 'endpointOpenToAll', data: { endpoint }, evidence, facet });
  if (e.allowedNetworks === 'unknown') return { status: 'unknown', messageId: 'endpointNetworksUnknown', data: { endpoint }, evidence, settle: e.settle ?? { messageId: 'settleNetworks' }, facet };
  const networks = e.allowedNetworks.filter(isPublicSource).join(', ');
  if (networks) return exposed({ messageId: 'reachNetworks', data: { networks } }, { status: 'fail', messageId: 'endpointOpen', data: { endpoint, networks }, evidence, facet });
  return { status: 'pass', messageId: 'endpointRestricted', data: { endpoint, count: e.allowedNetworks.length }, evidence, facet };
}

function networksShown(n: AdminEndpointFacet['allowedNetworks']): MessageValue {
  if (n === 'unknown') return { messageId: 'networksUnread' };
  if (n === 'any') return '0.0.0.0/0';
  return n.length ? n.join(', ') : { messageId: 'networksNone' };
}

/** `SSH (22), RDP (3389)`, or the first four and how many more: a rule opening every port would list twenty. */
function listSome(names: string[]): MessageValue {
  return names.length <= 5 ? names.join(', ') : { messageId: 'morePorts', data: { listed: names.slice(0, 4).join(', '), count: names.length - 4 } };
}
