import { closeSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { DEFAULT_READ_LIMITS, formatBytes, LIMITS, type ReadLimits } from '../limits.js';
import type { Notification } from '../model/finding.js';
import type { FileLocation, Resource } from '../model/resource.js';
import { decodeJsonBytes, isSpace } from './decode.js';
import { FileScanner } from './file-scan.js';
import { JsonScanner } from './json-scan.js';
import type { InputKind, JsonDoc, ReadContext } from './kinds.js';
import { describeFsError, openRegularFile, readFd } from './regular-file.js';
import { spoolStdin, STDIN, STDIN_LABEL } from './stdin.js';
import { runPausing, runSync, type Steps } from '../yield.js';

export interface InputSummary {
  path: string;
  kind: string;
  resources: number;
}

export interface ReadInputsResult {
  resources: Resource[];
  notifications: Notification[];
  /**
   * Values each input marks sensitive, by input path: a value one plan marks sensitive is hidden in
   * what that plan gives, and does not blank words of other inputs.
   */
  secrets: Map<string, Set<string>>;
  inputs: InputSummary[];
  categories: Set<string>;
}

const SKIP_DIRS = new Set(['node_modules', '.git', '.terraform', 'dist', '.venv']);

/** A read context for one scan: `shared` makes each keyed value once. */
export function readContext(sourceRoot: string, declared?: Map<string, FileLocation>, limits?: ReadLimits): ReadContext {
  const values = new Map<symbol, unknown>();
  return {
    sourceRoot: path.resolve(sourceRoot),
    shared<T>(key: symbol, make: () => T): T {
      if (!values.has(key)) values.set(key, make());
      return values.get(key) as T;
    },
    ...(declared ? { declared } : {}),
    ...(limits ? { limits } : {}),
  };
}

/**
 * Reads every input: files are read whatever their name and must be of a known kind; directories
 * are searched for `.json` files, and those of no known kind are passed over with a note.
 */
export async function readInputs(paths: readonly string[], kinds: readonly InputKind[], ctx: ReadContext): Promise<ReadInputsResult> {
  const out: ReadInputsResult = { resources: [], notifications: [], secrets: new Map(), inputs: [], categories: new Set() };
  const limits = ctx.limits ?? DEFAULT_READ_LIMITS;
  if (paths.filter((p) => p === STDIN).length > 1) throw new UserError(`give ${STDIN} (standard input) once`);
  for (const p of paths) {
    if (p === STDIN) {
      const spooled = await spoolStdin();
      try {
        await readFile(await openDocPausing(spooled.file, limits, STDIN_LABEL), kinds, ctx, out);
      } finally {
        spooled.remove();
      }
      continue;
    }
    let stat;
    try {
      stat = statSync(p);
    } catch (err) {
      throw new UserError(`${p}: ${describeFsError(err)}`);
    }
    if (stat.isDirectory()) {
      const files = listJsonFiles(p);
      let known = 0;
      for (const file of files) {
        const doc = await tryOpen(file, limits, out.notifications);
        const kind = doc && kinds.find((k) => k.detect(doc));
        if (!doc || !kind) continue;
        known++;
        await readOne(doc, kind, ctx, out);
      }
      if (known === 0) throw new UserError(`${p}: no Terraform plan or other known input found in this directory`);
    } else {
      await readFile(await openDocPausing(p, limits), kinds, ctx, out);
    }
  }
  return out;
}

/** A file named on the command line (or standard input) must be of a known kind. */
async function readFile(doc: JsonDoc, kinds: readonly InputKind[], ctx: ReadContext, out: ReadInputsResult): Promise<void> {
  const kind = kinds.find((k) => k.detect(doc));
  if (!kind) {
    throw new UserError(
      `${doc.path}: not a known input: expected a Terraform plan (terraform show -json), a Terraform JSON configuration, or a cloud inventory export`,
    );
  }
  await readOne(doc, kind, ctx, out);
}

async function readOne(doc: JsonDoc, kind: InputKind, ctx: ReadContext, out: ReadInputsResult): Promise<void> {
  if (doc.stream && !kind.streams) {
    throw new UserError(`${doc.path}: too large to read as ${kind.label}: only Terraform plans are read from files over ${formatBytes(LIMITS.streamThreshold)}`);
  }
  let read;
  try {
    read = await kind.read(doc, ctx);
  } finally {
    doc.stream?.close();
  }
  for (const r of read.resources) out.resources.push(r);
  for (const item of read.notifications) out.notifications.push(item);
  if (read.secrets.size) {
    const known = out.secrets.get(doc.path);
    if (known) for (const s of read.secrets) known.add(s);
    else out.secrets.set(doc.path, read.secrets);
  }
  for (const c of read.categories) out.categories.add(c);
  out.inputs.push({ path: doc.path, kind: kind.name, resources: read.resources.length });
}

/** Reads and indexes one input file (never anything but a regular file); `label` names it in messages and reports (standard input is read from a copy). */
export function openDoc(file: string, limits: ReadLimits = DEFAULT_READ_LIMITS, label = file): JsonDoc {
  return runSync(openSteps(file, limits, label));
}

/** openDoc for a scan: indexing a large plan pauses now and then, so that SIGINT/SIGTERM are handled. */
function openDocPausing(file: string, limits: ReadLimits, label = file): Promise<JsonDoc> {
  return runPausing(openSteps(file, limits, label));
}

function* openSteps(file: string, limits: ReadLimits, label: string): Steps<JsonDoc> {
  const { fd, size } = openRegularFile(file, label);
  let raw: Buffer;
  try {
    const streamed = yield* openStreamed(file, fd, size, label);
    if (streamed) return streamed;
    if (size > LIMITS.streamThreshold) {
      throw new UserError(`${label}: ${formatBytes(size)}, too large to read whole: only plain UTF-8 JSON objects (Terraform plans) are read from files over ${formatBytes(LIMITS.streamThreshold)}`);
    }
    raw = readFd(fd, size, label);
  } finally {
    closeSync(fd);
  }
  const scanner = new JsonScanner(decodeJsonBytes(raw, label, limits.decompressedBytes), label);
  const first = scanner.buf[0];
  if (first === 0x5b) return { path: label, scanner, elements: scanner.topLevelArray() };
  // The first bytes are not quoted: they could be a secret pasted into the wrong file.
  if (first !== 0x7b) throw new UserError(`${label}: not a JSON document (it starts with neither '{' nor '[')`);
  try {
    return { path: label, scanner, members: scanner.topLevelObject() };
  } catch (err) {
    // A second object after the first: JSON lines (gcloud asset export, AWS Config items one per line).
    if (!(err instanceof UserError) || !/after the end of the JSON document/.test(err.message)) throw err;
    return { path: label, scanner, lines: scanner.jsonLines() };
  }
}

/**
 * A large plain-UTF-8 JSON object (optionally after a BOM or setup-terraform's `[command]` line) is
 * indexed from the file itself; anything else large (UTF-16, gzip) is read whole as before.
 */
function* openStreamed(file: string, fd: number, size: number, label: string): Steps<JsonDoc | undefined> {
  if (size <= LIMITS.streamThreshold) return undefined;
  const head = readFd(fd, Math.min(size, 64 * 1024), label);
  let base = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  for (;;) {
    while (base < head.length && isSpace(head[base]!)) base++;
    if (head.toString('latin1', base, base + 9) !== '[command]') break;
    const eol = head.indexOf(0x0a, base);
    if (eol < 0) return undefined;
    base = eol + 1;
  }
  if (head[base] !== 0x7b) return undefined;
  const stream = new FileScanner(file, size, base, label, LIMITS.streamChunk);
  try {
    return { path: label, scanner: new JsonScanner(Buffer.alloc(0), label), members: yield* stream.topLevelSteps(), stream };
  } catch (err) {
    stream.close();
    throw err;
  }
}

/** In a directory, unreadable or non-JSON files are not fatal: they are noted and passed over. */
async function tryOpen(file: string, limits: ReadLimits, notes: Notification[]): Promise<JsonDoc | undefined> {
  try {
    return await openDocPausing(file, limits);
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    notes.push({ level: 'warning', message: `skipped: ${err.message}`, scope: file });
    return undefined;
  }
}

function listJsonFiles(dir: string): string[] {
  const out: string[] = [];
  const queue = [dir];
  while (queue.length && out.length < LIMITS.directoryFiles) {
    const d = queue.shift()!;
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) queue.push(full);
      } else if (e.isFile() && /\.json$/i.test(e.name) && !/^(package|package-lock|tsconfig|cdktf)\.json$/i.test(e.name)) {
        out.push(full);
      }
    }
  }
  return out;
}
