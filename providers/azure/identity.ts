import type { Evidence, IdentityFacet } from '../../src/model/facets.js';
import { children, ev, field, idOf, lower, prop, str, type AzRecord, type Details } from './records.js';

/**
 * MFA of the people who administer a subscription, from Microsoft Defender for Cloud's assessments
 * (`securityresources`, type `microsoft.security/assessments`, named by their assessment key). Azure
 * RBAC has no MFA setting of its own: conditional access enforces it, and Defender for Cloud checks
 * whether accounts holding owner or write permissions have it. Both generations of the assessment
 * are read: the current ones and the deprecated ones they replaced, still present in tenants that
 * have not moved. Without either, MFA is unknown, never assumed.
 */

export interface MfaAssessmentKey {
  key: string;
  role: 'owner' | 'write' | 'read';
  generation: 'current' | 'deprecated';
}

/** MicrosoftDocs azure-docs, defender-for-cloud/multi-factor-authentication-enforcement.md and the release notes. */
export const MFA_ASSESSMENTS: readonly MfaAssessmentKey[] = [
  { key: '6240402e-f77c-46fa-9060-a7ce53997754', role: 'owner', generation: 'current' },
  { key: 'c0cb17b2-0607-48a7-b0e0-903ed22de39b', role: 'write', generation: 'current' },
  { key: 'dabc9bc4-b8a8-45bd-9a5a-43000df8aa1c', role: 'read', generation: 'current' },
  { key: '94290b00-4d0c-d7b4-7cea-064a9554e681', role: 'owner', generation: 'deprecated' },
  { key: '57e98606-6b1e-6193-0e3d-fe621387c16b', role: 'write', generation: 'deprecated' },
  { key: '151e82c5-5341-a74b-1eb0-bc38d2c84bb5', role: 'read', generation: 'deprecated' },
];

const BY_KEY = new Map(MFA_ASSESSMENTS.map((a) => [a.key, a]));

/** The MFA assessment a record is, if it is one: by its name, or the last segment of its id. */
export function mfaAssessment(rec: AzRecord): MfaAssessmentKey | undefined {
  const name = str(field(rec, 'name')) ?? (idOf(rec) ?? '').split('/').pop() ?? '';
  return BY_KEY.get(lower(name));
}

const SETTLE =
  'the Microsoft Defender for Cloud assessments "Accounts with owner permissions on Azure resources should be MFA enabled" (6240402e-f77c-46fa-9060-a7ce53997754) ' +
  'and "Accounts with write permissions on Azure resources should be MFA enabled" (c0cb17b2-0607-48a7-b0e0-903ed22de39b), readable with the Security Reader role, ' +
  'or proof that conditional access requires MFA of every owner and contributor';

type Verdict = 'enforced' | 'absent' | 'unknown';

/**
 * Owner and write permissions are administrative: each must be assessed Healthy for MFA to count as
 * enforced (the current assessment wins over the deprecated one); any Unhealthy one means accounts
 * with those rights lack MFA. NotApplicable (the assessment switched off by policy, or exempted) and
 * a missing assessment settle nothing.
 */
export function subscriptionMfa(subscriptionId: string, details: Details): IdentityFacet {
  const found = children(details, 'assessments').items.filter((a) => mfaAssessment(a) !== undefined);
  const evidence: Evidence[] = [];
  const verdicts: Verdict[] = [];
  for (const role of ['owner', 'write'] as const) {
    const candidates = found.filter((a) => mfaAssessment(a)!.role === role);
    const chosen = candidates.find((a) => mfaAssessment(a)!.generation === 'current') ?? candidates[0];
    if (!chosen) {
      verdicts.push('unknown');
      evidence.push({ path: `assessments/${MFA_ASSESSMENTS.find((a) => a.role === role && a.generation === 'current')!.key}`, note: `no Defender for Cloud MFA assessment of accounts with ${role} permissions` });
      continue;
    }
    const code = prop(chosen, 'status.code');
    const c = str(code);
    verdicts.push(c === undefined ? 'unknown' : lower(c) === 'healthy' ? 'enforced' : lower(c) === 'unhealthy' ? 'absent' : 'unknown');
    const key = mfaAssessment(chosen)!;
    evidence.push(ev(code, { safe: true, ...(idOf(chosen) ? { from: idOf(chosen)! } : {}), note: `MFA of accounts with ${role} permissions (${key.generation} assessment ${key.key})` }));
  }
  const mfa: Verdict = verdicts.includes('absent') ? 'absent' : verdicts.every((v) => v === 'enforced') ? 'enforced' : 'unknown';
  const out: IdentityFacet = {
    principalKind: 'grant',
    principal: `accounts with owner or write permissions on subscription ${subscriptionId}`,
    admin: 'yes',
    humanAccess: 'yes',
    mfa,
    evidence,
  };
  if (mfa === 'unknown') out.settle = SETTLE;
  return out;
}
