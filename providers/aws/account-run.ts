/**
 * One account of a live scan: its facts and lookups, the items held back until what they need is
 * known, and the sources outside AWS Config (IAM credential report, CloudWatch log groups,
 * CloudTrail trail status, managed rule results). Both the single-account reader and the
 * aggregator reader drive one of these per account; only how items are fetched differs.
 *
 * Memory per account: KMS key managers, customer managed policy and group verdicts (not their
 * documents), credential report rows (three flags a user), rule results (one per evaluated user and
 * log group), and the few items held back (trails, replicating buckets, public databases). Nothing
 * else is kept after it is evaluated.
 */
import { DescribeTrailsCommand, GetTrailStatusCommand, GetEventSelectorsCommand, type GetEventSelectorsCommandOutput } from '@aws-sdk/client-cloudtrail';
import { DescribeLogGroupsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { GenerateCredentialReportCommand, GetAccountPasswordPolicyCommand, GetCredentialReportCommand } from '@aws-sdk/client-iam';
import { anyOf, type Evidence, type Truth } from '../../src/model/facets.js';
import { limitsOf, type LiveContext, type LiveItem } from '../../src/live/source.js';
import { withRetry } from '../../src/live/pool.js';
import { isIncompleteRead, PageGuard, type Deadline } from '../../src/live/guard.js';
import { canonicalId, conf, normaliseItem, text, truthy, type ConfigItem } from './ci.js';
import { describeError, isAccessDenied, type Clients } from './clients.js';
import { AccountFacts, Lookups, MANAGED_RULES, type CredentialRow, type ManagedRule, type TrailStatus } from './facts.js';
import type { Channel, Limiter } from './flow.js';
import { passwordPolicyFrom } from './credentials.js';
import { accountItem } from './account-record.js';
import { tagsOf } from './tags.js';
import { logGroupFromRule, trailArn } from './logging.js';
import { absorb, absorbGroups, facetsOf, hasNeeds, inventoryRecord, needsOf, toResource } from './model.js';
import { evidenceAt } from '../../src/model/evidence.js';

export interface Env {
  ctx: LiveContext;
  out: Channel<LiveItem>;
  limiter: Limiter;
  clients: Clients;
  pageSize: number;
  /** Aborts when the consumer stops reading (or the scan is interrupted). */
  signal: AbortSignal;
  /** Pages of one listing before it is cut (--max-pages). */
  maxPages: number;
  /** The deadline of the account being read: no call outlives it. */
  deadline: Deadline;
}

/**
 * An answer the SDK could not parse (a proxy's HTML page with status 200): its retry strategy
 * does not retry those, as they look like the service's own answer.
 */
function isUnreadableAnswer(err: unknown): boolean {
  return (err as { name?: string })?.name === 'SyntaxError' || (typeof err === 'object' && err !== null && '$responseBodyText' in err);
}

/**
 * Sends through the call limiter, within the account's deadline; `chain` for the next page of a
 * listing or query. Unreadable answers are retried like the SDK retries the rest (--max-attempts).
 */
export function call<T>(env: Env, send: (opts: { abortSignal: AbortSignal }) => Promise<T>, chain = false): Promise<T> {
  const attempts = limitsOf(env.ctx).maxAttempts;
  const once = () => send({ abortSignal: env.deadline.signal });
  return env.deadline.bound(env.limiter.run(() => withRetry(once, { attempts, baseMs: 200, retryable: isUnreadableAnswer, signal: env.deadline.signal }), chain));
}

/** The guard of one listing's continuation tokens (repeats, page cap). */
export function pageGuard(env: Env, listing: string): PageGuard {
  return new PageGuard(listing, env.maxPages);
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class AccountRun {
  readonly facts: AccountFacts;
  readonly lookups = new Lookups();
  readonly category: string;
  readonly input: string;
  /** Items held back until their lookups are done. */
  readonly deferred: ConfigItem[] = [];
  private readonly groups: ConfigItem[] = [];
  /** Global resources (IAM, trails) already emitted: Config may record them in more than one region. */
  private readonly seenGlobal = new Set<string>();

  constructor(
    readonly env: Env,
    readonly account: string,
    /** The credentials belong to this account: its IAM, CloudWatch Logs and CloudTrail APIs can be called. */
    readonly caller: boolean,
    readonly partition = 'aws',
  ) {
    this.facts = new AccountFacts(account);
    this.category = `aws/${account}`;
    this.input = `live/aws/${account}`;
  }

  error(message: string, scope = this.category): void {
    this.env.ctx.notify({ level: 'error', message, scope, category: this.category });
  }

  /** A fallback or an unknown fact; an error when `cause` cut the read short (deadline, endless listing): the scan is incomplete then. */
  warn(message: string, scope = this.category, cause?: unknown): void {
    this.env.ctx.notify({ level: isIncompleteRead(cause) ? 'error' : 'warning', message, scope, category: this.category });
  }

  /** After the account's reads: one error when its deadline passed, since reads that stopped quietly then are not judged. */
  reportDeadline(): void {
    if (this.env.deadline.expired) this.error(`${this.env.deadline.error().message}: the resources and facts not read by then were not judged`);
  }

  /**
   * A record as Config returned it: prerequisites feed the facts (KMS keys are also resources),
   * groups wait for the policies, items needing a lookup wait for it, the rest is judged now.
   */
  async take(raw: unknown, where: string): Promise<void> {
    const item = normaliseItem(raw);
    if (typeof item === 'string') {
      this.error(`a configuration item could not be read (${item}); it was not judged`, where);
      return;
    }
    if (absorb(item, this.facts) === 'group') {
      this.groups.push(item);
      return;
    }
    if (item.resourceType === 'AWS::IAM::Policy') {
      // Judged through the users, roles and groups it is attached to: kept for an offline rescan.
      this.record(item);
      return;
    }
    if (hasNeeds(needsOf(item))) {
      if (!this.isDuplicate(item)) this.deferred.push(item);
      return;
    }
    await this.emit(item);
  }

  private isDuplicate(item: ConfigItem): boolean {
    if (item.awsRegion !== 'global' && !item.resourceType.startsWith('AWS::IAM::') && item.resourceType !== 'AWS::CloudTrail::Trail') return false;
    const id = canonicalId(item);
    if (this.seenGlobal.has(id)) return true;
    this.seenGlobal.add(id);
    return false;
  }

  async emit(item: ConfigItem): Promise<void> {
    if (this.isDuplicate(item)) return;
    const facets = facetsOf({ item, facts: this.facts, lookups: this.lookups });
    // Tagged resources without a facet still count for environment separation.
    if (Object.keys(facets).length === 0 && !tagsOf(item)) {
      this.record(item);
      return;
    }
    await this.push({ resource: toResource(item, facets, { account: this.account, input: this.input }), raw: inventoryRecord(item) });
  }

  /** An item the scan used but judges nothing from (an IAM policy, a KMS key, a looked-up bucket): kept in --inventory-out. */
  record(item: ConfigItem): void {
    this.env.ctx.record?.(inventoryRecord(item));
  }

  private async push(item: LiveItem): Promise<void> {
    await this.env.out.push(item);
  }

  /** Once every policy of the account is known: groups get their verdicts and are judged. */
  async finishGroups(): Promise<void> {
    absorbGroups(this.groups, this.facts, this.lookups);
    for (const g of this.groups.splice(0)) await this.emit(g);
  }

  /** What the held-back items need looked up: bucket names, and security groups by region. */
  wanted(): { buckets: string[]; groups: Map<string, string[]> } {
    const buckets = new Set<string>();
    const groups = new Map<string, Set<string>>();
    for (const item of this.deferred) {
      const n = needsOf(item);
      n.buckets.forEach((b) => buckets.add(b));
      if (n.securityGroups.length) {
        const region = item.awsRegion ?? '';
        let s = groups.get(region);
        if (!s) groups.set(region, (s = new Set()));
        n.securityGroups.forEach((g) => s.add(g));
      }
    }
    return { buckets: [...buckets], groups: new Map([...groups].map(([r, s]) => [r, [...s]])) };
  }

  /** Judges the held-back items, after their lookups (and, for the caller's trails, their status). */
  async finishDeferred(): Promise<void> {
    const { buckets, groups } = this.wanted();
    for (const b of buckets) if (!this.lookups.buckets.has(b)) this.lookups.buckets.set(b, 'not-found');
    for (const [region, ids] of groups) for (const id of ids) if (!this.lookups.securityGroups.has(`${region}/${id}`)) this.lookups.securityGroups.set(`${region}/${id}`, 'not-found');
    if (this.caller) await this.readTrailStatus();
    for (const item of this.deferred.splice(0)) {
      const facets = facetsOf({ item, facts: this.facts, lookups: this.lookups });
      if (Object.keys(facets).length) await this.push({ resource: toResource(item, facets, { account: this.account, input: this.input }), raw: inventoryRecord(item) });
    }
  }

  /** The account: its root user (MFA, access keys) and its password policy, with the facts an offline rescan needs (account-record.ts). */
  async emitRoot(): Promise<void> {
    await this.push(accountItem(this.facts, this.partition, { origin: 'live', category: this.category, input: this.input, scope: this.account }));
  }

  // ---- IAM account password policy (caller account only) -------------------------------------

  async readPasswordPolicy(region: string): Promise<void> {
    const iam = this.env.clients.iam(region);
    try {
      const r = await call(this.env, (o) => iam.send(new GetAccountPasswordPolicyCommand({}), o));
      this.facts.passwordPolicy = passwordPolicyFrom(r.PasswordPolicy ?? {});
      this.facts.passwordPolicyState = { read: true };
    } catch (err) {
      if ((err as { name?: string })?.name === 'NoSuchEntityException' || (err as { name?: string })?.name === 'NoSuchEntity') {
        this.facts.passwordPolicy = passwordPolicyFrom(undefined);
        this.facts.passwordPolicyState = { read: true };
        return;
      }
      const why = `the account password policy could not be read (${describeError(err)})`;
      this.facts.passwordPolicyState = { read: false, why };
      this.warn(`${why}: it comes from the IAM_PASSWORD_POLICY rule where deployed, else stays unknown`, `${this.category}/iam`, err);
    }
  }

  // ---- IAM credential report (caller account only) -------------------------------------------

  async readCredentialReport(region: string): Promise<void> {
    const iam = this.env.clients.iam(region);
    try {
      for (let i = 0; ; i++) {
        const g = await call(this.env, (o) => iam.send(new GenerateCredentialReportCommand({}), o));
        if (g.State === 'COMPLETE') break;
        if (i >= 20) throw new Error('the credential report was not ready after 20 attempts');
        await delay(Math.min(500 * 2 ** i, 4000));
      }
      const r = await call(this.env, (o) => iam.send(new GetCredentialReportCommand({}), o));
      const csv = r.Content ? Buffer.from(r.Content).toString('utf8') : '';
      const rows = parseCredentialReport(csv);
      this.facts.credentialReport = rows.users;
      this.facts.rootCredentials = rows.root;
      this.facts.credentialState = { read: true };
    } catch (err) {
      const why = `the IAM credential report could not be read (${describeError(err)})`;
      this.facts.credentialState = { read: false, why };
      this.warn(`${why}: IAM users' console access and MFA come from Config rule results where deployed, else stay unknown`, `${this.category}/iam`, err);
    }
  }

  // ---- CloudWatch log groups ------------------------------------------------------------------

  /** Log groups of one region: DescribeLogGroups in the caller's account, else the CW_LOGGROUP_RETENTION_PERIOD_CHECK results. */
  async readLogGroups(region: string): Promise<void> {
    let denied: string | undefined;
    if (this.caller) {
      const logs = this.env.clients.logs(region);
      let token: string | undefined;
      const pages = pageGuard(this.env, `CloudWatch log groups in ${region}`);
      try {
        do {
          const page = await call(this.env, (o) => logs.send(new DescribeLogGroupsCommand({ limit: 50, ...(token ? { nextToken: token } : {}) }), o));
          for (const g of page.logGroups ?? []) await this.emitLogGroup(region, g);
          this.env.ctx.progress.advance(`${this.category}/${region}`, page.logGroups?.length ?? 0);
          token = pages.next(page.nextToken);
        } while (token);
        return;
      } catch (err) {
        denied = describeError(err);
        if (!isAccessDenied(err)) {
          this.error(`CloudWatch log groups in ${region} could not be read: ${denied}`, `${this.category}/${region}/logs`);
          return;
        }
      }
    }
    const results = this.facts.ruleResults('CW_LOGGROUP_RETENTION_PERIOD_CHECK').filter((r) => r.region === region);
    if (!this.ruleRegions.has(region)) {
      this.logGaps.push({ region, why: denied ?? 'log groups are not AWS Config resources, and the credentials are not of this account' });
      return;
    }
    for (const r of results) {
      const { resourceId } = r;
      const arn = resourceId.startsWith('arn:') ? resourceId.replace(/:\*$/, '') : `arn:${this.partition}:logs:${region}:${this.account}:log-group:${resourceId}`;
      await this.push({
        resource: {
          id: arn,
          provider: 'aws',
          nativeType: 'AWS::Logs::LogGroup',
          region,
          source: { origin: 'live', category: this.category, input: this.input, scope: this.account },
          facets: { logStore: logGroupFromRule(r), dataLocations: { locations: [{ region, role: 'primary', evidence: evidenceAt('configRule.awsRegion', region, { safe: true }) }] } },
        },
        raw: { resourceType: 'AWS::Logs::LogGroup', accountId: this.account, awsRegion: region, arn, resourceId, configuration: { configRule: r.ruleName, complianceType: r.compliance } },
      });
    }
  }

  /** Regions where the log group rule is deployed (even without results). */
  readonly ruleRegions = new Set<string>();
  /** Regions whose log groups could be read neither directly nor through the rule. */
  private readonly logGaps: Array<{ region: string; why: string }> = [];

  /** One error for the regions whose log groups were not read: their retention is not judged, so the scan is incomplete. */
  reportLogGaps(): void {
    if (this.logGaps.length === 0) return;
    const regions = this.logGaps.map((g) => g.region).sort();
    const whys = [...new Set(this.logGaps.map((g) => g.why))];
    this.error(
      `CloudWatch log groups in ${regions.join(', ')} were not read (${whys.join('; ')}) and no CW_LOGGROUP_RETENTION_PERIOD_CHECK rule reports there: their retention is not judged`,
      `${this.category}/logs`,
    );
    this.logGaps.length = 0;
  }

  private async emitLogGroup(region: string, g: { logGroupName?: string; logGroupArn?: string; arn?: string; retentionInDays?: number; kmsKeyId?: string; creationTime?: number; logGroupClass?: string }): Promise<void> {
    const arn = g.logGroupArn ?? g.arn?.replace(/:\*$/, '') ?? `arn:${this.partition}:logs:${region}:${this.account}:log-group:${g.logGroupName}`;
    const item: ConfigItem = {
      resourceType: 'AWS::Logs::LogGroup',
      accountId: this.account,
      awsRegion: region,
      availabilityZone: undefined,
      arn,
      resourceId: g.logGroupName,
      resourceName: g.logGroupName,
      status: undefined,
      capturedAt: undefined,
      configuration: { logGroupName: g.logGroupName, arn, retentionInDays: g.retentionInDays, kmsKeyId: g.kmsKeyId, logGroupClass: g.logGroupClass },
      supplementary: {},
    };
    await this.push({ resource: toResource(item, facetsOf({ item, facts: this.facts, lookups: this.lookups }), { account: this.account, input: this.input }), raw: inventoryRecord(item) });
  }

  // ---- CloudTrail trails (caller account only) ------------------------------------------------

  /** Every trail that applies to the account's regions (shadow trails included): whether a multi-region one exists. */
  async readTrailList(region: string): Promise<void> {
    const ct = this.env.clients.cloudtrail(region);
    try {
      const r = await call(this.env, (o) => ct.send(new DescribeTrailsCommand({ includeShadowTrails: true }), o));
      const list = { multiRegion: [] as string[], singleRegion: [] as string[] };
      for (const t of r.trailList ?? []) (t.IsMultiRegionTrail ? list.multiRegion : list.singleRegion).push(t.TrailARN ?? t.Name ?? '');
      this.facts.trailList = list;
    } catch (err) {
      const unread = `the trails of the account could not be listed (${describeError(err)})`;
      this.facts.trailList = { unread };
      this.warn(`${unread}: whether a trail records every region comes from AWS Config, else stays unknown`, `${this.category}/cloudtrail`, err);
    }
  }

  private async readTrailStatus(): Promise<void> {
    const trails = this.deferred.filter((i) => i.resourceType === 'AWS::CloudTrail::Trail');
    if (trails.length === 0) return;
    this.facts.trailState = { read: true };
    for (const item of trails) {
      const arn = trailArn(item);
      if (!arn) continue;
      const home = text(conf(item, 'homeRegion')) ?? item.awsRegion ?? 'us-east-1';
      const ct = this.env.clients.cloudtrail(home);
      try {
        const s = await call(this.env, (o) => ct.send(new GetTrailStatusCommand({ Name: arn }), o));
        const status: TrailStatus = {
          isLogging: s.IsLogging === true ? 'yes' : s.IsLogging === false ? 'no' : 'unknown',
          allManagementEvents: 'unknown',
          evidence: [{ path: 'GetTrailStatus.IsLogging', value: s.IsLogging ?? null }],
        };
        if (truthy(conf(item, 'hasCustomEventSelectors')) !== 'no') {
          const sel = await call(this.env, (o) => ct.send(new GetEventSelectorsCommand({ TrailName: arn }), o));
          const m = managementCoverage(sel);
          status.allManagementEvents = m.truth;
          status.evidence.push(m.evidence);
        }
        this.facts.trails.set(arn, status);
      } catch (err) {
        const why = `CloudTrail status could not be read (${describeError(err)})`;
        if (isAccessDenied(err)) {
          this.facts.trailState = { read: false, why };
          this.warn(`${why}: whether trails are logging stays unknown`, `${this.category}/cloudtrail`);
          return;
        }
        this.warn(`${why} for a trail; whether it is logging stays unknown`, `${this.category}/cloudtrail`, err);
      }
    }
  }
}

/**
 * Whether the selectors record management events of every service: a basic selector including
 * them (without excluded event sources), or an advanced selector on `eventCategory = Management`
 * not narrowed by `eventSource`.
 */
export function managementCoverage(sel: Pick<GetEventSelectorsCommandOutput, 'EventSelectors' | 'AdvancedEventSelectors'>): { truth: Truth; evidence: Evidence } {
  const advanced = sel.AdvancedEventSelectors ?? [];
  if (advanced.length) {
    const ok = advanced.some((s) => {
      const fields = s.FieldSelectors ?? [];
      const management = fields.some((f) => f.Field === 'eventCategory' && (f.Equals ?? []).includes('Management'));
      const narrowed = fields.some((f) => f.Field === 'eventSource');
      return management && !narrowed;
    });
    return { truth: ok ? 'yes' : 'no', evidence: { path: 'GetEventSelectors.AdvancedEventSelectors', note: ok ? 'selects all management events' : 'no selector records all management events' } };
  }
  const basic = sel.EventSelectors ?? [];
  if (basic.length === 0) return { truth: 'yes', evidence: { path: 'GetEventSelectors.EventSelectors', note: 'no selector: management events are recorded' } };
  const ok = basic.some((s) => s.IncludeManagementEvents !== false && (s.ExcludeManagementEventSources ?? []).length === 0);
  return { truth: ok ? 'yes' : 'no', evidence: { path: 'GetEventSelectors.EventSelectors', value: ok, note: ok ? 'management events of every source recorded' : 'management events excluded or narrowed' } };
}

/** A date column of the credential report: ISO time, or `N/A` / `no_information` / `not_supported` (undefined). */
function reportDate(v: string | undefined): number | undefined {
  if (!v || !/^\d{4}-\d{2}-\d{2}T/.test(v)) return undefined;
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : t;
}

/** The credential report's CSV: per user ARN, console password, MFA device, active access keys and when each was last used. */
export function parseCredentialReport(csv: string): { users: Map<string, CredentialRow>; root: CredentialRow | undefined } {
  const lines = csv.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = (lines.shift() ?? '').split(',');
  const col = (name: string) => header.indexOf(name);
  const [iUser, iArn, iPassword, iMfa, iKey1, iKey2] = ['user', 'arn', 'password_enabled', 'mfa_active', 'access_key_1_active', 'access_key_2_active'].map(col);
  const [iCreated, iPasswordUsed, iPasswordChanged, iKey1Rotated, iKey1Used, iKey2Rotated, iKey2Used] = [
    'user_creation_time',
    'password_last_used',
    'password_last_changed',
    'access_key_1_last_rotated',
    'access_key_1_last_used_date',
    'access_key_2_last_rotated',
    'access_key_2_last_used_date',
  ].map(col);
  const truth = (v: string | undefined): Truth => (v === 'true' ? 'yes' : v === 'false' ? 'no' : 'unknown');
  const users = new Map<string, CredentialRow>();
  let root: CredentialRow | undefined;
  for (const line of lines) {
    const f = line.split(',');
    const at = (i: number | undefined) => (i === undefined || i < 0 ? undefined : f[i]);
    const keys = [truth(at(iKey1)), truth(at(iKey2))];
    const row: CredentialRow = {
      passwordEnabled: at(iPassword) === 'not_supported' ? 'yes' : truth(at(iPassword)),
      mfaActive: truth(at(iMfa)),
      accessKeysActive: anyOf(keys),
    };
    const created = reportDate(at(iCreated));
    const active: NonNullable<CredentialRow['activeCredentials']> = [];
    if (row.passwordEnabled === 'yes' && at(iPassword) !== 'not_supported') active.push({ kind: 'password', lastUsed: reportDate(at(iPasswordUsed)), since: reportDate(at(iPasswordChanged)) ?? created });
    if (keys[0] === 'yes') active.push({ kind: 'access key 1', lastUsed: reportDate(at(iKey1Used)), since: reportDate(at(iKey1Rotated)) ?? created });
    if (keys[1] === 'yes') active.push({ kind: 'access key 2', lastUsed: reportDate(at(iKey2Used)), since: reportDate(at(iKey2Rotated)) ?? created });
    row.activeCredentials = active;
    if (at(iUser) === '<root_account>') root = row;
    else if (at(iArn)) users.set(at(iArn)!, row);
  }
  return { users, root };
}

/** Rule names as conformance packs, Security Hub and users name managed rules: the identifier, dashed, somewhere in the name. */
export function ruleFromName(name: string): ManagedRule | undefined {
  const n = name.toLowerCase().replace(/_/g, '-');
  const order: ManagedRule[] = [
    'MFA_ENABLED_FOR_IAM_CONSOLE_ACCESS',
    'ROOT_ACCOUNT_MFA_ENABLED',
    'IAM_USER_MFA_ENABLED',
    'CW_LOGGROUP_RETENTION_PERIOD_CHECK',
    'IAM_PASSWORD_POLICY',
    'IAM_ROOT_ACCESS_KEY_CHECK',
    'VPC_FLOW_LOGS_ENABLED',
    'ECR_PRIVATE_IMAGE_SCANNING_ENABLED',
  ];
  return order.find((r) => n.includes(r.toLowerCase().replace(/_/g, '-')));
}

export function isManagedRule(id: string | undefined): id is ManagedRule {
  return (MANAGED_RULES as readonly string[]).includes(id ?? '');
}
