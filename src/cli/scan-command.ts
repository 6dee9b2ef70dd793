import { render, writeReport } from '../report/render.js';
import { blobLinks } from '../report/markdown.js';
import { useColour } from '../report/text.js';
import { StagedFile, writeAtomically } from '../output.js';
import { scanComplianceReport } from './compliance-output.js';
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
    const compliance = args.report ? await scanComplianceReport(report, formatFromExtension(args.report), args) : undefined;
    const opts: RenderOptions = {
      color: useColour(args.color, toTerminal, process.env),
      lang: args.lang,
      ...(args['group-by'] ? { groupBy: args['group-by'] } : {}),
      // In a GitHub workflow, the Markdown links each location to its file and line at the scanned commit.
      links: blobLinks(process.env, report.sourceRoot, report.scope.commit?.sha),
    };
    // Written beside its destination first, renamed over it last.
    const staged = args.output ? new StagedFile(args.output) : undefined;
    try {
      if (staged) await writeReport(staged, report, format, opts);
      const content = staged ? undefined : render(report, format, opts);
      // Rendering a large report is long synchronous work: one turn of the event loop before replacing
      // anything, so that a SIGINT/SIGTERM that came meanwhile stops the scan with every old output intact.
      await new Ticker().turn();
      if (args.report && compliance !== undefined) writeAtomically(args.report, compliance);
      staged?.commit();
      if (content !== undefined) process.stdout.write(content);
    } catch (err) {
      staged?.abandon();
      throw err;
    }
  } catch (err) {
    releaseFindings(report.findings);
    throw err;
  }
  return { code: exitCode(report), report };
}
