/** The compliance matrix: built from a scan (`scan --report`) or from scans and reports (`report`), and written in its format. */
import type { ScanReport } from '../report/scan-report.js';
import type { FindingSet } from '../report/finding-spool.js';
import { loadAttestations } from '../compliance/attestations.js';
import { evidenceOfScan, type ScanEvidence } from '../compliance/evidence.js';
import { buildMatrix, matrixOf, ROW_FINDINGS, type ComplianceReport, type MatrixOptions, type RuleFindings } from '../compliance/matrix.js';
import { complianceCsv, complianceJson, complianceJsonChunks, complianceMarkdown, type ComplianceFormat } from '../compliance/render.js';
import type { StagedFile } from '../output.js';
import type { Lang } from '../compliance/i18n.js';
import type { Severity } from '../model/finding.js';
import type { PolicyMeta } from '../policy/api.js';
import { facetClouds } from '../registry/cloud-registry.js';
import { TOOL } from '../tool.js';
import { REGISTRIES } from './composition-root.js';

export interface MatrixArgs {
  attestations?: string;
  lang: Lang;
}

/**
 * The compliance report of a scan (`scan --report`), written to `out` (which the caller commits with
 * the scan's other outputs): the findings of each rule read back from the scan's spool as they are
 * written (JSON lists them all; HTML the first of each rule; CSV and Markdown count them).
 */
export async function writeScanCompliance(out: StagedFile, report: ScanReport<FindingSet>, format: ComplianceFormat, args: MatrixArgs): Promise<void> {
  const { report: matrix, findings } = matrixOf(evidenceOfScan(report), attestationsOf(args), args.lang, matrixOptions(report.policies, report.settings.failOn));
  if (format === 'json') for (const chunk of complianceJsonChunks(matrix, findings)) out.write(chunk);
  else out.write(await renderCompliance(matrix, format, findings));
}

export function complianceMatrix(evidence: ScanEvidence, args: MatrixArgs, policies: readonly PolicyMeta[], failOn: Severity | 'none'): ComplianceReport {
  return buildMatrix(evidence, attestationsOf(args), args.lang, matrixOptions(policies, failOn));
}

function attestationsOf(args: MatrixArgs) {
  return args.attestations ? loadAttestations(args.attestations) : undefined;
}

function matrixOptions(policies: readonly PolicyMeta[], failOn: Severity | 'none'): MatrixOptions {
  return { tool: TOOL, policies, facetClouds: facetClouds(REGISTRIES), failOn };
}

export async function renderCompliance(matrix: ComplianceReport, format: ComplianceFormat, findings: RuleFindings = ROW_FINDINGS): Promise<string> {
  switch (format) {
    case 'json':
      return complianceJson(matrix, findings);
    case 'csv':
      return complianceCsv(matrix);
    case 'markdown':
      return complianceMarkdown(matrix);
    case 'html':
      return (await import('../compliance/html.js')).complianceHtml(matrix, findings);
  }
}
