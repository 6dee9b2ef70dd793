import { describe, it, expect } from 'vitest';
import policy from '../policies/data-residency.js';
import { runPolicy } from '../src/policy/tester.js';
import type { ScanSettings } from '../src/settings.js';
import type { FixtureResource, PlanOptions } from './helpers/plan-builder.js';
import { byId, resources } from './helpers/resources.js';

const FR: Partial<ScanSettings> = { residency: 'fr' };
const EU: Partial<ScanSettings> = { residency: 'eu' };

function check(list: FixtureResource[], id: string, settings: Partial<ScanSettings> = EU, opts?: PlanOptions) {
  return runPolicy(policy, resources(list, opts), settings).get(id);
}

function locations(list: FixtureResource[], id: string, opts?: PlanOptions) {
  return byId(resources(list, opts), id).facets.dataLocations?.locations;
}

const bucket = (location: unknown, extra: Record<string, unknown> = {}): FixtureResource => ({
  address: 'google_storage_bucket.data',
  values: { name: 'ft-data', location, storage_class: 'STANDARD', custom_placement_config: [], encryption: [], ...extra },
  unknown: { id: true, self_link: true, url: true },
});

/** Cloud SQL instance: settings[0].backup_configuration is Optional+Computed, unknown in the plan when left out. */
const sql = (region: string, backup?: Record<string, unknown>): FixtureResource => ({
  address: 'google_sql_database_instance.db',
  values: {
    name: 'db',
    region,
    database_version: 'POSTGRES_16',
    settings: [{ tier: 'db-custom-2-7680', ...(backup ? { backup_configuration: [{ binary_log_enabled: false, point_in_time_recovery_enabled: true, start_time: '02:00', ...backup }] } : {}) }],
  },
  unknown: { id: true, connection_name: true, settings: [backup ? { ip_configuration: true } : { ip_configuration: true, backup_configuration: true }] },
});

describe('GCP data locations → data-residency', () => {
  it('keeps multi-region and dual-region bucket locations as one location', () => {
    expect(check([bucket('EU')], 'google_storage_bucket.data', EU)).toMatchObject({ status: 'pass', messageId: 'inside', data: { profile: { messageId: 'inEu' }, places: [{ messageId: 'place', data: { role: { messageId: 'rolePrimary' }, region: 'EU' } }] } });
    expect(check([bucket('EU')], 'google_storage_bucket.data', FR)?.status).toBe('fail');
    expect(check([bucket('EUR4')], 'google_storage_bucket.data', EU)?.status).toBe('pass');
    expect(check([bucket('EUROPE-WEST9')], 'google_storage_bucket.data', FR)).toMatchObject({ status: 'pass', messageId: 'inside', data: { profile: { messageId: 'inFrance' }, places: [{ messageId: 'place', data: { role: { messageId: 'rolePrimary' }, region: 'EUROPE-WEST9', countries: ' (FR)' } }] } });
    expect(check([bucket('US')], 'google_storage_bucket.data', EU)).toMatchObject({ status: 'fail', messageId: 'outside', data: { profile: { messageId: 'outsideEu' }, places: [{ messageId: 'place', data: { role: { messageId: 'rolePrimary' }, region: 'US' } }] } });
  });

  it('lists the regions of a configurable dual-region as replicas', () => {
    const list = [bucket('EU', { custom_placement_config: [{ data_locations: ['EUROPE-WEST9', 'US-EAST1'] }] })];
    expect(locations(list, 'google_storage_bucket.data')?.map((l) => [l.role, l.region])).toEqual([
      ['primary', 'EU'],
      ['replica', 'EUROPE-WEST9'],
      ['replica', 'US-EAST1'],
    ]);
    expect(check(list, 'google_storage_bucket.data')).toMatchObject({ status: 'fail', messageId: 'outside', data: { places: [{ messageId: 'place', data: { role: { messageId: 'roleReplica' }, region: 'US-EAST1' } }] } });
  });

  it('is unknown when the location is known only after apply', () => {
    const list: FixtureResource[] = [{ ...bucket('EU'), unknown: { location: true, id: true }, expressions: { location: { references: ['module.env.location', 'module.env'] } } }];
    expect(check(list, 'google_storage_bucket.data')).toMatchObject({ status: 'unknown' });
    expect(byId(resources(list), 'google_storage_bucket.data').region).toBeUndefined();
  });

  it('takes zones down to their region, and falls back on the provider region or zone', () => {
    const vm: FixtureResource = { address: 'google_compute_instance.vm', values: { name: 'vm', zone: 'europe-west9-b', machine_type: 'e2-small' } };
    const rs = resources([vm]);
    expect(rs[0]!.region).toBe('europe-west9');
    expect(check([vm], 'google_compute_instance.vm', FR)?.status).toBe('pass');

    const run: FixtureResource = { address: 'google_cloud_run_v2_service.api', values: { name: 'api', ingress: 'INGRESS_TRAFFIC_ALL' } };
    const zoneProvider: PlanOptions = { providers: { google: { name: 'google', expressions: { zone: { constant_value: 'us-east1-c' } } } } };
    expect(resources([run], zoneProvider)[0]!.region).toBe('us-east1');
    expect(check([run], 'google_cloud_run_v2_service.api', EU, zoneProvider)).toMatchObject({ status: 'fail', messageId: 'outside', data: { places: [{ messageId: 'place', data: { role: { messageId: 'rolePrimary' }, region: 'us-east1' } }] } });
    const noRegion: PlanOptions = { providers: { google: { name: 'google', expressions: { project: { constant_value: 'p' } } } } };
    expect(check([run], 'google_cloud_run_v2_service.api', EU, noRegion)?.status).toBe('unknown');
  });

  it('gives control-plane and global resources no data location and no region', () => {
    const list: FixtureResource[] = [
      { address: 'google_compute_firewall.ssh', values: { name: 'ssh', network: 'default', allow: [{ protocol: 'tcp', ports: ['22'] }] } },
      { address: 'google_compute_network.vpc', values: { name: 'vpc', auto_create_subnetworks: false } },
      { address: 'google_project_iam_member.viewer', values: { project: 'p', role: 'roles/viewer', member: 'group:ops@example.com' } },
      { address: 'google_compute_subnetwork.app', values: { name: 'app', region: 'europe-west9', ip_cidr_range: '10.0.0.0/24' } },
    ];
    const rs = resources(list);
    for (const r of rs) expect(r.facets.dataLocations).toBeUndefined();
    expect(rs.map((r) => r.region)).toEqual([undefined, undefined, undefined, 'europe-west9']);
  });

  it('adds the Cloud SQL backup location, the closest multi-region when unset', () => {
    const defaulted = [sql('europe-west9', { enabled: true })];
    expect(locations(defaulted, 'google_sql_database_instance.db')?.map((l) => [l.role, l.region])).toEqual([
      ['primary', 'europe-west9'],
      ['backup', 'EU'],
    ]);
    expect(check(defaulted, 'google_sql_database_instance.db', FR)).toMatchObject({ status: 'fail', messageId: 'outside', data: { profile: { messageId: 'outsideFrance' }, places: [{ messageId: 'place', data: { role: { messageId: 'roleBackup' }, region: 'EU' } }] } });
    expect(check(defaulted, 'google_sql_database_instance.db', EU)?.status).toBe('pass');
    expect(check([sql('europe-west9', { enabled: true, location: 'europe-west9' })], 'google_sql_database_instance.db', FR)?.status).toBe('pass');
    // Automated backups off (the default when backup_configuration is left out): only the instance region.
    expect(locations([sql('europe-west9')], 'google_sql_database_instance.db')).toHaveLength(1);
    expect(check([sql('me-west1', { enabled: true })], 'google_sql_database_instance.db', EU)?.status).toBe('fail');
    expect(locations([sql('southamerica-east1', { enabled: true })], 'google_sql_database_instance.db')?.[1]).toMatchObject({ role: 'backup', region: undefined });
  });

  it('maps Spanner instance configs, and locates a database in its instance', () => {
    const spanner = (config: string): FixtureResource[] => [
      { address: 'google_spanner_instance.main', values: { name: 'main', config, display_name: 'main', num_nodes: 1 }, unknown: { id: true } },
      {
        address: 'google_spanner_database.db',
        values: { name: 'db', encryption_config: [], deletion_protection: true },
        unknown: { instance: true, id: true },
        expressions: { instance: { references: ['google_spanner_instance.main.name', 'google_spanner_instance.main'] } },
      },
    ];
    expect(check(spanner('regional-europe-west9'), 'google_spanner_instance.main', FR)).toMatchObject({ status: 'pass', messageId: 'inside', data: { places: [{ messageId: 'place', data: { role: { messageId: 'rolePrimary' }, region: 'europe-west9', countries: ' (FR)' } }] } });
    expect(check(spanner('regional-europe-west9'), 'google_spanner_database.db', FR)?.status).toBe('pass');
    expect(locations(spanner('regional-europe-west9'), 'google_spanner_database.db')?.[0]?.evidence.from).toBe('google_spanner_instance.main');
    expect(check(spanner('eur3'), 'google_spanner_instance.main', EU)?.status).toBe('pass');
    expect(check(spanner('nam-eur-asia1'), 'google_spanner_database.db', EU)?.status).toBe('unknown');
  });

  it('reads Pub/Sub message storage policies and Secret Manager replication', () => {
    const topic = (policyBlock: unknown[]): FixtureResource => ({ address: 'google_pubsub_topic.events', values: { name: 'events', kms_key_name: null, message_storage_policy: policyBlock } });
    expect(check([topic([{ allowed_persistence_regions: ['europe-west9'] }])], 'google_pubsub_topic.events', FR)?.status).toBe('pass');
    expect(check([{ ...topic([]), values: { name: 'events' }, unknown: { message_storage_policy: true } }], 'google_pubsub_topic.events', FR)?.status).toBe('unknown');

    const secret = (replication: unknown[]): FixtureResource => ({ address: 'google_secret_manager_secret.s', values: { secret_id: 's', replication }, unknown: { id: true } });
    expect(check([secret([{ auto: [{ customer_managed_encryption: [] }], user_managed: [] }])], 'google_secret_manager_secret.s', EU)).toMatchObject({ status: 'fail', messageId: 'outside', data: { places: [{ messageId: 'globalPlace', data: { role: { messageId: 'rolePrimary' }, region: 'global' } }] } });
    const managed = [secret([{ auto: [], user_managed: [{ replicas: [{ location: 'europe-west9', customer_managed_encryption: [] }, { location: 'europe-west1', customer_managed_encryption: [] }] }] }])];
    expect(check(managed, 'google_secret_manager_secret.s', EU)?.status).toBe('pass');
    expect(check(managed, 'google_secret_manager_secret.s', FR)).toMatchObject({ status: 'fail', messageId: 'outside', data: { profile: { messageId: 'outsideFrance' }, places: [{ messageId: 'place', data: { role: { messageId: 'roleReplica' }, region: 'europe-west1' } }] } });
  });

  it('does not give a module the parent instance of another module', () => {
    const mod = (name: string, region: string): FixtureResource[] => [
      { address: `module.${name}.google_sql_database_instance.db`, values: { region, database_version: 'POSTGRES_16', settings: [{ tier: 'db-f1-micro' }] }, unknown: { name: true, id: true } },
      {
        address: `module.${name}.google_sql_database.app`,
        values: { name: 'app' },
        unknown: { instance: true, id: true },
        expressions: { instance: { references: ['google_sql_database_instance.db.name', 'google_sql_database_instance.db'] } },
      },
    ];
    const list = [...mod('paris', 'europe-west9'), ...mod('iowa', 'us-central1')];
    expect(locations(list, 'module.paris.google_sql_database.app')?.map((l) => l.region)).toEqual(['europe-west9']);
    expect(locations(list, 'module.iowa.google_sql_database.app')?.map((l) => l.region)).toEqual(['us-central1']);
    expect(check(list, 'module.iowa.google_sql_database.app', EU)?.status).toBe('fail');
  });

  it('links a for_each object to its own bucket, and is unknown when the parent is not in the plan', () => {
    const list: FixtureResource[] = [
      ...[
        ['fr', 'EUROPE-WEST9'],
        ['us', 'US'],
      ].map(([k, loc]): FixtureResource => ({ address: `google_storage_bucket.b["${k}"]`, values: { name: `ft-${k}`, location: loc, custom_placement_config: [] } })),
      ...['fr', 'us'].map(
        (k): FixtureResource => ({
          address: `google_storage_bucket_object.o["${k}"]`,
          values: { name: 'index.html', bucket: `ft-${k}` },
          expressions: { bucket: { references: ['google_storage_bucket.b[each.key].name', 'google_storage_bucket.b[each.key]', 'google_storage_bucket.b', 'each.key'] } },
        }),
      ),
      { address: 'google_storage_bucket_object.orphan', values: { name: 'x', bucket: 'somebody-elses-bucket' } },
    ];
    expect(check(list, 'google_storage_bucket_object.o["fr"]', FR)?.status).toBe('pass');
    expect(check(list, 'google_storage_bucket_object.o["us"]', FR)?.status).toBe('fail');
    expect(check(list, 'google_storage_bucket_object.orphan', FR)?.status).toBe('unknown');
  });
});
