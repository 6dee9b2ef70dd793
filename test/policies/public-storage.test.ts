import publicStorage from '../../policies/public-storage.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RuleTester, runPolicy } from '../../src/policy/tester.js';
import { check, idRefs, refs, RG } from '../helpers/plan-verdicts.js';
import type { FixtureResource } from '../helpers/plan-builder.js';
import { gcsBucket } from '../helpers/gcp-plan-fixtures.js';
import * as cfg from '../helpers/aws-fixtures.js';
import * as arm from '../helpers/azure-estate.js';
import * as asset from '../helpers/gcp-policy-estate.js';
import { describeTwins } from '../helpers/twins.js';
import { startAwsServer } from '../helpers/aws-server.js';
import { findingOf, localOptions, scanAws } from '../helpers/aws-live.js';
import * as gcpEstate from '../helpers/gcp-estate.js';
import { run as runGcp, source as gcpSource } from '../helpers/gcp-live.js';
import { startGcpServer, type RestAsset } from '../helpers/gcp-server.js';
import { GCP_INPUT_KINDS } from '../../providers/gcp/index.js';
import { readContext, readInputs } from '../../src/input/read-inputs.js';
import type { Resource } from '../../src/model/resource.js';
import { readAzureDoc } from '../../providers/azure/inventory.js';
import { JsonScanner } from '../../src/input/json-scan.js';
import { runLive } from '../helpers/azure-live.js';
import type { AzureFixture, Row } from '../helpers/azure-server.js';
import { hasOpenssl, makeTestCertificate, type TestCertificate } from '../helpers/azure-tls.js';

/**
 * The public-storage policy: S3 buckets (ACL, bucket policy, bucket and account Block Public
 * Access), Azure storage accounts (allowBlobPublicAccess, then their containers), Cloud Storage
 * buckets (public access prevention, allUsers / allAuthenticatedUsers grants), on plans, on
 * inventories, and the same estate both ways (twins).
 */

RuleTester.describe = describe;
RuleTester.it = it;

const facet = (pub: 'yes' | 'no' | 'unknown', settle?: string) => ({ facets: { publicAccess: { label: 'S3 bucket', public: pub, evidence: [{ path: 'publicAccess', note: 'test' }], ...(settle ? { settle } : {}) } } });

new RuleTester().run(publicStorage, {
  pass: [{ resource: facet('no'), messageId: 'private', data: { store: 'S3 bucket' } }],
  fail: [{ resource: facet('yes'), messageId: 'public', data: { store: 'S3 bucket' } }],
  unknown: [
    { resource: facet('unknown', 'the bucket policy'), messageId: 'unverified', data: { store: 'S3 bucket' } },
    { resource: facet('unknown'), messageId: 'unverified', data: { store: 'S3 bucket' } },
  ],
  notApplicable: [{ resource: { facets: {} } }],
});

// AWS plans: shapes of ../shared/corpus/plans (checkov__11 public access block, checkov__38 public-read-write ACL).
const s3 = (name = 'acme-data'): FixtureResource => ({ address: 'aws_s3_bucket.data', values: { bucket: name, force_destroy: false, object_lock_enabled: false, tags: null }, unknown: { arn: true, id: true, acl: true, grant: true, policy: true } });
const toBucket = { bucket: refs('aws_s3_bucket.data.id', 'aws_s3_bucket.data') };
const bucketBlock = (on: boolean): FixtureResource => ({
  address: 'aws_s3_bucket_public_access_block.data',
  values: { block_public_acls: on, block_public_policy: on, ignore_public_acls: on, restrict_public_buckets: on },
  unknown: { bucket: true, id: true },
  expressions: toBucket,
});
const accountBlock = (values: Record<string, boolean>): FixtureResource => ({
  address: 'aws_s3_account_public_access_block.this',
  values: { account_id: null, block_public_acls: false, block_public_policy: false, ignore_public_acls: false, restrict_public_buckets: false, ...values },
  unknown: { id: true },
});
const cannedAcl = (acl: string): FixtureResource => ({ address: 'aws_s3_bucket_acl.data', values: { acl, expected_bucket_owner: null }, unknown: { access_control_policy: true, bucket: true, id: true }, expressions: toBucket });
const doc = (statement: Record<string, unknown>) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::acme-data/*', ...statement }] });
const bucketPolicy = (policy: string | undefined): FixtureResource => ({
  address: 'aws_s3_bucket_policy.data',
  values: policy === undefined ? {} : { policy },
  unknown: { bucket: true, id: true, ...(policy === undefined ? { policy: true } : {}) },
  expressions: toBucket,
});
const PUBLIC_POLICY = doc({ Principal: '*' });

describe('AWS plans', () => {
  it('passes a bucket whose own Block Public Access is fully on, whatever its ACL and policy', () => {
    const r = check(publicStorage, [s3(), bucketBlock(true), cannedAcl('public-read'), bucketPolicy(PUBLIC_POLICY)]).result('aws_s3_bucket.data');
    expect(r).toMatchObject({ status: 'pass', messageId: 'private', data: { store: 'S3 bucket' } });
  });

  it('fails a public-read-write ACL or a policy allowing "*" when Block Public Access is off for the bucket and the account', () => {
    const off = [s3(), bucketBlock(false), accountBlock({})];
    expect(check(publicStorage, [...off, cannedAcl('public-read-write'), bucketPolicy(doc({ Principal: { AWS: 'arn:aws:iam::111122223333:root' } }))]).result('aws_s3_bucket.data')).toMatchObject({ status: 'fail', messageId: 'public' });
    expect(check(publicStorage, [...off, bucketPolicy(doc({ Principal: { AWS: '*' } }))]).result('aws_s3_bucket.data')).toMatchObject({ status: 'fail', messageId: 'public' });
    // A condition on aws:SourceIp that lets in the whole internet restricts nothing.
    expect(check(publicStorage, [...off, bucketPolicy(doc({ Principal: '*', Condition: { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } } }))]).status('aws_s3_bucket.data')).toBe('fail');
  });

  it('passes grants to everyone that the account\'s settings neutralise, and policies restricted to the caller\'s VPC endpoint or organisation', () => {
    expect(check(publicStorage, [s3(), bucketBlock(false), accountBlock({ ignore_public_acls: true, restrict_public_buckets: true }), cannedAcl('public-read'), bucketPolicy(PUBLIC_POLICY)]).status('aws_s3_bucket.data')).toBe('pass');
    const vpce = doc({ Principal: '*', Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } } });
    const org = doc({ Principal: { AWS: '*' }, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } });
    expect(check(publicStorage, [s3(), bucketBlock(false), accountBlock({}), bucketPolicy(vpce)]).status('aws_s3_bucket.data')).toBe('pass');
    expect(check(publicStorage, [s3(), bucketBlock(false), accountBlock({}), bucketPolicy(org)]).status('aws_s3_bucket.data')).toBe('pass');
  });

  it('is unknown when a deciding piece is not in the plan or known only after apply', () => {
    const noAccount = check(publicStorage, [s3(), bucketBlock(false), bucketPolicy(PUBLIC_POLICY)]).result('aws_s3_bucket.data');
    expect(noAccount).toMatchObject({ status: 'unknown', messageId: 'unverified' });
    expect(noAccount?.settle).toContain('account\'s Block Public Access');
    const noPolicy = check(publicStorage, [s3(), bucketBlock(false), accountBlock({})]).result('aws_s3_bucket.data');
    expect(noPolicy?.status).toBe('unknown');
    expect(noPolicy?.settle).toContain('the bucket policy');
    expect(check(publicStorage, [s3(), bucketBlock(false), accountBlock({}), bucketPolicy(undefined)]).status('aws_s3_bucket.data')).toBe('unknown');
  });
});

// S3 access points: aws_s3_access_point as `terraform show -json` writes it (provider 5: the block lists, computed alias/arn/network_origin), its aws_s3control_access_point_policy.
const AP_ARN = 'arn:aws:s3:eu-west-3:111122223333:accesspoint/acme-public';
const apDoc = (statement: Record<string, unknown>) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: `${AP_ARN}/object/*`, ...statement }] });
const AP_PUBLIC = apDoc({ Principal: '*' });
const PLAN_BLOCK = (on: boolean) => [{ block_public_acls: on, block_public_policy: on, ignore_public_acls: on, restrict_public_buckets: on }];
const accessPoint = (o: { block?: boolean; policy?: string; vpc?: boolean } = {}): FixtureResource => ({
  address: 'aws_s3_access_point.public',
  values: {
    account_id: '111122223333',
    bucket_account_id: null,
    name: 'acme-public',
    ...(o.block === undefined ? {} : { public_access_block_configuration: PLAN_BLOCK(o.block) }),
    ...(o.policy === undefined ? {} : { policy: o.policy }),
    vpc_configuration: o.vpc ? [{ vpc_id: 'vpc-0a1b2c3d4e5f60718' }] : [],
  },
  unknown: { alias: true, arn: true, bucket: true, domain_name: true, endpoints: true, has_public_access_policy: true, has_public_access_policy_status: true, id: true, network_origin: true, ...(o.policy === undefined ? { policy: true } : {}), ...(o.block === undefined ? { public_access_block_configuration: true } : {}) },
  expressions: { ...toBucket, name: { constant_value: 'acme-public' }, ...(o.block === undefined ? {} : { public_access_block_configuration: [{}] }), ...(o.policy === undefined ? {} : { policy: { constant_value: o.policy } }), ...(o.vpc ? { vpc_configuration: [{}] } : {}) },
});
const accessPointPolicy = (policy: string | undefined): FixtureResource => ({
  address: 'aws_s3control_access_point_policy.public',
  values: policy === undefined ? {} : { policy },
  unknown: { access_point_arn: true, has_public_access_policy: true, id: true, ...(policy === undefined ? { policy: true } : {}) },
  expressions: { access_point_arn: refs('aws_s3_access_point.public.arn', 'aws_s3_access_point.public'), ...(policy === undefined ? { policy: refs('data.aws_iam_policy_document.ap.json', 'data.aws_iam_policy_document.ap') } : {}) },
});
const AP = 'aws_s3_access_point.public';

describe('AWS plans: S3 access points', () => {
  it('fails an access point whose policy allows "*" with its Block Public Access and the account\'s off, inline or through aws_s3control_access_point_policy', () => {
    expect(check(publicStorage, [s3(), accessPoint({ block: false, policy: AP_PUBLIC }), accountBlock({})]).result(AP)).toMatchObject({ status: 'fail', messageId: 'public', data: { store: 'S3 access point' } });
    expect(check(publicStorage, [s3(), accessPoint({ block: false }), accessPointPolicy(AP_PUBLIC), accountBlock({})]).result(AP)).toMatchObject({ status: 'fail', messageId: 'public' });
  });

  it('passes one left with S3\'s default settings (all on), one restricted to a VPC, and a policy restricted to the organisation', () => {
    expect(check(publicStorage, [s3(), accessPoint({ policy: AP_PUBLIC })]).result(AP)).toMatchObject({ status: 'pass', messageId: 'private' });
    expect(check(publicStorage, [s3(), accessPoint({ block: false, policy: AP_PUBLIC, vpc: true }), accountBlock({})]).status(AP)).toBe('pass');
    const org = apDoc({ Principal: { AWS: '*' }, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } });
    expect(check(publicStorage, [s3(), accessPoint({ block: false, policy: org }), accountBlock({})]).status(AP)).toBe('pass');
    // The account's RestrictPublicBuckets neutralises a public policy already in place.
    expect(check(publicStorage, [s3(), accessPoint({ block: false, policy: AP_PUBLIC }), accountBlock({ restrict_public_buckets: true })]).status(AP)).toBe('pass');
  });

  it('is unknown when its policy is known only after apply, or the account\'s settings or a policy are not in the plan', () => {
    const later = check(publicStorage, [s3(), accessPoint({ block: false }), accessPointPolicy(undefined), accountBlock({})]).result(AP);
    expect(later).toMatchObject({ status: 'unknown', messageId: 'unverified' });
    expect(later?.settle).toContain('the access point policy');
    const noAccount = check(publicStorage, [s3(), accessPoint({ block: false, policy: AP_PUBLIC })]).result(AP);
    expect(noAccount).toMatchObject({ status: 'unknown' });
    expect(noAccount?.settle).toContain('account\'s Block Public Access');
    expect(check(publicStorage, [s3(), accessPoint({ block: false }), accountBlock({})]).result(AP)).toMatchObject({ status: 'unknown', messageId: 'unverified' });
  });
});

// Azure plans: azurerm 3.x/4.x storage accounts (regula__11, regula__38 in ../shared/corpus/plans).
const storage = (values: Record<string, unknown>): FixtureResource => ({
  address: 'azurerm_storage_account.data',
  values: { ...RG, name: 'stdata', account_tier: 'Standard', account_replication_type: 'ZRS', https_traffic_only_enabled: true, min_tls_version: 'TLS1_2', ...values },
  unknown: { id: true, primary_blob_endpoint: true },
});
const container = (level: string): FixtureResource => ({
  address: 'azurerm_storage_container.assets',
  values: { name: 'assets', container_access_type: level, metadata: {} },
  unknown: { id: true, storage_account_id: true, resource_manager_id: true, has_immutability_policy: true, has_legal_hold: true },
  expressions: { storage_account_id: idRefs('azurerm_storage_account.data') },
});

describe('Azure plans', () => {
  it('passes an account that refuses public containers, whatever its containers say', () => {
    expect(check(publicStorage, [storage({ allow_nested_items_to_be_public: false }), container('container')]).result('azurerm_storage_account.data')).toMatchObject({ status: 'pass', messageId: 'private', data: { store: 'storage account' } });
    // azurerm 2.x: allow_blob_public_access, false unless set.
    expect(check(publicStorage, [storage({ allow_blob_public_access: false })]).status('azurerm_storage_account.data')).toBe('pass');
  });

  it('fails an account that allows public containers and has one', () => {
    expect(check(publicStorage, [storage({ allow_nested_items_to_be_public: true }), container('blob')]).result('azurerm_storage_account.data')).toMatchObject({ status: 'fail', messageId: 'public' });
  });

  it('is unknown when the account allows public containers (azurerm\'s default) and none in the plan is public', () => {
    const r = check(publicStorage, [storage({}), container('private')]).result('azurerm_storage_account.data');
    expect(r).toMatchObject({ status: 'unknown', messageId: 'unverified' });
    expect(r?.evidence?.[0]).toMatchObject({ path: 'allow_nested_items_to_be_public', value: null });
  });
});

// GCP plans: gcp-cdn-website__1 in ../shared/corpus/plans grants roles/storage.objectViewer to allUsers on `b/<bucket>`.
const gcs = (pap: string) => gcsBucket('google_storage_bucket.web', 'hosting-prod-web', { public_access_prevention: pap, uniform_bucket_level_access: true });
const allUsers: FixtureResource = { address: 'google_storage_bucket_iam_member.public', values: { bucket: 'b/hosting-prod-web', member: 'allUsers', role: 'roles/storage.objectViewer', condition: [] }, unknown: { etag: true, id: true } };
const iamPolicy = (members: string[]): FixtureResource => ({
  address: 'google_storage_bucket_iam_policy.web',
  values: { bucket: 'b/hosting-prod-web', policy_data: JSON.stringify({ bindings: [{ role: 'roles/storage.objectViewer', members }] }) },
  unknown: { etag: true, id: true },
});

describe('GCP plans', () => {
  it('fails allUsers on a bucket without enforced public access prevention; passes it with prevention enforced', () => {
    expect(check(publicStorage, [gcs('inherited'), allUsers]).result('google_storage_bucket.web')).toMatchObject({ status: 'fail', messageId: 'public', data: { store: 'Cloud Storage bucket' } });
    expect(check(publicStorage, [gcs('enforced'), allUsers]).status('google_storage_bucket.web')).toBe('pass');
  });

  it('passes an authoritative IAM policy with no public member; is unknown with no IAM policy in the plan', () => {
    expect(check(publicStorage, [gcs('inherited'), iamPolicy(['group:web-readers@example.com'])]).status('google_storage_bucket.web')).toBe('pass');
    const r = check(publicStorage, [gcs('inherited')]).result('google_storage_bucket.web');
    expect(r).toMatchObject({ status: 'unknown', messageId: 'unverified' });
    expect(r?.settle).toContain('IAM policy of the bucket');
  });
});

// google 5.x/6.x ACL and organisation policy resources, as `terraform show -json` plans them.
const fineGrained = (pap = 'inherited') => gcsBucket('google_storage_bucket.web', 'hosting-prod-web', { project: 'hosting-prod', public_access_prevention: pap, uniform_bucket_level_access: false });
const privatePolicy = iamPolicy(['group:web-readers@example.com']);
const toWeb = { bucket: refs('google_storage_bucket.web.name', 'google_storage_bucket.web') };
const defaultObjectAcl = (roleEntity: string[]): FixtureResource => ({ address: 'google_storage_default_object_acl.web', values: { bucket: 'hosting-prod-web', role_entity: roleEntity }, unknown: { id: true }, expressions: toWeb });
const bucketAcl = (values: Record<string, unknown>): FixtureResource => ({ address: 'google_storage_bucket_acl.web', values: { bucket: 'hosting-prod-web', default_acl: null, predefined_acl: null, role_entity: null, ...values }, unknown: { id: true }, expressions: toWeb });
const accessControl = (type: string, entity: string): FixtureResource => ({ address: `${type}.web`, values: { bucket: 'hosting-prod-web', entity, role: 'READER' }, unknown: { domain: true, email: true, id: true }, expressions: toWeb });
const orgPolicyV2 = (parent: string, enforce: string): FixtureResource => ({
  address: `google_org_policy_policy.pap_${parent.split('/')[0]}`,
  values: { name: `${parent}/policies/storage.publicAccessPrevention`, parent, dry_run_spec: [], spec: [{ inherit_from_parent: null, reset: null, rules: [{ allow_all: null, condition: [], deny_all: null, enforce, parameters: null, values: [] }] }] },
  unknown: { etag: true, id: true, spec: [{ etag: true, update_time: true }] },
});
const projectPolicyV1 = (enforced: boolean): FixtureResource => ({
  address: 'google_project_organization_policy.pap',
  values: { project: 'hosting-prod', constraint: 'storage.publicAccessPrevention', boolean_policy: [{ enforced }], list_policy: [], restore_policy: [], timeouts: null },
  unknown: { etag: true, id: true, update_time: true, version: true },
});
const projectInOrg: FixtureResource = { address: 'google_project.hosting', values: { project_id: 'hosting-prod', name: 'hosting-prod', org_id: '998877665544', folder_id: null, auto_create_network: false, billing_account: '01A2B3-C4D5E6-F7A8B9', labels: null }, unknown: { id: true, number: true } };
const organizationPolicyV1 = (enforced: boolean): FixtureResource => ({
  address: 'google_organization_policy.pap',
  values: { org_id: '998877665544', constraint: 'constraints/storage.publicAccessPrevention', boolean_policy: [{ enforced }], list_policy: [], restore_policy: [], timeouts: null },
  unknown: { etag: true, id: true, update_time: true, version: true },
});

describe('GCP plans: ACLs and the storage.publicAccessPrevention organisation policy', () => {
  it('fails a public entry in any ACL resource of a bucket without uniform bucket-level access', () => {
    const at = (extra: FixtureResource) => check(publicStorage, [fineGrained(), privatePolicy, extra]).result('google_storage_bucket.web');
    expect(at(defaultObjectAcl(['OWNER:project-owners-412345678901', 'READER:allUsers']))).toMatchObject({ status: 'fail', messageId: 'public' });
    expect(at(bucketAcl({ predefined_acl: 'publicRead' }))?.status).toBe('fail');
    expect(at(bucketAcl({ role_entity: ['OWNER:project-owners-412345678901', 'READER:allAuthenticatedUsers'] }))?.status).toBe('fail');
    for (const type of ['google_storage_bucket_access_control', 'google_storage_default_object_access_control', 'google_storage_object_access_control']) expect(at(accessControl(type, 'allUsers'))?.status).toBe('fail');
    expect(at({ address: 'google_storage_object_acl.index', values: { bucket: 'hosting-prod-web', object: 'index.html', predefined_acl: 'publicRead', role_entity: null }, unknown: { id: true }, expressions: toWeb })?.status).toBe('fail');
  });

  it('passes the same ACLs under uniform bucket-level access or enforced prevention, and says why', () => {
    const ubla = gcs('inherited');
    const r = check(publicStorage, [ubla, privatePolicy, defaultObjectAcl(['READER:allUsers'])]).result('google_storage_bucket.web');
    expect(r).toMatchObject({ status: 'pass', messageId: 'private' });
    expect(r?.evidence).toContainEqual(expect.objectContaining({ path: 'uniform_bucket_level_access', value: true, note: 'ACLs are ignored' }));
    expect(check(publicStorage, [fineGrained('enforced'), privatePolicy, defaultObjectAcl(['READER:allUsers'])]).status('google_storage_bucket.web')).toBe('pass');
  });

  it('reads bucket_policy_only, the google 2.x name of uniform bucket-level access', () => {
    const legacy = gcsBucket('google_storage_bucket.web', 'hosting-prod-web', { project: 'hosting-prod', bucket_policy_only: true, public_access_prevention: 'inherited' });
    const r = check(publicStorage, [legacy, privatePolicy, defaultObjectAcl(['READER:allUsers'])]).result('google_storage_bucket.web');
    expect(r).toMatchObject({ status: 'pass', messageId: 'private' });
    expect(r?.evidence).toContainEqual(expect.objectContaining({ path: 'bucket_policy_only', value: true }));
  });

  it('is unknown without uniform bucket-level access even when no ACL in the plan is public: objects carry their own', () => {
    const r = check(publicStorage, [fineGrained(), privatePolicy, defaultObjectAcl(['OWNER:project-owners-412345678901'])]).result('google_storage_bucket.web');
    expect(r).toMatchObject({ status: 'unknown', messageId: 'unverified' });
    expect(r?.settle).toContain('uniform bucket-level access');
  });

  it('passes an inherited bucket under an enforced policy of its project, folder or organization (v1 and v2 resources)', () => {
    for (const policy of [orgPolicyV2('projects/hosting-prod', 'TRUE'), projectPolicyV1(true)]) {
      const r = check(publicStorage, [fineGrained(), allUsers, policy, defaultObjectAcl(['READER:allUsers'])]).result('google_storage_bucket.web');
      expect(r).toMatchObject({ status: 'pass', messageId: 'private' });
      expect(r?.evidence).toContainEqual(expect.objectContaining({ from: policy.address, value: 'enforced' }));
    }
    expect(check(publicStorage, [fineGrained(), allUsers, projectInOrg, organizationPolicyV1(true)]).status('google_storage_bucket.web')).toBe('pass');
    expect(check(publicStorage, [fineGrained(), allUsers, projectInOrg, orgPolicyV2('organizations/998877665544', 'TRUE')]).status('google_storage_bucket.web')).toBe('pass');
  });

  it('is no proof when the policy is not enforced, is overridden lower down, or sits on a node the plan does not put the bucket under', () => {
    expect(check(publicStorage, [fineGrained(), allUsers, orgPolicyV2('projects/hosting-prod', 'FALSE')]).status('google_storage_bucket.web')).toBe('fail');
    // The project's own policy (not enforced) overrides the organization's.
    expect(check(publicStorage, [fineGrained(), allUsers, projectInOrg, organizationPolicyV1(true), projectPolicyV1(false)]).status('google_storage_bucket.web')).toBe('fail');
    // The organization's policy, but no google_project saying the bucket's project is in it.
    expect(check(publicStorage, [fineGrained(), allUsers, organizationPolicyV1(true)]).status('google_storage_bucket.web')).toBe('fail');
  });
});

// Twins: the same estate as a plan and as an inventory.
const BUCKET = 'arn:aws:s3:::acme-data';
const OFF = { blockPublicAcls: false, ignorePublicAcls: false, blockPublicPolicy: false, restrictPublicBuckets: false };
const publicDoc: cfg.PolicyDocument = JSON.parse(PUBLIC_POLICY);
const liveAccount = (name: string, allow: boolean, containers: Array<{ name: string; access: 'None' | 'Blob' | 'Container' }> | undefined) => {
  const account = arm.storageAccount(arm.SUB_A, 'rg-app', name, { sku: 'Standard_ZRS' });
  const rows: unknown[] = [{ ...account, properties: { ...(account.properties as Record<string, unknown>), allowBlobPublicAccess: allow } }];
  for (const c of containers ?? []) {
    // Microsoft.Storage BlobContainers_Get (2023-05-01) response body.
    rows.push({
      id: `${account.id as string}/blobServices/default/containers/${c.name}`,
      name: c.name,
      type: 'Microsoft.Storage/storageAccounts/blobServices/containers',
      etag: '"0x8D589847D51C7DE"',
      properties: { publicAccess: c.access, leaseStatus: 'Unlocked', leaseState: 'Available', lastModifiedTime: '2024-03-18T05:06:09.0000000Z', hasImmutabilityPolicy: false, hasLegalHold: false },
    });
  }
  return rows;
};
const gcsIamRecord = (members: string[]) => ({
  name: '//storage.googleapis.com/hosting-prod-web',
  assetType: 'storage.googleapis.com/Bucket',
  ancestors: ['projects/412345678901', 'folders/301122334455', 'organizations/998877665544'],
  iamPolicy: { version: 1, etag: 'BwYeXg2QJ0c=', bindings: [{ role: 'roles/storage.objectViewer', members }] },
});

/** A storage.publicAccessPrevention policy as Cloud Asset ORG_POLICY records carry it (v1 Policy, REST JSON: `enforced: false` left out). */
const papPolicy = (enforced: boolean) => ({ version: 1, constraint: 'constraints/storage.publicAccessPrevention', etag: 'BwYJ3c5Pl2E=', updateTime: '2024-05-14T09:21:07.415312Z', booleanPolicy: enforced ? { enforced: true } : {} });
const orgPolicyRecord = (node: string, assetType: string, ancestry: string[], enforced: boolean) => ({ name: `//cloudresourcemanager.googleapis.com/${node}`, assetType, ancestors: ancestry, orgPolicy: [papPolicy(enforced)], updateTime: '2025-06-02T08:15:00.123456Z' });
// Storage JSON API entries (projection=full), as `gcloud storage buckets describe --format=json` and the Storage API give them.
const objectAcl = (entity: string, role: string) => ({ kind: 'storage#objectAccessControl', entity, role, etag: 'CAM=' });
const fineGrainedRecord = (extra: Record<string, unknown>) =>
  asset.bucket('hosting-prod', 'hosting-prod-web', { location: 'EUROPE-WEST9', locationType: 'region', iamConfiguration: { bucketPolicyOnly: {}, uniformBucketLevelAccess: {}, publicAccessPrevention: 'inherited' }, ...extra });

describeTwins('public-storage', [
  {
    name: 'an S3 bucket with Block Public Access fully on',
    cloud: 'aws',
    plan: [s3(), bucketBlock(true)],
    live: [cfg.s3Bucket({ name: 'acme-data' })],
    at: { plan: 'aws_s3_bucket.data', live: BUCKET },
    expect: { status: 'pass', messageId: 'private' },
  },
  {
    name: 'an S3 bucket granting public-read to AllUsers with Block Public Access off for the bucket and the account',
    cloud: 'aws',
    plan: [s3(), bucketBlock(false), accountBlock({}), cannedAcl('public-read'), bucketPolicy(doc({ Principal: { Service: 'cloudfront.amazonaws.com' } }))],
    live: [cfg.accountPublicAccessBlock(OFF), cfg.s3Bucket({ name: 'acme-data', block: null, publicAcl: 'AllUsers', policy: JSON.parse(doc({ Principal: { Service: 'cloudfront.amazonaws.com' } })) })],
    at: { plan: 'aws_s3_bucket.data', live: BUCKET },
    expect: { status: 'fail', messageId: 'public' },
  },
  {
    // The account's settings are in neither the plan nor the inventory.
    name: 'an S3 bucket whose policy allows "*", with no bucket block and the account\'s settings seen nowhere',
    cloud: 'aws',
    plan: [s3(), bucketBlock(false), bucketPolicy(PUBLIC_POLICY)],
    live: [cfg.s3Bucket({ name: 'acme-data', block: OFF, policy: publicDoc })],
    at: { plan: 'aws_s3_bucket.data', live: BUCKET },
    expect: { status: 'unknown', messageId: 'unverified' },
  },
  {
    name: 'an S3 access point left with S3\'s default Block Public Access (all on), its policy allowing "*"',
    cloud: 'aws',
    plan: [s3(), accessPoint({ policy: AP_PUBLIC })],
    live: [cfg.s3AccessPoint({ name: 'acme-public', bucket: 'acme-data', policy: JSON.parse(AP_PUBLIC) })],
    at: { plan: AP, live: 'accesspoint/acme-public' },
    expect: { status: 'pass', messageId: 'private', data: { store: 'S3 access point' } },
  },
  {
    name: 'an S3 access point whose policy allows "*", its Block Public Access and the account\'s off',
    cloud: 'aws',
    plan: [s3(), accessPoint({ block: false }), accessPointPolicy(AP_PUBLIC), accountBlock({})],
    live: [cfg.accountPublicAccessBlock(OFF), cfg.s3AccessPoint({ name: 'acme-public', bucket: 'acme-data', block: OFF, policy: JSON.parse(AP_PUBLIC) })],
    at: { plan: AP, live: 'accesspoint/acme-public' },
    expect: { status: 'fail', messageId: 'public', data: { store: 'S3 access point' } },
  },
  {
    name: 'an S3 access point restricted to a VPC, whatever its policy and settings',
    cloud: 'aws',
    plan: [s3(), accessPoint({ block: false, policy: AP_PUBLIC, vpc: true }), accountBlock({})],
    live: [cfg.accountPublicAccessBlock(OFF), cfg.s3AccessPoint({ name: 'acme-public', bucket: 'acme-data', block: OFF, policy: JSON.parse(AP_PUBLIC), vpcId: 'vpc-0a1b2c3d4e5f60718' })],
    at: { plan: AP, live: 'accesspoint/acme-public' },
    expect: { status: 'pass', messageId: 'private' },
  },
  {
    name: 'a storage account refusing public containers',
    cloud: 'azure',
    plan: [storage({ allow_nested_items_to_be_public: false }), container('container')],
    live: liveAccount('stdata', false, [{ name: 'assets', access: 'Container' }]),
    at: { plan: 'azurerm_storage_account.data', live: 'storageAccounts/stdata' },
    expect: { status: 'pass', messageId: 'private' },
  },
  {
    name: 'a storage account allowing public containers, with a Blob-level container',
    cloud: 'azure',
    plan: [storage({ allow_nested_items_to_be_public: true }), container('blob')],
    live: liveAccount('stdata', true, [{ name: 'assets', access: 'Blob' }]),
    at: { plan: 'azurerm_storage_account.data', live: 'storageAccounts/stdata' },
    expect: { status: 'fail', messageId: 'public' },
  },
  {
    name: 'a storage account allowing public containers, its containers seen nowhere',
    cloud: 'azure',
    plan: [storage({ allow_nested_items_to_be_public: true })],
    live: liveAccount('stdata', true, undefined),
    at: { plan: 'azurerm_storage_account.data', live: 'storageAccounts/stdata' },
    expect: { status: 'unknown', messageId: 'unverified' },
  },
  {
    // A file can give the account's complete container list; a plan cannot show containers made elsewhere.
    name: 'a storage account allowing public containers, whose complete container list has none public',
    cloud: 'azure',
    plan: [storage({ allow_nested_items_to_be_public: true }), container('private')],
    live: [
      ...liveAccount('stdata', true, undefined),
      {
        id: `${arm.storageAccount(arm.SUB_A, 'rg-app', 'stdata').id as string}/blobServices/default/containers`,
        type: 'Microsoft.Storage/storageAccounts/blobServices/containers',
        value: [{ id: `${arm.storageAccount(arm.SUB_A, 'rg-app', 'stdata').id as string}/blobServices/default/containers/assets`, name: 'assets', type: 'Microsoft.Storage/storageAccounts/blobServices/containers', properties: { publicAccess: 'None', hasImmutabilityPolicy: false, hasLegalHold: false } }],
      },
    ],
    at: { plan: 'azurerm_storage_account.data', live: 'storageAccounts/stdata' },
    expect: { plan: { status: 'unknown', messageId: 'unverified' }, live: { status: 'pass', messageId: 'private' } },
  },
  {
    name: 'a Cloud Storage bucket granted to allUsers under enforced public access prevention',
    cloud: 'gcp',
    plan: [gcs('enforced'), allUsers],
    live: [asset.bucket('hosting-prod', 'hosting-prod-web', { location: 'EUROPE-WEST9', locationType: 'region' }), gcsIamRecord(['allUsers'])],
    at: { plan: 'google_storage_bucket.web', live: '/hosting-prod-web' },
    expect: { status: 'pass', messageId: 'private' },
  },
  {
    name: 'a Cloud Storage bucket granted to allUsers without enforced prevention',
    cloud: 'gcp',
    plan: [gcs('inherited'), iamPolicy(['allUsers', 'group:web-admins@example.com'])],
    live: [asset.bucket('hosting-prod', 'hosting-prod-web', { location: 'EUROPE-WEST9', locationType: 'region', iamConfiguration: { uniformBucketLevelAccess: { enabled: true }, publicAccessPrevention: 'inherited' } }), gcsIamRecord(['allUsers', 'group:web-admins@example.com'])],
    at: { plan: 'google_storage_bucket.web', live: '/hosting-prod-web' },
    expect: { status: 'fail', messageId: 'public' },
  },
  {
    name: 'a Cloud Storage bucket without enforced prevention whose IAM policy is seen nowhere',
    cloud: 'gcp',
    plan: [gcs('inherited')],
    live: [asset.bucket('hosting-prod', 'hosting-prod-web', { location: 'EUROPE-WEST9', locationType: 'region', iamConfiguration: { uniformBucketLevelAccess: { enabled: true }, publicAccessPrevention: 'inherited' } })],
    at: { plan: 'google_storage_bucket.web', live: '/hosting-prod-web' },
    expect: { status: 'unknown', messageId: 'unverified' },
  },
  {
    name: 'a Cloud Storage bucket without uniform bucket-level access whose default object ACL grants allUsers',
    cloud: 'gcp',
    plan: [fineGrained(), privatePolicy, defaultObjectAcl(['OWNER:project-owners-412345678901', 'READER:allUsers'])],
    live: [fineGrainedRecord({ acl: [], defaultObjectAcl: [objectAcl('project-owners-412345678901', 'OWNER'), objectAcl('allUsers', 'READER')] }), gcsIamRecord(['group:web-readers@example.com'])],
    at: { plan: 'google_storage_bucket.web', live: '/hosting-prod-web' },
    expect: { status: 'fail', messageId: 'public' },
  },
  {
    // Cloud Asset Inventory gives `acl` and `defaultObjectAcl` empty (../shared/corpus/inventory/gcp-asset-bucket-cmek.json).
    name: 'a Cloud Storage bucket without uniform bucket-level access, no public IAM member, its ACLs seen nowhere',
    cloud: 'gcp',
    plan: [fineGrained(), privatePolicy],
    live: [fineGrainedRecord({ acl: [], defaultObjectAcl: [] }), gcsIamRecord(['group:web-readers@example.com'])],
    at: { plan: 'google_storage_bucket.web', live: '/hosting-prod-web' },
    expect: { status: 'unknown', messageId: 'unverified' },
  },
  {
    name: 'an inherited Cloud Storage bucket granted to allUsers under an enforced storage.publicAccessPrevention policy of its project',
    cloud: 'gcp',
    plan: [fineGrained(), allUsers, orgPolicyV2('projects/hosting-prod', 'TRUE')],
    live: [
      orgPolicyRecord(`projects/${gcpEstate.PROJECTS['hosting-prod']}`, 'cloudresourcemanager.googleapis.com/Project', gcpEstate.ancestors('hosting-prod'), true),
      fineGrainedRecord({ acl: [], defaultObjectAcl: [] }),
      gcsIamRecord(['allUsers']),
    ],
    at: { plan: 'google_storage_bucket.web', live: '/hosting-prod-web' },
    expect: { status: 'pass', messageId: 'private' },
  },
  {
    name: 'an inherited Cloud Storage bucket granted to allUsers whose project sets storage.publicAccessPrevention not enforced',
    cloud: 'gcp',
    plan: [fineGrained(), allUsers, orgPolicyV2('projects/hosting-prod', 'FALSE')],
    live: [orgPolicyRecord(`projects/${gcpEstate.PROJECTS['hosting-prod']}`, 'cloudresourcemanager.googleapis.com/Project', gcpEstate.ancestors('hosting-prod'), false), fineGrainedRecord({}), gcsIamRecord(['allUsers'])],
    at: { plan: 'google_storage_bucket.web', live: '/hosting-prod-web' },
    expect: { status: 'fail', messageId: 'public' },
  },
]);

describe('live AWS (real SDK clients against the local Config server)', () => {
  it('reads S3 access points: one open to anyone fails, the account\'s RestrictPublicBuckets neutralises its policy', async () => {
    const ap = cfg.s3AccessPoint({ name: 'acme-public', bucket: 'acme-data', block: OFF, policy: JSON.parse(AP_PUBLIC) });
    for (const [restrict, status] of [[false, 'fail'], [true, 'pass']] as const) {
      const server = await startAwsServer({ callerAccount: cfg.ACCOUNT, items: [ap, cfg.accountPublicAccessBlock({ ...OFF, restrictPublicBuckets: restrict })] });
      try {
        const report = await scanAws(localOptions(server.url));
        expect(findingOf(report.findings, 'public-storage', 'accesspoint/acme-public')).toMatchObject({ status, messageId: status === 'fail' ? 'public' : 'private', data: { store: 'S3 access point' } });
        expect(server.calls.some((c) => c.operation === 'SelectResourceConfig' && String(c.body.Expression).includes(`resourceType = 'AWS::S3::AccessPoint'`))).toBe(true);
      } finally {
        await server.close();
      }
    }
  });

  it('reads the account\'s AWS::S3::AccountPublicAccessBlock before the buckets: its settings neutralise a public policy, and without it the bucket is unknown', async () => {
    const items = [cfg.s3Bucket({ name: 'acme-data', block: OFF, policy: publicDoc })];
    const withBlock = await startAwsServer({ callerAccount: cfg.ACCOUNT, items: [...items, cfg.accountPublicAccessBlock({ ...OFF, restrictPublicBuckets: true })] });
    try {
      const report = await scanAws(localOptions(withBlock.url));
      expect(findingOf(report.findings, 'public-storage', BUCKET)).toMatchObject({ status: 'pass', messageId: 'private' });
    } finally {
      await withBlock.close();
    }
    const without = await startAwsServer({ callerAccount: cfg.ACCOUNT, items });
    try {
      const report = await scanAws(localOptions(without.url));
      const f = findingOf(report.findings, 'public-storage', BUCKET);
      expect(f).toMatchObject({ status: 'unknown', messageId: 'unverified' });
      expect(f?.settle).toContain('account\'s Block Public Access');
    } finally {
      await without.close();
    }
  });
});

describe('live GCP (the real AssetServiceClient against the local Cloud Asset server)', () => {
  const inherited = { iamConfiguration: { uniformBucketLevelAccess: { enabled: true }, publicAccessPrevention: 'inherited' } };
  const policy = (members: string[]) => ({ version: 1, etag: 'BwYeXg2QJ0c=', bindings: [{ role: 'roles/storage.legacyBucketOwner', members: ['projectOwner:hosting-prod'] }, { role: 'roles/storage.objectViewer', members }] });
  const estate = (): RestAsset[] => [
    gcpEstate.project('hosting-prod'),
    { ...gcpEstate.bucket('hosting-prod', 'hosting-prod-web', inherited), iamPolicy: policy(['allUsers']) },
    { ...gcpEstate.bucket('hosting-prod', 'hosting-prod-reports', inherited), iamPolicy: policy(['group:readers@example.com']) },
  ];
  /** Each bucket's verdict, from the record that carries the facet. */
  const verdicts = (resources: readonly Resource[]) => {
    const out: Record<string, string | undefined> = {};
    for (const r of resources) {
      const res = runPolicy(publicStorage, [r], {}).get(r.id);
      if (res) out[r.id.slice(r.id.lastIndexOf('/') + 1)] = `${res.status}:${res.messageId}`;
    }
    return out;
  };
  let tmp: string;
  beforeAll(() => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'cldscan-public-storage-'));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('reads the buckets\' IAM policies before their settings: allUsers fails, no public member passes, and --inventory-out reads back alike', async () => {
    const server = await startGcpServer({ token: gcpEstate.TOKEN, projects: gcpEstate.PROJECTS, assets: estate() });
    try {
      const r = await runGcp(gcpSource(server, { scopes: ['projects/hosting-prod'], pageSize: 1 }));
      expect(r.notes).toEqual([]);
      // The bucket IAM policies are listed before the buckets' own listing (the other resource listings run alongside).
      const listings = server.requests.filter((q) => q.pageToken === undefined).map((q) => `${q.contentType}:${q.assetTypes.join(',')}`);
      expect(listings.indexOf('2:storage.googleapis.com/Bucket')).toBeGreaterThanOrEqual(0);
      expect(listings.indexOf('2:storage.googleapis.com/Bucket')).toBeLessThan(listings.indexOf('1:storage.googleapis.com/Bucket'));
      const live = verdicts(r.items.map((i) => i.resource));
      expect(live).toEqual({ 'hosting-prod-web': 'fail:public', 'hosting-prod-reports': 'pass:private' });
      const file = path.join(tmp, 'inventory.jsonl');
      writeFileSync(file, r.items.map((i) => JSON.stringify(i.raw)).join('\n') + '\n');
      const offline = await readInputs([file], GCP_INPUT_KINDS, readContext(tmp));
      expect(verdicts(offline.resources)).toEqual(live);
    } finally {
      await server.close();
    }
  });

  it('reports the scope incomplete when the bucket IAM policies cannot be read, and judges no bucket', async () => {
    const server = await startGcpServer({ token: gcpEstate.TOKEN, projects: gcpEstate.PROJECTS, assets: estate(), faults: [{ parent: 'projects/hosting-prod', contentType: 'IAM_POLICY', status: 403, times: Infinity }] });
    try {
      const r = await runGcp(gcpSource(server, { scopes: ['projects/hosting-prod'] }));
      expect(r.notes).toEqual([expect.objectContaining({ level: 'error', category: 'gcp/hosting-prod', message: expect.stringContaining('bucket IAM policies (IAM_POLICY) could not be read') })]);
      expect(r.covered).toEqual([]);
      expect(verdicts(r.items.map((i) => i.resource))).toEqual({});
    } finally {
      await server.close();
    }
  });
});

describe('live GCP: the storage.publicAccessPrevention organisation policy (ORG_POLICY, the real AssetServiceClient)', () => {
  const inherited = { iamConfiguration: { uniformBucketLevelAccess: { enabled: true }, publicAccessPrevention: 'inherited' } };
  const estate = (projectEnforced?: boolean): RestAsset[] => [
    { ...gcpEstate.project('hosting-prod'), ...(projectEnforced === undefined ? {} : { orgPolicy: [papPolicy(projectEnforced)] }) },
    { ...gcpEstate.hierarchyNode('organization', { bindings: [] }), orgPolicy: [papPolicy(true), { version: 1, constraint: 'constraints/compute.disableSerialPortAccess', etag: 'BwYJ3c5Pl2F=', booleanPolicy: { enforced: true } }] },
    { ...gcpEstate.bucket('hosting-prod', 'hosting-prod-web', inherited), iamPolicy: { version: 1, etag: 'BwYeXg2QJ0c=', bindings: [{ role: 'roles/storage.objectViewer', members: ['allUsers'] }] } },
  ];
  const verdict = (resources: readonly Resource[]) => {
    for (const r of resources) {
      const res = r.id.endsWith('/hosting-prod-web') ? runPolicy(publicStorage, [r], {}).get(r.id) : undefined;
      if (res) return res;
    }
    return undefined;
  };

  it('passes a bucket the organization\'s enforced policy protects when the organization is read, and fails it when only its project is', async () => {
    const server = await startGcpServer({ token: gcpEstate.TOKEN, projects: gcpEstate.PROJECTS, assets: estate() });
    try {
      const org = await runGcp(gcpSource(server, { scopes: [gcpEstate.ORG] }));
      expect(org.notes).toEqual([]);
      expect(server.requests.some((q) => q.contentType === '4')).toBe(true);
      const r = verdict(org.items.map((i) => i.resource));
      expect(r).toMatchObject({ status: 'pass', messageId: 'private' });
      expect(r?.evidence).toContainEqual(expect.objectContaining({ path: 'orgPolicy', value: 'enforced', from: gcpEstate.ORG }));
      // The organization's policies are outside a project's listing: inherited proves nothing there.
      const project = await runGcp(gcpSource(server, { scopes: ['projects/hosting-prod'] }));
      expect(verdict(project.items.map((i) => i.resource))).toMatchObject({ status: 'fail', messageId: 'public' });
      // --inventory-out reads back alike.
      const file = path.join(tmp, 'org-policies.jsonl');
      writeFileSync(file, org.items.map((i) => JSON.stringify(i.raw)).join('\n') + '\n');
      expect(verdict((await readInputs([file], GCP_INPUT_KINDS, readContext(tmp))).resources)).toMatchObject({ status: 'pass', messageId: 'private' });
    } finally {
      await server.close();
    }
  });

  it('fails the bucket when its project overrides the organization\'s policy with one not enforced', async () => {
    const server = await startGcpServer({ token: gcpEstate.TOKEN, projects: gcpEstate.PROJECTS, assets: estate(false) });
    try {
      const org = await runGcp(gcpSource(server, { scopes: [gcpEstate.ORG] }));
      expect(verdict(org.items.map((i) => i.resource))).toMatchObject({ status: 'fail', messageId: 'public' });
    } finally {
      await server.close();
    }
  });

  it('reports the scope incomplete when the organisation policies cannot be read', async () => {
    const server = await startGcpServer({ token: gcpEstate.TOKEN, projects: gcpEstate.PROJECTS, assets: estate(), faults: [{ contentType: 'ORG_POLICY', status: 403, times: Infinity }] });
    try {
      const r = await runGcp(gcpSource(server, { scopes: ['projects/hosting-prod'] }));
      expect(r.notes).toEqual([expect.objectContaining({ level: 'error', message: expect.stringContaining('organisation policies (ORG_POLICY) could not be read') })]);
      expect(r.covered).toEqual([]);
    } finally {
      await server.close();
    }
  });
  let tmp: string;
  beforeAll(() => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'cldscan-public-storage-org-'));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
});

const tls = hasOpenssl('live Azure public-storage tests');
describe.skipIf(!tls)('live Azure (the real ARM clients against the local server)', () => {
  let cert: TestCertificate;
  beforeAll(() => {
    cert = makeTestCertificate();
  });
  afterAll(() => cert?.dispose());
  const G = 'rg-app';
  const account = (name: string, allow: boolean | undefined): Row => {
    const a = arm.storageAccount(arm.SUB_A, G, name, { sku: 'Standard_ZRS' });
    const props = { ...(a.properties as Record<string, unknown>) };
    delete props.allowBlobPublicAccess;
    return { ...a, properties: { ...props, ...(allow === undefined ? {} : { allowBlobPublicAccess: allow }) } };
  };
  const containersId = (name: string) => `${arm.rg(arm.SUB_A, G)}/providers/Microsoft.Storage/storageAccounts/${name}/blobServices/default/containers`;
  // Blob Containers - List (2023-05-01): ListContainerItems, paged with nextLink.
  const list = (name: string, levels: string[]) => ({
    value: levels.map((level, i) => ({
      id: `${containersId(name)}/c${i}`,
      name: `c${i}`,
      type: 'Microsoft.Storage/storageAccounts/blobServices/containers',
      etag: '"0x8D589847D51C7DE"',
      properties: { publicAccess: level, leaseStatus: 'Unlocked', leaseState: 'Available', lastModifiedTime: '2024-03-18T05:06:09.0000000Z', hasImmutabilityPolicy: false, hasLegalHold: false },
    })),
  });
  const fixture = (): AzureFixture => ({
    subscriptions: {
      [arm.SUB_A]: {
        containers: [arm.subscription(arm.SUB_A), arm.resourceGroup(arm.SUB_A, G)],
        resources: [account('stclosed', false), account('stopen', true), account('stprivate', true), account('stunset', undefined)].sort((a, b) => (String(a.id).toLowerCase() < String(b.id).toLowerCase() ? -1 : 1)),
        assessments: [],
      },
    },
    arm: {
      [containersId('stopen').toLowerCase()]: list('stopen', ['None', 'None', 'Blob']),
      [containersId('stprivate').toLowerCase()]: list('stprivate', ['None', 'None', 'None']),
      [containersId('stunset').toLowerCase()]: list('stunset', ['None']),
    },
    armPageSize: 2,
  });
  const verdicts = (resources: readonly Resource[]) => {
    const out: Record<string, string> = {};
    for (const r of resources) {
      const res = runPolicy(publicStorage, [r], {}).get(r.id);
      if (res) out[r.id.slice(r.id.lastIndexOf('/') + 1)] = `${res.status}:${res.messageId}`;
    }
    return out;
  };

  it('lists the containers (every page) of accounts that do not refuse public access: a public one fails, all private passes; --inventory-out reads back alike', async () => {
    const run = await runLive(cert, fixture(), { subscriptions: [arm.SUB_A], managementGroups: [] });
    expect(run.notifications).toEqual([]);
    const lists = run.server.log.filter((l) => l.method === 'GET' && /\/containers$/i.test(l.path)).map((l) => l.path.split('/')[8]);
    // Accounts that refuse public access cost no call; a list of three containers comes in two pages.
    expect(lists.sort()).toEqual(['stopen', 'stopen', 'stprivate', 'stprivate', 'stunset']);
    const live = verdicts(run.items.map((i) => i.resource));
    expect(live).toEqual({ stclosed: 'pass:private', stopen: 'fail:public', stprivate: 'pass:private', stunset: 'pass:private' });
    const text = run.items.map((i) => JSON.stringify(i.raw)).join('\n');
    const scanner = new JsonScanner(Buffer.from(text), 'inventory.jsonl');
    expect(verdicts(readAzureDoc({ path: 'inventory.jsonl', scanner, lines: scanner.jsonLines() }, readContext(process.cwd())).resources)).toEqual(live);
  });

  it('leaves the account unknown and reports the failed read when its containers cannot be listed', async () => {
    const run = await runLive(cert, fixture(), { subscriptions: [arm.SUB_A], managementGroups: [] }, { faults: { armForbidden: ['stprivate/blobservices/default/containers'] } });
    expect(verdicts(run.items.map((i) => i.resource))).toMatchObject({ stopen: 'fail:public', stprivate: 'unknown:unverified' });
    expect(run.notifications).toEqual([expect.objectContaining({ level: 'error', category: `azure/${arm.SUB_A}`, message: expect.stringMatching(/^storage account blob containers could not be read/) })]);
  });
});
