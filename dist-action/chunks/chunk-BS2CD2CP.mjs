import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  lookupRegion
} from "./chunk-LUEYLY3S.mjs";
import {
  readReportFile
} from "./chunk-IG5EK6MD.mjs";
import {
  decodeJsonBytes
} from "./chunk-WXXIW77C.mjs";
import {
  JsonChunks,
  MARKDOWN_LIMIT,
  STATUSES,
  findingAt,
  findingsWhere,
  fixHints,
  forEachKey,
  localizer
} from "./chunk-DTOYBFIB.mjs";
import {
  MessageError,
  localize,
  renderMessage,
  renderResult
} from "./chunk-47DC2YPC.mjs";
import {
  markdownText
} from "./chunk-TCZWE7DV.mjs";
import {
  attestationFor
} from "./chunk-47XBYZVL.mjs";
import {
  CATALOG,
  RULEBOOKS,
  coveringChecks
} from "./chunk-22Q2F65I.mjs";
import {
  covers,
  isExpired,
  today
} from "./chunk-ZCN7ZIRF.mjs";
import {
  UserError
} from "./chunk-QTFYQM6Z.mjs";

// src/compliance/evidence.ts
import { closeSync, openSync, readSync, statSync } from "node:fs";

// src/evaluate.ts
import { hash } from "node:crypto";
var NO_WAIVER = { expired: [] };
var RANK = { critical: 4, high: 3, medium: 2, low: 1 };
var MAX_REGIONS = 100;
var MAX_REGION_LENGTH = 64;
function atOrAbove(severity, threshold) {
  return threshold !== "none" && RANK[severity] >= RANK[threshold];
}
var Evaluator = class {
  constructor(emit, policies, settings, keepPasses = true, baseline, regionalChecks = /* @__PURE__ */ new Set()) {
    this.emit = emit;
    this.settings = settings;
    this.keepPasses = keepPasses;
    this.baseline = baseline;
    this.regionalChecks = regionalChecks;
    this.enabled = policies.filter((p) => !settings.disabledPolicies.includes(p.meta.id));
    this.summaryCounts = {
      resources: 0,
      findings: 0,
      byStatus: { pass: 0, fail: 0, unknown: 0 },
      failuresBySeverity: { critical: 0, high: 0, medium: 0, low: 0 },
      failOn: settings.failOn,
      failed: false,
      waived: 0,
      inBaseline: 0
    };
  }
  emit;
  settings;
  keepPasses;
  baseline;
  regionalChecks;
  /** Failures and unknowns of the baseline this scan found again: the others are fixed. */
  stillThere = /* @__PURE__ */ new Set();
  enabled;
  summaryCounts;
  /** One day for the whole scan: a scan across midnight judges every waiver alike. */
  day = today();
  /** Warnings met while judging (waivers expired or not allowed), once each. */
  notes = /* @__PURE__ */ new Set();
  /**
   * Per check (`policy/facet`: one policy judging one facet), per scan category: how many outcomes.
   * A rule's status comes from the checks that cover it, not from any result of any policy serving it.
   */
  checkCounts = /* @__PURE__ */ new Map();
  /**
   * For the checks named in `regionalChecks` (controls that must exist in every region used), the
   * regions each judged something in, per category; at most MAX_REGIONS each, so memory stays flat
   * whatever an input claims.
   */
  checkRegions = /* @__PURE__ */ new Map();
  add(resource) {
    const ctx = { settings: this.settings };
    const s = this.summaryCounts;
    s.resources++;
    for (const policy of this.enabled) {
      let result;
      try {
        result = policy.check(resource, ctx);
      } catch (err) {
        throw new Error(`policy ${policy.meta.id} failed on ${resource.id}: ${err.message}`);
      }
      if (!result) continue;
      const print = result.status !== "pass" || this.keepPasses || this.baseline ? fingerprint(policy.meta.id, resource) : "";
      const known = this.baseline?.fingerprints.has(print) ?? false;
      if (known && result.status !== "pass") this.stillThere.add(print);
      if (known && this.baseline?.newOnly && result.status !== "pass") {
        s.inBaseline++;
        continue;
      }
      s.findings++;
      const { suppression, expired } = result.status === "pass" ? NO_WAIVER : this.waiverFor(policy, resource);
      if (suppression) s.waived++;
      const outcomes = checkOutcomes(policy, resource, result);
      for (const [facet, status] of outcomes) {
        const key = `${policy.meta.id}/${facet}`;
        this.count(key, resource.source.category, suppression && status !== "pass" ? "waived" : status);
        if (resource.region && this.regionalChecks.has(key)) this.region(key, resource.source.category, resource.region);
      }
      if (!suppression) {
        s.byStatus[result.status]++;
        if (result.status === "fail") {
          s.failuresBySeverity[policy.meta.severity]++;
          if (atOrAbove(policy.meta.severity, this.settings.failOn)) s.failed = true;
        }
      }
      if (result.status === "pass" && !this.keepPasses) continue;
      const finding = {
        policy: policy.meta.id,
        rules: [...policy.meta.rules],
        status: result.status,
        severity: policy.meta.severity,
        message: text(resource, () => renderResult(policy.meta, result, "en")),
        messageId: result.messageId,
        ...result.data ? { data: result.data } : {},
        ...result.also?.length ? { also: result.also } : {},
        resource: { id: resource.id, provider: resource.provider, nativeType: resource.nativeType, region: resource.region ?? null },
        location: resource.source.location ?? null,
        input: resource.source.input,
        category: resource.source.category,
        origin: resource.source.origin,
        evidence: result.evidence ?? [],
        outcomes: Object.fromEntries(outcomes),
        fingerprint: print
      };
      if (this.baseline && result.status !== "pass") finding.baseline = known ? "unchanged" : "new";
      if (typeof result.settle === "string") finding.settle = result.settle;
      else if (result.settle) {
        const ref = result.settle;
        finding.settle = text(resource, () => renderMessage(policy.meta, ref, "en"));
        finding.settleRef = ref;
      }
      if (suppression) finding.suppression = suppression;
      if (expired.length) finding.expiredWaivers = expired.map((w) => ({ where: w.where, expires: w.expires }));
      this.emit(finding);
    }
  }
  count(key, category, outcome) {
    let byCategory = this.checkCounts.get(key);
    if (!byCategory) this.checkCounts.set(key, byCategory = /* @__PURE__ */ new Map());
    let counts = byCategory.get(category);
    if (!counts) byCategory.set(category, counts = { pass: 0, fail: 0, unknown: 0, waived: 0 });
    counts[outcome]++;
  }
  region(key, category, region) {
    let byCategory = this.checkRegions.get(key);
    if (!byCategory) this.checkRegions.set(key, byCategory = /* @__PURE__ */ new Map());
    let regions = byCategory.get(category);
    if (!regions) byCategory.set(category, regions = /* @__PURE__ */ new Set());
    if (regions.size < MAX_REGIONS) regions.add(region.slice(0, MAX_REGION_LENGTH));
  }
  /** The first waiver in force that covers this policy's finding on this resource; expired ones are reported, never applied. */
  waiverFor(policy, resource) {
    const inline = resource.source.waivers ?? [];
    if (inline.length && !this.settings.allowInlineWaivers) {
      this.notes.add(`inline waivers are not allowed by the configuration (allowInlineWaivers: false): ${inline.map((w) => w.where).join(", ")} ignored`);
    }
    const candidates = this.settings.allowInlineWaivers && inline.length ? [...this.settings.waivers, ...inline] : this.settings.waivers;
    const expired = [];
    if (!candidates.length) return { expired };
    const subject = { policy: policy.meta.id, rules: policy.meta.rules, resource: { id: resource.id } };
    for (const w of candidates) {
      if (!covers(w, subject)) continue;
      if (isExpired(w.expires, this.day)) {
        expired.push(w);
        this.notes.add(`waiver ${w.where} expired on ${w.expires}: it no longer applies`);
        continue;
      }
      const suppression = { origin: w.origin, justification: w.justification, expires: w.expires, where: w.where, ...w.approver ? { approver: w.approver } : {} };
      return { suppression, expired };
    }
    return { expired };
  }
  /**
   * The counts; with a baseline, what it had and this scan no longer has, in the categories this scan
   * covered (given): nothing is fixed in an account, subscription or project this scan did not read.
   */
  summary(covered) {
    const summary = { ...this.summaryCounts, byStatus: { ...this.summaryCounts.byStatus }, failuresBySeverity: { ...this.summaryCounts.failuresBySeverity } };
    if (this.baseline) {
      const fixed = { critical: 0, high: 0, medium: 0, low: 0 };
      for (const [print, { severity, category }] of this.baseline.fingerprints) {
        if (!this.stillThere.has(print) && (!covered || category === void 0 || covered.has(category))) fixed[severity]++;
      }
      summary.fixed = fixed;
    }
    return summary;
  }
};
function text(resource, render) {
  try {
    return render();
  } catch (err) {
    if (err instanceof MessageError) throw new Error(`${err.message} (on ${resource.id})`);
    throw err;
  }
}
function checkOutcomes(policy, resource, result) {
  if (result.outcomes) return Object.entries(result.outcomes);
  if (result.facet) return [[result.facet, result.status]];
  const carried = policy.meta.facets.filter((f) => resource.facets[f] !== void 0);
  return (carried.length ? carried : policy.meta.facets).map((f) => [f, result.status]);
}
function fingerprint(policyId, resource) {
  const scope = resource.source.scope ?? "";
  return hash("sha256", `${policyId}\0${resource.provider}\0${scope}\0${resource.id}`, "hex").slice(0, 32);
}

// src/compliance/evidence.ts
function evidenceOfScan(report) {
  return evidenceOf(report.scope, "scan", report.tool.version, report.inputs, report.findings, report.incomplete, report.administrators);
}
function inMemory(evidence) {
  return { ...evidence, findings: [...findingsWhere(evidence.findings, (_category, status) => status !== "pass")] };
}
function evidenceOf(scope, source, tool, inputs, findings, incomplete, administrators) {
  const categories = {};
  for (const [name, c] of Object.entries(scope.categories)) categories[name] = { ...c, scans: [scope.scanId], settings: scope.settings };
  return {
    scans: [{ scanId: scope.scanId, scanned: scope.scanned, source, tool, ...scope.commit ? { commit: scope.commit } : {}, settings: scope.settings }],
    categories,
    inputs,
    findings,
    incomplete,
    administrators,
    notes: []
  };
}
function looksLikeReport(file) {
  let head;
  try {
    if (!statSync(file).isFile()) return false;
    const fd = openSync(file, "r");
    const bytes = Buffer.alloc(4096);
    try {
      head = decodeJsonBytes(bytes.subarray(0, readSync(fd, bytes, 0, bytes.length, 0)), file).toString("utf8");
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
  const start = head.replace(/^\uFEFF/, "").trimStart();
  if (!start.startsWith("{")) return false;
  return /^\{\s*"(?:\$schema"\s*:\s*"[^"]*sarif|version"\s*:\s*"2\.1\.0"|runs"\s*:)/.test(start) || /^\{\s*"tool"\s*:\s*\{\s*"name"\s*:\s*"cldscan"/.test(start);
}
function evidenceOfReport(file) {
  const { doc } = readReportFile(file, file);
  if (isObject(doc) && doc.version === "2.1.0" && Array.isArray(doc.runs)) return fromSarif(file, doc.runs);
  if (isObject(doc) && isObject(doc.tool) && doc.tool.name === "cldscan" && Array.isArray(doc.findings) && isObject(doc.summary)) return fromJson(file, doc);
  throw new UserError(`${file}: not a cldscan SARIF or JSON report`);
}
function fromJson(file, doc) {
  const summary = doc.summary;
  const scopes = scopesOf(file, summary.scopes);
  const tool = String(doc.tool.version ?? "");
  const findings = doc.findings.filter(isObject).filter((f) => f.status !== "pass").map((f) => findingOf(file, f));
  const administrators = list(doc.administrators).filter((a) => typeof a.principal === "string" && typeof a.category === "string" && isObject(a.resource) && typeof a.resource.id === "string");
  return split(file, tool, scopes, list(summary.inputs), findings, notifications(summary.incomplete), administrators);
}
function fromSarif(file, runs) {
  const scopes = [];
  const findings = [];
  const incomplete = [];
  let tool = "";
  for (const run of runs) {
    if (!isObject(run)) throw new UserError(`${file}: a SARIF run is not an object`);
    const driver = run.tool?.driver;
    if (driver?.name !== "cldscan") throw new UserError(`${file}: a SARIF report of ${typeof driver?.name === "string" ? driver.name.slice(0, 60) : "another tool"}, not of cldscan`);
    tool = String(driver.version ?? "");
    for (const item of scopesOf(file, run.properties?.cldscanScopes)) scopes.push(item);
    for (const item of list(run.results).map((r) => findingOfSarif(file, r))) findings.push(item);
    const invocation = list(run.invocations)[0];
    if (invocation) for (const item of notifications(list(invocation.toolExecutionNotifications).filter((n) => n.level === "error").map(sarifNotification))) incomplete.push(item);
  }
  if (!scopes.length) throw new UserError(`${file}: a SARIF report with no run`);
  const parts = split(file, tool, scopes, [], findings, incomplete, []);
  for (const part of parts) part.notes.push({ id: "mergeNoAdministrators", data: {} });
  return parts;
}
function split(file, tool, scopes, inputs, findings, incomplete, administrators) {
  const byScan = /* @__PURE__ */ new Map();
  for (const s of scopes) {
    const into = byScan.get(s.scanId);
    if (into) Object.assign(into.categories, s.categories);
    else byScan.set(s.scanId, { ...s, categories: { ...s.categories } });
  }
  const ordered = [...byScan.values()].sort((a, b) => a.scanned.localeCompare(b.scanned));
  const ownerOf = (category) => (category ? ordered.filter((s) => category in s.categories).at(-1) : void 0) ?? ordered[0];
  const mine = (items, scope, category) => items.filter((t) => ownerOf(category(t)) === scope);
  return ordered.map(
    (scope, i) => evidenceOf(
      scope,
      file,
      tool,
      i === 0 ? inputs : [],
      mine(findings, scope, (f) => f.category),
      mine(incomplete, scope, (n) => n.category),
      mine(administrators, scope, (a) => a.category)
    )
  );
}
function sarifNotification(n) {
  const props = isObject(n.properties) ? n.properties : {};
  const text2 = String(n.message?.text ?? "");
  const scope = typeof props.scope === "string" ? props.scope : void 0;
  return { level: "error", message: scope && text2.startsWith(`${scope}: `) ? text2.slice(scope.length + 2) : text2, ...scope ? { scope } : {}, ...typeof props.category === "string" ? { category: props.category } : {} };
}
var SEVERITY = ["critical", "high", "medium", "low"];
function findingOfSarif(file, r) {
  const p = isObject(r.properties) ? r.properties : {};
  const where = list(r.locations)[0];
  const physical = isObject(where?.physicalLocation) ? where.physicalLocation : {};
  const uri = physical.artifactLocation?.uri;
  const line = physical.region?.startLine;
  const logical = list(where?.logicalLocations)[0];
  const fingerprint2 = r.partialFingerprints?.["cldscanResource/v1"];
  return findingOf(file, {
    policy: r.ruleId,
    rules: p.rules,
    status: p.status,
    severity: p.severity,
    message: r.message?.text,
    messageId: p.messageId,
    data: p.messageData,
    also: p.messageAlso,
    resource: { id: logical?.fullyQualifiedName, provider: p.provider, nativeType: p.resourceType, region: p.region ?? null },
    location: typeof uri === "string" && typeof line === "number" ? { uri, line } : null,
    category: p.category,
    outcomes: p.outcomes,
    settle: p.settle,
    settleRef: p.settleRef,
    suppression: p.waiver,
    fingerprint: fingerprint2
  });
}
function findingOf(file, f) {
  const resource = isObject(f.resource) ? f.resource : {};
  if (typeof f.policy !== "string" || !STATUSES.includes(f.status) || !SEVERITY.includes(f.severity) || typeof f.fingerprint !== "string" || typeof f.category !== "string" || !isObject(f.outcomes) || typeof resource.id !== "string") {
    throw new UserError(`${file}: a finding lacks what the compliance matrix needs (policy, status, category, outcomes, fingerprint): write the report again with this cldscan`);
  }
  const category = f.category;
  return {
    policy: f.policy,
    rules: Array.isArray(f.rules) ? f.rules.filter((x) => typeof x === "string") : [],
    status: f.status,
    severity: f.severity,
    message: typeof f.message === "string" ? f.message : "",
    messageId: typeof f.messageId === "string" ? f.messageId : "",
    ...isObject(f.data) ? { data: f.data } : {},
    ...Array.isArray(f.also) ? { also: f.also } : {},
    resource: {
      id: resource.id,
      provider: resource.provider,
      nativeType: typeof resource.nativeType === "string" ? resource.nativeType : "",
      region: typeof resource.region === "string" ? resource.region : null
    },
    location: isObject(f.location) && typeof f.location.uri === "string" && typeof f.location.line === "number" ? { uri: f.location.uri, line: f.location.line } : null,
    input: typeof f.input === "string" ? f.input : file,
    category,
    origin: category === "terraform" ? "plan" : "live",
    evidence: [],
    outcomes: f.outcomes,
    ...typeof f.settle === "string" ? { settle: f.settle } : {},
    ...isObject(f.settleRef) ? { settleRef: f.settleRef } : {},
    fingerprint: f.fingerprint,
    ...isObject(f.suppression) ? { suppression: f.suppression } : {}
  };
}
function scopesOf(file, value) {
  if (!Array.isArray(value) || !value.length) throw new UserError(`${file}: a cldscan report without its scope and per-check counts (written by an older cldscan): scan again with this version`);
  return value.map((s) => scopeOf(file, s));
}
function scopeOf(file, value) {
  const s = isObject(value) ? value : void 0;
  if (!s || typeof s.scanId !== "string" || typeof s.scanned !== "string" || !isObject(s.settings) || !isObject(s.categories)) {
    throw new UserError(`${file}: a cldscan report whose scope lacks its scan id, settings or per-check counts`);
  }
  const categories = {};
  for (const [name, c] of Object.entries(s.categories)) {
    if (!isObject(c) || !isObject(c.checks)) throw new UserError(`${file}: category ${name.slice(0, 80)} has no per-check counts`);
    const checks = {};
    for (const [key, t] of Object.entries(c.checks)) {
      if (!isObject(t)) continue;
      checks[key] = { pass: count(t.pass), fail: count(t.fail), unknown: count(t.unknown), waived: count(t.waived), ...Array.isArray(t.regions) ? { regions: strings(t.regions).slice(0, MAX_REGIONS) } : {} };
    }
    categories[name] = {
      origins: strings(c.origins),
      clouds: strings(c.clouds),
      regions: strings(c.regions).slice(0, MAX_REGIONS),
      ...c.regionsTruncated === true ? { regionsTruncated: true } : {},
      resources: count(c.resources),
      inputs: strings(c.inputs),
      ...c.inputsTruncated === true ? { inputsTruncated: true } : {},
      checks
    };
  }
  const commit = isObject(s.commit) && typeof s.commit.sha === "string" ? { sha: s.commit.sha, from: s.commit.from } : void 0;
  return { scanId: s.scanId, scanned: s.scanned, ...commit ? { commit } : {}, settings: settingsOf(s.settings), categories };
}
function settingsOf(s) {
  const num = (v) => typeof v === "number" && Number.isFinite(v) ? v : 0;
  return {
    residency: typeof s.residency === "string" ? s.residency : "unknown",
    minLogRetentionDays: num(s.minLogRetentionDays),
    minBackupRetentionDays: num(s.minBackupRetentionDays),
    maxKeyRotationDays: num(s.maxKeyRotationDays),
    maxUnusedCredentialDays: num(s.maxUnusedCredentialDays),
    requireCustomerManagedKeys: s.requireCustomerManagedKeys === true,
    disabledPolicies: strings(s.disabledPolicies)
  };
}
function mergeEvidence(parts) {
  const seen = /* @__PURE__ */ new Set();
  const unique = parts.filter((p) => {
    const id = p.scans.map((s) => s.scanId).join(" ");
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  if (unique.length === 1) return unique[0];
  const owner = /* @__PURE__ */ new Map();
  const notes = [];
  const latest = (p) => p.scans.map((s) => s.scanned).sort().at(-1) ?? "";
  for (const p of unique) {
    for (const name of Object.keys(p.categories)) {
      const key = categoryKey(name, p.categories[name]);
      const other = owner.get(key);
      if (!other) owner.set(key, p);
      else {
        const [kept, dropped] = latest(p) > latest(other) ? [p, other] : [other, p];
        owner.set(key, kept);
        notes.push({ id: "mergeSuperseded", data: { category: name, kept: latest(kept), dropped: latest(dropped) } });
      }
    }
  }
  const keeps = (p, category) => {
    const c = p.categories[category];
    return c !== void 0 && owner.get(categoryKey(category, c)) === p;
  };
  const categories = {};
  const findings = [];
  const prints = /* @__PURE__ */ new Set();
  const incomplete = [];
  const administrators = /* @__PURE__ */ new Map();
  for (const p of unique) {
    for (const [name, c] of Object.entries(p.categories)) if (keeps(p, name)) categories[name] = categories[name] ? addCategory(categories[name], c) : c;
    for (const f of findingsWhere(p.findings, (_category, status) => status !== "pass")) if (keeps(p, f.category) && !prints.has(f.fingerprint)) prints.add(f.fingerprint), findings.push(f);
    for (const n of p.incomplete) if ((!n.category || keeps(p, n.category)) && !incomplete.some((m) => m.message === n.message && m.scope === n.scope)) incomplete.push(n);
    for (const a of p.administrators) if (keeps(p, a.category)) administrators.set(`${a.category}\0${a.resource.id}`, a);
  }
  const settings = new Set(unique.flatMap((p) => p.scans.map((s) => JSON.stringify(s.settings))));
  if (settings.size > 1) notes.push({ id: "mergeSettings", data: { what: differingSettings(unique.flatMap((p) => p.scans.map((s) => s.settings))) } });
  return {
    scans: unique.flatMap((p) => p.scans),
    categories: Object.fromEntries(Object.entries(categories).sort(([a], [b]) => a.localeCompare(b))),
    inputs: unique.flatMap((p) => p.inputs),
    findings,
    incomplete,
    administrators: [...administrators.values()],
    notes: [...notes, ...unique.flatMap((p) => p.notes).filter((n, i, all) => all.findIndex((m) => m.id === n.id && JSON.stringify(m.data) === JSON.stringify(n.data)) === i)]
  };
}
function categoryKey(name, c) {
  return name === "terraform" ? `${name}\0${c.inputs.join("\0")}` : name;
}
function addCategory(a, b) {
  const union = (x, y) => [.../* @__PURE__ */ new Set([...x, ...y])].sort();
  const checks = { ...a.checks };
  for (const [key, t] of Object.entries(b.checks)) {
    const into = checks[key];
    checks[key] = into ? { ...addCounts(into, t), ...into.regions || t.regions ? { regions: union(into.regions ?? [], t.regions ?? []) } : {} } : t;
  }
  const regions = union(a.regions, b.regions);
  return {
    origins: union(a.origins, b.origins),
    clouds: union(a.clouds, b.clouds),
    regions: regions.slice(0, MAX_REGIONS),
    ...a.regionsTruncated || b.regionsTruncated || regions.length > MAX_REGIONS ? { regionsTruncated: true } : {},
    resources: a.resources + b.resources,
    inputs: union(a.inputs, b.inputs),
    ...a.inputsTruncated || b.inputsTruncated ? { inputsTruncated: true } : {},
    checks,
    scans: union(a.scans, b.scans),
    settings: a.settings
  };
}
function addCounts(a, b) {
  return { pass: a.pass + b.pass, fail: a.fail + b.fail, unknown: a.unknown + b.unknown, waived: a.waived + b.waived };
}
function differingSettings(all) {
  const keys = Object.keys(all[0]);
  return keys.filter((k) => new Set(all.map((s) => JSON.stringify(s[k]))).size > 1).join(", ");
}
function notifications(value) {
  return list(value).map((n) => ({
    level: "error",
    message: typeof n.message === "string" ? n.message : "",
    ...typeof n.scope === "string" ? { scope: n.scope } : {},
    ...typeof n.category === "string" ? { category: n.category } : {}
  }));
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function list(v) {
  return Array.isArray(v) ? v.filter(isObject) : [];
}
function strings(v) {
  return Array.isArray(v) ? v.filter((x) => typeof x === "string") : [];
}
function count(v) {
  return typeof v === "number" && Number.isInteger(v) && v >= 0 ? v : 0;
}

// src/compliance/i18n.ts
var RULE_STATUSES = [
  "non-compliant",
  "not-verified",
  "attestation-expired",
  "attestation-missing",
  "partially-verified",
  "compliant",
  "attested",
  "inherited"
];
var STATUS_LABELS = {
  en: {
    compliant: "compliant",
    "non-compliant": "non-compliant",
    "partially-verified": "partially verified",
    "not-verified": "not verified",
    attested: "attested",
    "attestation-missing": "attestation missing",
    "attestation-expired": "attestation expired",
    inherited: "inherited from the cloud provider"
  },
  fr: {
    compliant: "conforme",
    "non-compliant": "non conforme",
    "partially-verified": "partiellement v\xE9rifi\xE9",
    "not-verified": "non v\xE9rifi\xE9",
    attested: "attest\xE9",
    "attestation-missing": "attestation manquante",
    "attestation-expired": "attestation expir\xE9e",
    inherited: "h\xE9rit\xE9 du fournisseur cloud"
  }
};
var PART_LABELS = {
  en: { failed: "failed", "not-verified": "not verified", "attestation-expired": "attestation expired", "needs-attestation": "needs an attestation", verified: "verified", attested: "attested" },
  fr: { failed: "en \xE9chec", "not-verified": "non v\xE9rifi\xE9", "attestation-expired": "attestation expir\xE9e", "needs-attestation": "attestation n\xE9cessaire", verified: "v\xE9rifi\xE9", attested: "attest\xE9" }
};
function statusLabel(status, lang) {
  return STATUS_LABELS[lang][status];
}
function partLabel(status, lang) {
  return PART_LABELS[lang][status];
}
var EN = {
  title: "Compliance matrix",
  rule: "Rule",
  section: "Section",
  ruleTitle: "Title",
  automation: "Checked",
  status: "Status",
  policies: "Policies",
  checks: "Covering checks",
  related: "Related policies (not covering)",
  pass: "pass",
  fail: "fail",
  unknown: "unknown",
  waived: "waived",
  evidence: "Evidence",
  owner: "Owner",
  date: "Date",
  nextReview: "Next review",
  scope: "Scope",
  summary: "Summary",
  reason: "Why",
  sources: "Sources",
  automated: "automated",
  partial: "partial",
  manual: "manual",
  inherited: "inherited",
  inheritedFrom: "Inherited from",
  generated: "Generated",
  incomplete: "Scan incomplete: nothing from these parts is counted compliant",
  failures: "failures",
  unknowns: "could not be verified",
  waivers: "Waivers",
  resources: "Resources",
  remediation: "Remediation",
  rulebookCLD: "Cloud hosting rules (CLD)",
  rulebookCL: "Partner rules (CL)",
  topFailing: "Top failing rules",
  bySeverity: "Failures by severity",
  severity: "Severity",
  count: "Count",
  administrators: "Administrators seen (CLD-16, CLD-17)",
  principal: "Principal",
  kind: "Kind",
  adminUndecided: "rights not decided from the input",
  mfa: "MFA",
  parts: "What the rule asks, part by part",
  part: "Part",
  verifiedBy: "Verified by",
  organisational: "organisational: attestation",
  perResource: "each resource",
  perAccount: "once per account, subscription or project",
  perRegion: "in every region used",
  scopeTitle: "Scope of this report",
  categories: "Accounts, subscriptions, projects and plans read",
  category: "Category",
  kindPlan: "Terraform",
  kindLive: "live estate",
  clouds: "Clouds",
  regions: "Regions seen",
  regionsCut: "more not listed",
  inputs: "Inputs read",
  commit: "Commit",
  commitNone: "not known",
  residency: "Residency profile",
  rulebooks: "Rulebooks",
  version: "version",
  versionNone: "no version stated in the document",
  cldscan: "cldscan version",
  scans: "Scans merged",
  scanned: "Scanned",
  thisRun: "this run",
  from: "from",
  reading: "Read",
  complete: "read in full",
  partlyRead: "read in part",
  disabled: "Policies switched off",
  none: "none",
  mergeNotes: "About the merge",
  critical: "critical",
  high: "high",
  medium: "medium",
  low: "low"
};
var FR = {
  title: "Matrice de conformit\xE9",
  rule: "R\xE8gle",
  section: "Section",
  ruleTitle: "Intitul\xE9",
  automation: "V\xE9rification",
  status: "Statut",
  policies: "Contr\xF4les",
  checks: "Contr\xF4les qui la couvrent",
  related: "Contr\xF4les apparent\xE9s (ne la couvrent pas)",
  pass: "conforme",
  fail: "non conforme",
  unknown: "non v\xE9rifiable",
  waived: "d\xE9rogation",
  evidence: "Preuve",
  owner: "Responsable",
  date: "Date",
  nextReview: "Prochaine revue",
  scope: "P\xE9rim\xE8tre",
  summary: "R\xE9sum\xE9",
  reason: "Pourquoi",
  sources: "Sources",
  automated: "automatique",
  partial: "partielle",
  manual: "manuelle",
  inherited: "h\xE9rit\xE9e",
  inheritedFrom: "H\xE9rit\xE9e de",
  generated: "G\xE9n\xE9r\xE9 le",
  incomplete: "Analyse incompl\xE8te : rien de ces parties n\u2019est compt\xE9 conforme",
  failures: "non-conformit\xE9s",
  unknowns: "non v\xE9rifiables",
  waivers: "D\xE9rogations",
  resources: "Ressources",
  remediation: "Rem\xE9diation",
  rulebookCLD: "R\xE8gles d\u2019h\xE9bergement cloud (CLD)",
  rulebookCL: "R\xE8gles partenaires (CL)",
  topFailing: "R\xE8gles les plus en \xE9chec",
  bySeverity: "Non-conformit\xE9s par gravit\xE9",
  severity: "Gravit\xE9",
  count: "Nombre",
  administrators: "Administrateurs relev\xE9s (CLD-16, CLD-17)",
  principal: "Compte",
  kind: "Type",
  adminUndecided: "droits non \xE9tablis \xE0 partir des donn\xE9es",
  mfa: "MFA",
  parts: "Ce que demande la r\xE8gle, partie par partie",
  part: "Partie",
  verifiedBy: "V\xE9rifi\xE9e par",
  organisational: "organisationnelle : attestation",
  perResource: "chaque ressource",
  perAccount: "une fois par compte, abonnement ou projet",
  perRegion: "dans chaque r\xE9gion utilis\xE9e",
  scopeTitle: "P\xE9rim\xE8tre de ce rapport",
  categories: "Comptes, abonnements, projets et plans lus",
  category: "Cat\xE9gorie",
  kindPlan: "Terraform",
  kindLive: "environnement d\xE9ploy\xE9",
  clouds: "Clouds",
  regions: "R\xE9gions vues",
  regionsCut: "autres non list\xE9es",
  inputs: "Entr\xE9es lues",
  commit: "Commit",
  commitNone: "inconnu",
  residency: "Profil de localisation",
  rulebooks: "R\xE9f\xE9rentiels",
  version: "version",
  versionNone: "aucune version indiqu\xE9e dans le document",
  cldscan: "Version de cldscan",
  scans: "Analyses fusionn\xE9es",
  scanned: "Analys\xE9 le",
  thisRun: "cette ex\xE9cution",
  from: "depuis",
  reading: "Lecture",
  complete: "lu enti\xE8rement",
  partlyRead: "lu en partie",
  disabled: "Contr\xF4les d\xE9sactiv\xE9s",
  none: "aucun",
  mergeNotes: "\xC0 propos de la fusion",
  critical: "critique",
  high: "\xE9lev\xE9e",
  medium: "moyenne",
  low: "faible"
};
var WORDS = { en: EN, fr: FR };
function words(lang) {
  return WORDS[lang];
}
var REASONS = {
  // One check in one scan category.
  checkFailed: { en: "{{count}} failure(s)", fr: "{{count}} non-conformit\xE9(s)" },
  checkUnknown: { en: "{{count}} resource(s) could not be verified", fr: "{{count}} ressource(s) n\u2019ont pas pu \xEAtre v\xE9rifi\xE9es" },
  checkIncomplete: { en: "this scope was read only in part", fr: "ce p\xE9rim\xE8tre n\u2019a \xE9t\xE9 lu qu\u2019en partie" },
  checkNoEvidence: { en: "nothing in this scope was judged by this check", fr: "rien dans ce p\xE9rim\xE8tre n\u2019a \xE9t\xE9 jug\xE9 par ce contr\xF4le" },
  checkNoCloud: { en: "cldscan has no check of this on {{clouds}}", fr: "cldscan n\u2019a pas de contr\xF4le de ce point sur {{clouds}}" },
  checkNeedsLive: {
    en: "a plan cannot prove an account-level control (another stack may hold it): needs a live scan ({{commands}})",
    fr: "un plan ne peut prouver un contr\xF4le de niveau compte (une autre pile peut le porter) : il faut une analyse de l\u2019environnement d\xE9ploy\xE9 ({{commands}})"
  },
  checkRegionsMissing: { en: "no evidence in region(s) {{regions}} where resources are", fr: "aucun \xE9l\xE9ment dans la ou les r\xE9gions {{regions}} o\xF9 se trouvent des ressources" },
  checkRegionsCut: { en: "too many regions to tell whether every one is covered", fr: "trop de r\xE9gions pour dire si chacune est couverte" },
  checkSettingBelow: {
    en: "the scan accepted {{setting}} {{value}}; the rule needs {{required}}",
    fr: "l\u2019analyse acceptait {{setting}} {{value}} ; la r\xE8gle demande {{required}}"
  },
  checkPassed: { en: "{{count}} judged, none failed", fr: "{{count}} jug\xE9(s), aucun en \xE9chec" },
  checkPassedWaived: { en: "{{count}} judged, none failed ({{waived}} accepted by waivers)", fr: "{{count}} jug\xE9(s), aucun en \xE9chec ({{waived}} accept\xE9(s) par d\xE9rogation)" },
  // One part.
  partVerified: { en: "its checks pass over the whole scope", fr: "ses contr\xF4les r\xE9ussissent sur tout le p\xE9rim\xE8tre" },
  partFailed: { en: "a check found failures", fr: "un contr\xF4le a relev\xE9 des non-conformit\xE9s" },
  partNotVerified: { en: "not every check could verify it over the whole scope", fr: "ses contr\xF4les n\u2019ont pu le v\xE9rifier sur tout le p\xE9rim\xE8tre" },
  partAttested: { en: "covered by a valid attestation", fr: "couverte par une attestation valide" },
  partNeedsAttestation: { en: "organisational: needs an attestation", fr: "organisationnelle : demande une attestation" },
  partAttestationExpired: { en: "the attestation is past its review date", fr: "l\u2019attestation a d\xE9pass\xE9 sa date de revue" },
  // One rule.
  ruleFailed: { en: "covering checks found failures: {{checks}}", fr: "des contr\xF4les qui la couvrent ont relev\xE9 des non-conformit\xE9s : {{checks}}" },
  ruleNotVerified: { en: "not verified over the whole scope: {{checks}}", fr: "non v\xE9rifi\xE9e sur tout le p\xE9rim\xE8tre : {{checks}}" },
  ruleNoScope: { en: "nothing was scanned", fr: "rien n\u2019a \xE9t\xE9 analys\xE9" },
  ruleVerified: { en: "every part is verified by its checks over the whole scope", fr: "chaque partie est v\xE9rifi\xE9e par ses contr\xF4les sur tout le p\xE9rim\xE8tre" },
  ruleVerifiedAttested: {
    en: "the technical parts are verified over the whole scope; the organisational parts are attested",
    fr: "les parties techniques sont v\xE9rifi\xE9es sur tout le p\xE9rim\xE8tre ; les parties organisationnelles sont attest\xE9es"
  },
  ruleNeedsAttestation: {
    en: "technical parts {{verified}} are verified over the whole scope; organisational parts {{organisational}} need an attestation",
    fr: "les parties techniques {{verified}} sont v\xE9rifi\xE9es sur tout le p\xE9rim\xE8tre ; les parties organisationnelles {{organisational}} demandent une attestation"
  },
  ruleAttestationExpired: {
    en: "technical parts {{verified}} are verified over the whole scope; the attestation of organisational parts {{organisational}} is past its review date",
    fr: "les parties techniques {{verified}} sont v\xE9rifi\xE9es sur tout le p\xE9rim\xE8tre ; l\u2019attestation des parties organisationnelles {{organisational}} a d\xE9pass\xE9 sa date de revue"
  },
  ruleAttested: { en: "attested", fr: "attest\xE9e" },
  ruleAttestationMissing: { en: "organisational rule: an attestation is needed", fr: "r\xE8gle organisationnelle : une attestation est n\xE9cessaire" },
  ruleExpired: { en: "the attestation is past its review date", fr: "l\u2019attestation a d\xE9pass\xE9 sa date de revue" },
  ruleInherited: { en: "met by the cloud provider, with a valid attestation referencing its certification", fr: "assur\xE9e par le fournisseur cloud, avec une attestation valide qui renvoie \xE0 sa certification" },
  ruleInheritedNeedsReference: {
    en: "met by the cloud provider: an attestation referencing its certification is needed to complete it",
    fr: "assur\xE9e par le fournisseur cloud : une attestation renvoyant \xE0 sa certification est n\xE9cessaire pour la compl\xE9ter"
  },
  ruleInheritedExpired: { en: "met by the cloud provider; the attestation referencing its certification is past its review date", fr: "assur\xE9e par le fournisseur cloud ; l\u2019attestation renvoyant \xE0 sa certification a d\xE9pass\xE9 sa date de revue" },
  // The scope.
  scopeCovers: {
    en: "This report covers only what was read: {{what}}. It says nothing about any other account, subscription, project, region or Terraform configuration.",
    fr: "Ce rapport ne couvre que ce qui a \xE9t\xE9 lu : {{what}}. Il ne dit rien d\u2019aucun autre compte, abonnement, projet, r\xE9gion ni configuration Terraform."
  },
  scopeNothing: { en: "This report covers nothing: no input was read.", fr: "Ce rapport ne couvre rien : aucune entr\xE9e n\u2019a \xE9t\xE9 lue." },
  scopePlan: { en: "the Terraform input(s) {{inputs}} (regions: {{regions}})", fr: "la ou les entr\xE9es Terraform {{inputs}} (r\xE9gions : {{regions}})" },
  scopeLive: { en: "{{what}} {{id}} (regions: {{regions}})", fr: "{{what}} {{id}} (r\xE9gions : {{regions}})" },
  scopeNoRegion: { en: "none seen", fr: "aucune vue" },
  accountAws: { en: "AWS account", fr: "le compte AWS" },
  accountAzure: { en: "Azure subscription", fr: "l\u2019abonnement Azure" },
  accountGcp: { en: "GCP project", fr: "le projet GCP" },
  accountOther: { en: "scope", fr: "le p\xE9rim\xE8tre" },
  // Notes about a merge.
  mergeSuperseded: {
    en: "{{category}} was in two reports: the scan of {{kept}} is kept, the one of {{dropped}} is left out",
    fr: "{{category}} figurait dans deux rapports : l\u2019analyse du {{kept}} est retenue, celle du {{dropped}} est \xE9cart\xE9e"
  },
  mergeSettings: {
    en: "the merged scans were judged with different settings ({{what}}): each category keeps its own",
    fr: "les analyses fusionn\xE9es ont \xE9t\xE9 jug\xE9es avec des r\xE9glages diff\xE9rents ({{what}}) : chaque cat\xE9gorie garde les siens"
  },
  mergeNoAdministrators: {
    en: "SARIF reports do not list administrators: the list comes from the JSON reports and scans only",
    fr: "les rapports SARIF ne listent pas les administrateurs : la liste vient des rapports JSON et des analyses seulement"
  }
};
var SOURCE = { id: "compliance", messages: REASONS };
function reason(id, lang, data) {
  return { id, ...data ? { data } : {}, text: renderMessage(SOURCE, { messageId: id, ...data ? { data } : {} }, lang) };
}
function accountWord(cloud, lang) {
  const id = cloud === "aws" ? "accountAws" : cloud === "azure" ? "accountAzure" : cloud === "gcp" ? "accountGcp" : "accountOther";
  return reason(id, lang).text;
}

// src/compliance/matrix.ts
var ADMINISTRATOR_RULES = ["CLD-16", "CLD-17"];
var EMPTY = { pass: 0, fail: 0, unknown: 0, waived: 0 };
var CLOUDS = ["aws", "azure", "gcp"];
var PLAN_CATEGORY = "terraform";
var WORST = ["failed", "not-verified", "verified"];
function buildMatrix(evidence, attestations, lang, opts) {
  const { report, findings } = matrixOf(evidence, attestations, lang, opts);
  for (const r of report.rules) r.findings = [...findings.list(r)];
  return report;
}
var ROW_FINDINGS = { count: (r) => r.findings.length, list: (r) => r.findings };
function matrixOf(evidence, attestations, lang, opts) {
  const sources = Object.keys(evidence.categories).sort();
  const incompleteAll = evidence.incomplete.some((n) => !n.category);
  const incompleteIn = new Set(evidence.incomplete.flatMap((n) => n.category ? [n.category] : []));
  const incomplete = (c) => incompleteAll || incompleteIn.has(c);
  const judge = (check, name) => checkCell(check, name, evidence.categories[name], incomplete(name), opts.facetClouds, lang);
  const rules = CATALOG.map((rule) => {
    const attestation = attestationFor(attestations, rule.id, opts.on);
    const covering = coveringChecks(rule);
    const checkRows = new Map(covering.map((c) => [c.check, checkRow(c, sources, judge)]));
    const parts = partsOf(rule, lang).map((p, i) => partRow(p, i + 1, checkRows, attestation.state, sources.length > 0, lang));
    const { status, why } = ruleStatus(rule, parts, checkRows, sources.length > 0, attestation.state, lang);
    const policyIds = [...new Set(covering.map((c) => c.check.split("/")[0]))];
    return {
      id: rule.id,
      rulebook: rule.rulebook,
      section: rule.section,
      title: rule.title,
      summary: rule.summary[lang],
      automation: rule.automation,
      automationReason: rule.automationReason[lang],
      ...rule.inheritedFrom ? { inheritedFrom: rule.inheritedFrom[lang] } : {},
      status,
      reason: why,
      parts,
      checks: covering.map((c) => c.check),
      related: opts.policies.filter((p) => p.rules.includes(rule.id) && !policyIds.includes(p.id)).map((p) => p.id),
      counts: [...checkRows.values()].reduce((sum, c) => addCounts(sum, c.counts), EMPTY),
      bySource: covering.length ? sourceCells(sources, [...checkRows.values()], lang) : {},
      attestation: { state: attestation.state, ...attestation.attestation ? { current: attestation.attestation } : {}, all: attestation.all },
      findings: [],
      remediation: opts.policies.filter((p) => policyIds.includes(p.id)).flatMap(
        (p) => Object.entries(p.remediation).flatMap(([cloud, fix]) => [
          { policy: p.id, cloud, input: "terraform", text: localize(fix.terraform, lang) },
          { policy: p.id, cloud, input: "live", text: localize(fix.live, lang) }
        ])
      )
    };
  });
  const totals = Object.fromEntries(["compliant", "non-compliant", "partially-verified", "not-verified", "attested", "attestation-missing", "attestation-expired", "inherited"].map((s) => [s, 0]));
  for (const r of rules) totals[r.status]++;
  const report = {
    tool: opts.tool,
    generated: (/* @__PURE__ */ new Date()).toISOString(),
    lang,
    scope: reportScope(evidence, sources, incomplete, opts.tool.version, lang),
    sources,
    rules,
    totals,
    summary: summaryOf(evidence, opts.failOn),
    incomplete: evidence.incomplete,
    administrators: evidence.administrators,
    ...attestations?.organisation ? { organisation: attestations.organisation } : {}
  };
  return { report, findings: ruleFindings(evidence.findings, opts.policies, lang) };
}
function covers2(rule, f) {
  return rule.checks.some((check) => {
    const [policy, facet] = check.split("/");
    const outcome = f.outcomes[facet];
    return f.policy === policy && outcome !== void 0 && outcome !== "pass";
  });
}
function ruleFindings(set, policies, lang) {
  const localize2 = localizer(policies, lang);
  const hint = fixHints(policies, lang);
  const withFix = (fix) => fix ? { fix } : {};
  let byPolicy;
  const positionsByPolicy = () => {
    const out = /* @__PURE__ */ new Map();
    let i = 0;
    forEachKey(set, (_category, status, _severity, _waived, policy) => {
      if (status !== "pass") {
        const list2 = out.get(policy);
        if (list2) list2.push(i);
        else out.set(policy, [i]);
      }
      i++;
    });
    return out;
  };
  const candidates = (rule) => {
    byPolicy ??= positionsByPolicy();
    const mine = [...new Set(rule.checks.map((c) => c.split("/")[0]))];
    return mine.flatMap((p) => byPolicy.get(p) ?? []).sort((a, b) => a - b);
  };
  return {
    count(rule) {
      let n = 0;
      for (const i of candidates(rule)) if (covers2(rule, findingAt(set, i))) n++;
      return n;
    },
    *list(rule) {
      for (const i of candidates(rule)) {
        const f = findingAt(set, i);
        if (!covers2(rule, f)) continue;
        const { policy, status: s, severity, message, resource, location, category, origin, settle, suppression, outcomes, fingerprint: fingerprint2 } = localize2(f);
        yield {
          ...withFix(hint({ policy, origin, resource })),
          policy,
          status: s,
          severity,
          message,
          resource,
          location,
          category,
          ...settle ? { settle } : {},
          ...suppression ? { suppression } : {},
          outcomes,
          fingerprint: fingerprint2
        };
      }
    }
  };
}
function matrixExitCode(report) {
  if (report.summary.failed) return 1;
  return report.incomplete.length ? 3 : 0;
}
function partsOf(rule, lang) {
  if (rule.covers) return rule.covers.map((p) => ({ text: p.text[lang], part: p }));
  return [{ text: rule.summary[lang], part: void 0 }];
}
function checkRow(c, sources, judge) {
  const [policy, facet] = c.check.split("/");
  const bySource = {};
  let counts = EMPTY;
  for (const s of sources) {
    const cell = judge(c, s);
    bySource[s] = cell;
    counts = addCounts(counts, cell);
  }
  return { check: c.check, policy, facet, scope: c.scope, ...c.regional ? { regional: c.regional } : {}, ...c.requires ? { requires: c.requires } : {}, counts, bySource };
}
var COMMAND = { aws: "cldscan scan --aws", azure: "cldscan scan --azure", gcp: "cldscan scan --gcp" };
function checkCell(check, name, category, incomplete, facetClouds, lang) {
  const t = category.checks[check.check];
  const counts = t ? { pass: t.pass, fail: t.fail, unknown: t.unknown, waived: t.waived } : EMPTY;
  const cell = (status, r) => ({ ...counts, status, reason: r });
  const notVerified = (id, data) => cell("not-verified", reason(id, lang, data));
  const facet = check.check.split("/")[1];
  const live = name !== PLAN_CATEGORY;
  const cloudsHere = live ? [name.split("/")[0]] : category.clouds.length ? category.clouds : CLOUDS;
  const available = facetClouds?.get(facet);
  const checkable = cloudsHere.filter((c) => !available || available.has(c));
  const label = (cs) => cs.map((c) => c.toUpperCase()).join(", ");
  if (counts.fail > 0) return cell("failed", reason("checkFailed", lang, { count: counts.fail }));
  if (incomplete) return notVerified("checkIncomplete");
  if (counts.unknown > 0) return notVerified("checkUnknown", { count: counts.unknown });
  const min = check.requires?.minLogRetentionDays;
  if (min !== void 0 && category.settings.minLogRetentionDays < min) {
    return notVerified("checkSettingBelow", { setting: "minLogRetentionDays", value: category.settings.minLogRetentionDays, required: min });
  }
  if (check.scope === "account" && !live) {
    return checkable.length ? notVerified("checkNeedsLive", { commands: checkable.map((c) => COMMAND[c]).join("; ") }) : notVerified("checkNoCloud", { clouds: label(cloudsHere) });
  }
  if (counts.pass + counts.waived === 0) return checkable.length ? notVerified("checkNoEvidence") : notVerified("checkNoCloud", { clouds: label(cloudsHere) });
  const cloud = cloudsHere[0];
  if (check.scope === "account" && check.regional?.includes(cloud)) {
    if (category.regionsTruncated) return notVerified("checkRegionsCut");
    const canonical = (r) => {
      const row = lookupRegion(cloud, r);
      return row?.kind === "region" ? row.name : void 0;
    };
    const covered = new Set((t?.regions ?? []).map(canonical));
    const missing = [...new Set(category.regions.map(canonical))].filter((r) => r !== void 0 && !covered.has(r)).sort();
    if (missing.length) return notVerified("checkRegionsMissing", { regions: missing.join(", ") });
  }
  return counts.waived ? cell("verified", reason("checkPassedWaived", lang, { count: counts.pass + counts.waived, waived: counts.waived })) : cell("verified", reason("checkPassed", lang, { count: counts.pass }));
}
function worst(statuses) {
  return WORST.find((s) => statuses.includes(s)) ?? "verified";
}
function partRow(p, number, rows, attestation, scanned, lang) {
  const checks = (p.part?.checks ?? []).map((c) => rows.get(c.check));
  if (!checks.length) {
    const status2 = attestation === "valid" ? "attested" : attestation === "expired" ? "attestation-expired" : "needs-attestation";
    const id2 = status2 === "attested" ? "partAttested" : status2 === "attestation-expired" ? "partAttestationExpired" : "partNeedsAttestation";
    return { number, text: p.text, kind: "attestation", status: status2, reason: reason(id2, lang), checks: [] };
  }
  const status = scanned ? worst(checks.flatMap((c) => Object.values(c.bySource).map((cell) => cell.status))) : "not-verified";
  const id = status === "failed" ? "partFailed" : status === "not-verified" ? "partNotVerified" : "partVerified";
  return { number, text: p.text, kind: "checks", status, reason: reason(id, lang), checks };
}
function ruleStatus(rule, parts, rows, scanned, attestation, lang) {
  const r = (id, data2) => reason(id, lang, data2);
  if (rule.automation === "inherited") {
    if (attestation === "valid") return { status: "inherited", why: r("ruleInherited") };
    if (attestation === "expired") return { status: "attestation-expired", why: r("ruleInheritedExpired") };
    return { status: "attestation-missing", why: r("ruleInheritedNeedsReference") };
  }
  const technical = parts.filter((p) => p.kind === "checks");
  const organisational = parts.filter((p) => p.kind === "attestation");
  if (!technical.length) {
    if (attestation === "valid") return { status: "attested", why: r("ruleAttested") };
    if (attestation === "expired") return { status: "attestation-expired", why: r("ruleExpired") };
    return { status: "attestation-missing", why: r("ruleAttestationMissing") };
  }
  const keys = (status) => [...rows.values()].filter((c) => Object.values(c.bySource).some((cell) => cell.status === status)).map((c) => c.check).join(", ");
  if (technical.some((p) => p.status === "failed")) return { status: "non-compliant", why: r("ruleFailed", { checks: keys("failed") }) };
  if (!scanned) return { status: "not-verified", why: r("ruleNoScope") };
  if (technical.some((p) => p.status === "not-verified")) return { status: "not-verified", why: r("ruleNotVerified", { checks: keys("not-verified") }) };
  if (!organisational.length) return { status: "compliant", why: r("ruleVerified") };
  const numbers = (list2) => list2.map((p) => p.number).join(", ");
  const data = { verified: numbers(technical), organisational: numbers(organisational) };
  if (attestation === "valid") return { status: "compliant", why: r("ruleVerifiedAttested") };
  if (attestation === "expired") return { status: "partially-verified", why: r("ruleAttestationExpired", data) };
  return { status: "partially-verified", why: r("ruleNeedsAttestation", data) };
}
function sourceCells(sources, rows, lang) {
  const out = {};
  for (const s of sources) {
    const cells = rows.map((c) => [c.check, c.bySource[s]]);
    const status = worst(cells.map(([, cell]) => cell.status));
    const counts = cells.reduce((sum, [, cell]) => addCounts(sum, cell), EMPTY);
    const which = cells.filter(([, cell]) => cell.status === status).map(([k]) => k).join(", ");
    const why = status === "failed" ? reason("ruleFailed", lang, { checks: which }) : status === "not-verified" ? reason("ruleNotVerified", lang, { checks: which }) : reason("partVerified", lang);
    out[s] = { ...counts, status, reason: why };
  }
  return out;
}
function summaryOf(evidence, failOn) {
  const failuresBySeverity = { critical: 0, high: 0, medium: 0, low: 0 };
  let unknowns = 0;
  let waived = 0;
  let failed = false;
  let findings = 0;
  const tally = (_category, status, severity, isWaived) => {
    if (status === "pass") return;
    findings++;
    if (isWaived) waived++;
    else if (status === "unknown") unknowns++;
    else {
      failuresBySeverity[severity]++;
      if (atOrAbove(severity, failOn)) failed = true;
    }
  };
  forEachKey(evidence.findings, tally);
  const resources = Object.values(evidence.categories).reduce((n, c) => n + c.resources, 0);
  return { resources, findings, failuresBySeverity, unknowns, waived, failOn, failed };
}
var STATEMENT_ITEMS = 20;
function reportScope(evidence, sources, incomplete, version, lang) {
  const categories = sources.map((id) => {
    const c = evidence.categories[id];
    return {
      id,
      kind: id === PLAN_CATEGORY ? "plan" : "live",
      origins: c.origins,
      clouds: c.clouds,
      regions: c.regions,
      ...c.regionsTruncated ? { regionsTruncated: true } : {},
      resources: c.resources,
      inputs: c.inputs,
      ...c.inputsTruncated ? { inputsTruncated: true } : {},
      complete: !incomplete(id),
      settings: c.settings
    };
  });
  const items = categories.map((c) => {
    const regions = c.regions.length ? listed(c.regions) : reason("scopeNoRegion", lang).text;
    if (c.kind === "plan") return reason("scopePlan", lang, { inputs: listed(c.inputs.length ? c.inputs : evidence.inputs.map((i) => i.path)), regions }).text;
    const [cloud, ...rest] = c.id.split("/");
    return reason("scopeLive", lang, { what: accountWord(cloud, lang), id: rest.join("/") || c.id, regions }).text;
  });
  const shown = items.slice(0, STATEMENT_ITEMS);
  if (items.length > shown.length) shown.push(lang === "fr" ? `et ${items.length - shown.length} autres (voir le tableau du p\xE9rim\xE8tre)` : `and ${items.length - shown.length} more (see the scope table)`);
  const commits = /* @__PURE__ */ new Map();
  for (const s of evidence.scans) if (s.commit) commits.set(s.commit.sha, s.commit);
  return {
    statement: shown.length ? reason("scopeCovers", lang, { what: shown.join("; ") }) : reason("scopeNothing", lang),
    categories,
    inputs: evidence.inputs,
    scans: evidence.scans,
    commits: [...commits.values()],
    residency: [...new Set(evidence.scans.map((s) => s.settings.residency))],
    rulebooks: RULEBOOKS,
    cldscan: version,
    notes: evidence.notes.map((n) => reason(n.id, lang, n.data))
  };
}
function listed(values) {
  const first = values.slice(0, 5).join(", ");
  return values.length > 5 ? `${first} (+${values.length - 5})` : first;
}

// src/compliance/render.ts
function complianceJson(report, findings = ROW_FINDINGS) {
  return [...complianceJsonChunks(report, findings)].join("");
}
function complianceJsonChunks(report, findings = ROW_FINDINGS) {
  const json = new JsonChunks();
  return json.chunks({ ...report, rules: report.rules.map((r) => ({ ...r, findings: json.placeholder(findings.list(r)) })) });
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
    w.reason,
    w.checks,
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
      r.reason.text,
      r.checks.join(" "),
      r.counts.pass,
      r.counts.fail,
      r.counts.unknown,
      r.counts.waived,
      ...report.sources.map((s) => {
        const c = r.bySource[s];
        return c ? partLabel(c.status, report.lang) : "";
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
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return safe.includes(sep) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
function scopeFacts(scope, lang) {
  const w = words(lang);
  const commits = scope.commits.map((c) => `${c.sha} (${c.from})`);
  return [
    [w.commit, commits.length ? commits.join(", ") : w.commitNone],
    [w.residency, scope.residency.join(", ") || w.none],
    [w.rulebooks, scope.rulebooks.map((b) => `${b.id} \u2014 ${b.title}, ${b.version ? `${w.version} ${b.version}` : w.versionNone}`).join(" \xB7 ")],
    [w.cldscan, [.../* @__PURE__ */ new Set([scope.cldscan, ...scope.scans.map((s) => s.tool)])].join(", ")],
    [w.disabled, [...new Set(scope.scans.flatMap((s) => s.settings.disabledPolicies))].join(", ") || w.none]
  ];
}
var SCOPE_ROWS = 25;
function complianceMarkdown(report) {
  const w = words(report.lang);
  const lines = [];
  lines.push(`## ${w.title} \u2014 ${report.tool.name} ${report.tool.version}`, "");
  lines.push(`> **${w.scopeTitle}** \u2014 ${markdownText(report.scope.statement.text)}`, ">");
  for (const [k, v] of scopeFacts(report.scope, report.lang)) lines.push(`> ${k}: ${markdownText(v)}  `);
  for (const n of report.scope.notes) lines.push(`> ${markdownText(n.text)}  `);
  lines.push("");
  if (report.scope.categories.length) {
    lines.push(`| ${w.category} | ${w.kind} | ${w.regions} | ${w.resources} | ${w.reading} |`, "|---|---|---|---:|---|");
    for (const c of report.scope.categories.slice(0, SCOPE_ROWS)) {
      const regions = c.regions.join(", ") + (c.regionsTruncated ? ` (${w.regionsCut})` : "");
      lines.push(`| ${markdownText(c.id)} | ${c.kind === "plan" ? w.kindPlan : w.kindLive} | ${markdownText(regions) || "\u2014"} | ${c.resources} | ${c.complete ? w.complete : `**${w.partlyRead}**`} |`);
    }
    if (report.scope.categories.length > SCOPE_ROWS) lines.push("", `_${report.scope.categories.length - SCOPE_ROWS} \u2026_`);
    lines.push("");
  }
  if (report.incomplete.length) {
    lines.push(`> **${w.incomplete}**`);
    for (const n of report.incomplete.slice(0, SCOPE_ROWS)) lines.push(`> - ${markdownText(n.scope ? `${n.scope}: ${n.message}` : n.message)}`);
    lines.push("");
  }
  lines.push(`| ${w.status} | ${w.count} |`, "|---|---:|");
  for (const s of RULE_STATUSES) if (report.totals[s]) lines.push(`| ${statusLabel(s, report.lang)} | ${report.totals[s]} |`);
  lines.push("", `| ${w.severity} | ${w.failures} |`, "|---|---:|");
  for (const s of ["critical", "high", "medium", "low"]) lines.push(`| ${w[s]} | ${report.summary.failuresBySeverity[s]} |`);
  const failing = report.rules.filter((r) => r.counts.fail > 0).sort((a, b) => b.counts.fail - a.counts.fail);
  if (failing.length) {
    lines.push("", `### ${w.topFailing}`, "", `| ${w.rule} | ${w.ruleTitle} | ${w.failures} |`, "|---|---|---:|");
    for (const r of failing.slice(0, 10)) lines.push(`| ${r.id} | ${markdownText(r.title)} | ${r.counts.fail} |`);
  }
  if (report.administrators.length) {
    const undecided = report.administrators.filter((a) => a.admin === "unknown").length;
    lines.push("", `${w.administrators}: ${report.administrators.length}${undecided ? ` (${undecided} ${w.adminUndecided})` : ""}`);
  }
  const attention = report.rules.filter((r) => !["compliant", "attested", "inherited"].includes(r.status)).sort((a, b) => RULE_STATUSES.indexOf(a.status) - RULE_STATUSES.indexOf(b.status));
  lines.push("", `| ${w.rule} | ${w.ruleTitle} | ${w.status} | ${w.reason} |`, "|---|---|---|---|");
  let size = lines.join("\n").length;
  let shown = 0;
  for (const r of attention) {
    const row = `| ${r.id} | ${markdownText(r.title)} | ${statusLabel(r.status, report.lang)} | ${markdownText(r.reason.text)} |`;
    if (size + row.length + 200 > MARKDOWN_LIMIT) break;
    lines.push(row);
    size += row.length + 1;
    shown++;
  }
  if (shown < attention.length) lines.push("", `_${attention.length - shown} \u2026_`);
  return `${lines.join("\n")}
`;
}

export {
  MAX_REGIONS,
  MAX_REGION_LENGTH,
  Evaluator,
  evidenceOfScan,
  inMemory,
  looksLikeReport,
  evidenceOfReport,
  mergeEvidence,
  RULE_STATUSES,
  statusLabel,
  partLabel,
  words,
  ADMINISTRATOR_RULES,
  buildMatrix,
  ROW_FINDINGS,
  matrixOf,
  matrixExitCode,
  complianceJson,
  complianceJsonChunks,
  complianceCsv,
  scopeFacts,
  complianceMarkdown
};
