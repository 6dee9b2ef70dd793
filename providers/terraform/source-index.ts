import { closeSync, readdirSync, realpathSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { parseTree, findNodeAtLocation, type Node } from 'jsonc-parser';
import { UserError } from '../../src/errors.js';
import { JsonScanner } from '../../src/input/json-scan.js';
import { openRegularFile, readFd } from '../../src/input/regular-file.js';
import { formatBytes, LIMITS } from '../../src/limits.js';
import { scanHcl, type HclComment } from './hcl-blocks.js';

export interface DeclaredBlock {
  /** Absolute path of the file. */
  file: string;
  startLine: number;
  endLine: number;
}

export interface SourceFile {
  file: string;
  /** Its waiver comments, and the first line of each of its comments (scanHcl). */
  comments: HclComment[];
  commentLines: number[];
}

/** The blocks declared in one directory (one Terraform module): `resource.aws_s3_bucket.logs`, `module.vpc`. */
export interface ModuleDir {
  dir: string;
  blocks: Map<string, DeclaredBlock>;
  files: SourceFile[];
  /** Keys declared twice: Terraform refuses such a directory, so no plan was made from it as it is. */
  duplicates: Set<string>;
}

const SKIP_DIRS = new Set(['node_modules', '.git', '.terraform', 'dist', '.venv', '__pycache__']);

/**
 * Reads and indexes Terraform source directories once each. The source tree comes with the pull
 * request, so: nothing outside the source root is read (a symbolic link that leads out is not
 * followed, and a note says so), files Terraform ignores are ignored, every file is a regular file
 * of bounded size, and a file that cannot be read (too large, too deep, not JSON) is passed over
 * with a note rather than stopping the scan of the plan.
 */
export class SourceIndex {
  private readonly dirs = new Map<string, ModuleDir>();
  private allDirs?: string[];
  /** The root with its symbolic links resolved: what "inside the source root" is checked against. */
  private readonly realRoot: string;
  /** What was passed over and why, relative to the root: reported with the scan's notes. */
  readonly notes: string[] = [];
  private reported = 0;

  /** The notes not reported yet: each input read reports what its own lookups found, once. */
  takeNotes(): string[] {
    const fresh = this.notes.slice(this.reported);
    this.reported = this.notes.length;
    return fresh;
  }
  private readonly noted = new Set<string>();

  constructor(readonly root: string) {
    this.realRoot = realpathOr(root);
  }

  dir(absDir: string): ModuleDir {
    let found = this.dirs.get(absDir);
    if (!found) {
      found = this.indexDir(absDir);
      this.dirs.set(absDir, found);
    }
    return found;
  }

  /** The comments of a file already indexed (through its directory). */
  commentsOf(file: string): Pick<SourceFile, 'comments' | 'commentLines'> {
    return this.dir(path.dirname(file)).files.find((f) => f.file === file) ?? { comments: [], commentLines: [] };
  }

  /** Whether `p`, once its symbolic links are resolved, is the source root or inside it (a path that does not exist is not). */
  contains(p: string): boolean {
    let real: string;
    try {
      real = realpathSync(p);
    } catch {
      return false;
    }
    return isWithin(this.realRoot, real);
  }

  /** Whether `p` exists (a symbolic link that leads nowhere does not). */
  exists(p: string): boolean {
    try {
      realpathSync(p);
      return true;
    } catch {
      return false;
    }
  }

  /** Every directory under the root holding `.tf` or `.tf.json` files (bounded walk, vendor folders skipped, symbolic links not followed). */
  terraformDirs(limit: number = LIMITS.sourceDirectories): string[] {
    if (this.allDirs) return this.allDirs;
    const out: string[] = [];
    const queue = [this.root];
    while (queue.length && out.length < limit) {
      const dir = queue.shift()!;
      let entries: Dirent[];
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch {
        continue;
      }
      let hasTf = false;
      for (const e of entries) {
        if (e.isDirectory() && !SKIP_DIRS.has(e.name)) queue.push(path.join(dir, e.name));
        else if (e.isFile() && isTerraformFile(e.name)) hasTf = true;
        else if (e.isSymbolicLink() && !this.contains(path.join(dir, e.name))) this.note(path.join(dir, e.name), 'a symbolic link to outside the source root, not followed');
      }
      if (hasTf) out.push(dir);
    }
    this.allDirs = out;
    return out;
  }

  note(file: string, why: string): void {
    const message = `${path.relative(this.root, file).split(path.sep).join('/') || '.'}: ${why}`;
    if (!this.noted.has(message)) {
      this.noted.add(message);
      this.notes.push(message);
    }
  }

  private indexDir(dir: string): ModuleDir {
    const result: ModuleDir = { dir, blocks: new Map(), files: [], duplicates: new Set() };
    let real: string;
    try {
      real = realpathSync(dir);
    } catch {
      return result;
    }
    if (!isWithin(this.realRoot, real)) {
      this.note(dir, 'outside the source root (through a symbolic link), not read');
      return result;
    }
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return result;
    }
    const names = entries.filter((e) => isTerraformFile(e.name) && !ignoredByTerraform(e.name)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of names) {
      const file = path.join(dir, entry.name);
      if (entry.isSymbolicLink() && !this.contains(file)) {
        this.note(file, 'a symbolic link to outside the source root, not followed');
        continue;
      }
      const text = this.read(file);
      if (text === undefined) continue;
      // Override files merge into blocks declared elsewhere: they declare none, and their comments waive nothing.
      if (isOverride(entry.name)) continue;
      const add = (key: string, block: DeclaredBlock) => {
        if (result.blocks.has(key)) result.duplicates.add(key);
        else result.blocks.set(key, block);
      };
      if (entry.name.endsWith('.tf.json')) indexJson(file, text, add);
      else {
        const scan = scanHcl(text);
        result.files.push({ file, comments: scan.comments, commentLines: scan.commentLines });
        for (const b of scan.blocks) {
          const key = blockKey(b.kind, b.labels);
          if (key) add(key, { file, startLine: b.startLine, endLine: b.endLine });
        }
      }
    }
    return result;
  }

  /** A source file's text; undefined, with a note, when it is not a regular file, too large, or (`.tf.json`) not readable JSON. */
  private read(file: string): string | undefined {
    let text: string;
    try {
      const { fd, size } = openRegularFile(file);
      try {
        if (size > LIMITS.sourceFileBytes) {
          this.note(file, `${formatBytes(size)}, larger than the ${formatBytes(LIMITS.sourceFileBytes)} read of a source file, not read`);
          return undefined;
        }
        text = readFd(fd, size, file).toString('utf8');
      } finally {
        closeSync(fd);
      }
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      this.note(file, `not read: ${err.message.slice(file.length + 2)}`);
      return undefined;
    }
    if (file.endsWith('.tf.json')) {
      // Checked by the bounded scanner first: the JSON library behind the index recurses, and a deep document would overflow the stack.
      try {
        new JsonScanner(Buffer.from(text), file).topLevelObject();
      } catch (err) {
        if (!(err instanceof UserError)) throw err;
        this.note(file, `not read: ${err.message.slice(file.length + 2)}`);
        return undefined;
      }
    }
    return text;
  }
}

function isTerraformFile(name: string): boolean {
  return name.endsWith('.tf') || name.endsWith('.tf.json');
}

/** Terraform skips these when it loads a directory: hidden files, editor backups (`main.tf~`, `#main.tf#`). */
function ignoredByTerraform(name: string): boolean {
  return name.startsWith('.') || name.endsWith('~') || (name.startsWith('#') && name.endsWith('#'));
}

function isOverride(name: string): boolean {
  const base = name.replace(/\.tf(\.json)?$/, '');
  return base === 'override' || base.endsWith('_override');
}

function realpathOr(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

export function isWithin(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

export function blockKey(kind: string, labels: readonly string[]): string | undefined {
  if ((kind === 'resource' || kind === 'data') && labels.length === 2) return `${kind}.${labels[0]}.${labels[1]}`;
  if (kind === 'module' && labels.length === 1) return `module.${labels[0]}`;
  return undefined;
}

/** Terraform JSON (cdktf synth output): `{"resource": {"aws_s3_bucket": {"logs": {…}}}, "module": {"vpc": {…}}}`. */
function indexJson(file: string, text: string, add: (key: string, block: DeclaredBlock) => void): void {
  const tree = parseTree(text);
  if (!tree) return;
  const lineOf = lineCounter(text);
  const declare = (key: string, node: Node | undefined) => {
    if (!node) return;
    const start = node.parent?.type === 'property' ? node.parent.offset : node.offset;
    add(key, { file, startLine: lineOf(start), endLine: lineOf(node.offset + node.length) });
  };
  for (const kind of ['resource', 'data'] as const) {
    const byType = findNodeAtLocation(tree, [kind]);
    for (const typeProp of byType?.children ?? []) {
      const type = typeProp.children?.[0]?.value;
      const body = typeProp.children?.[1];
      for (const nameProp of body?.children ?? []) {
        const name = nameProp.children?.[0]?.value;
        if (typeof type === 'string' && typeof name === 'string') declare(`${kind}.${type}.${name}`, nameProp.children?.[1]);
      }
    }
  }
  for (const modProp of findNodeAtLocation(tree, ['module'])?.children ?? []) {
    const name = modProp.children?.[0]?.value;
    if (typeof name === 'string') declare(`module.${name}`, modProp.children?.[1]);
  }
}

function lineCounter(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
