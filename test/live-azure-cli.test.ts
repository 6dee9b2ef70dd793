import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './helpers/cli.js';
import { buildPlan } from './helpers/plan-builder.js';
import { fixtureOf, mixedSubscription, SUB_A, SUB_B } from './helpers/azure-estate.js';
import { startAzureServerThread, type ThreadedServer } from './helpers/azure-thread.js';
import { hasOpenssl, makeTestCertificate, type TestCertificate } from './helpers/azure-tls.js';
import { validateSarif } from './helpers/sarif-validate.js';

/**
 * The built CLI against the local Azure server: the real DefaultAzureCredential gets its token
 * from the server's managed-identity endpoint (IDENTITY_ENDPOINT, as on App Service), the clients
 * go to CLDSCAN_AZURE_ENDPOINT, and the test certificate is trusted through NODE_EXTRA_CA_CERTS.
 * Nothing in the CLI knows it is under test.
 */
const available = hasOpenssl('live Azure CLI tests');

interface SarifLog {
  runs: Array<{
    automationDetails: { id: string };
    invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications?: Array<{ message: { text: string } }> }>;
    results: Array<{
      ruleId: string;
      level: string;
      partialFingerprints: Record<string, string>;
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }>;
      relatedLocations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }>;
    }>;
  }>;
}

interface JsonReport {
  findings: Array<{ policy: string; status: string; origin: string; resource: { id: string }; location: { uri: string; line: number } | null; fingerprint: string; evidence: unknown[] }>;
  summary: { incomplete: Array<{ level: string; message: string; category?: string }>; byStatus: Record<string, number> };
}

describe.skipIf(!available)('cldscan scan --azure (built CLI, local Azure)', () => {
  let cert: TestCertificate;
  let server: ThreadedServer;
  let dir: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    cert = makeTestCertificate();
    const a = mixedSubscription(SUB_A);
    const b = mixedSubscription(SUB_B);
    server = await startAzureServerThread({ key: cert.key, cert: cert.cert, fixture: fixtureOf({ sub: SUB_A, ...a }, { sub: SUB_B, ...b }), faults: { forbidden: [SUB_B] } });
    dir = mkdtempSync(path.join(os.tmpdir(), 'cldscan-azure-cli-'));
    env = {
      CLDSCAN_AZURE_ENDPOINT: server.url,
      NODE_EXTRA_CA_CERTS: cert.certFile,
      IDENTITY_ENDPOINT: `${server.url}/msi/token`,
      IDENTITY_HEADER: 'test-identity-header',
      AZURE_TOKEN_CREDENTIALS: 'ManagedIdentityCredential',
      AZURE_CLIENT_ID: '',
      AZURE_TENANT_ID: '',
      AZURE_CLIENT_SECRET: '',
      AZURE_FEDERATED_TOKEN_FILE: '',
      HTTPS_PROXY: '',
      https_proxy: '',
      NO_PROXY: '127.0.0.1,localhost',
      CI: '1',
    };
  });
  afterAll(async () => {
    await server?.close();
    cert?.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const scanArgs = (...more: string[]) => ['scan', '--azure', '--subscription', SUB_A, '--subscription', SUB_B, '--source-root', dir, ...more];

  it('writes one SARIF run per subscription, marks the forbidden one incomplete, points findings at the inventory snapshot, and exits 3', async () => {
    const sarif = path.join(dir, 'azure.sarif');
    const inventory = path.join(dir, 'azure-inventory.jsonl');
    const r = cli(scanArgs('--format', 'sarif', '--output', sarif, '--inventory-out', inventory, '--fail-on', 'none'), { cwd: dir, env });
    expect(r.stderr).not.toMatch(/Error:|at .*\.js:\d+/);
    expect(r.status).toBe(3);

    const log = JSON.parse(readFileSync(sarif, 'utf8')) as SarifLog;
    const runs = new Map(log.runs.map((run) => [run.automationDetails.id, run]));
    expect([...runs.keys()].sort()).toEqual([`cldscan/azure/${SUB_A}/`, `cldscan/azure/${SUB_B}/`].sort());
    const a = runs.get(`cldscan/azure/${SUB_A}/`)!;
    const b = runs.get(`cldscan/azure/${SUB_B}/`)!;
    expect(a.invocations[0]!.executionSuccessful).toBe(true);
    expect(b.invocations[0]!.executionSuccessful).toBe(false);
    expect(b.invocations[0]!.toolExecutionNotifications?.[0]?.message.text).toContain('403');
    expect(b.results).toEqual([]);
    expect(a.results.length).toBeGreaterThan(5);

    // Every result is at the stable live path of its resource, and related to the line of the snapshot that holds it.
    const lines = readFileSync(inventory, 'utf8').trimEnd().split('\n');
    expect(lines.length).toBe(20);
    for (const result of a.results) {
      expect(result.locations[0]!.physicalLocation.artifactLocation.uri.startsWith(`cldscan-live/azure/${SUB_A}/`)).toBe(true);
      const where = result.relatedLocations[0]!.physicalLocation;
      expect(where.artifactLocation.uri).toBe('azure-inventory.jsonl');
      const record = JSON.parse(lines[where.region.startLine - 1]!) as { id: string; subscriptionId: string };
      expect(record.subscriptionId).toBe(SUB_A);
      expect(result.locations[0]!.physicalLocation.artifactLocation.uri.toLowerCase()).toBe(`cldscan-live/azure/${SUB_A}/${record.id.replace(/^\//, '')}`.toLowerCase());
    }
    expect(validateSarif([sarif])).toEqual([]);

    // The CLI got its token from the managed-identity endpoint and used it.
    const requests = await server.log();
    expect(requests.some((q) => q.path === '/msi/token')).toBe(true);
    expect(requests.filter((q) => q.path !== '/msi/token').every((q) => q.authorization === 'Bearer test-managed-identity-token')).toBe(true);
  });

  it('reports the unread subscription in JSON summary.incomplete, with stable fingerprints across two scans', () => {
    const first = cli(scanArgs('--format', 'json', '--fail-on', 'none'), { cwd: dir, env });
    const second = cli(scanArgs('--format', 'json', '--fail-on', 'none'), { cwd: dir, env });
    expect(first.status, first.stderr).toBe(3);
    expect(second.status, second.stderr).toBe(3);
    const a = JSON.parse(first.stdout) as JsonReport;
    const b = JSON.parse(second.stdout) as JsonReport;
    expect(a.summary.incomplete).toEqual([expect.objectContaining({ level: 'error', category: `azure/${SUB_B}` })]);
    expect(a.findings.every((f) => !f.resource.id.includes(SUB_B))).toBe(true);
    const prints = (r: JsonReport) => r.findings.map((f) => `${f.policy} ${f.resource.id} ${f.fingerprint}`).sort();
    expect(prints(b)).toEqual(prints(a));
    // Pass, fail and unknown are all reached through the live facets.
    expect(a.summary.byStatus.pass).toBeGreaterThan(0);
    expect(a.summary.byStatus.fail).toBeGreaterThan(0);
    const mfa = a.findings.find((f) => f.policy === 'admin-mfa');
    expect(mfa?.status).toBe('fail');
    // Without --inventory-out, live findings have no file to point at.
    expect(a.findings.every((f) => f.location === null)).toBe(true);
  });

  it('exits 1 when a complete scan finds failures at or above --fail-on, 0 with --fail-on none', () => {
    const one = ['scan', '--azure', '--subscription', SUB_A, '--format', 'json'];
    expect(cli(one, { cwd: dir, env }).status).toBe(1);
    expect(cli([...one, '--fail-on', 'none'], { cwd: dir, env }).status).toBe(0);
  });

  it('points a live finding at the .tf block that manages the resource (Azure ids compared case-insensitively)', () => {
    const project = mkdtempSync(path.join(dir, 'infra-'));
    const id = `/subscriptions/${SUB_A}/resourceGroups/rg-hosting-prod/providers/Microsoft.Storage/storageAccounts/sthostingexports`;
    writeFileSync(path.join(project, 'main.tf'), ['# Exports for partners', '', 'resource "azurerm_storage_account" "exports" {', '  name = "sthostingexports"', '}', ''].join('\n'));
    const plan = buildPlan([{ address: 'azurerm_storage_account.exports', actions: ['no-op'], values: { id: id.toLowerCase(), name: 'sthostingexports', location: 'eastus', account_replication_type: 'RAGRS', resource_group_name: 'rg-hosting-prod' } }]);
    writeFileSync(path.join(project, 'plan.json'), JSON.stringify(plan));
    const r = cli(['scan', 'plan.json', '--azure', '--subscription', SUB_A, '--source-root', '.', '--format', 'json', '--fail-on', 'none'], { cwd: project, env });
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as JsonReport;
    const live = report.findings.find((f) => f.origin === 'live' && f.resource.id === id && f.policy === 'data-residency');
    expect(live?.status).toBe('fail');
    expect(live?.location).toEqual({ uri: 'main.tf', line: 3 });
  });

  it('refuses a malformed subscription id with exit code 2 and one line', () => {
    const r = cli(['scan', '--azure', '--subscription', 'production'], { cwd: dir, env });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('expected a subscription id');
  });
});
