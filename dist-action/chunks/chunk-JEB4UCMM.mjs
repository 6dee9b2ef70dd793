import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));

// src/policy/api.ts
var ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
function definePolicy(policy) {
  const m = policy.meta;
  const problems = [];
  if (!m || typeof m !== "object") problems.push("meta is missing");
  else {
    if (typeof m.id !== "string" || !ID.test(m.id)) problems.push(`meta.id ${JSON.stringify(m.id)} must be lower-case words joined by dashes`);
    if (typeof m.title !== "string" || !m.title) problems.push("meta.title is missing");
    if (!Array.isArray(m.rules) || m.rules.length === 0) problems.push("meta.rules must list at least one catalog rule id");
    if (!["critical", "high", "medium", "low"].includes(m.severity)) problems.push("meta.severity must be critical, high, medium or low");
    if (typeof m.description !== "string" || !m.description) problems.push("meta.description is missing");
    if (!m.remediation || typeof m.remediation !== "object") problems.push("meta.remediation is missing");
    if (!Array.isArray(m.facets)) problems.push("meta.facets must list the facets the policy reads");
  }
  if (typeof policy.check !== "function") problems.push("check must be a function");
  if (problems.length) throw new Error(`policy ${String(m?.id ?? "(no id)")}: ${problems.join("; ")}`);
  return policy;
}

export {
  definePolicy
};
