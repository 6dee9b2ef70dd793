/**
 * A policy's results on a plan fixture, read through the real plan reader and facet builders: what
 * the per-cloud plan tests of test/policies/ assert on.
 */
import { BUILTIN_POLICIES } from '../../policies/index.js';
import type { Policy } from '../../src/policy/api.js';
import { runPolicy } from '../../src/policy/tester.js';
import type { ScanSettings } from '../../src/settings.js';
import type { FixtureResource } from './plan-builder.js';
import { byId, resources } from './resources.js';

/** A configuration expression referring to these (`{ references: [...] }`). */
export const refs = (...r: string[]) => ({ references: r });

/** References to resources as Terraform writes them for `x.id`: the attribute, then the resource. */
export const idRefs = (...targets: string[]) => ({ references: targets.flatMap((t) => [`${t}.id`, t]) });

/** An azurerm resource's resource group and location. */
export const RG = { resource_group_name: 'rg-app', location: 'francecentral' };

/** The policy's results on the plan, by resource address; `none` where it says nothing. */
export function check(policy: Policy, list: FixtureResource[], settings: Partial<ScanSettings> = {}) {
  const rs = resources(list);
  const results = runPolicy(policy, rs, settings);
  return {
    result: (id: string) => results.get(id),
    status: (id: string) => results.get(id)?.status ?? 'none',
    facets: (id: string) => byId(rs, id).facets,
  };
}

/** The result of one resource. */
export function resultOf(policy: Policy, list: FixtureResource[], id: string, settings: Partial<ScanSettings> = {}) {
  return runPolicy(policy, resources(list), settings).get(id);
}

/** The facets the plan gives one resource. */
export const planFacets = (list: FixtureResource[], id: string) => byId(resources(list), id).facets;

/** A built-in policy's result on one resource, and the resource. */
export function judgePlan(policy: string, list: FixtureResource[], id: string, settings: Partial<ScanSettings> = {}) {
  const all = resources(list);
  const p = BUILTIN_POLICIES.find((x) => x.meta.id === policy)!;
  return { result: runPolicy(p, all, settings).get(id), resource: byId(all, id) };
}

/** Its status (undefined where the policy says nothing). */
export const planStatus = (policy: string, list: FixtureResource[], id: string, settings: Partial<ScanSettings> = {}) => judgePlan(policy, list, id, settings).result?.status;
