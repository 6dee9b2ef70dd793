import type { ResourceGraphClient } from '@azure/arm-resourcegraph';

/**
 * Throttling and retries for the Azure clients, as pipeline policies (no other package needed: a
 * policy is an object with `name` and `sendRequest`).
 *
 * The SDK's default retry policy retries 429 only when a `Retry-After` header is present. Resource
 * Graph throttles per user with a quota window and says so in `x-ms-user-quota-remaining` and
 * `x-ms-user-quota-resets-after` (hh:mm:ss): its 429s may carry only those. This policy retries
 * 429 and 503 after the longest delay any of the headers asks for (else exponential backoff with
 * jitter), 408 and 5xx (but 501/505), connection errors, timeouts, bodies cut mid-way and 200
 * answers that are not JSON with exponential backoff; and a gate
 * holds every request of the scan while the Graph quota is spent, until the window resets.
 */

type Pipeline = ResourceGraphClient['pipeline'];
type Policy = Parameters<Pipeline['addPolicy']>[0];
type Request = Parameters<Policy['sendRequest']>[0];
type Response = Awaited<ReturnType<Policy['sendRequest']>>;
type Headers = Response['headers'];
type Signal = Request['abortSignal'];

export interface RetryOptions {
  /** Retries after the first attempt (default: --max-attempts less one). */
  maxRetries?: number;
  /** First backoff (default 1000 ms), doubled each retry, with jitter. */
  baseDelayMs?: number;
  /** Longest wait (default 60 s). */
  maxDelayMs?: number;
}

/** `00:00:05`, `1.00:00:00` (days), or seconds → milliseconds. */
export function parseTimespan(v: string | undefined): number | undefined {
  if (!v) return undefined;
  const m = /^(?:(\d+)\.)?(\d{1,2}):(\d{2}):(\d{2}(?:\.\d+)?)$/.exec(v.trim());
  if (m) return ((Number(m[1] ?? 0) * 24 + Number(m[2])) * 3600 + Number(m[3]) * 60 + Number(m[4])) * 1000;
  return undefined;
}

/** How long the response asks to wait, in milliseconds: Retry-After (seconds or a date), retry-after-ms, x-ms-retry-after-ms, x-ms-user-quota-resets-after. */
export function requestedDelay(headers: Headers): number | undefined {
  const waits: number[] = [];
  for (const name of ['retry-after-ms', 'x-ms-retry-after-ms']) {
    const v = Number(headers.get(name));
    if (headers.get(name) && Number.isFinite(v) && v >= 0) waits.push(v);
  }
  const after = headers.get('retry-after');
  if (after) {
    const seconds = Number(after);
    if (Number.isFinite(seconds)) waits.push(seconds * 1000);
    else if (Number.isFinite(Date.parse(after))) waits.push(Math.max(0, Date.parse(after) - Date.now()));
  }
  const reset = parseTimespan(headers.get('x-ms-user-quota-resets-after'));
  if (reset !== undefined) waits.push(reset);
  return waits.length ? Math.max(...waits) : undefined;
}

/**
 * A 200 answer whose body is not a JSON document: a proxy's HTML page, or a body cut short while
 * its length still matched. The SDK's deserialiser leaves such a body unparsed and the page looks
 * empty, so it is caught here, retried, and if it persists thrown as an error.
 */
function unreadable(response: Response): string | undefined {
  if (response.status !== 200 || response.readableStreamBody) return undefined;
  const type = response.headers.get('content-type') ?? '';
  const text = (response.bodyAsText ?? '').trim();
  if (!/json/i.test(type)) return `the answer is not JSON (content-type ${type.split(';')[0] || 'none'}; a proxy's page?)`;
  const first = text[0];
  const last = text[text.length - 1];
  if (!((first === '{' && last === '}') || (first === '[' && last === ']'))) return 'the answer is not a whole JSON document (cut short?)';
  return undefined;
}

function isAbort(err: unknown, request: Request): boolean {
  return request.abortSignal?.aborted === true || (err as { name?: string })?.name === 'AbortError';
}

function sleep(ms: number, signal?: Signal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new Error('aborted'));
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(new Error('aborted'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Shared by every client of one scan: while the Graph quota is spent, requests wait for the window to reset. */
export class QuotaGate {
  private notBefore = 0;
  /** How many times a request waited, and for how long in total (for tests and progress). */
  waits = 0;
  waitedMs = 0;

  async pass(signal?: Signal | null): Promise<void> {
    const wait = this.notBefore - Date.now();
    if (wait > 0) {
      this.waits++;
      this.waitedMs += wait;
      await sleep(wait, signal);
    }
  }

  observe(headers: Headers): void {
    const remaining = headers.get('x-ms-user-quota-remaining');
    if (remaining === undefined || Number(remaining) > 0) return;
    const reset = parseTimespan(headers.get('x-ms-user-quota-resets-after'));
    if (reset !== undefined) this.notBefore = Math.max(this.notBefore, Date.now() + reset);
  }
}

export function retryPolicy(opts: RetryOptions = {}): Policy {
  const max = opts.maxRetries ?? 8;
  const base = opts.baseDelayMs ?? 1000;
  const cap = opts.maxDelayMs ?? 60_000;
  const backoff = (attempt: number) => Math.min(cap, base * 2 ** attempt * (0.5 + Math.random() / 2));
  return {
    name: 'cldscanRetryPolicy',
    async sendRequest(request: Request, next) {
      for (let attempt = 0; ; attempt++) {
        let response: Response | undefined;
        let error: unknown;
        try {
          response = await next(request);
        } catch (err) {
          error = err;
        }
        let delay: number | undefined;
        const garbled = response ? unreadable(response) : undefined;
        if (garbled) {
          error = Object.assign(new Error(garbled), { code: 'UNREADABLE_ANSWER', statusCode: 200 });
          response = undefined;
          delay = backoff(attempt);
        } else if (response) {
          const s = response.status;
          if (s === 429 || s === 503) delay = Math.min(cap, requestedDelay(response.headers) ?? backoff(attempt));
          else if (s === 408 || (s >= 500 && s !== 501 && s !== 505)) delay = backoff(attempt);
        } else if (!isAbort(error, request)) {
          // No answer, or one cut mid-body (a socket error, a timeout, a body that ended early).
          delay = backoff(attempt);
        }
        if (delay === undefined || attempt >= max) {
          if (response) return response;
          throw error;
        }
        await sleep(delay, request.abortSignal);
      }
    },
  };
}

export function gatePolicy(gate: QuotaGate): Policy {
  return {
    name: 'cldscanQuotaGate',
    async sendRequest(request: Request, next) {
      await gate.pass(request.abortSignal);
      const response = await next(request);
      gate.observe(response.headers);
      return response;
    },
  };
}

/** Replaces the SDK's retry policy by ours and adds the quota gate after it (so each attempt waits for the gate). */
export function tune(pipeline: Pipeline, gate: QuotaGate, retry: RetryOptions): void {
  pipeline.removePolicy({ name: 'defaultRetryPolicy' });
  pipeline.addPolicy(retryPolicy(retry), { phase: 'Retry' });
  pipeline.addPolicy(gatePolicy(gate), { afterPhase: 'Retry' });
}
