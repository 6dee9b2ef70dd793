import type { ScanReport } from './scan-report.js';

/** The machine format: every finding, passes included, and the summary. */
export function toJson(report: ScanReport): string {
  const doc = {
    tool: report.tool,
    findings: report.findings.map((f) => ({
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
    })),
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
  return `${JSON.stringify(doc, null, 2)}\n`;
}
