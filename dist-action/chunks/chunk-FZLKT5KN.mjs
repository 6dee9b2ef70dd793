import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  JsonChunks,
  SEVERITIES,
  compareKeys,
  countWhere,
  findingAt,
  findingsWhere,
  fixHints,
  forEachKey,
  indexWhere,
  localizer,
  mapFindings,
  reportOrderKey,
  sortedPositions,
  toMarkdown
} from "./chunk-DTOYBFIB.mjs";
import {
  localize
} from "./chunk-47DC2YPC.mjs";
import {
  terminalText
} from "./chunk-TCZWE7DV.mjs";
import {
  CATALOG
} from "./chunk-22Q2F65I.mjs";

// src/report/text.ts
var TEXT_WORDS = {
  en: {
    fail: "FAIL",
    unknown: "UNKNOWN",
    waived: "WAIVED",
    incomplete: "INCOMPLETE",
    head: (inputs, resources, residency, failOn) => `${inputs} input(s), ${resources} resource(s), residency ${residency}, fail on ${failOn}`,
    fix: "Fix",
    settle: "To settle",
    until: "until",
    noLocation: "(no file)",
    summary: "Summary:",
    failed: (n) => `${n} failed`,
    unverified: (n) => `${n} could not be verified`,
    passed: (n) => `${n} passed`,
    waivedCount: (n) => `${n} waived`,
    inBaseline: (n) => `${n} already in the baseline (not shown)`,
    scanIncomplete: "scan incomplete",
    severities: { critical: "CRITICAL", high: "HIGH", medium: "MEDIUM", low: "LOW" },
    lowerSeverities: { critical: "critical", high: "high", medium: "medium", low: "low" }
  },
  fr: {
    fail: "\xC9CHEC",
    unknown: "INCONNU",
    waived: "D\xC9ROG\xC9",
    incomplete: "INCOMPLET",
    head: (inputs, resources, residency, failOn) => `${inputs} entr\xE9e(s), ${resources} ressource(s), r\xE9sidence ${residency}, \xE9chec \xE0 partir de ${failOn}`,
    fix: "Correction",
    settle: "Pour conclure",
    until: "jusqu\u2019au",
    noLocation: "(aucun fichier)",
    summary: "Bilan :",
    failed: (n) => `${n} non conforme(s)`,
    unverified: (n) => `${n} non v\xE9rifiable(s)`,
    passed: (n) => `${n} conforme(s)`,
    waivedCount: (n) => `${n} sous d\xE9rogation`,
    inBaseline: (n) => `${n} d\xE9j\xE0 dans la r\xE9f\xE9rence (non affich\xE9s)`,
    scanIncomplete: "analyse incompl\xE8te",
    severities: { critical: "CRITIQUE", high: "\xC9LEV\xC9E", medium: "MOYENNE", low: "FAIBLE" },
    lowerSeverities: { critical: "critique", high: "\xE9lev\xE9e", medium: "moyenne", low: "faible" }
  }
};
function useColour(flag, toTerminal, env) {
  if (flag !== void 0) return flag;
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== void 0 && env.FORCE_COLOR !== "") return !["0", "false"].includes(env.FORCE_COLOR.toLowerCase());
  return toTerminal;
}
function toText(report, opts) {
  return [...textChunks(report, opts)].join("");
}
function* textChunks(report, { color, groupBy = "file", lang = "en" }) {
  const c = palette(color);
  const w = TEXT_WORDS[lang];
  const hint = fixHints(report.policies, lang);
  const { summary } = report;
  const line = (text) => `${text}
`;
  yield line(c.bold(`${report.tool.name} ${report.tool.version}`) + ` \u2014 ${w.head(report.inputs.length, summary.resources, report.settings.residency, summary.failOn === "none" ? "none" : w.lowerSeverities[summary.failOn])}`);
  yield line("");
  const titles = new Map(report.policies.map((p) => [p.id, localize(p.title, lang)]));
  let current;
  for (const { key, f } of grouped(report.findings, groupBy)) {
    if (key !== current) {
      if (current !== void 0) yield line("");
      current = key;
      yield line(c.bold(groupBy === "policy" ? `${terminalText(key)}${titles.has(key) ? ` \u2014 ${terminalText(titles.get(key))}` : ""}  ${c.dim(`[${terminalText(f.rules.join(", "))}]`)}` : terminalText(key)));
    }
    for (const l of findingLines(f, groupBy, w, c, hint)) yield line(l);
  }
  if (current !== void 0) yield line("");
  let waived = 0;
  for (const [, i] of sortedPositions(report.findings, (_c, _s, _v, isWaived) => isWaived, reportOrderKey, compareKeys)) {
    const f = findingAt(report.findings, i);
    waived++;
    yield line(`${c.dim(pad(w.waived, 8))} ${pad(w.severities[f.severity], 8)} ${pad(terminalText(f.policy), 24)} ${terminalText(f.resource.id)}`);
    yield line(`         ${c.dim(`${where(f, w)}  ${terminalText(f.suppression.justification)} \u2014 ${w.until} ${terminalText(f.suppression.expires)} (${terminalText(f.suppression.where)})`)}`);
  }
  if (waived) yield line("");
  for (const n of report.incomplete) yield line(c.red(`${w.incomplete} ${n.scope ? `${terminalText(n.scope)}: ` : ""}${terminalText(n.message)}`));
  for (const n of report.notifications) yield line(c.dim(`${n.level.toUpperCase()} ${n.scope ? `${terminalText(n.scope)}: ` : ""}${terminalText(n.message)}`));
  if (report.incomplete.length || report.notifications.length) yield line("");
  const sev = summary.failuresBySeverity;
  const bySeverity = ["critical", "high", "medium", "low"].filter((s) => sev[s] > 0).map((s) => `${sev[s]} ${w.lowerSeverities[s]}`);
  yield line(
    `${c.bold(w.summary)} ${c.red(w.failed(summary.byStatus.fail))}${bySeverity.length ? ` (${bySeverity.join(", ")})` : ""}, ${c.yellow(w.unverified(summary.byStatus.unknown))}, ${c.green(w.passed(summary.byStatus.pass))}` + (summary.waived ? `, ${w.waivedCount(summary.waived)}` : "") + (summary.inBaseline ? `, ${w.inBaseline(summary.inBaseline)}` : "") + (report.incomplete.length ? c.red(` \u2014 ${w.scanIncomplete}`) : "")
  );
}
function findingLines(f, groupBy, w, c, hint) {
  const status = f.status === "fail" ? c.red(pad(w.fail, 8)) : c.yellow(pad(w.unknown, 8));
  const place = groupBy === "file" ? `${f.location ? `:${f.location.line}` : ""}  ${terminalText(f.policy)}  ${c.dim(`[${terminalText(f.rules.join(", "))}]`)}` : where(f, w);
  const lines = [`${status} ${pad(w.severities[f.severity], 8)} ${terminalText(f.resource.id)}  ${c.dim(place)}`, `         ${terminalText(f.message)}`];
  const settle = f.status === "unknown" && f.settle;
  const fix = hint(f);
  if (settle) lines.push(`         ${c.yellow(`${w.settle}:`)} ${terminalText(f.settle)}`);
  else if (fix) lines.push(`         ${c.green(`${w.fix}:`)} ${terminalText(fix)}`);
  return lines;
}
var shown = (_category, status, _severity, waived) => status !== "pass" && !waived;
function* grouped(set, by) {
  const fileOf = (f) => f.location?.uri ?? f.input;
  if (by === "file") {
    for (const [, i] of sortedPositions(set, shown, (f) => [fileOf(f), ...reportOrderKey(f)], compareKeys)) {
      const f = findingAt(set, i);
      yield { key: fileOf(f), f };
    }
    return;
  }
  const first = /* @__PURE__ */ new Map();
  for (const i of indexWhere(set, shown)) {
    const f = findingAt(set, i);
    const key = reportOrderKey(f);
    const seen = first.get(f.policy);
    if (!seen || compareKeys(key, seen.key) < 0) first.set(f.policy, { key, i });
  }
  const rank2 = new Map([...first].sort(([, a], [, b]) => compareKeys(a.key, b.key) || a.i - b.i).map(([policy], n) => [policy, n]));
  for (const [, i] of sortedPositions(set, shown, (f) => [rank2.get(f.policy), ...reportOrderKey(f)], compareKeys)) {
    const f = findingAt(set, i);
    yield { key: f.policy, f };
  }
}
function where(f, w) {
  return f.location ? terminalText(`${f.location.uri}:${f.location.line}`) : f.input ? terminalText(f.input) : w.noLocation;
}
function pad(s, n) {
  return s.length >= n ? s : s + " ".repeat(n - s.length);
}
function palette(on) {
  const wrap = (code) => (s) => on ? `\x1B[${code}m${s}\x1B[0m` : s;
  return { red: wrap("31"), yellow: wrap("33"), green: wrap("32"), dim: wrap("2"), bold: wrap("1") };
}

// src/report/sarif.ts
import { createHash } from "node:crypto";
import { pathToFileURL } from "node:url";
import { createReadStream } from "node:fs";
import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip, gzipSync } from "node:zlib";
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
  const log = sarifLog(report, lang, limits);
  for (; ; ) {
    const text = [...log.chunks()].join("");
    if (!log.canShrink() || Buffer.byteLength(text) <= limits.gzipBytes || gzipSync(text).length <= limits.gzipBytes) return text;
    log.shrink();
  }
}
async function writeSarif(out, report, lang = "en", limits = GITHUB_LIMITS) {
  const log = sarifLog(report, lang, limits);
  for (; ; ) {
    for (const chunk of log.chunks()) out.write(chunk);
    if (!log.canShrink() || out.bytes <= limits.gzipBytes || await gzippedSize(out) <= limits.gzipBytes) return;
    log.shrink();
    out.rewind();
  }
}
async function gzippedSize(out) {
  out.flush();
  let size = 0;
  const counter = new Writable({
    write(chunk, _encoding, done) {
      size += chunk.length;
      done();
    }
  });
  await pipeline(createReadStream(out.tmp), createGzip(), counter);
  return size;
}
function sarifLog(report, lang, limits) {
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
  let categories = /* @__PURE__ */ new Set([...report.categories, ...Object.keys(report.scope.categories)]);
  forEachKey(report.findings, (category) => categories.add(category));
  for (const n of [...report.incomplete, ...report.notifications]) if (n.category) categories.add(n.category);
  if (categories.size === 0) categories.add("terraform");
  const limitNotes = [];
  const grouped2 = categories.size > limits.runsPerFile;
  const runOf = (category) => grouped2 ? category.split("/")[0] : category;
  if (grouped2) {
    limitNotes.push({
      level: "warning",
      message: `${categories.size} scan categories exceed GitHub's ${limits.runsPerFile} runs per SARIF file: results are grouped by cloud (cldscan/aws/, cldscan/azure/, cldscan/gcp/); scan in shards (--shard) or separate jobs to keep one category per account, subscription or project`
    });
    categories = new Set([...categories].map(runOf));
  }
  let perRun = limits.resultsPerRun;
  return {
    chunks() {
      const json = new JsonChunks();
      const runs = [...categories].sort().map((category) => buildRun(category, perRun, json));
      return json.chunks({ $schema: SCHEMA, version: "2.1.0", runs });
    },
    canShrink: () => perRun > 100,
    shrink() {
      perRun = Math.floor(perRun / 2);
      limitNotes.push({ level: "warning", message: `the SARIF file would exceed GitHub's ${limits.gzipBytes / 1024 / 1024} MB gzipped: at most ${perRun} results per run are kept, most severe first; the JSON report has them all` });
    }
  };
  function buildRun(category, cap, json) {
    const inRun = (c, status) => status !== "pass" && runOf(c) === category;
    const total = countWhere(report.findings, inRun);
    const notes = [...limitNotes];
    if (total > cap) {
      notes.push({
        level: "warning",
        message: `${total - cap} of ${total} results left out of this run (GitHub shows at most ${limits.resultsPerRun} per run): the most severe are kept; the JSON report has them all`
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
      results: json.placeholder(mapItems(mostSevereFirst(report.findings, inRun, cap), (f) => result(f, ruleIndex.get(f.policy) ?? -1))),
      // What this run's categories covered, with each check's counts: SARIF keeps only failures and
      // unknowns, so a compliance matrix built from several reports needs these to be exact.
      // A list: `cldscan merge` puts the runs of several scans (shards grouped by cloud) into one.
      properties: { cldscanScopes: [{ ...report.scope, categories: scopes }] }
    };
  }
}
var LEVEL_RANK = { error: 0, warning: 1, note: 2 };
function rank(status, severity) {
  return (status === "unknown" ? 3 : LEVEL_RANK[LEVEL[severity]]) * 10 + SEVERITIES.indexOf(severity);
}
var RANKED = ["fail", "unknown"].flatMap((status) => SEVERITIES.map((severity) => [status, severity])).sort(([s1, v1], [s2, v2]) => rank(s1, v1) - rank(s2, v2));
function* mostSevereFirst(set, test, cap) {
  let left = cap;
  for (const [status, severity] of RANKED) {
    if (left <= 0) return;
    for (const f of findingsWhere(set, (c, s, v) => s === status && v === severity && test(c, s))) {
      yield f;
      if (--left <= 0) return;
    }
  }
}
function* mapItems(items, f) {
  for (const item of items) yield f(item);
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
  return [...jsonChunks(report)].join("");
}
function writeJson(out, report) {
  for (const chunk of jsonChunks(report)) out.write(chunk);
}
function jsonChunks(report) {
  const json = new JsonChunks();
  const doc = {
    tool: report.tool,
    findings: json.placeholder(entries(report.findings)),
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
  return json.chunks(doc);
}
function* entries(findings) {
  for (const f of findings) {
    yield {
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
    };
  }
}

// src/report/render.ts
function render(scanned, format, opts) {
  const lang = opts.lang ?? "en";
  const report = localized(scanned, lang);
  switch (format) {
    case "sarif":
      return toSarif(report, lang);
    case "json":
      return toJson(report);
    case "markdown":
      return toMarkdown(report, { lang, links: opts.links });
    case "text":
      return toText(report, textOptions(opts, lang));
  }
}
async function writeReport(out, scanned, format, opts) {
  const lang = opts.lang ?? "en";
  if (format === "sarif") await writeSarif(out, localized(scanned, lang), lang);
  else if (format === "json") writeJson(out, localized(scanned, lang));
  else if (format === "text") for (const chunk of textChunks(localized(scanned, lang), textOptions(opts, lang))) out.write(chunk);
  else out.write(render(scanned, format, opts));
}
function textOptions(opts, lang) {
  return { color: opts.color, lang, ...opts.groupBy ? { groupBy: opts.groupBy } : {} };
}
function localized(scanned, lang) {
  return lang === "en" ? scanned : { ...scanned, findings: mapFindings(scanned.findings, localizer(scanned.policies, lang)) };
}

export {
  useColour,
  render,
  writeReport
};
