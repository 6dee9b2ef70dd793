/**
 * Cloud Asset Inventory record shapes the GCP adapter must read as the APIs return them, older
 * API versions included, through the real offline reader:
 * - Cloud Storage buckets of the JSON API before 2019 (`iamConfiguration.bucketPolicyOnly`, the
 *   former name of uniform bucket-level access) and before 2021 (`publicAccessPrevention:
 *   "unspecified"`, the former name of `inherited`), and buckets as the Storage JSON API gives them
 *   (`acl` / `defaultObjectAcl` entries, `projection=full`: ../shared/corpus/inventory/
 *   gcp-storage-api-bucket-retention.json) next to Cloud Asset Inventory's empty lists
 *   (gcp-asset-bucket-cmek.json);
 * - `gcloud asset export --content-type=org-policy` lines (snake_case `org_policy`,
 *   `boolean_policy`, as gcloud-asset-export.jsonl);
 * - Cloud SQL `backupRetentionSettings.retentionUnit` RETENTION_UNIT_UNSPECIFIED, which the Admin
 *   API documents as treated as COUNT.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GCP_INPUT_KINDS } from '../providers/gcp/index.js';
import { readContext, readInputs } from '../src/input/read-inputs.js';
import type { Resource } from '../src/model/resource.js';
import { ancestors, bucket, sqlInstance } from './helpers/gcp-estate.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'cldscan-gcp-shapes-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let n = 0;
async function read(records: unknown[]): Promise<Resource[]> {
  const file = path.join(tmp, `records-${n++}.jsonl`);
  writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return (await readInputs([file], GCP_INPUT_KINDS, readContext(tmp))).resources;
}
/** The resource of `name` that carries facets (the settings record, not the IAM_POLICY one). */
const of = (resources: Resource[], name: string) => resources.find((r) => r.id === name && Object.keys(r.facets).length > 0);

const WEB = '//storage.googleapis.com/hosting-prod-web';
const privateIam = { name: WEB, assetType: 'storage.googleapis.com/Bucket', ancestors: ancestors('hosting-prod'), iamPolicy: { version: 1, etag: 'BwYeXg2QJ0c=', bindings: [{ role: 'roles/storage.legacyBucketOwner', members: ['projectOwner:hosting-prod'] }] } };

/** ../shared/corpus/inventory/gcp-storage-api-bucket-retention.json (`storage/v1/b?projection=full`), its access fields. */
const team = (t: string, role: string, kind: string) => ({ kind, entity: `project-${t}-000000000000`, role, etag: 'CAM=', projectTeam: { projectNumber: '000000000000', team: t } });
const STORAGE_API_BUCKET: Record<string, unknown> = {
  kind: 'storage#bucket',
  projectNumber: '000000000000',
  metageneration: '3',
  location: 'US',
  storageClass: 'STANDARD',
  acl: [team('editors', 'OWNER', 'storage#bucketAccessControl'), team('owners', 'OWNER', 'storage#bucketAccessControl'), team('viewers', 'READER', 'storage#bucketAccessControl')],
  defaultObjectAcl: [team('owners', 'OWNER', 'storage#objectAccessControl'), team('editors', 'OWNER', 'storage#objectAccessControl'), team('viewers', 'READER', 'storage#objectAccessControl')],
  owner: { entity: 'project-owners-000000000000' },
  retentionPolicy: { retentionPeriod: '2592000', effectiveTime: '2026-01-26T18:03:49.867Z' },
  softDeletePolicy: { retentionDurationSeconds: '604800', effectiveTime: '2026-01-26T18:03:49.867Z' },
  iamConfiguration: { bucketPolicyOnly: { enabled: false }, uniformBucketLevelAccess: { enabled: false }, publicAccessPrevention: 'inherited' },
  locationType: 'multi-region',
  rpo: 'DEFAULT',
};

describe('Cloud Storage bucket records', () => {
  it('reads uniform bucket-level access under its pre-2019 name bucketPolicyOnly: ACLs are off, the bucket passes', async () => {
    const record = bucket('hosting-prod', 'hosting-prod-web', { iamConfiguration: { bucketPolicyOnly: { enabled: true, lockedTime: '2019-10-14T09:41:22.311Z' } } });
    const facet = of(await read([record, privateIam]), WEB)?.facets.publicAccess;
    expect(facet?.public).toBe('no');
    expect(facet?.evidence).toContainEqual(expect.objectContaining({ path: 'resource.data.iamConfiguration.bucketPolicyOnly.enabled', value: true }));
  });

  it('reads publicAccessPrevention "unspecified" (before 2021) as inherited, and says what the record holds', async () => {
    const record = bucket('hosting-prod', 'hosting-prod-web', { iamConfiguration: { uniformBucketLevelAccess: { enabled: true }, publicAccessPrevention: 'unspecified' } });
    const open = { ...privateIam, iamPolicy: { bindings: [{ role: 'roles/storage.objectViewer', members: ['allUsers'] }] } };
    const facet = of(await read([record, open]), WEB)?.facets.publicAccess;
    expect(facet?.public).toBe('yes');
    expect(facet?.evidence[0]).toMatchObject({ path: 'resource.data.iamConfiguration.publicAccessPrevention', value: 'unspecified' });
  });

  it('judges the ACL entries a Storage JSON API record carries, and leaves a Cloud Asset record (empty lists) without uniform access unknown', async () => {
    const corpus = STORAGE_API_BUCKET;
    const asRecord = (data: Record<string, unknown>) => ({ ...bucket('hosting-prod', 'hosting-prod-web', {}), resource: { ...bucket('hosting-prod', 'hosting-prod-web', {}).resource, data: { ...data, name: 'hosting-prod-web', id: 'hosting-prod-web' } } });
    // The corpus bucket: fine-grained, project teams only.
    expect(of(await read([asRecord(corpus), privateIam]), WEB)?.facets.publicAccess).toMatchObject({ public: 'unknown', settle: expect.stringContaining('uniform bucket-level access') });
    // The same with a READER entry for allUsers, as `gcloud storage buckets add-iam…`/`acl ch -u AllUsers:R` leave it.
    const acl = [...(corpus.acl as unknown[]), { kind: 'storage#bucketAccessControl', id: 'hosting-prod-web/allUsers', bucket: 'hosting-prod-web', entity: 'allUsers', role: 'READER', etag: 'CAM=' }];
    const open = of(await read([asRecord({ ...corpus, acl }), privateIam]), WEB)?.facets.publicAccess;
    expect(open?.public).toBe('yes');
    expect(open?.evidence).toContainEqual(expect.objectContaining({ path: 'resource.data.acl[3].entity', value: 'allUsers' }));
    // Cloud Asset Inventory: `acl: []`, `iamConfiguration.bucketPolicyOnly: {}` (gcp-asset-bucket-cmek.json).
    const cai = bucket('hosting-prod', 'hosting-prod-web', { acl: [], defaultObjectAcl: [], iamConfiguration: { bucketPolicyOnly: {} } });
    const facet = of(await read([cai, privateIam]), WEB)?.facets.publicAccess;
    expect(facet?.public).toBe('unknown');
    expect(facet?.evidence).toContainEqual(expect.objectContaining({ path: 'resource.data.acl', note: expect.stringContaining('no ACL entries') }));
  });

  it('reads the storage.publicAccessPrevention policy of a gcloud asset export (snake_case org_policy lines)', async () => {
    const orgLine = {
      name: '//cloudresourcemanager.googleapis.com/organizations/998877665544',
      asset_type: 'cloudresourcemanager.googleapis.com/Organization',
      org_policy: [{ constraint: 'constraints/storage.publicAccessPrevention', update_time: { seconds: 1715678467, nanos: 415000000 }, boolean_policy: { enforced: true } }],
      ancestors: ['organizations/998877665544'],
    };
    const record = bucket('hosting-prod', 'hosting-prod-web', { iamConfiguration: { uniformBucketLevelAccess: { enabled: true }, publicAccessPrevention: 'inherited' } });
    const open = { ...privateIam, iamPolicy: { bindings: [{ role: 'roles/storage.objectViewer', members: ['allUsers'] }] } };
    const facet = of(await read([orgLine, record, open]), WEB)?.facets.publicAccess;
    expect(facet?.public).toBe('no');
    expect(facet?.evidence).toContainEqual(expect.objectContaining({ path: expect.stringMatching(/^org_?[pP]olicy$/), value: 'enforced', from: 'organizations/998877665544' }));
    // Without the organization's line the export says nothing of the policy: inherited proves nothing.
    expect(of(await read([record, open]), WEB)?.facets.publicAccess?.public).toBe('yes');
  });
});

describe('Cloud SQL records', () => {
  it('reads retainedBackups under retentionUnit RETENTION_UNIT_UNSPECIFIED, which the API treats as COUNT', async () => {
    const record = sqlInstance('hosting-prod', 'orders-db', 'europe-west9', { backupConfiguration: { kind: 'sql#backupConfiguration', enabled: true, startTime: '02:00', backupRetentionSettings: { retentionUnit: 'RETENTION_UNIT_UNSPECIFIED', retainedBackups: 30 } } });
    const facet = of(await read([record]), '//cloudsql.googleapis.com/projects/hosting-prod/instances/orders-db')?.facets.backup;
    expect(facet).toMatchObject({ enabled: 'yes', retentionDays: 30 });
  });
});
