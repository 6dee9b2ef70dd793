/**
 * Offline AWS Config inventories: every delivery shape, both field spellings, configuration as
 * objects or (doubly) encoded JSON strings, gzip, histories, malformed records, and the corpus of
 * real items in ../shared (opt-in).
 */
import { INPUT_KINDS } from '../src/cli/composition-root.js';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILTIN_POLICIES } from '../policies/index.js';
import { AWS_INPUT_KINDS } from '../providers/aws/index.js';
import { fingerprint } from '../src/evaluate.js';
import { openDoc, readContext, readInputs } from '../src/input/read-inputs.js';
import { scan } from '../src/scan.js';
import { DEFAULT_SETTINGS, type ScanSettings } from '../src/settings.js';
import { ACCOUNT, eksCluster, iamGroup, iamPolicy, iamUser, keyArn, kmsKey, s3Bucket, securityGroup, trail, volume, ADMIN_DOC } from './helpers/aws-fixtures.js';
import type { FixtureItem } from './helpers/aws-server.js';
import { findingOf, statusOf } from './helpers/aws-live.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = mkdtempSync(path.join(os.tmpdir(), 'cldscan-aws-offline-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CMK = '5e1f0000-aaaa-4bbb-8ccc-000011112222';

/** The snapshot file spelling: configurationItemVersion, awsAccountId, ARN. */
function snapshotSpelling(i: FixtureItem): Record<string, unknown> {
  const { accountId, arn, recordedIn: _r, rawConfiguration: _raw, ...rest } = i;
  return { configurationItemVersion: '1.3', awsAccountId: accountId, ...(arn ? { ARN: arn } : {}), configurationStateId: 1736935200000, configurationStateMd5Hash: '', relatedEvents: [], relationships: [], tags: {}, ...rest };
}

/** The API spelling: version, accountId, arn; configuration and every supplementary value JSON strings (ACL twice). */
function apiSpelling(i: FixtureItem): Record<string, unknown> {
  const supplementary: Record<string, string> = {};
  for (const [k, v] of Object.entries(i.supplementaryConfiguration ?? {})) supplementary[k] = k === 'AccessControlList' ? JSON.stringify(JSON.stringify(v)) : JSON.stringify(v);
  return {
    version: '1.3',
    accountId: i.accountId,
    arn: i.arn,
    resourceType: i.resourceType,
    resourceId: i.resourceId,
    resourceName: i.resourceName,
    awsRegion: i.awsRegion,
    availabilityZone: i.availabilityZone,
    configurationItemCaptureTime: i.configurationItemCaptureTime,
    configurationItemStatus: 'OK',
    configurationItemMD5Hash: '',
    configuration: JSON.stringify(i.configuration),
    supplementaryConfiguration: supplementary,
  };
}

function items(): FixtureItem[] {
  return [
    kmsKey({ id: CMK, manager: 'CUSTOMER' }),
    volume({ id: 'vol-cmk', encrypted: true, kmsKeyId: keyArn(CMK) }),
    volume({ id: 'vol-plain', encrypted: false }),
    volume({ id: 'vol-foreign-key', encrypted: true, kmsKeyId: keyArn('9999aaaa-0000-4000-8000-000000000000') }),
    s3Bucket({ name: 'audit-logs', lifecycle: [{ id: 'one-year', days: 365 }] }),
    securityGroup({ id: 'sg-0aaaaaaaaaaaaaaa1', ingress: [{ protocol: '-1', cidrs: ['0.0.0.0/0'] }] }),
    eksCluster({ name: 'legacy' }),
    trail({ name: 'main', bucket: 'audit-logs' }),
    iamPolicy({ name: 'Ops', document: ADMIN_DOC }),
    iamGroup({ name: 'ops', managed: [`arn:aws:iam::${ACCOUNT}:policy/Ops`] }),
    iamUser({ name: 'ivan', groups: ['ops'] }),
  ];
}

function write(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

async function scanFiles(files: string[], settings: Partial<ScanSettings> = {}) {
  return scan({ kinds: INPUT_KINDS, inputs: files, sourceRoot: dir, settings: { ...DEFAULT_SETTINGS, ...settings }, policies: BUILTIN_POLICIES, keepPasses: true });
}

function expectEstateVerdicts(findings: Awaited<ReturnType<typeof scanFiles>>['findings']): void {
  expect(statusOf(findings, 'encryption-at-rest', 'volume/vol-cmk')).toBe('pass');
  expect(findingOf(findings, 'encryption-at-rest', 'volume/vol-cmk')).toMatchObject({ messageId: 'customerKey', data: { service: 'EBS volume' } });
  expect(statusOf(findings, 'encryption-at-rest', 'volume/vol-plain')).toBe('fail');
  expect(statusOf(findings, 'admin-network-exposure', 'security-group/sg-0aaaaaaaaaaaaaaa1')).toBe('fail');
  // Real EKS items lack EndpointPublicAccess: unknown, never safe.
  expect(statusOf(findings, 'admin-network-exposure', 'cluster/legacy')).toBe('unknown');
  // Policies and groups are joined from the same file; MFA is not in an inventory file.
  expect(statusOf(findings, 'admin-mfa', 'user/ivan')).toBe('unknown');
  expect(findingOf(findings, 'admin-mfa', 'user/ivan')).toMatchObject({ messageId: 'mfaNotVisible', data: { who: { data: { kind: { messageId: 'kindUser' }, principal: ' ivan' } } } });
  // The trail's bucket is in the file: 365 days of retention; whether it logs is not.
  const t = findingOf(findings, 'log-retention', 'trail/main')!;
  expect(t.status).toBe('unknown');
  expect(t).toMatchObject({ messageId: 'unverified', data: { unknowns: [{ messageId: 'trailAllServicesUnknown' }] } });
  expect(statusOf(findings, 'data-residency', ':::audit-logs')).toBe('pass');
}

describe('AWS Config inventory files', () => {
  it('reads a snapshot file as delivered to S3, plain and gzipped, in the snapshot spelling', async () => {
    const doc = { fileVersion: '1.0', configSnapshotId: 'f1e2d3c4-0000-4000-8000-aaaabbbbcccc', configurationItems: items().map(snapshotSpelling) };
    const plain = write('111122223333_Config_eu-west-3_ConfigSnapshot_20260115T100000Z_f1e2.json', JSON.stringify(doc, null, 2));
    const gz = write('111122223333_Config_eu-west-3_ConfigSnapshot_20260115T100000Z_f1e2.json.gz', gzipSync(JSON.stringify(doc)));
    for (const file of [plain, gz]) {
      const report = await scanFiles([file]);
      expect(report.inputs).toEqual([{ path: file, kind: 'aws-config', resources: expect.any(Number) }]);
      expect(report.categories).toEqual([`aws/${ACCOUNT}`]);
      expect(report.incomplete).toEqual([]);
      expectEstateVerdicts(report.findings);
      const f = findingOf(report.findings, 'encryption-at-rest', 'volume/vol-plain')!;
      expect(f.origin).toBe('live');
      expect(f.location?.uri).toBe(path.basename(file));
    }
    // Plain text points at the item's line.
    const report = await scanFiles([plain]);
    const line = findingOf(report.findings, 'encryption-at-rest', 'volume/vol-plain')!.location!.line;
    const text = JSON.stringify(doc, null, 2).split('\n');
    expect(text[line - 1]).toMatch(/^\s*\{$/);
    expect(text.slice(line - 1, line + 12).join('\n')).toMatch(/vol-plain/);
  });

  it('reads the API spelling: configuration and supplementary values as JSON strings, the ACL encoded twice', async () => {
    const file = write('batch-get.json', JSON.stringify(items().map(apiSpelling)));
    const report = await scanFiles([file]);
    expect(report.incomplete).toEqual([]);
    expectEstateVerdicts(report.findings);
  });

  it('reads JSON lines of items and a BatchGetResourceConfig / SelectResourceConfig response', async () => {
    const lines = write('items.jsonl', `${items().map((i) => JSON.stringify(snapshotSpelling(i))).join('\n')}\n`);
    const batch = write('batch.json', JSON.stringify({ baseConfigurationItems: items().map(apiSpelling), unprocessedResourceKeys: [] }));
    const select = write(
      'select.json',
      JSON.stringify({ Results: items().map((i) => JSON.stringify({ ...i, recordedIn: undefined })), QueryInfo: { SelectFields: [{ Name: 'resourceId' }, { Name: 'configuration' }] } }),
    );
    for (const file of [lines, batch, select]) {
      const report = await scanFiles([file]);
      expect(report.incomplete).toEqual([]);
      expectEstateVerdicts(report.findings);
    }
  });

  it('tells apart advanced-query rows selected without resourceId or arn (SELECT resourceType, configuration, …): the open security group among several is found', async () => {
    const groups = [
      securityGroup({ id: 'sg-0web000000000001', ingress: [{ protocol: 'tcp', from: 443, cidrs: ['0.0.0.0/0'] }] }),
      securityGroup({ id: 'sg-0ssh000000000002', ingress: [{ protocol: 'tcp', from: 22, cidrs: ['0.0.0.0/0'] }] }),
      securityGroup({ id: 'sg-0vpn000000000003', ingress: [{ protocol: 'tcp', from: 22, cidrs: ['10.8.0.0/16'] }] }),
    ];
    // The shape of ../shared/corpus/inventory/aws-config-select-security-group.json: each result a JSON string, configuration an object, no resourceId.
    const rows = groups.map((g) => JSON.stringify({ resourceType: g.resourceType, configuration: g.configuration, supplementaryConfiguration: {} }));
    const report = await scanFiles([write('select-no-id.json', JSON.stringify({ Results: rows, QueryInfo: { SelectFields: [{ Name: 'resourceType' }, { Name: 'configuration' }, { Name: 'supplementaryConfiguration' }] } }))]);
    const exposure = report.findings.filter((f) => f.policy === 'admin-network-exposure');
    expect(exposure.map((f) => [f.resource.id.split('/').pop(), f.status]).sort()).toEqual([
      ['sg-0ssh000000000002', 'fail'],
      ['sg-0vpn000000000003', 'pass'],
      ['sg-0web000000000001', 'pass'],
    ]);
  });

  it('keeps the latest item of a history file and leaves deleted resources out', async () => {
    const older = { ...snapshotSpelling(volume({ id: 'vol-history', encrypted: false })), configurationItemCaptureTime: '2025-01-01T00:00:00.000Z' };
    const newer = { ...snapshotSpelling(volume({ id: 'vol-history', encrypted: true, kmsKeyId: keyArn(CMK) })), configurationItemCaptureTime: '2026-01-01T00:00:00.000Z' };
    const gone = { ...snapshotSpelling(volume({ id: 'vol-gone', encrypted: false })), configurationItemStatus: 'ResourceDeleted', configuration: null };
    const file = write('history.json', JSON.stringify({ fileVersion: '1.0', configurationItems: [newer, older, gone] }));
    const report = await scanFiles([file]);
    expect(statusOf(report.findings, 'encryption-at-rest', 'vol-history')).toBe('pass');
    expect(report.findings.some((f) => f.resource.id.endsWith('vol-gone'))).toBe(false);
  });

  it('reports malformed records as unread and judges the rest', async () => {
    const good = JSON.stringify(snapshotSpelling(volume({ id: 'vol-ok', encrypted: true })));
    const broken = { ...apiSpelling(volume({ id: 'vol-broken', encrypted: false })), configuration: '{"encrypted": fal' };
    const file = write('mixed.json', `[${good}, ${JSON.stringify(broken)}, {"configuration": {}}, 42]`);
    const report = await scanFiles([file]);
    expect(statusOf(report.findings, 'encryption-at-rest', 'vol-ok')).toBe('pass');
    expect(report.findings.some((f) => f.resource.id.endsWith('vol-broken'))).toBe(false);
    expect(report.incomplete.map((n) => n.message)).toEqual([
      expect.stringMatching(/configuration is not valid JSON/),
      expect.stringMatching(/no resourceType/),
      expect.stringMatching(/not a JSON object/),
    ]);
  });

  it('gives the same fingerprint as a live read of the same resource (account scope, ARN)', async () => {
    const file = write('one.json', JSON.stringify(snapshotSpelling(volume({ id: 'vol-plain', encrypted: false }))));
    const report = await scanFiles([file]);
    const f = findingOf(report.findings, 'encryption-at-rest', 'vol-plain')!;
    expect(f.fingerprint).toBe(
      fingerprint('encryption-at-rest', {
        id: `arn:aws:ec2:eu-west-3:${ACCOUNT}:volume/vol-plain`,
        provider: 'aws',
        nativeType: 'AWS::EC2::Volume',
        region: 'eu-west-3',
        source: { origin: 'live', category: `aws/${ACCOUNT}`, input: 'live', scope: ACCOUNT },
        facets: {},
      }),
    );
  });

  it('with requireCustomerManagedKeys, a key whose owner the file does not show is unknown, an AWS managed key fails', async () => {
    const file = write('keys.json', JSON.stringify(items().map(snapshotSpelling)));
    const report = await scanFiles([file], { requireCustomerManagedKeys: true });
    expect(statusOf(report.findings, 'encryption-at-rest', 'volume/vol-cmk')).toBe('pass');
    expect(statusOf(report.findings, 'encryption-at-rest', 'volume/vol-foreign-key')).toBe('unknown');
    expect(statusOf(report.findings, 'encryption-at-rest', ':::audit-logs')).toBe('fail');
  });

  it('reads the realistic snapshot fixture', async () => {
    const file = path.join(here, 'fixtures/aws/config-snapshot.json');
    const report = await scan({ kinds: INPUT_KINDS, inputs: [file], sourceRoot: path.join(here, '..'), settings: DEFAULT_SETTINGS, policies: BUILTIN_POLICIES, keepPasses: true });
    expect(report.incomplete).toEqual([]);
    expect(report.summary.byStatus.fail).toBeGreaterThan(0);
    expect(report.summary.byStatus.pass).toBeGreaterThan(0);
    expect(report.summary.byStatus.unknown).toBeGreaterThan(0);
  });
});

describe('AWS corpus (../shared/corpus/inventory, opt-in)', () => {
  const corpus = path.resolve(here, '../../shared/corpus/inventory');
  const files = existsSync(corpus) ? readdirSync(corpus).filter((f) => f.startsWith('aws-')) : [];
  if (files.length === 0) {
    it.skip('corpus not present', () => {});
    console.info(`AWS corpus test skipped: ${corpus} is absent`);
    return;
  }
  it.each(files)('%s is read as an AWS input', async (name) => {
    const file = path.join(corpus, name);
    const doc = openDoc(file);
    expect(AWS_INPUT_KINDS.some((k) => k.detect(doc))).toBe(true);
    const read = await readInputs([file], AWS_INPUT_KINDS, readContext(path.dirname(file)));
    // Every record that carries a resourceType becomes a resource or is named in a notification.
    for (const r of read.resources) {
      expect(r.provider).toBe('aws');
      expect(r.source.category).toMatch(/^aws\//);
      expect(Object.keys(r.facets).length).toBeGreaterThan(0);
    }
  });

  it('judges the real items as documented in the corpus notes', async () => {
    const report = await scan({ kinds: INPUT_KINDS, inputs: files.map((f) => path.join(corpus, f)), sourceRoot: corpus, settings: DEFAULT_SETTINGS, policies: BUILTIN_POLICIES, keepPasses: true });
    const f = report.findings;
    expect(statusOf(f, 'admin-network-exposure', 'security-group/sg-1d56fc66')).toBe('fail');
    expect(statusOf(f, 'admin-network-exposure', 'cluster/kapil-dev')).toBe('unknown');
    expect(statusOf(f, 'encryption-at-rest', 'table/test')).toBe('pass');
    expect(statusOf(f, 'encryption-at-rest', 'volume/vol-a416b170')).toBe('pass');
    expect(statusOf(f, 'encryption-at-rest', 'db:myrdstest')).toBe('pass');
    expect(statusOf(f, 'admin-mfa', 'user/johndoe')).toBe('unknown');
    expect(statusOf(f, 'log-retention', 'trail/APJCCloudTrail')).toBe('unknown');
    expect(statusOf(f, 'data-residency', ':::config-rule-sanity')).toBe('fail');
  });
});
