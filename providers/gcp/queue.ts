/** Thrown into a producer waiting to push when the consumer has stopped reading. */
export class QueueCancelled extends Error {
  override readonly name = 'QueueCancelled';
}

/**
 * A bounded hand-off between the scopes read in parallel and the one consumer (the scan, which
 * judges each resource as it arrives): a producer that finds the queue full waits, so at most
 * `capacity` pages wait in memory however large the estate.
 */
export class PageQueue<T> {
  private readonly items: T[] = [];
  private readers: Array<() => void> = [];
  private writers: Array<() => void> = [];
  private done = false;
  private failure: unknown;
  private cancelled = false;

  constructor(private readonly capacity: number) {}

  async push(item: T): Promise<void> {
    while (this.items.length >= this.capacity && !this.cancelled) await new Promise<void>((resolve) => this.writers.push(resolve));
    if (this.cancelled) throw new QueueCancelled('the scan stopped reading');
    this.items.push(item);
    this.wake('readers');
  }

  /** No more items; `err` is rethrown to the consumer after the items already queued. */
  close(err?: unknown): void {
    this.done = true;
    this.failure = err;
    this.wake('readers');
  }

  /** The consumer is gone: waiting and future pushes throw QueueCancelled. */
  cancel(): void {
    this.cancelled = true;
    this.items.length = 0;
    this.wake('writers');
  }

  get isCancelled(): boolean {
    return this.cancelled;
  }

  async *drain(): AsyncGenerator<T> {
    for (;;) {
      if (this.items.length > 0) {
        const item = this.items.shift()!;
        this.wake('writers');
        yield item;
        continue;
      }
      if (this.done) {
        if (this.failure !== undefined) throw this.failure;
        return;
      }
      await new Promise<void>((resolve) => this.readers.push(resolve));
    }
  }

  private wake(which: 'readers' | 'writers'): void {
    const waiting = this[which];
    this[which] = [];
    for (const resolve of waiting) resolve();
  }
}
