import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { googleAuthLibrary } from 'google-gax';
import { createGcpSource, type LiveOptions } from '../../providers/gcp/live.js';
import type { LiveSource } from '../../src/live/source.js';

/**
 * A local Cloud Asset Inventory that speaks the REST API the way `@google-cloud/asset` calls it in
 * HTTP/1.1 mode (`fallback: true`): `GET /v1/{parent}/assets?assetTypes=…&contentType=1&pageSize=…
 * &pageToken=…&$alt=json;enum-encoding=int` with `Authorization: Bearer …`, answered in the REST
 * JSON shape (camelCase, proto3 JSON: `resource.data` a plain object, empty fields left out, enums
 * as numbers when the request asks for `enum-encoding=int`), errors in Google's JSON error shape.
 *
 * Assets belong to a parent when the parent is among their `ancestors` (projects by number or id).
 * Faults make given requests fail a number of times (throttling, unavailability, denied access),
 * and a delay per page stands in for the API's latency.
 */

export type RestAsset = {
  name: string;
  assetType: string;
  ancestors: string[];
  resource?: Record<string, unknown>;
  iamPolicy?: { bindings?: unknown[]; auditConfigs?: Array<{ service: string; auditLogConfigs?: Array<{ logType: string; exemptedMembers?: string[] }> }>; etag?: string; version?: number };
  /** ORG_POLICY content: v1 organisation policies (`constraint`, `booleanPolicy`, `listPolicy`, `restoreDefault`, `etag`, `updateTime`). */
  orgPolicy?: Array<Record<string, unknown>>;
  updateTime?: string;
};

export type ContentType = 'RESOURCE' | 'IAM_POLICY' | 'ORG_POLICY';

export interface Fault {
  /** Only requests for this parent (`projects/x`), content type or page (by token presence) match. */
  parent?: string;
  contentType?: ContentType;
  laterPagesOnly?: boolean;
  /** Only listings asking for this asset type. */
  assetType?: string;
  status: number;
  /** How many matching requests fail (Infinity: all). */
  times: number;
}

export interface GcpServerOptions {
  /** The bearer token requests must carry. */
  token: string;
  /** Project id → number, so `projects/<id>` and `projects/<number>` name the same project. */
  projects: Record<string, string>;
  /** The whole estate; or a function giving the assets of a listing (benchmarks generate them). */
  assets: RestAsset[] | ((parent: string, contentType: ContentType, assetTypes: string[]) => RestAsset[]);
  faults?: Fault[];
  /** Requests that misbehave the way real endpoints and proxies do (the first matching one applies). */
  misbehaviours?: Misbehaviour[];
  pageDelayMs?: number;
  /**
   * The Security Command Center Management API on the same server: each project's services (by
   * project id), or an HTTP status its list answers with. Projects not named answer DEFAULT_SCC;
   * projects the server does not know, 403.
   */
  securityCenter?: Record<string, Array<Record<string, unknown>> | number>;
  /** Lists of a project (by id) that fail with a status (0: never answered) a number of times before the answer above. */
  securityCenterFaults?: Array<{ project: string; status: number; times: number }>;
  /** Awaited before each page is answered (tests: hold the last page until the scan has written what came before). */
  beforeAnswer?: (request: LoggedRequest) => void | Promise<void>;
}

/**
 * Accept and never answer; answer 200 with a proxy's HTML page; send half the body and cut the
 * connection; answer with the page token the request carried (the same page forever); never end
 * (a new page token every page). For `times` matching requests (default: all).
 */
export interface Misbehaviour {
  kind: 'hang' | 'notJson' | 'cutBody' | 'repeatToken' | 'endless';
  contentType?: ContentType;
  times?: number;
}

export interface LoggedRequest {
  parent: string;
  contentType: string;
  assetTypes: string[];
  pageSize: number;
  pageToken: string | undefined;
  status: number;
  numericEnums: boolean;
  /** When it arrived (performance.now()). */
  at: number;
}

export interface GcpServer {
  port: number;
  /** `127.0.0.1:<port>`, as CLDSCAN_GCP_ENDPOINT takes it. */
  endpoint: string;
  requests: LoggedRequest[];
  /** The Security Command Center lists asked for, by project as the path names it. */
  sccRequests: Array<{ project: string; status: number }>;
  options: GcpServerOptions;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, ContentType> = { '1': 'RESOURCE', '2': 'IAM_POLICY', '4': 'ORG_POLICY' };
const LOG_TYPES: Record<string, number> = { ADMIN_READ: 1, DATA_WRITE: 2, DATA_READ: 3 };
const STATUS: Record<number, string> = { 400: 'INVALID_ARGUMENT', 401: 'UNAUTHENTICATED', 403: 'PERMISSION_DENIED', 404: 'NOT_FOUND', 429: 'RESOURCE_EXHAUSTED', 500: 'INTERNAL', 503: 'UNAVAILABLE' };
const MESSAGE: Record<number, string> = {
  403: "The caller does not have permission",
  429: "Quota exceeded for quota metric 'List Assets requests' and limit 'List Assets requests per minute' of service 'cloudasset.googleapis.com'",
  503: 'The service is currently unavailable.',
};

function error(res: http.ServerResponse, status: number, message?: string): void {
  const body = JSON.stringify({ error: { code: status, message: message ?? MESSAGE[status] ?? 'error', status: STATUS[status] ?? 'UNKNOWN' } });
  res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

/**
 * Whether an asset type matches a request's `assetTypes`: each is an RE2 regular expression,
 * matched in full (`compute.googleapis.com.*`), as the API documents it.
 */
function matchesType(patterns: string[], type: string): boolean {
  return patterns.some((p) => new RegExp(`^(?:${p})$`).test(type));
}

/** Same parent? `projects/<id>` and `projects/<number>` are the same project. */
function within(asset: RestAsset, parent: string, projects: Record<string, string>): boolean {
  if (asset.ancestors.includes(parent)) return true;
  const m = /^projects\/(.+)$/.exec(parent);
  return m !== null && projects[m[1]!] !== undefined && asset.ancestors.includes(`projects/${projects[m[1]!]}`);
}

/** The record of one content type: RESOURCE carries `resource`, IAM_POLICY `iamPolicy` (with numeric enums if asked), ORG_POLICY `orgPolicy`. */
function view(asset: RestAsset, contentType: ContentType, numericEnums: boolean): Record<string, unknown> {
  const base = { name: asset.name, assetType: asset.assetType, ancestors: asset.ancestors, updateTime: asset.updateTime ?? '2025-06-02T08:15:00.123456Z' };
  if (contentType === 'RESOURCE') return { ...base, resource: asset.resource };
  if (contentType === 'ORG_POLICY') return { ...base, orgPolicy: asset.orgPolicy ?? [] };
  const policy = asset.iamPolicy!;
  if (!numericEnums || !policy.auditConfigs) return { ...base, iamPolicy: policy };
  return {
    ...base,
    iamPolicy: {
      ...policy,
      auditConfigs: policy.auditConfigs.map((c) => ({ ...c, auditLogConfigs: c.auditLogConfigs?.map((l) => ({ ...l, logType: LOG_TYPES[l.logType] ?? 0 })) })),
    },
  };
}

/** A service as `GET /v1/projects/P/locations/global/securityCenterServices` lists it. */
export const sccService = (project: string, service: string, effective: 'ENABLED' | 'DISABLED' | 'INGEST_ONLY', intended: 'INHERITED' | 'ENABLED' | 'DISABLED' = 'INHERITED') => ({
  name: `projects/${project}/locations/global/securityCenterServices/${service}`,
  intendedEnablementState: intended,
  effectiveEnablementState: effective,
  modules: {},
  updateTime: '2025-05-12T08:00:00.000000Z',
});

/** Security Command Center Standard with threat detection, as most projects of the tests have it. */
export const DEFAULT_SCC = (project: string) => [
  sccService(project, 'container-threat-detection', 'ENABLED'),
  sccService(project, 'event-threat-detection', 'ENABLED'),
  sccService(project, 'security-health-analytics', 'ENABLED'),
  sccService(project, 'vm-threat-detection', 'DISABLED'),
  sccService(project, 'web-security-scanner', 'ENABLED'),
];

export async function startGcpServer(options: GcpServerOptions): Promise<GcpServer> {
  const requests: LoggedRequest[] = [];
  const sccRequests: GcpServer['sccRequests'] = [];
  const faults = (options.faults ?? []).map((f) => ({ ...f, left: f.times }));
  const misbehaviours = (options.misbehaviours ?? []).map((b) => ({ ...b, left: b.times ?? Infinity }));
  const sccFaults = (options.securityCenterFaults ?? []).map((f) => ({ ...f, left: f.times }));
  const server = http.createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const scc = /^\/v1\/projects\/([^/]+)\/locations\/global\/securityCenterServices$/.exec(url.pathname);
      if (req.method === 'GET' && scc) {
        const project = decodeURIComponent(scc[1]!);
        const entry = { project, status: 200 };
        sccRequests.push(entry);
        const fault = sccFaults.find((f) => f.left > 0 && (f.project === project || options.projects[f.project as keyof typeof options.projects] === project));
        if (fault) {
          fault.left--;
          entry.status = fault.status;
          return fault.status === 0 ? undefined : error(res, fault.status);
        }
        // The same simulated latency as a page of assets: the benchmark counts these reads in its time.
        if (options.pageDelayMs) await new Promise((r) => setTimeout(r, options.pageDelayMs));
        entry.status = answerScc(req, res, project, url, options);
        return;
      }
      const m = /^\/v1\/((?:projects|folders|organizations)\/[^/]+)\/assets$/.exec(url.pathname);
      if (req.method !== 'GET' || !m) return error(res, 404, `no route ${req.method} ${url.pathname}`);
      const parent = m[1]!;
      const alt = url.searchParams.get('$alt') ?? '';
      const numericEnums = /enum-encoding=int/.test(alt);
      const rawType = url.searchParams.get('contentType') ?? '';
      const entry: LoggedRequest = {
        parent,
        contentType: rawType,
        assetTypes: url.searchParams.getAll('assetTypes'),
        pageSize: Number(url.searchParams.get('pageSize') ?? 100),
        pageToken: url.searchParams.get('pageToken') ?? undefined,
        status: 200,
        numericEnums,
        at: performance.now(),
      };
      requests.push(entry);
      const fail = (status: number, message?: string) => {
        entry.status = status;
        error(res, status, message);
      };
      if (req.headers.authorization !== `Bearer ${options.token}`) return fail(401, 'Request had invalid authentication credentials.');
      // The client sends enums as numbers in REST mode: a name here would be a client not speaking the protocol.
      const contentType = CONTENT_TYPES[rawType];
      if (!contentType) return fail(400, `Invalid value at 'content_type' (${rawType}): expected a numeric enum`);
      if (!(entry.pageSize >= 1 && entry.pageSize <= 1000)) return fail(400, 'page_size must be between 1 and 1000');
      const fault = faults.find(
        (f) => f.left > 0 && (f.parent === undefined || f.parent === parent) && (f.contentType === undefined || f.contentType === contentType) && (!f.laterPagesOnly || entry.pageToken !== undefined) && (f.assetType === undefined || entry.assetTypes.includes(f.assetType)),
      );
      if (fault) {
        fault.left--;
        return fail(fault.status);
      }
      const odd = misbehaviours.find((b) => b.left > 0 && (b.contentType === undefined || b.contentType === contentType));
      if (odd) odd.left--;
      if (odd?.kind === 'hang') return;
      if (odd?.kind === 'notJson') {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<html><body><h1>Proxy error</h1></body></html>');
        return;
      }
      if (options.pageDelayMs) await new Promise((r) => setTimeout(r, options.pageDelayMs));
      await options.beforeAnswer?.(entry);
      const all =
        typeof options.assets === 'function'
          ? options.assets(parent, contentType, entry.assetTypes).filter((a) => contentType !== 'ORG_POLICY' || a.orgPolicy !== undefined)
          : options.assets.filter(
              (a) =>
                within(a, parent, options.projects) &&
                (entry.assetTypes.length === 0 || matchesType(entry.assetTypes, a.assetType)) &&
                (contentType === 'RESOURCE' ? a.resource !== undefined : contentType === 'IAM_POLICY' ? a.iamPolicy !== undefined : a.orgPolicy !== undefined),
            );
      const offset = entry.pageToken ? Number(Buffer.from(entry.pageToken, 'base64url').toString()) : 0;
      if (!Number.isInteger(offset) || offset < 0) return fail(400, 'invalid page token');
      const page = all.slice(offset, offset + entry.pageSize);
      const body: Record<string, unknown> = { readTime: '2025-06-02T09:00:00.000000Z' };
      if (page.length) body.assets = page.map((a) => view(a, contentType, numericEnums));
      if (offset + entry.pageSize < all.length) body.nextPageToken = Buffer.from(String(offset + entry.pageSize)).toString('base64url');
      if (odd?.kind === 'repeatToken') body.nextPageToken = entry.pageToken ?? Buffer.from('0').toString('base64url');
      // Zeros of a growing length: each token new, each the first page again.
      if (odd?.kind === 'endless') body.nextPageToken = Buffer.from('0'.repeat(requests.length)).toString('base64url');
      const text = Buffer.from(JSON.stringify(body));
      res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8', 'content-length': text.length });
      if (odd?.kind === 'cutBody') res.write(text.subarray(0, Math.floor(text.length / 2)), () => res.socket?.destroy());
      else res.end(text);
    })().catch((err: unknown) => error(res, 500, String(err)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    endpoint: `127.0.0.1:${port}`,
    requests,
    sccRequests,
    options,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The Security Command Center Management API's list of services of one project, paged by `pageSize`. */
function answerScc(req: http.IncomingMessage, res: http.ServerResponse, project: string, url: URL, options: GcpServerOptions): number {
  const fail = (status: number, message?: string) => {
    error(res, status, message);
    return status;
  };
  if (req.headers.authorization !== `Bearer ${options.token}`) return fail(401, 'Request had invalid authentication credentials.');
  const id = Object.entries(options.projects).find(([i, n]) => i === project || n === project)?.[0];
  if (!id) return fail(403, `Permission 'securitycentermanagement.securityCenterServices.list' denied on resource '//cloudresourcemanager.googleapis.com/projects/${project}'`);
  const given = options.securityCenter?.[id];
  if (typeof given === 'number') return fail(given);
  const all = given ?? DEFAULT_SCC(options.projects[id]!);
  const size = Number(url.searchParams.get('pageSize') ?? 10);
  const offset = Number(url.searchParams.get('pageToken') ?? 0);
  const body: Record<string, unknown> = { securityCenterServices: all.slice(offset, offset + size) };
  if (offset + size < all.length) body.nextPageToken = String(offset + size);
  const text = JSON.stringify(body);
  res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
  return 200;
}

/** The real AssetServiceClient, over REST to the local server, with a token the server accepts. */
export function localGcpSource(s: GcpServer, token: string, opts: Partial<LiveOptions> & Pick<LiveOptions, 'scopes'>, maxAttempts = 5): LiveSource {
  const authClient = new googleAuthLibrary.OAuth2Client();
  authClient.setCredentials({ access_token: token, expiry_date: Date.now() + 3_600_000 });
  return createGcpSource({
    pageSize: 1000,
    retry: { initialDelayMs: 5, maxDelayMs: 20, maxAttempts },
    ...opts,
    clientOptions: { fallback: true, protocol: 'http', apiEndpoint: '127.0.0.1', port: s.port, authClient },
    securityCenterEndpoint: `http://127.0.0.1:${s.port}`,
  });
}
