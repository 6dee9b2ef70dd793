import { readFileSync } from 'node:fs';
import { UserError } from './errors.js';
import { decodeJsonBytes } from './input/decode.js';

/**
 * The fingerprints of a previous cldscan report, JSON (`findings[].fingerprint`) or SARIF
 * (`partialFingerprints["cldscanResource/v1"]`): what `--baseline` compares against. Only failures
 * and unknowns count; passes are not debt.
 */
export function loadBaseline(file: string): Set<string> {
  let doc: unknown;
  try {
    doc = JSON.parse(decodeJsonBytes(readFileSync(file), file).toString('utf8'));
  } catch (err) {
    if (err instanceof UserError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new UserError(`--baseline ${file}: ${code === 'ENOENT' ? 'no such file' : code ? 'cannot be read' : 'not valid JSON'}`);
  }
  const out = new Set<string>();
  const d = doc as { findings?: Array<{ status?: string; fingerprint?: unknown }>; runs?: Array<{ results?: Array<{ partialFingerprints?: Record<string, unknown> }> }> };
  if (Array.isArray(d.findings)) {
    for (const f of d.findings) if (f.status !== 'pass' && typeof f.fingerprint === 'string') out.add(f.fingerprint);
    return out;
  }
  if (Array.isArray(d.runs)) {
    for (const run of d.runs) for (const r of run.results ?? []) {
      const fp = r.partialFingerprints?.['cldscanResource/v1'];
      if (typeof fp === 'string') out.add(fp);
    }
    return out;
  }
  throw new UserError(`--baseline ${file}: not a cldscan JSON or SARIF report`);
}
