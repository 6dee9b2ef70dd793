import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  exitCode,
  formatFromExtension,
  runScan
} from "./chunk-DB6PFSY5.mjs";
import "./chunk-HCLYC4ZS.mjs";
import "./chunk-CO2NKTYH.mjs";
import {
  RULE_STATUSES,
  buildMatrix,
  statusLabel,
  words
} from "./chunk-ZB7ZTOQE.mjs";
import {
  loadAttestations
} from "./chunk-OUIK653W.mjs";
import "./chunk-K7HDWNMT.mjs";
import "./chunk-KMRIUB6G.mjs";
import "./chunk-JEB4UCMM.mjs";
import "./chunk-GK4R2XOZ.mjs";
import "./chunk-SVSNLWEO.mjs";
import "./chunk-47THRYV5.mjs";
import "./chunk-EPCZ424X.mjs";
import "./chunk-GELDHLXY.mjs";
import "./chunk-TBGUDKT5.mjs";
import "./chunk-7EALKIMT.mjs";
import {
  MARKDOWN_LIMIT
} from "./chunk-ZRITQZCY.mjs";
import "./chunk-FI3NHOEA.mjs";
import {
  writeAtomically
} from "./chunk-CQF7QQT5.mjs";
import "./chunk-QTFYQM6Z.mjs";
import "./chunk-DUMRXBCU.mjs";

// src/compliance/render.ts
function complianceJson(report) {
  return `${JSON.stringify(report, null, 2)}
`;
}
function complianceCsv(report) {
  const w = words(report.lang);
  const sep = report.lang === "fr" ? ";" : ",";
  const header = [
    w.rule,
    "rulebook",
    w.section,
    w.ruleTitle,
    w.automation,
    w.status,
    w.summary,
    w.policies,
    w.pass,
    w.fail,
    w.unknown,
    w.waived,
    ...report.sources,
    w.owner,
    w.date,
    w.nextReview,
    w.evidence,
    w.scope
  ];
  const rows = report.rules.map((r) => {
    const a = r.attestation.current;
    return [
      r.id,
      r.rulebook,
      r.section,
      r.title,
      w[r.automation],
      statusLabel(r.status, report.lang),
      r.reason,
      r.policies.join(" "),
      r.counts.pass,
      r.counts.fail,
      r.counts.unknown,
      r.counts.waived,
      ...report.sources.map((s) => {
        const c = r.bySource[s];
        return c && r.policies.length && c.pass + c.fail + c.unknown + c.waived > 0 ? statusLabel(c.status, report.lang) : "";
      }),
      a?.owner ?? "",
      a?.date ?? "",
      a?.nextReview ?? "",
      a?.document ?? a?.url ?? "",
      a?.scope ?? ""
    ];
  });
  return `\uFEFF${[header, ...rows].map((row) => row.map((v) => csvCell(String(v), sep)).join(sep)).join("\r\n")}\r
`;
}
function csvCell(v, sep) {
  const safe = /^[=+\-@]/.test(v) ? `'${v}` : v;
  return safe.includes(sep) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
function complianceMarkdown(report) {
  const w = words(report.lang);
  const lines = [];
  lines.push(`## ${w.title} \u2014 ${report.tool.name} ${report.tool.version}`, "");
  if (report.incomplete.length) {
    lines.push(`> **${w.incomplete}**`);
    for (const n of report.incomplete) lines.push(`> - ${cell(n.scope ? `${n.scope}: ${n.message}` : n.message)}`);
    lines.push("");
  }
  lines.push(`| ${w.status} | ${w.count} |`, "|---|---:|");
  for (const s of RULE_STATUSES) if (report.totals[s]) lines.push(`| ${statusLabel(s, report.lang)} | ${report.totals[s]} |`);
  lines.push("", `| ${w.severity} | ${w.failures} |`, "|---|---:|");
  for (const s of ["critical", "high", "medium", "low"]) lines.push(`| ${s} | ${report.summary.failuresBySeverity[s]} |`);
  const failing = report.rules.filter((r) => r.counts.fail > 0).sort((a, b) => b.counts.fail - a.counts.fail);
  if (failing.length) {
    lines.push("", `### ${w.topFailing}`, "", `| ${w.rule} | ${w.ruleTitle} | ${w.failures} |`, "|---|---|---:|");
    for (const r of failing.slice(0, 10)) lines.push(`| ${r.id} | ${cell(r.title)} | ${r.counts.fail} |`);
  }
  if (report.administrators.length) {
    const undecided = report.administrators.filter((a) => a.admin === "unknown").length;
    lines.push("", `${w.administrators}: ${report.administrators.length}${undecided ? ` (${undecided} ${w.adminUndecided})` : ""}`);
  }
  const attention = report.rules.filter((r) => !["compliant", "attested", "inherited"].includes(r.status)).sort((a, b) => RULE_STATUSES.indexOf(a.status) - RULE_STATUSES.indexOf(b.status));
  lines.push("", `| ${w.rule} | ${w.ruleTitle} | ${w.status} | ${w.summary} |`, "|---|---|---|---|");
  let size = lines.join("\n").length;
  let shown = 0;
  for (const r of attention) {
    const row = `| ${r.id} | ${cell(r.title)} | ${statusLabel(r.status, report.lang)} | ${cell(r.reason)} |`;
    if (size + row.length + 200 > MARKDOWN_LIMIT) break;
    lines.push(row);
    size += row.length + 1;
    shown++;
  }
  if (shown < attention.length) lines.push("", `_${attention.length - shown} \u2026_`);
  return `${lines.join("\n")}
`;
}
function cell(s) {
  return s.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/[\r\n]+/g, " ").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\b(?:https?|ftp):\/\/\S+/gi, "(URL)").replace(/\bwww\.\S+/gi, "(URL)");
}

// src/cli/report-command.ts
async function runReportCommand(args) {
  const report = await runScan(args, false);
  const format = args.format ?? (args.output ? formatFromExtension(args.output) : "markdown");
  const content = await renderCompliance(report, format, args);
  if (args.output) writeAtomically(args.output, content);
  else process.stdout.write(content);
  return exitCode(report);
}
async function writeComplianceReport(report, file, format, args) {
  writeAtomically(file, await renderCompliance(report, format, args));
}
async function renderCompliance(report, format, args) {
  const attestations = args.attestations ? loadAttestations(args.attestations) : void 0;
  const matrix = buildMatrix(report, attestations, args.lang);
  switch (format) {
    case "json":
      return complianceJson(matrix);
    case "csv":
      return complianceCsv(matrix);
    case "markdown":
      return complianceMarkdown(matrix);
    case "html":
      return (await import("./html-FFFAW2MB.mjs")).complianceHtml(matrix);
  }
}
export {
  runReportCommand,
  writeComplianceReport
};
