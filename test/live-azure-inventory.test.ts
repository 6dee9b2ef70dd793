/**
 * `--inventory-out` of a live Azure scan, read back offline: the same findings, because each line
 * holds a record with what the live scan read beside it (TDE children, protectors, firewall rules,
 * server parameters, site configuration, diagnostic settings and their destinations, Defender
 * assessments and plans, flow logs) as nested `resources`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INPUT_KINDS } from '../src/cli/composition-root.js';
import { BUILTIN_POLICIES } from '../policies/index.js';
import { createAzureSource } from '../providers/azure/live.js';
import type { Finding } from '../src/model/finding.js';
import { scan } from '../src/scan.js';
import { DEFAULT_SETTINGS } from '../src/settings.js';
import { TEST_CREDENTIAL } from './helpers/azure-live.js';
import { fixtureOf, mixedSubscription, policySubscription, SUB_A, SUB_B } from './helpers/azure-estate.js';
import { startAzureServer } from './helpers/azure-server.js';
import { hasOpenssl, makeTestCertificate, type TestCertificate } from './helpers/azure-tls.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'cldscan-azure-inventory-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const available = hasOpenssl('live Azure inventory tests');
let cert: TestCertificate;
beforeAll(() => {
  if (available) cert = makeTestCertificate();
});
afterAll(() => cert?.dispose());

/** A finding as the reports tell it: what, on which resource, with which verdict, message and data. */
const told = (f: Finding) => JSON.stringify([f.policy, f.resource.id, f.status, f.messageId, f.data ?? null, f.outcomes, f.also ?? []]);

describe.skipIf(!available)('live Azure inventory read back offline', () => {
  it('gives the same findings as the live scan', async () => {
    const server = await startAzureServer({ key: cert.key, cert: cert.cert, fixture: fixtureOf({ sub: SUB_A, ...mixedSubscription(SUB_A) }, { sub: SUB_B, ...policySubscription(SUB_B) }) });
    const file = path.join(dir, 'inventory.jsonl');
    const common = { kinds: INPUT_KINDS, sourceRoot: dir, settings: DEFAULT_SETTINGS, policies: BUILTIN_POLICIES, keepPasses: true };
    let live;
    try {
      const src = createAzureSource({ subscriptions: [SUB_A, SUB_B], managementGroups: [], endpoint: server.url, credential: TEST_CREDENTIAL, ca: cert.cert, retry: { baseDelayMs: 20, maxDelayMs: 2000 } });
      live = await scan({ ...common, inputs: [], live: [src], inventoryOut: file });
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
  });
});
