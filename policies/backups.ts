import { definePolicy, type CheckResult, type MessageRef } from '../src/policy/api.js';
import { worstOf } from '../src/policy/combine.js';
import type { BackupFacet, BackupVaultFacet } from '../src/model/facets.js';
import type { ScanSettings } from '../src/settings.js';

export default definePolicy({
  meta: {
    id: 'backups',
    title: { en: 'Data stores are backed up, and backups are protected', fr: 'Les stockages de données sont sauvegardés, et les sauvegardes protégées' },
    rules: ['CLD-26', 'CL-13', 'CL-14'],
    severity: 'high',
    description: {
      en:
        'Databases, file systems, disks, virtual machines and other data stores have automated backups (or snapshots, or point-in-time recovery, or an AWS Backup / Azure Backup / snapshot schedule covering them) kept at least `minBackupRetentionDays` (7 by default); ' +
        'object stores (S3 buckets, blob containers, Cloud Storage buckets) keep previous versions of their objects (versioning or soft delete); ' +
        'backup vaults are immutable (vault lock, immutability, soft delete) and encrypted. Where backup copies go is judged by data-residency.',
      fr:
        'Bases de données, systèmes de fichiers, disques, machines virtuelles et autres stockages ont des sauvegardes automatiques (ou des instantanés, ou une restauration à un instant donné, ou un plan AWS Backup / Azure Backup / une planification d\'instantanés qui les couvre) gardées au moins `minBackupRetentionDays` (7 par défaut) ; ' +
        'les stockages d\'objets (compartiments S3, conteneurs blob, buckets Cloud Storage) gardent les versions précédentes de leurs objets (versionnage ou suppression réversible) ; ' +
        'les coffres de sauvegarde sont immuables (verrou, immuabilité, suppression réversible) et chiffrés. L\'emplacement des copies est jugé par data-residency.',
    },
    messages: {
      notBackedUp: { en: 'The {{service}} has no automated backups.', fr: 'Le stockage {{service}} n\'a pas de sauvegardes automatiques.' },
      backupUnverified: { en: 'Could not verify that the {{service}} is backed up.', fr: 'Impossible de vérifier que le stockage {{service}} est sauvegardé.' },
      retentionUnknown: { en: 'The {{service}} is backed up; how long backups are kept could not be verified.', fr: 'Le stockage {{service}} est sauvegardé ; la durée de conservation des sauvegardes n\'a pu être vérifiée.' },
      retentionShort: { en: 'The {{service}} keeps backups {{days}} day(s), less than {{min}}.', fr: 'Le stockage {{service}} garde ses sauvegardes {{days}} jour(s), moins que {{min}}.' },
      backedUp: { en: 'The {{service}} is backed up.', fr: 'Le stockage {{service}} est sauvegardé.' },
      backedUpFor: { en: 'The {{service}} is backed up, backups kept {{days}} days.', fr: 'Le stockage {{service}} est sauvegardé, sauvegardes gardées {{days}} jours.' },
      notVersioned: {
        en: 'The {{service}} keeps no previous versions of its objects (neither versioning nor soft delete): a deleted or overwritten object cannot be recovered.',
        fr: 'Le stockage {{service}} ne garde pas les versions précédentes de ses objets (ni versionnage, ni suppression réversible) : un objet supprimé ou écrasé ne peut être récupéré.',
      },
      versioningUnverified: { en: 'Could not verify that the {{service}} keeps previous versions of its objects.', fr: 'Impossible de vérifier que le stockage {{service}} garde les versions précédentes de ses objets.' },
      versionRetentionShort: { en: 'The {{service}} keeps deleted objects {{days}} day(s), less than {{min}}.', fr: 'Le stockage {{service}} garde les objets supprimés {{days}} jour(s), moins que {{min}}.' },
      versioned: { en: 'The {{service}} keeps previous versions of its objects.', fr: 'Le stockage {{service}} garde les versions précédentes de ses objets.' },
      versionedFor: { en: 'The {{service}} keeps deleted objects {{days}} days.', fr: 'Le stockage {{service}} garde les objets supprimés {{days}} jours.' },
      vaultProblems: { en: '{{vault}}: {{problems}}.', fr: '{{vault}} : {{problems}}.' },
      vaultUnverified: { en: '{{vault}}: could not verify {{unknowns}}.', fr: '{{vault}} : impossible de vérifier {{unknowns}}.' },
      vaultProtected: { en: '{{vault}} keeps backups immutable and encrypted.', fr: '{{vault}} garde les sauvegardes immuables et chiffrées.' },
      deletable: {
        en: 'backups can be deleted before their time (no vault lock, immutability or soft delete)',
        fr: 'les sauvegardes peuvent être supprimées avant terme (ni verrou, ni immuabilité, ni suppression réversible)',
      },
      deletableUnknown: { en: 'whether backups can be deleted early', fr: 'si les sauvegardes peuvent être supprimées avant terme' },
      unencrypted: { en: 'backups are not encrypted', fr: 'les sauvegardes ne sont pas chiffrées' },
      encryptionUnknown: { en: 'whether backups are encrypted', fr: 'si les sauvegardes sont chiffrées' },
      settleBackup: { en: 'the backup settings of the store once applied', fr: 'les réglages de sauvegarde du stockage une fois appliqués' },
      settleVersioning: { en: 'the versioning and soft delete settings of the store', fr: 'les réglages de versionnage et de suppression réversible du stockage' },
      settleRetention: { en: 'the backup retention period', fr: 'la durée de conservation des sauvegardes' },
      settleVault: { en: 'the vault lock and encryption settings', fr: 'les réglages de verrou et de chiffrement du coffre' },
    },
    remediation: {
      aws: {
        terraform: {
          en: 'Set `backup_retention_period` (RDS, DocumentDB, Neptune) or point-in-time recovery (DynamoDB); cover stores, EBS volumes and EC2 instances with an `aws_backup_plan` and an `aws_backup_selection` (by ARN or `selection_tag`); version S3 buckets with `aws_s3_bucket_versioning` (`status = "Enabled"`); lock vaults with `aws_backup_vault_lock_configuration`.',
          fr: 'Régler `backup_retention_period` (RDS, DocumentDB, Neptune) ou la restauration à un instant donné (DynamoDB) ; couvrir stockages, volumes EBS et instances EC2 par un `aws_backup_plan` et une `aws_backup_selection` (par ARN ou `selection_tag`) ; versionner les compartiments S3 avec `aws_s3_bucket_versioning` (`status = "Enabled"`) ; verrouiller les coffres avec `aws_backup_vault_lock_configuration`.',
        },
        live: {
          en: 'Raise the retention (`aws rds modify-db-instance --backup-retention-period 14`), turn on DynamoDB point-in-time recovery (`aws dynamodb update-continuous-backups`), add the stores, EBS volumes and EC2 instances to an AWS Backup plan by tag (`aws backup create-backup-selection`), version S3 buckets (`aws s3api put-bucket-versioning --versioning-configuration Status=Enabled`), and lock the vault (`aws backup put-backup-vault-lock-configuration`).',
          fr: 'Augmenter la rétention (`aws rds modify-db-instance --backup-retention-period 14`), activer la restauration à un instant donné DynamoDB (`aws dynamodb update-continuous-backups`), ajouter stockages, volumes EBS et instances EC2 à un plan AWS Backup par étiquette (`aws backup create-backup-selection`), versionner les compartiments S3 (`aws s3api put-bucket-versioning --versioning-configuration Status=Enabled`), et verrouiller le coffre (`aws backup put-backup-vault-lock-configuration`).',
        },
      },
      azure: {
        terraform: {
          en: 'Keep short-term retention and geo-backups on SQL and PostgreSQL/MySQL servers; protect VMs with `azurerm_backup_protected_vm` and managed disks with `azurerm_data_protection_backup_instance_disk`, in vaults with soft delete and immutability; turn on `blob_properties.versioning_enabled` or a `delete_retention_policy` on storage accounts.',
          fr: 'Conserver la rétention courte et les géo-sauvegardes sur les serveurs SQL et PostgreSQL/MySQL ; protéger les VM par `azurerm_backup_protected_vm` et les disques managés par `azurerm_data_protection_backup_instance_disk`, dans des coffres avec suppression réversible et immuabilité ; activer `blob_properties.versioning_enabled` ou une `delete_retention_policy` sur les comptes de stockage.',
        },
        live: {
          en: 'Set the short-term retention of SQL databases (`az sql db str-policy set --retention-days 14`) and of flexible servers; enable VM backup in a Recovery Services vault (`az backup protection enable-for-vm`), disk backup in a Backup vault (`az dataprotection backup-instance create`), and turn on soft delete and immutability on the vault; turn on blob versioning or soft delete (`az storage account blob-service-properties update --enable-versioning true --enable-delete-retention true --delete-retention-days 14`).',
          fr: 'Régler la rétention courte des bases SQL (`az sql db str-policy set --retention-days 14`) et des serveurs flexibles ; activer la sauvegarde des VM dans un coffre Recovery Services (`az backup protection enable-for-vm`), celle des disques dans un coffre de sauvegarde (`az dataprotection backup-instance create`), et la suppression réversible et l\'immuabilité du coffre ; activer le versionnage ou la suppression réversible des blobs (`az storage account blob-service-properties update --enable-versioning true --enable-delete-retention true --delete-retention-days 14`).',
        },
      },
      gcp: {
        terraform: {
          en: 'Enable `backup_configuration` (and point-in-time recovery) on Cloud SQL; attach a snapshot schedule (`google_compute_resource_policy` with `snapshot_schedule_policy`) to disks with `google_compute_disk_resource_policy_attachment` or `resource_policies`; turn on `versioning` or keep `soft_delete_policy` on buckets; use backup vaults with a minimum enforced retention.',
          fr: 'Activer `backup_configuration` (et la restauration à un instant donné) sur Cloud SQL ; attacher une planification d\'instantanés (`google_compute_resource_policy` avec `snapshot_schedule_policy`) aux disques par `google_compute_disk_resource_policy_attachment` ou `resource_policies` ; activer `versioning` ou garder `soft_delete_policy` sur les buckets ; utiliser des coffres de sauvegarde avec une rétention minimale imposée.',
        },
        live: {
          en: 'Turn on automated backups and point-in-time recovery (`gcloud sql instances patch INSTANCE --backup-start-time=02:00 --enable-point-in-time-recovery --retained-backups-count=14`); attach a snapshot schedule to disks (`gcloud compute disks add-resource-policies DISK --resource-policies=SCHEDULE`); version buckets (`gcloud storage buckets update gs://BUCKET --versioning`); use a Backup and DR vault with an enforced minimum retention.',
          fr: 'Activer les sauvegardes automatiques et la restauration à un instant donné (`gcloud sql instances patch INSTANCE --backup-start-time=02:00 --enable-point-in-time-recovery --retained-backups-count=14`) ; attacher une planification d\'instantanés aux disques (`gcloud compute disks add-resource-policies DISK --resource-policies=SCHEDULE`) ; versionner les buckets (`gcloud storage buckets update gs://BUCKET --versioning`) ; utiliser un coffre Backup and DR avec une rétention minimale imposée.',
        },
      },
    },
    facets: ['backup', 'backupVault'],
  },
  check(resource, { settings }) {
    return worstOf([checkBackup(resource.facets.backup, settings), checkVault(resource.facets.backupVault)]);
  },
});

/** The message ids of each verdict, for backups and snapshots or for versioned object stores. */
const WORDS = {
  backup: { no: 'notBackedUp', unknown: 'backupUnverified', settle: 'settleBackup', short: 'retentionShort', yesFor: 'backedUpFor', yes: 'backedUp' },
  versioning: { no: 'notVersioned', unknown: 'versioningUnverified', settle: 'settleVersioning', short: 'versionRetentionShort', yesFor: 'versionedFor', yes: 'versioned' },
} as const;

function checkBackup(b: BackupFacet | undefined, settings: ScanSettings): CheckResult | undefined {
  if (!b) return undefined;
  const evidence = b.evidence;
  const data = { service: b.service };
  const facet = 'backup' as const;
  const w = WORDS[b.via ?? 'backup'];
  if (b.enabled === 'no') return { status: 'fail', messageId: w.no, data, evidence, facet };
  if (b.enabled === 'unknown') return { status: 'unknown', messageId: w.unknown, data, evidence, settle: b.settle ?? { messageId: w.settle }, facet };
  const min = settings.minBackupRetentionDays;
  if (b.retentionDays === 'unknown') return { status: 'unknown', messageId: 'retentionUnknown', data, evidence, settle: b.settle ?? { messageId: 'settleRetention' }, facet };
  if (typeof b.retentionDays === 'number' && b.retentionDays < min) return { status: 'fail', messageId: w.short, data: { ...data, days: b.retentionDays, min }, evidence, facet };
  if (typeof b.retentionDays === 'number') return { status: 'pass', messageId: w.yesFor, data: { ...data, days: b.retentionDays }, evidence, facet };
  return { status: 'pass', messageId: w.yes, data, evidence, facet };
}

function checkVault(v: BackupVaultFacet | undefined): CheckResult | undefined {
  if (!v) return undefined;
  const problems: MessageRef[] = [];
  const unknowns: MessageRef[] = [];
  if (v.immutable === 'no') problems.push({ messageId: 'deletable' });
  else if (v.immutable === 'unknown') unknowns.push({ messageId: 'deletableUnknown' });
  if (v.encrypted === 'no') problems.push({ messageId: 'unencrypted' });
  else if (v.encrypted === 'unknown') unknowns.push({ messageId: 'encryptionUnknown' });
  const facet = 'backupVault' as const;
  const vault = v.label;
  if (problems.length) return { status: 'fail', messageId: 'vaultProblems', data: { vault, problems }, evidence: v.evidence, facet };
  if (unknowns.length) return { status: 'unknown', messageId: 'vaultUnverified', data: { vault, unknowns }, evidence: v.evidence, settle: v.settle ?? { messageId: 'settleVault' }, facet };
  return { status: 'pass', messageId: 'vaultProtected', data: { vault }, evidence: v.evidence, facet };
}
