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

/**
 * Reads the details of rows, remembering per-server results (a server's TDE protector serves all
 * its databases) for the scope being read. Failures are collected, not thrown: the facet they
 * would have settled stays unknown, and the scope reports them.
 */
export function detailReader(client: ResourceManagementClient, failures: DetailFailure[], signal?: AbortSignal): DetailReader {
  const protectors = new Map<string, Promise<AzRecord | undefined>>();
  const attempt = async <T>(kind: string, row: AzRecord, read: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await read();
    } catch (error) {
      failures.push({ kind, subscription: subscriptionIn(row), error });
      return undefined;
    }
  };
  const get = (kind: string, row: AzRecord, id: string, api: string) => attempt(kind, row, async () => ({ body: await armGet(client, id, api, signal) }));
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
      const type = typeOf(row);
      if (type === 'microsoft.sql/servers/databases') return !isSystemDatabase(row);
      if (type === STORAGE_ACCOUNT) return lower(str(field(row, 'kind')) ?? '') !== 'filestorage';
      if (SERVER_PARAMETERS[type] || WEB_SITES.has(type) || type === VNET) return true;
      return FIREWALL_API[type] !== undefined && hasPublicEndpoint(row, type);
    },
    async forRow(row) {
      const type = typeOf(row);
      const id = idOf(row);
      if (!id) return undefined;
      if (type === 'microsoft.sql/servers/databases') {
        if (isSystemDatabase(row)) return undefined;
        const out: AzRecord[] = [];
        const server = parentId(id);
        const protector =
          server && !str(prop(row, 'encryptionProtector'))
            ? (() => {
                const key = lower(server);
                let p = protectors.get(key);
                if (!p) {
                  p = get('SQL server TDE protectors', row, `${server}/encryptionProtector/current`, API.protector).then((r) => (isObject(r?.body) ? r.body : undefined));
                  protectors.set(key, p);
                }
                return p;
              })()
            : undefined;
        const [tde, retention] = await Promise.all([
          get('SQL database TDE states', row, `${id}/transparentDataEncryption/current`, API.tde),
          get('SQL database backup retention policies', row, `${id}/backupShortTermRetentionPolicies/default`, API.shortTermRetention),
        ]);
        if (isObject(tde?.body)) out.push(tde.body);
        if (isObject(retention?.body)) out.push(retention.body);
        const p = await protector;
        if (p) out.push(p);
        return out;
      }
      if (WEB_SITES.has(type)) {
        const config = await get('App Service site configurations', row, `${id}/config/web`, API.webConfig);
        return isObject(config?.body) ? [config.body] : undefined;
      }
      if (type === VNET) return flowLogsFor(row);
      // Blob versioning and soft delete (backups): the account's blob service, a child Graph does not carry.
      // Public access (public-storage): the containers, only when the account does not refuse anonymous access.
      if (type === STORAGE_ACCOUNT) {
        const containersId = `${id}/blobServices/default/containers`;
        const [blob, containers] = await Promise.all([
          get('storage account blob services', row, `${id}/blobServices/default`, API.storageAccount),
          bool(prop(row, 'allowBlobPublicAccess')) === false
            ? undefined
            : attempt('storage account blob containers', row, () => armList(client, containersId, API.storageAccount, `blob containers of ${id}`, signal)),
        ]);
        const out: AzRecord[] = isObject(blob?.body) ? [blob.body] : [];
        if (containers) out.push(...collection(containersId, 'Microsoft.Storage/storageAccounts/blobServices/containers', containers));
        return out.length ? out : undefined;
      }
      const out: AzRecord[] = [];
      const params = SERVER_PARAMETERS[type];
      if (params) {
        const bodies = await Promise.all(params.names.map((n) => get('flexible server parameters', row, `${id}/configurations/${n}`, params.api)));
        for (const b of bodies) if (isObject(b?.body)) out.push(b.body);
      }
      const api = FIREWALL_API[type];
      if (api && hasPublicEndpoint(row, type)) {
        const rules = await attempt('database server firewall rules', row, () => armList(client, `${id}/firewallRules`, api, `firewall rules of ${id}`, signal));
        if (rules) for (const item of collection(`${id}/firewallRules`, `${String(row.type)}/firewallRules`, rules)) out.push(item);
      }
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
