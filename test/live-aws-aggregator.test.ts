/**
 * Live AWS, an organisation through a Config aggregator: SelectAggregateResourceConfig with the
 * real ConfigServiceClient against the local server, two accounts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startAwsServer, type AwsFixture, type AwsServer } from './helpers/aws-server.js';
import { estateItems } from './helpers/aws-estate.js';
import { ACCOUNT, OTHER_ACCOUNT, credentialReport, guardDutyDetector, iamUser, s3Bucket, securityGroup, trail, userId, volume } from './helpers/aws-fixtures.js';
import { collect, findingOf, localOptions, scanAws, statusOf } from './helpers/aws-live.js';
import { DEFAULT_LIVE_LIMITS } from '../src/live/guard.js';

let server: AwsServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function organisation(): AwsFixture {
  const member = [
    ...Array.from({ length: 180 }, (_, i) => volume({ account: OTHER_ACCOUNT, region: 'eu-central-1', id: `vol-m${String(i).padStart(16, '0')}`, encrypted: i !== 7 })),
    securityGroup({ account: OTHER_ACCOUNT, region: 'eu-central-1', id: 'sg-0rdp0000000000009', ingress: [{ protocol: 'tcp', from: 3389, cidrs: ['0.0.0.0/0'] }] }),
    iamUser({ account: OTHER_ACCOUNT, name: 'frank', managed: ['arn:aws:iam::aws:policy/AdministratorAccess'] }),
    iamUser({ account: OTHER_ACCOUNT, name: 'grace', managed: ['arn:aws:iam::aws:policy/AdministratorAccess'] }),
    iamUser({ account: OTHER_ACCOUNT, name: 'heidi', managed: ['arn:aws:iam::aws:policy/AdministratorAccess'] }),
    // The member's trail writes to a bucket of the management account (a log archive).
    trail({ account: OTHER_ACCOUNT, region: 'eu-central-1', name: 'member-trail', bucket: 'trail-logs' }),
    s3Bucket({ account: OTHER_ACCOUNT, region: 'eu-central-1', name: 'member-data' }),
  ];
  return {
    callerAccount: ACCOUNT,
    items: [...estateItems(), ...member],
    aggregator: { name: 'org-aggregator', sources: [{ accountId: OTHER_ACCOUNT, region: 'ap-southeast-2', status: 'FAILED', code: 'AccessDeniedException' }] },
    credentialReports: { [ACCOUNT]: credentialReport(ACCOUNT, [{ user: '<root_account>', password: 'not_supported', mfa: true }, { user: 'bob', password: true, mfa: false }]) },
    logGroups: { [ACCOUNT]: { 'eu-west-3': [{ logGroupName: '/app/api', retentionInDays: 30 }] } },
    trails: { [`arn:aws:cloudtrail:eu-west-3:${ACCOUNT}:trail/org-audit`]: { isLogging: true } },
    rules: {
      [OTHER_ACCOUNT]: {
        'eu-central-1': [
          {
            name: 'securityhub-mfa-enabled-for-iam-console-access-3c1f9a',
            identifier: 'MFA_ENABLED_FOR_IAM_CONSOLE_ACCESS',
            results: [
              { resourceType: 'AWS::IAM::User', resourceId: userId('frank'), compliance: 'NON_COMPLIANT' },
              { resourceType: 'AWS::IAM::User', resourceId: userId('grace'), compliance: 'COMPLIANT' },
            ],
          },
          { name: 'root-account-mfa-enabled-conformance-pack-1a2b', identifier: 'ROOT_ACCOUNT_MFA_ENABLED', results: [{ resourceType: 'AWS::::Account', resourceId: OTHER_ACCOUNT, compliance: 'NON_COMPLIANT' }] },
          {
            name: 'OrgConfigRule-cw-loggroup-retention-period-check-x9y8',
            identifier: 'CW_LOGGROUP_RETENTION_PERIOD_CHECK',
            results: [{ resourceType: 'AWS::Logs::LogGroup', resourceId: '/member/app', compliance: 'NON_COMPLIANT' }],
          },
        ],
      },
    },
  };
}

const MEMBER = `aws/${OTHER_ACCOUNT}`;

describe('live AWS organisation through a Config aggregator', () => {
  it('reads every account with advanced queries that select configuration explicitly, 100 rows a page', async () => {
    server = await startAwsServer(organisation());
    const got = await collect(localOptions(server.url, { aggregator: 'org-aggregator' }));
    expect(got.covered.sort()).toEqual([`aws/${ACCOUNT}`, MEMBER]);
    const selects = server.calls.filter((c) => c.operation === 'SelectAggregateResourceConfig');
    expect(selects.every((c) => c.body.ConfigurationAggregatorName === 'org-aggregator')).toBe(true);
    const rowQueries = selects.filter((c) => !/GROUP BY/.test(String(c.body.Expression)));
    expect(rowQueries.every((c) => /\bconfiguration\b/.test(String(c.body.Expression)) && /supplementaryConfiguration/.test(String(c.body.Expression)))).toBe(true);
    expect(rowQueries.every((c) => c.body.Limit === 100)).toBe(true);
    // 180 member volumes in one region: two pages of the same query.
    const memberVolumes = rowQueries.filter((c) => String(c.body.Expression).includes(`accountId = '${OTHER_ACCOUNT}' AND awsRegion = 'eu-central-1'`));
    expect(memberVolumes.length).toBeGreaterThanOrEqual(2);
    expect(got.items.filter((i) => i.resource.source.category === MEMBER && i.resource.nativeType === 'AWS::EC2::Volume')).toHaveLength(180);
    const ids = got.items.map((i) => i.resource.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('reports a source the aggregator failed to collect, under its account only', async () => {
    server = await startAwsServer(organisation());
    const report = await scanAws(localOptions(server.url, { aggregator: 'org-aggregator' }));
    expect(report.incomplete).toHaveLength(1);
    expect(report.incomplete[0]).toMatchObject({ level: 'error', category: MEMBER, scope: `${MEMBER}/ap-southeast-2` });
    expect(report.incomplete[0]!.message).toMatch(/last collection from region ap-southeast-2 failed \(AccessDeniedException\)/);
    expect(report.categories).toEqual([`aws/${ACCOUNT}`, MEMBER]);
  });

  it('judges both accounts: rule results stand in for the member account credential report, log groups and root', async () => {
    server = await startAwsServer(organisation());
    const report = await scanAws(localOptions(server.url, { aggregator: 'org-aggregator' }));
    const f = report.findings;
    const member = f.filter((x) => x.category === MEMBER);
    expect(statusOf(member, 'encryption-at-rest', 'volume/vol-m0000000000000007')).toBe('fail');
    expect(statusOf(member, 'admin-network-exposure', 'security-group/sg-0rdp0000000000009')).toBe('fail');
    expect(statusOf(member, 'admin-mfa', 'user/frank')).toBe('fail');
    expect(statusOf(member, 'admin-mfa', 'user/grace')).toBe('pass');
    expect(statusOf(member, 'admin-mfa', 'user/heidi')).toBe('unknown');
    expect(statusOf(member, 'admin-mfa', `${OTHER_ACCOUNT}:root`)).toBe('fail');
    // The log group is known only from the rule, whose threshold the aggregator does not show.
    expect(statusOf(member, 'log-retention', 'log-group:/member/app')).toBe('unknown');
    // The member's trail: its bucket is found in the management account; its status is not readable.
    const memberTrail = findingOf(member, 'log-retention', 'trail/member-trail')!;
    expect(memberTrail.status).toBe('unknown');
    expect(memberTrail).toMatchObject({ messageId: 'unverified', data: { unknowns: [{ messageId: 'trailAllServicesUnknown', data: { trail: 'CloudTrail trail' } }] } });
    // The scanning account keeps its own sources.
    expect(statusOf(f, 'admin-mfa', 'user/bob')).toBe('fail');
    expect(statusOf(f, 'admin-mfa', `${ACCOUNT}:root`)).toBe('pass');
    expect(statusOf(f, 'log-retention', 'log-group:/app/api')).toBe('fail');
    expect(statusOf(f, 'log-retention', 'trail/org-audit')).toBe('pass');
    // Same facet builders as the single-account path.
    expect(statusOf(f, 'data-residency', ':::app-replicated')).toBe('fail');
    expect(statusOf(f, 'admin-network-exposure', 'db:orders-public')).toBe('fail');
  });

  it('tells rows apart that come without resourceId, resourceName or arn: the security group open to SSH among several is judged', async () => {
    const groups = [
      securityGroup({ account: OTHER_ACCOUNT, region: 'eu-central-1', id: 'sg-0web000000000001', ingress: [{ protocol: 'tcp', from: 443, cidrs: ['0.0.0.0/0'] }] }),
      securityGroup({ account: OTHER_ACCOUNT, region: 'eu-central-1', id: 'sg-0ssh000000000002', ingress: [{ protocol: 'tcp', from: 22, cidrs: ['0.0.0.0/0'] }] }),
      securityGroup({ account: OTHER_ACCOUNT, region: 'eu-central-1', id: 'sg-0vpn000000000003', ingress: [{ protocol: 'tcp', from: 22, cidrs: ['10.8.0.0/16'] }] }),
    ];
    server = await startAwsServer({ callerAccount: ACCOUNT, items: groups, aggregator: { name: 'org-aggregator' }, selectOmits: ['resourceId', 'resourceName', 'arn'] });
    const got = await collect(localOptions(server.url, { aggregator: 'org-aggregator' }));
    const sgs = got.items.filter((i) => i.resource.nativeType === 'AWS::EC2::SecurityGroup').map((i) => i.resource.id).sort();
    expect(sgs).toEqual(['sg-0ssh000000000002', 'sg-0vpn000000000003', 'sg-0web000000000001'].map((id) => `AWS::EC2::SecurityGroup/${OTHER_ACCOUNT}/eu-central-1/${id}`));
    const report = await scanAws(localOptions(server.url, { aggregator: 'org-aggregator' }), {}, undefined);
    expect(statusOf(report.findings, 'admin-network-exposure', 'sg-0ssh000000000002')).toBe('fail');
    expect(statusOf(report.findings, 'admin-network-exposure', 'sg-0vpn000000000003')).not.toBe('fail');
  });

  it('names, per account, the resource types the aggregator holds that no adapter reads', async () => {
    const eni = { ...volume({ account: OTHER_ACCOUNT, region: 'eu-central-1', id: 'vol-0unused' }), resourceType: 'AWS::EC2::NetworkInterface', resourceId: 'eni-0a1b2c3d4e5f60718' };
    // A GuardDuty detector is read for the account-level controls, as on one account: not named.
    const detector = guardDutyDetector({ account: OTHER_ACCOUNT, region: 'eu-central-1', id: 'd-member', enable: true });
    server = await startAwsServer({ callerAccount: ACCOUNT, items: [volume({ id: 'vol-0a' }), volume({ account: OTHER_ACCOUNT, region: 'eu-central-1', id: 'vol-0b' }), eni, detector], aggregator: { name: 'org-aggregator' } });
    const got = await collect(localOptions(server.url, { aggregator: 'org-aggregator' }));
    const notes = got.notifications.filter((n) => /does not read/.test(n.message));
    expect(notes.map((n) => [n.category, n.level])).toEqual([[MEMBER, 'note']]);
    expect(notes[0]!.message).toContain('AWS::EC2::NetworkInterface (eu-central-1)');
    expect(notes[0]!.message).not.toContain('AWS::EC2::Volume');
    expect(notes[0]!.message).not.toContain('AWS::GuardDuty::Detector');
  });

  it('reads every page of the source status, 100 sources a page: a failure on the second page is reported', async () => {
    const f = organisation();
    // 120 regions of the scanning account collected; the member's failure sorts after them.
    f.aggregator!.sources = [...(f.aggregator!.sources ?? []), ...Array.from({ length: 120 }, (_, i) => ({ accountId: ACCOUNT, region: `eu-test-${i + 1}`, status: 'SUCCEEDED' as const }))];
    server = await startAwsServer(f);
    const report = await scanAws(localOptions(server.url, { aggregator: 'org-aggregator' }));
    const pages = server.calls.filter((c) => c.operation === 'DescribeConfigurationAggregatorSourcesStatus');
    expect(pages.map((c) => c.body.Limit)).toEqual([100, 100]);
    expect(pages[0]!.body.UpdateStatus).toBeUndefined();
    expect(report.incomplete.map((n) => n.scope)).toEqual([`${MEMBER}/ap-southeast-2`]);
  });

  it('fails cleanly on an aggregator that does not exist', async () => {
    server = await startAwsServer(organisation());
    const report = await scanAws(localOptions(server.url, { aggregator: 'no-such-aggregator' }));
    expect(report.findings).toEqual([]);
    expect(report.incomplete).toHaveLength(1);
    expect(report.incomplete[0]!.message).toMatch(/NoSuchConfigurationAggregatorException/);
  });

  it('gives each account its own --deadline: a member whose rule results never come is reported at its deadline, the other account is read whole', async () => {
    server = await startAwsServer(organisation(), { hang: ['GetAggregateComplianceDetailsByConfigRule'] });
    const { maxAttempts: _a, requestTimeoutMs: _t, ...options } = localOptions(server.url, { aggregator: 'org-aggregator' });
    const started = Date.now();
    const report = await scanAws(options, { failOn: 'none' }, { ...DEFAULT_LIVE_LIMITS, requestTimeoutMs: 30_000, deadlineMs: 1500 });
    expect((Date.now() - started) / 1000).toBeLessThan(6);
    expect(report.incomplete.every((n) => n.category === MEMBER)).toBe(true);
    expect(report.incomplete.some((n) => n.scope === MEMBER && /--deadline/.test(n.message))).toBe(true);
    expect(statusOf(report.findings, 'admin-mfa', `${ACCOUNT}:root`)).toBe('pass');
  });
});
