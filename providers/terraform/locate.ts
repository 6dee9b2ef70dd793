import path from 'node:path';
import type { FileLocation } from '../../src/model/resource.js';
import { isLocalSource, type ConfigIndex } from './configuration.js';
import type { SourceIndex, DeclaredBlock } from './source-index.js';
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

  locate(r: TfResource): FileLocation | undefined {
    const key = `${r.moduleConfigPath}|${r.localAddress}`;
    if (this.found.has(key)) return this.found.get(key);
    const block = this.block(r);
    const location = block ? { uri: this.uri(block.file), line: block.startLine } : undefined;
    this.found.set(key, location);
    return location;
  }

  block(r: TfResource): DeclaredBlock | undefined {
    if (!this.rootDir) return undefined;
    let dir = this.rootDir;
    const chain = this.config.callChain(r.moduleConfigPath);
    if (!chain) {
      // Without a configuration section the module sources are unknown: the call in the root module is the best place.
      const first = r.modules[0];
      return first ? this.sources.dir(dir).blocks.get(`module.${first.name}`) : this.sources.dir(dir).blocks.get(`resource.${r.localAddress}`);
    }
    for (const call of chain) {
      const next = isLocalSource(call.source) ? path.resolve(dir, call.source) : undefined;
      if (!next || !this.inside(next)) return this.sources.dir(dir).blocks.get(`module.${call.name}`);
      dir = next;
    }
    return this.sources.dir(dir).blocks.get(`resource.${r.localAddress}`);
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
