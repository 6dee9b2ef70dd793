import { UserError } from './errors.js';
import { readReportFile } from './report-files.js';

/**
 * `cldscan merge`: the reports of shards (or of separate scans) as one. SARIF runs with the same
 * `automationDetails.id` become one run, results deduplicated by rule and fingerprint, notifications
 * kept (each once), `executionSuccessful` false if any part failed. JSON findings are deduplicated
 * by fingerprint and the summary is recounted.
 */
export function mergeReports(files: readonly string[]): { kind: 'sarif' | 'json'; text: string } {
  if (files.length < 2) throw new UserError('merge needs at least two reports');
  const docs = files.map((f) => ({ file: f, ...readReportFile(f, f) }));
  const kinds = new Set(docs.map((d) => d.kind));
  if (kinds.size > 1) throw new UserError('merge: give reports of one kind, all SARIF or all cldscan JSON');
  return [...kinds][0] === 'sarif' ? { kind: 'sarif', text: mergeSarif(docs.map((d) => d.doc as SarifLog)) } : { kind: 'json', text: mergeJson(docs.map((d) => d.doc as JsonReport)) };
}

interface SarifResult {
  ruleId?: string;
  partialFingerprints?: Record<string, string>;
}
interface SarifRun {
  automationDetails?: { id?: string };
  properties?: { cldscanScopes?: unknown; [k: string]: unknown };
  invocations?: Array<{ executionSuccessful?: boolean; toolExecutionNotifications?: Array<{ message?: { text?: string } }> }>;
  results?: SarifResult[];
  [k: string]: unknown;
}
interface SarifLog {
  $schema?: string;
  version: string;
  runs: SarifRun[];
}

function mergeSarif(logs: readonly SarifLog[]): string {
  const byId = new Map<string, SarifRun>();
  for (const log of logs) {
    for (const run of log.runs) {
      const id = run.automationDetails?.id ?? '';
      const into = byId.get(id);
      if (!into) {
        byId.set(id, structuredClone(run));
        continue;
      }
      const seen = new Set((into.results ?? []).map(resultKey));
      for (const r of run.results ?? []) if (!seen.has(resultKey(r))) (into.results ??= []).push(r);
      // The scopes of every scan joined, so a compliance matrix built from the merged file stays exact.
      const scopes = [...scopesOf(into.properties?.cldscanScopes), ...scopesOf(run.properties?.cldscanScopes)];
      if (scopes.length) into.properties = { ...into.properties, cldscanScopes: uniqueScopes(scopes) };
      const a = (into.invocations ??= [{}])[0]!;
      const b = run.invocations?.[0];
      a.executionSuccessful = (a.executionSuccessful ?? true) && (b?.executionSuccessful ?? true);
      const texts = new Set((a.toolExecutionNotifications ?? []).map((n) => n.message?.text));
      for (const n of b?.toolExecutionNotifications ?? []) if (!texts.has(n.message?.text)) (a.toolExecutionNotifications ??= []).push(n);
    }
  }
  return `${JSON.stringify({ $schema: logs[0]!.$schema, version: '2.1.0', runs: [...byId.values()] }, null, 2)}\n`;
}

function scopesOf(value: unknown): Array<{ scanId?: unknown; categories?: Record<string, unknown> }> {
  return Array.isArray(value) ? value.filter((s): s is { scanId?: unknown } => typeof s === 'object' && s !== null) : [];
}

/** One scope per scan; the categories of a scan's runs, joined. */
function uniqueScopes(scopes: ReadonlyArray<{ scanId?: unknown; categories?: Record<string, unknown> }>): unknown[] {
  const byId = new Map<unknown, { scanId?: unknown; categories?: Record<string, unknown> }>();
  for (const s of scopes) {
    const into = byId.get(s.scanId);
    if (!into) byId.set(s.scanId, { ...s, categories: { ...s.categories } });
    else into.categories = { ...into.categories, ...s.categories };
  }
  return [...byId.values()];
}

function resultKey(r: SarifResult): string {
  return `${r.ruleId ?? ''}\u0000${r.partialFingerprints?.['cldscanResource/v1'] ?? JSON.stringify(r)}`;
}

interface JsonFinding {
  status: 'pass' | 'fail' | 'unknown';
  severity: 'critical' | 'high' | 'medium' | 'low';
  fingerprint: string;
  suppression?: unknown;
}
interface JsonReport {
  tool?: unknown;
  findings: JsonFinding[];
  administrators?: Array<{ category?: string; resource?: { id?: string } }>;
  summary: { failOn?: string; resources?: number; inputs?: unknown[]; incomplete?: Array<{ message?: string }>; notifications?: Array<{ message?: string }>; scopes?: unknown; [k: string]: unknown };
}

const RANK = { critical: 4, high: 3, medium: 2, low: 1 } as const;

function mergeJson(reports: readonly JsonReport[]): string {
  const seen = new Set<string>();
  const findings: JsonFinding[] = [];
  for (const r of reports) for (const f of r.findings) if (!seen.has(f.fingerprint)) (seen.add(f.fingerprint), findings.push(f));
  const failOn = reports[0]!.summary.failOn ?? 'high';
  const byStatus = { pass: 0, fail: 0, unknown: 0 };
  const failuresBySeverity = { critical: 0, high: 0, medium: 0, low: 0 };
  let waived = 0;
  let failed = false;
  for (const f of findings) {
    if (f.suppression) {
      waived++;
      continue;
    }
    byStatus[f.status]++;
    if (f.status === 'fail') {
      failuresBySeverity[f.severity]++;
      if (failOn !== 'none' && RANK[f.severity] >= RANK[failOn as keyof typeof RANK]) failed = true;
    }
  }
  const unique = <T extends { message?: string }>(lists: Array<T[] | undefined>) => {
    const texts = new Set<string | undefined>();
    return lists.flat().filter((n): n is T => n !== undefined && !texts.has(n.message) && (texts.add(n.message), true));
  };
  const summary = {
    ...reports[0]!.summary,
    resources: reports.reduce((n, r) => n + (r.summary.resources ?? 0), 0),
    findings: findings.length,
    byStatus,
    failuresBySeverity,
    failed,
    waived,
    inputs: reports.flatMap((r) => r.summary.inputs ?? []),
    incomplete: unique(reports.map((r) => r.summary.incomplete)),
    notifications: unique(reports.map((r) => r.summary.notifications)),
    scopes: uniqueScopes(reports.flatMap((r) => scopesOf(r.summary.scopes))),
  };
  // The same principal read by two shards (an aggregator and an account scan) is listed once.
  const admins = new Map<string, unknown>();
  for (const r of reports) {
    for (const a of r.administrators ?? []) {
      const key = `${a.category}\u0000${a.resource?.id}`;
      if (!admins.has(key)) admins.set(key, a);
    }
  }
  return `${JSON.stringify({ tool: reports[0]!.tool, findings, administrators: [...admins.values()], summary }, null, 2)}\n`;
}
