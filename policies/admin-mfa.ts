import { definePolicy } from '../src/policy/api.js';
import { capitalise } from '../src/policy/text.js';

export default definePolicy({
  meta: {
    id: 'admin-mfa',
    title: 'Administrators must use multi-factor authentication',
    rules: ['CLD-19', 'CLD-18'],
    severity: 'critical',
    description:
      'People with administrative rights authenticate with more than one factor. ' +
      'AWS: IAM users with admin rights and console access are under a policy that denies actions without MFA; roles with admin rights that people assume require `aws:MultiFactorAuthPresent`. ' +
      'Azure: privileged role assignments are covered by a conditional-access policy requiring MFA. ' +
      'GCP: basic owner/editor roles are not granted to individual users; 2-step verification is not visible in configuration. ' +
      'Where the input cannot show MFA, the result is unknown with the evidence that would settle it, never a pass.',
    remediation: {
      aws: 'Attach to admin users (or their group) a policy that denies all actions when `aws:MultiFactorAuthPresent` is false (BoolIfExists), and add `"Bool": {"aws:MultiFactorAuthPresent": "true"}` to the trust policy of admin roles people assume; prefer IAM Identity Center with MFA.',
      azure: 'Create an `azuread_conditional_access_policy` requiring the `mfa` grant control for all users holding privileged roles (or for the Azure management app), and assign privileged roles to groups covered by it.',
      gcp: 'Grant predefined roles to groups instead of basic owner/editor roles to individual users, and enforce 2-step verification for those groups in Cloud Identity / Workspace.',
    },
    fr: {
      remediation: {
        aws: 'Attacher aux utilisateurs administrateurs (ou à leur groupe) une politique qui refuse toute action quand `aws:MultiFactorAuthPresent` est faux (BoolIfExists), et ajouter `"Bool": {"aws:MultiFactorAuthPresent": "true"}` à la politique d\'approbation des rôles d\'administration endossés par des personnes ; préférer IAM Identity Center avec MFA.',
        azure: 'Créer une `azuread_conditional_access_policy` exigeant le contrôle `mfa` pour tous les utilisateurs titulaires de rôles privilégiés (ou pour l\'application de gestion Azure), et attribuer les rôles privilégiés à des groupes qu\'elle couvre.',
        gcp: 'Attribuer des rôles prédéfinis à des groupes plutôt que les rôles de base owner/editor à des utilisateurs, et imposer la validation en deux étapes à ces groupes dans Cloud Identity / Workspace.',
      },
    },
    facets: ['identity'],
  },
  check(resource) {
    const id = resource.facets.identity;
    if (!id) return undefined;
    const who = id.principal ? `${id.principalKind} ${id.principal}` : id.principalKind;
    const evidence = id.evidence;
    if (id.violation) return { status: 'fail', message: `${capitalise(who)}: ${id.violation}`, evidence };
    if (id.admin === 'no' || id.humanAccess === 'no' || id.mfa === 'not-applicable') return undefined;
    if (id.admin === 'unknown') {
      return {
        status: 'unknown',
        message: `Could not determine whether ${who} has administrative rights, so MFA could not be checked.`,
        evidence,
        settle: id.settle ?? 'the permissions attached to the principal',
      };
    }
    if (id.mfa === 'enforced') return { status: 'pass', message: `${capitalise(who)} has administrative rights and MFA is enforced.`, evidence };
    if (id.mfa === 'absent' && id.humanAccess === 'yes') {
      return { status: 'fail', message: `${capitalise(who)} has administrative rights and interactive access without enforced MFA.`, evidence };
    }
    return {
      status: 'unknown',
      message:
        id.mfa === 'absent'
          ? `${capitalise(who)} has administrative rights and no MFA enforcement is visible; whether people use it interactively could not be verified.`
          : `${capitalise(who)} has administrative rights; MFA enforcement is not visible in this input.`,
      evidence,
      settle: id.settle ?? 'proof that MFA is enforced for this principal',
    };
  },
});
