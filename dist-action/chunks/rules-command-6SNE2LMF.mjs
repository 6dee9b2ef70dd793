import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  BUILTIN_POLICIES
} from "./chunk-HCLYC4ZS.mjs";
import "./chunk-K7HDWNMT.mjs";
import "./chunk-JEB4UCMM.mjs";
import "./chunk-47THRYV5.mjs";
import "./chunk-GELDHLXY.mjs";
import "./chunk-7EALKIMT.mjs";
import {
  CATALOG
} from "./chunk-FI3NHOEA.mjs";
import "./chunk-DUMRXBCU.mjs";

// src/cli/rules-command.ts
var NO_POLICY = {
  automated: "not covered by a policy yet",
  partial: "not covered by a policy yet; the organisational part needs an attestation",
  manual: "organisational: needs an attestation",
  inherited: "inherited from the cloud provider: its certification is the evidence"
};
function runRulesCommand(format, lang) {
  const servedBy = (id) => BUILTIN_POLICIES.filter((p) => p.meta.rules.includes(id)).map((p) => p.meta.id);
  const rows = CATALOG.map((r) => ({
    id: r.id,
    section: r.section,
    title: r.title,
    summary: r.summary[lang],
    automation: r.automation,
    automationReason: r.automationReason[lang],
    policies: servedBy(r.id)
  }));
  if (format === "json") return `${JSON.stringify({ rules: rows }, null, 2)}
`;
  if (format === "markdown") {
    const lines2 = ["| Rule | Title | Automation | Policies | Summary |", "|---|---|---|---|---|"];
    for (const r of rows) lines2.push(`| ${r.id} | ${r.title} | ${r.automation} | ${r.policies.join(", ") || "\u2014"} | ${r.summary} |`);
    return `${lines2.join("\n")}
`;
  }
  const lines = [];
  let section = "";
  for (const r of rows) {
    if (r.section !== section) {
      section = r.section;
      lines.push("", section);
    }
    lines.push(`  ${r.id.padEnd(7)} ${r.automation.padEnd(9)} ${r.title}`);
    lines.push(`          ${r.summary}`);
    lines.push(`          ${r.policies.length ? `policies: ${r.policies.join(", ")}` : NO_POLICY[r.automation]}`);
  }
  return `${lines.join("\n").trimStart()}
`;
}
export {
  runRulesCommand
};
