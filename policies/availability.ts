import { definePolicy } from '../src/policy/api.js';
import { globMatch } from '../src/waivers.js';

export default definePolicy({
  meta: {
    id: 'availability',
    title: { en: 'Services that need it run across availability zones', fr: 'Les services qui en ont besoin tournent sur plusieurs zones de disponibilité' },
    rules: ['CLD-69'],
    severity: 'medium',
    description: {
      en: 'Databases and load balancers named in the configuration (`highAvailability`: resource patterns) run across several availability zones (RDS Multi-AZ, Aurora with replicas in several zones, load balancers in subnets of two zones or more, zone-redundant Azure services, regional Cloud SQL). Without `highAvailability` in the configuration, this policy judges nothing: availability targets are the service\'s own.',
      fr: 'Les bases de données et répartiteurs de charge nommés dans la configuration (`highAvailability` : motifs de ressources) tournent sur plusieurs zones de disponibilité (RDS Multi-AZ, Aurora avec réplicas dans plusieurs zones, répartiteurs de charge dans des sous-réseaux de deux zones ou plus, services Azure redondants entre zones, Cloud SQL régional). Sans `highAvailability` dans la configuration, cette politique ne juge rien : les objectifs de disponibilité sont propres au service.',
    },
    messages: {
      singleZone: { en: 'The {{service}} runs in a single zone.', fr: 'Le service {{service}} tourne dans une seule zone.' },
      unverified: { en: 'Could not verify that the {{service}} runs across zones.', fr: 'Impossible de vérifier que le service {{service}} tourne sur plusieurs zones.' },
      multiZone: { en: 'The {{service}} runs across zones.', fr: 'Le service {{service}} tourne sur plusieurs zones.' },
      settleZones: { en: 'the zone settings once applied', fr: 'les réglages de zones une fois appliqués' },
    },
    remediation: {
      aws: {
        terraform: {
          en: 'Set `multi_az = true` on RDS; give load balancers subnets in at least two zones.',
          fr: 'Mettre `multi_az = true` sur RDS ; donner aux répartiteurs de charge des sous-réseaux dans au moins deux zones.',
        },
        live: {
          en: '`aws rds modify-db-instance --multi-az --apply-immediately`; add subnets of a second zone to load balancers (`aws elbv2 set-subnets`) and Auto Scaling groups.',
          fr: '`aws rds modify-db-instance --multi-az --apply-immediately` ; ajouter aux répartiteurs de charge (`aws elbv2 set-subnets`) et aux groupes Auto Scaling des sous-réseaux d\'une deuxième zone.',
        },
      },
      azure: {
        terraform: {
          en: 'Use zone-redundant SKUs (`zone_redundant`, `zones`), or high availability mode ZoneRedundant on flexible servers.',
          fr: 'Utiliser des SKU redondants entre zones (`zone_redundant`, `zones`), ou le mode haute disponibilité ZoneRedundant sur les serveurs flexibles.',
        },
        live: {
          en: 'Enable zone redundancy (`az sql db update --zone-redundant true`; `az postgres flexible-server update --high-availability ZoneRedundant`); recreate single-zone gateways and caches across zones.',
          fr: 'Activer la redondance entre zones (`az sql db update --zone-redundant true` ; `az postgres flexible-server update --high-availability ZoneRedundant`) ; recréer sur plusieurs zones les passerelles et caches mono-zone.',
        },
      },
      gcp: {
        terraform: {
          en: 'Set `availability_type = "REGIONAL"` on Cloud SQL; use regional managed instance groups and clusters.',
          fr: 'Mettre `availability_type = "REGIONAL"` sur Cloud SQL ; utiliser des groupes d\'instances et des clusters régionaux.',
        },
        live: {
          en: '`gcloud sql instances patch INSTANCE --availability-type=REGIONAL`; recreate zonal instance groups and GKE clusters as regional ones.',
          fr: '`gcloud sql instances patch INSTANCE --availability-type=REGIONAL` ; recréer en régional les groupes d\'instances et clusters GKE zonaux.',
        },
      },
    },
    facets: ['availability'],
  },
  check(resource, { settings }) {
    const a = resource.facets.availability;
    if (!a || !settings.highAvailability.some((pattern) => globMatch(pattern, resource.id))) return undefined;
    const base = { data: { service: a.label }, evidence: a.evidence };
    if (a.multiZone === 'no') return { status: 'fail', messageId: 'singleZone', ...base };
    if (a.multiZone === 'unknown') return { status: 'unknown', messageId: 'unverified', ...base, settle: a.settle ?? { messageId: 'settleZones' } };
    return { status: 'pass', messageId: 'multiZone', ...base };
  },
});
