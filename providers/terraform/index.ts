import type { InputKind, InputRead, JsonDoc, ReadContext } from '../../src/input/kinds.js';
import type { FileLocation } from '../../src/model/resource.js';
import { identityKey } from '../../src/live/identity.js';
import { runPausing } from '../../src/yield.js';
import { findRootModule, Locator } from './locate.js';
import { SourceIndex } from './source-index.js';
import { looksLikePlan, readPlan, type TfReadResult } from './plan-reader.js';
import type { TfResource } from './tf-resource.js';
import { terraformClouds, toResources, type TerraformClouds } from './to-resources.js';
import type { TerraformCloud } from './builder-types.js';
import { looksLikeTerraformJson, readTerraformJson } from './tfjson-reader.js';

/** The Terraform inputs, for the clouds given (the plan side of each cloud's registry): plans, and Terraform JSON configurations. */
export function terraformInputKinds(clouds: readonly TerraformCloud[]): InputKind[] {
  const adapter = terraformClouds(clouds);
  return [
    {
      name: 'terraform-plan',
      label: 'Terraform plan (terraform show -json)',
      detect: (doc) => doc.members !== undefined && looksLikePlan(doc.members),
      streams: true,
      read: async (doc, ctx) => finish(adapter, await runPausing(readPlan(doc.stream ?? doc.scanner, doc.members!, doc.path)), doc, ctx),
    },
    {
      name: 'terraform-json',
      label: 'Terraform JSON configuration (*.tf.json, cdktf synth)',
      detect: (doc) => doc.members !== undefined && !looksLikePlan(doc.members) && looksLikeTerraformJson(doc.members),
      read: (doc, ctx) => finish(adapter, readTerraformJson(doc.scanner, doc.members!, doc.path), doc, ctx),
    },
  ];
}

/** Every plan and configuration of a scan looks its blocks up in one index of the source tree. */
const SOURCE_INDEX = Symbol('terraform source index');

/** Locates each resource's block (or, failing that, its place in the input file) and computes facets. */
async function finish(clouds: TerraformClouds, read: TfReadResult, doc: JsonDoc, ctx: ReadContext): Promise<InputRead> {
  const sources = ctx.shared(SOURCE_INDEX, () => new SourceIndex(ctx.sourceRoot));
  const locator = new Locator(sources, read.config, await runPausing(findRootModule(sources, read.config, read.resources, doc.path)));
  const inputUri = locator.uri(doc.path);
  const rootDir = locator.rootModuleDir;
  // Fingerprints are scoped by the root module's place in the repository, not by where the plan file happened to be written.
  const scope = rootDir === undefined ? inputUri : locator.uri(rootDir);
  const problems = new Set<string>();
  const resources = await runPausing(toResources(
    clouds,
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
  // What the source tree held that was not read (too large, a link out of it, not JSON).
  for (const message of sources.takeNotes()) read.notifications.push({ level: 'warning', message: `source tree: ${message}` });
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
