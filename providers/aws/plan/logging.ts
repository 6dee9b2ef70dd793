/**
 * Log retention and audit trails (the `logStore` and `auditTrail` facets): CloudWatch log groups,
 * and CloudTrail trails with the lifecycle of the S3 bucket they write to.
 */
import { allOf, anyOf, type AuditTrailFacet, type Evidence, type LogStoreFacet, type Truth } from '../../../src/model/facets.js';
import type { Builder, BuilderTable, BuildContext } from '../../terraform/builder-types.js';
import type { TfResource } from '../../terraform/tf-resource.js';
import { bucketConfigs } from './s3.js';
import { evidence, flag, numberOf, settingBlocks, strings, text } from './values.js';
import { setting } from '../../terraform/tf-resource.js';

/** `retention_in_days`: 0 or not set means the log group never expires events. */
const logGroup: Builder<LogStoreFacet> = (r) => {
  const days = setting(r, 'retention_in_days');
  const base = { kind: 'log-group' as const, label: 'CloudWatch log group', evidence: [evidence(r, days)] };
  if (days.state === 'unknown') return { ...base, retentionDays: 'unknown', settle: 'the `retention_in_days` of the log group once applied' };
  const n = numberOf(days);
  // Set, but not a number of days (`"NaN"`, 1e999): not "never expires".
  if (days.state === 'known' && (n === undefined || !Number.isFinite(n))) return { ...base, retentionDays: 'unknown', settle: 'a `retention_in_days` that is a number of days' };
  return { ...base, retentionDays: n === undefined || n === 0 ? 'forever' : n };
};

/** One lifecycle rule, reduced to what matters for the trail's objects. */
interface ExpiryRule {
  enabled: Truth;
  /** The rule's key prefix ('' for all objects), or unknown. */
  prefix: string | undefined;
  /** A tag filter: CloudTrail does not tag its log objects, so such a rule never applies to them. */
  tagged: boolean;
  /** Days after which current objects expire; undefined: the rule does not expire them; 'unknown': not known, or a fixed date. */
  days: number | 'unknown' | undefined;
  evidence: Evidence;
}

function expiryOf(r: TfResource, path: string): ExpiryRule['days'] {
  const exp = settingBlocks(r, path);
  if (exp === 'unknown') return 'unknown';
  const first = exp[0];
  if (!first) return undefined;
  const days = setting(r, `${path}[0].days`);
  if (days.state === 'unknown') return 'unknown';
  if (typeof days.value === 'number' && days.value > 0) return days.value;
  // A date-based expiration (or an unknown date) deletes everything on that day.
  const date = text(r, `${path}[0].date`);
  return date.state === 'unset' ? undefined : 'unknown';
}

/** `aws_s3_bucket_lifecycle_configuration` rules (provider 4+). */
function configurationRules(cfg: TfResource): ExpiryRule[] | 'unknown' {
  const rules = settingBlocks(cfg, 'rule');
  if (rules === 'unknown') return 'unknown';
  return rules.map((_, i) => {
    const p = `rule[${i}]`;
    const status = text(cfg, `${p}.status`);
    const prefixAttr = firstKnown(cfg, [`${p}.filter[0].prefix`, `${p}.filter[0].and[0].prefix`, `${p}.prefix`]);
    const tagged = hasEntries(setting(cfg, `${p}.filter[0].tag`).value) || hasEntries(setting(cfg, `${p}.filter[0].and[0].tags`).value);
    const days = expiryOf(cfg, `${p}.expiration`);
    return {
      enabled: status.state === 'known' ? (status.value === 'Enabled' ? 'yes' : 'no') : 'unknown',
      prefix: prefixAttr,
      tagged,
      days,
      evidence: { path: `${p}.expiration[0].days`, from: cfg.address, ...(typeof days === 'number' ? { value: days } : {}) },
    };
  });
}

/** Inline `lifecycle_rule` blocks of the bucket (provider 3). */
function inlineRules(bucket: TfResource): ExpiryRule[] | 'unknown' {
  const rules = settingBlocks(bucket, 'lifecycle_rule');
  if (rules === 'unknown') return 'unknown';
  return rules.map((_, i) => {
    const p = `lifecycle_rule[${i}]`;
    const enabled = flag(bucket, `${p}.enabled`);
    const days = expiryOf(bucket, `${p}.expiration`);
    return {
      enabled: enabled.truth === 'unset' ? 'unknown' : enabled.truth,
      prefix: firstKnown(bucket, [`${p}.prefix`]),
      tagged: hasEntries(setting(bucket, `${p}.tags`).value),
      days,
      evidence: { path: `${p}.expiration[0].days`, from: bucket.address, ...(typeof days === 'number' ? { value: days } : {}) },
    };
  });
}

/** The first prefix attribute that is set ('' when none is: the rule covers every object); undefined when unknown. */
function firstKnown(r: TfResource, paths: readonly string[]): string | undefined {
  for (const path of paths) {
    const a = setting(r, path);
    if (a.state === 'unknown') return undefined;
    if (a.state === 'known' && typeof a.value === 'string' && a.value !== '') return a.value;
  }
  return '';
}

function hasEntries(v: unknown): boolean {
  if (Array.isArray(v)) return v.some((x) => x !== null && typeof x === 'object' && Object.values(x).some((y) => y !== null && y !== ''));
  return v !== null && typeof v === 'object' && Object.keys(v).length > 0;
}

/**
 * How long the trail's objects stay in its bucket: the shortest expiration among enabled rules
 * whose prefix overlaps the trail's (`<s3_key_prefix>/AWSLogs/…`); a rule that might apply with an
 * unknown or shorter term makes the result unknown. No expiring rule: kept forever.
 */
function trailBucket(trail: TfResource, ctx: BuildContext): LogStoreFacet {
  const base = { kind: 'trail-bucket' as const, label: 'CloudTrail trail bucket' };
  const bucket = ctx.links.targets(trail, 's3_bucket_name', ['aws_s3_bucket'])[0];
  const nameAttr = setting(trail, 's3_bucket_name');
  if (!bucket) {
    return {
      ...base,
      retentionDays: 'unknown',
      evidence: [evidence(trail, nameAttr, { note: 'bucket not in this plan' })],
      settle: 'the lifecycle configuration of the S3 bucket the trail writes to',
    };
  }
  const configs = bucketConfigs(ctx, bucket, 'aws_s3_bucket_lifecycle_configuration');
  const ruleSets = configs.length ? configs.map(configurationRules) : [inlineRules(bucket)];
  if (ruleSets.includes('unknown')) {
    return { ...base, retentionDays: 'unknown', evidence: [{ path: 'rule', from: (configs[0] ?? bucket).address, note: 'lifecycle rules known after apply' }], settle: 'the lifecycle rules of the trail bucket once applied' };
  }
  const prefix = text(trail, 's3_key_prefix');
  const trailKey = prefix.state === 'unknown' ? undefined : prefix.state === 'known' ? `${String(prefix.value)}/AWSLogs/` : 'AWSLogs/';
  let definite: number | 'forever' = 'forever';
  const definiteEvidence: Evidence[] = [];
  const doubtful: Evidence[] = [];
  for (const rule of (ruleSets as ExpiryRule[][]).flat()) {
    if (rule.enabled === 'no' || rule.tagged || rule.days === undefined) continue;
    const applies = rule.prefix === undefined ? 'unknown' : rule.prefix === '' ? 'yes' : trailKey === undefined ? 'unknown' : overlaps(trailKey, rule.prefix) ? 'yes' : 'no';
    if (applies === 'no') continue;
    if (applies === 'yes' && rule.enabled === 'yes' && typeof rule.days === 'number') {
      if (definite === 'forever' || rule.days < definite) {
        definite = rule.days;
        definiteEvidence.splice(0, definiteEvidence.length, rule.evidence);
      }
    } else doubtful.push({ ...rule.evidence, note: 'may apply to the trail logs' });
  }
  const shorterDoubt = doubtful.filter((e) => definite === 'forever' || typeof e.value !== 'number' || e.value < definite);
  const bucketEvidence: Evidence = { path: 's3_bucket_name', from: bucket.address, note: 'trail bucket' };
  if (shorterDoubt.length) {
    return { ...base, retentionDays: 'unknown', evidence: [bucketEvidence, ...definiteEvidence, ...shorterDoubt], settle: 'which lifecycle rules of the trail bucket expire the trail logs' };
  }
  return {
    ...base,
    retentionDays: definite,
    evidence: definiteEvidence.length ? [bucketEvidence, ...definiteEvidence] : [bucketEvidence, { path: 'lifecycle', from: bucket.address, value: null, note: 'no expiring lifecycle rule' }],
  };
}

function overlaps(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/**
 * CloudTrail trail: `is_multi_region_trail` and `enable_log_file_validation` default to false,
 * `include_global_service_events` to true. All services are covered when management events are
 * recorded for every event source, global services (IAM, STS) included, and logging is on.
 */
const trail: Builder<AuditTrailFacet> = (r) => {
  const multi = flag(r, 'is_multi_region_trail');
  const validation = flag(r, 'enable_log_file_validation');
  const coverage = coversAllServices(r);
  return {
    label: 'CloudTrail trail',
    multiRegion: multi.truth === 'unset' ? 'no' : multi.truth,
    integrityValidation: validation.truth === 'unset' ? 'no' : validation.truth,
    coversAllServices: coverage.truth,
    evidence: [evidence(r, multi.attr), evidence(r, validation.attr), ...coverage.evidence],
  };
};

function coversAllServices(r: TfResource): { truth: Truth; evidence: Evidence[] } {
  const logging = flag(r, 'enable_logging');
  const global = flag(r, 'include_global_service_events');
  const ev = [evidence(r, logging.attr), evidence(r, global.attr)];
  const basics: Truth[] = [logging.truth === 'unset' ? 'yes' : logging.truth, global.truth === 'unset' ? 'yes' : global.truth];
  const selectors = managementSelected(r);
  const all: Truth[] = [...basics, selectors.truth];
  const truth = allOf(all);
  return { truth, evidence: [...ev, ...selectors.evidence] };
}

/**
 * Management events: recorded by default (no selector); with basic `event_selector` blocks when
 * one has `include_management_events` (default true); with advanced selectors when one selects
 * `eventCategory = Management` without narrowing `eventSource` (a read-only filter still covers
 * every service).
 */
function managementSelected(r: TfResource): { truth: Truth; evidence: Evidence[] } {
  const advanced = settingBlocks(r, 'advanced_event_selector');
  if (advanced === 'unknown') return { truth: 'unknown', evidence: [{ path: 'advanced_event_selector', note: 'known after apply' }] };
  if (advanced.length > 0) {
    const verdicts: Truth[] = advanced.map((_, i) => advancedSelectsAllManagement(r, `advanced_event_selector[${i}]`));
    const truth = anyOf(verdicts);
    return { truth, evidence: [{ path: 'advanced_event_selector', note: truth === 'yes' ? 'selects all management events' : truth === 'no' ? 'no selector records all management events' : 'selectors known after apply' }] };
  }
  const basic = settingBlocks(r, 'event_selector');
  if (basic === 'unknown') return { truth: 'unknown', evidence: [{ path: 'event_selector', note: 'known after apply' }] };
  if (basic.length === 0) return { truth: 'yes', evidence: [] };
  const verdicts = basic.map((_, i) => flag(r, `event_selector[${i}].include_management_events`));
  const truths: Truth[] = verdicts.map((v) => (v.truth === 'unset' ? 'yes' : v.truth));
  const truth = anyOf(truths);
  return { truth, evidence: verdicts.map((v) => evidence(r, v.attr)) };
}

function advancedSelectsAllManagement(r: TfResource, prefix: string): Truth {
  const fields = settingBlocks(r, `${prefix}.field_selector`);
  if (fields === 'unknown') return 'unknown';
  let management: Truth = 'no';
  let narrowed = false;
  for (let j = 0; j < fields.length; j++) {
    const field = text(r, `${prefix}.field_selector[${j}].field`);
    if (field.state !== 'known') {
      management = 'unknown';
      continue;
    }
    if (field.value === 'eventCategory') {
      const equals = setting(r, `${prefix}.field_selector[${j}].equals`);
      if (equals.state === 'unknown') management = 'unknown';
      else if (strings(equals).includes('Management') && management === 'no') management = 'yes';
    }
    if (field.value === 'eventSource') narrowed = true;
  }
  return management === 'yes' && narrowed ? 'no' : management;
}

export const loggingTable: BuilderTable = {
  logStore: {
    aws_cloudwatch_log_group: logGroup,
    aws_cloudtrail: (r, ctx) => trailBucket(r, ctx),
  },
  auditTrail: {
    aws_cloudtrail: trail,
  },
};
