/**
 * The GitHub Action from checkout to SARIF (BENCH_ONLY=action npm run bench): runs the committed
 * bundle's entry point (dist-action/index.mjs) the way the runner does — a new Node process, the
 * inputs of the cldscan step of examples/workflows/bundled-examples.yml as INPUT_* variables with
 * action.yml's defaults, $GITHUB_OUTPUT and $GITHUB_STEP_SUMMARY — and times it until it exits with
 * the SARIF written. Also: the bundle's size, what a plan scan loads of it, and what loading each
 * cloud's SDK chunk costs (only a live scan of that cloud does).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bundle = path.join(root, 'dist-action');
const repeats = Number(process.env.BENCH_REPEATS ?? 5);

interface Step {
  uses?: string;
  with?: Record<string, string>;
}

/** The runner's environment for the examples workflow's cldscan step. */
function runnerEnv(work: string): NodeJS.ProcessEnv {
  const action = parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  const workflow = parse(readFileSync(path.join(root, 'examples/workflows/bundled-examples.yml'), 'utf8')) as { jobs: Record<string, { steps: Step[] }> };
  const step = Object.values(workflow.jobs).flatMap((j) => j.steps).find((s) => s.uses === './');
  if (!step) throw new Error('no `uses: ./` step in examples/workflows/bundled-examples.yml');
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: work, CI: 'true', GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: root, GITHUB_OUTPUT: path.join(work, 'output'), GITHUB_STEP_SUMMARY: path.join(work, 'summary') };
  for (const [name, def] of Object.entries(action.inputs)) {
    const value = step.with?.[name] ?? (name === 'source-root' ? root : (def.default ?? ''));
    env[`INPUT_${name.toUpperCase()}`] = String(value);
  }
  // The output lands in the temporary directory, not in the repository.
  env['INPUT_OUTPUT'] = path.join(work, String(step.with?.output ?? 'cldscan.sarif'));
  return env;
}

/** The bundle's files a module pulls in (import statements, and import() calls when `dynamic`), itself included. */
function closure(file: string, dynamic: boolean, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/^(?:import|export)\s[^;]*?from\s+"(\.[^"]+)"|^import\s+"(\.[^"]+)"|\bimport\("(\.[^"]+)"\)/gm)) {
    if (m[3] && !dynamic) continue;
    closure(path.resolve(path.dirname(file), m[1] ?? m[2] ?? m[3]!), dynamic, seen);
  }
  return seen;
}

const size = (files: Iterable<string>) => [...files].reduce((n, f) => n + statSync(f).size, 0);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export async function benchAction(): Promise<string[]> {
  if (!existsSync(path.join(bundle, 'index.mjs'))) return ['dist-action/index.mjs is missing: run npm run build:action'];
  const lines: string[] = [];
  const all = readdirSync(bundle, { recursive: true, encoding: 'utf8' }).map((f) => path.join(bundle, f)).filter((f) => statSync(f).isFile() && f.endsWith('.mjs'));
  lines.push(`bundle: ${all.length} files, ${mb(size(all))} of code (plus licenses.txt); node ${process.version} here, node24 on the runner`);

  const work = mkdtempSync(path.join(os.tmpdir(), 'cldscan-bench-action-'));
  try {
    const env = runnerEnv(work);
    const times: number[] = [];
    let loaded: string[] = [];
    const hooks = path.join(work, 'hooks.mjs');
    const log = path.join(work, 'loaded.txt');
    writeFileSync(hooks, `import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) { if (url.startsWith('file:')) appendFileSync(${JSON.stringify(log)}, url + '\\n'); return next(url, context); }\n`);
    const register = path.join(work, 'register.mjs');
    writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);
    for (let i = 0; i <= repeats; i++) {
      writeFileSync(env.GITHUB_OUTPUT!, '');
      writeFileSync(env.GITHUB_STEP_SUMMARY!, '');
      rmSync(env.INPUT_OUTPUT!, { force: true });
      // The first run records which files load (through a module hook, which slows it): not timed.
      const args = i === 0 ? ['--import', pathToFileURL(register).href, path.join(bundle, 'index.mjs')] : [path.join(bundle, 'index.mjs')];
      const t0 = process.hrtime.bigint();
      const r = spawnSync(process.execPath, args, { cwd: root, env, encoding: 'utf8' });
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      if (!existsSync(env.INPUT_OUTPUT!)) throw new Error(`the action wrote no SARIF (exit ${r.status}): ${r.stdout.slice(-800)}${r.stderr.slice(-800)}`);
      if (i === 0) loaded = readFileSync(log, 'utf8').split('\n').filter((u) => u.includes('/dist-action/')).map((u) => fileURLToPath(u));
      else times.push(seconds);
    }
    const outputs = readFileSync(env.GITHUB_OUTPUT!, 'utf8').trim().split('\n').join(', ');
    times.sort((a, b) => a - b);
    lines.push(`examples workflow's cldscan step (${env.INPUT_INPUTS!.split(/\s+/).length} inputs), process start to exit with SARIF written: best ${times[0]!.toFixed(2)} s, median ${times[Math.floor(times.length / 2)]!.toFixed(2)} s over ${times.length} runs`);
    lines.push(`  outputs: ${outputs}`);
    lines.push(`  code loaded for this plan scan: ${loaded.length} of ${all.length} files, ${mb(size(loaded))}`);

    // Each cloud's SDK: only its live scan imports the chunk of providers/<cloud>/live.ts.
    for (const cloud of ['aws', 'azure', 'gcp']) {
      const chunk = all.find((f) => readFileSync(f, 'utf8').includes(`// providers/${cloud}/live.ts\n`));
      if (!chunk) {
        lines.push(`  ${cloud}: no chunk holds providers/${cloud}/live.ts`);
        continue;
      }
      // With what the chunk imports on demand (the GCP client is loaded when the scan starts).
      const files = closure(chunk, true);
      const t0 = process.hrtime.bigint();
      const r = spawnSync(process.execPath, ['--input-type=module', '-e', [...files].map((f) => `await import(${JSON.stringify(pathToFileURL(f).href)});`).join('')], { encoding: 'utf8' });
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      lines.push(`  live ${cloud}: ${files.size} files, ${mb(size(files))}; a Node process that imports them: ${seconds.toFixed(2)} s${r.status ? ` (failed: ${r.stderr.split('\n')[0]})` : ''}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return lines;
}
