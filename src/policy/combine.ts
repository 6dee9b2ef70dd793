import type { CheckResult } from './api.js';

/**
 * One finding per resource and policy, however many aspects the policy checks: the worst status
 * wins, its messages are kept, and the evidence of every aspect is kept.
 */
export function worstOf(results: ReadonlyArray<CheckResult | undefined>): CheckResult | undefined {
  const present = results.filter((r): r is CheckResult => r !== undefined);
  if (present.length <= 1) return present[0];
  const rank = { fail: 2, unknown: 1, pass: 0 } as const;
  const top = Math.max(...present.map((r) => rank[r.status]));
  const chosen = present.filter((r) => rank[r.status] === top);
  const settle = chosen.find((r) => r.settle)?.settle;
  return {
    status: chosen[0]!.status,
    message: chosen.map((r) => r.message).join(' '),
    evidence: present.flatMap((r) => r.evidence ?? []),
    ...(settle ? { settle } : {}),
  };
}
