import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { inflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complianceHtml } from '../src/compliance/html.js';
import { partLabel, statusLabel, type RuleStatus } from '../src/compliance/i18n.js';
import type { ComplianceReport } from '../src/compliance/matrix.js';
import { browserUnavailable, startBrowser, watchPage, type BrowserSession, type PageProblems } from './helpers/browser.js';
import { cli, ROOT } from './helpers/cli.js';

/**
 * The HTML compliance report, built by the CLI from the bundled examples with attestations (CLD-02
 * valid, CLD-03 expired) and a waiver (one MFA failure), then opened in headless Chromium, with
 * JavaScript on and off, printed to PDF, and compared with the JSON report of the same scan.
 */
const FIXTURES = path.join(ROOT, 'test/fixtures/compliance');
const COMMIT = '0123456789abcdef0123456789abcdef01234567';
const REPORT_ARGS = ['report', 'examples', '--source-root', '.', '--attestations', path.join(FIXTURES, 'attestations.yaml'), '--config', path.join(FIXTURES, 'cldscan.yaml'), '--lang', 'fr', '--fail-on', 'none', '--commit', COMMIT];

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

describe('compliance HTML file', () => {
  it('is one self-contained file: inline style and one script, no address to fetch, a CSP that forbids fetching', () => {
    const html = readFileSync(htmlFile, 'utf8');
    expect(html).toMatch(/^<!doctype html>\n<html lang="fr">/);
    expect(html).toContain(`content="default-src 'none'; style-src 'sha256-`);
    expect(html).not.toMatch(/\ssrc=/i);
    expect(html).not.toMatch(/<link|@import|url\(/i);
    expect(html.match(/<script/g)).toHaveLength(1);
    // The only links are the attestations' evidence.
    expect([...html.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1])).toEqual(['https://intranet.example.fr/risques/ebios-2019']);
  });

  it('holds the matrix and every rule’s detail in the page itself, escaped', () => {
    const html = readFileSync(htmlFile, 'utf8');
    for (const r of json.rules) {
      expect(html).toContain(`<tr class="rule" id="${r.id}"`);
      expect(html).toContain(`<tr class="detail" id="d-${r.id}">`);
    }
    const hostile = structuredClone(json);
    hostile.organisation = '</script><script>alert(1)</script>';
    hostile.rules[0]!.title = '<img src=x onerror="alert(2)">';
    hostile.scope.categories[0]!.inputs = ['"><svg onload=alert(3)>'];
    const page = complianceHtml(hostile);
    expect(page.match(/<script/g)).toHaveLength(1);
    expect(page).not.toContain('<img');
    expect(page).not.toContain('<svg');
    expect(page).toContain('&#60;img src=x onerror=&#34;alert(2)&#34;&#62;');
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

  it('renders the header, the scope, the totals by status and one row per rule, grouped by section', async () => {
    expect(await page.title()).toBe('Matrice de conformité — cldscan 0.1.0 — Hébergeur Exemple SAS');
    expect(await page.locator('h1').textContent()).toBe(`Matrice de conformité — cldscan ${json.tool.version}`);
    expect(await page.locator('header').textContent()).toContain('Hébergeur Exemple SAS');
    const scope = page.locator('#scope');
    expect(await scope.locator('.statement').textContent()).toBe(json.scope.statement.text);
    expect(await scope.textContent()).toContain(`${COMMIT} (flag)`);
    expect(await scope.textContent()).toContain('version 1.2');
    expect(await scope.textContent()).toContain('aucune version indiquée dans le document');
    expect(await scope.locator('tr[data-category="terraform"] td.regions').textContent()).toBe(json.scope.categories[0]!.regions.join(', '));
    expect(await page.locator('tr.rule').count()).toBe(106);
    expect(await page.locator('tr.rule').evaluateAll((rows) => rows.map((r) => r.id))).toEqual(json.rules.map((r) => r.id));
    expect(await page.locator('tr.section').count()).toBe(new Set(json.rules.map((r) => `${r.rulebook} ${r.section}`)).size);
    expect(await page.locator('#matrix thead th.src').allTextContents()).toEqual(json.sources);
    for (const [status, n] of Object.entries(json.totals)) {
      const badge = page.locator(`[data-total="${status}"]`);
      expect(await badge.locator('b').textContent()).toBe(String(n));
      expect(await badge.textContent()).toContain(label(status as RuleStatus));
    }
    expect(await page.locator('#incomplete').count()).toBe(json.incomplete.length ? 1 : 0);
    expect(await shown()).toBe(106);
  });

  it('shows every rule status, and each source’s cell as the JSON report has it', async () => {
    const badges = await page.locator('tr.rule > td > .badge').allTextContents();
    expect(badges).toEqual(json.rules.map((r) => label(r.status)));
    const checked = json.rules.filter((r) => Object.keys(r.bySource).length);
    expect(checked.map((r) => r.id)).toEqual(expect.arrayContaining(['CLD-19', 'CLD-21', 'CL-27']));
    for (const r of checked) {
      for (const [source, c] of Object.entries(r.bySource)) {
        const cell = page.locator(`tr.rule#${r.id} td[data-source="${source}"]`);
        expect(await cell.getAttribute('class'), `${r.id} ${source}`).toContain(`s-${c.status}`);
        expect(await cell.getAttribute('title')).toBe(c.reason.text);
        expect(await cell.locator('.lbl').textContent()).toBe(partLabel(c.status, 'fr'));
        for (const k of ['fail', 'unknown', 'pass'] as const) expect(await cell.locator(`.cnt.${k} b`).textContent(), `${r.id} ${source} ${k}`).toBe(String(c[k]));
        expect(await cell.locator('.cnt.waived b').count()).toBe(c.waived ? 1 : 0);
      }
    }
    // The waived MFA failure is counted apart, under the rule whose MFA part admin-mfa covers.
    expect(rule('CLD-19').bySource.terraform).toMatchObject({ waived: 1 });
    expect(await page.locator('tr.rule#CLD-19 td[data-source="terraform"] .cnt.waived b').textContent()).toBe('1');
    // A rule no check covers has no counts, only a dash (with words for screen readers).
    expect(await page.locator('tr.rule#CLD-02 td[data-source="terraform"]').textContent()).toBe('—aucun contrôle ne couvre cette règle');
    expect(await page.locator('tr.rule#CLD-18 td[data-source="terraform"]').textContent()).toBe('—aucun contrôle ne couvre cette règle');
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

  it('opens a rule’s detail on a click: parts and their checks per source, findings, settle text, waiver, remediation', async () => {
    const r = rule('CLD-19');
    const detail = page.locator('#d-CLD-19');
    expect(await detail.isVisible()).toBe(false);
    await page.click('tr.rule#CLD-19 td >> nth=0');
    expect(await detail.isVisible()).toBe(true);
    expect(await page.locator('tr.rule#CLD-19 th button').getAttribute('aria-expanded')).toBe('true');
    const text = (await detail.textContent())!;
    expect(text).toContain(r.summary);
    expect(text).toContain(r.reason.text);
    expect(await detail.locator('tr[data-part]').evaluateAll((rows) => rows.map((x) => [x.getAttribute('data-part'), x.getAttribute('data-status')]))).toEqual(r.parts.map((p) => [String(p.number), p.status]));
    for (const c of r.parts.flatMap((p) => p.checks)) {
      const row = detail.locator(`table.checks tr[data-check="${c.check}"][data-source="terraform"]`);
      expect(await row.getAttribute('data-status')).toBe(c.bySource.terraform!.status);
      expect(await row.locator('td[data-reason]').getAttribute('data-reason')).toBe(c.bySource.terraform!.reason.id);
    }
    expect(await detail.locator('table.findings code.res').allTextContents()).toEqual(r.findings.map((f) => f.resource.id));
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
    // Finding messages are in French, rendered from the policies' message ids.
    expect(text).toContain('a des droits d\'administration et un accès interactif sans MFA imposée');
    for (const m of r.remediation) expect(text).toContain(m.text);
    await page.click('tr.rule#CLD-19 th button');
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
    expect(await page.locator('#d-CLD-19 tr[data-principal]').count()).toBe(0);
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
    // Inherited rules say what from.
    await page.click('tr.rule#CLD-41 th button');
    expect(await page.locator('#d-CLD-41').textContent()).toContain(rule('CLD-41').inheritedFrom!);
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
    expect(await page.locator('tr.detail:visible').count()).toBe(3);
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
    const notRead = { id: 'ruleNotVerified' as const, text: 'non vérifiée' };
    for (const r of report.rules) if (Object.keys(r.bySource).length) r.bySource[live] = { pass: 0, fail: 0, unknown: 0, waived: 0, status: 'not-verified', reason: notRead };
    report.rules.find((r) => r.id === 'CLD-21')!.bySource[live] = { pass: 5, fail: 2, unknown: 0, waived: 0, status: 'failed', reason: { id: 'ruleFailed', text: 'échec' } };
    report.incomplete = [{ level: 'error', message: 'AccessDenied on config:SelectAggregateResourceConfig', scope: `${live} eu-west-3`, category: live }];
    const file = path.join(dir, 'live.html');
    writeFileSync(file, complianceHtml(report));
    const other = await browser.context.newPage();
    const seen = watchPage(other, (u) => u === pathToFileURL(file).href);
    await other.goto(pathToFileURL(file).href);
    await other.waitForSelector('html[data-ready=true]');
    expect(await other.locator('#matrix thead th.src').allTextContents()).toEqual(['terraform', live]);
    expect(await other.locator('#incomplete').textContent()).toContain(`${live} eu-west-3\u202f: AccessDenied`);
    const cell = other.locator(`tr.rule#CLD-21 td[data-source="${live}"]`);
    expect(await cell.locator('.cnt.fail b').textContent()).toBe('2');
    expect(await cell.locator('.lbl').textContent()).toBe('en échec');
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
    hostile.rules.find((r) => r.id === 'CLD-19')!.findings[0]!.message = 'line\u2028break <!-- <script>globalThis.pwned = 4</script>';
    hostile.scope.categories[0]!.inputs = ['"><img src=x onerror="globalThis.pwned = 5">'];
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

/** Text-showing operators in the PDF's content streams (Chromium writes them Flate-compressed). */
function textRuns(pdf: Buffer): number {
  let n = 0;
  const bytes = pdf.toString('latin1');
  for (const m of bytes.matchAll(/stream\r?\n/g)) {
    const start = m.index! + m[0].length;
    const end = bytes.indexOf('endstream', start);
    let content: string;
    try {
      content = inflateSync(pdf.subarray(start, end)).toString('latin1');
    } catch {
      continue;
    }
    n += (content.match(/(?:\]\s*TJ|[)>]\s*Tj)/g) ?? []).length;
  }
  return n;
}

describe.skipIf(unavailable !== undefined)('compliance HTML report with JavaScript off, and printed', () => {
  let browser: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    browser = await startBrowser({ javaScriptEnabled: false });
    page = await browser.context.newPage();
    await page.goto(pathToFileURL(htmlFile).href);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the scope, the matrix and every rule’s detail without running any script', async () => {
    expect(await page.evaluate('document.documentElement.dataset.ready')).toBeUndefined();
    expect(await page.locator('#scope .statement').textContent()).toBe(json.scope.statement.text);
    expect(await page.locator('tr.rule:visible').count()).toBe(106);
    expect(await page.locator('tr.detail:visible').count()).toBe(106);
    expect(await page.locator('form.filters').isVisible()).toBe(false);
    const r = rule('CLD-19');
    const detail = page.locator('#d-CLD-19');
    expect(await detail.textContent()).toContain(r.reason.text);
    expect(await detail.locator('tr[data-part]').count()).toBe(r.parts.length);
    expect(await detail.locator('table.findings code.res').allTextContents()).toEqual(r.findings.map((f) => f.resource.id));
  });

  it('prints on A4 with page numbers', async () => {
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const text = pdf.toString('latin1');
    const pages = (text.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThan(10);
    // A4 in points: 595.28 × 841.89 (Chromium rounds to its own units).
    const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(boxes).toHaveLength(pages);
    for (const [w, h] of boxes) {
      expect(Math.abs(w! - 595.28)).toBeLessThan(1);
      expect(Math.abs(h! - 841.89)).toBeLessThan(1);
    }
    // The same page without the margin boxes (and the CSP that pins the original style): every page loses its number and its title.
    const original = readFileSync(htmlFile, 'utf8');
    const marginless = original.replace(/@bottom-right\{[^}]*\}@bottom-left\{[^}]*\}/, '').replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
    expect(marginless.length).toBeLessThan(original.length - 100);
    const bareFile = path.join(dir, 'sans-marges.html');
    writeFileSync(bareFile, marginless);
    const bare = await browser.context.newPage();
    await bare.goto(pathToFileURL(bareFile).href);
    const without = await bare.pdf({ preferCSSPageSize: true, printBackground: true });
    expect((without.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(pages);
    expect(textRuns(pdf) - textRuns(without)).toBeGreaterThanOrEqual(2 * pages);
    await bare.close();
  });
});
