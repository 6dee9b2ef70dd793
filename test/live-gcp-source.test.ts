import { INPUT_KINDS } from '../src/cli/composition-root.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_ASSET_TYPES, resourceListings, type LiveOptions } from '../providers/gcp/live.js';
import { sccBaseUrl } from '../providers/gcp/security-center.js';
import type { LiveContext, LiveItem, LiveSource } from '../src/live/source.js';
import type { Notification } from '../src/model/finding.js';
import { BUILTIN_POLICIES } from '../policies/index.js';
import { runPolicy } from '../src/policy/tester.js';
import { scan } from '../src/scan.js';
import { DEFAULT_SETTINGS } from '../src/settings.js';
import { buildPlan } from './helpers/plan-builder.js';
import { estate, FOLDER, ORG, PROJECTS, TOKEN } from './helpers/gcp-estate.js';
import { busiestWindow } from './helpers/call-times.js';
import { localGcpSource, startGcpServer, type Fault, type GcpServer } from './helpers/gcp-server.js';

/**
 * The live source with the real AssetServiceClient (REST mode: `fallback: true`, `protocol: 'http'`,
 * `apiEndpoint`, `port`, an OAuth2Client holding a test access token) against the local server.
 */

let server: GcpServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(faults: Fault[] = [], pageDelayMs = 0): Promise<GcpServer> {
  server = await startGcpServer({ token: TOKEN, projects: PROJECTS, assets: estate(), faults, pageDelayMs });
  return server;
}

const PROJECT_TYPE = 'cloudresourcemanager.googleapis.com/Project';

function source(s: GcpServer, opts: Partial<LiveOptions> & Pick<LiveOptions, 'scopes'>) {
  return localGcpSource(s, TOKEN, opts, 5);
}

interface Run {
  items: LiveItem[];
  notes: Notification[];
  covered: string[];
  finished: Array<[string, string]>;
  advanced: number;
}

async function run(src: LiveSource, concurrency = 4, stopAfter?: number): Promise<Run> {
  const out: Run = { items: [], notes: [], covered: [], finished: [], advanced: 0 };
  const ctx: LiveContext = {
    concurrency,
    notify: (n) => out.notes.push(n),
    covered: (c) => out.covered.push(c),
    progress: { advance: (_s, n) => (out.advanced += n), finish: (s, o) => out.finished.push([s, o]), close: () => undefined },
  };
  for await (const item of src.scan(ctx)) {
    out.items.push(item);
    if (stopAfter !== undefined && out.items.length >= stopAfter) break;
  }
  return out;
}

const ids = (r: Run) => r.items.map((i) => i.resource.id).sort();
const byName = (r: Run, suffix: string) => {
  const found = r.items.filter((i) => i.resource.id.endsWith(suffix));
  if (found.length === 0) throw new Error(`no ${suffix} among ${ids(r).join(', ')}`);
  return found.find((i) => Object.keys(i.resource.facets).length > 0) ?? found[0]!;
};

describe('live GCP through Cloud Asset Inventory', () => {
  it('pages through listAssets with numeric enums, a bearer token and the REST shape', async () => {
    const s = await serve();
    const r = await run(source(s, { scopes: ['projects/hosting-prod'], pageSize: 3 }));
    expect(r.notes).toEqual([]);
    // Every request: the REST path of the scope, numeric content types, the page size asked, JSON with int enums.
    expect(s.requests.every((q) => q.parent === 'projects/hosting-prod' && ['1', '2', '4'].includes(q.contentType) && q.pageSize === 3 && q.numericEnums)).toBe(true);
    // The resource listings, by family: each asked for in pages, only the first without a token.
    const listings = new Map<string, boolean[]>();
    for (const q of s.requests.filter((q) => q.contentType === '1' && !q.assetTypes.includes(PROJECT_TYPE))) {
      listings.set(q.assetTypes.join(','), [...(listings.get(q.assetTypes.join(',')) ?? []), q.pageToken === undefined]);
    }
    expect([...listings.keys()].sort()).toEqual(resourceListings(DEFAULT_ASSET_TYPES).map((t) => t.join(',')).sort());
    for (const firsts of listings.values()) expect(firsts).toEqual(firsts.map((_, i) => i === 0));
    // The rest: Cloud SQL, GKE and two log buckets, 3 a page.
    expect(listings.get(resourceListings(DEFAULT_ASSET_TYPES)[3]!.join(','))).toHaveLength(2);
    expect(r.items.every((i) => i.resource.source.category === 'gcp/hosting-prod' && i.resource.source.scope === 'hosting-prod')).toBe(true);
    expect(r.items.every((i) => i.resource.source.input === 'live/gcp/hosting-prod' && i.resource.source.origin === 'live')).toBe(true);
    expect(r.covered).toEqual(['gcp/hosting-prod']);
    expect(r.finished).toEqual([['projects/hosting-prod', `${r.items.length} resources`]]);
    expect(r.advanced).toBe(r.items.length);
    expect(ids(r)).toContain('//storage.googleapis.com/hosting-prod-documents');
    expect(ids(r)).not.toContain('//storage.googleapis.com/hosting-denied-secrets');
  });

  it('converts the protobuf Struct of resource.data once: raw records are the REST JSON', async () => {
    const s = await serve();
    const r = await run(source(s, { scopes: ['projects/hosting-prod'] }));
    const sql = byName(r, '/instances/orders-db');
    const raw = sql.raw as { name: string; assetType: string; resource: { data: Record<string, any>; location: string }; updateTime: string; ancestors: string[] };
    expect(raw.name).toBe('//cloudsql.googleapis.com/projects/hosting-prod/instances/orders-db');
    expect(raw.resource.data.settings.ipConfiguration).toEqual({ ipv4Enabled: true, requireSsl: true, authorizedNetworks: [{ kind: 'sql#aclEntry', name: 'everyone', value: '0.0.0.0/0' }] });
    expect(raw.resource.data.settings.dataDiskSizeGb).toBe('100');
    expect(raw.resource.location).toBe('europe-west9');
    expect(raw.updateTime).toBe('2025-06-02T08:15:00.123Z');
    expect(raw.ancestors).toEqual([`projects/${PROJECTS['hosting-prod']}`, FOLDER, ORG]);
    expect(JSON.stringify(raw)).not.toMatch(/structValue|stringValue|"fields"/);
    // IAM policies: enums sent as numbers come back as names.
    const iam = r.items.find((i) => i.resource.nativeType === 'cloudresourcemanager.googleapis.com/Project' && i.resource.facets.identity)!;
    expect((iam.raw as { iamPolicy: { bindings: Array<{ role: string }> } }).iamPolicy.bindings[0]!.role).toBe('roles/owner');
  });

  it('retries throttling (429) and unavailability (503), then reads everything', async () => {
    const clean = await serve();
    const expected = ids(await run(source(clean, { scopes: ['projects/hosting-prod'], pageSize: 2 })));
    await clean.close();
    const s = await serve([
      { parent: 'projects/hosting-prod', contentType: 'RESOURCE', status: 429, times: 2 },
      { parent: 'projects/hosting-prod', contentType: 'RESOURCE', laterPagesOnly: true, status: 503, times: 1 },
      { parent: 'projects/hosting-prod', contentType: 'IAM_POLICY', status: 503, times: 1 },
    ]);
    const r = await run(source(s, { scopes: ['projects/hosting-prod'], pageSize: 2 }));
    expect(r.notes).toEqual([]);
    expect(ids(r)).toEqual(expected);
    expect(s.requests.filter((q) => q.status === 429)).toHaveLength(2);
    expect(s.requests.filter((q) => q.status === 503)).toHaveLength(2);
    expect(r.covered).toEqual(['gcp/hosting-prod']);
  });

  it('splits the asset types into listings by family, each type in exactly one', () => {
    const listings = resourceListings(DEFAULT_ASSET_TYPES);
    expect(listings.flat().sort()).toEqual([...DEFAULT_ASSET_TYPES].sort());
    const of = (t: string) => listings.findIndex((l) => l.includes(t));
    expect(of('compute.googleapis.com/(Region)?Target(Https|Http)Proxy')).toBe(of('compute.googleapis.com/Firewall'));
    expect(of('compute.googleapis.com/(SslPolicy|UrlMap|RegionUrlMap|RegionSslPolicy)')).toBe(of('compute.googleapis.com/Firewall'));
    expect(of('compute.googleapis.com/Disk')).not.toBe(of('compute.googleapis.com/Firewall'));
    expect(listings[of('storage.googleapis.com/Bucket')]).toEqual(['storage.googleapis.com/Bucket']);
    expect(resourceListings(['sqladmin.googleapis.com/Instance'])).toEqual([['sqladmin.googleapis.com/Instance']]);
  });

  it('reads the resource listings side by side, and starts no more calls than the quota allows in any window', async () => {
    const s = await serve([], 10);
    const r = await run(source(s, { scopes: ['projects/hosting-prod'], pageSize: 1, listsPerMinute: 4, quotaWindowMs: 400 }));
    expect(r.notes).toEqual([]);
    expect(r.covered).toEqual(['gcp/hosting-prod']);
    // Pages handed over at once by several listings are all counted.
    expect(r.finished).toEqual([['projects/hosting-prod', `${r.items.length} resources`]]);
    // Arrival times: 150 ms of margin for the way from the client to the server on a loaded machine.
    expect(s.requests.length).toBeGreaterThan(8);
    expect(busiestWindow(s.requests.map((q) => q.at), 250)).toBeLessThanOrEqual(4);
    // Side by side: some resource listing asked for a page before another had asked for its last.
    const span = new Map<string, [number, number]>();
    s.requests.forEach((q, i) => {
      if (q.contentType !== '1' || q.assetTypes.includes(PROJECT_TYPE)) return;
      const key = q.assetTypes.join(',');
      span.set(key, [span.get(key)?.[0] ?? i, i]);
    });
    const spans = [...span.values()];
    expect(spans.length).toBe(resourceListings(DEFAULT_ASSET_TYPES).length);
    expect(spans.some(([, last], a) => spans.some(([first], b) => a !== b && first < last))).toBe(true);
  });

  it('stops the other listings of a scope when one fails, and names the one that failed', async () => {
    const s = await serve([{ parent: 'projects/hosting-prod', assetType: 'compute.googleapis.com/Firewall', status: 403, times: Infinity }], 20);
    const r = await run(source(s, { scopes: ['projects/hosting-prod'], pageSize: 1 }));
    expect(r.notes).toEqual([expect.objectContaining({ level: 'error', scope: 'projects/hosting-prod', message: expect.stringMatching(/^resources \(RESOURCE: 6 asset types\) could not be read, .*PERMISSION_DENIED/) })]);
    expect(r.covered).toEqual([]);
    expect(r.finished).toEqual([['projects/hosting-prod', expect.stringMatching(/^failed \(resources \(RESOURCE: 6 asset types\)\)/)]]);
    // The listing of the rest (four assets, one a page) asked for its first page only: the failure came before it arrived.
    const rest = resourceListings(DEFAULT_ASSET_TYPES)[3]!.join(',');
    expect(s.requests.filter((q) => q.assetTypes.join(',') === rest)).toHaveLength(1);
    // Nothing after the failure: no project policies.
    expect(s.requests.some((q) => q.contentType === '2' && q.assetTypes.includes(PROJECT_TYPE))).toBe(false);
  });

  it('reports a scope that stays unavailable after the retries, and yields nothing from it as complete', async () => {
    const s = await serve([{ parent: 'projects/hosting-data', status: 503, times: Infinity }]);
    const r = await run(source(s, { scopes: ['projects/hosting-data'], retry: { initialDelayMs: 1, maxDelayMs: 2, maxAttempts: 3 } }));
    expect(r.items).toEqual([]);
    expect(r.covered).toEqual([]);
    expect(s.requests).toHaveLength(3);
    expect(r.notes).toEqual([
      expect.objectContaining({ level: 'error', scope: 'projects/hosting-data', category: 'gcp/hosting-data', message: expect.stringMatching(/UNAVAILABLE, HTTP 503: The service is currently unavailable/) }),
    ]);
  });

  it('reports permission denied on one project without retrying it, and reads the others', async () => {
    const s = await serve([{ parent: 'projects/hosting-denied', status: 403, times: Infinity }]);
    const r = await run(source(s, { scopes: ['projects/hosting-prod', 'projects/hosting-denied'] }));
    expect(s.requests.filter((q) => q.parent === 'projects/hosting-denied')).toHaveLength(1);
    expect(r.notes).toEqual([
      {
        level: 'error',
        scope: 'projects/hosting-denied',
        category: 'gcp/hosting-denied',
        message: expect.stringContaining('PERMISSION_DENIED, HTTP 403: The caller does not have permission (the credentials need roles/cloudasset.viewer on projects/hosting-denied'),
      },
    ]);
    expect(r.items.some((i) => i.resource.source.category === 'gcp/hosting-denied')).toBe(false);
    expect(r.covered).toEqual(['gcp/hosting-prod']);
    expect(r.finished.find(([scope]) => scope === 'projects/hosting-denied')?.[1]).toMatch(/^failed/);
  });

  it('reads an organization: project ids from numbers, folder and organization policies, inherited audit configs', async () => {
    const s = await serve();
    const r = await run(source(s, { scopes: [ORG], pageSize: 2 }));
    expect(r.notes).toEqual([]);
    expect(byName(r, '//storage.googleapis.com/hosting-prod-exports').resource.source.category).toBe('gcp/hosting-prod');
    expect(byName(r, '//storage.googleapis.com/hosting-denied-secrets').resource.source.category).toBe('gcp/hosting-denied');
    const prodIam = r.items.find((i) => i.resource.id.endsWith(`projects/${PROJECTS['hosting-prod']}`) && i.resource.facets.identity)!;
    expect(prodIam.resource.facets.auditTrail?.coversAllServices).toBe('yes');
    expect(prodIam.resource.facets.auditTrail?.evidence).toContainEqual(expect.objectContaining({ from: FOLDER, value: 'allServices' }));
    expect(byName(r, `//cloudresourcemanager.googleapis.com/${ORG}`).resource.facets.auditTrail?.coversAllServices).toBe('no');
    expect(byName(r, `//cloudresourcemanager.googleapis.com/${FOLDER}`).resource.source.category).toBe(`gcp/${FOLDER}`);
    expect(new Set(r.covered)).toEqual(new Set([`gcp/${ORG}`, `gcp/${FOLDER}`, 'gcp/hosting-prod', 'gcp/hosting-data', 'gcp/hosting-denied']));
    // Projects, sinks and snapshot schedules; folder and organization policies; organisation policies; bucket policies; the resources by family; project policies.
    expect(new Set(s.requests.map((q) => `${q.contentType}:${q.assetTypes.join(',')}`))).toEqual(
      new Set([
        '1:cloudresourcemanager.googleapis.com/Project,logging.googleapis.com/LogSink,compute.googleapis.com/ResourcePolicy',
        '2:cloudresourcemanager.googleapis.com/Folder,cloudresourcemanager.googleapis.com/Organization',
        '4:cloudresourcemanager.googleapis.com/Project,cloudresourcemanager.googleapis.com/Folder,cloudresourcemanager.googleapis.com/Organization',
        '2:storage.googleapis.com/Bucket',
        ...resourceListings(DEFAULT_ASSET_TYPES).map((types) => `1:${types.join(',')}`),
        '2:cloudresourcemanager.googleapis.com/Project',
      ]),
    );
  });

  it('hands pages over as they arrive and stops reading when the scan stops', async () => {
    const s = await serve([], 5);
    const r = await run(source(s, { scopes: ['projects/hosting-prod'], pageSize: 1 }), 1, 1);
    expect(r.items).toHaveLength(1);
    // The queue holds two pages: the scope was not read to its end before the first resource was judged.
    const total = estate().filter((a) => a.ancestors.includes(`projects/${PROJECTS['hosting-prod']}`)).length;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(s.requests.length).toBeLessThan(total);
  });

  it('gives each of the five policies something to say about live resources: pass, fail and unknown', async () => {
    const s = await serve();
    const r = await run(source(s, { scopes: ['projects/hosting-prod', 'projects/hosting-data'] }));
    const resources = r.items.map((i) => i.resource);
    // Project records come twice (RESOURCE, with nothing to judge, and IAM_POLICY): key each result by id.
    const statuses = (policyId: string, settings = {}) => {
      const policy = BUILTIN_POLICIES.find((p) => p.meta.id === policyId)!;
      const out: Record<string, string> = {};
      for (const res of resources) {
        const result = runPolicy(policy, [res], settings).get(res.id);
        if (result) out[res.id] = result.status;
      }
      return out;
    };
    expect(statuses('encryption-at-rest')).toMatchObject({
      '//storage.googleapis.com/hosting-prod-documents': 'pass',
      '//compute.googleapis.com/projects/hosting-prod/zones/us-east1-b/disks/scratch-1': 'pass',
    });
    expect(statuses('encryption-at-rest', { requireCustomerManagedKeys: true })).toMatchObject({
      '//storage.googleapis.com/hosting-prod-documents': 'pass',
      '//compute.googleapis.com/projects/hosting-prod/zones/us-east1-b/disks/scratch-1': 'fail',
    });
    expect(statuses('data-residency')).toMatchObject({
      '//storage.googleapis.com/hosting-prod-documents': 'pass',
      '//storage.googleapis.com/hosting-prod-exports': 'fail',
      '//storage.googleapis.com/hosting-data-lake': 'pass',
      '//compute.googleapis.com/projects/hosting-prod/zones/us-east1-b/disks/scratch-1': 'fail',
      '//cloudsql.googleapis.com/projects/hosting-prod/instances/orders-db': 'pass',
      '//logging.googleapis.com/projects/hosting-prod/locations/global/buckets/_Default': 'fail',
    });
    expect(statuses('admin-mfa')).toMatchObject({
      [`//cloudresourcemanager.googleapis.com/projects/${PROJECTS['hosting-prod']}`]: 'fail',
    });
    expect(statuses('admin-network-exposure')).toMatchObject({
      '//compute.googleapis.com/projects/hosting-prod/global/firewalls/allow-ssh-from-anywhere': 'fail',
      '//compute.googleapis.com/projects/hosting-prod/global/firewalls/allow-ssh-from-iap': 'pass',
      '//cloudsql.googleapis.com/projects/hosting-prod/instances/orders-db': 'fail',
      '//cloudsql.googleapis.com/projects/hosting-data/instances/reporting-db': 'pass',
      '//container.googleapis.com/projects/hosting-prod/locations/europe-west9/clusters/apps': 'pass',
      '//container.googleapis.com/projects/hosting-data/locations/europe-west1/clusters/batch': 'fail',
    });
    expect(statuses('log-retention')).toMatchObject({
      '//logging.googleapis.com/projects/hosting-prod/locations/global/buckets/_Default': 'fail',
      '//logging.googleapis.com/projects/hosting-prod/locations/global/buckets/_Required': 'pass',
      '//logging.googleapis.com/projects/hosting-data/locations/global/buckets/_Default': 'pass',
      '//storage.googleapis.com/hosting-prod-audit-logs': 'pass',
      // Scanned by project, the folder passing down its audit config is not read.
      [`//cloudresourcemanager.googleapis.com/projects/${PROJECTS['hosting-prod']}`]: 'unknown',
      [`//cloudresourcemanager.googleapis.com/projects/${PROJECTS['hosting-data']}`]: 'pass',
    });
  });

  it('points a live finding at the .tf block of the plan that manages the resource', async () => {
    const s = await serve();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cldscan-gcp-twin-'));
    try {
      writeFileSync(
        path.join(dir, 'main.tf'),
        ['resource "google_compute_firewall" "ssh" {', '  name          = "allow-ssh-from-anywhere"', '  network       = "vpc-main"', '  source_ranges = ["0.0.0.0/0"]', '  allow {', '    protocol = "tcp"', '    ports    = ["22"]', '  }', '}', ''].join('\n'),
      );
      const values = { name: 'allow-ssh-from-anywhere', network: 'vpc-main', source_ranges: ['0.0.0.0/0'], allow: [{ protocol: 'tcp', ports: ['22'] }], deny: [], direction: 'INGRESS', disabled: false, priority: 1000, project: 'hosting-prod', id: 'projects/hosting-prod/global/firewalls/allow-ssh-from-anywhere' };
      writeFileSync(path.join(dir, 'plan.json'), JSON.stringify(buildPlan([{ address: 'google_compute_firewall.ssh', values, actions: ['no-op'] }])));
      const report = await scan({ kinds: INPUT_KINDS, inputs: [path.join(dir, 'plan.json')], live: [source(s, { scopes: ['projects/hosting-prod'] })], sourceRoot: dir, settings: DEFAULT_SETTINGS, policies: BUILTIN_POLICIES });
      const live = report.findings.find((f) => f.origin === 'live' && f.resource.id === '//compute.googleapis.com/projects/hosting-prod/global/firewalls/allow-ssh-from-anywhere');
      expect(live).toMatchObject({ policy: 'admin-network-exposure', status: 'fail', category: 'gcp/hosting-prod', location: { uri: 'main.tf', line: 1 } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the Security Command Center endpoint', () => {
  it('is the public API, the plain-HTTP test server the asset client uses, or its own variable, checked as the asset endpoint is', () => {
    expect(sccBaseUrl({})).toBe('https://securitycentermanagement.googleapis.com');
    expect(sccBaseUrl({ CLDSCAN_GCP_ENDPOINT: '127.0.0.1:8085' })).toBe('http://127.0.0.1:8085');
    // A private endpoint for Cloud Asset says nothing of Security Command Center's.
    expect(sccBaseUrl({ CLDSCAN_GCP_ENDPOINT: 'https://cloudasset.p.googleapis.com' })).toBe('https://securitycentermanagement.googleapis.com');
    expect(new URL(sccBaseUrl({ CLDSCAN_GCP_SCC_ENDPOINT: 'https://scc.example.internal' })).origin).toBe('https://scc.example.internal');
    expect(() => sccBaseUrl({ CLDSCAN_GCP_SCC_ENDPOINT: 'scc example' })).toThrow(/^CLDSCAN_GCP_SCC_ENDPOINT scc example: expected host:port/);
    expect(() => sccBaseUrl({ CLDSCAN_GCP_ENDPOINT: 'asset example' })).toThrow(/^CLDSCAN_GCP_ENDPOINT asset example: expected host:port/);
  });
});
