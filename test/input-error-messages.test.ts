/**
 * Error messages about inputs never quote the input: what sits where a reader chokes may be a
 * secret (a password written without quotes, a key pasted into the wrong file), and error messages
 * go to CI logs that nothing redacts. They say where (file, line) and what was expected, nothing more.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../src/errors.js';
import { FileScanner } from '../src/input/file-scan.js';
import { openDoc } from '../src/input/read-inputs.js';
import { loadBaseline } from '../src/baseline.js';
import { mergeReports } from '../src/merge.js';
import { evidenceOfReport } from '../src/compliance/evidence.js';
import { loadConfig } from '../src/config.js';
import { cli } from './helpers/cli.js';

const SECRET = 'Qv7Lm2Wp9Zr4Kt8X';
let dir: string;
const file = (name: string, text: string) => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
};

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'cldscan-error-messages-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The message of the UserError `fn` throws, which must hold no 4-character run of the secret. */
function messageOf(fn: () => unknown): string {
  let error: unknown;
  try {
    fn();
  } catch (err) {
    error = err;
  }
  expect(error).toBeInstanceOf(UserError);
  const message = (error as Error).message;
  for (let i = 0; i + 4 <= SECRET.length; i++) expect(message, message).not.toContain(SECRET.slice(i, i + 4));
  return message;
}

/** A plan whose sensitive variable was written without quotes: JSON.parse would quote it back. */
const PLAN_WITH_BARE_SECRET = `{"format_version": "1.2",\n "variables": {"db_password": {"value": ${SECRET}-db}},\n "resource_changes": []}`;

describe('error messages about inputs', () => {
  it('a section that is not valid JSON: where, and what kind of error, without the text', () => {
    const plan = file('bare.json', PLAN_WITH_BARE_SECRET);
    const doc = openDoc(plan);
    expect(messageOf(() => doc.scanner.parse(doc.members!.get('variables')!))).toMatch(/bare\.json: invalid JSON at line 2: unexpected token$/);
    // The same section read a chunk at a time, as plans too large to hold are.
    const streamed = new FileScanner(plan, statSync(plan).size, 0, plan, 16);
    expect(messageOf(() => streamed.parse(streamed.topLevelObject().get('variables')!))).toMatch(/bare\.json: invalid JSON at line 2: unexpected token$/);
    streamed.close();
  });

  it('an unquoted value at the top level, and a file that is no JSON at all', () => {
    expect(messageOf(() => openDoc(file('top.json', `{"format_version": ${SECRET}}`)))).toMatch(/top\.json: invalid JSON at line 1: unexpected characters where a value should be/);
    expect(messageOf(() => openDoc(file('env.json', `DB_PASSWORD=${SECRET}\n`)))).toMatch(/env\.json: not a JSON document \(it starts with neither '\{' nor '\['\)$/);
  });

  it('a baseline or a report to merge that is not valid JSON', () => {
    const broken = file('broken.sarif', `{"version": "2.1.0", "runs": [{"results": [{"ruleId": ${SECRET}}]}]}`);
    expect(messageOf(() => loadBaseline(broken))).toMatch(/--baseline .*broken\.sarif: invalid JSON at line 1/);
    expect(messageOf(() => mergeReports([broken, broken]))).toMatch(/broken\.sarif: invalid JSON at line 1/);
    // And as `cldscan report` reads it (JSON.parse quoted the text around the error there).
    expect(messageOf(() => evidenceOfReport(broken))).toMatch(/broken\.sarif: invalid JSON at line 1/);
  });

  it('a configuration file that is not valid YAML', () => {
    expect(messageOf(() => loadConfig(file('bad.yaml', `residency: fr\nwaivers: [ { justification: "${SECRET}\n`)))).toMatch(/bad\.yaml:\d+: /);
  });

  it('on the command line too: one line, no secret', () => {
    const r = cli(['scan', file('cli.json', PLAN_WITH_BARE_SECRET)]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(/^cldscan: .*cli\.json: invalid JSON at line 2: unexpected token$/);
    expect(r.stderr).not.toContain(SECRET.slice(0, 4));
  });
});
