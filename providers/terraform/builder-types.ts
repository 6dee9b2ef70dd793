import type { Facets, FacetName } from '../../src/model/facets.js';
import type { CloudProvider } from '../../src/model/resource.js';
import type { Builder as TableBuilder, BuilderTable as Table } from '../../src/registry/builder-table.js';
import type { Links } from './links.js';
import type { TfResource } from './tf-resource.js';

export interface BuildContext {
  links: Links;
  /** The resource's primary region as its cloud names it, when known. */
  regionOf(r: TfResource): string | undefined;
}

/** What a plan-side builder is given: the resource instance, and the plan around it. */
export type PlanArgs = readonly [r: TfResource, ctx: BuildContext];

export type Builder<F> = TableBuilder<PlanArgs, F>;

/** The plan side of a cloud's facet registry: per facet, per Terraform resource type, how to compute it. */
export type BuilderTable = Table<PlanArgs>;

/** What the Terraform adapter needs of each cloud: which types are its, their region, and the plan side of its registry. */
export interface TerraformCloud {
  cloud: CloudProvider;
  /** Terraform type prefixes of this cloud's providers. */
  prefixes: readonly string[];
  /** Primary region; `links` finds a parent's for child resources that have none of their own. */
  regionOf(r: TfResource, links: Links): string | undefined;
  tables: readonly BuilderTable[];
}

export type { FacetName, Facets };
