import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ValidateFunction } from 'ajv';
import { compileSchema, loadValidated } from './structured-file.js';
import type { ConfigFile } from './config-merge.js';

let validator: ValidateFunction | undefined;

export function loadConfig(file: string): ConfigFile {
  validator ??= compileSchema(JSON.parse(readFileSync(schemaPath('config.schema.json'), 'utf8')) as object);
  return loadValidated<ConfigFile>(file, validator);
}

/** Schemas ship beside the code: `schemas/` at the package root, from src/ or dist/src/. */
export function schemaPath(name: string): string {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const candidates = [new URL(`../schemas/${name}`, import.meta.url), new URL(`../../schemas/${name}`, import.meta.url)];
  for (const c of candidates) {
    try {
      readFileSync(c);
      return fileURLToPath(c);
    } catch {
      // try the next layout
    }
  }
  throw new Error(`schema ${name} not found near ${here}`);
}
