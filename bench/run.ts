/**
 * `npm run bench`: generates plans of 1 000, 10 000 and 100 000 resources and prints, for each:
 * - the scan's work time (read, normalise, evaluate, SARIF written) and its ratio to a bare
 *   read + JSON.parse of the same file, both timed inside fresh processes after start-up;
 * - the whole CLI run as a user sees it (process start and module loading included);
 * - peak resident memory of the scan process, and what it adds to an idle Node process, against the plan's size;
 * - up to 10 000 resources, the same ratio in one process that has parsed and scanned the plan a dozen
 *   times (V8 has optimised the code): what the work costs without Node's cold start.
 * Then each live-cloud benchmark (bench/live-*.ts): paging through a local server that speaks the
 * cloud's protocol, and the GitHub Action from checkout to SARIF (bench/action.ts). Figures, not
 * tests: nothing here fails on a threshold. BENCH_SIZES and BENCH_REPEATS change the plan runs;
 * BENCH_ONLY=plans|action|aws|azure|gcp runs one part.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generatePlan } from './generate-plan.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const cli = path.join(root, 'dist/src/cli.js');
const child = path.join(here, 'measure-child.js');
const peakRss = path.join(here, 'peak-rss.js');
const sizes = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const repeats = Number(process.env.BENCH_REPEATS ?? 3);

interface Measure {
  seconds: number;
  maxRssMb: number;
}

function inProcess(args: string[]): Measure {
  const r = spawnSync(process.execPath, ['--max-old-space-size=8192', child, ...args], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  // A plan over V8's 512 MB string limit cannot be read as one string at all: the bare parse has no figure.
  if (r.status !== 0 && /ERR_STRING_TOO_LONG/.test(r.stderr)) return { seconds: NaN, maxRssMb: NaN };
  if (r.status !== 0) throw new Error(`benchmark child failed: ${r.stderr.slice(0, 800)}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as Measure;
}

/** Best parse and scan times over a dozen rounds in one process. */
function warmed(args: string[]): { parse: number; scan: number } {
  const r = spawnSync(process.execPath, ['--max-old-space-size=8192', child, 'warm', ...args], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`benchmark child failed: ${r.stderr.slice(0, 800)}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as { parse: number; scan: number };
}

/** A whole process as a user runs it (start-up and module loading included): wall time and peak RSS. */
function wholeProcess(args: string[], ok: (status: number | null) => boolean): Measure {
  const rssFile = path.join(out, 'peak-rss');
  rmSync(rssFile, { force: true });
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(peakRss).href, ...args], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
    env: { ...process.env, BENCH_RSS_FILE: rssFile },
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (!ok(r.status)) throw new Error(`${args.slice(0, 2).join(' ')} failed (${r.status}): ${r.stderr.slice(0, 800)}`);
  return { seconds, maxRssMb: Number(readFileSync(rssFile, 'utf8')) };
}

/** `cldscan …` exits 0 or 1 (findings); anything else is a failed run. */
const wholeCli = (args: string[]): Measure => wholeProcess([cli, ...args], (s) => s === 0 || s === 1);

/** The yardstick: `node -e 'JSON.parse(readFileSync(plan))'`, a whole process too. */
const bareNodeParse = (file: string): Measure =>
  wholeProcess(['-e', `JSON.parse(require('node:fs').readFileSync(${JSON.stringify(file)}, 'utf8'))`], (s) => s === 0);

function best(runs: Measure[]): Measure {
  if (runs.some((r) => Number.isNaN(r.seconds))) return { seconds: NaN, maxRssMb: NaN };
  return { seconds: Math.min(...runs.map((r) => r.seconds)), maxRssMb: Math.max(...runs.map((r) => r.maxRssMb)) };
}

const times = <T>(n: number, f: () => T): T[] => Array.from({ length: n }, f);

const only = process.env.BENCH_ONLY;
const out = path.join(os.tmpdir(), 'cldscan-bench');
if (!only || only === 'plans') await planBenchmarks();
if (!only || only === 'action') {
  const { benchAction } = await import('./action.js');
  console.log('\nGitHub Action (dist-action/)');
  for (const line of await benchAction()) console.log(line);
}
for (const cloud of ['aws', 'azure', 'gcp'] as const) {
  if (only && only !== cloud) continue;
  const { benchLive } = (await import(`./live-${cloud}.js`)) as { benchLive: () => Promise<string[]> };
  console.log(`\nlive ${cloud}`);
  for (const line of await benchLive()) console.log(line);
}

async function planBenchmarks(): Promise<void> {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const idle = best(times(repeats, () => inProcess(['parse', path.join(root, 'package.json')])));
  console.log(`node ${process.version} on ${os.cpus().length} CPU(s) (${os.cpus()[0]?.model ?? 'unknown'}); idle Node process: ${idle.maxRssMb.toFixed(0)} MB RSS`);
  console.log(`best of ${repeats} runs for time, worst for memory\n`);
  console.log('resources | plan MB | parse s | scan s | scan/parse | CLI run s | scan peak RSS MB | added RSS / plan size | warm scan/parse');
  const wholeRows: string[] = [];
  console.log('(parse s "n/a": the plan is over V8\'s 512 MB string limit; JSON.parse of the file cannot run at all)');
  console.log('(warm: best of a dozen parses and scans in one process; measured up to 10 000 resources)');
  for (const n of sizes) {
    const plan = generatePlan(path.join(out, String(n)), n);
    const mb = statSync(plan.file).size / 1024 / 1024;
    const sarif = path.join(out, `${n}.sarif`);
    const parse = best(times(repeats, () => inProcess(['parse', plan.file])));
    const work = best(times(repeats, () => inProcess(['scan', plan.file, plan.sourceRoot, sarif])));
    const whole = best(times(repeats, () => wholeCli(['scan', plan.file, '--source-root', plan.sourceRoot, '--format', 'sarif', '--output', sarif, '--fail-on', 'none'])));
    const bare = best(times(repeats, () => bareNodeParse(plan.file)));
    if (!Number.isNaN(bare.seconds)) {
      wholeRows.push(
        [
          String(n).padStart(9),
          mb.toFixed(1).padStart(7),
          bare.seconds.toFixed(3).padStart(10),
          whole.seconds.toFixed(3).padStart(9),
          `${(whole.seconds / bare.seconds).toFixed(2)}×`.padStart(10),
          bare.maxRssMb.toFixed(0).padStart(11),
          whole.maxRssMb.toFixed(0).padStart(10),
          `${(whole.maxRssMb / bare.maxRssMb).toFixed(2)}×`.padStart(9),
        ].join(' | '),
      );
    }
    // A dozen scans of 100 000 resources would take minutes: the warm figure stops at 10 000.
    const warm = n <= 10_000 ? warmed([plan.file, plan.sourceRoot, sarif]) : undefined;
    console.log(
      [
        String(n).padStart(9),
        mb.toFixed(1).padStart(7),
        (Number.isNaN(parse.seconds) ? 'n/a' : parse.seconds.toFixed(3)).padStart(7),
        work.seconds.toFixed(3).padStart(6),
        (Number.isNaN(parse.seconds) ? 'n/a' : (work.seconds / parse.seconds).toFixed(2)).padStart(10),
        whole.seconds.toFixed(2).padStart(9),
        work.maxRssMb.toFixed(0).padStart(16),
        ((work.maxRssMb - idle.maxRssMb) / mb).toFixed(2).padStart(21),
        (warm ? `${(warm.scan / warm.parse).toFixed(2)} (${warm.scan.toFixed(3)} s / ${warm.parse.toFixed(3)} s)` : 'n/a').padStart(15),
      ].join(' | '),
    );
  }
  // The targets: the whole CLI with SARIF written within 3× the time and 2× the peak memory of a bare `node -e` parse.
  console.log('\nwhole processes, as a user runs them (targets: time ≤ 3×, peak RSS ≤ 2× the bare parse)');
  console.log('resources | plan MB | node -e s | cldscan s | time ratio | node -e RSS | cldscan RSS | RSS ratio');
  for (const row of wholeRows) console.log(row);
}
