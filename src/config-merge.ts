import type { EnvironmentSettings, ScanSettings } from './settings.js';
import type { Severity } from './model/finding.js';
import type { ResidencyProfile } from './regions/jurisdictions.js';

/** The config file as written (see schemas/config.schema.json). */
export interface ConfigFile {
  residency?: ResidencyProfile;
  failOn?: Severity | 'none';
  minLogRetentionDays?: number;
  minBackupRetentionDays?: number;
  maxKeyRotationDays?: number;
  maxUnusedCredentialDays?: number;
  requireCustomerManagedKeys?: boolean;
  adminPorts?: Array<{ port: number; name: string }>;
  disabledPolicies?: string[];
  waivers?: Array<{ rule?: string; policy?: string; resource: string; justification: string; approver: string; expires: string }>;
  allowInlineWaivers?: boolean;
  /** Not a setting of the judgement: a bound on reading (src/limits.ts). */
  maxDecompressedMB?: number;
  highAvailability?: string[];
  environments?: Partial<EnvironmentSettings>;
}

/** Flags win over the config file, which wins over defaults. */
export function mergeSettings(base: ScanSettings, config: ConfigFile, flags: Partial<ScanSettings>): ScanSettings {
  const fromConfig: Partial<ScanSettings> = {
    ...(config.residency ? { residency: config.residency } : {}),
    ...(config.failOn ? { failOn: config.failOn } : {}),
    ...(config.minLogRetentionDays ? { minLogRetentionDays: config.minLogRetentionDays } : {}),
    ...(config.minBackupRetentionDays ? { minBackupRetentionDays: config.minBackupRetentionDays } : {}),
    ...(config.maxKeyRotationDays ? { maxKeyRotationDays: config.maxKeyRotationDays } : {}),
    ...(config.maxUnusedCredentialDays ? { maxUnusedCredentialDays: config.maxUnusedCredentialDays } : {}),
    ...(config.highAvailability ? { highAvailability: config.highAvailability } : {}),
    // Each list given replaces its default; the others keep theirs.
    ...(config.environments ? { environments: { ...base.environments, ...config.environments } } : {}),
    ...(config.requireCustomerManagedKeys !== undefined ? { requireCustomerManagedKeys: config.requireCustomerManagedKeys } : {}),
    ...(config.adminPorts ? { extraAdminPorts: config.adminPorts } : {}),
    ...(config.disabledPolicies ? { disabledPolicies: config.disabledPolicies } : {}),
    ...(config.allowInlineWaivers !== undefined ? { allowInlineWaivers: config.allowInlineWaivers } : {}),
  };
  const defined = Object.fromEntries(Object.entries(flags).filter(([, v]) => v !== undefined)) as Partial<ScanSettings>;
  return { ...base, ...fromConfig, ...defined };
}

