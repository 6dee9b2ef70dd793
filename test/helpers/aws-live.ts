import { INPUT_KINDS } from '../../src/cli/composition-root.js';
import { createAwsSource, type LiveOptions } from '../../providers/aws/live.js';
import { BUILTIN_POLICIES } from '../../policies/index.js';
import type { Notification, Finding } from '../../src/model/finding.js';
import type { LiveItem } from '../../src/live/source.js';
import { scan } from '../../src/scan.js';
import type { LiveLimits } from '../../src/live/guard.js';
import { DEFAULT_SETTINGS, type ScanSettings } from '../../src/settings.js';
import { ROOT } from './cli.js';

export const TEST_CREDENTIALS = { accessKeyId: 'AKIDCLDSCANTEST', secretAccessKey: 'cldscan-test-secret' };

/** Options for the real SDK clients against the local server: few attempts so fault tests stay quick. */
export function localOptions(url: string, o: Partial<LiveOptions> = {}): LiveOptions {
  return { regions: ['eu-west-3'], endpoint: url, credentials: TEST_CREDENTIALS, maxAttempts: 4, requestTimeoutMs: 10_000, ...o };
}

export interface Collected {
  items: LiveItem[];
  notifications: Notification[];
  covered: string[];
}

/** Runs the live source alone and keeps everything it yields and reports. */
export async function collect(options: LiveOptions, concurrency = 4): Promise<Collected> {
  const out: Collected = { items: [], notifications: [], covered: [] };
  const source = createAwsSource(options);
  for await (const item of source.scan({
    concurrency,
    notify: (n) => out.notifications.push(n),
    covered: (c) => out.covered.push(c),
    progress: { advance() {}, finish() {}, close() {} },
  })) {
    out.items.push(item);
  }
  return out;
}

/** Runs a whole scan (policies included) of the live source. */
export async function scanAws(options: LiveOptions, settings: Partial<ScanSettings> = {}, liveLimits?: LiveLimits) {
  return scan({
    kinds: INPUT_KINDS,
    inputs: [],
    live: [createAwsSource(options)],
    sourceRoot: ROOT,
    settings: { ...DEFAULT_SETTINGS, ...settings },
    policies: BUILTIN_POLICIES,
    keepPasses: true,
    ...(liveLimits ? { liveLimits } : {}),
  });
}

/** The finding of `policy` on the resource whose id ends with `suffix`. */
export function findingOf(findings: readonly Finding[], policy: string, suffix: string): Finding | undefined {
  return findings.find((f) => f.policy === policy && f.resource.id.endsWith(suffix));
}

export function statusOf(findings: readonly Finding[], policy: string, suffix: string): string {
  return findingOf(findings, policy, suffix)?.status ?? 'none';
}
