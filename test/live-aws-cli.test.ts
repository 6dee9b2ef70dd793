/**
 * End to end: the built CLI scans a live AWS account whose APIs are the local server, reached
 * through CLDSCAN_AWS_ENDPOINT (as a private endpoint would be), with credentials and region from
 * the standard environment variables.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './helpers/cli.js';
import { validateSarif } from './helpers/sarif-validate.js';
import { estate } from './helpers/aws-estate.js';
import { ACCOUNT, volume } from './helpers/aws-fixtures.js';
import { startAwsServerInWorker, type WorkerServer } from './helpers/aws-worker.js';
import { TEST_CREDENTIALS } from './helpers/aws-live.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'cldscan-aws-cli-'));
let server: WorkerServer;
let denied: WorkerServer;

beforeAll(async () => {
  const fixture = estate();
  fixture.items.push(volume({ id: 'vol-frankfurt', region: 'eu-central-1', encrypted: false }));
  server = await startAwsServerInWorker(fixture);
  denied = await startAwsServerInWorker(fixture, { denyRegions: ['eu-central-1'] });
});
afterAll(async () => {
  await server?.close();
  await denied?.close();
  rmSync(dir, { recursive: true, force: true });
});

function env(url: string): NodeJS.ProcessEnv {
  return {
    CLDSCAN_AWS_ENDPOINT: url,
    AWS_ACCESS_KEY_ID: TEST_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: TEST_CREDENTIALS.secretAccessKey,
    AWS_REGION: 'eu-west-3',
    AWS_MAX_ATTEMPTS: '3',
    AWS_PROFILE: '',
    AWS_CONFIG_FILE: path.join(dir, 'no-config'),
    AWS_SHARED_CREDENTIALS_FILE: path.join(dir, 'no-credentials'),
    CI: '1',
  };
}

interface Sarif {
  runs: Array<{
    automationDetails: { id: string };
    invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications: Array<{ level: string; message: { text: string } }> }>;
    results: Array<{
      ruleId: string;
      level: string;
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } }; logicalLocations: Array<{ fullyQualifiedName: string }> }>;
      relatedLocations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }>;
      partialFingerprints: Record<string, string>;
    }>;
  }>;
}

describe('cldscan scan --aws (CLI, local AWS endpoint)', () => {
  it('writes one SARIF run per account, each result at its stable live path and related to its line of the inventory, valid for GitHub', async () => {
    const sarifFile = path.join(dir, 'live-aws.sarif');
    const inventory = path.join(dir, 'inventory.jsonl');
    const r = cli(['scan', '--aws', '--aws-region', 'eu-west-3', '--aws-region', 'us-east-1', '--format', 'sarif', '--output', sarifFile, '--inventory-out', inventory, '--source-root', dir], { env: env(server.url) });
    expect(r.stderr).not.toMatch(/Error/);
    expect(r.status).toBe(1);
    const sarif = JSON.parse(readFileSync(sarifFile, 'utf8')) as Sarif;
    expect(sarif.runs.map((run) => run.automationDetails.id)).toEqual([`cldscan/aws/${ACCOUNT}/`]);
    const run = sarif.runs[0]!;
    expect(run.invocations[0]!.executionSuccessful).toBe(true);
    expect(run.results.length).toBeGreaterThan(10);
    const lines = readFileSync(inventory, 'utf8').trimEnd().split('\n');
    for (const res of run.results) {
      const loc = res.locations[0]!;
      const id = loc.logicalLocations[0]!.fullyQualifiedName;
      expect(loc.physicalLocation.artifactLocation.uri).toBe(`cldscan-live/aws/${ACCOUNT}/${id}`);
      expect(res.partialFingerprints.primaryLocationLineHash).toBe(`${res.partialFingerprints['cldscanResource/v1']}:1`);
      const snapshot = res.relatedLocations[0]!.physicalLocation;
      expect(snapshot.artifactLocation.uri).toBe('inventory.jsonl');
      const record = JSON.parse(lines[snapshot.region.startLine - 1]!) as { arn?: string; resourceType: string };
      // An account's regional controls (`…:root/guardduty/eu-west-3`) are judged from the account's record.
      expect(id === record.arn || (record.resourceType === 'AWS::::Account' && id.startsWith(`${record.arn}/`))).toBe(true);
    }
    const sg = run.results.find((x) => x.ruleId === 'admin-network-exposure' && x.locations[0]!.logicalLocations[0]!.fullyQualifiedName.endsWith('sg-0ssh0000000000001'));
    expect(sg?.level).toBe('error');
    expect(validateSarif([sarifFile])).toEqual([]);
  });

  it('gives the same fingerprints on a second scan of the unchanged account', () => {
    const a = path.join(dir, 'a.sarif');
    const b = path.join(dir, 'b.sarif');
    for (const out of [a, b]) cli(['scan', '--aws', '--format', 'sarif', '--output', out, '--concurrency', out === a ? '1' : '8'], { env: env(server.url) });
    const prints = (f: string) =>
      (JSON.parse(readFileSync(f, 'utf8')) as Sarif).runs
        .flatMap((run) => run.results.map((x) => `${x.ruleId} ${x.partialFingerprints['cldscanResource/v1']}`))
        .sort();
    expect(prints(a).length).toBeGreaterThan(10);
    expect(prints(b)).toEqual(prints(a));
  });

  it('says the scan is incomplete when a region is denied: JSON summary.incomplete, SARIF executionSuccessful, exit code 3', () => {
    const sarifFile = path.join(dir, 'denied.sarif');
    const json = cli(['scan', '--aws', '--aws-region', 'eu-west-3', '--aws-region', 'eu-central-1', '--format', 'json', '--fail-on', 'none'], { env: env(denied.url) });
    expect(json.status).toBe(3);
    const report = JSON.parse(json.stdout) as { summary: { incomplete: Array<{ level: string; message: string; scope: string; category: string }> }; findings: Array<{ resource: { id: string } }> };
    expect(report.summary.incomplete).toEqual([expect.objectContaining({ level: 'error', category: `aws/${ACCOUNT}`, scope: `aws/${ACCOUNT}/eu-central-1` })]);
    expect(report.findings.some((f) => f.resource.id.includes('eu-central-1'))).toBe(false);
    const s = cli(['scan', '--aws', '--aws-region', 'eu-west-3', '--aws-region', 'eu-central-1', '--format', 'sarif', '--output', sarifFile, '--fail-on', 'none'], { env: env(denied.url) });
    expect(s.status).toBe(3);
    const run = (JSON.parse(readFileSync(sarifFile, 'utf8')) as Sarif).runs[0]!;
    expect(run.invocations[0]!.executionSuccessful).toBe(false);
    expect(run.invocations[0]!.toolExecutionNotifications.some((n) => n.level === 'error' && /eu-central-1/.test(n.message.text))).toBe(true);
    expect(validateSarif([sarifFile])).toEqual([]);
  });

  it('exits 0 on a complete scan with no failure at the threshold, and reads its own inventory back offline', () => {
    const inventory = path.join(dir, 'again.jsonl');
    const live = cli(['scan', '--aws', '--format', 'json', '--fail-on', 'none', '--inventory-out', inventory, '--source-root', dir], { env: env(server.url) });
    expect(live.status).toBe(0);
    const offline = cli(['scan', inventory, '--format', 'json', '--fail-on', 'none', '--source-root', dir]);
    expect(offline.status).toBe(0);
    type J = { findings: Array<{ policy: string; fingerprint: string; status: string; resource: { id: string } }> };
    const a = JSON.parse(live.stdout) as J;
    const b = JSON.parse(offline.stdout) as J;
    // Same resources, same fingerprints; only facts from live-only APIs (credential report, trail status) differ.
    const enc = (j: J) => j.findings.filter((f) => f.policy === 'encryption-at-rest').map((f) => `${f.fingerprint} ${f.status}`).sort();
    expect(enc(b)).toEqual(enc(a));
  });

  it('refuses AWS flags without --aws and a malformed region', () => {
    expect(cli(['scan', '--aws-region', 'eu-west-3']).status).not.toBe(0);
    const bad = cli(['scan', '--aws', '--aws-region', 'paris'], { env: env(server.url) });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/not an AWS region name/);
  });
});
