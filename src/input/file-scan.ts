import { constants } from 'node:buffer';
import { closeSync, openSync, readSync } from 'node:fs';
import { UserError } from '../errors.js';
import { runSync, type Steps } from '../yield.js';
import { errorPosition, MAX_DEPTH, OUT_OF_RANGE, parseErrorReason, parseJsonText, tooLongForAString, type ElementSpan, type Span } from './json-scan.js';
import { QUOTE, BACKSLASH, OPEN_BRACE, CLOSE_BRACE, OPEN_BRACKET, CLOSE_BRACKET, COMMA, COLON, NEWLINE } from './json-bytes.js';

/**
 * The parts of a JSON document a reader needs: the top-level members, a section parsed on demand,
 * the elements of an array one by one. JsonScanner answers from a buffer holding the whole file;
 * FileScanner answers from the file itself, a chunk at a time, for plans too large to hold.
 */
export interface DocumentScanner {
  topLevelObject(): Map<string, Span>;
  /**
   * The value at `span`. `without` is a value inside it that the caller does not need: a scanner
   * may read it as null (JsonScanner does; this one, which never reports such values, reads all).
   */
  parse<T = unknown>(span: Span, without?: Span): T;
  elements(span: Span): Generator<ElementSpan, number>;
  isNull(span: Span): boolean;
  lineAt(offset: number): number;
}


/** Bytes that matter outside strings. */
const SIGNIFICANT = new Uint8Array(256);
for (const b of [QUOTE, OPEN_BRACE, CLOSE_BRACE, OPEN_BRACKET, CLOSE_BRACKET, COMMA, COLON, NEWLINE]) SIGNIFICANT[b] = 1;

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
}

/** What the walk yields after each chunk it has read: a point where the caller may pause. */
const CHUNK_READ = 0;

/** A value found directly inside the container being walked: its key (objects) and its span. */
interface Found {
  key?: Span;
  value: Span;
  line: number;
}

/**
 * Walks a JSON document in a file without reading it whole: memory stays at one chunk plus what
 * the caller keeps, whatever the file's size. Strings, bracket nesting and depth are checked on
 * every byte, as JsonScanner does; parsed sections are validated by JSON.parse.
 */
export class FileScanner implements DocumentScanner {
  private readonly fd: number;
  private readonly size: number;
  private readonly chunk: Buffer;
  /** Line of every value start found so far: element lines for pointing into the plan, without counting again. */
  private readonly lines = new Map<number, number>();

  constructor(
    file: string,
    size: number,
    private readonly base: number,
    private readonly name: string,
    chunkSize = 8 * 1024 * 1024,
  ) {
    this.fd = openSync(file, 'r');
    this.size = size;
    this.chunk = Buffer.allocUnsafe(Math.max(16, chunkSize));
  }

  close(): void {
    closeSync(this.fd);
  }

  topLevelObject(): Map<string, Span> {
    return runSync(this.topLevelSteps());
  }

  /**
   * topLevelObject, pausing after each chunk: indexing a plan of hundreds of megabytes reads all of
   * it, which would otherwise keep SIGINT/SIGTERM waiting for seconds.
   */
  *topLevelSteps(): Steps<Map<string, Span>> {
    const members = new Map<string, Span>();
    const gen = this.walk(this.base, 1, 'object');
    let step = gen.next();
    for (; !step.done; step = gen.next()) {
      const found = step.value;
      if (found === CHUNK_READ) yield;
      else members.set(this.parse<string>(found.key!), found.value);
    }
    this.expectEnd(step.value);
    return members;
  }

  *elements(span: Span): Generator<Span, number> {
    const gen = this.walk(span.start, this.lines.get(span.start) ?? this.countLines(span.start), 'array');
    for (let step = gen.next(); ; step = gen.next()) {
      if (step.done) return step.value;
      if (step.value !== CHUNK_READ) yield step.value.value;
    }
  }

  parse<T = unknown>(span: Span): T {
    if (span.end - span.start > constants.MAX_STRING_LENGTH) this.fail(span.start, tooLongForAString(span));
    const bytes = this.read(span.start, span.end - span.start);
    const text = bytes.toString('utf8');
    try {
      return parseJsonText(text) as T;
    } catch (err) {
      if (err === OUT_OF_RANGE) return this.fail(span.start, OUT_OF_RANGE.message);
      const at = errorPosition(err);
      return this.fail(at === undefined ? span.start : span.start + Buffer.byteLength(text.slice(0, at)), parseErrorReason(err));
    }
  }

  isNull(span: Span): boolean {
    return span.end - span.start === 4 && this.read(span.start, 1)[0] === 0x6e;
  }

  lineAt(offset: number): number {
    return this.lines.get(offset) ?? this.countLines(offset);
  }

  /**
   * The values directly inside the container (object or array) that starts at `start`, as they
   * are found; returns the container's end. One pass, one chunk in memory.
   */
  private *walk(start: number, startLine: number, kind: 'object' | 'array'): Generator<Found | typeof CHUNK_READ, number> {
    const { chunk, size } = this;
    const stack: number[] = [];
    let line = startLine;
    let inString = false;
    let escape = false;
    // Inside the container (depth 1): where the current key and value start, and the last byte of the value.
    let expectKey = false;
    let keyStart = -1;
    let keyEnd = -1;
    let valueStart = -1;
    let valueLine = 0;
    let valueEnd = -1;
    let sawColon = false;
    let pos = start;
    let opened = false;

    while (pos < size) {
      const n = readSync(this.fd, chunk, 0, Math.min(chunk.length, size - pos), pos);
      if (n <= 0) break;
      for (let i = 0; i < n; i++) {
        const b = chunk[i]!;
        const at = pos + i;
        if (inString) {
          if (escape) escape = false;
          else if (b === BACKSLASH) escape = true;
          else if (b === QUOTE) {
            inString = false;
            if (stack.length === 1) {
              if (keyStart >= 0 && keyEnd < 0) keyEnd = at + 1;
              else valueEnd = at + 1;
            }
          } else if (b === NEWLINE) line++;
          continue;
        }
        if (SIGNIFICANT[b] === 0) {
          if (stack.length === 1 && !isSpace(b)) {
            if (kind === 'object' && expectKey) this.fail(at, 'expected a member name');
            if (kind === 'object' && !sawColon) this.fail(at, "expected ':'");
            if (valueStart < 0) {
              valueStart = at;
              valueLine = line;
            }
            valueEnd = at + 1;
          } else if (stack.length === 0 && !isSpace(b)) this.fail(at, `expected ${kind === 'object' ? 'an object' : 'an array'}`);
          continue;
        }
        switch (b) {
          case NEWLINE:
            line++;
            break;
          case QUOTE:
            inString = true;
            if (stack.length === 1) {
              if (kind === 'object' && expectKey) {
                keyStart = at;
                keyEnd = -1;
                expectKey = false;
              } else {
                if (kind === 'object' && !sawColon) this.fail(at, "expected ':'");
                if (valueStart >= 0) this.fail(at, "expected ','");
                valueStart = at;
                valueLine = line;
              }
            } else if (stack.length === 0) this.fail(at, `expected ${kind === 'object' ? 'an object' : 'an array'}`);
            break;
          case OPEN_BRACE:
          case OPEN_BRACKET:
            if (stack.length === 0) {
              if (opened || b !== (kind === 'object' ? OPEN_BRACE : OPEN_BRACKET)) this.fail(at, `expected ${kind === 'object' ? 'an object' : 'an array'}`);
              opened = true;
              expectKey = kind === 'object';
            } else if (stack.length === 1) {
              if (kind === 'object' && (expectKey || !sawColon)) this.fail(at, 'expected a member name');
              if (valueStart >= 0) this.fail(at, "expected ','");
              valueStart = at;
              valueLine = line;
            }
            stack.push(b === OPEN_BRACE ? CLOSE_BRACE : CLOSE_BRACKET);
            if (stack.length > MAX_DEPTH) this.fail(at, `nested more than ${MAX_DEPTH} levels deep`);
            break;
          case CLOSE_BRACE:
          case CLOSE_BRACKET: {
            if (stack.pop() !== b) this.fail(at, `unexpected '${String.fromCharCode(b)}'`);
            if (stack.length === 1) valueEnd = at + 1;
            if (stack.length === 0) {
              if (valueStart >= 0) {
                yield this.found(keyStart, keyEnd, valueStart, valueEnd, valueLine);
              } else if (kind === 'object' && keyStart >= 0) this.fail(at, 'expected a value');
              return at + 1;
            }
            break;
          }
          case COMMA:
            if (stack.length === 0) this.fail(at, `expected ${kind === 'object' ? 'an object' : 'an array'}`);
            if (stack.length === 1) {
              if (valueStart < 0) this.fail(at, 'expected a value before the comma');
              yield this.found(keyStart, keyEnd, valueStart, valueEnd, valueLine);
              valueStart = keyStart = keyEnd = valueEnd = -1;
              sawColon = false;
              expectKey = kind === 'object';
            }
            break;
          case COLON:
            if (stack.length === 0) this.fail(at, `expected ${kind === 'object' ? 'an object' : 'an array'}`);
            if (stack.length === 1) {
              if (kind !== 'object' || keyEnd < 0 || sawColon) this.fail(at, "unexpected ':'");
              sawColon = true;
            }
            break;
        }
      }
      pos += n;
      yield CHUNK_READ;
    }
    return this.fail(size, 'unexpected end of data: the JSON is truncated');
  }

  private found(keyStart: number, keyEnd: number, valueStart: number, valueEnd: number, line: number): Found {
    this.lines.set(valueStart, line);
    const value = { start: valueStart, end: valueEnd };
    return keyStart >= 0 ? { key: { start: keyStart, end: keyEnd }, value, line } : { value, line };
  }

  /** After the document: whitespace, or GitHub workflow-command lines from setup-terraform's wrapper. */
  private expectEnd(from: number): void {
    let pos = from;
    let atLineStart = false;
    // Inside a `::workflow-command` line (which may span chunks): skipped to its end.
    let inCommand = false;
    while (pos < this.size) {
      const n = readSync(this.fd, this.chunk, 0, Math.min(this.chunk.length, this.size - pos), pos);
      if (n <= 0) break;
      for (let i = 0; i < n; i++) {
        const b = this.chunk[i]!;
        if (b === NEWLINE) {
          atLineStart = true;
          inCommand = false;
        } else if (inCommand || isSpace(b)) continue;
        else if (atLineStart && b === COLON) inCommand = true;
        else this.fail(pos + i, 'unexpected data after the end of the JSON document');
      }
      pos += n;
    }
  }

  private read(start: number, length: number): Buffer {
    const out = Buffer.allocUnsafe(length);
    let got = 0;
    while (got < length) {
      const n = readSync(this.fd, out, got, length - got, start + got);
      if (n <= 0) break;
      got += n;
    }
    return out.subarray(0, got);
  }

  /** 1-based line of an offset, counted from the start of the file (only for messages and rare lookups). */
  private countLines(offset: number): number {
    let line = 1;
    for (let pos = 0; pos < offset; ) {
      const n = readSync(this.fd, this.chunk, 0, Math.min(this.chunk.length, offset - pos), pos);
      if (n <= 0) break;
      for (let i = this.chunk.indexOf(NEWLINE, 0); i >= 0 && i < n; i = this.chunk.indexOf(NEWLINE, i + 1)) line++;
      pos += n;
    }
    return line;
  }

  private fail(pos: number, what: string): never {
    const where = pos >= this.size ? 'at the end of the file' : `at line ${this.countLines(pos)}`;
    throw new UserError(`${this.name}: invalid JSON ${where}: ${what}`);
  }
}
