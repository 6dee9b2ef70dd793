/**
 * Region lookup and data-residency judgement.
 *
 * `lookupRegion` maps what an input calls a location (plan attribute, AWS Config
 * `awsRegion` / `availabilityZone`, ARM `location`, Cloud Asset `location`) to a row
 * of the region table; `judgeLocation` says whether that location is allowed under a
 * residency profile. All maps are built once, at module load.
 */
import type { CloudProvider } from '../model/resource.js';
import { allowedCountries, type ResidencyProfile } from './jurisdictions.js';
import { AZURE_PAIRS, REGIONS, type RegionRow } from './region-table.js';
import { memoize } from '../bounded-memo.js';

export { allowedCountries, type ResidencyProfile } from './jurisdictions.js';
export { REGIONS, AZURE_PAIRS, type RegionRow, type RegionKind } from './region-table.js';

export type LocationVerdict = 'allowed' | 'forbidden' | 'unknown' | 'global';

/** Shared between every resource in the same location: read-only. */
export interface LocationJudgement {
  readonly verdict: LocationVerdict;
  /** Countries the data may be in (empty when unknown or global). */
  readonly countries: readonly string[];
  readonly region?: RegionRow;
  /** One short English sentence naming the country codes. */
  readonly reason: string;
  /** Why an unknown verdict is unknown, for messages in every language. */
  readonly cause?: 'no-location' | 'zone-placeholder' | 'edge-zone' | 'unrecognised' | 'country-unpublished';
  /** For an AWS Local or Wavelength Zone: the region it hangs off (its country is a clue, not the zone's). */
  readonly parent?: RegionRow;
}

const PROVIDER_LABEL: Readonly<Record<CloudProvider, string>> = { aws: 'AWS', azure: 'Azure', gcp: 'GCP' };

/**
 * Values AWS Config (and some Terraform attributes) put where an availability zone or
 * region would be; they name no place. Compared after lower-casing and removing spaces.
 */
const ZONE_PLACEHOLDERS: ReadonlySet<string> = new Set(['regional', 'notapplicable', 'multipleavailabilityzones']);

/**
 * Extra spellings, per provider, normalised like inputs.
 * - AWS `EU`: legacy S3 LocationConstraint, returned by GetBucketLocation for buckets
 *   created with it; it means eu-west-1 (S3 API reference, LocationConstraint).
 */
const EXTRA_ALIASES: Readonly<Record<CloudProvider, Readonly<Record<string, string>>>> = {
  aws: { eu: 'eu-west-1' },
  azure: {},
  gcp: {},
};

/** AWS region followed by a one-letter availability zone: `eu-west-3a`, `us-gov-west-1b`. */
const AWS_AZ = /^([a-z]+(?:-[a-z]+)+-\d+)[a-z]$/;
/** AWS Local Zone / Wavelength Zone: `us-east-1-bos-1a`, `eu-west-3-wl1-cmn-wlz-1`. */
const AWS_EDGE_ZONE = /^([a-z]+(?:-[a-z]+)+-\d+)-[a-z0-9-]+$/;
/** GCP zone: region, then `-` and a zone suffix: `europe-west1-b`, `u-france-east1-a`. */
const GCP_ZONE = /^(.*\d)-[a-z][a-z0-9]*$/;
/** Azure regionalDisplayName prefix: `(Europe) France Central`. */
const AZURE_GROUP_PREFIX = /^\([^)]*\)\s*/;

function normalise(provider: CloudProvider, location: string): string {
  let s = location.trim().toLowerCase();
  if (provider === 'azure') {
    // ARM and Terraform accept display names ("France Central", "West Europe").
    s = s.replace(AZURE_GROUP_PREFIX, '').replace(/\s+/g, '');
  }
  return s;
}

function compact(location: string): string {
  return location.toLowerCase().replace(/\s+/g, '');
}

function buildIndex(): ReadonlyMap<CloudProvider, ReadonlyMap<string, RegionRow>> {
  const index = new Map<CloudProvider, Map<string, RegionRow>>([
    ['aws', new Map()],
    ['azure', new Map()],
    ['gcp', new Map()],
  ]);
  for (const row of REGIONS) {
    const byName = index.get(row.provider)!;
    if (byName.has(row.name)) throw new Error(`duplicate region row ${row.provider}/${row.name}`);
    byName.set(row.name, row);
  }
  // Azure display names ("France Central", "United Kingdom") as aliases, never overriding a name.
  const azure = index.get('azure')!;
  for (const row of REGIONS) {
    if (row.provider !== 'azure') continue;
    const alias = normalise('azure', row.display);
    const existing = azure.get(alias);
    if (existing === undefined) azure.set(alias, row);
    else if (existing !== row) throw new Error(`Azure display name "${row.display}" collides with ${existing.name}`);
  }
  for (const [provider, aliases] of Object.entries(EXTRA_ALIASES) as [CloudProvider, Record<string, string>][]) {
    const byName = index.get(provider)!;
    for (const [alias, name] of Object.entries(aliases)) {
      const target = byName.get(name);
      if (target === undefined) throw new Error(`alias ${provider}/${alias} points to unknown ${name}`);
      if (!byName.has(alias)) byName.set(alias, target);
    }
  }
  return index;
}

const INDEX = buildIndex();

function exact(provider: CloudProvider, key: string): RegionRow | undefined {
  return INDEX.get(provider)?.get(key);
}

/** The parent region of an AWS Local Zone / Wavelength Zone name, if it is one. */
function awsEdgeZoneParent(key: string): RegionRow | undefined {
  const m = AWS_EDGE_ZONE.exec(key);
  if (m === null || m[1] === undefined) return undefined;
  const parent = exact('aws', m[1]);
  return parent?.kind === 'region' ? parent : undefined;
}

/**
 * The table row for a location, or undefined.
 * Case-insensitive; accepts Azure display names ("France Central", "(Europe) West Europe");
 * strips AWS availability zones (`eu-west-3a`) and GCP zones (`europe-west1-b`);
 * returns undefined for AWS zone placeholders (`Regional`, `Not Applicable`,
 * `Multiple Availability Zones`) and for AWS Local / Wavelength Zones, whose country
 * can differ from their parent region's (e.g. `us-east-1-bue-1a` is Buenos Aires).
 */
export function lookupRegion(provider: CloudProvider, location: string): RegionRow | undefined {
  if (typeof location !== 'string') return undefined;
  if (ZONE_PLACEHOLDERS.has(compact(location))) return undefined;
  const key = normalise(provider, location);
  if (key === '') return undefined;
  const hit = exact(provider, key);
  if (hit !== undefined) return hit;
  if (provider === 'aws') {
    const m = AWS_AZ.exec(key);
    if (m !== null && m[1] !== undefined) {
      const base = exact('aws', m[1]);
      if (base?.kind === 'region') return base;
    }
    return undefined;
  }
  if (provider === 'gcp') {
    const m = GCP_ZONE.exec(key);
    if (m !== null && m[1] !== undefined) {
      const base = exact('gcp', m[1]);
      if (base?.kind === 'region') return base;
    }
  }
  return undefined;
}

/** The paired region of an Azure region (GRS secondary), canonical name; undefined when none or unknown. */
export function azurePairedRegion(region: string): string | undefined {
  const row = lookupRegion('azure', region);
  if (row === undefined) return undefined;
  return Object.hasOwn(AZURE_PAIRS, row.name) ? AZURE_PAIRS[row.name] : undefined;
}

function describe(row: RegionRow): string {
  return `${PROVIDER_LABEL[row.provider]} ${row.kind} ${row.name}`;
}

/**
 * Judges a location against a residency profile.
 * - `unknown`: no location, a zone placeholder, an unrecognised name, or a region whose
 *   country is not published; the reason says which.
 * - `global`: a global pseudo-location (AWS `global`/`aws-global`, Azure and GCP `global`).
 * - `forbidden`: at least one country of the location is outside the profile.
 * - `allowed`: every country of the location is inside the profile.
 */
export function judgeLocation(
  provider: CloudProvider,
  location: string | undefined,
  profile: ResidencyProfile,
): LocationJudgement {
  if (location === undefined || location === null || location.trim() === '') {
    return { verdict: 'unknown', countries: [], reason: `The ${PROVIDER_LABEL[provider]} location is not known.`, cause: 'no-location' };
  }
  // A plan or an estate holds a handful of locations, each judged on every resource in it: once is enough.
  const key = `${provider} ${profile}`;
  let judge = judges.get(key);
  if (!judge) judges.set(key, (judge = memoize((named) => frozen(judgeNamed(provider, named, profile)))));
  return judge(location);
}

/** Per cloud and profile, the judgement of each location name (shared: callers only read them). */
const judges = new Map<string, (location: string) => LocationJudgement>();

function frozen(j: LocationJudgement): LocationJudgement {
  Object.freeze(j.countries);
  return Object.freeze(j);
}

function judgeNamed(provider: CloudProvider, location: string, profile: ResidencyProfile): LocationJudgement {
  const label = PROVIDER_LABEL[provider];
  const shown = location.trim();
  const row = lookupRegion(provider, location);
  if (row === undefined) {
    if (ZONE_PLACEHOLDERS.has(compact(location))) {
      return { verdict: 'unknown', countries: [], reason: `"${shown}" is an availability-zone placeholder that names no ${label} region.`, cause: 'zone-placeholder' };
    }
    const parent = provider === 'aws' ? awsEdgeZoneParent(normalise('aws', location)) : undefined;
    if (parent !== undefined) {
      return {
        verdict: 'unknown',
        countries: [],
        reason: `"${shown}" is an AWS Local or Wavelength Zone of ${parent.name} (${parent.countries.join(', ')}), whose own country is not in the table.`,
        cause: 'edge-zone',
        parent,
      };
    }
    return { verdict: 'unknown', countries: [], reason: `"${shown}" is not a recognised ${label} location.`, cause: 'unrecognised' };
  }
  if (row.kind === 'global') {
    return { verdict: 'global', countries: [], region: row, reason: `"${shown}" is a ${label} global pseudo-location with no country.` };
  }
  if (row.countries.length === 0) {
    return { verdict: 'unknown', countries: [], region: row, reason: `${describe(row)} is known but its country is not published.`, cause: 'country-unpublished' };
  }
  const allowed = allowedCountries(profile);
  const countries = [...row.countries];
  const outside = countries.filter((c) => !allowed.has(c));
  const where = row.kind === 'region' ? `is in ${countries.join(', ')}` : `spans ${countries.join(', ')}`;
  if (outside.length > 0) {
    const verb = outside.length === 1 ? 'is' : 'are';
    return {
      verdict: 'forbidden',
      countries,
      region: row,
      reason: `${describe(row)} ${where}; ${outside.join(', ')} ${verb} outside the ${profile} profile.`,
    };
  }
  return { verdict: 'allowed', countries, region: row, reason: `${describe(row)} ${where}, inside the ${profile} profile.` };
}
