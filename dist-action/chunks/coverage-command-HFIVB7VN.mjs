import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  REGISTRIES
} from "./chunk-B2JHLAZB.mjs";
import "./chunk-53HKAVBD.mjs";
import "./chunk-GPFC3LMI.mjs";
import {
  coverageRows
} from "./chunk-NZ3F65XU.mjs";
import "./chunk-ZUR6HQ7C.mjs";
import "./chunk-I4GDKXBT.mjs";
import "./chunk-LJ4J3U2H.mjs";
import "./chunk-24CSVZM3.mjs";
import {
  EVERY_TYPE
} from "./chunk-JECVGCKA.mjs";
import "./chunk-LUEYLY3S.mjs";
import "./chunk-WXXIW77C.mjs";
import "./chunk-47DC2YPC.mjs";
import "./chunk-ZCN7ZIRF.mjs";
import "./chunk-Z2G6SRDN.mjs";
import "./chunk-VD5S6TE7.mjs";
import "./chunk-QTFYQM6Z.mjs";
import "./chunk-7GYEOXBL.mjs";
import "./chunk-7EALKIMT.mjs";
import "./chunk-DUMRXBCU.mjs";

// src/registry/coverage-table.ts
var CLOUD_TITLE = { aws: "AWS", azure: "Azure", gcp: "GCP" };
var LIVE_SOURCE = { aws: "AWS Config type", azure: "Azure resource type", gcp: "Cloud Asset type" };
function facetsWhere(row, test) {
  const names = Object.entries(row.facets).filter(([, s]) => test(s)).map(([f]) => f);
  return names.length ? names.sort().map((f) => `\`${f}\``).join(", ") : "\u2014";
}
var code = (s) => s === EVERY_TYPE ? "every type" : `\`${s}\``;
function coverageMarkdown(registries) {
  const out = [
    "# What each adapter reads",
    "",
    "Generated from the facet registries (`providers/<cloud>/registry.ts`) by `cldscan coverage`; do not edit by hand.",
    "A row is one kind of resource: its type in the live inventory and the Terraform types that declare it.",
    "A facet is what the policies judge (see `src/model/facets.ts`); each is read from the plan, from the live inventory, or both.",
    ""
  ];
  for (const registry of registries) {
    const rows = coverageRows(registry);
    out.push(`## ${CLOUD_TITLE[registry.cloud]}`, "", `| ${LIVE_SOURCE[registry.cloud]} | Terraform types | Plan and live | Plan only | Live only |`, "|---|---|---|---|---|");
    for (const row of rows) {
      const live = row.live ? code(row.live) : row.plan.includes(EVERY_TYPE) ? "every type" : "\u2014";
      const plan = row.plan.length ? row.plan.map(code).join(", ") : "\u2014";
      out.push(`| ${live} | ${plan} | ${facetsWhere(row, (s) => s.plan && s.live)} | ${facetsWhere(row, (s) => s.plan && !s.live)} | ${facetsWhere(row, (s) => !s.plan && s.live)} |`);
    }
    out.push("");
  }
  return out.join("\n");
}
function coverageJson(registries) {
  return `${JSON.stringify({ clouds: registries.map((r) => ({ cloud: r.cloud, rows: coverageRows(r) })) }, null, 2)}
`;
}

// src/cli/coverage-command.ts
function runCoverageCommand(format) {
  return format === "json" ? coverageJson(REGISTRIES) : coverageMarkdown(REGISTRIES);
}
export {
  runCoverageCommand
};
