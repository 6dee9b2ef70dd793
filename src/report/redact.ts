/**
 * Last line of defence for "no secret leaves": every string that reaches a report goes through here.
 * Values the input marks sensitive are replaced wherever they appear, and so is anything shaped
 * like a credential, whatever its origin (a password pasted into a resource name, a key in a tag).
 */

export const REDACTED = '[REDACTED]';

const SECRET_PATTERNS: readonly RegExp[] = [
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(-----END [A-Z ]*PRIVATE KEY-----|$)/g,
  /\b(AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b/g,
  /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g,
  /\bgh[pousr]_[A-Za-z0-9]{30,}\b/g,
  /\bgithub_pat_[A-Za-z0-9_]{40,}\b/g,
  /\bxox[abprs]-[A-Za-z0-9-]{10,}/g,
  /\bAIza[0-9A-Za-z_-]{35}\b/g,
  /\bsk_(live|test)_[A-Za-z0-9]{16,}\b/g,
  // Azure storage account keys and SAS signatures, and other long base64 secrets with padding.
  /\b[A-Za-z0-9+/]{60,}={1,2}(?![A-Za-z0-9+/=])/g,
  /\bsig=[A-Za-z0-9%+/=]{20,}/gi,
  // Credentials inside URLs and connection strings.
  /(?<=[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:)[^\s@/]+(?=@)/gi,
  /(?<=\b(password|passwd|pwd|secret|accountkey|sharedaccesskey|client_secret|api[_-]?key|token)\s*[=:]\s*["']?)[^\s;"',}]{4,}/gi,
];

export class Redactor {
  private readonly known: RegExp[];

  constructor(secrets: Iterable<string>) {
    const list = [...new Set(secrets)].filter((s) => s.length > 0).sort((a, b) => b.length - a.length);
    this.known = [];
    // Chunks keep each alternation to a size V8 compiles quickly, however many sensitive values a plan has.
    for (let i = 0; i < list.length; i += 256) {
      this.known.push(new RegExp(list.slice(i, i + 256).map(escapeRegExp).join('|'), 'g'));
    }
  }

  text(s: string): string {
    let out = s;
    for (const re of this.known) out = out.replace(re, REDACTED);
    for (const re of SECRET_PATTERNS) out = out.replace(re, REDACTED);
    return out;
  }

  /** A copy of the value with every string redacted (keys included: a for_each key can carry a value). */
  deep<T>(value: T): T {
    return this.walk(value) as T;
  }

  private walk(value: unknown): unknown {
    if (typeof value === 'string') return this.text(value);
    if (Array.isArray(value)) return value.map((v) => this.walk(v));
    if (value !== null && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[this.text(k)] = this.walk(v);
      return out;
    }
    return value;
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
