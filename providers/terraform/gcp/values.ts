import type { Evidence, Truth } from '../../../src/model/facets.js';
import { isObject } from '../configuration.js';
import type { BuildContext } from '../builder-types.js';
import { referencesAt } from '../links.js';
import { attr, isSensitivePath, parsePath, type Attr, type TfResource } from '../tf-resource.js';

/** Values an evidence entry may carry: booleans, numbers and enum-like strings, never free text. */
export type SafeValue = string | number | boolean;

/**
 * Whether the configuration writes an argument or a static nested block at `path`; 'unknown' when
 * the plan carries no configuration for the resource. `dynamic` blocks are left out of the plan's
 * configuration by Terraform (jsonconfig ignores them), so 'no' means "no static argument or block".
 */
export function configured(r: TfResource, path: string): Truth {
  if (!r.config) return 'unknown';
  let expr: unknown = r.config.expressions ?? {};
  for (const part of parsePath(path)) {
    if (typeof part === 'number') {
      if (Array.isArray(expr)) expr = expr[part] ?? expr[0];
      continue;
    }
    if (Array.isArray(expr)) expr = expr[0];
    if (!isObject(expr) || expr[part] === undefined || expr[part] === null) return 'no';
    expr = expr[part];
  }
  return 'yes';
}

export interface Setting extends Attr {
  /** True when the value is the provider/API default because the configuration leaves it out. */
  defaulted: boolean;
}

/**
 * An attribute as it will be applied. Google's Optional+Computed attributes (a Cloud SQL
 * `ip_configuration`, a firewall's `direction` and `source_ranges`, a GKE cluster's
 * `master_authorized_networks_config`…) are unknown in the plan when the configuration leaves
 * them out, yet what applies is then the provider's or the API's default: such an attribute reads
 * as unset (`defaulted`). Nested blocks written as objects (Terraform JSON) are read too.
 */
export function setting(r: TfResource, path: string): Setting {
  let a = attr(r, path);
  if (a.state === 'unset' && /\[0\]/.test(path)) {
    const flat = attr(r, path.replace(/\[0\]/g, ''));
    if (flat.state !== 'unset') a = { ...flat, path };
  }
  if (a.state === 'unknown' && configured(r, path) === 'no') return { state: 'unset', value: undefined, path, defaulted: true };
  return { ...a, defaulted: false };
}

/** A known, non-empty string (or undefined). */
export function knownString(s: Attr): string | undefined {
  return s.state === 'known' && typeof s.value === 'string' && s.value.trim() !== '' ? s.value : undefined;
}

/** Strings of a known list (set) attribute; 'unknown' when the list or one of its elements is unknown. */
export function stringList(r: TfResource, path: string): string[] | 'unknown' {
  const s = setting(r, path);
  if (s.state === 'unknown') return 'unknown';
  if (s.state === 'unset' || !Array.isArray(s.value)) return [];
  const out: string[] = [];
  for (let i = 0; i < s.value.length; i++) {
    const e = setting(r, `${path}[${i}]`);
    if (e.state === 'unknown') return 'unknown';
    if (typeof e.value === 'string' && e.value.trim() !== '') out.push(e.value.trim());
  }
  return out;
}

/** The number of elements of a nested block list as applied ('unknown' when the list is unknown). */
export function blockCount(r: TfResource, path: string): number | 'unknown' {
  const s = setting(r, path);
  if (s.state === 'unknown') return 'unknown';
  if (s.state === 'unset') return 0;
  if (Array.isArray(s.value)) return s.value.length;
  return isObject(s.value) ? 1 : 0;
}

/** Evidence for an attribute of `r`; the value is kept only when the caller deems it safe and the path is not sensitive. */
export function evidence(r: TfResource, path: string, value?: SafeValue, note?: string): Evidence {
  const e: Evidence = { path };
  if (value !== undefined && !isSensitivePath(r, path)) e.value = value;
  if (note) e.note = note;
  return e;
}

/** Evidence contributed by another resource. */
export function evidenceFrom(from: TfResource, path: string, value?: SafeValue, note?: string): Evidence {
  return { ...evidence(from, path, value, note), from: from.address };
}

/** Marks evidence of `source` as coming from it (for facets copied from a related resource). */
export function attributed(e: Evidence, source: TfResource): Evidence {
  return e.from ? e : { ...e, from: source.address };
}

/** GCP zone → region (`europe-west9-b` → `europe-west9`, also as `projects/p/zones/europe-west9-b`); other names unchanged. */
export function zoneToRegion(location: string): string {
  const name = location.trim().replace(/^.*\/(zones|regions|locations)\//, '');
  const m = /^([a-z]+(?:-[a-z]+)*\d+)-[a-z]$/.exec(name);
  return m ? m[1]! : name;
}

/**
 * The resources of `types` that `r`'s attribute at `path` designates: by configuration reference or
 * identifying value (Links), else by the parent's own key attribute (a BigQuery `dataset_id`, a
 * Spanner instance `name`), also when the attribute holds a full resource path ending in it.
 */
export function related(ctx: BuildContext, r: TfResource, path: string, types: readonly string[], keyAttribute = 'name'): TfResource[] {
  const linked = ctx.links.targets(r, path, types);
  if (linked.length > 0) return linked;
  // Written as a reference that did not resolve (another module's resource, an index Links could not match): no guessing by value.
  if (refersTo(r, path, types)) return [];
  const value = knownString(setting(r, path));
  if (!value) return [];
  const out: TfResource[] = [];
  for (const type of types) {
    for (const candidate of ctx.links.ofType(type)) {
      const key = candidate.values[keyAttribute];
      if (typeof key === 'string' && key !== '' && (value === key || value.endsWith(`/${key}`))) out.push(candidate);
    }
  }
  return out.filter((t) => t !== r);
}

/** Whether `r`'s attribute at `path` is written as a reference to a resource of one of `types`. */
export function refersTo(r: TfResource, path: string, types: readonly string[]): boolean {
  return referencesAt(r, path).some((ref) => types.some((t) => ref.startsWith(`${t}.`)));
}
