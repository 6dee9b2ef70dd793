import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  decodeJsonBytes
} from "./chunk-GK4R2XOZ.mjs";
import {
  UserError
} from "./chunk-QTFYQM6Z.mjs";
import "./chunk-DUMRXBCU.mjs";

// src/baseline.ts
import { readFileSync } from "node:fs";
function loadBaseline(file) {
  let doc;
  try {
    doc = JSON.parse(decodeJsonBytes(readFileSync(file), file).toString("utf8"));
  } catch (err) {
    if (err instanceof UserError) throw err;
    const code = err.code;
    throw new UserError(`--baseline ${file}: ${code === "ENOENT" ? "no such file" : code ? "cannot be read" : "not valid JSON"}`);
  }
  const out = /* @__PURE__ */ new Set();
  const d = doc;
  if (Array.isArray(d.findings)) {
    for (const f of d.findings) if (f.status !== "pass" && typeof f.fingerprint === "string") out.add(f.fingerprint);
    return out;
  }
  if (Array.isArray(d.runs)) {
    for (const run of d.runs) for (const r of run.results ?? []) {
      const fp = r.partialFingerprints?.["cldscanResource/v1"];
      if (typeof fp === "string") out.add(fp);
    }
    return out;
  }
  throw new UserError(`--baseline ${file}: not a cldscan JSON or SARIF report`);
}
export {
  loadBaseline
};
