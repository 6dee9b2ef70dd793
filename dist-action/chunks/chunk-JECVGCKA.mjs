import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  memoize
} from "./chunk-7EALKIMT.mjs";

// src/registry/builder-table.ts
var EVERY_TYPE = "*";
function entries(tables) {
  const out = [];
  for (const table of tables) {
    for (const [facet, builders] of Object.entries(table)) {
      for (const [type, builder] of Object.entries(builders)) out.push({ facet, type, builder });
    }
  }
  return out;
}
function compile(label, tables) {
  const byFacet = /* @__PURE__ */ new Map();
  for (const { facet, type, builder } of entries(tables)) {
    let entry = byFacet.get(facet);
    if (!entry) byFacet.set(facet, entry = { byType: /* @__PURE__ */ new Map() });
    if (type === EVERY_TYPE) {
      if (entry.any) throw new Error(`${label}: two builders for every type's ${facet}`);
      entry.any = builder;
    } else {
      if (entry.byType.has(type)) throw new Error(`${label}: two builders for ${type}.${facet}`);
      entry.byType.set(type, builder);
    }
  }
  return memoize((type) => {
    const found = [];
    for (const [facet, entry] of byFacet) {
      const builder = entry.byType.get(type) ?? entry.any;
      if (builder) found.push([facet, builder]);
    }
    return found;
  });
}
function buildFacets(builders, ...args) {
  const facets = {};
  for (const [facet, builder] of builders) {
    const value = builder(...args);
    if (value !== void 0) facets[facet] = value;
  }
  return facets;
}

export {
  EVERY_TYPE,
  entries,
  compile,
  buildFacets
};
