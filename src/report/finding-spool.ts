import { readSync, writeSync } from 'node:fs';
import os from 'node:os';
import { UserError } from '../errors.js';
import { LIMITS } from '../limits.js';
import { SEVERITIES, STATUSES, type Finding, type Severity, type Status } from '../model/finding.js';
import { PrivateTempFile } from '../output.js';

/**
 * What a report can ask of findings without reading them: enough to pick a SARIF run and order it,
 * to set waived findings apart, and to take a policy's findings alone (a compliance rule's).
 */
export type FindingKeyTest = (category: string, status: Status, severity: Severity, waived: boolean, policy: string) => boolean;

/**
 * Findings kept outside the heap: what a scan produces and the reports read back, each in the order
 * the scan found them. `where` yields only the findings whose category, status and severity pass
 * the test, reading nothing else back.
 */
export interface FindingSource extends Iterable<Finding> {
  readonly length: number;
  where(test: FindingKeyTest): Iterable<Finding>;
  /** The positions (in the order found) of the findings that pass the test, reading none back. */
  indexWhere(test: FindingKeyTest): Iterable<number>;
  /** The finding at a position. */
  at(index: number): Finding;
}

/** The findings of a report: in memory (a library call, a merged report) or spooled to disk (the CLI). */
export type FindingSet = readonly Finding[] | FindingSource;

/** Lines are written this many bytes at a time, and read back as many. */
const CHUNK = 1024 * 1024;

/**
 * The findings of one scan as NDJSON in the OS temporary directory (mode 0600, a name nobody can
 * guess, created exclusively), already redacted as the reports are. In memory stays a small index
 * per finding (where its line starts, its category, status, severity, whether it is waived, and its
 * policy: 14 bytes): a live scan of 200 000
 * resources holds a few megabytes however many findings and evidence it writes. The file is removed
 * by `close`, when the scan fails, and on exit or interruption (src/output.ts) whatever happens.
 */
export class FindingSpool implements FindingSource {
  private readonly temp = new PrivateTempFile('cldscan-findings');
  private pending: string[] = [];
  private pendingBytes = 0;
  private written = 0;
  private count = 0;
  /** Byte offset of each line; an entry past the last is the end. */
  private starts = new Float64Array(1024);
  /** Per line: category index × 32 + waived × 16 + status × 4 + severity. */
  private keys = new Uint32Array(1024);
  /** Per line: policy index. */
  private policyKeys = new Uint16Array(1024);
  private readonly categories = new Interned();
  private readonly policies = new Interned();
  private readBuffer = Buffer.alloc(64 * 1024);

  constructor(private readonly maxBytes: number = LIMITS.findingSpoolBytes) {
  }

  get length(): number {
    return this.count;
  }

  /** Appends a finding, which must already be redacted: the spool writes what it is given. */
  push(f: Finding): void {
    if (this.fd === undefined) throw new Error('the findings spool is closed');
    const line = `${JSON.stringify(f)}\n`;
    const bytes = Buffer.byteLength(line);
    if (this.written + this.pendingBytes + bytes > this.maxBytes) {
      throw new UserError(`the scan's findings exceed ${Math.round(this.maxBytes / 1024 / 1024)} MB in the temporary directory (${os.tmpdir()}): scan in shards (--shard)`);
    }
    if (this.count + 1 >= this.starts.length) this.grow();
    this.keys[this.count] = this.categories.of(f.category) * 32 + (f.suppression ? 16 : 0) + STATUSES.indexOf(f.status) * 4 + SEVERITIES.indexOf(f.severity);
    this.policyKeys[this.count] = this.policies.of(f.policy);
    this.starts[this.count] = this.written + this.pendingBytes;
    this.count++;
    this.starts[this.count] = this.written + this.pendingBytes + bytes;
    this.pending.push(line);
    this.pendingBytes += bytes;
    if (this.pendingBytes >= CHUNK) this.flush();
  }

  *[Symbol.iterator](): Iterator<Finding> {
    this.readable();
    for (const line of this.temp.lines(this.written, CHUNK)) yield JSON.parse(line) as Finding;
  }

  *where(test: FindingKeyTest): Iterable<Finding> {
    for (const i of this.indexWhere(test)) yield this.at(i);
  }

  *indexWhere(test: FindingKeyTest): Iterable<number> {
    for (let i = 0; i < this.count; i++) {
      const key = this.keys[i]!;
      if (test(this.categories.name(key >>> 5), STATUSES[(key >>> 2) & 3]!, SEVERITIES[key & 3]!, (key & 16) !== 0, this.policies.name(this.policyKeys[i]!))) yield i;
    }
  }

  at(index: number): Finding {
    const fd = this.readable();
    const start = this.starts[index]!;
    const length = this.starts[index + 1]! - start;
    if (length > this.readBuffer.length) this.readBuffer = Buffer.alloc(length);
    readSync(fd, this.readBuffer, 0, length, start);
    return JSON.parse(this.readBuffer.toString('utf8', 0, length)) as Finding;
  }

  /** Removes the file; the findings are gone. Safe to call more than once. */
  close(): void {
    this.temp.close();
  }

  /** The spool's file (tests check it is private and gone). */
  get file(): string {
    return this.temp.file;
  }

  private get fd(): number | undefined {
    return this.temp.fd;
  }

  private readable(): number {
    if (this.fd === undefined) throw new Error('the findings spool is closed');
    this.flush();
    return this.fd;
  }

  private flush(): void {
    if (!this.pending.length || this.fd === undefined) return;
    const chunk = this.pending.join('');
    this.pending = [];
    writeSync(this.fd, chunk, this.written);
    this.written += this.pendingBytes;
    this.pendingBytes = 0;
  }

  private grow(): void {
    const starts = new Float64Array(this.starts.length * 2);
    starts.set(this.starts);
    this.starts = starts;
    const keys = new Uint32Array(this.keys.length * 2);
    keys.set(this.keys);
    this.keys = keys;
    const policyKeys = new Uint16Array(this.policyKeys.length * 2);
    policyKeys.set(this.policyKeys);
    this.policyKeys = policyKeys;
  }
}

/** Names (categories, policies) numbered in the order first seen. */
class Interned {
  private readonly names: string[] = [];
  private readonly index = new Map<string, number>();

  of(name: string): number {
    let i = this.index.get(name);
    if (i === undefined) {
      i = this.names.push(name) - 1;
      this.index.set(name, i);
    }
    return i;
  }

  name(i: number): string {
    return this.names[i]!;
  }
}

/** The findings of a set that pass the test, in the order they were found. */
export function findingsWhere(set: FindingSet, test: FindingKeyTest): Iterable<Finding> {
  return isSource(set) ? set.where(test) : set.filter((f) => keyTest(f, test));
}

/** The positions of the findings of a set that pass the test, in the order they were found; `findingAt` reads each. */
export function indexWhere(set: FindingSet, test: FindingKeyTest): Iterable<number> {
  if (isSource(set)) return set.indexWhere(test);
  return set.flatMap((f, i) => (keyTest(f, test) ? [i] : []));
}

export function findingAt(set: FindingSet, index: number): Finding {
  return isSource(set) ? set.at(index) : set[index]!;
}

function keyTest(f: Finding, test: FindingKeyTest): boolean {
  return test(f.category, f.status, f.severity, !!f.suppression, f.policy);
}

/** The set with each finding read through `f` (a report in another language). */
export function mapFindings(set: FindingSet, f: (finding: Finding) => Finding): FindingSet {
  if (!isSource(set)) return set.map(f);
  return {
    get length() {
      return set.length;
    },
    *[Symbol.iterator]() {
      for (const finding of set) yield f(finding);
    },
    *where(test) {
      for (const finding of set.where(test)) yield f(finding);
    },
    indexWhere: (test) => set.indexWhere(test),
    at: (index) => f(set.at(index)),
  };
}

/** Removes a spooled set's file; nothing for findings in memory. */
export function releaseFindings(set: FindingSet): void {
  if (set instanceof FindingSpool) set.close();
}

function isSource(set: FindingSet): set is FindingSource {
  return !Array.isArray(set);
}

/** Tells `visit` the key of every finding of a set, in the set's order, reading none back. */
export function forEachKey(set: FindingSet, visit: (...key: Parameters<FindingKeyTest>) => void): void {
  // The test keeps no finding: nothing is read back.
  for (const _ of indexWhere(set, (...key) => (visit(...key), false)));
}

/** How many findings of a set pass the test, reading none back. */
export function countWhere(set: FindingSet, test: FindingKeyTest): number {
  let n = 0;
  forEachKey(set, (...key) => {
    if (test(...key)) n++;
  });
  return n;
}
