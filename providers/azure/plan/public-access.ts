/**
 * Whether a storage account's blobs are open to anyone (the `publicAccess` facet), from the plan.
 * The account's switch decides first: with it off no container can be read anonymously, whatever
 * its access level. azurerm names it `allow_nested_items_to_be_public` (3.0 and later, default
 * true, unlike the ARM API since 2023-01-01 whose default is false) and, before 3.0,
 * `allow_blob_public_access` (default false). With the switch on, a container of the plan with
 * `container_access_type` `blob` or `container` is public; containers the plan does not manage
 * (another stack, the portal) cannot be seen, so none public in the plan leaves it unknown.
 */
import type { Evidence, PublicAccessFacet } from '../../../src/model/facets.js';
import type { Builder, BuilderTable } from '../../terraform/builder-types.js';
import type { Links } from '../../terraform/links.js';
import type { TfResource } from '../../terraform/tf-resource.js';
import { evFrom, ev, firstPresent, read, readBool, sameResourceGroup } from './values.js';

/** The containers of the plan that belong to an account (by id in azurerm 4, by name and resource group before). */
export function storageContainers(account: TfResource, links: Links): TfResource[] {
  return [
    ...links.sources(account, 'azurerm_storage_container', 'storage_account_id'),
    ...links.sources(account, 'azurerm_storage_container', 'storage_account_name').filter((c) => sameResourceGroup(c, account)),
  ];
}

const PUBLIC_LEVELS = new Set(['blob', 'container']);

const account: Builder<PublicAccessFacet> = (r, ctx) => {
  const label = 'storage account';
  const path = firstPresent(r, ['allow_nested_items_to_be_public', 'allow_blob_public_access']);
  const allowed = readBool(r, path, path === 'allow_nested_items_to_be_public');
  const allowEvidence = ev(r, allowed.attr, { note: allowed.attr.state === 'unset' ? `not set: azurerm defaults ${path} to ${path === 'allow_nested_items_to_be_public'}` : undefined });
  if (allowed.truth === 'no') return { label, public: 'no', evidence: [{ ...allowEvidence, note: 'the account refuses anonymous access to every container' }] };
  if (allowed.truth === 'unknown') return { label, public: 'unknown', evidence: [allowEvidence], settle: `${path} of the storage account once applied` };
  const evidence: Evidence[] = [allowEvidence];
  let unknown = false;
  for (const c of storageContainers(r, ctx.links)) {
    const level = read(c, 'container_access_type');
    if (level.state === 'unknown') {
      unknown = true;
      evidence.push(evFrom(c, level));
    } else if (level.state === 'known' && PUBLIC_LEVELS.has(String(level.value).toLowerCase())) {
      return { label, public: 'yes', evidence: [...evidence, evFrom(c, level, { safe: true, note: 'a container anyone can read' })] };
    }
  }
  evidence.push({ path: 'azurerm_storage_container', note: unknown ? 'a container access level is known only after apply' : 'no public container in this plan; containers managed elsewhere cannot be seen' });
  return { label, public: 'unknown', evidence, settle: `the access level of every container of the account, or ${path} = false` };
};

export const PUBLIC_ACCESS: BuilderTable = {
  publicAccess: {
    azurerm_storage_account: account,
  },
};
