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
} from "./chunk-25X4IY4P.mjs";
import {
  BUILTIN_POLICIES
} from "./chunk-B2JHLAZB.mjs";
import "./chunk-53HKAVBD.mjs";
import "./chunk-GPFC3LMI.mjs";
import "./chunk-NZ3F65XU.mjs";
import "./chunk-ZUR6HQ7C.mjs";
import "./chunk-I4GDKXBT.mjs";
import "./chunk-LJ4J3U2H.mjs";
import "./chunk-JNLTB6MJ.mjs";
import "./chunk-24CSVZM3.mjs";
import "./chunk-JECVGCKA.mjs";
import {
  evidenceOfReport,
  evidenceOfScan,
  inMemory,
  looksLikeReport,
  matrixExitCode,
  mergeEvidence
} from "./chunk-BS2CD2CP.mjs";
import "./chunk-LUEYLY3S.mjs";
import "./chunk-IG5EK6MD.mjs";
import "./chunk-WXXIW77C.mjs";
import "./chunk-YD5JQ42C.mjs";
import {
  releaseFindings
} from "./chunk-DTOYBFIB.mjs";
import "./chunk-47DC2YPC.mjs";
import "./chunk-TCZWE7DV.mjs";
import {
  writeAtomically
} from "./chunk-TK5VIN6L.mjs";
import "./chunk-47XBYZVL.mjs";
import "./chunk-22Q2F65I.mjs";
import "./chunk-XT3YH4MX.mjs";
import "./chunk-ZCN7ZIRF.mjs";
import "./chunk-QCAX4BPW.mjs";
import "./chunk-Z2G6SRDN.mjs";
import "./chunk-VD5S6TE7.mjs";
import "./chunk-QTFYQM6Z.mjs";
import "./chunk-7GYEOXBL.mjs";
import "./chunk-7EALKIMT.mjs";
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
export {
  runReportCommand
};
