import type { FacetName, Facets } from '../../src/model/facets.js';
import type { CloudProvider } from '../../src/model/resource.js';
import type { Links } from './links.js';
import type { TfResource } from './tf-resource.js';

export interface BuildContext {
  links: Links;
  /** The resource's primary region as its cloud names it, when known. */
  regionOf(r: TfResource): string | undefined;
}

export type Builder<F> = (r: TfResource, ctx: BuildContext) => F | undefined;

/** Per facet, per Terraform resource type, how to compute it. The type `*` applies to every resource of the cloud. */
export type BuilderTable = { [K in FacetName]?: Record<string, Builder<NonNullable<Facets[K]>>> };

export interface CloudBuilders {
  cloud: CloudProvider;
  /** Terraform type prefixes of this cloud's providers. */
  prefixes: readonly string[];
  /** Primary region; `links` finds a parent's for child resources that have none of their own. */
  regionOf(r: TfResource, links: Links): string | undefined;
  tables: readonly BuilderTable[];
}
