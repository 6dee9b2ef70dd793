/**
 * Markdown escaping of what comes from inputs: rendered by a GFM parser (micromark with its GFM
 * extension: tables, autolink literals, raw HTML allowed as GitHub allows it), escaped text and code
 * spans stay exactly the text they hold, one table cell each, and produce no link, image, HTML,
 * code span break-out; GitHub's own mentions, issue references and autolinks find nothing to link.
 * Property-tested with fast-check (fixed seed), then on the PR Markdown and compliance Markdown reports.
 */
import { evidenceOfScan } from '../src/compliance/evidence.js';
import { TOOL } from '../src/tool.js';
import { INPUT_KINDS } from '../src/cli/composition-root.js';
import fc from 'fast-check';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { beforeAll, describe, expect, it } from 'vitest';
import { markdownCode, markdownText } from '../src/report/escape.js';
import { toMarkdown } from '../src/report/markdown.js';
import { complianceMarkdown } from '../src/compliance/render.js';
import { buildMatrix } from '../src/compliance/matrix.js';
import { scan } from '../src/scan.js';
import { DEFAULT_SETTINGS } from '../src/settings.js';
import { BUILTIN_POLICIES } from '../policies/index.js';
import type { ScanReport } from '../src/report/scan-report.js';
import { buildPlan } from './helpers/plan-builder.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const render = (md: string) => micromark(md, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true });

/** What a browser shows for HTML text: entities decoded, zero-width spaces (ours) removed. */
function shown(html: string): string {
  return html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCharCode(Number(n)))
    .replace(/&amp;/g, '&')
    .replace(/\u200b/g, '');
}

/** The text Markdown should show for `s`: line breaks and tabs as spaces, other controls as U+FFFD. */
function flattened(s: string): string {
  return s.replace(/[\t\n\r]/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, '\ufffd');
}

/** The cells of the one body row of a rendered two-column table. */
function bodyCells(html: string): string[] {
  const body = /<tbody>([\s\S]*)<\/tbody>/.exec(html)?.[1] ?? '';
  return [...body.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((m) => m[1]!);
}

/** Nothing but the markup a table, a paragraph, a quote, a list and code spans are made of. */
const STRUCTURE = /<\/?(?:table|thead|tbody|tr|th|td|p|code|blockquote|ul|li)>/g;

/** What GitHub would link or mention in rendered text, whatever the Markdown: `@user`, `#123`, `https://…`, `www.…`, `a@b.c`. */
const GITHUB_LINKS = /(?:^|[^\w`])@[A-Za-z0-9]|#\d|[a-z]+:\/\/|\bwww\.|[\w.+-]@[A-Za-z0-9]/i;

const PAYLOADS = [
  '@octocat please review',
  'see #1 and org/repo#42 and GH-7',
  '[click](https://evil.example/phish) and ![pixel](https://evil.example/p.png)',
  '<img src=x onerror=alert(1)> <script>alert(1)</script> <a href="javascript:alert(1)">x</a>',
  '`code` and `` `` `` break `out` ```',
  'a | b || c \\| d \\\\| e',
  'https://evil.example www.evil.example mailto:a@evil.example ops@evil.example',
  '*bold* _it_ ~~strike~~ # heading\n- list\n> quote\n1. one',
  '&lt;script&gt; &amp; &#64;octocat &#x40;octocat',
  'line one\nline two\r\nthree\ttab \u001b[31mred\u001b[0m \u202eevil\u202c \u0007',
  '\\', '`', '|', ' leading and trailing ', '``', '\\|', '\\\\|',
];

describe('markdownText', () => {
  it('renders as exactly the text it holds, one cell, with no link, image, mention or HTML', () => {
    for (const payload of PAYLOADS) {
      const html = render(`| a | b |\n|---|---|\n| ${markdownText(payload)} | end |\n`);
      const cells = bodyCells(html);
      expect(cells, payload).toHaveLength(2);
      expect(cells[1]).toBe('end');
      expect(shown(cells[0]!), payload).toBe(flattened(payload).trim());
      expect(html.replace(STRUCTURE, ''), payload).not.toMatch(/<[a-z!/]/i);
      expect(shown(cells[0]!.replace(/\u200b/g, '\u0000')), payload).not.toMatch(GITHUB_LINKS);
    }
  });

  it('is as safe outside tables: in a paragraph, a quoted list item, a heading line', () => {
    for (const payload of PAYLOADS) {
      for (const md of [`${markdownText(payload)}\n`, `> - ${markdownText(payload)}\n`]) {
        const html = render(md);
        expect(html.replace(STRUCTURE, ''), payload).not.toMatch(/<[a-z!/]/i);
        expect(shown(html.replace(STRUCTURE, '')).trim(), payload).toBe(flattened(payload).trim());
      }
    }
  });
});

describe('markdownCode', () => {
  it('renders as one code span holding exactly the text, one cell, whatever backticks, pipes and backslashes it holds', () => {
    for (const payload of PAYLOADS) {
      const html = render(`| a | b |\n|---|---|\n| ${markdownCode(payload)} | end |\n`);
      const cells = bodyCells(html);
      expect(cells, payload).toHaveLength(2);
      expect(cells[1]).toBe('end');
      const code = /^<code>([\s\S]*)<\/code>$/.exec(cells[0]!)?.[1];
      expect(code, `${payload} → ${cells[0]}`).toBeDefined();
      expect(shown(code!), payload).toBe(flattened(payload));
    }
  });
});

describe('property: any string, escaped, stays one cell showing exactly itself', () => {
  // Characters that mean something to Markdown, GitHub or a table, and some that do not.
  const hostile = fc.string({ unit: fc.constantFrom(...'`|\\*_[]()<>!@#:/.&;~-=+"\' \nabcAZ09w\u200b\u202e\u0000é'.split('')), maxLength: 40 });

  it('markdownText', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const cells = bodyCells(render(`| a | b |\n|---|---|\n| ${markdownText(s)} | end |\n`));
        expect(cells).toHaveLength(2);
        expect(cells[1]).toBe('end');
        expect(shown(cells[0]!)).toBe(flattened(s).trim().replace(/\u200b/g, ''));
        expect(cells[0]!.replace(/<\/?code>/g, '')).not.toMatch(/<[a-z!/]/i);
      }),
      { seed: 20261206, numRuns: 400 },
    );
  });

  it('markdownCode', () => {
    fc.assert(
      fc.property(hostile.filter((s) => s.trim() !== ''), (s) => {
        const cells = bodyCells(render(`| a | b |\n|---|---|\n| ${markdownCode(s)} | end |\n`));
        expect(cells).toHaveLength(2);
        expect(cells[1]).toBe('end');
        const code = /^<code>([\s\S]*)<\/code>$/.exec(cells[0]!)?.[1];
        expect(code).toBeDefined();
        expect(shown(code!)).toBe(flattened(s).replace(/\u200b/g, ''));
      }),
      { seed: 20261206, numRuns: 400 },
    );
  });
});

describe('reports', () => {
  let report: ScanReport;
  const ID_PAYLOAD = 'aws_ebs_volume.v["x` | ![pixel](https://evil.example/p.png) @octocat <b>bold</b> #1"]';
  const MESSAGE_PAYLOAD = 'Not encrypted | [approve](https://evil.example) @octocat\n## injected heading <img src=x onerror=alert(1)>';

  beforeAll(async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cldscan-md-'));
    try {
      const plan = buildPlan([{ address: 'aws_ebs_volume.v["x"]', values: { availability_zone: 'eu-west-3a', encrypted: false, size: 1 }, unknown: { id: true } }]);
      writeFileSync(path.join(dir, 'plan.json'), JSON.stringify(plan));
      report = await scan({ kinds: INPUT_KINDS, inputs: [path.join(dir, 'plan.json')], sourceRoot: dir, settings: DEFAULT_SETTINGS, policies: BUILTIN_POLICIES });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // What a hostile plan can put in a finding: its address, values quoted in messages, file names.
    for (const f of report.findings) {
      f.resource.id = ID_PAYLOAD;
      f.message = MESSAGE_PAYLOAD;
      f.location = { uri: 'modules/`x`|@octocat.tf', line: 3 };
    }
    report.incomplete.push({ level: 'error', message: '@octocat [phish](https://evil.example) <script>x</script>', scope: 'plan.json\n# heading' });
  });

  /** Every table row of the rendered report has as many cells as its header. */
  function expectWholeRows(html: string) {
    for (const table of html.match(/<table>[\s\S]*?<\/table>/g) ?? []) {
      const header = (/<thead>[\s\S]*?<\/thead>/.exec(table)?.[0].match(/<th[ >]/g) ?? []).length;
      for (const row of /<tbody>([\s\S]*?)<\/tbody>/.exec(table)?.[1]?.match(/<tr>[\s\S]*?<\/tr>/g) ?? []) expect(row.match(/<td[ >]/g)).toHaveLength(header);
    }
  }

  it('the PR Markdown: no link, image, HTML, mention, extra heading or broken row from a finding or a note', () => {
    const md = toMarkdown(report);
    const html = render(md);
    expectWholeRows(html);
    expect(html).not.toMatch(/<a |<img|<script|<b>|<h2>injected/);
    // GitHub links nothing inside code spans: the rest of the text is what it would scan.
    const text = shown(html.replace(/<code>[\s\S]*?<\/code>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/\u200b/g, '\u0000'));
    expect(text.match(GITHUB_LINKS)?.[0]).toBeUndefined();
    // The id is shown whole, in a code span.
    expect(shown(html)).toContain(`<code>${ID_PAYLOAD}</code>`);
  });

  it('the compliance Markdown: the same for its notes and rule rows', () => {
    const md = complianceMarkdown(buildMatrix(evidenceOfScan(report), undefined, 'en', { tool: TOOL, policies: BUILTIN_POLICIES.map((p) => p.meta), failOn: 'high' }));
    const html = render(md);
    expectWholeRows(html);
    expect(html).not.toMatch(/<a |<img|<script|<h1>heading/);
    expect(shown(html.replace(/<[^>]+>/g, ' ').replace(/\u200b/g, '\u0000'))).not.toMatch(GITHUB_LINKS);
  });
});
