import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  readReportFile
} from "./chunk-IG5EK6MD.mjs";
import "./chunk-WXXIW77C.mjs";
import "./chunk-QCAX4BPW.mjs";
import "./chunk-Z2G6SRDN.mjs";
import "./chunk-VD5S6TE7.mjs";
import {
  UserError
} from "./chunk-QTFYQM6Z.mjs";
import "./chunk-DUMRXBCU.mjs";

// src/merge.ts
function mergeReports(files) {
  if (files.length < 2) throw new UserError("merge needs at least two reports");
  const docs = files.map((f) => ({ file: f, ...readReportFile(f, f) }));
  const kinds = new Set(docs.map((d) => d.kind));
  if (kinds.size > 1) throw new UserError("merge: give reports of one kind, all SARIF or all cldscan JSON");
  return [...kinds][0] === "sarif" ? { kind: "sarif", text: mergeSarif(docs.map((d) => d.doc)) } : { kind: "json", text: mergeJson(docs.map((d) => d.doc)) };
}
function mergeSarif(logs) {
  const byId = /* @__PURE__ */ new Map();
  for (const log of logs) {
    for (const run of log.runs) {
      const id = run.automationDetails?.id ?? "";
      const into = byId.get(id);
      if (!into) {
        byId.set(id, structuredClone(run));
        continue;
      }
      const seen = new Set((into.results ?? []).map(resultKey));
      for (const r of run.results ?? []) if (!seen.has(resultKey(r))) (into.results ??= []).push(r);
      const scopes = [...scopesOf(into.properties?.cldscanScopes), ...scopesOf(run.properties?.cldscanScopes)];
      if (scopes.length) into.properties = { ...into.properties, cldscanScopes: uniqueScopes(scopes) };
      const a = (into.invocations ??= [{}])[0];
      const b = run.invocations?.[0];
      a.executionSuccessful = (a.executionSuccessful ?? true) && (b?.executionSuccessful ?? true);
      const texts = new Set((a.toolExecutionNotifications ?? []).map((n) => n.message?.text));
      for (const n of b?.toolExecutionNotifications ?? []) if (!texts.has(n.message?.text)) (a.toolExecutionNotifications ??= []).push(n);
    }
  }
  return `${JSON.stringify({ $schema: logs[0].$schema, version: "2.1.0", runs: [...byId.values()] }, null, 2)}
`;
}
function scopesOf(value) {
  return Array.isArray(value) ? value.filter((s) => typeof s === "object" && s !== null) : [];
}
function uniqueScopes(scopes) {
  const byId = /* @__PURE__ */ new Map();
  for (const s of scopes) {
    const into = byId.get(s.scanId);
    if (!into) byId.set(s.scanId, { ...s, categories: { ...s.categories } });
    else into.categories = { ...into.categories, ...s.categories };
  }
  return [...byId.values()];
}
function resultKey(r) {
  return `${r.ruleId ?? ""}\0${r.partialFingerprints?.["cldscanResource/v1"] ?? JSON.stringify(r)}`;
}
var RANK = { critical: 4, high: 3, medium: 2, low: 1 };
function mergeJson(reports) {
  const seen = /* @__PURE__ */ new Set();
  const findings = [];
  for (const r of reports) for (const f of r.findings) if (!seen.has(f.fingerprint)) seen.add(f.fingerprint), findings.push(f);
  const failOn = reports[0].summary.failOn ?? "high";
  const byStatus = { pass: 0, fail: 0, unknown: 0 };
  const failuresBySeverity = { critical: 0, high: 0, medium: 0, low: 0 };
  let waived = 0;
  let failed = false;
  for (const f of findings) {
    if (f.suppression) {
      waived++;
      continue;
    }
    byStatus[f.status]++;
    if (f.status === "fail") {
      failuresBySeverity[f.severity]++;
      if (failOn !== "none" && RANK[f.severity] >= RANK[failOn]) failed = true;
    }
  }
  const unique = (lists) => {
    const texts = /* @__PURE__ */ new Set();
    return lists.flat().filter((n) => n !== void 0 && !texts.has(n.message) && (texts.add(n.message), true));
  };
  const summary = {
    ...reports[0].summary,
    resources: reports.reduce((n, r) => n + (r.summary.resources ?? 0), 0),
    findings: findings.length,
    byStatus,
    failuresBySeverity,
    failed,
    waived,
    inputs: reports.flatMap((r) => r.summary.inputs ?? []),
    incomplete: unique(reports.map((r) => r.summary.incomplete)),
    notifications: unique(reports.map((r) => r.summary.notifications)),
    scopes: uniqueScopes(reports.flatMap((r) => scopesOf(r.summary.scopes)))
  };
  const admins = /* @__PURE__ */ new Map();
  for (const r of reports) {
    for (const a of r.administrators ?? []) {
      const key = `${a.category}\0${a.resource?.id}`;
      if (!admins.has(key)) admins.set(key, a);
    }
  }
  return `${JSON.stringify({ tool: reports[0].tool, findings, administrators: [...admins.values()], summary }, null, 2)}
`;
}
export {
  mergeReports
};
