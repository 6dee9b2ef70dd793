/**
 * The npm package as a user gets it: `npm pack`, installed from the tarball into an empty project
 * (npm's cache first, the registry for what it lacks), then `npx cldscan` and the library's types.
 * Slow (an install of the cloud SDKs): one file, one install.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, ROOT } from './helpers/cli.js';

const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const dir = mkdtempSync(path.join(os.tmpdir(), 'cldscan-package-'));
const project = path.join(dir, 'project');
let tarball: string;
let files: string[];

function run(cmd: string, args: string[], cwd: string, timeout = 300_000): SpawnSyncReturns<string> {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout, env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false', NO_COLOR: '1' } });
  if (r.error) throw r.error;
  return r;
}

beforeAll(() => {
  // --ignore-scripts: packs the build test/global-setup.ts made, and leaves dist/ alone while other test files run it.
  const packed = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], ROOT);
  expect(packed.status, packed.stderr).toBe(0);
  const info = (JSON.parse(packed.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>)[0]!;
  tarball = path.join(dir, info.filename);
  files = info.files.map((f) => f.path);
  // An empty project of its own, with a version of its own (which --version must not print).
  mkdirSync(project);
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'host-project', version: '9.9.9', private: true, type: 'module' }));
  const installed = run('npm', ['install', '--prefer-offline', '--ignore-scripts', '--no-save', tarball], project);
  expect(installed.status, `npm install of the tarball failed (is the npm registry or cache reachable?):\n${installed.stderr.slice(-2000)}`).toBe(0);
}, 600_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the npm package', () => {
  it('holds the built code, its types and the schemas; no tests, sources or source maps', () => {
    expect(files).toContain('package.json');
    expect(files).toContain('dist/src/cli.js');
    expect(files).toContain('dist/src/index.js');
    expect(files).toContain('dist/src/index.d.ts');
    expect(files).toContain('schemas/config.schema.json');
    expect(files.some((f) => f.startsWith('dist/policies/'))).toBe(true);
    expect(files.some((f) => f.startsWith('dist/providers/'))).toBe(true);
    for (const f of files) {
      expect(f, 'tests stay out of the package').not.toMatch(/(^|\/)test\/|\.test\.[jt]s$/);
      expect(f, 'sources stay out').not.toMatch(/^(src|providers|policies|scripts|bench|examples)\//);
      expect(f).not.toMatch(/\.map$/);
      expect(f, 'the action bundle stays out').not.toMatch(/^dist-action\//);
    }
  });

  it('installs into an empty project, where `npx cldscan --version` prints cldscan\'s version', () => {
    const r = run('npx', ['--no', '--', 'cldscan', '--version'], project, 60_000);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it('`npx cldscan scan` scans a plan as the repository\'s CLI does, from a file and from standard input', () => {
    const plan = path.join(ROOT, 'examples/aws/plan.json');
    const viaPackage = run('npx', ['--no', '--', 'cldscan', 'scan', plan, '--format', 'json', '--fail-on', 'none', '--source-root', ROOT], project, 120_000);
    expect(viaPackage.status, viaPackage.stderr).toBe(0);
    const fromRepo = cli(['scan', plan, '--format', 'json', '--fail-on', 'none', '--source-root', ROOT]);
    const keys = (out: string) => (JSON.parse(out) as { findings: Array<{ policy: string; status: string; resource: { id: string } }> }).findings.map((f) => `${f.policy} ${f.status} ${f.resource.id}`).sort();
    expect(keys(viaPackage.stdout)).toEqual(keys(fromRepo.stdout));
    expect(keys(viaPackage.stdout).length).toBeGreaterThan(50);

    const piped = spawnSync('npx', ['--no', '--', 'cldscan', 'scan', '-', '--format', 'json', '--fail-on', 'none', '--source-root', ROOT], { cwd: project, input: readFileSync(plan), encoding: 'utf8', timeout: 120_000 });
    expect(piped.status, piped.stderr).toBe(0);
    expect(keys(piped.stdout)).toEqual(keys(fromRepo.stdout));
    // The configuration schema ships beside the code.
    writeFileSync(path.join(project, 'cldscan.yaml'), 'residency: fr\n');
    const configured = run('npx', ['--no', '--', 'cldscan', 'scan', plan, '--config', 'cldscan.yaml', '--format', 'json', '--fail-on', 'none'], project, 120_000);
    expect(configured.status, configured.stderr).toBe(0);
  });

  it("gives TypeScript the library's types: `import { definePolicy } from 'cldscan'` and `cldscan/testing` check a policy", () => {
    writeFileSync(
      path.join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, skipLibCheck: true }, files: ['policy.ts'] }),
    );
    const policy = (meta: string) => `import { definePolicy, type Resource } from 'cldscan';
import { runPolicy } from 'cldscan/testing';
export default definePolicy({
  meta: { ${meta} },
  check: (r: Resource) => ({ status: r.facets.storage ? 'pass' : 'unknown', messageId: 'seen', data: { id: r.id } }),
});
export const tester = runPolicy;
`;
    const tsc = (source: string) => {
      writeFileSync(path.join(project, 'policy.ts'), source);
      return run(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', '.'], project, 120_000);
    };
    const good = tsc(policy("id: 'tagged-buckets', title: { en: 'Buckets are tagged' }, rules: ['CLD-01'], severity: 'low', description: { en: 'd' }, messages: { seen: { en: 'Saw {{id}}.' } }, remediation: {}, facets: ['storage']"));
    expect(good.status, good.stdout).toBe(0);
    // The types are really checked: a severity the API does not know is refused.
    const bad = tsc(policy("id: 'tagged-buckets', title: { en: 'Buckets are tagged' }, rules: ['CLD-01'], severity: 'urgent', description: { en: 'd' }, messages: { seen: { en: 'Saw {{id}}.' } }, remediation: {}, facets: ['storage']"));
    expect(bad.status).not.toBe(0);
    expect(bad.stdout).toMatch(/severity|urgent/);
  });
});
