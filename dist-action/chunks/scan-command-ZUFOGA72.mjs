import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  exitCode,
  formatFromExtension,
  runScan,
  writeComplianceReport
} from "./chunk-T4RHJVOK.mjs";
import "./chunk-64IE5TV2.mjs";
import "./chunk-53HKAVBD.mjs";
import "./chunk-OLVD2VTT.mjs";
import "./chunk-KIFZPXTH.mjs";
import "./chunk-NF7N5RGA.mjs";
import "./chunk-LUEYLY3S.mjs";
import "./chunk-5EZ4JJNC.mjs";
import "./chunk-XZMJRHI7.mjs";
import "./chunk-3UPD3NWZ.mjs";
import "./chunk-NZ3F65XU.mjs";
import "./chunk-X27YKGUU.mjs";
import "./chunk-R2JCIN5R.mjs";
import "./chunk-BWUW7NZR.mjs";
import "./chunk-JECVGCKA.mjs";
import "./chunk-7EALKIMT.mjs";
import {
  render,
  useColour
} from "./chunk-3VQ3AXD5.mjs";
import "./chunk-24VPWWOQ.mjs";
import {
  blobLinks
} from "./chunk-ENWCL2ME.mjs";
import "./chunk-47DC2YPC.mjs";
import "./chunk-EDMKLTTQ.mjs";
import {
  writeAtomically
} from "./chunk-CQF7QQT5.mjs";
import "./chunk-5MPOEYLI.mjs";
import "./chunk-5DNAV2K2.mjs";
import "./chunk-DMMK6BRC.mjs";
import "./chunk-2J5HCB5D.mjs";
import "./chunk-6ZY5LYZQ.mjs";
import "./chunk-XG5PCEUK.mjs";
import "./chunk-QTFYQM6Z.mjs";
import "./chunk-ZBPZRQZ2.mjs";
import "./chunk-DUMRXBCU.mjs";

// src/cli/scan-command.ts
async function runScanCommand(args) {
  const toTerminal = !args.output && process.stdout.isTTY === true;
  const format = args.format ?? (toTerminal ? "text" : "sarif");
  const report = await runScan(args, format === "json");
  if (args.report) {
    await writeComplianceReport(report, args.report, formatFromExtension(args.report), args);
  }
  const content = render(report, format, {
    color: useColour(args.color, toTerminal, process.env),
    lang: args.lang,
    ...args["group-by"] ? { groupBy: args["group-by"] } : {},
    // In a GitHub workflow, the Markdown links each location to its file and line at the scanned commit.
    links: blobLinks(process.env, report.sourceRoot, report.scope.commit?.sha)
  });
  if (args.output) writeAtomically(args.output, content);
  else process.stdout.write(content);
  return { code: exitCode(report), report };
}
export {
  runScanCommand
};
