/**
 * Finds the top-level blocks of a `.tf` file (`resource "aws_s3_bucket" "logs" {`, `module "vpc" {`)
 * with their line ranges, the waiver comments with their lines, and the line of every comment. That
 * is all the scanner needs from HCL: where a resource or module call is declared, and the waiver
 * comments around it. Strings (with `${…}` templates that may hold braces and strings), heredocs and
 * comments are honoured so braces inside them never count. Iterative, with no recursion, so hostile nesting cannot overflow the stack.
 */

import { WAIVER_DIRECTIVE } from '../../src/waivers.js';

export interface HclBlock {
  kind: string;
  labels: string[];
  startLine: number;
  endLine: number;
}

export interface HclComment {
  line: number;
  text: string;
}

export interface HclScan {
  blocks: HclBlock[];
  /** The comments that hold the waiver directive (`cldscan:ignore`), whole. */
  comments: HclComment[];
  /**
   * The first line of every comment, in order: a run of comments above a block belongs to it, waiver
   * or not. Numbers, not objects: a hostile file of millions of comments costs megabytes, not seconds
   * and gigabytes.
   */
  commentLines: number[];
}

type Context =
  | { t: 'code'; depth: number; interp: boolean }
  | { t: 'string'; start: number }
  | { t: 'heredoc'; marker: string };

/**
 * Templates nest strings in expressions in strings: real files nest a few levels. Deeper, a `${`
 * is read as text, so a hostile file cannot grow the scanner's stack (and memory) with its length.
 */
const MAX_NESTING = 256;

export function scanHcl(src: string): HclScan {
  const blocks: HclBlock[] = [];
  const comments: HclComment[] = [];
  const commentLines: number[] = [];
  // Where the next waiver directive is, at or after the comment being read (src.length: none). Each
  // search starts past where the previous one ended, so all of them together read the file once.
  let directive = -1;
  const comment = (start: number, end: number, text: () => string) => {
    commentLines.push(line);
    if (directive < start) {
      directive = src.indexOf(WAIVER_DIRECTIVE, start);
      if (directive < 0) directive = src.length;
    }
    if (directive + WAIVER_DIRECTIVE.length <= end) comments.push({ line, text: text() });
  };
  const root: Context = { t: 'code', depth: 0, interp: false };
  const stack: Context[] = [root];
  let line = 1;
  let header: string[] = [];
  let headerOk = true;
  let open: { kind: string; labels: string[]; startLine: number } | undefined;
  const n = src.length;
  let i = 0;

  const atTop = () => stack.length === 1 && root.t === 'code' && root.depth === 0;

  while (i < n) {
    const ctx = stack[stack.length - 1]!;
    const c = src[i]!;

    if (ctx.t === 'heredoc') {
      const eol = src.indexOf('\n', i);
      const end = eol < 0 ? n : eol;
      if (src.slice(i, end).trim() === ctx.marker) stack.pop();
      if (eol < 0) break;
      line++;
      i = eol + 1;
      continue;
    }

    if (ctx.t === 'string') {
      if (c === '\\') {
        i += 2;
        continue;
      }
      if (c === '\n') {
        // An unterminated quoted string ends at the line end in HCL; recover there.
        stack.pop();
        continue;
      }
      if (c === '"') {
        stack.pop();
        if (atTop()) header.push(unquote(src.slice(ctx.start + 1, i)));
        i++;
        continue;
      }
      if ((c === '$' || c === '%') && src[i + 1] === c && src[i + 2] === '{') {
        i += 3;
        continue;
      }
      if ((c === '$' || c === '%') && src[i + 1] === '{' && stack.length < MAX_NESTING) {
        stack.push({ t: 'code', depth: 0, interp: true });
        i += 2;
        continue;
      }
      i++;
      continue;
    }

    // code
    if (c === '\n') {
      line++;
      if (atTop()) {
        header = [];
        headerOk = true;
      }
      i++;
      continue;
    }
    if (c === '#' || (c === '/' && src[i + 1] === '/')) {
      const eol = src.indexOf('\n', i);
      const end = eol < 0 ? n : eol;
      comment(i, end, () => src.slice(i, src.charCodeAt(end - 1) === 13 ? end - 1 : end));
      i = end;
      continue;
    }
    if (c === '/' && src[i + 1] === '*') {
      const close = src.indexOf('*/', i + 2);
      const end = close < 0 ? n : close + 2;
      comment(i, end, () => src.slice(i, end));
      for (let k = i; k < end; k++) if (src.charCodeAt(k) === 10) line++;
      i = end;
      continue;
    }
    if (c === '"') {
      stack.push({ t: 'string', start: i });
      i++;
      continue;
    }
    if (c === '<' && src[i + 1] === '<') {
      const m = /^<<-?([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?\n/.exec(src.slice(i, i + 200));
      if (m) {
        stack.push({ t: 'heredoc', marker: m[1]! });
        line++;
        i += m[0].length;
        continue;
      }
    }
    if (c === '{') {
      if (atTop() && headerOk && header.length > 0) open = { kind: header[0]!, labels: header.slice(1), startLine: line };
      (ctx as { depth: number }).depth++;
      i++;
      continue;
    }
    if (c === '}') {
      if (ctx.interp && ctx.depth === 0) {
        stack.pop();
        i++;
        continue;
      }
      if (ctx.depth > 0) ctx.depth--;
      if (atTop()) {
        if (open) blocks.push({ ...open, endLine: line });
        open = undefined;
        header = [];
      }
      i++;
      continue;
    }
    if (atTop()) {
      const m = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(src.slice(i, i + 256));
      if (m) {
        header.push(m[0]);
        i += m[0].length;
        continue;
      }
      if (c !== ' ' && c !== '\t' && c !== '\r') headerOk = false;
    }
    i++;
  }
  return { blocks, comments, commentLines };
}

function unquote(body: string): string {
  try {
    return JSON.parse(`"${body}"`) as string;
  } catch {
    return body;
  }
}
