import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  trackPending
} from "./chunk-TK5VIN6L.mjs";
import {
  UserError
} from "./chunk-QTFYQM6Z.mjs";

// src/input/stdin.ts
import { closeSync, openSync, unlinkSync, writeSync } from "node:fs";
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
var STDIN = "-";
var STDIN_LABEL = "stdin";
async function spoolStdin(input = process.stdin) {
  if (input.isTTY) throw new UserError(`${STDIN_LABEL}: standard input is a terminal; pipe a plan in (terraform show -json tfplan | cldscan scan -)`);
  const file = path.join(os.tmpdir(), `.cldscan-stdin-${process.pid}-${randomBytes(6).toString("hex")}.json`);
  const fd = openSync(file, "wx", 384);
  const untrack = trackPending(file);
  const remove = () => {
    untrack();
    try {
      unlinkSync(file);
    } catch {
    }
  };
  try {
    for await (const chunk of input) writeSync(fd, chunk);
  } catch (err) {
    remove();
    throw new UserError(`${STDIN_LABEL}: cannot be read (${err.code ?? err.message})`);
  } finally {
    closeSync(fd);
  }
  return { file, remove };
}

// src/tool.ts
import { readFileSync } from "node:fs";
var pkg = JSON.parse(readFileSync(new URL(existsUp("package.json"), import.meta.url), "utf8"));
var TOOL = {
  name: "cldscan",
  version: pkg.version,
  informationUri: "https://github.com/cldscan/cldscan"
};
function existsUp(name) {
  for (const rel of [`../${name}`, `../../${name}`]) {
    try {
      readFileSync(new URL(rel, import.meta.url));
      return rel;
    } catch {
    }
  }
  throw new Error(`${name} not found`);
}

export {
  STDIN,
  STDIN_LABEL,
  spoolStdin,
  TOOL
};
