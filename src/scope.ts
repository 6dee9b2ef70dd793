import { randomUUID } from 'node:crypto';
import { MAX_REGION_LENGTH, MAX_REGIONS, type OutcomeCounts } from './evaluate.js';
import type { CloudProvider, Origin, Resource } from './model/resource.js';
import { lookupRegion } from './regions/index.js';
import type { ResidencyProfile } from './regions/jurisdictions.js';
import type { ScanSettings } from './settings.js';

/** What one scan category (`terraform`, `aws/123456789012`…) covered: what the report may claim about it, and no more. */
export interface CategoryScope {
  /** How its resources were read: plan, Terraform configuration, live (or an inventory export). */
  origins: Origin[];
  clouds: CloudProvider[];
  /** The regions its resources are in (canonical names where the region table knows them), at most MAX_REGIONS. */
  regions: string[];
  regionsTruncated?: true;
  resources: number;
  /** The inputs its resources came from (plan files, live scopes), at most MAX_INPUTS. */
  inputs: string[];
  inputsTruncated?: true;
  /** Per check (`policy/facet`): outcomes, and for regional controls the regions it judged something in. */
  checks: Record<string, CheckTally>;
}

export interface CheckTally extends OutcomeCounts {
  regions?: string[];
}

/** The settings that change what a pass means for a rule (retention the rule asks for, residency profile). */
export interface JudgingSettings {
  residency: ResidencyProfile;
  minLogRetentionDays: number;
  minBackupRetentionDays: number;
  maxKeyRotationDays: number;
  maxUnusedCredentialDays: number;
  requireCustomerManagedKeys: boolean;
  /** Policies switched off: their checks have no evidence, so the parts they cover stay not verified. */
  disabledPolicies: string[];
}

export interface Commit {
  sha: string;
  /** Where it was found: the --commit flag, $GITHUB_SHA, or the .git directory of the source root. */
  from: 'flag' | 'GITHUB_SHA' | 'git';
}

/**
 * The scope of one scan: what it read, with which settings, from which commit, and each check's
 * outcomes per category. Written into the JSON summary and the SARIF run properties, so that
 * reports of several jobs merge into one exact compliance matrix.
 */
export interface ScanScope {
  /** Tells two reports of the same scan (its SARIF and its JSON) from two scans. */
  scanId: string;
  /** When the scan ran (ISO 8601). */
  scanned: string;
  commit?: Commit;
  settings: JudgingSettings;
  categories: Record<string, CategoryScope>;
}

const MAX_INPUTS = 100;

export function judgingSettings(s: ScanSettings): JudgingSettings {
  return {
    residency: s.residency,
    minLogRetentionDays: s.minLogRetentionDays,
    minBackupRetentionDays: s.minBackupRetentionDays,
    maxKeyRotationDays: s.maxKeyRotationDays,
    maxUnusedCredentialDays: s.maxUnusedCredentialDays,
    requireCustomerManagedKeys: s.requireCustomerManagedKeys,
    disabledPolicies: [...s.disabledPolicies],
  };
}

interface Tally {
  origins: Set<Origin>;
  clouds: Set<CloudProvider>;
  regions: Set<string>;
  regionsTruncated: boolean;
  inputs: Set<string>;
  inputsTruncated: boolean;
  resources: number;
}

/** Counts, per category, the resources read and where they are: bounded sets, so a large live estate keeps flat memory. */
export class ScopeTally {
  private readonly tallies = new Map<string, Tally>();

  add(r: Resource): void {
    const t = this.tally(r.source.category);
    t.resources++;
    t.origins.add(r.source.origin);
    t.clouds.add(r.provider);
    if (r.region) {
      // One name per region however inputs spell it (`EUROPE-WEST9`, `europe-west9`); unknown names as given.
      const region = (lookupRegion(r.provider, r.region)?.name ?? r.region).slice(0, MAX_REGION_LENGTH);
      if (t.regions.has(region)) {
        // already there
      } else if (t.regions.size < MAX_REGIONS) t.regions.add(region);
      else t.regionsTruncated = true;
    }
    if (!t.inputs.has(r.source.input)) {
      if (t.inputs.size < MAX_INPUTS) t.inputs.add(r.source.input.slice(0, 500));
      else t.inputsTruncated = true;
    }
  }

  /** A category read with nothing in it (an empty account) is still part of the scope. */
  cover(category: string): void {
    this.tally(category);
  }

  /** The scope of the scan, with each check's counts (and regions) per category. */
  scope(settings: ScanSettings, checkCounts: ReadonlyMap<string, ReadonlyMap<string, OutcomeCounts>>, checkRegions: ReadonlyMap<string, ReadonlyMap<string, ReadonlySet<string>>>, commit?: Commit): ScanScope {
    for (const byCategory of checkCounts.values()) for (const c of byCategory.keys()) this.cover(c);
    const categories: Record<string, CategoryScope> = {};
    for (const [name, t] of [...this.tallies].sort(([a], [b]) => a.localeCompare(b))) {
      const checks: Record<string, CheckTally> = {};
      for (const [key, byCategory] of [...checkCounts].sort(([a], [b]) => a.localeCompare(b))) {
        const counts = byCategory.get(name);
        if (!counts) continue;
        const regions = checkRegions.get(key)?.get(name);
        checks[key] = { ...counts, ...(regions ? { regions: [...regions].sort() } : {}) };
      }
      categories[name] = {
        origins: [...t.origins].sort(),
        clouds: [...t.clouds].sort(),
        regions: [...t.regions].sort(),
        ...(t.regionsTruncated ? { regionsTruncated: true as const } : {}),
        resources: t.resources,
        inputs: [...t.inputs].sort(),
        ...(t.inputsTruncated ? { inputsTruncated: true as const } : {}),
        checks,
      };
    }
    return { scanId: randomUUID(), scanned: new Date().toISOString(), ...(commit ? { commit } : {}), settings: judgingSettings(settings), categories };
  }

  private tally(category: string): Tally {
    let t = this.tallies.get(category);
    if (!t) {
      t = { origins: new Set(), clouds: new Set(), regions: new Set(), regionsTruncated: false, inputs: new Set(), inputsTruncated: false, resources: 0 };
      this.tallies.set(category, t);
    }
    return t;
  }
}
