import type { CredentialFacet, KeyFacet } from '../../../src/model/facets.js';
import type { Builder, BuilderTable } from '../../terraform/builder-types.js';
import { setting } from '../../terraform/tf-resource.js';
import { evidence, knownString } from './values.js';
import { durationSeconds, rotationDays } from '../knowledge/durations.js';

/**
 * Keys and long-lived credentials.
 *
 * - Cloud KMS keys (`google_kms_crypto_key`): only symmetric ENCRYPT_DECRYPT keys rotate
 *   automatically (`rotation_period`, a duration in seconds such as `7776000s`); asymmetric and MAC
 *   keys are not-applicable. Unset, the key never rotates.
 * - Service account keys (`google_service_account_key`): a user-managed key is a long-lived
 *   credential (valid until 9999 unless `valid_before`/an organization policy limits it), whatever
 *   its algorithm. Cloud KMS has no vault to soft-delete: key versions are destroyed after a
 *   scheduled delay (`destroy_scheduled_duration`) and key rings are never deleted, so no
 *   secretStore facet. Secret Manager secrets are deleted at once, without recovery: not a vault
 *   with soft delete either (no facet; CLD-40 rather asks for their use, see plaintext-secrets).
 */

const cryptoKey: Builder<KeyFacet> = (r) => {
  const label = 'Cloud KMS key';
  const purpose = setting(r, 'purpose');
  if (purpose.state === 'unknown') return { label, rotation: 'unknown', evidence: [evidence(r, purpose.path, undefined, { note: 'known only after apply' })] };
  const p = knownString(purpose) ?? 'ENCRYPT_DECRYPT';
  if (p !== 'ENCRYPT_DECRYPT') {
    return { label, rotation: 'not-applicable', evidence: [evidence(r, purpose.path, p, { safe: true, note: 'only symmetric encryption keys rotate automatically' })] };
  }
  const period = setting(r, 'rotation_period');
  if (period.state === 'unknown') return { label, rotation: 'unknown', evidence: [evidence(r, period.path, undefined, { note: 'known only after apply' })] };
  const s = durationSeconds(period.value);
  if (s === undefined || s <= 0) {
    return { label, rotation: 'no', evidence: [evidence(r, period.path, undefined, { note: period.state === 'unset' ? 'not set: the key never rotates' : 'not a rotation period' })] };
  }
  const days = rotationDays(s);
  return { label, rotation: 'yes', rotationDays: days, evidence: [evidence(r, period.path, period.value as string, { safe: true, note: `rotates every ${days} days` })] };
};

const serviceAccountKey: Builder<CredentialFacet> = (r) => {
  const uploaded = knownString(setting(r, 'public_key_data'));
  return {
    label: 'service account key',
    longLivedKey: 'yes',
    evidence: [
      evidence(r, uploaded ? 'public_key_data' : 'key_algorithm', uploaded ? undefined : knownString(setting(r, 'key_algorithm')), { safe: true, note: uploaded ? 'user-managed key with an uploaded public key' : 'user-managed service account key (a private key file downloaded by Terraform)' }),
    ],
  };
};

export const keysTable: BuilderTable = {
  key: { google_kms_crypto_key: cryptoKey },
  credential: { google_service_account_key: serviceAccountKey },
};
