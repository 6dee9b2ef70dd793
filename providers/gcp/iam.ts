import type { AuditTrailFacet, Evidence, IdentityFacet, Truth } from '../../src/model/facets.js';
import { CUSTOM_ROLE, grantsIdentity, kindCounts, predefinedRoleVerdict, type Grant, type RoleVerdict } from './knowledge/iam.js';
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

/** The resource hierarchy: where IAM policies and audit configs are set. */
export const HIERARCHY: ReadonlySet<string> = new Set([PROJECT, FOLDER, ORGANIZATION]);

function roleVerdict(role: string | undefined): RoleVerdict {
  if (role === undefined) return { admin: 'unknown', settle: 'the role of the binding' };
  if (CUSTOM_ROLE.test(role)) return { admin: 'unknown', settle: `the permissions of the custom role ${role} (its iam.googleapis.com/Role asset)` };
  return predefinedRoleVerdict(role);
}

function grants(a: CaiAsset): Grant[] {
  const bindings = Array.isArray(a.iamPolicy?.bindings) ? a.iamPolicy.bindings : [];
  return bindings.map((b, i) => {
    const role = typeof b?.role === 'string' ? b.role : undefined;
    const members = Array.isArray(b?.members) ? b.members.filter((m): m is string => typeof m === 'string') : [];
    const conditional = b?.condition !== undefined && b.condition !== null;
    const note = [kindCounts(members) || 'no member', conditional ? 'conditional binding' : undefined].filter(Boolean).join('; ');
    return { role, verdict: roleVerdict(role), members, evidence: [ev(`${topPath(a, 'iamPolicy.bindings')}[${i}]`, role, { safe: true, note })] };
  });
}

export function identityFacet(a: CaiAsset): IdentityFacet | undefined {
  if (!HIERARCHY.has(a.assetType) || !a.iamPolicy) return undefined;
  return grantsIdentity(grants(a), { mfaSettle: MFA_SETTLE, noRole: '(no role)' });
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
