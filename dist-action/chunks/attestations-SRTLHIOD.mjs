import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  attestationFor,
  loadAttestations
} from "./chunk-D7HB6AWU.mjs";
import "./chunk-22Q2F65I.mjs";
import "./chunk-NE7XUMDB.mjs";
import "./chunk-ZCN7ZIRF.mjs";
import "./chunk-6ZY5LYZQ.mjs";
import "./chunk-XG5PCEUK.mjs";
import "./chunk-QTFYQM6Z.mjs";
import "./chunk-DUMRXBCU.mjs";
export {
  attestationFor,
  loadAttestations
};
