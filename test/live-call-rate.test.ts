import { describe, expect, it } from 'vitest';
import { CallRate } from '../src/live/rate.js';
import { busiestWindow } from './helpers/call-times.js';

describe('CallRate', () => {
  it('lets the first calls of a window through at once, then starts no more than its calls in any window', async () => {
    const rate = new CallRate(3, 150);
    const t0 = performance.now();
    const starts: number[] = [];
    await Promise.all(Array.from({ length: 8 }, () => rate.take().then(() => starts.push(performance.now() - t0))));
    expect(starts).toHaveLength(8);
    // The margin covers timers firing a millisecond early or late; 8 calls at 3 a window take two waits.
    expect(busiestWindow(starts, 145)).toBeLessThanOrEqual(3);
    expect(Math.min(...starts)).toBeLessThan(50);
    expect(Math.max(...starts)).toBeGreaterThanOrEqual(295);
  });

  it('serves callers in the order they asked', async () => {
    const rate = new CallRate(1, 30);
    const order: number[] = [];
    await Promise.all([0, 1, 2, 3].map((i) => rate.take().then(() => order.push(i))));
    expect(order).toEqual([0, 1, 2, 3]);
  });

  it('rejects a waiting caller with its signal\'s reason, and the next one still gets its turn', async () => {
    const rate = new CallRate(1, 200);
    await rate.take();
    const stop = new AbortController();
    const waiting = rate.take(stop.signal);
    const next = rate.take();
    stop.abort(new Error('deadline passed'));
    await expect(waiting).rejects.toThrow('deadline passed');
    const t0 = performance.now();
    await next;
    // The aborted caller took no slot: the next one waited for the first call's window only (200 ms), not a second one (400).
    expect(performance.now() - t0).toBeLessThan(350);
  });

  it('refuses a rate that allows no call', () => {
    expect(() => new CallRate(0, 60_000)).toThrow(RangeError);
    expect(() => new CallRate(1.5, 60_000)).toThrow(RangeError);
  });
});
