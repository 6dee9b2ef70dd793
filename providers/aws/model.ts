/**
 * From a configuration item to a Resource with facets, the same way for live reads and offline
 * files: which Config types are read, which ones feed the facts of their account first (KMS keys,
 * customer managed policies, groups), which need another resource looked up (trails, replicating
 * buckets, public database endpoints), and the record written to --inventory-out.
 */
import type { Facets } from '../../src/model/facets.js';
import type { Resource } from '../../src/model/resource.js';
import { buildFacets, compile } from '../../src/registry/builder-table.js';
import { liveTypes } from '../../src/registry/cloud-registry.js';
import { canonicalId, conf, text, truthy, type ConfigItem, type Json } from './ci.js';
import type { BuildContext } from './context.js';
import type { AccountFacts, KeyManager, Lookups, Needs } from './facts.js';
import { groupItemGrants, policyItemGrant } from './identity.js';
import { bucketFacts, trailArn, trailNeeds } from './logging.js';
import { bucketNeeds } from './locations.js';
import { endpointNeeds, securityGroupRules } from './network.js';
import { absorbBackupPlan, selectionOf } from './backups.js';
import { absorbFlowLog } from './detection.js';
import { ACCOUNT_PUBLIC_ACCESS_BLOCK, blockSettingsOf } from './public-access.js';
import { scrubbedConfiguration } from './secrets.js';
import { tagsOf } from './tags.js';
import { AWS_REGISTRY, type LiveArgs } from './registry.js';
import { CONTROL_TYPES } from './account-controls.js';
import { RECORDER } from './knowledge/account-controls.js';

/** Types read before the others of their account: their facts are joined into other resources' facets. */
export const PREREQUISITE_TYPES = [
  'AWS::KMS::Key',
  'AWS::IAM::Policy',
  'AWS::IAM::Group',
  'AWS::Backup::BackupPlan',
  'AWS::Backup::BackupSelection',
  'AWS::EC2::FlowLog',
  ACCOUNT_PUBLIC_ACCESS_BLOCK,
] as const;

/** Types whose facets always need another resource (the trail's bucket). */
export const DEFERRED_TYPES = ['AWS::CloudTrail::Trail'] as const;

/** Types whose records come from another API than AWS Config: CloudWatch Logs lists log groups with their retention. */
export const READ_ELSEWHERE: readonly string[] = ['AWS::Logs::LogGroup'];

/** Every Config type cldscan reads: those the registry builds a facet for, and those that feed the facts of their account. */
export const READ_TYPES: readonly string[] = [
  ...new Set([...PREREQUISITE_TYPES, ...DEFERRED_TYPES, ...liveTypes(AWS_REGISTRY).filter((t) => !READ_ELSEWHERE.includes(t))]),
].sort();

/** Every type some part of cldscan reads: those of the adapters, those read through another API, and those of the account-level controls. */
export const KNOWN_TYPES: readonly string[] = [...new Set([...READ_TYPES, ...READ_ELSEWHERE, ...CONTROL_TYPES, RECORDER.type])].sort();

/** Whether AWS Config holds a type no part of cldscan reads: nothing of it is judged, which the report names (unreadTypesNote). */
export function isUnreadType(type: string): boolean {
  return !KNOWN_TYPES.includes(type);
}

/**
 * The note naming the resource types AWS Config holds in an account that no adapter reads (type →
 * regions), or undefined when there are none: nothing of them is judged, which the report says.
 */
export function unreadTypesNote(unread: ReadonlyMap<string, ReadonlySet<string>>): string | undefined {
  const list = [...unread].filter(([t]) => isUnreadType(t)).sort(([a], [b]) => a.localeCompare(b));
  if (!list.length) return undefined;
  return `AWS Config holds ${list.length} resource type(s) that cldscan does not read, so nothing of them is judged: ${list.map(([t, regions]) => `${t} (${[...regions].sort().join(', ')})`).join('; ')}`;
}

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
    case ACCOUNT_PUBLIC_ACCESS_BLOCK:
      facts.publicAccessBlock = blockSettingsOf(item.configuration);
      return undefined;
    case 'AWS::CloudTrail::Trail': {
      const arn = trailArn(item);
      if (arn && truthy(conf(item, 'isMultiRegionTrail')) === 'yes') facts.multiRegionTrails.add(arn);
      return undefined;
    }
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

const LIVE = compile<LiveArgs>('aws live', AWS_REGISTRY.live);

/** The facets of one item, from the live side of the registry. */
export function facetsOf(ctx: BuildContext): Facets {
  return buildFacets(LIVE(ctx.item.resourceType), ctx);
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
