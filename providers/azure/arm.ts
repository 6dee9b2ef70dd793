import type { ResourceManagementClient } from '@azure/arm-resources';
import { flowLogCovers } from './detection.js';
import { isSystemDatabase } from './storage.js';
import { bool, field, idAt, idOf, isObject, lower, parentId, prop, str, typeOf, type AzRecord } from './records.js';
import { serverAccess } from './network.js';
import { PageGuard } from '../../src/live/guard.js';

/**
 * What Resource Graph does not carry, read from ARM with `resources.getById` and the API version of
 * each resource provider:
 * - SQL database TDE state: `…/databases/<db>/transparentDataEncryption/current` (2021-11-01: `properties.state`);
 * - SQL server TDE protector: `…/servers/<s>/encryptionProtector/current` (2021-11-01: `properties.serverKeyType`);
 * - firewall rules of SQL, PostgreSQL and MySQL servers that have a public endpoint, every page of them;
 * - the subscription's activity-log diagnostic settings (2021-05-01-preview), and what their
 *   destinations keep: the Log Analytics workspace (2022-10-01), the storage account's lifecycle
 *   policy (2023-05-01; none means blobs are kept until deleted), the storage account itself and
 *   its `insights-activity-logs` container (2023-05-01: immutability);
 * - SQL database short-term backup retention (`backupShortTermRetentionPolicies/default`, 2021-11-01);
 * - PostgreSQL and MySQL flexible server parameters `require_secure_transport` and the TLS version
 *   (`configurations/<name>`);
 * - App Service site configuration (`config/web`, 2023-12-01: FTP state, minimum TLS versions);
 * - Network Watcher flow logs of the subscription (2024-05-01), for the virtual networks they cover.
 */

export const API = {
  tde: '2021-11-01',
  protector: '2021-11-01',
  sqlFirewall: '2021-11-01',
  postgresFlexibleFirewall: '2022-12-01',
  mysqlFlexibleFirewall: '2021-05-01',
  singleServerFirewall: '2017-12-01',
  diagnosticSettings: '2021-05-01-preview',
  workspace: '2022-10-01',
  managementPolicy: '2023-05-01',
  shortTermRetention: '2021-11-01',
  postgresFlexibleConfiguration: '2022-12-01',
  mysqlFlexibleConfiguration: '2021-05-01',
  webConfig: '2023-12-01',
  networkWatcher: '2024-05-01',
  storageAccount: '2023-05-01',
  blobContainer: '2023-05-01',
} as const;

/** Server parameters read per flexible server: whether TLS is required, and the lowest TLS version. */
const SERVER_PARAMETERS: Readonly<Record<string, { api: string; names: readonly string[] }>> = {
  'microsoft.dbforpostgresql/flexibleservers': { api: API.postgresFlexibleConfiguration, names: ['require_secure_transport', 'ssl_min_protocol_version'] },
  'microsoft.dbformysql/flexibleservers': { api: API.mysqlFlexibleConfiguration, names: ['require_secure_transport', 'tls_version'] },
};

const WEB_SITES = new Set(['microsoft.web/sites', 'microsoft.web/sites/slots']);
const VNET = 'microsoft.network/virtualnetworks';
const STORAGE_ACCOUNT = 'microsoft.storage/storageaccounts';

export function statusOf(err: unknown): number | undefined {
  const s = (err as { statusCode?: unknown }).statusCode;
  return typeof s === 'number' ? s : undefined;
}

/** One line for a report: status, error code, and the first line of the message. */
export function describeError(err: unknown): string {
  const e = err as { statusCode?: number; code?: string; message?: string };
  const head = [e.statusCode, e.code].filter((x) => x !== undefined && x !== '').join(' ');
  const msg = String(e.message ?? err).split('\n')[0]!.slice(0, 300);
  return head && !msg.startsWith(head) ? `${head}: ${msg}` : msg;
}

/** A GET through the ARM client that returns the body as ARM sent it (undefined for 404). */
export async function armGet(client: ResourceManagementClient, id: string, apiVersion: string, signal?: AbortSignal): Promise<unknown> {
  let body: string | undefined;
  try {
    await client.resources.getById(id.replace(/^\/+/, ''), apiVersion, {
      ...(signal ? { abortSignal: signal } : {}),
      onResponse: (raw) => {
        body = raw.bodyAsText ?? undefined;
      },
    });
  } catch (err) {
    if (statusOf(err) === 404) return undefined;
    throw err;
  }
  return body ? (JSON.parse(body) as unknown) : undefined;
}

/** A list as a collection record (see Details); items one by one when the list has more pages than were read. */
export function collection(id: string, type: string, body: unknown): AzRecord[] {
  const value = isObject(body) && Array.isArray(body.value) ? body.value.filter(isObject) : [];
  if (isObject(body) && typeof body.nextLink === 'string' && body.nextLink) return value;
  return [{ id, type, value }];
}

export interface DetailFailure {
  kind: string;
  subscription: string | undefined;
  error: unknown;
}

/** What a page's records need read beside them. */
export interface DetailReader {
  /** Whether the row needs anything read beside it (most do not: they are judged from the Graph row alone). */
  needs(row: AzRecord): boolean;
  /** Details of one Graph row (undefined when it needs none). */
  forRow(row: AzRecord): Promise<AzRecord[] | undefined>;
}

const FIREWALL_API: Readonly<Record<string, string>> = {
  'microsoft.sql/servers': API.sqlFirewall,
  'microsoft.dbforpostgresql/flexibleservers': API.postgresFlexibleFirewall,
  'microsoft.dbformysql/flexibleservers': API.mysqlFlexibleFirewall,
  'microsoft.dbforpostgresql/servers': API.singleServerFirewall,
  'microsoft.dbformysql/servers': API.singleServerFirewall,
};

function subscriptionIn(row: AzRecord): string | undefined {
  return /^\/subscriptions\/([^/]+)/i.exec(idOf(row) ?? '')?.[1]?.toLowerCase();
}

function hasPublicEndpoint(row: AzRecord, type: string): boolean {
  return serverAccess(row, type).truth !== 'no';
}

/** Azure SQL allows 256 server firewall rules; ARM pages lists of them, and a longer chain than this is not a list. */
const FIREWALL_PAGES = 64;

/**
 * A list read whole, following `nextLink`. Each next page is asked of the client's own endpoint
 * (the link's path and query: its `$skiptoken` and api-version), so a link naming another host
 * never receives the scan's token, and only on the list's own path.
 */
async function armList(client: ResourceManagementClient, id: string, apiVersion: string, listing: string, signal?: AbortSignal): Promise<{ value: AzRecord[] }> {
  const guard = new PageGuard(listing, FIREWALL_PAGES);
  const value: AzRecord[] = [];
  let next: string | undefined = id;
  while (next) {
    const body = await armGet(client, next, apiVersion, signal);
    if (isObject(body) && Array.isArray(body.value)) for (const item of body.value) if (isObject(item)) value.push(item);
    const link = isObject(body) && typeof body.nextLink === 'string' ? body.nextLink : undefined;
    const token = guard.next(link);
    next = token === undefined ? undefined : samePath(token, id);
  }
  return { value };
}

function samePath(link: string, id: string): string {
  const url = new URL(link, 'https://management.azure.com');
  const path = url.pathname.replace(/\/{2,}/g, '/');
  if (path.toLowerCase() !== `/${id.replace(/^\/+/, '')}`.toLowerCase()) throw new Error(`the nextLink of ${id} names another path`);
  return `${path}${url.search}`;
}

/** One ARM read a Graph row needs: a GET of one record, or a list read whole (every page). */
export interface DetailRead {
  /** What is read, for the failure report: `SQL database TDE states`. */
  kind: string;
  path: string;
  api: string;
  /** A list: its records as one collection record of this type (items one by one when it had more pages than were read). */
  list?: string;
  /** Read once per scope whatever the rows that need it (a server's TDE protector serves all its databases). */
  shared?: boolean;
}

/**
 * The ARM reads a Graph row needs beside it, because Resource Graph does not hold them: no table of
 * its type reference (learn.microsoft.com, "Azure Resource Graph table and resource type
 * reference") lists blob services or containers, SQL database TDE states, short-term retention
 * policies, server encryption protectors or firewall rules, nor flexible server parameters (its
 * `resources` table has the servers and databases themselves, `appserviceresources` the site
 * configurations: site-configs.ts). Virtual networks need the subscription's flow logs (read once,
 * not listed here). Empty for most rows: they are judged from the Graph row alone.
 */
export function detailReads(row: AzRecord): DetailRead[] {
  const type = typeOf(row);
  const id = idOf(row);
  if (!id) return [];
  if (type === 'microsoft.sql/servers/databases') {
    if (isSystemDatabase(row)) return [];
    const server = parentId(id);
    return [
      { kind: 'SQL database TDE states', path: `${id}/transparentDataEncryption/current`, api: API.tde },
      { kind: 'SQL database backup retention policies', path: `${id}/backupShortTermRetentionPolicies/default`, api: API.shortTermRetention },
      ...(server && !str(prop(row, 'encryptionProtector')) ? [{ kind: 'SQL server TDE protectors', path: `${server}/encryptionProtector/current`, api: API.protector, shared: true }] : []),
    ];
  }
  if (WEB_SITES.has(type)) return [{ kind: 'App Service site configurations', path: `${id}/config/web`, api: API.webConfig }];
  // Blob versioning and soft delete (backups): the account's blob service.
  // Public access (public-storage): the containers, only when the account does not refuse anonymous access.
  if (type === STORAGE_ACCOUNT) {
    if (lower(str(field(row, 'kind')) ?? '') === 'filestorage') return [];
    return [
      { kind: 'storage account blob services', path: `${id}/blobServices/default`, api: API.storageAccount },
      ...(bool(prop(row, 'allowBlobPublicAccess')) === false
        ? []
        : [{ kind: 'storage account blob containers', path: `${id}/blobServices/default/containers`, api: API.storageAccount, list: 'Microsoft.Storage/storageAccounts/blobServices/containers' }]),
    ];
  }
  const params = SERVER_PARAMETERS[type];
  const firewall = FIREWALL_API[type];
  return [
    ...(params ? params.names.map((n) => ({ kind: 'flexible server parameters', path: `${id}/configurations/${n}`, api: params.api })) : []),
    ...(firewall && hasPublicEndpoint(row, type) ? [{ kind: 'database server firewall rules', path: `${id}/firewallRules`, api: firewall, list: `${String(row.type)}/firewallRules` }] : []),
  ];
}

/**
 * Reads the details of rows (detailReads), remembering the shared ones for the scope being read.
 * Failures are collected, not thrown: the facet they would have settled stays unknown, and the
 * scope reports them.
 */
export function detailReader(client: ResourceManagementClient, failures: DetailFailure[], signal?: AbortSignal): DetailReader {
  const shared = new Map<string, Promise<AzRecord[]>>();
  const attempt = async <T>(kind: string, row: AzRecord, read: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await read();
    } catch (error) {
      failures.push({ kind, subscription: subscriptionIn(row), error });
      return undefined;
    }
  };
  const get = (kind: string, row: AzRecord, id: string, api: string) => attempt(kind, row, async () => ({ body: await armGet(client, id, api, signal) }));
  const read = async (row: AzRecord, r: DetailRead): Promise<AzRecord[]> => {
    if (r.list) {
      const items = await attempt(r.kind, row, () => armList(client, r.path, r.api, `${r.kind} of ${idOf(row) ?? ''}`, signal));
      return items ? collection(r.path, r.list, items) : [];
    }
    const got = await get(r.kind, row, r.path, r.api);
    return isObject(got?.body) ? [got.body] : [];
  };
  const readOnce = (row: AzRecord, r: DetailRead): Promise<AzRecord[]> => {
    if (!r.shared) return read(row, r);
    const key = lower(r.path);
    let p = shared.get(key);
    if (!p) shared.set(key, (p = read(row, r)));
    return p;
  };
  // Flow logs of a subscription, read once: the regional network watchers, then each one's flow logs.
  const flowLogs = new Map<string, Promise<{ logs: AzRecord[]; complete: boolean } | undefined>>();
  const subscriptionFlowLogs = (row: AzRecord, sub: string) => {
    let p = flowLogs.get(sub);
    if (!p) {
      p = (async () => {
        const watchers = await get('network watcher flow logs', row, `/subscriptions/${sub}/providers/Microsoft.Network/networkWatchers`, API.networkWatcher);
        if (!watchers) return undefined;
        const list = isObject(watchers.body) && Array.isArray(watchers.body.value) ? watchers.body.value.filter(isObject) : [];
        let complete = !(isObject(watchers.body) && typeof watchers.body.nextLink === 'string' && watchers.body.nextLink);
        const logs: AzRecord[] = [];
        for (const w of list) {
          const wid = idOf(w);
          if (!wid) continue;
          const got = await get('network watcher flow logs', row, `${wid}/flowLogs`, API.networkWatcher);
          if (!got) return undefined;
          if (isObject(got.body) && Array.isArray(got.body.value)) for (const item of got.body.value.filter(isObject)) logs.push(item);
          if (isObject(got.body) && typeof got.body.nextLink === 'string' && got.body.nextLink) complete = false;
        }
        return { logs, complete };
      })();
      flowLogs.set(sub, p);
    }
    return p;
  };
  /** The flow logs that may cover a VNet, as a collection (complete list) or, when a list had more pages, one by one. */
  const flowLogsFor = async (row: AzRecord): Promise<AzRecord[] | undefined> => {
    const id = idOf(row);
    const sub = /^\/subscriptions\/([^/]+)/i.exec(id ?? '')?.[1]?.toLowerCase();
    if (!id || !sub) return undefined;
    const all = await subscriptionFlowLogs(row, sub);
    if (!all) return undefined;
    const mine = all.logs.filter((l) => flowLogCovers(row, l));
    return all.complete ? [{ id: `${id}/flowLogs`, type: 'Microsoft.Network/networkWatchers/flowLogs', value: mine }] : mine;
  };
  return {
    needs(row) {
      return typeOf(row) === VNET || detailReads(row).length > 0;
    },
    async forRow(row) {
      if (typeOf(row) === VNET) return flowLogsFor(row);
      const out = (await Promise.all(detailReads(row).map((r) => readOnce(row, r)))).flat();
      return out.length ? out : undefined;
    },
  };
}

/**
 * The activity-log exports of a subscription, each with what its destinations keep attached
 * (`resources`), as one collection record. Destinations are remembered across subscriptions.
 */
export function activityExports(client: ResourceManagementClient, failures: DetailFailure[], signal?: AbortSignal) {
  const destinations = new Map<string, Promise<AzRecord | undefined>>();
  const destination = (key: string, load: () => Promise<AzRecord | undefined>) => {
    let p = destinations.get(key);
    if (!p) {
      p = load();
      destinations.set(key, p);
    }
    return p;
  };
  const fail = (kind: string, subscription: string, error: unknown) => {
    failures.push({ kind, subscription, error });
    return undefined;
  };
  return async (subscription: string): Promise<AzRecord[] | undefined> => {
    const base = `/subscriptions/${subscription}/providers/Microsoft.Insights/diagnosticSettings`;
    let body: unknown;
    try {
      body = (await armGet(client, base, API.diagnosticSettings, signal)) ?? { value: [] };
    } catch (error) {
      return fail('activity-log diagnostic settings', subscription, error);
    }
    const settings = isObject(body) && Array.isArray(body.value) ? body.value.filter(isObject) : [];
    const enriched = await Promise.all(
      settings.map(async (s) => {
        const attached: AzRecord[] = [];
        const ws = idAt(prop(s, 'workspaceId'));
        if (ws) {
          const rec = await destination(`ws|${lower(ws)}`, () =>
            armGet(client, ws, API.workspace, signal).then(
              (b) => (isObject(b) ? b : undefined),
              (error) => fail('activity-log destination workspaces', subscription, error),
            ),
          );
          if (rec) attached.push(rec);
        }
        const account = idAt(prop(s, 'storageAccountId'));
        if (account) {
          const rec = await destination(`st|${lower(account)}`, () =>
            armGet(client, `${account}/managementPolicies/default`, API.managementPolicy, signal).then(
              (b): AzRecord => (isObject(b) ? b : { id: `${account}/managementPolicies`, type: 'Microsoft.Storage/storageAccounts/managementPolicies', value: [] }),
              (error) => fail('activity-log destination storage lifecycle policies', subscription, error),
            ),
          );
          if (rec) attached.push(rec);
          // Immutability: the account's own policy, and the container Azure Monitor writes to.
          const body = await destination(`sa|${lower(account)}`, () =>
            armGet(client, account, API.storageAccount, signal).then(
              (b) => (isObject(b) ? b : undefined),
              (error) => fail('activity-log destination storage accounts', subscription, error),
            ),
          );
          if (body) attached.push(body);
          const containerId = `${account}/blobServices/default/containers/insights-activity-logs`;
          const container = await destination(`ct|${lower(account)}`, () =>
            armGet(client, containerId, API.blobContainer, signal).then(
              // No container yet (nothing written) is no policy on it.
              (b): AzRecord => (isObject(b) ? b : { id: containerId, type: 'Microsoft.Storage/storageAccounts/blobServices/containers', properties: { hasImmutabilityPolicy: false, hasLegalHold: false } }),
              (error) => fail('activity-log destination storage containers', subscription, error),
            ),
          );
          if (container) attached.push(container);
        }
        return attached.length ? { ...s, resources: attached } : s;
      }),
    );
    const list = isObject(body) && typeof body.nextLink === 'string' && body.nextLink ? { value: enriched, nextLink: body.nextLink } : { value: enriched };
    return collection(base, 'Microsoft.Insights/diagnosticSettings', list);
  };
}
