import type { Evidence, Truth } from '../../../src/model/facets.js';
import { evidenceAt, type EvidenceHints } from '../../../src/model/evidence.js';
import type { Links } from '../../terraform/links.js';
import { configured, attr, isSensitivePath, type Attr, type TfResource } from '../../terraform/tf-resource.js';

/**
 * Attribute readers for azurerm plans. azurerm 3.x emits `""` for many unset optional strings
 * (`disk_encryption_set_id: ""`, `node_public_ip_prefix_id: ""`), so an empty string reads as unset.
 */
export function read(r: TfResource, path: string): Attr {
  const a = attr(r, path);
  if (a.state === 'known' && a.value === '') return { state: 'unset', value: null, path: a.path };
  return a;
}

/** A known non-empty string, else undefined (unknown and unset alike). */
export function knownString(r: TfResource, path: string): string | undefined {
  const a = read(r, path);
  return a.state === 'known' && typeof a.value === 'string' ? a.value : undefined;
}

/**
 * A boolean with the provider's default for null. `unknown` stays unknown, except when the
 * attribute is Optional+Computed and absent from the configuration: then the value after apply is
 * the service default, given as `computedDefault`.
 */
export function readBool(r: TfResource, path: string, unsetDefault: boolean | undefined, computedDefault?: boolean): { truth: Truth; attr: Attr } {
  const a = read(r, path);
  if (a.state === 'known') return { truth: a.value === true ? 'yes' : 'no', attr: a };
  if (a.state === 'unset') return { truth: unsetDefault === undefined ? 'unknown' : unsetDefault ? 'yes' : 'no', attr: a };
  if (computedDefault !== undefined && configured(r, path) === 'no') return { truth: computedDefault ? 'yes' : 'no', attr: a };
  return { truth: 'unknown', attr: a };
}

/** Known strings of a list or set attribute (a single string is a one-element list); 'unknown' when any element is. */
export function readStrings(r: TfResource, path: string): string[] | 'unknown' {
  const a = read(r, path);
  if (a.state === 'unknown') return 'unknown';
  if (a.state === 'unset') return [];
  const list = Array.isArray(a.value) ? a.value : [a.value];
  const out: string[] = [];
  for (let i = 0; i < list.length; i++) {
    if (attr(r, `${a.path}${Array.isArray(a.value) ? `[${i}]` : ''}`).state === 'unknown') return 'unknown';
    const v = list[i];
    if (typeof v === 'string' && v !== '') out.push(v);
  }
  return out;
}

/** Evidence for an attribute, its value as `printable` allows (src/model/evidence.ts): never under a sensitive path. */
export function ev(r: TfResource, a: Attr | string, opts: EvidenceHints = {}): Evidence {
  const at = typeof a === 'string' ? read(r, a) : a;
  const value = at.state === 'known' ? at.value : at.state === 'unset' ? null : undefined;
  const note = at.state === 'unknown' ? (opts.note ? `${opts.note} (known after apply)` : 'known after apply') : opts.note;
  return evidenceAt(at.path, value, { safe: opts.safe, sensitive: isSensitivePath(r, at.path), note, from: opts.from });
}

/** Evidence contributed by another resource: its attribute, marked with its address. */
export function evFrom(other: TfResource, a: Attr | string, opts: Omit<EvidenceHints, 'from'> = {}): Evidence {
  return ev(other, a, { ...opts, from: other.address });
}

/** Resource group names are case-insensitive in Azure; a mismatch only counts when both are known. */
export function sameResourceGroup(a: TfResource, b: TfResource): boolean {
  const ra = knownString(a, 'resource_group_name');
  const rb = knownString(b, 'resource_group_name');
  return ra === undefined || rb === undefined || ra.toLowerCase() === rb.toLowerCase();
}

/**
 * Whether an optional id (key, disk encryption set, subnet) is set. Unknown only when the
 * configuration gives it a value we cannot see yet, unless that value references a resource of
 * `types` in the plan: ids of resources being created are always unknown at plan time, and the
 * reference shows the attribute is wired to one.
 */
export function idSet(r: TfResource, path: string, links?: Links, types?: readonly string[]): Truth {
  const a = read(r, path);
  if (a.state === 'known') return 'yes';
  if (a.state === 'unset') return 'no';
  if (configured(r, path) === 'no') return 'no';
  return links && types && links.targets(r, path, types).length > 0 ? 'yes' : 'unknown';
}

/** A list attribute, where unknown only because the service computes it (not configured) reads as empty. */
export function configuredStrings(r: TfResource, path: string): string[] | 'unknown' {
  const list = readStrings(r, path);
  return list === 'unknown' && configured(r, path) === 'no' ? [] : list;
}

/** Azure names and ids (roles, GUIDs, enum values) compare case-insensitively. */
export const lower = (s: string): string => s.toLowerCase();

/**
 * A number with the service's default when the configuration leaves it out (unset, or unknown only
 * because it is Optional+Computed and not configured). `defaulted` says the default was used.
 */
export function readNumber(r: TfResource, path: string, serviceDefault?: number): { value: number | 'unknown' | undefined; attr: Attr; defaulted: boolean } {
  const a = read(r, path);
  if (a.state === 'known') {
    const n = typeof a.value === 'number' ? a.value : typeof a.value === 'string' && /^\d+(\.\d+)?$/.test(a.value) ? Number(a.value) : undefined;
    return { value: n ?? 'unknown', attr: a, defaulted: false };
  }
  if (a.state === 'unset' || configured(r, path) === 'no') return { value: serviceDefault, attr: a, defaulted: serviceDefault !== undefined };
  return { value: 'unknown', attr: a, defaulted: false };
}

/**
 * A string (enum) with the service's default when the configuration leaves it out; 'unknown' when
 * configured but known only after apply.
 */
export function readEnum(r: TfResource, path: string, serviceDefault?: string): { value: string | 'unknown' | undefined; attr: Attr; defaulted: boolean } {
  const a = read(r, path);
  if (a.state === 'known') return { value: String(a.value), attr: a, defaulted: false };
  if (a.state === 'unset' || configured(r, path) === 'no') return { value: serviceDefault, attr: a, defaulted: serviceDefault !== undefined };
  return { value: 'unknown', attr: a, defaulted: false };
}

/** The first path of `paths` the resource carries a value (or an unknown) at: provider versions rename attributes (`enable_https_traffic_only` → `https_traffic_only_enabled`). */
export function firstPresent(r: TfResource, paths: readonly string[]): string {
  const has = (p: string) => {
    const top = p.split(/[.[]/)[0]!;
    const unknown = r.unknownTree;
    return (r.values[top] !== undefined && r.values[top] !== null) || (typeof unknown === 'object' && unknown !== null && (unknown as Record<string, unknown>)[top] === true);
  };
  return paths.find(has) ?? paths[0]!;
}

/** App Service and Functions resources, old and new names: they share site settings (HTTPS, TLS, app settings). */
export const WEB_APPS = [
  'azurerm_linux_web_app',
  'azurerm_windows_web_app',
  'azurerm_linux_function_app',
  'azurerm_windows_function_app',
  'azurerm_linux_web_app_slot',
  'azurerm_windows_web_app_slot',
  'azurerm_linux_function_app_slot',
  'azurerm_windows_function_app_slot',
  'azurerm_app_service',
  'azurerm_app_service_slot',
  'azurerm_function_app',
  'azurerm_function_app_slot',
] as const;
