import { definePolicy } from '../src/policy/api.js';

export default definePolicy({
  meta: {
    id: 'long-lived-credentials',
    title: 'No root access keys, no long-lived or unused credentials',
    rules: ['CLD-14', 'CLD-16'],
    severity: 'high',
    description:
      'The root (owner) account has no access keys; people and workloads use temporary credentials (roles, workload identity) rather than long-lived keys (IAM user access keys, user-managed service account keys); credentials unused for `maxUnusedCredentialDays` (90) are removed.',
    remediation: {
      aws: 'Delete root access keys; replace `aws_iam_access_key` with roles (OIDC federation for CI); remove keys unused for 90 days (IAM credential report).',
      azure: 'Use managed identities and workload identity federation instead of client secrets; remove unused service principal credentials.',
      gcp: 'Avoid `google_service_account_key` (use workload identity federation, or service account impersonation); enforce `iam.disableServiceAccountKeyCreation`.',
    },
    fr: {
      remediation: {
        aws: 'Supprimer les clés d\'accès du compte racine ; remplacer `aws_iam_access_key` par des rôles (fédération OIDC pour la CI) ; retirer les clés inutilisées depuis 90 jours (rapport d\'identifiants IAM).',
        azure: 'Utiliser des identités managées et la fédération d\'identité de charge de travail plutôt que des secrets client ; retirer les identifiants inutilisés des principaux de service.',
        gcp: 'Éviter `google_service_account_key` (fédération d\'identité de charge de travail, ou emprunt d\'identité de compte de service) ; imposer `iam.disableServiceAccountKeyCreation`.',
      },
    },
    facets: ['credential'],
  },
  check(resource, { settings }) {
    const c = resource.facets.credential;
    if (!c) return undefined;
    if (c.rootAccessKeys === 'yes') return { status: 'fail', message: `The ${c.label} has access keys.`, evidence: c.evidence };
    if (typeof c.unusedDays === 'number' && c.unusedDays > settings.maxUnusedCredentialDays) {
      return { status: 'fail', message: `The ${c.label} has not been used for ${c.unusedDays} days (more than ${settings.maxUnusedCredentialDays}).`, evidence: c.evidence };
    }
    if (c.longLivedKey === 'yes') return { status: 'fail', message: `The ${c.label} is a long-lived key; use temporary credentials instead.`, evidence: c.evidence };
    if (c.rootAccessKeys === 'unknown' || c.longLivedKey === 'unknown' || c.unusedDays === 'unknown') {
      return { status: 'unknown', message: `Could not verify the credentials of the ${c.label}.`, evidence: c.evidence, settle: c.settle ?? 'the credential report' };
    }
    return { status: 'pass', message: `The ${c.label} holds no long-lived or unused credential.`, evidence: c.evidence };
  },
});
