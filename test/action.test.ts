/**
 * The GitHub Action (action.yml, a JavaScript action on node24) and the workflows (examples/workflows/,
 * .github/workflows/release.yml): pinned actions, documented inputs and outputs, no expression
 * injection into shell scripts, minimal permissions, one SARIF category per scan kind; and the
 * action's entry point run the way the runner runs it (INPUT_* variables, $GITHUB_OUTPUT,
 * $GITHUB_STEP_SUMMARY).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { MARKDOWN_WORDS } from '../src/report/markdown.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ACTION_FILE = 'action.yml';
/** The templates to copy into a repository that holds Terraform. */
const TEMPLATES = ['examples/workflows/pull-request.yml', 'examples/workflows/nightly-live.yml'];
const EXAMPLES_WORKFLOW = 'examples/workflows/bundled-examples.yml';
const RELEASE_WORKFLOW = '.github/workflows/release.yml';
const WORKFLOW_FILES = [...TEMPLATES, EXAMPLES_WORKFLOW, RELEASE_WORKFLOW];
const ALL_FILES = [ACTION_FILE, ...WORKFLOW_FILES];
const DOC = readFileSync(path.join(ROOT, 'docs/github.md'), 'utf8');

type Yaml = Record<string, unknown>;

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
  shell?: string;
  'continue-on-error'?: boolean;
}

interface Job {
  permissions?: Record<string, string> | string;
  environment?: string;
  steps: Step[];
}

const text = (file: string): string => readFileSync(path.join(ROOT, file), 'utf8');
const load = (file: string): Yaml => parse(text(file)) as Yaml;

const action = load(ACTION_FILE) as {
  name: string;
  description: string;
  branding: { icon: string; color: string };
  inputs: Record<string, { default?: string; description: string; required?: boolean }>;
  outputs: Record<string, { description: string; value?: string }>;
  runs: { using: string; main: string; steps?: Step[] };
};
const workflows = Object.fromEntries(WORKFLOW_FILES.map((f) => [f, load(f) as { on: Yaml; permissions?: unknown; concurrency?: unknown; jobs: Record<string, Job> }]));
const prWorkflow = workflows['examples/workflows/pull-request.yml']!;
const nightly = workflows['examples/workflows/nightly-live.yml']!;

/** Every step of a file: the action's (a JavaScript action has none), or every job's. */
function stepsOf(file: string): Step[] {
  if (file === ACTION_FILE) return action.runs.steps ?? [];
  return Object.values(workflows[file]!.jobs).flatMap((j) => j.steps);
}

const EXPECTED_INPUTS = ['inputs', 'format', 'output', 'fail-on', 'soft-fail', 'config', 'source-root', 'args', 'summary'];
const EXPECTED_OUTPUTS = ['sarif', 'exit-code', 'failures', 'unknowns', 'passes', 'waived', 'resources'];
const SHA = /^[0-9a-f]{40}$/;
const VERSION_COMMENT = /^#\s*v\d+(\.\d+){1,2}\s*$/;

describe('pinned actions', () => {
  /** `uses:` lines as written (the version comment is not in the parsed YAML). */
  const usesLines = ALL_FILES.flatMap((file) =>
    text(file)
      .split('\n')
      .map((line, i) => ({ file, line: i + 1, m: /^\s*(?:-\s+)?uses:\s*(\S+)\s*(#.*)?$/.exec(line) }))
      .filter((x): x is { file: string; line: number; m: RegExpExecArray } => x.m !== null)
      .map(({ file, line, m }) => ({ file, line, ref: m[1]!, comment: m[2]?.trim() ?? '' })),
  );
  const remote = usesLines.filter((u) => !u.ref.startsWith('./'));

  it('finds every uses: of the parsed files on a line of its own', () => {
    const parsed = ALL_FILES.flatMap((f) => stepsOf(f).flatMap((s) => (s.uses ? [s.uses] : [])));
    expect(usesLines.map((u) => u.ref).sort()).toEqual([...parsed].sort());
    expect(remote.length).toBeGreaterThanOrEqual(10);
  });

  it('pins every third-party action by full commit SHA with a version comment', () => {
    for (const u of remote) {
      const at = u.ref.lastIndexOf('@');
      expect(at, `${u.file}:${u.line} ${u.ref}`).toBeGreaterThan(0);
      expect(u.ref.slice(at + 1), `${u.file}:${u.line} ${u.ref} is not pinned by SHA`).toMatch(SHA);
      expect(u.comment, `${u.file}:${u.line} ${u.ref} has no "# vX.Y.Z" comment`).toMatch(VERSION_COMMENT);
    }
  });

  it('uses one SHA and one version per action everywhere, each listed in docs/github.md', () => {
    const byAction = new Map<string, Set<string>>();
    for (const u of remote) {
      const [name, sha] = u.ref.split('@') as [string, string];
      const key = name.split('/').slice(0, 2).join('/'); // github/codeql-action/upload-sarif → github/codeql-action
      const seen = byAction.get(key) ?? new Set<string>();
      seen.add(`${sha} ${u.comment.replace(/^#\s*/, '')}`);
      byAction.set(key, seen);
    }
    for (const [name, pins] of byAction) {
      expect([...pins], `${name} is pinned in more than one way`).toHaveLength(1);
      const [sha, version] = [...pins][0]!.split(' ') as [string, string];
      const row = DOC.split('\n').find((l) => l.startsWith('|') && l.includes(sha));
      expect(row, `docs/github.md lists no row for ${name} ${sha}`).toBeDefined();
      expect(row).toContain(version);
      expect(row).toContain(name);
    }
  });

  it('references cldscan itself only as a local action: the templates check it out at a verified commit', () => {
    for (const file of TEMPLATES) {
      const locals = usesLines.filter((u) => u.file === file && u.ref.startsWith('./'));
      expect(locals.length).toBeGreaterThan(0);
      expect(new Set(locals.map((u) => u.ref))).toEqual(new Set(['./.cldscan']));
      for (const job of Object.values(workflows[file]!.jobs)) {
        const checkout = job.steps.findIndex((s) => s.with?.path === '.cldscan');
        const guard = job.steps.findIndex((s) => /CLDSCAN_SHA/.test(s.run ?? '') && /\[0-9a-f\]\{40\}/.test(s.run ?? ''));
        const use = job.steps.findIndex((s) => s.uses === './.cldscan');
        expect(guard).toBeGreaterThanOrEqual(0);
        expect(guard).toBeLessThan(checkout);
        expect(checkout).toBeLessThan(use);
        const withs = job.steps[checkout]!.with!;
        expect(withs.ref).toBe('${{ vars.CLDSCAN_SHA }}');
        expect(withs['persist-credentials']).toBe(false);
        // cldscan's own .tf examples must not reach the source locator; the bundle must be there.
        expect(String(withs['sparse-checkout'])).toMatch(/!\/examples\//);
        expect(String(withs['sparse-checkout'])).not.toMatch(/dist-action/);
      }
    }
    // cldscan's own workflow runs the action of the commit under test.
    expect(usesLines.filter((u) => u.file === EXAMPLES_WORKFLOW && u.ref.startsWith('./')).map((u) => u.ref)).toEqual(['./']);
  });
});

describe('action.yml', () => {
  it('is a JavaScript action on node24 whose entry point is the committed bundle: no install or build step', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist-action/index.mjs' });
    expect(existsSync(path.join(ROOT, action.runs.main)), 'npm run build:action writes it').toBe(true);
  });

  it('is ready for the Marketplace: name, short description, branding', () => {
    expect(action.name).toBe('cldscan');
    // The Marketplace shows at most 125 characters of the description.
    expect(action.description.length).toBeLessThanOrEqual(125);
    expect(action.branding).toEqual({ icon: 'shield', color: 'blue' });
  });

  it('has exactly the documented inputs and outputs', () => {
    expect(Object.keys(action.inputs)).toEqual(EXPECTED_INPUTS);
    expect(Object.keys(action.outputs)).toEqual(EXPECTED_OUTPUTS);
    expect(action.inputs.format?.default).toBe('sarif');
    expect(action.inputs.output?.default).toBe('cldscan.sarif');
    expect(action.inputs['fail-on']?.default).toBe('high');
    expect(action.inputs['soft-fail']?.default).toBe('false');
    expect(action.inputs['source-root']?.default).toBe('${{ github.workspace }}');
    expect(action.inputs.summary?.default).toBe('true');
    for (const [name, def] of Object.entries({ ...action.inputs, ...action.outputs })) expect(def.description.length, name).toBeGreaterThan(20);
    // docs/github.md: one table row per input and per output.
    const rows = DOC.split('\n').flatMap((l) => /^\| `([a-z-]+)` \|/.exec(l)?.[1] ?? []);
    for (const name of [...EXPECTED_INPUTS, ...EXPECTED_OUTPUTS]) expect(rows, `docs/github.md documents ${name}`).toContain(name);
  });
});

describe('no expression injection', () => {
  const scripts = ALL_FILES.flatMap((file) => stepsOf(file).flatMap((s) => (s.run ? [{ file, name: s.name ?? s.id ?? '?', run: s.run }] : [])));

  it('has scripts to check', () => expect(scripts.length).toBeGreaterThanOrEqual(10));

  it('interpolates no ${{ inputs.* }}, ${{ github.event.* }} nor any other expression inside a run: script', () => {
    for (const s of scripts) {
      expect(s.run, `${s.file}: ${s.name}`).not.toMatch(/\$\{\{\s*inputs\./);
      expect(s.run, `${s.file}: ${s.name}`).not.toMatch(/\$\{\{\s*github\.event\./);
      expect(s.run, `${s.file}: ${s.name}`).not.toMatch(/\$\{\{/);
    }
  });

  it('keeps pull-request data (github.event) out of env values too, except in if: conditions', () => {
    for (const file of ALL_FILES) for (const s of stepsOf(file)) for (const v of Object.values(s.env ?? {})) expect(String(v)).not.toMatch(/github\.event\./);
  });
});

describe('permissions', () => {
  const allowed: Record<string, string> = { contents: 'read', 'security-events': 'write', 'actions': 'read', 'id-token': 'write' };
  const LOGIN = /^(aws-actions\/configure-aws-credentials|azure\/login|google-github-actions\/auth)@/;

  for (const file of [...TEMPLATES, EXAMPLES_WORKFLOW]) {
    it(`${file}: nothing at workflow level, a minimal block per job`, () => {
      const wf = workflows[file]!;
      expect(wf.permissions).toEqual({});
      for (const [name, job] of Object.entries(wf.jobs)) {
        expect(typeof job.permissions, `${name} has a permissions block`).toBe('object');
        const perms = job.permissions as Record<string, string>;
        for (const [scope, level] of Object.entries(perms)) expect(allowed[scope], `${name}: ${scope}: ${level}`).toBe(level);
        expect(perms.contents).toBe('read');
        // security-events only where SARIF goes to code scanning, id-token only where a cloud login needs it.
        const uploads = job.steps.some((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
        expect(perms['security-events'] === 'write', `${name}: security-events: write iff the job uploads SARIF`).toBe(uploads);
        const logsIn = job.steps.some((s) => LOGIN.test(s.uses ?? ''));
        expect(perms['id-token'] === 'write', `${name}: id-token: write iff the job logs in to a cloud`).toBe(logsIn);
      }
    });
  }

  it(`${RELEASE_WORKFLOW}: writes only the release (contents) and asks for an OIDC token for npm provenance`, () => {
    const wf = workflows[RELEASE_WORKFLOW]!;
    expect(wf.permissions).toEqual({});
    expect(Object.values(wf.jobs).map((j) => j.permissions)).toEqual([{ contents: 'write', 'id-token': 'write' }]);
    const steps = Object.values(wf.jobs)[0]!.steps;
    const bundle = steps.findIndex((s) => /npm run build:action/.test(s.run ?? ''));
    const pack = steps.findIndex((s) => /npm pack/.test(s.run ?? ''));
    expect(steps[bundle]!.run).toMatch(/git diff --quiet -- dist-action/);
    expect(bundle).toBeGreaterThan(0);
    expect(pack).toBeGreaterThan(bundle);
  });

  it('documents every permission granted', () => {
    for (const scope of Object.keys(allowed)) expect(DOC).toContain(`| \`${scope}: ${allowed[scope]}\` |`);
  });
});

describe('workflows', () => {
  const uploads = (file: string) =>
    Object.entries(workflows[file]!.jobs).flatMap(([job, j]) => j.steps.filter((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@')).map((s) => ({ job, step: s, steps: j.steps })));

  it('pull request: plan → show -json → cldscan → upload-sarif, category cldscan-terraform', () => {
    expect(Object.keys(prWorkflow.on)).toEqual(['pull_request']);
    expect(prWorkflow.concurrency).toMatchObject({ 'cancel-in-progress': true });
    const steps = Object.values(prWorkflow.jobs)[0]!.steps;
    const index = (pred: (s: Step) => boolean) => steps.findIndex(pred);
    const tf = steps.find((s) => s.uses?.startsWith('hashicorp/setup-terraform@'));
    expect(tf?.with?.terraform_wrapper).toBe(false);
    const plan = index((s) => /terraform plan .*-out=tfplan/.test(s.run ?? ''));
    const show = index((s) => /terraform show -json tfplan > plan\.json/.test(s.run ?? ''));
    const scan = index((s) => s.uses === './.cldscan');
    const upload = index((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@') === true);
    expect(plan).toBeGreaterThan(0);
    expect(show).toBeGreaterThan(plan);
    expect(scan).toBeGreaterThan(show);
    expect(upload).toBeGreaterThan(scan);
    expect(steps[scan]!.with).toMatchObject({ format: 'sarif', summary: 'true' });
    expect(String(steps[scan]!.with!.inputs)).toMatch(/plan\.json$/);
    expect(uploads('examples/workflows/pull-request.yml').map((u) => u.step.with?.category)).toEqual(['cldscan-terraform']);
    // The upload also runs after exit code 1 (the step failed), never after cancellation.
    expect(steps[upload]!.if).toMatch(/!cancelled\(\)/);
    expect(steps[upload]!.if).toMatch(/steps\.cldscan\.outputs\.sarif != ''/);
    expect(steps[upload]!.with?.sarif_file).toBe('${{ steps.cldscan.outputs.sarif }}');
  });

  it('nightly: schedule + dispatch, one job per cloud with its login, live flags and category', () => {
    expect(Object.keys(nightly.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect(nightly.concurrency).toBeDefined();
    const expected: Record<string, { login: string; flags: RegExp; loginWith: string[] }> = {
      aws: { login: 'aws-actions/configure-aws-credentials', flags: /--aws --aws-aggregator /, loginWith: ['role-to-assume'] },
      azure: { login: 'azure/login', flags: /--azure --management-group /, loginWith: ['client-id', 'tenant-id', 'subscription-id'] },
      gcp: { login: 'google-github-actions/auth', flags: /--gcp --scope organizations\//, loginWith: ['workload_identity_provider', 'service_account'] },
    };
    expect(Object.keys(nightly.jobs).sort()).toEqual(Object.keys(expected).sort());
    for (const [cloud, want] of Object.entries(expected)) {
      const steps = nightly.jobs[cloud]!.steps;
      const login = steps.find((s) => s.uses?.startsWith(`${want.login}@`));
      expect(Object.keys(login?.with ?? {})).toEqual(expect.arrayContaining(want.loginWith));
      // OIDC only: no key, secret or JSON credential is ever passed.
      for (const k of Object.keys(login?.with ?? {})) expect(k).not.toMatch(/secret|access-key|credentials_json|creds/);
      const scanAt = steps.findIndex((s) => s.uses === './.cldscan');
      const scan = steps[scanAt]!;
      expect(scan['continue-on-error']).toBe(true);
      const args = String(scan.with?.args);
      expect(args).toMatch(want.flags);
      expect(args).toMatch(/--inventory-out \S+/);
      expect(args).toMatch(/--report \S+\.html --attestations \S+/);
      // The job summary comes from the same scan: no second read of the estate.
      expect(scan.with?.summary).toBe('true');
      const sarif = steps.findIndex((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
      const artifact = steps.findIndex((s) => s.uses?.startsWith('actions/upload-artifact@'));
      const gate = steps.findIndex((s) => /EXIT_CODE/.test(s.run ?? ''));
      expect(steps[sarif]!.with?.category).toBe(`cldscan-${cloud}`);
      expect(steps[sarif]!.if).toMatch(/!cancelled\(\)/);
      expect(steps[artifact]!.if).toMatch(/!cancelled\(\)/);
      expect(String(steps[artifact]!.with?.path)).toMatch(/\.html/);
      // Exit code 3 fails the job only after both uploads.
      expect(scanAt).toBeLessThan(sarif);
      expect(Math.max(sarif, artifact)).toBeLessThan(gate);
      expect(steps[gate]!.env?.EXIT_CODE).toBe('${{ steps.cldscan.outputs.exit-code }}');
    }
  });

  it('nightly: the last step fails the job on exit code 3 (and on anything but 0)', () => {
    const gate = nightly.jobs.aws!.steps.find((s) => /EXIT_CODE/.test(s.run ?? ''))!;
    const run = (code: string) => spawnSync('bash', ['-c', gate.run!], { env: { PATH: process.env.PATH, EXIT_CODE: code }, encoding: 'utf8', timeout: 30_000 });
    expect(run('0').status).toBe(0);
    for (const code of ['1', '2', '3', '']) expect(run(code).status, `exit code "${code}"`).toBe(1);
    expect(run('3').stdout).toMatch(/::error.*exit code 3/);
  });

  it('names one SARIF category per scan kind, and docs/github.md explains them', () => {
    const categories = TEMPLATES.flatMap((f) => uploads(f).map((u) => String(u.step.with?.category)));
    expect(uploads(EXAMPLES_WORKFLOW)).toEqual([]);
    expect(categories.sort()).toEqual(['cldscan-aws', 'cldscan-azure', 'cldscan-gcp', 'cldscan-terraform']);
    expect(DOC).toMatch(/automationDetails\.id/);
    expect(DOC).toMatch(/25 000/);
    expect(DOC).toMatch(/20 runs/);
    expect(DOC).toMatch(/10 MB gzipped/);
    expect(DOC).toMatch(/package-ecosystem: github-actions/);
  });
});

describe('the entry point, run as the runner runs it', () => {
  let dir: string;
  const plan = path.join(ROOT, 'examples/aws/plan.json');
  /** The tsc build of the entry point (test/global-setup.ts): the same code as the bundle, which test/action-bundle.test.ts compares. */
  const entry = path.join(ROOT, 'dist/src/cli/github-action.js');

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'cldscan-action-'));
    expect(existsSync(entry), 'test/global-setup.ts builds it').toBe(true);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The runner's environment: every input as INPUT_<NAME> (upper case, hyphens kept), defaults from action.yml. */
  function runAction(name: string, inputs: Record<string, string>, env: Record<string, string> = {}) {
    const work = path.join(dir, name);
    mkdirSync(work, { recursive: true });
    const files = { output: path.join(work, 'github_output'), summary: path.join(work, 'step_summary') };
    writeFileSync(files.output, '');
    writeFileSync(files.summary, '');
    const runnerEnv: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? work, GITHUB_OUTPUT: files.output, GITHUB_STEP_SUMMARY: files.summary, GITHUB_WORKSPACE: work, CI: 'true', ...env };
    for (const [input, def] of Object.entries(action.inputs)) {
      runnerEnv[`INPUT_${input.toUpperCase()}`] = inputs[input] ?? (input === 'source-root' ? ROOT : (def.default ?? ''));
    }
    const r = spawnSync(process.execPath, [entry], { cwd: work, env: runnerEnv, encoding: 'utf8', timeout: 120_000 });
    const outputs = Object.fromEntries(
      readFileSync(files.output, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
    ) as Record<string, string>;
    return { status: r.status, stdout: r.stdout, stderr: r.stderr, outputs, summary: readFileSync(files.summary, 'utf8'), work };
  }

  it('scans examples/aws/plan.json: SARIF written, every output set, Markdown on the job page, exit code kept', () => {
    const r = runAction('aws', { inputs: plan });
    // The example mixes compliant and non-compliant resources: failures at high and above.
    expect(r.status, r.stderr).toBe(1);
    expect(Object.keys(r.outputs)).toEqual(EXPECTED_OUTPUTS);
    expect(r.outputs['exit-code']).toBe('1');
    expect(r.outputs.sarif).toBe('cldscan.sarif');
    const sarif = JSON.parse(readFileSync(path.join(r.work, 'cldscan.sarif'), 'utf8')) as { version: string; runs: { automationDetails: { id: string }; results: { locations?: { physicalLocation?: { artifactLocation?: { uri?: string } } }[] }[] }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs.map((run) => run.automationDetails.id)).toEqual(['cldscan/terraform/']);
    expect(Number(r.outputs.failures)).toBe(sarif.runs[0]!.results.length - Number(r.outputs.unknowns));
    expect(Number(r.outputs.failures)).toBeGreaterThan(0);
    expect(Number(r.outputs.passes)).toBeGreaterThan(0);
    expect(r.outputs.waived).toBe('0');
    expect(Number(r.outputs.resources)).toBeGreaterThan(50);
    // Locations relative to source-root (the repository), pointing at the example's .tf files.
    expect(sarif.runs[0]!.results.some((res) => res.locations?.[0]?.physicalLocation?.artifactLocation?.uri?.startsWith('examples/aws/'))).toBe(true);
    expect(r.summary).toMatch(/^## .*cldscan: \d+ failed/m);
    expect(r.summary).toMatch(/\| Severity \| Failed \|/);
    expect(r.stdout).toMatch(/^::error title=cldscan::\d+ failure\(s\), some at or above fail-on high \(exit code 1\)/m);
    // Workflow commands are off while cldscan prints, and back on afterwards.
    const token = /::stop-commands::(\S+)/.exec(r.stdout)?.[1];
    expect(token).toMatch(/^cldscan-[0-9a-f]{32}$/);
    expect(r.stdout.indexOf(`::${token}::`)).toBeGreaterThan(r.stdout.indexOf('::stop-commands::'));
  });

  it('soft-fail: the step succeeds on failures, the exit-code output still says 1', () => {
    const r = runAction('soft', { inputs: plan, 'soft-fail': 'true', summary: 'false' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.outputs['exit-code']).toBe('1');
    expect(r.stdout).toMatch(/^::warning title=cldscan::.*soft-fail/m);
    expect(r.summary).toBe('');
    // ...but not an input error.
    expect(runAction('soft-bad', { inputs: path.join(dir, 'nope.json'), 'soft-fail': 'true' }).status).toBe(2);
  });

  it('fail-on none: exit code 0; the output directory is created', () => {
    const r = runAction('none', { inputs: plan, 'fail-on': 'none', output: 'reports/out.sarif' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({ sarif: 'reports/out.sarif', 'exit-code': '0' });
    expect(existsSync(path.join(r.work, 'reports/out.sarif'))).toBe(true);
  });

  it('markdown format: the same report goes to the job page, no SARIF output', () => {
    const r = runAction('markdown', { inputs: plan, format: 'markdown', output: 'report.md', 'fail-on': 'none' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.outputs.sarif).toBe('');
    expect(r.summary).toBe(readFileSync(path.join(r.work, 'report.md'), 'utf8'));
  });

  it('passes args through (quoted paths, side reports), from one scan', () => {
    const r = runAction('args', { inputs: `"${plan}"`, 'fail-on': 'none', args: '--residency fr\n--report compliance.md' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.summary).toMatch(/residency profile `fr`/);
    expect(existsSync(path.join(r.work, 'compliance.md'))).toBe(true);
  });

  it('writes the job summary in the language of --lang, with locations linked to the commit in a workflow', () => {
    const sha = '0123456789abcdef0123456789abcdef01234567';
    const r = runAction('lang', { inputs: plan, 'fail-on': 'none', args: `--lang fr --commit ${sha}`, 'source-root': ROOT }, { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/infra', GITHUB_WORKSPACE: ROOT });
    expect(r.status, r.stderr).toBe(0);
    expect(r.summary).toContain(`### ${MARKDOWN_WORDS.fr.findings}`);
    expect(r.summary).toContain(`](https://github.com/acme/infra/blob/${sha}/examples/aws/`);
  });

  it('exit code 2 on an input error: the step fails, exit-code=2, sarif and counts empty, no summary', () => {
    const r = runAction('missing', { inputs: path.join(dir, 'nope.json') });
    expect(r.status).toBe(2);
    expect(r.outputs).toMatchObject({ sarif: '', 'exit-code': '2', failures: '', unknowns: '' });
    expect(r.stderr).toMatch(/^cldscan: .*nope\.json/m);
    expect(r.stdout).toMatch(/^::error title=cldscan::usage or input error \(exit code 2\), no report written: .*nope\.json/m);
    expect(r.summary).toBe('');
  });

  it('refuses a flag that has its own input (any spelling), an unbalanced quote, a bad boolean, with exit code 2', () => {
    for (const args of ['--output elsewhere.sarif', '--format=json', '-o x', '--failOn none', '--source-root=/', "--residency 'fr"]) {
      const r = runAction('refused', { inputs: plan, args });
      expect(r.status, args).toBe(2);
      expect(r.outputs['exit-code']).toBe('2');
    }
    expect(runAction('summary', { inputs: plan, summary: 'perhaps' }).status).toBe(2);
    expect(runAction('newline', { inputs: plan, output: 'a\nb.sarif' }).status).toBe(2);
  });

  it('runs nothing that an input smuggles in: words are arguments, never shell', () => {
    const marker = path.join(dir, 'pwned');
    const hostile = [`$(touch ${marker})`, `\`touch ${marker}\``, `; touch ${marker}`, `| touch ${marker}`, `&& touch ${marker}`].join(' ');
    const r1 = runAction('hostile-inputs', { inputs: `${plan} ${hostile}` });
    const r2 = runAction('hostile-args', { inputs: plan, args: hostile, config: `$(touch ${marker})`, output: `x$(touch ${marker}).sarif` });
    expect(existsSync(marker)).toBe(false);
    // cldscan received the words literally and refused them as paths or flags.
    expect(r1.status).toBe(2);
    expect(r1.stderr).toMatch(/\$\(touch/);
    expect(r2.status).toBe(2);
  });

  it('a plan that prints workflow commands cannot run them: they fall inside the stopped section', () => {
    const evil = path.join(dir, 'evil.json');
    writeFileSync(evil, '::set-env name=NODE_OPTIONS::--require /tmp/x\n::add-mask::x\nnot json');
    const r = runAction('evil', { inputs: evil });
    expect(r.status).toBe(2);
    const stop = r.stdout.indexOf('::stop-commands::');
    const resume = r.stdout.indexOf(`::${/::stop-commands::(\S+)/.exec(r.stdout)![1]}::`);
    expect(stop).toBeGreaterThanOrEqual(0);
    expect(resume).toBeGreaterThan(stop);
    // After commands are back on, the file's text appears only inside the data of cldscan's own annotation, on its line.
    expect(r.stdout.slice(resume)).not.toMatch(/^::(set-env|add-mask)/m);
    expect(r.stdout.slice(resume)).toMatch(/^::error title=cldscan::.*evil\.json/m);
  });
});
