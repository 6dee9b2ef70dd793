/**
 * Last line of defence for "no secret leaves": every string that reaches a report goes through here.
 * Values the input marks sensitive are replaced wherever they appear, and so is anything shaped
 * like a credential, whatever its origin (a password pasted into a resource name, a key in a tag).
 */

import { memoize } from '../bounded-memo.js';
import { CREDENTIAL_TOKENS, labelledSecretSpans, REDACTED_MARK } from '../policy/secret-scan.js';

export const REDACTED = REDACTED_MARK;

/**
 * The detector's credential tokens (src/policy/secret-scan.ts), each replaced whole. Each pattern
 * starts with a literal or a look-behind that no two overlapping matches share, so they stay linear.
 */
const TOKEN_PATTERNS: readonly RegExp[] = CREDENTIAL_TOKENS.map((t) => new RegExp(t.pattern.source, `${t.pattern.flags}g`));

/** Cheap test that one of the credential tokens could be in a string; most report strings fail it at once. */
const MIGHT_HOLD_TOKEN = new RegExp(CREDENTIAL_TOKENS.flatMap((t) => t.hints).map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));

/**
 * Where a secret may sit in `s`: one list per kind of clue, each `[start0, end0, start1, end1, …]`
 * in order. Found by hand-written scans, or by the token patterns (linear by construction). All are
 * found in the same string, then replaced together (replaceSpans): overlapping clues (a storage key
 * that holds something shaped like an access key id) are replaced whole, never leaving a fragment.
 */
function secretSpans(s: string): number[][] {
  const lists: number[][] = [];
  if (MIGHT_HOLD_TOKEN.test(s)) {
    for (const re of TOKEN_PATTERNS) {
      const spans: number[] = [];
      re.lastIndex = 0;
      for (let m = re.exec(s); m; m = re.exec(s)) {
        spans.push(m.index, m.index + m[0].length);
        if (m[0].length === 0) re.lastIndex++;
      }
      lists.push(spans);
    }
  }
  if (s.includes('://')) lists.push(urlPasswords(s));
  if (s.length >= 60) lists.push(paddedBase64Runs(s));
  if (s.includes('=')) lists.push(sasSignatures(s));
  if (s.includes('=') || s.includes(':')) lists.push(labelledSecretSpans(s));
  return lists;
}

/**
 * Whether `s` holds anything the redactor would replace by its shape alone (a credential token, a
 * URL password, a padded base64 run, a SAS signature, a labelled secret): what evidence must not print.
 */
export function holdsSecretShape(s: string): boolean {
  return secretSpans(s).some((spans) => spans.length > 0);
}

function isBase64(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 43 || c === 47; // 0-9 A-Z a-z + /
}

/**
 * Azure storage account keys and other long base64 secrets with padding: a run of 60 base64
 * characters or more, then one or two `=`. (The detector does not judge a value by this alone: a
 * long base64 run is as often a certificate or a hash; a report must not carry it anyway.)
 */
function paddedBase64Runs(s: string): number[] {
  const spans: number[] = [];
  let start = -1;
  for (let i = 0; i <= s.length; i++) {
    if (i < s.length && isBase64(s.charCodeAt(i))) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0 && i - start >= 60 && s[i] === '=') {
      let end = i + 1;
      if (s[end] === '=') end++;
      if (end >= s.length || (!isBase64(s.charCodeAt(end)) && s[end] !== '=')) spans.push(start, end);
    }
    start = -1;
  }
  return spans;
}

/** SAS signatures (`sig=…` in a query string): 20 characters or more of URL-encoded base64. */
function sasSignatures(s: string): number[] {
  const spans: number[] = [];
  for (let i = s.indexOf('='); i >= 3; i = s.indexOf('=', i + 1)) {
    if (s.slice(i - 3, i).toLowerCase() !== 'sig') continue;
    let j = i + 1;
    while (j < s.length && (isBase64(s.charCodeAt(j)) || s[j] === '%' || s[j] === '=')) j++;
    if (j - i - 1 >= 20) spans.push(i + 1, j);
    i = j - 1;
  }
  return spans;
}

/** Characters that end a URL written in text. */
function endsUrl(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '"' || c === "'" || c === '`' || c === '<' || c === '>';
}

/**
 * `scheme://user:password@host`: the password, whatever it holds (an `@` or a `/` that should have
 * been percent-encoded included), up to the last `@` of the URL; an empty user too
 * (`redis://:password@host`). A long user with no password is a token (`https://<token>@github.com`).
 * One pass: each URL is read once, from its `://` to its end.
 */
function urlPasswords(s: string): number[] {
  const spans: number[] = [];
  for (let at = s.indexOf('://'); at >= 0; at = s.indexOf('://', at)) {
    const userStart = at + 3;
    let end = userStart;
    let lastAt = -1;
    while (end < s.length && !endsUrl(s[end]!)) {
      if (s[end] === '@') lastAt = end;
      end++;
    }
    at = end;
    if (lastAt < 0) continue;
    // The user holds no `/`, `?` or `#`; the password may (raw, where it should have been encoded).
    let colon = userStart;
    while (colon < lastAt && s[colon] !== ':' && s[colon] !== '/' && s[colon] !== '?' && s[colon] !== '#') colon++;
    if (s[colon] === ':') {
      // `host:8443/path/@x` is a port and a path, not a password.
      if (!/^\d{1,5}[/?#]/.test(s.slice(colon + 1, colon + 7))) spans.push(colon + 1, lastAt);
    } else if (colon === lastAt && lastAt - userStart >= 20) spans.push(userStart, lastAt);
  }
  return spans;
}

/**
 * Replaces every span of every list by the redaction marker, spans that overlap or touch merged into
 * one. The lists are each in order: they are merged as they are walked, without sorting.
 */
function replaceSpans(s: string, lists: readonly number[][]): string {
  const heads = lists.map(() => 0);
  const parts: string[] = [];
  let last = 0;
  let start = -1;
  let end = -1;
  for (;;) {
    // The list whose next span starts first.
    let pick = -1;
    for (let k = 0; k < lists.length; k++) {
      if (heads[k]! < lists[k]!.length && (pick < 0 || lists[k]![heads[k]!]! < lists[pick]![heads[pick]!]!)) pick = k;
    }
    if (pick < 0) break;
    const list = lists[pick]!;
    const from = list[heads[pick]!]!;
    const to = list[heads[pick]! + 1]!;
    heads[pick]! += 2;
    if (from <= end) {
      end = Math.max(end, to);
      continue;
    }
    if (start >= 0) {
      parts.push(s.slice(last, start), REDACTED);
      last = end;
    }
    start = from;
    end = to;
  }
  if (start < 0) return s;
  parts.push(s.slice(last, start), REDACTED, s.slice(end));
  return parts.join('');
}

export class Redactor {
  private readonly known = new SecretTrie();
  /**
   * Strings met again (types, regions, enum values) are redacted once; bounded, because most strings
   * of a large inventory are met once (ids, names, links) and must not stay for the whole scan.
   */
  readonly text: (s: string) => string = memoize((s) => {
    const known = this.known.replaceAll(s, REDACTED);
    return replaceSpans(known, secretSpans(known));
  });

  constructor(secrets: Iterable<string>) {
    for (const secret of secrets) this.known.add(secret);
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

/**
 * One redactor per input: the values an input marks sensitive are hidden in what comes from that
 * input (its resources' findings, its notes), and only there, so that a value sensitive in one plan
 * does not blank the same word in the resource ids of another plan or of a live scan. Shapes of
 * credentials are hidden everywhere. `all` hides every input's values: for what is written from
 * several inputs at once (the live inventory snapshot).
 */
export class InputRedactors {
  private readonly byInput = new Map<string, Redactor>();
  private readonly shapesOnly = new Redactor([]);
  private allInputs?: Redactor;

  constructor(private readonly secrets: ReadonlyMap<string, ReadonlySet<string>>) {}

  for(input: string | undefined): Redactor {
    const values = input === undefined ? undefined : this.secrets.get(input);
    if (!values) return this.shapesOnly;
    let redactor = this.byInput.get(input!);
    if (!redactor) this.byInput.set(input!, (redactor = new Redactor(values)));
    return redactor;
  }

  get all(): Redactor {
    this.allInputs ??= new Redactor([...this.secrets.values()].flatMap((values) => [...values]));
    return this.allInputs;
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
