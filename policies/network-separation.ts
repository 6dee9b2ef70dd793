import { definePolicy, type CheckResult } from '../src/policy/api.js';
import { worstOf } from '../src/policy/combine.js';
import type { DefaultNetworkFacet, EnvironmentMixFacet } from '../src/model/facets.js';

export default definePolicy({
  meta: {
    id: 'network-separation',
    title: { en: 'Production is separated from other environments, and default networks are not used', fr: 'La production est séparée des autres environnements, et les réseaux par défaut ne sont pas utilisés' },
    rules: ['CLD-25', 'CLD-20', 'CLD-36'],
    severity: 'medium',
    description: {
      en: 'Production and non-production resources do not share an account, subscription or project (told apart by environment tags or labels, see `environments` in the configuration); workloads do not run in default networks (AWS default VPC, GCP `default` network), whose permissive defaults are shared by everything placed there.',
      fr: 'Les ressources de production et hors production ne partagent pas un compte, un abonnement ou un projet (distinguées par les étiquettes d\'environnement, voir `environments` dans la configuration) ; les charges de travail ne tournent pas dans les réseaux par défaut (VPC par défaut AWS, réseau `default` GCP), dont les réglages permissifs sont partagés par tout ce qu\'on y place.',
    },
    messages: {
      defaultNetwork: { en: 'The {{network}} is a default network.', fr: 'Le réseau {{network}} est un réseau par défaut.' },
      defaultUnknown: { en: 'Could not verify whether the {{network}} is a default network.', fr: 'Impossible de vérifier si le réseau {{network}} est un réseau par défaut.' },
      mixed: {
        en: '{{scope}} mixes {{production}} production and {{nonProduction}} non-production resources (e.g. {{productionExamples}} / {{nonProductionExamples}}).',
        fr: '{{scope}} mêle {{production}} ressources de production et {{nonProduction}} hors production (par exemple {{productionExamples}} / {{nonProductionExamples}}).',
      },
      onlyProduction: { en: '{{scope}} holds only production resources (by environment tags).', fr: '{{scope}} ne contient que des ressources de production (selon les étiquettes d\'environnement).' },
      onlyNonProduction: { en: '{{scope}} holds only non-production resources (by environment tags).', fr: '{{scope}} ne contient que des ressources hors production (selon les étiquettes d\'environnement).' },
      settleNetwork: { en: 'the network configuration', fr: 'la configuration du réseau' },
    },
    remediation: {
      aws: {
        terraform: {
          en: 'Put production in its own account (AWS Organizations); create dedicated VPCs and delete default VPCs.',
          fr: 'Placer la production dans son propre compte (AWS Organizations) ; créer des VPC dédiés et supprimer les VPC par défaut.',
        },
        live: {
          en: 'Move production workloads to a dedicated account of the organisation; move workloads out of the default VPC, then delete it (`aws ec2 delete-vpc`) in every region.',
          fr: 'Déplacer les charges de production dans un compte dédié de l\'organisation ; sortir les charges du VPC par défaut, puis le supprimer (`aws ec2 delete-vpc`) dans chaque région.',
        },
      },
      azure: {
        terraform: { en: 'Put production in its own subscription (management groups separate them).', fr: 'Placer la production dans son propre abonnement (les groupes d\'administration les séparent).' },
        live: {
          en: 'Move production resources to a dedicated subscription (`az resource move`), placed under its own management group with its own policies.',
          fr: 'Déplacer les ressources de production dans un abonnement dédié (`az resource move`), placé sous son propre groupe d\'administration avec ses propres stratégies.',
        },
      },
      gcp: {
        terraform: {
          en: 'Put production in its own project (folders separate them); create custom-mode networks and delete the `default` network (or enforce `compute.skipDefaultNetworkCreation`).',
          fr: 'Placer la production dans son propre projet (les dossiers les séparent) ; créer des réseaux en mode personnalisé et supprimer le réseau `default` (ou imposer `compute.skipDefaultNetworkCreation`).',
        },
        live: {
          en: 'Move production to its own project under a production folder; move workloads to a custom-mode network and `gcloud compute networks delete default`; enforce `compute.skipDefaultNetworkCreation`.',
          fr: 'Déplacer la production dans son propre projet sous un dossier de production ; déplacer les charges vers un réseau en mode personnalisé et `gcloud compute networks delete default` ; imposer `compute.skipDefaultNetworkCreation`.',
        },
      },
    },
    facets: ['defaultNetwork', 'environmentMix'],
  },
  check(resource) {
    return worstOf([checkNetwork(resource.facets.defaultNetwork), checkEnvironments(resource.facets.environmentMix)]);
  },
});

function checkNetwork(n: DefaultNetworkFacet | undefined): CheckResult | undefined {
  if (!n) return undefined;
  const base = { data: { network: n.label }, evidence: n.evidence, facet: 'defaultNetwork' as const };
  if (n.isDefault === 'yes') return { status: 'fail', messageId: 'defaultNetwork', ...base };
  if (n.isDefault === 'unknown') return { status: 'unknown', messageId: 'defaultUnknown', ...base, settle: { messageId: 'settleNetwork' } };
  return undefined;
}

function checkEnvironments(mix: EnvironmentMixFacet | undefined): CheckResult | undefined {
  if (!mix) return undefined;
  const facet = 'environmentMix' as const;
  if (mix.production > 0 && mix.nonProduction > 0) {
    return {
      status: 'fail',
      messageId: 'mixed',
      data: {
        scope: mix.scope,
        production: mix.production,
        nonProduction: mix.nonProduction,
        productionExamples: mix.examples.production.join(', '),
        nonProductionExamples: mix.examples.nonProduction.join(', '),
      },
      evidence: [{ path: `tags[${mix.tagKeys.join('|')}]`, note: 'environment tags or labels' }],
      facet,
    };
  }
  return { status: 'pass', messageId: mix.production ? 'onlyProduction' : 'onlyNonProduction', data: { scope: mix.scope }, facet };
}
