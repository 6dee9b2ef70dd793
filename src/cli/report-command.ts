import { writeAtomically } from '../output.js';
import type { ComplianceFormat } from '../compliance/render.js';
import { renderCompliance } from './compliance-output.js';
import { exitCode, formatFromExtension, runScan, type ScanInputArgs } from './run-scan.js';

export interface ReportArgs extends ScanInputArgs {
  format?: ComplianceFormat;
  output?: string;
}

/** `cldscan report`: the compliance matrix of every rule, from a scan and the attestations. Same exit codes as `scan`. */
export async function runReportCommand(args: ReportArgs): Promise<number> {
  const report = await runScan(args, false);
  const format = args.format ?? (args.output ? formatFromExtension(args.output) : 'markdown');
  const content = await renderCompliance(report, format, args);
  if (args.output) writeAtomically(args.output, content);
  else process.stdout.write(content);
  return exitCode(report);
}
