/** The library API: what users' own policies and tests import from `cldscan`. */
export { definePolicy, type Policy, type PolicyMeta, type CheckResult, type PolicyContext } from './policy/api.js';
export { runPolicy } from './policy/tester.js';
export type { Resource, CloudProvider, FileLocation, ResourceSource } from './model/resource.js';
export type * from './model/facets.js';
export type { Finding, Severity, Status } from './model/finding.js';
export type { ScanSettings } from './settings.js';
export { scan, type ScanRequest } from './scan.js';
export { BUILTIN_POLICIES, INPUT_KINDS } from './cli/composition-root.js';
export { render, type Format } from './report/render.js';
