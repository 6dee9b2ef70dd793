/**
 * Account credentials (the `passwordPolicy` and `credential` facets): the IAM account password
 * policy against CL-15, and long-lived credentials created in the plan (IAM user access keys,
 * service-specific credentials). Root access keys and unused credentials are not in Terraform:
 * the live scan reads them from the IAM credential report.
 */
import type { CredentialFacet, PasswordPolicyFacet } from '../../../src/model/facets.js';
import type { Builder, BuilderTable } from '../../terraform/builder-types.js';
import { setting } from '../../terraform/tf-resource.js';
import { evidence, flag, numberOf, text } from './values.js';

const CLASSES = ['require_lowercase_characters', 'require_uppercase_characters', 'require_numbers', 'require_symbols'] as const;

/**
 * `aws_iam_account_password_policy`: `minimum_password_length` defaults to 6; the character class
 * requirements, `password_reuse_prevention` and `max_password_age` are off unless set (0 for the
 * age means passwords never expire).
 */
const passwordPolicy: Builder<PasswordPolicyFacet> = (r) => {
  const length = setting(r, 'minimum_password_length');
  const reuse = setting(r, 'password_reuse_prevention');
  const age = setting(r, 'max_password_age');
  const classes = CLASSES.map((c) => flag(r, c));
  const yes = classes.filter((c) => c.truth === 'yes').length;
  const maybe = classes.filter((c) => c.truth === 'unknown').length;
  const characterClasses = yes >= 3 || maybe === 0 ? yes : yes + maybe >= 3 ? 'unknown' : yes;
  const num = (a: typeof length, whenUnset: number | undefined): number | 'unknown' | undefined =>
    a.state === 'unknown' ? 'unknown' : a.state === 'unset' ? whenUnset : numberOf(a) === 0 ? undefined : numberOf(a);
  return {
    minLength: num(length, 6),
    characterClasses,
    reusePrevention: num(reuse, undefined),
    maxAgeDays: num(age, undefined),
    evidence: [evidence(r, length), ...classes.map((c) => evidence(r, c.attr)), evidence(r, reuse), evidence(r, age)],
  };
};

/** An IAM user's access key: a long-lived credential, whatever its status (an inactive key can be turned back on). */
const accessKey: Builder<CredentialFacet> = (r) => {
  const user = text(r, 'user');
  const status = text(r, 'status');
  return {
    label: `IAM access key${user.state === 'known' ? ` of user ${String(user.value)}` : ''}`,
    longLivedKey: 'yes',
    evidence: [evidence(r, user, { safe: true }), evidence(r, status, { safe: true, ...(status.state === 'unset' ? { note: 'not set: Active' } : {}) })],
  };
};

/** Service-specific credentials (CodeCommit, Keyspaces, Bedrock): passwords that do not expire unless rotated. */
const serviceCredential: Builder<CredentialFacet> = (r) => {
  const service = text(r, 'service_name');
  return {
    label: 'IAM service-specific credential',
    longLivedKey: 'yes',
    evidence: [evidence(r, service, { safe: true })],
  };
};

export const accountsTable: BuilderTable = {
  passwordPolicy: {
    aws_iam_account_password_policy: passwordPolicy,
  },
  credential: {
    aws_iam_access_key: accessKey,
    aws_iam_service_specific_credential: serviceCredential,
  },
};
