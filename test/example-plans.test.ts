/**
 * The bundled AWS plan (examples/aws/plan.json) is what Terraform emits for examples/aws/*.tf:
 * planned again here, offline (scripts/terraform-offline.ts), and compared. Skipped, with the
 * reason, where terraform or the AWS provider mirror is missing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplePlan, PLANNABLE_EXAMPLES, samePlan, terraformVersionOf } from '../scripts/example-plans.js';
import { findOfflineTerraform } from '../scripts/terraform-offline.js';
import { ROOT } from './helpers/cli.js';

const tf = findOfflineTerraform();
if ('missing' in tf) console.info(`example plans test skipped: ${tf.missing}`);

describe('examples/aws/plan.json', () => {
  const committed = readFileSync(path.join(ROOT, 'examples/aws/plan.json'), 'utf8');

  it('is the output of terraform show -json, as printed: one line, no credentials of the offline plan', () => {
    expect(committed.split('\n')).toHaveLength(2);
    const doc = JSON.parse(committed) as { format_version: string; terraform_version: string; configuration: { provider_config: Record<string, { expressions?: Record<string, unknown> }> } };
    expect(doc.format_version).toBe('1.2');
    expect(doc.terraform_version).toMatch(/^\d+\.\d+\.\d+$/);
    // The mock keys went through the environment, not the configuration.
    expect(committed).not.toMatch(/AKIAIOSFODNN7EXAMPLE|wJalrXUtnFEMI/);
    expect(Object.keys(doc.configuration.provider_config).sort()).toEqual(['aws', 'aws.us']);
  });

  it.skipIf('missing' in tf)(
    'is what terraform plans for examples/aws/*.tf today (timestamp aside)',
    (ctx) => {
      if ('missing' in tf) return;
      if (terraformVersionOf(committed) !== tf.version) {
        console.info(`example plans test skipped: the plan was made by terraform ${terraformVersionOf(committed)}, this machine has ${tf.version}`);
        ctx.skip();
      }
      const fresh = examplePlan(tf, PLANNABLE_EXAMPLES[0]!);
      expect(samePlan(fresh, committed), 'run npm run examples:plans and commit examples/aws/plan.json').toBe(true);
      // The comparison itself sees a change: a resource more is not the same plan.
      const changed = JSON.parse(fresh) as { resource_changes: unknown[] };
      changed.resource_changes.pop();
      expect(samePlan(JSON.stringify(changed), committed)).toBe(false);
    },
    180_000,
  );
});
