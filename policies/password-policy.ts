import { definePolicy, type MessageRef } from '../src/policy/api.js';

const REQUIRED = { minLength: 8, characterClasses: 3, reusePrevention: 5, maxAgeDays: 90 };

export default definePolicy({
  meta: {
    id: 'password-policy',
    title: { en: 'Account passwords follow the partner password rules', fr: 'Les mots de passe du compte suivent les règles partenaires' },
    rules: ['CL-15', 'CLD-18'],
    severity: 'medium',
    description: {
      en: 'Where the cloud account has its own passwords (AWS IAM users), the account password policy requires at least 8 characters from 3 of the 4 character classes, refuses the last 5 passwords, and makes them change at least every 90 days (CL-15).',
      fr: 'Là où le compte cloud a ses propres mots de passe (utilisateurs IAM AWS), la politique de mots de passe du compte exige au moins 8 caractères de 3 des 4 classes, refuse les 5 derniers mots de passe et impose un changement au moins tous les 90 jours (CL-15).',
    },
    messages: {
      shortOf: { en: 'The account password policy falls short of CL-15: {{problems}}.', fr: 'La politique de mots de passe du compte ne satisfait pas CL-15 : {{problems}}.' },
      unverified: { en: 'Could not verify the password policy\'s {{unknowns}}.', fr: 'Impossible de vérifier, dans la politique de mots de passe : {{unknowns}}.' },
      meets: { en: 'The account password policy meets CL-15.', fr: 'La politique de mots de passe du compte satisfait CL-15.' },
      tooLow: { en: '{{what}} {{value}} (at least {{min}} required)', fr: '{{what}} {{value}} (au moins {{min}} exigé)' },
      tooHigh: { en: '{{what}} {{value}} (at most {{max}} days required)', fr: '{{what}} {{value}} (au plus {{max}} jours exigé)' },
      notSet: { en: 'not set', fr: 'non défini' },
      minLength: { en: 'minimum length', fr: 'longueur minimale' },
      characterClasses: { en: 'character classes', fr: 'classes de caractères' },
      reusePrevention: { en: 'previous passwords refused', fr: 'anciens mots de passe refusés' },
      maxAge: { en: 'maximum age', fr: 'durée de vie maximale' },
      settlePolicy: { en: 'the account password policy once applied', fr: 'la politique de mots de passe du compte une fois appliquée' },
    },
    remediation: {
      aws: {
        terraform: {
          en: 'Set `aws_iam_account_password_policy` with `minimum_password_length >= 8`, three of `require_lowercase_characters`/`require_uppercase_characters`/`require_numbers`/`require_symbols`, `password_reuse_prevention >= 5` and `max_password_age <= 90`; better, use IAM Identity Center with the organisation\'s identity provider.',
          fr: 'Définir `aws_iam_account_password_policy` avec `minimum_password_length >= 8`, trois parmi `require_lowercase_characters`/`require_uppercase_characters`/`require_numbers`/`require_symbols`, `password_reuse_prevention >= 5` et `max_password_age <= 90` ; mieux, utiliser IAM Identity Center avec le fournisseur d\'identité de l\'organisation.',
        },
        live: {
          en: 'Set the account password policy (IAM > Account settings, or `aws iam update-account-password-policy --minimum-password-length 12 --require-lowercase-characters --require-uppercase-characters --require-numbers --password-reuse-prevention 5 --max-password-age 90`).',
          fr: 'Régler la politique de mots de passe du compte (IAM > Paramètres du compte, ou `aws iam update-account-password-policy --minimum-password-length 12 --require-lowercase-characters --require-uppercase-characters --require-numbers --password-reuse-prevention 5 --max-password-age 90`).',
        },
      },
      azure: {
        terraform: {
          en: 'Passwords are governed by Entra ID (password protection, banned passwords); prefer passwordless and MFA.',
          fr: 'Les mots de passe relèvent d\'Entra ID (protection par mot de passe, mots de passe interdits) ; préférer le sans-mot-de-passe et la MFA.',
        },
        live: {
          en: 'In Entra ID > Security > Authentication methods > Password protection, set the lockout and banned-password list; expiry and history are tenant settings outside the scanned estate.',
          fr: 'Dans Entra ID > Sécurité > Méthodes d\'authentification > Protection par mot de passe, régler le verrouillage et la liste de mots de passe interdits ; expiration et historique sont des paramètres du locataire hors du périmètre analysé.',
        },
      },
      gcp: {
        terraform: { en: 'Passwords are governed by Cloud Identity / Google Workspace password policies.', fr: 'Les mots de passe relèvent des politiques de Cloud Identity / Google Workspace.' },
        live: {
          en: 'In the Admin console > Security > Password management, set the length, strength, reuse and expiry rules for the organisational units.',
          fr: 'Dans la console d\'administration > Sécurité > Gestion des mots de passe, régler longueur, robustesse, réutilisation et expiration pour les unités organisationnelles.',
        },
      },
    },
    facets: ['passwordPolicy'],
  },
  check(resource) {
    const p = resource.facets.passwordPolicy;
    if (!p) return undefined;
    const problems: MessageRef[] = [];
    const unknowns: MessageRef[] = [];
    const atLeast = (value: number | 'unknown' | undefined, min: number, what: string) => {
      if (value === 'unknown') unknowns.push({ messageId: what });
      else if (value === undefined || value < min) problems.push({ messageId: 'tooLow', data: { what: { messageId: what }, value: value ?? { messageId: 'notSet' }, min } });
    };
    atLeast(p.minLength, REQUIRED.minLength, 'minLength');
    atLeast(p.characterClasses, REQUIRED.characterClasses, 'characterClasses');
    atLeast(p.reusePrevention, REQUIRED.reusePrevention, 'reusePrevention');
    if (p.maxAgeDays === 'unknown') unknowns.push({ messageId: 'maxAge' });
    else if (p.maxAgeDays === undefined || p.maxAgeDays > REQUIRED.maxAgeDays) {
      problems.push({ messageId: 'tooHigh', data: { what: { messageId: 'maxAge' }, value: p.maxAgeDays ?? { messageId: 'notSet' }, max: REQUIRED.maxAgeDays } });
    }
    if (problems.length) return { status: 'fail', messageId: 'shortOf', data: { problems }, evidence: p.evidence };
    if (unknowns.length) return { status: 'unknown', messageId: 'unverified', data: { unknowns }, evidence: p.evidence, settle: { messageId: 'settlePolicy' } };
    return { status: 'pass', messageId: 'meets', evidence: p.evidence };
  },
});
