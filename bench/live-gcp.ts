/**
 * Live GCP benchmark: the scan (real AssetServiceClient, REST mode) against the local Cloud Asset
 * Inventory server of the tests, 1000 assets a page with a fixed latency per page standing in for
 * the API's. For each estate: the wall time of the scan (in a fresh child process, SARIF written),
 * the least time paging allows (the listings of a scope as if read one page after the other; scopes
 * run `concurrency` at a time; never less than the ListAssets quota allows), and the child's peak
 * resident memory, at two sizes to show it does not grow with the estate. GCP_BENCH_SIZES,
 * GCP_BENCH_PAGE_MS and GCP_BENCH_LIST_QUOTA (calls a minute, 100 as in the CLI) change the runs.
 */
import { INPUT_KINDS } from '../src/cli/composition-root.js';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LIST_QUOTA as DEFAULT_LIST_QUOTA } from '../providers/gcp/live.js';
import { startGcpServer, type RestAsset } from '../test/helpers/gcp-server.js';
import { bucket, cluster, disk, firewall, logBucket, sqlInstance, type ProjectId } from '../test/helpers/gcp-estate.js';

const TOKEN = 'bench-token';
export const ORG = 'organizations/555000111222';
const PAGE_MS = Number(process.env.GCP_BENCH_PAGE_MS ?? 100);
const LIST_QUOTA = Number(process.env.GCP_BENCH_LIST_QUOTA ?? DEFAULT_LIST_QUOTA);

/**
 * The least time, in seconds, `calls` listAssets calls take when at most `perMinute` start in any
 * minute: the last starts after ⌊(calls − 1) / perMinute⌋ minutes, and takes one latency.
 */
export const quotaSeconds = (calls: number, perMinute: number, latencyMs: number): number => Math.floor((calls - 1) / perMinute) * 60 + latencyMs / 1000;
const PAGE_SIZE = 1000;

/** A project's assets, mostly compliant (as most of an estate is): what a scan keeps is its failures. */
export function projectAssets(index: number, count: number): RestAsset[] {
  const id = `bench-${String(index).padStart(4, '0')}` as ProjectId;
  const number = String(800000000000 + index);
  const anc = [`projects/${number}`, ORG];
  const fix = (a: RestAsset): RestAsset => {
    const name = a.name.replace(/hosting-prod/g, id);
    const resource = a.resource ? { ...a.resource, parent: `//cloudresourcemanager.googleapis.com/projects/${number}` } : undefined;
    return { ...a, name, ancestors: anc, ...(resource ? { resource } : {}) };
  };
  const out: RestAsset[] = [
    {
      name: `//cloudresourcemanager.googleapis.com/projects/${number}`,
      assetType: 'cloudresourcemanager.googleapis.com/Project',
      ancestors: anc,
      resource: { version: 'v1', discoveryName: 'Project', parent: `//cloudresourcemanager.googleapis.com/${ORG}`, data: { projectNumber: number, projectId: id, lifecycleState: 'ACTIVE', name: id } },
      iamPolicy: {
        version: 1,
        etag: 'BwYc2o0EvD2=',
        bindings: [
          { role: 'roles/viewer', members: ['group:readers@example.com'] },
          { role: 'roles/compute.instanceAdmin.v1', members: [`serviceAccount:deployer@${id}.iam.gserviceaccount.com`] },
        ],
        auditConfigs: [{ service: 'allServices', auditLogConfigs: [{ logType: 'ADMIN_READ' }, { logType: 'DATA_READ' }, { logType: 'DATA_WRITE' }] }],
      },
    },
    fix(logBucket('hosting-prod', '_Default', { retentionDays: 400 })),
    fix(logBucket('hosting-prod', '_Required', { retentionDays: 400, locked: true })),
  ];
  for (let i = 0; out.length < count; i++) {
    const n = `${id}-${i}`;
    switch (i % 10) {
      case 0:
      case 1:
      case 2:
        out.push(fix(disk('hosting-prod', 'europe-west9-a', `disk-${n}`, { diskEncryptionKey: { kmsKeyName: 'projects/kms/locations/europe-west9/keyRings/r/cryptoKeys/k/cryptoKeyVersions/1' } })));
        break;
      case 3:
      case 4:
        out.push(fix(bucket('hosting-prod', `bucket-${n}`, { location: 'EUROPE-WEST9', locationType: 'region' })));
        break;
      case 5:
      case 6:
        out.push(fix(firewall('hosting-prod', `fw-${n}`, { allowed: [{ IPProtocol: 'tcp', ports: ['443'] }], sourceRanges: ['0.0.0.0/0'] })));
        break;
      case 7:
        out.push(fix(firewall('hosting-prod', `fw-admin-${n}`, { allowed: [{ IPProtocol: 'tcp', ports: ['22'] }], sourceRanges: ['35.235.240.0/20'] })));
        break;
      case 8:
        out.push(fix(sqlInstance('hosting-prod', `db-${n}`, 'europe-west9', { ipConfiguration: { ipv4Enabled: false }, backupConfiguration: { enabled: true, location: 'europe-west9' } })));
        break;
      default:
        out.push(
          fix(cluster('hosting-prod', 'europe-west9', `gke-${n}`, { privateClusterConfig: { enablePrivateNodes: true, enablePrivateEndpoint: true }, masterAuthorizedNetworksConfig: { enabled: true, cidrBlocks: [{ cidrBlock: '10.0.0.0/8' }] } })),
        );
    }
  }
  return out;
}

interface Measure {
  seconds: number;
  /** CPU time of the child during the scan (user + system): the work, whatever else the machine runs. */
  cpuSeconds: number;
  maxRssMb: number;
  resources: number;
  /** Policy results (passes included). */
  results: number;
  /** Results the scan kept for the report (failures and unknowns: SARIF leaves passes out). */
  kept: number;
}

async function measure(total: number, projects: number, scopes: string[], concurrency: number, heapMb?: number): Promise<{ m: Measure; minimum: number; requests: number }> {
  const all = Array.from({ length: projects }, (_, i) => projectAssets(i, Math.ceil(total / projects))).flat();
  const numbers = Object.fromEntries(all.filter((a) => a.assetType === 'cloudresourcemanager.googleapis.com/Project').map((a) => [(a.resource!.data as { projectId: string }).projectId, (a.resource!.data as { projectNumber: string }).projectNumber]));
  const cache = new Map<string, RestAsset[]>();
  const server = await startGcpServer({
    token: TOKEN,
    projects: numbers,
    pageDelayMs: PAGE_MS,
    assets: (parent, contentType, types) => {
      const key = `${parent}|${contentType}|${types.join(',')}`;
      let hit = cache.get(key);
      if (!hit) {
        const num = parent.startsWith('projects/') ? `projects/${numbers[parent.slice(9)] ?? parent.slice(9)}` : parent;
        const wanted = new Set(types);
        hit = all.filter((a) => a.ancestors.includes(num) && (wanted.size === 0 || wanted.has(a.assetType)) && (contentType === 'RESOURCE' ? a.resource !== undefined : a.iamPolicy !== undefined));
        cache.set(key, hit);
      }
      return hit;
    },
  });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cldscan-bench-gcp-'));
  try {
    const node = heapMb ? [`--max-old-space-size=${heapMb}`] : [];
    const m = await child([...node, fileURLToPath(import.meta.url), 'child', path.join(dir, 'out.sarif'), String(concurrency), ...scopes], { CLDSCAN_GCP_ENDPOINT: server.endpoint, GOOGLE_OAUTH_ACCESS_TOKEN: TOKEN });
    // Sequential pages per scope; scopes `concurrency` at a time: the longest scope, or the total spread over the lanes;
    // and at most LIST_QUOTA calls start in a minute.
    const perScope = scopes.map((s) => server.requests.filter((q) => q.parent === s).length * PAGE_MS);
    const quota = quotaSeconds(server.requests.length, LIST_QUOTA, PAGE_MS);
    const minimum = Math.max(Math.max(...perScope) / 1000, perScope.reduce((a, b) => a + b, 0) / concurrency / 1000, quota);
    return { m, minimum, requests: server.requests.length };
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function child(args: string[], env: NodeJS.ProcessEnv): Promise<Measure> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, args, { env: { ...process.env, ...env, CI: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    p.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    p.on('close', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop()!) as Measure) : reject(new Error(`benchmark child failed (${code}): ${err.slice(0, 800)}`))));
  });
}

/** In the child: the scan as the CLI runs it (live source, evaluation, findings spooled, SARIF written from the spool), timed after module loading. */
async function runChild(output: string, concurrency: number, scopes: string[]): Promise<void> {
  const { scan } = await import('../src/scan.js');
  const { writeReport } = await import('../src/report/render.js');
  const { StagedFile } = await import('../src/output.js');
  const { releaseFindings } = await import('../src/report/finding-spool.js');
  const { DEFAULT_SETTINGS } = await import('../src/settings.js');
  const { BUILTIN_POLICIES } = await import('../policies/index.js');
  const { createGcpSource } = await import('../providers/gcp/live.js');
  await import('@google-cloud/asset');
  const t0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  const report = await scan({
    kinds: INPUT_KINDS,
    inputs: [],
    live: [createGcpSource({ scopes, listsPerMinute: LIST_QUOTA })],
    sourceRoot: path.dirname(output),
    settings: { ...DEFAULT_SETTINGS, failOn: 'none' },
    policies: BUILTIN_POLICIES,
    keepPasses: false,
    concurrency,
    spool: true,
  });
  const staged = new StagedFile(output);
  await writeReport(staged, report, 'sarif', { color: false });
  staged.commit();
  releaseFindings(report.findings);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  if (report.incomplete.length) throw new Error(`incomplete: ${report.incomplete[0]!.message}`);
  const m: Measure = { seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, maxRssMb: process.resourceUsage().maxRSS / 1024, resources: report.summary.resources, results: report.summary.findings, kept: report.findings.length };
  process.stdout.write(`${JSON.stringify(m)}\n`);
}

export async function benchLive(): Promise<string[]> {
  const sizes = (process.env.GCP_BENCH_SIZES ?? '10000,100000').split(',').map(Number);
  const lines = [
    `local Cloud Asset Inventory server: ${PAGE_SIZE} assets a page, ${PAGE_MS} ms a page (standing in for the API's latency), ListAssets quota ${LIST_QUOTA} calls a minute; scan in a child process, SARIF written`,
    `node ${process.version}, ${os.cpus().length} CPU(s), load average ${os.loadavg()[0]!.toFixed(1)} at the start`,
    '        estate | scopes x concurrency     | calls | wall s | paging min s | wall/min | scan CPU s | resources | results | kept | peak RSS MB',
  ];
  const runs: Array<[number, number, string[], number, string, number?]> = [];
  for (const n of sizes) runs.push([n, Math.max(1, n / 1000), [ORG], 4, '1 organization x 4']);
  const largest = Math.max(...sizes);
  runs.push([largest, 4, Array.from({ length: 4 }, (_, i) => `projects/bench-${String(i).padStart(4, '0')}`), 4, '4 projects x 4']);
  // The largest estate again with V8's heap capped: it fits, because nothing is kept but pages in flight and failures.
  runs.push([largest, Math.max(1, largest / 1000), [ORG], 4, '1 org x 4, heap 96 MB', 96]);
  for (const [total, projects, scopes, concurrency, label, heapMb] of runs) {
    const { m, minimum, requests } = await measure(total, projects, scopes, concurrency, heapMb);
    lines.push(
      [
        `${total.toLocaleString('en')} assets`.padStart(14),
        label.padEnd(24),
        String(requests).padStart(5),
        m.seconds.toFixed(2).padStart(6),
        minimum.toFixed(2).padStart(12),
        (m.seconds / minimum).toFixed(2).padStart(8),
        m.cpuSeconds.toFixed(2).padStart(10),
        String(m.resources).padStart(9),
        String(m.results).padStart(7),
        String(m.kept).padStart(4),
        m.maxRssMb.toFixed(0).padStart(11),
      ].join(' | '),
    );
  }
  return lines;
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === 'child') {
  const [, , , output, concurrency, ...scopes] = process.argv;
  await runChild(output!, Number(concurrency), scopes);
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const line of await benchLive()) console.log(line);
}
