/**
 * `npm run bench:live`: the built CLI (`cldscan scan --aws | --azure | --gcp`, SARIF and
 * `--inventory-out` written) against each cloud's local wire-protocol server (test/helpers/*-server.ts,
 * reached through the endpoint variables the CLI tests use), for estates of 50 000, 100 000 and
 * 200 000 generated resources (buckets, volumes, security groups, databases, VMs, disks, NSGs, key
 * vaults, web apps, firewall rules, clusters…). The scan runs in its own process with the peak-RSS
 * preload; the server, in this one, counts what it serves. Per cloud and size it prints:
 * - pages: listing pages served (SelectResourceConfig, Resource Graph queries, listAssets);
 * - calls: every API call the scan made (pages, batch fetches, lookups, identity, facts);
 * - min pages: ceil(n / page size) per listing, the least a complete read can ask for, plus the
 *   per-resource reads the data needs where the API has no listing of it (Azure: arm.ts detailReads);
 * - calls / min pages, wall time, the scan's CPU time, peak RSS, and the inventory lines written;
 * - the time target: 1.2 × the latency × the min pages of the slowest unit read in parallel (an
 *   AWS account, an Azure subscription, the GCP scope), as if that unit's pages were read one
 *   after the other; for GCP, not less than 1.2 × what its ListAssets quota allows (calls a
 *   minute: the min pages cannot all start sooner); and wall time / target.
 * Figures, not a test: nothing fails on a threshold.
 *
 * Flags: `--sizes 50000,100000,200000`, `--clouds aws,azure,gcp`, `--latency-ms 20` (the
 * server's answer time per call, standing in for the API's: every AWS and Azure call, every GCP
 * page), `--format sarif|json|text|markdown` (the report the scan writes, SARIF by default),
 * `--report json|html|csv|md` (the compliance matrix written too), `--heap-mb N` (the scan's V8 heap
 * capped: V8 grows its heap lazily, so peak RSS alone overstates what a scan keeps; a scan that
 * completes under a cap far below the estate's size keeps little), `--gcp-list-quota N` (passed to
 * the scan: the quota project's ListAssets calls a minute, 100 by default as in the CLI; the local
 * server enforces none).
 */
import { spawn } from 'node:child_process';
import { createReadStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ACCOUNT } from '../test/helpers/aws-fixtures.js';
import { startAwsServer } from '../test/helpers/aws-server.js';
import { startAzureServer } from '../test/helpers/azure-server.js';
import { hasOpenssl, makeTestCertificate } from '../test/helpers/azure-tls.js';
import { startGcpServer, type RestAsset } from '../test/helpers/gcp-server.js';
import { estate as awsEstate, REGIONS as AWS_REGIONS } from './live-aws.js';
import { fixture as azureFixture, split, subId } from './live-azure.js';
import { detailReads } from '../providers/azure/arm.js';
import { LIST_QUOTA } from '../providers/gcp/live.js';
import { ORG, projectAssets, quotaSeconds } from './live-gcp.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const cli = path.join(root, 'dist/src/cli.js');
const peakRss = path.join(here, 'peak-rss.js');

const { values: flags } = parseArgs({
  options: {
    sizes: { type: 'string', default: '50000,100000,200000' },
    clouds: { type: 'string', default: 'aws,azure,gcp' },
    'latency-ms': { type: 'string', default: '20' },
    'heap-mb': { type: 'string' },
    format: { type: 'string', default: 'sarif' },
    report: { type: 'string' },
    'gcp-list-quota': { type: 'string', default: String(LIST_QUOTA) },
  },
});
const heapFlags = flags['heap-mb'] ? [`--max-old-space-size=${Number(flags['heap-mb'])}`] : [];
const sizes = flags.sizes.split(',').map(Number);
const clouds = flags.clouds.split(',');
const latencyMs = Number(flags['latency-ms']);
const gcpListQuota = Number(flags['gcp-list-quota']);

/** What one run of the CLI against a local server gives. */
export interface LiveFigures {
  pages: number;
  calls: number;
  minPages: number;
  /** The time target, seconds (see above). */
  targetSeconds: number;
  seconds: number;
  cpuSeconds: number;
  maxRssMb: number;
  inventoryLines: number;
  status: number;
}

/** What a cloud's run needs: the server started with its estate, the CLI's arguments and environment, and the server's counts. */
interface Setup {
  args: string[];
  env: NodeJS.ProcessEnv;
  /** Counted once the scan is over. */
  counts(): { pages: number; calls: number };
  minPages: number;
  /** The min pages of each unit read in parallel (account, subscription, scope). */
  unitPages: number[];
  /** Seconds the API's quota alone needs for the min pages (GCP: ListAssets calls a minute). */
  quotaSeconds?: number;
  close(): Promise<void>;
}

/** The time target: 1.2 × the latency × the min pages of the slowest unit, or 1.2 × what the quota needs when more, in seconds. */
const targetOf = (unitPages: readonly number[], quotaSeconds = 0) => 1.2 * Math.max((latencyMs * Math.max(0, ...unitPages)) / 1000, quotaSeconds);

const pagesOf = (n: number, size: number) => Math.max(1, Math.ceil(n / size));

/** One account in four regions, through AWS Config's advanced queries (SelectResourceConfig, one query a type, 100 whole items a page). */
async function aws(n: number, dir: string): Promise<Setup> {
  const items = awsEstate(n, [ACCOUNT]);
  const server = await startAwsServer({ callerAccount: ACCOUNT, items }, { latencyMs });
  const listings = new Map<string, number>();
  for (const i of items) listings.set(`${i.awsRegion} ${i.resourceType}`, (listings.get(`${i.awsRegion} ${i.resourceType}`) ?? 0) + 1);
  const minPages = [...listings.values()].reduce((sum, k) => sum + pagesOf(k, 100), 0);
  return {
    args: ['--aws', ...AWS_REGIONS.flatMap((r) => ['--aws-region', r])],
    env: {
      CLDSCAN_AWS_ENDPOINT: server.url,
      AWS_ACCESS_KEY_ID: 'AKIDCLDSCANBENCH',
      AWS_SECRET_ACCESS_KEY: 'cldscan-bench',
      AWS_REGION: AWS_REGIONS[0],
      AWS_PROFILE: '',
      AWS_CONFIG_FILE: path.join(dir, 'no-config'),
      AWS_SHARED_CREDENTIALS_FILE: path.join(dir, 'no-credentials'),
    },
    counts: () => ({ pages: server.calls.filter((c) => c.operation === 'SelectResourceConfig').length, calls: server.calls.length }),
    minPages,
    // One account: every listing is the unit's.
    unitPages: [minPages],
    close: () => server.close(),
  };
}

const AZURE_SUBSCRIPTIONS = 4;

/** Four subscriptions through Resource Graph (1000 rows a page) and ARM for what Graph lacks. */
async function azure(n: number): Promise<Setup> {
  const cert = makeTestCertificate();
  const counts = split(n, AZURE_SUBSCRIPTIONS);
  const fixture = azureFixture(counts, false);
  const server = await startAzureServer({ key: cert.key, cert: cert.cert, fixture, faults: { graphLatencyMs: latencyMs, armLatencyMs: latencyMs } });
  const subs = counts.map((_, i) => subId(i));
  /**
   * Per subscription: the assessments, containers and backups queries (one page each), its site
   * configurations, its resources, and the ARM reads its resources need (arm.ts detailReads, a read
   * shared by several rows counted once; sites are not: Graph holds their configurations).
   */
  const listings = subs.map((s) => {
    const rows = fixture.subscriptions[s]!.resources;
    const all = Array.isArray(rows) ? rows : Array.from({ length: rows.count }, (_, i) => rows.make(i));
    const sites = all.filter((r) => /^microsoft\.web\/sites(\/slots)?$/i.test(String(r.type))).length;
    const reads = new Set<string>();
    for (const r of all) if (!/^microsoft\.web\/sites(\/slots)?$/i.test(String(r.type))) for (const d of detailReads(r)) reads.add(d.path.toLowerCase());
    return 3 + pagesOf(sites, 1000) + pagesOf(all.length, 1000) + reads.size;
  });
  return {
    args: ['--azure', ...subs.flatMap((s) => ['--subscription', s])],
    env: {
      CLDSCAN_AZURE_ENDPOINT: server.url,
      NODE_EXTRA_CA_CERTS: cert.certFile,
      IDENTITY_ENDPOINT: `${server.url}/msi/token`,
      IDENTITY_HEADER: 'bench-identity-header',
      AZURE_TOKEN_CREDENTIALS: 'ManagedIdentityCredential',
      AZURE_CLIENT_ID: '',
      AZURE_TENANT_ID: '',
      AZURE_CLIENT_SECRET: '',
      AZURE_FEDERATED_TOKEN_FILE: '',
      HTTPS_PROXY: '',
      https_proxy: '',
      NO_PROXY: '127.0.0.1,localhost',
    },
    counts: () => {
      const api = server.log.filter((l) => l.path !== '/msi/token');
      return { pages: api.filter((l) => l.method === 'POST').length, calls: api.length };
    },
    minPages: listings.reduce((sum, k) => sum + k, 0),
    unitPages: listings,
    close: async () => {
      await server.close();
      cert.dispose();
    },
  };
}

const GCP_TOKEN = 'bench-live-token';
const GCP_PROJECTS = 10;

/** An organization of ten projects through Cloud Asset Inventory listAssets (1000 assets a page). */
async function gcp(n: number): Promise<Setup> {
  const all = Array.from({ length: GCP_PROJECTS }, (_, i) => projectAssets(i, Math.ceil(n / GCP_PROJECTS))).flat();
  const numbers: Record<string, string> = {};
  for (const a of all) {
    if (a.assetType !== 'cloudresourcemanager.googleapis.com/Project') continue;
    const data = a.resource!.data as { projectId: string; projectNumber: string };
    numbers[data.projectId] = data.projectNumber;
  }
  const listings = new Map<string, RestAsset[]>();
  const server = await startGcpServer({
    token: GCP_TOKEN,
    projects: numbers,
    pageDelayMs: latencyMs,
    assets: (parent, contentType, types) => {
      const key = `${parent}|${contentType}|${types.join(',')}`;
      let hit = listings.get(key);
      if (!hit) {
        const wanted = types.map((t) => new RegExp(`^(?:${t})$`));
        hit = all.filter((a) => a.ancestors.includes(parent) && (wanted.length === 0 || wanted.some((w) => w.test(a.assetType))) && (contentType === 'RESOURCE' ? a.resource !== undefined : a.iamPolicy !== undefined));
        listings.set(key, hit);
      }
      return hit;
    },
  });
  const minPages = () => [...listings.values()].reduce((sum, l) => sum + pagesOf(l.length, 1000), 0);
  return {
    args: ['--gcp', '--scope', ORG, '--gcp-list-quota', String(gcpListQuota)],
    env: { CLDSCAN_GCP_ENDPOINT: server.endpoint, GOOGLE_OAUTH_ACCESS_TOKEN: GCP_TOKEN },
    // Calls: the listing pages and each project's Security Command Center read (fixed, one a project).
    counts: () => ({ pages: server.requests.length, calls: server.requests.length + server.sccRequests.length }),
    // Filled in after the run, from the listings the scan asked for: ceil(n / 1000) of each.
    get minPages() {
      return minPages();
    },
    // The scope's listings, by the parent each reads (the organization, or a project).
    get unitPages() {
      const byParent = new Map<string, number>();
      for (const [key, l] of listings) byParent.set(key.split('|')[0]!, (byParent.get(key.split('|')[0]!) ?? 0) + pagesOf(l.length, 1000));
      return [...byParent.values()];
    },
    get quotaSeconds() {
      return quotaSeconds(minPages(), gcpListQuota, latencyMs);
    },
    close: () => server.close(),
  };
}

async function countLines(file: string): Promise<number> {
  let n = 0;
  for await (const chunk of createReadStream(file)) for (const byte of chunk as Buffer) if (byte === 10) n++;
  return n;
}

/** The CLI as a user runs it, in its own process with the peak-RSS preload; the server keeps answering meanwhile. */
function runCli(args: string[], env: NodeJS.ProcessEnv, rssFile: string, cpuFile: string): Promise<{ status: number; seconds: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, [...heapFlags, '--import', pathToFileURL(peakRss).href, cli, ...args], {
      env: { ...process.env, ...env, BENCH_RSS_FILE: rssFile, BENCH_CPU_FILE: cpuFile, CI: '1', NO_COLOR: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr = (stderr + d).slice(-4000)));
    child.on('error', reject);
    child.on('close', (code) => resolve({ status: code ?? -1, seconds: Number(process.hrtime.bigint() - t0) / 1e9, stderr }));
  });
}

export async function measureLive(cloud: string, n: number): Promise<LiveFigures> {
  const dir = mkdtempSync(path.join(os.tmpdir(), `cldscan-bench-live-${cloud}-`));
  const setup = cloud === 'aws' ? await aws(n, dir) : cloud === 'azure' ? await azure(n) : await gcp(n);
  try {
    const inventory = path.join(dir, 'inventory.jsonl');
    const rssFile = path.join(dir, 'peak-rss');
    const cpuFile = path.join(dir, 'cpu');
    const r = await runCli(
      [
        'scan',
        ...setup.args,
        '--format',
        flags.format,
        '--output',
        path.join(dir, `live.${flags.format}`),
        ...(flags.report ? ['--report', path.join(dir, `matrix.${flags.report}`)] : []),
        '--inventory-out',
        inventory,
        '--fail-on',
        'none',
        '--source-root',
        dir,
      ],
      setup.env,
      rssFile,
      cpuFile,
    );
    // 0: read whole, findings or not (--fail-on none); anything else (3: part of the estate unread) is no figure.
    if (r.status !== 0) throw new Error(`cldscan scan --${cloud} of ${n} resources exited ${r.status}: ${r.stderr.trim().split('\n').slice(-3).join(' / ')}`);
    return {
      ...setup.counts(),
      minPages: setup.minPages,
      targetSeconds: targetOf(setup.unitPages, setup.quotaSeconds),
      seconds: r.seconds,
      cpuSeconds: Number(readFileSync(cpuFile, 'utf8')),
      maxRssMb: Number(readFileSync(rssFile, 'utf8')),
      inventoryLines: await countLines(inventory),
      status: r.status,
    };
  } finally {
    await setup.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (clouds.includes('azure') && !hasOpenssl('the live Azure benchmark')) clouds.splice(clouds.indexOf('azure'), 1);
  const written = `${flags.format === 'sarif' ? 'SARIF' : flags.format}${flags.report ? `, the ${flags.report} compliance matrix` : ''} and --inventory-out written`;
  console.log(`cldscan scan --<cloud> (built CLI, ${written}) against local servers answering each call after ${latencyMs} ms${clouds.includes('gcp') ? `; GCP ListAssets quota ${gcpListQuota} calls a minute` : ''}${heapFlags.length ? `; scan heap capped at ${flags['heap-mb']} MB` : ''}`);
  console.log(`node ${process.version}, ${os.cpus().length} CPU(s), load average ${os.loadavg()[0]!.toFixed(1)} at the start`);
  console.log('cloud | resources | pages | calls | min pages | calls / min pages | target s | wall s | wall / target | CPU s | peak RSS MB | inventory lines');
  for (const cloud of clouds) {
    for (const n of sizes) {
      let f: LiveFigures;
      try {
        f = await measureLive(cloud, n);
      } catch (err) {
        // One failed run (out of memory under --heap-mb, a scan left incomplete) says why and the others still run.
        console.log(`${cloud.padEnd(5)} | ${String(n).padStart(9)} | failed: ${(err as Error).message.slice(0, 300)}`);
        continue;
      }
      console.log(
        [
          cloud.padEnd(5),
          String(n).padStart(9),
          String(f.pages).padStart(5),
          String(f.calls).padStart(5),
          String(f.minPages).padStart(9),
          `${(f.calls / f.minPages).toFixed(2)}×`.padStart(17),
          f.targetSeconds.toFixed(1).padStart(8),
          f.seconds.toFixed(1).padStart(6),
          `${(f.seconds / f.targetSeconds).toFixed(2)}×`.padStart(13),
          f.cpuSeconds.toFixed(1).padStart(5),
          f.maxRssMb.toFixed(0).padStart(11),
          String(f.inventoryLines).padStart(15),
        ].join(' | '),
      );
    }
  }
}
