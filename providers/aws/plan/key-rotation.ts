/**
 * Rotation of KMS keys (the `key` facet). Only symmetric encryption keys whose material KMS
 * generated can rotate automatically: `enable_key_rotation` (off by default), every
 * `rotation_period_in_days` (365 by default). Asymmetric and HMAC keys, and keys with imported
 * material, cannot: not applicable. A multi-Region replica rotates with its primary.
 */
import type { KeyFacet } from '../../../src/model/facets.js';
import type { Builder, BuilderTable } from '../../terraform/builder-types.js';
import { setting, type TfResource } from '../../terraform/tf-resource.js';
import { evidence, flag, numberOf, text } from './values.js';

function rotationOf(r: TfResource, label: string, from?: TfResource): KeyFacet {
  const opts = from ? { from } : {};
  const usage = text(r, 'key_usage');
  const spec = text(r, 'customer_master_key_spec');
  const symmetric = (usage.state === 'unset' || usage.value === 'ENCRYPT_DECRYPT') && (spec.state === 'unset' || spec.value === 'SYMMETRIC_DEFAULT');
  if (usage.state === 'unknown' || spec.state === 'unknown') {
    return { label, rotation: 'unknown', evidence: [evidence(r, usage, { safe: true, ...opts }), evidence(r, spec, { safe: true, ...opts })] };
  }
  if (!symmetric) {
    return { label, rotation: 'not-applicable', evidence: [evidence(r, spec, { safe: true, ...opts, note: 'asymmetric and HMAC keys cannot rotate automatically' })] };
  }
  const enabled = flag(r, 'enable_key_rotation');
  const ev = [evidence(r, enabled.attr, opts)];
  if (enabled.truth === 'unknown') return { label, rotation: 'unknown', evidence: ev };
  if (enabled.truth !== 'yes') return { label, rotation: 'no', evidence: [{ ...ev[0]!, note: enabled.truth === 'unset' ? 'not set: automatic rotation is off' : 'automatic rotation is off' }] };
  const period = setting(r, 'rotation_period_in_days');
  if (period.state === 'unknown') return { label, rotation: 'yes', rotationDays: 'unknown', evidence: [...ev, evidence(r, period, opts)] };
  const days = period.state === 'unset' ? 365 : numberOf(period);
  return {
    label,
    rotation: 'yes',
    rotationDays: days ?? 'unknown',
    evidence: [...ev, period.state === 'unset' ? { path: 'rotation_period_in_days', value: null, note: 'not set: every 365 days', ...(from ? { from: from.address } : {}) } : evidence(r, period, opts)],
  };
}

const kmsKey: Builder<KeyFacet> = (r) => rotationOf(r, 'KMS key');

/** A replica takes the rotation of its primary key, when the primary is in this plan. */
const replicaKey: Builder<KeyFacet> = (r, ctx) => {
  const primary = ctx.links.targets(r, 'primary_key_arn', ['aws_kms_key'])[0];
  if (primary) return rotationOf(primary, 'KMS replica key', primary);
  return { label: 'KMS replica key', rotation: 'unknown', evidence: [{ path: 'primary_key_arn', note: 'primary key not in this plan: its rotation is the replica\'s' }] };
};

/** Imported key material cannot be rotated by KMS. */
const externalKey: Builder<KeyFacet> = () => ({
  label: 'KMS key with imported material',
  rotation: 'not-applicable',
  evidence: [{ path: 'key_material_base64', note: 'imported key material cannot rotate automatically: rotate it by importing new material into a new key' }],
});

export const keyRotationTable: BuilderTable = {
  key: {
    aws_kms_key: kmsKey,
    aws_kms_replica_key: replicaKey,
    aws_kms_external_key: externalKey,
    aws_kms_replica_external_key: externalKey,
  },
};
