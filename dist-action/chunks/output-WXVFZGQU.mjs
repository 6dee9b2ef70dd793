import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  PrivateTempFile,
  StagedFile,
  removePendingOutputs,
  trackPending,
  writeAtomically
} from "./chunk-TK5VIN6L.mjs";
import "./chunk-QTFYQM6Z.mjs";
import "./chunk-DUMRXBCU.mjs";
export {
  PrivateTempFile,
  StagedFile,
  removePendingOutputs,
  trackPending,
  writeAtomically
};
