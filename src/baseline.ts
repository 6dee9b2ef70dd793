import type { Severity } from './model/finding.js';
import { readReportFile } from './report-files.js';

/** A failure or unknown of the baseline: its severity, and the scan category it was in (a plan, an account…). */
export interface BaselineEntry {
  severity: Severity;
  category?: string;
}

const SEVERITIES: readonly string[] = ['critical', 'high', 'medium', 'low'];
/** A SARIF result from another tool has a level, not a severity. */
const BY_LEVEL: Record<string, Severity> = { error: 'high', warning: 'medium', note: 'low' };

/**
 * The failures and unknowns of a previous cldscan report, JSON (`findings[].fingerprint`) or SARIF
 * (`partialFingerprints["cldscanResource/v1"]`), by fingerprint with their severity: what
 * `--baseline` compares against, and what a pull-request summary counts as fixed when it is gone.
 * Passes are not debt.
 */
export function loadBaseline(file: string, maxDecompressed?: number): Map<string, BaselineEntry> {
  const { kind, doc } = readReportFile(file, `--baseline ${file}`, maxDecompressed);
  const out = new Map<string, BaselineEntry>();
  const entry = (s: unknown, category: unknown, level?: unknown): BaselineEntry => ({
    severity: SEVERITIES.includes(s as string) ? (s as Severity) : (BY_LEVEL[level as string] ?? 'medium'),
    ...(typeof category === 'string' ? { category } : {}),
  });
  if (kind === 'json') {
    for (const f of (doc as { findings: Array<{ status: string; fingerprint: string; severity?: unknown; category?: unknown }> }).findings) if (f.status !== 'pass') out.set(f.fingerprint, entry(f.severity, f.category));
    return out;
  }
  for (const run of (doc as { runs: Array<{ results?: Array<{ partialFingerprints?: Record<string, string>; level?: unknown; properties?: { severity?: unknown; category?: unknown } }> }> }).runs) {
    for (const r of run.results ?? []) {
      const fp = r.partialFingerprints?.['cldscanResource/v1'];
      if (fp !== undefined) out.set(fp, entry(r.properties?.severity, r.properties?.category, r.level));
    }
  }
  return out;
}
