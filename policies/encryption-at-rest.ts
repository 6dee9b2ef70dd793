import { definePolicy } from '../src/policy/api.js';

export default definePolicy({
  meta: {
    id: 'encryption-at-rest',
    title: { en: 'Stored data is encrypted at rest', fr: 'Les données stockées sont chiffrées au repos' },
    rules: ['CLD-21', 'CL-8'],
    severity: 'high',
    description: {
      en:
        'Every data store (object and block storage, databases, file systems, queues, caches, search and warehouse clusters) encrypts its data at rest. ' +
        'The finding says which key protects it: one managed by the cloud provider, or a customer-managed key (KMS, Key Vault, Cloud KMS). ' +
        'With `requireCustomerManagedKeys: true` in the configuration, a provider-managed key fails.',
      fr:
        'Chaque stockage de données (objets et blocs, bases de données, systèmes de fichiers, files, caches, clusters de recherche et d\'entrepôt) chiffre ses données au repos. ' +
        'Le résultat dit quelle clé les protège : une clé gérée par le fournisseur cloud, ou une clé gérée par le client (KMS, Key Vault, Cloud KMS). ' +
        'Avec `requireCustomerManagedKeys: true` dans la configuration, une clé gérée par le fournisseur est un échec.',
    },
    messages: {
      notEncrypted: { en: 'The {{service}} is not encrypted at rest.', fr: 'Le stockage {{service}} n\'est pas chiffré au repos.' },
      unverified: { en: 'Could not verify that the {{service}} is encrypted at rest.', fr: 'Impossible de vérifier que le stockage {{service}} est chiffré au repos.' },
      providerKeyRefused: {
        en: 'The {{service}} is encrypted with a key managed by the cloud provider; the configuration requires a customer-managed key.',
        fr: 'Le stockage {{service}} est chiffré avec une clé gérée par le fournisseur cloud ; la configuration exige une clé gérée par le client.',
      },
      keyOwnerUnknown: {
        en: 'The {{service}} is encrypted, but which key protects it could not be determined; the configuration requires a customer-managed key.',
        fr: 'Le stockage {{service}} est chiffré, mais la clé qui le protège n\'a pu être déterminée ; la configuration exige une clé gérée par le client.',
      },
      customerKey: { en: 'The {{service}} is encrypted at rest with a customer-managed key.', fr: 'Le stockage {{service}} est chiffré au repos avec une clé gérée par le client.' },
      providerKey: { en: 'The {{service}} is encrypted at rest with a key managed by the cloud provider.', fr: 'Le stockage {{service}} est chiffré au repos avec une clé gérée par le fournisseur cloud.' },
      someKey: { en: 'The {{service}} is encrypted at rest with a key whose owner could not be determined.', fr: 'Le stockage {{service}} est chiffré au repos avec une clé dont le propriétaire n\'a pu être déterminé.' },
      settleEncryption: { en: 'the encryption setting of the resource once applied', fr: 'le réglage de chiffrement de la ressource une fois appliqué' },
      settleKey: { en: 'the key (KMS / Key Vault / Cloud KMS) configured on the resource', fr: 'la clé (KMS / Key Vault / Cloud KMS) configurée sur la ressource' },
    },
    remediation: {
      aws: {
        terraform: {
          en: 'Turn encryption on (`encrypted = true`, `storage_encrypted = true`, `at_rest_encryption_enabled = true`, an `aws_s3_bucket_server_side_encryption_configuration` with `aws:kms`…) and give `kms_key_id` a customer-managed `aws_kms_key` where keys must be yours.',
          fr: 'Activer le chiffrement (`encrypted = true`, `storage_encrypted = true`, `at_rest_encryption_enabled = true`, une `aws_s3_bucket_server_side_encryption_configuration` en `aws:kms`…) et donner à `kms_key_id` une `aws_kms_key` gérée par le client quand les clés doivent vous appartenir.',
        },
        live: {
          en: 'Most stores cannot be encrypted in place: make an encrypted copy and switch to it (EBS: snapshot, `aws ec2 copy-snapshot --encrypted --kms-key-id …`, new volume; RDS: `aws rds copy-db-snapshot --kms-key-id …`, then restore). Turn on `aws ec2 enable-ebs-encryption-by-default` in every region and S3 default encryption (`aws s3api put-bucket-encryption`).',
          fr: 'La plupart des stockages ne se chiffrent pas sur place : faire une copie chiffrée et basculer dessus (EBS : instantané, `aws ec2 copy-snapshot --encrypted --kms-key-id …`, nouveau volume ; RDS : `aws rds copy-db-snapshot --kms-key-id …`, puis restauration). Activer `aws ec2 enable-ebs-encryption-by-default` dans chaque région et le chiffrement par défaut S3 (`aws s3api put-bucket-encryption`).',
        },
      },
      azure: {
        terraform: {
          en: 'Keep storage service encryption on and add `infrastructure_encryption_enabled`; use a `customer_managed_key` block or a disk encryption set with a Key Vault key; keep `transparent_data_encryption_enabled = true` on SQL databases; set `encryption_at_host_enabled = true` on VMs.',
          fr: 'Garder le chiffrement du service de stockage et ajouter `infrastructure_encryption_enabled` ; utiliser un bloc `customer_managed_key` ou un disk encryption set avec une clé Key Vault ; garder `transparent_data_encryption_enabled = true` sur les bases SQL ; mettre `encryption_at_host_enabled = true` sur les VM.',
        },
        live: {
          en: 'Turn TDE back on (`az sql db tde set --status Enabled`); for your own keys, set a Key Vault key on the storage account (`az storage account update --encryption-key-source Microsoft.Keyvault …`) and a disk encryption set on disks; enable encryption at host on deallocated VMs (`az vm update --set securityProfile.encryptionAtHost=true`).',
          fr: 'Réactiver TDE (`az sql db tde set --status Enabled`) ; pour vos propres clés, poser une clé Key Vault sur le compte de stockage (`az storage account update --encryption-key-source Microsoft.Keyvault …`) et un disk encryption set sur les disques ; activer le chiffrement sur l\'hôte des VM désallouées (`az vm update --set securityProfile.encryptionAtHost=true`).',
        },
      },
      gcp: {
        terraform: {
          en: 'Data is always encrypted by Google; for customer-managed keys set `encryption.default_kms_key_name` on buckets, `disk_encryption_key.kms_key_self_link` on disks and `encryption_key_name` on Cloud SQL instances.',
          fr: 'Google chiffre toujours les données ; pour des clés gérées par le client, régler `encryption.default_kms_key_name` sur les buckets, `disk_encryption_key.kms_key_self_link` sur les disques et `encryption_key_name` sur les instances Cloud SQL.',
        },
        live: {
          en: 'Google encrypts all data; for customer-managed keys set the bucket default key (`gcloud storage buckets update gs://BUCKET --default-encryption-key=KEY`) and recreate disks and Cloud SQL instances from a snapshot or backup with `--kms-key`.',
          fr: 'Google chiffre toutes les données ; pour des clés gérées par le client, poser la clé par défaut du bucket (`gcloud storage buckets update gs://BUCKET --default-encryption-key=CLÉ`) et recréer disques et instances Cloud SQL depuis un instantané ou une sauvegarde avec `--kms-key`.',
        },
      },
    },
    facets: ['storage'],
  },
  check(resource, { settings }) {
    const s = resource.facets.storage;
    if (!s) return undefined;
    const evidence = s.evidence;
    const data = { service: s.service };
    if (s.encrypted === 'no') return { status: 'fail', messageId: 'notEncrypted', data, evidence };
    if (s.encrypted === 'unknown') return { status: 'unknown', messageId: 'unverified', data, evidence, settle: s.settle ?? { messageId: 'settleEncryption' } };
    if (settings.requireCustomerManagedKeys) {
      if (s.key === 'provider') return { status: 'fail', messageId: 'providerKeyRefused', data, evidence };
      if (s.key !== 'customer') return { status: 'unknown', messageId: 'keyOwnerUnknown', data, evidence, settle: s.settle ?? { messageId: 'settleKey' } };
    }
    const messageId = s.key === 'customer' ? 'customerKey' : s.key === 'provider' ? 'providerKey' : 'someKey';
    return { status: 'pass', messageId, data, evidence };
  },
});
