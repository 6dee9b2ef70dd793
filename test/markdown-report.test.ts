/**
 * The pull-request summary (`--format markdown`) on a 500-finding estate: a headline with counts per
 * severity (new and fixed against a baseline), findings grouped by policy in <details> blocks, each
 * under the fix hint of its cloud and input kind with the policy's rule ids, locations linked to the
 * file and line at the commit, one entry per policy and resource, under GitHub's comment size limit
 * with a note of what was left out; in English and French.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_POLICIES } from '../policies/index.js';
import { loadBaseline } from '../src/baseline.js';
import type { Finding, Severity } from '../src/model/finding.js';
import { localize, renderResult } from '../src/policy/messages.js';
import { toJson } from '../src/report/json.js';
import { blobLinks, GITHUB_COMMENT_LIMIT, MARKDOWN_LIMIT, MARKDOWN_WORDS, toMarkdown, type BlobLinks } from '../src/report/markdown.js';
import { render } from '../src/report/render.js';
import type { ScanReport } from '../src/report/scan-report.js';
import { cli } from './helpers/cli.js';
import { scanEstate, writeReportEstate, type ReportEstate } from './helpers/report-estate.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const LINKS: BlobLinks = { base: `https://github.com/acme/infra/blob/${SHA}/`, prefix: '' };
const SEVERITIES: Severity[] = ['critical', 'high', 'medium', 'low'];
const html = (md: string) => micromark(md, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true });

let dir: string;
let estate: ReportEstate;
let report: ScanReport;
const open = () => report.findings.filter((f) => f.status !== 'pass' && !f.suppression);

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'cldscan-md-report-'));
  estate = writeReportEstate(dir);
  report = await scanEstate(estate);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The <details> blocks of a summary: the policy id of each, its summary line, and its rendered body. */
function blocks(md: string): Array<{ policy: string; summary: string; body: string }> {
  return [...md.matchAll(/<details><summary>(.*?)<\/summary>\n([\s\S]*?)\n<\/details>/g)].map((m) => ({
    policy: /<code>([^<]+)<\/code>/.exec(m[1]!)![1]!,
    summary: m[1]!,
    body: html(m[2]!),
  }));
}

/** Each listed finding (a row of a block's tables): its resource id, the href of its location, its message. */
function items(body: string): Array<{ id: string; href?: string; message: string }> {
  return [...body.matchAll(/<tbody>([\s\S]*?)<\/tbody>/g)].flatMap((t) =>
    [...t[1]!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => {
      const cells = [...r[1]!.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((c) => c[1]!);
      return { id: /^<code>([^<]+)<\/code>$/.exec(cells[1]!)![1]!.replace(/&quot;/g, '"'), href: /<a href="([^"]+)"/.exec(cells[2]!)?.[1], message: cells[3]! };
    }),
  );
}

/** The body rows of the first table: severity label, then its numbers. */
function severityRows(md: string): Map<string, number[]> {
  const table = /<tbody>([\s\S]*?)<\/tbody>/.exec(html(md))![1]!;
  return new Map([...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => {
    const cells = [...r[1]!.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((c) => c[1]!);
    return [cells[0]!, cells.slice(1).map(Number)];
  }));
}

describe('the PR summary of a 500-finding estate', () => {
  it('is an estate of 500 failures and unknowns over five policies', () => {
    expect(open()).toHaveLength(500);
    expect(new Set(open().map((f) => f.policy)).size).toBe(5);
  });

  it('stays under GitHub\'s comment limit and says how many findings it left out', () => {
    const md = toMarkdown(report, { links: LINKS });
    expect(md.length).toBeLessThanOrEqual(MARKDOWN_LIMIT);
    expect(md.length).toBeLessThan(GITHUB_COMMENT_LIMIT);
    const listed = blocks(md).reduce((n, b) => n + items(b.body).length, 0);
    expect(listed).toBeGreaterThan(100);
    expect(listed).toBeLessThan(500);
    expect(md).toContain(`_${MARKDOWN_WORDS.en.omitted(500 - listed)}_`);
  });

  it('has one collapsed block per policy, failing and most severe first, with its rule ids and counts; every policy is shown even when cut', () => {
    for (const limit of [MARKDOWN_LIMIT, 15_000]) {
      const md = toMarkdown(report, { links: LINKS, limit });
      expect(md.length).toBeLessThanOrEqual(limit);
      const found = blocks(md);
      expect(found.map((b) => b.policy)).toEqual(['encryption-at-rest', 'data-residency', 'admin-network-exposure', 'log-retention', 'network-separation']);
      for (const b of found) {
        const mine = open().filter((f) => f.policy === b.policy);
        expect(b.summary).toContain(mine[0]!.rules.join(', '));
        expect(b.summary).toContain(MARKDOWN_WORDS.en.groupCounts(mine.filter((f) => f.status === 'fail').length, mine.filter((f) => f.status === 'unknown').length));
        expect(items(b.body).length).toBeGreaterThan(0);
        const shown = items(b.body).length;
        if (shown < mine.length) expect(b.body).toContain(MARKDOWN_WORDS.en.groupMore(mine.length - shown));
      }
    }
  });

  it('puts each finding under the Terraform fix hint of its cloud, and links its .tf file and line at the commit', () => {
    const md = toMarkdown(report, { links: LINKS });
    const byId = new Map(open().map((f) => [`${f.policy}|${f.resource.id}`, f]));
    for (const b of blocks(md)) {
      const fix = localize(BUILTIN_POLICIES.find((p) => p.meta.id === b.policy)!.meta.remediation.aws!.terraform, 'en');
      expect(b.body).toContain(html(fix).replace(/^<p>|<\/p>\n?$/g, ''));
      for (const item of items(b.body)) {
        const f = byId.get(`${b.policy}|${item.id}`)!;
        expect(f, item.id).toBeDefined();
        expect(item.href).toBe(`${LINKS.base}${f.location!.uri}#L${f.location!.line}`);
      }
    }
  });

  it('counts failures and unknowns per severity in the headline', () => {
    const rows = severityRows(toMarkdown(report));
    for (const s of SEVERITIES) {
      expect(rows.get(MARKDOWN_WORDS.en.severities[s]), s).toEqual([
        open().filter((f) => f.severity === s && f.status === 'fail').length,
        open().filter((f) => f.severity === s && f.status === 'unknown').length,
      ]);
    }
  });

  it('counts data residency once per resource, even when a resource is read from two inputs', async () => {
    const copy = path.join(dir, 'infra', 'plan-copy.json');
    copyFileSync(estate.plan, copy);
    const twice = await scanEstate(estate, { inputs: [estate.plan, copy] });
    expect(twice.findings.filter((f) => f.policy === 'data-residency')).toHaveLength(2 * estate.abroad.length);
    const md = toMarkdown(twice, { limit: 10 * GITHUB_COMMENT_LIMIT });
    const residency = blocks(md).find((b) => b.policy === 'data-residency')!;
    expect(residency.summary).toContain(MARKDOWN_WORDS.en.groupCounts(estate.abroad.length, 0));
    expect(items(residency.body).map((i) => i.id).sort()).toEqual([...estate.abroad].sort());
    expect(severityRows(md).get(MARKDOWN_WORDS.en.severities.high)).toEqual(severityRows(toMarkdown(report)).get(MARKDOWN_WORDS.en.severities.high));
  });

  it('against a baseline, lists only the new findings and counts new and fixed per severity', async () => {
    // Before the change: 10 fewer volumes (10 new encryption failures now, high) and 10 more short-lived log groups (10 fixed now, medium).
    const before = writeReportEstate(dir, { volumes: 190, logGroups: 90, planName: 'before.json' });
    const baselineFile = path.join(dir, 'baseline.json');
    writeFileSync(baselineFile, toJson(await scanEstate(before)));
    writeReportEstate(dir);
    const changed = await scanEstate(estate, { baseline: { fingerprints: loadBaseline(baselineFile), newOnly: false } });
    expect(changed.summary.fixed).toEqual({ critical: 0, high: 0, medium: 10, low: 0 });
    const md = toMarkdown(changed, { links: LINKS });
    const rows = severityRows(md);
    expect(rows.get(MARKDOWN_WORDS.en.severities.high)).toEqual([10, 0, 0]);
    expect(rows.get(MARKDOWN_WORDS.en.severities.medium)).toEqual([0, 0, 10]);
    const found = blocks(md);
    expect(found.map((b) => b.policy)).toEqual(['encryption-at-rest']);
    expect(items(found[0]!.body).map((i) => i.id).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `aws_ebs_volume.data_${190 + i}`));
    expect(md).toContain(MARKDOWN_WORDS.en.unchanged(490));
    expect(md).toContain(MARKDOWN_WORDS.en.headlineChange(10, 0, 10));
    // --new-only: the same summary, the unchanged ones counted from the scan's summary.
    const newOnly = await scanEstate(estate, { baseline: { fingerprints: loadBaseline(baselineFile), newOnly: true } });
    const mdNew = toMarkdown(newOnly, { links: LINKS });
    expect(mdNew).toContain(MARKDOWN_WORDS.en.unchanged(490));
    expect(severityRows(mdNew)).toEqual(rows);
    // What the baseline had in a category this scan did not read (another account) is not fixed by it.
    const fingerprints = loadBaseline(baselineFile);
    fingerprints.set('elsewhere', { severity: 'critical', category: 'aws/123456789012' });
    fingerprints.set('gone', { severity: 'critical', category: 'terraform' });
    expect((await scanEstate(estate, { baseline: { fingerprints, newOnly: false } })).summary.fixed).toEqual({ critical: 1, high: 0, medium: 10, low: 0 });
  });

  it('in French: the words, the findings\' messages and the fix hints', () => {
    const md = render(report, 'markdown', { color: false, lang: 'fr', links: LINKS });
    const fr = MARKDOWN_WORDS.fr;
    expect(md).toContain(`### ${fr.findings}`);
    expect(md).toContain(`| ${fr.severity} | ${fr.failed} | ${fr.notVerified} |`);
    expect(md).not.toContain(MARKDOWN_WORDS.en.findings);
    const found = blocks(md);
    expect(found[0]!.summary).toContain(localize(BUILTIN_POLICIES.find((p) => p.meta.id === 'encryption-at-rest')!.meta.title, 'fr'));
    const fix = localize(BUILTIN_POLICIES.find((p) => p.meta.id === 'log-retention')!.meta.remediation.aws!.terraform, 'fr');
    expect(md).toContain(`**${fr.fix}** (AWS, ${fr.kinds.terraform}): ${fix}`);
    const encryption = BUILTIN_POLICIES.find((p) => p.meta.id === 'encryption-at-rest')!.meta;
    const first = items(found[0]!.body)[0]!;
    const volume = open().find((f) => f.policy === 'encryption-at-rest' && f.resource.id === first.id)!;
    expect(first.message).toBe(renderResult(encryption, volume, 'fr'));
    const omitted = 500 - found.reduce((n, b) => n + items(b.body).length, 0);
    expect(md).toContain(fr.omitted(omitted));
  });

  it('gives live findings the fix for a deployed resource, under their own hint', () => {
    const mixed = structuredClone(report);
    const residency = mixed.findings.filter((f) => f.policy === 'data-residency');
    for (const f of residency.slice(0, 10)) f.origin = 'live';
    const fix = BUILTIN_POLICIES.find((p) => p.meta.id === 'data-residency')!.meta.remediation.aws!;
    const md = toMarkdown(mixed, { limit: 10 * GITHUB_COMMENT_LIMIT });
    const body = md.slice(md.indexOf('(<code>data-residency</code>)'));
    const live = body.indexOf(`**${MARKDOWN_WORDS.en.fix}** (AWS, ${MARKDOWN_WORDS.en.kinds.live}): ${localize(fix.live, 'en')}`);
    const terraform = body.indexOf(`**${MARKDOWN_WORDS.en.fix}** (AWS, ${MARKDOWN_WORDS.en.kinds.terraform}): ${localize(fix.terraform, 'en')}`);
    expect(live).toBeGreaterThan(0);
    expect(terraform).toBeGreaterThan(0);
    const block = blocks(md).find((b) => b.policy === 'data-residency')!;
    expect(items(block.body)).toHaveLength(residency.length);
  });

  it('links only what is in the repository, with the path encoded: one link per finding and no other', () => {
    const hostile = structuredClone(report);
    const f = hostile.findings.find((x) => x.status === 'fail') as Finding;
    hostile.findings = [f];
    f.location = { uri: 'mod ules/a)](https://evil.example)`x`.tf', line: 7 };
    const rendered = html(toMarkdown(hostile, { links: { ...LINKS, prefix: 'infra/' } }));
    expect(rendered.match(/<a /g)).toHaveLength(1);
    expect(/<a href="([^"]+)"/.exec(rendered)![1]).toBe(`${LINKS.base}infra/mod%20ules/a%29%5D%28https%3A//evil.example%29%60x%60.tf#L7`);
    // An inventory snapshot written by the scan is not in the repository: shown, not linked.
    f.location = { uri: 'inventory.jsonl', line: 3, snapshot: true };
    expect(html(toMarkdown(hostile, { links: LINKS }))).not.toContain('<a ');
  });
});

describe('blobLinks', () => {
  const env = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/infra', GITHUB_WORKSPACE: '/work/acme' };
  it('links to the commit from the workflow\'s variables, with the source root\'s place in the checkout', () => {
    expect(blobLinks(env, '/work/acme/infra', SHA)).toEqual({ base: `https://github.com/acme/infra/blob/${SHA}/`, prefix: 'infra/' });
    expect(blobLinks(env, '/work/acme', SHA)).toEqual({ base: `https://github.com/acme/infra/blob/${SHA}/`, prefix: '' });
  });
  it('links nothing outside a workflow, without a commit, outside the checkout, or with odd variables', () => {
    expect(blobLinks({}, '/work/acme', SHA)).toBeUndefined();
    expect(blobLinks(env, '/work/acme', undefined)).toBeUndefined();
    expect(blobLinks(env, '/elsewhere', SHA)).toBeUndefined();
    expect(blobLinks({ ...env, GITHUB_SERVER_URL: 'javascript:alert(1)//' }, '/work/acme', SHA)).toBeUndefined();
    expect(blobLinks({ ...env, GITHUB_REPOSITORY: 'acme/infra)(x' }, '/work/acme', SHA)).toBeUndefined();
  });
});

describe('cldscan scan --format markdown', () => {
  it('links locations when run in a GitHub workflow', () => {
    const r = cli(['scan', estate.plan, '--source-root', dir, '--format', 'markdown', '--commit', SHA], {
      env: { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/infra', GITHUB_WORKSPACE: dir },
    });
    expect(r.status).toBe(1);
    expect(r.stdout.length).toBeLessThan(GITHUB_COMMENT_LIMIT);
    expect(r.stdout).toContain(`](https://github.com/acme/infra/blob/${SHA}/infra/`);
  });
});
