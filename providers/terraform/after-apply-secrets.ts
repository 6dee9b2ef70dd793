import { secretKind } from '../../src/policy/secret-scan.js';
import { referencesAt } from './links.js';
import type { TfResource } from './tf-resource.js';

/**
 * A named value (an environment variable, an app setting, a metadata entry, a script) that a plan
 * knows only after apply, judged on every cloud alike by the references the configuration records
 * for its expression:
 * - it copies a secret's value (a generated password, a private key, a secret version's data, a
 *   storage key): a secret in clear, once applied;
 * - under a name that says secret: unknown, unless everything it refers to is a resource's ARN, id
 *   or name (what a secret is looked up by, not the secret);
 * - into a script: unknown (a template's text is more than what it refers to);
 * - under any other name: not judged, as a value written in the configuration would not be.
 * The entry's own expression is exact. A whole map's (one expression for all its entries) proves a
 * copy only when every reference in it copies a secret.
 */
export type AfterApply = { copiedFrom: string } | 'unknown' | 'clear';

export function judgeAfterApply(r: TfResource, at: { entry: string; map?: string }, name: string | undefined, script = false): AfterApply {
  if (!script && (name === undefined || !secretKind(name))) return 'clear';
  const own = meaningful(referencesAt(r, at.entry));
  const refs = own.length || at.map === undefined ? own : meaningful(referencesAt(r, at.map));
  const copied = own.length ? own.find(copiesSecret) : refs.length && refs.every(copiesSecret) ? refs[0] : undefined;
  if (copied) return { copiedFrom: origin(copied) };
  if (!script && refs.length && refs.every((ref) => IDENTIFIER.test(ref))) return 'clear';
  return 'unknown';
}

/** Why a copied secret is a finding: a fixed phrase and the address it comes from, never a value. */
export function copiedWhy(from: string, script: boolean): string {
  return `a secret copied from ${from} into ${script ? 'the script' : 'a secret-named setting'}`;
}

/** Terraform lists `aws_x.y.arn` and `aws_x.y` for one reference: the bare block address adds nothing. */
function meaningful(refs: readonly string[]): string[] {
  return refs.filter((ref) => !/^[a-z][a-z0-9_]*\.[A-Za-z0-9_-]+(\[[^\]]*\])?$/.test(ref) || /^(var|local)\./.test(ref));
}

/** `random_password.db["x"].result` → `random_password`; `data.aws_ssm_parameter.db.value` → `data.aws_ssm_parameter`; `var.password` as it is. */
function origin(ref: string): string {
  const parts = ref.replace(/\[[^\]]*\]/g, '').split('.');
  return ['data', 'module', 'var', 'local'].includes(parts[0]!) ? parts.slice(0, 2).join('.') : parts[0]!;
}

/** References to a resource's identifier (`arn`, `id`, `self_link`, `secret_id`, `versionless_id`…): what a secret is looked up by, not the secret. */
const IDENTIFIER = /\.(arn|id|name|self_link|[a-z0-9_]+_id)$/;

/** References to a secret's value: attributes that hold one whatever the resource, and those of generated secrets. */
const SECRET_REFERENCES: readonly RegExp[] = [
  /\.(password|master_password|administrator_login_password|secret_string|secret_binary|secret_data|private_key|private_key_pem|private_key_pem_pkcs8|private_key_openssh|bcrypt_hash|primary_access_key|secondary_access_key|primary_connection_string|secondary_connection_string|primary_blob_connection_string|default_primary_connection_string|default_secondary_connection_string|primary_key|secondary_key|default_primary_key|default_secondary_key)$/,
  /^random_password\.[^.]+(\[[^\]]*\])?\.result$/,
  /^google_kms_secret\..+\.plaintext$/,
  /^aws_iam_access_key\..+\.(secret|ses_smtp_password_v4)$/,
  /^data\.aws_ssm_parameter\..+\.(value|insecure_value)$/,
];

function copiesSecret(ref: string): boolean {
  return SECRET_REFERENCES.some((re) => re.test(ref));
}
