/**
 * The findings spool: a scan that writes its findings to a temporary file as it makes them (the CLI)
 * gives the findings the in-memory evaluation gives, every report written from it (streamed to a file
 * or rendered whole) is byte for byte the report of the same findings in memory, the spool holds
 * findings redacted as reports are, and its file is gone after the run, after an error too.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BUILTIN_POLICIES } from '../policies/index.js';
import { INPUT_KINDS } from '../src/cli/composition-root.js';
import { complianceMatrix, renderCompliance, writeScanCompliance } from '../src/cli/compliance-output.js';
import { evidenceOfScan } from '../src/compliance/evidence.js';
import type { ComplianceFormat } from '../src/compliance/render.js';
import { StagedFile } from '../src/output.js';
import { FindingSpool, releaseFindings } from '../src/report/finding-spool.js';
import { REDACTED } from '../src/report/redact.js';
import { render, writeReport, type Format } from '../src/report/render.js';
import { GITHUB_LIMITS, toSarif, writeSarif } from '../src/report/sarif.js';
import type { ScanReport } from '../src/report/scan-report.js';
import { scan, type ScanRequest } from '../src/scan.js';
import { DEFAULT_SETTINGS, type ScanSettings } from '../src/settings.js';
import type { LiveSource } from '../src/live/source.js';
import { PROJECTS, TOKEN } from './helpers/gcp-estate.js';
import { liveEstate, source } from './helpers/gcp-live.js';
import { startGcpServer } from './helpers/gcp-server.js';
import { CLI, CLI_TIMEOUT_MS } from './helpers/cli.js';
import { buildPlan } from './helpers/plan-builder.js';
import { writeReportEstate } from './helpers/report-estate.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'cldscan-spool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** This process's spool files in the temporary directory. */
const spools = () => readdirSync(os.tmpdir()).filter((f) => f.startsWith(`cldscan-findings-${process.pid}-`));

const FORMATS: Array<{ format: Format; groupBy?: 'file' | 'policy' }> = [{ format: 'sarif' }, { format: 'json' }, { format: 'text' }, { format: 'text', groupBy: 'policy' }, { format: 'markdown' }];
const MATRIX_FORMATS: ComplianceFormat[] = ['json', 'html', 'csv', 'markdown'];

/**
 * The text and Markdown reports sort findings a run of keys at a time, runs beyond the first on disk
 * and merged: the spooled reports are written with runs of 50 (several merged in every scan here),
 * the in-memory ones with one run, as `Array.sort` would.
 */
const sortRuns = (keys: '50' | '') => vi.stubEnv('CLDSCAN_SORT_RUN', keys);

// The matrix states when it was generated: one time for all.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-07T10:00:00Z'));
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.useRealTimers();
});

/**
 * Each format in each language: rendered whole, and streamed to a file, from the spool; then from
 * the same findings in memory. The compliance matrix too, in its formats: written from the spool,
 * a rule's findings at a time, and built in memory.
 */
async function expectSameReports(spooled: ScanReport<FindingSpool>) {
  const inMemory: ScanReport = { ...spooled, findings: [...spooled.findings] };
  for (const lang of ['en', 'fr'] as const) {
    for (const { format, groupBy } of FORMATS) {
      const opts = { color: false, lang, ...(groupBy ? { groupBy } : {}) };
      const name = `${format} ${groupBy ?? ''} ${lang}`;
      sortRuns('');
      const expected = render(inMemory, format, opts);
      sortRuns('50');
      expect(render(spooled, format, opts), name).toBe(expected);
      const file = path.join(dir, `report-${format}-${lang}`);
      const staged = new StagedFile(file);
      await writeReport(staged, spooled, format, opts);
      staged.commit();
      expect(readFileSync(file, 'utf8'), `${name} streamed`).toBe(expected);
    }
    const matrix = complianceMatrix(evidenceOfScan(inMemory), { lang }, inMemory.policies, inMemory.settings.failOn);
    expect(matrix.rules.some((r) => r.findings.length > 1)).toBe(true);
    for (const format of MATRIX_FORMATS) {
      const expected = format === 'json' ? `${JSON.stringify(matrix, null, 2)}\n` : await renderCompliance(matrix, format);
      const file = path.join(dir, `matrix-${lang}.${format}`);
      const staged = new StagedFile(file);
      await writeScanCompliance(staged, spooled, format, { lang });
      staged.commit();
      expect(readFileSync(file, 'utf8'), `matrix ${format} ${lang}`).toBe(expected);
    }
  }
  expect(readdirSync(os.tmpdir()).filter((f) => f.startsWith(`cldscan-sort-${process.pid}-`))).toEqual([]);
}

describe('the findings spool', () => {
  it('gives a plan scan the findings and the reports of the in-memory evaluation', async () => {
    const estate = writeReportEstate(path.join(dir, 'plan'));
    // Some findings waived: the text report lists them apart, the matrix marks them, the summaries count them.
    const waivers: ScanSettings['waivers'] = [{ origin: 'config', targets: ['log-retention'], resource: 'aws_cloudwatch_log_group.*1', justification: 'archived elsewhere', expires: '2099-12-31', where: 'cldscan.yaml waiver #1' }];
    const request: Omit<ScanRequest, 'spool'> = { kinds: INPUT_KINDS, inputs: [estate.plan], sourceRoot: estate.root, settings: { ...DEFAULT_SETTINGS, waivers }, policies: BUILTIN_POLICIES, keepPasses: true };
    const inMemory = await scan(request);
    const spooled = await scan({ ...request, spool: true });
    try {
      expect(spooled.findings.length).toBe(inMemory.findings.length);
      expect([...spooled.findings]).toEqual(inMemory.findings);
      expect(inMemory.findings.filter((f) => f.status !== 'pass').length).toBeGreaterThan(300);
      expect(inMemory.findings.filter((f) => f.suppression).length).toBeGreaterThan(1);
      await expectSameReports(spooled);

      // A SARIF log too large for GitHub is written again with fewer results per run: the same on disk as in memory.
      const limits = { ...GITHUB_LIMITS, gzipBytes: 16 * 1024 };
      const expected = toSarif({ ...spooled, findings: [...spooled.findings] }, 'en', limits);
      expect(expected).toMatch(/at most \d+ results per run are kept/);
      const file = path.join(dir, 'small.sarif');
      const staged = new StagedFile(file);
      await writeSarif(staged, spooled, 'en', limits);
      staged.commit();
      expect(readFileSync(file, 'utf8')).toBe(expected);
    } finally {
      releaseFindings(spooled.findings);
    }
    expect(spools()).toEqual([]);
  });

  it('gives a live scan the findings and the reports of the in-memory evaluation', async () => {
    const server = await startGcpServer({ token: TOKEN, projects: PROJECTS, assets: liveEstate() });
    const request = (): Omit<ScanRequest, 'spool'> => ({
      kinds: INPUT_KINDS,
      inputs: [],
      live: [source(server, { scopes: ['projects/hosting-prod', 'projects/hosting-data'] })],
      sourceRoot: dir,
      settings: DEFAULT_SETTINGS,
      policies: BUILTIN_POLICIES,
      keepPasses: false,
    });
    let inMemory: ScanReport;
    let spooled: ScanReport<FindingSpool>;
    try {
      inMemory = await scan(request());
      spooled = await scan({ ...request(), spool: true });
    } finally {
      await server.close();
    }
    try {
      expect(spooled.incomplete).toEqual([]);
      expect(inMemory.findings.length).toBeGreaterThan(10);
      // Two scans: a scope's listings are read side by side, so its findings may arrive in another order.
      const byContent = (fs: Iterable<unknown>) => [...fs].map((f) => JSON.stringify(f)).sort();
      expect(byContent(spooled.findings)).toEqual(byContent(inMemory.findings));
      expect(spooled.summary).toEqual(inMemory.summary);
      await expectSameReports(spooled);
    } finally {
      releaseFindings(spooled.findings);
    }
    expect(spools()).toEqual([]);
  });

  it('holds findings redacted as the reports are, in a file only its owner reads', async () => {
    // The plan marks its database's master user name, `analytics`, sensitive: it is in the resource's address.
    const plan = path.join(dir, 'sensitive.json');
    writeFileSync(
      plan,
      JSON.stringify(
        buildPlan([
          {
            address: 'aws_db_instance.analytics',
            values: { engine: 'postgres', instance_class: 'db.t3.micro', username: 'analytics', storage_encrypted: false, publicly_accessible: false, backup_retention_period: 7 },
            unknown: { id: true, arn: true, password: true },
            sensitive: { username: true, password: true },
          },
        ]),
      ),
    );
    const report = await scan({ kinds: INPUT_KINDS, inputs: [plan], sourceRoot: dir, settings: DEFAULT_SETTINGS, policies: BUILTIN_POLICIES, spool: true });
    try {
      const file = report.findings.file;
      expect(path.dirname(file)).toBe(os.tmpdir());
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect([...report.findings].length).toBeGreaterThan(0);
      const text = readFileSync(file, 'utf8');
      expect(text).toContain(`aws_db_instance.${REDACTED}`);
      expect(text).not.toContain('analytics');
    } finally {
      releaseFindings(report.findings);
    }
    expect(spools()).toEqual([]);
  });

  it('is removed when the scan fails', async () => {
    const estate = writeReportEstate(path.join(dir, 'failing'));
    // A live source that breaks after the plan's findings are spooled.
    const broken: LiveSource = {
      cloud: 'aws',
      // eslint-disable-next-line require-yield
      async *scan() {
        expect(spools()).toHaveLength(1);
        throw new Error('connection reset');
      },
    } as unknown as LiveSource;
    await expect(scan({ kinds: INPUT_KINDS, inputs: [estate.plan], live: [broken], sourceRoot: estate.root, settings: DEFAULT_SETTINGS, policies: BUILTIN_POLICIES, spool: true })).rejects.toThrow(
      'connection reset',
    );
    expect(spools()).toEqual([]);
  });

  it('leaves nothing behind the CLI, whose reports are the same on standard output as in a file', () => {
    const estate = writeReportEstate(path.join(dir, 'cli'));
    const run = (...args: string[]) => {
      const r = spawnSync(process.execPath, [CLI, 'scan', estate.plan, '--source-root', estate.root, '--fail-on', 'none', ...args], {
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
        timeout: CLI_TIMEOUT_MS,
        // Sorted runs of 50 keys: the text and Markdown reports write (and remove) temporary files.
        env: { ...process.env, CLDSCAN_SORT_RUN: '50' },
      });
      // The child's spool and standard-output files are named after its process id.
      expect(readdirSync(os.tmpdir()).filter((f) => f.includes(`-${r.pid}`) && f.startsWith('cldscan-'))).toEqual([]);
      return r;
    };
    for (const format of ['sarif', 'json', 'text', 'markdown']) {
      const file = path.join(dir, `cli.${format}`);
      expect(run('--format', format, '--output', file, '--report', path.join(dir, 'cli-matrix.json')).status).toBe(0);
      const stdout = run('--format', format);
      expect(stdout.status).toBe(0);
      // The scan's id and time differ from one run to the next; nothing else does.
      const stable = (text: string) => text.replace(/"scanId": "[^"]+"/g, '').replace(/"scanned": "[^"]+"/g, '');
      expect(stable(stdout.stdout)).toBe(stable(readFileSync(file, 'utf8')));
    }
    // A report that cannot be written: exit 2, and still no spool left.
    expect(run('--format', 'sarif', '--output', path.join(dir, 'missing', 'out.sarif')).status).toBe(2);
  });

  it('stops a scan whose findings outgrow its bound with a one-line error', () => {
    const spool = new FindingSpool(2000);
    const finding = { policy: 'p', rules: [], status: 'fail', severity: 'high', message: 'x'.repeat(500), messageId: 'm', resource: { id: 'r', provider: 'aws', nativeType: 't', region: null }, location: null, input: 'i', category: 'terraform', origin: 'plan', evidence: [], outcomes: {}, fingerprint: 'f' } as const;
    try {
      expect(() => {
        for (let i = 0; i < 10; i++) spool.push({ ...finding, rules: [], evidence: [], outcomes: {} });
      }).toThrow(/findings exceed/);
    } finally {
      spool.close();
    }
    expect(spools()).toEqual([]);
  });
});
