import { writeAtomically } from '../output.js';
import { releaseFindings } from '../report/finding-spool.js';
import type { ComplianceFormat } from '../compliance/render.js';
import { evidenceOfReport, evidenceOfScan, inMemory, looksLikeReport, mergeEvidence, type ScanEvidence } from '../compliance/evidence.js';
import { matrixExitCode } from '../compliance/matrix.js';
import type { PolicyMeta } from '../policy/api.js';
import { complianceMatrix, renderCompliance } from './compliance-output.js';
import { BUILTIN_POLICIES } from './composition-root.js';
import { formatFromExtension, runScan, type ScanInputArgs } from './run-scan.js';

export interface ReportArgs extends ScanInputArgs {
  format?: ComplianceFormat;
  output?: string;
}

/**
 * `cldscan report`: the compliance matrix of every rule, from what this run scans (plans, live
 * clouds) and from the cldscan SARIF or JSON reports of other jobs, merged into one. Same exit codes
 * as `scan`.
 */
export async function runReportCommand(args: ReportArgs): Promise<number> {
  const given = args.inputs ?? [];
  const reports = given.filter(looksLikeReport);
  const toScan = given.filter((f) => !reports.includes(f));
  // Reports are read first: a bad one stops the command before a long live scan.
  const parts: ScanEvidence[] = reports.flatMap(evidenceOfReport);
  const format = args.format ?? (args.output ? formatFromExtension(args.output) : 'markdown');
  let policies: readonly PolicyMeta[] = BUILTIN_POLICIES.map((p) => p.meta);
  let failOn = args['fail-on'] ?? 'high';
  if (toScan.length || args.aws || args.azure || args.gcp || !reports.length) {
    const report = await runScan({ ...args, inputs: toScan }, false);
    try {
      parts.unshift(inMemory(evidenceOfScan(report)));
    } finally {
      releaseFindings(report.findings);
    }
    policies = report.policies;
    failOn = report.settings.failOn;
  }
  const matrix = complianceMatrix(mergeEvidence(parts), args, policies, failOn);
  const content = await renderCompliance(matrix, format);
  if (args.output) writeAtomically(args.output, content);
  else process.stdout.write(content);
  return matrixExitCode(matrix);
}
