import { describe, expect, it } from 'vitest';
import { REGISTRIES, BUILTIN_POLICIES } from '../src/cli/composition-root.js';
import type { AttestationFile } from '../src/compliance/attestations.js';
import type { CategoryEvidence, ScanEvidence } from '../src/compliance/evidence.js';
import { buildMatrix, type RuleRow } from '../src/compliance/matrix.js';
import type { Finding } from '../src/model/finding.js';
import { facetClouds } from '../src/registry/cloud-registry.js';
import { judgingSettings, type CheckTally } from '../src/scope.js';
import { DEFAULT_SETTINGS } from '../src/settings.js';
import { TOOL } from '../src/tool.js';

/**
 * The compliance matrix's statuses, from the checks that cover each rule's parts: built from
 * evidence as a scan (or a merge of reports) hands it over, against the real catalog and policies.
 */
const ON = '2026-06-01';

type Counts = Partial<CheckTally>;

function category(checks: Record<string, Counts>, more: Partial<CategoryEvidence> = {}): CategoryEvidence {
  const full: Record<string, CheckTally> = {};
  for (const [k, c] of Object.entries(checks)) full[k] = { pass: 0, fail: 0, unknown: 0, waived: 0, ...c };
  return { origins: ['live'], clouds: ['aws'], regions: ['eu-west-3'], resources: 10, inputs: ['live'], checks: full, scans: ['s1'], settings: judgingSettings(DEFAULT_SETTINGS), ...more };
}

function evidence(categories: Record<string, CategoryEvidence>, more: Partial<ScanEvidence> = {}): ScanEvidence {
  return {
    scans: [{ scanId: 's1', scanned: '2026-05-31T10:00:00.000Z', source: 'scan', tool: TOOL.version, settings: judgingSettings(DEFAULT_SETTINGS) }],
    categories,
    inputs: [],
    findings: [],
    incomplete: [],
    administrators: [],
    notes: [],
    ...more,
  };
}

function attest(...rules: Array<[string, string]>): AttestationFile {
  return { attestations: rules.map(([rule, nextReview]) => ({ rule, document: 'PAS annexe', owner: 'RSSI', date: '2026-01-01', nextReview, where: 'attestations.yaml:1' })) };
}

function matrix(e: ScanEvidence, attestations?: AttestationFile, lang: 'en' | 'fr' = 'en') {
  return buildMatrix(e, attestations, lang, { tool: TOOL, policies: BUILTIN_POLICIES.map((p) => p.meta), facetClouds: facetClouds(REGISTRIES), failOn: 'high', on: ON });
}

const rule = (rows: { rules: RuleRow[] }, id: string) => rows.rules.find((r) => r.id === id)!;
const cell = (r: RuleRow, check: string, source: string) => r.parts.flatMap((p) => p.checks).find((c) => c.check === check)!.bySource[source]!;

/** Every built-in check passing everywhere, except those left out. */
function everyCheckPasses(except: readonly string[] = [], regions = ['eu-west-3']): Record<string, Counts> {
  const out: Record<string, Counts> = {};
  for (const p of BUILTIN_POLICIES) for (const f of p.meta.facets) if (!except.includes(`${p.meta.id}/${f}`)) out[`${p.meta.id}/${f}`] = { pass: 3, ...(f === 'detection' ? { regions } : {}) };
  return out;
}

describe('compliance matrix: a rule turns compliant only on the checks that cover it', () => {
  it('keeps a rule covered by log-retention/auditTrail not verified when only log-retention/logStore passed', () => {
    const m = matrix(evidence({ 'aws/111111111111': category({ 'log-retention/logStore': { pass: 12 } }) }));
    const r = rule(m, 'CLD-28');
    expect(r.status).toBe('not-verified');
    expect(r.reason).toMatchObject({ id: 'ruleNotVerified', data: { checks: 'log-retention/auditTrail' } });
    expect(cell(r, 'log-retention/auditTrail', 'aws/111111111111')).toMatchObject({ status: 'not-verified', reason: { id: 'checkNoEvidence' } });
    expect(cell(r, 'log-retention/logStore', 'aws/111111111111')).toMatchObject({ status: 'verified', pass: 12, reason: { id: 'checkPassed' } });
    expect(r.parts.map((p) => p.status)).toEqual(['needs-attestation', 'not-verified', 'needs-attestation', 'verified', 'needs-attestation']);
    // The same pass makes CL-18 (six months, logStore only for its technical part) partially verified, never compliant alone.
    expect(rule(m, 'CL-18')).toMatchObject({ status: 'partially-verified', reason: { id: 'ruleNeedsAttestation', data: { verified: '2', organisational: '1, 3' } } });
  });

  it('never moves a rule without covering checks on the strength of other checks passing, even with everything passing', () => {
    const m = matrix(evidence({ 'aws/111111111111': category(everyCheckPasses()) }));
    // Organisational rules, and rules only related to policies that pass (long-lived-credentials names CLD-14 and CLD-16).
    for (const id of ['CLD-02', 'CLD-14', 'CLD-16', 'CLD-18', 'CL-9']) {
      expect(rule(m, id), id).toMatchObject({ status: 'attestation-missing', reason: { id: 'ruleAttestationMissing' }, checks: [], bySource: {} });
    }
    expect(rule(m, 'CLD-14').related).toEqual(['long-lived-credentials']);
    expect(rule(m, 'CLD-14').counts).toEqual({ pass: 0, fail: 0, unknown: 0, waived: 0 });
    // With everything passing, the one automated rule is compliant and the partial ones wait for their attestation.
    expect(rule(m, 'CLD-37')).toMatchObject({ status: 'compliant', reason: { id: 'ruleVerified' } });
    expect(rule(m, 'CLD-21')).toMatchObject({ status: 'partially-verified', reason: { id: 'ruleNeedsAttestation' } });
    // CLD-20: public-storage verifies that no data store is public; the isolation between tenants needs an attestation.
    expect(rule(m, 'CLD-20')).toMatchObject({ status: 'partially-verified', reason: { id: 'ruleNeedsAttestation' } });
    expect(m.totals.compliant).toBe(1);
  });

  it('completes a partially verified rule with a valid attestation, not with an expired one', () => {
    const e = evidence({ 'aws/111111111111': category({ 'encryption-at-rest/storage': { pass: 4 } }) });
    expect(rule(matrix(e), 'CLD-21')).toMatchObject({ status: 'partially-verified', parts: [{ status: 'verified' }, { status: 'needs-attestation' }] });
    expect(rule(matrix(e, attest(['CLD-21', '2027-01-01'])), 'CLD-21')).toMatchObject({ status: 'compliant', reason: { id: 'ruleVerifiedAttested' }, parts: [{ status: 'verified' }, { status: 'attested' }] });
    expect(rule(matrix(e, attest(['CLD-21', '2026-05-01'])), 'CLD-21')).toMatchObject({ status: 'partially-verified', reason: { id: 'ruleAttestationExpired' }, parts: [{}, { status: 'attestation-expired' }] });
  });

  it('never lets an attestation hide a failure', () => {
    const m = matrix(evidence({ 'aws/111111111111': category({ 'encryption-at-rest/storage': { pass: 4, fail: 1 } }) }), attest(['CLD-21', '2027-01-01']));
    expect(rule(m, 'CLD-21')).toMatchObject({ status: 'non-compliant', reason: { id: 'ruleFailed', data: { checks: 'encryption-at-rest/storage' } }, attestation: { state: 'valid' } });
    expect(rule(m, 'CL-8').status).toBe('non-compliant');
  });

  it('keeps unknowns, waivers and parts read incompletely apart', () => {
    const unknown = matrix(evidence({ 'aws/111111111111': category({ 'encryption-at-rest/storage': { pass: 4, unknown: 1 } }) }), attest(['CLD-21', '2027-01-01']));
    expect(cell(rule(unknown, 'CLD-21'), 'encryption-at-rest/storage', 'aws/111111111111')).toMatchObject({ status: 'not-verified', reason: { id: 'checkUnknown', data: { count: 1 } } });
    expect(rule(unknown, 'CLD-21').status).toBe('not-verified');

    const waived = matrix(evidence({ 'aws/111111111111': category({ 'encryption-at-rest/storage': { pass: 4, waived: 2 } }) }), attest(['CLD-21', '2027-01-01']));
    expect(cell(rule(waived, 'CLD-21'), 'encryption-at-rest/storage', 'aws/111111111111')).toMatchObject({ status: 'verified', reason: { id: 'checkPassedWaived', data: { count: 6, waived: 2 } } });
    expect(rule(waived, 'CLD-21').status).toBe('compliant');

    const partRead = evidence({ 'aws/111111111111': category({ 'encryption-at-rest/storage': { pass: 4 } }) }, { incomplete: [{ level: 'error', message: 'AccessDenied', category: 'aws/111111111111' }] });
    const r = rule(matrix(partRead, attest(['CLD-21', '2027-01-01'])), 'CLD-21');
    expect(r.status).toBe('not-verified');
    expect(cell(r, 'encryption-at-rest/storage', 'aws/111111111111').reason.id).toBe('checkIncomplete');
  });

  it('needs every category: verified in one account and nothing judged in another is not verified', () => {
    const m = matrix(
      evidence({
        'aws/111111111111': category({ 'encryption-at-rest/storage': { pass: 4 } }),
        'aws/222222222222': category({ 'log-retention/logStore': { pass: 1 } }),
      }),
      attest(['CLD-21', '2027-01-01']),
    );
    const r = rule(m, 'CLD-21');
    expect(r.status).toBe('not-verified');
    expect(r.bySource).toMatchObject({ 'aws/111111111111': { status: 'verified', pass: 4 }, 'aws/222222222222': { status: 'not-verified', reason: { id: 'ruleNotVerified' } } });
  });
});

describe('compliance matrix: account-level controls', () => {
  it('leaves them not verified on a plan, naming the live scan that settles it, even when the plan declares them', () => {
    const plan = category({ 'threat-detection/detection': { pass: 1 } }, { origins: ['plan'], clouds: ['aws', 'azure'], inputs: ['plan.json'] });
    const r = rule(matrix(evidence({ terraform: plan })), 'CLD-37');
    expect(r.status).toBe('not-verified');
    expect(cell(r, 'threat-detection/detection', 'terraform').reason).toMatchObject({ id: 'checkNeedsLive', data: { commands: 'cldscan scan --aws; cldscan scan --azure' } });
    // A failure in the plan is still a failure.
    const failing = category({ 'threat-detection/detection': { fail: 1 } }, { origins: ['plan'] });
    expect(rule(matrix(evidence({ terraform: failing })), 'CLD-37').status).toBe('non-compliant');
  });

  it('says when no cldscan check of the control exists for the cloud (the account password policy outside AWS)', () => {
    const r = rule(matrix(evidence({ 'azure/00000000-0000-0000-0000-000000000000': category(everyCheckPasses(), { clouds: ['azure'] }) })), 'CL-15');
    expect(cell(r, 'password-policy/passwordPolicy', 'azure/00000000-0000-0000-0000-000000000000')).toMatchObject({ status: 'verified' });
    const none = rule(matrix(evidence({ 'gcp/my-project': category({}, { clouds: ['gcp'] }) })), 'CL-15');
    expect(cell(none, 'password-policy/passwordPolicy', 'gcp/my-project').reason).toMatchObject({ id: 'checkNoCloud', data: { clouds: 'GCP' } });
  });

  it('wants a regional control in every region where the account has resources', () => {
    const everywhere = category(everyCheckPasses([], ['eu-west-3', 'eu-west-1']), { regions: ['eu-west-1', 'eu-west-3', 'global'] });
    expect(rule(matrix(evidence({ 'aws/111111111111': everywhere })), 'CLD-37').status).toBe('compliant');
    const oneRegion = category(everyCheckPasses([], ['eu-west-3a']), { regions: ['eu-west-1', 'eu-west-3', 'global'] });
    const r = rule(matrix(evidence({ 'aws/111111111111': oneRegion })), 'CLD-37');
    expect(r.status).toBe('not-verified');
    expect(cell(r, 'threat-detection/detection', 'aws/111111111111').reason).toMatchObject({ id: 'checkRegionsMissing', data: { regions: 'eu-west-1' } });
  });
});

describe('compliance matrix: what the rule itself asks', () => {
  it('does not count a retention check run with a lower minimum than the rule asks', () => {
    const settings = { ...judgingSettings(DEFAULT_SETTINGS), minLogRetentionDays: 200 };
    const m = matrix(evidence({ 'aws/111111111111': category({ 'log-retention/logStore': { pass: 3 } }, { settings }) }));
    expect(cell(rule(m, 'CLD-28'), 'log-retention/logStore', 'aws/111111111111').reason).toMatchObject({ id: 'checkSettingBelow', data: { value: 200, required: 365 } });
    // Six months (CL-18) is met by 200 days.
    expect(cell(rule(m, 'CL-18'), 'log-retention/logStore', 'aws/111111111111').status).toBe('verified');
  });

  it('completes an inherited rule only with an attestation referencing the provider', () => {
    const e = evidence({ 'aws/111111111111': category({}) });
    expect(rule(matrix(e), 'CLD-41')).toMatchObject({ status: 'attestation-missing', reason: { id: 'ruleInheritedNeedsReference' }, inheritedFrom: expect.stringContaining('ISO/IEC 27001') });
    expect(rule(matrix(e, attest(['CLD-41', '2027-01-01'])), 'CLD-41')).toMatchObject({ status: 'inherited', reason: { id: 'ruleInherited' } });
    expect(rule(matrix(e, attest(['CLD-41', '2026-01-02'])), 'CLD-41').status).toBe('attestation-expired');
  });

  it('lists under a rule only the findings of its covering checks, in the report language', () => {
    const finding: Finding = {
      policy: 'log-retention',
      rules: ['CLD-28', 'CLD-29', 'CL-18', 'CL-19'],
      status: 'fail',
      severity: 'medium',
      message: 'The trail trail/main does not cover every region.',
      messageId: 'problems',
      data: { problems: [{ messageId: 'trailNotMultiRegion', data: { trail: 'trail/main' } }] },
      resource: { id: 'arn:aws:cloudtrail:eu-west-3:111111111111:trail/main', provider: 'aws', nativeType: 'AWS::CloudTrail::Trail', region: 'eu-west-3' },
      location: null,
      input: 'live',
      category: 'aws/111111111111',
      origin: 'live',
      evidence: [],
      outcomes: { logStore: 'pass', auditTrail: 'fail' },
      fingerprint: 'f'.repeat(32),
    };
    const e = evidence({ 'aws/111111111111': category({ 'log-retention/logStore': { pass: 1 }, 'log-retention/auditTrail': { fail: 1 } }) }, { findings: [finding] });
    const fr = matrix(e, undefined, 'fr');
    expect(rule(fr, 'CL-19').findings.map((f) => f.fingerprint)).toEqual([finding.fingerprint]);
    expect(rule(fr, 'CL-19').findings[0]!.message).not.toBe(finding.message);
    expect(rule(fr, 'CL-19').findings[0]!.message).toMatch(/région/);
    // CL-18's technical part is the log stores only: the trail's failure is not its business.
    expect(rule(fr, 'CL-18').findings).toEqual([]);
    expect(rule(fr, 'CL-18').status).toBe('partially-verified');
    expect(rule(fr, 'CL-19').status).toBe('non-compliant');
    expect(rule(fr, 'CL-19').reason.text).toMatch(/^des contrôles qui la couvrent ont relevé des non-conformités/);
  });

  it('states the scope without claiming more than was read', () => {
    const e = evidence({
      'aws/111111111111': category({}, { regions: ['eu-west-3'] }),
      terraform: category({}, { origins: ['plan'], inputs: ['infra/plan.json'], regions: ['eu-west-1'] }),
    });
    const m = matrix(e);
    expect(m.scope.statement.id).toBe('scopeCovers');
    expect(m.scope.statement.text).toContain('AWS account 111111111111 (regions: eu-west-3)');
    expect(m.scope.statement.text).toContain('the Terraform input(s) infra/plan.json (regions: eu-west-1)');
    expect(m.scope.statement.text).toContain('says nothing about any other account');
    expect(m.scope.rulebooks.map((b) => b.version)).toEqual(['1.2', null]);
    expect(matrix(evidence({})).scope.statement.id).toBe('scopeNothing');
    expect(rule(matrix(evidence({})), 'CLD-21')).toMatchObject({ status: 'not-verified', reason: { id: 'ruleNoScope' } });
  });
});
