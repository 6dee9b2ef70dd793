import { render } from '../report/render.js';
import { writeAtomically } from '../output.js';
import { writeComplianceReport } from './compliance-output.js';
import { exitCode, formatFromExtension, runScan, type ScanArgs } from './run-scan.js';
import type { Format } from '../report/render.js';
import type { ScanReport } from '../report/scan-report.js';

/** Runs `cldscan scan`; returns the exit code (0 clean, 1 failures at or above --fail-on, 3 incomplete scan) and the report. */
export async function runScanCommand(args: ScanArgs): Promise<{ code: number; report: ScanReport }> {
  const toTerminal = !args.output && process.stdout.isTTY === true;
  const format: Format = args.format ?? (toTerminal ? 'text' : 'sarif');
  // The compliance report needs every rule's counts, which the scan keeps whatever the format.
  const report = await runScan(args, format === 'json');
  if (args.report) {
    await writeComplianceReport(report, args.report, formatFromExtension(args.report), args);
  }
  const content = render(report, format, { color: args.color ?? (toTerminal && !process.env.NO_COLOR), lang: args.lang });
  if (args.output) writeAtomically(args.output, content);
  else process.stdout.write(content);
  return { code: exitCode(report), report };
}
