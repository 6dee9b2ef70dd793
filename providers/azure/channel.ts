/**
 * A bounded queue between the scopes read in parallel and the one consumer that evaluates their
 * resources: producers wait while `capacity` batches are queued, so memory holds a few pages
 * whatever the size of the estate.
 */
export class Channel<T> {
  private readonly queue: T[] = [];
  private closed = false;
  private failure: { error: unknown } | undefined;
  private wakeConsumer: (() => void) | undefined;
  private readonly wakeProducers: Array<() => void> = [];

  constructor(private readonly capacity: number) {}

  /** Queues a batch; resolves when there is room (or at once when the consumer has gone). */
  async put(item: T): Promise<void> {
    while (this.queue.length >= this.capacity && !this.closed) await new Promise<void>((resolve) => this.wakeProducers.push(resolve));
    if (this.closed) return;
    this.queue.push(item);
    this.wakeConsumer?.();
  }

  /** No more batches: the consumer ends after the queued ones (with `error` thrown, if given). */
  close(error?: unknown): void {
    if (error !== undefined && !this.failure) this.failure = { error };
    this.closed = true;
    this.wakeConsumer?.();
    for (const wake of this.wakeProducers.splice(0)) wake();
  }

  get isClosed(): boolean {
    return this.closed;
  }

  async *drain(): AsyncGenerator<T> {
    for (;;) {
      if (this.queue.length) {
        const item = this.queue.shift()!;
        this.wakeProducers.shift()?.();
        yield item;
        continue;
      }
      if (this.failure) throw this.failure.error;
      if (this.closed) return;
      await new Promise<void>((resolve) => (this.wakeConsumer = resolve));
      this.wakeConsumer = undefined;
    }
  }
}
