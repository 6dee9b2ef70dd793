import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  complianceMatrix,
  formatFromExtension,
  renderCompliance,
  runScan
} from "./chunk-2DEAQB4R.mjs";
import {
  BUILTIN_POLICIES
} from "./chunk-3Y4B2R2D.mjs";
import "./chunk-53HKAVBD.mjs";
import "./chunk-U5UF3CKN.mjs";
import "./chunk-IYRBFTOP.mjs";
import {
  evidenceOfReport,
  evidenceOfScan,
  looksLikeReport,
  matrixExitCode,
  mergeEvidence
} from "./chunk-LSIID7FD.mjs";
import "./chunk-LUEYLY3S.mjs";
import "./chunk-7PRXDFMO.mjs";
import "./chunk-L5BRO46R.mjs";
import "./chunk-2UEVUYGT.mjs";
import "./chunk-NZ3F65XU.mjs";
import "./chunk-YUGTMQKF.mjs";
import "./chunk-R2JCIN5R.mjs";
import "./chunk-IJHXVDVG.mjs";
import "./chunk-JECVGCKA.mjs";
import "./chunk-7EALKIMT.mjs";
import "./chunk-24VPWWOQ.mjs";
import "./chunk-5H5BN5N4.mjs";
import "./chunk-47DC2YPC.mjs";
import "./chunk-TCZWE7DV.mjs";
import {
  writeAtomically
} from "./chunk-CQF7QQT5.mjs";
import "./chunk-D7HB6AWU.mjs";
import "./chunk-22Q2F65I.mjs";
import "./chunk-NE7XUMDB.mjs";
import "./chunk-ZCN7ZIRF.mjs";
import "./chunk-6ZY5LYZQ.mjs";
import "./chunk-XG5PCEUK.mjs";
import "./chunk-QTFYQM6Z.mjs";
import "./chunk-3ZLCZSN5.mjs";
import "./chunk-DUMRXBCU.mjs";

// src/cli/report-command.ts
async function runReportCommand(args) {
  const given = args.inputs ?? [];
  const reports = given.filter(looksLikeReport);
  const toScan = given.filter((f) => !reports.includes(f));
  const parts = reports.flatMap(evidenceOfReport);
  const format = args.format ?? (args.output ? formatFromExtension(args.output) : "markdown");
  let policies = BUILTIN_POLICIES.map((p) => p.meta);
  let failOn = args["fail-on"] ?? "high";
  if (toScan.length || args.aws || args.azure || args.gcp || !reports.length) {
    const report = await runScan({ ...args, inputs: toScan }, false);
    parts.unshift(evidenceOfScan(report));
    policies = report.policies;
    failOn = report.settings.failOn;
  }
  const matrix = complianceMatrix(mergeEvidence(parts), args, policies, failOn);
  const content = await renderCompliance(matrix, format);
  if (args.output) writeAtomically(args.output, content);
  else process.stdout.write(content);
  return matrixExitCode(matrix);
}
export {
  runReportCommand
};
