import { setFacet, type Facets } from '../../src/model/facets.js';
import type { FileLocation, Resource } from '../../src/model/resource.js';
import { AVAILABILITY_BUILDERS } from './availability.js';
import { BACKUP_BUILDERS, VAULT_BUILDERS } from './backups.js';
import { DETECTION_BUILDERS, FLOW_LOG_BUILDERS, VULNERABILITY_BUILDERS } from './detection.js';
import { subscriptionMfa } from './identity.js';
import { KEY_BUILDERS, SECRET_STORE_BUILDERS } from './keys.js';
import { dataLocations } from './locations.js';
import { activityLog, activityLogProtection, workspaceLogStore } from './logging.js';
import { ENDPOINT_BUILDERS, INGRESS_BUILDERS, ruleRecord } from './network.js';
import { field, idOf, isObject, str, subscriptionOf, typeOf, type AzRecord, type Details } from './records.js';
import { SECRET_BUILDERS } from './secrets.js';
import { STORAGE_BUILDERS } from './storage.js';
import { TRANSIT_BUILDERS } from './transit.js';

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
  setFacet(facets, 'storage', STORAGE_BUILDERS[type]?.(r, details));
  setFacet(facets, 'dataLocations', dataLocations(r, type));
  setFacet(facets, 'ingress', type === RULE_TYPE ? ruleRecord(r, siblings) : INGRESS_BUILDERS[type]?.(r));
  setFacet(facets, 'adminEndpoint', ENDPOINT_BUILDERS[type]?.(r, details));
  if (type === 'microsoft.operationalinsights/workspaces') facets.logStore = workspaceLogStore(r);
  if (type === SUBSCRIPTION_TYPE) {
    const sub = subscriptionOf(r);
    if (sub) facets.identity = subscriptionMfa(sub, details);
    setFacet(facets, 'logStore', activityLog(details));
    setFacet(facets, 'logProtection', activityLogProtection(details));
  }
  setFacet(facets, 'backup', BACKUP_BUILDERS[type]?.(r, details));
  setFacet(facets, 'backupVault', VAULT_BUILDERS[type]?.(r, details));
  setFacet(facets, 'transit', TRANSIT_BUILDERS[type]?.(r, details));
  setFacet(facets, 'secretStore', SECRET_STORE_BUILDERS[type]?.(r));
  setFacet(facets, 'key', KEY_BUILDERS[type]?.(r));
  setFacet(facets, 'plaintextSecrets', SECRET_BUILDERS[type]?.(r));
  setFacet(facets, 'detection', DETECTION_BUILDERS[type]?.(r, details));
  setFacet(facets, 'vulnerabilityScan', VULNERABILITY_BUILDERS[type]?.(r, details));
  setFacet(facets, 'flowLog', FLOW_LOG_BUILDERS[type]?.(r, details));
  setFacet(facets, 'availability', AVAILABILITY_BUILDERS[type]?.(r));
  return facets;
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
    ...(tags ? { tags } : {}),
  };
}

/** A subscription record made up from its id, when an input holds its assessments or diagnostic settings but not the subscription itself. */
export function subscriptionRecord(subscription: string): AzRecord {
  return { id: `/subscriptions/${subscription}`, type: 'microsoft.resources/subscriptions', subscriptionId: subscription };
}
