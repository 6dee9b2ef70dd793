import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  removePendingOutputs,
  trackPending,
  writeAtomically
} from "./chunk-CQF7QQT5.mjs";
import "./chunk-QTFYQM6Z.mjs";
import "./chunk-DUMRXBCU.mjs";
export {
  removePendingOutputs,
  trackPending,
  writeAtomically
};
