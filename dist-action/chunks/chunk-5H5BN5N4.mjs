import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  localize,
  renderMessage,
  renderResult
} from "./chunk-47DC2YPC.mjs";
import {
  htmlText,
  markdownCode,
  markdownText
} from "./chunk-TCZWE7DV.mjs";

// src/report/markdown.ts
import path from "node:path";

// src/report/remediation.ts
function fixKind(f) {
  return f.origin === "live" ? "live" : "terraform";
}
function fixHints(policies, lang) {
  const byId = new Map(policies.map((p) => [p.id, p]));
  return (f) => {
    const fix = byId.get(f.policy)?.remediation[f.resource.provider]?.[fixKind(f)];
    return fix ? localize(fix, lang).replace(/\s+/g, " ").trim() : void 0;
  };
}

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
var MARKDOWN_MARKER = "<!-- cldscan:pr-summary -->";
var MAX_NOTES = 20;
var SEVERITIES = ["critical", "high", "medium", "low"];
var MARKDOWN_WORDS = {
  en: {
    headline: (fail, unknown, pass, waived) => `${fail} failed, ${unknown} could not be verified, ${pass} passed${waived ? `, ${waived} waived` : ""}`,
    headlineChange: (added, addedUnknown, fixed) => `${added} new failure(s), ${addedUnknown} new could not be verified, ${fixed} fixed`,
    severity: "Severity",
    failed: "Failed",
    notVerified: "Not verified",
    added: "New",
    addedUnknown: "New, not verified",
    fixed: "Fixed",
    severities: { critical: "critical", high: "high", medium: "medium", low: "low" },
    scope: (resources, inputs, residency, failOn) => `${resources} resource(s) from ${inputs} input(s) \xB7 residency profile ${residency} \xB7 failing on ${failOn} and above`,
    commit: "commit",
    unchanged: (n) => `${n} finding(s) already in the baseline are not listed.`,
    incomplete: "Scan incomplete \u2014 nothing from these parts is counted compliant:",
    moreNotes: (n) => `and ${n} more (see the SARIF or JSON report)`,
    findings: "Findings by policy",
    resource: "Resource",
    location: "Location",
    message: "Message",
    noFinding: "No failure and nothing left unverified.",
    groupCounts: (fail, unknown) => [fail ? `${fail} failed` : "", unknown ? `${unknown} not verified` : ""].filter(Boolean).join(", "),
    fix: "Fix",
    kinds: { terraform: "Terraform", live: "deployed resource" },
    settle: "to settle",
    groupMore: (n) => `${n} more of this policy not shown`,
    omitted: (n) => `${n} more finding(s) not shown to stay under GitHub's comment size limit: see the SARIF or JSON report.`
  },
  fr: {
    headline: (fail, unknown, pass, waived) => `${fail} non conforme(s), ${unknown} non v\xE9rifiable(s), ${pass} conforme(s)${waived ? `, ${waived} sous d\xE9rogation` : ""}`,
    headlineChange: (added, addedUnknown, fixed) => `${added} nouvelle(s) non-conformit\xE9(s), ${addedUnknown} nouveau(x) non v\xE9rifiable(s), ${fixed} corrig\xE9e(s)`,
    severity: "Gravit\xE9",
    failed: "Non conformes",
    notVerified: "Non v\xE9rifi\xE9s",
    added: "Nouvelles",
    addedUnknown: "Nouveaux non v\xE9rifi\xE9s",
    fixed: "Corrig\xE9es",
    severities: { critical: "critique", high: "\xE9lev\xE9e", medium: "moyenne", low: "faible" },
    scope: (resources, inputs, residency, failOn) => `${resources} ressource(s) de ${inputs} entr\xE9e(s) \xB7 profil de r\xE9sidence ${residency} \xB7 \xE9chec \xE0 partir de ${failOn}`,
    commit: "commit",
    unchanged: (n) => `${n} constat(s) d\xE9j\xE0 pr\xE9sents dans la r\xE9f\xE9rence ne sont pas list\xE9s.`,
    incomplete: "Analyse incompl\xE8te \u2014 rien de ces parties n\u2019est compt\xE9 conforme :",
    moreNotes: (n) => `et ${n} autre(s) (voir le rapport SARIF ou JSON)`,
    findings: "Constats par politique",
    resource: "Ressource",
    location: "Emplacement",
    message: "Message",
    noFinding: "Aucune non-conformit\xE9 et rien de non v\xE9rifi\xE9.",
    groupCounts: (fail, unknown) => [fail ? `${fail} non conforme(s)` : "", unknown ? `${unknown} non v\xE9rifi\xE9(s)` : ""].filter(Boolean).join(", "),
    fix: "Correction",
    kinds: { terraform: "Terraform", live: "ressource d\xE9ploy\xE9e" },
    settle: "pour conclure",
    groupMore: (n) => `${n} autre(s) constat(s) de cette politique non affich\xE9s`,
    omitted: (n) => `${n} autre(s) constat(s) non affich\xE9s pour rester sous la taille maximale d\u2019un commentaire GitHub : voir le rapport SARIF ou JSON.`
  }
};
function blobLinks(env, sourceRoot, sha, cwd = process.cwd()) {
  const server = env.GITHUB_SERVER_URL?.trim().replace(/\/+$/, "");
  const repository = env.GITHUB_REPOSITORY?.trim();
  if (!server || !repository || !sha || !/^https?:\/\/[A-Za-z0-9.-]+(:\d+)?(\/[\w.-]+)*$/.test(server) || !/^[\w.-]+\/[\w.-]+$/.test(repository)) return void 0;
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha)) return void 0;
  const inside = path.relative(path.resolve(env.GITHUB_WORKSPACE || cwd), path.resolve(sourceRoot));
  if (inside.startsWith("..") || path.isAbsolute(inside)) return void 0;
  const prefix = inside ? `${inside.split(path.sep).join("/")}/` : "";
  return { base: `${server}/${repository}/blob/${sha}/`, prefix };
}
function toMarkdown(report, opts = {}) {
  const lang = opts.lang ?? "en";
  const w = MARKDOWN_WORDS[lang];
  const limit = opts.limit ?? MARKDOWN_LIMIT;
  const { summary } = report;
  const changes = summary.fixed !== void 0;
  const open = once(sortFindings(report.findings.filter((f) => f.status !== "pass" && !f.suppression)));
  const listed = changes ? open.filter((f) => f.baseline !== "unchanged") : open;
  const head = [MARKDOWN_MARKER];
  const verdict = summary.failed ? "\u274C" : open.length ? "\u26A0\uFE0F" : "\u2705";
  if (changes) {
    const added = count(listed, "fail");
    const addedUnknown = count(listed, "unknown");
    const fixed = summary.fixed;
    head.push(`## ${verdict} cldscan: ${w.headlineChange(total(added), total(addedUnknown), total(fixed))}`, "");
    head.push(`| ${w.severity} | ${w.added} | ${w.addedUnknown} | ${w.fixed} |`, "|---|---:|---:|---:|");
    for (const s of SEVERITIES) head.push(`| ${w.severities[s]} | ${added[s]} | ${addedUnknown[s]} | ${fixed[s]} |`);
  } else {
    const failed = count(open, "fail");
    const unknown = count(open, "unknown");
    head.push(`## ${verdict} cldscan: ${w.headline(total(failed), total(unknown), summary.byStatus.pass, summary.waived)}`, "");
    head.push(`| ${w.severity} | ${w.failed} | ${w.notVerified} |`, "|---|---:|---:|");
    for (const s of SEVERITIES) head.push(`| ${w.severities[s]} | ${failed[s]} | ${unknown[s]} |`);
  }
  head.push("");
  const commit = report.scope.commit?.sha;
  head.push(
    w.scope(summary.resources, report.inputs.length, markdownCode(report.settings.residency), markdownCode(summary.failOn)) + (commit ? ` \xB7 ${w.commit} ${markdownCode(commit.slice(0, 12))}` : "")
  );
  const unchanged = open.length - listed.length + summary.inBaseline;
  if (changes && unchanged) head.push("", w.unchanged(unchanged));
  head.push("");
  if (report.incomplete.length) {
    head.push(`> **${w.incomplete}**`);
    for (const n of report.incomplete.slice(0, MAX_NOTES)) head.push(`> - ${markdownText(n.scope ? `${n.scope}: ${n.message}` : n.message)}`);
    if (report.incomplete.length > MAX_NOTES) head.push(`> - ${w.moreNotes(report.incomplete.length - MAX_NOTES)}`);
    head.push("");
  }
  if (!listed.length) {
    head.push(`_${w.noFinding}_`);
    return `${head.join("\n")}
`;
  }
  head.push(`### ${w.findings}`, "");
  const hint = fixHints(report.policies, lang);
  const blocks = groupByPolicy(listed, report.policies).map((g) => block(g, hint, lang, opts.links));
  const tableHead = `| | ${w.resource} | ${w.location} | ${w.message} |`.length + 20;
  const frame = (b) => b.summary.length + b.sections.reduce((n, s) => n + s.fix.length + 2 + tableHead, 0) + 40 + w.groupMore(b.total).length;
  let budget = limit - head.join("\n").length - 400 - w.omitted(listed.length).length;
  const kept = [];
  for (const b of blocks) {
    if (frame(b) > budget) break;
    budget -= frame(b);
    kept.push(b);
  }
  const dealt = kept.map(() => 0);
  for (let more = true; more; ) {
    more = false;
    kept.forEach((b, i) => {
      const line = b.lines[dealt[i]];
      if (line === void 0 || line.length + 1 > budget) return;
      budget -= line.length + 1;
      dealt[i]++;
      more = true;
    });
  }
  const out = [...head];
  kept.forEach((b, i) => {
    out.push(b.summary, "");
    let left = dealt[i];
    for (const section of b.sections) {
      const lines = section.lines.slice(0, left);
      left -= lines.length;
      if (!lines.length) continue;
      if (section.fix) out.push(section.fix, "");
      out.push(`| | ${w.resource} | ${w.location} | ${w.message} |`, "|---|---|---|---|", ...lines, "");
    }
    if (dealt[i] < b.total) out.push(`_${w.groupMore(b.total - dealt[i])}_`, "");
    out.push("</details>", "");
  });
  const shown = dealt.reduce((n, d) => n + d, 0);
  if (shown < listed.length) out.push(`_${w.omitted(listed.length - shown)}_`);
  return `${out.join("\n")}
`;
}
function block(g, hint, lang, links) {
  const w = MARKDOWN_WORDS[lang];
  const first = g.findings[0];
  const title = g.meta ? localize(g.meta.title, lang) : g.policy;
  const summary = `<details><summary><strong>${htmlText(title)}</strong> (<code>${htmlText(g.policy)}</code>) \u2014 ${htmlText(w.groupCounts(g.fail, g.unknown))} \xB7 ${htmlText(w.severities[first.severity])} \xB7 ${htmlText(first.rules.join(", "))}</summary>`;
  const byFix = /* @__PURE__ */ new Map();
  for (const f of g.findings) {
    const key = `${f.resource.provider}/${fixKind(f)}`;
    const list = byFix.get(key);
    if (list) list.push(f);
    else byFix.set(key, [f]);
  }
  const sections = [...byFix].map(([key, findings]) => {
    const fix = hint(findings[0]);
    const [cloud, kind] = key.split("/");
    return { fix: fix ? `**${w.fix}** (${cloud.toUpperCase()}, ${w.kinds[kind]}): ${fix}` : "", lines: findings.map((f) => findingLine(f, links, w.settle)) };
  });
  return { summary, sections, lines: sections.flatMap((s) => s.lines), total: g.findings.length };
}
function findingLine(f, links, settleWord) {
  const icon = f.status === "fail" ? "\u274C" : "\u2754";
  const settle = f.status === "unknown" && f.settle ? ` (${settleWord}: ${markdownText(f.settle)})` : "";
  return `| ${icon} | ${markdownCode(f.resource.id)} | ${where(f, links)} | ${markdownText(f.message)}${settle} |`;
}
function where(f, links) {
  if (!f.location) return markdownCode(f.input);
  const text = markdownCode(`${f.location.uri}:${f.location.line}`);
  if (!links || f.location.snapshot) return text;
  const file = `${links.prefix}${f.location.uri}`.split("/").map((s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join("/");
  return `[${text}](${links.base}${file}#L${f.location.line})`;
}
function once(findings) {
  const seen = /* @__PURE__ */ new Set();
  return findings.filter((f) => {
    const key = f.fingerprint || `${f.policy}\0${f.resource.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function groupByPolicy(findings, policies) {
  const byId = new Map(policies.map((p) => [p.id, p]));
  const groups = /* @__PURE__ */ new Map();
  for (const f of findings) {
    let g = groups.get(f.policy);
    if (!g) groups.set(f.policy, g = { policy: f.policy, ...byId.has(f.policy) ? { meta: byId.get(f.policy) } : {}, findings: [], fail: 0, unknown: 0 });
    g.findings.push(f);
    if (f.status === "fail") g.fail++;
    else g.unknown++;
  }
  return [...groups.values()].sort(
    (a, b) => Number(b.fail > 0) - Number(a.fail > 0) || SEVERITY_ORDER[a.findings[0].severity] - SEVERITY_ORDER[b.findings[0].severity] || b.findings.length - a.findings.length || a.policy.localeCompare(b.policy)
  );
}
function count(findings, status) {
  const out = { critical: 0, high: 0, medium: 0, low: 0 };
  for (const f of findings) if (f.status === status) out[f.severity]++;
  return out;
}
function total(bySeverity) {
  return SEVERITIES.reduce((n, s) => n + bySeverity[s], 0);
}

// src/report/localize.ts
function localizeFindings(findings, policies, lang) {
  if (lang === "en") return [...findings];
  const byId = new Map(policies.map((p) => [p.id, p]));
  return findings.map((f) => {
    const meta = byId.get(f.policy);
    if (!meta || !meta.messages[f.messageId]) return f;
    try {
      return {
        ...f,
        message: renderResult(meta, f, lang),
        ...f.settleRef ? { settle: renderMessage(meta, f.settleRef, lang) } : {}
      };
    } catch {
      return f;
    }
  });
}

export {
  fixHints,
  sortFindings,
  MARKDOWN_LIMIT,
  blobLinks,
  toMarkdown,
  localizeFindings
};
