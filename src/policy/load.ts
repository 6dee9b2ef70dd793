import { readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createJiti } from 'jiti';
import { UserError } from '../errors.js';
import { definePolicy, type Policy } from './api.js';

/**
 * Loads users' own policies (`--policies dir`): every `.ts`, `.js` or `.mjs` file whose default
 * export is a policy (made with `definePolicy`). TypeScript is transpiled on load by jiti.
 *
 * Loading a policy runs its code with cldscan's rights (the README's security section says so):
 * only files of the directory given are loaded, never through a symbolic link that leads out of it,
 * and neither the directory nor a file may be writable by every user of the machine, who could
 * otherwise make cldscan run their code.
 */
export async function loadPolicies(dir: string, existing: readonly Policy[]): Promise<Policy[]> {
  let names: string[];
  let realDir: string;
  try {
    if (!statSync(dir).isDirectory()) throw new UserError(`--policies ${dir}: not a directory`);
    realDir = realpathSync(dir);
    names = readdirSync(dir).filter((n) => /\.(ts|mts|js|mjs)$/.test(n) && !n.endsWith('.d.ts') && !/\.test\./.test(n)).sort();
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`--policies ${dir}: no such directory`);
  }
  if (worldWritable(realDir)) throw new UserError(`--policies ${dir}: the directory is writable by every user, who could add code for cldscan to run; refusing to load policies from it`);
  for (const name of names) {
    const file = path.resolve(dir, name);
    const real = realpathSync(file);
    const rel = path.relative(realDir, real);
    if (rel.startsWith('..') || path.isAbsolute(rel)) throw new UserError(`${file}: a symbolic link to outside ${dir}; policies are loaded only from the directory given`);
    if (!statSync(real).isFile()) throw new UserError(`${file}: not a regular file`);
    if (worldWritable(real)) throw new UserError(`${file}: writable by every user, who could change the code cldscan would run; refusing to load it`);
  }
  const jiti = createJiti(import.meta.url, { interopDefault: true, moduleCache: false });
  const ids = new Set(existing.map((p) => p.meta.id));
  const loaded: Policy[] = [];
  for (const name of names) {
    const file = path.resolve(dir, name);
    let mod: unknown;
    try {
      mod = /\.m?ts$/.test(name) ? await jiti.import(file) : await import(pathToFileURL(file).href);
    } catch (err) {
      throw new UserError(`${file}: cannot load policy: ${(err as Error).message.split('\n')[0]}`);
    }
    const candidate = (mod as { default?: unknown }).default ?? mod;
    let policy: Policy;
    try {
      policy = definePolicy(candidate as Policy);
    } catch (err) {
      throw new UserError(`${file}: ${(err as Error).message}`);
    }
    if (ids.has(policy.meta.id)) throw new UserError(`${file}: policy id "${policy.meta.id}" is already used`);
    ids.add(policy.meta.id);
    loaded.push(policy);
  }
  if (loaded.length === 0) throw new UserError(`--policies ${dir}: no policy files (.ts, .js, .mjs) found`);
  return loaded;
}

/** Whether every user of the machine may write `file` (POSIX permissions; Windows has no such bit). */
function worldWritable(file: string): boolean {
  return process.platform !== 'win32' && (statSync(file).mode & 0o002) !== 0;
}
