import type { InputKind, InputRead, JsonDoc, ReadContext } from '../../src/input/kinds.js';
import { Locator } from './locate.js';
import { looksLikePlan, readPlan, type TfReadResult } from './plan-reader.js';
import { toResources } from './to-resources.js';
import { looksLikeTerraformJson, readTerraformJson } from './tfjson-reader.js';

export const TERRAFORM_PLAN: InputKind = {
  name: 'terraform-plan',
  label: 'Terraform plan (terraform show -json)',
  category: 'terraform',
  detect: (doc) => doc.members !== undefined && looksLikePlan(doc.members),
  read: (doc, ctx) => finish(readPlan(doc.scanner, doc.members!, doc.path), doc, ctx),
};

export const TERRAFORM_JSON: InputKind = {
  name: 'terraform-json',
  label: 'Terraform JSON configuration (*.tf.json, cdktf synth)',
  category: 'terraform',
  detect: (doc) => doc.members !== undefined && !looksLikePlan(doc.members) && looksLikeTerraformJson(doc.members),
  read: (doc, ctx) => finish(readTerraformJson(doc.scanner, doc.members!, doc.path), doc, ctx),
};

/** Locates each resource's block (or, failing that, its place in the input file) and computes facets. */
function finish(read: TfReadResult, doc: JsonDoc, ctx: ReadContext): InputRead {
  const locator = new Locator(ctx.sources, read.config, read.resources, doc.path);
  const inputUri = locator.uri(doc.path);
  const rootDir = locator.rootModuleDir;
  // Fingerprints are scoped by the root module's place in the repository, not by where the plan file happened to be written.
  const scope = rootDir === undefined ? inputUri : locator.uri(rootDir);
  const resources = toResources(
    read.resources,
    read.config,
    (r) => locator.locate(r) ?? { uri: inputUri, line: r.inputOffset === undefined ? 1 : doc.scanner.lineAt(r.inputOffset) },
    scope,
  );
  return { resources, notifications: read.notifications, secrets: read.secrets };
}
