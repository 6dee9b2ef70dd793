import path from 'node:path';
import { Evaluator, type BaselineOptions } from './evaluate.js';
import type { InputKind } from './input/kinds.js';
import { readContext, readInputs } from './input/read-inputs.js';
import type { Finding, Notification } from './model/finding.js';
import { FindingSpool, releaseFindings } from './report/finding-spool.js';
import type { Policy } from './policy/api.js';
import { InputRedactors } from './report/redact.js';
import type { ScanReport } from './report/scan-report.js';
import type { ScanSettings } from './settings.js';
import { TOOL } from './tool.js';
import type { ReadLimits } from './limits.js';
import { Ticker } from './yield.js';
import { EnvironmentTally } from './environments.js';
import type { FileLocation, Resource } from './model/resource.js';
import type { LiveContext, LiveSource } from './live/source.js';
import type { LiveLimits } from './live/guard.js';
import type { Shard } from './live/shard.js';
import { SILENT, type Progress } from './live/progress.js';
import { InventoryWriter } from './live/inventory-out.js';
import { identityKey } from './live/identity.js';
import { administratorOf, sortAdministrators, type Administrator } from './report/administrators.js';
import { REGIONAL_CHECKS } from './catalog/catalog.js';
import { ScopeTally, type Commit } from './scope.js';

export interface ScanRequest {
  inputs: string[];
  /** The input kinds to recognise files by (the composition root's INPUT_KINDS). */
  kinds: readonly InputKind[];
  /** Live clouds to read. */
  live?: readonly LiveSource[];
  sourceRoot: string;
  settings: ScanSettings;
  policies: readonly Policy[];
  /** Keep passing findings (the JSON report lists them; the others only count them). Default true. */
  keepPasses?: boolean;
  /** Write the live inventory here; live findings then point at its lines. */
  inventoryOut?: string;
  concurrency?: number;
  shard?: Shard;
  /** Fingerprints of a previous report: findings are marked new or unchanged, or (newOnly) only new ones are reported. */
  baseline?: BaselineOptions;
  progress?: Progress;
  signal?: AbortSignal;
  /** Bounds on reading the inputs that the user may change (src/limits.ts); the defaults otherwise. */
  limits?: ReadLimits;
  /** The commit the inputs are of, for the report's scope. */
  commit?: Commit;
  /** Timeouts, attempts, page cap and deadline of live reads (the defaults otherwise). */
  liveLimits?: LiveLimits;
  /**
   * Write the findings to a temporary file as they are made instead of keeping them (the CLI), so
   * that memory stays flat however large the estate: the report's findings are then a FindingSpool,
   * which the caller closes once the reports are written.
   */
  spool?: boolean;
}

/**
 * One pass: read → normalise → evaluate → a redacted report that every output format is written
 * from. Files are read first, so a live resource that a plan or state manages points at its `.tf`
 * block; live resources are judged as their pages arrive and are not kept. Each finding is redacted
 * as it is made, then kept in memory or (`spool`) written to a temporary file: what stays in memory
 * is counts, the scope, administrators and notes. The spool is removed if the scan fails.
 */
export async function scan(req: ScanRequest & { spool: true }): Promise<ScanReport<FindingSpool>>;
export async function scan(req: ScanRequest & { spool?: false }): Promise<ScanReport<Finding[]>>;
export async function scan(req: ScanRequest): Promise<ScanReport<FindingSpool | Finding[]>>;
export async function scan(req: ScanRequest): Promise<ScanReport<FindingSpool | Finding[]>> {
  const findings = req.spool ? new FindingSpool() : [];
  try {
    return await judgeAll(req, findings);
  } catch (err) {
    releaseFindings(findings);
    throw err;
  }
}

async function judgeAll<F extends FindingSpool | Finding[]>(req: ScanRequest, findings: F): Promise<ScanReport<F>> {
  const sourceRoot = path.resolve(req.sourceRoot);
  // Where the files declare resources matters only to live findings.
  const declared = req.live?.length ? new Map<string, FileLocation>() : undefined;
  const read = req.inputs.length ? await readInputs(req.inputs, req.kinds, readContext(sourceRoot, declared, req.limits)) : undefined;
  const redactors = new InputRedactors(read?.secrets ?? new Map());
  // Each finding is redacted with the values of the input it comes from before it is kept or spooled.
  const emit = (f: Finding) => void findings.push(redactors.for(f.input).inPlace(f));
  const evaluator = new Evaluator(emit, req.policies, req.settings, req.keepPasses ?? true, req.baseline, REGIONAL_CHECKS);
  const environments = new EnvironmentTally(req.settings.environments);
  const scope = new ScopeTally();
  const administrators: Administrator[] = [];
  const judge = (r: Resource) => {
    scope.add(r);
    environments.add(r);
    const admin = administratorOf(r);
    if (admin) administrators.push(redactors.for(r.source.input).inPlace(admin));
    evaluator.add(r);
  };
  const ticker = new Ticker();
  for (const r of read?.resources ?? []) {
    if (ticker.due()) await ticker.turn();
    judge(r);
  }
  const notifications: Notification[] = [...(read?.notifications ?? [])];
  const categories = new Set(read?.categories ?? []);
  for (const c of categories) scope.cover(c);

  if (req.live?.length) {
    const inventory = req.inventoryOut ? new InventoryWriter(req.inventoryOut, sourceRoot, redactors.all) : undefined;
    const progress = req.progress ?? SILENT;
    const ctx: LiveContext = {
      concurrency: req.concurrency ?? 4,
      notify: (n) => notifications.push(n),
      covered: (c) => {
        categories.add(c);
        scope.cover(c);
      },
      progress,
      ...(inventory ? { record: (raw: unknown) => void inventory.append(raw) } : {}),
      ...(req.signal ? { signal: req.signal } : {}),
      ...(req.shard ? { shard: req.shard } : {}),
      ...(req.liveLimits ? { limits: req.liveLimits } : {}),
    };
    try {
      for (const source of req.live) {
        for await (const { resource, raw, derived } of source.scan(ctx)) {
          categories.add(resource.source.category);
          // Every record goes to the snapshot (it must read back whole); the finding prefers the .tf that declares the resource.
          const line = inventory?.append(raw);
          for (const r of [resource, ...(derived ?? [])]) {
            const where = declared?.get(identityKey(r.id)) ?? line;
            if (where) r.source.location = where;
            judge(r);
          }
        }
      }
      inventory?.commit();
    } catch (err) {
      inventory?.abandon();
      throw err;
    } finally {
      progress.close();
    }
  }

  for (const scope of environments.scopeResources()) evaluator.add(scope);
  for (const message of evaluator.notes) notifications.push({ level: 'warning', message });
  // Each note is redacted with the values of the input it comes from.
  for (const n of notifications) redactors.for(n.scope).inPlace(n);
  const incomplete = notifications.filter((n) => n.level === 'error');
  return {
    tool: TOOL,
    categories: [...categories].sort(),
    sourceRoot,
    settings: req.settings,
    policies: req.policies.map((p) => p.meta),
    findings,
    summary: evaluator.summary(categories),
    inputs: read?.inputs ?? [],
    notifications: notifications.filter((n) => n.level !== 'error'),
    incomplete,
    // Regions and inputs come from the input too: no sensitive value leaves through them either.
    scope: redactors.all.inPlace(scope.scope(req.settings, evaluator.checkCounts, evaluator.checkRegions, req.commit)),
    administrators: sortAdministrators(administrators),
  };
}
