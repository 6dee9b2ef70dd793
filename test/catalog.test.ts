import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

import { CATALOG } from '../src/catalog/rules.js';
import type { Automation, CatalogRule } from '../src/catalog/types.js';

const __dirname = path.dirname(fileURLToPath(import.meta.url));

const AUTOMATIONS: readonly Automation[] = ['automated', 'partial', 'manual', 'inherited'];

/** Rules served by the first five policies: they must be machine-checkable, at least in part. */
const POLICY_RULES: Record<string, readonly string[]> = {
  'encryption at rest': ['CLD-21', 'CL-8'],
  'data residency': ['CLD-74', 'CL-27', 'CL-28'],
  'MFA for administrators': ['CLD-19', 'CLD-18'],
  'admin interfaces not public': ['CLD-19', 'CLD-20', 'CLD-36'],
  'log retention >= 12 months': ['CLD-28', 'CLD-29', 'CL-19'],
};

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

  it('marks the rules served by the first five policies as automated or partial', () => {
    for (const [theme, ids] of Object.entries(POLICY_RULES)) {
      for (const id of ids) {
        expect(['automated', 'partial'], `${id} (${theme}) is ${byId(id).automation}`).toContain(byId(id).automation);
      }
    }
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
      ] as const) {
        for (const s of shingles(words(text))) {
          if (source.has(s)) copied.push(`${r.id} ${field}: "${s}"`);
        }
      }
    }
    expect(copied).toEqual([]);
  });
});
