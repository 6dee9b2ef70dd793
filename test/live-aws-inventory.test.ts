/**
 * `--inventory-out` of a live AWS scan, read back offline: the same findings, because the file
 * holds every fact the live scan used — the items it judged, the items it only joined with (IAM
 * policies, KMS keys, looked-up buckets), and the account's facts from outside AWS Config (IAM
 * credential report, password policy, root MFA, managed rule results, trail status).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { INPUT_KINDS } from '../src/cli/composition-root.js';
import { BUILTIN_POLICIES } from '../policies/index.js';
import { createAwsSource } from '../providers/aws/live.js';
import type { Finding } from '../src/model/finding.js';
import { scan } from '../src/scan.js';
import { DEFAULT_SETTINGS } from '../src/settings.js';
import { startAwsServer } from './helpers/aws-server.js';
import { estate } from './helpers/aws-estate.js';
import { ACCOUNT } from './helpers/aws-fixtures.js';
import { localOptions } from './helpers/aws-live.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'cldscan-aws-inventory-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A finding as the reports tell it: what, on which resource, with which verdict, message and data. */
const told = (f: Finding) => JSON.stringify([f.policy, f.resource.id, f.status, f.messageId, f.data ?? null, f.outcomes, f.also ?? []]);

describe('live AWS inventory read back offline', () => {
  it('gives the same findings as the live scan, account-level IAM facts included', async () => {
    const server = await startAwsServer(estate());
    const file = path.join(dir, 'inventory.jsonl');
    const common = { kinds: INPUT_KINDS, sourceRoot: dir, settings: DEFAULT_SETTINGS, policies: BUILTIN_POLICIES, keepPasses: true };
    let live;
    try {
      live = await scan({ ...common, inputs: [], live: [createAwsSource(localOptions(server.url, { regions: ['eu-west-3', 'us-east-1'] }))], inventoryOut: file });
    } finally {
      await server.close();
    }
    const offline = await scan({ ...common, inputs: [file] });
    expect(live.incomplete).toEqual([]);
    expect(offline.incomplete).toEqual([]);
    const a = live.findings.map(told).sort();
    const b = offline.findings.map(told).sort();
    expect(a.length).toBeGreaterThan(20);
    expect(b.filter((x) => !a.includes(x))).toEqual([]);
    expect(a.filter((x) => !b.includes(x))).toEqual([]);
    // The account's own findings (root MFA, root keys, password policy) are among them, not unknown.
    const root = offline.findings.filter((f) => f.resource.id === `arn:aws:iam::${ACCOUNT}:root`);
    expect(root.length).toBeGreaterThan(0);
    expect(root.every((f) => f.status !== 'unknown')).toBe(true);
    // The account-level controls of each region read come back from the account record, with their verdicts.
    const controls = offline.findings.filter((f) => f.resource.nativeType === 'AWS::::Account' && f.resource.region !== 'global');
    expect(controls.map((f) => f.resource.id.replace(/^.*:root\//, '')).sort()).toEqual(['config', 'guardduty', 'inspector', 'securityhub'].flatMap((c) => [`${c}/eu-west-3`, `${c}/us-east-1`]).sort());
    expect(controls.every((f) => f.status !== 'unknown')).toBe(true);
  });
});
