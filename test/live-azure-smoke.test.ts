import { it, expect } from 'vitest';
import { makeTestCertificate } from './helpers/azure-tls.js';
import { runLive } from './helpers/azure-live.js';
import { fixtureOf, mixedSubscription, SUB_A } from './helpers/azure-estate.js';

it('smoke', async () => {
  const cert = makeTestCertificate();
  const m = mixedSubscription(SUB_A);
  const run = await runLive(cert, fixtureOf({ sub: SUB_A, ...m }), { subscriptions: [SUB_A], managementGroups: [] });
  console.log(run.notifications, run.covered, run.progress);
  for (const it of run.items) console.log(it.resource.id.split('/').slice(-2).join('/'), JSON.stringify(it.resource.facets).slice(0, 400));
  console.log(run.server.log.map((l) => `${l.method} ${l.path} ${l.status}`).join('\n'));
  expect(run.items.length).toBeGreaterThan(5);
  cert.dispose();
});
