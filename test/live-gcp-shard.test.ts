/**
 * --shard on live GCP (the real AssetServiceClient against the local server): an organization split
 * by project, every record in exactly one shard; project scopes of other shards left unread; a
 * failing organization reported under its own run in every shard.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { inShard, type Shard } from '../src/live/shard.js';
import { ORG, PROJECTS, TOKEN } from './helpers/gcp-estate.js';
import { key, liveEstate, run, source } from './helpers/gcp-live.js';
import { startGcpServer, type GcpServer } from './helpers/gcp-server.js';

let server: GcpServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('live GCP: --shard', () => {
  it('--shard splits an organization by project: every record in exactly one shard, covered runs partitioned', async () => {
    server = await startGcpServer({ token: TOKEN, projects: PROJECTS, assets: liveEstate() });
    const whole = await run(source(server, { scopes: [ORG] }));
    const shards = [
      await run(source(server, { scopes: [ORG] }), { index: 1, count: 2 }),
      await run(source(server, { scopes: [ORG] }), { index: 2, count: 2 }),
    ];
    expect(shards.every((s) => s.items.length > 0)).toBe(true);
    const union = shards.flatMap((s) => s.items.map(key)).sort();
    expect(union).toEqual(whole.items.map(key).sort());
    expect(new Set(union).size).toBe(union.length);
    for (const [i, s] of shards.entries()) {
      const shard = { index: i + 1, count: 2 };
      for (const item of s.items) expect(inShard(item.resource.source.scope!, shard)).toBe(true);
      for (const c of s.covered) expect(inShard(c.slice('gcp/'.length), shard)).toBe(true);
    }
    expect([...shards[0]!.covered, ...shards[1]!.covered].sort()).toEqual([...whole.covered].sort());
  });

  it('--shard leaves project scopes of other shards unread (by id without a call; by number after the project listing)', async () => {
    server = await startGcpServer({ token: TOKEN, projects: PROJECTS, assets: liveEstate() });
    const ids = Object.keys(PROJECTS) as Array<keyof typeof PROJECTS>;
    const shard: Shard = { index: 1, count: 2 };
    const other = ids.find((p) => !inShard(p, shard));
    const mine = ids.find((p) => inShard(p, shard));
    expect(other && mine).toBeTruthy();
    const byId = await run(source(server, { scopes: [`projects/${other}`] }), shard);
    expect(byId.items).toEqual([]);
    expect(byId.covered).toEqual([]);
    expect(byId.finished).toEqual([[`projects/${other}`, 'left to another shard']]);
    expect(server.requests).toHaveLength(0);
    const byNumber = await run(source(server, { scopes: [`projects/${PROJECTS[other!]}`] }), shard);
    expect(byNumber.items).toEqual([]);
    expect(byNumber.covered).toEqual([]);
    expect(server.requests.map((q) => q.assetTypes.join(','))).toEqual(['cloudresourcemanager.googleapis.com/Project,logging.googleapis.com/LogSink,compute.googleapis.com/ResourcePolicy']);
    const kept = await run(source(server, { scopes: [`projects/${mine}`] }), shard);
    expect(kept.covered).toEqual([`gcp/${mine}`]);
    expect(kept.items.length).toBeGreaterThan(0);
  });

  it('--shard reports a failing organization under its own run in every shard, its projects only in theirs', async () => {
    server = await startGcpServer({ token: TOKEN, projects: PROJECTS, assets: liveEstate(), faults: [{ parent: ORG, contentType: 'IAM_POLICY', status: 403, times: Infinity }] });
    const shard: Shard = { index: 2, count: 2 };
    const r = await run(source(server, { scopes: [ORG] }), shard);
    const categories = r.notes.filter((n) => n.level === 'error').map((n) => n.category);
    expect(categories).toContain(`gcp/${ORG}`);
    for (const c of categories.filter((x) => x !== `gcp/${ORG}`)) expect(inShard(c!.slice('gcp/'.length), shard)).toBe(true);
    expect(r.covered).toEqual([]);
  });
});
