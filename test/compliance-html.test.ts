import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complianceHtml, embedJson } from '../src/compliance/html.js';
import { statusLabel, type RuleStatus } from '../src/compliance/i18n.js';
import type { ComplianceReport } from '../src/compliance/matrix.js';
import { browserUnavailable, startBrowser, watchPage, type BrowserSession, type PageProblems } from './helpers/browser.js';
import { cli, ROOT } from './helpers/cli.js';

/**
 * The HTML compliance report, built by the CLI from the bundled examples with attestations (CLD-02
 * valid, CLD-03 expired) and a waiver (one MFA failure of CLD-18), then opened in headless Chromium
 * and compared with the JSON report of the same scan.
 */
const FIXTURES = path.join(ROOT, 'test/fixtures/compliance');
const REPORT_ARGS = ['report', 'examples', '--source-root', '.', '--attestations', path.join(FIXTURES, 'attestations.yaml'), '--config', path.join(FIXTURES, 'cldscan.yaml'), '--lang', 'fr', '--fail-on', 'none'];

const unavailable = await browserUnavailable();
if (unavailable) console.info(`compliance HTML report: browser tests skipped: ${unavailable}`);

let dir: string;
let json: ComplianceReport;
let htmlFile: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'cldscan-html-'));
  htmlFile = path.join(dir, 'rapport.html');
  const html = cli([...REPORT_ARGS, '--format', 'html', '--output', htmlFile]);
  expect(html.stderr).toBe('');
  expect(html.status).toBe(0);
  const data = cli([...REPORT_ARGS, '--format', 'json']);
  expect(data.status).toBe(0);
  json = JSON.parse(data.stdout) as ComplianceReport;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const rule = (id: string) => json.rules.find((r) => r.id === id)!;
const label = (s: RuleStatus) => statusLabel(s, 'fr');
const rule21 = (report: ComplianceReport) => report.rules.find((r) => r.id === 'CLD-21')!;

describe('compliance HTML file', () => {
  it('is one self-contained file: inline style and script, no address to fetch, a CSP that forbids fetching', () => {
    const html = readFileSync(htmlFile, 'utf8');
    expect(html).toMatch(/^<!doctype html>\n<html lang="fr">/);
    expect(html).toContain(`content="default-src 'none'; style-src 'sha256-`);
    expect(html).not.toMatch(/\s(?:src|href)=/i);
    expect(html).not.toMatch(/<link|@import|url\(/i);
    expect(html.match(/<script/g)).toHaveLength(2);
  });

  it('embeds the data so that no value can close the script or open markup', () => {
    const tricky = { a: '</script><script>alert(1)</script>', b: '<!-- & -->', c: 'line\u2028sep\u2029end', d: 'Hébergeur « Exemple »' };
    const embedded = embedJson(tricky);
    expect(embedded).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(embedded)).toEqual(tricky);
    const html = complianceHtml({ ...json, organisation: tricky.a });
    const data = html.slice(html.indexOf('id="cldscan-data">'), html.indexOf('</script>'));
    expect(data).not.toContain('<');
    expect(html.match(/<\/script>/g)).toHaveLength(2);
  });
});

describe.skipIf(unavailable !== undefined)('compliance HTML report in Chromium', () => {
  let browser: BrowserSession;
  let page: Page;
  let problems: PageProblems;
  let url: string;

  const shown = async () => Number(await page.locator('#shown').textContent());
  const visibleIds = () => page.locator('tr.rule:visible').evaluateAll((rows) => rows.map((r) => r.id));
  const filter = async (f: { status?: string; rulebook?: string; automation?: string; q?: string }) => {
    await page.selectOption('select[name=status]', f.status ?? '');
    await page.selectOption('select[name=rulebook]', f.rulebook ?? '');
    await page.selectOption('select[name=automation]', f.automation ?? '');
    await page.fill('input[name=q]', f.q ?? '');
  };

  beforeAll(async () => {
    browser = await startBrowser();
    page = await browser.context.newPage();
    url = pathToFileURL(htmlFile).href;
    problems = watchPage(page, (u) => u === url);
    await page.goto(url);
    await page.waitForSelector('html[data-ready=true]');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('renders the header, the totals by status and one row per rule, grouped by section', async () => {
    expect(await page.title()).toBe('Matrice de conformité — cldscan 0.1.0 — Hébergeur Exemple SAS');
    expect(await page.locator('h1').textContent()).toBe(`Matrice de conformité — cldscan ${json.tool.version}`);
    await expect.poll(() => page.locator('header').textContent()).toContain('Hébergeur Exemple SAS');
    expect(await page.locator('tr.rule').count()).toBe(106);
    expect(await page.locator('tr.rule').evaluateAll((rows) => rows.map((r) => r.id))).toEqual(json.rules.map((r) => r.id));
    expect(await page.locator('tr.section').count()).toBe(new Set(json.rules.map((r) => `${r.rulebook} ${r.section}`)).size);
    expect(await page.locator('thead th.src').allTextContents()).toEqual(json.sources);
    for (const [status, n] of Object.entries(json.totals)) {
      const badge = page.locator(`[data-total="${status}"]`);
      expect(await badge.locator('b').textContent()).toBe(String(n));
      expect(await badge.textContent()).toContain(label(status as RuleStatus));
    }
    expect(await page.locator('#incomplete').count()).toBe(json.incomplete.length ? 1 : 0);
    expect(await shown()).toBe(106);
  });

  it('shows every rule status, and each source’s counts as the JSON report has them', async () => {
    const badges = await page.locator('tr.rule > td > .badge').allTextContents();
    expect(badges).toEqual(json.rules.map((r) => label(r.status)));
    const checked = json.rules.filter((r) => r.policies.length && Object.values(r.bySource).some((c) => c.pass + c.fail + c.unknown + c.waived > 0));
    expect(checked.map((r) => r.id)).toEqual(expect.arrayContaining(['CLD-18', 'CLD-21', 'CL-27']));
    for (const r of checked) {
      for (const [source, c] of Object.entries(r.bySource)) {
        const cell = page.locator(`tr.rule#${r.id} td[data-source="${source}"]`);
        expect(await cell.getAttribute('class'), `${r.id} ${source}`).toContain(`s-${c.status}`);
        expect(await cell.locator('.lbl').textContent()).toBe(label(c.status));
        for (const k of ['fail', 'unknown', 'pass'] as const) expect(await cell.locator(`.cnt.${k} b`).textContent(), `${r.id} ${source} ${k}`).toBe(String(c[k]));
        expect(await cell.locator('.cnt.waived b').count()).toBe(c.waived ? 1 : 0);
      }
    }
    // The waived MFA failure is counted apart.
    expect(rule('CLD-18').bySource.terraform).toMatchObject({ waived: 1 });
    expect(await page.locator('tr.rule#CLD-18 td[data-source="terraform"] .cnt.waived b').textContent()).toBe('1');
    // A rule no policy checks has no counts, only a dash (with words for screen readers).
    expect(await page.locator('tr.rule#CLD-02 td[data-source="terraform"]').textContent()).toBe('—aucun contrôle ne vérifie cette règle');
  });

  it('filters by status, rulebook, automation and text, and counts the rules shown', async () => {
    const nonCompliant = json.rules.filter((r) => r.status === 'non-compliant').map((r) => r.id);
    expect(nonCompliant.length).toBeGreaterThan(0);
    await filter({ status: 'non-compliant' });
    expect(await shown()).toBe(nonCompliant.length);
    expect(await visibleIds()).toEqual(nonCompliant);
    expect(await page.locator('#counter').textContent()).toBe(`${nonCompliant.length} sur 106 règles affichées`);

    await filter({ rulebook: 'CL', automation: 'manual' });
    const clManual = json.rules.filter((r) => r.rulebook === 'CL' && r.automation === 'manual').map((r) => r.id);
    expect(await visibleIds()).toEqual(clManual);
    expect(await shown()).toBe(clManual.length);
    // Sections left empty by a filter are hidden with their rows.
    expect(await page.locator('tr.section:visible').count()).toBe(new Set(json.rules.filter((r) => clManual.includes(r.id)).map((r) => r.section)).size);

    for (const q of ['CHIFFREMENT', 'securite', 'cld-7', 'cl-2']) {
      await filter({ q });
      const expected = json.rules.filter((r) => fold(`${r.id} ${r.title}`).includes(fold(q))).map((r) => r.id);
      expect(expected.length, q).toBeGreaterThan(0);
      expect(await visibleIds(), q).toEqual(expected);
      expect(await shown(), q).toBe(expected.length);
    }

    // A totals badge filters on its status, and a second click clears it.
    await filter({});
    await page.click('[data-total="attestation-expired"]');
    expect(await visibleIds()).toEqual(['CLD-03']);
    expect(await page.locator('[data-total="attestation-expired"]').getAttribute('aria-pressed')).toBe('true');
    await page.click('[data-total="attestation-expired"]');
    expect(await shown()).toBe(106);
  });

  it('opens a rule’s detail on a click: findings with resource, location, settle text, waiver, remediation', async () => {
    const r = rule('CLD-18');
    const detail = page.locator('#d-CLD-18');
    expect(await detail.isVisible()).toBe(false);
    await page.click('tr.rule#CLD-18 td >> nth=0');
    expect(await detail.isVisible()).toBe(true);
    expect(await page.locator('tr.rule#CLD-18 th button').getAttribute('aria-expanded')).toBe('true');
    const text = (await detail.textContent())!;
    expect(text).toContain(r.summary);
    expect(text).toContain(r.reason);
    expect(text).toContain('admin-mfa');
    expect(await detail.locator('code.res').allTextContents()).toEqual(r.findings.map((f) => f.resource.id));
    expect(await detail.locator('code.loc').allTextContents()).toEqual(r.findings.map((f) => `${f.location!.uri}:${f.location!.line}`));
    const unknown = r.findings.find((f) => f.status === 'unknown' && f.settle)!;
    expect(text).toContain(unknown.settle);
    const waived = r.findings.find((f) => f.suppression)!;
    expect(waived.resource.id).toBe('module.iam.aws_iam_user.breakglass');
    const waivedRow = detail.locator(`tr[data-resource="${waived.resource.id}"]`);
    expect(await waivedRow.textContent()).toContain('dérogation');
    expect(await waivedRow.locator('.waiver').textContent()).toBe(
      `Dérogation\u202f: Compte de secours sous enveloppe scellée — approuvée par RSSI — jusqu’au 2099-12-31 (${waived.suppression!.where})`,
    );
    for (const m of r.remediation) expect(text).toContain(m.text);
    await page.click('tr.rule#CLD-18 th button');
    expect(await detail.isVisible()).toBe(false);
  });

  it('lists the administrators under CLD-16 and CLD-17, as the JSON report has them', async () => {
    expect(json.administrators.map((a) => a.principal)).toContain('breakglass');
    for (const id of ['CLD-16', 'CLD-17']) {
      await page.click(`tr.rule#${id} th button`);
      const rows = page.locator(`#d-${id} tr[data-principal]`);
      expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-principal')))).toEqual(json.administrators.map((a) => a.principal));
      const breakglass = page.locator(`#d-${id} tr[data-principal="breakglass"]`);
      expect(await breakglass.textContent()).toContain('examples/aws/modules/iam/main.tf:69');
      expect(await breakglass.textContent()).toContain('absent');
      await page.click(`tr.rule#${id} th button`);
    }
    // Other rules do not carry the list.
    await page.click('tr.rule#CLD-18 th button');
    expect(await page.locator('#d-CLD-18 tr[data-principal]').count()).toBe(0);
    await page.click('tr.rule#CLD-18 th button');
  });

  it('shows attestations: valid with its document, expired flagged, links that open nothing of the report', async () => {
    await page.click('tr.rule#CLD-03 th button');
    const expired = page.locator('#d-CLD-03 .attestation');
    expect(await expired.getAttribute('data-state')).toBe('expired');
    expect(await expired.locator('.expired-flag').textContent()).toBe('EXPIRÉE');
    expect(await expired.textContent()).toContain('Prochaine revue\u202f: 2020-01-01');
    const link = expired.locator('a');
    expect(await link.getAttribute('href')).toBe('https://intranet.example.fr/risques/ebios-2019');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await page.locator('tr.rule#CLD-03 > td > .badge').textContent()).toBe('attestation expirée');

    await page.click('tr.rule#CLD-02 th button');
    const valid = page.locator('#d-CLD-02 .attestation');
    expect(await valid.getAttribute('data-state')).toBe('valid');
    expect(await valid.textContent()).toContain('PSSI v3.2, section 1');
    expect(await valid.textContent()).toContain('Plateforme téléservice');
    expect(await valid.locator('.expired-flag').count()).toBe(0);
    expect(await page.locator('tr.rule#CLD-02 > td > .badge').textContent()).toBe('attesté');
  });

  it('prints every rule with its detail expanded and without the filters', async () => {
    await filter({ status: 'non-compliant' });
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.locator('form.filters').isVisible()).toBe(false);
      expect(await page.locator('tr.rule:visible').count()).toBe(106);
      expect(await page.locator('tr.detail:visible').count()).toBe(106);
      // Nothing wider than the page.
      expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    } finally {
      await page.emulateMedia({ media: 'screen' });
      await filter({});
    }
    expect(await page.locator('tr.detail:visible').count()).toBe(2);
  });

  it('takes a screenshot', async () => {
    const shot = path.join(dir, 'rapport.png');
    await page.screenshot({ path: shot });
    expect(statSync(shot).size).toBeGreaterThan(10_000);
    if (process.env.CLDSCAN_SCREENSHOT) await page.screenshot({ path: process.env.CLDSCAN_SCREENSHOT });
  });

  it('shows one column per source and warns when the scan was incomplete', async () => {
    const live = 'aws/123456789012';
    const report = structuredClone(json);
    report.sources = [...report.sources, live];
    for (const r of report.rules) r.bySource[live] = { pass: 0, fail: 0, unknown: 0, waived: 0, status: 'not-verified' };
    rule21(report).bySource[live] = { pass: 5, fail: 2, unknown: 0, waived: 0, status: 'non-compliant' };
    report.incomplete = [{ level: 'error', message: 'AccessDenied on config:SelectAggregateResourceConfig', scope: `${live} eu-west-3`, category: live }];
    const file = path.join(dir, 'live.html');
    writeFileSync(file, complianceHtml(report));
    const other = await browser.context.newPage();
    const seen = watchPage(other, (u) => u === pathToFileURL(file).href);
    await other.goto(pathToFileURL(file).href);
    await other.waitForSelector('html[data-ready=true]');
    expect(await other.locator('thead th.src').allTextContents()).toEqual(['terraform', live]);
    expect(await other.locator('#incomplete').textContent()).toContain(`${live} eu-west-3\u202f: AccessDenied`);
    const cell = other.locator(`tr.rule#CLD-21 td[data-source="${live}"]`);
    expect(await cell.locator('.cnt.fail b').textContent()).toBe('2');
    expect(await cell.locator('.lbl').textContent()).toBe('non conforme');
    // Checked by policies but nothing read from the incomplete source: not verified, never a blank.
    expect(await other.locator(`tr.rule#CLD-28 td[data-source="${live}"] .lbl`).textContent()).toBe('non vérifié');
    expect(await other.locator(`tr.rule#CLD-02 td[data-source="${live}"]`).getAttribute('class')).toContain('na');
    if (process.env.CLDSCAN_SCREENSHOT) await other.screenshot({ path: process.env.CLDSCAN_SCREENSHOT.replace(/\.png$/, '-live.png') });
    expect(seen).toEqual({ console: [], errors: [], failed: [], requests: [] });
    await other.close();
  });

  it('shows hostile values as text: nothing runs, nothing loads, no javascript: link', async () => {
    const hostile = structuredClone(json);
    hostile.organisation = '</script><script>globalThis.pwned = 1</script>';
    hostile.rules[0]!.title = '<img src=x onerror="globalThis.pwned = 2">';
    hostile.rules[1]!.attestation.all = [{ rule: 'CLD-02', url: 'javascript:globalThis.pwned = 3', owner: '<b>x</b>', date: '2026-01-01', nextReview: '2099-01-01', where: 'a.yaml:1' }];
    hostile.rules[17]!.findings[0]!.message = 'line\u2028break <!-- <script>globalThis.pwned = 4</script>';
    const file = path.join(dir, 'hostile.html');
    writeFileSync(file, complianceHtml(hostile));
    const other = await browser.context.newPage();
    const seen = watchPage(other, (u) => u === pathToFileURL(file).href);
    await other.goto(pathToFileURL(file).href);
    await other.waitForSelector('html[data-ready=true]');
    expect(await other.evaluate(() => (globalThis as { pwned?: unknown }).pwned)).toBeUndefined();
    expect(await other.locator('img, #app script').count()).toBe(0);
    expect(await other.locator('tr.rule#CLD-01 td').first().textContent()).toBe(hostile.rules[0]!.title);
    expect(await other.locator('header').textContent()).toContain(hostile.organisation);
    expect(await other.locator('a[href^="javascript"]').count()).toBe(0);
    expect(seen).toEqual({ console: [], errors: [], failed: [], requests: [] });
    await other.close();
  });

  it('logs no error and makes no request beyond the file itself', () => {
    expect(problems).toEqual({ console: [], errors: [], failed: [], requests: [] });
    expect(existsSync(htmlFile)).toBe(true);
  });
});
