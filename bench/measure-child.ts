/**
 * One benchmark measurement, run in a fresh process by run.ts: a bare read + JSON.parse of the
 * plan, a scan with SARIF written, or both repeated in one process (`warm`). Times only the work
 * (after modules are loaded), and reports the process's peak resident memory. Prints one JSON line.
 */
import { INPUT_KINDS } from '../src/cli/composition-root.js';
import { readFileSync } from 'node:fs';

const [mode, plan, sourceRoot, output] = process.argv.slice(2);

if (mode === 'parse') {
  const t0 = process.hrtime.bigint();
  const doc = JSON.parse(readFileSync(plan!, 'utf8')) as unknown;
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  report(seconds, doc !== null);
} else if (mode === 'scan') {
  const scanOnce = await scanner();
  const t0 = process.hrtime.bigint();
  const summary = await scanOnce();
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  report(seconds, summary.resources > 0, summary.findings);
} else if (mode === 'warm') {
  // The same parse and scan over and over in one process, best of each once V8 has optimised the code: what the work costs without Node's cold start.
  const scanOnce = await scanner();
  let parse = Infinity;
  let scanned = Infinity;
  for (let round = 0; round < 12; round++) {
    const t0 = process.hrtime.bigint();
    JSON.parse(readFileSync(plan!, 'utf8'));
    const t1 = process.hrtime.bigint();
    await scanOnce();
    const t2 = process.hrtime.bigint();
    parse = Math.min(parse, Number(t1 - t0) / 1e9);
    scanned = Math.min(scanned, Number(t2 - t1) / 1e9);
  }
  process.stdout.write(`${JSON.stringify({ parse, scan: scanned })}\n`);
} else {
  throw new Error(`unknown mode ${mode}`);
}

function report(seconds: number, ok: boolean, findings?: number): void {
  process.stdout.write(`${JSON.stringify({ seconds, maxRssMb: process.resourceUsage().maxRSS / 1024, ok, findings })}\n`);
}

/** A scan as `cldscan scan --format sarif` runs it, SARIF written; modules loaded before any timing. */
async function scanner(): Promise<() => Promise<{ resources: number; findings: number }>> {
  const { scan } = await import('../src/scan.js');
  const { render } = await import('../src/report/render.js');
  const { writeAtomically } = await import('../src/output.js');
  const { DEFAULT_SETTINGS } = await import('../src/settings.js');
  const { BUILTIN_POLICIES } = await import('../policies/index.js');
  return async () => {
    // SARIF carries no passes, so they are counted, not kept.
    const r = await scan({ kinds: INPUT_KINDS, inputs: [plan!], sourceRoot: sourceRoot!, settings: { ...DEFAULT_SETTINGS, failOn: 'none' }, policies: BUILTIN_POLICIES, keepPasses: false });
    writeAtomically(output!, render(r, 'sarif', { color: false }));
    return r.summary;
  };
}
