import { readReportFile } from './report-files.js';

/**
 * The fingerprints of a previous cldscan report, JSON (`findings[].fingerprint`) or SARIF
 * (`partialFingerprints["cldscanResource/v1"]`): what `--baseline` compares against. Only failures
 * and unknowns count; passes are not debt.
 */
export function loadBaseline(file: string, maxDecompressed?: number): Set<string> {
  const { kind, doc } = readReportFile(file, `--baseline ${file}`, maxDecompressed);
  const out = new Set<string>();
  if (kind === 'json') {
    for (const f of (doc as { findings: Array<{ status: string; fingerprint: string }> }).findings) if (f.status !== 'pass') out.add(f.fingerprint);
    return out;
  }
  for (const run of (doc as { runs: Array<{ results?: Array<{ partialFingerprints?: Record<string, string> }> }> }).runs) {
    for (const r of run.results ?? []) {
      const fp = r.partialFingerprints?.['cldscanResource/v1'];
      if (fp !== undefined) out.add(fp);
    }
  }
  return out;
}
