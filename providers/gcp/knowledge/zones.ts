/** Zones, regions and multi-regions as Google names them, for plans and inventories alike. */

/** A zone name: its region (`europe-west9`) and a letter. */
const ZONE = /^([a-z]+(?:-[a-z]+)*\d+)-[a-z]$/;

/** `europe-west9-a` or `…/zones/europe-west9-a`: a zone, not a region. For plans and inventories alike. */
export const isZone = (location: string) => ZONE.test(location.replace(/^.*\/zones\//, ''));

/** Multi-region Cloud SQL picks for backups when `backup_configuration.location` is unset: the one closest to the instance. */
export function closestMultiRegion(region: string): string | undefined {
  if (region.startsWith('europe-')) return 'EU';
  if (region.startsWith('us-')) return 'US';
  if (region.startsWith('asia-')) return 'ASIA';
  // Other regions (northamerica-, southamerica-, me-, africa-, australia-, sovereign ones): no published mapping.
  return undefined;
}

/** GCP zone → region (`europe-west9-b` → `europe-west9`, also as `projects/p/zones/europe-west9-b`); other names unchanged. */
export function zoneToRegion(location: string): string {
  const name = location.trim().replace(/^.*\/(zones|regions|locations)\//, '');
  const m = ZONE.exec(name);
  return m ? m[1]! : name;
}
