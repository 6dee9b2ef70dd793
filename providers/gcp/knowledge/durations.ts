/** Durations as Google's APIs write them (protobuf Durations), for plans and inventories alike. */

/** `"2592000s"` (a protobuf Duration) → seconds. */
export function durationSeconds(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v !== 'string') return undefined;
  const m = /^(\d+(?:\.\d+)?)s$/.exec(v.trim());
  const seconds = m ? Number(m[1]) : NaN;
  return Number.isFinite(seconds) ? seconds : undefined;
}

/** A rotation period in seconds, in days (two decimals). */
export function rotationDays(periodSeconds: number): number {
  return Math.round((periodSeconds / 86400) * 100) / 100;
}
