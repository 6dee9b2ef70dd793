/**
 * Live AWS benchmark: the real SDK clients page through a local AWS endpoint (test/helpers/aws-server.ts)
 * that answers every call after 20 ms, as AWS Config would from a nearby region. The scan runs in a
 * child process (so its peak RSS is its own) and writes SARIF; the server counts the calls, which
 * give the least time paging allows at the scan's concurrency: ceil(calls / concurrency) × 20 ms.
 *
 * Scenarios: one account in four regions (SelectResourceConfig, a query per type) and an
 * organisation of ten accounts through an aggregator (SelectAggregateResourceConfig), at 10 000 and
 * 100 000 resources, 100 a page. AWS_BENCH_SIZES and AWS_BENCH_CONCURRENCY change them.
 */
import { INPUT_KINDS } from '../src/cli/composition-root.js';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startAwsServer, type AwsFixture, type FixtureItem } from '../test/helpers/aws-server.js';
import { ACCOUNT, dynamoTable, keyArn, kmsKey, rdsInstance, s3Bucket, securityGroup, volume } from '../test/helpers/aws-fixtures.js';

const CHILD_FLAG = '--cldscan-aws-bench-child';
const LATENCY_MS = 20;
export const REGIONS = ['eu-west-3', 'eu-west-1', 'eu-central-1', 'eu-north-1'];
const KEY = '0be4c000-1111-4222-8333-444455556666';
/** A V8 old-space cap far below the estate's size: the scan completing under it shows memory does not grow with the estate. */
const HEAP_CAP_MB = 48;

/** A realistic mix: volumes, security groups, buckets, databases, tables; one volume in 200 unencrypted. */
export function estate(size: number, accounts: readonly string[]): FixtureItem[] {
  const items: FixtureItem[] = [];
  const perPartition = Math.ceil(size / (accounts.length * REGIONS.length));
  for (const account of accounts) {
    for (const region of REGIONS) {
      const o = { account, region };
      items.push(kmsKey({ ...o, id: KEY, manager: 'CUSTOMER' }));
      const key = keyArn(KEY, o);
      for (let i = 0; i < perPartition - 1; i++) {
        const n = `${account.slice(-4)}-${region}-${String(i).padStart(6, '0')}`;
        const kind = i % 20;
        if (kind < 12) items.push(volume({ ...o, id: `vol-${n}`, encrypted: i % 200 !== 7, kmsKeyId: key }));
        else if (kind < 15) items.push(securityGroup({ ...o, id: `sg-${n}`, ingress: [{ protocol: 'tcp', from: 443, cidrs: ['10.0.0.0/8'] }] }));
        else if (kind < 17) items.push(s3Bucket({ ...o, name: `bench-${n}`, sse: { algorithm: 'aws:kms', key } }));
        else if (kind < 19) items.push(rdsInstance({ ...o, id: `db-${n}`, encrypted: true, kmsKeyId: key, publiclyAccessible: false, securityGroups: [`sg-${n}`] }));
        else items.push(dynamoTable({ ...o, name: `table-${n}`, kmsKey: key }));
      }
    }
  }
  return items.slice(0, size);
}

/**
 * Calls that must follow one another whatever the concurrency: the pages of one listing or query
 * (each needs the previous page's token). Besides the longest such chain, a scan makes a few calls
 * in sequence before and after it: identity, discovery, prerequisites, rule results, the last batch,
 * lookups.
 */
const PHASES = 6;

function longestChain(calls: ReadonlyArray<{ operation: string; region: string; body: Record<string, unknown> }>): number {
  const chains = new Map<string, number>();
  for (const c of calls) {
    const key =
      c.operation === 'SelectResourceConfig' ? `${c.region} ${String(c.body.Expression)}` : c.operation === 'SelectAggregateResourceConfig' ? String(c.body.Expression) : undefined;
    if (key) chains.set(key, (chains.get(key) ?? 0) + 1);
  }
  return Math.max(0, ...chains.values());
}

/** Member accounts of the organisation run the log group retention rule (as a conformance pack would). */
function logGroupRules(accounts: readonly string[]): NonNullable<AwsFixture['rules']> {
  return Object.fromEntries(
    accounts.map((a) => [a, Object.fromEntries(REGIONS.map((r) => [r, [{ name: 'OrgConfigRule-cw-loggroup-retention-period-check-b3nch', identifier: 'CW_LOGGROUP_RETENTION_PERIOD_CHECK', results: [] }]]))]),
  );
}

interface Measure {
  seconds: number;
  /** CPU time of the scan process (user + system), to tell paging waits from work on a busy machine (the local server's own CPU is shown beside it). */
  cpuSeconds: number;
  maxRssMb: number;
  resources: number;
  kept: number;
  incomplete: number;
}

function runChild(args: string[], nodeFlags: string[] = []): Promise<Measure> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeFlags, fileURLToPath(import.meta.url), CHILD_FLAG, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`benchmark child failed (${code}): ${err.slice(0, 800)}`));
      else resolve(JSON.parse(out.trim().split('\n').pop()!) as Measure);
    });
  });
}

export async function benchLive(): Promise<string[]> {
  const sizes = (process.env.AWS_BENCH_SIZES ?? '10000,100000').split(',').map(Number);
  const concurrency = Number(process.env.AWS_BENCH_CONCURRENCY ?? 16);
  const members = Array.from({ length: 10 }, (_, i) => String(100000000000 + i * 111111111).padStart(12, '0'));
  const lines = [
    `local AWS endpoint, ${LATENCY_MS} ms a call, 100 items a page, --concurrency ${concurrency}; scan in a child process, SARIF written`,
    'scenario                         | resources | calls | longest chain | least paging s | wall s | CPU s | server CPU s | wall/least | peak RSS MB | results kept',
  ];
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'cldscan-aws-bench-'));
  try {
    for (const mode of ['account', 'aggregator'] as const) {
      for (const size of sizes) {
        const accounts = mode === 'account' ? [ACCOUNT] : members;
        const fixture: AwsFixture = { callerAccount: accounts[0]!, items: estate(size, accounts), ...(mode === 'aggregator' ? { aggregator: { name: 'org' }, rules: logGroupRules(accounts.slice(1)) } : {}) };
        const server = await startAwsServer(fixture, { latencyMs: LATENCY_MS });
        try {
          const sarif = path.join(tmp, `${mode}-${size}.sarif`);
          const cpu0 = process.cpuUsage();
          const m = await runChild([server.url, mode, String(concurrency), sarif]);
          const serverCpu = process.cpuUsage(cpu0);
          const calls = server.calls.length;
          const least = (Math.max(Math.ceil(calls / concurrency), longestChain(server.calls) + PHASES) * LATENCY_MS) / 1000;
          const label = mode === 'account' ? `1 account, ${REGIONS.length} regions` : `aggregator, ${accounts.length} accounts × ${REGIONS.length} regions`;
          lines.push(
            [
              label.padEnd(32),
              String(m.resources).padStart(9),
              String(calls).padStart(5),
              String(longestChain(server.calls)).padStart(13),
              least.toFixed(2).padStart(14),
              m.seconds.toFixed(2).padStart(6),
              m.cpuSeconds.toFixed(2).padStart(5),
              ((serverCpu.user + serverCpu.system) / 1e6).toFixed(2).padStart(12),
              (m.seconds / least).toFixed(2).padStart(10),
              m.maxRssMb.toFixed(0).padStart(11),
              String(m.kept).padStart(12),
            ].join(' | ') + (m.incomplete ? `  (${m.incomplete} incomplete!)` : ''),
          );
          if (size === Math.max(...sizes)) {
            // V8 lets the heap grow with the allocation rate; a fixed cap shows what the scan really keeps.
            server.calls.length = 0;
            const capped = await runChild([server.url, mode, String(concurrency), sarif], [`--max-old-space-size=${HEAP_CAP_MB}`]);
            lines.push(`${''.padEnd(32)}   the same with --max-old-space-size=${HEAP_CAP_MB}: ${capped.resources} resources in ${capped.seconds.toFixed(2)} s, peak RSS ${capped.maxRssMb.toFixed(0)} MB`);
          }
        } finally {
          await server.close();
        }
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return lines;
}

async function child(url: string, mode: string, concurrency: number, sarif: string): Promise<void> {
  const { scan } = await import('../src/scan.js');
  const { render } = await import('../src/report/render.js');
  const { writeAtomically } = await import('../src/output.js');
  const { DEFAULT_SETTINGS } = await import('../src/settings.js');
  const { BUILTIN_POLICIES } = await import('../policies/index.js');
  const { createAwsSource } = await import('../providers/aws/live.js');
  const source = createAwsSource({
    regions: mode === 'account' ? REGIONS : ['eu-west-3'],
    ...(mode === 'aggregator' ? { aggregator: 'org' } : {}),
    endpoint: url,
    credentials: { accessKeyId: 'AKIDBENCH', secretAccessKey: 'bench' },
  });
  const t0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  const report = await scan({ kinds: INPUT_KINDS, inputs: [], live: [source], sourceRoot: path.dirname(sarif), settings: { ...DEFAULT_SETTINGS, failOn: 'none' }, policies: BUILTIN_POLICIES, keepPasses: false, concurrency });
  writeAtomically(sarif, render(report, 'sarif', { color: false }));
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  const m: Measure = { seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, maxRssMb: process.resourceUsage().maxRSS / 1024, resources: report.summary.resources, kept: report.findings.length, incomplete: report.incomplete.length };
  process.stdout.write(`${JSON.stringify(m)}\n`);
}

if (process.argv[2] === CHILD_FLAG) {
  const [url, mode, concurrency, sarif] = process.argv.slice(3);
  await child(url!, mode!, Number(concurrency), sarif!);
}
