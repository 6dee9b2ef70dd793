/**
 * Whether a storage account's blobs are open to anyone (the `publicAccess` facet), from its ARM /
 * Resource Graph record and the containers read beside it (the live scan lists them, `…/blobServices/default/containers`,
 * for every account that does not refuse public access; a file may give them too, as that list or one by one).
 * `allowBlobPublicAccess` false closes every container. A missing value is not read as either: the
 * ARM API's "default interpretation" of it was true up to api-version 2022-09-01 and is false from
 * 2023-01-01 (accounts created since late 2023 are written false), so an old account without it may
 * still allow public containers; only a complete container list with none public settles it. With
 * the switch on, a container whose `publicAccess` is `Blob` or `Container` is public; with no public
 * container seen, the account is private only when its complete container list was read.
 */
import type { Evidence, PublicAccessFacet } from '../../src/model/facets.js';
import { bool, children, ev, prop, str, type AzRecord, type Details } from './records.js';

const PUBLIC_LEVELS = new Set(['blob', 'container']);

function storageAccount(r: AzRecord, details: Details): PublicAccessFacet {
  const label = 'storage account';
  const allow = prop(r, 'allowBlobPublicAccess');
  const allowed = bool(allow);
  if (allowed === false) return { label, public: 'no', evidence: [ev(allow, { note: 'the account refuses anonymous access to every container' })] };
  const containers = children(details, 'containers');
  const open = containers.items.map((c) => prop(c, 'publicAccess')).find((level) => PUBLIC_LEVELS.has(str(level)?.toLowerCase() ?? ''));
  const listed: Evidence = { path: 'blobServices/default/containers', note: 'no container with a public access level' };
  if (allowed === undefined) {
    const evidence = [ev(allow, { note: 'not in the record: its default depends on the api-version and the account\'s age' })];
    if (!open && containers.complete) return { label, public: 'no', evidence: [...evidence, listed] };
    return {
      label,
      public: 'unknown',
      evidence: open ? [...evidence, ev(open, { safe: true, note: 'a container with a public access level, public if the account allows it' })] : evidence,
      settle: 'properties.allowBlobPublicAccess of the storage account',
    };
  }
  const evidence: Evidence[] = [ev(allow)];
  if (open) return { label, public: 'yes', evidence: [...evidence, ev(open, { safe: true, note: 'a container anyone can read' })] };
  if (containers.complete) return { label, public: 'no', evidence: [...evidence, listed] };
  return {
    label,
    public: 'unknown',
    evidence: [...evidence, { path: 'blobServices/default/containers', note: 'the account\'s containers were not read' }],
    settle: 'the public access level of every container of the account (az storage container list), or allowBlobPublicAccess = false',
  };
}

export const PUBLIC_ACCESS_BUILDERS: Readonly<Record<string, (r: AzRecord, details: Details) => PublicAccessFacet | undefined>> = {
  'microsoft.storage/storageaccounts': storageAccount,
};
