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

/** Every ASCII punctuation character: CommonMark lets each be escaped with a backslash, and then it means nothing. */
const PUNCTUATION = /[!-/:-@[-`{-~]/g;

/**
 * Inline Markdown text, safe anywhere: in a paragraph, a list item, a quote or a table cell. Every
 * ASCII punctuation character is backslash-escaped (no emphasis, link, image, HTML, code span,
 * heading or cell separator can start; every backslash is then paired, so a table row splits only
 * at its own pipes). GitHub links mentions, issue numbers and URLs in the rendered text whatever the
 * escaping: a zero-width space after `@` and `#`, inside `://` and after `www`, prevents it.
 */
export function markdownText(s: string): string {
  return flatten(s)
    .replace(PUNCTUATION, '\\$&')
    .replace(/\\([@#])/g, `\\$1${BREAK}`)
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
  return s.replace(CONTROL, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
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
