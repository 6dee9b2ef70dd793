/**
 * Errors in a configuration file (src/config.ts, src/structured-file.ts): each names the file, the
 * line of the mistake and the field, on one line, with exit code 2 — YAML syntax, unknown keys,
 * wrong types and values, missing fields, and checks made after loading (disabledPolicies).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, ROOT } from './helpers/cli.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'cldscan-config-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PLAN = path.join(ROOT, 'examples/aws/plan.json');

/** Writes `text` as a config file and returns the one-line error cldscan gives for it, after checking the contract. */
function errorFor(name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  const r = cli(['scan', PLAN, '--config', file, '--format', 'json', '--output', path.join(dir, 'out.json')]);
  expect(r.status, r.stderr).toBe(2);
  const lines = r.stderr.trim().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]!.startsWith(`cldscan: ${file}:`), lines[0]).toBe(true);
  return lines[0]!.slice(`cldscan: ${file}:`.length);
}

const lineOf = (message: string) => Number(/^(\d+):/.exec(message)?.[1]);

describe('configuration errors point at the line', () => {
  it('YAML syntax: the line where the parser stopped', () => {
    expect(lineOf(errorFor('quote.yaml', 'residency: eu\nfailOn: "high" low\nminLogRetentionDays: 400\n'))).toBe(2);
    expect(lineOf(errorFor('compact.yaml', 'residency: eu\n\n\nfailOn: : high\n'))).toBe(4);
    expect(lineOf(errorFor('tabs.yaml', 'residency: eu\nenvironments:\n\ttagKeys: [env]\n'))).toBe(3);
  });

  it('a key given twice: the second one', () => {
    const e = errorFor('twice.yaml', 'residency: eu\nfailOn: high\nresidency: fr\n');
    expect(lineOf(e)).toBe(3);
    expect(e).toMatch(/"residency" appears twice/);
  });

  it('an unknown key: its own line, at the top level and nested', () => {
    expect(errorFor('top.yaml', 'residency: eu\n\nresidencey: fr\n')).toMatch(/^3: unknown field "residencey"/);
    const nested = errorFor(
      'nested.yaml',
      'residency: eu\nwaivers:\n  - rule: CLD-01\n    resource: x\n    justification: accepted until the migration ends\n    approver: a\n    expires: 2030-01-01\n    colour: red\n',
    );
    expect(nested).toMatch(/^8: waivers\.0: unknown field "colour"/);
    expect(errorFor('env.yaml', 'environments:\n  tagKeys: [env]\n  tagKey: [x]\n')).toMatch(/^3: environments: unknown field "tagKey"/);
  });

  it('a wrong type or value: the line of the value, naming the field', () => {
    expect(errorFor('type.yaml', 'residency: eu\nminLogRetentionDays: "a year"\n')).toMatch(/^2: minLogRetentionDays: must be integer/);
    expect(errorFor('list.yaml', 'residency: eu\nenvironments:\n  tagKeys: owner\n')).toMatch(/^3: environments\.tagKeys: must be array/);
    expect(errorFor('enum.yaml', '# strict\n\nresidency: mars\n')).toMatch(/^3: residency: must be one of "fr", "eu", "eu-adequate"/);
    expect(errorFor('date.yaml', 'waivers:\n  - rule: CLD-01\n    resource: x\n    justification: accepted until the migration ends\n    approver: a\n    expires: next year\n')).toMatch(/^6: waivers\.0\.expires: must be a date/);
  });

  it('a missing field: the line of the object that lacks it', () => {
    expect(errorFor('missing.yaml', 'residency: eu\nwaivers:\n  - rule: CLD-01\n    resource: x\n    approver: a\n    expires: 2030-01-01\n')).toMatch(/^3: waivers\.0: missing required field "justification"/);
  });

  it('the same in a JSON configuration', () => {
    expect(errorFor('config.json', '{\n  "residency": "eu",\n  "minLogRetentionDays": "x"\n}\n')).toMatch(/^3: minLogRetentionDays: must be integer/);
    expect(errorFor('broken.json', '{\n  "residency": "eu"\n  "failOn": "high"\n}\n')).toMatch(/^3: Missing , /);
  });

  it('a policy to disable that does not exist: the line of its name', () => {
    expect(errorFor('disabled.yaml', 'residency: eu\ndisabledPolicies:\n  - backups\n  - no-such-policy\n')).toMatch(/^4: disabledPolicies: no policy named no-such-policy/);
  });
});
