/**
 * Remediation by input kind: each policy says how to fix a failure in Terraform and on a deployed
 * resource, per cloud. A finding's fix hint is the one for its cloud and the kind of input it was
 * found in; SARIF rule help gives every cloud's both, and the HTML compliance report gives each
 * failing finding its own, in the report's language. Checked on a 500-finding estate.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_POLICIES } from '../policies/index.js';
import { evidenceOfScan } from '../src/compliance/evidence.js';
import { complianceHtml } from '../src/compliance/html.js';
import { buildMatrix } from '../src/compliance/matrix.js';
import type { Finding } from '../src/model/finding.js';
import { LANGS, localize, type Lang } from '../src/policy/messages.js';
import { fixHints } from '../src/report/remediation.js';
import { toSarif } from '../src/report/sarif.js';
import type { ScanReport } from '../src/report/scan-report.js';
import { TOOL } from '../src/tool.js';
import { scanEstate, writeReportEstate } from './helpers/report-estate.js';

const POLICIES = BUILTIN_POLICIES.map((p) => p.meta);
const remediation = (policy: string) => POLICIES.find((p) => p.id === policy)!.remediation;

let dir: string;
let report: ScanReport;
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'cldscan-remediation-'));
  report = await scanEstate(writeReportEstate(dir));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('fixHints', () => {
  const finding = (origin: Finding['origin'], provider: Finding['resource']['provider']) => ({ policy: 'encryption-at-rest', origin, resource: { id: 'x', provider, nativeType: 't', region: null } });

  it('gives the Terraform fix for plans and configurations, the deployed-resource fix for live scans, per cloud and language', () => {
    for (const lang of LANGS) {
      const hint = fixHints(POLICIES, lang);
      for (const cloud of ['aws', 'azure', 'gcp'] as const) {
        const fix = remediation('encryption-at-rest')[cloud]!;
        expect(hint(finding('plan', cloud))).toBe(localize(fix.terraform, lang));
        expect(hint(finding('config', cloud))).toBe(localize(fix.terraform, lang));
        expect(hint(finding('live', cloud))).toBe(localize(fix.live, lang));
      }
    }
  });

  it('keeps a hint on one line, and gives none for a policy this run does not know', () => {
    const wrapped = { ...POLICIES[0]!, id: 'wrapped', remediation: { aws: { terraform: { en: 'Set\n  `a = 1`\n' }, live: { en: 'Run x' } } } };
    expect(fixHints([wrapped], 'en')({ ...finding('plan', 'aws'), policy: 'wrapped' })).toBe('Set `a = 1`');
    expect(fixHints(POLICIES, 'en')({ ...finding('plan', 'aws'), policy: 'not-loaded' })).toBeUndefined();
  });
});

describe('on a 500-finding estate', () => {
  it('SARIF rule help, text and Markdown, holds each cloud\'s Terraform and live remediation, in English and French', () => {
    for (const lang of LANGS) {
      const rules = (JSON.parse(toSarif(report, lang)) as { runs: Array<{ tool: { driver: { rules: Array<{ id: string; help: { text: string; markdown: string } }> } } }> }).runs[0]!.tool.driver.rules;
      expect(rules).toHaveLength(POLICIES.length);
      for (const rule of rules) {
        for (const fix of Object.values(remediation(rule.id))) {
          for (const text of [localize(fix.terraform, lang), localize(fix.live, lang)]) {
            expect(rule.help.text, `${rule.id} ${lang}`).toContain(text);
            expect(rule.help.markdown, `${rule.id} ${lang}`).toContain(text);
          }
        }
      }
    }
  });

  it('the HTML compliance report shows each failing finding with its own fix hint, in its language', () => {
    for (const lang of LANGS as Lang[]) {
      const matrix = buildMatrix(evidenceOfScan(report), undefined, lang, { tool: TOOL, policies: POLICIES, failOn: 'high' });
      const rows = matrix.rules.flatMap((r) => r.findings);
      const failing = rows.filter((f) => f.status === 'fail');
      expect(new Set(failing.map((f) => f.fingerprint)).size).toBe(report.findings.filter((f) => f.status === 'fail').length);
      for (const f of failing) expect(f.fix).toBe(localize(remediation(f.policy).aws!.terraform, lang));
      const html = complianceHtml(matrix);
      const fixes = html.match(/<div class="sub fix">/g) ?? [];
      // Each rule's table shows at most 200 of its findings; every failing row shown has its hint.
      const shown = matrix.rules.reduce((n, r) => n + r.findings.slice(0, 200).filter((f) => f.status === 'fail').length, 0);
      expect(fixes).toHaveLength(shown);
      const escaped = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
      expect(html).toContain(escaped(localize(remediation('log-retention').aws!.terraform, lang)));
    }
  });
});
