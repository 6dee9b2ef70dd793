import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  exitCode,
  formatFromExtension,
  runScan,
  writeComplianceReport
} from "./chunk-3QROPYQO.mjs";
import "./chunk-EJ3REMUG.mjs";
import "./chunk-53HKAVBD.mjs";
import "./chunk-ZMHTDPNK.mjs";
import {
  localizeFindings
} from "./chunk-2E2BKXGL.mjs";
import {
  localize
} from "./chunk-47DC2YPC.mjs";
import "./chunk-DQHGWNKW.mjs";
import "./chunk-5EZ4JJNC.mjs";
import "./chunk-XZMJRHI7.mjs";
import "./chunk-OBOI6PAM.mjs";
import "./chunk-NZ3F65XU.mjs";
import "./chunk-VU4YEHWF.mjs";
import "./chunk-LUEYLY3S.mjs";
import "./chunk-X27YKGUU.mjs";
import "./chunk-JNLTB6MJ.mjs";
import "./chunk-HFSVOWTH.mjs";
import "./chunk-JECVGCKA.mjs";
import "./chunk-7EALKIMT.mjs";
import "./chunk-2QQRJHN4.mjs";
import "./chunk-24VPWWOQ.mjs";
import {
  sortFindings,
  toMarkdown
} from "./chunk-MVSGYEHG.mjs";
import {
  terminalText
} from "./chunk-D77HCG43.mjs";
import {
  writeAtomically
} from "./chunk-CQF7QQT5.mjs";
import "./chunk-5MPOEYLI.mjs";
import {
  CATALOG
} from "./chunk-5DNAV2K2.mjs";
import "./chunk-DMMK6BRC.mjs";
import "./chunk-2J5HCB5D.mjs";
import "./chunk-6ZY5LYZQ.mjs";
import "./chunk-XG5PCEUK.mjs";
import "./chunk-QTFYQM6Z.mjs";
import "./chunk-DUMRXBCU.mjs";

// src/report/sarif.ts
import { createHash } from "node:crypto";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
var SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var SRCROOT = "%SRCROOT%";
var SECURITY_SEVERITY = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0" };
var LEVEL = { critical: "error", high: "error", medium: "warning", low: "note" };
var RULEBOOKS = [
  { name: "CLD", title: "H\xE9bergement de Services en ligne ou Cloud \u2014 r\xE8gles de s\xE9curit\xE9 (France Travail)" },
  { name: "CL", title: "R\xE8gles de s\xE9curit\xE9 applicables aux partenaires (France Travail)" }
];
var GITHUB_LIMITS = { resultsPerRun: 25e3, runsPerFile: 20, gzipBytes: 10 * 1024 * 1024 };
function toSarif(report, lang = "en", limits = GITHUB_LIMITS) {
  const policies = report.policies;
  const ruleIndex = new Map(policies.map((p, i) => [p.id, i]));
  const taxonomies = RULEBOOKS.map((book) => ({
    name: book.name,
    guid: guid(`taxonomy:${book.name}`),
    organization: "France Travail",
    shortDescription: { text: book.title },
    isComprehensive: true,
    taxa: CATALOG.filter((r) => r.rulebook === book.name).map((r) => ({
      id: r.id,
      name: r.title,
      shortDescription: { text: r.title },
      fullDescription: { text: r.summary.en },
      properties: { section: r.section, automation: r.automation }
    }))
  }));
  const taxonIndex = /* @__PURE__ */ new Map();
  taxonomies.forEach((t, book) => t.taxa.forEach((taxon, index) => taxonIndex.set(taxon.id, { book, index })));
  const driver = {
    name: report.tool.name,
    version: report.tool.version,
    semanticVersion: report.tool.version,
    informationUri: report.tool.informationUri,
    rules: policies.map((p) => rule(p, taxonIndex, taxonomies, lang)),
    supportedTaxonomies: taxonomies.map((t, index) => ({ name: t.name, index, guid: t.guid }))
  };
  let categories = /* @__PURE__ */ new Set([...report.categories, ...Object.keys(report.scope.categories), ...report.findings.map((f) => f.category)]);
  for (const n of [...report.incomplete, ...report.notifications]) if (n.category) categories.add(n.category);
  if (categories.size === 0) categories.add("terraform");
  const limitNotes = [];
  const grouped = categories.size > limits.runsPerFile;
  const runOf = (category) => grouped ? category.split("/")[0] : category;
  if (grouped) {
    limitNotes.push({
      level: "warning",
      message: `${categories.size} scan categories exceed GitHub's ${limits.runsPerFile} runs per SARIF file: results are grouped by cloud (cldscan/aws/, cldscan/azure/, cldscan/gcp/); scan in shards (--shard) or separate jobs to keep one category per account, subscription or project`
    });
    categories = new Set([...categories].map(runOf));
  }
  let perRun = limits.resultsPerRun;
  for (; ; ) {
    const runs = [...categories].sort().map((category) => buildRun(category, perRun));
    const text = `${JSON.stringify({ $schema: SCHEMA, version: "2.1.0", runs }, null, 2)}
`;
    if (perRun <= 100 || Buffer.byteLength(text) <= limits.gzipBytes || gzipSync(text).length <= limits.gzipBytes) return text;
    perRun = Math.floor(perRun / 2);
    limitNotes.push({ level: "warning", message: `the SARIF file would exceed GitHub's ${limits.gzipBytes / 1024 / 1024} MB gzipped: at most ${perRun} results per run are kept, most severe first; the JSON report has them all` });
  }
  function buildRun(category, cap) {
    const all = report.findings.filter((f) => f.status !== "pass" && runOf(f.category) === category).sort(bySeverity);
    const kept = all.slice(0, cap);
    const notes = [...limitNotes];
    if (all.length > cap) {
      notes.push({
        level: "warning",
        message: `${all.length - cap} of ${all.length} results left out of this run (GitHub shows at most ${limits.resultsPerRun} per run): the most severe are kept; the JSON report has them all`
      });
    }
    const mine = (n) => n.category === void 0 || runOf(n.category) === category;
    const scopes = Object.fromEntries(Object.entries(report.scope.categories).filter(([c]) => runOf(c) === category));
    return {
      tool: { driver },
      taxonomies,
      automationDetails: { id: `cldscan/${category}/` },
      originalUriBaseIds: { [SRCROOT]: { uri: dirUri(report.sourceRoot) } },
      invocations: [
        {
          executionSuccessful: !report.incomplete.some(mine),
          toolExecutionNotifications: [...report.incomplete.filter(mine), ...report.notifications.filter(mine), ...notes].map((n) => ({
            level: n.level,
            message: { text: n.scope ? `${n.scope}: ${n.message}` : n.message },
            ...n.category || n.scope ? { properties: { ...n.category ? { category: n.category } : {}, ...n.scope ? { scope: n.scope } : {} } } : {}
          }))
        }
      ],
      columnKind: "utf16CodeUnits",
      results: kept.map((f) => result(f, ruleIndex.get(f.policy) ?? -1)),
      // What this run's categories covered, with each check's counts: SARIF keeps only failures and
      // unknowns, so a compliance matrix built from several reports needs these to be exact.
      // A list: `cldscan merge` puts the runs of several scans (shards grouped by cloud) into one.
      properties: { cldscanScopes: [{ ...report.scope, categories: scopes }] }
    };
  }
}
var LEVEL_RANK = { error: 0, warning: 1, note: 2 };
function bySeverity(a, b) {
  const rank = (f) => (f.status === "unknown" ? 3 : LEVEL_RANK[LEVEL[f.severity]]) * 10 + ["critical", "high", "medium", "low"].indexOf(f.severity);
  return rank(a) - rank(b);
}
function rule(p, taxonIndex, taxonomies, lang) {
  const related = p.rules.flatMap((id) => {
    const t = taxonIndex.get(id);
    if (!t) return [];
    const book = taxonomies[t.book];
    return [{ target: { id, index: t.index, toolComponent: { name: book.name, index: t.book, guid: book.guid } }, kinds: ["relevant"] }];
  });
  return {
    id: p.id,
    // SARIF wants a name distinct from the id: one-word ids (`backups`) go without.
    ...pascal(p.id).toLowerCase() !== p.id.toLowerCase() ? { name: pascal(p.id) } : {},
    shortDescription: { text: localize(p.title, lang) },
    fullDescription: { text: localize(p.description, lang) },
    help: { text: helpText(p, lang), markdown: helpMarkdown(p, lang) },
    ...p.helpUri ? { helpUri: p.helpUri } : {},
    defaultConfiguration: { level: LEVEL[p.severity] },
    relationships: related,
    properties: {
      tags: ["security", "compliance", ...p.rules],
      "security-severity": SECURITY_SEVERITY[p.severity],
      precision: "high",
      "problem.severity": LEVEL[p.severity] === "note" ? "recommendation" : LEVEL[p.severity]
    }
  };
}
var LIVE_ROOT = "cldscan-live";
function isUndeclaredLive(f) {
  if (f.origin !== "live") return false;
  return f.location ? f.location.snapshot === true : f.input === `live/${f.category}`;
}
function liveUri(f) {
  const id = f.resource.id.replace(/^\/+/, "");
  const segments = [...f.category.split("/"), ...id.split("/")].map((s) => encodeURIComponent(s).replace(/%3A/gi, ":").replace(/%40/g, "@"));
  return [LIVE_ROOT, ...segments].join("/");
}
function result(f, ruleIndex) {
  const live = isUndeclaredLive(f);
  const where2 = live ? { uri: liveUri(f), line: 1 } : f.location ?? { uri: f.input, line: 1 };
  const text = f.status === "unknown" ? `Could not be verified (${f.rules.join(", ")}) \u2014 ${f.resource.id}: ${f.message}${f.settle ? ` To settle it: ${f.settle}.` : ""}` : `${f.rules.join(", ")} \u2014 ${f.resource.id}: ${f.message}`;
  return {
    ruleId: f.policy,
    ...ruleIndex >= 0 ? { ruleIndex } : {},
    kind: "fail",
    level: f.status === "unknown" ? "note" : LEVEL[f.severity],
    message: { text },
    locations: [
      {
        physicalLocation: { artifactLocation: { uri: where2.uri, uriBaseId: SRCROOT }, region: { startLine: where2.line } },
        logicalLocations: [{ fullyQualifiedName: f.resource.id, kind: "resource" }],
        ...live ? { message: { text: `Live resource ${f.resource.id} (${f.category}), declared in no scanned .tf file: ${LIVE_ROOT}/ is not a file of the repository.` } } : {}
      }
    ],
    ...live && f.location?.snapshot ? {
      relatedLocations: [
        {
          id: 1,
          physicalLocation: { artifactLocation: { uri: f.location.uri, uriBaseId: SRCROOT }, region: { startLine: f.location.line } },
          message: { text: "The resource as this scan read it (inventory snapshot, --inventory-out)" }
        }
      ]
    } : {},
    // Code scanning tracks alerts by primaryLocationLineHash, which upload-sarif computes from the
    // file's text; a live path has no text, so the resource's own fingerprint stands in for it.
    partialFingerprints: { "cldscanResource/v1": f.fingerprint, ...live ? { primaryLocationLineHash: `${f.fingerprint}:1` } : {} },
    ...f.baseline ? { baselineState: f.baseline } : {},
    ...f.suppression ? {
      suppressions: [
        {
          kind: f.suppression.origin === "inline" ? "inSource" : "external",
          status: "accepted",
          justification: `${f.suppression.justification} (${f.suppression.approver ? `approved by ${f.suppression.approver}, ` : ""}until ${f.suppression.expires}; ${f.suppression.where})`
        }
      ]
    } : {},
    properties: {
      status: f.status,
      severity: f.severity,
      rules: f.rules,
      category: f.category,
      outcomes: f.outcomes,
      messageId: f.messageId,
      ...f.data ? { messageData: f.data } : {},
      ...f.also ? { messageAlso: f.also } : {},
      ...f.settle ? { settle: f.settle } : {},
      ...f.settleRef ? { settleRef: f.settleRef } : {},
      ...f.suppression ? { waiver: f.suppression } : {},
      provider: f.resource.provider,
      resourceType: f.resource.nativeType,
      ...f.resource.region ? { region: f.resource.region } : {}
    }
  };
}
var HELP_WORDS = {
  en: { remediation: "Remediation", terraform: "Terraform", live: "Deployed resources", rules: "Rules" },
  fr: { remediation: "Rem\xE9diation", terraform: "Terraform", live: "Ressources d\xE9ploy\xE9es", rules: "R\xE8gles" }
};
function helpText(p, lang) {
  const w = HELP_WORDS[lang];
  const fix = Object.entries(p.remediation).flatMap(([cloud, r]) => [
    `${cloud.toUpperCase()} (${w.terraform}): ${localize(r.terraform, lang)}`,
    `${cloud.toUpperCase()} (${w.live}): ${localize(r.live, lang)}`
  ]);
  return [localize(p.description, lang), "", `${w.remediation}:`, ...fix, "", `${w.rules}: ${p.rules.join(", ")}`].join("\n");
}
function helpMarkdown(p, lang) {
  const w = HELP_WORDS[lang];
  const fix = Object.entries(p.remediation).flatMap(([cloud, r]) => [
    `- **${cloud.toUpperCase()}** \u2014 ${w.terraform}: ${localize(r.terraform, lang)}`,
    `- **${cloud.toUpperCase()}** \u2014 ${w.live}: ${localize(r.live, lang)}`
  ]);
  const rules = p.rules.map((id) => {
    const r = CATALOG.find((c) => c.id === id);
    return r ? `- **${id}** \u2014 ${r.title}: ${r.summary[lang]}` : `- **${id}**`;
  });
  return [`## ${localize(p.title, lang)}`, "", localize(p.description, lang), "", `### ${w.remediation}`, "", ...fix, "", `### ${w.rules}`, "", ...rules].join("\n");
}
function pascal(id) {
  return id.split("-").map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("");
}
function dirUri(dir) {
  const href = pathToFileURL(dir).href;
  return href.endsWith("/") ? href : `${href}/`;
}
function guid(name) {
  const h = createHash("sha1").update(`cldscan:${name}`).digest("hex");
  const variant = (parseInt(h[16], 16) & 3 | 8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

// src/report/json.ts
function toJson(report) {
  const doc = {
    tool: report.tool,
    findings: report.findings.map((f) => ({
      policy: f.policy,
      rules: f.rules,
      status: f.status,
      severity: f.severity,
      message: f.message,
      messageId: f.messageId,
      ...f.data ? { data: f.data } : {},
      ...f.also ? { also: f.also } : {},
      resource: f.resource,
      location: f.location,
      input: f.input,
      category: f.category,
      origin: f.origin,
      evidence: f.evidence,
      outcomes: f.outcomes,
      ...f.settle ? { settle: f.settle } : {},
      ...f.settleRef ? { settleRef: f.settleRef } : {},
      fingerprint: f.fingerprint,
      ...f.suppression ? { suppression: f.suppression } : {},
      ...f.baseline ? { baseline: f.baseline } : {},
      ...f.expiredWaivers ? { expiredWaivers: f.expiredWaivers } : {}
    })),
    administrators: report.administrators,
    summary: {
      ...report.summary,
      residency: report.settings.residency,
      inputs: report.inputs,
      incomplete: report.incomplete,
      notifications: report.notifications,
      // What the scan covered and each check's counts per category: what a merged compliance matrix is built from
      // (a list: `cldscan merge` keeps the scope of every scan it joins).
      scopes: [report.scope]
    }
  };
  return `${JSON.stringify(doc, null, 2)}
`;
}

// src/report/text.ts
function toText(report, { color }) {
  const c = palette(color);
  const lines = [];
  const { summary } = report;
  lines.push(
    c.bold(`${report.tool.name} ${report.tool.version}`) + ` \u2014 ${report.inputs.length} input(s), ${summary.resources} resource(s), residency ${report.settings.residency}, fail on ${summary.failOn}`
  );
  lines.push("");
  const shown = sortFindings(report.findings.filter((f) => f.status !== "pass" && !f.suppression));
  const waived = sortFindings(report.findings.filter((f) => f.suppression));
  for (const f of shown) {
    const status = f.status === "fail" ? c.red("FAIL   ") : c.yellow("UNKNOWN");
    lines.push(`${status} ${pad(f.severity.toUpperCase(), 8)} ${pad(terminalText(f.policy), 24)} ${terminalText(f.resource.id)}`);
    lines.push(`        ${c.dim(where(f))}  ${c.dim(`[${terminalText(f.rules.join(", "))}]`)}`);
    lines.push(`        ${terminalText(f.message)}`);
    if (f.settle) lines.push(`        ${c.dim(`To settle: ${terminalText(f.settle)}`)}`);
  }
  if (shown.length) lines.push("");
  for (const f of waived) {
    lines.push(`${c.dim("WAIVED ")} ${pad(f.severity.toUpperCase(), 8)} ${pad(terminalText(f.policy), 24)} ${terminalText(f.resource.id)}`);
    lines.push(`        ${c.dim(`${where(f)}  ${terminalText(f.suppression.justification)} \u2014 until ${terminalText(f.suppression.expires)} (${terminalText(f.suppression.where)})`)}`);
  }
  if (waived.length) lines.push("");
  for (const n of report.incomplete) lines.push(c.red(`INCOMPLETE ${n.scope ? `${terminalText(n.scope)}: ` : ""}${terminalText(n.message)}`));
  for (const n of report.notifications) lines.push(c.dim(`${n.level.toUpperCase()} ${n.scope ? `${terminalText(n.scope)}: ` : ""}${terminalText(n.message)}`));
  if (report.incomplete.length || report.notifications.length) lines.push("");
  const sev = summary.failuresBySeverity;
  const bySeverity2 = ["critical", "high", "medium", "low"].filter((s) => sev[s] > 0).map((s) => `${sev[s]} ${s}`);
  lines.push(
    `${c.bold("Summary:")} ${c.red(`${summary.byStatus.fail} failed`)}${bySeverity2.length ? ` (${bySeverity2.join(", ")})` : ""}, ${c.yellow(`${summary.byStatus.unknown} could not be verified`)}, ${c.green(`${summary.byStatus.pass} passed`)}` + (summary.waived ? `, ${summary.waived} waived` : "") + (summary.inBaseline ? `, ${summary.inBaseline} already in the baseline (not shown)` : "") + (report.incomplete.length ? c.red(" \u2014 scan incomplete") : "")
  );
  return `${lines.join("\n")}
`;
}
function where(f) {
  return terminalText(f.location ? `${f.location.uri}:${f.location.line}` : f.input);
}
function pad(s, n) {
  return s.length >= n ? s : s + " ".repeat(n - s.length);
}
function palette(on) {
  const wrap = (code) => (s) => on ? `\x1B[${code}m${s}\x1B[0m` : s;
  return { red: wrap("31"), yellow: wrap("33"), green: wrap("32"), dim: wrap("2"), bold: wrap("1") };
}

// src/report/render.ts
function render(scanned, format, opts) {
  const lang = opts.lang ?? "en";
  const report = lang === "en" ? scanned : { ...scanned, findings: localizeFindings(scanned.findings, scanned.policies, lang) };
  switch (format) {
    case "sarif":
      return toSarif(report, lang);
    case "json":
      return toJson(report);
    case "markdown":
      return toMarkdown(report);
    case "text":
      return toText(report, opts);
  }
}

// src/cli/scan-command.ts
async function runScanCommand(args) {
  const toTerminal = !args.output && process.stdout.isTTY === true;
  const format = args.format ?? (toTerminal ? "text" : "sarif");
  const report = await runScan(args, format === "json");
  if (args.report) {
    await writeComplianceReport(report, args.report, formatFromExtension(args.report), args);
  }
  const content = render(report, format, { color: args.color ?? (toTerminal && !process.env.NO_COLOR), lang: args.lang });
  if (args.output) writeAtomically(args.output, content);
  else process.stdout.write(content);
  return { code: exitCode(report), report };
}
export {
  runScanCommand
};
