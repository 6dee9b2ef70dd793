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
          en: 'Set `backup_retention_period` (RDS, DocumentDB, Neptune) or point-in-time recovery (DynamoDB); cover stores with an `aws_backup_plan`; lock vaults with `aws_backup_vault_lock_configuration`.',
          fr: 'Régler `backup_retention_period` (RDS, DocumentDB, Neptune) ou la restauration à un instant donné (DynamoDB) ; couvrir les stockages par un `aws_backup_plan` ; verrouiller les coffres avec `aws_backup_vault_lock_configuration`.',
        },
        live: {
          en: 'Raise the retention (`aws rds modify-db-instance --backup-retention-period 14`), turn on DynamoDB point-in-time recovery (`aws dynamodb update-continuous-backups`), add the stores to an AWS Backup plan by tag, and lock the vault (`aws backup put-backup-vault-lock-configuration`).',
          fr: 'Augmenter la rétention (`aws rds modify-db-instance --backup-retention-period 14`), activer la restauration à un instant donné DynamoDB (`aws dynamodb update-continuous-backups`), ajouter les stockages à un plan AWS Backup par étiquette, et verrouiller le coffre (`aws backup put-backup-vault-lock-configuration`).',
        },
      },
      azure: {
        terraform: {
          en: 'Keep short-term retention and geo-backups on SQL and PostgreSQL/MySQL servers; protect items with a Recovery Services vault with soft delete and immutability.',
          fr: 'Conserver la rétention courte et les géo-sauvegardes sur les serveurs SQL et PostgreSQL/MySQL ; protéger les éléments par un coffre Recovery Services avec suppression réversible et immuabilité.',
        },
        live: {
          en: 'Set the short-term retention of SQL databases (`az sql db str-policy set --retention-days 14`) and of flexible servers; enable VM backup in a Recovery Services vault (`az backup protection enable-for-vm`) and turn on soft delete and immutability on the vault.',
          fr: 'Régler la rétention courte des bases SQL (`az sql db str-policy set --retention-days 14`) et des serveurs flexibles ; activer la sauvegarde des VM dans un coffre Recovery Services (`az backup protection enable-for-vm`) et activer la suppression réversible et l\'immuabilité du coffre.',
        },
      },
      gcp: {
        terraform: {
          en: 'Enable `backup_configuration` (and point-in-time recovery) on Cloud SQL; use backup vaults with a minimum enforced retention.',
          fr: 'Activer `backup_configuration` (et la restauration à un instant donné) sur Cloud SQL ; utiliser des coffres de sauvegarde avec une rétention minimale imposée.',
        },
        live: {
          en: 'Turn on automated backups and point-in-time recovery (`gcloud sql instances patch INSTANCE --backup-start-time=02:00 --enable-point-in-time-recovery --retained-backups-count=14`); use a Backup and DR vault with an enforced minimum retention.',
          fr: 'Activer les sauvegardes automatiques et la restauration à un instant donné (`gcloud sql instances patch INSTANCE --backup-start-time=02:00 --enable-point-in-time-recovery --retained-backups-count=14`) ; utiliser un coffre Backup and DR avec une rétention minimale imposée.',
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
