import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  markdownCode,
  markdownText
} from "./chunk-D77HCG43.mjs";
import {
  CATALOG
} from "./chunk-5DNAV2K2.mjs";

// src/report/scan-report.ts
var STATUS_ORDER = { fail: 0, unknown: 1, pass: 2 };
var SEVERITY_ORDER = { critical: 0, high: 1, medium: 2, low: 3 };
function sortFindings(findings) {
  return [...findings].sort(
    (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.location?.uri ?? "").localeCompare(b.location?.uri ?? "") || (a.location?.line ?? 0) - (b.location?.line ?? 0) || a.resource.id.localeCompare(b.resource.id) || a.policy.localeCompare(b.policy)
  );
}

// src/report/markdown.ts
var MARKDOWN_LIMIT = 6e4;
function toMarkdown(report) {
  const { summary } = report;
  const head = [];
  const verdict = summary.failed ? "\u274C" : summary.byStatus.fail || summary.byStatus.unknown ? "\u26A0\uFE0F" : "\u2705";
  head.push(
    `## ${verdict} cldscan: ${summary.byStatus.fail} failed, ${summary.byStatus.unknown} could not be verified, ${summary.byStatus.pass} passed${summary.waived ? `, ${summary.waived} waived` : ""}`
  );
  head.push("");
  head.push(
    `${summary.resources} resource(s) from ${report.inputs.length} input(s); residency profile \`${report.settings.residency}\`; failing on \`${summary.failOn}\` and above.` + (summary.inBaseline ? ` ${summary.inBaseline} finding(s) already in the baseline are not shown.` : "")
  );
  head.push("");
  if (report.incomplete.length) {
    head.push(`> **Scan incomplete** \u2014 nothing from these parts is counted compliant:`);
    for (const n of report.incomplete) head.push(`> - ${markdownText(n.scope ? `${n.scope}: ${n.message}` : n.message)}`);
    head.push("");
  }
  head.push("| Severity | Failed |", "|---|---:|");
  for (const s of ["critical", "high", "medium", "low"]) head.push(`| ${s} | ${summary.failuresBySeverity[s]} |`);
  head.push("");
  const failing = topRules(report.findings);
  if (failing.length) {
    head.push("### Top failing rules", "", "| Rule | Title | Failed |", "|---|---|---:|");
    for (const [id, count] of failing.slice(0, 10)) head.push(`| ${markdownText(id)} | ${markdownText(CATALOG.find((r) => r.id === id)?.title ?? "")} | ${count} |`);
    head.push("");
  }
  const rows = sortFindings(report.findings.filter((f) => f.status !== "pass" && !f.suppression));
  const body = [];
  if (rows.length) body.push("### Findings", "", "| Status | Severity | Policy | Resource | Location | Message |", "|---|---|---|---|---|---|");
  let size = head.join("\n").length + body.join("\n").length;
  let shown = 0;
  for (const f of rows) {
    const row = `| ${f.status === "fail" ? "fail" : "unknown"} | ${f.severity} | ${markdownText(f.policy)} | ${markdownCode(f.resource.id)} | ${f.location ? markdownCode(`${f.location.uri}:${f.location.line}`) : ""} | ${markdownText(f.message)} |`;
    if (size + row.length + 200 > MARKDOWN_LIMIT) break;
    body.push(row);
    size += row.length + 1;
    shown++;
  }
  if (shown < rows.length) body.push("", `_${rows.length - shown} more finding(s) not shown; see the SARIF or JSON report._`);
  return `${[...head, ...body].join("\n")}
`;
}
function topRules(findings) {
  const counts = /* @__PURE__ */ new Map();
  for (const f of findings) if (f.status === "fail" && !f.suppression) for (const r of f.rules) counts.set(r, (counts.get(r) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

export {
  sortFindings,
  MARKDOWN_LIMIT,
  toMarkdown
};
