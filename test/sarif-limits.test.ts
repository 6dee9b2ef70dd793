import { describe, expect, it } from 'vitest';
import { GITHUB_LIMITS, toSarif } from '../src/report/sarif.js';
import type { ScanReport } from '../src/report/scan-report.js';
import type { Finding } from '../src/model/finding.js';
import { DEFAULT_SETTINGS } from '../src/settings.js';
import { BUILTIN_POLICIES } from '../policies/index.js';
import { TOOL } from '../src/tool.js';
import { judgingSettings } from '../src/scope.js';

function finding(i: number, category: string, severity: Finding['severity'], status: Finding['status'] = 'fail'): Finding {
  const message =
    severity === 'medium'
      ? { policy: 'log-retention', message: 'The S3 bucket keeps logs 30 days, less than 365.', messageId: 'problems', data: { problems: [{ messageId: 'retentionShort', data: { store: 'S3 bucket', days: 30, min: 365 } }] } }
      : { policy: 'encryption-at-rest', message: 'The S3 bucket is not encrypted at rest.', messageId: 'notEncrypted', data: { service: 'S3 bucket' } };
  return {
    ...message,
    rules: ['CLD-21'],
    status,
    severity,
    resource: { id: `arn:aws:s3:::bucket-${i}`, provider: 'aws', nativeType: 'AWS::S3::Bucket', region: 'eu-west-3' },
    location: { uri: 'inventory.jsonl', line: i + 1 },
    input: `live/${category}`,
    category,
    origin: 'live',
    evidence: [],
    outcomes: { storage: status },
    fingerprint: i.toString(16).padStart(32, '0'),
  };
}

function report(findings: Finding[], categories: string[]): ScanReport {
  return {
    tool: TOOL,
    categories,
    sourceRoot: '/repo',
    settings: DEFAULT_SETTINGS,
    policies: BUILTIN_POLICIES.map((p) => p.meta),
    findings,
    summary: { resources: findings.length, findings: findings.length, byStatus: { pass: 0, fail: findings.length, unknown: 0 }, failuresBySeverity: { critical: 0, high: 0, medium: 0, low: 0 }, failOn: 'high', failed: true, waived: 0, inBaseline: 0 },
    inputs: [],
    notifications: [],
    incomplete: [],
    scope: { scanId: 'test', scanned: '2026-01-01T00:00:00.000Z', settings: judgingSettings(DEFAULT_SETTINGS), categories: {} },
    administrators: [],
  };
}

interface Run {
  automationDetails: { id: string };
  results: Array<{ level: string; properties: { severity: string; status: string } }>;
  invocations: Array<{ toolExecutionNotifications: Array<{ message: { text: string } }> }>;
}

describe('GitHub SARIF limits', () => {
  it('caps a run at 25 000 results, most severe first, and says so in the run', () => {
    const list = [
      ...Array.from({ length: 20_000 }, (_, i) => finding(i, 'aws/111111111111', 'medium')),
      ...Array.from({ length: 8_000 }, (_, i) => finding(20_000 + i, 'aws/111111111111', 'high')),
      ...Array.from({ length: 2_000 }, (_, i) => finding(28_000 + i, 'aws/111111111111', 'high', 'unknown')),
    ];
    const run = (JSON.parse(toSarif(report(list, ['aws/111111111111']))).runs as Run[])[0]!;
    expect(run.results).toHaveLength(GITHUB_LIMITS.resultsPerRun);
    expect(run.results.filter((r) => r.properties.severity === 'high' && r.properties.status === 'fail')).toHaveLength(8_000);
    expect(run.results.filter((r) => r.properties.status === 'unknown')).toHaveLength(0);
    expect(run.invocations[0]!.toolExecutionNotifications.map((n) => n.message.text).join('\n')).toContain('5000 of 30000 results left out of this run');
  });

  it('groups accounts by cloud past 20 runs a file', () => {
    const categories = Array.from({ length: 25 }, (_, i) => `aws/${String(i).padStart(12, '0')}`);
    const list = categories.map((c, i) => finding(i, c, 'high'));
    const runs = JSON.parse(toSarif(report(list, [...categories, 'terraform']))).runs as Run[];
    expect(runs.map((r) => r.automationDetails.id)).toEqual(['cldscan/aws/', 'cldscan/terraform/']);
    expect(runs[0]!.results).toHaveLength(25);
    expect(runs[0]!.invocations[0]!.toolExecutionNotifications[0]!.message.text).toContain("exceed GitHub's 20 runs per SARIF file");
  });

  it('keeps one run per category within the limit', () => {
    const runs = JSON.parse(toSarif(report([finding(1, 'aws/111111111111', 'high'), finding(2, 'aws/222222222222', 'high')], ['terraform']))).runs as Run[];
    expect(runs.map((r) => r.automationDetails.id)).toEqual(['cldscan/aws/111111111111/', 'cldscan/aws/222222222222/', 'cldscan/terraform/']);
  });

  it('shrinks results until the gzipped file fits', () => {
    const list = Array.from({ length: 3_000 }, (_, i) => ({ ...finding(i, 'aws/111111111111', 'high'), message: `${'x'.repeat(200)} ${Math.random().toString(36)}${i}` }));
    const text = toSarif(report(list, []), 'en', { ...GITHUB_LIMITS, gzipBytes: 64 * 1024 });
    const run = (JSON.parse(text).runs as Run[])[0]!;
    expect(run.results.length).toBeLessThan(3_000);
    expect(run.invocations[0]!.toolExecutionNotifications.map((n) => n.message.text).join('\n')).toMatch(/would exceed GitHub's 0\.0625 MB gzipped/);
  });
});
