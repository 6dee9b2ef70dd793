import type { DataLocation, DataLocationFacet, LocationRole } from '../../src/model/facets.js';
import { isControlPlaneArmType } from './knowledge/control-plane.js';
import { ev, field, isObject, list, lower, num, prop, str, type AzRecord, type Got } from './records.js';
import { isSystemDatabase } from './storage.js';
import { at, pairedCopy } from './knowledge/paired-regions.js';

/**
 * Where the data of an Azure resource lives: its `location`, and every copy Azure keeps elsewhere
 * (geo-redundant storage in the paired region, geo-redundant backups, Cosmos DB regions). A copy
 * whose setting is missing from the record is a copy of unknown place, never none.
 */

/** Types that hold configuration of the platform, not customer data: the list the Terraform reader uses for azapi resources. */
export function isControlPlane(type: string): boolean {
  return isControlPlaneArmType(type);
}



/** An enum whose listed values put a copy in the paired region; missing gives a copy of unknown place. */
function geoWhen(g: Got, geo: readonly string[], role: LocationRole, region: string | undefined, what: string): DataLocation[] {
  const v = str(g);
  if (v === undefined) return [at(undefined, role, ev(g, { safe: true, note: `${what} not known: a geo-redundant copy would be in the paired region` }))];
  return geo.some((x) => lower(x) === lower(v)) ? [pairedCopy(region, role, ev(g, { safe: true }))] : [];
}

type Copies = (r: AzRecord, region: string | undefined) => DataLocation[];

/** GRS/GZRS (and read-access forms) keep a copy in the secondary region, which ARM names in `secondaryLocation`. */
const storageCopies: Copies = (r, region) => {
  const secondary = prop(r, 'secondaryLocation');
  if (str(secondary)) return [at(str(secondary), 'secondary', ev(secondary, { safe: true }))];
  const sku = field(r, 'sku.name');
  const s = str(sku);
  if (s === undefined) return [at(undefined, 'secondary', ev(sku, { safe: true, note: 'replication not known: a geo-redundant copy would be in the paired region' }))];
  return /(^|_)(RA)?G(Z)?RS$/i.test(s) ? [pairedCopy(region, 'secondary', ev(sku, { safe: true }))] : [];
};

const sqlDatabaseCopies: Copies = (r, region) => {
  if (isSystemDatabase(r)) return [];
  const current = prop(r, 'currentBackupStorageRedundancy');
  const g = current.found ? current : prop(r, 'requestedBackupStorageRedundancy');
  return geoWhen(g, ['Geo', 'GeoZone'], 'backup', region, 'backup storage redundancy');
};

function enabledBackup(path: string): Copies {
  return (r, region) => geoWhen(prop(r, path), ['Enabled'], 'backup', region, 'geo-redundant backup');
}

/** Cosmos DB: every region of `locations` holds a replica (failover priority 0 is the write region); periodic backups are geo-redundant unless set otherwise. */
const cosmosCopies: Copies = (r, region) => {
  const out: DataLocation[] = [];
  const locs = prop(r, 'locations');
  const items = list(locs);
  if (!items) out.push(at(undefined, 'replica', ev(locs, { note: 'the regions of the account are not known' })));
  else {
    items.forEach((l, i) => {
      if (!isObject(l)) return;
      const name = { ...prop(l, 'locationName'), path: `${locs.path}[${i}].locationName` };
      const priority = num(prop(l, 'failoverPriority'));
      out.push(at(str(name), priority === 0 ? 'primary' : 'replica', ev(name, { safe: true })));
    });
  }
  const mode = prop(r, 'backupPolicy.type');
  if (str(mode) && lower(str(mode)!) === 'continuous') return out;
  if (!str(mode)) return [...out, at(undefined, 'backup', ev(mode, { safe: true, note: 'backup mode not known: periodic backups are geo-redundant by default' }))];
  return [...out, ...geoWhen(prop(r, 'backupPolicy.periodicModeProperties.backupStorageRedundancy'), ['Geo'], 'backup', region, 'backup storage redundancy')];
};

const vaultCopies: Copies = (r, region) => geoWhen(prop(r, 'redundancySettings.standardTierStorageRedundancy'), ['GeoRedundant'], 'secondary', region, 'vault storage redundancy');

const COPIES: Readonly<Record<string, Copies>> = {
  'microsoft.storage/storageaccounts': storageCopies,
  'microsoft.sql/servers/databases': sqlDatabaseCopies,
  'microsoft.dbforpostgresql/flexibleservers': enabledBackup('backup.geoRedundantBackup'),
  'microsoft.dbformysql/flexibleservers': enabledBackup('backup.geoRedundantBackup'),
  'microsoft.dbforpostgresql/servers': enabledBackup('storageProfile.geoRedundantBackup'),
  'microsoft.dbformysql/servers': enabledBackup('storageProfile.geoRedundantBackup'),
  'microsoft.documentdb/databaseaccounts': cosmosCopies,
  'microsoft.recoveryservices/vaults': vaultCopies,
};

/** One entry per place and role (a Cosmos DB write region repeats the account's location). */
function distinct(locations: DataLocation[]): DataLocation[] {
  const seen = new Set<string>();
  return locations.filter((l) => {
    const k = `${l.role}|${l.region?.toLowerCase().replace(/\s+/g, '') ?? `?${l.evidence.path}`}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function dataLocations(r: AzRecord, type: string): DataLocationFacet | undefined {
  if (isControlPlane(type)) return undefined;
  const loc = field(r, 'location');
  const region = str(loc);
  if (region === undefined) return undefined; // no location: nothing placed by this record (subscriptions, some child resources)
  return { locations: distinct([at(region, 'primary', ev(loc, { safe: true })), ...(COPIES[type]?.(r, region) ?? [])]) };
}
