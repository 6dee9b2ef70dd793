import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  exitCode,
  formatFromExtension,
  runScan,
  writeScanCompliance
} from "./chunk-25X4IY4P.mjs";
import "./chunk-B2JHLAZB.mjs";
import "./chunk-53HKAVBD.mjs";
import "./chunk-GPFC3LMI.mjs";
import "./chunk-NZ3F65XU.mjs";
import {
  Ticker
} from "./chunk-ZUR6HQ7C.mjs";
import "./chunk-I4GDKXBT.mjs";
import "./chunk-LJ4J3U2H.mjs";
import "./chunk-JNLTB6MJ.mjs";
import "./chunk-24CSVZM3.mjs";
import "./chunk-JECVGCKA.mjs";
import "./chunk-BS2CD2CP.mjs";
import "./chunk-LUEYLY3S.mjs";
import "./chunk-IG5EK6MD.mjs";
import "./chunk-WXXIW77C.mjs";
import {
  useColour,
  writeReport
} from "./chunk-FZLKT5KN.mjs";
import "./chunk-YD5JQ42C.mjs";
import {
  blobLinks,
  releaseFindings
} from "./chunk-DTOYBFIB.mjs";
import "./chunk-47DC2YPC.mjs";
import "./chunk-TCZWE7DV.mjs";
import {
  StagedFile
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

// src/cli/scan-command.ts
import { createReadStream } from "node:fs";
import { once } from "node:events";
import os from "node:os";
import path from "node:path";
async function runScanCommand(args) {
  const toTerminal = !args.output && process.stdout.isTTY === true;
  const format = args.format ?? (toTerminal ? "text" : "sarif");
  const report = await runScan(args, format === "json");
  try {
    const opts = {
      color: useColour(args.color, toTerminal, process.env),
      lang: args.lang,
      ...args["group-by"] ? { groupBy: args["group-by"] } : {},
      // In a GitHub workflow, the Markdown links each location to its file and line at the scanned commit.
      links: blobLinks(process.env, report.sourceRoot, report.scope.commit?.sha)
    };
    const compliance = args.report ? new StagedFile(args.report) : void 0;
    let staged;
    try {
      if (compliance) await writeScanCompliance(compliance, report, formatFromExtension(args.report), args);
      staged = new StagedFile(args.output ?? path.join(os.tmpdir(), `cldscan-${format}-${process.pid}`), args.output ? 420 : 384);
      await writeReport(staged, report, format, opts);
      await new Ticker().turn();
      compliance?.commit();
      if (args.output) staged.commit();
      else await copyToStdout(staged);
    } catch (err) {
      compliance?.abandon();
      staged?.abandon();
      throw err;
    }
  } catch (err) {
    releaseFindings(report.findings);
    throw err;
  }
  return { code: exitCode(report), report };
}
async function copyToStdout(staged) {
  staged.flush();
  try {
    for await (const chunk of createReadStream(staged.tmp)) {
      if (process.stdout.destroyed) break;
      if (!process.stdout.write(chunk)) await once(process.stdout, "drain").catch(() => void 0);
    }
  } finally {
    staged.abandon();
  }
}
export {
  runScanCommand
};
