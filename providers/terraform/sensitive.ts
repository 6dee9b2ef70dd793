/**
 * Collects the string values an input marks sensitive (after_sensitive / sensitive_values trees,
 * sensitive variables), so reports can be scrubbed of them whatever path they take.
 */
export function collectSensitiveStrings(value: unknown, sensitive: unknown, out: Set<string>): void {
  if (sensitive === true) {
    addAll(value, out);
    return;
  }
  if (sensitive === null || typeof sensitive !== 'object' || value === null || typeof value !== 'object') return;
  if (Array.isArray(sensitive)) {
    if (!Array.isArray(value)) return;
    for (let i = 0; i < sensitive.length && i < value.length; i++) collectSensitiveStrings(value[i], sensitive[i], out);
    return;
  }
  const tree = sensitive as Record<string, unknown>;
  // Every resource has such a tree, mostly `{}` or all false: keys, not entry pairs.
  for (const k of Object.keys(tree)) collectSensitiveStrings((value as Record<string, unknown>)[k], tree[k], out);
}

/** Shorter values would be scrubbed out of innocent text ("eu", "true"); they are not worth a secret's name. */
export const MIN_SECRET_LENGTH = 6;

function addAll(value: unknown, out: Set<string>): void {
  if (typeof value === 'string') {
    if (value.length >= MIN_SECRET_LENGTH) out.add(value);
  } else if (typeof value === 'number' && String(value).length >= MIN_SECRET_LENGTH) {
    out.add(String(value));
  } else if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) addAll(v, out);
  }
}
