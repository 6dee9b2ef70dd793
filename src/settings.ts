import type { ResidencyProfile } from './regions/jurisdictions.js';
import type { Severity } from './model/finding.js';
import type { Waiver } from './waivers.js';

/** What a scan is judged against: flags, then the config file, then these defaults. */
export interface ScanSettings {
  residency: ResidencyProfile;
  failOn: Severity | 'none';
  /** Minimum log retention in days (CL-19: 12 months). */
  minLogRetentionDays: number;
  /** Encryption with a provider-managed key is not enough: a customer-managed key is required. */
  requireCustomerManagedKeys: boolean;
  /** Ports, beyond the built-in list, that count as administration interfaces. */
  extraAdminPorts: Array<{ port: number; name: string }>;
  /** Policy ids switched off. */
  disabledPolicies: string[];
  /** Waivers from the configuration file. */
  waivers: Waiver[];
  /** Whether `# cldscan:ignore` comments in Terraform are honoured. */
  allowInlineWaivers: boolean;
  /** Minimum days backups are kept (CLD-26). */
  minBackupRetentionDays: number;
  /** Longest key rotation period accepted, in days (CLD-40). */
  maxKeyRotationDays: number;
  /** Credentials unused for longer than this many days should be removed (CLD-14). */
  maxUnusedCredentialDays: number;
  /** Resources (globs over ids) that must run across zones (CLD-69); empty: availability is not judged. */
  highAvailability: string[];
  /** How production and non-production resources are told apart (CLD-25). */
  environments: EnvironmentSettings;
}

export interface EnvironmentSettings {
  /** Tag or label keys that carry the environment, compared case-insensitively. */
  tagKeys: string[];
  production: string[];
  nonProduction: string[];
}

export const DEFAULT_SETTINGS: ScanSettings = {
  residency: 'eu-adequate',
  failOn: 'high',
  minLogRetentionDays: 365,
  requireCustomerManagedKeys: false,
  extraAdminPorts: [],
  disabledPolicies: [],
  waivers: [],
  allowInlineWaivers: true,
  minBackupRetentionDays: 7,
  maxKeyRotationDays: 365,
  maxUnusedCredentialDays: 90,
  highAvailability: [],
  environments: {
    tagKeys: ['environment', 'env', 'environnement', 'stage'],
    production: ['prod', 'production', 'prd', 'live'],
    nonProduction: ['dev', 'development', 'test', 'testing', 'qa', 'uat', 'staging', 'stage', 'preprod', 'pre-prod', 'recette', 'integration', 'sandbox', 'demo'],
  },
};
