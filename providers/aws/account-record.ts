/**
 * The account as `--inventory-out` keeps it: one `AWS::::Account` record holding the facts a live
 * scan reads outside AWS Config (the IAM credential report's rows, the password policy, managed
 * rule results, trail status, Amazon Inspector's status per region, and whether each could be
 * read), so that an offline rescan of the file judges the root user, the password policy, IAM
 * users' credentials, trails and the account-level controls as the live scan did. Nothing secret:
 * the report's flags and dates, verdicts, rule results.
 */
import type { PasswordPolicyFacet } from '../../src/model/facets.js';
import type { Resource } from '../../src/model/resource.js';
import { accountPasswordPolicy, rootCredential } from './credentials.js';
import type { AccountFacts, CredentialRow, ManagedRule, RegionInventory, RuleResult, SourceState, TrailList, TrailStatus } from './facts.js';
import { regionalControls, trailCoverage } from './account-controls.js';
import { rootIdentity } from './identity.js';

export const ACCOUNT_TYPE = 'AWS::::Account';

/** The key of the facts in the record's configuration. */
const FACTS = 'cldscanAccountFacts';

interface FactsRecord {
  credentialReport?: Array<[string, CredentialRow]>;
  rootCredentials?: CredentialRow;
  credentialState: SourceState;
  passwordPolicy?: PasswordPolicyFacet;
  passwordPolicyState: SourceState;
  rules: RuleResult[];
  rulesDeployed: ManagedRule[];
  rulesState: SourceState;
  trails: Array<[string, TrailStatus]>;
  trailState: SourceState;
  /** The regions read whole, for the account-level controls (absent from files written before they were kept: those stay unjudged). */
  regionsRead?: Array<[string, RegionInventory]>;
  trailList?: TrailList | { unread: string };
}

/**
 * The account's resource (root user, password policy, trail coverage) and its inventory record, with
 * the resources of its regional controls (account-controls.ts), which the record's facts rebuild.
 */
export function accountItem(facts: AccountFacts, partition: string, source: Resource['source']): { resource: Resource; raw: Record<string, unknown>; derived: Resource[] } {
  const arn = `arn:${partition}:iam::${facts.accountId}:root`;
  const identity = rootIdentity(facts);
  const credential = rootCredential(facts);
  const passwordPolicy = accountPasswordPolicy(facts);
  const record: FactsRecord = {
    ...(facts.credentialReport ? { credentialReport: [...facts.credentialReport] } : {}),
    ...(facts.rootCredentials ? { rootCredentials: facts.rootCredentials } : {}),
    credentialState: facts.credentialState,
    ...(facts.passwordPolicy ? { passwordPolicy: facts.passwordPolicy } : {}),
    passwordPolicyState: facts.passwordPolicyState,
    rules: [...facts.rules.values()].flatMap((m) => [...m.values()]),
    rulesDeployed: [...facts.rulesDeployed],
    rulesState: facts.rulesState,
    trails: [...facts.trails],
    trailState: facts.trailState,
    regionsRead: [...facts.regionsRead],
    trailList: facts.trailList,
  };
  return {
    resource: { id: arn, provider: 'aws', nativeType: ACCOUNT_TYPE, region: 'global', source, facets: { identity, credential, passwordPolicy, auditTrail: trailCoverage(facts) } },
    derived: regionalControls(facts, arn, source),
    raw: {
      resourceType: ACCOUNT_TYPE,
      accountId: facts.accountId,
      resourceId: facts.accountId,
      arn,
      awsRegion: 'global',
      configuration: {
        rootMfa: identity.mfa,
        rootAccessKeys: credential.rootAccessKeys ?? 'unknown',
        passwordPolicy: { minLength: passwordPolicy.minLength ?? null, characterClasses: passwordPolicy.characterClasses, reusePrevention: passwordPolicy.reusePrevention ?? null, maxAgeDays: passwordPolicy.maxAgeDays ?? null },
        [FACTS]: record,
      },
    },
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isState = (v: unknown): v is SourceState => isRecord(v) && (v.read === true || (v.read === false && typeof v.why === 'string'));

/**
 * Puts back into `facts` what an account record holds; false when the record carries no facts (a
 * file written before they were kept, or edited), which leaves them unknown as for any file.
 */
export function restoreFacts(facts: AccountFacts, configuration: unknown): boolean {
  const r = isRecord(configuration) ? configuration[FACTS] : undefined;
  if (!isRecord(r)) return false;
  if (Array.isArray(r.credentialReport)) facts.credentialReport = new Map(r.credentialReport as Array<[string, CredentialRow]>);
  if (isRecord(r.rootCredentials)) facts.rootCredentials = r.rootCredentials as unknown as CredentialRow;
  if (isState(r.credentialState)) facts.credentialState = r.credentialState;
  if (isRecord(r.passwordPolicy)) facts.passwordPolicy = r.passwordPolicy as unknown as PasswordPolicyFacet;
  if (isState(r.passwordPolicyState)) facts.passwordPolicyState = r.passwordPolicyState;
  for (const x of Array.isArray(r.rules) ? (r.rules as RuleResult[]) : []) {
    if (!isRecord(x) || typeof x.resourceId !== 'string') continue;
    const { resourceId, ...result } = x;
    facts.addRuleResult(resourceId, result);
  }
  for (const d of Array.isArray(r.rulesDeployed) ? (r.rulesDeployed as ManagedRule[]) : []) facts.rulesDeployed.add(d);
  if (isState(r.rulesState)) facts.rulesState = r.rulesState;
  for (const [arn, status] of Array.isArray(r.trails) ? (r.trails as Array<[string, TrailStatus]>) : []) facts.trails.set(arn, status);
  if (isState(r.trailState)) facts.trailState = r.trailState;
  for (const [region, inv] of Array.isArray(r.regionsRead) ? (r.regionsRead as Array<[string, RegionInventory]>) : []) {
    if (typeof region !== 'string' || !isRecord(inv) || !Array.isArray(inv.present) || !isRecord(inv.recorder)) continue;
    // An edited Inspector state is left unjudged rather than misread.
    const inspector = isRecord(inv.inspector) && (typeof inv.inspector.unread === 'string' || ['ec2', 'ecr'].every((t) => ['string', 'undefined'].includes(typeof (inv.inspector as Record<string, unknown>)[t]))) ? { inspector: inv.inspector } : {};
    facts.regionsRead.set(region, { recorder: inv.recorder, present: inv.present, ...inspector });
  }
  if (isRecord(r.trailList) && (typeof r.trailList.unread === 'string' || (Array.isArray(r.trailList.multiRegion) && Array.isArray(r.trailList.singleRegion)))) facts.trailList = r.trailList as unknown as TrailList;
  return true;
}
