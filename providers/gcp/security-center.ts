import { PageGuard } from '../../src/live/guard.js';
import type { CaiAsset } from './asset.js';
import { endpointOptions, isRetryable } from './client.js';
import { dataOf, get, list, str } from './values.js';

/**
 * Security Command Center on each project (README, "Account-level controls"; the verdict is in
 * detection.ts). Cloud Asset
 * Inventory does not record whether it is activated: the live scan asks the Security Command
 * Center Management API v1 (`GET /v1/projects/P/locations/global/securityCenterServices`), whose
 * services carry an `effectiveEnablementState` (ENABLED, DISABLED, INGEST_ONLY) at the project's
 * level, inheritance from folders and organization resolved. The answer is kept as one record per
 * project, in the Cloud Asset Inventory envelope (`SCC_SERVICES`, `resource.data` the list
 * response), so `--inventory-out` reads back to the same verdict. Enabled: one of the detection
 * services (`DETECTION_SERVICES`) is ENABLED. Disabled: the list was read and none is. Not read
 * (denied, API off, no answer): unknown, as when no record is in a file.
 */

/** cldscan's record of the services listed for a project. */
export const SCC_SERVICES = 'securitycentermanagement.googleapis.com/SecurityCenterServiceList';
/** The services that detect threats or misconfigurations; Web Security Scanner and the rest scan applications or report only. */
export const DETECTION_SERVICES: ReadonlySet<string> = new Set(['event-threat-detection', 'container-threat-detection', 'vm-threat-detection', 'security-health-analytics']);
export const SCC_ENDPOINT = 'https://securitycentermanagement.googleapis.com';

/** One service of the list as judging needs it. */
export interface SccService {
  service: string;
  state: string | undefined;
}

/** `projects/123/locations/global/securityCenterServices/event-threat-detection` → `event-threat-detection`. */
const serviceId = (name: unknown): string | undefined => (typeof name === 'string' ? /\/securityCenterServices\/([a-z0-9-]+)$/.exec(name)?.[1] : undefined);

/** The services of a list record, or undefined when it is not one. */
export function sccServices(a: CaiAsset): { project: string; services: SccService[] } | undefined {
  const project = /\/\/securitycentermanagement\.googleapis\.com\/(projects\/[^/]+)\//.exec(a.name)?.[1];
  const data = dataOf(a);
  if (a.assetType !== SCC_SERVICES || !project || !data) return undefined;
  const services = (list(get(data, 'securityCenterServices')) ?? []).map((s) => ({ service: serviceId(get(s, 'name')) ?? '(unnamed)', state: str(get(s, 'effectiveEnablementState')) }));
  return { project, services };
}

/** The record written for a project: the list response in the Cloud Asset Inventory envelope. */
export function sccRecord(projectNumberOrId: string, ancestors: readonly string[] | undefined, services: readonly unknown[]): Record<string, unknown> {
  return {
    name: `//securitycentermanagement.googleapis.com/projects/${projectNumberOrId}/locations/global/securityCenterServices`,
    assetType: SCC_SERVICES,
    ...(ancestors ? { ancestors: [...ancestors] } : {}),
    resource: { version: 'v1', discoveryName: 'ListSecurityCenterServicesResponse', parent: `//cloudresourcemanager.googleapis.com/projects/${projectNumberOrId}`, data: { securityCenterServices: [...services] } },
  };
}

// ─── Reading ───────────────────────────────────────────────────────────────────────────────────

/** What the asset client's credentials offer: an authorized HTTP request (google-auth-library, through google-gax). */
export interface AuthorizedHttp {
  request<T>(opts: { url: string; method: 'GET'; timeout: number; signal?: AbortSignal; retry?: boolean; responseType?: 'json' }): Promise<{ data: T }>;
}

/**
 * The API's base URL: `CLDSCAN_GCP_SCC_ENDPOINT` (`host:port`, plain HTTP for tests, or
 * `https://host[:port]`); else, when the Cloud Asset endpoint is a plain-HTTP test server or
 * emulator (`CLDSCAN_GCP_ENDPOINT=host:port`), that one, so no test reaches the public API; else
 * the public endpoint.
 */
export function sccBaseUrl(env: NodeJS.ProcessEnv): string {
  const own = env.CLDSCAN_GCP_SCC_ENDPOINT?.trim();
  const asset = env.CLDSCAN_GCP_ENDPOINT?.trim();
  const value = own || (asset && !/^https:\/\//i.test(asset) ? asset : undefined);
  if (!value) return SCC_ENDPOINT;
  const { protocol, apiEndpoint, port } = endpointOptions(value, own ? 'CLDSCAN_GCP_SCC_ENDPOINT' : 'CLDSCAN_GCP_ENDPOINT');
  return `${protocol}://${apiEndpoint}:${port}`;
}

interface ListPage {
  securityCenterServices?: unknown[];
  nextPageToken?: string;
}

export interface SccReadOptions {
  baseUrl: string;
  /** Per try (--request-timeout); the tries are the caller's `retry`. */
  timeoutMs: number;
  maxPages: number;
  signal?: AbortSignal;
}

/** Gaxios errors carry the HTTP status in `status` (or `response.status`): throttling and server errors are retried like the asset client's. */
export function sccRetryable(err: unknown): boolean {
  const e = err as { status?: unknown; response?: { status?: unknown } };
  const status = typeof e?.status === 'number' ? e.status : e?.response?.status;
  return isRetryable(err) || (typeof status === 'number' && isRetryable({ code: status }));
}

/** Every service listed for a project, all pages. */
export async function listSccServices(http: AuthorizedHttp, project: string, opts: SccReadOptions, retry: <T>(call: () => Promise<T>) => Promise<T>): Promise<unknown[]> {
  const out: unknown[] = [];
  const pages = new PageGuard(`the Security Command Center services of projects/${project}`, opts.maxPages);
  let token: string | undefined;
  for (;;) {
    const url = `${opts.baseUrl}/v1/projects/${encodeURIComponent(project)}/locations/global/securityCenterServices?pageSize=1000${token ? `&pageToken=${encodeURIComponent(token)}` : ''}`;
    const res = await retry(() => http.request<ListPage>({ url, method: 'GET', timeout: opts.timeoutMs, retry: false, responseType: 'json', ...(opts.signal ? { signal: opts.signal } : {}) }));
    const body = res.data;
    if (typeof body !== 'object' || body === null) throw Object.assign(new Error('the answer is not the API\'s JSON'), { type: 'invalid-json' });
    out.push(...(Array.isArray(body.securityCenterServices) ? body.securityCenterServices : []));
    token = pages.next(typeof body.nextPageToken === 'string' ? body.nextPageToken : undefined);
    if (!token) return out;
  }
}

/** One line on why the list could not be read, with what to do for the usual causes. */
export function describeSccError(err: unknown): string {
  const e = err as { status?: unknown; response?: { status?: unknown; data?: unknown }; message?: unknown };
  const status = typeof e?.status === 'number' ? e.status : typeof e?.response?.status === 'number' ? e.response.status : undefined;
  const body = get(e?.response?.data, 'error') as { status?: unknown; message?: unknown } | undefined;
  const apiStatus = typeof body?.status === 'string' ? body.status : undefined;
  const message = (typeof body?.message === 'string' ? body.message : String(e?.message ?? err)).split('\n')[0]!.slice(0, 300);
  const label = [apiStatus, status ? `HTTP ${status}` : undefined].filter(Boolean).join(', ');
  let hint = '';
  if (status === 403 || apiStatus === 'PERMISSION_DENIED') hint = ' (the credentials need securitycentermanagement.securityCenterServices.list on the project, in roles/securitycentermanagement.viewer, and the Security Command Center Management API enabled in their quota project)';
  else if (status === 404 || apiStatus === 'NOT_FOUND') hint = ' (Security Command Center is not set up for the project or its organization)';
  return `${label ? `${label}: ` : ''}${message}${hint}`;
}
