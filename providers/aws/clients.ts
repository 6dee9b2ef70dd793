/**
 * The AWS SDK v3 clients a live scan uses, configured once: credentials from the standard chain
 * (environment, profile, SSO, web identity, instance role) unless given, the SDK's adaptive retry
 * strategy with more attempts than its default (AWS Config throttles hard: advanced queries and
 * BatchGet calls are rate-limited per account), request timeouts, keep-alive connections, and an
 * endpoint override for tests and private endpoints (`CLDSCAN_AWS_ENDPOINT`; the SDK's own
 * `AWS_ENDPOINT_URL` and `AWS_ENDPOINT_URL_<SERVICE>` work too).
 */
import { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { ConfigServiceClient, type ConfigServiceClientConfig } from '@aws-sdk/client-config-service';
import { IAMClient } from '@aws-sdk/client-iam';
import { Inspector2Client } from '@aws-sdk/client-inspector2';
import { STSClient } from '@aws-sdk/client-sts';

export type Credentials = ConfigServiceClientConfig['credentials'];

// The SDK warns on Node 20 that its releases after January 2027 will need Node 22; cldscan pins
// Node 20 compatible versions, so the warning says nothing to its users. An explicit setting wins.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

export interface ClientSettings {
  endpoint?: string;
  credentials?: Credentials;
  /** Attempts per call, first included (throttling and 5xx are retried with backoff). */
  maxAttempts: number;
  /** No byte of an answer for this long: the request is abandoned (and retried). */
  requestTimeoutMs: number;
  connectTimeoutMs: number;
}

type Common = {
  region: string;
  logger: ConfigServiceClientConfig['logger'];
  maxAttempts: number;
  retryMode: 'adaptive';
  requestHandler: { socketTimeout: number; connectionTimeout: number };
  endpoint?: string;
  credentials?: Credentials;
};

/**
 * No `info`: the SDK's logger middleware builds a redacted copy of every response for `info`
 * (`logger?.info?.(…)`), which costs as much as deserialising it; without the method it skips that.
 * Warnings and errors are not printed either: every failure reaches the scan as an exception.
 */
const QUIET_LOGGER = { debug: () => {}, warn: () => {}, error: () => {} } as unknown as ConfigServiceClientConfig['logger'];

/** One client per service and region, created on first use. */
export class Clients {
  private readonly cache = new Map<string, unknown>();

  constructor(private readonly settings: ClientSettings) {}

  private common(region: string): Common {
    const c: Common = {
      region,
      logger: QUIET_LOGGER,
      maxAttempts: this.settings.maxAttempts,
      retryMode: 'adaptive',
      // socketTimeout is the idle timeout (the handler's requestTimeout only logs a warning unless told to throw).
      requestHandler: { socketTimeout: this.settings.requestTimeoutMs, connectionTimeout: this.settings.connectTimeoutMs },
    };
    if (this.settings.endpoint) c.endpoint = this.settings.endpoint;
    if (this.settings.credentials) c.credentials = this.settings.credentials;
    return c;
  }

  private get<T>(key: string, make: () => T): T {
    let c = this.cache.get(key) as T | undefined;
    if (!c) this.cache.set(key, (c = make()));
    return c;
  }

  config(region: string): ConfigServiceClient {
    return this.get(`config/${region}`, () => new ConfigServiceClient(this.common(region)));
  }

  sts(region: string): STSClient {
    return this.get(`sts/${region}`, () => new STSClient(this.common(region)));
  }

  /** IAM is global: its endpoint is in us-east-1 for the commercial partition (the region only signs requests). */
  iam(region: string): IAMClient {
    return this.get(`iam/${region}`, () => new IAMClient(this.common(region)));
  }

  logs(region: string): CloudWatchLogsClient {
    return this.get(`logs/${region}`, () => new CloudWatchLogsClient(this.common(region)));
  }

  cloudtrail(region: string): CloudTrailClient {
    return this.get(`cloudtrail/${region}`, () => new CloudTrailClient(this.common(region)));
  }

  inspector2(region: string): Inspector2Client {
    return this.get(`inspector2/${region}`, () => new Inspector2Client(this.common(region)));
  }

  destroy(): void {
    for (const c of this.cache.values()) (c as { destroy(): void }).destroy();
    this.cache.clear();
  }
}

/** The region the SDK would use (AWS_REGION, AWS_DEFAULT_REGION, the profile); undefined when none is configured. */
export async function configuredRegion(): Promise<string | undefined> {
  const probe = new STSClient({});
  try {
    const r = await probe.config.region();
    return typeof r === 'string' && r ? r : undefined;
  } catch {
    return undefined;
  } finally {
    probe.destroy();
  }
}

/** `AccessDeniedException: User … is not authorized …`, on one line and short. */
export function describeError(err: unknown): string {
  const e = err as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
  const name = e?.name && e.name !== 'Error' && e.name !== 'IncompleteRead' ? e.name : undefined;
  const message = (e?.message ?? String(err)).split('\n')[0]!.slice(0, 300);
  const status = e?.$metadata?.httpStatusCode;
  const head = name && !message.startsWith(name) ? `${name}: ${message}` : message;
  return status && status >= 500 ? `${head} (HTTP ${status}, after retries)` : head;
}

/** Errors that mean "no credentials" or "no region": the user's setup, not the estate. */
export function isSetupError(err: unknown): boolean {
  const name = (err as { name?: string })?.name ?? '';
  const message = (err as { message?: string })?.message ?? '';
  return name === 'CredentialsProviderError' || /Could not load credentials|Region is missing/i.test(message);
}

export function isAccessDenied(err: unknown): boolean {
  const name = (err as { name?: string })?.name ?? '';
  return /AccessDenied|UnauthorizedOperation|AuthorizationError|NotAuthorized/i.test(name);
}
