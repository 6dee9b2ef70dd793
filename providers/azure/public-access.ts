/**
 * Whether a storage account's blobs are open to anyone (the `publicAccess` facet), from its ARM /
 * Resource Graph record and the containers read beside it. `allowBlobPublicAccess` false closes
 * every container. A missing value is not read as either: the ARM API's "default interpretation"
 * of it was true up to api-version 2022-09-01 and is false from 2023-01-01 (accounts created since
 * late 2023 are written false), so an old account without it may still allow public containers.
 * With the switch on, a container whose `publicAccess` is `Blob` or `Container` is public; Resource
 * Graph does not carry containers and the live scan does not list them, so unless a file gives the
 * account's complete container list (`…/blobServices/default/containers` with `value`) the account
 * stays unknown.
 */
import type { Evidence, PublicAccessFacet } from '../../src/model/facets.js';
import { bool, children, ev, prop, str, type AzRecord, type Details } from './records.js';

const PUBLIC_LEVELS = new Set(['blob', 'container']);

function storageAccount(r: AzRecord, details: Details): PublicAccessFacet {
  const label = 'storage account';
  const allow = prop(r, 'allowBlobPublicAccess');
  const allowed = bool(allow);
  if (allowed === false) return { label, public: 'no', evidence: [ev(allow, { note: 'the account refuses anonymous access to every container' })] };
  if (allowed === undefined) {
    return {
      label,
      public: 'unknown',
      evidence: [ev(allow, { note: 'not in the record: its default depends on the api-version and the account\'s age' })],
      settle: 'properties.allowBlobPublicAccess of the storage account',
    };
  }
  const evidence: Evidence[] = [ev(allow)];
  const containers = children(details, 'containers');
  for (const c of containers.items) {
    const level = prop(c, 'publicAccess');
    const value = str(level);
    if (value && PUBLIC_LEVELS.has(value.toLowerCase())) return { label, public: 'yes', evidence: [...evidence, ev(level, { safe: true, note: 'a container anyone can read' })] };
  }
  if (containers.complete) return { label, public: 'no', evidence: [...evidence, { path: 'blobServices/default/containers', note: 'no container with a public access level' }] };
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
