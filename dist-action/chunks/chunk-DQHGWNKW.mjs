import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  CREDENTIAL_TOKENS,
  labelledSecretSpans
} from "./chunk-2QQRJHN4.mjs";

// src/report/redact.ts
var REDACTED = "[REDACTED]";
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
  cache = /* @__PURE__ */ new Map();
  constructor(secrets) {
    for (const secret of secrets) this.known.add(secret);
  }
  text(s) {
    const cached = this.cache.get(s);
    if (cached !== void 0) return cached;
    const known = this.known.replaceAll(s, REDACTED);
    const out = replaceSpans(known, secretSpans(known));
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
  REDACTED,
  Redactor,
  InputRedactors
};
