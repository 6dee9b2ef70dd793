/**
 * The command line as a user meets it: its own version wherever it is installed, suggestions for a
 * mistyped command or flag, a plan read from standard input (`-`), and a reader that stops early.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, CLI, CLI_TIMEOUT_MS, ROOT } from './helpers/cli.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'cldscan-usage-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PLAN = path.join(ROOT, 'examples/aws/plan.json');
const VERSION = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** Exit 2 and one line on standard error, no stack trace. */
function expectUsageError(r: { status: number; stderr: string }, reason: RegExp): void {
  expect(r.status).toBe(2);
  const lines = r.stderr.trim().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^cldscan: /);
  expect(lines[0]).toMatch(reason);
}

describe('--version', () => {
  it("prints cldscan's own version, not the version of the project it runs in", () => {
    const host = path.join(dir, 'host');
    mkdirSync(host, { recursive: true });
    writeFileSync(path.join(host, 'package.json'), JSON.stringify({ name: 'host-project', version: '9.9.9' }));
    const r = cli(['--version'], { cwd: host });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(VERSION);
  });
});

describe('suggestions', () => {
  it('names the command a mistyped one probably meant', () => {
    expectUsageError(cli(['scna', PLAN]), /unknown command scna \(did you mean scan\?\)/);
    expectUsageError(cli(['rulez']), /did you mean rules\?/);
  });

  it('names the flag a mistyped one probably meant, for each command', () => {
    expectUsageError(cli(['scan', PLAN, '--formt', 'json']), /unknown flag --formt \(did you mean --format\?\)/);
    expectUsageError(cli(['scan', PLAN, '--fail-onn=high']), /unknown flag --fail-onn \(did you mean --fail-on\?\)/);
    expectUsageError(cli(['scan', PLAN, '--resideny', 'fr']), /did you mean --residency\?/);
    expectUsageError(cli(['rules', '--lnag', 'fr']), /unknown flag --lnag \(did you mean --lang\?\)/);
    expectUsageError(cli(['report', PLAN, '--atestations', 'a.yaml']), /did you mean --attestations\?/);
  });

  it('suggests nothing far from every flag, and accepts yargs spellings (camelCase, --no-x, aliases)', () => {
    const far = cli(['scan', PLAN, '--zzzzzzzz']);
    expectUsageError(far, /unknown flag --zzzzzzzz$/);
    const ok = cli(['scan', PLAN, '--failOn', 'none', '--no-color', '-o', path.join(dir, 'alias.sarif')]);
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
  });
});

describe('standard input', () => {
  const findingsOf = (stdout: string) =>
    (JSON.parse(stdout) as { findings: Array<{ policy: string; status: string; resource: { id: string }; location: unknown }> }).findings.map((f) => [f.policy, f.status, f.resource.id, f.location]);

  it('`-` reads the plan piped in: the same findings as the file, located in the .tf files', () => {
    const fromFile = cli(['scan', PLAN, '--format', 'json', '--fail-on', 'none', '--source-root', '.']);
    const fromStdin = cli(['scan', '-', '--format', 'json', '--fail-on', 'none', '--source-root', '.'], { input: readFileSync(PLAN, 'utf8') });
    expect(fromStdin.stderr).toBe('');
    expect(fromStdin.status).toBe(0);
    expect(findingsOf(fromStdin.stdout)).toEqual(findingsOf(fromFile.stdout));
    expect((JSON.parse(fromStdin.stdout) as { summary: { inputs: Array<{ path: string }> } }).summary.inputs.map((i) => i.path)).toEqual(['stdin']);
  });

  it('reads standard input beside files, and a large plan on stdin is streamed like a large file', () => {
    const both = cli(['scan', '-', path.join(ROOT, 'examples/gcp/plan.json'), '--format', 'json', '--fail-on', 'none', '--source-root', '.'], { input: readFileSync(PLAN, 'utf8') });
    expect(both.status, both.stderr).toBe(0);
    expect((JSON.parse(both.stdout) as { summary: { inputs: Array<{ path: string }> } }).summary.inputs.map((i) => i.path)).toEqual(['stdin', path.join(ROOT, 'examples/gcp/plan.json')]);
    // Above the threshold, a plan is read from its file a chunk at a time: standard input gets the same treatment.
    const streamed = cli(['scan', '-', '--format', 'json', '--fail-on', 'none', '--source-root', '.'], { input: readFileSync(PLAN, 'utf8'), env: { CLDSCAN_STREAM_THRESHOLD: '1000', CLDSCAN_STREAM_CHUNK: '4096' } });
    const file = cli(['scan', PLAN, '--format', 'json', '--fail-on', 'none', '--source-root', '.']);
    expect(streamed.status, streamed.stderr).toBe(0);
    expect(findingsOf(streamed.stdout)).toEqual(findingsOf(file.stdout));
  });

  it('gives the one-line errors of files: binary plan, empty input, not JSON', () => {
    const binary = spawnSync(process.execPath, [CLI, 'scan', '-'], { input: Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(300, 7)]), encoding: 'utf8', timeout: CLI_TIMEOUT_MS });
    expectUsageError({ status: binary.status ?? -1, stderr: binary.stderr }, /^cldscan: stdin: this is a binary plan file/);
    expectUsageError(cli(['scan', '-'], { input: '' }), /^cldscan: stdin: the file is empty/);
    expectUsageError(cli(['scan', '-'], { input: 'hello' }), /^cldscan: stdin: not a JSON document/);
  });

  it('refuses `-` twice, or as the value of a flag', () => {
    expectUsageError(cli(['scan', '-', '-'], { input: '{}' }), /give - \(standard input\) once/);
    expectUsageError(cli(['scan', '-', '--config', '-'], { input: '{}' }), /--config -: standard input can only be an input/);
  });

  it('leaves no copy of standard input behind', () => {
    cli(['scan', '-', '--format', 'json'], { input: readFileSync(PLAN, 'utf8') });
    cli(['scan', '-'], { input: 'not json' });
    expect(readdirSync(os.tmpdir()).filter((n) => n.startsWith('.cldscan-stdin-'))).toEqual([]);
  });
});

describe('a reader that stops early', () => {
  /** Runs cldscan into a pipe that `reader` closes early; returns cldscan's exit code and standard error. */
  function piped(args: string[], reader: string): { status: number; stderr: string; stdout: string } {
    const errFile = path.join(dir, `stderr-${reader.replace(/\W/g, '')}.txt`);
    const quoted = [process.execPath, CLI, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    const r = spawnSync('bash', ['-c', `${quoted} 2>'${errFile}' | ${reader}; exit "\${PIPESTATUS[0]}"`], { cwd: ROOT, encoding: 'utf8', timeout: CLI_TIMEOUT_MS });
    return { status: r.status ?? -1, stderr: readFileSync(errFile, 'utf8'), stdout: r.stdout };
  }

  it('`| head -1` and a reader that never reads end quietly, with the scan\'s exit code', () => {
    const head = piped(['scan', 'examples', '--source-root', '.', '--format', 'sarif', '--fail-on', 'none'], 'head -1');
    expect(head.stdout).toBe('{\n');
    expect(head.stderr).toBe('');
    expect(head.status).toBe(0);
    const closed = piped(['scan', 'examples', '--source-root', '.', '--format', 'sarif'], 'true');
    expect(closed.stderr).toBe('');
    expect(closed.status).toBe(1);
    const rules = piped(['rules', '--format', 'json'], 'true');
    expect(rules.stderr).toBe('');
    expect(rules.status).toBe(0);
  });
});
