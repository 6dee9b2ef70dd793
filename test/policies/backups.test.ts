import backups from '../../policies/backups.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INPUT_KINDS } from '../../src/cli/composition-root.js';
import { scan } from '../../src/scan.js';
import { DEFAULT_SETTINGS } from '../../src/settings.js';
import { runPolicy } from '../../src/policy/tester.js';
import { runLive, type LiveRun } from '../helpers/azure-live.js';
import { hasOpenssl, makeTestCertificate, type TestCertificate } from '../helpers/azure-tls.js';
import { PROJECTS, TOKEN, project } from '../helpers/gcp-estate.js';
import { run as runGcp, source as gcpSource } from '../helpers/gcp-live.js';
import { startGcpServer } from '../helpers/gcp-server.js';
import { check, idRefs, judgePlan, planFacets, planStatus, refs, resultOf, RG } from '../helpers/plan-verdicts.js';
import { instance, sql } from '../helpers/gcp-plan-fixtures.js';
import { type FixtureResource } from '../helpers/plan-builder.js';
import * as cfg from '../helpers/aws-fixtures.js';
import * as arm from '../helpers/azure-estate.js';
import * as asset from '../helpers/gcp-policy-estate.js';
import { describeTwins } from '../helpers/twins.js';

/** The backups policy on each cloud's plans and inventories, and the same estate as both (twins). */

describe('AWS plans', () => {
  const db = (values: Record<string, unknown>, extra: Partial<FixtureResource> = {}): FixtureResource => ({
    address: 'aws_db_instance.orders',
    values: { identifier: 'orders', engine: 'postgres', engine_version: '16.4', instance_class: 'db.m6g.large', allocated_storage: 100, storage_encrypted: true, replicate_source_db: null, ...values },
    unknown: { arn: true, id: true, endpoint: true, ...(values.backup_retention_period === undefined ? { backup_retention_period: true } : {}) },
    ...extra,
  });

  it('passes a retention of a week or more, fails a shorter one or none', () => {
    expect(check(backups, [db({ backup_retention_period: 14 })]).result('aws_db_instance.orders')).toMatchObject({ status: 'pass', messageId: 'backedUpFor', data: { service: 'RDS instance', days: 14 } });
    const short = check(backups, [db({ backup_retention_period: 3 })]).result('aws_db_instance.orders');
    expect(short?.status).toBe('fail');
    expect(short).toMatchObject({ messageId: 'retentionShort', data: { service: 'RDS instance', days: 3, min: 7 } });
    const none = check(backups, [db({ backup_retention_period: 0 })]).result('aws_db_instance.orders');
    expect(none).toMatchObject({ status: 'fail', messageId: 'notBackedUp', data: { service: 'RDS instance' } });
  });

  it('reads a retention the configuration leaves out as the AWS default of one day', () => {
    const r = check(backups, [db({})]).result('aws_db_instance.orders');
    expect(r?.status).toBe('fail');
    expect(r?.evidence).toContainEqual(expect.objectContaining({ path: 'backup_retention_period', value: null, note: 'not set: AWS keeps automated backups 1 day(s)' }));
  });

  it('is unknown while the retention comes from a variable, and skips read replicas', () => {
    const r = check(backups, [db({}, { expressions: { backup_retention_period: refs('var.retention') } })]).result('aws_db_instance.orders');
    expect(r?.status).toBe('unknown');
    expect(r?.settle).toBe('the `backup_retention_period` once applied');
    expect(check(backups, [db({ replicate_source_db: 'orders-primary', backup_retention_period: 0 })]).status('aws_db_instance.orders')).toBe('none');
  });

  it('reads DynamoDB point-in-time recovery', () => {
    const table = (pitr: unknown[]): FixtureResource => ({
      address: 'aws_dynamodb_table.sessions',
      values: { name: 'sessions', billing_mode: 'PAY_PER_REQUEST', hash_key: 'pk', point_in_time_recovery: pitr, server_side_encryption: [] },
      unknown: { arn: true, id: true },
    });
    expect(check(backups, [table([{ enabled: true, recovery_period_in_days: 35 }])]).result('aws_dynamodb_table.sessions')).toMatchObject({ status: 'pass', messageId: 'backedUpFor', data: { service: 'DynamoDB table', days: 35 } });
    expect(check(backups, [table([{ enabled: false }])]).status('aws_dynamodb_table.sessions')).toBe('fail');
    expect(check(backups, [table([{ enabled: true, recovery_period_in_days: 5 }])]).status('aws_dynamodb_table.sessions')).toBe('fail');
    expect(check(backups, [{ ...table([]), unknown: { arn: true, id: true, point_in_time_recovery: true }, expressions: { point_in_time_recovery: [{ enabled: refs('var.pitr') }] } }]).status('aws_dynamodb_table.sessions')).toBe('unknown');
  });

  const efs: FixtureResource = { address: 'aws_efs_file_system.shared', values: { creation_token: 'shared', encrypted: true }, unknown: { arn: true, id: true } };

  it('reads the EFS backup policy, and counts a file system without one as not backed up', () => {
    const policy = (status: string): FixtureResource => ({
      address: 'aws_efs_backup_policy.shared',
      values: { backup_policy: [{ status }] },
      unknown: { id: true, file_system_id: true },
      expressions: { file_system_id: refs('aws_efs_file_system.shared.id', 'aws_efs_file_system.shared') },
    });
    expect(check(backups, [efs, policy('ENABLED')]).result('aws_efs_file_system.shared')).toMatchObject({ status: 'pass', messageId: 'backedUpFor', data: { service: 'EFS file system', days: 35 } });
    expect(check(backups, [efs, policy('DISABLED')]).status('aws_efs_file_system.shared')).toBe('fail');
    expect(check(backups, [efs]).status('aws_efs_file_system.shared')).toBe('fail');
  });

  it('counts an AWS Backup selection of the plan, with the plan rules\' retention', () => {
    const plan = (deleteAfter: unknown): FixtureResource => ({
      address: 'aws_backup_plan.daily',
      values: { name: 'daily', rule: [{ rule_name: 'daily', target_vault_name: 'main', schedule: 'cron(0 5 ? * * *)', lifecycle: deleteAfter === undefined ? [] : [{ delete_after: deleteAfter, cold_storage_after: null }], copy_action: [] }] },
      unknown: { arn: true, id: true },
    });
    const selection: FixtureResource = {
      address: 'aws_backup_selection.stores',
      values: { name: 'stores', iam_role_arn: 'arn:aws:iam::111122223333:role/backup', selection_tag: [], condition: [], not_resources: [] },
      unknown: { id: true, plan_id: true, resources: true },
      expressions: { plan_id: refs('aws_backup_plan.daily.id', 'aws_backup_plan.daily'), resources: refs('aws_efs_file_system.shared.arn', 'aws_efs_file_system.shared') },
    };
    expect(check(backups, [efs, plan(35), selection]).result('aws_efs_file_system.shared')).toMatchObject({ status: 'pass', messageId: 'backedUpFor', data: { service: 'EFS file system', days: 35 } });
    expect(check(backups, [efs, plan(3), selection]).status('aws_efs_file_system.shared')).toBe('fail');
    expect(check(backups, [efs, plan(undefined), selection]).result('aws_efs_file_system.shared')).toMatchObject({ status: 'pass', messageId: 'backedUp', data: { service: 'EFS file system' } });
    const byTag: FixtureResource = { ...selection, values: { ...selection.values, selection_tag: [{ type: 'STRINGEQUALS', key: 'backup', value: 'daily' }] }, unknown: { id: true, plan_id: true }, expressions: { plan_id: refs('aws_backup_plan.daily.id', 'aws_backup_plan.daily') } };
    byTag.values.resources = ['*'];
    const tagged: FixtureResource = { ...efs, values: { ...efs.values, tags: { backup: 'daily' } } };
    expect(check(backups, [tagged, plan(35), byTag]).status('aws_efs_file_system.shared')).toBe('pass');
    expect(check(backups, [{ ...efs, values: { ...efs.values, tags: { backup: 'none' } } }, plan(35), byTag]).status('aws_efs_file_system.shared')).toBe('fail');
    expect(check(backups, [{ ...efs, unknown: { ...efs.unknown, tags_all: true }, values: { ...efs.values } }, plan(35), byTag]).status('aws_efs_file_system.shared')).toBe('unknown');
  });

  it('judges AWS Backup vaults by their lock mode', () => {
    const vault: FixtureResource = { address: 'aws_backup_vault.main', values: { name: 'main', kms_key_arn: null, force_destroy: false }, unknown: { arn: true, id: true } };
    const lock = (changeable: unknown, extra: Partial<FixtureResource> = {}): FixtureResource => ({
      address: 'aws_backup_vault_lock_configuration.main',
      values: { backup_vault_name: 'main', min_retention_days: 7, max_retention_days: 400, ...(changeable === undefined ? {} : { changeable_for_days: changeable }) },
      unknown: { id: true, backup_vault_arn: true },
      expressions: { backup_vault_name: refs('aws_backup_vault.main.name', 'aws_backup_vault.main') },
      ...extra,
    });
    expect(check(backups, [vault, lock(3)]).result('aws_backup_vault.main')).toMatchObject({ status: 'pass', messageId: 'vaultProtected', data: { vault: 'AWS Backup vault' } });
    expect(check(backups, [vault]).result('aws_backup_vault.main')?.status).toBe('fail');
    const governance = check(backups, [vault, lock(null)]).result('aws_backup_vault.main');
    expect(governance?.status).toBe('fail');
    expect(governance?.evidence?.[0]?.note).toMatch(/governance mode/);
    expect(check(backups, [vault, lock(undefined, { unknown: { id: true, backup_vault_arn: true, changeable_for_days: true }, expressions: { backup_vault_name: refs('aws_backup_vault.main.name', 'aws_backup_vault.main'), changeable_for_days: refs('var.grace') } })]).status('aws_backup_vault.main')).toBe('unknown');
  });
});

describe('Azure plans', () => {
  const db = (extra: Record<string, unknown> = {}, unknown: Record<string, unknown> = {}, expressions: Record<string, unknown> = {}): FixtureResource => ({
    address: 'azurerm_mssql_database.app',
    values: { name: 'app', create_mode: 'Default', geo_backup_enabled: true, storage_account_type: 'Geo', transparent_data_encryption_enabled: true, ...extra },
    unknown: { id: true, server_id: true, short_term_retention_policy: true, long_term_retention_policy: true, zone_redundant: true, sku_name: true, ...unknown },
    expressions,
  });

  it('Azure SQL databases: 7 days of point-in-time restore when short_term_retention_policy is left out; 3 days fail; a policy set from a variable is unknown', () => {
    const defaulted = judgePlan('backups', [db()], 'azurerm_mssql_database.app');
    expect(defaulted.result?.status).toBe('pass');
    expect(defaulted.resource.facets.backup?.evidence.some((e) => e.note?.includes('Azure keeps backups 7 days'))).toBe(true);
    const short = { short_term_retention_policy: [{ retention_days: 3, backup_interval_in_hours: 12 }] };
    expect(judgePlan('backups', [db(short, { short_term_retention_policy: [{}] })], 'azurerm_mssql_database.app').result).toMatchObject({ messageId: 'retentionShort', data: { days: 3, min: 7 } });
    expect(planStatus('backups', [db({ short_term_retention_policy: [{ retention_days: 14, backup_interval_in_hours: 24 }] }, { short_term_retention_policy: [{}] })], 'azurerm_mssql_database.app')).toBe('pass');
    const fromVar = judgePlan('backups', [db({}, {}, { short_term_retention_policy: [{ retention_days: { references: ['var.retention_days'] } }] })], 'azurerm_mssql_database.app');
    expect(fromVar.result?.status).toBe('unknown');
    expect(fromVar.result?.settle).toContain('short_term_retention_policy');
    // Geo-secondaries are backed up through their primary.
    expect(judgePlan('backups', [db({ create_mode: 'Secondary' })], 'azurerm_mssql_database.app').resource.facets.backup).toBeUndefined();
  });

  it('PostgreSQL flexible servers: backup_retention_days (7 when left out, Optional+Computed)', () => {
    const server = (values: Record<string, unknown>, unknown: Record<string, unknown> = {}, expressions: Record<string, unknown> = {}): FixtureResource => ({
      address: 'azurerm_postgresql_flexible_server.db',
      values: { ...RG, name: 'psql', sku_name: 'GP_Standard_D2s_v3', version: '16', geo_redundant_backup_enabled: false, public_network_access_enabled: false, ...values },
      unknown: { id: true, fqdn: true, delegated_subnet_id: true, ...unknown },
      expressions,
    });
    expect(planStatus('backups', [server({}, { backup_retention_days: true })], 'azurerm_postgresql_flexible_server.db')).toBe('pass');
    expect(planStatus('backups', [server({ backup_retention_days: 1 })], 'azurerm_postgresql_flexible_server.db')).toBe('fail');
    expect(planStatus('backups', [server({}, { backup_retention_days: true }, { backup_retention_days: { references: ['var.days'] } })], 'azurerm_postgresql_flexible_server.db')).toBe('unknown');
  });

  it('Cosmos DB: periodic backups kept 8 hours by default fail; continuous (30 days) pass', () => {
    const cosmos = (backup: unknown[] | undefined): FixtureResource => ({
      address: 'azurerm_cosmosdb_account.db',
      values: { ...RG, name: 'cosmos', offer_type: 'Standard', kind: 'GlobalDocumentDB', geo_location: [{ location: 'francecentral', failover_priority: 0, zone_redundant: false }], ...(backup ? { backup } : {}) },
      unknown: { id: true, endpoint: true, ...(backup ? {} : { backup: true }) },
    });
    const periodic = judgePlan('backups', [cosmos(undefined)], 'azurerm_cosmosdb_account.db');
    expect(periodic.result?.status).toBe('fail');
    expect(periodic.result).toMatchObject({ messageId: 'retentionShort', data: { service: 'Cosmos DB account', days: 0.33 } });
    expect(planStatus('backups', [cosmos([{ type: 'Continuous', tier: 'Continuous30Days' }])], 'azurerm_cosmosdb_account.db')).toBe('pass');
    expect(planStatus('backups', [cosmos([{ type: 'Periodic', interval_in_minutes: 240, retention_in_hours: 720, storage_redundancy: 'Local' }])], 'azurerm_cosmosdb_account.db')).toBe('pass');
  });

  it('VMs protected by a Recovery Services protected item: kept as long as the policy says; unknown when the policy is not in the plan', () => {
    const vm: FixtureResource = { address: 'azurerm_linux_virtual_machine.db', values: { ...RG, name: 'vm-db', size: 'Standard_D4s_v5' }, unknown: { id: true } };
    const item = (policy: boolean): FixtureResource => ({
      address: 'azurerm_backup_protected_vm.db',
      values: { recovery_vault_name: 'rsv', resource_group_name: 'rg-app' },
      unknown: { id: true, source_vm_id: true, backup_policy_id: true, protection_state: true },
      expressions: { source_vm_id: idRefs('azurerm_linux_virtual_machine.db'), backup_policy_id: policy ? idRefs('azurerm_backup_policy_vm.daily') : { references: ['var.policy_id'] } },
    });
    const policy = (daily: number, weekly?: number): FixtureResource => ({
      address: 'azurerm_backup_policy_vm.daily',
      values: { name: 'daily', recovery_vault_name: 'rsv', resource_group_name: 'rg-app', policy_type: 'V2', timezone: 'UTC', backup: [{ frequency: 'Daily', time: '23:00' }], retention_daily: [{ count: daily }], retention_weekly: weekly ? [{ count: weekly, weekdays: ['Sunday'] }] : [], retention_monthly: [], retention_yearly: [] },
      unknown: { id: true, retention_daily: [{}] },
    });
    expect(planStatus('backups', [vm, item(true), policy(5)], 'azurerm_linux_virtual_machine.db')).toBe('fail');
    expect(judgePlan('backups', [vm, item(true), policy(5, 4)], 'azurerm_linux_virtual_machine.db').result).toMatchObject({ messageId: 'backedUpFor', data: { days: 28 } });
    expect(planStatus('backups', [vm, item(false)], 'azurerm_linux_virtual_machine.db')).toBe('unknown');
    // No protected item points at the VM: not backed up when the plan manages Azure Backup, else unknown (protection may live elsewhere).
    expect(judgePlan('backups', [vm, policy(7)], 'azurerm_linux_virtual_machine.db').result).toMatchObject({ status: 'fail', messageId: 'notBackedUp', data: { service: 'virtual machine' } });
    expect(judgePlan('backups', [vm], 'azurerm_linux_virtual_machine.db').result).toMatchObject({ status: 'unknown', messageId: 'backupUnverified' });
  });

  it('vaults: soft delete on by default passes; soft delete off without immutability fails; unknown settings are unknown', () => {
    const rsv = (values: Record<string, unknown>, unknown: Record<string, unknown> = {}, expressions: Record<string, unknown> = {}): FixtureResource => ({
      address: 'azurerm_recovery_services_vault.rsv',
      values: { ...RG, name: 'rsv', sku: 'Standard', storage_mode_type: 'LocallyRedundant', cross_region_restore_enabled: false, encryption: [], ...values },
      unknown: { id: true, immutability: true, ...unknown },
      expressions,
    });
    expect(planStatus('backups', [rsv({ soft_delete_enabled: true })], 'azurerm_recovery_services_vault.rsv')).toBe('pass');
    const off = judgePlan('backups', [rsv({ soft_delete_enabled: false })], 'azurerm_recovery_services_vault.rsv');
    expect(off.result).toMatchObject({ messageId: 'vaultProblems', data: { problems: [{ messageId: 'deletable' }] } });
    expect(planStatus('backups', [rsv({ soft_delete_enabled: false, immutability: 'Locked' }, { immutability: false })], 'azurerm_recovery_services_vault.rsv')).toBe('pass');
    expect(planStatus('backups', [rsv({}, { soft_delete_enabled: true }, { soft_delete_enabled: { references: ['var.soft_delete'] } })], 'azurerm_recovery_services_vault.rsv')).toBe('unknown');
    const bv: FixtureResource = { address: 'azurerm_data_protection_backup_vault.bv', values: { ...RG, name: 'bv', datastore_type: 'VaultStore', redundancy: 'LocallyRedundant', soft_delete: 'Off', immutability: 'Disabled' }, unknown: { id: true } };
    expect(planStatus('backups', [bv], 'azurerm_data_protection_backup_vault.bv')).toBe('fail');
  });
});

describe('GCP plans', () => {
  it('passes Cloud SQL with automated backups kept 7 days by default, or as configured', () => {
    expect(planFacets([sql('google_sql_database_instance.db')], 'google_sql_database_instance.db').backup).toMatchObject({
      service: 'Cloud SQL instance',
      enabled: 'yes',
      retentionDays: 7,
      evidence: expect.arrayContaining([expect.objectContaining({ path: 'settings[0].backup_configuration[0].point_in_time_recovery_enabled', note: 'point-in-time recovery' })]),
    });
    expect(resultOf(backups, [sql('google_sql_database_instance.db')], 'google_sql_database_instance.db')).toMatchObject({ status: 'pass', messageId: 'backedUpFor', data: { service: 'Cloud SQL instance', days: 7 } });
    const thirty = sql('google_sql_database_instance.db', {
      backup_configuration: [{ enabled: true, location: 'europe-west9', point_in_time_recovery_enabled: true, backup_retention_settings: [{ retained_backups: 30, retention_unit: 'COUNT' }] }],
    });
    expect(resultOf(backups, [thirty], 'google_sql_database_instance.db')).toMatchObject({ status: 'pass', messageId: 'backedUpFor', data: { days: 30 } });
  });

  it('fails Cloud SQL without backups, or keeping fewer days than required', () => {
    const off = sql('google_sql_database_instance.db', { backup_configuration: [{ enabled: false, location: null }] });
    expect(resultOf(backups, [off], 'google_sql_database_instance.db')).toMatchObject({ status: 'fail', messageId: 'notBackedUp', data: { service: 'Cloud SQL instance' } });
    // The block left out: the provider's default is enabled = false.
    const none = sql('google_sql_database_instance.db', { backup_configuration: [] });
    expect(resultOf(backups, [none], 'google_sql_database_instance.db')?.status).toBe('fail');
    const three = sql('google_sql_database_instance.db', { backup_configuration: [{ enabled: true, backup_retention_settings: [{ retained_backups: 3, retention_unit: 'COUNT' }] }] });
    expect(resultOf(backups, [three], 'google_sql_database_instance.db')).toMatchObject({ status: 'fail', messageId: 'retentionShort', data: { days: 3, min: 7 } });
    expect(resultOf(backups, [sql('google_sql_database_instance.db')], 'google_sql_database_instance.db', { minBackupRetentionDays: 14 })?.status).toBe('fail');
  });

  it('is unknown when backups or their retention are set from values known only after apply', () => {
    const fromVar = sql('google_sql_database_instance.db', { backup_configuration: [{ location: 'europe-west9' }] }, {
      unknown: { id: true, settings: [{ backup_configuration: [{ enabled: true, backup_retention_settings: true }] }] },
      expressions: { settings: [{ backup_configuration: [{ enabled: { references: ['var.backups'] } }] }] },
    });
    expect(resultOf(backups, [fromVar], 'google_sql_database_instance.db')).toMatchObject({ status: 'unknown', settle: expect.stringContaining('backup_configuration') });
    const retention = sql('google_sql_database_instance.db', { backup_configuration: [{ enabled: true, backup_retention_settings: [{ retention_unit: 'COUNT' }] }] }, {
      unknown: { id: true, settings: [{ backup_configuration: [{ backup_retention_settings: [{ retained_backups: true }] }] }] },
      expressions: { settings: [{ backup_configuration: [{ backup_retention_settings: [{ retained_backups: { references: ['var.kept'] } }] }] }] },
    });
    expect(resultOf(backups, [retention], 'google_sql_database_instance.db')?.status).toBe('unknown');
  });

  it('leaves read replicas out: they take no backups of their own', () => {
    const replica = sql('google_sql_database_instance.replica', { backup_configuration: [{ enabled: false }] }, {}, { master_instance_name: 'ft-pg' });
    expect(planFacets([replica], 'google_sql_database_instance.replica').backup).toBeUndefined();
  });

  it('judges Backup and DR vaults by their minimum enforced retention', () => {
    const vault = (duration: unknown, unknown = false): FixtureResource => ({
      address: 'google_backup_dr_backup_vault.main',
      values: { backup_vault_id: 'ft-vault', location: 'europe-west9', ...(unknown ? {} : { backup_minimum_enforced_retention_duration: duration }), force_delete: false, labels: { env: 'prod' } },
      unknown: { id: true, name: true, effective_time: true, ...(unknown ? { backup_minimum_enforced_retention_duration: true } : {}) },
      ...(unknown ? { expressions: { backup_minimum_enforced_retention_duration: { references: ['var.retention'] } } } : {}),
    });
    expect(resultOf(backups, [vault('2592000s')], 'google_backup_dr_backup_vault.main')).toMatchObject({ status: 'pass', messageId: 'vaultProtected', data: { vault: 'Backup and DR backup vault' } });
    expect(planFacets([vault('2592000s')], 'google_backup_dr_backup_vault.main').backupVault?.evidence[0]).toMatchObject({ value: '2592000s', note: 'backups cannot be deleted for 30 day(s)' });
    expect(resultOf(backups, [vault('0s')], 'google_backup_dr_backup_vault.main')).toMatchObject({ status: 'fail', messageId: 'vaultProblems', data: { problems: [{ messageId: 'deletable' }] } });
    expect(resultOf(backups, [vault(undefined, true)], 'google_backup_dr_backup_vault.main')).toMatchObject({ status: 'unknown', settle: expect.stringContaining('minimum enforced retention') });
  });
});

const rds = (retention: number): FixtureResource => ({
  address: 'aws_db_instance.orders',
  values: { identifier: 'orders', engine: 'postgres', engine_version: '16.4', instance_class: 'db.m6g.large', allocated_storage: 100, storage_encrypted: true, replicate_source_db: null, backup_retention_period: retention },
  unknown: { arn: true, id: true, endpoint: true },
});
const flexible = (days: number | undefined): FixtureResource => ({
  address: 'azurerm_postgresql_flexible_server.psql',
  values: { ...RG, name: 'psql', sku_name: 'GP_Standard_D2s_v3', version: '16', geo_redundant_backup_enabled: false, public_network_access_enabled: false, ...(days === undefined ? {} : { backup_retention_days: days }) },
  unknown: { id: true, fqdn: true, delegated_subnet_id: true, ...(days === undefined ? { backup_retention_days: true } : {}) },
  ...(days === undefined ? { expressions: { backup_retention_days: refs('var.days') } } : {}),
});
const psqlRecord = (backup: Record<string, unknown>) => {
  const r = arm.postgresFlexible(arm.SUB_A, 'rg-app', 'psql');
  return { ...r, properties: { ...(r.properties as Record<string, unknown>), backup } };
};
const cloudSql = (backup: Record<string, unknown>) => sql('google_sql_database_instance.db', { backup_configuration: [{ location: 'europe-west9', point_in_time_recovery_enabled: true, ...backup }] }, {}, { name: 'orders-db' });

describeTwins('backups', [
  { name: 'an RDS instance keeping backups 14 days', cloud: 'aws', plan: [rds(14)], live: [cfg.rdsInstance({ id: 'orders', backupRetention: 14 })], at: { plan: 'aws_db_instance.orders', live: 'db:orders' }, expect: { status: 'pass', messageId: 'backedUpFor', data: { service: 'RDS instance', days: 14 } } },
  { name: 'an RDS instance keeping backups 3 days', cloud: 'aws', plan: [rds(3)], live: [cfg.rdsInstance({ id: 'orders', backupRetention: 3 })], at: { plan: 'aws_db_instance.orders', live: 'db:orders' }, expect: { status: 'fail', messageId: 'retentionShort', data: { service: 'RDS instance', days: 3, min: 7 } } },
  { name: 'an RDS instance without automated backups', cloud: 'aws', plan: [rds(0)], live: [cfg.rdsInstance({ id: 'orders', backupRetention: 0 })], at: { plan: 'aws_db_instance.orders', live: 'db:orders' }, expect: { status: 'fail', messageId: 'notBackedUp', data: { service: 'RDS instance' } } },
  {
    name: 'a DynamoDB table without point-in-time recovery',
    cloud: 'aws',
    plan: [{ address: 'aws_dynamodb_table.cache', values: { name: 'cache', billing_mode: 'PAY_PER_REQUEST', hash_key: 'pk', point_in_time_recovery: [{ enabled: false }], server_side_encryption: [] }, unknown: { arn: true, id: true } }],
    live: [cfg.dynamoTable({ name: 'cache', pitr: false })],
    at: { plan: 'aws_dynamodb_table.cache', live: 'table/cache' },
    expect: { status: 'fail', messageId: 'notBackedUp', data: { service: 'DynamoDB table' } },
  },
  { name: 'a flexible server keeping backups 14 days', cloud: 'azure', plan: [flexible(14)], live: [psqlRecord({ backupRetentionDays: 14, geoRedundantBackup: 'Disabled' })], at: { plan: 'azurerm_postgresql_flexible_server.psql', live: 'flexibleServers/psql' }, expect: { status: 'pass', messageId: 'backedUpFor', data: { days: 14 } } },
  { name: 'a flexible server keeping backups 3 days', cloud: 'azure', plan: [flexible(3)], live: [psqlRecord({ backupRetentionDays: 3, geoRedundantBackup: 'Disabled' })], at: { plan: 'azurerm_postgresql_flexible_server.psql', live: 'flexibleServers/psql' }, expect: { status: 'fail', messageId: 'retentionShort', data: { days: 3, min: 7 } } },
  // The plan's retention comes from a variable; the record lacks the retention: neither can tell.
  { name: 'a flexible server whose retention is not known', cloud: 'azure', plan: [flexible(undefined)], live: [psqlRecord({ geoRedundantBackup: 'Disabled' })], at: { plan: 'azurerm_postgresql_flexible_server.psql', live: 'flexibleServers/psql' }, expect: { status: 'unknown' } },
  {
    name: 'a Recovery Services vault with soft delete off and no immutability',
    cloud: 'azure',
    plan: [{ address: 'azurerm_recovery_services_vault.rsv', values: { ...RG, name: 'rsv', sku: 'Standard', storage_mode_type: 'LocallyRedundant', cross_region_restore_enabled: false, encryption: [], soft_delete_enabled: false, immutability: 'Disabled' }, unknown: { id: true } }],
    live: [arm.recoveryVault(arm.SUB_A, 'rg-app', 'rsv', { softDelete: 'Disabled', immutability: 'Disabled' })],
    at: { plan: 'azurerm_recovery_services_vault.rsv', live: 'vaults/rsv' },
    expect: { status: 'fail', messageId: 'vaultProblems', data: { problems: [{ messageId: 'deletable' }] } },
  },
  {
    name: 'Cloud SQL keeping 14 backups',
    cloud: 'gcp',
    plan: [cloudSql({ enabled: true, backup_retention_settings: [{ retained_backups: 14, retention_unit: 'COUNT' }] })],
    live: [asset.sqlInstance('hosting-prod', 'orders-db', 'europe-west9', { backupConfiguration: { enabled: true, startTime: '02:00', pointInTimeRecoveryEnabled: true, transactionLogRetentionDays: 7, backupRetentionSettings: { retentionUnit: 'COUNT', retainedBackups: 14 } } })],
    at: { plan: 'google_sql_database_instance.db', live: 'instances/orders-db' },
    expect: { status: 'pass', messageId: 'backedUpFor', data: { service: 'Cloud SQL instance', days: 14 } },
  },
  {
    name: 'Cloud SQL without backups',
    cloud: 'gcp',
    plan: [cloudSql({ enabled: false })],
    live: [asset.sqlInstance('hosting-prod', 'orders-db', 'europe-west9', { backupConfiguration: { enabled: false } })],
    at: { plan: 'google_sql_database_instance.db', live: 'instances/orders-db' },
    expect: { status: 'fail', messageId: 'notBackedUp', data: { service: 'Cloud SQL instance' } },
  },
  {
    name: 'a Backup and DR vault without a minimum enforced retention',
    cloud: 'gcp',
    plan: [{ address: 'google_backup_dr_backup_vault.main', values: { backup_vault_id: 'vault-open', location: 'europe-west9', backup_minimum_enforced_retention_duration: '0s', force_delete: false }, unknown: { id: true, name: true, effective_time: true } }],
    live: [asset.backupVault('hosting-prod', 'vault-open', { backupMinimumEnforcedRetentionDuration: '0s' })],
    at: { plan: 'google_backup_dr_backup_vault.main', live: 'backupVaults/vault-open' },
    expect: { status: 'fail', messageId: 'vaultProblems', data: { problems: [{ messageId: 'deletable' }] } },
  },
]);

// ─── Beyond databases: EBS volumes and EC2 instances (AWS Backup selections), object versioning ──

const dailyPlan: FixtureResource = {
  address: 'aws_backup_plan.daily',
  values: { name: 'daily', rule: [{ rule_name: 'daily', target_vault_name: 'main', schedule: 'cron(0 5 ? * * *)', lifecycle: [{ delete_after: 35, cold_storage_after: null }], copy_action: [] }] },
  unknown: { arn: true, id: true },
};
const planRef = { plan_id: refs('aws_backup_plan.daily.id', 'aws_backup_plan.daily') };
/** An `aws_backup_selection` by tag (`selection_tag`, no resources), as `terraform show -json` prints it. */
const tagSelection = (key: string, value: string): FixtureResource => ({
  address: 'aws_backup_selection.tagged',
  values: { name: 'tagged', iam_role_arn: 'arn:aws:iam::111122223333:role/service-role/AWSBackupDefaultServiceRole', selection_tag: [{ type: 'STRINGEQUALS', key, value }], condition: [], not_resources: [], resources: [] },
  unknown: { id: true, plan_id: true },
  expressions: planRef,
});
const ebs = (tags: Record<string, string>): FixtureResource => ({
  address: 'aws_ebs_volume.data',
  values: { availability_zone: 'eu-west-3a', size: 100, type: 'gp3', encrypted: true, tags, tags_all: tags },
  unknown: { arn: true, id: true, kms_key_id: true, iops: true, throughput: true, snapshot_id: true },
});
const liveSelection = (tags: Record<string, string>) => [cfg.backupPlan({ id: 'plan-daily', name: 'daily' }), cfg.backupSelection({ planId: 'plan-daily', name: 'tagged', resources: [], listOfTags: tags })];
const bucket = (name: string): FixtureResource => ({ address: `aws_s3_bucket.${name}`, values: { bucket: name, force_destroy: false, tags: null }, unknown: { arn: true, id: true, versioning: true } });
const bucketVersioning = (name: string, status: string): FixtureResource => ({
  address: `aws_s3_bucket_versioning.${name}`,
  values: { versioning_configuration: [{ status, mfa_delete: null }], expected_bucket_owner: null, mfa: null },
  unknown: { id: true, bucket: true },
  expressions: { bucket: refs(`aws_s3_bucket.${name}.id`, `aws_s3_bucket.${name}`) },
});

describe('AWS plans: EBS volumes, EC2 instances and S3 versioning', () => {
  it('judges a volume attached to an instance by the instance\'s selection', () => {
    const instance: FixtureResource = { address: 'aws_instance.app', values: { ami: 'ami-0c1a7f89451184c8b', instance_type: 't3.medium', tags: { backup: 'daily' }, tags_all: { backup: 'daily' } }, unknown: { arn: true, id: true } };
    const attachment: FixtureResource = {
      address: 'aws_volume_attachment.data',
      values: { device_name: '/dev/sdf', force_detach: null, skip_destroy: null, stop_instance_before_detaching: null },
      unknown: { id: true, instance_id: true, volume_id: true },
      expressions: { instance_id: refs('aws_instance.app.id', 'aws_instance.app'), volume_id: refs('aws_ebs_volume.data.id', 'aws_ebs_volume.data') },
    };
    const r = check(backups, [ebs({}), instance, attachment, dailyPlan, tagSelection('backup', 'daily')]);
    expect(r.result('aws_instance.app')).toMatchObject({ status: 'pass', messageId: 'backedUpFor', data: { service: 'EC2 instance', days: 35 } });
    expect(r.result('aws_ebs_volume.data')).toMatchObject({ status: 'pass', messageId: 'backedUpFor', data: { service: 'EBS volume', days: 35 } });
    expect(r.result('aws_ebs_volume.data')?.evidence).toContainEqual(expect.objectContaining({ path: 'instance_id', note: 'attached to an instance: backed up with it' }));
    expect(check(backups, [ebs({}), instance, dailyPlan, tagSelection('backup', 'daily')]).status('aws_ebs_volume.data')).toBe('fail');
  });

  it('takes a wildcard selection of every volume, and is unknown when the selection\'s resources are known only after apply', () => {
    const wildcard: FixtureResource = { ...tagSelection('backup', 'daily'), values: { ...tagSelection('backup', 'daily').values, selection_tag: [], resources: ['arn:aws:ec2:*:*:volume/*'] } };
    expect(check(backups, [ebs({}), dailyPlan, wildcard]).status('aws_ebs_volume.data')).toBe('pass');
    const later: FixtureResource = { ...wildcard, values: { ...wildcard.values, resources: undefined }, unknown: { id: true, plan_id: true, resources: true }, expressions: { ...planRef, resources: refs('var.backup_arns') } };
    expect(check(backups, [ebs({}), dailyPlan, later]).result('aws_ebs_volume.data')).toMatchObject({ status: 'unknown', messageId: 'backupUnverified' });
  });

  it('reads S3 versioning from aws_s3_bucket_versioning or the inline block; a bucket without either is not versioned', () => {
    expect(check(backups, [bucket('data'), bucketVersioning('data', 'Enabled')]).result('aws_s3_bucket.data')).toMatchObject({ status: 'pass', messageId: 'versioned', data: { service: 'S3 bucket' } });
    expect(check(backups, [bucket('data'), bucketVersioning('data', 'Suspended')]).result('aws_s3_bucket.data')).toMatchObject({ status: 'fail', messageId: 'notVersioned' });
    expect(check(backups, [bucket('data')]).result('aws_s3_bucket.data')).toMatchObject({ status: 'fail', messageId: 'notVersioned' });
    const inline: FixtureResource = { address: 'aws_s3_bucket.old', values: { bucket: 'old', versioning: [{ enabled: true, mfa_delete: false }] }, unknown: { arn: true, id: true } };
    expect(check(backups, [inline]).status('aws_s3_bucket.old')).toBe('pass');
    const fromVar: FixtureResource = { ...bucketVersioning('data', 'Enabled'), values: { versioning_configuration: [{ mfa_delete: null }] }, unknown: { id: true, bucket: true, versioning_configuration: [{ status: true }] }, expressions: { bucket: refs('aws_s3_bucket.data.id', 'aws_s3_bucket.data'), versioning_configuration: [{ status: refs('var.versioning') }] } };
    expect(check(backups, [bucket('data'), fromVar]).result('aws_s3_bucket.data')).toMatchObject({ status: 'unknown', messageId: 'versioningUnverified' });
  });
});

describeTwins('backups', [
  {
    name: 'an EBS volume in an AWS Backup selection by tag',
    cloud: 'aws',
    plan: [ebs({ backup: 'daily' }), dailyPlan, tagSelection('backup', 'daily')],
    live: [cfg.volume({ id: 'vol-0a1b2c3d4e5f60718', instanceId: null, tags: { backup: 'daily' } }), ...liveSelection({ backup: 'daily' })],
    at: { plan: 'aws_ebs_volume.data', live: 'volume/vol-0a1b2c3d4e5f60718' },
    expect: { status: 'pass', messageId: 'backedUpFor', data: { service: 'EBS volume', days: 35 } },
  },
  {
    name: 'an EBS volume no AWS Backup selection covers',
    cloud: 'aws',
    plan: [ebs({ backup: 'none' }), dailyPlan, tagSelection('backup', 'daily')],
    live: [cfg.volume({ id: 'vol-0a1b2c3d4e5f60718', instanceId: null, tags: { backup: 'none' } }), ...liveSelection({ backup: 'daily' })],
    awsApi: { callerAccount: cfg.ACCOUNT },
    at: { plan: 'aws_ebs_volume.data', live: 'volume/vol-0a1b2c3d4e5f60718' },
    expect: { status: 'fail', messageId: 'notBackedUp', data: { service: 'EBS volume' } },
  },
  {
    // No selection in the plan, none read from AWS Config: it may live elsewhere.
    name: 'an EBS volume when no AWS Backup selection is known',
    cloud: 'aws',
    plan: [ebs({ backup: 'daily' })],
    live: [cfg.volume({ id: 'vol-0a1b2c3d4e5f60718', instanceId: null, tags: { backup: 'daily' } })],
    at: { plan: 'aws_ebs_volume.data', live: 'volume/vol-0a1b2c3d4e5f60718' },
    expect: { status: 'unknown', messageId: 'backupUnverified', data: { service: 'EBS volume' } },
  },
  {
    name: 'an EC2 instance selected by a condition on its tags',
    cloud: 'aws',
    plan: [
      { address: 'aws_instance.app', values: { ami: 'ami-0c1a7f89451184c8b', instance_type: 't3.medium', tags: { backup: 'daily' }, tags_all: { backup: 'daily' } }, unknown: { arn: true, id: true } },
      dailyPlan,
      tagSelection('backup', 'daily'),
    ],
    live: [cfg.ec2Instance({ id: 'i-0f1e2d3c4b5a69788', tags: { backup: 'daily' } }), cfg.backupPlan({ id: 'plan-daily', name: 'daily' }), cfg.backupSelection({ planId: 'plan-daily', name: 'by-condition', resources: ['*'], conditions: { backup: 'daily' } })],
    // A live scan: the SDK's AWS Config client reads the selection, the plan and the instance from the local server.
    awsApi: { callerAccount: cfg.ACCOUNT },
    at: { plan: 'aws_instance.app', live: 'instance/i-0f1e2d3c4b5a69788' },
    expect: { status: 'pass', messageId: 'backedUpFor', data: { service: 'EC2 instance', days: 35 } },
  },
  {
    name: 'an S3 bucket without versioning',
    cloud: 'aws',
    plan: [bucket('orders-data')],
    live: [cfg.s3Bucket({ name: 'orders-data', versioning: 'Off' })],
    at: { plan: 'aws_s3_bucket.orders-data', live: 'arn:aws:s3:::orders-data' },
    expect: { status: 'fail', messageId: 'notVersioned', data: { service: 'S3 bucket' } },
  },
  {
    name: 'an S3 bucket with versioning',
    cloud: 'aws',
    plan: [bucket('orders-data'), bucketVersioning('orders-data', 'Enabled')],
    live: [cfg.s3Bucket({ name: 'orders-data', versioning: 'Enabled' })],
    at: { plan: 'aws_s3_bucket.orders-data', live: 'arn:aws:s3:::orders-data' },
    expect: { status: 'pass', messageId: 'versioned', data: { service: 'S3 bucket' } },
  },
]);

// ─── GCP: persistent disks (snapshot schedules) and Cloud Storage versioning ──────────────────

const gdisk = (extra: Partial<FixtureResource> = {}): FixtureResource => ({
  address: 'google_compute_disk.data',
  values: { name: 'data', zone: 'europe-west9-a', size: 100, type: 'pd-balanced', labels: null },
  unknown: { id: true, self_link: true, resource_policies: true },
  ...extra,
});
const schedule = (days: number): FixtureResource => ({
  address: 'google_compute_resource_policy.daily',
  values: { name: 'daily-snapshots', region: 'europe-west9', snapshot_schedule_policy: [{ schedule: [{ daily_schedule: [{ days_in_cycle: 1, start_time: '04:00' }], hourly_schedule: [], weekly_schedule: [] }], retention_policy: [{ max_retention_days: days, on_source_disk_delete: 'KEEP_AUTO_SNAPSHOTS' }], snapshot_properties: [{ storage_locations: ['europe-west9'], guest_flush: false, labels: null }] }], group_placement_policy: [], instance_schedule_policy: [] },
  unknown: { id: true, self_link: true },
});
const attachment: FixtureResource = {
  address: 'google_compute_disk_resource_policy_attachment.data',
  values: { zone: 'europe-west9-a' },
  unknown: { id: true, name: true, disk: true },
  expressions: { name: refs('google_compute_resource_policy.daily.name', 'google_compute_resource_policy.daily'), disk: refs('google_compute_disk.data.name', 'google_compute_disk.data') },
};
const gcsBucket = (values: Record<string, unknown>, unknown: Record<string, unknown> = {}): FixtureResource => ({
  address: 'google_storage_bucket.data',
  values: { name: 'ft-orders-data', location: 'EUROPE-WEST9', storage_class: 'STANDARD', uniform_bucket_level_access: true, force_destroy: false, versioning: [], ...values },
  unknown: { id: true, self_link: true, url: true, soft_delete_policy: true, ...unknown },
});

describe('GCP plans: disks and buckets', () => {
  it('reads snapshot schedules from the disk or an attachment, with the schedule\'s retention', () => {
    expect(check(backups, [gdisk(), schedule(14), attachment]).result('google_compute_disk.data')).toMatchObject({ status: 'pass', messageId: 'backedUpFor', data: { service: 'Compute Engine disk', days: 14 } });
    expect(check(backups, [gdisk(), schedule(3), attachment]).result('google_compute_disk.data')).toMatchObject({ status: 'fail', messageId: 'retentionShort', data: { days: 3 } });
    const listed = gdisk({ unknown: { id: true, self_link: true, resource_policies: [true] }, expressions: { resource_policies: [refs('google_compute_resource_policy.daily.id', 'google_compute_resource_policy.daily')] } });
    expect(check(backups, [listed, schedule(30)]).result('google_compute_disk.data')).toMatchObject({ status: 'pass', data: { days: 30 } });
    expect(check(backups, [gdisk()]).result('google_compute_disk.data')).toMatchObject({ status: 'fail', messageId: 'notBackedUp' });
  });

  it('judges the boot disk an instance creates, not one it is given', () => {
    expect(check(backups, [instance('google_compute_instance.app', null)]).result('google_compute_instance.app')).toMatchObject({ status: 'fail', messageId: 'notBackedUp', data: { service: 'Compute Engine disk' } });
    const scheduled = instance('google_compute_instance.app', null);
    scheduled.values.boot_disk = [{ auto_delete: true, initialize_params: [{ image: 'debian-cloud/debian-12', size: 30, resource_policies: ['projects/hosting-prod/regions/europe-west9/resourcePolicies/daily-snapshots'] }], mode: 'READ_WRITE' }];
    expect(check(backups, [scheduled]).result('google_compute_instance.app')).toMatchObject({ status: 'unknown', messageId: 'retentionUnknown' });
    const given = instance('google_compute_instance.app', null);
    given.values.boot_disk = [{ auto_delete: true, source: 'projects/hosting-prod/zones/europe-west9-a/disks/boot', mode: 'READ_WRITE' }];
    expect(check(backups, [given]).status('google_compute_instance.app')).toBe('none');
  });

  it('Cloud Storage: versioning passes; soft delete (7 days when left out) passes; neither fails', () => {
    expect(check(backups, [gcsBucket({ versioning: [{ enabled: true }] })]).result('google_storage_bucket.data')).toMatchObject({ status: 'pass', messageId: 'versioned', data: { service: 'Cloud Storage bucket' } });
    expect(check(backups, [gcsBucket({})]).result('google_storage_bucket.data')).toMatchObject({ status: 'pass', messageId: 'versionedFor', data: { days: 7 } });
    expect(check(backups, [gcsBucket({ soft_delete_policy: [{ retention_duration_seconds: 0 }] }, { soft_delete_policy: false })]).result('google_storage_bucket.data')).toMatchObject({ status: 'fail', messageId: 'notVersioned' });
  });
});

describeTwins('backups', [
  {
    name: 'a disk without a snapshot schedule',
    cloud: 'gcp',
    plan: [gdisk()],
    live: [asset.disk('hosting-prod', 'europe-west9-a', 'data')],
    at: { plan: 'google_compute_disk.data', live: 'zones/europe-west9-a/disks/data' },
    expect: { status: 'fail', messageId: 'notBackedUp', data: { service: 'Compute Engine disk' } },
  },
  {
    // The plan holds the schedule and its retention; the disk's record names the schedule only.
    name: 'a disk with a snapshot schedule',
    cloud: 'gcp',
    plan: [gdisk(), schedule(14), attachment],
    live: [asset.disk('hosting-prod', 'europe-west9-a', 'data', { resourcePolicies: ['https://www.googleapis.com/compute/v1/projects/hosting-prod/regions/europe-west9/resourcePolicies/daily-snapshots'] })],
    at: { plan: 'google_compute_disk.data', live: 'zones/europe-west9-a/disks/data' },
    expect: { plan: { status: 'pass', messageId: 'backedUpFor', data: { days: 14 } }, live: { status: 'unknown', messageId: 'retentionUnknown' } },
  },
  {
    name: 'a disk with a snapshot schedule keeping snapshots 14 days, the schedule in the inventory',
    cloud: 'gcp',
    plan: [gdisk(), schedule(14), attachment],
    live: [
      asset.disk('hosting-prod', 'europe-west9-a', 'data', { resourcePolicies: ['https://www.googleapis.com/compute/v1/projects/hosting-prod/regions/europe-west9/resourcePolicies/daily-snapshots'] }),
      asset.snapshotSchedule('hosting-prod', 'europe-west9', 'daily-snapshots', 14),
    ],
    at: { plan: 'google_compute_disk.data', live: 'zones/europe-west9-a/disks/data' },
    expect: { status: 'pass', messageId: 'backedUpFor', data: { service: 'Compute Engine disk', days: 14 } },
  },
  {
    name: 'a bucket with neither versioning nor soft delete',
    cloud: 'gcp',
    plan: [gcsBucket({ soft_delete_policy: [{ retention_duration_seconds: 0 }] }, { soft_delete_policy: false })],
    live: [asset.bucket('hosting-prod', 'ft-orders-data', { location: 'EUROPE-WEST9', softDeletePolicy: { retentionDurationSeconds: '0' } })],
    at: { plan: 'google_storage_bucket.data', live: '//storage.googleapis.com/ft-orders-data' },
    expect: { status: 'fail', messageId: 'notVersioned', data: { service: 'Cloud Storage bucket' } },
  },
  {
    name: 'a bucket keeping soft-deleted objects 7 days',
    cloud: 'gcp',
    plan: [gcsBucket({})],
    live: [asset.bucket('hosting-prod', 'ft-orders-data', { location: 'EUROPE-WEST9', softDeletePolicy: { retentionDurationSeconds: '604800', effectiveTime: '2024-04-02T10:00:00.000Z' } })],
    at: { plan: 'google_storage_bucket.data', live: '//storage.googleapis.com/ft-orders-data' },
    expect: { status: 'pass', messageId: 'versionedFor', data: { service: 'Cloud Storage bucket', days: 7 } },
  },
  {
    name: 'a bucket with object versioning',
    cloud: 'gcp',
    plan: [gcsBucket({ versioning: [{ enabled: true }] })],
    live: [asset.bucket('hosting-prod', 'ft-orders-data', { location: 'EUROPE-WEST9', versioning: { enabled: true }, softDeletePolicy: { retentionDurationSeconds: '604800' } })],
    at: { plan: 'google_storage_bucket.data', live: '//storage.googleapis.com/ft-orders-data' },
    expect: { status: 'pass', messageId: 'versioned', data: { service: 'Cloud Storage bucket' } },
  },
]);

// ─── Azure: VMs and managed disks (Azure Backup), blob versioning and soft delete ──────────────

const azVm: FixtureResource = { address: 'azurerm_linux_virtual_machine.app', values: { ...RG, name: 'vm-app', size: 'Standard_D4s_v5', admin_username: 'azureuser' }, unknown: { id: true } };
const rsv: FixtureResource = { address: 'azurerm_recovery_services_vault.rsv', values: { ...RG, name: 'rsv', sku: 'Standard', soft_delete_enabled: true, immutability: 'Disabled', storage_mode_type: 'LocallyRedundant', cross_region_restore_enabled: false, encryption: [] }, unknown: { id: true } };
const vmPolicy: FixtureResource = {
  address: 'azurerm_backup_policy_vm.daily',
  values: { name: 'daily', recovery_vault_name: 'rsv', resource_group_name: 'rg-app', policy_type: 'V2', timezone: 'UTC', backup: [{ frequency: 'Daily', time: '23:00' }], retention_daily: [{ count: 14 }], retention_weekly: [], retention_monthly: [], retention_yearly: [] },
  unknown: { id: true },
};
const protectedVm: FixtureResource = {
  address: 'azurerm_backup_protected_vm.app',
  values: { recovery_vault_name: 'rsv', resource_group_name: 'rg-app' },
  unknown: { id: true, source_vm_id: true, backup_policy_id: true, protection_state: true },
  expressions: { source_vm_id: idRefs('azurerm_linux_virtual_machine.app'), backup_policy_id: idRefs('azurerm_backup_policy_vm.daily') },
};
const azDisk: FixtureResource = { address: 'azurerm_managed_disk.data', values: { ...RG, name: 'disk-data', storage_account_type: 'Premium_LRS', create_option: 'Empty', disk_size_gb: 128 }, unknown: { id: true } };
const account = (blob: unknown[] | undefined): FixtureResource => ({
  address: 'azurerm_storage_account.data',
  values: { ...RG, name: 'stdata', account_tier: 'Standard', account_replication_type: 'LRS', account_kind: 'StorageV2', min_tls_version: 'TLS1_2', ...(blob ? { blob_properties: blob } : {}) },
  unknown: { id: true, primary_blob_endpoint: true, ...(blob ? {} : { blob_properties: true }) },
});

describe('Azure plans: VMs, managed disks and blob versioning', () => {
  it('backs up a managed disk with a Backup vault instance (its policy\'s retention) or with its protected VM', () => {
    const diskPolicy: FixtureResource = { address: 'azurerm_data_protection_backup_policy_disk.daily', values: { name: 'daily', backup_repeating_time_intervals: ['R/2026-01-01T02:00:00+00:00/P1D'], default_retention_duration: 'P14D', retention_rule: [], time_zone: null }, unknown: { id: true, vault_id: true } };
    const instance: FixtureResource = {
      address: 'azurerm_data_protection_backup_instance_disk.data',
      values: { name: 'disk-data', location: 'francecentral' },
      unknown: { id: true, disk_id: true, backup_policy_id: true, vault_id: true, snapshot_resource_group_name: true },
      expressions: { disk_id: idRefs('azurerm_managed_disk.data'), backup_policy_id: idRefs('azurerm_data_protection_backup_policy_disk.daily') },
    };
    expect(check(backups, [azDisk, diskPolicy, instance]).result('azurerm_managed_disk.data')).toMatchObject({ status: 'pass', messageId: 'backedUpFor', data: { service: 'managed disk', days: 14 } });
    const attachment: FixtureResource = {
      address: 'azurerm_virtual_machine_data_disk_attachment.data',
      values: { lun: 0, caching: 'ReadOnly' },
      unknown: { id: true, managed_disk_id: true, virtual_machine_id: true },
      expressions: { managed_disk_id: idRefs('azurerm_managed_disk.data'), virtual_machine_id: idRefs('azurerm_linux_virtual_machine.app') },
    };
    expect(check(backups, [azDisk, attachment, azVm, rsv, vmPolicy, protectedVm]).result('azurerm_managed_disk.data')).toMatchObject({ status: 'pass', messageId: 'backedUpFor', data: { days: 14 } });
    expect(check(backups, [azDisk, attachment, azVm, rsv]).result('azurerm_managed_disk.data')).toMatchObject({ status: 'fail', messageId: 'notBackedUp' });
    expect(check(backups, [azDisk]).result('azurerm_managed_disk.data')).toMatchObject({ status: 'unknown', messageId: 'backupUnverified' });
  });

  it('reads blob versioning and blob soft delete; an account with neither fails', () => {
    expect(check(backups, [account([{ versioning_enabled: true, delete_retention_policy: [], change_feed_enabled: false }])]).result('azurerm_storage_account.data')).toMatchObject({ status: 'pass', messageId: 'versioned', data: { service: 'storage account' } });
    expect(check(backups, [account([{ versioning_enabled: false, delete_retention_policy: [{ days: 14, permanent_delete_enabled: false }] }])]).result('azurerm_storage_account.data')).toMatchObject({ status: 'pass', messageId: 'versionedFor', data: { days: 14 } });
    expect(check(backups, [account([{ versioning_enabled: false, delete_retention_policy: [{ days: 3, permanent_delete_enabled: false }] }])]).result('azurerm_storage_account.data')).toMatchObject({ status: 'fail', messageId: 'versionRetentionShort', data: { days: 3, min: 7 } });
    expect(check(backups, [account(undefined)]).result('azurerm_storage_account.data')).toMatchObject({ status: 'fail', messageId: 'notVersioned' });
  });
});

const liveVm = arm.virtualMachine(arm.SUB_A, 'rg-app', 'vm-app');

describeTwins('backups', [
  {
    name: 'a VM that Azure Backup does not protect',
    cloud: 'azure',
    plan: [azVm, rsv],
    live: [liveVm, arm.recoveryVault(arm.SUB_A, 'rg-app', 'rsv', { softDelete: 'Enabled' }), arm.protectedItem(arm.SUB_A, 'rg-app', 'rsv', 'vm-other')],
    at: { plan: 'azurerm_linux_virtual_machine.app', live: 'virtualMachines/vm-app' },
    expect: { status: 'fail', messageId: 'notBackedUp', data: { service: 'virtual machine' } },
  },
  {
    // Nothing about Azure Backup in the plan, no protected item in the inventory: protection may be configured elsewhere.
    name: 'a VM whose protection is not known',
    cloud: 'azure',
    plan: [azVm],
    live: [liveVm],
    at: { plan: 'azurerm_linux_virtual_machine.app', live: 'virtualMachines/vm-app' },
    expect: { status: 'unknown', messageId: 'backupUnverified', data: { service: 'virtual machine' } },
  },
  {
    // The plan holds the VM backup policy; the protected item only names it.
    name: 'a VM protected by a Recovery Services vault',
    cloud: 'azure',
    plan: [azVm, rsv, vmPolicy, protectedVm],
    live: [liveVm, arm.protectedItem(arm.SUB_A, 'rg-app', 'rsv', 'vm-app')],
    at: { plan: 'azurerm_linux_virtual_machine.app', live: 'virtualMachines/vm-app' },
    expect: { plan: { status: 'pass', messageId: 'backedUpFor', data: { days: 14 } }, live: { status: 'unknown', messageId: 'retentionUnknown' } },
  },
  {
    name: 'a VM protected by a Recovery Services vault whose policy keeps daily backups 14 days',
    cloud: 'azure',
    plan: [azVm, rsv, vmPolicy, protectedVm],
    live: [liveVm, arm.protectedItem(arm.SUB_A, 'rg-app', 'rsv', 'vm-app'), arm.vmBackupPolicy(arm.SUB_A, 'rg-app', 'rsv', 'daily', 14)],
    at: { plan: 'azurerm_linux_virtual_machine.app', live: 'virtualMachines/vm-app' },
    expect: { status: 'pass', messageId: 'backedUpFor', data: { service: 'virtual machine', days: 14 } },
  },
  {
    name: 'a storage account with neither blob versioning nor soft delete',
    cloud: 'azure',
    plan: [account([{ versioning_enabled: false, delete_retention_policy: [], change_feed_enabled: false }])],
    live: [arm.storageAccount(arm.SUB_A, 'rg-app', 'stdata'), arm.blobService(arm.SUB_A, 'rg-app', 'stdata', { versioning: false })],
    at: { plan: 'azurerm_storage_account.data', live: 'storageAccounts/stdata' },
    expect: { status: 'fail', messageId: 'notVersioned', data: { service: 'storage account' } },
  },
  {
    name: 'a storage account keeping deleted blobs 14 days',
    cloud: 'azure',
    plan: [account([{ versioning_enabled: false, delete_retention_policy: [{ days: 14, permanent_delete_enabled: false }] }])],
    live: [arm.storageAccount(arm.SUB_A, 'rg-app', 'stdata'), arm.blobService(arm.SUB_A, 'rg-app', 'stdata', { softDeleteDays: 14 })],
    at: { plan: 'azurerm_storage_account.data', live: 'storageAccounts/stdata' },
    expect: { status: 'pass', messageId: 'versionedFor', data: { service: 'storage account', days: 14 } },
  },
]);

// ─── Azure live: Azure Backup protections read from Resource Graph ─────────────────────────────

const available = hasOpenssl('live Azure backups tests');
let cert: TestCertificate;
const tmp = mkdtempSync(path.join(os.tmpdir(), 'cldscan-backups-'));
beforeAll(() => {
  if (available) cert = makeTestCertificate();
});
afterAll(() => {
  cert?.dispose();
  rmSync(tmp, { recursive: true, force: true });
});

describe.skipIf(!available)('Azure live: VMs and managed disks by the Azure Backup protections Resource Graph holds', () => {
  const S = arm.SUB_A;
  const G = 'rg-app';
  const fixture = () => {
    const unattached = Object.assign(arm.disk(S, G, 'disk-data'), { managedBy: '' });
    const resources = [
      arm.disk(S, G, 'vm-app-os'),
      unattached,
      arm.virtualMachine(S, G, 'vm-app'),
      arm.virtualMachine(S, G, 'vm-bare'),
      arm.virtualMachine(S, G, 'vm-stopped'),
    ].sort((a, b) => String(a.id).localeCompare(String(b.id)));
    const backups = [
      arm.protectedItem(S, G, 'rsv', 'vm-app'),
      arm.protectedItem(S, G, 'rsv', 'vm-stopped', { state: 'ProtectionStopped', policy: 'weekly' }),
      arm.vmBackupPolicy(S, G, 'rsv', 'daily', 14),
      arm.vmBackupPolicy(S, G, 'rsv', 'weekly', 35),
      arm.diskBackupInstance(S, G, 'bv', 'disk-data', 'disk-daily'),
      arm.diskBackupPolicy(S, G, 'bv', 'disk-daily', 'P3D'),
    ].map((r) => arm.recoveryServicesRow(S, r));
    return { subscriptions: { [S]: { containers: [arm.subscription(S), arm.resourceGroup(S, G)], resources, assessments: [], backups } } };
  };
  const policy = (run: LiveRun) => runPolicy(backups, run.items.map((i) => i.resource));
  const verdictOf = (run: LiveRun, end: string) => {
    const item = run.items.find((i) => i.resource.id.toLowerCase().endsWith(end.toLowerCase()));
    if (!item) throw new Error(`no ${end}`);
    const r = policy(run).get(item.resource.id);
    return { status: r?.status, messageId: r?.messageId, data: r?.data };
  };
  let run: LiveRun;
  beforeAll(async () => {
    run = await runLive(cert, fixture(), { subscriptions: [S], managementGroups: [] });
  });

  it('asks recoveryservicesresources for protected items, backup instances and both kinds of backup policy, once', () => {
    const asked = run.server.log.filter((l) => l.method === 'POST' && l.body?.query?.startsWith('recoveryservicesresources'));
    expect(asked).toHaveLength(1);
    for (const type of ['protecteditems', 'backupinstances', 'vaults/backuppolicies', 'backupvaults/backuppolicies']) expect(asked[0]!.body?.query).toContain(type);
    expect(run.notifications).toEqual([]);
  });

  it('passes a protected VM with its policy\'s retention, and the disk attached to it; fails an unprotected VM and one whose protection was stopped; a disk kept 3 days by its Backup vault fails', () => {
    expect(verdictOf(run, 'virtualMachines/vm-app')).toMatchObject({ status: 'pass', messageId: 'backedUpFor', data: { service: 'virtual machine', days: 14 } });
    expect(verdictOf(run, 'disks/vm-app-os')).toMatchObject({ status: 'pass', messageId: 'backedUpFor', data: { service: 'managed disk', days: 14 } });
    expect(verdictOf(run, 'virtualMachines/vm-bare')).toMatchObject({ status: 'fail', messageId: 'notBackedUp', data: { service: 'virtual machine' } });
    expect(verdictOf(run, 'virtualMachines/vm-stopped')).toMatchObject({ status: 'fail', messageId: 'notBackedUp' });
    expect(verdictOf(run, 'disks/disk-data')).toMatchObject({ status: 'fail', messageId: 'retentionShort', data: { service: 'managed disk', days: 3, min: 7 } });
  });

  it('leaves VMs and disks unknown and reports the table it could not read, judging the rest', async () => {
    const failed = await runLive(cert, fixture(), { subscriptions: [S], managementGroups: [] }, { faults: { missingTables: ['backups'] } });
    expect(failed.items).toHaveLength(run.items.length);
    expect(failed.notifications).toEqual([expect.objectContaining({ level: 'error', category: `azure/${S}`, scope: `subscription ${S}`, message: expect.stringMatching(/^Azure Backup .*could not be read: .*InvalidQuery/) })]);
    for (const end of ['virtualMachines/vm-app', 'virtualMachines/vm-bare', 'disks/disk-data']) expect(verdictOf(failed, end)).toMatchObject({ status: 'unknown', messageId: 'backupUnverified' });
  });

  it('gives the same verdicts offline from the --inventory-out records', async () => {
    const file = path.join(tmp, 'inventory.jsonl');
    writeFileSync(file, run.items.map((i) => JSON.stringify(i.raw)).join('\n'));
    const report = await scan({ kinds: INPUT_KINDS, inputs: [file], sourceRoot: tmp, settings: DEFAULT_SETTINGS, policies: [backups], keepPasses: true });
    expect(report.incomplete).toEqual([]);
    const offline = new Map(report.findings.map((f) => [f.resource.id, { status: f.status, messageId: f.messageId, data: f.data }]));
    const live = policy(run);
    expect(offline.size).toBe(5);
    for (const [id, r] of live) if (r) expect(offline.get(id)).toEqual({ status: r.status, messageId: r.messageId, data: r.data });
  });
});

// ─── GCP live: disks and the snapshot schedules Cloud Asset Inventory lists ────────────────────

describe('GCP live: disks judged with the retention of the snapshot schedules they name', () => {
  const scheduled = (name: string, policy: string) =>
    asset.disk('hosting-prod', 'europe-west9-a', name, { resourcePolicies: [`https://www.googleapis.com/compute/v1/projects/hosting-prod/regions/europe-west9/resourcePolicies/${policy}`] });

  it('passes a disk whose schedule keeps 14 days, fails one kept 3 days, and is unknown for a schedule not listed; the snapshot reads back offline alike', async () => {
    const server = await startGcpServer({
      token: TOKEN,
      projects: PROJECTS,
      assets: [
        project('hosting-prod'),
        scheduled('kept', 'fortnight'),
        scheduled('short', 'three-days'),
        scheduled('elsewhere', 'not-listed'),
        asset.snapshotSchedule('hosting-prod', 'europe-west9', 'fortnight', 14),
        asset.snapshotSchedule('hosting-prod', 'europe-west9', 'three-days', 3),
      ],
    });
    try {
      const r = await runGcp(gcpSource(server, { scopes: ['projects/hosting-prod'] }));
      expect(r.notes).toEqual([]);
      const results = runPolicy(backups, r.items.map((i) => i.resource));
      const at = (end: string) => {
        const id = r.items.map((i) => i.resource.id).find((x) => x.endsWith(end));
        const v = id ? results.get(id) : undefined;
        return { status: v?.status, messageId: v?.messageId, data: v?.data };
      };
      expect(at('disks/kept')).toMatchObject({ status: 'pass', messageId: 'backedUpFor', data: { service: 'Compute Engine disk', days: 14 } });
      expect(at('disks/short')).toMatchObject({ status: 'fail', messageId: 'retentionShort', data: { days: 3, min: 7 } });
      expect(at('disks/elsewhere')).toMatchObject({ status: 'unknown', messageId: 'retentionUnknown' });
      // The schedules were listed with the projects, before the resources.
      const first = server.requests.find((q) => q.contentType === '1');
      expect(first?.assetTypes).toContain('compute.googleapis.com/ResourcePolicy');

      const file = path.join(tmp, 'gcp-inventory.jsonl');
      writeFileSync(file, r.items.map((i) => JSON.stringify(i.raw)).join('\n'));
      const report = await scan({ kinds: INPUT_KINDS, inputs: [file], sourceRoot: tmp, settings: DEFAULT_SETTINGS, policies: [backups], keepPasses: true });
      expect(report.incomplete).toEqual([]);
      for (const f of report.findings) expect({ status: f.status, messageId: f.messageId, data: f.data }).toEqual({ status: results.get(f.resource.id)?.status, messageId: results.get(f.resource.id)?.messageId, data: results.get(f.resource.id)?.data });
      expect(report.findings.filter((f) => f.resource.id.includes('/disks/'))).toHaveLength(3);
    } finally {
      await server.close();
    }
  });
});
