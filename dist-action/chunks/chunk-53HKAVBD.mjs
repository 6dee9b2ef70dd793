import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  placeholders
} from "./chunk-47DC2YPC.mjs";

// src/policy/api.ts
var ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
var MESSAGE_ID = /^[a-zA-Z][a-zA-Z0-9]*$/;
var CLOUDS = ["aws", "azure", "gcp"];
function isLocalized(v) {
  if (!v || typeof v !== "object") return false;
  const l = v;
  return typeof l.en === "string" && l.en.trim() !== "" && (l.fr === void 0 || typeof l.fr === "string" && l.fr.trim() !== "");
}
function definePolicy(policy) {
  const m = policy.meta;
  const problems = [];
  if (!m || typeof m !== "object") problems.push("meta is missing");
  else {
    if (typeof m.id !== "string" || !ID.test(m.id)) problems.push(`meta.id ${JSON.stringify(m.id)} must be lower-case words joined by dashes`);
    if (!isLocalized(m.title)) problems.push('meta.title must be { en: "\u2026", fr?: "\u2026" }');
    if (!Array.isArray(m.rules) || m.rules.length === 0) problems.push("meta.rules must list at least one catalog rule id");
    if (!["critical", "high", "medium", "low"].includes(m.severity)) problems.push("meta.severity must be critical, high, medium or low");
    if (!isLocalized(m.description)) problems.push('meta.description must be { en: "\u2026", fr?: "\u2026" }');
    if (!Array.isArray(m.facets)) problems.push("meta.facets must list the facets the policy reads");
    problems.push(...messageProblems(m.messages));
    problems.push(...remediationProblems(m.remediation));
  }
  if (typeof policy.check !== "function") problems.push("check must be a function");
  if (problems.length) throw new Error(`policy ${String(m?.id ?? "(no id)")}: ${problems.join("; ")}`);
  return policy;
}
function messageProblems(messages) {
  if (!messages || typeof messages !== "object" || Object.keys(messages).length === 0) return ['meta.messages must give at least one message: { someId: { en: "\u2026", fr?: "\u2026" } }'];
  const problems = [];
  for (const [id, text] of Object.entries(messages)) {
    if (!MESSAGE_ID.test(id)) problems.push(`message id ${JSON.stringify(id)} must be a camelCase word`);
    if (!isLocalized(text)) {
      problems.push(`meta.messages.${id} must be { en: "\u2026", fr?: "\u2026" }`);
      continue;
    }
    if (text.fr !== void 0 && placeholders(text.fr).join() !== placeholders(text.en).join()) {
      problems.push(`meta.messages.${id}: the French text must use the same placeholders as the English one (${placeholders(text.en).join(", ") || "none"})`);
    }
  }
  return problems;
}
function remediationProblems(remediation) {
  if (!remediation || typeof remediation !== "object") return ["meta.remediation is missing"];
  const problems = [];
  for (const [cloud, fix] of Object.entries(remediation)) {
    if (!CLOUDS.includes(cloud)) problems.push(`meta.remediation.${cloud}: expected aws, azure or gcp`);
    else if (!fix || typeof fix !== "object" || !isLocalized(fix.terraform) || !isLocalized(fix.live)) {
      problems.push(`meta.remediation.${cloud} must be { terraform: { en, fr? }, live: { en, fr? } }`);
    }
  }
  return problems;
}

export {
  definePolicy
};
