/**
 * Inline waivers (`# cldscan:ignore …`) are honoured only from the files that declare the finding's
 * resource (its block, and the module calls on its way), in directories that declare exactly what
 * the plan's configuration says: hidden files Terraform never reads, a decoy `.tf` beside the plan,
 * override files, copies elsewhere in the tree and module directories that are not the module waive
 * nothing, and the report says why. Dates must be days of the calendar, and a retention that is not
 * a number of days is never taken for "forever".
 */
import { INPUT_KINDS } from '../src/cli/composition-root.js';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scan } from '../src/scan.js';
import { DEFAULT_SETTINGS } from '../src/settings.js';
import { BUILTIN_POLICIES } from '../policies/index.js';
import { UserError } from '../src/errors.js';
import { loadConfig } from '../src/config.js';
import { parseInlineWaiver } from '../src/waivers.js';
import type { ScanReport } from '../src/report/scan-report.js';
import { buildPlan, type FixtureResource } from './helpers/plan-builder.js';

let base: string;
const write = (rel: string, text: string) => {
  const file = path.join(base, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
};
const volume = (address: string): FixtureResource => ({ address, values: { availability_zone: 'eu-west-3a', encrypted: false, size: 20 }, unknown: { id: true, arn: true } });
const waiver = (reason: string) => `# cldscan:ignore CLD-21 until=2099-12-31 reason="${reason}"`;
const block = (name: string, comment = '') => `${comment ? `${comment}\n` : ''}resource "aws_ebs_volume" "${name}" {\n  encrypted = false\n}\n`;

async function scanPlan(planFile: string, sourceRoot: string): Promise<ScanReport> {
  return scan({ kinds: INPUT_KINDS, inputs: [planFile], sourceRoot, settings: DEFAULT_SETTINGS, policies: BUILTIN_POLICIES });
}
const suppressionOf = (report: ScanReport, id: string) => report.findings.find((f) => f.policy === 'encryption-at-rest' && f.resource.id === id)?.suppression;
const notes = (report: ScanReport) => report.notifications.map((n) => n.message);

beforeAll(() => {
  base = mkdtempSync(path.join(os.tmpdir(), 'cldscan-inline-waivers-'));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('inline waivers come only from the files that declare the resource', () => {
  it('applies a waiver written in the resource block of the configuration the plan was made from', async () => {
    write('genuine/main.tf', block('scratch', waiver('rebuilt nightly')));
    const plan = write('genuine/plan.json', JSON.stringify(buildPlan([volume('aws_ebs_volume.scratch')])));
    const report = await scanPlan(plan, path.join(base, 'genuine'));
    expect(suppressionOf(report, 'aws_ebs_volume.scratch')).toMatchObject({ origin: 'inline', where: 'main.tf:1' });
  });

  it('ignores a hidden .tf file, which Terraform never reads, even one that sorts before the real file', async () => {
    write('hidden/main.tf', block('data'));
    write('hidden/.hidden.tf', block('data', waiver('hidden from review')));
    const plan = write('hidden/plan.json', JSON.stringify(buildPlan([volume('aws_ebs_volume.data')])));
    const report = await scanPlan(plan, path.join(base, 'hidden'));
    expect(suppressionOf(report, 'aws_ebs_volume.data')).toBeUndefined();
    expect(report.findings.find((f) => f.resource.id === 'aws_ebs_volume.data')?.location).toEqual({ uri: 'main.tf', line: 1 });
  });

  it('ignores a decoy .tf beside the plan when the configuration is elsewhere, and says why', async () => {
    // The plan is written at the repository root; the configuration is infra/. The decoy declares the same resource.
    write('decoy/infra/main.tf', `${block('data')}\ndata "aws_caller_identity" "me" {}\n`);
    write('decoy/decoy.tf', block('data', waiver('decoy')));
    const doc = buildPlan([volume('aws_ebs_volume.data')]);
    (doc.configuration as { root_module: { resources: unknown[] } }).root_module.resources.push({ address: 'data.aws_caller_identity.me', mode: 'data', type: 'aws_caller_identity', name: 'me', provider_config_key: 'aws', expressions: {}, schema_version: 0 });
    const plan = write('decoy/plan.json', JSON.stringify(doc));
    const report = await scanPlan(plan, path.join(base, 'decoy'));
    expect(suppressionOf(report, 'aws_ebs_volume.data')).toBeUndefined();
    expect(report.findings.find((f) => f.resource.id === 'aws_ebs_volume.data')?.location).toEqual({ uri: 'infra/main.tf', line: 1 });

    // A decoy that copies every block of the configuration: which directory the plan came from is then unknown, and nothing is waived.
    write('decoy/decoy.tf', `${block('data', waiver('decoy'))}\ndata "aws_caller_identity" "me" {}\n`);
    const again = await scanPlan(plan, path.join(base, 'decoy'));
    expect(suppressionOf(again, 'aws_ebs_volume.data')).toBeUndefined();
    expect(notes(again)).toContainEqual(expect.stringMatching(/^decoy\.tf:1: inline waiver not applied: (\.|infra), (\.|infra) all declare exactly the root module of plan\.json/));
  });

  it('ignores comments in override files and in unrelated copies of the block elsewhere in the tree', async () => {
    write('unrelated/infra/main.tf', block('data'));
    write('unrelated/infra/main_override.tf', block('data', waiver('override')));
    write('unrelated/docs/example.tf', `${block('data', waiver('an example in the docs'))}\n${block('logs')}`);
    const plan = write('unrelated/plan.json', JSON.stringify(buildPlan([volume('aws_ebs_volume.data')])));
    const report = await scanPlan(plan, path.join(base, 'unrelated'));
    expect(suppressionOf(report, 'aws_ebs_volume.data')).toBeUndefined();
    expect(report.findings.find((f) => f.resource.id === 'aws_ebs_volume.data')?.location?.uri).toBe('infra/main.tf');
  });

  it('ignores waivers in a module directory that is not the module the plan read', async () => {
    write('module/main.tf', 'module "legacy" {\n  source = "./modules/legacy"\n}\n');
    // The directory declares a block the module's configuration does not hold.
    write('module/modules/legacy/main.tf', `${block('this', waiver('legacy'))}\n${block('extra')}`);
    const plan = write('module/plan.json', JSON.stringify(buildPlan([volume('module.legacy.aws_ebs_volume.this')], { moduleSources: { legacy: './modules/legacy' } })));
    const report = await scanPlan(plan, path.join(base, 'module'));
    expect(suppressionOf(report, 'module.legacy.aws_ebs_volume.this')).toBeUndefined();
    expect(notes(report)).toContainEqual(expect.stringMatching(/^modules\/legacy\/main\.tf:1: inline waiver not applied: modules\/legacy does not declare exactly/));
  });
});

describe('dates and retention values', () => {
  it('refuses an inline waiver whose expiry is not a day of the calendar', () => {
    expect(parseInlineWaiver('# cldscan:ignore CLD-21 until=2099-02-30 reason="x"', 'main.tf:1')).toEqual({ problem: expect.stringContaining('is not a date') });
    expect(parseInlineWaiver('# cldscan:ignore CLD-21 until=2099-13-01 reason="x"', 'main.tf:1')).toEqual({ problem: expect.stringContaining('is not a date') });
    expect(parseInlineWaiver('# cldscan:ignore CLD-21 until=2099-02-28 reason="x"', 'main.tf:1')).toMatchObject({ waiver: { expires: '2099-02-28' } });
  });

  it('refuses a configuration waiver whose expiry is not a day of the calendar, naming the line', () => {
    const config = write('dates/cldscan.yaml', 'waivers:\n  - rule: CLD-21\n    resource: "*"\n    justification: "until the end of February"\n    approver: "RSSI"\n    expires: 2099-02-30\n');
    expect(() => loadConfig(config)).toThrow(UserError);
    expect(() => loadConfig(config)).toThrow(/cldscan\.yaml:6: waivers\.0\.expires: 2099-02-30 is not a calendar date$/);
  });

  it('never takes a log retention that is not a number of days for "never expires"', async () => {
    for (const days of ['NaN', 'Infinity', 'forever']) {
      const plan = write(`retention/${days}.json`, JSON.stringify(buildPlan([{ address: 'aws_cloudwatch_log_group.app', values: { name: '/app', retention_in_days: days }, unknown: { arn: true, id: true } }])));
      const report = await scanPlan(plan, path.join(base, 'retention'));
      expect(report.findings.find((f) => f.policy === 'log-retention')?.status, days).toBe('unknown');
    }
    // 1e999, which JSON.parse reads as Infinity, is refused by the reader: test/input-numbers.test.ts.
  });
});
