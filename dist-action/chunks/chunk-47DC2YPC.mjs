import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));

// src/policy/messages.ts
var PLACEHOLDER = /\{\{([A-Za-z][A-Za-z0-9]*)\}\}/g;
var LEADING_PLACEHOLDER = /^\{\{([A-Za-z][A-Za-z0-9]*)\}\}/;
function placeholders(text) {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]))].sort();
}
function localize(text, lang) {
  return lang === "fr" && text.fr || text.en;
}
var MessageError = class extends Error {
};
function renderMessage(meta, ref, lang) {
  const text = meta.messages[ref.messageId];
  if (!text) throw new MessageError(`policy ${meta.id}: no message "${ref.messageId}" in meta.messages`);
  const data = ref.data ?? {};
  return localize(text, lang).replace(PLACEHOLDER, (_, name) => {
    const value = data[name];
    if (value === void 0) throw new MessageError(`policy ${meta.id}: message "${ref.messageId}" needs data.${name}`);
    return renderValue(meta, value, lang);
  });
}
function renderValue(meta, value, lang) {
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (isMessageList(value)) return value.map((v) => renderMessage(meta, v, lang)).join("; ");
  return renderMessage(meta, value, lang);
}
function isMessageList(value) {
  return Array.isArray(value);
}
function renderResult(meta, result, lang) {
  return [result, ...result.also ?? []].map((m) => {
    const text = renderMessage(meta, m, lang);
    return startsWithValue(meta, m, lang) ? text : capitalise(text);
  }).join(" ");
}
function startsWithValue(meta, ref, lang) {
  const text = meta.messages[ref.messageId];
  const first = text && LEADING_PLACEHOLDER.exec(localize(text, lang));
  if (!first) return false;
  const value = ref.data?.[first[1]];
  if (value === void 0) return false;
  if (typeof value === "string" || typeof value === "number") return true;
  const head = isMessageList(value) ? value[0] : value;
  return head !== void 0 && startsWithValue(meta, head, lang);
}
function capitalise(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export {
  placeholders,
  localize,
  MessageError,
  renderMessage,
  renderResult
};
