import type { Administrator } from './administrators.js';
import type { Finding, Notification } from '../model/finding.js';
import type { FindingSet } from './finding-spool.js';
import type { PolicyMeta } from '../policy/api.js';
import type { Summary } from '../evaluate.js';
import type { ScanScope } from '../scope.js';
import type { InputSummary } from '../input/read-inputs.js';
import type { ScanSettings } from '../settings.js';

/**
 * Everything a report is written from. Built once per scan, already redacted. Its findings are in
 * memory (`scan` as a library call) or spooled to a temporary file (the CLI: `scan({ spool: true })`).
 */
export interface ScanReport<F extends FindingSet = Finding[]> {
  tool: { name: string; version: string; informationUri: string };
  /** Scan categories present (`terraform`, `aws`…): SARIF automationDetails. */
  categories: string[];
  sourceRoot: string;
  settings: ScanSettings;
  policies: PolicyMeta[];
  findings: F;
  summary: Summary;
  inputs: InputSummary[];
  notifications: Notification[];
  /** Parts of the estate that could not be read: nothing from them counts as compliant. */
  incomplete: Notification[];
  /** What the scan covered, with each check's outcomes per category: what the compliance matrix is built from. */
  scope: ScanScope;
  /** Privileged principals seen (evidence for CLD-16 and CLD-17). */
  administrators: Administrator[];
}

export const STATUS_ORDER = { fail: 0, unknown: 1, pass: 2 } as const;
export const SEVERITY_ORDER = { critical: 0, high: 1, medium: 2, low: 3 } as const;

/** Failures first, worst severity first, then by place: the order every human-facing report uses. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.location?.uri ?? '').localeCompare(b.location?.uri ?? '') ||
      (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
      a.resource.id.localeCompare(b.resource.id) ||
      a.policy.localeCompare(b.policy),
  );
}
