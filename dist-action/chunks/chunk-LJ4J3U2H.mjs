import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  PageGuard,
  allOf,
  anyOf,
  attr,
  blocks,
  configured,
  copiedWhy,
  evidenceAt,
  formatPath,
  isObject,
  isSensitivePath,
  judgeAfterApply,
  mapKeys,
  parsePath,
  referencesAt,
  setting
} from "./chunk-24CSVZM3.mjs";
import {
  buildFacets,
  compile
} from "./chunk-JECVGCKA.mjs";
import {
  UserError
} from "./chunk-QTFYQM6Z.mjs";
import {
  checkNamedValue,
  scanScript
} from "./chunk-7GYEOXBL.mjs";
import {
  memoize
} from "./chunk-7EALKIMT.mjs";

// providers/gcp/asset.ts
var isObject2 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var camel = (key) => key.includes("_") ? key.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase()) : key;
function camelKeys(v, path) {
  if (Array.isArray(v)) return v.map((x) => camelKeys(x, path));
  if (!isObject2(v)) return v;
  if (path === "resource.data" || path === "versionedResources.resource") return v;
  const out = {};
  for (const [k, x] of Object.entries(v)) {
    const key = camel(k);
    out[key] = camelKeys(x, path === "" ? key : `${path}.${key}`);
  }
  return out;
}
var strings = (v) => Array.isArray(v) ? v.filter((x) => typeof x === "string") : void 0;
function normaliseRecord(record) {
  if (!isObject2(record)) return void 0;
  if (isObject2(record.asset) && !("assetType" in record) && !("asset_type" in record)) return record.deleted === true ? void 0 : normaliseRecord(record.asset);
  const spelling = "asset_type" in record || "iam_policy" in record ? "snake" : "camel";
  const r = spelling === "snake" ? camelKeys(record, "") : { ...record };
  if (typeof r.resource === "string" && isObject2(r.policy)) {
    return { name: r.resource, assetType: typeof r.assetType === "string" ? r.assetType : assetTypeOf(r.resource), iamPolicy: r.policy, spelling, ...typeof r.project === "string" ? { search: { project: r.project } } : {} };
  }
  if (typeof r.name !== "string" || typeof r.assetType !== "string") return void 0;
  const asset = { ...r, name: r.name, assetType: r.assetType, spelling };
  if (r.resource !== void 0 && !isObject2(r.resource)) delete asset.resource;
  if (r.iamPolicy !== void 0 && !isObject2(r.iamPolicy)) delete asset.iamPolicy;
  const ancestors = strings(r.ancestors);
  if (ancestors) asset.ancestors = ancestors;
  else delete asset.ancestors;
  if (!isObject2(r.resource) && !isObject2(r.iamPolicy) && isSearchResult(r)) return fromSearchResult(r, asset);
  return asset;
}
var SEARCH_KEYS = ["project", "displayName", "location", "kmsKeys", "kmsKey", "versionedResources", "parentFullResourceName", "folders", "organization", "additionalAttributes"];
var isSearchResult = (r) => SEARCH_KEYS.some((k) => k in r);
function fromSearchResult(r, asset) {
  const out = { name: asset.name, assetType: asset.assetType, spelling: asset.spelling };
  const versioned = Array.isArray(r.versionedResources) ? r.versionedResources.find((v) => isObject2(v) && isObject2(v.resource)) : void 0;
  const resource = {};
  if (typeof r.location === "string" && r.location) resource.location = r.location;
  if (isObject2(versioned)) resource.data = versioned.resource;
  if (typeof r.parentFullResourceName === "string") resource.parent = r.parentFullResourceName;
  out.resource = resource;
  const kms3 = strings(r.kmsKeys) ?? (typeof r.kmsKey === "string" && r.kmsKey ? [r.kmsKey] : void 0);
  out.search = { ...typeof r.project === "string" ? { project: r.project } : {}, ...kms3 ? { kmsKeys: kms3 } : {} };
  return out;
}
function assetTypeOf(name) {
  const m = /^\/\/cloudresourcemanager\.googleapis\.com\/(projects|folders|organizations)\//.exec(name);
  if (!m) return "unknown";
  return `cloudresourcemanager.googleapis.com/${{ projects: "Project", folders: "Folder", organizations: "Organization" }[m[1]]}`;
}
function fromValue(v) {
  if (!isObject2(v)) return null;
  switch (v.kind) {
    case "stringValue":
      return typeof v.stringValue === "string" ? v.stringValue : "";
    case "numberValue":
      return typeof v.numberValue === "number" ? v.numberValue : Number(v.numberValue);
    case "boolValue":
      return v.boolValue === true;
    case "structValue":
      return fromStruct(v.structValue);
    case "listValue":
      return isObject2(v.listValue) && Array.isArray(v.listValue.values) ? v.listValue.values.map(fromValue) : [];
    case "nullValue":
      return null;
    default:
      if ("stringValue" in v) return String(v.stringValue);
      if ("numberValue" in v) return Number(v.numberValue);
      if ("boolValue" in v) return v.boolValue === true;
      if ("structValue" in v) return fromStruct(v.structValue);
      if ("listValue" in v) return isObject2(v.listValue) && Array.isArray(v.listValue.values) ? v.listValue.values.map(fromValue) : [];
      return null;
  }
}
function fromStruct(s) {
  const out = {};
  if (!isObject2(s) || !isObject2(s.fields)) return out;
  for (const [k, v] of Object.entries(s.fields)) out[k] = fromValue(v);
  return out;
}
function compact(v) {
  if (v === null || v === void 0 || v === "") return void 0;
  if (Buffer.isBuffer(v) || v instanceof Uint8Array) return v.length ? Buffer.from(v).toString("base64") : void 0;
  if (Array.isArray(v)) {
    const items = v.map(compact).filter((x) => x !== void 0);
    return items.length ? items : void 0;
  }
  if (!isObject2(v)) return v;
  const out = {};
  for (const [k, x] of Object.entries(v)) {
    const c = compact(x);
    if (c !== void 0) out[k] = c;
  }
  return Object.keys(out).length ? out : void 0;
}
function timestamp(v) {
  if (typeof v === "string") return v;
  if (!isObject2(v) || v.seconds === void 0) return void 0;
  const ms = Number(v.seconds) * 1e3 + Math.floor(Number(v.nanos ?? 0) / 1e6);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : void 0;
}
function fromClientAsset(asset) {
  if (!isObject2(asset)) return {};
  const { resource, updateTime, ...rest } = asset;
  const out = compact(rest) ?? {};
  if (isObject2(resource)) {
    const { data, ...meta } = resource;
    const r = compact(meta) ?? {};
    if (data !== null && data !== void 0) r.data = isObject2(data) && isObject2(data.fields) ? fromStruct(data) : data;
    out.resource = r;
  }
  const when = timestamp(updateTime);
  if (when) out.updateTime = when;
  const { name, assetType, ...others } = out;
  return { name, assetType, ...others };
}

// providers/gcp/client.ts
var DEFAULT_RETRY = { initialDelayMs: 1e3, maxDelayMs: 32e3 };
var RETRY_CODES = /* @__PURE__ */ new Set([4, 8, 13, 14, 408, 429, 500, 502, 503, 504, "ECONNRESET", "ETIMEDOUT", "EPIPE", "EAI_AGAIN"]);
function isRetryable(err) {
  const e = err;
  if (RETRY_CODES.has(e?.code)) return true;
  return e?.name === "SyntaxError" || e?.type === "invalid-json" || e?.code === void 0 && /JSON|premature close|aborted|socket hang up/i.test(String(e?.message ?? ""));
}
var CALL_OPTIONS = {
  autoPaginate: false,
  retry: { retryCodes: [], backoffSettings: { maxRetries: 1, initialRetryDelayMillis: 0, retryDelayMultiplier: 1, maxRetryDelayMillis: 0, initialRpcTimeoutMillis: 0, rpcTimeoutMultiplier: 1, maxRpcTimeoutMillis: 0 } }
};
function endpointOptions(value, variable = "CLDSCAN_GCP_ENDPOINT") {
  const m = /^(?:(https?):\/\/)?(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+)(?::(\d{1,5}))?\/?$/.exec(value.trim());
  if (!m) throw new UserError(`${variable} ${value}: expected host:port (plain HTTP, for tests) or https://host[:port]`);
  const protocol = m[1] ?? "http";
  const port = m[3] ? Number(m[3]) : protocol === "https" ? 443 : 80;
  return { apiEndpoint: m[2], port, protocol };
}
async function createClient(overrides = {}, env = process.env, bound = (p) => p) {
  const { v1 } = commonJs(await import("./src-M7UPQDQ4.mjs"));
  const options = { fallback: true };
  const endpoint3 = env.CLDSCAN_GCP_ENDPOINT?.trim();
  if (endpoint3) Object.assign(options, endpointOptions(endpoint3));
  const token = env.GOOGLE_OAUTH_ACCESS_TOKEN?.trim();
  const { googleAuthLibrary } = commonJs(await import("./src-SQZVM5AW.mjs"));
  if (token && !overrides.authClient) {
    const auth = new googleAuthLibrary.OAuth2Client();
    auth.setCredentials({ access_token: token });
    options.authClient = auth;
  } else if (!overrides.authClient && !overrides.auth) {
    const auth = new googleAuthLibrary.GoogleAuth({ scopes: ["https://www.googleapis.com/auth/cloud-platform"] });
    const emit = process.emitWarning;
    process.emitWarning = ((warning, ...rest) => {
      const type = typeof rest[0] === "string" ? rest[0] : rest[0]?.type;
      if (type !== "MetadataLookupWarning") emit.call(process, warning, ...rest);
    });
    try {
      await bound(auth.getClient());
    } catch (err) {
      throw new UserError(noCredentials(err));
    } finally {
      process.emitWarning = emit;
    }
    options.auth = auth;
  }
  return new v1.AssetServiceClient({ ...options, ...overrides });
}
function noCredentials(err) {
  const said = String(err?.message ?? err).split("\n")[0].split(/\. Browse/)[0].replace(/[:=]/g, " ").slice(0, 200);
  return `GCP: no Application Default Credentials (tried GOOGLE_APPLICATION_CREDENTIALS, the gcloud application-default file and the metadata server); run gcloud auth application-default login, point GOOGLE_APPLICATION_CREDENTIALS at a workload identity federation or key file, or set GOOGLE_OAUTH_ACCESS_TOKEN (google-auth said ${said})`;
}
function commonJs(mod) {
  const exported = mod.default;
  return exported !== null && typeof exported === "object" ? exported : mod;
}

// providers/gcp/values.ts
var dataOf = (a) => isObject2(a.resource?.data) ? a.resource.data : void 0;
var SPLIT = /* @__PURE__ */ new Map();
function get(obj, path) {
  let keys = SPLIT.get(path);
  if (!keys) SPLIT.set(path, keys = path.split("."));
  let cur = obj;
  for (const key of keys) {
    if (!isObject2(cur)) return void 0;
    cur = cur[key];
  }
  return cur;
}
var str = (v) => typeof v === "string" && v.trim() !== "" ? v.trim() : void 0;
var bool = (v) => typeof v === "boolean" ? v : v === "true" ? true : v === "false" ? false : void 0;
function num(v) {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v.trim())) return finite(Number(v));
  return void 0;
}
var finite = (n) => Number.isFinite(n) ? n : void 0;
var list = (v) => Array.isArray(v) ? v : void 0;
var strings2 = (v) => Array.isArray(v) ? v.filter((x) => typeof x === "string" && x.trim() !== "").map((x) => x.trim()) : void 0;
var snake = (key) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
function topPath(a, camelPath) {
  if (a.spelling !== "snake") return camelPath;
  return camelPath.split(".").map((seg) => snake(seg)).join(".");
}
var dataPath = (path) => `resource.data.${path}`;
function ev(path, value, opts = {}) {
  return evidenceAt(path, value, opts);
}
function locationInName(name) {
  const m = /\/(?:locations|zones|regions)\/([^/]+)/.exec(name);
  return m ? m[1] : void 0;
}

// providers/gcp/security-center.ts
var SCC_SERVICES = "securitycentermanagement.googleapis.com/SecurityCenterServiceList";
var DETECTION_SERVICES = /* @__PURE__ */ new Set(["event-threat-detection", "container-threat-detection", "vm-threat-detection", "security-health-analytics"]);
var SCC_ENDPOINT = "https://securitycentermanagement.googleapis.com";
var serviceId = (name) => typeof name === "string" ? /\/securityCenterServices\/([a-z0-9-]+)$/.exec(name)?.[1] : void 0;
function sccServices(a) {
  const project2 = /\/\/securitycentermanagement\.googleapis\.com\/(projects\/[^/]+)\//.exec(a.name)?.[1];
  const data = dataOf(a);
  if (a.assetType !== SCC_SERVICES || !project2 || !data) return void 0;
  const services = (list(get(data, "securityCenterServices")) ?? []).map((s) => ({ service: serviceId(get(s, "name")) ?? "(unnamed)", state: str(get(s, "effectiveEnablementState")) }));
  return { project: project2, services };
}
function sccRecord(projectNumberOrId, ancestors, services) {
  return {
    name: `//securitycentermanagement.googleapis.com/projects/${projectNumberOrId}/locations/global/securityCenterServices`,
    assetType: SCC_SERVICES,
    ...ancestors ? { ancestors: [...ancestors] } : {},
    resource: { version: "v1", discoveryName: "ListSecurityCenterServicesResponse", parent: `//cloudresourcemanager.googleapis.com/projects/${projectNumberOrId}`, data: { securityCenterServices: [...services] } }
  };
}
function sccBaseUrl(env) {
  const own = env.CLDSCAN_GCP_SCC_ENDPOINT?.trim();
  const asset = env.CLDSCAN_GCP_ENDPOINT?.trim();
  const value = own || (asset && !/^https:\/\//i.test(asset) ? asset : void 0);
  if (!value) return SCC_ENDPOINT;
  const { protocol, apiEndpoint, port } = endpointOptions(value, own ? "CLDSCAN_GCP_SCC_ENDPOINT" : "CLDSCAN_GCP_ENDPOINT");
  return `${protocol}://${apiEndpoint}:${port}`;
}
function sccRetryable(err) {
  const e = err;
  const status = typeof e?.status === "number" ? e.status : e?.response?.status;
  return isRetryable(err) || typeof status === "number" && isRetryable({ code: status });
}
async function listSccServices(http, project2, opts, retry) {
  const out = [];
  const pages = new PageGuard(`the Security Command Center services of projects/${project2}`, opts.maxPages);
  let token;
  for (; ; ) {
    const url = `${opts.baseUrl}/v1/projects/${encodeURIComponent(project2)}/locations/global/securityCenterServices?pageSize=1000${token ? `&pageToken=${encodeURIComponent(token)}` : ""}`;
    const res = await retry(() => http.request({ url, method: "GET", timeout: opts.timeoutMs, retry: false, responseType: "json", ...opts.signal ? { signal: opts.signal } : {} }));
    const body = res.data;
    if (typeof body !== "object" || body === null) throw Object.assign(new Error("the answer is not the API's JSON"), { type: "invalid-json" });
    out.push(...Array.isArray(body.securityCenterServices) ? body.securityCenterServices : []);
    token = pages.next(typeof body.nextPageToken === "string" ? body.nextPageToken : void 0);
    if (!token) return out;
  }
}
function describeSccError(err) {
  const e = err;
  const status = typeof e?.status === "number" ? e.status : typeof e?.response?.status === "number" ? e.response.status : void 0;
  const body = get(e?.response?.data, "error");
  const apiStatus = typeof body?.status === "string" ? body.status : void 0;
  const message = (typeof body?.message === "string" ? body.message : String(e?.message ?? err)).split("\n")[0].slice(0, 300);
  const label = [apiStatus, status ? `HTTP ${status}` : void 0].filter(Boolean).join(", ");
  let hint = "";
  if (status === 403 || apiStatus === "PERMISSION_DENIED") hint = " (the credentials need securitycentermanagement.securityCenterServices.list on the project, in roles/securitycentermanagement.viewer, and the Security Command Center Management API enabled in their quota project)";
  else if (status === 404 || apiStatus === "NOT_FOUND") hint = " (Security Command Center is not set up for the project or its organization)";
  return `${label ? `${label}: ` : ""}${message}${hint}`;
}

// providers/gcp/knowledge/log-filter.ts
var DATA_ACCESS_LOG = "cloudaudit.googleapis.com/data_access";
var AUDIT_LOG_TYPE = "type.googleapis.com/google.cloud.audit.AuditLog";
var OPS = ["!=", ">=", "<=", "=~", "!~", "=", ":", "<", ">"];
function tokenize(filter) {
  const out = [];
  let i = 0;
  while (i < filter.length) {
    const c = filter[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === "(" || c === ")") {
      out.push({ kind: c, text: c });
      i++;
      continue;
    }
    if (c === '"') {
      let text2 = "";
      i++;
      while (i < filter.length && filter[i] !== '"') {
        if (filter[i] === "\\" && i + 1 < filter.length) i++;
        text2 += filter[i];
        i++;
      }
      if (i >= filter.length) return void 0;
      i++;
      out.push({ kind: "str", text: text2 });
      continue;
    }
    if (c === "-" && out[out.length - 1]?.kind !== "op") {
      out.push({ kind: "word", text: "NOT" });
      i++;
      continue;
    }
    const op = OPS.find((o) => filter.startsWith(o, i));
    if (op) {
      out.push({ kind: "op", text: op });
      i += op.length;
      continue;
    }
    let text = "";
    while (i < filter.length && !/[\s()"]/.test(filter[i]) && !OPS.some((o) => filter.startsWith(o, i))) text += filter[i++];
    while (text.endsWith(".") && filter[i] === '"') {
      const end = filter.indexOf('"', i + 1);
      if (end < 0) return void 0;
      text += filter.slice(i + 1, end);
      i = end + 1;
    }
    out.push({ kind: "word", text });
  }
  return out;
}
var not = (a) => a === "yes" ? "no" : a === "no" ? "yes" : "unknown";
function decoded(value) {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
var logIdOf = (value) => decoded(value.replace(/^.*\/logs\//, "")).toLowerCase();
function compare(field, op, value) {
  const f = field.replace(/"/g, "").toLowerCase();
  let actual;
  if (f === "logname") actual = `logs/${DATA_ACCESS_LOG}`;
  else if (f === "protopayload.@type") actual = AUDIT_LOG_TYPE.toLowerCase();
  if (actual === void 0) return "unknown";
  const v = value.toLowerCase();
  const equal = f === "logname" ? v.includes("/logs/") || v.startsWith("logs/") ? logIdOf(v) === DATA_ACCESS_LOG : "unknown" : v === actual;
  if (op === "=" || op === "!=") {
    if (equal === "unknown") return "unknown";
    return op === "=" ? equal ? "yes" : "no" : equal ? "no" : "yes";
  }
  if (op === ":") {
    const part = decoded(v.replace(/%2f/g, "/"));
    if (actual.includes(part)) return "yes";
    return /^(projects|folders|organizations|billingaccounts)\//.test(part) ? "unknown" : "no";
  }
  return "unknown";
}
var MAX_DEPTH = 64;
var Parser = class {
  constructor(tokens) {
    this.tokens = tokens;
  }
  tokens;
  pos = 0;
  depth = 0;
  parse() {
    const v = this.or();
    return v !== void 0 && this.pos === this.tokens.length ? v : void 0;
  }
  peek() {
    return this.tokens[this.pos];
  }
  or() {
    let v = this.and();
    while (v !== void 0 && this.peek()?.kind === "word" && this.peek().text === "OR") {
      this.pos++;
      const r = this.and();
      if (r === void 0) return void 0;
      v = anyOf([v, r]);
    }
    return v;
  }
  /** Terms side by side are ANDed, as with AND. */
  and() {
    let v = this.unary();
    for (; ; ) {
      if (v === void 0) return void 0;
      const t = this.peek();
      if (!t || t.kind === ")" || t.kind === "word" && t.text === "OR") return v;
      if (t.kind === "word" && t.text === "AND") this.pos++;
      const r = this.unary();
      if (r === void 0) return void 0;
      v = allOf([v, r]);
    }
  }
  unary() {
    if (++this.depth > MAX_DEPTH) return void 0;
    try {
      return this.unaryWithin();
    } finally {
      this.depth--;
    }
  }
  unaryWithin() {
    const t = this.peek();
    if (!t) return void 0;
    if (t.kind === "word" && t.text === "NOT") {
      this.pos++;
      const v = this.unary();
      return v === void 0 ? void 0 : not(v);
    }
    if (t.kind === "(") {
      this.pos++;
      const v = this.or();
      if (this.peek()?.kind !== ")") return void 0;
      this.pos++;
      return v;
    }
    return this.term();
  }
  term() {
    const t = this.tokens[this.pos++];
    if (!t || t.kind === ")" || t.kind === "op") return void 0;
    const next = this.peek();
    if (t.kind === "word" && next?.kind === "(") {
      this.pos++;
      const args = [];
      while (this.peek() && this.peek().kind !== ")") args.push(this.tokens[this.pos++]);
      if (this.peek()?.kind !== ")") return void 0;
      this.pos++;
      if (t.text.toUpperCase() === "LOG_ID" && args.length === 1 && args[0].kind !== "op") return decoded(args[0].text).toLowerCase() === DATA_ACCESS_LOG ? "yes" : "no";
      return "unknown";
    }
    if (t.kind === "word" && next?.kind === "op") {
      this.pos++;
      const value = this.tokens[this.pos++];
      if (!value || value.kind !== "str" && value.kind !== "word") return void 0;
      return compare(t.text, next.text, value.text);
    }
    return "unknown";
  }
};
function routesDataAccessLogs(filter, exclusions = []) {
  const evaluate = (f) => {
    const tokens = tokenize(f);
    return tokens ? new Parser(tokens).parse() ?? "unknown" : "unknown";
  };
  let v = filter === void 0 || filter.trim() === "" ? "yes" : evaluate(filter);
  for (const e of exclusions) v = allOf([v, not(e.trim() === "" ? "yes" : evaluate(e))]);
  return v;
}

// providers/gcp/knowledge/iam.ts
function memberKind(member) {
  if (member === "allUsers" || member === "allAuthenticatedUsers") return "public";
  const prefix = member.slice(0, member.indexOf(":"));
  switch (prefix) {
    case "user":
      return "user";
    case "group":
      return "group";
    case "domain":
      return "domain";
    case "serviceAccount":
      return "service-account";
    case "deleted":
      return "deleted";
    case "principal":
    case "principalSet":
      return member.includes("/workforcePools/") ? "workforce" : "workload";
    default:
      return "other";
  }
}
function isHuman(kind) {
  return kind === "user" || kind === "group" || kind === "domain" || kind === "workforce" || kind === "public";
}
var BASIC_ADMIN_ROLES = /* @__PURE__ */ new Set(["roles/owner", "roles/editor"]);
var ADMIN_ROLES = /* @__PURE__ */ new Set([
  ...BASIC_ADMIN_ROLES,
  "roles/resourcemanager.organizationAdmin",
  "roles/resourcemanager.folderAdmin",
  "roles/resourcemanager.folderIamAdmin",
  "roles/resourcemanager.projectIamAdmin",
  "roles/iam.securityAdmin",
  "roles/iam.organizationRoleAdmin",
  "roles/iam.roleAdmin",
  "roles/iam.serviceAccountAdmin",
  "roles/iam.serviceAccountKeyAdmin",
  "roles/iam.serviceAccountTokenCreator",
  "roles/iam.workloadIdentityPoolAdmin",
  "roles/orgpolicy.policyAdmin"
]);
var CUSTOM_ROLE = /^(projects|organizations)\/[^/]+\/roles\//;
function predefinedRoleVerdict(role) {
  return { admin: ADMIN_ROLES.has(role) || /\.admin$/.test(role) ? "yes" : "no" };
}
function kindCounts(members) {
  const counts = /* @__PURE__ */ new Map();
  for (const m of members) counts.set(memberKind(m), (counts.get(memberKind(m)) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${n} ${k}`).join(", ");
}
var humanTruth = (g) => g.members === "unknown" ? "unknown" : g.members.map(memberKind).some(isHuman) ? "yes" : "no";
var CLASSES = [
  ["yes", "yes"],
  ["unknown", "yes"],
  ["yes", "unknown"],
  ["unknown", "unknown"],
  ["yes", "no"],
  ["unknown", "no"]
];
function describe(grants2, noRole, only) {
  const shown = grants2.slice(0, 3).map((g) => {
    const members = g.members === "unknown" ? ["(members known after apply)"] : only ? g.members.filter(only) : g.members;
    const list2 = members.length > 3 ? `${members.slice(0, 3).join(", ")} and ${members.length - 3} more` : members.join(", ");
    return `${g.role ?? noRole} to ${list2 || "(no member)"}`;
  });
  return grants2.length > 3 ? `${shown.join("; ")} and ${grants2.length - 3} more grants` : shown.join("; ");
}
function grantsIdentity(grants2, how) {
  if (grants2.length === 0) return void 0;
  const known = (g) => g.members === "unknown" ? [] : g.members;
  const toUsers = grants2.filter((g) => g.role !== void 0 && BASIC_ADMIN_ROLES.has(g.role) && known(g).some((m) => memberKind(m) === "user"));
  const toPublic = grants2.filter((g) => g.verdict.admin === "yes" && known(g).some((m) => memberKind(m) === "public"));
  if (toUsers.length || toPublic.length) {
    const offenders = toUsers.length ? toUsers : toPublic;
    return {
      principalKind: "grant",
      principal: describe(offenders, how.noRole, (m) => ["user", "public"].includes(memberKind(m))),
      admin: "yes",
      humanAccess: "yes",
      mfa: "unknown",
      violation: toUsers.length ? "basic-role-to-user" : "admin-to-public",
      evidence: offenders.flatMap((g) => g.evidence),
      settle: how.mfaSettle
    };
  }
  for (const [admin, human] of CLASSES) {
    const matching = grants2.filter((g) => g.verdict.admin === admin && humanTruth(g) === human);
    if (matching.length === 0) continue;
    const facet2 = {
      principalKind: "grant",
      principal: describe(matching, how.noRole),
      admin,
      humanAccess: human,
      mfa: human === "no" ? "not-applicable" : "unknown",
      evidence: matching.flatMap((g) => g.evidence)
    };
    const settle = admin === "unknown" ? matching[0].verdict.settle : human === "no" ? void 0 : how.mfaSettle;
    if (settle) facet2.settle = settle;
    return facet2;
  }
  return {
    principalKind: "grant",
    principal: describe(grants2, how.noRole),
    admin: "no",
    humanAccess: grants2.some((g) => humanTruth(g) === "yes") ? "yes" : "no",
    mfa: "not-applicable",
    evidence: grants2.flatMap((g) => g.evidence)
  };
}

// providers/gcp/knowledge/public-access.ts
var PAP_CONSTRAINT = "storage.publicAccessPrevention";
var isPublicEntity = (entity) => memberKind(entity.trim()) === "public";
var PUBLIC_PREDEFINED_ACLS = /* @__PURE__ */ new Set(["publicRead", "publicReadWrite", "authenticatedRead"]);
var roleEntityEntity = (item) => item.slice(item.indexOf(":") + 1).trim();
function preventionSetting(value) {
  if (value === void 0) return "inherited";
  return value.toLowerCase() === "unspecified" ? "inherited" : value.toLowerCase();
}
function enforcesPrevention(policy) {
  const boolean = policy.booleanPolicy;
  if (isRecord(boolean)) return boolean.enforced === true || boolean.enforced === "true";
  const spec = isRecord(policy.spec) ? policy.spec : void 0;
  if (spec && spec.reset !== true && Array.isArray(spec.rules)) {
    const rules = spec.rules.filter(isRecord);
    return rules.length > 0 && rules.every((r) => !isRecord(r.condition) && (r.enforce === true || r.enforce === "TRUE" || r.enforce === "true"));
  }
  return false;
}
var isRecord = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function inheritedPrevention(chain) {
  for (const step of chain) {
    if (step.policy) return step.policy;
    if (!step.seen) return void 0;
  }
  return void 0;
}
var SETTLE_ACL = "uniform bucket-level access on the bucket, or public access prevention enforced (on the bucket, or by the storage.publicAccessPrevention organisation policy): without them the ACLs of the bucket and of each object can grant allUsers";
function gcsExposure(s) {
  if (s.prevention === "enforced") return { public: "no", note: "public access prevention enforced on the bucket" };
  if (s.orgPolicy?.enforced) return { public: "no", note: `public access prevention enforced by the ${PAP_CONSTRAINT} organisation policy of ${s.orgPolicy.node}` };
  const iamOpen = s.members !== "unknown" && s.members.some((m) => memberKind(m) === "public");
  const aclOpen = s.publicAcl && s.uniform !== true;
  if (iamOpen || aclOpen) {
    const route = iamOpen ? "a role is granted to allUsers or allAuthenticatedUsers" : "an ACL grants allUsers or allAuthenticatedUsers";
    if (s.prevention === "unknown") return { public: "unknown", note: route, settle: "the public access prevention setting of the bucket" };
    if (!iamOpen && s.uniform === "unknown") return { public: "unknown", note: route, settle: "the uniform bucket-level access setting of the bucket (it turns ACLs off)" };
    return { public: "yes", note: `${route} and public access prevention is not enforced on the bucket` };
  }
  if (s.members === "unknown") return { public: "unknown", note: "the bucket's IAM policy is not known", settle: 'the IAM policy of the bucket (members allUsers / allAuthenticatedUsers), or public_access_prevention = "enforced"' };
  if (s.uniform === true) return { public: "no", note: "no role is granted to allUsers or allAuthenticatedUsers, and uniform bucket-level access turns ACLs off" };
  return { public: "unknown", note: "no role is granted to allUsers or allAuthenticatedUsers, but uniform bucket-level access is not on: ACLs (those of objects are in no inventory) may grant anyone", settle: SETTLE_ACL };
}

// providers/gcp/context.ts
var PROJECT = "cloudresourcemanager.googleapis.com/Project";
var FOLDER = "cloudresourcemanager.googleapis.com/Folder";
var ORGANIZATION = "cloudresourcemanager.googleapis.com/Organization";
var LOG_SINK = "logging.googleapis.com/LogSink";
var BUCKET = "storage.googleapis.com/Bucket";
var LOG_BUCKET = "logging.googleapis.com/LogBucket";
var DATASET = "bigquery.googleapis.com/Dataset";
var LOG_DESTINATION_TYPES = /* @__PURE__ */ new Set([LOG_BUCKET, BUCKET, DATASET]);
var SSL_POLICY_TYPES = /* @__PURE__ */ new Set(["compute.googleapis.com/SslPolicy", "compute.googleapis.com/RegionSslPolicy"]);
var URL_MAP_TYPES = /* @__PURE__ */ new Set(["compute.googleapis.com/UrlMap", "compute.googleapis.com/RegionUrlMap"]);
var RESOURCE_POLICY = "compute.googleapis.com/ResourcePolicy";
var CONTEXT_TYPES = /* @__PURE__ */ new Set([PROJECT, FOLDER, ORGANIZATION, LOG_SINK, ...LOG_DESTINATION_TYPES, SCC_SERVICES, RESOURCE_POLICY, ...SSL_POLICY_TYPES, ...URL_MAP_TYPES]);
var sinkParent = (name) => /(?:^|\/)((?:projects|folders|organizations|billingAccounts)\/[^/]+)\/sinks\/[^/]+$/.exec(name)?.[1];
function computeKey(nameOrLink) {
  const m = /(?:^|\/)(projects\/[^/]+\/(?:global|regions\/[^/]+)\/[A-Za-z]+\/[^/]+)$/.exec(nameOrLink.trim());
  return m ? m[1] : void 0;
}
var auditFilter = (filter) => filter === void 0 || filter.trim() === "" || /cloudaudit/i.test(filter);
var LOG_TYPES = ["ADMIN_READ", "DATA_READ", "DATA_WRITE"];
var LOG_TYPE_NUMBERS = { 1: "ADMIN_READ", 2: "DATA_WRITE", 3: "DATA_READ" };
function logTypeName(t) {
  if (typeof t === "number") return LOG_TYPE_NUMBERS[t];
  return typeof t === "string" && t ? t : void 0;
}
function auditSummary(a) {
  const configs = a.iamPolicy?.auditConfigs;
  if (!a.iamPolicy) return void 0;
  const index = Array.isArray(configs) ? configs.findIndex((c) => c?.service === "allServices") : -1;
  if (index < 0) return { index: void 0, logTypes: [], exempted: 0 };
  const logConfigs = Array.isArray(configs[index].auditLogConfigs) ? configs[index].auditLogConfigs : [];
  return {
    index,
    logTypes: logConfigs.map((c) => logTypeName(c?.logType)).filter((x) => x !== void 0),
    exempted: logConfigs.reduce((n, c) => n + (Array.isArray(c?.exemptedMembers) ? c.exemptedMembers.length : 0), 0)
  };
}
function hierarchyName(assetName) {
  const m = /^\/\/cloudresourcemanager\.googleapis\.com\/((?:projects|folders|organizations)\/[^/]+)$/.exec(assetName);
  return m ? m[1] : void 0;
}
var InventoryContext = class {
  /** Project number → project id. */
  projects = /* @__PURE__ */ new Map();
  /** Bucket name → names of the log sinks writing into it. */
  sinkBuckets = /* @__PURE__ */ new Map();
  /** `folders/F` / `organizations/O` (and projects) → their allServices audit config, as read. */
  audit = /* @__PURE__ */ new Map();
  /** SSL policies by relative name (`projects/p/global/sslPolicies/x`). */
  sslPolicies = /* @__PURE__ */ new Map();
  /** URL maps by relative name (`projects/p/global/urlMaps/x`). */
  urlMaps = /* @__PURE__ */ new Map();
  /** Enabled log sinks: where they write, and whether audit logs go there. */
  sinks = [];
  /** The same sinks by where they are set (`projects/123`, `folders/F`). */
  sinksByParent = /* @__PURE__ */ new Map();
  /** The projects (as their sinks name them), folders and organizations whose log sinks are in the inventory: every one has its `_Required` sink. */
  sinkParents = /* @__PURE__ */ new Set();
  /** Log buckets, Cloud Storage buckets and BigQuery datasets by their sink destination (`storage.googleapis.com/b`), with only their retention settings. */
  logDestinations = /* @__PURE__ */ new Map();
  /** Security Command Center services read for a project (by the number or id its record names). */
  securityCenter = /* @__PURE__ */ new Map();
  /** Project id → number (the reverse of `projects`). */
  projectNumbers = /* @__PURE__ */ new Map();
  /** Buckets by asset name: those with a settings record, and the members of the IAM policy records read. */
  bucketSettings = /* @__PURE__ */ new Set();
  bucketMembers = /* @__PURE__ */ new Map();
  /** Live: every bucket's settings record comes after its policy record, and is judged with it. */
  bucketSettingsFollow = false;
  /** Nodes (`projects/N`, `folders/F`, `organizations/O`) whose organisation policies were read, and their `storage.publicAccessPrevention` policy when set. */
  orgPolicyNodes = /* @__PURE__ */ new Set();
  preventionPolicies = /* @__PURE__ */ new Map();
  /** Snapshot schedules by relative name (`projects/p/regions/r/resourcePolicies/x`); other resource policies are left out. */
  snapshotSchedules = /* @__PURE__ */ new Map();
  learn(a) {
    if (LOG_DESTINATION_TYPES.has(a.assetType)) this.learnDestination(a);
    if (a.assetType === SCC_SERVICES) {
      const read = sccServices(a);
      if (read) this.securityCenter.set(read.project.slice("projects/".length), read.services);
      return;
    }
    if (a.assetType === BUCKET) {
      if (dataOf(a)) this.bucketSettings.add(a.name);
      if (a.iamPolicy) this.bucketMembers.set(a.name, policyMembers(a.iamPolicy));
      return;
    }
    if (a.assetType === PROJECT) {
      const data = dataOf(a);
      const raw = get(data, "projectNumber");
      const id = str(get(data, "projectId"));
      const number = [typeof raw === "number" ? String(raw) : str(raw), hierarchyName(a.name)?.slice("projects/".length)].find((n) => n !== void 0 && /^\d+$/.test(n));
      if (id && number) {
        this.projects.set(number, id);
        this.projectNumbers.set(id, number);
      }
    }
    if (a.assetType === LOG_SINK) {
      const data = dataOf(a);
      const dest = str(get(data, "destination"));
      const bucket2 = dest && /^storage\.googleapis\.com\/([^/]+)/.exec(dest)?.[1];
      if (bucket2 && get(data, "disabled") !== true) {
        const sink = str(get(data, "name")) ?? a.name;
        this.sinkBuckets.set(bucket2, [...this.sinkBuckets.get(bucket2) ?? [], sink]);
      }
      const logBucket5 = dest && /^logging\.googleapis\.com\/projects\/([^/]+)\/locations\/([^/]+)\/buckets\/([^/]+)$/.exec(dest);
      const parent = sinkParent(a.name) ?? sinkParent(str(get(data, "resourceName")) ?? "");
      if (parent) this.sinkParents.add(parent);
      if (dest && parent && get(data, "disabled") !== true) {
        const filter = get(data, "filter");
        const exclusions = (list(get(data, "exclusions")) ?? []).filter((e) => get(e, "disabled") !== true).map((e) => str(get(e, "filter")) ?? "");
        const sink = {
          name: str(get(data, "name")) ?? a.name,
          destination: bucket2 ? { kind: "storage", bucket: bucket2 } : logBucket5 ? { kind: "logging", project: logBucket5[1], location: logBucket5[2], bucket: logBucket5[3] } : { kind: "other", value: dest },
          target: dest,
          audit: auditFilter(typeof filter === "string" ? filter : void 0),
          parent,
          includeChildren: get(data, "includeChildren") === true,
          interceptChildren: get(data, "interceptChildren") === true,
          routesDataAccess: routesDataAccessLogs(typeof filter === "string" ? filter : void 0, exclusions)
        };
        this.sinks.push(sink);
        this.sinksByParent.set(parent, [...this.sinksByParent.get(parent) ?? [], sink]);
      }
    }
    if (SSL_POLICY_TYPES.has(a.assetType)) {
      const data = dataOf(a);
      const key = computeKey(a.name) ?? computeKey(str(get(data, "selfLink")) ?? "");
      if (key && data) {
        const enabled = get(data, "enabledFeatures");
        const custom = get(data, "customFeatures");
        const features = (Array.isArray(enabled) && enabled.length ? enabled : Array.isArray(custom) && custom.length ? custom : void 0)?.filter((x) => typeof x === "string");
        this.sslPolicies.set(key, {
          ...str(get(data, "minTlsVersion")) ? { minTlsVersion: str(get(data, "minTlsVersion")) } : {},
          ...str(get(data, "profile")) ? { profile: str(get(data, "profile")) } : {},
          ...features ? { features } : {}
        });
      }
    }
    if (a.assetType === RESOURCE_POLICY) {
      const data = dataOf(a);
      const key = computeKey(a.name) ?? computeKey(str(get(data, "selfLink")) ?? "");
      const days = num(get(data, "snapshotSchedulePolicy.retentionPolicy.maxRetentionDays"));
      if (key && data && get(data, "snapshotSchedulePolicy") !== void 0) this.snapshotSchedules.set(key, days === void 0 ? {} : { maxRetentionDays: days });
    }
    if (URL_MAP_TYPES.has(a.assetType)) {
      const data = dataOf(a);
      const key = computeKey(a.name) ?? computeKey(str(get(data, "selfLink")) ?? "");
      if (key && data) this.urlMaps.set(key, { httpsRedirectOnly: redirectsOnly(data) });
    }
    if ((a.assetType === FOLDER || a.assetType === ORGANIZATION || a.assetType === PROJECT) && Array.isArray(a.orgPolicy)) {
      const node2 = hierarchyName(a.name);
      if (node2) {
        this.orgPolicyNodes.add(node2);
        const policy = a.orgPolicy.find((p) => isObject2(p) && typeof p.constraint === "string" && p.constraint.replace(/^constraints\//, "") === PAP_CONSTRAINT);
        if (isObject2(policy)) this.preventionPolicies.set(node2, { node: node2, enforced: enforcesPrevention(policy) });
      }
    }
    if (a.assetType === FOLDER || a.assetType === ORGANIZATION || a.assetType === PROJECT) {
      const node2 = hierarchyName(a.name);
      const summary = auditSummary(a);
      if (node2 && summary) this.audit.set(node2, summary);
    }
  }
  /**
   * A record named with its project id (`//compute.googleapis.com/projects/web-prod/…`) whose first
   * ancestor is its project by number tells that number's id: files without the project records
   * still file buckets and IAM policies (named by number) under the id.
   */
  learnName(name, ancestors) {
    const id = /\/projects\/([a-z][a-z0-9-]{4,28}[a-z0-9])\//.exec(name)?.[1];
    const number = /^projects\/(\d+)$/.exec(ancestors?.[0] ?? "")?.[1];
    if (id && number && !this.projects.has(number)) this.projects.set(number, id);
  }
  /** A log store by the name of its record, kept with the settings that say how long it keeps entries. */
  learnDestination(a) {
    const data = dataOf(a);
    const key = a.name.replace(/^\/\//, "");
    if (!data) {
      if (!this.logDestinations.has(key)) this.logDestinations.set(key, { name: a.name, assetType: a.assetType, spelling: a.spelling });
      return;
    }
    const fields = a.assetType === BUCKET ? ["name", "lifecycle", "retentionPolicy"] : a.assetType === DATASET ? ["defaultTableExpirationMs", "defaultPartitionExpirationMs"] : ["bucketId", "retentionDays", "locked", "lifecycleState"];
    const kept = Object.fromEntries(fields.filter((f) => data[f] !== void 0).map((f) => [f, data[f]]));
    this.logDestinations.set(key, { name: a.name, assetType: a.assetType, spelling: a.spelling, resource: { data: kept } });
  }
  /** The Security Command Center services read for a project (by number or id), undefined when none was read. */
  securityCenterOf(project2) {
    const id = this.projectId(project2);
    return this.securityCenter.get(project2) ?? this.securityCenter.get(id) ?? this.securityCenter.get(this.projectNumbers.get(id) ?? "");
  }
  /** The enabled sinks set on a project (as its sinks name it), folder or organization. */
  sinksOf(parent) {
    return this.sinksByParent.get(parent) ?? [];
  }
  /** The store a sink writes into, when the inventory holds it (its project named by id or by number). */
  logDestination(target) {
    const m = /^([^/]+\/projects\/)([^/]+)(\/.*)$/.exec(target);
    if (!m) return this.logDestinations.get(target);
    const id = this.projectId(m[2]);
    for (const p of [m[2], id, this.projectNumbers.get(id)]) {
      const found = p === void 0 ? void 0 : this.logDestinations.get(`${m[1]}${p}${m[3]}`);
      if (found) return found;
    }
    return void 0;
  }
  /**
   * The nearest `storage.publicAccessPrevention` policy above an asset, walking its ancestors from
   * its project up. A node is seen when its policies, or those of a node above it, were read (an
   * export or a listing of a folder holds every policy below it): the walk ends at an unseen node.
   */
  preventionAbove(a) {
    const parent = a.resource?.parent ? hierarchyName(a.resource.parent) : void 0;
    const nodes = a.ancestors ?? (parent ? [parent] : []);
    const policy = (node2) => this.preventionPolicies.get(node2);
    return inheritedPrevention(nodes.map((node2, i) => ({ node: node2, seen: nodes.slice(i).some((n) => this.orgPolicyNodes.has(n)), ...policy(node2) ? { policy: policy(node2) } : {} })));
  }
  /** The project id for a project number (or the number when the id is not known). */
  projectId(numberOrId) {
    return /^\d+$/.test(numberOrId) ? this.projects.get(numberOrId) ?? numberOrId : numberOrId;
  }
};
function redirectsOnly(data) {
  if (get(data, "defaultUrlRedirect.httpsRedirect") !== true) return false;
  const matchers = get(data, "pathMatchers");
  if (!Array.isArray(matchers)) return true;
  return matchers.every((m) => get(m, "defaultUrlRedirect.httpsRedirect") === true && !(Array.isArray(get(m, "pathRules")) && get(m, "pathRules").length) && !(Array.isArray(get(m, "routeRules")) && get(m, "routeRules").length));
}
function ownerOf(a, ctx) {
  const self = hierarchyName(a.name);
  if (self && (a.assetType === PROJECT || a.assetType === FOLDER || a.assetType === ORGANIZATION)) {
    if (self.startsWith("projects/")) return ctx.projectId(str(get(dataOf(a), "projectId")) ?? self.slice("projects/".length));
    return self;
  }
  const parent = a.resource?.parent ? hierarchyName(a.resource.parent) : void 0;
  const inName = /\/projects\/([^/]+)\//.exec(a.name)?.[1];
  const number = get(dataOf(a), "projectNumber");
  const candidates = [
    a.ancestors?.[0],
    parent,
    a.search?.project,
    // Compute, GKE, Cloud SQL, Logging… name their project (by id) in the resource name.
    inName ? `projects/${inName}` : void 0,
    typeof number === "string" || typeof number === "number" ? `projects/${number}` : void 0
  ].filter((x) => typeof x === "string" && x !== "");
  const first = candidates[0];
  if (!first) return void 0;
  if (!first.startsWith("projects/")) return first;
  const resolved = candidates.filter((c) => c.startsWith("projects/")).map((c) => ctx.projectId(c.slice("projects/".length)));
  return resolved.find((id) => !/^\d+$/.test(id)) ?? resolved[0];
}
function policyMembers(p) {
  return (Array.isArray(p.bindings) ? p.bindings : []).flatMap((b) => Array.isArray(b.members) ? b.members.filter((m) => typeof m === "string") : []);
}

// providers/gcp/knowledge/zones.ts
var ZONE = /^([a-z]+(?:-[a-z]+)*\d+)-[a-z]$/;
var isZone = (location) => ZONE.test(location.replace(/^.*\/zones\//, ""));
function closestMultiRegion(region2) {
  if (region2.startsWith("europe-")) return "EU";
  if (region2.startsWith("us-")) return "US";
  if (region2.startsWith("asia-")) return "ASIA";
  return void 0;
}
function zoneToRegion(location) {
  const name = location.trim().replace(/^.*\/(zones|regions|locations)\//, "");
  const m = ZONE.exec(name);
  return m ? m[1] : name;
}

// providers/gcp/locations.ts
var DATA_TYPES = /* @__PURE__ */ new Set([
  "storage.googleapis.com/Bucket",
  "compute.googleapis.com/Disk",
  "compute.googleapis.com/RegionDisk",
  "compute.googleapis.com/Snapshot",
  "compute.googleapis.com/Image",
  "compute.googleapis.com/Instance",
  "sqladmin.googleapis.com/Instance",
  "container.googleapis.com/Cluster",
  "bigquery.googleapis.com/Dataset",
  "bigquery.googleapis.com/Table",
  "pubsub.googleapis.com/Topic",
  "redis.googleapis.com/Instance",
  "spanner.googleapis.com/Instance",
  "file.googleapis.com/Instance",
  "artifactregistry.googleapis.com/Repository",
  "secretmanager.googleapis.com/Secret",
  "bigtableadmin.googleapis.com/Cluster",
  "logging.googleapis.com/LogBucket"
]);
var at = (region2, role, evidence2) => ({ region: region2, role, evidence: evidence2 });
var region = (raw) => zoneToRegion(raw).toLowerCase();
var NO_DATA = "the record does not include the resource, so its location is not known";
function primaryPlace(a) {
  const data = dataOf(a);
  for (const key of ["location", "region", "zone", "locationId"]) {
    const raw = str(get(data, key));
    if (raw) return { region: region(raw), raw, path: dataPath(key) };
  }
  const cai = str(a.resource?.location);
  if (cai) return { region: region(cai), raw: cai, path: a.search ? "location" : "resource.location" };
  const fromName = locationInName(a.name);
  if (fromName) return { region: region(fromName), raw: fromName, path: "name" };
  return void 0;
}
function primary(a) {
  const place = primaryPlace(a);
  if (place) return at(place.region, "primary", ev(place.path, place.raw, { safe: true }));
  return at(void 0, "primary", ev(dataOf(a) ? "resource.location" : "resource.data", void 0, { note: dataOf(a) ? "no location in the record" : NO_DATA }));
}
function listed(a, path, first, rest, whenEmpty) {
  const data = dataOf(a);
  if (!data) return [at(void 0, first, ev("resource.data", void 0, { note: NO_DATA }))];
  const locs = strings2(get(data, path)) ?? [];
  if (locs.length === 0) return [at(void 0, first, ev(dataPath(path), void 0, { note: whenEmpty }))];
  return locs.map((loc, i) => at(region(loc), i === 0 ? first : rest, ev(`${dataPath(path)}[${i}]`, loc, { safe: true })));
}
function bucketLocations(a) {
  const main = primary(a);
  const type = str(get(dataOf(a), "locationType"));
  if (type && main.evidence.value !== void 0) main.evidence = { ...main.evidence, note: type };
  const custom = strings2(get(dataOf(a), "customPlacementConfig.dataLocations")) ?? [];
  return [main, ...custom.map((loc, i) => at(region(loc), "replica", ev(`${dataPath("customPlacementConfig.dataLocations")}[${i}]`, loc, { safe: true })))];
}
function sqlLocations(a) {
  const main = primary(a);
  const data = dataOf(a);
  if (!data) return [main];
  const base = "settings.backupConfiguration";
  const enabled = bool(get(data, `${base}.enabled`));
  if (enabled === false) return [main];
  if (enabled === void 0) {
    if (str(get(data, "instanceType")) === "READ_REPLICA_INSTANCE") return [main];
    return [main, at(void 0, "backup", ev(dataPath(`${base}.enabled`), void 0, { note: "whether automated backups are on is not in the record" }))];
  }
  const explicit = str(get(data, `${base}.location`));
  if (explicit) return [main, at(region(explicit), "backup", ev(dataPath(`${base}.location`), explicit, { safe: true }))];
  const multi = main.region ? closestMultiRegion(main.region) : void 0;
  const note = multi ? `not set: Cloud SQL stores backups in the multi-region closest to the instance (${multi})` : "not set: Cloud SQL stores backups in the multi-region closest to the instance, which is not known for this region";
  return [main, at(multi?.toLowerCase(), "backup", ev(dataPath(`${base}.location`), void 0, { note }))];
}
function redisLocations(a) {
  const main = primary(a);
  const alt = str(get(dataOf(a), "alternativeLocationId"));
  return alt ? [main, at(region(alt), "replica", ev(dataPath("alternativeLocationId"), alt, { safe: true }))] : [main];
}
function spannerLocations(a) {
  const data = dataOf(a);
  const config = str(get(data, "config"))?.replace(/^projects\/[^/]+\/instanceConfigs\//, "");
  if (!config) return [at(void 0, "primary", ev(dataPath("config"), void 0, { note: data ? "no instance configuration in the record" : NO_DATA }))];
  return [at(/^regional-(.+)$/.exec(config)?.[1] ?? config, "primary", ev(dataPath("config"), config, { safe: true }))];
}
function secretLocations(a) {
  const data = dataOf(a);
  if (!data) return [at(void 0, "primary", ev("resource.data", void 0, { note: NO_DATA }))];
  if (get(data, "replication.automatic") !== void 0) return [at("global", "primary", ev(dataPath("replication.automatic"), void 0, { note: "automatic replication: Google chooses the regions" }))];
  const replicas = list(get(data, "replication.userManaged.replicas")) ?? [];
  if (replicas.length === 0) return [at(void 0, "primary", ev(dataPath("replication"), void 0, { note: "no replication settings in the record" }))];
  return replicas.map((r, i) => {
    const loc = str(get(r, "location"));
    const path = `${dataPath("replication.userManaged.replicas")}[${i}].location`;
    return at(loc && region(loc), i === 0 ? "primary" : "replica", ev(path, loc, { safe: true }));
  });
}
var LOCAL = {
  "storage.googleapis.com/Bucket": bucketLocations,
  "sqladmin.googleapis.com/Instance": sqlLocations,
  "redis.googleapis.com/Instance": redisLocations,
  "spanner.googleapis.com/Instance": spannerLocations,
  "secretmanager.googleapis.com/Secret": secretLocations,
  "compute.googleapis.com/Snapshot": (a) => listed(a, "storageLocations", "primary", "replica", "no storage location in the record"),
  "compute.googleapis.com/Image": (a) => listed(a, "storageLocations", "primary", "replica", "no storage location in the record"),
  "pubsub.googleapis.com/Topic": (a) => listed(a, "messageStoragePolicy.allowedPersistenceRegions", "primary", "primary", "no message storage policy: messages are stored in the region nearest the publisher unless an organization policy restricts resource locations")
};
function dataLocationsFacet(a) {
  if (!DATA_TYPES.has(a.assetType)) return void 0;
  return { locations: (LOCAL[a.assetType] ?? ((x) => [primary(x)]))(a) };
}
function regionOfAsset(a) {
  if (DATA_TYPES.has(a.assetType)) return dataLocationsFacet(a)?.locations.find((l) => l.role === "primary")?.region;
  const cai = str(a.resource?.location);
  if (cai) return region(cai);
  const fromName = locationInName(a.name);
  return fromName ? region(fromName) : void 0;
}

// providers/gcp/storage.ts
var kms = (path) => ({ path, kind: "kms" });
var csek = (path) => ({ path, kind: "csek" });
var computeKey2 = (block) => [kms(`${block}.kmsKeyName`), csek(`${block}.sha256`)];
var KIND_NOTE = { kms: "customer-managed Cloud KMS key", csek: "customer-supplied encryption key" };
var SETTLE = "the encryption settings of the resource (its Cloud Asset Inventory record with content type RESOURCE)";
var STORES = {
  "storage.googleapis.com/Bucket": { service: "Cloud Storage bucket", keys: [kms("encryption.defaultKmsKeyName")] },
  "compute.googleapis.com/Disk": { service: "Compute Engine disk", keys: computeKey2("diskEncryptionKey") },
  "compute.googleapis.com/RegionDisk": { service: "Compute Engine regional disk", keys: computeKey2("diskEncryptionKey") },
  "compute.googleapis.com/Snapshot": { service: "Compute Engine snapshot", keys: computeKey2("snapshotEncryptionKey") },
  "compute.googleapis.com/Image": { service: "Compute Engine image", keys: computeKey2("imageEncryptionKey") },
  "sqladmin.googleapis.com/Instance": { service: "Cloud SQL instance", keys: [kms("diskEncryptionConfiguration.kmsKeyName")] },
  "bigquery.googleapis.com/Dataset": { service: "BigQuery dataset", keys: [kms("defaultEncryptionConfiguration.kmsKeyName")] },
  "bigquery.googleapis.com/Table": { service: "BigQuery table", keys: [kms("encryptionConfiguration.kmsKeyName")] },
  "pubsub.googleapis.com/Topic": { service: "Pub/Sub topic", keys: [kms("kmsKeyName")] },
  "redis.googleapis.com/Instance": { service: "Memorystore for Redis instance", keys: [kms("customerManagedKey")] },
  "spanner.googleapis.com/Database": { service: "Spanner database", keys: [kms("encryptionConfig.kmsKeyName"), kms("encryptionConfig.kmsKeyNames")] },
  "file.googleapis.com/Instance": { service: "Filestore instance", keys: [kms("kmsKeyName")] },
  "artifactregistry.googleapis.com/Repository": { service: "Artifact Registry repository", keys: [kms("kmsKeyName")] },
  "bigtableadmin.googleapis.com/Cluster": { service: "Bigtable cluster", keys: [kms("encryptionConfig.kmsKeyName")] },
  "logging.googleapis.com/LogBucket": { service: "Cloud Logging bucket", keys: [kms("cmekSettings.kmsKeyName")] },
  // User-managed replicas are judged one by one (below); this path is automatic replication's one key.
  "secretmanager.googleapis.com/Secret": { service: "Secret Manager secret", keys: [kms("replication.automatic.customerManagedEncryption.kmsKeyName")] }
};
var present = (v) => typeof v === "string" ? v.trim() !== "" : Array.isArray(v) ? v.length > 0 : v !== void 0 && v !== null;
function storageFacet(a) {
  const spec = STORES[a.assetType];
  if (!spec) return void 0;
  const facet2 = (key, evidence2) => ({ service: spec.service, encrypted: "yes", key, evidence: evidence2, ...key === "unknown" ? { settle: SETTLE } : {} });
  const data = dataOf(a);
  if (!data) {
    if (a.search?.kmsKeys?.length) return facet2("customer", [ev("kmsKeys", void 0, { note: `${a.search.kmsKeys.length} customer-managed Cloud KMS key(s)` })]);
    return facet2("unknown", [ev("resource.data", void 0, { note: "the record does not include the resource: Google encrypts all data at rest, whose key is not known" })]);
  }
  const replicas = a.assetType === "secretmanager.googleapis.com/Secret" ? list(get(data, "replication.userManaged.replicas")) : void 0;
  if (replicas?.length) {
    const at3 = (i) => dataPath(`replication.userManaged.replicas[${i}].customerManagedEncryption.kmsKeyName`);
    const bare = replicas.findIndex((r) => !present(get(r, "customerManagedEncryption.kmsKeyName")));
    return bare < 0 ? facet2("customer", [ev(at3(0), void 0, { note: `${KIND_NOTE.kms} on every replica` })]) : facet2("provider", [ev(at3(bare), void 0, { note: "not set on this replica: Google-managed encryption" })]);
  }
  for (const { path, kind } of spec.keys) {
    if (present(get(data, path))) return facet2("customer", [ev(dataPath(path), void 0, { note: KIND_NOTE[kind] })]);
  }
  if (a.assetType === "sqladmin.googleapis.com/Instance" && str(get(data, "diskEncryptionStatus.kmsKeyVersionName"))) {
    return facet2("customer", [ev(dataPath("diskEncryptionStatus.kmsKeyVersionName"), void 0, { note: KIND_NOTE.kms })]);
  }
  return facet2("provider", [ev(dataPath(spec.keys[0].path), void 0, { note: "not set: Google-managed encryption" })]);
}

// providers/gcp/knowledge/ssl-policy.ts
var WEAK_FEATURE = /3DES|RC4|_DES_|_NULL_|EXPORT/;
function tlsVersion(v) {
  const m = /^TLS_?(\d)_(\d)$/i.exec(v.trim());
  return m ? `${m[1]}.${m[2]}` : void 0;
}
function sslPolicyVerdict(minTls, profile, features) {
  const version = minTls === "unknown" ? "unknown" : tlsVersion(minTls ?? "TLS_1_0") ?? "unknown";
  const p = profile === "unknown" ? "unknown" : (profile ?? "COMPATIBLE").toUpperCase();
  let weak;
  if (Array.isArray(features) && features.length > 0) weak = features.some((f) => WEAK_FEATURE.test(f)) ? "yes" : "no";
  else if (p === "COMPATIBLE") weak = "yes";
  else if (p === "MODERN" || p === "RESTRICTED" || p.startsWith("FIPS")) weak = "no";
  else weak = "unknown";
  const note = `profile ${p}${p === "COMPATIBLE" ? " (3DES and RSA key exchange among its suites)" : ""}, minimum TLS ${version}`;
  return { minTls: version, weakCiphers: weak, note };
}
var DEFAULT_SSL_POLICY = "no SSL policy: Google applies its default, profile COMPATIBLE with TLS 1.0";

// providers/gcp/transit.ts
var TLS_PROXIES = {
  "compute.googleapis.com/TargetHttpsProxy": "HTTPS load balancer front end",
  "compute.googleapis.com/RegionTargetHttpsProxy": "regional HTTPS load balancer front end",
  "compute.googleapis.com/TargetSslProxy": "SSL proxy load balancer front end"
};
var HTTP_PROXIES = /* @__PURE__ */ new Set(["compute.googleapis.com/TargetHttpProxy", "compute.googleapis.com/RegionTargetHttpProxy"]);
var PROXY_TYPES = /* @__PURE__ */ new Set([...Object.keys(TLS_PROXIES), ...HTTP_PROXIES]);
var NO_DATA2 = "the record does not include the resource settings";
function tlsProxy(a, label, ctx) {
  const settle = "the SSL policy of the proxy (its profile and minimum TLS version)";
  const data = dataOf(a);
  if (!data) return { label, encryptedOnly: "yes", minTls: "unknown", weakCiphers: "unknown", evidence: [ev("resource.data", void 0, { note: NO_DATA2 })], settle };
  const own = ev(dataPath("sslPolicy"), void 0, { note: "terminates TLS: plain connections are refused" });
  const link = str(get(data, "sslPolicy"));
  if (!link) return { label, encryptedOnly: "yes", minTls: "1.0", weakCiphers: "yes", evidence: [{ ...own, note: `${own.note}; ${DEFAULT_SSL_POLICY}` }] };
  const key = computeKey(link);
  const policy = key ? ctx.sslPolicies.get(key) : void 0;
  if (!policy || !key) return { label, encryptedOnly: "yes", minTls: "unknown", weakCiphers: "unknown", evidence: [{ ...own, note: `${own.note}; its SSL policy was not read (another project, or outside the scope)` }], settle };
  const v = sslPolicyVerdict(policy.minTlsVersion, policy.profile, policy.features);
  const facet2 = { label, encryptedOnly: "yes", minTls: v.minTls, weakCiphers: v.weakCiphers, evidence: [own, evidenceAt("minTlsVersion", policy.minTlsVersion || void 0, { safe: true, from: `//compute.googleapis.com/${key}`, note: v.note })] };
  if (v.minTls === "unknown" || v.weakCiphers === "unknown") facet2.settle = settle;
  return facet2;
}
function httpProxy(a, ctx) {
  const label = "HTTP load balancer front end";
  const settle = "the URL map of the proxy (defaultUrlRedirect.httpsRedirect)";
  const data = dataOf(a);
  if (!data) return { label, encryptedOnly: "unknown", evidence: [ev("resource.data", void 0, { note: NO_DATA2 })], settle };
  const link = str(get(data, "urlMap"));
  const key = link ? computeKey(link) : void 0;
  const map = key ? ctx.urlMaps.get(key) : void 0;
  if (!map || !key) return { label, encryptedOnly: "unknown", evidence: [ev(dataPath("urlMap"), void 0, { note: "a plain-HTTP proxy whose URL map was not read: whether it only redirects to HTTPS is not known" })], settle };
  return {
    label,
    encryptedOnly: map.httpsRedirectOnly ? "yes" : "no",
    evidence: [
      ev(dataPath("urlMap"), void 0, { note: "plain HTTP front end" }),
      { path: "defaultUrlRedirect.httpsRedirect", value: map.httpsRedirectOnly, from: `//compute.googleapis.com/${key}`, note: map.httpsRedirectOnly ? "every request is redirected to HTTPS" : "the URL map serves requests over plain HTTP" }
    ]
  };
}
function sqlTransit(a) {
  const label = "Cloud SQL instance";
  const data = dataOf(a);
  if (!data) return { label, encryptedOnly: "unknown", evidence: [ev("resource.data", void 0, { note: NO_DATA2 })], settle: "the SSL mode of the Cloud SQL instance" };
  const base = "settings.ipConfiguration";
  const mode = str(get(data, `${base}.sslMode`));
  if (mode && mode !== "SSL_MODE_UNSPECIFIED") {
    const encrypted = mode === "ENCRYPTED_ONLY" || mode === "TRUSTED_CLIENT_CERTIFICATE_REQUIRED";
    return { label, encryptedOnly: encrypted ? "yes" : "no", evidence: [ev(dataPath(`${base}.sslMode`), mode, { safe: true, note: encrypted ? void 0 : "unencrypted connections accepted" })] };
  }
  const legacy = bool(get(data, `${base}.requireSsl`));
  if (legacy === true) return { label, encryptedOnly: "yes", evidence: [ev(dataPath(`${base}.requireSsl`), true, { note: "legacy requireSsl" })] };
  return {
    label,
    encryptedOnly: "no",
    evidence: [ev(dataPath(legacy === false ? `${base}.requireSsl` : `${base}.sslMode`), legacy === false ? false : void 0, { note: "Cloud SQL accepts unencrypted connections (no sslMode requiring TLS)" })]
  };
}
function transitFacet(a, ctx) {
  const tls = TLS_PROXIES[a.assetType];
  if (tls) return tlsProxy(a, tls, ctx);
  if (HTTP_PROXIES.has(a.assetType)) return httpProxy(a, ctx);
  if (a.assetType === "sqladmin.googleapis.com/Instance") return sqlTransit(a);
  return void 0;
}

// providers/gcp/plan/values.ts
function knownString(s) {
  return s.state === "known" && typeof s.value === "string" && s.value.trim() !== "" ? s.value : void 0;
}
function stringList(r, path) {
  const s = setting(r, path);
  if (s.state === "unknown") return "unknown";
  if (s.state === "unset" || !Array.isArray(s.value)) return [];
  const out = [];
  for (let i = 0; i < s.value.length; i++) {
    const e = setting(r, `${path}[${i}]`);
    if (e.state === "unknown") return "unknown";
    if (typeof e.value === "string" && e.value.trim() !== "") out.push(e.value.trim());
  }
  return out;
}
function blockCount(r, path) {
  const s = setting(r, path);
  if (s.state === "unknown") return "unknown";
  if (s.state === "unset") return 0;
  if (Array.isArray(s.value)) return s.value.length;
  return isObject(s.value) ? 1 : 0;
}
function evidence(r, path, value, opts = {}) {
  return evidenceAt(path, value, { ...opts, sensitive: isSensitivePath(r, path) });
}
function evidenceFrom(from, path, value, opts = {}) {
  return evidenceAt(path, value, { ...opts, sensitive: isSensitivePath(from, path), from: from.address });
}
function attributed(e, source) {
  return e.from ? e : { ...e, from: source.address };
}
function related(ctx, r, path, types, keyAttribute = "name") {
  const linked = ctx.links.targets(r, path, types);
  if (linked.length > 0) return linked;
  if (refersTo(r, path, types)) return [];
  const value = knownString(setting(r, path));
  if (!value) return [];
  const out = [];
  for (const type of types) {
    for (const candidate of ctx.links.ofType(type)) {
      const key = candidate.values[keyAttribute];
      if (typeof key === "string" && key !== "" && (value === key || value.endsWith(`/${key}`))) out.push(candidate);
    }
  }
  return out.filter((t) => t !== r);
}
function refersTo(r, path, types) {
  return referencesAt(r, path).some((ref) => types.some((t) => ref.startsWith(`${t}.`)));
}

// providers/gcp/plan/availability.ts
var SETTLE2 = "the zone settings once applied";
var sqlAvailability = (r) => {
  const label = "Cloud SQL instance";
  const a = setting(r, "settings[0].availability_type");
  if (a.state === "unknown") return { label, multiZone: "unknown", evidence: [evidence(r, a.path, void 0, { note: "known only after apply" })], settle: SETTLE2 };
  if (a.value === "REGIONAL") return { label, multiZone: "yes", evidence: [evidence(r, a.path, "REGIONAL", { safe: true, note: "a standby instance in another zone of the region" })] };
  return { label, multiZone: "no", evidence: [evidence(r, a.path, typeof a.value === "string" ? a.value : "ZONAL", { safe: true, note: a.state === "unset" ? "not set: ZONAL, one zone" : "one zone" })] };
};
var gkeAvailability = (r) => {
  const label = "GKE cluster";
  const loc = setting(r, "location");
  if (loc.state === "unknown") return { label, multiZone: "unknown", evidence: [evidence(r, loc.path, void 0, { note: "known only after apply" })], settle: SETTLE2 };
  const location = knownString(loc) ?? r.providerRegion;
  if (!location) return { label, multiZone: "unknown", evidence: [evidence(r, "location", void 0, { note: "not set, and the provider names no region or zone" })], settle: SETTLE2 };
  if (!isZone(location)) return { label, multiZone: "yes", evidence: [evidence(r, "location", location, { safe: true, note: "regional cluster: control plane and nodes in several zones" })] };
  return { label, multiZone: "no", evidence: [evidence(r, "location", location, { safe: true, note: "zonal cluster: its control plane runs in one zone" })] };
};
var zonalMig = (r) => ({
  label: "managed instance group",
  multiZone: "no",
  evidence: [evidence(r, "zone", knownString(setting(r, "zone")), { safe: true, note: "zonal managed instance group: one zone" })]
});
var regionalMig = (r) => {
  const label = "regional managed instance group";
  const zones = stringList(r, "distribution_policy_zones");
  if (zones === "unknown") return { label, multiZone: "unknown", evidence: [evidence(r, "distribution_policy_zones", void 0, { note: "known only after apply" })], settle: SETTLE2 };
  if (zones.length === 1) return { label, multiZone: "no", evidence: [evidence(r, "distribution_policy_zones", zones[0], { safe: true, note: "a single zone" })] };
  return {
    label,
    multiZone: "yes",
    evidence: [evidence(r, "distribution_policy_zones", zones.length ? zones.join(", ") : void 0, { safe: true, note: zones.length ? void 0 : "not set: instances are spread over the zones of the region" })]
  };
};
var redisAvailability = (r) => {
  const label = "Memorystore for Redis instance";
  const tier = setting(r, "tier");
  if (tier.state === "unknown") return { label, multiZone: "unknown", evidence: [evidence(r, tier.path, void 0, { note: "known only after apply" })], settle: SETTLE2 };
  if (tier.value === "STANDARD_HA") return { label, multiZone: "yes", evidence: [evidence(r, tier.path, "STANDARD_HA", { safe: true, note: "a replica in another zone" })] };
  return { label, multiZone: "no", evidence: [evidence(r, tier.path, typeof tier.value === "string" ? tier.value : "BASIC", { safe: true, note: tier.state === "unset" ? "not set: BASIC, one node in one zone" : "one node in one zone" })] };
};
var availabilityTable = {
  availability: {
    google_sql_database_instance: sqlAvailability,
    google_container_cluster: gkeAvailability,
    google_compute_instance_group_manager: zonalMig,
    google_compute_region_instance_group_manager: regionalMig,
    google_redis_instance: redisAvailability
  }
};

// providers/gcp/knowledge/backups.ts
var VAULT_LABEL = "Backup and DR backup vault";
var SQL_DEFAULT_RETAINED_BACKUPS = 7;
var GCS_DEFAULT_SOFT_DELETE_SECONDS = 604800;
var DISK_SERVICE = "Compute Engine disk";
var BUCKET_SERVICE = "Cloud Storage bucket";

// providers/gcp/knowledge/durations.ts
function durationSeconds(v) {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v !== "string") return void 0;
  const m = /^(\d+(?:\.\d+)?)s$/.exec(v.trim());
  const seconds = m ? Number(m[1]) : NaN;
  return Number.isFinite(seconds) ? seconds : void 0;
}
function rotationDays(periodSeconds) {
  return Math.round(periodSeconds / 86400 * 100) / 100;
}

// providers/gcp/plan/backups.ts
var SQL = "Cloud SQL instance";
var SQL_SETTLE = "the backup_configuration of the Cloud SQL instance once applied";
function isReplica(r) {
  const master = setting(r, "master_instance_name");
  if (master.state === "known" && typeof master.value === "string" && master.value !== "") return true;
  const type = knownString(setting(r, "instance_type"));
  if (type === "READ_REPLICA_INSTANCE") return true;
  if (master.state === "unknown") return "unknown";
  return false;
}
var sqlBackup = (r) => {
  const replica = isReplica(r);
  if (replica === true) return void 0;
  const base = "settings[0].backup_configuration[0]";
  const settings = blockCount(r, "settings");
  if (settings === "unknown") return { service: SQL, enabled: "unknown", evidence: [evidence(r, "settings", void 0, { note: "known only after apply" })], settle: SQL_SETTLE };
  const enabled = setting(r, `${base}.enabled`);
  if (enabled.state === "unknown") return { service: SQL, enabled: "unknown", evidence: [evidence(r, enabled.path, void 0, { note: "known only after apply" })], settle: SQL_SETTLE };
  if (enabled.value !== true) {
    const note = enabled.state === "unset" ? "not set: automated backups are off (the provider default)" : void 0;
    return { service: SQL, enabled: "no", evidence: [evidence(r, enabled.path, false, { note })] };
  }
  const ev2 = [evidence(r, enabled.path, true)];
  for (const pitr of [`${base}.point_in_time_recovery_enabled`, `${base}.binary_log_enabled`]) {
    const s = setting(r, pitr);
    if (s.state === "known" && s.value === true) ev2.push(evidence(r, pitr, true, { note: "point-in-time recovery" }));
  }
  const retained = setting(r, `${base}.backup_retention_settings[0].retained_backups`);
  if (retained.state === "unknown") {
    return { service: SQL, enabled: "yes", retentionDays: "unknown", evidence: [...ev2, evidence(r, retained.path, void 0, { note: "known only after apply" })], settle: SQL_SETTLE };
  }
  if (typeof retained.value === "number" && retained.value > 0) {
    return { service: SQL, enabled: "yes", retentionDays: retained.value, evidence: [...ev2, evidence(r, retained.path, retained.value, { note: "daily automated backups kept" })] };
  }
  return {
    service: SQL,
    enabled: "yes",
    retentionDays: SQL_DEFAULT_RETAINED_BACKUPS,
    evidence: [...ev2, evidence(r, retained.path, void 0, { note: `not set: Cloud SQL keeps ${SQL_DEFAULT_RETAINED_BACKUPS} daily backups` })]
  };
};
var POLICY = "google_compute_resource_policy";
var ATTACHMENT = "google_compute_disk_resource_policy_attachment";
var RETENTION = "snapshot_schedule_policy[0].retention_policy[0].max_retention_days";
function scheduleRetention(policy) {
  const blocks2 = blockCount(policy, "snapshot_schedule_policy");
  if (blocks2 === 0) return { days: "not-a-schedule", evidence: evidenceFrom(policy, "snapshot_schedule_policy", void 0, { note: "not a snapshot schedule" }) };
  const days = setting(policy, RETENTION);
  if (blocks2 === "unknown" || days.state !== "known" || typeof days.value !== "number") return { days: "unknown", evidence: evidenceFrom(policy, RETENTION, void 0, { note: "known only after apply" }) };
  return { days: days.value, evidence: evidenceFrom(policy, RETENTION, days.value, { note: "snapshots kept" }) };
}
function diskSchedule(r, ctx, path) {
  const service = DISK_SERVICE;
  const listed3 = stringList(r, path);
  const policies = related(ctx, r, path, [POLICY], "name");
  const attachments = ctx.links.sources(r, ATTACHMENT, "disk");
  for (const a of attachments) policies.push(...related(ctx, a, "name", [POLICY], "name"));
  if (listed3 === "unknown" && !attachments.length && !policies.length) {
    return { service, enabled: "unknown", evidence: [evidence(r, path, void 0, { note: "known only after apply" })], settle: `the \`${path}\` of the disk once applied` };
  }
  if ((listed3 === "unknown" || listed3.length === 0) && !attachments.length && !policies.length) {
    return { service, enabled: "no", evidence: [evidence(r, path, void 0, { note: "no snapshot schedule attached (resource_policies or google_compute_disk_resource_policy_attachment)" })] };
  }
  const ev2 = [...listed3 !== "unknown" && listed3.length ? [evidence(r, path, void 0, { note: "snapshot schedule attached" })] : [], ...attachments.map((a) => evidenceFrom(a, "name", void 0, { note: "snapshot schedule attached" }))];
  let best;
  let schedules = 0;
  for (const p of policies) {
    const kept = scheduleRetention(p);
    ev2.push(kept.evidence);
    if (kept.days === "not-a-schedule") continue;
    schedules++;
    best = kept.days === "unknown" ? best ?? "unknown" : Math.max(typeof best === "number" ? best : 0, kept.days);
  }
  if (policies.length && !schedules) return { service, enabled: "no", evidence: ev2 };
  const out = { service, enabled: "yes", retentionDays: best ?? "unknown", evidence: ev2 };
  if (out.retentionDays === "unknown") out.settle = "the `max_retention_days` of the snapshot schedule (google_compute_resource_policy)";
  return out;
}
var computeDisk = (r, ctx) => diskSchedule(r, ctx, "resource_policies");
var instanceBootDisk = (r, ctx) => {
  if (setting(r, "boot_disk[0].source").state !== "unset") return void 0;
  return diskSchedule(r, ctx, "boot_disk[0].initialize_params[0].resource_policies");
};
var bucketVersioning = (r) => {
  const service = BUCKET_SERVICE;
  const via = "versioning";
  const versioning = setting(r, "versioning[0].enabled");
  if (versioning.state === "known" && versioning.value === true) return { service, via, enabled: "yes", evidence: [evidence(r, versioning.path, true)] };
  const seconds = setting(r, "soft_delete_policy[0].retention_duration_seconds");
  if (versioning.state === "unknown" || seconds.state === "unknown") {
    return { service, via, enabled: "unknown", evidence: [evidence(r, versioning.path), evidence(r, seconds.path)], settle: "the versioning and soft_delete_policy of the bucket once applied" };
  }
  const off = evidence(r, versioning.path, versioning.value ?? void 0, { note: versioning.state === "unset" ? "not set: versioning is off" : void 0 });
  const s = seconds.state === "unset" ? GCS_DEFAULT_SOFT_DELETE_SECONDS : typeof seconds.value === "number" ? seconds.value : 0;
  const soft = evidence(r, seconds.path, s, { note: seconds.state === "unset" ? "not set: Cloud Storage keeps soft-deleted objects 7 days" : void 0 });
  if (s <= 0) return { service, via, enabled: "no", evidence: [off, soft] };
  return { service, via, enabled: "yes", retentionDays: Math.round(s / 86400 * 100) / 100, evidence: [off, soft] };
};
var VAULT_ENCRYPTED_NOTE = "Backup and DR encrypts backups at rest (Google-managed keys unless a Cloud KMS key is configured)";
var backupVault = (r) => {
  const d = setting(r, "backup_minimum_enforced_retention_duration");
  const encrypted = evidence(r, "encryption_config", void 0, { note: VAULT_ENCRYPTED_NOTE });
  if (d.state === "unknown") {
    return { label: VAULT_LABEL, immutable: "unknown", encrypted: "yes", evidence: [evidence(r, d.path, void 0, { note: "known only after apply" }), encrypted], settle: "the minimum enforced retention of the vault once applied" };
  }
  const seconds = durationSeconds(d.value);
  if (seconds === void 0 || seconds <= 0) {
    return { label: VAULT_LABEL, immutable: "no", encrypted: "yes", evidence: [evidence(r, d.path, typeof d.value === "string" ? d.value : void 0, { safe: true, note: "no minimum enforced retention: backups can be deleted at any time" }), encrypted] };
  }
  const days = Math.floor(seconds / 86400);
  const ev2 = [evidence(r, d.path, typeof d.value === "string" ? d.value : seconds, { safe: true, note: `backups cannot be deleted for ${days} day(s)` })];
  const effective = knownString(setting(r, "effective_time"));
  if (effective) ev2.push(evidence(r, "effective_time", void 0, { note: "the enforced retention is locked from this date" }));
  return { label: VAULT_LABEL, immutable: "yes", encrypted: "yes", evidence: [...ev2, encrypted] };
};
var backupsTable = {
  backup: { google_sql_database_instance: sqlBackup, google_compute_disk: computeDisk, google_compute_instance: instanceBootDisk, google_storage_bucket: bucketVersioning },
  backupVault: { google_backup_dr_backup_vault: backupVault }
};

// providers/gcp/plan/detection.ts
var NO_FLOW_LOGS_PURPOSES = /* @__PURE__ */ new Set(["REGIONAL_MANAGED_PROXY", "INTERNAL_HTTPS_LOAD_BALANCER", "GLOBAL_MANAGED_PROXY", "PRIVATE_SERVICE_CONNECT", "PRIVATE_NAT"]);
var subnetFlowLogs = (r) => {
  const label = "subnetwork";
  const purpose = knownString(setting(r, "purpose"));
  if (purpose && NO_FLOW_LOGS_PURPOSES.has(purpose)) return void 0;
  const n = blockCount(r, "log_config");
  const legacy = setting(r, "enable_flow_logs");
  if (n === "unknown") return { label, enabled: "unknown", evidence: [evidence(r, "log_config", void 0, { note: "known only after apply" })], settle: "the log_config of the subnetwork once applied" };
  if (n > 0) {
    const interval = knownString(setting(r, "log_config[0].aggregation_interval"));
    const sampling = setting(r, "log_config[0].flow_sampling");
    return {
      label,
      enabled: "yes",
      evidence: [evidence(r, "log_config[0].aggregation_interval", interval, { safe: true, note: typeof sampling.value === "number" ? `flow sampling ${sampling.value}` : void 0 })]
    };
  }
  if (legacy.state === "known" && legacy.value === true) return { label, enabled: "yes", evidence: [evidence(r, legacy.path, true, { note: "deprecated enable_flow_logs" })] };
  return { label, enabled: "no", evidence: [evidence(r, "log_config", void 0, { note: "no log_config block: VPC flow logs are off" })] };
};
var SCANNING_API = "containerscanning.googleapis.com";
function projectOf(r) {
  const p = setting(r, "project");
  if (p.state === "unknown") return void 0;
  return (knownString(p) ?? r.providerProject)?.replace(/^projects\//, "");
}
function scanningApi(ctx, project2) {
  if (!project2) return void 0;
  return ctx.links.ofType("google_project_service").find((s) => knownString(setting(s, "service")) === SCANNING_API && projectOf(s) === project2);
}
var repositoryScanning = (r, ctx) => {
  const label = "Artifact Registry Docker repository";
  const format = setting(r, "format");
  if (format.state === "known" && String(format.value).toUpperCase() !== "DOCKER") return void 0;
  if (knownString(setting(r, "mode")) === "VIRTUAL_REPOSITORY") return void 0;
  if (format.state !== "known") return { label, enabled: "unknown", evidence: [evidence(r, format.path, void 0, { note: "the repository format is known only after apply" })], settle: "the repository format once applied" };
  const config = setting(r, "vulnerability_scanning_config[0].enablement_config");
  if (config.state === "known" && config.value === "DISABLED") {
    return { label, enabled: "no", evidence: [evidence(r, config.path, "DISABLED", { safe: true, note: "the repository opts out of vulnerability scanning" })] };
  }
  const state = knownString(setting(r, "vulnerability_scanning_config[0].enablement_state"));
  if (state === "SCANNING_ACTIVE") return { label, enabled: "yes", evidence: [evidence(r, "vulnerability_scanning_config[0].enablement_state", state, { safe: true })] };
  if (state === "SCANNING_DISABLED") return { label, enabled: "no", evidence: [evidence(r, "vulnerability_scanning_config[0].enablement_state", state, { safe: true })] };
  const api = scanningApi(ctx, projectOf(r));
  if (api) {
    return {
      label,
      enabled: "yes",
      evidence: [evidence(r, config.path, knownString(config) ?? "INHERITED", { safe: true }), evidenceFrom(api, "service", SCANNING_API, { safe: true, note: "the Container Scanning API is enabled in the project: images are scanned on push" })]
    };
  }
  return {
    label,
    enabled: "unknown",
    evidence: [evidence(r, config.path, knownString(config) ?? "INHERITED", { safe: true, note: "scanned on push only if the Container Scanning API is enabled in the project, which this plan does not show" })],
    settle: `whether ${SCANNING_API} is enabled in the repository's project (gcloud services list --enabled), or a google_project_service enabling it`
  };
};
var detectionTable = {
  flowLog: { google_compute_subnetwork: subnetFlowLogs },
  vulnerabilityScan: { google_artifact_registry_repository: repositoryScanning }
};

// providers/gcp/plan/iam.ts
var ADMIN_PERMISSION = /(\.setIamPolicy$)|(^iam\.roles\.(create|update)$)|(^iam\.serviceAccountKeys\.create$)|(^iam\.serviceAccounts\.(getAccessToken|signBlob|signJwt|implicitDelegation)$)/;
var CUSTOM_ROLE_TYPES = ["google_project_iam_custom_role", "google_organization_iam_custom_role"];
function roleVerdict(ctx, r, role, rolePath) {
  if (role !== void 0 && !CUSTOM_ROLE.test(role)) return predefinedRoleVerdict(role);
  const defined = rolePath ? related(ctx, r, rolePath, CUSTOM_ROLE_TYPES, "role_id") : CUSTOM_ROLE_TYPES.flatMap((t) => ctx.links.ofType(t)).filter((c) => role !== void 0 && c.values.role_id === role.split("/").pop());
  if (defined.length === 0) return { admin: "unknown", settle: role === void 0 ? "the role granted, once applied" : "the permissions of the custom role granted" };
  let unknown = false;
  for (const c of defined) {
    const permissions = setting(c, "permissions");
    if (permissions.state === "unknown" || !Array.isArray(permissions.value)) unknown = true;
    else if (permissions.value.some((p) => typeof p === "string" && ADMIN_PERMISSION.test(p))) return { admin: "yes" };
  }
  return unknown ? { admin: "unknown", settle: "the permissions of the custom role granted" } : { admin: "no" };
}
var strings3 = (v) => Array.isArray(v) ? v.filter((x) => typeof x === "string") : [];
function parsePolicyData(r) {
  const text = knownString(setting(r, "policy_data"));
  if (!text) return void 0;
  let doc;
  try {
    doc = JSON.parse(text);
  } catch {
    return void 0;
  }
  if (!isObject(doc)) return void 0;
  const bindings = (Array.isArray(doc.bindings) ? doc.bindings : []).filter(isObject).map((b) => ({
    role: typeof b.role === "string" ? b.role : void 0,
    members: strings3(b.members)
  }));
  const auditConfigs = (Array.isArray(doc.auditConfigs) ? doc.auditConfigs : []).filter(isObject).map((a) => {
    const configs = (Array.isArray(a.auditLogConfigs) ? a.auditLogConfigs : []).filter(isObject);
    return {
      service: typeof a.service === "string" ? a.service : void 0,
      logTypes: configs.map((c) => c.logType).filter((x) => typeof x === "string"),
      exempted: configs.reduce((n, c) => n + strings3(c.exemptedMembers).length, 0)
    };
  });
  return { bindings, auditConfigs };
}

// providers/gcp/plan/identity.ts
var MFA_SETTLE = "2-step verification enforcement for these accounts in Cloud Identity / Google Workspace (an attestation)";
var PLAN_SERVICE_ACCOUNT = "serviceAccount:(created in this plan)";
function unknownMembers(r, path) {
  const refs = referencesAt(r, path);
  return refs.length > 0 && refs.every((ref) => ref.startsWith("google_service_account.")) ? [PLAN_SERVICE_ACCOUNT] : "unknown";
}
function membersAt(r, path) {
  const s = setting(r, path);
  if (s.state === "unknown") return unknownMembers(r, path);
  if (typeof s.value === "string") return [s.value];
  if (!Array.isArray(s.value)) return [];
  const out = [];
  for (let i = 0; i < s.value.length; i++) {
    const m = knownString(setting(r, `${path}[${i}]`));
    if (m) out.push(m);
    else if (unknownMembers(r, path) === "unknown") return "unknown";
    else out.push(PLAN_SERVICE_ACCOUNT);
  }
  return out;
}
function attributeGrant(r, ctx, membersPath) {
  const role = setting(r, "role");
  const name = knownString(role);
  const members = membersAt(r, membersPath);
  return {
    role: name,
    verdict: roleVerdict(ctx, r, name, "role"),
    members,
    evidence: [
      evidence(r, "role", name, { safe: true, note: role.state === "unknown" ? "known only after apply" : void 0 }),
      evidence(r, membersPath, void 0, { note: members === "unknown" ? "known only after apply" : kindCounts(members) })
    ]
  };
}
function policyGrants(r, ctx) {
  const policy = parsePolicyData(r);
  if (!policy) {
    return [{ role: void 0, verdict: { admin: "unknown", settle: "the IAM policy document once applied" }, members: "unknown", evidence: [evidence(r, "policy_data", void 0, { note: "not known before apply" })] }];
  }
  return policy.bindings.map((b, i) => ({
    role: b.role,
    verdict: roleVerdict(ctx, r, b.role),
    members: b.members,
    evidence: [evidence(r, "policy_data", void 0, { note: `bindings[${i}]: ${b.role ?? "no role"} to ${kindCounts(b.members)}` })]
  }));
}
var identityOf = (grants2) => grantsIdentity(grants2, { mfaSettle: MFA_SETTLE, noRole: "(role known after apply)" });
var memberBuilder = (r, ctx) => identityOf([attributeGrant(r, ctx, "member")]);
var bindingBuilder = (r, ctx) => identityOf([attributeGrant(r, ctx, "members")]);
var policyBuilder = (r, ctx) => identityOf(policyGrants(r, ctx));
var LEVELS = ["project", "folder", "organization"];
var identityTable = {
  identity: Object.fromEntries(
    LEVELS.flatMap((level) => [
      [`google_${level}_iam_member`, memberBuilder],
      [`google_${level}_iam_binding`, bindingBuilder],
      [`google_${level}_iam_policy`, policyBuilder]
    ])
  )
};

// providers/gcp/plan/keys.ts
var cryptoKey = (r) => {
  const label = "Cloud KMS key";
  const purpose = setting(r, "purpose");
  if (purpose.state === "unknown") return { label, rotation: "unknown", evidence: [evidence(r, purpose.path, void 0, { note: "known only after apply" })] };
  const p = knownString(purpose) ?? "ENCRYPT_DECRYPT";
  if (p !== "ENCRYPT_DECRYPT") {
    return { label, rotation: "not-applicable", evidence: [evidence(r, purpose.path, p, { safe: true, note: "only symmetric encryption keys rotate automatically" })] };
  }
  const period = setting(r, "rotation_period");
  if (period.state === "unknown") return { label, rotation: "unknown", evidence: [evidence(r, period.path, void 0, { note: "known only after apply" })] };
  const s = durationSeconds(period.value);
  if (s === void 0 || s <= 0) {
    return { label, rotation: "no", evidence: [evidence(r, period.path, void 0, { note: period.state === "unset" ? "not set: the key never rotates" : "not a rotation period" })] };
  }
  const days = rotationDays(s);
  return { label, rotation: "yes", rotationDays: days, evidence: [evidence(r, period.path, period.value, { safe: true, note: `rotates every ${days} days` })] };
};
var serviceAccountKey = (r) => {
  const uploaded = knownString(setting(r, "public_key_data"));
  return {
    label: "service account key",
    longLivedKey: "yes",
    evidence: [
      evidence(r, uploaded ? "public_key_data" : "key_algorithm", uploaded ? void 0 : knownString(setting(r, "key_algorithm")), { safe: true, note: uploaded ? "user-managed key with an uploaded public key" : "user-managed service account key (a private key file downloaded by Terraform)" })
    ]
  };
};
var keysTable = {
  key: { google_kms_crypto_key: cryptoKey },
  credential: { google_service_account_key: serviceAccountKey }
};

// providers/gcp/plan/kinds.ts
var GLOBAL_CONTROL = [
  /_iam_/,
  /^google_iam_/,
  /^google_(project|folder|organization)(_|$)/,
  /^google_(org_policy|billing|access_context_manager|tags|essential_contacts|dns|monitoring)_/,
  /^google_service_account/,
  /^google_logging_(project|folder|organization|billing_account)_(sink|exclusion)$/,
  /^google_logging_metric$/,
  /^google_compute_(firewall|network|route|global_address|global_forwarding_rule|global_network_endpoint_group|global_network_endpoint|url_map|backend_service|backend_bucket|health_check|http_health_check|https_health_check|ssl_certificate|managed_ssl_certificate|ssl_policy|security_policy|instance_template|network_peering|network_firewall_policy|network_firewall_policy_rule|network_firewall_policy_association|firewall_policy|firewall_policy_rule|firewall_policy_association|project_metadata|project_metadata_item|project_default_network_tier|shared_vpc_host_project|shared_vpc_service_project)$/,
  /^google_compute_target_(http|https|ssl|tcp|grpc)_proxy$/
];
var GLOBAL_DATA = [/^google_compute_(image|snapshot)$/];
var REGIONAL_CONTROL = [
  /^google_compute_(subnetwork|router|router_nat|router_interface|router_peer|address|forwarding_rule|region_url_map|region_backend_service|region_health_check|region_ssl_certificate|region_ssl_policy|region_security_policy|region_instance_template|region_target_(http|https|tcp)_proxy|network_endpoint_group|region_network_endpoint_group|network_attachment|region_network_firewall_policy|region_network_firewall_policy_rule|region_network_firewall_policy_association|vpn_gateway|ha_vpn_gateway|external_vpn_gateway|vpn_tunnel|interconnect_attachment|instance_group|attached_disk|disk_resource_policy_attachment|resource_policy|service_attachment|packet_mirroring)$/,
  /^google_(vpc_access_connector|service_networking_connection|pubsub_schema|storage_notification|storage_hmac_key|os_login_ssh_public_key|apikeys_key|endpoints_service)$/,
  /_acl$/,
  /^google_storage_(bucket|default_object|object)_access_control$/,
  /^google_logging_log_view/,
  /^google_certificate_manager_/,
  /^google_vmwareengine_network/
];
var matches = (list2, type) => list2.some((re) => re.test(type));
var isGlobalType = memoize((type) => matches(GLOBAL_CONTROL, type) || matches(GLOBAL_DATA, type));
var isControlPlane = memoize((type) => matches(GLOBAL_CONTROL, type) || matches(REGIONAL_CONTROL, type));

// providers/gcp/plan/locations.ts
function ownPlace(r) {
  for (const path of ["location", "region", "zone", "location_id"]) {
    const s = setting(r, path);
    if (s.state === "unknown") return { state: "unknown", path };
    const raw = knownString(s);
    if (raw) return { state: "known", region: zoneToRegion(raw), raw, path };
  }
  return { state: "unset" };
}
var at2 = (region2, role, e) => ({ region: region2, role, evidence: e });
function primaryLocation(r) {
  const place = ownPlace(r);
  if (place.state === "known") return at2(place.region, "primary", evidence(r, place.path, place.raw, { safe: true }));
  if (place.state === "unknown") return at2(void 0, "primary", evidence(r, place.path, void 0, { note: "known only after apply" }));
  if (r.providerRegion) {
    return at2(zoneToRegion(r.providerRegion), "primary", {
      path: "provider.region",
      value: r.providerRegion,
      note: "the resource sets no location: Google creates it in the region or zone of its provider configuration"
    });
  }
  return at2(void 0, "primary", { path: "provider.region", note: "neither the resource nor its provider configuration sets a known region" });
}
function listed2(r, path, first, rest, whenEmpty) {
  const list2 = stringList(r, path);
  if (list2 === "unknown") return [at2(void 0, first, evidence(r, path, void 0, { note: "known only after apply" }))];
  if (list2.length === 0) return [at2(void 0, first, evidence(r, path, void 0, { note: whenEmpty }))];
  return list2.map((loc, i) => at2(zoneToRegion(loc), i === 0 ? first : rest, evidence(r, `${path}[${i}]`, loc, { safe: true })));
}
function bucketLocations2(r) {
  const out = [primaryLocation(r)];
  const path = "custom_placement_config[0].data_locations";
  if (blockCount(r, "custom_placement_config") === 0) return out;
  return [...out, ...listed2(r, path, "replica", "replica", "no data locations listed")];
}
function sqlLocations2(r) {
  const primary2 = primaryLocation(r);
  const enabled = setting(r, "settings[0].backup_configuration[0].enabled");
  if (enabled.state !== "unknown" && enabled.value !== true) return [primary2];
  const loc = setting(r, "settings[0].backup_configuration[0].location");
  if (loc.state === "unknown") return [primary2, at2(void 0, "backup", evidence(r, loc.path, void 0, { note: "known only after apply" }))];
  const explicit = knownString(loc);
  if (explicit) return [primary2, at2(explicit, "backup", evidence(r, loc.path, explicit, { safe: true }))];
  const multi = primary2.region ? closestMultiRegion(primary2.region) : void 0;
  const note = multi ? `not set: Cloud SQL stores backups in the multi-region closest to the instance (${multi})` : "not set: Cloud SQL stores backups in the multi-region closest to the instance, which is not known for this region";
  return [primary2, at2(multi, "backup", evidence(r, loc.path, void 0, { note }))];
}
function spannerLocations2(r) {
  const s = setting(r, "config");
  if (s.state === "unknown") return [at2(void 0, "primary", evidence(r, "config", void 0, { note: "known only after apply" }))];
  const config = knownString(s)?.replace(/^projects\/[^/]+\/instanceConfigs\//, "");
  if (!config) return [at2(void 0, "primary", evidence(r, "config", void 0, { note: "no instance configuration" }))];
  const region2 = /^regional-(.+)$/.exec(config)?.[1] ?? config;
  return [at2(region2, "primary", evidence(r, "config", config, { safe: true }))];
}
function topicLocations(r) {
  return listed2(
    r,
    "message_storage_policy[0].allowed_persistence_regions",
    "primary",
    "primary",
    "no message storage policy: messages are stored in the region nearest the publisher unless an organization policy restricts resource locations"
  );
}
function bigtableLocations(r) {
  const n = blockCount(r, "cluster");
  if (n === "unknown" || n === 0) return [at2(void 0, "primary", evidence(r, "cluster", void 0, { note: n === 0 ? "no cluster listed" : "known only after apply" }))];
  const out = [];
  for (let i = 0; i < n; i++) {
    const zone = setting(r, `cluster[${i}].zone`);
    const raw = knownString(zone);
    const role = i === 0 ? "primary" : "replica";
    out.push(raw ? at2(zoneToRegion(raw), role, evidence(r, zone.path, raw, { safe: true })) : at2(void 0, role, evidence(r, zone.path, void 0, { note: zone.state === "unknown" ? "known only after apply" : "zone chosen by Google" })));
  }
  return out;
}
function secretLocations2(r) {
  const auto = blockCount(r, "replication[0].auto");
  const legacyAuto = setting(r, "replication[0].automatic");
  if (auto === "unknown" || legacyAuto.state === "unknown") return [at2(void 0, "primary", evidence(r, "replication", void 0, { note: "known only after apply" }))];
  if (auto > 0 || legacyAuto.value === true) {
    return [at2("global", "primary", evidence(r, "replication[0].auto", void 0, { note: "automatic replication: Google chooses the regions" }))];
  }
  const n = blockCount(r, "replication[0].user_managed[0].replicas");
  if (n === "unknown" || n === 0) return [at2(void 0, "primary", evidence(r, "replication[0].user_managed[0].replicas", void 0, { note: n === 0 ? "no replica listed" : "known only after apply" }))];
  const out = [];
  for (let i = 0; i < n; i++) {
    const loc = setting(r, `replication[0].user_managed[0].replicas[${i}].location`);
    const raw = knownString(loc);
    out.push(at2(raw, i === 0 ? "primary" : "replica", evidence(r, loc.path, raw, { safe: true, note: raw ? void 0 : "known only after apply" })));
  }
  return out;
}
function storageLocations(r) {
  return listed2(r, "storage_locations", "primary", "replica", "not set: stored in the location closest to the source, which is not known from the plan");
}
var LOCAL2 = {
  google_storage_bucket: bucketLocations2,
  google_sql_database_instance: sqlLocations2,
  google_spanner_instance: spannerLocations2,
  google_pubsub_topic: topicLocations,
  google_bigtable_instance: bigtableLocations,
  google_secret_manager_secret: secretLocations2,
  google_compute_image: storageLocations,
  google_compute_snapshot: storageLocations
};
var PARENTS = {
  google_bigquery_table: { path: "dataset_id", types: ["google_bigquery_dataset"], key: "dataset_id" },
  google_sql_database: { path: "instance", types: ["google_sql_database_instance"], key: "name" },
  google_spanner_database: { path: "instance", types: ["google_spanner_instance"], key: "name" },
  google_storage_bucket_object: { path: "bucket", types: ["google_storage_bucket"], key: "name" },
  google_pubsub_subscription: { path: "topic", types: ["google_pubsub_topic"], key: "name" },
  google_kms_crypto_key: { path: "key_ring", types: ["google_kms_key_ring"], key: "id" },
  google_kms_crypto_key_version: { path: "crypto_key", types: ["google_kms_crypto_key"], key: "id" },
  google_bigtable_table: { path: "instance_name", types: ["google_bigtable_instance"], key: "name" },
  google_secret_manager_secret_version: { path: "secret", types: ["google_secret_manager_secret"], key: "secret_id" }
};
var MAX_PARENT_DEPTH = 4;
function locationsOf(r, ctx, depth = 0) {
  const parent = PARENTS[r.type];
  if (!parent) return (LOCAL2[r.type] ?? ((x) => [primaryLocation(x)]))(r);
  const parents = depth < MAX_PARENT_DEPTH ? related(ctx, r, parent.path, parent.types, parent.key) : [];
  if (parents.length === 0) {
    const what = parent.types[0].replace(/^google_/, "");
    return [at2(void 0, "primary", evidence(r, parent.path, void 0, { note: `stored where its ${what} is, which is not in this plan` }))];
  }
  return parents.flatMap((p) => locationsOf(p, ctx, depth + 1).map((l) => ({ ...l, evidence: attributed(l.evidence, p) })));
}
function regionOf(r) {
  const local = LOCAL2[r.type];
  if (local) return local(r).find((l) => l.role === "primary")?.region;
  if (isGlobalType(r.type) || PARENTS[r.type]) return void 0;
  const place = ownPlace(r);
  if (place.state === "known") return place.region;
  if (place.state === "unknown") return void 0;
  return r.providerRegion ? zoneToRegion(r.providerRegion) : void 0;
}
var locationTable = {
  dataLocations: {
    "*": (r, ctx) => isControlPlane(r.type) ? void 0 : { locations: locationsOf(r, ctx) }
  }
};

// providers/gcp/plan/logging.ts
var LOG_PARENTS = ["project", "folder", "organization", "billing_account"];
var BUCKET_SETTLE = "the retention_days of the log bucket once applied";
var DEFAULT_RETENTION_DAYS = 30;
var REQUIRED_RETENTION_DAYS = 400;
var logBucket = (r) => {
  const id = knownString(setting(r, "bucket_id"));
  const wellKnown = id === "_Default" || id === "_Required";
  const label = wellKnown ? `${id} log bucket` : "Cloud Logging bucket";
  if (id === "_Required") {
    return { kind: "log-bucket", label, retentionDays: REQUIRED_RETENTION_DAYS, evidence: [evidence(r, "bucket_id", id, { safe: true, note: "retention fixed by Cloud Logging at 400 days" })] };
  }
  const ev2 = wellKnown ? [evidence(r, "bucket_id", id, { safe: true })] : [];
  const days = setting(r, "retention_days");
  if (days.state === "unknown") return { kind: "log-bucket", label, retentionDays: "unknown", evidence: [...ev2, evidence(r, days.path, void 0, { note: "known only after apply" })], settle: BUCKET_SETTLE };
  if (typeof days.value === "number" && days.value > 0) return { kind: "log-bucket", label, retentionDays: days.value, evidence: [...ev2, evidence(r, days.path, days.value)] };
  return { kind: "log-bucket", label, retentionDays: DEFAULT_RETENTION_DAYS, evidence: [...ev2, evidence(r, days.path, void 0, { note: "not set: Cloud Logging keeps logs 30 days" })] };
};
function inProject(ctx, config, project2) {
  if (ctx.links.targets(config, "project", ["google_project"]).includes(project2)) return "yes";
  const id = knownString(setting(project2, "project_id"));
  const p = setting(config, "project");
  const value = knownString(p) ?? (p.state === "unset" ? config.providerProject : void 0);
  if (value !== void 0) return id !== void 0 && value.replace(/^projects\//, "") === id ? "yes" : "no";
  return referencesAt(config, "project").some((ref) => ref.startsWith("google_project.")) ? "no" : "maybe";
}
var projectDefaultBucket = (r, ctx) => {
  const label = "_Default log bucket";
  const configs = ctx.links.ofType("google_logging_project_bucket_config").filter((c) => inProject(ctx, c, r) !== "no");
  const ids = configs.map((c) => ({ c, id: setting(c, "bucket_id"), sure: inProject(ctx, c, r) === "yes" }));
  if (ids.some((x) => x.sure && x.id.state === "known" && x.id.value === "_Default")) return void 0;
  const doubtful = ids.filter((x) => x.id.state === "unknown" || !x.sure && x.id.value === "_Default");
  if (doubtful.length > 0) {
    return {
      kind: "log-bucket",
      label,
      retentionDays: "unknown",
      evidence: doubtful.map((x) => evidenceFrom(x.c, "bucket_id", void 0, { note: "a bucket config whose bucket or project is known only after apply" })),
      settle: "whether the plan configures the _Default log bucket of this project, and its retention_days"
    };
  }
  return {
    kind: "log-bucket",
    label,
    retentionDays: DEFAULT_RETENTION_DAYS,
    evidence: [evidence(r, "project_id", void 0, { note: "no google_logging_project_bucket_config for the _Default bucket of this project in the plan: Cloud Logging keeps its logs 30 days" })]
  };
};
var SINK_TYPES = LOG_PARENTS.map((p) => `google_logging_${p}_sink`);
function sinksWritingInto(ctx, store, destination) {
  const out = /* @__PURE__ */ new Set();
  for (const type of SINK_TYPES) {
    for (const s of ctx.links.sources(store, type, "destination")) out.add(s);
    if (!destination) continue;
    for (const s of ctx.links.ofType(type)) if (knownString(setting(s, "destination")) === destination) out.add(s);
  }
  return [...out];
}
function sinksInto(ctx, bucket2) {
  const name = knownString(setting(bucket2, "name"));
  return sinksWritingInto(ctx, bucket2, name ? `storage.googleapis.com/${name}` : void 0);
}
var positive = (r, path) => {
  const s = setting(r, path);
  return typeof s.value === "number" && s.value > 0 ? s.value : void 0;
};
function bucketRetention(r) {
  const n = blockCount(r, "lifecycle_rule");
  if (n === "unknown") return { days: "unknown", evidence: [evidence(r, "lifecycle_rule", void 0, { note: "known only after apply" })] };
  const ev2 = [];
  let earliest;
  for (let i = 0; i < n; i++) {
    const type = setting(r, `lifecycle_rule[${i}].action[0].type`);
    if (type.state === "unknown") return { days: "unknown", evidence: [evidence(r, type.path, void 0, { note: "known only after apply" })] };
    if (type.value !== "Delete") continue;
    const c = `lifecycle_rule[${i}].condition[0]`;
    const state = knownString(setting(r, `${c}.with_state`));
    const noncurrentOnly = state === "ARCHIVED" || positive(r, `${c}.num_newer_versions`) !== void 0 || positive(r, `${c}.days_since_noncurrent_time`) !== void 0 || !!knownString(setting(r, `${c}.noncurrent_time_before`));
    if (noncurrentOnly) continue;
    const age = setting(r, `${c}.age`);
    if (age.state === "unknown") return { days: "unknown", evidence: [evidence(r, age.path, void 0, { note: "known only after apply" })] };
    const days = positive(r, `${c}.age`);
    if (days === void 0) return { days: "unknown", evidence: [evidence(r, c, void 0, { note: "Delete rule without an age condition" })] };
    ev2.push(evidence(r, `${c}.age`, days, { note: "lifecycle Delete rule" }));
    earliest = earliest === void 0 ? days : Math.min(earliest, days);
  }
  const period = setting(r, "retention_policy[0].retention_period");
  if (period.state === "unknown") return { days: "unknown", evidence: [evidence(r, period.path, void 0, { note: "known only after apply" })] };
  const seconds = positive(r, period.path);
  const locked = seconds === void 0 ? void 0 : Math.floor(seconds / 86400);
  if (seconds !== void 0) ev2.push(evidence(r, period.path, seconds, { note: `retention policy: objects cannot be deleted for ${locked} days` }));
  if (earliest === void 0) return { days: "forever", evidence: [...ev2, evidence(r, "lifecycle_rule", void 0, { note: "no lifecycle rule deletes current objects" })] };
  return { days: Math.max(earliest, locked ?? 0), evidence: ev2 };
}
var sinkBucket = (r, ctx) => {
  const sinks = sinksInto(ctx, r);
  if (sinks.length === 0) return void 0;
  const kept = bucketRetention(r);
  const facet2 = {
    kind: "log-bucket",
    label: "Cloud Storage bucket receiving a log sink",
    retentionDays: kept.days,
    evidence: [...sinks.map((s) => evidenceFrom(s, "destination", void 0, { note: "log sink writing into this bucket" })), ...kept.evidence]
  };
  if (kept.days === "unknown") facet2.settle = "the lifecycle rules and retention policy of the bucket once applied";
  return facet2;
};
function sinksIntoDataset(ctx, dataset) {
  const id = knownString(setting(dataset, "dataset_id"));
  const project2 = knownString(setting(dataset, "project")) ?? dataset.providerProject;
  return sinksWritingInto(ctx, dataset, id && project2 ? `bigquery.googleapis.com/projects/${project2}/datasets/${id}` : void 0);
}
var sinkDataset = (r, ctx) => {
  const sinks = sinksIntoDataset(ctx, r);
  if (sinks.length === 0) return void 0;
  const label = "BigQuery dataset receiving a log sink";
  const from = sinks.map((s) => evidenceFrom(s, "destination", void 0, { note: "log sink writing into this dataset" }));
  const ev2 = [];
  let days;
  for (const path of ["default_table_expiration_ms", "default_partition_expiration_ms"]) {
    const ms = setting(r, path);
    if (ms.state === "unknown") return { kind: "log-bucket", label, retentionDays: "unknown", evidence: [...from, evidence(r, ms.path, void 0, { note: "known only after apply" })], settle: "the default table expiration of the dataset once applied" };
    if (typeof ms.value !== "number" || ms.value <= 0) continue;
    const d = Math.floor(ms.value / 864e5);
    ev2.push(evidence(r, ms.path, ms.value, { note: `tables or partitions expire after ${d} days` }));
    days = Math.min(days ?? d, d);
  }
  if (days === void 0) return { kind: "log-bucket", label, retentionDays: "forever", evidence: [...from, evidence(r, "default_table_expiration_ms", void 0, { note: "no default expiration: tables are kept until deleted" })] };
  return { kind: "log-bucket", label, retentionDays: days, evidence: [...from, ...ev2] };
};
var LOG_TYPES2 = ["ADMIN_READ", "DATA_READ", "DATA_WRITE"];
var GLOBAL_AND_IMMUTABLE = [
  { path: "service", note: "Cloud Audit Logs record every region of the scope: there is no per-region trail" },
  { path: "service", note: "audit log entries are immutable in Cloud Logging: there is no integrity-validation setting" }
];
function auditTrailOf(scope) {
  let covers;
  if (scope.service === "unknown" || scope.logTypes === "unknown" || scope.exempted === "unknown") covers = "unknown";
  else if (scope.service !== "allServices") covers = "no";
  else covers = LOG_TYPES2.every((t) => scope.logTypes.includes(t)) && scope.exempted === 0 ? "yes" : "no";
  return { label: "Cloud Audit Logs configuration", multiRegion: "yes", integrityValidation: "yes", coversAllServices: covers, evidence: [...scope.evidence, ...GLOBAL_AND_IMMUTABLE] };
}
var AUDIT_PARENT = {
  google_project_iam_audit_config: "project",
  google_folder_iam_audit_config: "folder",
  google_organization_iam_audit_config: "org_id"
};
function parentKey(r) {
  const attr2 = AUDIT_PARENT[r.type];
  const s = setting(r, attr2);
  const value = knownString(s);
  if (value) return value.replace(/^(projects|folders|organizations)\//, "");
  if (s.state === "unknown") {
    const ref = referencesAt(r, attr2)[0];
    return ref ? `${r.moduleInstance}|${ref}` : void 0;
  }
  return attr2 === "project" ? r.providerProject : void 0;
}
function auditScope(r) {
  const service = setting(r, "service");
  const n = blockCount(r, "audit_log_config");
  const ev2 = [evidence(r, "service", knownString(service), { safe: true, note: service.state === "unknown" ? "known only after apply" : void 0 })];
  if (n === "unknown") return { service: knownString(service) ?? "unknown", logTypes: "unknown", exempted: "unknown", evidence: [...ev2, evidence(r, "audit_log_config", void 0, { note: "known only after apply" })] };
  const logTypes = [];
  let exempted = 0;
  let unknownType = false;
  for (let i = 0; i < n; i++) {
    const t = setting(r, `audit_log_config[${i}].log_type`);
    const type = knownString(t);
    if (type) logTypes.push(type);
    else unknownType = true;
    const members = stringList(r, `audit_log_config[${i}].exempted_members`);
    if (members === "unknown") exempted = "unknown";
    else if (exempted !== "unknown") exempted += members.length;
    ev2.push(evidence(r, t.path, type, { safe: true, note: members !== "unknown" && members.length > 0 ? `${members.length} exempted member(s)` : void 0 }));
  }
  return { service: knownString(service) ?? "unknown", logTypes: unknownType ? "unknown" : logTypes, exempted, evidence: ev2 };
}
var auditConfig = (r, ctx) => {
  const scope = auditScope(r);
  if (scope.service !== "allServices" && scope.service !== "unknown") {
    const key = parentKey(r);
    const covered = key !== void 0 && ctx.links.ofType(r.type).some((o) => o !== r && parentKey(o) === key && knownString(setting(o, "service")) === "allServices");
    if (covered) return void 0;
  }
  return auditTrailOf(scope);
};
var policyAuditConfigs = (r) => {
  const configs = parsePolicyData(r)?.auditConfigs ?? [];
  if (configs.length === 0) return void 0;
  const all = configs.find((c) => c.service === "allServices") ?? configs[0];
  return auditTrailOf({
    service: all.service ?? "unknown",
    logTypes: all.logTypes,
    exempted: all.exempted,
    evidence: [evidence(r, "policy_data", void 0, { note: `auditConfigs: ${all.service ?? "(no service)"} with ${all.logTypes.join(", ") || "no log type"}` })]
  });
};
var LEVELS2 = ["project", "folder", "organization"];
var loggingTable = {
  logStore: {
    ...Object.fromEntries(LOG_PARENTS.map((p) => [`google_logging_${p}_bucket_config`, logBucket])),
    google_project: projectDefaultBucket,
    google_storage_bucket: sinkBucket,
    google_bigquery_dataset: sinkDataset
  },
  auditTrail: {
    ...Object.fromEntries(Object.keys(AUDIT_PARENT).map((t) => [t, auditConfig])),
    ...Object.fromEntries(LEVELS2.map((l) => [`google_${l}_iam_policy`, policyAuditConfigs]))
  }
};

// providers/gcp/plan/log-protection.ts
function routesAuditLogs(filter) {
  if (filter === "unknown") return "unknown";
  if (filter === void 0 || filter.trim() === "") return "yes";
  return /cloudaudit/i.test(filter) ? "yes" : "no";
}
var sinkFilter = (s) => {
  const f = setting(s, "filter");
  return f.state === "unknown" ? "unknown" : knownString(f);
};
function sinksIntoLogBucket(ctx, config) {
  const id = knownString(setting(config, "bucket_id"));
  const location = knownString(setting(config, "location"));
  const out = /* @__PURE__ */ new Set();
  for (const type of SINK_TYPES) {
    for (const s of ctx.links.sources(config, type, "destination")) out.add(s);
    if (!id || !location) continue;
    for (const s of ctx.links.ofType(type)) {
      const dest = knownString(setting(s, "destination"));
      if (dest && dest.startsWith("logging.googleapis.com/") && dest.endsWith(`/locations/${location}/buckets/${id}`)) out.add(s);
    }
  }
  return [...out];
}
var ENCRYPTED_NOTE = "Google encrypts logs at rest";
function auditSinks(sinks) {
  const routing = sinks.filter((s) => routesAuditLogs(sinkFilter(s)) !== "no");
  if (routing.length === 0) return void 0;
  return routing.map((s) => evidenceFrom(s, "filter", void 0, { note: sinkFilter(s) === "unknown" ? "a sink whose filter is known only after apply" : "a sink routing audit logs into this bucket" }));
}
var logBucket2 = (r, ctx) => {
  const id = setting(r, "bucket_id");
  const name = knownString(id);
  const wellKnown = name === "_Default" || name === "_Required";
  const label = wellKnown ? `${name} log bucket` : "Cloud Logging bucket";
  const cmek = knownString(setting(r, "cmek_settings[0].kms_key_name"));
  const encrypted = evidence(r, "cmek_settings", void 0, { note: cmek ? "customer-managed Cloud KMS key" : ENCRYPTED_NOTE });
  if (name === "_Required") {
    return { label, encrypted: "yes", immutable: "yes", evidence: [evidence(r, "bucket_id", "_Required", { safe: true, note: "locked by Cloud Logging: 400 days, cannot be changed" }), encrypted] };
  }
  let why;
  if (name === "_Default") why = [evidence(r, "bucket_id", "_Default", { safe: true, note: "receives the Data Access audit logs" })];
  else {
    const sinks = auditSinks(sinksIntoLogBucket(ctx, r));
    if (!sinks) return void 0;
    why = sinks;
  }
  const locked = setting(r, "locked");
  if (locked.state === "unknown") return { label, encrypted: "yes", immutable: "unknown", evidence: [...why, evidence(r, locked.path, void 0, { note: "known only after apply" }), encrypted], settle: "whether the log bucket is locked once applied" };
  if (locked.value === true) return { label, encrypted: "yes", immutable: "yes", evidence: [...why, evidence(r, locked.path, true, { note: "retention locked" }), encrypted] };
  return { label, encrypted: "yes", immutable: "no", evidence: [...why, evidence(r, locked.path, false, { note: locked.state === "unset" ? "not set: the bucket is not locked, its retention can be shortened" : "the bucket is not locked" }), encrypted] };
};
var storageBucket = (r, ctx) => {
  const why = auditSinks(sinksInto(ctx, r));
  if (!why) return void 0;
  const label = "Cloud Storage bucket receiving audit logs";
  const cmek = knownString(setting(r, "encryption[0].default_kms_key_name"));
  const encrypted = evidence(r, "encryption", void 0, { note: cmek ? "customer-managed Cloud KMS key" : "Google encrypts objects at rest" });
  const period = setting(r, "retention_policy[0].retention_period");
  const isLocked = setting(r, "retention_policy[0].is_locked");
  if (period.state === "unknown" || isLocked.state === "unknown") {
    return { label, encrypted: "yes", immutable: "unknown", evidence: [...why, evidence(r, "retention_policy", void 0, { note: "known only after apply" }), encrypted], settle: "the retention policy (Bucket Lock) of the bucket once applied" };
  }
  if (typeof period.value === "number" && period.value > 0 && isLocked.value === true) {
    return { label, encrypted: "yes", immutable: "yes", evidence: [...why, evidence(r, isLocked.path, true, { note: `retention policy locked: objects cannot be deleted for ${Math.floor(period.value / 86400)} days` }), encrypted] };
  }
  const note = typeof period.value === "number" && period.value > 0 ? "a retention policy that is not locked: it can be removed" : "no retention policy: objects can be deleted or overwritten";
  return { label, encrypted: "yes", immutable: "no", evidence: [...why, evidence(r, isLocked.path, isLocked.value === false ? false : void 0, { note }), encrypted] };
};
var logProtectionTable = {
  logProtection: {
    ...Object.fromEntries(LOG_PARENTS.map((p) => [`google_logging_${p}_bucket_config`, logBucket2])),
    google_storage_bucket: storageBucket
  }
};

// providers/gcp/knowledge/firewall.ts
function portRange(spec) {
  const m = /^(\d+)(?:-(\d+))?$/.exec(spec.trim());
  if (!m) return void 0;
  const from = Number(m[1]);
  const to = m[2] === void 0 ? from : Number(m[2]);
  return from <= to && to <= 65535 ? { from, to } : void 0;
}

// providers/gcp/plan/network.ts
function ports(r, block, protocol) {
  if (protocol === "all") return "all";
  const list2 = stringList(r, `${block}.ports`);
  if (list2 === "unknown") return "unknown";
  if (list2.length === 0) return "all";
  const ranges = list2.map(portRange);
  return ranges.every((x) => x !== void 0) ? ranges : "unknown";
}
function firewallSources(r) {
  const ranges = stringList(r, "source_ranges");
  if (ranges === "unknown") return { list: "unknown", evidence: evidence(r, "source_ranges", void 0, { note: "known only after apply" }) };
  if (ranges.length > 0) return { list: ranges, evidence: evidence(r, "source_ranges", ranges.join(", "), { safe: true }) };
  const tags = stringList(r, "source_tags");
  const accounts = stringList(r, "source_service_accounts");
  if (tags === "unknown" || accounts === "unknown") {
    return { list: "unknown", evidence: evidence(r, tags === "unknown" ? "source_tags" : "source_service_accounts", void 0, { note: "known only after apply" }) };
  }
  if (tags.length > 0 || accounts.length > 0) {
    return { list: [], evidence: evidence(r, tags.length > 0 ? "source_tags" : "source_service_accounts", void 0, { note: "sources are instances of the network, not internet addresses" }) };
  }
  return { list: ["0.0.0.0/0"], evidence: evidence(r, "source_ranges", "0.0.0.0/0", { safe: true, note: "no source ranges, tags or service accounts: GCP applies 0.0.0.0/0" }) };
}
var firewallIngress = (r) => {
  const direction = setting(r, "direction");
  if (direction.state === "known" && String(direction.value).toUpperCase() === "EGRESS") return void 0;
  const disabled = setting(r, "disabled");
  const enabled = direction.state === "unknown" || disabled.state === "unknown" ? "unknown" : disabled.value === true ? "no" : "yes";
  const prio = setting(r, "priority");
  const priority = prio.state === "unknown" ? void 0 : typeof prio.value === "number" ? prio.value : 1e3;
  const sources = firewallSources(r);
  const rules = [];
  let complete = true;
  for (const action of ["allow", "deny"]) {
    const n = blockCount(r, action);
    if (n === "unknown") {
      complete = false;
      continue;
    }
    for (let i = 0; i < n; i++) {
      const block = `${action}[${i}]`;
      const proto = setting(r, `${block}.protocol`);
      const known = knownString(proto)?.toLowerCase();
      const protocol = known ?? "all";
      const rulePorts = known ? ports(r, block, protocol) : "unknown";
      const shown = rulePorts === "all" ? "all ports" : rulePorts === "unknown" ? "ports unknown" : rulePorts.map((p) => p.from === p.to ? `${p.from}` : `${p.from}-${p.to}`).join(",");
      rules.push({
        action,
        ...priority !== void 0 ? { priority } : {},
        protocol,
        ports: rulePorts,
        sources: sources.list,
        evidence: { ...sources.evidence, note: [`${block}: ${known ?? "protocol unknown"} ${shown}`, sources.evidence.note].filter(Boolean).join("; ") }
      });
    }
  }
  return { evaluation: "priority", rules, complete, enabled };
};
function endpoint(kind, label, publicAccess, allowedNetworks, ev2, settle) {
  return { kind, label, publicAccess, allowedNetworks, evidence: ev2, ...settle && (publicAccess === "unknown" || allowedNetworks === "unknown") ? { settle } : {} };
}
function cidrs(r, list2, field) {
  const n = blockCount(r, list2);
  if (n === "unknown") return "unknown";
  const out = [];
  for (let i = 0; i < n; i++) {
    const v = setting(r, `${list2}[${i}].${field}`);
    if (v.state === "unknown") return "unknown";
    const cidr = knownString(v);
    if (cidr) out.push(cidr.trim());
  }
  return out;
}
var gkeEndpoint = (r) => {
  const label = "GKE cluster API endpoint";
  const settle = "the control plane endpoint settings (private endpoint, authorized networks) once applied";
  const ipEndpoints = setting(r, "control_plane_endpoints_config[0].ip_endpoints_config[0].enabled");
  const privateEndpoint = setting(r, "private_cluster_config[0].enable_private_endpoint");
  if (ipEndpoints.state === "known" && ipEndpoints.value === false) {
    return endpoint("kubernetes-api", label, "no", [], [evidence(r, ipEndpoints.path, false, { note: "IP endpoints disabled: only the DNS endpoint, authorised by IAM" })]);
  }
  if (privateEndpoint.state === "known" && privateEndpoint.value === true) {
    return endpoint("kubernetes-api", label, "no", [], [evidence(r, privateEndpoint.path, true)]);
  }
  if (ipEndpoints.state === "unknown" || privateEndpoint.state === "unknown") {
    const which = privateEndpoint.state === "unknown" ? privateEndpoint : ipEndpoints;
    return endpoint("kubernetes-api", label, "unknown", "unknown", [evidence(r, which.path, void 0, { note: "known only after apply" })], settle);
  }
  const ev2 = [privateEndpoint.state === "unset" ? evidence(r, privateEndpoint.path, void 0, { note: "not set: the public endpoint is on" }) : evidence(r, privateEndpoint.path, false)];
  const man = blockCount(r, "master_authorized_networks_config");
  if (man === "unknown") return endpoint("kubernetes-api", label, "yes", "unknown", [...ev2, evidence(r, "master_authorized_networks_config", void 0, { note: "known only after apply" })], settle);
  if (man === 0) {
    return endpoint("kubernetes-api", label, "yes", "any", [...ev2, evidence(r, "master_authorized_networks_config", void 0, { note: "not set: the public endpoint accepts any address" })]);
  }
  const allowed = cidrs(r, "master_authorized_networks_config[0].cidr_blocks", "cidr_block");
  ev2.push(evidence(r, "master_authorized_networks_config[0].cidr_blocks", allowed === "unknown" ? void 0 : allowed.join(", "), { safe: true, note: allowed === "unknown" ? "known only after apply" : void 0 }));
  const gcpPublic = setting(r, "master_authorized_networks_config[0].gcp_public_cidrs_access_enabled");
  if (gcpPublic.state === "known" && gcpPublic.value === true) ev2.push(evidence(r, gcpPublic.path, true, { note: "Google Cloud public IP addresses may also reach the endpoint" }));
  return endpoint("kubernetes-api", label, "yes", allowed, ev2, settle);
};
var sqlEndpoint = (r) => {
  const label = "Cloud SQL instance";
  const settle = "the instance IP configuration (public IPv4, authorized networks) once applied";
  const ipv4 = setting(r, "settings[0].ip_configuration[0].ipv4_enabled");
  if (ipv4.state === "unknown") return endpoint("database", label, "unknown", "unknown", [evidence(r, ipv4.path, void 0, { note: "known only after apply" })], settle);
  if (ipv4.value === false) return endpoint("database", label, "no", [], [evidence(r, ipv4.path, false, { note: "private IP only" })]);
  const ev2 = [evidence(r, ipv4.path, true, { note: ipv4.state === "unset" ? "not set: Cloud SQL assigns a public IPv4 address by default" : void 0 })];
  const path = "settings[0].ip_configuration[0].authorized_networks";
  const allowed = cidrs(r, path, "value");
  if (allowed === "unknown") ev2.push(evidence(r, path, void 0, { note: "known only after apply" }));
  else if (allowed.length === 0) ev2.push(evidence(r, path, void 0, { note: "no authorized network: only the Cloud SQL Auth Proxy and connectors (IAM-authorised) reach the public IP" }));
  else ev2.push(evidence(r, path, allowed.join(", "), { safe: true }));
  return endpoint("database", label, "yes", allowed, ev2, settle);
};
var networkTable = {
  ingress: { google_compute_firewall: firewallIngress },
  adminEndpoint: { google_container_cluster: gkeEndpoint, google_sql_database_instance: sqlEndpoint }
};

// providers/gcp/plan/public-access.ts
var BUCKET2 = ["google_storage_bucket"];
var ACL_RESOURCES = {
  google_storage_bucket_acl: { roleEntity: "role_entity", predefined: ["predefined_acl", "default_acl"] },
  google_storage_bucket_access_control: { entity: "entity" },
  google_storage_default_object_acl: { roleEntity: "role_entity" },
  google_storage_default_object_access_control: { entity: "entity" },
  google_storage_object_acl: { roleEntity: "role_entity", predefined: ["predefined_acl"] },
  google_storage_object_access_control: { entity: "entity" },
  google_storage_bucket_object: { predefined: ["predefined_acl"] }
};
function publicAcls(r, ctx) {
  const out = [];
  for (const [type, attrs] of Object.entries(ACL_RESOURCES)) {
    for (const g of ctx.links.ofType(type)) {
      if (!related(ctx, g, "bucket", BUCKET2).includes(r)) continue;
      if (attrs.entity) {
        const entity = knownString(setting(g, attrs.entity));
        if (entity && isPublicEntity(entity)) out.push(evidenceFrom(g, attrs.entity, entity, { safe: true }));
      }
      if (attrs.roleEntity) {
        const items = stringList(g, attrs.roleEntity);
        if (items !== "unknown") items.forEach((item, i) => isPublicEntity(roleEntityEntity(item)) && out.push(evidenceFrom(g, `${attrs.roleEntity}[${i}]`, item, { safe: true })));
      }
      for (const path of attrs.predefined ?? []) {
        const acl = knownString(setting(g, path));
        if (acl && PUBLIC_PREDEFINED_ACLS.has(acl)) out.push(evidenceFrom(g, path, acl, { safe: true }));
      }
    }
  }
  return out;
}
var node = (kind, id) => id ? `${kind}/${id.replace(/^(projects|folders|organizations)\//, "")}` : void 0;
function policyOf(p) {
  const v1 = (at3, kind) => {
    if ((knownString(setting(p, "constraint")) ?? "").replace(/^constraints\//, "") !== PAP_CONSTRAINT) return void 0;
    const bool2 = blocks(p, "boolean_policy");
    const enforced = bool2 === "unknown" ? void 0 : bool2[0]?.enforced;
    return { node: node(kind, knownString(setting(p, at3))), policy: { booleanPolicy: { enforced } } };
  };
  switch (p.type) {
    case "google_project_organization_policy":
      return v1("project", "projects");
    case "google_folder_organization_policy":
      return v1("folder", "folders");
    case "google_organization_policy":
      return v1("org_id", "organizations");
    case "google_org_policy_policy": {
      const name = knownString(setting(p, "name")) ?? "";
      if (!name.endsWith(`/${PAP_CONSTRAINT}`)) return void 0;
      const spec = blocks(p, "spec");
      const first = spec === "unknown" ? void 0 : spec[0];
      const rules = Array.isArray(first?.rules) ? first.rules : [];
      const policy = { spec: { reset: first?.reset === true, rules: rules.map((rule) => ({ enforce: rule.enforce, ...Array.isArray(rule.condition) && rule.condition.length ? { condition: rule.condition[0] } : {} })) } };
      return { node: knownString(setting(p, "parent")) ?? /^((?:projects|folders|organizations)\/[^/]+)\//.exec(name)?.[1], policy };
    }
    default:
      return void 0;
  }
}
var POLICY_TYPES = ["google_project_organization_policy", "google_folder_organization_policy", "google_organization_policy", "google_org_policy_policy"];
function preventionAbove(r, ctx) {
  const project2 = ctx.links.targets(r, "project", ["google_project"])[0];
  const projectId = knownString(setting(r, "project")) ?? (project2 ? knownString(setting(project2, "project_id")) : void 0);
  const folderId = project2 ? knownString(setting(project2, "folder_id")) : void 0;
  const folder = project2 ? ctx.links.targets(project2, "folder_id", ["google_folder"])[0] : void 0;
  const orgId = (project2 ? knownString(setting(project2, "org_id")) : void 0) ?? (folder ? knownString(setting(folder, "parent"))?.replace(/^organizations\//, "") : void 0);
  const projectNode = node("projects", projectId) ?? (project2 ? `projects/${project2.address}` : void 0);
  const folderNode = node("folders", folderId ?? (folder ? knownString(setting(folder, "folder_id")) : void 0));
  const steps = [projectNode, folderNode, node("organizations", orgId)].filter((n) => n !== void 0);
  const found = /* @__PURE__ */ new Map();
  for (const type of POLICY_TYPES) {
    for (const p of ctx.links.ofType(type)) {
      const read = policyOf(p);
      if (!read) continue;
      const onProject = project2 !== void 0 && ["project", "parent"].some((path) => ctx.links.targets(p, path, ["google_project"]).includes(project2));
      const at3 = onProject ? projectNode : read.node;
      if (at3 && steps.includes(at3)) found.set(at3, { policy: { node: at3, enforced: enforcesPrevention(read.policy) }, from: p });
    }
  }
  const policy = inheritedPrevention(steps.map((n) => ({ node: n, seen: true, ...found.has(n) ? { policy: found.get(n).policy } : {} })));
  return policy ? found.get(policy.node) : void 0;
}
var bucket = (r, ctx) => {
  const label = "Cloud Storage bucket";
  const pap = setting(r, "public_access_prevention");
  const prevention = pap.state === "unknown" ? "unknown" : preventionSetting(knownString(pap));
  const ev2 = [evidence(r, "public_access_prevention", pap.state === "known" ? pap.value : pap.state === "unset" ? null : void 0, { safe: true, note: pap.state === "unknown" ? "known after apply" : void 0 })];
  const above = preventionAbove(r, ctx);
  if (above) ev2.push(evidenceFrom(above.from, above.from.type === "google_org_policy_policy" ? "spec" : "boolean_policy", above.policy.enforced ? "enforced" : "not enforced", { safe: true, note: `${PAP_CONSTRAINT} organisation policy of ${above.policy.node}` }));
  const grants2 = (type) => ctx.links.ofType(type).filter((g) => related(ctx, g, "bucket", BUCKET2).includes(r));
  const members = [];
  let unknown = false;
  let authoritative = false;
  for (const m of grants2("google_storage_bucket_iam_member")) {
    const member = setting(m, "member");
    if (member.state === "unknown") unknown = true;
    const value = knownString(member);
    if (value) members.push(value);
    ev2.push(evidenceFrom(m, "member", value === "allUsers" || value === "allAuthenticatedUsers" ? value : void 0, { safe: true }));
  }
  for (const b of grants2("google_storage_bucket_iam_binding")) {
    const list2 = stringList(b, "members");
    if (list2 === "unknown") unknown = true;
    else members.push(...list2);
    ev2.push(evidenceFrom(b, "members", void 0, { note: list2 === "unknown" ? "known after apply" : `${list2.length} member(s)` }));
  }
  for (const p of grants2("google_storage_bucket_iam_policy")) {
    const policy = parsePolicyData(p);
    if (!policy) unknown = true;
    else {
      authoritative = true;
      members.push(...policy.bindings.flatMap((b) => b.members));
    }
    ev2.push(evidenceFrom(p, "policy_data", void 0, { note: policy ? "the bucket's whole IAM policy" : "policy known after apply" }));
  }
  const publicMember = members.some(isPublicEntity);
  const seen = publicMember ? members : unknown || !authoritative ? "unknown" : members;
  if (seen === "unknown" && !unknown && !authoritative) ev2.push({ path: "google_storage_bucket_iam_policy", value: null, note: "no authoritative IAM policy for the bucket in this plan: grants may be made elsewhere" });
  const ublaPath = setting(r, "uniform_bucket_level_access").state === "unset" && setting(r, "bucket_policy_only").state !== "unset" ? "bucket_policy_only" : "uniform_bucket_level_access";
  const ubla = setting(r, ublaPath);
  const uniform = ubla.state === "known" ? ubla.value === true : ubla.state === "unset" ? false : "unknown";
  ev2.push(evidence(r, ublaPath, ubla.state === "known" ? ubla.value : ubla.state === "unset" ? null : void 0, { note: ubla.state === "unknown" ? "known after apply" : uniform === true ? "ACLs are ignored" : "ACLs apply" }));
  const acls = publicAcls(r, ctx);
  ev2.push(...acls);
  const exposure = gcsExposure({ prevention, members: seen, uniform, publicAcl: acls.length > 0, ...above ? { orgPolicy: above.policy } : {} });
  const out = { label, public: exposure.public, evidence: [...ev2, { path: "publicAccess", note: exposure.note }] };
  if (exposure.settle) out.settle = exposure.settle;
  return out;
};
var publicAccessTable = {
  publicAccess: {
    google_storage_bucket: bucket
  }
};

// providers/gcp/knowledge/metadata.ts
function isScriptKey(key) {
  return /^(startup-script|shutdown-script|user-data|gce-container-declaration|windows-startup-script-(ps1|cmd|bat)|windows-shutdown-script-(ps1|cmd|bat)|sysprep-specialize-script-(ps1|cmd|bat)|kube-env|configure-sh|cloud-init)$/i.test(key) || /-script(-ps1|-cmd|-bat)?$/i.test(key);
}
function isHarmlessMetadataKey(key) {
  return /^(ssh-keys|sshKeys|block-project-ssh-keys|enable-oslogin|enable-oslogin-2fa|enable-guest-attributes|serial-port-enable|google-logging-enabled|google-monitoring-enabled|startup-script-url|shutdown-script-url|windows-keys)$/i.test(key);
}
function checkMetadataEntry(path, key, value, opts = {}) {
  if (isHarmlessMetadataKey(key)) return [];
  if (isScriptKey(key)) return scanScript(path, value, opts);
  const one = checkNamedValue(path, key, value);
  return one ? [one] : [];
}

// providers/gcp/plan/secrets.ts
var Collector = class {
  constructor(r) {
    this.r = r;
  }
  r;
  found = [];
  unknownPaths = [];
  checked = 0;
  add(findings) {
    this.checked++;
    for (const f of findings) if (!this.found.some((x) => x.path === f.path && x.why === f.why)) this.found.push(f);
  }
  /** A value known only after apply, shown at `path`; its expression is at `at`. */
  unknown(path, name, script, at3) {
    const judged = judgeAfterApply(this.r, at3, name, script);
    if (judged === "unknown") this.unknownPaths.push(path);
    else this.add(judged === "clear" ? [] : [{ path, why: copiedWhy(judged.copiedFrom, script) }]);
  }
  facet() {
    if (this.checked === 0 && this.found.length === 0) return void 0;
    return { found: this.found, unknownPaths: this.unknownPaths };
  }
};
function scanMap(c, r, path, metadata) {
  if (setting(r, path).state === "unknown") {
    c.unknownPaths.push(path);
    return;
  }
  for (const key of mapKeys(r, path)) {
    const parts = [...parsePath(path), key];
    const shown = formatPath(parts);
    if (metadata && isHarmlessMetadataKey(key)) continue;
    const v = attr(r, parts);
    if (v.state === "unknown") c.unknown(shown, key, metadata && isScriptKey(key), { entry: shown, map: path });
    else if (typeof v.value === "string") c.add(metadata ? checkMetadataEntry(shown, key, v.value, hidden(r, parts)) : maybe(checkNamedValue(shown, key, v.value)));
  }
}
var maybe = (f) => f ? [f] : [];
var hidden = (r, path) => ({ lineNumbers: !isSensitivePath(r, typeof path === "string" ? path : formatPath(path)) });
function scanScriptAttr(c, r, path) {
  const v = setting(r, path);
  if (v.state === "unknown") c.unknown(path, void 0, true, { entry: path });
  else if (typeof v.value === "string" && v.value.trim() !== "") c.add(scanScript(path, v.value, hidden(r, path)));
}
function scanEnvBlocks(c, r, containers2) {
  const n = blockCount(r, containers2);
  if (n === "unknown") {
    c.unknownPaths.push(containers2);
    return;
  }
  for (let i = 0; i < n; i++) {
    const env = `${containers2}[${i}].env`;
    const m = blockCount(r, env);
    if (m === "unknown") {
      c.unknownPaths.push(env);
      continue;
    }
    for (let j = 0; j < m; j++) {
      const name = setting(r, `${env}[${j}].name`);
      const value = setting(r, `${env}[${j}].value`);
      const label = typeof name.value === "string" ? `${env}[${j}] (${name.value})` : `${env}[${j}]`;
      if (value.state === "unknown") c.unknown(label, typeof name.value === "string" ? name.value : void 0, false, { entry: `${env}[${j}].value` });
      else if (typeof value.value === "string" && value.value !== "") c.add(maybe(checkNamedValue(label, typeof name.value === "string" ? name.value : "", value.value)));
      else c.add([]);
    }
  }
}
var instanceSecrets = (r) => {
  const c = new Collector(r);
  scanMap(c, r, "metadata", true);
  scanScriptAttr(c, r, "metadata_startup_script");
  return c.facet();
};
var templateSecrets = (r) => {
  const c = new Collector(r);
  scanMap(c, r, "metadata", true);
  scanScriptAttr(c, r, "metadata_startup_script");
  return c.facet();
};
var runV2Secrets = (containers2) => (r) => {
  const c = new Collector(r);
  scanEnvBlocks(c, r, containers2);
  return c.facet();
};
var functionV1Secrets = (r) => {
  const c = new Collector(r);
  scanMap(c, r, "environment_variables", false);
  scanMap(c, r, "build_environment_variables", false);
  return c.facet();
};
var functionV2Secrets = (r) => {
  const c = new Collector(r);
  if (blockCount(r, "service_config") !== 0) scanMap(c, r, "service_config[0].environment_variables", false);
  if (blockCount(r, "build_config") !== 0) scanMap(c, r, "build_config[0].environment_variables", false);
  return c.facet();
};
var secretsTable = {
  plaintextSecrets: {
    google_compute_instance: instanceSecrets,
    google_compute_instance_template: templateSecrets,
    google_compute_region_instance_template: templateSecrets,
    google_cloud_run_v2_service: runV2Secrets("template[0].containers"),
    google_cloud_run_v2_job: runV2Secrets("template[0].template[0].containers"),
    google_cloud_run_service: runV2Secrets("template[0].spec[0].containers"),
    google_cloudfunctions_function: functionV1Secrets,
    google_cloudfunctions2_function: functionV2Secrets
  }
};

// providers/gcp/plan/separation.ts
var network = (r) => {
  const name = knownString(setting(r, "name"));
  if (name === "default") return { label: "VPC network", isDefault: "yes", evidence: [evidence(r, "name", "default", { safe: true, note: "the default network" })] };
  const auto = setting(r, "auto_create_subnetworks");
  if (auto.state === "unknown") return { label: "VPC network", isDefault: "unknown", evidence: [evidence(r, auto.path, void 0, { note: "known only after apply" })] };
  if (auto.value === false) return { label: "VPC network", isDefault: "no", evidence: [evidence(r, auto.path, false, { note: "custom-mode network" })] };
  return {
    label: "auto-mode VPC network",
    isDefault: "yes",
    evidence: [evidence(r, auto.path, true, { note: `${auto.state === "unset" ? "not set: true. " : ""}auto mode, like the default network: a subnet in every region with the same ranges in every such network` })]
  };
};
var project = (r) => {
  const auto = setting(r, "auto_create_network");
  if (auto.state === "unknown") return { label: "project", isDefault: "unknown", evidence: [evidence(r, auto.path, void 0, { note: "known only after apply" })] };
  if (auto.value === false) return { label: "project", isDefault: "no", evidence: [evidence(r, auto.path, false, { note: "the default network is deleted after the project is created" })] };
  return {
    label: "default network of the project",
    isDefault: "yes",
    evidence: [evidence(r, auto.path, true, { note: `${auto.state === "unset" ? "not set: true. " : ""}the project is created with the default network (unless the organization policy compute.skipDefaultNetworkCreation applies)` })]
  };
};
var separationTable = {
  defaultNetwork: { google_compute_network: network, google_project: project }
};

// providers/gcp/plan/storage.ts
var KMS_TYPES = ["google_kms_crypto_key", "google_kms_crypto_key_version"];
var KIND_NOTE2 = { kms: "customer-managed Cloud KMS key", csek: "customer-supplied encryption key" };
var SETTLE3 = "the Cloud KMS key (or customer-supplied key) configured on the resource once applied";
var kms2 = (path) => ({ path, kind: "kms" });
var csek2 = (path) => ({ path, kind: "csek" });
var computeKeyBlock = (block) => [
  kms2(`${block}[0].kms_key_self_link`),
  kms2(`${block}[0].kms_key_name`),
  csek2(`${block}[0].raw_key`),
  csek2(`${block}[0].rsa_encrypted_key`)
];
var present2 = (v) => typeof v === "string" ? v.trim() !== "" : Array.isArray(v) ? v.length > 0 : v !== void 0 && v !== null;
function keyOf(r, ctx, paths) {
  const pending = [];
  for (const { path, kind } of paths) {
    const s = setting(r, path);
    if (s.state === "known" && present2(s.value)) return { key: "customer", evidence: [evidence(r, path, void 0, { note: KIND_NOTE2[kind] })] };
    if (s.state === "unknown") {
      if (ctx.links.targets(r, path, KMS_TYPES).length > 0) return { key: "customer", evidence: [evidence(r, path, void 0, { note: "Cloud KMS key of this plan (customer-managed)" })] };
      pending.push(evidence(r, path, void 0, { note: "known only after apply" }));
    }
  }
  if (pending.length) return { key: "unknown", evidence: pending };
  return { key: "provider", evidence: [evidence(r, paths[0].path, void 0, { note: "no customer-managed key: Google-managed encryption" })] };
}
function facet(service, found) {
  const f = { service, encrypted: "yes", key: found.key, evidence: found.evidence };
  if (found.key === "unknown") f.settle = SETTLE3;
  return f;
}
function combine(parts) {
  const evidence2 = parts.flatMap((p) => p.evidence);
  for (const key of ["provider", "unknown"]) if (parts.some((p) => p.key === key)) return { key, evidence: evidence2 };
  return { key: "customer", evidence: evidence2 };
}
function keyFrom(source, ctx, paths) {
  const found = keyOf(source, ctx, paths);
  return { key: found.key, evidence: found.evidence.map((e) => attributed(e, source)) };
}
var DISK_TYPES = ["google_compute_disk", "google_compute_region_disk"];
var DISK_KEYS = computeKeyBlock("disk_encryption_key");
function instanceDisk(r, ctx, block, keys) {
  const source = `${block}.source`;
  const disks = related(ctx, r, source, DISK_TYPES);
  if (disks.length > 0) return combine(disks.map((d) => keyFrom(d, ctx, DISK_KEYS)));
  const own = keyOf(r, ctx, keys);
  if (own.key !== "provider") return own;
  const src = setting(r, source);
  const created = block === "boot_disk[0]" && (blockCount(r, "boot_disk[0].initialize_params") !== 0 || src.state === "unset");
  if (created) return own;
  const note = src.state === "unknown" && configured(r, source) !== "yes" ? "known only after apply" : "existing disk outside this plan: its key is not visible";
  return { key: "unknown", evidence: [evidence(r, source, void 0, { note })] };
}
var instanceStorage = (r, ctx) => {
  const parts = [];
  if (blockCount(r, "boot_disk") !== 0) {
    parts.push(
      instanceDisk(r, ctx, "boot_disk[0]", [
        kms2("boot_disk[0].kms_key_self_link"),
        csek2("boot_disk[0].disk_encryption_key_raw"),
        csek2("boot_disk[0].disk_encryption_key_rsa")
      ])
    );
  }
  const attached = blockCount(r, "attached_disk");
  if (attached === "unknown") parts.push({ key: "unknown", evidence: [evidence(r, "attached_disk", void 0, { note: "known only after apply" })] });
  else {
    for (let i = 0; i < attached; i++) {
      const b = `attached_disk[${i}]`;
      parts.push(instanceDisk(r, ctx, b, [kms2(`${b}.kms_key_self_link`), csek2(`${b}.disk_encryption_key_raw`), csek2(`${b}.disk_encryption_key_rsa`)]));
    }
  }
  const scratch = blockCount(r, "scratch_disk");
  if (scratch !== 0) {
    parts.push({
      key: scratch === "unknown" ? "unknown" : "provider",
      evidence: [evidence(r, "scratch_disk", void 0, { note: "local SSDs are encrypted with Google-managed keys" })]
    });
  }
  if (parts.length === 0) return void 0;
  return facet("Compute Engine instance storage", combine(parts));
};
var tableStorage = (r, ctx) => {
  const own = keyOf(r, ctx, [kms2("encryption_configuration[0].kms_key_name")]);
  if (own.key !== "provider") return facet("BigQuery table", own);
  const datasets = related(ctx, r, "dataset_id", ["google_bigquery_dataset"], "dataset_id");
  if (datasets.length === 0) {
    return facet("BigQuery table", { key: "unknown", evidence: [evidence(r, "dataset_id", void 0, { note: "tables inherit the default key of their dataset, which is not in this plan" })] });
  }
  const found = combine(datasets.map((d) => keyFrom(d, ctx, [kms2("default_encryption_configuration[0].kms_key_name")])));
  return facet("BigQuery table", { key: found.key, evidence: [...own.evidence, ...found.evidence] });
};
var secretStorage = (r, ctx) => {
  const service = "Secret Manager secret";
  const replicas = blockCount(r, "replication[0].user_managed[0].replicas");
  if (replicas === "unknown") return facet(service, { key: "unknown", evidence: [evidence(r, "replication[0].user_managed[0].replicas", void 0, { note: "known only after apply" })] });
  if (replicas > 0) {
    return facet(service, combine(Array.from({ length: replicas }, (_, i) => keyOf(r, ctx, [kms2(`replication[0].user_managed[0].replicas[${i}].customer_managed_encryption[0].kms_key_name`)]))));
  }
  return facet(service, keyOf(r, ctx, [kms2("replication[0].auto[0].customer_managed_encryption[0].kms_key_name"), kms2("replication[0].automatic[0].customer_managed_encryption[0].kms_key_name")]));
};
var KEYED = {
  google_storage_bucket: { service: "Cloud Storage bucket", keys: [kms2("encryption[0].default_kms_key_name")] },
  google_compute_disk: { service: "Compute Engine disk", keys: DISK_KEYS },
  google_compute_region_disk: { service: "Compute Engine regional disk", keys: DISK_KEYS },
  google_compute_snapshot: { service: "Compute Engine snapshot", keys: computeKeyBlock("snapshot_encryption_key") },
  google_compute_image: { service: "Compute Engine image", keys: computeKeyBlock("image_encryption_key") },
  google_sql_database_instance: { service: "Cloud SQL instance", keys: [kms2("encryption_key_name")] },
  google_bigquery_dataset: { service: "BigQuery dataset", keys: [kms2("default_encryption_configuration[0].kms_key_name")] },
  google_pubsub_topic: { service: "Pub/Sub topic", keys: [kms2("kms_key_name")] },
  google_redis_instance: { service: "Memorystore for Redis instance", keys: [kms2("customer_managed_key")] },
  google_spanner_database: { service: "Spanner database", keys: [kms2("encryption_config[0].kms_key_name"), kms2("encryption_config[0].kms_key_names")] },
  google_filestore_instance: { service: "Filestore instance", keys: [kms2("kms_key_name")] },
  // Artifact Registry stores images and packages: a data store like any other.
  google_artifact_registry_repository: { service: "Artifact Registry repository", keys: [kms2("kms_key_name")] },
  ...Object.fromEntries(
    ["project", "folder", "organization", "billing_account"].map((parent) => [
      `google_logging_${parent}_bucket_config`,
      { service: "Cloud Logging bucket", keys: [kms2("cmek_settings[0].kms_key_name")] }
    ])
  )
};
var storageTable = {
  storage: {
    ...Object.fromEntries(Object.entries(KEYED).map(([type, spec]) => [type, (r, ctx) => facet(spec.service, keyOf(r, ctx, spec.keys))])),
    google_compute_instance: instanceStorage,
    google_bigquery_table: tableStorage,
    google_secret_manager_secret: secretStorage
  }
};

// providers/gcp/plan/transit.ts
var PROXY_SETTLE = "the SSL policy attached to the proxy (its profile and minimum TLS version)";
function policyFacet(label, policy, ev2) {
  const min = setting(policy, "min_tls_version");
  const profile = setting(policy, "profile");
  const features = stringList(policy, "custom_features");
  const v = sslPolicyVerdict(min.state === "unknown" ? "unknown" : knownString(min), profile.state === "unknown" ? "unknown" : knownString(profile), features);
  const facet2 = {
    label,
    encryptedOnly: "yes",
    minTls: v.minTls,
    weakCiphers: v.weakCiphers,
    evidence: [...ev2, attributed(evidence(policy, "min_tls_version", knownString(min) ?? (min.state === "unset" ? "TLS_1_0" : void 0), { safe: true, note: v.note }), policy)]
  };
  if (v.minTls === "unknown" || v.weakCiphers === "unknown") facet2.settle = PROXY_SETTLE;
  return facet2;
}
var tlsProxy2 = (label, policyTypes) => (r, ctx) => {
  const s = setting(r, "ssl_policy");
  const own = evidence(r, "ssl_policy", void 0, { note: "terminates TLS: plain connections are refused" });
  const policies = related(ctx, r, "ssl_policy", policyTypes);
  if (policies.length > 0) return policyFacet(label, policies[0], [own]);
  if (s.state === "unset" || s.state === "known" && knownString(s) === void 0) {
    return { label, encryptedOnly: "yes", minTls: "1.0", weakCiphers: "yes", evidence: [own, evidence(r, "ssl_policy", void 0, { note: DEFAULT_SSL_POLICY })] };
  }
  const note = s.state === "unknown" ? "known only after apply" : "an SSL policy outside this plan";
  return { label, encryptedOnly: "yes", minTls: "unknown", weakCiphers: "unknown", evidence: [own, evidence(r, "ssl_policy", void 0, { note })], settle: PROXY_SETTLE };
};
function redirectsOnly2(m) {
  const redirect = setting(m, "default_url_redirect[0].https_redirect");
  const matchers = blockCount(m, "path_matcher");
  if (redirect.state === "unknown" || matchers === "unknown") return { verdict: "unknown", evidence: [evidence(m, redirect.path, void 0, { note: "known only after apply" })] };
  if (redirect.value !== true) {
    return { verdict: "no", evidence: [evidence(m, redirect.path, redirect.value === false ? false : void 0, { note: "the URL map serves requests over plain HTTP rather than redirecting them to HTTPS" })] };
  }
  for (let i = 0; i < matchers; i++) {
    const pm = `path_matcher[${i}]`;
    const own = setting(m, `${pm}.default_url_redirect[0].https_redirect`);
    const rules = blockCount(m, `${pm}.path_rule`);
    const routes = blockCount(m, `${pm}.route_rules`);
    if (own.state === "unknown" || rules === "unknown" || routes === "unknown") return { verdict: "unknown", evidence: [evidence(m, pm, void 0, { note: "known only after apply" })] };
    if (own.value !== true || rules > 0 || routes > 0) return { verdict: "no", evidence: [evidence(m, pm, void 0, { note: "a path matcher serves requests over plain HTTP" })] };
  }
  return { verdict: "yes", evidence: [evidence(m, redirect.path, true, { note: "every request is redirected to HTTPS" })] };
}
var httpProxy2 = (mapTypes) => (r, ctx) => {
  const label = "HTTP load balancer front end";
  const maps = related(ctx, r, "url_map", mapTypes);
  if (maps.length === 0) {
    return {
      label,
      encryptedOnly: "unknown",
      evidence: [evidence(r, "url_map", void 0, { note: "a plain-HTTP proxy whose URL map is not in this plan: whether it only redirects to HTTPS is not known" })],
      settle: "the URL map of the proxy (default_url_redirect with https_redirect)"
    };
  }
  const found = redirectsOnly2(maps[0]);
  const facet2 = { label, encryptedOnly: found.verdict, evidence: [evidence(r, "url_map", void 0, { note: "plain HTTP front end" }), ...found.evidence.map((e) => attributed(e, maps[0]))] };
  if (found.verdict === "unknown") facet2.settle = "the URL map of the proxy once applied";
  return facet2;
};
var sqlTransit2 = (r) => {
  const label = "Cloud SQL instance";
  const base = "settings[0].ip_configuration[0]";
  const mode = setting(r, `${base}.ssl_mode`);
  const legacy = setting(r, `${base}.require_ssl`);
  if (mode.state === "unknown" || mode.state !== "known" && legacy.state === "unknown") {
    const which = mode.state === "unknown" ? mode : legacy;
    return { label, encryptedOnly: "unknown", evidence: [evidence(r, which.path, void 0, { note: "known only after apply" })], settle: "the ssl_mode of the Cloud SQL instance once applied" };
  }
  if (mode.state === "known" && typeof mode.value === "string" && mode.value !== "" && mode.value !== "SSL_MODE_UNSPECIFIED") {
    const encrypted = mode.value === "ENCRYPTED_ONLY" || mode.value === "TRUSTED_CLIENT_CERTIFICATE_REQUIRED";
    return { label, encryptedOnly: encrypted ? "yes" : "no", evidence: [evidence(r, mode.path, mode.value, { safe: true, note: encrypted ? void 0 : "unencrypted connections accepted" })] };
  }
  if (legacy.state === "known" && legacy.value === true) return { label, encryptedOnly: "yes", evidence: [evidence(r, legacy.path, true, { note: "legacy require_ssl" })] };
  return {
    label,
    encryptedOnly: "no",
    evidence: [evidence(r, mode.path, void 0, { note: "not set: Cloud SQL accepts unencrypted connections (ALLOW_UNENCRYPTED_AND_ENCRYPTED)" })]
  };
};
var GLOBAL_POLICY = ["google_compute_ssl_policy"];
var REGION_POLICY = ["google_compute_region_ssl_policy"];
var transitTable = {
  transit: {
    google_compute_target_https_proxy: tlsProxy2("HTTPS load balancer front end", GLOBAL_POLICY),
    google_compute_target_ssl_proxy: tlsProxy2("SSL proxy load balancer front end", GLOBAL_POLICY),
    google_compute_region_target_https_proxy: tlsProxy2("regional HTTPS load balancer front end", REGION_POLICY),
    google_compute_target_http_proxy: httpProxy2(["google_compute_url_map"]),
    google_compute_region_target_http_proxy: httpProxy2(["google_compute_region_url_map"]),
    google_sql_database_instance: sqlTransit2
  }
};

// providers/gcp/plan/index.ts
var PLAN_TABLES = [
  storageTable,
  locationTable,
  networkTable,
  identityTable,
  loggingTable,
  backupsTable,
  transitTable,
  keysTable,
  secretsTable,
  logProtectionTable,
  detectionTable,
  separationTable,
  availabilityTable,
  publicAccessTable
];

// providers/gcp/public-access.ts
function uniformAccess(data) {
  for (const key of ["uniformBucketLevelAccess", "bucketPolicyOnly"]) {
    const on = bool(get(data, `iamConfiguration.${key}.enabled`));
    if (on !== void 0) return { on, path: `iamConfiguration.${key}.enabled` };
  }
  return { on: false, path: "iamConfiguration.uniformBucketLevelAccess.enabled" };
}
function publicAclEntries(data) {
  const evidence2 = [];
  let carried = false;
  for (const key of ["acl", "defaultObjectAcl"]) {
    const entries = list(get(data, key)) ?? [];
    if (entries.length) carried = true;
    entries.forEach((e, i) => {
      const entity = str(get(e, "entity"));
      if (entity && isPublicEntity(entity)) evidence2.push(ev(dataPath(`${key}[${i}].entity`), entity, { safe: true, note: `role ${str(get(e, "role")) ?? "unknown"}` }));
    });
  }
  return { evidence: evidence2, carried };
}
function publicAccessFacet(a, ctx) {
  const label = "Cloud Storage bucket";
  const data = dataOf(a);
  if (!data && a.iamPolicy && (ctx.bucketSettings.has(a.name) || ctx.bucketSettingsFollow)) return void 0;
  const rawPrevention = data ? str(get(data, "iamConfiguration.publicAccessPrevention")) : void 0;
  const prevention = data ? preventionSetting(rawPrevention) : "unknown";
  const members = a.iamPolicy ? policyMembers(a.iamPolicy) : ctx.bucketMembers.get(a.name) ?? "unknown";
  const uniform = data ? uniformAccess(data) : void 0;
  const acl = data ? publicAclEntries(data) : { evidence: [], carried: false };
  const orgPolicy = ctx.preventionAbove(a);
  const exposure = gcsExposure({ prevention, members, uniform: uniform ? uniform.on : "unknown", publicAcl: acl.evidence.length > 0, ...orgPolicy ? { orgPolicy } : {} });
  const evidence2 = [
    data ? ev(dataPath("iamConfiguration.publicAccessPrevention"), rawPrevention ?? prevention, { safe: true }) : ev("resource.data", void 0, { note: "the record does not include the bucket settings" }),
    ...orgPolicy ? [{ ...ev(topPath(a, "orgPolicy"), orgPolicy.enforced ? "enforced" : "not enforced", { safe: true, note: `${PAP_CONSTRAINT} organisation policy` }), from: orgPolicy.node }] : [],
    a.iamPolicy || ctx.bucketMembers.has(a.name) ? ev(topPath(a, "iamPolicy.bindings"), void 0, { note: a.iamPolicy ? "the bucket's IAM policy" : "the bucket's IAM policy, from its IAM_POLICY record" }) : ev("iamPolicy", void 0, { note: "the bucket's IAM policy was not read" }),
    ...uniform ? [ev(dataPath(uniform.path), uniform.on, { note: uniform.on ? "ACLs are ignored" : "ACLs apply" })] : [],
    ...acl.evidence,
    ...uniform && !uniform.on && !acl.carried ? [ev(dataPath("acl"), void 0, { note: "the record carries no ACL entries (Cloud Asset Inventory leaves them out)" })] : [],
    ev("publicAccess", void 0, { note: exposure.note })
  ];
  const out = { label, public: exposure.public, evidence: evidence2 };
  if (exposure.settle) out.settle = exposure.settle;
  return out;
}

// providers/gcp/network.ts
function firewallIngress2(a) {
  const data = dataOf(a);
  if (!data) {
    const unknown = { action: "allow", protocol: "all", ports: "unknown", sources: "unknown", evidence: ev("resource.data", void 0, { note: "the record does not include the firewall rule" }) };
    return { evaluation: "priority", rules: [unknown], complete: false, enabled: "unknown" };
  }
  const direction = str(get(data, "direction"))?.toUpperCase();
  if (direction === "EGRESS") return void 0;
  const disabled = bool(get(data, "disabled"));
  const enabled = disabled === true ? "no" : "yes";
  const priority = num(get(data, "priority")) ?? 1e3;
  const ranges = strings2(get(data, "sourceRanges")) ?? [];
  const tags = strings2(get(data, "sourceTags")) ?? [];
  const accounts = strings2(get(data, "sourceServiceAccounts")) ?? [];
  let sources;
  let sourceEv;
  if (ranges.length) {
    sources = ranges;
    sourceEv = ev(dataPath("sourceRanges"), ranges.join(", "), { safe: true });
  } else if (tags.length || accounts.length) {
    sources = [];
    sourceEv = ev(dataPath(tags.length ? "sourceTags" : "sourceServiceAccounts"), void 0, { note: "sources are instances of the network, not internet addresses" });
  } else {
    sources = ["0.0.0.0/0"];
    sourceEv = ev(dataPath("sourceRanges"), "0.0.0.0/0", { safe: true, note: "no source ranges, tags or service accounts: GCP applies 0.0.0.0/0" });
  }
  const rules = [];
  for (const [key, action] of [
    ["allowed", "allow"],
    ["denied", "deny"]
  ]) {
    (list(get(data, key)) ?? []).forEach((entry, i) => {
      const block = `${key}[${i}]`;
      const proto = str(get(entry, "IPProtocol"))?.toLowerCase();
      const protocol = proto ?? "all";
      const portList = strings2(get(entry, "ports")) ?? [];
      let ports2;
      if (protocol === "all" || portList.length === 0) ports2 = "all";
      else {
        const ranges_ = portList.map(portRange);
        ports2 = ranges_.every((x) => x !== void 0) ? ranges_ : "unknown";
      }
      const shown = ports2 === "all" ? "all ports" : ports2 === "unknown" ? "ports unknown" : ports2.map((p) => p.from === p.to ? `${p.from}` : `${p.from}-${p.to}`).join(",");
      rules.push({
        action,
        priority,
        protocol,
        ports: ports2,
        sources,
        evidence: { ...sourceEv, note: [`${dataPath(block)}: ${proto ?? "protocol not given"} ${shown}`, sourceEv.note].filter(Boolean).join("; ") }
      });
    });
  }
  return { evaluation: "priority", rules, complete: true, enabled };
}
function endpoint2(kind, label, publicAccess, allowedNetworks, evidence2, settle) {
  return { kind, label, publicAccess, allowedNetworks, evidence: evidence2, ...publicAccess === "unknown" || allowedNetworks === "unknown" ? { settle } : {} };
}
var cidrs2 = (v, field) => (list(v) ?? []).map((x) => str(get(x, field))).filter((x) => x !== void 0);
function gkeEndpoint2(a) {
  const label = "GKE cluster API endpoint";
  const settle = "the cluster control plane endpoint settings (private endpoint, master authorized networks)";
  const data = dataOf(a);
  if (!data) return endpoint2("kubernetes-api", label, "unknown", "unknown", [ev("resource.data", void 0, { note: "the record does not include the cluster settings" })], settle);
  const ip = "controlPlaneEndpointsConfig.ipEndpointsConfig";
  if (bool(get(data, `${ip}.enabled`)) === false) return endpoint2("kubernetes-api", label, "no", [], [ev(dataPath(`${ip}.enabled`), false, { note: "IP endpoints disabled: only the DNS endpoint, authorised by IAM" })], settle);
  if (bool(get(data, `${ip}.enablePublicEndpoint`)) === false) return endpoint2("kubernetes-api", label, "no", [], [ev(dataPath(`${ip}.enablePublicEndpoint`), false)], settle);
  const priv = bool(get(data, "privateClusterConfig.enablePrivateEndpoint"));
  if (priv === true) return endpoint2("kubernetes-api", label, "no", [], [ev(dataPath("privateClusterConfig.enablePrivateEndpoint"), true)], settle);
  const evidence2 = [ev(dataPath("privateClusterConfig.enablePrivateEndpoint"), priv, { note: priv === void 0 ? "not set: the public endpoint is on" : void 0 })];
  for (const path of ["masterAuthorizedNetworksConfig", `${ip}.authorizedNetworksConfig`]) {
    if (bool(get(data, `${path}.enabled`)) !== true) continue;
    const allowed = cidrs2(get(data, `${path}.cidrBlocks`), "cidrBlock");
    evidence2.push(ev(dataPath(`${path}.cidrBlocks`), allowed.join(", ") || void 0, { safe: true, note: allowed.length ? void 0 : "authorized networks enabled with no range: no address outside Google Cloud may connect" }));
    if (bool(get(data, `${path}.gcpPublicCidrsAccessEnabled`)) === true) {
      evidence2.push(ev(dataPath(`${path}.gcpPublicCidrsAccessEnabled`), true, { note: "Google Cloud public IP addresses may also reach the endpoint" }));
    }
    return endpoint2("kubernetes-api", label, "yes", allowed, evidence2, settle);
  }
  evidence2.push(ev(dataPath("masterAuthorizedNetworksConfig.enabled"), void 0, { note: "master authorized networks not enabled: the public endpoint accepts any address" }));
  return endpoint2("kubernetes-api", label, "yes", "any", evidence2, settle);
}
function sqlEndpoint2(a) {
  const label = "Cloud SQL instance";
  const settle = "the instance IP configuration (public IPv4, authorized networks)";
  const data = dataOf(a);
  if (!data) return endpoint2("database", label, "unknown", "unknown", [ev("resource.data", void 0, { note: "the record does not include the instance settings" })], settle);
  const ipPath = "settings.ipConfiguration.ipv4Enabled";
  const ipv4 = bool(get(data, ipPath));
  const addresses = list(get(data, "ipAddresses"));
  const primaryAddress = addresses?.some((x) => str(get(x, "type")) === "PRIMARY") ?? false;
  let publicIp;
  const evidence2 = [];
  if (ipv4 === true || primaryAddress) {
    publicIp = "yes";
    evidence2.push(ipv4 === true ? ev(dataPath(ipPath), true) : ev(dataPath("ipAddresses"), "PRIMARY", { safe: true, note: "the instance has a public (PRIMARY) address" }));
  } else if (ipv4 === false) {
    publicIp = "no";
    evidence2.push(ev(dataPath(ipPath), false, { note: "private IP only" }));
  } else if (addresses && addresses.length > 0) {
    publicIp = "no";
    evidence2.push(ev(dataPath("ipAddresses"), void 0, { note: "no public (PRIMARY) address" }));
  } else {
    return endpoint2("database", label, "unknown", "unknown", [ev(dataPath(ipPath), void 0, { note: "neither the public IP setting nor the addresses are in the record" })], settle);
  }
  if (publicIp === "no") return endpoint2("database", label, "no", [], evidence2, settle);
  const netPath = "settings.ipConfiguration.authorizedNetworks";
  const allowed = cidrs2(get(data, netPath), "value");
  evidence2.push(
    allowed.length ? ev(dataPath(netPath), allowed.join(", "), { safe: true }) : ev(dataPath(netPath), void 0, { note: "no authorized network: only the Cloud SQL Auth Proxy and connectors (IAM-authorised) reach the public IP" })
  );
  return endpoint2("database", label, "yes", allowed, evidence2, settle);
}
function ingressFacet(a) {
  return a.assetType === "compute.googleapis.com/Firewall" ? firewallIngress2(a) : void 0;
}
function adminEndpointFacet(a) {
  if (a.assetType === "container.googleapis.com/Cluster") return gkeEndpoint2(a);
  if (a.assetType === "sqladmin.googleapis.com/Instance") return sqlEndpoint2(a);
  return void 0;
}

// providers/gcp/iam.ts
var MFA_SETTLE2 = "2-step verification enforcement for these accounts in Cloud Identity / Google Workspace (Admin console \u203A Security \u203A 2-step verification, or the Admin SDK Directory API `isEnforcedIn2Sv` of each user): an attestation";
var HIERARCHY = /* @__PURE__ */ new Set([PROJECT, FOLDER, ORGANIZATION]);
function roleVerdict2(role) {
  if (role === void 0) return { admin: "unknown", settle: "the role of the binding" };
  if (CUSTOM_ROLE.test(role)) return { admin: "unknown", settle: `the permissions of the custom role ${role} (its iam.googleapis.com/Role asset)` };
  return predefinedRoleVerdict(role);
}
function grants(a) {
  const bindings = Array.isArray(a.iamPolicy?.bindings) ? a.iamPolicy.bindings : [];
  return bindings.map((b, i) => {
    const role = typeof b?.role === "string" ? b.role : void 0;
    const members = Array.isArray(b?.members) ? b.members.filter((m) => typeof m === "string") : [];
    const conditional = b?.condition !== void 0 && b.condition !== null;
    const note = [kindCounts(members) || "no member", conditional ? "conditional binding" : void 0].filter(Boolean).join("; ");
    return { role, verdict: roleVerdict2(role), members, evidence: [ev(`${topPath(a, "iamPolicy.bindings")}[${i}]`, role, { safe: true, note })] };
  });
}
function identityFacet(a) {
  if (!HIERARCHY.has(a.assetType) || !a.iamPolicy) return void 0;
  return grantsIdentity(grants(a), { mfaSettle: MFA_SETTLE2, noRole: "(no role)" });
}
var GLOBAL_AND_IMMUTABLE2 = [
  { path: "auditConfigs", note: "Cloud Audit Logs record every region of the scope: there is no per-region trail" },
  { path: "auditConfigs", note: "audit log entries are immutable in Cloud Logging: there is no integrity-validation setting" }
];
function summaryEvidence(a, s, from) {
  const path = s.index === void 0 ? topPath(a, "iamPolicy.auditConfigs") : `${topPath(a, "iamPolicy.auditConfigs")}[${s.index}]`;
  const note = s.index === void 0 ? "no allServices audit config" : `allServices: ${s.logTypes.length ? s.logTypes.join(", ") : "no log type"}${s.exempted ? `; ${s.exempted} exempted member(s)` : ""}`;
  return { path: from ? "iamPolicy.auditConfigs" : path, ...s.index !== void 0 ? { value: "allServices" } : {}, note, ...from ? { from } : {} };
}
function auditTrailFacet(a, ctx) {
  if (!HIERARCHY.has(a.assetType) || !a.iamPolicy) return void 0;
  const own = auditSummary(a);
  const self = hierarchyName(a.name);
  const chain = a.ancestors ? a.ancestors.filter((x) => x !== self) : a.assetType === ORGANIZATION ? [] : void 0;
  const types = new Set(own.logTypes);
  let exempted = own.exempted;
  const evidence2 = [summaryEvidence(a, own)];
  const unread = [];
  for (const node2 of chain ?? []) {
    const s = ctx.audit.get(node2);
    if (!s) {
      unread.push(node2);
      continue;
    }
    for (const t of s.logTypes) types.add(t);
    exempted += s.exempted;
    if (s.index !== void 0) evidence2.push(summaryEvidence(a, s, node2));
  }
  let covers;
  if (LOG_TYPES.every((t) => types.has(t)) && exempted === 0) covers = "yes";
  else if (chain !== void 0 && unread.length === 0) covers = "no";
  else covers = "unknown";
  if (covers !== "no" && (chain === void 0 || unread.length)) {
    evidence2.push({
      path: "ancestors",
      note: chain === void 0 ? "the ancestors are not in the record: audit configs they pass down are not known" : `not read: ${unread.join(", ")} (their audit configs are inherited)`
    });
  }
  const facet2 = { label: "Cloud Audit Logs configuration", multiRegion: "yes", integrityValidation: "yes", coversAllServices: covers, evidence: [...evidence2, ...GLOBAL_AND_IMMUTABLE2] };
  return facet2;
}

// providers/gcp/logging.ts
var DEFAULT_RETENTION_DAYS2 = 30;
var REQUIRED_RETENTION_DAYS2 = 400;
var bucketId = (a) => str(get(dataOf(a), "bucketId")) ?? /\/buckets\/([^/]+)$/.exec(a.name)?.[1];
function logBucket3(a) {
  const id = bucketId(a);
  const wellKnown = id === "_Default" || id === "_Required";
  const label = wellKnown ? `${id} log bucket` : "Cloud Logging bucket";
  const settle = "the retentionDays of the log bucket";
  if (id === "_Required") return { kind: "log-bucket", label, retentionDays: REQUIRED_RETENTION_DAYS2, evidence: [ev("name", id, { safe: true, note: "retention fixed by Cloud Logging at 400 days" })] };
  const data = dataOf(a);
  const ids = wellKnown ? [ev("name", id, { safe: true })] : [];
  if (!data) return { kind: "log-bucket", label, retentionDays: "unknown", evidence: [...ids, ev("resource.data", void 0, { note: "the record does not include the bucket settings" })], settle };
  const days = num(get(data, "retentionDays"));
  const evidence2 = [...ids];
  if (bool(get(data, "locked")) === true) evidence2.push(ev(dataPath("locked"), true, { note: "retention locked" }));
  if (days !== void 0 && days > 0) return { kind: "log-bucket", label, retentionDays: days, evidence: [...evidence2, ev(dataPath("retentionDays"), days)] };
  if (id === "_Default") return { kind: "log-bucket", label, retentionDays: DEFAULT_RETENTION_DAYS2, evidence: [...evidence2, ev(dataPath("retentionDays"), void 0, { note: "not set: Cloud Logging keeps the _Default bucket 30 days" })] };
  return { kind: "log-bucket", label, retentionDays: "unknown", evidence: [...evidence2, ev(dataPath("retentionDays"), void 0, { note: "not in the record" })], settle };
}
var positive2 = (v) => {
  const n = num(v);
  return n !== void 0 && n > 0 ? n : void 0;
};
function bucketRetention2(data) {
  const rules = list(get(data, "lifecycle.rule")) ?? [];
  const evidence2 = [];
  let earliest;
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i];
    if (str(get(rule, "action.type")) !== "Delete") continue;
    const base = `lifecycle.rule[${i}].condition`;
    const c = get(rule, "condition");
    const noncurrentOnly = bool(get(c, "isLive")) === false || positive2(get(c, "numNewerVersions")) !== void 0 || positive2(get(c, "daysSinceNoncurrentTime")) !== void 0 || str(get(c, "noncurrentTimeBefore")) !== void 0;
    if (noncurrentOnly) continue;
    const age = positive2(get(c, "age"));
    if (age === void 0) return { days: "unknown", evidence: [ev(dataPath(base), void 0, { note: "Delete rule without an age condition" })] };
    evidence2.push(ev(dataPath(`${base}.age`), age, { note: "lifecycle Delete rule" }));
    earliest = earliest === void 0 ? age : Math.min(earliest, age);
  }
  const seconds = positive2(get(data, "retentionPolicy.retentionPeriod"));
  const locked = seconds === void 0 ? void 0 : Math.floor(seconds / 86400);
  if (seconds !== void 0) evidence2.push(ev(dataPath("retentionPolicy.retentionPeriod"), seconds, { note: `retention policy: objects cannot be deleted for ${locked} days` }));
  if (earliest === void 0) return { days: "forever", evidence: [...evidence2, ev(dataPath("lifecycle.rule"), void 0, { note: "no lifecycle rule deletes current objects" })] };
  return { days: Math.max(earliest, locked ?? 0), evidence: evidence2 };
}
function sinkBucket2(a, ctx) {
  const name = str(get(dataOf(a), "name")) ?? /^\/\/storage\.googleapis\.com\/([^/]+)$/.exec(a.name)?.[1];
  const sinks = name ? ctx.sinkBuckets.get(name) : void 0;
  if (!sinks?.length) return void 0;
  const label = "Cloud Storage bucket receiving a log sink";
  const from = sinks.map((s) => ({ path: "destination", from: s, note: "log sink writing into this bucket" }));
  const data = dataOf(a);
  if (!data) return { kind: "log-bucket", label, retentionDays: "unknown", evidence: [...from, ev("resource.data", void 0, { note: "the record does not include the bucket settings" })], settle: "the lifecycle rules and retention policy of the bucket" };
  const kept = bucketRetention2(data);
  const facet2 = { kind: "log-bucket", label, retentionDays: kept.days, evidence: [...from, ...kept.evidence] };
  if (kept.days === "unknown") facet2.settle = "the lifecycle rules and retention policy of the bucket";
  return facet2;
}
function datasetRetention(data) {
  const evidence2 = [];
  let days;
  for (const field of ["defaultTableExpirationMs", "defaultPartitionExpirationMs"]) {
    const ms = positive2(get(data, field));
    if (ms === void 0) continue;
    const d = Math.floor(ms / 864e5);
    evidence2.push(ev(dataPath(field), ms, { note: `tables or partitions expire after ${d} days` }));
    days = Math.min(days ?? d, d);
  }
  if (days === void 0) return { days: "forever", evidence: [ev(dataPath("defaultTableExpirationMs"), void 0, { note: "no default expiration: tables are kept until deleted" })] };
  return { days, evidence: evidence2 };
}
function sinkDataset2(a, ctx) {
  const sinks = ctx.sinks.filter((s) => s.target.startsWith("bigquery.googleapis.com/") && ctx.logDestination(s.target)?.name === a.name);
  if (!sinks.length) return void 0;
  const label = "BigQuery dataset receiving a log sink";
  const from = sinks.map((s) => ({ path: "destination", from: s.name, note: "log sink writing into this dataset" }));
  const data = dataOf(a);
  if (!data) return { kind: "log-bucket", label, retentionDays: "unknown", evidence: [...from, ev("resource.data", void 0, { note: "the record does not include the dataset settings" })], settle: "the default table expiration of the dataset" };
  const kept = datasetRetention(data);
  return { kind: "log-bucket", label, retentionDays: kept.days, evidence: [...from, ...kept.evidence] };
}
function logStoreFacet(a, ctx) {
  if (a.assetType === LOG_BUCKET) return logBucket3(a);
  if (a.assetType === BUCKET) return sinkBucket2(a, ctx);
  if (a.assetType === DATASET) return sinkDataset2(a, ctx);
  return void 0;
}

// providers/gcp/audit-export.ts
var A_YEAR = 365;
var LABEL = "audit-log export kept 12 months";
var fromStore = (store, evidence2) => evidence2.map((e) => ({ ...e, from: store.name }));
function destinationRetention(s, ctx) {
  const at3 = (note) => [{ path: "destination", from: s.name, note }];
  if (s.target.startsWith("pubsub.googleapis.com/")) {
    return { days: "unknown", evidence: at3("a Pub/Sub topic: how long entries are kept is decided downstream"), settle: "where the subscribers of the Pub/Sub topic the sink writes into keep the audit logs, and for how long" };
  }
  if (/^logging\.googleapis\.com\/projects\/[^/]+$/.test(s.target)) {
    return { days: "unknown", evidence: at3("routed to another project, whose own sinks decide where the entries are kept"), settle: "the log sinks of the project the sink routes to, and their destinations" };
  }
  const store = ctx.logDestination(s.target);
  if (!store) return { days: "unknown", evidence: at3("the destination is not in the inventory"), settle: "the retention of the store the sink writes into (scan the project that holds it)" };
  const data = dataOf(store);
  if (!data) return { days: "unknown", evidence: at3("the record of the destination does not include its settings"), settle: "the retention of the store the sink writes into" };
  if (store.assetType === LOG_BUCKET) {
    const facet2 = logStoreFacet(store, ctx);
    return { days: facet2.retentionDays, evidence: fromStore(store, facet2.evidence), ...facet2.settle ? { settle: facet2.settle } : {} };
  }
  if (store.assetType === BUCKET) {
    const kept = bucketRetention2(data);
    return { days: kept.days, evidence: fromStore(store, kept.evidence), ...kept.days === "unknown" ? { settle: "the lifecycle rules and retention policy of the bucket" } : {} };
  }
  if (store.assetType === DATASET) {
    const kept = datasetRetention(data);
    return { days: kept.days, evidence: fromStore(store, kept.evidence) };
  }
  return { days: "unknown", evidence: at3("a destination of an unknown kind"), settle: "the retention of the store the sink writes into" };
}
var keptAYear = (k) => k.days === "unknown" ? "unknown" : k.days === "forever" || k.days >= A_YEAR ? "yes" : "no";
var keptNote = (k) => k.days === "forever" ? "kept until deleted" : k.days === "unknown" ? "kept for a time not known" : `kept ${k.days} days`;
function auditExportFacet(a, ctx) {
  const data = dataOf(a);
  const self = hierarchyName(a.name);
  if (a.assetType !== PROJECT || !data || !self) return void 0;
  const id = ctx.projectId(str(get(data, "projectId")) ?? self.slice("projects/".length));
  const number = ctx.projectNumbers.get(id);
  const own = [`projects/${id}`, ...number ? [`projects/${number}`] : [], self];
  const above = a.ancestors?.filter((n) => !n.startsWith("projects/"));
  const aggregated = (above ?? []).flatMap((n) => ctx.sinksOf(n).filter((s) => s.includeChildren));
  const intercepted = anyOf(aggregated.filter((s) => s.interceptChildren).map((s) => s.routesDataAccess));
  const ownSinks = intercepted === "yes" ? [] : [...new Set(own.flatMap((p) => ctx.sinksOf(p)))];
  const sinks = [...ownSinks, ...aggregated];
  const base = { label: LABEL, where: "the project", multiRegion: "unknown", integrityValidation: "unknown", coversAllServices: "unknown" };
  const judged = sinks.filter((s) => s.routesDataAccess !== "no").map((s) => {
    const kept = destinationRetention(s, ctx);
    const routes = intercepted === "unknown" && ownSinks.includes(s) && s.routesDataAccess === "yes" ? "unknown" : s.routesDataAccess;
    const truth = allOf([routes, keptAYear(kept)]);
    return { s, routes, kept, truth };
  });
  const sinkEvidence = (j) => ({
    path: "filter",
    from: j.s.name,
    note: `${j.s.routesDataAccess === "yes" ? "routes the Data Access audit logs" : "a filter that cannot be read: may route the Data Access audit logs"}${j.s.includeChildren ? " of the projects below" : ""} to a store ${keptNote(j.kept)}`
  });
  const good = judged.filter((j) => j.truth === "yes");
  if (good.length) return { ...base, present: "yes", evidence: good.slice(0, 5).flatMap((j) => [sinkEvidence(j), ...j.kept.evidence]) };
  const doubtful = judged.filter((j) => j.truth === "unknown");
  const unread = [...own.some((p) => ctx.sinkParents.has(p)) ? [] : ["the project"], ...(above ?? []).filter((n) => !ctx.sinkParents.has(n))];
  const seen = judged.map(sinkEvidence);
  if (doubtful.length) {
    const first = doubtful[0];
    const settle = first.s.routesDataAccess === "unknown" ? "whether the filter of the log sink lets the Data Access audit logs (cloudaudit.googleapis.com/data_access) through" : first.routes === "unknown" ? "whether the intercepting sink above the project (interceptChildren) takes the Data Access audit logs away from its own sinks" : first.kept.settle ?? "the retention of the store the sink writes into";
    return { ...base, present: "unknown", evidence: [...seen, ...doubtful.flatMap((j) => j.kept.evidence)].slice(0, 10), settle };
  }
  if (above === void 0 || unread.length) {
    const note = above === void 0 ? "the ancestors are not in the record: aggregated sinks of the folders and organization above are not known" : `log sinks not in the inventory: ${unread.length} of the project and the folders and organization above it`;
    return {
      ...base,
      present: "unknown",
      evidence: [...seen, { path: "ancestors", note }],
      settle: "the log sinks of the project and of every folder and organization above it (cldscan scan --gcp --scope organizations/ID reads them all)"
    };
  }
  return {
    ...base,
    present: "no",
    evidence: [...seen, { path: "sinks", value: sinks.length, note: "no log sink of the project, nor aggregated sink above it, keeps the Data Access audit logs 365 days or more" }]
  };
}
function projectAuditTrail(a, ctx) {
  return auditTrailFacet(a, ctx) ?? auditExportFacet(a, ctx);
}

// providers/gcp/backups.ts
var SQL2 = "sqladmin.googleapis.com/Instance";
var NO_DATA3 = "the record does not include the resource settings";
var isReplica2 = (data) => str(get(data, "instanceType")) === "READ_REPLICA_INSTANCE" || str(get(data, "masterInstanceName")) !== void 0;
function sqlBackup2(a) {
  const service = "Cloud SQL instance";
  const settle = "the backup configuration of the Cloud SQL instance (its record with content type RESOURCE)";
  const data = dataOf(a);
  if (!data) return { service, enabled: "unknown", evidence: [ev("resource.data", void 0, { note: NO_DATA3 })], settle };
  if (isReplica2(data)) return void 0;
  const base = "settings.backupConfiguration";
  const enabled = bool(get(data, `${base}.enabled`));
  if (enabled === void 0) return { service, enabled: "unknown", evidence: [ev(dataPath(`${base}.enabled`), void 0, { note: "not in the record" })], settle };
  if (!enabled) return { service, enabled: "no", evidence: [ev(dataPath(`${base}.enabled`), false)] };
  const evidence2 = [ev(dataPath(`${base}.enabled`), true)];
  for (const pitr of ["pointInTimeRecoveryEnabled", "binaryLogEnabled"]) {
    if (bool(get(data, `${base}.${pitr}`)) === true) evidence2.push(ev(dataPath(`${base}.${pitr}`), true, { note: "point-in-time recovery" }));
  }
  const retainedPath = `${base}.backupRetentionSettings.retainedBackups`;
  const retained = num(get(data, retainedPath));
  const unit = str(get(data, `${base}.backupRetentionSettings.retentionUnit`));
  if (retained !== void 0 && retained > 0 && (unit === void 0 || unit === "COUNT" || unit === "RETENTION_UNIT_UNSPECIFIED")) {
    return { service, enabled: "yes", retentionDays: retained, evidence: [...evidence2, ev(dataPath(retainedPath), retained, { note: "daily automated backups kept" })] };
  }
  return {
    service,
    enabled: "yes",
    retentionDays: "unknown",
    evidence: [...evidence2, ev(dataPath(retainedPath), void 0, { note: `not in the record (Cloud SQL keeps ${SQL_DEFAULT_RETAINED_BACKUPS} unless configured otherwise)` })],
    settle: "settings.backupConfiguration.backupRetentionSettings of the instance"
  };
}
function backupVault2(a) {
  const encrypted = ev(dataPath("encryptionConfig"), void 0, { note: "Backup and DR encrypts backups at rest (Google-managed keys unless a Cloud KMS key is configured)" });
  const data = dataOf(a);
  const path = "backupMinimumEnforcedRetentionDuration";
  if (!data) return { label: VAULT_LABEL, immutable: "unknown", encrypted: "yes", evidence: [ev("resource.data", void 0, { note: NO_DATA3 }), encrypted], settle: "the minimum enforced retention of the vault" };
  const raw = get(data, path);
  const seconds = durationSeconds(raw);
  if (seconds === void 0) return { label: VAULT_LABEL, immutable: "unknown", encrypted: "yes", evidence: [ev(dataPath(path), void 0, { note: "not in the record" }), encrypted], settle: "the minimum enforced retention of the vault" };
  if (seconds <= 0) return { label: VAULT_LABEL, immutable: "no", encrypted: "yes", evidence: [ev(dataPath(path), String(raw), { safe: true, note: "no minimum enforced retention: backups can be deleted at any time" }), encrypted] };
  const evidence2 = [ev(dataPath(path), String(raw), { safe: true, note: `backups cannot be deleted for ${Math.floor(seconds / 86400)} day(s)` })];
  if (str(get(data, "effectiveTime"))) evidence2.push(ev(dataPath("effectiveTime"), void 0, { note: "the enforced retention is locked from this date" }));
  return { label: VAULT_LABEL, immutable: "yes", encrypted: "yes", evidence: [...evidence2, encrypted] };
}
var DISK_TYPES2 = ["compute.googleapis.com/Disk", "compute.googleapis.com/RegionDisk"];
var BUCKET3 = "storage.googleapis.com/Bucket";
function diskBackup(a, ctx) {
  const service = DISK_SERVICE;
  const data = dataOf(a);
  const settle = "the snapshot schedules of the disk (gcloud compute disks describe: resourcePolicies)";
  if (!data) return { service, enabled: "unknown", evidence: [ev("resource.data", void 0, { note: NO_DATA3 })], settle };
  const policies = (list(get(data, "resourcePolicies")) ?? []).filter((p) => typeof p === "string");
  if (!policies.length) return { service, enabled: "no", evidence: [ev(dataPath("resourcePolicies"), void 0, { note: "no snapshot schedule attached" })] };
  const evidence2 = [ev(dataPath("resourcePolicies"), policies.map((p) => p.replace(/^.*\/resourcePolicies\//, "")).join(", "), { note: "snapshot schedule attached" })];
  let best;
  for (const p of policies) {
    const key = computeKey(p);
    const days = key ? ctx.snapshotSchedules.get(key)?.maxRetentionDays : void 0;
    if (days === void 0) continue;
    best = Math.max(best ?? 0, days);
    evidence2.push(ev(`${key}.snapshotSchedulePolicy.retentionPolicy.maxRetentionDays`, days, { note: "snapshots kept" }));
  }
  if (best !== void 0) return { service, enabled: "yes", retentionDays: best, evidence: evidence2 };
  return { service, enabled: "yes", retentionDays: "unknown", evidence: evidence2, settle: "the maxRetentionDays of the snapshot schedule (gcloud compute resource-policies describe)" };
}
function bucketVersioning2(a) {
  const service = BUCKET_SERVICE;
  const via = "versioning";
  const data = dataOf(a);
  const settle = "the versioning and soft delete policy of the bucket (gcloud storage buckets describe)";
  if (!data) return { service, via, enabled: "unknown", evidence: [ev("resource.data", void 0, { note: NO_DATA3 })], settle };
  if (bool(get(data, "versioning.enabled")) === true) return { service, via, enabled: "yes", evidence: [ev(dataPath("versioning.enabled"), true)] };
  const off = ev(dataPath("versioning.enabled"), false, { note: "versioning is off" });
  const seconds = num(get(data, "softDeletePolicy.retentionDurationSeconds"));
  const path = dataPath("softDeletePolicy.retentionDurationSeconds");
  if (seconds === void 0) return { service, via, enabled: "unknown", evidence: [off, ev(path, void 0, { note: "not in the record" })], settle };
  if (seconds <= 0) return { service, via, enabled: "no", evidence: [off, ev(path, seconds, { note: "soft delete is off" })] };
  return { service, via, enabled: "yes", retentionDays: Math.round(seconds / 86400 * 100) / 100, evidence: [off, ev(path, seconds)] };
}
function backupFacet(a, ctx) {
  if (a.assetType === SQL2) return sqlBackup2(a);
  if (DISK_TYPES2.includes(a.assetType)) return diskBackup(a, ctx);
  return a.assetType === BUCKET3 ? bucketVersioning2(a) : void 0;
}
function backupVaultFacet(a) {
  return a.assetType === "backupdr.googleapis.com/BackupVault" ? backupVault2(a) : void 0;
}
var SETTLE4 = "the zone settings of the resource (its record with content type RESOURCE)";
function sqlAvailability2(data) {
  const label = "Cloud SQL instance";
  const type = str(get(data, "settings.availabilityType"));
  if (type === "REGIONAL") return { label, multiZone: "yes", evidence: [ev(dataPath("settings.availabilityType"), type, { safe: true, note: "a standby instance in another zone of the region" })] };
  if (type) return { label, multiZone: "no", evidence: [ev(dataPath("settings.availabilityType"), type, { safe: true, note: "one zone" })] };
  return { label, multiZone: "unknown", evidence: [ev(dataPath("settings.availabilityType"), void 0, { note: "not in the record" })], settle: SETTLE4 };
}
function gkeAvailability2(a, data) {
  const label = "GKE cluster";
  const location = str(get(data, "location")) ?? str(a.resource?.location) ?? locationInName(a.name);
  if (!location) return { label, multiZone: "unknown", evidence: [ev(dataPath("location"), void 0, { note: "not in the record" })], settle: SETTLE4 };
  if (!isZone(location)) return { label, multiZone: "yes", evidence: [ev(dataPath("location"), location, { safe: true, note: "regional cluster: control plane and nodes in several zones" })] };
  return { label, multiZone: "no", evidence: [ev(dataPath("location"), location, { safe: true, note: "zonal cluster: its control plane runs in one zone" })] };
}
function redisAvailability2(data) {
  const label = "Memorystore for Redis instance";
  const tier = str(get(data, "tier"));
  if (tier === "STANDARD_HA") return { label, multiZone: "yes", evidence: [ev(dataPath("tier"), tier, { safe: true, note: "a replica in another zone" })] };
  if (tier) return { label, multiZone: "no", evidence: [ev(dataPath("tier"), tier, { safe: true, note: "one node in one zone" })] };
  return { label, multiZone: "unknown", evidence: [ev(dataPath("tier"), void 0, { note: "not in the record" })], settle: SETTLE4 };
}
function migAvailability(a, data) {
  if (/\/zones\//.test(a.name) || str(get(data, "zone"))) {
    return { label: "managed instance group", multiZone: "no", evidence: [ev(dataPath("zone"), str(get(data, "zone"))?.replace(/^.*\/zones\//, ""), { safe: true, note: "zonal managed instance group: one zone" })] };
  }
  const label = "regional managed instance group";
  const zones = (list(get(data, "distributionPolicy.zones")) ?? []).map((z) => str(get(z, "zone"))?.replace(/^.*\/zones\//, "")).filter((z) => z !== void 0);
  if (zones.length === 1) return { label, multiZone: "no", evidence: [ev(dataPath("distributionPolicy.zones"), zones[0], { safe: true, note: "a single zone" })] };
  return { label, multiZone: "yes", evidence: [ev(dataPath("distributionPolicy.zones"), zones.length ? zones.join(", ") : void 0, { safe: true, note: zones.length ? void 0 : "not in the record: instances are spread over the zones of the region" })] };
}
var AVAILABILITY_LABELS = {
  [SQL2]: "Cloud SQL instance",
  "container.googleapis.com/Cluster": "GKE cluster",
  "redis.googleapis.com/Instance": "Memorystore for Redis instance",
  "compute.googleapis.com/InstanceGroupManager": "managed instance group",
  "compute.googleapis.com/RegionInstanceGroupManager": "regional managed instance group"
};
function availabilityFacet(a) {
  const label = AVAILABILITY_LABELS[a.assetType];
  if (!label) return void 0;
  const data = dataOf(a);
  if (!data) return { label, multiZone: "unknown", evidence: [ev("resource.data", void 0, { note: NO_DATA3 })], settle: SETTLE4 };
  switch (a.assetType) {
    case SQL2:
      return sqlAvailability2(data);
    case "container.googleapis.com/Cluster":
      return gkeAvailability2(a, data);
    case "redis.googleapis.com/Instance":
      return redisAvailability2(data);
    default:
      return migAvailability(a, data);
  }
}

// providers/gcp/keys.ts
function cryptoKey2(a) {
  const label = "Cloud KMS key";
  const data = dataOf(a);
  if (!data) return { label, rotation: "unknown", evidence: [ev("resource.data", void 0, { note: "the record does not include the key settings" })] };
  const purpose = str(get(data, "purpose")) ?? "ENCRYPT_DECRYPT";
  if (purpose !== "ENCRYPT_DECRYPT") return { label, rotation: "not-applicable", evidence: [ev(dataPath("purpose"), purpose, { safe: true, note: "only symmetric encryption keys rotate automatically" })] };
  const level = str(get(data, "versionTemplate.protectionLevel"));
  if (level === "EXTERNAL" || level === "EXTERNAL_VPC") return { label, rotation: "not-applicable", evidence: [ev(dataPath("versionTemplate.protectionLevel"), level, { safe: true, note: "key material in an external key manager, rotated there" })] };
  const raw = get(data, "rotationPeriod");
  const seconds = durationSeconds(raw);
  if (seconds === void 0 || seconds <= 0) return { label, rotation: "no", evidence: [ev(dataPath("rotationPeriod"), void 0, { note: "not set: the key never rotates" })] };
  const days = rotationDays(seconds);
  return { label, rotation: "yes", rotationDays: days, evidence: [ev(dataPath("rotationPeriod"), String(raw), { safe: true, note: `rotates every ${days} days` })] };
}
function serviceAccountKey2(a) {
  const label = "service account key";
  const data = dataOf(a);
  if (!data) return { label, longLivedKey: "unknown", evidence: [ev("resource.data", void 0, { note: "the record does not include the key type" })], settle: "the keyType of the service account key (USER_MANAGED or SYSTEM_MANAGED)" };
  const type = str(get(data, "keyType"));
  if (type === "SYSTEM_MANAGED") return void 0;
  if (type !== "USER_MANAGED") return { label, longLivedKey: "unknown", evidence: [ev(dataPath("keyType"), void 0, { note: "not in the record" })], settle: "the keyType of the service account key (USER_MANAGED or SYSTEM_MANAGED)" };
  const disabled = bool(get(data, "disabled")) === true;
  const origin = str(get(data, "keyOrigin"));
  return {
    label,
    longLivedKey: "yes",
    evidence: [ev(dataPath("keyType"), type, { safe: true, note: [origin === "USER_PROVIDED" ? "uploaded public key" : "private key created for download", disabled ? "disabled, but can be enabled again" : void 0].filter(Boolean).join("; ") })]
  };
}
function keyFacet(a) {
  return a.assetType === "cloudkms.googleapis.com/CryptoKey" ? cryptoKey2(a) : void 0;
}
function credentialFacet(a) {
  return a.assetType === "iam.googleapis.com/ServiceAccountKey" ? serviceAccountKey2(a) : void 0;
}

// providers/gcp/secrets.ts
var push = (c, findings) => {
  c.checked++;
  for (const f of findings) if (!c.found.some((x) => x.path === f.path && x.why === f.why)) c.found.push(f);
};
function metadataItems(c, items, base) {
  (list(items) ?? []).forEach((item, i) => {
    const key = str(get(item, "key"));
    const value = get(item, "value");
    if (!key || typeof value !== "string" || isHarmlessMetadataKey(key)) return;
    push(c, checkMetadataEntry(`${dataPath(`${base}[${i}]`)} (${key})`, key, value));
  });
}
function envList(c, env, base) {
  (list(env) ?? []).forEach((e, i) => {
    const name = str(get(e, "name")) ?? "";
    const value = get(e, "value");
    if (typeof value !== "string" || value === "") return void push(c, []);
    const f = checkNamedValue(`${dataPath(`${base}[${i}]`)}${name ? ` (${name})` : ""}`, name, value);
    push(c, f ? [f] : []);
  });
}
function envMap(c, map, base) {
  if (!isObject2(map)) return;
  for (const [name, value] of Object.entries(map)) {
    if (typeof value !== "string") continue;
    const f = checkNamedValue(`${dataPath(base)}.${name}`, name, value);
    push(c, f ? [f] : []);
  }
}
function containers(c, list_, base) {
  (list(list_) ?? []).forEach((x, i) => envList(c, get(x, "env"), `${base}[${i}].env`));
}
var READERS = {
  "compute.googleapis.com/Instance": (c, data) => metadataItems(c, get(data, "metadata.items"), "metadata.items"),
  "compute.googleapis.com/InstanceTemplate": templateMetadata,
  "compute.googleapis.com/RegionInstanceTemplate": templateMetadata,
  "run.googleapis.com/Service": runContainers,
  "run.googleapis.com/Job": runContainers,
  "cloudfunctions.googleapis.com/CloudFunction": (c, data) => {
    envMap(c, get(data, "environmentVariables"), "environmentVariables");
    envMap(c, get(data, "buildEnvironmentVariables"), "buildEnvironmentVariables");
  },
  "cloudfunctions.googleapis.com/Function": (c, data) => {
    envMap(c, get(data, "serviceConfig.environmentVariables"), "serviceConfig.environmentVariables");
    envMap(c, get(data, "buildConfig.environmentVariables"), "buildConfig.environmentVariables");
  }
};
function templateMetadata(c, data) {
  metadataItems(c, get(data, "properties.metadata.items"), "properties.metadata.items");
}
function runContainers(c, data) {
  containers(c, get(data, "spec.template.spec.containers"), "spec.template.spec.containers");
  containers(c, get(data, "spec.template.spec.template.spec.containers"), "spec.template.spec.template.spec.containers");
  containers(c, get(data, "template.containers"), "template.containers");
  containers(c, get(data, "template.template.containers"), "template.template.containers");
}
var SECRET_TYPES = Object.keys(READERS);
function plaintextSecretsFacet(a) {
  const read = READERS[a.assetType];
  const data = dataOf(a);
  if (!read || !data) return void 0;
  const c = { found: [], checked: 0 };
  read(c, data);
  if (c.checked === 0) return void 0;
  return { found: c.found, unknownPaths: [] };
}

// providers/gcp/log-protection.ts
var NO_DATA4 = "the record does not include the bucket settings";
function logBucketName(name) {
  const m = /projects\/([^/]+)\/locations\/([^/]+)\/buckets\/([^/]+)$/.exec(name);
  return m ? { project: m[1], location: m[2], bucket: m[3] } : void 0;
}
function auditSinksIntoLogBucket(a, ctx) {
  const me = logBucketName(a.name);
  if (!me) return [];
  return ctx.sinks.filter((s) => s.audit && s.destination.kind === "logging" && s.destination.location === me.location && s.destination.bucket === me.bucket && ctx.projectId(s.destination.project) === ctx.projectId(me.project)).map((s) => ({ path: "destination", from: s.name, note: "a log sink routing audit logs into this bucket" }));
}
function logBucket4(a, ctx) {
  const data = dataOf(a);
  const id = str(get(data, "bucketId")) ?? logBucketName(a.name)?.bucket;
  const wellKnown = id === "_Default" || id === "_Required";
  const label = wellKnown ? `${id} log bucket` : "Cloud Logging bucket";
  const cmek = str(get(data, "cmekSettings.kmsKeyName"));
  const encrypted = ev(dataPath("cmekSettings"), void 0, { note: cmek ? "customer-managed Cloud KMS key" : "Google encrypts logs at rest" });
  if (id === "_Required") return { label, encrypted: "yes", immutable: "yes", evidence: [ev("name", "_Required", { safe: true, note: "locked by Cloud Logging: 400 days, cannot be changed" }), encrypted] };
  const why = id === "_Default" ? [ev("name", "_Default", { safe: true, note: "receives the Data Access audit logs" })] : auditSinksIntoLogBucket(a, ctx);
  if (why.length === 0) return void 0;
  if (!data) return { label, encrypted: "yes", immutable: "unknown", evidence: [...why, ev("resource.data", void 0, { note: NO_DATA4 })], settle: "whether the log bucket is locked" };
  const locked = bool(get(data, "locked"));
  if (locked === true) return { label, encrypted: "yes", immutable: "yes", evidence: [...why, ev(dataPath("locked"), true, { note: "retention locked" }), encrypted] };
  return { label, encrypted: "yes", immutable: "no", evidence: [...why, ev(dataPath("locked"), locked === false ? false : void 0, { note: "the bucket is not locked: its retention can be shortened" }), encrypted] };
}
function storageBucket2(a, ctx) {
  const data = dataOf(a);
  const name = str(get(data, "name")) ?? /^\/\/storage\.googleapis\.com\/([^/]+)$/.exec(a.name)?.[1];
  const why = ctx.sinks.filter((s) => s.audit && s.destination.kind === "storage" && s.destination.bucket === name).map((s) => ({ path: "destination", from: s.name, note: "a log sink routing audit logs into this bucket" }));
  if (why.length === 0) return void 0;
  const label = "Cloud Storage bucket receiving audit logs";
  if (!data) return { label, encrypted: "yes", immutable: "unknown", evidence: [...why, ev("resource.data", void 0, { note: NO_DATA4 })], settle: "the retention policy (Bucket Lock) of the bucket" };
  const encrypted = ev(dataPath("encryption"), void 0, { note: str(get(data, "encryption.defaultKmsKeyName")) ? "customer-managed Cloud KMS key" : "Google encrypts objects at rest" });
  const period = num(get(data, "retentionPolicy.retentionPeriod"));
  const locked = bool(get(data, "retentionPolicy.isLocked")) === true;
  if (period !== void 0 && period > 0 && locked) {
    return { label, encrypted: "yes", immutable: "yes", evidence: [...why, ev(dataPath("retentionPolicy.isLocked"), true, { note: `retention policy locked: objects cannot be deleted for ${Math.floor(period / 86400)} days` }), encrypted] };
  }
  const note = period !== void 0 && period > 0 ? "a retention policy that is not locked: it can be removed" : "no retention policy: objects can be deleted or overwritten";
  return { label, encrypted: "yes", immutable: "no", evidence: [...why, ev(dataPath("retentionPolicy"), void 0, { note }), encrypted] };
}
function logProtectionFacet(a, ctx) {
  if (a.assetType === "logging.googleapis.com/LogBucket") return logBucket4(a, ctx);
  if (a.assetType === "storage.googleapis.com/Bucket") return storageBucket2(a, ctx);
  return void 0;
}

// providers/gcp/detection.ts
var NO_FLOW_LOGS_PURPOSES2 = /* @__PURE__ */ new Set(["REGIONAL_MANAGED_PROXY", "INTERNAL_HTTPS_LOAD_BALANCER", "GLOBAL_MANAGED_PROXY", "PRIVATE_SERVICE_CONNECT", "PRIVATE_NAT"]);
var NO_DATA5 = "the record does not include the resource settings";
function subnetFlowLogs2(a) {
  const label = "subnetwork";
  const data = dataOf(a);
  if (!data) return { label, enabled: "unknown", evidence: [ev("resource.data", void 0, { note: NO_DATA5 })], settle: "the logConfig of the subnetwork" };
  const purpose = str(get(data, "purpose"));
  if (purpose && NO_FLOW_LOGS_PURPOSES2.has(purpose)) return void 0;
  const enable = bool(get(data, "logConfig.enable"));
  const legacy = bool(get(data, "enableFlowLogs"));
  if (enable === true || enable === void 0 && legacy === true) {
    const sampling = num(get(data, "logConfig.flowSampling"));
    return { label, enabled: "yes", evidence: [ev(dataPath(enable === true ? "logConfig.enable" : "enableFlowLogs"), true, { note: sampling !== void 0 ? `flow sampling ${sampling}` : void 0 })] };
  }
  const path = enable === false ? "logConfig.enable" : legacy === false ? "enableFlowLogs" : "logConfig";
  return { label, enabled: "no", evidence: [ev(dataPath(path), enable === false || legacy === false ? false : void 0, { note: enable === void 0 && legacy === void 0 ? "no flow log configuration: VPC flow logs are off" : "VPC flow logs are off" })] };
}
function repositoryScanning2(a) {
  const data = dataOf(a);
  if (!data) return void 0;
  if (str(get(data, "format"))?.toUpperCase() !== "DOCKER" || str(get(data, "mode")) === "VIRTUAL_REPOSITORY") return void 0;
  const label = "Artifact Registry Docker repository";
  const state = str(get(data, "vulnerabilityScanningConfig.enablementState"));
  const config = str(get(data, "vulnerabilityScanningConfig.enablementConfig"));
  const reason = str(get(data, "vulnerabilityScanningConfig.enablementStateReason"));
  if (state === "SCANNING_ACTIVE") return { label, enabled: "yes", evidence: [ev(dataPath("vulnerabilityScanningConfig.enablementState"), state, { safe: true })] };
  if (state === "SCANNING_DISABLED" || config === "DISABLED") {
    return { label, enabled: "no", evidence: [ev(dataPath(state ? "vulnerabilityScanningConfig.enablementState" : "vulnerabilityScanningConfig.enablementConfig"), state ?? config, { safe: true, note: reason ? "see enablementStateReason" : void 0 })] };
  }
  if (state === "SCANNING_UNSUPPORTED") return void 0;
  return {
    label,
    enabled: "unknown",
    evidence: [ev(dataPath("vulnerabilityScanningConfig"), void 0, { note: "no scanning state in the record" })],
    settle: "whether containerscanning.googleapis.com is enabled in the repository's project (gcloud services list --enabled)"
  };
}
function network2(a) {
  const data = dataOf(a);
  const name = str(get(data, "name")) ?? /\/networks\/([^/]+)$/.exec(a.name)?.[1];
  if (name === "default") return { label: "VPC network", isDefault: "yes", evidence: [ev(data ? dataPath("name") : "name", "default", { safe: true, note: "the default network" })] };
  if (!data) return { label: "VPC network", isDefault: "unknown", evidence: [ev("resource.data", void 0, { note: NO_DATA5 })] };
  if (bool(get(data, "autoCreateSubnetworks")) === true) {
    return { label: "auto-mode VPC network", isDefault: "yes", evidence: [ev(dataPath("autoCreateSubnetworks"), true, { note: "auto mode, like the default network: a subnet in every region with the same ranges in every such network" })] };
  }
  return { label: "VPC network", isDefault: "no", evidence: [ev(dataPath("autoCreateSubnetworks"), false, { note: "custom-mode network" })] };
}
function flowLogFacet(a) {
  return a.assetType === "compute.googleapis.com/Subnetwork" ? subnetFlowLogs2(a) : void 0;
}
function vulnerabilityScanFacet(a) {
  return a.assetType === "artifactregistry.googleapis.com/Repository" ? repositoryScanning2(a) : void 0;
}
function defaultNetworkFacet(a) {
  return a.assetType === "compute.googleapis.com/Network" ? network2(a) : void 0;
}
var SETTLE5 = "the Security Command Center services of the project (gcloud scc manage services list --project=PROJECT_ID --location=global), read by `cldscan scan --gcp` with securitycentermanagement.securityCenterServices.list";
function securityCommandCenterFacet(a, ctx) {
  if (!a.iamPolicy) return void 0;
  const self = hierarchyName(a.name);
  const read = self ? ctx.securityCenterOf(self.slice("projects/".length)) : void 0;
  const base = { service: "Security Command Center", where: "the project" };
  if (!read) {
    return { ...base, enabled: "unknown", evidence: [{ path: "securityCenterServices", value: null, note: "not read: Cloud Asset Inventory does not record the activation of Security Command Center" }], settle: SETTLE5 };
  }
  const on = read.filter((s) => DETECTION_SERVICES.has(s.service) && s.state === "ENABLED");
  if (on.length) return { ...base, enabled: "yes", evidence: on.map((s) => ev("securityCenterServices", s.state, { safe: true, note: s.service })) };
  const evidence2 = read.map((s) => ev("securityCenterServices", s.state, { safe: /^[A-Z_]+$/.test(s.state ?? ""), note: `${s.service}${DETECTION_SERVICES.has(s.service) ? "" : " (not a detection service)"}` }));
  return { ...base, enabled: "no", evidence: evidence2.length ? evidence2 : [{ path: "securityCenterServices", value: 0, note: "no Security Command Center service for the project" }] };
}

// providers/gcp/registry.ts
function each(types, builder) {
  return Object.fromEntries([...types].map((t) => [t, builder]));
}
var LIVE_TABLES = [
  { storage: each(Object.keys(STORES), storageFacet) },
  { dataLocations: each(DATA_TYPES, dataLocationsFacet) },
  { ingress: each(["compute.googleapis.com/Firewall"], ingressFacet), adminEndpoint: each(["container.googleapis.com/Cluster", SQL2], adminEndpointFacet) },
  { identity: each(HIERARCHY, identityFacet), auditTrail: { ...each([FOLDER, ORGANIZATION], auditTrailFacet), ...each([PROJECT], projectAuditTrail) }, detection: each([PROJECT], securityCommandCenterFacet) },
  { logStore: each([LOG_BUCKET, BUCKET, DATASET], logStoreFacet), logProtection: each([LOG_BUCKET, BUCKET], logProtectionFacet) },
  { backup: each([SQL2, ...DISK_TYPES2, BUCKET], backupFacet), backupVault: each(["backupdr.googleapis.com/BackupVault"], backupVaultFacet) },
  { transit: each([...Object.keys(TLS_PROXIES), ...HTTP_PROXIES, SQL2], transitFacet) },
  { key: each(["cloudkms.googleapis.com/CryptoKey"], keyFacet), credential: each(["iam.googleapis.com/ServiceAccountKey"], credentialFacet) },
  { plaintextSecrets: each(SECRET_TYPES, plaintextSecretsFacet) },
  { flowLog: each(["compute.googleapis.com/Subnetwork"], flowLogFacet), vulnerabilityScan: each(["artifactregistry.googleapis.com/Repository"], vulnerabilityScanFacet) },
  { defaultNetwork: each(["compute.googleapis.com/Network"], defaultNetworkFacet) },
  { availability: each(Object.keys(AVAILABILITY_LABELS), availabilityFacet) },
  { publicAccess: each([BUCKET], publicAccessFacet) }
];
var GCP_REGISTRY = {
  cloud: "gcp",
  plan: PLAN_TABLES,
  live: LIVE_TABLES,
  twins: {
    google_storage_bucket: BUCKET,
    google_compute_disk: "compute.googleapis.com/Disk",
    google_compute_region_disk: "compute.googleapis.com/RegionDisk",
    google_compute_snapshot: "compute.googleapis.com/Snapshot",
    google_compute_image: "compute.googleapis.com/Image",
    google_compute_instance: "compute.googleapis.com/Instance",
    google_compute_instance_template: "compute.googleapis.com/InstanceTemplate",
    google_compute_region_instance_template: "compute.googleapis.com/RegionInstanceTemplate",
    google_compute_instance_group_manager: "compute.googleapis.com/InstanceGroupManager",
    google_compute_region_instance_group_manager: "compute.googleapis.com/RegionInstanceGroupManager",
    google_compute_network: "compute.googleapis.com/Network",
    google_compute_subnetwork: "compute.googleapis.com/Subnetwork",
    google_compute_firewall: "compute.googleapis.com/Firewall",
    google_compute_target_https_proxy: "compute.googleapis.com/TargetHttpsProxy",
    google_compute_region_target_https_proxy: "compute.googleapis.com/RegionTargetHttpsProxy",
    google_compute_target_ssl_proxy: "compute.googleapis.com/TargetSslProxy",
    google_compute_target_http_proxy: "compute.googleapis.com/TargetHttpProxy",
    google_compute_region_target_http_proxy: "compute.googleapis.com/RegionTargetHttpProxy",
    google_sql_database_instance: SQL2,
    google_bigquery_dataset: "bigquery.googleapis.com/Dataset",
    google_bigquery_table: "bigquery.googleapis.com/Table",
    google_pubsub_topic: "pubsub.googleapis.com/Topic",
    google_redis_instance: "redis.googleapis.com/Instance",
    google_spanner_database: "spanner.googleapis.com/Database",
    google_filestore_instance: "file.googleapis.com/Instance",
    google_artifact_registry_repository: "artifactregistry.googleapis.com/Repository",
    google_container_cluster: "container.googleapis.com/Cluster",
    google_kms_crypto_key: "cloudkms.googleapis.com/CryptoKey",
    google_service_account_key: "iam.googleapis.com/ServiceAccountKey",
    google_cloud_run_service: "run.googleapis.com/Service",
    google_cloud_run_v2_service: "run.googleapis.com/Service",
    google_cloud_run_v2_job: "run.googleapis.com/Job",
    google_cloudfunctions_function: "cloudfunctions.googleapis.com/CloudFunction",
    google_cloudfunctions2_function: "cloudfunctions.googleapis.com/Function",
    google_backup_dr_backup_vault: "backupdr.googleapis.com/BackupVault",
    google_logging_project_bucket_config: LOG_BUCKET,
    google_logging_folder_bucket_config: LOG_BUCKET,
    google_logging_organization_bucket_config: LOG_BUCKET,
    google_logging_billing_account_bucket_config: LOG_BUCKET,
    google_project: PROJECT,
    google_project_iam_policy: PROJECT,
    google_project_iam_binding: PROJECT,
    google_project_iam_member: PROJECT,
    google_project_iam_audit_config: PROJECT,
    google_folder_iam_policy: FOLDER,
    google_folder_iam_binding: FOLDER,
    google_folder_iam_member: FOLDER,
    google_folder_iam_audit_config: FOLDER,
    google_organization_iam_policy: ORGANIZATION,
    google_organization_iam_binding: ORGANIZATION,
    google_organization_iam_member: ORGANIZATION,
    google_organization_iam_audit_config: ORGANIZATION
  }
};

// providers/gcp/resource.ts
var LIVE = compile("gcp live", GCP_REGISTRY.live);
function facetsOf(a, ctx) {
  return buildFacets(LIVE(a.assetType), a, ctx);
}
var LABEL_PATHS = ["labels", "settings.userLabels", "resourceLabels", "metadata.labels", "properties.labels"];
function labelsOf(a) {
  const data = dataOf(a);
  if (!data) return void 0;
  for (const path of LABEL_PATHS) {
    const v = get(data, path);
    if (!isObject2(v)) continue;
    const entries = Object.entries(v).filter((e) => typeof e[1] === "string");
    if (entries.length) return Object.fromEntries(entries);
  }
  return void 0;
}
var categoryOf = (owner) => `gcp/${owner}`;
function toResource(a, ctx, where) {
  const owner = ownerOf(a, ctx) ?? where.fallbackOwner ?? "unknown";
  const facets = facetsOf(a, ctx);
  const resource = {
    id: a.name,
    provider: "gcp",
    nativeType: a.assetType,
    region: facets.dataLocations ? facets.dataLocations.locations.find((l) => l.role === "primary")?.region : regionOfAsset(a),
    source: { origin: "live", category: categoryOf(owner), input: where.input ?? `live/gcp/${owner}`, scope: owner, ...where.location ? { location: where.location } : {} },
    facets
  };
  const tags = labelsOf(a);
  if (tags) resource.tags = tags;
  return resource;
}

export {
  isObject2 as isObject,
  normaliseRecord,
  fromClientAsset,
  DEFAULT_RETRY,
  isRetryable,
  CALL_OPTIONS,
  createClient,
  sccRecord,
  sccBaseUrl,
  sccRetryable,
  listSccServices,
  describeSccError,
  PROJECT,
  FOLDER,
  ORGANIZATION,
  LOG_SINK,
  BUCKET,
  LOG_DESTINATION_TYPES,
  SSL_POLICY_TYPES,
  URL_MAP_TYPES,
  RESOURCE_POLICY,
  CONTEXT_TYPES,
  InventoryContext,
  ownerOf,
  DATA_TYPES,
  regionOf,
  STORES,
  PROXY_TYPES,
  GCP_REGISTRY,
  categoryOf,
  toResource
};
