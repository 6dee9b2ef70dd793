import passwordPolicy from '../../policies/password-policy.js';
import { describe, expect, it } from 'vitest';
import { check, refs } from '../helpers/plan-verdicts.js';
import { type FixtureResource } from '../helpers/plan-builder.js';
import * as cfg from '../helpers/aws-fixtures.js';
import { describeTwins } from '../helpers/twins.js';

/** The password-policy policy: its verdicts on AWS plans, and the same account as a plan and as a live scan (twins). Azure and GCP leave passwords to Entra ID and Cloud Identity, which neither side reads. */

const policy = (values: Record<string, unknown>, extra: Partial<FixtureResource> = {}): FixtureResource => ({
  address: 'aws_iam_account_password_policy.strict',
  values: { minimum_password_length: 14, require_lowercase_characters: true, require_uppercase_characters: true, require_numbers: true, require_symbols: false, password_reuse_prevention: 5, max_password_age: 90, allow_users_to_change_password: true, ...values },
  unknown: { id: true, expire_passwords: true },
  ...extra,
});

describe('AWS plans', () => {
  it('passes CL-15, fails what falls short', () => {
    expect(check(passwordPolicy, [policy({})]).result('aws_iam_account_password_policy.strict')).toMatchObject({ status: 'pass', messageId: 'meets' });
    const weak = check(passwordPolicy, [policy({ minimum_password_length: 6, require_uppercase_characters: false, password_reuse_prevention: null, max_password_age: 0 })]).result('aws_iam_account_password_policy.strict');
    expect(weak).toMatchObject({
      status: 'fail',
      messageId: 'shortOf',
      data: {
        problems: [
          { messageId: 'tooLow', data: { what: { messageId: 'minLength' }, value: 6, min: 8 } },
          { messageId: 'tooLow', data: { what: { messageId: 'characterClasses' }, value: 2, min: 3 } },
          { messageId: 'tooLow', data: { what: { messageId: 'reusePrevention' }, value: { messageId: 'notSet' }, min: 5 } },
          { messageId: 'tooHigh', data: { what: { messageId: 'maxAge' }, value: { messageId: 'notSet' }, max: 90 } },
        ],
      },
    });
  });

  it('is unknown while a requirement comes from a variable', () => {
    const r = check(passwordPolicy, [policy({ max_password_age: undefined }, { unknown: { id: true, max_password_age: true }, expressions: { max_password_age: refs('var.max_age') } })]).result('aws_iam_account_password_policy.strict');
    expect(r?.status).toBe('unknown');
    expect(r).toMatchObject({ messageId: 'unverified', data: { unknowns: [{ messageId: 'maxAge' }] } });
  });
});

/** The account's policy as GetAccountPasswordPolicy returns it: only the local AWS server gives it (AWS Config does not record it). */
const accountPolicy = (p: Record<string, number | boolean>) => ({ callerAccount: cfg.ACCOUNT, passwordPolicies: { [cfg.ACCOUNT]: p } });
const ACCOUNT_ROOT = `arn:aws:iam::${cfg.ACCOUNT}:root`;

describeTwins('password-policy', [
  {
    name: 'a policy meeting CL-15',
    cloud: 'aws',
    plan: [policy({})],
    live: [],
    awsApi: accountPolicy({ MinimumPasswordLength: 14, RequireLowercaseCharacters: true, RequireUppercaseCharacters: true, RequireNumbers: true, RequireSymbols: false, PasswordReusePrevention: 5, MaxPasswordAge: 90, ExpirePasswords: true, AllowUsersToChangePassword: true }),
    at: { plan: 'aws_iam_account_password_policy.strict', live: ACCOUNT_ROOT },
    expect: { status: 'pass', messageId: 'meets' },
  },
  {
    name: 'a short policy without reuse prevention or expiry',
    cloud: 'aws',
    plan: [policy({ minimum_password_length: 6, require_uppercase_characters: false, password_reuse_prevention: null, max_password_age: 0 })],
    live: [],
    awsApi: accountPolicy({ MinimumPasswordLength: 6, RequireLowercaseCharacters: true, RequireUppercaseCharacters: false, RequireNumbers: true, RequireSymbols: false, ExpirePasswords: false, AllowUsersToChangePassword: true }),
    at: { plan: 'aws_iam_account_password_policy.strict', live: ACCOUNT_ROOT },
    expect: {
      status: 'fail',
      messageId: 'shortOf',
      data: {
        problems: [
          { messageId: 'tooLow', data: { what: { messageId: 'minLength' }, value: 6, min: 8 } },
          { messageId: 'tooLow', data: { what: { messageId: 'characterClasses' }, value: 2, min: 3 } },
          { messageId: 'tooLow', data: { what: { messageId: 'reusePrevention' }, value: { messageId: 'notSet' }, min: 5 } },
          { messageId: 'tooHigh', data: { what: { messageId: 'maxAge' }, value: { messageId: 'notSet' }, max: 90 } },
        ],
      },
    },
  },
]);
