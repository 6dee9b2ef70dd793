import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  memoize
} from "./chunk-7EALKIMT.mjs";
import {
  UserError
} from "./chunk-QTFYQM6Z.mjs";

// src/live/shard.ts
import { createHash } from "node:crypto";
function parseShard(text) {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) throw new UserError(`--shard ${text}: expected i/n with 1 <= i <= n, e.g. 2/4`);
  return { index, count };
}
function inShard(unit, shard) {
  if (!shard || shard.count === 1) return true;
  const n = createHash("sha1").update(unit).digest().readUInt32BE(0);
  return n % shard.count + 1 === shard.index;
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
function setFacet(facets, name, value) {
  if (value !== void 0) facets[name] = value;
}

// src/policy/secret-scan.ts
import { gunzipSync } from "node:zlib";
var MAX_TEXT = 256 * 1024;
var MAX_LINE = 4096;
var MAX_VALUE = 512;
var MAX_NAME = 64;
var MAX_DECODED = 1024 * 1024;
var MAX_ENCODED = 8 * 1024 * 1024;
var cut = (s, n) => s.length > n ? s.slice(0, n) : s;
var CREDENTIAL_TOKENS = [
  // A JSON string cannot hold a raw quote, and a PEM body has none: the key ends at the next quote.
  { pattern: /"private_key"\s{0,8}:\s{0,8}"-----BEGIN[^"]*/, why: "a service account key file", hints: ['"private_key"'] },
  { pattern: /-----BEGIN [A-Z ]{0,40}PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]{0,40}PRIVATE KEY-----|$)/, why: "a private key", hints: ["-----BEGIN"] },
  { pattern: /(?<![A-Z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Z0-9])/, why: "an AWS access key id", hints: ["AKIA", "ASIA", "ABIA", "ACCA"] },
  { pattern: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}/, why: "a Google API key", hints: ["AIza"] },
  { pattern: /(?<![A-Za-z0-9_-])ya29\.[0-9A-Za-z_-]{20,}/, why: "a Google OAuth access token", hints: ["ya29."] },
  {
    pattern: /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,})/,
    why: "a GitHub token",
    hints: ["ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"]
  },
  { pattern: /(?<![A-Za-z0-9_-])glpat-[A-Za-z0-9_-]{20,}/, why: "a GitLab token", hints: ["glpat-"] },
  { pattern: /(?<![A-Za-z0-9])[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_-]{40,}/, why: "a Terraform Cloud token", hints: [".atlasv1."] },
  { pattern: /(?<![A-Za-z0-9-])xox[abprs]-[A-Za-z0-9-]{10,}/, why: "a Slack token", hints: ["xoxa-", "xoxb-", "xoxp-", "xoxr-", "xoxs-"] },
  { pattern: /(?<![A-Za-z0-9_])[sr]k_(?:live|test)_[A-Za-z0-9]{16,}/, why: "a Stripe secret key", hints: ["k_live_", "k_test_"] },
  { pattern: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/, why: "a JSON Web Token", hints: ["eyJ"] }
];
var URL_WITH_PASSWORD = /(?<![A-Za-z0-9+.-])[a-z][a-z0-9+.-]{1,30}:\/\/[^\s:/@$]{0,256}:[^\s:/@${<%]{3}[^\s/@]{0,253}@/i;
var CONNECTION_SHAPES = [
  [/;\s{0,8}(?:password|pwd)\s{0,8}=\s{0,8}[^;\s'"{<$%]{3}/i, "a connection string with a password"],
  [/;\s{0,8}AccountKey\s{0,8}=\s{0,8}[A-Za-z0-9+/]{20}/i, "a connection string with a storage account key"],
  [/;\s{0,8}SharedAccessKey\s{0,8}=\s{0,8}[A-Za-z0-9+/=]{20}/i, "a connection string with a shared access key"],
  [/[?&]sig=[A-Za-z0-9%+/=]{20}/, "a SAS signature"]
];
function credentialShape(value) {
  const v = cut(value, MAX_TEXT);
  for (const { pattern, why } of CREDENTIAL_TOKENS) if (pattern.test(v)) return why;
  if (URL_WITH_PASSWORD.test(v)) return "a URL with a password";
  if (v.includes(";") || v.includes("sig=")) {
    for (const [re, why] of CONNECTION_SHAPES) if (re.test(v)) return why;
  }
  return void 0;
}
var DESCRIPTORS = /* @__PURE__ */ new Set([
  "name",
  "names",
  "id",
  "ids",
  "arn",
  "uri",
  "url",
  "urls",
  "endpoint",
  "host",
  "hostname",
  "location",
  "region",
  "path",
  "paths",
  "file",
  "files",
  "dir",
  "stdin",
  "length",
  "len",
  "min",
  "max",
  "size",
  "count",
  "enabled",
  "enable",
  "disabled",
  "required",
  "type",
  "kind",
  "version",
  "format",
  "mode",
  "ttl",
  "timeout",
  "expiry",
  "expires",
  "expiration",
  "lifetime",
  "rotation",
  "policy",
  "header",
  "field",
  "param",
  "prompt",
  "hint",
  "label",
  "hash",
  "hashed",
  "salt",
  "algorithm",
  "alg",
  "regex",
  "pattern",
  "prefix",
  "suffix",
  "ref",
  "reference",
  "project",
  "manager",
  "store",
  "vault",
  "provider",
  "audience",
  "issuer",
  "scope",
  "scopes"
]);
var PASSWORD = "a password";
var CONNECTION_STRING = "a connection string";
var PASSWORD_WORDS = /* @__PURE__ */ new Set(["password", "passwords", "passwd", "passphrase", "pwd", "pass", "pw", "passe", "mdp", "motdepasse"]);
var KEY_QUALIFIERS = /* @__PURE__ */ new Set(["signing", "encryption", "master", "shared", "hmac", "session", "jwt", "license", "licence", "account", "auth", "sas"]);
function words(name) {
  return cut(name, 128).replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/([A-Z])([A-Z][a-z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}
function kindAt(w, i) {
  const x = w[i];
  const before = w[i - 1];
  if (x === "key" || x === "keys") {
    if (before === "api") return "an API key";
    if (before === "access") return "an access key";
    if (before === "private" || before === "ssh") return "a private key";
    if (before === "secret") return "a secret key";
    return before !== void 0 && KEY_QUALIFIERS.has(before) ? "a key" : void 0;
  }
  if ((x === "string" || x === "str") && (before === "connection" || before === "conn")) return CONNECTION_STRING;
  if (PASSWORD_WORDS.has(x) || x.endsWith("password") || x.endsWith("passphrase")) return PASSWORD;
  if (x.endsWith("apikey")) return "an API key";
  if (x.endsWith("accesskey")) return "an access key";
  if (x.endsWith("privatekey") || x === "sshkey") return "a private key";
  if (x.endsWith("secretkey")) return "a secret key";
  if (x.endsWith("accountkey")) return "a key";
  if (x === "connectionstring" || x === "connstr" || x === "dsn") return CONNECTION_STRING;
  if (x === "secrets" || x.endsWith("secret")) return "a secret";
  if (x === "tokens" || x.endsWith("token") || x === "bearer" || x === "sas") return "a token";
  if (x === "creds" || x.endsWith("credential") || x.endsWith("credentials")) return "a credential";
  if (x === "auth" && i === w.length - 1) return "a credential";
  return void 0;
}
var SECRET_STEM = /pass|pw|mdp|secret|token|key|cred|conn|dsn|auth|bearer|sas/i;
function secretKind(name) {
  if (!SECRET_STEM.test(cut(name, 128))) return void 0;
  const w = words(name);
  if (w.length === 0 || DESCRIPTORS.has(w[w.length - 1])) return void 0;
  for (let i = w.length - 1; i >= 0; i--) {
    const kind = kindAt(w, i);
    if (kind) return kind;
  }
  return void 0;
}
var REFERENCES = [
  /^arn:aws[a-z-]{0,20}:(?:secretsmanager|ssm|kms):/,
  /^(?:\{\{|\$\{|\$\(|#\{|<%|@Microsoft\.KeyVault\(|secretref:|keyvaultref:)/i,
  /^\$[A-Za-z_]/,
  /^%[A-Za-z_][A-Za-z0-9_]{0,63}%$/,
  /^!(?:Ref|Sub|GetAtt|ImportValue|Join|Select|FindInMap|If|Base64|Split|Cidr|GetAZs|Transform|vault)(?![A-Za-z0-9])/,
  /^projects\/[^/\s]+\/secrets\//,
  /^(?:sm|secretmanager|gcpsm|vault|ssm|secretsmanager|awssm|azkv|keyvault):\/\//i,
  // Code reading the value at run time: os.environ["X"], getenv("X"), process.env.X, config.db.password.
  /^(?:process\.env|os\.environ|env)\./,
  /^[A-Za-z_][A-Za-z0-9_]{0,63}(?:\.[A-Za-z_][A-Za-z0-9_]{0,63}){0,8}\s{0,4}[[(]/,
  // A file holding the secret (a key file, an SSM parameter name), not the secret.
  /^(?:\.{0,2}\/|~\/|[A-Za-z]:\\)\S*$/
];
function isReference(value) {
  const v = cut(value, MAX_TEXT).trim();
  return REFERENCES.some((re) => re.test(v));
}
var HARMLESS_WORD = /^(?:true|false|yes|no|on|off|null|none|nil|undefined|enabled|disabled|redacted|\[redacted\]|placeholder)$/i;
var NUMBER = /^[-+]?\d+(?:\.\d+)?$/;
var PLACEHOLDER = /^(?:<[^<>]*>|\*+|x{3,}|\.{3,})$/i;
var PUBLIC_KEY = /^(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-[a-z0-9-]{1,20}|sk-ssh-ed25519@openssh\.com) /;
var URL_START = /^[a-z][a-z0-9+.-]{0,30}:\/\//i;
function isLiteralSecret(raw) {
  let v = cut(raw, MAX_TEXT).trim();
  if (v.length >= 2 && (v[0] === '"' || v[0] === "'") && v[v.length - 1] === v[0]) v = v.slice(1, -1).trim();
  if (v.length < 4) return false;
  if (HARMLESS_WORD.test(v) || NUMBER.test(v) || PLACEHOLDER.test(v) || PUBLIC_KEY.test(v) || isReference(v)) return false;
  return !URL_START.test(v);
}
var KEY_VALUE_PAIRS = /^\s{0,8}[A-Za-z][A-Za-z0-9 _]{0,63}=[^;]*;/;
function checkNamedValue(path, name, value) {
  if (typeof value !== "string" || value === "") return void 0;
  const v = cut(value, MAX_TEXT);
  const shape = credentialShape(v);
  if (shape) return { path, why: shape };
  const kind = secretKind(name);
  if (!kind || !isLiteralSecret(v)) return void 0;
  if (kind === CONNECTION_STRING && KEY_VALUE_PAIRS.test(v)) return void 0;
  return { path, why: `${kind} in a secret-named setting` };
}
function scanScript(path, text, opts = {}) {
  const lines = cut(text, MAX_TEXT).split("\n");
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  const numbered = (opts.lineNumbers ?? true) && lines.length > 1;
  const hits = [];
  const seen = /* @__PURE__ */ new Set();
  for (let i = 0; i < lines.length; i++) {
    const found = lineSecret(lines, i);
    if (!found) continue;
    const why = numbered ? `${found} (line ${i + 1})` : found;
    if (seen.has(why)) continue;
    seen.add(why);
    hits.push({ path, why });
  }
  return hits;
}
function lineAt(lines, i) {
  const raw = lines[i];
  if (raw === void 0) return void 0;
  const line = cut(raw, MAX_LINE);
  return line.endsWith("\r") ? line.slice(0, -1) : line;
}
function lineSecret(lines, i) {
  const line = lineAt(lines, i);
  const start = line.trimStart();
  if (start === "") return void 0;
  const shape = credentialShape(line);
  if (shape) return shape;
  if (start.startsWith("#") || !SECRET_STEM.test(line)) return void 0;
  return lineAssignment(withoutSubstitutions(line)) ?? envPair(lines, i);
}
function withoutSubstitutions(line) {
  if (!line.includes("$(") && !line.includes("`")) return line;
  const out = [];
  let depth = 0;
  let tick = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (tick) {
      if (c === "`") {
        tick = false;
        out.push(c);
      }
    } else if (depth > 0) {
      if (c === "(") depth++;
      else if (c === ")" && --depth === 0) out.push(c);
    } else if (c === "$" && line[i + 1] === "(") {
      out.push("$(");
      depth = 1;
      i++;
    } else {
      if (c === "`") tick = true;
      out.push(c);
    }
  }
  return out.join("");
}
function lineAssignment(s) {
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const hit = c === "=" ? atEquals(s, i) : c === ":" ? atColon(s, i) : c === "-" && (i === 0 || s[i - 1] === " " || s[i - 1] === "	") ? atFlag(s, i) : void 0;
    if (hit) return hit;
  }
  return void 0;
}
function atEquals(s, i) {
  const next = s[i + 1];
  const prev = s[i - 1];
  if (next === "=" || next === "~" || next === ">" || prev === "=" || prev === "!" || prev === "<" || prev === ">") return void 0;
  const name = nameBefore(s, prev === ":" ? i - 1 : i);
  if (!name) return void 0;
  const kind = secretKind(name);
  if (!kind) return void 0;
  const value = valueAt(s, i + 1);
  if (value === void 0 || !isLiteralSecret(value)) return void 0;
  return name.startsWith("-") ? `${kind} on a command line` : `${kind} assignment`;
}
function atColon(s, i) {
  const next = s[i + 1];
  if (!(next === void 0 || next === " " || next === "	" || next === '"' || next === "'") || s[i - 1] === ":") return void 0;
  const name = nameBefore(s, i);
  const kind = name ? secretKind(name) : void 0;
  if (!kind) return void 0;
  const value = valueAt(s, i + 1);
  return value !== void 0 && isLiteralSecret(value) ? `${kind} assignment` : void 0;
}
function atFlag(s, i) {
  let j = i + 1;
  if (s[j] === "-") j++;
  const start = j;
  const limit = Math.min(s.length, start + MAX_NAME);
  while (j < limit && isNameChar(s.charCodeAt(j))) j++;
  if (j === start || !/[A-Za-z]/.test(s[start]) || s[j] !== " " && s[j] !== "	") return void 0;
  const kind = secretKind(s.slice(start, j));
  if (!kind) return void 0;
  const value = valueAt(s, j);
  return value !== void 0 && !value.startsWith("-") && isLiteralSecret(value) ? `${kind} on a command line` : void 0;
}
function isNameChar(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95 || c === 46 || c === 45;
}
function nameBefore(s, end) {
  let j = end;
  const floor = Math.max(0, end - 8);
  while (j > floor && (s[j - 1] === " " || s[j - 1] === "	")) j--;
  if (s[j - 1] === '"' || s[j - 1] === "'") j--;
  const stop = j;
  const limit = Math.max(0, stop - MAX_NAME);
  while (j > limit && isNameChar(s.charCodeAt(j - 1))) j--;
  if (j === stop || j > 0 && isNameChar(s.charCodeAt(j - 1))) return void 0;
  return s.slice(j, stop);
}
var NOT_A_LITERAL_START = /* @__PURE__ */ new Set(["$", "`", "{", "<", "%", "(", "["]);
function isValueEnd(c) {
  return c === " " || c === "	" || c === ";" || c === "&" || c === "|" || c === "," || c === '"' || c === "'" || c === "}" || c === ")";
}
function valueAt(s, from, follow = true) {
  let i = from;
  const skip = Math.min(s.length, from + 8);
  while (i < skip && (s[i] === " " || s[i] === "	")) i++;
  const first = s[i];
  if (first === void 0) return void 0;
  if (first === '"' || first === "'") {
    let j2 = i + 1;
    const limit2 = Math.min(s.length, j2 + MAX_VALUE);
    while (j2 < limit2 && s[j2] !== first) j2++;
    return s.slice(i + 1, j2);
  }
  if (NOT_A_LITERAL_START.has(first)) return void 0;
  let j = i;
  const limit = Math.min(s.length, i + MAX_VALUE);
  while (j < limit && !isValueEnd(s[j])) j++;
  const value = s.slice(i, j);
  if (follow && value.toLowerCase() === "convertto-securestring") {
    let k = j;
    while (k < s.length && k < j + 8 && (s[k] === " " || s[k] === "	")) k++;
    if (s.slice(k, k + 7).toLowerCase() === "-string") k += 7;
    return valueAt(s, k, false);
  }
  return value;
}
var ENV_NAME = /^\s{0,64}(?:-\s{1,8})?["']?name["']?\s{0,8}:\s{0,8}["']?([A-Za-z_][A-Za-z0-9_.-]{0,63})["']?\s{0,8},?\s{0,8}$/;
var ENV_VALUE = /^\s{0,64}["']?value["']?\s{0,8}:/;
function envPair(lines, i) {
  const name = ENV_NAME.exec(lineAt(lines, i))?.[1];
  const kind = name ? secretKind(name) : void 0;
  if (!kind) return void 0;
  for (const j of [i + 1, i + 2]) {
    const next = lineAt(lines, j);
    const m = next === void 0 ? null : ENV_VALUE.exec(next);
    if (m) {
      const value = valueAt(next, m[0].length);
      return value !== void 0 && isLiteralSecret(value) ? `${kind} assignment` : void 0;
    }
  }
  return void 0;
}
var MAX_DEPTH = 32;
var MAX_NODES = 1e4;
function scanObject(path, doc) {
  if (typeof doc === "string") {
    try {
      doc = JSON.parse(doc);
    } catch {
      return scanScript(path, doc);
    }
  }
  const hits = [];
  let budget = MAX_NODES;
  const walk = (v, at, name, depth) => {
    if (--budget < 0 || depth > MAX_DEPTH) return;
    if (typeof v === "string") {
      const named = checkNamedValue(at, name, v);
      if (named) hits.push(named);
      else if (/\s/.test(v)) hits.push(...scanScript(at, v));
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${at}[${i}]`, name, depth + 1));
    else if (v !== null && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, `${at}.${k}`, k, depth + 1);
  };
  walk(doc, path, "", 0);
  return hits;
}
var BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
function looksLikeText(s) {
  let bad = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 || c === 127 || c === 65533) bad++;
  }
  return bad <= s.length * 0.05;
}
function decodeUserData(value, opts) {
  if (opts.base64 === false) return value;
  const maybe = opts.base64 === "maybe";
  const failed = maybe ? value : void 0;
  if (value.length > MAX_ENCODED) return failed;
  const compact = maybe ? value.trim().replace(/[\r\n]+/g, "") : value.replace(/\s+/g, "");
  if (!BASE64.test(compact) || maybe && (compact.length < 8 || compact.length % 4 !== 0)) return failed;
  let buf = Buffer.from(compact, "base64");
  if (buf[0] === 31 && buf[1] === 139) {
    try {
      buf = gunzipSync(buf, { maxOutputLength: MAX_DECODED });
    } catch {
      return failed;
    }
  } else if (buf.length > MAX_DECODED) buf = buf.subarray(0, MAX_DECODED);
  const text = buf.toString("utf8");
  return maybe && !looksLikeText(text) ? value : text;
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

export {
  CREDENTIAL_TOKENS,
  secretKind,
  isReference,
  checkNamedValue,
  scanScript,
  scanObject,
  decodeUserData,
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
  setFacet,
  parseShard,
  inShard
};
