/**
 * Jurisdictions used by the data-residency rules (CL-27, CLD-* hosting rules).
 *
 * Country codes are ISO 3166-1 alpha-2 (Greece is `GR`, not the EU's `EL`;
 * the United Kingdom is `GB`, not `UK`).
 *
 * Checked 2025-11 against the sources named on each list. This is a technical
 * aid, not legal advice: a change in an adequacy decision must be made here.
 */

/**
 * The 27 member states of the European Union.
 * Source: european-union.europa.eu "EU countries" (27 members since 2020-02-01).
 */
export const EU27: readonly string[] = Object.freeze([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
]);

/**
 * The EEA members that are not in the EU (EEA Agreement; GDPR applies through
 * its incorporation into the EEA Agreement). Switzerland is EFTA but not EEA:
 * it is covered by an adequacy decision below instead.
 * Source: efta.int "EEA Agreement" (Iceland, Liechtenstein, Norway).
 */
export const EEA_NON_EU: readonly string[] = Object.freeze(['IS', 'LI', 'NO']);

/**
 * Countries and territories with a European Commission adequacy decision
 * (GDPR art. 45). Source: commission.europa.eu "Adequacy decisions"; the 2024-01-15
 * review report kept the 11 pre-GDPR decisions (AD AR CA FO GG IL IM JE NZ CH UY);
 * JP (2019), KR (2021) and GB (2021, renewed 2025) were adopted under the GDPR.
 *
 * Caveats, deliberately not modelled here:
 * - CA: the decision covers commercial organisations subject to PIPEDA only.
 * - US: the 2023 EU-US Data Privacy Framework decision covers only US
 *   organisations certified under the DPF, so the US is NOT in this list;
 *   a US location is never "adequate" by default.
 * - A draft decision for Brazil has not been adopted; BR is not included.
 */
export const ADEQUACY: readonly string[] = Object.freeze([
  'AD', 'AR', 'CA', 'FO', 'GB', 'GG', 'IL', 'IM', 'JE', 'JP', 'KR', 'NZ', 'UY', 'CH',
]);

/** Only through the EU-US Data Privacy Framework, for certified organisations. Not used by any profile. */
export const DPF_ONLY: readonly string[] = Object.freeze(['US']);

/**
 * - `fr`: France only.
 * - `eu`: EU27 + EEA (IS, LI, NO).
 * - `eu-adequate`: `eu` + the countries with an adequacy decision (US excluded).
 */
export type ResidencyProfile = 'fr' | 'eu' | 'eu-adequate';

export const RESIDENCY_PROFILES: readonly ResidencyProfile[] = Object.freeze(['fr', 'eu', 'eu-adequate'] as const);

const PROFILE_SETS: Readonly<Record<ResidencyProfile, ReadonlySet<string>>> = Object.freeze({
  fr: new Set(['FR']),
  eu: new Set([...EU27, ...EEA_NON_EU]),
  'eu-adequate': new Set([...EU27, ...EEA_NON_EU, ...ADEQUACY]),
});

/** The countries (ISO 3166-1 alpha-2, upper case) where data may be located under a profile. */
export function allowedCountries(profile: ResidencyProfile): ReadonlySet<string> {
  const set = PROFILE_SETS[profile];
  if (set === undefined) throw new Error(`unknown residency profile: ${String(profile)}`);
  return set;
}
