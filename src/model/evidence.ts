/**
 * The one decision of what value an evidence entry may print, shared by every adapter (plan and
 * live, every cloud). One default: booleans, numbers and null (not set) are printed; a string only
 * when the caller knows it is safe (an enum-like setting, a TLS version, a region, a CIDR, the name
 * of a role or a policy) and its shape holds nothing secret-looking; nothing under a path the input
 * marks sensitive. Free text, ids, key URIs and anything the caller does not vouch for stay hidden:
 * the path and the note still say where the fact came from.
 */
import type { Evidence } from './facets.js';
import { credentialShape } from '../policy/secret-scan.js';
import { holdsSecretShape } from '../report/redact.js';

export type Printable = string | number | boolean | null;

export interface Printing {
  /** The caller knows the value is an enum-like setting, a version, a region, a CIDR or a name: a string may be printed. */
  safe?: boolean;
  /** The input marks the path sensitive (Terraform `sensitive_values`): nothing is printed. */
  sensitive?: boolean;
}

/** What an adapter's caller says of an evidence entry; the adapter adds `sensitive` from its input. */
export interface EvidenceHints {
  /** The caller knows the value is an enum-like setting, a version, a region, a CIDR or a name: a string may be printed. */
  safe?: boolean;
  note?: string;
  /** Address or id of another resource the fact came from. */
  from?: string;
}

export interface EvidenceOptions extends Printing, EvidenceHints {}

/** Room for a list of CIDRs (authorized networks, source ranges); longer is not the short setting evidence is for. */
const MAX_TEXT = 512;

/** One line of printable ASCII, short: a setting, not a document. */
function plainShape(s: string): boolean {
  if (s.length > MAX_TEXT) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

/**
 * The value evidence may print, or undefined when it must stay hidden. `undefined` in (unknown,
 * not read) is undefined out; `null` (not set) is printed.
 */
export function printable(value: unknown, how: Printing = {}): Printable | undefined {
  if (how.sensitive || value === undefined) return undefined;
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && how.safe && plainShape(value) && credentialShape(value) === undefined && !holdsSecretShape(value)) return value;
  return undefined;
}

/** An evidence entry for `path`, carrying `value` only when `printable` allows it. */
export function evidenceAt(path: string, value: unknown, opts: EvidenceOptions = {}): Evidence {
  const e: Evidence = { path };
  const shown = printable(value, opts);
  if (shown !== undefined) e.value = shown;
  if (opts.from) e.from = opts.from;
  if (opts.note) e.note = opts.note;
  return e;
}
