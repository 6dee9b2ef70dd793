/**
 * `--inventory-out` of a live GCP scan, read back offline: the same findings, because the file holds
 * every Cloud Asset record the live scan judged or joined with (IAM policies, org policies, sinks
 * and their destinations, keys), in the shape the offline reader takes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { INPUT_KINDS } from '../src/cli/composition-root.js';
import { BUILTIN_POLICIES } from '../policies/index.js';
import type { Finding } from '../src/model/finding.js';
import { scan } from '../src/scan.js';
import { DEFAULT_SETTINGS } from '../src/settings.js';
import { PROJECTS, TOKEN } from './helpers/gcp-estate.js';
import { liveEstate, source } from './helpers/gcp-live.js';
import { secret } from './helpers/gcp-policy-estate.js';
import { startGcpServer } from './helpers/gcp-server.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'cldscan-gcp-inventory-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A finding as the reports tell it: what, on which resource, with which verdict, message and data. */
const told = (f: Finding) => JSON.stringify([f.policy, f.resource.id, f.status, f.messageId, f.data ?? null, f.outcomes, f.also ?? []]);

describe('live GCP inventory read back offline', () => {
  it('gives the same findings as the live scan', async () => {
    const secrets = [
      secret('hosting-prod', 'db-password', { userManaged: { replicas: [{ location: 'europe-west9', customerManagedEncryption: { kmsKeyName: 'projects/hosting-prod/locations/europe-west9/keyRings/secrets/cryptoKeys/db' } }, { location: 'europe-west1' }] } }),
      secret('hosting-prod', 'api-token', { automatic: {} }),
    ];
    const server = await startGcpServer({ token: TOKEN, projects: PROJECTS, assets: [...liveEstate(), ...secrets] });
    const file = path.join(dir, 'inventory.jsonl');
    const common = { kinds: INPUT_KINDS, sourceRoot: dir, settings: DEFAULT_SETTINGS, policies: BUILTIN_POLICIES, keepPasses: true };
    let live;
    try {
      live = await scan({ ...common, inputs: [], live: [source(server, { scopes: ['projects/hosting-prod', 'projects/hosting-data'] })], inventoryOut: file });
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
    // Secret Manager secrets read live: Google's key on one replica; automatic replication is global, not EU-only.
    const on = (id: string, policy: string) => live.findings.find((f) => f.resource.id.endsWith(`/secrets/${id}`) && f.policy === policy);
    expect(on('db-password', 'encryption-at-rest')).toMatchObject({ status: 'pass', messageId: 'providerKey' });
    expect(on('db-password', 'data-residency')).toMatchObject({ status: 'pass' });
    expect(on('api-token', 'data-residency')).toMatchObject({ status: 'fail' });
  });
});
