/**
 * A small realistic AWS estate for the live tests: two regions of one account, with a pass, a fail
 * and an unknown for each of the five policies.
 */
import type { AwsFixture, FixtureItem } from './aws-server.js';
import {
  ACCOUNT,
  ADMIN_DOC,
  FORCE_MFA_DOC,
  READ_ONLY_DOC,
  credentialReport,
  dynamoTable,
  eksCluster,
  iamGroup,
  iamPolicy,
  iamRole,
  iamUser,
  keyArn,
  kmsKey,
  networkAcl,
  rdsInstance,
  s3Bucket,
  securityGroup,
  trail,
  volume,
} from './aws-fixtures.js';

export const CMK = 'c0ffee00-1111-4222-8333-444455556666';
export const AWS_KEY = 'a3a5e8d1-0f0f-4a4a-9b9b-0123456789ab';

export function estateItems(): FixtureItem[] {
  const items: FixtureItem[] = [
    kmsKey({ id: CMK, manager: 'CUSTOMER' }),
    kmsKey({ id: AWS_KEY, manager: 'AWS' }),
    // 250 encrypted volumes: three pages of SelectResourceConfig.
    ...Array.from({ length: 250 }, (_, i) => volume({ id: `vol-${String(i).padStart(17, '0')}`, encrypted: true, kmsKeyId: keyArn(CMK) })),
    volume({ id: 'vol-plain', encrypted: false }),
    volume({ id: 'vol-nofield' }),
    volume({ id: 'vol-awskey', encrypted: true, kmsKeyId: keyArn(AWS_KEY) }),
    s3Bucket({ name: 'app-data', sse: { algorithm: 'aws:kms', key: keyArn(CMK) } }),
    s3Bucket({ name: 'trail-logs', lifecycle: [{ id: 'expire', days: 400, prefix: 'AWSLogs/' }] }),
    s3Bucket({ name: 'short-trail-logs', lifecycle: [{ id: 'expire', days: 90 }] }),
    s3Bucket({ name: 'app-replicated', replicateTo: ['dr-copy'] }),
    s3Bucket({ name: 'dr-copy', region: 'us-east-1' }),
    securityGroup({ id: 'sg-0ssh0000000000001', name: 'bastion', ingress: [{ protocol: 'tcp', from: 22, cidrs: ['0.0.0.0/0'] }] }),
    securityGroup({ id: 'sg-0web0000000000002', name: 'web', ingress: [{ protocol: 'tcp', from: 443, cidrs: ['0.0.0.0/0'], ipv6: ['::/0'] }] }),
    securityGroup({ id: 'sg-0db00000000000003', name: 'db-open', ingress: [{ protocol: 'tcp', from: 5432, cidrs: ['0.0.0.0/0'] }] }),
    securityGroup({ id: 'sg-0db00000000000004', name: 'db-private', ingress: [{ protocol: 'tcp', from: 5432, cidrs: ['10.0.0.0/16'], groups: ['sg-0web0000000000002'] }] }),
    networkAcl({
      id: 'acl-0guarded00000001',
      entries: [
        { rule: 90, action: 'deny', protocol: '6', from: 22, cidr: '0.0.0.0/0' },
        { rule: 100, action: 'allow', protocol: '-1', cidr: '0.0.0.0/0' },
      ],
    }),
    rdsInstance({ id: 'orders-public', encrypted: true, kmsKeyId: keyArn(CMK), publiclyAccessible: true, securityGroups: ['sg-0db00000000000003'] }),
    rdsInstance({ id: 'orders-partner', encrypted: true, kmsKeyId: keyArn(CMK), publiclyAccessible: true, securityGroups: ['sg-0db00000000000004'] }),
    rdsInstance({ id: 'orders-private', encrypted: false, publiclyAccessible: false, securityGroups: ['sg-0db00000000000004'] }),
    eksCluster({ name: 'platform' }),
    eksCluster({ name: 'platform-private', publicAccess: false }),
    eksCluster({ name: 'platform-open', publicAccess: true, publicCidrs: ['0.0.0.0/0'] }),
    dynamoTable({ name: 'sessions', replicas: ['us-east-1'] }),
    dynamoTable({ name: 'orders', kmsKey: keyArn(CMK) }),
    trail({ name: 'org-audit', bucket: 'trail-logs' }),
    trail({ name: 'short-audit', bucket: 'short-trail-logs', validation: false }),
    trail({ name: 'elsewhere', bucket: 'bucket-in-another-account' }),
    iamPolicy({ name: 'PlatformAdmin', document: ADMIN_DOC }),
    iamPolicy({ name: 'ForceMFA', document: FORCE_MFA_DOC }),
    iamGroup({ name: 'admins', managed: [`arn:aws:iam::${ACCOUNT}:policy/PlatformAdmin`] }),
    iamGroup({ name: 'mfa-admins', managed: [`arn:aws:iam::${ACCOUNT}:policy/PlatformAdmin`, `arn:aws:iam::${ACCOUNT}:policy/ForceMFA`] }),
    iamUser({ name: 'alice', groups: ['admins'] }),
    iamUser({ name: 'bob', managed: ['arn:aws:iam::aws:policy/AdministratorAccess'] }),
    iamUser({ name: 'carol', inline: [READ_ONLY_DOC] }),
    iamUser({ name: 'dave', groups: ['admins'] }),
    iamUser({ name: 'erin', groups: ['mfa-admins'] }),
    iamRole({ name: 'break-glass', managed: ['arn:aws:iam::aws:policy/AdministratorAccess'], trust: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'sts:AssumeRole' }] } }),
    iamRole({
      name: 'deploy',
      managed: ['arn:aws:iam::aws:policy/AdministratorAccess'],
      trust: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Federated: `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com` }, Action: 'sts:AssumeRoleWithWebIdentity' }] },
    }),
    volume({ id: 'vol-useast', region: 'us-east-1', encrypted: true, kmsKeyId: keyArn('d00d0000-1111-4222-8333-444455556666', { region: 'us-east-1' }) }),
  ];
  return items;
}

export function estate(): AwsFixture {
  return {
    callerAccount: ACCOUNT,
    items: estateItems(),
    logGroups: {
      [ACCOUNT]: {
        'eu-west-3': [{ logGroupName: '/app/api', retentionInDays: 30 }, { logGroupName: '/app/audit', retentionInDays: 400, kmsKeyId: keyArn(CMK) }, { logGroupName: '/app/forever' }],
        'us-east-1': [],
      },
    },
    credentialReports: {
      [ACCOUNT]: credentialReport(ACCOUNT, [
        { user: '<root_account>', password: 'not_supported', mfa: true },
        { user: 'alice', password: true, mfa: true },
        { user: 'bob', password: true, mfa: false },
        { user: 'carol', password: true, mfa: false },
        { user: 'erin', password: true, mfa: false },
      ]),
    },
    trails: {
      [`arn:aws:cloudtrail:eu-west-3:${ACCOUNT}:trail/org-audit`]: { isLogging: true },
      [`arn:aws:cloudtrail:eu-west-3:${ACCOUNT}:trail/short-audit`]: { isLogging: true },
      [`arn:aws:cloudtrail:eu-west-3:${ACCOUNT}:trail/elsewhere`]: { isLogging: false },
    },
  };
}
