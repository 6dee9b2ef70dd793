import { UserError } from '../../src/errors.js';

/**
 * The Cloud Asset Inventory client: `@google-cloud/asset`'s AssetServiceClient over HTTP/1.1 REST
 * (`fallback: true`) — the transport the tests drive, which also goes through HTTPS proxies — with
 * Application Default Credentials, a retry policy for throttling and server errors, and optionally
 * another endpoint (`CLDSCAN_GCP_ENDPOINT`, for tests and private endpoints).
 */

type AssetModule = typeof import('@google-cloud/asset');
export type AssetClient = InstanceType<AssetModule['v1']['AssetServiceClient']>;
export type ClientOptions = NonNullable<ConstructorParameters<AssetModule['v1']['AssetServiceClient']>[0]>;

export interface RetrySettings {
  /** First delay before a retry (full jitter: a random wait up to it), doubling each time. */
  initialDelayMs: number;
  maxDelayMs: number;
  /** Tries in all, the first included (google-gax's `maxRetries`). */
  maxAttempts: number;
}

/** Cloud Asset Inventory allows 100 ListAssets calls per minute per consumer project: throttling waits up to 32 s between tries. */
export const DEFAULT_RETRY: RetrySettings = { initialDelayMs: 1000, maxDelayMs: 32_000, maxAttempts: 10 };

/**
 * What is retried. gRPC codes (DEADLINE_EXCEEDED 4, RESOURCE_EXHAUSTED 8, INTERNAL 13, UNAVAILABLE
 * 14) and, because google-gax 5 in REST mode hands back the HTTP client's error whose `code` is
 * the HTTP status (or the socket error), the HTTP statuses of throttling and server errors and
 * dropped connections too.
 */
const RETRY_CODES: ReadonlyArray<number | string> = [4, 8, 13, 14, 408, 429, 500, 502, 503, 504, 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN'];

/** Call options of every listAssets page: one page per call (the caller pages), our retry policy. */
export function callOptions(retry: RetrySettings): Record<string, unknown> {
  return {
    autoPaginate: false,
    retry: {
      retryCodes: [...RETRY_CODES],
      backoffSettings: {
        initialRetryDelayMillis: retry.initialDelayMs,
        retryDelayMultiplier: 2,
        maxRetryDelayMillis: retry.maxDelayMs,
        initialRpcTimeoutMillis: 120_000,
        rpcTimeoutMultiplier: 1,
        maxRpcTimeoutMillis: 120_000,
        maxRetries: retry.maxAttempts,
      },
    },
  };
}

/**
 * `CLDSCAN_GCP_ENDPOINT`: `host:port` (plain HTTP: a local test server or emulator) or
 * `https://host[:port]` (a private endpoint such as Private Service Connect).
 */
export function endpointOptions(value: string): Pick<ClientOptions, 'apiEndpoint' | 'port' | 'protocol'> {
  const m = /^(?:(https?):\/\/)?(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+)(?::(\d{1,5}))?\/?$/.exec(value.trim());
  if (!m) throw new UserError(`CLDSCAN_GCP_ENDPOINT ${value}: expected host:port (plain HTTP, for tests) or https://host[:port]`);
  const protocol = m[1] ?? 'http';
  const port = m[3] ? Number(m[3]) : protocol === 'https' ? 443 : 80;
  return { apiEndpoint: m[2]!, port, protocol };
}

/**
 * The client. Credentials: Application Default Credentials (workload identity federation in CI,
 * `gcloud auth application-default login` on a workstation), or an access token in
 * `GOOGLE_OAUTH_ACCESS_TOKEN` (as the Terraform Google provider reads it).
 */
export async function createClient(overrides: ClientOptions = {}, env: NodeJS.ProcessEnv = process.env): Promise<AssetClient> {
  const { v1 } = commonJs(await import('@google-cloud/asset'));
  const options: ClientOptions = { fallback: true };
  const endpoint = env.CLDSCAN_GCP_ENDPOINT?.trim();
  if (endpoint) Object.assign(options, endpointOptions(endpoint));
  const token = env.GOOGLE_OAUTH_ACCESS_TOKEN?.trim();
  if (token && !overrides.authClient) {
    // google-auth-library comes with @google-cloud/asset, through google-gax.
    const { googleAuthLibrary } = commonJs(await import('google-gax'));
    const auth = new googleAuthLibrary.OAuth2Client();
    auth.setCredentials({ access_token: token });
    options.authClient = auth;
  }
  return new v1.AssetServiceClient({ ...options, ...overrides });
}

/**
 * What import() of a CommonJS package (these two) gives: Node adds its exports as named exports,
 * the action's bundle (dist-action/) only as `default`, which Node sets too.
 */
function commonJs<T extends object>(mod: T): T {
  const exported = (mod as { default?: unknown }).default;
  return exported !== null && typeof exported === 'object' ? (exported as T) : mod;
}
