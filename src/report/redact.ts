/**
 * Last line of defence for "no secret leaves": every string that reaches a report goes through here.
 * Values the input marks sensitive are replaced wherever they appear, and so is anything shaped
 * like a credential, whatever its origin (a password pasted into a resource name, a key in a tag).
 */

import { CREDENTIAL_TOKENS } from '../policy/secret-scan.js';

export const REDACTED = '[REDACTED]';

/** The detector's credential tokens (src/policy/secret-scan.ts), each replaced whole. */
const TOKEN_PATTERNS: readonly RegExp[] = CREDENTIAL_TOKENS.map((t) => new RegExp(t.pattern.source, `${t.pattern.flags}g`));

/**
 * Shapes only the redactor replaces: the detector does not judge a value by them alone (a long
 * base64 run is as often a certificate or a hash), but a report must not carry them.
 */
const REDACTION_ONLY_PATTERNS: readonly RegExp[] = [
  // Azure storage account keys and SAS signatures, and other long base64 secrets with padding.
  /\b[A-Za-z0-9+/]{60,}={1,2}(?![A-Za-z0-9+/=])/g,
  /\bsig=[A-Za-z0-9%+/=]{20,}/gi,
];

/**
 * Credentials inside URLs and `key=value` strings: the label is kept, the value replaced. Anchored
 * on a word boundary and free of look-behind, so they stay linear on hostile input.
 */
const LABELLED_SECRETS: ReadonlyArray<RegExp> = [
  /\b([a-z][a-z0-9+.-]{0,30}:\/\/[^\s:/@]{1,256}:)[^\s@/]{1,1024}(?=@)/gi,
  /\b(password|passwd|pwd|secret|accountkey|sharedaccesskey|client_secret|api[_-]?key|token)(\s{0,16}[=:]\s{0,16}["']?)[^\s;"',}]{4,}/gi,
];

/**
 * Cheap tests that one of the patterns above could match; most report strings fail them at once.
 * Kept free of case-folding and of long repetitions, which make a regular expression slow on every string.
 */
const MIGHT_HOLD_TOKEN = new RegExp(CREDENTIAL_TOKENS.flatMap((t) => t.hints).map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
const MIGHT_HOLD_LABELLED =
  /[Ss][Ii][Gg]=|:\/\/|[Pp][Aa][Ss][Ss][Ww]|[Pp][Ww][Dd]|[Ss][Ee][Cc][Rr][Ee][Tt]|[Aa][Cc][Cc][Oo][Uu][Nn][Tt][Kk][Ee][Yy]|[Aa][Cc][Cc][Ee][Ss][Ss][Kk][Ee][Yy]|[Aa][Pp][Ii][_-]?[Kk][Ee][Yy]|[Tt][Oo][Kk][Ee][Nn]/;

/** A run of 60 base64 characters (keys and SAS signatures), found without a regular expression. */
function hasLongBase64Run(s: string): boolean {
  if (s.length < 60) return false;
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const b64 = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 43 || c === 47;
    run = b64 ? run + 1 : 0;
    if (run >= 60) return true;
  }
  return false;
}

export class Redactor {
  private readonly known = new SecretTrie();
  private readonly cache = new Map<string, string>();

  constructor(secrets: Iterable<string>) {
    for (const secret of secrets) this.known.add(secret);
  }

  text(s: string): string {
    const cached = this.cache.get(s);
    if (cached !== undefined) return cached;
    let out = this.known.replaceAll(s, REDACTED);
    if (MIGHT_HOLD_TOKEN.test(out) || MIGHT_HOLD_LABELLED.test(out) || hasLongBase64Run(out)) {
      for (const re of TOKEN_PATTERNS) out = out.replace(re, REDACTED);
      for (const re of REDACTION_ONLY_PATTERNS) out = out.replace(re, REDACTED);
      for (const re of LABELLED_SECRETS) out = out.replace(re, (_match, label: string, sep?: string) => `${label}${sep ?? ''}${REDACTED}`);
    }
    this.cache.set(s, out);
    return out;
  }

  /**
   * Redacts every string value of a report structure, in place. Keys are not input: report objects
   * have fixed field names.
   */
  inPlace<T>(value: T): T {
    this.walk(value);
    return value;
  }

  private walk(value: unknown): void {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const v: unknown = value[i];
        if (typeof v === 'string') {
          const out = this.text(v);
          if (out !== v) value[i] = out;
        } else if (v !== null && typeof v === 'object') this.walk(v);
      }
    } else if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      for (const k of Object.keys(record)) {
        const v = record[k];
        // defineProperty, not assignment: an own `__proto__` key from parsed input would hit the prototype setter.
        if (typeof v === 'string') {
          const out = this.text(v);
          // Rewriting every property (redefining it, no less) costs more than all the redaction: only changed strings are written.
          if (out !== v) Object.defineProperty(record, k, { value: out, enumerable: true, writable: true, configurable: true });
        } else if (v !== null && typeof v === 'object') this.walk(v);
      }
    }
  }
}

interface TrieNode {
  /** Edges by their first character; each edge holds a run of characters (a radix tree). */
  edges: Map<string, { label: string; node: TrieNode }>;
  end: boolean;
}

/**
 * Finds every sensitive value inside a string in one pass: a radix tree of the values, walked from
 * each position. Plans hold thousands of sensitive values that share long prefixes (Azure
 * connection strings all start `DefaultEndpointsProtocol=https;AccountName=`), which rules out
 * comparing against each value in turn.
 */
class SecretTrie {
  private readonly root: TrieNode = { edges: new Map(), end: false };
  private size = 0;
  /** UTF-16 units some value starts with: most positions of most strings are passed over with one array read. */
  private readonly starts = new Uint8Array(65536);

  add(secret: string): void {
    if (secret.length === 0) return;
    this.starts[secret.charCodeAt(0)] = 1;
    let node = this.root;
    let rest = secret;
    while (rest.length > 0) {
      const edge = node.edges.get(rest[0]!);
      if (!edge) {
        const leaf: TrieNode = { edges: new Map(), end: true };
        node.edges.set(rest[0]!, { label: rest, node: leaf });
        this.size++;
        return;
      }
      let common = 0;
      while (common < edge.label.length && common < rest.length && edge.label[common] === rest[common]) common++;
      if (common < edge.label.length) {
        // Split the edge where the new value departs from it.
        const middle: TrieNode = { edges: new Map([[edge.label[common]!, { label: edge.label.slice(common), node: edge.node }]]), end: false };
        edge.label = edge.label.slice(0, common);
        edge.node = middle;
      }
      node = edge.node;
      rest = rest.slice(common);
    }
    if (!node.end) this.size++;
    node.end = true;
  }

  /** Replaces the longest sensitive value starting at each position, left to right. */
  replaceAll(s: string, replacement: string): string {
    if (this.size === 0) return s;
    let out = '';
    let last = 0;
    const { starts } = this;
    for (let i = 0; i < s.length; ) {
      if (starts[s.charCodeAt(i)] === 0) {
        i++;
        continue;
      }
      const length = this.longestAt(s, i);
      if (length > 0) {
        out += s.slice(last, i) + replacement;
        i += length;
        last = i;
      } else i++;
    }
    return last === 0 ? s : out + s.slice(last);
  }

  private longestAt(s: string, start: number): number {
    let node = this.root;
    let depth = 0;
    let best = 0;
    for (;;) {
      const edge = node.edges.get(s[start + depth] ?? '');
      if (!edge || !s.startsWith(edge.label, start + depth)) return best;
      depth += edge.label.length;
      node = edge.node;
      if (node.end) best = depth;
    }
  }
}
