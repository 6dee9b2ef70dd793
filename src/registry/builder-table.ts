import type { FacetName, Facets } from '../model/facets.js';
import { memoize } from '../bounded-memo.js';

/**
 * How a facet is read from one resource type's shape: the arguments are the adapter's (a Terraform
 * resource and its plan, a Config item and its account, an ARM record and its details…); the answer
 * is the facet, or undefined where the resource has nothing to say about it.
 */
export type Builder<A extends readonly unknown[], F> = (...args: A) => F | undefined;

/**
 * Per facet, per resource type, how to compute it: the one way every adapter, plan or live, says
 * what it can read. The type `*` applies to every resource type of the cloud.
 */
export type BuilderTable<A extends readonly unknown[]> = { readonly [K in FacetName]?: Readonly<Record<string, Builder<A, NonNullable<Facets[K]>>>> };

export const EVERY_TYPE = '*';

/** Every (facet, type) a set of tables names, with its builder: for compiling and for the coverage table. */
export function entries<A extends readonly unknown[]>(tables: readonly BuilderTable<A>[]): Array<{ facet: FacetName; type: string; builder: Builder<A, unknown> }> {
  const out: Array<{ facet: FacetName; type: string; builder: Builder<A, unknown> }> = [];
  for (const table of tables) {
    for (const [facet, builders] of Object.entries(table) as Array<[FacetName, Record<string, Builder<A, unknown>>]>) {
      for (const [type, builder] of Object.entries(builders)) out.push({ facet, type, builder });
    }
  }
  return out;
}

export type Compiled<A extends readonly unknown[]> = (type: string) => ReadonlyArray<readonly [FacetName, Builder<A, unknown>]>;

/**
 * The tables as one lookup: per type, the builders that apply to it in facet order, found once per
 * type rather than once per resource and facet. Two builders for one (type, facet) are a mistake in
 * the registry, caught when it loads.
 */
export function compile<A extends readonly unknown[]>(label: string, tables: readonly BuilderTable<A>[]): Compiled<A> {
  const byFacet = new Map<FacetName, { byType: Map<string, Builder<A, unknown>>; any?: Builder<A, unknown> }>();
  for (const { facet, type, builder } of entries(tables)) {
    let entry = byFacet.get(facet);
    if (!entry) byFacet.set(facet, (entry = { byType: new Map() }));
    if (type === EVERY_TYPE) {
      if (entry.any) throw new Error(`${label}: two builders for every type's ${facet}`);
      entry.any = builder;
    } else {
      if (entry.byType.has(type)) throw new Error(`${label}: two builders for ${type}.${facet}`);
      entry.byType.set(type, builder);
    }
  }
  return memoize((type: string) => {
    const found: Array<readonly [FacetName, Builder<A, unknown>]> = [];
    for (const [facet, entry] of byFacet) {
      const builder = entry.byType.get(type) ?? entry.any;
      if (builder) found.push([facet, builder]);
    }
    return found;
  });
}

/** The facets of one resource: each builder that applies to its type, given the adapter's arguments. */
export function buildFacets<A extends readonly unknown[]>(builders: ReadonlyArray<readonly [FacetName, Builder<A, unknown>]>, ...args: A): Facets {
  const facets: Facets = {};
  for (const [facet, builder] of builders) {
    const value = builder(...args);
    if (value !== undefined) (facets as Record<string, unknown>)[facet] = value;
  }
  return facets;
}
