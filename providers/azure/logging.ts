import { type AuditTrailFacet, type Evidence, type LogProtectionFacet, type LogStoreFacet, type Truth } from '../../src/model/facets.js';
import { activityLogDestinations, type DestinationVerdict } from './knowledge/activity-log.js';
import { bool, children, ev, field, get, idAt, idOf, isObject, list, lower, num, prop, str, typeOf, nestedDetails, type AzRecord, type Details } from './records.js';
import { ACTIVITY_LOG_DAYS, FREE_TIER_DAYS, FREE_TIER_NOTE, longest, type Kept } from './knowledge/log-retention.js';

/**
 * Where Azure keeps logs: Log Analytics workspaces (`retentionInDays`), and the subscription's
 * activity log, which Azure keeps 90 days unless a diagnostic setting exports it; an export keeps it
 * as long as its destination does (the workspace's retention, the storage account's lifecycle rules).
 */

/** `from`: the workspace's id when read for an export, so evidence names where it came from. */
function workspaceRetention(ws: AzRecord, from?: string): Kept {
  const mark = (e: Evidence): Evidence => (from ? { ...e, from } : e);
  const sku = prop(ws, 'sku.name').found ? prop(ws, 'sku.name') : field(ws, 'sku.name');
  if (str(sku) && lower(str(sku)!) === 'free') return { days: FREE_TIER_DAYS, evidence: [mark(ev(sku, { safe: true, note: FREE_TIER_NOTE }))] };
  const days = prop(ws, 'retentionInDays');
  const n = num(days);
  if (n === undefined) return { days: 'unknown', evidence: [mark(ev(days))], settle: 'properties.retentionInDays of the Log Analytics workspace' };
  // This flag purges data after 30 days whatever the retention says.
  const purge = prop(ws, 'features.immediatePurgeDataOn30Days');
  if (bool(purge) === true) return { days: Math.min(n, 30), evidence: [mark(ev(days)), mark(ev(purge))] };
  return { days: n, evidence: [mark(ev(days))] };
}

export function workspaceLogStore(ws: AzRecord): LogStoreFacet {
  const kept = workspaceRetention(ws);
  return { kind: 'log-workspace', label: 'Log Analytics workspace', retentionDays: kept.days, evidence: kept.evidence, ...(kept.settle ? { settle: kept.settle } : {}) };
}

const ACTIVITY_CONTAINER = 'insights-activity-logs/';
const POLICY_SETTLE = 'the lifecycle management policy of the destination storage account';

/**
 * How long a storage account keeps activity-log blobs: the shortest delete action of the enabled
 * lifecycle rules that reach the `insights-activity-logs` container's append blobs; with no such
 * rule (or no policy at all), until someone deletes them.
 */
function storageRetention(accountId: string, details: Details): Kept {
  const base = `${lower(accountId)}/managementpolicies`;
  let complete = false;
  const policies: AzRecord[] = [];
  for (const r of details.records) {
    const id = lower(idOf(r) ?? '');
    if (id === base && Array.isArray(r.value)) {
      complete = true;
      for (const item of r.value.filter(isObject)) policies.push(item);
    } else if (id.startsWith(`${base}/`)) policies.push(r);
  }
  if (!policies.length) {
    if (complete) return { days: 'forever', evidence: [{ path: 'managementPolicies', value: 0, from: accountId, note: 'no lifecycle management policy: blobs are kept until deleted' }] };
    return { days: 'unknown', evidence: [{ path: 'managementPolicies/default', from: accountId, note: 'the lifecycle policy of the storage account was not read' }], settle: POLICY_SETTLE };
  }
  let shortest: number | undefined;
  const evidence: Evidence[] = [];
  for (const policy of policies) {
    const rules = prop(policy, 'policy.rules');
    const items = list(rules);
    if (!items) return { days: 'unknown', evidence: [ev(rules, { from: accountId })], settle: POLICY_SETTLE };
    items.forEach((rule, i) => {
      if (!isObject(rule) || bool(get(rule, 'enabled')) === false) return;
      const prefixes = list(get(rule, 'definition.filters.prefixMatch')) ?? [];
      const types = list(get(rule, 'definition.filters.blobTypes')) ?? [];
      const reaches = prefixes.length === 0 || prefixes.some((x) => typeof x === 'string' && (ACTIVITY_CONTAINER.startsWith(x) || x.startsWith(ACTIVITY_CONTAINER)));
      if (!reaches || !types.some((t) => typeof t === 'string' && lower(t) === 'appendblob')) return;
      for (const action of ['daysAfterModificationGreaterThan', 'daysAfterCreationGreaterThan']) {
        const g = get(rule, `definition.actions.baseBlob.delete.${action}`, `${rules.path}[${i}]`);
        const d = num(g);
        if (d === undefined) continue;
        shortest = Math.min(shortest ?? Infinity, d);
        evidence.push(ev(g, { from: accountId }));
      }
    });
  }
  if (shortest === undefined) return { days: 'forever', evidence: [{ path: 'policy.rules', from: accountId, note: 'no lifecycle rule deletes activity-log blobs' }] };
  return { days: shortest, evidence };
}

/** A diagnostic setting that exports something: any log category (or category group) enabled; no `logs` list reads as unknown, taken as exporting. */
function exportsLogs(setting: AzRecord): boolean {
  const logs = list(prop(setting, 'logs'));
  if (!logs) return true;
  return logs.some((l) => isObject(l) && bool(prop(l, 'enabled')) !== false);
}


function settingRetention(setting: AzRecord, index: number, details: Details): Kept[] {
  const nested: Details = { records: [...details.records, ...nestedDetails(setting)] };
  const kept: Kept[] = [];
  const at = `diagnosticSettings[${index}]`;
  const workspaceId = idAt(prop(setting, 'workspaceId'));
  if (workspaceId) {
    const ws = nested.records.find((r) => typeOf(r) === 'microsoft.operationalinsights/workspaces' && lower(idOf(r) ?? '') === lower(workspaceId));
    kept.push(ws ? workspaceRetention(ws, workspaceId) : { days: 'unknown', evidence: [{ path: `${at}.properties.workspaceId`, note: 'the destination workspace was not read' }], settle: 'the retention of the destination Log Analytics workspace' });
  }
  const accountId = idAt(prop(setting, 'storageAccountId'));
  if (accountId) kept.push(storageRetention(accountId, nested));
  if (!kept.length) {
    // Event Hubs and partner solutions stream the logs on; where they are kept is out of sight.
    kept.push({ days: 'unknown', evidence: [{ path: `${at}.properties.eventHubAuthorizationRuleId`, note: 'streamed to an event hub or a partner solution' }], settle: 'the store that receives the streamed activity log' });
  }
  return kept;
}

/**
 * Whether the subscription's activity log is exported at all (README, "Account-level controls"):
 * a diagnostic setting exporting a log category; none among settings read whole is missing; an
 * inventory without the settings (a Graph export) cannot tell. Retention is the log store's part.
 */
export function activityLogExport(details: Details): AuditTrailFacet {
  const { items, complete } = children(details, 'diagnosticsettings');
  const exporting = items.filter(exportsLogs).length;
  const present: Truth = exporting ? 'yes' : complete ? 'no' : 'unknown';
  const note = exporting ? `${exporting} diagnostic setting(s) export the activity log` : complete ? 'no diagnostic setting exports the activity log' : 'the diagnostic settings of the subscription are not in the inventory';
  return {
    label: 'activity-log export',
    where: 'the subscription',
    present,
    multiRegion: 'unknown',
    integrityValidation: 'unknown',
    coversAllServices: 'unknown',
    evidence: [{ path: 'diagnosticSettings', value: exporting, note }],
    ...(present === 'unknown' ? { settle: 'the diagnostic settings of the subscription (az monitor diagnostic-settings subscription list)' } : {}),
  };
}

/**
 * The activity log of a subscription: kept as long as the longest-kept export, or 90 days when
 * no diagnostic setting exports it. Undefined when the settings were not read (a Graph export
 * carries none).
 */
export function activityLog(details: Details): LogStoreFacet | undefined {
  const { items, complete } = children(details, 'diagnosticsettings');
  if (!complete && !items.length) return undefined;
  const exporting = items.filter(exportsLogs);
  let kept: Kept;
  if (!exporting.length) {
    kept = complete
      ? { days: ACTIVITY_LOG_DAYS, evidence: [{ path: 'diagnosticSettings', value: 0, note: 'no diagnostic setting exports the activity log: Azure keeps it 90 days' }] }
      : { days: 'unknown', evidence: [{ path: 'diagnosticSettings', note: 'not every diagnostic setting of the subscription was read' }], settle: 'the diagnostic settings of the subscription' };
  } else {
    kept = longest(exporting.flatMap((s, i) => settingRetention(s, i, details)));
  }
  return {
    kind: 'diagnostic-setting',
    label: 'activity log',
    retentionDays: kept.days,
    evidence: kept.evidence,
    ...(kept.days === 'unknown' && kept.settle ? { settle: kept.settle } : {}),
  };
}

const CONTAINER = 'insights-activity-logs';

/**
 * Whether a destination storage account keeps activity-log blobs immutable: a locked account-level
 * policy (`immutableStorageWithVersioning.immutabilityPolicy.state`), or a locked time-based
 * retention policy or a legal hold on the `insights-activity-logs` container. An unlocked policy
 * can be removed by an administrator.
 */
function storageProtection(accountId: string, details: Details): DestinationVerdict {
  const key = lower(accountId);
  const account = details.records.find((r) => lower(idOf(r) ?? '') === key && typeOf(r) === 'microsoft.storage/storageaccounts');
  const container = details.records.find((r) => lower(idOf(r) ?? '') === `${key}/blobservices/default/containers/${CONTAINER}`);
  const evidence: Evidence[] = [];
  if (account) {
    const state = prop(account, 'immutableStorageWithVersioning.immutabilityPolicy.state');
    const enabled = bool(prop(account, 'immutableStorageWithVersioning.enabled'));
    if (enabled === true && lower(str(state) ?? '') === 'locked') return { immutable: 'yes', evidence: [ev(state, { safe: true, from: accountId, note: 'account-level immutability, locked' })] };
    evidence.push(ev(state.found ? state : prop(account, 'immutableStorageWithVersioning'), { safe: true, from: accountId }));
  }
  if (container) {
    const hold = prop(container, 'hasLegalHold');
    const policy = prop(container, 'immutabilityPolicy.properties.state').found ? prop(container, 'immutabilityPolicy.properties.state') : prop(container, 'immutabilityPolicy.state');
    if (bool(hold) === true) return { immutable: 'yes', evidence: [ev(hold, { from: accountId, note: `legal hold on the ${CONTAINER} container` })] };
    if (lower(str(policy) ?? '') === 'locked') return { immutable: 'yes', evidence: [ev(policy, { safe: true, from: accountId, note: `time-based retention on the ${CONTAINER} container, locked` })] };
    evidence.push(ev(policy, { safe: true, from: accountId, note: str(policy) ? 'an unlocked policy can be removed by an administrator' : `no immutability policy on the ${CONTAINER} container` }));
  }
  if (account && container) return { immutable: 'no', evidence };
  return {
    immutable: 'unknown',
    evidence: [...evidence, { path: account ? `blobServices/default/containers/${CONTAINER}` : 'properties.immutableStorageWithVersioning', from: accountId, note: 'not read' }],
    settle: `the immutability of the destination storage account and its ${CONTAINER} container`,
  };
}

/**
 * Protection of the activity log, on the subscription: immutable when one export keeps it in an
 * immutable storage account; a Log Analytics workspace keeps no immutable copy (its data can be
 * purged); an event hub or partner destination is out of sight. Every destination is encrypted at
 * rest. Undefined when nothing exports the activity log, or the settings were not read.
 */
export function activityLogProtection(details: Details): LogProtectionFacet | undefined {
  const { items } = children(details, 'diagnosticsettings');
  const exporting = items.filter(exportsLogs);
  if (!exporting.length) return undefined;
  const verdicts: DestinationVerdict[] = [];
  exporting.forEach((s, i) => {
    const nested: Details = { records: [...details.records, ...nestedDetails(s)] };
    const at = `diagnosticSettings[${i}].properties`;
    const ws = idAt(prop(s, 'workspaceId'));
    const account = idAt(prop(s, 'storageAccountId'));
    if (account) verdicts.push(storageProtection(account, nested));
    if (ws) verdicts.push({ immutable: 'no', evidence: [{ path: `${at}.workspaceId`, note: 'a Log Analytics workspace keeps no immutable copy (its data can be purged)' }] });
    if (!account && !ws) verdicts.push({ immutable: 'unknown', evidence: [{ path: `${at}.eventHubAuthorizationRuleId`, note: 'streamed to an event hub or a partner solution' }], settle: 'the store that receives the streamed activity log' });
  });
  return activityLogDestinations('activity log', verdicts, 'diagnosticSettings');
}
