import { createAzureSource, type LiveOptions } from '../../providers/azure/live.js';
import type { Notification } from '../../src/model/finding.js';
import type { Shard } from '../../src/live/shard.js';
import type { LiveItem } from '../../src/live/source.js';
import type { LiveLimits } from '../../src/live/guard.js';
import { startAzureServer, type AzureFixture, type AzureServer, type Faults } from './azure-server.js';
import type { TestCertificate } from './azure-tls.js';

/** A credential for tests: what the bearer-token policy needs, nothing more. */
export const TEST_CREDENTIAL = {
  getToken: async () => ({ token: 'test-token', expiresOnTimestamp: Date.now() + 3600_000 }),
};

export interface LiveRun {
  items: LiveItem[];
  notifications: Notification[];
  covered: string[];
  progress: Array<{ scope: string; outcome: string }>;
  server: AzureServer;
}

/** Runs the real Azure source (real SDK clients) against a local server with this fixture; the server is closed afterwards. */
export async function runLive(
  cert: TestCertificate,
  fixture: AzureFixture,
  scope: Pick<LiveOptions, 'subscriptions' | 'managementGroups'>,
  opts: { faults?: Faults; concurrency?: number; pageSize?: number; retry?: LiveOptions['retry']; shard?: Shard; limits?: LiveLimits } = {},
): Promise<LiveRun> {
  const server = await startAzureServer({ key: cert.key, cert: cert.cert, fixture, ...(opts.faults ? { faults: opts.faults } : {}) });
  try {
    const source = createAzureSource({
      ...scope,
      endpoint: server.url,
      credential: TEST_CREDENTIAL,
      ca: cert.cert,
      retry: opts.retry ?? { baseDelayMs: 20, maxDelayMs: 2000 },
      ...(opts.pageSize ? { pageSize: opts.pageSize } : {}),
    });
    const run: LiveRun = { items: [], notifications: [], covered: [], progress: [], server };
    for await (const item of source.scan({
      concurrency: opts.concurrency ?? 4,
      notify: (n) => run.notifications.push(n),
      covered: (c) => run.covered.push(c),
      progress: { advance() {}, finish: (s, outcome) => run.progress.push({ scope: s, outcome }), close() {} },
      ...(opts.shard ? { shard: opts.shard } : {}),
      ...(opts.limits ? { limits: opts.limits } : {}),
    })) {
      run.items.push(item);
    }
    return run;
  } finally {
    await server.close();
  }
}
