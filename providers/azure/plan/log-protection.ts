import type { Evidence, LogProtectionFacet } from '../../../src/model/facets.js';
import type { BuildContext, BuilderTable } from '../../terraform/builder-types.js';
import type { Links } from '../../terraform/links.js';
import { blocks, type TfResource } from '../../terraform/tf-resource.js';
import { targetsSubscription } from './logging.js';
import { activityLogDestinations, type DestinationVerdict } from '../knowledge/activity-log.js';
import { ev, evFrom, idSet, knownString, read, readBool } from './values.js';
import { storageContainers } from './public-access.js';

/**
 * Protection of the subscription's activity log, judged on its export (a diagnostic setting on
 * the subscription): logs are protected when one destination keeps them immutable, i.e. a storage
 * account with a locked time-based retention policy, on the account (`immutability_policy`) or on
 * the `insights-activity-logs` container Azure Monitor writes to
 * (`azurerm_storage_container_immutability_policy` with `locked = true`). An unlocked policy can
 * be removed by an administrator; a Log Analytics workspace offers no immutability (its data can
 * be purged). Every destination is encrypted at rest by Azure. Azure has no log file validation:
 * `integrityValidation` is left out.
 */

const CONTAINER = 'insights-activity-logs';

/** Whether a storage account keeps the activity-log blobs immutable. */
function accountImmutability(account: TfResource, links: Links): DestinationVerdict {
  const evidence: Evidence[] = [];
  const policy = blocks(account, 'immutability_policy');
  if (policy === 'unknown') return { immutable: 'unknown', evidence: [evFrom(account, 'immutability_policy')], settle: 'the immutability policy of the destination storage account' };
  if (policy.length) {
    const state = read(account, 'immutability_policy[0].state');
    if (state.state === 'unknown') return { immutable: 'unknown', evidence: [evFrom(account, state, { safe: true })], settle: 'the immutability policy state of the destination storage account' };
    const locked = state.state === 'known' && /^locked$/i.test(String(state.value));
    evidence.push(evFrom(account, state, { safe: true, note: locked ? 'account-level time-based retention, locked' : 'an unlocked policy can be removed by an administrator' }));
    if (locked) return { immutable: 'yes', evidence };
  }
  // Container-level policies on the container Azure Monitor writes to.
  const containers = storageContainers(account, links).filter((c) => knownString(c, 'name') === CONTAINER);
  for (const c of containers) {
    for (const p of links.sources(c, 'azurerm_storage_container_immutability_policy', 'storage_container_resource_manager_id')) {
      const locked = readBool(p, 'locked', false, false);
      evidence.push(evFrom(p, locked.attr, { note: `immutability policy of the ${CONTAINER} container` }));
      if (locked.truth === 'yes') return { immutable: 'yes', evidence };
      if (locked.truth === 'unknown') return { immutable: 'unknown', evidence, settle: `whether the immutability policy of the ${CONTAINER} container is locked` };
    }
  }
  if (!evidence.length) evidence.push(evFrom(account, 'immutability_policy', { note: `no immutability policy on the account or its ${CONTAINER} container in the plan` }));
  return { immutable: 'no', evidence };
}

function activityLogProtection(r: TfResource, { links }: BuildContext): LogProtectionFacet | undefined {
  if (targetsSubscription(r) !== true) return undefined;
  const verdicts: DestinationVerdict[] = [];
  if (idSet(r, 'storage_account_id') !== 'no') {
    const account = links.targets(r, 'storage_account_id', ['azurerm_storage_account'])[0];
    verdicts.push(
      account
        ? accountImmutability(account, links)
        : { immutable: 'unknown', evidence: [ev(r, 'storage_account_id', { note: 'storage account not in the plan' })], settle: 'the immutability policy of the destination storage account' },
    );
  }
  if (idSet(r, 'log_analytics_workspace_id') !== 'no') {
    verdicts.push({ immutable: 'no', evidence: [ev(r, 'log_analytics_workspace_id', { note: 'a Log Analytics workspace keeps no immutable copy (its data can be purged)' })] });
  }
  if (!verdicts.length) {
    verdicts.push({ immutable: 'unknown', evidence: [ev(r, 'eventhub_authorization_rule_id', { note: 'streamed to an event hub or a partner solution' })], settle: 'the store that receives the streamed activity log' });
  }
  return activityLogDestinations('activity-log export', verdicts, 'id');
}

export const LOG_PROTECTION: BuilderTable = {
  logProtection: { azurerm_monitor_diagnostic_setting: activityLogProtection },
};
