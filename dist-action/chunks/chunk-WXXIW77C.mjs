import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  LIMITS,
  formatBytes
} from "./chunk-VD5S6TE7.mjs";
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

// src/input/json-scan.ts
import { constants } from "node:buffer";

// src/input/json-bytes.ts
var QUOTE = 34;
var BACKSLASH = 92;
var OPEN_BRACE = 123;
var CLOSE_BRACE = 125;
var OPEN_BRACKET = 91;
var CLOSE_BRACKET = 93;
var COMMA = 44;
var COLON = 58;
var NEWLINE = 10;

// src/input/json-scan.ts
var BEFORE_KEY = Buffer.from('"before"');
var MAX_DEPTH = LIMITS.jsonDepth;
var STRUCTURAL = new Uint8Array(256);
for (const b of [34, 123, 125, 91, 93]) STRUCTURAL[b] = 1;
var RECORD = 4;
var JsonScanner = class {
  constructor(buf, name) {
    this.buf = buf;
    this.name = name;
  }
  buf;
  name;
  /** Indexes the members of the top-level object. Rejects anything but a single object (trailing workflow-command lines excepted). */
  topLevelObject() {
    const { buf } = this;
    let pos = this.ws(0);
    if (buf[pos] !== OPEN_BRACE) this.fail(pos, "expected a JSON object");
    const members = this.objectMembers(pos, true);
    this.expectEnd(members.end);
    return members.members;
  }
  /** The top level is an array: its elements' spans. */
  topLevelArray() {
    const pos = this.ws(0);
    if (this.buf[pos] !== OPEN_BRACKET) this.fail(pos, "expected a JSON array");
    const spans = [];
    const end = this.arrayElements({ start: pos, end: -1 }, (s) => spans.push(s));
    this.expectEnd(end);
    return spans;
  }
  /**
   * JSON lines (`gcloud asset export`, AWS Config JSON lines): one object per line. Returns each
   * object's span; any line that is not a complete object is an error with its line number.
   */
  jsonLines() {
    const { buf } = this;
    const spans = [];
    let pos = this.ws(0);
    while (pos < buf.length) {
      if (buf[pos] !== OPEN_BRACE) this.fail(pos, "expected a JSON object at the start of the line");
      const end = this.skipValue(pos);
      spans.push({ start: pos, end });
      let next = end;
      while (next < buf.length && (buf[next] === 32 || buf[next] === 9 || buf[next] === 13)) next++;
      if (next < buf.length && buf[next] !== 10) this.fail(next, "expected one JSON object per line");
      pos = this.ws(next);
    }
    return spans;
  }
  /**
   * Indexes the members of the object starting at `pos` (which must be `{`). With `recordArrays`,
   * the elements of array members are noted on the way, so that walking them later (a plan's
   * resource_changes: half the file) does not scan their bytes a second time.
   */
  objectMembers(pos, recordArrays = false) {
    const { buf } = this;
    const members = /* @__PURE__ */ new Map();
    pos = this.ws(pos + 1);
    if (buf[pos] === CLOSE_BRACE) return { members, end: pos + 1 };
    for (; ; ) {
      if (buf[pos] !== QUOTE) this.fail(pos, "expected a member name");
      const keyEnd = this.skipString(pos);
      const key = this.parse({ start: pos, end: keyEnd });
      pos = this.ws(keyEnd);
      if (buf[pos] !== COLON) this.fail(pos, "expected ':'");
      const start = this.ws(pos + 1);
      const end = recordArrays && buf[start] === OPEN_BRACKET ? this.skipArrayRecording(start) : this.skipValue(start);
      members.set(key, { start, end });
      pos = this.ws(end);
      if (buf[pos] === COMMA) {
        pos = this.ws(pos + 1);
        continue;
      }
      if (buf[pos] === CLOSE_BRACE) return { members, end: pos + 1 };
      this.fail(pos, "expected ',' or '}'");
    }
  }
  /**
   * Calls `each` with the span of every element of the array at `span.start`; returns the end.
   * Elements are found structurally, so the caller decides which ones to parse.
   */
  arrayElements(span, each) {
    const it = this.elements(span);
    let index = 0;
    for (let step = it.next(); ; step = it.next()) {
      if (step.done) return step.value;
      each(step.value, index++);
    }
  }
  /** The elements of the array at `span.start`, one by one; the generator's return value is the array's end. */
  *elements(span) {
    const { buf } = this;
    let pos = span.start;
    const bounds = this.recorded.get(pos);
    const recordedEnd = bounds && this.recordedArrayEnd(pos, bounds);
    if (bounds && recordedEnd !== void 0) {
      for (let k = 0; k < bounds.length; k += RECORD) {
        const beforeStart = bounds[k + 2];
        yield beforeStart < 0 ? { start: bounds[k], end: bounds[k + 1] } : { start: bounds[k], end: bounds[k + 1], before: { start: beforeStart, end: bounds[k + 3] } };
      }
      return recordedEnd;
    }
    if (buf[pos] !== OPEN_BRACKET) this.fail(pos, "expected an array");
    pos = this.ws(pos + 1);
    if (buf[pos] === CLOSE_BRACKET) return pos + 1;
    for (; ; ) {
      const end = this.skipValue(pos);
      yield { start: pos, end };
      pos = this.ws(end);
      if (buf[pos] === COMMA) {
        pos = this.ws(pos + 1);
        continue;
      }
      if (buf[pos] === CLOSE_BRACKET) return pos + 1;
      this.fail(pos, "expected ',' or ']'");
    }
  }
  /** The value at `span`; with `without` (a value inside it), that value read as null. */
  parse(span, without) {
    const { buf } = this;
    if (span.end - span.start > MAX_STRING_LENGTH) this.fail(span.start, tooLongForAString(span));
    const text = without ? `${buf.toString("utf8", span.start, without.start)}null${buf.toString("utf8", without.end, span.end)}` : buf.toString("utf8", span.start, span.end);
    try {
      return parseJsonText(text);
    } catch (err) {
      if (err === OUT_OF_RANGE) this.fail(span.start, OUT_OF_RANGE.message);
      const at = errorPosition(err);
      this.fail(at === void 0 ? span.start : span.start + Buffer.byteLength(text.slice(0, at)), parseErrorReason(err));
    }
  }
  isNull(span) {
    return span.end - span.start === 4 && this.buf[span.start] === 110;
  }
  /** 1-based line of a byte offset (for pointing into the input when no source file is found). */
  lineAt(offset) {
    return this.lines().lineAt(offset);
  }
  lineIndex;
  lines() {
    this.lineIndex ??= new LineIndex(this.buf);
    return this.lineIndex;
  }
  skipValue(pos) {
    const { buf } = this;
    const c = buf[pos];
    if (c === QUOTE) return this.skipString(pos);
    if (c === OPEN_BRACE || c === OPEN_BRACKET) return this.skipContainer(pos);
    if (c === void 0) this.fail(pos, "unexpected end of data");
    let end = pos;
    while (end < buf.length) {
      const b = buf[end];
      if (b === COMMA || b === CLOSE_BRACE || b === CLOSE_BRACKET || isSpace(b)) break;
      end++;
    }
    const token = end - pos <= 64 ? buf.toString("latin1", pos, end) : "";
    if (!/^(true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?)$/.test(token)) {
      this.fail(pos, "unexpected characters where a value should be (a string, number, true, false or null)");
    }
    return end;
  }
  /**
   * For each object or array directly inside the arrays skipped by skipArrayRecording, by the
   * array's start: its start and end, and the start and end of a `before` member's container value
   * one level inside it (-1 when there is none).
   */
  recorded = /* @__PURE__ */ new Map();
  /** skipContainer for an array, noting where its object and array elements start and end. */
  skipArrayRecording(pos) {
    const bounds = [];
    const end = this.skipContainer(pos, bounds);
    this.recorded.set(pos, bounds);
    return end;
  }
  /**
   * The end of a recorded array when nothing but whitespace and commas lies between its recorded
   * elements, so they are all of its elements; undefined otherwise (scalar elements, a missing
   * comma): the array is then walked as usual, which reports what is wrong.
   */
  recordedArrayEnd(start, bounds) {
    const { buf } = this;
    let pos = this.ws(start + 1);
    for (let k = 0; k < bounds.length; k += RECORD) {
      if (k > 0) {
        if (buf[pos] !== COMMA) return void 0;
        pos = this.ws(pos + 1);
      }
      if (pos !== bounds[k]) return void 0;
      pos = this.ws(bounds[k + 1]);
    }
    return buf[pos] === CLOSE_BRACKET ? pos + 1 : void 0;
  }
  skipString(pos) {
    const { buf } = this;
    const len = buf.length;
    for (let i = pos + 1; i < len; i++) {
      const b = buf[i];
      if (b === QUOTE) return i + 1;
      if (b === BACKSLASH) i++;
    }
    return this.fail(len, "unexpected end of data inside a string");
  }
  /**
   * The end of the object or array at `pos`. With `bounds`, for each object or array directly inside
   * it: where it starts and ends, and where the container value of a `before` member one level
   * further in starts and ends (-1, -1 when there is none), RECORD numbers each.
   */
  skipContainer(pos, bounds) {
    const { buf } = this;
    const expected = [];
    const len = buf.length;
    let beforeStart = -1;
    let beforeEnd = -1;
    let i = pos;
    while (i < len) {
      while (i < len && STRUCTURAL[buf[i]] === 0) i++;
      if (i >= len) break;
      const b = buf[i];
      if (b === QUOTE) {
        const end = this.skipString(i);
        if (bounds && expected.length === 3 && beforeStart < 0 && end - i === BEFORE_KEY.length && buf.compare(BEFORE_KEY, 0, BEFORE_KEY.length, i, end) === 0) {
          const colon = this.ws(end);
          const value = buf[colon] === COLON ? this.ws(colon + 1) : -1;
          if (value >= 0 && (buf[value] === OPEN_BRACE || buf[value] === OPEN_BRACKET)) beforeStart = value;
        }
        i = end;
        continue;
      }
      if (b === OPEN_BRACE || b === OPEN_BRACKET) {
        if (bounds && expected.length === 1) {
          bounds.push(i);
          beforeStart = beforeEnd = -1;
        }
        expected.push(b === OPEN_BRACE ? CLOSE_BRACE : CLOSE_BRACKET);
        if (expected.length > MAX_DEPTH) this.fail(i, `nested more than ${MAX_DEPTH} levels deep`);
      } else {
        if (expected.pop() !== b) this.fail(i, `unexpected '${String.fromCharCode(b)}'`);
        if (expected.length === 0) return i + 1;
        if (bounds && expected.length === 3 && beforeStart >= 0 && beforeEnd < 0) beforeEnd = i + 1;
        if (bounds && expected.length === 1) bounds.push(i + 1, beforeStart, beforeStart < 0 ? -1 : beforeEnd);
      }
      i++;
    }
    return this.fail(len, "unexpected end of data: the JSON is truncated");
  }
  ws(pos) {
    const { buf } = this;
    while (pos < buf.length && isSpace(buf[pos])) pos++;
    return pos;
  }
  /** After the document: only whitespace, or GitHub workflow-command lines (`::debug::…`) from setup-terraform's wrapper. */
  expectEnd(pos) {
    const { buf } = this;
    for (; ; ) {
      pos = this.ws(pos);
      if (pos >= buf.length) return;
      if (buf[pos] === COLON && buf[pos + 1] === COLON) {
        const eol = buf.indexOf(10, pos);
        if (eol < 0) return;
        pos = eol + 1;
        continue;
      }
      this.fail(pos, "unexpected data after the end of the JSON document");
    }
  }
  fail(pos, what) {
    const where = pos >= this.buf.length ? "at the end of the file" : `at line ${this.lineAt(pos)}`;
    const truncated = pos >= this.buf.length && !what.includes("truncated") ? " (the JSON is truncated)" : "";
    throw new UserError(`${this.name}: invalid JSON ${where}: ${what}${truncated}`);
  }
};
var MAX_STRING_LENGTH = constants.MAX_STRING_LENGTH;
function tooLongForAString(span) {
  return `a single value of ${span.end - span.start} bytes, more than the ${MAX_STRING_LENGTH} characters a string can hold here`;
}
var OUT_OF_RANGE = new Error("a number beyond the range of a 64-bit float (such as 1e999)");
var MAY_OVERFLOW = /[eE]\+?\d{3}|(?<!\d)\d{309}/;
function parseJsonText(text) {
  if (!MAY_OVERFLOW.test(text)) return JSON.parse(text);
  return JSON.parse(text, (_key, value) => {
    if (typeof value === "number" && !Number.isFinite(value)) throw OUT_OF_RANGE;
    return value;
  });
}
function parseErrorReason(err) {
  const message = err instanceof Error ? err.message : String(err);
  const kind = /^(Unexpected token|Unexpected end of JSON input|Unterminated string|Bad control character in string literal|Bad escaped character|Bad Unicode escape|Unexpected non-whitespace character after JSON|Exponent part is missing a number|No number after minus sign|Unterminated fractional number|Unexpected number|Unexpected string)/.exec(message)?.[1];
  return kind ? kind.charAt(0).toLowerCase() + kind.slice(1) : "not valid JSON";
}
function errorPosition(err) {
  const m = err instanceof Error ? / at position (\d+)/.exec(err.message) : null;
  return m ? Number(m[1]) : void 0;
}
var LineIndex = class {
  starts = [0];
  constructor(buf) {
    for (let i = buf.indexOf(10); i >= 0; i = buf.indexOf(10, i + 1)) this.starts.push(i + 1);
  }
  lineAt(offset) {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
};

export {
  decodeJsonBytes,
  isSpace,
  QUOTE,
  BACKSLASH,
  OPEN_BRACE,
  CLOSE_BRACE,
  OPEN_BRACKET,
  CLOSE_BRACKET,
  COMMA,
  COLON,
  NEWLINE,
  MAX_DEPTH,
  JsonScanner,
  tooLongForAString,
  OUT_OF_RANGE,
  parseJsonText,
  parseErrorReason,
  errorPosition
};
