/**
 * The catalog's build step (`npm run build` runs it after tsc): validates src/catalog/catalog.json
 * against schemas/catalog.schema.json and the rules below. tsc copies the file beside the compiled
 * catalog module, which imports it as a JSON module: the package ships the data this step checked.
 * A catalog that fails stops the build with the file, line and field.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compileSchema, loadValidated } from '../structured-file.js';
import type { CatalogFile } from './types.js';

/** What the schema cannot say: unique ids, ids matching their rulebook, automation matching the parts. */
export function catalogProblems(catalog: CatalogFile): string[] {
  const problems: string[] = [];
  const books = new Set<string>();
  for (const b of catalog.rulebooks) {
    if (books.has(b.id)) problems.push(`rulebook ${b.id} is declared twice`);
    books.add(b.id);
  }
  const ids = new Set<string>();
  for (const r of catalog.rules) {
    if (ids.has(r.id)) problems.push(`${r.id} appears twice`);
    ids.add(r.id);
    if (!r.id.startsWith(`${r.rulebook}-`)) problems.push(`${r.id}: its id does not belong to rulebook ${r.rulebook}`);
    if (!books.has(r.rulebook)) problems.push(`${r.id}: rulebook ${r.rulebook} is not declared in rulebooks`);
    const parts = r.covers ?? [];
    const technical = parts.filter((p) => p.checks).length;
    if (r.automation === 'automated' && technical !== parts.length) problems.push(`${r.id}: automated, yet some parts need an attestation (make it partial)`);
    if (r.automation === 'partial' && (technical === 0 || technical === parts.length)) problems.push(`${r.id}: partial needs parts with checks and parts with an attestation`);
    parts.forEach((p, i) => {
      const keys = (p.checks ?? []).map((c) => c.check);
      if (new Set(keys).size !== keys.length) problems.push(`${r.id}: part ${i + 1} names a check twice`);
      for (const c of p.checks ?? []) if (c.regional && c.scope !== 'account') problems.push(`${r.id}: ${c.check} is regional but not account-level`);
    });
  }
  return problems;
}

/** Loads and checks a catalog file; throws with every problem found. */
export function loadCatalogFile(file: string, schemaFile: string): CatalogFile {
  const validate = compileSchema(JSON.parse(readFileSync(schemaFile, 'utf8')) as object);
  const { data } = loadValidated<CatalogFile>(file, validate);
  const problems = catalogProblems(data);
  if (problems.length) throw new Error(`${file}: ${problems.join('; ')}`);
  return data;
}

/** `node dist/src/catalog/build.js`: checks the catalog source; the compiled catalog module imports that file as it is. */
function main(): void {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
  try {
    loadCatalogFile(path.join(root, 'src/catalog/catalog.json'), path.join(root, 'schemas/catalog.schema.json'));
  } catch (err) {
    process.stderr.write(`catalog: ${(err as Error).message}\n`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
