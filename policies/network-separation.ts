import { definePolicy } from '../src/policy/api.js';
import { worstOf } from '../src/policy/combine.js';

export default definePolicy({
  meta: {
    id: 'network-separation',
    title: 'Production is separated from other environments, and default networks are not used',
    rules: ['CLD-25', 'CLD-20'],
    severity: 'medium',
    description:
      'Production and non-production resources do not share an account, subscription or project (told apart by environment tags or labels, see `environments` in the configuration); workloads do not run in default networks (AWS default VPC, GCP `default` network), whose permissive defaults are shared by everything placed there.',
    remediation: {
      aws: 'Put production in its own account (AWS Organizations); create dedicated VPCs and delete default VPCs.',
      azure: 'Put production in its own subscription (management groups separate them).',
      gcp: 'Put production in its own project (folders separate them); create custom-mode networks and delete the `default` network (or enforce `compute.skipDefaultNetworkCreation`).',
    },
    fr: {
      remediation: {
        aws: 'Placer la production dans son propre compte (AWS Organizations) ; créer des VPC dédiés et supprimer les VPC par défaut.',
        azure: 'Placer la production dans son propre abonnement (les groupes d\'administration les séparent).',
        gcp: 'Placer la production dans son propre projet (les dossiers les séparent) ; créer des réseaux en mode personnalisé et supprimer le réseau `default` (ou imposer `compute.skipDefaultNetworkCreation`).',
      },
    },
    facets: ['defaultNetwork', 'environmentMix'],
  },
  check(resource) {
    const n = resource.facets.defaultNetwork;
    const mix = resource.facets.environmentMix;
    const network = !n
      ? undefined
      : n.isDefault === 'yes'
        ? { status: 'fail' as const, message: `The ${n.label} is a default network.`, evidence: n.evidence }
        : n.isDefault === 'unknown'
          ? { status: 'unknown' as const, message: `Could not verify whether the ${n.label} is a default network.`, evidence: n.evidence, settle: 'the network configuration' }
          : undefined;
    const environments = !mix
      ? undefined
      : mix.production > 0 && mix.nonProduction > 0
        ? {
            status: 'fail' as const,
            message: `${mix.scope} mixes ${mix.production} production and ${mix.nonProduction} non-production resources (e.g. ${mix.examples.production.join(', ')} / ${mix.examples.nonProduction.join(', ')}).`,
            evidence: [{ path: `tags[${mix.tagKeys.join('|')}]`, note: 'environment tags or labels' }],
          }
        : { status: 'pass' as const, message: `${mix.scope} holds only ${mix.production ? 'production' : 'non-production'} resources (by environment tags).` };
    return worstOf([network, environments]);
  },
});
