/** The compliance matrix written from a scan: to its own file (`scan --report`) or as the `report` command's output. */
import { writeAtomically } from '../output.js';
import type { ScanReport } from '../report/scan-report.js';
import { loadAttestations } from '../compliance/attestations.js';
import { buildMatrix } from '../compliance/matrix.js';
import { complianceCsv, complianceJson, complianceMarkdown, type ComplianceFormat } from '../compliance/render.js';
import type { ScanArgs } from './run-scan.js';

export async function writeComplianceReport(report: ScanReport, file: string, format: ComplianceFormat, args: Pick<ScanArgs, 'attestations' | 'lang'>): Promise<void> {
  writeAtomically(file, await renderCompliance(report, format, args));
}

export async function renderCompliance(report: ScanReport, format: ComplianceFormat, args: Pick<ScanArgs, 'attestations' | 'lang'>): Promise<string> {
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
