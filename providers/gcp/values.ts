import type { Evidence } from '../../src/model/facets.js';
import { evidenceAt, type EvidenceHints } from '../../src/model/evidence.js';
import { isObject, type CaiAsset, type JsonObject } from './asset.js';

/** Reading `resource.data` of an asset: values by dotted path, and evidence paths in the input's own spelling. */

export const dataOf = (a: CaiAsset): JsonObject | undefined => (isObject(a.resource?.data) ? (a.resource.data as JsonObject) : undefined);

const SPLIT = new Map<string, readonly string[]>();

/** The value at a dotted path (`settings.ipConfiguration.ipv4Enabled`) of an object. */
export function get(obj: unknown, path: string): unknown {
  let keys = SPLIT.get(path);
  if (!keys) SPLIT.set(path, (keys = path.split('.')));
  let cur: unknown = obj;
  for (const key of keys) {
    if (!isObject(cur)) return undefined;
    cur = cur[key];
  }
  return cur;
}

export const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
export const bool = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : v === 'true' ? true : v === 'false' ? false : undefined);
/** Numbers, and int64 values the JSON APIs write as strings (`"2592000"`). */
export function num(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  // 400 digits are a string of digits, and Infinity as a number: not a number of anything.
  if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim())) return finite(Number(v));
  return undefined;
}
export const finite = (n: number): number | undefined => (Number.isFinite(n) ? n : undefined);
export const list = (v: unknown): unknown[] | undefined => (Array.isArray(v) ? v : undefined);
export const strings = (v: unknown): string[] | undefined => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '').map((x) => x.trim()) : undefined);

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Path of a top-level member (`iamPolicy.bindings[0]`), spelled as the input spells it (`iam_policy.bindings[0]` in an export). */
export function topPath(a: CaiAsset, camelPath: string): string {
  if (a.spelling !== 'snake') return camelPath;
  return camelPath
    .split('.')
    .map((seg) => snake(seg))
    .join('.');
}

/** Evidence path of a `resource.data` field; search results have no `resource.data`, and their fields sit at the top. */
export const dataPath = (path: string): string => `resource.data.${path}`;

/** Evidence for a field, the value the caller passes printed as `printable` allows: strings only when marked `safe` (enums, regions, CIDRs, role names). */
export function ev(path: string, value?: unknown, opts: Omit<EvidenceHints, 'from'> = {}): Evidence {
  return evidenceAt(path, value, opts);
}

/** `projects/p/locations/europe-west9/buckets/x` → `europe-west9` (also zones and regions). */
export function locationInName(name: string): string | undefined {
  const m = /\/(?:locations|zones|regions)\/([^/]+)/.exec(name);
  return m ? m[1] : undefined;
}
