import { UserError } from '../errors.js';

/**
 * Splits a workflow input into words the way a shell splits a command line — blanks separate words,
 * '…' and "…" quote, a backslash escapes the next character (inside "…" only \" and \\) — and
 * does nothing else: no variable, command substitution, glob, redirection or operator. `$(x)`, `;`
 * and `*` stay literal characters of a word, which is then only ever an argument.
 */
export function splitWords(text: string, what: string): string[] {
  const words: string[] = [];
  // undefined between words; a quote opens a word even when empty ('' is an empty argument).
  let word: string | undefined;
  let quote: "'" | '"' | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote === "'") {
      if (c === "'") quote = undefined;
      else word = `${word ?? ''}${c}`;
    } else if (quote === '"') {
      if (c === '"') quote = undefined;
      else if (c === '\\' && (text[i + 1] === '"' || text[i + 1] === '\\')) word = `${word ?? ''}${text[++i]!}`;
      else word = `${word ?? ''}${c}`;
    } else if (/\s/.test(c)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (c === "'" || c === '"') {
      quote = c;
      word ??= '';
    } else if (c === '\\') {
      if (i + 1 >= text.length) throw new UserError(`${what}: a backslash ends the text`);
      word = `${word ?? ''}${text[++i]!}`;
    } else {
      word = `${word ?? ''}${c}`;
    }
  }
  if (quote) throw new UserError(`${what}: unbalanced ${quote === "'" ? 'single' : 'double'} quote`);
  if (word !== undefined) words.push(word);
  return words;
}
