/** The library API: what users' own policies import from `cldscan` (their tests: `cldscan/testing`). */
export {
  definePolicy,
  type Policy,
  type PolicyMeta,
  type CheckResult,
  type PolicyContext,
  type Localized,
  type MessageRef,
  type MessageData,
  type MessageValue,
  type Remediation,
  type Lang,
} from './policy/api.js';
export { renderMessage } from './policy/messages.js';
export type { Resource, CloudProvider, FileLocation, ResourceSource } from './model/resource.js';
export type * from './model/facets.js';
export type { Finding, Severity, Status } from './model/finding.js';
export type { ScanSettings } from './settings.js';
export { scan, type ScanRequest } from './scan.js';
export { BUILTIN_POLICIES, INPUT_KINDS } from './cli/composition-root.js';
export { render, type Format } from './report/render.js';
