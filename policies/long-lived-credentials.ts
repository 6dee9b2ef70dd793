import { definePolicy } from '../src/policy/api.js';

export default definePolicy({
  meta: {
    id: 'long-lived-credentials',
    title: { en: 'No root access keys, no long-lived or unused credentials', fr: 'Pas de clé d\'accès racine, pas d\'identifiant de longue durée ou inutilisé' },
    rules: ['CLD-14', 'CLD-16'],
    severity: 'high',
    description: {
      en: 'The root (owner) account has no access keys; people and workloads use temporary credentials (roles, workload identity) rather than long-lived keys (IAM user access keys, user-managed service account keys); credentials unused for `maxUnusedCredentialDays` (90) are removed.',
      fr: 'Le compte racine (propriétaire) n\'a pas de clé d\'accès ; personnes et charges de travail utilisent des identifiants temporaires (rôles, identité de charge de travail) plutôt que des clés de longue durée (clés d\'accès d\'utilisateurs IAM, clés de comptes de service gérées par l\'utilisateur) ; les identifiants inutilisés depuis `maxUnusedCredentialDays` (90) jours sont retirés.',
    },
    messages: {
      rootKeys: { en: 'The {{holder}} has access keys.', fr: 'Le titulaire {{holder}} a des clés d\'accès.' },
      unused: { en: 'The {{holder}} has not been used for {{days}} days (more than {{max}}).', fr: 'Le titulaire {{holder}} n\'a pas été utilisé depuis {{days}} jours (plus de {{max}}).' },
      longLived: { en: 'The {{holder}} is a long-lived key; use temporary credentials instead.', fr: 'Le titulaire {{holder}} est une clé de longue durée ; utiliser plutôt des identifiants temporaires.' },
      unverified: { en: 'Could not verify the credentials of the {{holder}}.', fr: 'Impossible de vérifier les identifiants du titulaire {{holder}}.' },
      clean: { en: 'The {{holder}} holds no long-lived or unused credential.', fr: 'Le titulaire {{holder}} n\'a aucun identifiant de longue durée ou inutilisé.' },
      settleReport: { en: 'the credential report', fr: 'le rapport d\'identifiants' },
    },
    remediation: {
      aws: {
        terraform: {
          en: 'Delete root access keys; replace `aws_iam_access_key` with roles (OIDC federation for CI); remove keys unused for 90 days (IAM credential report).',
          fr: 'Supprimer les clés d\'accès du compte racine ; remplacer `aws_iam_access_key` par des rôles (fédération OIDC pour la CI) ; retirer les clés inutilisées depuis 90 jours (rapport d\'identifiants IAM).',
        },
        live: {
          en: 'Sign in as root and delete its access keys (Security credentials page); deactivate then delete user keys unused for 90 days (`aws iam update-access-key --status Inactive`, `aws iam delete-access-key`); move CI to OIDC roles.',
          fr: 'Se connecter en racine et supprimer ses clés d\'accès (page Identifiants de sécurité) ; désactiver puis supprimer les clés d\'utilisateurs inutilisées depuis 90 jours (`aws iam update-access-key --status Inactive`, `aws iam delete-access-key`) ; passer la CI sur des rôles OIDC.',
        },
      },
      azure: {
        terraform: {
          en: 'Use managed identities and workload identity federation instead of client secrets; remove unused service principal credentials.',
          fr: 'Utiliser des identités managées et la fédération d\'identité de charge de travail plutôt que des secrets client ; retirer les identifiants inutilisés des principaux de service.',
        },
        live: {
          en: 'Remove client secrets from app registrations (`az ad app credential delete`) and add a federated credential for CI (`az ad app federated-credential create`); give workloads managed identities.',
          fr: 'Retirer les secrets client des inscriptions d\'applications (`az ad app credential delete`) et ajouter un identifiant fédéré pour la CI (`az ad app federated-credential create`) ; donner des identités managées aux charges de travail.',
        },
      },
      gcp: {
        terraform: {
          en: 'Avoid `google_service_account_key` (use workload identity federation, or service account impersonation); enforce `iam.disableServiceAccountKeyCreation`.',
          fr: 'Éviter `google_service_account_key` (fédération d\'identité de charge de travail, ou emprunt d\'identité de compte de service) ; imposer `iam.disableServiceAccountKeyCreation`.',
        },
        live: {
          en: 'Delete user-managed keys (`gcloud iam service-accounts keys delete`), set up workload identity federation for CI, and enforce the `iam.disableServiceAccountKeyCreation` organisation policy.',
          fr: 'Supprimer les clés gérées par l\'utilisateur (`gcloud iam service-accounts keys delete`), mettre en place la fédération d\'identité de charge de travail pour la CI, et imposer la règle d\'administration `iam.disableServiceAccountKeyCreation`.',
        },
      },
    },
    facets: ['credential'],
  },
  check(resource, { settings }) {
    const c = resource.facets.credential;
    if (!c) return undefined;
    const base = { data: { holder: c.label }, evidence: c.evidence };
    if (c.rootAccessKeys === 'yes') return { status: 'fail', messageId: 'rootKeys', ...base };
    if (typeof c.unusedDays === 'number' && c.unusedDays > settings.maxUnusedCredentialDays) {
      return { status: 'fail', messageId: 'unused', ...base, data: { holder: c.label, days: c.unusedDays, max: settings.maxUnusedCredentialDays } };
    }
    if (c.longLivedKey === 'yes') return { status: 'fail', messageId: 'longLived', ...base };
    if (c.rootAccessKeys === 'unknown' || c.longLivedKey === 'unknown' || c.unusedDays === 'unknown') {
      return { status: 'unknown', messageId: 'unverified', ...base, settle: c.settle ?? { messageId: 'settleReport' } };
    }
    return { status: 'pass', messageId: 'clean', ...base };
  },
});
