import type { ResourceGraphClient } from '@azure/arm-resourcegraph';
import { MFA_ASSESSMENTS } from './identity.js';
import { tableRows } from './inventory.js';
import { isObject, type AzRecord } from './records.js';
import { PageGuard, type Deadline } from '../../src/live/guard.js';

/**
 * Resource Graph: one KQL query over a subscription or a management group, read page by page
 * (`$top` 1000, `$skipToken`), in the object-array format (the table format is understood too, for
 * older API versions or proxies that answer with it). The next page is requested as soon as a page
 * arrives, so reading it overlaps with judging the one before; at most two pages are held.
 */

/** The stable Resource Graph API version the 5.x clients use (the 5.0.0-beta.4 client defaults to a preview version). */
export const GRAPH_API_VERSION = '2024-04-01';

const MFA_KEYS = MFA_ASSESSMENTS.map((a) => `'${a.key}'`).join(', ');

/**
 * Sorted by id so that pages are stable while they are read. The `securityresources` query reads
 * the MFA assessments and the Defender for Cloud plans (`microsoft.security/pricings`) at once.
 */
export const QUERIES = {
  containers:
    "resourcecontainers | where type =~ 'microsoft.resources/subscriptions' or type =~ 'microsoft.resources/subscriptions/resourcegroups' " +
    '| project id, name, type, location, subscriptionId, resourceGroup, tags, properties | order by id asc',
  assessments:
    `securityresources | where (type =~ 'microsoft.security/assessments' and name in~ (${MFA_KEYS})) or type =~ 'microsoft.security/pricings' ` +
    '| project id, name, type, subscriptionId, properties | order by id asc',
  /** `managedBy`: the VM a disk is attached to (a disk is backed up with its VM). */
  resources: 'resources | project id, name, type, kind, location, subscriptionId, resourceGroup, sku, zones, tags, managedBy, properties | order by id asc',
  /** App Service site configurations (`config/web`), a thousand a page rather than one ARM read a site (site-configs.ts). */
  siteConfigs:
    "appserviceresources | where type =~ 'microsoft.web/sites/config/web' or type =~ 'microsoft.web/sites/slots/config/web' " +
    '| project id, name, type, subscriptionId, properties | order by id asc',
  /** Azure Backup: what Recovery Services vaults and Backup vaults protect, and the policies that say how long they keep it. */
  backups:
    "recoveryservicesresources | where type in~ ('microsoft.recoveryservices/vaults/backupfabrics/protectioncontainers/protecteditems', " +
    "'microsoft.dataprotection/backupvaults/backupinstances', 'microsoft.recoveryservices/vaults/backuppolicies', 'microsoft.dataprotection/backupvaults/backuppolicies') " +
    '| project id, name, type, subscriptionId, properties | order by id asc',
  /** With --shard over a management group: its subscriptions, before anything else is read. */
  subscriptions: "resourcecontainers | where type =~ 'microsoft.resources/subscriptions' | project id, subscriptionId | order by id asc",
} as const;

export interface GraphScope {
  subscriptions?: string[];
  managementGroups?: string[];
}

/**
 * The rows of a page's `data`: an object array, a table (`columns` + `rows`), or the object array
 * as the SDK's deserialiser leaves it (a dictionary keyed "0", "1", …).
 */
export function rowsOf(data: unknown): AzRecord[] {
  if (Array.isArray(data)) return data.filter(isObject);
  if (!isObject(data)) return [];
  if ('columns' in data && 'rows' in data) return tableRows(data.columns, data.rows) ?? [];
  return Object.values(data).filter(isObject);
}

export class GraphError extends Error {}

export interface PageOptions {
  pageSize: number;
  /** The scope's deadline: no page outlives it. */
  deadline: Deadline;
  /** --max-pages. */
  maxPages: number;
  /** What is read, for messages: `azure/00000000-…`. */
  scope: string;
}

/** `resources`, `resourcecontainers`: the table a query reads, to name a listing. */
function tableOf(query: string): string {
  return query.trim().split(/\s/)[0]!;
}

export async function* graphPages(client: ResourceGraphClient, query: string, scope: GraphScope, opts: PageOptions): AsyncGenerator<AzRecord[]> {
  const guard = new PageGuard(`Resource Graph ${tableOf(query)} of ${opts.scope}`, opts.maxPages);
  const request = (skipToken?: string) => {
    const p = opts.deadline.bound(
      client.resources({ query, ...scope, options: { top: opts.pageSize, resultFormat: 'objectArray', ...(skipToken ? { skipToken } : {}) } }, { abortSignal: opts.deadline.signal }),
    );
    // The page asked ahead may fail while the one before is still being judged: its failure is
    // reported when it is awaited, not as an unhandled rejection in the meantime.
    p.catch(() => undefined);
    return p;
  };
  let pending: ReturnType<typeof request> | undefined = request();
  try {
    while (pending) {
      const page: Awaited<ReturnType<ResourceGraphClient['resources']>> = await pending;
      const next = guard.next(page.skipToken);
      pending = next ? request(next) : undefined;
      if (!page.skipToken && page.resultTruncated === 'true') {
        throw new GraphError(`Resource Graph truncated the result after ${page.count} rows without a continuation token`);
      }
      yield rowsOf(page.data);
    }
  } finally {
    // Stopped early: the page requested ahead is not wanted, and its failure is not an error.
    pending?.catch(() => undefined);
  }
}
