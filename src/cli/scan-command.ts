import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import { writeReport } from '../report/render.js';
import { blobLinks } from '../report/markdown.js';
import { useColour } from '../report/text.js';
import { StagedFile } from '../output.js';
import { writeScanCompliance } from './compliance-output.js';
import { Ticker } from '../yield.js';
import { exitCode, formatFromExtension, runScan, type ScanArgs } from './run-scan.js';
import type { Format, RenderOptions } from '../report/render.js';
import type { ScanReport } from '../report/scan-report.js';
import { releaseFindings, type FindingSet } from '../report/finding-spool.js';

/**
 * Runs `cldscan scan`; returns the exit code (0 clean, 1 failures at or above --fail-on, 3 incomplete
 * scan) and the report, whose spooled findings the caller releases (or the process's exit removes).
 */
export async function runScanCommand(args: ScanArgs): Promise<{ code: number; report: ScanReport<FindingSet> }> {
  const toTerminal = !args.output && process.stdout.isTTY === true;
  const format: Format = args.format ?? (toTerminal ? 'text' : 'sarif');
  // The compliance report needs every rule's counts, which the scan keeps whatever the format.
  const report = await runScan(args, format === 'json');
  try {
    const opts: RenderOptions = {
      color: useColour(args.color, toTerminal, process.env),
      lang: args.lang,
      ...(args['group-by'] ? { groupBy: args['group-by'] } : {}),
      // In a GitHub workflow, the Markdown links each location to its file and line at the scanned commit.
      links: blobLinks(process.env, report.sourceRoot, report.scope.commit?.sha),
    };
    // Written beside its destination first, renamed over it last. Every report for standard output
    // goes through a temporary file too (only its owner reads it): reports are written a finding at
    // a time, and a SARIF log too large for GitHub is written again smaller.
    const compliance = args.report ? new StagedFile(args.report) : undefined;
    let staged: StagedFile | undefined;
    try {
      if (compliance) await writeScanCompliance(compliance, report, formatFromExtension(args.report!), args);
      staged = new StagedFile(args.output ?? path.join(os.tmpdir(), `cldscan-${format}-${process.pid}`), args.output ? 0o644 : 0o600);
      await writeReport(staged, report, format, opts);
      // Rendering a large report is long synchronous work: one turn of the event loop before replacing
      // anything, so that a SIGINT/SIGTERM that came meanwhile stops the scan with every old output intact.
      await new Ticker().turn();
      compliance?.commit();
      if (args.output) staged.commit();
      else await copyToStdout(staged);
    } catch (err) {
      compliance?.abandon();
      staged?.abandon();
      throw err;
    }
  } catch (err) {
    releaseFindings(report.findings);
    throw err;
  }
  return { code: exitCode(report), report };
}

async function copyToStdout(staged: StagedFile): Promise<void> {
  staged.flush();
  try {
    for await (const chunk of createReadStream(staged.tmp)) {
      // A reader that stops early (`| head`) closes the pipe: the rest has nowhere to go, which is not an error (src/cli.ts).
      if (process.stdout.destroyed) break;
      if (!process.stdout.write(chunk)) await once(process.stdout, 'drain').catch(() => undefined);
    }
  } finally {
    staged.abandon();
  }
}
