/**
 * `--policies` runs the code it loads: only files of the directory given are loaded (never through
 * a symbolic link out of it), and neither the directory nor a policy file may be writable by every
 * user of the machine.
 */
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../src/errors.js';
import { loadPolicies } from '../src/policy/load.js';
import { BUILTIN_POLICIES } from '../policies/index.js';
import { ROOT } from './helpers/cli.js';

let base: string;
const POLICY = path.join(ROOT, 'test/fixtures/policies/bucket-tags.ts');

beforeAll(() => {
  base = mkdtempSync(path.join(os.tmpdir(), 'cldscan-policy-trust-'));
  chmodSync(base, 0o755);
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

function policyDir(name: string): string {
  const dir = path.join(base, name);
  mkdirSync(dir, { mode: 0o755 });
  chmodSync(dir, 0o755);
  return dir;
}

async function refusal(dir: string): Promise<string> {
  const err = await loadPolicies(dir, BUILTIN_POLICIES).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UserError);
  return (err as Error).message;
}

describe('loading users\' policies', () => {
  it('loads a policy from a directory only its owner can write', async () => {
    const dir = policyDir('ok');
    copyFileSync(POLICY, path.join(dir, 'bucket-tags.ts'));
    chmodSync(path.join(dir, 'bucket-tags.ts'), 0o644);
    const loaded = await loadPolicies(dir, BUILTIN_POLICIES);
    expect(loaded.map((p) => p.meta.id)).toEqual(['customer-keys-on-buckets']);
  });

  it('refuses a policy file writable by every user', async () => {
    const dir = policyDir('writable-file');
    copyFileSync(POLICY, path.join(dir, 'bucket-tags.ts'));
    chmodSync(path.join(dir, 'bucket-tags.ts'), 0o666);
    expect(await refusal(dir)).toMatch(/bucket-tags\.ts: writable by every user/);
  });

  it('refuses a directory writable by every user', async () => {
    const dir = policyDir('writable-dir');
    copyFileSync(POLICY, path.join(dir, 'bucket-tags.ts'));
    chmodSync(dir, 0o777);
    expect(await refusal(dir)).toMatch(/the directory is writable by every user/);
  });

  it('refuses a policy file that is a symbolic link to outside the directory', async () => {
    const dir = policyDir('linked');
    symlinkSync(POLICY, path.join(dir, 'bucket-tags.ts'));
    expect(await refusal(dir)).toMatch(/bucket-tags\.ts: a symbolic link to outside/);
  });
});
