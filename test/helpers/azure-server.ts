/**
 * A local Azure for tests and the benchmark, on 127.0.0.1 over https, speaking what the real
 * clients send:
 * - Resource Graph: `POST /providers/Microsoft.ResourceGraph/resources?api-version=…` with
 *   `{ query, subscriptions | managementGroups, options: { $top, $skipToken, resultFormat } }`,
 *   answering `{ totalRecords, count, resultTruncated, $skipToken, data }` in object-array or table
 *   format, with the per-user quota headers (`x-ms-user-quota-remaining`, `…-resets-after`);
 * - ARM: `GET /<resource id>?api-version=…` for child resources and lists (with Azure's defaults for
 *   the children every site, flexible server and SQL database has), and for the fixture's resources;
 * - the App Service managed-identity token endpoint (`IDENTITY_ENDPOINT`), so the CLI's
 *   DefaultAzureCredential gets a token from here in end-to-end tests.
 *
 * Faults on demand: a forbidden subscription (403 AuthorizationFailed), throttling (429 with only
 * the quota headers), server errors, a spent quota on a successful answer, slow pages.
 *
 * Only node: modules are imported, so the file also runs in a worker thread on its own (the
 * CLI helper is synchronous and blocks the test's event loop while the CLI runs).
 */
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';

export type Row = Record<string, unknown>;

/** Rows given as a list, or made on demand (large benchmark estates are never held in memory). */
export type Rows = Row[] | { count: number; make: (index: number) => Row };

export interface SubscriptionData {
  /** `resourcecontainers` rows: the subscription and its resource groups. */
  containers: Row[];
  /** `resources` rows, sorted by id. */
  resources: Rows;
  /** `securityresources` rows: Defender for Cloud assessments. */
  assessments: Row[];
  /** More `securityresources` rows: Defender for Cloud plans (`microsoft.security/pricings`). */
  pricings?: Row[];
  /** `recoveryservicesresources` rows: Azure Backup protected items, backup instances and backup policies. */
  backups?: Row[];
}

export interface AzureFixture {
  /** By subscription id (lower case). */
  subscriptions: Record<string, SubscriptionData>;
  /** Management group → its subscriptions. */
  managementGroups?: Record<string, string[]>;
  /** ARM GET bodies by lower-case resource id (child resources, lists). */
  arm?: Record<string, unknown>;
  /**
   * ARM lists (`{ value: [...] }`) longer than this are answered page by page, as ARM does: each
   * page carries a `nextLink`, an absolute URL with the api-version and an opaque `$skiptoken`.
   */
  armPageSize?: number;
}

export interface Faults {
  /** Subscriptions this identity may not read: 403 on Graph queries naming them and on ARM reads under them. */
  forbidden?: string[];
  /** The first N Resource Graph requests answer 429 carrying only the quota headers. */
  throttle?: number;
  /** Reset time those 429s announce (hh:mm:ss, default 00:00:01). */
  throttleResetsAfter?: string;
  /** After the throttled ones, the next N Resource Graph requests answer 500. */
  serverErrors?: number;
  /** Every Resource Graph request from the Nth (1-based) on answers 500: a failure in the middle of a scope. */
  failFrom?: number;
  /** The Nth Resource Graph request (1-based) answers 200 with x-ms-user-quota-remaining 0 and this reset time. */
  spendQuotaAt?: { request: number; resetsAfter: string };
  /** Answer Resource Graph in the table format whatever is asked. */
  tableFormat?: boolean;
  /** Wait before each Resource Graph answer (simulated service time). */
  graphLatencyMs?: number;
  /** Wait before each ARM answer (GET of a resource, a child or a list). */
  armLatencyMs?: number;
  /** ARM reads whose path contains one of these (lower case) answer 403. */
  armForbidden?: string[];
  /** The first N Resource Graph requests answer 429 with `Retry-After: seconds`. */
  retryAfter?: { count: number; seconds: number };
  /**
   * Resource Graph requests on one table misbehave (the first `times` of them, else all): accept
   * and never answer; answer 200 with a proxy's HTML page; send half the body and cut the
   * connection; answer with the $skipToken the request carried (the same page forever); never end
   * (a new $skipToken every page).
   */
  hang?: Misbehaviour;
  notJson?: Misbehaviour;
  cutBody?: Misbehaviour;
  repeatToken?: Misbehaviour;
  endless?: Misbehaviour;
  /** Tables this Resource Graph does not have (a sovereign cloud, a proxy): queries on them answer 400 InvalidQuery. */
  missingTables?: Table[];
}

type Table = 'containers' | 'resources' | 'assessments' | 'appservice' | 'backups';

export interface Misbehaviour {
  table: Table;
  times?: number;
}

export interface LoggedRequest {
  method: string;
  path: string;
  apiVersion: string | null;
  body?: { query?: string; subscriptions?: string[]; managementGroups?: string[]; options?: Record<string, unknown> };
  status: number;
  at: number;
  authorization: string | undefined;
}

export interface ServerOptions {
  key: string;
  cert: string;
  fixture: AzureFixture;
  faults?: Faults;
}

export interface AzureServer {
  port: number;
  url: string;
  log: LoggedRequest[];
  close(): Promise<void>;
}

const count = (rows: Rows) => (Array.isArray(rows) ? rows.length : rows.count);
const rowAt = (rows: Rows, i: number) => (Array.isArray(rows) ? rows[i]! : rows.make(i));

function tableOf(query: string): Table | undefined {
  const first = query.trim().split(/[\s|]/)[0]!.toLowerCase();
  if (first === 'resourcecontainers') return 'containers';
  if (first === 'resources') return 'resources';
  if (first === 'securityresources') return 'assessments';
  if (first === 'appserviceresources') return 'appservice';
  if (first === 'recoveryservicesresources') return 'backups';
  return undefined;
}

/** The types a `where type in~ ('a', 'b')` clause keeps (lower case), or undefined when the query names none. */
function typesOf(query: string): Set<string> | undefined {
  const m = /\btype\s+in~\s*\(([^)]*)\)/i.exec(query);
  return m ? new Set([...m[1]!.matchAll(/'([^']*)'/g)].map((x) => x[1]!.toLowerCase())) : undefined;
}

const SITE_TYPES = new Set(['microsoft.web/sites', 'microsoft.web/sites/slots']);

interface Token {
  table: string;
  scope: string;
  offset: number;
}

const encodeToken = (t: Token) => Buffer.from(JSON.stringify(t)).toString('base64url');
function decodeToken(s: string): Token | undefined {
  try {
    return JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) as Token;
  } catch {
    return undefined;
  }
}

function asTable(rows: Row[]): { columns: Array<{ name: string; type: string }>; rows: unknown[][] } {
  const names: string[] = [];
  for (const r of rows) for (const k of Object.keys(r)) if (!names.includes(k)) names.push(k);
  const typeOf = (v: unknown) => (typeof v === 'number' ? 'integer' : typeof v === 'boolean' ? 'boolean' : typeof v === 'string' ? 'string' : 'object');
  return {
    columns: names.map((name) => ({ name, type: typeOf(rows.find((r) => r[name] !== undefined && r[name] !== null)?.[name]) })),
    rows: rows.map((r) => names.map((n) => r[n] ?? null)),
  };
}

/** Child resources every App Service site, flexible server and SQL database has, with Azure's defaults. */
function serviceDefault(path: string): Row | undefined {
  const id = path.replace(/\/+$/, '');
  if (/\/microsoft\.web\/sites\/[^/]+(\/slots\/[^/]+)?\/config\/web$/i.test(id)) {
    return { id, name: id.split('/').slice(-3)[0], type: 'Microsoft.Web/sites/config', properties: { minTlsVersion: '1.2', scmMinTlsVersion: '1.2', ftpsState: 'FtpsOnly', http20Enabled: true } };
  }
  const param = /\/flexibleservers\/[^/]+\/configurations\/(require_secure_transport|ssl_min_protocol_version|tls_version)$/i.exec(id);
  if (param) {
    const value = { require_secure_transport: 'on', ssl_min_protocol_version: 'TLSv1.2', tls_version: 'TLSv1.2' }[param[1]!.toLowerCase() as 'tls_version'];
    return { id, name: param[1], type: /dbforpostgresql/i.test(id) ? 'Microsoft.DBforPostgreSQL/flexibleServers/configurations' : 'Microsoft.DBforMySQL/flexibleServers/configurations', properties: { value, defaultValue: value, source: 'system-default' } };
  }
  if (/\/databases\/[^/]+\/backupshorttermretentionpolicies\/default$/i.test(id)) {
    return { id, name: 'default', type: 'Microsoft.Sql/servers/databases/backupShortTermRetentionPolicies', properties: { retentionDays: 7, diffBackupIntervalInHours: 12 } };
  }
  return undefined;
}

export function startAzureServer(opts: ServerOptions): Promise<AzureServer> {
  const { fixture } = opts;
  const faults = opts.faults ?? {};
  const forbidden = new Set((faults.forbidden ?? []).map((s) => s.toLowerCase()));
  const arm = new Map(Object.entries(fixture.arm ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  const log: LoggedRequest[] = [];
  let graphRequests = 0;
  let throttled = 0;
  let errored = 0;

  const send = (res: import('node:http').ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), 'x-ms-request-id': `req-${log.length}`, ...headers });
    res.end(text);
  };
  const error = (code: string, message: string) => ({ error: { code, message } });

  const misbehaved = new Map<string, number>();
  /** Whether this request on `table` is one of those the fault `kind` spoils. */
  const spoils = (kind: 'hang' | 'notJson' | 'cutBody' | 'repeatToken' | 'endless', table: string | undefined): boolean => {
    const f = faults[kind];
    if (!f || f.table !== table) return false;
    const n = (misbehaved.get(kind) ?? 0) + 1;
    misbehaved.set(kind, n);
    return f.times === undefined || n <= f.times;
  };

  function graph(body: LoggedRequest['body'], respond: (status: number, body: unknown, headers?: Record<string, string>) => void, res: import('node:http').ServerResponse): void {
    graphRequests++;
    const asked = tableOf(String(body?.query ?? ''));
    if (spoils('hang', asked)) return;
    if (spoils('notJson', asked)) {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html><body><h1>Proxy error</h1></body></html>');
      return;
    }
    if (spoils('cutBody', asked)) {
      const inner = respond;
      respond = (status, b, headers = {}) => {
        const text = Buffer.from(JSON.stringify(b));
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': text.length, ...headers });
        res.write(text.subarray(0, Math.floor(text.length / 2)), () => res.socket?.destroy());
        void inner;
      };
    }
    if (faults.retryAfter && graphRequests <= faults.retryAfter.count) {
      respond(429, error('RateLimiting', 'Rate limit exceeded.'), { 'retry-after': String(faults.retryAfter.seconds) });
      return;
    }
    if (throttled < (faults.throttle ?? 0)) {
      throttled++;
      respond(429, error('RateLimiting', 'Please provide below info when asking for support: timestamp = …, correlationId = ….'), {
        'x-ms-user-quota-remaining': '0',
        'x-ms-user-quota-resets-after': faults.throttleResetsAfter ?? '00:00:01',
      });
      return;
    }
    if (errored < (faults.serverErrors ?? 0) || (faults.failFrom !== undefined && graphRequests >= faults.failFrom)) {
      errored++;
      respond(500, error('InternalServerError', 'Encountered an internal server error.'));
      return;
    }
    const query = String(body?.query ?? '');
    const table = tableOf(query);
    if (!table) return respond(400, error('BadRequest', `unsupported query: ${query.slice(0, 40)}`));
    if (faults.missingTables?.includes(table)) return respond(400, error('InvalidQuery', `Query is invalid. Please refer to the documentation for the Azure Resource Graph service and fix the error before retrying. Table '${query.trim().split(/[\s|]/)[0]}' could not be found.`));
    let subs: string[];
    if (body?.managementGroups?.length) {
      subs = [];
      for (const mg of body.managementGroups) {
        const members = fixture.managementGroups?.[mg];
        if (!members) return respond(403, error('AuthorizationFailed', `The client does not have authorization to perform action 'Microsoft.ResourceGraph/resources/read' over scope '/providers/Microsoft.Management/managementGroups/${mg}'.`));
        // Resource Graph leaves out the subscriptions of a management group the caller cannot read.
        for (const s of members) if (!forbidden.has(s.toLowerCase()) && !subs.includes(s.toLowerCase())) subs.push(s.toLowerCase());
      }
    } else {
      subs = (body?.subscriptions ?? []).map((s) => s.toLowerCase());
      const denied = subs.find((s) => forbidden.has(s));
      if (denied) {
        return respond(403, error('AuthorizationFailed', `The client does not have authorization to perform action 'Microsoft.ResourceGraph/resources/read' over scope '/subscriptions/${denied}' or the scope is invalid.`));
      }
    }
    const scopeKey = JSON.stringify([body?.subscriptions ?? [], body?.managementGroups ?? []]);
    const options = body?.options ?? {};
    const top = Math.min(1000, Number(options.$top ?? 100));
    let offset = 0;
    if (typeof options.$skipToken === 'string') {
      const t = decodeToken(options.$skipToken);
      if (!t || t.table !== table || t.scope !== scopeKey) return respond(400, error('BadRequest', 'The $skipToken does not match the query and scopes.'));
      offset = t.offset;
    }
    // The rows of every subscription in scope, in order, without materialising them all.
    const types = typesOf(query);
    const parts = subs
      .map((s) => fixture.subscriptions[s])
      .filter((d): d is SubscriptionData => d !== undefined)
      .map((d) => (table === 'resources' ? d.resources : table === 'containers' ? d.containers : table === 'appservice' ? siteConfigs(d) : table === 'backups' ? (d.backups ?? []).filter((r) => !types || types.has(String(r.type).toLowerCase())) : [...d.assessments, ...(d.pricings ?? [])]));
    const total = parts.reduce((n, p) => n + count(p), 0);
    const rows: Row[] = [];
    let skip = offset;
    for (const p of parts) {
      const n = count(p);
      if (skip >= n) {
        skip -= n;
        continue;
      }
      for (let i = skip; i < n && rows.length < top; i++) rows.push(rowAt(p, i));
      skip = 0;
      if (rows.length >= top) break;
    }
    const next = offset + rows.length;
    const headers: Record<string, string> = { 'x-ms-user-quota-remaining': '14', 'x-ms-user-quota-resets-after': '00:00:05' };
    if (faults.spendQuotaAt && faults.spendQuotaAt.request === graphRequests) {
      headers['x-ms-user-quota-remaining'] = '0';
      headers['x-ms-user-quota-resets-after'] = faults.spendQuotaAt.resetsAfter;
    }
    const table_ = faults.tableFormat || options.resultFormat === 'table';
    respond(
      200,
      {
        totalRecords: total,
        count: rows.length,
        resultTruncated: 'false',
        ...(spoils('repeatToken', table)
          ? { $skipToken: typeof options.$skipToken === 'string' ? options.$skipToken : encodeToken({ table, scope: scopeKey, offset: 0 }) }
          : spoils('endless', table)
            ? { $skipToken: encodeToken({ table, scope: scopeKey, offset: 0, page: graphRequests } as Token) }
            : next < total
              ? { $skipToken: encodeToken({ table, scope: scopeKey, offset: next }) }
              : {}),
        data: table_ ? asTable(rows) : rows,
        facets: [],
      },
      headers,
    );
  }

  /** One page of a fixture list, from the `$skiptoken` the previous page's nextLink carried. */
  function page(body: unknown, url: URL, host: string | undefined): unknown {
    const size = fixture.armPageSize;
    if (!size || typeof body !== 'object' || body === null || !Array.isArray((body as { value?: unknown }).value)) return body;
    const value = (body as { value: unknown[] }).value;
    const token = url.searchParams.get('$skiptoken');
    const offset = token ? Number(Buffer.from(token, 'base64url').toString('utf8').replace(/^offset:/, '')) : 0;
    const rest = value.slice(offset, offset + size);
    if (offset + size >= value.length) return { ...body, value: rest };
    const next = new URL(`https://${host ?? '127.0.0.1'}${url.pathname}`);
    next.searchParams.set('api-version', url.searchParams.get('api-version') ?? '');
    next.searchParams.set('$skiptoken', Buffer.from(`offset:${offset + size}`).toString('base64url'));
    return { ...body, value: rest, nextLink: next.toString() };
  }

  function armGet(path: string, url: URL, host: string | undefined, respond: (status: number, body: unknown) => void): void {
    const id = path.toLowerCase();
    const sub = /^\/subscriptions\/([^/]+)/.exec(id)?.[1];
    if ((sub && forbidden.has(sub)) || (faults.armForbidden ?? []).some((f) => id.includes(f))) {
      return respond(403, error('AuthorizationFailed', `The client does not have authorization to perform action over scope '${path}'.`));
    }
    if (arm.has(id)) return respond(200, page(arm.get(id), url, host));
    // Lists the fixture leaves out: none (Blob Containers - List answers `{ value: [] }` for an account without containers).
    if (/\/firewallrules$/.test(id) || /\/providers\/microsoft\.insights\/diagnosticsettings$/.test(id) || /\/blobservices\/default\/containers$/.test(id)) return respond(200, { value: [] });
    if (/\/providers\/microsoft\.network\/networkwatchers$/.test(id) || /\/flowlogs$/.test(id)) return respond(200, { value: [] });
    // What Azure always has, with its defaults, when the fixture does not say otherwise.
    const defaults = serviceDefault(path);
    if (defaults) return respond(200, defaults);
    // A resource of the fixture read by id (GET of the resource itself).
    const row = rowsById().get(id);
    if (row) return respond(200, row);
    respond(404, error('ResourceNotFound', `The Resource '${path}' was not found.`));
  }

  /**
   * `appserviceresources` rows of a subscription: each site's `config/web` (the fixture's ARM body,
   * else Azure's defaults) as Resource Graph lists it, by id; computed once per subscription.
   */
  const configRows = new Map<SubscriptionData, Row[]>();
  function siteConfigs(d: SubscriptionData): Row[] {
    let rows = configRows.get(d);
    if (!rows) {
      rows = [];
      for (let i = 0; i < count(d.resources); i++) {
        const site = rowAt(d.resources, i);
        if (!SITE_TYPES.has(String(site.type).toLowerCase())) continue;
        const id = `${String(site.id)}/config/web`;
        const body = (arm.get(id.toLowerCase()) ?? serviceDefault(id)) as Row;
        rows.push({ id, name: 'web', type: /\/slots\//i.test(id) ? 'microsoft.web/sites/slots/config/web' : 'microsoft.web/sites/config/web', subscriptionId: site.subscriptionId, properties: body.properties });
      }
      rows.sort((a, b) => (String(a.id).toLowerCase() < String(b.id).toLowerCase() ? -1 : 1));
      configRows.set(d, rows);
    }
    return rows;
  }

  let byId: Map<string, Row> | undefined;
  const rowsById = () => {
    if (!byId) {
      byId = new Map();
      for (const d of Object.values(fixture.subscriptions)) if (Array.isArray(d.resources)) for (const r of d.resources) byId.set(String(r.id).toLowerCase(), r);
    }
    return byId;
  };

  const server = https.createServer({ key: opts.key, cert: opts.cert, keepAlive: true }, (req, res) => {
    const url = new URL(req.url ?? '/', 'https://127.0.0.1');
    const path = url.pathname.replace(/\/{2,}/g, '/');
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const entry: LoggedRequest = { method: req.method ?? 'GET', path, apiVersion: url.searchParams.get('api-version'), status: 0, at: Date.now(), authorization: req.headers.authorization };
      log.push(entry);
      const respond = (status: number, body: unknown, headers?: Record<string, string>) => {
        entry.status = status;
        send(res, status, body, headers);
      };
      if (path === '/msi/token') {
        return respond(200, { access_token: 'test-managed-identity-token', expires_on: String(Math.floor(Date.now() / 1000) + 3600), resource: url.searchParams.get('resource'), token_type: 'Bearer' });
      }
      if (!req.headers.authorization?.startsWith('Bearer ')) return respond(401, error('AuthenticationFailed', 'Authentication failed. The Authorization header is missing.'));
      if (!entry.apiVersion) return respond(400, error('MissingApiVersionParameter', "The api-version query parameter (?api-version=) is required for all requests."));
      if (req.method === 'POST' && path.toLowerCase() === '/providers/microsoft.resourcegraph/resources') {
        let body: LoggedRequest['body'];
        try {
          body = JSON.parse(text) as LoggedRequest['body'];
        } catch {
          return respond(400, error('BadRequest', 'invalid JSON'));
        }
        entry.body = body;
        const answer = () => graph(body, respond, res);
        if (faults.graphLatencyMs) setTimeout(answer, faults.graphLatencyMs);
        else answer();
        return;
      }
      if (req.method === 'GET') {
        if (faults.armLatencyMs) setTimeout(() => armGet(path, url, req.headers.host, respond), faults.armLatencyMs);
        else armGet(path, url, req.headers.host, respond);
        return;
      }
      respond(405, error('MethodNotAllowed', `${req.method} is not supported here`));
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as AddressInfo).port;
      resolve({
        port,
        url: `https://127.0.0.1:${port}`,
        log,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

// In a worker thread (see azure-thread.ts): serve, report the port, answer for the log, stop on request.
const boot = isMainThread ? undefined : (workerData as { cldscanAzureServer?: ServerOptions } | undefined)?.cldscanAzureServer;
if (boot && parentPort) {
  const port = parentPort;
  void startAzureServer(boot).then((s) => {
    port.postMessage({ port: s.port });
    port.on('message', (m: string) => {
      if (m === 'log') port.postMessage({ log: s.log });
      if (m === 'close') void s.close().then(() => port.postMessage({ closed: true }));
    });
  });
}
