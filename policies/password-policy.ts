import { definePolicy } from '../src/policy/api.js';

/** CL-15: at least 8 characters from 3 classes, the last 5 passwords refused, changed every 90 days at most. */
const REQUIRED = { minLength: 8, characterClasses: 3, reusePrevention: 5, maxAgeDays: 90 };

export default definePolicy({
  meta: {
    id: 'password-policy',
    title: 'Account passwords follow the partner password rules',
    rules: ['CL-15', 'CLD-18'],
    severity: 'medium',
    description:
      'Where the cloud account has its own passwords (AWS IAM users), the account password policy requires at least 8 characters from 3 of the 4 character classes, refuses the last 5 passwords, and makes them change at least every 90 days (CL-15).',
    remediation: {
      aws: 'Set `aws_iam_account_password_policy` with `minimum_password_length >= 8`, three of `require_lowercase_characters`/`require_uppercase_characters`/`require_numbers`/`require_symbols`, `password_reuse_prevention >= 5` and `max_password_age <= 90`; better, use IAM Identity Center with the organisation\'s identity provider.',
      azure: 'Passwords are governed by Entra ID (password protection, banned passwords); prefer passwordless and MFA.',
      gcp: 'Passwords are governed by Cloud Identity / Google Workspace password policies.',
    },
    fr: {
      remediation: {
        aws: 'Définir `aws_iam_account_password_policy` avec `minimum_password_length >= 8`, trois parmi `require_lowercase_characters`/`require_uppercase_characters`/`require_numbers`/`require_symbols`, `password_reuse_prevention >= 5` et `max_password_age <= 90` ; mieux, utiliser IAM Identity Center avec le fournisseur d\'identité de l\'organisation.',
        azure: 'Les mots de passe relèvent d\'Entra ID (protection par mot de passe, mots de passe interdits) ; préférer le sans-mot-de-passe et la MFA.',
        gcp: 'Les mots de passe relèvent des politiques de Cloud Identity / Google Workspace.',
      },
    },
    facets: ['passwordPolicy'],
  },
  check(resource) {
    const p = resource.facets.passwordPolicy;
    if (!p) return undefined;
    const problems: string[] = [];
    const unknowns: string[] = [];
    const atLeast = (value: number | 'unknown' | undefined, min: number, what: string) => {
      if (value === 'unknown') unknowns.push(what);
      else if (value === undefined || value < min) problems.push(`${what} ${value ?? 'not set'} (at least ${min} required)`);
    };
    atLeast(p.minLength, REQUIRED.minLength, 'minimum length');
    atLeast(p.characterClasses, REQUIRED.characterClasses, 'character classes');
    atLeast(p.reusePrevention, REQUIRED.reusePrevention, 'previous passwords refused');
    if (p.maxAgeDays === 'unknown') unknowns.push('maximum age');
    else if (p.maxAgeDays === undefined || p.maxAgeDays > REQUIRED.maxAgeDays) problems.push(`maximum age ${p.maxAgeDays ?? 'not set'} (at most ${REQUIRED.maxAgeDays} days required)`);
    if (problems.length) return { status: 'fail', message: `The account password policy falls short of CL-15: ${problems.join('; ')}.`, evidence: p.evidence };
    if (unknowns.length) return { status: 'unknown', message: `Could not verify the password policy's ${unknowns.join(', ')}.`, evidence: p.evidence, settle: 'the account password policy once applied' };
    return { status: 'pass', message: 'The account password policy meets CL-15.', evidence: p.evidence };
  },
});
