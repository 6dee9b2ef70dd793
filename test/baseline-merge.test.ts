import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './helpers/cli.js';
import { UserError } from '../src/errors.js';
import { mergeReports } from '../src/merge.js';
import { loadBaseline } from '../src/baseline.js';
import { evidenceOfReport } from '../src/compliance/evidence.js';
import { buildPlan } from './helpers/plan-builder.js';
import { VOLUME_BACKUPS } from './helpers/report-estate.js';
import { validateSarif } from './helpers/sarif-validate.js';

let dir: string;
const file = (n: string) => path.join(dir, n);
const volume = (name: string) => ({ address: `aws_ebs_volume.${name}`, values: { availability_zone: 'eu-west-3a', encrypted: false, size: 10 }, unknown: { id: true } });
const group = { address: 'aws_cloudwatch_log_group.app', values: { name: '/app', retention_in_days: 30 }, unknown: { arn: true, id: true } };

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'cldscan-baseline-'));
  writeFileSync(file('before.json'), JSON.stringify(buildPlan([volume('old'), ...VOLUME_BACKUPS])));
  writeFileSync(file('after.json'), JSON.stringify(buildPlan([volume('old'), volume('new'), ...VOLUME_BACKUPS])));
  writeFileSync(file('logs.json'), JSON.stringify(buildPlan([group])));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const scan = (args: string[]) => cli(['scan', ...args, '--source-root', dir]);

describe('--baseline and --new-only', () => {
  // As in CI: the plan is written to the same path on every run (fingerprints are scoped by it when no .tf is found).
  const plan = (which: string) => {
    writeFileSync(file('plan.json'), readFileSync(file(which)));
    return file('plan.json');
  };

  beforeAll(() => {
    expect(scan([plan('before.json'), '--format', 'json', '--output', file('baseline.json'), '--fail-on', 'none']).status).toBe(0);
    expect(scan([plan('before.json'), '--format', 'sarif', '--output', file('baseline.sarif'), '--fail-on', 'none']).status).toBe(0);
  });

  it('marks findings new or unchanged against a JSON or SARIF baseline', () => {
    for (const baseline of ['baseline.json', 'baseline.sarif']) {
      const r = scan([plan('after.json'), '--baseline', file(baseline), '--format', 'json', '--fail-on', 'none']);
      const findings = (JSON.parse(r.stdout) as { findings: Array<{ resource: { id: string }; policy: string; baseline?: string }> }).findings.filter((f) => f.policy === 'encryption-at-rest');
      expect(findings.find((f) => f.resource.id === 'aws_ebs_volume.old')?.baseline).toBe('unchanged');
      expect(findings.find((f) => f.resource.id === 'aws_ebs_volume.new')?.baseline).toBe('new');
    }
  });

  it('reports and fails only on new findings with --new-only', () => {
    expect(scan([plan('before.json'), '--baseline', file('baseline.json'), '--new-only', '--format', 'json']).status).toBe(0);
    const r = scan([plan('after.json'), '--baseline', file('baseline.json'), '--new-only', '--format', 'json']);
    expect(r.status).toBe(1);
    const doc = JSON.parse(r.stdout) as { findings: Array<{ resource: { id: string }; status: string }>; summary: { inBaseline: number } };
    expect(doc.findings.filter((f) => f.status !== 'pass').map((f) => f.resource.id)).toEqual(['aws_ebs_volume.new']);
    expect(doc.summary.inBaseline).toBe(1);
  });

  it('counts the baseline\'s failures and unknowns the scan no longer has as fixed, per severity, from a JSON or a SARIF baseline', () => {
    const had = (JSON.parse(readFileSync(file('baseline.json'), 'utf8')) as { findings: Array<{ status: string; severity: 'critical' | 'high' | 'medium' | 'low' }> }).findings.filter((f) => f.status !== 'pass');
    expect(had.length).toBeGreaterThan(0);
    const gone = { critical: 0, high: 0, medium: 0, low: 0 };
    for (const f of had) gone[f.severity]++;
    for (const baseline of ['baseline.json', 'baseline.sarif']) {
      const fixed = (args: string) => (JSON.parse(scan([plan(args), '--baseline', file(baseline), '--format', 'json', '--fail-on', 'none']).stdout) as { summary: { fixed: unknown } }).summary.fixed;
      expect(fixed('logs.json'), baseline).toEqual(gone);
      expect(fixed('after.json'), baseline).toEqual({ critical: 0, high: 0, medium: 0, low: 0 });
    }
  });

  it('writes SARIF baselineState', () => {
    const out = file('after.sarif');
    scan([plan('after.json'), '--baseline', file('baseline.sarif'), '--format', 'sarif', '--output', out, '--fail-on', 'none']);
    const results = JSON.parse(readFileSync(out, 'utf8')).runs[0].results as Array<{ baselineState: string; locations: unknown }>;
    expect(results.map((x) => x.baselineState).sort()).toEqual(['new', 'unchanged']);
    expect(validateSarif([out])).toEqual([]);
  });

  it('refuses --new-only without a baseline, and a baseline that is not a report', () => {
    expect(scan([file('after.json'), '--new-only']).stderr).toContain('--new-only needs --baseline');
    expect(scan([file('after.json'), '--baseline', file('after.json')]).stderr).toContain('not a cldscan JSON or SARIF report');
  });
});

describe('cldscan merge', () => {
  it('merges SARIF runs of the same category, deduplicated, and keeps it valid', () => {
    scan([file('after.json'), '--format', 'sarif', '--output', file('a.sarif'), '--fail-on', 'none']);
    scan([file('logs.json'), '--format', 'sarif', '--output', file('b.sarif'), '--fail-on', 'none']);
    const r = cli(['merge', file('a.sarif'), file('b.sarif'), file('a.sarif'), '--output', file('merged.sarif')]);
    expect(r.status).toBe(0);
    const merged = JSON.parse(readFileSync(file('merged.sarif'), 'utf8'));
    expect(merged.runs).toHaveLength(1);
    const a = JSON.parse(readFileSync(file('a.sarif'), 'utf8')).runs[0].results.length;
    const b = JSON.parse(readFileSync(file('b.sarif'), 'utf8')).runs[0].results.length;
    expect(merged.runs[0].results).toHaveLength(a + b);
    expect(validateSarif([file('merged.sarif')])).toEqual([]);
  });

  it('merges JSON reports and recounts the summary', () => {
    scan([file('after.json'), '--format', 'json', '--output', file('a.json'), '--fail-on', 'high']);
    scan([file('logs.json'), '--format', 'json', '--output', file('b.json'), '--fail-on', 'high']);
    const r = cli(['merge', file('a.json'), file('b.json'), file('b.json')]);
    const doc = JSON.parse(r.stdout) as { findings: unknown[]; summary: { byStatus: { fail: number }; failed: boolean; resources: number } };
    const a = JSON.parse(readFileSync(file('a.json'), 'utf8'));
    const b = JSON.parse(readFileSync(file('b.json'), 'utf8'));
    expect(doc.findings).toHaveLength(a.findings.length + b.findings.length);
    expect(doc.summary.byStatus.fail).toBe(a.summary.byStatus.fail + b.summary.byStatus.fail);
    expect(doc.summary.failed).toBe(true);
  });

  it('refuses reports that are not what they claim, as merge, --baseline and report read them: one line, exit code 2', () => {
    const tool = { driver: { name: 'cldscan', version: '1' } };
    const shapes: Record<string, unknown> = {
      'null-runs': { version: '2.1.0', runs: null },
      'a-null-run': { version: '2.1.0', runs: [null] },
      'results-not-an-array': { version: '2.1.0', runs: [{ tool, results: {} }] },
      'a-null-result': { version: '2.1.0', runs: [{ tool, results: [null] }] },
      'a-numeric-rule': { version: '2.1.0', runs: [{ tool, results: [{ ruleId: 5 }] }] },
      'null-fingerprints': { version: '2.1.0', runs: [{ tool, results: [{ ruleId: 'x', partialFingerprints: null }] }] },
      'invocations-not-an-array': { version: '2.1.0', runs: [{ tool, invocations: {} }] },
      'a-null-notification': { version: '2.1.0', runs: [{ tool, invocations: [{ toolExecutionNotifications: [null] }] }] },
      'null-findings': { tool: { name: 'cldscan' }, findings: null, summary: {} },
      'a-null-finding': { tool: { name: 'cldscan' }, findings: [null], summary: {} },
      'a-numeric-fingerprint': { tool: { name: 'cldscan' }, findings: [{ status: 'fail', severity: 'high', fingerprint: 5 }], summary: {} },
      'a-null-summary': { tool: { name: 'cldscan' }, findings: [], summary: null },
    };
    const refusal = (fn: () => unknown): string => {
      try {
        fn();
      } catch (err) {
        expect(err).toBeInstanceOf(UserError);
        return (err as Error).message;
      }
      throw new Error('not refused');
    };
    for (const [name, doc] of Object.entries(shapes)) {
      const bad = file(`${name}.json`);
      writeFileSync(bad, JSON.stringify(doc));
      for (const read of [() => mergeReports([bad, file('a.json')]), () => loadBaseline(bad), () => evidenceOfReport(bad)]) {
        expect(refusal(read), name).toMatch(new RegExp(`${name}\\.json: [^\\n]+$`));
      }
    }
    // The command line, once for each reader.
    for (const args of [['merge', file('null-runs.json'), file('a.sarif')], ['scan', file('after.json'), '--source-root', dir, '--baseline', file('results-not-an-array.json')], ['report', file('a-null-finding.json'), '--format', 'json']]) {
      const r = cli(args);
      expect(r.status, args[0]).toBe(2);
      expect(r.stderr.trim(), args[0]).toMatch(/^cldscan: [^\n]*\.json: [^\n]+$/);
    }
  });

  it('refuses to mix kinds', () => {
    const r = cli(['merge', file('a.sarif'), file('a.json')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('all SARIF or all cldscan JSON');
  });
});
