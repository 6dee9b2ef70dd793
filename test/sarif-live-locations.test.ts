/**
 * Where SARIF results of live scans point (src/report/sarif.ts): the `.tf` that declares the
 * resource when a scanned plan does; otherwise a stable path per account and resource under
 * cldscan-live/, with the inventory snapshot's line as a related location; inventory files given as
 * inputs keep their own lines. Checked by the SARIF Multitool's GitHub rules.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LIVE_ROOT, liveUri, toSarif } from '../src/report/sarif.js';
import type { ScanReport } from '../src/report/scan-report.js';
import type { Finding } from '../src/model/finding.js';
import type { FileLocation } from '../src/model/resource.js';
import { DEFAULT_SETTINGS } from '../src/settings.js';
import { BUILTIN_POLICIES } from '../policies/index.js';
import { TOOL } from '../src/tool.js';
import { judgingSettings } from '../src/scope.js';
import { validateSarif } from './helpers/sarif-validate.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'cldscan-sarif-live-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function finding(id: string, category: string, location: FileLocation | null, input = `live/${category}`): Finding {
  return {
    policy: 'encryption-at-rest',
    rules: ['CL-8'],
    status: 'fail',
    severity: 'high',
    message: 'The S3 bucket is not encrypted at rest.',
    messageId: 'notEncrypted',
    data: { service: 'S3 bucket' },
    outcomes: { storage: 'fail' },
    resource: { id, provider: category.startsWith('aws') ? 'aws' : category.startsWith('azure') ? 'azure' : 'gcp', nativeType: 'x', region: null },
    location,
    input,
    category,
    origin: 'live',
    evidence: [],
    fingerprint: Buffer.from(id).toString('hex').slice(0, 32).padEnd(32, '0'),
  };
}

function sarifOf(findings: Finding[]) {
  const report: ScanReport = {
    tool: TOOL,
    categories: [...new Set(findings.map((f) => f.category))],
    sourceRoot: dir,
    settings: DEFAULT_SETTINGS,
    policies: BUILTIN_POLICIES.map((p) => p.meta),
    findings,
    summary: { resources: findings.length, findings: findings.length, byStatus: { pass: 0, fail: findings.length, unknown: 0 }, failuresBySeverity: { critical: 0, high: findings.length, medium: 0, low: 0 }, failOn: 'high', failed: true, waived: 0, inBaseline: 0 },
    inputs: [],
    notifications: [],
    incomplete: [],
    scope: { scanId: 'test', scanned: '2026-01-01T00:00:00.000Z', settings: judgingSettings(DEFAULT_SETTINGS), categories: {} },
    administrators: [],
  };
  const text = toSarif(report);
  const file = path.join(dir, `${findings.length}-${Math.random().toString(36).slice(2)}.sarif`);
  writeFileSync(file, text);
  type Result = {
    locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } }; message?: { text: string } }>;
    relatedLocations?: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }>;
    partialFingerprints: Record<string, string>;
  };
  return { file, results: (JSON.parse(text) as { runs: Array<{ results: Result[] }> }).runs.flatMap((r) => r.results) };
}

const ARN = 'arn:aws:ec2:eu-west-3:111122223333:volume/vol-0a1b2c3d';
const ARM = '/subscriptions/3f2a5c1e-8b7d-4e6f-9a0b-1c2d3e4f5a6b/resourceGroups/rg prod/providers/Microsoft.Storage/storageAccounts/docs';
const GCP = '//storage.googleapis.com/projects/_/buckets/exports#1';

describe('SARIF locations of live findings', () => {
  it('are stable paths per account and resource when no .tf declares the resource', () => {
    expect(liveUri({ category: 'aws/111122223333', resource: { id: ARN } as Finding['resource'] })).toBe(`${LIVE_ROOT}/aws/111122223333/arn:aws:ec2:eu-west-3:111122223333:volume/vol-0a1b2c3d`);
    // Leading slashes dropped, spaces and # encoded: a relative URI whatever the id holds.
    expect(liveUri({ category: 'azure/3f2a5c1e-8b7d-4e6f-9a0b-1c2d3e4f5a6b', resource: { id: ARM } as Finding['resource'] })).toBe(
      `${LIVE_ROOT}/azure/3f2a5c1e-8b7d-4e6f-9a0b-1c2d3e4f5a6b/subscriptions/3f2a5c1e-8b7d-4e6f-9a0b-1c2d3e4f5a6b/resourceGroups/rg%20prod/providers/Microsoft.Storage/storageAccounts/docs`,
    );
    expect(liveUri({ category: 'gcp/hosting-prod', resource: { id: GCP } as Finding['resource'] })).toBe(`${LIVE_ROOT}/gcp/hosting-prod/storage.googleapis.com/projects/_/buckets/exports%231`);
  });

  it('keep the .tf a scanned plan declares, relate the snapshot line otherwise, and leave input files alone', () => {
    const declared = finding(ARN, 'aws/111122223333', { uri: 'infra/main.tf', line: 12 });
    const snapshotted = finding(`${ARN}-2`, 'aws/111122223333', { uri: 'inventory-aws.jsonl', line: 7, snapshot: true });
    const bare = finding(ARM, 'azure/3f2a5c1e-8b7d-4e6f-9a0b-1c2d3e4f5a6b', null);
    const fromFile = finding(GCP, 'gcp/hosting-prod', { uri: 'exports/assets.json', line: 3 }, 'exports/assets.json');
    const { file, results } = sarifOf([declared, snapshotted, bare, fromFile]);
    const byUri = new Map(results.map((r) => [r.locations[0]!.physicalLocation.artifactLocation.uri, r]));

    const tf = byUri.get('infra/main.tf')!;
    expect(tf.locations[0]!.physicalLocation.region.startLine).toBe(12);
    expect(tf.relatedLocations).toBeUndefined();
    expect(tf.partialFingerprints.primaryLocationLineHash).toBeUndefined();

    const snap = byUri.get(liveUri(snapshotted))!;
    expect(snap.locations[0]!.physicalLocation.region.startLine).toBe(1);
    expect(snap.locations[0]!.message?.text).toMatch(/declared in no scanned \.tf file/);
    expect(snap.relatedLocations?.[0]!.physicalLocation).toEqual({ artifactLocation: { uri: 'inventory-aws.jsonl', uriBaseId: '%SRCROOT%' }, region: { startLine: 7 } });
    expect(snap.partialFingerprints.primaryLocationLineHash).toBe(`${snapshotted.fingerprint}:1`);

    const azure = byUri.get(liveUri(bare))!;
    expect(azure.relatedLocations).toBeUndefined();
    expect(azure.partialFingerprints.primaryLocationLineHash).toBe(`${bare.fingerprint}:1`);

    expect(byUri.get('exports/assets.json')?.locations[0]!.physicalLocation.region.startLine).toBe(3);
    expect(validateSarif([file])).toEqual([]);
  });

  it('do not move when the snapshot lines do: a second scan gives the same locations and fingerprints', () => {
    const first = sarifOf([finding(ARN, 'aws/111122223333', { uri: 'inventory.jsonl', line: 4, snapshot: true })]).results[0]!;
    const second = sarifOf([finding(ARN, 'aws/111122223333', { uri: 'inventory.jsonl', line: 90, snapshot: true })]).results[0]!;
    expect(second.locations).toEqual(first.locations);
    expect(second.partialFingerprints).toEqual(first.partialFingerprints);
    expect(second.relatedLocations).not.toEqual(first.relatedLocations);
  });
});
