/**
 * The policies of backups, transport, keys, secrets, log protection, detection, scanning,
 * credentials, separation and availability on live AWS (real SDK clients against the local server) and on offline Config
 * files: pass, fail and unknown for each policy that applies, tags for environment separation, the
 * managed rules that stand in for facts outside AWS Config. --shard is in live-aws-shard.test.ts.
 */
import { INPUT_KINDS } from '../src/cli/composition-root.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { BUILTIN_POLICIES } from '../policies/index.js';
import { scan } from '../src/scan.js';
import { DEFAULT_SETTINGS, type ScanSettings } from '../src/settings.js';
import { ACCOUNT, OTHER_ACCOUNT, configSnapshot, credentialReport, dynamoTable, rdsInstance, vpc, volume } from './helpers/aws-fixtures.js';
import { policyEstate, policyItems } from './helpers/aws-policy-estate.js';
import { findingOf, localOptions, scanAws, statusOf, collect } from './helpers/aws-live.js';
import { startAwsServer, type AwsFixture, type AwsServer, type FixtureItem } from './helpers/aws-server.js';

let server: AwsServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(fixture: AwsFixture): Promise<AwsServer> {
  server = await startAwsServer(fixture);
  return server;
}

const HA: Partial<ScanSettings> = { highAvailability: ['arn:aws:rds:*', 'arn:aws:elasticloadbalancing:*:loadbalancer/*'] };
const ROOT = `arn:aws:iam::${ACCOUNT}:root`;

describe('policies on a live AWS account', () => {
  it('judges backups, TLS, keys, secrets, log protection, detection, scanning, credentials and availability', async () => {
    const s = await serve(policyEstate());
    const report = await scanAws(localOptions(s.url, { regions: ['eu-west-3', 'us-east-1'] }), HA);
    const f = report.findings;
    expect(report.incomplete).toEqual([]);

    // backups
    expect(statusOf(f, 'backups', 'db:ledger')).toBe('pass');
    expect(findingOf(f, 'backups', 'db:reports')).toMatchObject({ messageId: 'retentionShort', data: { service: 'RDS instance', days: 1, min: 7 } });
    expect(statusOf(f, 'backups', 'db:reports-replica')).toBe('none');
    expect(statusOf(f, 'backups', 'table/sessions')).toBe('pass');
    expect(findingOf(f, 'backups', 'table/cache')).toMatchObject({ status: 'fail', messageId: 'notBackedUp', data: { service: 'DynamoDB table' } });
    expect(findingOf(f, 'backups', 'table/orders')).toMatchObject({ status: 'pass', messageId: 'backedUpFor', data: { service: 'DynamoDB table', days: 35 } });
    expect(statusOf(f, 'backups', 'file-system/fs-0backed000000001')).toBe('pass');
    expect(statusOf(f, 'backups', 'file-system/fs-0nobackup0000002')).toBe('fail');
    expect(statusOf(f, 'backups', 'backup-vault:locked')).toBe('pass');
    expect(statusOf(f, 'backups', 'backup-vault:open')).toBe('fail');
    const vault = findingOf(f, 'backups', 'backup-vault:main')!;
    expect(vault.status).toBe('unknown');
    expect(vault.settle).toBe('the vault lock of the vault (aws backup describe-backup-vault: Locked, LockDate)');

    // tls-in-transit
    expect(statusOf(f, 'tls-in-transit', '/https-modern')).toBe('pass');
    expect(findingOf(f, 'tls-in-transit', '/https-legacy')).toMatchObject({ messageId: 'problems', data: { endpoint: 'load balancer listener', problems: [{ messageId: 'acceptsOldTls', data: { version: '1.0', min: '1.2' } }] } });
    expect(statusOf(f, 'tls-in-transit', '/https-nopolicy')).toBe('unknown');
    expect(statusOf(f, 'tls-in-transit', '/http-redirect')).toBe('pass');
    expect(statusOf(f, 'tls-in-transit', '/http-forward')).toBe('fail');
    expect(statusOf(f, 'tls-in-transit', '/tcp-passthrough')).toBe('none');
    expect(statusOf(f, 'tls-in-transit', ':::secure-data')).toBe('pass');
    expect(findingOf(f, 'tls-in-transit', ':::open-data')!.evidence).toContainEqual({ path: 'supplementaryConfiguration.BucketPolicy.policyText', value: null, note: 'no bucket policy: requests without TLS are accepted' });
    expect(statusOf(f, 'tls-in-transit', 'distribution/E1MODERN0000001')).toBe('pass');
    expect(statusOf(f, 'tls-in-transit', 'distribution/E2ALLOWALL00002')).toBe('fail');
    expect(findingOf(f, 'tls-in-transit', 'distribution/E3DEFAULTCERT03')).toMatchObject({ messageId: 'problems', data: { problems: expect.arrayContaining([{ messageId: 'acceptsOldTls', data: { version: '1.0', min: '1.2' } }]) } });

    // key-management
    expect(findingOf(f, 'key-management', 'key/0a0a0a0a-1111-4222-8333-000000000002')).toMatchObject({ status: 'pass', messageId: 'rotatesEvery', data: { key: 'KMS key', days: 365 } });
    expect(statusOf(f, 'key-management', 'key/0a0a0a0a-1111-4222-8333-000000000001')).toBe('unknown');
    expect(statusOf(f, 'key-management', 'key/0a0a0a0a-1111-4222-8333-000000000003')).toBe('fail');
    expect(statusOf(f, 'key-management', 'key/0a0a0a0a-1111-4222-8333-000000000004')).toBe('none');
    expect(statusOf(f, 'key-management', 'key/a3a5e8d1-0f0f-4a4a-9b9b-0123456789ab')).toBe('none');

    // plaintext-secrets
    const api = findingOf(f, 'plaintext-secrets', 'task-definition/api:1')!;
    expect(api.status).toBe('fail');
    expect(api.evidence).toEqual([{ path: 'configuration.ContainerDefinitions[0].Environment[DB_PASSWORD]', note: 'a password in a secret-named setting' }]);
    expect(JSON.stringify(report)).not.toContain('Pr0d-Passw0rd');
    expect(statusOf(f, 'plaintext-secrets', 'task-definition/worker:1')).toBe('pass');

    // audit-log-protection
    expect(statusOf(f, 'audit-log-protection', 'trail/secure-audit')).toBe('pass');
    expect(findingOf(f, 'audit-log-protection', 'trail/plain-audit')).toMatchObject({ messageId: 'lacks', data: { store: 'CloudTrail trail', missing: [{ messageId: 'encryption' }, { messageId: 'immutableStorage' }] } });
    expect(statusOf(f, 'audit-log-protection', 'trail/remote-audit')).toBe('unknown');

    // threat-detection
    expect(statusOf(f, 'threat-detection', 'vpc/vpc-0main000000000001')).toBe('pass');
    expect(statusOf(f, 'threat-detection', 'vpc/vpc-0nolog00000000002')).toBe('fail');
    expect(statusOf(f, 'threat-detection', 'vpc/vpc-0east000000000004')).toBe('unknown');
    // Enabled, but the detector's Config item does not carry its malware protection: unknown, not a pass.
    const enabled = findingOf(f, 'threat-detection', 'detector/12abc34d567e8fa901bc2d34e56789f0')!;
    expect(enabled.status).toBe('unknown');
    expect(enabled).toMatchObject({ messageId: 'malwareUnknown', data: { service: 'GuardDuty' } });
    expect(statusOf(f, 'threat-detection', 'detector/98fed76c543b2a1098fe7dc65b43a210')).toBe('fail');

    // vulnerability-scanning
    expect(statusOf(f, 'vulnerability-scanning', 'repository/app')).toBe('pass');
    expect(statusOf(f, 'vulnerability-scanning', 'repository/legacy')).toBe('fail');
    expect(statusOf(f, 'vulnerability-scanning', 'repository/tools')).toBe('unknown');

    // password-policy and long-lived-credentials on the account and its users
    expect(findingOf(f, 'password-policy', ROOT)).toMatchObject({ status: 'pass', messageId: 'meets' });
    expect(findingOf(f, 'long-lived-credentials', ROOT)).toMatchObject({ status: 'pass', messageId: 'clean', data: { holder: 'root user' } });
    expect(statusOf(f, 'long-lived-credentials', 'user/alice')).toBe('pass');
    expect(findingOf(f, 'long-lived-credentials', 'user/bob')).toMatchObject({ status: 'fail', messageId: 'longLived', data: { holder: 'IAM user bob' } });
    expect(findingOf(f, 'long-lived-credentials', 'user/carol')).toMatchObject({ status: 'fail', messageId: 'unused', data: { holder: 'IAM user carol', days: 200, max: 90 } });
    expect(statusOf(f, 'long-lived-credentials', 'user/dave')).toBe('unknown');

    // network-separation: the default VPC
    expect(statusOf(f, 'network-separation', 'vpc/vpc-0default000000003')).toBe('fail');
    expect(statusOf(f, 'network-separation', 'vpc/vpc-0main000000000001')).toBe('none');

    // availability (resources named in the configuration)
    expect(statusOf(f, 'availability', 'db:ledger')).toBe('pass');
    expect(statusOf(f, 'availability', 'db:reports')).toBe('fail');
    expect(statusOf(f, 'availability', 'loadbalancer/app/web/50dc6c495c0c9188')).toBe('pass');
    expect(statusOf(f, 'availability', 'loadbalancer/app/internal/50dc6c495c0c9188')).toBe('fail');
  });

  it('calls GetAccountPasswordPolicy: no custom policy is the AWS default (fails CL-15), a denied call is unknown or the rule\'s', async () => {
    const none = policyEstate();
    delete none.passwordPolicies;
    const s = await serve(none);
    let f = (await scanAws(localOptions(s.url))).findings;
    const d = findingOf(f, 'password-policy', ROOT)!;
    expect(d.status).toBe('fail');
    expect(d).toMatchObject({
      messageId: 'shortOf',
      data: {
        problems: [
          { messageId: 'tooLow', data: { what: { messageId: 'reusePrevention' }, value: { messageId: 'notSet' }, min: 5 } },
          { messageId: 'tooHigh', data: { what: { messageId: 'maxAge' }, value: { messageId: 'notSet' }, max: 90 } },
        ],
      },
    });
    expect(s.calls.filter((c) => c.operation === 'GetAccountPasswordPolicy')).toHaveLength(1);
    await s.close();

    const fixture = policyEstate();
    server = await startAwsServer(fixture, { deny: ['GetAccountPasswordPolicy'] });
    f = (await scanAws(localOptions(server.url))).findings;
    expect(statusOf(f, 'password-policy', ROOT)).toBe('unknown');
    await server.close();

    fixture.rules![ACCOUNT]!['eu-west-3']!.push({
      name: 'iam-password-policy',
      identifier: 'IAM_PASSWORD_POLICY',
      inputParameters: JSON.stringify({ MinimumPasswordLength: '12', PasswordReusePrevention: '6', MaxPasswordAge: '60', RequireSymbols: 'false' }),
      results: [{ resourceType: 'AWS::::Account', resourceId: ACCOUNT, compliance: 'COMPLIANT' }],
    });
    server = await startAwsServer(fixture, { deny: ['GetAccountPasswordPolicy'] });
    f = (await scanAws(localOptions(server.url))).findings;
    expect(findingOf(f, 'password-policy', ROOT)).toMatchObject({ status: 'pass', messageId: 'meets' });
  });

  it('fails root access keys from the credential report, and reads IAM_ROOT_ACCESS_KEY_CHECK when the report is denied', async () => {
    const fixture = policyEstate();
    fixture.credentialReports![ACCOUNT] = credentialReport(ACCOUNT, [{ user: '<root_account>', password: 'not_supported', mfa: true, keys: true, keyLastUsed: 2 }]);
    let s = await serve(fixture);
    expect(findingOf((await scanAws(localOptions(s.url))).findings, 'long-lived-credentials', ROOT)).toMatchObject({ status: 'fail', messageId: 'rootKeys', data: { holder: 'root user' } });
    await s.close();

    fixture.rules![ACCOUNT]!['eu-west-3']!.push({ name: 'iam-root-access-key-check', identifier: 'IAM_ROOT_ACCESS_KEY_CHECK', results: [{ resourceType: 'AWS::::Account', resourceId: ACCOUNT, compliance: 'COMPLIANT' }] });
    s = server = await startAwsServer(fixture, { deny: ['GenerateCredentialReport'] });
    const f = (await scanAws(localOptions(s.url))).findings;
    expect(statusOf(f, 'long-lived-credentials', ROOT)).toBe('pass');
    // Users have no credential report to read: unknown, never a pass.
    const alice = findingOf(f, 'long-lived-credentials', 'user/alice')!;
    expect(alice.status).toBe('unknown');
    expect(alice.settle).toMatch(/^the IAM credential report/);
  });

  it('reads VPC_FLOW_LOGS_ENABLED where no flow log item is recorded', async () => {
    const fixture = policyEstate();
    fixture.rules![ACCOUNT]!['us-east-1'] = [{ name: 'vpc-flow-logs-enabled', identifier: 'VPC_FLOW_LOGS_ENABLED', results: [{ resourceType: 'AWS::EC2::VPC', resourceId: 'vpc-0east000000000004', compliance: 'COMPLIANT' }] }];
    const s = await serve(fixture);
    const f = (await scanAws(localOptions(s.url, { regions: ['eu-west-3', 'us-east-1'] }))).findings;
    expect(statusOf(f, 'threat-detection', 'vpc/vpc-0east000000000004')).toBe('pass');
  });

  it('leaves a store that a backup selection by tags may cover unknown, not failed', async () => {
    const fixture = policyEstate();
    fixture.items.push(
      ...policyItems()
        .filter((i) => i.resourceType === 'AWS::Backup::BackupPlan')
        .map((i) => ({ ...i })),
    );
    const { backupSelection } = await import('./helpers/aws-fixtures.js');
    fixture.items.push(backupSelection({ planId: 'plan-daily-35', name: 'tagged', resources: [] }));
    const s = await serve(fixture);
    const f = (await scanAws(localOptions(s.url))).findings;
    const cache = findingOf(f, 'backups', 'table/cache')!;
    expect(cache.status).toBe('unknown');
    expect(cache.settle).toBe('whether an AWS Backup selection by tags covers the store (aws backup get-backup-selection)');
    expect(statusOf(f, 'backups', 'db:reports')).toBe('fail');
  });

  it('keeps the secret out of the inventory record written for --inventory-out', async () => {
    const s = await serve(policyEstate());
    const got = await collect(localOptions(s.url));
    const api = got.items.find((i) => i.resource.id.endsWith('task-definition/api:1'))!;
    expect(JSON.stringify(api.raw)).not.toContain('Pr0d-Passw0rd');
    expect(JSON.stringify(api.raw)).toContain('"Value":"[REDACTED]"');
    expect(JSON.stringify(api.raw)).toContain('"Value":"prod"');
  });
});

describe('environment separation on live AWS (tags)', () => {
  const mixed = (): FixtureItem[] => [
    vpc({ id: 'vpc-0prod00000000001', tags: { Environment: 'production' } }),
    rdsInstance({ id: 'app-dev', encrypted: true, publiclyAccessible: false, tags: { environment: 'dev' } }),
    dynamoTable({ name: 'untagged' }),
  ];

  it('reads tags through the advanced queries of the account and fails an account mixing environments', async () => {
    const s = await serve({ callerAccount: ACCOUNT, items: mixed(), logGroups: { [ACCOUNT]: { 'eu-west-3': [] } } });
    const report = await scanAws(localOptions(s.url));
    const scope = findingOf(report.findings, 'network-separation', `scope:${ACCOUNT}`)!;
    expect(scope.status).toBe('fail');
    expect(scope).toMatchObject({
      messageId: 'mixed',
      data: {
        scope: `aws/${ACCOUNT}`,
        production: 1,
        nonProduction: 1,
        productionExamples: `arn:aws:ec2:eu-west-3:${ACCOUNT}:vpc/vpc-0prod00000000001`,
        nonProductionExamples: `arn:aws:rds:eu-west-3:${ACCOUNT}:db:app-dev`,
      },
    });
    // The scope is an identifier: the sentence starts with it as it is, not capitalised.
    expect(scope.message.startsWith(`aws/${ACCOUNT} `)).toBe(true);
  });

  it('passes an account of one environment, with tags from the aggregator\'s tags column', async () => {
    const items = [
      vpc({ id: 'vpc-0prod00000000001', tags: { Environment: 'prod' } }),
      { ...volume({ id: 'vol-0prod000000000001', encrypted: true }), tags: { env: 'prd' } },
      vpc({ account: OTHER_ACCOUNT, region: 'eu-central-1', id: 'vpc-0dev000000000001', tags: { environment: 'dev' } }),
      { ...volume({ account: OTHER_ACCOUNT, region: 'eu-central-1', id: 'vol-0prod000000000002', encrypted: true }), tags: { environment: 'prod' } },
    ];
    const s = await serve({ callerAccount: ACCOUNT, items, aggregator: { name: 'org' } });
    const report = await scanAws(localOptions(s.url, { aggregator: 'org' }));
    expect(findingOf(report.findings, 'network-separation', `scope:${ACCOUNT}`)!.status).toBe('pass');
    expect(findingOf(report.findings, 'network-separation', `scope:${OTHER_ACCOUNT}`)!.status).toBe('fail');
  });
});

describe('policies on offline AWS Config files', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cldscan-aws-policies-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));


  it('judges the same items from a snapshot file, live-only facts staying unknown', async () => {
    const file = path.join(dir, `${ACCOUNT}_Config_eu-west-3_ConfigSnapshot_20260115T100000Z_abcd.json`);
    writeFileSync(file, JSON.stringify(configSnapshot(policyItems())));
    const report = await scan({ kinds: INPUT_KINDS, inputs: [file], sourceRoot: dir, settings: { ...DEFAULT_SETTINGS, ...HA }, policies: BUILTIN_POLICIES, keepPasses: true });
    const f = report.findings;
    expect(report.incomplete).toEqual([]);
    expect(statusOf(f, 'backups', 'db:reports')).toBe('fail');
    expect(statusOf(f, 'backups', 'table/orders')).toBe('pass');
    expect(statusOf(f, 'tls-in-transit', ':::secure-data')).toBe('pass');
    expect(statusOf(f, 'tls-in-transit', '/https-legacy')).toBe('fail');
    expect(statusOf(f, 'key-management', 'key/0a0a0a0a-1111-4222-8333-000000000003')).toBe('fail');
    expect(statusOf(f, 'plaintext-secrets', 'task-definition/api:1')).toBe('fail');
    expect(statusOf(f, 'audit-log-protection', 'trail/secure-audit')).toBe('pass');
    expect(statusOf(f, 'threat-detection', 'vpc/vpc-0nolog00000000002')).toBe('fail');
    expect(statusOf(f, 'network-separation', 'vpc/vpc-0default000000003')).toBe('fail');
    expect(statusOf(f, 'availability', 'loadbalancer/app/internal/50dc6c495c0c9188')).toBe('fail');
    // No credential report offline: users' credentials stay unknown; the account is not in a file.
    expect(statusOf(f, 'long-lived-credentials', 'user/alice')).toBe('unknown');
    expect(statusOf(f, 'password-policy', ROOT)).toBe('none');
    // Tags from the snapshot's own `tags`: production VPC and RDS instances only.
    expect(findingOf(f, 'network-separation', `scope:${ACCOUNT}`)!.status).toBe('pass');
  });
});
