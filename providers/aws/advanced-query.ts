/**
 * AWS Config advanced queries, the one way both readers get configuration items: the single
 * account through its regional recorder (SelectResourceConfig), an organisation through an
 * aggregator (SelectAggregateResourceConfig). One call a page of up to 100 whole items
 * (`configuration`, `supplementaryConfiguration` and `tags` selected by name: `SELECT *` gives
 * only the top-level scalars), where listing identifiers then fetching them
 * (ListDiscoveredResources + BatchGetResourceConfig) takes two, and BatchGetResourceConfig's items
 * carry no `tags`.
 *
 * What a query cannot give (AWS Config developer guide, "Limitations"): items of types advanced
 * queries do not support (every type cldscan reads is in the supported list,
 * awslabs/aws-config-resource-schema `config/properties/resource-types`: a type added to the
 * registry must be there too), and resources the recorder discovered without recording them
 * (`ResourceNotRecorded`: BatchGetResourceConfig returns those with no configuration, nothing a
 * policy could judge either).
 */
import { SelectAggregateResourceConfigCommand, SelectResourceConfigCommand, type ConfigServiceClient } from '@aws-sdk/client-config-service';
import { call, pageGuard, type AccountRun, type Env } from './account-run.js';
import { describeError } from './clients.js';
import { normaliseItem } from './ci.js';
import { absorbLookup } from './model.js';

/** The columns of a whole item (ci.ts reads each), `resourceId` among them so that rows never collapse onto one id. */
export const COLUMNS = 'resourceId, resourceName, resourceType, accountId, awsRegion, availabilityZone, arn, configurationItemCaptureTime, configurationItemStatus, configuration, supplementaryConfiguration, tags';

export function quote(values: readonly string[]): string {
  return values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ');
}

/** Ids safe to put in a query (bucket names, security group ids). */
const SAFE_ID = /^[A-Za-z0-9._-]{1,255}$/;
/** Ids a lookup query names at once (the expression is at most 4096 characters). */
const IDS_A_QUERY = 50;

/** What both queries answer a page with. */
interface SelectPage {
  Results?: string[];
  NextToken?: string;
}

/** Pages one query, `each` taking its rows in order; `progressScope` advances the progress line by the rows read. */
export type Select = (env: Env, listing: string, expression: string, each: (row: unknown) => Promise<void>, progressScope?: string) => Promise<void>;

/**
 * The query function of one region's recorder (no aggregator) or of an aggregator. The next page
 * is asked for as soon as a page arrives, while its rows are judged: the chain of pages, not the
 * judging, sets the pace, and at most two pages are held.
 */
export function advancedQuery(client: ConfigServiceClient, aggregator?: string): Select {
  const page = (env: Env, expression: string, token: string | undefined): Promise<SelectPage> =>
    call(
      env,
      (o) => {
        const paging = { Expression: expression, Limit: env.pageSize, ...(token ? { NextToken: token } : {}) };
        return aggregator ? client.send(new SelectAggregateResourceConfigCommand({ ConfigurationAggregatorName: aggregator, ...paging }), o) : client.send(new SelectResourceConfigCommand(paging), o);
      },
      true,
    );
  return async (env, listing, expression, each, progressScope) => {
    const pages = pageGuard(env, listing);
    let next: Promise<SelectPage> | undefined = page(env, expression, undefined);
    while (next) {
      const answer: SelectPage = await next;
      const token: string | undefined = pages.next(answer.NextToken);
      next = token && !env.signal.aborted ? page(env, expression, token) : undefined;
      // A failure of the page asked for ahead surfaces when it is awaited, not as an unhandled rejection meanwhile.
      next?.catch(() => {});
      const rows = answer.Results ?? [];
      if (progressScope) env.ctx.progress.advance(progressScope, rows.length);
      for (const r of rows) await each(r);
    }
  };
}

/**
 * Items looked up by id (the held-back items' buckets and security groups): each is absorbed into
 * the account's lookups and kept in --inventory-out. `where` narrows the query (an account, a
 * type); ids that cannot be quoted safely are not asked for, and stay not found.
 */
export async function lookUp(select: Select, run: AccountRun, listing: string, where: string, ids: readonly string[]): Promise<void> {
  const absorb = async (row: unknown) => {
    const item = normaliseItem(row);
    if (typeof item === 'string') return;
    absorbLookup(item, run.lookups);
    run.record(item);
  };
  const safe = ids.filter((id) => SAFE_ID.test(id));
  for (let i = 0; i < safe.length; i += IDS_A_QUERY) {
    await select(run.env, listing, `SELECT ${COLUMNS} WHERE ${where} AND resourceId IN (${quote(safe.slice(i, i + IDS_A_QUERY))})`, absorb);
  }
}

/** The warning of a failed lookup: the facts that needed it stay unknown. */
export function lookupFailed(run: AccountRun, err: unknown): void {
  run.lookups.bucketState = { read: false, why: `the lookup failed (${describeError(err)})` };
  run.warn(`resources needed by trails, replicating buckets or public databases could not be looked up (${describeError(err)}): those facts stay unknown`, undefined, err);
}
