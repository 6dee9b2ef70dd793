import { gunzipSync } from 'node:zlib';
import { UserError } from '../errors.js';
import { formatBytes, LIMITS } from '../limits.js';

/**
 * Turns the bytes of an input file into UTF-8 JSON text bytes, accepting what real pipelines
 * produce (BOM, UTF-16 from PowerShell redirection, gzip from S3 exports, the `[command]…` line
 * that hashicorp/setup-terraform's wrapper prints) and refusing, with a reason, what is not JSON.
 * Works on Buffers so a plan larger than V8's maximum string length can still be read. Gzip is
 * decompressed up to `maxDecompressed` bytes, never further: a small file can hold gigabytes of zeros.
 */
export function decodeJsonBytes(raw: Buffer, name: string, maxDecompressed: number = LIMITS.decompressedBytes): Buffer {
  let buf = raw;
  if (buf.length === 0) throw new UserError(`${name}: the file is empty`);
  if (buf[0] === 0x1f && buf[1] === 0x8b) {
    try {
      buf = gunzipSync(buf, { maxOutputLength: maxDecompressed });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new UserError(
          `${name}: decompresses to more than ${formatBytes(maxDecompressed)}; raise the limit with --max-decompressed-mb (or maxDecompressedMB in the configuration file) if the input is genuine`,
        );
      }
      throw new UserError(`${name}: gzip data is corrupt or truncated`);
    }
    if (buf.length === 0) throw new UserError(`${name}: the gzip file holds no data`);
  }
  if (buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04) {
    throw new UserError(
      `${name}: this is a binary plan file (terraform plan -out); convert it with \`terraform show -json ${name} > plan.json\` and scan the JSON`,
    );
  }
  buf = toUtf8(buf, name);
  buf = skipPreamble(buf);
  if (buf.length === 0) throw new UserError(`${name}: the file holds no JSON`);
  return buf;
}

function toUtf8(buf: Buffer, name: string): Buffer {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return buf.subarray(3);
  if (buf[0] === 0xff && buf[1] === 0xfe) return Buffer.from(new TextDecoder('utf-16le').decode(buf.subarray(2)), 'utf8');
  if (buf[0] === 0xfe && buf[1] === 0xff) return Buffer.from(new TextDecoder('utf-16be').decode(buf.subarray(2)), 'utf8');
  // UTF-16 without a BOM: JSON starts with ASCII, so every other byte of the first characters is zero.
  if (buf.length >= 4 && buf[0] !== 0 && buf[1] === 0 && buf[2] !== 0 && buf[3] === 0) {
    return Buffer.from(new TextDecoder('utf-16le').decode(buf), 'utf8');
  }
  if (buf.length >= 4 && buf[0] === 0 && buf[1] !== 0 && buf[2] === 0 && buf[3] !== 0) {
    return Buffer.from(new TextDecoder('utf-16be').decode(buf), 'utf8');
  }
  const probe = buf.subarray(0, Math.min(buf.length, 8192));
  if (probe.includes(0)) throw new UserError(`${name}: binary data, not a JSON document`);
  return buf;
}

const COMMAND_PREFIX = Buffer.from('[command]');

/** Drops leading blank lines and the setup-terraform wrapper's `[command]/path/terraform show -json …` line. */
function skipPreamble(buf: Buffer): Buffer {
  let pos = 0;
  for (;;) {
    while (pos < buf.length && isSpace(buf[pos]!)) pos++;
    if (buf.subarray(pos, pos + COMMAND_PREFIX.length).equals(COMMAND_PREFIX)) {
      const eol = buf.indexOf(0x0a, pos);
      pos = eol < 0 ? buf.length : eol + 1;
      continue;
    }
    return buf.subarray(pos);
  }
}

export function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
}
