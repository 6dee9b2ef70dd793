import type { CloudProvider, FileLocation } from './resource.js';
import type { Evidence, FacetName } from './facets.js';
import type { Suppression } from '../waivers.js';
import type { MessageData, MessageRef } from '../policy/messages.js';

export type Status = 'pass' | 'fail' | 'unknown';
export const STATUSES: readonly Status[] = ['pass', 'fail', 'unknown'];

export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Finding {
  policy: string;
  rules: string[];
  status: Status;
  severity: Severity;
  /** The message in English; a report in another language renders it again from the ids and data below. */
  message: string;
  /** The policy's message id (a key of its `meta.messages`), and the values of its placeholders. */
  messageId: string;
  data?: MessageData;
  /** Further messages of the result, after the first. */
  also?: MessageRef[];
  resource: {
    id: string;
    provider: CloudProvider;
    nativeType: string;
    region: string | null;
  };
  location: FileLocation | null;
  /** The input the resource came from, and for live scans the scope. */
  input: string;
  /** The scan category the finding belongs to (see ResourceSource.category). */
  category: string;
  origin: 'plan' | 'config' | 'live';
  evidence: Evidence[];
  /** The outcome of each check (the policy judging one facet) this result is evidence for: `{ auditTrail: 'fail', logStore: 'pass' }`. */
  outcomes: Partial<Record<FacetName, Status>>;
  /** For unknown results: the evidence that would settle the question (in English). */
  settle?: string;
  /** When the policy named one of its own messages as what would settle it: rendered again in another language. */
  settleRef?: MessageRef;
  /** Stable across runs and line moves: policy + resource identity. */
  fingerprint: string;
  /** A waiver accepts this failure or unknown: it stays visible, counted apart, and does not fail the scan. */
  suppression?: Suppression;
  /** Against --baseline: `new` (not in the baseline) or `unchanged`. */
  baseline?: 'new' | 'unchanged';
  /** Waivers that matched but have expired (they no longer apply). */
  expiredWaivers?: Array<{ where: string; expires: string }>;
}

/** Something that went wrong or was skipped while reading part of the estate. */
export interface Notification {
  level: 'error' | 'warning' | 'note';
  message: string;
  /** The input / scope it concerns. */
  scope?: string;
  /** The scan category it belongs to, when it concerns one (`aws/123456789012`). */
  category?: string;
}
