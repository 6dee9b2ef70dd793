/**
 * `--inventory-out` writes what the live scan read, redacted as reports are and more: values of
 * secret-named settings (keys, `{name, value}` entries) whatever the resource type, values the
 * scan's plans mark sensitive, credential shapes anywhere. References to a secret store, non-secret
 * settings and the rest of the record are kept, so the file reads back as an inventory.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InventoryWriter } from '../src/live/inventory-out.js';
import { InputRedactors, REDACTED } from '../src/report/redact.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'cldscan-inventory-out-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SECRETS = {
  appSetting: 'S3cr3t-Value-123',
  env: 'tok-abcdef123456',
  key: 'abcDEF123456xyz',
  connection: 'Server=tcp:db;Password=Hunter2-xyz;',
  sensitive: 'plan-sensitive-word-42',
  awsKey: 'AKIAIOSFODNN7EXAMPLE',
};

describe('the inventory written by --inventory-out', () => {
  it('hides secret-named settings of any resource type, sensitive values of the plans and credential shapes; keeps the rest', () => {
    const out = path.join(dir, 'inventory.jsonl');
    const redactors = new InputRedactors(new Map([['plan.json', new Set([SECRETS.sensitive])]]));
    const writer = new InventoryWriter(out, dir, redactors.all);
    const azure = {
      id: '/subscriptions/0/resourceGroups/rg/providers/Microsoft.Web/sites/app',
      type: 'Microsoft.Web/sites',
      properties: {
        siteConfig: {
          appSettings: [
            { name: 'DB_PASSWORD', value: SECRETS.appSetting },
            { name: 'KV_PASSWORD', value: '@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/db)' },
            { name: 'DB_HOST', value: 'db.internal' },
          ],
          connectionStrings: [{ name: 'main', connectionString: SECRETS.connection, type: 'SQLAzure' }],
        },
        tags: { owner: SECRETS.sensitive, note: `key ${SECRETS.awsKey}` },
      },
    };
    const gcp = {
      name: '//cloudfunctions.googleapis.com/projects/p/locations/europe-west9/functions/f',
      assetType: 'cloudfunctions.googleapis.com/CloudFunction',
      resource: { data: { environmentVariables: { API_TOKEN: SECRETS.env, REGION: 'europe-west9', DB_PASSWORD: '${var.db_password}' } } },
    };
    const aws = { resourceType: 'AWS::IAM::User', configuration: { userName: 'ci', client_secret: SECRETS.key, passwordLastUsed: '2026-01-01T00:00:00Z' } };
    for (const record of [azure, gcp, aws]) writer.append(record);
    writer.commit();

    const text = readFileSync(out, 'utf8');
    for (const [what, secret] of Object.entries(SECRETS)) expect(text, what).not.toContain(secret);
    const [a, g, w] = text.trim().split('\n').map((l) => JSON.parse(l));
    expect(a.properties.siteConfig.appSettings).toEqual([
      { name: 'DB_PASSWORD', value: REDACTED },
      { name: 'KV_PASSWORD', value: '@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/db)' },
      { name: 'DB_HOST', value: 'db.internal' },
    ]);
    expect(a.properties.siteConfig.connectionStrings[0]).toEqual({ name: 'main', connectionString: REDACTED, type: 'SQLAzure' });
    expect(a.id).toBe(azure.id);
    expect(g.resource.data.environmentVariables).toEqual({ API_TOKEN: REDACTED, REGION: 'europe-west9', DB_PASSWORD: '${var.db_password}' });
    expect(w.configuration).toEqual({ userName: 'ci', client_secret: REDACTED, passwordLastUsed: '2026-01-01T00:00:00Z' });
    // The records given are not changed: the scan judged them as read.
    expect(azure.properties.siteConfig.appSettings[0]!.value).toBe(SECRETS.appSetting);
  });
});
