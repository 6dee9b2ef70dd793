import { allOf, anyOf, type Truth } from '../../../src/model/facets.js';

/**
 * Whether a log sink's filter (Cloud Logging query language) lets the Data Access audit logs
 * through: the entries whose log is `cloudaudit.googleapis.com/data_access` (Admin Activity logs
 * go to the `_Required` bucket, kept 400 days, whatever the sinks do; Data Access logs go only
 * where sinks route them). The filter is evaluated on such an entry in three-valued logic: a
 * restriction on `LOG_ID(…)`, `logName` or `protoPayload.@type` is decided; any other field, a
 * global search or a function other than LOG_ID leaves the term unknown, and so the whole filter
 * unless the rest decides it (`A OR unknown` with A true is true). A filter that does not parse is
 * unknown: never taken as routing.
 *
 * So: no filter → yes; `logName:"cloudaudit.googleapis.com"` → yes; the `_Default` sink's filter
 * (everything but the `_Required` logs) → yes; the `_Required` sink's (activity, system event,
 * access transparency) → no; `resource.type="gce_instance"` → unknown.
 */

const DATA_ACCESS_LOG = 'cloudaudit.googleapis.com/data_access';
const AUDIT_LOG_TYPE = 'type.googleapis.com/google.cloud.audit.AuditLog';

type Token = { kind: 'str' | 'word' | 'op' | '(' | ')'; text: string };

const OPS = ['!=', '>=', '<=', '=~', '!~', '=', ':', '<', '>'] as const;

function tokenize(filter: string): Token[] | undefined {
  const out: Token[] = [];
  let i = 0;
  while (i < filter.length) {
    const c = filter[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '(' || c === ')') {
      out.push({ kind: c, text: c });
      i++;
      continue;
    }
    if (c === '"') {
      let text = '';
      i++;
      while (i < filter.length && filter[i] !== '"') {
        if (filter[i] === '\\' && i + 1 < filter.length) i++;
        text += filter[i];
        i++;
      }
      if (i >= filter.length) return undefined;
      i++;
      out.push({ kind: 'str', text });
      continue;
    }
    // `-term` negates, as NOT does (not after an operator: `severity>-1` is a value).
    if (c === '-' && out[out.length - 1]?.kind !== 'op') {
      out.push({ kind: 'word', text: 'NOT' });
      i++;
      continue;
    }
    const op = OPS.find((o) => filter.startsWith(o, i));
    if (op) {
      out.push({ kind: 'op', text: op });
      i += op.length;
      continue;
    }
    let text = '';
    while (i < filter.length && !/[\s()"]/.test(filter[i]!) && !OPS.some((o) => filter.startsWith(o, i))) text += filter[i++];
    // `protoPayload."@type"`: a quoted path segment stays part of the field name.
    while (text.endsWith('.') && filter[i] === '"') {
      const end = filter.indexOf('"', i + 1);
      if (end < 0) return undefined;
      text += filter.slice(i + 1, end);
      i = end + 1;
    }
    out.push({ kind: 'word', text });
  }
  return out;
}

const not = (a: Truth): Truth => (a === 'yes' ? 'no' : a === 'no' ? 'yes' : 'unknown');

/** Percent-decoded; a malformed escape (`%E0%A4%A`) is left as written. */
function decoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** `projects/p/logs/cloudaudit.googleapis.com%2Fdata_access` → `cloudaudit.googleapis.com/data_access`. */
const logIdOf = (value: string): string => decoded(value.replace(/^.*\/logs\//, '')).toLowerCase();

/** A comparison of the Data Access audit entry's field with a value. */
function compare(field: string, op: string, value: string): Truth {
  const f = field.replace(/"/g, '').toLowerCase();
  let actual: string | undefined;
  if (f === 'logname') actual = `logs/${DATA_ACCESS_LOG}`;
  else if (f === 'protopayload.@type') actual = AUDIT_LOG_TYPE.toLowerCase();
  if (actual === undefined) return 'unknown';
  const v = value.toLowerCase();
  const equal = f === 'logname' ? (v.includes('/logs/') || v.startsWith('logs/') ? logIdOf(v) === DATA_ACCESS_LOG : 'unknown') : v === actual;
  if (op === '=' || op === '!=') {
    if (equal === 'unknown') return 'unknown';
    return op === '=' ? (equal ? 'yes' : 'no') : equal ? 'no' : 'yes';
  }
  if (op === ':') {
    const part = decoded(v.replace(/%2f/g, '/'));
    if (actual.includes(part)) return 'yes';
    // A log name's prefix (`projects/p/logs/…`) names a project, folder or organization the entry may or may not be in.
    return /^(projects|folders|organizations|billingaccounts)\//.test(part) ? 'unknown' : 'no';
  }
  return 'unknown';
}

/** Deeper nesting (parentheses, NOT chains) than any real filter: read as unknown rather than recursed into. */
const MAX_DEPTH = 64;

class Parser {
  private pos = 0;
  private depth = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): Truth | undefined {
    const v = this.or();
    return v !== undefined && this.pos === this.tokens.length ? v : undefined;
  }

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  private or(): Truth | undefined {
    let v = this.and();
    while (v !== undefined && this.peek()?.kind === 'word' && this.peek()!.text === 'OR') {
      this.pos++;
      const r = this.and();
      if (r === undefined) return undefined;
      v = anyOf([v, r]);
    }
    return v;
  }

  /** Terms side by side are ANDed, as with AND. */
  private and(): Truth | undefined {
    let v = this.unary();
    for (;;) {
      if (v === undefined) return undefined;
      const t = this.peek();
      if (!t || t.kind === ')' || (t.kind === 'word' && t.text === 'OR')) return v;
      if (t.kind === 'word' && t.text === 'AND') this.pos++;
      const r = this.unary();
      if (r === undefined) return undefined;
      v = allOf([v, r]);
    }
  }

  private unary(): Truth | undefined {
    if (++this.depth > MAX_DEPTH) return undefined;
    try {
      return this.unaryWithin();
    } finally {
      this.depth--;
    }
  }

  private unaryWithin(): Truth | undefined {
    const t = this.peek();
    if (!t) return undefined;
    if (t.kind === 'word' && t.text === 'NOT') {
      this.pos++;
      const v = this.unary();
      return v === undefined ? undefined : not(v);
    }
    if (t.kind === '(') {
      this.pos++;
      const v = this.or();
      if (this.peek()?.kind !== ')') return undefined;
      this.pos++;
      return v;
    }
    return this.term();
  }

  private term(): Truth | undefined {
    const t = this.tokens[this.pos++];
    if (!t || t.kind === ')' || t.kind === 'op') return undefined;
    const next = this.peek();
    // LOG_ID("…") and other functions.
    if (t.kind === 'word' && next?.kind === '(') {
      this.pos++;
      const args: Token[] = [];
      while (this.peek() && this.peek()!.kind !== ')') args.push(this.tokens[this.pos++]!);
      if (this.peek()?.kind !== ')') return undefined;
      this.pos++;
      if (t.text.toUpperCase() === 'LOG_ID' && args.length === 1 && args[0]!.kind !== 'op') return decoded(args[0]!.text).toLowerCase() === DATA_ACCESS_LOG ? 'yes' : 'no';
      return 'unknown';
    }
    if (t.kind === 'word' && next?.kind === 'op') {
      this.pos++;
      const value = this.tokens[this.pos++];
      if (!value || (value.kind !== 'str' && value.kind !== 'word')) return undefined;
      return compare(t.text, next.text, value.text);
    }
    // A bare value searches every field.
    return 'unknown';
  }
}

/** Whether entries of the Data Access audit log pass `filter` (none: every entry) and none of the `exclusions`. */
export function routesDataAccessLogs(filter: string | undefined, exclusions: readonly string[] = []): Truth {
  const evaluate = (f: string): Truth => {
    const tokens = tokenize(f);
    return tokens ? (new Parser(tokens).parse() ?? 'unknown') : 'unknown';
  };
  let v: Truth = filter === undefined || filter.trim() === '' ? 'yes' : evaluate(filter);
  for (const e of exclusions) v = allOf([v, not(e.trim() === '' ? 'yes' : evaluate(e))]);
  return v;
}
