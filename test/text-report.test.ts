/**
 * The text report on a 500-finding estate: findings under each file (the default) or each policy,
 * one status line per finding with the fix hint of its cloud and input kind (or, when unknown, what
 * would settle it), in English or French; colours only on a terminal, never with NO_COLOR, forced
 * with FORCE_COLOR.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_POLICIES } from '../policies/index.js';
import type { Finding } from '../src/model/finding.js';
import { localize } from '../src/policy/messages.js';
import { render } from '../src/report/render.js';
import type { ScanReport } from '../src/report/scan-report.js';
import { TEXT_WORDS, toText, useColour } from '../src/report/text.js';
import { cli } from './helpers/cli.js';
import { scanEstate, writeReportEstate, type ReportEstate } from './helpers/report-estate.js';

let dir: string;
let estate: ReportEstate;
let report: ScanReport;
const open = () => report.findings.filter((f) => f.status !== 'pass' && !f.suppression);
const fixOf = (f: Finding, lang: 'en' | 'fr') => localize(BUILTIN_POLICIES.find((p) => p.meta.id === f.policy)!.meta.remediation[f.resource.provider]![f.origin === 'live' ? 'live' : 'terraform'], lang);

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'cldscan-text-report-'));
  estate = writeReportEstate(dir);
  report = await scanEstate(estate);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The report cut into groups: each heading line (not indented, before the summary), and the lines under it. */
function groups(text: string, w: (typeof TEXT_WORDS)['en' | 'fr']): Array<{ heading: string; lines: string[] }> {
  const out: Array<{ heading: string; lines: string[] }> = [];
  const lines = text.split('\n').slice(2);
  for (const line of lines) {
    if (line.startsWith(w.summary)) break;
    if (line === '') continue;
    if (/^\S/.test(line) && !line.startsWith(w.fail) && !line.startsWith(w.unknown)) out.push({ heading: line, lines: [] });
    else out.at(-1)?.lines.push(line);
  }
  return out;
}

/** Per finding (its status line, then the indented lines up to the next), as the report lists them. */
function entries(lines: readonly string[], w: (typeof TEXT_WORDS)['en' | 'fr']): string[][] {
  const out: string[][] = [];
  for (const l of lines) (l.startsWith(w.fail) || l.startsWith(w.unknown) ? out.push([l]) : out.at(-1)!.push(l));
  return out;
}

describe('the text report of a 500-finding estate', () => {
  it('groups by file by default: one heading per .tf file, in name order, with each finding under its own file', () => {
    const w = TEXT_WORDS.en;
    const found = groups(toText(report, { color: false }), w);
    const files = [...new Set(open().map((f) => f.location!.uri))].sort();
    expect(files).toHaveLength(8);
    expect(found.map((g) => g.heading)).toEqual(files);
    let count = 0;
    for (const g of found) {
      for (const e of entries(g.lines, w)) {
        count++;
        const id = e[0]!.split(/\s+/)[2]!;
        const f = open().find((x) => x.resource.id === id && e[0]!.includes(` ${x.policy} `))!;
        expect(f, e[0]).toBeDefined();
        expect(f.location!.uri).toBe(g.heading);
        expect(e[0]).toContain(`:${f.location!.line}`);
        expect(e[0]).toContain(`[${f.rules.join(', ')}]`);
        expect(e).toContain(`         ${f.message}`);
        expect(e.at(-1)).toBe(f.status === 'unknown' ? `         ${w.settle}: ${f.settle}` : `         ${w.fix}: ${fixOf(f, 'en')}`);
      }
    }
    expect(count).toBe(500);
  });

  it('groups by policy: one heading per policy with its title and rule ids, each finding with its file and line', () => {
    const w = TEXT_WORDS.en;
    const found = groups(toText(report, { color: false, groupBy: 'policy' }), w);
    expect(found.map((g) => g.heading.split(' ')[0])).toEqual(['encryption-at-rest', 'data-residency', 'admin-network-exposure', 'log-retention', 'network-separation']);
    for (const g of found) {
      const meta = BUILTIN_POLICIES.find((p) => p.meta.id === g.heading.split(' ')[0])!.meta;
      expect(g.heading).toContain(localize(meta.title, 'en'));
      expect(g.heading).toContain(`[${meta.rules.join(', ')}]`);
      const mine = open().filter((f) => f.policy === meta.id);
      const listed = entries(g.lines, w);
      expect(listed).toHaveLength(mine.length);
      for (const e of listed) expect(e[0]).toMatch(/ infra\/\w+\.tf:\d+$/);
    }
  });

  it('in French: the words, the messages and the fix hints', () => {
    const w = TEXT_WORDS.fr;
    const text = render(report, 'text', { color: false, lang: 'fr', groupBy: 'policy' });
    const listed = groups(text, w).flatMap((g) => entries(g.lines, w));
    expect(listed).toHaveLength(500);
    const failing = listed.find((e) => e[0]!.startsWith(w.fail) && e[0]!.includes('aws_ebs_volume.data_000'))!;
    expect(failing.at(-1)).toBe(`         ${w.fix}: ${fixOf(open().find((f) => f.policy === 'encryption-at-rest')!, 'fr')}`);
    expect(text).toContain(w.summary);
    expect(text).not.toContain(TEXT_WORDS.en.summary);
  });

  it('colours only when asked: the report has escape sequences with colour on, none with it off', () => {
    expect(toText(report, { color: true })).toMatch(/\u001b\[31m/);
    expect(toText(report, { color: false })).not.toMatch(/\u001b/);
  });
});

describe('useColour', () => {
  it('--color and --no-color win; then NO_COLOR turns colours off, FORCE_COLOR on; else only on a terminal', () => {
    expect(useColour(true, false, { NO_COLOR: '1' })).toBe(true);
    expect(useColour(false, true, { FORCE_COLOR: '1' })).toBe(false);
    expect(useColour(undefined, true, {})).toBe(true);
    expect(useColour(undefined, false, {})).toBe(false);
    expect(useColour(undefined, true, { NO_COLOR: '1' })).toBe(false);
    expect(useColour(undefined, true, { NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(false);
    // An empty NO_COLOR is not set (no-color.org).
    expect(useColour(undefined, true, { NO_COLOR: '' })).toBe(true);
    expect(useColour(undefined, false, { FORCE_COLOR: '1' })).toBe(true);
    expect(useColour(undefined, false, { FORCE_COLOR: 'true' })).toBe(true);
    expect(useColour(undefined, true, { FORCE_COLOR: '0' })).toBe(false);
  });
});

describe('cldscan scan --format text', () => {
  const run = (args: string[], env: NodeJS.ProcessEnv) => cli(['scan', estate.plan, '--source-root', dir, '--format', 'text', ...args], { env });

  it('groups by policy with --group-by policy, by file otherwise, and refuses another grouping', () => {
    const byPolicy = run(['--group-by', 'policy'], {});
    expect(byPolicy.status).toBe(1);
    expect(byPolicy.stdout.split('\n')).toContain(byPolicy.stdout.split('\n').find((l) => l.startsWith('encryption-at-rest — ')));
    const byFile = run([], {});
    expect(byFile.stdout.split('\n')).toContain('infra/app.tf');
    const bad = run(['--group-by', 'resource'], {});
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/group-by.*resource/);
  });

  it('colours standard output only when forced (it is not a terminal here), and never with NO_COLOR', () => {
    expect(run([], { NO_COLOR: '', FORCE_COLOR: '' }).stdout).not.toMatch(/\u001b/);
    expect(run([], { NO_COLOR: '', FORCE_COLOR: '1' }).stdout).toMatch(/\u001b\[31m/);
    expect(run([], { NO_COLOR: '1', FORCE_COLOR: '1' }).stdout).not.toMatch(/\u001b/);
    expect(run(['--color'], { NO_COLOR: '1' }).stdout).toMatch(/\u001b\[31m/);
  });
});
