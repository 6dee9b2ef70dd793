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
 * `*` matches any run of characters, `?` one character, everything else itself. Linear-time
 * matching (no regular expression, no backtracking blow-up), so a hostile pattern cannot hang a scan.
 */
export function globMatch(pattern: string, text: string): boolean {
  let p = 0;
  let t = 0;
  let star = -1;
  let mark = 0;
  while (t < text.length) {
    if (p < pattern.length && (pattern[p] === '?' || pattern[p] === text[t])) {
      p++;
      t++;
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p++;
      mark = t;
    } else if (star >= 0) {
      p = star + 1;
      t = ++mark;
    } else return false;
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}

const INLINE = /cldscan:ignore\s+([A-Za-z0-9_,-]+)(.*)$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export type InlineParse = { waiver: Waiver } | { problem: string } | undefined;

/**
 * Reads one comment: `# cldscan:ignore CLD-21,log-retention until=2027-03-31 reason="legacy bucket" approver="RSSI"`.
 * Returns undefined when the comment is not a waiver, and a problem when it is one but unusable
 * (no expiry, no reason, bad date): such a waiver never applies.
 */
export function parseInlineWaiver(comment: string, where: string): InlineParse {
  const m = INLINE.exec(comment.replace(/^\s*(#|\/\/|\/\*)\s*/, '').replace(/\*\/\s*$/, ''));
  if (!m) return undefined;
  const targets = m[1]!.split(',').filter(Boolean);
  const fields = new Map<string, string>();
  for (const f of m[2]!.matchAll(/([a-z]+)=(?:"([^"]*)"|(\S+))/g)) fields.set(f[1]!, f[2] ?? f[3] ?? '');
  const expires = fields.get('until');
  const reason = fields.get('reason');
  if (!expires) return { problem: `${where}: inline waiver without an expiry (until=YYYY-MM-DD) is not applied` };
  if (!DATE.test(expires) || Number.isNaN(Date.parse(expires))) return { problem: `${where}: inline waiver expiry "${expires}" is not a date (YYYY-MM-DD)` };
  if (!reason) return { problem: `${where}: inline waiver without a reason (reason="…") is not applied` };
  const approver = fields.get('approver');
  return { waiver: { origin: 'inline', targets, justification: reason, ...(approver ? { approver } : {}), expires, where } };
}
