import type { Resource } from '../model/resource.js';
import { DEFAULT_SETTINGS, type ScanSettings } from '../settings.js';
import type { CheckResult, Policy } from './api.js';

/**
 * Runs one policy on resources the way the scanner does, for policy tests (built-in and users'
 * own), like ESLint's RuleTester: give resources, get each one's result (undefined: not applicable).
 */
export function runPolicy(policy: Policy, resources: readonly Resource[], settings: Partial<ScanSettings> = {}): Map<string, CheckResult | undefined> {
  const ctx = { settings: { ...DEFAULT_SETTINGS, ...settings } };
  return new Map(resources.map((r) => [r.id, policy.check(r, ctx)]));
}
