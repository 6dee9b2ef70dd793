/**
 * Audit trails and log stores (the `auditTrail` and `logStore` facets): CloudTrail trails from
 * their Config items, with whether they are logging (CloudTrail GetTrailStatus / GetEventSelectors)
 * and how long their bucket keeps the logs (the bucket's lifecycle rules, from its own Config item,
 * looked up by name); CloudWatch log groups, which are not Config resources, from
 * DescribeLogGroups or the CW_LOGGROUP_RETENTION_PERIOD_CHECK rule results.
 */
import { allOf, type AuditTrailFacet, type Evidence, type LogStoreFacet, type Truth } from '../../src/model/facets.js';
import { conf, isRecord, list, num, supp, text, truthy, type ConfigItem } from './ci.js';
import { ev, type BuildContext } from './context.js';
import { ruleEvidence, type BucketFacts, type ExpiryRule, type Needs, type RuleResult } from './facts.js';
import { objectLockOf } from './log-protection.js';
import { s3SupplementCaptured } from './storage.js';

/**
 * CloudTrail trail: multi-region and log file validation from the item; all services are covered
 * when global service events are included, management events are recorded for every source and
 * the trail is logging — which the item does not say (GetTrailStatus does).
 */
function trail(ctx: BuildContext): AuditTrailFacet {
  const { item } = ctx;
  const multi = conf(item, 'isMultiRegionTrail');
  const validation = conf(item, 'logFileValidationEnabled');
  const global = conf(item, 'includeGlobalServiceEvents');
  const custom = conf(item, 'hasCustomEventSelectors');
  const arn = trailArn(item);
  const status = arn ? ctx.facts.trails.get(arn) : undefined;
  const evidence: Evidence[] = [ev(multi), ev(validation), ev(global)];
  let logging: Truth = 'unknown';
  let management: Truth = truthy(custom) === 'no' ? 'yes' : 'unknown';
  if (status) {
    logging = status.isLogging;
    if (truthy(custom) !== 'no') management = status.allManagementEvents;
    evidence.push(...status.evidence);
  } else {
    evidence.push({ path: 'GetTrailStatus.IsLogging', value: null, note: ctx.facts.trailState.read ? 'trail status not returned' : ctx.facts.trailState.why });
  }
  if (truthy(custom) === 'no') evidence.push(ev(custom));
  return {
    label: 'CloudTrail trail',
    multiRegion: truthy(multi) ?? 'unknown',
    integrityValidation: truthy(validation) ?? 'unknown',
    coversAllServices: allOf([truthy(global) ?? 'unknown', logging, management]),
    evidence,
  };
}

export function trailArn(item: ConfigItem): string | undefined {
  return text(conf(item, 'trailARN')) ?? item.arn;
}

/** Lifecycle rules of a bucket item (Config writes the S3 Java SDK shape: `expirationInDays` -1 when unset, `filter.predicate`). */
export function bucketFacts(item: ConfigItem): BucketFacts {
  const base = { region: item.awsRegion, account: item.accountId, objectLock: objectLockOf(item) };
  const lc = supp(item, 'BucketLifecycleConfiguration');
  if (lc.value === undefined) return { ...base, lifecycle: s3SupplementCaptured(item) ? [] : 'unknown' };
  const rules = list(supp(item, 'BucketLifecycleConfiguration.rules'));
  if (!rules) return { ...base, lifecycle: 'unknown' };
  return {
    ...base,
    lifecycle: rules.map((r, i): ExpiryRule => {
      const path = `supplementaryConfiguration.BucketLifecycleConfiguration.rules[${i}]`;
      if (!isRecord(r)) return { enabled: 'unknown', prefix: undefined, tagged: false, days: 'unknown', evidence: { path } };
      const status = typeof r.status === 'string' ? r.status : undefined;
      const daysRaw = typeof r.expirationInDays === 'number' ? r.expirationInDays : undefined;
      const days = daysRaw !== undefined && daysRaw > 0 ? daysRaw : r.expirationDate ? 'unknown' : undefined;
      const predicate = isRecord(r.filter) && isRecord(r.filter.predicate) ? r.filter.predicate : undefined;
      let prefix: string | undefined = typeof r.prefix === 'string' ? r.prefix : '';
      let tagged = false;
      if (predicate) {
        const type = String(predicate.type ?? '');
        if (type === 'LifecyclePrefixPredicate') prefix = typeof predicate.prefix === 'string' ? predicate.prefix : '';
        else if (type === 'LifecycleTagPredicate') tagged = true;
        else if (type === 'LifecycleAndOperator') {
          const operands = Array.isArray(predicate.operands) ? predicate.operands.filter(isRecord) : [];
          tagged = operands.some((o) => o.type === 'LifecycleTagPredicate');
          const p = operands.find((o) => o.type === 'LifecyclePrefixPredicate');
          prefix = p && typeof p.prefix === 'string' ? p.prefix : '';
        } else prefix = undefined;
      }
      return {
        enabled: status === 'Enabled' ? 'yes' : status === 'Disabled' ? 'no' : 'unknown',
        prefix,
        tagged,
        days,
        evidence: { path: `${path}.expirationInDays`, ...(typeof days === 'number' ? { value: days } : {}) },
      };
    }),
  };
}

/**
 * How long the trail's objects stay in its bucket: the shortest expiration among enabled rules whose
 * prefix overlaps the trail's (`<s3KeyPrefix>/AWSLogs/…`); a rule that may apply with an unknown or
 * shorter term leaves it unknown. No expiring rule: kept until deleted.
 */
function trailBucket(ctx: BuildContext): LogStoreFacet {
  const base = { kind: 'trail-bucket' as const, label: 'CloudTrail trail bucket' };
  const nameF = conf(ctx.item, 's3BucketName');
  const name = text(nameF);
  const found = name ? ctx.lookups.buckets.get(name) : undefined;
  if (!name || !found || found === 'not-found' || found.lifecycle === 'unknown') {
    const why = !name ? 'no bucket in the item' : !found || found === 'not-found' ? `bucket not in the Config inventory read${ctx.lookups.bucketState.read ? '' : ` (${ctx.lookups.bucketState.why})`}` : 'the bucket item has no supplementary configuration';
    return { ...base, retentionDays: 'unknown', evidence: [{ path: nameF.path, note: why }], settle: 'the lifecycle configuration of the S3 bucket the trail writes to' };
  }
  const prefixF = conf(ctx.item, 's3KeyPrefix');
  const trailKey = text(prefixF) ? `${text(prefixF)}/AWSLogs/` : 'AWSLogs/';
  let definite: number | 'forever' = 'forever';
  let definiteEvidence: Evidence[] = [];
  const doubtful: Evidence[] = [];
  for (const rule of found.lifecycle) {
    if (rule.enabled === 'no' || rule.tagged || rule.days === undefined) continue;
    const applies = rule.prefix === undefined ? 'unknown' : rule.prefix === '' || trailKey.startsWith(rule.prefix) || rule.prefix.startsWith(trailKey) ? 'yes' : 'no';
    if (applies === 'no') continue;
    if (applies === 'yes' && rule.enabled === 'yes' && typeof rule.days === 'number') {
      if (definite === 'forever' || rule.days < definite) {
        definite = rule.days;
        definiteEvidence = [{ ...rule.evidence, from: name }];
      }
    } else doubtful.push({ ...rule.evidence, from: name, note: 'may apply to the trail logs' });
  }
  const shorterDoubt = doubtful.filter((e) => definite === 'forever' || typeof e.value !== 'number' || e.value < definite);
  const bucketEvidence: Evidence = { path: nameF.path, note: 'trail bucket' };
  if (shorterDoubt.length) {
    return { ...base, retentionDays: 'unknown', evidence: [bucketEvidence, ...definiteEvidence, ...shorterDoubt], settle: 'which lifecycle rules of the trail bucket expire the trail logs' };
  }
  return {
    ...base,
    retentionDays: definite,
    evidence: definiteEvidence.length
      ? [bucketEvidence, ...definiteEvidence]
      : [bucketEvidence, { path: 'supplementaryConfiguration.BucketLifecycleConfiguration', from: name, value: null, note: 'no expiring lifecycle rule' }],
  };
}

export function trailNeeds(item: ConfigItem): Needs {
  const name = text(conf(item, 's3BucketName'));
  return { buckets: name ? [name] : [], securityGroups: [] };
}

export const AUDIT_TRAIL: Readonly<Record<string, (ctx: BuildContext) => AuditTrailFacet | undefined>> = {
  'AWS::CloudTrail::Trail': trail,
};

export const LOG_STORE: Readonly<Record<string, (ctx: BuildContext) => LogStoreFacet | undefined>> = {
  'AWS::CloudTrail::Trail': trailBucket,
};

/** A log group as DescribeLogGroups returns it: no `retentionInDays` means events never expire. */
export function logGroupStore(retentionInDays: unknown): LogStoreFacet {
  const base = { kind: 'log-group' as const, label: 'CloudWatch log group' };
  const n = num({ value: retentionInDays, path: 'retentionInDays' });
  // Present, but not a number of days (`"NaN"`, `"Infinity"`): not "never expires".
  if (n === undefined && retentionInDays !== undefined && retentionInDays !== null) {
    return { ...base, retentionDays: 'unknown', evidence: [{ path: 'retentionInDays', note: 'not a number of days' }], settle: 'a retentionInDays that is a number of days' };
  }
  if (n === undefined || n === 0) return { ...base, retentionDays: 'forever', evidence: [{ path: 'retentionInDays', value: null, note: 'not set: events never expire' }] };
  return { ...base, retentionDays: n, evidence: [{ path: 'retentionInDays', value: n }] };
}

/**
 * A log group known only from a CW_LOGGROUP_RETENTION_PERIOD_CHECK result: COMPLIANT means at
 * least the rule's MinRetentionTime (or never expire); NON_COMPLIANT means less, by an amount the
 * result does not give. Without the rule's threshold, neither settles anything.
 */
export function logGroupFromRule(r: RuleResult): LogStoreFacet {
  const base = { kind: 'log-group' as const, label: 'CloudWatch log group' };
  const evidence: Evidence[] = [ruleEvidence(r)];
  if (r.compliance === 'COMPLIANT' && r.threshold !== undefined) {
    evidence.push({ path: `configRule.${r.rule}.MinRetentionTime`, value: r.threshold, note: `retention at least ${r.threshold} days (or never expire)` });
    return { ...base, retentionDays: r.threshold, evidence };
  }
  if (r.threshold !== undefined) evidence.push({ path: `configRule.${r.rule}.MinRetentionTime`, value: r.threshold, note: `retention below ${r.threshold} days` });
  return {
    ...base,
    retentionDays: 'unknown',
    evidence,
    settle:
      r.compliance === 'NON_COMPLIANT'
        ? `the retention of the log group (aws logs describe-log-groups): the rule found it below ${r.threshold ?? 'its MinRetentionTime'} days`
        : "the retention of the log group (aws logs describe-log-groups), or the rule's MinRetentionTime parameter",
  };
}
