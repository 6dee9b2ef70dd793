/**
 * Bounds on reading: only regular files, sizes checked before reading, gzip decompressed only up to
 * a configurable limit, YAML (configuration, attestations, waivers) within limits on size, aliases
 * and nesting. Every refusal is a UserError (one line, exit code 2), fast; the CLI checks at the end
 * run the contract end to end.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../src/errors.js';
import { openDoc } from '../src/input/read-inputs.js';
import { loadConfig } from '../src/config.js';
import { loadAttestations } from '../src/compliance/attestations.js';
import { loadBaseline } from '../src/baseline.js';
import { mergeReports } from '../src/merge.js';
import { CLI, ROOT } from './helpers/cli.js';
import { buildPlan } from './helpers/plan-builder.js';

let dir: string;
const file = (name: string) => path.join(dir, name);
const PLAN = path.join(ROOT, 'examples/aws/plan.json');

/** The reason `fn` is refused with: a one-line UserError, within `ms`. */
function refusal(fn: () => unknown, ms = 5000): string {
  const started = performance.now();
  let error: unknown;
  try {
    fn();
  } catch (err) {
    error = err;
  }
  expect(performance.now() - started).toBeLessThan(ms);
  expect(error).toBeInstanceOf(UserError);
  const message = (error as Error).message;
  expect(message).not.toContain('\n');
  return message;
}

/** A sparse file: `size` bytes on paper, nothing on disk. Reading it whole would take seconds and gigabytes. */
function sparse(name: string, size: number): string {
  const fd = openSync(file(name), 'w');
  ftruncateSync(fd, size);
  closeSync(fd);
  return file(name);
}

/** The built CLI with a hard deadline: a scan blocked on a FIFO fails the test instead of hanging it. */
function run(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 30_000, killSignal: 'SIGKILL', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'cldscan-limits-'));
  spawnSync('mkfifo', [file('fifo')]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('only regular files are read', () => {
  it('refuses a FIFO as an input, a configuration, attestations, a baseline or a report to merge, without blocking', () => {
    const fifo = file('fifo');
    for (const read of [() => openDoc(fifo), () => loadConfig(fifo), () => loadAttestations(fifo), () => loadBaseline(fifo), () => mergeReports([fifo, PLAN])]) {
      expect(refusal(read)).toMatch(/fifo: a named pipe \(FIFO\), not a regular file$/);
    }
  });

  it('refuses a device such as /dev/zero, which never ends', () => {
    for (const read of [() => openDoc('/dev/zero'), () => loadConfig('/dev/zero'), () => loadBaseline('/dev/zero'), () => mergeReports(['/dev/zero', PLAN])]) {
      expect(refusal(read)).toMatch(/\/dev\/zero: a device, not a regular file$/);
    }
  });

  it('refuses a directory given where a file is expected', () => {
    for (const read of [() => loadConfig(dir), () => loadAttestations(dir), () => loadBaseline(dir), () => mergeReports([dir, PLAN])]) {
      expect(refusal(read)).toMatch(/a directory, not a regular file$/);
    }
  });
});

describe('sizes are checked before reading', () => {
  it('refuses an oversized configuration or attestations file at once', () => {
    expect(refusal(() => loadConfig(sparse('huge.yaml', 3 * 1024 ** 3)))).toMatch(/huge\.yaml: 3072 MiB, more than the 1 MiB allowed$/);
    expect(refusal(() => loadAttestations(sparse('huge-att.yaml', 2 * 1024 ** 2)))).toMatch(/more than the 1 MiB allowed$/);
  });

  it('refuses an input too large to read whole that cannot be read a chunk at a time', () => {
    // Zeros, not a JSON object: it cannot be streamed, and reading 5 GiB whole would exhaust memory.
    expect(refusal(() => openDoc(sparse('zeros.json', 5 * 1024 ** 3)))).toMatch(/zeros\.json: 5120 MiB, too large to read whole/);
  });

  it('refuses an oversized baseline or report to merge at once', () => {
    const huge = sparse('huge.sarif', 4 * 1024 ** 3);
    expect(refusal(() => loadBaseline(huge))).toMatch(/--baseline .*huge\.sarif: 4096 MiB, more than the 256 MiB allowed$/);
    expect(refusal(() => mergeReports([huge, PLAN]))).toMatch(/huge\.sarif: 4096 MiB, more than the 256 MiB allowed$/);
  });
});

/**
 * A plan followed by `mb` MiB of spaces, as concatenated gzip members (which gunzip reads as one
 * stream): a few hundred kilobytes on disk.
 */
function gzipBomb(name: string, mb: number): string {
  const plan = JSON.stringify(buildPlan([{ address: 'aws_ebs_volume.v', values: { availability_zone: 'eu-west-3a', encrypted: false, size: 1 } }]));
  const mebibyteOfSpaces = gzipSync(Buffer.alloc(1024 * 1024, 0x20), { level: 9 });
  writeFileSync(file(name), Buffer.concat([gzipSync(Buffer.from(plan)), ...Array<Buffer>(mb).fill(mebibyteOfSpaces)]));
  return file(name);
}

describe('gzip inputs', () => {
  it('refuses what decompresses beyond the limit (256 MiB by default), with a reason that names the flag', () => {
    const gz = gzipBomb('bomb.json.gz', 300);
    expect(readFileSync(gz).length).toBeLessThan(1024 * 1024);
    expect(refusal(() => openDoc(gz), 15_000)).toMatch(/bomb\.json\.gz: decompresses to more than 256 MiB; raise the limit with --max-decompressed-mb/);
    // A baseline or a report to merge is held to the same limit.
    expect(refusal(() => loadBaseline(gz), 15_000)).toMatch(/decompresses to more than 256 MiB/);
  });

  it('reads what fits, and takes the limit given', () => {
    const gz = gzipBomb('small.json.gz', 3);
    expect(openDoc(gz).members?.has('resource_changes')).toBe(true);
    expect(refusal(() => openDoc(gz, { decompressedBytes: 2 * 1024 * 1024 }))).toMatch(/decompresses to more than 2 MiB/);
  });
});

describe('YAML configuration, attestations and waivers', () => {
  // Nine levels of nine aliases each: 387 420 489 strings once expanded.
  const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)].join('\n');

  it('refuses an alias bomb with a reason, in the configuration and in attestations', () => {
    writeFileSync(file('bomb.yaml'), `${bomb}\n`);
    expect(refusal(() => loadConfig(file('bomb.yaml')))).toMatch(/bomb\.yaml.*alias/);
    expect(refusal(() => loadAttestations(file('bomb.yaml')))).toMatch(/bomb\.yaml.*alias/);
  });

  it('refuses more aliases than the limit even when each expands little', () => {
    writeFileSync(file('aliases.yaml'), `x: &x a\nhighAvailability: [${Array(150).fill('*x').join(', ')}]\n`);
    expect(refusal(() => loadConfig(file('aliases.yaml')))).toMatch(/aliases\.yaml:2: more than 100 aliases$/);
  });

  it('refuses deep nesting with a reason, not a stack overflow', () => {
    writeFileSync(file('deep.yaml'), `highAvailability: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`);
    expect(refusal(() => loadConfig(file('deep.yaml')), 15_000)).toMatch(/deep\.yaml(:\d+)?: nested more than 64 levels deep$/);
    writeFileSync(file('deep2.yaml'), `highAvailability: ${'['.repeat(100)}${']'.repeat(100)}\n`);
    expect(refusal(() => loadConfig(file('deep2.yaml')))).toMatch(/deep2\.yaml:1: nested more than 64 levels deep$/);
  });

  it('reads a document of many keys within the size limit in seconds, and names a duplicate key', () => {
    // The YAML library's own duplicate-key check is quadratic: this took minutes.
    const keys = Array.from({ length: 60_000 }, (_, i) => `  k${i}: v`).join('\n');
    writeFileSync(file('many.yaml'), `environments:\n${keys}\n`);
    expect(readFileSync(file('many.yaml')).length).toBeLessThan(1024 * 1024);
    expect(refusal(() => loadConfig(file('many.yaml')), 15_000)).toMatch(/many\.yaml:2: environments: unknown field "k0"$/);
    writeFileSync(file('dup.yaml'), 'residency: fr\nfailOn: high\nresidency: eu\n');
    expect(refusal(() => loadConfig(file('dup.yaml')))).toMatch(/dup\.yaml:3: the key "residency" appears twice$/);
  });
});

describe('the command line', () => {
  it('gives exit code 2 and one line for each kind of refusal, and takes the decompression limit from the flag or the configuration', () => {
    const gz = gzipBomb('cli.json.gz', 3);
    writeFileSync(file('limit.yaml'), 'maxDecompressedMB: 1\n');
    for (const [args, reason] of [
      [['scan', file('fifo')], /^cldscan: .*fifo: a named pipe \(FIFO\), not a regular file$/],
      [['scan', PLAN, '--config', '/dev/zero'], /^cldscan: \/dev\/zero: a device, not a regular file$/],
      [['scan', gz, '--max-decompressed-mb', '2'], /^cldscan: .*cli\.json\.gz: decompresses to more than 2 MiB/],
      [['scan', gz, '--config', file('limit.yaml')], /^cldscan: .*cli\.json\.gz: decompresses to more than 1 MiB/],
      [['scan', gz, '--max-decompressed-mb', '0'], /^cldscan: --max-decompressed-mb must be a whole number from 1 to 4096$/],
    ] as Array<[string[], RegExp]>) {
      const r = run(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stderr.trim(), args.join(' ')).toMatch(reason);
    }
    // The flag wins over the file.
    expect(run(['scan', gz, '--config', file('limit.yaml'), '--max-decompressed-mb', '8', '--format', 'json', '--fail-on', 'none']).status).toBe(0);
  });
});
