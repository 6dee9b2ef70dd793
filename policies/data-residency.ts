import { definePolicy, type MessageRef } from '../src/policy/api.js';
import { judgeLocation, type LocationJudgement } from '../src/regions/index.js';
import type { Evidence } from '../src/model/facets.js';

const PROFILE_MESSAGE = {
  fr: { inside: 'inFrance', outside: 'outsideFrance' },
  eu: { inside: 'inEu', outside: 'outsideEu' },
  'eu-adequate': { inside: 'inEuAdequate', outside: 'outsideEuAdequate' },
} as const;

const UNKNOWN_MESSAGE: Record<NonNullable<LocationJudgement['cause']>, string> = {
  'no-location': 'causeNoLocation',
  'zone-placeholder': 'causeZonePlaceholder',
  'edge-zone': 'causeEdgeZone',
  unrecognised: 'causeUnrecognised',
  'country-unpublished': 'causeCountryUnpublished',
};

export default definePolicy({
  meta: {
    id: 'data-residency',
    title: { en: 'Data stays in allowed regions', fr: 'Les données restent dans les régions autorisées' },
    rules: ['CLD-74', 'CL-27', 'CL-28'],
    severity: 'high',
    description: {
      en:
        'Every resource that stores or processes data, and every copy of its data (replicas, backup copies, geo-redundant pairs, multi-region locations), ' +
        'is in a region of an allowed country: France only (`--residency fr`), the EU/EEA (`eu`), or the EU/EEA plus countries with an EU adequacy decision (`eu-adequate`, the default). ' +
        'Regions are mapped to countries by a table kept in the project with its sources.',
      fr:
        'Chaque ressource qui stocke ou traite des données, et chaque copie de ses données (réplicas, copies de sauvegarde, paires géo-redondantes, emplacements multirégions), ' +
        'est dans une région d\'un pays autorisé : la France seule (`--residency fr`), l\'UE/EEE (`eu`), ou l\'UE/EEE et les pays bénéficiant d\'une décision d\'adéquation (`eu-adequate`, par défaut). ' +
        'Les régions sont rattachées aux pays par une table tenue dans le projet avec ses sources.',
    },
    messages: {
      outside: { en: 'Data is stored {{profile}}: {{places}}.', fr: 'Des données sont stockées {{profile}} : {{places}}.' },
      unverified: { en: 'Could not verify where the data is stored: {{causes}}.', fr: 'Impossible de vérifier où les données sont stockées : {{causes}}.' },
      inside: { en: 'Data is stored {{profile}}: {{places}}.', fr: 'Les données sont stockées {{profile}} : {{places}}.' },
      place: { en: '{{role}} {{region}}{{countries}}', fr: '{{role}} {{region}}{{countries}}' },
      globalPlace: { en: '{{role}} {{region}} (global: the data may be stored in any country)', fr: '{{role}} {{region}} (global : les données peuvent être stockées dans n\'importe quel pays)' },
      unknownPlace: { en: '{{role}}: {{cause}}', fr: '{{role}} : {{cause}}' },
      rolePrimary: { en: 'primary', fr: 'principal' },
      roleReplica: { en: 'replica', fr: 'réplica' },
      roleBackup: { en: 'backup', fr: 'sauvegarde' },
      roleSecondary: { en: 'secondary', fr: 'secondaire' },
      inFrance: { en: 'in France', fr: 'en France' },
      outsideFrance: { en: 'outside France', fr: 'hors de France' },
      inEu: { en: 'in the EU/EEA', fr: 'dans l\'UE/EEE' },
      outsideEu: { en: 'outside the EU/EEA', fr: 'hors de l\'UE/EEE' },
      inEuAdequate: { en: 'in the EU/EEA or a country with an EU adequacy decision', fr: 'dans l\'UE/EEE ou un pays bénéficiant d\'une décision d\'adéquation de l\'UE' },
      outsideEuAdequate: { en: 'outside the EU/EEA and the countries with an EU adequacy decision', fr: 'hors de l\'UE/EEE et des pays bénéficiant d\'une décision d\'adéquation de l\'UE' },
      causeNoLocation: { en: 'the location is not known', fr: 'l\'emplacement n\'est pas connu' },
      causeZonePlaceholder: { en: '"{{location}}" is an availability-zone placeholder that names no region', fr: '« {{location}} » est un nom générique de zone de disponibilité qui ne désigne aucune région' },
      causeEdgeZone: {
        en: '"{{location}}" is an AWS Local or Wavelength Zone of {{parent}}, whose own country is not in the table',
        fr: '« {{location}} » est une Local ou Wavelength Zone AWS rattachée à {{parent}}, dont le pays n\'est pas dans la table',
      },
      causeUnrecognised: { en: '"{{location}}" is not a recognised location', fr: '« {{location}} » n\'est pas un emplacement reconnu' },
      causeCountryUnpublished: { en: '"{{location}}" is known but its country is not published', fr: '« {{location}} » est connu mais son pays n\'est pas publié' },
      settleRegion: { en: 'the region the resource (and each of its copies) is deployed in', fr: 'la région où la ressource (et chacune de ses copies) est déployée' },
    },
    remediation: {
      aws: {
        terraform: {
          en: 'Set the provider `region` (or the resource `region`) to an allowed region such as `eu-west-3` (Paris); point replication and backup copy destinations at allowed regions.',
          fr: 'Régler la `region` du provider (ou de la ressource) sur une région autorisée comme `eu-west-3` (Paris) ; diriger les destinations de réplication et de copie de sauvegarde vers des régions autorisées.',
        },
        live: {
          en: 'Data cannot move region in place: recreate the store in an allowed region (`eu-west-3`, Paris) from a snapshot or backup copied there, then delete the old one; remove replication rules and backup copy actions aimed at other regions; deny other regions with an SCP on `aws:RequestedRegion`.',
          fr: 'Les données ne changent pas de région sur place : recréer le stockage dans une région autorisée (`eu-west-3`, Paris) depuis un instantané ou une sauvegarde copiée là, puis supprimer l\'ancien ; retirer les règles de réplication et les copies de sauvegarde vers d\'autres régions ; interdire les autres régions par une SCP sur `aws:RequestedRegion`.',
        },
      },
      azure: {
        terraform: {
          en: 'Set `location` to an allowed region such as `francecentral`; for geo-redundant storage choose a region whose pair is also allowed.',
          fr: 'Régler `location` sur une région autorisée comme `francecentral` ; pour le stockage géo-redondant, choisir une région dont la région jumelée est aussi autorisée.',
        },
        live: {
          en: 'Move the resource with Azure Resource Mover or recreate it in an allowed region (`francecentral`); switch geo-redundant storage to a redundancy whose copies stay in allowed regions (`az storage account update --sku Standard_ZRS`); enforce the "Allowed locations" Azure Policy on the subscription.',
          fr: 'Déplacer la ressource avec Azure Resource Mover ou la recréer dans une région autorisée (`francecentral`) ; passer le stockage géo-redondant à une redondance dont les copies restent dans des régions autorisées (`az storage account update --sku Standard_ZRS`) ; imposer la stratégie Azure « Emplacements autorisés » sur l\'abonnement.',
        },
      },
      gcp: {
        terraform: {
          en: 'Set `location`/`region` to an allowed region such as `europe-west9` (Paris) or the `EU` multi-region; keep backup locations in allowed regions.',
          fr: 'Régler `location`/`region` sur une région autorisée comme `europe-west9` (Paris) ou la multirégion `EU` ; garder les emplacements de sauvegarde dans des régions autorisées.',
        },
        live: {
          en: 'Recreate the resource in an allowed location (`europe-west9`, Paris, or `EU`) and copy the data there (`gcloud storage cp -r`, a Cloud SQL backup restored there); set backup locations to allowed regions; enforce the `gcp.resourceLocations` organisation policy.',
          fr: 'Recréer la ressource dans un emplacement autorisé (`europe-west9`, Paris, ou `EU`) et y copier les données (`gcloud storage cp -r`, une sauvegarde Cloud SQL restaurée là) ; régler les emplacements de sauvegarde sur des régions autorisées ; imposer la règle d\'administration `gcp.resourceLocations`.',
        },
      },
    },
    facets: ['dataLocations'],
  },
  check(resource, { settings }) {
    const d = resource.facets.dataLocations;
    if (!d || d.locations.length === 0) return undefined;
    const profile = PROFILE_MESSAGE[settings.residency];
    const bad: MessageRef[] = [];
    const unknown: MessageRef[] = [];
    const places: MessageRef[] = [];
    const evidence: Evidence[] = [];
    for (const loc of d.locations) {
      const j = judgeLocation(resource.provider, loc.region, settings.residency);
      const role = { messageId: `role${loc.role.charAt(0).toUpperCase()}${loc.role.slice(1)}` };
      const region = loc.region ?? '';
      evidence.push(loc.evidence);
      if (j.verdict === 'global') bad.push({ messageId: 'globalPlace', data: { role, region } });
      else if (j.verdict === 'unknown') {
        const parent = j.parent ? { parent: `${j.parent.name} (${j.parent.countries.join('+')})` } : {};
        unknown.push({ messageId: 'unknownPlace', data: { role, cause: { messageId: UNKNOWN_MESSAGE[j.cause ?? 'unrecognised'], data: { location: region, ...parent } } } });
      }
      else {
        const place = { messageId: 'place', data: { role, region, countries: j.countries.length ? ` (${j.countries.join('+')})` : '' } };
        (j.verdict === 'forbidden' ? bad : places).push(place);
      }
    }
    if (bad.length) return { status: 'fail', messageId: 'outside', data: { profile: { messageId: profile.outside }, places: bad }, evidence };
    if (unknown.length) return { status: 'unknown', messageId: 'unverified', data: { causes: unknown }, evidence, settle: { messageId: 'settleRegion' } };
    return { status: 'pass', messageId: 'inside', data: { profile: { messageId: profile.inside }, places }, evidence };
  },
});
