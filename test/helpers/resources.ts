import { JsonScanner } from '../../src/input/json-scan.js';
import { readPlan } from '../../providers/terraform/plan-reader.js';
import { terraformClouds, toResources } from '../../providers/terraform/to-resources.js';
import { AWS_TERRAFORM } from '../../providers/aws/plan/terraform.js';
import { AZURE_TERRAFORM } from '../../providers/azure/plan/terraform.js';
import { GCP_TERRAFORM } from '../../providers/gcp/plan/terraform.js';

const CLOUDS = terraformClouds([AWS_TERRAFORM, AZURE_TERRAFORM, GCP_TERRAFORM]);
import type { Resource } from '../../src/model/resource.js';
import { runSync } from '../../src/yield.js';
import { buildPlan, type FixtureResource, type PlanOptions } from './plan-builder.js';

/** Plan fixture → model resources, through the real plan reader and facet builders. */
export function resourcesFromPlan(doc: unknown, input = 'plan.json'): Resource[] {
  const scanner = new JsonScanner(Buffer.from(JSON.stringify(doc)), input);
  const result = runSync(readPlan(scanner, scanner.topLevelObject(), input));
  return runSync(toResources(CLOUDS, result.resources, result.config, () => ({})));
}

export function resources(list: FixtureResource[], opts?: PlanOptions): Resource[] {
  return resourcesFromPlan(buildPlan(list, opts));
}

export function byId(list: readonly Resource[], id: string): Resource {
  const r = list.find((x) => x.id === id);
  if (!r) throw new Error(`no resource ${id} among ${list.map((x) => x.id).join(', ')}`);
  return r;
}
