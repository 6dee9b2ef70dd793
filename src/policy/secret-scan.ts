/**
 * Secrets written in clear into configuration many people and tools can read, for the
 * plaintext-secrets policy on every cloud and every input (Terraform plans, live records). A hit says
 * where and why, never the value nor any part of it: `why` is a fixed phrase, at most with a line
 * number, so nothing of a secret can travel into a report, a log or an inventory.
 *
 * Three clues, in this order:
 * 1. a value shaped like a credential whatever its name (`credentialShape`);
 * 2. a name that says it holds a secret (`secretKind`) with a literal value: not a reference to a
 *    secrets store, a variable expanded at run time, a placeholder or a harmless value (`isReference`);
 * 3. in scripts and documents (user data, cloud-init, startup scripts, custom data, PowerShell,
 *    extension settings), each line read for assignments and command-line flags of such names to
 *    such values (`scanScript`, `scanObject`).
 *
 * Inputs are hostile (anyone who can write a plan or a resource can write these strings), so the
 * work stays linear: texts are cut at 256 KiB and lines at 4096 characters; every regular expression
 * is anchored, or starts at a boundary no other match can share, with bounded repetition; and
 * assignments are found by one pass over each line rather than by a pattern over the whole text.
 */
import { gunzipSync } from 'node:zlib';

export interface SecretHit {
  /** Attribute path (with the setting's name) where the value sits. */
  path: string;
  /** A fixed phrase, optionally with a line number: never the value. */
  why: string;
}

const MAX_TEXT = 256 * 1024;
const MAX_LINE = 4096;
const MAX_VALUE = 512;
const MAX_NAME = 64;
const MAX_DECODED = 1024 * 1024;
/** Far above any cloud's user data limit (16 KiB on AWS, 64 KiB on Azure): past it, nothing is decoded. */
const MAX_ENCODED = 8 * 1024 * 1024;

const cut = (s: string, n: number): string => (s.length > n ? s.slice(0, n) : s);

// ─── Credential shapes ─────────────────────────────────────────────────────────────────────────

export interface CredentialToken {
  /**
   * Matches the whole token, so that the report redactor (src/report/redact.ts) replaces all of it.
   * A look-behind rules out a start inside the same run of characters, so each run is tried once
   * and the match stays linear on hostile input.
   */
  pattern: RegExp;
  why: string;
  /** Literal strings, one of which is in every match: a cheap test before the pattern. */
  hints: readonly string[];
}

/**
 * Tokens recognisable whatever their name: the one list both the detector and the report redactor
 * use. The service account key file comes before the private key it contains: it says more.
 */
/**
 * `[…]{n,}` written `[…]{n}[…]*`: the same strings, but V8 runs an open `*` loop over a class in
 * constant stack, where a counted `{n,}` loop overflows the stack on a token megabytes long.
 */
function openLoops(re: RegExp): RegExp {
  return new RegExp(re.source.replace(/(\[[^\]]*\])\{(\d+),\}/g, '$1{$2}$1*'), re.flags);
}

export const CREDENTIAL_TOKENS: readonly CredentialToken[] = [
  // A JSON string cannot hold a raw quote, and a PEM body has none: the key ends at the next quote.
  { pattern: openLoops(/"private_key"\s{0,8}:\s{0,8}"-----BEGIN[^"]*/), why: 'a service account key file', hints: ['"private_key"'] },
  { pattern: openLoops(/-----BEGIN [A-Z ]{0,40}PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]{0,40}PRIVATE KEY-----|$)/), why: 'a private key', hints: ['-----BEGIN'] },
  { pattern: openLoops(/(?<![A-Z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Z0-9])/), why: 'an AWS access key id', hints: ['AKIA', 'ASIA', 'ABIA', 'ACCA'] },
  { pattern: openLoops(/(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}/), why: 'a Google API key', hints: ['AIza'] },
  { pattern: openLoops(/(?<![A-Za-z0-9_-])ya29\.[0-9A-Za-z_-]{20,}/), why: 'a Google OAuth access token', hints: ['ya29.'] },
  {
    pattern: openLoops(/(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,})/),
    why: 'a GitHub token',
    hints: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'],
  },
  { pattern: openLoops(/(?<![A-Za-z0-9_-])glpat-[A-Za-z0-9_-]{20,}/), why: 'a GitLab token', hints: ['glpat-'] },
  { pattern: openLoops(/(?<![A-Za-z0-9])[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_-]{40,}/), why: 'a Terraform Cloud token', hints: ['.atlasv1.'] },
  { pattern: openLoops(/(?<![A-Za-z0-9-])xox[abprs]-[A-Za-z0-9-]{10,}/), why: 'a Slack token', hints: ['xoxa-', 'xoxb-', 'xoxp-', 'xoxr-', 'xoxs-'] },
  { pattern: openLoops(/(?<![A-Za-z0-9_])[sr]k_(?:live|test)_[A-Za-z0-9]{16,}/), why: 'a Stripe secret key', hints: ['k_live_', 'k_test_'] },
  { pattern: openLoops(/(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/), why: 'a JSON Web Token', hints: ['eyJ'] },
];

/**
 * scheme://user:password@host; a password that starts like a variable or a placeholder is none.
 * The redactor has its own form of this, which keeps the scheme and user and replaces any password.
 */
const URL_WITH_PASSWORD = /(?<![A-Za-z0-9+.-])[a-z][a-z0-9+.-]{1,30}:\/\/[^\s:/@$]{0,256}:[^\s:/@${<%]{3}[^\s/@]{0,253}@/i;

/**
 * `Key=value;` connection strings (Azure, ODBC, ADO.NET) holding a password or a key. The key must
 * follow a `;`: a line that starts with `password=` is an assignment, not a connection string.
 */
const CONNECTION_SHAPES: ReadonlyArray<readonly [RegExp, string]> = [
  [/;\s{0,8}(?:password|pwd)\s{0,8}=\s{0,8}[^;\s'"{<$%]{3}/i, 'a connection string with a password'],
  [/;\s{0,8}AccountKey\s{0,8}=\s{0,8}[A-Za-z0-9+/]{20}/i, 'a connection string with a storage account key'],
  [/;\s{0,8}SharedAccessKey\s{0,8}=\s{0,8}[A-Za-z0-9+/=]{20}/i, 'a connection string with a shared access key'],
  [/[?&]sig=[A-Za-z0-9%+/=]{20}/, 'a SAS signature'],
];

/** Why a value (or a line) looks like a credential by its shape alone, or undefined. */
export function credentialShape(value: string): string | undefined {
  const v = cut(value, MAX_TEXT);
  for (const { pattern, why } of CREDENTIAL_TOKENS) if (pattern.test(v)) return why;
  if (URL_WITH_PASSWORD.test(v)) return 'a URL with a password';
  if (v.includes(';') || v.includes('sig=')) for (const [re, why] of CONNECTION_SHAPES) if (re.test(v)) return why;
  return undefined;
}

// ─── Names ─────────────────────────────────────────────────────────────────────────────────────

/** Last words of a name that describe a secret rather than hold it: SECRET_NAME, PASSWORD_FILE, TOKEN_URL, KEY_VAULT_SECRET_URI… */
const DESCRIPTORS = new Set([
  'name', 'names', 'id', 'ids', 'arn', 'uri', 'url', 'urls', 'endpoint', 'host', 'hostname', 'location', 'region', 'path', 'paths', 'file', 'files', 'dir', 'stdin',
  'length', 'len', 'min', 'max', 'size', 'count', 'enabled', 'enable', 'disabled', 'required', 'type', 'kind', 'version', 'format', 'mode', 'ttl', 'timeout',
  'expiry', 'expires', 'expiration', 'lifetime', 'rotation', 'policy', 'header', 'field', 'param', 'prompt', 'hint', 'label', 'hash', 'hashed', 'salt',
  'algorithm', 'alg', 'regex', 'pattern', 'prefix', 'suffix', 'ref', 'reference', 'project', 'manager', 'store', 'vault', 'provider', 'audience', 'issuer', 'scope', 'scopes',
]);

const PASSWORD = 'a password';
const CONNECTION_STRING = 'a connection string';
const PASSWORD_WORDS = new Set(['password', 'passwords', 'passwd', 'passphrase', 'pwd', 'pass', 'pw', 'passe', 'mdp', 'motdepasse']);
/** Words before `key` that make it a secret key: SIGNING_KEY, ENCRYPTION_KEY, storageAccountKey… */
const KEY_QUALIFIERS = new Set(['signing', 'encryption', 'master', 'shared', 'hmac', 'session', 'jwt', 'license', 'licence', 'account', 'auth', 'sas']);

/**
 * `dbPassword`, `APIKey`, `client-secret`, `stripe.api_key` → lower-case words: split at anything
 * but ASCII letters and digits, before an upper-case letter that follows a lower-case one or a
 * digit, and before the last capital of a run followed by a lower-case letter (`APIKey` → api key).
 * One pass without regular expressions: the redactor calls this for every assignment it meets.
 */
function words(name: string): string[] {
  const s = cut(name, 128);
  const out: string[] = [];
  let word = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const upper = c >= 65 && c <= 90;
    if (!upper && !(c >= 97 && c <= 122) && !(c >= 48 && c <= 57)) {
      if (word) out.push(word);
      word = '';
      continue;
    }
    if (upper && word) {
      const p = s.charCodeAt(i - 1);
      const n = s.charCodeAt(i + 1);
      if ((p >= 97 && p <= 122) || (p >= 48 && p <= 57) || (p >= 65 && p <= 90 && n >= 97 && n <= 122)) {
        out.push(word);
        word = '';
      }
    }
    word += upper ? String.fromCharCode(c + 32) : s[i];
  }
  if (word) out.push(word);
  return out;
}

/** The kind word `w[i]` gives the name, with the word before it for two-word kinds. */
function kindAt(w: readonly string[], i: number): string | undefined {
  const x = w[i]!;
  const before = w[i - 1];
  if (x === 'key' || x === 'keys') {
    if (before === 'api') return 'an API key';
    if (before === 'access') return 'an access key';
    if (before === 'private' || before === 'ssh') return 'a private key';
    if (before === 'secret') return 'a secret key';
    return before !== undefined && KEY_QUALIFIERS.has(before) ? 'a key' : undefined;
  }
  if ((x === 'string' || x === 'str') && (before === 'connection' || before === 'conn')) return CONNECTION_STRING;
  if (PASSWORD_WORDS.has(x) || x.endsWith('password') || x.endsWith('passphrase')) return PASSWORD;
  if (x.endsWith('apikey')) return 'an API key';
  if (x.endsWith('accesskey')) return 'an access key';
  if (x.endsWith('privatekey') || x === 'sshkey') return 'a private key';
  if (x.endsWith('secretkey')) return 'a secret key';
  if (x.endsWith('accountkey')) return 'a key';
  if (x === 'connectionstring' || x === 'connstr' || x === 'dsn') return CONNECTION_STRING;
  if (x === 'secrets' || x.endsWith('secret')) return 'a secret';
  if (x === 'tokens' || x.endsWith('token') || x === 'bearer' || x === 'sas') return 'a token';
  if (x === 'creds' || x.endsWith('credential') || x.endsWith('credentials')) return 'a credential';
  // AUTH alone names a credential only as the last word: AUTH_DOMAIN, AUTH_PROVIDER say something else.
  if (x === 'auth' && i === w.length - 1) return 'a credential';
  return undefined;
}

/** Cheap test before splitting a name into words: most names hold none of these. */
const SECRET_STEM = /pass|pw|mdp|secret|token|key|cred|conn|dsn|auth|bearer|sas/i;

/**
 * What a name says its value is ('a password', 'an API key'…), or undefined when it does not say it
 * holds a secret. The rightmost secret word decides, as the head of an English compound does
 * (`AWS_SECRET_ACCESS_KEY` is an access key); a descriptor as the last word rules the name out.
 */
export function secretKind(name: string): string | undefined {
  if (!SECRET_STEM.test(cut(name, 128))) return undefined;
  const w = words(name);
  if (w.length === 0 || DESCRIPTORS.has(w[w.length - 1]!)) return undefined;
  for (let i = w.length - 1; i >= 0; i--) {
    const kind = kindAt(w, i);
    if (kind) return kind;
  }
  return undefined;
}

// ─── Values ────────────────────────────────────────────────────────────────────────────────────

/** Values that point at a secret, or are filled in at run time, instead of holding it. */
const REFERENCES: readonly RegExp[] = [
  /^arn:aws[a-z-]{0,20}:(?:secretsmanager|ssm|kms):/,
  /^(?:\{\{|\$\{|\$\(|#\{|<%|@Microsoft\.KeyVault\(|secretref:|keyvaultref:)/i,
  /^\$[A-Za-z_]/,
  /^%[A-Za-z_][A-Za-z0-9_]{0,63}%$/,
  /^!(?:Ref|Sub|GetAtt|ImportValue|Join|Select|FindInMap|If|Base64|Split|Cidr|GetAZs|Transform|vault)(?![A-Za-z0-9])/,
  /^projects\/[^/\s]+\/secrets\//,
  /^(?:sm|secretmanager|gcpsm|vault|ssm|secretsmanager|awssm|azkv|keyvault):\/\//i,
  // Code reading the value at run time: os.environ["X"], getenv("X"), process.env.X, config.db.password.
  /^(?:process\.env|os\.environ|env)\./,
  /^[A-Za-z_][A-Za-z0-9_]{0,63}(?:\.[A-Za-z_][A-Za-z0-9_]{0,63}){0,8}\s{0,4}[[(]/,
  // A file holding the secret (a key file, an SSM parameter name), not the secret.
  /^(?:\.{0,2}\/|~\/|[A-Za-z]:\\)\S*$/,
];

export function isReference(value: string): boolean {
  const v = cut(value, MAX_TEXT).trim();
  return REFERENCES.some((re) => re.test(v));
}

/** The marker the report and inventory redactors (src/report/redact.ts) put in place of a secret. */
export const REDACTED_MARK = '[REDACTED]';
const HARMLESS_WORD = /^(?:true|false|yes|no|on|off|null|none|nil|undefined|enabled|disabled|redacted|\[redacted\]|placeholder)$/i;
const NUMBER = /^[-+]?\d+(?:\.\d+)?$/;
const PLACEHOLDER = /^(?:<[^<>]*>|\*+|x{3,}|\.{3,})$/i;
/** Public halves of SSH keys are often named like secrets (SSH_KEY): they are none. */
const PUBLIC_KEY = /^(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-[a-z0-9-]{1,20}|sk-ssh-ed25519@openssh\.com) /;
const URL_START = /^[a-z][a-z0-9+.-]{0,30}:\/\//i;

/** Whether a value could be the secret itself. Very short values are flags and initials, not secrets. */
function isLiteralSecret(raw: string): boolean {
  let v = cut(raw, MAX_TEXT).trim();
  if (v.length >= 2 && (v[0] === '"' || v[0] === "'") && v[v.length - 1] === v[0]) v = v.slice(1, -1).trim();
  if (v.length < 4) return false;
  if (HARMLESS_WORD.test(v) || NUMBER.test(v) || PLACEHOLDER.test(v) || PUBLIC_KEY.test(v) || isReference(v)) return false;
  // A URL holding a password was caught by its shape; any other (a token endpoint, a webhook host) is an address.
  return !URL_START.test(v);
}

/** `Key=value;` pairs: a connection string with no password nor key in it (Application Insights, integrated authentication). */
const KEY_VALUE_PAIRS = /^\s{0,8}[A-Za-z][A-Za-z0-9 _]{0,63}=[^;]*;/;

/**
 * One named value (an app setting, an environment variable, a metadata entry): a hit when the value
 * has a credential's shape, or when the name says secret and the value is a literal.
 */
export function checkNamedValue(path: string, name: string, value: unknown): SecretHit | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  const v = cut(value, MAX_TEXT);
  const shape = credentialShape(v);
  if (shape) return { path, why: shape };
  const kind = secretKind(name);
  // `[REDACTED]` in a secret-named setting is where a written inventory (--inventory-out) removed the literal secret
  // the live scan found: read back, it is the same secret in clear, not a harmless word.
  if (kind && v === REDACTED_MARK) return { path, why: `${kind} in a secret-named setting` };
  if (!kind || !isLiteralSecret(v)) return undefined;
  if (kind === CONNECTION_STRING && KEY_VALUE_PAIRS.test(v)) return undefined;
  return { path, why: `${kind} in a secret-named setting` };
}

// ─── Scripts ───────────────────────────────────────────────────────────────────────────────────

export interface ScriptOptions {
  /**
   * Say on which line each secret sits (the default). Without: one hit per kind of clue, for texts
   * whose layout is itself not to be shown (an attribute Terraform marks sensitive).
   */
  lineNumbers?: boolean;
}

/**
 * A script or a document (user data, cloud-init, a startup script, custom data, PowerShell), line by
 * line: credential shapes, `NAME=value`, `export NAME="…"`, `NAME: value`, `"name": "value"`,
 * `--password value`, `-Password value`, and `- name: X` / `value: …` pairs of container manifests.
 * At most one hit per line; a single line gets no line number.
 */
export function scanScript(path: string, text: string, opts: ScriptOptions = {}): SecretHit[] {
  const lines = cut(text, MAX_TEXT).split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const numbered = (opts.lineNumbers ?? true) && lines.length > 1;
  const hits: SecretHit[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const found = lineSecret(lines, i);
    if (!found) continue;
    const why = numbered ? `${found} (line ${i + 1})` : found;
    if (seen.has(why)) continue;
    seen.add(why);
    hits.push({ path, why });
  }
  return hits;
}

function lineAt(lines: readonly string[], i: number): string | undefined {
  const raw = lines[i];
  if (raw === undefined) return undefined;
  const line = cut(raw, MAX_LINE);
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

function lineSecret(lines: readonly string[], i: number): string | undefined {
  const line = lineAt(lines, i)!;
  const start = line.trimStart();
  if (start === '') return undefined;
  const shape = credentialShape(line);
  if (shape) return shape;
  // Commented-out assignments are mostly examples; a credential's shape in a comment is still one (above).
  if (start.startsWith('#') || !SECRET_STEM.test(line)) return undefined;
  return lineAssignment(withoutSubstitutions(line)) ?? envPair(lines, i);
}

/**
 * `$(…)` and backquotes run a command for the value (`$(gcloud secrets versions access … --secret=db)`):
 * their insides are not assignments, so they are emptied, nesting included.
 */
function withoutSubstitutions(line: string): string {
  if (!line.includes('$(') && !line.includes('`')) return line;
  const out: string[] = [];
  let depth = 0;
  let tick = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (tick) {
      if (c === '`') {
        tick = false;
        out.push(c);
      }
    } else if (depth > 0) {
      if (c === '(') depth++;
      else if (c === ')' && --depth === 0) out.push(c);
    } else if (c === '$' && line[i + 1] === '(') {
      out.push('$(');
      depth = 1;
      i++;
    } else {
      if (c === '`') tick = true;
      out.push(c);
    }
  }
  return out.join('');
}

/** One pass over the line: each `=`, `:` and flag is looked at once, with bounded look-back and look-ahead. */
function lineAssignment(s: string): string | undefined {
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const hit = c === '=' ? atEquals(s, i) : c === ':' ? atColon(s, i) : c === '-' && (i === 0 || s[i - 1] === ' ' || s[i - 1] === '\t') ? atFlag(s, i) : undefined;
    if (hit) return hit;
  }
  return undefined;
}

/** `NAME=value`, `NAME := value`, `$name = value`, `--name=value`; not `==`, `!=`, `<=`, `>=`, `=~`, `=>`. */
function atEquals(s: string, i: number): string | undefined {
  const next = s[i + 1];
  const prev = s[i - 1];
  if (next === '=' || next === '~' || next === '>' || prev === '=' || prev === '!' || prev === '<' || prev === '>') return undefined;
  const name = nameBefore(s, prev === ':' ? i - 1 : i);
  if (!name) return undefined;
  const kind = secretKind(name);
  if (!kind) return undefined;
  const value = valueAt(s, i + 1);
  if (value === undefined || !isLiteralSecret(value)) return undefined;
  return name.startsWith('-') ? `${kind} on a command line` : `${kind} assignment`;
}

/** `name: value` (YAML) and `"name": "value"` (JSON); not `://`, `::`, `$env:NAME` nor a time of day. */
function atColon(s: string, i: number): string | undefined {
  const next = s[i + 1];
  if (!(next === undefined || next === ' ' || next === '\t' || next === '"' || next === "'") || s[i - 1] === ':') return undefined;
  const name = nameBefore(s, i);
  const kind = name ? secretKind(name) : undefined;
  if (!kind) return undefined;
  const value = valueAt(s, i + 1);
  return value !== undefined && isLiteralSecret(value) ? `${kind} assignment` : undefined;
}

/** `--password value`, `-Password value` (the `=` form is read by `atEquals`). */
function atFlag(s: string, i: number): string | undefined {
  let j = i + 1;
  if (s[j] === '-') j++;
  const start = j;
  const limit = Math.min(s.length, start + MAX_NAME);
  while (j < limit && isNameChar(s.charCodeAt(j))) j++;
  if (j === start || !/[A-Za-z]/.test(s[start]!) || (s[j] !== ' ' && s[j] !== '\t')) return undefined;
  const kind = secretKind(s.slice(start, j));
  if (!kind) return undefined;
  const value = valueAt(s, j);
  // A value that starts with a dash is the next flag (`--password-stdin -u me`).
  return value !== undefined && !value.startsWith('-') && isLiteralSecret(value) ? `${kind} on a command line` : undefined;
}

function isNameChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 45; // 0-9 A-Z a-z _ . -
}

/** Where nameStart found the name to start (a module-level slot: nothing allocated per operator). */
const NAME_START = { at: 0 };

/**
 * The end of the name just before an operator at `end` (its start left in NAME_START), spaces and a
 * closing quote skipped; -1 when absent or longer than a name. With `tail`, a longer name gives its
 * last MAX_NAME characters (its last words, which say what it holds): the redactor must not miss
 * `…_DATABASE_ADMIN_PASSWORD`.
 */
function nameStart(s: string, end: number, tail = false): number {
  let j = end;
  const floor = Math.max(0, end - 8);
  while (j > floor && (s.charCodeAt(j - 1) === 32 || s.charCodeAt(j - 1) === 9)) j--;
  if (s.charCodeAt(j - 1) === 34 || s.charCodeAt(j - 1) === 39) j--;
  const stop = j;
  const limit = Math.max(0, stop - MAX_NAME);
  while (j > limit && isNameChar(s.charCodeAt(j - 1))) j--;
  if (j === stop || (!tail && j > 0 && isNameChar(s.charCodeAt(j - 1)))) return -1;
  NAME_START.at = j;
  return stop;
}

/** The name just before an operator at `end`; undefined when absent or longer than a name. */
function nameBefore(s: string, end: number): string | undefined {
  const stop = nameStart(s, end);
  return stop < 0 ? undefined : s.slice(NAME_START.at, stop);
}

const NOT_A_LITERAL_START = new Set(['$', '`', '{', '<', '%', '(', '[']);

function isValueEnd(c: string): boolean {
  return c === ' ' || c === '\t' || c === ';' || c === '&' || c === '|' || c === ',' || c === '"' || c === "'" || c === '}' || c === ')';
}

/**
 * The value written after an operator: quoted, or up to white space or a separator; undefined when
 * it starts a variable, a command, a template or a structure. `ConvertTo-SecureString "…"` is
 * followed to the string it converts, which sits in clear in the script.
 */
function valueAt(s: string, from: number, follow = true): string | undefined {
  let i = from;
  const skip = Math.min(s.length, from + 8);
  while (i < skip && (s[i] === ' ' || s[i] === '\t')) i++;
  const first = s[i];
  if (first === undefined) return undefined;
  if (first === '"' || first === "'") {
    let j = i + 1;
    const limit = Math.min(s.length, j + MAX_VALUE);
    while (j < limit && s[j] !== first) j++;
    return s.slice(i + 1, j);
  }
  if (NOT_A_LITERAL_START.has(first)) return undefined;
  let j = i;
  const limit = Math.min(s.length, i + MAX_VALUE);
  while (j < limit && !isValueEnd(s[j]!)) j++;
  const value = s.slice(i, j);
  if (follow && value.toLowerCase() === 'convertto-securestring') {
    let k = j;
    while (k < s.length && k < j + 8 && (s[k] === ' ' || s[k] === '\t')) k++;
    if (s.slice(k, k + 7).toLowerCase() === '-string') k += 7;
    return valueAt(s, k, false);
  }
  return value;
}

const ENV_NAME = /^\s{0,64}(?:-\s{1,8})?["']?name["']?\s{0,8}:\s{0,8}["']?([A-Za-z_][A-Za-z0-9_.-]{0,63})["']?\s{0,8},?\s{0,8}$/;
const ENV_VALUE = /^\s{0,64}["']?value["']?\s{0,8}:/;

/** `- name: DB_PASSWORD` with `value: …` on one of the next two lines (Kubernetes and Compute Engine container manifests). */
function envPair(lines: readonly string[], i: number): string | undefined {
  const name = ENV_NAME.exec(lineAt(lines, i)!)?.[1];
  const kind = name ? secretKind(name) : undefined;
  if (!kind) return undefined;
  for (const j of [i + 1, i + 2]) {
    const next = lineAt(lines, j);
    const m = next === undefined ? null : ENV_VALUE.exec(next);
    if (m) {
      const value = valueAt(next!, m[0].length);
      return value !== undefined && isLiteralSecret(value) ? `${kind} assignment` : undefined;
    }
  }
  return undefined;
}

// ─── Spans, for the report redactor ───────────────────────────────────────────────────────────

/** Values a redactor leaves: they say nothing (`password: true`), or were redacted already. */
const NOTHING_TO_HIDE = /^(?:true|false|yes|no|on|off|null|none|nil|undefined|enabled|disabled|unknown|\[redacted\]|\*+|x{3,}|\.{3,}|<[^<>]{0,64}>)$/i;

function hasNothingToHide(s: string, start: number, end: number): boolean {
  const first = s[start];
  // Only short values, and placeholders made of one repeated character or in brackets, can be harmless.
  if (end - start > 10 && first !== '*' && first !== 'x' && first !== 'X' && first !== '.' && first !== '<') return false;
  return NOTHING_TO_HIDE.test(s.slice(start, Math.min(end, start + 80)).trim());
}

/** Characters that end an unquoted value after `=` (white space, separators, closing brackets), by code. */
const ENDS_VALUE = new Uint8Array(128);
for (const c of ' \t\r\n;&|,"\'})]<>') ENDS_VALUE[c.charCodeAt(0)] = 1;

/**
 * Where the values assigned to secret-named settings sit in a text, as [start, end) offsets, in
 * order, flat (`[start0, end0, start1, end1, …]`: millions of spans cost no allocation each):
 * `DB_PASSWORD=…`, `aws_secret_access_key = …`, `"client_secret": "…"`, `export GITHUB_TOKEN="…"`,
 * `Password=…;` in a connection string, `password: correct horse battery staple`. The names are
 * those the detector knows (`secretKind`): one list for finding secrets and for hiding them.
 *
 * Unlike the detector, which judges whether a value is a real secret, this hides any value but an
 * empty or self-evidently harmless one: a quoted value whole, spaces included; an unquoted value
 * after `=` up to white space or a separator, after `:` to the end of the line. One pass; each
 * operator is looked at once, with bounded look-back, and the scan resumes after each value.
 */
export function labelledSecretSpans(s: string): number[] {
  const spans: number[] = [];
  const n = s.length;
  // Names repeat within a text (a script's lines, a hostile string): each is judged once, and the
  // name just judged is recognised without being copied out again.
  const judged = new Map<string, boolean>();
  let lastName = '';
  let lastSecret = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c !== 61 && c !== 58) continue; // = :
    const prev = s.charCodeAt(i - 1);
    const next = s.charCodeAt(i + 1);
    let valueFrom = i + 1;
    if (c === 61) {
      if (next === 61 || next === 126 || prev === 61 || prev === 33 || prev === 60 || prev === 62) continue; // == =~ == != <= >=
      if (next === 62) valueFrom++; // =>
    } else {
      if (next === 58 || next === 47 || prev === 58) continue; // :: :// ::
      if (next === 61) valueFrom++; // :=
    }
    const nameEnd = nameStart(s, i, true);
    if (nameEnd < 0) continue;
    const start = NAME_START.at;
    // `https://x-access-token:…@host`: a URL's user, whose password the URL scan finds.
    if (c === 58 && s.charCodeAt(start - 1) === 47) continue;
    let secret: boolean | undefined;
    if (nameEnd - start === lastName.length && s.startsWith(lastName, start)) secret = lastSecret;
    else {
      const name = s.slice(start, nameEnd);
      secret = judged.get(name);
      if (secret === undefined) {
        secret = secretKind(name) !== undefined;
        if (judged.size < 4096) judged.set(name, secret);
      }
      lastName = name;
      lastSecret = secret;
    }
    if (!secret) continue;
    const end = valueEnd(s, valueFrom, c === 58);
    if (end === undefined) continue;
    if (!hasNothingToHide(s, VALUE_START.at, end)) spans.push(VALUE_START.at, end);
    i = Math.max(i, end - 1);
  }
  return spans;
}

/** Where valueEnd found the value to start (a module-level slot: no pair allocated per value). */
const VALUE_START = { at: 0 };

/**
 * The end of the value written at `from` (its start left in VALUE_START): inside quotes (escapes
 * honoured) up to the closing quote or the end of the line, or unquoted up to its end.
 */
function valueEnd(s: string, from: number, toLineEnd: boolean): number | undefined {
  const n = s.length;
  let i = from;
  const skip = Math.min(n, from + 16);
  while (i < skip && (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9)) i++;
  if (i >= n) return undefined;
  const first = s.charCodeAt(i);
  if (first === 34 || first === 39 || first === 96) {
    // " ' `
    let j = i + 1;
    for (; j < n; j++) {
      const c = s.charCodeAt(j);
      if (c === first || c === 10) break;
      if (c === 92) j++; // backslash
    }
    VALUE_START.at = i + 1;
    return Math.min(j, n);
  }
  let j = i;
  if (toLineEnd) {
    for (; j < n; j++) {
      const c = s.charCodeAt(j);
      if (c === 10 || c === 13 || (c === 35 && (s.charCodeAt(j - 1) === 32 || s.charCodeAt(j - 1) === 9))) break; // newline, ` #` comment
    }
    while (j > i && (s.charCodeAt(j - 1) === 32 || s.charCodeAt(j - 1) === 9)) j--;
  } else {
    for (; j < n; j++) {
      const c = s.charCodeAt(j);
      if (c < 128 && ENDS_VALUE[c] === 1) break;
    }
  }
  VALUE_START.at = i;
  return j > i ? j : undefined;
}

// ─── Documents ─────────────────────────────────────────────────────────────────────────────────

/** Enough for any settings document; a deeper or larger one is hostile, and the rest goes unread. */
const MAX_DEPTH = 32;
const MAX_NODES = 10_000;

/**
 * A settings document (VM extension `settings`), parsed or as JSON text: secret-named keys with
 * literal values, and scripts inside strings (`commandToExecute`). Text that is not JSON is read as a script.
 */
export function scanObject(path: string, doc: unknown): SecretHit[] {
  if (typeof doc === 'string') {
    try {
      doc = JSON.parse(doc);
    } catch {
      return scanScript(path, doc as string);
    }
  }
  const hits: SecretHit[] = [];
  let budget = MAX_NODES;
  const walk = (v: unknown, at: string, name: string, depth: number): void => {
    if (--budget < 0 || depth > MAX_DEPTH) return;
    if (typeof v === 'string') {
      const named = checkNamedValue(at, name, v);
      if (named) hits.push(named);
      else if (/\s/.test(v)) for (const item of scanScript(at, v)) hits.push(item);
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${at}[${i}]`, name, depth + 1));
    else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${at}.${k}`, k, depth + 1);
  };
  walk(doc, path, '', 0);
  return hits;
}

// ─── Decoding ──────────────────────────────────────────────────────────────────────────────────

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Mostly printable once decoded: text, not a binary that happened to be valid base64. */
function looksLikeText(s: string): boolean {
  let bad = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127 || c === 0xfffd) bad++;
  }
  return bad <= s.length * 0.05;
}

/**
 * User data or custom data as the cloud receives it. `base64: false`: plain text. `true`: base64,
 * possibly gzip-compressed (cloud-init accepts both); undefined when it does not decode. `'maybe'`:
 * decoded only when it is base64 of text (Azure custom data), else returned as given.
 */
export function decodeUserData(value: string, opts: { base64: false | 'maybe' }): string;
export function decodeUserData(value: string, opts: { base64: boolean | 'maybe' }): string | undefined;
export function decodeUserData(value: string, opts: { base64: boolean | 'maybe' }): string | undefined {
  if (opts.base64 === false) return value;
  const maybe = opts.base64 === 'maybe';
  const failed = maybe ? value : undefined;
  if (value.length > MAX_ENCODED) return failed;
  const compact = maybe ? value.trim().replace(/[\r\n]+/g, '') : value.replace(/\s+/g, '');
  if (!BASE64.test(compact) || (maybe && (compact.length < 8 || compact.length % 4 !== 0))) return failed;
  let buf = Buffer.from(compact, 'base64');
  if (buf[0] === 0x1f && buf[1] === 0x8b) {
    try {
      buf = gunzipSync(buf, { maxOutputLength: MAX_DECODED });
    } catch {
      return failed;
    }
  } else if (buf.length > MAX_DECODED) buf = buf.subarray(0, MAX_DECODED);
  const text = buf.toString('utf8');
  return maybe && !looksLikeText(text) ? value : text;
}
