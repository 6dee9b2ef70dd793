import { distance } from 'fastest-levenshtein';

/** What yargs needs to know of an option to tell whether a flag names it. */
export interface OptionShape {
  alias?: string | readonly string[];
  type?: string;
  describe?: string;
}

/**
 * The flags of `argv` that no option declares (`--formt` → `formt`), taking yargs' spellings into
 * account: aliases, `--no-x` for booleans, camelCase for kebab-case, `--flag=value`. Words after
 * `--` are not flags.
 */
export function unknownFlags(argv: readonly string[], options: Readonly<Record<string, OptionShape>>): string[] {
  const known = knownFlags(options);
  const unknown: string[] = [];
  for (const word of argv) {
    if (word === '--') break;
    const m = /^--?([^=]+)/.exec(word);
    if (!m || word === '-' || /^-\d/.test(word)) continue;
    const names = word.startsWith('--') ? [m[1]!] : [...m[1]!]; // -ab is -a -b
    for (const name of names) {
      const kebab = name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      if (!known.has(name) && !known.has(kebab)) unknown.push(name);
    }
  }
  return unknown;
}

/** The declared flag a mistyped one most likely meant: the nearest by edit distance, or the only one it begins. */
export function closestFlag(typed: string, options: Readonly<Record<string, OptionShape>>): string | undefined {
  const names = [...Object.keys(options), 'help', 'version'];
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const name of names) {
    const d = swapsTwoNeighbours(typed.toLowerCase(), name) ? 1 : distance(typed.toLowerCase(), name);
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  // One edit in four characters at most: "formt" → format, "fail-onn" → fail-on, but "x" → nothing.
  if (best !== undefined && bestDistance <= Math.max(1, Math.floor(typed.length / 4))) return best;
  const prefixed = typed.length >= 3 ? names.filter((n) => n.startsWith(typed)) : [];
  return prefixed.length === 1 ? prefixed[0] : undefined;
}

/** `unknown flag --formt (did you mean --format?)`, one clause per unknown flag; undefined when argv has none. */
export function describeUnknownFlags(argv: readonly string[], options: Readonly<Record<string, OptionShape>>): string | undefined {
  const unknown = unknownFlags(argv, options);
  if (!unknown.length) return undefined;
  return unknown
    .map((name) => {
      const flag = name.length === 1 ? `-${name}` : `--${name}`;
      const near = closestFlag(name, options);
      return `unknown flag ${flag}${near ? ` (did you mean --${near}?)` : ''}`;
    })
    .join('; ');
}

/** `lnag` for `lang`: the commonest typo, two edits for Levenshtein, one for a typist. */
function swapsTwoNeighbours(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}

function knownFlags(options: Readonly<Record<string, OptionShape>>): Set<string> {
  const known = new Set(['help', 'version']);
  for (const [name, option] of Object.entries(options)) {
    known.add(name);
    for (const alias of [option.alias ?? []].flat()) known.add(alias);
    if (option.type === 'boolean') known.add(`no-${name}`);
  }
  return known;
}
