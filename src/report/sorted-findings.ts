import { writeSync } from 'node:fs';
import type { Finding } from '../model/finding.js';
import { PrivateTempFile } from '../output.js';
import { findingAt, indexWhere, type FindingKeyTest, type FindingSet } from './finding-spool.js';

/** A finding's sort key: a few strings and numbers, never the finding. */
export type SortKey = ReadonlyArray<string | number>;

/** Keys sorted in memory at a time; past this, sorted runs go to temporary files and are merged. CLDSCAN_SORT_RUN lowers it, for tests. */
const run = () => Number(process.env.CLDSCAN_SORT_RUN) || 20_000;

/**
 * The findings that pass `test` (and `select`, if given, which reads the finding), as their key
 * (`keyOf`) and position, ordered by `compare` on the key, then by position (the order a stable sort
 * keeps). A spooled scan's findings are read back once
 * for their keys, which are sorted some thousands at a time into temporary files and merged: memory holds one
 * run of keys, however many findings. The caller reads each finding back with `findingAt`.
 */
export function* sortedPositions(
  set: FindingSet,
  test: FindingKeyTest,
  keyOf: (f: Finding) => SortKey,
  compare: (a: SortKey, b: SortKey) => number,
  select?: (f: Finding, i: number) => boolean,
): Generator<Entry> {
  const byKey = (a: Entry, b: Entry) => compare(a[0], b[0]) || a[1] - b[1];
  const runs: Run[] = [];
  const size = run();
  let batch: Entry[] = [];
  try {
    for (const i of indexWhere(set, test)) {
      const f = findingAt(set, i);
      if (select && !select(f, i)) continue;
      batch.push([keyOf(f), i]);
      if (batch.length >= size) {
        runs.push(Run.write(batch.sort(byKey)));
        batch = [];
      }
    }
    batch.sort(byKey);
    if (!runs.length) {
      yield* batch;
      return;
    }
    if (batch.length) runs.push(Run.write(batch));
    batch = [];
    // A k-way merge: a handful of runs, the smallest head found by a scan.
    const heads = runs.map((r) => r.next());
    for (;;) {
      let min = -1;
      for (let r = 0; r < heads.length; r++) if (heads[r] && (min < 0 || byKey(heads[r]!, heads[min]!) < 0)) min = r;
      if (min < 0) return;
      yield heads[min]!;
      heads[min] = runs[min]!.next();
    }
  } finally {
    for (const r of runs) r.close();
  }
}

/** A finding's sort key and its position in the set. */
export type Entry = [SortKey, number];

/** A sorted run of entries in a temporary file (mode 0600, removed on close and on exit), read back in order. */
class Run {
  private readonly temp = new PrivateTempFile('cldscan-sort');
  private reading: Iterator<string> | undefined;

  private get fd(): number | undefined {
    return this.temp.fd;
  }

  static write(entries: readonly Entry[]): Run {
    const run = new Run();
    let chunk: string[] = [];
    let position = 0;
    const flush = () => {
      position += writeSync(run.fd!, chunk.join(''), position);
      chunk = [];
    };
    for (const e of entries) {
      chunk.push(`${JSON.stringify(e)}\n`);
      if (chunk.length >= 4096) flush();
    }
    flush();
    return run;
  }

  next(): Entry | undefined {
    this.reading ??= this.temp.lines();
    const line = this.reading.next();
    return line.done ? undefined : (JSON.parse(line.value) as Entry);
  }

  close(): void {
    this.temp.close();
  }
}
