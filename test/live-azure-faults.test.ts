/**
 * Live Azure against a Resource Graph that misbehaves the way real endpoints and proxies do: the
 * real clients, small bounds so each fault ends in seconds. Every unreadable page is retried, then
 * its subscription reported incomplete (an error notification: exit code 3), never dropped.
 */
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './helpers/cli.js';
import { DEFAULT_LIVE_LIMITS, type LiveLimits } from '../src/live/guard.js';
import { runLive, type LiveRun } from './helpers/azure-live.js';
import { generatedResources, resourceGroup, subscription, SUB_A } from './helpers/azure-estate.js';
import type { AzureFixture, Faults } from './helpers/azure-server.js';
import { hasOpenssl, makeTestCertificate, type TestCertificate } from './helpers/azure-tls.js';

const available = hasOpenssl('live Azure fault tests');
let cert: TestCertificate;
beforeAll(() => {
  if (available) cert = makeTestCertificate();
});
afterAll(() => cert?.dispose());

const ONLY_A = { subscriptions: [SUB_A], managementGroups: [] };
const FAST: LiveLimits = { ...DEFAULT_LIVE_LIMITS, connectTimeoutMs: 500, requestTimeoutMs: 500, maxAttempts: 3, maxPages: 50, deadlineMs: 20_000 };
const fixture = (n: number): AzureFixture => ({ subscriptions: { [SUB_A]: { containers: [subscription(SUB_A), resourceGroup(SUB_A, 'rg-0000')], resources: generatedResources(SUB_A, n), assessments: [] } } });
const resourcePages = (run: LiveRun) => run.server.log.filter((l) => l.method === 'POST' && l.body?.query?.startsWith('resources'));
const errors = (run: LiveRun) => run.notifications.filter((n) => n.level === 'error');

async function faulty(faults: Faults, limits: Partial<LiveLimits> = {}, n = 250) {
  const started = Date.now();
  const run = await runLive(cert, fixture(n), ONLY_A, { faults, pageSize: 100, retry: { baseDelayMs: 20, maxDelayMs: 2000 }, limits: { ...FAST, ...limits } });
  return { run, seconds: (Date.now() - started) / 1000 };
}

/** The subscription is reported incomplete, by its scope and category, for the resources listing. */
function expectIncomplete(run: LiveRun): void {
  expect(errors(run)).toEqual([expect.objectContaining({ level: 'error', scope: `subscription ${SUB_A}`, category: `azure/${SUB_A}`, message: expect.stringMatching(/^resources could not be read/) })]);
}

describe.skipIf(!available)('live Azure faults', () => {
  it('a page whose server accepts and never answers: abandoned after the idle timeout and the attempts, reported unread', async () => {
    const { run, seconds } = await faulty({ hang: { table: 'resources' } });
    expect(seconds).toBeLessThan(6);
    expectIncomplete(run);
    expect(resourcePages(run)).toHaveLength(3);
  });

  it('a subscription that takes longer than --deadline: stopped at the deadline and reported', async () => {
    const { run, seconds } = await faulty({ hang: { table: 'resources' } }, { requestTimeoutMs: 30_000, maxAttempts: 8, deadlineMs: 1500 });
    expect(seconds).toBeLessThan(5);
    expectIncomplete(run);
    expect(errors(run)[0]!.message).toMatch(/--deadline/);
  });

  it('a 200 answer that is not JSON (a proxy page): retried, and read once the real answer comes', async () => {
    const { run } = await faulty({ notJson: { table: 'resources', times: 2 } });
    expect(errors(run)).toEqual([]);
    expect(run.items).toHaveLength(252);
  });

  it('a 200 answer that is never JSON: retried, then reported unread, never taken for an empty page', async () => {
    const { run, seconds } = await faulty({ notJson: { table: 'resources' } });
    expect(seconds).toBeLessThan(5);
    expectIncomplete(run);
    expect(errors(run)[0]!.message).toMatch(/UNREADABLE_ANSWER/);
    expect(resourcePages(run)).toHaveLength(3);
    expect(run.items.filter((i) => i.resource.nativeType !== 'microsoft.resources/subscriptions' && !/resourcegroups/i.test(i.resource.nativeType))).toEqual([]);
  });

  it('a connection cut in the middle of the body: retried, then read', async () => {
    const { run } = await faulty({ cutBody: { table: 'resources', times: 1 } });
    expect(errors(run)).toEqual([]);
    expect(run.items).toHaveLength(252);
  });

  it('a connection always cut in the middle of the body: retried, then reported unread', async () => {
    const { run, seconds } = await faulty({ cutBody: { table: 'resources' } });
    expect(seconds).toBeLessThan(5);
    expectIncomplete(run);
    expect(resourcePages(run)).toHaveLength(3);
  });

  it('a $skipToken that comes back: the listing stops at once and is reported', async () => {
    const { run, seconds } = await faulty({ repeatToken: { table: 'resources' } });
    expect(seconds).toBeLessThan(5);
    expectIncomplete(run);
    expect(errors(run)[0]!.message).toMatch(/continuation token/);
    expect(resourcePages(run)).toHaveLength(2);
  });

  it('a listing that never ends: cut at --max-pages and reported', async () => {
    const { run, seconds } = await faulty({ endless: { table: 'resources' } }, { maxPages: 5 });
    expect(seconds).toBeLessThan(5);
    expectIncomplete(run);
    expect(errors(run)[0]!.message).toMatch(/--max-pages/);
    // The next page is asked for while one is judged: one request ahead at most.
    expect(resourcePages(run).length).toBeLessThanOrEqual(6);
  });

  it('429 with Retry-After: waits as asked, with no more attempts than --max-attempts', async () => {
    const { run } = await faulty({ retryAfter: { count: 2, seconds: 1 } });
    expect(errors(run)).toEqual([]);
    const posts = run.server.log.filter((l) => l.method === 'POST');
    expect(posts[1]!.at - posts[0]!.at).toBeGreaterThanOrEqual(950);
    expect(posts[2]!.at - posts[1]!.at).toBeGreaterThanOrEqual(950);
    const endless = await faulty({ retryAfter: { count: 1_000_000, seconds: 1 } }, { maxAttempts: 2 });
    expect(endless.seconds).toBeLessThan(5);
    expect(errors(endless.run)).toEqual([expect.objectContaining({ level: 'error', category: `azure/${SUB_A}` })]);
    expect(endless.run.server.log.filter((l) => l.method === 'POST')).toHaveLength(2);
  });
});

describe('live Azure credentials on the command line', () => {
  it('without any credential: one line naming what DefaultAzureCredential tried and how to sign in, exit code 2, no stack trace', () => {
    const r = cli(['scan', '--azure', '--subscription', SUB_A, '--format', 'json'], {
      env: {
        HOME: os.tmpdir(),
        AZURE_CLIENT_ID: '',
        AZURE_TENANT_ID: '',
        AZURE_CLIENT_SECRET: '',
        AZURE_FEDERATED_TOKEN_FILE: '',
        IDENTITY_ENDPOINT: '',
        IDENTITY_HEADER: '',
        MSI_ENDPOINT: '',
        CLDSCAN_AZURE_ENDPOINT: 'https://127.0.0.1:9',
      },
      timeout: 120_000,
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/managed identity/);
    expect(r.stderr).toMatch(/az login/);
    expect(r.stderr).not.toMatch(/\bat \S+:\d+/);
  });
});
