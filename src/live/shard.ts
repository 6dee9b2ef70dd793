import { createHash } from 'node:crypto';
import { UserError } from '../errors.js';

/** `--shard 2/4`: this job reads the second quarter of the accounts, subscriptions or projects. */
export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) throw new UserError(`--shard ${text}: expected i/n with 1 <= i <= n, e.g. 2/4`);
  return { index, count };
}

/**
 * Whether a unit (account id, subscription id, project id) belongs to this shard. A stable hash of
 * the id, not its position in a list, so each unit lands in the same shard whatever else is added.
 */
export function inShard(unit: string, shard: Shard | undefined): boolean {
  if (!shard || shard.count === 1) return true;
  const n = createHash('sha1').update(unit).digest().readUInt32BE(0);
  return (n % shard.count) + 1 === shard.index;
}
