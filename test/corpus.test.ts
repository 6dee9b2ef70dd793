/**
 * Opt-in: every real plan of ../shared/corpus/plans (426 plans from public repositories, Terraform
 * 0.12 to 1.15) scans without a crash and gives SARIF the Multitool accepts. Skipped, saying so,
 * when the corpus is not beside the repository (a fresh clone).
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scan } from '../src/scan.js';
import { toSarif } from '../src/report/sarif.js';
import { UserError } from '../src/errors.js';
import { DEFAULT_SETTINGS } from '../src/settings.js';
import { BUILTIN_POLICIES } from '../policies/index.js';
import { SHARED } from './helpers/cli.js';
import { validateSarif } from './helpers/sarif-validate.js';

const PLANS = path.join(SHARED, 'corpus/plans');
const present = existsSync(PLANS);
if (!present) console.info(`corpus tests skipped: ${PLANS} is not there (it sits beside the repository in the project workspace)`);

describe.skipIf(!present)('real-world plan corpus', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'cldscan-corpus-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const files = present ? readdirSync(PLANS).filter((f) => f.endsWith('.json')).sort() : [];

  it('scans every plan without a crash and writes SARIF the Multitool accepts', async () => {
    expect(files.length).toBeGreaterThanOrEqual(400);
    const refused: string[] = [];
    let resources = 0;
    let results = 0;
    const written: string[] = [];
    for (const file of files) {
      let report;
      try {
        report = await scan({ inputs: [path.join(PLANS, file)], sourceRoot: PLANS, settings: DEFAULT_SETTINGS, policies: BUILTIN_POLICIES });
      } catch (err) {
        if (err instanceof UserError) {
          refused.push(`${file}: ${err.message}`);
          continue;
        }
        throw new Error(`${file}: ${(err as Error).stack}`);
      }
      resources += report.summary.resources;
      results += report.findings.length;
      const out = path.join(tmp, `${file}.sarif`);
      writeFileSync(out, toSarif(report));
      written.push(out);
    }
    console.info(`corpus: ${files.length} plans, ${resources} resources, ${results} findings, ${refused.length} refused`);
    expect(refused).toEqual([]);
    expect(resources).toBeGreaterThan(2000);
    const issues = validateSarif(written);
    expect(issues).toEqual([]);
  }, 600_000);
});
