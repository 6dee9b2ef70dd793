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
  let p = 0;
  let t = 0;
  let star = -1;
  let mark = 0;
  while (t < text.length) {
    if (p < pattern.length && (pattern[p] === "?" || pattern[p] === text[t])) {
      p++;
      t++;
    } else if (p < pattern.length && pattern[p] === "*") {
      star = p++;
      mark = t;
    } else if (star >= 0) {
      p = star + 1;
      t = ++mark;
    } else return false;
  }
  while (p < pattern.length && pattern[p] === "*") p++;
  return p === pattern.length;
}
var INLINE = /cldscan:ignore\s+([A-Za-z0-9_,-]+)(.*)$/;
var DATE = /^\d{4}-\d{2}-\d{2}$/;
function parseInlineWaiver(comment, where) {
  const m = INLINE.exec(comment.replace(/^\s*(#|\/\/|\/\*)\s*/, "").replace(/\*\/\s*$/, ""));
  if (!m) return void 0;
  const targets = m[1].split(",").filter(Boolean);
  const fields = /* @__PURE__ */ new Map();
  for (const f of m[2].matchAll(/([a-z]+)=(?:"([^"]*)"|(\S+))/g)) fields.set(f[1], f[2] ?? f[3] ?? "");
  const expires = fields.get("until");
  const reason = fields.get("reason");
  if (!expires) return { problem: `${where}: inline waiver without an expiry (until=YYYY-MM-DD) is not applied` };
  if (!DATE.test(expires) || Number.isNaN(Date.parse(expires))) return { problem: `${where}: inline waiver expiry "${expires}" is not a date (YYYY-MM-DD)` };
  if (!reason) return { problem: `${where}: inline waiver without a reason (reason="\u2026") is not applied` };
  const approver = fields.get("approver");
  return { waiver: { origin: "inline", targets, justification: reason, ...approver ? { approver } : {}, expires, where } };
}

export {
  today,
  isExpired,
  covers,
  globMatch,
  parseInlineWaiver
};
