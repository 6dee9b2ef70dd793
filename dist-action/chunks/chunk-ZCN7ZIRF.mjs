import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));

// src/waivers.ts
function today(now = /* @__PURE__ */ new Date()) {
  return now.toISOString().slice(0, 10);
}
function isExpired(expires, on = today()) {
  return expires < on;
}
function covers(w, finding) {
  if (!w.targets.some((t) => t === finding.policy || finding.rules.includes(t))) return false;
  return w.resource === void 0 || globMatch(w.resource, finding.resource.id);
}
function globMatch(pattern, text) {
  const parts = pattern.split("*");
  if (parts.length === 1) return pattern.length === text.length && matchesAt(pattern, text, 0);
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (first.length + last.length > text.length) return false;
  if (!matchesAt(first, text, 0) || !matchesAt(last, text, text.length - last.length)) return false;
  let from = first.length;
  const end = text.length - last.length;
  for (let k = 1; k < parts.length - 1; k++) {
    const part = parts[k];
    if (part === "") continue;
    const at = find(part, text, from, end);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}
function matchesAt(part, text, at) {
  for (let i = 0; i < part.length; i++) if (part[i] !== "?" && part[i] !== text[at + i]) return false;
  return true;
}
function find(part, text, from, end) {
  if (!part.includes("?")) {
    const at = text.indexOf(part, from);
    return at >= 0 && at + part.length <= end ? at : -1;
  }
  const words = Math.ceil(part.length / 32);
  const any = new Uint32Array(words);
  for (let i = 0; i < part.length; i++) if (part[i] === "?") any[i >>> 5] |= 1 << (i & 31);
  const masks = /* @__PURE__ */ new Map();
  for (let i = 0; i < part.length; i++) {
    const c = part[i];
    if (c === "?" || masks.has(c)) continue;
    const mask = Uint32Array.from(any);
    for (let j = i; j < part.length; j++) if (part[j] === c) mask[j >>> 5] |= 1 << (j & 31);
    masks.set(c, mask);
  }
  const state = new Uint32Array(words);
  const lastWord = words - 1;
  const lastBit = part.length - 1 & 31;
  for (let t = from; t < end; t++) {
    const mask = masks.get(text[t]) ?? any;
    let carry = 1;
    for (let w = 0; w < words; w++) {
      const out = state[w] >>> 31;
      state[w] = (state[w] << 1 | carry) & mask[w];
      carry = out;
    }
    if (state[lastWord] >>> lastBit & 1) return t - part.length + 1;
  }
  return -1;
}
function isCalendarDate(s) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const time = Date.parse(`${s}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === s;
}
var WAIVER_DIRECTIVE = "cldscan:ignore";
function isSpace(c) {
  return c === " " || c === "	" || c === "\n" || c === "\r";
}
function parseInlineWaiver(comment, where) {
  const at = comment.indexOf(WAIVER_DIRECTIVE);
  if (at < 0) return void 0;
  let i = at + WAIVER_DIRECTIVE.length;
  const afterDirective = i;
  while (isSpace(comment[i])) i++;
  if (i === afterDirective) return void 0;
  const targetsStart = i;
  while (i < comment.length && /[A-Za-z0-9_,-]/.test(comment[i])) i++;
  if (i === targetsStart) return void 0;
  const targets = comment.slice(targetsStart, i).split(",").filter(Boolean);
  let lineEnd = comment.indexOf("\n", i);
  if (lineEnd < 0) lineEnd = comment.length;
  let rest = comment.slice(i, lineEnd);
  const close = rest.lastIndexOf("*/");
  if (close >= 0 && rest.slice(close + 2).trim() === "") rest = rest.slice(0, close);
  const fields = readFields(rest);
  const expires = fields.get("until");
  const reason = fields.get("reason");
  if (!expires) return { problem: `${where}: inline waiver without an expiry (until=YYYY-MM-DD) is not applied` };
  if (!isCalendarDate(expires)) return { problem: `${where}: inline waiver expiry "${expires.slice(0, 32)}" is not a date (YYYY-MM-DD, a day of the calendar): the waiver is not applied` };
  if (!reason) return { problem: `${where}: inline waiver without a reason (reason="\u2026") is not applied` };
  const approver = fields.get("approver");
  return { waiver: { origin: "inline", targets, justification: reason, ...approver ? { approver } : {}, expires, where } };
}
function readFields(s) {
  const isLower = (c) => c >= 97 && c <= 122;
  const fields = /* @__PURE__ */ new Map();
  for (let eq = s.indexOf("="); eq >= 0; eq = s.indexOf("=", eq + 1)) {
    let n = eq;
    while (n > 0 && eq - n < 16 && isLower(s.charCodeAt(n - 1))) n--;
    if (n === eq || n > 0 && isLower(s.charCodeAt(n - 1))) continue;
    let value;
    let end;
    const close = s[eq + 1] === '"' ? s.indexOf('"', eq + 2) : -1;
    if (close >= 0) {
      value = s.slice(eq + 2, close);
      end = close + 1;
    } else {
      end = eq + 1;
      while (end < s.length && !isSpace(s[end])) end++;
      value = s.slice(eq + 1, end);
    }
    if (value !== "") fields.set(s.slice(n, eq), value);
    eq = end - 1;
  }
  return fields;
}

export {
  today,
  isExpired,
  covers,
  globMatch,
  isCalendarDate,
  WAIVER_DIRECTIVE,
  parseInlineWaiver
};
