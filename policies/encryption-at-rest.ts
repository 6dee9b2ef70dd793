import { definePolicy } from '../src/policy/api.js';

export default definePolicy({
  meta: {
    id: 'encryption-at-rest',
    title: 'Stored data is encrypted at rest',
    rules: ['CLD-21', 'CL-8'],
    severity: 'high',
    description:
      'Every data store (object and block storage, databases, file systems, queues, caches, search and warehouse clusters) encrypts its data at rest. ' +
      'The finding says which key protects it: one managed by the cloud provider, or a customer-managed key (KMS, Key Vault, Cloud KMS). ' +
      'With `requireCustomerManagedKeys: true` in the configuration, a provider-managed key fails.',
    remediation: {
      aws: 'Turn encryption on (`encrypted = true`, `storage_encrypted = true`, `at_rest_encryption_enabled = true`, an `aws_s3_bucket_server_side_encryption_configuration` with `aws:kms`…) and give `kms_key_id` a customer-managed `aws_kms_key` where keys must be yours.',
      azure: 'Keep storage service encryption on and add `infrastructure_encryption_enabled`; use a `customer_managed_key` block or a disk encryption set with a Key Vault key; keep `transparent_data_encryption_enabled = true` on SQL databases; set `encryption_at_host_enabled = true` on VMs.',
      gcp: 'Data is always encrypted by Google; for customer-managed keys set `encryption.default_kms_key_name` on buckets, `disk_encryption_key.kms_key_self_link` on disks and `encryption_key_name` on Cloud SQL instances.',
    },
    fr: {
      remediation: {
        aws: 'Activer le chiffrement (`encrypted = true`, `storage_encrypted = true`, `at_rest_encryption_enabled = true`, une `aws_s3_bucket_server_side_encryption_configuration` en `aws:kms`…) et donner à `kms_key_id` une `aws_kms_key` gérée par le client quand les clés doivent vous appartenir.',
        azure: 'Garder le chiffrement du service de stockage et ajouter `infrastructure_encryption_enabled` ; utiliser un bloc `customer_managed_key` ou un disk encryption set avec une clé Key Vault ; garder `transparent_data_encryption_enabled = true` sur les bases SQL ; mettre `encryption_at_host_enabled = true` sur les VM.',
        gcp: 'Google chiffre toujours les données ; pour des clés gérées par le client, régler `encryption.default_kms_key_name` sur les buckets, `disk_encryption_key.kms_key_self_link` sur les disques et `encryption_key_name` sur les instances Cloud SQL.',
      },
    },
    facets: ['storage'],
  },
  check(resource, { settings }) {
    const s = resource.facets.storage;
    if (!s) return undefined;
    const evidence = s.evidence;
    if (s.encrypted === 'no') return { status: 'fail', message: `${s.service} is not encrypted at rest.`, evidence };
    if (s.encrypted === 'unknown') {
      return {
        status: 'unknown',
        message: `Could not verify that the ${s.service} is encrypted at rest.`,
        evidence,
        settle: s.settle ?? 'the encryption setting of the resource once applied',
      };
    }
    const keyText = s.key === 'customer' ? 'a customer-managed key' : s.key === 'provider' ? 'a key managed by the cloud provider' : 'a key whose owner could not be determined';
    if (settings.requireCustomerManagedKeys) {
      if (s.key === 'provider') {
        return { status: 'fail', message: `${s.service} is encrypted with ${keyText}; the configuration requires a customer-managed key.`, evidence };
      }
      if (s.key !== 'customer') {
        return {
          status: 'unknown',
          message: `${s.service} is encrypted, but which key protects it could not be determined; the configuration requires a customer-managed key.`,
          evidence,
          settle: s.settle ?? 'the key (KMS / Key Vault / Cloud KMS) configured on the resource',
        };
      }
    }
    return { status: 'pass', message: `${s.service} is encrypted at rest with ${keyText}.`, evidence };
  },
});
