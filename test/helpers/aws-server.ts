/**
 * A local AWS endpoint on 127.0.0.1 for the real SDK clients: AWS Config (JSON 1.1,
 * `X-Amz-Target: StarlingDoveService.*`, epoch-second timestamps, advanced queries,
 * SelectResourceConfig and SelectAggregateResourceConfig, with rows as JSON text), CloudWatch
 * Logs and CloudTrail (JSON 1.1), STS and IAM (query protocol, XML), Amazon Inspector (REST-JSON,
 * `POST /status/batch/get`). The region of each request is
 * read from its SigV4 credential scope, so one server holds every region and account.
 *
 * Self-contained (node: imports only): the CLI test runs it in a worker thread, transpiled on the
 * fly, while the test's main thread waits on the CLI.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A configuration item in the snapshot spelling (objects, ISO times); the server serves it in each API's shape. */
export interface FixtureItem {
  accountId: string;
  awsRegion: string;
  resourceType: string;
  resourceId: string;
  resourceName?: string;
  arn?: string;
  availabilityZone?: string;
  configurationItemCaptureTime?: string;
  configurationItemStatus?: string;
  configuration: unknown;
  supplementaryConfiguration?: Record<string, unknown>;
  /** Serve this raw text as the item's `configuration` (a malformed item). */
  rawConfiguration?: string;
  /** The region whose recorder holds the item, when not its awsRegion (IAM's `global` items are recorded in one region). */
  recordedIn?: string;
  /** The item's tags: returned by advanced queries (`tags` column, a list of {key, value, tag}), not by BatchGetResourceConfig. */
  tags?: Record<string, string>;
}

export interface FixtureRule {
  name: string;
  /** The managed rule identifier (Source.SourceIdentifier). */
  identifier: string;
  inputParameters?: string;
  results: Array<{ resourceType: string; resourceId: string; compliance: 'COMPLIANT' | 'NON_COMPLIANT' }>;
}

export interface FixtureLogGroup {
  logGroupName: string;
  retentionInDays?: number;
  kmsKeyId?: string;
}

export interface AwsFixture {
  /** The account whose credentials call (STS GetCallerIdentity). */
  callerAccount: string;
  items: FixtureItem[];
  /** Columns the advanced-query rows leave out (rows of `SELECT resourceType, configuration, …` carry no `resourceId`). */
  selectOmits?: string[];
  /** Per account, per region. */
  logGroups?: Record<string, Record<string, FixtureLogGroup[]>>;
  /** Per account: the credential report CSV. */
  credentialReports?: Record<string, string>;
  /** Per account: the account password policy (GetAccountPasswordPolicy); absent: NoSuchEntity (no custom policy). */
  passwordPolicies?: Record<string, Record<string, number | boolean>>;
  /** Per account, per region. */
  rules?: Record<string, Record<string, FixtureRule[]>>;
  /** By trail ARN. */
  trails?: Record<string, { isLogging: boolean; eventSelectors?: unknown[]; advancedEventSelectors?: unknown[] }>;
  /**
   * The aggregator's sources: every account and region holding an item SUCCEEDED, unless listed in
   * `sources` (any status, an organisation's id as `accountId` too).
   */
  aggregator?: { name: string; sources?: Array<{ accountId: string; region: string; status: 'SUCCEEDED' | 'FAILED' | 'OUTDATED'; code?: string }> };
  /**
   * Per account, per region: the configuration recorder (DescribeConfigurationRecorders and
   * …Status); null: none. Regions not given have one recording every supported type.
   */
  recorders?: Record<string, Record<string, FixtureRecorder | null>>;
  /** Per account, per region: Inspector's status by scanned type (BatchGetAccountStatus); regions not given scan every type. */
  inspector?: Record<string, Record<string, FixtureInspector>>;
  /** The accounts whose Inspector status the caller may read besides its own (it is their delegated administrator); the others come back ACCESS_DENIED. */
  inspectorMembers?: string[];
}

/** Inspector's `resourceState.<type>.status` (ENABLED, DISABLED, ENABLING, SUSPENDED…); the account's `state.status` is ENABLED when one type is. */
export interface FixtureInspector {
  ec2: string;
  ecr: string;
  lambda?: string;
}

export interface FixtureRecorder {
  recording: boolean;
  /** Every supported type (default), only these, or all but these. */
  resourceTypes?: string[];
  exclude?: string[];
}

export interface Faults {
  /** Added to every response. */
  latencyMs?: number;
  /** The first N calls of an operation (or of `Operation/AWS::Type`, one type's listing) answer ThrottlingException. */
  throttle?: Record<string, number>;
  /** The first N calls of an operation answer HTTP 500. */
  serverError?: Record<string, number>;
  /** Every AWS Config call in these regions is denied. */
  denyRegions?: string[];
  /** These operations are denied everywhere. */
  deny?: string[];
  /** Sent with throttling answers (then HTTP 429): `Retry-After` in seconds. */
  retryAfterSeconds?: number;
  /**
   * Misbehaviours, each for a list of operations (`SelectResourceConfig`) or of one type's
   * listing (`SelectResourceConfig/AWS::EC2::Volume`): accept and never answer; answer 200 with a
   * proxy's HTML page; send half the body and cut the connection; answer with the continuation
   * token the request carried (the same page forever); never end (a new token every page).
   */
  hang?: string[];
  notJson?: string[];
  cutBody?: string[];
  repeatToken?: string[];
  endless?: string[];
  /** Awaited before each call is answered (tests: hold the last page until the scan has written what came before). */
  beforeAnswer?: (call: CallRecord) => void | Promise<void>;
}

export interface CallRecord {
  operation: string;
  region: string;
  body: Record<string, unknown>;
  /** When the request arrived (ms since the epoch). */
  at: number;
}

export interface AwsServer {
  url: string;
  calls: CallRecord[];
  close(): Promise<void>;
}

const CONFIG_TYPES_PAGE = 100;

function token(n: number): string {
  return Buffer.from(`offset:${n}`).toString('base64');
}

function untoken(t: unknown): number {
  if (typeof t !== 'string' || !t) return 0;
  const m = /^offset:(\d+)$/.exec(Buffer.from(t, 'base64').toString('utf8'));
  return m ? Number(m[1]) : 0;
}

function epochSeconds(iso: string | undefined): number {
  return Math.floor(Date.parse(iso ?? '2026-01-15T10:00:00Z') / 1000);
}

/** A SelectResourceConfig row: the selected columns, configuration as an object. */
function selectRow(item: FixtureItem, columns: readonly string[]): string {
  const row: Record<string, unknown> = {};
  const all: Record<string, unknown> = {
    resourceId: item.resourceId,
    resourceName: item.resourceName,
    resourceType: item.resourceType,
    accountId: item.accountId,
    awsRegion: item.awsRegion,
    availabilityZone: item.availabilityZone ?? 'Not Applicable',
    arn: item.arn,
    configurationItemCaptureTime: item.configurationItemCaptureTime ?? '2026-01-15T10:00:00.000Z',
    configurationItemStatus: item.configurationItemStatus ?? 'OK',
    configuration: item.configuration,
    supplementaryConfiguration: item.supplementaryConfiguration ?? {},
    tags: Object.entries(item.tags ?? {}).map(([key, value]) => ({ key, value, tag: `${key}=${value}` })),
  };
  for (const c of columns) if (all[c] !== undefined) row[c] = all[c];
  if (item.rawConfiguration !== undefined) return `{"resourceType":${JSON.stringify(item.resourceType)},"configuration":${item.rawConfiguration}`;
  return JSON.stringify(row);
}

interface Query {
  columns: string[];
  equals: Map<string, string>;
  inList: Map<string, string[]>;
  notIn: Map<string, string[]>;
  groupBy: string[] | undefined;
}

/** The subset of AWS Config's SQL that cldscan sends. */
function parseQuery(expression: string): Query {
  const m = /^SELECT\s+(.*?)\s+WHERE\s+(.*?)(?:\s+GROUP BY\s+(.*))?$/is.exec(expression.trim());
  if (!m) throw new Error(`unsupported expression: ${expression}`);
  const columns = m[1]!.split(',').map((c) => c.trim());
  const equals = new Map<string, string>();
  const inList = new Map<string, string[]>();
  for (const e of m[2]!.matchAll(/(\w+)\s*=\s*'((?:[^']|'')*)'/g)) equals.set(e[1]!, e[2]!.replace(/''/g, "'"));
  const notIn = new Map<string, string[]>();
  for (const e of m[2]!.matchAll(/(\w+)\s+NOT\s+IN\s*\(([^)]*)\)/g)) notIn.set(e[1]!, [...e[2]!.matchAll(/'((?:[^']|'')*)'/g)].map((x) => x[1]!.replace(/''/g, "'")));
  for (const e of m[2]!.replace(/\w+\s+NOT\s+IN\s*\([^)]*\)/g, '').matchAll(/(\w+)\s+IN\s*\(([^)]*)\)/g)) inList.set(e[1]!, [...e[2]!.matchAll(/'((?:[^']|'')*)'/g)].map((x) => x[1]!.replace(/''/g, "'")));
  return { columns, equals, inList, notIn, groupBy: m[3]?.split(',').map((c) => c.trim()) };
}

function matches(item: FixtureItem, q: Query): boolean {
  const value = (k: string) => String((item as unknown as Record<string, unknown>)[k] ?? '');
  for (const [k, v] of q.equals) if (value(k) !== v) return false;
  for (const [k, vs] of q.inList) if (!vs.includes(value(k))) return false;
  for (const [k, vs] of q.notIn) if (vs.includes(value(k))) return false;
  return true;
}

class AwsError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

export async function startAwsServer(fixture: AwsFixture, faults: Faults = {}): Promise<AwsServer> {
  const calls: CallRecord[] = [];
  const counts = new Map<string, number>();
  const sortKey = (i: FixtureItem) => `${i.accountId}|${i.awsRegion}|${i.resourceType}|${i.resourceId}`;
  const ordered = fixture.items.map((i) => [sortKey(i), i] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, i]) => i);
  // Rows of each query, computed once: pages are slices of it.
  const queryRows = new Map<string, FixtureItem[]>();

  const caller = fixture.callerAccount;

  function config(op: string, region: string, body: Record<string, unknown>): unknown {
    if (faults.denyRegions?.includes(region)) throw new AccessDenied(op);
    switch (op) {
      case 'GetDiscoveredResourceCounts': {
        const counts = new Map<string, number>();
        for (const item of fixture.items) if (item.accountId === caller && (item.recordedIn ?? item.awsRegion) === region) counts.set(item.resourceType, (counts.get(item.resourceType) ?? 0) + 1);
        const list = [...counts].sort(([a], [b]) => (a < b ? -1 : 1));
        const start = untoken(body.nextToken);
        const limit = Number(body.limit ?? CONFIG_TYPES_PAGE) || CONFIG_TYPES_PAGE;
        const page = list.slice(start, start + limit);
        return {
          totalDiscoveredResources: [...counts.values()].reduce((a, b) => a + b, 0),
          resourceCounts: page.map(([resourceType, count]) => ({ resourceType, count })),
          ...(start + limit < list.length ? { nextToken: token(start + limit) } : {}),
        };
      }
      case 'DescribeConfigurationRecorders':
      case 'DescribeConfigurationRecorderStatus': {
        const r = fixture.recorders?.[caller]?.[region];
        const rec = r === undefined ? { recording: true } : r;
        if (op === 'DescribeConfigurationRecorderStatus') {
          return { ConfigurationRecordersStatus: rec ? [{ name: 'default', recording: rec.recording, lastStatus: 'SUCCESS', lastStartTime: epochSeconds(undefined) }] : [] };
        }
        if (!rec) return { ConfigurationRecorders: [] };
        const recordingGroup = rec.resourceTypes
          ? { allSupported: false, includeGlobalResourceTypes: false, resourceTypes: rec.resourceTypes, recordingStrategy: { useOnly: 'INCLUSION_BY_RESOURCE_TYPES' } }
          : rec.exclude
            ? { allSupported: false, includeGlobalResourceTypes: false, resourceTypes: [], exclusionByResourceTypes: { resourceTypes: rec.exclude }, recordingStrategy: { useOnly: 'EXCLUSION_BY_RESOURCE_TYPES' } }
            : { allSupported: true, includeGlobalResourceTypes: true, resourceTypes: [], recordingStrategy: { useOnly: 'ALL_SUPPORTED_RESOURCE_TYPES' } };
        return { ConfigurationRecorders: [{ name: 'default', roleARN: `arn:aws:iam::${caller}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig`, recordingGroup, recordingMode: { recordingFrequency: 'CONTINUOUS' } }] };
      }
      case 'DescribeConfigRules': {
        const rules = fixture.rules?.[caller]?.[region] ?? [];
        return { ConfigRules: rules.map((r) => ({ ConfigRuleName: r.name, ConfigRuleState: 'ACTIVE', Source: { Owner: 'AWS', SourceIdentifier: r.identifier }, ...(r.inputParameters ? { InputParameters: r.inputParameters } : {}) })) };
      }
      case 'GetComplianceDetailsByConfigRule': {
        const rule = (fixture.rules?.[caller]?.[region] ?? []).find((r) => r.name === body.ConfigRuleName);
        if (!rule) throw new AwsError('NoSuchConfigRuleException', `no rule ${String(body.ConfigRuleName)}`);
        return { EvaluationResults: rule.results.map((x) => evaluation(rule.name, x)) };
      }
      case 'DescribeConfigurationAggregatorSourcesStatus': {
        aggregatorOf(body);
        const sources = new Map<string, { accountId: string; region: string; status: string; code?: string }>();
        for (const i of fixture.items) {
          const region = i.recordedIn ?? i.awsRegion;
          if (region !== 'global') sources.set(`${i.accountId}|${region}`, { accountId: i.accountId, region, status: 'SUCCEEDED' });
        }
        for (const f of fixture.aggregator!.sources ?? []) sources.set(`${f.accountId}|${f.region}`, f);
        const wanted = (body.UpdateStatus as string[] | undefined) ?? [];
        const all = [...sources.values()].filter((f) => !wanted.length || wanted.includes(f.status)).sort((a, b) => (`${a.accountId}|${a.region}` < `${b.accountId}|${b.region}` ? -1 : 1));
        const start = untoken(body.NextToken);
        const limit = Math.min(100, Number(body.Limit ?? 100) || 100);
        return {
          AggregatedSourceStatusList: all.slice(start, start + limit).map((f) => ({
            SourceId: f.accountId,
            SourceType: /^\d{12}$/.test(f.accountId) ? 'ACCOUNT' : 'ORGANIZATION',
            AwsRegion: f.region,
            LastUpdateStatus: f.status,
            LastUpdateTime: epochSeconds(undefined),
            ...(f.status === 'FAILED' ? { LastErrorCode: f.code ?? 'AccessDeniedException', LastErrorMessage: 'collection failed' } : {}),
          })),
          ...(start + limit < all.length ? { NextToken: token(start + limit) } : {}),
        };
      }
      case 'SelectResourceConfig':
        // The region's recorder: the caller's items recorded there (IAM's global ones in the region that records them).
        return select(body, `${region} ${String(body.Expression)}`, (item) => item.accountId === caller && (item.recordedIn ?? item.awsRegion) === region);
      case 'SelectAggregateResourceConfig':
        aggregatorOf(body);
        return select(body, String(body.Expression), () => true);
      case 'DescribeAggregateComplianceByConfigRules': {
        aggregatorOf(body);
        const account = (body.Filters as { AccountId?: string } | undefined)?.AccountId;
        const out: unknown[] = [];
        for (const [acct, regions] of Object.entries(fixture.rules ?? {})) {
          if (account && acct !== account) continue;
          for (const [r, rules] of Object.entries(regions)) {
            for (const rule of rules) out.push({ ConfigRuleName: rule.name, AccountId: acct, AwsRegion: r, Compliance: { ComplianceType: rule.results.some((x) => x.compliance === 'NON_COMPLIANT') ? 'NON_COMPLIANT' : 'COMPLIANT' } });
          }
        }
        return { AggregateComplianceByConfigRules: out };
      }
      case 'GetAggregateComplianceDetailsByConfigRule': {
        aggregatorOf(body);
        const rule = (fixture.rules?.[String(body.AccountId)]?.[String(body.AwsRegion)] ?? []).find((r) => r.name === body.ConfigRuleName);
        if (!rule) throw new AwsError('NoSuchConfigRuleException', `no rule ${String(body.ConfigRuleName)}`);
        return { AggregateEvaluationResults: rule.results.map((x) => ({ ...evaluation(rule.name, x), AccountId: body.AccountId, AwsRegion: body.AwsRegion })) };
      }
      default:
        throw new AwsError('UnknownOperationException', `operation ${op} is not served by the test server`);
    }
  }

  /**
   * An advanced query's page (100 rows at most; aggregations 500). Items discovered but not
   * recorded (`ResourceNotRecorded`) are not queryable, as the developer guide says.
   */
  function select(body: Record<string, unknown>, cacheKey: string, inScope: (item: FixtureItem) => boolean): unknown {
    const q = parseQuery(String(body.Expression));
    // The API's valid range is 0 to 100 (0: its default page).
    if (Number(body.Limit ?? 0) > 100) throw new AwsError('InvalidLimitException', `Limit ${String(body.Limit)} is out of range: at most 100`);
    const limit = Number(body.Limit ?? 100) || 100;
    const start = untoken(body.NextToken);
    const queryable = (item: FixtureItem) => item.configurationItemStatus !== 'ResourceNotRecorded' && inScope(item) && matches(item, q);
    if (q.groupBy) {
      const by = q.groupBy;
      const groups = new Map<string, Record<string, unknown>>();
      for (const item of ordered) {
        if (!queryable(item)) continue;
        const values = by.map((c) => String((item as unknown as Record<string, unknown>)[c] ?? ''));
        const k = values.join('|');
        const g = groups.get(k) ?? { ...Object.fromEntries(by.map((c, i) => [c, values[i]])), 'COUNT(*)': 0 };
        g['COUNT(*)'] = (g['COUNT(*)'] as number) + 1;
        groups.set(k, g);
      }
      const rows = [...groups.values()].map((g) => JSON.stringify(g));
      return { Results: rows.slice(start, start + 500), ...(start + 500 < rows.length ? { NextToken: token(start + 500) } : {}), QueryInfo: { SelectFields: q.columns.map((Name) => ({ Name })) } };
    }
    let all = queryRows.get(cacheKey);
    if (!all) queryRows.set(cacheKey, (all = ordered.filter(queryable)));
    const rows = all.slice(start, start + limit).map((item) => selectRow(item, q.columns.filter((c) => !(fixture.selectOmits ?? []).includes(c))));
    const more = start + limit < all.length;
    return { Results: rows, ...(more ? { NextToken: token(start + limit) } : {}), QueryInfo: { SelectFields: q.columns.map((Name) => ({ Name })) } };
  }

  function aggregatorOf(body: Record<string, unknown>): void {
    if (!fixture.aggregator || body.ConfigurationAggregatorName !== fixture.aggregator.name) {
      throw new AwsError('NoSuchConfigurationAggregatorException', `The configuration aggregator does not exist: ${String(body.ConfigurationAggregatorName)}`);
    }
  }

  function evaluation(ruleName: string, x: FixtureRule['results'][number]): Record<string, unknown> {
    return {
      EvaluationResultIdentifier: { EvaluationResultQualifier: { ConfigRuleName: ruleName, ResourceType: x.resourceType, ResourceId: x.resourceId }, OrderingTimestamp: epochSeconds(undefined) },
      ComplianceType: x.compliance,
      ResultRecordedTime: epochSeconds(undefined),
      ConfigRuleInvokedTime: epochSeconds(undefined),
    };
  }

  function logs(op: string, region: string, body: Record<string, unknown>): unknown {
    if (op !== 'DescribeLogGroups') throw new AwsError('UnknownOperationException', op);
    const all = fixture.logGroups?.[caller]?.[region] ?? [];
    const start = untoken(body.nextToken);
    const limit = Math.min(50, Number(body.limit ?? 50) || 50);
    return {
      logGroups: all.slice(start, start + limit).map((g) => {
        const arn = `arn:aws:logs:${region}:${caller}:log-group:${g.logGroupName}`;
        return { ...g, arn: `${arn}:*`, logGroupArn: arn, creationTime: 1736935200000, storedBytes: 1024, metricFilterCount: 0, logGroupClass: 'STANDARD' };
      }),
      ...(start + limit < all.length ? { nextToken: token(start + limit) } : {}),
    };
  }

  function cloudtrail(op: string, region: string, body: Record<string, unknown>): unknown {
    if (op === 'DescribeTrails') {
      // The trails of the caller that apply to the region: its own and, as shadow trails, the multi-region ones.
      const trails = fixture.items.filter((i) => i.accountId === caller && i.resourceType === 'AWS::CloudTrail::Trail');
      const c = (i: FixtureItem) => i.configuration as Record<string, unknown>;
      const applies = trails.filter((i) => i.awsRegion === region || (body.includeShadowTrails !== false && c(i).isMultiRegionTrail === true));
      return {
        trailList: applies.map((i) => ({
          Name: c(i).name,
          S3BucketName: c(i).s3BucketName,
          IncludeGlobalServiceEvents: c(i).includeGlobalServiceEvents,
          IsMultiRegionTrail: c(i).isMultiRegionTrail,
          HomeRegion: c(i).homeRegion,
          TrailARN: c(i).trailARN,
          LogFileValidationEnabled: c(i).logFileValidationEnabled,
          HasCustomEventSelectors: c(i).hasCustomEventSelectors,
          HasInsightSelectors: false,
          IsOrganizationTrail: c(i).isOrganizationTrail ?? false,
        })),
      };
    }
    const name = String(body.Name ?? body.TrailName);
    const t = fixture.trails?.[name];
    if (!t) throw new AwsError('TrailNotFoundException', `Unknown trail: ${name}`);
    if (op === 'GetTrailStatus') return { IsLogging: t.isLogging, LatestDeliveryTime: epochSeconds(undefined) };
    if (op === 'GetEventSelectors') return { TrailARN: name, ...(t.advancedEventSelectors ? { AdvancedEventSelectors: t.advancedEventSelectors } : { EventSelectors: t.eventSelectors ?? [] }) };
    throw new AwsError('UnknownOperationException', op);
  }

  function inspector(op: string, region: string, body: Record<string, unknown>): unknown {
    if (op !== 'BatchGetAccountStatus') throw new AwsError('UnknownOperationException', op);
    const ids = Array.isArray(body.accountIds) && body.accountIds.length ? (body.accountIds as string[]) : [caller];
    const state = (status: string) => ({ status });
    const visible = (id: string) => id === caller || (fixture.inspectorMembers ?? []).includes(id);
    return {
      accounts: ids.filter(visible).map((accountId) => {
        const r = fixture.inspector?.[accountId]?.[region] ?? { ec2: 'ENABLED', ecr: 'ENABLED', lambda: 'ENABLED' };
        const all = [r.ec2, r.ecr, r.lambda ?? 'DISABLED'];
        return {
          accountId,
          state: state(all.includes('ENABLED') ? 'ENABLED' : 'DISABLED'),
          resourceState: { ec2: state(r.ec2), ecr: state(r.ecr), lambda: state(r.lambda ?? 'DISABLED'), lambdaCode: state('DISABLED'), codeRepository: state('DISABLED') },
        };
      }),
      failedAccounts: ids.filter((id) => !visible(id)).map((accountId) => ({ accountId, errorCode: 'ACCESS_DENIED', errorMessage: 'The caller is not the delegated administrator of this account' })),
    };
  }

  function query(action: string): string {
    const id = `<ResponseMetadata><RequestId>00000000-0000-0000-0000-000000000000</RequestId></ResponseMetadata>`;
    if (action === 'GetCallerIdentity') {
      return `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>arn:aws:iam::${caller}:role/cldscan-audit</Arn><UserId>AROAEXAMPLEID:cldscan</UserId><Account>${caller}</Account></GetCallerIdentityResult>${id}</GetCallerIdentityResponse>`;
    }
    if (action === 'GenerateCredentialReport') {
      return `<GenerateCredentialReportResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><GenerateCredentialReportResult><State>COMPLETE</State><Description>No report exists. Starting a new report generation task</Description></GenerateCredentialReportResult>${id}</GenerateCredentialReportResponse>`;
    }
    if (action === 'GetCredentialReport') {
      const csv = fixture.credentialReports?.[caller];
      if (csv === undefined) throw new AwsError('ReportNotPresent', 'Credential report not present', 410);
      return `<GetCredentialReportResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><GetCredentialReportResult><Content>${Buffer.from(csv).toString('base64')}</Content><ReportFormat>text/csv</ReportFormat><GeneratedTime>2026-01-15T10:00:00Z</GeneratedTime></GetCredentialReportResult>${id}</GetCredentialReportResponse>`;
    }
    if (action === 'GetAccountPasswordPolicy') {
      const p = fixture.passwordPolicies?.[caller];
      if (!p) throw new AwsError('NoSuchEntity', `The Password Policy with domain name ${caller} cannot be found.`, 404);
      const fields = Object.entries(p).map(([k, v]) => `<${k}>${String(v)}</${k}>`).join('');
      return `<GetAccountPasswordPolicyResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><GetAccountPasswordPolicyResult><PasswordPolicy>${fields}</PasswordPolicy></GetAccountPasswordPolicyResult>${id}</GetAccountPasswordPolicyResponse>`;
    }
    throw new AwsError('InvalidAction', `Could not find operation ${action}`);
  }

  class AccessDenied extends AwsError {
    constructor(op: string) {
      super('AccessDeniedException', `User: arn:aws:sts::${caller}:assumed-role/cldscan-audit/ci is not authorized to perform: ${op}`);
    }
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const auth = String(req.headers.authorization ?? '');
      const scope = /Credential=[^/]+\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(auth);
      const region = scope?.[1] ?? 'unknown';
      const service = scope?.[2] ?? 'unknown';
      const target = String(req.headers['x-amz-target'] ?? '');
      // REST-JSON: the operation is the method and path.
      const rest = req.method === 'POST' && req.url?.split('?')[0] === '/status/batch/get' ? 'BatchGetAccountStatus' : undefined;
      const isQuery = !target && !rest;
      let op: string;
      let body: Record<string, unknown> = {};
      if (isQuery) {
        const form = new URLSearchParams(text);
        op = form.get('Action') ?? '';
        body = Object.fromEntries(form);
      } else {
        op = rest ?? target.slice(target.lastIndexOf('.') + 1);
        try {
          body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
        } catch {
          body = {};
        }
      }
      const record: CallRecord = { operation: op, region, body, at: Date.now() };
      calls.push(record);
      const n = (counts.get(op) ?? 0) + 1;
      counts.set(op, n);
      // A listing's type: an advanced query of one type says `resourceType = '…'`.
      const listed = /resourceType\s*=\s*'([^']+)'/.exec(String(body.Expression ?? ''))?.[1];
      const hit = (list: string[] | undefined) => list?.some((k) => k === op || k === `${op}/${String(listed)}`) === true;
      if (hit(faults.hang)) return;
      if (hit(faults.notJson)) {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<html><body><h1>Proxy authentication required</h1></body></html>');
        return;
      }
      const send = (status: number, headers: http.OutgoingHttpHeaders, text: string) => {
        if (!hit(faults.cutBody)) {
          res.writeHead(status, headers);
          res.end(text);
          return;
        }
        const bytes = Buffer.from(text);
        res.writeHead(status, { ...headers, 'content-length': bytes.length });
        res.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => res.socket?.destroy());
      };
      const respond = () => {
        try {
          if (faults.deny?.includes(op)) throw isQuery ? new AwsError('AccessDenied', `not authorized to perform: ${service}:${op}`, 403) : new AccessDenied(op);
          const typed = `${op}/${String(listed)}`;
          const nTyped = (counts.get(typed) ?? 0) + 1;
          counts.set(typed, nTyped);
          if ((faults.throttle?.[op] ?? 0) >= n || (faults.throttle?.[typed] ?? 0) >= nTyped) throw new AwsError(isQuery ? 'Throttling' : 'ThrottlingException', 'Rate exceeded', faults.retryAfterSeconds !== undefined ? 429 : 400);
          if ((faults.serverError?.[op] ?? 0) >= n) throw new AwsError('InternalFailure', 'internal error', 500);
          if (isQuery) {
            send(200, { 'content-type': 'text/xml', 'x-amzn-requestid': 'req' }, query(op));
            return;
          }
          if (rest) {
            send(200, { 'content-type': 'application/json', 'x-amzn-requestid': 'req' }, JSON.stringify(inspector(op, region, body)));
            return;
          }
          const out = (service === 'logs' ? logs(op, region, body) : service === 'cloudtrail' ? cloudtrail(op, region, body) : config(op, region, body)) as Record<string, unknown>;
          // Both spellings: each API reads its own and ignores the other.
          if (hit(faults.repeatToken)) out.nextToken = out.NextToken = String(body.nextToken ?? body.NextToken ?? 'cldscan-loop');
          if (hit(faults.endless)) out.nextToken = out.NextToken = `cldscan-endless-${n}`;
          send(200, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': 'req' }, JSON.stringify(out));
        } catch (err) {
          const e = err instanceof AwsError ? err : new AwsError('InternalFailure', (err as Error).message, 500);
          if (isQuery) {
            res.writeHead(e.status === 400 && e.code === 'AccessDenied' ? 403 : e.status, { 'content-type': 'text/xml' });
            res.end(`<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type><Code>${e.code}</Code><Message>${e.message.replace(/[<&]/g, '')}</Message></Error><RequestId>req</RequestId></ErrorResponse>`);
            return;
          }
          const retryAfter = e.status === 429 && faults.retryAfterSeconds !== undefined ? { 'retry-after': String(faults.retryAfterSeconds) } : {};
          const status = rest && e instanceof AccessDenied ? 403 : e.status;
          res.writeHead(status, { 'content-type': rest ? 'application/json' : 'application/x-amz-json-1.1', 'x-amzn-errortype': e.code, 'x-amzn-requestid': 'req', ...retryAfter });
          res.end(JSON.stringify({ __type: e.code, message: e.message }));
        }
      };
      const answer = faults.beforeAnswer ? () => void Promise.resolve(faults.beforeAnswer!(record)).then(respond) : respond;
      if (faults.latencyMs) setTimeout(answer, faults.latencyMs);
      else answer();
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
