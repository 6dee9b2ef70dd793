import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  EVERY_TYPE,
  entries
} from "./chunk-JECVGCKA.mjs";

// src/registry/cloud-registry.ts
function typesByFacet(tables) {
  const out = /* @__PURE__ */ new Map();
  for (const { facet, type } of entries(tables)) {
    let set = out.get(type);
    if (!set) out.set(type, set = /* @__PURE__ */ new Set());
    set.add(facet);
  }
  return out;
}
function coverageRows(registry) {
  const plan = typesByFacet(registry.plan);
  const live = typesByFacet(registry.live);
  const rows = /* @__PURE__ */ new Map();
  const rowFor = (key, init) => {
    let row = rows.get(key);
    if (!row) rows.set(key, row = init());
    return row;
  };
  for (const [type, facets] of live) {
    const row = rowFor(`live:${type}`, () => ({ cloud: registry.cloud, ...type === EVERY_TYPE ? {} : { live: type }, plan: type === EVERY_TYPE ? [EVERY_TYPE] : [], facets: {} }));
    for (const f of facets) row.facets[f] = { plan: false, live: true };
  }
  for (const [type, facets] of plan) {
    const twin = type === EVERY_TYPE ? EVERY_TYPE : registry.twins[type];
    const row = twin ? rowFor(`live:${twin}`, () => ({ cloud: registry.cloud, ...twin === EVERY_TYPE ? {} : { live: twin }, plan: [], facets: {} })) : rowFor(`plan:${type}`, () => ({ cloud: registry.cloud, plan: [], facets: {} }));
    if (!row.plan.includes(type)) row.plan.push(type);
    for (const f of facets) row.facets[f] = { plan: true, live: row.facets[f]?.live ?? false };
  }
  for (const row of rows.values()) {
    for (const f of plan.get(EVERY_TYPE) ?? []) if (row.plan.length) row.facets[f] = { plan: true, live: row.facets[f]?.live ?? false };
    for (const f of live.get(EVERY_TYPE) ?? []) if (row.live) row.facets[f] = { plan: row.facets[f]?.plan ?? false, live: true };
    row.plan.sort();
  }
  return [...rows.values()].sort((a, b) => (a.live ?? a.plan[0] ?? "").localeCompare(b.live ?? b.plan[0] ?? ""));
}
function liveTypes(registry) {
  return [...typesByFacet(registry.live).keys()].filter((t) => t !== EVERY_TYPE).sort();
}
function providedFacets(registries) {
  const out = /* @__PURE__ */ new Set();
  for (const r of registries) for (const { facet } of entries([...r.plan, ...r.live])) out.add(facet);
  return out;
}
function facetClouds(registries) {
  const out = /* @__PURE__ */ new Map();
  for (const r of registries) {
    for (const { facet } of entries([...r.plan, ...r.live])) {
      let clouds = out.get(facet);
      if (!clouds) out.set(facet, clouds = /* @__PURE__ */ new Set());
      clouds.add(r.cloud);
    }
  }
  return out;
}

export {
  coverageRows,
  liveTypes,
  providedFacets,
  facetClouds
};
