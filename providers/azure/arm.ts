import type { ResourceManagementClient } from '@azure/arm-resources';
import { isSystemDatabase } from './storage.js';
import { idOf, isObject, lower, parentId, prop, str, typeOf, type AzRecord } from './records.js';

/**
 * What Resource Graph does not carry, read from ARM with `resources.getById` and the API version of
 * each resource provider:
 * - SQL database TDE state: `…/databases/<db>/transparentDataEncryption/current` (2021-11-01: `properties.state`);
 * - SQL server TDE protector: `…/servers/<s>/encryptionProtector/current` (2021-11-01: `properties.serverKeyType`);
 * - firewall rules of SQL, PostgreSQL and MySQL servers that have a public endpoint;
 * - the subscription's activity-log diagnostic settings (2021-05-01-preview), and what their
 *   destinations keep: the Log Analytics workspace (2022-10-01), the storage account's lifecycle
 *   policy (2023-05-01; none means blobs are kept until deleted).
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
} as const;

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

function hasPublicEndpoint(row: AzRecord, type: string): boolean {
  if (type.endsWith('/flexibleservers')) {
    if (str(prop(row, 'network.delegatedSubnetResourceId'))) return false;
    return lower(str(prop(row, 'network.publicNetworkAccess')) ?? '') !== 'disabled';
  }
  return lower(str(prop(row, 'publicNetworkAccess')) ?? '') !== 'disabled';
}

/**
 * Reads the details of rows, remembering per-server results (a server's TDE protector serves all
 * its databases) for the scope being read. Failures are collected, not thrown: the facet they
 * would have settled stays unknown, and the scope reports them.
 */
export function detailReader(client: ResourceManagementClient, failures: DetailFailure[], signal?: AbortSignal): DetailReader {
  const protectors = new Map<string, Promise<AzRecord | undefined>>();
  const get = async (kind: string, row: AzRecord, id: string, api: string): Promise<{ body: unknown } | undefined> => {
    try {
      return { body: await armGet(client, id, api, signal) };
    } catch (error) {
      failures.push({ kind, subscription: /^\/subscriptions\/([^/]+)/i.exec(idOf(row) ?? '')?.[1]?.toLowerCase(), error });
      return undefined;
    }
  };
  return {
    needs(row) {
      const type = typeOf(row);
      if (type === 'microsoft.sql/servers/databases') return !isSystemDatabase(row);
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
        const tde = await get('SQL database TDE states', row, `${id}/transparentDataEncryption/current`, API.tde);
        if (isObject(tde?.body)) out.push(tde.body);
        const p = await protector;
        if (p) out.push(p);
        return out;
      }
      const api = FIREWALL_API[type];
      if (api && hasPublicEndpoint(row, type)) {
        const got = await get('database server firewall rules', row, `${id}/firewallRules`, api);
        return got ? collection(`${id}/firewallRules`, `${String(row.type)}/firewallRules`, got.body ?? { value: [] }) : undefined;
      }
      return undefined;
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
        const ws = str(prop(s, 'workspaceId'));
        if (ws) {
          const rec = await destination(`ws|${lower(ws)}`, () =>
            armGet(client, ws, API.workspace, signal).then(
              (b) => (isObject(b) ? b : undefined),
              (error) => fail('activity-log destination workspaces', subscription, error),
            ),
          );
          if (rec) attached.push(rec);
        }
        const account = str(prop(s, 'storageAccountId'));
        if (account) {
          const rec = await destination(`st|${lower(account)}`, () =>
            armGet(client, `${account}/managementPolicies/default`, API.managementPolicy, signal).then(
              (b): AzRecord => (isObject(b) ? b : { id: `${account}/managementPolicies`, type: 'Microsoft.Storage/storageAccounts/managementPolicies', value: [] }),
              (error) => fail('activity-log destination storage lifecycle policies', subscription, error),
            ),
          );
          if (rec) attached.push(rec);
        }
        return attached.length ? { ...s, resources: attached } : s;
      }),
    );
    const list = isObject(body) && typeof body.nextLink === 'string' && body.nextLink ? { value: enriched, nextLink: body.nextLink } : { value: enriched };
    return collection(base, 'Microsoft.Insights/diagnosticSettings', list);
  };
}
