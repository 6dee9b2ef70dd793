import { describe, expect, it } from 'vitest';
import dataResidency from '../policies/data-residency.js';
import type { DataLocation } from '../src/model/facets.js';
import { renderResult } from '../src/policy/messages.js';
import { RuleTester, runPolicy, testResource } from '../src/policy/tester.js';

/** The data-residency policy on each kind of location: allowed, forbidden, global, and the reasons a location stays unknown. */
const at = (...locations: Array<[DataLocation['role'], string | undefined]>) => ({
  facets: { dataLocations: { locations: locations.map(([role, region]) => ({ role, region, evidence: { path: 'region', value: region ?? null } })) } },
});
const role = (r: string) => ({ messageId: `role${r.charAt(0).toUpperCase()}${r.slice(1)}` });
const unknownPlace = (r: string, cause: string, data: Record<string, string>) => ({ messageId: 'unknownPlace', data: { role: role(r), cause: { messageId: cause, data } } });

RuleTester.describe = describe;
RuleTester.it = it;

new RuleTester().run(dataResidency, {
  pass: [
    { resource: at(['primary', 'eu-west-3']), messageId: 'inside', data: { profile: { messageId: 'inEuAdequate' }, places: [{ messageId: 'place', data: { role: role('primary'), region: 'eu-west-3', countries: ' (FR)' } }] } },
    { resource: at(['primary', 'eu-west-3']), settings: { residency: 'fr' }, messageId: 'inside', data: { profile: { messageId: 'inFrance' } } },
  ],
  fail: [
    {
      resource: at(['primary', 'eu-west-3'], ['replica', 'us-east-1']),
      messageId: 'outside',
      data: { profile: { messageId: 'outsideEuAdequate' }, places: [{ messageId: 'place', data: { role: role('replica'), region: 'us-east-1', countries: ' (US)' } }] },
    },
    { resource: at(['backup', 'eu-central-1']), settings: { residency: 'fr' }, messageId: 'outside', data: { profile: { messageId: 'outsideFrance' } } },
    { resource: { provider: 'gcp', ...at(['primary', 'global']) }, messageId: 'outside', data: { places: [{ messageId: 'globalPlace', data: { role: role('primary'), region: 'global' } }] } },
  ],
  unknown: [
    { resource: at(['primary', undefined]), messageId: 'unverified', data: { causes: [unknownPlace('primary', 'causeNoLocation', { location: '' })] } },
    { resource: at(['primary', 'Multiple Availability Zones']), messageId: 'unverified', data: { causes: [unknownPlace('primary', 'causeZonePlaceholder', { location: 'Multiple Availability Zones' })] } },
    { resource: at(['primary', 'mars-north-1']), messageId: 'unverified', data: { causes: [unknownPlace('primary', 'causeUnrecognised', { location: 'mars-north-1' })] } },
    // A Local Zone is named after its parent region, but may be in another country: the parent is a clue, given with its country.
    { resource: at(['replica', 'eu-central-1-ham-1a']), messageId: 'unverified', data: { causes: [unknownPlace('replica', 'causeEdgeZone', { location: 'eu-central-1-ham-1a', parent: 'eu-central-1 (DE)' })] } },
  ],
  notApplicable: [{ resource: { facets: {} } }, { resource: at() }],
});

describe('data-residency messages', () => {
  it('names the parent region of a Local Zone in English and French', () => {
    const resource = testResource(at(['replica', 'eu-central-1-ham-1a']));
    const result = runPolicy(dataResidency, [resource]).get(resource.id)!;
    expect(renderResult(dataResidency.meta, result, 'en')).toContain('"eu-central-1-ham-1a" is an AWS Local or Wavelength Zone of eu-central-1 (DE)');
    expect(renderResult(dataResidency.meta, result, 'fr')).toContain('« eu-central-1-ham-1a » est une Local ou Wavelength Zone AWS rattachée à eu-central-1 (DE)');
  });
});
