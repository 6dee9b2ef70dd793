import { definePolicy } from '../src/policy/api.js';
import type { IdentityFacet } from '../src/model/facets.js';

const VIOLATION_MESSAGE: Record<NonNullable<IdentityFacet['violation']>, string> = {
  'basic-role-to-user': 'basicRoleToUser',
  'admin-to-public': 'adminToPublic',
  'excluded-from-mfa-policy': 'excludedFromMfaPolicy',
};

const KIND_MESSAGE: Record<IdentityFacet['principalKind'], string> = {
  user: 'kindUser',
  group: 'kindGroup',
  role: 'kindRole',
  'service-account': 'kindServiceAccount',
  grant: 'kindGrant',
};

export default definePolicy({
  meta: {
    id: 'admin-mfa',
    title: { en: 'Administrators must use multi-factor authentication', fr: 'Les administrateurs utilisent une authentification multifacteur' },
    rules: ['CLD-19', 'CLD-18'],
    severity: 'critical',
    description: {
      en:
        'People with administrative rights authenticate with more than one factor. ' +
        'AWS: IAM users with admin rights and console access are under a policy that denies actions without MFA; roles with admin rights that people assume require `aws:MultiFactorAuthPresent`. ' +
        'Azure: privileged role assignments are covered by a conditional-access policy requiring MFA. ' +
        'GCP: basic owner/editor roles are not granted to individual users; 2-step verification is not visible in configuration. ' +
        'Where the input cannot show MFA, the result is unknown with the evidence that would settle it, never a pass.',
      fr:
        'Les personnes ayant des droits d\'administration s\'authentifient avec plus d\'un facteur. ' +
        'AWS : les utilisateurs IAM administrateurs avec accès console sont soumis à une politique qui refuse toute action sans MFA ; les rôles d\'administration endossés par des personnes exigent `aws:MultiFactorAuthPresent`. ' +
        'Azure : les attributions de rôles privilégiés sont couvertes par une stratégie d\'accès conditionnel exigeant la MFA. ' +
        'GCP : les rôles de base owner/editor ne sont pas attribués à des utilisateurs individuels ; la validation en deux étapes ne se voit pas dans la configuration. ' +
        'Quand l\'entrée ne peut montrer la MFA, le résultat est inconnu, avec la preuve qui trancherait, jamais conforme.',
    },
    messages: {
      violation: { en: '{{who}}: {{violation}}.', fr: '{{who}} : {{violation}}.' },
      basicRoleToUser: {
        en: 'basic owner/editor role granted directly to an individual user; grant predefined roles to groups with 2-step verification enforced',
        fr: 'rôle de base owner/editor attribué directement à un utilisateur ; attribuer des rôles prédéfinis à des groupes soumis à la validation en deux étapes',
      },
      adminToPublic: { en: 'administrative role granted to allUsers / allAuthenticatedUsers: anyone can use it', fr: 'rôle d\'administration attribué à allUsers / allAuthenticatedUsers : n\'importe qui peut s\'en servir' },
      excludedFromMfaPolicy: {
        en: 'excluded from the conditional-access policy that requires MFA, while holding a privileged role',
        fr: 'exclu de la stratégie d\'accès conditionnel qui exige la MFA, tout en détenant un rôle privilégié',
      },
      adminUnknown: {
        en: 'Could not determine whether {{who}} has administrative rights, so MFA could not be checked.',
        fr: 'Impossible de déterminer si {{who}} a des droits d\'administration : la MFA n\'a pu être vérifiée.',
      },
      mfaEnforced: { en: '{{who}} has administrative rights and MFA is enforced.', fr: '{{who}} a des droits d\'administration et la MFA est imposée.' },
      mfaAbsent: {
        en: '{{who}} has administrative rights and interactive access without enforced MFA.',
        fr: '{{who}} a des droits d\'administration et un accès interactif sans MFA imposée.',
      },
      mfaAbsentAccessUnknown: {
        en: '{{who}} has administrative rights and no MFA enforcement is visible; whether people use it interactively could not be verified.',
        fr: '{{who}} a des droits d\'administration et aucune MFA imposée n\'est visible ; l\'usage interactif par des personnes n\'a pu être vérifié.',
      },
      mfaNotVisible: {
        en: '{{who}} has administrative rights; MFA enforcement is not visible in this input.',
        fr: '{{who}} a des droits d\'administration ; l\'obligation de MFA ne se voit pas dans cette entrée.',
      },
      who: { en: '{{kind}}{{principal}}', fr: '{{kind}}{{principal}}' },
      kindUser: { en: 'user', fr: 'l\'utilisateur' },
      kindGroup: { en: 'group', fr: 'le groupe' },
      kindRole: { en: 'role', fr: 'le rôle' },
      kindServiceAccount: { en: 'service account', fr: 'le compte de service' },
      kindGrant: { en: 'grant', fr: 'l\'attribution' },
      settlePermissions: { en: 'the permissions attached to the principal', fr: 'les permissions attachées au principal' },
      settleMfa: { en: 'proof that MFA is enforced for this principal', fr: 'la preuve que la MFA est imposée à ce principal' },
    },
    remediation: {
      aws: {
        terraform: {
          en: 'Attach to admin users (or their group) a policy that denies all actions when `aws:MultiFactorAuthPresent` is false (BoolIfExists), and add `"Bool": {"aws:MultiFactorAuthPresent": "true"}` to the trust policy of admin roles people assume; prefer IAM Identity Center with MFA.',
          fr: 'Attacher aux utilisateurs administrateurs (ou à leur groupe) une politique qui refuse toute action quand `aws:MultiFactorAuthPresent` est faux (BoolIfExists), et ajouter `"Bool": {"aws:MultiFactorAuthPresent": "true"}` à la politique d\'approbation des rôles d\'administration endossés par des personnes ; préférer IAM Identity Center avec MFA.',
        },
        live: {
          en: 'In the IAM console, assign an MFA device to each admin user (`aws iam enable-mfa-device`) and attach a deny-without-MFA policy to their group; require MFA in the trust policy of admin roles (`aws iam update-assume-role-policy`); move people to IAM Identity Center with MFA required.',
          fr: 'Dans la console IAM, associer un dispositif MFA à chaque utilisateur administrateur (`aws iam enable-mfa-device`) et attacher à leur groupe une politique de refus sans MFA ; exiger la MFA dans la politique d\'approbation des rôles d\'administration (`aws iam update-assume-role-policy`) ; passer les personnes sur IAM Identity Center avec MFA obligatoire.',
        },
      },
      azure: {
        terraform: {
          en: 'Create an `azuread_conditional_access_policy` requiring the `mfa` grant control for all users holding privileged roles (or for the Azure management app), and assign privileged roles to groups covered by it.',
          fr: 'Créer une `azuread_conditional_access_policy` exigeant le contrôle `mfa` pour tous les utilisateurs titulaires de rôles privilégiés (ou pour l\'application de gestion Azure), et attribuer les rôles privilégiés à des groupes qu\'elle couvre.',
        },
        live: {
          en: 'In Entra ID > Security > Conditional Access, create a policy granting access only with multi-factor authentication for the directory roles and groups holding Owner, Contributor or User Access Administrator (or for "Microsoft Azure Management"), with no exclusion of administrators; check it in report-only mode, then turn it on.',
          fr: 'Dans Entra ID > Sécurité > Accès conditionnel, créer une stratégie n\'accordant l\'accès qu\'avec authentification multifacteur pour les rôles d\'annuaire et les groupes détenant Owner, Contributor ou User Access Administrator (ou pour « Microsoft Azure Management »), sans exclure d\'administrateur ; la vérifier en mode rapport seul, puis l\'activer.',
        },
      },
      gcp: {
        terraform: {
          en: 'Grant predefined roles to groups instead of basic owner/editor roles to individual users, and enforce 2-step verification for those groups in Cloud Identity / Workspace.',
          fr: 'Attribuer des rôles prédéfinis à des groupes plutôt que les rôles de base owner/editor à des utilisateurs, et imposer la validation en deux étapes à ces groupes dans Cloud Identity / Workspace.',
        },
        live: {
          en: 'Replace basic owner/editor grants to users by predefined roles granted to groups (`gcloud projects remove-iam-policy-binding` / `add-iam-policy-binding`); in the Admin console > Security > 2-Step Verification, enforce it for those groups.',
          fr: 'Remplacer les attributions owner/editor à des utilisateurs par des rôles prédéfinis attribués à des groupes (`gcloud projects remove-iam-policy-binding` / `add-iam-policy-binding`) ; dans la console d\'administration > Sécurité > Validation en deux étapes, l\'imposer à ces groupes.',
        },
      },
    },
    facets: ['identity'],
  },
  check(resource) {
    const id = resource.facets.identity;
    if (!id) return undefined;
    const who = { messageId: 'who', data: { kind: { messageId: KIND_MESSAGE[id.principalKind] }, principal: id.principal ? ` ${id.principal}` : '' } };
    const evidence = id.evidence;
    if (id.violation) return { status: 'fail', messageId: 'violation', data: { who, violation: { messageId: VIOLATION_MESSAGE[id.violation] } }, evidence };
    if (id.admin === 'no' || id.humanAccess === 'no' || id.mfa === 'not-applicable') return undefined;
    if (id.admin === 'unknown') return { status: 'unknown', messageId: 'adminUnknown', data: { who }, evidence, settle: id.settle ?? { messageId: 'settlePermissions' } };
    if (id.mfa === 'enforced') return { status: 'pass', messageId: 'mfaEnforced', data: { who }, evidence };
    if (id.mfa === 'absent' && id.humanAccess === 'yes') return { status: 'fail', messageId: 'mfaAbsent', data: { who }, evidence };
    return {
      status: 'unknown',
      messageId: id.mfa === 'absent' ? 'mfaAbsentAccessUnknown' : 'mfaNotVisible',
      data: { who },
      evidence,
      settle: id.settle ?? { messageId: 'settleMfa' },
    };
  },
});
