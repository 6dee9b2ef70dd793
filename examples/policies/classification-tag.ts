/**
 * A user's own policy: data stores carry a classification tag (CLD-12, marking of information).
 * Scan with it: `cldscan scan plan.json --policies examples/policies`.
 * Which tag and which values are the organisation's own: change CLASSIFICATION below.
 */
import { definePolicy } from 'cldscan';

const CLASSIFICATION = { tag: 'classification', values: ['public', 'internal', 'confidential', 'secret'] };

export default definePolicy({
  meta: {
    id: 'classification-tag',
    title: { en: 'Data stores carry a classification tag', fr: 'Les stockages de données portent une étiquette de classification' },
    rules: ['CLD-12'],
    severity: 'low',
    description: {
      en: `Every data store has a \`${CLASSIFICATION.tag}\` tag (or label) with one of: ${CLASSIFICATION.values.join(', ')}.`,
      fr: `Chaque stockage de données a une étiquette \`${CLASSIFICATION.tag}\` valant : ${CLASSIFICATION.values.join(', ')}.`,
    },
    messages: {
      missing: { en: 'The {{service}} has no {{tag}} tag.', fr: 'Le stockage {{service}} n’a pas d’étiquette {{tag}}.' },
      unknownValue: {
        en: 'The {{service}} is tagged {{tag}}={{value}}, which is not one of {{allowed}}.',
        fr: 'Le stockage {{service}} porte {{tag}}={{value}}, qui n’est pas parmi {{allowed}}.',
      },
      classified: { en: 'The {{service}} is classified {{value}}.', fr: 'Le stockage {{service}} est classé {{value}}.' },
    },
    remediation: {
      aws: {
        terraform: { en: 'Add `tags = { classification = "internal" }` (or `default_tags` on the provider).', fr: 'Ajouter `tags = { classification = "internal" }` (ou `default_tags` sur le provider).' },
        live: { en: '`aws resourcegroupstaggingapi tag-resources --resource-arn-list ARN --tags classification=internal`.', fr: '`aws resourcegroupstaggingapi tag-resources --resource-arn-list ARN --tags classification=internal`.' },
      },
      azure: {
        terraform: { en: 'Add `tags = { classification = "internal" }`.', fr: 'Ajouter `tags = { classification = "internal" }`.' },
        live: { en: '`az tag update --resource-id ID --operation merge --tags classification=internal`.', fr: '`az tag update --resource-id ID --operation merge --tags classification=internal`.' },
      },
      gcp: {
        terraform: { en: 'Add `labels = { classification = "internal" }`.', fr: 'Ajouter `labels = { classification = "internal" }`.' },
        live: { en: '`gcloud storage buckets update gs://BUCKET --update-labels=classification=internal` (each service has its own `--update-labels`).', fr: '`gcloud storage buckets update gs://BUCKET --update-labels=classification=internal` (chaque service a son `--update-labels`).' },
      },
    },
    facets: ['storage'],
  },
  check(resource) {
    const store = resource.facets.storage;
    if (!store) return undefined;
    const key = Object.keys(resource.tags ?? {}).find((k) => k.toLowerCase() === CLASSIFICATION.tag);
    const data = { service: store.service, tag: CLASSIFICATION.tag };
    if (key === undefined) return { status: 'fail', messageId: 'missing', data };
    const value = resource.tags![key]!;
    if (!CLASSIFICATION.values.includes(value.toLowerCase())) {
      return { status: 'fail', messageId: 'unknownValue', data: { ...data, value, allowed: CLASSIFICATION.values.join(', ') } };
    }
    return { status: 'pass', messageId: 'classified', data: { ...data, value } };
  },
});
