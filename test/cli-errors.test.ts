import { mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './helpers/cli.js';
import { buildPlan } from './helpers/plan-builder.js';

let dir: string;
const file = (name: string) => path.join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'cldscan-cli-'));
  const plan = JSON.stringify(
    buildPlan([{ address: 'aws_ebs_volume.data', values: { availability_zone: 'eu-west-3a', encrypted: false, size: 20, type: 'gp3' }, unknown: { id: true, arn: true } }]),
  );
  writeFileSync(file('plan.json'), plan);
  writeFileSync(file('truncated.json'), plan.slice(0, Math.floor(plan.length / 2)));
  writeFileSync(file('tfplan'), Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 7)]));
  writeFileSync(file('utf16.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(plan, 'utf16le')]));
  writeFileSync(file('wrapper.json'), `[command]/home/runner/work/_temp/terraform-bin show -json tfplan\n${plan}\n`);
  writeFileSync(file('other.json'), JSON.stringify({ name: 'not-a-plan', version: '1.0.0' }));
  writeFileSync(file('invalid.json'), '{"format_version": "1.2", "resource_changes": [ {"address": tru} ]}');
  writeFileSync(file('previous.sarif'), 'PREVIOUS REPORT');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The contract for bad input: exit 2, one line on stderr, no stack trace, no output written. */
function expectInputError(args: string[], reason: RegExp) {
  const r = cli(['scan', ...args, '--output', file('previous.sarif')]);
  expect(r.status).toBe(2);
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^cldscan: /);
  expect(lines[0]).toMatch(reason);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(readFileSync(file('previous.sarif'), 'utf8')).toBe('PREVIOUS REPORT');
  expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
}

describe('cldscan scan: bad input', () => {
  it('truncated JSON', () => expectInputError([file('truncated.json')], /truncated/));
  it('a binary plan file says how to convert it', () => expectInputError([file('tfplan')], /binary plan file.*terraform show -json/));
  it('JSON of an unknown kind', () => expectInputError([file('other.json')], /not a known input/));
  it('invalid JSON inside the plan', () => expectInputError([file('invalid.json')], /invalid JSON/));
  it('a path that does not exist', () => expectInputError([file('missing.json')], /no such file or directory/));
  it('an unknown flag value', () => expectInputError([file('plan.json'), '--residency', 'mars'], /residency/i));
  it('a malformed config file names the line and field', () => {
    writeFileSync(file('bad-config.yaml'), 'residency: eu\nminLogRetentionDays: "a year"\n');
    expectInputError([file('plan.json'), '--config', file('bad-config.yaml')], /bad-config\.yaml:2: minLogRetentionDays: must be integer/);
  });
  it('an unknown config field is refused', () => {
    writeFileSync(file('typo-config.yaml'), 'residencey: fr\n');
    expectInputError([file('plan.json'), '--config', file('typo-config.yaml')], /typo-config\.yaml:1: unknown field "residencey"/);
  });
});

describe('cldscan scan: inputs real pipelines produce', () => {
  for (const name of ['utf16.json', 'wrapper.json', 'plan.json']) {
    it(`reads ${name} and reports the unencrypted volume`, () => {
      const r = cli(['scan', file(name), '--format', 'json', '--source-root', dir]);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(1);
      const doc = JSON.parse(r.stdout) as { findings: Array<{ policy: string; status: string; resource: { id: string } }> };
      expect(doc.findings).toContainEqual(expect.objectContaining({ policy: 'encryption-at-rest', status: 'fail', resource: expect.objectContaining({ id: 'aws_ebs_volume.data' }) }));
    });
  }

  it('exit code follows --fail-on', () => {
    expect(cli(['scan', file('plan.json'), '--format', 'json', '--fail-on', 'none']).status).toBe(0);
    expect(cli(['scan', file('plan.json'), '--format', 'json', '--fail-on', 'critical']).status).toBe(0);
    expect(cli(['scan', file('plan.json'), '--format', 'json', '--fail-on', 'high']).status).toBe(1);
  });

  it('replaces an existing output file with the complete new report', () => {
    writeFileSync(file('out.json'), 'OLD');
    const r = cli(['scan', file('plan.json'), '--format', 'json', '--output', file('out.json'), '--fail-on', 'none']);
    expect(r.status).toBe(0);
    expect(JSON.parse(readFileSync(file('out.json'), 'utf8')).findings.length).toBeGreaterThan(0);
  });
});
