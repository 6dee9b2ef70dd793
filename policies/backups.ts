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
        'Databases, file systems and other data stores have automated backups (or snapshots, or point-in-time recovery) kept at least `minBackupRetentionDays` (7 by default); ' +
        'backup vaults are immutable (vault lock, immutability, soft delete) and encrypted. Where backup copies go is judged by data-residency.',
      fr:
        'Bases de données, systèmes de fichiers et autres stockages ont des sauvegardes automatiques (ou des instantanés, ou une restauration à un instant donné) gardées au moins `minBackupRetentionDays` (7 par défaut) ; ' +
        'les coffres de sauvegarde sont immuables (verrou, immuabilité, suppression réversible) et chiffrés. L\'emplacement des copies est jugé par data-residency.',
    },
    messages: {
      notBackedUp: { en: 'The {{service}} has no automated backups.', fr: 'Le stockage {{service}} n\'a pas de sauvegardes automatiques.' },
      backupUnverified: { en: 'Could not verify that the {{service}} is backed up.', fr: 'Impossible de vérifier que le stockage {{service}} est sauvegardé.' },
      retentionUnknown: { en: 'The {{service}} is backed up; how long backups are kept could not be verified.', fr: 'Le stockage {{service}} est sauvegardé ; la durée de conservation des sauvegardes n\'a pu être vérifiée.' },
      retentionShort: { en: 'The {{service}} keeps backups {{days}} day(s), less than {{min}}.', fr: 'Le stockage {{service}} garde ses sauvegardes {{days}} jour(s), moins que {{min}}.' },
      backedUp: { en: 'The {{service}} is backed up.', fr: 'Le stockage {{service}} est sauvegardé.' },
      backedUpFor: { en: 'The {{service}} is backed up, backups kept {{days}} days.', fr: 'Le stockage {{service}} est sauvegardé, sauvegardes gardées {{days}} jours.' },
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

function checkBackup(b: BackupFacet | undefined, settings: ScanSettings): CheckResult | undefined {
  if (!b) return undefined;
  const evidence = b.evidence;
  const data = { service: b.service };
  const facet = 'backup' as const;
  if (b.enabled === 'no') return { status: 'fail', messageId: 'notBackedUp', data, evidence, facet };
  if (b.enabled === 'unknown') return { status: 'unknown', messageId: 'backupUnverified', data, evidence, settle: b.settle ?? { messageId: 'settleBackup' }, facet };
  const min = settings.minBackupRetentionDays;
  if (b.retentionDays === 'unknown') return { status: 'unknown', messageId: 'retentionUnknown', data, evidence, settle: b.settle ?? { messageId: 'settleRetention' }, facet };
  if (typeof b.retentionDays === 'number' && b.retentionDays < min) return { status: 'fail', messageId: 'retentionShort', data: { ...data, days: b.retentionDays, min }, evidence, facet };
  if (typeof b.retentionDays === 'number') return { status: 'pass', messageId: 'backedUpFor', data: { ...data, days: b.retentionDays }, evidence, facet };
  return { status: 'pass', messageId: 'backedUp', data, evidence, facet };
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
