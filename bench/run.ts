/**
 * `npm run bench`: generates plans of 1 000, 10 000 and 100 000 resources and prints, for each, the
 * scan's wall time (SARIF written), its peak memory, and the ratio to a bare read + JSON.parse of
 * the same file measured in the same run. Each measurement is a fresh process. Figures, not tests.
 */
import { spawnSync } from 'node:child_process';
import { rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatePlan } from './generate-plan.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const cli = path.join(root, 'dist/src/cli.js');
const preload = path.join(root, 'bench/rss-at-exit.mjs');
const sizes = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const repeats = Number(process.env.BENCH_REPEATS ?? 3);

interface Run {
  seconds: number;
  maxRssMb: number;
}

function measure(args: string[]): Run {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--max-old-space-size=8192', '--import', preload, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0 && r.status !== 1) throw new Error(`benchmark child failed (${r.status}): ${r.stderr.slice(0, 500)}`);
  const rss = /@@maxrss (\d+)/.exec(r.stderr);
  return { seconds, maxRssMb: rss ? Number(rss[1]) / 1024 : NaN };
}

function best(runs: Run[]): Run {
  return { seconds: Math.min(...runs.map((r) => r.seconds)), maxRssMb: Math.max(...runs.map((r) => r.maxRssMb)) };
}

const out = path.join(os.tmpdir(), 'cldscan-bench');
rmSync(out, { recursive: true, force: true });
const empty = best(Array.from({ length: repeats }, () => measure(['-e', ''])));
console.log(`node ${process.version}, ${os.cpus().length} CPU(s), ${os.cpus()[0]?.model ?? ''}; empty node process: ${empty.seconds.toFixed(3)} s, ${empty.maxRssMb.toFixed(0)} MB RSS`);
console.log(`best of ${repeats} runs for time, worst for memory\n`);
console.log('resources | plan MB | parse s | scan s | scan/parse | parse RSS MB | scan RSS MB | (scan RSS - empty)/plan size');
for (const n of sizes) {
  const plan = generatePlan(path.join(out, String(n)), n);
  const mb = statSync(plan.file).size / 1024 / 1024;
  const parse = best(Array.from({ length: repeats }, () => measure(['-e', `JSON.parse(require('fs').readFileSync(${JSON.stringify(plan.file)}, 'utf8'))`])));
  const sarif = path.join(out, `${n}.sarif`);
  const scan = best(
    Array.from({ length: repeats }, () =>
      measure([cli, 'scan', plan.file, '--source-root', plan.sourceRoot, '--format', 'sarif', '--output', sarif, '--fail-on', 'none']),
    ),
  );
  const ratio = scan.seconds / parse.seconds;
  const memRatio = (scan.maxRssMb - empty.maxRssMb) / mb;
  console.log(
    `${String(n).padStart(9)} | ${mb.toFixed(1).padStart(7)} | ${parse.seconds.toFixed(2).padStart(7)} | ${scan.seconds.toFixed(2).padStart(6)} | ${ratio.toFixed(2).padStart(10)} | ${parse.maxRssMb.toFixed(0).padStart(12)} | ${scan.maxRssMb.toFixed(0).padStart(11)} | ${memRatio.toFixed(2)}`,
  );
}
