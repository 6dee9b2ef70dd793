/**
 * Live scans stream: the built CLI writes each page's `--inventory-out` lines before it reads the
 * listing's last page, so memory does not grow with the estate. The local servers hold the last page
 * of the big listing until the scan has written the records of the pages before it (or, if it keeps
 * them all to the end, until a wait runs out), and count the lines written by then.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliAsync } from './helpers/cli.js';
import { disk, estate, PROJECTS, TOKEN } from './helpers/gcp-estate.js';
import { startGcpServer } from './helpers/gcp-server.js';
import { ACCOUNT, volume } from './helpers/aws-fixtures.js';
import { startAwsServer } from './helpers/aws-server.js';
import { TEST_CREDENTIALS } from './helpers/aws-live.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'cldscan-live-streaming-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Lines of the inventory being written (the file beside its destination until the scan completes). */
function linesWritten(folder: string): number {
  const tmp = readdirSync(folder).find((f) => /^\.inventory\.jsonl\..+\.tmp$/.test(f));
  return tmp ? readFileSync(path.join(folder, tmp), 'utf8').split('\n').length - 1 : 0;
}

/** Waits until `at least` lines are written, or the wait runs out (a scan that holds everything never gets there): the lines written by then. */
async function heldUntil(folder: string, atLeast: number, ms = 20_000): Promise<number> {
  const end = Date.now() + ms;
  while (linesWritten(folder) < atLeast && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
  return linesWritten(folder);
}

describe('live scans write --inventory-out as pages arrive', () => {
  it('GCP: the records of the first pages of a listing are written before its last page is served', async () => {
    const folder = mkdtempSync(path.join(dir, 'gcp-'));
    const disks = Array.from({ length: 2500 }, (_, i) => disk('hosting-prod', 'europe-west9-a', `disk-${String(i).padStart(5, '0')}`));
    let before: number | undefined;
    const s = await startGcpServer({
      token: TOKEN,
      projects: PROJECTS,
      assets: [...estate(), ...disks],
      // Pages of 1000: the third page of the RESOURCE listing holding the disks is its last.
      beforeAnswer: async (q) => {
        if (q.contentType === '1' && q.assetTypes.length > 2 && q.pageToken && Buffer.from(q.pageToken, 'base64url').toString() === '2000') before = await heldUntil(folder, 2000);
      },
    });
    try {
      const r = await cliAsync(
        ['scan', '--gcp', '--scope', 'projects/hosting-prod', '--format', 'sarif', '--output', path.join(folder, 'live.sarif'), '--inventory-out', path.join(folder, 'inventory.jsonl'), '--fail-on', 'none', '--source-root', folder],
        { env: { CLDSCAN_GCP_ENDPOINT: s.endpoint, GOOGLE_OAUTH_ACCESS_TOKEN: TOKEN, CI: '1' } },
      );
      expect(r.stderr).not.toMatch(/Error/);
      expect(r.status).toBe(0);
    } finally {
      await s.close();
    }
    expect(before).toBeGreaterThanOrEqual(2000);
    expect(readFileSync(path.join(folder, 'inventory.jsonl'), 'utf8').split('\n').length - 1).toBeGreaterThan(2500);
  }, 120_000);

  it('AWS: the volumes of the first pages of its advanced query are written before its last page is served', async () => {
    const folder = mkdtempSync(path.join(dir, 'aws-'));
    const items = Array.from({ length: 650 }, (_, i) => volume({ id: `vol-${String(i).padStart(5, '0')}`, encrypted: true }));
    let pages = 0;
    let before: number | undefined;
    // 100 items a page: the seventh page is the last.
    const s = await startAwsServer(
      { callerAccount: ACCOUNT, items },
      {
        beforeAnswer: async (call) => {
          if (call.operation === 'SelectResourceConfig' && String(call.body.Expression).includes('AWS::EC2::Volume') && ++pages === 7) before = await heldUntil(folder, 300);
        },
      },
    );
    try {
      const r = await cliAsync(
        ['scan', '--aws', '--aws-region', 'eu-west-3', '--format', 'sarif', '--output', path.join(folder, 'live.sarif'), '--inventory-out', path.join(folder, 'inventory.jsonl'), '--fail-on', 'none', '--source-root', folder],
        {
          env: {
            CLDSCAN_AWS_ENDPOINT: s.url,
            AWS_ACCESS_KEY_ID: TEST_CREDENTIALS.accessKeyId,
            AWS_SECRET_ACCESS_KEY: TEST_CREDENTIALS.secretAccessKey,
            AWS_REGION: 'eu-west-3',
            AWS_PROFILE: '',
            AWS_CONFIG_FILE: path.join(folder, 'no-config'),
            AWS_SHARED_CREDENTIALS_FILE: path.join(folder, 'no-credentials'),
            CI: '1',
          },
        },
      );
      expect(r.status).toBe(0);
    } finally {
      await s.close();
    }
    expect(pages).toBe(7);
    expect(before).toBeGreaterThanOrEqual(300);
  }, 120_000);
});
