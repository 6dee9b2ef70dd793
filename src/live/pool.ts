/**
 * Runs `work` on every item with at most `limit` running at once, and yields results as they
 * complete: regions, accounts and projects are read in parallel without flooding the cloud's API.
 * Errors thrown by `work` reject the iteration; sources catch and report their own failures.
 */
export async function* mapConcurrent<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): AsyncGenerator<R> {
  const running = new Map<number, Promise<{ id: number; value: R }>>();
  let next = 0;
  const start = () => {
    const id = next;
    const item = items[next++]!;
    running.set(
      id,
      work(item).then((value) => ({ id, value })),
    );
  };
  while (next < items.length && running.size < Math.max(1, limit)) start();
  while (running.size > 0) {
    const { id, value } = await Promise.race(running.values());
    running.delete(id);
    if (next < items.length) start();
    yield value;
  }
}

/** Retries an async call with exponential backoff (capped at `maxMs`) and jitter while `retryable(error)` says so. */
export async function withRetry<T>(call: () => Promise<T>, opts: { attempts: number; baseMs: number; maxMs?: number; retryable: (err: unknown) => boolean; signal?: AbortSignal }): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (err) {
      if (attempt >= opts.attempts || !opts.retryable(err) || opts.signal?.aborted) throw err;
      const delay = Math.min(opts.maxMs ?? Infinity, opts.baseMs * 2 ** (attempt - 1)) * (0.5 + Math.random() / 2);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
