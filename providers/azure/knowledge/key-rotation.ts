/** Key Vault rotation policies: their ISO 8601 durations and the rotation period they give. */

/**
 * An ISO 8601 duration as Key Vault takes them (`P90D`, `P1Y`, `P3M`, `P2W`, `PT48H`) in days; a
 * month counts 30 days, a year 365. Undefined when not a duration.
 */
export function isoDays(text: string): number | undefined {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/i.exec(text.trim());
  if (!m || text.trim().length < 3) return undefined;
  const [, y, mo, w, d, h, mi, s] = m.map((x) => (x === undefined ? 0 : Number(x)));
  const days = y! * 365 + mo! * 30 + w! * 7 + d! + h! / 24 + mi! / 1440 + s! / 86400;
  return Math.round(days * 100) / 100;
}

/**
 * When a policy rotates a key: `time_after_creation`, else `time_before_expiry` counted back from
 * `expire_after` (a key version lives `expire_after`, and is replaced that long before it ends).
 */
export function rotationDays(afterCreation: string | undefined, beforeExpiry: string | undefined, expireAfter: string | undefined): number | 'unknown' {
  if (afterCreation !== undefined) return isoDays(afterCreation) ?? 'unknown';
  if (beforeExpiry !== undefined && expireAfter !== undefined) {
    const a = isoDays(expireAfter);
    const b = isoDays(beforeExpiry);
    return a !== undefined && b !== undefined ? Math.max(0, Math.round((a - b) * 100) / 100) : 'unknown';
  }
  return 'unknown';
}
