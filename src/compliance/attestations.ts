import { readFileSync } from 'node:fs';
import type { ValidateFunction } from 'ajv';
import { UserError } from '../errors.js';
import { CATALOG } from '../catalog/catalog.js';
import { schemaPath } from '../config.js';
import { compileSchema, loadValidated } from '../structured-file.js';
import { isCalendarDate, isExpired, today } from '../waivers.js';

/** One attestation as written in the file (see schemas/attestations.schema.json). */
export interface Attestation {
  rule: string;
  document?: string;
  url?: string;
  owner: string;
  date: string;
  nextReview: string;
  scope?: string;
  summary?: string;
  /** `attestations.yaml:12`. */
  where: string;
}

export interface AttestationFile {
  organisation?: string;
  attestations: Attestation[];
}

let validator: ValidateFunction | undefined;

/**
 * Loads and validates an attestations file (YAML or JSON). Beyond the schema: the rule must exist
 * in the catalog, the review date must not precede the evidence date, and a date must be a real
 * calendar date. Every error names the line and the field.
 */
export function loadAttestations(file: string): AttestationFile {
  validator ??= compileSchema(JSON.parse(readFileSync(schemaPath('attestations.schema.json'), 'utf8')) as object);
  const { data, lineOf } = loadValidated<{ organisation?: string; attestations: Array<Omit<Attestation, 'where'>> | null }>(file, validator);
  const known = new Set(CATALOG.map((r) => r.id));
  const attestations = (data.attestations ?? []).map((a, i) => {
    const at = (field?: string) => `${file}:${lineOf(`/attestations/${i}${field ? `/${field}` : ''}`) ?? 1}`;
    if (!known.has(a.rule)) throw new UserError(`${at('rule')}: attestations.${i}.rule: ${a.rule} is not a rule of the catalog (cldscan rules lists them)`);
    for (const field of ['date', 'nextReview'] as const) {
      if (!isCalendarDate(a[field])) {
        throw new UserError(`${at(field)}: attestations.${i}.${field}: ${a[field]} is not a calendar date`);
      }
    }
    if (a.nextReview < a.date) throw new UserError(`${at('nextReview')}: attestations.${i}.nextReview: ${a.nextReview} is before the evidence date ${a.date}`);
    return { ...a, where: at() };
  });
  return { ...(data.organisation ? { organisation: data.organisation } : {}), attestations };
}

export type AttestationState = 'valid' | 'expired' | 'missing';

/** The best attestation of a rule: a valid one if any, else the most recent expired one. */
export function attestationFor(file: AttestationFile | undefined, rule: string, on: string = today()): { state: AttestationState; attestation?: Attestation; all: Attestation[] } {
  const all = (file?.attestations ?? []).filter((a) => a.rule === rule);
  const valid = all.filter((a) => !isExpired(a.nextReview, on)).sort((a, b) => b.date.localeCompare(a.date));
  if (valid[0]) return { state: 'valid', attestation: valid[0], all };
  const expired = [...all].sort((a, b) => b.nextReview.localeCompare(a.nextReview));
  if (expired[0]) return { state: 'expired', attestation: expired[0], all };
  return { state: 'missing', all };
}
