import { constants } from 'node:buffer';
import { UserError } from '../errors.js';
import { LIMITS } from '../limits.js';
import { isSpace } from './decode.js';
import { QUOTE, BACKSLASH, OPEN_BRACE, CLOSE_BRACE, OPEN_BRACKET, CLOSE_BRACKET, COMMA, COLON } from './json-bytes.js';

/**
 * Structural JSON scanning over bytes. Large plans are read section by section: the top level is
 * indexed without building objects, then only the sections a reader needs are parsed, and big
 * arrays (resource_changes, configuration items) element by element. This keeps a 100 MB plan from
 * being materialised twice and lets files beyond V8's string limit be read at all.
 *
 * Strings and bracket nesting are checked on every byte; scalars outside parsed sections are only
 * checked for their characters. Sections that are parsed are fully validated by JSON.parse.
 *
 * A plan's `change.before` (a whole copy of each resource as it was) is found on the same pass and
 * read as null: no reader needs it, and parsing it was a third of the work of reading a plan.
 */

export interface Span {
  start: number;
  end: number;
}

/** An element of a top-level array, with the value of a `before` member one level inside it, when there is one (a plan's `change.before`). */
export interface ElementSpan extends Span {
  before?: Span;
}

/** `"before"`, as bytes. */
const BEFORE_KEY = Buffer.from('"before"');

/**
 * Deeper nesting is refused: real plans and inventories nest a few dozen levels, and the readers
 * that walk values recursively must never meet a document built to exhaust the stack.
 */
export const MAX_DEPTH = LIMITS.jsonDepth;
/** Bytes that change the structure: quotes and brackets. */
const STRUCTURAL = new Uint8Array(256);
for (const b of [0x22, 0x7b, 0x7d, 0x5b, 0x5d]) STRUCTURAL[b] = 1;
/** Numbers noted per element of a recorded array: start, end, and the `before` value's start and end. */
const RECORD = 4;

export class JsonScanner {
  constructor(
    readonly buf: Buffer,
    private readonly name: string,
  ) {}

  /** Indexes the members of the top-level object. Rejects anything but a single object (trailing workflow-command lines excepted). */
  topLevelObject(): Map<string, Span> {
    const { buf } = this;
    let pos = this.ws(0);
    if (buf[pos] !== OPEN_BRACE) this.fail(pos, 'expected a JSON object');
    const members = this.objectMembers(pos, true);
    this.expectEnd(members.end);
    return members.members;
  }

  /** The top level is an array: its elements' spans. */
  topLevelArray(): Span[] {
    const pos = this.ws(0);
    if (this.buf[pos] !== OPEN_BRACKET) this.fail(pos, 'expected a JSON array');
    const spans: Span[] = [];
    const end = this.arrayElements({ start: pos, end: -1 }, (s) => spans.push(s));
    this.expectEnd(end);
    return spans;
  }

  /**
   * JSON lines (`gcloud asset export`, AWS Config JSON lines): one object per line. Returns each
   * object's span; any line that is not a complete object is an error with its line number.
   */
  jsonLines(): Span[] {
    const { buf } = this;
    const spans: Span[] = [];
    let pos = this.ws(0);
    while (pos < buf.length) {
      if (buf[pos] !== OPEN_BRACE) this.fail(pos, 'expected a JSON object at the start of the line');
      const end = this.skipValue(pos);
      spans.push({ start: pos, end });
      let next = end;
      while (next < buf.length && (buf[next] === 0x20 || buf[next] === 0x09 || buf[next] === 0x0d)) next++;
      if (next < buf.length && buf[next] !== 0x0a) this.fail(next, 'expected one JSON object per line');
      pos = this.ws(next);
    }
    return spans;
  }

  /**
   * Indexes the members of the object starting at `pos` (which must be `{`). With `recordArrays`,
   * the elements of array members are noted on the way, so that walking them later (a plan's
   * resource_changes: half the file) does not scan their bytes a second time.
   */
  objectMembers(pos: number, recordArrays = false): { members: Map<string, Span>; end: number } {
    const { buf } = this;
    const members = new Map<string, Span>();
    pos = this.ws(pos + 1);
    if (buf[pos] === CLOSE_BRACE) return { members, end: pos + 1 };
    for (;;) {
      if (buf[pos] !== QUOTE) this.fail(pos, 'expected a member name');
      const keyEnd = this.skipString(pos);
      const key = this.parse<string>({ start: pos, end: keyEnd });
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
  arrayElements(span: Span, each: (element: Span, index: number) => void): number {
    const it = this.elements(span);
    let index = 0;
    for (let step = it.next(); ; step = it.next()) {
      if (step.done) return step.value;
      each(step.value, index++);
    }
  }

  /** The elements of the array at `span.start`, one by one; the generator's return value is the array's end. */
  *elements(span: Span): Generator<ElementSpan, number> {
    const { buf } = this;
    let pos = span.start;
    const bounds = this.recorded.get(pos);
    const recordedEnd = bounds && this.recordedArrayEnd(pos, bounds);
    if (bounds && recordedEnd !== undefined) {
      for (let k = 0; k < bounds.length; k += RECORD) {
        const beforeStart = bounds[k + 2]!;
        yield beforeStart < 0 ? { start: bounds[k]!, end: bounds[k + 1]! } : { start: bounds[k]!, end: bounds[k + 1]!, before: { start: beforeStart, end: bounds[k + 3]! } };
      }
      return recordedEnd;
    }
    if (buf[pos] !== OPEN_BRACKET) this.fail(pos, 'expected an array');
    pos = this.ws(pos + 1);
    if (buf[pos] === CLOSE_BRACKET) return pos + 1;
    for (;;) {
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
  parse<T = unknown>(span: Span, without?: Span): T {
    const { buf } = this;
    if (span.end - span.start > MAX_STRING_LENGTH) this.fail(span.start, tooLongForAString(span));
    const text = without
      ? `${buf.toString('utf8', span.start, without.start)}null${buf.toString('utf8', without.end, span.end)}`
      : buf.toString('utf8', span.start, span.end);
    try {
      return parseJsonText(text) as T;
    } catch (err) {
      if (err === OUT_OF_RANGE) this.fail(span.start, OUT_OF_RANGE.message);
      // Where V8 says the error is (a character offset; approximate after a value read as null).
      const at = errorPosition(err);
      this.fail(at === undefined ? span.start : span.start + Buffer.byteLength(text.slice(0, at)), parseErrorReason(err));
    }
  }

  isNull(span: Span): boolean {
    return span.end - span.start === 4 && this.buf[span.start] === 0x6e;
  }

  /** 1-based line of a byte offset (for pointing into the input when no source file is found). */
  lineAt(offset: number): number {
    return this.lines().lineAt(offset);
  }

  private lineIndex?: LineIndex;
  private lines(): LineIndex {
    this.lineIndex ??= new LineIndex(this.buf);
    return this.lineIndex;
  }

  private skipValue(pos: number): number {
    const { buf } = this;
    const c = buf[pos];
    if (c === QUOTE) return this.skipString(pos);
    if (c === OPEN_BRACE || c === OPEN_BRACKET) return this.skipContainer(pos);
    if (c === undefined) this.fail(pos, 'unexpected end of data');
    let end = pos;
    while (end < buf.length) {
      const b = buf[end]!;
      if (b === COMMA || b === CLOSE_BRACE || b === CLOSE_BRACKET || isSpace(b)) break;
      end++;
    }
    // Only short tokens can be literals or numbers; the test stays cheap on a hostile megabyte-long one.
    const token = end - pos <= 64 ? buf.toString('latin1', pos, end) : '';
    if (!/^(true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?)$/.test(token)) {
      // The token is not quoted back: it may be a secret written without quotes.
      this.fail(pos, 'unexpected characters where a value should be (a string, number, true, false or null)');
    }
    return end;
  }

  /**
   * For each object or array directly inside the arrays skipped by skipArrayRecording, by the
   * array's start: its start and end, and the start and end of a `before` member's container value
   * one level inside it (-1 when there is none).
   */
  private readonly recorded = new Map<number, number[]>();

  /** skipContainer for an array, noting where its object and array elements start and end. */
  private skipArrayRecording(pos: number): number {
    const bounds: number[] = [];
    const end = this.skipContainer(pos, bounds);
    this.recorded.set(pos, bounds);
    return end;
  }

  /**
   * The end of a recorded array when nothing but whitespace and commas lies between its recorded
   * elements, so they are all of its elements; undefined otherwise (scalar elements, a missing
   * comma): the array is then walked as usual, which reports what is wrong.
   */
  private recordedArrayEnd(start: number, bounds: readonly number[]): number | undefined {
    const { buf } = this;
    let pos = this.ws(start + 1);
    for (let k = 0; k < bounds.length; k += RECORD) {
      if (k > 0) {
        if (buf[pos] !== COMMA) return undefined;
        pos = this.ws(pos + 1);
      }
      if (pos !== bounds[k]) return undefined;
      pos = this.ws(bounds[k + 1]!);
    }
    return buf[pos] === CLOSE_BRACKET ? pos + 1 : undefined;
  }

  private skipString(pos: number): number {
    const { buf } = this;
    const len = buf.length;
    // A byte loop beats a native indexOf call per string: plans hold millions of short strings.
    for (let i = pos + 1; i < len; i++) {
      const b = buf[i];
      if (b === QUOTE) return i + 1;
      if (b === BACKSLASH) i++;
    }
    return this.fail(len, 'unexpected end of data inside a string');
  }

  /**
   * The end of the object or array at `pos`. With `bounds`, for each object or array directly inside
   * it: where it starts and ends, and where the container value of a `before` member one level
   * further in starts and ends (-1, -1 when there is none), RECORD numbers each.
   */
  private skipContainer(pos: number, bounds?: number[]): number {
    const { buf } = this;
    const expected: number[] = [];
    const len = buf.length;
    let beforeStart = -1;
    let beforeEnd = -1;
    let i = pos;
    while (i < len) {
      // Most bytes outside strings matter not at all: step over them with one table lookup each.
      while (i < len && STRUCTURAL[buf[i]!] === 0) i++;
      if (i >= len) break;
      const b = buf[i]!;
      if (b === QUOTE) {
        const end = this.skipString(i);
        // Inside an element's object (a plan's `change`), a `before` key whose value is a container.
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
    return this.fail(len, 'unexpected end of data: the JSON is truncated');
  }

  private ws(pos: number): number {
    const { buf } = this;
    while (pos < buf.length && isSpace(buf[pos]!)) pos++;
    return pos;
  }

  /** After the document: only whitespace, or GitHub workflow-command lines (`::debug::…`) from setup-terraform's wrapper. */
  private expectEnd(pos: number): void {
    const { buf } = this;
    for (;;) {
      pos = this.ws(pos);
      if (pos >= buf.length) return;
      if (buf[pos] === COLON && buf[pos + 1] === COLON) {
        const eol = buf.indexOf(0x0a, pos);
        if (eol < 0) return;
        pos = eol + 1;
        continue;
      }
      this.fail(pos, 'unexpected data after the end of the JSON document');
    }
  }

  private fail(pos: number, what: string): never {
    const where = pos >= this.buf.length ? 'at the end of the file' : `at line ${this.lineAt(pos)}`;
    const truncated = pos >= this.buf.length && !what.includes('truncated') ? ' (the JSON is truncated)' : '';
    throw new UserError(`${this.name}: invalid JSON ${where}: ${what}${truncated}`);
  }
}

/** V8 cannot make a string longer than this: a section that large is refused with a reason, not a crash. */
const MAX_STRING_LENGTH = constants.MAX_STRING_LENGTH;

export function tooLongForAString(span: Span): string {
  return `a single value of ${span.end - span.start} bytes, more than the ${MAX_STRING_LENGTH} characters a string can hold here`;
}

/**
 * Thrown by parseJsonText for a number beyond a double's range. The line given is that of the value
 * being parsed (a plan's resource change, an inventory record), not of the number itself.
 */
export const OUT_OF_RANGE = new Error('a number beyond the range of a 64-bit float (such as 1e999)');

/** Where a number beyond a double's range could be: an exponent of three digits or more, or 309 digits in a row (only where a run starts, so the test stays linear). */
const MAY_OVERFLOW = /[eE]\+?\d{3}|(?<!\d)\d{309}/;

/**
 * JSON.parse, refusing numbers beyond a double's range: JSON.parse reads `1e999` as Infinity, which
 * every comparison takes for a very large number (a retention of 1e999 days would pass as "kept
 * long enough", a size of -1e999 as small enough). The reviver, which costs, runs only on text
 * where such a number could be.
 */
export function parseJsonText(text: string): unknown {
  if (!MAY_OVERFLOW.test(text)) return JSON.parse(text);
  return JSON.parse(text, (_key, value: unknown) => {
    if (typeof value === 'number' && !Number.isFinite(value)) throw OUT_OF_RANGE;
    return value;
  });
}

/**
 * What JSON.parse found wrong, without the excerpt of the input V8 quotes in its message
 * (`Unexpected token 'h', ..."assword": hunter2"...`): the input may hold secrets, and error
 * messages go to logs that nothing redacts.
 */
export function parseErrorReason(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const kind = /^(Unexpected token|Unexpected end of JSON input|Unterminated string|Bad control character in string literal|Bad escaped character|Bad Unicode escape|Unexpected non-whitespace character after JSON|Exponent part is missing a number|No number after minus sign|Unterminated fractional number|Unexpected number|Unexpected string)/.exec(message)?.[1];
  return kind ? kind.charAt(0).toLowerCase() + kind.slice(1) : 'not valid JSON';
}

/** The character offset V8 gives for some JSON errors (`… in JSON at position 17`). */
export function errorPosition(err: unknown): number | undefined {
  const m = err instanceof Error ? / at position (\d+)/.exec(err.message) : null;
  return m ? Number(m[1]) : undefined;
}

/** Newline offsets, computed once, for turning byte offsets into line numbers. */
class LineIndex {
  private readonly starts: number[] = [0];
  constructor(buf: Buffer) {
    for (let i = buf.indexOf(0x0a); i >= 0; i = buf.indexOf(0x0a, i + 1)) this.starts.push(i + 1);
  }
  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}
