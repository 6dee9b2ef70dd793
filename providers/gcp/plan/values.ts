import type { Evidence } from '../../../src/model/facets.js';
import { evidenceAt, type EvidenceHints } from '../../../src/model/evidence.js';
import { isObject } from '../../terraform/configuration.js';
import type { BuildContext } from '../../terraform/builder-types.js';
import { referencesAt } from '../../terraform/links.js';
import { setting, isSensitivePath, type Attr, type TfResource } from '../../terraform/tf-resource.js';

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

/** Evidence for an attribute of `r`, the value the caller passes printed as `printable` allows (never under a sensitive path). */
export function evidence(r: TfResource, path: string, value?: unknown, opts: Omit<EvidenceHints, 'from'> = {}): Evidence {
  return evidenceAt(path, value, { ...opts, sensitive: isSensitivePath(r, path) });
}

/** Evidence contributed by another resource. */
export function evidenceFrom(from: TfResource, path: string, value?: unknown, opts: Omit<EvidenceHints, 'from'> = {}): Evidence {
  return evidenceAt(path, value, { ...opts, sensitive: isSensitivePath(from, path), from: from.address });
}

/** Marks evidence of `source` as coming from it (for facets copied from a related resource). */
export function attributed(e: Evidence, source: TfResource): Evidence {
  return e.from ? e : { ...e, from: source.address };
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
