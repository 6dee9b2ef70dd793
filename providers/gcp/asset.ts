/**
 * Cloud Asset Inventory records in every spelling cldscan reads, brought to one shape: the REST
 * API's camelCase `Asset` (`name`, `assetType`, `resource.data`, `iamPolicy`, `ancestors`).
 *
 * - `gcloud asset export` JSON lines use the proto field names (`asset_type`, `iam_policy`,
 *   `discovery_document_uri`, `audit_log_configs`) around `resource.data`, which is the service's
 *   own REST JSON and camelCase in both spellings: every key is camelCased except inside `data`.
 * - `batchGetAssetsHistory` and `gcloud asset get-history` wrap each asset in a TemporalAsset
 *   (`{window, asset, deleted}`); deleted ones are dropped.
 * - `searchAllResources` results (`gcloud asset search-all-resources`) carry a location, the
 *   project and the KMS keys, and the resource itself only with `readMask=versionedResources`.
 * - `searchAllIamPolicies` results carry `resource` (the full resource name) and `policy`.
 * - The Node client returns `resource.data` as a protobuf Struct (`{fields: {x: {stringValue}}}`),
 *   timestamps as `{seconds, nanos}`, bytes as Buffers and fills in defaults (`iamPolicy: null`,
 *   `orgPolicy: []`, empty strings): `fromClientAsset` turns that into the REST shape, once.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface IamBinding {
  role?: string;
  members?: string[];
  condition?: JsonObject;
}

export interface AuditLogConfig {
  /** ADMIN_READ, DATA_WRITE, DATA_READ (numbers 1, 2, 3 in REST responses with enum-encoding=int). */
  logType?: string | number;
  exemptedMembers?: string[];
}

export interface IamPolicy {
  bindings?: IamBinding[];
  auditConfigs?: Array<{ service?: string; auditLogConfigs?: AuditLogConfig[] }>;
}

export interface CaiAsset {
  name: string;
  assetType: string;
  resource?: {
    data?: JsonObject;
    location?: string;
    parent?: string;
    [key: string]: Json | undefined;
  };
  iamPolicy?: IamPolicy;
  ancestors?: string[];
  /** Set for records from searchAllResources: what the search result says besides the resource. */
  search?: { project?: string; kmsKeys?: string[] };
  /** Which spelling the input used, so evidence paths name the input's own keys. */
  spelling: 'camel' | 'snake';
  [key: string]: unknown;
}

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const camel = (key: string): string => (key.includes('_') ? key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase()) : key);

/** camelCases every key, except under `resource.data` (already the service's camelCase JSON, whose keys are its own). */
function camelKeys(v: unknown, path: string): unknown {
  if (Array.isArray(v)) return v.map((x) => camelKeys(x, path));
  if (!isObject(v)) return v;
  if (path === 'resource.data' || path === 'versionedResources.resource') return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    const key = camel(k);
    out[key] = camelKeys(x, path === '' ? key : `${path}.${key}`);
  }
  return out;
}

const strings = (v: unknown): string[] | undefined => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined);

/**
 * One record of any spelling → the camelCase asset; undefined when the record is not an asset
 * (or is a deleted one in an asset history).
 */
export function normaliseRecord(record: unknown): CaiAsset | undefined {
  if (!isObject(record)) return undefined;
  // TemporalAsset (batchGetAssetsHistory, gcloud asset get-history): the asset it holds, unless deleted.
  if (isObject(record.asset) && !('assetType' in record) && !('asset_type' in record)) return record.deleted === true ? undefined : normaliseRecord(record.asset);
  const spelling = 'asset_type' in record || 'iam_policy' in record ? 'snake' : 'camel';
  // The REST spelling (the API, the Node client, gcloud asset list) needs no renaming: a shallow copy will do.
  const r = spelling === 'snake' ? (camelKeys(record, '') as Record<string, unknown>) : { ...record };
  // searchAllIamPolicies result: the policy of `resource`.
  if (typeof r.resource === 'string' && isObject(r.policy)) {
    return { name: r.resource, assetType: typeof r.assetType === 'string' ? r.assetType : assetTypeOf(r.resource), iamPolicy: r.policy as IamPolicy, spelling, ...(typeof r.project === 'string' ? { search: { project: r.project } } : {}) };
  }
  if (typeof r.name !== 'string' || typeof r.assetType !== 'string') return undefined;
  const asset: CaiAsset = { ...r, name: r.name, assetType: r.assetType, spelling };
  if (r.resource !== undefined && !isObject(r.resource)) delete asset.resource;
  if (r.iamPolicy !== undefined && !isObject(r.iamPolicy)) delete asset.iamPolicy;
  const ancestors = strings(r.ancestors);
  if (ancestors) asset.ancestors = ancestors;
  else delete asset.ancestors;
  if (!isObject(r.resource) && !isObject(r.iamPolicy) && isSearchResult(r)) return fromSearchResult(r, asset);
  return asset;
}

const SEARCH_KEYS = ['project', 'displayName', 'location', 'kmsKeys', 'kmsKey', 'versionedResources', 'parentFullResourceName', 'folders', 'organization', 'additionalAttributes'];
const isSearchResult = (r: Record<string, unknown>) => SEARCH_KEYS.some((k) => k in r);

/** A searchAllResources result: location and keys as the search reports them; the resource itself when a versioned resource came with it. */
function fromSearchResult(r: Record<string, unknown>, asset: CaiAsset): CaiAsset {
  const out: CaiAsset = { name: asset.name, assetType: asset.assetType, spelling: asset.spelling };
  const versioned = Array.isArray(r.versionedResources) ? r.versionedResources.find((v) => isObject(v) && isObject(v.resource)) : undefined;
  const resource: NonNullable<CaiAsset['resource']> = {};
  if (typeof r.location === 'string' && r.location) resource.location = r.location;
  if (isObject(versioned)) resource.data = versioned.resource as JsonObject;
  if (typeof r.parentFullResourceName === 'string') resource.parent = r.parentFullResourceName;
  out.resource = resource;
  const kms = strings(r.kmsKeys) ?? (typeof r.kmsKey === 'string' && r.kmsKey ? [r.kmsKey] : undefined);
  out.search = { ...(typeof r.project === 'string' ? { project: r.project } : {}), ...(kms ? { kmsKeys: kms } : {}) };
  return out;
}

/** `//storage.googleapis.com/b` → no type known; used only for IAM search results without an assetType. */
function assetTypeOf(name: string): string {
  const m = /^\/\/cloudresourcemanager\.googleapis\.com\/(projects|folders|organizations)\//.exec(name);
  if (!m) return 'unknown';
  return `cloudresourcemanager.googleapis.com/${{ projects: 'Project', folders: 'Folder', organizations: 'Organization' }[m[1] as 'projects' | 'folders' | 'organizations']}`;
}

// ─── The Node client's shape ────────────────────────────────────────────────────────────────────

/** A protobuf Struct / Value as protobufjs `toObject` renders it. */
function fromValue(v: unknown): Json {
  if (!isObject(v)) return null;
  switch (v.kind) {
    case 'stringValue':
      return typeof v.stringValue === 'string' ? v.stringValue : '';
    case 'numberValue':
      return typeof v.numberValue === 'number' ? v.numberValue : Number(v.numberValue);
    case 'boolValue':
      return v.boolValue === true;
    case 'structValue':
      return fromStruct(v.structValue);
    case 'listValue':
      return isObject(v.listValue) && Array.isArray(v.listValue.values) ? v.listValue.values.map(fromValue) : [];
    case 'nullValue':
      return null;
    default:
      // Without `kind` (other toObject options): whichever value field is set.
      if ('stringValue' in v) return String(v.stringValue);
      if ('numberValue' in v) return Number(v.numberValue);
      if ('boolValue' in v) return v.boolValue === true;
      if ('structValue' in v) return fromStruct(v.structValue);
      if ('listValue' in v) return isObject(v.listValue) && Array.isArray(v.listValue.values) ? v.listValue.values.map(fromValue) : [];
      return null;
  }
}

/** google.protobuf.Struct → the JSON object it stands for. */
export function fromStruct(s: unknown): JsonObject {
  const out: JsonObject = {};
  if (!isObject(s) || !isObject(s.fields)) return out;
  for (const [k, v] of Object.entries(s.fields)) out[k] = fromValue(v);
  return out;
}

/** Drops what the client fills in for absent fields (null, '', []) and turns bytes into base64. */
function compact(v: unknown): unknown {
  if (v === null || v === undefined || v === '') return undefined;
  if (Buffer.isBuffer(v) || v instanceof Uint8Array) return v.length ? Buffer.from(v).toString('base64') : undefined;
  if (Array.isArray(v)) {
    const items = v.map(compact).filter((x) => x !== undefined);
    return items.length ? items : undefined;
  }
  if (!isObject(v)) return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    const c = compact(x);
    if (c !== undefined) out[k] = c;
  }
  return Object.keys(out).length ? out : undefined;
}

function timestamp(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (!isObject(v) || v.seconds === undefined) return undefined;
  const ms = Number(v.seconds) * 1000 + Math.floor(Number(v.nanos ?? 0) / 1e6);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
}

/**
 * An `Asset` as `AssetServiceClient.listAssets` returns it → the REST JSON shape (the record
 * written to --inventory-out, which cldscan reads back as an offline inventory).
 */
export function fromClientAsset(asset: unknown): Record<string, unknown> {
  if (!isObject(asset)) return {};
  const { resource, updateTime, ...rest } = asset;
  const out = (compact(rest) ?? {}) as Record<string, unknown>;
  if (isObject(resource)) {
    const { data, ...meta } = resource;
    const r = (compact(meta) ?? {}) as Record<string, unknown>;
    if (data !== null && data !== undefined) r.data = isObject(data) && isObject(data.fields) ? fromStruct(data) : (data as Json);
    out.resource = r;
  }
  const when = timestamp(updateTime);
  if (when) out.updateTime = when;
  // Keep the REST key order readable: name and type first.
  const { name, assetType, ...others } = out;
  return { name, assetType, ...others };
}
