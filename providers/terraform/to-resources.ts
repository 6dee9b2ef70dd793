import type { FacetName, Facets } from '../../src/model/facets.js';
import type { Resource } from '../../src/model/resource.js';
import type { Builder, BuilderTable, BuildContext, CloudBuilders } from './builder-types.js';
import { Links } from './links.js';
import type { Steps } from '../../src/yield.js';
import type { ConfigIndex } from './configuration.js';
import type { TfResource } from './tf-resource.js';
import { AWS } from './aws/index.js';
import { AZURE } from './azure/index.js';
import { GCP } from './gcp/index.js';

const CLOUDS: readonly CloudBuilders[] = [AWS, AZURE, GCP];

interface CompiledCloud {
  spec: CloudBuilders;
  byFacet: Map<FacetName, { byType: Map<string, Builder<unknown>>; any?: Builder<unknown> }>;
  /** Per resource type, the builders that apply to it in facet order: one lookup per resource, not one per facet. */
  forType: Map<string, ReadonlyArray<readonly [FacetName, Builder<unknown>]>>;
}

const COMPILED = CLOUDS.map(compile);

function compile(spec: CloudBuilders): CompiledCloud {
  const byFacet: CompiledCloud['byFacet'] = new Map();
  for (const table of spec.tables) {
    for (const [facet, builders] of Object.entries(table) as Array<[FacetName, Record<string, Builder<unknown>>]>) {
      let entry = byFacet.get(facet);
      if (!entry) byFacet.set(facet, (entry = { byType: new Map() }));
      for (const [type, builder] of Object.entries(builders)) {
        if (type === '*') {
          if (entry.any) throw new Error(`${spec.cloud}: two default builders for facet ${facet}`);
          entry.any = builder;
        } else {
          if (entry.byType.has(type)) throw new Error(`${spec.cloud}: two builders for ${type}.${facet}`);
          entry.byType.set(type, builder);
        }
      }
    }
  }
  return { spec, byFacet, forType: new Map() };
}

function buildersFor(cloud: CompiledCloud, type: string): ReadonlyArray<readonly [FacetName, Builder<unknown>]> {
  let list = cloud.forType.get(type);
  if (!list) {
    const found: Array<readonly [FacetName, Builder<unknown>]> = [];
    for (const [facet, entry] of cloud.byFacet) {
      const builder = entry.byType.get(type) ?? entry.any;
      if (builder) found.push([facet, builder]);
    }
    list = found;
    if (cloud.forType.size < 10_000) cloud.forType.set(type, list);
  }
  return list;
}

const cloudByType = new Map<string, CompiledCloud | null>();

export function cloudOf(type: string): CompiledCloud | undefined {
  let cloud = cloudByType.get(type);
  if (cloud === undefined) {
    cloud = COMPILED.find((c) => c.spec.prefixes.some((p) => type.startsWith(p))) ?? null;
    // Type names come from the input: the memo is bounded so that a hostile plan cannot grow it without end.
    if (cloudByType.size < 10_000) cloudByType.set(type, cloud);
  }
  return cloud ?? undefined;
}

/** Terraform resource instances → model resources with their facets. Types of other providers (random, null…) are left out. */
export function* toResources(
  tf: readonly TfResource[],
  config: ConfigIndex | undefined,
  place: (r: TfResource) => Pick<Resource['source'], 'location' | 'waivers'>,
  scope?: string,
): Steps<Resource[]> {
  const links = new Links(tf, config);
  // A resource's region is asked for by its own builders, by its children's and by the model: found once.
  const regions = new Map<TfResource, string | undefined>();
  const regionOf = (x: TfResource): string | undefined => {
    if (regions.has(x)) return regions.get(x);
    const region = cloudOf(x.type)?.spec.regionOf(x, links);
    regions.set(x, region);
    return region;
  };
  const ctx: BuildContext = { links, regionOf };
  const out: Resource[] = [];
  for (const r of tf) {
    yield;
    const cloud = cloudOf(r.type);
    if (!cloud) continue;
    const facets: Facets = {};
    for (const [facet, builder] of buildersFor(cloud, r.type)) {
      const value = builder(r, ctx);
      if (value !== undefined) (facets as Record<string, unknown>)[facet] = value;
    }
    const placed = place(r);
    const tags = stringMap(r.values.tags) ?? stringMap(r.values.labels);
    out.push({
      id: r.address,
      provider: cloud.spec.cloud,
      nativeType: r.type,
      region: regionOf(r),
      source: { origin: r.origin, category: 'terraform', input: r.input, ...(scope !== undefined ? { scope } : {}), ...placed },
      facets,
      ...(tags ? { tags } : {}),
    });
  }
  return out;
}

export type { BuilderTable };

/** A map of strings (tags, labels), without the non-string values a plan may hold there. */
function stringMap(v: unknown): Record<string, string> | undefined {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return undefined;
  // Every resource has tags: a plain loop, without the entry arrays of Object.entries/fromEntries.
  const record = v as Record<string, unknown>;
  let out: Record<string, string> | undefined;
  for (const k of Object.keys(record)) {
    const value = record[k];
    if (typeof value !== 'string') continue;
    out ??= {};
    // defineProperty, as fromEntries does: a `__proto__` tag must stay a tag.
    if (k === '__proto__') Object.defineProperty(out, k, { value, enumerable: true, writable: true, configurable: true });
    else out[k] = value;
  }
  return out;
}
