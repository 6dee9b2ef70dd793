/**
 * Numbers beyond a double's range. JSON.parse reads `1e999` as Infinity and `-1e999` as -Infinity,
 * which every comparison takes for a very large (or very small) number: a log retention of 1e999
 * days would pass as "kept long enough". The readers refuse such numbers (one line, exit 2), in a
 * plan read whole or a chunk at a time, an inventory, a baseline; and the value helpers of the live
 * adapters, which also turn strings of digits into numbers, take 400 digits for no number at all.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INPUT_KINDS } from '../src/cli/composition-root.js';
import { UserError } from '../src/errors.js';
import { scan } from '../src/scan.js';
import { DEFAULT_SETTINGS } from '../src/settings.js';
import { FileScanner } from '../src/input/file-scan.js';
import { loadBaseline } from '../src/baseline.js';
import { BUILTIN_POLICIES } from '../policies/index.js';
import { logGroupStore } from '../providers/aws/logging.js';
import { num as gcpNum } from '../providers/gcp/values.js';
import { durationSeconds } from '../providers/gcp/knowledge/durations.js';
import { num as azureNum } from '../providers/azure/records.js';
import { CLI, ROOT } from './helpers/cli.js';
import { buildPlan } from './helpers/plan-builder.js';

let dir: string;
const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
};
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'cldscan-numbers-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DIGITS_400 = `1${'0'.repeat(400)}`;
const OUT_OF_RANGE = ['1e999', '-1e999', '9.9e308', DIGITS_400, `-${DIGITS_400}.5`];

/** A plan whose log group keeps its events `days` days, written as given. */
function retentionPlan(days: string): string {
  return JSON.stringify(buildPlan([{ address: 'aws_cloudwatch_log_group.app', values: { name: '/app', retention_in_days: 7 }, unknown: { arn: true, id: true } }])).replace(/"retention_in_days":7/g, `"retention_in_days":${days}`);
}

async function refusal(fn: () => unknown): Promise<string> {
  let error: unknown;
  try {
    await fn();
  } catch (err) {
    error = err;
  }
  expect(error).toBeInstanceOf(UserError);
  expect((error as Error).message).not.toContain('\n');
  return (error as Error).message;
}

describe('numbers beyond the range of a double', () => {
  it('are refused in a plan, wherever the plan says them, never read as a retention of Infinity', async () => {
    for (const [i, days] of OUT_OF_RANGE.entries()) {
      const plan = write(`plan-${i}.json`, retentionPlan(days));
      const message = await refusal(() => scan({ kinds: INPUT_KINDS, inputs: [plan], sourceRoot: dir, settings: DEFAULT_SETTINGS, policies: BUILTIN_POLICIES }));
      expect(message, days).toMatch(/plan-\d\.json: invalid JSON at line \d+: a number beyond the range of a 64-bit float/);
    }
  });

  it('are refused in a plan read a chunk at a time', async () => {
    const plan = write('streamed.json', retentionPlan('1e999'));
    const scanner = new FileScanner(plan, statSync(plan).size, 0, plan, 16);
    const members = scanner.topLevelObject();
    const message = await refusal(() => {
      for (const element of scanner.elements(members.get('resource_changes')!)) scanner.parse(element);
    });
    expect(message).toMatch(/a number beyond the range of a 64-bit float/);
    scanner.close();
  });

  it('are refused in an inventory (its item is not judged) and a baseline', async () => {
    // An AWS Config snapshot whose trail bucket expires its logs after 1e999 days.
    const snapshot = readFileSync(path.join(ROOT, 'test/fixtures/aws/config-snapshot.json'), 'utf8');
    expect(snapshot).toContain('"expirationInDays": 400');
    const inventory = write('snapshot.json', snapshot.replace('"expirationInDays": 400', '"expirationInDays": 1e999'));
    // The item is not judged, and the scan is incomplete (exit code 3), as for any item that is not valid JSON.
    const report = await scan({ kinds: INPUT_KINDS, inputs: [inventory], sourceRoot: dir, settings: DEFAULT_SETTINGS, policies: BUILTIN_POLICIES });
    expect(report.incomplete.map((n) => n.message)).toContainEqual(expect.stringMatching(/^configuration item at line \d+ is not valid JSON: .*a number beyond the range of a 64-bit float/));
    expect(report.findings.filter((f) => f.policy === 'log-retention' && f.status === 'pass')).toEqual([]);
    const baseline = write('baseline.json', '{"findings": [{"fingerprint": "x", "score": -1e999}]}');
    expect(await refusal(() => loadBaseline(baseline))).toMatch(/a number beyond the range of a 64-bit float/);
  });

  it('on the command line: exit code 2, one line', () => {
    const r = spawnSync(process.execPath, [CLI, 'scan', write('cli.json', retentionPlan('1e999')), '--source-root', dir], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^cldscan: .*cli\.json: invalid JSON at line \d+: a number beyond the range of a 64-bit float/);
  });

  it('nor are numbers in numbers the readers accept: in range, long fractions, many digits', async () => {
    const plan = write('in-range.json', retentionPlan('1.7e308').replace('"name":"/app"', `"name":"/app","tags":{"a":"e999 ${DIGITS_400}"},"x":0.${'1'.repeat(400)}`));
    const report = await scan({ kinds: INPUT_KINDS, inputs: [plan], sourceRoot: dir, settings: DEFAULT_SETTINGS, policies: BUILTIN_POLICIES });
    expect(report.findings.find((f) => f.policy === 'log-retention')?.status).toBe('pass');
  });

  it('strings of digits beyond that range are no number for the live adapters', () => {
    expect(logGroupStore(DIGITS_400).retentionDays).toBe('unknown');
    expect(logGroupStore('400').retentionDays).toBe(400);
    expect(gcpNum(DIGITS_400)).toBeUndefined();
    expect(gcpNum(Infinity)).toBeUndefined();
    expect(gcpNum('2592000')).toBe(2592000);
    expect(durationSeconds(`${DIGITS_400}s`)).toBeUndefined();
    expect(durationSeconds('2592000s')).toBe(2592000);
    expect(azureNum({ value: DIGITS_400, path: 'x' } as Parameters<typeof azureNum>[0])).toBeUndefined();
    expect(azureNum({ value: '30', path: 'x' } as Parameters<typeof azureNum>[0])).toBe(30);
  });
});
