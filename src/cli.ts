#!/usr/bin/env node
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { UserError } from './errors.js';
import { removePendingOutputs } from './output.js';
import { REPORT_OPTIONS, SCAN_OPTIONS } from './cli/scan-options.js';

export const EXIT = { ok: 0, failed: 1, usage: 2, incomplete: 3 } as const;

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    removePendingOutputs();
    process.stderr.write(`cldscan: interrupted (${signal}); no output was written\n`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

async function main(argv: string[]): Promise<number> {
  let code: number = EXIT.ok;
  await yargs(argv)
    .scriptName('cldscan')
    .usage('$0 <command> [options]')
    .command(
      'scan [inputs..]',
      'Scan Terraform plans (terraform show -json), Terraform JSON configurations, cloud inventory exports, and live AWS, Azure and GCP estates against the CLD/CL rules',
      (y) => y.positional('inputs', { type: 'string', array: true, describe: 'Files or directories to scan' }).options(SCAN_OPTIONS),
      async (args) => {
        // Commands load on demand: start-up time counts on every CI run.
        const { runScanCommand } = await import('./cli/scan-command.js');
        code = await runScanCommand(args);
      },
    )
    .command(
      'report [inputs..]',
      'Write the compliance matrix of every CLD and CL rule (policies, attestations, waivers) as HTML, Markdown, JSON or CSV',
      (y) => y.positional('inputs', { type: 'string', array: true, describe: 'Files or directories to scan' }).options(REPORT_OPTIONS),
      async (args) => {
        const { runReportCommand } = await import('./cli/report-command.js');
        code = await runReportCommand(args);
      },
    )
    .command(
      'init',
      'Write a starter attestations file listing every organisational rule',
      (y) =>
        y.options({
          output: { alias: 'o', type: 'string', default: 'cldscan-attestations.yaml', describe: 'File to write' },
          force: { type: 'boolean', default: false, describe: 'Replace the file if it exists' },
          lang: { choices: ['en', 'fr'] as const, default: 'en' as const, describe: 'Language of the comments' },
        }),
      async (args) => {
        const { runInitCommand } = await import('./cli/init-command.js');
        runInitCommand(args.output, args.force, args.lang);
      },
    )
    .command(
      'merge <reports..>',
      'Merge SARIF (or cldscan JSON) reports of shards or separate scans into one, deduplicated, notifications kept',
      (y) =>
        y
          .positional('reports', { type: 'string', array: true, describe: 'Reports to merge (all SARIF, or all JSON)' })
          .options({ output: { alias: 'o', type: 'string', describe: 'Write the merged report here (default: standard output)' } }),
      async (args) => {
        const { mergeReports } = await import('./merge.js');
        const { writeAtomically } = await import('./output.js');
        const merged = mergeReports(args.reports ?? []);
        if (args.output) writeAtomically(args.output, merged.text);
        else process.stdout.write(merged.text);
      },
    )
    .command(
      'rules',
      'List the rule catalog (CLD-01…CLD-76, CL-1…CL-30) and the policies serving each rule',
      (y) =>
        y.options({
          format: { choices: ['text', 'json', 'markdown'] as const, default: 'text' as const, describe: 'Output format' },
          lang: { choices: ['en', 'fr'] as const, default: 'en' as const, describe: 'Language of the summaries' },
        }),
      async (args) => {
        const { runRulesCommand } = await import('./cli/rules-command.js');
        process.stdout.write(runRulesCommand(args.format, args.lang));
      },
    )
    .demandCommand(1, 'Give a command: scan or rules (see --help).')
    .strict()
    .help()
    .version()
    .wrap(Math.min(120, process.stdout.columns || 100))
    .fail((msg, err) => {
      if (err) throw err;
      throw new UserError(msg ? msg.replace(/\s*\n\s*/g, ' ') : 'invalid usage');
    })
    .parseAsync();
  return code;
}

main(hideBin(process.argv)).then(
  (code) => {
    process.exitCode = code;
  },
  async (err: unknown) => {
    // Messages can quote file names and values from inputs: no secret and no control character reaches the terminal or the CI log.
    const [{ Redactor }, { terminalText }] = await Promise.all([import('./report/redact.js'), import('./report/escape.js')]);
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
    if (err instanceof UserError) {
      process.stderr.write(`cldscan: ${line(err.message)}\n`);
    } else {
      const detail = process.env.CLDSCAN_DEBUG ? `\n${(err as Error).stack ?? ''}` : ' (set CLDSCAN_DEBUG=1 for details)';
      process.stderr.write(`cldscan: internal error: ${line(String((err as Error).message ?? err).split('\n')[0]!)}${detail}\n`);
    }
    process.exitCode = EXIT.usage;
  },
);
