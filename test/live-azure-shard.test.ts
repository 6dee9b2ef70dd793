/**
 * --shard on live Azure (the real SDK clients against the local ARM and Resource Graph server):
 * subscriptions given one by one or listed from a management group are split between shards,
 * each read by exactly one, and other shards' subscriptions are not even queried.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inShard } from '../src/live/shard.js';
import { runLive } from './helpers/azure-live.js';
import { generatedResources, resourceGroup, SUB_A, SUB_B, SUB_C, subscription } from './helpers/azure-estate.js';
import type { AzureFixture } from './helpers/azure-server.js';
import { hasOpenssl, makeTestCertificate, type TestCertificate } from './helpers/azure-tls.js';

const available = hasOpenssl('live Azure --shard tests');
let cert: TestCertificate;
beforeAll(() => {
  if (available) cert = makeTestCertificate();
});
afterAll(() => cert?.dispose());

describe.skipIf(!available)('live Azure: --shard', () => {
  const small = (sub: string) => ({ containers: [subscription(sub), resourceGroup(sub, 'rg-0000')], resources: generatedResources(sub, 5), assessments: [] });
  const fixture = (): AzureFixture => ({
    subscriptions: { [SUB_A]: small(SUB_A), [SUB_B]: small(SUB_B), [SUB_C]: small(SUB_C) },
    managementGroups: { 'mg-hosting': [SUB_A, SUB_B, SUB_C] },
  });
  const ALL = [SUB_A, SUB_B, SUB_C];
  const expected = (index: number, count: number) => ALL.filter((s) => inShard(s, { index, count })).map((s) => `azure/${s}`).sort();

  it('splits subscriptions given one by one: each shard reads its own, together they read each once', async () => {
    const covered: string[] = [];
    for (const index of [1, 2]) {
      const run = await runLive(cert, fixture(), { subscriptions: ALL, managementGroups: [] }, { shard: { index, count: 2 } });
      expect([...run.covered].sort()).toEqual(expected(index, 2));
      expect(new Set(run.items.map((i) => i.resource.source.category))).toEqual(new Set(expected(index, 2)));
      // Subscriptions of other shards are not even queried.
      const queried = new Set(run.server.log.flatMap((l) => l.body?.subscriptions ?? []));
      expect([...queried].map((s) => `azure/${s}`).sort()).toEqual(expected(index, 2));
      covered.push(...run.covered);
    }
    expect(covered.sort()).toEqual(ALL.map((s) => `azure/${s}`).sort());
  });

  it('lists a management group\'s subscriptions first, then queries only this shard\'s', async () => {
    const covered: string[] = [];
    for (const index of [1, 2, 3]) {
      const run = await runLive(cert, fixture(), { subscriptions: [], managementGroups: ['mg-hosting'] }, { shard: { index, count: 3 } });
      expect(run.notifications).toEqual([]);
      const posts = run.server.log.filter((l) => l.method === 'POST');
      expect(posts[0]!.body).toMatchObject({ managementGroups: ['mg-hosting'] });
      expect(posts[0]!.body?.query).toContain('project id, subscriptionId');
      const mine = ALL.filter((s) => inShard(s, { index, count: 3 }));
      for (const p of posts.slice(1)) expect(p.body?.subscriptions?.slice().sort()).toEqual(mine.slice().sort());
      if (!mine.length) {
        expect(posts).toHaveLength(1);
        expect(run.progress).toEqual([{ scope: 'azure/managementGroups/mg-hosting', outcome: 'no subscription in this shard' }]);
      }
      expect([...run.covered].sort()).toEqual(expected(index, 3));
      expect(run.items.every((i) => mine.includes(i.resource.source.scope!))).toBe(true);
      covered.push(...run.covered);
    }
    expect(covered.sort()).toEqual(ALL.map((s) => `azure/${s}`).sort());
  });

  it('without --shard, or with 1/1, reads everything as before', async () => {
    const run = await runLive(cert, fixture(), { subscriptions: [], managementGroups: ['mg-hosting'] }, { shard: { index: 1, count: 1 } });
    expect(run.server.log.filter((l) => l.method === 'POST').every((p) => p.body?.managementGroups?.[0] === 'mg-hosting')).toBe(true);
    expect(run.covered).toHaveLength(3);
  });
});
