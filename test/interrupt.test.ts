import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI } from './helpers/cli.js';
import { generatePlan } from '../bench/generate-plan.js';

/**
 * An interrupted scan leaves the previous report intact and no temporary file behind: the scan
 * yields to the event loop while it reads and judges, so SIGINT/SIGTERM are handled mid-scan.
 */
describe('interrupting a scan', () => {
  let dir: string;
  let plan: string;

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'cldscan-interrupt-'));
    plan = generatePlan(dir, 30_000).file;
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`on ${signal}, keeps the previous output and leaves no temporary file`, async () => {
      const out = path.join(dir, `report-${signal}.sarif`);
      writeFileSync(out, 'PREVIOUS REPORT');
      const child = spawn(process.execPath, [CLI, 'scan', plan, '--source-root', dir, '--format', 'sarif', '--output', out, '--fail-on', 'none'], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      // Let it get into the plan, then interrupt.
      await new Promise((resolve) => setTimeout(resolve, 1200));
      child.kill(signal);
      const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
      expect(code).toBe(signal === 'SIGINT' ? 130 : 143);
      expect(stderr).toContain(`interrupted (${signal})`);
      expect(readFileSync(out, 'utf8')).toBe('PREVIOUS REPORT');
      expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    }, 60_000);
  }
});
