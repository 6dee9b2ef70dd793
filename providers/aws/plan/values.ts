/**
 * Reading AWS provider attributes the way the provider means them: computed attributes the
 * configuration leaves alone, booleans spelled as strings, empty strings for "not set", and
 * evidence that never carries a value that is not safe to print.
 */
import type { Evidence, Truth } from '../../../src/model/facets.js';
import { evidenceAt, type EvidenceHints } from '../../../src/model/evidence.js';
import type { BuildContext } from '../../terraform/builder-types.js';
import { referencesAt } from '../../terraform/links.js';
import { setting, blocks, isSensitivePath, type Attr, type TfResource } from '../../terraform/tf-resource.js';

/** A string attribute, with `""` (how the provider writes an absent optional string) read as unset. */
export function text(r: TfResource, path: string): Attr {
  const a = setting(r, path);
  if (a.state === 'known' && (typeof a.value !== 'string' || a.value === '')) return { state: 'unset', value: undefined, path: a.path };
  return a;
}

/** Three-valued reading of a boolean; `TypeNullableBool` attributes are strings ("true", "false", ""). */
export function truthOf(a: Attr): Truth | 'unset' {
  if (a.state === 'unknown') return 'unknown';
  if (a.state === 'unset') return 'unset';
  if (a.value === true || a.value === 'true') return 'yes';
  if (a.value === false || a.value === 'false') return 'no';
  if (a.value === '') return 'unset';
  return 'unknown';
}

export function flag(r: TfResource, path: string): { truth: Truth | 'unset'; attr: Attr } {
  const a = setting(r, path);
  return { truth: truthOf(a), attr: a };
}

export function numberOf(a: Attr): number | undefined {
  return a.state === 'known' && typeof a.value === 'number' ? a.value : undefined;
}

/** The string elements of a list attribute (sets and lists alike); non-strings are left out. */
export function strings(a: Attr): string[] {
  if (a.state !== 'known') return [];
  const list = Array.isArray(a.value) ? a.value : [a.value];
  return list.filter((v): v is string => typeof v === 'string' && v !== '');
}

export interface EvidenceOptions extends Omit<EvidenceHints, 'from'> {
  /** The fact comes from another resource than the one the facet is for. */
  from?: TfResource;
}

/**
 * Evidence for an attribute, its value as `printable` allows (never under a sensitive path). Unset
 * attributes carry `null` and say the default applies; unknown ones say so.
 */
export function evidence(r: TfResource, a: Attr, opts: EvidenceOptions = {}): Evidence {
  const value = a.state === 'known' ? a.value : a.state === 'unset' ? null : undefined;
  const note = opts.note ?? (a.state === 'unknown' ? 'known after apply' : a.state === 'unset' ? 'not set: default applies' : undefined);
  return evidenceAt(a.path, value, { safe: opts.safe, sensitive: isSensitivePath(r, a.path), note, from: opts.from?.address });
}

/** Evidence pointing at a whole resource that contributed a fact (a separate configuration, a policy). */
export function fromResource(other: TfResource, path: string, note?: string): Evidence {
  return note ? { path, from: other.address, note } : { path, from: other.address };
}

const NON_RESOURCE_ROOTS = new Set(['var', 'local', 'each', 'count', 'path', 'self', 'module', 'data', 'terraform']);

/**
 * The resources an attribute points to, and whether that is all it points to: every known value
 * is one of them, or, while the values are unknown, every reference in the expression is to a
 * resource of the wanted types. A variable, data source or module output in the expression, or
 * an id that no resource in the plan carries, leaves the list incomplete.
 */
export function resolveAll(ctx: BuildContext, r: TfResource, path: string, types: readonly string[]): { targets: TfResource[]; complete: boolean } {
  const a = setting(r, path);
  if (a.state === 'unset') return { targets: [], complete: true };
  const targets = ctx.links.targets(r, path, types);
  if (a.state === 'known') {
    const list = Array.isArray(a.value) ? a.value : [a.value];
    if (list.every((v) => typeof v === 'string')) {
      const complete = (list as string[]).every((v) => targets.some((t) => identifies(t, v)));
      return { targets, complete };
    }
  }
  const refs = referencesAt(r, path);
  const complete =
    refs.length > 0 &&
    targets.length > 0 &&
    refs.every((ref) => {
      const [root] = ref.split('.');
      return root !== undefined && !NON_RESOURCE_ROOTS.has(root) && types.includes(root);
    });
  return { targets, complete };
}

function identifies(t: TfResource, v: string): boolean {
  return ['id', 'arn', 'name', 'bucket'].some((k) => t.values[k] === v) || (v.startsWith('arn:') && typeof t.values.arn === 'string' && v.startsWith(`${t.values.arn}/`));
}


/** Nested blocks with the provider default made explicit: a computed block the configuration leaves alone has none. */
export function settingBlocks(r: TfResource, path: string): Array<Record<string, unknown>> | 'unknown' {
  return setting(r, path).state === 'unset' ? [] : blocks(r, path);
}
