/**
 * Text from inputs (resource ids, messages that quote names and values, file names of the source
 * tree, waiver reasons) made safe for where reports land: a pull-request comment or job summary
 * (GitHub Markdown) and a terminal or CI log. A fork's pull request writes these strings: in
 * Markdown they must not mention anyone, link, embed an image, inject HTML, break out of a code
 * span or split a table cell; in a terminal they must not move the cursor, recolour, rewrite lines
 * or reorder text.
 */

/** Zero-width space: breaks what GitHub would turn into a mention, an issue link or an autolink, invisibly. */
const BREAK = '\u200b';

/**
 * C0 and C1 controls, DEL, and the characters that reorder or hide text (bidirectional overrides
 * and isolates, line and paragraph separators).
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Markdown: a line break or tab becomes a space (a cell stays on its row); any other control a visible replacement character. */
function flatten(s: string): string {
  return s.replace(/[\t\n\r]/g, ' ').replace(CONTROL, '\ufffd');
}

/**
 * Every ASCII punctuation character, as CommonMark lets it be escaped with a backslash (and then it
 * means nothing); a zero-width space after `@` and `#`. Undefined for the other characters.
 */
const PUNCTUATION_ESCAPES: Array<string | undefined> = [];
for (const [from, to] of [[0x21, 0x2f], [0x3a, 0x40], [0x5b, 0x60], [0x7b, 0x7e]] as const) {
  for (let c: number = from; c <= to; c++) PUNCTUATION_ESCAPES[c] = `\\${String.fromCharCode(c)}${c === 0x40 || c === 0x23 ? BREAK : ''}`;
}

/** A loop, not `replace(/…/g, '\\$&')`: text made of punctuation cost a quarter of a second per megabyte that way. */
function escapePunctuation(s: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const escaped = PUNCTUATION_ESCAPES[s.charCodeAt(i)];
    if (escaped === undefined) continue;
    out += s.slice(last, i) + escaped;
    last = i + 1;
  }
  return last === 0 ? s : out + s.slice(last);
}

/**
 * Inline Markdown text, safe anywhere: in a paragraph, a list item, a quote or a table cell. Every
 * ASCII punctuation character is backslash-escaped (no emphasis, link, image, HTML, code span,
 * heading or cell separator can start; every backslash is then paired, so a table row splits only
 * at its own pipes). GitHub links mentions, issue numbers and URLs in the rendered text whatever the
 * escaping: a zero-width space after `@` and `#`, inside `://` and after `www`, prevents it.
 */
export function markdownText(s: string): string {
  return escapePunctuation(flatten(s))
    .replace(/\\:\\\/\\\//g, `\\:${BREAK}\\/\\/`)
    .replace(/\b(www)\\\./gi, `$1${BREAK}\\.`);
}

/**
 * A Markdown code span holding `s` exactly (an id, a path), safe anywhere, table cells included.
 * Nothing inside a code span is Markdown, HTML, a mention or a link; the fence is one backtick
 * longer than any run of backticks inside. Only pipes need care in a table: each is escaped, and
 * where a run of backslashes of odd length precedes it (which would pair with the escape and leave
 * the pipe bare), a zero-width space keeps them apart.
 */
export function markdownCode(s: string): string {
  const text = flatten(s);
  if (text === '') return '';
  let longest = 0;
  for (let i = 0, run = 0; i < text.length; i++) {
    run = text.charCodeAt(i) === 0x60 ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  const fence = '`'.repeat(longest + 1);
  let body = '';
  let slashes = 0;
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7c) {
      body += `${text.slice(last, i)}${slashes % 2 ? BREAK : ''}\\|`;
      last = i + 1;
    }
    slashes = c === 0x5c ? slashes + 1 : 0;
  }
  body += text.slice(last);
  // A space on each side when the text starts or ends with a backtick or a space, which a fence would otherwise eat.
  const pad = /^[` ]|[` ]$/.test(text) ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/**
 * Text for a terminal or a CI log: every control character (escape sequences, carriage returns
 * that rewrite a line, line feeds that forge one, bidirectional overrides) shown as a visible
 * escape (`\x1b`, `\n`, `\u202e`) instead of acting.
 */
export function terminalText(s: string): string {
  return s.replace(CONTROL, terminalEscape);
}

/** The visible escape of each control character, made once: text made of them would otherwise cost a string or two per character. */
const TERMINAL_ESCAPES = new Map<string, string>();
function terminalEscape(c: string): string {
  let escaped = TERMINAL_ESCAPES.get(c);
  if (escaped === undefined) {
    const code = c.charCodeAt(0);
    escaped = c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
    TERMINAL_ESCAPES.set(c, escaped);
  }
  return escaped;
}

/**
 * Text inside raw HTML in Markdown (a `<summary>` line, which GitHub does not read as Markdown):
 * the HTML specials as entities, and the same breaks as markdownText against mentions, issue
 * references and autolinks.
 */
export function htmlText(s: string): string {
  return flatten(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/[@#]/g, `$&${BREAK}`)
    .replace(/:\/\//g, `:${BREAK}//`)
    .replace(/\b(www)\./gi, `$1${BREAK}.`);
}
