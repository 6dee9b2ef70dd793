import { writeAtomically } from '../output.js';
import type { ScanReport } from '../report/scan-report.js';
import { loadAttestations } from '../compliance/attestations.js';
import { buildMatrix } from '../compliance/matrix.js';
import { complianceCsv, complianceJson, complianceMarkdown, type ComplianceFormat } from '../compliance/render.js';
import { exitCode, formatFromExtension, runScan, type ScanArgs, type ScanInputArgs } from './scan-command.js';

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

export async function writeComplianceReport(report: ScanReport, file: string, format: ComplianceFormat, args: Pick<ScanArgs, 'attestations' | 'lang'>): Promise<void> {
  writeAtomically(file, await renderCompliance(report, format, args));
}

async function renderCompliance(report: ScanReport, format: ComplianceFormat, args: Pick<ScanArgs, 'attestations' | 'lang'>): Promise<string> {
  const attestations = args.attestations ? loadAttestations(args.attestations) : undefined;
  const matrix = buildMatrix(report, attestations, args.lang);
  switch (format) {
    case 'json':
      return complianceJson(matrix);
    case 'csv':
      return complianceCsv(matrix);
    case 'markdown':
      return complianceMarkdown(matrix);
    case 'html':
      return (await import('../compliance/html.js')).complianceHtml(matrix);
  }
}
