import longLivedCredentials from '../../policies/long-lived-credentials.js';
import { describe, expect, it } from 'vitest';
import { check, judgePlan, planStatus, refs, resultOf } from '../helpers/plan-verdicts.js';
import { type FixtureResource } from '../helpers/plan-builder.js';

import * as cfg from '../helpers/aws-fixtures.js';
import * as asset from '../helpers/gcp-policy-estate.js';
import { describeTwins } from '../helpers/twins.js';

/** The long-lived-credentials policy on each cloud's plans, and the same estate as a plan and as an inventory (twins). */

describe('AWS plans', () => {
  it('fails IAM access keys, passes nothing else by default', () => {
    const key: FixtureResource = { address: 'aws_iam_access_key.ci', values: { user: 'ci-deployer', status: 'Active', pgp_key: null }, unknown: { id: true, secret: true, ses_smtp_password_v4: true }, sensitive: { secret: true } };
    const r = check(longLivedCredentials, [key]).result('aws_iam_access_key.ci');
    expect(r).toMatchObject({ status: 'fail', messageId: 'longLived', data: { holder: 'IAM access key of user ci-deployer' } });
    const unknownUser = check(longLivedCredentials, [{ ...key, values: { status: 'Active' }, unknown: { id: true, secret: true, user: true }, expressions: { user: refs('aws_iam_user.ci.name', 'aws_iam_user.ci') } }]);
    expect(unknownUser.result('aws_iam_access_key.ci')).toMatchObject({ status: 'fail', messageId: 'longLived', data: { holder: 'IAM access key' } });
    expect(check(longLivedCredentials, [{ address: 'aws_iam_user.ci', values: { name: 'ci' }, unknown: { arn: true, id: true } }]).status('aws_iam_user.ci')).toBe('none');
  });
});

describe('Azure plans', () => {
  it('Entra ID client secrets are long-lived keys', () => {
    const secret: FixtureResource = { address: 'azuread_application_password.ci', values: { display_name: 'ci', end_date_relative: '8760h' }, unknown: { id: true, application_id: true, key_id: true, value: true, end_date: true }, sensitive: { value: true } };
    expect(judgePlan('long-lived-credentials', [secret], 'azuread_application_password.ci').result).toMatchObject({ status: 'fail', messageId: 'longLived', data: { holder: 'application client secret' } });
    const sp: FixtureResource = { address: 'azuread_service_principal_password.app', values: { end_date_relative: null, rotate_when_changed: null }, unknown: { display_name: true, end_date: true, id: true, key_id: true, service_principal_id: true, start_date: true, value: true } };
    expect(planStatus('long-lived-credentials', [sp], 'azuread_service_principal_password.app')).toBe('fail');
  });
});

describe('GCP plans: service account keys', () => {
  it('fails a user-managed service account key', () => {
    const key: FixtureResource = {
      address: 'google_service_account_key.ci',
      values: { key_algorithm: 'KEY_ALG_RSA_2048', private_key_type: 'TYPE_GOOGLE_CREDENTIALS_FILE', public_key_type: 'TYPE_X509_PEM_FILE', keepers: null, public_key_data: null },
      unknown: { id: true, name: true, private_key: true, public_key: true, service_account_id: true, valid_after: true, valid_before: true },
      sensitive: { private_key: true },
      expressions: { service_account_id: { references: ['google_service_account.ci.name', 'google_service_account.ci'] } },
    };
    expect(resultOf(longLivedCredentials, [key], 'google_service_account_key.ci')).toMatchObject({ status: 'fail', messageId: 'longLived', data: { holder: 'service account key' } });
  });
});

const iamUser: FixtureResource = { address: 'aws_iam_user.ci', values: { name: 'ci-deployer', path: '/', force_destroy: false, permissions_boundary: null }, unknown: { arn: true, id: true, unique_id: true } };
const accessKey: FixtureResource = {
  address: 'aws_iam_access_key.ci',
  values: { user: 'ci-deployer', status: 'Active', pgp_key: null },
  unknown: { id: true, secret: true, ses_smtp_password_v4: true, create_date: true, encrypted_secret: true, key_fingerprint: true },
  sensitive: { secret: true, ses_smtp_password_v4: true },
  expressions: { user: refs('aws_iam_user.ci.name', 'aws_iam_user.ci') },
};
/** Access keys are in the IAM credential report, outside AWS Config: the live side is a scan of the local server. */
const credentialReport = (keys: boolean) => ({ callerAccount: cfg.ACCOUNT, credentialReports: { [cfg.ACCOUNT]: cfg.credentialReport(cfg.ACCOUNT, [{ user: '<root_account>', password: 'not_supported', mfa: true }, { user: 'ci-deployer', password: false, mfa: false, keys, keyRotated: 20, keyLastUsed: 1 }]) } });

describeTwins('long-lived-credentials', [
  {
    // The plan judges the access key resource, the live scan the user holding it: same verdict, each names its own holder.
    name: 'an IAM user with an active access key',
    cloud: 'aws',
    plan: [iamUser, accessKey],
    live: [cfg.iamUser({ name: 'ci-deployer' })],
    awsApi: credentialReport(true),
    at: { plan: 'aws_iam_access_key.ci', live: 'user/ci-deployer' },
    expect: { plan: { status: 'fail', messageId: 'longLived', data: { holder: 'IAM access key of user ci-deployer' } }, live: { status: 'fail', messageId: 'longLived', data: { holder: 'IAM user ci-deployer' } } },
  },
  {
    // Disagreement: a plan cannot see keys created outside it, so it says nothing of a user; the credential report shows it has none.
    name: 'an IAM user without access keys',
    cloud: 'aws',
    plan: [iamUser],
    live: [cfg.iamUser({ name: 'ci-deployer' })],
    awsApi: credentialReport(false),
    at: { plan: 'aws_iam_user.ci', live: 'user/ci-deployer' },
    expect: { plan: { status: 'none' }, live: { status: 'pass', messageId: 'clean' } },
  },
  {
    name: 'a user-managed service account key',
    cloud: 'gcp',
    plan: [{ address: 'google_service_account_key.ci', values: { key_algorithm: 'KEY_ALG_RSA_2048', private_key_type: 'TYPE_GOOGLE_CREDENTIALS_FILE', public_key_type: 'TYPE_X509_PEM_FILE', keepers: null, public_key_data: null }, unknown: { id: true, name: true, private_key: true, public_key: true, service_account_id: true, valid_after: true, valid_before: true }, sensitive: { private_key: true } }],
    live: [asset.serviceAccountKey('hosting-prod', '3f1e2d4c5b6a', { keyType: 'USER_MANAGED' })],
    at: { plan: 'google_service_account_key.ci', live: 'keys/3f1e2d4c5b6a' },
    expect: { status: 'fail', messageId: 'longLived', data: { holder: 'service account key' } },
  },
]);
