import type { FacetName } from '../model/facets.js';
import type { CloudProvider } from '../model/resource.js';
import { entries, EVERY_TYPE, type BuilderTable } from './builder-table.js';

/**
 * One cloud's facet registry: how each facet of each resource type is read from a Terraform plan
 * (the plan side) and from the cloud's inventory (the live side: live APIs and their exported files).
 * The adapters compute facets from it and nothing else; the coverage table and the list of live
 * types to read are derived from it, never written by hand.
 */
export interface CloudRegistry<P extends readonly unknown[], L extends readonly unknown[]> {
  cloud: CloudProvider;
  plan: readonly BuilderTable<P>[];
  live: readonly BuilderTable<L>[];
  /**
   * A Terraform type → the live type of the same resource (`aws_s3_bucket` → `AWS::S3::Bucket`, and
   * `aws_security_group_rule` → `AWS::EC2::SecurityGroup`, whose rules live inside the group): the
   * two sides of one row of the coverage table.
   */
  twins: Readonly<Record<string, string>>;
}

/** A registry whose argument types do not matter (the coverage table, the checks on the registry). */
export type AnyRegistry = CloudRegistry<never, never>;

export interface CoverageRow {
  cloud: CloudProvider;
  /** The live type, when the cloud's inventory has the resource. */
  live?: string;
  /** The Terraform types that declare it. */
  plan: string[];
  /** Each facet read for it, and from which side. */
  facets: Partial<Record<FacetName, { plan: boolean; live: boolean }>>;
}

/** The types each side reads, per facet: `*` stands for every type of the cloud. */
function typesByFacet(tables: readonly BuilderTable<never>[]): Map<string, Set<FacetName>> {
  const out = new Map<string, Set<FacetName>>();
  for (const { facet, type } of entries(tables)) {
    let set = out.get(type);
    if (!set) out.set(type, (set = new Set()));
    set.add(facet);
  }
  return out;
}

/**
 * The coverage table of one cloud: a row per live type (with the Terraform types that are its twins)
 * and a row per Terraform type without a live twin, each with the facets read on each side. Facets
 * read for every type (`*`) are a row of their own.
 */
export function coverageRows(registry: AnyRegistry): CoverageRow[] {
  const plan = typesByFacet(registry.plan);
  const live = typesByFacet(registry.live);
  const rows = new Map<string, CoverageRow>();
  const rowFor = (key: string, init: () => CoverageRow) => {
    let row = rows.get(key);
    if (!row) rows.set(key, (row = init()));
    return row;
  };
  for (const [type, facets] of live) {
    const row = rowFor(`live:${type}`, () => ({ cloud: registry.cloud, ...(type === EVERY_TYPE ? {} : { live: type }), plan: type === EVERY_TYPE ? [EVERY_TYPE] : [], facets: {} }));
    for (const f of facets) row.facets[f] = { plan: false, live: true };
  }
  for (const [type, facets] of plan) {
    const twin = type === EVERY_TYPE ? EVERY_TYPE : registry.twins[type];
    const row = twin ? rowFor(`live:${twin}`, () => ({ cloud: registry.cloud, ...(twin === EVERY_TYPE ? {} : { live: twin }), plan: [], facets: {} })) : rowFor(`plan:${type}`, () => ({ cloud: registry.cloud, plan: [], facets: {} }));
    if (!row.plan.includes(type)) row.plan.push(type);
    for (const f of facets) row.facets[f] = { plan: true, live: row.facets[f]?.live ?? false };
  }
  // A facet read for every type is read for each row's types on that side (the builder may still find nothing to say).
  for (const row of rows.values()) {
    for (const f of plan.get(EVERY_TYPE) ?? []) if (row.plan.length) row.facets[f] = { plan: true, live: row.facets[f]?.live ?? false };
    for (const f of live.get(EVERY_TYPE) ?? []) if (row.live) row.facets[f] = { plan: row.facets[f]?.plan ?? false, live: true };
    row.plan.sort();
  }
  return [...rows.values()].sort((a, b) => (a.live ?? a.plan[0] ?? '').localeCompare(b.live ?? b.plan[0] ?? ''));
}

/** Every live type the registry reads a facet of (not `*`). */
export function liveTypes(registry: AnyRegistry): string[] {
  return [...typesByFacet(registry.live).keys()].filter((t) => t !== EVERY_TYPE).sort();
}

/** Every facet some side of some registry computes. */
export function providedFacets(registries: readonly AnyRegistry[]): Set<FacetName> {
  const out = new Set<FacetName>();
  for (const r of registries) for (const { facet } of entries([...r.plan, ...r.live])) out.add(facet);
  return out;
}

/** Per facet, the clouds whose adapters compute it (plan or live side): where a check of it can have evidence at all. */
export function facetClouds(registries: readonly AnyRegistry[]): Map<FacetName, Set<AnyRegistry['cloud']>> {
  const out = new Map<FacetName, Set<AnyRegistry['cloud']>>();
  for (const r of registries) {
    for (const { facet } of entries([...r.plan, ...r.live])) {
      let clouds = out.get(facet);
      if (!clouds) out.set(facet, (clouds = new Set()));
      clouds.add(r.cloud);
    }
  }
  return out;
}
