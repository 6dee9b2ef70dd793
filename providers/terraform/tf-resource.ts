import { isObject, type ConfigResource } from './configuration.js';
import type { Truth } from '../../src/model/facets.js';
import type { InstanceKey, ModuleStep } from './address.js';
import { memoize } from '../../src/bounded-memo.js';

/** A Terraform resource instance as read from a plan or a Terraform JSON configuration, before facets. */
export interface TfResource {
  address: string;
  type: string;
  name: string;
  key?: InstanceKey;
  modules: ModuleStep[];
  /** `module.a["x"]`, `''` at the root. */
  moduleInstance: string;
  /** `a.b`, `''` at the root: the key of the module in the configuration. */
  moduleConfigPath: string;
  /** `aws_s3_bucket.logs`: the block's address inside its module. */
  localAddress: string;
  values: Record<string, unknown>;
  /** `after_unknown`: true where the value is known only after apply. */
  unknownTree: unknown;
  /** `after_sensitive` / `sensitive_values`. */
  sensitiveTree: unknown;
  /** In planned_values (no after_unknown), an attribute missing from values is unknown, not unset. */
  absentIsUnknown: boolean;
  config?: ConfigResource;
  /** Provider configuration's region/location (AWS region, Google region or zone), when known. */
  providerRegion?: string;
  /** Google provider's default project. */
  providerProject?: string;
  input: string;
  /** Byte offset of the resource in the input, to point into it when no source file is found. */
  inputOffset?: number;
  origin: 'plan' | 'config';
}

export type PathPart = string | number;

interface ParsedPath {
  parts: readonly PathPart[];
  /** The parts written back Terraform-style, as evidence shows them. */
  display: string;
}

/** Builders ask for the same few paths on every resource: each is parsed, and formatted for evidence, once. */
const parsed = memoize((path: string): ParsedPath => {
  const parts = splitPath(path);
  return { parts, display: formatPath(parts) };
});

/** `a[0].b.c` or `a.0.b` → ['a', 0, 'b', 'c']. */
export function parsePath(path: string): readonly PathPart[] {
  return parsed(path).parts;
}

function splitPath(path: string): PathPart[] {
  const parts: PathPart[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (m[2] !== undefined) parts.push(Number(m[2]));
    else if (/^\d+$/.test(m[1]!)) parts.push(Number(m[1]));
    else parts.push(m[1]!);
  }
  return parts;
}

export function formatPath(parts: readonly PathPart[]): string {
  let s = '';
  for (const p of parts) s += typeof p === 'number' ? `[${p}]` : s ? `.${p}` : p;
  return s;
}

export type AttrState = 'known' | 'unknown' | 'unset';

export interface Attr {
  state: AttrState;
  value: unknown;
  /** Terraform-style path for evidence: `rule[0].apply_server_side_encryption_by_default[0].sse_algorithm`. */
  path: string;
}

/** Reads an attribute with three-valued semantics: known value, unknown until apply, or unset (null / absent). */
export function attr(r: TfResource, path: string | readonly PathPart[]): Attr {
  let parts: readonly PathPart[];
  let display: string;
  if (typeof path === 'string') ({ parts, display } = parsed(path));
  else {
    parts = path;
    display = formatPath(parts);
  }
  let value: unknown = r.values;
  let unknown: unknown = r.unknownTree;
  for (const part of parts) {
    if (unknown === true) return { state: 'unknown', value: undefined, path: display };
    const container = value;
    value = step(value, part);
    unknown = step(unknown, part);
    if (value === undefined) {
      if (unknown === true) return { state: 'unknown', value: undefined, path: display };
      const missingKey = container !== null && typeof container === 'object' && typeof part === 'string' && !(part in container);
      if (missingKey && r.absentIsUnknown) return { state: 'unknown', value: undefined, path: display };
      return { state: 'unset', value: undefined, path: display };
    }
  }
  if (unknown === true) return { state: 'unknown', value: undefined, path: display };
  if (value === null) return { state: 'unset', value: null, path: display };
  return { state: 'known', value, path: display };
}

/**
 * The keys of a map attribute (tags, environment variables, app settings): those with a value, and
 * those whose value is known only after apply, which the plan lists in `after_unknown` alone.
 */
export function mapKeys(r: TfResource, path: string | readonly PathPart[]): string[] {
  let value: unknown = r.values;
  let unknown: unknown = r.unknownTree;
  for (const part of typeof path === 'string' ? parsePath(path) : path) {
    value = step(value, part);
    unknown = step(unknown, part);
  }
  const keys = new Set<string>();
  if (isMap(value)) for (const k of Object.keys(value)) keys.add(k);
  if (isMap(unknown)) for (const k of Object.keys(unknown)) if (unknown[k] === true) keys.add(k);
  return [...keys];
}

function isMap(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function step(v: unknown, part: PathPart): unknown {
  if (v === null || typeof v !== 'object') return undefined;
  // Terraform JSON may write a single nested block as an object rather than a one-element list.
  if (typeof part === 'number') return Array.isArray(v) ? v[part] : part === 0 ? v : undefined;
  return Array.isArray(v) ? undefined : (v as Record<string, unknown>)[part];
}

export function isSensitivePath(r: TfResource, path: string): boolean {
  let s: unknown = r.sensitiveTree;
  for (const part of parsePath(path)) {
    if (s === true) return true;
    s = step(s, part);
  }
  return s === true;
}

/** The number of elements of a nested block list (known), or undefined when unknown. */
export function blocks(r: TfResource, path: string): Array<Record<string, unknown>> | 'unknown' {
  const a = attr(r, path);
  if (a.state === 'unknown') return 'unknown';
  if (a.state === 'unset') return [];
  if (Array.isArray(a.value)) return a.value.filter((x): x is Record<string, unknown> => x !== null && typeof x === 'object');
  if (a.value !== null && typeof a.value === 'object') return [a.value as Record<string, unknown>];
  return [];
}

/**
 * Whether the configuration writes an argument or a static block at `path` ('unknown' when the
 * plan carries no configuration for the resource). A leaf expression above the path
 * (`ingress = var.rules`) sets everything below it. `dynamic` blocks are not recorded in the plan's
 * configuration, so 'no' means "no static argument or block".
 */
export function configured(r: TfResource, path: string | readonly PathPart[]): Truth {
  if (!r.config) return 'unknown';
  let expr: unknown = r.config.expressions ?? {};
  for (const part of typeof path === 'string' ? parsePath(path) : path) {
    if (Array.isArray(expr)) expr = typeof part === 'number' ? (expr[part] ?? expr[0]) : expr[0];
    if (typeof part === 'number') continue;
    if (!isObject(expr) || 'references' in expr || 'constant_value' in expr) return 'yes';
    if (expr[part] === undefined || expr[part] === null) return 'no';
    expr = expr[part];
  }
  return 'yes';
}

/**
 * An attribute as it will be applied. Optional+Computed attributes (EBS `encrypted`, a firewall's
 * `direction`, a Cloud SQL `ip_configuration`…) are unknown in a plan whenever the configuration
 * leaves them out, yet what applies then is the provider's or the service's default: such an
 * attribute reads as unset. A value the configuration does set (from a variable, another
 * resource…) stays unknown. Limit: a `dynamic` block whose `for_each` is unknown reads as unset,
 * so defaults relied on must err towards a failure, never a silent pass.
 */
export function setting(r: TfResource, path: string | readonly PathPart[]): Attr {
  const a = attr(r, path);
  if (a.state === 'unknown' && configured(r, path) === 'no') return { state: 'unset', value: undefined, path: a.path };
  return a;
}
