import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  isPublicSource
} from "./chunk-I4GDKXBT.mjs";
import {
  allOf,
  anyOf,
  attr,
  blocks,
  configured,
  copiedWhy,
  evidenceAt,
  formatPath,
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
  azurePairedRegion
} from "./chunk-LUEYLY3S.mjs";
import {
  checkNamedValue,
  decodeUserData,
  scanObject,
  scanScript
} from "./chunk-7GYEOXBL.mjs";

// src/yield.ts
var Ticker = class {
  constructor(everyMs = 50) {
    this.everyMs = everyMs;
  }
  everyMs;
  last = Date.now();
  /**
   * Whether `everyMs` have passed since the last turn: then the caller awaits `turn()`. Asked per
   * resource, so it is a plain call: awaiting something on every resource would cost a promise
   * and a trip through the microtask queue each time.
   */
  due() {
    return Date.now() - this.last >= this.everyMs;
  }
  /** One turn of the event loop. */
  async turn() {
    await new Promise((resolve) => setImmediate(resolve));
    this.last = Date.now();
  }
};
function runSync(steps) {
  for (; ; ) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
async function runPausing(steps) {
  const ticker = new Ticker();
  for (; ; ) {
    const step = steps.next();
    if (step.done) return step.value;
    if (ticker.due()) await ticker.turn();
  }
}

// providers/azure/records.ts
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function key(obj, name) {
  if (Object.prototype.hasOwnProperty.call(obj, name)) return name;
  const lower3 = name.toLowerCase();
  for (const k of Object.keys(obj)) if (k.toLowerCase() === lower3) return k;
  return void 0;
}
function get(obj, path2, prefix = "") {
  let cur = obj;
  let spelled = prefix;
  for (const part of path2.split(".")) {
    const k = isObject(cur) ? key(cur, part) : void 0;
    if (k === void 0) return { value: void 0, path: prefix ? `${prefix}.${path2}` : path2, found: false };
    cur = cur[k];
    spelled = spelled ? `${spelled}.${k}` : k;
  }
  return { value: cur, path: spelled, found: cur !== void 0 && cur !== null };
}
function prop(rec, path2, prefix = "") {
  const p = key(rec, "properties");
  const props = p === void 0 ? void 0 : rec[p];
  if (isObject(props)) {
    const got2 = get(props, path2, prefix ? `${prefix}.${p}` : p);
    return got2.found ? got2 : { ...got2, path: `${prefix ? `${prefix}.` : ""}properties.${path2}` };
  }
  const got = get(rec, path2, prefix);
  return got.found ? got : { ...got, path: `${prefix ? `${prefix}.` : ""}properties.${path2}` };
}
function field(rec, path2) {
  const got = get(rec, path2);
  return got.found ? got : { ...got, path: path2 };
}
function str(g) {
  return typeof g.value === "string" && g.value !== "" ? g.value : void 0;
}
function bool(g) {
  if (typeof g.value === "boolean") return g.value;
  if (typeof g.value === "string" && /^(true|false)$/i.test(g.value)) return g.value.toLowerCase() === "true";
  return void 0;
}
function num(g) {
  if (typeof g.value === "number" && Number.isFinite(g.value)) return g.value;
  if (typeof g.value === "string" && /^-?\d+$/.test(g.value) && Number.isFinite(Number(g.value))) return Number(g.value);
  return void 0;
}
function list(g) {
  return Array.isArray(g.value) ? g.value : void 0;
}
var lower = (s) => s.toLowerCase();
var SUBSCRIPTION_TYPE = "microsoft.resources/subscriptions";
function typeOf(rec) {
  const t = field(rec, "type").value;
  if (typeof t === "string" && t !== "") return t.toLowerCase();
  return typeof field(rec, "subscriptionId").value === "string" && /^\/subscriptions\/[^/]+$/i.test(idOf(rec) ?? "") ? SUBSCRIPTION_TYPE : "";
}
function armId(id) {
  return /^(subscriptions|providers|tenants)\//i.test(id) ? `/${id}` : id;
}
function idOf(rec) {
  const id = field(rec, "id").value;
  return typeof id === "string" && id !== "" ? armId(id) : void 0;
}
function idAt(g) {
  const s = str(g);
  return s === void 0 ? void 0 : armId(s);
}
function subscriptionOf(rec) {
  const declared = field(rec, "subscriptionId").value;
  if (typeof declared === "string" && declared) return declared.toLowerCase();
  const m = /^\/subscriptions\/([^/]+)/i.exec(idOf(rec) ?? "");
  return m ? m[1].toLowerCase() : void 0;
}
function parentId(id) {
  const m = /^(.*\/providers\/[^/]+\/[^/]+\/[^/]+)((?:\/[^/]+\/[^/]+)+)$/i.exec(id);
  if (!m) return void 0;
  const rest = m[2].split("/").filter(Boolean);
  return rest.length >= 2 ? `${m[1]}${rest.length > 2 ? `/${rest.slice(0, -2).join("/")}` : ""}` : void 0;
}
function isAzureRecord(v) {
  if (!isObject(v)) return false;
  const id = idOf(v);
  return id !== void 0 && /^\/(subscriptions|providers)\//i.test(id) && typeOf(v).includes("/");
}
function ev(g, opts = {}) {
  return evidenceAt(g.path, g.value ?? null, opts);
}
function children(details, suffix) {
  const items = [];
  let complete = false;
  const end = `/${suffix}`;
  for (const r of details.records) {
    if (!typeOf(r).endsWith(end)) continue;
    const value = field(r, "value").value;
    if (Array.isArray(value) && idOf(r) !== void 0 && field(r, "properties").value === void 0) {
      complete = true;
      for (const v of value) if (isObject(v)) items.push(v);
    } else items.push(r);
  }
  return { items, complete };
}
function nestedDetails(rec) {
  const nested = field(rec, "resources").value;
  return Array.isArray(nested) ? nested.filter(isObject) : [];
}

// providers/azure/knowledge/key-rotation.ts
function isoDays(text) {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/i.exec(text.trim());
  if (!m || text.trim().length < 3) return void 0;
  const [, y, mo, w, d, h, mi, s] = m.map((x) => x === void 0 ? 0 : Number(x));
  const days = y * 365 + mo * 30 + w * 7 + d + h / 24 + mi / 1440 + s / 86400;
  return Math.round(days * 100) / 100;
}
function rotationDays(afterCreation, beforeExpiry, expireAfter) {
  if (afterCreation !== void 0) return isoDays(afterCreation) ?? "unknown";
  if (beforeExpiry !== void 0 && expireAfter !== void 0) {
    const a = isoDays(expireAfter);
    const b = isoDays(beforeExpiry);
    return a !== void 0 && b !== void 0 ? Math.max(0, Math.round((a - b) * 100) / 100) : "unknown";
  }
  return "unknown";
}

// providers/azure/storage.ts
function facet(service, encrypted, key2, evidence, settle) {
  const out = { service, encrypted, key: encrypted === "no" ? "none" : key2, evidence };
  if (settle && (encrypted === "unknown" || encrypted === "yes" && key2 === "unknown")) out.settle = settle;
  return out;
}
var ALWAYS = (what) => `${what} are always encrypted at rest by Azure`;
function storageAccount(r) {
  const source = prop(r, "encryption.keySource");
  const infra = prop(r, "encryption.requireInfrastructureEncryption");
  const s = str(source);
  const key2 = s === void 0 ? "unknown" : /keyvault/i.test(s) ? "customer" : lower(s) === "microsoft.storage" ? "provider" : "unknown";
  const evidence = [ev(source, { safe: true, note: ALWAYS("storage accounts") })];
  if (infra.found) evidence.push(ev(infra));
  return facet("storage account", "yes", key2, evidence, "properties.encryption.keySource of the storage account");
}
function disk(service) {
  return (r) => {
    const type = prop(r, "encryption.type");
    const set = prop(r, "encryption.diskEncryptionSetId");
    const ade = prop(r, "encryptionSettingsCollection.enabled");
    const cvm = prop(r, "securityProfile.secureVMDiskEncryptionSetId");
    const t = str(type);
    let key2 = "unknown";
    if (bool(ade) === true || str(cvm) !== void 0 || t !== void 0 && /customerkey/i.test(t)) key2 = "customer";
    else if (t !== void 0 && /^EncryptionAtRestWithPlatformKey$/i.test(t)) key2 = "provider";
    const evidence = [ev(type, { safe: true, note: ALWAYS("managed disks") })];
    if (set.found) evidence.push(ev(set));
    if (ade.found) evidence.push(ev(ade, { note: "Azure Disk Encryption" }));
    return facet(service, "yes", key2, evidence, "properties.encryption.type of the disk");
  };
}
function vm(base) {
  return (r) => {
    const at2 = (p) => prop(r, base ? `${base}.${p}` : p);
    const host = at2("securityProfile.encryptionAtHost");
    const storageProfile = at2("storageProfile");
    const set = at2("storageProfile.osDisk.managedDisk.diskEncryptionSet.id");
    const configured2 = storageProfile.found;
    const flag = bool(host);
    const encrypted = flag === true ? "yes" : flag === false || configured2 ? "no" : "unknown";
    const key2 = str(set) !== void 0 ? "customer" : configured2 ? "provider" : "unknown";
    const evidence = [
      ev(host, { note: flag === void 0 && configured2 ? "not set: encryption at host is off by default; temp disks and host caches are not encrypted" : "managed disks are encrypted by the platform; temp disks and host caches only with encryption at host" })
    ];
    if (set.found) evidence.push(ev(set));
    return facet("VM host (temp disks and caches)", encrypted, key2, evidence, "properties.securityProfile.encryptionAtHost and the storage profile of the VM");
  };
}
function isSystemDatabase(r) {
  const id = idOf(r) ?? "";
  return /\/databases\/master$/i.test(id) || /(^|,)system(,|$)/i.test(str(prop(r, "kind")) ?? String(r.kind ?? ""));
}
function tdeState(tde) {
  const state = prop(tde, "state");
  return state.found ? state : prop(tde, "status");
}
function sqlDatabase(r, details) {
  if (isSystemDatabase(r)) return void 0;
  const tde = children(details, "transparentdataencryption").items[0];
  const evidence = [];
  let encrypted = "unknown";
  if (tde) {
    const state = tdeState(tde);
    const s = str(state);
    encrypted = s === void 0 ? "unknown" : lower(s) === "enabled" ? "yes" : lower(s) === "disabled" ? "no" : "unknown";
    evidence.push(ev({ ...state, path: `transparentDataEncryption/current.${state.path}` }, { safe: true, ...idOf(tde) ? { from: idOf(tde) } : {} }));
  } else {
    evidence.push({ path: "transparentDataEncryption/current", note: "the TDE state of the database was not read" });
  }
  const own = prop(r, "encryptionProtector");
  let key2 = "unknown";
  if (str(own) !== void 0) {
    key2 = "customer";
    evidence.push(ev(own, { note: "database-level customer-managed key" }));
  } else {
    const protector = children(details, "encryptionprotector").items[0];
    if (protector) {
      const kind = prop(protector, "serverKeyType");
      const k = str(kind);
      key2 = k === void 0 ? "unknown" : lower(k) === "azurekeyvault" ? "customer" : lower(k) === "servicemanaged" ? "provider" : "unknown";
      evidence.push(ev({ ...kind, path: `encryptionProtector/current.${kind.path}` }, { safe: true, ...idOf(protector) ? { from: idOf(protector) } : {} }));
    }
  }
  const settle = encrypted === "unknown" ? "the transparentDataEncryption/current child of the database (GET \u2026/transparentDataEncryption/current?api-version=2021-11-01, or az sql db tde show)" : "the TDE protector of the server (GET \u2026/encryptionProtector/current, or az sql server tde-key show)";
  return facet("Azure SQL database", encrypted, key2, evidence, settle);
}
function flexibleServer(service) {
  return (r) => {
    const type = prop(r, "dataEncryption.type");
    const t = str(type);
    const key2 = t === void 0 ? "unknown" : lower(t) === "azurekeyvault" ? "customer" : lower(t) === "systemmanaged" ? "provider" : "unknown";
    return facet(service, "yes", key2, [ev(type, { safe: true, note: ALWAYS("flexible servers") })], "properties.dataEncryption.type of the server");
  };
}
function singleServer(service) {
  return (r) => {
    const byok = prop(r, "byokEnforcement");
    const infra = prop(r, "infrastructureEncryption");
    const b = str(byok);
    const key2 = b === void 0 ? "unknown" : lower(b) === "enabled" ? "customer" : lower(b) === "disabled" ? "provider" : "unknown";
    const evidence = [ev(byok, { safe: true, note: ALWAYS("Azure Database servers") })];
    if (infra.found) evidence.push(ev(infra, { safe: true }));
    return facet(service, "yes", key2, evidence, "properties.byokEnforcement of the server");
  };
}
function cosmosAccount(r) {
  const keyUri = prop(r, "keyVaultKeyUri");
  const anchor = prop(r, "databaseAccountOfferType");
  const key2 = str(keyUri) !== void 0 ? "customer" : anchor.found ? "provider" : "unknown";
  return facet("Cosmos DB account", "yes", key2, [ev(keyUri, { note: ALWAYS("Cosmos DB accounts") })], "properties.keyVaultKeyUri of the account");
}
function workspace(r) {
  const cluster = prop(r, "features.clusterResourceId");
  const anchor = prop(r, "retentionInDays");
  const key2 = str(cluster) !== void 0 ? "unknown" : anchor.found ? "provider" : "unknown";
  return facet(
    "Log Analytics workspace",
    "yes",
    key2,
    [ev(cluster, { note: str(cluster) ? "linked to a dedicated cluster: its customer-managed key, if any, protects the data" : ALWAYS("Log Analytics workspaces") })],
    "the key of the dedicated Log Analytics cluster the workspace is linked to"
  );
}
function messagingNamespace(service) {
  return (r) => {
    const source = prop(r, "encryption.keySource");
    const vaultKeys = list(prop(r, "encryption.keyVaultProperties"));
    const anchor = prop(r, "serviceBusEndpoint");
    const s = str(source);
    const key2 = s !== void 0 && /keyvault/i.test(s) || (vaultKeys?.length ?? 0) > 0 ? "customer" : s !== void 0 ? "unknown" : anchor.found ? "provider" : "unknown";
    const note = s === void 0 && anchor.found ? `not set: the platform-managed key; ${ALWAYS(`${service}s`)}` : ALWAYS(`${service}s`);
    return facet(service, "yes", key2, [ev(source, { safe: true, note })], `properties.encryption.keySource of the ${service}`);
  };
}
var STORAGE_BUILDERS = {
  "microsoft.storage/storageaccounts": storageAccount,
  "microsoft.compute/disks": disk("managed disk"),
  "microsoft.compute/snapshots": disk("Disk snapshot"),
  "microsoft.compute/virtualmachines": vm(""),
  "microsoft.compute/virtualmachinescalesets": vm("virtualMachineProfile"),
  "microsoft.sql/servers/databases": sqlDatabase,
  "microsoft.dbforpostgresql/flexibleservers": flexibleServer("PostgreSQL flexible server"),
  "microsoft.dbformysql/flexibleservers": flexibleServer("MySQL flexible server"),
  "microsoft.dbforpostgresql/servers": singleServer("PostgreSQL server"),
  "microsoft.dbformysql/servers": singleServer("MySQL server"),
  "microsoft.documentdb/databaseaccounts": cosmosAccount,
  "microsoft.operationalinsights/workspaces": workspace,
  "microsoft.eventhub/namespaces": messagingNamespace("Event Hubs namespace"),
  "microsoft.servicebus/namespaces": messagingNamespace("Service Bus namespace")
};

// providers/azure/backups.ts
var ALWAYS2 = (what) => `${what} are always backed up by the service`;
function retention(service, g, always, settle) {
  const days = num(g);
  const out = { service, enabled: "yes", retentionDays: days ?? "unknown", evidence: [{ path: "id", note: always }, ev(g)] };
  if (days === void 0) out.settle = settle;
  return out;
}
function sqlDatabase2(r, details) {
  if (isSystemDatabase(r)) return void 0;
  if (str(prop(r, "secondaryType")) || /datawarehouse/i.test(str(field(r, "sku.tier")) ?? "") || /datawarehouse/i.test(str(field(r, "kind")) ?? "")) return void 0;
  const policy = children(details, "backupshorttermretentionpolicies").items[0];
  const always = "Azure SQL databases are always backed up (point-in-time restore)";
  if (!policy) {
    return {
      service: "Azure SQL database",
      enabled: "yes",
      retentionDays: "unknown",
      evidence: [{ path: "id", note: always }, { path: "backupShortTermRetentionPolicies/default", note: "the short-term retention policy of the database was not read" }],
      settle: "the backupShortTermRetentionPolicies/default child of the database (GET \u2026/backupShortTermRetentionPolicies/default?api-version=2021-11-01, or az sql db str-policy show)"
    };
  }
  const days = prop(policy, "retentionDays");
  return retention("Azure SQL database", { ...days, path: `backupShortTermRetentionPolicies/default.${days.path}` }, always, "properties.retentionDays of the short-term retention policy");
}
function serverRetention(service, path2) {
  return (r) => retention(service, prop(r, path2), ALWAYS2(`${service}s`), `properties.${path2} of the server`);
}
function cosmosAccount2(r) {
  const service = "Cosmos DB account";
  const always = ALWAYS2("Cosmos DB accounts");
  const type = prop(r, "backupPolicy.type");
  const t = str(type);
  if (t === void 0) return { service, enabled: "yes", retentionDays: "unknown", evidence: [{ path: "id", note: always }, ev(type, { safe: true })], settle: "properties.backupPolicy of the account" };
  if (lower(t) === "continuous") {
    const tier2 = prop(r, "backupPolicy.continuousModeProperties.tier");
    const days = /7days/i.test(str(tier2) ?? "") ? 7 : 30;
    return { service, enabled: "yes", retentionDays: days, evidence: [{ path: "id", note: always }, ev(type, { safe: true }), ev(tier2, { safe: true, ...str(tier2) ? {} : { note: "no tier: continuous backups are kept 30 days" } })] };
  }
  const hours = prop(r, "backupPolicy.periodicModeProperties.backupRetentionIntervalInHours");
  const h = num(hours);
  if (h === void 0) return { service, enabled: "yes", retentionDays: "unknown", evidence: [{ path: "id", note: always }, ev(type), ev(hours)], settle: "properties.backupPolicy.periodicModeProperties of the account" };
  return { service, enabled: "yes", retentionDays: Math.round(h / 24 * 100) / 100, evidence: [{ path: "id", note: always }, ev(type), ev(hours)] };
}
function vaultFacet(label, soft, immutability, softOn) {
  const s = str(soft);
  const i = str(immutability);
  const softTruth = s === void 0 ? "unknown" : softOn(s) ? "yes" : "no";
  const locked = i !== void 0 && /^(locked|unlocked)$/i.test(i);
  const immutable = locked || softTruth === "yes" ? "yes" : softTruth === "unknown" || i === void 0 ? "unknown" : "no";
  const evidence = [ev(soft, { safe: true }), ev(immutability, { safe: true }), { path: "id", note: "backup data is always encrypted at rest" }];
  const out = { label, immutable, encrypted: "yes", evidence };
  if (immutable === "unknown") out.settle = "properties.securitySettings of the vault (soft delete and immutability)";
  return out;
}
function recoveryVault(r) {
  return vaultFacet("Recovery Services vault", prop(r, "securitySettings.softDeleteSettings.softDeleteState"), prop(r, "securitySettings.immutabilitySettings.state"), (v) => /^(enabled|alwayson)$/i.test(v));
}
function backupVault(r) {
  return vaultFacet("Backup vault", prop(r, "securitySettings.softDeleteSettings.state"), prop(r, "securitySettings.immutabilitySettings.state"), (v) => /^(on|alwayson)$/i.test(v));
}
var PROTECTED_ITEM = "microsoft.recoveryservices/vaults/backupfabrics/protectioncontainers/protecteditems";
var BACKUP_INSTANCE = "microsoft.dataprotection/backupvaults/backupinstances";
var PROTECTION_TYPES = /* @__PURE__ */ new Set([PROTECTED_ITEM, BACKUP_INSTANCE]);
var BACKUP_POLICY_TYPES = /* @__PURE__ */ new Set(["microsoft.recoveryservices/vaults/backuppolicies", "microsoft.dataprotection/backupvaults/backuppolicies"]);
function protectedId(r) {
  const id = str(prop(r, "sourceResourceId")) ?? str(prop(r, "dataSourceInfo.resourceID"));
  return id ? lower(id) : void 0;
}
function policyIdOf(r) {
  const id = str(prop(r, "policyId")) ?? str(prop(r, "policyInfo.policyId"));
  return id ? lower(id) : void 0;
}
var PROTECTIONS = "Microsoft.RecoveryServices/vaults/backupFabrics/protectionContainers/protectedItems";
var ProtectionIndex = class {
  byTarget = /* @__PURE__ */ new Map();
  policies = /* @__PURE__ */ new Map();
  /** Keeps a protection or policy record; false for any other record. */
  add(r) {
    const type = typeOf(r);
    if (PROTECTION_TYPES.has(type)) {
      const target = protectedId(r);
      if (target) (this.byTarget.get(target) ?? this.byTarget.set(target, []).get(target)).push(r);
      return true;
    }
    if (BACKUP_POLICY_TYPES.has(type)) {
      const id = idOf(r);
      if (id) this.policies.set(lower(id), r);
      return true;
    }
    return false;
  }
  /** The details to join to a VM or managed disk; none for other records. */
  detailsFor(r) {
    const type = typeOf(r);
    if (type !== "microsoft.compute/virtualmachines" && type !== "microsoft.compute/disks") return [];
    const id = lower(idOf(r) ?? "");
    const vm2 = lower(str(field(r, "managedBy")) ?? "");
    const items = [...this.byTarget.get(id) ?? [], ...vm2 ? this.byTarget.get(vm2) ?? [] : []];
    const policies = /* @__PURE__ */ new Map();
    for (const i of items) {
      const p = policyIdOf(i);
      const policy = p ? this.policies.get(p) : void 0;
      if (policy) policies.set(p, policy);
    }
    return [{ id: `${idOf(r)}/protectedItems`, type: PROTECTIONS, value: items }, ...policies.values()];
  }
};
var DURATION_DAYS = { days: 1, weeks: 7, months: 30, years: 365 };
function policyDays(policy) {
  const evidence = [];
  let days;
  const keep = (d, g) => {
    if (d === void 0) return;
    days = Math.max(days ?? 0, d);
    evidence.push(ev(g, { safe: true }));
  };
  for (const path2 of ["retentionPolicy.retentionDuration", ...["daily", "weekly", "monthly", "yearly"].map((s) => `retentionPolicy.${s}Schedule.retentionDuration`)]) {
    const count = prop(policy, `${path2}.count`);
    const unit = DURATION_DAYS[lower(str(prop(policy, `${path2}.durationType`)) ?? "")];
    const n = num(count);
    keep(n !== void 0 && unit !== void 0 ? n * unit : void 0, count);
  }
  const rules = list(prop(policy, "policyRules")) ?? [];
  rules.forEach((rule, i) => {
    if (!isObject(rule)) return;
    (list(get(rule, "lifecycles")) ?? []).forEach((l, j) => {
      const duration = get(l, "deleteAfter.duration", `properties.policyRules[${i}].lifecycles[${j}]`);
      const text = str(duration);
      keep(text ? isoDays(text) : void 0, duration);
    });
  });
  return days === void 0 ? void 0 : { days, evidence };
}
function protects(state) {
  return !/stopped|paused|suspended|removed|notprotected|failed|softdelet/i.test(state ?? "");
}
function protection(service) {
  return (_r, details) => {
    const { items, complete } = children(details, "protecteditems");
    const state = (i) => str(prop(i, "protectionState")) ?? str(prop(i, "protectionStatus.status"));
    const active = items.filter((i) => protects(state(i)));
    if (active.length) {
      const policies = new Map(children(details, "backuppolicies").items.map((p) => [lower(idOf(p) ?? ""), p]));
      const evidence = active.map((i) => ({ path: `${idOf(i) ?? PROTECTIONS}`, value: state(i) ?? null, safe: true, note: "protected by Azure Backup" }));
      let best;
      for (const i of active) {
        const policy = policies.get(policyIdOf(i) ?? "");
        const kept = policy ? policyDays(policy) : void 0;
        if (!kept) continue;
        best = Math.max(best ?? 0, kept.days);
        evidence.push(...kept.evidence.map((e) => ({ ...e, path: `${idOf(policy) ?? "backupPolicies"}.${e.path}` })));
      }
      if (best !== void 0) return { service, enabled: "yes", retentionDays: best, evidence };
      return { service, enabled: "yes", retentionDays: "unknown", evidence, settle: "the retention of the backup policy that protects it (az backup policy show)" };
    }
    if (complete) {
      return { service, enabled: "no", evidence: [{ path: "protectedItems", value: null, note: items.length ? "protection stopped" : "no protected item or backup instance among those read names it" }] };
    }
    return {
      service,
      enabled: "unknown",
      evidence: [{ path: "protectedItems", value: null, note: "Recovery Services protected items and Backup vault instances were not read" }],
      settle: `whether Azure Backup protects the ${service} (Resource Graph: recoveryservicesresources protectedItems by properties.sourceResourceId; az dataprotection backup-instance list)`
    };
  };
}
function blobVersioning(r, details) {
  if (lower(str(field(r, "kind")) ?? "") === "filestorage") return void 0;
  const service = "storage account";
  const via = "versioning";
  const blob = children(details, "blobservices").items[0];
  if (!blob) {
    return { service, via, enabled: "unknown", evidence: [{ path: "blobServices/default", value: null, note: "the blob service properties of the account were not read" }], settle: "the blobServices/default properties of the account (isVersioningEnabled, deleteRetentionPolicy; az storage account blob-service-properties show)" };
  }
  const versioning = prop(blob, "isVersioningEnabled");
  if (versioning.value === true) return { service, via, enabled: "yes", evidence: [ev({ ...versioning, path: `blobServices/default.${versioning.path}` })] };
  const soft = prop(blob, "deleteRetentionPolicy.enabled");
  const days = prop(blob, "deleteRetentionPolicy.days");
  const evidence = [ev({ ...versioning, path: `blobServices/default.${versioning.path}` }, { note: versioning.value === void 0 ? "not set: blob versioning is off" : void 0 }), ev({ ...soft, path: `blobServices/default.${soft.path}` })];
  if (soft.value !== true) return { service, via, enabled: "no", evidence };
  const d = num(days);
  evidence.push(ev({ ...days, path: `blobServices/default.${days.path}` }));
  return d === void 0 ? { service, via, enabled: "yes", retentionDays: "unknown", evidence, settle: "deleteRetentionPolicy.days of the blob service" } : { service, via, enabled: "yes", retentionDays: d, evidence };
}
var BACKUP_BUILDERS = {
  "microsoft.sql/servers/databases": sqlDatabase2,
  "microsoft.dbforpostgresql/flexibleservers": serverRetention("PostgreSQL flexible server", "backup.backupRetentionDays"),
  "microsoft.dbformysql/flexibleservers": serverRetention("MySQL flexible server", "backup.backupRetentionDays"),
  "microsoft.dbforpostgresql/servers": serverRetention("PostgreSQL server", "storageProfile.backupRetentionDays"),
  "microsoft.dbformysql/servers": serverRetention("MySQL server", "storageProfile.backupRetentionDays"),
  "microsoft.documentdb/databaseaccounts": cosmosAccount2,
  "microsoft.compute/virtualmachines": protection("virtual machine"),
  "microsoft.compute/disks": protection("managed disk"),
  "microsoft.storage/storageaccounts": blobVersioning
};
var VAULT_BUILDERS = {
  "microsoft.recoveryservices/vaults": recoveryVault,
  "microsoft.dataprotection/backupvaults": backupVault
};

// providers/azure/plan/values.ts
function read(r, path2) {
  const a = attr(r, path2);
  if (a.state === "known" && a.value === "") return { state: "unset", value: null, path: a.path };
  return a;
}
function knownString(r, path2) {
  const a = read(r, path2);
  return a.state === "known" && typeof a.value === "string" ? a.value : void 0;
}
function readBool(r, path2, unsetDefault, computedDefault) {
  const a = read(r, path2);
  if (a.state === "known") return { truth: a.value === true ? "yes" : "no", attr: a };
  if (a.state === "unset") return { truth: unsetDefault === void 0 ? "unknown" : unsetDefault ? "yes" : "no", attr: a };
  if (computedDefault !== void 0 && configured(r, path2) === "no") return { truth: computedDefault ? "yes" : "no", attr: a };
  return { truth: "unknown", attr: a };
}
function readStrings(r, path2) {
  const a = read(r, path2);
  if (a.state === "unknown") return "unknown";
  if (a.state === "unset") return [];
  const list2 = Array.isArray(a.value) ? a.value : [a.value];
  const out = [];
  for (let i = 0; i < list2.length; i++) {
    if (attr(r, `${a.path}${Array.isArray(a.value) ? `[${i}]` : ""}`).state === "unknown") return "unknown";
    const v = list2[i];
    if (typeof v === "string" && v !== "") out.push(v);
  }
  return out;
}
function ev2(r, a, opts = {}) {
  const at2 = typeof a === "string" ? read(r, a) : a;
  const value = at2.state === "known" ? at2.value : at2.state === "unset" ? null : void 0;
  const note = at2.state === "unknown" ? opts.note ? `${opts.note} (known after apply)` : "known after apply" : opts.note;
  return evidenceAt(at2.path, value, { safe: opts.safe, sensitive: isSensitivePath(r, at2.path), note, from: opts.from });
}
function evFrom(other, a, opts = {}) {
  return ev2(other, a, { ...opts, from: other.address });
}
function sameResourceGroup(a, b) {
  const ra = knownString(a, "resource_group_name");
  const rb = knownString(b, "resource_group_name");
  return ra === void 0 || rb === void 0 || ra.toLowerCase() === rb.toLowerCase();
}
function idSet(r, path2, links, types) {
  const a = read(r, path2);
  if (a.state === "known") return "yes";
  if (a.state === "unset") return "no";
  if (configured(r, path2) === "no") return "no";
  return links && types && links.targets(r, path2, types).length > 0 ? "yes" : "unknown";
}
function configuredStrings(r, path2) {
  const list2 = readStrings(r, path2);
  return list2 === "unknown" && configured(r, path2) === "no" ? [] : list2;
}
var lower2 = (s) => s.toLowerCase();
function readNumber(r, path2, serviceDefault) {
  const a = read(r, path2);
  if (a.state === "known") {
    const n = typeof a.value === "number" ? a.value : typeof a.value === "string" && /^\d+(\.\d+)?$/.test(a.value) ? Number(a.value) : void 0;
    return { value: n ?? "unknown", attr: a, defaulted: false };
  }
  if (a.state === "unset" || configured(r, path2) === "no") return { value: serviceDefault, attr: a, defaulted: serviceDefault !== void 0 };
  return { value: "unknown", attr: a, defaulted: false };
}
function readEnum(r, path2, serviceDefault) {
  const a = read(r, path2);
  if (a.state === "known") return { value: String(a.value), attr: a, defaulted: false };
  if (a.state === "unset" || configured(r, path2) === "no") return { value: serviceDefault, attr: a, defaulted: serviceDefault !== void 0 };
  return { value: "unknown", attr: a, defaulted: false };
}
function firstPresent(r, paths) {
  const has = (p) => {
    const top = p.split(/[.[]/)[0];
    const unknown = r.unknownTree;
    return r.values[top] !== void 0 && r.values[top] !== null || typeof unknown === "object" && unknown !== null && unknown[top] === true;
  };
  return paths.find(has) ?? paths[0];
}
var WEB_APPS = [
  "azurerm_linux_web_app",
  "azurerm_windows_web_app",
  "azurerm_linux_function_app",
  "azurerm_windows_function_app",
  "azurerm_linux_web_app_slot",
  "azurerm_windows_web_app_slot",
  "azurerm_linux_function_app_slot",
  "azurerm_windows_function_app_slot",
  "azurerm_app_service",
  "azurerm_app_service_slot",
  "azurerm_function_app",
  "azurerm_function_app_slot"
];

// providers/azure/plan/availability.ts
function facet2(label, multiZone, evidence, settle) {
  return { label, multiZone, evidence, ...multiZone === "unknown" ? { settle } : {} };
}
function mssqlDatabase(r) {
  const z = readBool(r, "zone_redundant", false, false);
  return facet2("Azure SQL database", z.truth, [ev2(r, z.attr)], "zone_redundant of the database once applied");
}
function flexibleServer2(label) {
  return (r) => {
    const mode = readEnum(r, "high_availability[0].mode", "Disabled");
    const truth = mode.value === "unknown" ? "unknown" : mode.value !== void 0 && /^zoneredundant$/i.test(mode.value) ? "yes" : "no";
    return facet2(label, truth, [ev2(r, mode.attr, { safe: true, ...mode.defaulted ? { note: "no high_availability block: no standby" } : {} })], "high_availability of the server once applied");
  };
}
function zonal(label, path2 = "zones") {
  return (r) => {
    const zones = configuredStrings(r, path2);
    const truth = zones === "unknown" ? "unknown" : zones.length >= 2 ? "yes" : "no";
    return facet2(label, truth, [ev2(r, path2, { note: zones === "unknown" ? "known after apply" : `${zones.length} zone(s)` })], `${path2} once applied`);
  };
}
function storageAccount2(r) {
  const rep = readEnum(r, "account_replication_type", void 0);
  const truth = rep.value === void 0 || rep.value === "unknown" ? "unknown" : /ZRS$/i.test(rep.value) ? "yes" : "no";
  return facet2("storage account", truth, [ev2(r, rep.attr, { safe: true })], "account_replication_type once applied");
}
var AVAILABILITY = {
  availability: {
    azurerm_mssql_database: mssqlDatabase,
    azurerm_postgresql_flexible_server: flexibleServer2("PostgreSQL flexible server"),
    azurerm_mysql_flexible_server: flexibleServer2("MySQL flexible server"),
    azurerm_application_gateway: zonal("Application Gateway"),
    azurerm_redis_cache: zonal("Azure Cache for Redis"),
    azurerm_kubernetes_cluster: zonal("AKS default node pool", "default_node_pool[0].zones"),
    azurerm_kubernetes_cluster_node_pool: zonal("AKS node pool"),
    azurerm_linux_virtual_machine_scale_set: zonal("VM scale set"),
    azurerm_windows_virtual_machine_scale_set: zonal("VM scale set"),
    azurerm_storage_account: storageAccount2
  }
};

// providers/azure/plan/backups.ts
var DAY_NOTE = (days, what) => `not set: Azure keeps ${what} ${days} days`;
function facet3(service, retention2, r, always, defaultDays) {
  const evidence = [
    { path: "id", note: always },
    ev2(r, retention2.attr, retention2.defaulted ? { note: DAY_NOTE(defaultDays, "backups") } : {})
  ];
  const out = { service, enabled: "yes", retentionDays: retention2.value ?? defaultDays, evidence };
  if (retention2.value === "unknown") out.settle = `${retention2.attr.path} once applied`;
  return out;
}
function mssqlDatabase2(r) {
  const mode = knownString(r, "create_mode");
  if (mode && /^(secondary|onlinesecondary)$/i.test(mode)) return void 0;
  if (/^DW/i.test(knownString(r, "sku_name") ?? "")) return void 0;
  const policy = blocks(r, "short_term_retention_policy");
  const always = "Azure SQL databases are always backed up (point-in-time restore)";
  if (policy === "unknown" && configured(r, "short_term_retention_policy") !== "no") {
    return { service: "Azure SQL database", enabled: "yes", retentionDays: "unknown", evidence: [{ path: "id", note: always }, ev2(r, "short_term_retention_policy")], settle: "short_term_retention_policy once applied" };
  }
  return facet3("Azure SQL database", readNumber(r, "short_term_retention_policy[0].retention_days", 7), r, always, 7);
}
function serverBackups(service) {
  return (r) => facet3(service, readNumber(r, "backup_retention_days", 7), r, `${service}s are always backed up by the service`, 7);
}
function cosmosAccount3(r) {
  const service = "Cosmos DB account";
  const always = "Cosmos DB accounts are always backed up (periodic or continuous mode)";
  const type = readEnum(r, "backup[0].type", "Periodic");
  if (type.value === "unknown") return { service, enabled: "yes", retentionDays: "unknown", evidence: [{ path: "id", note: always }, ev2(r, type.attr)], settle: "backup[0].type once applied" };
  if (type.value?.toLowerCase() === "continuous") {
    const tier2 = readEnum(r, "backup[0].tier", "Continuous30Days");
    const evidence2 = [{ path: "id", note: always }, ev2(r, type.attr, { safe: true }), ev2(r, tier2.attr, { safe: true, ...tier2.defaulted ? { note: "not set: continuous backups are kept 30 days" } : {} })];
    if (tier2.value === "unknown") return { service, enabled: "yes", retentionDays: "unknown", evidence: evidence2, settle: "backup[0].tier once applied" };
    return { service, enabled: "yes", retentionDays: /7days/i.test(tier2.value ?? "") ? 7 : 30, evidence: evidence2 };
  }
  const hours = readNumber(r, "backup[0].retention_in_hours", 8);
  const evidence = [
    { path: "id", note: always },
    ev2(r, type.attr, { safe: true, ...type.defaulted ? { note: "not set: periodic backups" } : {} }),
    ev2(r, hours.attr, hours.defaulted ? { note: "not set: periodic backups are kept 8 hours" } : {})
  ];
  if (hours.value === "unknown") return { service, enabled: "yes", retentionDays: "unknown", evidence, settle: "backup[0].retention_in_hours once applied" };
  return { service, enabled: "yes", retentionDays: Math.round((hours.value ?? 8) / 24 * 100) / 100, evidence };
}
function policyRetention(policy) {
  const evidence = [];
  let days = 0;
  for (const [block, factor] of [["retention_daily", 1], ["retention_weekly", 7], ["retention_monthly", 30], ["retention_yearly", 365]]) {
    const list2 = blocks(policy, block);
    if (list2 === "unknown") return { days: "unknown", evidence: [evFrom(policy, block)] };
    if (!list2.length) continue;
    const count = read(policy, `${block}[0].count`);
    if (count.state === "unknown") return { days: "unknown", evidence: [evFrom(policy, count)] };
    if (count.state === "known" && typeof count.value === "number") {
      days = Math.max(days, count.value * factor);
      evidence.push(evFrom(policy, count));
    }
  }
  return { days, evidence };
}
var BACKUP_TYPES = [
  "azurerm_recovery_services_vault",
  "azurerm_backup_policy_vm",
  "azurerm_backup_protected_vm",
  "azurerm_data_protection_backup_vault",
  "azurerm_data_protection_backup_policy_disk",
  "azurerm_data_protection_backup_instance_disk"
];
function unprotected(service, links) {
  if (BACKUP_TYPES.some((t) => links.ofType(t).length > 0)) {
    return { service, enabled: "no", evidence: [{ path: "azurerm_backup_protected_vm", value: null, note: "the plan manages Azure Backup but protects nothing of this resource" }] };
  }
  return {
    service,
    enabled: "unknown",
    evidence: [{ path: "azurerm_backup_protected_vm", value: null, note: "no Azure Backup resource in this plan: protection may be configured elsewhere" }],
    settle: `whether a Recovery Services vault or Backup vault protects the ${service} once applied (az backup item list, az dataprotection backup-instance list)`
  };
}
function protectedVm(r, ctx) {
  const { links } = ctx;
  const items = links.sources(r, "azurerm_backup_protected_vm", "source_vm_id");
  if (!items.length) return unprotected("virtual machine", links);
  const evidence = [];
  let best;
  for (const item of items) {
    evidence.push(evFrom(item, "source_vm_id", { note: "protected by Azure Backup" }));
    const policy = links.targets(item, "backup_policy_id", ["azurerm_backup_policy_vm", "azurerm_backup_policy_vm_workload"])[0];
    if (!policy) {
      evidence.push(evFrom(item, "backup_policy_id", { note: "backup policy not in the plan" }));
      if (best === void 0) best = "unknown";
      continue;
    }
    const kept = policyRetention(policy);
    evidence.push(...kept.evidence);
    if (kept.days !== "unknown") best = typeof best === "number" ? Math.max(best, kept.days) : kept.days;
    else if (best === void 0) best = "unknown";
  }
  const out = { service: "virtual machine", enabled: "yes", retentionDays: best ?? "unknown", evidence };
  if (out.retentionDays === "unknown") out.settle = "the retention of the VM backup policy (azurerm_backup_policy_vm)";
  return out;
}
function diskPolicyRetention(policy) {
  const paths = ["default_retention_duration"];
  const rules = blocks(policy, "retention_rule");
  if (rules === "unknown") return { days: "unknown", evidence: [evFrom(policy, "retention_rule")] };
  rules.forEach((_, i) => paths.push(`retention_rule[${i}].duration`));
  let days = 0;
  const evidence = [];
  for (const path2 of paths) {
    const a = read(policy, path2);
    const d = a.state === "known" && typeof a.value === "string" ? isoDays(a.value) : void 0;
    if (a.state === "unknown" || a.state === "known" && d === void 0) return { days: "unknown", evidence: [evFrom(policy, a)] };
    if (d !== void 0) {
      days = Math.max(days, d);
      evidence.push(evFrom(policy, a, { safe: true }));
    }
  }
  return { days, evidence };
}
function managedDisk(r, ctx) {
  const { links } = ctx;
  const service = "managed disk";
  let best;
  for (const inst of links.sources(r, "azurerm_data_protection_backup_instance_disk", "disk_id")) {
    const evidence = [evFrom(inst, "disk_id", { note: "protected by a Backup vault" })];
    const policy = links.targets(inst, "backup_policy_id", ["azurerm_data_protection_backup_policy_disk"])[0];
    const kept = policy ? diskPolicyRetention(policy) : { days: "unknown", evidence: [evFrom(inst, "backup_policy_id", { note: "backup policy not in the plan" })] };
    const candidate = { service, enabled: "yes", retentionDays: kept.days, evidence: [...evidence, ...kept.evidence] };
    if (!best || typeof kept.days === "number" && (typeof best.retentionDays !== "number" || kept.days > best.retentionDays)) best = candidate;
  }
  for (const att of links.sources(r, "azurerm_virtual_machine_data_disk_attachment", "managed_disk_id")) {
    for (const vm2 of links.targets(att, "virtual_machine_id", ["azurerm_linux_virtual_machine", "azurerm_windows_virtual_machine", "azurerm_virtual_machine"])) {
      const viaVm = protectedVm(vm2, ctx);
      if (viaVm.enabled !== "yes") continue;
      const candidate = { ...viaVm, service, evidence: [evFrom(att, "virtual_machine_id", { note: "attached to a protected VM: backed up with it" }), ...viaVm.evidence] };
      if (!best || typeof candidate.retentionDays === "number" && (typeof best.retentionDays !== "number" || candidate.retentionDays > best.retentionDays)) best = candidate;
    }
  }
  if (!best) return unprotected(service, links);
  if (best.retentionDays === "unknown") best.settle = "the retention of the backup policy of the disk or its VM";
  return best;
}
function blobVersioning2(r) {
  if (/^filestorage$/i.test(knownString(r, "account_kind") ?? "")) return void 0;
  const service = "storage account";
  const via = "versioning";
  const applied = (path2) => setting(r, path2).state === "unset" ? [] : blocks(r, path2);
  const versioning = readBool(r, "blob_properties[0].versioning_enabled", false, false);
  if (versioning.truth === "yes") return { service, via, enabled: "yes", evidence: [ev2(r, versioning.attr)] };
  const policy = applied("blob_properties") === "unknown" ? "unknown" : applied("blob_properties[0].delete_retention_policy");
  if (versioning.truth === "unknown" || policy === "unknown") {
    return { service, via, enabled: "unknown", evidence: [ev2(r, versioning.attr), ev2(r, "blob_properties[0].delete_retention_policy")], settle: "blob_properties (versioning_enabled, delete_retention_policy) once applied" };
  }
  const off = ev2(r, versioning.attr, { note: versioning.attr.state === "known" ? void 0 : "not set: blob versioning is off" });
  if (!policy.length) return { service, via, enabled: "no", evidence: [off, { path: "blob_properties[0].delete_retention_policy", value: null, note: "not set: blob soft delete is off" }] };
  const days = readNumber(r, "blob_properties[0].delete_retention_policy[0].days", 7);
  const evidence = [off, ev2(r, days.attr, days.defaulted ? { note: "not set: deleted blobs are kept 7 days" } : {})];
  if (days.value === "unknown") return { service, via, enabled: "yes", retentionDays: "unknown", evidence, settle: "blob_properties.delete_retention_policy.days once applied" };
  return { service, via, enabled: "yes", retentionDays: days.value ?? 7, evidence };
}
function recoveryVault2(r) {
  const soft = readBool(r, "soft_delete_enabled", true, true);
  const immutability = readEnum(r, "immutability", "Disabled");
  return vaultFacet2("Recovery Services vault", soft.truth, immutability.value, [ev2(r, soft.attr), ev2(r, immutability.attr, { safe: true, ...immutability.defaulted ? { note: "not set: immutability is disabled" } : {} })]);
}
function backupVault2(r) {
  const soft = readEnum(r, "soft_delete", "On");
  const immutability = readEnum(r, "immutability", "Disabled");
  const softTruth = soft.value === "unknown" ? "unknown" : soft.value !== void 0 && /^(on|alwayson)$/i.test(soft.value) ? "yes" : "no";
  return vaultFacet2("Backup vault", softTruth, immutability.value, [
    ev2(r, soft.attr, { safe: true, ...soft.defaulted ? { note: "not set: soft delete is on" } : {} }),
    ev2(r, immutability.attr, { safe: true, ...immutability.defaulted ? { note: "not set: immutability is disabled" } : {} })
  ]);
}
function vaultFacet2(label, softDelete, immutability, evidence) {
  const immutable = immutability !== void 0 && /^(locked|unlocked)$/i.test(immutability) ? "yes" : softDelete === "yes" ? "yes" : softDelete === "unknown" || immutability === "unknown" ? "unknown" : "no";
  const out = { label, immutable, encrypted: "yes", evidence: [...evidence, { path: "id", note: "backup data is always encrypted at rest" }] };
  if (immutable === "unknown") out.settle = "the soft delete and immutability settings of the vault once applied";
  return out;
}
var BACKUPS = {
  backup: {
    azurerm_mssql_database: mssqlDatabase2,
    azurerm_postgresql_flexible_server: serverBackups("PostgreSQL flexible server"),
    azurerm_mysql_flexible_server: serverBackups("MySQL flexible server"),
    azurerm_postgresql_server: serverBackups("PostgreSQL server"),
    azurerm_mysql_server: serverBackups("MySQL server"),
    azurerm_cosmosdb_account: cosmosAccount3,
    azurerm_linux_virtual_machine: protectedVm,
    azurerm_windows_virtual_machine: protectedVm,
    azurerm_virtual_machine: protectedVm,
    azurerm_managed_disk: managedDisk,
    azurerm_storage_account: blobVersioning2
  },
  backupVault: {
    azurerm_recovery_services_vault: recoveryVault2,
    azurerm_data_protection_backup_vault: backupVault2
  }
};

// providers/azure/plan/credentials.ts
function clientSecret(label) {
  return (r) => ({
    label,
    longLivedKey: "yes",
    evidence: [ev2(r, "end_date", { safe: true, note: "a client secret: prefer a managed identity or workload identity federation" })]
  });
}
var CREDENTIALS = {
  credential: {
    azuread_application_password: clientSecret("application client secret"),
    azuread_service_principal_password: clientSecret("service principal client secret")
  }
};

// providers/azure/knowledge/defender.ts
var DEFENDER_PLANS = {
  virtualmachines: "Microsoft Defender for Servers",
  storageaccounts: "Microsoft Defender for Storage",
  sqlservers: "Microsoft Defender for Azure SQL",
  containers: "Microsoft Defender for Containers"
};

// providers/azure/plan/detection.ts
function planOf(r) {
  const t = readEnum(r, "resource_type", "VirtualMachines");
  return { name: t.value === void 0 ? "virtualmachines" : t.value.toLowerCase(), attr: t.attr };
}
function tierOf(r) {
  const tier2 = readEnum(r, "tier", void 0);
  return tier2.value === void 0 || tier2.value === "unknown" ? "unknown" : /^standard$/i.test(tier2.value) ? "yes" : "no";
}
function extensionOn(r, name) {
  const list2 = blocks(r, "extension");
  if (list2 === "unknown") return "unknown";
  return list2.some((e) => typeof e.name === "string" && e.name.toLowerCase() === name.toLowerCase()) ? "yes" : "no";
}
function pricingDetection(r) {
  const plan = planOf(r);
  const service = plan.name === "unknown" ? void 0 : DEFENDER_PLANS[plan.name];
  if (!service) return void 0;
  const enabled = tierOf(r);
  const out = { service, enabled, evidence: [ev2(r, plan.attr, { safe: true }), ev2(r, "tier", { safe: true })] };
  if (plan.name === "storageaccounts" && enabled === "yes") {
    const sub = readEnum(r, "subplan", void 0);
    const v2 = sub.value === "unknown" ? "unknown" : sub.value !== void 0 && /v2$/i.test(sub.value) ? "yes" : "no";
    const ext = extensionOn(r, "OnUploadMalwareScanning");
    out.malwareProtection = allOf([v2, ext]);
    out.evidence.push(ev2(r, sub.attr, { safe: true }), { path: "extension", note: ext === "yes" ? "OnUploadMalwareScanning on" : ext === "no" ? "OnUploadMalwareScanning not listed" : "extensions known after apply" });
  }
  return out;
}
function pricingVulnerability(r) {
  const plan = planOf(r);
  if (plan.name !== "virtualmachines" && plan.name !== "containers") return void 0;
  const enabled = tierOf(r);
  const label = plan.name === "virtualmachines" ? "subscription's machines (Defender for Servers vulnerability assessment)" : "subscription's container images (Defender for Containers)";
  const out = { label, enabled, evidence: [ev2(r, plan.attr, { safe: true }), ev2(r, "tier", { safe: true })] };
  if (enabled === "unknown") out.settle = "the tier of the Defender plan once applied";
  return out;
}
function containerRegistry(_r, { links }) {
  const pricings = links.ofType("azurerm_security_center_subscription_pricing");
  const relevant2 = pricings.filter((p) => ["containers", "cloudposture", "containerregistry"].includes(planOf(p).name));
  const evidence = relevant2.map((p) => evFrom(p, "tier", { safe: true, note: `Defender plan ${String(planOf(p).name)}` }));
  const tiers = relevant2.map(tierOf);
  const label = "container registry";
  if (tiers.includes("yes")) return { label, enabled: "yes", evidence };
  const names2 = new Set(relevant2.filter((p) => tierOf(p) === "no").map((p) => planOf(p).name));
  if (names2.has("containers") && names2.has("cloudposture")) return { label, enabled: "no", evidence };
  return {
    label,
    enabled: "unknown",
    evidence: evidence.length ? evidence : [{ path: "id", note: "no Defender for Containers or Defender CSPM plan in the plan: registry scanning is a subscription setting" }],
    settle: "the Defender for Containers (or Defender CSPM) plan of the subscription: az security pricing show -n Containers"
  };
}
var FLOW_LOG = "azurerm_network_watcher_flow_log";
function flowLogsOf(target, links) {
  const logs = [...links.sources(target, FLOW_LOG, "target_resource_id"), ...links.sources(target, FLOW_LOG, "network_security_group_id")];
  if (!logs.length) return { truth: "no", evidence: [] };
  const states = logs.map((l) => readBool(l, "enabled", void 0));
  return { truth: anyOf(states.map((s) => s.truth)), evidence: logs.map((l, i) => evFrom(l, states[i].attr)) };
}
function subnetsOf(vnet, links) {
  return [
    ...links.sources(vnet, "azurerm_subnet", "virtual_network_name").filter((s) => sameResourceGroup(s, vnet)),
    ...links.sources(vnet, "azurerm_subnet", "virtual_network_id")
  ];
}
function subnetCovered(subnet, links) {
  const own = flowLogsOf(subnet, links);
  if (own.truth === "yes") return own;
  const evidence = [...own.evidence];
  const truths = [own.truth];
  for (const assoc of links.sources(subnet, "azurerm_subnet_network_security_group_association", "subnet_id")) {
    for (const nsg2 of links.targets(assoc, "network_security_group_id", ["azurerm_network_security_group"])) {
      const viaNsg = flowLogsOf(nsg2, links);
      truths.push(viaNsg.truth);
      evidence.push(...viaNsg.evidence);
    }
  }
  return { truth: anyOf(truths), evidence };
}
function virtualNetwork(r, { links }) {
  const label = "virtual network";
  const direct = flowLogsOf(r, links);
  if (direct.truth === "yes") return { label, enabled: "yes", evidence: direct.evidence };
  const subnets = subnetsOf(r, links).map((s) => ({ s, c: subnetCovered(s, links) }));
  const inline = blocks(r, "subnet");
  const inlineTruths = [];
  const evidence = [...direct.evidence];
  if (inline !== "unknown") {
    inline.forEach((_, i) => {
      const nsgs = links.targets(r, `subnet[${i}].security_group`, ["azurerm_network_security_group"]);
      const c = nsgs.map((n) => flowLogsOf(n, links));
      inlineTruths.push(anyOf(c.map((x) => x.truth)));
      for (const x of c) evidence.push(...x.evidence);
    });
  }
  const truths = [...subnets.map((x) => x.c.truth), ...inlineTruths];
  for (const x of subnets) evidence.push(...x.c.evidence);
  const all = truths.length ? allOf(truths) : "no";
  const enabled = direct.truth === "unknown" && all !== "yes" ? "unknown" : all;
  if (enabled === "no" && !evidence.length) evidence.push({ path: "id", note: "no azurerm_network_watcher_flow_log in the plan covers this virtual network or its subnets" });
  else if (enabled === "no") evidence.push({ path: "subnet", note: "not every subnet is covered by a flow log" });
  const out = { label, enabled, evidence };
  if (enabled === "unknown") out.settle = "the flow logs of the virtual network (azurerm_network_watcher_flow_log) once applied";
  return out;
}
var DETECTION = {
  detection: { azurerm_security_center_subscription_pricing: pricingDetection },
  vulnerabilityScan: {
    azurerm_security_center_subscription_pricing: pricingVulnerability,
    azurerm_container_registry: containerRegistry
  },
  flowLog: { azurerm_virtual_network: virtualNetwork }
};

// providers/azure/knowledge/ip-ranges.ts
function toInt(ip) {
  const parts = ip.trim().split(".");
  if (parts.length !== 4) return void 0;
  let n = 0;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return void 0;
    n = n * 256 + Number(p);
  }
  return n;
}
function toIp(n) {
  return [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join(".");
}
function rangeToCidrs(start, end) {
  let lo = toInt(start);
  const hi = toInt(end);
  if (lo === void 0 || hi === void 0 || lo > hi) return void 0;
  const out = [];
  while (lo <= hi) {
    let size = 32;
    while (size > 0) {
      const block = 2 ** (32 - (size - 1));
      if (lo % block !== 0 || lo + block - 1 > hi) break;
      size--;
    }
    out.push(`${toIp(lo)}/${size}`);
    lo += 2 ** (32 - size);
  }
  return out;
}

// providers/azure/knowledge/endpoints.ts
var AZURE_SERVICES_NOTE = "0.0.0.0\u20130.0.0.0 admits every Azure service, of any tenant";
function endpoint(kind, label, access, networks, settle) {
  if (access.truth === "no") return { kind, label, publicAccess: "no", allowedNetworks: [], evidence: access.evidence };
  const n = networks();
  const out = { kind, label, publicAccess: access.truth, allowedNetworks: n.networks, evidence: [...access.evidence, ...n.evidence] };
  if (access.truth === "unknown" || n.networks === "unknown") out.settle = settle;
  return out;
}
function parsePorts(spec) {
  const s = spec.trim();
  if (s === "*") return "all";
  const m = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(s);
  if (!m) return void 0;
  const from = Number(m[1]);
  return [{ from, to: m[2] === void 0 ? from : Number(m[2]) }];
}

// providers/azure/plan/endpoints.ts
var SQL_RULE = { start: "start_ip_address", end: "end_ip_address" };
function firewallNetworks(server2, links, specs) {
  const out = [];
  const evidence = [];
  let unknown = false;
  for (const spec of specs) {
    let rules = links.sources(server2, spec.type, spec.path);
    if (spec.byName) rules = rules.filter((x) => sameResourceGroup(x, server2));
    for (const rule of rules) {
      const start = read(rule, spec.start);
      const end = read(rule, spec.end);
      if (start.state !== "known" || end.state !== "known") {
        unknown = true;
        evidence.push(evFrom(rule, start, { safe: true }));
        continue;
      }
      const s = String(start.value);
      const e = String(end.value);
      if (s === "0.0.0.0" && e === "0.0.0.0") {
        out.push("0.0.0.0");
        evidence.push(evFrom(rule, start, { safe: true, note: AZURE_SERVICES_NOTE }));
        continue;
      }
      const cidrs = rangeToCidrs(s, e);
      if (!cidrs) unknown = true;
      else for (const item of cidrs) out.push(item);
      evidence.push(evFrom(rule, start, { safe: true, note: `to ${e}` }));
    }
  }
  if (!unknown && !out.length && !evidence.length) evidence.push({ path: "id", note: "no firewall rule in the plan: the server firewall admits no address" });
  return { networks: unknown ? "unknown" : out, evidence };
}
function publicFlag(r) {
  const flag = readBool(r, "public_network_access_enabled", true, true);
  return { truth: flag.truth, evidence: [ev2(r, flag.attr)] };
}
function privateUnlessPublic(r, links, subnetPath, publicAccess) {
  const subnet = idSet(r, subnetPath, links, ["azurerm_subnet"]);
  const subnetEvidence = ev2(r, subnetPath);
  if (subnet === "yes") return { truth: "no", evidence: [{ ...subnetEvidence, note: "VNet-integrated: no public endpoint" }] };
  const flag = publicAccess();
  if (subnet === "unknown" && flag.truth !== "no") return { truth: "unknown", evidence: [subnetEvidence, ...flag.evidence] };
  return flag;
}
var SERVER_SETTLE = "the firewall rules of the server once applied";
function mssqlServer(r, { links }) {
  return endpoint("database", "Azure SQL server endpoint", publicFlag(r), () => firewallNetworks(r, links, [
    { type: "azurerm_mssql_firewall_rule", path: "server_id", ...SQL_RULE },
    { type: "azurerm_sql_firewall_rule", path: "server_name", byName: true, ...SQL_RULE }
  ]), SERVER_SETTLE);
}
function postgresFlexible(r, { links }) {
  return endpoint("database", "PostgreSQL flexible server endpoint", privateUnlessPublic(r, links, "delegated_subnet_id", () => publicFlag(r)), () => firewallNetworks(r, links, [{ type: "azurerm_postgresql_flexible_server_firewall_rule", path: "server_id", ...SQL_RULE }]), SERVER_SETTLE);
}
function mysqlPublic(r) {
  const text = read(r, "public_network_access");
  if (text.state === "known") return { truth: String(text.value).toLowerCase() === "enabled" ? "yes" : "no", evidence: [ev2(r, text, { safe: true })] };
  if (text.state === "unknown" && configured(r, "public_network_access") !== "no") return { truth: "unknown", evidence: [ev2(r, text, { safe: true })] };
  return publicFlag(r);
}
function mysqlFlexible(r, { links }) {
  return endpoint("database", "MySQL flexible server endpoint", privateUnlessPublic(r, links, "delegated_subnet_id", () => mysqlPublic(r)), () => firewallNetworks(r, links, [{ type: "azurerm_mysql_flexible_server_firewall_rule", path: "server_name", byName: true, ...SQL_RULE }]), SERVER_SETTLE);
}
function singleServer2(label, ruleType) {
  return (r, { links }) => endpoint("database", label, publicFlag(r), () => firewallNetworks(r, links, [{ type: ruleType, path: "server_name", byName: true, ...SQL_RULE }]), SERVER_SETTLE);
}
function cosmosAccount4(r) {
  return endpoint("database", "Cosmos DB account endpoint", publicFlag(r), () => {
    const a = read(r, "ip_range_filter");
    const vnetOnly = readBool(r, "is_virtual_network_filter_enabled", false);
    const evidence = [ev2(r, a, { safe: true }), ev2(r, vnetOnly.attr)];
    let list2;
    if (a.state === "known" && typeof a.value === "string") list2 = a.value.split(",").map((x) => x.trim()).filter(Boolean);
    else list2 = configuredStrings(r, "ip_range_filter");
    if (list2 === "unknown") return { networks: "unknown", evidence };
    if (list2.includes("0.0.0.0")) evidence.push({ path: "ip_range_filter", value: "0.0.0.0", note: AZURE_SERVICES_NOTE });
    if (list2.length) return { networks: list2, evidence };
    if (vnetOnly.truth === "unknown") return { networks: "unknown", evidence };
    return { networks: vnetOnly.truth === "yes" ? [] : "any", evidence };
  }, "the IP filter of the account once applied");
}
function redisCache(r, { links }) {
  return endpoint("database", "Azure Cache for Redis endpoint", privateUnlessPublic(r, links, "subnet_id", () => publicFlag(r)), () => {
    const n = firewallNetworks(r, links, [{ type: "azurerm_redis_firewall_rule", path: "redis_cache_name", byName: true, start: "start_ip", end: "end_ip" }]);
    return n.networks !== "unknown" && n.networks.length === 0 ? { networks: "any", evidence: [{ path: "id", note: "no azurerm_redis_firewall_rule: every address is admitted" }] } : n;
  }, "the firewall rules of the cache once applied");
}
function aksCluster(r) {
  const priv = readBool(r, "private_cluster_enabled", false, false);
  const access = { truth: priv.truth === "yes" ? "no" : priv.truth === "no" ? "yes" : "unknown", evidence: [ev2(r, priv.attr)] };
  return endpoint("kubernetes-api", "AKS cluster API endpoint", access, () => {
    const paths = ["api_server_access_profile[0].authorized_ip_ranges", "api_server_authorized_ip_ranges"];
    const lists = paths.map((p) => ({ path: p, list: configuredStrings(r, p) }));
    if (lists.some((l) => l.list === "unknown")) return { networks: "unknown", evidence: paths.map((p) => ev2(r, p)) };
    const found = lists.flatMap((l) => l.list.map((value) => ({ path: l.path, value })));
    if (!found.length) return { networks: "any", evidence: paths.map((p) => ev2(r, p, { note: "no authorized IP ranges" })) };
    return { networks: [...new Set(found.map((f) => f.value))], evidence: found };
  }, "the authorized IP ranges of the API server once applied");
}
var ENDPOINTS = {
  adminEndpoint: {
    azurerm_kubernetes_cluster: aksCluster,
    azurerm_mssql_server: mssqlServer,
    azurerm_postgresql_flexible_server: postgresFlexible,
    azurerm_mysql_flexible_server: mysqlFlexible,
    azurerm_postgresql_server: singleServer2("PostgreSQL server endpoint", "azurerm_postgresql_firewall_rule"),
    azurerm_mysql_server: singleServer2("MySQL server endpoint", "azurerm_mysql_firewall_rule"),
    azurerm_cosmosdb_account: cosmosAccount4,
    azurerm_redis_cache: redisCache
  }
};

// providers/azure/plan/conditional-access.ts
var AZURE_MANAGEMENT_APP = "797f4846-ba00-4fd7-ba43-dac1f8f63013";
var POLICY = "azuread_conditional_access_policy";
var USERS = "conditions[0].users[0].";
var APPS = "conditions[0].applications[0].";
function names(policy, path2, principal, links) {
  if (links.targets(policy, path2).some((t) => principal.targets.includes(t))) return "yes";
  const list2 = readStrings(policy, path2);
  if (list2 === "unknown") return "unknown";
  if (principal.id && list2.some((x) => lower2(x) === lower2(principal.id))) return "yes";
  return "no";
}
function strings(policy, path2) {
  const list2 = readStrings(policy, path2);
  return list2 === "unknown" ? void 0 : list2;
}
function requiresMfa(policy) {
  if (knownString(policy, "state") !== "enabled") return false;
  const controls = strings(policy, "grant_controls[0].built_in_controls");
  if (!controls?.map(lower2).includes("mfa")) return false;
  return controls.length === 1 || knownString(policy, "grant_controls[0].operator") === "AND";
}
function appliesToEverySignIn(policy) {
  const clients = strings(policy, "conditions[0].client_app_types")?.map(lower2);
  if (!clients || !(clients.includes("all") || clients.includes("browser") && clients.includes("mobileappsanddesktopclients"))) return false;
  for (const risk of ["sign_in_risk_levels", "user_risk_levels", "service_principal_risk_levels"]) {
    const levels = strings(policy, `conditions[0].${risk}`);
    if (!levels || levels.length) return false;
  }
  const locations = blocks(policy, "conditions[0].locations");
  if (locations === "unknown") return false;
  if (locations.length) {
    const included = strings(policy, "conditions[0].locations[0].included_locations");
    const excluded = strings(policy, "conditions[0].locations[0].excluded_locations");
    if (!included?.map(lower2).includes("all") || !excluded || excluded.length) return false;
  }
  const platforms = blocks(policy, "conditions[0].platforms");
  if (platforms === "unknown") return false;
  if (platforms.length) {
    const included = strings(policy, "conditions[0].platforms[0].included_platforms");
    const excluded = strings(policy, "conditions[0].platforms[0].excluded_platforms");
    if (!included?.map(lower2).includes("all") || !excluded || excluded.length) return false;
  }
  return true;
}
function coversApps(policy, scope) {
  const included = strings(policy, `${APPS}included_applications`)?.map(lower2);
  const excluded = strings(policy, `${APPS}excluded_applications`)?.map(lower2);
  if (!included || !excluded) return false;
  if (scope.kind === "rbac") return (included.includes("all") || included.includes(AZURE_MANAGEMENT_APP)) && !excluded.includes(AZURE_MANAGEMENT_APP);
  return included.includes("all") && excluded.length === 0;
}
function coversPrincipal(policy, principal, scope, links) {
  const includedUsers = strings(policy, `${USERS}included_users`);
  const includedRoles = strings(policy, `${USERS}included_roles`)?.map(lower2);
  if (!includedUsers || !includedRoles) return false;
  const included = includedUsers.some((u) => lower2(u) === "all") || principal.kind === "user" && names(policy, `${USERS}included_users`, principal, links) === "yes" || principal.kind === "group" && names(policy, `${USERS}included_groups`, principal, links) === "yes" || scope.kind === "directory" && scope.roleTemplateId !== void 0 && includedRoles.includes(scope.roleTemplateId);
  if (!included) return false;
  const excludedUsers = strings(policy, `${USERS}excluded_users`);
  const excludedGroups = strings(policy, `${USERS}excluded_groups`);
  const excludedRoles = strings(policy, `${USERS}excluded_roles`);
  if (!excludedUsers || !excludedGroups || !excludedRoles) return false;
  if (excludedGroups.length || excludedRoles.length) return false;
  if (!excludedUsers.length) return true;
  return principal.kind === "user" && names(policy, `${USERS}excluded_users`, principal, links) === "no";
}
function coverage(links, principal, scope) {
  const mfaPolicies = links.ofType(POLICY).filter(requiresMfa);
  for (const policy of mfaPolicies) {
    if (appliesToEverySignIn(policy) && coversApps(policy, scope) && coversPrincipal(policy, principal, scope, links)) {
      return { enforced: true, excluded: false, evidence: [evFrom(policy, "grant_controls[0].built_in_controls", { note: "conditional access requires MFA for this principal" })] };
    }
  }
  const exclusionList = principal.kind === "user" ? `${USERS}excluded_users` : principal.kind === "group" ? `${USERS}excluded_groups` : void 0;
  const excluding = exclusionList && mfaPolicies.find((policy) => names(policy, exclusionList, principal, links) === "yes");
  if (excluding) {
    return { enforced: false, excluded: true, evidence: [evFrom(excluding, exclusionList, { note: "excluded from this conditional-access policy requiring MFA" })] };
  }
  return { enforced: false, excluded: false, evidence: [] };
}

// providers/azure/plan/identity.ts
var PRIVILEGED_RBAC = [
  { name: "Owner", id: "8e3af657-a8ff-443c-a75c-2fe8c4bcb635" },
  { name: "Contributor", id: "b24988ac-6180-42a0-ab88-20f7382dd24c" },
  { name: "User Access Administrator", id: "18d7d88d-d35e-4fb5-a5c3-7773c6b72d9c" },
  { name: "Role Based Access Control Administrator", id: "f58310d9-a9f6-439a-9e8d-f62e7b41a168" }
];
var PRIVILEGED_DIRECTORY = [
  { name: "Global Administrator", id: "62e90394-69f5-4237-9190-012177145e10" },
  { name: "Privileged Role Administrator", id: "e8611ab8-c189-46e8-94e1-60213ab1f814" },
  { name: "Privileged Authentication Administrator", id: "7be44c8a-adaf-4e2a-84d6-ab2649e08a13" },
  { name: "Security Administrator", id: "194ae4cb-b126-40b2-bd5b-6091b380977d" },
  { name: "User Administrator", id: "fe930be7-5e62-47db-91af-98c3a49a38b1" },
  { name: "Conditional Access Administrator", id: "b1be1c3e-b65d-4f19-8427-f6fa0d97feb9" },
  { name: "Application Administrator", id: "9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3" },
  { name: "Cloud Application Administrator", id: "158c047a-c907-4556-b7ef-446551a6b5f7" }
];
var SETTLE_RBAC = 'an enabled conditional-access policy requiring MFA for this principal on the Azure management app (797f4846-ba00-4fd7-ba43-dac1f8f63013) or all apps, or the Defender for Cloud assessment "MFA should be enabled on accounts with owner permissions on Azure resources"';
var SETTLE_DIRECTORY = "an enabled conditional-access policy requiring MFA for this directory role (or for all users) on all cloud apps";
function customRoleAdmin(def) {
  const actions = readStrings(def, "permissions[0].actions");
  if (actions === "unknown") return "unknown";
  return actions.some((a) => a === "*" || /^microsoft\.authorization\/(\*|roleassignments\/(\*|write))$/i.test(a)) ? "yes" : "no";
}
function rbacAdmin(r, links) {
  const name = read(r, "role_definition_name");
  if (name.state === "known") {
    const hit = PRIVILEGED_RBAC.find((p) => lower2(p.name) === lower2(String(name.value)));
    return hit ? { truth: "yes", role: hit.name, evidence: ev2(r, name, { safe: true }) } : { truth: "no", evidence: ev2(r, name) };
  }
  const id = read(r, "role_definition_id");
  if (id.state === "known") {
    const value = lower2(String(id.value));
    const hit = PRIVILEGED_RBAC.find((p) => p.id && value.endsWith(p.id));
    if (hit) return { truth: "yes", role: hit.name, evidence: evidenceAt(id.path, hit.id, { safe: true }) };
  }
  const custom = links.targets(r, "role_definition_id", ["azurerm_role_definition"])[0];
  if (custom) {
    return { truth: customRoleAdmin(custom), role: `custom role ${custom.address}`, evidence: evFrom(custom, "permissions[0].actions", { note: "custom role" }) };
  }
  if (id.state === "known") return { truth: "no", evidence: ev2(r, id, { note: "not a privileged built-in role" }) };
  return { truth: "unknown", evidence: ev2(r, name.state === "unknown" ? name : id, { safe: true }) };
}
function principalOf(r, links, idPath, typePath) {
  const id = knownString(r, idPath);
  const targets = links.targets(r, idPath);
  let kind = "unknown";
  const declared = typePath ? knownString(r, typePath) : void 0;
  if (declared) kind = declared === "User" ? "user" : declared === "Group" ? "group" : "workload";
  else {
    const refs = referencesAt(r, idPath).join(" ");
    const types = /* @__PURE__ */ new Set([...targets.map((t) => t.type), ...[...refs.matchAll(/(?:^|\s)(?:data\.)?(azuread_\w+|azurerm_\w+)\./g)].map((m) => m[1])]);
    if (types.has("azuread_user")) kind = "user";
    else if (types.has("azuread_group")) kind = "group";
    else if ([...types].some((t) => t === "azuread_service_principal" || t.startsWith("azurerm_") && t !== "azurerm_client_config")) kind = "workload";
  }
  return { id, targets, kind, resource: r, idPath };
}
function humanAccess(p) {
  return p.kind === "user" || p.kind === "group" ? "yes" : p.kind === "workload" ? "no" : "unknown";
}
function describe(p) {
  const who = p.kind === "unknown" ? "principal" : p.kind === "workload" ? "service principal" : p.kind;
  return `${who} ${p.id ?? p.targets[0]?.address ?? "(known after apply)"}`;
}
function grant(principal, role, admin, mfa, settle) {
  const evidence = [admin.evidence, ev2(principal.resource, principal.idPath, { safe: true }), ...mfa.evidence];
  const out = {
    principalKind: "grant",
    principal: `${describe(principal)}${role ? ` (${role})` : ""}`,
    admin: admin.truth,
    humanAccess: humanAccess(principal),
    mfa: mfa.enforced ? "enforced" : mfa.excluded ? "absent" : "unknown",
    evidence
  };
  if (mfa.excluded && admin.truth === "yes") out.violation = "excluded-from-mfa-policy";
  else if (!mfa.enforced) out.settle = settle;
  return out;
}
function roleAssignment(r, { links }) {
  const admin = rbacAdmin(r, links);
  const principal = principalOf(r, links, "principal_id", "principal_type");
  const mfa = coverage(links, principal, { kind: "rbac" });
  return grant(principal, admin.role, admin, mfa, SETTLE_RBAC);
}
function directoryRole(r, links, path2, idIsTemplate) {
  const target = links.targets(r, path2, ["azuread_directory_role"])[0];
  if (target) {
    const name = knownString(target, "display_name");
    const template = knownString(target, "template_id");
    const evidence = evFrom(target, name ? "display_name" : "template_id", { safe: true });
    const hit2 = PRIVILEGED_DIRECTORY.find((p) => name && lower2(p.name) === lower2(name) || template && lower2(template) === p.id);
    if (hit2) return { truth: "yes", role: hit2.name, templateId: hit2.id, evidence };
    return name || template ? { truth: "no", ...name ? { role: name } : {}, evidence } : { truth: "unknown", evidence };
  }
  const id = knownString(r, path2);
  const hit = id ? PRIVILEGED_DIRECTORY.find((p) => lower2(id) === p.id) : void 0;
  if (hit) return { truth: "yes", role: hit.name, templateId: hit.id, evidence: ev2(r, path2, { safe: true }) };
  return { truth: id && idIsTemplate ? "no" : "unknown", evidence: ev2(r, path2, { safe: true }) };
}
function directoryAssignment(rolePath, principalPath, idIsTemplate) {
  return (r, { links }) => {
    const role = directoryRole(r, links, rolePath, idIsTemplate);
    const principal = principalOf(r, links, principalPath);
    const mfa = coverage(links, principal, role.templateId ? { kind: "directory", roleTemplateId: role.templateId } : { kind: "directory" });
    return grant(principal, role.role, role, mfa, SETTLE_DIRECTORY);
  };
}
var IDENTITY = {
  identity: {
    azurerm_role_assignment: roleAssignment,
    azuread_directory_role_assignment: directoryAssignment("role_id", "principal_object_id", true),
    azuread_directory_role_member: directoryAssignment("role_object_id", "member_object_id", false)
  }
};

// providers/azure/plan/nsg.ts
var RULE = "azurerm_network_security_rule";
var NSG = "azurerm_network_security_group";
function readRule(r, prefix, from) {
  const direction = read(r, `${prefix}direction`);
  if (direction.state === "known" && String(direction.value).toLowerCase() !== "inbound") return void 0;
  const access = read(r, `${prefix}access`);
  const priority = read(r, `${prefix}priority`);
  const protocol = read(r, `${prefix}protocol`);
  const single = read(r, `${prefix}destination_port_range`);
  const many = readStrings(r, `${prefix}destination_port_ranges`);
  let ports;
  let portEvidence = single;
  if (single.state === "unknown" || many === "unknown") ports = "unknown";
  else {
    const specs = [...single.state === "known" ? [String(single.value)] : [], ...many];
    if (single.state !== "known" && many.length) portEvidence = read(r, `${prefix}destination_port_ranges`);
    const parsed = specs.map(parsePorts);
    ports = parsed.some((p) => p === void 0) ? "unknown" : parsed.includes("all") ? "all" : parsed.flat();
    if (ports !== "unknown" && ports !== "all" && ports.length === 0) return void 0;
  }
  const source = read(r, `${prefix}source_address_prefix`);
  const sourceList = readStrings(r, `${prefix}source_address_prefixes`);
  const asgs = readStrings(r, `${prefix}source_application_security_group_ids`);
  let sources;
  if (source.state === "unknown" || sourceList === "unknown" || direction.state === "unknown" || access.state === "unknown") sources = "unknown";
  else {
    sources = [...source.state === "known" ? [String(source.value)] : [], ...sourceList];
    if (asgs !== "unknown" && asgs.length) sources.push("ApplicationSecurityGroup");
  }
  const evidence = ev2(r, portEvidence.state === "known" && Array.isArray(portEvidence.value) ? { ...portEvidence, value: portEvidence.value.join(",") } : portEvidence, {
    safe: true,
    ...from ? { from: from.address } : {},
    ...priority.state === "known" ? { note: `priority ${String(priority.value)}` } : {}
  });
  return {
    action: access.state === "known" && String(access.value).toLowerCase() === "allow" ? "allow" : "deny",
    ...priority.state === "known" && typeof priority.value === "number" ? { priority: priority.value } : {},
    protocol: protocol.state === "known" ? normaliseProtocol(String(protocol.value)) : "all",
    ports,
    sources,
    evidence
  };
}
function normaliseProtocol(p) {
  const s = p.toLowerCase();
  return s === "*" ? "all" : s;
}
function inlineRules(nsg2, from) {
  const list2 = blocks(nsg2, "security_rule");
  if (list2 === "unknown") {
    const declared = configured(nsg2, "security_rule");
    return declared === "no" ? { rules: [], complete: true, declared: false } : { rules: [], complete: false, declared: true };
  }
  const rules = list2.flatMap((_, i) => readRule(nsg2, `security_rule[${i}].`, from) ?? []);
  return { rules, complete: true, declared: true };
}
function nsgOf(rule, links) {
  const found = links.targets(rule, "network_security_group_name", [NSG]).filter((n) => sameResourceGroup(rule, n));
  return found.length === 1 ? found[0] : void 0;
}
function ruleResources(links, nsg2, rule) {
  if (nsg2) return links.sources(nsg2, RULE, "network_security_group_name").filter((x) => sameResourceGroup(x, nsg2));
  if (!rule) return [];
  const name = knownString(rule, "network_security_group_name");
  const group = knownString(rule, "resource_group_name")?.toLowerCase();
  if (name === void 0 || group === void 0) return [rule];
  return links.ofType(RULE).filter((x) => knownString(x, "network_security_group_name") === name && knownString(x, "resource_group_name")?.toLowerCase() === group);
}
var denies = (rules) => rules.filter((x) => x.action === "deny");
function ordered(rules) {
  if (!rules.some((x) => x.action === "deny") || rules.every((x) => x.priority !== void 0)) return rules;
  return rules.map((x) => x.priority === void 0 ? { ...x, priority: 0, sources: "unknown" } : x);
}
function nsgIngress(nsg2, { links }) {
  const inline = inlineRules(nsg2);
  if (!inline.declared) return void 0;
  const others = ruleResources(links, nsg2).flatMap((s) => readRule(s, "", s) ?? []);
  return { evaluation: "priority", rules: ordered([...inline.rules, ...denies(others)]), complete: inline.complete };
}
function ruleIngress(rule, { links }) {
  const own = readRule(rule, "");
  if (!own) return void 0;
  const nsg2 = nsgOf(rule, links);
  const siblings = ruleResources(links, nsg2, rule).filter((x) => x !== rule);
  const others = [...siblings.flatMap((s) => readRule(s, "", s) ?? []), ...nsg2 ? inlineRules(nsg2, nsg2).rules : []];
  return { evaluation: "priority", rules: ordered([own, ...denies(others)]), complete: true };
}
var INGRESS = {
  ingress: {
    azurerm_network_security_group: nsgIngress,
    azurerm_network_security_rule: ruleIngress
  }
};

// providers/azure/plan/keys.ts
function keyRotation(label) {
  return (r) => {
    const policy = blocks(r, "rotation_policy");
    if (policy === "unknown" && configured(r, "rotation_policy") !== "no") return { label, rotation: "unknown", evidence: [ev2(r, "rotation_policy")] };
    if (policy === "unknown" || !policy.length) return { label, rotation: "no", evidence: [{ path: "rotation_policy", value: null, note: "no rotation policy: the key never rotates" }] };
    const automatic = blocks(r, "rotation_policy[0].automatic");
    if (automatic === "unknown") return { label, rotation: "unknown", evidence: [ev2(r, "rotation_policy[0].automatic")] };
    if (!automatic.length) return { label, rotation: "no", evidence: [{ path: "rotation_policy[0].automatic", value: null, note: "the rotation policy only notifies: no automatic rotation" }] };
    const after = read(r, "rotation_policy[0].automatic[0].time_after_creation");
    const before = read(r, "rotation_policy[0].automatic[0].time_before_expiry");
    const expire = read(r, "rotation_policy[0].expire_after");
    const evidence = [ev2(r, after, { safe: true }), ev2(r, before, { safe: true }), ev2(r, expire, { safe: true })].filter((e) => e.value !== null || e.note);
    if ([after, before, expire].some((a) => a.state === "unknown")) return { label, rotation: "yes", rotationDays: "unknown", evidence };
    const text = (a) => a.state === "known" ? String(a.value) : void 0;
    return { label, rotation: "yes", rotationDays: rotationDays(text(after), text(before), text(expire)), evidence };
  };
}
function keyVault(label) {
  return (r) => {
    const legacy = setting(r, "soft_delete_enabled");
    const softDelete = legacy.state === "known" ? legacy.value === false ? "no" : "yes" : legacy.state === "unknown" ? "unknown" : "yes";
    const purge = readBool(r, "purge_protection_enabled", false, false);
    const evidence = [
      legacy.state === "unset" ? { path: "soft_delete_retention_days", note: "soft delete is always on" } : ev2(r, legacy),
      ev2(r, purge.attr, purge.truth === "no" ? { note: "deleted keys and secrets can be purged before the retention ends" } : {})
    ];
    return { label, softDelete, purgeProtection: purge.truth, evidence };
  };
}
var KEYS = {
  key: {
    azurerm_key_vault_key: keyRotation("Key Vault key"),
    azurerm_key_vault_managed_hardware_security_module_key: keyRotation("managed HSM key")
  },
  secretStore: {
    azurerm_key_vault: keyVault("Key Vault"),
    azurerm_key_vault_managed_hardware_security_module: keyVault("managed HSM")
  }
};

// providers/azure/knowledge/control-plane.ts
var CONTROL_PLANE_ARM_TYPES = [
  /^microsoft\.network\//,
  /^microsoft\.(authorization|managedidentity|policyinsights|security|advisor|maintenance|costmanagement|consumption|features|managedservices|management)\//,
  /^microsoft\.insights\/(actiongroups|activitylogalerts|metricalerts|scheduledqueryrules|autoscalesettings|diagnosticsettings|datacollectionruleassociations|privatelinkscopes)/,
  /^microsoft\.alertsmanagement\//,
  /^microsoft\.compute\/(availabilitysets|proximityplacementgroups|sshpublickeys|hostgroups|capacityreservationgroups)/,
  /^microsoft\.devtestlab\/schedules/,
  /^microsoft\.resources\/(subscriptions|deployments|tenants)$/,
  // Settings of a data store, read as records of their own (older API versions give some a `location`: a 2014-04-01
  // SQL firewall rule or security alert policy says "Japan East"): the data is in the store, placed by its own record.
  /^[^/]+\/[^/]+\/(.+\/)?(diagnosticsettings|firewallrules|virtualnetworkrules|auditingsettings|extendedauditingsettings|devopsauditingsettings|auditingpolicies|securityalertpolicies|advancedthreatprotectionsettings|vulnerabilityassessments|sqlvulnerabilityassessments|transparentdataencryption|encryptionprotector|backupshorttermretentionpolicies|backuplongtermretentionpolicies|geobackuppolicies|connectionpolicies|datamaskingpolicies|administrators|azureadonlyauthentications|configurations|config|managementpolicies|blobservices|fileservices|queueservices|tableservices|inventorypolicies|objectreplicationpolicies|networkrulesets|authorizationrules|privateendpointconnections|locks)$/
];
function isControlPlaneArmType(type) {
  const t = type.split("@")[0].trim().toLowerCase();
  return CONTROL_PLANE_ARM_TYPES.some((re) => re.test(t));
}

// providers/azure/plan/parents.ts
var PARENT_LINKS = {
  azurerm_mssql_database: [{ path: "server_id", types: ["azurerm_mssql_server"] }],
  azurerm_mssql_failover_group: [{ path: "server_id", types: ["azurerm_mssql_server"] }],
  azurerm_sql_database: [{ path: "server_name", types: ["azurerm_sql_server", "azurerm_mssql_server"], byName: true }],
  azurerm_postgresql_flexible_server_database: [{ path: "server_id", types: ["azurerm_postgresql_flexible_server"] }],
  azurerm_mysql_flexible_database: [{ path: "server_name", types: ["azurerm_mysql_flexible_server"], byName: true }],
  azurerm_postgresql_database: [{ path: "server_name", types: ["azurerm_postgresql_server"], byName: true }],
  azurerm_mysql_database: [{ path: "server_name", types: ["azurerm_mysql_server"], byName: true }],
  azurerm_storage_container: [
    { path: "storage_account_id", types: ["azurerm_storage_account"] },
    { path: "storage_account_name", types: ["azurerm_storage_account"], byName: true }
  ],
  azurerm_storage_share: [
    { path: "storage_account_id", types: ["azurerm_storage_account"] },
    { path: "storage_account_name", types: ["azurerm_storage_account"], byName: true }
  ],
  azurerm_storage_queue: [
    { path: "storage_account_id", types: ["azurerm_storage_account"] },
    { path: "storage_account_name", types: ["azurerm_storage_account"], byName: true }
  ],
  azurerm_storage_table: [
    { path: "storage_account_id", types: ["azurerm_storage_account"] },
    { path: "storage_account_name", types: ["azurerm_storage_account"], byName: true }
  ],
  azurerm_storage_blob: [{ path: "storage_account_name", types: ["azurerm_storage_account"], byName: true }],
  azurerm_storage_data_lake_gen2_filesystem: [{ path: "storage_account_id", types: ["azurerm_storage_account"] }],
  azurerm_cosmosdb_sql_database: [{ path: "account_name", types: ["azurerm_cosmosdb_account"], byName: true }],
  azurerm_cosmosdb_mongo_database: [{ path: "account_name", types: ["azurerm_cosmosdb_account"], byName: true }],
  azurerm_cosmosdb_sql_container: [{ path: "account_name", types: ["azurerm_cosmosdb_account"], byName: true }],
  azurerm_key_vault_secret: [{ path: "key_vault_id", types: ["azurerm_key_vault"] }],
  azurerm_key_vault_key: [{ path: "key_vault_id", types: ["azurerm_key_vault"] }],
  azurerm_key_vault_certificate: [{ path: "key_vault_id", types: ["azurerm_key_vault"] }],
  azurerm_kubernetes_cluster_node_pool: [{ path: "kubernetes_cluster_id", types: ["azurerm_kubernetes_cluster"] }],
  azurerm_servicebus_queue: [
    { path: "namespace_id", types: ["azurerm_servicebus_namespace"] },
    { path: "namespace_name", types: ["azurerm_servicebus_namespace"], byName: true }
  ],
  azurerm_servicebus_topic: [
    { path: "namespace_id", types: ["azurerm_servicebus_namespace"] },
    { path: "namespace_name", types: ["azurerm_servicebus_namespace"], byName: true }
  ],
  // Its location is computed from the environment's.
  azurerm_container_app: [{ path: "container_app_environment_id", types: ["azurerm_container_app_environment"] }],
  azurerm_eventhub: [
    { path: "namespace_id", types: ["azurerm_eventhub_namespace"] },
    { path: "namespace_name", types: ["azurerm_eventhub_namespace"], byName: true }
  ]
};
function hasParent(type) {
  return Object.hasOwn(PARENT_LINKS, type);
}
function parentOf(r, links) {
  for (const link of PARENT_LINKS[r.type] ?? []) {
    if (read(r, link.path).state === "unset") continue;
    let found = links.targets(r, link.path, link.types);
    if (link.byName) found = found.filter((p) => sameResourceGroup(r, p));
    if (found.length === 1) return found[0];
    if (found.length > 1) return void 0;
  }
  return void 0;
}
function ownLocation(r) {
  return knownString(r, "location");
}
function locationOf(r, links) {
  const own = ownLocation(r);
  if (own !== void 0 || !hasParent(r.type)) return { region: own };
  const parent = parentOf(r, links);
  if (!parent) return { region: void 0 };
  return { region: locationOf(parent, links).region, parent };
}
function regionOf(r, links) {
  return locationOf(r, links).region;
}

// providers/azure/knowledge/paired-regions.ts
function at(region, role, evidence) {
  return { region, role, evidence };
}
function pairedCopy(region, role, evidence) {
  const pair = region === void 0 ? void 0 : azurePairedRegion(region);
  const note = region !== void 0 && pair === void 0 ? `no paired region known for ${region}` : void 0;
  return at(pair, role, note ? { ...evidence, note: evidence.note ? `${evidence.note}; ${note}` : note } : evidence);
}

// providers/azure/plan/locations.ts
var CONTROL_PLANE = [
  /^azurerm_(role|policy|management|resource_policy|resource_group_policy|subscription_policy|management_group_policy|resource_provider)_/,
  /^azurerm_(network_security|application_security_group|virtual_network|subnet|route|nat_gateway|public_ip|network_interface|network_profile|lb|private_endpoint|private_link_service|network_watcher|ddos|express_route|local_network_gateway|vpn|virtual_hub|virtual_wan|network_manager|ip_group)/,
  /_firewall_policy(_rule_collection_group)?$/,
  /^azurerm_(dns|private_dns)_/,
  /^azurerm_monitor_(action_group|autoscale_setting|metric_alert|activity_log_alert|scheduled_query_rules|alert_prometheus_rule_group|diagnostic_setting|smart_detector_alert_rule|data_collection_rule_association)/,
  /^azurerm_(user_assigned_identity|federated_identity_credential|ssh_public_key|proximity_placement_group|availability_set|maintenance_|dev_test_global_vm_shutdown_schedule|security_center_|advisor_|consumption_budget|cost_)/,
  /_association$/,
  /_firewall_rule$/,
  /_virtual_network_rule$/
];
function isControlPlane(r) {
  if (r.type.startsWith("azapi_")) {
    const armType = knownString(r, "type");
    return armType !== void 0 && isControlPlaneArmType(armType);
  }
  return CONTROL_PLANE.some((re) => re.test(r.type));
}
function pairedWhen(path2, geoValues, role, defaultValue) {
  return (r, region) => {
    const a = read(r, path2);
    let value;
    if (a.state === "known") value = String(a.value);
    else if (a.state === "unset" || defaultValue !== void 0 && configured(r, path2) === "no") value = defaultValue;
    else return [at(void 0, role, ev2(r, a, { safe: true, note: "redundancy not known: a geo-redundant copy would be in the paired region" }))];
    if (value === void 0 || !geoValues.some((g) => g.toLowerCase() === value.toLowerCase())) return [];
    return [pairedCopy(region, role, ev2(r, a, { safe: true, ...a.state === "known" ? {} : { note: `defaults to ${value}` } }))];
  };
}
var geoBackup = (r, region) => {
  const geo = readBool(r, "geo_redundant_backup_enabled", false, false);
  if (geo.truth === "no") return [];
  if (geo.truth === "unknown") return [at(void 0, "backup", ev2(r, geo.attr, { note: "geo-redundant backups would be in the paired region" }))];
  return [pairedCopy(region, "backup", ev2(r, geo.attr))];
};
var cosmosCopies = (r, region, links) => {
  const out = [];
  const geo = blocks(r, "geo_location");
  if (geo === "unknown") out.push(at(void 0, "replica", ev2(r, "geo_location")));
  else {
    geo.forEach((_, i) => {
      const loc = read(r, `geo_location[${i}].location`);
      const priority = read(r, `geo_location[${i}].failover_priority`);
      const role = priority.state === "known" && priority.value === 0 ? "primary" : "replica";
      out.push(at(loc.state === "known" ? String(loc.value) : void 0, role, ev2(r, loc, { safe: true })));
    });
  }
  const mode = read(r, "backup[0].type");
  if (mode.state === "known" && mode.value === "Continuous") return out;
  if (mode.state === "unknown" && configured(r, "backup") !== "no") return [...out, at(void 0, "backup", ev2(r, mode))];
  return [...out, ...pairedWhen("backup[0].storage_redundancy", ["Geo"], "backup", "Geo")(r, region, links)];
};
var failoverGroupCopies = (r, _region, links) => {
  const partners = blocks(r, "partner_server");
  if (partners === "unknown") return [at(void 0, "replica", ev2(r, "partner_server"))];
  return partners.map((_, i) => {
    const server2 = links.targets(r, `partner_server[${i}].id`, ["azurerm_mssql_server"])[0];
    if (server2) return at(knownString(server2, "location"), "replica", evFrom(server2, "location", { safe: true }));
    const loc = read(r, `partner_server[${i}].location`);
    return at(loc.state === "known" ? String(loc.value) : void 0, "replica", ev2(r, `partner_server[${i}].id`, { note: "partner server not in the plan" }));
  });
};
var COPIES = {
  // GRS/GZRS (and their read-access forms) replicate to the paired region.
  azurerm_storage_account: pairedWhen("account_replication_type", ["GRS", "RAGRS", "GZRS", "RAGZRS"], "secondary"),
  // Backup storage redundancy defaults to Geo (azurerm 3.x/4.x `storage_account_type`).
  azurerm_mssql_database: pairedWhen("storage_account_type", ["Geo", "GeoZone", "GRS"], "backup", "Geo"),
  azurerm_postgresql_flexible_server: geoBackup,
  azurerm_mysql_flexible_server: geoBackup,
  azurerm_postgresql_server: geoBackup,
  azurerm_mysql_server: geoBackup,
  azurerm_cosmosdb_account: cosmosCopies,
  azurerm_mssql_failover_group: failoverGroupCopies,
  // Vaults are geo-redundant unless storage_mode_type says LocallyRedundant or ZoneRedundant (default GeoRedundant).
  azurerm_recovery_services_vault: pairedWhen("storage_mode_type", ["GeoRedundant"], "secondary", "GeoRedundant")
};
function distinct(list2) {
  const seen = /* @__PURE__ */ new Set();
  return list2.filter((l) => {
    const key2 = `${l.role}|${l.region?.toLowerCase().replace(/\s+/g, "") ?? `?${l.evidence.path}`}`;
    if (seen.has(key2)) return false;
    seen.add(key2);
    return true;
  });
}
function dataLocations(r, { links }) {
  if (r.type.startsWith("azuread_")) return void 0;
  const { region, parent } = locationOf(r, links);
  if (isControlPlane(r)) return void 0;
  const ownsLocation = read(r, "location").state !== "unset";
  if (!ownsLocation && !hasParent(r.type)) return void 0;
  const primary = parent ? evFrom(parent, "location", { safe: true }) : ownsLocation ? ev2(r, "location", { safe: true }) : { path: "location", note: "the parent resource is not in the plan" };
  return { locations: distinct([at(region, "primary", primary), ...COPIES[r.type]?.(r, region, links) ?? []]) };
}
var LOCATIONS = { dataLocations: { "*": dataLocations } };

// providers/azure/knowledge/log-retention.ts
var FREE_TIER_DAYS = 7;
var FREE_TIER_NOTE = "the Free tier keeps 7 days";
var ACTIVITY_LOG_DAYS = 90;
function longest(kept) {
  const evidence = kept.flatMap((k) => k.evidence);
  if (kept.some((k) => k.days === "forever")) return { days: "forever", evidence };
  const unknown = kept.find((k) => k.days === "unknown");
  if (unknown || !kept.length) return { days: "unknown", evidence, settle: unknown?.settle ?? "a destination of the activity-log export" };
  return { days: kept.reduce((longest2, k) => Math.max(longest2, k.days), -Infinity), evidence };
}

// providers/azure/plan/logging.ts
var DEFAULT_WORKSPACE_DAYS = 30;
function workspaceRetention(ws, viaExport = false) {
  const mark = (e) => viaExport ? { ...e, from: ws.address } : e;
  const sku = read(ws, "sku");
  if (sku.state === "known" && String(sku.value).toLowerCase() === "free") return { days: FREE_TIER_DAYS, evidence: [mark(ev2(ws, sku, { safe: true, note: FREE_TIER_NOTE }))] };
  const a = read(ws, "retention_in_days");
  let days;
  const evidence = [];
  if (a.state === "known" && typeof a.value === "number") {
    days = a.value;
    evidence.push(mark(ev2(ws, a)));
  } else if (a.state === "unset" || a.state === "unknown" && configured(ws, "retention_in_days") === "no") {
    days = DEFAULT_WORKSPACE_DAYS;
    evidence.push(mark(ev2(ws, a, { note: `not set: Azure keeps ${DEFAULT_WORKSPACE_DAYS} days` })));
  } else {
    return { days: "unknown", evidence: [mark(ev2(ws, a))], settle: "retention_in_days of the workspace once applied" };
  }
  const purge = readBool(ws, "immediate_data_purge_on_30_days_enabled", false);
  if (purge.truth === "yes") return { days: Math.min(days, 30), evidence: [...evidence, mark(ev2(ws, purge.attr))] };
  if (purge.truth === "unknown") return { days: "unknown", evidence: [...evidence, mark(ev2(ws, purge.attr))], settle: "immediate_data_purge_on_30_days_enabled once applied" };
  return { days, evidence };
}
function workspace2(r) {
  const kept = workspaceRetention(r);
  return { kind: "log-workspace", label: "Log Analytics workspace", retentionDays: kept.days, evidence: kept.evidence, ...kept.settle ? { settle: kept.settle } : {} };
}
var ACTIVITY_CONTAINER = "insights-activity-logs/";
function storageRetention(account2, links) {
  const policies = links.sources(account2, "azurerm_storage_management_policy", "storage_account_id");
  if (!policies.length) {
    return { days: "unknown", evidence: [evFrom(account2, "id", { note: "no azurerm_storage_management_policy on the account in the plan" })], settle: "the lifecycle management policy of the destination storage account" };
  }
  let shortest;
  const evidence = [];
  for (const policy of policies) {
    const rules = blocks(policy, "rule");
    if (rules === "unknown") return { days: "unknown", evidence: [evFrom(policy, "rule")], settle: "the lifecycle rules of the destination storage account" };
    for (let i = 0; i < rules.length; i++) {
      const p = `rule[${i}]`;
      if (readBool(policy, `${p}.enabled`, true).truth === "no") continue;
      const prefixes = readStrings(policy, `${p}.filters[0].prefix_match`);
      const types = readStrings(policy, `${p}.filters[0].blob_types`);
      if (prefixes === "unknown" || types === "unknown") return { days: "unknown", evidence: [evFrom(policy, `${p}.filters[0]`)], settle: "the lifecycle rules of the destination storage account" };
      const reaches = prefixes.length === 0 || prefixes.some((x) => ACTIVITY_CONTAINER.startsWith(x) || x.startsWith(ACTIVITY_CONTAINER));
      if (!reaches || !types.includes("appendBlob")) continue;
      for (const action of ["delete_after_days_since_modification_greater_than", "delete_after_days_since_creation_greater_than"]) {
        const a = read(policy, `${p}.actions[0].base_blob[0].${action}`);
        if (a.state === "unknown") return { days: "unknown", evidence: [evFrom(policy, a)], settle: "the lifecycle rules of the destination storage account" };
        if (a.state === "known" && typeof a.value === "number") {
          shortest = Math.min(shortest ?? Infinity, a.value);
          evidence.push(evFrom(policy, a));
        }
      }
    }
  }
  if (shortest === void 0) return { days: "forever", evidence: [evFrom(policies[0], "rule", { note: "no lifecycle rule deletes activity-log blobs" })] };
  return { days: shortest, evidence };
}
function targetsSubscription(r) {
  const target = read(r, "target_resource_id");
  if (target.state === "known") return /^\/subscriptions\/[^/]+\/?$/i.test(String(target.value));
  if (target.state === "unset") return false;
  const refs = referencesAt(r, "target_resource_id");
  return refs.some((x) => /^(data\.)?azurerm_subscription\./.test(x)) ? true : void 0;
}
function activityLogExport(r, { links }) {
  if (targetsSubscription(r) !== true) return void 0;
  const kept = [];
  if (idSet(r, "log_analytics_workspace_id") !== "no") {
    const ws = links.targets(r, "log_analytics_workspace_id", ["azurerm_log_analytics_workspace"])[0];
    kept.push(ws ? workspaceRetention(ws, true) : { days: "unknown", evidence: [ev2(r, "log_analytics_workspace_id", { note: "workspace not in the plan" })], settle: "the retention of the destination Log Analytics workspace" });
  }
  if (idSet(r, "storage_account_id") !== "no") {
    const account2 = links.targets(r, "storage_account_id", ["azurerm_storage_account"])[0];
    kept.push(account2 ? storageRetention(account2, links) : { days: "unknown", evidence: [ev2(r, "storage_account_id", { note: "storage account not in the plan" })], settle: "the lifecycle management policy of the destination storage account" });
  }
  if (!kept.length) {
    kept.push({ days: "unknown", evidence: [ev2(r, "eventhub_authorization_rule_id")], settle: "the store that receives the streamed activity log" });
  }
  const out = longest(kept);
  return { kind: "diagnostic-setting", label: "activity-log export", retentionDays: out.days, evidence: out.evidence, ...out.settle && out.days === "unknown" ? { settle: out.settle } : {} };
}
var LOGGING = {
  logStore: {
    azurerm_log_analytics_workspace: workspace2,
    azurerm_monitor_diagnostic_setting: activityLogExport
  }
};

// providers/azure/knowledge/activity-log.ts
function activityLogDestinations(label, verdicts, encryptionPath) {
  const immutable = anyOf(verdicts.map((v) => v.immutable));
  const out = {
    label,
    encrypted: "yes",
    immutable,
    evidence: [...verdicts.flatMap((v) => v.evidence), { path: encryptionPath, note: "Azure encrypts every destination at rest" }]
  };
  if (immutable === "unknown") out.settle = verdicts.find((v) => v.immutable === "unknown")?.settle ?? "the immutability of the destinations";
  return out;
}

// providers/azure/plan/public-access.ts
function storageContainers(account2, links) {
  return [
    ...links.sources(account2, "azurerm_storage_container", "storage_account_id"),
    ...links.sources(account2, "azurerm_storage_container", "storage_account_name").filter((c) => sameResourceGroup(c, account2))
  ];
}
var PUBLIC_LEVELS = /* @__PURE__ */ new Set(["blob", "container"]);
var account = (r, ctx) => {
  const label = "storage account";
  const path2 = firstPresent(r, ["allow_nested_items_to_be_public", "allow_blob_public_access"]);
  const allowed = readBool(r, path2, path2 === "allow_nested_items_to_be_public");
  const allowEvidence = ev2(r, allowed.attr, { note: allowed.attr.state === "unset" ? `not set: azurerm defaults ${path2} to ${path2 === "allow_nested_items_to_be_public"}` : void 0 });
  if (allowed.truth === "no") return { label, public: "no", evidence: [{ ...allowEvidence, note: "the account refuses anonymous access to every container" }] };
  if (allowed.truth === "unknown") return { label, public: "unknown", evidence: [allowEvidence], settle: `${path2} of the storage account once applied` };
  const evidence = [allowEvidence];
  let unknown = false;
  for (const c of storageContainers(r, ctx.links)) {
    const level = read(c, "container_access_type");
    if (level.state === "unknown") {
      unknown = true;
      evidence.push(evFrom(c, level));
    } else if (level.state === "known" && PUBLIC_LEVELS.has(String(level.value).toLowerCase())) {
      return { label, public: "yes", evidence: [...evidence, evFrom(c, level, { safe: true, note: "a container anyone can read" })] };
    }
  }
  evidence.push({ path: "azurerm_storage_container", note: unknown ? "a container access level is known only after apply" : "no public container in this plan; containers managed elsewhere cannot be seen" });
  return { label, public: "unknown", evidence, settle: `the access level of every container of the account, or ${path2} = false` };
};
var PUBLIC_ACCESS = {
  publicAccess: {
    azurerm_storage_account: account
  }
};

// providers/azure/plan/log-protection.ts
var CONTAINER = "insights-activity-logs";
function accountImmutability(account2, links) {
  const evidence = [];
  const policy = blocks(account2, "immutability_policy");
  if (policy === "unknown") return { immutable: "unknown", evidence: [evFrom(account2, "immutability_policy")], settle: "the immutability policy of the destination storage account" };
  if (policy.length) {
    const state = read(account2, "immutability_policy[0].state");
    if (state.state === "unknown") return { immutable: "unknown", evidence: [evFrom(account2, state, { safe: true })], settle: "the immutability policy state of the destination storage account" };
    const locked = state.state === "known" && /^locked$/i.test(String(state.value));
    evidence.push(evFrom(account2, state, { safe: true, note: locked ? "account-level time-based retention, locked" : "an unlocked policy can be removed by an administrator" }));
    if (locked) return { immutable: "yes", evidence };
  }
  const containers = storageContainers(account2, links).filter((c) => knownString(c, "name") === CONTAINER);
  for (const c of containers) {
    for (const p of links.sources(c, "azurerm_storage_container_immutability_policy", "storage_container_resource_manager_id")) {
      const locked = readBool(p, "locked", false, false);
      evidence.push(evFrom(p, locked.attr, { note: `immutability policy of the ${CONTAINER} container` }));
      if (locked.truth === "yes") return { immutable: "yes", evidence };
      if (locked.truth === "unknown") return { immutable: "unknown", evidence, settle: `whether the immutability policy of the ${CONTAINER} container is locked` };
    }
  }
  if (!evidence.length) evidence.push(evFrom(account2, "immutability_policy", { note: `no immutability policy on the account or its ${CONTAINER} container in the plan` }));
  return { immutable: "no", evidence };
}
function activityLogProtection(r, { links }) {
  if (targetsSubscription(r) !== true) return void 0;
  const verdicts = [];
  if (idSet(r, "storage_account_id") !== "no") {
    const account2 = links.targets(r, "storage_account_id", ["azurerm_storage_account"])[0];
    verdicts.push(
      account2 ? accountImmutability(account2, links) : { immutable: "unknown", evidence: [ev2(r, "storage_account_id", { note: "storage account not in the plan" })], settle: "the immutability policy of the destination storage account" }
    );
  }
  if (idSet(r, "log_analytics_workspace_id") !== "no") {
    verdicts.push({ immutable: "no", evidence: [ev2(r, "log_analytics_workspace_id", { note: "a Log Analytics workspace keeps no immutable copy (its data can be purged)" })] });
  }
  if (!verdicts.length) {
    verdicts.push({ immutable: "unknown", evidence: [ev2(r, "eventhub_authorization_rule_id", { note: "streamed to an event hub or a partner solution" })], settle: "the store that receives the streamed activity log" });
  }
  return activityLogDestinations("activity-log export", verdicts, "id");
}
var LOG_PROTECTION = {
  logProtection: { azurerm_monitor_diagnostic_setting: activityLogProtection }
};

// providers/azure/plan/secrets.ts
var Found = class {
  constructor(r) {
    this.r = r;
  }
  r;
  found = [];
  unknownPaths = [];
  /** The value at `path`, or undefined when unset or known only after apply (then judged by what it refers to). */
  value(path2, as = {}) {
    const a = attr(this.r, path2);
    if (a.state === "unknown") {
      this.afterApply(a.path, as);
      return void 0;
    }
    return a.state === "known" ? a.value : void 0;
  }
  afterApply(path2, as, map) {
    const judged = judgeAfterApply(this.r, { entry: path2, map }, as.name, as.script);
    if (judged === "unknown") this.unknownPaths.push(as.shown ?? path2);
    else if (judged !== "clear") this.found.push({ path: as.shown ?? path2, why: copiedWhy(judged.copiedFrom, as.script ?? false) });
  }
  /** A map of settings (app settings, environment variables): each name and its value. */
  map(path2) {
    if (attr(this.r, path2).state === "unknown") {
      this.unknownPaths.push(formatPath(parsePath(path2)));
      return;
    }
    const base = formatPath(parsePath(path2));
    for (const name of mapKeys(this.r, path2)) {
      const at2 = `${base}.${name}`;
      const entry = attr(this.r, [...parsePath(path2), name]);
      if (entry.state === "unknown") {
        this.afterApply(at2, { name }, path2);
        continue;
      }
      const hit = checkNamedValue(at2, name, entry.value);
      if (hit) this.found.push(hit);
    }
  }
  facet() {
    return { found: this.found, unknownPaths: this.unknownPaths };
  }
};
function webApp(r) {
  const f = new Found(r);
  f.map("app_settings");
  const conns = blocks(r, "connection_string");
  if (conns === "unknown") f.unknownPaths.push("connection_string");
  else {
    conns.forEach((c, i) => {
      const path2 = `connection_string[${i}].value`;
      const shown = typeof c.name === "string" ? `connection_string["${c.name}"].value` : path2;
      const value = f.value(path2, { name: "connection_string", shown });
      const hit = typeof value === "string" ? checkNamedValue(shown, "connection_string", value) : void 0;
      if (hit) f.found.push(hit);
    });
  }
  return f.facet();
}
function containerApp(r) {
  const f = new Found(r);
  const containers = blocks(r, "template[0].container");
  if (containers === "unknown") f.unknownPaths.push("template[0].container");
  else {
    containers.forEach((_, i) => {
      const env = blocks(r, `template[0].container[${i}].env`);
      if (env === "unknown") return void f.unknownPaths.push(`template[0].container[${i}].env`);
      env.forEach((e, j) => {
        const path2 = `template[0].container[${i}].env[${j}].value`;
        const name = typeof e.name === "string" ? e.name : "";
        const shown = name ? `template[0].container[${i}].env["${name}"]` : path2;
        const value = f.value(path2, { name, shown });
        const hit = checkNamedValue(shown, name, value);
        if (hit) f.found.push(hit);
      });
    });
  }
  return f.facet();
}
function containerGroup(r) {
  const f = new Found(r);
  const containers = blocks(r, "container");
  if (containers === "unknown") f.unknownPaths.push("container");
  else containers.forEach((_, i) => f.map(`container[${i}].environment_variables`));
  return f.facet();
}
function virtualMachine(paths) {
  return (r) => {
    const f = new Found(r);
    for (const path2 of paths) {
      const v = f.value(path2, { script: true });
      if (typeof v === "string" && v) for (const item of scanScript(path2, decodeUserData(v, { base64: "maybe" }), { lineNumbers: !isSensitivePath(r, path2) })) f.found.push(item);
    }
    return f.facet();
  };
}
function vmExtension(r) {
  const f = new Found(r);
  const v = f.value("settings", { script: true });
  if (typeof v === "string" && v) for (const item of scanObject("settings", v)) f.found.push(item);
  return f.facet();
}
var VM_DATA = ["custom_data", "user_data"];
var SECRETS = {
  plaintextSecrets: {
    ...Object.fromEntries(WEB_APPS.map((t) => [t, webApp])),
    azurerm_container_app: containerApp,
    azurerm_container_group: containerGroup,
    azurerm_linux_virtual_machine: virtualMachine(VM_DATA),
    azurerm_windows_virtual_machine: virtualMachine(VM_DATA),
    azurerm_linux_virtual_machine_scale_set: virtualMachine(VM_DATA),
    azurerm_windows_virtual_machine_scale_set: virtualMachine(VM_DATA),
    azurerm_orchestrated_virtual_machine_scale_set: virtualMachine(["user_data_base64", "os_profile[0].custom_data"]),
    azurerm_virtual_machine: virtualMachine(["os_profile[0].custom_data"]),
    azurerm_virtual_machine_extension: vmExtension,
    azurerm_virtual_machine_scale_set_extension: vmExtension
  }
};

// providers/azure/plan/storage.ts
function blockSet(r, path2) {
  const b = blocks(r, path2);
  if (b !== "unknown") return b.length > 0 ? "yes" : "no";
  return configured(r, path2) === "no" ? "no" : "unknown";
}
function keyOf(clues) {
  if (clues.some((c) => c.truth === "yes")) return "customer";
  if (clues.some((c) => c.truth === "unknown")) return "unknown";
  return "provider";
}
function relevant(clues) {
  const set = clues.filter((c) => c.truth !== "no");
  return (set.length ? set : clues).map((c) => c.evidence);
}
var KEY_SETTLE = "the customer-managed key (Key Vault key or disk encryption set) once applied";
function alwaysEncrypted(service, clues, extra = []) {
  const key2 = keyOf(clues);
  return { service, encrypted: "yes", key: key2, evidence: [...extra, ...relevant(clues)], ...key2 === "unknown" ? { settle: KEY_SETTLE } : {} };
}
var KEY_TYPES = {
  key: ["azurerm_key_vault_key", "azurerm_key_vault_managed_hardware_security_module_key"],
  diskSet: ["azurerm_disk_encryption_set"]
};
function idClue(r, path2, links, kind) {
  return { truth: idSet(r, path2, links, KEY_TYPES[kind]), evidence: ev2(r, path2) };
}
function blockClue(r, path2) {
  return { truth: blockSet(r, path2), evidence: ev2(r, path2) };
}
function noKey(note) {
  return { truth: "no", evidence: { path: "id", note } };
}
function companionClues(r, links, type, path2) {
  return links.sources(r, type, path2).map((c) => ({ truth: "yes", evidence: evFrom(c, path2, { note: `${type} points at this resource` }) }));
}
function storageAccount3(r, { links }) {
  return alwaysEncrypted(
    "storage account",
    [blockClue(r, "customer_managed_key"), ...companionClues(r, links, "azurerm_storage_account_customer_managed_key", "storage_account_id")],
    [ev2(r, "infrastructure_encryption_enabled")]
  );
}
function managedDisk2(r, { links }) {
  return alwaysEncrypted("managed disk", [idClue(r, "disk_encryption_set_id", links, "diskSet"), idClue(r, "secure_vm_disk_encryption_set_id", links, "diskSet")]);
}
function virtualMachine2(r, { links }) {
  const host = readBool(r, "encryption_at_host_enabled", false);
  const key2 = keyOf([idClue(r, "os_disk[0].disk_encryption_set_id", links, "diskSet"), idClue(r, "os_disk[0].secure_vm_disk_encryption_set_id", links, "diskSet")]);
  const evidence = [
    ev2(r, host.attr, { note: "managed disks are encrypted by the platform; temp disks and host caches only with encryption at host" }),
    ev2(r, "os_disk[0].disk_encryption_set_id")
  ];
  const out = { service: "VM host (temp disks and caches)", encrypted: host.truth, key: key2, evidence };
  if (host.truth === "unknown") out.settle = "encryption_at_host_enabled once applied";
  else if (key2 === "unknown") out.settle = KEY_SETTLE;
  return out;
}
function mssqlDatabase3(r, { links }) {
  const tde = readBool(r, "transparent_data_encryption_enabled", true);
  const clues = [idClue(r, "transparent_data_encryption_key_vault_key_id", links, "key")];
  const server2 = parentOf(r, links);
  if (server2) {
    clues.push({ ...idClue(server2, "transparent_data_encryption_key_vault_key_id", links, "key"), evidence: evFrom(server2, "transparent_data_encryption_key_vault_key_id") });
    for (const t of links.sources(server2, "azurerm_mssql_server_transparent_data_encryption", "server_id")) {
      const truth = anyOf([idSet(t, "key_vault_key_id", links, KEY_TYPES.key), idSet(t, "managed_hsm_key_id", links, KEY_TYPES.key)]);
      clues.push({ truth, evidence: evFrom(t, "key_vault_key_id") });
    }
  } else {
    clues.push({ truth: "unknown", evidence: ev2(r, "server_id", { note: "server not in the plan: its TDE protector is not visible" }) });
  }
  const key2 = keyOf(clues);
  const out = { service: "Azure SQL database", encrypted: tde.truth, key: key2, evidence: [ev2(r, tde.attr), ...relevant(clues)] };
  if (tde.truth === "unknown") out.settle = "transparent_data_encryption_enabled once applied";
  else if (key2 === "unknown") out.settle = "the TDE protector of the server (azurerm_mssql_server_transparent_data_encryption)";
  return out;
}
function flexibleServer3(service) {
  return (r) => alwaysEncrypted(service, [blockClue(r, "customer_managed_key")]);
}
function singleServer3(service, keyType) {
  return (r, { links }) => alwaysEncrypted(service, companionClues(r, links, keyType, "server_id"), [ev2(r, "infrastructure_encryption_enabled")]);
}
function cosmosAccount5(r, { links }) {
  return alwaysEncrypted("Cosmos DB account", [idClue(r, "key_vault_key_id", links, "key"), idClue(r, "managed_hsm_key_id", links, "key")]);
}
function redisCache2(r) {
  return { service: "Azure Cache for Redis", encrypted: "yes", key: "provider", evidence: [ev2(r, "sku_name", { safe: true, note: "encrypted by Azure with platform-managed keys" })] };
}
function servicebusNamespace(r, { links }) {
  return alwaysEncrypted("Service Bus namespace", [
    blockClue(r, "customer_managed_key"),
    ...companionClues(r, links, "azurerm_servicebus_namespace_customer_managed_key", "namespace_id")
  ]);
}
function eventhubNamespace(r, { links }) {
  const clues = companionClues(r, links, "azurerm_eventhub_namespace_customer_managed_key", "eventhub_namespace_id");
  return alwaysEncrypted("Event Hubs namespace", clues.length ? clues : [noKey("no azurerm_eventhub_namespace_customer_managed_key in the plan")]);
}
function dataLakeStore(r) {
  const state = read(r, "encryption_state");
  const encrypted = state.state === "unknown" ? "unknown" : state.state === "known" && state.value === "Disabled" ? "no" : "yes";
  const type = read(r, "encryption_type");
  const key2 = encrypted === "no" ? "none" : type.state === "unknown" ? "unknown" : type.state === "known" && type.value === "UserManaged" ? "customer" : "provider";
  const out = { service: "Data Lake Store", encrypted, key: key2, evidence: [ev2(r, state, { safe: true }), ev2(r, type, { safe: true })] };
  if (encrypted === "unknown" || key2 === "unknown") out.settle = "encryption_state and encryption_type once applied";
  return out;
}
function recoveryVault3(r, { links }) {
  return alwaysEncrypted("Recovery Services vault", [idClue(r, "encryption[0].key_id", links, "key")], [ev2(r, "encryption[0].infrastructure_encryption_enabled")]);
}
function logWorkspace(r, { links }) {
  const clues = [];
  for (const ls of links.sources(r, "azurerm_log_analytics_linked_service", "workspace_id")) {
    if (read(ls, "read_access_id").state === "known") continue;
    const clusters = links.targets(ls, "write_access_id", ["azurerm_log_analytics_cluster"]);
    if (!clusters.length) {
      clues.push({ truth: idSet(ls, "write_access_id") === "no" ? "no" : "unknown", evidence: evFrom(ls, "write_access_id", { note: "cluster not in the plan" }) });
      continue;
    }
    for (const c of clusters) {
      const keys = links.sources(c, "azurerm_log_analytics_cluster_customer_managed_key", "log_analytics_cluster_id");
      clues.push({
        truth: keys.length ? "yes" : "no",
        evidence: keys.length ? evFrom(keys[0], "key_vault_key_id") : evFrom(c, "id", { note: "dedicated cluster without customer-managed key" })
      });
    }
  }
  return alwaysEncrypted("Log Analytics workspace", clues.length ? clues : [noKey("not linked to a dedicated cluster with a customer-managed key")]);
}
var STORAGE = {
  storage: {
    azurerm_storage_account: storageAccount3,
    azurerm_managed_disk: managedDisk2,
    azurerm_linux_virtual_machine: virtualMachine2,
    azurerm_windows_virtual_machine: virtualMachine2,
    azurerm_linux_virtual_machine_scale_set: virtualMachine2,
    azurerm_windows_virtual_machine_scale_set: virtualMachine2,
    azurerm_mssql_database: mssqlDatabase3,
    azurerm_postgresql_flexible_server: flexibleServer3("PostgreSQL flexible server"),
    azurerm_mysql_flexible_server: flexibleServer3("MySQL flexible server"),
    azurerm_postgresql_server: singleServer3("PostgreSQL server", "azurerm_postgresql_server_key"),
    azurerm_mysql_server: singleServer3("MySQL server", "azurerm_mysql_server_key"),
    azurerm_cosmosdb_account: cosmosAccount5,
    azurerm_redis_cache: redisCache2,
    azurerm_servicebus_namespace: servicebusNamespace,
    azurerm_eventhub_namespace: eventhubNamespace,
    azurerm_data_lake_store: dataLakeStore,
    azurerm_recovery_services_vault: recoveryVault3,
    azurerm_log_analytics_workspace: logWorkspace
  }
};

// providers/azure/knowledge/tls.ts
var APPGW_POLICIES = {
  appgwsslpolicy20150501: { minTls: "1.0", weak: true },
  appgwsslpolicy20170401: { minTls: "1.1", weak: true },
  appgwsslpolicy20170401s: { minTls: "1.2", weak: true },
  appgwsslpolicy20220101: { minTls: "1.2", weak: false },
  appgwsslpolicy20220101s: { minTls: "1.2", weak: false }
};
function weakSuite(name) {
  return /RC4|3DES|_DES_|NULL|EXPORT|_CBC_SHA$/i.test(name);
}
function transitFacet(label, encryptedOnly, minTls, evidence, settle, weakCiphers) {
  const out = { label, encryptedOnly, evidence };
  if (minTls !== void 0) out.minTls = minTls;
  if (weakCiphers !== void 0) out.weakCiphers = weakCiphers;
  if (encryptedOnly === "unknown" || minTls === "unknown" || weakCiphers === "unknown") out.settle = settle;
  return out;
}
function tlsVersion(v) {
  const m = /^(?:tls)?v?\s*1(?:[._]?([0-3]))?$/i.exec(v.trim());
  return m ? `1.${m[1] ?? "0"}` : void 0;
}

// providers/azure/plan/transit.ts
function lowest(versions) {
  const parsed = versions.map(tlsVersion).filter((x) => x !== void 0).sort();
  return parsed[0];
}
function tlsOf(r, path2, serviceDefault, note) {
  const a = readEnum(r, path2, serviceDefault);
  const evidence = ev2(r, a.attr, { safe: true, ...a.defaulted || a.value === void 0 ? { note } : {} });
  if (a.value === void 0 || a.value === "unknown") return { minTls: "unknown", evidence };
  return { minTls: tlsVersion(a.value) ?? "unknown", evidence };
}
function transit(label, encryptedOnly, tls, evidence, settle, weakCiphers) {
  const versions = tls?.map((t) => t.minTls);
  const minTls = versions === void 0 ? void 0 : versions.includes("unknown") ? "unknown" : lowest(versions);
  return transitFacet(label, encryptedOnly, minTls, [...evidence, ...tls?.map((t) => t.evidence) ?? []], settle, weakCiphers);
}
function storageAccount4(r) {
  const https = readBool(r, firstPresent(r, ["https_traffic_only_enabled", "enable_https_traffic_only"]), true, true);
  const tls = tlsOf(r, "min_tls_version", void 0, "not set: the default depends on the provider version (TLS1_2 since azurerm 3.0, TLS1_0 before)");
  return transit("storage account", https.truth, [tls], [ev2(r, https.attr)], "https_traffic_only_enabled and min_tls_version of the storage account");
}
function webApp2(r) {
  const https = readBool(r, "https_only", false, false);
  const legacy = r.type === "azurerm_app_service" || r.type === "azurerm_function_app" || r.type === "azurerm_app_service_slot" || r.type === "azurerm_function_app_slot";
  const ftps = readEnum(r, "site_config[0].ftps_state", legacy ? void 0 : "Disabled");
  const ftpTruth = ftps.value === "unknown" || ftps.value === void 0 ? "unknown" : ftps.value.toLowerCase() === "allallowed" ? "no" : "yes";
  const site = tlsOf(r, legacy ? "site_config[0].min_tls_version" : "site_config[0].minimum_tls_version", "1.2", "not set: App Service accepts TLS 1.2 and later");
  const scm = tlsOf(r, legacy ? "site_config[0].scm_min_tls_version" : "site_config[0].scm_minimum_tls_version", "1.2", "not set: the SCM endpoint accepts TLS 1.2 and later");
  const evidence = [ev2(r, https.attr), ev2(r, ftps.attr, { safe: true, ...ftps.defaulted ? { note: "not set: FTP is disabled" } : ftpTruth === "no" ? { note: "plain FTP accepted for deployments" } : {} })];
  return transit(legacy ? "App Service app" : r.type.includes("function") ? "function app" : "web app", allOf([https.truth, ftpTruth]), [site, scm], evidence, "https_only, site_config[0].ftps_state and the minimum TLS versions of the app");
}
function mssqlServer2(r) {
  const a = readEnum(r, "minimum_tls_version", "1.2");
  let tls;
  if (a.value !== void 0 && a.value !== "unknown" && /^disabled$/i.test(a.value)) tls = { minTls: "1.0", evidence: ev2(r, a.attr, { safe: true, note: "no minimum TLS version: TLS 1.0 and 1.1 are accepted" }) };
  else tls = tlsOf(r, "minimum_tls_version", "1.2", "not set: TLS 1.2 is the minimum");
  return transit("Azure SQL server", "yes", [tls], [{ path: "id", note: "Azure SQL accepts encrypted connections only" }], "minimum_tls_version of the server once applied");
}
function parameter(server2, links, type, path2, byName, name) {
  let configs = links.sources(server2, type, path2);
  if (byName) configs = configs.filter((c) => sameResourceGroup(c, server2));
  for (const c of configs) {
    if ((knownString(c, "name") ?? "").toLowerCase() !== name) continue;
    const v = read(c, "value");
    return { value: v.state === "known" ? String(v.value) : "unknown", evidence: evFrom(c, v, { safe: true }) };
  }
  return { value: void 0 };
}
function flexibleServer4(kind) {
  return (r, { links }) => {
    const type = kind === "postgresql" ? "azurerm_postgresql_flexible_server_configuration" : "azurerm_mysql_flexible_server_configuration";
    const [path2, byName] = kind === "postgresql" ? ["server_id", false] : ["server_name", true];
    const secure = parameter(r, links, type, path2, byName, "require_secure_transport");
    const tlsName = kind === "postgresql" ? "ssl_min_protocol_version" : "tls_version";
    const tls = parameter(r, links, type, path2, byName, tlsName);
    const secureTruth = secure.value === void 0 ? "yes" : secure.value === "unknown" ? "unknown" : /^(on|1|true)$/i.test(secure.value) ? "yes" : "no";
    const evidence = [secure.evidence ?? { path: `configuration.require_secure_transport`, value: "ON", note: "not set in the plan: ON by default" }];
    const minTls = tls.value === void 0 ? { minTls: "1.2", evidence: { path: `configuration.${tlsName}`, note: "not set in the plan: TLS 1.2 and later by default" } } : { minTls: tls.value === "unknown" ? "unknown" : lowest(tls.value.split(",")) ?? "unknown", evidence: tls.evidence };
    return transit(kind === "postgresql" ? "PostgreSQL flexible server" : "MySQL flexible server", secureTruth, [minTls], evidence, `the ${"require_secure_transport"} and ${tlsName} server parameters once applied`);
  };
}
function singleServer4(label) {
  return (r) => {
    const ssl = readBool(r, "ssl_enforcement_enabled", void 0);
    const a = readEnum(r, "ssl_minimal_tls_version_enforced", "TLS1_2");
    const tls = a.value !== void 0 && a.value !== "unknown" && /disabled/i.test(a.value) ? { minTls: "1.0", evidence: ev2(r, a.attr, { safe: true, note: "no minimum TLS version" }) } : tlsOf(r, "ssl_minimal_tls_version_enforced", "TLS1_2", "not set: TLS 1.2 is the minimum");
    return transit(label, ssl.truth, [tls], [ev2(r, ssl.attr)], "ssl_enforcement_enabled and ssl_minimal_tls_version_enforced once applied");
  };
}
function redisCache3(r) {
  const plain = readBool(r, firstPresent(r, ["non_ssl_port_enabled", "enable_non_ssl_port"]), false, false);
  const encrypted = plain.truth === "yes" ? "no" : plain.truth === "no" ? "yes" : "unknown";
  const tls = tlsOf(r, "minimum_tls_version", "1.2", "not set: TLS 1.2 is the minimum");
  return transit("Azure Cache for Redis", encrypted, [tls], [ev2(r, plain.attr)], "the non-TLS port and minimum_tls_version of the cache once applied");
}
function cosmosAccount6(r) {
  const known = "minimal_tls_version" in r.values || typeof r.unknownTree === "object" && r.unknownTree !== null && "minimal_tls_version" in r.unknownTree || r.origin === "config";
  const tls = known ? tlsOf(r, "minimal_tls_version", "Tls12", "not set: TLS 1.2 is the minimum") : { minTls: "unknown", evidence: { path: "minimal_tls_version", note: "not in the plan: a provider older than the setting" } };
  if (tls.minTls === "unknown" && /^tls$/i.test(knownString(r, "minimal_tls_version") ?? "")) tls.minTls = "1.0";
  return transit("Cosmos DB account", "yes", [tls], [{ path: "id", note: "Cosmos DB accepts TLS connections only" }], "minimal_tls_version of the account once applied");
}
function appGwPolicy(r, base) {
  const policy = blocks(r, base);
  if (policy === "unknown") return { tls: { minTls: "unknown", evidence: ev2(r, base) }, weak: "unknown" };
  if (!policy.length) {
    return {
      tls: { minTls: "unknown", evidence: { path: base, note: "no TLS policy: the default depends on the API version (AppGwSslPolicy20150501, TLS 1.0, before 2023-02-01; AppGwSslPolicy20220101 after)" } },
      weak: "unknown"
    };
  }
  const type = readEnum(r, `${base}[0].policy_type`, void 0);
  const name = read(r, `${base}[0].policy_name`);
  if (name.state === "known" && (type.value === void 0 || /^predefined$/i.test(type.value))) {
    const known = APPGW_POLICIES[String(name.value).toLowerCase()];
    if (known) return { tls: { minTls: known.minTls, evidence: ev2(r, name, { safe: true }) }, weak: known.weak ? "yes" : "no" };
    return { tls: { minTls: "unknown", evidence: ev2(r, name, { safe: true, note: "predefined policy not known to cldscan" }) }, weak: "unknown" };
  }
  if (type.value === "unknown" || name.state === "unknown") return { tls: { minTls: "unknown", evidence: ev2(r, `${base}[0]`) }, weak: "unknown" };
  const min = tlsOf(r, `${base}[0].min_protocol_version`, void 0, "custom policy without a minimum protocol version");
  const suites = read(r, `${base}[0].cipher_suites`);
  let weak = "unknown";
  if (suites.state === "known" && Array.isArray(suites.value)) weak = suites.value.some((s) => typeof s === "string" && weakSuite(s)) ? "yes" : "no";
  return { tls: min, weak };
}
function applicationGateway(r) {
  const listeners = blocks(r, "http_listener");
  const rules = blocks(r, "request_routing_rule");
  const redirects = blocks(r, "redirect_configuration");
  const settle = "the listeners, routing rules, redirects and TLS policy of the gateway once applied";
  if (listeners === "unknown" || rules === "unknown" || redirects === "unknown") return transit("Application Gateway", "unknown", void 0, [ev2(r, "http_listener")], settle);
  const evidence = [];
  const truths = [];
  const byName = (list2, name) => list2.findIndex((x) => x.name === name);
  let https = 0;
  listeners.forEach((l, i) => {
    const protocol = String(l.protocol ?? "");
    if (/^https$/i.test(protocol)) {
      https++;
      return;
    }
    const using = rules.map((rule, j) => ({ rule, j })).filter((x) => x.rule.http_listener_name === l.name);
    let served = using.length ? "no" : "yes";
    for (const { rule, j } of using) {
      const redirect = byName(redirects, rule.redirect_configuration_name);
      if (redirect < 0) {
        served = "no";
        evidence.push({ path: `request_routing_rule[${j}]`, note: "an HTTP listener serves backends without redirecting to HTTPS" });
        break;
      }
      const target = redirects[redirect];
      const targetListener = byName(listeners, target.target_listener_name);
      const toHttps = targetListener >= 0 ? /^https$/i.test(String(listeners[targetListener].protocol ?? "")) : typeof target.target_url === "string" && /^https:\/\//i.test(target.target_url);
      served = toHttps ? "yes" : "no";
      evidence.push({ path: `redirect_configuration[${redirect}]`, note: toHttps ? "HTTP redirected to HTTPS" : "HTTP redirected elsewhere than HTTPS" });
      if (!toHttps) break;
    }
    truths.push(served);
    evidence.push({ path: `http_listener[${i}].protocol`, value: protocol || null });
  });
  if (!https) return transit("Application Gateway", allOf(truths), void 0, evidence, settle);
  const { tls, weak } = appGwPolicy(r, "ssl_policy");
  const profiles = blocks(r, "ssl_profile");
  const tlsList = [tls];
  const weakList = [weak];
  if (profiles !== "unknown") {
    profiles.forEach((_, i) => {
      const own = blocks(r, `ssl_profile[${i}].ssl_policy`);
      if (own !== "unknown" && !own.length) return;
      const p = appGwPolicy(r, `ssl_profile[${i}].ssl_policy`);
      tlsList.push(p.tls);
      weakList.push(p.weak);
    });
  }
  return transit("Application Gateway", allOf(truths), tlsList, evidence, settle, anyOf(weakList));
}
var TRANSIT = {
  transit: {
    azurerm_storage_account: storageAccount4,
    ...Object.fromEntries(WEB_APPS.map((t) => [t, webApp2])),
    azurerm_mssql_server: mssqlServer2,
    azurerm_postgresql_flexible_server: flexibleServer4("postgresql"),
    azurerm_mysql_flexible_server: flexibleServer4("mysql"),
    azurerm_postgresql_server: singleServer4("PostgreSQL server"),
    azurerm_mysql_server: singleServer4("MySQL server"),
    azurerm_redis_cache: redisCache3,
    azurerm_cosmosdb_account: cosmosAccount6,
    azurerm_application_gateway: applicationGateway
  }
};

// providers/azure/plan/index.ts
var PLAN_TABLES = [LOCATIONS, STORAGE, INGRESS, ENDPOINTS, IDENTITY, LOGGING, BACKUPS, TRANSIT, KEYS, SECRETS, LOG_PROTECTION, DETECTION, CREDENTIALS, AVAILABILITY, PUBLIC_ACCESS];

// providers/azure/availability.ts
function facet4(label, multiZone, g, settle, note) {
  return { label, multiZone, evidence: [ev(g, { safe: true, ...note ? { note } : {} })], ...multiZone === "unknown" ? { settle } : {} };
}
function sqlDatabase3(r) {
  if (isSystemDatabase(r)) return void 0;
  const z = prop(r, "zoneRedundant");
  const b = bool(z);
  return facet4("Azure SQL database", b === void 0 ? "unknown" : b ? "yes" : "no", z, "properties.zoneRedundant of the database");
}
function flexibleServer5(label) {
  return (r) => {
    const mode = prop(r, "highAvailability.mode");
    const m = str(mode);
    return facet4(label, m === void 0 ? "unknown" : lower(m) === "zoneredundant" ? "yes" : "no", mode, "properties.highAvailability.mode of the server");
  };
}
function zonal2(label) {
  return (r) => {
    const z = field(r, "zones");
    const zones = list(z);
    const present = Object.keys(r).some((k) => k.toLowerCase() === "zones");
    const truth = zones ? zones.length >= 2 ? "yes" : "no" : present ? "no" : "unknown";
    return facet4(label, truth, z, "the zones of the resource", zones ? `${zones.length} zone(s)` : present ? "no zone" : void 0);
  };
}
function aks(r) {
  const pools = prop(r, "agentPoolProfiles");
  const items = list(pools);
  const system = items?.find((p) => isObject(p) && lower(str(get(p, "mode")) ?? "") === "system") ?? items?.[0];
  if (!isObject(system)) return facet4("AKS system node pool", "unknown", pools, "properties.agentPoolProfiles of the cluster");
  const zones = get(system, "availabilityZones", pools.path);
  const n = list(zones)?.length ?? 0;
  return facet4("AKS system node pool", n >= 2 ? "yes" : "no", zones, "properties.agentPoolProfiles of the cluster", `${n} zone(s)`);
}
function storageAccount5(r) {
  const sku = field(r, "sku.name");
  const s = str(sku);
  return facet4("storage account", s === void 0 ? "unknown" : /ZRS$/i.test(s) ? "yes" : "no", sku, "sku.name of the storage account");
}
var AVAILABILITY_BUILDERS = {
  "microsoft.sql/servers/databases": sqlDatabase3,
  "microsoft.dbforpostgresql/flexibleservers": flexibleServer5("PostgreSQL flexible server"),
  "microsoft.dbformysql/flexibleservers": flexibleServer5("MySQL flexible server"),
  "microsoft.network/applicationgateways": zonal2("Application Gateway"),
  "microsoft.cache/redis": zonal2("Azure Cache for Redis"),
  "microsoft.compute/virtualmachinescalesets": zonal2("VM scale set"),
  "microsoft.containerservice/managedclusters": aks,
  "microsoft.storage/storageaccounts": storageAccount5
};

// providers/azure/detection.ts
function planName(r) {
  return lower(str(field(r, "name")) ?? (idOf(r) ?? "").split("/").pop() ?? "");
}
function tier(r) {
  const t = str(prop(r, "pricingTier"));
  return t === void 0 ? "unknown" : lower(t) === "standard" ? "yes" : "no";
}
function extension(r, name) {
  const items = list(prop(r, "extensions"));
  if (!items) return "unknown";
  const e = items.find((x) => isObject(x) && lower(str(get(x, "name")) ?? "") === lower(name));
  if (!e || !isObject(e)) return "no";
  const on = bool(get(e, "isEnabled"));
  return on === void 0 ? "unknown" : on ? "yes" : "no";
}
function pricingDetection2(r) {
  const plan = planName(r);
  const service = DEFENDER_PLANS[plan];
  if (!service) return void 0;
  const enabled = tier(r);
  const out = { service, enabled, evidence: [ev(prop(r, "pricingTier"), { safe: true })] };
  if (plan === "storageaccounts" && enabled === "yes") {
    const sub = prop(r, "subPlan");
    const v2 = str(sub) === void 0 ? "unknown" : /v2$/i.test(str(sub)) ? "yes" : "no";
    const ext = extension(r, "OnUploadMalwareScanning");
    out.malwareProtection = allOf([v2, ext]);
    out.evidence.push(ev(sub, { safe: true }), { path: "properties.extensions", note: ext === "yes" ? "OnUploadMalwareScanning on" : ext === "no" ? "OnUploadMalwareScanning off" : "extensions not in the record" });
  }
  return out;
}
function defenderOnSubscription(details) {
  const { items, complete } = children(details, "pricings");
  const on = items.filter((r) => tier(r) === "yes").map(planName).sort();
  const base = { service: "Microsoft Defender for Cloud", where: "the subscription" };
  if (on.length) return { ...base, enabled: "yes", evidence: [{ path: "pricings", value: on.length, note: `Standard plans: ${on.slice(0, 6).join(", ")}` }] };
  if (complete) return { ...base, enabled: "no", evidence: [{ path: "pricings", value: 0, note: items.length ? "every Defender plan is on the Free tier" : "no Defender plan" }] };
  return { ...base, enabled: "unknown", evidence: [{ path: "pricings", value: null, note: "the Defender plans of the subscription are not in the inventory" }], settle: "the Defender plans of the subscription (az security pricing list)" };
}
function pricingVulnerability2(r) {
  const plan = planName(r);
  if (plan !== "virtualmachines" && plan !== "containers") return void 0;
  let enabled = tier(r);
  const evidence = [ev(prop(r, "pricingTier"), { safe: true })];
  if (plan === "containers" && enabled === "yes" && extension(r, "ContainerRegistriesVulnerabilityAssessments") === "no" && list(prop(r, "extensions"))?.length) {
    enabled = "no";
    evidence.push({ path: "properties.extensions", note: "ContainerRegistriesVulnerabilityAssessments off" });
  }
  const label = plan === "virtualmachines" ? "subscription's machines (Defender for Servers vulnerability assessment)" : "subscription's container images (Defender for Containers)";
  const out = { label, enabled, evidence };
  if (enabled === "unknown") out.settle = "properties.pricingTier of the Defender plan";
  return out;
}
function containerRegistry2(_r, details) {
  const label = "container registry";
  const { items, complete } = children(details, "pricings");
  const relevant2 = items.filter((p) => ["containers", "cloudposture", "containerregistry"].includes(planName(p)));
  const evidence = relevant2.map((p) => ({ ...ev(prop(p, "pricingTier")), path: `pricings/${str(field(p, "name")) ?? planName(p)}.properties.pricingTier` }));
  if (relevant2.some((p) => tier(p) === "yes")) return { label, enabled: "yes", evidence };
  if (complete && relevant2.every((p) => tier(p) === "no")) {
    return { label, enabled: "no", evidence: evidence.length ? evidence : [{ path: "pricings", note: "no Defender plan scans registry images in this subscription" }] };
  }
  return {
    label,
    enabled: "unknown",
    evidence: evidence.length ? evidence : [{ path: "pricings", note: "the Defender plans of the subscription were not read" }],
    settle: "the Defender for Containers (or Defender CSPM) plan of the subscription (az security pricing show -n Containers)"
  };
}
function virtualNetwork2(r, details) {
  const label = "virtual network";
  const { items, complete } = children(details, "flowlogs");
  if (!complete && !items.length) {
    return { label, enabled: "unknown", evidence: [{ path: "flowLogs", note: "the Network Watcher flow logs of the subscription were not read" }], settle: "the Network Watcher flow logs of the subscription (az network watcher flow-log list --location <region>)" };
  }
  const id = lower(idOf(r) ?? "");
  const on = (target) => {
    const logs = items.filter((l) => lower(idAt(prop(l, "targetResourceId")) ?? "") === target);
    if (!logs.length) return "no";
    const states = logs.map((l) => bool(prop(l, "enabled")));
    return states.includes(true) ? "yes" : states.includes(void 0) ? "unknown" : "no";
  };
  const evidenceOf = (target) => items.map((l, i) => ({ l, i })).filter(({ l }) => lower(idAt(prop(l, "targetResourceId")) ?? "") === target).map(({ l, i }) => ({ ...ev(prop(l, "enabled")), path: `flowLogs[${i}].properties.enabled` }));
  if (on(id) === "yes") return { label, enabled: "yes", evidence: evidenceOf(id) };
  const subnets = list(prop(r, "subnets"));
  const evidence = evidenceOf(id);
  if (!subnets) {
    const out2 = { label, enabled: on(id) === "unknown" ? "unknown" : "no", evidence: evidence.length ? evidence : [{ path: "flowLogs", value: 0, note: "no flow log covers this virtual network" }] };
    if (out2.enabled === "unknown") out2.settle = "the flow logs of the virtual network";
    return out2;
  }
  const truths = subnets.map((s) => {
    if (!isObject(s)) return "unknown";
    const sid = lower(idAt(get(s, "id")) ?? "");
    const nsg2 = lower(idAt(prop(s, "networkSecurityGroup.id")) ?? "");
    const own = sid ? on(sid) : "no";
    const viaNsg = nsg2 ? on(nsg2) : "no";
    if (sid) evidence.push(...evidenceOf(sid));
    if (nsg2) evidence.push(...evidenceOf(nsg2));
    return anyOf([own, viaNsg]);
  });
  const all = truths.length ? allOf(truths) : "no";
  const enabled = on(id) === "unknown" && all !== "yes" ? "unknown" : all;
  if (enabled === "no") evidence.push({ path: "properties.subnets", note: items.length ? "not every subnet is covered by a flow log" : "no flow log covers this virtual network or its subnets" });
  const out = { label, enabled, evidence };
  if (enabled === "unknown") out.settle = "the flow logs of the virtual network";
  return out;
}
function flowLogCovers(vnet, flowLog) {
  const id = lower(idOf(vnet) ?? "");
  const target = lower(idAt(prop(flowLog, "targetResourceId")) ?? "");
  if (!target || !id) return false;
  if (target === id || target.startsWith(`${id}/subnets/`)) return true;
  const nsgs = (list(prop(vnet, "subnets")) ?? []).map((s) => isObject(s) ? lower(idAt(prop(s, "networkSecurityGroup.id")) ?? "") : "").filter(Boolean);
  return nsgs.includes(target);
}
var DETECTION_BUILDERS = {
  "microsoft.security/pricings": pricingDetection2
};
var VULNERABILITY_BUILDERS = {
  "microsoft.security/pricings": pricingVulnerability2,
  "microsoft.containerregistry/registries": containerRegistry2
};
var FLOW_LOG_BUILDERS = {
  "microsoft.network/virtualnetworks": virtualNetwork2
};

// providers/azure/identity.ts
var MFA_ASSESSMENTS = [
  { key: "6240402e-f77c-46fa-9060-a7ce53997754", role: "owner", generation: "current" },
  { key: "c0cb17b2-0607-48a7-b0e0-903ed22de39b", role: "write", generation: "current" },
  { key: "dabc9bc4-b8a8-45bd-9a5a-43000df8aa1c", role: "read", generation: "current" },
  { key: "94290b00-4d0c-d7b4-7cea-064a9554e681", role: "owner", generation: "deprecated" },
  { key: "57e98606-6b1e-6193-0e3d-fe621387c16b", role: "write", generation: "deprecated" },
  { key: "151e82c5-5341-a74b-1eb0-bc38d2c84bb5", role: "read", generation: "deprecated" }
];
var BY_KEY = new Map(MFA_ASSESSMENTS.map((a) => [a.key, a]));
function mfaAssessment(rec) {
  const name = str(field(rec, "name")) ?? (idOf(rec) ?? "").split("/").pop() ?? "";
  return BY_KEY.get(lower(name));
}
var SETTLE = 'the Microsoft Defender for Cloud assessments "Accounts with owner permissions on Azure resources should be MFA enabled" (6240402e-f77c-46fa-9060-a7ce53997754) and "Accounts with write permissions on Azure resources should be MFA enabled" (c0cb17b2-0607-48a7-b0e0-903ed22de39b), readable with the Security Reader role, or proof that conditional access requires MFA of every owner and contributor';
function subscriptionMfa(subscriptionId, details) {
  const found = children(details, "assessments").items.filter((a) => mfaAssessment(a) !== void 0);
  const evidence = [];
  const verdicts = [];
  for (const role of ["owner", "write"]) {
    const candidates = found.filter((a) => mfaAssessment(a).role === role);
    const chosen = candidates.find((a) => mfaAssessment(a).generation === "current") ?? candidates[0];
    if (!chosen) {
      verdicts.push("unknown");
      evidence.push({ path: `assessments/${MFA_ASSESSMENTS.find((a) => a.role === role && a.generation === "current").key}`, note: `no Defender for Cloud MFA assessment of accounts with ${role} permissions` });
      continue;
    }
    const code = prop(chosen, "status.code");
    const c = str(code);
    verdicts.push(c === void 0 ? "unknown" : lower(c) === "healthy" ? "enforced" : lower(c) === "unhealthy" ? "absent" : "unknown");
    const key2 = mfaAssessment(chosen);
    evidence.push(ev(code, { safe: true, ...idOf(chosen) ? { from: idOf(chosen) } : {}, note: `MFA of accounts with ${role} permissions (${key2.generation} assessment ${key2.key})` }));
  }
  const mfa = verdicts.includes("absent") ? "absent" : verdicts.every((v) => v === "enforced") ? "enforced" : "unknown";
  const out = {
    principalKind: "grant",
    principal: `accounts with owner or write permissions on subscription ${subscriptionId}`,
    admin: "yes",
    humanAccess: "yes",
    mfa,
    evidence
  };
  if (mfa === "unknown") out.settle = SETTLE;
  return out;
}

// providers/azure/keys.ts
function vault(label) {
  return (r) => {
    const soft = prop(r, "enableSoftDelete");
    const purge = prop(r, "enablePurgeProtection");
    const configured2 = prop(r, "vaultUri").found || prop(r, "hsmUri").found;
    const s = bool(soft);
    const p = bool(purge);
    const softDelete = s === void 0 ? "unknown" : s ? "yes" : "no";
    const purgeProtection = p === true ? "yes" : p === false || configured2 ? "no" : "unknown";
    const evidence = [ev(soft), ev(purge, p === void 0 && configured2 ? { note: "not set: purge protection is off (ARM shows it only once enabled)" } : {})];
    return { label, softDelete, purgeProtection, evidence };
  };
}
function vaultKey(r) {
  const label = "Key Vault key";
  const policy = prop(r, "rotationPolicy");
  if (!isObject(policy.value)) return { label, rotation: "unknown", evidence: [ev(policy, { note: "the rotation policy is not in the record (az keyvault key rotation-policy show)" })] };
  const actions = list(get(policy.value, "lifetimeActions")) ?? [];
  const rotate = actions.find((a) => isObject(a) && lower(str(get(a, "action.type")) ?? "") === "rotate");
  if (!rotate || !isObject(rotate)) return { label, rotation: "no", evidence: [{ path: `${policy.path}.lifetimeActions`, note: "no rotate action: the key never rotates automatically" }] };
  const after = str(get(rotate, "trigger.timeAfterCreate"));
  const before = str(get(rotate, "trigger.timeBeforeExpiry"));
  const expiry = str(get(policy.value, "attributes.expiryTime"));
  const evidence = [
    ...after !== void 0 && isoDays(after) !== void 0 ? [{ path: `${policy.path}.lifetimeActions.trigger.timeAfterCreate`, value: after }] : [],
    ...before !== void 0 && isoDays(before) !== void 0 ? [{ path: `${policy.path}.lifetimeActions.trigger.timeBeforeExpiry`, value: before }] : [],
    ...expiry !== void 0 && isoDays(expiry) !== void 0 ? [{ path: `${policy.path}.attributes.expiryTime`, value: expiry }] : []
  ];
  return { label, rotation: "yes", rotationDays: rotationDays(after, before, expiry), evidence };
}
var SECRET_STORE_BUILDERS = {
  "microsoft.keyvault/vaults": vault("Key Vault"),
  "microsoft.keyvault/managedhsms": vault("managed HSM")
};
var KEY_BUILDERS = {
  "microsoft.keyvault/vaults/keys": vaultKey
};

// providers/azure/locations.ts
function isControlPlane2(type) {
  return isControlPlaneArmType(type);
}
function geoWhen(g, geo, role, region, what) {
  const v = str(g);
  if (v === void 0) return [at(void 0, role, ev(g, { safe: true, note: `${what} not known: a geo-redundant copy would be in the paired region` }))];
  return geo.some((x) => lower(x) === lower(v)) ? [pairedCopy(region, role, ev(g, { safe: true }))] : [];
}
var storageCopies = (r, region) => {
  const secondary = prop(r, "secondaryLocation");
  if (str(secondary)) return [at(str(secondary), "secondary", ev(secondary, { safe: true }))];
  const sku = field(r, "sku.name");
  const s = str(sku);
  if (s === void 0) return [at(void 0, "secondary", ev(sku, { safe: true, note: "replication not known: a geo-redundant copy would be in the paired region" }))];
  return /(^|_)(RA)?G(Z)?RS$/i.test(s) ? [pairedCopy(region, "secondary", ev(sku, { safe: true }))] : [];
};
var sqlDatabaseCopies = (r, region) => {
  if (isSystemDatabase(r)) return [];
  const current = prop(r, "currentBackupStorageRedundancy");
  const g = current.found ? current : prop(r, "requestedBackupStorageRedundancy");
  return geoWhen(g, ["Geo", "GeoZone"], "backup", region, "backup storage redundancy");
};
function enabledBackup(path2) {
  return (r, region) => geoWhen(prop(r, path2), ["Enabled"], "backup", region, "geo-redundant backup");
}
var cosmosCopies2 = (r, region) => {
  const out = [];
  const locs = prop(r, "locations");
  const items = list(locs);
  if (!items) out.push(at(void 0, "replica", ev(locs, { note: "the regions of the account are not known" })));
  else {
    items.forEach((l, i) => {
      if (!isObject(l)) return;
      const name = { ...prop(l, "locationName"), path: `${locs.path}[${i}].locationName` };
      const priority = num(prop(l, "failoverPriority"));
      out.push(at(str(name), priority === 0 ? "primary" : "replica", ev(name, { safe: true })));
    });
  }
  const mode = prop(r, "backupPolicy.type");
  if (str(mode) && lower(str(mode)) === "continuous") return out;
  if (!str(mode)) return [...out, at(void 0, "backup", ev(mode, { safe: true, note: "backup mode not known: periodic backups are geo-redundant by default" }))];
  return [...out, ...geoWhen(prop(r, "backupPolicy.periodicModeProperties.backupStorageRedundancy"), ["Geo"], "backup", region, "backup storage redundancy")];
};
var vaultCopies = (r, region) => geoWhen(prop(r, "redundancySettings.standardTierStorageRedundancy"), ["GeoRedundant"], "secondary", region, "vault storage redundancy");
var COPIES2 = {
  "microsoft.storage/storageaccounts": storageCopies,
  "microsoft.sql/servers/databases": sqlDatabaseCopies,
  "microsoft.dbforpostgresql/flexibleservers": enabledBackup("backup.geoRedundantBackup"),
  "microsoft.dbformysql/flexibleservers": enabledBackup("backup.geoRedundantBackup"),
  "microsoft.dbforpostgresql/servers": enabledBackup("storageProfile.geoRedundantBackup"),
  "microsoft.dbformysql/servers": enabledBackup("storageProfile.geoRedundantBackup"),
  "microsoft.documentdb/databaseaccounts": cosmosCopies2,
  "microsoft.recoveryservices/vaults": vaultCopies
};
function distinct2(locations) {
  const seen = /* @__PURE__ */ new Set();
  return locations.filter((l) => {
    const k = `${l.role}|${l.region?.toLowerCase().replace(/\s+/g, "") ?? `?${l.evidence.path}`}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
function dataLocations2(r, type) {
  if (isControlPlane2(type)) return void 0;
  const loc = field(r, "location");
  const region = str(loc);
  if (region === void 0) return void 0;
  return { locations: distinct2([at(region, "primary", ev(loc, { safe: true })), ...COPIES2[type]?.(r, region) ?? []]) };
}

// providers/azure/logging.ts
function workspaceRetention2(ws, from) {
  const mark = (e) => from ? { ...e, from } : e;
  const sku = prop(ws, "sku.name").found ? prop(ws, "sku.name") : field(ws, "sku.name");
  if (str(sku) && lower(str(sku)) === "free") return { days: FREE_TIER_DAYS, evidence: [mark(ev(sku, { safe: true, note: FREE_TIER_NOTE }))] };
  const days = prop(ws, "retentionInDays");
  const n = num(days);
  if (n === void 0) return { days: "unknown", evidence: [mark(ev(days))], settle: "properties.retentionInDays of the Log Analytics workspace" };
  const purge = prop(ws, "features.immediatePurgeDataOn30Days");
  if (bool(purge) === true) return { days: Math.min(n, 30), evidence: [mark(ev(days)), mark(ev(purge))] };
  return { days: n, evidence: [mark(ev(days))] };
}
function workspaceLogStore(ws) {
  const kept = workspaceRetention2(ws);
  return { kind: "log-workspace", label: "Log Analytics workspace", retentionDays: kept.days, evidence: kept.evidence, ...kept.settle ? { settle: kept.settle } : {} };
}
var ACTIVITY_CONTAINER2 = "insights-activity-logs/";
var POLICY_SETTLE = "the lifecycle management policy of the destination storage account";
function storageRetention2(accountId, details) {
  const base = `${lower(accountId)}/managementpolicies`;
  let complete = false;
  const policies = [];
  for (const r of details.records) {
    const id = lower(idOf(r) ?? "");
    if (id === base && Array.isArray(r.value)) {
      complete = true;
      for (const item of r.value.filter(isObject)) policies.push(item);
    } else if (id.startsWith(`${base}/`)) policies.push(r);
  }
  if (!policies.length) {
    if (complete) return { days: "forever", evidence: [{ path: "managementPolicies", value: 0, from: accountId, note: "no lifecycle management policy: blobs are kept until deleted" }] };
    return { days: "unknown", evidence: [{ path: "managementPolicies/default", from: accountId, note: "the lifecycle policy of the storage account was not read" }], settle: POLICY_SETTLE };
  }
  let shortest;
  const evidence = [];
  for (const policy of policies) {
    const rules = prop(policy, "policy.rules");
    const items = list(rules);
    if (!items) return { days: "unknown", evidence: [ev(rules, { from: accountId })], settle: POLICY_SETTLE };
    items.forEach((rule, i) => {
      if (!isObject(rule) || bool(get(rule, "enabled")) === false) return;
      const prefixes = list(get(rule, "definition.filters.prefixMatch")) ?? [];
      const types = list(get(rule, "definition.filters.blobTypes")) ?? [];
      const reaches = prefixes.length === 0 || prefixes.some((x) => typeof x === "string" && (ACTIVITY_CONTAINER2.startsWith(x) || x.startsWith(ACTIVITY_CONTAINER2)));
      if (!reaches || !types.some((t) => typeof t === "string" && lower(t) === "appendblob")) return;
      for (const action of ["daysAfterModificationGreaterThan", "daysAfterCreationGreaterThan"]) {
        const g = get(rule, `definition.actions.baseBlob.delete.${action}`, `${rules.path}[${i}]`);
        const d = num(g);
        if (d === void 0) continue;
        shortest = Math.min(shortest ?? Infinity, d);
        evidence.push(ev(g, { from: accountId }));
      }
    });
  }
  if (shortest === void 0) return { days: "forever", evidence: [{ path: "policy.rules", from: accountId, note: "no lifecycle rule deletes activity-log blobs" }] };
  return { days: shortest, evidence };
}
function exportsLogs(setting2) {
  const logs = list(prop(setting2, "logs"));
  if (!logs) return true;
  return logs.some((l) => isObject(l) && bool(prop(l, "enabled")) !== false);
}
function settingRetention(setting2, index, details) {
  const nested = { records: [...details.records, ...nestedDetails(setting2)] };
  const kept = [];
  const at2 = `diagnosticSettings[${index}]`;
  const workspaceId = idAt(prop(setting2, "workspaceId"));
  if (workspaceId) {
    const ws = nested.records.find((r) => typeOf(r) === "microsoft.operationalinsights/workspaces" && lower(idOf(r) ?? "") === lower(workspaceId));
    kept.push(ws ? workspaceRetention2(ws, workspaceId) : { days: "unknown", evidence: [{ path: `${at2}.properties.workspaceId`, note: "the destination workspace was not read" }], settle: "the retention of the destination Log Analytics workspace" });
  }
  const accountId = idAt(prop(setting2, "storageAccountId"));
  if (accountId) kept.push(storageRetention2(accountId, nested));
  if (!kept.length) {
    kept.push({ days: "unknown", evidence: [{ path: `${at2}.properties.eventHubAuthorizationRuleId`, note: "streamed to an event hub or a partner solution" }], settle: "the store that receives the streamed activity log" });
  }
  return kept;
}
function activityLogExport2(details) {
  const { items, complete } = children(details, "diagnosticsettings");
  const exporting = items.filter(exportsLogs).length;
  const present = exporting ? "yes" : complete ? "no" : "unknown";
  const note = exporting ? `${exporting} diagnostic setting(s) export the activity log` : complete ? "no diagnostic setting exports the activity log" : "the diagnostic settings of the subscription are not in the inventory";
  return {
    label: "activity-log export",
    where: "the subscription",
    present,
    multiRegion: "unknown",
    integrityValidation: "unknown",
    coversAllServices: "unknown",
    evidence: [{ path: "diagnosticSettings", value: exporting, note }],
    ...present === "unknown" ? { settle: "the diagnostic settings of the subscription (az monitor diagnostic-settings subscription list)" } : {}
  };
}
function activityLog(details) {
  const { items, complete } = children(details, "diagnosticsettings");
  if (!complete && !items.length) return void 0;
  const exporting = items.filter(exportsLogs);
  let kept;
  if (!exporting.length) {
    kept = complete ? { days: ACTIVITY_LOG_DAYS, evidence: [{ path: "diagnosticSettings", value: 0, note: "no diagnostic setting exports the activity log: Azure keeps it 90 days" }] } : { days: "unknown", evidence: [{ path: "diagnosticSettings", note: "not every diagnostic setting of the subscription was read" }], settle: "the diagnostic settings of the subscription" };
  } else {
    kept = longest(exporting.flatMap((s, i) => settingRetention(s, i, details)));
  }
  return {
    kind: "diagnostic-setting",
    label: "activity log",
    retentionDays: kept.days,
    evidence: kept.evidence,
    ...kept.days === "unknown" && kept.settle ? { settle: kept.settle } : {}
  };
}
var CONTAINER2 = "insights-activity-logs";
function storageProtection(accountId, details) {
  const key2 = lower(accountId);
  const account2 = details.records.find((r) => lower(idOf(r) ?? "") === key2 && typeOf(r) === "microsoft.storage/storageaccounts");
  const container = details.records.find((r) => lower(idOf(r) ?? "") === `${key2}/blobservices/default/containers/${CONTAINER2}`);
  const evidence = [];
  if (account2) {
    const state = prop(account2, "immutableStorageWithVersioning.immutabilityPolicy.state");
    const enabled = bool(prop(account2, "immutableStorageWithVersioning.enabled"));
    if (enabled === true && lower(str(state) ?? "") === "locked") return { immutable: "yes", evidence: [ev(state, { safe: true, from: accountId, note: "account-level immutability, locked" })] };
    evidence.push(ev(state.found ? state : prop(account2, "immutableStorageWithVersioning"), { safe: true, from: accountId }));
  }
  if (container) {
    const hold = prop(container, "hasLegalHold");
    const policy = prop(container, "immutabilityPolicy.properties.state").found ? prop(container, "immutabilityPolicy.properties.state") : prop(container, "immutabilityPolicy.state");
    if (bool(hold) === true) return { immutable: "yes", evidence: [ev(hold, { from: accountId, note: `legal hold on the ${CONTAINER2} container` })] };
    if (lower(str(policy) ?? "") === "locked") return { immutable: "yes", evidence: [ev(policy, { safe: true, from: accountId, note: `time-based retention on the ${CONTAINER2} container, locked` })] };
    evidence.push(ev(policy, { safe: true, from: accountId, note: str(policy) ? "an unlocked policy can be removed by an administrator" : `no immutability policy on the ${CONTAINER2} container` }));
  }
  if (account2 && container) return { immutable: "no", evidence };
  return {
    immutable: "unknown",
    evidence: [...evidence, { path: account2 ? `blobServices/default/containers/${CONTAINER2}` : "properties.immutableStorageWithVersioning", from: accountId, note: "not read" }],
    settle: `the immutability of the destination storage account and its ${CONTAINER2} container`
  };
}
function activityLogProtection2(details) {
  const { items } = children(details, "diagnosticsettings");
  const exporting = items.filter(exportsLogs);
  if (!exporting.length) return void 0;
  const verdicts = [];
  exporting.forEach((s, i) => {
    const nested = { records: [...details.records, ...nestedDetails(s)] };
    const at2 = `diagnosticSettings[${i}].properties`;
    const ws = idAt(prop(s, "workspaceId"));
    const account2 = idAt(prop(s, "storageAccountId"));
    if (account2) verdicts.push(storageProtection(account2, nested));
    if (ws) verdicts.push({ immutable: "no", evidence: [{ path: `${at2}.workspaceId`, note: "a Log Analytics workspace keeps no immutable copy (its data can be purged)" }] });
    if (!account2 && !ws) verdicts.push({ immutable: "unknown", evidence: [{ path: `${at2}.eventHubAuthorizationRuleId`, note: "streamed to an event hub or a partner solution" }], settle: "the store that receives the streamed activity log" });
  });
  return activityLogDestinations("activity log", verdicts, "diagnosticSettings");
}

// providers/azure/network.ts
function strings2(g) {
  if (g.value === void 0 || g.value === null) return [];
  const items = list(g);
  if (!items) return typeof g.value === "string" ? [g.value] : void 0;
  return items.filter((x) => typeof x === "string" && x !== "");
}
function readRule2(rule, prefix, from) {
  const direction = prop(rule, "direction", prefix);
  const d = str(direction);
  if (d !== void 0 && lower(d) !== "inbound") return void 0;
  const access = prop(rule, "access", prefix);
  const priority = num(prop(rule, "priority", prefix));
  const protocol = str(prop(rule, "protocol", prefix));
  const single = prop(rule, "destinationPortRange", prefix);
  const many = prop(rule, "destinationPortRanges", prefix);
  const specs = [...str(single) !== void 0 ? [str(single)] : [], ...strings2(many) ?? []];
  let ports;
  let portEvidence = single;
  if (strings2(many) === void 0) ports = "unknown";
  else if (!specs.length) ports = "unknown";
  else {
    if (str(single) === void 0) portEvidence = { ...many, value: specs.join(",") };
    const parsed = specs.map(parsePorts);
    ports = parsed.some((p) => p === void 0) ? "unknown" : parsed.includes("all") ? "all" : parsed.flat();
  }
  const source = prop(rule, "sourceAddressPrefix", prefix);
  const sourceList = strings2(prop(rule, "sourceAddressPrefixes", prefix));
  const asgs = list(prop(rule, "sourceApplicationSecurityGroups", prefix));
  let sources;
  if (d === void 0 || str(access) === void 0 || sourceList === void 0) sources = "unknown";
  else {
    sources = [...str(source) !== void 0 ? [str(source)] : [], ...sourceList];
    if (asgs?.length) sources.push("ApplicationSecurityGroup");
    if (!sources.length) sources = "unknown";
  }
  const evidence = ev(portEvidence, { safe: true, ...from ? { from } : {}, ...priority !== void 0 ? { note: `priority ${priority}` } : {} });
  return {
    action: str(access) !== void 0 && lower(str(access)) === "allow" ? "allow" : "deny",
    ...priority !== void 0 ? { priority } : {},
    protocol: protocol === void 0 || protocol === "*" ? "all" : lower(protocol),
    ports,
    sources,
    evidence
  };
}
function rulesAt(r, path2) {
  const g = prop(r, path2);
  const items = list(g);
  if (!items) return { rules: [], known: false };
  const rules = [];
  items.forEach((rule, i) => {
    if (!isObject(rule)) return;
    const parsed = readRule2(rule, `${g.path}[${i}]`);
    if (parsed) rules.push(parsed);
  });
  return { rules, known: true };
}
function nsg(r) {
  const custom = rulesAt(r, "securityRules");
  const defaults = rulesAt(r, "defaultSecurityRules");
  return { evaluation: "priority", rules: [...custom.rules, ...defaults.rules], complete: custom.known };
}
function ruleRecord(r, siblings) {
  const own = readRule2(r, "");
  if (!own) return void 0;
  const denies2 = siblings.flatMap((s) => readRule2(s, "", idOf(s)) ?? []).filter((x) => x.action === "deny");
  return { evaluation: "priority", rules: [own, ...denies2], complete: true };
}
function firewallNetworks2(details) {
  const { items, complete } = children(details, "firewallrules");
  const out = [];
  const evidence = [];
  let unreadable = false;
  items.forEach((rule, i) => {
    const start = prop(rule, "startIpAddress");
    const end = prop(rule, "endIpAddress");
    const s = str(start);
    const e = str(end);
    const at2 = (g) => ({ ...g, path: `firewallRules[${i}].${g.path}` });
    if (s === void 0 || e === void 0) {
      unreadable = true;
      evidence.push(ev(at2(start), { safe: true }));
      return;
    }
    if (s === "0.0.0.0" && e === "0.0.0.0") {
      out.push("0.0.0.0");
      evidence.push(ev(at2(start), { safe: true, note: AZURE_SERVICES_NOTE }));
      return;
    }
    const cidrs = rangeToCidrs(s, e);
    if (!cidrs) unreadable = true;
    else for (const item of cidrs) out.push(item);
    evidence.push(ev(at2(start), { safe: true, note: `to ${e}` }));
  });
  if (!complete) {
    if (!items.length) evidence.push({ path: "firewallRules", note: "the firewall rules of the server were not read" });
    return { networks: out.some(isPublicSource) ? out : "unknown", evidence };
  }
  if (!items.length) evidence.push({ path: "firewallRules", value: 0, note: "no firewall rule: the server firewall admits no address" });
  return { networks: unreadable && !out.some(isPublicSource) ? "unknown" : out, evidence };
}
function publicFlag2(r, path2 = "publicNetworkAccess") {
  const g = prop(r, path2);
  const v = str(g);
  return { truth: v === void 0 ? "unknown" : lower(v) === "disabled" ? "no" : "yes", evidence: [ev(g, { safe: true })] };
}
var SERVER_SETTLE2 = "the public network access setting and the firewall rules of the server (GET \u2026/firewallRules)";
function flexibleAccess(r) {
  for (const path2 of ["network.delegatedSubnetResourceId", "delegatedSubnetArguments.subnetArmResourceId"]) {
    const subnet = prop(r, path2);
    if (str(subnet) !== void 0) return { truth: "no", evidence: [ev(subnet, { note: "VNet-integrated: no public endpoint" })] };
  }
  const nested = publicFlag2(r, "network.publicNetworkAccess");
  return nested.truth === "unknown" && str(prop(r, "publicNetworkAccess")) !== void 0 ? publicFlag2(r) : nested;
}
function serverAccess(r, type) {
  return type.endsWith("/flexibleservers") ? flexibleAccess(r) : publicFlag2(r);
}
function server(label) {
  return (r, details) => endpoint("database", label, serverAccess(r, typeOf(r)), () => firewallNetworks2(details), SERVER_SETTLE2);
}
function aksCluster2(r) {
  const priv = prop(r, "apiServerAccessProfile.enablePrivateCluster");
  const pna = prop(r, "publicNetworkAccess");
  const anchor = prop(r, "agentPoolProfiles");
  const p = bool(priv);
  let truth;
  if (p === true || str(pna) !== void 0 && lower(str(pna)) === "disabled") truth = "no";
  else if (p === false || anchor.found) truth = "yes";
  else truth = "unknown";
  const access = { truth, evidence: [ev(priv, p === void 0 && anchor.found ? { note: "not set: the API server has a public endpoint" } : {})] };
  return endpoint("kubernetes-api", "AKS cluster API endpoint", access, () => {
    const ranges = prop(r, "apiServerAccessProfile.authorizedIPRanges");
    const items = strings2(ranges);
    if (items === void 0) return { networks: "unknown", evidence: [ev(ranges)] };
    if (!items.length) return { networks: "any", evidence: [ev(ranges, { note: "no authorized IP ranges" })] };
    return { networks: [...new Set(items)], evidence: items.map((value, i) => ({ path: `${ranges.path}[${i}]`, value })) };
  }, "the API server access profile of the cluster (enablePrivateCluster, authorizedIPRanges)");
}
function cosmosAccount7(r) {
  return endpoint("database", "Cosmos DB account endpoint", publicFlag2(r), () => {
    const rules = prop(r, "ipRules");
    const vnetOnly = prop(r, "isVirtualNetworkFilterEnabled");
    const items = list(rules);
    const evidence = [ev(rules), ev(vnetOnly)];
    if (!items) return { networks: "unknown", evidence };
    const ranges = items.flatMap((x) => isObject(x) && str(prop(x, "ipAddressOrRange")) ? [str(prop(x, "ipAddressOrRange"))] : []);
    if (ranges.includes("0.0.0.0")) evidence.push({ path: `${rules.path}[].ipAddressOrRange`, value: "0.0.0.0", note: AZURE_SERVICES_NOTE });
    if (ranges.length) return { networks: ranges, evidence };
    const v = bool(vnetOnly);
    if (v === void 0) return { networks: "unknown", evidence };
    return { networks: v ? [] : "any", evidence };
  }, "the IP rules of the account");
}
var ENDPOINT_BUILDERS = {
  "microsoft.containerservice/managedclusters": aksCluster2,
  "microsoft.sql/servers": server("Azure SQL server endpoint"),
  "microsoft.dbforpostgresql/flexibleservers": server("PostgreSQL flexible server endpoint"),
  "microsoft.dbformysql/flexibleservers": server("MySQL flexible server endpoint"),
  "microsoft.dbforpostgresql/servers": server("PostgreSQL server endpoint"),
  "microsoft.dbformysql/servers": server("MySQL server endpoint"),
  "microsoft.documentdb/databaseaccounts": cosmosAccount7
};
var INGRESS_BUILDERS = {
  "microsoft.network/networksecuritygroups": nsg
};

// providers/azure/secrets.ts
function facet5(found) {
  return { found, unknownPaths: [] };
}
function envList(items, at2, found) {
  (items ?? []).forEach((e, j) => {
    if (!isObject(e)) return;
    const name = str(get(e, "name")) ?? "";
    const hit = checkNamedValue(name ? `${at2}["${name}"]` : `${at2}[${j}].value`, name, get(e, "value").value);
    if (hit) found.push(hit);
  });
}
function containerApp2(r) {
  const found = [];
  const containers = prop(r, "template.containers");
  (list(containers) ?? []).forEach((c, i) => {
    if (isObject(c)) envList(list(get(c, "env")), `${containers.path}[${i}].env`, found);
  });
  return facet5(found);
}
function containerGroup2(r) {
  const found = [];
  const containers = prop(r, "containers");
  (list(containers) ?? []).forEach((c, i) => {
    if (!isObject(c)) return;
    const vars = get(c, "properties.environmentVariables");
    envList(list(vars.found ? vars : get(c, "environmentVariables")), `${containers.path}[${i}].properties.environmentVariables`, found);
  });
  return facet5(found);
}
function vmExtension2(r) {
  const settings = prop(r, "settings");
  return facet5(settings.found ? scanObject(settings.path, settings.value) : []);
}
var SECRET_BUILDERS = {
  "microsoft.app/containerapps": containerApp2,
  "microsoft.app/jobs": containerApp2,
  "microsoft.containerinstance/containergroups": containerGroup2,
  "microsoft.compute/virtualmachines/extensions": vmExtension2,
  "microsoft.compute/virtualmachinescalesets/extensions": vmExtension2
};

// providers/azure/transit.ts
function versionOf(g) {
  const s = str(g);
  return s === void 0 ? "unknown" : tlsVersion(s) ?? "unknown";
}
function lowest2(versions) {
  if (versions.includes("unknown")) return "unknown";
  return [...versions].sort()[0] ?? "unknown";
}
function truthOf(g) {
  const b = bool(g);
  return b === void 0 ? "unknown" : b ? "yes" : "no";
}
function storageAccount6(r) {
  const https = prop(r, "supportsHttpsTrafficOnly").found ? prop(r, "supportsHttpsTrafficOnly") : prop(r, "enableHttpsTrafficOnly");
  const tls = prop(r, "minimumTlsVersion");
  const configured2 = https.found || prop(r, "encryption").found;
  let minTls = versionOf(tls);
  let tlsEvidence = ev(tls, { safe: true });
  if (!tls.found && configured2) {
    minTls = "1.0";
    tlsEvidence = ev(tls, { safe: true, note: "not set: the account accepts TLS 1.0 and later" });
  }
  return transitFacet("storage account", truthOf(https), minTls, [ev(https), tlsEvidence], "properties.supportsHttpsTrafficOnly and minimumTlsVersion of the storage account");
}
function webApp3(r, details) {
  const https = prop(r, "httpsOnly");
  const config = children(details, "config").items.find((c) => /\/config\/web$/i.test(idOf(c) ?? "") || lower(str(field(c, "name")) ?? "") === "web");
  const label = /functionapp/i.test(str(field(r, "kind")) ?? "") ? "function app" : "web app";
  const settle = "the config/web child of the site (GET \u2026/config/web?api-version=2023-12-01, or az webapp config show)";
  if (!config) {
    return transitFacet(label, truthOf(https) === "no" ? "no" : "unknown", "unknown", [ev(https), { path: "config/web", note: "the site configuration was not read" }], settle);
  }
  const at2 = (p) => {
    const g = prop(config, p);
    return { ...g, path: `config/web.${g.path}` };
  };
  const ftps = at2("ftpsState");
  const f = str(ftps);
  const ftpTruth = f === void 0 ? "unknown" : lower(f) === "allallowed" ? "no" : "yes";
  const encrypted = allOf([truthOf(https), ftpTruth]);
  const site = at2("minTlsVersion");
  const scm = at2("scmMinTlsVersion");
  const versions = [versionOf(site), ...scm.found ? [versionOf(scm)] : []];
  return transitFacet(label, encrypted, lowest2(versions), [ev(https), ev(ftps, { safe: true, ...ftpTruth === "no" ? { note: "plain FTP accepted for deployments" } : {} }), ev(site, { safe: true }), ...scm.found ? [ev(scm, { safe: true })] : []], settle);
}
function sqlServer(r) {
  const tls = prop(r, "minimalTlsVersion");
  const s = str(tls);
  const minTls = s !== void 0 && /^none$/i.test(s) ? "1.0" : versionOf(tls);
  return transitFacet("Azure SQL server", "yes", minTls, [{ path: "id", note: "Azure SQL accepts encrypted connections only" }, ev(tls, { safe: true, ...s && /^none$/i.test(s) ? { note: "no minimum TLS version" } : {} })], "properties.minimalTlsVersion of the server");
}
function parameter2(details, name) {
  const rec = children(details, "configurations").items.find((c) => lower(str(field(c, "name")) ?? (idOf(c) ?? "").split("/").pop() ?? "") === name);
  if (!rec) return void 0;
  const v = prop(rec, "value");
  return { ...v, path: `configurations/${name}.${v.path}` };
}
function flexibleServer6(kind) {
  const tlsName = kind === "postgresql" ? "ssl_min_protocol_version" : "tls_version";
  return (r, details) => {
    void r;
    const secure = parameter2(details, "require_secure_transport");
    const tls = parameter2(details, tlsName);
    const s = secure ? str(secure) : void 0;
    const encrypted = s === void 0 ? "unknown" : /^(on|1|true)$/i.test(s) ? "yes" : "no";
    const t = tls ? str(tls) : void 0;
    const minTls = t === void 0 ? "unknown" : lowest2(t.split(",").map((x) => tlsVersion(x) ?? "unknown"));
    const evidence = [
      secure ? ev(secure, { safe: true }) : { path: "configurations/require_secure_transport", note: "the server parameter was not read" },
      tls ? ev(tls, { safe: true }) : { path: `configurations/${tlsName}`, note: "the server parameter was not read" }
    ];
    return transitFacet(kind === "postgresql" ? "PostgreSQL flexible server" : "MySQL flexible server", encrypted, minTls, evidence, `the require_secure_transport and ${tlsName} server parameters (GET \u2026/configurations/<name>, or az ${kind} flexible-server parameter show)`);
  };
}
function singleServer5(label) {
  return (r) => {
    const ssl = prop(r, "sslEnforcement");
    const s = str(ssl);
    const tls = prop(r, "minimalTlsVersion");
    const t = str(tls);
    const minTls = t !== void 0 && /disabled/i.test(t) ? "1.0" : versionOf(tls);
    return transitFacet(label, s === void 0 ? "unknown" : lower(s) === "enabled" ? "yes" : "no", minTls, [ev(ssl, { safe: true }), ev(tls, { safe: true })], "properties.sslEnforcement and minimalTlsVersion of the server");
  };
}
function redisCache4(r) {
  const plain = prop(r, "enableNonSslPort");
  const p = bool(plain);
  const tls = prop(r, "minimumTlsVersion");
  return transitFacet("Azure Cache for Redis", p === void 0 ? "unknown" : p ? "no" : "yes", versionOf(tls), [ev(plain), ev(tls)], "properties.enableNonSslPort and minimumTlsVersion of the cache");
}
function cosmosAccount8(r) {
  const tls = prop(r, "minimalTlsVersion");
  const minTls = /^tls$/i.test(str(tls) ?? "") ? "1.0" : versionOf(tls);
  return transitFacet("Cosmos DB account", "yes", minTls, [{ path: "id", note: "Cosmos DB accepts TLS connections only" }, ev(tls, { safe: true })], "properties.minimalTlsVersion of the account");
}
function appGwPolicy2(policy) {
  if (!isObject(policy.value)) return { minTls: "unknown", weak: "unknown", evidence: ev(policy, { note: "no TLS policy: the default depends on the API version the gateway was made with" }) };
  const type = str(get(policy.value, "policyType"));
  const name = str(get(policy.value, "policyName"));
  if (name && (!type || /^predefined$/i.test(type))) {
    const known = APPGW_POLICIES[lower(name)];
    const g = get(policy.value, "policyName", policy.path);
    return known ? { minTls: known.minTls, weak: known.weak ? "yes" : "no", evidence: ev(g, { safe: true }) } : { minTls: "unknown", weak: "unknown", evidence: ev(g, { safe: true, note: "predefined policy not known to cldscan" }) };
  }
  const min = get(policy.value, "minProtocolVersion", policy.path);
  const suites = list(get(policy.value, "cipherSuites"));
  const weak = suites ? suites.some((s) => typeof s === "string" && weakSuite(s)) ? "yes" : "no" : "unknown";
  return { minTls: versionOf(min), weak, evidence: ev(min, { safe: true }) };
}
function refName(v) {
  const id = isObject(v) ? v.id : void 0;
  return typeof id === "string" ? lower(id.split("/").pop() ?? "") : void 0;
}
function applicationGateway2(r) {
  const settle = "the listeners, routing rules, redirects and TLS policy of the gateway";
  const listeners = list(prop(r, "httpListeners"));
  const rules = list(prop(r, "requestRoutingRules")) ?? [];
  const redirects = list(prop(r, "redirectConfigurations")) ?? [];
  if (!listeners) return transitFacet("Application Gateway", "unknown", void 0, [ev(prop(r, "httpListeners"))], settle);
  const nameOf = (x) => isObject(x) ? lower(str(get(x, "name")) ?? "") : "";
  const protocolOf = (name) => {
    const l = listeners.find((x) => nameOf(x) === name);
    return l && isObject(l) ? str(prop(l, "protocol")) : void 0;
  };
  const evidence = [];
  const truths = [];
  let https = 0;
  listeners.forEach((l, i) => {
    if (!isObject(l)) return;
    const protocol = str(prop(l, "protocol"));
    if (protocol && /^https$/i.test(protocol)) {
      https++;
      return;
    }
    evidence.push({ path: `properties.httpListeners[${i}].properties.protocol`, value: protocol ?? null });
    if (!protocol) return void truths.push("unknown");
    let served = "yes";
    rules.forEach((rule, j) => {
      if (!isObject(rule) || refName(prop(rule, "httpListener").value) !== nameOf(l)) return;
      const redirect = redirects.find((x) => nameOf(x) === refName(prop(rule, "redirectConfiguration").value));
      if (!redirect || !isObject(redirect)) {
        served = "no";
        evidence.push({ path: `properties.requestRoutingRules[${j}]`, note: "an HTTP listener serves backends without redirecting to HTTPS" });
        return;
      }
      const target = refName(prop(redirect, "targetListener").value);
      const url = str(prop(redirect, "targetUrl"));
      const toHttps = target !== void 0 ? /^https$/i.test(protocolOf(target) ?? "") : url !== void 0 && /^https:\/\//i.test(url);
      if (!toHttps) served = "no";
      evidence.push({ path: `properties.requestRoutingRules[${j}]`, note: toHttps ? "HTTP redirected to HTTPS" : "HTTP redirected elsewhere than HTTPS" });
    });
    truths.push(served);
  });
  const encrypted = allOf(truths);
  if (!https) return transitFacet("Application Gateway", encrypted, void 0, evidence, settle);
  const policies = [appGwPolicy2(prop(r, "sslPolicy"))];
  (list(prop(r, "sslProfiles")) ?? []).forEach((p, i) => {
    if (!isObject(p)) return;
    const own = prop(p, "sslPolicy", `properties.sslProfiles[${i}]`);
    if (own.found) policies.push(appGwPolicy2(own));
  });
  return transitFacet("Application Gateway", encrypted, lowest2(policies.map((p) => p.minTls)), [...evidence, ...policies.map((p) => p.evidence)], settle, anyOf(policies.map((p) => p.weak)));
}
var TRANSIT_BUILDERS = {
  "microsoft.storage/storageaccounts": storageAccount6,
  "microsoft.web/sites": webApp3,
  "microsoft.web/sites/slots": webApp3,
  "microsoft.sql/servers": sqlServer,
  "microsoft.dbforpostgresql/flexibleservers": flexibleServer6("postgresql"),
  "microsoft.dbformysql/flexibleservers": flexibleServer6("mysql"),
  "microsoft.dbforpostgresql/servers": singleServer5("PostgreSQL server"),
  "microsoft.dbformysql/servers": singleServer5("MySQL server"),
  "microsoft.cache/redis": redisCache4,
  "microsoft.documentdb/databaseaccounts": cosmosAccount8,
  "microsoft.network/applicationgateways": applicationGateway2
};

// providers/azure/public-access.ts
var PUBLIC_LEVELS2 = /* @__PURE__ */ new Set(["blob", "container"]);
function storageAccount7(r, details) {
  const label = "storage account";
  const allow = prop(r, "allowBlobPublicAccess");
  const allowed = bool(allow);
  if (allowed === false) return { label, public: "no", evidence: [ev(allow, { note: "the account refuses anonymous access to every container" })] };
  const containers = children(details, "containers");
  const open = containers.items.map((c) => prop(c, "publicAccess")).find((level) => PUBLIC_LEVELS2.has(str(level)?.toLowerCase() ?? ""));
  const listed = { path: "blobServices/default/containers", note: "no container with a public access level" };
  if (allowed === void 0) {
    const evidence2 = [ev(allow, { note: "not in the record: its default depends on the api-version and the account's age" })];
    if (!open && containers.complete) return { label, public: "no", evidence: [...evidence2, listed] };
    return {
      label,
      public: "unknown",
      evidence: open ? [...evidence2, ev(open, { safe: true, note: "a container with a public access level, public if the account allows it" })] : evidence2,
      settle: "properties.allowBlobPublicAccess of the storage account"
    };
  }
  const evidence = [ev(allow)];
  if (open) return { label, public: "yes", evidence: [...evidence, ev(open, { safe: true, note: "a container anyone can read" })] };
  if (containers.complete) return { label, public: "no", evidence: [...evidence, listed] };
  return {
    label,
    public: "unknown",
    evidence: [...evidence, { path: "blobServices/default/containers", note: "the account's containers were not read" }],
    settle: "the public access level of every container of the account (az storage container list), or allowBlobPublicAccess = false"
  };
}
var PUBLIC_ACCESS_BUILDERS = {
  "microsoft.storage/storageaccounts": storageAccount7
};

// providers/azure/registry.ts
var RULE_TYPE = "microsoft.network/networksecuritygroups/securityrules";
var SUBSCRIPTION = {
  identity: {
    [SUBSCRIPTION_TYPE]: (r, details) => {
      const sub = subscriptionOf(r);
      return sub ? subscriptionMfa(sub, details) : void 0;
    }
  },
  logStore: { [SUBSCRIPTION_TYPE]: (_r, details) => activityLog(details), "microsoft.operationalinsights/workspaces": (r) => workspaceLogStore(r) },
  logProtection: { [SUBSCRIPTION_TYPE]: (_r, details) => activityLogProtection2(details) },
  // Account-level controls (README): the activity log exported at all, a Defender plan on.
  auditTrail: { [SUBSCRIPTION_TYPE]: (_r, details) => activityLogExport2(details) },
  detection: { [SUBSCRIPTION_TYPE]: (_r, details) => defenderOnSubscription(details) }
};
var LIVE_TABLES = [
  { storage: STORAGE_BUILDERS },
  { dataLocations: { "*": (r) => dataLocations2(r, typeOf(r)) } },
  { ingress: { ...INGRESS_BUILDERS, [RULE_TYPE]: (r, details) => ruleRecord(r, details.siblings ?? []) }, adminEndpoint: ENDPOINT_BUILDERS },
  SUBSCRIPTION,
  { backup: BACKUP_BUILDERS, backupVault: VAULT_BUILDERS },
  { transit: TRANSIT_BUILDERS },
  { secretStore: SECRET_STORE_BUILDERS, key: KEY_BUILDERS },
  { plaintextSecrets: SECRET_BUILDERS },
  { detection: DETECTION_BUILDERS, vulnerabilityScan: VULNERABILITY_BUILDERS, flowLog: FLOW_LOG_BUILDERS },
  { availability: AVAILABILITY_BUILDERS },
  { publicAccess: PUBLIC_ACCESS_BUILDERS }
];
var WEB_SITE = "microsoft.web/sites";
var WEB_SLOT = "microsoft.web/sites/slots";
var VM = "microsoft.compute/virtualmachines";
var SCALE_SET = "microsoft.compute/virtualmachinescalesets";
var AZURE_REGISTRY = {
  cloud: "azure",
  plan: PLAN_TABLES,
  live: LIVE_TABLES,
  twins: {
    azurerm_storage_account: "microsoft.storage/storageaccounts",
    azurerm_managed_disk: "microsoft.compute/disks",
    azurerm_virtual_machine: VM,
    azurerm_linux_virtual_machine: VM,
    azurerm_windows_virtual_machine: VM,
    azurerm_virtual_machine_extension: "microsoft.compute/virtualmachines/extensions",
    azurerm_linux_virtual_machine_scale_set: SCALE_SET,
    azurerm_windows_virtual_machine_scale_set: SCALE_SET,
    azurerm_orchestrated_virtual_machine_scale_set: SCALE_SET,
    azurerm_virtual_machine_scale_set_extension: "microsoft.compute/virtualmachinescalesets/extensions",
    azurerm_mssql_server: "microsoft.sql/servers",
    azurerm_mssql_database: "microsoft.sql/servers/databases",
    azurerm_postgresql_server: "microsoft.dbforpostgresql/servers",
    azurerm_postgresql_flexible_server: "microsoft.dbforpostgresql/flexibleservers",
    azurerm_mysql_server: "microsoft.dbformysql/servers",
    azurerm_mysql_flexible_server: "microsoft.dbformysql/flexibleservers",
    azurerm_cosmosdb_account: "microsoft.documentdb/databaseaccounts",
    azurerm_redis_cache: "microsoft.cache/redis",
    azurerm_data_lake_store: "microsoft.datalakestore/accounts",
    azurerm_eventhub_namespace: "microsoft.eventhub/namespaces",
    azurerm_servicebus_namespace: "microsoft.servicebus/namespaces",
    azurerm_key_vault: "microsoft.keyvault/vaults",
    azurerm_key_vault_key: "microsoft.keyvault/vaults/keys",
    azurerm_key_vault_managed_hardware_security_module: "microsoft.keyvault/managedhsms",
    azurerm_key_vault_managed_hardware_security_module_key: "microsoft.keyvault/managedhsms/keys",
    azurerm_recovery_services_vault: "microsoft.recoveryservices/vaults",
    azurerm_data_protection_backup_vault: "microsoft.dataprotection/backupvaults",
    azurerm_log_analytics_workspace: "microsoft.operationalinsights/workspaces",
    azurerm_monitor_diagnostic_setting: SUBSCRIPTION_TYPE,
    azurerm_security_center_subscription_pricing: "microsoft.security/pricings",
    azurerm_network_security_group: "microsoft.network/networksecuritygroups",
    azurerm_network_security_rule: "microsoft.network/networksecuritygroups",
    azurerm_virtual_network: "microsoft.network/virtualnetworks",
    azurerm_application_gateway: "microsoft.network/applicationgateways",
    azurerm_kubernetes_cluster: "microsoft.containerservice/managedclusters",
    azurerm_kubernetes_cluster_node_pool: "microsoft.containerservice/managedclusters",
    azurerm_container_registry: "microsoft.containerregistry/registries",
    azurerm_container_app: "microsoft.app/containerapps",
    azurerm_container_group: "microsoft.containerinstance/containergroups",
    azurerm_app_service: WEB_SITE,
    azurerm_function_app: WEB_SITE,
    azurerm_linux_web_app: WEB_SITE,
    azurerm_windows_web_app: WEB_SITE,
    azurerm_linux_function_app: WEB_SITE,
    azurerm_windows_function_app: WEB_SITE,
    azurerm_app_service_slot: WEB_SLOT,
    azurerm_function_app_slot: WEB_SLOT,
    azurerm_linux_web_app_slot: WEB_SLOT,
    azurerm_windows_web_app_slot: WEB_SLOT,
    azurerm_linux_function_app_slot: WEB_SLOT,
    azurerm_windows_function_app_slot: WEB_SLOT,
    azurerm_role_assignment: "microsoft.authorization/roleassignments"
  }
};

// providers/azure/build.ts
function categoryOf(subscription) {
  return `azure/${subscription ?? "tenant"}`;
}
var LIVE = compile("azure live", AZURE_REGISTRY.live);
function facetsOf(r, type, details) {
  return buildFacets(LIVE(type), r, details);
}
function tagsOf(r) {
  const t = field(r, "tags").value;
  if (!isObject(t)) return void 0;
  const entries = Object.entries(t).filter((e) => typeof e[1] === "string");
  return entries.length ? Object.fromEntries(entries) : void 0;
}
function toResource(r, details, origin, siblings = []) {
  const id = idOf(r);
  if (!id) return void 0;
  const type = typeOf(r);
  const subscription = subscriptionOf(r);
  const region = str(field(r, "location"));
  const tags = tagsOf(r);
  return {
    id,
    provider: "azure",
    nativeType: typeof r.type === "string" && r.type ? r.type : type,
    region,
    source: {
      origin: "live",
      category: categoryOf(subscription),
      input: origin.input,
      scope: subscription ?? "tenant",
      ...origin.location ? { location: origin.location } : {}
    },
    facets: facetsOf(r, type, siblings.length ? { ...details, siblings } : details),
    ...tags ? { tags } : {}
  };
}
function subscriptionRecord(subscription) {
  return { id: `/subscriptions/${subscription}`, type: "microsoft.resources/subscriptions", subscriptionId: subscription };
}

// providers/azure/inventory.ts
import path from "node:path";
var FLOW_LOG_TYPE = "microsoft.network/networkwatchers/flowlogs";
var PRICING_TYPE = "microsoft.security/pricings";
var VNET_TYPE = "microsoft.network/virtualnetworks";
var REGISTRY_TYPE = "microsoft.containerregistry/registries";
var GRAPH_MARKERS = ["count", "totalRecords", "total_records", "skipToken", "skip_token", "resultTruncated"];
function tableRows(columns, rows) {
  if (!Array.isArray(columns) || !Array.isArray(rows)) return void 0;
  const names2 = columns.map((c) => isObject(c) && typeof c.name === "string" ? c.name : void 0);
  return rows.filter(Array.isArray).map((row) => {
    const o = {};
    names2.forEach((n, i) => {
      if (n !== void 0) o[n] = row[i];
    });
    return o;
  });
}
function recordsIn(v, depth = 0) {
  if (depth > 4) return [];
  if (Array.isArray(v)) return v.flatMap((x) => recordsIn(x, depth + 1));
  if (!isObject(v)) return [];
  if (isAzureRecord(v)) return [v];
  if (isObject(v.response) || Array.isArray(v.response)) return recordsIn(v.response, depth + 1);
  if (Array.isArray(v.value)) return recordsIn(v.value, depth + 1);
  if (Array.isArray(v.data)) return recordsIn(v.data, depth + 1);
  if (isObject(v.data)) return (tableRows(v.data.columns, v.data.rows) ?? []).filter(isAzureRecord);
  return [];
}
function parseFirst(doc, span) {
  if (!span) return void 0;
  try {
    return doc.scanner.parse(span);
  } catch {
    return void 0;
  }
}
function firstElement(doc, span) {
  let first;
  try {
    doc.scanner.arrayElements(span, (el, i) => {
      if (i === 0) first = el;
    });
  } catch {
    return void 0;
  }
  return first;
}
function isGraphResponse(doc) {
  const m = doc.members;
  if (!m?.has("data") || !GRAPH_MARKERS.some((k) => m.has(k))) return false;
  const data = m.get("data");
  const c = doc.scanner.buf[data.start];
  return c === 91 || c === 123;
}
function looksLikeArm(doc) {
  if (doc.elements) return doc.elements.length > 0 && recordsIn(parseFirst(doc, doc.elements[0])).length > 0;
  if (doc.lines) return doc.lines.length > 0 && recordsIn(parseFirst(doc, doc.lines[0])).length > 0;
  const m = doc.members;
  if (!m) return false;
  if (m.has("id")) return isAzureRecord({ id: parseFirst(doc, m.get("id")), type: parseFirst(doc, m.get("type")), subscriptionId: parseFirst(doc, m.get("subscriptionId")) });
  const value = m.get("value");
  if (value && doc.scanner.buf[value.start] === 91) {
    const first = firstElement(doc, value);
    return first !== void 0 && recordsIn(parseFirst(doc, first)).length > 0;
  }
  const response = m.get("response");
  if (response) return recordsIn(parseFirst(doc, response)).length > 0 || isGraphShaped(parseFirst(doc, response));
  return false;
}
function isGraphShaped(v) {
  return isObject(v) && "data" in v && GRAPH_MARKERS.some((k) => k in v);
}
function placedRecords(doc) {
  const out = [];
  const each = (span) => {
    for (const record of recordsIn(doc.scanner.parse(span))) out.push({ record, offset: span.start });
  };
  if (doc.elements) doc.elements.forEach(each);
  else if (doc.lines) doc.lines.forEach(each);
  else if (doc.members) {
    const m = doc.members;
    const data = m.get("data");
    const value = m.get("value");
    if (data && isGraphResponse(doc)) {
      if (doc.scanner.buf[data.start] === 91) doc.scanner.arrayElements(data, each);
      else {
        const table = doc.scanner.objectMembers(data.start).members;
        const columns = table.get("columns") ? doc.scanner.parse(table.get("columns")) : void 0;
        const rows = table.get("rows");
        if (rows) {
          doc.scanner.arrayElements(rows, (span) => {
            for (const record of (tableRows(columns, [doc.scanner.parse(span)]) ?? []).filter(isAzureRecord)) out.push({ record, offset: span.start });
          });
        }
      }
    } else if (value && doc.scanner.buf[value.start] === 91 && !(m.has("id") && m.has("type"))) doc.scanner.arrayElements(value, each);
    else each({ start: doc.scanner.buf.indexOf(123), end: doc.scanner.buf.lastIndexOf(125) + 1 });
  }
  return out;
}
var CONTAINER_TYPE = "microsoft.storage/storageaccounts/blobservices/containers";
function detailKind(r) {
  const t = typeOf(r);
  if (t.endsWith("/transparentdataencryption")) return "tde";
  if (PROTECTION_TYPES.has(t) || BACKUP_POLICY_TYPES.has(t)) return "protection";
  if (t.endsWith("/backupshorttermretentionpolicies") || t === "microsoft.storage/storageaccounts/blobservices" || /^microsoft\.dbfor(postgresql|mysql)\/flexibleservers\/configurations$/.test(t) || /^microsoft\.web\/sites(\/slots)?\/config$/.test(t)) return "child";
  if (t.endsWith("/encryptionprotector")) return "protector";
  if (t.endsWith("/firewallrules")) return "firewall";
  if (t.endsWith("/managementpolicies")) return "policy";
  if (t === "microsoft.security/assessments") return mfaAssessment(r) ? "assessment" : "other-detail";
  if (t === "microsoft.insights/diagnosticsettings") {
    return /^\/subscriptions\/[^/]+\/providers\/microsoft\.insights\/diagnosticsettings(\/|$)/i.test(idOf(r) ?? "") ? "activity-export" : "other-detail";
  }
  if (Array.isArray(r.value) && field(r, "properties").value === void 0) return "other-detail";
  return void 0;
}
function push(map, k, v) {
  const list2 = map.get(k);
  if (list2) list2.push(v);
  else map.set(k, [v]);
}
function* azureDocSteps(doc, ctx) {
  const placed = placedRecords(doc);
  yield;
  const uri = path.relative(ctx.sourceRoot, path.resolve(doc.path)).split(path.sep).join("/");
  const lineOf = (offset) => doc.scanner.lineAt(offset);
  const byParent = /* @__PURE__ */ new Map();
  const bySubscription = /* @__PURE__ */ new Map();
  const global = [];
  const own = /* @__PURE__ */ new Map();
  const firstOffset = /* @__PURE__ */ new Map();
  const rulesByNsg = /* @__PURE__ */ new Map();
  const flowLogsBySub = /* @__PURE__ */ new Map();
  const plansBySub = /* @__PURE__ */ new Map();
  const destinations = /* @__PURE__ */ new Set();
  const protections = new ProtectionIndex();
  let protectionsRead = false;
  for (const p of placed) {
    const r = p.record;
    const id = lower(idOf(r) ?? "");
    const kind = detailKind(r);
    const containersOf = typeOf(r) === CONTAINER_TYPE ? /^(.*\/storageaccounts\/[^/]+)\/blobservices\//.exec(id)?.[1] : void 0;
    if (containersOf) push(byParent, containersOf, r);
    if (kind === void 0) {
      if (!own.has(id)) own.set(id, p);
      const type = typeOf(r);
      if (type === RULE_TYPE) push(rulesByNsg, parentId(id) ?? "", r);
      if (type === "microsoft.operationalinsights/workspaces") global.push(r);
      if (type === FLOW_LOG_TYPE) push(flowLogsBySub, subscriptionOf(r) ?? "", r);
      if (type === PRICING_TYPE) push(plansBySub, subscriptionOf(r) ?? "", r);
      continue;
    }
    if (kind === "protection") {
      if (PROTECTION_TYPES.has(typeOf(r))) protectionsRead = true;
      protections.add(r);
      continue;
    }
    if (kind === "activity-export") {
      const account2 = idAt(prop(r, "storageAccountId"));
      if (account2) destinations.add(lower(account2));
    }
    if (kind === "tde" || kind === "firewall" || kind === "child") {
      const parent = parentId(id);
      if (parent) {
        push(byParent, parent, r);
        if (kind === "tde" && !firstOffset.has(parent)) firstOffset.set(parent, p.offset);
      }
    } else if (kind === "protector") {
      const server2 = parentId(id);
      if (server2) push(byParent, `${server2}#protector`, r);
    } else if (kind === "policy") global.push(r);
    else if (kind === "assessment" || kind === "activity-export") {
      const sub = subscriptionOf(r);
      if (sub) {
        push(bySubscription, sub, r);
        if (!firstOffset.has(`/subscriptions/${sub}`)) firstOffset.set(`/subscriptions/${sub}`, p.offset);
      }
    }
  }
  for (const [id, p] of own) {
    if (destinations.has(id) || [...destinations].some((d) => id === `${d}/blobservices/default/containers/insights-activity-logs`)) global.push(p.record);
  }
  const synthesized = [];
  for (const [parent, details] of byParent) {
    if (parent.includes("#") || own.has(parent) || !details.some((d) => detailKind(d) === "tde")) continue;
    const tdeId = idOf(details.find((d) => detailKind(d) === "tde"));
    const dbId = tdeId.slice(0, parent.length);
    synthesized.push({ record: { id: dbId, type: "Microsoft.Sql/servers/databases" }, offset: firstOffset.get(parent) ?? 0 });
  }
  for (const sub of bySubscription.keys()) {
    const id = `/subscriptions/${sub}`;
    if (!own.has(id)) synthesized.push({ record: subscriptionRecord(sub), offset: firstOffset.get(id) ?? 0 });
  }
  const resources = [];
  const categories = /* @__PURE__ */ new Set();
  let n = 0;
  for (const p of [...own.values(), ...synthesized]) {
    if (++n % 256 === 0) yield;
    const r = p.record;
    const id = lower(idOf(r) ?? "");
    const type = typeOf(r);
    if (type === RULE_TYPE && own.has(parentId(id) ?? "")) continue;
    const records = [...nestedDetails(r), ...byParent.get(id) ?? []];
    if (type === "microsoft.sql/servers/databases") for (const item of byParent.get(`${parentId(id) ?? ""}#protector`) ?? []) records.push(item);
    const sub = subscriptionOf(r) ?? "";
    if (type === VNET_TYPE && !children({ records }, "flowlogs").complete && flowLogsBySub.has(sub)) {
      records.push({ id: `${idOf(r)}/flowLogs`, type: "Microsoft.Network/networkWatchers/flowLogs", value: flowLogsBySub.get(sub).filter((l) => flowLogCovers(r, l)) });
    }
    if ((type === REGISTRY_TYPE || type === SUBSCRIPTION_TYPE) && !children({ records }, "pricings").complete && plansBySub.has(sub)) {
      records.push({ id: `/subscriptions/${sub}/providers/Microsoft.Security/pricings`, type: "Microsoft.Security/pricings", value: plansBySub.get(sub) });
    }
    if (protectionsRead && !children({ records }, "protecteditems").complete) records.push(...protections.detailsFor(r));
    if (type === SUBSCRIPTION_TYPE) for (const item of [...bySubscription.get(subscriptionOf(r) ?? "") ?? [], ...global]) records.push(item);
    const siblings = type === RULE_TYPE ? (rulesByNsg.get(parentId(id) ?? "") ?? []).filter((x) => x !== r) : [];
    const resource = toResource(r, { records }, { input: doc.path, location: { uri, line: lineOf(p.offset) } }, siblings);
    if (!resource) continue;
    resources.push(resource);
    categories.add(resource.source.category);
  }
  return { resources, notifications: [], secrets: /* @__PURE__ */ new Set(), categories: [...categories].sort() };
}
var AZURE_RESOURCE_GRAPH = {
  name: "azure-resource-graph",
  label: "Azure Resource Graph result (az graph query -o json; object array or table format)",
  detect: (doc) => isGraphResponse(doc),
  read: (doc, ctx) => runPausing(azureDocSteps(doc, ctx))
};
var AZURE_ARM = {
  name: "azure-arm",
  label: "Azure ARM resource JSON (one resource, a {value: [...]} list, an array, or JSON lines)",
  detect: (doc) => !isGraphResponse(doc) && looksLikeArm(doc),
  read: (doc, ctx) => runPausing(azureDocSteps(doc, ctx))
};

export {
  Ticker,
  runSync,
  runPausing,
  regionOf,
  isObject,
  prop,
  field,
  str,
  bool,
  lower,
  SUBSCRIPTION_TYPE,
  typeOf,
  idOf,
  idAt,
  subscriptionOf,
  parentId,
  nestedDetails,
  isSystemDatabase,
  ProtectionIndex,
  flowLogCovers,
  MFA_ASSESSMENTS,
  serverAccess,
  AZURE_REGISTRY,
  categoryOf,
  toResource,
  tableRows,
  AZURE_RESOURCE_GRAPH,
  AZURE_ARM
};
