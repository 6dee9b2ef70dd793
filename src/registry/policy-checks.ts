import type { FacetName } from '../model/facets.js';
import type { Policy } from '../policy/api.js';
import { providedFacets, type AnyRegistry } from './cloud-registry.js';

/** Facets the scanner computes itself, over a whole scope rather than from one resource's shape. */
export const CORE_FACETS: readonly FacetName[] = ['environmentMix'];

/**
 * What is wrong with policies against what the adapters and the catalog know: a facet no adapter
 * provides (the policy would never judge anything), a rule id the catalog does not have (the
 * compliance matrix would never show its results). One line per problem.
 */
export function policyProblems(policies: readonly Policy[], registries: readonly AnyRegistry[], ruleIds: ReadonlySet<string>): string[] {
  const provided = new Set<FacetName>([...providedFacets(registries), ...CORE_FACETS]);
  const problems: string[] = [];
  for (const p of policies) {
    for (const f of p.meta.facets) if (!provided.has(f)) problems.push(`policy ${p.meta.id} reads the facet "${f}", which no adapter provides`);
    for (const r of p.meta.rules) if (!ruleIds.has(r)) problems.push(`policy ${p.meta.id} serves the rule "${r}", which is not in the catalog (CLD-01…CLD-76, CL-1…CL-30)`);
  }
  return problems;
}
