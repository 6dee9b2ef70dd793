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
  return { spec, byFacet };
}

export function cloudOf(type: string): CompiledCloud | undefined {
  return COMPILED.find((c) => c.spec.prefixes.some((p) => type.startsWith(p)));
}

/** Terraform resource instances → model resources with their facets. Types of other providers (random, null…) are left out. */
export function* toResources(
  tf: readonly TfResource[],
  config: ConfigIndex | undefined,
  place: (r: TfResource) => Pick<Resource['source'], 'location' | 'waivers'>,
  scope?: string,
): Steps<Resource[]> {
  const links = new Links(tf, config);
  const out: Resource[] = [];
  for (const r of tf) {
    yield;
    const cloud = cloudOf(r.type);
    if (!cloud) continue;
    const ctx: BuildContext = { links, regionOf: (x) => cloudOf(x.type)?.spec.regionOf(x, links) };
    const facets: Facets = {};
    for (const [facet, entry] of cloud.byFacet) {
      const builder = entry.byType.get(r.type) ?? entry.any;
      const value = builder?.(r, ctx);
      if (value !== undefined) (facets as Record<string, unknown>)[facet] = value;
    }
    const placed = place(r);
    const tags = stringMap(r.values.tags) ?? stringMap(r.values.labels);
    out.push({
      id: r.address,
      provider: cloud.spec.cloud,
      nativeType: r.type,
      region: ctx.regionOf(r),
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
  const entries = Object.entries(v).filter((e): e is [string, string] => typeof e[1] === 'string');
  return entries.length ? Object.fromEntries(entries) : undefined;
}
