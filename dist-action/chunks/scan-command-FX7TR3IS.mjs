import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  exitCode,
  formatFromExtension,
  runScan,
  runScanCommand
} from "./chunk-DB6PFSY5.mjs";
import "./chunk-HCLYC4ZS.mjs";
import "./chunk-CO2NKTYH.mjs";
import "./chunk-K7HDWNMT.mjs";
import "./chunk-JEB4UCMM.mjs";
import "./chunk-GK4R2XOZ.mjs";
import "./chunk-SVSNLWEO.mjs";
import "./chunk-47THRYV5.mjs";
import "./chunk-EPCZ424X.mjs";
import "./chunk-GELDHLXY.mjs";
import "./chunk-TBGUDKT5.mjs";
import "./chunk-7EALKIMT.mjs";
import "./chunk-ZRITQZCY.mjs";
import "./chunk-FI3NHOEA.mjs";
import "./chunk-CQF7QQT5.mjs";
import "./chunk-QTFYQM6Z.mjs";
import "./chunk-DUMRXBCU.mjs";
export {
  exitCode,
  formatFromExtension,
  runScan,
  runScanCommand
};
