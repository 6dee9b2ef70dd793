/**
 * An error the user can fix: bad flag, unreadable or malformed input. The CLI prints its message
 * on one line and exits with code 2; nothing else (no stack trace, no output file).
 */
export class UserError extends Error {
  override readonly name = 'UserError';
}

/** Shortens a value for quoting in an error message without dumping a whole document. */
export function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
