import { allOf, anyOf, type AuditTrailFacet, type Evidence, type Truth } from '../../src/model/facets.js';
import type { CaiAsset } from './asset.js';
import { BUCKET, DATASET, LOG_BUCKET, PROJECT, hierarchyName, type InventoryContext, type SinkSummary } from './context.js';
import { auditTrailFacet } from './iam.js';
import { bucketRetention, datasetRetention, logStoreFacet } from './logging.js';
import { dataOf, get, str } from './values.js';

/**
 * Whether a project's audit logs are exported and kept a year (README, "Account-level controls"),
 * judged on the project's RESOURCE record once the inventory around it is known: a log sink of the
 * project, or an aggregated sink (`includeChildren`) of a folder or organization above it, lets the
 * Data Access audit logs through its filter and exclusions (knowledge/log-filter.ts) into a store
 * that keeps them 365 days or more — a log bucket by its `retentionDays`, a Cloud Storage bucket by
 * its lifecycle rules and retention policy, a BigQuery dataset by its default table and partition
 * expiration. Admin Activity logs need no sink: the `_Required` bucket keeps them 400 days, and
 * holds nothing else. None: missing, when the sinks of the project and of every folder and
 * organization above it are in the inventory (each has its `_Required` sink, so none listed means
 * not read); otherwise unknown, as for a filter that cannot be read, a Pub/Sub destination, or a
 * destination outside the inventory. An intercepting sink above (`interceptChildren`) that takes the
 * Data Access logs leaves the project's own sinks without them.
 */

/** What CLD-28 asks of audit logs: twelve months. */
const A_YEAR = 365;
const LABEL = 'audit-log export kept 12 months';

interface Kept {
  days: number | 'forever' | 'unknown';
  evidence: Evidence[];
  settle?: string;
}

const fromStore = (store: CaiAsset, evidence: readonly Evidence[]): Evidence[] => evidence.map((e) => ({ ...e, from: store.name }));

/** How long the store a sink writes into keeps entries. */
function destinationRetention(s: SinkSummary, ctx: InventoryContext): Kept {
  const at = (note: string): Evidence[] => [{ path: 'destination', from: s.name, note }];
  if (s.target.startsWith('pubsub.googleapis.com/')) {
    return { days: 'unknown', evidence: at('a Pub/Sub topic: how long entries are kept is decided downstream'), settle: 'where the subscribers of the Pub/Sub topic the sink writes into keep the audit logs, and for how long' };
  }
  if (/^logging\.googleapis\.com\/projects\/[^/]+$/.test(s.target)) {
    return { days: 'unknown', evidence: at('routed to another project, whose own sinks decide where the entries are kept'), settle: 'the log sinks of the project the sink routes to, and their destinations' };
  }
  const store = ctx.logDestination(s.target);
  if (!store) return { days: 'unknown', evidence: at('the destination is not in the inventory'), settle: 'the retention of the store the sink writes into (scan the project that holds it)' };
  const data = dataOf(store);
  if (!data) return { days: 'unknown', evidence: at('the record of the destination does not include its settings'), settle: 'the retention of the store the sink writes into' };
  if (store.assetType === LOG_BUCKET) {
    const facet = logStoreFacet(store, ctx)!;
    return { days: facet.retentionDays, evidence: fromStore(store, facet.evidence), ...(facet.settle ? { settle: facet.settle } : {}) };
  }
  if (store.assetType === BUCKET) {
    const kept = bucketRetention(data);
    return { days: kept.days, evidence: fromStore(store, kept.evidence), ...(kept.days === 'unknown' ? { settle: 'the lifecycle rules and retention policy of the bucket' } : {}) };
  }
  if (store.assetType === DATASET) {
    const kept = datasetRetention(data);
    return { days: kept.days, evidence: fromStore(store, kept.evidence) };
  }
  return { days: 'unknown', evidence: at('a destination of an unknown kind'), settle: 'the retention of the store the sink writes into' };
}

const keptAYear = (k: Kept): Truth => (k.days === 'unknown' ? 'unknown' : k.days === 'forever' || k.days >= A_YEAR ? 'yes' : 'no');
const keptNote = (k: Kept): string => (k.days === 'forever' ? 'kept until deleted' : k.days === 'unknown' ? 'kept for a time not known' : `kept ${k.days} days`);

export function auditExportFacet(a: CaiAsset, ctx: InventoryContext): AuditTrailFacet | undefined {
  const data = dataOf(a);
  const self = hierarchyName(a.name);
  if (a.assetType !== PROJECT || !data || !self) return undefined;
  const id = ctx.projectId(str(get(data, 'projectId')) ?? self.slice('projects/'.length));
  const number = ctx.projectNumbers.get(id);
  const own = [`projects/${id}`, ...(number ? [`projects/${number}`] : []), self];
  const above = a.ancestors?.filter((n) => !n.startsWith('projects/'));
  const aggregated = (above ?? []).flatMap((n) => ctx.sinksOf(n).filter((s) => s.includeChildren));
  // An intercepting sink above takes the entries it routes away from the project's own sinks: they count only when it surely does not take the Data Access logs.
  const intercepted = anyOf(aggregated.filter((s) => s.interceptChildren).map((s) => s.routesDataAccess));
  const ownSinks = intercepted === 'yes' ? [] : [...new Set(own.flatMap((p) => ctx.sinksOf(p)))];
  const sinks = [...ownSinks, ...aggregated];
  const base = { label: LABEL, where: 'the project', multiRegion: 'unknown', integrityValidation: 'unknown', coversAllServices: 'unknown' } as const;

  const judged = sinks
    .filter((s) => s.routesDataAccess !== 'no')
    .map((s) => {
      const kept = destinationRetention(s, ctx);
      const routes: Truth = intercepted === 'unknown' && ownSinks.includes(s) && s.routesDataAccess === 'yes' ? 'unknown' : s.routesDataAccess;
      const truth = allOf([routes, keptAYear(kept)]);
      return { s, routes, kept, truth };
    });
  const sinkEvidence = (j: (typeof judged)[number]): Evidence => ({
    path: 'filter',
    from: j.s.name,
    note: `${j.s.routesDataAccess === 'yes' ? 'routes the Data Access audit logs' : 'a filter that cannot be read: may route the Data Access audit logs'}${j.s.includeChildren ? ' of the projects below' : ''} to a store ${keptNote(j.kept)}`,
  });
  const good = judged.filter((j) => j.truth === 'yes');
  if (good.length) return { ...base, present: 'yes', evidence: good.slice(0, 5).flatMap((j) => [sinkEvidence(j), ...j.kept.evidence]) };

  const doubtful = judged.filter((j) => j.truth === 'unknown');
  const unread = [...(own.some((p) => ctx.sinkParents.has(p)) ? [] : ['the project']), ...(above ?? []).filter((n) => !ctx.sinkParents.has(n))];
  const seen = judged.map(sinkEvidence);
  if (doubtful.length) {
    const first = doubtful[0]!;
    const settle =
      first.s.routesDataAccess === 'unknown'
        ? 'whether the filter of the log sink lets the Data Access audit logs (cloudaudit.googleapis.com/data_access) through'
        : first.routes === 'unknown'
          ? 'whether the intercepting sink above the project (interceptChildren) takes the Data Access audit logs away from its own sinks'
          : (first.kept.settle ?? 'the retention of the store the sink writes into');
    return { ...base, present: 'unknown', evidence: [...seen, ...doubtful.flatMap((j) => j.kept.evidence)].slice(0, 10), settle };
  }
  if (above === undefined || unread.length) {
    const note = above === undefined ? 'the ancestors are not in the record: aggregated sinks of the folders and organization above are not known' : `log sinks not in the inventory: ${unread.length} of the project and the folders and organization above it`;
    return {
      ...base,
      present: 'unknown',
      evidence: [...seen, { path: 'ancestors', note }],
      settle: 'the log sinks of the project and of every folder and organization above it (cldscan scan --gcp --scope organizations/ID reads them all)',
    };
  }
  return {
    ...base,
    present: 'no',
    evidence: [...seen, { path: 'sinks', value: sinks.length, note: 'no log sink of the project, nor aggregated sink above it, keeps the Data Access audit logs 365 days or more' }],
  };
}

/** The audit trail of a project: its audit configs (IAM_POLICY record), or its audit-log export (RESOURCE record). */
export function projectAuditTrail(a: CaiAsset, ctx: InventoryContext): AuditTrailFacet | undefined {
  return auditTrailFacet(a, ctx) ?? auditExportFacet(a, ctx);
}
