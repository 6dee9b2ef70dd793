import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  CATALOG
} from "./chunk-22Q2F65I.mjs";
import {
  schemaPath
} from "./chunk-XT3YH4MX.mjs";
import {
  isCalendarDate,
  isExpired,
  today
} from "./chunk-ZCN7ZIRF.mjs";
import {
  compileSchema,
  loadValidated
} from "./chunk-QCAX4BPW.mjs";
import {
  UserError
} from "./chunk-QTFYQM6Z.mjs";

// src/compliance/attestations.ts
import { readFileSync } from "node:fs";
var validator;
function loadAttestations(file) {
  validator ??= compileSchema(JSON.parse(readFileSync(schemaPath("attestations.schema.json"), "utf8")));
  const { data, lineOf } = loadValidated(file, validator);
  const known = new Set(CATALOG.map((r) => r.id));
  const attestations = (data.attestations ?? []).map((a, i) => {
    const at = (field) => `${file}:${lineOf(`/attestations/${i}${field ? `/${field}` : ""}`) ?? 1}`;
    if (!known.has(a.rule)) throw new UserError(`${at("rule")}: attestations.${i}.rule: ${a.rule} is not a rule of the catalog (cldscan rules lists them)`);
    for (const field of ["date", "nextReview"]) {
      if (!isCalendarDate(a[field])) {
        throw new UserError(`${at(field)}: attestations.${i}.${field}: ${a[field]} is not a calendar date`);
      }
    }
    if (a.nextReview < a.date) throw new UserError(`${at("nextReview")}: attestations.${i}.nextReview: ${a.nextReview} is before the evidence date ${a.date}`);
    return { ...a, where: at() };
  });
  return { ...data.organisation ? { organisation: data.organisation } : {}, attestations };
}
function attestationFor(file, rule, on = today()) {
  const all = (file?.attestations ?? []).filter((a) => a.rule === rule);
  const valid = all.filter((a) => !isExpired(a.nextReview, on)).sort((a, b) => b.date.localeCompare(a.date));
  if (valid[0]) return { state: "valid", attestation: valid[0], all };
  const expired = [...all].sort((a, b) => b.nextReview.localeCompare(a.nextReview));
  if (expired[0]) return { state: "expired", attestation: expired[0], all };
  return { state: "missing", all };
}

export {
  loadAttestations,
  attestationFor
};
