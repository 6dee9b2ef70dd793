import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  StagedFile,
  removePendingOutputs,
  trackPending,
  writeAtomically
} from "./chunk-OUM3LO5R.mjs";
import "./chunk-QTFYQM6Z.mjs";
import "./chunk-DUMRXBCU.mjs";
export {
  StagedFile,
  removePendingOutputs,
  trackPending,
  writeAtomically
};
