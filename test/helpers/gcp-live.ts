/**
 * Live GCP scaffolding of the tests: the source on the local Cloud Asset server, a run of it with
 * what it yields and reports, and the estate the live tests read.
 */
import type { LiveOptions } from '../../providers/gcp/live.js';
import type { Shard } from '../../src/live/shard.js';
import type { LiveContext, LiveItem, LiveSource } from '../../src/live/source.js';
import type { Notification } from '../../src/model/finding.js';
import { estate, TOKEN } from './gcp-estate.js';
import { cryptoKey, httpsProxy, instance, regionHttpsProxy, sslPolicy, subnetwork } from './gcp-policy-estate.js';
import { localGcpSource, type GcpServer, type RestAsset } from './gcp-server.js';

export const SELF = (p: string, rest: string) => `https://www.googleapis.com/compute/v1/projects/${p}/${rest}`;

/** The real AssetServiceClient against the local server. */
export function source(s: GcpServer, opts: Partial<LiveOptions> & Pick<LiveOptions, 'scopes'>) {
  return localGcpSource(s, TOKEN, opts, 3);
}

/** What a run yields and reports. */
export interface Run {
  items: LiveItem[];
  notes: Notification[];
  covered: string[];
  finished: Array<[string, string]>;
}

/** Runs the source (of one shard, if given), keeping what it yields, reports, covers and finishes. */
export async function run(src: LiveSource, shard?: Shard): Promise<Run> {
  const out: Run = { items: [], notes: [], covered: [], finished: [] };
  const ctx: LiveContext = {
    concurrency: 2,
    notify: (n) => out.notes.push(n),
    covered: (c) => out.covered.push(c),
    progress: { advance: () => undefined, finish: (s, o) => out.finished.push([s, o]), close: () => undefined },
    ...(shard ? { shard } : {}),
  };
  for await (const item of src.scan(ctx)) out.items.push(item);
  return out;
}

/** The shared estate plus the records of test/helpers/gcp-policy-estate.ts, the proxy listed before the SSL policy it names. */
export function liveEstate(): RestAsset[] {
  return [
    ...estate(),
    httpsProxy('hosting-prod', 'web', SELF('hosting-prod', 'global/sslPolicies/restricted')),
    regionHttpsProxy('hosting-prod', 'europe-west9', 'internal'),
    cryptoKey('hosting-data', 'lake', { rotationPeriod: '31536000s' }),
    subnetwork('hosting-data', 'europe-west1', 'lake', {}),
    sslPolicy('hosting-prod', 'restricted', { profile: 'RESTRICTED', minTlsVersion: 'TLS_1_2' }),
    instance('hosting-prod', 'europe-west9-a', 'web-1', [{ key: 'enable-oslogin', value: 'TRUE' }], { env: 'prod' }),
  ];
}

/** An item as the set of its id and facet names, to compare runs. */
export const key = (i: LiveItem) => `${i.resource.id}|${Object.keys(i.resource.facets).sort().join(',')}`;
