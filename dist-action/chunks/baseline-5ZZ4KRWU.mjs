import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  readReportFile
} from "./chunk-DTXD2LZE.mjs";
import "./chunk-5EZ4JJNC.mjs";
import "./chunk-XZMJRHI7.mjs";
import "./chunk-6ZY5LYZQ.mjs";
import "./chunk-XG5PCEUK.mjs";
import "./chunk-QTFYQM6Z.mjs";
import "./chunk-DUMRXBCU.mjs";

// src/baseline.ts
function loadBaseline(file, maxDecompressed) {
  const { kind, doc } = readReportFile(file, `--baseline ${file}`, maxDecompressed);
  const out = /* @__PURE__ */ new Set();
  if (kind === "json") {
    for (const f of doc.findings) if (f.status !== "pass") out.add(f.fingerprint);
    return out;
  }
  for (const run of doc.runs) {
    for (const r of run.results ?? []) {
      const fp = r.partialFingerprints?.["cldscanResource/v1"];
      if (fp !== void 0) out.add(fp);
    }
  }
  return out;
}
export {
  loadBaseline
};
