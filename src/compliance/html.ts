import type { ComplianceReport } from './matrix.js';

/** The self-contained HTML compliance report (written with the HTML report work). */
export function complianceHtml(report: ComplianceReport): string {
  return `<!doctype html><meta charset="utf-8"><title>cldscan</title><pre>${JSON.stringify(report.totals)}</pre>\n`;
}
