import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  readReportFile
} from "./chunk-IG5EK6MD.mjs";
import "./chunk-WXXIW77C.mjs";
import "./chunk-QCAX4BPW.mjs";
import "./chunk-Z2G6SRDN.mjs";
import "./chunk-VD5S6TE7.mjs";
import "./chunk-QTFYQM6Z.mjs";
import "./chunk-DUMRXBCU.mjs";

// src/baseline.ts
var SEVERITIES = ["critical", "high", "medium", "low"];
var BY_LEVEL = { error: "high", warning: "medium", note: "low" };
function loadBaseline(file, maxDecompressed) {
  const { kind, doc } = readReportFile(file, `--baseline ${file}`, maxDecompressed);
  const out = /* @__PURE__ */ new Map();
  const entry = (s, category, level) => ({
    severity: SEVERITIES.includes(s) ? s : BY_LEVEL[level] ?? "medium",
    ...typeof category === "string" ? { category } : {}
  });
  if (kind === "json") {
    for (const f of doc.findings) if (f.status !== "pass") out.set(f.fingerprint, entry(f.severity, f.category));
    return out;
  }
  for (const run of doc.runs) {
    for (const r of run.results ?? []) {
      const fp = r.partialFingerprints?.["cldscanResource/v1"];
      if (fp !== void 0) out.set(fp, entry(r.properties?.severity, r.properties?.category, r.level));
    }
  }
  return out;
}
export {
  loadBaseline
};
