import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

import { CATALOG, RULEBOOKS, coveringChecks } from '../src/catalog/catalog.js';
import { catalogProblems, loadCatalogFile } from '../src/catalog/build.js';
import type { Automation, CatalogFile, CatalogRule } from '../src/catalog/types.js';
import { BUILTIN_POLICIES } from '../policies/index.js';

const __dirname = path.dirname(fileURLToPath(import.meta.url));

const AUTOMATIONS: readonly Automation[] = ['automated', 'partial', 'manual', 'inherited'];

const ROOT = path.resolve(__dirname, '..');
const SOURCE = path.join(ROOT, 'src/catalog/catalog.json');
const SCHEMA = path.join(ROOT, 'schemas/catalog.schema.json');

const expectedIds = [
  ...Array.from({ length: 76 }, (_, i) => `CLD-${String(i + 1).padStart(2, '0')}`),
  ...Array.from({ length: 30 }, (_, i) => `CL-${i + 1}`),
];

function byId(id: string): CatalogRule {
  const rule = CATALOG.find((r) => r.id === id);
  if (!rule) throw new Error(`no catalog entry ${id}`);
  return rule;
}

describe('rule catalog', () => {
  it('has 76 CLD and 30 CL entries', () => {
    expect(CATALOG).toHaveLength(106);
    expect(CATALOG.filter((r) => r.rulebook === 'CLD')).toHaveLength(76);
    expect(CATALOG.filter((r) => r.rulebook === 'CL')).toHaveLength(30);
  });

  it('has unique, well-formed ids in rulebook order', () => {
    const ids = CATALOG.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of CATALOG) {
      const pattern = r.rulebook === 'CLD' ? /^CLD-(0[1-9]|[1-6]\d|7[0-6])$/ : /^CL-([1-9]|[12]\d|30)$/;
      expect(r.id, `${r.id} is malformed for rulebook ${r.rulebook}`).toMatch(pattern);
    }
    expect(ids).toEqual(expectedIds);
  });

  it('fills every field', () => {
    for (const r of CATALOG) {
      const fields = [
        r.section,
        r.title,
        r.summary.en,
        r.summary.fr,
        r.automationReason.en,
        r.automationReason.fr,
      ];
      for (const f of fields) {
        expect(typeof f, r.id).toBe('string');
        expect(f.trim().length, `${r.id} has an empty field`).toBeGreaterThan(0);
      }
      expect(r.section, `${r.id} section should start with its number`).toMatch(/^2\.\d+ \S/);
      // Summaries are one line.
      expect(r.summary.en, r.id).not.toMatch(/\n/);
      expect(r.summary.fr, r.id).not.toMatch(/\n/);
    }
  });

  it('uses one of the four automation classes', () => {
    for (const r of CATALOG) {
      expect(AUTOMATIONS, `${r.id}: ${r.automation}`).toContain(r.automation);
    }
  });

  it('names only real checks: a built-in policy and one of the facets it reads (meta.facets)', () => {
    const real = new Set(BUILTIN_POLICIES.flatMap((p) => p.meta.facets.map((f) => `${p.meta.id}/${f}`)));
    const named = CATALOG.flatMap((r) => coveringChecks(r).map((c) => `${r.id}: ${c.check}`));
    expect(named.length).toBeGreaterThan(30);
    expect(named.filter((n) => !real.has(n.split(': ')[1]!))).toEqual([]);
  });

  it('names a check only for rules its policy serves, so SARIF relates each result to the rules it covers', () => {
    const rulesOf = new Map(BUILTIN_POLICIES.map((p) => [p.meta.id, p.meta.rules]));
    const stray = CATALOG.flatMap((r) => coveringChecks(r).filter((c) => !rulesOf.get(c.check.split('/')[0]!)?.includes(r.id)).map((c) => `${r.id}: ${c.check}`));
    expect(stray).toEqual([]);
  });

  it('keeps automation and parts consistent: automated all checks, partial both, manual and inherited none', () => {
    for (const r of CATALOG) {
      const parts = r.covers ?? [];
      const technical = parts.filter((p) => p.checks).length;
      const expected: Automation = r.automation === 'inherited' ? 'inherited' : technical === 0 ? 'manual' : technical === parts.length ? 'automated' : 'partial';
      expect(r.automation, r.id).toBe(expected);
      expect(r.inheritedFrom !== undefined, `${r.id} inheritedFrom`).toBe(r.automation === 'inherited');
    }
    // The physical rules are the provider's; account-level controls that are regional say where.
    expect(CATALOG.filter((r) => r.automation === 'inherited').map((r) => r.id)).toEqual(['CLD-41', 'CLD-42', 'CLD-43', 'CLD-44', 'CLD-45', 'CLD-47', 'CL-7']);
    expect(coveringChecks(byId('CLD-37'))).toEqual([{ check: 'threat-detection/detection', scope: 'account', regional: ['aws'] }]);
    expect(coveringChecks(byId('CLD-28')).map((c) => [c.check, c.scope])).toEqual([
      ['log-retention/auditTrail', 'account'],
      ['log-retention/logStore', 'resource'],
    ]);
  });

  it('gives each rulebook its version (null where the document states none)', () => {
    expect(RULEBOOKS.map((b) => [b.id, b.version])).toEqual([
      ['CLD', '1.2'],
      ['CL', null],
    ]);
  });
});

describe('catalog file', () => {
  const broken = (edit: (c: CatalogFile & { $schema?: string }) => void, name: string) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cldscan-catalog-'));
    const data = JSON.parse(readFileSync(SOURCE, 'utf8')) as CatalogFile;
    edit(data);
    const file = path.join(dir, name);
    writeFileSync(file, JSON.stringify(data, null, 2));
    try {
      loadCatalogFile(file, SCHEMA);
      return '';
    } catch (err) {
      return (err as Error).message;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it('validates against its JSON Schema, as the build does', () => {
    expect(loadCatalogFile(SOURCE, SCHEMA).rules).toHaveLength(106);
    expect(catalogProblems(JSON.parse(readFileSync(SOURCE, 'utf8')) as CatalogFile)).toEqual([]);
  });

  it('refuses a broken catalog with the line and field, or the rule at fault', () => {
    expect(broken((c) => delete (c.rules[20] as Partial<CatalogRule>).summary, 'no-summary.json')).toMatch(/no-summary\.json:\d+: rules\.20: missing required field "summary"/);
    expect(broken((c) => ((c.rules[20]!.covers![0]!.checks![0] as { check: string }).check = 'Encryption At Rest'), 'bad-key.json')).toMatch(/bad-key\.json:\d+: rules\.20\.covers\.0\.checks\.0\.check: does not match/);
    expect(broken((c) => ((c.rules[1] as CatalogRule).covers = [{ text: { en: 'x', fr: 'x' }, attestation: true }]), 'manual-covers.json')).toMatch(/manual-covers\.json:\d+: rules\.1/);
    expect(broken((c) => (c.rules[36]!.automation = 'partial'), 'partial-all-checks.json')).toContain('CLD-37: partial needs parts with checks and parts with an attestation');
    expect(broken((c) => (c.rules[20]!.automation = 'automated'), 'partial.json')).toContain('CLD-21: automated, yet some parts need an attestation');
    expect(broken((c) => (c.rules[3]!.id = 'CLD-03'), 'twice.json')).toContain('CLD-03 appears twice');
  });

  it('is what the build ships: the compiled catalog reads the same rules', () => {
    const built = path.join(ROOT, 'dist/src/catalog/catalog.json');
    expect(existsSync(built), 'npm run build (the test setup) copies it').toBe(true);
    const { rulebooks, rules } = JSON.parse(readFileSync(built, 'utf8')) as { rulebooks: unknown; rules: unknown };
    expect({ rulebooks, rules }).toEqual({ rulebooks: RULEBOOKS, rules: CATALOG });
  });
});

/* ------------------------------------------------------------------------------------------------
 * Opt-in: checks against the rulebook texts, when the internal seed documents are present.
 * ---------------------------------------------------------------------------------------------- */

const SEEDS = path.resolve(__dirname, '../../shared/seeds');
const seedsExist = existsSync(SEEDS);

if (!seedsExist) {
  console.info(
    `catalog.test: skipping the rulebook-text checks because ${SEEDS} does not exist ` +
      '(the internal rulebook documents are not distributed with cldscan).',
  );
}

/** Lower case, typographic apostrophes and dashes folded, hyphens glued, whitespace collapsed. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2019\u2018\u02bc]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

function words(text: string): string[] {
  return normalise(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

const SHINGLE = 12;

function shingles(ws: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + SHINGLE <= ws.length; i++) out.push(ws.slice(i, i + SHINGLE).join(' '));
  return out;
}

function loadRulebooks(): { cld: string; cl: string } {
  const texts = readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(path.join(SEEDS, f), 'utf8'));
  const cld = texts.filter((t) => /CLD-\s*\d{2}/.test(t)).join('\n');
  const cl = texts.filter((t) => /(^|[^D])CL-\s*\d{1,2}\./m.test(t)).join('\n');
  return { cld, cl };
}

describe('rule catalog against the rulebook texts (opt-in)', () => {
  it.skipIf(!seedsExist)('finds every id in its rulebook', () => {
    const { cld, cl } = loadRulebooks();
    expect(cld.length, 'CLD rulebook text not found in seeds').toBeGreaterThan(0);
    expect(cl.length, 'CL rulebook text not found in seeds').toBeGreaterThan(0);
    for (const r of CATALOG) {
      const num = r.id.replace(/^CLD?-/, '');
      const re = r.rulebook === 'CLD' ? new RegExp(`CLD-\\s*${num}(?!\\d)`) : new RegExp(`(^|[^D])CL-\\s*${num}\\.`, 'm');
      expect(re.test(r.rulebook === 'CLD' ? cld : cl), `${r.id} not found in its rulebook`).toBe(true);
    }
  });

  it.skipIf(!seedsExist)('uses the official titles of the rulebooks', () => {
    const { cld, cl } = loadRulebooks();
    const texts = { CLD: normalise(cld), CL: normalise(cl) };
    for (const r of CATALOG) {
      expect(texts[r.rulebook].includes(normalise(r.title)), `${r.id} title "${r.title}" not in its rulebook`).toBe(true);
    }
  });

  it.skipIf(!seedsExist)('copies no run of 12 or more words from the rulebooks into summaries', () => {
    const { cld, cl } = loadRulebooks();
    const source = new Set(shingles(words(`${cld}\n${cl}`)));
    expect(source.size).toBeGreaterThan(1000);
    const copied: string[] = [];
    for (const r of CATALOG) {
      for (const [field, text] of [
        ['summary.en', r.summary.en],
        ['summary.fr', r.summary.fr],
        ['automationReason.en', r.automationReason.en],
        ['automationReason.fr', r.automationReason.fr],
        ...(r.inheritedFrom ? ([['inheritedFrom.fr', r.inheritedFrom.fr]] as const) : []),
        ...(r.covers ?? []).flatMap((p, i) => [[`covers.${i}.en`, p.text.en] as const, [`covers.${i}.fr`, p.text.fr] as const]),
      ] as const) {
        for (const s of shingles(words(text))) {
          if (source.has(s)) copied.push(`${r.id} ${field}: "${s}"`);
        }
      }
    }
    expect(copied).toEqual([]);
  });
});
