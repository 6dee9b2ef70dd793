import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));

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

export {
  mapConcurrent
};
