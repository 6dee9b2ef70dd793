import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { UserError } from './errors.js';
import type { Commit } from './scope.js';

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
const MAX_FILE = 1024 * 1024;
const MAX_PACKED_REFS = 32 * 1024 * 1024;

/**
 * The commit a scan is of, for the report's scope: `--commit`, else $GITHUB_SHA (GitHub Actions),
 * else the HEAD of the git repository holding the source root. Git's files are read, git is never
 * run: the repository of a fork's pull request is untrusted, and its configuration could make a git
 * command run programs.
 */
export function resolveCommit(flag: string | undefined, sourceRoot: string, env: NodeJS.ProcessEnv = process.env): Commit | undefined {
  if (flag !== undefined) {
    const sha = flag.trim().toLowerCase();
    if (!SHA.test(sha)) throw new UserError(`--commit ${flag}: give the full commit hash (40 hexadecimal characters)`);
    return { sha, from: 'flag' };
  }
  const github = env.GITHUB_SHA?.trim().toLowerCase();
  if (github && SHA.test(github)) return { sha: github, from: 'GITHUB_SHA' };
  const sha = headOf(path.resolve(sourceRoot));
  return sha ? { sha, from: 'git' } : undefined;
}

/** HEAD of the repository at or above `dir`, through a worktree's `.git` file; undefined when there is none or it cannot be read. */
function headOf(dir: string): string | undefined {
  for (let d = dir, depth = 0; depth < 64; depth++) {
    const dotGit = path.join(d, '.git');
    const gitDir = gitDirOf(dotGit);
    if (gitDir) return resolveHead(gitDir);
    const up = path.dirname(d);
    if (up === d) return undefined;
    d = up;
  }
  return undefined;
}

function gitDirOf(dotGit: string): string | undefined {
  try {
    const st = statSync(dotGit);
    if (st.isDirectory()) return dotGit;
    if (!st.isFile()) return undefined;
    const m = /^gitdir:\s*(.+?)\s*$/m.exec(small(dotGit) ?? '');
    return m ? path.resolve(path.dirname(dotGit), m[1]!) : undefined;
  } catch {
    return undefined;
  }
}

function resolveHead(gitDir: string): string | undefined {
  const head = small(path.join(gitDir, 'HEAD'))?.trim();
  if (!head) return undefined;
  if (SHA.test(head)) return head;
  const ref = /^ref:\s*(refs\/[^\s]+)$/.exec(head)?.[1];
  if (!ref || ref.split('/').includes('..')) return undefined;
  // A linked worktree keeps its HEAD, and shares the refs of the main repository (`commondir`).
  const common = small(path.join(gitDir, 'commondir'))?.trim();
  const dirs = common ? [gitDir, path.resolve(gitDir, common)] : [gitDir];
  for (const d of dirs) {
    const loose = small(path.join(d, ref))?.trim();
    if (loose && SHA.test(loose)) return loose;
  }
  for (const d of dirs) {
    const packed = small(path.join(d, 'packed-refs'), MAX_PACKED_REFS);
    if (!packed) continue;
    for (const line of packed.split('\n')) {
      const [sha, name] = line.trim().split(' ');
      if (name === ref && sha && SHA.test(sha)) return sha;
    }
  }
  return undefined;
}

function small(file: string, max = MAX_FILE): string | undefined {
  try {
    if (statSync(file).size > max) return undefined;
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
