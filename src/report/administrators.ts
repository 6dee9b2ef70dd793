/**
 * The privileged principals a scan saw: the list of administrators CLD-16 asks the provider to keep,
 * and where the yearly rights review of CLD-17 starts. Taken from the identity facets the admin-MFA
 * policy judges, so the list and that policy's findings cover the same principals. Principals whose
 * rights could not be decided are listed too, marked: a review must not miss them.
 */
import type { IdentityFacet, Truth } from '../model/facets.js';
import type { Finding } from '../model/finding.js';
import type { FileLocation, Resource } from '../model/resource.js';

export interface Administrator {
  /** As the cloud names it (user or role name, `user:alice@example.com`); the resource id when the input does not name one. */
  principal: string;
  kind: IdentityFacet['principalKind'];
  /** `unknown`: its rights come from something outside the input (a policy or group not in the plan). */
  admin: 'yes' | 'unknown';
  humanAccess: Truth;
  mfa: IdentityFacet['mfa'];
  resource: Finding['resource'];
  category: string;
  location: FileLocation | null;
}

export function administratorOf(r: Resource): Administrator | undefined {
  const id = r.facets.identity;
  if (!id || id.admin === 'no') return undefined;
  return {
    principal: id.principal ?? r.id,
    kind: id.principalKind,
    admin: id.admin,
    humanAccess: id.humanAccess,
    mfa: id.mfa,
    resource: { id: r.id, provider: r.provider, nativeType: r.nativeType, region: r.region ?? null },
    category: r.source.category,
    location: r.source.location ?? null,
  };
}

/** Certain administrators first, then by scope and name: the order a reviewer reads. */
export function sortAdministrators(list: readonly Administrator[]): Administrator[] {
  return [...list].sort(
    (a, b) =>
      (a.admin === 'yes' ? 0 : 1) - (b.admin === 'yes' ? 0 : 1) ||
      a.category.localeCompare(b.category) ||
      a.principal.localeCompare(b.principal) ||
      a.resource.id.localeCompare(b.resource.id),
  );
}
