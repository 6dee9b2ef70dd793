/**
 * The rule catalog: the 76 rules of France Travail's hosting rulebook (CLD-01 … CLD-76) and the 30
 * partner rules (CL-1 … CL-30), with the checks that cover each part of them. The data is
 * `catalog.json` beside this module (validated against schemas/catalog.schema.json when the package
 * is built, see build.ts), imported as a JSON module.
 */
import data from './catalog.json' with { type: 'json' };
import type { CatalogFile, CatalogRule, CoveringCheck, Rulebook } from './types.js';

// A JSON module rather than a file read: the action's bundle carries the catalog inside it.
const FILE = data as unknown as CatalogFile;

export const CATALOG: readonly CatalogRule[] = FILE.rules;
export const RULEBOOKS: readonly Rulebook[] = FILE.rulebooks;

/** Every check a rule's parts name, once each. */
export function coveringChecks(rule: CatalogRule): CoveringCheck[] {
  const seen = new Map<string, CoveringCheck>();
  for (const part of rule.covers ?? []) for (const c of part.checks ?? []) if (!seen.has(c.check)) seen.set(c.check, c);
  return [...seen.values()];
}

/** The account-level checks that must hold in every region used (what the scan counts per region). */
export const REGIONAL_CHECKS: ReadonlySet<string> = new Set(CATALOG.flatMap((r) => coveringChecks(r).filter((c) => c.regional?.length).map((c) => c.check)));
