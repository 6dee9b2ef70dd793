/**
 * Long synchronous work (reading a 300 MB plan, judging 100 000 resources) gives the event loop a
 * turn now and then, so SIGINT/SIGTERM are handled promptly: the scan stops and the previous
 * output file stays as it was.
 */
export class Ticker {
  private last = Date.now();

  constructor(private readonly everyMs = 50) {}

  /**
   * Whether `everyMs` have passed since the last turn: then the caller awaits `turn()`. Asked per
   * resource, so it is a plain call: awaiting something on every resource would cost a promise
   * and a trip through the microtask queue each time.
   */
  due(): boolean {
    return Date.now() - this.last >= this.everyMs;
  }

  /** One turn of the event loop. */
  async turn(): Promise<void> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.last = Date.now();
  }
}

/**
 * Work written once as a generator that yields at points where it may pause: run it straight
 * through (tests, small inputs), or pausing for the event loop now and then (the CLI).
 */
export type Steps<T> = Generator<void, T, void>;

export function runSync<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export async function runPausing<T>(steps: Steps<T>): Promise<T> {
  const ticker = new Ticker();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (ticker.due()) await ticker.turn();
  }
}
