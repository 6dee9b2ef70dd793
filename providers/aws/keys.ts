/**
 * Rotation of customer managed KMS keys (the `key` facet) from their Config items: the
 * supplementary `KeyRotationStatus`. AWS managed keys rotate every year by themselves and are
 * not judged; asymmetric, HMAC and imported keys cannot rotate automatically (not applicable).
 * The rotation period (90 to 2560 days since 2024) is not in the item: unknown unless it carries it.
 */
import type { KeyFacet } from '../../src/model/facets.js';
import { conf, num, supp, text, truthy } from './ci.js';
import { ev, type BuildContext } from './context.js';

function kmsKey(ctx: BuildContext): KeyFacet | undefined {
  const { item } = ctx;
  const label = 'KMS key';
  if (text(conf(item, 'keyManager')) !== 'CUSTOMER') return undefined;
  const state = text(conf(item, 'keyState'));
  if (state === 'PendingDeletion' || state === 'PendingReplicaDeletion') return undefined;
  const usage = conf(item, 'keyUsage');
  const spec = text(conf(item, 'keySpec')) !== undefined ? conf(item, 'keySpec') : conf(item, 'customerMasterKeySpec');
  const origin = conf(item, 'origin');
  if (text(origin) === 'EXTERNAL' || text(origin) === 'EXTERNAL_KEY_STORE') {
    return { label, rotation: 'not-applicable', evidence: [ev(origin, { safe: true, note: 'imported or external key material cannot rotate automatically' })] };
  }
  if ((text(usage) !== undefined && text(usage) !== 'ENCRYPT_DECRYPT') || (text(spec) !== undefined && text(spec) !== 'SYMMETRIC_DEFAULT')) {
    return { label, rotation: 'not-applicable', evidence: [ev(spec, { safe: true, note: 'asymmetric and HMAC keys cannot rotate automatically' }), ev(usage, { safe: true })] };
  }
  const status = supp(item, 'KeyRotationStatus');
  const t = truthy(status);
  if (t === undefined) return { label, rotation: 'unknown', evidence: [ev(status)] };
  if (t === 'no') return { label, rotation: 'no', evidence: [ev(status)] };
  const periodF = supp(item, 'RotationPeriodInDays');
  const period = num(periodF) ?? num(conf(item, 'rotationPeriodInDays'));
  return {
    label,
    rotation: 'yes',
    rotationDays: period ?? 'unknown',
    evidence: [ev(status), period !== undefined ? ev(periodF) : { path: periodF.path, value: null, note: 'the rotation period is not in the configuration item (aws kms get-key-rotation-status)' }],
  };
}

export const KEY: Readonly<Record<string, (ctx: BuildContext) => KeyFacet | undefined>> = {
  'AWS::KMS::Key': kmsKey,
};
