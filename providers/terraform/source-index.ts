import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseTree, findNodeAtLocation, type Node } from 'jsonc-parser';
import { scanHcl, type HclComment } from './hcl-blocks.js';

export interface DeclaredBlock {
  /** Absolute path of the file. */
  file: string;
  startLine: number;
  endLine: number;
}

export interface SourceFile {
  file: string;
  comments: HclComment[];
}

/** The blocks declared in one directory (one Terraform module): `resource.aws_s3_bucket.logs`, `module.vpc`. */
export interface ModuleDir {
  dir: string;
  blocks: Map<string, DeclaredBlock>;
  files: SourceFile[];
}

const SKIP_DIRS = new Set(['node_modules', '.git', '.terraform', 'dist', '.venv', '__pycache__']);

/** Reads and indexes Terraform source directories once each. */
export class SourceIndex {
  private readonly dirs = new Map<string, ModuleDir>();
  private allDirs?: string[];

  constructor(readonly root: string) {}

  dir(absDir: string): ModuleDir {
    let found = this.dirs.get(absDir);
    if (!found) {
      found = indexDir(absDir);
      this.dirs.set(absDir, found);
    }
    return found;
  }

  /** The comments of a file already indexed (through its directory). */
  commentsOf(file: string): readonly HclComment[] {
    return this.dir(path.dirname(file)).files.find((f) => f.file === file)?.comments ?? [];
  }

  /** Every directory under the root holding `.tf` or `.tf.json` files (bounded walk, vendor folders skipped). */
  terraformDirs(limit = 5000): string[] {
    if (this.allDirs) return this.allDirs;
    const out: string[] = [];
    const queue = [this.root];
    while (queue.length && out.length < limit) {
      const dir = queue.shift()!;
      let entries;
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch {
        continue;
      }
      let hasTf = false;
      for (const e of entries) {
        if (e.isDirectory() && !SKIP_DIRS.has(e.name)) queue.push(path.join(dir, e.name));
        else if (e.isFile() && isTerraformFile(e.name)) hasTf = true;
      }
      if (hasTf) out.push(dir);
    }
    this.allDirs = out;
    return out;
  }
}

function isTerraformFile(name: string): boolean {
  return name.endsWith('.tf') || name.endsWith('.tf.json');
}

function indexDir(dir: string): ModuleDir {
  const result: ModuleDir = { dir, blocks: new Map(), files: [] };
  let names: string[];
  try {
    names = readdirSync(dir).filter(isTerraformFile).sort();
  } catch {
    return result;
  }
  for (const name of names) {
    const file = path.join(dir, name);
    let text: string;
    try {
      if (!statSync(file).isFile()) continue;
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    if (name.endsWith('.tf.json')) indexJson(file, text, result);
    else {
      const scan = scanHcl(text);
      result.files.push({ file, comments: scan.comments });
      for (const b of scan.blocks) {
        const key = blockKey(b.kind, b.labels);
        if (key && !result.blocks.has(key)) result.blocks.set(key, { file, startLine: b.startLine, endLine: b.endLine });
      }
    }
  }
  return result;
}

export function blockKey(kind: string, labels: readonly string[]): string | undefined {
  if ((kind === 'resource' || kind === 'data') && labels.length === 2) return `${kind}.${labels[0]}.${labels[1]}`;
  if (kind === 'module' && labels.length === 1) return `module.${labels[0]}`;
  return undefined;
}

/** Terraform JSON (cdktf synth output): `{"resource": {"aws_s3_bucket": {"logs": {…}}}, "module": {"vpc": {…}}}`. */
function indexJson(file: string, text: string, into: ModuleDir): void {
  const tree = parseTree(text);
  if (!tree) return;
  const lineOf = lineCounter(text);
  const add = (key: string, node: Node | undefined) => {
    if (!node || into.blocks.has(key)) return;
    const start = node.parent?.type === 'property' ? node.parent.offset : node.offset;
    into.blocks.set(key, { file, startLine: lineOf(start), endLine: lineOf(node.offset + node.length) });
  };
  for (const kind of ['resource', 'data'] as const) {
    const byType = findNodeAtLocation(tree, [kind]);
    for (const typeProp of byType?.children ?? []) {
      const type = typeProp.children?.[0]?.value;
      const body = typeProp.children?.[1];
      for (const nameProp of body?.children ?? []) {
        const name = nameProp.children?.[0]?.value;
        if (typeof type === 'string' && typeof name === 'string') add(`${kind}.${type}.${name}`, nameProp.children?.[1]);
      }
    }
  }
  for (const modProp of findNodeAtLocation(tree, ['module'])?.children ?? []) {
    const name = modProp.children?.[0]?.value;
    if (typeof name === 'string') add(`module.${name}`, modProp.children?.[1]);
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
