import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));

// src/bounded-memo.ts
function memoize(f, bound = 1e4) {
  const memo = /* @__PURE__ */ new Map();
  return (key) => {
    const known = memo.get(key);
    if (known !== void 0 || memo.has(key)) return known;
    const value = f(key);
    if (memo.size < bound) memo.set(key, value);
    return value;
  };
}

export {
  memoize
};
