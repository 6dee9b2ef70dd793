import path from 'node:path';
import type { FileLocation } from '../../src/model/resource.js';
import type { Steps } from '../../src/yield.js';
import { isLocalSource, type ConfigIndex, type ConfigModule } from './configuration.js';
import { isWithin, type DeclaredBlock, type ModuleDir, type SourceIndex } from './source-index.js';
import type { HclComment } from './hcl-blocks.js';
import { parseInlineWaiver, type Waiver } from '../../src/waivers.js';
import type { TfResource } from './tf-resource.js';

/** The directory a plan's root module was read from, and whether it is known to be that. */
export interface RootModule {
  dir: string | undefined;
  /**
   * Why the directory cannot be trusted to be the configuration the plan was made from, when it
   * cannot: its blocks still locate findings, but its comments waive nothing.
   */
  untrusted?: string;
}

/** A block on a resource's way, and why its comments are not honoured as waivers, when they are not. */
interface Declared {
  block: DeclaredBlock;
  untrusted?: string;
}

/**
 * Points a resource instance at the block that declared it: through local module sources at any
 * depth, every count/for_each instance at the one block, and a resource inside a remote module at
 * the `module` call that brought it in. Module sources never lead outside the source root, not even
 * through a symbolic link.
 *
 * Inline waivers are honoured only from the files that declare the resource (its resource block, and
 * the module calls on its way), and only in directories that declare exactly what the plan's
 * configuration says they declare: a decoy `.tf` beside the plan, a directory Terraform never read
 * or a copy of the configuration elsewhere in the tree waives nothing.
 */
export class Locator {
  constructor(
    private readonly sources: SourceIndex,
    private readonly config: ConfigIndex,
    private readonly root: RootModule,
  ) {}

  get rootModuleDir(): string | undefined {
    return this.root.dir;
  }

  /** Every instance of a block (count, for_each, module instances) is at the same place: found once. */
  private readonly found = new Map<string, FileLocation | undefined>();
  private readonly waivers = new Map<string, Waiver[]>();
  private readonly moduleTrust = new Map<string, string | undefined>();

  locate(r: TfResource): FileLocation | undefined {
    const key = `${r.moduleConfigPath}|${r.localAddress}`;
    if (this.found.has(key)) return this.found.get(key);
    const block = this.block(r);
    const location = block ? { uri: this.uri(block.file), line: block.startLine } : undefined;
    this.found.set(key, location);
    return location;
  }

  block(r: TfResource): DeclaredBlock | undefined {
    return this.declared(r).at(-1)?.block;
  }

  /** The blocks that bring the resource into being, outermost first. */
  declaringBlocks(r: TfResource): DeclaredBlock[] {
    return this.declared(r).map((d) => d.block);
  }

  /**
   * Each module call on the resource's way (while module sources are local and inside the source
   * root), then its own resource block — or, for a remote module, that module's call, last.
   */
  private declared(r: TfResource): Declared[] {
    if (!this.root.dir) return [];
    let dir = this.root.dir;
    let untrusted = this.root.untrusted;
    const found: Declared[] = [];
    const add = (key: string) => {
      const block = this.sources.dir(dir).blocks.get(key);
      if (block) found.push(untrusted ? { block, untrusted } : { block });
      return found;
    };
    const chain = this.config.callChain(r.moduleConfigPath);
    if (!chain) {
      // Without a configuration section the module sources are unknown: the call in the root module is the best place.
      const first = r.modules[0];
      return add(first ? `module.${first.name}` : `resource.${r.localAddress}`);
    }
    let modulePath = '';
    for (const call of chain) {
      const next = isLocalSource(call.source) ? path.resolve(dir, call.source) : undefined;
      if (!next || !this.sources.contains(next)) {
        if (next && this.sources.exists(next)) this.sources.note(next, `the source of module "${call.name}" leads outside the source root, not followed: findings point at the module call`);
        return add(`module.${call.name}`);
      }
      add(`module.${call.name}`);
      modulePath = modulePath ? `${modulePath}.${call.name}` : call.name;
      dir = next;
      untrusted ??= this.trustModule(modulePath, dir);
    }
    return add(`resource.${r.localAddress}`);
  }

  /** Why the directory of the module at `modulePath` is not known to be it; undefined when it declares exactly the module's configuration. */
  private trustModule(modulePath: string, dir: string): string | undefined {
    const key = `${modulePath}|${dir}`;
    if (!this.moduleTrust.has(key)) {
      const mod = this.config.modules.get(modulePath);
      this.moduleTrust.set(key, mod && declaresExactly(this.sources.dir(dir), mod) ? undefined : `${this.uri(dir) || '.'} does not declare exactly what the plan's configuration says module.${modulePath.split('.').join('.module.')} declares`);
    }
    return this.moduleTrust.get(key);
  }

  /**
   * `# cldscan:ignore …` comments on or inside the resource's block and the module calls leading
   * to it, in the files that declare them. A waiver in a directory not known to be the plan's
   * configuration is not applied, and `problems` says why.
   */
  inlineWaivers(r: TfResource, problems: (message: string) => void): Waiver[] {
    const key = `${r.moduleConfigPath}|${r.localAddress}`;
    const cached = this.waivers.get(key);
    if (cached) return cached;
    const out: Waiver[] = [];
    this.waivers.set(key, out);
    for (const { block, untrusted } of this.declared(r)) {
      for (const comment of this.commentsOf(block)) {
        const where = `${this.uri(block.file)}:${comment.line}`;
        const parsed = parseInlineWaiver(comment.text, where);
        if (!parsed) continue;
        if ('problem' in parsed) problems(parsed.problem);
        else if (untrusted) problems(`${where}: inline waiver not applied: ${untrusted}`);
        else out.push(parsed.waiver);
      }
    }
    return out;
  }

  uri(file: string): string {
    return path.relative(this.sources.root, file).split(path.sep).join('/');
  }

  /** Waiver comments of each file with their lines, and the lines of all its comments (both in order, as scanHcl gives them). */
  private readonly commentIndex = new Map<string, { waiverLines: number[]; waivers: HclComment[]; allLines: readonly number[] }>();

  /** Waiver comments inside a block, and in the run of comment lines directly above it. */
  private commentsOf(block: DeclaredBlock): HclComment[] {
    let index = this.commentIndex.get(block.file);
    if (!index) {
      const { comments, commentLines } = this.sources.commentsOf(block.file);
      index = { waiverLines: comments.map((c) => c.line), waivers: comments, allLines: commentLines };
      this.commentIndex.set(block.file, index);
    }
    const { waiverLines, waivers, allLines } = index;
    // The first line of the run: upwards while each comment is on the line above the last one taken (or on the same line).
    let top = block.startLine;
    for (let i = firstAtOrAfter(allLines, block.startLine); i > 0 && allLines[i - 1]! >= top - 1; i--) top = allLines[i - 1]!;
    const out: HclComment[] = [];
    for (let k = firstAtOrAfter(waiverLines, top); k < waiverLines.length && waiverLines[k]! <= block.endLine; k++) out.push(waivers[k]!);
    return out;
  }
}

/** The index of the first element of the sorted `lines` that is at least `line`. */
function firstAtOrAfter(lines: readonly number[], line: number): number {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid]! < line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `resource.aws_s3_bucket.logs`, `data.aws_iam_policy_document.x`, `module.vpc`: what a module's configuration declares. */
function configuredKeys(mod: ConfigModule): Set<string> {
  const keys = new Set<string>();
  for (const r of mod.resources.values()) {
    if (r.mode === 'managed') keys.add(`resource.${r.type}.${r.name}`);
    else if (r.mode === 'data') keys.add(`data.${r.type}.${r.name}`);
  }
  for (const name of mod.calls.keys()) keys.add(`module.${name}`);
  return keys;
}

/** A directory is the module when it declares the same resources, data sources and module calls, each once. */
function declaresExactly(dir: ModuleDir, mod: ConfigModule): boolean {
  if (dir.duplicates.size) return false;
  const expected = configuredKeys(mod);
  if (expected.size !== dir.blocks.size) return false;
  for (const key of dir.blocks.keys()) if (!expected.has(key)) return false;
  return true;
}

/**
 * The root module is the directory that declares exactly the plan's root module: the plan's own
 * directory and the source root first, then every Terraform directory under the source root (a plan
 * scanned from a repository root whose Terraform is in `infra/`). When no directory or several do,
 * or the plan has no configuration to compare with, the best match by the names of the plan's
 * root-level resources and module calls still locates findings, but waives nothing. Pauses between
 * directories: reading a large source tree must not hold off an interrupt.
 */
export function* findRootModule(sources: SourceIndex, config: ConfigIndex, resources: readonly TfResource[], inputPath: string): Steps<RootModule> {
  const wanted = new Set<string>();
  for (const r of resources) wanted.add(r.modules.length ? `module.${r.modules[0]!.name}` : `resource.${r.localAddress}`);
  if (wanted.size === 0) return { dir: undefined };
  const rootConfig = config.modules.get('');
  const score = (dir: ModuleDir) => {
    let n = 0;
    for (const key of wanted) if (dir.blocks.has(key)) n++;
    return n;
  };
  const preferred = [path.dirname(path.resolve(inputPath)), sources.root].filter((d, i, a) => a.indexOf(d) === i && isWithin(sources.root, d));
  const candidates = (function* () {
    yield* preferred;
    for (const dir of sources.terraformDirs()) if (!preferred.includes(dir)) yield dir;
  })();
  let best: { dir: string; score: number } | undefined;
  const exact: string[] = [];
  for (const dir of candidates) {
    yield;
    const mod = sources.dir(dir);
    const s = score(mod);
    const isPreferred = preferred.includes(dir);
    if (s > 0 && (!best || s > best.score || (!isPreferred && s === best.score && dir.length < best.dir.length))) best = { dir, score: s };
    if (rootConfig) {
      if (declaresExactly(mod, rootConfig)) exact.push(dir);
    } else if (s === wanted.size && (isPreferred || best?.dir === dir)) break;
  }
  const name = path.basename(inputPath);
  if (!rootConfig) return { dir: best?.dir, untrusted: `${name} has no configuration section to tell which .tf files it was made from` };
  const uri = (d: string) => path.relative(sources.root, d).split(path.sep).join('/') || '.';
  if (exact.length === 1) return { dir: exact[0] };
  if (exact.length > 1) return { dir: exact[0], untrusted: `${exact.slice(0, 3).map(uri).join(', ')} all declare exactly the root module of ${name}: which one it was made from is unknown` };
  return { dir: best?.dir, untrusted: `no directory under the source root declares exactly the root module of ${name}` };
}
