/**
 * What the facet builders know beyond the item they judge: facts gathered per account before (or,
 * for the few resources that need another one, after) its items are read. A live scan fills them
 * from AWS Config and the IAM, CloudWatch Logs and CloudTrail APIs; an offline file fills them from
 * the items it holds. Nothing here is a raw document: policies are reduced to verdicts, buckets to
 * their lifecycle and region, security groups to their inbound rules.
 */
import type { Evidence, IngressRule, PasswordPolicyFacet, Truth } from '../../src/model/facets.js';
import type { BlockSettings } from './knowledge/public-access.js';

export type KeyManager = 'AWS' | 'CUSTOMER';

/** What one policy contributes to a principal. */
export interface Grant {
  admin: Truth;
  /** Denies actions without MFA. */
  mfaDeny: Truth;
  evidence: Evidence;
}

/** One user's line of the IAM credential report (the columns that matter, nothing secret). */
export interface CredentialRow {
  passwordEnabled: Truth;
  mfaActive: Truth;
  accessKeysActive: Truth;
  /** When each active credential was last used, or (never used) created or rotated: ms since the epoch; undefined when the report does not say. */
  activeCredentials?: Array<{ kind: 'password' | 'access key 1' | 'access key 2'; lastUsed: number | undefined; since: number | undefined }>;
}

/** Managed Config rules whose results stand in for facts Config items do not carry. */
export const MANAGED_RULES = [
  'IAM_USER_MFA_ENABLED',
  'MFA_ENABLED_FOR_IAM_CONSOLE_ACCESS',
  'ROOT_ACCOUNT_MFA_ENABLED',
  'CW_LOGGROUP_RETENTION_PERIOD_CHECK',
  'IAM_PASSWORD_POLICY',
  'IAM_ROOT_ACCESS_KEY_CHECK',
  'VPC_FLOW_LOGS_ENABLED',
  'ECR_PRIVATE_IMAGE_SCANNING_ENABLED',
] as const;
export type ManagedRule = (typeof MANAGED_RULES)[number];

/** Rules whose evaluated resources repeat across regions (log group names, repository names): keyed by region too. */
const REGIONAL_RULES: ReadonlySet<ManagedRule> = new Set(['CW_LOGGROUP_RETENTION_PERIOD_CHECK', 'ECR_PRIVATE_IMAGE_SCANNING_ENABLED']);

/** An AWS Backup selection reduced to what covers a store: ARNs (with `*` wildcards) in and out, and its tag tests. */
export interface BackupSelection {
  planId: string | undefined;
  resources: string[];
  notResources: string[];
  /** `ListOfTags` (StringEquals on a tag key, any of them) and `Conditions` (all of them); 'unreadable' when a test has a shape not understood. */
  tags: Array<{ key: string; value: string }> | 'unreadable';
  conditions: Array<{ op: 'StringEquals' | 'StringNotEquals' | 'StringLike' | 'StringNotLike'; key: string; value: string }> | 'unreadable';
  name: string;
}
export interface RuleResult {
  rule: ManagedRule;
  /** The evaluated resource: user id, account id, log group name (or ARN). */
  resourceId: string;
  ruleName: string;
  compliance: 'COMPLIANT' | 'NON_COMPLIANT';
  region: string | undefined;
  /** The rule's threshold where it has one and it is known (CW_LOGGROUP_RETENTION_PERIOD_CHECK MinRetentionTime). */
  threshold?: number;
  /** The rule's parameters where they matter and are known (IAM_PASSWORD_POLICY; not visible through an aggregator). */
  parameters?: Record<string, string>;
}

/** A managed rule's result as evidence: which rule, where, and what it said. */
export function ruleEvidence(r: RuleResult): Evidence {
  return { path: `configRule.${r.rule}`, value: r.compliance, note: `result of the Config rule ${r.ruleName}${r.region ? ` in ${r.region}` : ''}` };
}

/** One lifecycle rule of a bucket, reduced to what matters for the objects a trail writes. */
export interface ExpiryRule {
  enabled: Truth;
  /** Key prefix ('' for every object); undefined when it cannot be read. */
  prefix: string | undefined;
  /** A tag filter: CloudTrail does not tag its objects, so the rule never applies to them. */
  tagged: boolean;
  /** Days after which current objects expire; undefined: never; 'unknown': a date, or unreadable. */
  days: number | 'unknown' | undefined;
  evidence: Evidence;
}

export interface BucketFacts {
  region: string | undefined;
  account: string | undefined;
  /** 'unknown' when the item's supplementary configuration was not captured. */
  lifecycle: ExpiryRule[] | 'unknown';
  /** S3 Object Lock with a default retention (new objects cannot be deleted or overwritten before their time). */
  objectLock?: { truth: Truth; evidence: Evidence };
}

export interface TrailStatus {
  isLogging: Truth;
  /** Management events recorded for every event source (from the event selectors). */
  allManagementEvents: Truth;
  evidence: Evidence[];
}

/** Why a source of facts could not be read (for the `settle` text), or that it was read. */
export type SourceState = { read: true } | { read: false; why: string };

/** The AWS Config recorder of a region (DescribeConfigurationRecorders and …Status). */
export interface RecorderState {
  recording: Truth;
  /** The types it records: every supported one, only those listed, or all but those listed; undefined when not said. */
  scope?: { mode: 'all' | 'only' | 'except'; types: string[] };
  evidence: Evidence[];
}

/**
 * A region whose AWS Config inventory was read whole: its recorder (or why it could not be read) and
 * the resource types it holds resources of. Regions not read are not here, and are never judged.
 */
export interface RegionInventory {
  recorder: RecorderState | { unread: string };
  present: string[];
  /** Amazon Inspector's scanning in the region (AWS Config does not record it); absent from files written before it was read. */
  inspector?: InspectorRead;
}

/** Amazon Inspector's status in one region, or why it could not be read. */
export type InspectorRead = InspectorState | { unread: string };

/** Amazon Inspector's status of the account in one region (BatchGetAccountStatus `resourceState.<type>.status`), by scanned type. */
export interface InspectorState {
  ec2?: string;
  ecr?: string;
}

/** The trails that apply to the account's regions (CloudTrail DescribeTrails, shadow trails included). */
export interface TrailList {
  multiRegion: string[];
  singleRegion: string[];
}

export class AccountFacts {
  readonly kms = new Map<string, KeyManager>();
  readonly policies = new Map<string, Grant>();
  readonly groups = new Map<string, Grant[]>();
  credentialReport: Map<string, CredentialRow> | undefined;
  rootCredentials: CredentialRow | undefined;
  credentialState: SourceState = { read: false, why: 'the IAM credential report is read only for the account whose credentials run the scan' };
  /** Managed rule results by rule, then by evaluated resource id. */
  readonly rules = new Map<ManagedRule, Map<string, RuleResult>>();
  /** Rules found deployed (even with no results), by identifier. */
  readonly rulesDeployed = new Set<ManagedRule>();
  rulesState: SourceState = { read: false, why: 'Config rule results were not read' };
  readonly trails = new Map<string, TrailStatus>();
  trailState: SourceState = { read: false, why: 'CloudTrail GetTrailStatus is called only in the account whose credentials run the scan' };
  /** Regions read whole, for the account-level controls (account-controls.ts). */
  readonly regionsRead = new Map<string, RegionInventory>();
  /** Multi-region trails AWS Config recorded (for accounts whose trails are not listed). */
  readonly multiRegionTrails = new Set<string>();
  /** The trails of the account when listed; else why not. */
  trailList: TrailList | { unread: string } = { unread: 'CloudTrail DescribeTrails is called only in the account whose credentials run the scan' };
  /** AWS Backup plans by id: the longest retention of their rules (undefined: kept until deleted). */
  readonly backupPlans = new Map<string, number | 'unknown' | undefined>();
  readonly backupSelections: BackupSelection[] = [];
  /** Resources (`region/vpc-id`) that a flow log records, and the regions where flow logs are recorded at all. */
  readonly flowLogTargets = new Set<string>();
  readonly flowLogRegions = new Set<string>();
  /** The account password policy (IAM GetAccountPasswordPolicy), when read. */
  passwordPolicy: PasswordPolicyFacet | undefined;
  passwordPolicyState: SourceState = { read: false, why: 'iam:GetAccountPasswordPolicy is called only in the account whose credentials run the scan' };

  /** The account's S3 Block Public Access settings (its `AWS::S3::AccountPublicAccessBlock` item), when read. */
  publicAccessBlock: BlockSettings | undefined;

  constructor(readonly accountId: string) {}

  /** After the rules are read: whether an MFA rule stands in for the credential report, and if not, why. */
  settleRulesState(failure: string | undefined): void {
    const mfa = (['IAM_USER_MFA_ENABLED', 'MFA_ENABLED_FOR_IAM_CONSOLE_ACCESS', 'ROOT_ACCOUNT_MFA_ENABLED'] as const).some((r) => this.rulesDeployed.has(r));
    this.rulesState = mfa ? { read: true } : { read: false, why: failure ?? 'no MFA_ENABLED_FOR_IAM_CONSOLE_ACCESS, IAM_USER_MFA_ENABLED or ROOT_ACCOUNT_MFA_ENABLED rule reports for this account' };
  }

  /** A KMS key by ARN or key id. */
  keyManager(ref: string): KeyManager | undefined {
    return this.kms.get(ref) ?? this.kms.get(ref.replace(/^arn:aws[a-z-]*:kms:[^:]*:\d{12}:key\//, ''));
  }

  addKey(arn: string | undefined, keyId: string | undefined, manager: KeyManager): void {
    if (arn) this.kms.set(arn, manager);
    if (keyId) this.kms.set(keyId, manager);
  }

  /** Results keyed by resource id; regional resources (log groups) by region and id, since names repeat across regions. */
  private static key(rule: ManagedRule, resourceId: string, region: string | undefined): string {
    return REGIONAL_RULES.has(rule) ? `${region ?? ''}|${resourceId}` : resourceId;
  }

  ruleResult(rule: ManagedRule, resourceId: string | undefined, region?: string): RuleResult | undefined {
    return resourceId === undefined ? undefined : this.rules.get(rule)?.get(AccountFacts.key(rule, resourceId, region));
  }

  /** Every result of a rule (for log groups, known only through them). */
  ruleResults(rule: ManagedRule): RuleResult[] {
    return [...(this.rules.get(rule)?.values() ?? [])];
  }

  addRuleResult(resourceId: string, result: Omit<RuleResult, 'resourceId'>): void {
    let m = this.rules.get(result.rule);
    if (!m) this.rules.set(result.rule, (m = new Map()));
    const key = AccountFacts.key(result.rule, resourceId, result.region);
    const prev = m.get(key);
    // Several deployments of one rule (two regions, a conformance pack and Security Hub): a failure anywhere wins.
    if (!prev || (prev.compliance === 'COMPLIANT' && result.compliance === 'NON_COMPLIANT')) m.set(key, { ...result, resourceId });
  }
}

/** Facts looked up after the main read for the few resources that need another resource. */
export class Lookups {
  /** Buckets by name: their region and lifecycle (trail destinations, replication targets). */
  readonly buckets = new Map<string, BucketFacts | 'not-found'>();
  /** Security groups' inbound rules by `region/sg-id` (the groups of public database endpoints). */
  readonly securityGroups = new Map<string, IngressRule[] | 'incomplete' | 'not-found'>();
  bucketState: SourceState = { read: true };
  groupState: SourceState = { read: true };
}

/** What an item needs looked up before its facets can be built. */
export interface Needs {
  buckets: string[];
  /** Security group ids in the item's region. */
  securityGroups: string[];
}
