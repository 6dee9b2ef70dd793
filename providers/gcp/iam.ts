import type { AuditTrailFacet, Evidence, IdentityFacet, Truth } from '../../src/model/facets.js';
import { ADMIN_ROLES, BASIC_ADMIN_ROLES, isHuman, memberKind } from './plan/iam.js';
import type { CaiAsset } from './asset.js';
import { FOLDER, LOG_TYPES, ORGANIZATION, PROJECT, auditSummary, hierarchyName, type AuditSummary, type InventoryContext } from './context.js';
import { ev, topPath } from './values.js';

/**
 * IAM policies of projects, folders and organizations (content type IAM_POLICY): who holds
 * administrative roles, and the audit configs. Google's 2-step verification is enforced in Cloud
 * Identity / Workspace and is not in Cloud Asset Inventory: MFA of people holding admin roles is
 * unknown, never enforced; a basic owner/editor role granted to an individual user is a breach on
 * its own.
 */

const MFA_SETTLE =
  '2-step verification enforcement for these accounts in Cloud Identity / Google Workspace (Admin console › Security › 2-step verification, or the Admin SDK Directory API `isEnforcedIn2Sv` of each user): an attestation';

const CUSTOM_ROLE = /^(projects|organizations)\/[^/]+\/roles\//;

/** The resource hierarchy: where IAM policies and audit configs are set. */
export const HIERARCHY: ReadonlySet<string> = new Set([PROJECT, FOLDER, ORGANIZATION]);

interface Grant {
  role: string | undefined;
  admin: Truth;
  settle?: string;
  members: string[];
  evidence: Evidence[];
}

function roleAdmin(role: string | undefined): { admin: Truth; settle?: string } {
  if (role === undefined) return { admin: 'unknown', settle: 'the role of the binding' };
  if (CUSTOM_ROLE.test(role)) return { admin: 'unknown', settle: `the permissions of the custom role ${role} (its iam.googleapis.com/Role asset)` };
  return { admin: ADMIN_ROLES.has(role) || /\.admin$/.test(role) ? 'yes' : 'no' };
}

const kindCounts = (members: string[]) => {
  const counts = new Map<string, number>();
  for (const m of members) counts.set(memberKind(m), (counts.get(memberKind(m)) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${n} ${k}`).join(', ');
};

function grants(a: CaiAsset): Grant[] {
  const bindings = Array.isArray(a.iamPolicy?.bindings) ? a.iamPolicy.bindings : [];
  return bindings.map((b, i) => {
    const role = typeof b?.role === 'string' ? b.role : undefined;
    const members = Array.isArray(b?.members) ? b.members.filter((m): m is string => typeof m === 'string') : [];
    const conditional = b?.condition !== undefined && b.condition !== null;
    const note = [kindCounts(members) || 'no member', conditional ? 'conditional binding' : undefined].filter(Boolean).join('; ');
    return { role, ...roleAdmin(role), members, evidence: [ev(`${topPath(a, 'iamPolicy.bindings')}[${i}]`, role, note)] };
  });
}

const humanTruth = (g: Grant): Truth => (g.members.map(memberKind).some(isHuman) ? 'yes' : 'no');

/** Severity order of (admin, human access) pairs: the worst class found describes the policy. */
const CLASSES: ReadonlyArray<[Truth, Truth]> = [
  ['yes', 'yes'],
  ['unknown', 'yes'],
  ['yes', 'no'],
  ['unknown', 'no'],
];

function describe(list: readonly Grant[], only?: (m: string) => boolean): string {
  const shown = list.slice(0, 3).map((g) => {
    const members = only ? g.members.filter(only) : g.members;
    const names = members.length > 3 ? `${members.slice(0, 3).join(', ')} and ${members.length - 3} more` : members.join(', ');
    return `${g.role ?? '(no role)'} to ${names || '(no member)'}`;
  });
  return list.length > 3 ? `${shown.join('; ')} and ${list.length - 3} more grants` : shown.join('; ');
}

export function identityFacet(a: CaiAsset): IdentityFacet | undefined {
  if (!HIERARCHY.has(a.assetType) || !a.iamPolicy) return undefined;
  const all = grants(a);
  if (all.length === 0) return undefined;
  const toUsers = all.filter((g) => g.role !== undefined && BASIC_ADMIN_ROLES.has(g.role) && g.members.some((m) => memberKind(m) === 'user'));
  const toPublic = all.filter((g) => g.admin === 'yes' && g.members.some((m) => memberKind(m) === 'public'));
  if (toUsers.length || toPublic.length) {
    const offenders = toUsers.length ? toUsers : toPublic;
    return {
      principalKind: 'grant',
      principal: describe(offenders, (m) => ['user', 'public'].includes(memberKind(m))),
      admin: 'yes',
      humanAccess: 'yes',
      mfa: 'unknown',
      violation: toUsers.length ? 'basic-role-to-user' : 'admin-to-public',
      evidence: offenders.flatMap((g) => g.evidence),
      settle: MFA_SETTLE,
    };
  }
  for (const [admin, human] of CLASSES) {
    const matching = all.filter((g) => g.admin === admin && humanTruth(g) === human);
    if (matching.length === 0) continue;
    const facet: IdentityFacet = {
      principalKind: 'grant',
      principal: describe(matching),
      admin,
      humanAccess: human,
      mfa: human === 'no' ? 'not-applicable' : 'unknown',
      evidence: matching.flatMap((g) => g.evidence),
    };
    const settle = admin === 'unknown' ? matching[0]!.settle : human === 'no' ? undefined : MFA_SETTLE;
    if (settle) facet.settle = settle;
    return facet;
  }
  return {
    principalKind: 'grant',
    principal: describe(all),
    admin: 'no',
    humanAccess: all.some((g) => humanTruth(g) === 'yes') ? 'yes' : 'no',
    mfa: 'not-applicable',
    evidence: all.flatMap((g) => g.evidence),
  };
}

// ─── Audit configs ─────────────────────────────────────────────────────────────────────────────

/** Cloud Audit Logs have no regions to choose nor digests to turn on: said once, as evidence. */
const GLOBAL_AND_IMMUTABLE: Evidence[] = [
  { path: 'auditConfigs', note: 'Cloud Audit Logs record every region of the scope: there is no per-region trail' },
  { path: 'auditConfigs', note: 'audit log entries are immutable in Cloud Logging: there is no integrity-validation setting' },
];

function summaryEvidence(a: CaiAsset, s: AuditSummary, from?: string): Evidence {
  const path = s.index === undefined ? topPath(a, 'iamPolicy.auditConfigs') : `${topPath(a, 'iamPolicy.auditConfigs')}[${s.index}]`;
  const note =
    s.index === undefined
      ? 'no allServices audit config'
      : `allServices: ${s.logTypes.length ? s.logTypes.join(', ') : 'no log type'}${s.exempted ? `; ${s.exempted} exempted member(s)` : ''}`;
  return { path: from ? 'iamPolicy.auditConfigs' : path, ...(s.index !== undefined ? { value: 'allServices' } : {}), note, ...(from ? { from } : {}) };
}

/**
 * Data Access audit logging of a project, folder or organization: covered when, as CIS GCP 2.1
 * asks, `allServices` records ADMIN_READ, DATA_READ and DATA_WRITE with no exempted member —
 * in its own IAM policy or inherited from an ancestor (the effective config is the union along
 * the hierarchy). An ancestor whose policy was not read leaves an uncovered node unknown.
 */
export function auditTrailFacet(a: CaiAsset, ctx: InventoryContext): AuditTrailFacet | undefined {
  if (!HIERARCHY.has(a.assetType) || !a.iamPolicy) return undefined;
  const own = auditSummary(a)!;
  const self = hierarchyName(a.name);
  const chain = a.ancestors ? a.ancestors.filter((x) => x !== self) : a.assetType === ORGANIZATION ? [] : undefined;
  const types = new Set(own.logTypes);
  let exempted = own.exempted;
  const evidence: Evidence[] = [summaryEvidence(a, own)];
  const unread: string[] = [];
  for (const node of chain ?? []) {
    const s = ctx.audit.get(node);
    if (!s) {
      unread.push(node);
      continue;
    }
    for (const t of s.logTypes) types.add(t);
    exempted += s.exempted;
    if (s.index !== undefined) evidence.push(summaryEvidence(a, s, node));
  }
  let covers: Truth;
  if (LOG_TYPES.every((t) => types.has(t)) && exempted === 0) covers = 'yes';
  else if (chain !== undefined && unread.length === 0) covers = 'no';
  else covers = 'unknown';
  if (covers !== 'no' && (chain === undefined || unread.length)) {
    evidence.push({
      path: 'ancestors',
      note: chain === undefined ? 'the ancestors are not in the record: audit configs they pass down are not known' : `not read: ${unread.join(', ')} (their audit configs are inherited)`,
    });
  }
  const facet: AuditTrailFacet = { label: 'Cloud Audit Logs configuration', multiRegion: 'yes', integrityValidation: 'yes', coversAllServices: covers, evidence: [...evidence, ...GLOBAL_AND_IMMUTABLE] };
  return facet;
}
