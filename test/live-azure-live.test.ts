import { readContext } from '../src/input/read-inputs.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_POLICIES } from '../policies/index.js';
import { createAzureSource } from '../providers/azure/live.js';
import { readAzureDoc } from '../providers/azure/inventory.js';
import { JsonScanner } from '../src/input/json-scan.js';
import { runPolicy } from '../src/policy/tester.js';
import type { Resource } from '../src/model/resource.js';
import { TEST_CREDENTIAL, runLive, type LiveRun } from './helpers/azure-live.js';
import { assessment, fixtureOf, generatedResources, MFA, mixedSubscription, resourceGroup, subscription, SUB_A, SUB_B, SUB_C } from './helpers/azure-estate.js';
import type { AzureFixture } from './helpers/azure-server.js';
import { hasOpenssl, makeTestCertificate, type TestCertificate } from './helpers/azure-tls.js';

const available = hasOpenssl('live Azure tests');

let cert: TestCertificate;
beforeAll(() => {
  if (available) cert = makeTestCertificate();
});
afterAll(() => cert?.dispose());

const ONLY_A = { subscriptions: [SUB_A], managementGroups: [] };
const status = (run: LiveRun, policy: string, idEnd: string) => {
  const resource = find(run, idEnd);
  const p = BUILTIN_POLICIES.find((x) => x.meta.id === policy)!;
  return runPolicy(p, [resource]).get(resource.id)?.status;
};
function find(run: LiveRun, idEnd: string): Resource {
  const hit = run.items.find((i) => i.resource.id.toLowerCase().endsWith(idEnd.toLowerCase()));
  if (!hit) throw new Error(`no ${idEnd} among ${run.items.map((i) => i.resource.id).join(', ')}`);
  return hit.resource;
}
const graphRequests = (run: LiveRun) => run.server.log.filter((l) => l.method === 'POST');

function smallSubscription(sub: string, resources: ReturnType<typeof generatedResources> | [] = []): AzureFixture['subscriptions'][string] {
  return { containers: [subscription(sub), resourceGroup(sub, 'rg-0000')], resources, assessments: [] };
}

describe.skipIf(!available)('live Azure: one subscription through Resource Graph and ARM', () => {
  let run: LiveRun;
  beforeAll(async () => {
    run = await runLive(cert, fixtureOf({ sub: SUB_A, ...mixedSubscription(SUB_A) }), ONLY_A);
  });

  it('reads every resource with the real clients, complete, and covers the subscription', () => {
    expect(run.notifications).toEqual([]);
    expect(run.covered).toEqual([`azure/${SUB_A}`]);
    expect(run.items).toHaveLength(20); // the subscription, its resource group, 18 resources
    for (const { resource } of run.items) {
      expect(resource.provider).toBe('azure');
      expect(resource.source).toMatchObject({ origin: 'live', category: `azure/${SUB_A}`, scope: SUB_A, input: `live/azure/${SUB_A}` });
    }
    // Ids as Resource Graph returns them: the canonical ARM ids a Terraform state holds.
    expect(find(run, 'storageAccounts/sthostingdata').id).toBe(`/subscriptions/${SUB_A}/resourceGroups/rg-hosting-prod/providers/Microsoft.Storage/storageAccounts/sthostingdata`);
    expect(find(run, 'storageAccounts/sthostingdata').nativeType).toBe('microsoft.storage/storageaccounts');
    expect(find(run, 'storageAccounts/sthostingdata').region).toBe('francecentral');
  });

  it('sends what Resource Graph expects: one KQL query per table over the subscription, object arrays of 1000 rows, a bearer token', () => {
    const posts = graphRequests(run);
    expect(posts.map((p) => p.body?.query?.split(' ')[0])).toEqual(['securityresources', 'resourcecontainers', 'appserviceresources', 'recoveryservicesresources', 'resources']);
    for (const p of posts) {
      expect(p.apiVersion).toBe('2024-04-01');
      expect(p.body?.subscriptions).toEqual([SUB_A]);
      expect(p.body?.options).toMatchObject({ $top: 1000, resultFormat: 'objectArray' });
      expect(p.authorization).toBe('Bearer test-token');
    }
    expect(posts[0]!.body?.query).toContain(MFA.ownerDeprecated);
    expect(posts[0]!.body?.query).toContain(MFA.owner);
  });

  it('reads what Graph lacks from ARM with each provider\'s API version: TDE per database, the TDE protector once per server, firewall rules of public servers', () => {
    const gets = run.server.log.filter((l) => l.method === 'GET').map((l) => `${l.path.split('/').slice(-2).join('/')} ${l.apiVersion}`);
    expect(gets.filter((g) => g.startsWith('transparentDataEncryption/current')).sort()).toEqual(['transparentDataEncryption/current 2021-11-01', 'transparentDataEncryption/current 2021-11-01']);
    expect(gets.filter((g) => g.startsWith('encryptionProtector/current'))).toEqual(['encryptionProtector/current 2021-11-01']);
    expect(gets).toContain('sql-hosting-prod/firewallRules 2021-11-01');
    expect(gets).toContain('microsoft.insights/diagnosticSettings 2021-05-01-preview'.replace('microsoft.insights', 'Microsoft.Insights'));
    // master is a system database: no TDE read, no storage facet.
    expect(run.server.log.some((l) => l.path.includes('/databases/master/'))).toBe(false);
    expect(find(run, 'databases/master').facets.storage).toBeUndefined();
  });

  it('judges storage: customer keys, geo-redundant copies in the paired region, encryption at host, SQL TDE', () => {
    expect(find(run, 'sthostingdata').facets.storage).toMatchObject({ encrypted: 'yes', key: 'customer' });
    expect(status(run, 'encryption-at-rest', 'sthostingdata')).toBe('pass');
    expect(find(run, 'sthostingarchive').facets.dataLocations?.locations.map((l) => `${l.role} ${l.region}`)).toEqual(['primary francecentral', 'secondary francesouth']);
    expect(status(run, 'data-residency', 'sthostingexports')).toBe('fail');
    expect(status(run, 'encryption-at-rest', 'virtualMachines/vm-app')).toBe('pass');
    expect(status(run, 'encryption-at-rest', 'virtualMachines/vm-bastion')).toBe('fail');
    expect(find(run, 'databases/orders').facets.storage).toMatchObject({ encrypted: 'yes', key: 'provider' });
    expect(find(run, 'databases/legacy').facets.storage).toMatchObject({ encrypted: 'no' });
    expect(status(run, 'encryption-at-rest', 'databases/legacy')).toBe('fail');
    // Geo-redundant backups of the legacy database live in the paired region.
    expect(find(run, 'databases/legacy').facets.dataLocations?.locations.map((l) => `${l.role} ${l.region}`)).toEqual(['primary francecentral', 'backup francesouth']);
  });

  it('judges network exposure: NSG priorities and denies, AKS API servers, SQL firewall rules', () => {
    expect(status(run, 'admin-network-exposure', 'networkSecurityGroups/nsg-app')).toBe('fail');
    const bastion = runPolicy(BUILTIN_POLICIES.find((p) => p.meta.id === 'admin-network-exposure')!, [find(run, 'nsg-bastion')]).get(find(run, 'nsg-bastion').id);
    // RDP is denied from the Internet at priority 100 before the allow at 200; WinRM is not.
    expect(bastion?.status).toBe('fail');
    expect(bastion).toMatchObject({ messageId: 'portsOpen', data: { ports: 'WinRM (5985), WinRM over HTTPS (5986)' } });
    expect(bastion?.data?.ports).not.toContain('RDP');
    expect(status(run, 'admin-network-exposure', 'managedClusters/aks-private')).toBe('pass');
    expect(status(run, 'admin-network-exposure', 'managedClusters/aks-public')).toBe('fail');
    expect(find(run, 'servers/sql-hosting-prod').facets.adminEndpoint?.allowedNetworks).toEqual(['0.0.0.0', '203.0.113.0/24']);
    expect(status(run, 'admin-network-exposure', 'servers/sql-hosting-prod')).toBe('fail');
    expect(status(run, 'admin-network-exposure', 'flexibleServers/psql-hosting-prod')).toBe('pass');
  });

  it('judges logs: workspace retention, and the activity log kept as long as its longest export', () => {
    expect(status(run, 'log-retention', 'workspaces/log-hosting-prod')).toBe('pass');
    expect(status(run, 'log-retention', 'workspaces/log-app')).toBe('fail');
    const sub = find(run, `/subscriptions/${SUB_A}`);
    expect(sub.facets.logStore).toMatchObject({ kind: 'diagnostic-setting', retentionDays: 730 });
    expect(status(run, 'log-retention', `/subscriptions/${SUB_A}`)).toBe('pass');
  });

  it('judges administrator MFA from Defender for Cloud: write accounts assessed Unhealthy fail', () => {
    const sub = find(run, `/subscriptions/${SUB_A}`);
    expect(sub.facets.identity).toMatchObject({ admin: 'yes', humanAccess: 'yes', mfa: 'absent' });
    expect(status(run, 'admin-mfa', `/subscriptions/${SUB_A}`)).toBe('fail');
  });

  it('keeps evidence to safe values: no key URIs, no tag values', () => {
    const evidence = JSON.stringify(run.items.map((i) => i.resource.facets));
    expect(evidence).not.toContain('vault.azure.net');
    expect(evidence).not.toContain('hosting-team');
    expect(evidence).not.toContain('sqladmin');
  });

  it('writes a raw record that reads back offline into the same facets (the --inventory-out snapshot)', () => {
    const text = run.items.map((i) => JSON.stringify(i.raw)).join('\n');
    const scanner = new JsonScanner(Buffer.from(text), 'inventory.jsonl');
    const read = readAzureDoc({ path: 'inventory.jsonl', scanner, lines: scanner.jsonLines() }, readContext(process.cwd()));
    const live = new Map(run.items.map((i) => [i.resource.id, i.resource.facets]));
    expect(read.resources.map((r) => r.id).sort()).toEqual([...live.keys()].sort());
    for (const r of read.resources) expect(r.facets).toEqual(live.get(r.id));
  });
});

describe.skipIf(!available)('live Azure: paging, throttling, failures', () => {
  const paged = (n: number, sub = SUB_A): AzureFixture => ({ subscriptions: { [sub]: smallSubscription(sub, generatedResources(sub, n)) } });

  it('follows $skipToken page by page, each resource once', async () => {
    const run = await runLive(cert, paged(2500), ONLY_A);
    const resourcePages = graphRequests(run).filter((p) => p.body?.query?.startsWith('resources'));
    expect(resourcePages).toHaveLength(3);
    expect(resourcePages[0]!.body?.options?.$skipToken).toBeUndefined();
    expect(resourcePages[1]!.body?.options?.$skipToken).toEqual(expect.any(String));
    expect(new Set(resourcePages.map((p) => p.body?.query)).size).toBe(1);
    const ids = run.items.map((i) => i.resource.id);
    expect(ids).toHaveLength(2502);
    expect(new Set(ids).size).toBe(ids.length);
    expect(run.notifications).toEqual([]);
  });

  it('uses the page size asked for (tests, very wide rows)', async () => {
    const run = await runLive(cert, paged(250), ONLY_A, { pageSize: 100 });
    expect(graphRequests(run).filter((p) => p.body?.query?.startsWith('resources')).map((p) => p.body?.options?.$top)).toEqual([100, 100, 100]);
    expect(run.items).toHaveLength(252);
  });

  it('waits for the quota window after 429s that carry only x-ms-user-quota-resets-after, then succeeds', async () => {
    const run = await runLive(cert, paged(10), ONLY_A, { faults: { throttle: 2, throttleResetsAfter: '00:00:01' } });
    expect(run.notifications).toEqual([]);
    expect(run.items).toHaveLength(12);
    const posts = graphRequests(run);
    expect(posts.slice(0, 2).map((p) => p.status)).toEqual([429, 429]);
    expect(posts[1]!.at - posts[0]!.at).toBeGreaterThanOrEqual(950);
    expect(posts[2]!.at - posts[1]!.at).toBeGreaterThanOrEqual(950);
  });

  it('retries server errors with backoff', async () => {
    const run = await runLive(cert, paged(10), ONLY_A, { faults: { serverErrors: 2 } });
    expect(run.notifications).toEqual([]);
    expect(graphRequests(run).slice(0, 3).map((p) => p.status)).toEqual([500, 500, 200]);
    expect(run.items).toHaveLength(12);
  });

  it('holds the next request while x-ms-user-quota-remaining is 0, until the window resets', async () => {
    const run = await runLive(cert, paged(10), ONLY_A, { faults: { spendQuotaAt: { request: 1, resetsAfter: '00:00:01' } } });
    const posts = graphRequests(run);
    expect(posts.every((p) => p.status === 200)).toBe(true);
    expect(posts[1]!.at - posts[0]!.at).toBeGreaterThanOrEqual(950);
  });

  it('reports a forbidden subscription as incomplete, yields nothing from it, and reads the others', async () => {
    const fixture: AzureFixture = { subscriptions: { [SUB_A]: smallSubscription(SUB_A, generatedResources(SUB_A, 20)), [SUB_B]: smallSubscription(SUB_B, generatedResources(SUB_B, 20)) } };
    const run = await runLive(cert, fixture, { subscriptions: [SUB_A, SUB_B], managementGroups: [] }, { faults: { forbidden: [SUB_B] } });
    expect(run.items.every((i) => i.resource.source.scope === SUB_A)).toBe(true);
    expect(run.items).toHaveLength(22);
    expect(run.covered).toEqual([`azure/${SUB_A}`]);
    expect(run.notifications).toHaveLength(1);
    expect(run.notifications[0]).toMatchObject({ level: 'error', category: `azure/${SUB_B}`, scope: `subscription ${SUB_B}` });
    expect(run.notifications[0]!.message).toContain('403 AuthorizationFailed');
  });

  it('reports a subscription Resource Graph does not return (unknown, or not readable) as incomplete', async () => {
    const run = await runLive(cert, paged(5), { subscriptions: [SUB_A, SUB_C], managementGroups: [] });
    expect(run.notifications).toEqual([expect.objectContaining({ level: 'error', category: `azure/${SUB_C}`, message: expect.stringContaining('was not found') })]);
  });

  it('reports a failure in the middle of a subscription: what was read is judged, the rest is reported unread', async () => {
    const run = await runLive(cert, paged(2500), ONLY_A, { faults: { failFrom: 5 }, retry: { maxRetries: 1, baseDelayMs: 10 } });
    expect(run.notifications).toEqual([expect.objectContaining({ level: 'error', category: `azure/${SUB_A}`, message: expect.stringContaining('resources could not be read') })]);
    expect(run.items.length).toBeLessThan(2502);
  });

  it('understands the table result format when a server answers with it', async () => {
    const run = await runLive(cert, fixtureOf({ sub: SUB_A, ...mixedSubscription(SUB_A) }), ONLY_A, { faults: { tableFormat: true } });
    expect(run.notifications).toEqual([]);
    expect(run.items).toHaveLength(20);
    expect(find(run, 'databases/legacy').facets.storage?.encrypted).toBe('no');
  });

  it('leaves TDE unknown and reports the failed reads when the TDE child cannot be read', async () => {
    const run = await runLive(cert, fixtureOf({ sub: SUB_A, ...mixedSubscription(SUB_A) }), ONLY_A, { faults: { armForbidden: ['/transparentdataencryption/'] } });
    expect(find(run, 'databases/orders').facets.storage?.encrypted).toBe('unknown');
    expect(status(run, 'encryption-at-rest', 'databases/orders')).toBe('unknown');
    expect(run.notifications).toEqual([expect.objectContaining({ level: 'error', category: `azure/${SUB_A}`, message: expect.stringMatching(/^SQL database TDE states could not be read \(2 reads failed/) })]);
  });

  it('leaves MFA unknown without Defender for Cloud data, and fails an activity log nobody exports (Azure keeps 90 days)', async () => {
    const run = await runLive(cert, paged(1), ONLY_A);
    const sub = find(run, `/subscriptions/${SUB_A}`);
    expect(sub.facets.identity?.mfa).toBe('unknown');
    expect(status(run, 'admin-mfa', `/subscriptions/${SUB_A}`)).toBe('unknown');
    expect(sub.facets.logStore?.retentionDays).toBe(90);
    expect(status(run, 'log-retention', `/subscriptions/${SUB_A}`)).toBe('fail');
  });

  it('reads the deprecated MFA assessments when the current ones are absent', async () => {
    const fixture = paged(1);
    fixture.subscriptions[SUB_A]!.assessments = [assessment(SUB_A, MFA.ownerDeprecated, 'Healthy'), assessment(SUB_A, MFA.writeDeprecated, 'Healthy')];
    const run = await runLive(cert, fixture, ONLY_A);
    expect(status(run, 'admin-mfa', `/subscriptions/${SUB_A}`)).toBe('pass');
  });
});

describe.skipIf(!available)('live Azure: management groups', () => {
  const fixture = (): AzureFixture => ({
    subscriptions: {
      [SUB_A]: smallSubscription(SUB_A, generatedResources(SUB_A, 30)),
      [SUB_B]: smallSubscription(SUB_B, generatedResources(SUB_B, 30)),
      [SUB_C]: smallSubscription(SUB_C, generatedResources(SUB_C, 30)),
    },
    managementGroups: { 'mg-hosting': [SUB_A, SUB_B, SUB_C] },
  });

  it('reads every subscription of the group with one query per table, each in its own category', async () => {
    const run = await runLive(cert, fixture(), { subscriptions: [], managementGroups: ['mg-hosting'] });
    expect(graphRequests(run).every((p) => p.body?.managementGroups?.[0] === 'mg-hosting' && !p.body?.subscriptions)).toBe(true);
    expect(graphRequests(run)).toHaveLength(5);
    expect([...run.covered].sort()).toEqual([SUB_A, SUB_B, SUB_C].map((s) => `azure/${s}`).sort());
    expect(new Set(run.items.map((i) => i.resource.source.category)).size).toBe(3);
    expect(run.items).toHaveLength(96);
    expect(run.notifications).toEqual([]);
  });

  it('reads a subscription given both alone and through its group once', async () => {
    const run = await runLive(cert, fixture(), { subscriptions: [SUB_B], managementGroups: ['mg-hosting'] });
    const ids = run.items.map((i) => i.resource.id);
    expect(ids).toHaveLength(96);
    expect(new Set(ids).size).toBe(96);
  });

  it('reports a management group it may not read, without a category (every run is marked incomplete)', async () => {
    const run = await runLive(cert, fixture(), { subscriptions: [], managementGroups: ['mg-unknown'] });
    expect(run.items).toEqual([]);
    expect(run.notifications).toEqual([expect.objectContaining({ level: 'error', scope: 'management group mg-unknown' })]);
    expect(run.notifications[0]!.category).toBeUndefined();
  });
});

describe.skipIf(!available)('live Azure: setup errors and cancellation', () => {
  it('refuses malformed subscription ids and management group names as usage errors', () => {
    expect(() => createAzureSource({ subscriptions: ['prod'], managementGroups: [] })).toThrow(/--subscription prod: expected a subscription id/);
    expect(() => createAzureSource({ subscriptions: [], managementGroups: ['a b'] })).toThrow(/--management-group a b/);
  });

  it('stops with one line when no credential gives a token', async () => {
    const source = createAzureSource({ ...ONLY_A, endpoint: 'https://127.0.0.1:9', credential: { getToken: async () => { throw new Error('DefaultAzureCredential failed to retrieve a token from the included credentials.\nmore'); } } });
    const iterate = async () => {
      for await (const _ of source.scan({ concurrency: 1, notify() {}, covered() {}, progress: { advance() {}, finish() {}, close() {} } })) void _;
    };
    await expect(iterate()).rejects.toThrow(/^Azure: could not get a token \(DefaultAzureCredential failed to retrieve a token from the included credentials\.\)/);
  });

  it('stops reading when the consumer stops early', async () => {
    const { startAzureServer } = await import('./helpers/azure-server.js');
    const server = await startAzureServer({ key: cert.key, cert: cert.cert, fixture: { subscriptions: { [SUB_A]: smallSubscription(SUB_A, generatedResources(SUB_A, 5000)) } } });
    try {
      const source = createAzureSource({ ...ONLY_A, endpoint: server.url, credential: TEST_CREDENTIAL, ca: cert.cert });
      let n = 0;
      for await (const _ of source.scan({ concurrency: 1, notify() {}, covered() {}, progress: { advance() {}, finish() {}, close() {} } })) {
        void _;
        if (++n === 10) break;
      }
      const pages = server.log.filter((l) => l.body?.query?.startsWith('resources')).length;
      expect(pages).toBeLessThanOrEqual(3);
    } finally {
      await server.close();
    }
  });
});
