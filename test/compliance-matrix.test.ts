import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './helpers/cli.js';
import { buildPlan } from './helpers/plan-builder.js';

interface Row {
  id: string;
  status: string;
  reason: { id: string; text: string };
  counts: { pass: number; fail: number; unknown: number; waived: number };
  bySource: Record<string, { pass: number; fail: number; unknown: number; waived: number; status: string }>;
  parts: Array<{ status: string; kind: string }>;
  attestation: { state: string; current?: { owner: string; nextReview: string } };
}

let dir: string;
const file = (name: string) => path.join(dir, name);

/** Attestations: CLD-02 valid, CLD-03 expired, CLD-74 valid (its organisational part), CLD-21 valid (cannot hide failures). */
const ATTESTATIONS = `organisation: "Hébergeur Exemple SAS"
attestations:
  - rule: CLD-02
    document: "PSSI v3.2, section 1"
    owner: "RSSI"
    date: 2026-01-15
    nextReview: 2099-01-15
  - rule: CLD-03
    url: https://intranet.example.fr/risques/ebios-2019
    owner: "RSSI"
    date: 2019-03-01
    nextReview: 2020-03-01
  - rule: CLD-74
    document: "Contrat d'hébergement, annexe localisation"
    owner: "Direction juridique"
    date: 2026-06-01
    nextReview: 2099-06-01
  - rule: CLD-21
    document: "Politique de chiffrement"
    owner: "RSSI"
    date: 2026-06-01
    nextReview: 2099-06-01
`;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'cldscan-matrix-'));
  writeFileSync(file('attestations.yaml'), ATTESTATIONS);
  // One compliant bucket in Paris, reached over TLS only: every check on it passes.
  const denyHttp = { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: ['arn:aws:s3:::site-assets', 'arn:aws:s3:::site-assets/*'], Condition: { Bool: { 'aws:SecureTransport': 'false' } } };
  writeFileSync(
    file('clean.json'),
    JSON.stringify(
      buildPlan([
        { address: 'aws_s3_bucket.site', values: { bucket: 'site-assets', force_destroy: false }, unknown: { id: true, arn: true, server_side_encryption_configuration: true } },
        {
          address: 'aws_s3_bucket_policy.site',
          values: { bucket: 'site-assets', policy: JSON.stringify({ Version: '2012-10-17', Statement: [denyHttp] }) },
          unknown: { id: true },
          expressions: { bucket: { references: ['aws_s3_bucket.site.id', 'aws_s3_bucket.site'] } },
        },
      ]),
    ),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function matrix(args: string[]): Row[] {
  const r = cli(['report', ...args, '--format', 'json', '--fail-on', 'none']);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return (JSON.parse(r.stdout) as { rules: Row[] }).rules;
}
const row = (rows: Row[], id: string) => rows.find((r) => r.id === id)!;

describe('compliance matrix statuses', () => {
  const examples = () => matrix(['examples', '--source-root', '.', '--attestations', file('attestations.yaml')]);

  it('covers all 106 rules', () => {
    expect(examples()).toHaveLength(106);
  });

  it('shows failures as non-compliant even with a valid attestation', () => {
    const r = row(examples(), 'CLD-21');
    expect(r.status).toBe('non-compliant');
    expect(r.counts.fail).toBeGreaterThan(0);
    expect(r.attestation.state).toBe('valid');
  });

  it('judges organisational rules by their attestation: valid, expired, missing', () => {
    const rows = examples();
    expect(row(rows, 'CLD-02')).toMatchObject({ status: 'attested', attestation: { state: 'valid', current: { owner: 'RSSI' } } });
    expect(row(rows, 'CLD-03')).toMatchObject({ status: 'attestation-expired', attestation: { state: 'expired' } });
    expect(row(rows, 'CLD-04')).toMatchObject({ status: 'attestation-missing', attestation: { state: 'missing' } });
    // Inherited from the provider, but not complete without an attestation that references it.
    expect(row(rows, 'CLD-41')).toMatchObject({ status: 'attestation-missing', reason: { id: 'ruleInheritedNeedsReference' } });
  });

  it('counts per source, here the plans and the CDKTF configuration (one category: terraform)', () => {
    const r = row(examples(), 'CLD-36');
    expect(Object.keys(r.bySource)).toEqual(['terraform']);
    expect(r.bySource.terraform).toMatchObject({ fail: r.counts.fail, unknown: r.counts.unknown, pass: r.counts.pass, status: 'failed' });
  });

  it('needs both parts of a partly technical rule: passes alone are partially verified, with a valid attestation compliant', () => {
    const alone = matrix([file('clean.json'), '--source-root', dir]);
    expect(row(alone, 'CLD-74')).toMatchObject({ status: 'partially-verified', counts: { pass: 1, fail: 0 }, reason: { id: 'ruleNeedsAttestation' }, parts: [{ status: 'needs-attestation' }, { status: 'verified' }, { status: 'needs-attestation' }] });
    const attested = matrix([file('clean.json'), '--source-root', dir, '--attestations', file('attestations.yaml')]);
    expect(row(attested, 'CLD-74')).toMatchObject({ status: 'compliant', reason: { id: 'ruleVerifiedAttested' } });
    expect(row(attested, 'CLD-21').status).toBe('compliant');
    // The plan shows no audit trail and no log store: the logging rule stays not verified, attested or not.
    expect(row(attested, 'CLD-28')).toMatchObject({ status: 'not-verified', reason: { id: 'ruleNotVerified' } });
  });

  it('never shows an unknown as compliant', () => {
    writeFileSync(
      file('unknown.json'),
      JSON.stringify(buildPlan([{ address: 'aws_ebs_volume.data', values: { availability_zone: 'eu-west-3a', size: 10 }, unknown: { id: true, encrypted: true, kms_key_id: true } }])),
    );
    const r = row(matrix([file('unknown.json'), '--source-root', dir, '--attestations', file('attestations.yaml')]), 'CLD-21');
    expect(r).toMatchObject({ status: 'not-verified', counts: { unknown: 1, fail: 0 } });
  });

  it('moves waived failures out of the failures; with nothing in scope for its checks, a partly technical rule is not verified', () => {
    writeFileSync(file('waive.yaml'), 'waivers:\n  - rule: CLD-21\n    resource: "aws_ebs_volume.*"\n    justification: "scratch volume"\n    approver: "RSSI"\n    expires: 2099-01-01\n');
    writeFileSync(
      file('volume.json'),
      JSON.stringify(buildPlan([{ address: 'aws_ebs_volume.scratch', values: { availability_zone: 'eu-west-3a', size: 10, encrypted: false }, unknown: { id: true } }])),
    );
    const rows = matrix([file('volume.json'), '--source-root', dir, '--config', file('waive.yaml')]);
    expect(row(rows, 'CLD-21')).toMatchObject({ status: 'partially-verified', counts: { fail: 0, waived: 1 }, parts: [{ status: 'verified' }, { status: 'needs-attestation' }] });
    expect(row(rows, 'CLD-28')).toMatchObject({ status: 'not-verified', counts: { pass: 0, fail: 0, unknown: 0 } });
  });

  it('gives remediation in the report\'s language, for every built-in policy and cloud', () => {
    type Remedy = { policy: string; cloud: string; text: string };
    const remedies = (lang: string) =>
      (JSON.parse(cli(['report', file('clean.json'), '--source-root', dir, '--format', 'json', '--lang', lang]).stdout) as { rules: Array<{ id: string; remediation: Remedy[] }> }).rules.flatMap((r) => r.remediation);
    const en = remedies('en');
    const fr = remedies('fr');
    expect(fr.map(({ policy, cloud }) => `${policy}/${cloud}`)).toEqual(en.map(({ policy, cloud }) => `${policy}/${cloud}`));
    expect(en.find((m) => m.policy === 'encryption-at-rest' && m.cloud === 'aws')?.text).toMatch(/^Turn encryption on/);
    expect(fr.find((m) => m.policy === 'encryption-at-rest' && m.cloud === 'aws')?.text).toMatch(/^Activer le chiffrement/);
    // Every built-in text has its French version (a bare command reads the same in both).
    for (let i = 0; i < en.length; i++) if (!/^`[^`]*`\.?$/.test(en[i]!.text)) expect(fr[i]!.text, `${en[i]!.policy} ${en[i]!.cloud}`).not.toBe(en[i]!.text);
  });

  it('writes CSV for spreadsheets, with ; in French', () => {
    const en = cli(['report', file('clean.json'), '--source-root', dir, '--format', 'csv']).stdout;
    expect(en.charCodeAt(0)).toBe(0xfeff);
    expect(en.split('\r\n')[0]).toContain('Rule,rulebook,Section,Title,Checked,Status');
    expect(en.split('\r\n').filter(Boolean)).toHaveLength(107);
    const fr = cli(['report', file('clean.json'), '--source-root', dir, '--format', 'csv', '--lang', 'fr']).stdout;
    expect(fr).toContain('Règle;rulebook;Section;Intitulé');
    expect(fr).toContain('CLD-21;CLD;');
  });

  it('writes a link-free Markdown summary', () => {
    const md = cli(['report', 'examples', '--source-root', '.', '--attestations', file('attestations.yaml'), '--format', 'markdown']).stdout;
    expect(md).toContain('| non-compliant |');
    expect(md).toMatch(/### Top failing rules/);
    expect(md).not.toMatch(/https?:\/\//);
    expect(md.length).toBeLessThan(60_000);
  });
});

describe('attestation files', () => {
  const bad = (name: string, text: string, expected: RegExp) => {
    writeFileSync(file(name), text);
    const r = cli(['report', file('clean.json'), '--source-root', dir, '--attestations', file(name)]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(expected);
  };

  it('rejects missing fields, unknown fields and bad dates, naming the line and field', () => {
    bad('missing-owner.yaml', 'attestations:\n  - rule: CLD-02\n    document: "PSSI"\n    date: 2026-01-01\n    nextReview: 2027-01-01\n', /missing-owner\.yaml:2: attestations\.0: missing required field "owner"/);
    bad('no-evidence.yaml', 'attestations:\n  - rule: CLD-02\n    owner: RSSI\n    date: 2026-01-01\n    nextReview: 2027-01-01\n', /no-evidence\.yaml:2: attestations\.0: give one of the alternatives \(document or url\)/);
    bad('typo.yaml', 'attestations:\n  - rule: CLD-02\n    document: "PSSI"\n    owner: RSSI\n    date: 2026-01-01\n    nextRevue: 2027-01-01\n', /typo\.yaml:6: attestations\.0: unknown field "nextRevue"/);
    bad('date.yaml', 'attestations:\n  - rule: CLD-02\n    document: "PSSI"\n    owner: RSSI\n    date: 15/01/2026\n    nextReview: 2027-01-01\n', /date\.yaml:5: attestations\.0\.date: must be a date \(YYYY-MM-DD\)/);
    bad('feb30.yaml', 'attestations:\n  - rule: CLD-02\n    document: "PSSI"\n    owner: RSSI\n    date: 2026-02-30\n    nextReview: 2027-01-01\n', /feb30\.yaml:5: attestations\.0\.date: 2026-02-30 is not a calendar date/);
  });

  it('rejects rules not in the catalog and reviews before the evidence', () => {
    bad('rule.yaml', 'attestations:\n  - rule: CLD-99\n    document: "x y z"\n    owner: RSSI\n    date: 2026-01-01\n    nextReview: 2027-01-01\n', /rule\.yaml:2: attestations\.0\.rule: CLD-99 is not a rule of the catalog/);
    bad('order.yaml', 'attestations:\n  - rule: CLD-02\n    document: "PSSI"\n    owner: RSSI\n    date: 2026-01-01\n    nextReview: 2025-01-01\n', /order\.yaml:6: attestations\.0\.nextReview: 2025-01-01 is before the evidence date 2026-01-01/);
  });

  it('rejects YAML that does not parse, with its line', () => {
    bad('broken.yaml', 'attestations:\n  - rule: CLD-02\n   owner: [unclosed\n', /broken\.yaml:\d+: /);
  });
});

describe('administrators as evidence for CLD-16 and CLD-17', () => {
  it('lists every privileged principal with its MFA state and declaration, in the scan and the compliance report', () => {
    interface Admin { principal: string; kind: string; admin: string; mfa: string; resource: { id: string }; location: { uri: string; line: number } | null }
    const scanned = JSON.parse(cli(['scan', 'examples/aws/plan.json', '--source-root', '.', '--format', 'json', '--fail-on', 'none']).stdout) as { administrators: Admin[] };
    const by = (p: string) => scanned.administrators.find((a) => a.principal === p);
    expect(by('breakglass')).toMatchObject({ kind: 'user', admin: 'yes', mfa: 'absent', resource: { id: 'module.iam.aws_iam_user.breakglass' }, location: { uri: 'examples/aws/modules/iam/main.tf', line: 69 } });
    expect(by('teleservice-prod-admins')).toMatchObject({ kind: 'group', mfa: 'enforced' });
    expect(by('teleservice-prod-support-admin')).toMatchObject({ kind: 'role', mfa: 'absent' });
    // Service roles are not administrators.
    expect(scanned.administrators.some((a) => /ec2|eks|s3/.test(a.principal))).toBe(false);
    expect(scanned.administrators).toHaveLength(5);

    const r = cli(['report', 'examples/aws/plan.json', '--source-root', '.', '--format', 'json', '--fail-on', 'none']);
    expect((JSON.parse(r.stdout) as { administrators: Admin[] }).administrators).toEqual(scanned.administrators);
    const md = cli(['report', 'examples/aws/plan.json', '--source-root', '.', '--format', 'markdown', '--fail-on', 'none']).stdout;
    expect(md).toContain('Administrators seen (CLD-16, CLD-17): 5');
  });
});

describe('cldscan init', () => {
  it('writes a starter file that validates, and refuses to overwrite', () => {
    const out = file('starter.yaml');
    const r = cli(['init', '--output', out]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('105 rules to attest');
    expect(cli(['report', file('clean.json'), '--source-root', dir, '--attestations', out, '--format', 'json']).status).toBe(0);
    expect(cli(['init', '--output', out]).status).toBe(2);
  });
});
