/**
 * One account, the regions asked for, through AWS Config's own recorder in each region:
 * GetDiscoveredResourceCounts tells which of the types cldscan reads exist there (and which it does
 * not read, for the note), then each type is one advanced query (SelectResourceConfig, 100 whole
 * items a page: advanced-query.ts), the same path as the aggregator's. ListDiscoveredResources and
 * BatchGetResourceConfig are not used: every type read is one advanced queries support, and a
 * query's rows carry the item whole, tags included, in one call a page.
 *
 * Order, so joins never depend on timing: first, in every region, the types other resources are
 * joined with (KMS keys, IAM policies and groups) and the managed rule results, with the IAM
 * credential report; then every other type and the CloudWatch log groups; last, the few items that
 * need another resource looked up (trails and their buckets, replicating buckets, public databases
 * and their security groups).
 */
import { DescribeConfigRulesCommand, DescribeConfigurationRecordersCommand, DescribeConfigurationRecorderStatusCommand, GetComplianceDetailsByConfigRuleCommand, GetDiscoveredResourceCountsCommand } from '@aws-sdk/client-config-service';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { UserError } from '../../src/errors.js';
import { inShard } from '../../src/live/shard.js';
import { AccountRun, call, isManagedRule, pageGuard, type Env } from './account-run.js';
import { describeError, isSetupError } from './clients.js';
import { runAll } from './flow.js';
import { isPrerequisite, isUnreadType, READ_TYPES, unreadTypesNote } from './model.js';
import { advancedQuery, COLUMNS, lookupFailed, lookUp, type Select } from './advanced-query.js';
import type { InspectorRead, ManagedRule, RegionInventory } from './facts.js';
import { readInspectorStatus } from './inspector-status.js';
import { CONTROL_TYPES, recorderFrom } from './account-controls.js';

/** The account of the credentials (and its partition), or why it could not be told. */
export async function identify(env: Env, region: string): Promise<{ account: string; partition: string } | { error: string }> {
  try {
    const id = await call(env, (o) => env.clients.sts(region).send(new GetCallerIdentityCommand({}), o));
    if (!id.Account) throw new Error('GetCallerIdentity returned no account');
    return { account: id.Account, partition: /^arn:([^:]+):/.exec(id.Arn ?? '')?.[1] ?? 'aws' };
  } catch (err) {
    if (isSetupError(err)) throw new UserError(setupMessage(err));
    return { error: describeError(err) };
  }
}

/**
 * One line for a setup that cannot start: what was tried, and how to authenticate. Worded without
 * `name: value` pairs on credentials, which the redactor of standard error would hide.
 */
function setupMessage(err: unknown): string {
  const said = String((err as Error)?.message ?? err).split('\n')[0]!.replace(/[:=]/g, ' ').slice(0, 200);
  if (/Region is missing/i.test(said)) return 'AWS: no region; give --aws-region, or set AWS_REGION or a region in the AWS profile';
  return (
    'AWS: no credentials found in the standard chain (environment variables, shared profile, SSO, web identity, container and instance roles); ' +
    `sign in with aws sso login and set AWS_PROFILE, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (the SDK said ${said})`
  );
}

export async function readSingleAccount(env: Env, regions: readonly string[]): Promise<void> {
  const { ctx } = env;
  const who = await identify(env, regions[0]!);
  if ('error' in who) {
    ctx.notify({ level: 'error', message: `could not identify the AWS account (sts:GetCallerIdentity: ${who.error}): nothing was read`, scope: 'aws' });
    return;
  }
  if (!inShard(who.account, ctx.shard)) {
    ctx.notify({ level: 'note', message: `AWS account ${who.account} belongs to another shard than ${ctx.shard!.index}/${ctx.shard!.count}: nothing was read`, scope: 'aws' });
    return;
  }
  const run = new AccountRun(env, who.account, true, who.partition);
  env.deadline.unit = `AWS account ${who.account}`;
  ctx.covered(run.category);
  const reader = new RegionReader(env, run);
  const present = new Map<string, string[]>();
  const recorders = new Map<string, RegionInventory['recorder']>();
  const inspectors = new Map<string, InspectorRead>();

  await Promise.all([
    run.readCredentialReport(regions[0]!),
    run.readPasswordPolicy(regions[0]!),
    run.readTrailList(regions[0]!),
    runAll(regions, ctx.concurrency, async (region) => {
      const types = await reader.discoveredTypes(region);
      if (!types) return;
      present.set(region, types);
      const [recorder, inspector] = await Promise.all([reader.recorder(region), reader.inspector(region)]);
      recorders.set(region, recorder);
      inspectors.set(region, inspector);
      await runAll(types.filter(isPrerequisite), types.length, (type) => reader.readType(region, type));
      await reader.readRules(region);
    }),
  ]);
  run.facts.settleRulesState(reader.rulesWhy);
  await run.finishGroups();

  const ok = regions.filter((r) => present.has(r));
  await runAll(ok, ctx.concurrency, async (region) => {
    const types = present.get(region)!.filter((t) => !isPrerequisite(t));
    await Promise.all([...types.map((type) => reader.readType(region, type)), run.readLogGroups(region)]);
    ctx.progress.finish(`${run.category}/${region}`, reader.failedRegions.has(region) ? 'incomplete' : 'done');
  });

  run.reportLogGaps();
  // The account-level controls are judged only in the regions read whole.
  for (const region of ok) {
    if (!reader.failedRegions.has(region)) run.facts.regionsRead.set(region, { recorder: recorders.get(region)!, present: reader.controlTypes.get(region) ?? [], inspector: inspectors.get(region)! });
  }
  reader.reportUnread();
  await reader.lookups(ok);
  await run.finishDeferred();
  await run.emitRoot();
  run.reportDeadline();
}

/** Reads AWS Config in the regions of one account. */
class RegionReader {
  readonly failedRegions = new Set<string>();
  rulesWhy: string | undefined;

  constructor(
    private readonly env: Env,
    private readonly run: AccountRun,
  ) {}

  private scope(region: string): string {
    return `${this.run.category}/${region}`;
  }

  /** The types cldscan reads that the recorder holds in this region; undefined when the region cannot be read at all. */
  async discoveredTypes(region: string): Promise<string[] | undefined> {
    const client = this.env.clients.config(region);
    const types = new Set<string>();
    let token: string | undefined;
    const pages = pageGuard(this.env, `resource counts in ${region}`);
    try {
      do {
        const page = await call(this.env, (o) => client.send(new GetDiscoveredResourceCountsCommand({ limit: 100, ...(token ? { nextToken: token } : {}) }), o));
        for (const c of page.resourceCounts ?? []) if (c.resourceType && (c.count ?? 0) > 0) types.add(c.resourceType);
        token = pages.next(page.nextToken);
      } while (token);
    } catch (err) {
      this.failedRegions.add(region);
      this.run.error(`AWS Config in ${region} could not be read: ${describeError(err)}; no resource of this region was judged`, this.scope(region));
      this.env.ctx.progress.finish(this.scope(region), 'failed');
      return undefined;
    }
    for (const t of types) if (isUnreadType(t)) (this.unread.get(t) ?? this.unread.set(t, new Set()).get(t)!).add(region);
    this.controlTypes.set(region, CONTROL_TYPES.filter((t) => types.has(t)));
    return READ_TYPES.filter((t) => types.has(t));
  }

  /** Resource types the recorder holds that no adapter reads, with their regions: reported, since none of them is judged. */
  readonly unread = new Map<string, Set<string>>();

  reportUnread(): void {
    const message = unreadTypesNote(this.unread);
    if (message) this.env.ctx.notify({ level: 'note', message, scope: this.run.category, category: this.run.category });
  }

  /** Per region, the account-control types the recorder holds resources of (account-controls.ts). */
  readonly controlTypes = new Map<string, string[]>();

  /** The region's configuration recorder: whether it records, and which types (so that a type it records and holds none of is known absent). */
  async recorder(region: string): Promise<RegionInventory['recorder']> {
    const client = this.env.clients.config(region);
    try {
      const [recorders, statuses] = await Promise.all([
        call(this.env, (o) => client.send(new DescribeConfigurationRecordersCommand({}), o)),
        call(this.env, (o) => client.send(new DescribeConfigurationRecorderStatusCommand({}), o)),
      ]);
      return recorderFrom(recorders.ConfigurationRecorders ?? [], statuses.ConfigurationRecordersStatus ?? []);
    } catch (err) {
      const unread = `the configuration recorder of ${region} could not be read (${describeError(err)})`;
      this.run.warn(`${unread}: the account-level controls of the region stay unknown`, `${this.scope(region)}/recorder`, err);
      return { unread };
    }
  }

  /** Amazon Inspector's status of the account in the region (AWS Config does not record it): what it scans, or why that could not be read. */
  async inspector(region: string): Promise<InspectorRead> {
    const { states, failure } = await readInspectorStatus(this.env, region, [this.run.account]);
    const state = states.get(this.run.account)!;
    if ('unread' in state) this.run.warn(`${state.unread}: its vulnerability scanning of the region stays unknown`, `${this.scope(region)}/inspector`, failure);
    return state;
  }

  /**
   * Reads one type with one advanced query (a page is up to 100 whole items: one call, where
   * ListDiscoveredResources then BatchGetResourceConfig took two). Types are queried apart so that
   * their chains of pages run side by side and a type that fails names itself.
   */
  async readType(region: string, type: string): Promise<void> {
    try {
      await this.select(region)(this.env, `${type} in ${region}`, `SELECT ${COLUMNS} WHERE resourceType = '${type}'`, (row) => this.run.take(row, `${this.scope(region)}/${type}`), this.scope(region));
    } catch (err) {
      this.failedRegions.add(region);
      this.run.error(`${type} in ${region} could not be read completely: ${describeError(err)}; the resources of this type not yet read were not judged`, `${this.scope(region)}/${type}`);
    }
  }

  /** The advanced queries of the region's recorder (the global IAM types are in the region that records them). */
  private select(region: string): Select {
    return advancedQuery(this.env.clients.config(region));
  }

  /** Results of the managed rules that stand in for MFA and log group facts, where deployed in this region. */
  async readRules(region: string): Promise<void> {
    const client = this.env.clients.config(region);
    try {
      let token: string | undefined;
      const rules: DeployedRule[] = [];
      const pages = pageGuard(this.env, `Config rules in ${region}`);
      do {
        const page = await call(this.env, (o) => client.send(new DescribeConfigRulesCommand(token ? { NextToken: token } : {}), o));
        for (const r of page.ConfigRules ?? []) {
          const id = r.Source?.Owner === 'AWS' ? r.Source.SourceIdentifier : undefined;
          if (!r.ConfigRuleName || !isManagedRule(id)) continue;
          const rule: DeployedRule = { name: r.ConfigRuleName, id };
          if (id === 'CW_LOGGROUP_RETENTION_PERIOD_CHECK') rule.threshold = minRetention(r.InputParameters);
          if (id === 'IAM_PASSWORD_POLICY') rule.parameters = ruleParameters(r.InputParameters);
          rules.push(rule);
        }
        token = pages.next(page.NextToken);
      } while (token);
      for (const rule of rules) {
        this.run.facts.rulesDeployed.add(rule.id);
        if (rule.id === 'CW_LOGGROUP_RETENTION_PERIOD_CHECK') this.run.ruleRegions.add(region);
        let next: string | undefined;
        const results = pageGuard(this.env, `results of Config rule ${rule.name} in ${region}`);
        do {
          const page = await call(this.env, (o) =>
            client.send(new GetComplianceDetailsByConfigRuleCommand({ ConfigRuleName: rule.name, ComplianceTypes: ['COMPLIANT', 'NON_COMPLIANT'], Limit: 100, ...(next ? { NextToken: next } : {}) }), o),
          );
          for (const e of page.EvaluationResults ?? []) {
            const q = e.EvaluationResultIdentifier?.EvaluationResultQualifier;
            if (!q?.ResourceId || (e.ComplianceType !== 'COMPLIANT' && e.ComplianceType !== 'NON_COMPLIANT')) continue;
            this.run.facts.addRuleResult(q.ResourceId, {
              rule: rule.id,
              ruleName: rule.name,
              compliance: e.ComplianceType,
              region,
              ...(rule.threshold !== undefined ? { threshold: rule.threshold } : {}),
              ...(rule.parameters ? { parameters: rule.parameters } : {}),
            });
          }
          next = results.next(page.NextToken);
        } while (next);
      }
    } catch (err) {
      this.rulesWhy = `Config rule results could not be read in ${region} (${describeError(err)})`;
      this.run.warn(`${this.rulesWhy}: MFA and log group retention fall back to other sources, else stay unknown`, `${this.scope(region)}/rules`, err);
    }
  }

  /** Looks up the buckets (in the first region read that holds each) and security groups (in their item's region) the held-back items need. */
  async lookups(regions: readonly string[]): Promise<void> {
    const { buckets, groups } = this.run.wanted();
    try {
      let missing = buckets;
      for (const region of regions) {
        if (missing.length === 0) break;
        await lookUp(this.select(region), this.run, `the buckets looked up in ${region}`, `resourceType = 'AWS::S3::Bucket'`, missing);
        missing = missing.filter((b) => !this.run.lookups.buckets.has(b));
      }
      if (missing.length) this.run.lookups.bucketState = { read: false, why: 'not recorded by AWS Config in the regions read (another account or region)' };
      for (const [region, ids] of groups) {
        if (regions.includes(region)) await lookUp(this.select(region), this.run, `the security groups looked up in ${region}`, `resourceType = 'AWS::EC2::SecurityGroup'`, ids);
      }
    } catch (err) {
      lookupFailed(this.run, err);
    }
  }
}

/** A managed rule deployed in the region, with the parameters that matter to its results. */
interface DeployedRule {
  name: string;
  id: ManagedRule;
  threshold?: number;
  parameters?: Record<string, string>;
}

/** A managed rule's input parameters as strings (`{}` when none are given: the rule's defaults apply). */
export function ruleParameters(inputParameters: string | undefined): Record<string, string> {
  try {
    const p = inputParameters ? (JSON.parse(inputParameters) as unknown) : {};
    if (p === null || typeof p !== 'object' || Array.isArray(p)) return {};
    return Object.fromEntries(Object.entries(p).filter(([, v]) => v !== null && typeof v !== 'object').map(([k, v]) => [k, String(v)]));
  } catch {
    return {};
  }
}

/** MinRetentionTime of CW_LOGGROUP_RETENTION_PERIOD_CHECK: its parameter, or the rule's documented default of 365 days. */
export function minRetention(inputParameters: string | undefined): number {
  const n = Number(ruleParameters(inputParameters).MinRetentionTime);
  return Number.isFinite(n) && n > 0 ? n : 365;
}
