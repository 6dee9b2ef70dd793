import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  UserError
} from "./chunk-QTFYQM6Z.mjs";
import {
  credentialShape,
  holdsSecretShape,
  secretKind
} from "./chunk-7GYEOXBL.mjs";
import {
  memoize
} from "./chunk-7EALKIMT.mjs";

// src/live/guard.ts
import { createHash } from "node:crypto";
import { setMaxListeners } from "node:events";
var DEFAULT_LIVE_LIMITS = {
  connectTimeoutMs: 1e4,
  requestTimeoutMs: 6e4,
  maxAttempts: 8,
  maxPages: 1e4,
  deadlineMs: 15 * 6e4
};
var UNITS = { ms: 1, s: 1e3, m: 6e4, h: 36e5 };
function parseDuration(flag, text) {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/.exec(String(text));
  const ms = m ? Number(m[1]) * UNITS[m[2] ?? "s"] : NaN;
  if (!Number.isFinite(ms) || ms < 1 || ms > 7 * 864e5) throw new UserError(`--${flag} ${text}: expected a duration such as 500ms, 30s, 15m or 2h`);
  return Math.round(ms);
}
function formatDuration(ms) {
  if (ms % 36e5 === 0) return `${ms / 36e5}h`;
  if (ms % 6e4 === 0) return `${ms / 6e4}m`;
  if (ms % 1e3 === 0) return `${ms / 1e3}s`;
  return ms < 1e3 ? `${ms}ms` : `${ms / 1e3}s`;
}
var IncompleteRead = class extends Error {
  constructor(reason, message) {
    super(message);
    this.reason = reason;
  }
  reason;
  name = "IncompleteRead";
};
function isIncompleteRead(err) {
  return err instanceof IncompleteRead;
}
var Deadline = class {
  constructor(ms, unit, parent) {
    this.ms = ms;
    this.unit = unit;
    this.timer = setTimeout(() => {
      this.passed = true;
      this.own.abort(this.error());
    }, ms);
    this.timer.unref();
    this.signal = parent ? AbortSignal.any([parent, this.own.signal]) : this.own.signal;
    setMaxListeners(0, this.signal);
  }
  ms;
  unit;
  signal;
  own = new AbortController();
  timer;
  passed = false;
  get expired() {
    return this.passed;
  }
  error() {
    return new IncompleteRead("deadline", `the deadline of ${formatDuration(this.ms)} for ${this.unit} passed (--deadline)`);
  }
  /**
   * `work`, but rejected as soon as the signal aborts: SDKs do not all stop their retry sleeps on
   * an abort signal, and a hung call must not hold the unit past its deadline.
   */
  bound(work) {
    if (this.signal.aborted) {
      work.catch(() => void 0);
      return Promise.reject(this.passed ? this.error() : abortReason(this.signal));
    }
    return new Promise((resolve, reject) => {
      const onAbort = () => reject(this.passed ? this.error() : abortReason(this.signal));
      this.signal.addEventListener("abort", onAbort, { once: true });
      work.then(
        (v) => {
          this.signal.removeEventListener("abort", onAbort);
          resolve(v);
        },
        (err) => {
          this.signal.removeEventListener("abort", onAbort);
          reject(this.passed ? this.error() : err);
        }
      );
    });
  }
  dispose() {
    clearTimeout(this.timer);
  }
};
function abortReason(signal) {
  return signal.reason ?? new Error("the scan was stopped");
}
var PageGuard = class {
  constructor(listing, maxPages) {
    this.listing = listing;
    this.maxPages = maxPages;
  }
  listing;
  maxPages;
  seen = /* @__PURE__ */ new Set();
  pages = 0;
  /** The token of the next page (undefined at the end), after checking it. Call once per page read. */
  next(token) {
    this.pages++;
    if (token === void 0 || token === null || token === "") return void 0;
    const digest = createHash("sha1").update(token).digest("base64");
    if (this.seen.has(digest)) throw new IncompleteRead("repeated-token", `the listing of ${this.listing} returned a continuation token it had already returned, after ${this.pages} pages: it would never end`);
    if (this.pages >= this.maxPages) throw new IncompleteRead("page-cap", `the listing of ${this.listing} reached ${this.maxPages} pages (--max-pages) and was cut`);
    this.seen.add(digest);
    return token;
  }
};

// src/model/evidence.ts
var MAX_TEXT = 512;
function plainShape(s) {
  if (s.length > MAX_TEXT) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 || c > 126) return false;
  }
  return true;
}
function printable(value, how = {}) {
  if (how.sensitive || value === void 0) return void 0;
  if (value === null || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : void 0;
  if (typeof value === "string" && how.safe && plainShape(value) && credentialShape(value) === void 0 && !holdsSecretShape(value)) return value;
  return void 0;
}
function evidenceAt(path, value, opts = {}) {
  const e = { path };
  const shown = printable(value, opts);
  if (shown !== void 0) e.value = shown;
  if (opts.from) e.from = opts.from;
  if (opts.note) e.note = opts.note;
  return e;
}

// src/model/facets.ts
function anyOf(truths) {
  if (truths.includes("yes")) return "yes";
  if (truths.includes("unknown")) return "unknown";
  return "no";
}
function allOf(truths) {
  if (truths.includes("no")) return "no";
  if (truths.includes("unknown")) return "unknown";
  return "yes";
}

// providers/terraform/configuration.ts
var ConfigIndex = class _ConfigIndex {
  modules = /* @__PURE__ */ new Map();
  providers = /* @__PURE__ */ new Map();
  /** Root-module variables declared sensitive. */
  sensitiveVariables = /* @__PURE__ */ new Set();
  static fromPlanConfiguration(configuration) {
    const index = new _ConfigIndex();
    if (!isObject(configuration)) return index;
    if (isObject(configuration.provider_config)) {
      for (const [key, value] of Object.entries(configuration.provider_config)) {
        if (isObject(value) && typeof value.name === "string") index.providers.set(key, value);
      }
    }
    if (isObject(configuration.root_module)) {
      index.addModule("", configuration.root_module);
      const vars = configuration.root_module.variables;
      if (isObject(vars)) {
        for (const [name, v] of Object.entries(vars)) if (isObject(v) && v.sensitive === true) index.sensitiveVariables.add(name);
      }
    }
    return index;
  }
  get isEmpty() {
    return this.modules.size === 0;
  }
  resource(modulePath, localAddress) {
    return this.modules.get(modulePath)?.resources.get(localAddress);
  }
  /** The chain of module calls from the root to `modulePath` (`a.b` → [call a, call b]); undefined when a step is missing. */
  callChain(modulePath) {
    if (modulePath === "") return [];
    const names = modulePath.split(".");
    const chain = [];
    let parent = "";
    for (const name of names) {
      const call = this.modules.get(parent)?.calls.get(name);
      if (!call) return void 0;
      chain.push(call);
      parent = parent ? `${parent}.${name}` : name;
    }
    return chain;
  }
  /**
   * The provider configuration a resource uses. Module resources name `mod:aws`; when the module
   * inherits its parent's default provider, that key is absent and the parent's applies.
   */
  providerFor(key, fallbackName) {
    let k = key ?? fallbackName;
    for (let guard = 0; guard < 64; guard++) {
      const found = this.providers.get(k);
      if (found?.parent_key && found.parent_key !== k && !found.expressions) {
        k = found.parent_key;
        continue;
      }
      if (found) return found;
      const colon = k.lastIndexOf(":");
      if (colon < 0) return void 0;
      const modulePart = k.slice(0, colon);
      const providerPart = k.slice(colon + 1);
      const dot = Math.max(modulePart.lastIndexOf(".module."), -1);
      k = dot > 0 ? `${modulePart.slice(0, dot)}:${providerPart}` : providerPart;
    }
    return void 0;
  }
  addModule(path, mod) {
    const entry = { resources: /* @__PURE__ */ new Map(), calls: /* @__PURE__ */ new Map(), outputs: /* @__PURE__ */ new Map() };
    this.modules.set(path, entry);
    if (Array.isArray(mod.resources)) {
      for (const r of mod.resources) {
        if (isObject(r) && typeof r.address === "string") entry.resources.set(r.address, r);
      }
    }
    if (isObject(mod.outputs)) {
      for (const [name, output] of Object.entries(mod.outputs)) if (isObject(output)) entry.outputs.set(name, output.expression);
    }
    if (isObject(mod.module_calls)) {
      for (const [name, call] of Object.entries(mod.module_calls)) {
        if (!isObject(call)) continue;
        const mc = { name };
        if (typeof call.source === "string") mc.source = call.source;
        if (typeof call.version_constraint === "string") mc.version_constraint = call.version_constraint;
        if (isObject(call.expressions)) mc.expressions = call.expressions;
        entry.calls.set(name, mc);
        if (isObject(call.module)) this.addModule(path ? `${path}.${name}` : name, call.module);
      }
    }
  }
};
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function isLocalSource(source) {
  return source !== void 0 && (source.startsWith("./") || source.startsWith("../") || source === "." || source === "..");
}

// providers/terraform/address.ts
function parseAddress(address) {
  const parts = [];
  let i = 0;
  while (i < address.length) {
    let j = i;
    while (j < address.length && address[j] !== "." && address[j] !== "[") j++;
    const word = address.slice(i, j);
    if (!word) return void 0;
    const part = { word };
    if (address[j] === "[") {
      const parsed2 = readKey(address, j);
      if (!parsed2) return void 0;
      part.key = parsed2.key;
      j = parsed2.end;
    }
    parts.push(part);
    if (j < address.length && address[j] !== ".") return void 0;
    i = j + 1;
  }
  const modules = [];
  let p = 0;
  while (p + 1 < parts.length && parts[p].word === "module") {
    const step2 = parts[p + 1];
    modules.push(step2.key === void 0 ? { name: step2.word } : { name: step2.word, key: step2.key });
    p += 2;
  }
  let mode = "managed";
  if (parts[p]?.word === "data") {
    mode = "data";
    p++;
  }
  const typePart = parts[p];
  const namePart = parts[p + 1];
  if (!typePart || !namePart || parts.length !== p + 2 || typePart.key !== void 0) return void 0;
  const out = { modules, mode, type: typePart.word, name: namePart.word };
  if (namePart.key !== void 0) out.key = namePart.key;
  return out;
}
function readKey(s, open) {
  if (s[open + 1] === '"') {
    const close2 = s.indexOf('"', open + 2);
    if (close2 >= 0 && s[close2 + 1] === "]") {
      const plain = s.slice(open + 2, close2);
      if (!/[\\\u0000-\u001f]/.test(plain)) return { key: plain, end: close2 + 2 };
    }
    let k = open + 2;
    let text = '"';
    while (k < s.length && s[k] !== '"') {
      if (s[k] === "\\") {
        text += s[k] + (s[k + 1] ?? "");
        k += 2;
        continue;
      }
      text += s[k];
      k++;
    }
    if (s[k] !== '"' || s[k + 1] !== "]") return void 0;
    try {
      return { key: JSON.parse(text + '"'), end: k + 2 };
    } catch {
      return void 0;
    }
  }
  const close = s.indexOf("]", open);
  if (close < 0) return void 0;
  const n = Number(s.slice(open + 1, close));
  if (!Number.isInteger(n)) return void 0;
  return { key: n, end: close + 1 };
}
function formatKey(key) {
  return typeof key === "number" ? `[${key}]` : `[${JSON.stringify(key)}]`;
}
function moduleInstancePath(modules) {
  return modules.map(moduleStepText).join(".");
}
function moduleStepText(m) {
  return `module.${m.name}${m.key === void 0 ? "" : formatKey(m.key)}`;
}
function moduleConfigPath(modules) {
  return modules.map((m) => m.name).join(".");
}

// providers/terraform/tf-resource.ts
var parsed = memoize((path) => {
  const parts = splitPath(path);
  return { parts, display: formatPath(parts) };
});
function parsePath(path) {
  return parsed(path).parts;
}
function splitPath(path) {
  const parts = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (m[2] !== void 0) parts.push(Number(m[2]));
    else if (/^\d+$/.test(m[1])) parts.push(Number(m[1]));
    else parts.push(m[1]);
  }
  return parts;
}
function formatPath(parts) {
  let s = "";
  for (const p of parts) s += typeof p === "number" ? `[${p}]` : s ? `.${p}` : p;
  return s;
}
function attr(r, path) {
  let parts;
  let display;
  if (typeof path === "string") ({ parts, display } = parsed(path));
  else {
    parts = path;
    display = formatPath(parts);
  }
  let value = r.values;
  let unknown = r.unknownTree;
  for (const part of parts) {
    if (unknown === true) return { state: "unknown", value: void 0, path: display };
    const container = value;
    value = step(value, part);
    unknown = step(unknown, part);
    if (value === void 0) {
      if (unknown === true) return { state: "unknown", value: void 0, path: display };
      const missingKey = container !== null && typeof container === "object" && typeof part === "string" && !(part in container);
      if (missingKey && r.absentIsUnknown) return { state: "unknown", value: void 0, path: display };
      return { state: "unset", value: void 0, path: display };
    }
  }
  if (unknown === true) return { state: "unknown", value: void 0, path: display };
  if (value === null) return { state: "unset", value: null, path: display };
  return { state: "known", value, path: display };
}
function mapKeys(r, path) {
  let value = r.values;
  let unknown = r.unknownTree;
  for (const part of typeof path === "string" ? parsePath(path) : path) {
    value = step(value, part);
    unknown = step(unknown, part);
  }
  const keys = /* @__PURE__ */ new Set();
  if (isMap(value)) for (const k of Object.keys(value)) keys.add(k);
  if (isMap(unknown)) {
    for (const k of Object.keys(unknown)) if (unknown[k] === true) keys.add(k);
  }
  return [...keys];
}
function isMap(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function step(v, part) {
  if (v === null || typeof v !== "object") return void 0;
  if (typeof part === "number") return Array.isArray(v) ? v[part] : part === 0 ? v : void 0;
  return Array.isArray(v) ? void 0 : v[part];
}
function isSensitivePath(r, path) {
  let s = r.sensitiveTree;
  for (const part of parsePath(path)) {
    if (s === true) return true;
    s = step(s, part);
  }
  return s === true;
}
function blocks(r, path) {
  const a = attr(r, path);
  if (a.state === "unknown") return "unknown";
  if (a.state === "unset") return [];
  if (Array.isArray(a.value)) return a.value.filter((x) => x !== null && typeof x === "object");
  if (a.value !== null && typeof a.value === "object") return [a.value];
  return [];
}
function configured(r, path) {
  if (!r.config) return "unknown";
  let expr = r.config.expressions ?? {};
  for (const part of typeof path === "string" ? parsePath(path) : path) {
    if (Array.isArray(expr)) expr = typeof part === "number" ? expr[part] ?? expr[0] : expr[0];
    if (typeof part === "number") continue;
    if (!isObject(expr) || "references" in expr || "constant_value" in expr) return "yes";
    if (expr[part] === void 0 || expr[part] === null) return "no";
    expr = expr[part];
  }
  return "yes";
}
function setting(r, path) {
  const a = attr(r, path);
  if (a.state === "unknown" && configured(r, path) === "no") return { state: "unset", value: void 0, path: a.path };
  return a;
}

// providers/terraform/links.ts
var MAX_HOPS = 16;
var Links = class {
  constructor(resources, config) {
    this.resources = resources;
    this.config = config;
    const seenInstances = /* @__PURE__ */ new Set();
    for (const r of resources) {
      push(this.byType, r.type, r);
      push(this.byConfig, `${r.moduleInstance}|${r.localAddress}`, r);
      if (!seenInstances.has(r.moduleInstance)) {
        seenInstances.add(r.moduleInstance);
        this.addModuleInstances(r.modules);
      }
      for (const key of IDENTITY_ATTRIBUTES) {
        const v = r.values[key];
        if (typeof v === "string" && v.length > 0) push(this.byIdentity, v, r);
      }
    }
  }
  resources;
  config;
  byType = /* @__PURE__ */ new Map();
  byConfig = /* @__PURE__ */ new Map();
  byIdentity = /* @__PURE__ */ new Map();
  reverse = /* @__PURE__ */ new Map();
  /** Instances of each module call: `module.a["x"]|b` → the instances of `module.b` inside it. */
  moduleInstances = /* @__PURE__ */ new Map();
  /** Each module instance on the path, by its call: paths grow one step at a time, with no re-formatting and no copies. */
  addModuleInstances(modules) {
    let parentPath = "";
    for (let depth = 1; depth <= modules.length; depth++) {
      const step2 = modules[depth - 1];
      const callKey = `${parentPath}|${step2.name}`;
      const text = moduleStepText(step2);
      const path = parentPath ? `${parentPath}.${text}` : text;
      let instances = this.moduleInstances.get(callKey);
      if (!instances) this.moduleInstances.set(callKey, instances = /* @__PURE__ */ new Map());
      if (!instances.has(path)) instances.set(path, modules.slice(0, depth));
      parentPath = path;
    }
  }
  ofType(type) {
    return this.byType.get(type) ?? [];
  }
  /** The resources that `r`'s attribute at `path` points to, by reference or by identifying value. */
  targets(r, path, types) {
    const out = /* @__PURE__ */ new Set();
    const scope = r.key === void 0 ? { steps: r.modules } : { steps: r.modules, key: r.key };
    for (const ref of mostSpecific(referencesAt(r, path))) for (const t of this.resolveReference(scope, ref, 0)) out.add(t);
    const value = attr(r, path);
    if (value.state === "known") {
      for (const v of Array.isArray(value.value) ? value.value : [value.value]) {
        if (typeof v !== "string") continue;
        for (const t of this.byIdentity.get(v) ?? []) out.add(t);
        const arn = /^arn:[^/\s]+?(?=\/\*|$)/.exec(v)?.[0];
        if (arn && arn !== v) for (const t of this.byIdentity.get(arn) ?? []) out.add(t);
      }
    }
    out.delete(r);
    const list = [...out];
    return types ? list.filter((t) => types.includes(t.type)) : list;
  }
  /** Resources of `type` whose attribute at `path` points to `target`. */
  sources(target, type, path) {
    const cacheKey = `${type}|${path}`;
    let index = this.reverse.get(cacheKey);
    if (!index) {
      index = /* @__PURE__ */ new Map();
      for (const s of this.ofType(type)) {
        for (const t of this.targets(s, path)) {
          const list = index.get(t);
          if (list) list.push(s);
          else index.set(t, [s]);
        }
      }
      this.reverse.set(cacheKey, index);
    }
    return index.get(target) ?? [];
  }
  resolveReference(scope, ref, hops) {
    if (hops > MAX_HOPS) return [];
    if (ref.startsWith("var.")) return this.throughVariable(scope, ref.slice(4).split(/[.[]/)[0], hops);
    if (ref.startsWith("module.")) return this.throughOutput(scope, ref, hops);
    const head = /^([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)(\[[^\]]*\])?/.exec(ref);
    if (!head) return [];
    const [, type, name, keyPart] = head;
    if (!type || !name || NON_RESOURCE_ROOTS.has(type)) return [];
    const candidates = this.byConfig.get(`${moduleInstancePath(scope.steps)}|${type}.${name}`) ?? [];
    if (candidates.length <= 1) return candidates;
    if (keyPart && !/each\.|count\./.test(keyPart)) {
      const parsed2 = parseAddress(`${type}.${name}${keyPart}`);
      if (parsed2?.key !== void 0) return candidates.filter((c) => c.key === parsed2.key);
    }
    if (scope.key !== void 0) {
      const same = candidates.filter((c) => c.key === scope.key);
      if (same.length > 0) return same;
    }
    return candidates;
  }
  /** `var.x` inside a module is the argument its caller passed: follow the caller's expression. */
  throughVariable(scope, name, hops) {
    const call = scope.steps[scope.steps.length - 1];
    if (!call || !this.config) return [];
    const parent = scope.steps.slice(0, -1);
    const expr = this.config.modules.get(moduleConfigPath(parent))?.calls.get(call.name)?.expressions?.[name];
    const parentScope = call.key === void 0 ? { steps: parent } : { steps: parent, key: call.key };
    return mostSpecific(referencesOf(expr)).flatMap((ref) => this.resolveReference(parentScope, ref, hops + 1));
  }
  /** `module.m.out` is what the module's output says, evaluated inside each instance of the module. */
  throughOutput(scope, ref, hops) {
    if (!this.config) return [];
    const parsed2 = /^module\.([A-Za-z0-9_-]+)(\[[^\]]*\])?\.([A-Za-z0-9_-]+)/.exec(ref);
    if (!parsed2) return [];
    const [, name, keyPart, output] = parsed2;
    const instances = [...this.moduleInstances.get(`${moduleInstancePath(scope.steps)}|${name}`)?.values() ?? []];
    const key = keyPart && !/each\.|count\./.test(keyPart) ? parseAddress(`module.${name}${keyPart}.x.y`)?.modules[0]?.key : void 0;
    const chosen = key === void 0 ? instances : instances.filter((steps) => steps[steps.length - 1].key === key);
    return chosen.flatMap((steps) => {
      const expr = this.config.modules.get(moduleConfigPath(steps))?.outputs.get(output);
      return mostSpecific(referencesOf(expr)).flatMap((r) => this.resolveReference({ steps }, r, hops + 1));
    });
  }
};
var IDENTITY_ATTRIBUTES = ["id", "arn", "name", "bucket", "self_link"];
var NON_RESOURCE_ROOTS = /* @__PURE__ */ new Set(["local", "each", "count", "path", "self", "data", "terraform"]);
function mostSpecific(refs) {
  const keyed = /* @__PURE__ */ new Set();
  for (const ref of refs) {
    const m = /^([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)\[/.exec(ref);
    if (m) keyed.add(m[1]);
  }
  if (keyed.size === 0) return refs;
  return refs.filter((ref) => ref.includes("[") || !keyed.has(ref.split(".").slice(0, 2).join(".")));
}
function referencesAt(r, path) {
  let expr = r.config?.expressions;
  for (const part of parsePath(path)) {
    if (Array.isArray(expr)) expr = typeof part === "number" ? expr[part] : expr[0];
    if (typeof part === "number") continue;
    if (!isObject(expr)) return [];
    expr = expr[part];
  }
  return referencesOf(expr);
}
function referencesOf(expr) {
  if (Array.isArray(expr)) expr = expr[0];
  if (!isObject(expr)) return [];
  const refs = expr.references;
  return Array.isArray(refs) ? refs.filter((x) => typeof x === "string") : [];
}
function push(map, key, value) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

// providers/terraform/after-apply-secrets.ts
function judgeAfterApply(r, at, name, script = false) {
  if (!script && (name === void 0 || !secretKind(name))) return "clear";
  const own = meaningful(referencesAt(r, at.entry));
  const refs = own.length || at.map === void 0 ? own : meaningful(referencesAt(r, at.map));
  const copied = own.length ? own.find(copiesSecret) : refs.length && refs.every(copiesSecret) ? refs[0] : void 0;
  if (copied) return { copiedFrom: origin(copied) };
  if (!script && refs.length && refs.every((ref) => IDENTIFIER.test(ref))) return "clear";
  return "unknown";
}
function copiedWhy(from, script) {
  return `a secret copied from ${from} into ${script ? "the script" : "a secret-named setting"}`;
}
function meaningful(refs) {
  return refs.filter((ref) => !/^[a-z][a-z0-9_]*\.[A-Za-z0-9_-]+(\[[^\]]*\])?$/.test(ref) || /^(var|local)\./.test(ref));
}
function origin(ref) {
  const parts = ref.replace(/\[[^\]]*\]/g, "").split(".");
  return ["data", "module", "var", "local"].includes(parts[0]) ? parts.slice(0, 2).join(".") : parts[0];
}
var IDENTIFIER = /\.(arn|id|name|self_link|[a-z0-9_]+_id)$/;
var SECRET_REFERENCES = [
  /\.(password|master_password|administrator_login_password|secret_string|secret_binary|secret_data|private_key|private_key_pem|private_key_pem_pkcs8|private_key_openssh|bcrypt_hash|primary_access_key|secondary_access_key|primary_connection_string|secondary_connection_string|primary_blob_connection_string|default_primary_connection_string|default_secondary_connection_string|primary_key|secondary_key|default_primary_key|default_secondary_key)$/,
  /^random_password\.[^.]+(\[[^\]]*\])?\.result$/,
  /^google_kms_secret\..+\.plaintext$/,
  /^aws_iam_access_key\..+\.(secret|ses_smtp_password_v4)$/,
  /^data\.aws_ssm_parameter\..+\.(value|insecure_value)$/
];
function copiesSecret(ref) {
  return SECRET_REFERENCES.some((re) => re.test(ref));
}

export {
  ConfigIndex,
  isObject,
  isLocalSource,
  parseAddress,
  moduleInstancePath,
  moduleConfigPath,
  parsePath,
  formatPath,
  attr,
  mapKeys,
  isSensitivePath,
  blocks,
  configured,
  setting,
  Links,
  referencesAt,
  anyOf,
  allOf,
  evidenceAt,
  judgeAfterApply,
  copiedWhy,
  DEFAULT_LIVE_LIMITS,
  parseDuration,
  isIncompleteRead,
  Deadline,
  PageGuard
};
