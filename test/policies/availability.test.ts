import availability from '../../policies/availability.js';
import { describe, expect, it } from 'vitest';
import { check, planStatus, refs, resultOf, RG } from '../helpers/plan-verdicts.js';
import { sql } from '../helpers/gcp-plan-fixtures.js';
import { type FixtureResource } from '../helpers/plan-builder.js';

import * as cfg from '../helpers/aws-fixtures.js';
import * as arm from '../helpers/azure-estate.js';
import { cluster } from '../helpers/gcp-estate.js';
import * as asset from '../helpers/gcp-policy-estate.js';
import { describeTwins } from '../helpers/twins.js';

/** The availability policy on each cloud's plans, and the same estate as a plan and as an inventory (twins). */

describe('AWS plans', () => {
  const settings = { highAvailability: ['aws_db_instance.*', 'aws_lb.*', 'aws_rds_cluster.*'] };

  it('judges only the resources the configuration names', () => {
    const db: FixtureResource = { address: 'aws_db_instance.app', values: { identifier: 'app', engine: 'postgres', multi_az: false }, unknown: { arn: true, id: true } };
    expect(check(availability, [db]).status('aws_db_instance.app')).toBe('none');
    expect(check(availability, [db], settings).result('aws_db_instance.app')).toMatchObject({ status: 'fail', messageId: 'singleZone', data: { service: 'RDS instance' } });
    expect(check(availability, [{ ...db, values: { ...db.values, multi_az: true } }], settings).status('aws_db_instance.app')).toBe('pass');
    expect(check(availability, [{ ...db, values: { identifier: 'app', engine: 'postgres' }, unknown: { arn: true, id: true, multi_az: true }, expressions: { multi_az: refs('var.ha') } }], settings).status('aws_db_instance.app')).toBe('unknown');
  });

  it('counts load balancer subnets and Aurora instances across zones', () => {
    const lb = (subnets: string[]): FixtureResource => ({ address: 'aws_lb.web', values: { name: 'web', load_balancer_type: 'network', subnets }, unknown: { arn: true, id: true } });
    expect(check(availability, [lb(['subnet-a', 'subnet-b'])], settings).status('aws_lb.web')).toBe('pass');
    expect(check(availability, [lb(['subnet-a'])], settings).status('aws_lb.web')).toBe('fail');
    const cluster: FixtureResource = { address: 'aws_rds_cluster.main', values: { cluster_identifier: 'main', engine: 'aurora-postgresql' }, unknown: { arn: true, id: true } };
    const member = (n: number, az: string | null): FixtureResource => ({
      address: `aws_rds_cluster_instance.main[${n}]`,
      values: { identifier: `main-${n}`, instance_class: 'db.r6g.large', engine: 'aurora-postgresql', ...(az ? { availability_zone: az } : {}) },
      unknown: { arn: true, id: true, cluster_identifier: true, ...(az ? {} : { availability_zone: true }) },
      expressions: { cluster_identifier: refs('aws_rds_cluster.main.id', 'aws_rds_cluster.main') },
    });
    expect(check(availability, [cluster, member(0, 'eu-west-3a'), member(1, 'eu-west-3b')], settings).status('aws_rds_cluster.main')).toBe('pass');
    expect(check(availability, [cluster, member(0, 'eu-west-3a')], settings).status('aws_rds_cluster.main')).toBe('fail');
    expect(check(availability, [cluster, member(0, null), member(1, null)], settings).status('aws_rds_cluster.main')).toBe('unknown');
  });
});

describe('Azure plans', () => {
  const ha = { highAvailability: ['azurerm_*'] };
  it('SQL databases, flexible servers, gateways: zone redundancy, judged only for the resources highAvailability names', () => {
    const db = (zr: unknown): FixtureResource => ({ address: 'azurerm_mssql_database.app', values: { name: 'app', ...(zr === 'unknown' ? {} : { zone_redundant: zr }) }, unknown: { id: true, server_id: true, ...(zr === 'unknown' ? { zone_redundant: true } : {}) }, expressions: zr === 'unknown' ? { zone_redundant: { references: ['var.zr'] } } : {} });
    expect(planStatus('availability', [db(true)], 'azurerm_mssql_database.app')).toBeUndefined();
    expect(planStatus('availability', [db(true)], 'azurerm_mssql_database.app', ha)).toBe('pass');
    expect(planStatus('availability', [db(false)], 'azurerm_mssql_database.app', ha)).toBe('fail');
    expect(planStatus('availability', [db('unknown')], 'azurerm_mssql_database.app', ha)).toBe('unknown');
    const psql = (ha_: unknown[]): FixtureResource => ({ address: 'azurerm_postgresql_flexible_server.db', values: { ...RG, name: 'psql', high_availability: ha_ }, unknown: { id: true } });
    expect(planStatus('availability', [psql([{ mode: 'ZoneRedundant', standby_availability_zone: '2' }])], 'azurerm_postgresql_flexible_server.db', ha)).toBe('pass');
    expect(planStatus('availability', [psql([{ mode: 'SameZone' }])], 'azurerm_postgresql_flexible_server.db', ha)).toBe('fail');
    const agw: FixtureResource = { address: 'azurerm_application_gateway.agw', values: { ...RG, name: 'agw', zones: ['1', '2', '3'], http_listener: [], request_routing_rule: [], redirect_configuration: [] }, unknown: { id: true } };
    expect(planStatus('availability', [agw], 'azurerm_application_gateway.agw', ha)).toBe('pass');
  });
});

describe('GCP plans', () => {
  const HA = { highAvailability: ['*'] };

  it('passes regional Cloud SQL, GKE, managed instance groups and Redis STANDARD_HA', () => {
    expect(resultOf(availability, [sql('google_sql_database_instance.db', { availability_type: 'REGIONAL' })], 'google_sql_database_instance.db', HA)).toMatchObject({ status: 'pass', messageId: 'multiZone', data: { service: 'Cloud SQL instance' } });
    const gke: FixtureResource = { address: 'google_container_cluster.apps', values: { name: 'apps', location: 'europe-west9', initial_node_count: 1 }, unknown: { id: true, endpoint: true } };
    expect(resultOf(availability, [gke], 'google_container_cluster.apps', HA)?.status).toBe('pass');
    const mig: FixtureResource = { address: 'google_compute_region_instance_group_manager.web', values: { name: 'web', region: 'europe-west9', base_instance_name: 'web', target_size: 3 }, unknown: { id: true, distribution_policy_zones: true } };
    expect(resultOf(availability, [mig], 'google_compute_region_instance_group_manager.web', HA)?.status).toBe('pass');
    const redis: FixtureResource = { address: 'google_redis_instance.cache', values: { name: 'cache', tier: 'STANDARD_HA', memory_size_gb: 1, region: 'europe-west9' }, unknown: { id: true } };
    expect(resultOf(availability, [redis], 'google_redis_instance.cache', HA)?.status).toBe('pass');
  });

  it('fails zonal ones (the Cloud SQL default is ZONAL), is unknown when the type is known only after apply, and judges only what highAvailability names', () => {
    expect(resultOf(availability, [sql('google_sql_database_instance.db')], 'google_sql_database_instance.db', HA)).toMatchObject({ status: 'fail', messageId: 'singleZone', data: { service: 'Cloud SQL instance' } });
    const zonal: FixtureResource = { address: 'google_container_cluster.apps', values: { name: 'apps', location: 'europe-west9-a' }, unknown: { id: true } };
    expect(resultOf(availability, [zonal], 'google_container_cluster.apps', HA)?.status).toBe('fail');
    const one: FixtureResource = { address: 'google_compute_region_instance_group_manager.web', values: { name: 'web', distribution_policy_zones: ['europe-west9-a'] }, unknown: { id: true } };
    expect(resultOf(availability, [one], 'google_compute_region_instance_group_manager.web', HA)?.status).toBe('fail');
    const later = sql('google_sql_database_instance.db', {}, { unknown: { id: true, settings: [{ availability_type: true }] }, expressions: { settings: [{ availability_type: { references: ['var.ha'] } }] } });
    delete ((later.values.settings as Array<Record<string, unknown>>)[0] as Record<string, unknown>).availability_type;
    expect(resultOf(availability, [later], 'google_sql_database_instance.db', HA)?.status).toBe('unknown');
    expect(resultOf(availability, [sql('google_sql_database_instance.db')], 'google_sql_database_instance.db')).toBeUndefined();
  });
});

const HA = { highAvailability: ['*'] };
const rdsHa = (multiAz: boolean): FixtureResource => ({
  address: 'aws_db_instance.ledger',
  values: { identifier: 'ledger', engine: 'postgres', instance_class: 'db.m6g.large', allocated_storage: 100, storage_encrypted: true, backup_retention_period: 14, multi_az: multiAz, replicate_source_db: null },
  unknown: { arn: true, id: true, endpoint: true },
});

const azDb = (zoneRedundant: boolean): FixtureResource => ({
  address: 'azurerm_mssql_database.app',
  values: { name: 'app', sku_name: 'GP_Gen5_2', storage_account_type: 'Geo', zone_redundant: zoneRedundant },
  unknown: { id: true, server_id: true },
  expressions: { server_id: refs('azurerm_mssql_server.sql.id', 'azurerm_mssql_server.sql') },
});
const liveAzDb = (zoneRedundant: boolean) => {
  const r = arm.sqlDatabase(arm.SUB_A, 'rg-app', 'sql-app', 'app', { backup: 'Geo' });
  return { ...r, properties: { ...(r.properties as Record<string, unknown>), zoneRedundant } };
};
const flexible = (mode: string): FixtureResource => ({
  address: 'azurerm_postgresql_flexible_server.psql',
  values: { ...RG, name: 'psql', sku_name: 'GP_Standard_D2ds_v4', version: '16', zone: '1', high_availability: [{ mode, ...(mode === 'ZoneRedundant' ? { standby_availability_zone: '2' } : {}) }] },
  unknown: { id: true, fqdn: true },
});
const liveFlexible = (mode: string) => {
  const r = arm.postgresFlexible(arm.SUB_A, 'rg-app', 'psql', { public: false });
  return { ...r, properties: { ...(r.properties as Record<string, unknown>), availabilityZone: '1', highAvailability: { mode, state: 'Healthy', ...(mode === 'ZoneRedundant' ? { standbyAvailabilityZone: '2' } : {}) } } };
};
const gateway = (zones: string[]): FixtureResource => ({
  address: 'azurerm_application_gateway.agw',
  values: { ...RG, name: 'agw-web', zones, sku: [{ name: 'WAF_v2', tier: 'WAF_v2', capacity: 2 }], http_listener: [], request_routing_rule: [], redirect_configuration: [] },
  unknown: { id: true },
});

const gkeCluster = (location: string): FixtureResource => ({ address: 'google_container_cluster.apps', values: { name: 'apps', location, project: 'hosting-prod', initial_node_count: 1 }, unknown: { id: true, endpoint: true, node_locations: true } });
const regionalMig = (zones: string[]): FixtureResource => ({
  address: 'google_compute_region_instance_group_manager.web',
  values: { name: 'web', region: 'europe-west9', project: 'hosting-prod', base_instance_name: 'web', target_size: 3, distribution_policy_zones: zones },
  unknown: { id: true, self_link: true, instance_group: true },
});

describeTwins('availability', [
  { name: 'a Multi-AZ RDS instance', cloud: 'aws', settings: HA, plan: [rdsHa(true)], live: [cfg.rdsInstance({ id: 'ledger', multiAZ: true })], at: { plan: 'aws_db_instance.ledger', live: 'db:ledger' }, expect: { status: 'pass', messageId: 'multiZone', data: { service: 'RDS instance' } } },
  { name: 'a single-zone RDS instance', cloud: 'aws', settings: HA, plan: [rdsHa(false)], live: [cfg.rdsInstance({ id: 'ledger', multiAZ: false })], at: { plan: 'aws_db_instance.ledger', live: 'db:ledger' }, expect: { status: 'fail', messageId: 'singleZone', data: { service: 'RDS instance' } } },
  { name: 'an RDS instance highAvailability does not name', cloud: 'aws', plan: [rdsHa(false)], live: [cfg.rdsInstance({ id: 'ledger', multiAZ: false })], at: { plan: 'aws_db_instance.ledger', live: 'db:ledger' }, expect: { status: 'none' } },
  { name: 'a zone-redundant SQL database', cloud: 'azure', settings: HA, plan: [azDb(true)], live: [liveAzDb(true)], at: { plan: 'azurerm_mssql_database.app', live: 'databases/app' }, expect: { status: 'pass', messageId: 'multiZone', data: { service: 'Azure SQL database' } } },
  { name: 'a SQL database in one zone', cloud: 'azure', settings: HA, plan: [azDb(false)], live: [liveAzDb(false)], at: { plan: 'azurerm_mssql_database.app', live: 'databases/app' }, expect: { status: 'fail', messageId: 'singleZone', data: { service: 'Azure SQL database' } } },
  { name: 'a flexible server with a standby in another zone', cloud: 'azure', settings: HA, plan: [flexible('ZoneRedundant')], live: [liveFlexible('ZoneRedundant')], at: { plan: 'azurerm_postgresql_flexible_server.psql', live: 'flexibleServers/psql' }, expect: { status: 'pass', messageId: 'multiZone' } },
  { name: 'a flexible server with a standby in the same zone', cloud: 'azure', settings: HA, plan: [flexible('SameZone')], live: [liveFlexible('SameZone')], at: { plan: 'azurerm_postgresql_flexible_server.psql', live: 'flexibleServers/psql' }, expect: { status: 'fail', messageId: 'singleZone' } },
  {
    name: 'an application gateway across three zones',
    cloud: 'azure',
    settings: HA,
    plan: [gateway(['1', '2', '3'])],
    live: [arm.applicationGateway(arm.SUB_A, 'rg-app', 'agw-web', { httpRedirects: true, zones: ['1', '2', '3'] })],
    at: { plan: 'azurerm_application_gateway.agw', live: 'applicationGateways/agw-web' },
    expect: { status: 'pass', messageId: 'multiZone' },
  },
  {
    name: 'an application gateway in one zone',
    cloud: 'azure',
    settings: HA,
    plan: [gateway(['1'])],
    live: [arm.applicationGateway(arm.SUB_A, 'rg-app', 'agw-web', { httpRedirects: true, zones: ['1'] })],
    at: { plan: 'azurerm_application_gateway.agw', live: 'applicationGateways/agw-web' },
    expect: { status: 'fail', messageId: 'singleZone' },
  },
  {
    name: 'a regional GKE cluster',
    cloud: 'gcp',
    settings: HA,
    plan: [gkeCluster('europe-west9')],
    live: [cluster('hosting-prod', 'europe-west9', 'apps', { locations: ['europe-west9-a', 'europe-west9-b', 'europe-west9-c'] })],
    at: { plan: 'google_container_cluster.apps', live: 'clusters/apps' },
    expect: { status: 'pass', messageId: 'multiZone' },
  },
  {
    name: 'a zonal GKE cluster',
    cloud: 'gcp',
    settings: HA,
    plan: [gkeCluster('europe-west9-a')],
    live: [cluster('hosting-prod', 'europe-west9-a', 'apps', { locations: ['europe-west9-a'] })],
    at: { plan: 'google_container_cluster.apps', live: 'clusters/apps' },
    expect: { status: 'fail', messageId: 'singleZone' },
  },
  { name: 'a regional instance group in one zone', cloud: 'gcp', settings: HA, plan: [regionalMig(['europe-west9-a'])], live: [asset.regionalMig('hosting-prod', 'europe-west9', 'web', ['europe-west9-a'])], at: { plan: 'google_compute_region_instance_group_manager.web', live: 'instanceGroupManagers/web' }, expect: { status: 'fail', messageId: 'singleZone' } },
  { name: 'a regional instance group across three zones', cloud: 'gcp', settings: HA, plan: [regionalMig(['europe-west9-a', 'europe-west9-b', 'europe-west9-c'])], live: [asset.regionalMig('hosting-prod', 'europe-west9', 'web', ['europe-west9-a', 'europe-west9-b', 'europe-west9-c'])], at: { plan: 'google_compute_region_instance_group_manager.web', live: 'instanceGroupManagers/web' }, expect: { status: 'pass', messageId: 'multiZone' } },
  { name: 'a regional Cloud SQL instance', cloud: 'gcp', settings: HA, plan: [sql('google_sql_database_instance.db', { availability_type: 'REGIONAL' }, {}, { name: 'orders-db' })], live: [asset.sqlInstance('hosting-prod', 'orders-db', 'europe-west9', { availabilityType: 'REGIONAL' })], at: { plan: 'google_sql_database_instance.db', live: 'instances/orders-db' }, expect: { status: 'pass', messageId: 'multiZone', data: { service: 'Cloud SQL instance' } } },
  { name: 'a zonal Cloud SQL instance', cloud: 'gcp', settings: HA, plan: [sql('google_sql_database_instance.db', { availability_type: 'ZONAL' }, {}, { name: 'orders-db' })], live: [asset.sqlInstance('hosting-prod', 'orders-db', 'europe-west9', { availabilityType: 'ZONAL' })], at: { plan: 'google_sql_database_instance.db', live: 'instances/orders-db' }, expect: { status: 'fail', messageId: 'singleZone', data: { service: 'Cloud SQL instance' } } },
]);
