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
var PUNCTUATION = /[!-/:-@[-`{-~]/g;
function markdownText(s) {
  return flatten(s).replace(PUNCTUATION, "\\$&").replace(/\\([@#])/g, `\\$1${BREAK}`).replace(/\\:\\\/\\\//g, `\\:${BREAK}\\/\\/`).replace(/\b(www)\\\./gi, `$1${BREAK}\\.`);
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
  return s.replace(CONTROL, (c) => {
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    if (c === "	") return "\\t";
    const code = c.charCodeAt(0);
    return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
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
