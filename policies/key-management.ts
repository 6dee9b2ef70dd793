import { definePolicy, type CheckResult, type MessageRef } from '../src/policy/api.js';
import { worstOf } from '../src/policy/combine.js';
import type { KeyFacet, SecretStoreFacet } from '../src/model/facets.js';

export default definePolicy({
  meta: {
    id: 'key-management',
    title: { en: 'Keys rotate, and key vaults cannot lose their keys', fr: 'Les clés tournent, et les coffres ne peuvent perdre leurs clés' },
    rules: ['CLD-40'],
    severity: 'medium',
    description: {
      en: 'Customer-managed symmetric keys (KMS, Key Vault, Cloud KMS) rotate automatically within `maxKeyRotationDays` (365 by default); Key Vaults keep soft delete and purge protection on, so a key (and the data it protects) cannot be destroyed by mistake or malice.',
      fr: 'Les clés symétriques gérées par le client (KMS, Key Vault, Cloud KMS) tournent automatiquement en moins de `maxKeyRotationDays` (365 par défaut) ; les Key Vault gardent la suppression réversible et la protection contre le vidage, pour qu\'une clé (et les données qu\'elle protège) ne puisse être détruite par erreur ou par malveillance.',
    },
    messages: {
      noRotation: { en: 'The {{key}} does not rotate automatically.', fr: 'La clé {{key}} ne tourne pas automatiquement.' },
      rotationUnknown: { en: 'Could not verify the rotation of the {{key}}.', fr: 'Impossible de vérifier la rotation de la clé {{key}}.' },
      rotationTooLong: { en: 'The {{key}} rotates every {{days}} days, more than {{max}}.', fr: 'La clé {{key}} tourne tous les {{days}} jours, plus que {{max}}.' },
      rotates: { en: 'The {{key}} rotates automatically.', fr: 'La clé {{key}} tourne automatiquement.' },
      rotatesEvery: { en: 'The {{key}} rotates automatically every {{days}} days.', fr: 'La clé {{key}} tourne automatiquement tous les {{days}} jours.' },
      vaultUnprotected: { en: 'The {{vault}} has {{missing}} off: its keys and secrets can be destroyed for good.', fr: 'Le coffre {{vault}} a {{missing}} désactivée(s) : ses clés et secrets peuvent être détruits définitivement.' },
      softDelete: { en: 'soft delete', fr: 'la suppression réversible' },
      purgeProtection: { en: 'purge protection', fr: 'la protection contre le vidage' },
      vaultUnknown: { en: 'Could not verify the deletion protection of the {{vault}}.', fr: 'Impossible de vérifier la protection contre la suppression du coffre {{vault}}.' },
      vaultProtected: { en: 'The {{vault}} keeps soft delete and purge protection on.', fr: 'Le coffre {{vault}} garde la suppression réversible et la protection contre le vidage.' },
      settleRotation: { en: 'the key rotation settings once applied', fr: 'les réglages de rotation de la clé une fois appliqués' },
      settleVault: { en: 'the soft delete and purge protection settings once applied', fr: 'les réglages de suppression réversible et de protection contre le vidage une fois appliqués' },
    },
    remediation: {
      aws: {
        terraform: {
          en: 'Set `enable_key_rotation = true` (and `rotation_period_in_days` ≤ 365) on `aws_kms_key`.',
          fr: 'Mettre `enable_key_rotation = true` (et `rotation_period_in_days` ≤ 365) sur `aws_kms_key`.',
        },
        live: {
          en: 'Turn on automatic rotation: `aws kms enable-key-rotation --key-id KEY --rotation-period-in-days 365`.',
          fr: 'Activer la rotation automatique : `aws kms enable-key-rotation --key-id CLÉ --rotation-period-in-days 365`.',
        },
      },
      azure: {
        terraform: {
          en: 'Give keys an `azurerm_key_vault_key` `rotation_policy` with `expire_after` ≤ P1Y; set `purge_protection_enabled = true` and keep soft delete on Key Vaults.',
          fr: 'Donner aux clés une `rotation_policy` d\'`azurerm_key_vault_key` avec `expire_after` ≤ P1Y ; mettre `purge_protection_enabled = true` et garder la suppression réversible sur les Key Vault.',
        },
        live: {
          en: 'Set a rotation policy on each key (`az keyvault key rotation-policy update --value policy.json`, rotating within P1Y); `az keyvault update --enable-purge-protection true` (soft delete cannot be turned off on current vaults).',
          fr: 'Poser une stratégie de rotation sur chaque clé (`az keyvault key rotation-policy update --value policy.json`, rotation sous P1Y) ; `az keyvault update --enable-purge-protection true` (la suppression réversible ne se désactive plus sur les coffres actuels).',
        },
      },
      gcp: {
        terraform: {
          en: 'Set `rotation_period` (e.g. `7776000s`, 90 days) on `google_kms_crypto_key`.',
          fr: 'Régler `rotation_period` (par exemple `7776000s`, 90 jours) sur `google_kms_crypto_key`.',
        },
        live: {
          en: '`gcloud kms keys update KEY --keyring=RING --location=LOCATION --rotation-period=90d --next-rotation-time=…`.',
          fr: '`gcloud kms keys update CLÉ --keyring=TROUSSEAU --location=EMPLACEMENT --rotation-period=90d --next-rotation-time=…`.',
        },
      },
    },
    facets: ['key', 'secretStore'],
  },
  check(resource, { settings }) {
    return worstOf([checkKey(resource.facets.key, settings.maxKeyRotationDays), checkVault(resource.facets.secretStore)]);
  },
});

function checkKey(k: KeyFacet | undefined, max: number): CheckResult | undefined {
  if (!k || k.rotation === 'not-applicable') return undefined;
  const base = { data: { key: k.label }, evidence: k.evidence, facet: 'key' as const };
  if (k.rotation === 'no') return { status: 'fail', messageId: 'noRotation', ...base };
  if (k.rotation === 'unknown' || k.rotationDays === 'unknown') return { status: 'unknown', messageId: 'rotationUnknown', ...base, settle: { messageId: 'settleRotation' } };
  if (k.rotationDays !== undefined && k.rotationDays > max) return { status: 'fail', messageId: 'rotationTooLong', ...base, data: { key: k.label, days: k.rotationDays, max } };
  if (k.rotationDays !== undefined) return { status: 'pass', messageId: 'rotatesEvery', ...base, data: { key: k.label, days: k.rotationDays } };
  return { status: 'pass', messageId: 'rotates', ...base };
}

function checkVault(v: SecretStoreFacet | undefined): CheckResult | undefined {
  if (!v) return undefined;
  const base = { data: { vault: v.label }, evidence: v.evidence, facet: 'secretStore' as const };
  if (v.softDelete === 'no' || v.purgeProtection === 'no') {
    const missing: MessageRef[] = [];
    if (v.softDelete === 'no') missing.push({ messageId: 'softDelete' });
    if (v.purgeProtection === 'no') missing.push({ messageId: 'purgeProtection' });
    return { status: 'fail', messageId: 'vaultUnprotected', ...base, data: { vault: v.label, missing } };
  }
  if (v.softDelete === 'unknown' || v.purgeProtection === 'unknown') return { status: 'unknown', messageId: 'vaultUnknown', ...base, settle: { messageId: 'settleVault' } };
  return { status: 'pass', messageId: 'vaultProtected', ...base };
}
