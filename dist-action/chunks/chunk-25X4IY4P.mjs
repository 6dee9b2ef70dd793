import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  BUILTIN_POLICIES,
  INPUT_KINDS,
  LIVE_CLOUDS,
  REGISTRIES,
  identityKey
} from "./chunk-B2JHLAZB.mjs";
import {
  facetClouds
} from "./chunk-NZ3F65XU.mjs";
import {
  Ticker,
  runPausing,
  runSync
} from "./chunk-ZUR6HQ7C.mjs";
import {
  parseShard
} from "./chunk-JNLTB6MJ.mjs";
import {
  DEFAULT_LIVE_LIMITS,
  parseDuration
} from "./chunk-24CSVZM3.mjs";
import {
  Evaluator,
  MAX_REGIONS,
  MAX_REGION_LENGTH,
  ROW_FINDINGS,
  buildMatrix,
  complianceCsv,
  complianceJson,
  complianceJsonChunks,
  complianceMarkdown,
  evidenceOfScan,
  matrixOf
} from "./chunk-BS2CD2CP.mjs";
import {
  lookupRegion
} from "./chunk-LUEYLY3S.mjs";
import {
  BACKSLASH,
  CLOSE_BRACE,
  CLOSE_BRACKET,
  COLON,
  COMMA,
  JsonScanner,
  MAX_DEPTH,
  NEWLINE,
  OPEN_BRACE,
  OPEN_BRACKET,
  OUT_OF_RANGE,
  QUOTE,
  decodeJsonBytes,
  errorPosition,
  isSpace,
  parseErrorReason,
  parseJsonText,
  tooLongForAString
} from "./chunk-WXXIW77C.mjs";
import {
  STDIN,
  STDIN_LABEL,
  TOOL,
  spoolStdin
} from "./chunk-YD5JQ42C.mjs";
import {
  FindingSpool,
  releaseFindings
} from "./chunk-DTOYBFIB.mjs";
import {
  terminalText
} from "./chunk-TCZWE7DV.mjs";
import {
  trackPending
} from "./chunk-TK5VIN6L.mjs";
import {
  loadAttestations
} from "./chunk-47XBYZVL.mjs";
import {
  CATALOG,
  REGIONAL_CHECKS
} from "./chunk-22Q2F65I.mjs";
import {
  describeFsError,
  openRegularFile,
  readFd
} from "./chunk-Z2G6SRDN.mjs";
import {
  DEFAULT_READ_LIMITS,
  LIMITS,
  formatBytes
} from "./chunk-VD5S6TE7.mjs";
import {
  UserError
} from "./chunk-QTFYQM6Z.mjs";
import {
  InputRedactors,
  REDACTED,
  checkNamedValue
} from "./chunk-7GYEOXBL.mjs";

// src/cli/compliance-output.ts
async function writeScanCompliance(out, report, format, args) {
  const { report: matrix, findings } = matrixOf(evidenceOfScan(report), attestationsOf(args), args.lang, matrixOptions(report.policies, report.settings.failOn));
  if (format === "json") for (const chunk of complianceJsonChunks(matrix, findings)) out.write(chunk);
  else out.write(await renderCompliance(matrix, format, findings));
}
function complianceMatrix(evidence, args, policies, failOn) {
  return buildMatrix(evidence, attestationsOf(args), args.lang, matrixOptions(policies, failOn));
}
function attestationsOf(args) {
  return args.attestations ? loadAttestations(args.attestations) : void 0;
}
function matrixOptions(policies, failOn) {
  return { tool: TOOL, policies, facetClouds: facetClouds(REGISTRIES), failOn };
}
async function renderCompliance(matrix, format, findings = ROW_FINDINGS) {
  switch (format) {
    case "json":
      return complianceJson(matrix, findings);
    case "csv":
      return complianceCsv(matrix);
    case "markdown":
      return complianceMarkdown(matrix);
    case "html":
      return (await import("./html-PGWWMUG2.mjs")).complianceHtml(matrix, findings);
  }
}

// src/cli/run-scan.ts
import path5 from "node:path";

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
import path3 from "node:path";

// src/input/read-inputs.ts
import { closeSync as closeSync2, readdirSync, statSync } from "node:fs";
import path from "node:path";

// src/input/file-scan.ts
import { constants } from "node:buffer";
import { closeSync, openSync, readSync } from "node:fs";
var SIGNIFICANT = new Uint8Array(256);
for (const b of [QUOTE, OPEN_BRACE, CLOSE_BRACE, OPEN_BRACKET, CLOSE_BRACKET, COMMA, COLON, NEWLINE]) SIGNIFICANT[b] = 1;
function isSpace2(b) {
  return b === 32 || b === 10 || b === 13 || b === 9;
}
var CHUNK_READ = 0;
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
    return runSync(this.topLevelSteps());
  }
  /**
   * topLevelObject, pausing after each chunk: indexing a plan of hundreds of megabytes reads all of
   * it, which would otherwise keep SIGINT/SIGTERM waiting for seconds.
   */
  *topLevelSteps() {
    const members = /* @__PURE__ */ new Map();
    const gen = this.walk(this.base, 1, "object");
    let step = gen.next();
    for (; !step.done; step = gen.next()) {
      const found = step.value;
      if (found === CHUNK_READ) yield;
      else members.set(this.parse(found.key), found.value);
    }
    this.expectEnd(step.value);
    return members;
  }
  *elements(span) {
    const gen = this.walk(span.start, this.lines.get(span.start) ?? this.countLines(span.start), "array");
    for (let step = gen.next(); ; step = gen.next()) {
      if (step.done) return step.value;
      if (step.value !== CHUNK_READ) yield step.value.value;
    }
  }
  parse(span) {
    if (span.end - span.start > constants.MAX_STRING_LENGTH) this.fail(span.start, tooLongForAString(span));
    const bytes = this.read(span.start, span.end - span.start);
    const text = bytes.toString("utf8");
    try {
      return parseJsonText(text);
    } catch (err) {
      if (err === OUT_OF_RANGE) return this.fail(span.start, OUT_OF_RANGE.message);
      const at = errorPosition(err);
      return this.fail(at === void 0 ? span.start : span.start + Buffer.byteLength(text.slice(0, at)), parseErrorReason(err));
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
        const at = pos + i;
        if (inString) {
          if (escape) escape = false;
          else if (b === BACKSLASH) escape = true;
          else if (b === QUOTE) {
            inString = false;
            if (stack.length === 1) {
              if (keyStart >= 0 && keyEnd < 0) keyEnd = at + 1;
              else valueEnd = at + 1;
            }
          } else if (b === NEWLINE) line++;
          continue;
        }
        if (SIGNIFICANT[b] === 0) {
          if (stack.length === 1 && !isSpace2(b)) {
            if (kind === "object" && expectKey) this.fail(at, "expected a member name");
            if (kind === "object" && !sawColon) this.fail(at, "expected ':'");
            if (valueStart < 0) {
              valueStart = at;
              valueLine = line;
            }
            valueEnd = at + 1;
          } else if (stack.length === 0 && !isSpace2(b)) this.fail(at, `expected ${kind === "object" ? "an object" : "an array"}`);
          continue;
        }
        switch (b) {
          case NEWLINE:
            line++;
            break;
          case QUOTE:
            inString = true;
            if (stack.length === 1) {
              if (kind === "object" && expectKey) {
                keyStart = at;
                keyEnd = -1;
                expectKey = false;
              } else {
                if (kind === "object" && !sawColon) this.fail(at, "expected ':'");
                if (valueStart >= 0) this.fail(at, "expected ','");
                valueStart = at;
                valueLine = line;
              }
            } else if (stack.length === 0) this.fail(at, `expected ${kind === "object" ? "an object" : "an array"}`);
            break;
          case OPEN_BRACE:
          case OPEN_BRACKET:
            if (stack.length === 0) {
              if (opened || b !== (kind === "object" ? OPEN_BRACE : OPEN_BRACKET)) this.fail(at, `expected ${kind === "object" ? "an object" : "an array"}`);
              opened = true;
              expectKey = kind === "object";
            } else if (stack.length === 1) {
              if (kind === "object" && (expectKey || !sawColon)) this.fail(at, "expected a member name");
              if (valueStart >= 0) this.fail(at, "expected ','");
              valueStart = at;
              valueLine = line;
            }
            stack.push(b === OPEN_BRACE ? CLOSE_BRACE : CLOSE_BRACKET);
            if (stack.length > MAX_DEPTH) this.fail(at, `nested more than ${MAX_DEPTH} levels deep`);
            break;
          case CLOSE_BRACE:
          case CLOSE_BRACKET: {
            if (stack.pop() !== b) this.fail(at, `unexpected '${String.fromCharCode(b)}'`);
            if (stack.length === 1) valueEnd = at + 1;
            if (stack.length === 0) {
              if (valueStart >= 0) {
                yield this.found(keyStart, keyEnd, valueStart, valueEnd, valueLine);
              } else if (kind === "object" && keyStart >= 0) this.fail(at, "expected a value");
              return at + 1;
            }
            break;
          }
          case COMMA:
            if (stack.length === 0) this.fail(at, `expected ${kind === "object" ? "an object" : "an array"}`);
            if (stack.length === 1) {
              if (valueStart < 0) this.fail(at, "expected a value before the comma");
              yield this.found(keyStart, keyEnd, valueStart, valueEnd, valueLine);
              valueStart = keyStart = keyEnd = valueEnd = -1;
              sawColon = false;
              expectKey = kind === "object";
            }
            break;
          case COLON:
            if (stack.length === 0) this.fail(at, `expected ${kind === "object" ? "an object" : "an array"}`);
            if (stack.length === 1) {
              if (kind !== "object" || keyEnd < 0 || sawColon) this.fail(at, "unexpected ':'");
              sawColon = true;
            }
            break;
        }
      }
      pos += n;
      yield CHUNK_READ;
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
        else if (atLineStart && b === COLON) inCommand = true;
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
    const where = pos >= this.size ? "at the end of the file" : `at line ${this.countLines(pos)}`;
    throw new UserError(`${this.name}: invalid JSON ${where}: ${what}`);
  }
};

// src/input/read-inputs.ts
var SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git", ".terraform", "dist", ".venv"]);
function readContext(sourceRoot, declared, limits) {
  const values = /* @__PURE__ */ new Map();
  return {
    sourceRoot: path.resolve(sourceRoot),
    shared(key, make) {
      if (!values.has(key)) values.set(key, make());
      return values.get(key);
    },
    ...declared ? { declared } : {},
    ...limits ? { limits } : {}
  };
}
async function readInputs(paths, kinds, ctx) {
  const out = { resources: [], notifications: [], secrets: /* @__PURE__ */ new Map(), inputs: [], categories: /* @__PURE__ */ new Set() };
  const limits = ctx.limits ?? DEFAULT_READ_LIMITS;
  if (paths.filter((p) => p === STDIN).length > 1) throw new UserError(`give ${STDIN} (standard input) once`);
  for (const p of paths) {
    if (p === STDIN) {
      const spooled = await spoolStdin();
      try {
        await readFile(await openDocPausing(spooled.file, limits, STDIN_LABEL), kinds, ctx, out);
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
        const doc = await tryOpen(file, limits, out.notifications);
        const kind = doc && kinds.find((k) => k.detect(doc));
        if (!doc || !kind) continue;
        known++;
        await readOne(doc, kind, ctx, out);
      }
      if (known === 0) throw new UserError(`${p}: no Terraform plan or other known input found in this directory`);
    } else {
      await readFile(await openDocPausing(p, limits), kinds, ctx, out);
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
    throw new UserError(`${doc.path}: too large to read as ${kind.label}: only Terraform plans are read from files over ${formatBytes(LIMITS.streamThreshold)}`);
  }
  let read;
  try {
    read = await kind.read(doc, ctx);
  } finally {
    doc.stream?.close();
  }
  for (const r of read.resources) out.resources.push(r);
  for (const item of read.notifications) out.notifications.push(item);
  if (read.secrets.size) {
    const known = out.secrets.get(doc.path);
    if (known) for (const s of read.secrets) known.add(s);
    else out.secrets.set(doc.path, read.secrets);
  }
  for (const c of read.categories) out.categories.add(c);
  out.inputs.push({ path: doc.path, kind: kind.name, resources: read.resources.length });
}
function openDocPausing(file, limits, label = file) {
  return runPausing(openSteps(file, limits, label));
}
function* openSteps(file, limits, label) {
  const { fd, size } = openRegularFile(file, label);
  let raw;
  try {
    const streamed = yield* openStreamed(file, fd, size, label);
    if (streamed) return streamed;
    if (size > LIMITS.streamThreshold) {
      throw new UserError(`${label}: ${formatBytes(size)}, too large to read whole: only plain UTF-8 JSON objects (Terraform plans) are read from files over ${formatBytes(LIMITS.streamThreshold)}`);
    }
    raw = readFd(fd, size, label);
  } finally {
    closeSync2(fd);
  }
  const scanner = new JsonScanner(decodeJsonBytes(raw, label, limits.decompressedBytes), label);
  const first = scanner.buf[0];
  if (first === 91) return { path: label, scanner, elements: scanner.topLevelArray() };
  if (first !== 123) throw new UserError(`${label}: not a JSON document (it starts with neither '{' nor '[')`);
  try {
    return { path: label, scanner, members: scanner.topLevelObject() };
  } catch (err) {
    if (!(err instanceof UserError) || !/after the end of the JSON document/.test(err.message)) throw err;
    return { path: label, scanner, lines: scanner.jsonLines() };
  }
}
function* openStreamed(file, fd, size, label) {
  if (size <= LIMITS.streamThreshold) return void 0;
  const head = readFd(fd, Math.min(size, 64 * 1024), label);
  let base = head[0] === 239 && head[1] === 187 && head[2] === 191 ? 3 : 0;
  for (; ; ) {
    while (base < head.length && isSpace(head[base])) base++;
    if (head.toString("latin1", base, base + 9) !== "[command]") break;
    const eol = head.indexOf(10, base);
    if (eol < 0) return void 0;
    base = eol + 1;
  }
  if (head[base] !== 123) return void 0;
  const stream = new FileScanner(file, size, base, label, LIMITS.streamChunk);
  try {
    return { path: label, scanner: new JsonScanner(Buffer.alloc(0), label), members: yield* stream.topLevelSteps(), stream };
  } catch (err) {
    stream.close();
    throw err;
  }
}
async function tryOpen(file, limits, notes) {
  try {
    return await openDocPausing(file, limits);
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    notes.push({ level: "warning", message: `skipped: ${err.message}`, scope: file });
    return void 0;
  }
}
function listJsonFiles(dir) {
  const out = [];
  const queue = [dir];
  while (queue.length && out.length < LIMITS.directoryFiles) {
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
  const render = () => {
    const now = Date.now();
    if (now - last < 100) return;
    last = now;
    stream.write(`\r\x1B[2Kcldscan: ${total} resources read; reading ${terminalText([...active].slice(0, 3).join(", "))}${active.size > 3 ? ` and ${active.size - 3} more` : ""}`);
  };
  return {
    advance(scope, count) {
      total += count;
      active.add(scope);
      if (mode === "tty") render();
    },
    finish(scope, outcome) {
      active.delete(scope);
      if (mode === "tty") {
        last = 0;
        render();
      } else stream.write(`cldscan: ${terminalText(scope)}: ${terminalText(outcome)}
`);
    },
    close() {
      if (mode === "tty") stream.write(`\r\x1B[2Kcldscan: ${total} resources read
`);
    }
  };
}

// src/live/inventory-out.ts
import { closeSync as closeSync3, fsyncSync, openSync as openSync2, renameSync, unlinkSync, writeSync } from "node:fs";
import path2 from "node:path";
import { randomBytes } from "node:crypto";
var InventoryWriter = class {
  constructor(file, sourceRoot, redactor) {
    this.file = file;
    this.redactor = redactor;
    const abs = path2.resolve(file);
    this.tmp = path2.join(path2.dirname(abs), `.${path2.basename(abs)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
    try {
      this.fd = openSync2(this.tmp, "wx", 420);
    } catch (err) {
      throw new UserError(`cannot write --inventory-out ${file}: ${err.code === "ENOENT" ? "the directory does not exist" : err.message}`);
    }
    this.untrack = trackPending(this.tmp);
    this.uri = path2.relative(sourceRoot, abs).split(path2.sep).join("/");
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
    const text = JSON.stringify(this.redactor.inPlace(withoutNamedSecrets(structuredClone(record))));
    writeSync(this.fd, `${text}
`);
    this.line++;
    return { uri: this.uri, line: this.line, snapshot: true };
  }
  commit() {
    fsyncSync(this.fd);
    closeSync3(this.fd);
    renameSync(this.tmp, path2.resolve(this.file));
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
var MAX_DEPTH2 = 64;
var NAME_KEYS = ["name", "Name", "key", "Key"];
var VALUE_KEYS = ["value", "Value"];
var SETTING_MAPS = /* @__PURE__ */ new Set(["environmentvariables", "environment", "variables", "env", "appsettings", "settings", "protectedsettings", "metadata", "parameters", "connectionstrings"]);
var SECRET_ATTRIBUTES = /* @__PURE__ */ new Set([
  "password",
  "adminpassword",
  "administratorloginpassword",
  "masteruserpassword",
  "secret",
  "clientsecret",
  "client_secret",
  "connectionstring",
  "primaryconnectionstring",
  "secondaryconnectionstring",
  "primarykey",
  "secondarykey",
  "accesskey",
  "secretkey",
  "sastoken",
  "apikey",
  "privatekey",
  "token"
]);
function withoutNamedSecrets(record, depth = 0, inSettings = false) {
  if (depth > MAX_DEPTH2 || record === null || typeof record !== "object") return record;
  if (Array.isArray(record)) {
    for (const item of record) withoutNamedSecrets(item, depth + 1, inSettings);
    return record;
  }
  const fields = record;
  const nameKey = NAME_KEYS.find((k) => typeof fields[k] === "string");
  const valueKey = VALUE_KEYS.find((k) => typeof fields[k] === "string");
  for (const key of Object.keys(fields)) {
    const value = fields[key];
    if (typeof value !== "string") {
      withoutNamedSecrets(value, depth + 1, SETTING_MAPS.has(key.toLowerCase()));
      continue;
    }
    const name = key === valueKey && nameKey ? fields[nameKey] : inSettings || SECRET_ATTRIBUTES.has(key.toLowerCase()) ? key : void 0;
    if (name !== void 0 && checkNamedValue(key, name, value)) Object.defineProperty(fields, key, { value: REDACTED, enumerable: true, writable: true, configurable: true });
  }
  return record;
}

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

// src/scope.ts
import { randomUUID } from "node:crypto";
var MAX_INPUTS = 100;
function judgingSettings(s) {
  return {
    residency: s.residency,
    minLogRetentionDays: s.minLogRetentionDays,
    minBackupRetentionDays: s.minBackupRetentionDays,
    maxKeyRotationDays: s.maxKeyRotationDays,
    maxUnusedCredentialDays: s.maxUnusedCredentialDays,
    requireCustomerManagedKeys: s.requireCustomerManagedKeys,
    disabledPolicies: [...s.disabledPolicies]
  };
}
var ScopeTally = class {
  tallies = /* @__PURE__ */ new Map();
  add(r) {
    const t = this.tally(r.source.category);
    t.resources++;
    t.origins.add(r.source.origin);
    t.clouds.add(r.provider);
    if (r.region) {
      const region = (lookupRegion(r.provider, r.region)?.name ?? r.region).slice(0, MAX_REGION_LENGTH);
      if (t.regions.has(region)) {
      } else if (t.regions.size < MAX_REGIONS) t.regions.add(region);
      else t.regionsTruncated = true;
    }
    if (!t.inputs.has(r.source.input)) {
      if (t.inputs.size < MAX_INPUTS) t.inputs.add(r.source.input.slice(0, 500));
      else t.inputsTruncated = true;
    }
  }
  /** A category read with nothing in it (an empty account) is still part of the scope. */
  cover(category) {
    this.tally(category);
  }
  /** The scope of the scan, with each check's counts (and regions) per category. */
  scope(settings, checkCounts, checkRegions, commit) {
    for (const byCategory of checkCounts.values()) for (const c of byCategory.keys()) this.cover(c);
    const categories = {};
    for (const [name, t] of [...this.tallies].sort(([a], [b]) => a.localeCompare(b))) {
      const checks = {};
      for (const [key, byCategory] of [...checkCounts].sort(([a], [b]) => a.localeCompare(b))) {
        const counts = byCategory.get(name);
        if (!counts) continue;
        const regions = checkRegions.get(key)?.get(name);
        checks[key] = { ...counts, ...regions ? { regions: [...regions].sort() } : {} };
      }
      categories[name] = {
        origins: [...t.origins].sort(),
        clouds: [...t.clouds].sort(),
        regions: [...t.regions].sort(),
        ...t.regionsTruncated ? { regionsTruncated: true } : {},
        resources: t.resources,
        inputs: [...t.inputs].sort(),
        ...t.inputsTruncated ? { inputsTruncated: true } : {},
        checks
      };
    }
    return { scanId: randomUUID(), scanned: (/* @__PURE__ */ new Date()).toISOString(), ...commit ? { commit } : {}, settings: judgingSettings(settings), categories };
  }
  tally(category) {
    let t = this.tallies.get(category);
    if (!t) {
      t = { origins: /* @__PURE__ */ new Set(), clouds: /* @__PURE__ */ new Set(), regions: /* @__PURE__ */ new Set(), regionsTruncated: false, inputs: /* @__PURE__ */ new Set(), inputsTruncated: false, resources: 0 };
      this.tallies.set(category, t);
    }
    return t;
  }
};

// src/scan.ts
async function scan(req) {
  const findings = req.spool ? new FindingSpool() : [];
  try {
    return await judgeAll(req, findings);
  } catch (err) {
    releaseFindings(findings);
    throw err;
  }
}
async function judgeAll(req, findings) {
  const sourceRoot = path3.resolve(req.sourceRoot);
  const declared = req.live?.length ? /* @__PURE__ */ new Map() : void 0;
  const read = req.inputs.length ? await readInputs(req.inputs, req.kinds, readContext(sourceRoot, declared, req.limits)) : void 0;
  const redactors = new InputRedactors(read?.secrets ?? /* @__PURE__ */ new Map());
  const emit = (f) => void findings.push(redactors.for(f.input).inPlace(f));
  const evaluator = new Evaluator(emit, req.policies, req.settings, req.keepPasses ?? true, req.baseline, REGIONAL_CHECKS);
  const environments = new EnvironmentTally(req.settings.environments);
  const scope = new ScopeTally();
  const administrators = [];
  const judge = (r) => {
    scope.add(r);
    environments.add(r);
    const admin = administratorOf(r);
    if (admin) administrators.push(redactors.for(r.source.input).inPlace(admin));
    evaluator.add(r);
  };
  const ticker = new Ticker();
  for (const r of read?.resources ?? []) {
    if (ticker.due()) await ticker.turn();
    judge(r);
  }
  const notifications = [...read?.notifications ?? []];
  const categories = new Set(read?.categories ?? []);
  for (const c of categories) scope.cover(c);
  if (req.live?.length) {
    const inventory = req.inventoryOut ? new InventoryWriter(req.inventoryOut, sourceRoot, redactors.all) : void 0;
    const progress = req.progress ?? SILENT;
    const ctx = {
      concurrency: req.concurrency ?? 4,
      notify: (n) => notifications.push(n),
      covered: (c) => {
        categories.add(c);
        scope.cover(c);
      },
      progress,
      ...inventory ? { record: (raw) => void inventory.append(raw) } : {},
      ...req.signal ? { signal: req.signal } : {},
      ...req.shard ? { shard: req.shard } : {},
      ...req.liveLimits ? { limits: req.liveLimits } : {}
    };
    try {
      for (const source of req.live) {
        for await (const { resource, raw, derived } of source.scan(ctx)) {
          categories.add(resource.source.category);
          const line = inventory?.append(raw);
          for (const r of [resource, ...derived ?? []]) {
            const where = declared?.get(identityKey(r.id)) ?? line;
            if (where) r.source.location = where;
            judge(r);
          }
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
  for (const scope2 of environments.scopeResources()) evaluator.add(scope2);
  for (const message of evaluator.notes) notifications.push({ level: "warning", message });
  for (const n of notifications) redactors.for(n.scope).inPlace(n);
  const incomplete = notifications.filter((n) => n.level === "error");
  return {
    tool: TOOL,
    categories: [...categories].sort(),
    sourceRoot,
    settings: req.settings,
    policies: req.policies.map((p) => p.meta),
    findings,
    summary: evaluator.summary(categories),
    inputs: read?.inputs ?? [],
    notifications: notifications.filter((n) => n.level !== "error"),
    incomplete,
    // Regions and inputs come from the input too: no sensitive value leaves through them either.
    scope: redactors.all.inPlace(scope.scope(req.settings, evaluator.checkCounts, evaluator.checkRegions, req.commit)),
    administrators: sortAdministrators(administrators)
  };
}

// src/live/sources.ts
async function liveSources(flags, clouds) {
  const sources = [];
  const orphan = (flag, cloud) => new UserError(`--${flag} needs --${cloud}`);
  if (!flags.aws && (flags["aws-region"]?.length || flags["aws-aggregator"])) throw orphan(flags["aws-region"]?.length ? "aws-region" : "aws-aggregator", "aws");
  if (!flags.azure && (flags.subscription?.length || flags["management-group"]?.length)) throw orphan(flags.subscription?.length ? "subscription" : "management-group", "azure");
  if (!flags.gcp && (flags.scope?.length || flags["gcp-list-quota"] !== void 0)) throw orphan(flags.scope?.length ? "scope" : "gcp-list-quota", "gcp");
  if (flags.aws) {
    sources.push(await clouds.aws({ regions: flags["aws-region"] ?? [], ...flags["aws-aggregator"] ? { aggregator: flags["aws-aggregator"] } : {} }));
  }
  if (flags.azure) {
    if (!flags.subscription?.length && !flags["management-group"]?.length) throw new UserError("--azure needs --subscription or --management-group");
    sources.push(await clouds.azure({ subscriptions: flags.subscription ?? [], managementGroups: flags["management-group"] ?? [] }));
  }
  if (flags.gcp) {
    if (!flags.scope?.length) throw new UserError("--gcp needs --scope (projects/ID, folders/ID or organizations/ID)");
    for (const s of flags.scope) if (!/^(projects|folders|organizations)\/[^/\s]+$/.test(s)) throw new UserError(`--scope ${s}: expected projects/ID, folders/ID or organizations/ID`);
    sources.push(await clouds.gcp({ scopes: flags.scope, ...flags["gcp-list-quota"] !== void 0 ? { listsPerMinute: flags["gcp-list-quota"] } : {} }));
  }
  return sources;
}

// src/commit.ts
import { readFileSync, statSync as statSync2 } from "node:fs";
import path4 from "node:path";
var SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
var MAX_FILE = 1024 * 1024;
var MAX_PACKED_REFS = 32 * 1024 * 1024;
function resolveCommit(flag, sourceRoot, env = process.env) {
  if (flag !== void 0) {
    const sha2 = flag.trim().toLowerCase();
    if (!SHA.test(sha2)) throw new UserError(`--commit ${flag}: give the full commit hash (40 hexadecimal characters)`);
    return { sha: sha2, from: "flag" };
  }
  const github = env.GITHUB_SHA?.trim().toLowerCase();
  if (github && SHA.test(github)) return { sha: github, from: "GITHUB_SHA" };
  const sha = headOf(path4.resolve(sourceRoot));
  return sha ? { sha, from: "git" } : void 0;
}
function headOf(dir) {
  for (let d = dir, depth = 0; depth < 64; depth++) {
    const dotGit = path4.join(d, ".git");
    const gitDir = gitDirOf(dotGit);
    if (gitDir) return resolveHead(gitDir);
    const up = path4.dirname(d);
    if (up === d) return void 0;
    d = up;
  }
  return void 0;
}
function gitDirOf(dotGit) {
  try {
    const st = statSync2(dotGit);
    if (st.isDirectory()) return dotGit;
    if (!st.isFile()) return void 0;
    const m = /^gitdir:\s*(.+?)\s*$/m.exec(small(dotGit) ?? "");
    return m ? path4.resolve(path4.dirname(dotGit), m[1]) : void 0;
  } catch {
    return void 0;
  }
}
function resolveHead(gitDir) {
  const head = small(path4.join(gitDir, "HEAD"))?.trim();
  if (!head) return void 0;
  if (SHA.test(head)) return head;
  const ref = /^ref:\s*(refs\/[^\s]+)$/.exec(head)?.[1];
  if (!ref || ref.split("/").includes("..")) return void 0;
  const common = small(path4.join(gitDir, "commondir"))?.trim();
  const dirs = common ? [gitDir, path4.resolve(gitDir, common)] : [gitDir];
  for (const d of dirs) {
    const loose = small(path4.join(d, ref))?.trim();
    if (loose && SHA.test(loose)) return loose;
  }
  for (const d of dirs) {
    const packed = small(path4.join(d, "packed-refs"), MAX_PACKED_REFS);
    if (!packed) continue;
    for (const line of packed.split("\n")) {
      const [sha, name] = line.trim().split(" ");
      if (name === ref && sha && SHA.test(sha)) return sha;
    }
  }
  return void 0;
}
function small(file, max = MAX_FILE) {
  try {
    if (statSync2(file).size > max) return void 0;
    return readFileSync(file, "utf8");
  } catch {
    return void 0;
  }
}

// src/cli/run-scan.ts
function exitCode(report) {
  if (report.summary.failed) return 1;
  return report.incomplete.length ? 3 : 0;
}
async function runScan(args, keepPasses) {
  const inputs = args.inputs ?? [];
  const live = await liveSources(args, LIVE_CLOUDS);
  if (inputs.length === 0 && live.length === 0) throw new UserError("give at least one input file or directory, or a live cloud to scan (--aws, --azure, --gcp)");
  if (args["inventory-out"] && live.length === 0) throw new UserError("--inventory-out needs a live scan (--aws, --azure or --gcp)");
  if (!Number.isInteger(args.concurrency) || args.concurrency < 1 || args.concurrency > 64) throw new UserError("--concurrency must be a whole number from 1 to 64");
  if (args.shard && live.length === 0) throw new UserError("--shard splits live scans: give --aws, --azure or --gcp");
  const shard = args.shard ? parseShard(args.shard) : void 0;
  const liveLimits = readLiveLimits(args, live.length > 0);
  const minDays = args["min-log-retention-days"];
  if (minDays !== void 0 && (!Number.isInteger(minDays) || minDays < 1)) throw new UserError("--min-log-retention-days must be a positive whole number");
  const loaded = args.config ? (await import("./config-F7WXV2Y4.mjs")).loadConfig(args.config) : void 0;
  const config = loaded?.config ?? {};
  const settings = mergeSettings(DEFAULT_SETTINGS, config, {
    residency: args.residency,
    failOn: args["fail-on"],
    minLogRetentionDays: minDays,
    requireCustomerManagedKeys: args["require-customer-managed-keys"],
    waivers: loaded?.waivers
  });
  const policies = args.policies ? [...BUILTIN_POLICIES, ...await loadUserPolicies(args.policies)] : BUILTIN_POLICIES;
  const unknownDisabled = settings.disabledPolicies.findIndex((id) => !policies.some((p) => p.meta.id === id));
  if (unknownDisabled >= 0) {
    throw new UserError(`${loaded?.where(`/disabledPolicies/${unknownDisabled}`) ?? "configuration"}: disabledPolicies: no policy named ${settings.disabledPolicies[unknownDisabled]}`);
  }
  if (args["new-only"] && !args.baseline) throw new UserError("--new-only needs --baseline");
  const limits = readLimits(args["max-decompressed-mb"], config.maxDecompressedMB);
  const baseline = args.baseline ? { fingerprints: (await import("./baseline-7STPHBL5.mjs")).loadBaseline(args.baseline, limits.decompressedBytes), newOnly: args["new-only"] === true } : void 0;
  if (args.attestations) (await import("./attestations-CYZ256L3.mjs")).loadAttestations(args.attestations);
  const commit = resolveCommit(args.commit, args["source-root"]);
  const progressMode = args.progress === true ? process.stderr.isTTY ? "tty" : "lines" : args.progress === false || !process.stderr.isTTY || process.env.CI ? "off" : "tty";
  return scan({
    inputs,
    kinds: INPUT_KINDS,
    live,
    sourceRoot: args["source-root"],
    settings,
    policies,
    keepPasses,
    ...baseline ? { baseline } : {},
    concurrency: args.concurrency,
    ...shard ? { shard } : {},
    progress: createProgress(progressMode),
    limits,
    ...args["inventory-out"] ? { inventoryOut: args["inventory-out"] } : {},
    ...commit ? { commit } : {},
    ...liveLimits ? { liveLimits } : {},
    spool: true
  });
}
var LIVE_LIMIT_FLAGS = ["deadline", "request-timeout", "connect-timeout", "max-attempts", "max-pages"];
function readLiveLimits(args, live) {
  const given = LIVE_LIMIT_FLAGS.filter((f) => args[f] !== void 0);
  if (given.length === 0) return void 0;
  if (!live) throw new UserError(`--${given[0]} bounds live scans: give --aws, --azure or --gcp`);
  const whole = (flag, v, max, d2) => {
    if (v === void 0) return d2;
    if (!Number.isInteger(v) || v < 1 || v > max) throw new UserError(`--${flag} must be a whole number from 1 to ${max}`);
    return v;
  };
  const d = DEFAULT_LIVE_LIMITS;
  return {
    deadlineMs: args.deadline !== void 0 ? parseDuration("deadline", args.deadline) : d.deadlineMs,
    requestTimeoutMs: args["request-timeout"] !== void 0 ? parseDuration("request-timeout", args["request-timeout"]) : d.requestTimeoutMs,
    connectTimeoutMs: args["connect-timeout"] !== void 0 ? parseDuration("connect-timeout", args["connect-timeout"]) : d.connectTimeoutMs,
    maxAttempts: whole("max-attempts", args["max-attempts"], 50, d.maxAttempts),
    maxPages: whole("max-pages", args["max-pages"], 1e6, d.maxPages)
  };
}
function readLimits(flagMB, configMB) {
  if (flagMB !== void 0 && (!Number.isInteger(flagMB) || flagMB < 1 || flagMB > 4096)) throw new UserError("--max-decompressed-mb must be a whole number from 1 to 4096");
  const mb = flagMB ?? configMB;
  return mb === void 0 ? DEFAULT_READ_LIMITS : { decompressedBytes: mb * 1024 * 1024 };
}
async function loadUserPolicies(dir) {
  const loaded = await (await import("./load-PBMSU5R7.mjs")).loadPolicies(dir, BUILTIN_POLICIES);
  const { policyProblems } = await import("./policy-checks-XZT7U5OX.mjs");
  const problems = policyProblems(loaded, REGISTRIES, new Set(CATALOG.map((r) => r.id)));
  if (problems.length) throw new UserError(`--policies ${dir}: ${problems.join("; ")}`);
  return loaded;
}
function formatFromExtension(file) {
  const ext = path5.extname(file).toLowerCase();
  const byExt = { ".html": "html", ".htm": "html", ".md": "markdown", ".markdown": "markdown", ".json": "json", ".csv": "csv" };
  const format = byExt[ext];
  if (!format) throw new UserError(`--report ${file}: name it .html, .md, .json or .csv to choose its format`);
  return format;
}

export {
  writeScanCompliance,
  complianceMatrix,
  renderCompliance,
  exitCode,
  runScan,
  formatFromExtension
};
