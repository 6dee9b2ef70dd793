import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  writeAtomically
} from "./chunk-TK5VIN6L.mjs";
import {
  CATALOG
} from "./chunk-22Q2F65I.mjs";
import {
  UserError
} from "./chunk-QTFYQM6Z.mjs";
import "./chunk-DUMRXBCU.mjs";

// src/cli/init-command.ts
import { existsSync } from "node:fs";
function runInitCommand(output, force, lang) {
  if (existsSync(output) && !force) throw new UserError(`${output} exists: pass --force to replace it`);
  const today = (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  const nextYear = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
  const intro = lang === "fr" ? [
    "# Attestations cldscan : les preuves des r\xE8gles organisationnelles pour le PAS.",
    "# D\xE9commentez (retirez \xAB # \xBB en d\xE9but de ligne) et compl\xE9tez une entr\xE9e par r\xE8gle ou par p\xE9rim\xE8tre. Pass\xE9e \xAB nextReview \xBB, une attestation est expir\xE9e.",
    "# V\xE9rifi\xE9 par : cldscan report \u2026 --attestations <ce fichier>"
  ] : [
    "# cldscan attestations: evidence for the organisational rules, for the security assurance plan (PAS).",
    '# Uncomment (remove the leading "# ") and fill in one entry per rule or per scope. Past "nextReview", an attestation has expired.',
    "# Checked by: cldscan report \u2026 --attestations <this file>"
  ];
  const lines = ["# yaml-language-server: $schema=https://cldscan.dev/schemas/attestations.schema.json", ...intro, "", 'organisation: ""', "attestations:", ""];
  for (const rule of CATALOG) {
    if (rule.automation === "automated") continue;
    const kind = rule.automation === "manual" ? lang === "fr" ? "organisationnelle" : "organisational" : rule.automation === "partial" ? lang === "fr" ? "partie organisationnelle" : "organisational part" : lang === "fr" ? "h\xE9rit\xE9e : certification du fournisseur cloud" : "inherited: the cloud provider's certification";
    lines.push(`  ## ${rule.id} \u2014 ${rule.title} (${kind})`);
    const organisational = (rule.covers ?? []).filter((p) => p.attestation);
    if (organisational.length) for (const p of organisational) lines.push(`  ## - ${p.text[lang]}`);
    else lines.push(`  ## ${rule.inheritedFrom?.[lang] ?? rule.summary[lang]}`);
    lines.push(`# - rule: ${rule.id}`);
    lines.push('#   document: "\u2026"        # or url: https://\u2026');
    lines.push('#   owner: "\u2026"');
    lines.push(`#   date: ${today}`);
    lines.push(`#   nextReview: ${nextYear}`);
    lines.push("");
  }
  writeAtomically(output, `${lines.join("\n")}
`);
  process.stderr.write(`cldscan: wrote ${output} (${CATALOG.filter((r) => r.automation !== "automated").length} rules to attest)
`);
}
export {
  runInitCommand
};
