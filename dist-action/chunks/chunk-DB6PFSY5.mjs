import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  BUILTIN_POLICIES
} from "./chunk-HCLYC4ZS.mjs";
import {
  BASIC_ADMIN_ROLES,
  CONTEXT_TYPES,
  InventoryContext,
  attributed,
  availabilityTable,
  backupsTable,
  blockCount,
  copiedWhy,
  evidence as evidence2,
  evidenceFrom,
  isHuman,
  judgeAfterApply,
  keysTable,
  knownString as knownString2,
  locationTable,
  memberKind,
  normaliseRecord,
  parsePolicyData,
  regionOf,
  related,
  roleVerdict,
  secretsTable,
  stringList,
  toResource as toResource2,
  transitTable as transitTable2
} from "./chunk-CO2NKTYH.mjs";
import {
  covers,
  isExpired,
  parseInlineWaiver,
  today
} from "./chunk-K7HDWNMT.mjs";
import {
  decodeJsonBytes,
  isSpace
} from "./chunk-GK4R2XOZ.mjs";
import {
  AWS_MANAGED_POLICY,
  AccountFacts,
  Lookups,
  absorb,
  absorbGroups,
  absorbLookup,
  accountOf,
  arnAccount,
  canonicalId,
  conf,
  decodeJsonText,
  deniesWithoutMfa,
  evidence,
  facetsOf,
  flag,
  fromResource,
  grantsAdmin,
  isDeleted,
  isRecord,
  logGroupStorage,
  logGroupStore,
  managedPolicyIsAdmin,
  normaliseItem,
  numberOf,
  parsePolicy,
  primaryLocation,
  readTrust,
  resolveAll,
  settingBlocks,
  strings,
  tagsOf,
  text,
  text2,
  toResource,
  transitTable
} from "./chunk-SVSNLWEO.mjs";
import {
  coversTcp,
  portsCover
} from "./chunk-47THRYV5.mjs";
import {
  AZURE_ARM,
  AZURE_RESOURCE_GRAPH,
  DETECTION,
  KEYS,
  LOGGING,
  LOG_PROTECTION,
  TRANSIT,
  Ticker,
  WEB_APPS,
  configuredStrings,
  ev,
  evFrom,
  idSet,
  isControlPlaneArmType,
  knownString,
  lower,
  rangeToCidrs,
  read,
  readBool,
  readEnum,
  readNumber,
  readStrings,
  runPausing,
  sameResourceGroup
} from "./chunk-EPCZ424X.mjs";
import {
  azurePairedRegion
} from "./chunk-GELDHLXY.mjs";
import {
  CREDENTIAL_TOKENS,
  ConfigIndex,
  Links,
  allOf,
  anyOf,
  attr,
  blocks,
  checkNamedValue,
  configured,
  decodeUserData,
  formatPath,
  isLocalSource,
  isObject,
  isReference,
  isSensitivePath,
  mapKeys,
  moduleConfigPath,
  moduleInstancePath,
  parseAddress,
  parsePath,
  parseShard,
  referencesAt,
  scanObject,
  scanScript,
  secretKind,
  setting
} from "./chunk-TBGUDKT5.mjs";
import {
  memoize
} from "./chunk-7EALKIMT.mjs";
import {
  STDIN,
  STDIN_LABEL,
  TOOL,
  sortFindings,
  spoolStdin,
  toMarkdown
} from "./chunk-ZRITQZCY.mjs";
import {
  CATALOG
} from "./chunk-FI3NHOEA.mjs";
import {
  trackPending,
  writeAtomically
} from "./chunk-CQF7QQT5.mjs";
import {
  UserError
} from "./chunk-QTFYQM6Z.mjs";

// src/cli/scan-command.ts
import path8 from "node:path";

// src/config-merge.ts
function mergeSettings(base, config, flags) {
  const fromConfig = {
    ...config.residency ? { residency: config.residency } : {},
    ...config.failOn ? { failOn: config.failOn } : {},
    ...config.minLogRetentionDays ? { minLogRetentionDays: config.minLogRetentionDays } : {},
    ...config.minBackupRetentionDays ? { minBackupRetentionDays: config.minBackupRetentionDays } : {},
    ...config.maxKeyRotationDays ? { maxKeyRotationDays: config.maxKeyRotationDays } : {},
    ...config.maxUnusedCredentialDays ? { maxUnusedCredentialDays: config.maxUnusedCredentialDays } : {},
    ...config.highAvailability ? { highAvailability: config.highAvailability } : {},
    // Each list given replaces its default; the others keep theirs.
    ...config.environments ? { environments: { ...base.environments, ...config.environments } } : {},
    ...config.requireCustomerManagedKeys !== void 0 ? { requireCustomerManagedKeys: config.requireCustomerManagedKeys } : {},
    ...config.adminPorts ? { extraAdminPorts: config.adminPorts } : {},
    ...config.disabledPolicies ? { disabledPolicies: config.disabledPolicies } : {},
    ...config.allowInlineWaivers !== void 0 ? { allowInlineWaivers: config.allowInlineWaivers } : {}
  };
  const defined = Object.fromEntries(Object.entries(flags).filter(([, v]) => v !== void 0));
  return { ...base, ...fromConfig, ...defined };
}

// src/settings.ts
var DEFAULT_SETTINGS = {
  residency: "eu-adequate",
  failOn: "high",
  minLogRetentionDays: 365,
  requireCustomerManagedKeys: false,
  extraAdminPorts: [],
  disabledPolicies: [],
  waivers: [],
  allowInlineWaivers: true,
  minBackupRetentionDays: 7,
  maxKeyRotationDays: 365,
  maxUnusedCredentialDays: 90,
  highAvailability: [],
  environments: {
    tagKeys: ["environment", "env", "environnement", "stage"],
    production: ["prod", "production", "prd", "live"],
    nonProduction: ["dev", "development", "test", "testing", "qa", "uat", "staging", "stage", "preprod", "pre-prod", "recette", "integration", "sandbox", "demo"]
  }
};

// src/scan.ts
import path7 from "node:path";

// src/evaluate.ts
import { hash } from "node:crypto";
var NO_WAIVER = { expired: [] };
var RANK = { critical: 4, high: 3, medium: 2, low: 1 };
function atOrAbove(severity, threshold) {
  return threshold !== "none" && RANK[severity] >= RANK[threshold];
}
var Evaluator = class {
  constructor(policies, settings, keepPasses = true, baseline) {
    this.settings = settings;
    this.keepPasses = keepPasses;
    this.baseline = baseline;
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
  settings;
  keepPasses;
  baseline;
  findings = [];
  enabled;
  summaryCounts;
  /** One day for the whole scan: a scan across midnight judges every waiver alike. */
  day = today();
  /** Warnings met while judging (waivers expired or not allowed), once each. */
  notes = /* @__PURE__ */ new Set();
  /** Per catalog rule, per scan category: how many findings of each outcome (the compliance matrix is built from these). */
  ruleCounts = /* @__PURE__ */ new Map();
  add(resource) {
    const ctx = { settings: this.settings };
    const s = this.summaryCounts;
    s.resources++;
    for (const policy of this.enabled) {
      let result2;
      try {
        result2 = policy.check(resource, ctx);
      } catch (err) {
        throw new Error(`policy ${policy.meta.id} failed on ${resource.id}: ${err.message}`);
      }
      if (!result2) continue;
      const print = result2.status !== "pass" || this.keepPasses || this.baseline ? fingerprint(policy.meta.id, resource) : "";
      const known = this.baseline?.fingerprints.has(print) ?? false;
      if (known && this.baseline?.newOnly && result2.status !== "pass") {
        s.inBaseline++;
        continue;
      }
      s.findings++;
      const { suppression, expired } = result2.status === "pass" ? NO_WAIVER : this.waiverFor(policy, resource);
      if (suppression) s.waived++;
      this.count(policy.meta.rules, resource.source.category, suppression ? "waived" : result2.status);
      if (!suppression) {
        s.byStatus[result2.status]++;
        if (result2.status === "fail") {
          s.failuresBySeverity[policy.meta.severity]++;
          if (atOrAbove(policy.meta.severity, this.settings.failOn)) s.failed = true;
        }
      }
      if (result2.status === "pass" && !this.keepPasses) continue;
      const finding = {
        policy: policy.meta.id,
        rules: [...policy.meta.rules],
        status: result2.status,
        severity: policy.meta.severity,
        message: result2.message,
        resource: { id: resource.id, provider: resource.provider, nativeType: resource.nativeType, region: resource.region ?? null },
        location: resource.source.location ?? null,
        input: resource.source.input,
        category: resource.source.category,
        origin: resource.source.origin,
        evidence: result2.evidence ?? [],
        fingerprint: print
      };
      if (this.baseline && result2.status !== "pass") finding.baseline = known ? "unchanged" : "new";
      if (result2.settle) finding.settle = result2.settle;
      if (suppression) finding.suppression = suppression;
      if (expired.length) finding.expiredWaivers = expired.map((w) => ({ where: w.where, expires: w.expires }));
      this.findings.push(finding);
    }
  }
  count(rules, category, outcome) {
    for (const rule2 of rules) {
      let byCategory = this.ruleCounts.get(rule2);
      if (!byCategory) this.ruleCounts.set(rule2, byCategory = /* @__PURE__ */ new Map());
      let counts = byCategory.get(category);
      if (!counts) byCategory.set(category, counts = { pass: 0, fail: 0, unknown: 0, waived: 0 });
      counts[outcome]++;
    }
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
  summary() {
    return { ...this.summaryCounts, byStatus: { ...this.summaryCounts.byStatus }, failuresBySeverity: { ...this.summaryCounts.failuresBySeverity } };
  }
};
function fingerprint(policyId, resource) {
  const scope = resource.source.scope ?? "";
  return hash("sha256", `${policyId}\0${resource.provider}\0${scope}\0${resource.id}`, "hex").slice(0, 32);
}

// src/input/read-inputs.ts
import { closeSync as closeSync2, openSync as openSync2, readdirSync, readFileSync, readSync as readSync2, statSync } from "node:fs";
import path from "node:path";

// src/input/file-scan.ts
import { closeSync, openSync, readSync } from "node:fs";

// src/input/json-scan.ts
var BEFORE_KEY = Buffer.from('"before"');
var QUOTE = 34;
var BACKSLASH = 92;
var OPEN_BRACE = 123;
var CLOSE_BRACE = 125;
var OPEN_BRACKET = 91;
var CLOSE_BRACKET = 93;
var COMMA = 44;
var MAX_DEPTH = 1e3;
var STRUCTURAL = new Uint8Array(256);
for (const b of [34, 123, 125, 91, 93]) STRUCTURAL[b] = 1;
var COLON = 58;
var RECORD = 4;
var JsonScanner = class {
  constructor(buf, name) {
    this.buf = buf;
    this.name = name;
  }
  buf;
  name;
  /** Indexes the members of the top-level object. Rejects anything but a single object (trailing workflow-command lines excepted). */
  topLevelObject() {
    const { buf } = this;
    let pos = this.ws(0);
    if (buf[pos] !== OPEN_BRACE) this.fail(pos, "expected a JSON object");
    const members = this.objectMembers(pos, true);
    this.expectEnd(members.end);
    return members.members;
  }
  /** The top level is an array: its elements' spans. */
  topLevelArray() {
    const pos = this.ws(0);
    if (this.buf[pos] !== OPEN_BRACKET) this.fail(pos, "expected a JSON array");
    const spans = [];
    const end = this.arrayElements({ start: pos, end: -1 }, (s) => spans.push(s));
    this.expectEnd(end);
    return spans;
  }
  /**
   * JSON lines (`gcloud asset export`, AWS Config JSON lines): one object per line. Returns each
   * object's span; any line that is not a complete object is an error with its line number.
   */
  jsonLines() {
    const { buf } = this;
    const spans = [];
    let pos = this.ws(0);
    while (pos < buf.length) {
      if (buf[pos] !== OPEN_BRACE) this.fail(pos, "expected a JSON object at the start of the line");
      const end = this.skipValue(pos);
      spans.push({ start: pos, end });
      let next = end;
      while (next < buf.length && (buf[next] === 32 || buf[next] === 9 || buf[next] === 13)) next++;
      if (next < buf.length && buf[next] !== 10) this.fail(next, "expected one JSON object per line");
      pos = this.ws(next);
    }
    return spans;
  }
  /**
   * Indexes the members of the object starting at `pos` (which must be `{`). With `recordArrays`,
   * the elements of array members are noted on the way, so that walking them later (a plan's
   * resource_changes: half the file) does not scan their bytes a second time.
   */
  objectMembers(pos, recordArrays = false) {
    const { buf } = this;
    const members = /* @__PURE__ */ new Map();
    pos = this.ws(pos + 1);
    if (buf[pos] === CLOSE_BRACE) return { members, end: pos + 1 };
    for (; ; ) {
      if (buf[pos] !== QUOTE) this.fail(pos, "expected a member name");
      const keyEnd = this.skipString(pos);
      const key = this.parse({ start: pos, end: keyEnd });
      pos = this.ws(keyEnd);
      if (buf[pos] !== COLON) this.fail(pos, "expected ':'");
      const start = this.ws(pos + 1);
      const end = recordArrays && buf[start] === OPEN_BRACKET ? this.skipArrayRecording(start) : this.skipValue(start);
      members.set(key, { start, end });
      pos = this.ws(end);
      if (buf[pos] === COMMA) {
        pos = this.ws(pos + 1);
        continue;
      }
      if (buf[pos] === CLOSE_BRACE) return { members, end: pos + 1 };
      this.fail(pos, "expected ',' or '}'");
    }
  }
  /**
   * Calls `each` with the span of every element of the array at `span.start`; returns the end.
   * Elements are found structurally, so the caller decides which ones to parse.
   */
  arrayElements(span, each) {
    const it = this.elements(span);
    let index = 0;
    for (let step = it.next(); ; step = it.next()) {
      if (step.done) return step.value;
      each(step.value, index++);
    }
  }
  /** The elements of the array at `span.start`, one by one; the generator's return value is the array's end. */
  *elements(span) {
    const { buf } = this;
    let pos = span.start;
    const bounds = this.recorded.get(pos);
    const recordedEnd = bounds && this.recordedArrayEnd(pos, bounds);
    if (bounds && recordedEnd !== void 0) {
      for (let k = 0; k < bounds.length; k += RECORD) {
        const beforeStart = bounds[k + 2];
        yield beforeStart < 0 ? { start: bounds[k], end: bounds[k + 1] } : { start: bounds[k], end: bounds[k + 1], before: { start: beforeStart, end: bounds[k + 3] } };
      }
      return recordedEnd;
    }
    if (buf[pos] !== OPEN_BRACKET) this.fail(pos, "expected an array");
    pos = this.ws(pos + 1);
    if (buf[pos] === CLOSE_BRACKET) return pos + 1;
    for (; ; ) {
      const end = this.skipValue(pos);
      yield { start: pos, end };
      pos = this.ws(end);
      if (buf[pos] === COMMA) {
        pos = this.ws(pos + 1);
        continue;
      }
      if (buf[pos] === CLOSE_BRACKET) return pos + 1;
      this.fail(pos, "expected ',' or ']'");
    }
  }
  /** The value at `span`; with `without` (a value inside it), that value read as null. */
  parse(span, without) {
    const { buf } = this;
    const text3 = without ? `${buf.toString("utf8", span.start, without.start)}null${buf.toString("utf8", without.end, span.end)}` : buf.toString("utf8", span.start, span.end);
    try {
      return JSON.parse(text3);
    } catch (err) {
      throw new UserError(`${this.name}: invalid JSON near byte ${span.start}: ${err.message}`);
    }
  }
  isNull(span) {
    return span.end - span.start === 4 && this.buf[span.start] === 110;
  }
  /** 1-based line of a byte offset (for pointing into the input when no source file is found). */
  lineAt(offset) {
    return this.lines().lineAt(offset);
  }
  lineIndex;
  lines() {
    this.lineIndex ??= new LineIndex(this.buf);
    return this.lineIndex;
  }
  skipValue(pos) {
    const { buf } = this;
    const c = buf[pos];
    if (c === QUOTE) return this.skipString(pos);
    if (c === OPEN_BRACE || c === OPEN_BRACKET) return this.skipContainer(pos);
    if (c === void 0) this.fail(pos, "unexpected end of data");
    let end = pos;
    while (end < buf.length) {
      const b = buf[end];
      if (b === COMMA || b === CLOSE_BRACE || b === CLOSE_BRACKET || isSpace(b)) break;
      end++;
    }
    const token = buf.toString("latin1", pos, end);
    if (!/^(true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?)$/.test(token)) {
      this.fail(pos, `unexpected token ${JSON.stringify(token.slice(0, 20))}`);
    }
    return end;
  }
  /**
   * For each object or array directly inside the arrays skipped by skipArrayRecording, by the
   * array's start: its start and end, and the start and end of a `before` member's container value
   * one level inside it (-1 when there is none).
   */
  recorded = /* @__PURE__ */ new Map();
  /** skipContainer for an array, noting where its object and array elements start and end. */
  skipArrayRecording(pos) {
    const bounds = [];
    const end = this.skipContainer(pos, bounds);
    this.recorded.set(pos, bounds);
    return end;
  }
  /**
   * The end of a recorded array when nothing but whitespace and commas lies between its recorded
   * elements, so they are all of its elements; undefined otherwise (scalar elements, a missing
   * comma): the array is then walked as usual, which reports what is wrong.
   */
  recordedArrayEnd(start, bounds) {
    const { buf } = this;
    let pos = this.ws(start + 1);
    for (let k = 0; k < bounds.length; k += RECORD) {
      if (k > 0) {
        if (buf[pos] !== COMMA) return void 0;
        pos = this.ws(pos + 1);
      }
      if (pos !== bounds[k]) return void 0;
      pos = this.ws(bounds[k + 1]);
    }
    return buf[pos] === CLOSE_BRACKET ? pos + 1 : void 0;
  }
  skipString(pos) {
    const { buf } = this;
    const len = buf.length;
    for (let i = pos + 1; i < len; i++) {
      const b = buf[i];
      if (b === QUOTE) return i + 1;
      if (b === BACKSLASH) i++;
    }
    return this.fail(len, "unexpected end of data inside a string");
  }
  /**
   * The end of the object or array at `pos`. With `bounds`, for each object or array directly inside
   * it: where it starts and ends, and where the container value of a `before` member one level
   * further in starts and ends (-1, -1 when there is none), RECORD numbers each.
   */
  skipContainer(pos, bounds) {
    const { buf } = this;
    const expected = [];
    const len = buf.length;
    let beforeStart = -1;
    let beforeEnd = -1;
    let i = pos;
    while (i < len) {
      while (i < len && STRUCTURAL[buf[i]] === 0) i++;
      if (i >= len) break;
      const b = buf[i];
      if (b === QUOTE) {
        const end = this.skipString(i);
        if (bounds && expected.length === 3 && beforeStart < 0 && end - i === BEFORE_KEY.length && buf.compare(BEFORE_KEY, 0, BEFORE_KEY.length, i, end) === 0) {
          const colon = this.ws(end);
          const value = buf[colon] === COLON ? this.ws(colon + 1) : -1;
          if (value >= 0 && (buf[value] === OPEN_BRACE || buf[value] === OPEN_BRACKET)) beforeStart = value;
        }
        i = end;
        continue;
      }
      if (b === OPEN_BRACE || b === OPEN_BRACKET) {
        if (bounds && expected.length === 1) {
          bounds.push(i);
          beforeStart = beforeEnd = -1;
        }
        expected.push(b === OPEN_BRACE ? CLOSE_BRACE : CLOSE_BRACKET);
        if (expected.length > MAX_DEPTH) this.fail(i, `nested more than ${MAX_DEPTH} levels deep`);
      } else {
        if (expected.pop() !== b) this.fail(i, `unexpected '${String.fromCharCode(b)}'`);
        if (expected.length === 0) return i + 1;
        if (bounds && expected.length === 3 && beforeStart >= 0 && beforeEnd < 0) beforeEnd = i + 1;
        if (bounds && expected.length === 1) bounds.push(i + 1, beforeStart, beforeStart < 0 ? -1 : beforeEnd);
      }
      i++;
    }
    return this.fail(len, "unexpected end of data: the JSON is truncated");
  }
  ws(pos) {
    const { buf } = this;
    while (pos < buf.length && isSpace(buf[pos])) pos++;
    return pos;
  }
  /** After the document: only whitespace, or GitHub workflow-command lines (`::debug::…`) from setup-terraform's wrapper. */
  expectEnd(pos) {
    const { buf } = this;
    for (; ; ) {
      pos = this.ws(pos);
      if (pos >= buf.length) return;
      if (buf[pos] === COLON && buf[pos + 1] === COLON) {
        const eol = buf.indexOf(10, pos);
        if (eol < 0) return;
        pos = eol + 1;
        continue;
      }
      this.fail(pos, "unexpected data after the end of the JSON document");
    }
  }
  fail(pos, what) {
    const where2 = pos >= this.buf.length ? "at the end of the file" : `at line ${this.lineAt(pos)}`;
    const truncated = pos >= this.buf.length && !what.includes("truncated") ? " (the JSON is truncated)" : "";
    throw new UserError(`${this.name}: invalid JSON ${where2}: ${what}${truncated}`);
  }
};
var LineIndex = class {
  starts = [0];
  constructor(buf) {
    for (let i = buf.indexOf(10); i >= 0; i = buf.indexOf(10, i + 1)) this.starts.push(i + 1);
  }
  lineAt(offset) {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
};

// src/input/file-scan.ts
var QUOTE2 = 34;
var BACKSLASH2 = 92;
var OPEN_BRACE2 = 123;
var CLOSE_BRACE2 = 125;
var OPEN_BRACKET2 = 91;
var CLOSE_BRACKET2 = 93;
var COMMA2 = 44;
var COLON2 = 58;
var NEWLINE = 10;
var SIGNIFICANT = new Uint8Array(256);
for (const b of [QUOTE2, OPEN_BRACE2, CLOSE_BRACE2, OPEN_BRACKET2, CLOSE_BRACKET2, COMMA2, COLON2, NEWLINE]) SIGNIFICANT[b] = 1;
function isSpace2(b) {
  return b === 32 || b === 10 || b === 13 || b === 9;
}
var FileScanner = class {
  constructor(file, size, base, name, chunkSize = 8 * 1024 * 1024) {
    this.base = base;
    this.name = name;
    this.fd = openSync(file, "r");
    this.size = size;
    this.chunk = Buffer.allocUnsafe(Math.max(16, chunkSize));
  }
  base;
  name;
  fd;
  size;
  chunk;
  /** Line of every value start found so far: element lines for pointing into the plan, without counting again. */
  lines = /* @__PURE__ */ new Map();
  close() {
    closeSync(this.fd);
  }
  topLevelObject() {
    const members = /* @__PURE__ */ new Map();
    const gen = this.walk(this.base, 1, "object");
    let step = gen.next();
    for (; !step.done; step = gen.next()) {
      const found = step.value;
      members.set(this.parse(found.key), found.value);
    }
    this.expectEnd(step.value);
    return members;
  }
  *elements(span) {
    const gen = this.walk(span.start, this.lines.get(span.start) ?? this.countLines(span.start), "array");
    for (let step = gen.next(); ; step = gen.next()) {
      if (step.done) return step.value;
      yield step.value.value;
    }
  }
  parse(span) {
    const bytes = this.read(span.start, span.end - span.start);
    try {
      return JSON.parse(bytes.toString("utf8"));
    } catch (err) {
      throw new UserError(`${this.name}: invalid JSON at line ${this.lineAt(span.start)}: ${err.message}`);
    }
  }
  isNull(span) {
    return span.end - span.start === 4 && this.read(span.start, 1)[0] === 110;
  }
  lineAt(offset) {
    return this.lines.get(offset) ?? this.countLines(offset);
  }
  /**
   * The values directly inside the container (object or array) that starts at `start`, as they
   * are found; returns the container's end. One pass, one chunk in memory.
   */
  *walk(start, startLine, kind) {
    const { chunk, size } = this;
    const stack = [];
    let line = startLine;
    let inString = false;
    let escape = false;
    let expectKey = false;
    let keyStart = -1;
    let keyEnd = -1;
    let valueStart = -1;
    let valueLine = 0;
    let valueEnd = -1;
    let sawColon = false;
    let pos = start;
    let opened = false;
    while (pos < size) {
      const n = readSync(this.fd, chunk, 0, Math.min(chunk.length, size - pos), pos);
      if (n <= 0) break;
      for (let i = 0; i < n; i++) {
        const b = chunk[i];
        const at2 = pos + i;
        if (inString) {
          if (escape) escape = false;
          else if (b === BACKSLASH2) escape = true;
          else if (b === QUOTE2) {
            inString = false;
            if (stack.length === 1) {
              if (keyStart >= 0 && keyEnd < 0) keyEnd = at2 + 1;
              else valueEnd = at2 + 1;
            }
          } else if (b === NEWLINE) line++;
          continue;
        }
        if (SIGNIFICANT[b] === 0) {
          if (stack.length === 1 && !isSpace2(b)) {
            if (kind === "object" && expectKey) this.fail(at2, "expected a member name");
            if (kind === "object" && !sawColon) this.fail(at2, "expected ':'");
            if (valueStart < 0) {
              valueStart = at2;
              valueLine = line;
            }
            valueEnd = at2 + 1;
          } else if (stack.length === 0 && !isSpace2(b)) this.fail(at2, `expected ${kind === "object" ? "an object" : "an array"}`);
          continue;
        }
        switch (b) {
          case NEWLINE:
            line++;
            break;
          case QUOTE2:
            inString = true;
            if (stack.length === 1) {
              if (kind === "object" && expectKey) {
                keyStart = at2;
                keyEnd = -1;
                expectKey = false;
              } else {
                if (kind === "object" && !sawColon) this.fail(at2, "expected ':'");
                if (valueStart >= 0) this.fail(at2, "expected ','");
                valueStart = at2;
                valueLine = line;
              }
            } else if (stack.length === 0) this.fail(at2, `expected ${kind === "object" ? "an object" : "an array"}`);
            break;
          case OPEN_BRACE2:
          case OPEN_BRACKET2:
            if (stack.length === 0) {
              if (opened || b !== (kind === "object" ? OPEN_BRACE2 : OPEN_BRACKET2)) this.fail(at2, `expected ${kind === "object" ? "an object" : "an array"}`);
              opened = true;
              expectKey = kind === "object";
            } else if (stack.length === 1) {
              if (kind === "object" && (expectKey || !sawColon)) this.fail(at2, "expected a member name");
              if (valueStart >= 0) this.fail(at2, "expected ','");
              valueStart = at2;
              valueLine = line;
            }
            stack.push(b === OPEN_BRACE2 ? CLOSE_BRACE2 : CLOSE_BRACKET2);
            if (stack.length > MAX_DEPTH) this.fail(at2, `nested more than ${MAX_DEPTH} levels deep`);
            break;
          case CLOSE_BRACE2:
          case CLOSE_BRACKET2: {
            if (stack.pop() !== b) this.fail(at2, `unexpected '${String.fromCharCode(b)}'`);
            if (stack.length === 1) valueEnd = at2 + 1;
            if (stack.length === 0) {
              if (valueStart >= 0) {
                yield this.found(keyStart, keyEnd, valueStart, valueEnd, valueLine);
              } else if (kind === "object" && keyStart >= 0) this.fail(at2, "expected a value");
              return at2 + 1;
            }
            break;
          }
          case COMMA2:
            if (stack.length === 0) this.fail(at2, `expected ${kind === "object" ? "an object" : "an array"}`);
            if (stack.length === 1) {
              if (valueStart < 0) this.fail(at2, "expected a value before the comma");
              yield this.found(keyStart, keyEnd, valueStart, valueEnd, valueLine);
              valueStart = keyStart = keyEnd = valueEnd = -1;
              sawColon = false;
              expectKey = kind === "object";
            }
            break;
          case COLON2:
            if (stack.length === 0) this.fail(at2, `expected ${kind === "object" ? "an object" : "an array"}`);
            if (stack.length === 1) {
              if (kind !== "object" || keyEnd < 0 || sawColon) this.fail(at2, "unexpected ':'");
              sawColon = true;
            }
            break;
        }
      }
      pos += n;
    }
    return this.fail(size, "unexpected end of data: the JSON is truncated");
  }
  found(keyStart, keyEnd, valueStart, valueEnd, line) {
    this.lines.set(valueStart, line);
    const value = { start: valueStart, end: valueEnd };
    return keyStart >= 0 ? { key: { start: keyStart, end: keyEnd }, value, line } : { value, line };
  }
  /** After the document: whitespace, or GitHub workflow-command lines from setup-terraform's wrapper. */
  expectEnd(from) {
    let pos = from;
    let atLineStart = false;
    let inCommand = false;
    while (pos < this.size) {
      const n = readSync(this.fd, this.chunk, 0, Math.min(this.chunk.length, this.size - pos), pos);
      if (n <= 0) break;
      for (let i = 0; i < n; i++) {
        const b = this.chunk[i];
        if (b === NEWLINE) {
          atLineStart = true;
          inCommand = false;
        } else if (inCommand || isSpace2(b)) continue;
        else if (atLineStart && b === COLON2) inCommand = true;
        else this.fail(pos + i, "unexpected data after the end of the JSON document");
      }
      pos += n;
    }
  }
  read(start, length) {
    const out = Buffer.allocUnsafe(length);
    let got = 0;
    while (got < length) {
      const n = readSync(this.fd, out, got, length - got, start + got);
      if (n <= 0) break;
      got += n;
    }
    return out.subarray(0, got);
  }
  /** 1-based line of an offset, counted from the start of the file (only for messages and rare lookups). */
  countLines(offset) {
    let line = 1;
    for (let pos = 0; pos < offset; ) {
      const n = readSync(this.fd, this.chunk, 0, Math.min(this.chunk.length, offset - pos), pos);
      if (n <= 0) break;
      for (let i = this.chunk.indexOf(NEWLINE, 0); i >= 0 && i < n; i = this.chunk.indexOf(NEWLINE, i + 1)) line++;
      pos += n;
    }
    return line;
  }
  fail(pos, what) {
    const where2 = pos >= this.size ? "at the end of the file" : `at line ${this.countLines(pos)}`;
    throw new UserError(`${this.name}: invalid JSON ${where2}: ${what}`);
  }
};

// src/input/read-inputs.ts
var SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git", ".terraform", "dist", ".venv"]);
var MAX_DIRECTORY_FILES = 1e4;
async function readInputs(paths, kinds, ctx) {
  const out = { resources: [], notifications: [], secrets: /* @__PURE__ */ new Set(), inputs: [], categories: /* @__PURE__ */ new Set() };
  if (paths.filter((p) => p === STDIN).length > 1) throw new UserError(`give ${STDIN} (standard input) once`);
  for (const p of paths) {
    if (p === STDIN) {
      const spooled = await spoolStdin();
      try {
        await readFile(openDoc(spooled.file, STDIN_LABEL), kinds, ctx, out);
      } finally {
        spooled.remove();
      }
      continue;
    }
    let stat;
    try {
      stat = statSync(p);
    } catch (err) {
      throw new UserError(`${p}: ${describeFsError(err)}`);
    }
    if (stat.isDirectory()) {
      const files = listJsonFiles(p);
      let known = 0;
      for (const file of files) {
        const doc = tryOpen(file, out.notifications);
        const kind = doc && kinds.find((k) => k.detect(doc));
        if (!doc || !kind) continue;
        known++;
        await readOne(doc, kind, ctx, out);
      }
      if (known === 0) throw new UserError(`${p}: no Terraform plan or other known input found in this directory`);
    } else {
      await readFile(openDoc(p), kinds, ctx, out);
    }
  }
  return out;
}
async function readFile(doc, kinds, ctx, out) {
  const kind = kinds.find((k) => k.detect(doc));
  if (!kind) {
    throw new UserError(
      `${doc.path}: not a known input: expected a Terraform plan (terraform show -json), a Terraform JSON configuration, or a cloud inventory export`
    );
  }
  await readOne(doc, kind, ctx, out);
}
async function readOne(doc, kind, ctx, out) {
  if (doc.stream && !kind.streams) {
    throw new UserError(`${doc.path}: too large to read as ${kind.label}: only Terraform plans are read from files over ${Math.round(STREAM_THRESHOLD / 1024 / 1024)} MB`);
  }
  let read4;
  try {
    read4 = await kind.read(doc, ctx);
  } finally {
    doc.stream?.close();
  }
  for (const r of read4.resources) out.resources.push(r);
  out.notifications.push(...read4.notifications);
  for (const s of read4.secrets) out.secrets.add(s);
  for (const c of read4.categories) out.categories.add(c);
  out.inputs.push({ path: doc.path, kind: kind.name, resources: read4.resources.length });
}
var STREAM_THRESHOLD = Number(process.env.CLDSCAN_STREAM_THRESHOLD ?? 256 * 1024 * 1024);
var STREAM_CHUNK = Number(process.env.CLDSCAN_STREAM_CHUNK ?? 8 * 1024 * 1024);
function openDoc(file, label = file) {
  const streamed = openStreamed(file, label);
  if (streamed) return streamed;
  let raw;
  try {
    raw = readFileSync(file);
  } catch (err) {
    throw new UserError(`${label}: ${describeFsError(err)}`);
  }
  const scanner = new JsonScanner(decodeJsonBytes(raw, label), label);
  const first = scanner.buf[0];
  if (first === 91) return { path: label, scanner, elements: scanner.topLevelArray() };
  if (first !== 123) throw new UserError(`${label}: not a JSON document (it starts with ${JSON.stringify(scanner.buf.toString("utf8", 0, 12))})`);
  try {
    return { path: label, scanner, members: scanner.topLevelObject() };
  } catch (err) {
    if (!(err instanceof UserError) || !/after the end of the JSON document/.test(err.message)) throw err;
    return { path: label, scanner, lines: scanner.jsonLines() };
  }
}
function openStreamed(file, label) {
  let size;
  try {
    size = statSync(file).size;
  } catch (err) {
    throw new UserError(`${label}: ${describeFsError(err)}`);
  }
  if (size <= STREAM_THRESHOLD) return void 0;
  const head = Buffer.alloc(Math.min(size, 64 * 1024));
  const fd = openSync2(file, "r");
  try {
    readSync2(fd, head, 0, head.length, 0);
  } finally {
    closeSync2(fd);
  }
  let base = head[0] === 239 && head[1] === 187 && head[2] === 191 ? 3 : 0;
  for (; ; ) {
    while (base < head.length && isSpace(head[base])) base++;
    if (head.toString("latin1", base, base + 9) !== "[command]") break;
    const eol = head.indexOf(10, base);
    if (eol < 0) return void 0;
    base = eol + 1;
  }
  if (head[base] !== 123) return void 0;
  const stream = new FileScanner(file, size, base, label, STREAM_CHUNK);
  return { path: label, scanner: new JsonScanner(Buffer.alloc(0), label), members: stream.topLevelObject(), stream };
}
function tryOpen(file, notes) {
  try {
    return openDoc(file);
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    notes.push({ level: "warning", message: `skipped: ${err.message}`, scope: file });
    return void 0;
  }
}
function listJsonFiles(dir) {
  const out = [];
  const queue = [dir];
  while (queue.length && out.length < MAX_DIRECTORY_FILES) {
    const d = queue.shift();
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) queue.push(full);
      } else if (e.isFile() && /\.json$/i.test(e.name) && !/^(package|package-lock|tsconfig|cdktf)\.json$/i.test(e.name)) {
        out.push(full);
      }
    }
  }
  return out;
}
function describeFsError(err) {
  const code = err.code;
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a directory";
  return err.message.split("\n")[0] ?? "cannot be read";
}

// src/report/redact.ts
var REDACTED = "[REDACTED]";
var TOKEN_PATTERNS = CREDENTIAL_TOKENS.map((t) => new RegExp(t.pattern.source, `${t.pattern.flags}g`));
var REDACTION_ONLY_PATTERNS = [
  // Azure storage account keys and SAS signatures, and other long base64 secrets with padding.
  /\b[A-Za-z0-9+/]{60,}={1,2}(?![A-Za-z0-9+/=])/g,
  /\bsig=[A-Za-z0-9%+/=]{20,}/gi
];
var LABELLED_SECRETS = [
  /\b([a-z][a-z0-9+.-]{0,30}:\/\/[^\s:/@]{1,256}:)[^\s@/]{1,1024}(?=@)/gi,
  /\b(password|passwd|pwd|secret|accountkey|sharedaccesskey|client_secret|api[_-]?key|token)(\s{0,16}[=:]\s{0,16}["']?)[^\s;"',}]{4,}/gi
];
var MIGHT_HOLD_TOKEN = new RegExp(CREDENTIAL_TOKENS.flatMap((t) => t.hints).map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"));
var MIGHT_HOLD_LABELLED = /[Ss][Ii][Gg]=|:\/\/|[Pp][Aa][Ss][Ss][Ww]|[Pp][Ww][Dd]|[Ss][Ee][Cc][Rr][Ee][Tt]|[Aa][Cc][Cc][Oo][Uu][Nn][Tt][Kk][Ee][Yy]|[Aa][Cc][Cc][Ee][Ss][Ss][Kk][Ee][Yy]|[Aa][Pp][Ii][_-]?[Kk][Ee][Yy]|[Tt][Oo][Kk][Ee][Nn]/;
function hasLongBase64Run(s) {
  if (s.length < 60) return false;
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const b64 = c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 43 || c === 47;
    run = b64 ? run + 1 : 0;
    if (run >= 60) return true;
  }
  return false;
}
var Redactor = class {
  known = new SecretTrie();
  cache = /* @__PURE__ */ new Map();
  constructor(secrets) {
    for (const secret of secrets) this.known.add(secret);
  }
  text(s) {
    const cached = this.cache.get(s);
    if (cached !== void 0) return cached;
    let out = this.known.replaceAll(s, REDACTED);
    if (MIGHT_HOLD_TOKEN.test(out) || MIGHT_HOLD_LABELLED.test(out) || hasLongBase64Run(out)) {
      for (const re of TOKEN_PATTERNS) out = out.replace(re, REDACTED);
      for (const re of REDACTION_ONLY_PATTERNS) out = out.replace(re, REDACTED);
      for (const re of LABELLED_SECRETS) out = out.replace(re, (_match, label, sep) => `${label}${sep ?? ""}${REDACTED}`);
    }
    this.cache.set(s, out);
    return out;
  }
  /**
   * Redacts every string value of a report structure, in place. Keys are not input: report objects
   * have fixed field names.
   */
  inPlace(value) {
    this.walk(value);
    return value;
  }
  walk(value) {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const v = value[i];
        if (typeof v === "string") {
          const out = this.text(v);
          if (out !== v) value[i] = out;
        } else if (v !== null && typeof v === "object") this.walk(v);
      }
    } else if (value !== null && typeof value === "object") {
      const record = value;
      for (const k of Object.keys(record)) {
        const v = record[k];
        if (typeof v === "string") {
          const out = this.text(v);
          if (out !== v) Object.defineProperty(record, k, { value: out, enumerable: true, writable: true, configurable: true });
        } else if (v !== null && typeof v === "object") this.walk(v);
      }
    }
  }
};
var SecretTrie = class {
  root = { edges: /* @__PURE__ */ new Map(), end: false };
  size = 0;
  /** UTF-16 units some value starts with: most positions of most strings are passed over with one array read. */
  starts = new Uint8Array(65536);
  add(secret) {
    if (secret.length === 0) return;
    this.starts[secret.charCodeAt(0)] = 1;
    let node = this.root;
    let rest = secret;
    while (rest.length > 0) {
      const edge = node.edges.get(rest[0]);
      if (!edge) {
        const leaf = { edges: /* @__PURE__ */ new Map(), end: true };
        node.edges.set(rest[0], { label: rest, node: leaf });
        this.size++;
        return;
      }
      let common = 0;
      while (common < edge.label.length && common < rest.length && edge.label[common] === rest[common]) common++;
      if (common < edge.label.length) {
        const middle = { edges: /* @__PURE__ */ new Map([[edge.label[common], { label: edge.label.slice(common), node: edge.node }]]), end: false };
        edge.label = edge.label.slice(0, common);
        edge.node = middle;
      }
      node = edge.node;
      rest = rest.slice(common);
    }
    if (!node.end) this.size++;
    node.end = true;
  }
  /** Replaces the longest sensitive value starting at each position, left to right. */
  replaceAll(s, replacement) {
    if (this.size === 0) return s;
    let out = "";
    let last = 0;
    const { starts } = this;
    for (let i = 0; i < s.length; ) {
      if (starts[s.charCodeAt(i)] === 0) {
        i++;
        continue;
      }
      const length = this.longestAt(s, i);
      if (length > 0) {
        out += s.slice(last, i) + replacement;
        i += length;
        last = i;
      } else i++;
    }
    return last === 0 ? s : out + s.slice(last);
  }
  longestAt(s, start) {
    let node = this.root;
    let depth = 0;
    let best = 0;
    for (; ; ) {
      const edge = node.edges.get(s[start + depth] ?? "");
      if (!edge || !s.startsWith(edge.label, start + depth)) return best;
      depth += edge.label.length;
      node = edge.node;
      if (node.end) best = depth;
    }
  }
};

// providers/terraform/source-index.ts
import { readdirSync as readdirSync2, readFileSync as readFileSync2, statSync as statSync2 } from "node:fs";
import path2 from "node:path";

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text3, ignoreTrivia = false) {
  const len = text3.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact) {
      let ch = text3.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text3.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text3.length && isDigit(text3.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text3.length && text3.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text3.length && isDigit(text3.charCodeAt(pos))) {
        pos++;
        while (pos < text3.length && isDigit(text3.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text3.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text3.length && (text3.charCodeAt(pos) === 69 || text3.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text3.length && text3.charCodeAt(pos) === 43 || text3.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text3.length && isDigit(text3.charCodeAt(pos))) {
        pos++;
        while (pos < text3.length && isDigit(text3.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text3.substring(start, end);
  }
  function scanString() {
    let result2 = "", start = pos;
    while (true) {
      if (pos >= len) {
        result2 += text3.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text3.charCodeAt(pos);
      if (ch === 34) {
        result2 += text3.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result2 += text3.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text3.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result2 += '"';
            break;
          case 92:
            result2 += "\\";
            break;
          case 47:
            result2 += "/";
            break;
          case 98:
            result2 += "\b";
            break;
          case 102:
            result2 += "\f";
            break;
          case 110:
            result2 += "\n";
            break;
          case 114:
            result2 += "\r";
            break;
          case 116:
            result2 += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result2 += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result2 += text3.substring(start, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result2;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code = text3.charCodeAt(pos);
    if (isWhiteSpace(code)) {
      do {
        pos++;
        value += String.fromCharCode(code);
        code = text3.charCodeAt(pos);
      } while (isWhiteSpace(code));
      return token = 15;
    }
    if (isLineBreak(code)) {
      pos++;
      value += String.fromCharCode(code);
      if (code === 13 && text3.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start = pos - 1;
        if (text3.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text3.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text3.substring(start, pos);
          return token = 12;
        }
        if (text3.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text3.charCodeAt(pos);
            if (ch === 42 && text3.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text3.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text3.substring(start, pos);
          return token = 13;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code);
        pos++;
        if (pos === len || !isDigit(text3.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code)) {
          pos++;
          code = text3.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text3.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code) {
    if (isWhiteSpace(code) || isLineBreak(code)) {
      return false;
    }
    switch (code) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result2;
    do {
      result2 = scanNext();
    } while (result2 >= 12 && result2 <= 15);
    return result2;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
(function(CharacterCodes2) {
  CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
  CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
  CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
  CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
  CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
  CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
  CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
  CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
  CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
  CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
  CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
  CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
  CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
  CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
  CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
  CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
  CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
  CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
  CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
  CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
  CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
  CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
  CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
  CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
  CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
  CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
  CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
  CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
  CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
  CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
  CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
  CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
  CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
  CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
  CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
  CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
  CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
  CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
  CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
  CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
  CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
  CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
  CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
  CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
  CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
  CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
  CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
  CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
  CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
  CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
  CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
  CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
  CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
  CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
  CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
  CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
  CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
  CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
  CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
  CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
  CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
  CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
  CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
  CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
  CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
  CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
  CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
  CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
  CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
  CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
  CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
  CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
  CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
  CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
  CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
  CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
  CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
  CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
  CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
  CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
})(CharacterCodes || (CharacterCodes = {}));

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces = new Array(20).fill(0).map((_, index) => {
  return " ".repeat(index);
});
var maxCachedValues = 200;
var cachedBreakLinesWithSpaces = {
  " ": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + " ".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + " ".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + " ".repeat(index);
    })
  },
  "	": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + "	".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + "	".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + "	".repeat(index);
    })
  }
};

// node_modules/jsonc-parser/lib/esm/impl/parser.js
var ParseOptions;
(function(ParseOptions2) {
  ParseOptions2.DEFAULT = {
    allowTrailingComma: false
  };
})(ParseOptions || (ParseOptions = {}));
function parseTree(text3, errors = [], options = ParseOptions.DEFAULT) {
  let currentParent = { type: "array", offset: -1, length: -1, children: [], parent: void 0 };
  function ensurePropertyComplete(endOffset) {
    if (currentParent.type === "property") {
      currentParent.length = endOffset - currentParent.offset;
      currentParent = currentParent.parent;
    }
  }
  function onValue(valueNode) {
    currentParent.children.push(valueNode);
    return valueNode;
  }
  const visitor = {
    onObjectBegin: (offset) => {
      currentParent = onValue({ type: "object", offset, length: -1, parent: currentParent, children: [] });
    },
    onObjectProperty: (name, offset, length) => {
      currentParent = onValue({ type: "property", offset, length: -1, parent: currentParent, children: [] });
      currentParent.children.push({ type: "string", value: name, offset, length, parent: currentParent });
    },
    onObjectEnd: (offset, length) => {
      ensurePropertyComplete(offset + length);
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onArrayBegin: (offset, length) => {
      currentParent = onValue({ type: "array", offset, length: -1, parent: currentParent, children: [] });
    },
    onArrayEnd: (offset, length) => {
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onLiteralValue: (value, offset, length) => {
      onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
      ensurePropertyComplete(offset + length);
    },
    onSeparator: (sep, offset, length) => {
      if (currentParent.type === "property") {
        if (sep === ":") {
          currentParent.colonOffset = offset;
        } else if (sep === ",") {
          ensurePropertyComplete(offset);
        }
      }
    },
    onError: (error, offset, length) => {
      errors.push({ error, offset, length });
    }
  };
  visit(text3, visitor, options);
  const result2 = currentParent.children[0];
  if (result2) {
    delete result2.parent;
  }
  return result2;
}
function findNodeAtLocation(root, path9) {
  if (!root) {
    return void 0;
  }
  let node = root;
  for (let segment of path9) {
    if (typeof segment === "string") {
      if (node.type !== "object" || !Array.isArray(node.children)) {
        return void 0;
      }
      let found = false;
      for (const propertyNode of node.children) {
        if (Array.isArray(propertyNode.children) && propertyNode.children[0].value === segment && propertyNode.children.length === 2) {
          node = propertyNode.children[1];
          found = true;
          break;
        }
      }
      if (!found) {
        return void 0;
      }
    } else {
      const index = segment;
      if (node.type !== "array" || index < 0 || !Array.isArray(node.children) || index >= node.children.length) {
        return void 0;
      }
      node = node.children[index];
    }
  }
  return node;
}
function visit(text3, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text3, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error, skipUntilAfter = [], skipUntil = []) {
    onError(error);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}
function getNodeType(value) {
  switch (typeof value) {
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "string":
      return "string";
    case "object": {
      if (!value) {
        return "null";
      } else if (Array.isArray(value)) {
        return "array";
      }
      return "object";
    }
    default:
      return "null";
  }
}

// node_modules/jsonc-parser/lib/esm/main.js
var ScanError;
(function(ScanError2) {
  ScanError2[ScanError2["None"] = 0] = "None";
  ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
  ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
  ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
  ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
  ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
  ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
})(ScanError || (ScanError = {}));
var SyntaxKind;
(function(SyntaxKind2) {
  SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
  SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
  SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
  SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
  SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
  SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
  SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
  SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
  SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
  SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
  SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
  SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
  SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
  SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
  SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
  SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
  SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
})(SyntaxKind || (SyntaxKind = {}));
var parseTree2 = parseTree;
var findNodeAtLocation2 = findNodeAtLocation;
var ParseErrorCode;
(function(ParseErrorCode2) {
  ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
  ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
  ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
  ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
  ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
  ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
  ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
  ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
  ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
  ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
  ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
})(ParseErrorCode || (ParseErrorCode = {}));

// providers/terraform/hcl-blocks.ts
function scanHcl(src) {
  const blocks2 = [];
  const comments = [];
  const root = { t: "code", depth: 0, interp: false };
  const stack = [root];
  let line = 1;
  let header = [];
  let headerOk = true;
  let open;
  const n = src.length;
  let i = 0;
  const atTop = () => stack.length === 1 && root.t === "code" && root.depth === 0;
  while (i < n) {
    const ctx = stack[stack.length - 1];
    const c = src[i];
    if (ctx.t === "heredoc") {
      const eol = src.indexOf("\n", i);
      const end = eol < 0 ? n : eol;
      if (src.slice(i, end).trim() === ctx.marker) stack.pop();
      if (eol < 0) break;
      line++;
      i = eol + 1;
      continue;
    }
    if (ctx.t === "string") {
      if (c === "\\") {
        i += 2;
        continue;
      }
      if (c === "\n") {
        stack.pop();
        continue;
      }
      if (c === '"') {
        stack.pop();
        if (atTop()) header.push(unquote(src.slice(ctx.start + 1, i)));
        i++;
        continue;
      }
      if ((c === "$" || c === "%") && src[i + 1] === c && src[i + 2] === "{") {
        i += 3;
        continue;
      }
      if ((c === "$" || c === "%") && src[i + 1] === "{") {
        stack.push({ t: "code", depth: 0, interp: true });
        i += 2;
        continue;
      }
      i++;
      continue;
    }
    if (c === "\n") {
      line++;
      if (atTop()) {
        header = [];
        headerOk = true;
      }
      i++;
      continue;
    }
    if (c === "#" || c === "/" && src[i + 1] === "/") {
      const eol = src.indexOf("\n", i);
      const end = eol < 0 ? n : eol;
      comments.push({ line, text: src.slice(i, end).replace(/\r$/, "") });
      i = end;
      continue;
    }
    if (c === "/" && src[i + 1] === "*") {
      const close = src.indexOf("*/", i + 2);
      const end = close < 0 ? n : close + 2;
      const text3 = src.slice(i, end);
      comments.push({ line, text: text3 });
      for (let k = text3.indexOf("\n"); k >= 0; k = text3.indexOf("\n", k + 1)) line++;
      i = end;
      continue;
    }
    if (c === '"') {
      stack.push({ t: "string", start: i });
      i++;
      continue;
    }
    if (c === "<" && src[i + 1] === "<") {
      const m = /^<<-?([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?\n/.exec(src.slice(i, i + 200));
      if (m) {
        stack.push({ t: "heredoc", marker: m[1] });
        line++;
        i += m[0].length;
        continue;
      }
    }
    if (c === "{") {
      if (atTop() && headerOk && header.length > 0) open = { kind: header[0], labels: header.slice(1), startLine: line };
      ctx.depth++;
      i++;
      continue;
    }
    if (c === "}") {
      if (ctx.interp && ctx.depth === 0) {
        stack.pop();
        i++;
        continue;
      }
      if (ctx.depth > 0) ctx.depth--;
      if (atTop()) {
        if (open) blocks2.push({ ...open, endLine: line });
        open = void 0;
        header = [];
      }
      i++;
      continue;
    }
    if (atTop()) {
      const m = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(src.slice(i, i + 256));
      if (m) {
        header.push(m[0]);
        i += m[0].length;
        continue;
      }
      if (c !== " " && c !== "	" && c !== "\r") headerOk = false;
    }
    i++;
  }
  return { blocks: blocks2, comments };
}
function unquote(body) {
  try {
    return JSON.parse(`"${body}"`);
  } catch {
    return body;
  }
}

// providers/terraform/source-index.ts
var SKIP_DIRS2 = /* @__PURE__ */ new Set(["node_modules", ".git", ".terraform", "dist", ".venv", "__pycache__"]);
var SourceIndex = class {
  constructor(root) {
    this.root = root;
  }
  root;
  dirs = /* @__PURE__ */ new Map();
  allDirs;
  dir(absDir) {
    let found = this.dirs.get(absDir);
    if (!found) {
      found = indexDir(absDir);
      this.dirs.set(absDir, found);
    }
    return found;
  }
  /** The comments of a file already indexed (through its directory). */
  commentsOf(file) {
    return this.dir(path2.dirname(file)).files.find((f) => f.file === file)?.comments ?? [];
  }
  /** Every directory under the root holding `.tf` or `.tf.json` files (bounded walk, vendor folders skipped). */
  terraformDirs(limit = 5e3) {
    if (this.allDirs) return this.allDirs;
    const out = [];
    const queue = [this.root];
    while (queue.length && out.length < limit) {
      const dir = queue.shift();
      let entries;
      try {
        entries = readdirSync2(dir, { withFileTypes: true });
      } catch {
        continue;
      }
      let hasTf = false;
      for (const e of entries) {
        if (e.isDirectory() && !SKIP_DIRS2.has(e.name)) queue.push(path2.join(dir, e.name));
        else if (e.isFile() && isTerraformFile(e.name)) hasTf = true;
      }
      if (hasTf) out.push(dir);
    }
    this.allDirs = out;
    return out;
  }
};
function isTerraformFile(name) {
  return name.endsWith(".tf") || name.endsWith(".tf.json");
}
function indexDir(dir) {
  const result2 = { dir, blocks: /* @__PURE__ */ new Map(), files: [] };
  let names2;
  try {
    names2 = readdirSync2(dir).filter(isTerraformFile).sort();
  } catch {
    return result2;
  }
  for (const name of names2) {
    const file = path2.join(dir, name);
    let text3;
    try {
      if (!statSync2(file).isFile()) continue;
      text3 = readFileSync2(file, "utf8");
    } catch {
      continue;
    }
    if (name.endsWith(".tf.json")) indexJson(file, text3, result2);
    else {
      const scan2 = scanHcl(text3);
      result2.files.push({ file, comments: scan2.comments });
      for (const b of scan2.blocks) {
        const key = blockKey(b.kind, b.labels);
        if (key && !result2.blocks.has(key)) result2.blocks.set(key, { file, startLine: b.startLine, endLine: b.endLine });
      }
    }
  }
  return result2;
}
function blockKey(kind, labels) {
  if ((kind === "resource" || kind === "data") && labels.length === 2) return `${kind}.${labels[0]}.${labels[1]}`;
  if (kind === "module" && labels.length === 1) return `module.${labels[0]}`;
  return void 0;
}
function indexJson(file, text3, into) {
  const tree = parseTree2(text3);
  if (!tree) return;
  const lineOf = lineCounter(text3);
  const add = (key, node) => {
    if (!node || into.blocks.has(key)) return;
    const start = node.parent?.type === "property" ? node.parent.offset : node.offset;
    into.blocks.set(key, { file, startLine: lineOf(start), endLine: lineOf(node.offset + node.length) });
  };
  for (const kind of ["resource", "data"]) {
    const byType = findNodeAtLocation2(tree, [kind]);
    for (const typeProp of byType?.children ?? []) {
      const type = typeProp.children?.[0]?.value;
      const body = typeProp.children?.[1];
      for (const nameProp of body?.children ?? []) {
        const name = nameProp.children?.[0]?.value;
        if (typeof type === "string" && typeof name === "string") add(`${kind}.${type}.${name}`, nameProp.children?.[1]);
      }
    }
  }
  for (const modProp of findNodeAtLocation2(tree, ["module"])?.children ?? []) {
    const name = modProp.children?.[0]?.value;
    if (typeof name === "string") add(`module.${name}`, modProp.children?.[1]);
  }
}
function lineCounter(text3) {
  const starts = [0];
  for (let i = text3.indexOf("\n"); i >= 0; i = text3.indexOf("\n", i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

// src/live/identity.ts
function identityKey(id) {
  const google = /^(?:https:\/\/[a-z0-9.-]+\.googleapis\.com\/(?:[a-z]+\/)?v[0-9a-z]+\/|\/\/[a-z0-9.-]+\.googleapis\.com\/)(.*)$/i.exec(id);
  if (google) return google[1];
  if (id.startsWith("/subscriptions/") || id.startsWith("/providers/")) return id.toLowerCase();
  return id;
}

// providers/terraform/locate.ts
import path3 from "node:path";
var Locator = class {
  constructor(sources, config, resources, inputPath) {
    this.sources = sources;
    this.config = config;
    this.rootDir = findRootModuleDir(sources, resources, inputPath);
  }
  sources;
  config;
  rootDir;
  get rootModuleDir() {
    return this.rootDir;
  }
  /** Every instance of a block (count, for_each, module instances) is at the same place: found once. */
  found = /* @__PURE__ */ new Map();
  waivers = /* @__PURE__ */ new Map();
  locate(r) {
    const key = `${r.moduleConfigPath}|${r.localAddress}`;
    if (this.found.has(key)) return this.found.get(key);
    const block = this.block(r);
    const location = block ? { uri: this.uri(block.file), line: block.startLine } : void 0;
    this.found.set(key, location);
    return location;
  }
  block(r) {
    return this.declaringBlocks(r).at(-1);
  }
  /**
   * The blocks that bring the resource into being, outermost first: each module call on its way
   * (while module sources are local and inside the source root), then its own resource block — or,
   * for a remote module, that module's call, last.
   */
  declaringBlocks(r) {
    if (!this.rootDir) return [];
    let dir = this.rootDir;
    const found = [];
    const add = (key) => {
      const b = this.sources.dir(dir).blocks.get(key);
      if (b) found.push(b);
      return found;
    };
    const chain = this.config.callChain(r.moduleConfigPath);
    if (!chain) {
      const first = r.modules[0];
      return add(first ? `module.${first.name}` : `resource.${r.localAddress}`);
    }
    for (const call of chain) {
      const next = isLocalSource(call.source) ? path3.resolve(dir, call.source) : void 0;
      if (!next || !this.inside(next)) return add(`module.${call.name}`);
      add(`module.${call.name}`);
      dir = next;
    }
    return add(`resource.${r.localAddress}`);
  }
  /** `# cldscan:ignore …` comments on or inside the resource's block and the module calls leading to it. */
  inlineWaivers(r, problems) {
    const key = `${r.moduleConfigPath}|${r.localAddress}`;
    const cached = this.waivers.get(key);
    if (cached) return cached;
    const out = [];
    this.waivers.set(key, out);
    for (const block of this.declaringBlocks(r)) {
      for (const comment of commentsOf(this.sources.commentsOf(block.file), block)) {
        const parsed = parseInlineWaiver(comment.text, `${this.uri(block.file)}:${comment.line}`);
        if (parsed && "waiver" in parsed) out.push(parsed.waiver);
        else if (parsed) problems(parsed.problem);
      }
    }
    return out;
  }
  uri(file) {
    return path3.relative(this.sources.root, file).split(path3.sep).join("/");
  }
  inside(dir) {
    const rel = path3.relative(this.sources.root, dir);
    return rel === "" || !rel.startsWith("..") && !path3.isAbsolute(rel);
  }
};
function findRootModuleDir(sources, resources, inputPath) {
  const wanted = /* @__PURE__ */ new Set();
  for (const r of resources) wanted.add(r.modules.length ? `module.${r.modules[0].name}` : `resource.${r.localAddress}`);
  if (wanted.size === 0) return void 0;
  const score = (dir) => {
    const { blocks: blocks2 } = sources.dir(dir);
    let n = 0;
    for (const key of wanted) if (blocks2.has(key)) n++;
    return n;
  };
  const preferred = [path3.dirname(path3.resolve(inputPath)), sources.root].filter((d, i, a) => a.indexOf(d) === i && isWithin(sources.root, d));
  let best;
  for (const dir of preferred) {
    const s = score(dir);
    if (s === wanted.size) return dir;
    if (s > 0 && (!best || s > best.score)) best = { dir, score: s };
  }
  for (const dir of sources.terraformDirs()) {
    const s = score(dir);
    if (s > 0 && (!best || s > best.score || s === best.score && dir.length < best.dir.length)) best = { dir, score: s };
    if (s === wanted.size && best?.dir === dir) break;
  }
  return best?.dir;
}
function isWithin(root, dir) {
  const rel = path3.relative(root, dir);
  return rel === "" || !rel.startsWith("..") && !path3.isAbsolute(rel);
}
function commentsOf(comments, block) {
  const byLine = new Map(comments.map((c) => [c.line, c]));
  const out = comments.filter((c) => c.line >= block.startLine && c.line <= block.endLine);
  for (let line = block.startLine - 1; byLine.has(line); line--) out.push(byLine.get(line));
  return out;
}

// providers/terraform/sensitive.ts
function collectSensitiveStrings(value, sensitive, out) {
  if (sensitive === true) {
    addAll(value, out);
    return;
  }
  if (sensitive === null || typeof sensitive !== "object" || value === null || typeof value !== "object") return;
  if (Array.isArray(sensitive)) {
    if (!Array.isArray(value)) return;
    for (let i = 0; i < sensitive.length && i < value.length; i++) collectSensitiveStrings(value[i], sensitive[i], out);
    return;
  }
  const tree = sensitive;
  for (const k of Object.keys(tree)) collectSensitiveStrings(value[k], tree[k], out);
}
var MIN_SECRET_LENGTH = 6;
function addAll(value, out) {
  if (typeof value === "string") {
    if (value.length >= MIN_SECRET_LENGTH) out.add(value);
  } else if (typeof value === "number" && String(value).length >= MIN_SECRET_LENGTH) {
    out.add(String(value));
  } else if (value !== null && typeof value === "object") {
    for (const v of Object.values(value)) addAll(v, out);
  }
}

// providers/terraform/provider-settings.ts
function providerSettings(config, variables) {
  const cache = /* @__PURE__ */ new Map();
  return (key, providerName) => {
    const cacheKey = `${key ?? ""}|${providerName}`;
    let found = cache.get(cacheKey);
    if (!found) {
      const short = providerName.split("/").pop() ?? providerName;
      found = evaluate(config.providerFor(key, short), variables);
      cache.set(cacheKey, found);
    }
    return found;
  };
}
function evaluate(p, variables) {
  const out = {};
  if (!p || !isObject(p.expressions)) return out;
  const rootLevel = !p.module_address;
  const region = expressionString(p.expressions.region, variables, rootLevel) ?? expressionString(p.expressions.zone, variables, rootLevel);
  if (region) out.region = region;
  const project2 = expressionString(p.expressions.project, variables, rootLevel);
  if (project2) out.project = project2;
  return out;
}
function expressionString(expr, variables, rootLevel) {
  if (!isObject(expr)) return void 0;
  if (typeof expr.constant_value === "string") return expr.constant_value;
  const refs = expr.references;
  if (rootLevel && Array.isArray(refs) && refs.length === 1 && typeof refs[0] === "string" && refs[0].startsWith("var.")) {
    const v = variables[refs[0].slice(4)];
    if (isObject(v) && typeof v.value === "string") return v.value;
  }
  return void 0;
}

// providers/terraform/plan-reader.ts
function looksLikePlan(members) {
  return members.has("format_version") && (members.has("planned_values") || members.has("resource_changes") || members.has("configuration") || members.has("values") || members.has("prior_state"));
}
function* readPlan(scanner, members, input) {
  const configSpan = members.get("configuration");
  const config = ConfigIndex.fromPlanConfiguration(configSpan ? scanner.parse(configSpan) : void 0);
  const variablesSpan = members.get("variables");
  const variables = variablesSpan ? scanner.parse(variablesSpan) : {};
  const secrets = /* @__PURE__ */ new Set();
  for (const name of config.sensitiveVariables) {
    collectSensitiveStrings(isObject(variables) ? variables[name]?.value : void 0, true, secrets);
  }
  const settings = providerSettings(config, isObject(variables) ? variables : {});
  const notifications = [];
  const resources = [];
  const add = (raw, values, unknownTree, sensitiveTree, absentIsUnknown, offset) => {
    const address = raw.address;
    if (typeof address !== "string" || raw.mode === "data") return;
    const parsed = parseAddress(address);
    if (!parsed || parsed.mode === "data") {
      if (!parsed) notifications.push({ level: "warning", message: `unrecognised resource address ${JSON.stringify(address)} skipped`, scope: input });
      return;
    }
    if (!isObject(values)) return;
    collectSensitiveStrings(values, sensitiveTree, secrets);
    const modulePath = moduleConfigPath(parsed.modules);
    const localAddress = `${parsed.type}.${parsed.name}`;
    const configResource = config.resource(modulePath, localAddress);
    const provider = settings(configResource?.provider_config_key, typeof raw.provider_name === "string" ? raw.provider_name : parsed.type.split("_")[0]);
    const r = {
      address,
      type: parsed.type,
      name: parsed.name,
      modules: parsed.modules,
      moduleInstance: moduleInstancePath(parsed.modules),
      moduleConfigPath: modulePath,
      localAddress,
      values,
      unknownTree,
      sensitiveTree,
      absentIsUnknown,
      input,
      inputOffset: offset,
      origin: "plan"
    };
    if (parsed.key !== void 0) r.key = parsed.key;
    if (configResource) r.config = configResource;
    if (provider.region) r.providerRegion = provider.region;
    if (provider.project) r.providerProject = provider.project;
    resources.push(r);
  };
  const changes = members.get("resource_changes");
  let fromChanges = 0;
  if (changes && !scanner.isNull(changes)) {
    for (const span of scanner.elements(changes)) {
      yield;
      const rc = scanner.parse(span, span.before);
      if (!isObject(rc) || !isObject(rc.change)) continue;
      const change = rc.change;
      const actions = Array.isArray(change.actions) ? change.actions : [];
      if (actions.length === 1 && actions[0] === "delete") continue;
      fromChanges++;
      add(rc, change.after, change.after_unknown ?? {}, change.after_sensitive ?? {}, change.after_unknown === void 0, span.start);
    }
  }
  if (fromChanges === 0) {
    const valuesSpan = members.get("planned_values") ?? members.get("values");
    if (valuesSpan && !scanner.isNull(valuesSpan)) {
      const pv = scanner.parse(valuesSpan);
      if (isObject(pv) && isObject(pv.root_module)) {
        walkModule(pv.root_module, (res) => add(res, res.values, {}, res.sensitive_values ?? {}, true, valuesSpan.start));
      }
    }
  }
  return { resources, config, secrets, notifications };
}
function walkModule(mod, each) {
  if (Array.isArray(mod.resources)) {
    for (const r of mod.resources) if (isObject(r)) each(r);
  }
  if (Array.isArray(mod.child_modules)) {
    for (const c of mod.child_modules) if (isObject(c)) walkModule(c, each);
  }
}

// providers/terraform/aws/accounts.ts
var CLASSES = ["require_lowercase_characters", "require_uppercase_characters", "require_numbers", "require_symbols"];
var passwordPolicy = (r) => {
  const length = setting(r, "minimum_password_length");
  const reuse = setting(r, "password_reuse_prevention");
  const age = setting(r, "max_password_age");
  const classes = CLASSES.map((c) => flag(r, c));
  const yes = classes.filter((c) => c.truth === "yes").length;
  const maybe = classes.filter((c) => c.truth === "unknown").length;
  const characterClasses = yes >= 3 || maybe === 0 ? yes : yes + maybe >= 3 ? "unknown" : yes;
  const num = (a, whenUnset) => a.state === "unknown" ? "unknown" : a.state === "unset" ? whenUnset : numberOf(a) === 0 ? void 0 : numberOf(a);
  return {
    minLength: num(length, 6),
    characterClasses,
    reusePrevention: num(reuse, void 0),
    maxAgeDays: num(age, void 0),
    evidence: [evidence(r, length), ...classes.map((c) => evidence(r, c.attr)), evidence(r, reuse), evidence(r, age)]
  };
};
var accessKey = (r) => {
  const user2 = text(r, "user");
  const status = text(r, "status");
  return {
    label: `IAM access key${user2.state === "known" ? ` of user ${String(user2.value)}` : ""}`,
    longLivedKey: "yes",
    evidence: [evidence(r, user2, { show: true }), evidence(r, status, { show: true, ...status.state === "unset" ? { note: "not set: Active" } : {} })]
  };
};
var serviceCredential = (r) => {
  const service = text(r, "service_name");
  return {
    label: "IAM service-specific credential",
    longLivedKey: "yes",
    evidence: [evidence(r, service, { show: true })]
  };
};
var accountsTable = {
  passwordPolicy: {
    aws_iam_account_password_policy: passwordPolicy
  },
  credential: {
    aws_iam_access_key: accessKey,
    aws_iam_service_specific_credential: serviceCredential
  }
};

// providers/terraform/aws/backups.ts
var ARN_SHAPES = {
  aws_db_instance: (n) => `arn:aws:rds:*:*:db:${n}`,
  aws_rds_cluster: (n) => `arn:aws:rds:*:*:cluster:${n}`,
  aws_docdb_cluster: (n) => `arn:aws:rds:*:*:cluster:${n}`,
  aws_neptune_cluster: (n) => `arn:aws:rds:*:*:cluster:${n}`,
  aws_dynamodb_table: (n) => `arn:aws:dynamodb:*:*:table/${n}`,
  aws_efs_file_system: (n) => `arn:aws:elasticfilesystem:*:*:file-system/${n}`,
  aws_redshift_cluster: (n) => `arn:aws:redshift:*:*:cluster:${n}`
};
var NAME_ATTRIBUTE = {
  aws_db_instance: "identifier",
  aws_rds_cluster: "cluster_identifier",
  aws_docdb_cluster: "cluster_identifier",
  aws_neptune_cluster: "cluster_identifier",
  aws_dynamodb_table: "name",
  aws_redshift_cluster: "cluster_identifier"
};
function wildcardMatches(pattern, store) {
  if (pattern === "*") return true;
  const shape = ARN_SHAPES[store.type];
  if (!shape) return false;
  const nameAttr = NAME_ATTRIBUTE[store.type];
  const name = nameAttr ? text(store, nameAttr) : void 0;
  const parts = pattern.split(":");
  if (parts.length >= 5) parts[4] = "*";
  if (parts.length >= 4) parts[3] = "*";
  const re = new RegExp(`^${parts.join(":").split("*").map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`);
  if (name?.state === "known") return re.test(shape(String(name.value)));
  return re.test(shape("x")) || re.test(shape("")) ? "maybe" : false;
}
function tagsMatch(sel, store) {
  const tagBlocks = settingBlocks(sel, "selection_tag");
  const conditions = settingBlocks(sel, "condition");
  if (tagBlocks === "unknown" || conditions === "unknown") return "maybe";
  const hasConditions = conditions.some((c) => Object.values(c).some((v) => Array.isArray(v) && v.length > 0));
  if (tagBlocks.length === 0 && !hasConditions) return "none";
  const tags = setting(store, "tags");
  const all = attr(store, "tags_all");
  const known = all.state === "known" ? all.value : tags.state === "known" ? tags.value : void 0;
  if (hasConditions) return "maybe";
  if (known === void 0 || known === null || typeof known !== "object") return tags.state === "unset" && all.state !== "unknown" ? "no" : "maybe";
  const map = known;
  const verdicts = tagBlocks.map((t) => {
    const key = typeof t.key === "string" ? t.key : void 0;
    const value = typeof t.value === "string" ? t.value : void 0;
    const type = typeof t.type === "string" ? t.type : "STRINGEQUALS";
    if (!key || value === void 0 || type !== "STRINGEQUALS") return "maybe";
    return map[key] === value ? "yes" : "no";
  });
  return verdicts.includes("yes") ? "yes" : verdicts.includes("maybe") ? "maybe" : "no";
}
function planRetention(plan) {
  const rules = settingBlocks(plan, "rule");
  if (rules === "unknown") return "unknown";
  let longest2 = 0;
  let unknown = false;
  for (let i = 0; i < rules.length; i++) {
    const lifecycle = settingBlocks(plan, `rule[${i}].lifecycle`);
    if (lifecycle === "unknown") {
      unknown = true;
      continue;
    }
    const days = setting(plan, `rule[${i}].lifecycle[0].delete_after`);
    if (lifecycle.length === 0 || days.state === "unset" || days.value === 0) return void 0;
    if (days.state === "unknown") unknown = true;
    else if (typeof days.value === "number" && longest2 !== void 0) longest2 = Math.max(longest2, days.value);
  }
  if (unknown) return "unknown";
  return rules.length ? longest2 : "unknown";
}
function backupPlanCoverage(store, ctx) {
  let best = { covered: "no", evidence: [] };
  for (const sel of ctx.links.ofType("aws_backup_selection")) {
    const excluded = ctx.links.targets(sel, "not_resources").includes(store);
    if (excluded) continue;
    const direct = ctx.links.targets(sel, "resources").includes(store);
    let covered = direct ? "yes" : "no";
    if (!direct) {
      const resources = setting(sel, "resources");
      const patterns = strings(resources).filter((p) => p.includes("*"));
      const tags = tagsMatch(sel, store);
      const byPattern = patterns.map((p) => wildcardMatches(p, store));
      const listed = byPattern.includes(true) ? "yes" : byPattern.includes("maybe") ? "maybe" : "no";
      const emptyResources = resources.state === "unset" || resources.state === "known" && strings(resources).length === 0;
      if (emptyResources) covered = tags === "none" ? "no" : tags;
      else if (listed !== "no") covered = tags === "none" || tags === "yes" ? listed : tags === "no" ? "no" : "maybe";
      if (resources.state === "unknown" && covered === "no") covered = "maybe";
    }
    if (covered === "no") continue;
    const plan = ctx.links.targets(sel, "plan_id", ["aws_backup_plan"])[0];
    const retention2 = plan ? planRetention(plan) : "unknown";
    const ev2 = [fromResource(sel, direct ? "resources" : "selection_tag", covered === "yes" ? "AWS Backup selection covers the store" : "AWS Backup selection may cover the store (wildcard or tag condition)")];
    if (plan) ev2.push(fromResource(plan, "rule[*].lifecycle[0].delete_after", retention2 === void 0 ? "a rule keeps recovery points until deleted" : typeof retention2 === "number" ? `recovery points kept ${retention2} days` : "retention known after apply"));
    const candidate = { covered, retentionDays: retention2, evidence: ev2 };
    if (rank(candidate) > rank(best)) best = candidate;
  }
  return best;
}
function rank(c) {
  if (c.covered === "no") return 0;
  if (c.covered === "maybe") return 1;
  if (c.retentionDays === "unknown") return 2;
  return c.retentionDays === void 0 ? 4 : 3 + Math.min(c.retentionDays, 36500) / 1e5;
}
function longest(a, b) {
  if (a === void 0 || b === void 0) return void 0;
  if (a === "unknown" || b === "unknown") return "unknown";
  return Math.max(a, b);
}
function combine(service, own2, store, ctx) {
  const plan = backupPlanCoverage(store, ctx);
  const out = { service, enabled: own2.enabled, evidence: [...own2.evidence, ...plan.evidence] };
  if (own2.retentionDays !== void 0) out.retentionDays = own2.retentionDays;
  if (own2.settle) out.settle = own2.settle;
  if (plan.covered === "yes") {
    const r = own2.enabled === "yes" ? longest(own2.retentionDays, plan.retentionDays) : plan.retentionDays;
    out.enabled = "yes";
    if (r === void 0) delete out.retentionDays;
    else out.retentionDays = r;
    if (r === "unknown") out.settle = "the lifecycle (delete_after) of the AWS Backup plan rules once applied";
    else delete out.settle;
  } else if (plan.covered === "maybe" && own2.enabled !== "yes") {
    out.enabled = "unknown";
    out.settle = "whether the AWS Backup selection (wildcard resources or tag conditions) covers the store";
  }
  return out;
}
function retention(service, attribute, whenUnset) {
  return (r, ctx) => {
    const a = setting(r, attribute);
    let own2;
    if (a.state === "unknown") own2 = { enabled: "unknown", retentionDays: "unknown", evidence: [evidence(r, a)], settle: `the \`${attribute}\` once applied` };
    else {
      const days = a.state === "unset" ? whenUnset : numberOf(a);
      if (days === void 0) own2 = { enabled: "unknown", retentionDays: "unknown", evidence: [evidence(r, a)], settle: `the \`${attribute}\` once applied` };
      else if (days === 0) own2 = { enabled: "no", evidence: [evidence(r, a, { note: a.state === "unset" ? "not set: no automated backups" : "automated backups turned off" })] };
      else own2 = { enabled: "yes", retentionDays: days, evidence: [evidence(r, a, a.state === "unset" ? { note: `not set: AWS keeps automated backups ${whenUnset} day(s)` } : {})] };
    }
    return combine(service, own2, r, ctx);
  };
}
var dbInstance = (r, ctx) => {
  if (setting(r, "replicate_source_db").state !== "unset") return void 0;
  return retention("RDS instance", "backup_retention_period", 1)(r, ctx);
};
var dynamodbTable = (r, ctx) => {
  const f = flag(r, "point_in_time_recovery[0].enabled");
  let own2;
  if (f.truth === "unknown") own2 = { enabled: "unknown", evidence: [evidence(r, f.attr)], settle: "the point-in-time recovery setting of the table once applied" };
  else if (f.truth !== "yes") own2 = { enabled: "no", evidence: [evidence(r, f.attr, { note: f.truth === "unset" ? "not set: point-in-time recovery is off" : void 0 })] };
  else {
    const period = setting(r, "point_in_time_recovery[0].recovery_period_in_days");
    const days = period.state === "unset" ? 35 : period.state === "unknown" ? "unknown" : numberOf(period) ?? "unknown";
    own2 = { enabled: "yes", retentionDays: days, evidence: [evidence(r, f.attr), evidence(r, period, period.state === "unset" ? { note: "not set: 35 days" } : {})] };
  }
  return combine("DynamoDB table", own2, r, ctx);
};
var efsFileSystem = (r, ctx) => {
  const policies = ctx.links.sources(r, "aws_efs_backup_policy", "file_system_id");
  let own2 = { enabled: "no", evidence: [{ path: "aws_efs_backup_policy", value: null, note: "no backup policy in this plan: automatic backups are off unless turned on elsewhere" }] };
  for (const p of policies) {
    const status = text(p, "backup_policy[0].status");
    const ev2 = evidence(p, status, { show: true, from: p });
    if (status.state === "unknown") own2 = { enabled: "unknown", evidence: [ev2], settle: "the status of the EFS backup policy once applied" };
    else if (status.value === "ENABLED" || status.value === "ENABLING") {
      own2 = { enabled: "yes", retentionDays: 35, evidence: [{ ...ev2, note: "automatic backups: the default AWS Backup plan keeps daily backups 35 days" }] };
      break;
    } else own2 = { enabled: "no", evidence: [ev2] };
  }
  return combine("EFS file system", own2, r, ctx);
};
var elasticacheGroup = retention("ElastiCache replication group", "snapshot_retention_limit", 0);
var backupVault = (r, ctx) => {
  const label = "AWS Backup vault";
  const locks = ctx.links.sources(r, "aws_backup_vault_lock_configuration", "backup_vault_name");
  const encryption = { path: "kms_key_arn", note: "recovery points are always encrypted (AWS Backup key unless a KMS key is named)" };
  if (locks.length === 0) {
    return { label, immutable: "no", encrypted: "yes", evidence: [{ path: "aws_backup_vault_lock_configuration", value: null, note: "no vault lock in this plan" }, encryption] };
  }
  const lock = locks[0];
  const grace = setting(lock, "changeable_for_days");
  const ev2 = [evidence(lock, grace, { from: lock }), encryption];
  if (grace.state === "unknown") return { label, immutable: "unknown", encrypted: "yes", evidence: ev2, settle: "the `changeable_for_days` of the vault lock once applied" };
  if (grace.state === "unset") return { label, immutable: "no", encrypted: "yes", evidence: [{ ...ev2[0], note: "governance mode: users with the permission can remove the lock and delete recovery points" }, encryption] };
  return { label, immutable: "yes", encrypted: "yes", evidence: [{ ...ev2[0], note: "compliance mode: the lock cannot be removed after the grace time" }, encryption] };
};
var airGappedVault = (r) => {
  const min = setting(r, "min_retention_days");
  return {
    label: "AWS Backup logically air-gapped vault",
    immutable: "yes",
    encrypted: "yes",
    evidence: [evidence(r, min, { note: "logically air-gapped vaults are locked in compliance mode" })]
  };
};
var backupsTable2 = {
  backup: {
    aws_db_instance: dbInstance,
    aws_rds_cluster: retention("RDS cluster", "backup_retention_period", 1),
    aws_docdb_cluster: retention("DocumentDB cluster", "backup_retention_period", 1),
    aws_neptune_cluster: retention("Neptune cluster", "backup_retention_period", 1),
    aws_redshift_cluster: retention("Redshift cluster", "automated_snapshot_retention_period", 1),
    aws_dynamodb_table: dynamodbTable,
    aws_efs_file_system: efsFileSystem,
    aws_elasticache_replication_group: elasticacheGroup
  },
  backupVault: {
    aws_backup_vault: backupVault,
    aws_backup_logically_air_gapped_vault: airGappedVault
  }
};

// providers/terraform/aws/detection.ts
var guardDuty = (r, ctx) => {
  const service = "GuardDuty";
  const enable = flag(r, "enable");
  const enabled = enable.truth === "unset" ? "yes" : enable.truth;
  const ev2 = [evidence(r, enable.attr)];
  let malware = "unknown";
  const features = ctx.links.sources(r, "aws_guardduty_detector_feature", "detector_id").filter((f) => {
    const name = text(f, "name");
    return name.state !== "known" || name.value === "EBS_MALWARE_PROTECTION";
  });
  for (const f of features) {
    const status = text(f, "status");
    ev2.push(evidence(f, status, { show: true, from: f }));
    if (status.state === "known") malware = status.value === "ENABLED" ? "yes" : "no";
  }
  if (features.length === 0) {
    const legacy = flag(r, "datasources[0].malware_protection[0].scan_ec2_instance_with_findings[0].ebs_volumes[0].enable");
    if (legacy.truth === "yes" || legacy.truth === "no") malware = legacy.truth;
    ev2.push(evidence(r, legacy.attr, legacy.truth === "unset" ? { note: "not in this plan: depends on how the account was set up" } : {}));
  }
  return { service, enabled, malwareProtection: malware, evidence: ev2 };
};
var vpc = (r, ctx) => {
  const label = "VPC";
  const logs = ctx.links.sources(r, "aws_flow_log", "vpc_id");
  if (logs.length) {
    const log = logs[0];
    const traffic = text(log, "traffic_type");
    return { label, enabled: "yes", evidence: [fromResource(log, "vpc_id", "flow log of the VPC"), evidence(log, traffic, { show: true, from: log })] };
  }
  const unresolved = ctx.links.ofType("aws_flow_log").filter((l) => {
    if (l.moduleInstance !== r.moduleInstance) return false;
    const id = setting(l, "vpc_id");
    return id.state === "unknown" && ctx.links.targets(l, "vpc_id").length === 0;
  });
  if (unresolved.length) {
    return { label, enabled: "unknown", evidence: [fromResource(unresolved[0], "vpc_id", "flow log whose VPC is known only after apply")], settle: "which VPC the flow logs of this module record" };
  }
  return { label, enabled: "no", evidence: [{ path: "aws_flow_log", value: null, note: "no flow log in this plan records the VPC" }] };
};
function wildcard(filter, name) {
  const re = new RegExp(`^${filter.split("*").map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`);
  return re.test(name);
}
var ecrRepository = (r, ctx) => {
  const label = "ECR repository";
  const push = flag(r, "image_scanning_configuration[0].scan_on_push");
  const ev2 = [evidence(r, push.attr)];
  if (push.truth === "yes") return { label, enabled: "yes", evidence: ev2 };
  for (const enabler of ctx.links.ofType("aws_inspector2_enabler")) {
    const types = setting(enabler, "resource_types");
    if (types.state === "known" && strings(types).includes("ECR")) return { label, enabled: "yes", evidence: [fromResource(enabler, "resource_types", "Amazon Inspector scans ECR images")] };
  }
  const name = text(r, "name");
  let unknown = push.truth === "unknown";
  for (const registry of ctx.links.ofType("aws_ecr_registry_scanning_configuration")) {
    const rules = settingBlocks(registry, "rule");
    if (rules === "unknown") {
      unknown = true;
      continue;
    }
    for (let i = 0; i < rules.length; i++) {
      const filters = settingBlocks(registry, `rule[${i}].repository_filter`);
      if (filters === "unknown") {
        unknown = true;
        continue;
      }
      for (let j = 0; j < filters.length; j++) {
        const f = text(registry, `rule[${i}].repository_filter[${j}].filter`);
        if (f.state !== "known" || name.state !== "known") {
          unknown = true;
          continue;
        }
        if (wildcard(String(f.value), String(name.value))) {
          return { label, enabled: "yes", evidence: [fromResource(registry, `rule[${i}].repository_filter[${j}].filter`, "a registry scanning rule matches the repository")] };
        }
      }
    }
  }
  if (unknown) return { label, enabled: "unknown", evidence: ev2, settle: "the scan on push setting of the repository, or the registry scanning rules, once applied" };
  return { label, enabled: "no", evidence: [{ ...ev2[0], note: push.truth === "unset" ? "not set: images are not scanned on push" : "images are not scanned on push" }] };
};
var inspector = (r) => {
  const label = "Amazon Inspector (EC2 instances)";
  const types = setting(r, "resource_types");
  if (types.state === "unknown") return { label, enabled: "unknown", evidence: [evidence(r, types)], settle: "the resource types Amazon Inspector scans, once applied" };
  const ec2 = strings(types).includes("EC2");
  return { label, enabled: ec2 ? "yes" : "no", evidence: [evidence(r, types, { note: ec2 ? "EC2 instances are scanned" : "EC2 is not among the scanned resource types" })] };
};
var detectionTable = {
  detection: {
    aws_guardduty_detector: guardDuty
  },
  flowLog: {
    aws_vpc: vpc,
    aws_default_vpc: vpc
  },
  vulnerabilityScan: {
    aws_ecr_repository: ecrRepository,
    aws_inspector2_enabler: inspector
  }
};

// providers/terraform/aws/network.ts
var PROTOCOL_NUMBERS = { "-1": "all", all: "all", "6": "tcp", "17": "udp", "1": "icmp", "58": "icmpv6" };
function protocolName(a) {
  if (a.state !== "known") return void 0;
  const p = String(a.value).toLowerCase();
  return PROTOCOL_NUMBERS[p] ?? p;
}
function portsOf(protocol, from, to) {
  if (protocol === "all") return "all";
  if (protocol === void 0 || from.state !== "known" || to.state !== "known") return "unknown";
  const lo = Number(from.value);
  const hi = Number(to.value);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return "unknown";
  return [{ from: lo, to: hi }];
}
function cidrSources(r, paths) {
  const out = [];
  for (const path9 of paths) {
    const a = setting(r, path9);
    if (a.state === "unknown") return "unknown";
    out.push(...strings(a));
  }
  return out;
}
function readRule(r, shape, evidencePath) {
  const protocol = protocolName(setting(r, `${shape.prefix}${shape.protocol}`));
  const rule2 = {
    action: "allow",
    // An unknown protocol may be TCP: keep the rule, with unknown ports, so it is never read as closed.
    protocol: protocol ?? "all",
    ports: protocol === void 0 ? "unknown" : portsOf(protocol, setting(r, `${shape.prefix}${shape.from}`), setting(r, `${shape.prefix}${shape.to}`)),
    sources: cidrSources(r, shape.cidrs.map((c) => `${shape.prefix}${c}`)),
    evidence: { path: evidencePath }
  };
  if (Array.isArray(rule2.sources) && rule2.sources.length) rule2.evidence.value = rule2.sources.join(", ");
  if (shape.action) {
    const action = text(r, `${shape.prefix}${shape.action}`);
    rule2.action = action.state === "known" && String(action.value).toLowerCase() === "deny" ? "deny" : "allow";
  }
  if (shape.priority) {
    const n = setting(r, `${shape.prefix}${shape.priority}`);
    rule2.priority = n.state === "known" && typeof n.value === "number" ? n.value : 0;
  }
  return rule2;
}
var SG_INLINE = { protocol: "protocol", from: "from_port", to: "to_port", cidrs: ["cidr_blocks", "ipv6_cidr_blocks"] };
var SG_RULE = { prefix: "", ...SG_INLINE };
var VPC_INGRESS_RULE = { prefix: "", protocol: "ip_protocol", from: "from_port", to: "to_port", cidrs: ["cidr_ipv4", "cidr_ipv6"] };
var NACL_INLINE = { protocol: "protocol", from: "from_port", to: "to_port", cidrs: ["cidr_block", "ipv6_cidr_block"], action: "action", priority: "rule_no" };
var NACL_RULE = {
  prefix: "",
  protocol: "protocol",
  from: "from_port",
  to: "to_port",
  cidrs: ["cidr_block", "ipv6_cidr_block"],
  action: "rule_action",
  priority: "rule_number"
};
function separateRules(sg, ctx) {
  const out = [];
  for (const s of ctx.links.sources(sg, "aws_security_group_rule", "security_group_id")) {
    if (isIngressRule(s)) out.push({ rule: readRule(s, SG_RULE, "cidr_blocks"), from: s });
  }
  for (const s of ctx.links.sources(sg, "aws_vpc_security_group_ingress_rule", "security_group_id")) {
    out.push({ rule: readRule(s, VPC_INGRESS_RULE, "cidr_ipv4"), from: s });
  }
  return out;
}
function isIngressRule(r) {
  const type = text(r, "type");
  return type.state !== "known" || type.value === "ingress";
}
function securityGroupIngress(r, ctx) {
  const list = blocks(r, "ingress");
  if (list === "unknown") {
    return { evaluation: "union", rules: [], complete: separateRules(r, ctx).length > 0 };
  }
  return { evaluation: "union", rules: list.map((_, i) => readRule(r, { prefix: `ingress[${i}].`, ...SG_INLINE }, `ingress[${i}].cidr_blocks`)), complete: true };
}
var securityGroupRule = (r) => {
  if (!isIngressRule(r)) return void 0;
  return { evaluation: "union", rules: [readRule(r, SG_RULE, "cidr_blocks")], complete: true };
};
var vpcIngressRule = (r) => ({ evaluation: "union", rules: [readRule(r, VPC_INGRESS_RULE, "cidr_ipv4")], complete: true });
var networkAcl = (r) => {
  const list = blocks(r, "ingress");
  if (list === "unknown") return { evaluation: "priority", rules: [], complete: false, stateless: true };
  return {
    evaluation: "priority",
    rules: list.map((_, i) => readRule(r, { prefix: `ingress[${i}].`, ...NACL_INLINE }, `ingress[${i}].cidr_block`)),
    complete: true,
    stateless: true
  };
};
var networkAclRule = (r, ctx) => {
  if (setting(r, "egress").value === true) return void 0;
  const own2 = readRule(r, NACL_RULE, "cidr_block");
  const acl = ctx.links.targets(r, "network_acl_id", ["aws_network_acl"])[0];
  const siblings = acl ? ctx.links.sources(acl, "aws_network_acl_rule", "network_acl_id").filter((s) => s !== r && setting(s, "egress").value !== true).map((s) => ({ s, rule: readRule(s, NACL_RULE, "cidr_block") })).filter(({ rule: rule2 }) => rule2.action === "deny" && (rule2.priority ?? Infinity) < (own2.priority ?? 0)).map(({ s, rule: rule2 }) => ({ ...rule2, evidence: { ...rule2.evidence, from: s.address } })) : [];
  return { evaluation: "priority", rules: [...siblings, own2], complete: true, stateless: true };
};
var networkTable = {
  ingress: {
    aws_security_group: securityGroupIngress,
    // The VPC's default group, adopted by Terraform: same inline `ingress` as any group.
    aws_default_security_group: securityGroupIngress,
    aws_security_group_rule: securityGroupRule,
    aws_vpc_security_group_ingress_rule: vpcIngressRule,
    aws_network_acl: networkAcl,
    aws_default_network_acl: networkAcl,
    aws_network_acl_rule: networkAclRule
  }
};

// providers/terraform/aws/endpoints.ts
var ENGINE_PORTS = [
  [/postgres/, 5432],
  [/^(aurora|aurora-mysql|mysql|mariadb)$/, 3306],
  [/^oracle/, 1521],
  [/^sqlserver/, 1433],
  [/^db2/, 5e4],
  [/^(docdb|neptune)/, 27017]
];
function listenerPort(r) {
  const port = numberOf(setting(r, "port"));
  if (port !== void 0) return port;
  const engine = text(r, "engine");
  if (engine.state !== "known") return void 0;
  return ENGINE_PORTS.find(([re]) => re.test(String(engine.value)))?.[1];
}
function reachesPort(rule2, port) {
  if (!coversTcp(rule2.protocol)) return false;
  if (rule2.ports === "unknown") return "unknown";
  return port === void 0 || portsCover(rule2.ports, port);
}
function networksFromGroups(ctx, holder, path9, port) {
  const ids = setting(holder, path9);
  const from = holder.address;
  if (ids.state === "unset" || ids.state === "known" && strings(ids).length === 0) {
    return { networks: "unknown", evidence: [{ path: path9, from, value: null, note: "no security group set: the VPC's default group applies" }] };
  }
  const { targets, complete } = resolveAll(ctx, holder, path9, ["aws_security_group"]);
  if (!complete) return { networks: "unknown", evidence: [{ path: path9, from, note: "security groups not all in this plan" }] };
  const networks = /* @__PURE__ */ new Set();
  const ev2 = [];
  for (const sg of targets) {
    const inline = securityGroupIngress(sg, ctx);
    if (!inline.complete) return { networks: "unknown", evidence: [{ path: "ingress", from: sg.address, note: "rules known after apply" }] };
    const rules = [...inline.rules.map((rule2) => ({ rule: rule2, from: sg })), ...separateRules(sg, ctx)];
    for (const { rule: rule2, from: owner } of rules) {
      const reaches = reachesPort(rule2, port);
      if (reaches === false) continue;
      if (reaches === "unknown" || rule2.sources === "unknown") return { networks: "unknown", evidence: [{ ...rule2.evidence, from: owner.address, note: "rule known after apply" }] };
      if (rule2.sources.length === 0) continue;
      rule2.sources.forEach((s) => networks.add(s));
      ev2.push({ ...rule2.evidence, from: owner.address });
    }
  }
  return { networks: [...networks], evidence: ev2 };
}
function publiclyAccessible(spec) {
  return (r, ctx) => {
    const f = flag(r, "publicly_accessible");
    const publicAccess = f.truth === "unset" ? spec.whenUnset : f.truth;
    const base = { kind: spec.kind, label: spec.label, publicAccess };
    const ev2 = [evidence(r, f.attr)];
    if (publicAccess === "no") return { ...base, allowedNetworks: [], evidence: ev2 };
    if (publicAccess === "unknown") return { ...base, allowedNetworks: "unknown", evidence: ev2, settle: "the `publicly_accessible` setting once applied" };
    const holder = spec.groupsHolder ? spec.groupsHolder(r, ctx) : r;
    if (!holder) {
      return { ...base, allowedNetworks: "unknown", evidence: ev2, settle: "the security groups of the cluster this instance belongs to" };
    }
    const n = networksFromGroups(ctx, holder, "vpc_security_group_ids", listenerPort(holder) ?? listenerPort(r));
    return {
      ...base,
      allowedNetworks: n.networks,
      evidence: [...ev2, ...n.evidence],
      ...n.networks === "unknown" ? { settle: "the inbound rules of the security groups attached to the endpoint" } : {}
    };
  };
}
var eksCluster = (r) => {
  const base = { kind: "kubernetes-api", label: "EKS cluster API endpoint" };
  const pub = flag(r, "vpc_config[0].endpoint_public_access");
  const publicAccess = pub.truth === "unset" ? "yes" : pub.truth;
  const ev2 = [evidence(r, pub.attr)];
  if (publicAccess === "no") return { ...base, publicAccess, allowedNetworks: [], evidence: ev2 };
  if (publicAccess === "unknown") return { ...base, publicAccess, allowedNetworks: "unknown", evidence: ev2, settle: "the `endpoint_public_access` setting once applied" };
  const cidrs2 = setting(r, "vpc_config[0].public_access_cidrs");
  if (cidrs2.state === "unknown") {
    return { ...base, publicAccess, allowedNetworks: "unknown", evidence: [...ev2, evidence(r, cidrs2)], settle: "the `public_access_cidrs` of the cluster once applied" };
  }
  if (cidrs2.state === "unset") {
    return { ...base, publicAccess, allowedNetworks: "any", evidence: [...ev2, { path: cidrs2.path, value: null, note: "not set: AWS allows 0.0.0.0/0" }] };
  }
  const list = strings(cidrs2);
  const any = list.includes("0.0.0.0/0") || list.includes("::/0");
  return { ...base, publicAccess, allowedNetworks: any ? "any" : list, evidence: [...ev2, { path: cidrs2.path, value: list.join(", ") }] };
};
function searchDomain(label) {
  return (r) => {
    const base = { kind: "database", label };
    const vpc2 = blocks(r, "vpc_options");
    if (vpc2 === "unknown") return { ...base, publicAccess: "unknown", allowedNetworks: "unknown", evidence: [{ path: "vpc_options", note: "known after apply" }] };
    const subnets = setting(r, "vpc_options[0].subnet_ids");
    if (vpc2.length > 0 && subnets.state === "unknown") {
      return { ...base, publicAccess: "unknown", allowedNetworks: "unknown", evidence: [evidence(r, subnets)], settle: "the VPC placement of the domain once applied" };
    }
    if (vpc2.length > 0 && strings(subnets).length > 0) return { ...base, publicAccess: "no", allowedNetworks: [], evidence: [{ path: "vpc_options[0].subnet_ids", note: "VPC endpoint" }] };
    return {
      ...base,
      publicAccess: "yes",
      allowedNetworks: "unknown",
      evidence: [{ path: "vpc_options", value: null, note: "no VPC: public endpoint" }],
      settle: "the domain access policy (aws:SourceIp conditions) or fine-grained access control"
    };
  };
}
var endpointsTable = {
  adminEndpoint: {
    aws_eks_cluster: eksCluster,
    // RDS: `publicly_accessible` defaults to false.
    aws_db_instance: publiclyAccessible({ kind: "database", label: "RDS instance", whenUnset: "no" }),
    aws_rds_cluster_instance: publiclyAccessible({
      kind: "database",
      label: "RDS cluster instance",
      whenUnset: "no",
      groupsHolder: (r, ctx) => ctx.links.targets(r, "cluster_identifier", ["aws_rds_cluster"])[0]
    }),
    // Redshift: the plan carries the provider default (true in provider 5, false in provider 6).
    aws_redshift_cluster: publiclyAccessible({ kind: "database", label: "Redshift cluster", whenUnset: "unknown" }),
    // DMS: computed; the API makes replication instances public unless told otherwise.
    aws_dms_replication_instance: publiclyAccessible({ kind: "management", label: "DMS replication instance", whenUnset: "yes" }),
    aws_opensearch_domain: searchDomain("OpenSearch domain"),
    aws_elasticsearch_domain: searchDomain("Elasticsearch domain")
  }
};

// providers/terraform/aws/identity.ts
function unknownGrant(evidence3) {
  return { admin: "unknown", mfaDeny: "unknown", evidence: evidence3 };
}
function documentGrant(holder, path9) {
  const doc = setting(holder, path9);
  if (doc.state !== "known") return unknownGrant(fromResource(holder, path9, "policy document known after apply"));
  const statements = parsePolicy(doc.value);
  if (!statements) return unknownGrant(fromResource(holder, path9, "policy document could not be read"));
  const admin = grantsAdmin(statements);
  const mfaDeny = deniesWithoutMfa(statements);
  const note = [admin ? "allows * (or iam:*) on all resources" : "", mfaDeny ? "denies actions without MFA" : ""].filter(Boolean).join("; ");
  return { admin: admin ? "yes" : "no", mfaDeny: mfaDeny ? "yes" : "no", evidence: fromResource(holder, path9, note || void 0) };
}
function arnGrants(ctx, holder, path9) {
  const a = setting(holder, path9);
  if (a.state === "unset") return [];
  if (a.state === "known") {
    const policies = ctx.links.targets(holder, path9, ["aws_iam_policy"]);
    return strings(a).map((arn) => {
      if (AWS_MANAGED_POLICY.test(arn)) {
        const admin = managedPolicyIsAdmin(arn);
        return { admin: admin ? "yes" : "no", mfaDeny: "no", evidence: { path: path9, value: arn, from: holder.address, ...admin ? { note: "AWS managed administrator policy" } : {} } };
      }
      const policy = policies.find((p) => p.values.arn === arn);
      return policy ? documentGrant(policy, "policy") : unknownGrant(fromResource(holder, path9, "customer managed policy not in this plan"));
    });
  }
  const { targets, complete } = resolveAll(ctx, holder, path9, ["aws_iam_policy"]);
  const grants = targets.map((p) => documentGrant(p, "policy"));
  if (!complete) grants.push(unknownGrant(fromResource(holder, path9, "policy ARN known after apply")));
  return grants;
}
var USER_POLICIES = { attachment: "aws_iam_user_policy_attachment", inline: "aws_iam_user_policy", path: "user", shared: "users" };
var GROUP_POLICIES = { attachment: "aws_iam_group_policy_attachment", inline: "aws_iam_group_policy", path: "group", shared: "groups" };
var ROLE_POLICIES = { attachment: "aws_iam_role_policy_attachment", inline: "aws_iam_role_policy", path: "role", shared: "roles" };
function attached(ctx, principal, kind) {
  return [
    ...ctx.links.sources(principal, kind.attachment, kind.path).flatMap((a) => arnGrants(ctx, a, "policy_arn")),
    ...ctx.links.sources(principal, kind.inline, kind.path).map((p) => documentGrant(p, "policy")),
    ...ctx.links.sources(principal, "aws_iam_policy_attachment", kind.shared).flatMap((a) => arnGrants(ctx, a, "policy_arn"))
  ];
}
function groupGrants(ctx, group2) {
  return attached(ctx, group2, GROUP_POLICIES);
}
function groupsOf(ctx, user2) {
  const groups = /* @__PURE__ */ new Set();
  const unseen = [];
  const memberships = [
    ...ctx.links.sources(user2, "aws_iam_user_group_membership", "user").map((m) => [m, "groups"]),
    ...ctx.links.sources(user2, "aws_iam_group_membership", "users").map((m) => [m, "group"])
  ];
  for (const [m, path9] of memberships) {
    const { targets, complete } = resolveAll(ctx, m, path9, ["aws_iam_group"]);
    targets.forEach((g) => groups.add(g));
    if (!complete) unseen.push(unknownGrant(fromResource(m, path9, "group not in this plan: its policies are not visible")));
  }
  return { groups: [...groups], unseen };
}
function membersOf(ctx, group2) {
  return [
    ...ctx.links.sources(group2, "aws_iam_user_group_membership", "groups").flatMap((m) => ctx.links.targets(m, "user", ["aws_iam_user"])),
    ...ctx.links.sources(group2, "aws_iam_group_membership", "group").flatMap((m) => ctx.links.targets(m, "users", ["aws_iam_user"]))
  ];
}
function loginProfile(ctx, user2) {
  return ctx.links.sources(user2, "aws_iam_user_login_profile", "user")[0];
}
function summarise(grants) {
  const admin = anyOf(grants.map((g) => g.admin));
  const deny = anyOf(grants.map((g) => g.mfaDeny));
  const mfa = deny === "yes" ? "enforced" : deny === "unknown" ? "unknown" : "absent";
  const evidence3 = grants.filter((g) => g.admin !== "no" || g.mfaDeny !== "no").map((g) => g.evidence);
  return { admin, mfa, evidence: evidence3 };
}
function principalName(r) {
  const name = text(r, "name");
  return name.state === "known" ? String(name.value) : void 0;
}
function facet(kind, r, parts) {
  const principal = principalName(r);
  const out = { principalKind: kind, ...principal ? { principal } : {}, ...parts };
  if (!out.settle) delete out.settle;
  return out;
}
var ADMIN_SETTLE = "the policy documents attached to the principal (directly or through its groups) once applied";
var user = (r, ctx) => {
  const { groups, unseen } = groupsOf(ctx, r);
  const grants = [
    ...attached(ctx, r, USER_POLICIES),
    ...groups.flatMap((g) => groupGrants(ctx, g)),
    ...unseen
  ];
  const s = summarise(grants);
  const profile = loginProfile(ctx, r);
  const evidence3 = profile ? [...s.evidence, fromResource(profile, "user", "console password (login profile)")] : s.evidence;
  return facet("user", r, {
    admin: s.admin,
    humanAccess: profile ? "yes" : "unknown",
    mfa: s.mfa,
    evidence: evidence3,
    settle: s.admin === "unknown" ? ADMIN_SETTLE : profile ? "proof that MFA is enforced for this user" : "the IAM credential report (password_enabled, mfa_active) for this user"
  });
};
var group = (r, ctx) => {
  const s = summarise(groupGrants(ctx, r));
  const withConsole = membersOf(ctx, r).map((u) => loginProfile(ctx, u)).find((p) => p !== void 0);
  return facet("group", r, {
    admin: s.admin,
    humanAccess: withConsole ? "yes" : "unknown",
    mfa: s.mfa,
    evidence: withConsole ? [...s.evidence, fromResource(withConsole, "user", "a member has a console password")] : s.evidence,
    settle: s.admin === "unknown" ? ADMIN_SETTLE : "which members of the group sign in to the console (IAM credential report)"
  });
};
var role = (r, ctx) => {
  const inline = settingBlocks(r, "inline_policy");
  const grants = [
    ...attached(ctx, r, ROLE_POLICIES),
    ...arnGrants(ctx, r, "managed_policy_arns"),
    ...inline === "unknown" ? [unknownGrant({ path: "inline_policy", note: "known after apply" })] : inline.map((_, i) => documentGrant(r, `inline_policy[${i}].policy`))
  ].map((g) => g.evidence.from === r.address ? { ...g, evidence: withoutSelf(g.evidence) } : g);
  const s = summarise(grants);
  const trustDoc = setting(r, "assume_role_policy");
  const statements = trustDoc.state === "known" ? parsePolicy(trustDoc.value) : void 0;
  if (!statements) {
    return facet("role", r, {
      admin: s.admin,
      humanAccess: "unknown",
      mfa: "unknown",
      evidence: [...s.evidence, { path: "assume_role_policy", note: trustDoc.state === "known" ? "trust policy could not be read" : "known after apply" }],
      settle: s.admin === "unknown" ? ADMIN_SETTLE : "the trust policy of the role once applied"
    });
  }
  const trust = readTrust(statements);
  return facet("role", r, {
    admin: s.admin,
    humanAccess: trust.humanAccess,
    mfa: trust.mfa,
    evidence: [...s.evidence, { path: "assume_role_policy", note: trust.notes.join("; ") || "no statement lets anyone assume the role" }],
    settle: s.admin === "unknown" ? ADMIN_SETTLE : trust.settle ?? "who assumes the role, and whether they sign in with MFA"
  });
};
function withoutSelf(e) {
  const { from: _from, ...rest } = e;
  return rest;
}
var identityTable = {
  identity: {
    aws_iam_user: user,
    aws_iam_group: group,
    aws_iam_role: role
  }
};

// providers/terraform/aws/key-rotation.ts
function rotationOf(r, label, from) {
  const opts = from ? { from } : {};
  const usage = text(r, "key_usage");
  const spec = text(r, "customer_master_key_spec");
  const symmetric = (usage.state === "unset" || usage.value === "ENCRYPT_DECRYPT") && (spec.state === "unset" || spec.value === "SYMMETRIC_DEFAULT");
  if (usage.state === "unknown" || spec.state === "unknown") {
    return { label, rotation: "unknown", evidence: [evidence(r, usage, { show: true, ...opts }), evidence(r, spec, { show: true, ...opts })] };
  }
  if (!symmetric) {
    return { label, rotation: "not-applicable", evidence: [evidence(r, spec, { show: true, ...opts, note: "asymmetric and HMAC keys cannot rotate automatically" })] };
  }
  const enabled = flag(r, "enable_key_rotation");
  const ev2 = [evidence(r, enabled.attr, opts)];
  if (enabled.truth === "unknown") return { label, rotation: "unknown", evidence: ev2 };
  if (enabled.truth !== "yes") return { label, rotation: "no", evidence: [{ ...ev2[0], note: enabled.truth === "unset" ? "not set: automatic rotation is off" : "automatic rotation is off" }] };
  const period = setting(r, "rotation_period_in_days");
  if (period.state === "unknown") return { label, rotation: "yes", rotationDays: "unknown", evidence: [...ev2, evidence(r, period, opts)] };
  const days = period.state === "unset" ? 365 : numberOf(period);
  return {
    label,
    rotation: "yes",
    rotationDays: days ?? "unknown",
    evidence: [...ev2, period.state === "unset" ? { path: "rotation_period_in_days", value: null, note: "not set: every 365 days", ...from ? { from: from.address } : {} } : evidence(r, period, opts)]
  };
}
var kmsKey = (r) => rotationOf(r, "KMS key");
var replicaKey = (r, ctx) => {
  const primary2 = ctx.links.targets(r, "primary_key_arn", ["aws_kms_key"])[0];
  if (primary2) return rotationOf(primary2, "KMS replica key", primary2);
  return { label: "KMS replica key", rotation: "unknown", evidence: [{ path: "primary_key_arn", note: "primary key not in this plan: its rotation is the replica's" }] };
};
var externalKey = () => ({
  label: "KMS key with imported material",
  rotation: "not-applicable",
  evidence: [{ path: "key_material_base64", note: "imported key material cannot rotate automatically: rotate it by importing new material into a new key" }]
});
var keyRotationTable = {
  key: {
    aws_kms_key: kmsKey,
    aws_kms_replica_key: replicaKey,
    aws_kms_external_key: externalKey,
    aws_kms_replica_external_key: externalKey
  }
};

// providers/terraform/aws/region.ts
var ARN_REGION = /^arn:aws[a-z-]*:[^:]+:([a-z]{2}(?:-[a-z]+)+-\d+):/;
var AVAILABILITY_ZONE = /^([a-z]{2}(?:-[a-z]+)+-\d+)[a-z]$/;
function locate(r) {
  const own2 = setting(r, "region");
  if (own2.state === "known" && typeof own2.value === "string" && own2.value !== "") {
    return { region: own2.value, evidence: { path: "region", value: own2.value } };
  }
  if (own2.state === "unknown") return { region: void 0, evidence: { path: "region", note: "known after apply" } };
  if (r.providerRegion) {
    return { region: r.providerRegion, evidence: { path: "provider.region", value: r.providerRegion, note: "region of the provider configuration" } };
  }
  const arn = text(r, "arn");
  const fromArn = arn.state === "known" ? ARN_REGION.exec(String(arn.value))?.[1] : void 0;
  if (fromArn) return { region: fromArn, evidence: { path: "arn", value: fromArn, note: "region taken from the ARN" } };
  const az = text(r, "availability_zone");
  const fromAz = az.state === "known" ? AVAILABILITY_ZONE.exec(String(az.value))?.[1] : void 0;
  if (fromAz) return { region: fromAz, evidence: { path: "availability_zone", value: String(az.value) } };
  return { region: void 0, evidence: { path: "provider.region", note: "the provider region is not a constant or a root-module variable" } };
}
function regionOf2(r) {
  return locate(r).region;
}
function arnRegion(arn) {
  return ARN_REGION.exec(arn)?.[1];
}

// providers/terraform/aws/kms.ts
var CUSTOMER_KEY_TYPES = ["aws_kms_key", "aws_kms_replica_key", "aws_kms_external_key", "aws_kms_replica_external_key", "aws_kms_alias"];
var AWS_MANAGED_ALIAS = /(^|:)alias\/aws\//;
function keyOwner(r, ctx, path9) {
  const a = text(r, path9);
  if (a.state === "unset") return { key: "none", evidence: evidence(r, a, { note: "no KMS key: the AWS managed key of the service is used" }) };
  if (a.state === "known") {
    const managed = AWS_MANAGED_ALIAS.test(String(a.value));
    return { key: managed ? "provider" : "customer", evidence: evidence(r, a, { note: managed ? "AWS managed key" : "customer managed KMS key" }) };
  }
  const key = ctx.links.targets(r, path9, CUSTOMER_KEY_TYPES)[0];
  if (key) return { key: "customer", evidence: { path: a.path, from: key.address, note: "KMS key created in this plan" } };
  return { key: "unknown", evidence: evidence(r, a) };
}
function keyOrManaged(r, ctx, path9) {
  const k = keyOwner(r, ctx, path9);
  return k.key === "none" ? { key: "provider", evidence: k.evidence } : k;
}
function weakestKey(keys) {
  if (keys.length === 0) return "none";
  for (const k of ["none", "provider", "unknown"]) if (keys.includes(k)) return k;
  return "customer";
}

// providers/terraform/aws/s3.ts
function bucketConfigs(ctx, bucket2, type) {
  return ctx.links.sources(bucket2, type, "bucket");
}
function bucketEncryption(r, ctx) {
  const service = "S3 bucket";
  const separate = bucketConfigs(ctx, r, "aws_s3_bucket_server_side_encryption_configuration")[0];
  if (separate) return { service, encrypted: "yes", ...byDefaultRule(separate, ctx, "rule[0].apply_server_side_encryption_by_default[0]", separate) };
  const inline = "server_side_encryption_configuration[0].rule[0].apply_server_side_encryption_by_default[0]";
  const block = setting(r, "server_side_encryption_configuration");
  if (block.state === "unset" || block.state === "known" && Array.isArray(block.value) && block.value.length === 0) {
    return {
      service,
      encrypted: "yes",
      key: "provider",
      evidence: [{ path: "server_side_encryption_configuration", value: null, note: "no encryption configuration: S3 applies SSE-S3 (AES256) to all new objects since 2023-01-05" }]
    };
  }
  return { service, encrypted: "yes", ...byDefaultRule(r, ctx, inline) };
}
function byDefaultRule(r, ctx, prefix, from) {
  const algorithm = text(r, `${prefix}.sse_algorithm`);
  const ev2 = [evidence(r, algorithm, { show: true, ...from ? { from } : {} })];
  if (algorithm.state === "known" && algorithm.value === "AES256") return { key: "provider", evidence: ev2 };
  if (algorithm.state === "known" && String(algorithm.value).startsWith("aws:kms")) {
    const k = keyOrManaged(r, ctx, `${prefix}.kms_master_key_id`);
    return { key: k.key, evidence: [...ev2, from ? { ...k.evidence, from: k.evidence.from ?? from.address } : k.evidence] };
  }
  return { key: "unknown", evidence: ev2, settle: "the default encryption algorithm and key of the bucket once applied" };
}

// providers/terraform/aws/locations.ts
var CONTROL_PLANE_PREFIXES = [
  "aws_iam_",
  "aws_security_group",
  "aws_vpc_security_group_",
  "aws_default_security_group",
  "aws_network_acl",
  "aws_default_network_acl",
  "aws_vpc_",
  // endpoints, peering, DHCP options, IPAM, CIDR associations
  "aws_default_vpc",
  "aws_subnet",
  "aws_default_subnet",
  "aws_route",
  // routes, route tables and Route 53
  "aws_default_route_table",
  "aws_main_route_table_association",
  "aws_internet_gateway",
  "aws_egress_only_internet_gateway",
  "aws_nat_gateway",
  "aws_vpn_",
  "aws_customer_gateway",
  "aws_ec2_transit_gateway",
  "aws_dx_",
  "aws_eip",
  "aws_network_interface",
  "aws_kms_grant",
  "aws_cloudfront_",
  // global edge network: no region to judge
  "aws_organizations_",
  "aws_account_",
  "aws_ebs_encryption_by_default",
  "aws_ebs_default_kms_key",
  "aws_s3_account_public_access_block",
  "aws_s3_bucket_",
  // bucket settings; the bucket carries the locations (objects are below)
  "aws_key_pair",
  "aws_placement_group",
  "aws_backup_selection",
  "aws_backup_vault_",
  // vault notifications and lock settings
  "aws_lb_listener",
  "aws_lb_target_group",
  "aws_alb_listener",
  "aws_alb_target_group",
  "aws_api_gateway_",
  // methods, integrations, deployments…; the REST API itself is kept below
  "aws_apigatewayv2_",
  // routes, integrations…; the API itself is kept below
  "aws_appautoscaling_",
  "aws_budgets_",
  "aws_eks_access_"
  // access entries and policy associations: IAM for Kubernetes
];
var CONTROL_PLANE_TYPES = /* @__PURE__ */ new Set(["aws_vpc"]);
var CONTROL_PLANE_SUFFIXES = [
  "_policy",
  "_attachment",
  "_association",
  "_permission",
  "_public_access_block",
  "_alias",
  "_tag",
  "_validation",
  "_parameter_group",
  "_option_group",
  "_subnet_group",
  "_security_group",
  "_event_source_mapping",
  "_metric_alarm",
  "_dashboard"
];
var DATA_EXCEPTIONS = /* @__PURE__ */ new Set(["aws_s3_bucket_object", "aws_api_gateway_rest_api", "aws_api_gateway_stage", "aws_apigatewayv2_api", "aws_apigatewayv2_stage"]);
var holdsData = memoize((type) => {
  if (DATA_EXCEPTIONS.has(type)) return true;
  if (CONTROL_PLANE_TYPES.has(type)) return false;
  return !CONTROL_PLANE_PREFIXES.some((p) => type.startsWith(p)) && !CONTROL_PLANE_SUFFIXES.some((s) => type.endsWith(s));
});
function own(r, role2 = "primary") {
  const { region, evidence: ev2 } = locate(r);
  return { region, role: role2, evidence: ev2 };
}
var primary = (r) => holdsData(r.type) ? { locations: [own(r)] } : void 0;
function copyAt(ctx, r, path9, types, role2) {
  const target = ctx.links.targets(r, path9, types)[0];
  if (target) {
    const where2 = locate(target);
    const ev2 = { path: path9, from: target.address, note: `destination located by its ${where2.evidence.path}` };
    if (where2.region) ev2.value = where2.region;
    return { region: where2.region, role: role2, evidence: ev2 };
  }
  return { region: void 0, role: role2, evidence: { path: path9, from: r.address, note: "destination not in this plan" } };
}
function replicationCopies(bucket2, ctx) {
  const out = [];
  for (const cfg of bucketConfigs(ctx, bucket2, "aws_s3_bucket_replication_configuration")) {
    const rules = blocks(cfg, "rule");
    if (rules === "unknown") {
      out.push({ region: void 0, role: "replica", evidence: { path: "rule", from: cfg.address, note: "known after apply" } });
      continue;
    }
    rules.forEach((rule2, i) => {
      if (rule2.status === "Disabled") return;
      out.push(copyAt(ctx, cfg, `rule[${i}].destination[0].bucket`, ["aws_s3_bucket"], "replica"));
    });
  }
  const inline = blocks(bucket2, "replication_configuration[0].rules");
  if (inline !== "unknown") {
    inline.forEach((rule2, i) => {
      if (rule2.status === "Disabled") return;
      out.push(copyAt(ctx, bucket2, `replication_configuration[0].rules[${i}].destination[0].bucket`, ["aws_s3_bucket"], "replica"));
    });
  }
  return out;
}
var bucket = (r, ctx) => ({ locations: [own(r), ...replicationCopies(r, ctx)] });
var dynamodbTable2 = (r) => {
  const locations = [own(r)];
  const replicas = blocks(r, "replica");
  if (replicas === "unknown") locations.push({ region: void 0, role: "replica", evidence: { path: "replica", note: "known after apply" } });
  else replicas.forEach((_, i) => locations.push(regionAttr(r, `replica[${i}].region_name`, "replica")));
  return { locations };
};
function regionAttr(r, path9, role2) {
  const a = text(r, path9);
  return { region: a.state === "known" ? String(a.value) : void 0, role: role2, evidence: evidence(r, a, { show: true }) };
}
var backupPlan = (r, ctx) => {
  const locations = [];
  const rules = blocks(r, "rule");
  if (rules === "unknown") return { locations: [{ region: void 0, role: "backup", evidence: { path: "rule", note: "known after apply" } }] };
  rules.forEach((rule2, i) => {
    const copies = Array.isArray(rule2.copy_action) ? rule2.copy_action : [];
    copies.forEach((_, j) => {
      const path9 = `rule[${i}].copy_action[${j}].destination_vault_arn`;
      const arn = text(r, path9);
      const region = arn.state === "known" ? arnRegion(String(arn.value)) : void 0;
      if (region) locations.push({ region, role: "backup", evidence: { path: path9, value: region, note: "region of the destination vault ARN" } });
      else locations.push(copyAt(ctx, r, path9, ["aws_backup_vault"], "backup"));
    });
  });
  return { locations };
};
var redshiftCluster = (r) => {
  const locations = [own(r)];
  const copies = blocks(r, "snapshot_copy");
  if (copies !== "unknown") copies.forEach((_, i) => locations.push(regionAttr(r, `snapshot_copy[${i}].destination_region`, "backup")));
  return { locations };
};
var locationsTable = {
  dataLocations: {
    "*": primary,
    aws_s3_bucket: bucket,
    aws_dynamodb_table: dynamodbTable2,
    aws_dynamodb_table_replica: (r) => ({ locations: [own(r, "replica")] }),
    aws_backup_plan: backupPlan,
    // Created with a provider in the destination region: its own region is where the copies are.
    aws_db_instance_automated_backups_replication: (r) => ({ locations: [own(r, "backup")] }),
    aws_redshift_cluster: redshiftCluster,
    aws_redshift_snapshot_copy: (r) => ({ locations: [regionAttr(r, "destination_region", "backup")] })
  }
};

// providers/terraform/aws/log-protection.ts
function bucketObjectLock(bucket2, ctx) {
  const enabled = flag(bucket2, "object_lock_enabled");
  const inlineBlock = settingBlocks(bucket2, "object_lock_configuration");
  const inlineEnabled = inlineBlock !== "unknown" && inlineBlock.length > 0 ? text(bucket2, "object_lock_configuration[0].object_lock_enabled") : void 0;
  const on = enabled.truth === "yes" || inlineEnabled?.state === "known" && inlineEnabled.value === "Enabled" ? "yes" : enabled.truth === "unknown" || inlineBlock === "unknown" ? "unknown" : "no";
  const ev2 = [{ ...evidence(bucket2, enabled.attr), from: bucket2.address }];
  if (on !== "yes") return { truth: on, evidence: on === "no" ? [{ path: "object_lock_enabled", from: bucket2.address, value: null, note: "Object Lock is not enabled on the bucket" }] : ev2 };
  const configs = ctx.links.sources(bucket2, "aws_s3_bucket_object_lock_configuration", "bucket");
  const candidates = configs.map((c) => ({ holder: c, prefix: "rule[0].default_retention[0]" }));
  if (inlineEnabled) candidates.push({ holder: bucket2, prefix: "object_lock_configuration[0].rule[0].default_retention[0]" });
  let unknown;
  for (const { holder, prefix } of candidates) {
    const mode = text(holder, `${prefix}.mode`);
    const days = setting(holder, `${prefix}.days`);
    const years = setting(holder, `${prefix}.years`);
    if (mode.state === "unknown" || days.state === "unknown" || years.state === "unknown") {
      unknown = fromResource(holder, prefix, "default retention known after apply");
      continue;
    }
    if (mode.state === "known" && (days.state === "known" || years.state === "known")) {
      return {
        truth: "yes",
        evidence: [...ev2, { path: `${prefix}.mode`, from: holder.address, value: String(mode.value), note: mode.value === "GOVERNANCE" ? "default retention in governance mode" : "default retention in compliance mode" }]
      };
    }
  }
  if (unknown) return { truth: "unknown", evidence: [...ev2, unknown] };
  return { truth: "no", evidence: [...ev2, { path: "rule[0].default_retention", from: bucket2.address, value: null, note: "Object Lock is on but no default retention protects new log files" }] };
}
var trail = (r, ctx) => {
  const label = "CloudTrail trail";
  const validation = flag(r, "enable_log_file_validation");
  const key = keyOwner(r, ctx, "kms_key_id");
  const encrypted = key.key === "none" ? "no" : key.key === "unknown" ? "unknown" : "yes";
  const keyEvidence = key.key === "none" ? { path: "kms_key_id", value: null, note: "no KMS key: the logs have only the bucket's default SSE-S3 encryption" } : key.evidence;
  const bucket2 = ctx.links.targets(r, "s3_bucket_name", ["aws_s3_bucket"])[0];
  const lock = bucket2 ? bucketObjectLock(bucket2, ctx) : { truth: "unknown", evidence: [{ path: "s3_bucket_name", note: "bucket not in this plan" }] };
  const out = {
    label,
    integrityValidation: validation.truth === "unset" ? "no" : validation.truth,
    encrypted,
    immutable: lock.truth,
    evidence: [evidence(r, validation.attr), keyEvidence, ...lock.evidence]
  };
  if (lock.truth === "unknown" || encrypted === "unknown" || out.integrityValidation === "unknown") {
    out.settle = lock.truth === "unknown" ? "the Object Lock configuration (default retention) of the S3 bucket the trail writes to" : "the log file validation and KMS key of the trail once applied";
  }
  return out;
};
var logProtectionTable = {
  logProtection: {
    aws_cloudtrail: trail
  }
};

// providers/terraform/aws/logging.ts
var logGroup = (r) => {
  const days = setting(r, "retention_in_days");
  const base = { kind: "log-group", label: "CloudWatch log group", evidence: [evidence(r, days)] };
  if (days.state === "unknown") return { ...base, retentionDays: "unknown", settle: "the `retention_in_days` of the log group once applied" };
  const n = numberOf(days);
  return { ...base, retentionDays: n === void 0 || n === 0 ? "forever" : n };
};
function expiryOf(r, path9) {
  const exp = settingBlocks(r, path9);
  if (exp === "unknown") return "unknown";
  const first = exp[0];
  if (!first) return void 0;
  const days = setting(r, `${path9}[0].days`);
  if (days.state === "unknown") return "unknown";
  if (typeof days.value === "number" && days.value > 0) return days.value;
  const date = text(r, `${path9}[0].date`);
  return date.state === "unset" ? void 0 : "unknown";
}
function configurationRules(cfg) {
  const rules = settingBlocks(cfg, "rule");
  if (rules === "unknown") return "unknown";
  return rules.map((_, i) => {
    const p = `rule[${i}]`;
    const status = text(cfg, `${p}.status`);
    const prefixAttr = firstKnown(cfg, [`${p}.filter[0].prefix`, `${p}.filter[0].and[0].prefix`, `${p}.prefix`]);
    const tagged = hasEntries(setting(cfg, `${p}.filter[0].tag`).value) || hasEntries(setting(cfg, `${p}.filter[0].and[0].tags`).value);
    const days = expiryOf(cfg, `${p}.expiration`);
    return {
      enabled: status.state === "known" ? status.value === "Enabled" ? "yes" : "no" : "unknown",
      prefix: prefixAttr,
      tagged,
      days,
      evidence: { path: `${p}.expiration[0].days`, from: cfg.address, ...typeof days === "number" ? { value: days } : {} }
    };
  });
}
function inlineRules(bucket2) {
  const rules = settingBlocks(bucket2, "lifecycle_rule");
  if (rules === "unknown") return "unknown";
  return rules.map((_, i) => {
    const p = `lifecycle_rule[${i}]`;
    const enabled = flag(bucket2, `${p}.enabled`);
    const days = expiryOf(bucket2, `${p}.expiration`);
    return {
      enabled: enabled.truth === "unset" ? "unknown" : enabled.truth,
      prefix: firstKnown(bucket2, [`${p}.prefix`]),
      tagged: hasEntries(setting(bucket2, `${p}.tags`).value),
      days,
      evidence: { path: `${p}.expiration[0].days`, from: bucket2.address, ...typeof days === "number" ? { value: days } : {} }
    };
  });
}
function firstKnown(r, paths) {
  for (const path9 of paths) {
    const a = setting(r, path9);
    if (a.state === "unknown") return void 0;
    if (a.state === "known" && typeof a.value === "string" && a.value !== "") return a.value;
  }
  return "";
}
function hasEntries(v) {
  if (Array.isArray(v)) return v.some((x) => x !== null && typeof x === "object" && Object.values(x).some((y) => y !== null && y !== ""));
  return v !== null && typeof v === "object" && Object.keys(v).length > 0;
}
function trailBucket(trail3, ctx) {
  const base = { kind: "trail-bucket", label: "CloudTrail trail bucket" };
  const bucket2 = ctx.links.targets(trail3, "s3_bucket_name", ["aws_s3_bucket"])[0];
  const nameAttr = setting(trail3, "s3_bucket_name");
  if (!bucket2) {
    return {
      ...base,
      retentionDays: "unknown",
      evidence: [evidence(trail3, nameAttr, { note: "bucket not in this plan" })],
      settle: "the lifecycle configuration of the S3 bucket the trail writes to"
    };
  }
  const configs = bucketConfigs(ctx, bucket2, "aws_s3_bucket_lifecycle_configuration");
  const ruleSets = configs.length ? configs.map(configurationRules) : [inlineRules(bucket2)];
  if (ruleSets.includes("unknown")) {
    return { ...base, retentionDays: "unknown", evidence: [{ path: "rule", from: (configs[0] ?? bucket2).address, note: "lifecycle rules known after apply" }], settle: "the lifecycle rules of the trail bucket once applied" };
  }
  const prefix = text(trail3, "s3_key_prefix");
  const trailKey = prefix.state === "unknown" ? void 0 : prefix.state === "known" ? `${String(prefix.value)}/AWSLogs/` : "AWSLogs/";
  let definite = "forever";
  const definiteEvidence = [];
  const doubtful = [];
  for (const rule2 of ruleSets.flat()) {
    if (rule2.enabled === "no" || rule2.tagged || rule2.days === void 0) continue;
    const applies = rule2.prefix === void 0 ? "unknown" : rule2.prefix === "" ? "yes" : trailKey === void 0 ? "unknown" : overlaps(trailKey, rule2.prefix) ? "yes" : "no";
    if (applies === "no") continue;
    if (applies === "yes" && rule2.enabled === "yes" && typeof rule2.days === "number") {
      if (definite === "forever" || rule2.days < definite) {
        definite = rule2.days;
        definiteEvidence.splice(0, definiteEvidence.length, rule2.evidence);
      }
    } else doubtful.push({ ...rule2.evidence, note: "may apply to the trail logs" });
  }
  const shorterDoubt = doubtful.filter((e) => definite === "forever" || typeof e.value !== "number" || e.value < definite);
  const bucketEvidence = { path: "s3_bucket_name", from: bucket2.address, note: "trail bucket" };
  if (shorterDoubt.length) {
    return { ...base, retentionDays: "unknown", evidence: [bucketEvidence, ...definiteEvidence, ...shorterDoubt], settle: "which lifecycle rules of the trail bucket expire the trail logs" };
  }
  return {
    ...base,
    retentionDays: definite,
    evidence: definiteEvidence.length ? [bucketEvidence, ...definiteEvidence] : [bucketEvidence, { path: "lifecycle", from: bucket2.address, value: null, note: "no expiring lifecycle rule" }]
  };
}
function overlaps(a, b) {
  return a.startsWith(b) || b.startsWith(a);
}
var trail2 = (r) => {
  const multi = flag(r, "is_multi_region_trail");
  const validation = flag(r, "enable_log_file_validation");
  const coverage2 = coversAllServices(r);
  return {
    label: "CloudTrail trail",
    multiRegion: multi.truth === "unset" ? "no" : multi.truth,
    integrityValidation: validation.truth === "unset" ? "no" : validation.truth,
    coversAllServices: coverage2.truth,
    evidence: [evidence(r, multi.attr), evidence(r, validation.attr), ...coverage2.evidence]
  };
};
function coversAllServices(r) {
  const logging = flag(r, "enable_logging");
  const global = flag(r, "include_global_service_events");
  const ev2 = [evidence(r, logging.attr), evidence(r, global.attr)];
  const basics = [logging.truth === "unset" ? "yes" : logging.truth, global.truth === "unset" ? "yes" : global.truth];
  const selectors = managementSelected(r);
  const all = [...basics, selectors.truth];
  const truth = allOf(all);
  return { truth, evidence: [...ev2, ...selectors.evidence] };
}
function managementSelected(r) {
  const advanced = settingBlocks(r, "advanced_event_selector");
  if (advanced === "unknown") return { truth: "unknown", evidence: [{ path: "advanced_event_selector", note: "known after apply" }] };
  if (advanced.length > 0) {
    const verdicts2 = advanced.map((_, i) => advancedSelectsAllManagement(r, `advanced_event_selector[${i}]`));
    const truth2 = anyOf(verdicts2);
    return { truth: truth2, evidence: [{ path: "advanced_event_selector", note: truth2 === "yes" ? "selects all management events" : truth2 === "no" ? "no selector records all management events" : "selectors known after apply" }] };
  }
  const basic = settingBlocks(r, "event_selector");
  if (basic === "unknown") return { truth: "unknown", evidence: [{ path: "event_selector", note: "known after apply" }] };
  if (basic.length === 0) return { truth: "yes", evidence: [] };
  const verdicts = basic.map((_, i) => flag(r, `event_selector[${i}].include_management_events`));
  const truths = verdicts.map((v) => v.truth === "unset" ? "yes" : v.truth);
  const truth = anyOf(truths);
  return { truth, evidence: verdicts.map((v) => evidence(r, v.attr)) };
}
function advancedSelectsAllManagement(r, prefix) {
  const fields = settingBlocks(r, `${prefix}.field_selector`);
  if (fields === "unknown") return "unknown";
  let management = "no";
  let narrowed = false;
  for (let j = 0; j < fields.length; j++) {
    const field = text(r, `${prefix}.field_selector[${j}].field`);
    if (field.state !== "known") {
      management = "unknown";
      continue;
    }
    if (field.value === "eventCategory") {
      const equals = setting(r, `${prefix}.field_selector[${j}].equals`);
      if (equals.state === "unknown") management = "unknown";
      else if (strings(equals).includes("Management") && management === "no") management = "yes";
    }
    if (field.value === "eventSource") narrowed = true;
  }
  return management === "yes" && narrowed ? "no" : management;
}
var loggingTable = {
  logStore: {
    aws_cloudwatch_log_group: logGroup,
    aws_cloudtrail: (r, ctx) => trailBucket(r, ctx)
  },
  auditTrail: {
    aws_cloudtrail: trail2
  }
};

// providers/terraform/aws/placement.ts
var DEFAULT_LOOKUP = /^data\.aws_(vpc|subnet|subnets|subnet_ids)\.[A-Za-z0-9_-]*default/;
function defaultResource(label) {
  return () => ({ label, isDefault: "yes", evidence: [{ path: "resource type", note: `the region's default ${label}, adopted by Terraform` }] });
}
function placedByDefault(label, paths, what) {
  return (r) => {
    const lookup = paths.flatMap((p) => referencesAt(r, p).map((ref) => ({ p, ref }))).find(({ ref }) => DEFAULT_LOOKUP.test(ref));
    if (lookup) {
      return {
        label,
        isDefault: "unknown",
        evidence: [{ path: lookup.p, note: `from ${lookup.ref.split(".").slice(0, 3).join(".")}, a lookup named for the default VPC` }]
      };
    }
    const attrs = paths.map((p) => setting(r, p));
    const set = attrs.filter((a) => a.state === "unknown" || a.state === "known" && !(Array.isArray(a.value) && a.value.length === 0) && a.value !== "");
    if (set.length) return void 0;
    return { label, isDefault: "yes", evidence: attrs.map((a, i) => ({ path: a.path, value: null, note: i === 0 ? `not set: ${what} in the region's default VPC` : "not set" })) };
  };
}
function subnetZones(ctx, holder, path9) {
  const { length } = strings(setting(holder, path9));
  const subnets = ctx.links.targets(holder, path9, ["aws_subnet", "aws_default_subnet"]);
  if (subnets.length === 0 || length && subnets.length < length) return void 0;
  const zones = /* @__PURE__ */ new Set();
  for (const s of subnets) {
    const az = text(s, "availability_zone");
    const id = text(s, "availability_zone_id");
    const zone = az.state === "known" ? String(az.value) : id.state === "known" ? String(id.value) : void 0;
    if (!zone) return void 0;
    zones.add(zone);
  }
  return zones;
}
function zonesFacet(label, zones, ev2) {
  return { label, multiZone: zones >= 2 ? "yes" : "no", evidence: ev2 };
}
var dbInstance2 = (r) => {
  const f = flag(r, "multi_az");
  const truth = f.truth === "unset" ? "no" : f.truth;
  return { label: "RDS instance", multiZone: truth, evidence: [evidence(r, f.attr, f.truth === "unset" ? { note: "not set: single zone" } : {})], ...truth === "unknown" ? { settle: "the `multi_az` setting once applied" } : {} };
};
var rdsCluster = (r, ctx) => {
  const label = "RDS cluster";
  const engine = text(r, "engine");
  const klass = text(r, "db_cluster_instance_class");
  if (klass.state === "known" && engine.state === "known" && !String(engine.value).startsWith("aurora")) {
    return { label, multiZone: "yes", evidence: [evidence(r, klass, { show: true, note: "Multi-AZ DB cluster: a writer and two readers in three zones" })] };
  }
  const mode = text(r, "engine_mode");
  if (mode.state === "known" && mode.value === "serverless") return { label, multiZone: "no", evidence: [evidence(r, mode, { show: true, note: "Aurora Serverless v1 runs in one zone" })] };
  const instances = ctx.links.sources(r, "aws_rds_cluster_instance", "cluster_identifier");
  if (instances.length === 0) return { label, multiZone: "unknown", evidence: [{ path: "aws_rds_cluster_instance", value: null, note: "no cluster instance in this plan" }], settle: "the zones of the cluster instances" };
  if (instances.length === 1) return { label, multiZone: "no", evidence: [fromResource(instances[0], "cluster_identifier", "the only instance of the cluster")] };
  const zones = instances.map((i) => text(i, "availability_zone"));
  const known = new Set(zones.filter((z) => z.state === "known").map((z) => String(z.value)));
  const ev2 = instances.map((i, n) => ({ ...evidence(i, zones[n], { show: true }), from: i.address }));
  if (known.size >= 2) return { label, multiZone: "yes", evidence: ev2 };
  return { label, multiZone: "unknown", evidence: ev2, settle: "the availability zones AWS gives the cluster instances (set `availability_zone` on them to be sure)" };
};
var loadBalancer = (r) => {
  const label = "load balancer";
  const subnets = setting(r, "subnets");
  const mappings = settingBlocks(r, "subnet_mapping");
  if (subnets.state === "known" && strings(subnets).length > 0) return zonesFacet(label, strings(subnets).length, [{ path: "subnets", value: strings(subnets).length, note: "subnets (one per zone)" }]);
  if (mappings !== "unknown" && mappings.length > 0) return zonesFacet(label, mappings.length, [{ path: "subnet_mapping", value: mappings.length, note: "subnet mappings (one per zone)" }]);
  return { label, multiZone: "unknown", evidence: [evidence(r, subnets)], settle: "the subnets of the load balancer once applied" };
};
var cacheGroup = (r) => {
  const f = flag(r, "multi_az_enabled");
  const truth = f.truth === "unset" ? "no" : f.truth;
  return { label: "ElastiCache replication group", multiZone: truth, evidence: [evidence(r, f.attr)], ...truth === "unknown" ? { settle: "the `multi_az_enabled` setting once applied" } : {} };
};
var autoscalingGroup = (r, ctx) => {
  const label = "Auto Scaling group";
  const azs = setting(r, "availability_zones");
  if (azs.state === "known" && strings(azs).length > 0) return zonesFacet(label, new Set(strings(azs)).size, [{ path: "availability_zones", value: strings(azs).length }]);
  const subnets = setting(r, "vpc_zone_identifier");
  const zones = subnetZones(ctx, r, "vpc_zone_identifier");
  if (zones) return zonesFacet(label, zones.size, [{ path: "vpc_zone_identifier", value: zones.size, note: "zones of the subnets" }]);
  if (subnets.state === "known" && strings(subnets).length === 1) return zonesFacet(label, 1, [{ path: "vpc_zone_identifier", value: 1 }]);
  return { label, multiZone: "unknown", evidence: [evidence(r, subnets)], settle: "the availability zones of the group's subnets" };
};
var placementTable = {
  defaultNetwork: {
    aws_default_vpc: defaultResource("VPC"),
    aws_default_subnet: defaultResource("subnet"),
    aws_instance: placedByDefault("network of the EC2 instance", ["subnet_id", "network_interface", "launch_template"], "launched"),
    aws_security_group: placedByDefault("VPC of the security group", ["vpc_id"], "created"),
    aws_db_instance: placedByDefault("network of the RDS instance", ["db_subnet_group_name", "replicate_source_db"], "created")
  },
  availability: {
    aws_db_instance: dbInstance2,
    aws_rds_cluster: rdsCluster,
    aws_lb: loadBalancer,
    aws_alb: loadBalancer,
    aws_elasticache_replication_group: cacheGroup,
    aws_autoscaling_group: autoscalingGroup
  }
};

// providers/terraform/aws/plaintext.ts
function facet2(found, unknownPaths) {
  const unique = /* @__PURE__ */ new Map();
  for (const h of found) unique.set(`${h.path}|${h.why}`, h);
  return { found: [...unique.values()], unknownPaths };
}
function scanVariables(r, path9, found, unknownPaths) {
  const a = setting(r, path9);
  if (a.state === "unknown") {
    unknownPaths.push(path9);
    return;
  }
  if (a.state !== "known" || !isObject(a.value)) return;
  const values = a.value;
  for (const name of mapKeys(r, path9)) {
    const value = values[name];
    const p = `${path9}.${name}`;
    if (attr(r, p).state === "unknown") {
      const judged = judgeAfterApply(r, { entry: p, map: path9 }, name);
      if (judged === "unknown") unknownPaths.push(p);
      else if (judged !== "clear") found.push({ path: p, why: copiedWhy(judged.copiedFrom, false) });
      continue;
    }
    if (typeof value !== "string") continue;
    if (isSensitivePath(r, p) && value !== "" && !isReference(value)) {
      found.push({ path: p, why: "a value Terraform marks sensitive, stored in clear in the variable" });
      continue;
    }
    const hit = checkNamedValue(p, name, value);
    if (hit) found.push(hit);
  }
}
var lambdaFunction = (r) => {
  const found = [];
  const unknownPaths = [];
  scanVariables(r, "environment[0].variables", found, unknownPaths);
  return facet2(found, unknownPaths);
};
var ecsTaskDefinition = (r) => {
  const found = [];
  const unknownPaths = [];
  const defs = setting(r, "container_definitions");
  if (defs.state === "unknown") return facet2([], ["container_definitions"]);
  if (defs.state !== "known" || typeof defs.value !== "string") return facet2([], []);
  let containers;
  try {
    containers = JSON.parse(defs.value);
  } catch {
    return facet2([], ["container_definitions"]);
  }
  if (!Array.isArray(containers)) return facet2([], []);
  containers.forEach((c, i) => {
    if (!isObject(c) || !Array.isArray(c.environment)) return;
    for (const e of c.environment) {
      if (!isObject(e) || typeof e.name !== "string" || typeof e.value !== "string") continue;
      const hit = checkNamedValue(`container_definitions[${i}].environment[${e.name}]`, e.name, e.value);
      if (hit) found.push(hit);
    }
  });
  return facet2(found, unknownPaths);
};
function configuredLiteral(r, name) {
  const expr = r.config?.expressions?.[name];
  return isObject(expr) && typeof expr.constant_value === "string" ? expr.constant_value : void 0;
}
function scanUserData(r, found, unknownPaths, opts) {
  const a = setting(r, opts.path);
  if (a.state === "unset") return;
  let content;
  if (opts.planText && a.state === "known" && typeof a.value === "string") content = decodeUserData(a.value, { base64: opts.base64 });
  else {
    const literal2 = configuredLiteral(r, opts.path);
    if (literal2 !== void 0) content = decodeUserData(literal2, { base64: opts.base64 });
  }
  if (content === void 0) {
    const judged = judgeAfterApply(r, { entry: opts.path }, void 0, true);
    if (judged === "unknown") unknownPaths.push(opts.path);
    else if (judged !== "clear") found.push({ path: opts.path, why: copiedWhy(judged.copiedFrom, true) });
    return;
  }
  found.push(...scanScript(opts.path, content, { lineNumbers: !isSensitivePath(r, opts.path) }));
}
var instance = (r) => {
  const found = [];
  const unknownPaths = [];
  scanUserData(r, found, unknownPaths, { path: "user_data", planText: false, base64: false });
  scanUserData(r, found, unknownPaths, { path: "user_data_base64", planText: true, base64: true });
  return facet2(found, unknownPaths);
};
var launchTemplate = (r) => {
  const found = [];
  const unknownPaths = [];
  scanUserData(r, found, unknownPaths, { path: "user_data", planText: true, base64: true });
  return facet2(found, unknownPaths);
};
var launchConfiguration = instance;
var ssmParameter = (r) => {
  const type = text(r, "type");
  const name = text(r, "name");
  if (type.state !== "known" || type.value === "SecureString" || name.state !== "known") return void 0;
  const last = String(name.value).split("/").pop() ?? "";
  const kind = secretKind(last);
  if (!kind) return facet2([], []);
  return facet2([{ path: "value", why: `${kind} in a parameter of type ${String(type.value)} (not SecureString)` }], []);
};
var plaintextTable = {
  plaintextSecrets: {
    aws_lambda_function: lambdaFunction,
    aws_ecs_task_definition: ecsTaskDefinition,
    aws_instance: instance,
    aws_launch_template: launchTemplate,
    aws_launch_configuration: launchConfiguration,
    aws_ssm_parameter: ssmParameter
  }
};

// providers/terraform/aws/ebs.ts
function device(r, ctx, prefix, encryptedAttr = "encrypted", keyAttr = "kms_key_id") {
  const f = flag(r, `${prefix}${encryptedAttr}`);
  const ev2 = [evidence(r, f.attr)];
  if (f.truth === "yes") {
    const k = keyOrManaged(r, ctx, `${prefix}${keyAttr}`);
    return { encrypted: "yes", key: k.key, evidence: [...ev2, k.evidence] };
  }
  if (f.truth === "unknown") return { encrypted: "unknown", key: "unknown", evidence: ev2, settle: "the `encrypted` setting of the volume once applied" };
  const d = accountDefault(r, ctx);
  if (f.truth === "no" && d.encrypted === "unknown") {
    return { encrypted: "no", key: "none", evidence: [{ ...ev2[0], note: "set to false; only account-level EBS encryption by default would override it" }] };
  }
  return { encrypted: d.encrypted, key: d.key, evidence: [...ev2, ...d.evidence], ...d.settle ? { settle: d.settle } : {} };
}
function accountDefault(r, ctx) {
  const region = ctx.regionOf(r);
  const setting_ = ctx.links.ofType("aws_ebs_encryption_by_default").find((d) => region !== void 0 && ctx.regionOf(d) === region);
  const settle = `the account's EBS encryption by default in ${region ?? "the resource region"} (aws ec2 get-ebs-encryption-by-default)`;
  if (!setting_) return { encrypted: "unknown", key: "unknown", evidence: [], settle };
  const enabled = flag(setting_, "enabled");
  const on = enabled.truth === "unset" ? "yes" : enabled.truth;
  const ev2 = [evidence(setting_, enabled.attr, { from: setting_, note: "account-level EBS encryption by default" })];
  if (on !== "yes") return { encrypted: on, key: on === "no" ? "none" : "unknown", evidence: ev2, ...on === "unknown" ? { settle } : {} };
  const defaultKey = ctx.links.ofType("aws_ebs_default_kms_key").find((k) => ctx.regionOf(k) === region);
  if (!defaultKey) return { encrypted: "yes", key: "provider", evidence: ev2 };
  return { encrypted: "yes", key: "customer", evidence: [...ev2, fromResource(defaultKey, "key_arn", "account default EBS key")] };
}
function combine2(service, devices) {
  const encrypted = allOf(devices.map((d) => d.encrypted));
  const key = encrypted === "no" ? "none" : weakestKey(devices.map((d) => d.key));
  const settle = devices.find((d) => d.settle)?.settle;
  return { service, encrypted, key, evidence: devices.flatMap((d) => d.evidence), ...settle && encrypted === "unknown" ? { settle } : {} };
}
function ebsVolume(r, ctx) {
  return combine2("EBS volume", [device(r, ctx, "")]);
}
function instanceVolumes(r, ctx) {
  const devices = [];
  for (const name of ["root_block_device", "ebs_block_device"]) {
    const list = blocks(r, name);
    if (list === "unknown") {
      if (setting(r, name).state === "unknown") devices.push({ encrypted: "unknown", key: "unknown", evidence: [{ path: name, note: "known after apply" }] });
      else if (name === "root_block_device") devices.push(device(r, ctx, "root_block_device[0]."));
      continue;
    }
    if (list.length === 0 && name === "root_block_device") devices.push(device(r, ctx, "root_block_device[0]."));
    list.forEach((_, i) => devices.push(device(r, ctx, `${name}[${i}].`)));
  }
  return combine2("EC2 instance storage", devices);
}
function launchTemplateVolumes(r, ctx) {
  const mappings = blocks(r, "block_device_mappings");
  if (mappings === "unknown") {
    return { service: "launch template storage", encrypted: "unknown", key: "unknown", evidence: [{ path: "block_device_mappings", note: "known after apply" }] };
  }
  const devices = [];
  mappings.forEach((m, i) => {
    if (Array.isArray(m.ebs) && m.ebs.length > 0) devices.push(device(r, ctx, `block_device_mappings[${i}].ebs[0].`));
  });
  if (devices.length === 0) devices.push(device(r, ctx, "block_device_mappings[0].ebs[0]."));
  return combine2("launch template storage", devices);
}

// providers/terraform/aws/storage.ts
function flagged(spec) {
  return (r, ctx) => fromFlag(r, ctx, spec);
}
function fromFlag(r, ctx, spec) {
  const f = flag(r, spec.flag);
  const encrypted = f.truth === "unset" ? spec.whenUnset : f.truth;
  const ev2 = [evidence(r, f.attr)];
  if (encrypted === "no") return { service: spec.service, encrypted, key: "none", evidence: ev2 };
  const k = keyOrManaged(r, ctx, spec.key);
  const out = { service: spec.service, encrypted, key: k.key, evidence: [...ev2, k.evidence] };
  if (encrypted === "unknown") out.settle = spec.settle ?? `the \`${spec.flag}\` setting once applied`;
  return out;
}
function alwaysEncrypted(service, key, why) {
  return (r, ctx) => {
    const k = keyOrManaged(r, ctx, key);
    return { service, encrypted: "yes", key: k.key, evidence: [{ path: key, note: why }, k.evidence] };
  };
}
var rdsInstance = (r, ctx) => dbInstanceEncryption(r, ctx, 0);
function dbInstanceEncryption(r, ctx, depth) {
  const spec = { service: "RDS instance", flag: "storage_encrypted", whenUnset: "no", key: "kms_key_id" };
  const own2 = fromFlag(r, ctx, spec);
  const source = text(r, "replicate_source_db");
  if (own2.encrypted === "yes" || source.state === "unset") return own2;
  const upstream = ctx.links.targets(r, "replicate_source_db", ["aws_db_instance"])[0];
  if (!upstream || depth > 4) {
    return { ...own2, encrypted: "unknown", key: "unknown", evidence: [...own2.evidence, evidence(r, source)], settle: "the encryption of the source DB instance of this read replica" };
  }
  const inherited = dbInstanceEncryption(upstream, ctx, depth + 1);
  return { ...inherited, service: spec.service, evidence: [...own2.evidence, ...inherited.evidence.map((e) => ({ ...e, from: e.from ?? upstream.address }))] };
}
var rdsCluster2 = (r, ctx) => {
  const mode = text(r, "engine_mode");
  if (mode.state === "known" && mode.value === "serverless") {
    const k = keyOrManaged(r, ctx, "kms_key_id");
    return { service: "RDS cluster", encrypted: "yes", key: k.key, evidence: [evidence(r, mode, { show: true, note: "Aurora Serverless v1 is always encrypted" }), k.evidence] };
  }
  return fromFlag(r, ctx, { service: "RDS cluster", flag: "storage_encrypted", whenUnset: "no", key: "kms_key_id" });
};
var dynamodbTable3 = (r, ctx) => {
  const service = "DynamoDB table";
  const enabled = flag(r, "server_side_encryption[0].enabled");
  const ev2 = [evidence(r, enabled.attr)];
  if (enabled.truth === "unknown") return { service, encrypted: "yes", key: "unknown", evidence: ev2, settle: "the server-side encryption settings of the table once applied" };
  if (enabled.truth !== "yes") return { service, encrypted: "yes", key: "provider", evidence: [{ ...ev2[0], note: "encrypted with an AWS owned key" }] };
  const k = keyOrManaged(r, ctx, "server_side_encryption[0].kms_key_arn");
  return { service, encrypted: "yes", key: k.key, evidence: [...ev2, k.evidence] };
};
var sqsQueue = (r, ctx) => {
  const service = "SQS queue";
  const k = keyOwner(r, ctx, "kms_master_key_id");
  if (k.key !== "none") return { service, encrypted: "yes", key: k.key, evidence: [k.evidence] };
  const managed = flag(r, "sqs_managed_sse_enabled");
  const ev2 = [evidence(r, managed.attr), k.evidence];
  if (managed.truth === "no") return { service, encrypted: "no", key: "none", evidence: ev2 };
  if (managed.truth === "unknown") return { service, encrypted: "unknown", key: "unknown", evidence: ev2, settle: "the `sqs_managed_sse_enabled` setting once applied" };
  return { service, encrypted: "yes", key: "provider", evidence: ev2 };
};
var snsTopic = (r, ctx) => {
  const k = keyOwner(r, ctx, "kms_master_key_id");
  if (k.key === "none") return { service: "SNS topic", encrypted: "no", key: "none", evidence: [k.evidence] };
  if (k.key === "unknown") return { service: "SNS topic", encrypted: "unknown", key: "unknown", evidence: [k.evidence], settle: "the KMS key of the topic once applied" };
  return { service: "SNS topic", encrypted: "yes", key: k.key, evidence: [k.evidence] };
};
var kinesisStream = (r, ctx) => {
  const service = "Kinesis stream";
  const type = text(r, "encryption_type");
  const ev2 = [evidence(r, type, { show: true })];
  if (type.state === "unknown") return { service, encrypted: "unknown", key: "unknown", evidence: ev2, settle: "the `encryption_type` of the stream once applied" };
  if (type.state === "unset" || type.value === "NONE") return { service, encrypted: "no", key: "none", evidence: ev2 };
  const k = keyOrManaged(r, ctx, "kms_key_id");
  return { service, encrypted: "yes", key: k.key, evidence: [...ev2, k.evidence] };
};
var elasticacheCluster = (r) => {
  const service = "ElastiCache cluster";
  if (setting(r, "replication_group_id").state !== "unset") return void 0;
  const engine = text(r, "engine");
  const ev2 = [evidence(r, engine, { show: true, note: "ElastiCache nodes outside a replication group have no encryption at rest" })];
  if (engine.state !== "known") return { service, encrypted: "unknown", key: "unknown", evidence: ev2, settle: "the engine of the cluster once applied" };
  return { service, encrypted: "no", key: "none", evidence: ev2 };
};
var elasticacheReplicationGroup = (r, ctx) => {
  const engine = text(r, "engine");
  const valkey = engine.state === "known" && String(engine.value).toLowerCase() === "valkey";
  const whenUnset = engine.state === "unknown" ? "unknown" : valkey ? "yes" : "no";
  return fromFlag(r, ctx, { service: "ElastiCache replication group", flag: "at_rest_encryption_enabled", whenUnset, key: "kms_key_id" });
};
var redshiftCluster2 = flagged({
  service: "Redshift cluster",
  flag: "encrypted",
  whenUnset: "unknown",
  key: "kms_key_id",
  settle: "the `encrypted` setting of the cluster (provider 6 defaults it to true, provider 5 to false)"
});
function searchDomain2(service) {
  return flagged({ service, flag: "encrypt_at_rest[0].enabled", whenUnset: "no", key: "encrypt_at_rest[0].kms_key_id" });
}
var storageTable = {
  storage: {
    aws_s3_bucket: bucketEncryption,
    aws_ebs_volume: ebsVolume,
    aws_instance: instanceVolumes,
    aws_launch_template: launchTemplateVolumes,
    aws_db_instance: rdsInstance,
    aws_rds_cluster: rdsCluster2,
    // DocumentDB and Neptune: `storage_encrypted` defaults to false (Neptune names its key `kms_key_arn`).
    aws_docdb_cluster: flagged({ service: "DocumentDB cluster", flag: "storage_encrypted", whenUnset: "no", key: "kms_key_id" }),
    aws_neptune_cluster: flagged({ service: "Neptune cluster", flag: "storage_encrypted", whenUnset: "no", key: "kms_key_arn" }),
    // EFS: the API creates unencrypted file systems unless `encrypted` is true (only the console defaults to encrypted).
    aws_efs_file_system: flagged({ service: "EFS file system", flag: "encrypted", whenUnset: "no", key: "kms_key_id" }),
    aws_dynamodb_table: dynamodbTable3,
    aws_elasticache_replication_group: elasticacheReplicationGroup,
    aws_elasticache_cluster: elasticacheCluster,
    aws_redshift_cluster: redshiftCluster2,
    aws_sqs_queue: sqsQueue,
    aws_sns_topic: snsTopic,
    aws_opensearch_domain: searchDomain2("OpenSearch domain"),
    aws_elasticsearch_domain: searchDomain2("Elasticsearch domain"),
    aws_kinesis_stream: kinesisStream,
    aws_backup_vault: alwaysEncrypted("Backup vault", "kms_key_arn", "recovery points are always encrypted (aws/backup key unless a KMS key is named)"),
    aws_secretsmanager_secret: alwaysEncrypted("Secrets Manager secret", "kms_key_id", "secrets are always encrypted (aws/secretsmanager key unless a KMS key is named)"),
    aws_cloudwatch_log_group: alwaysEncrypted("CloudWatch log group", "kms_key_id", "log data is always encrypted (service key unless a KMS key is named)")
  }
};

// providers/terraform/aws/index.ts
var AWS = {
  cloud: "aws",
  prefixes: ["aws_"],
  regionOf: regionOf2,
  tables: [
    storageTable,
    locationsTable,
    networkTable,
    endpointsTable,
    identityTable,
    loggingTable,
    backupsTable2,
    transitTable,
    keyRotationTable,
    plaintextTable,
    logProtectionTable,
    detectionTable,
    accountsTable,
    placementTable
  ]
};

// providers/terraform/azure/availability.ts
function facet3(label, multiZone, evidence3, settle) {
  return { label, multiZone, evidence: evidence3, ...multiZone === "unknown" ? { settle } : {} };
}
function mssqlDatabase(r) {
  const z = readBool(r, "zone_redundant", false, false);
  return facet3("Azure SQL database", z.truth, [ev(r, z.attr)], "zone_redundant of the database once applied");
}
function flexibleServer(label) {
  return (r) => {
    const mode = readEnum(r, "high_availability[0].mode", "Disabled");
    const truth = mode.value === "unknown" ? "unknown" : mode.value !== void 0 && /^zoneredundant$/i.test(mode.value) ? "yes" : "no";
    return facet3(label, truth, [ev(r, mode.attr, "safe", mode.defaulted ? { note: "no high_availability block: no standby" } : {})], "high_availability of the server once applied");
  };
}
function zonal(label, path9 = "zones") {
  return (r) => {
    const zones = configuredStrings(r, path9);
    const truth = zones === "unknown" ? "unknown" : zones.length >= 2 ? "yes" : "no";
    return facet3(label, truth, [ev(r, path9, "safe", { note: zones === "unknown" ? "known after apply" : `${zones.length} zone(s)` })], `${path9} once applied`);
  };
}
function storageAccount(r) {
  const rep = readEnum(r, "account_replication_type", void 0);
  const truth = rep.value === void 0 || rep.value === "unknown" ? "unknown" : /ZRS$/i.test(rep.value) ? "yes" : "no";
  return facet3("storage account", truth, [ev(r, rep.attr)], "account_replication_type once applied");
}
var AVAILABILITY = {
  availability: {
    azurerm_mssql_database: mssqlDatabase,
    azurerm_postgresql_flexible_server: flexibleServer("PostgreSQL flexible server"),
    azurerm_mysql_flexible_server: flexibleServer("MySQL flexible server"),
    azurerm_application_gateway: zonal("Application Gateway"),
    azurerm_redis_cache: zonal("Azure Cache for Redis"),
    azurerm_kubernetes_cluster: zonal("AKS default node pool", "default_node_pool[0].zones"),
    azurerm_kubernetes_cluster_node_pool: zonal("AKS node pool"),
    azurerm_linux_virtual_machine_scale_set: zonal("VM scale set"),
    azurerm_windows_virtual_machine_scale_set: zonal("VM scale set"),
    azurerm_storage_account: storageAccount
  }
};

// providers/terraform/azure/backups.ts
var DAY_NOTE = (days, what) => `not set: Azure keeps ${what} ${days} days`;
function facet4(service, retention2, r, always, defaultDays) {
  const evidence3 = [
    { path: "id", note: always },
    ev(r, retention2.attr, "safe", retention2.defaulted ? { note: DAY_NOTE(defaultDays, "backups") } : {})
  ];
  const out = { service, enabled: "yes", retentionDays: retention2.value ?? defaultDays, evidence: evidence3 };
  if (retention2.value === "unknown") out.settle = `${retention2.attr.path} once applied`;
  return out;
}
function mssqlDatabase2(r) {
  const mode = knownString(r, "create_mode");
  if (mode && /^(secondary|onlinesecondary)$/i.test(mode)) return void 0;
  if (/^DW/i.test(knownString(r, "sku_name") ?? "")) return void 0;
  const policy = blocks(r, "short_term_retention_policy");
  const always = "Azure SQL databases are always backed up (point-in-time restore)";
  if (policy === "unknown" && configured(r, "short_term_retention_policy") !== "no") {
    return { service: "Azure SQL database", enabled: "yes", retentionDays: "unknown", evidence: [{ path: "id", note: always }, ev(r, "short_term_retention_policy")], settle: "short_term_retention_policy once applied" };
  }
  return facet4("Azure SQL database", readNumber(r, "short_term_retention_policy[0].retention_days", 7), r, always, 7);
}
function serverBackups(service) {
  return (r) => facet4(service, readNumber(r, "backup_retention_days", 7), r, `${service}s are always backed up by the service`, 7);
}
function cosmosAccount(r) {
  const service = "Cosmos DB account";
  const always = "Cosmos DB accounts are always backed up (periodic or continuous mode)";
  const type = readEnum(r, "backup[0].type", "Periodic");
  if (type.value === "unknown") return { service, enabled: "yes", retentionDays: "unknown", evidence: [{ path: "id", note: always }, ev(r, type.attr)], settle: "backup[0].type once applied" };
  if (type.value?.toLowerCase() === "continuous") {
    const tier = readEnum(r, "backup[0].tier", "Continuous30Days");
    const evidence4 = [{ path: "id", note: always }, ev(r, type.attr), ev(r, tier.attr, "safe", tier.defaulted ? { note: "not set: continuous backups are kept 30 days" } : {})];
    if (tier.value === "unknown") return { service, enabled: "yes", retentionDays: "unknown", evidence: evidence4, settle: "backup[0].tier once applied" };
    return { service, enabled: "yes", retentionDays: /7days/i.test(tier.value ?? "") ? 7 : 30, evidence: evidence4 };
  }
  const hours = readNumber(r, "backup[0].retention_in_hours", 8);
  const evidence3 = [
    { path: "id", note: always },
    ev(r, type.attr, "safe", type.defaulted ? { note: "not set: periodic backups" } : {}),
    ev(r, hours.attr, "safe", hours.defaulted ? { note: "not set: periodic backups are kept 8 hours" } : {})
  ];
  if (hours.value === "unknown") return { service, enabled: "yes", retentionDays: "unknown", evidence: evidence3, settle: "backup[0].retention_in_hours once applied" };
  return { service, enabled: "yes", retentionDays: Math.round((hours.value ?? 8) / 24 * 100) / 100, evidence: evidence3 };
}
function policyRetention(policy) {
  const evidence3 = [];
  let days = 0;
  for (const [block, factor] of [["retention_daily", 1], ["retention_weekly", 7], ["retention_monthly", 30], ["retention_yearly", 365]]) {
    const list = blocks(policy, block);
    if (list === "unknown") return { days: "unknown", evidence: [evFrom(policy, block)] };
    if (!list.length) continue;
    const count = read(policy, `${block}[0].count`);
    if (count.state === "unknown") return { days: "unknown", evidence: [evFrom(policy, count)] };
    if (count.state === "known" && typeof count.value === "number") {
      days = Math.max(days, count.value * factor);
      evidence3.push(evFrom(policy, count));
    }
  }
  return { days, evidence: evidence3 };
}
function protectedVm(r, { links }) {
  const items = links.sources(r, "azurerm_backup_protected_vm", "source_vm_id");
  if (!items.length) return void 0;
  const evidence3 = [];
  let best;
  for (const item of items) {
    evidence3.push(evFrom(item, "source_vm_id", "hidden", "protected by Azure Backup"));
    const policy = links.targets(item, "backup_policy_id", ["azurerm_backup_policy_vm", "azurerm_backup_policy_vm_workload"])[0];
    if (!policy) {
      evidence3.push(evFrom(item, "backup_policy_id", "hidden", "backup policy not in the plan"));
      if (best === void 0) best = "unknown";
      continue;
    }
    const kept = policyRetention(policy);
    evidence3.push(...kept.evidence);
    if (kept.days !== "unknown") best = typeof best === "number" ? Math.max(best, kept.days) : kept.days;
    else if (best === void 0) best = "unknown";
  }
  const out = { service: "virtual machine", enabled: "yes", retentionDays: best ?? "unknown", evidence: evidence3 };
  if (out.retentionDays === "unknown") out.settle = "the retention of the VM backup policy (azurerm_backup_policy_vm)";
  return out;
}
function recoveryVault(r) {
  const soft = readBool(r, "soft_delete_enabled", true, true);
  const immutability = readEnum(r, "immutability", "Disabled");
  return vaultFacet("Recovery Services vault", soft.truth, immutability.value, [ev(r, soft.attr), ev(r, immutability.attr, "safe", immutability.defaulted ? { note: "not set: immutability is disabled" } : {})]);
}
function backupVault2(r) {
  const soft = readEnum(r, "soft_delete", "On");
  const immutability = readEnum(r, "immutability", "Disabled");
  const softTruth = soft.value === "unknown" ? "unknown" : soft.value !== void 0 && /^(on|alwayson)$/i.test(soft.value) ? "yes" : "no";
  return vaultFacet("Backup vault", softTruth, immutability.value, [
    ev(r, soft.attr, "safe", soft.defaulted ? { note: "not set: soft delete is on" } : {}),
    ev(r, immutability.attr, "safe", immutability.defaulted ? { note: "not set: immutability is disabled" } : {})
  ]);
}
function vaultFacet(label, softDelete, immutability, evidence3) {
  const immutable = immutability !== void 0 && /^(locked|unlocked)$/i.test(immutability) ? "yes" : softDelete === "yes" ? "yes" : softDelete === "unknown" || immutability === "unknown" ? "unknown" : "no";
  const out = { label, immutable, encrypted: "yes", evidence: [...evidence3, { path: "id", note: "backup data is always encrypted at rest" }] };
  if (immutable === "unknown") out.settle = "the soft delete and immutability settings of the vault once applied";
  return out;
}
var BACKUPS = {
  backup: {
    azurerm_mssql_database: mssqlDatabase2,
    azurerm_postgresql_flexible_server: serverBackups("PostgreSQL flexible server"),
    azurerm_mysql_flexible_server: serverBackups("MySQL flexible server"),
    azurerm_postgresql_server: serverBackups("PostgreSQL server"),
    azurerm_mysql_server: serverBackups("MySQL server"),
    azurerm_cosmosdb_account: cosmosAccount,
    azurerm_linux_virtual_machine: protectedVm,
    azurerm_windows_virtual_machine: protectedVm,
    azurerm_virtual_machine: protectedVm
  },
  backupVault: {
    azurerm_recovery_services_vault: recoveryVault,
    azurerm_data_protection_backup_vault: backupVault2
  }
};

// providers/terraform/azure/credentials.ts
function clientSecret(label) {
  return (r) => ({
    label,
    longLivedKey: "yes",
    evidence: [ev(r, "end_date", "safe", { note: "a client secret: prefer a managed identity or workload identity federation" })]
  });
}
var CREDENTIALS = {
  credential: {
    azuread_application_password: clientSecret("application client secret"),
    azuread_service_principal_password: clientSecret("service principal client secret")
  }
};

// providers/terraform/azure/endpoints.ts
var AZURE_SERVICES_NOTE = "0.0.0.0\u20130.0.0.0 admits every Azure service, of any tenant";
var SQL_RULE = { start: "start_ip_address", end: "end_ip_address" };
function firewallNetworks(server, links, specs) {
  const out = [];
  const evidence3 = [];
  let unknown = false;
  for (const spec of specs) {
    let rules = links.sources(server, spec.type, spec.path);
    if (spec.byName) rules = rules.filter((x) => sameResourceGroup(x, server));
    for (const rule2 of rules) {
      const start = read(rule2, spec.start);
      const end = read(rule2, spec.end);
      if (start.state !== "known" || end.state !== "known") {
        unknown = true;
        evidence3.push(evFrom(rule2, start));
        continue;
      }
      const s = String(start.value);
      const e = String(end.value);
      if (s === "0.0.0.0" && e === "0.0.0.0") {
        out.push("0.0.0.0");
        evidence3.push(evFrom(rule2, start, "safe", AZURE_SERVICES_NOTE));
        continue;
      }
      const cidrs2 = rangeToCidrs(s, e);
      if (!cidrs2) unknown = true;
      else out.push(...cidrs2);
      evidence3.push(evFrom(rule2, start, "safe", `to ${e}`));
    }
  }
  if (!unknown && !out.length && !evidence3.length) evidence3.push({ path: "id", note: "no firewall rule in the plan: the server firewall admits no address" });
  return { networks: unknown ? "unknown" : out, evidence: evidence3 };
}
function endpoint(kind, label, access, networks, settle) {
  if (access.truth === "no") return { kind, label, publicAccess: "no", allowedNetworks: [], evidence: access.evidence };
  const n = networks();
  const out = { kind, label, publicAccess: access.truth, allowedNetworks: n.networks, evidence: [...access.evidence, ...n.evidence] };
  if (access.truth === "unknown" || n.networks === "unknown") out.settle = settle;
  return out;
}
function publicFlag(r) {
  const flag2 = readBool(r, "public_network_access_enabled", true, true);
  return { truth: flag2.truth, evidence: [ev(r, flag2.attr)] };
}
function privateUnlessPublic(r, links, subnetPath, publicAccess) {
  const subnet = idSet(r, subnetPath, links, ["azurerm_subnet"]);
  const subnetEvidence = ev(r, subnetPath, "hidden");
  if (subnet === "yes") return { truth: "no", evidence: [{ ...subnetEvidence, note: "VNet-integrated: no public endpoint" }] };
  const flag2 = publicAccess();
  if (subnet === "unknown" && flag2.truth !== "no") return { truth: "unknown", evidence: [subnetEvidence, ...flag2.evidence] };
  return flag2;
}
var SERVER_SETTLE = "the firewall rules of the server once applied";
function mssqlServer(r, { links }) {
  return endpoint("database", "Azure SQL server endpoint", publicFlag(r), () => firewallNetworks(r, links, [
    { type: "azurerm_mssql_firewall_rule", path: "server_id", ...SQL_RULE },
    { type: "azurerm_sql_firewall_rule", path: "server_name", byName: true, ...SQL_RULE }
  ]), SERVER_SETTLE);
}
function postgresFlexible(r, { links }) {
  return endpoint("database", "PostgreSQL flexible server endpoint", privateUnlessPublic(r, links, "delegated_subnet_id", () => publicFlag(r)), () => firewallNetworks(r, links, [{ type: "azurerm_postgresql_flexible_server_firewall_rule", path: "server_id", ...SQL_RULE }]), SERVER_SETTLE);
}
function mysqlPublic(r) {
  const text3 = read(r, "public_network_access");
  if (text3.state === "known") return { truth: String(text3.value).toLowerCase() === "enabled" ? "yes" : "no", evidence: [ev(r, text3)] };
  if (text3.state === "unknown" && configured(r, "public_network_access") !== "no") return { truth: "unknown", evidence: [ev(r, text3)] };
  return publicFlag(r);
}
function mysqlFlexible(r, { links }) {
  return endpoint("database", "MySQL flexible server endpoint", privateUnlessPublic(r, links, "delegated_subnet_id", () => mysqlPublic(r)), () => firewallNetworks(r, links, [{ type: "azurerm_mysql_flexible_server_firewall_rule", path: "server_name", byName: true, ...SQL_RULE }]), SERVER_SETTLE);
}
function singleServer(label, ruleType) {
  return (r, { links }) => endpoint("database", label, publicFlag(r), () => firewallNetworks(r, links, [{ type: ruleType, path: "server_name", byName: true, ...SQL_RULE }]), SERVER_SETTLE);
}
function cosmosAccount2(r) {
  return endpoint("database", "Cosmos DB account endpoint", publicFlag(r), () => {
    const a = read(r, "ip_range_filter");
    const vnetOnly = readBool(r, "is_virtual_network_filter_enabled", false);
    const evidence3 = [ev(r, a), ev(r, vnetOnly.attr)];
    let list;
    if (a.state === "known" && typeof a.value === "string") list = a.value.split(",").map((x) => x.trim()).filter(Boolean);
    else list = configuredStrings(r, "ip_range_filter");
    if (list === "unknown") return { networks: "unknown", evidence: evidence3 };
    if (list.includes("0.0.0.0")) evidence3.push({ path: "ip_range_filter", value: "0.0.0.0", note: AZURE_SERVICES_NOTE });
    if (list.length) return { networks: list, evidence: evidence3 };
    if (vnetOnly.truth === "unknown") return { networks: "unknown", evidence: evidence3 };
    return { networks: vnetOnly.truth === "yes" ? [] : "any", evidence: evidence3 };
  }, "the IP filter of the account once applied");
}
function redisCache(r, { links }) {
  return endpoint("database", "Azure Cache for Redis endpoint", privateUnlessPublic(r, links, "subnet_id", () => publicFlag(r)), () => {
    const n = firewallNetworks(r, links, [{ type: "azurerm_redis_firewall_rule", path: "redis_cache_name", byName: true, start: "start_ip", end: "end_ip" }]);
    return n.networks !== "unknown" && n.networks.length === 0 ? { networks: "any", evidence: [{ path: "id", note: "no azurerm_redis_firewall_rule: every address is admitted" }] } : n;
  }, "the firewall rules of the cache once applied");
}
function aksCluster(r) {
  const priv = readBool(r, "private_cluster_enabled", false, false);
  const access = { truth: priv.truth === "yes" ? "no" : priv.truth === "no" ? "yes" : "unknown", evidence: [ev(r, priv.attr)] };
  return endpoint("kubernetes-api", "AKS cluster API endpoint", access, () => {
    const paths = ["api_server_access_profile[0].authorized_ip_ranges", "api_server_authorized_ip_ranges"];
    const lists = paths.map((p) => ({ path: p, list: configuredStrings(r, p) }));
    if (lists.some((l) => l.list === "unknown")) return { networks: "unknown", evidence: paths.map((p) => ev(r, p, "hidden")) };
    const found = lists.flatMap((l) => l.list.map((value) => ({ path: l.path, value })));
    if (!found.length) return { networks: "any", evidence: paths.map((p) => ev(r, p, "hidden", { note: "no authorized IP ranges" })) };
    return { networks: [...new Set(found.map((f) => f.value))], evidence: found };
  }, "the authorized IP ranges of the API server once applied");
}
var ENDPOINTS = {
  adminEndpoint: {
    azurerm_kubernetes_cluster: aksCluster,
    azurerm_mssql_server: mssqlServer,
    azurerm_postgresql_flexible_server: postgresFlexible,
    azurerm_mysql_flexible_server: mysqlFlexible,
    azurerm_postgresql_server: singleServer("PostgreSQL server endpoint", "azurerm_postgresql_firewall_rule"),
    azurerm_mysql_server: singleServer("MySQL server endpoint", "azurerm_mysql_firewall_rule"),
    azurerm_cosmosdb_account: cosmosAccount2,
    azurerm_redis_cache: redisCache
  }
};

// providers/terraform/azure/conditional-access.ts
var AZURE_MANAGEMENT_APP = "797f4846-ba00-4fd7-ba43-dac1f8f63013";
var POLICY = "azuread_conditional_access_policy";
var USERS = "conditions[0].users[0].";
var APPS = "conditions[0].applications[0].";
function names(policy, path9, principal, links) {
  if (links.targets(policy, path9).some((t) => principal.targets.includes(t))) return "yes";
  const list = readStrings(policy, path9);
  if (list === "unknown") return "unknown";
  if (principal.id && list.some((x) => lower(x) === lower(principal.id))) return "yes";
  return "no";
}
function strings2(policy, path9) {
  const list = readStrings(policy, path9);
  return list === "unknown" ? void 0 : list;
}
function requiresMfa(policy) {
  if (knownString(policy, "state") !== "enabled") return false;
  const controls = strings2(policy, "grant_controls[0].built_in_controls");
  if (!controls?.map(lower).includes("mfa")) return false;
  return controls.length === 1 || knownString(policy, "grant_controls[0].operator") === "AND";
}
function appliesToEverySignIn(policy) {
  const clients = strings2(policy, "conditions[0].client_app_types")?.map(lower);
  if (!clients || !(clients.includes("all") || clients.includes("browser") && clients.includes("mobileappsanddesktopclients"))) return false;
  for (const risk of ["sign_in_risk_levels", "user_risk_levels", "service_principal_risk_levels"]) {
    const levels = strings2(policy, `conditions[0].${risk}`);
    if (!levels || levels.length) return false;
  }
  const locations = blocks(policy, "conditions[0].locations");
  if (locations === "unknown") return false;
  if (locations.length) {
    const included = strings2(policy, "conditions[0].locations[0].included_locations");
    const excluded = strings2(policy, "conditions[0].locations[0].excluded_locations");
    if (!included?.map(lower).includes("all") || !excluded || excluded.length) return false;
  }
  const platforms = blocks(policy, "conditions[0].platforms");
  if (platforms === "unknown") return false;
  if (platforms.length) {
    const included = strings2(policy, "conditions[0].platforms[0].included_platforms");
    const excluded = strings2(policy, "conditions[0].platforms[0].excluded_platforms");
    if (!included?.map(lower).includes("all") || !excluded || excluded.length) return false;
  }
  return true;
}
function coversApps(policy, scope) {
  const included = strings2(policy, `${APPS}included_applications`)?.map(lower);
  const excluded = strings2(policy, `${APPS}excluded_applications`)?.map(lower);
  if (!included || !excluded) return false;
  if (scope.kind === "rbac") return (included.includes("all") || included.includes(AZURE_MANAGEMENT_APP)) && !excluded.includes(AZURE_MANAGEMENT_APP);
  return included.includes("all") && excluded.length === 0;
}
function coversPrincipal(policy, principal, scope, links) {
  const includedUsers = strings2(policy, `${USERS}included_users`);
  const includedRoles = strings2(policy, `${USERS}included_roles`)?.map(lower);
  if (!includedUsers || !includedRoles) return false;
  const included = includedUsers.some((u) => lower(u) === "all") || principal.kind === "user" && names(policy, `${USERS}included_users`, principal, links) === "yes" || principal.kind === "group" && names(policy, `${USERS}included_groups`, principal, links) === "yes" || scope.kind === "directory" && scope.roleTemplateId !== void 0 && includedRoles.includes(scope.roleTemplateId);
  if (!included) return false;
  const excludedUsers = strings2(policy, `${USERS}excluded_users`);
  const excludedGroups = strings2(policy, `${USERS}excluded_groups`);
  const excludedRoles = strings2(policy, `${USERS}excluded_roles`);
  if (!excludedUsers || !excludedGroups || !excludedRoles) return false;
  if (excludedGroups.length || excludedRoles.length) return false;
  if (!excludedUsers.length) return true;
  return principal.kind === "user" && names(policy, `${USERS}excluded_users`, principal, links) === "no";
}
function coverage(links, principal, scope) {
  const mfaPolicies = links.ofType(POLICY).filter(requiresMfa);
  for (const policy of mfaPolicies) {
    if (appliesToEverySignIn(policy) && coversApps(policy, scope) && coversPrincipal(policy, principal, scope, links)) {
      return { enforced: true, excluded: false, evidence: [evFrom(policy, "grant_controls[0].built_in_controls", "safe", "conditional access requires MFA for this principal")] };
    }
  }
  const exclusionList = principal.kind === "user" ? `${USERS}excluded_users` : principal.kind === "group" ? `${USERS}excluded_groups` : void 0;
  const excluding = exclusionList && mfaPolicies.find((policy) => names(policy, exclusionList, principal, links) === "yes");
  if (excluding) {
    return { enforced: false, excluded: true, evidence: [evFrom(excluding, exclusionList, "hidden", "excluded from this conditional-access policy requiring MFA")] };
  }
  return { enforced: false, excluded: false, evidence: [] };
}

// providers/terraform/azure/identity.ts
var PRIVILEGED_RBAC = [
  { name: "Owner", id: "8e3af657-a8ff-443c-a75c-2fe8c4bcb635" },
  { name: "Contributor", id: "b24988ac-6180-42a0-ab88-20f7382dd24c" },
  { name: "User Access Administrator", id: "18d7d88d-d35e-4fb5-a5c3-7773c6b72d9c" },
  { name: "Role Based Access Control Administrator", id: "f58310d9-a9f6-439a-9e8d-f62e7b41a168" }
];
var PRIVILEGED_DIRECTORY = [
  { name: "Global Administrator", id: "62e90394-69f5-4237-9190-012177145e10" },
  { name: "Privileged Role Administrator", id: "e8611ab8-c189-46e8-94e1-60213ab1f814" },
  { name: "Privileged Authentication Administrator", id: "7be44c8a-adaf-4e2a-84d6-ab2649e08a13" },
  { name: "Security Administrator", id: "194ae4cb-b126-40b2-bd5b-6091b380977d" },
  { name: "User Administrator", id: "fe930be7-5e62-47db-91af-98c3a49a38b1" },
  { name: "Conditional Access Administrator", id: "b1be1c3e-b65d-4f19-8427-f6fa0d97feb9" },
  { name: "Application Administrator", id: "9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3" },
  { name: "Cloud Application Administrator", id: "158c047a-c907-4556-b7ef-446551a6b5f7" }
];
var SETTLE_RBAC = 'an enabled conditional-access policy requiring MFA for this principal on the Azure management app (797f4846-ba00-4fd7-ba43-dac1f8f63013) or all apps, or the Defender for Cloud assessment "MFA should be enabled on accounts with owner permissions on Azure resources"';
var SETTLE_DIRECTORY = "an enabled conditional-access policy requiring MFA for this directory role (or for all users) on all cloud apps";
function customRoleAdmin(def) {
  const actions = readStrings(def, "permissions[0].actions");
  if (actions === "unknown") return "unknown";
  return actions.some((a) => a === "*" || /^microsoft\.authorization\/(\*|roleassignments\/(\*|write))$/i.test(a)) ? "yes" : "no";
}
function rbacAdmin(r, links) {
  const name = read(r, "role_definition_name");
  if (name.state === "known") {
    const hit = PRIVILEGED_RBAC.find((p) => lower(p.name) === lower(String(name.value)));
    return hit ? { truth: "yes", role: hit.name, evidence: ev(r, name) } : { truth: "no", evidence: ev(r, name, "hidden") };
  }
  const id = read(r, "role_definition_id");
  if (id.state === "known") {
    const value = lower(String(id.value));
    const hit = PRIVILEGED_RBAC.find((p) => p.id && value.endsWith(p.id));
    if (hit) return { truth: "yes", role: hit.name, evidence: { path: id.path, value: hit.id } };
  }
  const custom = links.targets(r, "role_definition_id", ["azurerm_role_definition"])[0];
  if (custom) {
    return { truth: customRoleAdmin(custom), role: `custom role ${custom.address}`, evidence: evFrom(custom, "permissions[0].actions", "safe", "custom role") };
  }
  if (id.state === "known") return { truth: "no", evidence: ev(r, id, "hidden", { note: "not a privileged built-in role" }) };
  return { truth: "unknown", evidence: ev(r, name.state === "unknown" ? name : id) };
}
function principalOf(r, links, idPath, typePath) {
  const id = knownString(r, idPath);
  const targets = links.targets(r, idPath);
  let kind = "unknown";
  const declared = typePath ? knownString(r, typePath) : void 0;
  if (declared) kind = declared === "User" ? "user" : declared === "Group" ? "group" : "workload";
  else {
    const refs = referencesAt(r, idPath).join(" ");
    const types = /* @__PURE__ */ new Set([...targets.map((t) => t.type), ...[...refs.matchAll(/(?:^|\s)(?:data\.)?(azuread_\w+|azurerm_\w+)\./g)].map((m) => m[1])]);
    if (types.has("azuread_user")) kind = "user";
    else if (types.has("azuread_group")) kind = "group";
    else if ([...types].some((t) => t === "azuread_service_principal" || t.startsWith("azurerm_") && t !== "azurerm_client_config")) kind = "workload";
  }
  return { id, targets, kind, resource: r, idPath };
}
function humanAccess(p) {
  return p.kind === "user" || p.kind === "group" ? "yes" : p.kind === "workload" ? "no" : "unknown";
}
function describe(p) {
  const who = p.kind === "unknown" ? "principal" : p.kind === "workload" ? "service principal" : p.kind;
  return `${who} ${p.id ?? p.targets[0]?.address ?? "(known after apply)"}`;
}
function grant(principal, role2, admin, mfa, settle) {
  const evidence3 = [admin.evidence, ev(principal.resource, principal.idPath, "safe"), ...mfa.evidence];
  const out = {
    principalKind: "grant",
    principal: `${describe(principal)}${role2 ? ` (${role2})` : ""}`,
    admin: admin.truth,
    humanAccess: humanAccess(principal),
    mfa: mfa.enforced ? "enforced" : mfa.excluded ? "absent" : "unknown",
    evidence: evidence3
  };
  if (mfa.excluded && admin.truth === "yes") out.violation = "excluded from the conditional-access policy that requires MFA, while holding a privileged role";
  else if (!mfa.enforced) out.settle = settle;
  return out;
}
function roleAssignment(r, { links }) {
  const admin = rbacAdmin(r, links);
  const principal = principalOf(r, links, "principal_id", "principal_type");
  const mfa = coverage(links, principal, { kind: "rbac" });
  return grant(principal, admin.role, admin, mfa, SETTLE_RBAC);
}
function directoryRole(r, links, path9, idIsTemplate) {
  const target = links.targets(r, path9, ["azuread_directory_role"])[0];
  if (target) {
    const name = knownString(target, "display_name");
    const template = knownString(target, "template_id");
    const evidence3 = evFrom(target, name ? "display_name" : "template_id");
    const hit2 = PRIVILEGED_DIRECTORY.find((p) => name && lower(p.name) === lower(name) || template && lower(template) === p.id);
    if (hit2) return { truth: "yes", role: hit2.name, templateId: hit2.id, evidence: evidence3 };
    return name || template ? { truth: "no", ...name ? { role: name } : {}, evidence: evidence3 } : { truth: "unknown", evidence: evidence3 };
  }
  const id = knownString(r, path9);
  const hit = id ? PRIVILEGED_DIRECTORY.find((p) => lower(id) === p.id) : void 0;
  if (hit) return { truth: "yes", role: hit.name, templateId: hit.id, evidence: ev(r, path9) };
  return { truth: id && idIsTemplate ? "no" : "unknown", evidence: ev(r, path9) };
}
function directoryAssignment(rolePath, principalPath, idIsTemplate) {
  return (r, { links }) => {
    const role2 = directoryRole(r, links, rolePath, idIsTemplate);
    const principal = principalOf(r, links, principalPath);
    const mfa = coverage(links, principal, role2.templateId ? { kind: "directory", roleTemplateId: role2.templateId } : { kind: "directory" });
    return grant(principal, role2.role, role2, mfa, SETTLE_DIRECTORY);
  };
}
var IDENTITY = {
  identity: {
    azurerm_role_assignment: roleAssignment,
    azuread_directory_role_assignment: directoryAssignment("role_id", "principal_object_id", true),
    azuread_directory_role_member: directoryAssignment("role_object_id", "member_object_id", false)
  }
};

// providers/terraform/azure/nsg.ts
var RULE = "azurerm_network_security_rule";
var NSG = "azurerm_network_security_group";
function parsePorts(spec) {
  const s = spec.trim();
  if (s === "*") return "all";
  const m = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(s);
  if (!m) return void 0;
  const from = Number(m[1]);
  return [{ from, to: m[2] === void 0 ? from : Number(m[2]) }];
}
function readRule2(r, prefix, from) {
  const direction = read(r, `${prefix}direction`);
  if (direction.state === "known" && String(direction.value).toLowerCase() !== "inbound") return void 0;
  const access = read(r, `${prefix}access`);
  const priority = read(r, `${prefix}priority`);
  const protocol = read(r, `${prefix}protocol`);
  const single = read(r, `${prefix}destination_port_range`);
  const many = readStrings(r, `${prefix}destination_port_ranges`);
  let ports2;
  let portEvidence = single;
  if (single.state === "unknown" || many === "unknown") ports2 = "unknown";
  else {
    const specs = [...single.state === "known" ? [String(single.value)] : [], ...many];
    if (single.state !== "known" && many.length) portEvidence = read(r, `${prefix}destination_port_ranges`);
    const parsed = specs.map(parsePorts);
    ports2 = parsed.some((p) => p === void 0) ? "unknown" : parsed.includes("all") ? "all" : parsed.flat();
    if (ports2 !== "unknown" && ports2 !== "all" && ports2.length === 0) return void 0;
  }
  const source = read(r, `${prefix}source_address_prefix`);
  const sourceList = readStrings(r, `${prefix}source_address_prefixes`);
  const asgs = readStrings(r, `${prefix}source_application_security_group_ids`);
  let sources;
  if (source.state === "unknown" || sourceList === "unknown" || direction.state === "unknown" || access.state === "unknown") sources = "unknown";
  else {
    sources = [...source.state === "known" ? [String(source.value)] : [], ...sourceList];
    if (asgs !== "unknown" && asgs.length) sources.push("ApplicationSecurityGroup");
  }
  const evidence3 = ev(r, portEvidence.state === "known" && Array.isArray(portEvidence.value) ? { ...portEvidence, value: portEvidence.value.join(",") } : portEvidence, "safe", {
    ...from ? { from: from.address } : {},
    ...priority.state === "known" ? { note: `priority ${String(priority.value)}` } : {}
  });
  return {
    action: access.state === "known" && String(access.value).toLowerCase() === "allow" ? "allow" : "deny",
    ...priority.state === "known" && typeof priority.value === "number" ? { priority: priority.value } : {},
    protocol: protocol.state === "known" ? normaliseProtocol(String(protocol.value)) : "all",
    ports: ports2,
    sources,
    evidence: evidence3
  };
}
function normaliseProtocol(p) {
  const s = p.toLowerCase();
  return s === "*" ? "all" : s;
}
function inlineRules2(nsg, from) {
  const list = blocks(nsg, "security_rule");
  if (list === "unknown") {
    const declared = configured(nsg, "security_rule");
    return declared === "no" ? { rules: [], complete: true, declared: false } : { rules: [], complete: false, declared: true };
  }
  const rules = list.flatMap((_, i) => readRule2(nsg, `security_rule[${i}].`, from) ?? []);
  return { rules, complete: true, declared: true };
}
function nsgOf(rule2, links) {
  const found = links.targets(rule2, "network_security_group_name", [NSG]).filter((n) => sameResourceGroup(rule2, n));
  return found.length === 1 ? found[0] : void 0;
}
function ruleResources(links, nsg, rule2) {
  if (nsg) return links.sources(nsg, RULE, "network_security_group_name").filter((x) => sameResourceGroup(x, nsg));
  if (!rule2) return [];
  const name = knownString(rule2, "network_security_group_name");
  const group2 = knownString(rule2, "resource_group_name")?.toLowerCase();
  if (name === void 0 || group2 === void 0) return [rule2];
  return links.ofType(RULE).filter((x) => knownString(x, "network_security_group_name") === name && knownString(x, "resource_group_name")?.toLowerCase() === group2);
}
var denies = (rules) => rules.filter((x) => x.action === "deny");
function ordered(rules) {
  if (!rules.some((x) => x.action === "deny") || rules.every((x) => x.priority !== void 0)) return rules;
  return rules.map((x) => x.priority === void 0 ? { ...x, priority: 0, sources: "unknown" } : x);
}
function nsgIngress(nsg, { links }) {
  const inline = inlineRules2(nsg);
  if (!inline.declared) return void 0;
  const others = ruleResources(links, nsg).flatMap((s) => readRule2(s, "", s) ?? []);
  return { evaluation: "priority", rules: ordered([...inline.rules, ...denies(others)]), complete: inline.complete };
}
function ruleIngress(rule2, { links }) {
  const own2 = readRule2(rule2, "");
  if (!own2) return void 0;
  const nsg = nsgOf(rule2, links);
  const siblings = ruleResources(links, nsg, rule2).filter((x) => x !== rule2);
  const others = [...siblings.flatMap((s) => readRule2(s, "", s) ?? []), ...nsg ? inlineRules2(nsg, nsg).rules : []];
  return { evaluation: "priority", rules: ordered([own2, ...denies(others)]), complete: true };
}
var INGRESS = {
  ingress: {
    azurerm_network_security_group: nsgIngress,
    azurerm_network_security_rule: ruleIngress
  }
};

// providers/terraform/azure/parents.ts
var PARENT_LINKS = {
  azurerm_mssql_database: [{ path: "server_id", types: ["azurerm_mssql_server"] }],
  azurerm_mssql_failover_group: [{ path: "server_id", types: ["azurerm_mssql_server"] }],
  azurerm_sql_database: [{ path: "server_name", types: ["azurerm_sql_server", "azurerm_mssql_server"], byName: true }],
  azurerm_postgresql_flexible_server_database: [{ path: "server_id", types: ["azurerm_postgresql_flexible_server"] }],
  azurerm_mysql_flexible_database: [{ path: "server_name", types: ["azurerm_mysql_flexible_server"], byName: true }],
  azurerm_postgresql_database: [{ path: "server_name", types: ["azurerm_postgresql_server"], byName: true }],
  azurerm_mysql_database: [{ path: "server_name", types: ["azurerm_mysql_server"], byName: true }],
  azurerm_storage_container: [
    { path: "storage_account_id", types: ["azurerm_storage_account"] },
    { path: "storage_account_name", types: ["azurerm_storage_account"], byName: true }
  ],
  azurerm_storage_share: [
    { path: "storage_account_id", types: ["azurerm_storage_account"] },
    { path: "storage_account_name", types: ["azurerm_storage_account"], byName: true }
  ],
  azurerm_storage_queue: [
    { path: "storage_account_id", types: ["azurerm_storage_account"] },
    { path: "storage_account_name", types: ["azurerm_storage_account"], byName: true }
  ],
  azurerm_storage_table: [
    { path: "storage_account_id", types: ["azurerm_storage_account"] },
    { path: "storage_account_name", types: ["azurerm_storage_account"], byName: true }
  ],
  azurerm_storage_blob: [{ path: "storage_account_name", types: ["azurerm_storage_account"], byName: true }],
  azurerm_storage_data_lake_gen2_filesystem: [{ path: "storage_account_id", types: ["azurerm_storage_account"] }],
  azurerm_cosmosdb_sql_database: [{ path: "account_name", types: ["azurerm_cosmosdb_account"], byName: true }],
  azurerm_cosmosdb_mongo_database: [{ path: "account_name", types: ["azurerm_cosmosdb_account"], byName: true }],
  azurerm_cosmosdb_sql_container: [{ path: "account_name", types: ["azurerm_cosmosdb_account"], byName: true }],
  azurerm_key_vault_secret: [{ path: "key_vault_id", types: ["azurerm_key_vault"] }],
  azurerm_key_vault_key: [{ path: "key_vault_id", types: ["azurerm_key_vault"] }],
  azurerm_key_vault_certificate: [{ path: "key_vault_id", types: ["azurerm_key_vault"] }],
  azurerm_kubernetes_cluster_node_pool: [{ path: "kubernetes_cluster_id", types: ["azurerm_kubernetes_cluster"] }],
  azurerm_servicebus_queue: [
    { path: "namespace_id", types: ["azurerm_servicebus_namespace"] },
    { path: "namespace_name", types: ["azurerm_servicebus_namespace"], byName: true }
  ],
  azurerm_servicebus_topic: [
    { path: "namespace_id", types: ["azurerm_servicebus_namespace"] },
    { path: "namespace_name", types: ["azurerm_servicebus_namespace"], byName: true }
  ],
  // Its location is computed from the environment's.
  azurerm_container_app: [{ path: "container_app_environment_id", types: ["azurerm_container_app_environment"] }],
  azurerm_eventhub: [
    { path: "namespace_id", types: ["azurerm_eventhub_namespace"] },
    { path: "namespace_name", types: ["azurerm_eventhub_namespace"], byName: true }
  ]
};
function hasParent(type) {
  return Object.hasOwn(PARENT_LINKS, type);
}
function parentOf(r, links) {
  for (const link of PARENT_LINKS[r.type] ?? []) {
    if (read(r, link.path).state === "unset") continue;
    let found = links.targets(r, link.path, link.types);
    if (link.byName) found = found.filter((p) => sameResourceGroup(r, p));
    if (found.length === 1) return found[0];
    if (found.length > 1) return void 0;
  }
  return void 0;
}
function ownLocation(r) {
  return knownString(r, "location");
}
function locationOf(r, links) {
  const own2 = ownLocation(r);
  if (own2 !== void 0 || !hasParent(r.type)) return { region: own2 };
  const parent = parentOf(r, links);
  if (!parent) return { region: void 0 };
  return { region: locationOf(parent, links).region, parent };
}
function regionOf3(r, links) {
  return locationOf(r, links).region;
}

// providers/terraform/azure/locations.ts
var CONTROL_PLANE = [
  /^azurerm_(role|policy|management|resource_policy|resource_group_policy|subscription_policy|management_group_policy|resource_provider)_/,
  /^azurerm_(network_security|application_security_group|virtual_network|subnet|route|nat_gateway|public_ip|network_interface|network_profile|lb|private_endpoint|private_link_service|network_watcher|ddos|express_route|local_network_gateway|vpn|virtual_hub|virtual_wan|network_manager|ip_group)/,
  /_firewall_policy(_rule_collection_group)?$/,
  /^azurerm_(dns|private_dns)_/,
  /^azurerm_monitor_(action_group|autoscale_setting|metric_alert|activity_log_alert|scheduled_query_rules|alert_prometheus_rule_group|diagnostic_setting|smart_detector_alert_rule|data_collection_rule_association)/,
  /^azurerm_(user_assigned_identity|federated_identity_credential|ssh_public_key|proximity_placement_group|availability_set|maintenance_|dev_test_global_vm_shutdown_schedule|security_center_|advisor_|consumption_budget|cost_)/,
  /_association$/,
  /_firewall_rule$/,
  /_virtual_network_rule$/
];
function isControlPlane(r) {
  if (r.type.startsWith("azapi_")) {
    const armType = knownString(r, "type");
    return armType !== void 0 && isControlPlaneArmType(armType);
  }
  return CONTROL_PLANE.some((re) => re.test(r.type));
}
function at(region, role2, evidence3) {
  return { region, role: role2, evidence: evidence3 };
}
function pairedCopy(region, role2, evidence3) {
  const pair = region === void 0 ? void 0 : azurePairedRegion(region);
  const note = region !== void 0 && pair === void 0 ? `no paired region known for ${region}` : void 0;
  return at(pair, role2, note ? { ...evidence3, note: evidence3.note ? `${evidence3.note}; ${note}` : note } : evidence3);
}
function pairedWhen(path9, geoValues, role2, defaultValue) {
  return (r, region) => {
    const a = read(r, path9);
    let value;
    if (a.state === "known") value = String(a.value);
    else if (a.state === "unset" || defaultValue !== void 0 && configured(r, path9) === "no") value = defaultValue;
    else return [at(void 0, role2, ev(r, a, "safe", { note: "redundancy not known: a geo-redundant copy would be in the paired region" }))];
    if (value === void 0 || !geoValues.some((g) => g.toLowerCase() === value.toLowerCase())) return [];
    return [pairedCopy(region, role2, ev(r, a, "safe", a.state === "known" ? {} : { note: `defaults to ${value}` }))];
  };
}
var geoBackup = (r, region) => {
  const geo = readBool(r, "geo_redundant_backup_enabled", false, false);
  if (geo.truth === "no") return [];
  if (geo.truth === "unknown") return [at(void 0, "backup", ev(r, geo.attr, "safe", { note: "geo-redundant backups would be in the paired region" }))];
  return [pairedCopy(region, "backup", ev(r, geo.attr))];
};
var cosmosCopies = (r, region, links) => {
  const out = [];
  const geo = blocks(r, "geo_location");
  if (geo === "unknown") out.push(at(void 0, "replica", ev(r, "geo_location")));
  else {
    geo.forEach((_, i) => {
      const loc = read(r, `geo_location[${i}].location`);
      const priority = read(r, `geo_location[${i}].failover_priority`);
      const role2 = priority.state === "known" && priority.value === 0 ? "primary" : "replica";
      out.push(at(loc.state === "known" ? String(loc.value) : void 0, role2, ev(r, loc)));
    });
  }
  const mode = read(r, "backup[0].type");
  if (mode.state === "known" && mode.value === "Continuous") return out;
  if (mode.state === "unknown" && configured(r, "backup") !== "no") return [...out, at(void 0, "backup", ev(r, mode))];
  return [...out, ...pairedWhen("backup[0].storage_redundancy", ["Geo"], "backup", "Geo")(r, region, links)];
};
var failoverGroupCopies = (r, _region, links) => {
  const partners = blocks(r, "partner_server");
  if (partners === "unknown") return [at(void 0, "replica", ev(r, "partner_server"))];
  return partners.map((_, i) => {
    const server = links.targets(r, `partner_server[${i}].id`, ["azurerm_mssql_server"])[0];
    if (server) return at(knownString(server, "location"), "replica", evFrom(server, "location"));
    const loc = read(r, `partner_server[${i}].location`);
    return at(loc.state === "known" ? String(loc.value) : void 0, "replica", ev(r, `partner_server[${i}].id`, "hidden", { note: "partner server not in the plan" }));
  });
};
var COPIES = {
  // GRS/GZRS (and their read-access forms) replicate to the paired region.
  azurerm_storage_account: pairedWhen("account_replication_type", ["GRS", "RAGRS", "GZRS", "RAGZRS"], "secondary"),
  // Backup storage redundancy defaults to Geo (azurerm 3.x/4.x `storage_account_type`).
  azurerm_mssql_database: pairedWhen("storage_account_type", ["Geo", "GeoZone", "GRS"], "backup", "Geo"),
  azurerm_postgresql_flexible_server: geoBackup,
  azurerm_mysql_flexible_server: geoBackup,
  azurerm_postgresql_server: geoBackup,
  azurerm_mysql_server: geoBackup,
  azurerm_cosmosdb_account: cosmosCopies,
  azurerm_mssql_failover_group: failoverGroupCopies,
  // Vaults are geo-redundant unless storage_mode_type says LocallyRedundant or ZoneRedundant (default GeoRedundant).
  azurerm_recovery_services_vault: pairedWhen("storage_mode_type", ["GeoRedundant"], "secondary", "GeoRedundant")
};
function distinct(list) {
  const seen = /* @__PURE__ */ new Set();
  return list.filter((l) => {
    const key = `${l.role}|${l.region?.toLowerCase().replace(/\s+/g, "") ?? `?${l.evidence.path}`}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function dataLocations(r, { links }) {
  if (r.type.startsWith("azuread_")) return void 0;
  const { region, parent } = locationOf(r, links);
  if (isControlPlane(r)) return void 0;
  const ownsLocation = read(r, "location").state !== "unset";
  if (!ownsLocation && !hasParent(r.type)) return void 0;
  const primary2 = parent ? evFrom(parent, "location") : ownsLocation ? ev(r, "location") : { path: "location", note: "the parent resource is not in the plan" };
  return { locations: distinct([at(region, "primary", primary2), ...COPIES[r.type]?.(r, region, links) ?? []]) };
}
var LOCATIONS = { dataLocations: { "*": dataLocations } };

// providers/terraform/azure/secrets.ts
var Found = class {
  constructor(r) {
    this.r = r;
  }
  r;
  found = [];
  unknownPaths = [];
  /** The value at `path`, or undefined when unset or known only after apply (then judged by what it refers to). */
  value(path9, as = {}) {
    const a = attr(this.r, path9);
    if (a.state === "unknown") {
      this.afterApply(a.path, as);
      return void 0;
    }
    return a.state === "known" ? a.value : void 0;
  }
  afterApply(path9, as, map) {
    const judged = judgeAfterApply(this.r, { entry: path9, map }, as.name, as.script);
    if (judged === "unknown") this.unknownPaths.push(as.shown ?? path9);
    else if (judged !== "clear") this.found.push({ path: as.shown ?? path9, why: copiedWhy(judged.copiedFrom, as.script ?? false) });
  }
  /** A map of settings (app settings, environment variables): each name and its value. */
  map(path9) {
    if (attr(this.r, path9).state === "unknown") {
      this.unknownPaths.push(formatPath(parsePath(path9)));
      return;
    }
    const base = formatPath(parsePath(path9));
    for (const name of mapKeys(this.r, path9)) {
      const at2 = `${base}.${name}`;
      const entry = attr(this.r, [...parsePath(path9), name]);
      if (entry.state === "unknown") {
        this.afterApply(at2, { name }, path9);
        continue;
      }
      const hit = checkNamedValue(at2, name, entry.value);
      if (hit) this.found.push(hit);
    }
  }
  facet() {
    return { found: this.found, unknownPaths: this.unknownPaths };
  }
};
function webApp(r) {
  const f = new Found(r);
  f.map("app_settings");
  const conns = blocks(r, "connection_string");
  if (conns === "unknown") f.unknownPaths.push("connection_string");
  else {
    conns.forEach((c, i) => {
      const path9 = `connection_string[${i}].value`;
      const shown = typeof c.name === "string" ? `connection_string["${c.name}"].value` : path9;
      const value = f.value(path9, { name: "connection_string", shown });
      const hit = typeof value === "string" ? checkNamedValue(shown, "connection_string", value) : void 0;
      if (hit) f.found.push(hit);
    });
  }
  return f.facet();
}
function containerApp(r) {
  const f = new Found(r);
  const containers = blocks(r, "template[0].container");
  if (containers === "unknown") f.unknownPaths.push("template[0].container");
  else {
    containers.forEach((_, i) => {
      const env = blocks(r, `template[0].container[${i}].env`);
      if (env === "unknown") return void f.unknownPaths.push(`template[0].container[${i}].env`);
      env.forEach((e, j) => {
        const path9 = `template[0].container[${i}].env[${j}].value`;
        const name = typeof e.name === "string" ? e.name : "";
        const shown = name ? `template[0].container[${i}].env["${name}"]` : path9;
        const value = f.value(path9, { name, shown });
        const hit = checkNamedValue(shown, name, value);
        if (hit) f.found.push(hit);
      });
    });
  }
  return f.facet();
}
function containerGroup(r) {
  const f = new Found(r);
  const containers = blocks(r, "container");
  if (containers === "unknown") f.unknownPaths.push("container");
  else containers.forEach((_, i) => f.map(`container[${i}].environment_variables`));
  return f.facet();
}
function virtualMachine(paths) {
  return (r) => {
    const f = new Found(r);
    for (const path9 of paths) {
      const v = f.value(path9, { script: true });
      if (typeof v === "string" && v) f.found.push(...scanScript(path9, decodeUserData(v, { base64: "maybe" }), { lineNumbers: !isSensitivePath(r, path9) }));
    }
    return f.facet();
  };
}
function vmExtension(r) {
  const f = new Found(r);
  const v = f.value("settings", { script: true });
  if (typeof v === "string" && v) f.found.push(...scanObject("settings", v));
  return f.facet();
}
var VM_DATA = ["custom_data", "user_data"];
var SECRETS = {
  plaintextSecrets: {
    ...Object.fromEntries(WEB_APPS.map((t) => [t, webApp])),
    azurerm_container_app: containerApp,
    azurerm_container_group: containerGroup,
    azurerm_linux_virtual_machine: virtualMachine(VM_DATA),
    azurerm_windows_virtual_machine: virtualMachine(VM_DATA),
    azurerm_linux_virtual_machine_scale_set: virtualMachine(VM_DATA),
    azurerm_windows_virtual_machine_scale_set: virtualMachine(VM_DATA),
    azurerm_orchestrated_virtual_machine_scale_set: virtualMachine(["user_data_base64", "os_profile[0].custom_data"]),
    azurerm_virtual_machine: virtualMachine(["os_profile[0].custom_data"]),
    azurerm_virtual_machine_extension: vmExtension,
    azurerm_virtual_machine_scale_set_extension: vmExtension
  }
};

// providers/terraform/azure/storage.ts
function blockSet(r, path9) {
  const b = blocks(r, path9);
  if (b !== "unknown") return b.length > 0 ? "yes" : "no";
  return configured(r, path9) === "no" ? "no" : "unknown";
}
function keyOf(clues) {
  if (clues.some((c) => c.truth === "yes")) return "customer";
  if (clues.some((c) => c.truth === "unknown")) return "unknown";
  return "provider";
}
function relevant(clues) {
  const set = clues.filter((c) => c.truth !== "no");
  return (set.length ? set : clues).map((c) => c.evidence);
}
var KEY_SETTLE = "the customer-managed key (Key Vault key or disk encryption set) once applied";
function alwaysEncrypted2(service, clues, extra = []) {
  const key = keyOf(clues);
  return { service, encrypted: "yes", key, evidence: [...extra, ...relevant(clues)], ...key === "unknown" ? { settle: KEY_SETTLE } : {} };
}
var KEY_TYPES = {
  key: ["azurerm_key_vault_key", "azurerm_key_vault_managed_hardware_security_module_key"],
  diskSet: ["azurerm_disk_encryption_set"]
};
function idClue(r, path9, links, kind) {
  return { truth: idSet(r, path9, links, KEY_TYPES[kind]), evidence: ev(r, path9, "hidden") };
}
function blockClue(r, path9) {
  return { truth: blockSet(r, path9), evidence: ev(r, path9, "hidden") };
}
function noKey(note) {
  return { truth: "no", evidence: { path: "id", note } };
}
function companionClues(r, links, type, path9) {
  return links.sources(r, type, path9).map((c) => ({ truth: "yes", evidence: evFrom(c, path9, "hidden", `${type} points at this resource`) }));
}
function storageAccount2(r, { links }) {
  return alwaysEncrypted2(
    "Storage account",
    [blockClue(r, "customer_managed_key"), ...companionClues(r, links, "azurerm_storage_account_customer_managed_key", "storage_account_id")],
    [ev(r, "infrastructure_encryption_enabled")]
  );
}
function managedDisk(r, { links }) {
  return alwaysEncrypted2("Managed disk", [idClue(r, "disk_encryption_set_id", links, "diskSet"), idClue(r, "secure_vm_disk_encryption_set_id", links, "diskSet")]);
}
function virtualMachine2(r, { links }) {
  const host = readBool(r, "encryption_at_host_enabled", false);
  const key = keyOf([idClue(r, "os_disk[0].disk_encryption_set_id", links, "diskSet"), idClue(r, "os_disk[0].secure_vm_disk_encryption_set_id", links, "diskSet")]);
  const evidence3 = [
    ev(r, host.attr, "safe", { note: "managed disks are encrypted by the platform; temp disks and host caches only with encryption at host" }),
    ev(r, "os_disk[0].disk_encryption_set_id", "hidden")
  ];
  const out = { service: "VM host (temp disks and caches)", encrypted: host.truth, key, evidence: evidence3 };
  if (host.truth === "unknown") out.settle = "encryption_at_host_enabled once applied";
  else if (key === "unknown") out.settle = KEY_SETTLE;
  return out;
}
function mssqlDatabase3(r, { links }) {
  const tde = readBool(r, "transparent_data_encryption_enabled", true);
  const clues = [idClue(r, "transparent_data_encryption_key_vault_key_id", links, "key")];
  const server = parentOf(r, links);
  if (server) {
    clues.push({ ...idClue(server, "transparent_data_encryption_key_vault_key_id", links, "key"), evidence: evFrom(server, "transparent_data_encryption_key_vault_key_id", "hidden") });
    for (const t of links.sources(server, "azurerm_mssql_server_transparent_data_encryption", "server_id")) {
      const truth = anyOf([idSet(t, "key_vault_key_id", links, KEY_TYPES.key), idSet(t, "managed_hsm_key_id", links, KEY_TYPES.key)]);
      clues.push({ truth, evidence: evFrom(t, "key_vault_key_id", "hidden") });
    }
  } else {
    clues.push({ truth: "unknown", evidence: ev(r, "server_id", "hidden", { note: "server not in the plan: its TDE protector is not visible" }) });
  }
  const key = keyOf(clues);
  const out = { service: "Azure SQL database", encrypted: tde.truth, key, evidence: [ev(r, tde.attr), ...relevant(clues)] };
  if (tde.truth === "unknown") out.settle = "transparent_data_encryption_enabled once applied";
  else if (key === "unknown") out.settle = "the TDE protector of the server (azurerm_mssql_server_transparent_data_encryption)";
  return out;
}
function flexibleServer2(service) {
  return (r) => alwaysEncrypted2(service, [blockClue(r, "customer_managed_key")]);
}
function singleServer2(service, keyType) {
  return (r, { links }) => alwaysEncrypted2(service, companionClues(r, links, keyType, "server_id"), [ev(r, "infrastructure_encryption_enabled")]);
}
function cosmosAccount3(r, { links }) {
  return alwaysEncrypted2("Cosmos DB account", [idClue(r, "key_vault_key_id", links, "key"), idClue(r, "managed_hsm_key_id", links, "key")]);
}
function redisCache2(r) {
  return { service: "Azure Cache for Redis", encrypted: "yes", key: "provider", evidence: [ev(r, "sku_name", "safe", { note: "encrypted by Azure with platform-managed keys" })] };
}
function servicebusNamespace(r, { links }) {
  return alwaysEncrypted2("Service Bus namespace", [
    blockClue(r, "customer_managed_key"),
    ...companionClues(r, links, "azurerm_servicebus_namespace_customer_managed_key", "namespace_id")
  ]);
}
function eventhubNamespace(r, { links }) {
  const clues = companionClues(r, links, "azurerm_eventhub_namespace_customer_managed_key", "eventhub_namespace_id");
  return alwaysEncrypted2("Event Hubs namespace", clues.length ? clues : [noKey("no azurerm_eventhub_namespace_customer_managed_key in the plan")]);
}
function dataLakeStore(r) {
  const state = read(r, "encryption_state");
  const encrypted = state.state === "unknown" ? "unknown" : state.state === "known" && state.value === "Disabled" ? "no" : "yes";
  const type = read(r, "encryption_type");
  const key = encrypted === "no" ? "none" : type.state === "unknown" ? "unknown" : type.state === "known" && type.value === "UserManaged" ? "customer" : "provider";
  const out = { service: "Data Lake Store", encrypted, key, evidence: [ev(r, state), ev(r, type)] };
  if (encrypted === "unknown" || key === "unknown") out.settle = "encryption_state and encryption_type once applied";
  return out;
}
function recoveryVault2(r, { links }) {
  return alwaysEncrypted2("Recovery Services vault", [idClue(r, "encryption[0].key_id", links, "key")], [ev(r, "encryption[0].infrastructure_encryption_enabled")]);
}
function logWorkspace(r, { links }) {
  const clues = [];
  for (const ls of links.sources(r, "azurerm_log_analytics_linked_service", "workspace_id")) {
    if (read(ls, "read_access_id").state === "known") continue;
    const clusters = links.targets(ls, "write_access_id", ["azurerm_log_analytics_cluster"]);
    if (!clusters.length) {
      clues.push({ truth: idSet(ls, "write_access_id") === "no" ? "no" : "unknown", evidence: evFrom(ls, "write_access_id", "hidden", "cluster not in the plan") });
      continue;
    }
    for (const c of clusters) {
      const keys = links.sources(c, "azurerm_log_analytics_cluster_customer_managed_key", "log_analytics_cluster_id");
      clues.push({
        truth: keys.length ? "yes" : "no",
        evidence: keys.length ? evFrom(keys[0], "key_vault_key_id", "hidden") : evFrom(c, "id", "hidden", "dedicated cluster without customer-managed key")
      });
    }
  }
  return alwaysEncrypted2("Log Analytics workspace", clues.length ? clues : [noKey("not linked to a dedicated cluster with a customer-managed key")]);
}
var STORAGE = {
  storage: {
    azurerm_storage_account: storageAccount2,
    azurerm_managed_disk: managedDisk,
    azurerm_linux_virtual_machine: virtualMachine2,
    azurerm_windows_virtual_machine: virtualMachine2,
    azurerm_linux_virtual_machine_scale_set: virtualMachine2,
    azurerm_windows_virtual_machine_scale_set: virtualMachine2,
    azurerm_mssql_database: mssqlDatabase3,
    azurerm_postgresql_flexible_server: flexibleServer2("PostgreSQL flexible server"),
    azurerm_mysql_flexible_server: flexibleServer2("MySQL flexible server"),
    azurerm_postgresql_server: singleServer2("PostgreSQL server", "azurerm_postgresql_server_key"),
    azurerm_mysql_server: singleServer2("MySQL server", "azurerm_mysql_server_key"),
    azurerm_cosmosdb_account: cosmosAccount3,
    azurerm_redis_cache: redisCache2,
    azurerm_servicebus_namespace: servicebusNamespace,
    azurerm_eventhub_namespace: eventhubNamespace,
    azurerm_data_lake_store: dataLakeStore,
    azurerm_recovery_services_vault: recoveryVault2,
    azurerm_log_analytics_workspace: logWorkspace
  }
};

// providers/terraform/azure/index.ts
var AZURE = {
  cloud: "azure",
  prefixes: ["azurerm_", "azuread_", "azapi_"],
  regionOf: regionOf3,
  tables: [LOCATIONS, STORAGE, INGRESS, ENDPOINTS, IDENTITY, LOGGING, BACKUPS, TRANSIT, KEYS, SECRETS, LOG_PROTECTION, DETECTION, CREDENTIALS, AVAILABILITY]
};

// providers/terraform/gcp/detection.ts
var NO_FLOW_LOGS_PURPOSES = /* @__PURE__ */ new Set(["REGIONAL_MANAGED_PROXY", "INTERNAL_HTTPS_LOAD_BALANCER", "GLOBAL_MANAGED_PROXY", "PRIVATE_SERVICE_CONNECT", "PRIVATE_NAT"]);
var subnetFlowLogs = (r) => {
  const label = "subnetwork";
  const purpose = knownString2(setting(r, "purpose"));
  if (purpose && NO_FLOW_LOGS_PURPOSES.has(purpose)) return void 0;
  const n = blockCount(r, "log_config");
  const legacy = setting(r, "enable_flow_logs");
  if (n === "unknown") return { label, enabled: "unknown", evidence: [evidence2(r, "log_config", void 0, "known only after apply")], settle: "the log_config of the subnetwork once applied" };
  if (n > 0) {
    const interval = knownString2(setting(r, "log_config[0].aggregation_interval"));
    const sampling = setting(r, "log_config[0].flow_sampling");
    return {
      label,
      enabled: "yes",
      evidence: [evidence2(r, "log_config[0].aggregation_interval", interval, typeof sampling.value === "number" ? `flow sampling ${sampling.value}` : void 0)]
    };
  }
  if (legacy.state === "known" && legacy.value === true) return { label, enabled: "yes", evidence: [evidence2(r, legacy.path, true, "deprecated enable_flow_logs")] };
  return { label, enabled: "no", evidence: [evidence2(r, "log_config", void 0, "no log_config block: VPC flow logs are off")] };
};
var SCANNING_API = "containerscanning.googleapis.com";
function projectOf(r) {
  const p = setting(r, "project");
  if (p.state === "unknown") return void 0;
  return (knownString2(p) ?? r.providerProject)?.replace(/^projects\//, "");
}
function scanningApi(ctx, project2) {
  if (!project2) return void 0;
  return ctx.links.ofType("google_project_service").find((s) => knownString2(setting(s, "service")) === SCANNING_API && projectOf(s) === project2);
}
var repositoryScanning = (r, ctx) => {
  const label = "Artifact Registry Docker repository";
  const format2 = setting(r, "format");
  if (format2.state === "known" && String(format2.value).toUpperCase() !== "DOCKER") return void 0;
  if (knownString2(setting(r, "mode")) === "VIRTUAL_REPOSITORY") return void 0;
  if (format2.state !== "known") return { label, enabled: "unknown", evidence: [evidence2(r, format2.path, void 0, "the repository format is known only after apply")], settle: "the repository format once applied" };
  const config = setting(r, "vulnerability_scanning_config[0].enablement_config");
  if (config.state === "known" && config.value === "DISABLED") {
    return { label, enabled: "no", evidence: [evidence2(r, config.path, "DISABLED", "the repository opts out of vulnerability scanning")] };
  }
  const state = knownString2(setting(r, "vulnerability_scanning_config[0].enablement_state"));
  if (state === "SCANNING_ACTIVE") return { label, enabled: "yes", evidence: [evidence2(r, "vulnerability_scanning_config[0].enablement_state", state)] };
  if (state === "SCANNING_DISABLED") return { label, enabled: "no", evidence: [evidence2(r, "vulnerability_scanning_config[0].enablement_state", state)] };
  const api = scanningApi(ctx, projectOf(r));
  if (api) {
    return {
      label,
      enabled: "yes",
      evidence: [evidence2(r, config.path, knownString2(config) ?? "INHERITED"), evidenceFrom(api, "service", SCANNING_API, "the Container Scanning API is enabled in the project: images are scanned on push")]
    };
  }
  return {
    label,
    enabled: "unknown",
    evidence: [evidence2(r, config.path, knownString2(config) ?? "INHERITED", "scanned on push only if the Container Scanning API is enabled in the project, which this plan does not show")],
    settle: `whether ${SCANNING_API} is enabled in the repository's project (gcloud services list --enabled), or a google_project_service enabling it`
  };
};
var detectionTable2 = {
  flowLog: { google_compute_subnetwork: subnetFlowLogs },
  vulnerabilityScan: { google_artifact_registry_repository: repositoryScanning }
};

// providers/terraform/gcp/identity.ts
var MFA_SETTLE = "2-step verification enforcement for these accounts in Cloud Identity / Google Workspace (an attestation)";
var BASIC_TO_USER = "basic owner/editor role granted directly to an individual user: grant predefined roles to groups with 2-step verification enforced";
var ADMIN_TO_PUBLIC = "administrative role granted to allUsers / allAuthenticatedUsers: anyone can use it";
var PLAN_SERVICE_ACCOUNT = "serviceAccount:(created in this plan)";
function unknownMembers(r, path9) {
  const refs = referencesAt(r, path9);
  return refs.length > 0 && refs.every((ref) => ref.startsWith("google_service_account.")) ? [PLAN_SERVICE_ACCOUNT] : "unknown";
}
function membersAt(r, path9) {
  const s = setting(r, path9);
  if (s.state === "unknown") return unknownMembers(r, path9);
  if (typeof s.value === "string") return [s.value];
  if (!Array.isArray(s.value)) return [];
  const out = [];
  for (let i = 0; i < s.value.length; i++) {
    const m = knownString2(setting(r, `${path9}[${i}]`));
    if (m) out.push(m);
    else if (unknownMembers(r, path9) === "unknown") return "unknown";
    else out.push(PLAN_SERVICE_ACCOUNT);
  }
  return out;
}
var kindCounts = (members) => {
  const counts = /* @__PURE__ */ new Map();
  for (const m of members) counts.set(memberKind(m), (counts.get(memberKind(m)) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${n} ${k}`).join(", ");
};
function attributeGrant(r, ctx, membersPath) {
  const role2 = setting(r, "role");
  const name = knownString2(role2);
  const members = membersAt(r, membersPath);
  return {
    role: name,
    verdict: roleVerdict(ctx, r, name, "role"),
    members,
    evidence: [
      evidence2(r, "role", name, role2.state === "unknown" ? "known only after apply" : void 0),
      evidence2(r, membersPath, void 0, members === "unknown" ? "known only after apply" : kindCounts(members))
    ]
  };
}
function policyGrants(r, ctx) {
  const policy = parsePolicyData(r);
  if (!policy) {
    return [{ role: void 0, verdict: { admin: "unknown", settle: "the IAM policy document once applied" }, members: "unknown", evidence: [evidence2(r, "policy_data", void 0, "not known before apply")] }];
  }
  return policy.bindings.map((b, i) => ({
    role: b.role,
    verdict: roleVerdict(ctx, r, b.role),
    members: b.members,
    evidence: [evidence2(r, "policy_data", void 0, `bindings[${i}]: ${b.role ?? "no role"} to ${kindCounts(b.members)}`)]
  }));
}
var humanTruth = (g) => g.members === "unknown" ? "unknown" : g.members.map(memberKind).some(isHuman) ? "yes" : "no";
var CLASSES2 = [
  ["yes", "yes"],
  ["unknown", "yes"],
  ["yes", "unknown"],
  ["unknown", "unknown"],
  ["yes", "no"],
  ["unknown", "no"]
];
function describe2(grants, only) {
  const shown = grants.slice(0, 3).map((g) => {
    const members = g.members === "unknown" ? ["(members known after apply)"] : only ? g.members.filter(only) : g.members;
    const list = members.length > 3 ? `${members.slice(0, 3).join(", ")} and ${members.length - 3} more` : members.join(", ");
    return `${g.role ?? "(role known after apply)"} to ${list || "(no member)"}`;
  });
  return grants.length > 3 ? `${shown.join("; ")} and ${grants.length - 3} more grants` : shown.join("; ");
}
function identityOf(grants) {
  if (grants.length === 0) return void 0;
  const toUsers = grants.filter((g) => g.role !== void 0 && BASIC_ADMIN_ROLES.has(g.role) && g.members !== "unknown" && g.members.some((m) => memberKind(m) === "user"));
  const toPublic = grants.filter((g) => g.verdict.admin === "yes" && g.members !== "unknown" && g.members.some((m) => memberKind(m) === "public"));
  if (toUsers.length || toPublic.length) {
    const offenders = toUsers.length ? toUsers : toPublic;
    return {
      principalKind: "grant",
      principal: describe2(offenders, (m) => ["user", "public"].includes(memberKind(m))),
      admin: "yes",
      humanAccess: "yes",
      mfa: "unknown",
      violation: toUsers.length ? BASIC_TO_USER : ADMIN_TO_PUBLIC,
      evidence: offenders.flatMap((g) => g.evidence),
      settle: MFA_SETTLE
    };
  }
  for (const [admin, human] of CLASSES2) {
    const matching = grants.filter((g) => g.verdict.admin === admin && humanTruth(g) === human);
    if (matching.length === 0) continue;
    const facet6 = {
      principalKind: "grant",
      principal: describe2(matching),
      admin,
      humanAccess: human,
      mfa: human === "no" ? "not-applicable" : "unknown",
      evidence: matching.flatMap((g) => g.evidence)
    };
    const settle = admin === "unknown" ? matching[0].verdict.settle : human === "no" ? void 0 : MFA_SETTLE;
    if (settle) facet6.settle = settle;
    return facet6;
  }
  return { principalKind: "grant", principal: describe2(grants), admin: "no", humanAccess: grants.some((g) => humanTruth(g) === "yes") ? "yes" : "no", mfa: "not-applicable", evidence: grants.flatMap((g) => g.evidence) };
}
var memberBuilder = (r, ctx) => identityOf([attributeGrant(r, ctx, "member")]);
var bindingBuilder = (r, ctx) => identityOf([attributeGrant(r, ctx, "members")]);
var policyBuilder = (r, ctx) => identityOf(policyGrants(r, ctx));
var LEVELS = ["project", "folder", "organization"];
var identityTable2 = {
  identity: Object.fromEntries(
    LEVELS.flatMap((level) => [
      [`google_${level}_iam_member`, memberBuilder],
      [`google_${level}_iam_binding`, bindingBuilder],
      [`google_${level}_iam_policy`, policyBuilder]
    ])
  )
};

// providers/terraform/gcp/logging.ts
var LOG_PARENTS = ["project", "folder", "organization", "billing_account"];
var BUCKET_SETTLE = "the retention_days of the log bucket once applied";
var DEFAULT_RETENTION_DAYS = 30;
var REQUIRED_RETENTION_DAYS = 400;
var logBucket = (r) => {
  const id = knownString2(setting(r, "bucket_id"));
  const wellKnown = id === "_Default" || id === "_Required";
  const label = wellKnown ? `${id} log bucket` : "Cloud Logging bucket";
  if (id === "_Required") {
    return { kind: "log-bucket", label, retentionDays: REQUIRED_RETENTION_DAYS, evidence: [evidence2(r, "bucket_id", id, "retention fixed by Cloud Logging at 400 days")] };
  }
  const ev2 = wellKnown ? [evidence2(r, "bucket_id", id)] : [];
  const days = setting(r, "retention_days");
  if (days.state === "unknown") return { kind: "log-bucket", label, retentionDays: "unknown", evidence: [...ev2, evidence2(r, days.path, void 0, "known only after apply")], settle: BUCKET_SETTLE };
  if (typeof days.value === "number" && days.value > 0) return { kind: "log-bucket", label, retentionDays: days.value, evidence: [...ev2, evidence2(r, days.path, days.value)] };
  return { kind: "log-bucket", label, retentionDays: DEFAULT_RETENTION_DAYS, evidence: [...ev2, evidence2(r, days.path, void 0, "not set: Cloud Logging keeps logs 30 days")] };
};
function inProject(ctx, config, project2) {
  if (ctx.links.targets(config, "project", ["google_project"]).includes(project2)) return "yes";
  const id = knownString2(setting(project2, "project_id"));
  const p = setting(config, "project");
  const value = knownString2(p) ?? (p.state === "unset" ? config.providerProject : void 0);
  if (value !== void 0) return id !== void 0 && value.replace(/^projects\//, "") === id ? "yes" : "no";
  return referencesAt(config, "project").some((ref) => ref.startsWith("google_project.")) ? "no" : "maybe";
}
var projectDefaultBucket = (r, ctx) => {
  const label = "_Default log bucket";
  const configs = ctx.links.ofType("google_logging_project_bucket_config").filter((c) => inProject(ctx, c, r) !== "no");
  const ids = configs.map((c) => ({ c, id: setting(c, "bucket_id"), sure: inProject(ctx, c, r) === "yes" }));
  if (ids.some((x) => x.sure && x.id.state === "known" && x.id.value === "_Default")) return void 0;
  const doubtful = ids.filter((x) => x.id.state === "unknown" || !x.sure && x.id.value === "_Default");
  if (doubtful.length > 0) {
    return {
      kind: "log-bucket",
      label,
      retentionDays: "unknown",
      evidence: doubtful.map((x) => evidenceFrom(x.c, "bucket_id", void 0, "a bucket config whose bucket or project is known only after apply")),
      settle: "whether the plan configures the _Default log bucket of this project, and its retention_days"
    };
  }
  return {
    kind: "log-bucket",
    label,
    retentionDays: DEFAULT_RETENTION_DAYS,
    evidence: [evidence2(r, "project_id", void 0, "no google_logging_project_bucket_config for the _Default bucket of this project in the plan: Cloud Logging keeps its logs 30 days")]
  };
};
var SINK_TYPES = LOG_PARENTS.map((p) => `google_logging_${p}_sink`);
function sinksInto(ctx, bucket2) {
  const name = knownString2(setting(bucket2, "name"));
  const out = /* @__PURE__ */ new Set();
  for (const type of SINK_TYPES) {
    for (const s of ctx.links.sources(bucket2, type, "destination")) out.add(s);
    if (!name) continue;
    for (const s of ctx.links.ofType(type)) if (knownString2(setting(s, "destination")) === `storage.googleapis.com/${name}`) out.add(s);
  }
  return [...out];
}
var positive = (r, path9) => {
  const s = setting(r, path9);
  return typeof s.value === "number" && s.value > 0 ? s.value : void 0;
};
function bucketRetention(r) {
  const n = blockCount(r, "lifecycle_rule");
  if (n === "unknown") return { days: "unknown", evidence: [evidence2(r, "lifecycle_rule", void 0, "known only after apply")] };
  const ev2 = [];
  let earliest;
  for (let i = 0; i < n; i++) {
    const type = setting(r, `lifecycle_rule[${i}].action[0].type`);
    if (type.state === "unknown") return { days: "unknown", evidence: [evidence2(r, type.path, void 0, "known only after apply")] };
    if (type.value !== "Delete") continue;
    const c = `lifecycle_rule[${i}].condition[0]`;
    const state = knownString2(setting(r, `${c}.with_state`));
    const noncurrentOnly = state === "ARCHIVED" || positive(r, `${c}.num_newer_versions`) !== void 0 || positive(r, `${c}.days_since_noncurrent_time`) !== void 0 || !!knownString2(setting(r, `${c}.noncurrent_time_before`));
    if (noncurrentOnly) continue;
    const age = setting(r, `${c}.age`);
    if (age.state === "unknown") return { days: "unknown", evidence: [evidence2(r, age.path, void 0, "known only after apply")] };
    const days = positive(r, `${c}.age`);
    if (days === void 0) return { days: "unknown", evidence: [evidence2(r, c, void 0, "Delete rule without an age condition")] };
    ev2.push(evidence2(r, `${c}.age`, days, "lifecycle Delete rule"));
    earliest = earliest === void 0 ? days : Math.min(earliest, days);
  }
  const period = setting(r, "retention_policy[0].retention_period");
  if (period.state === "unknown") return { days: "unknown", evidence: [evidence2(r, period.path, void 0, "known only after apply")] };
  const seconds = positive(r, period.path);
  const locked = seconds === void 0 ? void 0 : Math.floor(seconds / 86400);
  if (seconds !== void 0) ev2.push(evidence2(r, period.path, seconds, `retention policy: objects cannot be deleted for ${locked} days`));
  if (earliest === void 0) return { days: "forever", evidence: [...ev2, evidence2(r, "lifecycle_rule", void 0, "no lifecycle rule deletes current objects")] };
  return { days: Math.max(earliest, locked ?? 0), evidence: ev2 };
}
var sinkBucket = (r, ctx) => {
  const sinks = sinksInto(ctx, r);
  if (sinks.length === 0) return void 0;
  const kept = bucketRetention(r);
  const facet6 = {
    kind: "log-bucket",
    label: "Cloud Storage bucket receiving a log sink",
    retentionDays: kept.days,
    evidence: [...sinks.map((s) => evidenceFrom(s, "destination", void 0, "log sink writing into this bucket")), ...kept.evidence]
  };
  if (kept.days === "unknown") facet6.settle = "the lifecycle rules and retention policy of the bucket once applied";
  return facet6;
};
var LOG_TYPES = ["ADMIN_READ", "DATA_READ", "DATA_WRITE"];
var GLOBAL_AND_IMMUTABLE = [
  { path: "service", note: "Cloud Audit Logs record every region of the scope: there is no per-region trail" },
  { path: "service", note: "audit log entries are immutable in Cloud Logging: there is no integrity-validation setting" }
];
function auditTrailOf(scope) {
  let covers2;
  if (scope.service === "unknown" || scope.logTypes === "unknown" || scope.exempted === "unknown") covers2 = "unknown";
  else if (scope.service !== "allServices") covers2 = "no";
  else covers2 = LOG_TYPES.every((t) => scope.logTypes.includes(t)) && scope.exempted === 0 ? "yes" : "no";
  return { label: "Cloud Audit Logs configuration", multiRegion: "yes", integrityValidation: "yes", coversAllServices: covers2, evidence: [...scope.evidence, ...GLOBAL_AND_IMMUTABLE] };
}
var AUDIT_PARENT = {
  google_project_iam_audit_config: "project",
  google_folder_iam_audit_config: "folder",
  google_organization_iam_audit_config: "org_id"
};
function parentKey(r) {
  const attr2 = AUDIT_PARENT[r.type];
  const s = setting(r, attr2);
  const value = knownString2(s);
  if (value) return value.replace(/^(projects|folders|organizations)\//, "");
  if (s.state === "unknown") {
    const ref = referencesAt(r, attr2)[0];
    return ref ? `${r.moduleInstance}|${ref}` : void 0;
  }
  return attr2 === "project" ? r.providerProject : void 0;
}
function auditScope(r) {
  const service = setting(r, "service");
  const n = blockCount(r, "audit_log_config");
  const ev2 = [evidence2(r, "service", knownString2(service), service.state === "unknown" ? "known only after apply" : void 0)];
  if (n === "unknown") return { service: knownString2(service) ?? "unknown", logTypes: "unknown", exempted: "unknown", evidence: [...ev2, evidence2(r, "audit_log_config", void 0, "known only after apply")] };
  const logTypes = [];
  let exempted = 0;
  let unknownType = false;
  for (let i = 0; i < n; i++) {
    const t = setting(r, `audit_log_config[${i}].log_type`);
    const type = knownString2(t);
    if (type) logTypes.push(type);
    else unknownType = true;
    const members = stringList(r, `audit_log_config[${i}].exempted_members`);
    if (members === "unknown") exempted = "unknown";
    else if (exempted !== "unknown") exempted += members.length;
    ev2.push(evidence2(r, t.path, type, members !== "unknown" && members.length > 0 ? `${members.length} exempted member(s)` : void 0));
  }
  return { service: knownString2(service) ?? "unknown", logTypes: unknownType ? "unknown" : logTypes, exempted, evidence: ev2 };
}
var auditConfig = (r, ctx) => {
  const scope = auditScope(r);
  if (scope.service !== "allServices" && scope.service !== "unknown") {
    const key = parentKey(r);
    const covered = key !== void 0 && ctx.links.ofType(r.type).some((o) => o !== r && parentKey(o) === key && knownString2(setting(o, "service")) === "allServices");
    if (covered) return void 0;
  }
  return auditTrailOf(scope);
};
var policyAuditConfigs = (r) => {
  const configs = parsePolicyData(r)?.auditConfigs ?? [];
  if (configs.length === 0) return void 0;
  const all = configs.find((c) => c.service === "allServices") ?? configs[0];
  return auditTrailOf({
    service: all.service ?? "unknown",
    logTypes: all.logTypes,
    exempted: all.exempted,
    evidence: [evidence2(r, "policy_data", void 0, `auditConfigs: ${all.service ?? "(no service)"} with ${all.logTypes.join(", ") || "no log type"}`)]
  });
};
var LEVELS2 = ["project", "folder", "organization"];
var loggingTable2 = {
  logStore: {
    ...Object.fromEntries(LOG_PARENTS.map((p) => [`google_logging_${p}_bucket_config`, logBucket])),
    google_project: projectDefaultBucket,
    google_storage_bucket: sinkBucket
  },
  auditTrail: {
    ...Object.fromEntries(Object.keys(AUDIT_PARENT).map((t) => [t, auditConfig])),
    ...Object.fromEntries(LEVELS2.map((l) => [`google_${l}_iam_policy`, policyAuditConfigs]))
  }
};

// providers/terraform/gcp/log-protection.ts
function routesAuditLogs(filter) {
  if (filter === "unknown") return "unknown";
  if (filter === void 0 || filter.trim() === "") return "yes";
  return /cloudaudit/i.test(filter) ? "yes" : "no";
}
var sinkFilter = (s) => {
  const f = setting(s, "filter");
  return f.state === "unknown" ? "unknown" : knownString2(f);
};
function sinksIntoLogBucket(ctx, config) {
  const id = knownString2(setting(config, "bucket_id"));
  const location = knownString2(setting(config, "location"));
  const out = /* @__PURE__ */ new Set();
  for (const type of SINK_TYPES) {
    for (const s of ctx.links.sources(config, type, "destination")) out.add(s);
    if (!id || !location) continue;
    for (const s of ctx.links.ofType(type)) {
      const dest = knownString2(setting(s, "destination"));
      if (dest && dest.startsWith("logging.googleapis.com/") && dest.endsWith(`/locations/${location}/buckets/${id}`)) out.add(s);
    }
  }
  return [...out];
}
var ENCRYPTED_NOTE = "Google encrypts logs at rest";
function auditSinks(sinks) {
  const routing = sinks.filter((s) => routesAuditLogs(sinkFilter(s)) !== "no");
  if (routing.length === 0) return void 0;
  return routing.map((s) => evidenceFrom(s, "filter", void 0, sinkFilter(s) === "unknown" ? "a sink whose filter is known only after apply" : "a sink routing audit logs into this bucket"));
}
var logBucket2 = (r, ctx) => {
  const id = setting(r, "bucket_id");
  const name = knownString2(id);
  const wellKnown = name === "_Default" || name === "_Required";
  const label = wellKnown ? `${name} log bucket` : "Cloud Logging bucket";
  const cmek = knownString2(setting(r, "cmek_settings[0].kms_key_name"));
  const encrypted = evidence2(r, "cmek_settings", void 0, cmek ? "customer-managed Cloud KMS key" : ENCRYPTED_NOTE);
  if (name === "_Required") {
    return { label, encrypted: "yes", immutable: "yes", evidence: [evidence2(r, "bucket_id", "_Required", "locked by Cloud Logging: 400 days, cannot be changed"), encrypted] };
  }
  let why;
  if (name === "_Default") why = [evidence2(r, "bucket_id", "_Default", "receives the Data Access audit logs")];
  else {
    const sinks = auditSinks(sinksIntoLogBucket(ctx, r));
    if (!sinks) return void 0;
    why = sinks;
  }
  const locked = setting(r, "locked");
  if (locked.state === "unknown") return { label, encrypted: "yes", immutable: "unknown", evidence: [...why, evidence2(r, locked.path, void 0, "known only after apply"), encrypted], settle: "whether the log bucket is locked once applied" };
  if (locked.value === true) return { label, encrypted: "yes", immutable: "yes", evidence: [...why, evidence2(r, locked.path, true, "retention locked"), encrypted] };
  return { label, encrypted: "yes", immutable: "no", evidence: [...why, evidence2(r, locked.path, false, locked.state === "unset" ? "not set: the bucket is not locked, its retention can be shortened" : "the bucket is not locked"), encrypted] };
};
var storageBucket = (r, ctx) => {
  const why = auditSinks(sinksInto(ctx, r));
  if (!why) return void 0;
  const label = "Cloud Storage bucket receiving audit logs";
  const cmek = knownString2(setting(r, "encryption[0].default_kms_key_name"));
  const encrypted = evidence2(r, "encryption", void 0, cmek ? "customer-managed Cloud KMS key" : "Google encrypts objects at rest");
  const period = setting(r, "retention_policy[0].retention_period");
  const isLocked = setting(r, "retention_policy[0].is_locked");
  if (period.state === "unknown" || isLocked.state === "unknown") {
    return { label, encrypted: "yes", immutable: "unknown", evidence: [...why, evidence2(r, "retention_policy", void 0, "known only after apply"), encrypted], settle: "the retention policy (Bucket Lock) of the bucket once applied" };
  }
  if (typeof period.value === "number" && period.value > 0 && isLocked.value === true) {
    return { label, encrypted: "yes", immutable: "yes", evidence: [...why, evidence2(r, isLocked.path, true, `retention policy locked: objects cannot be deleted for ${Math.floor(period.value / 86400)} days`), encrypted] };
  }
  const note = typeof period.value === "number" && period.value > 0 ? "a retention policy that is not locked: it can be removed" : "no retention policy: objects can be deleted or overwritten";
  return { label, encrypted: "yes", immutable: "no", evidence: [...why, evidence2(r, isLocked.path, isLocked.value === false ? false : void 0, note), encrypted] };
};
var logProtectionTable2 = {
  logProtection: {
    ...Object.fromEntries(LOG_PARENTS.map((p) => [`google_logging_${p}_bucket_config`, logBucket2])),
    google_storage_bucket: storageBucket
  }
};

// providers/terraform/gcp/network.ts
function portRange(spec) {
  const m = /^(\d+)(?:-(\d+))?$/.exec(spec.trim());
  if (!m) return void 0;
  const from = Number(m[1]);
  const to = m[2] === void 0 ? from : Number(m[2]);
  return from <= to && to <= 65535 ? { from, to } : void 0;
}
function ports(r, block, protocol) {
  if (protocol === "all") return "all";
  const list = stringList(r, `${block}.ports`);
  if (list === "unknown") return "unknown";
  if (list.length === 0) return "all";
  const ranges = list.map(portRange);
  return ranges.every((x) => x !== void 0) ? ranges : "unknown";
}
function firewallSources(r) {
  const ranges = stringList(r, "source_ranges");
  if (ranges === "unknown") return { list: "unknown", evidence: evidence2(r, "source_ranges", void 0, "known only after apply") };
  if (ranges.length > 0) return { list: ranges, evidence: evidence2(r, "source_ranges", ranges.join(", ")) };
  const tags = stringList(r, "source_tags");
  const accounts = stringList(r, "source_service_accounts");
  if (tags === "unknown" || accounts === "unknown") {
    return { list: "unknown", evidence: evidence2(r, tags === "unknown" ? "source_tags" : "source_service_accounts", void 0, "known only after apply") };
  }
  if (tags.length > 0 || accounts.length > 0) {
    return { list: [], evidence: evidence2(r, tags.length > 0 ? "source_tags" : "source_service_accounts", void 0, "sources are instances of the network, not internet addresses") };
  }
  return { list: ["0.0.0.0/0"], evidence: evidence2(r, "source_ranges", "0.0.0.0/0", "no source ranges, tags or service accounts: GCP applies 0.0.0.0/0") };
}
var firewallIngress = (r) => {
  const direction = setting(r, "direction");
  if (direction.state === "known" && String(direction.value).toUpperCase() === "EGRESS") return void 0;
  const disabled = setting(r, "disabled");
  const enabled = direction.state === "unknown" || disabled.state === "unknown" ? "unknown" : disabled.value === true ? "no" : "yes";
  const prio = setting(r, "priority");
  const priority = prio.state === "unknown" ? void 0 : typeof prio.value === "number" ? prio.value : 1e3;
  const sources = firewallSources(r);
  const rules = [];
  let complete = true;
  for (const action of ["allow", "deny"]) {
    const n = blockCount(r, action);
    if (n === "unknown") {
      complete = false;
      continue;
    }
    for (let i = 0; i < n; i++) {
      const block = `${action}[${i}]`;
      const proto = setting(r, `${block}.protocol`);
      const known = knownString2(proto)?.toLowerCase();
      const protocol = known ?? "all";
      const rulePorts = known ? ports(r, block, protocol) : "unknown";
      const shown = rulePorts === "all" ? "all ports" : rulePorts === "unknown" ? "ports unknown" : rulePorts.map((p) => p.from === p.to ? `${p.from}` : `${p.from}-${p.to}`).join(",");
      rules.push({
        action,
        ...priority !== void 0 ? { priority } : {},
        protocol,
        ports: rulePorts,
        sources: sources.list,
        evidence: { ...sources.evidence, note: [`${block}: ${known ?? "protocol unknown"} ${shown}`, sources.evidence.note].filter(Boolean).join("; ") }
      });
    }
  }
  return { evaluation: "priority", rules, complete, enabled };
};
function endpoint2(kind, label, publicAccess, allowedNetworks, ev2, settle) {
  return { kind, label, publicAccess, allowedNetworks, evidence: ev2, ...settle && (publicAccess === "unknown" || allowedNetworks === "unknown") ? { settle } : {} };
}
function cidrs(r, list, field) {
  const n = blockCount(r, list);
  if (n === "unknown") return "unknown";
  const out = [];
  for (let i = 0; i < n; i++) {
    const v = setting(r, `${list}[${i}].${field}`);
    if (v.state === "unknown") return "unknown";
    const cidr = knownString2(v);
    if (cidr) out.push(cidr.trim());
  }
  return out;
}
var gkeEndpoint = (r) => {
  const label = "GKE cluster API endpoint";
  const settle = "the control plane endpoint settings (private endpoint, authorized networks) once applied";
  const ipEndpoints = setting(r, "control_plane_endpoints_config[0].ip_endpoints_config[0].enabled");
  const privateEndpoint = setting(r, "private_cluster_config[0].enable_private_endpoint");
  if (ipEndpoints.state === "known" && ipEndpoints.value === false) {
    return endpoint2("kubernetes-api", label, "no", [], [evidence2(r, ipEndpoints.path, false, "IP endpoints disabled: only the DNS endpoint, authorised by IAM")]);
  }
  if (privateEndpoint.state === "known" && privateEndpoint.value === true) {
    return endpoint2("kubernetes-api", label, "no", [], [evidence2(r, privateEndpoint.path, true)]);
  }
  if (ipEndpoints.state === "unknown" || privateEndpoint.state === "unknown") {
    const which = privateEndpoint.state === "unknown" ? privateEndpoint : ipEndpoints;
    return endpoint2("kubernetes-api", label, "unknown", "unknown", [evidence2(r, which.path, void 0, "known only after apply")], settle);
  }
  const ev2 = [privateEndpoint.state === "unset" ? evidence2(r, privateEndpoint.path, void 0, "not set: the public endpoint is on") : evidence2(r, privateEndpoint.path, false)];
  const man = blockCount(r, "master_authorized_networks_config");
  if (man === "unknown") return endpoint2("kubernetes-api", label, "yes", "unknown", [...ev2, evidence2(r, "master_authorized_networks_config", void 0, "known only after apply")], settle);
  if (man === 0) {
    return endpoint2("kubernetes-api", label, "yes", "any", [...ev2, evidence2(r, "master_authorized_networks_config", void 0, "not set: the public endpoint accepts any address")]);
  }
  const allowed = cidrs(r, "master_authorized_networks_config[0].cidr_blocks", "cidr_block");
  ev2.push(evidence2(r, "master_authorized_networks_config[0].cidr_blocks", allowed === "unknown" ? void 0 : allowed.join(", "), allowed === "unknown" ? "known only after apply" : void 0));
  const gcpPublic = setting(r, "master_authorized_networks_config[0].gcp_public_cidrs_access_enabled");
  if (gcpPublic.state === "known" && gcpPublic.value === true) ev2.push(evidence2(r, gcpPublic.path, true, "Google Cloud public IP addresses may also reach the endpoint"));
  return endpoint2("kubernetes-api", label, "yes", allowed, ev2, settle);
};
var sqlEndpoint = (r) => {
  const label = "Cloud SQL instance";
  const settle = "the instance IP configuration (public IPv4, authorized networks) once applied";
  const ipv4 = setting(r, "settings[0].ip_configuration[0].ipv4_enabled");
  if (ipv4.state === "unknown") return endpoint2("database", label, "unknown", "unknown", [evidence2(r, ipv4.path, void 0, "known only after apply")], settle);
  if (ipv4.value === false) return endpoint2("database", label, "no", [], [evidence2(r, ipv4.path, false, "private IP only")]);
  const ev2 = [evidence2(r, ipv4.path, true, ipv4.state === "unset" ? "not set: Cloud SQL assigns a public IPv4 address by default" : void 0)];
  const path9 = "settings[0].ip_configuration[0].authorized_networks";
  const allowed = cidrs(r, path9, "value");
  if (allowed === "unknown") ev2.push(evidence2(r, path9, void 0, "known only after apply"));
  else if (allowed.length === 0) ev2.push(evidence2(r, path9, void 0, "no authorized network: only the Cloud SQL Auth Proxy and connectors (IAM-authorised) reach the public IP"));
  else ev2.push(evidence2(r, path9, allowed.join(", ")));
  return endpoint2("database", label, "yes", allowed, ev2, settle);
};
var networkTable2 = {
  ingress: { google_compute_firewall: firewallIngress },
  adminEndpoint: { google_container_cluster: gkeEndpoint, google_sql_database_instance: sqlEndpoint }
};

// providers/terraform/gcp/separation.ts
var network = (r) => {
  const name = knownString2(setting(r, "name"));
  if (name === "default") return { label: "VPC network", isDefault: "yes", evidence: [evidence2(r, "name", "default", "the default network")] };
  const auto = setting(r, "auto_create_subnetworks");
  if (auto.state === "unknown") return { label: "VPC network", isDefault: "unknown", evidence: [evidence2(r, auto.path, void 0, "known only after apply")] };
  if (auto.value === false) return { label: "VPC network", isDefault: "no", evidence: [evidence2(r, auto.path, false, "custom-mode network")] };
  return {
    label: "auto-mode VPC network",
    isDefault: "yes",
    evidence: [evidence2(r, auto.path, true, `${auto.state === "unset" ? "not set: true. " : ""}auto mode, like the default network: a subnet in every region with the same ranges in every such network`)]
  };
};
var project = (r) => {
  const auto = setting(r, "auto_create_network");
  if (auto.state === "unknown") return { label: "project", isDefault: "unknown", evidence: [evidence2(r, auto.path, void 0, "known only after apply")] };
  if (auto.value === false) return { label: "project", isDefault: "no", evidence: [evidence2(r, auto.path, false, "the default network is deleted after the project is created")] };
  return {
    label: "default network of the project",
    isDefault: "yes",
    evidence: [evidence2(r, auto.path, true, `${auto.state === "unset" ? "not set: true. " : ""}the project is created with the default network (unless the organization policy compute.skipDefaultNetworkCreation applies)`)]
  };
};
var separationTable = {
  defaultNetwork: { google_compute_network: network, google_project: project }
};

// providers/terraform/gcp/storage.ts
var KMS_TYPES = ["google_kms_crypto_key", "google_kms_crypto_key_version"];
var KIND_NOTE = { kms: "customer-managed Cloud KMS key", csek: "customer-supplied encryption key" };
var SETTLE = "the Cloud KMS key (or customer-supplied key) configured on the resource once applied";
var kms = (path9) => ({ path: path9, kind: "kms" });
var csek = (path9) => ({ path: path9, kind: "csek" });
var computeKeyBlock = (block) => [
  kms(`${block}[0].kms_key_self_link`),
  kms(`${block}[0].kms_key_name`),
  csek(`${block}[0].raw_key`),
  csek(`${block}[0].rsa_encrypted_key`)
];
var present = (v) => typeof v === "string" ? v.trim() !== "" : Array.isArray(v) ? v.length > 0 : v !== void 0 && v !== null;
function keyOf2(r, ctx, paths) {
  const pending = [];
  for (const { path: path9, kind } of paths) {
    const s = setting(r, path9);
    if (s.state === "known" && present(s.value)) return { key: "customer", evidence: [evidence2(r, path9, void 0, KIND_NOTE[kind])] };
    if (s.state === "unknown") {
      if (ctx.links.targets(r, path9, KMS_TYPES).length > 0) return { key: "customer", evidence: [evidence2(r, path9, void 0, "Cloud KMS key of this plan (customer-managed)")] };
      pending.push(evidence2(r, path9, void 0, "known only after apply"));
    }
  }
  if (pending.length) return { key: "unknown", evidence: pending };
  return { key: "provider", evidence: [evidence2(r, paths[0].path, void 0, "no customer-managed key: Google-managed encryption")] };
}
function facet5(service, found) {
  const f = { service, encrypted: "yes", key: found.key, evidence: found.evidence };
  if (found.key === "unknown") f.settle = SETTLE;
  return f;
}
function combine3(parts) {
  const evidence3 = parts.flatMap((p) => p.evidence);
  for (const key of ["provider", "unknown"]) if (parts.some((p) => p.key === key)) return { key, evidence: evidence3 };
  return { key: "customer", evidence: evidence3 };
}
function keyFrom(source, ctx, paths) {
  const found = keyOf2(source, ctx, paths);
  return { key: found.key, evidence: found.evidence.map((e) => attributed(e, source)) };
}
var DISK_TYPES = ["google_compute_disk", "google_compute_region_disk"];
var DISK_KEYS = computeKeyBlock("disk_encryption_key");
function instanceDisk(r, ctx, block, keys) {
  const source = `${block}.source`;
  const disks = related(ctx, r, source, DISK_TYPES);
  if (disks.length > 0) return combine3(disks.map((d) => keyFrom(d, ctx, DISK_KEYS)));
  const own2 = keyOf2(r, ctx, keys);
  if (own2.key !== "provider") return own2;
  const src = setting(r, source);
  const created = block === "boot_disk[0]" && (blockCount(r, "boot_disk[0].initialize_params") !== 0 || src.state === "unset");
  if (created) return own2;
  const note = src.state === "unknown" && configured(r, source) !== "yes" ? "known only after apply" : "existing disk outside this plan: its key is not visible";
  return { key: "unknown", evidence: [evidence2(r, source, void 0, note)] };
}
var instanceStorage = (r, ctx) => {
  const parts = [];
  if (blockCount(r, "boot_disk") !== 0) {
    parts.push(
      instanceDisk(r, ctx, "boot_disk[0]", [
        kms("boot_disk[0].kms_key_self_link"),
        csek("boot_disk[0].disk_encryption_key_raw"),
        csek("boot_disk[0].disk_encryption_key_rsa")
      ])
    );
  }
  const attached2 = blockCount(r, "attached_disk");
  if (attached2 === "unknown") parts.push({ key: "unknown", evidence: [evidence2(r, "attached_disk", void 0, "known only after apply")] });
  else {
    for (let i = 0; i < attached2; i++) {
      const b = `attached_disk[${i}]`;
      parts.push(instanceDisk(r, ctx, b, [kms(`${b}.kms_key_self_link`), csek(`${b}.disk_encryption_key_raw`), csek(`${b}.disk_encryption_key_rsa`)]));
    }
  }
  const scratch = blockCount(r, "scratch_disk");
  if (scratch !== 0) {
    parts.push({
      key: scratch === "unknown" ? "unknown" : "provider",
      evidence: [evidence2(r, "scratch_disk", void 0, "local SSDs are encrypted with Google-managed keys")]
    });
  }
  if (parts.length === 0) return void 0;
  return facet5("Compute Engine instance storage", combine3(parts));
};
var tableStorage = (r, ctx) => {
  const own2 = keyOf2(r, ctx, [kms("encryption_configuration[0].kms_key_name")]);
  if (own2.key !== "provider") return facet5("BigQuery table", own2);
  const datasets = related(ctx, r, "dataset_id", ["google_bigquery_dataset"], "dataset_id");
  if (datasets.length === 0) {
    return facet5("BigQuery table", { key: "unknown", evidence: [evidence2(r, "dataset_id", void 0, "tables inherit the default key of their dataset, which is not in this plan")] });
  }
  const found = combine3(datasets.map((d) => keyFrom(d, ctx, [kms("default_encryption_configuration[0].kms_key_name")])));
  return facet5("BigQuery table", { key: found.key, evidence: [...own2.evidence, ...found.evidence] });
};
var KEYED = {
  google_storage_bucket: { service: "Cloud Storage bucket", keys: [kms("encryption[0].default_kms_key_name")] },
  google_compute_disk: { service: "Compute Engine disk", keys: DISK_KEYS },
  google_compute_region_disk: { service: "Compute Engine regional disk", keys: DISK_KEYS },
  google_compute_snapshot: { service: "Compute Engine snapshot", keys: computeKeyBlock("snapshot_encryption_key") },
  google_compute_image: { service: "Compute Engine image", keys: computeKeyBlock("image_encryption_key") },
  google_sql_database_instance: { service: "Cloud SQL instance", keys: [kms("encryption_key_name")] },
  google_bigquery_dataset: { service: "BigQuery dataset", keys: [kms("default_encryption_configuration[0].kms_key_name")] },
  google_pubsub_topic: { service: "Pub/Sub topic", keys: [kms("kms_key_name")] },
  google_redis_instance: { service: "Memorystore for Redis instance", keys: [kms("customer_managed_key")] },
  google_spanner_database: { service: "Spanner database", keys: [kms("encryption_config[0].kms_key_name"), kms("encryption_config[0].kms_key_names")] },
  google_filestore_instance: { service: "Filestore instance", keys: [kms("kms_key_name")] },
  // Artifact Registry stores images and packages: a data store like any other.
  google_artifact_registry_repository: { service: "Artifact Registry repository", keys: [kms("kms_key_name")] },
  ...Object.fromEntries(
    ["project", "folder", "organization", "billing_account"].map((parent) => [
      `google_logging_${parent}_bucket_config`,
      { service: "Cloud Logging bucket", keys: [kms("cmek_settings[0].kms_key_name")] }
    ])
  )
};
var storageTable2 = {
  storage: {
    ...Object.fromEntries(Object.entries(KEYED).map(([type, spec]) => [type, (r, ctx) => facet5(spec.service, keyOf2(r, ctx, spec.keys))])),
    google_compute_instance: instanceStorage,
    google_bigquery_table: tableStorage
  }
};

// providers/terraform/gcp/index.ts
var GCP = {
  cloud: "gcp",
  prefixes: ["google_"],
  regionOf,
  tables: [
    storageTable2,
    locationTable,
    networkTable2,
    identityTable2,
    loggingTable2,
    backupsTable,
    transitTable2,
    keysTable,
    secretsTable,
    logProtectionTable2,
    detectionTable2,
    separationTable,
    availabilityTable
  ]
};

// providers/terraform/to-resources.ts
var CLOUDS = [AWS, AZURE, GCP];
var COMPILED = CLOUDS.map(compile);
function compile(spec) {
  const byFacet = /* @__PURE__ */ new Map();
  for (const table of spec.tables) {
    for (const [facet6, builders] of Object.entries(table)) {
      let entry = byFacet.get(facet6);
      if (!entry) byFacet.set(facet6, entry = { byType: /* @__PURE__ */ new Map() });
      for (const [type, builder] of Object.entries(builders)) {
        if (type === "*") {
          if (entry.any) throw new Error(`${spec.cloud}: two default builders for facet ${facet6}`);
          entry.any = builder;
        } else {
          if (entry.byType.has(type)) throw new Error(`${spec.cloud}: two builders for ${type}.${facet6}`);
          entry.byType.set(type, builder);
        }
      }
    }
  }
  const forType = memoize((type) => {
    const found = [];
    for (const [facet6, entry] of byFacet) {
      const builder = entry.byType.get(type) ?? entry.any;
      if (builder) found.push([facet6, builder]);
    }
    return found;
  });
  return { spec, forType };
}
var cloudOf = memoize((type) => COMPILED.find((c) => c.spec.prefixes.some((p) => type.startsWith(p))));
function* toResources(tf, config, place, scope) {
  const links = new Links(tf, config);
  const regions = /* @__PURE__ */ new Map();
  const regionOf4 = (x) => {
    if (regions.has(x)) return regions.get(x);
    const region = cloudOf(x.type)?.spec.regionOf(x, links);
    regions.set(x, region);
    return region;
  };
  const ctx = { links, regionOf: regionOf4 };
  const out = [];
  for (const r of tf) {
    yield;
    const cloud = cloudOf(r.type);
    if (!cloud) continue;
    const facets = {};
    for (const [facet6, builder] of cloud.forType(r.type)) {
      const value = builder(r, ctx);
      if (value !== void 0) facets[facet6] = value;
    }
    const placed = place(r);
    const tags = stringMap(r.values.tags) ?? stringMap(r.values.labels);
    out.push({
      id: r.address,
      provider: cloud.spec.cloud,
      nativeType: r.type,
      region: regionOf4(r),
      source: { origin: r.origin, category: "terraform", input: r.input, ...scope !== void 0 ? { scope } : {}, ...placed },
      facets,
      ...tags ? { tags } : {}
    });
  }
  return out;
}
function stringMap(v) {
  if (v === null || typeof v !== "object" || Array.isArray(v)) return void 0;
  const record = v;
  let out;
  for (const k of Object.keys(record)) {
    const value = record[k];
    if (typeof value !== "string") continue;
    out ??= {};
    if (k === "__proto__") Object.defineProperty(out, k, { value, enumerable: true, writable: true, configurable: true });
    else out[k] = value;
  }
  return out;
}

// providers/terraform/tfjson-reader.ts
var TOP_LEVEL = /* @__PURE__ */ new Set(["terraform", "provider", "resource", "data", "module", "variable", "output", "locals", "//", "moved", "import", "check", "removed"]);
var META_ARGUMENTS = /* @__PURE__ */ new Set(["count", "for_each", "provider", "depends_on", "lifecycle", "provisioner", "connection", "//"]);
function looksLikeTerraformJson(members) {
  if (members.size === 0) return false;
  for (const k of members.keys()) if (!TOP_LEVEL.has(k)) return false;
  return members.has("resource") || members.has("module") || members.has("provider") || members.has("data");
}
function readTerraformJson(scanner, members, input) {
  const doc = Object.fromEntries([...members].map(([k, span]) => [k, scanner.parse(span)]));
  const notifications = [];
  const secrets = /* @__PURE__ */ new Set();
  const variables = isObject(doc.variable) ? doc.variable : {};
  for (const v of Object.values(variables)) {
    if (isObject(v) && v.sensitive === true) collectSensitiveStrings(v.default, true, secrets);
  }
  const varDefault = (name) => {
    const v = variables[name];
    return isObject(v) ? v.default : void 0;
  };
  const providerSettings2 = /* @__PURE__ */ new Map();
  if (isObject(doc.provider)) {
    for (const [name, blocksValue] of Object.entries(doc.provider)) {
      for (const block of Array.isArray(blocksValue) ? blocksValue : [blocksValue]) {
        if (!isObject(block)) continue;
        const key = typeof block.alias === "string" ? `${name}.${block.alias}` : name;
        const region = literal(block.region, varDefault) ?? literal(block.zone, varDefault);
        const project2 = literal(block.project, varDefault);
        providerSettings2.set(key, { ...region ? { region } : {}, ...project2 ? { project: project2 } : {} });
      }
    }
  }
  const resources = [];
  if (isObject(doc.resource)) {
    for (const [type, byName] of Object.entries(doc.resource)) {
      if (!isObject(byName)) continue;
      for (const [name, bodies] of Object.entries(byName)) {
        const body = Array.isArray(bodies) ? bodies[0] : bodies;
        if (!isObject(body)) continue;
        const { values, unknownTree, expressions } = convertBody(body);
        const providerRef = typeof body.provider === "string" ? body.provider.replace(/^\$\{(.*)\}$/, "$1") : type.split("_")[0];
        const settings = providerSettings2.get(providerRef) ?? providerSettings2.get(providerRef.split(".")[0]) ?? {};
        const config = { address: `${type}.${name}`, mode: "managed", type, name, provider_config_key: providerRef, expressions };
        const r = {
          address: `${type}.${name}`,
          type,
          name,
          modules: [],
          moduleInstance: "",
          moduleConfigPath: "",
          localAddress: `${type}.${name}`,
          values,
          unknownTree,
          sensitiveTree: {},
          absentIsUnknown: false,
          config,
          input,
          origin: "config"
        };
        if (settings.region) r.providerRegion = settings.region;
        if (settings.project) r.providerProject = settings.project;
        resources.push(r);
      }
    }
  }
  if (isObject(doc.module)) {
    for (const name of Object.keys(doc.module)) {
      notifications.push({
        level: "warning",
        message: `module "${name}" is not expanded when scanning a Terraform JSON configuration; scan a plan (terraform show -json) to check the resources it creates`,
        scope: input
      });
    }
  }
  return { resources, config: new ConfigIndex(), secrets, notifications };
}
function convertBody(body) {
  const out = { values: {}, unknownTree: {}, expressions: {} };
  for (const [k, v] of Object.entries(body)) {
    if (META_ARGUMENTS.has(k) || k === "__proto__") continue;
    const c = convertValue(v);
    if (c.unknown === true) out.unknownTree[k] = true;
    else {
      out.values[k] = c.value;
      if (c.unknown !== void 0) out.unknownTree[k] = c.unknown;
    }
    out.expressions[k] = c.expression;
  }
  return out;
}
function convertValue(v) {
  if (typeof v === "string" && v.includes("${")) return { value: void 0, unknown: true, expression: { references: referencesIn(v) } };
  if (Array.isArray(v)) {
    const parts = v.map(convertValue);
    const anyUnknown = parts.some((p) => p.unknown !== void 0);
    const isBlockList = v.length > 0 && v.every(isObject);
    return {
      value: parts.map((p) => p.value ?? null),
      ...anyUnknown ? { unknown: parts.map((p) => p.unknown ?? false) } : {},
      expression: isBlockList ? parts.map((p) => p.expression) : { constant_value: v, references: parts.flatMap((p) => refsOf(p.expression)) }
    };
  }
  if (isObject(v)) {
    const c = convertBody(v);
    return { value: c.values, ...Object.keys(c.unknownTree).length ? { unknown: c.unknownTree } : {}, expression: [c.expressions] };
  }
  return { value: v, expression: { constant_value: v } };
}
function refsOf(expression) {
  return isObject(expression) && Array.isArray(expression.references) ? expression.references : [];
}
function referencesIn(template) {
  const refs = /* @__PURE__ */ new Set();
  for (const m of template.matchAll(/\$\{([^}]*)\}/g)) {
    for (const t of m[1].matchAll(/\b((?:data\.)?[A-Za-z_][\w-]*\.[A-Za-z_][\w-]*(?:\[[^\]]*\])?)((?:\.[A-Za-z_][\w-]*)*)/g)) {
      const base = t[1];
      refs.add(base + (t[2] ?? ""));
      refs.add(base);
    }
  }
  return [...refs];
}
function literal(v, varDefault) {
  if (typeof v !== "string") return void 0;
  const m = /^\$\{var\.([A-Za-z_][\w-]*)\}$/.exec(v);
  if (m) {
    const d = varDefault(m[1]);
    return typeof d === "string" ? d : void 0;
  }
  return v.includes("${") ? void 0 : v;
}

// providers/terraform/index.ts
var TERRAFORM_PLAN = {
  name: "terraform-plan",
  label: "Terraform plan (terraform show -json)",
  detect: (doc) => doc.members !== void 0 && looksLikePlan(doc.members),
  streams: true,
  read: async (doc, ctx) => finish(await runPausing(readPlan(doc.stream ?? doc.scanner, doc.members, doc.path)), doc, ctx)
};
var TERRAFORM_JSON = {
  name: "terraform-json",
  label: "Terraform JSON configuration (*.tf.json, cdktf synth)",
  detect: (doc) => doc.members !== void 0 && !looksLikePlan(doc.members) && looksLikeTerraformJson(doc.members),
  read: (doc, ctx) => finish(readTerraformJson(doc.scanner, doc.members, doc.path), doc, ctx)
};
async function finish(read4, doc, ctx) {
  const locator = new Locator(ctx.sources, read4.config, read4.resources, doc.path);
  const inputUri = locator.uri(doc.path);
  const rootDir = locator.rootModuleDir;
  const scope = rootDir === void 0 ? inputUri : locator.uri(rootDir);
  const problems = /* @__PURE__ */ new Set();
  const resources = await runPausing(toResources(
    read4.resources,
    read4.config,
    (r) => {
      const location = locator.locate(r) ?? { uri: inputUri, line: r.inputOffset === void 0 ? 1 : (doc.stream ?? doc.scanner).lineAt(r.inputOffset) };
      const waivers = locator.inlineWaivers(r, (p) => problems.add(p));
      return waivers.length ? { location, waivers } : { location };
    },
    scope
  ));
  for (const message of problems) read4.notifications.push({ level: "warning", message, scope: doc.path });
  if (ctx.declared) recordDeclared(read4.resources, locator, ctx.declared);
  return { resources, notifications: read4.notifications, secrets: read4.secrets, categories: ["terraform"] };
}
function recordDeclared(resources, locator, declared) {
  for (const r of resources) {
    const location = locator.locate(r);
    if (!location) continue;
    for (const key of ["arn", "id", "self_link"]) {
      const v = r.values[key];
      if (typeof v === "string" && v.length > 3) declared.set(identityKey(v), location);
    }
  }
}

// providers/aws/offline.ts
import path4 from "node:path";
var CONTAINERS = ["configurationItems", "baseConfigurationItems", "Results"];
function looksLikeItem(v) {
  const d = decodeJsonText(v);
  return isRecord(d) && typeof d.resourceType === "string" && d.resourceType.startsWith("AWS::");
}
function firstValue(doc, spans) {
  const s = spans?.[0];
  if (!s) return void 0;
  try {
    return doc.scanner.parse(s);
  } catch {
    return void 0;
  }
}
function isArrayAt(doc, span) {
  return span !== void 0 && doc.scanner.buf[span.start] === 91;
}
function recordSpans(doc) {
  if (doc.members) {
    const m = doc.members;
    for (const key of CONTAINERS) {
      const span = m.get(key);
      if (!isArrayAt(doc, span)) continue;
      const spans2 = [];
      doc.scanner.arrayElements(span, (s) => spans2.push(s));
      const known = key === "configurationItems" ? m.has("fileVersion") || m.has("configSnapshotId") || m.has("nextToken") || m.has("requestId") : key === "Results" ? m.has("QueryInfo") : true;
      if (known || looksLikeItem(firstValue(doc, spans2))) return spans2;
    }
    const rt = m.get("resourceType");
    if (rt && (m.has("configuration") || m.has("supplementaryConfiguration") || m.has("configurationItemCaptureTime")) && looksLikeItem({ resourceType: doc.scanner.parse(rt) })) {
      return [{ start: 0, end: doc.scanner.buf.length }];
    }
    return void 0;
  }
  const spans = doc.elements ?? doc.lines;
  return spans && spans.length > 0 && looksLikeItem(firstValue(doc, spans)) ? spans : void 0;
}
function detect(doc) {
  try {
    return recordSpans(doc) !== void 0;
  } catch {
    return false;
  }
}
function accountFor(item) {
  return accountOf(item) ?? arnAccount(text2(conf(item, "arn"))) ?? "unknown-account";
}
var OFFLINE = "an inventory file carries no IAM credential report, Config rule results or trail status";
async function read2(doc, ctx) {
  const spans = recordSpans(doc) ?? [];
  const ticker = new Ticker();
  const notifications = [];
  const uri = path4.relative(ctx.sources.root, path4.resolve(doc.path)).split(path4.sep).join("/");
  const latest = /* @__PURE__ */ new Map();
  let skipped = 0;
  for (const span of spans) {
    if (ticker.due()) await ticker.turn();
    const line = doc.scanner.lineAt(span.start);
    let value;
    try {
      value = doc.scanner.parse(span);
    } catch (err) {
      notifications.push({ level: "error", message: `configuration item at line ${line} is not valid JSON: ${err.message.replace(/^.*?: /, "")}`, scope: doc.path });
      continue;
    }
    const item = normaliseItem(value);
    if (typeof item === "string") {
      notifications.push({ level: "error", message: `record at line ${line} is not a usable configuration item (${item}); it was not judged`, scope: doc.path });
      continue;
    }
    const id = canonicalId(item);
    const prev = latest.get(id);
    if (prev && (prev.item.capturedAt ?? 0) > (item.capturedAt ?? 0)) continue;
    latest.set(id, { item, line });
  }
  const accounts = /* @__PURE__ */ new Map();
  const lookups = new Lookups();
  const live = [];
  const groups = /* @__PURE__ */ new Map();
  for (const { item, line } of latest.values()) {
    if (isDeleted(item)) {
      skipped++;
      continue;
    }
    const account = accountFor(item);
    let facts = accounts.get(account);
    if (!facts) {
      accounts.set(account, facts = new AccountFacts(account));
      facts.credentialState = { read: false, why: OFFLINE };
      facts.rulesState = { read: false, why: OFFLINE };
      facts.trailState = { read: false, why: OFFLINE };
    }
    if (absorb(item, facts) === "group") groups.set(account, [...groups.get(account) ?? [], item]);
    absorbLookup(item, lookups);
    live.push({ item, line, account });
  }
  for (const [account, list] of groups) absorbGroups(list, accounts.get(account), lookups);
  lookups.bucketState = { read: false, why: "the bucket is not in this file" };
  const resources = [];
  for (const { item, line, account } of live) {
    if (ticker.due()) await ticker.turn();
    const facts = accounts.get(account);
    const facets = item.resourceType === "AWS::Logs::LogGroup" ? logGroupFacets(item) : facetsOf({ item, facts, lookups });
    if (Object.keys(facets).length === 0 && !tagsOf(item)) continue;
    const r = toResource(item, facets, { account, input: doc.path });
    r.source.location = { uri, line };
    resources.push(r);
  }
  if (skipped) notifications.push({ level: "note", message: `${skipped} deleted resource(s) left out`, scope: doc.path });
  return { resources, notifications, secrets: /* @__PURE__ */ new Set(), categories: [...accounts.keys()].map((a) => `aws/${a}`) };
}
function logGroupFacets(item) {
  return {
    logStore: logGroupStore(item.configuration?.retentionInDays),
    storage: logGroupStorage(text2(conf(item, "kmsKeyId")), "configuration.kmsKeyId"),
    dataLocations: { locations: [primaryLocation(item)] }
  };
}
var AWS_CONFIG_INVENTORY = {
  name: "aws-config",
  label: "AWS Config inventory (snapshot or history file, API response, configuration items as a JSON array or JSON lines)",
  detect,
  read: read2
};
var AWS_CONFIG_EVALUATIONS = {
  name: "aws-config-evaluations",
  label: "AWS Config rule evaluation results (GetComplianceDetailsByConfigRule)",
  detect: (doc) => {
    const span = doc.members?.get("EvaluationResults");
    if (!isArrayAt(doc, span)) return false;
    const spans = [];
    doc.scanner.arrayElements(span, (s) => spans.push(s));
    const first = firstValue(doc, spans);
    return spans.length === 0 || isRecord(first) && "EvaluationResultIdentifier" in first;
  },
  read: (doc) => {
    const span = doc.members.get("EvaluationResults");
    let n = 0;
    doc.scanner.arrayElements(span, () => n++);
    return {
      resources: [],
      notifications: [{ level: "note", message: `${n} Config rule evaluation(s): rule results are read by live scans (--aws), not from files; no resource is judged from this file`, scope: doc.path }],
      secrets: /* @__PURE__ */ new Set(),
      categories: []
    };
  }
};

// providers/aws/index.ts
var AWS_INPUT_KINDS = [AWS_CONFIG_INVENTORY, AWS_CONFIG_EVALUATIONS];

// providers/azure/index.ts
var AZURE_INPUT_KINDS = [AZURE_RESOURCE_GRAPH, AZURE_ARM];

// providers/gcp/offline.ts
import path5 from "node:path";
var PAGE_KEYS = ["assets", "results"];
function membersAt2(scanner, span) {
  if (scanner.buf[span.start] !== 123) return void 0;
  return scanner.objectMembers(span.start).members;
}
function isRecord2(m) {
  if (!m) return false;
  if (m.has("name") && (m.has("asset_type") || m.has("assetType"))) return true;
  if (m.has("asset") && ["window", "deleted", "prior_asset", "priorAsset", "prior_asset_state", "priorAssetState"].some((k) => m.has(k))) return true;
  return m.has("resource") && m.has("policy") && ["project", "assetType", "folders", "organization"].some((k) => m.has(k));
}
function firstElement(scanner, span) {
  const { buf } = scanner;
  if (buf[span.start] !== 91) return void 0;
  let pos = span.start + 1;
  while (pos < span.end && isSpace(buf[pos])) pos++;
  if (buf[pos] === 93) return null;
  return { start: pos, end: span.end };
}
function pageArray(scanner, members) {
  const body = members.get("body");
  const m = body ? membersAt2(scanner, body) ?? members : members;
  for (const key of PAGE_KEYS) {
    const arr = m.get(key);
    if (!arr) continue;
    const first = firstElement(scanner, arr);
    if (first === null) return ["readTime", "nextPageToken"].some((k) => m.has(k)) ? arr : void 0;
    if (first && isRecord2(membersAt2(scanner, first))) return arr;
  }
  return void 0;
}
function recordSpans2(doc, enumerate = true) {
  const { scanner } = doc;
  if (doc.lines) return doc.lines.length > 0 && isRecord2(membersAt2(scanner, doc.lines[0])) ? doc.lines : void 0;
  if (doc.elements) return doc.elements.length > 0 && isRecord2(membersAt2(scanner, doc.elements[0])) ? doc.elements : void 0;
  if (!doc.members) return void 0;
  if (isRecord2(doc.members)) {
    let start = 0;
    while (start < scanner.buf.length && isSpace(scanner.buf[start])) start++;
    return [{ start, end: scanner.buf.length }];
  }
  const arr = pageArray(scanner, doc.members);
  if (!arr) return void 0;
  const spans = [];
  if (!enumerate) return spans;
  scanner.arrayElements(arr, (s) => spans.push(s));
  return spans;
}
function peek(scanner, span) {
  const m = membersAt2(scanner, span);
  const value = (key) => {
    const s = m?.get(key);
    return s ? scanner.parse(s) : void 0;
  };
  const type = value("asset_type") ?? value("assetType");
  const name = value("name");
  const project2 = value("project");
  const ancestors = value("ancestors") ?? (typeof project2 === "string" ? [project2] : void 0);
  return {
    ...typeof type === "string" ? { type } : {},
    ...typeof name === "string" ? { name } : {},
    ...Array.isArray(ancestors) ? { ancestors: ancestors.filter((x) => typeof x === "string") } : {}
  };
}
function read3(doc, ctx) {
  const spans = recordSpans2(doc);
  const { scanner } = doc;
  const context = new InventoryContext();
  for (const span of spans) {
    const { type, name, ancestors } = peek(scanner, span);
    if (name) context.learnName(name, ancestors);
    if (type !== void 0 && !CONTEXT_TYPES.has(type)) continue;
    const asset = normaliseRecord(scanner.parse(span));
    if (asset && CONTEXT_TYPES.has(asset.assetType)) context.learn(asset);
  }
  const uri = path5.relative(ctx.sources.root, path5.resolve(doc.path)).split(path5.sep).join("/");
  const resources = [];
  const categories = /* @__PURE__ */ new Set();
  let skipped = 0;
  for (const span of spans) {
    const asset = normaliseRecord(scanner.parse(span));
    if (!asset) {
      skipped++;
      continue;
    }
    const r = toResource2(asset, context, { input: doc.path, location: { uri, line: scanner.lineAt(span.start) } });
    categories.add(r.source.category);
    resources.push(r);
  }
  const notifications = [];
  if (skipped) notifications.push({ level: "note", message: `${skipped} record(s) are not assets (deleted assets of an asset history, or other records) and were skipped`, scope: doc.path });
  return { resources, notifications, secrets: /* @__PURE__ */ new Set(), categories: [...categories].sort() };
}
var GCP_ASSET_INVENTORY = {
  name: "gcp-asset-inventory",
  label: "Cloud Asset Inventory (gcloud asset export / list / search, REST responses)",
  detect: (doc) => recordSpans2(doc, false) !== void 0,
  read: read3
};

// providers/gcp/index.ts
var GCP_INPUT_KINDS = [GCP_ASSET_INVENTORY];

// src/environments.ts
var EnvironmentTally = class {
  constructor(settings) {
    this.settings = settings;
    this.tagKeys = new Set(settings.tagKeys.map((k) => k.toLowerCase()));
  }
  settings;
  scopes = /* @__PURE__ */ new Map();
  counts = /* @__PURE__ */ new Map();
  /** The tag keys, lower-cased once: every resource's tags are looked up in them. */
  tagKeys;
  add(r) {
    const env = this.classify(r.tags);
    if (!env) return;
    const scope = r.source.scope ?? r.source.category;
    let t = this.scopes.get(scope);
    if (!t) this.scopes.set(scope, t = { production: [], nonProduction: [], first: r });
    let c = this.counts.get(scope);
    if (!c) this.counts.set(scope, c = { production: 0, nonProduction: 0 });
    c[env]++;
    if (t[env].length < 3) t[env].push(r.id);
    if (env === "nonProduction" && !t.location && r.source.location) t.location = r.source.location;
  }
  /** One resource per scope that holds environment-tagged resources. */
  scopeResources() {
    return [...this.scopes].map(([scope, t]) => {
      const c = this.counts.get(scope);
      const location = t.location ?? t.first.source.location;
      return {
        id: `scope:${scope}`,
        provider: t.first.provider,
        nativeType: "cldscan:scope",
        region: void 0,
        source: { origin: t.first.source.origin, category: t.first.source.category, input: t.first.source.input, scope, ...location ? { location } : {} },
        facets: {
          environmentMix: {
            scope: t.first.source.origin === "live" ? `${t.first.source.category}` : `The configuration in ${scope || "the plan"}`,
            tagKeys: this.settings.tagKeys,
            production: c.production,
            nonProduction: c.nonProduction,
            examples: { production: t.production, nonProduction: t.nonProduction }
          }
        }
      };
    });
  }
  classify(tags) {
    if (!tags) return void 0;
    for (const k of Object.keys(tags)) {
      if (!this.tagKeys.has(k.toLowerCase())) continue;
      const value = tags[k].trim().toLowerCase();
      if (this.settings.production.includes(value)) return "production";
      if (this.settings.nonProduction.includes(value)) return "nonProduction";
    }
    return void 0;
  }
};

// src/live/progress.ts
var SILENT = { advance() {
}, finish() {
}, close() {
} };
function createProgress(mode, stream = process.stderr) {
  if (mode === "off") return SILENT;
  let total = 0;
  let last = 0;
  const active = /* @__PURE__ */ new Set();
  const render2 = () => {
    const now = Date.now();
    if (now - last < 100) return;
    last = now;
    stream.write(`\r\x1B[2Kcldscan: ${total} resources read; reading ${[...active].slice(0, 3).join(", ")}${active.size > 3 ? ` and ${active.size - 3} more` : ""}`);
  };
  return {
    advance(scope, count) {
      total += count;
      active.add(scope);
      if (mode === "tty") render2();
    },
    finish(scope, outcome) {
      active.delete(scope);
      if (mode === "tty") {
        last = 0;
        render2();
      } else stream.write(`cldscan: ${scope}: ${outcome}
`);
    },
    close() {
      if (mode === "tty") stream.write(`\r\x1B[2Kcldscan: ${total} resources read
`);
    }
  };
}

// src/live/inventory-out.ts
import { closeSync as closeSync3, fsyncSync, openSync as openSync3, renameSync, unlinkSync, writeSync } from "node:fs";
import path6 from "node:path";
import { randomBytes } from "node:crypto";
var InventoryWriter = class {
  constructor(file, sourceRoot, redactor) {
    this.file = file;
    this.redactor = redactor;
    const abs = path6.resolve(file);
    this.tmp = path6.join(path6.dirname(abs), `.${path6.basename(abs)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
    try {
      this.fd = openSync3(this.tmp, "wx", 420);
    } catch (err) {
      throw new UserError(`cannot write --inventory-out ${file}: ${err.code === "ENOENT" ? "the directory does not exist" : err.message}`);
    }
    this.untrack = trackPending(this.tmp);
    this.uri = path6.relative(sourceRoot, abs).split(path6.sep).join("/");
  }
  file;
  redactor;
  tmp;
  fd;
  line = 0;
  untrack;
  uri;
  /** Writes one record (redacted) and returns where it is. */
  append(record) {
    const text3 = JSON.stringify(this.redactor.inPlace(structuredClone(record)));
    writeSync(this.fd, `${text3}
`);
    this.line++;
    return { uri: this.uri, line: this.line, snapshot: true };
  }
  commit() {
    fsyncSync(this.fd);
    closeSync3(this.fd);
    renameSync(this.tmp, path6.resolve(this.file));
    this.untrack();
  }
  abandon() {
    this.untrack();
    try {
      closeSync3(this.fd);
    } catch {
    }
    try {
      unlinkSync(this.tmp);
    } catch {
    }
  }
};

// src/report/administrators.ts
function administratorOf(r) {
  const id = r.facets.identity;
  if (!id || id.admin === "no") return void 0;
  return {
    principal: id.principal ?? r.id,
    kind: id.principalKind,
    admin: id.admin,
    humanAccess: id.humanAccess,
    mfa: id.mfa,
    resource: { id: r.id, provider: r.provider, nativeType: r.nativeType, region: r.region ?? null },
    category: r.source.category,
    location: r.source.location ?? null
  };
}
function sortAdministrators(list) {
  return [...list].sort(
    (a, b) => (a.admin === "yes" ? 0 : 1) - (b.admin === "yes" ? 0 : 1) || a.category.localeCompare(b.category) || a.principal.localeCompare(b.principal) || a.resource.id.localeCompare(b.resource.id)
  );
}

// src/scan.ts
var INPUT_KINDS = [TERRAFORM_PLAN, TERRAFORM_JSON, ...AWS_INPUT_KINDS, ...AZURE_INPUT_KINDS, ...GCP_INPUT_KINDS];
async function scan(req) {
  const sourceRoot = path7.resolve(req.sourceRoot);
  const declared = req.live?.length ? /* @__PURE__ */ new Map() : void 0;
  const read4 = req.inputs.length ? await readInputs(req.inputs, INPUT_KINDS, { sources: new SourceIndex(sourceRoot), ...declared ? { declared } : {} }) : void 0;
  const evaluator = new Evaluator(req.policies, req.settings, req.keepPasses ?? true, req.baseline);
  const environments = new EnvironmentTally(req.settings.environments);
  const administrators = [];
  const judge = (r) => {
    environments.add(r);
    const admin = administratorOf(r);
    if (admin) administrators.push(admin);
    evaluator.add(r);
  };
  const ticker = new Ticker();
  for (const r of read4?.resources ?? []) {
    if (ticker.due()) await ticker.turn();
    judge(r);
  }
  const notifications = [...read4?.notifications ?? []];
  const categories = new Set(read4?.categories ?? []);
  const redactor = new Redactor(read4?.secrets ?? []);
  if (req.live?.length) {
    const inventory = req.inventoryOut ? new InventoryWriter(req.inventoryOut, sourceRoot, redactor) : void 0;
    const progress = req.progress ?? SILENT;
    const ctx = {
      concurrency: req.concurrency ?? 4,
      notify: (n) => notifications.push(n),
      covered: (c) => categories.add(c),
      progress,
      ...req.signal ? { signal: req.signal } : {},
      ...req.shard ? { shard: req.shard } : {}
    };
    try {
      for (const source of req.live) {
        for await (const { resource, raw } of source.scan(ctx)) {
          categories.add(resource.source.category);
          const line = inventory?.append(raw);
          const where2 = declared?.get(identityKey(resource.id)) ?? line;
          if (where2) resource.source.location = where2;
          judge(resource);
        }
      }
      inventory?.commit();
    } catch (err) {
      inventory?.abandon();
      throw err;
    } finally {
      progress.close();
    }
  }
  for (const scope of environments.scopeResources()) evaluator.add(scope);
  for (const message of evaluator.notes) notifications.push({ level: "warning", message });
  const incomplete = notifications.filter((n) => n.level === "error");
  return {
    tool: TOOL,
    categories: [...categories].sort(),
    sourceRoot,
    settings: req.settings,
    policies: req.policies.map((p) => p.meta),
    findings: redactor.inPlace(evaluator.findings),
    summary: evaluator.summary(),
    inputs: read4?.inputs ?? [],
    notifications: redactor.inPlace(notifications.filter((n) => n.level !== "error")),
    incomplete: redactor.inPlace(incomplete),
    ruleCounts: evaluator.ruleCounts,
    administrators: redactor.inPlace(sortAdministrators(administrators))
  };
}

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
function toSarif(report, limits = GITHUB_LIMITS) {
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
    rules: policies.map((p) => rule(p, taxonIndex, taxonomies)),
    supportedTaxonomies: taxonomies.map((t, index) => ({ name: t.name, index, guid: t.guid }))
  };
  let categories = /* @__PURE__ */ new Set([...report.categories, ...report.findings.map((f) => f.category)]);
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
    const text3 = `${JSON.stringify({ $schema: SCHEMA, version: "2.1.0", runs }, null, 2)}
`;
    if (perRun <= 100 || Buffer.byteLength(text3) <= limits.gzipBytes || gzipSync(text3).length <= limits.gzipBytes) return text3;
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
            message: { text: n.scope ? `${n.scope}: ${n.message}` : n.message }
          }))
        }
      ],
      columnKind: "utf16CodeUnits",
      results: kept.map((f) => result(f, ruleIndex.get(f.policy) ?? -1))
    };
  }
}
var LEVEL_RANK = { error: 0, warning: 1, note: 2 };
function bySeverity(a, b) {
  const rank2 = (f) => (f.status === "unknown" ? 3 : LEVEL_RANK[LEVEL[f.severity]]) * 10 + ["critical", "high", "medium", "low"].indexOf(f.severity);
  return rank2(a) - rank2(b);
}
function rule(p, taxonIndex, taxonomies) {
  const related2 = p.rules.flatMap((id) => {
    const t = taxonIndex.get(id);
    if (!t) return [];
    const book = taxonomies[t.book];
    return [{ target: { id, index: t.index, toolComponent: { name: book.name, index: t.book, guid: book.guid } }, kinds: ["relevant"] }];
  });
  return {
    id: p.id,
    // SARIF wants a name distinct from the id: one-word ids (`backups`) go without.
    ...pascal(p.id).toLowerCase() !== p.id.toLowerCase() ? { name: pascal(p.id) } : {},
    shortDescription: { text: p.title },
    fullDescription: { text: p.description },
    help: { text: helpText(p), markdown: helpMarkdown(p) },
    ...p.helpUri ? { helpUri: p.helpUri } : {},
    defaultConfiguration: { level: LEVEL[p.severity] },
    relationships: related2,
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
  const text3 = f.status === "unknown" ? `Could not be verified (${f.rules.join(", ")}) \u2014 ${f.resource.id}: ${f.message}${f.settle ? ` To settle it: ${f.settle}.` : ""}` : `${f.rules.join(", ")} \u2014 ${f.resource.id}: ${f.message}`;
  return {
    ruleId: f.policy,
    ...ruleIndex >= 0 ? { ruleIndex } : {},
    kind: "fail",
    level: f.status === "unknown" ? "note" : LEVEL[f.severity],
    message: { text: text3 },
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
      provider: f.resource.provider,
      resourceType: f.resource.nativeType,
      ...f.resource.region ? { region: f.resource.region } : {}
    }
  };
}
function helpText(p) {
  const fix = Object.entries(p.remediation).map(([cloud, text3]) => `${cloud.toUpperCase()}: ${text3}`);
  return [p.description, "", "Remediation:", ...fix, "", `Rules: ${p.rules.join(", ")}`].join("\n");
}
function helpMarkdown(p) {
  const fix = Object.entries(p.remediation).map(([cloud, text3]) => `- **${cloud.toUpperCase()}**: ${text3}`);
  const rules = p.rules.map((id) => {
    const r = CATALOG.find((c) => c.id === id);
    return r ? `- **${id}** \u2014 ${r.title}: ${r.summary.en}` : `- **${id}**`;
  });
  return [`## ${p.title}`, "", p.description, "", "### Remediation", "", ...fix, "", "### Rules", "", ...rules].join("\n");
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
      resource: f.resource,
      location: f.location,
      input: f.input,
      origin: f.origin,
      evidence: f.evidence,
      ...f.settle ? { settle: f.settle } : {},
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
      notifications: report.notifications
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
    lines.push(`${status} ${pad(f.severity.toUpperCase(), 8)} ${pad(f.policy, 24)} ${f.resource.id}`);
    lines.push(`        ${c.dim(where(f))}  ${c.dim(`[${f.rules.join(", ")}]`)}`);
    lines.push(`        ${f.message}`);
    if (f.settle) lines.push(`        ${c.dim(`To settle: ${f.settle}`)}`);
  }
  if (shown.length) lines.push("");
  for (const f of waived) {
    lines.push(`${c.dim("WAIVED ")} ${pad(f.severity.toUpperCase(), 8)} ${pad(f.policy, 24)} ${f.resource.id}`);
    lines.push(`        ${c.dim(`${where(f)}  ${f.suppression.justification} \u2014 until ${f.suppression.expires} (${f.suppression.where})`)}`);
  }
  if (waived.length) lines.push("");
  for (const n of report.incomplete) lines.push(c.red(`INCOMPLETE ${n.scope ? `${n.scope}: ` : ""}${n.message}`));
  for (const n of report.notifications) lines.push(c.dim(`${n.level.toUpperCase()} ${n.scope ? `${n.scope}: ` : ""}${n.message}`));
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
  return f.location ? `${f.location.uri}:${f.location.line}` : f.input;
}
function pad(s, n) {
  return s.length >= n ? s : s + " ".repeat(n - s.length);
}
function palette(on) {
  const wrap = (code) => (s) => on ? `\x1B[${code}m${s}\x1B[0m` : s;
  return { red: wrap("31"), yellow: wrap("33"), green: wrap("32"), dim: wrap("2"), bold: wrap("1") };
}

// src/report/render.ts
function render(report, format2, opts) {
  switch (format2) {
    case "sarif":
      return toSarif(report);
    case "json":
      return toJson(report);
    case "markdown":
      return toMarkdown(report);
    case "text":
      return toText(report, opts);
  }
}

// src/live/sources.ts
async function liveSources(flags) {
  const sources = [];
  const orphan = (flag2, cloud) => new UserError(`--${flag2} needs --${cloud}`);
  if (!flags.aws && (flags["aws-region"]?.length || flags["aws-aggregator"])) throw orphan(flags["aws-region"]?.length ? "aws-region" : "aws-aggregator", "aws");
  if (!flags.azure && (flags.subscription?.length || flags["management-group"]?.length)) throw orphan(flags.subscription?.length ? "subscription" : "management-group", "azure");
  if (!flags.gcp && flags.scope?.length) throw orphan("scope", "gcp");
  if (flags.aws) {
    const { createAwsSource } = await import("./live-F6OEEBFN.mjs");
    sources.push(createAwsSource({ regions: flags["aws-region"] ?? [], ...flags["aws-aggregator"] ? { aggregator: flags["aws-aggregator"] } : {} }));
  }
  if (flags.azure) {
    if (!flags.subscription?.length && !flags["management-group"]?.length) throw new UserError("--azure needs --subscription or --management-group");
    const { createAzureSource } = await import("./live-PKQFMMDL.mjs");
    sources.push(createAzureSource({ subscriptions: flags.subscription ?? [], managementGroups: flags["management-group"] ?? [] }));
  }
  if (flags.gcp) {
    if (!flags.scope?.length) throw new UserError("--gcp needs --scope (projects/ID, folders/ID or organizations/ID)");
    for (const s of flags.scope) if (!/^(projects|folders|organizations)\/[^/\s]+$/.test(s)) throw new UserError(`--scope ${s}: expected projects/ID, folders/ID or organizations/ID`);
    const { createGcpSource } = await import("./live-24O4VJ2R.mjs");
    sources.push(createGcpSource({ scopes: flags.scope }));
  }
  return sources;
}

// src/cli/scan-command.ts
async function runScanCommand(args) {
  const toTerminal = !args.output && process.stdout.isTTY === true;
  const format2 = args.format ?? (toTerminal ? "text" : "sarif");
  const report = await runScan(args, format2 === "json");
  if (args.report) {
    const { writeComplianceReport } = await import("./report-command-GNQYLT4D.mjs");
    await writeComplianceReport(report, args.report, formatFromExtension(args.report), args);
  }
  const content = render(report, format2, { color: args.color ?? (toTerminal && !process.env.NO_COLOR) });
  if (args.output) writeAtomically(args.output, content);
  else process.stdout.write(content);
  return { code: exitCode(report), report };
}
function exitCode(report) {
  if (report.summary.failed) return 1;
  return report.incomplete.length ? 3 : 0;
}
async function runScan(args, keepPasses) {
  const inputs = args.inputs ?? [];
  const live = await liveSources(args);
  if (inputs.length === 0 && live.length === 0) throw new UserError("give at least one input file or directory, or a live cloud to scan (--aws, --azure, --gcp)");
  if (args["inventory-out"] && live.length === 0) throw new UserError("--inventory-out needs a live scan (--aws, --azure or --gcp)");
  if (!Number.isInteger(args.concurrency) || args.concurrency < 1 || args.concurrency > 64) throw new UserError("--concurrency must be a whole number from 1 to 64");
  if (args.shard && live.length === 0) throw new UserError("--shard splits live scans: give --aws, --azure or --gcp");
  const shard = args.shard ? parseShard(args.shard) : void 0;
  const minDays = args["min-log-retention-days"];
  if (minDays !== void 0 && (!Number.isInteger(minDays) || minDays < 1)) throw new UserError("--min-log-retention-days must be a positive whole number");
  const loaded = args.config ? (await import("./config-FRAHEO54.mjs")).loadConfig(args.config) : void 0;
  const config = loaded?.config ?? {};
  const settings = mergeSettings(DEFAULT_SETTINGS, config, {
    residency: args.residency,
    failOn: args["fail-on"],
    minLogRetentionDays: minDays,
    requireCustomerManagedKeys: args["require-customer-managed-keys"],
    waivers: loaded?.waivers
  });
  const policies = args.policies ? [...BUILTIN_POLICIES, ...await (await import("./load-FOADMMIZ.mjs")).loadPolicies(args.policies, BUILTIN_POLICIES)] : BUILTIN_POLICIES;
  const unknownDisabled = settings.disabledPolicies.findIndex((id) => !policies.some((p) => p.meta.id === id));
  if (unknownDisabled >= 0) {
    throw new UserError(`${loaded?.where(`/disabledPolicies/${unknownDisabled}`) ?? "configuration"}: disabledPolicies: no policy named ${settings.disabledPolicies[unknownDisabled]}`);
  }
  if (args["new-only"] && !args.baseline) throw new UserError("--new-only needs --baseline");
  const baseline = args.baseline ? { fingerprints: (await import("./baseline-4D3LKYYP.mjs")).loadBaseline(args.baseline), newOnly: args["new-only"] === true } : void 0;
  if (args.attestations) (await import("./attestations-BIVZLBIY.mjs")).loadAttestations(args.attestations);
  const progressMode = args.progress === true ? process.stderr.isTTY ? "tty" : "lines" : args.progress === false || !process.stderr.isTTY || process.env.CI ? "off" : "tty";
  return scan({
    inputs,
    live,
    sourceRoot: args["source-root"],
    settings,
    policies,
    keepPasses,
    ...baseline ? { baseline } : {},
    concurrency: args.concurrency,
    ...shard ? { shard } : {},
    progress: createProgress(progressMode),
    ...args["inventory-out"] ? { inventoryOut: args["inventory-out"] } : {}
  });
}
function formatFromExtension(file) {
  const ext = path8.extname(file).toLowerCase();
  const byExt = { ".html": "html", ".htm": "html", ".md": "markdown", ".markdown": "markdown", ".json": "json", ".csv": "csv" };
  const format2 = byExt[ext];
  if (!format2) throw new UserError(`--report ${file}: name it .html, .md, .json or .csv to choose its format`);
  return format2;
}

export {
  runScanCommand,
  exitCode,
  runScan,
  formatFromExtension
};
