import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveCommit } from '../src/commit.js';
import { UserError } from '../src/errors.js';

/** The commit of a scan, for the report's scope: read from git's files, git never run. */
const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const C = 'c'.repeat(40);

let dir: string;
const at = (...p: string[]) => path.join(dir, ...p);
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
};

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'cldscan-commit-'));
  // A repository on a branch with a loose ref, a sub-directory as source root.
  write(at('repo/.git/HEAD'), 'ref: refs/heads/main\n');
  write(at('repo/.git/refs/heads/main'), `${A}\n`);
  mkdirSync(at('repo/infra/prod'), { recursive: true });
  // A repository whose branch is only in packed-refs.
  write(at('packed/.git/HEAD'), 'ref: refs/heads/release\n');
  write(at('packed/.git/packed-refs'), `# pack-refs with: peeled fully-peeled sorted\n${C} refs/heads/other\n${B} refs/heads/release\n`);
  // A linked worktree: a .git file pointing at its own directory, refs shared through commondir.
  write(at('repo/.git/worktrees/wt/HEAD'), 'ref: refs/heads/main\n');
  write(at('repo/.git/worktrees/wt/commondir'), '../..\n');
  write(at('wt/.git'), `gitdir: ${at('repo/.git/worktrees/wt')}\n`);
  // Detached HEAD.
  write(at('detached/.git/HEAD'), `${C}\n`);
  // A ref that tries to leave the repository.
  write(at('escape/.git/HEAD'), 'ref: refs/../../../etc/passwd\n');
  mkdirSync(at('none'), { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('resolveCommit', () => {
  it('prefers --commit, then $GITHUB_SHA, then the HEAD of the repository holding the source root', () => {
    expect(resolveCommit(B.toUpperCase(), at('repo'), { GITHUB_SHA: C })).toEqual({ sha: B, from: 'flag' });
    expect(resolveCommit(undefined, at('repo'), { GITHUB_SHA: C })).toEqual({ sha: C, from: 'GITHUB_SHA' });
    expect(resolveCommit(undefined, at('repo/infra/prod'), {})).toEqual({ sha: A, from: 'git' });
  });

  it('reads packed refs, linked worktrees and a detached HEAD', () => {
    expect(resolveCommit(undefined, at('packed'), {})).toEqual({ sha: B, from: 'git' });
    expect(resolveCommit(undefined, at('wt'), {})).toEqual({ sha: A, from: 'git' });
    expect(resolveCommit(undefined, at('detached'), {})).toEqual({ sha: C, from: 'git' });
  });

  it('says nothing rather than guess: no repository, a ref leaving it, a malformed $GITHUB_SHA', () => {
    expect(resolveCommit(undefined, at('escape'), {})).toBeUndefined();
    expect(resolveCommit(undefined, at('none'), { GITHUB_SHA: 'not-a-sha' })?.from).not.toBe('GITHUB_SHA');
  });

  it('refuses a --commit that is not a full hash', () => {
    expect(() => resolveCommit('main', at('repo'), {})).toThrow(UserError);
    expect(() => resolveCommit('abc123', at('repo'), {})).toThrow(/give the full commit hash/);
  });
});
