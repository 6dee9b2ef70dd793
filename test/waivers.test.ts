import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globMatch, parseInlineWaiver } from '../src/waivers.js';
import { cli } from './helpers/cli.js';
import { buildPlan } from './helpers/plan-builder.js';
import { validateSarif } from './helpers/sarif-validate.js';

describe('globMatch', () => {
  it('matches * and ? over resource ids', () => {
    expect(globMatch('module.legacy.*', 'module.legacy.aws_s3_bucket.old["x"]')).toBe(true);
    expect(globMatch('module.legacy.*', 'module.app.aws_s3_bucket.old')).toBe(false);
    expect(globMatch('arn:aws:s3:::logs-????', 'arn:aws:s3:::logs-2026')).toBe(true);
    expect(globMatch('*.aws_ebs_volume.*', 'module.a.module.b.aws_ebs_volume.scratch')).toBe(true);
    expect(globMatch('exact', 'exactly')).toBe(false);
  });

  it('stays linear on hostile patterns', () => {
    const start = Date.now();
    expect(globMatch(`${'*a'.repeat(2000)}b`, 'a'.repeat(20_000))).toBe(false);
    expect(Date.now() - start).toBeLessThan(2000);
  });
});

describe('parseInlineWaiver', () => {
  it('reads targets, expiry, reason and approver', () => {
    expect(parseInlineWaiver('# cldscan:ignore CLD-21,log-retention until=2099-03-31 reason="legacy volume" approver="RSSI"', 'main.tf:3')).toEqual({
      waiver: { origin: 'inline', targets: ['CLD-21', 'log-retention'], justification: 'legacy volume', approver: 'RSSI', expires: '2099-03-31', where: 'main.tf:3' },
    });
    expect(parseInlineWaiver('// a normal comment', 'x')).toBeUndefined();
  });

  it('refuses waivers without expiry or reason, or with a bad date', () => {
    expect(parseInlineWaiver('# cldscan:ignore CLD-21 reason="x"', 'main.tf:1')).toEqual({ problem: expect.stringContaining('without an expiry') });
    expect(parseInlineWaiver('# cldscan:ignore CLD-21 until=2099-01-01', 'main.tf:1')).toEqual({ problem: expect.stringContaining('without a reason') });
    expect(parseInlineWaiver('# cldscan:ignore CLD-21 until=tomorrow reason=x', 'main.tf:1')).toEqual({ problem: expect.stringContaining('is not a date') });
  });
});

interface JsonFinding {
  policy: string;
  status: string;
  resource: { id: string };
  suppression?: { origin: string; justification: string; approver?: string; expires: string; where: string };
  expiredWaivers?: Array<{ where: string; expires: string }>;
}

describe('waivers in a scan', () => {
  let dir: string;
  const volume = (name: string) => ({
    address: name,
    values: { availability_zone: 'eu-west-3a', encrypted: false, size: 20, type: 'gp3' },
    unknown: { id: true, arn: true, kms_key_id: true },
  });

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'cldscan-waivers-'));
    mkdirSync(path.join(dir, 'modules/legacy'), { recursive: true });
    writeFileSync(
      path.join(dir, 'main.tf'),
      [
        '# cldscan:ignore encryption-at-rest until=2099-12-31 reason="scratch data, rebuilt nightly" approver="RSSI"',
        'resource "aws_ebs_volume" "scratch" {',
        '  encrypted = false',
        '}',
        '',
        'resource "aws_ebs_volume" "old" {',
        '  # cldscan:ignore CLD-21 until=2020-01-01 reason="migration finished long ago"',
        '  encrypted = false',
        '}',
        '',
        'resource "aws_ebs_volume" "data" {',
        '  encrypted = false',
        '}',
        '',
        '# cldscan:ignore CLD-21 until=2099-06-30 reason="legacy module, replaced in Q2"',
        'module "legacy" {',
        '  source = "./modules/legacy"',
        '}',
        '',
        'resource "aws_ebs_volume" "nodate" {',
        '  # cldscan:ignore CLD-21 reason="forgot the date"',
        '  encrypted = false',
        '}',
        '',
      ].join('\n'),
    );
    writeFileSync(path.join(dir, 'modules/legacy/main.tf'), 'resource "aws_ebs_volume" "this" {\n  encrypted = false\n}\n');
    const plan = buildPlan(
      [volume('aws_ebs_volume.scratch'), volume('aws_ebs_volume.old'), volume('aws_ebs_volume.data'), volume('module.legacy.aws_ebs_volume.this'), volume('aws_ebs_volume.nodate')],
      { moduleSources: { legacy: './modules/legacy' } },
    );
    writeFileSync(path.join(dir, 'plan.json'), JSON.stringify(plan));
    writeFileSync(
      path.join(dir, 'cldscan.yaml'),
      [
        'waivers:',
        '  - rule: CLD-21',
        '    resource: "aws_ebs_volume.da*"',
        '    justification: "volume encrypted by the account default; tracked in PAS-42"',
        '    approver: "Jeanne Martin (RSSI)"',
        '    expires: 2099-01-31',
        '  - policy: encryption-at-rest',
        '    resource: "aws_ebs_volume.nodate"',
        '    justification: "expired on purpose"',
        '    approver: "RSSI"',
        '    expires: 2021-05-01',
        '',
      ].join('\n'),
    );
    writeFileSync(path.join(dir, 'no-inline.yaml'), 'allowInlineWaivers: false\n');
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = (extra: string[], format = 'json') => cli(['scan', 'plan.json', '--source-root', '.', '--format', format, ...extra], { cwd: dir });
  const encryption = (findings: JsonFinding[], id: string) => findings.find((f) => f.resource.id === id && f.policy === 'encryption-at-rest')!;

  it('applies inline waivers on and inside blocks and on module calls, and config waivers by pattern; reports the others', () => {
    const r = run(['--config', 'cldscan.yaml', '--fail-on', 'none']);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as { findings: JsonFinding[]; summary: { waived: number; byStatus: Record<string, number>; notifications: Array<{ message: string }> } };
    expect(encryption(doc.findings, 'aws_ebs_volume.scratch').suppression).toEqual({
      origin: 'inline',
      justification: 'scratch data, rebuilt nightly',
      approver: 'RSSI',
      expires: '2099-12-31',
      where: 'main.tf:1',
    });
    expect(encryption(doc.findings, 'module.legacy.aws_ebs_volume.this').suppression).toMatchObject({ origin: 'inline', where: 'main.tf:15' });
    expect(encryption(doc.findings, 'aws_ebs_volume.data').suppression).toMatchObject({ origin: 'config', approver: 'Jeanne Martin (RSSI)', where: 'cldscan.yaml:2' });
    const old = encryption(doc.findings, 'aws_ebs_volume.old');
    expect(old.status).toBe('fail');
    expect(old.suppression).toBeUndefined();
    expect(old.expiredWaivers).toEqual([{ where: 'main.tf:7', expires: '2020-01-01' }]);
    expect(encryption(doc.findings, 'aws_ebs_volume.nodate').suppression).toBeUndefined();
    expect(doc.summary.waived).toBe(3);
    expect(doc.summary.byStatus.fail).toBe(2);
    const notes = doc.summary.notifications.map((n) => n.message).join('\n');
    expect(notes).toContain('waiver main.tf:7 expired on 2020-01-01');
    expect(notes).toContain('waiver cldscan.yaml:7 expired on 2021-05-01');
    expect(notes).toContain('main.tf:21: inline waiver without an expiry');
  });

  it('does not let waived failures fail the scan', () => {
    expect(run(['--config', 'cldscan.yaml', '--fail-on', 'high']).status).toBe(1);
    // Only the two unwaived volumes fail; waiving them too makes the scan pass.
    writeFileSync(
      path.join(dir, 'all.yaml'),
      'waivers:\n  - rule: CLD-21\n    resource: "*"\n    justification: "whole estate accepted for the test"\n    approver: "RSSI"\n    expires: 2099-01-01\n',
    );
    expect(run(['--config', 'all.yaml', '--fail-on', 'high']).status).toBe(0);
  });

  it('ignores inline waivers when the configuration forbids them, and says so', () => {
    const doc = JSON.parse(run(['--config', 'no-inline.yaml', '--fail-on', 'none']).stdout) as { findings: JsonFinding[]; summary: { waived: number; notifications: Array<{ message: string }> } };
    expect(doc.summary.waived).toBe(0);
    expect(doc.summary.notifications.some((n) => n.message.includes('inline waivers are not allowed'))).toBe(true);
  });

  it('keeps waived findings in SARIF as suppressions with their justification', () => {
    const out = path.join(dir, 'out.sarif');
    expect(run(['--config', 'cldscan.yaml', '--fail-on', 'none', '--output', out], 'sarif').status).toBe(0);
    const sarif = JSON.parse(readFileSync(out, 'utf8'));
    const results = sarif.runs[0].results as Array<{ message: { text: string }; suppressions?: Array<{ kind: string; justification: string; status: string }> }>;
    const suppressed = results.filter((x) => x.suppressions);
    expect(suppressed).toHaveLength(3);
    expect(suppressed.map((x) => x.suppressions![0]!.kind).sort()).toEqual(['external', 'inSource', 'inSource']);
    expect(suppressed.some((x) => x.suppressions![0]!.justification.includes('approved by Jeanne Martin (RSSI), until 2099-01-31'))).toBe(true);
    expect(validateSarif([out])).toEqual([]);
  });

  it('counts waived findings apart in the text and Markdown reports', () => {
    const text = run(['--config', 'cldscan.yaml', '--fail-on', 'none'], 'text').stdout;
    expect(text).toMatch(/WAIVED +HIGH +encryption-at-rest +aws_ebs_volume\.scratch/);
    expect(text).toContain('3 waived');
    expect(run(['--config', 'cldscan.yaml', '--fail-on', 'none'], 'markdown').stdout).toContain('3 waived');
  });

  it('refuses a config waiver without an expiry, naming the line', () => {
    writeFileSync(path.join(dir, 'bad.yaml'), 'waivers:\n  - rule: CLD-21\n    resource: "*"\n    justification: "no end"\n    approver: "RSSI"\n');
    const r = run(['--config', 'bad.yaml']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/bad\.yaml:2: waivers\.0: missing required field "expires"/);
  });
});
