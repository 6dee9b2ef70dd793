import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import {
  allowedCountries,
  azurePairedRegion,
  judgeLocation,
  lookupRegion,
  REGIONS,
  AZURE_PAIRS,
  type ResidencyProfile,
} from '../src/regions/index.js';
import { ADEQUACY, EEA_NON_EU, EU27 } from '../src/regions/jurisdictions.js';
import type { CloudProvider } from '../src/model/resource.js';

describe('region table', () => {
  it('has canonical lower-case names, ISO alpha-2 countries and no duplicates', () => {
    const seen = new Set<string>();
    for (const r of REGIONS) {
      expect(r.name).toBe(r.name.toLowerCase());
      expect(r.name).toBe(r.name.trim());
      for (const c of r.countries) expect(c).toMatch(/^[A-Z]{2}$/);
      expect(r.source.length).toBeGreaterThan(0);
      if (r.kind === 'global') expect(r.countries).toEqual([]);
      const key = `${r.provider}/${r.name}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    }
  });

  it('covers the major regions of each provider', () => {
    const count = (p: CloudProvider) => REGIONS.filter((r) => r.provider === p && r.kind === 'region').length;
    expect(count('aws')).toBeGreaterThanOrEqual(45);
    expect(count('azure')).toBeGreaterThanOrEqual(70);
    expect(count('gcp')).toBeGreaterThanOrEqual(43);
  });

  it('pairs only known Azure regions', () => {
    for (const [from, to] of Object.entries(AZURE_PAIRS)) {
      expect(lookupRegion('azure', from)?.name, from).toBe(from);
      expect(lookupRegion('azure', to)?.name, to).toBe(to);
    }
  });

  it('is frozen', () => {
    const row = lookupRegion('aws', 'eu-west-3')!;
    expect(Object.isFrozen(row)).toBe(true);
    expect(Object.isFrozen(row.countries)).toBe(true);
  });
});

describe('lookupRegion', () => {
  it('finds canonical names', () => {
    expect(lookupRegion('aws', 'eu-west-3')?.countries).toEqual(['FR']);
    expect(lookupRegion('azure', 'francecentral')?.countries).toEqual(['FR']);
    expect(lookupRegion('gcp', 'europe-west9')?.countries).toEqual(['FR']);
  });

  it('is case-insensitive and trims', () => {
    expect(lookupRegion('gcp', 'EUROPE-WEST9')?.name).toBe('europe-west9');
    expect(lookupRegion('gcp', 'EU')?.name).toBe('eu');
    expect(lookupRegion('gcp', 'EUR4')?.name).toBe('eur4');
    expect(lookupRegion('aws', ' EU-WEST-3 ')?.name).toBe('eu-west-3');
    expect(lookupRegion('azure', 'FranceCentral')?.name).toBe('francecentral');
  });

  it('accepts Azure display names and names with spaces', () => {
    expect(lookupRegion('azure', 'France Central')?.name).toBe('francecentral');
    expect(lookupRegion('azure', 'West Europe')?.name).toBe('westeurope');
    expect(lookupRegion('azure', 'East US 2')?.name).toBe('eastus2');
    expect(lookupRegion('azure', 'germany west central')?.name).toBe('germanywestcentral');
    expect(lookupRegion('azure', '(Europe) North Europe')?.name).toBe('northeurope');
    expect(lookupRegion('azure', 'United Kingdom')?.name).toBe('uk');
  });

  it('strips AWS availability zones', () => {
    expect(lookupRegion('aws', 'eu-west-3a')?.name).toBe('eu-west-3');
    expect(lookupRegion('aws', 'us-east-1c')?.name).toBe('us-east-1');
    expect(lookupRegion('aws', 'us-gov-west-1b')?.name).toBe('us-gov-west-1');
    expect(lookupRegion('aws', 'EU-CENTRAL-1B')?.name).toBe('eu-central-1');
  });

  it('strips GCP zones', () => {
    expect(lookupRegion('gcp', 'europe-west1-b')?.name).toBe('europe-west1');
    expect(lookupRegion('gcp', 'US-CENTRAL1-C')?.name).toBe('us-central1');
    expect(lookupRegion('gcp', 'u-france-east1-a')?.name).toBe('u-france-east1');
  });

  it('does not strip zones from multi-regions or across providers', () => {
    expect(lookupRegion('gcp', 'eu-b')).toBeUndefined();
    expect(lookupRegion('aws', 'europe-west1-b')).toBeUndefined();
    expect(lookupRegion('azure', 'eu-west-3')).toBeUndefined();
  });

  it('maps AWS zone placeholders to undefined', () => {
    expect(lookupRegion('aws', 'Regional')).toBeUndefined();
    expect(lookupRegion('aws', 'Not Applicable')).toBeUndefined();
    expect(lookupRegion('aws', 'Multiple Availability Zones')).toBeUndefined();
  });

  it('does not guess the country of AWS Local and Wavelength Zones', () => {
    expect(lookupRegion('aws', 'us-east-1-bue-1a')).toBeUndefined();
    expect(lookupRegion('aws', 'eu-central-1-ham-1a')).toBeUndefined();
    expect(lookupRegion('aws', 'us-east-1-wl1-bos-wlz-1')).toBeUndefined();
  });

  it('knows the legacy S3 location constraint EU', () => {
    expect(lookupRegion('aws', 'EU')?.name).toBe('eu-west-1');
  });

  it('returns undefined for unknown and empty input', () => {
    expect(lookupRegion('aws', 'mars-north-1')).toBeUndefined();
    expect(lookupRegion('gcp', '')).toBeUndefined();
    expect(lookupRegion('azure', '   ')).toBeUndefined();
    expect(lookupRegion('azure', 'constructor')).toBeUndefined();
    expect(lookupRegion('azure', '__proto__')).toBeUndefined();
  });
});

describe('allowedCountries', () => {
  it('builds the three profiles', () => {
    expect([...allowedCountries('fr')]).toEqual(['FR']);
    const eu = allowedCountries('eu');
    expect(eu.size).toBe(30);
    for (const c of [...EU27, ...EEA_NON_EU]) expect(eu.has(c)).toBe(true);
    expect(eu.has('GB')).toBe(false);
    expect(eu.has('CH')).toBe(false);
    const adequate = allowedCountries('eu-adequate');
    expect(adequate.size).toBe(30 + ADEQUACY.length);
    for (const c of ['GB', 'CH', 'JP', 'KR', 'CA', 'IL', 'NZ', 'UY', 'AR', 'AD', 'FO', 'GG', 'IM', 'JE']) {
      expect(adequate.has(c), c).toBe(true);
    }
    expect(adequate.has('US')).toBe(false);
    expect(EU27.length).toBe(27);
  });
});

describe('judgeLocation', () => {
  const verdict = (p: CloudProvider, l: string | undefined, profile: ResidencyProfile) =>
    judgeLocation(p, l, profile).verdict;

  it('judges single regions', () => {
    expect(verdict('aws', 'eu-west-3', 'fr')).toBe('allowed');
    expect(verdict('aws', 'eu-west-1', 'fr')).toBe('forbidden');
    expect(verdict('aws', 'eu-west-1', 'eu')).toBe('allowed');
    expect(verdict('aws', 'eu-west-2', 'eu')).toBe('forbidden');
    expect(verdict('aws', 'eu-west-2', 'eu-adequate')).toBe('allowed');
    expect(verdict('aws', 'us-east-1', 'eu-adequate')).toBe('forbidden');
    expect(verdict('azure', 'France Central', 'fr')).toBe('allowed');
    expect(verdict('azure', 'norwayeast', 'eu')).toBe('allowed');
    expect(verdict('azure', 'switzerlandnorth', 'eu')).toBe('forbidden');
    expect(verdict('gcp', 'EUROPE-WEST9', 'fr')).toBe('allowed');
    expect(verdict('gcp', 'europe-west1-b', 'eu')).toBe('allowed');
  });

  it('judges dual-regions by every country', () => {
    const eur5 = judgeLocation('gcp', 'EUR5', 'eu');
    expect(eur5.verdict).toBe('forbidden');
    expect(eur5.countries).toEqual(['BE', 'GB']);
    expect(eur5.reason).toContain('GB');
    expect(eur5.reason).toContain('eu');
    expect(verdict('gcp', 'EUR5', 'eu-adequate')).toBe('allowed');
    expect(verdict('gcp', 'EUR4', 'eu')).toBe('allowed');
    expect(verdict('gcp', 'EUR4', 'fr')).toBe('forbidden');
    expect(verdict('gcp', 'EUR7', 'eu')).toBe('forbidden');
    expect(verdict('gcp', 'EUR8', 'eu-adequate')).toBe('allowed');
    expect(verdict('gcp', 'ASIA1', 'eu-adequate')).toBe('allowed');
    expect(verdict('gcp', 'NAM4', 'eu-adequate')).toBe('forbidden');
  });

  it('judges multi-regions', () => {
    expect(verdict('gcp', 'EU', 'eu')).toBe('allowed');
    expect(verdict('gcp', 'EU', 'fr')).toBe('forbidden');
    expect(verdict('gcp', 'US', 'eu-adequate')).toBe('forbidden');
    expect(verdict('gcp', 'ASIA', 'eu-adequate')).toBe('forbidden');
    expect(verdict('gcp', 'eur3', 'eu')).toBe('allowed');
    expect(verdict('azure', 'Europe', 'eu')).toBe('allowed');
    expect(verdict('azure', 'Europe', 'fr')).toBe('forbidden');
  });

  it('reports global pseudo-locations', () => {
    for (const [p, l] of [
      ['aws', 'global'],
      ['aws', 'aws-global'],
      ['azure', 'global'],
      ['azure', 'Global'],
      ['gcp', 'global'],
    ] as const) {
      const j = judgeLocation(p, l, 'fr');
      expect(j.verdict, `${p}/${l}`).toBe('global');
      expect(j.countries).toEqual([]);
    }
  });

  it('reports unknown locations with the reason', () => {
    const none = judgeLocation('aws', undefined, 'eu');
    expect(none.verdict).toBe('unknown');
    expect(none.reason).toMatch(/not known/);
    const blank = judgeLocation('gcp', '  ', 'eu');
    expect(blank.verdict).toBe('unknown');
    const bogus = judgeLocation('azure', 'atlantis', 'eu');
    expect(bogus.verdict).toBe('unknown');
    expect(bogus.reason).toContain('atlantis');
    expect(bogus.reason).toMatch(/not a recognised Azure location/);
    const placeholder = judgeLocation('aws', 'Multiple Availability Zones', 'eu');
    expect(placeholder.verdict).toBe('unknown');
    expect(placeholder.reason).toMatch(/placeholder/);
    const local = judgeLocation('aws', 'us-east-1-bue-1a', 'eu-adequate');
    expect(local.verdict).toBe('unknown');
    expect(local.reason).toMatch(/Local or Wavelength Zone of us-east-1/);
    const noCountry = judgeLocation('aws', 'eu-isoe-west-1', 'eu');
    expect(noCountry.verdict).toBe('unknown');
    expect(noCountry.region?.name).toBe('eu-isoe-west-1');
    expect(noCountry.reason).toMatch(/not published/);
  });

  it('writes one sentence naming the countries', () => {
    const ok = judgeLocation('aws', 'eu-west-3a', 'fr');
    expect(ok.verdict).toBe('allowed');
    expect(ok.region?.name).toBe('eu-west-3');
    expect(ok.reason).toBe('AWS region eu-west-3 is in FR, inside the fr profile.');
    const ko = judgeLocation('azure', 'brazilsouth', 'eu-adequate');
    expect(ko.reason).toBe('Azure region brazilsouth is in BR; BR is outside the eu-adequate profile.');
  });

  it('judges each location once, and no caller can change a judgement or the table', () => {
    const j = judgeLocation('gcp', 'eur5', 'eu');
    expect(judgeLocation('gcp', 'eur5', 'eu')).toBe(j);
    expect(judgeLocation('gcp', 'eur5', 'fr')).not.toBe(j);
    expect(() => (j.countries as string[]).push('XX')).toThrow(TypeError);
    expect(() => Object.assign(j, { verdict: 'allowed' })).toThrow(TypeError);
    expect(judgeLocation('gcp', 'eur5', 'eu').countries).toEqual(['BE', 'GB']);
    expect(lookupRegion('gcp', 'eur5')?.countries).toEqual(['BE', 'GB']);
  });
});

describe('azurePairedRegion', () => {
  it('returns the GRS secondary', () => {
    expect(azurePairedRegion('francecentral')).toBe('francesouth');
    expect(azurePairedRegion('France Central')).toBe('francesouth');
    expect(azurePairedRegion('westeurope')).toBe('northeurope');
    expect(azurePairedRegion('northeurope')).toBe('westeurope');
    expect(azurePairedRegion('germanywestcentral')).toBe('germanynorth');
    expect(azurePairedRegion('swedencentral')).toBe('swedensouth');
    expect(azurePairedRegion('westus3')).toBe('eastus');
  });

  it('crosses borders where Azure does', () => {
    const secondary = azurePairedRegion('brazilsouth');
    expect(secondary).toBe('southcentralus');
    expect(judgeLocation('azure', secondary, 'eu-adequate').verdict).toBe('forbidden');
  });

  it('is undefined for unpaired and unknown regions', () => {
    expect(azurePairedRegion('polandcentral')).toBeUndefined();
    expect(azurePairedRegion('italynorth')).toBeUndefined();
    expect(azurePairedRegion('global')).toBeUndefined();
    expect(azurePairedRegion('nowhere')).toBeUndefined();
    expect(azurePairedRegion('constructor')).toBeUndefined();
  });
});

/** Minimal RFC 4180 parser: quoted fields, doubled quotes, commas inside quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      field = '';
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
    } else field += ch;
  }
  row.push(field);
  if (row.some((f) => f !== '')) rows.push(row);
  return rows;
}

const CSV_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/corpus/regions.csv');

/**
 * Rows of regions.csv on which the table deliberately differs, with the reason.
 * Key: `provider/region`. Empty: no non-ambiguous row was found wrong (2025-11).
 */
const CSV_DISAGREEMENTS: Readonly<Record<string, string>> = {};

const HAS_CSV = existsSync(CSV_PATH);
if (!HAS_CSV) console.info(`regions.csv not found at ${CSV_PATH}: the corpus cross-check is skipped.`);

describe.runIf(HAS_CSV)('shared/corpus/regions.csv (opt-in)', () => {
  // Read only when present: a skipped describe still runs its body to collect tests.
  const [header, ...rows] = HAS_CSV ? parseCsv(readFileSync(CSV_PATH, 'utf8')) : [];

  it('has the expected columns', () => {
    expect(header).toEqual(['provider', 'region', 'country_iso2', 'display_name', 'source']);
  });

  it('agrees with every non-ambiguous row', () => {
    const mismatches: string[] = [];
    let checked = 0;
    for (const [provider, region, country] of rows) {
      if (provider === undefined || region === undefined || !country) continue; // ambiguous rows have no country
      const key = `${provider}/${region}`;
      if (Object.hasOwn(CSV_DISAGREEMENTS, key)) continue;
      checked++;
      const row = lookupRegion(provider as CloudProvider, region);
      if (row === undefined) mismatches.push(`${key}: missing from the table`);
      else if (row.name !== region.toLowerCase()) mismatches.push(`${key}: resolves to ${row.name}`);
      else if (row.countries.length !== 1 || row.countries[0] !== country) {
        mismatches.push(`${key}: CSV ${country}, table ${row.countries.join('+') || '(none)'}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThan(150);
  });

  it('recognises the ambiguous rows that name a location', () => {
    for (const [provider, region, country] of rows) {
      if (provider === undefined || region === undefined || country || region.startsWith('(')) continue;
      expect(lookupRegion(provider as CloudProvider, region), `${provider}/${region}`).toBeDefined();
    }
  });

  it('lists disagreements only for rows that exist', () => {
    const keys = new Set(rows.map(([p, r]) => `${p}/${r}`));
    for (const key of Object.keys(CSV_DISAGREEMENTS)) expect(keys.has(key), key).toBe(true);
  });
});
