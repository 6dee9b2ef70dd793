import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  DEFAULT_LIVE_LIMITS
} from "./chunk-24CSVZM3.mjs";

// src/live/source.ts
function limitsOf(ctx) {
  return ctx.limits ?? DEFAULT_LIVE_LIMITS;
}

// src/live/pool.ts
async function* mapConcurrent(items, limit, work) {
  const running = /* @__PURE__ */ new Map();
  let next = 0;
  const start = () => {
    const id = next;
    const item = items[next++];
    running.set(
      id,
      work(item).then((value) => ({ id, value }))
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
async function withRetry(call, opts) {
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

export {
  limitsOf,
  mapConcurrent,
  withRetry
};
