/**
 * Realistic AWS Config items for tests and the benchmark, in the snapshot spelling (configuration
 * and supplementary configuration as objects). Field names and value shapes follow the real items
 * in ../shared/corpus/inventory (RDK examples, Cloud Custodian recordings) and the
 * aws-config-resource-schema property lists: camelCase for the EC2/RDS/S3/IAM/CloudTrail types,
 * PascalCase for the CloudFormation-modelled ones (EKS, EFS, OpenSearch), IAM policy documents
 * URL-encoded as the IAM API returns them.
 */
import type { FixtureItem } from './aws-server.js';

export const ACCOUNT = '111122223333';
export const OTHER_ACCOUNT = '444455556666';
export const CAPTURE = '2026-01-15T10:00:00.000Z';

type Base = { account?: string; region?: string; tags?: Record<string, string> };

function item(resourceType: string, resourceId: string, o: Base & { arn?: string; name?: string; az?: string; recordedIn?: string }, configuration: unknown, supplementaryConfiguration: Record<string, unknown> = {}): FixtureItem {
  const out: FixtureItem = {
    accountId: o.account ?? ACCOUNT,
    awsRegion: o.region ?? 'eu-west-3',
    resourceType,
    resourceId,
    configurationItemCaptureTime: CAPTURE,
    configurationItemStatus: 'OK',
    availabilityZone: o.az ?? 'Not Applicable',
    configuration,
    supplementaryConfiguration,
  };
  if (o.arn) out.arn = o.arn;
  if (o.name) out.resourceName = o.name;
  if (o.recordedIn) out.recordedIn = o.recordedIn;
  if (o.tags) out.tags = o.tags;
  return out;
}

export function kmsKey(o: Base & { id: string; manager: 'AWS' | 'CUSTOMER'; rotation?: boolean; spec?: string; origin?: string }): FixtureItem {
  const region = o.region ?? 'eu-west-3';
  const account = o.account ?? ACCOUNT;
  const arn = `arn:aws:kms:${region}:${account}:key/${o.id}`;
  return item(
    'AWS::KMS::Key',
    o.id,
    { ...o, arn },
    {
      keyId: o.id,
      arn,
      awsaccountId: account,
      keyState: 'Enabled',
      keyManager: o.manager,
      keyUsage: o.spec?.startsWith('HMAC') ? 'GENERATE_VERIFY_MAC' : o.spec?.startsWith('RSA') || o.spec?.startsWith('ECC') ? 'SIGN_VERIFY' : 'ENCRYPT_DECRYPT',
      customerMasterKeySpec: o.spec ?? 'SYMMETRIC_DEFAULT',
      origin: o.origin ?? 'AWS_KMS',
      enabled: true,
      creationDate: '2025-05-20T18:12:43.927Z',
      encryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
      multiRegion: false,
    },
    { KeyRotationStatus: o.rotation ?? o.manager === 'AWS', Tags: [] },
  );
}

export function keyArn(id: string, o: Base = {}): string {
  return `arn:aws:kms:${o.region ?? 'eu-west-3'}:${o.account ?? ACCOUNT}:key/${id}`;
}

export interface LifecycleRule {
  id: string;
  days: number;
  prefix?: string;
  status?: 'Enabled' | 'Disabled';
}

/** Block Public Access settings as Config writes them (bucket supplement, account item configuration). */
export interface PublicAccessBlock {
  blockPublicAcls: boolean;
  ignorePublicAcls: boolean;
  blockPublicPolicy: boolean;
  restrictPublicBuckets: boolean;
}

const ALL_BLOCKED: PublicAccessBlock = { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true };

/**
 * `block` null: no bucket-level Block Public Access (Config then leaves the key out);
 * `publicAcl`: a grant to a group of everyone, the group named as Config writes it.
 */
export function s3Bucket(o: Base & { name: string; versioning?: 'Enabled' | 'Suspended' | 'Off'; sse?: { algorithm: 'AES256' | 'aws:kms'; key?: string } | null; lifecycle?: LifecycleRule[]; replicateTo?: string[]; policy?: PolicyDocument; objectLock?: { mode: 'COMPLIANCE' | 'GOVERNANCE'; days: number } | 'no-retention'; block?: PublicAccessBlock | null; publicAcl?: 'AllUsers' | 'AuthenticatedUsers' }): FixtureItem {
  const grants: unknown[] = [{ grantee: { id: 'a1b2c3d4e5f6', displayName: null }, permission: 'FullControl' }];
  if (o.publicAcl) grants.push({ grantee: o.publicAcl, permission: 'Read' });
  const supplementary: Record<string, unknown> = {
    AccessControlList: { grantSet: null, grantList: grants, owner: { displayName: null, id: 'a1b2c3d4e5f6' }, isRequesterCharged: false },
    BucketAccelerateConfiguration: { status: null },
    BucketLoggingConfiguration: { destinationBucketName: null, logFilePrefix: null },
    BucketNotificationConfiguration: { configurations: {} },
    BucketPolicy: { policyText: o.policy ? JSON.stringify(o.policy) : null },
    BucketVersioningConfiguration: { status: o.versioning ?? 'Enabled', isMfaDeleteEnabled: null },
    IsRequesterPaysEnabled: false,
  };
  if (o.block !== null) supplementary.PublicAccessBlockConfiguration = o.block ?? ALL_BLOCKED;
  if (o.sse !== null) {
    const sse = o.sse ?? { algorithm: 'AES256' };
    supplementary.ServerSideEncryptionConfiguration = {
      rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: sse.algorithm, ...(sse.key ? { kmsMasterKeyID: sse.key } : {}) }, bucketKeyEnabled: sse.algorithm === 'aws:kms' }],
    };
  }
  if (o.lifecycle) {
    supplementary.BucketLifecycleConfiguration = {
      rules: o.lifecycle.map((r) => ({
        id: r.id,
        status: r.status ?? 'Enabled',
        expirationInDays: r.days,
        expiredObjectDeleteMarker: false,
        noncurrentVersionExpirationInDays: -1,
        transitions: [],
        filter: { predicate: { type: 'LifecyclePrefixPredicate', prefix: r.prefix ?? '' } },
      })),
    };
  }
  if (o.objectLock) {
    supplementary.ObjectLockConfiguration = { objectLockEnabled: 'Enabled', ...(o.objectLock === 'no-retention' ? {} : { rule: { defaultRetention: { mode: o.objectLock.mode, days: o.objectLock.days } } }) };
  }
  if (o.replicateTo?.length) {
    supplementary.BucketReplicationConfiguration = {
      roleARN: `arn:aws:iam::${o.account ?? ACCOUNT}:role/s3-replication`,
      rules: Object.fromEntries(o.replicateTo.map((dest, i) => [`rule-${i + 1}`, { prefix: '', status: 'Enabled', destinationConfig: { bucketARN: `arn:aws:s3:::${dest}`, storageClass: 'STANDARD' } }])),
    };
  }
  return item('AWS::S3::Bucket', o.name, { ...o, arn: `arn:aws:s3:::${o.name}`, name: o.name, az: 'Regional' }, { name: o.name, owner: { displayName: null, id: 'a1b2c3d4e5f6' }, creationDate: '2025-02-12T07:21:45.000Z' }, supplementary);
}

/** The account's Block Public Access (shape of ../shared/corpus/inventory/aws-config-s3-account-public-access-block.json). */
/**
 * An S3 access point as AWS Config records it (`AWS::S3::AccessPoint`, a CloudFormation-registry
 * type: properties of the AWS Config resource schema, PascalCase; `Policy` the access point policy
 * as a JSON object). S3 turns every Block Public Access setting on unless told otherwise; `vpcId`
 * makes its network origin VPC.
 */
export function s3AccessPoint(o: Base & { name: string; bucket: string; block?: PublicAccessBlock; policy?: PolicyDocument; vpcId?: string }): FixtureItem {
  const region = o.region ?? 'eu-west-3';
  const account = o.account ?? ACCOUNT;
  const arn = `arn:aws:s3:${region}:${account}:accesspoint/${o.name}`;
  const b = o.block ?? ALL_BLOCKED;
  return item('AWS::S3::AccessPoint', o.name, { ...o, arn, name: o.name, az: 'Regional' }, {
    Name: o.name,
    Arn: arn,
    Alias: `${o.name}-a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5-s3alias`,
    Bucket: o.bucket,
    BucketAccountId: account,
    NetworkOrigin: o.vpcId ? 'VPC' : 'Internet',
    ...(o.vpcId ? { VpcConfiguration: { VpcId: o.vpcId } } : {}),
    PublicAccessBlockConfiguration: { BlockPublicAcls: b.blockPublicAcls, IgnorePublicAcls: b.ignorePublicAcls, BlockPublicPolicy: b.blockPublicPolicy, RestrictPublicBuckets: b.restrictPublicBuckets },
    ...(o.policy ? { Policy: o.policy } : {}),
  });
}

export function accountPublicAccessBlock(o: Base & Partial<PublicAccessBlock> = {}): FixtureItem {
  const account = o.account ?? ACCOUNT;
  const { blockPublicAcls = true, ignorePublicAcls = true, blockPublicPolicy = true, restrictPublicBuckets = true } = o;
  return item('AWS::S3::AccountPublicAccessBlock', account, o, { blockPublicAcls, ignorePublicAcls, blockPublicPolicy, restrictPublicBuckets }, {});
}

export function volume(o: Base & { id: string; encrypted?: boolean; kmsKeyId?: string; instanceId?: string | null }): FixtureItem {
  const region = o.region ?? 'eu-west-3';
  const configuration: Record<string, unknown> = {
    volumeId: o.id,
    size: 8,
    snapshotId: 'snap-0a2a8752',
    availabilityZone: `${region}a`,
    state: o.instanceId === null ? 'available' : 'in-use',
    createTime: '2025-10-28T00:33:43.651Z',
    attachments: o.instanceId === null ? [] : [{ volumeId: o.id, instanceId: o.instanceId ?? 'i-029e75b19', device: '/dev/xvda', state: 'attached', attachTime: '2025-10-28T00:33:43.000Z', deleteOnTermination: true }],
    tags: Object.entries(o.tags ?? {}).map(([key, value]) => ({ key, value })),
    volumeType: 'gp3',
    iops: 3000,
  };
  if (o.encrypted !== undefined) configuration.encrypted = o.encrypted;
  if (o.kmsKeyId) configuration.kmsKeyId = o.kmsKeyId;
  return item('AWS::EC2::Volume', o.id, { ...o, arn: `arn:aws:ec2:${region}:${o.account ?? ACCOUNT}:volume/${o.id}`, az: `${region}a` }, configuration);
}

export interface Permission {
  protocol: string;
  from?: number;
  to?: number;
  cidrs?: string[];
  ipv6?: string[];
  groups?: string[];
}

export function securityGroup(o: Base & { id: string; name?: string; ingress: Permission[] }): FixtureItem {
  const region = o.region ?? 'eu-west-3';
  const account = o.account ?? ACCOUNT;
  const perm = (p: Permission) => ({
    ipProtocol: p.protocol,
    ...(p.from !== undefined ? { fromPort: p.from, toPort: p.to ?? p.from } : {}),
    userIdGroupPairs: (p.groups ?? []).map((g) => ({ groupId: g, userId: account })),
    ipRanges: p.cidrs ?? [],
    ipv4Ranges: (p.cidrs ?? []).map((cidrIp) => ({ cidrIp })),
    ipv6Ranges: (p.ipv6 ?? []).map((cidrIpv6) => ({ cidrIpv6 })),
    prefixListIds: [],
  });
  return item(
    'AWS::EC2::SecurityGroup',
    o.id,
    { ...o, arn: `arn:aws:ec2:${region}:${account}:security-group/${o.id}`, name: o.name ?? o.id },
    {
      ownerId: account,
      groupName: o.name ?? o.id,
      groupId: o.id,
      description: 'managed by cldscan tests',
      ipPermissions: o.ingress.map(perm),
      ipPermissionsEgress: [perm({ protocol: '-1', cidrs: ['0.0.0.0/0'] })],
      vpcId: 'vpc-0990dc6d',
      tags: [],
    },
  );
}

export interface AclEntry {
  rule: number;
  action: 'allow' | 'deny';
  protocol: string;
  from?: number;
  to?: number;
  cidr: string;
  egress?: boolean;
}

export function networkAcl(o: Base & { id: string; entries: AclEntry[] }): FixtureItem {
  const region = o.region ?? 'eu-west-3';
  const account = o.account ?? ACCOUNT;
  return item(
    'AWS::EC2::NetworkAcl',
    o.id,
    { ...o, arn: `arn:aws:ec2:${region}:${account}:network-acl/${o.id}` },
    {
      associations: [{ networkAclAssociationId: 'aclassoc-01', networkAclId: o.id, subnetId: 'subnet-29428871' }],
      entries: [
        ...o.entries.map((e) => ({
          cidrBlock: e.cidr,
          egress: e.egress ?? false,
          protocol: e.protocol,
          ruleAction: e.action,
          ruleNumber: e.rule,
          ...(e.from !== undefined ? { portRange: { from: e.from, to: e.to ?? e.from } } : {}),
        })),
        { cidrBlock: '0.0.0.0/0', egress: false, protocol: '-1', ruleAction: 'deny', ruleNumber: 32767 },
      ],
      isDefault: false,
      networkAclId: o.id,
      ownerId: account,
      vpcId: 'vpc-0990dc6d',
      tags: [],
    },
  );
}

export function rdsInstance(o: Base & { id: string; encrypted?: boolean; kmsKeyId?: string; publiclyAccessible?: boolean; securityGroups?: string[]; engine?: string; port?: number; backupRetention?: number; multiAZ?: boolean; replicaOf?: string }): FixtureItem {
  const region = o.region ?? 'eu-west-3';
  const configuration: Record<string, unknown> = {
    dBInstanceIdentifier: o.id,
    dBInstanceClass: 'db.m6g.large',
    engine: o.engine ?? 'postgres',
    dBInstanceStatus: 'available',
    masterUsername: 'app',
    endpoint: { address: `${o.id}.abcdefghij.${region}.rds.amazonaws.com`, port: o.port ?? 5432, hostedZoneId: 'Z1RLNUO7B9Q6NB' },
    allocatedStorage: 100,
    backupRetentionPeriod: o.backupRetention ?? 7,
    vpcSecurityGroups: (o.securityGroups ?? []).map((g) => ({ vpcSecurityGroupId: g, status: 'active' })),
    availabilityZone: `${region}a`,
    multiAZ: o.multiAZ ?? true,
    engineVersion: '16.3',
    readReplicaDBInstanceIdentifiers: [],
    storageType: 'gp3',
    dbInstancePort: 0,
    dbiResourceId: `db-${o.id.toUpperCase()}`,
    cACertificateIdentifier: 'rds-ca-rsa2048-g1',
    copyTagsToSnapshot: true,
    iAMDatabaseAuthenticationEnabled: false,
  };
  if (o.publiclyAccessible !== undefined) configuration.publiclyAccessible = o.publiclyAccessible;
  if (o.replicaOf) configuration.readReplicaSourceDBInstanceIdentifier = o.replicaOf;
  if (o.encrypted !== undefined) configuration.storageEncrypted = o.encrypted;
  if (o.kmsKeyId) configuration.kmsKeyId = o.kmsKeyId;
  return item('AWS::RDS::DBInstance', `db-${o.id.toUpperCase()}`, { ...o, arn: `arn:aws:rds:${region}:${o.account ?? ACCOUNT}:db:${o.id}`, name: o.id, az: 'Multiple Availability Zones' }, configuration, {
    Tags: Object.entries(o.tags ?? {}).map(([key, value]) => ({ key, value })),
  });
}

/** EKS items come from the CloudFormation model: PascalCase, and real ones often lack the endpoint access fields. */
export function eksCluster(o: Base & { name: string; publicAccess?: boolean; publicCidrs?: string[] }): FixtureItem {
  const region = o.region ?? 'eu-west-3';
  const arn = `arn:aws:eks:${region}:${o.account ?? ACCOUNT}:cluster/${o.name}`;
  const vpc: Record<string, unknown> = { SecurityGroupIds: ['sg-0f3863656b1ca8068'], SubnetIds: ['subnet-05b873ed614f61c42', 'subnet-0bc174a1c1bcb2a86'] };
  if (o.publicAccess !== undefined) {
    vpc.EndpointPublicAccess = o.publicAccess;
    vpc.EndpointPrivateAccess = !o.publicAccess;
  }
  if (o.publicCidrs) vpc.PublicAccessCidrs = o.publicCidrs;
  return item('AWS::EKS::Cluster', o.name, { ...o, arn, name: o.name, az: 'Regional' }, {
    Arn: arn,
    Endpoint: `https://C14FFAA56074291F46DD0987C6C1BA14.gr7.${region}.eks.amazonaws.com`,
    Name: o.name,
    ResourcesVpcConfig: vpc,
    RoleArn: `arn:aws:iam::${o.account ?? ACCOUNT}:role/eks-cluster-role`,
    Version: '1.31',
  });
}

export function dynamoTable(o: Base & { name: string; kmsKey?: string; replicas?: string[]; pitr?: boolean }): FixtureItem {
  const region = o.region ?? 'eu-west-3';
  const arn = `arn:aws:dynamodb:${region}:${o.account ?? ACCOUNT}:table/${o.name}`;
  const configuration: Record<string, unknown> = {
    attributeDefinitions: [{ attributeName: 'pk', attributeType: 'S' }],
    tableName: o.name,
    keySchema: [{ attributeName: 'pk', keyType: 'HASH' }],
    tableStatus: 'ACTIVE',
    creationDateTime: 1642087688890,
    tableArn: arn,
    tableId: `${o.name}-id`,
    billingModeSummary: { billingMode: 'PAY_PER_REQUEST', lastUpdateToPayPerRequestDateTime: 1642087688890 },
  };
  if (o.kmsKey) configuration.ssedescription = { status: 'ENABLED', ssetype: 'KMS', kmsmasterKeyArn: o.kmsKey };
  if (o.replicas) configuration.replicas = [region, ...o.replicas].map((regionName) => ({ regionName, replicaStatus: 'ACTIVE' }));
  return item('AWS::DynamoDB::Table', o.name, { ...o, arn, name: o.name }, configuration, {
    ContinuousBackupsDescription: { continuousBackupsStatus: 'ENABLED', pointInTimeRecoveryDescription: { pointInTimeRecoveryStatus: o.pitr === false ? 'DISABLED' : 'ENABLED' } },
    Tags: [],
  });
}

export type PolicyDocument = { Version: string; Statement: unknown[] };

/** As the IAM API (and so AWS Config) returns policy documents: URL-encoded JSON. */
export function encodedDocument(doc: PolicyDocument): string {
  return encodeURIComponent(JSON.stringify(doc));
}

export const ADMIN_DOC: PolicyDocument = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
export const READ_ONLY_DOC: PolicyDocument = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: '*' }] };
export const FORCE_MFA_DOC: PolicyDocument = {
  Version: '2012-10-17',
  Statement: [{ Sid: 'DenyAllExceptListedIfNoMFA', Effect: 'Deny', NotAction: ['iam:CreateVirtualMFADevice', 'iam:EnableMFADevice', 'iam:ListMFADevices', 'sts:GetSessionToken'], Resource: '*', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } }],
};

const IAM_REGION = { region: 'global', recordedIn: 'eu-west-3' };

export function iamPolicy(o: Base & { name: string; document: PolicyDocument }): FixtureItem {
  const account = o.account ?? ACCOUNT;
  const arn = `arn:aws:iam::${account}:policy/${o.name}`;
  const id = `ANPA${o.name.toUpperCase().replace(/[^A-Z0-9]/g, '').padEnd(16, 'X').slice(0, 16)}`;
  return item('AWS::IAM::Policy', id, { ...IAM_REGION, ...o, region: 'global', arn, name: o.name }, {
    policyName: o.name,
    policyId: id,
    arn,
    path: '/',
    defaultVersionId: 'v2',
    attachmentCount: 1,
    permissionsBoundaryUsageCount: 0,
    isAttachable: true,
    createDate: '2025-09-22T05:55:07.000Z',
    updateDate: '2025-09-23T05:55:07.000Z',
    policyVersionList: [
      { document: encodedDocument(READ_ONLY_DOC), versionId: 'v1', isDefaultVersion: false, createDate: '2025-09-22T05:55:07.000Z' },
      { document: encodedDocument(o.document), versionId: 'v2', isDefaultVersion: true, createDate: '2025-09-23T05:55:07.000Z' },
    ],
  });
}

export function iamUser(o: Base & { name: string; managed?: string[]; inline?: PolicyDocument[]; groups?: string[] }): FixtureItem {
  const account = o.account ?? ACCOUNT;
  const arn = `arn:aws:iam::${account}:user/${o.name}`;
  const id = userId(o.name);
  return item('AWS::IAM::User', id, { ...IAM_REGION, ...o, region: 'global', arn, name: o.name }, {
    path: '/',
    userName: o.name,
    userId: id,
    arn,
    createDate: '2025-09-22T05:55:07.000Z',
    userPolicyList: (o.inline ?? []).map((d, i) => ({ policyName: `${o.name}-inline-${i}`, policyDocument: encodedDocument(d) })),
    groupList: o.groups ?? [],
    attachedManagedPolicies: (o.managed ?? []).map((policyArn) => ({ policyName: policyArn.split('/').pop(), policyArn })),
    permissionsBoundary: null,
    tags: [],
  });
}

export function userId(name: string): string {
  return `AIDA${name.toUpperCase().replace(/[^A-Z0-9]/g, '').padEnd(17, 'Q').slice(0, 17)}`;
}

export function iamGroup(o: Base & { name: string; managed?: string[]; inline?: PolicyDocument[] }): FixtureItem {
  const account = o.account ?? ACCOUNT;
  const arn = `arn:aws:iam::${account}:group/${o.name}`;
  const id = `AGPA${o.name.toUpperCase().replace(/[^A-Z0-9]/g, '').padEnd(17, 'G').slice(0, 17)}`;
  return item('AWS::IAM::Group', id, { ...IAM_REGION, ...o, region: 'global', arn, name: o.name }, {
    path: '/',
    groupName: o.name,
    groupId: id,
    arn,
    createDate: '2025-09-22T05:55:07.000Z',
    groupPolicyList: (o.inline ?? []).map((d, i) => ({ policyName: `${o.name}-inline-${i}`, policyDocument: encodedDocument(d) })),
    attachedManagedPolicies: (o.managed ?? []).map((policyArn) => ({ policyName: policyArn.split('/').pop(), policyArn })),
  });
}

export function iamRole(o: Base & { name: string; managed?: string[]; trust: PolicyDocument }): FixtureItem {
  const account = o.account ?? ACCOUNT;
  const arn = `arn:aws:iam::${account}:role/${o.name}`;
  const id = `AROA${o.name.toUpperCase().replace(/[^A-Z0-9]/g, '').padEnd(17, 'R').slice(0, 17)}`;
  return item('AWS::IAM::Role', id, { ...IAM_REGION, ...o, region: 'global', arn, name: o.name }, {
    path: '/',
    roleName: o.name,
    roleId: id,
    arn,
    createDate: '2025-09-22T05:55:07.000Z',
    assumeRolePolicyDocument: encodedDocument(o.trust),
    instanceProfileList: [],
    rolePolicyList: [],
    attachedManagedPolicies: (o.managed ?? []).map((policyArn) => ({ policyName: policyArn.split('/').pop(), policyArn })),
    permissionsBoundary: null,
    tags: [],
    roleLastUsed: null,
  });
}

export function trail(o: Base & { name: string; bucket: string; prefix?: string; multiRegion?: boolean; validation?: boolean; globalEvents?: boolean; customSelectors?: boolean; kmsKeyId?: string }): FixtureItem {
  const region = o.region ?? 'eu-west-3';
  const arn = `arn:aws:cloudtrail:${region}:${o.account ?? ACCOUNT}:trail/${o.name}`;
  const configuration: Record<string, unknown> = {
    name: o.name,
    s3BucketName: o.bucket,
    includeGlobalServiceEvents: o.globalEvents ?? true,
    isMultiRegionTrail: o.multiRegion ?? true,
    homeRegion: region,
    trailARN: arn,
    logFileValidationEnabled: o.validation ?? true,
    hasCustomEventSelectors: o.customSelectors ?? false,
    hasInsightSelectors: false,
    isOrganizationTrail: false,
  };
  if (o.prefix) configuration.s3KeyPrefix = o.prefix;
  if (o.kmsKeyId) configuration.kmsKeyId = o.kmsKeyId;
  return item('AWS::CloudTrail::Trail', o.name, { ...o, arn, name: o.name, az: 'Regional' }, configuration, { Tags: [] });
}

export interface CredentialUser {
  user: string;
  password: boolean | 'not_supported';
  mfa: boolean;
  keys?: boolean;
  /** Days ago, as the report writes dates; undefined: N/A. */
  created?: number;
  passwordLastUsed?: number;
  keyRotated?: number;
  keyLastUsed?: number;
}

/** An ISO time `days` ago, as the credential report writes it. */
export function daysAgo(days: number | undefined): string {
  return days === undefined ? 'N/A' : new Date(Date.now() - days * 86_400_000).toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

/** The IAM credential report CSV (the columns IAM writes, in its order). */
export function credentialReport(account: string, rows: CredentialUser[]): string {
  const header =
    'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated';
  const lines = rows.map((r) => {
    const arn = r.user === '<root_account>' ? `arn:aws:iam::${account}:root` : `arn:aws:iam::${account}:user/${r.user}`;
    const created = r.created === undefined ? '2025-09-22T05:55:07+00:00' : daysAgo(r.created);
    const key = r.keys ?? false;
    return [
      r.user,
      arn,
      created,
      String(r.password),
      daysAgo(r.passwordLastUsed),
      'N/A',
      'N/A',
      String(r.mfa),
      String(key),
      key ? daysAgo(r.keyRotated) : 'N/A',
      key ? daysAgo(r.keyLastUsed) : 'N/A',
      key && r.keyLastUsed !== undefined ? 'eu-west-3' : 'N/A',
      key && r.keyLastUsed !== undefined ? 's3' : 'N/A',
      'false',
      'N/A',
      'N/A',
      'N/A',
      'N/A',
      'false',
      'N/A',
      'false',
      'N/A',
    ].join(',');
  });
  return `${[header, ...lines].join('\n')}\n`;
}

// ---- Backups, transport, detection, scanning, credentials, availability types: shapes from the aws-config-resource-schema property lists ----------------

export function vpc(o: Base & { id: string; isDefault?: boolean }): FixtureItem {
  const region = o.region ?? 'eu-west-3';
  const account = o.account ?? ACCOUNT;
  return item('AWS::EC2::VPC', o.id, { ...o, arn: `arn:aws:ec2:${region}:${account}:vpc/${o.id}`, az: 'Multiple Availability Zones' }, {
    cidrBlock: o.isDefault ? '172.31.0.0/16' : '10.0.0.0/16',
    cidrBlockAssociationSet: [{ associationId: 'vpc-cidr-assoc-0a1b', cidrBlock: o.isDefault ? '172.31.0.0/16' : '10.0.0.0/16', cidrBlockState: { state: 'associated' } }],
    dhcpOptionsId: 'dopt-0d8a1e5b',
    instanceTenancy: 'default',
    ipv6CidrBlockAssociationSet: [],
    isDefault: o.isDefault ?? false,
    ownerId: account,
    state: 'available',
    vpcId: o.id,
    tags: Object.entries(o.tags ?? {}).map(([key, value]) => ({ key, value })),
  });
}

export function flowLog(o: Base & { id: string; vpc: string }): FixtureItem {
  const region = o.region ?? 'eu-west-3';
  return item('AWS::EC2::FlowLog', o.id, { ...o, arn: `arn:aws:ec2:${region}:${o.account ?? ACCOUNT}:vpc-flow-log/${o.id}` }, {
    creationTime: '2025-10-28T00:33:43.651Z',
    deliverLogsStatus: 'SUCCESS',
    flowLogId: o.id,
    flowLogStatus: 'ACTIVE',
    logDestinationType: 'cloud-watch-logs',
    logGroupName: '/vpc/flow-logs',
    resourceId: o.vpc,
    trafficType: 'ALL',
    maxAggregationInterval: 600,
  });
}

export function guardDutyDetector(o: Base & { id: string; enable: boolean }): FixtureItem {
  const region = o.region ?? 'eu-west-3';
  return item('AWS::GuardDuty::Detector', o.id, { ...o, arn: `arn:aws:guardduty:${region}:${o.account ?? ACCOUNT}:detector/${o.id}` }, {
    Enable: o.enable,
    FindingPublishingFrequency: 'SIX_HOURS',
    DataSources: { S3Logs: { Enable: true }, Kubernetes: { AuditLogs: { Enable: false } } },
    Id: o.id,
  });
}

/**
 * The region's configuration recorder as AWS Config records it (`AWS::Config::ConfigurationRecorder`,
 * the properties of the AWS Config resource schema: `Recording`, `RecordingGroup.*`, `RecordingMode`).
 * Every supported type by default, only `resourceTypes`, or all but `exclude`.
 */
export function configurationRecorder(o: Base & { recording: boolean; resourceTypes?: string[]; exclude?: string[] }): FixtureItem {
  const region = o.region ?? 'eu-west-3';
  const account = o.account ?? ACCOUNT;
  const RecordingGroup = o.resourceTypes
    ? { AllSupported: false, IncludeGlobalResourceTypes: false, ResourceTypes: o.resourceTypes, RecordingStrategy: { UseOnly: 'INCLUSION_BY_RESOURCE_TYPES' } }
    : o.exclude
      ? { AllSupported: false, IncludeGlobalResourceTypes: false, ExclusionByResourceTypes: { ResourceTypes: o.exclude }, RecordingStrategy: { UseOnly: 'EXCLUSION_BY_RESOURCE_TYPES' } }
      : { AllSupported: true, IncludeGlobalResourceTypes: true, RecordingStrategy: { UseOnly: 'ALL_SUPPORTED_RESOURCE_TYPES' } };
  const arn = `arn:aws:config:${region}:${account}:configuration-recorder/default/abcdefghijklmnop`;
  return item('AWS::Config::ConfigurationRecorder', 'default', { ...o, arn, name: 'default' }, {
    Name: 'default',
    Arn: arn,
    RoleARN: `arn:aws:iam::${account}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig`,
    Recording: o.recording,
    RecordingGroup,
    RecordingMode: { RecordingFrequency: 'CONTINUOUS' },
  });
}

/** Security Hub enabled in a region: AWS Config's `AWS::SecurityHub::Hub`, one per region where it is on. */
export function securityHub(o: Base): FixtureItem {
  const region = o.region ?? 'eu-west-3';
  const arn = `arn:aws:securityhub:${region}:${o.account ?? ACCOUNT}:hub/default`;
  return item('AWS::SecurityHub::Hub', arn, { ...o, arn, az: 'Regional' }, { HubArn: arn, SubscribedAt: '2026-01-10T09:00:00.000Z', AutoEnableControls: true, ControlFindingGenerator: 'SECURITY_CONTROL' });
}

export function ecrRepository(o: Base & { name: string; scanOnPush?: boolean }): FixtureItem {
  const region = o.region ?? 'eu-west-3';
  const arn = `arn:aws:ecr:${region}:${o.account ?? ACCOUNT}:repository/${o.name}`;
  const configuration: Record<string, unknown> = { RepositoryName: o.name, Arn: arn, ImageTagMutability: 'IMMUTABLE' };
  if (o.scanOnPush !== undefined) configuration.ImageScanningConfiguration = { ScanOnPush: o.scanOnPush };
  return item('AWS::ECR::Repository', o.name, { ...o, arn, name: o.name }, configuration);
}

export function listener(o: Base & { id: string; protocol: 'HTTP' | 'HTTPS' | 'TCP' | 'TLS'; port?: number; sslPolicy?: string; defaultAction: 'forward' | 'redirect-https' | 'redirect-http' | 'fixed-response' }): FixtureItem {
  const region = o.region ?? 'eu-west-3';
  const account = o.account ?? ACCOUNT;
  const lb = `arn:aws:elasticloadbalancing:${region}:${account}:loadbalancer/app/web/50dc6c495c0c9188`;
  const arn = `arn:aws:elasticloadbalancing:${region}:${account}:listener/app/web/50dc6c495c0c9188/${o.id}`;
  const action =
    o.defaultAction === 'forward'
      ? { Type: 'forward', Order: 1, TargetGroupArn: `arn:aws:elasticloadbalancing:${region}:${account}:targetgroup/web/73e2d6bc24d8a067`, ForwardConfig: { TargetGroups: [{ TargetGroupArn: `arn:aws:elasticloadbalancing:${region}:${account}:targetgroup/web/73e2d6bc24d8a067`, Weight: 1 }] } }
      : o.defaultAction === 'fixed-response'
        ? { Type: 'fixed-response', Order: 1, FixedResponseConfig: { StatusCode: '404', ContentType: 'text/plain' } }
        : { Type: 'redirect', Order: 1, RedirectConfig: { Protocol: o.defaultAction === 'redirect-https' ? 'HTTPS' : 'HTTP', Port: '443', Host: '#{host}', Path: '/#{path}', Query: '#{query}', StatusCode: 'HTTP_301' } };
  const configuration: Record<string, unknown> = { ListenerArn: arn, LoadBalancerArn: lb, Port: o.port ?? (o.protocol === 'HTTP' ? 80 : 443), Protocol: o.protocol, DefaultActions: [action] };
  if (o.sslPolicy) {
    configuration.SslPolicy = o.sslPolicy;
    configuration.Certificates = [{ CertificateArn: `arn:aws:acm:${region}:${account}:certificate/0c7a7d76-7c3b-4d3b-9b3c-2f4a0d2e1a11` }];
  }
  return item('AWS::ElasticLoadBalancingV2::Listener', arn, { ...o, arn }, configuration);
}

export function loadBalancer(o: Base & { name: string; zones: string[] }): FixtureItem {
  const region = o.region ?? 'eu-west-3';
  const arn = `arn:aws:elasticloadbalancing:${region}:${o.account ?? ACCOUNT}:loadbalancer/app/${o.name}/50dc6c495c0c9188`;
  return item('AWS::ElasticLoadBalancingV2::LoadBalancer', arn, { ...o, arn, name: o.name }, {
    loadBalancerArn: arn,
    dNSName: `${o.name}-123456789.${region}.elb.amazonaws.com`,
    canonicalHostedZoneId: 'Z3Q77PNBQS71R4',
    loadBalancerName: o.name,
    scheme: 'internet-facing',
    vpcId: 'vpc-0990dc6d',
    state: { code: 'active' },
    type: 'application',
    availabilityZones: o.zones.map((z, i) => ({ zoneName: z, subnetId: `subnet-0${i}a2b3c4d`, loadBalancerAddresses: [] })),
    securityGroups: ['sg-0web0000000000002'],
    ipAddressType: 'ipv4',
  });
}

export function distribution(o: Base & { id: string; viewer: string; behaviors?: string[]; defaultCertificate?: boolean; minimumProtocolVersion?: string }): FixtureItem {
  const arn = `arn:aws:cloudfront::${o.account ?? ACCOUNT}:distribution/${o.id}`;
  return item('AWS::CloudFront::Distribution', o.id, { ...o, region: 'us-east-1', arn }, {
    arn,
    id: o.id,
    domainName: `${o.id.toLowerCase()}.cloudfront.net`,
    distributionConfig: {
      enabled: true,
      httpVersion: 'http2',
      isIPV6Enabled: true,
      defaultCacheBehavior: { targetOriginId: 'app', viewerProtocolPolicy: o.viewer, compress: true, minTTL: 0 },
      cacheBehaviors: { quantity: (o.behaviors ?? []).length, items: (o.behaviors ?? []).map((v, i) => ({ pathPattern: `/p${i}/*`, targetOriginId: 'app', viewerProtocolPolicy: v })) },
      viewerCertificate: o.defaultCertificate
        ? { cloudFrontDefaultCertificate: true, minimumProtocolVersion: 'TLSv1', certificateSource: 'cloudfront' }
        : { acmCertificateArn: `arn:aws:acm:us-east-1:${o.account ?? ACCOUNT}:certificate/1f7e2a3b-0000-4000-8000-00000000cafe`, sslSupportMethod: 'sni-only', minimumProtocolVersion: o.minimumProtocolVersion ?? 'TLSv1.2_2021', certificateSource: 'acm' },
      origins: { quantity: 1, items: [{ id: 'app', domainName: 'app.example.com', customOriginConfig: { httpPort: 80, httpsPort: 443, originProtocolPolicy: 'https-only' } }] },
    },
  });
}

export function taskDefinition(o: Base & { family: string; revision?: number; environment: Array<{ name: string; value: string }>; secrets?: Array<{ name: string; valueFrom: string }> }): FixtureItem {
  const region = o.region ?? 'eu-west-3';
  const arn = `arn:aws:ecs:${region}:${o.account ?? ACCOUNT}:task-definition/${o.family}:${o.revision ?? 1}`;
  return item('AWS::ECS::TaskDefinition', arn, { ...o, arn }, {
    TaskDefinitionArn: arn,
    Family: o.family,
    NetworkMode: 'awsvpc',
    RequiresCompatibilities: ['FARGATE'],
    Cpu: '256',
    Memory: '512',
    Status: 'ACTIVE',
    ContainerDefinitions: [
      {
        Name: 'app',
        Image: `${o.account ?? ACCOUNT}.dkr.ecr.${region}.amazonaws.com/app:1.4.2`,
        Essential: true,
        PortMappings: [{ ContainerPort: 8080, HostPort: 8080, Protocol: 'tcp' }],
        Environment: o.environment.map((e) => ({ Name: e.name, Value: e.value })),
        Secrets: (o.secrets ?? []).map((e) => ({ Name: e.name, ValueFrom: e.valueFrom })),
      },
    ],
  });
}

export function backupPlan(o: Base & { id: string; name: string; deleteAfterDays?: number[] }): FixtureItem {
  const region = o.region ?? 'eu-west-3';
  const account = o.account ?? ACCOUNT;
  return item('AWS::Backup::BackupPlan', o.id, { ...o, arn: `arn:aws:backup:${region}:${account}:backup-plan:${o.id}`, name: o.name }, {
    BackupPlanId: o.id,
    BackupPlan: {
      BackupPlanName: o.name,
      BackupPlanRule: (o.deleteAfterDays ?? [35]).map((d, i) => ({ RuleName: `rule-${i}`, TargetBackupVault: 'main', ScheduleExpression: 'cron(0 5 ? * * *)', StartWindowMinutes: 60, CompletionWindowMinutes: 180, Lifecycle: { DeleteAfterDays: d }, CopyActions: [] })),
    },
  });
}

/** `listOfTags`: `{key: value}` entries tested with STRINGEQUALS; `conditions`: `StringEquals` on `aws:ResourceTag/<key>`. */
export function backupSelection(o: Base & { planId: string; name: string; resources: string[]; notResources?: string[]; listOfTags?: Record<string, string>; conditions?: Record<string, string> }): FixtureItem {
  const region = o.region ?? 'eu-west-3';
  const id = `${o.planId}-${o.name}`;
  return item('AWS::Backup::BackupSelection', id, { ...o, arn: `arn:aws:backup:${region}:${o.account ?? ACCOUNT}:backup-plan:${o.planId}/selection/${id}`, name: o.name }, {
    BackupPlanId: o.planId,
    SelectionId: id,
    BackupSelection: {
      SelectionName: o.name,
      IamRoleArn: `arn:aws:iam::${o.account ?? ACCOUNT}:role/service-role/AWSBackupDefaultServiceRole`,
      Resources: o.resources,
      NotResources: o.notResources ?? [],
      ListOfTags: Object.entries(o.listOfTags ?? {}).map(([k, v]) => ({ ConditionType: 'STRINGEQUALS', ConditionKey: k, ConditionValue: v })),
      Conditions: { StringEquals: Object.entries(o.conditions ?? {}).map(([k, v]) => ({ ConditionKey: `aws:ResourceTag/${k}`, ConditionValue: v })), StringNotEquals: [], StringLike: [], StringNotLike: [] },
    },
  });
}

/** An EC2 instance as AWS Config records it (the DescribeInstances shape, camelCase). */
export function ec2Instance(o: Base & { id: string; volumes?: string[] }): FixtureItem {
  const region = o.region ?? 'eu-west-3';
  return item('AWS::EC2::Instance', o.id, { ...o, arn: `arn:aws:ec2:${region}:${o.account ?? ACCOUNT}:instance/${o.id}`, az: `${region}a` }, {
    instanceId: o.id,
    imageId: 'ami-0c1a7f89451184c8b',
    instanceType: 't3.medium',
    state: { code: 16, name: 'running' },
    placement: { availabilityZone: `${region}a`, tenancy: 'default' },
    rootDeviceName: '/dev/xvda',
    rootDeviceType: 'ebs',
    blockDeviceMappings: (o.volumes ?? []).map((v, i) => ({ deviceName: i === 0 ? '/dev/xvda' : `/dev/sd${String.fromCharCode(102 + i)}`, ebs: { volumeId: v, status: 'attached', attachTime: '2025-10-28T00:33:43.000Z', deleteOnTermination: true } })),
    metadataOptions: { httpTokens: 'required', httpEndpoint: 'enabled' },
    tags: Object.entries(o.tags ?? {}).map(([key, value]) => ({ key, value })),
  });
}

export function backupVault(o: Base & { name: string; locked?: boolean; lockDate?: string }): FixtureItem {
  const region = o.region ?? 'eu-west-3';
  const arn = `arn:aws:backup:${region}:${o.account ?? ACCOUNT}:backup-vault:${o.name}`;
  const configuration: Record<string, unknown> = { BackupVaultName: o.name, BackupVaultArn: arn, EncryptionKeyArn: keyArn('c0ffee00-1111-4222-8333-444455556666', o) };
  if (o.locked !== undefined) configuration.Locked = o.locked;
  if (o.lockDate) configuration.LockDate = o.lockDate;
  return item('AWS::Backup::BackupVault', o.name, { ...o, arn, name: o.name }, configuration);
}

export function efsFileSystem(o: Base & { id: string; backup?: 'ENABLED' | 'DISABLED' }): FixtureItem {
  const region = o.region ?? 'eu-west-3';
  const arn = `arn:aws:elasticfilesystem:${region}:${o.account ?? ACCOUNT}:file-system/${o.id}`;
  const configuration: Record<string, unknown> = { FileSystemId: o.id, Arn: arn, Encrypted: true, PerformanceMode: 'generalPurpose', ThroughputMode: 'bursting' };
  if (o.backup) configuration.BackupPolicy = { Status: o.backup };
  return item('AWS::EFS::FileSystem', o.id, { ...o, arn }, configuration);
}

/** The snapshot file spelling of a Config item (configurationItemVersion, awsAccountId, ARN), tags as the snapshot carries them. */
export function snapshotSpelling(i: FixtureItem): Record<string, unknown> {
  const { accountId, arn, recordedIn: _r, rawConfiguration: _raw, tags, ...rest } = i;
  return { configurationItemVersion: '1.3', awsAccountId: accountId, ...(arn ? { ARN: arn } : {}), configurationStateId: 1736935200000, relatedEvents: [], relationships: [], tags: tags ?? {}, ...rest };
}

/** A Config snapshot file as delivered to S3. */
export function configSnapshot(items: readonly FixtureItem[]): Record<string, unknown> {
  return { fileVersion: '1.0', configSnapshotId: 'f1e2d3c4-0000-4000-8000-aaaabbbbcccc', configurationItems: items.map(snapshotSpelling) };
}

/**
 * An MSK cluster: AWS Config records `AWS::MSK::Cluster` in its CloudFormation schema
 * (`EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId`, the key's ARN; MSK creates a key when none is named).
 */
export function mskCluster(o: Base & { name: string; kmsKeyId?: string }): FixtureItem {
  const region = o.region ?? 'eu-west-3';
  const account = o.account ?? ACCOUNT;
  const arn = `arn:aws:kafka:${region}:${account}:cluster/${o.name}/6f1c2a7e-3b9d-4c1e-9a55-0d3e1b2c4f60-2`;
  return item('AWS::MSK::Cluster', arn, { ...o, arn, name: o.name }, {
    ClusterName: o.name,
    Arn: arn,
    KafkaVersion: '3.6.0',
    NumberOfBrokerNodes: 3,
    BrokerNodeGroupInfo: { InstanceType: 'kafka.m5.large', ClientSubnets: ['subnet-0a1', 'subnet-0b2', 'subnet-0c3'], StorageInfo: { EBSStorageInfo: { VolumeSize: 100 } } },
    EncryptionInfo: { ...(o.kmsKeyId ? { EncryptionAtRest: { DataVolumeKMSKeyId: o.kmsKeyId } } : {}), EncryptionInTransit: { ClientBroker: 'TLS', InCluster: true } },
    EnhancedMonitoring: 'DEFAULT',
  });
}
