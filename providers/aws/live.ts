/**
 * `cldscan scan --aws`: a live AWS source. One account (the credentials') in the regions asked for,
 * through AWS Config's recorder in each region; or every account of an organisation through a
 * Config aggregator (`--aws-aggregator NAME`, in the region given by `--aws-region` or the SDK's
 * configured region). Resources arrive as pages are read; the scan judges and drops them.
 */
import { UserError } from '../../src/errors.js';
import { limitsOf, type LiveContext, type LiveItem, type LiveSource } from '../../src/live/source.js';
import { Deadline } from '../../src/live/guard.js';
import { readAggregator } from './aggregator.js';
import type { Env } from './account-run.js';
import { Clients, configuredRegion, type Credentials } from './clients.js';
import { Channel, Limiter } from './flow.js';
import { readSingleAccount } from './single-account.js';

export type LiveOptions = {
  regions: string[];
  aggregator?: string;
  /**
   * One endpoint for every AWS API the scan calls (a local test server, a private endpoint). Default:
   * the `CLDSCAN_AWS_ENDPOINT` environment variable; without it, the SDK's own resolution (which
   * honours `AWS_ENDPOINT_URL` and `AWS_ENDPOINT_URL_<SERVICE>`).
   */
  endpoint?: string;
  /** Credentials; default: the SDK's standard chain. */
  credentials?: Credentials;
  /** Attempts per call, first included; default `AWS_MAX_ATTEMPTS`, else --max-attempts (adaptive retry: throttling and 5xx back off). */
  maxAttempts?: number;
  /** Per-request idle timeout; default --request-timeout. */
  requestTimeoutMs?: number;
  /** Rows or identifiers a page; AWS Config's maximum (and the default) is 100. */
  pageSize?: number;
};

const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;

/** The SDK's own `AWS_MAX_ATTEMPTS`, which an explicit `maxAttempts` would otherwise override. */
function envAttempts(): number | undefined {
  const n = Number(process.env.AWS_MAX_ATTEMPTS);
  return Number.isInteger(n) && n >= 1 && n <= 50 ? n : undefined;
}

export function createAwsSource(options: LiveOptions): LiveSource {
  for (const r of options.regions) if (!REGION.test(r)) throw new UserError(`--aws-region ${r}: not an AWS region name (like eu-west-3)`);
  if (options.aggregator !== undefined && !/^[\w-]{1,256}$/.test(options.aggregator)) throw new UserError(`--aws-aggregator ${options.aggregator}: not a Config aggregator name`);
  if (options.aggregator && new Set(options.regions).size > 1) throw new UserError('with --aws-aggregator, --aws-region names the aggregator\'s region: give it once');
  const endpoint = options.endpoint ?? (process.env.CLDSCAN_AWS_ENDPOINT || undefined);
  return {
    cloud: 'aws',
    describe: () =>
      options.aggregator
        ? `AWS Config aggregator ${options.aggregator}${options.regions[0] ? ` in ${options.regions[0]}` : ''}`
        : `AWS account in ${options.regions.length ? options.regions.join(', ') : 'the configured region'}`,
    scan: (ctx) => scan(ctx, options, endpoint),
  };
}

async function* scan(ctx: LiveContext, options: LiveOptions, endpoint: string | undefined): AsyncGenerator<LiveItem> {
  const regions = [...new Set(options.regions)];
  if (regions.length === 0) {
    const r = await configuredRegion();
    if (!r) throw new UserError('AWS: no region: give --aws-region, or set AWS_REGION or a region in the AWS profile');
    regions.push(r);
  }
  const limits = limitsOf(ctx);
  const clients = new Clients({
    ...(endpoint ? { endpoint } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {}),
    maxAttempts: options.maxAttempts ?? envAttempts() ?? limits.maxAttempts,
    requestTimeoutMs: options.requestTimeoutMs ?? limits.requestTimeoutMs,
    connectTimeoutMs: limits.connectTimeoutMs,
  });
  const abort = new AbortController();
  const onAbort = () => abort.abort();
  ctx.signal?.addEventListener('abort', onAbort);
  const out = new Channel<LiveItem>(500);
  const env: Env = {
    ctx,
    out,
    limiter: new Limiter(Math.max(1, ctx.concurrency)),
    clients,
    pageSize: Math.min(100, Math.max(1, options.pageSize ?? 100)),
    signal: abort.signal,
    maxPages: limits.maxPages,
    // The account's deadline (the aggregator gives each account its own).
    deadline: new Deadline(limits.deadlineMs, 'the AWS account', abort.signal),
  };
  const reading = (options.aggregator ? readAggregator(env, options.aggregator, regions[0]!) : readSingleAccount(env, regions)).then(
    () => out.close(),
    (err: unknown) => out.fail(err),
  );
  let complete = false;
  try {
    yield* out;
    complete = true;
  } finally {
    // The consumer stopped early (or failed): stop the calls in flight and let the readers unwind.
    out.close();
    if (!complete) abort.abort();
    await reading;
    ctx.signal?.removeEventListener('abort', onAbort);
    env.deadline.dispose();
    clients.destroy();
  }
}
