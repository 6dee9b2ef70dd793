import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));

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

export {
  anyOf,
  allOf
};
