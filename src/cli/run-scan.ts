/** What `scan` and `report` share: the flags that say what to scan, and the scan they run. */
import path from 'node:path';
import { UserError } from '../errors.js';
import { mergeSettings, type ConfigFile } from '../config-merge.js';
import { DEFAULT_SETTINGS, type ScanSettings } from '../settings.js';
import { scan } from '../scan.js';
import { BUILTIN_POLICIES, INPUT_KINDS, LIVE_CLOUDS, REGISTRIES } from './composition-root.js';
import { CATALOG } from '../catalog/catalog.js';
import type { Policy } from '../policy/api.js';
import type { Format } from '../report/render.js';
import type { ScanReport } from '../report/scan-report.js';
import type { FindingSet } from '../report/finding-spool.js';
import type { GroupBy } from '../report/text.js';
import { liveSources, type LiveFlags } from '../live/sources.js';
import { createProgress } from '../live/progress.js';
import { parseShard } from '../live/shard.js';
import { DEFAULT_LIVE_LIMITS, parseDuration, type LiveLimits } from '../live/guard.js';
import { resolveCommit } from '../commit.js';
import type { Severity } from '../model/finding.js';
import type { ResidencyProfile } from '../regions/jurisdictions.js';
import type { Lang } from '../compliance/i18n.js';
import type { ComplianceFormat } from '../compliance/render.js';
import { DEFAULT_READ_LIMITS, type ReadLimits } from '../limits.js';

export interface ScanArgs extends LiveFlags {
  inputs?: string[];
  'inventory-out'?: string;
  concurrency: number;
  shard?: string;
  progress?: boolean;
  deadline?: string;
  'request-timeout'?: string;
  'connect-timeout'?: string;
  'max-attempts'?: number;
  'max-pages'?: number;
  format?: Format;
  output?: string;
  'source-root': string;
  residency?: ResidencyProfile;
  'fail-on'?: Severity | 'none';
  config?: string;
  policies?: string;
  'max-decompressed-mb'?: number;
  'min-log-retention-days'?: number;
  'require-customer-managed-keys'?: boolean;
  color?: boolean;
  'group-by'?: GroupBy;
  report?: string;
  baseline?: string;
  'new-only'?: boolean;
  attestations?: string;
  commit?: string;
  lang: Lang;
}

export function exitCode(report: ScanReport<FindingSet>): number {
  if (report.summary.failed) return 1;
  return report.incomplete.length ? 3 : 0;
}

/** The flags that say what to scan and how to judge it, common to `scan` and `report`. */
export type ScanInputArgs = Omit<ScanArgs, 'format' | 'output' | 'color' | 'group-by' | 'report'>;

/** Validates the flags, loads the configuration and policies, and scans the inputs and live clouds they name. */
export async function runScan(args: ScanInputArgs, keepPasses: boolean): Promise<ScanReport<FindingSet>> {
  const inputs = args.inputs ?? [];
  const live = await liveSources(args, LIVE_CLOUDS);
  if (inputs.length === 0 && live.length === 0) throw new UserError('give at least one input file or directory, or a live cloud to scan (--aws, --azure, --gcp)');
  if (args['inventory-out'] && live.length === 0) throw new UserError('--inventory-out needs a live scan (--aws, --azure or --gcp)');
  if (!Number.isInteger(args.concurrency) || args.concurrency < 1 || args.concurrency > 64) throw new UserError('--concurrency must be a whole number from 1 to 64');
  if (args.shard && live.length === 0) throw new UserError('--shard splits live scans: give --aws, --azure or --gcp');
  const shard = args.shard ? parseShard(args.shard) : undefined;
  const liveLimits = readLiveLimits(args, live.length > 0);
  const minDays = args['min-log-retention-days'];
  if (minDays !== undefined && (!Number.isInteger(minDays) || minDays < 1)) throw new UserError('--min-log-retention-days must be a positive whole number');
  const loaded = args.config ? (await import('../config.js')).loadConfig(args.config) : undefined;
  const config: ConfigFile = loaded?.config ?? {};
  const settings: ScanSettings = mergeSettings(DEFAULT_SETTINGS, config, {
    residency: args.residency,
    failOn: args['fail-on'],
    minLogRetentionDays: minDays,
    requireCustomerManagedKeys: args['require-customer-managed-keys'],
    waivers: loaded?.waivers,
  } as Partial<ScanSettings>);
  const policies = args.policies ? [...BUILTIN_POLICIES, ...(await loadUserPolicies(args.policies))] : BUILTIN_POLICIES;
  const unknownDisabled = settings.disabledPolicies.findIndex((id) => !policies.some((p) => p.meta.id === id));
  if (unknownDisabled >= 0) {
    throw new UserError(`${loaded?.where(`/disabledPolicies/${unknownDisabled}`) ?? 'configuration'}: disabledPolicies: no policy named ${settings.disabledPolicies[unknownDisabled]}`);
  }
  if (args['new-only'] && !args.baseline) throw new UserError('--new-only needs --baseline');
  const limits = readLimits(args['max-decompressed-mb'], config.maxDecompressedMB);
  const baseline = args.baseline ? { fingerprints: (await import('../baseline.js')).loadBaseline(args.baseline, limits.decompressedBytes), newOnly: args['new-only'] === true } : undefined;
  // Check the attestations before a long live scan, not after it.
  if (args.attestations) (await import('../compliance/attestations.js')).loadAttestations(args.attestations);
  const commit = resolveCommit(args.commit, args['source-root']);

  const progressMode = args.progress === true ? (process.stderr.isTTY ? 'tty' : 'lines') : args.progress === false || !process.stderr.isTTY || process.env.CI ? 'off' : 'tty';
  return scan({
    inputs,
    kinds: INPUT_KINDS,
    live,
    sourceRoot: args['source-root'],
    settings,
    policies,
    keepPasses,
    ...(baseline ? { baseline } : {}),
    concurrency: args.concurrency,
    ...(shard ? { shard } : {}),
    progress: createProgress(progressMode),
    limits,
    ...(args['inventory-out'] ? { inventoryOut: args['inventory-out'] } : {}),
    ...(commit ? { commit } : {}),
    ...(liveLimits ? { liveLimits } : {}),
    spool: true,
  });
}

const LIVE_LIMIT_FLAGS = ['deadline', 'request-timeout', 'connect-timeout', 'max-attempts', 'max-pages'] as const;

/** The bounds of live reads: each flag given wins over its default (src/live/guard.ts). */
function readLiveLimits(args: ScanInputArgs, live: boolean): LiveLimits | undefined {
  const given = LIVE_LIMIT_FLAGS.filter((f) => args[f] !== undefined);
  if (given.length === 0) return undefined;
  if (!live) throw new UserError(`--${given[0]} bounds live scans: give --aws, --azure or --gcp`);
  const whole = (flag: 'max-attempts' | 'max-pages', v: number | undefined, max: number, d: number) => {
    if (v === undefined) return d;
    if (!Number.isInteger(v) || v < 1 || v > max) throw new UserError(`--${flag} must be a whole number from 1 to ${max}`);
    return v;
  };
  const d = DEFAULT_LIVE_LIMITS;
  return {
    deadlineMs: args.deadline !== undefined ? parseDuration('deadline', args.deadline) : d.deadlineMs,
    requestTimeoutMs: args['request-timeout'] !== undefined ? parseDuration('request-timeout', args['request-timeout']) : d.requestTimeoutMs,
    connectTimeoutMs: args['connect-timeout'] !== undefined ? parseDuration('connect-timeout', args['connect-timeout']) : d.connectTimeoutMs,
    maxAttempts: whole('max-attempts', args['max-attempts'], 50, d.maxAttempts),
    maxPages: whole('max-pages', args['max-pages'], 1_000_000, d.maxPages),
  };
}

/** The flag wins over the configuration file, which wins over the default (src/limits.ts). */
function readLimits(flagMB: number | undefined, configMB: number | undefined): ReadLimits {
  if (flagMB !== undefined && (!Number.isInteger(flagMB) || flagMB < 1 || flagMB > 4096)) throw new UserError('--max-decompressed-mb must be a whole number from 1 to 4096');
  const mb = flagMB ?? configMB;
  return mb === undefined ? DEFAULT_READ_LIMITS : { decompressedBytes: mb * 1024 * 1024 };
}

/** Users' policies, refused when they read a facet no adapter provides or serve a rule the catalog does not have. */
async function loadUserPolicies(dir: string): Promise<Policy[]> {
  const loaded = await (await import('../policy/load.js')).loadPolicies(dir, BUILTIN_POLICIES);
  const { policyProblems } = await import('../registry/policy-checks.js');
  const problems = policyProblems(loaded, REGISTRIES, new Set(CATALOG.map((r) => r.id)));
  if (problems.length) throw new UserError(`--policies ${dir}: ${problems.join('; ')}`);
  return loaded;
}

/** `report.html` → html; the compliance report's format follows its file name. */
export function formatFromExtension(file: string): ComplianceFormat {
  const ext = path.extname(file).toLowerCase();
  const byExt: Record<string, ComplianceFormat> = { '.html': 'html', '.htm': 'html', '.md': 'markdown', '.markdown': 'markdown', '.json': 'json', '.csv': 'csv' };
  const format = byExt[ext];
  if (!format) throw new UserError(`--report ${file}: name it .html, .md, .json or .csv to choose its format`);
  return format;
}
