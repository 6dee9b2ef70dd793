/**
 * One benchmark measurement, run in a fresh process by run.ts: either a bare read + JSON.parse of
 * the plan, or a scan with SARIF written. Times only the work (after modules are loaded), and
 * reports the process's peak resident memory. Prints one JSON line.
 */
import { readFileSync } from 'node:fs';

const [mode, plan, sourceRoot, output] = process.argv.slice(2);

if (mode === 'parse') {
  const t0 = process.hrtime.bigint();
  const doc = JSON.parse(readFileSync(plan!, 'utf8')) as unknown;
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  report(seconds, doc !== null);
} else if (mode === 'scan') {
  const { scan } = await import('../src/scan.js');
  const { render } = await import('../src/report/render.js');
  const { writeAtomically } = await import('../src/output.js');
  const { DEFAULT_SETTINGS } = await import('../src/settings.js');
  const { BUILTIN_POLICIES } = await import('../policies/index.js');
  const t0 = process.hrtime.bigint();
  // As `cldscan scan --format sarif` runs it: SARIF carries no passes, so they are counted, not kept.
  const report_ = await scan({ inputs: [plan!], sourceRoot: sourceRoot!, settings: { ...DEFAULT_SETTINGS, failOn: 'none' }, policies: BUILTIN_POLICIES, keepPasses: false });
  writeAtomically(output!, render(report_, 'sarif', { color: false }));
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  report(seconds, report_.summary.resources > 0, report_.summary.findings);
} else {
  throw new Error(`unknown mode ${mode}`);
}

function report(seconds: number, ok: boolean, findings?: number): void {
  process.stdout.write(`${JSON.stringify({ seconds, maxRssMb: process.resourceUsage().maxRSS / 1024, ok, findings })}\n`);
}
