import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from './helpers/cli.js';

/**
 * Plans above CLDSCAN_STREAM_THRESHOLD are read from the file a chunk at a time. Forcing that
 * path on the examples with tiny chunks (every structure then spans chunk boundaries) must give
 * exactly the report of the whole-file path, and the same refusals for broken files.
 */
const STREAMED = { CLDSCAN_STREAM_THRESHOLD: '0', CLDSCAN_STREAM_CHUNK: '7' };
const dir = mkdtempSync(path.join(os.tmpdir(), 'cldscan-stream-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function report(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = cli(['scan', ...args, '--source-root', '.', '--format', 'json', '--fail-on', 'none'], { env });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as { findings: unknown[]; summary: Record<string, unknown> };
}

describe('plans read a chunk at a time', () => {
  for (const plan of ['examples/aws/plan.json', 'examples/azure/plan.json', 'examples/gcp/plan.json']) {
    it(`${plan}: same findings, locations and summary as reading it whole`, () => {
      const whole = report([plan]);
      const streamed = report([plan], STREAMED);
      expect(streamed.findings).toEqual(whole.findings);
      // Each scan has its own id and time; everything else of its scope is the same.
      const sameScan = (summary: Record<string, unknown>) => ({ ...summary, scopes: (summary.scopes as Array<Record<string, unknown>>).map(({ scanId: _id, scanned: _at, ...rest }) => rest) });
      expect(sameScan(streamed.summary)).toEqual(sameScan(whole.summary));
      expect(whole.findings.length).toBeGreaterThan(20);
    });
  }

  it('accepts a BOM and the setup-terraform [command] line, and points at plan lines without sources', () => {
    // A pretty-printed plan (the AWS one is on one line, as Terraform prints it): its resources are on lines far down.
    const text = readFileSync('examples/gcp/plan.json', 'utf8');
    const file = path.join(dir, 'wrapped.json');
    writeFileSync(file, `\uFEFF[command]/home/runner/work/_temp/terraform-bin show -json tfplan\n${text}\n::debug::Terraform exited with code 0.\n`);
    const r = cli(['scan', file, '--source-root', dir, '--format', 'json', '--fail-on', 'none'], { env: STREAMED });
    expect(r.status).toBe(0);
    const first = (JSON.parse(r.stdout) as { findings: Array<{ location: { uri: string; line: number } }> }).findings[0]!;
    expect(first.location.uri).toBe('wrapped.json');
    expect(first.location.line).toBeGreaterThan(100);
  });

  it('refuses truncated and malformed plans with a line, as the whole-file path does', () => {
    const text = readFileSync('examples/gcp/plan.json', 'utf8');
    const cases: Array<[string, string, RegExp]> = [
      ['truncated.json', text.slice(0, Math.floor(text.length * 0.6)), /truncated/],
      ['brackets.json', text.replace('"resource_changes": [', '"resource_changes": {'), /unexpected '\]'|expected/],
      // Read whole, a second object makes JSON lines of no known kind; streamed, it is trailing data.
      ['trailing.json', `${text}\n{"again": 1}\n`, /after the end of the JSON document|not a known input/],
      ['badkey.json', text.replace('"format_version"', 'format_version'), /expected a member name/],
    ];
    for (const [name, body, reason] of cases) {
      const file = path.join(dir, name);
      writeFileSync(file, body);
      for (const env of [{}, STREAMED]) {
        const r = cli(['scan', file], { env });
        expect(r.status, `${name} ${JSON.stringify(env)}`).toBe(2);
        expect(r.stderr.trim().split('\n')).toHaveLength(1);
        expect(r.stderr).toMatch(reason);
      }
    }
  });

  it('reads only plans this way: other large inventories are refused with a reason', () => {
    const file = path.join(dir, 'tfjson.json');
    writeFileSync(file, readFileSync('examples/cdktf/cdktf.out/stacks/hosting/cdk.tf.json'));
    const r = cli(['scan', file], { env: STREAMED });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('only Terraform plans are read from files over');
  });
});
