import type { Evidence, KeyFacet, SecretStoreFacet, Truth } from '../../src/model/facets.js';
import { isoDays, rotationDays } from './knowledge/key-rotation.js';
import { bool, ev, get, isObject, list, lower, prop, str, type AzRecord } from './records.js';

/**
 * Key Vaults and managed HSMs (`enableSoftDelete`, `enablePurgeProtection`) and Key Vault keys
 * (`rotationPolicy`, on the ARM key resource). ARM leaves `enablePurgeProtection` out until it is
 * turned on (it cannot be turned off), so a vault record that shows its configuration without it
 * has purge protection off; a missing `enableSoftDelete` stays unknown.
 */

function vault(label: string) {
  return (r: AzRecord): SecretStoreFacet => {
    const soft = prop(r, 'enableSoftDelete');
    const purge = prop(r, 'enablePurgeProtection');
    const configured = prop(r, 'vaultUri').found || prop(r, 'hsmUri').found;
    const s = bool(soft);
    const p = bool(purge);
    const softDelete: Truth = s === undefined ? 'unknown' : s ? 'yes' : 'no';
    const purgeProtection: Truth = p === true ? 'yes' : p === false || configured ? 'no' : 'unknown';
    const evidence: Evidence[] = [ev(soft), ev(purge, p === undefined && configured ? { note: 'not set: purge protection is off (ARM shows it only once enabled)' } : {})];
    return { label, softDelete, purgeProtection, evidence };
  };
}

/**
 * Key Vault keys (ARM `Microsoft.KeyVault/vaults/keys`, 2022-07-01 and later): a `rotationPolicy`
 * with a `rotate` lifetime action rotates; `timeAfterCreate`, or `timeBeforeExpiry` counted back
 * from `attributes.expiryTime`, says when. Without the policy in the record, rotation is unknown
 * (reading it needs the vault's data plane).
 */
function vaultKey(r: AzRecord): KeyFacet {
  const label = 'Key Vault key';
  const policy = prop(r, 'rotationPolicy');
  if (!isObject(policy.value)) return { label, rotation: 'unknown', evidence: [ev(policy, { note: 'the rotation policy is not in the record (az keyvault key rotation-policy show)' })] };
  const actions = list(get(policy.value, 'lifetimeActions')) ?? [];
  const rotate = actions.find((a) => isObject(a) && lower(str(get(a, 'action.type')) ?? '') === 'rotate');
  if (!rotate || !isObject(rotate)) return { label, rotation: 'no', evidence: [{ path: `${policy.path}.lifetimeActions`, note: 'no rotate action: the key never rotates automatically' }] };
  const after = str(get(rotate, 'trigger.timeAfterCreate'));
  const before = str(get(rotate, 'trigger.timeBeforeExpiry'));
  const expiry = str(get(policy.value, 'attributes.expiryTime'));
  const evidence: Evidence[] = [
    ...(after !== undefined && isoDays(after) !== undefined ? [{ path: `${policy.path}.lifetimeActions.trigger.timeAfterCreate`, value: after }] : []),
    ...(before !== undefined && isoDays(before) !== undefined ? [{ path: `${policy.path}.lifetimeActions.trigger.timeBeforeExpiry`, value: before }] : []),
    ...(expiry !== undefined && isoDays(expiry) !== undefined ? [{ path: `${policy.path}.attributes.expiryTime`, value: expiry }] : []),
  ];
  return { label, rotation: 'yes', rotationDays: rotationDays(after, before, expiry), evidence };
}

type Builder<F> = (r: AzRecord) => F | undefined;

export const SECRET_STORE_BUILDERS: Readonly<Record<string, Builder<SecretStoreFacet>>> = {
  'microsoft.keyvault/vaults': vault('Key Vault'),
  'microsoft.keyvault/managedhsms': vault('managed HSM'),
};

export const KEY_BUILDERS: Readonly<Record<string, Builder<KeyFacet>>> = {
  'microsoft.keyvault/vaults/keys': vaultKey,
};
