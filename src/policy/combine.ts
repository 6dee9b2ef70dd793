import type { FacetName } from '../model/facets.js';
import type { Status } from '../model/finding.js';
import type { CheckResult, MessageRef } from './api.js';

/**
 * One finding per resource and policy, however many aspects the policy checks: the worst status
 * wins, its messages are kept, the evidence of every aspect is kept, and each facet's own outcome
 * is kept for the compliance matrix (a passing aspect still counts as evidence for its check).
 */
export function worstOf(results: ReadonlyArray<CheckResult | undefined>): CheckResult | undefined {
  const present = results.filter((r): r is CheckResult => r !== undefined);
  if (present.length <= 1) return present[0];
  const rank = { fail: 2, unknown: 1, pass: 0 } as const;
  const top = Math.max(...present.map((r) => rank[r.status]));
  const chosen = present.filter((r) => rank[r.status] === top);
  const settle = chosen.find((r) => r.settle)?.settle;
  const outcomes: Partial<Record<FacetName, Status>> = {};
  for (const r of present) {
    for (const [facet, status] of Object.entries(r.outcomes ?? (r.facet ? { [r.facet]: r.status } : {})) as Array<[FacetName, Status]>) {
      const before = outcomes[facet];
      if (!before || rank[status] > rank[before]) outcomes[facet] = status;
    }
  }
  const [first, ...rest] = chosen;
  const also: MessageRef[] = [...(first!.also ?? []), ...rest.flatMap((r) => [{ messageId: r.messageId, ...(r.data ? { data: r.data } : {}) }, ...(r.also ?? [])])];
  return {
    status: first!.status,
    messageId: first!.messageId,
    ...(first!.data ? { data: first!.data } : {}),
    ...(also.length ? { also } : {}),
    evidence: present.flatMap((r) => r.evidence ?? []),
    ...(settle ? { settle } : {}),
    ...(Object.keys(outcomes).length ? { outcomes } : {}),
  };
}
