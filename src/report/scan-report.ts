import type { Administrator } from './administrators.js';
import type { Finding, Notification } from '../model/finding.js';
import type { FindingSet } from './finding-spool.js';
import type { SortKey } from './sorted-findings.js';
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

/**
 * Failures first, worst severity first, then by place: the order every human-facing report uses, as
 * a few strings and numbers (compared by `compareKeys`), which the reports of a spooled scan sort on disk.
 */
export function reportOrderKey(f: Finding): SortKey {
  return [STATUS_ORDER[f.status], SEVERITY_ORDER[f.severity], f.location?.uri ?? '', f.location?.line ?? 0, f.resource.id, f.policy];
}

/** Keys compared item by item: numbers by value, strings as people read them (localeCompare). */
export function compareKeys(a: SortKey, b: SortKey): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    const d = typeof x === 'number' ? x - (y as number) : x.localeCompare(y as string);
    if (d) return d;
  }
  return 0;
}
