/**
 * Opt-in: every real plan of ../shared/corpus/plans (426 plans from public repositories, Terraform
 * 0.12 to 1.15) scans without a crash and gives SARIF the Multitool accepts. Skipped, saying so,
 * when the corpus is not beside the repository (a fresh clone).
 */
import { INPUT_KINDS } from '../src/cli/composition-root.js';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scan } from '../src/scan.js';
import { toSarif } from '../src/report/sarif.js';
import { render } from '../src/report/render.js';
import { readFileSync } from 'node:fs';
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
        report = await scan({ kinds: INPUT_KINDS, inputs: [path.join(PLANS, file)], sourceRoot: PLANS, settings: DEFAULT_SETTINGS, policies: BUILTIN_POLICIES });
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

  /** The policies' fix hints (text and Markdown reports) are the tool's own documentation, not data from the plan: `aws:kms` there is no leak. */
  const ownText = BUILTIN_POLICIES.flatMap((p) => Object.values(p.meta.remediation).flatMap((r) => [r.terraform, r.live].flatMap((t) => [t.en, t.fr ?? ''].filter((x) => x !== ''))));
  const withoutOwnText = (out: string) => ownText.reduce((rest, t) => rest.split(t).join(''), out);

  it('never prints a value a plan marks sensitive, in any format', async () => {
    let plansWithSecrets = 0;
    let secretsChecked = 0;
    for (const file of files) {
      const secrets = sensitiveValues(JSON.parse(readFileSync(path.join(PLANS, file), 'utf8').replace(/^\uFEFF/, '')));
      if (secrets.size === 0) continue;
      plansWithSecrets++;
      secretsChecked += secrets.size;
      const report = await scan({ kinds: INPUT_KINDS, inputs: [path.join(PLANS, file)], sourceRoot: PLANS, settings: DEFAULT_SETTINGS, policies: BUILTIN_POLICIES });
      for (const format of ['json', 'sarif', 'text', 'markdown'] as const) {
        // The SARIF tool and taxonomy sections are the tool's own documentation (policy help, rule summaries), not data from the plan.
        const out =
          format === 'sarif'
            ? JSON.stringify((JSON.parse(render(report, format, { color: false })) as { runs: Array<{ tool?: unknown; taxonomies?: unknown }> }).runs.map(({ tool: _t, taxonomies: _x, ...run }) => run))
            : withoutOwnText(render(report, format, { color: false }));
        for (const secret of secrets) if (out.includes(secret)) throw new Error(`${file}: a sensitive value appears in the ${format} report`);
      }
    }
    console.info(`corpus: ${secretsChecked} sensitive values in ${plansWithSecrets} plans checked against 4 formats`);
    expect(plansWithSecrets).toBeGreaterThan(5);
  }, 600_000);
});

/**
 * The sensitive strings of a plan, found independently of the scanner: values under
 * after_sensitive / sensitive_values marked true, and sensitive root variables. Strings shorter
 * than 6 characters are left out ("eu", "true"), as the scanner documents, and so are plain
 * lower-case words ("password" is a sensitive value in one corpus plan): they cannot be told apart
 * from the report's own prose.
 */
function sensitiveValues(plan: Record<string, unknown>): Set<string> {
  const out = new Set<string>();
  const all = (v: unknown) => {
    if (typeof v === 'string' && v.length >= 6 && !/^[a-z]+$/.test(v)) out.add(v);
    else if (v && typeof v === 'object') Object.values(v).forEach(all);
  };
  const walk = (value: unknown, marks: unknown) => {
    if (marks === true) return all(value);
    if (!marks || typeof marks !== 'object' || !value || typeof value !== 'object') return;
    for (const [k, m] of Object.entries(marks)) walk((value as Record<string, unknown>)[k], m);
  };
  for (const rc of (plan.resource_changes as Array<{ change?: { after?: unknown; after_sensitive?: unknown } }> | undefined) ?? []) walk(rc.change?.after, rc.change?.after_sensitive);
  const vars = ((plan.configuration as { root_module?: { variables?: Record<string, { sensitive?: boolean }> } } | undefined)?.root_module?.variables) ?? {};
  for (const [name, v] of Object.entries(vars)) if (v.sensitive) all((plan.variables as Record<string, { value?: unknown }> | undefined)?.[name]?.value);
  return out;
}
