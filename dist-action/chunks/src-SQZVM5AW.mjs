import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  require_src
} from "./chunk-R3STYWLZ.mjs";
import "./chunk-AKZ55NC2.mjs";
import "./chunk-DUMRXBCU.mjs";
export default require_src();
