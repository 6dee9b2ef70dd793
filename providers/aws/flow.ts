/**
 * Plumbing for a live read: a limit on the calls in flight (however many regions, accounts and
 * resource types are being paged at once), and a bounded channel from the paging tasks to the scan,
 * so pages are processed as they arrive and a slow consumer holds the producers back instead of
 * letting the estate pile up in memory.
 */
import { mapConcurrent } from '../../src/live/pool.js';

/**
 * At most `limit` calls in flight. Calls that continue a chain (the next page of a listing, whose
 * token the previous page gave) go before the others: a listing cannot be parallelised, so it sets
 * the pace of the whole read, while the fetches it feeds can wait their turn.
 */
export class Limiter {
  private active = 0;
  private readonly chained: Array<() => void> = [];
  private readonly waiting: Array<() => void> = [];

  constructor(readonly limit: number) {}

  async run<T>(call: () => Promise<T>, chain = false): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => (chain ? this.chained : this.waiting).push(resolve));
    else this.active++;
    try {
      return await call();
    } finally {
      const next = this.chained.shift() ?? this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}

/** A bounded single-consumer queue. `push` waits while the queue is full. */
export class Channel<T> implements AsyncIterable<T> {
  private readonly items: T[] = [];
  private readonly spaceWaiters: Array<() => void> = [];
  private itemWaiter: (() => void) | undefined;
  private closed = false;
  private failure: unknown;

  constructor(private readonly capacity: number) {}

  async push(item: T): Promise<void> {
    while (this.items.length >= this.capacity && !this.closed) await new Promise<void>((resolve) => this.spaceWaiters.push(resolve));
    if (this.closed) return;
    this.items.push(item);
    this.wake();
  }

  close(): void {
    this.closed = true;
    this.wake();
    for (const w of this.spaceWaiters.splice(0)) w();
  }

  fail(err: unknown): void {
    this.failure ??= err;
    this.close();
  }

  private wake(): void {
    const w = this.itemWaiter;
    this.itemWaiter = undefined;
    w?.();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    for (;;) {
      if (this.failure !== undefined) throw this.failure;
      const item = this.items.shift();
      if (item !== undefined) {
        this.spaceWaiters.shift()?.();
        yield item;
        continue;
      }
      if (this.closed) return;
      await new Promise<void>((resolve) => (this.itemWaiter = resolve));
    }
  }
}

/** Runs `work` on every item with at most `limit` at once (the scan's `mapConcurrent`); resolves when all are done. */
export async function runAll<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  for await (const done of mapConcurrent(items, limit, work)) void done;
}
