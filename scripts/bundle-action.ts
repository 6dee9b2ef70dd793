/**
 * `npm run build:action`: bundles the GitHub Action's entry point (src/cli/github-action.ts) with its
 * dependencies into dist-action/, which is committed, so that a job runs the action without
 * `npm ci` or a build. The cloud SDKs become chunks of their own that only a live scan of that cloud
 * loads: a plan scan reads a few hundred kilobytes of code. dist-action/licenses.txt carries the
 * licence of every bundled package. The output depends only on the sources and the lockfile, so
 * test/action-bundle.test.ts can rebuild it and compare.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ACTION_DIR = path.join(ROOT, 'dist-action');

export async function bundleAction(outdir: string = ACTION_DIR): Promise<void> {
  rmSync(outdir, { recursive: true, force: true });
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: { index: 'src/cli/github-action.ts' },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    // The runner runs node24; node20 here. Both run this.
    target: 'node20',
    // .mjs: ES modules whatever package.json says (the action may be checked out without it).
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    // ESM builds of dual packages (jsonc-parser's CommonJS build is UMD, which a bundler cannot follow).
    mainFields: ['module', 'main'],
    // CommonJS packages inside an ES module bundle still call require() for Node's built-ins, and
    // some read __dirname when loaded (google-gax, for .proto files only its gRPC transport opens).
    banner: {
      js: [
        "import { createRequire as __cldscanCreateRequire } from 'node:module';",
        "import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';",
        'const require = __cldscanCreateRequire(import.meta.url);',
        'const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);',
        "const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));",
      ].join('\n'),
    },
    define: { __filename: '__cldscanFilename', __dirname: '__cldscanDirname' },
    legalComments: 'none',
    plugins: [jitiTransform],
    metafile: true,
    logLevel: 'warning',
  });
  writeFileSync(path.join(outdir, 'licenses.txt'), licenses(Object.keys(result.metafile.inputs)));
}

/**
 * jiti (which loads `--policies` written in TypeScript) requires its Babel transform through
 * createRequire() at a path relative to its own file, which a bundle does not have: made a plain
 * require() so that the transform is bundled too (in the chunk only `--policies` loads).
 */
const jitiTransform: esbuild.Plugin = {
  name: 'jiti-transform',
  setup(build) {
    build.onLoad({ filter: /[\\/]jiti[\\/]lib[\\/]jiti\.mjs$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      const call = 'createRequire(import.meta.url)("../dist/babel.cjs")';
      if (!text.includes(call)) throw new Error(`${args.path}: jiti no longer loads its transform with ${call}; update scripts/bundle-action.ts`);
      return { contents: text.replace(call, 'require("../dist/babel.cjs")'), loader: 'js' };
    });
  },
};

/** The licence text of each package bundled, the way @vercel/ncc lists them. */
function licenses(inputs: string[]): string {
  const dirs = new Set<string>();
  for (const input of inputs) {
    const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (m) dirs.add(m[1]!);
  }
  const parts: string[] = [];
  for (const dir of [...dirs].sort()) {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, dir, 'package.json'), 'utf8')) as { name: string; version: string; license?: string };
    const file = readdirSync(path.join(ROOT, dir)).find((n) => /^(licen[cs]e|copying)(\.|$)/i.test(n));
    const text = file && existsSync(path.join(ROOT, dir, file)) ? readFileSync(path.join(ROOT, dir, file), 'utf8').trim() : '(no licence file in the package)';
    parts.push(`${pkg.name}@${pkg.version}\n${pkg.license ?? 'UNKNOWN'}\n${text}`);
  }
  return `${parts.join('\n\n----------------------------------------------------------------\n\n')}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await bundleAction(process.argv[2] ? path.resolve(process.argv[2]) : ACTION_DIR);
}
