/**
 * An AWS estate for the policies of backups, transport, keys, secrets, log protection, detection,
 * scanning, credentials and availability: one account in eu-west-3 (and CloudFront, GuardDuty and a
 * VPC in us-east-1), with a pass, a fail and an unknown for each policy that applies live.
 */
import type { AwsFixture, FixtureItem } from './aws-server.js';
import {
  ACCOUNT,
  backupPlan,
  backupSelection,
  backupVault,
  credentialReport,
  distribution,
  dynamoTable,
  ecrRepository,
  efsFileSystem,
  flowLog,
  guardDutyDetector,
  iamUser,
  keyArn,
  kmsKey,
  listener,
  loadBalancer,
  rdsInstance,
  s3Bucket,
  taskDefinition,
  trail,
  vpc,
} from './aws-fixtures.js';

export const TRAIL_KEY = 'c0ffee00-1111-4222-8333-444455556666';
export const ROTATED = '0a0a0a0a-1111-4222-8333-000000000001';
export const ROTATED_365 = '0a0a0a0a-1111-4222-8333-000000000002';
export const NOT_ROTATED = '0a0a0a0a-1111-4222-8333-000000000003';
export const SIGNING = '0a0a0a0a-1111-4222-8333-000000000004';

const DENY_HTTP = {
  Version: '2012-10-17',
  Statement: [{ Sid: 'DenyInsecureTransport', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: ['arn:aws:s3:::secure-data', 'arn:aws:s3:::secure-data/*'], Condition: { Bool: { 'aws:SecureTransport': 'false' } } }],
};

export function policyItems(): FixtureItem[] {
  const rotated365 = kmsKey({ id: ROTATED_365, manager: 'CUSTOMER', rotation: true });
  rotated365.supplementaryConfiguration = { ...rotated365.supplementaryConfiguration, RotationPeriodInDays: 365 };
  return [
    // Keys: rotation on with its period, rotation on (period not in the item), off; a signing key; an AWS managed key.
    kmsKey({ id: TRAIL_KEY, manager: 'CUSTOMER', rotation: true }),
    rotated365,
    kmsKey({ id: ROTATED, manager: 'CUSTOMER', rotation: true }),
    kmsKey({ id: NOT_ROTATED, manager: 'CUSTOMER', rotation: false }),
    kmsKey({ id: SIGNING, manager: 'CUSTOMER', spec: 'RSA_2048', rotation: false }),
    kmsKey({ id: 'a3a5e8d1-0f0f-4a4a-9b9b-0123456789ab', manager: 'AWS' }),

    // Backups.
    rdsInstance({ id: 'ledger', encrypted: true, kmsKeyId: keyArn(ROTATED), publiclyAccessible: false, backupRetention: 14, multiAZ: true, tags: { environment: 'prod' } }),
    rdsInstance({ id: 'reports', encrypted: true, kmsKeyId: keyArn(ROTATED), publiclyAccessible: false, backupRetention: 1, multiAZ: false, tags: { environment: 'prod' } }),
    rdsInstance({ id: 'reports-replica', encrypted: true, kmsKeyId: keyArn(ROTATED), publiclyAccessible: false, backupRetention: 0, replicaOf: 'reports' }),
    dynamoTable({ name: 'sessions', pitr: true }),
    dynamoTable({ name: 'cache', pitr: false }),
    dynamoTable({ name: 'orders', pitr: false }),
    efsFileSystem({ id: 'fs-0backed000000001', backup: 'ENABLED' }),
    efsFileSystem({ id: 'fs-0nobackup0000002' }),
    backupPlan({ id: 'plan-daily-35', name: 'daily', deleteAfterDays: [35, 7] }),
    backupSelection({ planId: 'plan-daily-35', name: 'orders', resources: [`arn:aws:dynamodb:eu-west-3:${ACCOUNT}:table/orders`] }),
    backupVault({ name: 'main' }),
    backupVault({ name: 'locked', locked: true, lockDate: '2026-02-01T00:00:00.000Z' }),
    backupVault({ name: 'open', locked: false }),

    // Transit.
    listener({ id: 'https-modern', protocol: 'HTTPS', sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06', defaultAction: 'forward' }),
    listener({ id: 'https-legacy', protocol: 'HTTPS', sslPolicy: 'ELBSecurityPolicy-2016-08', defaultAction: 'forward' }),
    listener({ id: 'https-nopolicy', protocol: 'HTTPS', defaultAction: 'forward' }),
    listener({ id: 'http-redirect', protocol: 'HTTP', defaultAction: 'redirect-https' }),
    listener({ id: 'http-forward', protocol: 'HTTP', defaultAction: 'forward' }),
    listener({ id: 'tcp-passthrough', protocol: 'TCP', defaultAction: 'forward' }),
    s3Bucket({ name: 'secure-data', policy: DENY_HTTP }),
    s3Bucket({ name: 'open-data' }),
    distribution({ id: 'E1MODERN0000001', viewer: 'redirect-to-https' }),
    distribution({ id: 'E2ALLOWALL00002', viewer: 'redirect-to-https', behaviors: ['allow-all'] }),
    distribution({ id: 'E3DEFAULTCERT03', viewer: 'https-only', defaultCertificate: true }),

    // Secrets.
    taskDefinition({ family: 'api', environment: [{ name: 'SPRING_PROFILES_ACTIVE', value: 'prod' }, { name: 'DB_PASSWORD', value: 'Pr0d-Passw0rd!' }], secrets: [{ name: 'API_TOKEN', valueFrom: `arn:aws:ssm:eu-west-3:${ACCOUNT}:parameter/api-token` }] }),
    taskDefinition({ family: 'worker', environment: [{ name: 'QUEUE_URL', value: `https://sqs.eu-west-3.amazonaws.com/${ACCOUNT}/jobs` }], secrets: [{ name: 'DB_PASSWORD', valueFrom: `arn:aws:secretsmanager:eu-west-3:${ACCOUNT}:secret:db-AbCdEf` }] }),

    // Audit log protection: locked bucket + KMS; no KMS; bucket elsewhere.
    s3Bucket({ name: 'locked-trail-logs', objectLock: { mode: 'COMPLIANCE', days: 400 } }),
    s3Bucket({ name: 'plain-trail-logs' }),
    trail({ name: 'secure-audit', bucket: 'locked-trail-logs', kmsKeyId: keyArn(TRAIL_KEY) }),
    trail({ name: 'plain-audit', bucket: 'plain-trail-logs' }),
    trail({ name: 'remote-audit', bucket: 'log-archive-elsewhere', kmsKeyId: keyArn(TRAIL_KEY) }),

    // Detection: flow logs recorded in eu-west-3, none in us-east-1.
    vpc({ id: 'vpc-0main000000000001', tags: { environment: 'prod' } }),
    vpc({ id: 'vpc-0nolog00000000002' }),
    vpc({ id: 'vpc-0default000000003', isDefault: true }),
    vpc({ id: 'vpc-0east000000000004', region: 'us-east-1' }),
    flowLog({ id: 'fl-0main000000000001', vpc: 'vpc-0main000000000001' }),
    guardDutyDetector({ id: '12abc34d567e8fa901bc2d34e56789f0', enable: true }),
    guardDutyDetector({ id: '98fed76c543b2a1098fe7dc65b43a210', enable: false, region: 'us-east-1' }),
    ecrRepository({ name: 'app', scanOnPush: true }),
    ecrRepository({ name: 'legacy', scanOnPush: false }),
    ecrRepository({ name: 'tools', scanOnPush: false }),

    // Availability.
    loadBalancer({ name: 'web', zones: ['eu-west-3a', 'eu-west-3b'] }),
    loadBalancer({ name: 'internal', zones: ['eu-west-3a'] }),

    // Credentials: users of the credential report.
    iamUser({ name: 'alice' }),
    iamUser({ name: 'bob' }),
    iamUser({ name: 'carol' }),
    iamUser({ name: 'dave' }),
  ];
}

export function policyEstate(): AwsFixture {
  return {
    callerAccount: ACCOUNT,
    items: policyItems(),
    logGroups: { [ACCOUNT]: { 'eu-west-3': [], 'us-east-1': [] } },
    credentialReports: {
      [ACCOUNT]: credentialReport(ACCOUNT, [
        { user: '<root_account>', password: 'not_supported', mfa: true, keys: false },
        { user: 'alice', password: true, mfa: true, created: 400, passwordLastUsed: 3 },
        { user: 'bob', password: false, mfa: false, created: 400, keys: true, keyRotated: 60, keyLastUsed: 1 },
        { user: 'carol', password: true, mfa: true, created: 400, passwordLastUsed: 200 },
      ]),
    },
    passwordPolicies: {
      [ACCOUNT]: { MinimumPasswordLength: 12, RequireSymbols: true, RequireNumbers: true, RequireUppercaseCharacters: true, RequireLowercaseCharacters: true, AllowUsersToChangePassword: true, ExpirePasswords: true, MaxPasswordAge: 90, PasswordReusePrevention: 5, HardExpiry: false },
    },
    rules: {
      [ACCOUNT]: {
        'eu-west-3': [
          { name: 'ecr-private-image-scanning-enabled', identifier: 'ECR_PRIVATE_IMAGE_SCANNING_ENABLED', results: [{ resourceType: 'AWS::ECR::Repository', resourceId: 'legacy', compliance: 'NON_COMPLIANT' }] },
        ],
      },
    },
    trails: {
      [`arn:aws:cloudtrail:eu-west-3:${ACCOUNT}:trail/secure-audit`]: { isLogging: true },
      [`arn:aws:cloudtrail:eu-west-3:${ACCOUNT}:trail/plain-audit`]: { isLogging: true },
      [`arn:aws:cloudtrail:eu-west-3:${ACCOUNT}:trail/remote-audit`]: { isLogging: true },
    },
  };
}
