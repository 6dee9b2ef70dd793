/**
 * Offline AWS Config inventories, recognised by content: snapshot and history files delivered to
 * S3 (`{fileVersion, configurationItems: […]}`, plain or gzip), API responses saved to a file
 * (GetResourceConfigHistory, BatchGetResourceConfig, SelectResourceConfig), a JSON array of
 * configuration items, JSON lines of items (what `--inventory-out` writes), and a single item.
 * Everything the live scan joins (KMS keys, policies, groups, trail buckets, security groups) is
 * joined from the same file; what only live APIs know (credential report, password policy, rule
 * results, trail status) comes from the account record `--inventory-out` writes, else is unknown.
 */
import path from 'node:path';
import type { InputKind, InputRead, JsonDoc, ReadContext } from '../../src/input/kinds.js';
import type { Span } from '../../src/input/json-scan.js';
import type { Notification } from '../../src/model/finding.js';
import type { Resource } from '../../src/model/resource.js';
import { Ticker } from '../../src/yield.js';
import { accountOf, arnAccount, canonicalId, conf, decodeJsonText, isDeleted, isRecord, normaliseItem, text, type ConfigItem } from './ci.js';
import { AccountFacts, Lookups } from './facts.js';
import { absorb, absorbGroups, absorbLookup, facetsOf, toResource } from './model.js';
import { tagsOf } from './tags.js';
import { ACCOUNT_TYPE, accountItem, restoreFacts } from './account-record.js';

const CONTAINERS = ['configurationItems', 'baseConfigurationItems', 'Results'] as const;

function looksLikeItem(v: unknown): boolean {
  const d = decodeJsonText(v);
  return isRecord(d) && typeof d.resourceType === 'string' && d.resourceType.startsWith('AWS::');
}

function firstValue(doc: JsonDoc, spans: readonly Span[] | undefined): unknown {
  const s = spans?.[0];
  if (!s) return undefined;
  try {
    return doc.scanner.parse(s);
  } catch {
    return undefined;
  }
}

function isArrayAt(doc: JsonDoc, span: Span | undefined): span is Span {
  return span !== undefined && doc.scanner.buf[span.start] === 0x5b;
}

/** The spans of the records a document holds, or undefined when it is not a Config inventory. */
function recordSpans(doc: JsonDoc): Span[] | undefined {
  if (doc.members) {
    const m = doc.members;
    for (const key of CONTAINERS) {
      const span = m.get(key);
      if (!isArrayAt(doc, span)) continue;
      const spans: Span[] = [];
      doc.scanner.arrayElements(span, (s) => spans.push(s));
      const known = key === 'configurationItems' ? m.has('fileVersion') || m.has('configSnapshotId') || m.has('nextToken') || m.has('requestId') : key === 'Results' ? m.has('QueryInfo') : true;
      if (known || looksLikeItem(firstValue(doc, spans))) return spans;
    }
    const rt = m.get('resourceType');
    if (rt && (m.has('configuration') || m.has('supplementaryConfiguration') || m.has('configurationItemCaptureTime')) && looksLikeItem({ resourceType: doc.scanner.parse(rt) })) {
      return [{ start: 0, end: doc.scanner.buf.length }];
    }
    return undefined;
  }
  const spans = doc.elements ?? doc.lines;
  return spans && spans.length > 0 && looksLikeItem(firstValue(doc, spans)) ? spans : undefined;
}

function detect(doc: JsonDoc): boolean {
  try {
    return recordSpans(doc) !== undefined;
  } catch {
    return false;
  }
}

function accountFor(item: ConfigItem): string {
  return accountOf(item) ?? arnAccount(text(conf(item, 'arn'))) ?? 'unknown-account';
}

const OFFLINE = 'an inventory file carries no IAM credential report, Config rule results or trail status';

async function read(doc: JsonDoc, ctx: ReadContext): Promise<InputRead> {
  const spans = recordSpans(doc) ?? [];
  const ticker = new Ticker();
  const notifications: Notification[] = [];
  const uri = path.relative(ctx.sourceRoot, path.resolve(doc.path)).split(path.sep).join('/');
  // History files hold several items per resource: keep the latest, and drop deleted resources.
  const latest = new Map<string, { item: ConfigItem; line: number }>();
  let skipped = 0;
  for (const span of spans) {
    if (ticker.due()) await ticker.turn();
    const line = doc.scanner.lineAt(span.start);
    let value: unknown;
    try {
      value = doc.scanner.parse(span);
    } catch (err) {
      notifications.push({ level: 'error', message: `configuration item at line ${line} is not valid JSON: ${(err as Error).message.replace(/^.*?: /, '')}`, scope: doc.path });
      continue;
    }
    const item = normaliseItem(value);
    if (typeof item === 'string') {
      notifications.push({ level: 'error', message: `record at line ${line} is not a usable configuration item (${item}); it was not judged`, scope: doc.path });
      continue;
    }
    const id = canonicalId(item);
    const prev = latest.get(id);
    if (prev && (prev.item.capturedAt ?? 0) > (item.capturedAt ?? 0)) continue;
    latest.set(id, { item, line });
  }
  const accounts = new Map<string, AccountFacts>();
  const lookups = new Lookups();
  const live: Array<{ item: ConfigItem; line: number; account: string }> = [];
  const groups = new Map<string, ConfigItem[]>();
  // Accounts as --inventory-out keeps them: their facts from outside AWS Config, judged once every item is read.
  const accountRecords: Array<{ item: ConfigItem; line: number; account: string }> = [];
  for (const { item, line } of latest.values()) {
    if (isDeleted(item)) {
      skipped++;
      continue;
    }
    const account = accountFor(item);
    let facts = accounts.get(account);
    if (!facts) {
      accounts.set(account, (facts = new AccountFacts(account)));
      facts.credentialState = { read: false, why: OFFLINE };
      facts.rulesState = { read: false, why: OFFLINE };
      facts.trailState = { read: false, why: OFFLINE };
      facts.passwordPolicyState = { read: false, why: OFFLINE };
    }
    if (item.resourceType === ACCOUNT_TYPE) {
      if (restoreFacts(facts, item.configuration)) accountRecords.push({ item, line, account });
      continue;
    }
    if (absorb(item, facts) === 'group') groups.set(account, [...(groups.get(account) ?? []), item]);
    absorbLookup(item, lookups);
    live.push({ item, line, account });
  }
  for (const [account, list] of groups) absorbGroups(list, accounts.get(account)!, lookups);
  lookups.bucketState = { read: false, why: 'the bucket is not in this file' };

  const resources: Resource[] = [];
  for (const { item, line, account } of live) {
    if (ticker.due()) await ticker.turn();
    const facts = accounts.get(account)!;
    const facets = facetsOf({ item, facts, lookups });
    if (Object.keys(facets).length === 0 && !tagsOf(item)) continue;
    const r = toResource(item, facets, { account, input: doc.path });
    r.source.location = { uri, line };
    resources.push(r);
  }
  for (const { item, line, account } of accountRecords) {
    const partition = /^arn:([^:]+):/.exec(item.arn ?? '')?.[1] ?? 'aws';
    const { resource, derived } = accountItem(accounts.get(account)!, partition, { origin: 'live', category: `aws/${account}`, input: doc.path, scope: account });
    for (const r of [resource, ...derived]) {
      r.source.location = { uri, line };
      resources.push(r);
    }
  }
  if (skipped) notifications.push({ level: 'note', message: `${skipped} deleted resource(s) left out`, scope: doc.path });
  return { resources, notifications, secrets: new Set(), categories: [...accounts.keys()].map((a) => `aws/${a}`) };
}

export const AWS_CONFIG_INVENTORY: InputKind = {
  name: 'aws-config',
  label: 'AWS Config inventory (snapshot or history file, API response, configuration items as a JSON array or JSON lines)',
  detect,
  read,
};

/** `GetComplianceDetailsByConfigRule` output saved to a file: rule evaluations, not an inventory. */
export const AWS_CONFIG_EVALUATIONS: InputKind = {
  name: 'aws-config-evaluations',
  label: 'AWS Config rule evaluation results (GetComplianceDetailsByConfigRule)',
  detect: (doc) => {
    const span = doc.members?.get('EvaluationResults');
    if (!isArrayAt(doc, span)) return false;
    const spans: Span[] = [];
    doc.scanner.arrayElements(span, (s) => spans.push(s));
    const first = firstValue(doc, spans);
    return spans.length === 0 || (isRecord(first) && 'EvaluationResultIdentifier' in first);
  },
  read: (doc) => {
    const span = doc.members!.get('EvaluationResults')!;
    let n = 0;
    doc.scanner.arrayElements(span, () => n++);
    return {
      resources: [],
      notifications: [{ level: 'note', message: `${n} Config rule evaluation(s): rule results are read by live scans (--aws), not from files; no resource is judged from this file`, scope: doc.path }],
      secrets: new Set(),
      categories: [],
    };
  },
};
