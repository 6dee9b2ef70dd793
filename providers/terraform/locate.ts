import path from 'node:path';
import type { FileLocation } from '../../src/model/resource.js';
import { isLocalSource, type ConfigIndex } from './configuration.js';
import type { SourceIndex, DeclaredBlock } from './source-index.js';
import type { HclComment } from './hcl-blocks.js';
import { parseInlineWaiver, type Waiver } from '../../src/waivers.js';
import type { TfResource } from './tf-resource.js';

/**
 * Points a resource instance at the block that declared it: through local module sources at any
 * depth, every count/for_each instance at the one block, and a resource inside a remote module at
 * the `module` call that brought it in. Module sources never lead outside the source root.
 */
export class Locator {
  private readonly rootDir: string | undefined;

  constructor(
    private readonly sources: SourceIndex,
    private readonly config: ConfigIndex,
    resources: readonly TfResource[],
    inputPath: string,
  ) {
    this.rootDir = findRootModuleDir(sources, resources, inputPath);
  }

  get rootModuleDir(): string | undefined {
    return this.rootDir;
  }

  /** Every instance of a block (count, for_each, module instances) is at the same place: found once. */
  private readonly found = new Map<string, FileLocation | undefined>();
  private readonly waivers = new Map<string, Waiver[]>();

  locate(r: TfResource): FileLocation | undefined {
    const key = `${r.moduleConfigPath}|${r.localAddress}`;
    if (this.found.has(key)) return this.found.get(key);
    const block = this.block(r);
    const location = block ? { uri: this.uri(block.file), line: block.startLine } : undefined;
    this.found.set(key, location);
    return location;
  }

  block(r: TfResource): DeclaredBlock | undefined {
    return this.declaringBlocks(r).at(-1);
  }

  /**
   * The blocks that bring the resource into being, outermost first: each module call on its way
   * (while module sources are local and inside the source root), then its own resource block — or,
   * for a remote module, that module's call, last.
   */
  declaringBlocks(r: TfResource): DeclaredBlock[] {
    if (!this.rootDir) return [];
    let dir = this.rootDir;
    const found: DeclaredBlock[] = [];
    const add = (key: string) => {
      const b = this.sources.dir(dir).blocks.get(key);
      if (b) found.push(b);
      return found;
    };
    const chain = this.config.callChain(r.moduleConfigPath);
    if (!chain) {
      // Without a configuration section the module sources are unknown: the call in the root module is the best place.
      const first = r.modules[0];
      return add(first ? `module.${first.name}` : `resource.${r.localAddress}`);
    }
    for (const call of chain) {
      const next = isLocalSource(call.source) ? path.resolve(dir, call.source) : undefined;
      if (!next || !this.inside(next)) return add(`module.${call.name}`);
      add(`module.${call.name}`);
      dir = next;
    }
    return add(`resource.${r.localAddress}`);
  }

  /** `# cldscan:ignore …` comments on or inside the resource's block and the module calls leading to it. */
  inlineWaivers(r: TfResource, problems: (message: string) => void): Waiver[] {
    const key = `${r.moduleConfigPath}|${r.localAddress}`;
    const cached = this.waivers.get(key);
    if (cached) return cached;
    const out: Waiver[] = [];
    this.waivers.set(key, out);
    for (const block of this.declaringBlocks(r)) {
      for (const comment of commentsOf(this.sources.commentsOf(block.file), block)) {
        const parsed = parseInlineWaiver(comment.text, `${this.uri(block.file)}:${comment.line}`);
        if (parsed && 'waiver' in parsed) out.push(parsed.waiver);
        else if (parsed) problems(parsed.problem);
      }
    }
    return out;
  }

  uri(file: string): string {
    return path.relative(this.sources.root, file).split(path.sep).join('/');
  }

  private inside(dir: string): boolean {
    const rel = path.relative(this.sources.root, dir);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
  }
}

/**
 * The root module is the directory whose blocks match the plan's root-level resources and module
 * calls best: the plan's own directory and the source root first, then every Terraform directory
 * under the source root (a plan scanned from a repository root whose Terraform is in `infra/`).
 */
function findRootModuleDir(sources: SourceIndex, resources: readonly TfResource[], inputPath: string): string | undefined {
  const wanted = new Set<string>();
  for (const r of resources) wanted.add(r.modules.length ? `module.${r.modules[0]!.name}` : `resource.${r.localAddress}`);
  if (wanted.size === 0) return undefined;
  const score = (dir: string) => {
    const { blocks } = sources.dir(dir);
    let n = 0;
    for (const key of wanted) if (blocks.has(key)) n++;
    return n;
  };
  const preferred = [path.dirname(path.resolve(inputPath)), sources.root].filter((d, i, a) => a.indexOf(d) === i && isWithin(sources.root, d));
  let best: { dir: string; score: number } | undefined;
  for (const dir of preferred) {
    const s = score(dir);
    if (s === wanted.size) return dir;
    if (s > 0 && (!best || s > best.score)) best = { dir, score: s };
  }
  for (const dir of sources.terraformDirs()) {
    const s = score(dir);
    if (s > 0 && (!best || s > best.score || (s === best.score && dir.length < best.dir.length))) best = { dir, score: s };
    if (s === wanted.size && best?.dir === dir) break;
  }
  return best?.dir;
}

function isWithin(root: string, dir: string): boolean {
  const rel = path.relative(root, dir);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** Comments inside a block, and the run of comment lines directly above it. */
function commentsOf(comments: readonly HclComment[], block: DeclaredBlock): HclComment[] {
  const byLine = new Map(comments.map((c) => [c.line, c]));
  const out = comments.filter((c) => c.line >= block.startLine && c.line <= block.endLine);
  for (let line = block.startLine - 1; byLine.has(line); line--) out.push(byLine.get(line)!);
  return out;
}
