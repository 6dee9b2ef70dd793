import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));

// src/report/escape.ts
var BREAK = "\u200B";
var CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function flatten(s) {
  return s.replace(/[\t\n\r]/g, " ").replace(CONTROL, "\uFFFD");
}
var PUNCTUATION_ESCAPES = [];
for (const [from, to] of [[33, 47], [58, 64], [91, 96], [123, 126]]) {
  for (let c = from; c <= to; c++) PUNCTUATION_ESCAPES[c] = `\\${String.fromCharCode(c)}${c === 64 || c === 35 ? BREAK : ""}`;
}
function escapePunctuation(s) {
  let out = "";
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const escaped = PUNCTUATION_ESCAPES[s.charCodeAt(i)];
    if (escaped === void 0) continue;
    out += s.slice(last, i) + escaped;
    last = i + 1;
  }
  return last === 0 ? s : out + s.slice(last);
}
function markdownText(s) {
  return escapePunctuation(flatten(s)).replace(/\\:\\\/\\\//g, `\\:${BREAK}\\/\\/`).replace(/\b(www)\\\./gi, `$1${BREAK}\\.`);
}
function markdownCode(s) {
  const text = flatten(s);
  if (text === "") return "";
  let longest = 0;
  for (let i = 0, run = 0; i < text.length; i++) {
    run = text.charCodeAt(i) === 96 ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  const fence = "`".repeat(longest + 1);
  let body = "";
  let slashes = 0;
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 124) {
      body += `${text.slice(last, i)}${slashes % 2 ? BREAK : ""}\\|`;
      last = i + 1;
    }
    slashes = c === 92 ? slashes + 1 : 0;
  }
  body += text.slice(last);
  const pad = /^[` ]|[` ]$/.test(text) ? " " : "";
  return `${fence}${pad}${body}${pad}${fence}`;
}
function terminalText(s) {
  return s.replace(CONTROL, terminalEscape);
}
var TERMINAL_ESCAPES = /* @__PURE__ */ new Map();
function terminalEscape(c) {
  let escaped = TERMINAL_ESCAPES.get(c);
  if (escaped === void 0) {
    const code = c.charCodeAt(0);
    escaped = c === "\n" ? "\\n" : c === "\r" ? "\\r" : c === "	" ? "\\t" : code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
    TERMINAL_ESCAPES.set(c, escaped);
  }
  return escaped;
}
function htmlText(s) {
  return flatten(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/[@#]/g, `$&${BREAK}`).replace(/:\/\//g, `:${BREAK}//`).replace(/\b(www)\./gi, `$1${BREAK}.`);
}

export {
  markdownText,
  markdownCode,
  terminalText,
  htmlText
};
