import type { FacetName, Facets } from '../../src/model/facets.js';
import type { Resource } from '../../src/model/resource.js';
import type { Builder, BuilderTable, BuildContext, CloudBuilders } from './builder-types.js';
import { Links } from './links.js';
import type { Steps } from '../../src/yield.js';
import type { ConfigIndex } from './configuration.js';
import type { TfResource } from './tf-resource.js';
import { AWS } from '../aws/plan/index.js';
import { AZURE } from '../azure/plan/index.js';
import { GCP } from '../gcp/plan/index.js';
import { memoize } from '../../src/bounded-memo.js';

const CLOUDS: readonly CloudBuilders[] = [AWS, AZURE, GCP];

interface CompiledCloud {
  spec: CloudBuilders;
  /** Per resource type, the builders that apply to it in facet order: one lookup per resource, not one per facet. */
  forType: (type: string) => ReadonlyArray<readonly [FacetName, Builder<unknown>]>;
}

const COMPILED = CLOUDS.map(compile);

function compile(spec: CloudBuilders): CompiledCloud {
  const byFacet = new Map<FacetName, { byType: Map<string, Builder<unknown>>; any?: Builder<unknown> }>();
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
  const forType = memoize((type: string) => {
    const found: Array<readonly [FacetName, Builder<unknown>]> = [];
    for (const [facet, entry] of byFacet) {
      const builder = entry.byType.get(type) ?? entry.any;
      if (builder) found.push([facet, builder]);
    }
    return found;
  });
  return { spec, forType };
}

const cloudOf = memoize((type: string): CompiledCloud | undefined => COMPILED.find((c) => c.spec.prefixes.some((p) => type.startsWith(p))));

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
    for (const [facet, builder] of cloud.forType(r.type)) {
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
