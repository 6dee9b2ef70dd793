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
};
