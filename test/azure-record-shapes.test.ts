/**
 * Azure record shapes the adapters must read as the APIs return them, offline and live:
 * - ids without a leading slash: the subscription diagnostic settings of api-version
 *   2017-05-01-preview (azure-rest-api-specs, monitor `listSubscriptionDiagnosticSettings.json`:
 *   `"id": "subscriptions/<id>/providers/…/diagnosticSettings/ds4"`), and destinations named that way;
 * - the Subscriptions API body (`GET /subscriptions/{id}?api-version=2022-12-01`, azure-rest-api-specs
 *   `GetSubscription.json`), which has no `type`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_POLICIES, INPUT_KINDS } from '../src/cli/composition-root.js';
import { scan } from '../src/scan.js';
import { DEFAULT_SETTINGS } from '../src/settings.js';
const armId = (s: string) => (/^(subscriptions|providers)\//.test(s) ? `/${s}` : s);
import { runLive } from './helpers/azure-live.js';
import type { Row } from './helpers/azure-server.js';
import { activityExport, fixtureOf, messagingNamespace, mixedSubscription, storageAccount, SUB_A, TENANT, workspace, workspaceBody } from './helpers/azure-estate.js';
import { hasOpenssl, makeTestCertificate, type TestCertificate } from './helpers/azure-tls.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'cldscan-azure-shapes-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const noSlash = (id: string) => id.replace(/^\/+/, '');

/** A subscription diagnostic setting as api-version 2017-05-01-preview lists it: no leading slash on its id or its destinations, `type` null. */
function settingWithoutSlash(name: string, dest: { workspaceId?: string; storageAccountId?: string }) {
  const s = activityExport(SUB_A, name, dest);
  const properties = { ...s.properties } as Record<string, unknown>;
  if (dest.workspaceId) properties.workspaceId = noSlash(dest.workspaceId);
  if (dest.storageAccountId) properties.storageAccountId = noSlash(dest.storageAccountId);
  return { ...s, id: noSlash(s.id), properties };
}

/** `GET /subscriptions/{id}` (2022-12-01): no `type`. */
const subscriptionBody = {
  id: `/subscriptions/${SUB_A}`,
  subscriptionId: SUB_A,
  tenantId: TENANT,
  displayName: 'Hosting production',
  state: 'Enabled',
  subscriptionPolicies: { locationPlacementId: 'Public_2014-09-01', quotaId: 'EnterpriseAgreement_2014-09-01', spendingLimit: 'Off' },
  authorizationSource: 'RoleBased',
  tags: { environment: 'prod' },
};

let files = 0;
async function scanDoc(doc: unknown) {
  const file = path.join(tmp, `${++files}.json`);
  writeFileSync(file, JSON.stringify(doc));
  return scan({ kinds: INPUT_KINDS, inputs: [file], sourceRoot: tmp, settings: DEFAULT_SETTINGS, policies: BUILTIN_POLICIES });
}

describe('Azure resource ids without a leading slash', () => {
  it('armId adds the slash to ARM ids only', () => {
    expect(armId(`subscriptions/${SUB_A}/resourceGroups/g`)).toBe(`/subscriptions/${SUB_A}/resourceGroups/g`);
    expect(armId('providers/Microsoft.Management/managementGroups/mg')).toBe('/providers/Microsoft.Management/managementGroups/mg');
    expect(armId(`/subscriptions/${SUB_A}`)).toBe(`/subscriptions/${SUB_A}`);
    expect(armId('https://kv.vault.azure.net/keys/k')).toBe('https://kv.vault.azure.net/keys/k');
  });

  it('offline: a 2017-05-01-preview setting still joins its subscription and resolves its destination workspace', async () => {
    const ws = workspace(SUB_A, 'rg-logs', 'log-archive', { retention: 400 });
    const report = await scanDoc({ value: [settingWithoutSlash('ds4', { workspaceId: ws.id as string }), workspaceBody(ws)] });
    expect(report.incomplete).toEqual([]);
    const log = report.findings.filter((f) => f.policy === 'log-retention' && f.resource.id === `/subscriptions/${SUB_A}`);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ status: 'pass' });
  });

  it('offline: a destination storage account named without the slash is the account in the same input (protection judged, not unknown)', async () => {
    const account = storageAccount(SUB_A, 'rg-logs', 'starchive');
    const accountId = account.id as string;
    const report = await scanDoc([
      settingWithoutSlash('to-archive', { storageAccountId: accountId }),
      account,
      { id: `${accountId}/blobServices/default/containers/insights-activity-logs`, name: 'insights-activity-logs', type: 'Microsoft.Storage/storageAccounts/blobServices/containers', properties: { hasLegalHold: true, hasImmutabilityPolicy: false } },
    ]);
    expect(report.findings.find((f) => f.policy === 'audit-log-protection' && f.resource.id === `/subscriptions/${SUB_A}`)?.status).toBe('pass');
  });
});

describe('Azure subscription bodies without a type', () => {
  it('offline: the Subscriptions API body alone is read as the subscription', async () => {
    const report = await scanDoc(subscriptionBody);
    expect(report.inputs.map((i) => i.kind)).toEqual(['azure-arm']);
    expect(report.categories).toEqual([`azure/${SUB_A}`]);
    // The subscription is judged (admin MFA unknown without Defender data), never dropped.
    expect(report.findings.find((f) => f.policy === 'admin-mfa')).toMatchObject({ status: 'unknown', resource: { id: `/subscriptions/${SUB_A}`, nativeType: 'microsoft.resources/subscriptions' } });
  });

  it('offline: a list of subscriptions with their diagnostic settings gives one subscription, joined to its settings', async () => {
    const ws = workspace(SUB_A, 'rg-logs', 'log-short', { retention: 30 });
    const report = await scanDoc({ value: [subscriptionBody, settingWithoutSlash('ds4', { workspaceId: ws.id as string }), workspaceBody(ws)] });
    const subs = report.findings.filter((f) => f.policy === 'log-retention' && f.resource.id === `/subscriptions/${SUB_A}`);
    expect(subs).toHaveLength(1);
    expect(subs[0]).toMatchObject({ status: 'fail', messageId: 'problems', data: { problems: [{ messageId: 'retentionShort', data: { days: 30 } }] } });
  });
});

const available = hasOpenssl('live Azure record shape tests');
let cert: TestCertificate;
beforeAll(() => {
  if (available) cert = makeTestCertificate();
});
afterAll(() => cert?.dispose());

describe.skipIf(!available)('live Azure: destinations named without a leading slash', () => {
  it('the activity log is judged from the destinations the settings name, slash or not', async () => {
    const estate = mixedSubscription(SUB_A);
    const key = `/subscriptions/${SUB_A}/providers/Microsoft.Insights/diagnosticSettings`;
    const listed = (estate.arm[key] as { value: Array<{ properties: { workspaceId?: string; storageAccountId?: string } }> }).value;
    estate.arm[key] = { value: listed.map((s) => settingWithoutSlash(s.properties.workspaceId ? 'to-logs' : 'to-archive', s.properties)) };
    const run = await runLive(cert, fixtureOf({ sub: SUB_A, ...estate }), { subscriptions: [SUB_A], managementGroups: [] });
    expect(run.notifications).toEqual([]);
    const sub = run.items.find((i) => i.resource.id === `/subscriptions/${SUB_A}`)!.resource;
    // The 400-day workspace and the archive kept 730 days by its lifecycle rule: both resolved.
    expect(sub.facets.logStore).toMatchObject({ kind: 'diagnostic-setting', retentionDays: 730 });
  });

  it('Event Hubs and Service Bus namespaces: the key from encryption.keySource, the platform key when ARM leaves encryption out, placed by their location', async () => {
    const estate = mixedSubscription(SUB_A);
    const rows = [messagingNamespace(SUB_A, 'rg-msg', 'EventHub', 'evh-cmk', { cmk: true }), messagingNamespace(SUB_A, 'rg-msg', 'ServiceBus', 'sb-platform', { location: 'eastus' })];
    estate.data.resources = [...(estate.data.resources as Row[]), ...rows].sort((a, b) => String(a.id).localeCompare(String(b.id)));
    const run = await runLive(cert, fixtureOf({ sub: SUB_A, ...estate }), { subscriptions: [SUB_A], managementGroups: [] });
    const at = (end: string) => run.items.find((i) => i.resource.id.endsWith(end))!.resource.facets;
    expect(at('namespaces/evh-cmk').storage).toMatchObject({ service: 'Event Hubs namespace', encrypted: 'yes', key: 'customer' });
    expect(at('namespaces/sb-platform').storage).toMatchObject({ service: 'Service Bus namespace', encrypted: 'yes', key: 'provider' });
    expect(at('namespaces/sb-platform').dataLocations?.locations.map((l) => l.region)).toEqual(['eastus']);
  });
});

describe('Azure settings child records', () => {
  const server = `/subscriptions/${SUB_A}/resourceGroups/rg-app/providers/Microsoft.Sql/servers/sql-app`;
  const account = `/subscriptions/${SUB_A}/resourceGroups/rg-app/providers/Microsoft.Storage/storageAccounts/stdata`;
  /** Bodies as the APIs return them (azure-rest-api-specs, Microsoft.Sql 2014-04-01 `FirewallRuleGet.json`, `DatabaseSecurityAlertGet.json`; Microsoft.Storage 2023-05-01 blob service properties; Microsoft.Insights resource diagnostic settings). */
  const settings = [
    { id: `${server}/firewallRules/office`, name: 'office', type: 'Microsoft.Sql/servers/firewallRules', location: 'Japan East', kind: 'v12.0', properties: { startIpAddress: '203.0.113.0', endIpAddress: '203.0.113.255' } },
    { id: `${server}/databases/app/securityAlertPolicies/default`, name: 'default', type: 'Microsoft.Sql/servers/databases/securityAlertPolicies', location: 'Japan East', kind: 'V12', properties: { state: 'Enabled', emailAccountAdmins: 'Enabled', retentionDays: 0, useServerDefault: 'Enabled' } },
    { id: `${server}/auditingSettings/default`, name: 'default', type: 'Microsoft.Sql/servers/auditingSettings', location: 'West US', properties: { state: 'Enabled', retentionDays: 90, isAzureMonitorTargetEnabled: true } },
    { id: `${account}/blobServices/default`, name: 'default', type: 'Microsoft.Storage/storageAccounts/blobServices', location: 'West US', sku: { name: 'Standard_GRS', tier: 'Standard' }, properties: { deleteRetentionPolicy: { enabled: true, days: 7 }, isVersioningEnabled: true } },
    { id: `${account}/providers/microsoft.insights/diagnosticSettings/to-logs`, name: 'to-logs', type: 'Microsoft.Insights/diagnosticSettings', location: 'West US', properties: { logs: [] } },
  ];

  it('give no data-residency finding, offline', async () => {
    const report = await scanDoc({ value: settings });
    expect(report.findings.filter((f) => f.policy === 'data-residency')).toEqual([]);
  });

  it('the data they describe still does: a blob container is data, the blob service is its settings', async () => {
    const report = await scanDoc({ value: [...settings, { id: `${account}/blobServices/default/containers/exports`, name: 'exports', type: 'Microsoft.Storage/storageAccounts/blobServices/containers', location: 'westus', properties: { publicAccess: 'None' } }] });
    expect(report.findings.filter((f) => f.policy === 'data-residency').map((f) => [f.resource.id.split('/').pop(), f.status])).toEqual([['exports', 'fail']]);
  });
});
