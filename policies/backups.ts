import { definePolicy } from '../src/policy/api.js';
import type { CheckResult } from '../src/policy/api.js';
import { worstOf } from '../src/policy/combine.js';
import type { BackupFacet, BackupVaultFacet } from '../src/model/facets.js';
import type { ScanSettings } from '../src/settings.js';

export default definePolicy({
  meta: {
    id: 'backups',
    title: 'Data stores are backed up, and backups are protected',
    rules: ['CLD-26', 'CL-13', 'CL-14'],
    severity: 'high',
    description:
      'Databases, file systems and other data stores have automated backups (or snapshots, or point-in-time recovery) kept at least `minBackupRetentionDays` (7 by default); ' +
      'backup vaults are immutable (vault lock, immutability, soft delete) and encrypted. Where backup copies go is judged by data-residency.',
    remediation: {
      aws: 'Set `backup_retention_period` (RDS, DocumentDB, Neptune) or point-in-time recovery (DynamoDB); cover stores with an `aws_backup_plan`; lock vaults with `aws_backup_vault_lock_configuration`.',
      azure: 'Keep short-term retention and geo-backups on SQL and PostgreSQL/MySQL servers; protect items with a Recovery Services vault with soft delete and immutability.',
      gcp: 'Enable `backup_configuration` (and point-in-time recovery) on Cloud SQL; use backup vaults with a minimum enforced retention.',
    },
    fr: {
      remediation: {
        aws: 'Régler `backup_retention_period` (RDS, DocumentDB, Neptune) ou la restauration à un instant donné (DynamoDB) ; couvrir les stockages par un `aws_backup_plan` ; verrouiller les coffres avec `aws_backup_vault_lock_configuration`.',
        azure: 'Conserver la rétention courte et les géo-sauvegardes sur les serveurs SQL et PostgreSQL/MySQL ; protéger les éléments par un coffre Recovery Services avec suppression réversible et immuabilité.',
        gcp: 'Activer `backup_configuration` (et la restauration à un instant donné) sur Cloud SQL ; utiliser des coffres de sauvegarde avec une rétention minimale imposée.',
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
  if (b.enabled === 'no') return { status: 'fail', message: `The ${b.service} has no automated backups.`, evidence: b.evidence };
  if (b.enabled === 'unknown') {
    return { status: 'unknown', message: `Could not verify that the ${b.service} is backed up.`, evidence: b.evidence, settle: b.settle ?? 'the backup settings of the store once applied' };
  }
  const min = settings.minBackupRetentionDays;
  if (b.retentionDays === 'unknown') {
    return { status: 'unknown', message: `The ${b.service} is backed up; how long backups are kept could not be verified.`, evidence: b.evidence, settle: b.settle ?? 'the backup retention period' };
  }
  if (typeof b.retentionDays === 'number' && b.retentionDays < min) {
    return { status: 'fail', message: `The ${b.service} keeps backups ${b.retentionDays} day(s), less than ${min}.`, evidence: b.evidence };
  }
  return { status: 'pass', message: `The ${b.service} is backed up${typeof b.retentionDays === 'number' ? `, backups kept ${b.retentionDays} days` : ''}.`, evidence: b.evidence };
}

function checkVault(v: BackupVaultFacet | undefined): CheckResult | undefined {
  if (!v) return undefined;
  const problems: string[] = [];
  const unknowns: string[] = [];
  if (v.immutable === 'no') problems.push('backups can be deleted before their time (no vault lock, immutability or soft delete)');
  else if (v.immutable === 'unknown') unknowns.push('whether backups can be deleted early');
  if (v.encrypted === 'no') problems.push('backups are not encrypted');
  else if (v.encrypted === 'unknown') unknowns.push('whether backups are encrypted');
  if (problems.length) return { status: 'fail', message: `${v.label}: ${problems.join('; ')}.`, evidence: v.evidence };
  if (unknowns.length) return { status: 'unknown', message: `${v.label}: could not verify ${unknowns.join(' and ')}.`, evidence: v.evidence, settle: v.settle ?? 'the vault lock and encryption settings' };
  return { status: 'pass', message: `${v.label} keeps backups immutable and encrypted.`, evidence: v.evidence };
}
