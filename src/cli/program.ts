import yargs from 'yargs';
import { UserError } from '../errors.js';
import { STDIN } from '../input/stdin.js';
import type { Lang } from '../policy/api.js';
import type { ScanReport } from '../report/scan-report.js';
import type { FindingSet } from '../report/finding-spool.js';
import { TOOL } from '../tool.js';
import { describeUnknownFlags, type OptionShape } from './flag-suggestions.js';
import { COVERAGE_OPTIONS, INIT_OPTIONS, MERGE_OPTIONS, REPORT_OPTIONS, RULES_OPTIONS, SCAN_OPTIONS } from './scan-options.js';

export const EXIT = { ok: 0, failed: 1, usage: 2, incomplete: 3 } as const;

/** What a command line did: its exit code, and for `scan` the report it wrote. */
export interface ProgramResult {
  code: number;
  report?: ScanReport<FindingSet>;
  /** For `scan`: the language of its reports (--lang), for the job summary the Action writes from the same scan. */
  lang?: Lang;
}

const OPTIONS_OF: Record<string, Record<string, OptionShape>> = { scan: SCAN_OPTIONS, report: REPORT_OPTIONS, init: INIT_OPTIONS, merge: MERGE_OPTIONS, rules: RULES_OPTIONS, coverage: COVERAGE_OPTIONS };

/**
 * yargs drops a lone `-` (standard input) from the positionals: it travels as a word yargs keeps,
 * one no command line can hold (a NUL byte), and becomes `-` again among the inputs.
 */
const STDIN_WORD = '\u0000stdin';
const withStdin = (inputs: string[] | undefined) => inputs?.map((i) => (i === STDIN_WORD ? STDIN : i));

/**
 * Parses a cldscan command line and runs it (the `cldscan` executable and the GitHub Action both
 * come here). Usage and input errors are thrown as UserError; see failureMessage.
 */
export async function runProgram(argv: string[], columns = process.stdout.columns): Promise<ProgramResult> {
  let code: number = EXIT.ok;
  let report: ScanReport<FindingSet> | undefined;
  let lang: Lang | undefined;
  const end = argv.indexOf('--');
  const words = argv.map((w, i) => (w === STDIN && (end < 0 || i < end) ? STDIN_WORD : w));
  await yargs(words)
    .scriptName('cldscan')
    .usage('$0 <command> [options]')
    .command(
      'scan [inputs..]',
      'Scan Terraform plans (terraform show -json), Terraform JSON configurations, cloud inventory exports, and live AWS, Azure and GCP estates against the CLD/CL rules',
      (y) => y.positional('inputs', { type: 'string', array: true, describe: 'Files or directories to scan' }).options(SCAN_OPTIONS),
      async (args) => {
        // Commands load on demand: start-up time counts on every CI run.
        const { runScanCommand } = await import('./scan-command.js');
        ({ code, report } = await runScanCommand({ ...args, inputs: withStdin(args.inputs) }));
        lang = args.lang;
      },
    )
    .command(
      'report [inputs..]',
      'Write the compliance matrix of every CLD and CL rule (policies, attestations, waivers) as HTML, Markdown, JSON or CSV',
      (y) => y.positional('inputs', { type: 'string', array: true, describe: 'Files or directories to scan' }).options(REPORT_OPTIONS),
      async (args) => {
        const { runReportCommand } = await import('./report-command.js');
        code = await runReportCommand({ ...args, inputs: withStdin(args.inputs) });
      },
    )
    .command(
      'init',
      'Write a starter attestations file listing every organisational rule',
      (y) => y.options(INIT_OPTIONS),
      async (args) => {
        const { runInitCommand } = await import('./init-command.js');
        runInitCommand(args.output, args.force, args.lang);
      },
    )
    .command(
      'merge <reports..>',
      'Merge SARIF (or cldscan JSON) reports of shards or separate scans into one, deduplicated, notifications kept',
      (y) =>
        y
          .positional('reports', { type: 'string', array: true, describe: 'Reports to merge (all SARIF, or all JSON)' })
          .options(MERGE_OPTIONS),
      async (args) => {
        const { mergeReports } = await import('../merge.js');
        const { writeAtomically } = await import('../output.js');
        const merged = mergeReports(args.reports ?? []);
        if (args.output) writeAtomically(args.output, merged.text);
        else process.stdout.write(merged.text);
      },
    )
    .command(
      'rules',
      'List the rule catalog (CLD-01…CLD-76, CL-1…CL-30) and the policies serving each rule',
      (y) => y.options(RULES_OPTIONS),
      async (args) => {
        const { runRulesCommand } = await import('./rules-command.js');
        process.stdout.write(runRulesCommand(args.format, args.lang));
      },
    )
    .command(
      'coverage',
      'List what each adapter reads: per cloud and resource type, the facets read from Terraform plans and from live inventories',
      (y) => y.options(COVERAGE_OPTIONS),
      async (args) => {
        const { runCoverageCommand } = await import('./coverage-command.js');
        process.stdout.write(runCoverageCommand(args.format));
      },
    )
    .middleware((args) => {
      for (const [key, value] of Object.entries(args)) {
        if (key !== 'inputs' && key !== '_' && [value].flat().includes(STDIN_WORD)) throw new UserError(`--${key} ${STDIN}: standard input can only be an input of scan or report`);
      }
    })
    .demandCommand(1, 'Give a command: scan or rules (see --help).')
    .strict()
    .recommendCommands()
    .help()
    // yargs would look for package.json from the working directory (or the project that installed cldscan).
    .version(TOOL.version)
    .wrap(Math.min(120, columns || 100))
    .fail((msg, err) => {
      if (err) throw err;
      throw new UserError(usageError(argv, msg));
    })
    .parseAsync();
  return report ? { code, report, ...(lang ? { lang } : {}) } : { code };
}

/** yargs' message, or for a mistyped flag or command, what was probably meant. */
function usageError(argv: readonly string[], msg: string | null): string {
  const command = argv[0] ?? '';
  const options = OPTIONS_OF[command];
  const flags = options ? describeUnknownFlags(argv.slice(1), options) : undefined;
  if (flags) return flags;
  const near = msg ? /did you mean (\S+?)\??$/i.exec(msg.trim())?.[1] : undefined;
  if (near && !options) return `unknown command ${command} (did you mean ${near}?)`;
  return msg ? msg.replace(/\s*\n\s*/g, ' ').replaceAll(STDIN_WORD, STDIN) : 'invalid usage';
}

/** The one line cldscan prints for an error that ended a command: no stack trace unless CLDSCAN_DEBUG is set. */
export async function failureMessage(err: unknown): Promise<string> {
  // Messages can quote file names and values from inputs: no secret and no control character reaches the terminal or the CI log.
  const [{ Redactor }, { terminalText }] = await Promise.all([import('../report/redact.js'), import('../report/escape.js')]);
  const line = (s: string) =>
    terminalText(
      new Redactor([]).text(
        s
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean)
          .join(' '),
      ),
    );
  if (err instanceof UserError) return `cldscan: ${line(err.message)}`;
  const detail = process.env.CLDSCAN_DEBUG ? `\n${(err as Error).stack ?? ''}` : ' (set CLDSCAN_DEBUG=1 for details)';
  return `cldscan: internal error: ${line(String((err as Error).message ?? err).split('\n')[0]!)}${detail}`;
}
