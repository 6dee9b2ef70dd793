import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  CATALOG
} from "./chunk-FI3NHOEA.mjs";
import {
  trackPending
} from "./chunk-CQF7QQT5.mjs";
import {
  UserError
} from "./chunk-QTFYQM6Z.mjs";

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
    for (const n of report.incomplete) head.push(`> - ${escape(n.scope ? `${n.scope}: ${n.message}` : n.message)}`);
    head.push("");
  }
  head.push("| Severity | Failed |", "|---|---:|");
  for (const s of ["critical", "high", "medium", "low"]) head.push(`| ${s} | ${summary.failuresBySeverity[s]} |`);
  head.push("");
  const failing = topRules(report.findings);
  if (failing.length) {
    head.push("### Top failing rules", "", "| Rule | Title | Failed |", "|---|---|---:|");
    for (const [id, count] of failing.slice(0, 10)) head.push(`| ${id} | ${escape(CATALOG.find((r) => r.id === id)?.title ?? "")} | ${count} |`);
    head.push("");
  }
  const rows = sortFindings(report.findings.filter((f) => f.status !== "pass" && !f.suppression));
  const body = [];
  if (rows.length) body.push("### Findings", "", "| Status | Severity | Policy | Resource | Location | Message |", "|---|---|---|---|---|---|");
  let size = head.join("\n").length + body.join("\n").length;
  let shown = 0;
  for (const f of rows) {
    const row = `| ${f.status === "fail" ? "fail" : "unknown"} | ${f.severity} | ${f.policy} | \`${escape(f.resource.id)}\` | ${f.location ? `\`${escape(f.location.uri)}:${f.location.line}\`` : ""} | ${escape(f.message)} |`;
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
function escape(s) {
  return s.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/[\r\n]+/g, " ").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

// src/input/stdin.ts
import { closeSync, openSync, unlinkSync, writeSync } from "node:fs";
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
var STDIN = "-";
var STDIN_LABEL = "stdin";
async function spoolStdin(input = process.stdin) {
  if (input.isTTY) throw new UserError(`${STDIN_LABEL}: standard input is a terminal; pipe a plan in (terraform show -json tfplan | cldscan scan -)`);
  const file = path.join(os.tmpdir(), `.cldscan-stdin-${process.pid}-${randomBytes(6).toString("hex")}.json`);
  const fd = openSync(file, "wx", 384);
  const untrack = trackPending(file);
  const remove = () => {
    untrack();
    try {
      unlinkSync(file);
    } catch {
    }
  };
  try {
    for await (const chunk of input) writeSync(fd, chunk);
  } catch (err) {
    remove();
    throw new UserError(`${STDIN_LABEL}: cannot be read (${err.code ?? err.message})`);
  } finally {
    closeSync(fd);
  }
  return { file, remove };
}

// src/tool.ts
import { readFileSync } from "node:fs";
var pkg = JSON.parse(readFileSync(new URL(existsUp("package.json"), import.meta.url), "utf8"));
var TOOL = {
  name: "cldscan",
  version: pkg.version,
  informationUri: "https://github.com/cldscan/cldscan"
};
function existsUp(name) {
  for (const rel of [`../${name}`, `../../${name}`]) {
    try {
      readFileSync(new URL(rel, import.meta.url));
      return rel;
    } catch {
    }
  }
  throw new Error(`${name} not found`);
}

export {
  sortFindings,
  MARKDOWN_LIMIT,
  toMarkdown,
  STDIN,
  STDIN_LABEL,
  spoolStdin,
  TOOL
};
