import type { DataLocation, DataLocationFacet, LocationRole } from '../../../src/model/facets.js';
import type { BuildContext, BuilderTable } from '../../terraform/builder-types.js';
import type { Links } from '../../terraform/links.js';
import { configured, blocks, type TfResource } from '../../terraform/tf-resource.js';
import { isControlPlaneArmType } from '../knowledge/control-plane.js';
import { hasParent, locationOf } from './parents.js';
import { ev, evFrom, knownString, read, readBool } from './values.js';
import { at, pairedCopy } from '../knowledge/paired-regions.js';

/**
 * Types that hold configuration of the platform, not customer data: access control, policy,
 * network plumbing (traffic passes through, nothing is kept), DNS (global), monitoring wiring,
 * identities. Resource groups are kept: Azure stores the metadata of their resources in the
 * group's location, which Microsoft names as a compliance concern.
 */
const CONTROL_PLANE: readonly RegExp[] = [
  /^azurerm_(role|policy|management|resource_policy|resource_group_policy|subscription_policy|management_group_policy|resource_provider)_/,
  /^azurerm_(network_security|application_security_group|virtual_network|subnet|route|nat_gateway|public_ip|network_interface|network_profile|lb|private_endpoint|private_link_service|network_watcher|ddos|express_route|local_network_gateway|vpn|virtual_hub|virtual_wan|network_manager|ip_group)/,
  /_firewall_policy(_rule_collection_group)?$/,
  /^azurerm_(dns|private_dns)_/,
  /^azurerm_monitor_(action_group|autoscale_setting|metric_alert|activity_log_alert|scheduled_query_rules|alert_prometheus_rule_group|diagnostic_setting|smart_detector_alert_rule|data_collection_rule_association)/,
  /^azurerm_(user_assigned_identity|federated_identity_credential|ssh_public_key|proximity_placement_group|availability_set|maintenance_|dev_test_global_vm_shutdown_schedule|security_center_|advisor_|consumption_budget|cost_)/,
  /_association$/,
  /_firewall_rule$/,
  /_virtual_network_rule$/,
];

function isControlPlane(r: TfResource): boolean {
  // azapi resources name their ARM type: the list shared with the live reader decides.
  if (r.type.startsWith('azapi_')) {
    const armType = knownString(r, 'type');
    return armType !== undefined && isControlPlaneArmType(armType);
  }
  return CONTROL_PLANE.some((re) => re.test(r.type));
}



type Copies = (r: TfResource, region: string | undefined, links: Links) => DataLocation[];

/**
 * An enum attribute whose listed values mean a copy in the paired region. Unset, or unknown only
 * because the service computes it, means `defaultValue`; otherwise unknown gives a copy of unknown place.
 */
function pairedWhen(path: string, geoValues: readonly string[], role: LocationRole, defaultValue?: string): Copies {
  return (r, region) => {
    const a = read(r, path);
    let value: string | undefined;
    if (a.state === 'known') value = String(a.value);
    else if (a.state === 'unset' || (defaultValue !== undefined && configured(r, path) === 'no')) value = defaultValue;
    else return [at(undefined, role, ev(r, a, { safe: true, note: 'redundancy not known: a geo-redundant copy would be in the paired region' }))];
    if (value === undefined || !geoValues.some((g) => g.toLowerCase() === value.toLowerCase())) return [];
    return [pairedCopy(region, role, ev(r, a, { safe: true, ...(a.state === 'known' ? {} : { note: `defaults to ${value}` }) }))];
  };
}

/** Geo-redundant backup flag (default false on every server type that has it). */
const geoBackup: Copies = (r, region) => {
  const geo = readBool(r, 'geo_redundant_backup_enabled', false, false);
  if (geo.truth === 'no') return [];
  if (geo.truth === 'unknown') return [at(undefined, 'backup', ev(r, geo.attr, { note: 'geo-redundant backups would be in the paired region' }))];
  return [pairedCopy(region, 'backup', ev(r, geo.attr))];
};

const cosmosCopies: Copies = (r, region, links) => {
  const out: DataLocation[] = [];
  const geo = blocks(r, 'geo_location');
  if (geo === 'unknown') out.push(at(undefined, 'replica', ev(r, 'geo_location')));
  else {
    geo.forEach((_, i) => {
      const loc = read(r, `geo_location[${i}].location`);
      const priority = read(r, `geo_location[${i}].failover_priority`);
      const role: LocationRole = priority.state === 'known' && priority.value === 0 ? 'primary' : 'replica';
      out.push(at(loc.state === 'known' ? String(loc.value) : undefined, role, ev(r, loc, { safe: true })));
    });
  }
  // Periodic backup (the default mode) keeps copies in geo-redundant storage unless storage_redundancy says Local or Zone.
  const mode = read(r, 'backup[0].type');
  if (mode.state === 'known' && mode.value === 'Continuous') return out;
  if (mode.state === 'unknown' && configured(r, 'backup') !== 'no') return [...out, at(undefined, 'backup', ev(r, mode))];
  return [...out, ...pairedWhen('backup[0].storage_redundancy', ['Geo'], 'backup', 'Geo')(r, region, links)];
};

const failoverGroupCopies: Copies = (r, _region, links) => {
  const partners = blocks(r, 'partner_server');
  if (partners === 'unknown') return [at(undefined, 'replica', ev(r, 'partner_server'))];
  return partners.map((_, i) => {
    const server = links.targets(r, `partner_server[${i}].id`, ['azurerm_mssql_server'])[0];
    if (server) return at(knownString(server, 'location'), 'replica', evFrom(server, 'location', { safe: true }));
    const loc = read(r, `partner_server[${i}].location`);
    return at(loc.state === 'known' ? String(loc.value) : undefined, 'replica', ev(r, `partner_server[${i}].id`, { note: 'partner server not in the plan' }));
  });
};

const COPIES: Readonly<Record<string, Copies>> = {
  // GRS/GZRS (and their read-access forms) replicate to the paired region.
  azurerm_storage_account: pairedWhen('account_replication_type', ['GRS', 'RAGRS', 'GZRS', 'RAGZRS'], 'secondary'),
  // Backup storage redundancy defaults to Geo (azurerm 3.x/4.x `storage_account_type`).
  azurerm_mssql_database: pairedWhen('storage_account_type', ['Geo', 'GeoZone', 'GRS'], 'backup', 'Geo'),
  azurerm_postgresql_flexible_server: geoBackup,
  azurerm_mysql_flexible_server: geoBackup,
  azurerm_postgresql_server: geoBackup,
  azurerm_mysql_server: geoBackup,
  azurerm_cosmosdb_account: cosmosCopies,
  azurerm_mssql_failover_group: failoverGroupCopies,
  // Vaults are geo-redundant unless storage_mode_type says LocallyRedundant or ZoneRedundant (default GeoRedundant).
  azurerm_recovery_services_vault: pairedWhen('storage_mode_type', ['GeoRedundant'], 'secondary', 'GeoRedundant'),
};

/** One entry per place and role (a Cosmos DB write region repeats the account's location). */
function distinct(list: DataLocation[]): DataLocation[] {
  const seen = new Set<string>();
  return list.filter((l) => {
    const key = `${l.role}|${l.region?.toLowerCase().replace(/\s+/g, '') ?? `?${l.evidence.path}`}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function dataLocations(r: TfResource, { links }: BuildContext): DataLocationFacet | undefined {
  // Entra ID objects (azuread_*) live in the tenant's directory, not in a region the plan sets.
  if (r.type.startsWith('azuread_')) return undefined;
  const { region, parent } = locationOf(r, links);
  if (isControlPlane(r)) return undefined;
  const ownsLocation = read(r, 'location').state !== 'unset';
  if (!ownsLocation && !hasParent(r.type)) return undefined;
  const primary = parent
    ? evFrom(parent, 'location', { safe: true })
    : ownsLocation
      ? ev(r, 'location', { safe: true })
      : { path: 'location', note: 'the parent resource is not in the plan' };
  return { locations: distinct([at(region, 'primary', primary), ...(COPIES[r.type]?.(r, region, links) ?? [])]) };
}

export const LOCATIONS: BuilderTable = { dataLocations: { '*': dataLocations } };
