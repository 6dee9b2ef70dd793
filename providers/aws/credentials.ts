/**
 * Credentials of an account (the `credential` and `passwordPolicy` facets): access keys and idle
 * credentials of IAM users and the root user from the IAM credential report (scanning account), or
 * the IAM_ROOT_ACCESS_KEY_CHECK rule; the account password policy from GetAccountPasswordPolicy
 * (scanning account), or the IAM_PASSWORD_POLICY rule when its parameters are known.
 */
import type { CredentialFacet, Evidence, PasswordPolicyFacet } from '../../src/model/facets.js';
import { conf, text, type ConfigItem } from './ci.js';
import { ruleEvidence, type AccountFacts, type CredentialRow, type RuleResult } from './facts.js';

const DAY = 86_400_000;

function why(facts: AccountFacts): string {
  return facts.credentialState.read ? '' : ` (${facts.credentialState.why})`;
}

/** Days since the stalest active credential was last used (or, never used, created or rotated). */
export function idleDays(row: CredentialRow, now: number): { days: number | 'unknown' | undefined; evidence: Evidence[] } {
  const active = row.activeCredentials ?? [];
  if (active.length === 0) return { days: undefined, evidence: [] };
  let worst = -1;
  const evidence: Evidence[] = [];
  for (const c of active) {
    const at = c.lastUsed ?? c.since;
    if (at === undefined) return { days: 'unknown', evidence: [{ path: `credentialReport.${c.kind}`, value: null, note: 'last use not in the report' }] };
    const days = Math.max(0, Math.floor((now - at) / DAY));
    if (days > worst) {
      worst = days;
      evidence.splice(0, evidence.length, { path: `credentialReport.${c.kind.replace(/ /g, '_')}_last_used`, value: days, note: c.lastUsed === undefined ? `${c.kind} never used: days since it was created` : `days since the ${c.kind} was last used` });
    }
  }
  return { days: worst, evidence };
}

/** An IAM user: active access keys are long-lived credentials; idle ones are counted from the report. */
export function userCredential(item: ConfigItem, facts: AccountFacts, now = Date.now()): CredentialFacet {
  const name = text(conf(item, 'userName')) ?? item.resourceName;
  const label = `IAM user${name ? ` ${name}` : ''}`;
  const arn = text(conf(item, 'arn')) ?? item.arn;
  const row = arn ? facts.credentialReport?.get(arn) : undefined;
  if (!row) {
    return {
      label,
      longLivedKey: 'unknown',
      unusedDays: 'unknown',
      evidence: [{ path: 'credentialReport', value: null, note: facts.credentialState.read ? 'the user is not in the credential report (created since?)' : 'no IAM credential report for this account' }],
      settle: `the IAM credential report (access_key_N_active, password_last_used, access_key_N_last_used_date) for this user${why(facts)}`,
    };
  }
  const idle = idleDays(row, now);
  const out: CredentialFacet = {
    label,
    longLivedKey: row.accessKeysActive,
    evidence: [{ path: 'credentialReport.access_key_active', value: row.accessKeysActive === 'unknown' ? null : row.accessKeysActive === 'yes', note: 'IAM credential report' }, ...idle.evidence],
  };
  if (idle.days !== undefined) out.unusedDays = idle.days;
  if (row.accessKeysActive === 'unknown' || idle.days === 'unknown') out.settle = 'the IAM credential report for this user';
  return out;
}

/** The root user: access keys from the report's `<root_account>` row or IAM_ROOT_ACCESS_KEY_CHECK. */
export function rootCredential(facts: AccountFacts): CredentialFacet {
  const label = 'root user';
  const row = facts.rootCredentials;
  if (row && row.accessKeysActive !== 'unknown') {
    return { label, rootAccessKeys: row.accessKeysActive, evidence: [{ path: 'credentialReport.<root_account>.access_key_active', value: row.accessKeysActive === 'yes', note: 'IAM credential report' }] };
  }
  const rule = facts.ruleResult('IAM_ROOT_ACCESS_KEY_CHECK', facts.accountId);
  if (rule) return { label, rootAccessKeys: rule.compliance === 'COMPLIANT' ? 'no' : 'yes', evidence: [ruleEvidence(rule)] };
  return {
    label,
    rootAccessKeys: 'unknown',
    evidence: [{ path: 'credentialReport.<root_account>.access_key_active', value: null, note: 'no credential report or IAM_ROOT_ACCESS_KEY_CHECK result' }],
    settle: `whether the root user has access keys (IAM credential report, or the Config rule IAM_ROOT_ACCESS_KEY_CHECK)${why(facts)}`,
  };
}

/** GetAccountPasswordPolicy's answer; `undefined` (NoSuchEntity) means the AWS default policy applies. */
export interface AccountPasswordPolicy {
  MinimumPasswordLength?: number;
  RequireSymbols?: boolean;
  RequireNumbers?: boolean;
  RequireUppercaseCharacters?: boolean;
  RequireLowercaseCharacters?: boolean;
  MaxPasswordAge?: number;
  PasswordReusePrevention?: number;
  ExpirePasswords?: boolean;
}

/**
 * The account password policy as IAM returns it. Without a custom policy, AWS's default applies:
 * at least 8 characters from 3 of the 4 classes, no reuse prevention, no expiry.
 */
export function passwordPolicyFrom(p: AccountPasswordPolicy | undefined): PasswordPolicyFacet {
  if (!p) {
    return {
      minLength: 8,
      characterClasses: 3,
      reusePrevention: undefined,
      maxAgeDays: undefined,
      evidence: [{ path: 'GetAccountPasswordPolicy', value: null, note: 'no custom password policy: the AWS default applies (8 characters, 3 character classes, no reuse prevention, no expiry)' }],
    };
  }
  const classes = [p.RequireLowercaseCharacters, p.RequireUppercaseCharacters, p.RequireNumbers, p.RequireSymbols].filter((x) => x === true).length;
  const age = p.ExpirePasswords === false || !p.MaxPasswordAge ? undefined : p.MaxPasswordAge;
  return {
    minLength: p.MinimumPasswordLength ?? 6,
    characterClasses: classes,
    reusePrevention: p.PasswordReusePrevention || undefined,
    maxAgeDays: age,
    evidence: [
      { path: 'PasswordPolicy.MinimumPasswordLength', value: p.MinimumPasswordLength ?? null },
      { path: 'PasswordPolicy.Require*', value: classes, note: 'character classes required' },
      { path: 'PasswordPolicy.PasswordReusePrevention', value: p.PasswordReusePrevention ?? null },
      { path: 'PasswordPolicy.MaxPasswordAge', value: age ?? null },
    ],
  };
}

/**
 * IAM_PASSWORD_POLICY: a COMPLIANT result means the policy meets the rule's parameters (the rule's
 * defaults when a parameter is not given: 14 characters, all four classes, 24 passwords
 * remembered, 90 days). A parameter is a bound, not the value: it settles a requirement of CL-15
 * (8 characters, 3 classes, 5 remembered, 90 days) only when the bound itself meets it; otherwise
 * that requirement stays unknown. A NON_COMPLIANT result, or parameters that are not visible
 * (through an aggregator), say nothing about which requirement fails.
 */
export function passwordPolicyFromRule(r: RuleResult): PasswordPolicyFacet {
  const evidence: Evidence[] = [ruleEvidence(r)];
  if (r.compliance !== 'COMPLIANT' || !r.parameters) {
    return { minLength: 'unknown', characterClasses: 'unknown', reusePrevention: 'unknown', maxAgeDays: 'unknown', evidence };
  }
  const p = r.parameters;
  const n = (k: string, d: number) => {
    const v = Number(p[k] ?? d);
    return Number.isFinite(v) ? v : d;
  };
  const b = (k: string) => String(p[k] ?? 'true').toLowerCase() === 'true';
  const atLeast = (bound: number, required: number): number | 'unknown' => (bound >= required ? bound : 'unknown');
  const classes = ['RequireUppercaseCharacters', 'RequireLowercaseCharacters', 'RequireSymbols', 'RequireNumbers'].filter(b).length;
  const age = n('MaxPasswordAge', 90);
  evidence.push({ path: `configRule.${r.rule}.parameters`, note: 'the policy meets the rule\'s parameters' });
  return {
    minLength: atLeast(n('MinimumPasswordLength', 14), 8),
    characterClasses: atLeast(classes, 3),
    reusePrevention: atLeast(n('PasswordReusePrevention', 24), 5),
    maxAgeDays: age > 0 && age <= 90 ? age : 'unknown',
    evidence,
  };
}

/** The account's password policy facet: read directly, else from the rule, else unknown. */
export function accountPasswordPolicy(facts: AccountFacts): PasswordPolicyFacet {
  if (facts.passwordPolicy) return facts.passwordPolicy;
  const rule = facts.ruleResult('IAM_PASSWORD_POLICY', facts.accountId);
  if (rule) return passwordPolicyFromRule(rule);
  return {
    minLength: 'unknown',
    characterClasses: 'unknown',
    reusePrevention: 'unknown',
    maxAgeDays: 'unknown',
    evidence: [{ path: 'GetAccountPasswordPolicy', value: null, note: `${facts.passwordPolicyState.read ? 'not returned' : facts.passwordPolicyState.why}; no IAM_PASSWORD_POLICY result` }],
  };
}
