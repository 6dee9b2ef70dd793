import { appendFileSync, mkdirSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { UserError } from '../errors.js';
import type { Lang } from '../policy/api.js';
import { blobLinks } from '../report/markdown.js';
import { render } from '../report/render.js';
import { releaseFindings, type FindingSet } from '../report/finding-spool.js';
import type { ScanReport } from '../report/scan-report.js';
import { EXIT, failureMessage, runProgram } from './program.js';
import { splitWords } from './words.js';

/**
 * The GitHub Action (action.yml, `runs.using: node24`, bundled into dist-action/ so that no
 * `npm ci` runs in the job): reads the inputs the runner passes as `INPUT_*` variables, runs
 * `cldscan scan` in this process, writes the step's outputs to $GITHUB_OUTPUT and the Markdown report
 * to $GITHUB_STEP_SUMMARY (from the same scan), and ends with cldscan's exit code.
 *
 * Inputs are data, never shell: `inputs` and `args` are split into words without any expansion,
 * values are passed as `--flag=value`, and workflow commands are off while cldscan prints.
 */

export interface ActionInputs {
  paths: string[];
  format: string;
  output: string;
  failOn: string;
  config: string;
  sourceRoot: string;
  args: string[];
  summary: boolean;
  softFail: boolean;
}

/** The flags that have an input of their own: `args` may not set them a second time. */
const OWN_INPUTS = new Set(['format', 'output', 'o', 'fail-on', 'config', 'c', 'source-root']);

/** An input as the runner passes it: `fail-on` → INPUT_FAIL-ON (upper case, spaces to `_`, hyphens kept). */
export function input(env: NodeJS.ProcessEnv, name: string, fallback = ''): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? fallback).trim();
}

export function readActionInputs(env: NodeJS.ProcessEnv): ActionInputs {
  const paths = splitWords(input(env, 'inputs'), 'inputs').map((p) => (p.startsWith('-') ? `./${p}` : p)); // never a flag
  const args = splitWords(input(env, 'args'), 'args');
  for (const word of args) {
    const name = /^--?([^=]+)/.exec(word)?.[1]?.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    if (name && (OWN_INPUTS.has(name) || (!word.startsWith('--') && [...name].some((c) => OWN_INPUTS.has(c))))) {
      throw new UserError(`args: ${word.split('=')[0]}: set format, output, fail-on, config and source-root with the action inputs of those names, not in args`);
    }
  }
  const output = input(env, 'output', 'cldscan.sarif');
  if (!output) throw new UserError('output: give the file the report is written to');
  if (/[\r\n]/.test(output)) throw new UserError('output: the path must be on one line');
  return {
    paths,
    format: input(env, 'format', 'sarif') || 'sarif',
    output,
    failOn: input(env, 'fail-on', 'high') || 'high',
    config: input(env, 'config'),
    sourceRoot: input(env, 'source-root', '.') || '.',
    args,
    summary: flag(input(env, 'summary', 'true'), 'summary'),
    softFail: flag(input(env, 'soft-fail', 'false'), 'soft-fail'),
  };
}

/** The cldscan command line the inputs stand for. */
export function scanArgv(inputs: ActionInputs): string[] {
  return [
    'scan',
    ...inputs.paths,
    `--format=${inputs.format}`,
    `--output=${inputs.output}`,
    `--source-root=${inputs.sourceRoot}`,
    `--fail-on=${inputs.failOn}`,
    ...(inputs.config ? [`--config=${inputs.config}`] : []),
    ...inputs.args,
  ];
}

/** The step's outputs: where the SARIF is, the exit code, and the counts of the scan. */
export function actionOutputs(inputs: ActionInputs, code: number, report: ScanReport<FindingSet> | undefined): Record<string, string> {
  const s = report?.summary;
  return {
    sarif: report && inputs.format === 'sarif' ? inputs.output : '',
    'exit-code': String(code),
    failures: s ? String(s.byStatus.fail) : '',
    unknowns: s ? String(s.byStatus.unknown) : '',
    passes: s ? String(s.byStatus.pass) : '',
    waived: s ? String(s.waived) : '',
    resources: s ? String(s.resources) : '',
  };
}

export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let inputs: ActionInputs;
  try {
    inputs = readActionInputs(env);
  } catch (err) {
    const failure = await failureMessage(err);
    process.stderr.write(`${failure}\n`);
    return finish(env, undefined, EXIT.usage, undefined, failure);
  }
  mkdirSync(path.dirname(path.resolve(inputs.output)), { recursive: true });

  // What cldscan prints may quote the scanned files (a pull request's plan is untrusted input):
  // workflow commands are off while it runs, under a token nobody can guess.
  const token = `cldscan-${randomBytes(16).toString('hex')}`;
  process.stdout.write(`::group::cldscan scan\n::stop-commands::${token}\n`);
  process.stdout.write(`cldscan ${scanArgv(inputs).map(quoteForLog).join(' ')}\n`);
  let code: number;
  let report: ScanReport<FindingSet> | undefined;
  let lang: Lang | undefined;
  let failure: string | undefined;
  try {
    ({ code, report, lang } = await runProgram(scanArgv(inputs), 120));
  } catch (err) {
    failure = await failureMessage(err);
    process.stderr.write(`${failure}\n`);
    code = EXIT.usage;
  }
  process.stdout.write(`::${token}::\n::endgroup::\n`);
  return finish(env, inputs, code, report, failure, lang);
}

function finish(env: NodeJS.ProcessEnv, inputs: ActionInputs | undefined, code: number, report: ScanReport<FindingSet> | undefined, failure: string | undefined, lang?: Lang): number {
  const outputs = inputs ? actionOutputs(inputs, code, report) : { sarif: '', 'exit-code': String(code) };
  if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, Object.entries(outputs).map(([k, v]) => `${k}=${v}\n`).join(''));
  if (report && inputs?.summary) {
    if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, render(report, 'markdown', { color: false, lang: lang ?? 'en', links: blobLinks(env, report.sourceRoot, report.scope.commit?.sha) }));
    else process.stdout.write('GITHUB_STEP_SUMMARY is not set: no job summary written\n');
  }
  if (report) releaseFindings(report.findings);
  const s = report?.summary;
  switch (code) {
    case EXIT.ok:
      process.stdout.write(`cldscan: ${s?.byStatus.fail ?? 0} failure(s), none at or above ${inputs?.failOn}; ${s?.byStatus.unknown ?? 0} could not be verified\n`);
      break;
    case EXIT.failed:
      process.stdout.write(
        `::${inputs?.softFail ? 'warning' : 'error'} title=cldscan::${s?.byStatus.fail ?? 0} failure(s), some at or above fail-on ${inputs?.failOn} (exit code 1)${inputs?.softFail ? '; soft-fail: the step succeeds' : ''}: see the report and the code scanning alerts\n`,
      );
      break;
    case EXIT.usage:
      process.stdout.write(`::error title=cldscan::usage or input error (exit code 2), no report written: ${commandData(failure?.split('\n')[0]!.replace(/^cldscan: /, '') ?? 'see the log')}\n`);
      break;
    case EXIT.incomplete:
      process.stdout.write('::error title=cldscan::the scan could not read part of the estate (exit code 3): nothing from that part is counted compliant; see the notifications in the report\n');
      break;
  }
  return code === EXIT.failed && inputs?.softFail ? EXIT.ok : code;
}

function flag(value: string, name: string): boolean {
  const v = value.toLowerCase();
  if (['true', 'yes', '1', 'on'].includes(v)) return true;
  if (['false', 'no', '0', 'off', ''].includes(v)) return false;
  throw new UserError(`${name}: expected true or false, not ${JSON.stringify(value)}`);
}

/** The message part of a workflow command (`::error::message`): %, CR and LF encoded as the runner expects. */
function commandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function quoteForLog(word: string): string {
  return /^[\w./=:,@%+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

runAction().then(
  (code) => {
    process.exitCode = code;
  },
  async (err: unknown) => {
    process.stderr.write(`${await failureMessage(err)}\n`);
    process.exitCode = EXIT.usage;
  },
);
