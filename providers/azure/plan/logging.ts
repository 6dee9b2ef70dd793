import type { Evidence, LogStoreFacet } from '../../../src/model/facets.js';
import type { BuildContext, BuilderTable } from '../../terraform/builder-types.js';
import type { Links } from '../../terraform/links.js';
import { referencesAt } from '../../terraform/links.js';
import { configured, blocks, type TfResource } from '../../terraform/tf-resource.js';
import { ev, evFrom, idSet, read, readBool, readStrings } from './values.js';

/**
 * Where Azure keeps logs: Log Analytics workspaces, and the export of the subscription's activity
 * log (a diagnostic setting on `/subscriptions/<id>`), whose retention is the destination's.
 */

type Retention = LogStoreFacet['retentionDays'];

interface Kept {
  days: Retention;
  evidence: Evidence[];
  settle?: string;
}

/** Azure's workspace default when retention_in_days is left out (PerGB2018 and other paid tiers). */
const DEFAULT_WORKSPACE_DAYS = 30;
/** The Free tier keeps data 7 days whatever is asked. */
const FREE_TIER_DAYS = 7;

/** `viaExport`: read for a diagnostic setting, so evidence names the workspace it came from. */
function workspaceRetention(ws: TfResource, viaExport = false): Kept {
  const mark = (e: Evidence): Evidence => (viaExport ? { ...e, from: ws.address } : e);
  const sku = read(ws, 'sku');
  if (sku.state === 'known' && String(sku.value).toLowerCase() === 'free') return { days: FREE_TIER_DAYS, evidence: [mark(ev(ws, sku, 'safe', { note: 'the Free tier keeps 7 days' }))] };
  const a = read(ws, 'retention_in_days');
  let days: Retention;
  const evidence: Evidence[] = [];
  if (a.state === 'known' && typeof a.value === 'number') {
    days = a.value;
    evidence.push(mark(ev(ws, a)));
  } else if (a.state === 'unset' || (a.state === 'unknown' && configured(ws, 'retention_in_days') === 'no')) {
    // Optional+Computed: left out, Azure applies its default.
    days = DEFAULT_WORKSPACE_DAYS;
    evidence.push(mark(ev(ws, a, 'safe', { note: `not set: Azure keeps ${DEFAULT_WORKSPACE_DAYS} days` })));
  } else {
    return { days: 'unknown', evidence: [mark(ev(ws, a))], settle: 'retention_in_days of the workspace once applied' };
  }
  // This flag purges data after 30 days whatever the retention says.
  const purge = readBool(ws, 'immediate_data_purge_on_30_days_enabled', false);
  if (purge.truth === 'yes') return { days: Math.min(days, 30), evidence: [...evidence, mark(ev(ws, purge.attr))] };
  if (purge.truth === 'unknown') return { days: 'unknown', evidence: [...evidence, mark(ev(ws, purge.attr))], settle: 'immediate_data_purge_on_30_days_enabled once applied' };
  return { days, evidence };
}

function workspace(r: TfResource): LogStoreFacet {
  const kept = workspaceRetention(r);
  return { kind: 'log-workspace', label: 'Log Analytics workspace', retentionDays: kept.days, evidence: kept.evidence, ...(kept.settle ? { settle: kept.settle } : {}) };
}

/** The activity log goes to a container of this name in the destination account. */
const ACTIVITY_CONTAINER = 'insights-activity-logs/';

/**
 * How long a storage account keeps activity-log blobs: the shortest delete action of the lifecycle
 * rules that reach the container (append blobs, which Azure Monitor writes); with a policy and no
 * such rule, until someone deletes them. Without a policy in the plan, unknown: it may be managed
 * elsewhere.
 */
function storageRetention(account: TfResource, links: Links): Kept {
  const policies = links.sources(account, 'azurerm_storage_management_policy', 'storage_account_id');
  if (!policies.length) {
    return { days: 'unknown', evidence: [evFrom(account, 'id', 'hidden', 'no azurerm_storage_management_policy on the account in the plan')], settle: 'the lifecycle management policy of the destination storage account' };
  }
  let shortest: number | undefined;
  const evidence: Evidence[] = [];
  for (const policy of policies) {
    const rules = blocks(policy, 'rule');
    if (rules === 'unknown') return { days: 'unknown', evidence: [evFrom(policy, 'rule')], settle: 'the lifecycle rules of the destination storage account' };
    for (let i = 0; i < rules.length; i++) {
      const p = `rule[${i}]`;
      if (readBool(policy, `${p}.enabled`, true).truth === 'no') continue;
      const prefixes = readStrings(policy, `${p}.filters[0].prefix_match`);
      const types = readStrings(policy, `${p}.filters[0].blob_types`);
      if (prefixes === 'unknown' || types === 'unknown') return { days: 'unknown', evidence: [evFrom(policy, `${p}.filters[0]`)], settle: 'the lifecycle rules of the destination storage account' };
      const reaches = prefixes.length === 0 || prefixes.some((x) => ACTIVITY_CONTAINER.startsWith(x) || x.startsWith(ACTIVITY_CONTAINER));
      if (!reaches || !types.includes('appendBlob')) continue;
      for (const action of ['delete_after_days_since_modification_greater_than', 'delete_after_days_since_creation_greater_than']) {
        const a = read(policy, `${p}.actions[0].base_blob[0].${action}`);
        if (a.state === 'unknown') return { days: 'unknown', evidence: [evFrom(policy, a)], settle: 'the lifecycle rules of the destination storage account' };
        if (a.state === 'known' && typeof a.value === 'number') {
          shortest = Math.min(shortest ?? Infinity, a.value);
          evidence.push(evFrom(policy, a));
        }
      }
    }
  }
  if (shortest === undefined) return { days: 'forever', evidence: [evFrom(policies[0]!, 'rule', 'safe', 'no lifecycle rule deletes activity-log blobs')] };
  return { days: shortest, evidence };
}

/** A diagnostic setting on a subscription exports its activity log. */
export function targetsSubscription(r: TfResource): boolean | undefined {
  const target = read(r, 'target_resource_id');
  if (target.state === 'known') return /^\/subscriptions\/[^/]+\/?$/i.test(String(target.value));
  if (target.state === 'unset') return false;
  const refs = referencesAt(r, 'target_resource_id');
  return refs.some((x) => /^(data\.)?azurerm_subscription\./.test(x)) ? true : undefined;
}

/** The longest-kept copy is what keeps the logs; one destination of unknown retention leaves it unknown unless another keeps them forever. */
function longest(kept: readonly Kept[]): Kept {
  const evidence = kept.flatMap((k) => k.evidence);
  if (kept.some((k) => k.days === 'forever')) return { days: 'forever', evidence };
  const unknown = kept.find((k) => k.days === 'unknown');
  if (unknown || !kept.length) return { days: 'unknown', evidence, settle: unknown?.settle ?? 'a destination of the activity-log export' };
  return { days: kept.reduce((longest, k) => Math.max(longest, k.days as number), -Infinity), evidence };
}

function activityLogExport(r: TfResource, { links }: BuildContext): LogStoreFacet | undefined {
  if (targetsSubscription(r) !== true) return undefined;
  const kept: Kept[] = [];
  if (idSet(r, 'log_analytics_workspace_id') !== 'no') {
    const ws = links.targets(r, 'log_analytics_workspace_id', ['azurerm_log_analytics_workspace'])[0];
    kept.push(ws ? workspaceRetention(ws, true) : { days: 'unknown', evidence: [ev(r, 'log_analytics_workspace_id', 'hidden', { note: 'workspace not in the plan' })], settle: 'the retention of the destination Log Analytics workspace' });
  }
  if (idSet(r, 'storage_account_id') !== 'no') {
    const account = links.targets(r, 'storage_account_id', ['azurerm_storage_account'])[0];
    kept.push(account ? storageRetention(account, links) : { days: 'unknown', evidence: [ev(r, 'storage_account_id', 'hidden', { note: 'storage account not in the plan' })], settle: 'the lifecycle management policy of the destination storage account' });
  }
  if (!kept.length) {
    // Event Hubs and partner solutions stream the logs on; where they are kept is out of sight.
    kept.push({ days: 'unknown', evidence: [ev(r, 'eventhub_authorization_rule_id', 'hidden')], settle: 'the store that receives the streamed activity log' });
  }
  const out = longest(kept);
  return { kind: 'diagnostic-setting', label: 'activity-log export', retentionDays: out.days, evidence: out.evidence, ...(out.settle && out.days === 'unknown' ? { settle: out.settle } : {}) };
}

export const LOGGING: BuilderTable = {
  logStore: {
    azurerm_log_analytics_workspace: workspace,
    azurerm_monitor_diagnostic_setting: activityLogExport,
  },
};
