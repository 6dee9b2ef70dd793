/**
 * IAM policy documents, read for three questions only: does it grant administrator rights, does it
 * deny actions without MFA, and who may assume a role. Documents are parsed, never printed.
 */
import { anyOf, type Evidence, type IdentityFacet, type Truth } from '../../../src/model/facets.js';

export interface Statement {
  effect: string;
  actions: string[];
  notActions: string[] | undefined;
  resources: string[];
  principal: unknown;
  notPrincipal: unknown;
  condition: Record<string, Record<string, unknown>>;
}

function list(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isJsonSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** Statements of a JSON policy document; undefined when it is not one. */
export function parsePolicy(text: unknown): Statement[] | undefined {
  if (typeof text !== 'string') return undefined;
  // Only an object can be a policy. Plans are full of placeholders and ARNs in `policy` arguments, and a
  // failed JSON.parse (an exception and its stack) costs far more than looking at the first character.
  let first = 0;
  while (first < text.length && isJsonSpace(text.charCodeAt(first))) first++;
  if (text.charCodeAt(first) !== 0x7b) return undefined;
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(doc)) return undefined;
  const raw = Array.isArray(doc.Statement) ? doc.Statement : isRecord(doc.Statement) ? [doc.Statement] : [];
  return raw.filter(isRecord).map((s) => ({
    effect: typeof s.Effect === 'string' ? s.Effect : '',
    actions: list(s.Action).map((a) => a.toLowerCase()),
    notActions: s.NotAction === undefined ? undefined : list(s.NotAction).map((a) => a.toLowerCase()),
    resources: s.Resource === undefined ? [] : list(s.Resource),
    principal: s.Principal,
    notPrincipal: s.NotPrincipal,
    condition: isRecord(s.Condition) ? (Object.fromEntries(Object.entries(s.Condition).filter(([, v]) => isRecord(v))) as Record<string, Record<string, unknown>>) : {},
  }));
}

/** Actions that amount to full control: everything, or all of IAM (which can grant itself everything). */
const ADMIN_ACTIONS = new Set(['*', '*:*', 'iam:*']);

/**
 * Allows `*` or `iam:*` on every resource, or everything except a list that leaves IAM in
 * (`NotAction` without `iam:*`). Deny statements are not weighed against it.
 */
export function grantsAdmin(statements: readonly Statement[]): boolean {
  return statements.some((s) => {
    if (s.effect !== 'Allow' || !s.resources.includes('*')) return false;
    if (s.notActions) return !s.notActions.some((a) => ADMIN_ACTIONS.has(a));
    return s.actions.some((a) => ADMIN_ACTIONS.has(a));
  });
}

/** AWS managed policies that make their holder an administrator. */
const ADMIN_MANAGED = /^arn:aws[a-z-]*:iam::aws:policy\/(AdministratorAccess|IAMFullAccess)$/;
export const AWS_MANAGED_POLICY = /^arn:aws[a-z-]*:iam::aws:policy\//;

export function managedPolicyIsAdmin(arn: string): boolean {
  return ADMIN_MANAGED.test(arn);
}

/** A condition block's value for a key, whatever the key's case (condition keys are case-insensitive). */
function conditionValues(condition: Record<string, Record<string, unknown>>, operators: readonly string[], key: string): string[] {
  const out: string[] = [];
  for (const op of operators) {
    const block = condition[op];
    if (!block) continue;
    for (const [k, v] of Object.entries(block)) {
      if (k.toLowerCase() === key) for (const x of Array.isArray(v) ? v : [v]) out.push(String(x).toLowerCase());
    }
  }
  return out;
}

const MFA_PRESENT = 'aws:multifactorauthpresent';

/**
 * The usual "force MFA" policy: deny everything (or everything but MFA self-service, via
 * `NotAction`) when `aws:MultiFactorAuthPresent` is false (`Bool` or `BoolIfExists`).
 */
export function deniesWithoutMfa(statements: readonly Statement[]): boolean {
  return statements.some(
    (s) =>
      s.effect === 'Deny' &&
      (s.notActions !== undefined || s.actions.includes('*')) &&
      conditionValues(s.condition, ['Bool', 'BoolIfExists'], MFA_PRESENT).includes('false'),
  );
}

/** An Allow that only holds with MFA: `Bool` true on MultiFactorAuthPresent, or a bound on MultiFactorAuthAge (absent without MFA). */
function requiresMfa(s: Statement): boolean {
  if (conditionValues(s.condition, ['Bool'], MFA_PRESENT).includes('true')) return true;
  return conditionValues(s.condition, ['NumericLessThan', 'NumericLessThanEquals'], 'aws:multifactorauthage').length > 0;
}

const ASSUME = /^(sts:assumerole(withsaml|withwebidentity)?|sts:\*|\*)$/;

export interface TrustReading {
  humanAccess: Truth;
  mfa: IdentityFacet['mfa'];
  /** Why, in words (no principal names). */
  notes: string[];
  settle?: string;
}

/**
 * Who may assume a role, from its trust policy:
 * - AWS services only: no person;
 * - an AWS account (root or id) or IAM user, or `*`: people, with MFA enforced only when the
 *   Allow requires `aws:MultiFactorAuthPresent`;
 * - another role: people only if they can assume that role, which this trust policy does not show;
 * - a SAML provider: people signing in through the identity provider, which enforces (or not) MFA;
 * - an OIDC provider (GitHub Actions, EKS service accounts…): workloads.
 */
export function readTrust(statements: readonly Statement[]): TrustReading {
  const human: Truth[] = [];
  const mfa: Array<IdentityFacet['mfa']> = [];
  const notes = new Set<string>();
  let idp = false;
  for (const s of statements) {
    if (s.effect !== 'Allow' || !s.actions.some((a) => ASSUME.test(a))) continue;
    for (const kind of principalKinds(s)) {
      if (kind === 'service' || kind === 'oidc') {
        human.push('no');
        notes.add(kind === 'service' ? 'assumed by AWS services' : 'assumed through an OIDC provider (workload identity)');
        continue;
      }
      if (kind === 'saml') {
        human.push('yes');
        mfa.push('unknown');
        idp = true;
        notes.add('assumed through a SAML identity provider');
        continue;
      }
      human.push(kind === 'role' ? 'unknown' : 'yes');
      mfa.push(requiresMfa(s) ? 'enforced' : 'absent');
      notes.add(kind === 'role' ? 'assumed by another role' : requiresMfa(s) ? 'assumed by IAM principals with MFA required' : 'assumed by IAM principals without an MFA condition');
    }
  }
  const humanAccess = anyOf(human);
  const worst = mfa.includes('absent') ? 'absent' : mfa.includes('unknown') ? 'unknown' : mfa.length ? 'enforced' : 'not-applicable';
  const out: TrustReading = { humanAccess, mfa: humanAccess === 'no' ? 'not-applicable' : worst, notes: [...notes] };
  if (worst === 'unknown' && idp) out.settle = 'MFA enforced by the identity provider';
  return out;
}

type PrincipalKind = 'service' | 'account' | 'user' | 'role' | 'saml' | 'oidc';

function principalKinds(s: Statement): PrincipalKind[] {
  const p = s.principal;
  if (p === '*') return ['account'];
  if (!isRecord(p)) return [];
  const kinds: PrincipalKind[] = [];
  if (p.Service !== undefined) kinds.push('service');
  for (const v of list(p.AWS)) {
    if (/:role\/|:assumed-role\//.test(v)) kinds.push('role');
    else if (/:user\//.test(v)) kinds.push('user');
    else kinds.push('account');
  }
  for (const v of list(p.Federated)) {
    const saml = /:saml-provider\//.test(v) || s.actions.includes('sts:assumerolewithsaml');
    kinds.push(saml ? 'saml' : 'oidc');
  }
  return kinds;
}

/**
 * A role's identity facet (without its principal) from what its policies grant and from its trust
 * policy: `statements` undefined when the trust policy could not be read (`unread` says why and
 * what settles it). `adminSettle` says what settles rights left unknown.
 */
export function roleIdentity(
  rights: { admin: Truth; evidence: Evidence[] },
  statements: readonly Statement[] | undefined,
  how: { trustPath: string; unread: { note: string; settle: string }; adminSettle: string },
): Omit<IdentityFacet, 'principalKind' | 'principal'> {
  if (!statements) {
    return {
      admin: rights.admin,
      humanAccess: 'unknown',
      mfa: 'unknown',
      evidence: [...rights.evidence, { path: how.trustPath, note: how.unread.note }],
      settle: rights.admin === 'unknown' ? how.adminSettle : how.unread.settle,
    };
  }
  const trust = readTrust(statements);
  return {
    admin: rights.admin,
    humanAccess: trust.humanAccess,
    mfa: trust.mfa,
    evidence: [...rights.evidence, { path: how.trustPath, note: trust.notes.join('; ') || 'no statement lets anyone assume the role' }],
    settle: rights.admin === 'unknown' ? how.adminSettle : (trust.settle ?? 'who assumes the role, and whether they sign in with MFA'),
  };
}

