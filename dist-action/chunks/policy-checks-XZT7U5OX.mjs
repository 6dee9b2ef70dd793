import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  providedFacets
} from "./chunk-NZ3F65XU.mjs";
import "./chunk-JECVGCKA.mjs";
import "./chunk-7EALKIMT.mjs";
import "./chunk-DUMRXBCU.mjs";

// src/registry/policy-checks.ts
var CORE_FACETS = ["environmentMix"];
function policyProblems(policies, registries, ruleIds) {
  const provided = /* @__PURE__ */ new Set([...providedFacets(registries), ...CORE_FACETS]);
  const problems = [];
  for (const p of policies) {
    for (const f of p.meta.facets) if (!provided.has(f)) problems.push(`policy ${p.meta.id} reads the facet "${f}", which no adapter provides`);
    for (const r of p.meta.rules) if (!ruleIds.has(r)) problems.push(`policy ${p.meta.id} serves the rule "${r}", which is not in the catalog (CLD-01\u2026CLD-76, CL-1\u2026CL-30)`);
  }
  return problems;
}
export {
  CORE_FACETS,
  policyProblems
};
