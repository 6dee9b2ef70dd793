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
  /** First delay before a retry, doubling each time up to maxDelayMs, with jitter (half to all of it). */
  initialDelayMs: number;
  maxDelayMs: number;
  /** Tries in all, the first included (google-gax's `maxRetries`). */
  maxAttempts: number;
}

/** Cloud Asset Inventory allows 100 ListAssets calls per minute per consumer project: throttling waits up to 32 s between tries (attempts: --max-attempts). */
export const DEFAULT_RETRY: Omit<RetrySettings, 'maxAttempts'> = { initialDelayMs: 1000, maxDelayMs: 32_000 };

/**
 * What is retried. gRPC codes (DEADLINE_EXCEEDED 4, RESOURCE_EXHAUSTED 8, INTERNAL 13, UNAVAILABLE
 * 14) and, because google-gax 5 in REST mode hands back the HTTP client's error whose `code` is
 * the HTTP status (or the socket error), the HTTP statuses of throttling and server errors and
 * dropped connections too; and answers that are not the API's JSON (a proxy's page, a body cut
 * short), which carry no code.
 */
const RETRY_CODES: ReadonlySet<number | string> = new Set([4, 8, 13, 14, 408, 429, 500, 502, 503, 504, 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN']);

export function isRetryable(err: unknown): boolean {
  const e = err as { name?: string; code?: unknown; type?: string; message?: unknown };
  if (RETRY_CODES.has(e?.code as number | string)) return true;
  return e?.name === 'SyntaxError' || e?.type === 'invalid-json' || (e?.code === undefined && /JSON|premature close|aborted|socket hang up/i.test(String(e?.message ?? '')));
}

/**
 * Call options of every listAssets page: one page per call (the caller pages), and no retry of
 * google-gax's own: its REST transport has no timeout per try, so cldscan makes the tries
 * (`attempt` in live.ts), each bounded.
 */
export const CALL_OPTIONS: Readonly<Record<string, unknown>> = {
  autoPaginate: false,
  retry: { retryCodes: [], backoffSettings: { maxRetries: 1, initialRetryDelayMillis: 0, retryDelayMultiplier: 1, maxRetryDelayMillis: 0, initialRpcTimeoutMillis: 0, rpcTimeoutMultiplier: 1, maxRpcTimeoutMillis: 0 } },
};

/**
 * `CLDSCAN_GCP_ENDPOINT`: `host:port` (plain HTTP: a local test server or emulator) or
 * `https://host[:port]` (a private endpoint such as Private Service Connect).
 */
export function endpointOptions(value: string, variable = 'CLDSCAN_GCP_ENDPOINT'): Required<Pick<ClientOptions, 'apiEndpoint' | 'port' | 'protocol'>> {
  const m = /^(?:(https?):\/\/)?(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+)(?::(\d{1,5}))?\/?$/.exec(value.trim());
  if (!m) throw new UserError(`${variable} ${value}: expected host:port (plain HTTP, for tests) or https://host[:port]`);
  const protocol = m[1] ?? 'http';
  const port = m[3] ? Number(m[3]) : protocol === 'https' ? 443 : 80;
  return { apiEndpoint: m[2]!, port, protocol };
}

/**
 * The client. Credentials: Application Default Credentials (workload identity federation in CI,
 * `gcloud auth application-default login` on a workstation), or an access token in
 * `GOOGLE_OAUTH_ACCESS_TOKEN` (as the Terraform Google provider reads it).
 */
export async function createClient(overrides: ClientOptions = {}, env: NodeJS.ProcessEnv = process.env, bound: <T>(p: Promise<T>) => Promise<T> = (p) => p): Promise<AssetClient> {
  const { v1 } = commonJs(await import('@google-cloud/asset'));
  const options: ClientOptions = { fallback: true };
  const endpoint = env.CLDSCAN_GCP_ENDPOINT?.trim();
  if (endpoint) Object.assign(options, endpointOptions(endpoint));
  const token = env.GOOGLE_OAUTH_ACCESS_TOKEN?.trim();
  // google-auth-library comes with @google-cloud/asset, through google-gax.
  const { googleAuthLibrary } = commonJs(await import('google-gax'));
  if (token && !overrides.authClient) {
    const auth = new googleAuthLibrary.OAuth2Client();
    auth.setCredentials({ access_token: token });
    options.authClient = auth;
  } else if (!overrides.authClient && !overrides.auth) {
    // Found before the first call: without credentials, the client's own lookup fails in a promise
    // nobody awaits, and the process dies with a stack trace once the report is written.
    const auth = new googleAuthLibrary.GoogleAuth({ scopes: ['https://www.googleapis.com/auth/cloud-platform'] });
    // Off Google Cloud, the metadata server's lookup fails with a process warning on standard
    // error: the one line below says it was tried.
    const emit = process.emitWarning;
    process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
      const type = typeof rest[0] === 'string' ? rest[0] : (rest[0] as { type?: string } | undefined)?.type;
      if (type !== 'MetadataLookupWarning') (emit as (...args: unknown[]) => void).call(process, warning, ...rest);
    }) as typeof process.emitWarning;
    try {
      await bound(auth.getClient());
    } catch (err) {
      throw new UserError(noCredentials(err));
    } finally {
      process.emitWarning = emit;
    }
    options.auth = auth;
  }
  return new v1.AssetServiceClient({ ...options, ...overrides });
}

/** One line: what Application Default Credentials tried, and how to give them. */
function noCredentials(err: unknown): string {
  const said = String((err as Error)?.message ?? err).split('\n')[0]!.split(/\. Browse/)[0]!.replace(/[:=]/g, ' ').slice(0, 200);
  return (
    'GCP: no Application Default Credentials (tried GOOGLE_APPLICATION_CREDENTIALS, the gcloud application-default file and the metadata server); ' +
    `run gcloud auth application-default login, point GOOGLE_APPLICATION_CREDENTIALS at a workload identity federation or key file, or set GOOGLE_OAUTH_ACCESS_TOKEN (google-auth said ${said})`
  );
}

/**
 * What import() of a CommonJS package (these two) gives: Node adds its exports as named exports,
 * the action's bundle (dist-action/) only as `default`, which Node sets too.
 */
function commonJs<T extends object>(mod: T): T {
  const exported = (mod as { default?: unknown }).default;
  return exported !== null && typeof exported === 'object' ? (exported as T) : mod;
}
