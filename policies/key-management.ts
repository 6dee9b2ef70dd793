import { definePolicy } from '../src/policy/api.js';
import { worstOf } from '../src/policy/combine.js';

export default definePolicy({
  meta: {
    id: 'key-management',
    title: 'Keys rotate, and key vaults cannot lose their keys',
    rules: ['CLD-40'],
    severity: 'medium',
    description:
      'Customer-managed symmetric keys (KMS, Key Vault, Cloud KMS) rotate automatically within `maxKeyRotationDays` (365 by default); Key Vaults keep soft delete and purge protection on, so a key (and the data it protects) cannot be destroyed by mistake or malice.',
    remediation: {
      aws: 'Set `enable_key_rotation = true` (and `rotation_period_in_days` ≤ 365) on `aws_kms_key`.',
      azure: 'Give keys an `azurerm_key_vault_key` `rotation_policy` with `expire_after` ≤ P1Y; set `purge_protection_enabled = true` and keep soft delete on Key Vaults.',
      gcp: 'Set `rotation_period` (e.g. `7776000s`, 90 days) on `google_kms_crypto_key`.',
    },
    fr: {
      remediation: {
        aws: 'Mettre `enable_key_rotation = true` (et `rotation_period_in_days` ≤ 365) sur `aws_kms_key`.',
        azure: 'Donner aux clés une `rotation_policy` d\'`azurerm_key_vault_key` avec `expire_after` ≤ P1Y ; mettre `purge_protection_enabled = true` et garder la suppression réversible sur les Key Vault.',
        gcp: 'Régler `rotation_period` (par exemple `7776000s`, 90 jours) sur `google_kms_crypto_key`.',
      },
    },
    facets: ['key', 'secretStore'],
  },
  check(resource, { settings }) {
    const k = resource.facets.key;
    const v = resource.facets.secretStore;
    const max = settings.maxKeyRotationDays;
    const key =
      !k || k.rotation === 'not-applicable'
        ? undefined
        : k.rotation === 'no'
          ? { status: 'fail' as const, message: `The ${k.label} does not rotate automatically.`, evidence: k.evidence }
          : k.rotation === 'unknown' || k.rotationDays === 'unknown'
            ? { status: 'unknown' as const, message: `Could not verify the rotation of the ${k.label}.`, evidence: k.evidence, settle: 'the key rotation settings once applied' }
            : k.rotationDays !== undefined && k.rotationDays > max
              ? { status: 'fail' as const, message: `The ${k.label} rotates every ${k.rotationDays} days, more than ${max}.`, evidence: k.evidence }
              : { status: 'pass' as const, message: `The ${k.label} rotates automatically${k.rotationDays !== undefined ? ` every ${k.rotationDays} days` : ''}.`, evidence: k.evidence };
    const vault = !v
      ? undefined
      : v.softDelete === 'no' || v.purgeProtection === 'no'
        ? { status: 'fail' as const, message: `The ${v.label} has ${[v.softDelete === 'no' ? 'soft delete' : '', v.purgeProtection === 'no' ? 'purge protection' : ''].filter(Boolean).join(' and ')} off: its keys and secrets can be destroyed for good.`, evidence: v.evidence }
        : v.softDelete === 'unknown' || v.purgeProtection === 'unknown'
          ? { status: 'unknown' as const, message: `Could not verify the deletion protection of the ${v.label}.`, evidence: v.evidence, settle: 'the soft delete and purge protection settings once applied' }
          : { status: 'pass' as const, message: `The ${v.label} keeps soft delete and purge protection on.`, evidence: v.evidence };
    return worstOf([key, vault]);
  },
});
