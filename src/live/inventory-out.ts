import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { UserError } from '../errors.js';
import { trackPending } from '../output.js';
import type { FileLocation } from '../model/resource.js';
import { REDACTED, type Redactor } from '../report/redact.js';
import { checkNamedValue } from '../policy/secret-scan.js';

/**
 * `--inventory-out FILE`: the live inventory as the scan read it, one JSON record per line, so a
 * live finding points at a real line of a file the user keeps (and can commit, diff, attach to the
 * PAS). Written beside its destination and renamed into place only when the scan completes.
 */
export class InventoryWriter {
  private readonly tmp: string;
  private readonly fd: number;
  private line = 0;
  private readonly untrack: () => void;
  readonly uri: string;

  constructor(
    private readonly file: string,
    sourceRoot: string,
    private readonly redactor: Redactor,
  ) {
    const abs = path.resolve(file);
    this.tmp = path.join(path.dirname(abs), `.${path.basename(abs)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    try {
      this.fd = openSync(this.tmp, 'wx', 0o644);
    } catch (err) {
      throw new UserError(`cannot write --inventory-out ${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'the directory does not exist' : (err as Error).message}`);
    }
    this.untrack = trackPending(this.tmp);
    this.uri = path.relative(sourceRoot, abs).split(path.sep).join('/');
  }

  /** Writes one record (redacted) and returns where it is. */
  append(record: unknown): FileLocation {
    const text = JSON.stringify(this.redactor.inPlace(withoutNamedSecrets(structuredClone(record))));
    writeSync(this.fd, `${text}\n`);
    this.line++;
    return { uri: this.uri, line: this.line, snapshot: true };
  }

  commit(): void {
    fsyncSync(this.fd);
    closeSync(this.fd);
    renameSync(this.tmp, path.resolve(this.file));
    this.untrack();
  }

  abandon(): void {
    this.untrack();
    try {
      closeSync(this.fd);
    } catch {
      // already closed
    }
    try {
      unlinkSync(this.tmp);
    } catch {
      // already gone
    }
  }
}

/** Records nest a few levels; a hostile answer deeper than this is written as it is below it (the redactor still sees it). */
const MAX_DEPTH = 64;
const NAME_KEYS = ['name', 'Name', 'key', 'Key'];
const VALUE_KEYS = ['value', 'Value'];
/** Maps whose keys are names users choose (environment variables, app settings, metadata): each value is judged by its key. */
const SETTING_MAPS = new Set(['environmentvariables', 'environment', 'variables', 'env', 'appsettings', 'settings', 'protectedsettings', 'metadata', 'parameters', 'connectionstrings']);
/** Attributes that hold a secret in the records of the three clouds, whatever the resource type. */
const SECRET_ATTRIBUTES = new Set([
  'password', 'adminpassword', 'administratorloginpassword', 'masteruserpassword', 'secret', 'clientsecret', 'client_secret', 'connectionstring',
  'primaryconnectionstring', 'secondaryconnectionstring', 'primarykey', 'secondarykey', 'accesskey', 'secretkey', 'sastoken', 'apikey', 'privatekey', 'token',
]);

/**
 * The record with secret settings replaced, whatever the resource type: known secret attributes
 * (`adminPassword`, `connectionString`, `primaryKey`…), keys of user-named setting maps
 * (`environmentVariables`, `appSettings`, `metadata`…) whose name says secret, and `{name, value}`
 * entries (environment variables, app settings, metadata items) whose name says secret. The judgement
 * is the plaintext-secrets policy's (checkNamedValue): references to a secret store
 * (`@Microsoft.KeyVault(…)`, `${…}`), placeholders and non-secrets are kept; so are attributes that
 * only describe a secret (`passwordLastUsed`), which other checks read back.
 */
function withoutNamedSecrets<T>(record: T, depth = 0, inSettings = false): T {
  if (depth > MAX_DEPTH || record === null || typeof record !== 'object') return record;
  if (Array.isArray(record)) {
    for (const item of record) withoutNamedSecrets(item, depth + 1, inSettings);
    return record;
  }
  const fields = record as Record<string, unknown>;
  const nameKey = NAME_KEYS.find((k) => typeof fields[k] === 'string');
  const valueKey = VALUE_KEYS.find((k) => typeof fields[k] === 'string');
  for (const key of Object.keys(fields)) {
    const value = fields[key];
    if (typeof value !== 'string') {
      withoutNamedSecrets(value, depth + 1, SETTING_MAPS.has(key.toLowerCase()));
      continue;
    }
    const name = key === valueKey && nameKey ? (fields[nameKey] as string) : inSettings || SECRET_ATTRIBUTES.has(key.toLowerCase()) ? key : undefined;
    // defineProperty, not assignment: an own `__proto__` key from parsed input would hit the prototype setter.
    if (name !== undefined && checkNamedValue(key, name, value)) Object.defineProperty(fields, key, { value: REDACTED, enumerable: true, writable: true, configurable: true });
  }
  return record;
}
