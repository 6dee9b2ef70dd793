import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI } from './helpers/cli.js';
import { generatePlan } from '../bench/generate-plan.js';

/**
 * An interrupted scan leaves the previous report intact and no temporary file behind: the scan
 * yields to the event loop while it reads and judges, so SIGINT/SIGTERM are handled mid-scan, within
 * a second, also while a plan too large to hold (over 100 MB here) is indexed and read a chunk at a time.
 */
/** Resolves when process `pid` holds `file` open (Linux /proc); elsewhere after a fixed delay. */
async function openedBy(pid: number, file: string): Promise<void> {
  const fds = `/proc/${pid}/fd`;
  if (!existsSync('/proc/self/fd')) return new Promise((resolve) => setTimeout(resolve, 1200));
  for (let i = 0; i < 1200; i++) {
    try {
      if (readdirSync(fds).some((fd) => readlinkSafe(path.join(fds, fd)) === file)) return;
    } catch {
      // Not started yet, or the listing raced a closing descriptor.
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`the scan never opened ${file}`);
}

function readlinkSafe(link: string): string | undefined {
  try {
    return readlinkSync(link);
  } catch {
    return undefined;
  }
}

describe('interrupting a scan', () => {
  let dir: string;
  let plan: string;

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'cldscan-interrupt-'));
    plan = generatePlan(dir, 30_000).file;
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Interrupts a scan `afterMs` after it opened the plan; returns how long it took to stop once signalled. */
  async function interrupt(signal: 'SIGINT' | 'SIGTERM', afterMs: number, env: NodeJS.ProcessEnv = {}): Promise<number> {
    const out = path.join(dir, `report-${signal}.sarif`);
    writeFileSync(out, 'PREVIOUS REPORT');
    const child = spawn(process.execPath, [CLI, 'scan', plan, '--source-root', dir, '--format', 'sarif', '--output', out, '--fail-on', 'none'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    await openedBy(child.pid!, plan);
    await new Promise((resolve) => setTimeout(resolve, afterMs));
    const signalled = performance.now();
    child.kill(signal);
    const code = await exited;
    const stopMs = performance.now() - signalled;
    expect(code).toBe(signal === 'SIGINT' ? 130 : 143);
    expect(stderr).toContain(`interrupted (${signal})`);
    expect(readFileSync(out, 'utf8')).toBe('PREVIOUS REPORT');
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    return stopMs;
  }

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`on ${signal}, keeps the previous output and leaves no temporary file`, async () => {
      // Once it is reading the plan (its file open in the process), however slow the machine.
      await interrupt(signal, 0);
    }, 60_000);

    it(`on ${signal}, stops within a second while indexing and while reading a plan read a chunk at a time`, async () => {
      // In the index pass over the whole file, then among the resources.
      for (const afterMs of [600, 1400, 2800]) {
        const stopMs = await interrupt(signal, afterMs, { CLDSCAN_STREAM_THRESHOLD: String(1024 * 1024) });
        expect(stopMs, `signalled ${afterMs} ms after the plan was opened`).toBeLessThan(1000);
      }
    }, 120_000);
  }
});
