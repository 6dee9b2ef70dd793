import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ValidateFunction } from 'ajv';
import { compileSchema, loadValidated } from './structured-file.js';
import type { ConfigFile } from './config-merge.js';
import { UserError } from './errors.js';
import { isCalendarDate, type Waiver } from './waivers.js';

let validator: ValidateFunction | undefined;

export interface LoadedConfig {
  config: ConfigFile;
  waivers: Waiver[];
  /** `file:line` of the value at a JSON pointer (`/disabledPolicies/1`), for errors found after loading. */
  where(pointer: string): string;
}

export function loadConfig(file: string): LoadedConfig {
  validator ??= compileSchema(JSON.parse(readFileSync(schemaPath('config.schema.json'), 'utf8')) as object);
  const { data, lineOf } = loadValidated<ConfigFile>(file, validator);
  const where = (pointer: string) => `${file}:${lineOf(pointer) ?? 1}`;
  const waivers: Waiver[] = (data.waivers ?? []).map((w, i) => {
    // The schema checks the shape; 2026-02-30 has it, and would otherwise waive into March.
    if (!isCalendarDate(w.expires)) throw new UserError(`${where(`/waivers/${i}/expires`)}: waivers.${i}.expires: ${w.expires} is not a calendar date`);
    return {
      origin: 'config',
      targets: [w.rule, w.policy].filter((t): t is string => t !== undefined),
      resource: w.resource,
      justification: w.justification,
      approver: w.approver,
      expires: w.expires,
      where: where(`/waivers/${i}`),
    };
  });
  return { config: data, waivers, where };
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
