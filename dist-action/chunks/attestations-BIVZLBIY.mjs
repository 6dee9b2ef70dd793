import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  attestationFor,
  loadAttestations
} from "./chunk-OUIK653W.mjs";
import "./chunk-K7HDWNMT.mjs";
import "./chunk-KMRIUB6G.mjs";
import "./chunk-FI3NHOEA.mjs";
import "./chunk-QTFYQM6Z.mjs";
import "./chunk-DUMRXBCU.mjs";
export {
  attestationFor,
  loadAttestations
};
