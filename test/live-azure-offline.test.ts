import { INPUT_KINDS } from '../src/cli/composition-root.js';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILTIN_POLICIES } from '../policies/index.js';
import { openDoc, readContext, readInputs } from '../src/input/read-inputs.js';
import { AZURE_INPUT_KINDS } from '../providers/azure/index.js';
import { scan } from '../src/scan.js';
import { DEFAULT_SETTINGS } from '../src/settings.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '..');
const FIXTURES = path.join(here, 'fixtures/azure');
const CORPUS = path.resolve(ROOT, '../shared/corpus/inventory');
const fixture = (name: string) => path.join(FIXTURES, name);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'cldscan-azure-offline-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function scanFiles(...inputs: string[]) {
  return scan({ kinds: INPUT_KINDS, inputs, sourceRoot: ROOT, settings: DEFAULT_SETTINGS, policies: BUILTIN_POLICIES });
}

/** `policy status` per resource name (last id segment). */
async function verdicts(...inputs: string[]): Promise<Record<string, string[]>> {
  const report = await scanFiles(...inputs);
  const out: Record<string, string[]> = {};
  for (const f of report.findings) (out[f.resource.id.split('/').pop()!] ??= []).push(`${f.policy} ${f.status}`);
  for (const list of Object.values(out)) list.sort();
  return out;
}

async function kinds(file: string): Promise<string[]> {
  return (await readInputs([file], INPUT_KINDS, readContext(ROOT))).inputs.map((i) => i.kind);
}

describe('offline Azure: az graph query output', () => {
  it('reads the object array of `az graph query -o json` ({count, data, skip_token, total_records})', async () => {
    expect(await kinds(fixture('graph-query.json'))).toEqual(['azure-resource-graph']);
    const v = await verdicts(fixture('graph-query.json'));
    expect(v['nsg-jump']).toEqual(['admin-network-exposure fail']);
    expect(v['aks-hosting']).toEqual(['admin-network-exposure pass', 'data-residency pass']);
    expect(v['log-hosting-prod']).toEqual(['data-residency pass', 'encryption-at-rest pass', 'log-retention fail']);
    expect(v['sthostingdocs']).toEqual(['backups unknown', 'data-residency pass', 'encryption-at-rest pass', 'public-storage pass', 'tls-in-transit pass']);
    expect(v['vm-app-data']).toEqual(['backups unknown', 'data-residency pass', 'encryption-at-rest pass']);
    // Graph does not carry TDE: the database is unknown, never encrypted by assumption.
    expect(v['orders']).toEqual(['backups unknown', 'data-residency pass', 'encryption-at-rest unknown']);
    // Public PostgreSQL server whose firewall rules are not in the file: unknown.
    expect(v['psql-hosting-prod']).toEqual(['admin-network-exposure unknown', 'backups pass', 'data-residency pass', 'encryption-at-rest pass', 'tls-in-transit unknown']);
    expect(v['sql-hosting-prod']).toEqual(['admin-network-exposure pass', 'data-residency pass', 'tls-in-transit pass']);
  });

  it('reads the older table format ({columns, rows}) of the Resource Graph REST response', async () => {
    expect(await kinds(fixture('graph-table.json'))).toEqual(['azure-resource-graph']);
    const v = await verdicts(fixture('graph-table.json'));
    // HTTP allowed and no minimum TLS version set.
    expect(v['stlegacyexports']).toEqual(['backups unknown', 'data-residency fail', 'encryption-at-rest pass', 'public-storage unknown', 'tls-in-transit fail']);
    expect(v['nsg-legacy']).toEqual(['admin-network-exposure fail']);
    expect(v['vm-legacy']).toEqual(['backups unknown', 'data-residency fail', 'encryption-at-rest fail']);
  });

  it('gives the same resources from both result formats of the same rows', async () => {
    const doc = JSON.parse(readFileSync(fixture('graph-query.json'), 'utf8')) as { data: Array<Record<string, unknown>> };
    const columns = [...new Set(doc.data.flatMap((r) => Object.keys(r)))];
    const table = { totalRecords: doc.data.length, count: doc.data.length, resultTruncated: 'false', data: { columns: columns.map((name) => ({ name, type: 'object' })), rows: doc.data.map((r) => columns.map((c) => r[c] ?? null)) } };
    const file = path.join(tmp, 'as-table.json');
    writeFileSync(file, JSON.stringify(table));
    const a = await scanFiles(fixture('graph-query.json'));
    const b = await scanFiles(file);
    const strip = (r: typeof a) => r.findings.map((f) => ({ ...f, location: null, input: '' }));
    expect(strip(b)).toEqual(strip(a));
  });

  it('joins Defender for Cloud MFA assessments to their subscription, current or deprecated', async () => {
    const report = await scanFiles(fixture('defender-mfa.json'));
    const mfa = report.findings.filter((f) => f.policy === 'admin-mfa').map((f) => `${f.resource.id} ${f.status}`).sort();
    expect(mfa).toEqual(['/subscriptions/3f2a5c1e-8b7d-4e6f-9a0b-1c2d3e4f5a6b pass', '/subscriptions/7c9e1a2b-3d4f-4a5b-8c6d-9e0f1a2b3c4d fail']);
    expect(report.categories).toEqual(['azure/3f2a5c1e-8b7d-4e6f-9a0b-1c2d3e4f5a6b', 'azure/7c9e1a2b-3d4f-4a5b-8c6d-9e0f1a2b3c4d']);
  });
});

describe('offline Azure: ARM resource JSON', () => {
  it('reads one resource (a REST GET body)', async () => {
    expect(await kinds(fixture('arm-storage-account.json'))).toEqual(['azure-arm']);
    const report = await scanFiles(fixture('arm-storage-account.json'));
    expect(report.findings.map((f) => `${f.policy} ${f.status}`).sort()).toEqual(['backups unknown', 'data-residency pass', 'encryption-at-rest pass', 'public-storage pass', 'tls-in-transit pass']);
    expect(report.findings.find((f) => f.policy === 'encryption-at-rest')).toMatchObject({ messageId: 'customerKey', data: { service: 'storage account' } });
    expect(report.findings[0]!.location).toEqual({ uri: 'test/fixtures/azure/arm-storage-account.json', line: 1 });
  });

  it('reads a {value: [...]} list, each resource pointing at its own line', async () => {
    const report = await scanFiles(fixture('arm-nsg-list.json'));
    const byName = new Map(report.findings.map((f) => [f.resource.id.split('/').pop(), f]));
    expect(byName.get('nsg-jump')?.status).toBe('fail');
    // An allow from `*` on 22 is shadowed for the internet by the deny at a lower priority; the outbound rule is ignored.
    expect(byName.get('nsg-app')?.status).toBe('pass');
    const text = readFileSync(fixture('arm-nsg-list.json'), 'utf8').split('\n');
    expect(text[byName.get('nsg-app')!.location!.line]).toContain('"id"');
  });

  it('reads JSON lines and joins a database to its TDE child and its server\'s protector, and a server to its firewall rules', async () => {
    expect(await kinds(fixture('arm-sql.jsonl'))).toEqual(['azure-arm']);
    const report = await scanFiles(fixture('arm-sql.jsonl'));
    const r = (name: string, policy: string) => report.findings.find((f) => f.resource.id.endsWith(name) && f.policy === policy);
    expect(r('/databases/reporting', 'encryption-at-rest')?.status).toBe('fail');
    expect(r('/databases/staging', 'encryption-at-rest')?.status).toBe('unknown');
    expect(r('/databases/staging', 'encryption-at-rest')?.settle).toContain('transparentDataEncryption');
    // Only some firewall rules are in the file, but one of them opens the internet.
    expect(r('/servers/sql-reporting', 'admin-network-exposure')?.status).toBe('fail');
    expect(r('/databases/reporting', 'encryption-at-rest')?.location?.line).toBe(3);
  });

  it('reads the flattened output of az … list (properties at the top level)', async () => {
    const v = await verdicts(fixture('az-storage-account-list.json'));
    // HTTPS only, but TLS 1.0 accepted.
    expect(v['stlegacybackup']).toEqual(['backups unknown', 'data-residency pass', 'encryption-at-rest pass', 'public-storage pass', 'tls-in-transit fail']);
    // brazilsouth replicates to southcentralus: both outside the allowed countries.
    expect(v['stlegacyuploads']).toEqual(['backups unknown', 'data-residency fail', 'encryption-at-rest pass', 'public-storage pass', 'tls-in-transit fail']);
  });

  it('reads subscription diagnostic settings; the retention of a destination not in the input stays unknown', async () => {
    const report = await scanFiles(fixture('activity-log-settings.json'));
    const log = report.findings.find((f) => f.policy === 'log-retention');
    expect(log?.status).toBe('unknown');
    expect(log?.settle).toContain('Log Analytics workspace');
    // A subscription seen without Defender data: MFA unknown, never assumed.
    expect(report.findings.find((f) => f.policy === 'admin-mfa')?.status).toBe('unknown');
  });

  it('joins an activity-log export to its destination workspace in the same input', async () => {
    const settings = JSON.parse(readFileSync(fixture('activity-log-settings.json'), 'utf8')) as { value: unknown[] };
    const graph = JSON.parse(readFileSync(fixture('graph-query.json'), 'utf8')) as { data: unknown[] };
    const file = path.join(tmp, 'joined.json');
    writeFileSync(file, JSON.stringify([...settings.value, ...graph.data]));
    const report = await scanFiles(file);
    const log = report.findings.find((f) => f.policy === 'log-retention' && f.resource.id.startsWith('/subscriptions/') && !f.resource.id.includes('/resourceGroups/'));
    expect(log?.status).toBe('fail');
    expect(log).toMatchObject({ messageId: 'problems', data: { problems: [{ messageId: 'retentionShort', data: { days: 30 } }] } });
  });

  it('reads gzip-compressed inputs', async () => {
    const file = path.join(tmp, 'graph-query.json.gz');
    writeFileSync(file, gzipSync(readFileSync(fixture('graph-query.json'))));
    const a = await verdicts(fixture('graph-query.json'));
    expect(await verdicts(file)).toEqual(a);
  });

  it('does not claim other clouds\' files or unrelated JSON', () => {
    const other = path.join(tmp, 'other.json');
    const claimed = (doc: unknown) => {
      writeFileSync(other, JSON.stringify(doc));
      const opened = openDoc(other);
      return AZURE_INPUT_KINDS.filter((k) => k.detect(opened)).map((k) => k.name);
    };
    expect(claimed({ value: [{ id: 'abc', type: 'thing' }] })).toEqual([]);
    expect(claimed([{ name: '//storage.googleapis.com/projects/_/buckets/b', assetType: 'storage.googleapis.com/Bucket' }])).toEqual([]);
    expect(claimed({ configurationItems: [{ resourceType: 'AWS::S3::Bucket', ARN: 'arn:aws:s3:::b' }] })).toEqual([]);
    expect(claimed({ format_version: '1.2', resource_changes: [] })).toEqual([]);
    expect(claimed({ id: '/subscriptions/x/resourceGroups/g/providers/Microsoft.Web/sites/a', type: 'Microsoft.Web/sites' })).toEqual(['azure-arm']);
    expect(claimed({ count: 0, data: [], skip_token: null, total_records: 0 })).toEqual(['azure-resource-graph']);
  });

  it('gives stable fingerprints across two scans of the same file', async () => {
    const a = await scanFiles(fixture('graph-query.json'));
    const b = await scanFiles(fixture('graph-query.json'));
    expect(b.findings.map((f) => f.fingerprint)).toEqual(a.findings.map((f) => f.fingerprint));
    expect(new Set(a.findings.map((f) => f.fingerprint)).size).toBe(a.findings.length);
  });
});

describe.skipIf(!existsSync(CORPUS))('offline Azure: every sample of ../shared/corpus/inventory', () => {
  const samples = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.startsWith('azure-')) : [];

  it.each(samples)('%s parses as an Azure inventory', async (name) => {
    const file = path.join(CORPUS, name);
    const [kind] = await kinds(file);
    expect(kind).toMatch(/^azure-/);
    const report = await scanFiles(file);
    expect(report.incomplete).toEqual([]);
    for (const f of report.findings) expect(f.category).toMatch(/^azure\//);
  });

  it('reads the facts each sample shows', async () => {
    const v = async (name: string) => verdicts(path.join(CORPUS, name));
    expect((await v('azure-arm-aks-private-cluster.json'))['clustername1']).toContain('admin-network-exposure pass');
    expect((await v('azure-arm-disk.json'))['myManagedDisk']).toContain('encryption-at-rest pass');
    expect((await v('azure-arm-loganalytics-workspace.json'))['oiautorest6685']).toContain('log-retention fail');
    expect((await v('azure-arm-storage-account-cmk.json'))['sto8596']).toContain('encryption-at-rest pass');
    expect((await v('azure-rg-storage-table-format.json'))['cctstoragey6akyqpagdt3o']).toEqual(['backups unknown', 'data-residency fail', 'encryption-at-rest pass', 'public-storage unknown', 'tls-in-transit fail']);
    // TDE child records (2014-04-01 `status`): the databases they describe, master left out.
    const tde = await v('azure-arm-sql-tde-2014-04-01.json');
    // Backup retention is a child resource of the database, not in the file: unknown.
    expect(tde['cctestdb']).toEqual(['backups unknown', 'encryption-at-rest pass']);
    expect(tde['master']).toBeUndefined();
    expect((await v('azure-arm-nsg-list.json'))['c7n-nsg']).toEqual(['admin-network-exposure pass']);
  });
});

if (!existsSync(CORPUS)) console.info(`offline Azure corpus test skipped: ${CORPUS} is absent`);
