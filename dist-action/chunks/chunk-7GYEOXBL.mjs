import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  memoize
} from "./chunk-7EALKIMT.mjs";

// src/policy/secret-scan.ts
import { gunzipSync } from "node:zlib";
var MAX_TEXT = 256 * 1024;
var MAX_LINE = 4096;
var MAX_VALUE = 512;
var MAX_NAME = 64;
var MAX_DECODED = 1024 * 1024;
var MAX_ENCODED = 8 * 1024 * 1024;
var cut = (s, n) => s.length > n ? s.slice(0, n) : s;
function openLoops(re) {
  return new RegExp(re.source.replace(/(\[[^\]]*\])\{(\d+),\}/g, "$1{$2}$1*"), re.flags);
}
var CREDENTIAL_TOKENS = [
  // A JSON string cannot hold a raw quote, and a PEM body has none: the key ends at the next quote.
  { pattern: openLoops(/"private_key"\s{0,8}:\s{0,8}"-----BEGIN[^"]*/), why: "a service account key file", hints: ['"private_key"'] },
  { pattern: openLoops(/-----BEGIN [A-Z ]{0,40}PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]{0,40}PRIVATE KEY-----|$)/), why: "a private key", hints: ["-----BEGIN"] },
  { pattern: openLoops(/(?<![A-Z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Z0-9])/), why: "an AWS access key id", hints: ["AKIA", "ASIA", "ABIA", "ACCA"] },
  { pattern: openLoops(/(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}/), why: "a Google API key", hints: ["AIza"] },
  { pattern: openLoops(/(?<![A-Za-z0-9_-])ya29\.[0-9A-Za-z_-]{20,}/), why: "a Google OAuth access token", hints: ["ya29."] },
  {
    pattern: openLoops(/(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,})/),
    why: "a GitHub token",
    hints: ["ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"]
  },
  { pattern: openLoops(/(?<![A-Za-z0-9_-])glpat-[A-Za-z0-9_-]{20,}/), why: "a GitLab token", hints: ["glpat-"] },
  { pattern: openLoops(/(?<![A-Za-z0-9])[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_-]{40,}/), why: "a Terraform Cloud token", hints: [".atlasv1."] },
  { pattern: openLoops(/(?<![A-Za-z0-9-])xox[abprs]-[A-Za-z0-9-]{10,}/), why: "a Slack token", hints: ["xoxa-", "xoxb-", "xoxp-", "xoxr-", "xoxs-"] },
  { pattern: openLoops(/(?<![A-Za-z0-9_])[sr]k_(?:live|test)_[A-Za-z0-9]{16,}/), why: "a Stripe secret key", hints: ["k_live_", "k_test_"] },
  { pattern: openLoops(/(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/), why: "a JSON Web Token", hints: ["eyJ"] }
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
  const s = cut(name, 128);
  const out = [];
  let word = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const upper = c >= 65 && c <= 90;
    if (!upper && !(c >= 97 && c <= 122) && !(c >= 48 && c <= 57)) {
      if (word) out.push(word);
      word = "";
      continue;
    }
    if (upper && word) {
      const p = s.charCodeAt(i - 1);
      const n = s.charCodeAt(i + 1);
      if (p >= 97 && p <= 122 || p >= 48 && p <= 57 || p >= 65 && p <= 90 && n >= 97 && n <= 122) {
        out.push(word);
        word = "";
      }
    }
    word += upper ? String.fromCharCode(c + 32) : s[i];
  }
  if (word) out.push(word);
  return out;
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
var REDACTED_MARK = "[REDACTED]";
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
  if (kind && v === REDACTED_MARK) return { path, why: `${kind} in a secret-named setting` };
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
var NAME_START = { at: 0 };
function nameStart(s, end, tail = false) {
  let j = end;
  const floor = Math.max(0, end - 8);
  while (j > floor && (s.charCodeAt(j - 1) === 32 || s.charCodeAt(j - 1) === 9)) j--;
  if (s.charCodeAt(j - 1) === 34 || s.charCodeAt(j - 1) === 39) j--;
  const stop = j;
  const limit = Math.max(0, stop - MAX_NAME);
  while (j > limit && isNameChar(s.charCodeAt(j - 1))) j--;
  if (j === stop || !tail && j > 0 && isNameChar(s.charCodeAt(j - 1))) return -1;
  NAME_START.at = j;
  return stop;
}
function nameBefore(s, end) {
  const stop = nameStart(s, end);
  return stop < 0 ? void 0 : s.slice(NAME_START.at, stop);
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
var NOTHING_TO_HIDE = /^(?:true|false|yes|no|on|off|null|none|nil|undefined|enabled|disabled|unknown|\[redacted\]|\*+|x{3,}|\.{3,}|<[^<>]{0,64}>)$/i;
function hasNothingToHide(s, start, end) {
  const first = s[start];
  if (end - start > 10 && first !== "*" && first !== "x" && first !== "X" && first !== "." && first !== "<") return false;
  return NOTHING_TO_HIDE.test(s.slice(start, Math.min(end, start + 80)).trim());
}
var ENDS_VALUE = new Uint8Array(128);
for (const c of ` 	\r
;&|,"'})]<>`) ENDS_VALUE[c.charCodeAt(0)] = 1;
function labelledSecretSpans(s) {
  const spans = [];
  const n = s.length;
  const judged = /* @__PURE__ */ new Map();
  let lastName = "";
  let lastSecret = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c !== 61 && c !== 58) continue;
    const prev = s.charCodeAt(i - 1);
    const next = s.charCodeAt(i + 1);
    let valueFrom = i + 1;
    if (c === 61) {
      if (next === 61 || next === 126 || prev === 61 || prev === 33 || prev === 60 || prev === 62) continue;
      if (next === 62) valueFrom++;
    } else {
      if (next === 58 || next === 47 || prev === 58) continue;
      if (next === 61) valueFrom++;
    }
    const nameEnd = nameStart(s, i, true);
    if (nameEnd < 0) continue;
    const start = NAME_START.at;
    if (c === 58 && s.charCodeAt(start - 1) === 47) continue;
    let secret;
    if (nameEnd - start === lastName.length && s.startsWith(lastName, start)) secret = lastSecret;
    else {
      const name = s.slice(start, nameEnd);
      secret = judged.get(name);
      if (secret === void 0) {
        secret = secretKind(name) !== void 0;
        if (judged.size < 4096) judged.set(name, secret);
      }
      lastName = name;
      lastSecret = secret;
    }
    if (!secret) continue;
    const end = valueEnd(s, valueFrom, c === 58);
    if (end === void 0) continue;
    if (!hasNothingToHide(s, VALUE_START.at, end)) spans.push(VALUE_START.at, end);
    i = Math.max(i, end - 1);
  }
  return spans;
}
var VALUE_START = { at: 0 };
function valueEnd(s, from, toLineEnd) {
  const n = s.length;
  let i = from;
  const skip = Math.min(n, from + 16);
  while (i < skip && (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9)) i++;
  if (i >= n) return void 0;
  const first = s.charCodeAt(i);
  if (first === 34 || first === 39 || first === 96) {
    let j2 = i + 1;
    for (; j2 < n; j2++) {
      const c = s.charCodeAt(j2);
      if (c === first || c === 10) break;
      if (c === 92) j2++;
    }
    VALUE_START.at = i + 1;
    return Math.min(j2, n);
  }
  let j = i;
  if (toLineEnd) {
    for (; j < n; j++) {
      const c = s.charCodeAt(j);
      if (c === 10 || c === 13 || c === 35 && (s.charCodeAt(j - 1) === 32 || s.charCodeAt(j - 1) === 9)) break;
    }
    while (j > i && (s.charCodeAt(j - 1) === 32 || s.charCodeAt(j - 1) === 9)) j--;
  } else {
    for (; j < n; j++) {
      const c = s.charCodeAt(j);
      if (c < 128 && ENDS_VALUE[c] === 1) break;
    }
  }
  VALUE_START.at = i;
  return j > i ? j : void 0;
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
      else if (/\s/.test(v)) for (const item of scanScript(at, v)) hits.push(item);
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

// src/report/redact.ts
var REDACTED = REDACTED_MARK;
var TOKEN_PATTERNS = CREDENTIAL_TOKENS.map((t) => new RegExp(t.pattern.source, `${t.pattern.flags}g`));
var MIGHT_HOLD_TOKEN = new RegExp(CREDENTIAL_TOKENS.flatMap((t) => t.hints).map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"));
function secretSpans(s) {
  const lists = [];
  if (MIGHT_HOLD_TOKEN.test(s)) {
    for (const re of TOKEN_PATTERNS) {
      const spans = [];
      re.lastIndex = 0;
      for (let m = re.exec(s); m; m = re.exec(s)) {
        spans.push(m.index, m.index + m[0].length);
        if (m[0].length === 0) re.lastIndex++;
      }
      lists.push(spans);
    }
  }
  if (s.includes("://")) lists.push(urlPasswords(s));
  if (s.length >= 60) lists.push(paddedBase64Runs(s));
  if (s.includes("=")) lists.push(sasSignatures(s));
  if (s.includes("=") || s.includes(":")) lists.push(labelledSecretSpans(s));
  return lists;
}
function holdsSecretShape(s) {
  return secretSpans(s).some((spans) => spans.length > 0);
}
function isBase64(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 43 || c === 47;
}
function paddedBase64Runs(s) {
  const spans = [];
  let start = -1;
  for (let i = 0; i <= s.length; i++) {
    if (i < s.length && isBase64(s.charCodeAt(i))) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0 && i - start >= 60 && s[i] === "=") {
      let end = i + 1;
      if (s[end] === "=") end++;
      if (end >= s.length || !isBase64(s.charCodeAt(end)) && s[end] !== "=") spans.push(start, end);
    }
    start = -1;
  }
  return spans;
}
function sasSignatures(s) {
  const spans = [];
  for (let i = s.indexOf("="); i >= 3; i = s.indexOf("=", i + 1)) {
    if (s.slice(i - 3, i).toLowerCase() !== "sig") continue;
    let j = i + 1;
    while (j < s.length && (isBase64(s.charCodeAt(j)) || s[j] === "%" || s[j] === "=")) j++;
    if (j - i - 1 >= 20) spans.push(i + 1, j);
    i = j - 1;
  }
  return spans;
}
function endsUrl(c) {
  return c === " " || c === "	" || c === "\n" || c === "\r" || c === '"' || c === "'" || c === "`" || c === "<" || c === ">";
}
function urlPasswords(s) {
  const spans = [];
  for (let at = s.indexOf("://"); at >= 0; at = s.indexOf("://", at)) {
    const userStart = at + 3;
    let end = userStart;
    let lastAt = -1;
    while (end < s.length && !endsUrl(s[end])) {
      if (s[end] === "@") lastAt = end;
      end++;
    }
    at = end;
    if (lastAt < 0) continue;
    let colon = userStart;
    while (colon < lastAt && s[colon] !== ":" && s[colon] !== "/" && s[colon] !== "?" && s[colon] !== "#") colon++;
    if (s[colon] === ":") {
      if (!/^\d{1,5}[/?#]/.test(s.slice(colon + 1, colon + 7))) spans.push(colon + 1, lastAt);
    } else if (colon === lastAt && lastAt - userStart >= 20) spans.push(userStart, lastAt);
  }
  return spans;
}
function replaceSpans(s, lists) {
  const heads = lists.map(() => 0);
  const parts = [];
  let last = 0;
  let start = -1;
  let end = -1;
  for (; ; ) {
    let pick = -1;
    for (let k = 0; k < lists.length; k++) {
      if (heads[k] < lists[k].length && (pick < 0 || lists[k][heads[k]] < lists[pick][heads[pick]])) pick = k;
    }
    if (pick < 0) break;
    const list = lists[pick];
    const from = list[heads[pick]];
    const to = list[heads[pick] + 1];
    heads[pick] += 2;
    if (from <= end) {
      end = Math.max(end, to);
      continue;
    }
    if (start >= 0) {
      parts.push(s.slice(last, start), REDACTED);
      last = end;
    }
    start = from;
    end = to;
  }
  if (start < 0) return s;
  parts.push(s.slice(last, start), REDACTED, s.slice(end));
  return parts.join("");
}
var Redactor = class {
  known = new SecretTrie();
  /**
   * Strings met again (types, regions, enum values) are redacted once; bounded, because most strings
   * of a large inventory are met once (ids, names, links) and must not stay for the whole scan.
   */
  text = memoize((s) => {
    const known = this.known.replaceAll(s, REDACTED);
    return replaceSpans(known, secretSpans(known));
  });
  constructor(secrets) {
    for (const secret of secrets) this.known.add(secret);
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
var InputRedactors = class {
  constructor(secrets) {
    this.secrets = secrets;
  }
  secrets;
  byInput = /* @__PURE__ */ new Map();
  shapesOnly = new Redactor([]);
  allInputs;
  for(input) {
    const values = input === void 0 ? void 0 : this.secrets.get(input);
    if (!values) return this.shapesOnly;
    let redactor = this.byInput.get(input);
    if (!redactor) this.byInput.set(input, redactor = new Redactor(values));
    return redactor;
  }
  get all() {
    this.allInputs ??= new Redactor([...this.secrets.values()].flatMap((values) => [...values]));
    return this.allInputs;
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

export {
  credentialShape,
  secretKind,
  isReference,
  checkNamedValue,
  scanScript,
  scanObject,
  decodeUserData,
  REDACTED,
  holdsSecretShape,
  Redactor,
  InputRedactors
};
