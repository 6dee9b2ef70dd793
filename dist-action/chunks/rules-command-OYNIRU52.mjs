import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  BUILTIN_POLICIES
} from "./chunk-B2JHLAZB.mjs";
import "./chunk-53HKAVBD.mjs";
import "./chunk-GPFC3LMI.mjs";
import "./chunk-NZ3F65XU.mjs";
import "./chunk-ZUR6HQ7C.mjs";
import "./chunk-I4GDKXBT.mjs";
import "./chunk-LJ4J3U2H.mjs";
import "./chunk-24CSVZM3.mjs";
import "./chunk-JECVGCKA.mjs";
import "./chunk-LUEYLY3S.mjs";
import "./chunk-WXXIW77C.mjs";
import "./chunk-47DC2YPC.mjs";
import {
  CATALOG,
  coveringChecks
} from "./chunk-22Q2F65I.mjs";
import "./chunk-ZCN7ZIRF.mjs";
import "./chunk-Z2G6SRDN.mjs";
import "./chunk-VD5S6TE7.mjs";
import "./chunk-QTFYQM6Z.mjs";
import "./chunk-7GYEOXBL.mjs";
import "./chunk-7EALKIMT.mjs";
import "./chunk-DUMRXBCU.mjs";

// src/cli/rules-command.ts
var NO_CHECK = {
  en: { manual: "organisational: needs an attestation", inherited: "inherited from", attestation: "attestation", account: "account-level", region: "in every region" },
  fr: { manual: "organisationnelle : demande une attestation", inherited: "h\xE9rit\xE9e de", attestation: "attestation", account: "niveau compte", region: "dans chaque r\xE9gion" }
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
    ...r.inheritedFrom ? { inheritedFrom: r.inheritedFrom[lang] } : {},
    checks: coveringChecks(r).map((c) => c.check),
    parts: (r.covers ?? []).map((p) => ({ text: p.text[lang], ...p.checks ? { checks: p.checks } : { attestation: true } })),
    policies: servedBy(r.id)
  }));
  if (format === "json") return `${JSON.stringify({ rules: rows }, null, 2)}
`;
  if (format === "markdown") {
    const lines2 = ["| Rule | Title | Automation | Covering checks | Summary |", "|---|---|---|---|---|"];
    for (const r of rows) lines2.push(`| ${r.id} | ${r.title} | ${r.automation} | ${r.checks.join(", ") || "\u2014"} | ${r.summary} |`);
    return `${lines2.join("\n")}
`;
  }
  const w = NO_CHECK[lang];
  const lines = [];
  let section = "";
  for (const r of rows) {
    if (r.section !== section) {
      section = r.section;
      lines.push("", section);
    }
    lines.push(`  ${r.id.padEnd(7)} ${r.automation.padEnd(9)} ${r.title}`);
    lines.push(`          ${r.summary}`);
    if (r.inheritedFrom) lines.push(`          ${w.inherited}: ${r.inheritedFrom}`);
    else if (!r.parts.length) lines.push(`          ${w.manual}`);
    r.parts.forEach((p, i) => {
      const how = p.checks ? p.checks.map((c) => `${c.check}${c.scope === "account" ? ` (${w.account}${c.regional ? `, ${w.region}` : ""})` : ""}`).join(", ") : w.attestation;
      lines.push(`          ${i + 1}. [${how}] ${p.text}`);
    });
  }
  return `${lines.join("\n").trimStart()}
`;
}
export {
  runRulesCommand
};
