import type { CredentialFacet, KeyFacet } from '../../src/model/facets.js';
import { durationSeconds, rotationDays } from './knowledge/durations.js';
import type { CaiAsset } from './asset.js';
import { bool, dataOf, dataPath, ev, get, str } from './values.js';

/**
 * Cloud KMS keys (`cloudkms.googleapis.com/CryptoKey`): `purpose` (ENCRYPT_DECRYPT when absent)
 * and `rotationPeriod`; only symmetric encryption keys rotate automatically. Keys whose material
 * lives outside Google (`versionTemplate.protectionLevel` EXTERNAL, EXTERNAL_VPC) are rotated in
 * the external key manager: not-applicable.
 *
 * Service account keys (`iam.googleapis.com/ServiceAccountKey`): `keyType` USER_MANAGED is a
 * long-lived credential (a disabled one still exists and can be enabled again); SYSTEM_MANAGED keys
 * are Google's own, rotated by Google: no facet. Cloud Asset Inventory does not say when a key was
 * last used (Policy Intelligence does): no unused-days figure.
 */

function cryptoKey(a: CaiAsset): KeyFacet {
  const label = 'Cloud KMS key';
  const data = dataOf(a);
  if (!data) return { label, rotation: 'unknown', evidence: [ev('resource.data', undefined, { note: 'the record does not include the key settings' })] };
  const purpose = str(get(data, 'purpose')) ?? 'ENCRYPT_DECRYPT';
  if (purpose !== 'ENCRYPT_DECRYPT') return { label, rotation: 'not-applicable', evidence: [ev(dataPath('purpose'), purpose, { safe: true, note: 'only symmetric encryption keys rotate automatically' })] };
  const level = str(get(data, 'versionTemplate.protectionLevel'));
  if (level === 'EXTERNAL' || level === 'EXTERNAL_VPC') return { label, rotation: 'not-applicable', evidence: [ev(dataPath('versionTemplate.protectionLevel'), level, { safe: true, note: 'key material in an external key manager, rotated there' })] };
  const raw = get(data, 'rotationPeriod');
  const seconds = durationSeconds(raw);
  if (seconds === undefined || seconds <= 0) return { label, rotation: 'no', evidence: [ev(dataPath('rotationPeriod'), undefined, { note: 'not set: the key never rotates' })] };
  const days = rotationDays(seconds);
  return { label, rotation: 'yes', rotationDays: days, evidence: [ev(dataPath('rotationPeriod'), String(raw), { safe: true, note: `rotates every ${days} days` })] };
}

function serviceAccountKey(a: CaiAsset): CredentialFacet | undefined {
  const label = 'service account key';
  const data = dataOf(a);
  if (!data) return { label, longLivedKey: 'unknown', evidence: [ev('resource.data', undefined, { note: 'the record does not include the key type' })], settle: 'the keyType of the service account key (USER_MANAGED or SYSTEM_MANAGED)' };
  const type = str(get(data, 'keyType'));
  if (type === 'SYSTEM_MANAGED') return undefined;
  if (type !== 'USER_MANAGED') return { label, longLivedKey: 'unknown', evidence: [ev(dataPath('keyType'), undefined, { note: 'not in the record' })], settle: 'the keyType of the service account key (USER_MANAGED or SYSTEM_MANAGED)' };
  const disabled = bool(get(data, 'disabled')) === true;
  const origin = str(get(data, 'keyOrigin'));
  return {
    label,
    longLivedKey: 'yes',
    evidence: [ev(dataPath('keyType'), type, { safe: true, note: [origin === 'USER_PROVIDED' ? 'uploaded public key' : 'private key created for download', disabled ? 'disabled, but can be enabled again' : undefined].filter(Boolean).join('; ') })],
  };
}

export function keyFacet(a: CaiAsset): KeyFacet | undefined {
  return a.assetType === 'cloudkms.googleapis.com/CryptoKey' ? cryptoKey(a) : undefined;
}

export function credentialFacet(a: CaiAsset): CredentialFacet | undefined {
  return a.assetType === 'iam.googleapis.com/ServiceAccountKey' ? serviceAccountKey(a) : undefined;
}
