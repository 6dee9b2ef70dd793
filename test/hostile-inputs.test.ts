/**
 * Hostile and broken input: random and mutated documents never crash the scanner; they scan, or
 * fail with a UserError (exit 2, one line). Prototype keys, deep nesting and huge strings neither
 * hang nor escape. Property-based with fast-check.
 */
import { INPUT_KINDS } from '../src/cli/composition-root.js';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { scan } from '../src/scan.js';
import { UserError } from '../src/errors.js';
import { FileScanner } from '../src/input/file-scan.js';
import { DEFAULT_SETTINGS } from '../src/settings.js';
import { BUILTIN_POLICIES } from '../policies/index.js';
import { cli, ROOT } from './helpers/cli.js';
import { buildPlan } from './helpers/plan-builder.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'cldscan-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let counter = 0;
/** Fixed, so that a failure found here is found again on the next run. */
const SEED = 20261206;

/** Scans bytes as a file: resolves with the number of findings, or with the UserError's message. */
async function scanBytes(bytes: Buffer): Promise<{ ok: true; findings: number } | { ok: false; message: string }> {
  const file = path.join(dir, `input-${counter++}.json`);
  writeFileSync(file, bytes);
  try {
    const report = await scan({ kinds: INPUT_KINDS, inputs: [file], sourceRoot: dir, settings: DEFAULT_SETTINGS, policies: BUILTIN_POLICIES });
    return { ok: true, findings: report.findings.length };
  } catch (err) {
    if (err instanceof UserError) {
      expect(err.message).not.toContain('\n');
      return { ok: false, message: err.message };
    }
    throw err;
  } finally {
    rmSync(file, { force: true });
  }
}

/** Real documents to mutate: the bundled plans, the CDKTF output, and this project's own inventory fixtures. */
const SEEDS = [
  'examples/aws/plan.json',
  'examples/azure/plan.json',
  'examples/gcp/plan.json',
  'examples/cdktf/cdktf.out/stacks/hosting/cdk.tf.json',
  ...['aws', 'azure', 'gcp'].flatMap((cloud) => {
    const base = path.join(ROOT, 'test/fixtures', cloud);
    try {
      return readdirSync(base, { recursive: true })
        .map(String)
        .filter((f) => /\.(json|jsonl)$/.test(f))
        .slice(0, 4)
        .map((f) => path.join('test/fixtures', cloud, f));
    } catch {
      return [];
    }
  }),
].map((f) => readFileSync(path.join(ROOT, f)));

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), text: fc.string({ maxLength: 40 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 400 }) }),
);

function mutate(seed: Buffer, m: fc.Arbitrary<unknown> extends never ? never : { kind: string; at: number; byte?: number; text?: string; length?: number }): Buffer {
  const at = Math.floor(m.at * seed.length);
  switch (m.kind) {
    case 'truncate':
      return seed.subarray(0, at);
    case 'flip': {
      const copy = Buffer.from(seed);
      copy[at] = m.byte!;
      return copy;
    }
    case 'insert':
      return Buffer.concat([seed.subarray(0, at), Buffer.from(m.text!), seed.subarray(at)]);
    case 'delete':
      return Buffer.concat([seed.subarray(0, at), seed.subarray(at + m.length!)]);
    default:
      return Buffer.concat([seed.subarray(0, at + m.length!), seed.subarray(at)]);
  }
}

describe('property: any JSON value', () => {
  it('scans or is refused with a one-line reason, never crashes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 6 }), async (value) => {
        await scanBytes(Buffer.from(JSON.stringify(value)));
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('plan-shaped documents with random resources scan or are refused, never crash', async () => {
    const resource = fc.record({
      address: fc.oneof(fc.constantFrom('aws_s3_bucket.a', 'module.m["k"].aws_security_group.sg', 'google_compute_firewall.fw[0]', 'azurerm_storage_account.st'), fc.string()),
      type: fc.constantFrom('aws_s3_bucket', 'aws_security_group', 'google_compute_firewall', 'azurerm_storage_account', 'aws_iam_user'),
      change: fc.record({ actions: fc.constant(['create']), after: fc.jsonValue({ maxDepth: 4 }), after_unknown: fc.jsonValue({ maxDepth: 3 }), after_sensitive: fc.jsonValue({ maxDepth: 3 }) }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(resource, { maxLength: 8 }), fc.jsonValue({ maxDepth: 4 }), async (changes, configuration) => {
        await scanBytes(Buffer.from(JSON.stringify({ format_version: '1.2', resource_changes: changes, configuration })));
      }),
      { seed: SEED, numRuns: 150 },
    );
  });
});

describe('property: mutated real documents', () => {
  it('scan or are refused with a one-line reason, never crash', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: SEEDS.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 3 }), async (i, mutations) => {
        let bytes: Buffer = SEEDS[i]!;
        for (const m of mutations) bytes = mutate(bytes, m);
        await scanBytes(bytes);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});

describe('hostile documents', () => {
  it('prototype keys neither pollute prototypes nor change verdicts', async () => {
    const plan = JSON.stringify(
      buildPlan([{ address: 'aws_ebs_volume.v', values: { availability_zone: 'eu-west-3a', encrypted: false, size: 10 }, unknown: { id: true } }]),
    ).replace('"encrypted":false', '"__proto__":{"encrypted":true,"polluted":true},"constructor":{"prototype":{"polluted":true}},"encrypted":false');
    const r = await scanBytes(Buffer.from(plan));
    expect(r.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).encrypted).toBeUndefined();
    const out = cli(['scan', writeTemp('proto.json', plan), '--format', 'json', '--fail-on', 'none', '--source-root', dir]);
    const finding = (JSON.parse(out.stdout) as { findings: Array<{ policy: string; status: string }> }).findings.find((f) => f.policy === 'encryption-at-rest');
    expect(finding?.status).toBe('fail');
  });

  it('refuses deep nesting with a reason, quickly', () => {
    const deep = '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000);
    const start = Date.now();
    const r = cli(['scan', writeTemp('deep.json', `{"format_version":"1.2","configuration":${deep}}`), '--source-root', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(/nested more than 1000 levels deep$/);
    expect(Date.now() - start).toBeLessThan(20_000);
  });

  it('reads huge strings, and names an unterminated one as truncated, not as nesting, whole or a chunk at a time', async () => {
    const plan = JSON.stringify(buildPlan([{ address: 'aws_instance.web', values: { ami: 'ami-0a1b2c3d4e5f67890', instance_type: 't3.micro', user_data: 'USERDATA' }, unknown: { id: true } }]));
    // 20 MB of text, of backslashes, and of brackets inside a string; a 20 MB key.
    for (const huge of [plan.replace('USERDATA', 'x'.repeat(20 * 1024 * 1024)), plan.replace('USERDATA', '\\\\'.repeat(10 * 1024 * 1024)), plan.replace('USERDATA', '['.repeat(20 * 1024 * 1024)), plan.replace('"user_data"', `"${'k'.repeat(20 * 1024 * 1024)}"`)]) {
      const r = await scanBytes(Buffer.from(huge));
      expect(r.ok).toBe(true);
    }
    const unterminated = plan.replace('"USERDATA"', `"${'['.repeat(20 * 1024 * 1024)}`);
    const whole = await scanBytes(Buffer.from(unterminated));
    expect(whole).toEqual({ ok: false, message: expect.stringMatching(/invalid JSON at the end of the file: unexpected end of data inside a string \(the JSON is truncated\)$/) });
    const file = writeTemp('unterminated.json', unterminated);
    const streamed = new FileScanner(file, statSync(file).size, 0, file, 1024 * 1024);
    expect(() => streamed.topLevelObject()).toThrow(/invalid JSON at the end of the file: unexpected end of data: the JSON is truncated$/);
    streamed.close();
  });

  it('keeps a regex-heavy waiver pattern from hanging the scan', () => {
    const config = writeTemp(
      'waivers.yaml',
      `waivers:\n  - rule: CLD-21\n    resource: "${'*a'.repeat(500)}b"\n    justification: "pathological pattern"\n    approver: "test"\n    expires: 2099-01-01\n`,
    );
    const ids = Array.from({ length: 50 }, (_, i) => ({ address: `aws_ebs_volume.${'a'.repeat(60)}${i}`, values: { availability_zone: 'eu-west-3a', encrypted: false, size: 1 }, unknown: { id: true } }));
    const start = Date.now();
    const r = cli(['scan', writeTemp('many.json', JSON.stringify(buildPlan(ids))), '--config', config, '--format', 'json', '--fail-on', 'none', '--source-root', dir]);
    expect(r.status).toBe(0);
    expect(Date.now() - start).toBeLessThan(20_000);
  });
});

function writeTemp(name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}
