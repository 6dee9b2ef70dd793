import type { Finding } from '../model/finding.js';
import type { StagedFile } from '../output.js';
import { JsonChunks } from './json-chunks.js';
import type { ScanReport } from './scan-report.js';
import type { FindingSet } from './finding-spool.js';

/** The machine format: every finding, passes included, and the summary. */
export function toJson(report: ScanReport<FindingSet>): string {
  return [...jsonChunks(report)].join('');
}

/** The JSON report written to a file a finding at a time: what `scan --output` writes, whatever the number of findings. */
export function writeJson(out: StagedFile, report: ScanReport<FindingSet>): void {
  for (const chunk of jsonChunks(report)) out.write(chunk);
}

function jsonChunks(report: ScanReport<FindingSet>): Iterable<string> {
  const json = new JsonChunks();
  const doc = {
    tool: report.tool,
    findings: json.placeholder(entries(report.findings)),
    administrators: report.administrators,
    summary: {
      ...report.summary,
      residency: report.settings.residency,
      inputs: report.inputs,
      incomplete: report.incomplete,
      notifications: report.notifications,
      // What the scan covered and each check's counts per category: what a merged compliance matrix is built from
      // (a list: `cldscan merge` keeps the scope of every scan it joins).
      scopes: [report.scope],
    },
  };
  return json.chunks(doc);
}

function* entries(findings: Iterable<Finding>) {
  for (const f of findings) {
    yield {
      policy: f.policy,
      rules: f.rules,
      status: f.status,
      severity: f.severity,
      message: f.message,
      messageId: f.messageId,
      ...(f.data ? { data: f.data } : {}),
      ...(f.also ? { also: f.also } : {}),
      resource: f.resource,
      location: f.location,
      input: f.input,
      category: f.category,
      origin: f.origin,
      evidence: f.evidence,
      outcomes: f.outcomes,
      ...(f.settle ? { settle: f.settle } : {}),
      ...(f.settleRef ? { settleRef: f.settleRef } : {}),
      fingerprint: f.fingerprint,
      ...(f.suppression ? { suppression: f.suppression } : {}),
      ...(f.baseline ? { baseline: f.baseline } : {}),
      ...(f.expiredWaivers ? { expiredWaivers: f.expiredWaivers } : {}),
    };
  }
}
