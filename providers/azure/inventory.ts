import path from 'node:path';
import type { InputKind, InputRead, JsonDoc, ReadContext } from '../../src/input/kinds.js';
import type { Span } from '../../src/input/json-scan.js';
import type { Resource } from '../../src/model/resource.js';
import { runPausing, runSync, type Steps } from '../../src/yield.js';
import { RULE_TYPE, SUBSCRIPTION_TYPE, subscriptionRecord, toResource } from './build.js';
import { mfaAssessment } from './identity.js';
import { flowLogCovers } from './detection.js';
import { BACKUP_POLICY_TYPES, PROTECTION_TYPES, ProtectionIndex } from './backups.js';
import { children, field, idAt, idOf, isAzureRecord, isObject, lower, nestedDetails, parentId, prop, subscriptionOf, typeOf, type AzRecord } from './records.js';

const FLOW_LOG_TYPE = 'microsoft.network/networkwatchers/flowlogs';
const PRICING_TYPE = 'microsoft.security/pricings';
const VNET_TYPE = 'microsoft.network/virtualnetworks';
const REGISTRY_TYPE = 'microsoft.containerregistry/registries';

/**
 * Offline Azure inventories, recognised from their content:
 * - `az graph query -q … -o json`: `{ "count", "data": [ … ], "skip_token", "total_records" }`, and the
 *   Resource Graph REST response `{ "totalRecords", "count", "data", … }` in either result format:
 *   an object array, or the older table `{ "columns": [ {name, type} ], "rows": [ [ … ] ] }`;
 * - ARM resource JSON: one resource (`az resource show`, `az rest`, a REST GET body), a list
 *   (`{ "value": [ … ] }`), an array of resources (`az resource list`, older `az graph query`), one
 *   resource per line (JSON lines, as `--inventory-out` writes them), and recorded HTTP exchanges
 *   whose `response` holds one of these;
 * - `az … show/list` output, whose fields are the ARM properties without the `properties` wrapper.
 *
 * Records that describe another resource are joined to it within the file: a database's
 * `transparentDataEncryption/current`, a server's `encryptionProtector/current` and firewall rules,
 * a subscription's Defender for Cloud MFA assessments and activity-log diagnostic settings.
 */

interface Placed {
  record: AzRecord;
  offset: number;
}

const GRAPH_MARKERS = ['count', 'totalRecords', 'total_records', 'skipToken', 'skip_token', 'resultTruncated'];

/** Rows of a table-format result as objects. */
export function tableRows(columns: unknown, rows: unknown): AzRecord[] | undefined {
  if (!Array.isArray(columns) || !Array.isArray(rows)) return undefined;
  const names = columns.map((c) => (isObject(c) && typeof c.name === 'string' ? c.name : undefined));
  return rows.filter(Array.isArray).map((row: unknown[]) => {
    const o: AzRecord = {};
    names.forEach((n, i) => {
      if (n !== undefined) o[n] = row[i];
    });
    return o;
  });
}

/** Azure records inside a parsed value, whatever its wrapping. */
export function recordsIn(v: unknown, depth = 0): AzRecord[] {
  if (depth > 4) return [];
  if (Array.isArray(v)) return v.flatMap((x) => recordsIn(x, depth + 1));
  if (!isObject(v)) return [];
  if (isAzureRecord(v)) return [v];
  if (isObject(v.response) || Array.isArray(v.response)) return recordsIn(v.response, depth + 1);
  if (Array.isArray(v.value)) return recordsIn(v.value, depth + 1);
  if (Array.isArray(v.data)) return recordsIn(v.data, depth + 1);
  if (isObject(v.data)) return (tableRows(v.data.columns, v.data.rows) ?? []).filter(isAzureRecord);
  return [];
}

function parseFirst(doc: JsonDoc, span: Span | undefined): unknown {
  if (!span) return undefined;
  try {
    return doc.scanner.parse(span);
  } catch {
    return undefined;
  }
}

function firstElement(doc: JsonDoc, span: Span): Span | undefined {
  let first: Span | undefined;
  try {
    doc.scanner.arrayElements(span, (el, i) => {
      if (i === 0) first = el;
    });
  } catch {
    return undefined;
  }
  return first;
}

function isGraphResponse(doc: JsonDoc): boolean {
  const m = doc.members;
  if (!m?.has('data') || !GRAPH_MARKERS.some((k) => m.has(k))) return false;
  const data = m.get('data')!;
  const c = doc.scanner.buf[data.start];
  return c === 0x5b || c === 0x7b; // an array of rows, or a table
}

function looksLikeArm(doc: JsonDoc): boolean {
  if (doc.elements) return doc.elements.length > 0 && recordsIn(parseFirst(doc, doc.elements[0])).length > 0;
  if (doc.lines) return doc.lines.length > 0 && recordsIn(parseFirst(doc, doc.lines[0])).length > 0;
  const m = doc.members;
  if (!m) return false;
  if (m.has('id')) return isAzureRecord({ id: parseFirst(doc, m.get('id')), type: parseFirst(doc, m.get('type')), subscriptionId: parseFirst(doc, m.get('subscriptionId')) });
  const value = m.get('value');
  if (value && doc.scanner.buf[value.start] === 0x5b) {
    const first = firstElement(doc, value);
    return first !== undefined && recordsIn(parseFirst(doc, first)).length > 0;
  }
  const response = m.get('response');
  if (response) return recordsIn(parseFirst(doc, response)).length > 0 || isGraphShaped(parseFirst(doc, response));
  return false;
}

function isGraphShaped(v: unknown): boolean {
  return isObject(v) && 'data' in v && GRAPH_MARKERS.some((k) => k in v);
}

/** Every record of the document with the byte offset it starts at; top-level lists are read element by element. */
function placedRecords(doc: JsonDoc): Placed[] {
  const out: Placed[] = [];
  const each = (span: Span) => {
    for (const record of recordsIn(doc.scanner.parse(span))) out.push({ record, offset: span.start });
  };
  if (doc.elements) doc.elements.forEach(each);
  else if (doc.lines) doc.lines.forEach(each);
  else if (doc.members) {
    const m = doc.members;
    const data = m.get('data');
    const value = m.get('value');
    if (data && isGraphResponse(doc)) {
      if (doc.scanner.buf[data.start] === 0x5b) doc.scanner.arrayElements(data, each);
      else {
        const table = doc.scanner.objectMembers(data.start).members;
        const columns = table.get('columns') ? doc.scanner.parse(table.get('columns')!) : undefined;
        const rows = table.get('rows');
        if (rows) {
          doc.scanner.arrayElements(rows, (span) => {
            for (const record of (tableRows(columns, [doc.scanner.parse(span)]) ?? []).filter(isAzureRecord)) out.push({ record, offset: span.start });
          });
        }
      }
    } else if (value && doc.scanner.buf[value.start] === 0x5b && !(m.has('id') && m.has('type'))) doc.scanner.arrayElements(value, each);
    else each({ start: doc.scanner.buf.indexOf(0x7b), end: doc.scanner.buf.lastIndexOf(0x7d) + 1 });
  }
  return out;
}

const CONTAINER_TYPE = 'microsoft.storage/storageaccounts/blobservices/containers';

/** Types that describe another resource rather than being one. */
function detailKind(r: AzRecord): 'tde' | 'protector' | 'firewall' | 'child' | 'policy' | 'assessment' | 'activity-export' | 'protection' | 'other-detail' | undefined {
  const t = typeOf(r);
  if (t.endsWith('/transparentdataencryption')) return 'tde';
  if (PROTECTION_TYPES.has(t) || BACKUP_POLICY_TYPES.has(t)) return 'protection';
  // Children read beside their parent: backup retention, blob service properties, server parameters, site configuration.
  if (t.endsWith('/backupshorttermretentionpolicies') || t === 'microsoft.storage/storageaccounts/blobservices' || /^microsoft\.dbfor(postgresql|mysql)\/flexibleservers\/configurations$/.test(t) || /^microsoft\.web\/sites(\/slots)?\/config$/.test(t)) return 'child';
  if (t.endsWith('/encryptionprotector')) return 'protector';
  if (t.endsWith('/firewallrules')) return 'firewall';
  if (t.endsWith('/managementpolicies')) return 'policy';
  if (t === 'microsoft.security/assessments') return mfaAssessment(r) ? 'assessment' : 'other-detail';
  if (t === 'microsoft.insights/diagnosticsettings') {
    return /^\/subscriptions\/[^/]+\/providers\/microsoft\.insights\/diagnosticsettings(\/|$)/i.test(idOf(r) ?? '') ? 'activity-export' : 'other-detail';
  }
  if (Array.isArray(r.value) && field(r, 'properties').value === undefined) return 'other-detail'; // a collection of another kind
  return undefined;
}

function push<K, V>(map: Map<K, V[]>, k: K, v: V): void {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
}

/** Reads the records of one document into resources, joining details to what they describe (at once: tests, small inputs). */
export function readAzureDoc(doc: JsonDoc, ctx: ReadContext): InputRead {
  return runSync(azureDocSteps(doc, ctx));
}

/** The same, pausing now and then so that a signal can stop the scan of a large inventory. */
function* azureDocSteps(doc: JsonDoc, ctx: ReadContext): Steps<InputRead> {
  const placed = placedRecords(doc);
  yield;
  const uri = path.relative(ctx.sourceRoot, path.resolve(doc.path)).split(path.sep).join('/');
  const lineOf = (offset: number) => doc.scanner.lineAt(offset);

  const byParent = new Map<string, AzRecord[]>();
  const bySubscription = new Map<string, AzRecord[]>();
  const global: AzRecord[] = [];
  const own = new Map<string, Placed>();
  const firstOffset = new Map<string, number>();
  const rulesByNsg = new Map<string, AzRecord[]>();

  // Flow logs and Defender plans, by subscription: joined to the networks and registries they concern.
  const flowLogsBySub = new Map<string, AzRecord[]>();
  const plansBySub = new Map<string, AzRecord[]>();
  const destinations = new Set<string>();
  // Azure Backup protections and policies of the input.
  const protections = new ProtectionIndex();
  let protectionsRead = false;
  for (const p of placed) {
    const r = p.record;
    const id = lower(idOf(r) ?? '');
    const kind = detailKind(r);
    // Blob containers (one by one, or an account's complete list) tell whether the account's blobs are public.
    const containersOf = typeOf(r) === CONTAINER_TYPE ? /^(.*\/storageaccounts\/[^/]+)\/blobservices\//.exec(id)?.[1] : undefined;
    if (containersOf) push(byParent, containersOf, r);
    if (kind === undefined) {
      if (!own.has(id)) own.set(id, p);
      const type = typeOf(r);
      if (type === RULE_TYPE) push(rulesByNsg, parentId(id) ?? '', r);
      if (type === 'microsoft.operationalinsights/workspaces') global.push(r);
      if (type === FLOW_LOG_TYPE) push(flowLogsBySub, subscriptionOf(r) ?? '', r);
      if (type === PRICING_TYPE) push(plansBySub, subscriptionOf(r) ?? '', r);
      continue;
    }
    if (kind === 'protection') {
      // Policies alone say nothing of what is protected.
      if (PROTECTION_TYPES.has(typeOf(r))) protectionsRead = true;
      protections.add(r);
      continue;
    }
    if (kind === 'activity-export') {
      const account = idAt(prop(r, 'storageAccountId'));
      if (account) destinations.add(lower(account));
    }
    if (kind === 'tde' || kind === 'firewall' || kind === 'child') {
      const parent = parentId(id);
      if (parent) {
        push(byParent, parent, r);
        if (kind === 'tde' && !firstOffset.has(parent)) firstOffset.set(parent, p.offset);
      }
    } else if (kind === 'protector') {
      const server = parentId(id);
      if (server) push(byParent, `${server}#protector`, r);
    } else if (kind === 'policy') global.push(r);
    else if (kind === 'assessment' || kind === 'activity-export') {
      const sub = subscriptionOf(r);
      if (sub) {
        push(bySubscription, sub, r);
        if (!firstOffset.has(`/subscriptions/${sub}`)) firstOffset.set(`/subscriptions/${sub}`, p.offset);
      }
    }
  }

  // Activity-log destination accounts and their insights-activity-logs containers judge the log's protection.
  for (const [id, p] of own) {
    if (destinations.has(id) || [...destinations].some((d) => id === `${d}/blobservices/default/containers/insights-activity-logs`)) global.push(p.record);
  }

  // Databases known only from their TDE record, subscriptions only from their assessments or settings.
  const synthesized: Placed[] = [];
  for (const [parent, details] of byParent) {
    if (parent.includes('#') || own.has(parent) || !details.some((d) => detailKind(d) === 'tde')) continue;
    const tdeId = idOf(details.find((d) => detailKind(d) === 'tde')!)!;
    const dbId = tdeId.slice(0, parent.length);
    synthesized.push({ record: { id: dbId, type: 'Microsoft.Sql/servers/databases' }, offset: firstOffset.get(parent) ?? 0 });
  }
  for (const sub of bySubscription.keys()) {
    const id = `/subscriptions/${sub}`;
    if (!own.has(id)) synthesized.push({ record: subscriptionRecord(sub), offset: firstOffset.get(id) ?? 0 });
  }

  const resources: Resource[] = [];
  const categories = new Set<string>();
  let n = 0;
  for (const p of [...own.values(), ...synthesized]) {
    if (++n % 256 === 0) yield;
    const r = p.record;
    const id = lower(idOf(r) ?? '');
    const type = typeOf(r);
    // A standalone rule whose NSG is in the same file is judged with the NSG.
    if (type === RULE_TYPE && own.has(parentId(id) ?? '')) continue;
    const records: AzRecord[] = [...nestedDetails(r), ...(byParent.get(id) ?? [])];
    if (type === 'microsoft.sql/servers/databases') for (const item of byParent.get(`${parentId(id) ?? ''}#protector`) ?? []) records.push(item);
    // A record read live carries these collections itself; a file that has the flow logs or plans of the subscription gives them here.
    const sub = subscriptionOf(r) ?? '';
    if (type === VNET_TYPE && !children({ records }, 'flowlogs').complete && flowLogsBySub.has(sub)) {
      records.push({ id: `${idOf(r)}/flowLogs`, type: 'Microsoft.Network/networkWatchers/flowLogs', value: flowLogsBySub.get(sub)!.filter((l) => flowLogCovers(r, l)) });
    }
    if ((type === REGISTRY_TYPE || type === SUBSCRIPTION_TYPE) && !children({ records }, 'pricings').complete && plansBySub.has(sub)) {
      records.push({ id: `/subscriptions/${sub}/providers/Microsoft.Security/pricings`, type: 'Microsoft.Security/pricings', value: plansBySub.get(sub)! });
    }
    // VMs and disks: the protections naming them (a disk's also through its VM) and their policies, when the input holds any.
    if (protectionsRead && !children({ records }, 'protecteditems').complete) records.push(...protections.detailsFor(r));
    if (type === SUBSCRIPTION_TYPE) for (const item of [...(bySubscription.get(subscriptionOf(r) ?? '') ?? []), ...global]) records.push(item);
    const siblings = type === RULE_TYPE ? (rulesByNsg.get(parentId(id) ?? '') ?? []).filter((x) => x !== r) : [];
    const resource = toResource(r, { records }, { input: doc.path, location: { uri, line: lineOf(p.offset) } }, siblings);
    if (!resource) continue;
    resources.push(resource);
    categories.add(resource.source.category);
  }
  return { resources, notifications: [], secrets: new Set(), categories: [...categories].sort() };
}

export const AZURE_RESOURCE_GRAPH: InputKind = {
  name: 'azure-resource-graph',
  label: 'Azure Resource Graph result (az graph query -o json; object array or table format)',
  detect: (doc) => isGraphResponse(doc),
  read: (doc, ctx) => runPausing(azureDocSteps(doc, ctx)),
};

export const AZURE_ARM: InputKind = {
  name: 'azure-arm',
  label: 'Azure ARM resource JSON (one resource, a {value: [...]} list, an array, or JSON lines)',
  detect: (doc) => !isGraphResponse(doc) && looksLikeArm(doc),
  read: (doc, ctx) => runPausing(azureDocSteps(doc, ctx)),
};
