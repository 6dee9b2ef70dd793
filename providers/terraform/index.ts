import type { InputKind, InputRead, JsonDoc, ReadContext } from '../../src/input/kinds.js';
import type { FileLocation } from '../../src/model/resource.js';
import { identityKey } from '../../src/live/identity.js';
import { runPausing } from '../../src/yield.js';
import { findRootModule, Locator } from './locate.js';
import { looksLikePlan, readPlan, type TfReadResult } from './plan-reader.js';
import type { TfResource } from './tf-resource.js';
import { toResources } from './to-resources.js';
import { looksLikeTerraformJson, readTerraformJson } from './tfjson-reader.js';

export const TERRAFORM_PLAN: InputKind = {
  name: 'terraform-plan',
  label: 'Terraform plan (terraform show -json)',
  detect: (doc) => doc.members !== undefined && looksLikePlan(doc.members),
  streams: true,
  read: async (doc, ctx) => finish(await runPausing(readPlan(doc.stream ?? doc.scanner, doc.members!, doc.path)), doc, ctx),
};

export const TERRAFORM_JSON: InputKind = {
  name: 'terraform-json',
  label: 'Terraform JSON configuration (*.tf.json, cdktf synth)',
  detect: (doc) => doc.members !== undefined && !looksLikePlan(doc.members) && looksLikeTerraformJson(doc.members),
  read: (doc, ctx) => finish(readTerraformJson(doc.scanner, doc.members!, doc.path), doc, ctx),
};

/** Locates each resource's block (or, failing that, its place in the input file) and computes facets. */
async function finish(read: TfReadResult, doc: JsonDoc, ctx: ReadContext): Promise<InputRead> {
  const locator = new Locator(ctx.sources, read.config, await runPausing(findRootModule(ctx.sources, read.config, read.resources, doc.path)));
  const inputUri = locator.uri(doc.path);
  const rootDir = locator.rootModuleDir;
  // Fingerprints are scoped by the root module's place in the repository, not by where the plan file happened to be written.
  const scope = rootDir === undefined ? inputUri : locator.uri(rootDir);
  const problems = new Set<string>();
  const resources = await runPausing(toResources(
    read.resources,
    read.config,
    (r) => {
      const location = locator.locate(r) ?? { uri: inputUri, line: r.inputOffset === undefined ? 1 : (doc.stream ?? doc.scanner).lineAt(r.inputOffset) };
      const waivers = locator.inlineWaivers(r, (p) => problems.add(p));
      return waivers.length ? { location, waivers } : { location };
    },
    scope,
  ));
  for (const message of problems) read.notifications.push({ level: 'warning', message, scope: doc.path });
  // Plans of existing resources (and state) know their ARNs and ids: live findings can point back here.
  if (ctx.declared) recordDeclared(read.resources, locator, ctx.declared);
  return { resources, notifications: read.notifications, secrets: read.secrets, categories: ['terraform'] };
}

function recordDeclared(resources: readonly TfResource[], locator: Locator, declared: Map<string, FileLocation>): void {
  for (const r of resources) {
    const location = locator.locate(r);
    if (!location) continue;
    for (const key of ['arn', 'id', 'self_link'] as const) {
      const v = r.values[key];
      if (typeof v === 'string' && v.length > 3) declared.set(identityKey(v), location);
    }
  }
}
