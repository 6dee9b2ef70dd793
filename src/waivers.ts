/**
 * Waivers: a failure (or an unknown) accepted for a while, with a reason and someone who accepted
 * it. They come from the config file (rule or policy, resource pattern, justification, approver,
 * expiry) or from a comment in the Terraform block (`# cldscan:ignore CLD-21 until=2027-03-31
 * reason="…"`). A waived finding stays in every report, marked and counted apart; an expired
 * waiver stops applying and the report says so.
 */
export interface Waiver {
  origin: 'config' | 'inline';
  /** Catalog rule ids (`CLD-21`) or policy ids (`encryption-at-rest`) it covers. */
  targets: string[];
  /** Glob over the resource id (plan address, ARN, Azure id, Google name); inline waivers: their block's resources. */
  resource?: string;
  justification: string;
  approver?: string;
  /** Last day the waiver applies (YYYY-MM-DD). */
  expires: string;
  /** `cldscan.yaml` waiver #2, `modules/db/main.tf:12`. */
  where: string;
}

export interface Suppression {
  origin: 'config' | 'inline';
  justification: string;
  approver?: string;
  expires: string;
  where: string;
}

/** Today's date as YYYY-MM-DD, in UTC: waivers and attestations compare calendar days. */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function isExpired(expires: string, on: string = today()): boolean {
  return expires < on;
}

/** A waiver covers a finding when it names one of the finding's rules or its policy, and its pattern matches the resource. */
export function covers(w: Waiver, finding: { policy: string; rules: readonly string[]; resource: { id: string } }): boolean {
  if (!w.targets.some((t) => t === finding.policy || finding.rules.includes(t))) return false;
  return w.resource === undefined || globMatch(w.resource, finding.resource.id);
}

/**
 * `*` matches any run of characters, `?` one character, everything else itself. Linear in the text,
 * whatever the pattern: the parts between stars are found left to right, each at its first place
 * (which is always right for a glob), each by one scan of the text that no later part goes back over.
 * A backtracking match is quadratic, and the text is a resource id that the input chooses.
 */
export function globMatch(pattern: string, text: string): boolean {
  const parts = pattern.split('*');
  if (parts.length === 1) return pattern.length === text.length && matchesAt(pattern, text, 0);
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  if (first.length + last.length > text.length) return false;
  if (!matchesAt(first, text, 0) || !matchesAt(last, text, text.length - last.length)) return false;
  let from = first.length;
  const end = text.length - last.length;
  for (let k = 1; k < parts.length - 1; k++) {
    const part = parts[k]!;
    if (part === '') continue;
    const at = find(part, text, from, end);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}

/** Whether `part` (with `?` for any character) matches `text` at `at`. */
function matchesAt(part: string, text: string, at: number): boolean {
  for (let i = 0; i < part.length; i++) if (part[i] !== '?' && part[i] !== text[at + i]) return false;
  return true;
}

/**
 * The first place at or after `from` where `part` matches and ends by `end`. Without `?`, the
 * engine's own substring search; with `?`, a shift-and scan: one pass over the text, one bit per
 * character of the part.
 */
function find(part: string, text: string, from: number, end: number): number {
  if (!part.includes('?')) {
    const at = text.indexOf(part, from);
    return at >= 0 && at + part.length <= end ? at : -1;
  }
  const words = Math.ceil(part.length / 32);
  // masks.get(c): bit i set where part[i] is c or `?`; `any` for characters the part does not hold.
  const any = new Uint32Array(words);
  for (let i = 0; i < part.length; i++) if (part[i] === '?') any[i >>> 5]! |= 1 << (i & 31);
  const masks = new Map<string, Uint32Array>();
  for (let i = 0; i < part.length; i++) {
    const c = part[i]!;
    if (c === '?' || masks.has(c)) continue;
    const mask = Uint32Array.from(any);
    for (let j = i; j < part.length; j++) if (part[j] === c) mask[j >>> 5]! |= 1 << (j & 31);
    masks.set(c, mask);
  }
  const state = new Uint32Array(words);
  const lastWord = words - 1;
  const lastBit = (part.length - 1) & 31;
  for (let t = from; t < end; t++) {
    const mask = masks.get(text[t]!) ?? any;
    // state = ((state << 1) | 1) & mask, across words.
    let carry = 1;
    for (let w = 0; w < words; w++) {
      const out = state[w]! >>> 31;
      state[w] = ((state[w]! << 1) | carry) & mask[w]!;
      carry = out;
    }
    if ((state[lastWord]! >>> lastBit) & 1) return t - part.length + 1;
  }
  return -1;
}

/** `YYYY-MM-DD` and a day that exists: 2026-02-30 is not one (Date.parse rolls it over into March). */
export function isCalendarDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const time = Date.parse(`${s}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === s;
}

export type InlineParse = { waiver: Waiver } | { problem: string } | undefined;

/** What starts an inline waiver in a `.tf` comment. */
export const WAIVER_DIRECTIVE = 'cldscan:ignore';

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

/**
 * Reads one comment: `# cldscan:ignore CLD-21,log-retention until=2027-03-31 reason="legacy bucket" approver="RSSI"`.
 * Returns undefined when the comment is not a waiver, and a problem when it is one but unusable
 * (no expiry, no reason, not a calendar date): such a waiver never applies. One pass over the
 * comment, with no regular expression that could backtrack: comments come with the pull request.
 */
export function parseInlineWaiver(comment: string, where: string): InlineParse {
  const at = comment.indexOf(WAIVER_DIRECTIVE);
  if (at < 0) return undefined;
  let i = at + WAIVER_DIRECTIVE.length;
  const afterDirective = i;
  while (isSpace(comment[i])) i++;
  if (i === afterDirective) return undefined;
  const targetsStart = i;
  while (i < comment.length && /[A-Za-z0-9_,-]/.test(comment[i]!)) i++;
  if (i === targetsStart) return undefined;
  const targets = comment.slice(targetsStart, i).split(',').filter(Boolean);
  // The fields run to the end of the targets' line; a block comment's closing `*/` is not one.
  let lineEnd = comment.indexOf('\n', i);
  if (lineEnd < 0) lineEnd = comment.length;
  let rest = comment.slice(i, lineEnd);
  const close = rest.lastIndexOf('*/');
  if (close >= 0 && rest.slice(close + 2).trim() === '') rest = rest.slice(0, close);
  const fields = readFields(rest);
  const expires = fields.get('until');
  const reason = fields.get('reason');
  if (!expires) return { problem: `${where}: inline waiver without an expiry (until=YYYY-MM-DD) is not applied` };
  if (!isCalendarDate(expires)) return { problem: `${where}: inline waiver expiry "${expires.slice(0, 32)}" is not a date (YYYY-MM-DD, a day of the calendar): the waiver is not applied` };
  if (!reason) return { problem: `${where}: inline waiver without a reason (reason="…") is not applied` };
  const approver = fields.get('approver');
  return { waiver: { origin: 'inline', targets, justification: reason, ...(approver ? { approver } : {}), expires, where } };
}

/** `name=value` and `name="a value"` pairs, left to right; a later name overrides an earlier one. */
function readFields(s: string): Map<string, string> {
  const isLower = (c: number) => c >= 97 && c <= 122;
  const fields = new Map<string, string>();
  for (let eq = s.indexOf('='); eq >= 0; eq = s.indexOf('=', eq + 1)) {
    let n = eq;
    while (n > 0 && eq - n < 16 && isLower(s.charCodeAt(n - 1))) n--;
    if (n === eq || (n > 0 && isLower(s.charCodeAt(n - 1)))) continue;
    let value: string;
    let end: number;
    const close = s[eq + 1] === '"' ? s.indexOf('"', eq + 2) : -1;
    if (close >= 0) {
      value = s.slice(eq + 2, close);
      end = close + 1;
    } else {
      end = eq + 1;
      while (end < s.length && !isSpace(s[end])) end++;
      value = s.slice(eq + 1, end);
    }
    if (value !== '') fields.set(s.slice(n, eq), value);
    eq = end - 1;
  }
  return fields;
}
