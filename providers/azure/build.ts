import type { Facets } from '../../src/model/facets.js';
import type { FileLocation, Resource } from '../../src/model/resource.js';
import { buildFacets, compile } from '../../src/registry/builder-table.js';
import { AZURE_REGISTRY, type LiveArgs } from './registry.js';
import { field, idOf, isObject, str, subscriptionOf, typeOf, type AzRecord, type Details } from './records.js';

export { RULE_TYPE, SUBSCRIPTION_TYPE } from './registry.js';

/**
 * One Azure record (with what was read beside it) → a Resource with its facets. The live scan and
 * the offline readers both come here, so a resource is judged the same whichever way it was read.
 */


/** Where a resource came from: a file (and line), or a live read. */
export interface Origin {
  /** The file path as given, or `live/azure/<subscription>`. */
  input: string;
  location?: FileLocation;
}

/** `azure/<subscription>`; resources outside any subscription (tenant, management groups) go to `azure/tenant`. */
export function categoryOf(subscription: string | undefined): string {
  return `azure/${subscription ?? 'tenant'}`;
}

const LIVE = compile<LiveArgs>('azure live', AZURE_REGISTRY.live);

/** The facets of one record, from the live side of the registry. */
function facetsOf(r: AzRecord, type: string, details: Details): Facets {
  return buildFacets(LIVE(type), r, details);
}

/** String tags (Resource Graph and ARM `tags`), for environment separation. */
function tagsOf(r: AzRecord): Record<string, string> | undefined {
  const t = field(r, 'tags').value;
  if (!isObject(t)) return undefined;
  const entries = Object.entries(t).filter((e): e is [string, string] => typeof e[1] === 'string');
  return entries.length ? Object.fromEntries(entries) : undefined;
}

/**
 * The Resource for a record. `siblings`: other rule records of the same NSG, for a standalone rule.
 * Undefined for records that are not resources of their own (no id).
 */
export function toResource(r: AzRecord, details: Details, origin: Origin, siblings: readonly AzRecord[] = []): Resource | undefined {
  const id = idOf(r);
  if (!id) return undefined;
  const type = typeOf(r);
  const subscription = subscriptionOf(r);
  const region = str(field(r, 'location'));
  const tags = tagsOf(r);
  return {
    id,
    provider: 'azure',
    nativeType: typeof r.type === 'string' && r.type ? r.type : type,
    region,
    source: {
      origin: 'live',
      category: categoryOf(subscription),
      input: origin.input,
      scope: subscription ?? 'tenant',
      ...(origin.location ? { location: origin.location } : {}),
    },
    facets: facetsOf(r, type, siblings.length ? { ...details, siblings } : details),
    ...(tags ? { tags } : {}),
  };
}

/** A subscription record made up from its id, when an input holds its assessments or diagnostic settings but not the subscription itself. */
export function subscriptionRecord(subscription: string): AzRecord {
  return { id: `/subscriptions/${subscription}`, type: 'microsoft.resources/subscriptions', subscriptionId: subscription };
}
