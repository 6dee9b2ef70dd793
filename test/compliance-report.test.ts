import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ComplianceReport } from '../src/compliance/matrix.js';
import { cli } from './helpers/cli.js';
import { validateSarif } from './helpers/sarif-validate.js';

/**
 * `cldscan report` over the SARIF and JSON reports of several jobs (plans in CI, live scans of
 * accounts, here their offline inventory files): one matrix, as exact as a single scan of it all.
 */
const AWS_PLAN = 'examples/aws/plan.json';
const GCP_PLAN = 'examples/gcp/plan.json';
const AWS_ACCOUNT = 'test/fixtures/aws/config-snapshot.json';
const ACCOUNT = 'aws/210987654321';

let dir: string;
const file = (name: string) => path.join(dir, name);

function scan(input: string, format: 'sarif' | 'json', out: string): void {
  const r = cli(['scan', input, '--source-root', '.', '--format', format, '--output', file(out), '--fail-on', 'none']);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
}

function report(args: string[], env?: NodeJS.ProcessEnv): ComplianceReport {
  const r = cli(['report', ...args, '--source-root', '.', '--format', 'json', '--fail-on', 'none'], { env });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as ComplianceReport;
}

/** What an auditor reads of each rule: status, reason, parts, counts per source, the findings behind it. */
function verdicts(m: ComplianceReport) {
  return m.rules.map((r) => ({
    id: r.id,
    status: r.status,
    reason: r.reason.id,
    parts: r.parts.map((p) => p.status),
    counts: r.counts,
    bySource: Object.fromEntries(Object.entries(r.bySource).map(([s, c]) => [s, [c.status, c.pass, c.fail, c.unknown, c.waived]])),
    findings: r.findings.map((f) => f.fingerprint).sort(),
  }));
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'cldscan-report-'));
  scan(AWS_PLAN, 'sarif', 'aws-plan.sarif');
  scan(GCP_PLAN, 'json', 'gcp-plan.json');
  scan(AWS_ACCOUNT, 'sarif', 'account.sarif');
  scan(AWS_ACCOUNT, 'json', 'account-later.json');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cldscan report over reports', () => {
  it('merges the SARIF and JSON reports of separate jobs into the matrix one scan of everything gives', () => {
    const merged = report([file('aws-plan.sarif'), file('gcp-plan.json'), file('account.sarif')]);
    const single = report([AWS_PLAN, GCP_PLAN, AWS_ACCOUNT]);
    expect(verdicts(merged)).toEqual(verdicts(single));
    expect(merged.sources).toEqual(['aws/210987654321', 'terraform']);
    expect(merged.scope.scans.map((s) => s.source)).toEqual([file('aws-plan.sarif'), file('gcp-plan.json'), file('account.sarif')]);
    expect(merged.scope.categories.find((c) => c.id === 'terraform')!.inputs).toEqual([AWS_PLAN, GCP_PLAN]);
    expect(merged.scope.categories.find((c) => c.id === ACCOUNT)).toMatchObject({ kind: 'live', regions: ['eu-west-3', 'global', 'us-east-1'], complete: true });
    // Rules decided by failures and by passes alike.
    expect(merged.rules.find((r) => r.id === 'CLD-21')!.status).toBe('non-compliant');
    expect(merged.rules.find((r) => r.id === 'CLD-21')!.counts.pass).toBeGreaterThan(0);
    // SARIF carries no administrators: the matrix says where its list comes from.
    expect(merged.scope.notes.map((n) => n.id)).toContain('mergeNoAdministrators');
    expect(merged.administrators.every((a) => a.category === 'terraform')).toBe(true);
  });

  it('mixes reports with what it scans itself', () => {
    const mixed = report([file('aws-plan.sarif'), GCP_PLAN, file('account.sarif')]);
    expect(verdicts(mixed)).toEqual(verdicts(report([AWS_PLAN, GCP_PLAN, AWS_ACCOUNT])));
    expect(mixed.scope.scans.map((s) => s.source)).toEqual(['scan', file('aws-plan.sarif'), file('account.sarif')]);
  });

  it('counts one scan once, whether given twice or inside a file cldscan merge wrote', () => {
    writeFileSync(file('copy.sarif'), readFileSync(file('aws-plan.sarif')));
    expect(verdicts(report([file('aws-plan.sarif'), file('copy.sarif')]))).toEqual(verdicts(report([file('aws-plan.sarif')])));
    const m = cli(['merge', file('aws-plan.sarif'), file('account.sarif'), '--output', file('merged.sarif')]);
    expect(m.status).toBe(0);
    expect(validateSarif([file('merged.sarif'), file('aws-plan.sarif')])).toEqual([]);
    const both = verdicts(report([file('aws-plan.sarif'), file('account.sarif')]));
    expect(verdicts(report([file('merged.sarif')]))).toEqual(both);
    expect(verdicts(report([file('merged.sarif'), file('aws-plan.sarif')]))).toEqual(both);
  });

  it('takes an account two scans read from the later one, and says so', () => {
    const twice = report([file('account.sarif'), file('account-later.json')]);
    expect(verdicts(twice)).toEqual(verdicts(report([file('account-later.json')])));
    const note = twice.scope.notes.find((n) => n.id === 'mergeSuperseded')!;
    expect(note.data).toMatchObject({ category: ACCOUNT });
    expect(note.data!.kept! > note.data!.dropped!).toBe(true);
  });

  it('renders findings of merged SARIF in French, from their message ids', () => {
    const en = report([file('aws-plan.sarif')]);
    const fr = report([file('aws-plan.sarif'), '--lang', 'fr']);
    const pick = (m: ComplianceReport) => m.rules.find((r) => r.id === 'CLD-21')!.findings.find((f) => f.status === 'fail')!;
    expect(pick(fr).fingerprint).toBe(pick(en).fingerprint);
    expect(pick(fr).message).not.toBe(pick(en).message);
    expect(pick(fr).message).toMatch(/chiffr/);
    expect(fr.rules.find((r) => r.id === 'CLD-21')!.reason.text).toMatch(/^des contrôles qui la couvrent/);
  });

  it('refuses what is not a cldscan report with the per-check counts, in one line, with exit code 2', () => {
    const sarif = JSON.parse(readFileSync(file('aws-plan.sarif'), 'utf8')) as { runs: Array<{ tool: { driver: { name: string } }; properties?: unknown }> };
    const other = structuredClone(sarif);
    other.runs[0]!.tool.driver.name = 'checkov';
    writeFileSync(file('other.sarif'), JSON.stringify(other));
    const old = structuredClone(sarif);
    for (const run of old.runs) delete run.properties;
    writeFileSync(file('old.sarif'), JSON.stringify(old));
    const json = JSON.parse(readFileSync(file('gcp-plan.json'), 'utf8')) as { findings: Array<{ outcomes?: unknown }> };
    for (const f of json.findings) delete f.outcomes;
    writeFileSync(file('old.json'), JSON.stringify(json));
    writeFileSync(file('cut.sarif'), readFileSync(file('aws-plan.sarif'), 'utf8').slice(0, 5000));
    for (const [name, message] of [
      ['other.sarif', /other\.sarif: a SARIF report of checkov, not of cldscan/],
      ['old.sarif', /old\.sarif: a cldscan report without its scope and per-check counts \(written by an older cldscan\)/],
      ['old.json', /old\.json: a finding lacks what the compliance matrix needs/],
      ['cut.sarif', /cut\.sarif: invalid JSON at the end of the file/],
    ] as const) {
      const r = cli(['report', file(name), '--format', 'json']);
      expect(r.status, name).toBe(2);
      expect(r.stderr.trim().split('\n'), name).toHaveLength(1);
      expect(r.stderr, name).toMatch(message);
      expect(r.stdout).toBe('');
    }
  });

  it('exits as scan does: 1 for a failure at or above --fail-on in any merged report', () => {
    expect(cli(['report', file('aws-plan.sarif'), '--format', 'json']).status).toBe(1);
    expect(cli(['report', file('aws-plan.sarif'), '--format', 'json', '--fail-on', 'none']).status).toBe(0);
  });
});

describe('the scope of a compliance report', () => {
  const SHA = 'abcdefabcdefabcdefabcdefabcdefabcdefabcd';

  it('names the commit: --commit, else $GITHUB_SHA, else the source root’s git HEAD', () => {
    const flag = report([AWS_PLAN, '--commit', SHA.toUpperCase()], { GITHUB_SHA: '1'.repeat(40) });
    expect(flag.scope.commits).toEqual([{ sha: SHA, from: 'flag' }]);
    expect(report([AWS_PLAN], { GITHUB_SHA: '1'.repeat(40) }).scope.commits).toEqual([{ sha: '1'.repeat(40), from: 'GITHUB_SHA' }]);
    const bad = cli(['report', AWS_PLAN, '--commit', 'main']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--commit main: give the full commit hash/);
    // Reports keep the commit of their own scan.
    const scanned = cli(['scan', AWS_PLAN, '--source-root', '.', '--format', 'sarif', '--output', file('with-commit.sarif'), '--fail-on', 'none'], { env: { GITHUB_SHA: '3'.repeat(40) } });
    expect(scanned.status).toBe(0);
    const fromReport = report([file('with-commit.sarif')], { GITHUB_SHA: '2'.repeat(40) });
    expect(fromReport.scope.commits).toEqual([{ sha: '3'.repeat(40), from: 'GITHUB_SHA' }]);
  });

  it('states what was read, the residency profile and the rulebook and cldscan versions in Markdown and JSON, never the whole estate', () => {
    const json = report([AWS_ACCOUNT, AWS_PLAN, '--residency', 'fr', '--commit', SHA]);
    expect(json.scope).toMatchObject({ residency: ['fr'], cldscan: json.tool.version, rulebooks: [{ id: 'CLD', version: '1.2' }, { id: 'CL', version: null }] });
    expect(json.scope.statement.text).toBe(
      `This report covers only what was read: AWS account 210987654321 (regions: eu-west-3, global, us-east-1); the Terraform input(s) ${AWS_PLAN} (regions: eu-west-3, us-east-1). It says nothing about any other account, subscription, project, region or Terraform configuration.`,
    );
    const raw = cli(['report', AWS_ACCOUNT, AWS_PLAN, '--source-root', '.', '--format', 'markdown', '--fail-on', 'none', '--commit', SHA, '--lang', 'fr']).stdout;
    // What a reader of the rendered Markdown sees: input-derived text has its punctuation backslash-escaped.
    const md = raw.replace(/\\([!-/:-@[-`{-~])/g, '$1');
    expect(md).toContain('> **Périmètre de ce rapport** — Ce rapport ne couvre que ce qui a été lu : le compte AWS 210987654321');
    expect(md).toContain(`> Commit: ${SHA} (flag)`);
    expect(md).toContain('> Profil de localisation: eu-adequate');
    expect(md).toContain('version 1.2');
    expect(md).toContain('| aws/210987654321 | environnement déployé | eu-west-3, global, us-east-1 | 13 | lu entièrement |');
  });
});
