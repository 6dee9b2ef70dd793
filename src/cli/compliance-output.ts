/** The compliance matrix: built from a scan (`scan --report`) or from scans and reports (`report`), and written in its format. */
import type { ScanReport } from '../report/scan-report.js';
import type { FindingSet } from '../report/finding-spool.js';
import { loadAttestations } from '../compliance/attestations.js';
import { evidenceOfScan, type ScanEvidence } from '../compliance/evidence.js';
import { buildMatrix, type ComplianceReport } from '../compliance/matrix.js';
import { complianceCsv, complianceJson, complianceMarkdown, type ComplianceFormat } from '../compliance/render.js';
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

/** The compliance report of a scan (`scan --report`), rendered: the caller writes it with the scan's other outputs. */
export async function scanComplianceReport(report: ScanReport<FindingSet>, format: ComplianceFormat, args: MatrixArgs): Promise<string> {
  return renderCompliance(complianceMatrix(evidenceOfScan(report), args, report.policies, report.settings.failOn), format);
}

export function complianceMatrix(evidence: ScanEvidence, args: MatrixArgs, policies: readonly PolicyMeta[], failOn: Severity | 'none'): ComplianceReport {
  const attestations = args.attestations ? loadAttestations(args.attestations) : undefined;
  return buildMatrix(evidence, attestations, args.lang, { tool: TOOL, policies, facetClouds: facetClouds(REGISTRIES), failOn });
}

export async function renderCompliance(matrix: ComplianceReport, format: ComplianceFormat): Promise<string> {
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
