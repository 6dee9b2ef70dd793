/**
 * Live AWS, one account: the real SDK clients (Config, STS, IAM, CloudWatch Logs, CloudTrail)
 * against a local server that speaks their wire protocols.
 */
import { INPUT_KINDS } from '../src/cli/composition-root.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILTIN_POLICIES } from '../policies/index.js';
import { createAwsSource } from '../providers/aws/live.js';
import { scan } from '../src/scan.js';
import { DEFAULT_SETTINGS } from '../src/settings.js';
import { buildPlan } from './helpers/plan-builder.js';
import { startAwsServer, type AwsServer, type Faults, type AwsFixture } from './helpers/aws-server.js';
import { estate } from './helpers/aws-estate.js';
import { ACCOUNT, credentialReport, iamUser, mskCluster, userId, volume } from './helpers/aws-fixtures.js';
import { collect, findingOf, localOptions, scanAws, statusOf } from './helpers/aws-live.js';

let server: AwsServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(fixture: AwsFixture = estate(), faults: Faults = {}): Promise<AwsServer> {
  server = await startAwsServer(fixture, faults);
  return server;
}

const CATEGORY = `aws/${ACCOUNT}`;

describe('live AWS account: the resource types read', () => {
  it('reads every type a policy needs (MSK clusters hold data), and names the types present that nothing reads, without failing the scan', async () => {
    const eni = { ...volume({ id: 'vol-0unused' }), resourceType: 'AWS::EC2::NetworkInterface', resourceId: 'eni-0a1b2c3d4e5f60718', arn: undefined };
    const s = await serve({ callerAccount: ACCOUNT, items: [mskCluster({ name: 'events' }), mskCluster({ name: 'audit', region: 'us-east-1' }), eni] });
    const got = await collect(localOptions(s.url, { regions: ['eu-west-3', 'us-east-1'] }));
    expect(got.items.filter((i) => i.resource.nativeType === 'AWS::MSK::Cluster').map((i) => i.resource.facets.storage?.service)).toEqual(['MSK cluster', 'MSK cluster']);
    const unread = got.notifications.filter((n) => /does not read/.test(n.message));
    expect(unread).toHaveLength(1);
    expect(unread[0]).toMatchObject({ level: 'note', category: CATEGORY });
    expect(unread[0]!.message).toContain('AWS::EC2::NetworkInterface (eu-west-3)');
    expect(unread[0]!.message).not.toContain('MSK');
    expect(got.notifications.filter((n) => n.level === 'error')).toEqual([]);
  });
});

describe('live AWS account through AWS Config', () => {
  it('reads each type with one advanced query, 100 whole items a call, as pages arrive', async () => {
    const s = await serve();
    const got = await collect(localOptions(s.url));
    expect(got.notifications.filter((n) => n.level === 'error')).toEqual([]);
    expect(got.covered).toEqual([CATEGORY]);
    const volumes = got.items.filter((i) => i.resource.nativeType === 'AWS::EC2::Volume');
    expect(volumes).toHaveLength(253);
    const pages = s.calls.filter((c) => c.operation === 'SelectResourceConfig' && String(c.body.Expression).endsWith(`WHERE resourceType = 'AWS::EC2::Volume'`));
    expect(pages).toHaveLength(3);
    expect(pages.every((c) => c.body.Limit === 100)).toBe(true);
    // Every row is a whole item, its id among the columns (rows never collapse onto one id).
    expect(String(pages[0]!.body.Expression)).toMatch(/^SELECT resourceId, .*configuration, supplementaryConfiguration, tags WHERE/);
    // One call a page: identifiers are not listed then fetched.
    expect(s.calls.filter((c) => c.operation === 'ListDiscoveredResources' || c.operation === 'BatchGetResourceConfig')).toEqual([]);
    // Every resource carries its ARN, type, region and the account as category and scope.
    const v = volumes[0]!.resource;
    expect(v.id).toMatch(/^arn:aws:ec2:eu-west-3:111122223333:volume\/vol-/);
    expect(v.source).toMatchObject({ origin: 'live', category: CATEGORY, scope: ACCOUNT, input: `live/aws/${ACCOUNT}` });
    expect(v.region).toBe('eu-west-3');
    // The inventory record is the decoded item (configuration an object).
    expect(volumes[0]!.raw).toMatchObject({ resourceType: 'AWS::EC2::Volume', accountId: ACCOUNT, configuration: { encrypted: true } });
    // Global IAM items and each trail come once, even when read in several places.
    const ids = got.items.map((i) => i.resource.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('asks for the next page of a query while the rows of the current one wait to be taken', async () => {
    // 1000 volumes, 100 a page; the consumer takes one item and stops: the reader's channel (500
    // items) fills with the first five pages and the sixth page's rows wait for room.
    const items = Array.from({ length: 1000 }, (_, i) => volume({ id: `vol-${String(i).padStart(17, '0')}`, encrypted: true }));
    const s = await serve({ callerAccount: ACCOUNT, items });
    const pages = () => s.calls.filter((c) => c.operation === 'SelectResourceConfig' && String(c.body.Expression).endsWith(`'AWS::EC2::Volume'`)).length;
    const it = createAwsSource(localOptions(s.url, { regions: ['eu-west-3'] }))
      .scan({ concurrency: 4, notify: () => {}, covered: () => {}, progress: { advance() {}, finish() {}, close() {} } })
      [Symbol.asyncIterator]();
    await it.next();
    const until = Date.now() + 3000;
    while (pages() < 7 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
    // The seventh page was asked for when the sixth arrived, not once its rows are taken.
    expect(pages()).toBe(7);
    let taken = 1;
    while (!(await it.next()).done) taken++;
    expect(taken).toBeGreaterThanOrEqual(1000);
    expect(pages()).toBe(10);
  });

  it('rides out throttling and server errors with the SDK retry strategy', async () => {
    const s = await serve(estate(), { throttle: { SelectResourceConfig: 1, GetCallerIdentity: 1 }, serverError: { GetDiscoveredResourceCounts: 1 } });
    const got = await collect(localOptions(s.url));
    expect(got.notifications.filter((n) => n.level === 'error')).toEqual([]);
    expect(got.items.filter((i) => i.resource.nativeType === 'AWS::EC2::Volume')).toHaveLength(253);
    expect(s.calls.filter((c) => c.operation === 'GetCallerIdentity').length).toBe(2);
  });

  it('reports a region where access is denied, and judges nothing from it', async () => {
    const fixture = estate();
    fixture.items.push(volume({ id: 'vol-frankfurt', region: 'eu-central-1', encrypted: false }));
    const s = await serve(fixture, { denyRegions: ['eu-central-1'] });
    const report = await scanAws(localOptions(s.url, { regions: ['eu-west-3', 'eu-central-1'] }));
    expect(report.incomplete).toHaveLength(1);
    expect(report.incomplete[0]).toMatchObject({ level: 'error', category: CATEGORY, scope: `${CATEGORY}/eu-central-1` });
    expect(report.incomplete[0]!.message).toMatch(/AWS Config in eu-central-1 could not be read: AccessDeniedException/);
    expect(report.findings.some((f) => f.resource.id.includes('eu-central-1'))).toBe(false);
    // The other region was read completely.
    expect(statusOf(report.findings, 'encryption-at-rest', 'volume/vol-plain')).toBe('fail');
  });

  it('judges the five policies on live resources: pass, fail and unknown', async () => {
    const s = await serve();
    const report = await scanAws(localOptions(s.url, { regions: ['eu-west-3', 'us-east-1'] }));
    const f = report.findings;
    expect(report.incomplete).toEqual([]);
    // encryption-at-rest
    expect(statusOf(f, 'encryption-at-rest', 'volume/vol-00000000000000000')).toBe('pass');
    expect(findingOf(f, 'encryption-at-rest', 'volume/vol-00000000000000000')).toMatchObject({ messageId: 'customerKey', data: { service: 'EBS volume' } });
    expect(findingOf(f, 'encryption-at-rest', 'volume/vol-awskey')).toMatchObject({ messageId: 'providerKey', data: { service: 'EBS volume' } });
    expect(statusOf(f, 'encryption-at-rest', 'volume/vol-plain')).toBe('fail');
    expect(statusOf(f, 'encryption-at-rest', 'volume/vol-nofield')).toBe('unknown');
    expect(statusOf(f, 'encryption-at-rest', 'db:orders-private')).toBe('fail');
    expect(statusOf(f, 'encryption-at-rest', ':::app-data')).toBe('pass');
    // data-residency: replicas and copies count
    expect(statusOf(f, 'data-residency', ':::app-data')).toBe('pass');
    expect(statusOf(f, 'data-residency', ':::app-replicated')).toBe('fail');
    expect(findingOf(f, 'data-residency', ':::app-replicated')).toMatchObject({ messageId: 'outside', data: { places: [{ messageId: 'place', data: { role: { messageId: 'roleReplica' }, region: 'us-east-1' } }] } });
    expect(statusOf(f, 'data-residency', 'table/sessions')).toBe('fail');
    expect(statusOf(f, 'data-residency', 'volume/vol-useast')).toBe('fail');
    // admin-network-exposure: security groups, NACLs, EKS and public databases
    expect(statusOf(f, 'admin-network-exposure', 'security-group/sg-0ssh0000000000001')).toBe('fail');
    expect(statusOf(f, 'admin-network-exposure', 'security-group/sg-0web0000000000002')).toBe('pass');
    expect(statusOf(f, 'admin-network-exposure', 'network-acl/acl-0guarded00000001')).toBe('fail');
    expect(findingOf(f, 'admin-network-exposure', 'network-acl/acl-0guarded00000001')).toMatchObject({
      messageId: 'portsOpen',
      // Every administration port but SSH, which a lower-numbered entry denies: four named, the other sixteen counted.
      data: { ports: { messageId: 'morePorts', data: { listed: 'Telnet (23), RDP (3389), WinRM (5985), WinRM over HTTPS (5986)', count: 16 } } },
    });
    expect(statusOf(f, 'admin-network-exposure', 'cluster/platform')).toBe('unknown');
    expect(statusOf(f, 'admin-network-exposure', 'cluster/platform-private')).toBe('pass');
    expect(statusOf(f, 'admin-network-exposure', 'cluster/platform-open')).toBe('fail');
    expect(statusOf(f, 'admin-network-exposure', 'db:orders-public')).toBe('fail');
    // Its group admits only a partner range, but the instance is publicly accessible: that alone fails (CIS AWS 2.3.3).
    expect(findingOf(f, 'admin-network-exposure', 'db:orders-partner')).toMatchObject({ status: 'fail', messageId: 'databasePublic' });
    expect(statusOf(f, 'admin-network-exposure', 'db:orders-private')).toBe('pass');
    // admin-mfa: credential report, groups joined, trust policies, the root user
    expect(statusOf(f, 'admin-mfa', 'user/alice')).toBe('pass');
    expect(statusOf(f, 'admin-mfa', 'user/bob')).toBe('fail');
    expect(statusOf(f, 'admin-mfa', 'user/carol')).toBe('none');
    expect(statusOf(f, 'admin-mfa', 'user/dave')).toBe('unknown');
    expect(statusOf(f, 'admin-mfa', 'user/erin')).toBe('pass');
    expect(statusOf(f, 'admin-mfa', 'role/break-glass')).toBe('fail');
    expect(statusOf(f, 'admin-mfa', 'role/deploy')).toBe('none');
    expect(statusOf(f, 'admin-mfa', `${ACCOUNT}:root`)).toBe('pass');
    // log-retention: log groups (not Config resources) and trails with their bucket and status
    expect(statusOf(f, 'log-retention', 'log-group:/app/api')).toBe('fail');
    expect(statusOf(f, 'log-retention', 'log-group:/app/audit')).toBe('pass');
    expect(statusOf(f, 'log-retention', 'log-group:/app/forever')).toBe('pass');
    expect(statusOf(f, 'log-retention', 'trail/org-audit')).toBe('pass');
    expect(statusOf(f, 'log-retention', 'trail/short-audit')).toBe('fail');
    expect(statusOf(f, 'log-retention', 'trail/elsewhere')).toBe('fail');
    // Evidence names item paths and only safe values.
    const sg = findingOf(f, 'admin-network-exposure', 'security-group/sg-0ssh0000000000001')!;
    expect(sg.evidence).toContainEqual({ path: 'configuration.ipPermissions[0]', value: '0.0.0.0/0' });
    const pub = findingOf(f, 'admin-network-exposure', 'db:orders-public')!;
    expect(pub.evidence.map((e) => e.path)).toContain('configuration.publiclyAccessible');
  });

  it('falls back to managed Config rule results when the credential report is denied, and stays unknown without them', async () => {
    const fixture = estate();
    fixture.rules = {
      [ACCOUNT]: {
        'eu-west-3': [
          {
            name: 'mfa-enabled-for-iam-console-access',
            identifier: 'MFA_ENABLED_FOR_IAM_CONSOLE_ACCESS',
            results: [
              { resourceType: 'AWS::IAM::User', resourceId: userId('alice'), compliance: 'COMPLIANT' },
              { resourceType: 'AWS::IAM::User', resourceId: userId('bob'), compliance: 'NON_COMPLIANT' },
            ],
          },
        ],
      },
    };
    const s = await serve(fixture, { deny: ['GenerateCredentialReport'] });
    const report = await scanAws(localOptions(s.url));
    const f = report.findings;
    expect(statusOf(f, 'admin-mfa', 'user/alice')).toBe('pass');
    expect(statusOf(f, 'admin-mfa', 'user/bob')).toBe('fail');
    expect(findingOf(f, 'admin-mfa', 'user/bob')!.evidence).toContainEqual(expect.objectContaining({ path: 'configRule.MFA_ENABLED_FOR_IAM_CONSOLE_ACCESS', value: 'NON_COMPLIANT' }));
    // No report, no rule result: never a pass.
    expect(statusOf(f, 'admin-mfa', 'user/dave')).toBe('unknown');
    expect(findingOf(f, 'admin-mfa', 'user/dave')!.settle).toMatch(/credential report/);
    expect(statusOf(f, 'admin-mfa', `${ACCOUNT}:root`)).toBe('unknown');
    expect(report.notifications.some((n) => n.level === 'warning' && /credential report could not be read/.test(n.message))).toBe(true);
  });

  it('reads log group retention from CW_LOGGROUP_RETENTION_PERIOD_CHECK when DescribeLogGroups is denied, else reports them unread', async () => {
    const fixture = estate();
    fixture.rules = {
      [ACCOUNT]: {
        'eu-west-3': [
          {
            name: 'cw-loggroup-retention-period-check',
            identifier: 'CW_LOGGROUP_RETENTION_PERIOD_CHECK',
            inputParameters: '{"MinRetentionTime":"365"}',
            results: [
              { resourceType: 'AWS::Logs::LogGroup', resourceId: '/app/audit', compliance: 'COMPLIANT' },
              { resourceType: 'AWS::Logs::LogGroup', resourceId: '/app/api', compliance: 'NON_COMPLIANT' },
            ],
          },
        ],
      },
    };
    const s = await serve(fixture, { deny: ['DescribeLogGroups'] });
    const report = await scanAws(localOptions(s.url, { regions: ['eu-west-3', 'us-east-1'] }));
    const f = report.findings;
    expect(statusOf(f, 'log-retention', 'log-group:/app/audit')).toBe('pass');
    expect(statusOf(f, 'log-retention', 'log-group:/app/api')).toBe('unknown');
    expect(findingOf(f, 'log-retention', 'log-group:/app/api')!.settle).toMatch(/below 365 days/);
    // us-east-1 has no rule: its log groups were not read, and the scan says so.
    expect(report.incomplete).toHaveLength(1);
    expect(report.incomplete[0]).toMatchObject({ category: CATEGORY, scope: `${CATEGORY}/logs` });
    expect(report.incomplete[0]!.message).toMatch(/^CloudWatch log groups in us-east-1 were not read \(AccessDeniedException/);
  });

  it('keeps same-named log groups of two regions apart when they are known only from rule results', async () => {
    const fixture = estate();
    const rule = (compliance: 'COMPLIANT' | 'NON_COMPLIANT') => [
      { name: 'cw-loggroup-retention-period-check', identifier: 'CW_LOGGROUP_RETENTION_PERIOD_CHECK', results: [{ resourceType: 'AWS::Logs::LogGroup', resourceId: '/shared/name', compliance }] },
    ];
    fixture.rules = { [ACCOUNT]: { 'eu-west-3': rule('COMPLIANT'), 'us-east-1': rule('NON_COMPLIANT') } };
    const s = await serve(fixture, { deny: ['DescribeLogGroups'] });
    const report = await scanAws(localOptions(s.url, { regions: ['eu-west-3', 'us-east-1'] }));
    expect(report.incomplete).toEqual([]);
    expect(statusOf(report.findings, 'log-retention', `arn:aws:logs:eu-west-3:${ACCOUNT}:log-group:/shared/name`)).toBe('pass');
    expect(statusOf(report.findings, 'log-retention', `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/shared/name`)).toBe('unknown');
  });

  it('points a live finding at the .tf block of the plan that manages the same ARN', async () => {
    const s = await serve();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cldscan-aws-twin-'));
    try {
      const arn = `arn:aws:ec2:eu-west-3:${ACCOUNT}:security-group/sg-0ssh0000000000001`;
      writeFileSync(path.join(dir, 'main.tf'), `# bastion access\n\nresource "aws_security_group" "bastion" {\n  name = "bastion"\n}\n`);
      const plan = buildPlan([{ address: 'aws_security_group.bastion', values: { name: 'bastion', arn, id: 'sg-0ssh0000000000001', ingress: [] }, actions: ['no-op'] }]);
      writeFileSync(path.join(dir, 'plan.json'), JSON.stringify(plan));
      const report = await scan({
        kinds: INPUT_KINDS,
        inputs: [path.join(dir, 'plan.json')],
        live: [createAwsSource(localOptions(s.url))],
        sourceRoot: dir,
        settings: DEFAULT_SETTINGS,
        policies: BUILTIN_POLICIES,
      });
      const live = report.findings.find((f) => f.category === CATEGORY && f.resource.id === arn && f.policy === 'admin-network-exposure')!;
      expect(live.status).toBe('fail');
      expect(live.location).toEqual({ uri: 'main.tf', line: 3 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports a malformed item and never counts it compliant', async () => {
    const fixture = estate();
    const bad = volume({ id: 'vol-malformed', encrypted: true });
    bad.rawConfiguration = '{"volumeId":"vol-malformed","encrypted":tr';
    fixture.items.push(bad);
    const s = await serve(fixture);
    const report = await scanAws(localOptions(s.url));
    expect(report.findings.some((f) => f.resource.id.endsWith('vol-malformed'))).toBe(false);
    // An advanced query's row is JSON text: cut inside its configuration, the row is no JSON object.
    expect(report.incomplete).toContainEqual(expect.objectContaining({ level: 'error', category: CATEGORY, scope: `${CATEGORY}/eu-west-3/AWS::EC2::Volume`, message: expect.stringMatching(/could not be read \(not a JSON object\)/) }));
  });

  it('reads the credential report of the scanning account only once and joins groups and policies by account', async () => {
    const fixture: AwsFixture = {
      callerAccount: ACCOUNT,
      items: [iamUser({ name: 'solo', managed: ['arn:aws:iam::aws:policy/AdministratorAccess'] })],
      credentialReports: { [ACCOUNT]: credentialReport(ACCOUNT, [{ user: 'solo', password: false, mfa: false, keys: false }]) },
      logGroups: { [ACCOUNT]: { 'eu-west-3': [] } },
    };
    const s = await serve(fixture);
    const report = await scanAws(localOptions(s.url));
    // No console password and no active key: nobody uses the user interactively.
    expect(statusOf(report.findings, 'admin-mfa', 'user/solo')).toBe('none');
    expect(s.calls.filter((c) => c.operation === 'GetCredentialReport')).toHaveLength(1);
  });
});
