/**
 * From a configuration item to a Resource with facets, the same way for live reads and offline
 * files: which Config types are read, which ones feed the facts of their account first (KMS keys,
 * customer managed policies, groups), which need another resource looked up (trails, replicating
 * buckets, public database endpoints), and the record written to --inventory-out.
 */
import { setFacet, type Facets } from '../../src/model/facets.js';
import type { Resource } from '../../src/model/resource.js';
import { canonicalId, conf, text, type ConfigItem, type Json } from './ci.js';
import type { BuildContext } from './context.js';
import type { AccountFacts, KeyManager, Lookups, Needs } from './facts.js';
import { IDENTITY, groupItemGrants, policyItemGrant } from './identity.js';
import { AUDIT_TRAIL, LOG_STORE, bucketFacts, trailNeeds } from './logging.js';
import { DATA_TYPES, bucketNeeds, dataLocations } from './locations.js';
import { ENDPOINTS, INGRESS, endpointNeeds, securityGroupRules } from './network.js';
import { STORAGE } from './storage.js';
import { BACKUP, BACKUP_VAULT, absorbBackupPlan, selectionOf } from './backups.js';
import { userCredential } from './credentials.js';
import { DETECTION, FLOW_LOG, VULNERABILITY_SCAN, absorbFlowLog } from './detection.js';
import { KEY } from './keys.js';
import { LOG_PROTECTION } from './log-protection.js';
import { AVAILABILITY, DEFAULT_NETWORK } from './placement.js';
import { PLAINTEXT, scrubbedConfiguration } from './secrets.js';
import { tagsOf } from './tags.js';
import { TRANSIT } from './transit.js';

/** Types read before the others of their account: their facts are joined into other resources' facets. */
export const PREREQUISITE_TYPES = ['AWS::KMS::Key', 'AWS::IAM::Policy', 'AWS::IAM::Group', 'AWS::Backup::BackupPlan', 'AWS::Backup::BackupSelection', 'AWS::EC2::FlowLog'] as const;

/** Types whose facets always need another resource (the trail's bucket). */
export const DEFERRED_TYPES = ['AWS::CloudTrail::Trail'] as const;

/** Every Config type cldscan reads: those some facet is built for. */
export const READ_TYPES: readonly string[] = [
  ...new Set([
    ...PREREQUISITE_TYPES,
    ...DEFERRED_TYPES,
    ...Object.keys(STORAGE),
    ...Object.keys(INGRESS),
    ...Object.keys(ENDPOINTS),
    ...Object.keys(IDENTITY),
    ...[...DATA_TYPES].filter((t) => t !== 'AWS::Logs::LogGroup'),
    ...Object.keys(BACKUP),
    ...Object.keys(BACKUP_VAULT),
    ...Object.keys(TRANSIT),
    ...Object.keys(PLAINTEXT),
    ...Object.keys(LOG_PROTECTION),
    ...Object.keys(DETECTION),
    ...Object.keys(FLOW_LOG),
    ...Object.keys(VULNERABILITY_SCAN),
    ...Object.keys(DEFAULT_NETWORK),
    ...Object.keys(AVAILABILITY),
  ]),
].sort();

export function isPrerequisite(type: string): boolean {
  return (PREREQUISITE_TYPES as readonly string[]).includes(type);
}

/** What an item needs looked up before its facets are built (empty for most). */
export function needsOf(item: ConfigItem): Needs {
  switch (item.resourceType) {
    case 'AWS::CloudTrail::Trail':
      return trailNeeds(item);
    case 'AWS::S3::Bucket':
      return bucketNeeds(item);
    case 'AWS::RDS::DBInstance':
    case 'AWS::Redshift::Cluster':
      return endpointNeeds(item);
    default:
      return { buckets: [], securityGroups: [] };
  }
}

export function hasNeeds(n: Needs): boolean {
  return n.buckets.length > 0 || n.securityGroups.length > 0;
}

/** A prerequisite item's contribution to its account's facts. Groups are returned, to be reduced once every policy is known. */
export function absorb(item: ConfigItem, facts: AccountFacts): 'group' | undefined {
  switch (item.resourceType) {
    case 'AWS::KMS::Key': {
      const manager = text(conf(item, 'keyManager'));
      if (manager === 'AWS' || manager === 'CUSTOMER') facts.addKey(text(conf(item, 'arn')) ?? item.arn, text(conf(item, 'keyId')) ?? item.resourceId, manager as KeyManager);
      return undefined;
    }
    case 'AWS::IAM::Policy': {
      const arn = text(conf(item, 'arn')) ?? item.arn;
      if (arn) facts.policies.set(arn, policyItemGrant(item));
      return undefined;
    }
    case 'AWS::IAM::Group':
      return 'group';
    case 'AWS::Backup::BackupPlan':
      absorbBackupPlan(item, facts);
      return undefined;
    case 'AWS::Backup::BackupSelection':
      facts.backupSelections.push(selectionOf(item));
      return undefined;
    case 'AWS::EC2::FlowLog':
      absorbFlowLog(item, facts);
      return undefined;
    default:
      return undefined;
  }
}

/** Reduces groups to their grants once the account's policies are known. */
export function absorbGroups(groups: readonly ConfigItem[], facts: AccountFacts, lookups: Lookups): void {
  for (const item of groups) {
    const name = text(conf(item, 'groupName')) ?? item.resourceName;
    if (name) facts.groups.set(name, groupItemGrants({ item, facts, lookups }));
  }
}

/** Puts what a looked-up item says into the lookups. */
export function absorbLookup(item: ConfigItem, lookups: Lookups): void {
  if (item.resourceType === 'AWS::S3::Bucket') {
    const name = text(conf(item, 'name')) ?? item.resourceName ?? item.resourceId;
    if (name) lookups.buckets.set(name, bucketFacts(item));
  } else if (item.resourceType === 'AWS::EC2::SecurityGroup' && item.resourceId) {
    lookups.securityGroups.set(`${item.awsRegion}/${item.resourceId}`, securityGroupRules(item) ?? 'incomplete');
  }
}

export function facetsOf(ctx: BuildContext): Facets {
  const type = ctx.item.resourceType;
  const facets: Facets = {};
  setFacet(facets, 'storage', STORAGE[type]?.(ctx));
  setFacet(facets, 'dataLocations', dataLocations(ctx));
  setFacet(facets, 'ingress', INGRESS[type]?.(ctx));
  setFacet(facets, 'adminEndpoint', ENDPOINTS[type]?.(ctx));
  setFacet(facets, 'identity', IDENTITY[type]?.(ctx));
  setFacet(facets, 'logStore', LOG_STORE[type]?.(ctx));
  setFacet(facets, 'auditTrail', AUDIT_TRAIL[type]?.(ctx));
  setFacet(facets, 'backup', BACKUP[type]?.(ctx));
  setFacet(facets, 'backupVault', BACKUP_VAULT[type]?.(ctx));
  setFacet(facets, 'transit', TRANSIT[type]?.(ctx));
  setFacet(facets, 'key', KEY[type]?.(ctx));
  setFacet(facets, 'plaintextSecrets', PLAINTEXT[type]?.(ctx));
  setFacet(facets, 'logProtection', LOG_PROTECTION[type]?.(ctx));
  setFacet(facets, 'detection', DETECTION[type]?.(ctx));
  setFacet(facets, 'flowLog', FLOW_LOG[type]?.(ctx));
  setFacet(facets, 'vulnerabilityScan', VULNERABILITY_SCAN[type]?.(ctx));
  setFacet(facets, 'defaultNetwork', DEFAULT_NETWORK[type]?.(ctx));
  setFacet(facets, 'availability', AVAILABILITY[type]?.(ctx));
  if (type === 'AWS::IAM::User') facets.credential = userCredential(ctx.item, ctx.facts);
  return facets;
}

export interface SourceInfo {
  account: string;
  input: string;
}

export function toResource(item: ConfigItem, facets: Facets, src: SourceInfo): Resource {
  const tags = tagsOf(item);
  return {
    id: canonicalId(item),
    provider: 'aws',
    nativeType: item.resourceType,
    region: item.awsRegion ?? undefined,
    source: { origin: 'live', category: `aws/${src.account}`, input: src.input, scope: src.account },
    facets,
    ...(tags ? { tags } : {}),
  };
}

/** The item as --inventory-out keeps it: one configuration item, decoded, in the snapshot spelling a later offline scan reads back. */
export function inventoryRecord(item: ConfigItem): Json {
  const out: Json = { resourceType: item.resourceType };
  if (item.accountId) out.accountId = item.accountId;
  if (item.awsRegion) out.awsRegion = item.awsRegion;
  if (item.availabilityZone) out.availabilityZone = item.availabilityZone;
  if (item.arn) out.arn = item.arn;
  if (item.resourceId) out.resourceId = item.resourceId;
  if (item.resourceName) out.resourceName = item.resourceName;
  if (item.status) out.configurationItemStatus = item.status;
  if (item.capturedAt !== undefined) out.configurationItemCaptureTime = new Date(item.capturedAt).toISOString();
  out.configuration = scrubbedConfiguration(item) ?? null;
  out.supplementaryConfiguration = item.supplementary;
  if (item.tags) out.tags = item.tags;
  return out;
}
