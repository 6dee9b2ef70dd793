import type { Evidence, KeyFacet, SecretStoreFacet, Truth } from '../../../src/model/facets.js';
import type { BuilderTable } from '../../terraform/builder-types.js';
import { blocks, configured, setting, type TfResource } from '../../terraform/tf-resource.js';
import { ev, read, readBool } from './values.js';
import { rotationDays } from '../knowledge/key-rotation.js';

/**
 * Key Vault keys rotate through their rotation policy (an `automatic` lifetime action); Key Vaults
 * and managed HSMs keep deleted keys with soft delete (mandatory on every vault, it cannot be
 * turned off any more) and forbid purging them early with purge protection (off by default).
 */


function keyRotation(label: string) {
  return (r: TfResource): KeyFacet => {
    const policy = blocks(r, 'rotation_policy');
    if (policy === 'unknown' && configured(r, 'rotation_policy') !== 'no') return { label, rotation: 'unknown', evidence: [ev(r, 'rotation_policy')] };
    if (policy === 'unknown' || !policy.length) return { label, rotation: 'no', evidence: [{ path: 'rotation_policy', value: null, note: 'no rotation policy: the key never rotates' }] };
    const automatic = blocks(r, 'rotation_policy[0].automatic');
    if (automatic === 'unknown') return { label, rotation: 'unknown', evidence: [ev(r, 'rotation_policy[0].automatic')] };
    if (!automatic.length) return { label, rotation: 'no', evidence: [{ path: 'rotation_policy[0].automatic', value: null, note: 'the rotation policy only notifies: no automatic rotation' }] };
    const after = read(r, 'rotation_policy[0].automatic[0].time_after_creation');
    const before = read(r, 'rotation_policy[0].automatic[0].time_before_expiry');
    const expire = read(r, 'rotation_policy[0].expire_after');
    const evidence: Evidence[] = [ev(r, after, { safe: true }), ev(r, before, { safe: true }), ev(r, expire, { safe: true })].filter((e) => e.value !== null || e.note);
    if ([after, before, expire].some((a) => a.state === 'unknown')) return { label, rotation: 'yes', rotationDays: 'unknown', evidence };
    const text = (a: typeof after) => (a.state === 'known' ? String(a.value) : undefined);
    return { label, rotation: 'yes', rotationDays: rotationDays(text(after), text(before), text(expire)), evidence };
  };
}

/**
 * Key Vaults: soft delete is always on since azurerm 3.0 (the provider dropped `soft_delete_enabled`
 * as Azure made it mandatory); a 2.x plan may still say `soft_delete_enabled = false`.
 * `purge_protection_enabled` is off by default.
 */
function keyVault(label: string) {
  return (r: TfResource): SecretStoreFacet => {
    // `setting`: absent from a 3.x/4.x plan (planned_values only) reads as unset, not unknown.
    const legacy = setting(r, 'soft_delete_enabled');
    const softDelete: Truth = legacy.state === 'known' ? (legacy.value === false ? 'no' : 'yes') : legacy.state === 'unknown' ? 'unknown' : 'yes';
    const purge = readBool(r, 'purge_protection_enabled', false, false);
    const evidence: Evidence[] = [
      legacy.state === 'unset' ? { path: 'soft_delete_retention_days', note: 'soft delete is always on' } : ev(r, legacy),
      ev(r, purge.attr, purge.truth === 'no' ? { note: 'deleted keys and secrets can be purged before the retention ends' } : {}),
    ];
    return { label, softDelete, purgeProtection: purge.truth, evidence };
  };
}

export const KEYS: BuilderTable = {
  key: {
    azurerm_key_vault_key: keyRotation('Key Vault key'),
    azurerm_key_vault_managed_hardware_security_module_key: keyRotation('managed HSM key'),
  },
  secretStore: {
    azurerm_key_vault: keyVault('Key Vault'),
    azurerm_key_vault_managed_hardware_security_module: keyVault('managed HSM'),
  },
};
