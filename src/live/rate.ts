import { setTimeout as sleep } from 'node:timers/promises';

/**
 * At most `calls` calls started in any `windowMs` (a minute for a per-minute quota), in the order
 * they asked. Kept on the client's side because a quota shared by parallel listings, once exceeded,
 * answers 429 to all of them and each then sleeps its backoff: a scan that waits its turn ends
 * sooner, and never gives a listing up for throttling it caused itself.
 */
export class CallRate {
  /** Start times of the last `calls` calls, oldest at `oldest` once full. */
  private readonly starts: number[] = [];
  private oldest = 0;
  private turn: Promise<void> = Promise.resolve();

  constructor(
    readonly calls: number,
    readonly windowMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    if (!Number.isInteger(calls) || calls < 1) throw new RangeError(`calls must be a whole number above 0, not ${calls}`);
  }

  /** Resolves when a call may start (and counts it); rejects with the signal's reason when it aborts first. */
  take(signal?: AbortSignal): Promise<void> {
    const mine = this.turn.then(() => this.wait(signal));
    // One that gave up (aborted) leaves its place to the next.
    this.turn = mine.catch(() => undefined);
    return mine;
  }

  private async wait(signal: AbortSignal | undefined): Promise<void> {
    signal?.throwIfAborted();
    if (this.starts.length === this.calls) {
      const wait = this.starts[this.oldest]! + this.windowMs - this.now();
      if (wait > 0) {
        try {
          await sleep(wait, undefined, signal ? { signal } : {});
        } catch (err) {
          throw signal?.aborted ? signal.reason : err;
        }
      }
    }
    const at = this.now();
    if (this.starts.length < this.calls) this.starts.push(at);
    else {
      this.starts[this.oldest] = at;
      this.oldest = (this.oldest + 1) % this.calls;
    }
  }
}
