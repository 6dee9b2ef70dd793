import type { Resource } from '../../src/model/resource.js';
import type { BuildContext, PlanArgs, TerraformCloud } from './builder-types.js';
import { Links } from './links.js';
import type { Steps } from '../../src/yield.js';
import type { ConfigIndex } from './configuration.js';
import type { TfResource } from './tf-resource.js';
import { memoize } from '../../src/bounded-memo.js';
import { buildFacets, compile, type Compiled } from '../../src/registry/builder-table.js';

interface CompiledCloud {
  spec: TerraformCloud;
  /** Per resource type, the builders that apply to it in facet order: one lookup per resource, not one per facet. */
  forType: Compiled<PlanArgs>;
}

/** The Terraform adapter for the given clouds: resource instances of their types become model resources. */
export function terraformClouds(clouds: readonly TerraformCloud[]): TerraformClouds {
  const compiled: CompiledCloud[] = clouds.map((spec) => ({ spec, forType: compile(`${spec.cloud} plan`, spec.tables) }));
  return { cloudOf: memoize((type: string) => compiled.find((c) => c.spec.prefixes.some((p) => type.startsWith(p)))) };
}

export interface TerraformClouds {
  cloudOf(type: string): CompiledCloud | undefined;
}

/** Terraform resource instances → model resources with their facets. Types of other providers (random, null…) are left out. */
export function* toResources(
  clouds: TerraformClouds,
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
    const region = clouds.cloudOf(x.type)?.spec.regionOf(x, links);
    regions.set(x, region);
    return region;
  };
  const ctx: BuildContext = { links, regionOf };
  const out: Resource[] = [];
  for (const r of tf) {
    yield;
    const cloud = clouds.cloudOf(r.type);
    if (!cloud) continue;
    const facets = buildFacets(cloud.forType(r.type), r, ctx);
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
