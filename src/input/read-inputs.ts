import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import type { Notification } from '../model/finding.js';
import type { FileLocation, Resource } from '../model/resource.js';
import { decodeJsonBytes } from './decode.js';
import { JsonScanner } from './json-scan.js';
import type { InputKind, JsonDoc, ReadContext } from './kinds.js';

export interface InputSummary {
  path: string;
  kind: string;
  resources: number;
}

export interface ReadInputsResult {
  resources: Resource[];
  notifications: Notification[];
  secrets: Set<string>;
  inputs: InputSummary[];
  declared: Map<string, FileLocation>;
  categories: Set<string>;
}

const SKIP_DIRS = new Set(['node_modules', '.git', '.terraform', 'dist', '.venv']);
const MAX_DIRECTORY_FILES = 10_000;

/**
 * Reads every input: files are read whatever their name and must be of a known kind; directories
 * are searched for `.json` files, and those of no known kind are passed over with a note.
 */
export async function readInputs(paths: readonly string[], kinds: readonly InputKind[], ctx: ReadContext): Promise<ReadInputsResult> {
  const out: ReadInputsResult = { resources: [], notifications: [], secrets: new Set(), inputs: [], declared: new Map(), categories: new Set() };
  for (const p of paths) {
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
        const doc = tryOpen(file, out.notifications);
        const kind = doc && kinds.find((k) => k.detect(doc));
        if (!doc || !kind) continue;
        known++;
        await readOne(doc, kind, ctx, out);
      }
      if (known === 0) throw new UserError(`${p}: no Terraform plan or other known input found in this directory`);
    } else {
      const doc = openDoc(p);
      const kind = kinds.find((k) => k.detect(doc));
      if (!kind) {
        throw new UserError(
          `${p}: not a known input: expected a Terraform plan (terraform show -json), a Terraform JSON configuration, or a cloud inventory export`,
        );
      }
      await readOne(doc, kind, ctx, out);
    }
  }
  return out;
}

async function readOne(doc: JsonDoc, kind: InputKind, ctx: ReadContext, out: ReadInputsResult): Promise<void> {
  const read = await kind.read(doc, ctx);
  for (const r of read.resources) out.resources.push(r);
  out.notifications.push(...read.notifications);
  for (const s of read.secrets) out.secrets.add(s);
  for (const [k, v] of read.declared ?? []) out.declared.set(k, v);
  for (const c of read.categories) out.categories.add(c);
  out.inputs.push({ path: doc.path, kind: kind.name, resources: read.resources.length });
}

export function openDoc(file: string): JsonDoc {
  let raw: Buffer;
  try {
    raw = readFileSync(file);
  } catch (err) {
    throw new UserError(`${file}: ${describeFsError(err)}`);
  }
  const scanner = new JsonScanner(decodeJsonBytes(raw, file), file);
  const first = scanner.buf[0];
  if (first === 0x5b) return { path: file, scanner, elements: scanner.topLevelArray() };
  if (first !== 0x7b) throw new UserError(`${file}: not a JSON document (it starts with ${JSON.stringify(scanner.buf.toString('utf8', 0, 12))})`);
  try {
    return { path: file, scanner, members: scanner.topLevelObject() };
  } catch (err) {
    // A second object after the first: JSON lines (gcloud asset export, AWS Config items one per line).
    if (!(err instanceof UserError) || !/after the end of the JSON document/.test(err.message)) throw err;
    return { path: file, scanner, lines: scanner.jsonLines() };
  }
}

/** In a directory, unreadable or non-JSON files are not fatal: they are noted and passed over. */
function tryOpen(file: string, notes: Notification[]): JsonDoc | undefined {
  try {
    return openDoc(file);
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    notes.push({ level: 'warning', message: `skipped: ${err.message}`, scope: file });
    return undefined;
  }
}

function listJsonFiles(dir: string): string[] {
  const out: string[] = [];
  const queue = [dir];
  while (queue.length && out.length < MAX_DIRECTORY_FILES) {
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

function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return (err as Error).message.split('\n')[0] ?? 'cannot be read';
}
