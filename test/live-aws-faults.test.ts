/**
 * Live AWS against servers that misbehave the way real endpoints and proxies do: the real SDK
 * clients, small bounds (timeouts, attempts, pages, deadline) so each fault ends in seconds. Every
 * fault ends the scan within its bound, incomplete (exit code 3), naming what was not read.
 */
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli } from './helpers/cli.js';
import { startAwsServerInWorker } from './helpers/aws-worker.js';
import { TEST_CREDENTIALS } from './helpers/aws-live.js';
import { exitCode } from '../src/cli/run-scan.js';
import { DEFAULT_LIVE_LIMITS, type LiveLimits } from '../src/live/guard.js';
import { startAwsServer, type AwsServer, type Faults } from './helpers/aws-server.js';
import { estate } from './helpers/aws-estate.js';
import { ACCOUNT } from './helpers/aws-fixtures.js';
import { localOptions, scanAws } from './helpers/aws-live.js';

let server: AwsServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const CATEGORY = `aws/${ACCOUNT}`;
const VOLUMES = `${CATEGORY}/eu-west-3/AWS::EC2::Volume`;
const FAST: LiveLimits = { ...DEFAULT_LIVE_LIMITS, connectTimeoutMs: 500, requestTimeoutMs: 500, maxAttempts: 2, maxPages: 50, deadlineMs: 20_000 };

/** A scan of the test estate through a faulty server, with the bounds given (none from the test options: the limits apply). */
async function faulty(faults: Faults, limits: Partial<LiveLimits> = {}) {
  server = await startAwsServer(estate(), faults);
  const { maxAttempts: _a, requestTimeoutMs: _t, ...options } = localOptions(server.url);
  const started = Date.now();
  const report = await scanAws(options, { failOn: 'none' }, { ...FAST, ...limits });
  return { report, seconds: (Date.now() - started) / 1000, calls: server.calls };
}

const listings = (calls: AwsServer['calls'], type: string) => calls.filter((c) => c.operation === 'SelectResourceConfig' && String(c.body.Expression).includes(`resourceType = '${type}'`));

describe('live AWS faults', () => {
  it('a listing whose server accepts and never answers: abandoned after the request timeout and the attempts, reported unread', async () => {
    const { report, seconds, calls } = await faulty({ hang: ['SelectResourceConfig/AWS::EC2::Volume'] });
    expect(seconds).toBeLessThan(6);
    expect(exitCode(report)).toBe(3);
    expect(report.incomplete.map((n) => n.scope)).toEqual([VOLUMES]);
    expect(listings(calls, 'AWS::EC2::Volume')).toHaveLength(2);
    // The rest of the account is judged.
    expect(report.findings.some((f) => f.resource.id.includes(':s3:::'))).toBe(true);
    expect(report.findings.some((f) => f.resource.id.includes(':volume/'))).toBe(false);
  });

  it('an account that takes longer than --deadline: every call stops at the deadline, and the account is reported incomplete', async () => {
    const { report, seconds } = await faulty({ hang: ['SelectResourceConfig'] }, { requestTimeoutMs: 30_000, maxAttempts: 8, deadlineMs: 1500 });
    expect(seconds).toBeLessThan(5);
    expect(exitCode(report)).toBe(3);
    const scopes = report.incomplete.map((n) => n.scope);
    expect(scopes).toContain(CATEGORY);
    expect(scopes).toContain(VOLUMES);
    expect(report.incomplete.find((n) => n.scope === CATEGORY)?.message).toMatch(/--deadline/);
  });

  it('a continuation token that comes back: the listing stops at once and is reported', async () => {
    const { report, seconds, calls } = await faulty({ repeatToken: ['SelectResourceConfig/AWS::EC2::Volume'] });
    expect(seconds).toBeLessThan(5);
    expect(exitCode(report)).toBe(3);
    expect(report.incomplete.map((n) => n.scope)).toEqual([VOLUMES]);
    expect(report.incomplete[0]!.message).toMatch(/continuation token/);
    expect(listings(calls, 'AWS::EC2::Volume')).toHaveLength(2);
  });

  it('a listing that never ends: cut at --max-pages and reported', async () => {
    const { report, seconds, calls } = await faulty({ endless: ['SelectResourceConfig/AWS::EC2::Volume'] }, { maxPages: 5 });
    expect(seconds).toBeLessThan(5);
    expect(exitCode(report)).toBe(3);
    expect(report.incomplete.map((n) => n.scope)).toEqual([VOLUMES]);
    expect(report.incomplete[0]!.message).toMatch(/--max-pages/);
    expect(listings(calls, 'AWS::EC2::Volume')).toHaveLength(5);
  });

  it('a 200 answer that is not JSON (a proxy page): retried, then reported unread, never dropped silently', async () => {
    const { report, seconds, calls } = await faulty({ notJson: ['SelectResourceConfig/AWS::EC2::Volume'] });
    expect(seconds).toBeLessThan(5);
    expect(exitCode(report)).toBe(3);
    expect(report.incomplete.map((n) => n.scope)).toEqual([VOLUMES]);
    expect(listings(calls, 'AWS::EC2::Volume')).toHaveLength(2);
  });

  it('a connection cut in the middle of the body: retried, then reported unread', async () => {
    const { report, seconds, calls } = await faulty({ cutBody: ['SelectResourceConfig/AWS::EC2::Volume'] });
    expect(seconds).toBeLessThan(5);
    expect(exitCode(report)).toBe(3);
    expect(report.incomplete.map((n) => n.scope)).toEqual([VOLUMES]);
    expect(listings(calls, 'AWS::EC2::Volume')).toHaveLength(2);
  });

  it('throttling without end (429 with Retry-After): waits as asked between the bounded attempts, then reports the listing', async () => {
    const { report, seconds, calls } = await faulty({ throttle: { 'SelectResourceConfig/AWS::EC2::Volume': 1_000_000 }, retryAfterSeconds: 1 }, { maxAttempts: 3 });
    expect(seconds).toBeLessThan(8);
    expect(exitCode(report)).toBe(3);
    expect(report.incomplete.map((n) => n.scope)).toContain(VOLUMES);
    const tries = listings(calls, 'AWS::EC2::Volume');
    expect(tries).toHaveLength(3);
    for (let i = 1; i < tries.length; i++) expect(tries[i]!.at - tries[i - 1]!.at).toBeGreaterThanOrEqual(900);
  });
});

describe('live AWS bounds on the command line', () => {
  it('--deadline and --request-timeout bound a scan whose listings never answer: exit 3 within the deadline, the account named', async () => {
    const worker = await startAwsServerInWorker(estate(), { hang: ['SelectResourceConfig'] });
    try {
      const started = Date.now();
      const r = cli(['scan', '--aws', '--format', 'json', '--fail-on', 'none', '--deadline', '2s', '--request-timeout', '30s', '--max-attempts', '2'], {
        env: {
          CLDSCAN_AWS_ENDPOINT: worker.url,
          AWS_ACCESS_KEY_ID: TEST_CREDENTIALS.accessKeyId,
          AWS_SECRET_ACCESS_KEY: TEST_CREDENTIALS.secretAccessKey,
          AWS_REGION: 'eu-west-3',
          AWS_CONFIG_FILE: path.join(os.tmpdir(), 'cldscan-no-aws-config'),
          AWS_SHARED_CREDENTIALS_FILE: path.join(os.tmpdir(), 'cldscan-no-aws-credentials'),
          CI: '1',
        },
        timeout: 30_000,
      });
      const seconds = (Date.now() - started) / 1000;
      expect(r.status).toBe(3);
      expect(seconds).toBeLessThan(12);
      const report = JSON.parse(r.stdout) as { summary: { incomplete: Array<{ scope: string; message: string }> } };
      expect(report.summary.incomplete.map((n) => n.scope)).toContain(CATEGORY);
    } finally {
      await worker.close();
    }
  });

  it('refuses a malformed bound, and a bound without a live scan, on one line with exit code 2', () => {
    for (const args of [
      ['scan', '--aws', '--deadline', 'soon'],
      ['scan', '--aws', '--max-pages', '0'],
      ['scan', 'examples', '--request-timeout', '5s'],
    ]) {
      const r = cli(args, { timeout: 30_000 });
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/--(deadline|max-pages|request-timeout)/);
    }
  });

  it('without credentials: one line saying what was tried and how to sign in, exit code 2, no stack trace', () => {
    const r = cli(['scan', '--aws', '--format', 'json'], {
      env: {
        CLDSCAN_AWS_ENDPOINT: 'http://127.0.0.1:9',
        AWS_REGION: 'eu-west-3',
        AWS_ACCESS_KEY_ID: '',
        AWS_SECRET_ACCESS_KEY: '',
        AWS_SESSION_TOKEN: '',
        AWS_PROFILE: '',
        AWS_WEB_IDENTITY_TOKEN_FILE: '',
        AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: '',
        AWS_CONTAINER_CREDENTIALS_FULL_URI: '',
        AWS_EC2_METADATA_DISABLED: 'true',
        AWS_CONFIG_FILE: path.join(os.tmpdir(), 'cldscan-no-aws-config'),
        AWS_SHARED_CREDENTIALS_FILE: path.join(os.tmpdir(), 'cldscan-no-aws-credentials'),
      },
      timeout: 60_000,
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/standard chain/);
    expect(r.stderr).toMatch(/AWS_PROFILE/);
    expect(r.stderr).not.toMatch(/REDACTED|\bat \S+:\d+/);
  });
});
