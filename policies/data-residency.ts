import { definePolicy } from '../src/policy/api.js';
import { judgeLocation } from '../src/regions/index.js';
import type { Evidence } from '../src/model/facets.js';

const PROFILE_TEXT = {
  fr: 'France',
  eu: 'the EU/EEA',
  'eu-adequate': 'the EU/EEA or a country with an EU adequacy decision',
} as const;

export default definePolicy({
  meta: {
    id: 'data-residency',
    title: 'Data stays in allowed regions',
    rules: ['CLD-74', 'CL-27', 'CL-28'],
    severity: 'high',
    description:
      'Every resource that stores or processes data, and every copy of its data (replicas, backup copies, geo-redundant pairs, multi-region locations), ' +
      'is in a region of an allowed country: France only (`--residency fr`), the EU/EEA (`eu`), or the EU/EEA plus countries with an EU adequacy decision (`eu-adequate`, the default). ' +
      'Regions are mapped to countries by a table kept in the project with its sources.',
    remediation: {
      aws: 'Set the provider `region` (or the resource `region`) to an allowed region such as `eu-west-3` (Paris); point replication and backup copy destinations at allowed regions.',
      azure: 'Set `location` to an allowed region such as `francecentral`; for geo-redundant storage choose a region whose pair is also allowed.',
      gcp: 'Set `location`/`region` to an allowed region such as `europe-west9` (Paris) or the `EU` multi-region; keep backup locations in allowed regions.',
    },
    fr: {
      remediation: {
        aws: 'Régler la `region` du provider (ou de la ressource) sur une région autorisée comme `eu-west-3` (Paris) ; diriger les destinations de réplication et de copie de sauvegarde vers des régions autorisées.',
        azure: 'Régler `location` sur une région autorisée comme `francecentral` ; pour le stockage géo-redondant, choisir une région dont la région jumelée est aussi autorisée.',
        gcp: 'Régler `location`/`region` sur une région autorisée comme `europe-west9` (Paris) ou la multirégion `EU` ; garder les emplacements de sauvegarde dans des régions autorisées.',
      },
    },
    facets: ['dataLocations'],
  },
  check(resource, { settings }) {
    const d = resource.facets.dataLocations;
    if (!d || d.locations.length === 0) return undefined;
    const profile = settings.residency;
    const bad: string[] = [];
    const unknown: string[] = [];
    const places: string[] = [];
    const evidence: Evidence[] = [];
    for (const loc of d.locations) {
      const j = judgeLocation(resource.provider, loc.region, profile);
      const label = `${loc.role} ${loc.region ?? '(unknown region)'}${j.countries.length ? ` (${j.countries.join('+')})` : ''}`;
      evidence.push(loc.evidence);
      if (j.verdict === 'forbidden') bad.push(label);
      else if (j.verdict === 'global') bad.push(`${loc.role} ${loc.region ?? ''} (global: the data may be stored in any country)`);
      else if (j.verdict === 'unknown') unknown.push(`${loc.role}: ${j.reason.replace(/\.$/, '')}`);
      else places.push(label);
    }
    if (bad.length) {
      return { status: 'fail', message: `Data is stored outside ${PROFILE_TEXT[profile]}: ${bad.join('; ')}.`, evidence };
    }
    if (unknown.length) {
      return {
        status: 'unknown',
        message: `Could not verify where the data is stored: ${unknown.join('; ')}.`,
        evidence,
        settle: 'the region the resource (and each of its copies) is deployed in',
      };
    }
    return { status: 'pass', message: `Data is stored in ${PROFILE_TEXT[profile]}: ${places.join('; ')}.`, evidence };
  },
});
