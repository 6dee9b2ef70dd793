import type { PortRange } from '../../../src/model/facets.js';

/** VPC firewall rules as Google writes their ports. */

/** "22" → 22-22, "1000-2000" → 1000-2000; undefined when not a port or range. */
export function portRange(spec: string): PortRange | undefined {
  const m = /^(\d+)(?:-(\d+))?$/.exec(spec.trim());
  if (!m) return undefined;
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  return from <= to && to <= 65535 ? { from, to } : undefined;
}
