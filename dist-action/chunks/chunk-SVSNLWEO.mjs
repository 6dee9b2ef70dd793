import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  coversTcp,
  portsCover
} from "./chunk-47THRYV5.mjs";
import {
  allOf,
  anyOf,
  blocks,
  checkNamedValue,
  isSensitivePath,
  referencesAt,
  setFacet,
  setting
} from "./chunk-TBGUDKT5.mjs";

// providers/aws/ci.ts
function isRecord(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function decodeJsonText(value) {
  let v = value;
  for (let i = 0; i < 4 && typeof v === "string"; i++) {
    let j = 0;
    while (j < v.length && v.charCodeAt(j) <= 32) j++;
    const c = v.charCodeAt(j);
    if (c !== 123 && c !== 91 && c !== 34) break;
    try {
      v = JSON.parse(v);
    } catch {
      break;
    }
  }
  return v;
}
function str(v) {
  return typeof v === "string" && v !== "" ? v : void 0;
}
function first(raw, ...keys) {
  for (const k of keys) if (raw[k] !== void 0 && raw[k] !== null) return raw[k];
  return void 0;
}
function epochMs(v) {
  if (typeof v === "number") return v < 1e11 ? v * 1e3 : v;
  if (v instanceof Date) return v.getTime();
  if (typeof v === "string") {
    const t = Date.parse(v);
    return Number.isNaN(t) ? void 0 : t;
  }
  return void 0;
}
function normaliseItem(value) {
  const raw = decodeJsonText(value);
  if (!isRecord(raw)) return "not a JSON object";
  const resourceType = str(raw.resourceType);
  if (!resourceType) return "no resourceType";
  if (!/^AWS::[A-Za-z0-9]*::[A-Za-z0-9]+$/.test(resourceType)) return `resourceType ${JSON.stringify(resourceType.slice(0, 60))} is not an AWS Config type`;
  const configuration = decodeJsonText(raw.configuration);
  if (typeof raw.configuration === "string" && raw.configuration.trim() !== "" && raw.configuration !== "null" && !isRecord(configuration)) return "configuration is not valid JSON";
  const supplementaryRaw = decodeJsonText(raw.supplementaryConfiguration);
  const supplementary = {};
  if (isRecord(supplementaryRaw)) for (const [k, v] of Object.entries(supplementaryRaw)) supplementary[k] = decodeJsonText(v);
  return {
    resourceType,
    accountId: str(first(raw, "accountId", "awsAccountId")),
    awsRegion: str(raw.awsRegion),
    availabilityZone: str(first(raw, "availabilityZone", "availibilityZone")),
    arn: str(first(raw, "arn", "ARN")),
    resourceId: str(raw.resourceId),
    resourceName: str(raw.resourceName),
    status: str(raw.configurationItemStatus),
    capturedAt: epochMs(raw.configurationItemCaptureTime),
    configuration: isRecord(configuration) ? configuration : void 0,
    supplementary,
    ...tagMap(decodeJsonText(raw.tags))
  };
}
function tagList(v) {
  const out = {};
  if (Array.isArray(v)) {
    for (const t of v) {
      if (!isRecord(t)) continue;
      const k = t.key ?? t.Key ?? t.tagKey ?? t.TagKey;
      const value = t.value ?? t.Value ?? t.tagValue ?? t.TagValue;
      if (typeof k === "string" && typeof value === "string") out[k] = value;
    }
  } else if (isRecord(v)) {
    for (const [k, value] of Object.entries(v)) if (typeof value === "string") out[k] = value;
  } else return void 0;
  return Object.keys(out).length ? out : void 0;
}
function tagMap(v) {
  const t = tagList(v);
  return t ? { tags: t } : {};
}
function isDeleted(item) {
  return item.status === "ResourceDeleted" || item.status === "ResourceDeletedNotRecorded";
}
function keyOf(obj, key) {
  if (key in obj) return key;
  const lower = key.toLowerCase();
  for (const k of Object.keys(obj)) if (k.toLowerCase() === lower) return k;
  return void 0;
}
function field(root, base, dotted) {
  let cur = root;
  let path = base;
  for (const part of dotted.split(".")) {
    if (Array.isArray(cur) && /^\d+$/.test(part)) {
      path = `${path}[${part}]`;
      cur = decodeJsonText(cur[Number(part)]);
      continue;
    }
    if (!isRecord(cur)) return { value: void 0, path: /^\d+$/.test(part) ? `${path}[${part}]` : `${path}.${part}` };
    const k = keyOf(cur, part);
    path = `${path}.${k ?? part}`;
    cur = k === void 0 ? void 0 : decodeJsonText(cur[k]);
  }
  return { value: cur === null ? void 0 : cur, path };
}
function conf(item, dotted) {
  return field(item.configuration, "configuration", dotted);
}
function supp(item, dotted) {
  return field(item.supplementary, "supplementaryConfiguration", dotted);
}
function truthy(f) {
  if (f.value === true || f.value === "true" || f.value === "TRUE" || f.value === "True") return "yes";
  if (f.value === false || f.value === "false" || f.value === "FALSE" || f.value === "False") return "no";
  return void 0;
}
function text(f) {
  return typeof f.value === "string" && f.value !== "" ? f.value : void 0;
}
function num(f) {
  if (typeof f.value === "number" && Number.isFinite(f.value)) return f.value;
  if (typeof f.value === "string" && /^-?\d+(\.\d+)?$/.test(f.value)) return Number(f.value);
  return void 0;
}
function list(f) {
  return Array.isArray(f.value) ? f.value : void 0;
}
var ARN_REGION = /^arn:aws[a-z-]*:[^:]+:([a-z]{2}(?:-[a-z]+)+-\d+):/;
var ARN_ACCOUNT = /^arn:aws[a-z-]*:[^:]+:[^:]*:(\d{12}):/;
function arnRegion(arn) {
  return arn ? ARN_REGION.exec(arn)?.[1] : void 0;
}
function arnAccount(arn) {
  return arn ? ARN_ACCOUNT.exec(arn)?.[1] : void 0;
}
function canonicalId(item) {
  if (item.arn && item.arn.startsWith("arn:")) return item.arn;
  return `${item.resourceType}/${item.accountId ?? "unknown-account"}/${item.awsRegion ?? "unknown-region"}/${item.resourceId ?? item.resourceName ?? "unknown"}`;
}
function accountOf(item) {
  return item.accountId ?? arnAccount(item.arn);
}

// providers/terraform/aws/iam-policy.ts
function list2(v) {
  if (typeof v === "string") return [v];
  return Array.isArray(v) ? v.filter((x) => typeof x === "string") : [];
}
function isRecord2(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function isJsonSpace(c) {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
function parsePolicy(text3) {
  if (typeof text3 !== "string") return void 0;
  let first2 = 0;
  while (first2 < text3.length && isJsonSpace(text3.charCodeAt(first2))) first2++;
  if (text3.charCodeAt(first2) !== 123) return void 0;
  let doc;
  try {
    doc = JSON.parse(text3);
  } catch {
    return void 0;
  }
  if (!isRecord2(doc)) return void 0;
  const raw = Array.isArray(doc.Statement) ? doc.Statement : isRecord2(doc.Statement) ? [doc.Statement] : [];
  return raw.filter(isRecord2).map((s) => ({
    effect: typeof s.Effect === "string" ? s.Effect : "",
    actions: list2(s.Action).map((a) => a.toLowerCase()),
    notActions: s.NotAction === void 0 ? void 0 : list2(s.NotAction).map((a) => a.toLowerCase()),
    resources: s.Resource === void 0 ? [] : list2(s.Resource),
    principal: s.Principal,
    condition: isRecord2(s.Condition) ? Object.fromEntries(Object.entries(s.Condition).filter(([, v]) => isRecord2(v))) : {}
  }));
}
var ADMIN_ACTIONS = /* @__PURE__ */ new Set(["*", "*:*", "iam:*"]);
function grantsAdmin(statements) {
  return statements.some((s) => {
    if (s.effect !== "Allow" || !s.resources.includes("*")) return false;
    if (s.notActions) return !s.notActions.some((a) => ADMIN_ACTIONS.has(a));
    return s.actions.some((a) => ADMIN_ACTIONS.has(a));
  });
}
var ADMIN_MANAGED = /^arn:aws[a-z-]*:iam::aws:policy\/(AdministratorAccess|IAMFullAccess)$/;
var AWS_MANAGED_POLICY = /^arn:aws[a-z-]*:iam::aws:policy\//;
function managedPolicyIsAdmin(arn) {
  return ADMIN_MANAGED.test(arn);
}
function conditionValues(condition, operators, key) {
  const out = [];
  for (const op of operators) {
    const block = condition[op];
    if (!block) continue;
    for (const [k, v] of Object.entries(block)) {
      if (k.toLowerCase() === key) out.push(...(Array.isArray(v) ? v : [v]).map((x) => String(x).toLowerCase()));
    }
  }
  return out;
}
var MFA_PRESENT = "aws:multifactorauthpresent";
function deniesWithoutMfa(statements) {
  return statements.some(
    (s) => s.effect === "Deny" && (s.notActions !== void 0 || s.actions.includes("*")) && conditionValues(s.condition, ["Bool", "BoolIfExists"], MFA_PRESENT).includes("false")
  );
}
function requiresMfa(s) {
  if (conditionValues(s.condition, ["Bool"], MFA_PRESENT).includes("true")) return true;
  return conditionValues(s.condition, ["NumericLessThan", "NumericLessThanEquals"], "aws:multifactorauthage").length > 0;
}
var ASSUME = /^(sts:assumerole(withsaml|withwebidentity)?|sts:\*|\*)$/;
function readTrust(statements) {
  const human = [];
  const mfa = [];
  const notes = /* @__PURE__ */ new Set();
  let idp = false;
  for (const s of statements) {
    if (s.effect !== "Allow" || !s.actions.some((a) => ASSUME.test(a))) continue;
    for (const kind of principalKinds(s)) {
      if (kind === "service" || kind === "oidc") {
        human.push("no");
        notes.add(kind === "service" ? "assumed by AWS services" : "assumed through an OIDC provider (workload identity)");
        continue;
      }
      if (kind === "saml") {
        human.push("yes");
        mfa.push("unknown");
        idp = true;
        notes.add("assumed through a SAML identity provider");
        continue;
      }
      human.push(kind === "role" ? "unknown" : "yes");
      mfa.push(requiresMfa(s) ? "enforced" : "absent");
      notes.add(kind === "role" ? "assumed by another role" : requiresMfa(s) ? "assumed by IAM principals with MFA required" : "assumed by IAM principals without an MFA condition");
    }
  }
  const humanAccess = anyOf(human);
  const worst = mfa.includes("absent") ? "absent" : mfa.includes("unknown") ? "unknown" : mfa.length ? "enforced" : "not-applicable";
  const out = { humanAccess, mfa: humanAccess === "no" ? "not-applicable" : worst, notes: [...notes] };
  if (worst === "unknown" && idp) out.settle = "MFA enforced by the identity provider";
  return out;
}
function principalKinds(s) {
  const p = s.principal;
  if (p === "*") return ["account"];
  if (!isRecord2(p)) return [];
  const kinds = [];
  if (p.Service !== void 0) kinds.push("service");
  for (const v of list2(p.AWS)) {
    if (/:role\/|:assumed-role\//.test(v)) kinds.push("role");
    else if (/:user\//.test(v)) kinds.push("user");
    else kinds.push("account");
  }
  for (const v of list2(p.Federated)) {
    const saml = /:saml-provider\//.test(v) || s.actions.includes("sts:assumerolewithsaml");
    kinds.push(saml ? "saml" : "oidc");
  }
  return kinds;
}

// providers/aws/facts.ts
var MANAGED_RULES = [
  "IAM_USER_MFA_ENABLED",
  "MFA_ENABLED_FOR_IAM_CONSOLE_ACCESS",
  "ROOT_ACCOUNT_MFA_ENABLED",
  "CW_LOGGROUP_RETENTION_PERIOD_CHECK",
  "IAM_PASSWORD_POLICY",
  "IAM_ROOT_ACCESS_KEY_CHECK",
  "VPC_FLOW_LOGS_ENABLED",
  "ECR_PRIVATE_IMAGE_SCANNING_ENABLED"
];
var REGIONAL_RULES = /* @__PURE__ */ new Set(["CW_LOGGROUP_RETENTION_PERIOD_CHECK", "ECR_PRIVATE_IMAGE_SCANNING_ENABLED"]);
function ruleEvidence(r) {
  return { path: `configRule.${r.rule}`, value: r.compliance, note: `result of the Config rule ${r.ruleName}${r.region ? ` in ${r.region}` : ""}` };
}
var AccountFacts = class _AccountFacts {
  constructor(accountId) {
    this.accountId = accountId;
  }
  accountId;
  kms = /* @__PURE__ */ new Map();
  policies = /* @__PURE__ */ new Map();
  groups = /* @__PURE__ */ new Map();
  credentialReport;
  rootCredentials;
  credentialState = { read: false, why: "the IAM credential report is read only for the account whose credentials run the scan" };
  /** Managed rule results by rule, then by evaluated resource id. */
  rules = /* @__PURE__ */ new Map();
  /** Rules found deployed (even with no results), by identifier. */
  rulesDeployed = /* @__PURE__ */ new Set();
  rulesState = { read: false, why: "Config rule results were not read" };
  trails = /* @__PURE__ */ new Map();
  trailState = { read: false, why: "CloudTrail GetTrailStatus is called only in the account whose credentials run the scan" };
  /** AWS Backup plans by id: the longest retention of their rules (undefined: kept until deleted). */
  backupPlans = /* @__PURE__ */ new Map();
  backupSelections = [];
  /** Resources (`region/vpc-id`) that a flow log records, and the regions where flow logs are recorded at all. */
  flowLogTargets = /* @__PURE__ */ new Set();
  flowLogRegions = /* @__PURE__ */ new Set();
  /** The account password policy (IAM GetAccountPasswordPolicy), when read. */
  passwordPolicy;
  passwordPolicyState = { read: false, why: "iam:GetAccountPasswordPolicy is called only in the account whose credentials run the scan" };
  /** After the rules are read: whether an MFA rule stands in for the credential report, and if not, why. */
  settleRulesState(failure) {
    const mfa = ["IAM_USER_MFA_ENABLED", "MFA_ENABLED_FOR_IAM_CONSOLE_ACCESS", "ROOT_ACCOUNT_MFA_ENABLED"].some((r) => this.rulesDeployed.has(r));
    this.rulesState = mfa ? { read: true } : { read: false, why: failure ?? "no MFA_ENABLED_FOR_IAM_CONSOLE_ACCESS, IAM_USER_MFA_ENABLED or ROOT_ACCOUNT_MFA_ENABLED rule reports for this account" };
  }
  /** A KMS key by ARN or key id. */
  keyManager(ref) {
    return this.kms.get(ref) ?? this.kms.get(ref.replace(/^arn:aws[a-z-]*:kms:[^:]*:\d{12}:key\//, ""));
  }
  addKey(arn, keyId, manager) {
    if (arn) this.kms.set(arn, manager);
    if (keyId) this.kms.set(keyId, manager);
  }
  /** Results keyed by resource id; regional resources (log groups) by region and id, since names repeat across regions. */
  static key(rule, resourceId, region) {
    return REGIONAL_RULES.has(rule) ? `${region ?? ""}|${resourceId}` : resourceId;
  }
  ruleResult(rule, resourceId, region) {
    return resourceId === void 0 ? void 0 : this.rules.get(rule)?.get(_AccountFacts.key(rule, resourceId, region));
  }
  /** Every result of a rule (for log groups, known only through them). */
  ruleResults(rule) {
    return [...this.rules.get(rule)?.values() ?? []];
  }
  addRuleResult(resourceId, result) {
    let m = this.rules.get(result.rule);
    if (!m) this.rules.set(result.rule, m = /* @__PURE__ */ new Map());
    const key = _AccountFacts.key(result.rule, resourceId, result.region);
    const prev = m.get(key);
    if (!prev || prev.compliance === "COMPLIANT" && result.compliance === "NON_COMPLIANT") m.set(key, { ...result, resourceId });
  }
};
var Lookups = class {
  /** Buckets by name: their region and lifecycle (trail destinations, replication targets). */
  buckets = /* @__PURE__ */ new Map();
  /** Security groups' inbound rules by `region/sg-id` (the groups of public database endpoints). */
  securityGroups = /* @__PURE__ */ new Map();
  bucketState = { read: true };
  groupState = { read: true };
};

// providers/aws/identity.ts
function statementsOf(doc) {
  if (Array.isArray(doc)) {
    const all = [];
    for (const d of doc) {
      const s = statementsOf(d);
      if (!s) return void 0;
      all.push(...s);
    }
    return all;
  }
  if (isRecord(doc)) return parsePolicy(JSON.stringify(doc));
  if (typeof doc !== "string") return void 0;
  const direct = parsePolicy(doc);
  if (direct) return direct;
  try {
    return parsePolicy(decodeURIComponent(doc.replace(/\+/g, " ")));
  } catch {
    return void 0;
  }
}
function unknownGrant(evidence2) {
  return { admin: "unknown", mfaDeny: "unknown", evidence: evidence2 };
}
function documentGrant(doc, path) {
  const statements = statementsOf(doc);
  if (!statements) return unknownGrant({ path, note: "policy document could not be read" });
  const admin = grantsAdmin(statements);
  const mfaDeny = deniesWithoutMfa(statements);
  const note = [admin ? "allows * (or iam:*) on all resources" : "", mfaDeny ? "denies actions without MFA" : ""].filter(Boolean).join("; ");
  return { admin: admin ? "yes" : "no", mfaDeny: mfaDeny ? "yes" : "no", evidence: note ? { path, note } : { path } };
}
function policyItemGrant(item) {
  const versions = list(conf(item, "policyVersionList")) ?? [];
  const base = conf(item, "policyVersionList").path;
  const i = versions.findIndex((v) => isRecord(v) && (v.isDefaultVersion === true || v.isDefaultVersion === "true"));
  if (i < 0) return unknownGrant({ path: base, note: "no default policy version in the item" });
  return documentGrant(versions[i].document, `${base}[${i}].document`);
}
function managedGrants(ctx, item) {
  const f = conf(item, "attachedManagedPolicies");
  const l = list(f);
  if (!l) return [unknownGrant({ path: f.path, value: null, note: "not in the configuration item" })];
  return l.flatMap((p, i) => {
    if (!isRecord(p) || typeof p.policyArn !== "string") return [];
    const arn = p.policyArn;
    const path = `${f.path}[${i}].policyArn`;
    if (AWS_MANAGED_POLICY.test(arn)) {
      const admin = managedPolicyIsAdmin(arn);
      return [{ admin: admin ? "yes" : "no", mfaDeny: "no", evidence: { path, value: arn, ...admin ? { note: "AWS managed administrator policy" } : {} } }];
    }
    const joined = ctx.facts.policies.get(arn);
    return [joined ? { ...joined, evidence: { ...joined.evidence, path, from: arn } } : unknownGrant({ path, note: "customer managed policy not among the AWS::IAM::Policy items read" })];
  });
}
function inlineGrants(item, listKey) {
  const f = conf(item, listKey);
  const l = list(f);
  if (!l) return [unknownGrant({ path: f.path, value: null, note: "not in the configuration item" })];
  return l.flatMap((p, i) => isRecord(p) ? [documentGrant(p.policyDocument, `${f.path}[${i}].policyDocument`)] : []);
}
function groupItemGrants(ctx) {
  return [...managedGrants(ctx, ctx.item), ...inlineGrants(ctx.item, "groupPolicyList")];
}
function summarise(grants) {
  return {
    admin: anyOf(grants.map((g) => g.admin)),
    deny: anyOf(grants.map((g) => g.mfaDeny)),
    evidence: grants.filter((g) => g.admin !== "no" || g.mfaDeny !== "no").map((g) => g.evidence)
  };
}
var ADMIN_SETTLE = "the policies attached to the principal (directly or through its groups): some are not among the items read";
function principalName(item, key) {
  return text(conf(item, key)) ?? item.resourceName;
}
function facet(kind, principal, parts) {
  const out = { principalKind: kind, ...principal ? { principal } : {}, ...parts };
  if (!out.settle) delete out.settle;
  return out;
}
function fromReport(row) {
  const humanAccess = row.passwordEnabled === "yes" ? "yes" : row.passwordEnabled === "no" && row.accessKeysActive === "no" ? "no" : "unknown";
  const mfa = row.mfaActive === "yes" ? "enforced" : row.mfaActive === "no" ? "absent" : void 0;
  const evidence2 = [
    { path: "credentialReport.password_enabled", value: row.passwordEnabled === "unknown" ? null : row.passwordEnabled === "yes", note: "IAM credential report" },
    { path: "credentialReport.mfa_active", value: row.mfaActive === "unknown" ? null : row.mfaActive === "yes", ...row.mfaActive === "yes" ? { note: "an MFA device is active: console sign-in asks for it" } : {} }
  ];
  if (row.passwordEnabled === "no") evidence2.push({ path: "credentialReport.access_key_active", value: row.accessKeysActive === "unknown" ? null : row.accessKeysActive === "yes" });
  return { humanAccess, mfa, evidence: evidence2 };
}
function fromRules(facts, userId) {
  const console_ = facts.ruleResult("MFA_ENABLED_FOR_IAM_CONSOLE_ACCESS", userId);
  const any = facts.ruleResult("IAM_USER_MFA_ENABLED", userId);
  if (console_?.compliance === "NON_COMPLIANT") return { humanAccess: "yes", mfa: "absent", evidence: [ruleEvidence(console_)] };
  if (any?.compliance === "NON_COMPLIANT") return { humanAccess: "unknown", mfa: "absent", evidence: [ruleEvidence(any)] };
  const ok = console_ ?? any;
  if (ok) return { humanAccess: "unknown", mfa: "enforced", evidence: [ruleEvidence(ok)] };
  return void 0;
}
function credentialSettle(facts) {
  const why2 = [facts.credentialState, facts.rulesState].filter((s) => !s.read).map((s) => s.read ? "" : s.why);
  return `the IAM credential report (password_enabled, mfa_active) or the results of the Config rule MFA_ENABLED_FOR_IAM_CONSOLE_ACCESS for this user${why2.length ? ` (${why2.join("; ")})` : ""}`;
}
function user(ctx) {
  const { item, facts } = ctx;
  const groupList = list(conf(item, "groupList"));
  const groups = (groupList ?? []).filter((g) => typeof g === "string");
  const groupPath = conf(item, "groupList").path;
  const grants = [
    ...groupList ? [] : [unknownGrant({ path: groupPath, value: null, note: "not in the configuration item" })],
    ...managedGrants(ctx, item),
    ...inlineGrants(item, "userPolicyList"),
    ...groups.flatMap((g, i) => {
      const joined = facts.groups.get(g);
      return joined ? joined.map((x) => ({ ...x, evidence: { ...x.evidence, from: `group ${g}` } })) : [unknownGrant({ path: `${groupPath}[${i}]`, note: "group not among the AWS::IAM::Group items read" })];
    })
  ];
  const s = summarise(grants);
  const arn = text(conf(item, "arn")) ?? item.arn;
  const row = arn ? facts.credentialReport?.get(arn) : void 0;
  const people = row ? fromReport(row) : fromRules(facts, item.resourceId ?? text(conf(item, "userId")));
  const mfa = s.deny === "yes" ? "enforced" : people?.mfa ?? "unknown";
  const evidence2 = [...s.evidence, ...people?.evidence ?? []];
  if (s.deny === "yes") evidence2.push({ path: "policies", note: "a policy denies actions without MFA" });
  return facet("user", principalName(item, "userName"), {
    admin: s.admin,
    humanAccess: people?.humanAccess ?? "unknown",
    mfa,
    evidence: evidence2,
    settle: s.admin === "unknown" ? ADMIN_SETTLE : people ? "which people use this user and whether they sign in with MFA" : credentialSettle(facts)
  });
}
function group(ctx) {
  const s = summarise(groupItemGrants(ctx));
  return facet("group", principalName(ctx.item, "groupName"), {
    admin: s.admin,
    humanAccess: "unknown",
    mfa: s.deny === "yes" ? "enforced" : s.deny === "unknown" ? "unknown" : "absent",
    evidence: s.evidence,
    settle: s.admin === "unknown" ? ADMIN_SETTLE : "which members of the group sign in to the console (IAM credential report)"
  });
}
function role(ctx) {
  const { item } = ctx;
  const s = summarise([...managedGrants(ctx, item), ...inlineGrants(item, "rolePolicyList")]);
  const trustDoc = conf(item, "assumeRolePolicyDocument");
  const statements = trustDoc.value === void 0 ? void 0 : statementsOf(trustDoc.value);
  const name = principalName(item, "roleName");
  if (!statements) {
    return facet("role", name, {
      admin: s.admin,
      humanAccess: "unknown",
      mfa: "unknown",
      evidence: [...s.evidence, { path: trustDoc.path, note: trustDoc.value === void 0 ? "not in the configuration item" : "trust policy could not be read" }],
      settle: s.admin === "unknown" ? ADMIN_SETTLE : "the trust policy of the role"
    });
  }
  const trust = readTrust(statements);
  return facet("role", name, {
    admin: s.admin,
    humanAccess: trust.humanAccess,
    mfa: trust.mfa,
    evidence: [...s.evidence, { path: trustDoc.path, note: trust.notes.join("; ") || "no statement lets anyone assume the role" }],
    settle: s.admin === "unknown" ? ADMIN_SETTLE : trust.settle ?? "who assumes the role, and whether they sign in with MFA"
  });
}
var IDENTITY = {
  "AWS::IAM::User": user,
  "AWS::IAM::Group": group,
  "AWS::IAM::Role": role
};
function rootIdentity(facts) {
  const base = { principalKind: "user", principal: "root", admin: "yes", humanAccess: "yes" };
  const row = facts.rootCredentials;
  if (row && row.mfaActive !== "unknown") {
    return { ...base, mfa: row.mfaActive === "yes" ? "enforced" : "absent", evidence: [{ path: "credentialReport.<root_account>.mfa_active", value: row.mfaActive === "yes", note: "IAM credential report" }] };
  }
  const rule = facts.ruleResult("ROOT_ACCOUNT_MFA_ENABLED", facts.accountId);
  if (rule) return { ...base, mfa: rule.compliance === "COMPLIANT" ? "enforced" : "absent", evidence: [ruleEvidence(rule)] };
  const why2 = [facts.credentialState, facts.rulesState].filter((s) => !s.read).map((s) => s.read ? "" : s.why);
  return {
    ...base,
    mfa: "unknown",
    evidence: [{ path: "credentialReport.<root_account>.mfa_active", value: null, note: "no credential report or ROOT_ACCOUNT_MFA_ENABLED result" }],
    settle: `the root user's MFA (IAM credential report, or the Config rule ROOT_ACCOUNT_MFA_ENABLED)${why2.length ? ` (${why2.join("; ")})` : ""}`
  };
}

// providers/aws/context.ts
function ev(f, opts = {}) {
  const e = { path: f.path };
  if (typeof f.value === "boolean" || typeof f.value === "number") e.value = f.value;
  else if (typeof f.value === "string" && opts.show) e.value = f.value;
  else if (f.value === void 0) e.value = null;
  const note = opts.note ?? (f.value === void 0 ? "not in the configuration item" : void 0);
  if (note) e.note = note;
  return e;
}
function hasConfiguration(item) {
  return item.configuration !== void 0 && Object.keys(item.configuration).length > 0;
}

// providers/aws/storage.ts
var AWS_MANAGED_ALIAS = /(^|:)alias\/aws\//;
function keyOwner(ctx, f, whenNone = "provider") {
  const ref = text(f);
  if (!ref) return { key: whenNone, evidence: ev(f, { note: whenNone === "provider" ? "no KMS key: the AWS managed key of the service is used" : "no KMS key" }) };
  if (AWS_MANAGED_ALIAS.test(ref)) return { key: "provider", evidence: ev(f, { note: "AWS managed key alias" }) };
  if (/(^|:)alias\//.test(ref)) return { key: "customer", evidence: ev(f, { note: "customer managed key alias" }) };
  const manager = ctx.facts.keyManager(ref);
  if (manager === "CUSTOMER") return { key: "customer", evidence: ev(f, { note: "customer managed KMS key (keyManager CUSTOMER)" }) };
  if (manager === "AWS") return { key: "provider", evidence: ev(f, { note: "AWS managed KMS key (keyManager AWS)" }) };
  return {
    key: "unknown",
    evidence: ev(f, { note: "KMS key not among the AWS::KMS::Key items read" }),
    settle: "whether the KMS key is customer managed (its AWS::KMS::Key item, keyManager)"
  };
}
function facet2(service, encrypted, key, evidence2, settle) {
  const out = { service, encrypted, key: encrypted === "no" ? "none" : key, evidence: evidence2 };
  if (settle && (encrypted === "unknown" || key === "unknown")) out.settle = settle;
  return out;
}
function flagged(service, flagPath, keyPath) {
  return (ctx) => {
    const f = conf(ctx.item, flagPath);
    const t = truthy(f);
    if (t === "no") return facet2(service, "no", "none", [ev(f)]);
    if (t === void 0) return facet2(service, "unknown", "unknown", [ev(f)], `the ${flagPath} setting of the ${service} (not in its configuration item)`);
    const k = keyOwner(ctx, conf(ctx.item, keyPath));
    return facet2(service, "yes", k.key, [ev(f), k.evidence], k.settle);
  };
}
function always(service, keyPath, why2) {
  return (ctx) => {
    const k = keyOwner(ctx, conf(ctx.item, keyPath));
    return facet2(service, "yes", k.key, [{ path: "resourceType", value: ctx.item.resourceType, note: why2 }, k.evidence], k.settle);
  };
}
function s3SupplementCaptured(item) {
  const s = item.supplementary;
  return ["BucketVersioningConfiguration", "BucketLoggingConfiguration", "IsRequesterPaysEnabled", "BucketPolicy", "AccessControlList", "ServerSideEncryptionConfiguration"].some((k) => k in s);
}
function s3Bucket(ctx) {
  const service = "S3 bucket";
  const rules = list(supp(ctx.item, "ServerSideEncryptionConfiguration.rules"));
  const rule = rules?.[0];
  if (!rule) {
    if (!s3SupplementCaptured(ctx.item)) {
      return facet2(service, "yes", "unknown", [{ path: "supplementaryConfiguration.ServerSideEncryptionConfiguration", value: null, note: "supplementary configuration not in the item; S3 encrypts all new objects since 2023-01-05" }], "the default encryption of the bucket (supplementaryConfiguration.ServerSideEncryptionConfiguration)");
    }
    return facet2(service, "yes", "provider", [{ path: "supplementaryConfiguration.ServerSideEncryptionConfiguration", value: null, note: "no default encryption rule: S3 applies SSE-S3 (AES256) to all new objects since 2023-01-05" }]);
  }
  const base = "ServerSideEncryptionConfiguration.rules.0.applyServerSideEncryptionByDefault";
  const algorithm = supp(ctx.item, `${base}.sseAlgorithm`);
  const alg = text(algorithm);
  if (alg === "AES256") return facet2(service, "yes", "provider", [ev(algorithm, { show: true })]);
  if (alg?.startsWith("aws:kms")) {
    const k = keyOwner(ctx, supp(ctx.item, `${base}.kmsMasterKeyID`));
    return facet2(service, "yes", k.key, [ev(algorithm, { show: true }), k.evidence], k.settle);
  }
  return facet2(service, "yes", "unknown", [ev(algorithm, { show: true })], "the default encryption algorithm of the bucket");
}
function dynamodbTable(ctx) {
  const service = "DynamoDB table";
  const sse = conf(ctx.item, "sseDescription");
  if (sse.value === void 0) {
    if (!hasConfiguration(ctx.item)) return facet2(service, "yes", "unknown", [ev(sse)], "the server-side encryption of the table (aws dynamodb describe-table)");
    return facet2(service, "yes", "provider", [{ path: sse.path, value: null, note: "no SSEDescription: encrypted with an AWS owned key" }]);
  }
  const type = conf(ctx.item, "sseDescription.sseType");
  if (text(type) === "KMS") {
    const k = keyOwner(ctx, conf(ctx.item, "sseDescription.kmsMasterKeyArn"));
    return facet2(service, "yes", k.key, [ev(type, { show: true }), k.evidence], k.settle);
  }
  return facet2(service, "yes", "provider", [ev(type, { show: true })]);
}
function sqsQueue(ctx) {
  const service = "SQS queue";
  const key = conf(ctx.item, "KmsMasterKeyId");
  if (text(key)) {
    const k = keyOwner(ctx, key);
    return facet2(service, "yes", k.key, [k.evidence], k.settle);
  }
  const managed = conf(ctx.item, "SqsManagedSseEnabled");
  const t = truthy(managed);
  if (t === "yes") return facet2(service, "yes", "provider", [ev(managed)]);
  if (t === "no") return facet2(service, "no", "none", [ev(managed), ev(key)]);
  return facet2(service, "unknown", "unknown", [ev(managed), ev(key)], "the SqsManagedSseEnabled and KmsMasterKeyId attributes of the queue");
}
function snsTopic(ctx) {
  const service = "SNS topic";
  const key = conf(ctx.item, "KmsMasterKeyId");
  if (text(key)) {
    const k = keyOwner(ctx, key);
    return facet2(service, "yes", k.key, [k.evidence], k.settle);
  }
  if (!hasConfiguration(ctx.item)) return facet2(service, "unknown", "unknown", [ev(key)], "the KmsMasterKeyId attribute of the topic");
  return facet2(service, "no", "none", [{ path: key.path, value: null, note: "no KMS key: the topic is not encrypted at rest" }]);
}
function kinesisStream(ctx) {
  const service = "Kinesis stream";
  const type = conf(ctx.item, "StreamEncryption.EncryptionType");
  const t = text(type);
  if (t === "NONE") return facet2(service, "no", "none", [ev(type, { show: true })]);
  if (t === "KMS") {
    const k = keyOwner(ctx, conf(ctx.item, "StreamEncryption.KeyId"));
    return facet2(service, "yes", k.key, [ev(type, { show: true }), k.evidence], k.settle);
  }
  return facet2(service, "unknown", "unknown", [ev(type, { show: true })], "the StreamEncryption of the stream");
}
function logGroupStorage(kmsKeyId, path) {
  const evidence2 = kmsKeyId ? { path, note: "customer managed KMS key" } : { path, value: null, note: "no KMS key: CloudWatch Logs encrypts with its service key" };
  return facet2("CloudWatch log group", "yes", kmsKeyId ? "customer" : "provider", [evidence2]);
}
var STORAGE = {
  "AWS::S3::Bucket": s3Bucket,
  "AWS::EC2::Volume": flagged("EBS volume", "encrypted", "kmsKeyId"),
  "AWS::RDS::DBInstance": flagged("RDS instance", "storageEncrypted", "kmsKeyId"),
  "AWS::RDS::DBCluster": flagged("RDS cluster", "storageEncrypted", "kmsKeyId"),
  "AWS::RDS::DBSnapshot": flagged("RDS snapshot", "encrypted", "kmsKeyId"),
  "AWS::RDS::DBClusterSnapshot": flagged("RDS cluster snapshot", "storageEncrypted", "kmsKeyId"),
  "AWS::DynamoDB::Table": dynamodbTable,
  "AWS::EFS::FileSystem": flagged("EFS file system", "Encrypted", "KmsKeyId"),
  "AWS::Redshift::Cluster": flagged("Redshift cluster", "encrypted", "kmsKeyId"),
  "AWS::OpenSearch::Domain": flagged("OpenSearch domain", "EncryptionAtRestOptions.Enabled", "EncryptionAtRestOptions.KmsKeyId"),
  "AWS::Elasticsearch::Domain": flagged("Elasticsearch domain", "encryptionAtRestOptions.enabled", "encryptionAtRestOptions.kmsKeyId"),
  "AWS::SQS::Queue": sqsQueue,
  "AWS::SNS::Topic": snsTopic,
  "AWS::Kinesis::Stream": kinesisStream,
  "AWS::SecretsManager::Secret": always("Secrets Manager secret", "KMSKeyId", "secrets are always encrypted (aws/secretsmanager key unless a KMS key is named)"),
  "AWS::Backup::BackupVault": always("Backup vault", "EncryptionKeyArn", "recovery points are always encrypted")
};

// providers/aws/log-protection.ts
function objectLockOf(item) {
  const enabled = supp(item, "ObjectLockConfiguration.objectLockEnabled");
  const mode = supp(item, "ObjectLockConfiguration.rule.defaultRetention.mode");
  const days = supp(item, "ObjectLockConfiguration.rule.defaultRetention.days");
  const years = supp(item, "ObjectLockConfiguration.rule.defaultRetention.years");
  if (text(enabled) === "Enabled") {
    const retained = text(mode) !== void 0 && (typeof days.value === "number" || typeof years.value === "number");
    return retained ? { truth: "yes", evidence: { path: mode.path, value: text(mode), note: "Object Lock default retention" } } : { truth: "no", evidence: { path: mode.path, value: null, note: "Object Lock is on but no default retention protects new log files" } };
  }
  if (enabled.value === void 0 && !s3SupplementCaptured(item)) return { truth: "unknown", evidence: { path: enabled.path, value: null, note: "supplementary configuration not in the item" } };
  return { truth: "no", evidence: { path: enabled.path, value: null, note: "Object Lock is not enabled on the bucket" } };
}
function trail(ctx) {
  const label = "CloudTrail trail";
  const validation = conf(ctx.item, "logFileValidationEnabled");
  const key = conf(ctx.item, "kmsKeyId");
  const encrypted = text(key) ? "yes" : hasConfiguration(ctx.item) ? "no" : "unknown";
  const keyEvidence = text(key) ? { path: key.path, note: "logs encrypted with a KMS key" } : { path: key.path, value: null, note: "no KMS key: the logs have only the bucket's default SSE-S3 encryption" };
  const name = text(conf(ctx.item, "s3BucketName"));
  const bucket2 = name ? ctx.lookups.buckets.get(name) : void 0;
  const lock = bucket2 && bucket2 !== "not-found" && bucket2.objectLock ? { truth: bucket2.objectLock.truth, evidence: { ...bucket2.objectLock.evidence, from: name } } : { truth: "unknown", evidence: { path: "configuration.s3BucketName", note: `bucket not in the Config inventory read${ctx.lookups.bucketState.read ? "" : ` (${ctx.lookups.bucketState.why})`}` } };
  const out = {
    label,
    integrityValidation: truthy(validation) ?? "unknown",
    encrypted,
    immutable: lock.truth,
    evidence: [ev(validation), keyEvidence, lock.evidence]
  };
  if (lock.truth === "unknown") out.settle = "the Object Lock configuration (default retention) of the S3 bucket the trail writes to";
  else if (out.integrityValidation === "unknown" || encrypted === "unknown") out.settle = "the log file validation and KMS key of the trail";
  return out;
}
var LOG_PROTECTION = {
  "AWS::CloudTrail::Trail": trail
};

// providers/aws/logging.ts
function trail2(ctx) {
  const { item } = ctx;
  const multi = conf(item, "isMultiRegionTrail");
  const validation = conf(item, "logFileValidationEnabled");
  const global = conf(item, "includeGlobalServiceEvents");
  const custom = conf(item, "hasCustomEventSelectors");
  const arn = trailArn(item);
  const status = arn ? ctx.facts.trails.get(arn) : void 0;
  const evidence2 = [ev(multi), ev(validation), ev(global)];
  let logging = "unknown";
  let management = truthy(custom) === "no" ? "yes" : "unknown";
  if (status) {
    logging = status.isLogging;
    if (truthy(custom) !== "no") management = status.allManagementEvents;
    evidence2.push(...status.evidence);
  } else {
    evidence2.push({ path: "GetTrailStatus.IsLogging", value: null, note: ctx.facts.trailState.read ? "trail status not returned" : ctx.facts.trailState.why });
  }
  if (truthy(custom) === "no") evidence2.push(ev(custom));
  return {
    label: "CloudTrail trail",
    multiRegion: truthy(multi) ?? "unknown",
    integrityValidation: truthy(validation) ?? "unknown",
    coversAllServices: allOf([truthy(global) ?? "unknown", logging, management]),
    evidence: evidence2
  };
}
function trailArn(item) {
  return text(conf(item, "trailARN")) ?? item.arn;
}
function bucketFacts(item) {
  const base = { region: item.awsRegion, account: item.accountId, objectLock: objectLockOf(item) };
  const lc = supp(item, "BucketLifecycleConfiguration");
  if (lc.value === void 0) return { ...base, lifecycle: s3SupplementCaptured(item) ? [] : "unknown" };
  const rules = list(supp(item, "BucketLifecycleConfiguration.rules"));
  if (!rules) return { ...base, lifecycle: "unknown" };
  return {
    ...base,
    lifecycle: rules.map((r, i) => {
      const path = `supplementaryConfiguration.BucketLifecycleConfiguration.rules[${i}]`;
      if (!isRecord(r)) return { enabled: "unknown", prefix: void 0, tagged: false, days: "unknown", evidence: { path } };
      const status = typeof r.status === "string" ? r.status : void 0;
      const daysRaw = typeof r.expirationInDays === "number" ? r.expirationInDays : void 0;
      const days = daysRaw !== void 0 && daysRaw > 0 ? daysRaw : r.expirationDate ? "unknown" : void 0;
      const predicate = isRecord(r.filter) && isRecord(r.filter.predicate) ? r.filter.predicate : void 0;
      let prefix = typeof r.prefix === "string" ? r.prefix : "";
      let tagged = false;
      if (predicate) {
        const type = String(predicate.type ?? "");
        if (type === "LifecyclePrefixPredicate") prefix = typeof predicate.prefix === "string" ? predicate.prefix : "";
        else if (type === "LifecycleTagPredicate") tagged = true;
        else if (type === "LifecycleAndOperator") {
          const operands = Array.isArray(predicate.operands) ? predicate.operands.filter(isRecord) : [];
          tagged = operands.some((o) => o.type === "LifecycleTagPredicate");
          const p = operands.find((o) => o.type === "LifecyclePrefixPredicate");
          prefix = p && typeof p.prefix === "string" ? p.prefix : "";
        } else prefix = void 0;
      }
      return {
        enabled: status === "Enabled" ? "yes" : status === "Disabled" ? "no" : "unknown",
        prefix,
        tagged,
        days,
        evidence: { path: `${path}.expirationInDays`, ...typeof days === "number" ? { value: days } : {} }
      };
    })
  };
}
function trailBucket(ctx) {
  const base = { kind: "trail-bucket", label: "CloudTrail trail bucket" };
  const nameF = conf(ctx.item, "s3BucketName");
  const name = text(nameF);
  const found = name ? ctx.lookups.buckets.get(name) : void 0;
  if (!name || !found || found === "not-found" || found.lifecycle === "unknown") {
    const why2 = !name ? "no bucket in the item" : !found || found === "not-found" ? `bucket not in the Config inventory read${ctx.lookups.bucketState.read ? "" : ` (${ctx.lookups.bucketState.why})`}` : "the bucket item has no supplementary configuration";
    return { ...base, retentionDays: "unknown", evidence: [{ path: nameF.path, note: why2 }], settle: "the lifecycle configuration of the S3 bucket the trail writes to" };
  }
  const prefixF = conf(ctx.item, "s3KeyPrefix");
  const trailKey = text(prefixF) ? `${text(prefixF)}/AWSLogs/` : "AWSLogs/";
  let definite = "forever";
  let definiteEvidence = [];
  const doubtful = [];
  for (const rule of found.lifecycle) {
    if (rule.enabled === "no" || rule.tagged || rule.days === void 0) continue;
    const applies = rule.prefix === void 0 ? "unknown" : rule.prefix === "" || trailKey.startsWith(rule.prefix) || rule.prefix.startsWith(trailKey) ? "yes" : "no";
    if (applies === "no") continue;
    if (applies === "yes" && rule.enabled === "yes" && typeof rule.days === "number") {
      if (definite === "forever" || rule.days < definite) {
        definite = rule.days;
        definiteEvidence = [{ ...rule.evidence, from: name }];
      }
    } else doubtful.push({ ...rule.evidence, from: name, note: "may apply to the trail logs" });
  }
  const shorterDoubt = doubtful.filter((e) => definite === "forever" || typeof e.value !== "number" || e.value < definite);
  const bucketEvidence = { path: nameF.path, note: "trail bucket" };
  if (shorterDoubt.length) {
    return { ...base, retentionDays: "unknown", evidence: [bucketEvidence, ...definiteEvidence, ...shorterDoubt], settle: "which lifecycle rules of the trail bucket expire the trail logs" };
  }
  return {
    ...base,
    retentionDays: definite,
    evidence: definiteEvidence.length ? [bucketEvidence, ...definiteEvidence] : [bucketEvidence, { path: "supplementaryConfiguration.BucketLifecycleConfiguration", from: name, value: null, note: "no expiring lifecycle rule" }]
  };
}
function trailNeeds(item) {
  const name = text(conf(item, "s3BucketName"));
  return { buckets: name ? [name] : [], securityGroups: [] };
}
var AUDIT_TRAIL = {
  "AWS::CloudTrail::Trail": trail2
};
var LOG_STORE = {
  "AWS::CloudTrail::Trail": trailBucket
};
function logGroupStore(retentionInDays) {
  const base = { kind: "log-group", label: "CloudWatch log group" };
  const n = num({ value: retentionInDays, path: "retentionInDays" });
  if (n === void 0 || n === 0) return { ...base, retentionDays: "forever", evidence: [{ path: "retentionInDays", value: null, note: "not set: events never expire" }] };
  return { ...base, retentionDays: n, evidence: [{ path: "retentionInDays", value: n }] };
}
function logGroupFromRule(r) {
  const base = { kind: "log-group", label: "CloudWatch log group" };
  const evidence2 = [ruleEvidence(r)];
  if (r.compliance === "COMPLIANT" && r.threshold !== void 0) {
    evidence2.push({ path: `configRule.${r.rule}.MinRetentionTime`, value: r.threshold, note: `retention at least ${r.threshold} days (or never expire)` });
    return { ...base, retentionDays: r.threshold, evidence: evidence2 };
  }
  if (r.threshold !== void 0) evidence2.push({ path: `configRule.${r.rule}.MinRetentionTime`, value: r.threshold, note: `retention below ${r.threshold} days` });
  return {
    ...base,
    retentionDays: "unknown",
    evidence: evidence2,
    settle: r.compliance === "NON_COMPLIANT" ? `the retention of the log group (aws logs describe-log-groups): the rule found it below ${r.threshold ?? "its MinRetentionTime"} days` : "the retention of the log group (aws logs describe-log-groups), or the rule's MinRetentionTime parameter"
  };
}

// providers/aws/locations.ts
var DATA_TYPES = /* @__PURE__ */ new Set([
  "AWS::S3::Bucket",
  "AWS::EC2::Volume",
  "AWS::EC2::Instance",
  "AWS::RDS::DBInstance",
  "AWS::RDS::DBCluster",
  "AWS::RDS::DBSnapshot",
  "AWS::RDS::DBClusterSnapshot",
  "AWS::DynamoDB::Table",
  "AWS::EFS::FileSystem",
  "AWS::EKS::Cluster",
  "AWS::Redshift::Cluster",
  "AWS::OpenSearch::Domain",
  "AWS::Elasticsearch::Domain",
  "AWS::SQS::Queue",
  "AWS::SNS::Topic",
  "AWS::Kinesis::Stream",
  "AWS::SecretsManager::Secret",
  "AWS::Backup::BackupVault",
  "AWS::KMS::Key",
  "AWS::Lambda::Function",
  "AWS::ECR::Repository",
  "AWS::DMS::ReplicationInstance",
  "AWS::Logs::LogGroup"
]);
var AZ = /^([a-z]{2}(?:-[a-z]+)+-\d+)[a-z]$/;
function primaryLocation(item) {
  if (item.awsRegion && item.awsRegion !== "global") return { region: item.awsRegion, role: "primary", evidence: { path: "awsRegion", value: item.awsRegion } };
  const fromArn = arnRegion(item.arn);
  if (fromArn) return { region: fromArn, role: "primary", evidence: { path: "arn", value: fromArn, note: "region taken from the ARN" } };
  const az = item.availabilityZone ? AZ.exec(item.availabilityZone)?.[1] : void 0;
  if (az) return { region: az, role: "primary", evidence: { path: "availabilityZone", value: item.availabilityZone } };
  return { region: void 0, role: "primary", evidence: { path: "awsRegion", value: null, note: "not in the configuration item" } };
}
function regionOfArn(arn, path, role2, what) {
  const region = typeof arn === "string" ? arnRegion(arn) : void 0;
  return region ? { region, role: role2, evidence: { path, value: region, note: `region of the ${what} ARN` } } : { region: void 0, role: role2, evidence: { path, note: `the ${what} names no region` } };
}
function replicationDestinations(item) {
  const rules = supp(item, "BucketReplicationConfiguration.rules");
  const entries = Array.isArray(rules.value) ? rules.value.map((r, i) => [`[${i}]`, r]) : isRecord(rules.value) ? Object.entries(rules.value).map(([k, r]) => [`.${k}`, r]) : [];
  return entries.flatMap(([suffix, r]) => {
    if (!isRecord(r) || typeof r.status === "string" && r.status !== "Enabled") return [];
    const dest = isRecord(r.destinationConfig) ? r.destinationConfig : isRecord(r.destination) ? r.destination : void 0;
    const arn = dest ? dest.bucketARN ?? dest.bucketArn ?? dest.bucket : void 0;
    const bucket2 = typeof arn === "string" ? arn.replace(/^arn:aws[a-z-]*:s3:::/, "") : void 0;
    return [{ bucket: bucket2, path: `${rules.path}${suffix}.destinationConfig.bucketARN` }];
  });
}
function bucketNeeds(item) {
  return { buckets: replicationDestinations(item).flatMap((d) => d.bucket ? [d.bucket] : []), securityGroups: [] };
}
function s3Bucket2(ctx) {
  return replicationDestinations(ctx.item).map(({ bucket: bucket2, path }) => {
    const found = bucket2 ? ctx.lookups.buckets.get(bucket2) : void 0;
    if (found && found !== "not-found" && found.region) return { region: found.region, role: "replica", evidence: { path, value: found.region, from: bucket2, note: "region of the destination bucket" } };
    return { region: void 0, role: "replica", evidence: { path, note: "destination bucket not in the Config inventory read" } };
  });
}
function dynamodbReplicas(ctx) {
  const f = conf(ctx.item, "replicas");
  return (list(f) ?? []).flatMap((r, i) => {
    if (!isRecord(r)) return [];
    const region = typeof r.regionName === "string" ? r.regionName : void 0;
    if (region === ctx.item.awsRegion) return [];
    return [{ region, role: "replica", evidence: { path: `${f.path}[${i}].regionName`, value: region ?? null } }];
  });
}
function rdsInstanceCopies(ctx) {
  const out = [];
  const replicas = conf(ctx.item, "readReplicaDBInstanceIdentifiers");
  (list(replicas) ?? []).forEach((id, i) => {
    if (typeof id === "string" && id.startsWith("arn:")) out.push(regionOfArn(id, `${replicas.path}[${i}]`, "replica", "read replica"));
  });
  const backups = conf(ctx.item, "dbInstanceAutomatedBackupsReplications");
  (list(backups) ?? []).forEach((b, i) => {
    if (isRecord(b)) out.push(regionOfArn(b.dbInstanceAutomatedBackupsArn ?? b.dBInstanceAutomatedBackupsArn, `${backups.path}[${i}]`, "backup", "automated backup replication"));
  });
  return out;
}
function rdsClusterCopies(ctx) {
  const replicas = conf(ctx.item, "readReplicaIdentifiers");
  return (list(replicas) ?? []).flatMap((id, i) => typeof id === "string" && id.startsWith("arn:") ? [regionOfArn(id, `${replicas.path}[${i}]`, "replica", "read replica")] : []);
}
function redshiftCopies(ctx) {
  const dest = conf(ctx.item, "clusterSnapshotCopyStatus.destinationRegion");
  const region = text(dest);
  return region ? [{ region, role: "backup", evidence: { path: dest.path, value: region } }] : [];
}
function backupPlanCopies(ctx) {
  const rules = conf(ctx.item, "BackupPlan.BackupPlanRule");
  const out = [];
  (list(rules) ?? []).forEach((rule, i) => {
    if (!isRecord(rule)) return;
    const copies = Array.isArray(rule.CopyActions) ? rule.CopyActions : [];
    copies.forEach((c, j) => {
      if (isRecord(c)) out.push(regionOfArn(c.DestinationBackupVaultArn, `${rules.path}[${i}].CopyActions[${j}].DestinationBackupVaultArn`, "backup", "destination vault"));
    });
  });
  return out;
}
var COPIES = {
  "AWS::S3::Bucket": s3Bucket2,
  "AWS::DynamoDB::Table": dynamodbReplicas,
  "AWS::RDS::DBInstance": rdsInstanceCopies,
  "AWS::RDS::DBCluster": rdsClusterCopies,
  "AWS::Redshift::Cluster": redshiftCopies
};
function dataLocations(ctx) {
  const type = ctx.item.resourceType;
  if (type === "AWS::Backup::BackupPlan") {
    const copies = backupPlanCopies(ctx);
    return copies.length ? { locations: copies } : void 0;
  }
  if (!DATA_TYPES.has(type)) return void 0;
  return { locations: [primaryLocation(ctx.item), ...COPIES[type]?.(ctx) ?? []] };
}

// providers/aws/network.ts
var PROTOCOLS = { "-1": "all", all: "all", "6": "tcp", "17": "udp", "1": "icmp", "58": "icmpv6" };
function protocolName(v) {
  if (v === void 0 || v === null) return void 0;
  const p = String(v).toLowerCase();
  return PROTOCOLS[p] ?? p;
}
function ports(protocol, from, to) {
  if (protocol === "all") return "all";
  if (protocol === void 0) return "unknown";
  const lo = typeof from === "number" ? from : Number(from);
  const hi = typeof to === "number" ? to : Number(to);
  if (from === void 0 || from === null || to === void 0 || to === null || !Number.isFinite(lo) || !Number.isFinite(hi)) return "unknown";
  if (lo === -1 && hi === -1) return "all";
  return [{ from: lo, to: hi }];
}
function permissionSources(p) {
  const out = /* @__PURE__ */ new Set();
  for (const r of Array.isArray(p.ipRanges) ? p.ipRanges : []) {
    if (typeof r === "string") out.add(r);
    else if (isRecord(r) && typeof r.cidrIp === "string") out.add(r.cidrIp);
  }
  for (const r of Array.isArray(p.ipv4Ranges) ? p.ipv4Ranges : []) if (isRecord(r) && typeof r.cidrIp === "string") out.add(r.cidrIp);
  for (const r of Array.isArray(p.ipv6Ranges) ? p.ipv6Ranges : []) {
    if (isRecord(r) && typeof r.cidrIpv6 === "string") out.add(r.cidrIpv6);
    else if (typeof r === "string") out.add(r);
  }
  return [...out];
}
function securityGroupRules(item) {
  const perms = list(conf(item, "ipPermissions"));
  if (!perms) return void 0;
  const base = conf(item, "ipPermissions").path;
  return perms.filter(isRecord).map((p, i) => {
    const protocol = protocolName(p.ipProtocol);
    const sources = permissionSources(p);
    const rule = {
      action: "allow",
      // An unreadable protocol may be TCP: keep the rule with unknown ports, never read as closed.
      protocol: protocol ?? "all",
      ports: ports(protocol, p.fromPort, p.toPort),
      sources,
      evidence: { path: `${base}[${i}]` }
    };
    if (sources.length) rule.evidence.value = sources.join(", ");
    return rule;
  });
}
function securityGroup(ctx) {
  const rules = securityGroupRules(ctx.item);
  if (!rules) return { evaluation: "union", rules: [], complete: false };
  return { evaluation: "union", rules, complete: true };
}
function networkAcl(ctx) {
  const entries = list(conf(ctx.item, "entries"));
  if (!entries) return { evaluation: "priority", rules: [], complete: false, stateless: true };
  const base = conf(ctx.item, "entries").path;
  const rules = [];
  entries.forEach((e, i) => {
    if (!isRecord(e) || e.egress === true || e.egress === "true") return;
    const protocol = protocolName(e.protocol);
    const range = isRecord(e.portRange) ? e.portRange : void 0;
    const sources = [e.cidrBlock, e.ipv6CidrBlock].filter((s) => typeof s === "string" && s !== "");
    const rule = {
      // An unreadable action is read as allow: the safe side for an exposure check.
      action: String(e.ruleAction ?? "").toLowerCase() === "deny" ? "deny" : "allow",
      // An unreadable rule number sorts first, so it is never shadowed by a known deny.
      priority: typeof e.ruleNumber === "number" ? e.ruleNumber : 0,
      protocol: protocol ?? "all",
      ports: protocol === "all" ? "all" : range ? ports(protocol, range.from, range.to) : protocol === "tcp" || protocol === "udp" ? "unknown" : "all",
      sources: sources.length ? sources : "unknown",
      evidence: { path: `${base}[${i}]` }
    };
    if (sources.length) rule.evidence.value = sources.join(", ");
    rules.push(rule);
  });
  return { evaluation: "priority", rules, complete: true, stateless: true };
}
var INGRESS = {
  "AWS::EC2::SecurityGroup": securityGroup,
  "AWS::EC2::NetworkAcl": networkAcl
};
function eksCluster(ctx) {
  const base = { kind: "kubernetes-api", label: "EKS cluster API endpoint" };
  const pub = conf(ctx.item, "ResourcesVpcConfig.EndpointPublicAccess");
  const t = truthy(pub);
  if (t === "no") return { ...base, publicAccess: "no", allowedNetworks: [], evidence: [ev(pub)] };
  if (t === void 0) {
    return {
      ...base,
      publicAccess: "unknown",
      allowedNetworks: "unknown",
      evidence: [ev(pub)],
      settle: "the endpointPublicAccess and publicAccessCidrs of the cluster (aws eks describe-cluster): the Config item does not carry them"
    };
  }
  const cidrs = conf(ctx.item, "ResourcesVpcConfig.PublicAccessCidrs");
  const l = list(cidrs)?.filter((c) => typeof c === "string");
  if (!l) return { ...base, publicAccess: "yes", allowedNetworks: "unknown", evidence: [ev(pub), ev(cidrs)], settle: "the publicAccessCidrs of the cluster (aws eks describe-cluster)" };
  const any = l.includes("0.0.0.0/0") || l.includes("::/0");
  return { ...base, publicAccess: "yes", allowedNetworks: any ? "any" : l, evidence: [ev(pub), { path: cidrs.path, value: l.join(", ") }] };
}
var ENGINE_PORTS = [
  [/postgres/, 5432],
  [/^(aurora|aurora-mysql|mysql|mariadb)$/, 3306],
  [/^oracle/, 1521],
  [/^sqlserver/, 1433],
  [/^db2/, 5e4],
  [/^(docdb|neptune)/, 27017],
  [/^redshift/, 5439]
];
function listenerPort(item, fallback) {
  for (const p of ["endpoint.port", "dbInstancePort", "port"]) {
    const n = num(conf(item, p));
    if (n !== void 0 && n > 0) return n;
  }
  const engine = text(conf(item, "engine"));
  return (engine ? ENGINE_PORTS.find(([re]) => re.test(engine))?.[1] : void 0) ?? fallback;
}
function groupIds(item, path, key) {
  const l = list(conf(item, path)) ?? [];
  return l.flatMap((g) => isRecord(g) && typeof g[key] === "string" ? [g[key]] : typeof g === "string" ? [g] : []);
}
function networksFromGroups(ctx, ids, path, port) {
  if (ids.length === 0) return { networks: "unknown", evidence: [{ path, value: null, note: "no VPC security group in the item" }] };
  const region = ctx.item.awsRegion;
  const networks = /* @__PURE__ */ new Set();
  const evidence2 = [];
  for (const id of ids) {
    const rules = ctx.lookups.securityGroups.get(`${region}/${id}`);
    if (!Array.isArray(rules)) {
      return { networks: "unknown", evidence: [{ path, note: `security group ${id} ${rules === "incomplete" ? "has no readable inbound rules" : "was not found in the Config inventory"}` }] };
    }
    for (const rule of rules) {
      if (!coversTcp(rule.protocol)) continue;
      if (rule.ports === "unknown" || rule.sources === "unknown") return { networks: "unknown", evidence: [{ ...rule.evidence, from: id, note: "rule ports or sources not readable" }] };
      if (port !== void 0 && !portsCover(rule.ports, port)) continue;
      if (rule.sources.length === 0) continue;
      rule.sources.forEach((s) => networks.add(s));
      evidence2.push({ ...rule.evidence, from: id });
    }
  }
  return { networks: [...networks], evidence: evidence2 };
}
function publiclyAccessible(spec) {
  return (ctx) => {
    const f = conf(ctx.item, spec.flag);
    const t = truthy(f);
    const base = { kind: spec.kind, label: spec.label };
    if (t === "no") return { ...base, publicAccess: "no", allowedNetworks: [], evidence: [ev(f)] };
    if (t === void 0) return { ...base, publicAccess: "unknown", allowedNetworks: "unknown", evidence: [ev(f)], settle: `the ${spec.flag} setting of the ${spec.label}` };
    if (!spec.groups) return { ...base, publicAccess: "yes", allowedNetworks: "unknown", evidence: [ev(f)], settle: `the inbound rules of the security groups of the ${spec.label}` };
    const ids = groupIds(ctx.item, spec.groups.path, spec.groups.key);
    const n = networksFromGroups(ctx, ids, conf(ctx.item, spec.groups.path).path, listenerPort(ctx.item, spec.defaultPort));
    const out = { ...base, publicAccess: "yes", allowedNetworks: n.networks, evidence: [ev(f), ...n.evidence] };
    if (n.networks === "unknown") out.settle = `the inbound rules of the security groups attached to the ${spec.label}`;
    return out;
  };
}
function endpointNeeds(item) {
  const spec = PUBLIC_SPECS[item.resourceType];
  if (!spec?.groups || truthy(conf(item, spec.flag)) !== "yes") return { buckets: [], securityGroups: [] };
  return { buckets: [], securityGroups: groupIds(item, spec.groups.path, spec.groups.key) };
}
var PUBLIC_SPECS = {
  "AWS::RDS::DBInstance": { kind: "database", label: "RDS instance", flag: "publiclyAccessible", groups: { path: "vpcSecurityGroups", key: "vpcSecurityGroupId" } },
  "AWS::Redshift::Cluster": { kind: "database", label: "Redshift cluster", flag: "publiclyAccessible", groups: { path: "vpcSecurityGroups", key: "vpcSecurityGroupId" }, defaultPort: 5439 },
  "AWS::DMS::ReplicationInstance": { kind: "management", label: "DMS replication instance", flag: "PubliclyAccessible" }
};
function searchDomain(label, vpcKey) {
  return (ctx) => {
    const base = { kind: "database", label };
    const subnets = conf(ctx.item, `${vpcKey}.SubnetIds`);
    const l = list(subnets);
    if (l && l.length > 0) return { ...base, publicAccess: "no", allowedNetworks: [], evidence: [{ path: subnets.path, note: "VPC endpoint" }] };
    const vpcEndpoint = conf(ctx.item, "endpoints.vpc");
    if (text(vpcEndpoint)) return { ...base, publicAccess: "no", allowedNetworks: [], evidence: [{ path: vpcEndpoint.path, note: "VPC endpoint" }] };
    if (!hasConfiguration(ctx.item) || field(ctx.item.configuration, "configuration", vpcKey).value !== void 0) {
      return { ...base, publicAccess: "unknown", allowedNetworks: "unknown", evidence: [ev(subnets)], settle: "the VPC placement of the domain" };
    }
    return {
      ...base,
      publicAccess: "yes",
      allowedNetworks: "unknown",
      evidence: [{ path: conf(ctx.item, vpcKey).path, value: null, note: "no VPC options: public endpoint" }],
      settle: "the domain access policy (aws:SourceIp conditions) or fine-grained access control"
    };
  };
}
var ENDPOINTS = {
  "AWS::EKS::Cluster": eksCluster,
  "AWS::RDS::DBInstance": publiclyAccessible(PUBLIC_SPECS["AWS::RDS::DBInstance"]),
  "AWS::Redshift::Cluster": publiclyAccessible(PUBLIC_SPECS["AWS::Redshift::Cluster"]),
  "AWS::DMS::ReplicationInstance": publiclyAccessible(PUBLIC_SPECS["AWS::DMS::ReplicationInstance"]),
  "AWS::OpenSearch::Domain": searchDomain("OpenSearch domain", "VPCOptions"),
  "AWS::Elasticsearch::Domain": searchDomain("Elasticsearch domain", "vpcOptions")
};

// providers/aws/backups.ts
function planRetention(item) {
  const rules = list(conf(item, "BackupPlan.BackupPlanRule"));
  if (!rules || rules.length === 0) return "unknown";
  let longest = 0;
  for (const rule of rules) {
    if (!isRecord(rule)) return "unknown";
    const lifecycle = isRecord(rule.Lifecycle) ? rule.Lifecycle : isRecord(rule.lifecycle) ? rule.lifecycle : void 0;
    const days = lifecycle ? num({ value: lifecycle.DeleteAfterDays ?? lifecycle.deleteAfterDays, path: "" }) : void 0;
    if (days === void 0 || days <= 0) return void 0;
    longest = Math.max(longest, days);
  }
  return longest;
}
function selectionOf(item) {
  const strings2 = (path) => (list(conf(item, path)) ?? []).filter((x) => typeof x === "string");
  return {
    planId: text(conf(item, "BackupPlanId")),
    resources: strings2("BackupSelection.Resources"),
    notResources: strings2("BackupSelection.NotResources"),
    name: text(conf(item, "BackupSelection.SelectionName")) ?? item.resourceName ?? item.resourceId ?? "selection"
  };
}
function absorbBackupPlan(item, facts) {
  const id = text(conf(item, "BackupPlanId")) ?? item.resourceId;
  if (id) facts.backupPlans.set(id, planRetention(item));
}
function globMatch(pattern, value) {
  if (!pattern.includes("*")) return pattern === value;
  const re = new RegExp(`^${pattern.split("*").map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`);
  return re.test(value);
}
function coverage(arn, facts) {
  let maybe;
  for (const sel of facts.backupSelections) {
    const retention2 = sel.planId === void 0 ? "unknown" : facts.backupPlans.has(sel.planId) ? facts.backupPlans.get(sel.planId) : "unknown";
    const evidence2 = [{ path: "AWS::Backup::BackupSelection", note: `backup selection ${sel.name}` }];
    if (sel.resources.length === 0) {
      maybe ??= { covered: "maybe", evidence: [{ ...evidence2[0], note: `backup selection ${sel.name} selects by tags, which its Config item does not show` }] };
      continue;
    }
    if (!arn || sel.notResources.some((p) => globMatch(p, arn))) continue;
    if (!sel.resources.some((p) => globMatch(p, arn))) continue;
    const c = { covered: "yes", evidence: [{ ...evidence2[0], note: `backup selection ${sel.name} covers the store` }] };
    if (retention2 !== void 0) c.retentionDays = retention2;
    c.evidence.push({ path: "BackupPlan.BackupPlanRule.Lifecycle.DeleteAfterDays", ...typeof retention2 === "number" ? { value: retention2 } : {}, note: retention2 === void 0 ? "a rule keeps recovery points until deleted" : retention2 === "unknown" ? "the plan or its rules are not among the items read" : "longest retention of the plan" });
    return c;
  }
  return maybe ?? { covered: "no", evidence: [] };
}
function combine(service, own, ctx) {
  const c = coverage(ctx.item.arn, ctx.facts);
  if (c.covered === "yes") {
    const out = { service, enabled: "yes", evidence: [...own.evidence, ...c.evidence] };
    const mine = own.enabled === "yes" ? own.retentionDays : 0;
    const r = c.retentionDays === void 0 || mine === void 0 ? void 0 : c.retentionDays === "unknown" || mine === "unknown" ? "unknown" : Math.max(c.retentionDays, mine);
    if (r !== void 0) out.retentionDays = r;
    if (r === "unknown") out.settle = "the lifecycle of the AWS Backup plan rules covering the store";
    return out;
  }
  if (c.covered === "maybe" && own.enabled !== "yes") {
    return { service, enabled: "unknown", evidence: [...own.evidence, ...c.evidence], settle: "whether an AWS Backup selection by tags covers the store (aws backup get-backup-selection)" };
  }
  return own;
}
function retention(service, path) {
  return (ctx) => {
    const f = conf(ctx.item, path);
    const days = num(f);
    let own;
    if (days === void 0) own = { service, enabled: "unknown", retentionDays: "unknown", evidence: [ev(f)], settle: `the ${path} of the ${service} (not in its configuration item)` };
    else if (days === 0) own = { service, enabled: "no", evidence: [ev(f, { note: "automated backups turned off" })] };
    else own = { service, enabled: "yes", retentionDays: days, evidence: [ev(f)] };
    return combine(service, own, ctx);
  };
}
function dbInstance(ctx) {
  if (text(conf(ctx.item, "readReplicaSourceDBInstanceIdentifier"))) return void 0;
  return retention("RDS instance", "backupRetentionPeriod")(ctx);
}
function dynamodbTable2(ctx) {
  const service = "DynamoDB table";
  const status = supp(ctx.item, "ContinuousBackupsDescription.pointInTimeRecoveryDescription.pointInTimeRecoveryStatus");
  const s = text(status);
  let own;
  if (s === "ENABLED") {
    const period = num(supp(ctx.item, "ContinuousBackupsDescription.pointInTimeRecoveryDescription.recoveryPeriodInDays"));
    own = { service, enabled: "yes", retentionDays: period ?? 35, evidence: [ev(status, { show: true }), ...period === void 0 ? [{ path: "recoveryPeriodInDays", value: null, note: "not set: 35 days" }] : []] };
  } else if (s === "DISABLED" || s === "DISABLING") own = { service, enabled: "no", evidence: [ev(status, { show: true })] };
  else own = { service, enabled: "unknown", evidence: [ev(status)], settle: "the point-in-time recovery status of the table (aws dynamodb describe-continuous-backups)" };
  return combine(service, own, ctx);
}
function efsFileSystem(ctx) {
  const service = "EFS file system";
  const status = conf(ctx.item, "BackupPolicy.Status");
  const s = text(status);
  let own;
  if (s === "ENABLED" || s === "ENABLING") own = { service, enabled: "yes", retentionDays: 35, evidence: [ev(status, { show: true, note: "automatic backups: the default AWS Backup plan keeps daily backups 35 days" })] };
  else if (s === "DISABLED" || s === "DISABLING" || s === void 0 && hasConfiguration(ctx.item)) {
    own = { service, enabled: "no", evidence: [ev(status, { show: true, ...s === void 0 ? { note: "no backup policy: automatic backups are off" } : {} })] };
  } else own = { service, enabled: "unknown", evidence: [ev(status)], settle: "the backup policy of the file system (aws efs describe-backup-policy)" };
  return combine(service, own, ctx);
}
function backupVault(ctx) {
  const label = "AWS Backup vault";
  const encryption = { path: "configuration.EncryptionKeyArn", note: "recovery points are always encrypted" };
  const locked = conf(ctx.item, "Locked");
  const lockDate = conf(ctx.item, "LockDate");
  if (locked.value === true && lockDate.value !== void 0) return { label, immutable: "yes", encrypted: "yes", evidence: [ev(locked), { path: lockDate.path, note: "compliance mode: the lock cannot be removed after this date" }, encryption] };
  if (locked.value === false) return { label, immutable: "no", encrypted: "yes", evidence: [ev(locked), encryption] };
  if (locked.value === true) return { label, immutable: "no", encrypted: "yes", evidence: [ev(locked, { note: "governance mode (no lock date): users with the permission can remove the lock" }), encryption] };
  return {
    label,
    immutable: "unknown",
    encrypted: "yes",
    evidence: [{ path: "configuration.Locked", value: null, note: "the vault lock is not part of the AWS Config item" }, encryption],
    settle: "the vault lock of the vault (aws backup describe-backup-vault: Locked, LockDate)"
  };
}
var BACKUP = {
  "AWS::RDS::DBInstance": dbInstance,
  "AWS::RDS::DBCluster": retention("RDS cluster", "backupRetentionPeriod"),
  "AWS::DynamoDB::Table": dynamodbTable2,
  "AWS::EFS::FileSystem": efsFileSystem,
  "AWS::Redshift::Cluster": retention("Redshift cluster", "automatedSnapshotRetentionPeriod")
};
var BACKUP_VAULT = {
  "AWS::Backup::BackupVault": backupVault
};

// providers/aws/credentials.ts
var DAY = 864e5;
function why(facts) {
  return facts.credentialState.read ? "" : ` (${facts.credentialState.why})`;
}
function idleDays(row, now) {
  const active = row.activeCredentials ?? [];
  if (active.length === 0) return { days: void 0, evidence: [] };
  let worst = -1;
  const evidence2 = [];
  for (const c of active) {
    const at = c.lastUsed ?? c.since;
    if (at === void 0) return { days: "unknown", evidence: [{ path: `credentialReport.${c.kind}`, value: null, note: "last use not in the report" }] };
    const days = Math.max(0, Math.floor((now - at) / DAY));
    if (days > worst) {
      worst = days;
      evidence2.splice(0, evidence2.length, { path: `credentialReport.${c.kind.replace(/ /g, "_")}_last_used`, value: days, note: c.lastUsed === void 0 ? `${c.kind} never used: days since it was created` : `days since the ${c.kind} was last used` });
    }
  }
  return { days: worst, evidence: evidence2 };
}
function userCredential(item, facts, now = Date.now()) {
  const name = text(conf(item, "userName")) ?? item.resourceName;
  const label = `IAM user${name ? ` ${name}` : ""}`;
  const arn = text(conf(item, "arn")) ?? item.arn;
  const row = arn ? facts.credentialReport?.get(arn) : void 0;
  if (!row) {
    return {
      label,
      longLivedKey: "unknown",
      unusedDays: "unknown",
      evidence: [{ path: "credentialReport", value: null, note: facts.credentialState.read ? "the user is not in the credential report (created since?)" : "no IAM credential report for this account" }],
      settle: `the IAM credential report (access_key_N_active, password_last_used, access_key_N_last_used_date) for this user${why(facts)}`
    };
  }
  const idle = idleDays(row, now);
  const out = {
    label,
    longLivedKey: row.accessKeysActive,
    evidence: [{ path: "credentialReport.access_key_active", value: row.accessKeysActive === "unknown" ? null : row.accessKeysActive === "yes", note: "IAM credential report" }, ...idle.evidence]
  };
  if (idle.days !== void 0) out.unusedDays = idle.days;
  if (row.accessKeysActive === "unknown" || idle.days === "unknown") out.settle = "the IAM credential report for this user";
  return out;
}
function rootCredential(facts) {
  const label = "root user";
  const row = facts.rootCredentials;
  if (row && row.accessKeysActive !== "unknown") {
    return { label, rootAccessKeys: row.accessKeysActive, evidence: [{ path: "credentialReport.<root_account>.access_key_active", value: row.accessKeysActive === "yes", note: "IAM credential report" }] };
  }
  const rule = facts.ruleResult("IAM_ROOT_ACCESS_KEY_CHECK", facts.accountId);
  if (rule) return { label, rootAccessKeys: rule.compliance === "COMPLIANT" ? "no" : "yes", evidence: [ruleEvidence(rule)] };
  return {
    label,
    rootAccessKeys: "unknown",
    evidence: [{ path: "credentialReport.<root_account>.access_key_active", value: null, note: "no credential report or IAM_ROOT_ACCESS_KEY_CHECK result" }],
    settle: `whether the root user has access keys (IAM credential report, or the Config rule IAM_ROOT_ACCESS_KEY_CHECK)${why(facts)}`
  };
}
function passwordPolicyFrom(p) {
  if (!p) {
    return {
      minLength: 8,
      characterClasses: 3,
      reusePrevention: void 0,
      maxAgeDays: void 0,
      evidence: [{ path: "GetAccountPasswordPolicy", value: null, note: "no custom password policy: the AWS default applies (8 characters, 3 character classes, no reuse prevention, no expiry)" }]
    };
  }
  const classes = [p.RequireLowercaseCharacters, p.RequireUppercaseCharacters, p.RequireNumbers, p.RequireSymbols].filter((x) => x === true).length;
  const age = p.ExpirePasswords === false || !p.MaxPasswordAge ? void 0 : p.MaxPasswordAge;
  return {
    minLength: p.MinimumPasswordLength ?? 6,
    characterClasses: classes,
    reusePrevention: p.PasswordReusePrevention || void 0,
    maxAgeDays: age,
    evidence: [
      { path: "PasswordPolicy.MinimumPasswordLength", value: p.MinimumPasswordLength ?? null },
      { path: "PasswordPolicy.Require*", value: classes, note: "character classes required" },
      { path: "PasswordPolicy.PasswordReusePrevention", value: p.PasswordReusePrevention ?? null },
      { path: "PasswordPolicy.MaxPasswordAge", value: age ?? null }
    ]
  };
}
function passwordPolicyFromRule(r) {
  const evidence2 = [ruleEvidence(r)];
  if (r.compliance !== "COMPLIANT" || !r.parameters) {
    return { minLength: "unknown", characterClasses: "unknown", reusePrevention: "unknown", maxAgeDays: "unknown", evidence: evidence2 };
  }
  const p = r.parameters;
  const n = (k, d) => {
    const v = Number(p[k] ?? d);
    return Number.isFinite(v) ? v : d;
  };
  const b = (k) => String(p[k] ?? "true").toLowerCase() === "true";
  const atLeast = (bound, required) => bound >= required ? bound : "unknown";
  const classes = ["RequireUppercaseCharacters", "RequireLowercaseCharacters", "RequireSymbols", "RequireNumbers"].filter(b).length;
  const age = n("MaxPasswordAge", 90);
  evidence2.push({ path: `configRule.${r.rule}.parameters`, note: "the policy meets the rule's parameters" });
  return {
    minLength: atLeast(n("MinimumPasswordLength", 14), 8),
    characterClasses: atLeast(classes, 3),
    reusePrevention: atLeast(n("PasswordReusePrevention", 24), 5),
    maxAgeDays: age > 0 && age <= 90 ? age : "unknown",
    evidence: evidence2
  };
}
function accountPasswordPolicy(facts) {
  if (facts.passwordPolicy) return facts.passwordPolicy;
  const rule = facts.ruleResult("IAM_PASSWORD_POLICY", facts.accountId);
  if (rule) return passwordPolicyFromRule(rule);
  return {
    minLength: "unknown",
    characterClasses: "unknown",
    reusePrevention: "unknown",
    maxAgeDays: "unknown",
    evidence: [{ path: "GetAccountPasswordPolicy", value: null, note: `${facts.passwordPolicyState.read ? "not returned" : facts.passwordPolicyState.why}; no IAM_PASSWORD_POLICY result` }]
  };
}

// providers/aws/detection.ts
function guardDuty(ctx) {
  const enable = conf(ctx.item, "Enable");
  return {
    service: "GuardDuty",
    enabled: truthy(enable) ?? "unknown",
    malwareProtection: "unknown",
    evidence: [ev(enable), { path: "configuration.Features", value: null, note: "malware protection is not part of the detector's Config item" }]
  };
}
function absorbFlowLog(item, facts) {
  const region = item.awsRegion ?? "";
  facts.flowLogRegions.add(region);
  const target = text(conf(item, "resourceId"));
  const status = text(conf(item, "flowLogStatus"));
  if (target && status !== "INACTIVE") facts.flowLogTargets.add(`${region}/${target}`);
}
function vpcFlowLog(ctx) {
  const label = "VPC";
  const id = text(conf(ctx.item, "vpcId")) ?? ctx.item.resourceId;
  const region = ctx.item.awsRegion ?? "";
  if (id && ctx.facts.flowLogTargets.has(`${region}/${id}`)) return { label, enabled: "yes", evidence: [{ path: "AWS::EC2::FlowLog", note: "a flow log records the VPC" }] };
  const rule = ctx.facts.ruleResult("VPC_FLOW_LOGS_ENABLED", id);
  if (rule) return { label, enabled: rule.compliance === "COMPLIANT" ? "yes" : "no", evidence: [ruleEvidence(rule)] };
  if (ctx.facts.flowLogRegions.has(region)) return { label, enabled: "no", evidence: [{ path: "AWS::EC2::FlowLog", value: null, note: "no flow log of the region records the VPC" }] };
  return {
    label,
    enabled: "unknown",
    evidence: [{ path: "AWS::EC2::FlowLog", value: null, note: "no flow log recorded by AWS Config in the region" }],
    settle: "the flow logs of the VPC (aws ec2 describe-flow-logs), or the VPC_FLOW_LOGS_ENABLED rule: AWS Config may not record AWS::EC2::FlowLog"
  };
}
function ecrRepository(ctx) {
  const label = "ECR repository";
  const push = conf(ctx.item, "ImageScanningConfiguration.ScanOnPush");
  if (truthy(push) === "yes") return { label, enabled: "yes", evidence: [ev(push)] };
  const name = text(conf(ctx.item, "RepositoryName")) ?? ctx.item.resourceName ?? ctx.item.resourceId;
  const rule = ctx.facts.ruleResult("ECR_PRIVATE_IMAGE_SCANNING_ENABLED", name, ctx.item.awsRegion);
  if (rule) return { label, enabled: rule.compliance === "COMPLIANT" ? "yes" : "no", evidence: [ev(push), ruleEvidence(rule)] };
  return {
    label,
    enabled: "unknown",
    evidence: [ev(push, { note: truthy(push) === "no" ? "scan on push is off; registry-level scanning is not in the Config item" : "not in the configuration item" })],
    settle: "the registry scanning configuration (aws ecr get-registry-scanning-configuration), or the ECR_PRIVATE_IMAGE_SCANNING_ENABLED rule"
  };
}
var DETECTION = {
  "AWS::GuardDuty::Detector": guardDuty
};
var FLOW_LOG = {
  "AWS::EC2::VPC": vpcFlowLog
};
var VULNERABILITY_SCAN = {
  "AWS::ECR::Repository": ecrRepository
};

// providers/aws/keys.ts
function kmsKey(ctx) {
  const { item } = ctx;
  const label = "KMS key";
  if (text(conf(item, "keyManager")) !== "CUSTOMER") return void 0;
  const state = text(conf(item, "keyState"));
  if (state === "PendingDeletion" || state === "PendingReplicaDeletion") return void 0;
  const usage = conf(item, "keyUsage");
  const spec = text(conf(item, "keySpec")) !== void 0 ? conf(item, "keySpec") : conf(item, "customerMasterKeySpec");
  const origin = conf(item, "origin");
  if (text(origin) === "EXTERNAL" || text(origin) === "EXTERNAL_KEY_STORE") {
    return { label, rotation: "not-applicable", evidence: [ev(origin, { show: true, note: "imported or external key material cannot rotate automatically" })] };
  }
  if (text(usage) !== void 0 && text(usage) !== "ENCRYPT_DECRYPT" || text(spec) !== void 0 && text(spec) !== "SYMMETRIC_DEFAULT") {
    return { label, rotation: "not-applicable", evidence: [ev(spec, { show: true, note: "asymmetric and HMAC keys cannot rotate automatically" }), ev(usage, { show: true })] };
  }
  const status = supp(item, "KeyRotationStatus");
  const t = truthy(status);
  if (t === void 0) return { label, rotation: "unknown", evidence: [ev(status)] };
  if (t === "no") return { label, rotation: "no", evidence: [ev(status)] };
  const periodF = supp(item, "RotationPeriodInDays");
  const period = num(periodF) ?? num(conf(item, "rotationPeriodInDays"));
  return {
    label,
    rotation: "yes",
    rotationDays: period ?? "unknown",
    evidence: [ev(status), period !== void 0 ? ev(periodF) : { path: periodF.path, value: null, note: "the rotation period is not in the configuration item (aws kms get-key-rotation-status)" }]
  };
}
var KEY = {
  "AWS::KMS::Key": kmsKey
};

// providers/aws/placement.ts
function vpc(ctx) {
  const f = conf(ctx.item, "isDefault");
  return { label: "VPC", isDefault: truthy(f) ?? "unknown", evidence: [ev(f)] };
}
function flag(label, path) {
  return (ctx) => {
    const f = conf(ctx.item, path);
    const t = truthy(f);
    return { label, multiZone: t ?? "unknown", evidence: [ev(f)], ...t === void 0 ? { settle: `the ${path} setting of the ${label}` } : {} };
  };
}
function zones(label, path) {
  return (ctx) => {
    const f = conf(ctx.item, path);
    const l = list(f);
    if (!l) return { label, multiZone: "unknown", evidence: [ev(f)], settle: `the availability zones of the ${label}` };
    const names = new Set(l.map((z) => isRecord(z) ? z.zoneName ?? z.ZoneName : z).filter((z) => typeof z === "string"));
    return { label, multiZone: names.size >= 2 ? "yes" : "no", evidence: [{ path: f.path, value: names.size, note: "zones" }] };
  };
}
var DEFAULT_NETWORK = {
  "AWS::EC2::VPC": vpc
};
var AVAILABILITY = {
  "AWS::RDS::DBInstance": flag("RDS instance", "multiAZ"),
  "AWS::RDS::DBCluster": flag("RDS cluster", "multiAZ"),
  "AWS::ElasticLoadBalancingV2::LoadBalancer": zones("load balancer", "availabilityZones"),
  "AWS::AutoScaling::AutoScalingGroup": zones("Auto Scaling group", "availabilityZones")
};

// providers/aws/secrets.ts
var REDACTED = "[REDACTED]";
function taskDefinitionHits(item) {
  const containersF = conf(item, "ContainerDefinitions");
  const hits = [];
  (list(containersF) ?? []).forEach((c, i) => {
    if (!isRecord(c)) return;
    const env = c.Environment ?? c.environment;
    if (!Array.isArray(env)) return;
    env.forEach((e, j) => {
      if (!isRecord(e)) return;
      const name = e.Name ?? e.name;
      const value = e.Value ?? e.value;
      if (typeof name !== "string" || typeof value !== "string") return;
      const hit = checkNamedValue(`${containersF.path}[${i}].Environment[${name}]`, name, value);
      if (hit) hits.push({ ...hit, container: i, entry: j });
    });
  });
  return hits;
}
function taskDefinition(ctx) {
  if (!hasConfiguration(ctx.item)) return void 0;
  return { found: taskDefinitionHits(ctx.item).map(({ path, why: why2 }) => ({ path, why: why2 })), unknownPaths: [] };
}
var PLAINTEXT = {
  "AWS::ECS::TaskDefinition": taskDefinition
};
function scrubbedConfiguration(item) {
  if (item.resourceType !== "AWS::ECS::TaskDefinition" || !item.configuration) return item.configuration;
  const hits = taskDefinitionHits(item);
  if (hits.length === 0) return item.configuration;
  const copy = structuredClone(item.configuration);
  const containers = conf({ ...item, configuration: copy }, "ContainerDefinitions");
  for (const h of hits) {
    const c = containers.value[h.container];
    if (!isRecord(c)) continue;
    const env = c.Environment ?? c.environment;
    const e = env[h.entry];
    if (!isRecord(e)) continue;
    if ("Value" in e) e.Value = REDACTED;
    else e.value = REDACTED;
  }
  return copy;
}

// providers/aws/tags.ts
function tagsOf(item) {
  if (item.tags) return item.tags;
  for (const f of [conf(item, "tags"), conf(item, "tagList"), supp(item, "Tags")]) {
    const t = tagList(f.value);
    if (t) return t;
  }
  const sets = list(supp(item, "BucketTaggingConfiguration.tagSets"));
  if (sets) {
    const out = {};
    for (const s of sets) if (isRecord(s)) Object.assign(out, tagList(s.tags) ?? {});
    if (Object.keys(out).length) return out;
  }
  return void 0;
}

// providers/terraform/aws/tls-policies.ts
var UNKNOWN = { minTls: "unknown", weakCiphers: "unknown" };
var ELB_LEGACY = {
  "ELBSecurityPolicy-2016-08": { minTls: "1.0", weakCiphers: "no" },
  "ELBSecurityPolicy-2015-05": { minTls: "1.0", weakCiphers: "unknown" },
  "ELBSecurityPolicy-2015-03": { minTls: "1.0", weakCiphers: "yes" },
  "ELBSecurityPolicy-2015-02": { minTls: "1.0", weakCiphers: "yes" },
  "ELBSecurityPolicy-TLS-1-0-2015-04": { minTls: "1.0", weakCiphers: "yes" },
  "ELBSecurityPolicy-TLS-1-1-2017-01": { minTls: "1.1", weakCiphers: "no" },
  "ELBSecurityPolicy-TLS-1-2-2017-01": { minTls: "1.2", weakCiphers: "no" },
  "ELBSecurityPolicy-TLS-1-2-Ext-2018-06": { minTls: "1.2", weakCiphers: "no" },
  "ELBSecurityPolicy-FS-2018-06": { minTls: "1.0", weakCiphers: "no" },
  "ELBSecurityPolicy-FS-1-1-2019-08": { minTls: "1.1", weakCiphers: "no" },
  "ELBSecurityPolicy-FS-1-2-2019-08": { minTls: "1.2", weakCiphers: "no" },
  "ELBSecurityPolicy-FS-1-2-Res-2019-08": { minTls: "1.2", weakCiphers: "no" },
  "ELBSecurityPolicy-FS-1-2-Res-2020-10": { minTls: "1.2", weakCiphers: "no" }
};
function elbPolicy(name) {
  const legacy = ELB_LEGACY[name];
  if (legacy) return legacy;
  const m = /^ELBSecurityPolicy-TLS13-1-([0-3])-/.exec(name);
  if (!m) return UNKNOWN;
  return { minTls: `1.${m[1]}`, weakCiphers: "no" };
}
var ELB_API_DEFAULT_POLICY = "ELBSecurityPolicy-2016-08";
var CLOUDFRONT = {
  SSLv3: { minTls: "1.0", weakCiphers: "yes" },
  TLSv1: { minTls: "1.0", weakCiphers: "yes" },
  TLSv1_2016: { minTls: "1.0", weakCiphers: "no" },
  "TLSv1.1_2016": { minTls: "1.1", weakCiphers: "no" },
  "TLSv1.2_2018": { minTls: "1.2", weakCiphers: "no" },
  "TLSv1.2_2019": { minTls: "1.2", weakCiphers: "no" },
  "TLSv1.2_2021": { minTls: "1.2", weakCiphers: "no" },
  "TLSv1.2_2025": { minTls: "1.2", weakCiphers: "no" },
  "TLSv1.3_2025": { minTls: "1.3", weakCiphers: "no" }
};
function cloudfrontPolicy(name) {
  return CLOUDFRONT[name] ?? UNKNOWN;
}
function apiGatewayPolicy(name) {
  const legacy = /^TLS_1_([0-3])$/.exec(name);
  if (legacy) return { minTls: `1.${legacy[1]}` };
  const tls13 = /TLS13_1_([0-3])(_|$)/.exec(name);
  if (tls13) return { minTls: `1.${tls13[1]}` };
  if (/TLS12/.test(name)) return { minTls: "1.2" };
  return { minTls: "unknown" };
}
function openSearchPolicy(name) {
  const m = /^Policy-Min-TLS-1-([0-3])-/.exec(name);
  return { minTls: m ? `1.${m[1]}` : "unknown" };
}

// providers/terraform/aws/values.ts
function text2(r, path) {
  const a = setting(r, path);
  if (a.state === "known" && (typeof a.value !== "string" || a.value === "")) return { state: "unset", value: void 0, path: a.path };
  return a;
}
function truthOf(a) {
  if (a.state === "unknown") return "unknown";
  if (a.state === "unset") return "unset";
  if (a.value === true || a.value === "true") return "yes";
  if (a.value === false || a.value === "false") return "no";
  if (a.value === "") return "unset";
  return "unknown";
}
function flag2(r, path) {
  const a = setting(r, path);
  return { truth: truthOf(a), attr: a };
}
function numberOf(a) {
  return a.state === "known" && typeof a.value === "number" ? a.value : void 0;
}
function strings(a) {
  if (a.state !== "known") return [];
  const list3 = Array.isArray(a.value) ? a.value : [a.value];
  return list3.filter((v) => typeof v === "string" && v !== "");
}
function evidence(r, a, opts = {}) {
  const e = { path: a.path };
  if (opts.from) e.from = opts.from.address;
  const sensitive = isSensitivePath(r, a.path);
  if (a.state === "known" && !sensitive) {
    if (typeof a.value === "boolean" || typeof a.value === "number") e.value = a.value;
    else if (typeof a.value === "string" && opts.show) e.value = a.value;
  } else if (a.state === "unset") e.value = null;
  const note = opts.note ?? (a.state === "unknown" ? "known after apply" : a.state === "unset" ? "not set: default applies" : void 0);
  if (note) e.note = note;
  return e;
}
function fromResource(other, path, note) {
  return note ? { path, from: other.address, note } : { path, from: other.address };
}
var NON_RESOURCE_ROOTS = /* @__PURE__ */ new Set(["var", "local", "each", "count", "path", "self", "module", "data", "terraform"]);
function resolveAll(ctx, r, path, types) {
  const a = setting(r, path);
  if (a.state === "unset") return { targets: [], complete: true };
  const targets = ctx.links.targets(r, path, types);
  if (a.state === "known") {
    const list3 = Array.isArray(a.value) ? a.value : [a.value];
    if (list3.every((v) => typeof v === "string")) {
      const complete2 = list3.every((v) => targets.some((t) => identifies(t, v)));
      return { targets, complete: complete2 };
    }
  }
  const refs = referencesAt(r, path);
  const complete = refs.length > 0 && targets.length > 0 && refs.every((ref) => {
    const [root] = ref.split(".");
    return root !== void 0 && !NON_RESOURCE_ROOTS.has(root) && types.includes(root);
  });
  return { targets, complete };
}
function identifies(t, v) {
  return ["id", "arn", "name", "bucket"].some((k) => t.values[k] === v) || v.startsWith("arn:") && typeof t.values.arn === "string" && v.startsWith(`${t.values.arn}/`);
}
function settingBlocks(r, path) {
  return setting(r, path).state === "unset" ? [] : blocks(r, path);
}

// providers/terraform/aws/transit.ts
var SERVING_ACTIONS = /* @__PURE__ */ new Set(["forward", "authenticate-cognito", "authenticate-oidc", "jwt-validation"]);
function actionVerdict(r, path) {
  const actions = settingBlocks(r, path);
  if (actions === "unknown") return { truth: "unknown", evidence: [{ path, note: "known after apply" }] };
  const ev2 = [];
  let truth = "yes";
  actions.forEach((_, i) => {
    const type = text2(r, `${path}[${i}].type`);
    ev2.push(evidence(r, type, { show: true }));
    if (type.state !== "known") {
      if (truth === "yes") truth = "unknown";
      return;
    }
    if (SERVING_ACTIONS.has(String(type.value))) truth = "no";
    if (type.value === "redirect") {
      const protocol = text2(r, `${path}[${i}].redirect[0].protocol`);
      ev2.push(evidence(r, protocol, { show: true }));
      if (protocol.state === "unknown" && truth === "yes") truth = "unknown";
      else if (protocol.state !== "unknown" && protocol.value !== "HTTPS") truth = "no";
    }
  });
  return { truth, evidence: ev2 };
}
function balancerType(r, ctx) {
  const lb = ctx.links.targets(r, "load_balancer_arn", ["aws_lb", "aws_alb"])[0];
  if (!lb) return "unknown";
  const type = text2(lb, "load_balancer_type");
  if (type.state === "unset") return "application";
  return type.state === "known" ? String(type.value) : "unknown";
}
var lbListener = (r, ctx) => {
  const label = "load balancer listener";
  const protocolAttr = text2(r, "protocol");
  let protocol;
  if (protocolAttr.state === "known") protocol = String(protocolAttr.value).toUpperCase();
  else if (protocolAttr.state === "unset") {
    const type = balancerType(r, ctx);
    protocol = type === "application" ? "HTTP" : type === "network" ? "TCP" : type === "gateway" ? "GENEVE" : void 0;
  }
  const protocolEvidence = evidence(r, protocolAttr, { show: true });
  if (protocol === void 0) return { label, encryptedOnly: "unknown", evidence: [protocolEvidence], settle: "the protocol of the listener once applied" };
  if (protocol === "HTTP") {
    const own = actionVerdict(r, "default_action");
    const rules = ctx.links.sources(r, "aws_lb_listener_rule", "listener_arn").concat(ctx.links.sources(r, "aws_alb_listener_rule", "listener_arn"));
    const verdicts = [own.truth, ...rules.map((rule) => actionVerdict(rule, "action").truth)];
    const serving = rules.filter((rule) => actionVerdict(rule, "action").truth === "no").map((rule) => fromResource(rule, "action", "a rule serves plain HTTP"));
    const truth = allOf(verdicts);
    const ev2 = [protocolEvidence, ...own.evidence, ...serving];
    if (truth === "yes") ev2.push({ path: "default_action", note: "plain HTTP is redirected to HTTPS" });
    return { label, encryptedOnly: truth, evidence: ev2, ...truth === "unknown" ? { settle: "the actions of the HTTP listener and its rules once applied" } : {} };
  }
  if (protocol !== "HTTPS" && protocol !== "TLS") return void 0;
  const policyAttr = text2(r, "ssl_policy");
  if (policyAttr.state === "unknown") {
    return { label, encryptedOnly: "yes", minTls: "unknown", weakCiphers: "unknown", evidence: [protocolEvidence, evidence(r, policyAttr)], settle: "the `ssl_policy` of the listener once applied" };
  }
  const name = policyAttr.state === "known" ? String(policyAttr.value) : ELB_API_DEFAULT_POLICY;
  const p = elbPolicy(name);
  const policyEvidence = policyAttr.state === "known" ? evidence(r, policyAttr, { show: true }) : { path: "ssl_policy", value: null, note: `not set: AWS applies ${ELB_API_DEFAULT_POLICY}` };
  const out = { label, encryptedOnly: "yes", minTls: p.minTls, weakCiphers: p.weakCiphers, evidence: [protocolEvidence, policyEvidence] };
  if (p.minTls === "unknown" || p.weakCiphers === "unknown") out.settle = `what the security policy ${name} allows (aws elbv2 describe-ssl-policies)`;
  return out;
};
var cloudfront = (r) => {
  const label = "CloudFront distribution";
  const behaviors = [text2(r, "default_cache_behavior[0].viewer_protocol_policy")];
  const ordered = settingBlocks(r, "ordered_cache_behavior");
  const ev2 = [];
  let encryptedOnly = "yes";
  if (ordered === "unknown") encryptedOnly = "unknown";
  else ordered.forEach((_, i) => behaviors.push(text2(r, `ordered_cache_behavior[${i}].viewer_protocol_policy`)));
  for (const b of behaviors) {
    if (b.state === "known" && b.value === "allow-all") {
      encryptedOnly = "no";
      ev2.push(evidence(r, b, { show: true, note: "viewers may use plain HTTP" }));
    } else if (b.state !== "known" && encryptedOnly !== "no") {
      encryptedOnly = "unknown";
      ev2.push(evidence(r, b));
    }
  }
  if (encryptedOnly === "yes") ev2.push({ path: "default_cache_behavior[0].viewer_protocol_policy", note: "every cache behavior requires HTTPS" });
  const defaultCert = flag2(r, "viewer_certificate[0].cloudfront_default_certificate");
  const version = text2(r, "viewer_certificate[0].minimum_protocol_version");
  let policy;
  if (defaultCert.truth === "yes") {
    policy = cloudfrontPolicy("TLSv1");
    ev2.push(evidence(r, defaultCert.attr, { note: "the default CloudFront certificate accepts TLSv1 whatever the security policy" }));
  } else if (version.state === "unknown" || defaultCert.truth === "unknown") {
    policy = { minTls: "unknown", weakCiphers: "unknown" };
    ev2.push(evidence(r, version));
  } else {
    const name = version.state === "known" ? String(version.value) : "TLSv1";
    policy = cloudfrontPolicy(name);
    ev2.push(version.state === "known" ? evidence(r, version, { show: true }) : { path: version.path, value: null, note: "not set: TLSv1" });
  }
  const out = { label, encryptedOnly, minTls: policy.minTls, weakCiphers: policy.weakCiphers, evidence: ev2 };
  if (encryptedOnly === "unknown" || policy.minTls === "unknown") out.settle = "the viewer protocol policies and viewer certificate of the distribution once applied";
  return out;
};
function deniesPlainHttp(s) {
  if (s.effect !== "Deny") return false;
  const actions = s.actions;
  if (!actions.some((a) => a === "*" || a === "s3:*")) return false;
  return ["Bool", "BoolIfExists"].some(
    (op) => Object.entries(s.condition[op] ?? {}).some(([k, v]) => k.toLowerCase() === "aws:securetransport" && (Array.isArray(v) ? v : [v]).some((x) => String(x).toLowerCase() === "false"))
  );
}
function tlsFloor(s) {
  if (s.effect !== "Deny") return void 0;
  const block = s.condition.NumericLessThan ?? {};
  for (const [k, v] of Object.entries(block)) {
    if (k.toLowerCase() !== "s3:tlsversion") continue;
    const n = Number(Array.isArray(v) ? v[0] : v);
    if (Number.isFinite(n)) return n.toFixed(1);
  }
  return void 0;
}
function bucketPolicyTransit(doc) {
  const statements = parsePolicy(doc);
  if (!statements) return void 0;
  const floor = statements.map(tlsFloor).find((x) => x !== void 0);
  return { denies: statements.some(deniesPlainHttp), ...floor ? { minTls: floor } : {} };
}
var s3Bucket3 = (r, ctx) => {
  const label = "S3 bucket";
  const holders = ctx.links.sources(r, "aws_s3_bucket_policy", "bucket").map((p) => ({ holder: p, attr: setting(p, "policy") }));
  const inline = setting(r, "policy");
  if (inline.state !== "unset" && !(inline.state === "known" && (inline.value === "" || inline.value === null))) holders.push({ holder: r, attr: inline });
  let unknown;
  let minTls;
  for (const { holder, attr } of holders) {
    const from = holder === r ? {} : { from: holder.address };
    if (attr.state !== "known") {
      unknown = { path: "policy", ...from, note: "policy known after apply" };
      continue;
    }
    const reading = bucketPolicyTransit(attr.value);
    if (!reading) {
      unknown = { path: "policy", ...from, note: "policy document could not be read" };
      continue;
    }
    minTls ??= reading.minTls;
    if (reading.denies) {
      return { label, encryptedOnly: "yes", ...minTls ? { minTls } : {}, evidence: [{ path: "policy", ...from, note: "denies requests without TLS (aws:SecureTransport false)" }] };
    }
  }
  if (unknown) return { label, encryptedOnly: "unknown", evidence: [unknown], settle: "the bucket policy once applied (a Deny on aws:SecureTransport false)" };
  return {
    label,
    encryptedOnly: "no",
    evidence: [{ path: "policy", value: null, note: holders.length ? "the bucket policy does not deny requests without TLS (aws:SecureTransport false)" : "no bucket policy in this plan denies requests without TLS" }]
  };
};
var apiGatewayDomain = (r) => {
  const label = "API Gateway custom domain";
  const policy = text2(r, "security_policy");
  if (policy.state === "unknown") return { label, encryptedOnly: "yes", minTls: "unknown", evidence: [evidence(r, policy)], settle: "the `security_policy` of the domain once applied" };
  const name = policy.state === "known" ? String(policy.value) : "TLS_1_0";
  const ev2 = policy.state === "known" ? evidence(r, policy, { show: true }) : { path: "security_policy", value: null, note: "not set: TLS_1_0" };
  return { label, encryptedOnly: "yes", minTls: apiGatewayPolicy(name).minTls, evidence: [ev2] };
};
var apiGatewayV2Domain = (r) => {
  const label = "API Gateway custom domain";
  const policy = text2(r, "domain_name_configuration[0].security_policy");
  if (policy.state !== "known") return { label, encryptedOnly: "yes", minTls: "unknown", evidence: [evidence(r, policy)], settle: "the security policy of the domain once applied" };
  return { label, encryptedOnly: "yes", minTls: apiGatewayPolicy(String(policy.value)).minTls, evidence: [evidence(r, policy, { show: true })] };
};
function searchDomain2(label) {
  return (r) => {
    const options = settingBlocks(r, "domain_endpoint_options");
    if (options === "unknown" || options.length === 0) {
      return { label, encryptedOnly: "unknown", minTls: "unknown", evidence: [{ path: "domain_endpoint_options", value: options === "unknown" ? void 0 : null, note: options === "unknown" ? "known after apply" : "not set" }], settle: "the endpoint options of the domain (EnforceHTTPS, TLSSecurityPolicy) once applied" };
    }
    const enforce = flag2(r, "domain_endpoint_options[0].enforce_https");
    const encryptedOnly = enforce.truth === "unset" ? "yes" : enforce.truth;
    const policy = text2(r, "domain_endpoint_options[0].tls_security_policy");
    const minTls = policy.state === "known" ? openSearchPolicy(String(policy.value)).minTls : "unknown";
    const out = { label, encryptedOnly, minTls, evidence: [evidence(r, enforce.attr), evidence(r, policy, { show: true })] };
    if (encryptedOnly === "unknown" || minTls === "unknown") out.settle = "the `enforce_https` and `tls_security_policy` of the domain once applied";
    return out;
  };
}
var elasticacheGroup = (r) => {
  const label = "ElastiCache replication group";
  const enabled = flag2(r, "transit_encryption_enabled");
  const mode = text2(r, "transit_encryption_mode");
  const ev2 = [evidence(r, enabled.attr), evidence(r, mode, { show: true })];
  if (enabled.truth === "unknown") return { label, encryptedOnly: "unknown", evidence: ev2, settle: "the `transit_encryption_enabled` setting once applied" };
  if (enabled.truth !== "yes") return { label, encryptedOnly: "no", evidence: ev2 };
  if (mode.state === "known" && mode.value === "preferred") return { label, encryptedOnly: "no", evidence: [ev2[0], { ...ev2[1], note: "preferred mode accepts unencrypted connections" }] };
  if (mode.state === "unknown") return { label, encryptedOnly: "unknown", evidence: ev2, settle: "the `transit_encryption_mode` once applied" };
  return { label, encryptedOnly: "yes", evidence: ev2 };
};
function tlsParameter(engine) {
  if (/postgres/.test(engine) || /^sqlserver/.test(engine)) return { name: "rds.force_ssl", on: (v) => v.trim() === "1" };
  if (/^(mysql|mariadb|aurora|aurora-mysql)$/.test(engine)) return { name: "require_secure_transport", on: (v) => /^(1|on|true)$/i.test(v.trim()) };
  return void 0;
}
function engineDefault(engine, version) {
  if (/^(mysql|mariadb|aurora|aurora-mysql)$/.test(engine) || /^sqlserver/.test(engine)) return "no";
  if (engine === "postgres") {
    if (version.state !== "known") return "unknown";
    const major = Number(/^(\d+)/.exec(String(version.value))?.[1]);
    return Number.isFinite(major) ? major >= 15 ? "yes" : "no" : "unknown";
  }
  return "unknown";
}
function dbParameterTransit(label, groupAttr, groupType) {
  return (r, ctx) => {
    const engineAttr = text2(r, "engine");
    if (engineAttr.state === "unknown") return { label, encryptedOnly: "unknown", evidence: [evidence(r, engineAttr)], settle: "the engine of the database once applied" };
    const engine = engineAttr.state === "known" ? String(engineAttr.value) : "aurora-mysql";
    const param = tlsParameter(engine);
    if (!param) return void 0;
    const version = text2(r, "engine_version");
    const groupName = text2(r, groupAttr);
    const fallback = (why2) => {
      const truth = engineDefault(engine, version);
      const ev2 = [why2, { ...evidence(r, version, { show: true }), note: `${param.name} not set: the engine default applies` }];
      return { label, encryptedOnly: truth, evidence: ev2, ...truth === "unknown" ? { settle: `the ${param.name} parameter of the database once applied` } : {} };
    };
    if (groupName.state === "unset" || groupName.state === "known" && String(groupName.value).startsWith("default.")) {
      return fallback({ path: groupAttr, value: null, note: "default parameter group" });
    }
    const group2 = ctx.links.targets(r, groupAttr, [groupType])[0];
    if (!group2) return { label, encryptedOnly: "unknown", evidence: [evidence(r, groupName, { note: "parameter group not in this plan" })], settle: `the ${param.name} parameter of the parameter group` };
    const params = settingBlocks(group2, "parameter");
    if (params === "unknown") return { label, encryptedOnly: "unknown", evidence: [fromResource(group2, "parameter", "known after apply")], settle: `the ${param.name} parameter once applied` };
    const i = params.findIndex((p) => typeof p.name === "string" && p.name.toLowerCase() === param.name);
    if (i < 0) return fallback(fromResource(group2, "parameter", `${param.name} not in the parameter group`));
    const value = setting(group2, `parameter[${i}].value`);
    if (value.state !== "known") return { label, encryptedOnly: "unknown", evidence: [evidence(group2, value, { from: group2 })], settle: `the ${param.name} parameter once applied` };
    const on = param.on(String(value.value));
    return { label, encryptedOnly: on ? "yes" : "no", evidence: [{ path: `parameter[${i}].value`, from: group2.address, value: String(value.value), note: param.name }] };
  };
}
var dbInstance2 = (r, ctx) => dbParameterTransit("RDS instance", "parameter_group_name", "aws_db_parameter_group")(r, ctx);
var rdsCluster = (r, ctx) => {
  return dbParameterTransit("RDS cluster", "db_cluster_parameter_group_name", "aws_rds_cluster_parameter_group")(r, ctx);
};
var transitTable = {
  transit: {
    aws_lb_listener: lbListener,
    aws_alb_listener: lbListener,
    aws_cloudfront_distribution: cloudfront,
    aws_s3_bucket: s3Bucket3,
    aws_api_gateway_domain_name: apiGatewayDomain,
    aws_apigatewayv2_domain_name: apiGatewayV2Domain,
    aws_opensearch_domain: searchDomain2("OpenSearch domain"),
    aws_elasticsearch_domain: searchDomain2("Elasticsearch domain"),
    aws_elasticache_replication_group: elasticacheGroup,
    aws_db_instance: dbInstance2,
    aws_rds_cluster: rdsCluster
  }
};

// providers/aws/transit.ts
var SERVING = /* @__PURE__ */ new Set(["forward", "authenticate-cognito", "authenticate-oidc", "jwt-validation"]);
function listener(ctx) {
  const label = "load balancer listener";
  const protocolF = conf(ctx.item, "Protocol");
  const protocol = text(protocolF)?.toUpperCase();
  if (!protocol) return hasConfiguration(ctx.item) ? { label, encryptedOnly: "unknown", evidence: [ev(protocolF)], settle: "the protocol of the listener" } : void 0;
  if (protocol === "HTTP") {
    const actionsF = conf(ctx.item, "DefaultActions");
    const actions = list(actionsF);
    if (!actions) return { label, encryptedOnly: "unknown", evidence: [ev(protocolF, { show: true }), ev(actionsF)], settle: "the default actions of the HTTP listener" };
    let truth = "yes";
    const evidence2 = [ev(protocolF, { show: true })];
    actions.forEach((a, i) => {
      if (!isRecord(a)) return;
      const type = String(a.Type ?? a.type ?? "").toLowerCase();
      const path = `${actionsF.path}[${i}]`;
      if (SERVING.has(type)) {
        truth = "no";
        evidence2.push({ path: `${path}.Type`, value: type, note: "serves plain HTTP" });
      } else if (type === "redirect") {
        const cfg = isRecord(a.RedirectConfig) ? a.RedirectConfig : isRecord(a.redirectConfig) ? a.redirectConfig : {};
        const to = String(cfg.Protocol ?? cfg.protocol ?? "#{protocol}");
        if (to !== "HTTPS") truth = "no";
        evidence2.push({ path: `${path}.RedirectConfig.Protocol`, value: to, ...to === "HTTPS" ? { note: "redirected to HTTPS (listener rules are not in AWS Config)" } : {} });
      } else if (type === "" && truth === "yes") truth = "unknown";
    });
    return { label, encryptedOnly: truth, evidence: evidence2, ...truth === "unknown" ? { settle: "the default actions of the HTTP listener" } : {} };
  }
  if (protocol !== "HTTPS" && protocol !== "TLS") return void 0;
  const policyF = conf(ctx.item, "SslPolicy");
  const name = text(policyF);
  if (!name) {
    return { label, encryptedOnly: "yes", minTls: "unknown", weakCiphers: "unknown", evidence: [ev(protocolF, { show: true }), ev(policyF)], settle: "the security policy of the listener (aws elbv2 describe-listeners)" };
  }
  const p = elbPolicy(name);
  const out = { label, encryptedOnly: "yes", minTls: p.minTls, weakCiphers: p.weakCiphers, evidence: [ev(protocolF, { show: true }), ev(policyF, { show: true })] };
  if (p.minTls === "unknown" || p.weakCiphers === "unknown") out.settle = `what the security policy ${name} allows (aws elbv2 describe-ssl-policies)`;
  return out;
}
function distribution(ctx) {
  const label = "CloudFront distribution";
  const base = "distributionConfig";
  const def = conf(ctx.item, `${base}.defaultCacheBehavior.viewerProtocolPolicy`);
  const behaviorsF = conf(ctx.item, `${base}.cacheBehaviors.items`);
  const policies = [{ f: def, v: text(def) }];
  (list(behaviorsF) ?? []).forEach((b, i) => {
    if (isRecord(b)) policies.push({ f: { path: `${behaviorsF.path}[${i}].viewerProtocolPolicy`, value: b.viewerProtocolPolicy }, v: typeof b.viewerProtocolPolicy === "string" ? b.viewerProtocolPolicy : void 0 });
  });
  const evidence2 = [];
  let encryptedOnly = "yes";
  for (const { f, v } of policies) {
    if (v === "allow-all") {
      encryptedOnly = "no";
      evidence2.push(ev(f, { show: true, note: "viewers may use plain HTTP" }));
    } else if (v === void 0 && encryptedOnly === "yes") {
      encryptedOnly = "unknown";
      evidence2.push(ev(f));
    }
  }
  if (encryptedOnly === "yes") evidence2.push({ path: def.path, note: "every cache behavior requires HTTPS" });
  const defaultCert = conf(ctx.item, `${base}.viewerCertificate.cloudFrontDefaultCertificate`);
  const version = conf(ctx.item, `${base}.viewerCertificate.minimumProtocolVersion`);
  let policy = { minTls: "unknown", weakCiphers: "unknown" };
  if (truthy(defaultCert) === "yes") {
    policy = cloudfrontPolicy("TLSv1");
    evidence2.push(ev(defaultCert, { note: "the default CloudFront certificate accepts TLSv1 whatever the security policy" }));
  } else if (text(version)) {
    policy = cloudfrontPolicy(text(version));
    evidence2.push(ev(version, { show: true }));
  } else evidence2.push(ev(version));
  const out = { label, encryptedOnly, minTls: policy.minTls, weakCiphers: policy.weakCiphers, evidence: evidence2 };
  if (encryptedOnly === "unknown" || policy.minTls === "unknown" || policy.weakCiphers === "unknown") out.settle = "the viewer protocol policies and viewer certificate of the distribution";
  return out;
}
function bucket(ctx) {
  const label = "S3 bucket";
  const policy = supp(ctx.item, "BucketPolicy.policyText");
  const doc = typeof policy.value === "string" ? policy.value : isRecord(policy.value) ? JSON.stringify(policy.value) : void 0;
  if (doc !== void 0) {
    const reading = bucketPolicyTransit(doc);
    if (!reading) return { label, encryptedOnly: "unknown", evidence: [{ path: policy.path, note: "policy document could not be read" }], settle: "the bucket policy" };
    if (reading.denies) return { label, encryptedOnly: "yes", ...reading.minTls ? { minTls: reading.minTls } : {}, evidence: [{ path: policy.path, note: "denies requests without TLS (aws:SecureTransport false)" }] };
    return { label, encryptedOnly: "no", evidence: [{ path: policy.path, note: "the bucket policy does not deny requests without TLS (aws:SecureTransport false)" }] };
  }
  if (!s3SupplementCaptured(ctx.item)) return { label, encryptedOnly: "unknown", evidence: [ev(policy)], settle: "the bucket policy (supplementaryConfiguration.BucketPolicy)" };
  return { label, encryptedOnly: "no", evidence: [{ path: policy.path, value: null, note: "no bucket policy: requests without TLS are accepted" }] };
}
function searchDomain3(label, key) {
  return (ctx) => {
    const enforce = conf(ctx.item, `${key}.EnforceHTTPS`);
    const policy = conf(ctx.item, `${key}.TLSSecurityPolicy`);
    const t = truthy(enforce);
    const minTls = text(policy) ? openSearchPolicy(text(policy)).minTls : "unknown";
    const out = { label, encryptedOnly: t ?? "unknown", minTls, evidence: [ev(enforce), ev(policy, { show: true })] };
    if (t === void 0 || minTls === "unknown") out.settle = `the endpoint options of the ${label} (EnforceHTTPS, TLSSecurityPolicy)`;
    return out;
  };
}
var TRANSIT = {
  "AWS::ElasticLoadBalancingV2::Listener": listener,
  "AWS::CloudFront::Distribution": distribution,
  "AWS::S3::Bucket": bucket,
  "AWS::OpenSearch::Domain": searchDomain3("OpenSearch domain", "DomainEndpointOptions"),
  "AWS::Elasticsearch::Domain": searchDomain3("Elasticsearch domain", "domainEndpointOptions")
};

// providers/aws/model.ts
var PREREQUISITE_TYPES = ["AWS::KMS::Key", "AWS::IAM::Policy", "AWS::IAM::Group", "AWS::Backup::BackupPlan", "AWS::Backup::BackupSelection", "AWS::EC2::FlowLog"];
var DEFERRED_TYPES = ["AWS::CloudTrail::Trail"];
var READ_TYPES = [
  .../* @__PURE__ */ new Set([
    ...PREREQUISITE_TYPES,
    ...DEFERRED_TYPES,
    ...Object.keys(STORAGE),
    ...Object.keys(INGRESS),
    ...Object.keys(ENDPOINTS),
    ...Object.keys(IDENTITY),
    ...[...DATA_TYPES].filter((t) => t !== "AWS::Logs::LogGroup"),
    ...Object.keys(BACKUP),
    ...Object.keys(BACKUP_VAULT),
    ...Object.keys(TRANSIT),
    ...Object.keys(PLAINTEXT),
    ...Object.keys(LOG_PROTECTION),
    ...Object.keys(DETECTION),
    ...Object.keys(FLOW_LOG),
    ...Object.keys(VULNERABILITY_SCAN),
    ...Object.keys(DEFAULT_NETWORK),
    ...Object.keys(AVAILABILITY)
  ])
].sort();
function isPrerequisite(type) {
  return PREREQUISITE_TYPES.includes(type);
}
function needsOf(item) {
  switch (item.resourceType) {
    case "AWS::CloudTrail::Trail":
      return trailNeeds(item);
    case "AWS::S3::Bucket":
      return bucketNeeds(item);
    case "AWS::RDS::DBInstance":
    case "AWS::Redshift::Cluster":
      return endpointNeeds(item);
    default:
      return { buckets: [], securityGroups: [] };
  }
}
function hasNeeds(n) {
  return n.buckets.length > 0 || n.securityGroups.length > 0;
}
function absorb(item, facts) {
  switch (item.resourceType) {
    case "AWS::KMS::Key": {
      const manager = text(conf(item, "keyManager"));
      if (manager === "AWS" || manager === "CUSTOMER") facts.addKey(text(conf(item, "arn")) ?? item.arn, text(conf(item, "keyId")) ?? item.resourceId, manager);
      return void 0;
    }
    case "AWS::IAM::Policy": {
      const arn = text(conf(item, "arn")) ?? item.arn;
      if (arn) facts.policies.set(arn, policyItemGrant(item));
      return void 0;
    }
    case "AWS::IAM::Group":
      return "group";
    case "AWS::Backup::BackupPlan":
      absorbBackupPlan(item, facts);
      return void 0;
    case "AWS::Backup::BackupSelection":
      facts.backupSelections.push(selectionOf(item));
      return void 0;
    case "AWS::EC2::FlowLog":
      absorbFlowLog(item, facts);
      return void 0;
    default:
      return void 0;
  }
}
function absorbGroups(groups, facts, lookups) {
  for (const item of groups) {
    const name = text(conf(item, "groupName")) ?? item.resourceName;
    if (name) facts.groups.set(name, groupItemGrants({ item, facts, lookups }));
  }
}
function absorbLookup(item, lookups) {
  if (item.resourceType === "AWS::S3::Bucket") {
    const name = text(conf(item, "name")) ?? item.resourceName ?? item.resourceId;
    if (name) lookups.buckets.set(name, bucketFacts(item));
  } else if (item.resourceType === "AWS::EC2::SecurityGroup" && item.resourceId) {
    lookups.securityGroups.set(`${item.awsRegion}/${item.resourceId}`, securityGroupRules(item) ?? "incomplete");
  }
}
function facetsOf(ctx) {
  const type = ctx.item.resourceType;
  const facets = {};
  setFacet(facets, "storage", STORAGE[type]?.(ctx));
  setFacet(facets, "dataLocations", dataLocations(ctx));
  setFacet(facets, "ingress", INGRESS[type]?.(ctx));
  setFacet(facets, "adminEndpoint", ENDPOINTS[type]?.(ctx));
  setFacet(facets, "identity", IDENTITY[type]?.(ctx));
  setFacet(facets, "logStore", LOG_STORE[type]?.(ctx));
  setFacet(facets, "auditTrail", AUDIT_TRAIL[type]?.(ctx));
  setFacet(facets, "backup", BACKUP[type]?.(ctx));
  setFacet(facets, "backupVault", BACKUP_VAULT[type]?.(ctx));
  setFacet(facets, "transit", TRANSIT[type]?.(ctx));
  setFacet(facets, "key", KEY[type]?.(ctx));
  setFacet(facets, "plaintextSecrets", PLAINTEXT[type]?.(ctx));
  setFacet(facets, "logProtection", LOG_PROTECTION[type]?.(ctx));
  setFacet(facets, "detection", DETECTION[type]?.(ctx));
  setFacet(facets, "flowLog", FLOW_LOG[type]?.(ctx));
  setFacet(facets, "vulnerabilityScan", VULNERABILITY_SCAN[type]?.(ctx));
  setFacet(facets, "defaultNetwork", DEFAULT_NETWORK[type]?.(ctx));
  setFacet(facets, "availability", AVAILABILITY[type]?.(ctx));
  if (type === "AWS::IAM::User") facets.credential = userCredential(ctx.item, ctx.facts);
  return facets;
}
function toResource(item, facets, src) {
  const tags = tagsOf(item);
  return {
    id: canonicalId(item),
    provider: "aws",
    nativeType: item.resourceType,
    region: item.awsRegion ?? void 0,
    source: { origin: "live", category: `aws/${src.account}`, input: src.input, scope: src.account },
    facets,
    ...tags ? { tags } : {}
  };
}
function inventoryRecord(item) {
  const out = { resourceType: item.resourceType };
  if (item.accountId) out.accountId = item.accountId;
  if (item.awsRegion) out.awsRegion = item.awsRegion;
  if (item.availabilityZone) out.availabilityZone = item.availabilityZone;
  if (item.arn) out.arn = item.arn;
  if (item.resourceId) out.resourceId = item.resourceId;
  if (item.resourceName) out.resourceName = item.resourceName;
  if (item.status) out.configurationItemStatus = item.status;
  if (item.capturedAt !== void 0) out.configurationItemCaptureTime = new Date(item.capturedAt).toISOString();
  out.configuration = scrubbedConfiguration(item) ?? null;
  out.supplementaryConfiguration = item.supplementary;
  if (item.tags) out.tags = item.tags;
  return out;
}

export {
  text2 as text,
  flag2 as flag,
  numberOf,
  strings,
  evidence,
  fromResource,
  resolveAll,
  settingBlocks,
  parsePolicy,
  grantsAdmin,
  AWS_MANAGED_POLICY,
  managedPolicyIsAdmin,
  deniesWithoutMfa,
  readTrust,
  transitTable,
  isRecord,
  decodeJsonText,
  normaliseItem,
  isDeleted,
  conf,
  truthy,
  text as text2,
  arnAccount,
  canonicalId,
  accountOf,
  MANAGED_RULES,
  AccountFacts,
  Lookups,
  rootIdentity,
  logGroupStorage,
  trailArn,
  logGroupStore,
  logGroupFromRule,
  primaryLocation,
  rootCredential,
  passwordPolicyFrom,
  accountPasswordPolicy,
  tagsOf,
  PREREQUISITE_TYPES,
  DEFERRED_TYPES,
  READ_TYPES,
  isPrerequisite,
  needsOf,
  hasNeeds,
  absorb,
  absorbGroups,
  absorbLookup,
  facetsOf,
  toResource,
  inventoryRecord
};
