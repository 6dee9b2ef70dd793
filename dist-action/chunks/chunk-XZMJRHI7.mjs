import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  LIMITS,
  formatBytes
} from "./chunk-XG5PCEUK.mjs";
import {
  UserError
} from "./chunk-QTFYQM6Z.mjs";

// src/input/decode.ts
import { gunzipSync } from "node:zlib";
function decodeJsonBytes(raw, name, maxDecompressed = LIMITS.decompressedBytes) {
  let buf = raw;
  if (buf.length === 0) throw new UserError(`${name}: the file is empty`);
  if (buf[0] === 31 && buf[1] === 139) {
    try {
      buf = gunzipSync(buf, { maxOutputLength: maxDecompressed });
    } catch (err) {
      if (err.code === "ERR_BUFFER_TOO_LARGE") {
        throw new UserError(
          `${name}: decompresses to more than ${formatBytes(maxDecompressed)}; raise the limit with --max-decompressed-mb (or maxDecompressedMB in the configuration file) if the input is genuine`
        );
      }
      throw new UserError(`${name}: gzip data is corrupt or truncated`);
    }
    if (buf.length === 0) throw new UserError(`${name}: the gzip file holds no data`);
  }
  if (buf[0] === 80 && buf[1] === 75 && buf[2] === 3 && buf[3] === 4) {
    throw new UserError(
      `${name}: this is a binary plan file (terraform plan -out); convert it with \`terraform show -json ${name} > plan.json\` and scan the JSON`
    );
  }
  buf = toUtf8(buf, name);
  buf = skipPreamble(buf);
  if (buf.length === 0) throw new UserError(`${name}: the file holds no JSON`);
  return buf;
}
function toUtf8(buf, name) {
  if (buf[0] === 239 && buf[1] === 187 && buf[2] === 191) return buf.subarray(3);
  if (buf[0] === 255 && buf[1] === 254) return Buffer.from(new TextDecoder("utf-16le").decode(buf.subarray(2)), "utf8");
  if (buf[0] === 254 && buf[1] === 255) return Buffer.from(new TextDecoder("utf-16be").decode(buf.subarray(2)), "utf8");
  if (buf.length >= 4 && buf[0] !== 0 && buf[1] === 0 && buf[2] !== 0 && buf[3] === 0) {
    return Buffer.from(new TextDecoder("utf-16le").decode(buf), "utf8");
  }
  if (buf.length >= 4 && buf[0] === 0 && buf[1] !== 0 && buf[2] === 0 && buf[3] !== 0) {
    return Buffer.from(new TextDecoder("utf-16be").decode(buf), "utf8");
  }
  const probe = buf.subarray(0, Math.min(buf.length, 8192));
  if (probe.includes(0)) throw new UserError(`${name}: binary data, not a JSON document`);
  return buf;
}
var COMMAND_PREFIX = Buffer.from("[command]");
function skipPreamble(buf) {
  let pos = 0;
  for (; ; ) {
    while (pos < buf.length && isSpace(buf[pos])) pos++;
    if (buf.subarray(pos, pos + COMMAND_PREFIX.length).equals(COMMAND_PREFIX)) {
      const eol = buf.indexOf(10, pos);
      pos = eol < 0 ? buf.length : eol + 1;
      continue;
    }
    return buf.subarray(pos);
  }
}
function isSpace(b) {
  return b === 32 || b === 10 || b === 13 || b === 9;
}

export {
  decodeJsonBytes,
  isSpace
};
