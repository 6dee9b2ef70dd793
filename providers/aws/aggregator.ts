/**
 * A whole organisation through an AWS Config aggregator: advanced queries
 * (SelectAggregateResourceConfig, 100 rows a page; advanced-query.ts).
 *
 * 1. The aggregator's source status, every source: accounts/regions whose last collection failed
 *    are reported (their data may be missing), so the scan says it is incomplete; outdated ones are
 *    warned about; the status decides where the account-level controls can be judged
 *    (aggregator-controls.ts), with Amazon Inspector's status of the accounts, 10 a call per region.
 * 2. One GROUP BY query gives the accounts and regions holding the types cldscan reads.
 * 3. Per account (at most --concurrency at once): its KMS keys, policies, groups and trails; its
 *    managed rule results (GetAggregateComplianceDetailsByConfigRule); then every region's other
 *    resources as parallel queries; then its GuardDuty detectors, Security Hub hubs and recorders;
 *    then the held-back items with their lookups; then the root user.
 * The account whose credentials run the scan also gets its IAM credential report, CloudWatch log
 * groups and trail status; other accounts' are known only through the rules' results.
 */
import { DescribeAggregateComplianceByConfigRulesCommand, DescribeConfigurationAggregatorSourcesStatusCommand, GetAggregateComplianceDetailsByConfigRuleCommand } from '@aws-sdk/client-config-service';
import { AccountRun, call, pageGuard, ruleFromName, type Env } from './account-run.js';
import { advancedQuery, COLUMNS, lookupFailed, lookUp, quote, type Select } from './advanced-query.js';
import { Deadline } from '../../src/live/guard.js';
import { limitsOf } from '../../src/live/source.js';
import { describeError, isAccessDenied } from './clients.js';
import { decodeJsonText, isRecord, normaliseItem, type ConfigItem } from './ci.js';
import { runAll } from './flow.js';
import { inShard } from '../../src/live/shard.js';
import { AGGREGATOR_CONTROL_TYPES, regionsFromAggregator, SourceStatuses } from './aggregator-controls.js';
import { INSPECTOR_BATCH, readInspectorStatus } from './inspector-status.js';
import { DEFERRED_TYPES, KNOWN_TYPES, PREREQUISITE_TYPES, READ_TYPES, unreadTypesNote } from './model.js';
import { identify } from './single-account.js';
import type { InspectorRead, ManagedRule } from './facts.js';

export async function readAggregator(env: Env, aggregator: string, region: string): Promise<void> {
  const { ctx } = env;
  const client = env.clients.config(region);
  // Until the accounts are known, the deadline is the aggregator's; then each account has its own.
  env.deadline.unit = `AWS Config aggregator ${aggregator}`;
  const id = await identify(env, region);
  const who = 'error' in id ? undefined : id;
  if ('error' in id) ctx.notify({ level: 'warning', message: `could not identify the scanning account (sts:GetCallerIdentity: ${id.error}): its IAM credential report, log groups and trail status are not read`, scope: 'aws' });

  const select = advancedQuery(client, aggregator);

  // 1. Every source's last collection: failed, outdated or succeeded.
  const statuses = new SourceStatuses();
  try {
    let token: string | undefined;
    const pages = pageGuard(env, `the source status of aggregator ${aggregator}`);
    do {
      const page = await call(env, (o) => client.send(new DescribeConfigurationAggregatorSourcesStatusCommand({ ConfigurationAggregatorName: aggregator, Limit: 100, ...(token ? { NextToken: token } : {}) }), o));
      for (const s of page.AggregatedSourceStatusList ?? []) statuses.add(s);
      token = pages.next(page.NextToken);
    } while (token);
  } catch (err) {
    if (!isAccessDenied(err)) {
      ctx.notify({ level: 'error', message: `AWS Config aggregator ${aggregator} in ${region} could not be read: ${describeError(err)}`, scope: 'aws' });
      return;
    }
    statuses.unread = `the aggregator's source status could not be read: ${describeError(err)}`;
    ctx.notify({ level: 'warning', message: `${statuses.unread}: accounts whose collection failed cannot be reported, and no account-level control is judged from the aggregator`, scope: 'aws' });
  }

  // 2. Accounts and regions.
  const partitions = new Map<string, Set<string>>();
  try {
    await select(env, `the accounts and regions of aggregator ${aggregator}`, `SELECT accountId, awsRegion, COUNT(*) WHERE resourceType IN (${quote(READ_TYPES)}) GROUP BY accountId, awsRegion`, async (row) => {
      const r = decodeJsonText(row);
      if (!isRecord(r) || typeof r.accountId !== 'string' || typeof r.awsRegion !== 'string') return;
      let s = partitions.get(r.accountId);
      if (!s) partitions.set(r.accountId, (s = new Set()));
      s.add(r.awsRegion);
    });
  } catch (err) {
    ctx.notify({ level: 'error', message: `AWS Config aggregator ${aggregator} in ${region} could not be queried: ${describeError(err)}; nothing was read`, scope: 'aws' });
    return;
  }
  // Types the aggregator holds that no adapter reads, per account and region: named in a note, never judged.
  const unread = new Map<string, Map<string, Set<string>>>();
  try {
    await select(env, `the resource types of aggregator ${aggregator}`, `SELECT accountId, awsRegion, resourceType, COUNT(*) WHERE resourceType NOT IN (${quote(KNOWN_TYPES)}) GROUP BY accountId, awsRegion, resourceType`, async (row) => {
      const r = decodeJsonText(row);
      if (!isRecord(r) || typeof r.accountId !== 'string' || typeof r.awsRegion !== 'string' || typeof r.resourceType !== 'string') return;
      const types = unread.get(r.accountId) ?? unread.set(r.accountId, new Map()).get(r.accountId)!;
      (types.get(r.resourceType) ?? types.set(r.resourceType, new Set()).get(r.resourceType)!).add(r.awsRegion);
    });
  } catch (err) {
    ctx.notify({ level: 'warning', message: `the resource types of aggregator ${aggregator} could not be listed (${describeError(err)}): types no adapter reads are not named`, scope: 'aws' });
  }
  const all = [...new Set([...partitions.keys(), ...statuses.listedAccounts()])].filter((a) => /^\d{12}$/.test(a)).sort();
  // --shard i/n: this job reads its share of the accounts (a stable hash of each id), the rest are left to the others.
  const accounts = all.filter((a) => inShard(a, ctx.shard));
  if (ctx.shard && accounts.length < all.length) {
    ctx.notify({ level: 'note', message: `shard ${ctx.shard.index}/${ctx.shard.count}: ${accounts.length} of the aggregator's ${all.length} account(s) read here`, scope: 'aws' });
  }

  const inspector = await readInspector(env, accounts, partitions, statuses);
  env.deadline.dispose();

  // 3. Accounts, each within its own deadline.
  await runAll(accounts, ctx.concurrency, async (account) => {
    const deadline = new Deadline(limitsOf(ctx).deadlineMs, `AWS account ${account}`, env.signal);
    try {
      await readAccount({ ...env, deadline }, account);
    } finally {
      deadline.dispose();
    }
  });

  async function readAccount(env: Env, account: string): Promise<void> {
    const run = new AccountRun(env, account, account === who?.account, who?.partition);
    ctx.covered(run.category);
    for (const f of statuses.notSucceeded(account, 'FAILED')) {
      run.error(`the aggregator's last collection from region ${f.region} failed (${f.code ?? 'unknown error'}): resources there may be missing or out of date`, `${run.category}/${f.region}`);
    }
    const outdated = statuses.notSucceeded(account, 'OUTDATED');
    if (outdated.length) {
      run.warn(`the aggregator's data from ${outdated.map((o) => `${o.region} (last collected ${o.at?.toISOString() ?? 'at an unknown time'})`).join(', ')} is not the latest: resources there may be out of date, and the account-level controls there are not judged`);
    }
    const note = unreadTypesNote(unread.get(account) ?? new Map());
    if (note) ctx.notify({ level: 'note', message: note, scope: run.category, category: run.category });
    const regions = [...(partitions.get(account) ?? [])].sort();
    try {
      await select(
        env,
        `KMS keys, IAM policies, groups and trails of account ${account}`,
        `SELECT ${COLUMNS} WHERE accountId = '${account}' AND resourceType IN (${quote([...PREREQUISITE_TYPES, ...DEFERRED_TYPES])})`,
        (row) => run.take(row, `${run.category}/prerequisites`),
        run.category,
      );
    } catch (err) {
      run.error(`KMS keys, IAM policies, groups and trails could not be read: ${describeError(err)}; nothing of this account was judged`);
      ctx.progress.finish(run.category, 'failed');
      run.reportDeadline();
      return;
    }
    await readRuleResults(env, client, aggregator, run);
    if (run.caller) await Promise.all([run.readCredentialReport(region), run.readPasswordPolicy(region)]);
    await run.finishGroups();

    const others = READ_TYPES.filter((t) => !(PREREQUISITE_TYPES as readonly string[]).includes(t) && !(DEFERRED_TYPES as readonly string[]).includes(t));
    let incomplete = false;
    await runAll(regions, ctx.concurrency, async (r) => {
      const scope = `${run.category}/${r}`;
      const tasks: Array<Promise<void>> = [];
      tasks.push(
        select(env, `resources of account ${account} in ${r}`, `SELECT ${COLUMNS} WHERE accountId = '${account}' AND awsRegion = '${r}' AND resourceType IN (${quote(others)})`, (row) => run.take(row, scope), scope).catch((err: unknown) => {
          incomplete = true;
          run.error(`resources in ${r} could not be read completely: ${describeError(err)}; those not yet read were not judged`, scope);
        }),
      );
      if (r !== 'global') tasks.push(run.readLogGroups(r));
      await Promise.all(tasks);
      ctx.progress.finish(scope, 'done');
    });

    await readControls(env, run, regions);
    run.reportLogGaps();
    await lookups(run, select);
    await run.finishDeferred();
    await run.emitRoot();
    run.reportDeadline();
    ctx.progress.finish(run.category, incomplete || env.deadline.expired ? 'incomplete' : 'done');
  }

  /** The account's regional controls, as far as the aggregator shows them (aggregator-controls.ts); none judged when its items could not be read. */
  async function readControls(env: Env, run: AccountRun, dataRegions: readonly string[]): Promise<void> {
    const items: ConfigItem[] = [];
    try {
      await select(env, `GuardDuty detectors, Security Hub hubs and recorders of account ${run.account}`, `SELECT ${COLUMNS} WHERE accountId = '${run.account}' AND resourceType IN (${quote(AGGREGATOR_CONTROL_TYPES)})`, async (row) => {
        const item = normaliseItem(row);
        if (typeof item !== 'string') items.push(item);
      });
    } catch (err) {
      run.error(`GuardDuty detectors, Security Hub hubs and recorders could not be read: ${describeError(err)}; the account-level controls of its regions were not judged`, `${run.category}/controls`);
      return;
    }
    const reads = inspector.get(run.account) ?? new Map<string, { state: InspectorRead; failure?: unknown }>();
    const regions = [...dataRegions, ...statuses.regionsOf(run.account), ...items.flatMap((i) => (i.awsRegion ? [i.awsRegion] : []))];
    const judged = regionsFromAggregator(run.account, regions, statuses, items, new Map([...reads].map(([r, x]) => [r, x.state])));
    for (const [r, inv] of judged) run.facts.regionsRead.set(r, inv);
    const unread = [...reads].filter(([r, x]) => judged.has(r) && 'unread' in x.state);
    if (unread.length) {
      // One warning for the account: the first reason, and the other regions (one reason, ACCESS_DENIED, when the caller is not Inspector's delegated administrator).
      const [first, ...rest] = unread.map(([r, x]) => ({ region: r, why: 'unread' in x.state ? x.state.unread : '' }));
      const others = rest.length ? `, and in ${rest.map((x) => x.region).join(', ')}` : '';
      run.warn(`${first!.why}${others}: its vulnerability scanning there stays unknown`, `${run.category}/inspector`, unread.find(([, x]) => x.failure)?.[1].failure);
    }
  }
}

/** Amazon Inspector's status of every account read, per region it may be judged in (FAILED sources left out), 10 accounts a call. */
async function readInspector(env: Env, accounts: readonly string[], partitions: ReadonlyMap<string, ReadonlySet<string>>, statuses: SourceStatuses): Promise<Map<string, Map<string, { state: InspectorRead; failure?: unknown }>>> {
  const out = new Map(accounts.map((a) => [a, new Map<string, { state: InspectorRead; failure?: unknown }>()]));
  const byRegion = new Map<string, string[]>();
  for (const a of accounts) {
    for (const r of new Set([...(partitions.get(a) ?? []), ...statuses.regionsOf(a)])) {
      if (r === 'global' || statuses.of(a, r)?.status === 'FAILED') continue;
      (byRegion.get(r) ?? byRegion.set(r, []).get(r)!).push(a);
    }
  }
  const batches = [...byRegion].flatMap(([r, list]) => Array.from({ length: Math.ceil(list.length / INSPECTOR_BATCH) }, (_, i) => ({ region: r, accounts: list.slice(i * INSPECTOR_BATCH, (i + 1) * INSPECTOR_BATCH) })));
  await runAll(batches, env.ctx.concurrency, async ({ region, accounts: batch }) => {
    const { states, failure } = await readInspectorStatus(env, region, batch);
    for (const [a, state] of states) out.get(a)?.set(region, { state, ...(failure ? { failure } : {}) });
  });
  return out;
}

/** The held-back items' buckets (anywhere in the organisation) and security groups (in their account). */
async function lookups(run: AccountRun, select: Select): Promise<void> {
  const { buckets, groups } = run.wanted();
  try {
    await lookUp(select, run, 'the buckets looked up', `resourceType = 'AWS::S3::Bucket'`, buckets);
    if (buckets.some((b) => !run.lookups.buckets.has(b))) run.lookups.bucketState = { read: false, why: 'not recorded by any account of the aggregator' };
    await lookUp(select, run, 'the security groups looked up', `resourceType = 'AWS::EC2::SecurityGroup' AND accountId = '${run.account}'`, [...new Set([...groups.values()].flat())]);
  } catch (err) {
    lookupFailed(run, err);
  }
}

/**
 * The managed rules' results for one account, through the aggregator. Rules are recognised by
 * name (conformance packs and Security Hub keep the identifier in it); a rule's parameters are not
 * visible through the aggregator, so a log group rule's threshold stays unknown.
 */
async function readRuleResults(env: Env, client: ReturnType<Env['clients']['config']>, aggregator: string, run: AccountRun): Promise<void> {
  try {
    const rows: Array<{ name: string; rule: ManagedRule; region: string }> = [];
    let token: string | undefined;
    const pages = pageGuard(env, `rule compliance of account ${run.account}`);
    do {
      const page = await call(env, (o) =>
        client.send(new DescribeAggregateComplianceByConfigRulesCommand({ ConfigurationAggregatorName: aggregator, Filters: { AccountId: run.account }, Limit: 1000, ...(token ? { NextToken: token } : {}) }), o),
      );
      for (const r of page.AggregateComplianceByConfigRules ?? []) {
        const rule = r.ConfigRuleName ? ruleFromName(r.ConfigRuleName) : undefined;
        if (rule && r.AwsRegion) rows.push({ name: r.ConfigRuleName!, rule, region: r.AwsRegion });
      }
      token = pages.next(page.NextToken);
    } while (token);
    for (const row of rows) {
      run.facts.rulesDeployed.add(row.rule);
      if (row.rule === 'CW_LOGGROUP_RETENTION_PERIOD_CHECK') run.ruleRegions.add(row.region);
      let next: string | undefined;
      const results = pageGuard(env, `results of Config rule ${row.name} for account ${run.account} in ${row.region}`);
      do {
        const page = await call(env, (o) =>
          client.send(
            new GetAggregateComplianceDetailsByConfigRuleCommand({ ConfigurationAggregatorName: aggregator, ConfigRuleName: row.name, AccountId: run.account, AwsRegion: row.region, Limit: 100, ...(next ? { NextToken: next } : {}) }),
            o,
          ),
        );
        for (const e of page.AggregateEvaluationResults ?? []) {
          const q = e.EvaluationResultIdentifier?.EvaluationResultQualifier;
          if (!q?.ResourceId || (e.ComplianceType !== 'COMPLIANT' && e.ComplianceType !== 'NON_COMPLIANT')) continue;
          run.facts.addRuleResult(q.ResourceId, { rule: row.rule, ruleName: row.name, compliance: e.ComplianceType, region: row.region });
        }
        next = results.next(page.NextToken);
      } while (next);
    }
    run.facts.settleRulesState(undefined);
  } catch (err) {
    const why = `the aggregator's rule results could not be read (${describeError(err)})`;
    run.facts.settleRulesState(why);
    run.warn(`${why}: MFA and log group retention stay unknown where no other source applies`, `${run.category}/rules`, err);
  }
}
