/**
 * Live GCP against a Cloud Asset Inventory that misbehaves the way real endpoints and proxies do:
 * the real AssetServiceClient over REST, small bounds so each fault ends in seconds. Every fault
 * ends the scope's read within its bound and reports it incomplete (an error: exit code 3).
 */
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIVE_LIMITS, type LiveLimits } from '../src/live/guard.js';
import type { Notification } from '../src/model/finding.js';
import { estate, PROJECTS, TOKEN } from './helpers/gcp-estate.js';
import { localGcpSource, startGcpServer, type GcpServer, type Misbehaviour } from './helpers/gcp-server.js';
import { cli } from './helpers/cli.js';

let server: GcpServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const FAST: LiveLimits = { ...DEFAULT_LIVE_LIMITS, connectTimeoutMs: 500, requestTimeoutMs: 500, maxAttempts: 3, maxPages: 50, deadlineMs: 20_000 };
const SCOPE = 'projects/hosting-prod';

async function faulty(misbehaviours: Misbehaviour[], limits: Partial<LiveLimits> = {}) {
  server = await startGcpServer({ token: TOKEN, projects: PROJECTS, assets: estate(), misbehaviours });
  // No maxAttempts of the test's own: --max-attempts applies.
  const source = localGcpSource(server, TOKEN, { scopes: [SCOPE], pageSize: 4, retry: { initialDelayMs: 5, maxDelayMs: 20 } });
  const notes: Notification[] = [];
  const covered: string[] = [];
  let items = 0;
  const started = Date.now();
  for await (const _ of source.scan({
    concurrency: 2,
    notify: (n) => notes.push(n),
    covered: (c) => covered.push(c),
    progress: { advance() {}, finish() {}, close() {} },
    limits: { ...FAST, ...limits },
  })) {
    void _;
    items++;
  }
  return { notes, covered, items, seconds: (Date.now() - started) / 1000, requests: server.requests };
}

/** The project is reported incomplete, and no run of it complete. */
function expectIncomplete(r: Awaited<ReturnType<typeof faulty>>): void {
  expect(r.notes).toEqual([expect.objectContaining({ level: 'error', scope: SCOPE, category: 'gcp/hosting-prod' })]);
  expect(r.covered).toEqual([]);
}

describe('live GCP faults', () => {
  it('a listing whose server accepts and never answers: each try abandoned after the request timeout, then reported', async () => {
    const r = await faulty([{ kind: 'hang', contentType: 'RESOURCE' }]);
    expect(r.seconds).toBeLessThan(6);
    expectIncomplete(r);
    expect(r.requests).toHaveLength(3);
  });

  it('a scope that takes longer than --deadline: stopped at the deadline and reported', async () => {
    const r = await faulty([{ kind: 'hang', contentType: 'RESOURCE' }], { requestTimeoutMs: 30_000, maxAttempts: 8, deadlineMs: 1500 });
    expect(r.seconds).toBeLessThan(5);
    expectIncomplete(r);
    expect(r.notes[0]!.message).toMatch(/--deadline/);
  });

  it('a 200 answer that is not JSON (a proxy page): retried, and read once the real answer comes', async () => {
    const r = await faulty([{ kind: 'notJson', times: 2 }]);
    expect(r.notes).toEqual([]);
    expect(r.covered).toEqual(['gcp/hosting-prod']);
    expect(r.items).toBeGreaterThan(0);
  });

  it('a 200 answer that is never JSON: retried, then reported unread', async () => {
    const r = await faulty([{ kind: 'notJson' }]);
    expect(r.seconds).toBeLessThan(5);
    expectIncomplete(r);
    expect(r.requests).toHaveLength(3);
  });

  it('a connection always cut in the middle of the body: retried, then reported unread', async () => {
    const r = await faulty([{ kind: 'cutBody' }]);
    expect(r.seconds).toBeLessThan(5);
    expectIncomplete(r);
    expect(r.requests).toHaveLength(3);
  });

  it('a page token that comes back: the listing stops at once and is reported', async () => {
    const r = await faulty([{ kind: 'repeatToken', contentType: 'RESOURCE' }]);
    expect(r.seconds).toBeLessThan(5);
    expectIncomplete(r);
    expect(r.notes[0]!.message).toMatch(/continuation token/);
    expect(r.requests.length).toBeLessThanOrEqual(3);
  });

  it('a listing that never ends: cut at --max-pages and reported', async () => {
    const r = await faulty([{ kind: 'endless', contentType: 'RESOURCE' }], { maxPages: 5 });
    expect(r.seconds).toBeLessThan(5);
    expectIncomplete(r);
    expect(r.notes[0]!.message).toMatch(/--max-pages/);
    expect(r.requests.length).toBeLessThanOrEqual(6);
  });
});

describe('live GCP credentials on the command line', () => {
  it('without Application Default Credentials: one line saying what was tried and how to authenticate, exit code 2, no stack trace', () => {
    const r = cli(['scan', '--gcp', '--scope', SCOPE, '--format', 'json'], {
      env: {
        HOME: os.tmpdir(),
        CLOUDSDK_CONFIG: path.join(os.tmpdir(), 'cldscan-no-gcloud'),
        GOOGLE_APPLICATION_CREDENTIALS: '',
        GOOGLE_OAUTH_ACCESS_TOKEN: '',
        // The metadata server: unreachable, as off Google Cloud.
        GCE_METADATA_HOST: '127.0.0.1:9',
        GCE_METADATA_IP: '127.0.0.1:9',
        CLDSCAN_GCP_ENDPOINT: '127.0.0.1:9',
      },
      timeout: 120_000,
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^cldscan: GCP: no Application Default Credentials/m);
    expect(r.stderr).toMatch(/gcloud auth application-default login/);
    expect(r.stderr).not.toMatch(/\bat \S+:\d+|googleauth\.js/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
