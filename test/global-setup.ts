import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * End-to-end tests run the built CLI, so build it from the current sources first (tsc, then the check of the catalog data). Type errors do
 * not stop the build (tsc still emits); `npm test` runs the type check on its own before vitest.
 */
export default function setup(): void {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: root, encoding: 'utf8', timeout: 600_000 });
  if (!existsSync(path.join(root, 'dist/src/cli.js'))) throw new Error(`the build produced no CLI:\n${r.stdout}${r.stderr}`);
  if (r.status !== 0) console.warn(`tsc reported errors (the type check will fail):\n${r.stdout.slice(0, 2000)}`);
  // The build's second step: the catalog data checked against its schema and rules.
  const catalog = spawnSync(process.execPath, [path.join(root, 'dist/src/catalog/build.js')], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  if (catalog.status !== 0) throw new Error(`the catalog did not build:\n${catalog.stderr}`);
}
