import { definePolicy } from '../src/policy/api.js';
import { globMatch } from '../src/waivers.js';

export default definePolicy({
  meta: {
    id: 'availability',
    title: 'Services that need it run across availability zones',
    rules: ['CLD-69'],
    severity: 'medium',
    description:
      'Databases and load balancers named in the configuration (`highAvailability`: resource patterns) run across several availability zones (RDS Multi-AZ, Aurora with replicas in several zones, load balancers in subnets of two zones or more, zone-redundant Azure services, regional Cloud SQL). Without `highAvailability` in the configuration, this policy judges nothing: availability targets are the service\'s own.',
    remediation: {
      aws: 'Set `multi_az = true` on RDS; give load balancers subnets in at least two zones.',
      azure: 'Use zone-redundant SKUs (`zone_redundant`, `zones`), or high availability mode ZoneRedundant on flexible servers.',
      gcp: 'Set `availability_type = "REGIONAL"` on Cloud SQL; use regional managed instance groups and clusters.',
    },
    fr: {
      remediation: {
        aws: 'Mettre `multi_az = true` sur RDS ; donner aux répartiteurs de charge des sous-réseaux dans au moins deux zones.',
        azure: 'Utiliser des SKU redondants entre zones (`zone_redundant`, `zones`), ou le mode haute disponibilité ZoneRedundant sur les serveurs flexibles.',
        gcp: 'Mettre `availability_type = "REGIONAL"` sur Cloud SQL ; utiliser des groupes d\'instances et des clusters régionaux.',
      },
    },
    facets: ['availability'],
  },
  check(resource, { settings }) {
    const a = resource.facets.availability;
    if (!a || !settings.highAvailability.some((pattern) => globMatch(pattern, resource.id))) return undefined;
    if (a.multiZone === 'no') return { status: 'fail', message: `The ${a.label} runs in a single zone.`, evidence: a.evidence };
    if (a.multiZone === 'unknown') return { status: 'unknown', message: `Could not verify that the ${a.label} runs across zones.`, evidence: a.evidence, settle: a.settle ?? 'the zone settings once applied' };
    return { status: 'pass', message: `The ${a.label} runs across zones.`, evidence: a.evidence };
  },
});
