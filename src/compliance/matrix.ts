import { CATALOG } from '../catalog/rules.js';
import type { Automation } from '../catalog/types.js';
import type { OutcomeCounts } from '../evaluate.js';
import type { Finding, Notification } from '../model/finding.js';
import type { PolicyMeta } from '../policy/api.js';
import { localize } from '../policy/messages.js';
import { localizeFindings } from '../report/localize.js';
import type { Administrator } from '../report/administrators.js';
import type { ScanReport } from '../report/scan-report.js';
import { attestationFor, type Attestation, type AttestationFile, type AttestationState } from './attestations.js';
import { reason, type Lang, type RuleStatus } from './i18n.js';

export interface SourceStatus extends OutcomeCounts {
  status: RuleStatus;
}

export interface RuleRow {
  id: string;
  rulebook: 'CLD' | 'CL';
  section: string;
  title: string;
  summary: string;
  automation: Automation;
  automationReason: string;
  policies: string[];
  status: RuleStatus;
  reason: string;
  counts: OutcomeCounts;
  /** Per scan category (`terraform`, `aws/123…`): outcomes and the technical status there. */
  bySource: Record<string, SourceStatus>;
  attestation: { state: AttestationState; current?: Attestation; all: Attestation[] };
  /** Failures and unknowns behind the status (waived ones marked), capped per rule in reports. */
  findings: Array<Pick<Finding, 'policy' | 'status' | 'severity' | 'message' | 'resource' | 'location' | 'category' | 'settle' | 'suppression'>>;
  remediation: Array<{ policy: string; cloud: string; input: 'terraform' | 'live'; text: string }>;
}

export interface ComplianceReport {
  tool: ScanReport['tool'];
  generated: string;
  lang: Lang;
  sources: string[];
  rules: RuleRow[];
  totals: Record<RuleStatus, number>;
  summary: ScanReport['summary'];
  incomplete: Notification[];
  /** Privileged principals seen: the list of administrators (CLD-16) and the start of the rights review (CLD-17). */
  administrators: Administrator[];
  organisation?: string;
}

/** The rules whose evidence includes the list of administrators. */
export const ADMINISTRATOR_RULES: readonly string[] = ['CLD-16', 'CLD-17'];

const EMPTY: OutcomeCounts = { pass: 0, fail: 0, unknown: 0, waived: 0 };

/**
 * Every catalog rule's status from the scan's findings and the attestations. A rule with failures
 * is never shown compliant because of an attestation; an unknown is never shown compliant; an
 * incomplete scan leaves technical rules not verified.
 */
export function buildMatrix(report: ScanReport, attestations: AttestationFile | undefined, lang: Lang, on?: string): ComplianceReport {
  const incompleteScopes = new Set(report.incomplete.map((n) => n.category ?? '*'));
  const sources = [...new Set([...report.categories, ...[...incompleteScopes].filter((c) => c !== '*')])].sort();
  const findings = localizeFindings(report.findings, report.policies, lang);
  const rows = CATALOG.map((rule): RuleRow => {
    const policies = report.policies.filter((p) => p.rules.includes(rule.id));
    const perSource = report.ruleCounts.get(rule.id) ?? new Map<string, OutcomeCounts>();
    const counts = sum([...perSource.values()]);
    const bySource: Record<string, SourceStatus> = {};
    for (const source of sources) {
      const c = perSource.get(source) ?? EMPTY;
      bySource[source] = { ...c, status: technicalStatus(c, incompleteScopes.has(source) || incompleteScopes.has('*')) ?? 'not-verified' };
    }
    const attestation = attestationFor(attestations, rule.id, on);
    const { status, why } = ruleStatus(rule.automation, policies.length > 0, counts, incompleteScopes.size > 0, attestation.state, lang);
    return {
      id: rule.id,
      rulebook: rule.rulebook,
      section: rule.section,
      title: rule.title,
      summary: rule.summary[lang],
      automation: rule.automation,
      automationReason: rule.automationReason[lang],
      policies: policies.map((p) => p.id),
      status,
      reason: why,
      counts,
      bySource,
      attestation: { state: attestation.state, ...(attestation.attestation ? { current: attestation.attestation } : {}), all: attestation.all },
      findings: findings
        .filter((f) => f.status !== 'pass' && f.rules.includes(rule.id))
        .map(({ policy, status: s, severity, message, resource, location, category, settle, suppression }) => ({
          policy,
          status: s,
          severity,
          message,
          resource,
          location,
          category,
          ...(settle ? { settle } : {}),
          ...(suppression ? { suppression } : {}),
        })),
      remediation: policies.flatMap((p: PolicyMeta) =>
        Object.entries(p.remediation).flatMap(([cloud, fix]) => [
          { policy: p.id, cloud, input: 'terraform' as const, text: localize(fix.terraform, lang) },
          { policy: p.id, cloud, input: 'live' as const, text: localize(fix.live, lang) },
        ]),
      ),
    };
  });
  const totals = Object.fromEntries(['compliant', 'non-compliant', 'partially-verified', 'not-verified', 'attested', 'attestation-missing', 'attestation-expired', 'inherited'].map((s) => [s, 0])) as Record<RuleStatus, number>;
  for (const r of rows) totals[r.status]++;
  return {
    tool: report.tool,
    generated: new Date().toISOString(),
    lang,
    sources,
    rules: rows,
    totals,
    summary: report.summary,
    incomplete: report.incomplete,
    administrators: report.administrators,
    ...(attestations?.organisation ? { organisation: attestations.organisation } : {}),
  };
}

function sum(list: readonly OutcomeCounts[]): OutcomeCounts {
  const out = { ...EMPTY };
  for (const c of list) {
    out.pass += c.pass;
    out.fail += c.fail;
    out.unknown += c.unknown;
    out.waived += c.waived;
  }
  return out;
}

/** What the policies say, alone: undefined when they had nothing to judge. */
function technicalStatus(c: OutcomeCounts, incomplete: boolean): RuleStatus | undefined {
  if (c.fail > 0) return 'non-compliant';
  if (c.unknown > 0 || incomplete) return 'not-verified';
  if (c.pass > 0 || c.waived > 0) return 'compliant';
  return undefined;
}

function ruleStatus(
  automation: Automation,
  hasPolicies: boolean,
  counts: OutcomeCounts,
  incomplete: boolean,
  attestation: AttestationState,
  lang: Lang,
): { status: RuleStatus; why: string } {
  const r = (key: Parameters<typeof reason>[0], detail?: string) => reason(key, lang, detail);
  if (automation === 'inherited') return { status: 'inherited', why: r('inherited') };
  const fromAttestation = (missingKey: 'attestationMissing' | 'notCovered'): { status: RuleStatus; why: string } =>
    attestation === 'valid'
      ? { status: 'attested', why: r('attested') }
      : attestation === 'expired'
        ? { status: 'attestation-expired', why: r('attestationExpired') }
        : { status: 'attestation-missing', why: r(missingKey) };
  if (!hasPolicies) return fromAttestation(automation === 'manual' ? 'attestationMissing' : 'notCovered');

  const technical = technicalStatus(counts, incomplete);
  if (technical === 'non-compliant') return { status: 'non-compliant', why: r('failures', `${counts.fail}`) };
  if (technical === 'not-verified') return { status: 'not-verified', why: counts.unknown > 0 ? r('unknowns', `${counts.unknown}`) : r('incomplete') };
  if (technical === undefined) {
    // Nothing in scope to check: the organisational part, if any, still needs its attestation.
    if (automation === 'partial') return fromAttestation('attestationMissing');
    return { status: 'not-verified', why: r('noEvidence') };
  }
  if (automation === 'automated') return { status: 'compliant', why: r('allPass') };
  if (attestation === 'valid') return { status: 'compliant', why: `${r('allPass')}; ${r('attested')}` };
  if (attestation === 'expired') return { status: 'attestation-expired', why: r('attestationExpired') };
  return { status: 'partially-verified', why: r('partialNeedsAttestation') };
}
