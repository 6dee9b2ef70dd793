/**
 * AWS Config configuration items in every shape they are delivered in, normalised once:
 * - snapshot / history files and rule events: `configurationItemVersion`, `awsAccountId`, `ARN`,
 *   `configuration` an object, `supplementaryConfiguration` values objects or JSON strings;
 * - the API (BatchGetResourceConfig, GetResourceConfigHistory): `version`, `accountId`, `arn`,
 *   `configuration` a JSON string, every supplementary value a JSON string (S3's
 *   `AccessControlList` encoded twice);
 * - advanced queries (SelectResourceConfig / SelectAggregateResourceConfig): each result a JSON
 *   string whose `configuration` is an object.
 * Field names inside `configuration` vary in case between types (`dBInstanceIdentifier`,
 * `ssedescription`, EKS's `ResourcesVpcConfig`), so they are looked up case-insensitively and
 * evidence names the key as the item spells it.
 */

import { createHash } from 'node:crypto';

export interface ConfigItem {
  resourceType: string;
  accountId: string | undefined;
  /** `awsRegion` as given (`global` for IAM). */
  awsRegion: string | undefined;
  availabilityZone: string | undefined;
  arn: string | undefined;
  resourceId: string | undefined;
  resourceName: string | undefined;
  status: string | undefined;
  /** Capture time in milliseconds since the epoch, when given (for keeping the latest of a history). */
  capturedAt: number | undefined;
  /** Undefined when the item carries no configuration (not recorded, or not selected). */
  configuration: Record<string, unknown> | undefined;
  supplementary: Record<string, unknown>;
  /** The item's own `tags` (snapshot and select shapes carry them; BatchGetResourceConfig does not). */
  tags?: Record<string, string>;
}

export type Json = Record<string, unknown>;

export function isRecord(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * A value that may be JSON text (possibly encoded more than once): parsed until it is not a string
 * holding JSON. Plain strings stay strings.
 */
export function decodeJsonText(value: unknown): unknown {
  let v = value;
  for (let i = 0; i < 4 && typeof v === 'string'; i++) {
    let j = 0;
    while (j < v.length && v.charCodeAt(j) <= 0x20) j++;
    const c = v.charCodeAt(j);
    // `{`, `[` or `"`: JSON text; anything else is a plain string (checked without copying it).
    if (c !== 0x7b && c !== 0x5b && c !== 0x22) break;
    try {
      v = JSON.parse(v);
    } catch {
      break;
    }
  }
  return v;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

function first(raw: Json, ...keys: string[]): unknown {
  for (const k of keys) if (raw[k] !== undefined && raw[k] !== null) return raw[k];
  return undefined;
}

function epochMs(v: unknown): number | undefined {
  if (typeof v === 'number') return v < 1e11 ? v * 1000 : v;
  if (v instanceof Date) return v.getTime();
  if (typeof v === 'string') {
    const t = Date.parse(v);
    return Number.isNaN(t) ? undefined : t;
  }
  return undefined;
}

/**
 * Where the configuration names the resource's id (the value Config gives as `resourceId`, per the
 * items in ../shared/corpus/inventory), for advanced-query results selected without `resourceId`
 * (`SELECT resourceType, configuration, …`): without it every such row would share one id.
 */
const ID_IN_CONFIGURATION: Readonly<Record<string, string>> = {
  'AWS::EC2::SecurityGroup': 'groupId',
  'AWS::EC2::Volume': 'volumeId',
  'AWS::EC2::Instance': 'instanceId',
  'AWS::S3::Bucket': 'name',
  'AWS::RDS::DBInstance': 'dbiResourceId',
  'AWS::DynamoDB::Table': 'tableName',
  'AWS::KMS::Key': 'keyId',
  'AWS::IAM::User': 'userId',
  'AWS::CloudTrail::Trail': 'name',
  'AWS::EKS::Cluster': 'name',
};

/**
 * The resource id of an item that does not give one: from its configuration, else from its ARN
 * (the part after the resource type), else a digest of its configuration, so that distinct rows
 * never collapse onto one resource. Undefined when there is nothing to tell rows apart.
 */
function derivedId(resourceType: string, arn: string | undefined, configuration: Json | undefined): string | undefined {
  const key = ID_IN_CONFIGURATION[resourceType];
  const named = key ? text(field(configuration, 'configuration', key)) : undefined;
  if (named) return named;
  const fromArn = arn && /^arn:/.test(arn) ? /[:/]([^:/]+)$/.exec(arn)?.[1] : undefined;
  if (fromArn) return fromArn;
  return configuration ? `selected-${createHash('sha256').update(JSON.stringify(configuration)).digest('hex').slice(0, 16)}` : undefined;
}

/** Why a record is not a configuration item, or the item. */
export function normaliseItem(value: unknown): ConfigItem | string {
  const raw = decodeJsonText(value);
  if (!isRecord(raw)) return 'not a JSON object';
  const resourceType = str(raw.resourceType);
  if (!resourceType) return 'no resourceType';
  if (!/^AWS::[A-Za-z0-9]*::[A-Za-z0-9]+$/.test(resourceType)) return `resourceType ${JSON.stringify(resourceType.slice(0, 60))} is not an AWS Config type`;
  const configuration = decodeJsonText(raw.configuration);
  if (typeof raw.configuration === 'string' && raw.configuration.trim() !== '' && raw.configuration !== 'null' && !isRecord(configuration)) return 'configuration is not valid JSON';
  const supplementaryRaw = decodeJsonText(raw.supplementaryConfiguration);
  const supplementary: Json = {};
  if (isRecord(supplementaryRaw)) for (const [k, v] of Object.entries(supplementaryRaw)) supplementary[k] = decodeJsonText(v);
  const arn = str(first(raw, 'arn', 'ARN'));
  return {
    resourceType,
    accountId: str(first(raw, 'accountId', 'awsAccountId')),
    awsRegion: str(raw.awsRegion),
    availabilityZone: str(first(raw, 'availabilityZone', 'availibilityZone')),
    arn,
    resourceId: str(raw.resourceId) ?? derivedId(resourceType, arn, isRecord(configuration) ? configuration : undefined),
    resourceName: str(raw.resourceName),
    status: str(raw.configurationItemStatus),
    capturedAt: epochMs(raw.configurationItemCaptureTime),
    configuration: isRecord(configuration) ? configuration : undefined,
    supplementary,
    ...tagMap(decodeJsonText(raw.tags)),
  };
}

/**
 * Tags as Config spells them: an object (`{"env": "prod"}`, snapshot and history files), or a list
 * of `{key, value}` (advanced queries; `Key`/`Value` and `tagKey`/`tagValue` in some types).
 */
export function tagList(v: unknown): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  if (Array.isArray(v)) {
    for (const t of v) {
      if (!isRecord(t)) continue;
      const k = t.key ?? t.Key ?? t.tagKey ?? t.TagKey;
      const value = t.value ?? t.Value ?? t.tagValue ?? t.TagValue;
      if (typeof k === 'string' && typeof value === 'string') out[k] = value;
    }
  } else if (isRecord(v)) {
    for (const [k, value] of Object.entries(v)) if (typeof value === 'string') out[k] = value;
  } else return undefined;
  return Object.keys(out).length ? out : undefined;
}

function tagMap(v: unknown): { tags?: Record<string, string> } {
  const t = tagList(v);
  return t ? { tags: t } : {};
}

/** Items that describe no current resource. */
export function isDeleted(item: ConfigItem): boolean {
  return item.status === 'ResourceDeleted' || item.status === 'ResourceDeletedNotRecorded';
}

/** A value found under a path, with the path as the item spells it (`configuration.ResourcesVpcConfig.EndpointPublicAccess`). */
export interface Found {
  value: unknown;
  path: string;
}

function keyOf(obj: Json, key: string): string | undefined {
  if (key in obj) return key;
  const lower = key.toLowerCase();
  for (const k of Object.keys(obj)) if (k.toLowerCase() === lower) return k;
  return undefined;
}

/**
 * The value at a dotted path below `root` (case-insensitive keys), or undefined with the path as
 * asked when some part is missing. `null` is read as missing: Config writes `{"status": null}`
 * for settings that are not configured.
 */
export function field(root: unknown, base: string, dotted: string): Found {
  let cur: unknown = root;
  let path = base;
  for (const part of dotted.split('.')) {
    if (Array.isArray(cur) && /^\d+$/.test(part)) {
      path = `${path}[${part}]`;
      cur = decodeJsonText(cur[Number(part)]);
      continue;
    }
    if (!isRecord(cur)) return { value: undefined, path: /^\d+$/.test(part) ? `${path}[${part}]` : `${path}.${part}` };
    const k = keyOf(cur, part);
    path = `${path}.${k ?? part}`;
    cur = k === undefined ? undefined : decodeJsonText(cur[k]);
  }
  return { value: cur === null ? undefined : cur, path };
}

export function conf(item: ConfigItem, dotted: string): Found {
  return field(item.configuration, 'configuration', dotted);
}

export function supp(item: ConfigItem, dotted: string): Found {
  return field(item.supplementary, 'supplementaryConfiguration', dotted);
}

/** Three-valued reading of a boolean (Config writes some as strings: SQS `SqsManagedSseEnabled`). */
export function truthy(f: Found): 'yes' | 'no' | undefined {
  if (f.value === true || f.value === 'true' || f.value === 'TRUE' || f.value === 'True') return 'yes';
  if (f.value === false || f.value === 'false' || f.value === 'FALSE' || f.value === 'False') return 'no';
  return undefined;
}

export function text(f: Found): string | undefined {
  return typeof f.value === 'string' && f.value !== '' ? f.value : undefined;
}

const finite = (n: number) => (Number.isFinite(n) ? n : undefined);

export function num(f: Found): number | undefined {
  if (typeof f.value === 'number' && Number.isFinite(f.value)) return f.value;
  // 400 digits are a string of digits, and Infinity as a number: not a number of anything.
  if (typeof f.value === 'string' && /^-?\d+(\.\d+)?$/.test(f.value)) return finite(Number(f.value));
  return undefined;
}

export function list(f: Found): unknown[] | undefined {
  return Array.isArray(f.value) ? f.value : undefined;
}

/** `arn:aws:logs:eu-west-3:123456789012:…`: the region inside an ARN, when the service puts one there. */
const ARN_REGION = /^arn:aws[a-z-]*:[^:]+:([a-z]{2}(?:-[a-z]+)+-\d+):/;
const ARN_ACCOUNT = /^arn:aws[a-z-]*:[^:]+:[^:]*:(\d{12}):/;

export function arnRegion(arn: string | undefined): string | undefined {
  return arn ? ARN_REGION.exec(arn)?.[1] : undefined;
}

export function arnAccount(arn: string | undefined): string | undefined {
  return arn ? ARN_ACCOUNT.exec(arn)?.[1] : undefined;
}

/**
 * The canonical id of the resource: its ARN (what a plan or state knows as `arn`), else a stable
 * Config-style identifier built from the account, region, type and resource id.
 */
export function canonicalId(item: ConfigItem): string {
  if (item.arn && item.arn.startsWith('arn:')) return item.arn;
  return `${item.resourceType}/${item.accountId ?? 'unknown-account'}/${item.awsRegion ?? 'unknown-region'}/${item.resourceId ?? item.resourceName ?? 'unknown'}`;
}

/** The account an item belongs to: its own field, else the one in its ARN. */
export function accountOf(item: ConfigItem): string | undefined {
  return item.accountId ?? arnAccount(item.arn);
}
