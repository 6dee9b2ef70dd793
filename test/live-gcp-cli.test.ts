import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateSarif } from './helpers/sarif-validate.js';
import { cliAsync } from './helpers/cli.js';
import { estate, PROJECTS, TOKEN } from './helpers/gcp-estate.js';
import { startGcpServer, type Fault, type GcpServer } from './helpers/gcp-server.js';

/**
 * `cldscan scan --gcp` end to end: the built CLI, its AssetServiceClient pointed at the local
 * server through CLDSCAN_GCP_ENDPOINT, an access token through GOOGLE_OAUTH_ACCESS_TOKEN.
 */

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'cldscan-gcp-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function withServer<T>(faults: Fault[], body: (s: GcpServer, env: NodeJS.ProcessEnv) => Promise<T>): Promise<T> {
  const s = await startGcpServer({ token: TOKEN, projects: PROJECTS, assets: estate(), faults });
  try {
    return await body(s, { CLDSCAN_GCP_ENDPOINT: s.endpoint, GOOGLE_OAUTH_ACCESS_TOKEN: TOKEN, CI: '1' });
  } finally {
    await s.close();
  }
}

interface SarifRun {
  automationDetails: { id: string };
  invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications: Array<{ level: string; message: { text: string } }> }>;
  results: Array<{
    ruleId: string;
    level: string;
    partialFingerprints: Record<string, string>;
    locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } }; logicalLocations: Array<{ fullyQualifiedName: string }> }>;
    relatedLocations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }>;
  }>;
}

interface JsonReport {
  findings: Array<{ policy: string; status: string; resource: { id: string }; location: { uri: string; line: number } | null; fingerprint: string }>;
  summary: { incomplete: Array<{ level: string; scope?: string; category?: string; message: string }>; resources: number };
}

const key = (f: JsonReport['findings'][number]) => `${f.policy} ${f.resource.id} ${f.status} ${f.fingerprint} ${f.location?.uri}:${f.location?.line}`;

describe('cldscan scan --gcp', () => {
  it('writes one SARIF run per project, results at their live paths and related to their lines of --inventory-out, after retrying throttling', async () => {
    const sarif = path.join(dir, 'live.sarif');
    const inventory = path.join(dir, 'inventory.jsonl');
    const faults: Fault[] = [
      { parent: 'projects/hosting-prod', contentType: 'RESOURCE', status: 429, times: 1 },
      { parent: 'projects/hosting-data', contentType: 'IAM_POLICY', status: 503, times: 1 },
    ];
    await withServer(faults, async (s, env) => {
      const r = await cliAsync(
        ['scan', '--gcp', '--scope', 'projects/hosting-prod', '--scope', 'projects/hosting-data', '--format', 'sarif', '--output', sarif, '--inventory-out', inventory, '--source-root', dir, '--concurrency', '2'],
        { env },
      );
      expect(r.stderr).toBe('');
      expect(r.status).toBe(1);
      expect(s.requests.map((q) => q.status).sort()).toContain(429);
      expect(s.requests.map((q) => q.status)).toContain(503);
    });
    const log = JSON.parse(readFileSync(sarif, 'utf8')) as { runs: SarifRun[] };
    expect(log.runs.map((run) => run.automationDetails.id)).toEqual(['cldscan/gcp/hosting-data/', 'cldscan/gcp/hosting-prod/']);
    expect(log.runs.every((run) => run.invocations[0]!.executionSuccessful)).toBe(true);
    expect(validateSarif([sarif])).toEqual([]);

    const lines = readFileSync(inventory, 'utf8').trimEnd().split('\n');
    const results = log.runs.flatMap((run) => run.results);
    expect(results.length).toBeGreaterThan(5);
    for (const res of results) {
      const { physicalLocation, logicalLocations } = res.locations[0]!;
      const name = logicalLocations[0]!.fullyQualifiedName;
      expect(physicalLocation.artifactLocation.uri).toMatch(new RegExp(`^cldscan-live/gcp/hosting-(prod|data)/${name.replace(/^\/\//, '').replace(/[.]/g, '\\.')}$`));
      const snapshot = res.relatedLocations[0]!.physicalLocation;
      expect(snapshot.artifactLocation.uri).toBe('inventory.jsonl');
      const record = JSON.parse(lines[snapshot.region.startLine - 1]!) as { name: string };
      expect(record.name).toBe(name);
    }
    const failing = (rule: string) => results.filter((x) => x.ruleId === rule && x.level === 'error').map((x) => x.locations[0]!.logicalLocations[0]!.fullyQualifiedName);
    expect(failing('admin-network-exposure')).toEqual(
      expect.arrayContaining([
        '//compute.googleapis.com/projects/hosting-prod/global/firewalls/allow-ssh-from-anywhere',
        '//cloudsql.googleapis.com/projects/hosting-prod/instances/orders-db',
        '//container.googleapis.com/projects/hosting-data/locations/europe-west1/clusters/batch',
      ]),
    );
    expect(failing('admin-mfa')).toEqual([`//cloudresourcemanager.googleapis.com/projects/${PROJECTS['hosting-prod']}`]);
    expect(failing('data-residency')).toContain('//storage.googleapis.com/hosting-prod-exports');
  });

  it('reports a project it may not read as incomplete (exit 3), with nothing from it judged', async () => {
    const json = path.join(dir, 'denied.json');
    const sarif = path.join(dir, 'denied.sarif');
    await withServer([{ parent: 'projects/hosting-denied', status: 403, times: Infinity }], async (_s, env) => {
      const scopes = ['--scope', 'projects/hosting-data', '--scope', 'projects/hosting-denied'];
      const r = await cliAsync(['scan', '--gcp', ...scopes, '--format', 'json', '--output', json, '--fail-on', 'none'], { env });
      expect(r.status).toBe(3);
      const s = await cliAsync(['scan', '--gcp', ...scopes, '--format', 'sarif', '--output', sarif, '--fail-on', 'none', '--source-root', dir], { env });
      expect(s.status).toBe(3);
    });
    const report = JSON.parse(readFileSync(json, 'utf8')) as JsonReport;
    expect(report.summary.incomplete).toEqual([
      expect.objectContaining({ level: 'error', scope: 'projects/hosting-denied', category: 'gcp/hosting-denied', message: expect.stringContaining('PERMISSION_DENIED') }),
    ]);
    expect(report.findings.some((f) => f.resource.id.includes('hosting-denied'))).toBe(false);
    expect(report.findings.some((f) => f.resource.id.includes('hosting-data'))).toBe(true);
    const log = JSON.parse(readFileSync(sarif, 'utf8')) as { runs: SarifRun[] };
    const denied = log.runs.find((run) => run.automationDetails.id === 'cldscan/gcp/hosting-denied/')!;
    expect(denied.invocations[0]!.executionSuccessful).toBe(false);
    expect(denied.invocations[0]!.toolExecutionNotifications[0]!.message.text).toMatch(/^projects\/hosting-denied: .*PERMISSION_DENIED/);
    expect(denied.results).toEqual([]);
    expect(log.runs.find((run) => run.automationDetails.id === 'cldscan/gcp/hosting-data/')!.invocations[0]!.executionSuccessful).toBe(true);
    expect(validateSarif([sarif])).toEqual([]);
  });

  it('refuses --gcp-list-quota without --gcp, or allowing no call: one line, exit 2', async () => {
    const orphan = await cliAsync(['scan', '--gcp-list-quota', '50', '--format', 'json'], { env: { CI: '1' } });
    expect(orphan.status).toBe(2);
    expect(orphan.stderr.trim().split('\n')).toEqual([expect.stringContaining('--gcp-list-quota needs --gcp')]);
    for (const bad of ['0', '2.5', 'many']) {
      const r = await cliAsync(['scan', '--gcp', '--scope', 'projects/hosting-prod', '--gcp-list-quota', bad, '--format', 'json'], { env: { CI: '1' } });
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toEqual([expect.stringContaining('--gcp-list-quota must be a whole number')]);
    }
  });

  it('gives the same fingerprints on every scan, and reads its --inventory-out back offline with the same findings', async () => {
    const inventory = path.join(dir, 'again.jsonl');
    const runs: JsonReport[] = [];
    await withServer([], async (_s, env) => {
      for (let i = 0; i < 2; i++) {
        const out = path.join(dir, `again-${i}.json`);
        const r = await cliAsync(['scan', '--gcp', '--scope', 'organizations/998877665544', '--format', 'json', '--output', out, '--inventory-out', inventory, '--source-root', dir, '--fail-on', 'none'], {
          env,
        });
        expect(r.status).toBe(0);
        runs.push(JSON.parse(readFileSync(out, 'utf8')) as JsonReport);
      }
    });
    const [first, second] = runs as [JsonReport, JsonReport];
    expect(first.findings.length).toBeGreaterThan(20);
    // The inventory's lines follow the order pages arrive in, which listings read side by side do not fix: across scans, all but the line.
    const unplaced = (f: JsonReport['findings'][number]) => `${f.policy} ${f.resource.id} ${f.status} ${f.fingerprint} ${f.location?.uri}`;
    expect(second.findings.map(unplaced).sort()).toEqual(first.findings.map(unplaced).sort());
    const offlineOut = path.join(dir, 'offline.json');
    const r = await cliAsync(['scan', inventory, '--format', 'json', '--output', offlineOut, '--source-root', dir, '--fail-on', 'none']);
    expect(r.stderr).toBe('');
    const offline = JSON.parse(readFileSync(offlineOut, 'utf8')) as JsonReport;
    // Read back, the file gives the findings of the scan that wrote it (the second), at the same lines.
    expect(offline.findings.map(key).sort()).toEqual(second.findings.map(key).sort());
    expect(offline.summary.resources).toBe(second.summary.resources);
  });
});
