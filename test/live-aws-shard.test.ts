/**
 * --shard on live AWS (real SDK clients against the local server): a single account is read only
 * in its own shard, and an aggregator's accounts are split between shards, each read by exactly one.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createAwsSource } from '../providers/aws/live.js';
import { inShard, type Shard } from '../src/live/shard.js';
import { ACCOUNT, OTHER_ACCOUNT, iamUser, volume } from './helpers/aws-fixtures.js';
import { localOptions } from './helpers/aws-live.js';
import { startAwsServer, type AwsFixture, type AwsServer } from './helpers/aws-server.js';

let server: AwsServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(fixture: AwsFixture): Promise<AwsServer> {
  server = await startAwsServer(fixture);
  return server;
}

describe('--shard on live AWS', () => {
  /** A shard count that puts the two accounts apart, and each account's shard. */
  function split(): { count: number; shardOf: (a: string) => Shard } {
    for (let count = 2; count < 16; count++) {
      const of = (a: string): Shard => {
        for (let index = 1; index <= count; index++) if (inShard(a, { index, count })) return { index, count };
        throw new Error('no shard');
      };
      if (of(ACCOUNT).index !== of(OTHER_ACCOUNT).index) return { count, shardOf: of };
    }
    throw new Error('the two test accounts never split');
  }

  async function collectShard(fixture: AwsFixture, shard: Shard, aggregator?: string) {
    const out = { items: [] as string[], notes: [] as string[], covered: [] as string[] };
    const source = createAwsSource(localOptions(server!.url, aggregator ? { aggregator } : {}));
    void fixture;
    for await (const item of source.scan({ concurrency: 4, shard, notify: (n) => out.notes.push(`${n.level}: ${n.message}`), covered: (c) => out.covered.push(c), progress: { advance() {}, finish() {}, close() {} } })) {
      out.items.push(item.resource.id);
    }
    return out;
  }

  it('reads the single account only in its own shard', async () => {
    const fixture: AwsFixture = { callerAccount: ACCOUNT, items: [volume({ id: 'vol-a', encrypted: true })], logGroups: { [ACCOUNT]: { 'eu-west-3': [] } } };
    await serve(fixture);
    const { count, shardOf } = split();
    const mine = shardOf(ACCOUNT);
    const other: Shard = { index: (mine.index % count) + 1, count };
    const read = await collectShard(fixture, mine);
    expect(read.covered).toEqual([`aws/${ACCOUNT}`]);
    expect(read.items.some((id) => id.endsWith('volume/vol-a'))).toBe(true);
    const skipped = await collectShard(fixture, other);
    expect(skipped.items).toEqual([]);
    expect(skipped.covered).toEqual([]);
    expect(skipped.notes).toEqual([`note: AWS account ${ACCOUNT} belongs to another shard than ${other.index}/${count}: nothing was read`]);
    // Only STS was called for the skipped shard.
    expect(new Set(server!.calls.slice(-1).map((c) => c.operation))).toEqual(new Set(['GetCallerIdentity']));
  });

  it('splits the accounts of an aggregator between shards, each read by exactly one', async () => {
    const items = [volume({ id: 'vol-a', encrypted: true }), volume({ account: OTHER_ACCOUNT, region: 'eu-central-1', id: 'vol-b', encrypted: true }), iamUser({ account: OTHER_ACCOUNT, name: 'frank' })];
    const fixture: AwsFixture = { callerAccount: ACCOUNT, items, aggregator: { name: 'org' } };
    await serve(fixture);
    const { count, shardOf } = split();
    const first = await collectShard(fixture, shardOf(ACCOUNT), 'org');
    const second = await collectShard(fixture, shardOf(OTHER_ACCOUNT), 'org');
    expect(first.covered).toEqual([`aws/${ACCOUNT}`]);
    expect(second.covered).toEqual([`aws/${OTHER_ACCOUNT}`]);
    expect(first.items.some((id) => id.endsWith('vol-a')) && !first.items.some((id) => id.endsWith('vol-b'))).toBe(true);
    expect(second.items.some((id) => id.endsWith('vol-b')) && !second.items.some((id) => id.endsWith('vol-a'))).toBe(true);
    expect(first.notes).toContain(`note: shard ${shardOf(ACCOUNT).index}/${count}: 1 of the aggregator's 2 account(s) read here`);
    // Every account in exactly one shard.
    const all = [];
    for (let index = 1; index <= count; index++) all.push(...(await collectShard(fixture, { index, count }, 'org')).covered);
    expect(all.sort()).toEqual([`aws/${ACCOUNT}`, `aws/${OTHER_ACCOUNT}`].sort());
  });
});
