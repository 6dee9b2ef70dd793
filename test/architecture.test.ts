import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The layers: `src/` is the core (model, evaluation, reports, CLI framework) and knows no cloud and
 * no rule; `providers/` knows the clouds; `policies/` knows the rules. Only the composition root
 * wires them together. Imports are read with the TypeScript pre-processor, static and dynamic alike.
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const COMPOSITION_ROOT = 'src/cli/composition-root.ts';

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) out.push(...sources(rel));
    else if (e.name.endsWith('.ts')) out.push(rel);
  }
  return out;
}

/** Each file's relative imports, as repository paths of `.ts` files. */
function importGraph(files: readonly string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const info = ts.preProcessFile(readFileSync(path.join(ROOT, file), 'utf8'), true, true);
    const deps = info.importedFiles
      .map((i) => i.fileName)
      .filter((name) => name.startsWith('.'))
      .map((name) => path.posix.normalize(path.posix.join(path.posix.dirname(file), name)).replace(/\.js$/, '.ts'));
    graph.set(file, deps);
  }
  return graph;
}

/** Strongly connected components of more than one file (Tarjan): each is an import cycle. */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1) found.push(component.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

const FILES = [...sources('src'), ...sources('providers'), ...sources('policies')];
const GRAPH = importGraph(FILES);

describe('architecture', () => {
  it('keeps the core free of adapters and policies: only the composition root imports them', () => {
    const offending = [...GRAPH]
      .filter(([file]) => file.startsWith('src/') && file !== COMPOSITION_ROOT)
      .flatMap(([file, deps]) => deps.filter((d) => d.startsWith('providers/') || d.startsWith('policies/')).map((d) => `${file} → ${d}`));
    expect(offending).toEqual([]);
    // The rule has a subject: the composition root does wire both in.
    expect(GRAPH.get(COMPOSITION_ROOT)?.some((d) => d.startsWith('providers/'))).toBe(true);
    expect(GRAPH.get(COMPOSITION_ROOT)?.some((d) => d.startsWith('policies/'))).toBe(true);
  });

  it('keeps rule knowledge apart from cloud knowledge: policies import no adapter, adapters no policy', () => {
    const offending = [...GRAPH].flatMap(([file, deps]) =>
      deps
        .filter((d) => (file.startsWith('policies/') && d.startsWith('providers/')) || (file.startsWith('providers/') && d.startsWith('policies/')))
        .map((d) => `${file} → ${d}`),
    );
    expect(offending).toEqual([]);
  });

  it('keeps what plan and live both need in providers/<cloud>/knowledge/: the live adapter imports no plan module, knowledge neither side', () => {
    const cloudOf = (f: string) => /^providers\/(aws|azure|gcp)\//.exec(f)?.[1];
    const side = (f: string): 'plan' | 'knowledge' | 'registry' | 'live' | undefined => {
      const cloud = cloudOf(f);
      if (!cloud) return f.startsWith('providers/terraform/') ? 'plan' : undefined;
      const rest = f.slice(`providers/${cloud}/`.length);
      if (rest.startsWith('plan/')) return 'plan';
      if (rest.startsWith('knowledge/')) return 'knowledge';
      // The registry is where the two sides meet.
      return rest === 'registry.ts' ? 'registry' : 'live';
    };
    const offending = [...GRAPH].flatMap(([file, deps]) =>
      deps
        .filter((d) => {
          const from = side(file);
          const to = side(d);
          return (from === 'live' && to === 'plan') || (from === 'knowledge' && (to === 'plan' || to === 'live'));
        })
        .map((d) => `${file} → ${d}`),
    );
    expect(offending).toEqual([]);
    // The rule has a subject: each cloud has knowledge that both sides use.
    for (const cloud of ['aws', 'azure', 'gcp']) {
      const users = (s: string) => [...GRAPH].some(([f, deps]) => side(f) === s && cloudOf(f) === cloud && deps.some((d) => d.startsWith(`providers/${cloud}/knowledge/`)));
      expect([cloud, users('plan'), users('live')]).toEqual([cloud, true, true]);
    }
  });

  it('has no import cycle anywhere', () => {
    expect(cycles(GRAPH)).toEqual([]);
  });

  it('finds a cycle when there is one (the detector itself)', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(cycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });
});
