/**
 * `npm run examples:plans`: writes examples/aws/plan.json from examples/aws/*.tf with a real,
 * offline `terraform plan` (scripts/terraform-offline.ts), so the bundled plan is what Terraform
 * emits. `-- --check` writes nothing and exits 1 when the committed plan differs from what
 * Terraform emits now (the timestamp aside). Without terraform or the provider mirror, it says so
 * and exits 0: the committed plan stays as it is.
 *
 * Only the AWS provider is mirrored: the Azure and GCP examples cannot be planned here.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { findOfflineTerraform, planOffline, type OfflineTerraform } from './terraform-offline.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The examples Terraform can plan offline, and the fake values of their variables without a default. */
export const PLANNABLE_EXAMPLES = [{ dir: 'examples/aws', variables: { db_admin_password: 'Example-Passw0rd-DoNotUse' } }];

export function examplePlan(tf: OfflineTerraform, example: (typeof PLANNABLE_EXAMPLES)[number]): string {
  return planOffline(tf, path.join(ROOT, example.dir), { variables: example.variables });
}

/**
 * Plans compared as documents, without what changes from one `terraform plan` to the next: the
 * time it was made, and the order of `relevant_attributes` (a set Terraform lists in map order).
 */
export function samePlan(a: string, b: string): boolean {
  const strip = (text: string) => {
    const doc = JSON.parse(text) as Record<string, unknown>;
    delete doc.timestamp;
    if (Array.isArray(doc.relevant_attributes)) doc.relevant_attributes = doc.relevant_attributes.map((r) => JSON.stringify(r)).sort();
    return doc;
  };
  return isDeepStrictEqual(strip(a), strip(b));
}

export function terraformVersionOf(plan: string): string {
  return (JSON.parse(plan) as { terraform_version: string }).terraform_version;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const tf = findOfflineTerraform();
  if ('missing' in tf) {
    console.log(`examples:plans skipped: ${tf.missing}; the committed plans are kept`);
    process.exit(0);
  }
  let differ = 0;
  for (const example of PLANNABLE_EXAMPLES) {
    const file = path.join(ROOT, example.dir, 'plan.json');
    const t0 = Date.now();
    const plan = examplePlan(tf, example);
    const seconds = ((Date.now() - t0) / 1000).toFixed(1);
    const committed = readFileSync(file, 'utf8');
    if (!check) {
      writeFileSync(file, plan);
      console.log(`${path.relative(ROOT, file)}: written by terraform ${tf.version} in ${seconds} s${samePlan(plan, committed) ? ' (unchanged but for the timestamp)' : ''}`);
    } else if (terraformVersionOf(committed) !== tf.version) {
      console.log(`${path.relative(ROOT, file)}: made by terraform ${terraformVersionOf(committed)}, this machine has ${tf.version}: not compared`);
    } else if (samePlan(plan, committed)) {
      console.log(`${path.relative(ROOT, file)}: what terraform ${tf.version} emits (${seconds} s)`);
    } else {
      differ++;
      console.log(`${path.relative(ROOT, file)}: differs from what terraform ${tf.version} emits for ${example.dir}/*.tf: run npm run examples:plans and commit it`);
    }
  }
  process.exit(differ ? 1 : 0);
}
