/**
 * Live Azure benchmark: the real Resource Graph and ARM clients reading an estate from the local
 * Azure server (test/helpers/azure-server.ts) at 1000 rows a page, every resource judged by the
 * built-in policies and the SARIF report written, in a child process whose peak memory is measured.
 *
 * For each size: wall time of the scan, the least time paging allows (pages are read one after
 * the other within a subscription, subscriptions `concurrency` at a time, each page costing the
 * server's simulated service time), and peak RSS. Two sizes show that memory does not grow with
 * the estate; two service times show where the time goes: at 20 ms a page the scan's own work
 * dominates, at 500 ms (closer to Resource Graph's real answer times for 1000 rows) reading the
 * next page while judging the current one brings the wall time to the paging minimum.
 * Memory: runs over a compliant estate (`c`: nothing to report, so nothing kept) under a V8 heap
 * cap (`/48`: --max-old-space-size=48) show the scan itself needs no more heap for 100 000
 * resources than for 10 000: pages are judged and dropped. The report's failures and unknowns are
 * kept (the mixed estate: about one in six resources), and they are what grows. Without a cap V8
 * grows its heap lazily, so peak RSS alone says little.
 * BENCH_AZURE_RUNS (default `10000@20/48c,100000@20/48c,100000@20,100000@500`:
 * resources@milliseconds per page[/heap cap MB][c]), BENCH_AZURE_SUBSCRIPTIONS (default 4) and
 * BENCH_AZURE_CONCURRENCY (default 4) change the runs.
 */
import { INPUT_KINDS } from '../src/cli/composition-root.js';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedResources, postgresFlexible, resourceGroup, sqlDatabase, subscription } from '../test/helpers/azure-estate.js';
import { startAzureServer, type AzureFixture } from '../test/helpers/azure-server.js';
import { hasOpenssl, makeTestCertificate } from '../test/helpers/azure-tls.js';

const CHILD = 'azure-bench-child';
const PAGE = 1000;

interface ChildResult {
  seconds: number;
  maxRssMb: number;
  resources: number;
  /** Failures and unknowns: what the report holds (passes are counted, not kept). */
  kept: number;
  incomplete: number;
}

/** Subscription ids for the benchmark: valid GUIDs, distinct per index. */
export const subId = (i: number) => `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`;

/** Resources per subscription: the estate split evenly. */
export function split(total: number, subs: number): number[] {
  const per = Math.ceil(total / subs);
  return Array.from({ length: subs }, (_, i) => Math.max(0, Math.min(per, total - per * i)));
}

/**
 * The generated estate, with resources Resource Graph cannot judge alone (providers/azure/arm.ts,
 * detailReads): every storage account (its blob service), and in place of one web app in two a SQL
 * database (TDE state, short-term retention, its server's TDE protector), of one key vault in two a
 * public PostgreSQL flexible server (two parameters, the firewall rules).
 */
export function benchResources(sub: string, total: number, compliant: boolean): { count: number; make: (i: number) => ReturnType<ReturnType<typeof generatedResources>['make']> } {
  const generated = generatedResources(sub, total, compliant);
  return {
    count: total,
    make: (i) => {
      const n = String(i).padStart(7, '0');
      const g = `rg-${String(Math.floor(i / 500)).padStart(4, '0')}`;
      if (i % 14 === 13) return sqlDatabase(sub, g, `sql-${g}`, `db-${n}`);
      if (i % 14 === 12) return postgresFlexible(sub, g, `pg-${n}`, { public: true });
      return generated.make(i);
    },
  };
}

export function fixture(counts: readonly number[], compliant: boolean): AzureFixture {
  const out: AzureFixture = { subscriptions: {} };
  counts.forEach((n, i) => {
    const id = subId(i);
    out.subscriptions[id] = { containers: [subscription(id, `bench ${i}`), resourceGroup(id, 'rg-0000')], resources: benchResources(id, n, compliant), assessments: [] };
  });
  return out;
}

/**
 * The least time paging allows: within a subscription its pages come one after the other (the
 * assessments and containers queries, then each page of resources, each needing the previous
 * page's $skipToken); subscriptions run `concurrency` at a time, longest first.
 */
function pagingMinimum(counts: readonly number[], concurrency: number, latencyMs: number): number {
  const chains = counts.map((n) => 2 + Math.max(1, Math.ceil(n / PAGE))).sort((a, b) => b - a);
  const lanes = new Array<number>(Math.min(concurrency, chains.length)).fill(0);
  for (const c of chains) {
    const i = lanes.indexOf(Math.min(...lanes));
    lanes[i]! += c;
  }
  return (Math.max(...lanes) * latencyMs) / 1000;
}

function runChild(args: string[], heapMb?: number): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const flags = heapMb ? [`--max-old-space-size=${heapMb}`] : [];
    const child = spawn(process.execPath, [...flags, fileURLToPath(import.meta.url), CHILD, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`benchmark child failed (${code}): ${err.slice(0, 800)}`));
      resolve(JSON.parse(out.trim().split('\n').pop()!) as ChildResult);
    });
  });
}

export async function benchLive(): Promise<string[]> {
  if (!hasOpenssl('the live Azure benchmark')) return ['skipped (see above)'];
  const runs = (process.env.BENCH_AZURE_RUNS ?? '10000@20/48c,100000@20/48c,100000@20,100000@500').split(',').map((r) => {
    const m = /^(\d+)@(\d+)(?:\/(\d+))?(c?)$/.exec(r.trim());
    if (!m) throw new Error(`BENCH_AZURE_RUNS: ${r}: expected resources@ms[/heapMB][c]`);
    return { n: Number(m[1]), latency: Number(m[2]), heapMb: m[3] ? Number(m[3]) : undefined, compliant: m[4] === 'c' };
  });
  const subs = Number(process.env.BENCH_AZURE_SUBSCRIPTIONS ?? 4);
  const concurrency = Number(process.env.BENCH_AZURE_CONCURRENCY ?? 4);
  const cert = makeTestCertificate();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cldscan-bench-azure-'));
  const lines = [
    `${subs} subscriptions read ${concurrency} at a time, ${PAGE} rows a page; real clients over https on 127.0.0.1; node ${process.version} on ${os.cpus().length} CPU(s)`,
    'resources | estate    | ms/page | pages | wall s | paging minimum s | wall / minimum | resources/s | heap cap MB | peak RSS MB | findings kept',
  ];
  try {
    for (const { n, latency, heapMb, compliant } of runs) {
      const counts = split(n, subs);
      const server = await startAzureServer({ key: cert.key, cert: cert.cert, fixture: fixture(counts, compliant), faults: { graphLatencyMs: latency } });
      try {
        const ids = Array.from({ length: subs }, (_, i) => subId(i));
        const r = await runChild([server.url, cert.certFile, String(concurrency), path.join(dir, `${n}.sarif`), ...ids], heapMb);
        const pages = server.log.filter((l) => l.method === 'POST').length;
        const minimum = pagingMinimum(counts, concurrency, latency);
        lines.push(
          [
            String(n).padStart(9),
            (compliant ? 'compliant' : 'mixed').padEnd(9),
            String(latency).padStart(7),
            String(pages).padStart(5),
            r.seconds.toFixed(2).padStart(6),
            minimum.toFixed(2).padStart(16),
            (r.seconds / minimum).toFixed(2).padStart(14),
            Math.round(r.resources / r.seconds).toString().padStart(11),
            (heapMb ? String(heapMb) : 'none').padStart(11),
            r.maxRssMb.toFixed(0).padStart(11),
            String(r.kept).padStart(13),
          ].join(' | ') + (r.incomplete ? ` (${r.incomplete} incomplete!)` : ''),
        );
      } finally {
        await server.close();
      }
    }
  } finally {
    cert.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}

/** The measured scan, in its own process: the live source, the policies, the SARIF report. */
async function child(argv: string[]): Promise<void> {
  const [endpoint, certFile, concurrency, sarif, ...subscriptions] = argv;
  const { readFileSync } = await import('node:fs');
  const { createAzureSource } = await import('../providers/azure/live.js');
  const { scan } = await import('../src/scan.js');
  const { render } = await import('../src/report/render.js');
  const { writeAtomically } = await import('../src/output.js');
  const { DEFAULT_SETTINGS } = await import('../src/settings.js');
  const { BUILTIN_POLICIES } = await import('../policies/index.js');
  const source = createAzureSource({
    subscriptions,
    managementGroups: [],
    endpoint: endpoint!,
    ca: readFileSync(certFile!),
    credential: { getToken: async () => ({ token: 'bench', expiresOnTimestamp: Date.now() + 3600_000 }) },
  });
  const t0 = process.hrtime.bigint();
  const report = await scan({ kinds: INPUT_KINDS, inputs: [], live: [source], sourceRoot: process.cwd(), settings: { ...DEFAULT_SETTINGS, failOn: 'none' }, policies: BUILTIN_POLICIES, keepPasses: false, concurrency: Number(concurrency) });
  writeAtomically(sarif!, render(report, 'sarif', { color: false }));
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const result: ChildResult = { seconds, maxRssMb: process.resourceUsage().maxRSS / 1024, resources: report.summary.resources, kept: report.findings.length, incomplete: report.incomplete.length };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (process.argv[2] === CHILD) await child(process.argv.slice(3));
