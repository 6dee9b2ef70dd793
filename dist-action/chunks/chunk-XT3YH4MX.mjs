import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  isCalendarDate
} from "./chunk-ZCN7ZIRF.mjs";
import {
  compileSchema,
  loadValidated
} from "./chunk-QCAX4BPW.mjs";
import {
  UserError
} from "./chunk-QTFYQM6Z.mjs";

// src/config.ts
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
var validator;
function loadConfig(file) {
  validator ??= compileSchema(JSON.parse(readFileSync(schemaPath("config.schema.json"), "utf8")));
  const { data, lineOf } = loadValidated(file, validator);
  const where = (pointer) => `${file}:${lineOf(pointer) ?? 1}`;
  const waivers = (data.waivers ?? []).map((w, i) => {
    if (!isCalendarDate(w.expires)) throw new UserError(`${where(`/waivers/${i}/expires`)}: waivers.${i}.expires: ${w.expires} is not a calendar date`);
    return {
      origin: "config",
      targets: [w.rule, w.policy].filter((t) => t !== void 0),
      resource: w.resource,
      justification: w.justification,
      approver: w.approver,
      expires: w.expires,
      where: where(`/waivers/${i}`)
    };
  });
  return { config: data, waivers, where };
}
function schemaPath(name) {
  const here = fileURLToPath(new URL(".", import.meta.url));
  const candidates = [new URL(`../schemas/${name}`, import.meta.url), new URL(`../../schemas/${name}`, import.meta.url)];
  for (const c of candidates) {
    try {
      readFileSync(c);
      return fileURLToPath(c);
    } catch {
    }
  }
  throw new Error(`schema ${name} not found near ${here}`);
}

export {
  loadConfig,
  schemaPath
};
