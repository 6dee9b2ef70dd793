import type { Evidence } from '../../src/model/facets.js';
import { evidenceAt, type EvidenceHints } from '../../src/model/evidence.js';

/**
 * Azure resource records as the inventory gives them: Resource Graph rows (`resources`,
 * `resourcecontainers`, `securityresources`), ARM REST bodies (`GET …?api-version=`), and the
 * flattened objects that `az … show/list` print (the same fields without the `properties` wrapper).
 * Field names are compared case-insensitively: ARM, Graph and the CLI do not always agree
 * (`authorizedIPRanges` / `authorizedIpRanges`, `keyvaultproperties` / `keyVaultProperties`), and
 * so are types (Graph lower-cases them).
 */
export type AzRecord = Record<string, unknown>;

export function isObject(v: unknown): v is AzRecord {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A value read at a path, and the path as spelled in the record (for evidence). */
export interface Got {
  value: unknown;
  path: string;
  found: boolean;
}

function key(obj: AzRecord, name: string): string | undefined {
  if (Object.prototype.hasOwnProperty.call(obj, name)) return name;
  const lower = name.toLowerCase();
  for (const k of Object.keys(obj)) if (k.toLowerCase() === lower) return k;
  return undefined;
}

/** `a.b.c` from `obj`, case-insensitively; `prefix` is prepended to the path reported. */
export function get(obj: unknown, path: string, prefix = ''): Got {
  let cur: unknown = obj;
  let spelled = prefix;
  for (const part of path.split('.')) {
    const k = isObject(cur) ? key(cur, part) : undefined;
    if (k === undefined) return { value: undefined, path: prefix ? `${prefix}.${path}` : path, found: false };
    cur = (cur as AzRecord)[k];
    spelled = spelled ? `${spelled}.${k}` : k;
  }
  return { value: cur, path: spelled, found: cur !== undefined && cur !== null };
}

/**
 * A resource property: under `properties` (ARM, Graph), or at the top level when the record has no
 * `properties` object (the flattened `az` CLI output).
 */
export function prop(rec: AzRecord, path: string, prefix = ''): Got {
  const p = key(rec, 'properties');
  const props = p === undefined ? undefined : rec[p];
  if (isObject(props)) {
    const got = get(props, path, prefix ? `${prefix}.${p}` : p!);
    return got.found ? got : { ...got, path: `${prefix ? `${prefix}.` : ''}properties.${path}` };
  }
  const got = get(rec, path, prefix);
  return got.found ? got : { ...got, path: `${prefix ? `${prefix}.` : ''}properties.${path}` };
}

/** A top-level field (`id`, `type`, `location`, `sku.name`). */
export function field(rec: AzRecord, path: string): Got {
  const got = get(rec, path);
  return got.found ? got : { ...got, path };
}

export function str(g: Got): string | undefined {
  return typeof g.value === 'string' && g.value !== '' ? g.value : undefined;
}

export function bool(g: Got): boolean | undefined {
  if (typeof g.value === 'boolean') return g.value;
  if (typeof g.value === 'string' && /^(true|false)$/i.test(g.value)) return g.value.toLowerCase() === 'true';
  return undefined;
}

export function num(g: Got): number | undefined {
  if (typeof g.value === 'number' && Number.isFinite(g.value)) return g.value;
  // 400 digits are a string of digits, and Infinity as a number: not a number of anything.
  if (typeof g.value === 'string' && /^-?\d+$/.test(g.value) && Number.isFinite(Number(g.value))) return Number(g.value);
  return undefined;
}

export function list(g: Got): unknown[] | undefined {
  return Array.isArray(g.value) ? g.value : undefined;
}

export const lower = (s: string): string => s.toLowerCase();

export const SUBSCRIPTION_TYPE = 'microsoft.resources/subscriptions';

/**
 * The record's type, lower-cased (Graph spells `microsoft.storage/storageaccounts`, ARM
 * `Microsoft.Storage/storageAccounts`). The Subscriptions API (`GET /subscriptions/{id}`, 2022-12-01)
 * answers without a `type`: its id and `subscriptionId` say it is the subscription.
 */
export function typeOf(rec: AzRecord): string {
  const t = field(rec, 'type').value;
  if (typeof t === 'string' && t !== '') return t.toLowerCase();
  return typeof field(rec, 'subscriptionId').value === 'string' && /^\/subscriptions\/[^/]+$/i.test(idOf(rec) ?? '') ? SUBSCRIPTION_TYPE : '';
}

/**
 * An ARM resource id as it is compared and parsed. Some API versions leave out the leading slash
 * (the subscription diagnostic settings of 2017-05-01-preview answer
 * `"id": "subscriptions/<id>/providers/…"`), and a setting may name its destination that way: it is
 * the same resource, so links between records must still resolve.
 */
export function armId(id: string): string {
  return /^(subscriptions|providers|tenants)\//i.test(id) ? `/${id}` : id;
}

export function idOf(rec: AzRecord): string | undefined {
  const id = field(rec, 'id').value;
  return typeof id === 'string' && id !== '' ? armId(id) : undefined;
}

/** A field holding the id of another resource (`workspaceId`, `storageAccountId`, `targetResourceId`, `networkSecurityGroup.id`), as idOf spells ids. */
export function idAt(g: Got): string | undefined {
  const s = str(g);
  return s === undefined ? undefined : armId(s);
}

/** `/subscriptions/<id>/…` → the subscription id, lower-cased (GUIDs compare case-insensitively). */
export function subscriptionOf(rec: AzRecord): string | undefined {
  const declared = field(rec, 'subscriptionId').value;
  if (typeof declared === 'string' && declared) return declared.toLowerCase();
  const m = /^\/subscriptions\/([^/]+)/i.exec(idOf(rec) ?? '');
  return m ? m[1]!.toLowerCase() : undefined;
}

/** The id of the resource a child id belongs to: `…/servers/a/databases/b` → `…/servers/a`. */
export function parentId(id: string): string | undefined {
  const m = /^(.*\/providers\/[^/]+\/[^/]+\/[^/]+)((?:\/[^/]+\/[^/]+)+)$/i.exec(id);
  if (!m) return undefined;
  const rest = m[2]!.split('/').filter(Boolean);
  return rest.length >= 2 ? `${m[1]}${rest.length > 2 ? `/${rest.slice(0, -2).join('/')}` : ''}` : undefined;
}

/** Looks like one Azure resource record: an ARM id and a namespaced type. */
export function isAzureRecord(v: unknown): boolean {
  if (!isObject(v)) return false;
  const id = idOf(v);
  return id !== undefined && /^\/(subscriptions|providers)\//i.test(id) && typeOf(v).includes('/');
}

/**
 * Evidence for a field, its value as `printable` allows (src/model/evidence.ts): booleans, numbers,
 * and strings the caller marks `safe` (`Enabled`, `Microsoft.Keyvault`, `TLS1_2`, `Standard_GRS`,
 * `francecentral`, `10.0.0.0/8`). Key URIs, ids and free text are never marked.
 */
export function ev(g: Got, opts: EvidenceHints = {}): Evidence {
  return evidenceAt(g.path, g.value ?? null, opts);
}

/**
 * What was read beside a record: child resources (a database's `transparentDataEncryption/current`,
 * a server's `encryptionProtector/current`) and collections. A collection is the complete list of
 * one kind of child, written `{ "id": "<parent>/<children>", "type": "<parent type>/<children>",
 * "value": [ … ] }` like an ARM list response: an empty collection means "read, and there are none",
 * which a missing child cannot say.
 */
export interface Details {
  records: readonly AzRecord[];
  /** For a security rule read on its own: the other rule records of its network security group, which decide with it. */
  siblings?: readonly AzRecord[];
}

export const NO_DETAILS: Details = { records: [] };

/** Children whose type ends with `/<suffix>` (lower case), and whether their list is known complete. */
export function children(details: Details, suffix: string): { items: AzRecord[]; complete: boolean } {
  const items: AzRecord[] = [];
  let complete = false;
  const end = `/${suffix}`;
  for (const r of details.records) {
    if (!typeOf(r).endsWith(end)) continue;
    const value = field(r, 'value').value;
    if (Array.isArray(value) && idOf(r) !== undefined && field(r, 'properties').value === undefined) {
      complete = true;
      for (const v of value) if (isObject(v)) items.push(v);
    } else items.push(r);
  }
  return { items, complete };
}

/** Nested child records a record carries itself (`resources: [...]`, as cldscan's inventory snapshot writes them). */
export function nestedDetails(rec: AzRecord): AzRecord[] {
  const nested = field(rec, 'resources').value;
  return Array.isArray(nested) ? nested.filter(isObject) : [];
}
