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
import {
  PrivateTempFile
} from "./chunk-TK5VIN6L.mjs";
import {
  LIMITS
} from "./chunk-VD5S6TE7.mjs";
import {
  UserError
} from "./chunk-QTFYQM6Z.mjs";

// src/report/finding-spool.ts
import { readSync, writeSync } from "node:fs";
import os from "node:os";

// src/model/finding.ts
var STATUSES = ["pass", "fail", "unknown"];
var SEVERITIES = ["critical", "high", "medium", "low"];

// src/report/finding-spool.ts
var CHUNK = 1024 * 1024;
var FindingSpool = class {
  constructor(maxBytes = LIMITS.findingSpoolBytes) {
    this.maxBytes = maxBytes;
  }
  maxBytes;
  temp = new PrivateTempFile("cldscan-findings");
  pending = [];
  pendingBytes = 0;
  written = 0;
  count = 0;
  /** Byte offset of each line; an entry past the last is the end. */
  starts = new Float64Array(1024);
  /** Per line: category index × 32 + waived × 16 + status × 4 + severity. */
  keys = new Uint32Array(1024);
  /** Per line: policy index. */
  policyKeys = new Uint16Array(1024);
  categories = new Interned();
  policies = new Interned();
  readBuffer = Buffer.alloc(64 * 1024);
  get length() {
    return this.count;
  }
  /** Appends a finding, which must already be redacted: the spool writes what it is given. */
  push(f) {
    if (this.fd === void 0) throw new Error("the findings spool is closed");
    const line = `${JSON.stringify(f)}
`;
    const bytes = Buffer.byteLength(line);
    if (this.written + this.pendingBytes + bytes > this.maxBytes) {
      throw new UserError(`the scan's findings exceed ${Math.round(this.maxBytes / 1024 / 1024)} MB in the temporary directory (${os.tmpdir()}): scan in shards (--shard)`);
    }
    if (this.count + 1 >= this.starts.length) this.grow();
    this.keys[this.count] = this.categories.of(f.category) * 32 + (f.suppression ? 16 : 0) + STATUSES.indexOf(f.status) * 4 + SEVERITIES.indexOf(f.severity);
    this.policyKeys[this.count] = this.policies.of(f.policy);
    this.starts[this.count] = this.written + this.pendingBytes;
    this.count++;
    this.starts[this.count] = this.written + this.pendingBytes + bytes;
    this.pending.push(line);
    this.pendingBytes += bytes;
    if (this.pendingBytes >= CHUNK) this.flush();
  }
  *[Symbol.iterator]() {
    this.readable();
    for (const line of this.temp.lines(this.written, CHUNK)) yield JSON.parse(line);
  }
  *where(test) {
    for (const i of this.indexWhere(test)) yield this.at(i);
  }
  *indexWhere(test) {
    for (let i = 0; i < this.count; i++) {
      const key = this.keys[i];
      if (test(this.categories.name(key >>> 5), STATUSES[key >>> 2 & 3], SEVERITIES[key & 3], (key & 16) !== 0, this.policies.name(this.policyKeys[i]))) yield i;
    }
  }
  at(index) {
    const fd = this.readable();
    const start = this.starts[index];
    const length = this.starts[index + 1] - start;
    if (length > this.readBuffer.length) this.readBuffer = Buffer.alloc(length);
    readSync(fd, this.readBuffer, 0, length, start);
    return JSON.parse(this.readBuffer.toString("utf8", 0, length));
  }
  /** Removes the file; the findings are gone. Safe to call more than once. */
  close() {
    this.temp.close();
  }
  /** The spool's file (tests check it is private and gone). */
  get file() {
    return this.temp.file;
  }
  get fd() {
    return this.temp.fd;
  }
  readable() {
    if (this.fd === void 0) throw new Error("the findings spool is closed");
    this.flush();
    return this.fd;
  }
  flush() {
    if (!this.pending.length || this.fd === void 0) return;
    const chunk = this.pending.join("");
    this.pending = [];
    writeSync(this.fd, chunk, this.written);
    this.written += this.pendingBytes;
    this.pendingBytes = 0;
  }
  grow() {
    const starts = new Float64Array(this.starts.length * 2);
    starts.set(this.starts);
    this.starts = starts;
    const keys = new Uint32Array(this.keys.length * 2);
    keys.set(this.keys);
    this.keys = keys;
    const policyKeys = new Uint16Array(this.policyKeys.length * 2);
    policyKeys.set(this.policyKeys);
    this.policyKeys = policyKeys;
  }
};
var Interned = class {
  names = [];
  index = /* @__PURE__ */ new Map();
  of(name) {
    let i = this.index.get(name);
    if (i === void 0) {
      i = this.names.push(name) - 1;
      this.index.set(name, i);
    }
    return i;
  }
  name(i) {
    return this.names[i];
  }
};
function findingsWhere(set, test) {
  return isSource(set) ? set.where(test) : set.filter((f) => keyTest(f, test));
}
function indexWhere(set, test) {
  if (isSource(set)) return set.indexWhere(test);
  return set.flatMap((f, i) => keyTest(f, test) ? [i] : []);
}
function findingAt(set, index) {
  return isSource(set) ? set.at(index) : set[index];
}
function keyTest(f, test) {
  return test(f.category, f.status, f.severity, !!f.suppression, f.policy);
}
function mapFindings(set, f) {
  if (!isSource(set)) return set.map(f);
  return {
    get length() {
      return set.length;
    },
    *[Symbol.iterator]() {
      for (const finding of set) yield f(finding);
    },
    *where(test) {
      for (const finding of set.where(test)) yield f(finding);
    },
    indexWhere: (test) => set.indexWhere(test),
    at: (index) => f(set.at(index))
  };
}
function releaseFindings(set) {
  if (set instanceof FindingSpool) set.close();
}
function isSource(set) {
  return !Array.isArray(set);
}
function forEachKey(set, visit) {
  for (const _ of indexWhere(set, (...key) => (visit(...key), false))) ;
}
function countWhere(set, test) {
  let n = 0;
  forEachKey(set, (...key) => {
    if (test(...key)) n++;
  });
  return n;
}

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
function reportOrderKey(f) {
  return [STATUS_ORDER[f.status], SEVERITY_ORDER[f.severity], f.location?.uri ?? "", f.location?.line ?? 0, f.resource.id, f.policy];
}
function compareKeys(a, b) {
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    const d = typeof x === "number" ? x - y : x.localeCompare(y);
    if (d) return d;
  }
  return 0;
}

// src/report/sorted-findings.ts
import { writeSync as writeSync2 } from "node:fs";
var run = () => Number(process.env.CLDSCAN_SORT_RUN) || 2e4;
function* sortedPositions(set, test, keyOf, compare, select) {
  const byKey = (a, b) => compare(a[0], b[0]) || a[1] - b[1];
  const runs = [];
  const size = run();
  let batch = [];
  try {
    for (const i of indexWhere(set, test)) {
      const f = findingAt(set, i);
      if (select && !select(f, i)) continue;
      batch.push([keyOf(f), i]);
      if (batch.length >= size) {
        runs.push(Run.write(batch.sort(byKey)));
        batch = [];
      }
    }
    batch.sort(byKey);
    if (!runs.length) {
      yield* batch;
      return;
    }
    if (batch.length) runs.push(Run.write(batch));
    batch = [];
    const heads = runs.map((r) => r.next());
    for (; ; ) {
      let min = -1;
      for (let r = 0; r < heads.length; r++) if (heads[r] && (min < 0 || byKey(heads[r], heads[min]) < 0)) min = r;
      if (min < 0) return;
      yield heads[min];
      heads[min] = runs[min].next();
    }
  } finally {
    for (const r of runs) r.close();
  }
}
var Run = class _Run {
  temp = new PrivateTempFile("cldscan-sort");
  reading;
  get fd() {
    return this.temp.fd;
  }
  static write(entries) {
    const run2 = new _Run();
    let chunk = [];
    let position = 0;
    const flush = () => {
      position += writeSync2(run2.fd, chunk.join(""), position);
      chunk = [];
    };
    for (const e of entries) {
      chunk.push(`${JSON.stringify(e)}
`);
      if (chunk.length >= 4096) flush();
    }
    flush();
    return run2;
  }
  next() {
    this.reading ??= this.temp.lines();
    const line = this.reading.next();
    return line.done ? void 0 : JSON.parse(line.value);
  }
  close() {
    this.temp.close();
  }
};

// src/report/markdown.ts
var MARKDOWN_LIMIT = 6e4;
var MARKDOWN_MARKER = "<!-- cldscan:pr-summary -->";
var MAX_NOTES = 20;
var SEVERITIES2 = ["critical", "high", "medium", "low"];
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
var earlier = (a, b) => compareKeys(a.key, b.key) || a.i - b.i;
var open = (_category, status, _severity, waived) => status !== "pass" && !waived;
function toMarkdown(report, opts = {}) {
  const lang = opts.lang ?? "en";
  const w = MARKDOWN_WORDS[lang];
  const limit = opts.limit ?? MARKDOWN_LIMIT;
  const { summary } = report;
  const set = report.findings;
  const changes = summary.fixed !== void 0;
  const once = firstOfEach(set);
  const isListed = (f, i) => once[i] === 1 && !(changes && f.baseline === "unchanged");
  const byId = new Map(report.policies.map((p) => [p.id, p]));
  let opened = 0;
  let listedCount = 0;
  const failed = zero();
  const unknown = zero();
  const groups = /* @__PURE__ */ new Map();
  for (const i of indexWhere(set, open)) {
    if (!once[i]) continue;
    opened++;
    const f = findingAt(set, i);
    if (!isListed(f, i)) continue;
    listedCount++;
    (f.status === "fail" ? failed : unknown)[f.severity]++;
    const here = { key: reportOrderKey(f), i };
    let g = groups.get(f.policy);
    if (!g) groups.set(f.policy, g = { policy: f.policy, ...byId.has(f.policy) ? { meta: byId.get(f.policy) } : {}, total: 0, fail: 0, unknown: 0, first: here, sections: /* @__PURE__ */ new Map() });
    g.total++;
    if (f.status === "fail") g.fail++;
    else g.unknown++;
    if (earlier(here, g.first) < 0) g.first = here;
    const key = `${f.resource.provider}/${fixKind(f)}`;
    const section = g.sections.get(key);
    if (!section) g.sections.set(key, { first: here, total: 1 });
    else {
      section.total++;
      if (earlier(here, section.first) < 0) section.first = here;
    }
  }
  const head = [MARKDOWN_MARKER];
  const verdict = summary.failed ? "\u274C" : opened ? "\u26A0\uFE0F" : "\u2705";
  if (changes) {
    const fixed = summary.fixed;
    head.push(`## ${verdict} cldscan: ${w.headlineChange(total(failed), total(unknown), total(fixed))}`, "");
    head.push(`| ${w.severity} | ${w.added} | ${w.addedUnknown} | ${w.fixed} |`, "|---|---:|---:|---:|");
    for (const s of SEVERITIES2) head.push(`| ${w.severities[s]} | ${failed[s]} | ${unknown[s]} | ${fixed[s]} |`);
  } else {
    head.push(`## ${verdict} cldscan: ${w.headline(total(failed), total(unknown), summary.byStatus.pass, summary.waived)}`, "");
    head.push(`| ${w.severity} | ${w.failed} | ${w.notVerified} |`, "|---|---:|---:|");
    for (const s of SEVERITIES2) head.push(`| ${w.severities[s]} | ${failed[s]} | ${unknown[s]} |`);
  }
  head.push("");
  const commit = report.scope.commit?.sha;
  head.push(
    w.scope(summary.resources, report.inputs.length, markdownCode(report.settings.residency), markdownCode(summary.failOn)) + (commit ? ` \xB7 ${w.commit} ${markdownCode(commit.slice(0, 12))}` : "")
  );
  const unchanged = opened - listedCount + summary.inBaseline;
  if (changes && unchanged) head.push("", w.unchanged(unchanged));
  head.push("");
  if (report.incomplete.length) {
    head.push(`> **${w.incomplete}**`);
    for (const n of report.incomplete.slice(0, MAX_NOTES)) head.push(`> - ${markdownText(n.scope ? `${n.scope}: ${n.message}` : n.message)}`);
    if (report.incomplete.length > MAX_NOTES) head.push(`> - ${w.moreNotes(report.incomplete.length - MAX_NOTES)}`);
    head.push("");
  }
  if (!listedCount) {
    head.push(`_${w.noFinding}_`);
    return `${head.join("\n")}
`;
  }
  head.push(`### ${w.findings}`, "");
  const hint = fixHints(report.policies, lang);
  const blocks = ordered([...groups.values()]).map((g) => block(g, set, hint, lang));
  const tableHead = `| | ${w.resource} | ${w.location} | ${w.message} |`.length + 20;
  const frame = (b) => b.summary.length + b.sections.reduce((n, s) => n + s.fix.length + 2 + tableHead, 0) + 40 + w.groupMore(b.total).length;
  let budget = limit - head.join("\n").length - 400 - w.omitted(listedCount).length;
  const kept = [];
  for (const b of blocks) {
    if (frame(b) > budget) break;
    budget -= frame(b);
    kept.push(b);
  }
  fillLines(kept, set, budget, isListed, opts.links, w.settle);
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
  if (shown < listedCount) out.push(`_${w.omitted(listedCount - shown)}_`);
  return `${out.join("\n")}
`;
}
function block(g, set, hint, lang) {
  const w = MARKDOWN_WORDS[lang];
  const first = findingAt(set, g.first.i);
  const title = g.meta ? localize(g.meta.title, lang) : g.policy;
  const summary = `<details><summary><strong>${htmlText(title)}</strong> (<code>${htmlText(g.policy)}</code>) \u2014 ${htmlText(w.groupCounts(g.fail, g.unknown))} \xB7 ${htmlText(w.severities[first.severity])} \xB7 ${htmlText(first.rules.join(", "))}</summary>`;
  const sections = [...g.sections].sort(([, a], [, b]) => earlier(a.first, b.first)).map(([key, s]) => {
    const fix = hint(findingAt(set, s.first.i));
    const [cloud, kind] = key.split("/");
    return { key, fix: fix ? `**${w.fix}** (${cloud.toUpperCase()}, ${w.kinds[kind]}): ${fix}` : "", lines: [] };
  });
  return { policy: g.policy, summary, sections, lines: [], total: g.total };
}
function fillLines(kept, set, budget, isListed, links, settleWord) {
  const rank = new Map(kept.map((b, n) => [b.policy, n]));
  const sectionRank = new Map(kept.flatMap((b) => b.sections.map((s, n) => [`${b.policy}\0${s.key}`, n])));
  const sectionOf = (f) => `${f.policy}\0${f.resource.provider}/${fixKind(f)}`;
  const used = kept.map(() => 0);
  const key = (f) => [rank.get(f.policy), sectionRank.get(sectionOf(f)), ...reportOrderKey(f)];
  const positions = sortedPositions(set, (...k) => open(...k) && rank.has(k[4]), key, compareKeys, isListed);
  for (const [, i] of positions) {
    const f = findingAt(set, i);
    const n = rank.get(f.policy);
    const line = findingLine(f, links, settleWord);
    if (used[n] + line.length + 1 > budget) {
      used[n] = Infinity;
      continue;
    }
    used[n] += line.length + 1;
    const b = kept[n];
    b.sections[sectionRank.get(sectionOf(f))].lines.push(line);
    b.lines.push(line);
  }
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
function firstOfEach(set) {
  const marks = new Uint8Array(set.length);
  const identity = (f) => f.fingerprint || `${f.policy}\0${f.resource.id}`;
  let last;
  for (const [key, i] of sortedPositions(set, open, (f) => [identity(f), ...reportOrderKey(f)], compareKeys)) {
    const id = key[0];
    if (id !== last) marks[i] = 1;
    last = id;
  }
  return marks;
}
function ordered(groups) {
  const severity = (g) => g.first.key[1];
  return groups.sort(
    (a, b) => Number(b.fail > 0) - Number(a.fail > 0) || severity(a) - severity(b) || b.total - a.total || a.policy.localeCompare(b.policy)
  );
}
function zero() {
  return { critical: 0, high: 0, medium: 0, low: 0 };
}
function total(bySeverity) {
  return SEVERITIES2.reduce((n, s) => n + bySeverity[s], 0);
}

// src/report/localize.ts
function localizer(policies, lang) {
  const byId = new Map(policies.map((p) => [p.id, p]));
  return (f) => {
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
  };
}

// src/report/json-chunks.ts
import { randomBytes } from "node:crypto";
var JsonChunks = class {
  /** Unguessable: no string of the input can look like a placeholder. */
  nonce = randomBytes(12).toString("hex");
  arrays = [];
  /** A value to put in the document where `items` go. */
  placeholder(items2) {
    return `\0${this.nonce}:${this.arrays.push(items2) - 1}`;
  }
  *chunks(doc) {
    const text = `${JSON.stringify(doc, null, 2)}
`;
    const marker = new RegExp(`"\\\\u0000${this.nonce}:(\\d+)"`, "g");
    let last = 0;
    for (let m = marker.exec(text); m; m = marker.exec(text)) {
      yield text.slice(last, m.index);
      last = m.index + m[0].length;
      const lineStart = text.lastIndexOf("\n", m.index) + 1;
      const indent = /^ */.exec(text.slice(lineStart, m.index))[0];
      yield* items(this.arrays[Number(m[1])], indent);
    }
    yield text.slice(last);
  }
};
function* items(list, indent) {
  const inner = `${indent}  `;
  let first = true;
  for (const item of list) {
    yield `${first ? "[\n" : ",\n"}${inner}${JSON.stringify(item, null, 2).replace(/\n/g, `
${inner}`)}`;
    first = false;
  }
  yield first ? "[]" : `
${indent}]`;
}

export {
  fixHints,
  STATUSES,
  SEVERITIES,
  FindingSpool,
  findingsWhere,
  indexWhere,
  findingAt,
  mapFindings,
  releaseFindings,
  forEachKey,
  countWhere,
  reportOrderKey,
  compareKeys,
  sortedPositions,
  MARKDOWN_LIMIT,
  blobLinks,
  toMarkdown,
  localizer,
  JsonChunks
};
