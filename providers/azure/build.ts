import type { Facets } from '../../src/model/facets.js';
import type { FileLocation, Resource } from '../../src/model/resource.js';
import { subscriptionMfa } from './identity.js';
import { dataLocations } from './locations.js';
import { activityLog, workspaceLogStore } from './logging.js';
import { ENDPOINT_BUILDERS, INGRESS_BUILDERS, ruleRecord } from './network.js';
import { field, idOf, str, subscriptionOf, typeOf, type AzRecord, type Details } from './records.js';
import { STORAGE_BUILDERS } from './storage.js';

/**
 * One Azure record (with what was read beside it) → a Resource with its facets. The live scan and
 * the offline readers both come here, so a resource is judged the same whichever way it was read.
 */

export const SUBSCRIPTION_TYPE = 'microsoft.resources/subscriptions';
export const RULE_TYPE = 'microsoft.network/networksecuritygroups/securityrules';

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

function facetsOf(r: AzRecord, type: string, details: Details, siblings: readonly AzRecord[]): Facets {
  const facets: Facets = {};
  const storage = STORAGE_BUILDERS[type]?.(r, details);
  if (storage) facets.storage = storage;
  const locations = dataLocations(r, type);
  if (locations) facets.dataLocations = locations;
  const ingress = type === RULE_TYPE ? ruleRecord(r, siblings) : INGRESS_BUILDERS[type]?.(r);
  if (ingress) facets.ingress = ingress;
  const endpoint = ENDPOINT_BUILDERS[type]?.(r, details);
  if (endpoint) facets.adminEndpoint = endpoint;
  if (type === 'microsoft.operationalinsights/workspaces') facets.logStore = workspaceLogStore(r);
  if (type === SUBSCRIPTION_TYPE) {
    const sub = subscriptionOf(r);
    if (sub) facets.identity = subscriptionMfa(sub, details);
    const log = activityLog(details);
    if (log) facets.logStore = log;
  }
  return facets;
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
  return {
    id,
    provider: 'azure',
    nativeType: String(r.type ?? ''),
    region,
    source: {
      origin: 'live',
      category: categoryOf(subscription),
      input: origin.input,
      scope: subscription ?? 'tenant',
      ...(origin.location ? { location: origin.location } : {}),
    },
    facets: facetsOf(r, type, details, siblings),
  };
}

/** A subscription record made up from its id, when an input holds its assessments or diagnostic settings but not the subscription itself. */
export function subscriptionRecord(subscription: string): AzRecord {
  return { id: `/subscriptions/${subscription}`, type: 'microsoft.resources/subscriptions', subscriptionId: subscription };
}
