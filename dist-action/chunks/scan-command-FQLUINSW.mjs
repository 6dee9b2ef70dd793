import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  exitCode,
  formatFromExtension,
  runScan,
  scanComplianceReport
} from "./chunk-2DEAQB4R.mjs";
import "./chunk-3Y4B2R2D.mjs";
import "./chunk-53HKAVBD.mjs";
import {
  Ticker
} from "./chunk-U5UF3CKN.mjs";
import "./chunk-IYRBFTOP.mjs";
import "./chunk-LSIID7FD.mjs";
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
import {
  render,
  useColour
} from "./chunk-GQMCIUSW.mjs";
import "./chunk-24VPWWOQ.mjs";
import {
  blobLinks
} from "./chunk-5H5BN5N4.mjs";
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

// src/cli/scan-command.ts
async function runScanCommand(args) {
  const toTerminal = !args.output && process.stdout.isTTY === true;
  const format = args.format ?? (toTerminal ? "text" : "sarif");
  const report = await runScan(args, format === "json");
  const compliance = args.report ? await scanComplianceReport(report, formatFromExtension(args.report), args) : void 0;
  const content = render(report, format, {
    color: useColour(args.color, toTerminal, process.env),
    lang: args.lang,
    ...args["group-by"] ? { groupBy: args["group-by"] } : {},
    // In a GitHub workflow, the Markdown links each location to its file and line at the scanned commit.
    links: blobLinks(process.env, report.sourceRoot, report.scope.commit?.sha)
  });
  await new Ticker().turn();
  if (args.report && compliance !== void 0) writeAtomically(args.report, compliance);
  if (args.output) writeAtomically(args.output, content);
  else process.stdout.write(content);
  return { code: exitCode(report), report };
}
export {
  runScanCommand
};
