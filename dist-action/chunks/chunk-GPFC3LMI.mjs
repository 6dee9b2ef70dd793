import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  liveTypes
} from "./chunk-NZ3F65XU.mjs";
import {
  coversTcp,
  portsCover
} from "./chunk-I4GDKXBT.mjs";
import {
  allOf,
  anyOf,
  attr,
  blocks,
  configured,
  copiedWhy,
  evidenceAt,
  isObject,
  isSensitivePath,
  judgeAfterApply,
  mapKeys,
  referencesAt,
  setting
} from "./chunk-24CSVZM3.mjs";
import {
  buildFacets,
  compile
} from "./chunk-JECVGCKA.mjs";
import {
  checkNamedValue,
  decodeUserData,
  isReference,
  scanScript,
  secretKind
} from "./chunk-7GYEOXBL.mjs";
import {
  memoize
} from "./chunk-7EALKIMT.mjs";

// providers/aws/ci.ts
import { createHash } from "node:crypto";
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
var ID_IN_CONFIGURATION = {
  "AWS::EC2::SecurityGroup": "groupId",
  "AWS::EC2::Volume": "volumeId",
  "AWS::EC2::Instance": "instanceId",
  "AWS::S3::Bucket": "name",
  "AWS::RDS::DBInstance": "dbiResourceId",
  "AWS::DynamoDB::Table": "tableName",
  "AWS::KMS::Key": "keyId",
  "AWS::IAM::User": "userId",
  "AWS::CloudTrail::Trail": "name",
  "AWS::EKS::Cluster": "name"
};
function derivedId(resourceType, arn, configuration) {
  const key = ID_IN_CONFIGURATION[resourceType];
  const named = key ? text(field(configuration, "configuration", key)) : void 0;
  if (named) return named;
  const fromArn = arn && /^arn:/.test(arn) ? /[:/]([^:/]+)$/.exec(arn)?.[1] : void 0;
  if (fromArn) return fromArn;
  return configuration ? `selected-${createHash("sha256").update(JSON.stringify(configuration)).digest("hex").slice(0, 16)}` : void 0;
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
  const arn = str(first(raw, "arn", "ARN"));
  return {
    resourceType,
    accountId: str(first(raw, "accountId", "awsAccountId")),
    awsRegion: str(raw.awsRegion),
    availabilityZone: str(first(raw, "availabilityZone", "availibilityZone")),
    arn,
    resourceId: str(raw.resourceId) ?? derivedId(resourceType, arn, isRecord(configuration) ? configuration : void 0),
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
var finite = (n) => Number.isFinite(n) ? n : void 0;
function num(f) {
  if (typeof f.value === "number" && Number.isFinite(f.value)) return f.value;
  if (typeof f.value === "string" && /^-?\d+(\.\d+)?$/.test(f.value)) return finite(Number(f.value));
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

// providers/aws/plan/values.ts
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
function flag(r, path) {
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
  const value = a.state === "known" ? a.value : a.state === "unset" ? null : void 0;
  const note = opts.note ?? (a.state === "unknown" ? "known after apply" : a.state === "unset" ? "not set: default applies" : void 0);
  return evidenceAt(a.path, value, { safe: opts.safe, sensitive: isSensitivePath(r, a.path), note, from: opts.from?.address });
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

// providers/aws/plan/accounts.ts
var CLASSES = ["require_lowercase_characters", "require_uppercase_characters", "require_numbers", "require_symbols"];
var passwordPolicy = (r) => {
  const length = setting(r, "minimum_password_length");
  const reuse = setting(r, "password_reuse_prevention");
  const age = setting(r, "max_password_age");
  const classes = CLASSES.map((c) => flag(r, c));
  const yes = classes.filter((c) => c.truth === "yes").length;
  const maybe = classes.filter((c) => c.truth === "unknown").length;
  const characterClasses = yes >= 3 || maybe === 0 ? yes : yes + maybe >= 3 ? "unknown" : yes;
  const num2 = (a, whenUnset) => a.state === "unknown" ? "unknown" : a.state === "unset" ? whenUnset : numberOf(a) === 0 ? void 0 : numberOf(a);
  return {
    minLength: num2(length, 6),
    characterClasses,
    reusePrevention: num2(reuse, void 0),
    maxAgeDays: num2(age, void 0),
    evidence: [evidence(r, length), ...classes.map((c) => evidence(r, c.attr)), evidence(r, reuse), evidence(r, age)]
  };
};
var accessKey = (r) => {
  const user3 = text2(r, "user");
  const status = text2(r, "status");
  return {
    label: `IAM access key${user3.state === "known" ? ` of user ${String(user3.value)}` : ""}`,
    longLivedKey: "yes",
    evidence: [evidence(r, user3, { safe: true }), evidence(r, status, { safe: true, ...status.state === "unset" ? { note: "not set: Active" } : {} })]
  };
};
var serviceCredential = (r) => {
  const service = text2(r, "service_name");
  return {
    label: "IAM service-specific credential",
    longLivedKey: "yes",
    evidence: [evidence(r, service, { safe: true })]
  };
};
var accountsTable = {
  passwordPolicy: {
    aws_iam_account_password_policy: passwordPolicy
  },
  credential: {
    aws_iam_access_key: accessKey,
    aws_iam_service_specific_credential: serviceCredential
  }
};

// providers/aws/plan/kms.ts
var CUSTOMER_KEY_TYPES = ["aws_kms_key", "aws_kms_replica_key", "aws_kms_external_key", "aws_kms_replica_external_key", "aws_kms_alias"];
var AWS_MANAGED_ALIAS = /(^|:)alias\/aws\//;
function keyOwner(r, ctx, path) {
  const a = text2(r, path);
  if (a.state === "unset") return { key: "none", evidence: evidence(r, a, { note: "no KMS key: the AWS managed key of the service is used" }) };
  if (a.state === "known") {
    const managed = AWS_MANAGED_ALIAS.test(String(a.value));
    return { key: managed ? "provider" : "customer", evidence: evidence(r, a, { note: managed ? "AWS managed key" : "customer managed KMS key" }) };
  }
  const key = ctx.links.targets(r, path, CUSTOMER_KEY_TYPES)[0];
  if (key) return { key: "customer", evidence: { path: a.path, from: key.address, note: "KMS key created in this plan" } };
  return { key: "unknown", evidence: evidence(r, a) };
}
function keyOrManaged(r, ctx, path) {
  const k = keyOwner(r, ctx, path);
  return k.key === "none" ? { key: "provider", evidence: k.evidence } : k;
}
function weakestKey(keys) {
  if (keys.length === 0) return "none";
  for (const k of ["none", "provider", "unknown"]) if (keys.includes(k)) return k;
  return "customer";
}

// providers/aws/plan/s3.ts
function bucketConfigs(ctx, bucket5, type) {
  return ctx.links.sources(bucket5, type, "bucket");
}
function bucketEncryption(r, ctx) {
  const service = "S3 bucket";
  const separate = bucketConfigs(ctx, r, "aws_s3_bucket_server_side_encryption_configuration")[0];
  if (separate) return { service, encrypted: "yes", ...byDefaultRule(separate, ctx, "rule[0].apply_server_side_encryption_by_default[0]", separate) };
  const inline = "server_side_encryption_configuration[0].rule[0].apply_server_side_encryption_by_default[0]";
  const block = setting(r, "server_side_encryption_configuration");
  if (block.state === "unset" || block.state === "known" && Array.isArray(block.value) && block.value.length === 0) {
    return {
      service,
      encrypted: "yes",
      key: "provider",
      evidence: [{ path: "server_side_encryption_configuration", value: null, note: "no encryption configuration: S3 applies SSE-S3 (AES256) to all new objects since 2023-01-05" }]
    };
  }
  return { service, encrypted: "yes", ...byDefaultRule(r, ctx, inline) };
}
function byDefaultRule(r, ctx, prefix, from) {
  const algorithm = text2(r, `${prefix}.sse_algorithm`);
  const ev2 = [evidence(r, algorithm, { safe: true, ...from ? { from } : {} })];
  if (algorithm.state === "known" && algorithm.value === "AES256") return { key: "provider", evidence: ev2 };
  if (algorithm.state === "known" && String(algorithm.value).startsWith("aws:kms")) {
    const k = keyOrManaged(r, ctx, `${prefix}.kms_master_key_id`);
    return { key: k.key, evidence: [...ev2, from ? { ...k.evidence, from: k.evidence.from ?? from.address } : k.evidence] };
  }
  return { key: "unknown", evidence: ev2, settle: "the default encryption algorithm and key of the bucket once applied" };
}

// providers/aws/plan/backups.ts
var ARN_SHAPES = {
  aws_db_instance: (n) => `arn:aws:rds:*:*:db:${n}`,
  aws_rds_cluster: (n) => `arn:aws:rds:*:*:cluster:${n}`,
  aws_docdb_cluster: (n) => `arn:aws:rds:*:*:cluster:${n}`,
  aws_neptune_cluster: (n) => `arn:aws:rds:*:*:cluster:${n}`,
  aws_dynamodb_table: (n) => `arn:aws:dynamodb:*:*:table/${n}`,
  aws_efs_file_system: (n) => `arn:aws:elasticfilesystem:*:*:file-system/${n}`,
  aws_redshift_cluster: (n) => `arn:aws:redshift:*:*:cluster:${n}`,
  aws_ebs_volume: (n) => `arn:aws:ec2:*:*:volume/${n}`,
  aws_instance: (n) => `arn:aws:ec2:*:*:instance/${n}`
};
var NAME_ATTRIBUTE = {
  aws_db_instance: "identifier",
  aws_rds_cluster: "cluster_identifier",
  aws_docdb_cluster: "cluster_identifier",
  aws_neptune_cluster: "cluster_identifier",
  aws_dynamodb_table: "name",
  aws_redshift_cluster: "cluster_identifier"
};
function wildcardMatches(pattern, store) {
  if (pattern === "*") return true;
  const shape = ARN_SHAPES[store.type];
  if (!shape) return false;
  const nameAttr = NAME_ATTRIBUTE[store.type];
  const name = nameAttr ? text2(store, nameAttr) : void 0;
  const parts = pattern.split(":");
  if (parts.length >= 5) parts[4] = "*";
  if (parts.length >= 4) parts[3] = "*";
  const re = new RegExp(`^${parts.join(":").split("*").map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`);
  if (name?.state === "known") return re.test(shape(String(name.value)));
  if (re.test(shape("any"))) return true;
  return re.test(shape("x")) || re.test(shape("")) ? "maybe" : false;
}
function tagsMatch(sel, store) {
  const tagBlocks = settingBlocks(sel, "selection_tag");
  const conditions = settingBlocks(sel, "condition");
  if (tagBlocks === "unknown" || conditions === "unknown") return "maybe";
  const hasConditions = conditions.some((c) => Object.values(c).some((v) => Array.isArray(v) && v.length > 0));
  if (tagBlocks.length === 0 && !hasConditions) return "none";
  const tags = setting(store, "tags");
  const all = attr(store, "tags_all");
  const known = all.state === "known" ? all.value : tags.state === "known" ? tags.value : void 0;
  if (hasConditions) return "maybe";
  if (known === void 0 || known === null || typeof known !== "object") return tags.state === "unset" && all.state !== "unknown" ? "no" : "maybe";
  const map = known;
  const verdicts = tagBlocks.map((t) => {
    const key = typeof t.key === "string" ? t.key : void 0;
    const value = typeof t.value === "string" ? t.value : void 0;
    const type = typeof t.type === "string" ? t.type : "STRINGEQUALS";
    if (!key || value === void 0 || type !== "STRINGEQUALS") return "maybe";
    return map[key] === value ? "yes" : "no";
  });
  return verdicts.includes("yes") ? "yes" : verdicts.includes("maybe") ? "maybe" : "no";
}
function planRetention(plan) {
  const rules = settingBlocks(plan, "rule");
  if (rules === "unknown") return "unknown";
  let longest2 = 0;
  let unknown = false;
  for (let i = 0; i < rules.length; i++) {
    const lifecycle = settingBlocks(plan, `rule[${i}].lifecycle`);
    if (lifecycle === "unknown") {
      unknown = true;
      continue;
    }
    const days = setting(plan, `rule[${i}].lifecycle[0].delete_after`);
    if (lifecycle.length === 0 || days.state === "unset" || days.value === 0) return void 0;
    if (days.state === "unknown") unknown = true;
    else if (typeof days.value === "number" && longest2 !== void 0) longest2 = Math.max(longest2, days.value);
  }
  if (unknown) return "unknown";
  return rules.length ? longest2 : "unknown";
}
function backupPlanCoverage(store, ctx) {
  let best = { covered: "no", evidence: [] };
  for (const sel of ctx.links.ofType("aws_backup_selection")) {
    const excluded = ctx.links.targets(sel, "not_resources").includes(store);
    if (excluded) continue;
    const direct = ctx.links.targets(sel, "resources").includes(store);
    let covered = direct ? "yes" : "no";
    if (!direct) {
      const resources = setting(sel, "resources");
      const patterns = strings(resources).filter((p) => p.includes("*"));
      const tags = tagsMatch(sel, store);
      const byPattern = patterns.map((p) => wildcardMatches(p, store));
      const listed = byPattern.includes(true) ? "yes" : byPattern.includes("maybe") ? "maybe" : "no";
      const emptyResources = resources.state === "unset" || resources.state === "known" && strings(resources).length === 0;
      if (emptyResources) covered = tags === "none" ? "no" : tags;
      else if (listed !== "no") covered = tags === "none" || tags === "yes" ? listed : tags === "no" ? "no" : "maybe";
      if (resources.state === "unknown" && covered === "no") covered = "maybe";
    }
    if (covered === "no") continue;
    const plan = ctx.links.targets(sel, "plan_id", ["aws_backup_plan"])[0];
    const retention3 = plan ? planRetention(plan) : "unknown";
    const ev2 = [fromResource(sel, direct ? "resources" : "selection_tag", covered === "yes" ? "AWS Backup selection covers the store" : "AWS Backup selection may cover the store (wildcard or tag condition)")];
    if (plan) ev2.push(fromResource(plan, "rule[*].lifecycle[0].delete_after", retention3 === void 0 ? "a rule keeps recovery points until deleted" : typeof retention3 === "number" ? `recovery points kept ${retention3} days` : "retention known after apply"));
    const candidate = { covered, retentionDays: retention3, evidence: ev2 };
    if (rank(candidate) > rank(best)) best = candidate;
  }
  return best;
}
function rank(c) {
  if (c.covered === "no") return 0;
  if (c.covered === "maybe") return 1;
  if (c.retentionDays === "unknown") return 2;
  return c.retentionDays === void 0 ? 4 : 3 + Math.min(c.retentionDays, 36500) / 1e5;
}
function longest(a, b) {
  if (a === void 0 || b === void 0) return void 0;
  if (a === "unknown" || b === "unknown") return "unknown";
  return Math.max(a, b);
}
function volumeCoverage(volume, ctx) {
  let best = backupPlanCoverage(volume, ctx);
  for (const att of ctx.links.sources(volume, "aws_volume_attachment", "volume_id")) {
    for (const instance2 of ctx.links.targets(att, "instance_id", ["aws_instance"])) {
      const c = backupPlanCoverage(instance2, ctx);
      const candidate = { ...c, evidence: [fromResource(att, "instance_id", "attached to an instance: backed up with it"), ...c.evidence] };
      if (rank(candidate) > rank(best)) best = candidate;
    }
  }
  return best;
}
function combine(service, own2, store, ctx) {
  const plan = store.type === "aws_ebs_volume" ? volumeCoverage(store, ctx) : backupPlanCoverage(store, ctx);
  const out = { service, enabled: own2.enabled, evidence: [...own2.evidence, ...plan.evidence] };
  if (own2.retentionDays !== void 0) out.retentionDays = own2.retentionDays;
  if (own2.settle) out.settle = own2.settle;
  if (plan.covered === "yes") {
    const r = own2.enabled === "yes" ? longest(own2.retentionDays, plan.retentionDays) : plan.retentionDays;
    out.enabled = "yes";
    if (r === void 0) delete out.retentionDays;
    else out.retentionDays = r;
    if (r === "unknown") out.settle = "the lifecycle (delete_after) of the AWS Backup plan rules once applied";
    else delete out.settle;
  } else if (plan.covered === "maybe" && own2.enabled !== "yes") {
    out.enabled = "unknown";
    out.settle = "whether the AWS Backup selection (wildcard resources or tag conditions) covers the store";
  }
  return out;
}
function retention(service, attribute, whenUnset) {
  return (r, ctx) => {
    const a = setting(r, attribute);
    let own2;
    if (a.state === "unknown") own2 = { enabled: "unknown", retentionDays: "unknown", evidence: [evidence(r, a)], settle: `the \`${attribute}\` once applied` };
    else {
      const days = a.state === "unset" ? whenUnset : numberOf(a);
      if (days === void 0) own2 = { enabled: "unknown", retentionDays: "unknown", evidence: [evidence(r, a)], settle: `the \`${attribute}\` once applied` };
      else if (days === 0) own2 = { enabled: "no", evidence: [evidence(r, a, { note: a.state === "unset" ? "not set: no automated backups" : "automated backups turned off" })] };
      else own2 = { enabled: "yes", retentionDays: days, evidence: [evidence(r, a, a.state === "unset" ? { note: `not set: AWS keeps automated backups ${whenUnset} day(s)` } : {})] };
    }
    return combine(service, own2, r, ctx);
  };
}
var dbInstance = (r, ctx) => {
  if (setting(r, "replicate_source_db").state !== "unset") return void 0;
  return retention("RDS instance", "backup_retention_period", 1)(r, ctx);
};
var dynamodbTable = (r, ctx) => {
  const f = flag(r, "point_in_time_recovery[0].enabled");
  let own2;
  if (f.truth === "unknown") own2 = { enabled: "unknown", evidence: [evidence(r, f.attr)], settle: "the point-in-time recovery setting of the table once applied" };
  else if (f.truth !== "yes") own2 = { enabled: "no", evidence: [evidence(r, f.attr, { note: f.truth === "unset" ? "not set: point-in-time recovery is off" : void 0 })] };
  else {
    const period = setting(r, "point_in_time_recovery[0].recovery_period_in_days");
    const days = period.state === "unset" ? 35 : period.state === "unknown" ? "unknown" : numberOf(period) ?? "unknown";
    own2 = { enabled: "yes", retentionDays: days, evidence: [evidence(r, f.attr), evidence(r, period, period.state === "unset" ? { note: "not set: 35 days" } : {})] };
  }
  return combine("DynamoDB table", own2, r, ctx);
};
var efsFileSystem = (r, ctx) => {
  const policies = ctx.links.sources(r, "aws_efs_backup_policy", "file_system_id");
  let own2 = { enabled: "no", evidence: [{ path: "aws_efs_backup_policy", value: null, note: "no backup policy in this plan: automatic backups are off unless turned on elsewhere" }] };
  for (const p of policies) {
    const status = text2(p, "backup_policy[0].status");
    const ev2 = evidence(p, status, { safe: true, from: p });
    if (status.state === "unknown") own2 = { enabled: "unknown", evidence: [ev2], settle: "the status of the EFS backup policy once applied" };
    else if (status.value === "ENABLED" || status.value === "ENABLING") {
      own2 = { enabled: "yes", retentionDays: 35, evidence: [{ ...ev2, note: "automatic backups: the default AWS Backup plan keeps daily backups 35 days" }] };
      break;
    } else own2 = { enabled: "no", evidence: [ev2] };
  }
  return combine("EFS file system", own2, r, ctx);
};
function ec2Store(service) {
  return (r, ctx) => {
    const own2 = ctx.links.ofType("aws_backup_selection").length ? { enabled: "no", evidence: [{ path: "aws_backup_selection", value: null, note: "no AWS Backup selection of this plan covers it" }] } : {
      enabled: "unknown",
      evidence: [{ path: "aws_backup_selection", value: null, note: "no AWS Backup selection in this plan: one may live in another configuration" }],
      settle: `whether an AWS Backup selection outside this plan covers the ${service} (aws backup list-backup-selections, by ARN or tag), once applied`
    };
    return combine(service, own2, r, ctx);
  };
}
var elasticacheGroup = retention("ElastiCache replication group", "snapshot_retention_limit", 0);
var backupVault = (r, ctx) => {
  const label = "AWS Backup vault";
  const locks = ctx.links.sources(r, "aws_backup_vault_lock_configuration", "backup_vault_name");
  const encryption = { path: "kms_key_arn", note: "recovery points are always encrypted (AWS Backup key unless a KMS key is named)" };
  if (locks.length === 0) {
    return { label, immutable: "no", encrypted: "yes", evidence: [{ path: "aws_backup_vault_lock_configuration", value: null, note: "no vault lock in this plan" }, encryption] };
  }
  const lock = locks[0];
  const grace = setting(lock, "changeable_for_days");
  const ev2 = [evidence(lock, grace, { from: lock }), encryption];
  if (grace.state === "unknown") return { label, immutable: "unknown", encrypted: "yes", evidence: ev2, settle: "the `changeable_for_days` of the vault lock once applied" };
  if (grace.state === "unset") return { label, immutable: "no", encrypted: "yes", evidence: [{ ...ev2[0], note: "governance mode: users with the permission can remove the lock and delete recovery points" }, encryption] };
  return { label, immutable: "yes", encrypted: "yes", evidence: [{ ...ev2[0], note: "compliance mode: the lock cannot be removed after the grace time" }, encryption] };
};
var airGappedVault = (r) => {
  const min = setting(r, "min_retention_days");
  return {
    label: "AWS Backup logically air-gapped vault",
    immutable: "yes",
    encrypted: "yes",
    evidence: [evidence(r, min, { note: "logically air-gapped vaults are locked in compliance mode" })]
  };
};
var bucketVersioning = (r, ctx) => {
  const service = "S3 bucket";
  const via = "versioning";
  const separate = bucketConfigs(ctx, r, "aws_s3_bucket_versioning")[0];
  if (separate) {
    const status = text2(separate, "versioning_configuration[0].status");
    const ev2 = evidence(separate, status, { safe: true, from: separate });
    if (status.state === "unknown") return { service, via, enabled: "unknown", evidence: [ev2], settle: "the `versioning_configuration.status` of aws_s3_bucket_versioning once applied" };
    return { service, via, enabled: status.value === "Enabled" ? "yes" : "no", evidence: [ev2] };
  }
  const inline = flag(r, "versioning[0].enabled");
  if (inline.truth === "yes") return { service, via, enabled: "yes", evidence: [evidence(r, inline.attr)] };
  if (inline.truth === "unknown" && configured(r, "versioning") === "yes") return { service, via, enabled: "unknown", evidence: [evidence(r, inline.attr)], settle: "the `versioning` block of the bucket once applied" };
  return { service, via, enabled: "no", evidence: [{ path: "aws_s3_bucket_versioning", value: null, note: "no versioning configuration in this plan: a new bucket is not versioned" }] };
};
var backupsTable = {
  backup: {
    aws_db_instance: dbInstance,
    aws_rds_cluster: retention("RDS cluster", "backup_retention_period", 1),
    aws_docdb_cluster: retention("DocumentDB cluster", "backup_retention_period", 1),
    aws_neptune_cluster: retention("Neptune cluster", "backup_retention_period", 1),
    aws_redshift_cluster: retention("Redshift cluster", "automated_snapshot_retention_period", 1),
    aws_dynamodb_table: dynamodbTable,
    aws_efs_file_system: efsFileSystem,
    aws_elasticache_replication_group: elasticacheGroup,
    aws_ebs_volume: ec2Store("EBS volume"),
    aws_instance: ec2Store("EC2 instance"),
    aws_s3_bucket: bucketVersioning
  },
  backupVault: {
    aws_backup_vault: backupVault,
    aws_backup_logically_air_gapped_vault: airGappedVault
  }
};

// providers/aws/plan/detection.ts
var guardDuty = (r, ctx) => {
  const service = "GuardDuty";
  const enable = flag(r, "enable");
  const enabled = enable.truth === "unset" ? "yes" : enable.truth;
  const ev2 = [evidence(r, enable.attr)];
  let malware = "unknown";
  const features = ctx.links.sources(r, "aws_guardduty_detector_feature", "detector_id").filter((f) => {
    const name = text2(f, "name");
    return name.state !== "known" || name.value === "EBS_MALWARE_PROTECTION";
  });
  for (const f of features) {
    const status = text2(f, "status");
    ev2.push(evidence(f, status, { safe: true, from: f }));
    if (status.state === "known") malware = status.value === "ENABLED" ? "yes" : "no";
  }
  if (features.length === 0) {
    const legacy = flag(r, "datasources[0].malware_protection[0].scan_ec2_instance_with_findings[0].ebs_volumes[0].enable");
    if (legacy.truth === "yes" || legacy.truth === "no") malware = legacy.truth;
    ev2.push(evidence(r, legacy.attr, legacy.truth === "unset" ? { note: "not in this plan: depends on how the account was set up" } : {}));
  }
  return { service, enabled, malwareProtection: malware, evidence: ev2 };
};
var vpc = (r, ctx) => {
  const label = "VPC";
  const logs = ctx.links.sources(r, "aws_flow_log", "vpc_id");
  if (logs.length) {
    const log = logs[0];
    const traffic = text2(log, "traffic_type");
    return { label, enabled: "yes", evidence: [fromResource(log, "vpc_id", "flow log of the VPC"), evidence(log, traffic, { safe: true, from: log })] };
  }
  const unresolved = ctx.links.ofType("aws_flow_log").filter((l) => {
    if (l.moduleInstance !== r.moduleInstance) return false;
    const id = setting(l, "vpc_id");
    return id.state === "unknown" && ctx.links.targets(l, "vpc_id").length === 0;
  });
  if (unresolved.length) {
    return { label, enabled: "unknown", evidence: [fromResource(unresolved[0], "vpc_id", "flow log whose VPC is known only after apply")], settle: "which VPC the flow logs of this module record" };
  }
  return { label, enabled: "no", evidence: [{ path: "aws_flow_log", value: null, note: "no flow log in this plan records the VPC" }] };
};
function wildcard(filter, name) {
  const re = new RegExp(`^${filter.split("*").map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`);
  return re.test(name);
}
var ecrRepository = (r, ctx) => {
  const label = "ECR repository";
  const push = flag(r, "image_scanning_configuration[0].scan_on_push");
  const ev2 = [evidence(r, push.attr)];
  if (push.truth === "yes") return { label, enabled: "yes", evidence: ev2 };
  for (const enabler of ctx.links.ofType("aws_inspector2_enabler")) {
    const types = setting(enabler, "resource_types");
    if (types.state === "known" && strings(types).includes("ECR")) return { label, enabled: "yes", evidence: [fromResource(enabler, "resource_types", "Amazon Inspector scans ECR images")] };
  }
  const name = text2(r, "name");
  let unknown = push.truth === "unknown";
  for (const registry of ctx.links.ofType("aws_ecr_registry_scanning_configuration")) {
    const rules = settingBlocks(registry, "rule");
    if (rules === "unknown") {
      unknown = true;
      continue;
    }
    for (let i = 0; i < rules.length; i++) {
      const filters = settingBlocks(registry, `rule[${i}].repository_filter`);
      if (filters === "unknown") {
        unknown = true;
        continue;
      }
      for (let j = 0; j < filters.length; j++) {
        const f = text2(registry, `rule[${i}].repository_filter[${j}].filter`);
        if (f.state !== "known" || name.state !== "known") {
          unknown = true;
          continue;
        }
        if (wildcard(String(f.value), String(name.value))) {
          return { label, enabled: "yes", evidence: [fromResource(registry, `rule[${i}].repository_filter[${j}].filter`, "a registry scanning rule matches the repository")] };
        }
      }
    }
  }
  if (unknown) return { label, enabled: "unknown", evidence: ev2, settle: "the scan on push setting of the repository, or the registry scanning rules, once applied" };
  return { label, enabled: "no", evidence: [{ ...ev2[0], note: push.truth === "unset" ? "not set: images are not scanned on push" : "images are not scanned on push" }] };
};
var inspector = (r) => {
  const label = "Amazon Inspector (EC2 instances)";
  const types = setting(r, "resource_types");
  if (types.state === "unknown") return { label, enabled: "unknown", evidence: [evidence(r, types)], settle: "the resource types Amazon Inspector scans, once applied" };
  const ec2 = strings(types).includes("EC2");
  return { label, enabled: ec2 ? "yes" : "no", evidence: [evidence(r, types, { note: ec2 ? "EC2 instances are scanned" : "EC2 is not among the scanned resource types" })] };
};
var detectionTable = {
  detection: {
    aws_guardduty_detector: guardDuty
  },
  flowLog: {
    aws_vpc: vpc,
    aws_default_vpc: vpc
  },
  vulnerabilityScan: {
    aws_ecr_repository: ecrRepository,
    aws_inspector2_enabler: inspector
  }
};

// providers/aws/plan/network.ts
var PROTOCOL_NUMBERS = { "-1": "all", all: "all", "6": "tcp", "17": "udp", "1": "icmp", "58": "icmpv6" };
function protocolName(a) {
  if (a.state !== "known") return void 0;
  const p = String(a.value).toLowerCase();
  return PROTOCOL_NUMBERS[p] ?? p;
}
function portsOf(protocol, from, to) {
  if (protocol === "all") return "all";
  if (protocol === void 0 || from.state !== "known" || to.state !== "known") return "unknown";
  const lo = Number(from.value);
  const hi = Number(to.value);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return "unknown";
  return [{ from: lo, to: hi }];
}
function cidrSources(r, paths) {
  const out = [];
  for (const path of paths) {
    const a = setting(r, path);
    if (a.state === "unknown") return "unknown";
    for (const item of strings(a)) out.push(item);
  }
  return out;
}
function readRule(r, shape, evidencePath) {
  const protocol = protocolName(setting(r, `${shape.prefix}${shape.protocol}`));
  const rule = {
    action: "allow",
    // An unknown protocol may be TCP: keep the rule, with unknown ports, so it is never read as closed.
    protocol: protocol ?? "all",
    ports: protocol === void 0 ? "unknown" : portsOf(protocol, setting(r, `${shape.prefix}${shape.from}`), setting(r, `${shape.prefix}${shape.to}`)),
    sources: cidrSources(r, shape.cidrs.map((c) => `${shape.prefix}${c}`)),
    evidence: { path: evidencePath }
  };
  if (Array.isArray(rule.sources) && rule.sources.length) rule.evidence.value = rule.sources.join(", ");
  if (shape.action) {
    const action = text2(r, `${shape.prefix}${shape.action}`);
    rule.action = action.state === "known" && String(action.value).toLowerCase() === "deny" ? "deny" : "allow";
  }
  if (shape.priority) {
    const n = setting(r, `${shape.prefix}${shape.priority}`);
    rule.priority = n.state === "known" && typeof n.value === "number" ? n.value : 0;
  }
  return rule;
}
var SG_INLINE = { protocol: "protocol", from: "from_port", to: "to_port", cidrs: ["cidr_blocks", "ipv6_cidr_blocks"] };
var SG_RULE = { prefix: "", ...SG_INLINE };
var VPC_INGRESS_RULE = { prefix: "", protocol: "ip_protocol", from: "from_port", to: "to_port", cidrs: ["cidr_ipv4", "cidr_ipv6"] };
var NACL_INLINE = { protocol: "protocol", from: "from_port", to: "to_port", cidrs: ["cidr_block", "ipv6_cidr_block"], action: "action", priority: "rule_no" };
var NACL_RULE = {
  prefix: "",
  protocol: "protocol",
  from: "from_port",
  to: "to_port",
  cidrs: ["cidr_block", "ipv6_cidr_block"],
  action: "rule_action",
  priority: "rule_number"
};
function separateRules(sg, ctx) {
  const out = [];
  for (const s of ctx.links.sources(sg, "aws_security_group_rule", "security_group_id")) {
    if (isIngressRule(s)) out.push({ rule: readRule(s, SG_RULE, "cidr_blocks"), from: s });
  }
  for (const s of ctx.links.sources(sg, "aws_vpc_security_group_ingress_rule", "security_group_id")) {
    out.push({ rule: readRule(s, VPC_INGRESS_RULE, "cidr_ipv4"), from: s });
  }
  return out;
}
function isIngressRule(r) {
  const type = text2(r, "type");
  return type.state !== "known" || type.value === "ingress";
}
function securityGroupIngress(r, ctx) {
  const list3 = blocks(r, "ingress");
  if (list3 === "unknown") {
    return { evaluation: "union", rules: [], complete: separateRules(r, ctx).length > 0 };
  }
  return { evaluation: "union", rules: list3.map((_, i) => readRule(r, { prefix: `ingress[${i}].`, ...SG_INLINE }, `ingress[${i}].cidr_blocks`)), complete: true };
}
var securityGroupRule = (r) => {
  if (!isIngressRule(r)) return void 0;
  return { evaluation: "union", rules: [readRule(r, SG_RULE, "cidr_blocks")], complete: true };
};
var vpcIngressRule = (r) => ({ evaluation: "union", rules: [readRule(r, VPC_INGRESS_RULE, "cidr_ipv4")], complete: true });
var networkAcl = (r) => {
  const list3 = blocks(r, "ingress");
  if (list3 === "unknown") return { evaluation: "priority", rules: [], complete: false, stateless: true };
  return {
    evaluation: "priority",
    rules: list3.map((_, i) => readRule(r, { prefix: `ingress[${i}].`, ...NACL_INLINE }, `ingress[${i}].cidr_block`)),
    complete: true,
    stateless: true
  };
};
var networkAclRule = (r, ctx) => {
  if (setting(r, "egress").value === true) return void 0;
  const own2 = readRule(r, NACL_RULE, "cidr_block");
  const acl = ctx.links.targets(r, "network_acl_id", ["aws_network_acl"])[0];
  const siblings = acl ? ctx.links.sources(acl, "aws_network_acl_rule", "network_acl_id").filter((s) => s !== r && setting(s, "egress").value !== true).map((s) => ({ s, rule: readRule(s, NACL_RULE, "cidr_block") })).filter(({ rule }) => rule.action === "deny" && (rule.priority ?? Infinity) < (own2.priority ?? 0)).map(({ s, rule }) => ({ ...rule, evidence: { ...rule.evidence, from: s.address } })) : [];
  return { evaluation: "priority", rules: [...siblings, own2], complete: true, stateless: true };
};
var networkTable = {
  ingress: {
    aws_security_group: securityGroupIngress,
    // The VPC's default group, adopted by Terraform: same inline `ingress` as any group.
    aws_default_security_group: securityGroupIngress,
    aws_security_group_rule: securityGroupRule,
    aws_vpc_security_group_ingress_rule: vpcIngressRule,
    aws_network_acl: networkAcl,
    aws_default_network_acl: networkAcl,
    aws_network_acl_rule: networkAclRule
  }
};

// providers/aws/knowledge/engines.ts
var ENGINE_PORTS = [
  [/postgres/, 5432],
  [/^(aurora|aurora-mysql|mysql|mariadb)$/, 3306],
  [/^oracle/, 1521],
  [/^sqlserver/, 1433],
  [/^db2/, 5e4],
  [/^docdb/, 27017],
  [/^neptune/, 8182],
  [/^redshift/, 5439]
];
function enginePort(engine) {
  return ENGINE_PORTS.find(([re]) => re.test(engine))?.[1];
}

// providers/aws/plan/endpoints.ts
function listenerPort(r) {
  const port = numberOf(setting(r, "port"));
  if (port !== void 0) return port;
  const engine = text2(r, "engine");
  if (engine.state !== "known") return void 0;
  return enginePort(String(engine.value));
}
function reachesPort(rule, port) {
  if (!coversTcp(rule.protocol)) return false;
  if (rule.ports === "unknown") return "unknown";
  return port === void 0 || portsCover(rule.ports, port);
}
function networksFromGroups(ctx, holder, path, port) {
  const ids = setting(holder, path);
  const from = holder.address;
  if (ids.state === "unset" || ids.state === "known" && strings(ids).length === 0) {
    return { networks: "unknown", evidence: [{ path, from, value: null, note: "no security group set: the VPC's default group applies" }] };
  }
  const { targets, complete } = resolveAll(ctx, holder, path, ["aws_security_group"]);
  if (!complete) return { networks: "unknown", evidence: [{ path, from, note: "security groups not all in this plan" }] };
  const networks = /* @__PURE__ */ new Set();
  const ev2 = [];
  for (const sg of targets) {
    const inline = securityGroupIngress(sg, ctx);
    if (!inline.complete) return { networks: "unknown", evidence: [{ path: "ingress", from: sg.address, note: "rules known after apply" }] };
    const rules = [...inline.rules.map((rule) => ({ rule, from: sg })), ...separateRules(sg, ctx)];
    for (const { rule, from: owner } of rules) {
      const reaches = reachesPort(rule, port);
      if (reaches === false) continue;
      if (reaches === "unknown" || rule.sources === "unknown") return { networks: "unknown", evidence: [{ ...rule.evidence, from: owner.address, note: "rule known after apply" }] };
      if (rule.sources.length === 0) continue;
      rule.sources.forEach((s) => networks.add(s));
      ev2.push({ ...rule.evidence, from: owner.address });
    }
  }
  return { networks: [...networks], evidence: ev2 };
}
function publiclyAccessible(spec) {
  return (r, ctx) => {
    const f = flag(r, "publicly_accessible");
    const publicAccess = f.truth === "unset" ? spec.whenUnset : f.truth;
    const base = { kind: spec.kind, label: spec.label, publicAccess, publicAddress: true };
    const ev2 = [evidence(r, f.attr)];
    if (publicAccess === "no") return { ...base, allowedNetworks: [], evidence: ev2 };
    if (publicAccess === "unknown") return { ...base, allowedNetworks: "unknown", evidence: ev2, settle: "the `publicly_accessible` setting once applied" };
    const holder = spec.groupsHolder ? spec.groupsHolder(r, ctx) : r;
    if (!holder) {
      return { ...base, allowedNetworks: "unknown", evidence: ev2, settle: "the security groups of the cluster this instance belongs to" };
    }
    const n = networksFromGroups(ctx, holder, "vpc_security_group_ids", listenerPort(holder) ?? listenerPort(r));
    return {
      ...base,
      allowedNetworks: n.networks,
      evidence: [...ev2, ...n.evidence],
      ...n.networks === "unknown" ? { settle: "the inbound rules of the security groups attached to the endpoint" } : {}
    };
  };
}
var eksCluster = (r) => {
  const base = { kind: "kubernetes-api", label: "EKS cluster API endpoint" };
  const pub = flag(r, "vpc_config[0].endpoint_public_access");
  const publicAccess = pub.truth === "unset" ? "yes" : pub.truth;
  const ev2 = [evidence(r, pub.attr)];
  if (publicAccess === "no") return { ...base, publicAccess, allowedNetworks: [], evidence: ev2 };
  if (publicAccess === "unknown") return { ...base, publicAccess, allowedNetworks: "unknown", evidence: ev2, settle: "the `endpoint_public_access` setting once applied" };
  const cidrs = setting(r, "vpc_config[0].public_access_cidrs");
  if (cidrs.state === "unknown") {
    return { ...base, publicAccess, allowedNetworks: "unknown", evidence: [...ev2, evidence(r, cidrs)], settle: "the `public_access_cidrs` of the cluster once applied" };
  }
  if (cidrs.state === "unset") {
    return { ...base, publicAccess, allowedNetworks: "any", evidence: [...ev2, { path: cidrs.path, value: null, note: "not set: AWS allows 0.0.0.0/0" }] };
  }
  const list3 = strings(cidrs);
  const any = list3.includes("0.0.0.0/0") || list3.includes("::/0");
  return { ...base, publicAccess, allowedNetworks: any ? "any" : list3, evidence: [...ev2, { path: cidrs.path, value: list3.join(", ") }] };
};
function searchDomain(label) {
  return (r) => {
    const base = { kind: "database", label };
    const vpc3 = blocks(r, "vpc_options");
    if (vpc3 === "unknown") return { ...base, publicAccess: "unknown", allowedNetworks: "unknown", evidence: [{ path: "vpc_options", note: "known after apply" }] };
    const subnets = setting(r, "vpc_options[0].subnet_ids");
    if (vpc3.length > 0 && subnets.state === "unknown") {
      return { ...base, publicAccess: "unknown", allowedNetworks: "unknown", evidence: [evidence(r, subnets)], settle: "the VPC placement of the domain once applied" };
    }
    if (vpc3.length > 0 && strings(subnets).length > 0) return { ...base, publicAccess: "no", allowedNetworks: [], evidence: [{ path: "vpc_options[0].subnet_ids", note: "VPC endpoint" }] };
    return {
      ...base,
      publicAccess: "yes",
      allowedNetworks: "unknown",
      evidence: [{ path: "vpc_options", value: null, note: "no VPC: public endpoint" }],
      settle: "the domain access policy (aws:SourceIp conditions) or fine-grained access control"
    };
  };
}
var endpointsTable = {
  adminEndpoint: {
    aws_eks_cluster: eksCluster,
    // RDS: `publicly_accessible` defaults to false.
    aws_db_instance: publiclyAccessible({ kind: "database", label: "RDS instance", whenUnset: "no" }),
    aws_rds_cluster_instance: publiclyAccessible({
      kind: "database",
      label: "RDS cluster instance",
      whenUnset: "no",
      groupsHolder: (r, ctx) => ctx.links.targets(r, "cluster_identifier", ["aws_rds_cluster"])[0]
    }),
    // Redshift: the plan carries the provider default (true in provider 5, false in provider 6).
    aws_redshift_cluster: publiclyAccessible({ kind: "database", label: "Redshift cluster", whenUnset: "unknown" }),
    // DMS: computed; the API makes replication instances public unless told otherwise.
    aws_dms_replication_instance: publiclyAccessible({ kind: "management", label: "DMS replication instance", whenUnset: "yes" }),
    aws_opensearch_domain: searchDomain("OpenSearch domain"),
    aws_elasticsearch_domain: searchDomain("Elasticsearch domain")
  }
};

// providers/aws/knowledge/iam-policy.ts
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
    notPrincipal: s.NotPrincipal,
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
      if (k.toLowerCase() === key) for (const x of Array.isArray(v) ? v : [v]) out.push(String(x).toLowerCase());
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
function roleIdentity(rights, statements, how) {
  if (!statements) {
    return {
      admin: rights.admin,
      humanAccess: "unknown",
      mfa: "unknown",
      evidence: [...rights.evidence, { path: how.trustPath, note: how.unread.note }],
      settle: rights.admin === "unknown" ? how.adminSettle : how.unread.settle
    };
  }
  const trust = readTrust(statements);
  return {
    admin: rights.admin,
    humanAccess: trust.humanAccess,
    mfa: trust.mfa,
    evidence: [...rights.evidence, { path: how.trustPath, note: trust.notes.join("; ") || "no statement lets anyone assume the role" }],
    settle: rights.admin === "unknown" ? how.adminSettle : trust.settle ?? "who assumes the role, and whether they sign in with MFA"
  };
}

// providers/aws/plan/identity.ts
function unknownGrant(evidence2) {
  return { admin: "unknown", mfaDeny: "unknown", evidence: evidence2 };
}
function documentGrant(holder, path) {
  const doc = setting(holder, path);
  if (doc.state !== "known") return unknownGrant(fromResource(holder, path, "policy document known after apply"));
  const statements = parsePolicy(doc.value);
  if (!statements) return unknownGrant(fromResource(holder, path, "policy document could not be read"));
  const admin = grantsAdmin(statements);
  const mfaDeny = deniesWithoutMfa(statements);
  const note = [admin ? "allows * (or iam:*) on all resources" : "", mfaDeny ? "denies actions without MFA" : ""].filter(Boolean).join("; ");
  return { admin: admin ? "yes" : "no", mfaDeny: mfaDeny ? "yes" : "no", evidence: fromResource(holder, path, note || void 0) };
}
function arnGrants(ctx, holder, path) {
  const a = setting(holder, path);
  if (a.state === "unset") return [];
  if (a.state === "known") {
    const policies = ctx.links.targets(holder, path, ["aws_iam_policy"]);
    return strings(a).map((arn) => {
      if (AWS_MANAGED_POLICY.test(arn)) {
        const admin = managedPolicyIsAdmin(arn);
        return { admin: admin ? "yes" : "no", mfaDeny: "no", evidence: evidenceAt(path, arn, { safe: true, from: holder.address, ...admin ? { note: "AWS managed administrator policy" } : {} }) };
      }
      const policy = policies.find((p) => p.values.arn === arn);
      return policy ? documentGrant(policy, "policy") : unknownGrant(fromResource(holder, path, "customer managed policy not in this plan"));
    });
  }
  const { targets, complete } = resolveAll(ctx, holder, path, ["aws_iam_policy"]);
  const grants = targets.map((p) => documentGrant(p, "policy"));
  if (!complete) grants.push(unknownGrant(fromResource(holder, path, "policy ARN known after apply")));
  return grants;
}
var USER_POLICIES = { attachment: "aws_iam_user_policy_attachment", inline: "aws_iam_user_policy", path: "user", shared: "users" };
var GROUP_POLICIES = { attachment: "aws_iam_group_policy_attachment", inline: "aws_iam_group_policy", path: "group", shared: "groups" };
var ROLE_POLICIES = { attachment: "aws_iam_role_policy_attachment", inline: "aws_iam_role_policy", path: "role", shared: "roles" };
function attached(ctx, principal, kind) {
  return [
    ...ctx.links.sources(principal, kind.attachment, kind.path).flatMap((a) => arnGrants(ctx, a, "policy_arn")),
    ...ctx.links.sources(principal, kind.inline, kind.path).map((p) => documentGrant(p, "policy")),
    ...ctx.links.sources(principal, "aws_iam_policy_attachment", kind.shared).flatMap((a) => arnGrants(ctx, a, "policy_arn"))
  ];
}
function groupGrants(ctx, group3) {
  return attached(ctx, group3, GROUP_POLICIES);
}
function groupsOf(ctx, user3) {
  const groups = /* @__PURE__ */ new Set();
  const unseen = [];
  const memberships = [
    ...ctx.links.sources(user3, "aws_iam_user_group_membership", "user").map((m) => [m, "groups"]),
    ...ctx.links.sources(user3, "aws_iam_group_membership", "users").map((m) => [m, "group"])
  ];
  for (const [m, path] of memberships) {
    const { targets, complete } = resolveAll(ctx, m, path, ["aws_iam_group"]);
    targets.forEach((g) => groups.add(g));
    if (!complete) unseen.push(unknownGrant(fromResource(m, path, "group not in this plan: its policies are not visible")));
  }
  return { groups: [...groups], unseen };
}
function membersOf(ctx, group3) {
  return [
    ...ctx.links.sources(group3, "aws_iam_user_group_membership", "groups").flatMap((m) => ctx.links.targets(m, "user", ["aws_iam_user"])),
    ...ctx.links.sources(group3, "aws_iam_group_membership", "group").flatMap((m) => ctx.links.targets(m, "users", ["aws_iam_user"]))
  ];
}
function loginProfile(ctx, user3) {
  return ctx.links.sources(user3, "aws_iam_user_login_profile", "user")[0];
}
function summarise(grants) {
  const admin = anyOf(grants.map((g) => g.admin));
  const deny = anyOf(grants.map((g) => g.mfaDeny));
  const mfa = deny === "yes" ? "enforced" : deny === "unknown" ? "unknown" : "absent";
  const evidence2 = grants.filter((g) => g.admin !== "no" || g.mfaDeny !== "no").map((g) => g.evidence);
  return { admin, mfa, evidence: evidence2 };
}
function principalName(r) {
  const name = text2(r, "name");
  return name.state === "known" ? String(name.value) : void 0;
}
function facet(kind, r, parts) {
  const principal = principalName(r);
  const out = { principalKind: kind, ...principal ? { principal } : {}, ...parts };
  if (!out.settle) delete out.settle;
  return out;
}
var ADMIN_SETTLE = "the policy documents attached to the principal (directly or through its groups) once applied";
var user = (r, ctx) => {
  const { groups, unseen } = groupsOf(ctx, r);
  const grants = [
    ...attached(ctx, r, USER_POLICIES),
    ...groups.flatMap((g) => groupGrants(ctx, g)),
    ...unseen
  ];
  const s = summarise(grants);
  const profile = loginProfile(ctx, r);
  const evidence2 = profile ? [...s.evidence, fromResource(profile, "user", "console password (login profile)")] : s.evidence;
  return facet("user", r, {
    admin: s.admin,
    humanAccess: profile ? "yes" : "unknown",
    mfa: s.mfa,
    evidence: evidence2,
    settle: s.admin === "unknown" ? ADMIN_SETTLE : profile ? "proof that MFA is enforced for this user" : "the IAM credential report (password_enabled, mfa_active) for this user"
  });
};
var group = (r, ctx) => {
  const s = summarise(groupGrants(ctx, r));
  const withConsole = membersOf(ctx, r).map((u) => loginProfile(ctx, u)).find((p) => p !== void 0);
  return facet("group", r, {
    admin: s.admin,
    humanAccess: withConsole ? "yes" : "unknown",
    mfa: s.mfa,
    evidence: withConsole ? [...s.evidence, fromResource(withConsole, "user", "a member has a console password")] : s.evidence,
    settle: s.admin === "unknown" ? ADMIN_SETTLE : "which members of the group sign in to the console (IAM credential report)"
  });
};
var role = (r, ctx) => {
  const inline = settingBlocks(r, "inline_policy");
  const grants = [
    ...attached(ctx, r, ROLE_POLICIES),
    ...arnGrants(ctx, r, "managed_policy_arns"),
    ...inline === "unknown" ? [unknownGrant({ path: "inline_policy", note: "known after apply" })] : inline.map((_, i) => documentGrant(r, `inline_policy[${i}].policy`))
  ].map((g) => g.evidence.from === r.address ? { ...g, evidence: withoutSelf(g.evidence) } : g);
  const s = summarise(grants);
  const trustDoc = setting(r, "assume_role_policy");
  const statements = trustDoc.state === "known" ? parsePolicy(trustDoc.value) : void 0;
  return facet(
    "role",
    r,
    roleIdentity(s, statements, {
      trustPath: "assume_role_policy",
      unread: { note: trustDoc.state === "known" ? "trust policy could not be read" : "known after apply", settle: "the trust policy of the role once applied" },
      adminSettle: ADMIN_SETTLE
    })
  );
};
function withoutSelf(e) {
  const { from: _from, ...rest } = e;
  return rest;
}
var identityTable = {
  identity: {
    aws_iam_user: user,
    aws_iam_group: group,
    aws_iam_role: role
  }
};

// providers/aws/plan/key-rotation.ts
function rotationOf(r, label, from) {
  const opts = from ? { from } : {};
  const usage = text2(r, "key_usage");
  const spec = text2(r, "customer_master_key_spec");
  const symmetric = (usage.state === "unset" || usage.value === "ENCRYPT_DECRYPT") && (spec.state === "unset" || spec.value === "SYMMETRIC_DEFAULT");
  if (usage.state === "unknown" || spec.state === "unknown") {
    return { label, rotation: "unknown", evidence: [evidence(r, usage, { safe: true, ...opts }), evidence(r, spec, { safe: true, ...opts })] };
  }
  if (!symmetric) {
    return { label, rotation: "not-applicable", evidence: [evidence(r, spec, { safe: true, ...opts, note: "asymmetric and HMAC keys cannot rotate automatically" })] };
  }
  const enabled = flag(r, "enable_key_rotation");
  const ev2 = [evidence(r, enabled.attr, opts)];
  if (enabled.truth === "unknown") return { label, rotation: "unknown", evidence: ev2 };
  if (enabled.truth !== "yes") return { label, rotation: "no", evidence: [{ ...ev2[0], note: enabled.truth === "unset" ? "not set: automatic rotation is off" : "automatic rotation is off" }] };
  const period = setting(r, "rotation_period_in_days");
  if (period.state === "unknown") return { label, rotation: "yes", rotationDays: "unknown", evidence: [...ev2, evidence(r, period, opts)] };
  const days = period.state === "unset" ? 365 : numberOf(period);
  return {
    label,
    rotation: "yes",
    rotationDays: days ?? "unknown",
    evidence: [...ev2, period.state === "unset" ? { path: "rotation_period_in_days", value: null, note: "not set: every 365 days", ...from ? { from: from.address } : {} } : evidence(r, period, opts)]
  };
}
var kmsKey = (r) => rotationOf(r, "KMS key");
var replicaKey = (r, ctx) => {
  const primary2 = ctx.links.targets(r, "primary_key_arn", ["aws_kms_key"])[0];
  if (primary2) return rotationOf(primary2, "KMS replica key", primary2);
  return { label: "KMS replica key", rotation: "unknown", evidence: [{ path: "primary_key_arn", note: "primary key not in this plan: its rotation is the replica's" }] };
};
var externalKey = () => ({
  label: "KMS key with imported material",
  rotation: "not-applicable",
  evidence: [{ path: "key_material_base64", note: "imported key material cannot rotate automatically: rotate it by importing new material into a new key" }]
});
var keyRotationTable = {
  key: {
    aws_kms_key: kmsKey,
    aws_kms_replica_key: replicaKey,
    aws_kms_external_key: externalKey,
    aws_kms_replica_external_key: externalKey
  }
};

// providers/aws/plan/region.ts
var ARN_REGION2 = /^arn:aws[a-z-]*:[^:]+:([a-z]{2}(?:-[a-z]+)+-\d+):/;
var AVAILABILITY_ZONE = /^([a-z]{2}(?:-[a-z]+)+-\d+)[a-z]$/;
function locate(r) {
  const own2 = setting(r, "region");
  if (own2.state === "known" && typeof own2.value === "string" && own2.value !== "") {
    return { region: own2.value, evidence: evidenceAt("region", own2.value, { safe: true }) };
  }
  if (own2.state === "unknown") return { region: void 0, evidence: { path: "region", note: "known after apply" } };
  if (r.providerRegion) {
    return { region: r.providerRegion, evidence: evidenceAt("provider.region", r.providerRegion, { safe: true, note: "region of the provider configuration" }) };
  }
  const arn = text2(r, "arn");
  const fromArn = arn.state === "known" ? ARN_REGION2.exec(String(arn.value))?.[1] : void 0;
  if (fromArn) return { region: fromArn, evidence: evidenceAt("arn", fromArn, { safe: true, note: "region taken from the ARN" }) };
  const az = text2(r, "availability_zone");
  const fromAz = az.state === "known" ? AVAILABILITY_ZONE.exec(String(az.value))?.[1] : void 0;
  if (fromAz) return { region: fromAz, evidence: evidenceAt("availability_zone", String(az.value), { safe: true }) };
  return { region: void 0, evidence: { path: "provider.region", note: "the provider region is not a constant or a root-module variable" } };
}
function regionOf(r) {
  return locate(r).region;
}
function arnRegion2(arn) {
  return ARN_REGION2.exec(arn)?.[1];
}

// providers/aws/plan/locations.ts
var CONTROL_PLANE_PREFIXES = [
  "aws_iam_",
  "aws_security_group",
  "aws_vpc_security_group_",
  "aws_default_security_group",
  "aws_network_acl",
  "aws_default_network_acl",
  "aws_vpc_",
  // endpoints, peering, DHCP options, IPAM, CIDR associations
  "aws_default_vpc",
  "aws_subnet",
  "aws_default_subnet",
  "aws_route",
  // routes, route tables and Route 53
  "aws_default_route_table",
  "aws_main_route_table_association",
  "aws_internet_gateway",
  "aws_egress_only_internet_gateway",
  "aws_nat_gateway",
  "aws_vpn_",
  "aws_customer_gateway",
  "aws_ec2_transit_gateway",
  "aws_dx_",
  "aws_eip",
  "aws_network_interface",
  "aws_kms_grant",
  "aws_cloudfront_",
  // global edge network: no region to judge
  "aws_organizations_",
  "aws_account_",
  "aws_ebs_encryption_by_default",
  "aws_ebs_default_kms_key",
  "aws_s3_account_public_access_block",
  "aws_s3_bucket_",
  // bucket settings; the bucket carries the locations (objects are below)
  "aws_key_pair",
  "aws_placement_group",
  "aws_backup_selection",
  "aws_backup_vault_",
  // vault notifications and lock settings
  "aws_lb_listener",
  "aws_lb_target_group",
  "aws_alb_listener",
  "aws_alb_target_group",
  "aws_api_gateway_",
  // methods, integrations, deployments…; the REST API itself is kept below
  "aws_apigatewayv2_",
  // routes, integrations…; the API itself is kept below
  "aws_appautoscaling_",
  "aws_budgets_",
  "aws_eks_access_"
  // access entries and policy associations: IAM for Kubernetes
];
var CONTROL_PLANE_TYPES = /* @__PURE__ */ new Set(["aws_vpc"]);
var CONTROL_PLANE_SUFFIXES = [
  "_policy",
  "_attachment",
  "_association",
  "_permission",
  "_public_access_block",
  "_alias",
  "_tag",
  "_validation",
  "_parameter_group",
  "_option_group",
  "_subnet_group",
  "_security_group",
  "_event_source_mapping",
  "_metric_alarm",
  "_dashboard"
];
var DATA_EXCEPTIONS = /* @__PURE__ */ new Set(["aws_s3_bucket_object", "aws_api_gateway_rest_api", "aws_api_gateway_stage", "aws_apigatewayv2_api", "aws_apigatewayv2_stage"]);
var holdsData = memoize((type) => {
  if (DATA_EXCEPTIONS.has(type)) return true;
  if (CONTROL_PLANE_TYPES.has(type)) return false;
  return !CONTROL_PLANE_PREFIXES.some((p) => type.startsWith(p)) && !CONTROL_PLANE_SUFFIXES.some((s) => type.endsWith(s));
});
function own(r, role3 = "primary") {
  const { region, evidence: ev2 } = locate(r);
  return { region, role: role3, evidence: ev2 };
}
var primary = (r) => holdsData(r.type) ? { locations: [own(r)] } : void 0;
function copyAt(ctx, r, path, types, role3) {
  const target = ctx.links.targets(r, path, types)[0];
  if (target) {
    const where = locate(target);
    const ev2 = { path, from: target.address, note: `destination located by its ${where.evidence.path}` };
    if (where.region) ev2.value = where.region;
    return { region: where.region, role: role3, evidence: ev2 };
  }
  return { region: void 0, role: role3, evidence: { path, from: r.address, note: "destination not in this plan" } };
}
function replicationCopies(bucket5, ctx) {
  const out = [];
  for (const cfg of bucketConfigs(ctx, bucket5, "aws_s3_bucket_replication_configuration")) {
    const rules = blocks(cfg, "rule");
    if (rules === "unknown") {
      out.push({ region: void 0, role: "replica", evidence: { path: "rule", from: cfg.address, note: "known after apply" } });
      continue;
    }
    rules.forEach((rule, i) => {
      if (rule.status === "Disabled") return;
      out.push(copyAt(ctx, cfg, `rule[${i}].destination[0].bucket`, ["aws_s3_bucket"], "replica"));
    });
  }
  const inline = blocks(bucket5, "replication_configuration[0].rules");
  if (inline !== "unknown") {
    inline.forEach((rule, i) => {
      if (rule.status === "Disabled") return;
      out.push(copyAt(ctx, bucket5, `replication_configuration[0].rules[${i}].destination[0].bucket`, ["aws_s3_bucket"], "replica"));
    });
  }
  return out;
}
var bucket = (r, ctx) => ({ locations: [own(r), ...replicationCopies(r, ctx)] });
var dynamodbTable2 = (r) => {
  const locations = [own(r)];
  const replicas = blocks(r, "replica");
  if (replicas === "unknown") locations.push({ region: void 0, role: "replica", evidence: { path: "replica", note: "known after apply" } });
  else replicas.forEach((_, i) => locations.push(regionAttr(r, `replica[${i}].region_name`, "replica")));
  return { locations };
};
function regionAttr(r, path, role3) {
  const a = text2(r, path);
  return { region: a.state === "known" ? String(a.value) : void 0, role: role3, evidence: evidence(r, a, { safe: true }) };
}
var backupPlan = (r, ctx) => {
  const locations = [];
  const rules = blocks(r, "rule");
  if (rules === "unknown") return { locations: [{ region: void 0, role: "backup", evidence: { path: "rule", note: "known after apply" } }] };
  rules.forEach((rule, i) => {
    const copies = Array.isArray(rule.copy_action) ? rule.copy_action : [];
    copies.forEach((_, j) => {
      const path = `rule[${i}].copy_action[${j}].destination_vault_arn`;
      const arn = text2(r, path);
      const region = arn.state === "known" ? arnRegion2(String(arn.value)) : void 0;
      if (region) locations.push({ region, role: "backup", evidence: evidenceAt(path, region, { safe: true, note: "region of the destination vault ARN" }) });
      else locations.push(copyAt(ctx, r, path, ["aws_backup_vault"], "backup"));
    });
  });
  return { locations };
};
var redshiftCluster = (r) => {
  const locations = [own(r)];
  const copies = blocks(r, "snapshot_copy");
  if (copies !== "unknown") copies.forEach((_, i) => locations.push(regionAttr(r, `snapshot_copy[${i}].destination_region`, "backup")));
  return { locations };
};
var locationsTable = {
  dataLocations: {
    "*": primary,
    aws_s3_bucket: bucket,
    aws_dynamodb_table: dynamodbTable2,
    aws_dynamodb_table_replica: (r) => ({ locations: [own(r, "replica")] }),
    aws_backup_plan: backupPlan,
    // Created with a provider in the destination region: its own region is where the copies are.
    aws_db_instance_automated_backups_replication: (r) => ({ locations: [own(r, "backup")] }),
    aws_redshift_cluster: redshiftCluster,
    aws_redshift_snapshot_copy: (r) => ({ locations: [regionAttr(r, "destination_region", "backup")] })
  }
};

// providers/aws/plan/log-protection.ts
function bucketObjectLock(bucket5, ctx) {
  const enabled = flag(bucket5, "object_lock_enabled");
  const inlineBlock = settingBlocks(bucket5, "object_lock_configuration");
  const inlineEnabled = inlineBlock !== "unknown" && inlineBlock.length > 0 ? text2(bucket5, "object_lock_configuration[0].object_lock_enabled") : void 0;
  const on = enabled.truth === "yes" || inlineEnabled?.state === "known" && inlineEnabled.value === "Enabled" ? "yes" : enabled.truth === "unknown" || inlineBlock === "unknown" ? "unknown" : "no";
  const ev2 = [{ ...evidence(bucket5, enabled.attr), from: bucket5.address }];
  if (on !== "yes") return { truth: on, evidence: on === "no" ? [{ path: "object_lock_enabled", from: bucket5.address, value: null, note: "Object Lock is not enabled on the bucket" }] : ev2 };
  const configs = ctx.links.sources(bucket5, "aws_s3_bucket_object_lock_configuration", "bucket");
  const candidates = configs.map((c) => ({ holder: c, prefix: "rule[0].default_retention[0]" }));
  if (inlineEnabled) candidates.push({ holder: bucket5, prefix: "object_lock_configuration[0].rule[0].default_retention[0]" });
  let unknown;
  for (const { holder, prefix } of candidates) {
    const mode = text2(holder, `${prefix}.mode`);
    const days = setting(holder, `${prefix}.days`);
    const years = setting(holder, `${prefix}.years`);
    if (mode.state === "unknown" || days.state === "unknown" || years.state === "unknown") {
      unknown = fromResource(holder, prefix, "default retention known after apply");
      continue;
    }
    if (mode.state === "known" && (days.state === "known" || years.state === "known")) {
      return {
        truth: "yes",
        evidence: [...ev2, evidenceAt(`${prefix}.mode`, String(mode.value), { safe: true, from: holder.address, note: mode.value === "GOVERNANCE" ? "default retention in governance mode" : "default retention in compliance mode" })]
      };
    }
  }
  if (unknown) return { truth: "unknown", evidence: [...ev2, unknown] };
  return { truth: "no", evidence: [...ev2, { path: "rule[0].default_retention", from: bucket5.address, value: null, note: "Object Lock is on but no default retention protects new log files" }] };
}
var trail = (r, ctx) => {
  const label = "CloudTrail trail";
  const validation = flag(r, "enable_log_file_validation");
  const key = keyOwner(r, ctx, "kms_key_id");
  const encrypted = key.key === "none" ? "no" : key.key === "unknown" ? "unknown" : "yes";
  const keyEvidence = key.key === "none" ? { path: "kms_key_id", value: null, note: "no KMS key: the logs have only the bucket's default SSE-S3 encryption" } : key.evidence;
  const bucket5 = ctx.links.targets(r, "s3_bucket_name", ["aws_s3_bucket"])[0];
  const lock = bucket5 ? bucketObjectLock(bucket5, ctx) : { truth: "unknown", evidence: [{ path: "s3_bucket_name", note: "bucket not in this plan" }] };
  const out = {
    label,
    integrityValidation: validation.truth === "unset" ? "no" : validation.truth,
    encrypted,
    immutable: lock.truth,
    evidence: [evidence(r, validation.attr), keyEvidence, ...lock.evidence]
  };
  if (lock.truth === "unknown" || encrypted === "unknown" || out.integrityValidation === "unknown") {
    out.settle = lock.truth === "unknown" ? "the Object Lock configuration (default retention) of the S3 bucket the trail writes to" : "the log file validation and KMS key of the trail once applied";
  }
  return out;
};
var logProtectionTable = {
  logProtection: {
    aws_cloudtrail: trail
  }
};

// providers/aws/plan/logging.ts
var logGroup = (r) => {
  const days = setting(r, "retention_in_days");
  const base = { kind: "log-group", label: "CloudWatch log group", evidence: [evidence(r, days)] };
  if (days.state === "unknown") return { ...base, retentionDays: "unknown", settle: "the `retention_in_days` of the log group once applied" };
  const n = numberOf(days);
  if (days.state === "known" && (n === void 0 || !Number.isFinite(n))) return { ...base, retentionDays: "unknown", settle: "a `retention_in_days` that is a number of days" };
  return { ...base, retentionDays: n === void 0 || n === 0 ? "forever" : n };
};
function expiryOf(r, path) {
  const exp = settingBlocks(r, path);
  if (exp === "unknown") return "unknown";
  const first2 = exp[0];
  if (!first2) return void 0;
  const days = setting(r, `${path}[0].days`);
  if (days.state === "unknown") return "unknown";
  if (typeof days.value === "number" && days.value > 0) return days.value;
  const date = text2(r, `${path}[0].date`);
  return date.state === "unset" ? void 0 : "unknown";
}
function configurationRules(cfg) {
  const rules = settingBlocks(cfg, "rule");
  if (rules === "unknown") return "unknown";
  return rules.map((_, i) => {
    const p = `rule[${i}]`;
    const status = text2(cfg, `${p}.status`);
    const prefixAttr = firstKnown(cfg, [`${p}.filter[0].prefix`, `${p}.filter[0].and[0].prefix`, `${p}.prefix`]);
    const tagged = hasEntries(setting(cfg, `${p}.filter[0].tag`).value) || hasEntries(setting(cfg, `${p}.filter[0].and[0].tags`).value);
    const days = expiryOf(cfg, `${p}.expiration`);
    return {
      enabled: status.state === "known" ? status.value === "Enabled" ? "yes" : "no" : "unknown",
      prefix: prefixAttr,
      tagged,
      days,
      evidence: { path: `${p}.expiration[0].days`, from: cfg.address, ...typeof days === "number" ? { value: days } : {} }
    };
  });
}
function inlineRules(bucket5) {
  const rules = settingBlocks(bucket5, "lifecycle_rule");
  if (rules === "unknown") return "unknown";
  return rules.map((_, i) => {
    const p = `lifecycle_rule[${i}]`;
    const enabled = flag(bucket5, `${p}.enabled`);
    const days = expiryOf(bucket5, `${p}.expiration`);
    return {
      enabled: enabled.truth === "unset" ? "unknown" : enabled.truth,
      prefix: firstKnown(bucket5, [`${p}.prefix`]),
      tagged: hasEntries(setting(bucket5, `${p}.tags`).value),
      days,
      evidence: { path: `${p}.expiration[0].days`, from: bucket5.address, ...typeof days === "number" ? { value: days } : {} }
    };
  });
}
function firstKnown(r, paths) {
  for (const path of paths) {
    const a = setting(r, path);
    if (a.state === "unknown") return void 0;
    if (a.state === "known" && typeof a.value === "string" && a.value !== "") return a.value;
  }
  return "";
}
function hasEntries(v) {
  if (Array.isArray(v)) return v.some((x) => x !== null && typeof x === "object" && Object.values(x).some((y) => y !== null && y !== ""));
  return v !== null && typeof v === "object" && Object.keys(v).length > 0;
}
function trailBucket(trail5, ctx) {
  const base = { kind: "trail-bucket", label: "CloudTrail trail bucket" };
  const bucket5 = ctx.links.targets(trail5, "s3_bucket_name", ["aws_s3_bucket"])[0];
  const nameAttr = setting(trail5, "s3_bucket_name");
  if (!bucket5) {
    return {
      ...base,
      retentionDays: "unknown",
      evidence: [evidence(trail5, nameAttr, { note: "bucket not in this plan" })],
      settle: "the lifecycle configuration of the S3 bucket the trail writes to"
    };
  }
  const configs = bucketConfigs(ctx, bucket5, "aws_s3_bucket_lifecycle_configuration");
  const ruleSets = configs.length ? configs.map(configurationRules) : [inlineRules(bucket5)];
  if (ruleSets.includes("unknown")) {
    return { ...base, retentionDays: "unknown", evidence: [{ path: "rule", from: (configs[0] ?? bucket5).address, note: "lifecycle rules known after apply" }], settle: "the lifecycle rules of the trail bucket once applied" };
  }
  const prefix = text2(trail5, "s3_key_prefix");
  const trailKey = prefix.state === "unknown" ? void 0 : prefix.state === "known" ? `${String(prefix.value)}/AWSLogs/` : "AWSLogs/";
  let definite = "forever";
  const definiteEvidence = [];
  const doubtful = [];
  for (const rule of ruleSets.flat()) {
    if (rule.enabled === "no" || rule.tagged || rule.days === void 0) continue;
    const applies = rule.prefix === void 0 ? "unknown" : rule.prefix === "" ? "yes" : trailKey === void 0 ? "unknown" : overlaps(trailKey, rule.prefix) ? "yes" : "no";
    if (applies === "no") continue;
    if (applies === "yes" && rule.enabled === "yes" && typeof rule.days === "number") {
      if (definite === "forever" || rule.days < definite) {
        definite = rule.days;
        definiteEvidence.splice(0, definiteEvidence.length, rule.evidence);
      }
    } else doubtful.push({ ...rule.evidence, note: "may apply to the trail logs" });
  }
  const shorterDoubt = doubtful.filter((e) => definite === "forever" || typeof e.value !== "number" || e.value < definite);
  const bucketEvidence = { path: "s3_bucket_name", from: bucket5.address, note: "trail bucket" };
  if (shorterDoubt.length) {
    return { ...base, retentionDays: "unknown", evidence: [bucketEvidence, ...definiteEvidence, ...shorterDoubt], settle: "which lifecycle rules of the trail bucket expire the trail logs" };
  }
  return {
    ...base,
    retentionDays: definite,
    evidence: definiteEvidence.length ? [bucketEvidence, ...definiteEvidence] : [bucketEvidence, { path: "lifecycle", from: bucket5.address, value: null, note: "no expiring lifecycle rule" }]
  };
}
function overlaps(a, b) {
  return a.startsWith(b) || b.startsWith(a);
}
var trail2 = (r) => {
  const multi = flag(r, "is_multi_region_trail");
  const validation = flag(r, "enable_log_file_validation");
  const coverage2 = coversAllServices(r);
  return {
    label: "CloudTrail trail",
    multiRegion: multi.truth === "unset" ? "no" : multi.truth,
    integrityValidation: validation.truth === "unset" ? "no" : validation.truth,
    coversAllServices: coverage2.truth,
    evidence: [evidence(r, multi.attr), evidence(r, validation.attr), ...coverage2.evidence]
  };
};
function coversAllServices(r) {
  const logging = flag(r, "enable_logging");
  const global = flag(r, "include_global_service_events");
  const ev2 = [evidence(r, logging.attr), evidence(r, global.attr)];
  const basics = [logging.truth === "unset" ? "yes" : logging.truth, global.truth === "unset" ? "yes" : global.truth];
  const selectors = managementSelected(r);
  const all = [...basics, selectors.truth];
  const truth = allOf(all);
  return { truth, evidence: [...ev2, ...selectors.evidence] };
}
function managementSelected(r) {
  const advanced = settingBlocks(r, "advanced_event_selector");
  if (advanced === "unknown") return { truth: "unknown", evidence: [{ path: "advanced_event_selector", note: "known after apply" }] };
  if (advanced.length > 0) {
    const verdicts2 = advanced.map((_, i) => advancedSelectsAllManagement(r, `advanced_event_selector[${i}]`));
    const truth2 = anyOf(verdicts2);
    return { truth: truth2, evidence: [{ path: "advanced_event_selector", note: truth2 === "yes" ? "selects all management events" : truth2 === "no" ? "no selector records all management events" : "selectors known after apply" }] };
  }
  const basic = settingBlocks(r, "event_selector");
  if (basic === "unknown") return { truth: "unknown", evidence: [{ path: "event_selector", note: "known after apply" }] };
  if (basic.length === 0) return { truth: "yes", evidence: [] };
  const verdicts = basic.map((_, i) => flag(r, `event_selector[${i}].include_management_events`));
  const truths = verdicts.map((v) => v.truth === "unset" ? "yes" : v.truth);
  const truth = anyOf(truths);
  return { truth, evidence: verdicts.map((v) => evidence(r, v.attr)) };
}
function advancedSelectsAllManagement(r, prefix) {
  const fields = settingBlocks(r, `${prefix}.field_selector`);
  if (fields === "unknown") return "unknown";
  let management = "no";
  let narrowed = false;
  for (let j = 0; j < fields.length; j++) {
    const field2 = text2(r, `${prefix}.field_selector[${j}].field`);
    if (field2.state !== "known") {
      management = "unknown";
      continue;
    }
    if (field2.value === "eventCategory") {
      const equals = setting(r, `${prefix}.field_selector[${j}].equals`);
      if (equals.state === "unknown") management = "unknown";
      else if (strings(equals).includes("Management") && management === "no") management = "yes";
    }
    if (field2.value === "eventSource") narrowed = true;
  }
  return management === "yes" && narrowed ? "no" : management;
}
var loggingTable = {
  logStore: {
    aws_cloudwatch_log_group: logGroup,
    aws_cloudtrail: (r, ctx) => trailBucket(r, ctx)
  },
  auditTrail: {
    aws_cloudtrail: trail2
  }
};

// providers/aws/plan/placement.ts
var DEFAULT_LOOKUP = /^data\.aws_(vpc|subnet|subnets|subnet_ids)\.[A-Za-z0-9_-]*default/;
function defaultResource(label) {
  return () => ({ label, isDefault: "yes", evidence: [{ path: "resource type", note: `the region's default ${label}, adopted by Terraform` }] });
}
function placedByDefault(label, paths, what) {
  return (r) => {
    const lookup = paths.flatMap((p) => referencesAt(r, p).map((ref) => ({ p, ref }))).find(({ ref }) => DEFAULT_LOOKUP.test(ref));
    if (lookup) {
      return {
        label,
        isDefault: "unknown",
        evidence: [{ path: lookup.p, note: `from ${lookup.ref.split(".").slice(0, 3).join(".")}, a lookup named for the default VPC` }]
      };
    }
    const attrs = paths.map((p) => setting(r, p));
    const set = attrs.filter((a) => a.state === "unknown" || a.state === "known" && !(Array.isArray(a.value) && a.value.length === 0) && a.value !== "");
    if (set.length) return void 0;
    return { label, isDefault: "yes", evidence: attrs.map((a, i) => ({ path: a.path, value: null, note: i === 0 ? `not set: ${what} in the region's default VPC` : "not set" })) };
  };
}
function subnetZones(ctx, holder, path) {
  const { length } = strings(setting(holder, path));
  const subnets = ctx.links.targets(holder, path, ["aws_subnet", "aws_default_subnet"]);
  if (subnets.length === 0 || length && subnets.length < length) return void 0;
  const zones2 = /* @__PURE__ */ new Set();
  for (const s of subnets) {
    const az = text2(s, "availability_zone");
    const id = text2(s, "availability_zone_id");
    const zone = az.state === "known" ? String(az.value) : id.state === "known" ? String(id.value) : void 0;
    if (!zone) return void 0;
    zones2.add(zone);
  }
  return zones2;
}
function zonesFacet(label, zones2, ev2) {
  return { label, multiZone: zones2 >= 2 ? "yes" : "no", evidence: ev2 };
}
var dbInstance2 = (r) => {
  const f = flag(r, "multi_az");
  const truth = f.truth === "unset" ? "no" : f.truth;
  return { label: "RDS instance", multiZone: truth, evidence: [evidence(r, f.attr, f.truth === "unset" ? { note: "not set: single zone" } : {})], ...truth === "unknown" ? { settle: "the `multi_az` setting once applied" } : {} };
};
var rdsCluster = (r, ctx) => {
  const label = "RDS cluster";
  const engine = text2(r, "engine");
  const klass = text2(r, "db_cluster_instance_class");
  if (klass.state === "known" && engine.state === "known" && !String(engine.value).startsWith("aurora")) {
    return { label, multiZone: "yes", evidence: [evidence(r, klass, { safe: true, note: "Multi-AZ DB cluster: a writer and two readers in three zones" })] };
  }
  const mode = text2(r, "engine_mode");
  if (mode.state === "known" && mode.value === "serverless") return { label, multiZone: "no", evidence: [evidence(r, mode, { safe: true, note: "Aurora Serverless v1 runs in one zone" })] };
  const instances = ctx.links.sources(r, "aws_rds_cluster_instance", "cluster_identifier");
  if (instances.length === 0) return { label, multiZone: "unknown", evidence: [{ path: "aws_rds_cluster_instance", value: null, note: "no cluster instance in this plan" }], settle: "the zones of the cluster instances" };
  if (instances.length === 1) return { label, multiZone: "no", evidence: [fromResource(instances[0], "cluster_identifier", "the only instance of the cluster")] };
  const zones2 = instances.map((i) => text2(i, "availability_zone"));
  const known = new Set(zones2.filter((z) => z.state === "known").map((z) => String(z.value)));
  const ev2 = instances.map((i, n) => ({ ...evidence(i, zones2[n], { safe: true }), from: i.address }));
  if (known.size >= 2) return { label, multiZone: "yes", evidence: ev2 };
  return { label, multiZone: "unknown", evidence: ev2, settle: "the availability zones AWS gives the cluster instances (set `availability_zone` on them to be sure)" };
};
var loadBalancer = (r) => {
  const label = "load balancer";
  const subnets = setting(r, "subnets");
  const mappings = settingBlocks(r, "subnet_mapping");
  if (subnets.state === "known" && strings(subnets).length > 0) return zonesFacet(label, strings(subnets).length, [{ path: "subnets", value: strings(subnets).length, note: "subnets (one per zone)" }]);
  if (mappings !== "unknown" && mappings.length > 0) return zonesFacet(label, mappings.length, [{ path: "subnet_mapping", value: mappings.length, note: "subnet mappings (one per zone)" }]);
  return { label, multiZone: "unknown", evidence: [evidence(r, subnets)], settle: "the subnets of the load balancer once applied" };
};
var cacheGroup = (r) => {
  const f = flag(r, "multi_az_enabled");
  const truth = f.truth === "unset" ? "no" : f.truth;
  return { label: "ElastiCache replication group", multiZone: truth, evidence: [evidence(r, f.attr)], ...truth === "unknown" ? { settle: "the `multi_az_enabled` setting once applied" } : {} };
};
var autoscalingGroup = (r, ctx) => {
  const label = "Auto Scaling group";
  const azs = setting(r, "availability_zones");
  if (azs.state === "known" && strings(azs).length > 0) return zonesFacet(label, new Set(strings(azs)).size, [{ path: "availability_zones", value: strings(azs).length }]);
  const subnets = setting(r, "vpc_zone_identifier");
  const zones2 = subnetZones(ctx, r, "vpc_zone_identifier");
  if (zones2) return zonesFacet(label, zones2.size, [{ path: "vpc_zone_identifier", value: zones2.size, note: "zones of the subnets" }]);
  if (subnets.state === "known" && strings(subnets).length === 1) return zonesFacet(label, 1, [{ path: "vpc_zone_identifier", value: 1 }]);
  return { label, multiZone: "unknown", evidence: [evidence(r, subnets)], settle: "the availability zones of the group's subnets" };
};
var placementTable = {
  defaultNetwork: {
    aws_default_vpc: defaultResource("VPC"),
    aws_default_subnet: defaultResource("subnet"),
    aws_instance: placedByDefault("network of the EC2 instance", ["subnet_id", "network_interface", "launch_template"], "launched"),
    aws_security_group: placedByDefault("VPC of the security group", ["vpc_id"], "created"),
    aws_db_instance: placedByDefault("network of the RDS instance", ["db_subnet_group_name", "replicate_source_db"], "created")
  },
  availability: {
    aws_db_instance: dbInstance2,
    aws_rds_cluster: rdsCluster,
    aws_lb: loadBalancer,
    aws_alb: loadBalancer,
    aws_elasticache_replication_group: cacheGroup,
    aws_autoscaling_group: autoscalingGroup
  }
};

// providers/aws/plan/plaintext.ts
function facet2(found, unknownPaths) {
  const unique = /* @__PURE__ */ new Map();
  for (const h of found) unique.set(`${h.path}|${h.why}`, h);
  return { found: [...unique.values()], unknownPaths };
}
function scanVariables(r, path, found, unknownPaths) {
  const a = setting(r, path);
  if (a.state === "unknown") {
    unknownPaths.push(path);
    return;
  }
  if (a.state !== "known" || !isObject(a.value)) return;
  const values = a.value;
  for (const name of mapKeys(r, path)) {
    const value = values[name];
    const p = `${path}.${name}`;
    if (attr(r, p).state === "unknown") {
      const judged = judgeAfterApply(r, { entry: p, map: path }, name);
      if (judged === "unknown") unknownPaths.push(p);
      else if (judged !== "clear") found.push({ path: p, why: copiedWhy(judged.copiedFrom, false) });
      continue;
    }
    if (typeof value !== "string") continue;
    if (isSensitivePath(r, p) && value !== "" && !isReference(value)) {
      found.push({ path: p, why: "a value Terraform marks sensitive, stored in clear in the variable" });
      continue;
    }
    const hit = checkNamedValue(p, name, value);
    if (hit) found.push(hit);
  }
}
var lambdaFunction = (r) => {
  const found = [];
  const unknownPaths = [];
  scanVariables(r, "environment[0].variables", found, unknownPaths);
  return facet2(found, unknownPaths);
};
var ecsTaskDefinition = (r) => {
  const found = [];
  const unknownPaths = [];
  const defs = setting(r, "container_definitions");
  if (defs.state === "unknown") return facet2([], ["container_definitions"]);
  if (defs.state !== "known" || typeof defs.value !== "string") return facet2([], []);
  let containers;
  try {
    containers = JSON.parse(defs.value);
  } catch {
    return facet2([], ["container_definitions"]);
  }
  if (!Array.isArray(containers)) return facet2([], []);
  containers.forEach((c, i) => {
    if (!isObject(c) || !Array.isArray(c.environment)) return;
    for (const e of c.environment) {
      if (!isObject(e) || typeof e.name !== "string" || typeof e.value !== "string") continue;
      const hit = checkNamedValue(`container_definitions[${i}].environment[${e.name}]`, e.name, e.value);
      if (hit) found.push(hit);
    }
  });
  return facet2(found, unknownPaths);
};
function configuredLiteral(r, name) {
  const expr = r.config?.expressions?.[name];
  return isObject(expr) && typeof expr.constant_value === "string" ? expr.constant_value : void 0;
}
function scanUserData(r, found, unknownPaths, opts) {
  const a = setting(r, opts.path);
  if (a.state === "unset") return;
  let content;
  if (opts.planText && a.state === "known" && typeof a.value === "string") content = decodeUserData(a.value, { base64: opts.base64 });
  else {
    const literal = configuredLiteral(r, opts.path);
    if (literal !== void 0) content = decodeUserData(literal, { base64: opts.base64 });
  }
  if (content === void 0) {
    const judged = judgeAfterApply(r, { entry: opts.path }, void 0, true);
    if (judged === "unknown") unknownPaths.push(opts.path);
    else if (judged !== "clear") found.push({ path: opts.path, why: copiedWhy(judged.copiedFrom, true) });
    return;
  }
  for (const item of scanScript(opts.path, content, { lineNumbers: !isSensitivePath(r, opts.path) })) found.push(item);
}
var instance = (r) => {
  const found = [];
  const unknownPaths = [];
  scanUserData(r, found, unknownPaths, { path: "user_data", planText: false, base64: false });
  scanUserData(r, found, unknownPaths, { path: "user_data_base64", planText: true, base64: true });
  return facet2(found, unknownPaths);
};
var launchTemplate = (r) => {
  const found = [];
  const unknownPaths = [];
  scanUserData(r, found, unknownPaths, { path: "user_data", planText: true, base64: true });
  return facet2(found, unknownPaths);
};
var launchConfiguration = instance;
var ssmParameter = (r) => {
  const type = text2(r, "type");
  const name = text2(r, "name");
  if (type.state !== "known" || type.value === "SecureString" || name.state !== "known") return void 0;
  const last = String(name.value).split("/").pop() ?? "";
  const kind = secretKind(last);
  if (!kind) return facet2([], []);
  return facet2([{ path: "value", why: `${kind} in a parameter of type ${String(type.value)} (not SecureString)` }], []);
};
var plaintextTable = {
  plaintextSecrets: {
    aws_lambda_function: lambdaFunction,
    aws_ecs_task_definition: ecsTaskDefinition,
    aws_instance: instance,
    aws_launch_template: launchTemplate,
    aws_launch_configuration: launchConfiguration,
    aws_ssm_parameter: ssmParameter
  }
};

// providers/aws/knowledge/public-access.ts
var BLOCK_KEYS = ["blockPublicAcls", "ignorePublicAcls", "blockPublicPolicy", "restrictPublicBuckets"];
var NO_BLOCK = { blockPublicAcls: "no", ignorePublicAcls: "no", blockPublicPolicy: "no", restrictPublicBuckets: "no" };
var ALL_BLOCKED = { blockPublicAcls: "yes", ignorePublicAcls: "yes", blockPublicPolicy: "yes", restrictPublicBuckets: "yes" };
var UNKNOWN_BLOCK = { blockPublicAcls: "unknown", ignorePublicAcls: "unknown", blockPublicPolicy: "unknown", restrictPublicBuckets: "unknown" };
var PUBLIC_CANNED = /* @__PURE__ */ new Set(["public-read", "public-read-write", "authenticated-read"]);
function cannedAclIsPublic(acl) {
  return PUBLIC_CANNED.has(acl);
}
function granteeIsPublic(grantee) {
  return /(^|\/)(AllUsers|AuthenticatedUsers)$/.test(grantee);
}
var RESTRICTING_KEYS = /* @__PURE__ */ new Set([
  "aws:sourceip",
  "aws:sourcearn",
  "aws:sourcevpc",
  "aws:sourcevpce",
  "aws:sourceaccount",
  "aws:sourceowner",
  "aws:sourceorgid",
  "aws:sourceorgpaths",
  "aws:principalorgid",
  "aws:principalorgpaths",
  "aws:principalaccount",
  "aws:principalarn",
  "aws:userid",
  "s3:dataaccesspointarn",
  "s3:dataaccesspointaccount",
  "s3:x-amz-server-side-encryption-aws-kms-key-id"
]);
var FIXED_OPERATORS = /^(ForAnyValue:|ForAllValues:)?(StringEquals|StringEqualsIgnoreCase|StringLike|ArnEquals|ArnLike|IpAddress)$/;
function fixed(key, v) {
  const s = String(v);
  if (s.includes("*") || s.includes("?") || s.includes("${")) return false;
  if (key === "aws:sourceip") return !/\/0$/.test(s);
  return s !== "";
}
function restricted(s) {
  for (const [op, block] of Object.entries(s.condition)) {
    if (!FIXED_OPERATORS.test(op)) continue;
    for (const [k, v] of Object.entries(block)) {
      const key = k.toLowerCase();
      const values = Array.isArray(v) ? v : [v];
      if (RESTRICTING_KEYS.has(key) && values.length > 0 && values.every((x) => fixed(key, x))) return true;
    }
  }
  return false;
}
function toEveryone(p) {
  if (p === "*") return true;
  if (typeof p !== "object" || p === null || Array.isArray(p)) return false;
  const aws = p.AWS;
  return aws === "*" || Array.isArray(aws) && aws.includes("*");
}
function publicStatement(s) {
  if (s.effect !== "Allow") return false;
  const everyone = toEveryone(s.principal) || s.notPrincipal !== void 0;
  return everyone && !restricted(s);
}
function bucketPolicyIsPublic(doc) {
  const statements = parsePolicy(doc);
  return statements ? statements.some(publicStatement) : void 0;
}
function not(t) {
  return t === "yes" ? "no" : t === "no" ? "yes" : "unknown";
}
function bucketExposure(acl, policy, bucket5, account) {
  if (BLOCK_KEYS.every((k) => bucket5[k] === "yes")) return { public: "no", note: "Block Public Access fully on for the bucket" };
  const ignoreAcls = anyOf([bucket5.ignorePublicAcls, account.ignorePublicAcls]);
  const restrict = anyOf([bucket5.restrictPublicBuckets, account.restrictPublicBuckets]);
  const aclOpen = allOf([acl, not(ignoreAcls)]);
  const policyOpen = allOf([policy, not(restrict)]);
  const open = anyOf([aclOpen, policyOpen]);
  if (open === "yes") return { public: "yes", note: aclOpen === "yes" ? "the ACL grants to everyone and IgnorePublicAcls is off for the bucket and the account" : "the bucket policy allows everyone and RestrictPublicBuckets is off for the bucket and the account" };
  if (open === "no") {
    if (acl === "no" && policy === "no") return { public: "no", note: "neither the ACL nor the bucket policy grants to everyone" };
    return { public: "no", note: "grants to everyone are neutralised by Block Public Access (bucket or account)" };
  }
  return { public: "unknown", note: "whether a grant to everyone is in force is not known" };
}
function accessPointExposure(policy, vpcOnly, own2, account) {
  if (vpcOnly === "yes") return { public: "no", note: "accepts requests from one VPC only (network origin VPC)" };
  if (BLOCK_KEYS.every((k) => own2[k] === "yes")) return { public: "no", note: "Block Public Access fully on for the access point" };
  const neutralised = anyOf([own2.blockPublicPolicy, own2.restrictPublicBuckets, account.restrictPublicBuckets]);
  const open = allOf([policy, not(neutralised), not(vpcOnly)]);
  if (open === "yes") return { public: "yes", note: "the access point policy allows everyone, Block Public Access does not neutralise it (access point and account), and it accepts requests from the internet" };
  if (open === "no") return { public: "no", note: policy === "no" ? "the access point policy grants nothing to everyone" : "a grant to everyone is neutralised by Block Public Access (access point or account)" };
  return { public: "unknown", note: "whether a grant to everyone is in force is not known" };
}
function accessPointSettle(policy, vpcOnly, own2, account) {
  const pieces = [
    [policy, "the access point policy"],
    [vpcOnly, "the access point's network origin"]
  ];
  return settleOf(pieces, "the access point's", own2, account, "the access point's policy, network origin and Block Public Access settings");
}
function exposureSettle(acl, policy, bucket5, account) {
  const pieces = [
    [acl, "the bucket ACL"],
    [policy, "the bucket policy"]
  ];
  return settleOf(pieces, "the bucket's", bucket5, account, "the bucket's ACL, policy and Block Public Access settings");
}
function settleOf(pieces, whose, own2, account, all) {
  const unknown = pieces.filter(([t]) => t === "unknown").map(([, name]) => name);
  if (BLOCK_KEYS.some((k) => own2[k] === "unknown")) unknown.push(`${whose} Block Public Access settings`);
  if (BLOCK_KEYS.some((k) => account[k] === "unknown")) unknown.push("the account's Block Public Access settings (S3 account-level public access block)");
  return unknown.length ? unknown.join(", ") : all;
}
function blockEvidence(path, s, whose, from) {
  const on = BLOCK_KEYS.filter((k) => s[k] === "yes");
  const unknown = BLOCK_KEYS.filter((k) => s[k] === "unknown");
  const note = unknown.length === BLOCK_KEYS.length ? `${whose} Block Public Access settings not known` : on.length === BLOCK_KEYS.length ? `${whose} Block Public Access fully on` : `${whose} Block Public Access: ${on.length ? on.join(", ") : "none"} on${unknown.length ? `; ${unknown.join(", ")} not known` : ""}`;
  return { path, note, ...from ? { from } : {} };
}

// providers/aws/plan/public-access.ts
var ARGUMENTS = {
  blockPublicAcls: "block_public_acls",
  ignorePublicAcls: "ignore_public_acls",
  blockPublicPolicy: "block_public_policy",
  restrictPublicBuckets: "restrict_public_buckets"
};
function blockOf(r, prefix = "", whenUnset = "no") {
  const out = { ...UNKNOWN_BLOCK };
  for (const k of BLOCK_KEYS) {
    const t = flag(r, `${prefix}${ARGUMENTS[k]}`).truth;
    out[k] = t === "unset" ? whenUnset : t;
  }
  return out;
}
function aclOf(holder, grantsPath, uriPath) {
  const canned = text2(holder, "acl");
  const ev2 = [];
  let truth = "no";
  if (canned.state === "unknown") truth = "unknown";
  else if (canned.state === "known") {
    ev2.push(evidence(holder, canned, { safe: true }));
    if (cannedAclIsPublic(String(canned.value))) truth = "yes";
  }
  const grants = settingBlocks(holder, grantsPath);
  if (grants === "unknown") return { truth: truth === "yes" ? "yes" : "unknown", evidence: [...ev2, { path: grantsPath, note: "grants known after apply" }] };
  grants.forEach((_, i) => {
    const uri = text2(holder, `${grantsPath}[${i}].${uriPath}`);
    if (uri.state === "unknown" && truth === "no") truth = "unknown";
    if (uri.state === "known" && granteeIsPublic(String(uri.value))) {
      truth = "yes";
      ev2.push(evidence(holder, uri, { safe: true, note: "a grant to a group of everyone" }));
    }
  });
  return { truth, evidence: ev2.map((e) => holder.type === "aws_s3_bucket" ? e : { ...e, from: holder.address }) };
}
function policyOf(r, holders, whose = "bucket") {
  const docs = holders.map((h) => ({ holder: h, attr: setting(h, "policy") }));
  const inline = setting(r, "policy");
  if (inline.state === "unknown" || inline.state === "known" && typeof inline.value === "string" && inline.value !== "") docs.push({ holder: r, attr: inline });
  if (docs.length === 0) return { truth: "unknown", evidence: [{ path: "policy", value: null, note: `no ${whose} policy in this plan: one may be attached elsewhere` }] };
  const truths = [];
  const ev2 = [];
  for (const { holder, attr: attr2 } of docs) {
    const from = holder === r ? {} : { from: holder.address };
    const reading = attr2.state === "known" ? bucketPolicyIsPublic(attr2.value) : void 0;
    truths.push(reading === void 0 ? "unknown" : reading ? "yes" : "no");
    ev2.push({ path: "policy", ...from, note: reading === void 0 ? attr2.state === "known" ? "policy document could not be read" : "policy known after apply" : reading ? 'allows everyone (Principal "*") without a condition on the caller' : "grants nothing to everyone" });
  }
  return { truth: truths.includes("yes") ? "yes" : truths.includes("unknown") ? "unknown" : "no", evidence: ev2 };
}
function accountBlock(ctx) {
  const block = ctx.links.ofType("aws_s3_account_public_access_block")[0];
  if (!block) return { settings: UNKNOWN_BLOCK, evidence: { path: "aws_s3_account_public_access_block", value: null, note: "the account's public access block is not in this plan" } };
  const settings = blockOf(block);
  return { settings, evidence: blockEvidence("block_public_acls", settings, "account", block.address) };
}
var bucket2 = (r, ctx) => {
  const label = "S3 bucket";
  const bucketBlock = bucketConfigs(ctx, r, "aws_s3_bucket_public_access_block")[0];
  const own2 = bucketBlock ? blockOf(bucketBlock) : UNKNOWN_BLOCK;
  const { settings: account, evidence: accountEvidence } = accountBlock(ctx);
  const acls = [aclOf(r, "grant", "uri"), ...bucketConfigs(ctx, r, "aws_s3_bucket_acl").map((a) => aclOf(a, "access_control_policy[0].grant", "grantee[0].uri"))];
  const acl = acls.some((a) => a.truth === "yes") ? "yes" : acls.some((a) => a.truth === "unknown") ? "unknown" : "no";
  const policy = policyOf(r, bucketConfigs(ctx, r, "aws_s3_bucket_policy"));
  const exposure = bucketExposure(acl, policy.truth, own2, account);
  const ev2 = [
    bucketBlock ? blockEvidence("block_public_acls", own2, "bucket", bucketBlock.address) : { path: "aws_s3_bucket_public_access_block", value: null, note: "no public access block for the bucket in this plan" },
    ...acls.flatMap((a) => a.evidence),
    ...policy.evidence,
    accountEvidence,
    { path: "publicAccess", note: exposure.note }
  ];
  const out = { label, public: exposure.public, evidence: ev2 };
  if (exposure.public === "unknown") out.settle = exposureSettle(acl, policy.truth, own2, account);
  return out;
};
var accessPoint = (r, ctx) => {
  const label = "S3 access point";
  const blockPath = "public_access_block_configuration";
  const block = settingBlocks(r, blockPath);
  const own2 = block === "unknown" ? UNKNOWN_BLOCK : block.length === 0 ? ALL_BLOCKED : blockOf(r, `${blockPath}[0].`, "yes");
  const vpc3 = settingBlocks(r, "vpc_configuration");
  const vpcOnly = vpc3 === "unknown" ? "unknown" : vpc3.length ? "yes" : "no";
  const { settings: account, evidence: accountEvidence } = accountBlock(ctx);
  const policy = policyOf(r, ctx.links.sources(r, "aws_s3control_access_point_policy", "access_point_arn"), "access point");
  const exposure = accessPointExposure(policy.truth, vpcOnly, own2, account);
  const ev2 = [
    block === "unknown" || block.length ? blockEvidence(blockPath, own2, "access point") : { path: blockPath, value: null, note: "not set: S3 turns every Block Public Access setting on for the access point" },
    { path: "vpc_configuration", note: vpcOnly === "unknown" ? "network origin known after apply" : vpcOnly === "yes" ? "network origin VPC" : "no VPC configuration: network origin Internet" },
    ...policy.evidence,
    accountEvidence,
    { path: "publicAccess", note: exposure.note }
  ];
  const out = { label, public: exposure.public, evidence: ev2 };
  if (exposure.public === "unknown") out.settle = accessPointSettle(policy.truth, vpcOnly, own2, account);
  return out;
};
var publicAccessTable = {
  publicAccess: {
    aws_s3_bucket: bucket2,
    aws_s3_access_point: accessPoint
  }
};

// providers/aws/plan/ebs.ts
function device(r, ctx, prefix, encryptedAttr = "encrypted", keyAttr = "kms_key_id") {
  const f = flag(r, `${prefix}${encryptedAttr}`);
  const ev2 = [evidence(r, f.attr)];
  if (f.truth === "yes") {
    const k = keyOrManaged(r, ctx, `${prefix}${keyAttr}`);
    return { encrypted: "yes", key: k.key, evidence: [...ev2, k.evidence] };
  }
  if (f.truth === "unknown") return { encrypted: "unknown", key: "unknown", evidence: ev2, settle: "the `encrypted` setting of the volume once applied" };
  const d = accountDefault(r, ctx);
  if (f.truth === "no" && d.encrypted === "unknown") {
    return { encrypted: "no", key: "none", evidence: [{ ...ev2[0], note: "set to false; only account-level EBS encryption by default would override it" }] };
  }
  return { encrypted: d.encrypted, key: d.key, evidence: [...ev2, ...d.evidence], ...d.settle ? { settle: d.settle } : {} };
}
function accountDefault(r, ctx) {
  const region = ctx.regionOf(r);
  const setting_ = ctx.links.ofType("aws_ebs_encryption_by_default").find((d) => region !== void 0 && ctx.regionOf(d) === region);
  const settle = `the account's EBS encryption by default in ${region ?? "the resource region"} (aws ec2 get-ebs-encryption-by-default)`;
  if (!setting_) return { encrypted: "unknown", key: "unknown", evidence: [], settle };
  const enabled = flag(setting_, "enabled");
  const on = enabled.truth === "unset" ? "yes" : enabled.truth;
  const ev2 = [evidence(setting_, enabled.attr, { from: setting_, note: "account-level EBS encryption by default" })];
  if (on !== "yes") return { encrypted: on, key: on === "no" ? "none" : "unknown", evidence: ev2, ...on === "unknown" ? { settle } : {} };
  const defaultKey = ctx.links.ofType("aws_ebs_default_kms_key").find((k) => ctx.regionOf(k) === region);
  if (!defaultKey) return { encrypted: "yes", key: "provider", evidence: ev2 };
  return { encrypted: "yes", key: "customer", evidence: [...ev2, fromResource(defaultKey, "key_arn", "account default EBS key")] };
}
function combine2(service, devices) {
  const encrypted = allOf(devices.map((d) => d.encrypted));
  const key = encrypted === "no" ? "none" : weakestKey(devices.map((d) => d.key));
  const settle = devices.find((d) => d.settle)?.settle;
  return { service, encrypted, key, evidence: devices.flatMap((d) => d.evidence), ...settle && encrypted === "unknown" ? { settle } : {} };
}
function ebsVolume(r, ctx) {
  return combine2("EBS volume", [device(r, ctx, "")]);
}
function instanceVolumes(r, ctx) {
  const devices = [];
  for (const name of ["root_block_device", "ebs_block_device"]) {
    const list3 = blocks(r, name);
    if (list3 === "unknown") {
      if (setting(r, name).state === "unknown") devices.push({ encrypted: "unknown", key: "unknown", evidence: [{ path: name, note: "known after apply" }] });
      else if (name === "root_block_device") devices.push(device(r, ctx, "root_block_device[0]."));
      continue;
    }
    if (list3.length === 0 && name === "root_block_device") devices.push(device(r, ctx, "root_block_device[0]."));
    list3.forEach((_, i) => devices.push(device(r, ctx, `${name}[${i}].`)));
  }
  return combine2("EC2 instance storage", devices);
}
function launchTemplateVolumes(r, ctx) {
  const mappings = blocks(r, "block_device_mappings");
  if (mappings === "unknown") {
    return { service: "launch template storage", encrypted: "unknown", key: "unknown", evidence: [{ path: "block_device_mappings", note: "known after apply" }] };
  }
  const devices = [];
  mappings.forEach((m, i) => {
    if (Array.isArray(m.ebs) && m.ebs.length > 0) devices.push(device(r, ctx, `block_device_mappings[${i}].ebs[0].`));
  });
  if (devices.length === 0) devices.push(device(r, ctx, "block_device_mappings[0].ebs[0]."));
  return combine2("launch template storage", devices);
}

// providers/aws/plan/storage.ts
function flagged(spec) {
  return (r, ctx) => fromFlag(r, ctx, spec);
}
function fromFlag(r, ctx, spec) {
  const f = flag(r, spec.flag);
  const encrypted = f.truth === "unset" ? spec.whenUnset : f.truth;
  const ev2 = [evidence(r, f.attr)];
  if (encrypted === "no") return { service: spec.service, encrypted, key: "none", evidence: ev2 };
  const k = keyOrManaged(r, ctx, spec.key);
  const out = { service: spec.service, encrypted, key: k.key, evidence: [...ev2, k.evidence] };
  if (encrypted === "unknown") out.settle = spec.settle ?? `the \`${spec.flag}\` setting once applied`;
  return out;
}
function alwaysEncrypted(service, key, why2) {
  return (r, ctx) => {
    const k = keyOrManaged(r, ctx, key);
    return { service, encrypted: "yes", key: k.key, evidence: [{ path: key, note: why2 }, k.evidence] };
  };
}
var rdsInstance = (r, ctx) => dbInstanceEncryption(r, ctx, 0);
function dbInstanceEncryption(r, ctx, depth) {
  const spec = { service: "RDS instance", flag: "storage_encrypted", whenUnset: "no", key: "kms_key_id" };
  const own2 = fromFlag(r, ctx, spec);
  const source = text2(r, "replicate_source_db");
  if (own2.encrypted === "yes" || source.state === "unset") return own2;
  const upstream = ctx.links.targets(r, "replicate_source_db", ["aws_db_instance"])[0];
  if (!upstream || depth > 4) {
    return { ...own2, encrypted: "unknown", key: "unknown", evidence: [...own2.evidence, evidence(r, source)], settle: "the encryption of the source DB instance of this read replica" };
  }
  const inherited = dbInstanceEncryption(upstream, ctx, depth + 1);
  return { ...inherited, service: spec.service, evidence: [...own2.evidence, ...inherited.evidence.map((e) => ({ ...e, from: e.from ?? upstream.address }))] };
}
var rdsCluster2 = (r, ctx) => {
  const mode = text2(r, "engine_mode");
  if (mode.state === "known" && mode.value === "serverless") {
    const k = keyOrManaged(r, ctx, "kms_key_id");
    return { service: "RDS cluster", encrypted: "yes", key: k.key, evidence: [evidence(r, mode, { safe: true, note: "Aurora Serverless v1 is always encrypted" }), k.evidence] };
  }
  return fromFlag(r, ctx, { service: "RDS cluster", flag: "storage_encrypted", whenUnset: "no", key: "kms_key_id" });
};
var dynamodbTable3 = (r, ctx) => {
  const service = "DynamoDB table";
  const enabled = flag(r, "server_side_encryption[0].enabled");
  const ev2 = [evidence(r, enabled.attr)];
  if (enabled.truth === "unknown") return { service, encrypted: "yes", key: "unknown", evidence: ev2, settle: "the server-side encryption settings of the table once applied" };
  if (enabled.truth !== "yes") return { service, encrypted: "yes", key: "provider", evidence: [{ ...ev2[0], note: "encrypted with an AWS owned key" }] };
  const k = keyOrManaged(r, ctx, "server_side_encryption[0].kms_key_arn");
  return { service, encrypted: "yes", key: k.key, evidence: [...ev2, k.evidence] };
};
var sqsQueue = (r, ctx) => {
  const service = "SQS queue";
  const k = keyOwner(r, ctx, "kms_master_key_id");
  if (k.key !== "none") return { service, encrypted: "yes", key: k.key, evidence: [k.evidence] };
  const managed = flag(r, "sqs_managed_sse_enabled");
  const ev2 = [evidence(r, managed.attr), k.evidence];
  if (managed.truth === "no") return { service, encrypted: "no", key: "none", evidence: ev2 };
  if (managed.truth === "unknown") return { service, encrypted: "unknown", key: "unknown", evidence: ev2, settle: "the `sqs_managed_sse_enabled` setting once applied" };
  return { service, encrypted: "yes", key: "provider", evidence: ev2 };
};
var snsTopic = (r, ctx) => {
  const k = keyOwner(r, ctx, "kms_master_key_id");
  if (k.key === "none") return { service: "SNS topic", encrypted: "no", key: "none", evidence: [k.evidence] };
  if (k.key === "unknown") return { service: "SNS topic", encrypted: "unknown", key: "unknown", evidence: [k.evidence], settle: "the KMS key of the topic once applied" };
  return { service: "SNS topic", encrypted: "yes", key: k.key, evidence: [k.evidence] };
};
var kinesisStream = (r, ctx) => {
  const service = "Kinesis stream";
  const type = text2(r, "encryption_type");
  const ev2 = [evidence(r, type, { safe: true })];
  if (type.state === "unknown") return { service, encrypted: "unknown", key: "unknown", evidence: ev2, settle: "the `encryption_type` of the stream once applied" };
  if (type.state === "unset" || type.value === "NONE") return { service, encrypted: "no", key: "none", evidence: ev2 };
  const k = keyOrManaged(r, ctx, "kms_key_id");
  return { service, encrypted: "yes", key: k.key, evidence: [...ev2, k.evidence] };
};
var elasticacheCluster = (r) => {
  const service = "ElastiCache cluster";
  if (setting(r, "replication_group_id").state !== "unset") return void 0;
  const engine = text2(r, "engine");
  const ev2 = [evidence(r, engine, { safe: true, note: "ElastiCache nodes outside a replication group have no encryption at rest" })];
  if (engine.state !== "known") return { service, encrypted: "unknown", key: "unknown", evidence: ev2, settle: "the engine of the cluster once applied" };
  return { service, encrypted: "no", key: "none", evidence: ev2 };
};
var elasticacheReplicationGroup = (r, ctx) => {
  const engine = text2(r, "engine");
  const valkey = engine.state === "known" && String(engine.value).toLowerCase() === "valkey";
  const whenUnset = engine.state === "unknown" ? "unknown" : valkey ? "yes" : "no";
  return fromFlag(r, ctx, { service: "ElastiCache replication group", flag: "at_rest_encryption_enabled", whenUnset, key: "kms_key_id" });
};
var redshiftCluster2 = flagged({
  service: "Redshift cluster",
  flag: "encrypted",
  whenUnset: "unknown",
  key: "kms_key_id",
  settle: "the `encrypted` setting of the cluster (provider 6 defaults it to true, provider 5 to false)"
});
function searchDomain2(service) {
  return flagged({ service, flag: "encrypt_at_rest[0].enabled", whenUnset: "no", key: "encrypt_at_rest[0].kms_key_id" });
}
var storageTable = {
  storage: {
    aws_s3_bucket: bucketEncryption,
    aws_ebs_volume: ebsVolume,
    aws_instance: instanceVolumes,
    aws_launch_template: launchTemplateVolumes,
    aws_db_instance: rdsInstance,
    aws_rds_cluster: rdsCluster2,
    // DocumentDB and Neptune: `storage_encrypted` defaults to false (Neptune names its key `kms_key_arn`).
    aws_docdb_cluster: flagged({ service: "DocumentDB cluster", flag: "storage_encrypted", whenUnset: "no", key: "kms_key_id" }),
    aws_neptune_cluster: flagged({ service: "Neptune cluster", flag: "storage_encrypted", whenUnset: "no", key: "kms_key_arn" }),
    // EFS: the API creates unencrypted file systems unless `encrypted` is true (only the console defaults to encrypted).
    aws_efs_file_system: flagged({ service: "EFS file system", flag: "encrypted", whenUnset: "no", key: "kms_key_id" }),
    aws_dynamodb_table: dynamodbTable3,
    aws_elasticache_replication_group: elasticacheReplicationGroup,
    aws_elasticache_cluster: elasticacheCluster,
    aws_redshift_cluster: redshiftCluster2,
    aws_sqs_queue: sqsQueue,
    aws_sns_topic: snsTopic,
    aws_opensearch_domain: searchDomain2("OpenSearch domain"),
    aws_elasticsearch_domain: searchDomain2("Elasticsearch domain"),
    aws_kinesis_stream: kinesisStream,
    aws_backup_vault: alwaysEncrypted("Backup vault", "kms_key_arn", "recovery points are always encrypted (aws/backup key unless a KMS key is named)"),
    aws_secretsmanager_secret: alwaysEncrypted("Secrets Manager secret", "kms_key_id", "secrets are always encrypted (aws/secretsmanager key unless a KMS key is named)"),
    aws_msk_cluster: alwaysEncrypted("MSK cluster", "encryption_info[0].encryption_at_rest_kms_key_arn", "broker storage is always encrypted (a key MSK creates unless a KMS key is named)"),
    aws_cloudwatch_log_group: alwaysEncrypted("CloudWatch log group", "kms_key_id", "log data is always encrypted (service key unless a KMS key is named)")
  }
};

// providers/aws/knowledge/bucket-policy.ts
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

// providers/aws/knowledge/tls-policies.ts
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

// providers/aws/plan/transit.ts
var SERVING_ACTIONS = /* @__PURE__ */ new Set(["forward", "authenticate-cognito", "authenticate-oidc", "jwt-validation"]);
function actionVerdict(r, path) {
  const actions = settingBlocks(r, path);
  if (actions === "unknown") return { truth: "unknown", evidence: [{ path, note: "known after apply" }] };
  const ev2 = [];
  let truth = "yes";
  actions.forEach((_, i) => {
    const type = text2(r, `${path}[${i}].type`);
    ev2.push(evidence(r, type, { safe: true }));
    if (type.state !== "known") {
      if (truth === "yes") truth = "unknown";
      return;
    }
    if (SERVING_ACTIONS.has(String(type.value))) truth = "no";
    if (type.value === "redirect") {
      const protocol = text2(r, `${path}[${i}].redirect[0].protocol`);
      ev2.push(evidence(r, protocol, { safe: true }));
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
  const protocolEvidence = evidence(r, protocolAttr, { safe: true });
  if (protocol === void 0) return { label, encryptedOnly: "unknown", evidence: [protocolEvidence], settle: "the protocol of the listener once applied" };
  if (protocol === "HTTP") {
    const own2 = actionVerdict(r, "default_action");
    const rules = ctx.links.sources(r, "aws_lb_listener_rule", "listener_arn").concat(ctx.links.sources(r, "aws_alb_listener_rule", "listener_arn"));
    const verdicts = [own2.truth, ...rules.map((rule) => actionVerdict(rule, "action").truth)];
    const serving = rules.filter((rule) => actionVerdict(rule, "action").truth === "no").map((rule) => fromResource(rule, "action", "a rule serves plain HTTP"));
    const truth = allOf(verdicts);
    const ev2 = [protocolEvidence, ...own2.evidence, ...serving];
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
  const policyEvidence = policyAttr.state === "known" ? evidence(r, policyAttr, { safe: true }) : { path: "ssl_policy", value: null, note: `not set: AWS applies ${ELB_API_DEFAULT_POLICY}` };
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
      ev2.push(evidence(r, b, { safe: true, note: "viewers may use plain HTTP" }));
    } else if (b.state !== "known" && encryptedOnly !== "no") {
      encryptedOnly = "unknown";
      ev2.push(evidence(r, b));
    }
  }
  if (encryptedOnly === "yes") ev2.push({ path: "default_cache_behavior[0].viewer_protocol_policy", note: "every cache behavior requires HTTPS" });
  const defaultCert = flag(r, "viewer_certificate[0].cloudfront_default_certificate");
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
    ev2.push(version.state === "known" ? evidence(r, version, { safe: true }) : { path: version.path, value: null, note: "not set: TLSv1" });
  }
  const out = { label, encryptedOnly, minTls: policy.minTls, weakCiphers: policy.weakCiphers, evidence: ev2 };
  if (encryptedOnly === "unknown" || policy.minTls === "unknown") out.settle = "the viewer protocol policies and viewer certificate of the distribution once applied";
  return out;
};
var s3Bucket = (r, ctx) => {
  const label = "S3 bucket";
  const holders = ctx.links.sources(r, "aws_s3_bucket_policy", "bucket").map((p) => ({ holder: p, attr: setting(p, "policy") }));
  const inline = setting(r, "policy");
  if (inline.state !== "unset" && !(inline.state === "known" && (inline.value === "" || inline.value === null))) holders.push({ holder: r, attr: inline });
  let unknown;
  let minTls;
  for (const { holder, attr: attr2 } of holders) {
    const from = holder === r ? {} : { from: holder.address };
    if (attr2.state !== "known") {
      unknown = { path: "policy", ...from, note: "policy known after apply" };
      continue;
    }
    const reading = bucketPolicyTransit(attr2.value);
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
  const ev2 = policy.state === "known" ? evidence(r, policy, { safe: true }) : { path: "security_policy", value: null, note: "not set: TLS_1_0" };
  return { label, encryptedOnly: "yes", minTls: apiGatewayPolicy(name).minTls, evidence: [ev2] };
};
var apiGatewayV2Domain = (r) => {
  const label = "API Gateway custom domain";
  const policy = text2(r, "domain_name_configuration[0].security_policy");
  if (policy.state !== "known") return { label, encryptedOnly: "yes", minTls: "unknown", evidence: [evidence(r, policy)], settle: "the security policy of the domain once applied" };
  return { label, encryptedOnly: "yes", minTls: apiGatewayPolicy(String(policy.value)).minTls, evidence: [evidence(r, policy, { safe: true })] };
};
function searchDomain3(label) {
  return (r) => {
    const options = settingBlocks(r, "domain_endpoint_options");
    if (options === "unknown" || options.length === 0) {
      return { label, encryptedOnly: "unknown", minTls: "unknown", evidence: [{ path: "domain_endpoint_options", value: options === "unknown" ? void 0 : null, note: options === "unknown" ? "known after apply" : "not set" }], settle: "the endpoint options of the domain (EnforceHTTPS, TLSSecurityPolicy) once applied" };
    }
    const enforce = flag(r, "domain_endpoint_options[0].enforce_https");
    const encryptedOnly = enforce.truth === "unset" ? "yes" : enforce.truth;
    const policy = text2(r, "domain_endpoint_options[0].tls_security_policy");
    const minTls = policy.state === "known" ? openSearchPolicy(String(policy.value)).minTls : "unknown";
    const out = { label, encryptedOnly, minTls, evidence: [evidence(r, enforce.attr), evidence(r, policy, { safe: true })] };
    if (encryptedOnly === "unknown" || minTls === "unknown") out.settle = "the `enforce_https` and `tls_security_policy` of the domain once applied";
    return out;
  };
}
var elasticacheGroup2 = (r) => {
  const label = "ElastiCache replication group";
  const enabled = flag(r, "transit_encryption_enabled");
  const mode = text2(r, "transit_encryption_mode");
  const ev2 = [evidence(r, enabled.attr), evidence(r, mode, { safe: true })];
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
      const ev2 = [why2, { ...evidence(r, version, { safe: true }), note: `${param.name} not set: the engine default applies` }];
      return { label, encryptedOnly: truth, evidence: ev2, ...truth === "unknown" ? { settle: `the ${param.name} parameter of the database once applied` } : {} };
    };
    if (groupName.state === "unset" || groupName.state === "known" && String(groupName.value).startsWith("default.")) {
      return fallback({ path: groupAttr, value: null, note: "default parameter group" });
    }
    const group3 = ctx.links.targets(r, groupAttr, [groupType])[0];
    if (!group3) return { label, encryptedOnly: "unknown", evidence: [evidence(r, groupName, { note: "parameter group not in this plan" })], settle: `the ${param.name} parameter of the parameter group` };
    const params = settingBlocks(group3, "parameter");
    if (params === "unknown") return { label, encryptedOnly: "unknown", evidence: [fromResource(group3, "parameter", "known after apply")], settle: `the ${param.name} parameter once applied` };
    const i = params.findIndex((p) => typeof p.name === "string" && p.name.toLowerCase() === param.name);
    if (i < 0) return fallback(fromResource(group3, "parameter", `${param.name} not in the parameter group`));
    const value = setting(group3, `parameter[${i}].value`);
    if (value.state !== "known") return { label, encryptedOnly: "unknown", evidence: [evidence(group3, value, { from: group3 })], settle: `the ${param.name} parameter once applied` };
    const on = param.on(String(value.value));
    return { label, encryptedOnly: on ? "yes" : "no", evidence: [evidenceAt(`parameter[${i}].value`, String(value.value), { safe: true, from: group3.address, note: param.name })] };
  };
}
var dbInstance3 = (r, ctx) => dbParameterTransit("RDS instance", "parameter_group_name", "aws_db_parameter_group")(r, ctx);
var rdsCluster3 = (r, ctx) => {
  return dbParameterTransit("RDS cluster", "db_cluster_parameter_group_name", "aws_rds_cluster_parameter_group")(r, ctx);
};
var transitTable = {
  transit: {
    aws_lb_listener: lbListener,
    aws_alb_listener: lbListener,
    aws_cloudfront_distribution: cloudfront,
    aws_s3_bucket: s3Bucket,
    aws_api_gateway_domain_name: apiGatewayDomain,
    aws_apigatewayv2_domain_name: apiGatewayV2Domain,
    aws_opensearch_domain: searchDomain3("OpenSearch domain"),
    aws_elasticsearch_domain: searchDomain3("Elasticsearch domain"),
    aws_elasticache_replication_group: elasticacheGroup2,
    aws_db_instance: dbInstance3,
    aws_rds_cluster: rdsCluster3
  }
};

// providers/aws/plan/index.ts
var PLAN_TABLES = [
  storageTable,
  locationsTable,
  networkTable,
  endpointsTable,
  identityTable,
  loggingTable,
  backupsTable,
  transitTable,
  keyRotationTable,
  plaintextTable,
  logProtectionTable,
  detectionTable,
  accountsTable,
  placementTable,
  publicAccessTable
];

// providers/aws/context.ts
function ev(f, opts = {}) {
  return evidenceAt(f.path, f.value ?? null, { safe: opts.safe, note: opts.note ?? (f.value === void 0 ? "not in the configuration item" : void 0) });
}
function hasConfiguration(item) {
  return item.configuration !== void 0 && Object.keys(item.configuration).length > 0;
}

// providers/aws/storage.ts
var AWS_MANAGED_ALIAS2 = /(^|:)alias\/aws\//;
function keyOwner2(ctx, f, whenNone = "provider") {
  const ref = text(f);
  if (!ref) return { key: whenNone, evidence: ev(f, { note: whenNone === "provider" ? "no KMS key: the AWS managed key of the service is used" : "no KMS key" }) };
  if (AWS_MANAGED_ALIAS2.test(ref)) return { key: "provider", evidence: ev(f, { note: "AWS managed key alias" }) };
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
function facet3(service, encrypted, key, evidence2, settle) {
  const out = { service, encrypted, key: encrypted === "no" ? "none" : key, evidence: evidence2 };
  if (settle && (encrypted === "unknown" || key === "unknown")) out.settle = settle;
  return out;
}
function flagged2(service, flagPath, keyPath) {
  return (ctx) => {
    const f = conf(ctx.item, flagPath);
    const t = truthy(f);
    if (t === "no") return facet3(service, "no", "none", [ev(f)]);
    if (t === void 0) return facet3(service, "unknown", "unknown", [ev(f)], `the ${flagPath} setting of the ${service} (not in its configuration item)`);
    const k = keyOwner2(ctx, conf(ctx.item, keyPath));
    return facet3(service, "yes", k.key, [ev(f), k.evidence], k.settle);
  };
}
function always(service, keyPath, why2) {
  return (ctx) => {
    const k = keyOwner2(ctx, conf(ctx.item, keyPath));
    return facet3(service, "yes", k.key, [evidenceAt("resourceType", ctx.item.resourceType, { safe: true, note: why2 }), k.evidence], k.settle);
  };
}
function s3SupplementCaptured(item) {
  const s = item.supplementary;
  return ["BucketVersioningConfiguration", "BucketLoggingConfiguration", "IsRequesterPaysEnabled", "BucketPolicy", "AccessControlList", "ServerSideEncryptionConfiguration"].some((k) => k in s);
}
function s3Bucket2(ctx) {
  const service = "S3 bucket";
  const rules = list(supp(ctx.item, "ServerSideEncryptionConfiguration.rules"));
  const rule = rules?.[0];
  if (!rule) {
    if (!s3SupplementCaptured(ctx.item)) {
      return facet3(service, "yes", "unknown", [{ path: "supplementaryConfiguration.ServerSideEncryptionConfiguration", value: null, note: "supplementary configuration not in the item; S3 encrypts all new objects since 2023-01-05" }], "the default encryption of the bucket (supplementaryConfiguration.ServerSideEncryptionConfiguration)");
    }
    return facet3(service, "yes", "provider", [{ path: "supplementaryConfiguration.ServerSideEncryptionConfiguration", value: null, note: "no default encryption rule: S3 applies SSE-S3 (AES256) to all new objects since 2023-01-05" }]);
  }
  const base = "ServerSideEncryptionConfiguration.rules.0.applyServerSideEncryptionByDefault";
  const algorithm = supp(ctx.item, `${base}.sseAlgorithm`);
  const alg = text(algorithm);
  if (alg === "AES256") return facet3(service, "yes", "provider", [ev(algorithm, { safe: true })]);
  if (alg?.startsWith("aws:kms")) {
    const k = keyOwner2(ctx, supp(ctx.item, `${base}.kmsMasterKeyID`));
    return facet3(service, "yes", k.key, [ev(algorithm, { safe: true }), k.evidence], k.settle);
  }
  return facet3(service, "yes", "unknown", [ev(algorithm, { safe: true })], "the default encryption algorithm of the bucket");
}
function dynamodbTable4(ctx) {
  const service = "DynamoDB table";
  const sse = conf(ctx.item, "sseDescription");
  if (sse.value === void 0) {
    if (!hasConfiguration(ctx.item)) return facet3(service, "yes", "unknown", [ev(sse)], "the server-side encryption of the table (aws dynamodb describe-table)");
    return facet3(service, "yes", "provider", [{ path: sse.path, value: null, note: "no SSEDescription: encrypted with an AWS owned key" }]);
  }
  const type = conf(ctx.item, "sseDescription.sseType");
  if (text(type) === "KMS") {
    const k = keyOwner2(ctx, conf(ctx.item, "sseDescription.kmsMasterKeyArn"));
    return facet3(service, "yes", k.key, [ev(type, { safe: true }), k.evidence], k.settle);
  }
  return facet3(service, "yes", "provider", [ev(type, { safe: true })]);
}
function sqsQueue2(ctx) {
  const service = "SQS queue";
  const key = conf(ctx.item, "KmsMasterKeyId");
  if (text(key)) {
    const k = keyOwner2(ctx, key);
    return facet3(service, "yes", k.key, [k.evidence], k.settle);
  }
  const managed = conf(ctx.item, "SqsManagedSseEnabled");
  const t = truthy(managed);
  if (t === "yes") return facet3(service, "yes", "provider", [ev(managed)]);
  if (t === "no") return facet3(service, "no", "none", [ev(managed), ev(key)]);
  return facet3(service, "unknown", "unknown", [ev(managed), ev(key)], "the SqsManagedSseEnabled and KmsMasterKeyId attributes of the queue");
}
function snsTopic2(ctx) {
  const service = "SNS topic";
  const key = conf(ctx.item, "KmsMasterKeyId");
  if (text(key)) {
    const k = keyOwner2(ctx, key);
    return facet3(service, "yes", k.key, [k.evidence], k.settle);
  }
  if (!hasConfiguration(ctx.item)) return facet3(service, "unknown", "unknown", [ev(key)], "the KmsMasterKeyId attribute of the topic");
  return facet3(service, "no", "none", [{ path: key.path, value: null, note: "no KMS key: the topic is not encrypted at rest" }]);
}
function kinesisStream2(ctx) {
  const service = "Kinesis stream";
  const type = conf(ctx.item, "StreamEncryption.EncryptionType");
  const t = text(type);
  if (t === "NONE") return facet3(service, "no", "none", [ev(type, { safe: true })]);
  if (t === "KMS") {
    const k = keyOwner2(ctx, conf(ctx.item, "StreamEncryption.KeyId"));
    return facet3(service, "yes", k.key, [ev(type, { safe: true }), k.evidence], k.settle);
  }
  return facet3(service, "unknown", "unknown", [ev(type, { safe: true })], "the StreamEncryption of the stream");
}
function logGroupStorage(kmsKeyId, path) {
  const evidence2 = kmsKeyId ? { path, note: "customer managed KMS key" } : { path, value: null, note: "no KMS key: CloudWatch Logs encrypts with its service key" };
  return facet3("CloudWatch log group", "yes", kmsKeyId ? "customer" : "provider", [evidence2]);
}
var STORAGE = {
  "AWS::S3::Bucket": s3Bucket2,
  "AWS::EC2::Volume": flagged2("EBS volume", "encrypted", "kmsKeyId"),
  "AWS::RDS::DBInstance": flagged2("RDS instance", "storageEncrypted", "kmsKeyId"),
  "AWS::RDS::DBCluster": flagged2("RDS cluster", "storageEncrypted", "kmsKeyId"),
  "AWS::RDS::DBSnapshot": flagged2("RDS snapshot", "encrypted", "kmsKeyId"),
  "AWS::RDS::DBClusterSnapshot": flagged2("RDS cluster snapshot", "storageEncrypted", "kmsKeyId"),
  "AWS::DynamoDB::Table": dynamodbTable4,
  "AWS::EFS::FileSystem": flagged2("EFS file system", "Encrypted", "KmsKeyId"),
  "AWS::Redshift::Cluster": flagged2("Redshift cluster", "encrypted", "kmsKeyId"),
  "AWS::OpenSearch::Domain": flagged2("OpenSearch domain", "EncryptionAtRestOptions.Enabled", "EncryptionAtRestOptions.KmsKeyId"),
  "AWS::Elasticsearch::Domain": flagged2("Elasticsearch domain", "encryptionAtRestOptions.enabled", "encryptionAtRestOptions.kmsKeyId"),
  "AWS::SQS::Queue": sqsQueue2,
  "AWS::SNS::Topic": snsTopic2,
  "AWS::Kinesis::Stream": kinesisStream2,
  "AWS::SecretsManager::Secret": always("Secrets Manager secret", "KMSKeyId", "secrets are always encrypted (aws/secretsmanager key unless a KMS key is named)"),
  "AWS::Backup::BackupVault": always("Backup vault", "EncryptionKeyArn", "recovery points are always encrypted"),
  // Config records MSK clusters in the CloudFormation schema: the key is `EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId`.
  "AWS::MSK::Cluster": always("MSK cluster", "EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId", "broker storage is always encrypted (a key MSK creates unless a KMS key is named)")
};

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
  "AWS::MSK::Cluster",
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
  if (item.awsRegion && item.awsRegion !== "global") return { region: item.awsRegion, role: "primary", evidence: evidenceAt("awsRegion", item.awsRegion, { safe: true }) };
  const fromArn = arnRegion(item.arn);
  if (fromArn) return { region: fromArn, role: "primary", evidence: evidenceAt("arn", fromArn, { safe: true, note: "region taken from the ARN" }) };
  const az = item.availabilityZone ? AZ.exec(item.availabilityZone)?.[1] : void 0;
  if (az) return { region: az, role: "primary", evidence: evidenceAt("availabilityZone", item.availabilityZone, { safe: true }) };
  return { region: void 0, role: "primary", evidence: { path: "awsRegion", value: null, note: "not in the configuration item" } };
}
function regionOfArn(arn, path, role3, what) {
  const region = typeof arn === "string" ? arnRegion(arn) : void 0;
  return region ? { region, role: role3, evidence: { path, value: region, note: `region of the ${what} ARN` } } : { region: void 0, role: role3, evidence: { path, note: `the ${what} names no region` } };
}
function replicationDestinations(item) {
  const rules = supp(item, "BucketReplicationConfiguration.rules");
  const entries = Array.isArray(rules.value) ? rules.value.map((r, i) => [`[${i}]`, r]) : isRecord(rules.value) ? Object.entries(rules.value).map(([k, r]) => [`.${k}`, r]) : [];
  return entries.flatMap(([suffix, r]) => {
    if (!isRecord(r) || typeof r.status === "string" && r.status !== "Enabled") return [];
    const dest = isRecord(r.destinationConfig) ? r.destinationConfig : isRecord(r.destination) ? r.destination : void 0;
    const arn = dest ? dest.bucketARN ?? dest.bucketArn ?? dest.bucket : void 0;
    const bucket5 = typeof arn === "string" ? arn.replace(/^arn:aws[a-z-]*:s3:::/, "") : void 0;
    return [{ bucket: bucket5, path: `${rules.path}${suffix}.destinationConfig.bucketARN` }];
  });
}
function bucketNeeds(item) {
  return { buckets: replicationDestinations(item).flatMap((d) => d.bucket ? [d.bucket] : []), securityGroups: [] };
}
function s3Bucket3(ctx) {
  return replicationDestinations(ctx.item).map(({ bucket: bucket5, path }) => {
    const found = bucket5 ? ctx.lookups.buckets.get(bucket5) : void 0;
    if (found && found !== "not-found" && found.region) return { region: found.region, role: "replica", evidence: { path, value: found.region, from: bucket5, note: "region of the destination bucket" } };
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
  return region ? [{ region, role: "backup", evidence: evidenceAt(dest.path, region, { safe: true }) }] : [];
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
  "AWS::S3::Bucket": s3Bucket3,
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
function protocolName2(v) {
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
    const protocol = protocolName2(p.ipProtocol);
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
function networkAcl2(ctx) {
  const entries = list(conf(ctx.item, "entries"));
  if (!entries) return { evaluation: "priority", rules: [], complete: false, stateless: true };
  const base = conf(ctx.item, "entries").path;
  const rules = [];
  entries.forEach((e, i) => {
    if (!isRecord(e) || e.egress === true || e.egress === "true") return;
    const protocol = protocolName2(e.protocol);
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
  "AWS::EC2::NetworkAcl": networkAcl2
};
function eksCluster2(ctx) {
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
function listenerPort2(item, fallback) {
  for (const p of ["endpoint.port", "dbInstancePort", "port"]) {
    const n = num(conf(item, p));
    if (n !== void 0 && n > 0) return n;
  }
  const engine = text(conf(item, "engine"));
  return (engine ? enginePort(engine) : void 0) ?? fallback;
}
function groupIds(item, path, key) {
  const l = list(conf(item, path)) ?? [];
  return l.flatMap((g) => isRecord(g) && typeof g[key] === "string" ? [g[key]] : typeof g === "string" ? [g] : []);
}
function networksFromGroups2(ctx, ids, path, port) {
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
function publiclyAccessible2(spec) {
  return (ctx) => {
    const f = conf(ctx.item, spec.flag);
    const t = truthy(f);
    const base = { kind: spec.kind, label: spec.label, publicAddress: true };
    if (t === "no") return { ...base, publicAccess: "no", allowedNetworks: [], evidence: [ev(f)] };
    if (t === void 0) return { ...base, publicAccess: "unknown", allowedNetworks: "unknown", evidence: [ev(f)], settle: `the ${spec.flag} setting of the ${spec.label}` };
    if (!spec.groups) return { ...base, publicAccess: "yes", allowedNetworks: "unknown", evidence: [ev(f)], settle: `the inbound rules of the security groups of the ${spec.label}` };
    const ids = groupIds(ctx.item, spec.groups.path, spec.groups.key);
    const n = networksFromGroups2(ctx, ids, conf(ctx.item, spec.groups.path).path, listenerPort2(ctx.item, spec.defaultPort));
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
function searchDomain4(label, vpcKey) {
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
  "AWS::EKS::Cluster": eksCluster2,
  "AWS::RDS::DBInstance": publiclyAccessible2(PUBLIC_SPECS["AWS::RDS::DBInstance"]),
  "AWS::Redshift::Cluster": publiclyAccessible2(PUBLIC_SPECS["AWS::Redshift::Cluster"]),
  "AWS::DMS::ReplicationInstance": publiclyAccessible2(PUBLIC_SPECS["AWS::DMS::ReplicationInstance"]),
  "AWS::OpenSearch::Domain": searchDomain4("OpenSearch domain", "VPCOptions"),
  "AWS::Elasticsearch::Domain": searchDomain4("Elasticsearch domain", "vpcOptions")
};

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
  /** Regions read whole, for the account-level controls (account-controls.ts). */
  regionsRead = /* @__PURE__ */ new Map();
  /** Multi-region trails AWS Config recorded (for accounts whose trails are not listed). */
  multiRegionTrails = /* @__PURE__ */ new Set();
  /** The trails of the account when listed; else why not. */
  trailList = { unread: "CloudTrail DescribeTrails is called only in the account whose credentials run the scan" };
  /** AWS Backup plans by id: the longest retention of their rules (undefined: kept until deleted). */
  backupPlans = /* @__PURE__ */ new Map();
  backupSelections = [];
  /** Resources (`region/vpc-id`) that a flow log records, and the regions where flow logs are recorded at all. */
  flowLogTargets = /* @__PURE__ */ new Set();
  flowLogRegions = /* @__PURE__ */ new Set();
  /** The account password policy (IAM GetAccountPasswordPolicy), when read. */
  passwordPolicy;
  passwordPolicyState = { read: false, why: "iam:GetAccountPasswordPolicy is called only in the account whose credentials run the scan" };
  /** The account's S3 Block Public Access settings (its `AWS::S3::AccountPublicAccessBlock` item), when read. */
  publicAccessBlock;
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
      for (const item of s) all.push(item);
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
function unknownGrant2(evidence2) {
  return { admin: "unknown", mfaDeny: "unknown", evidence: evidence2 };
}
function documentGrant2(doc, path) {
  const statements = statementsOf(doc);
  if (!statements) return unknownGrant2({ path, note: "policy document could not be read" });
  const admin = grantsAdmin(statements);
  const mfaDeny = deniesWithoutMfa(statements);
  const note = [admin ? "allows * (or iam:*) on all resources" : "", mfaDeny ? "denies actions without MFA" : ""].filter(Boolean).join("; ");
  return { admin: admin ? "yes" : "no", mfaDeny: mfaDeny ? "yes" : "no", evidence: note ? { path, note } : { path } };
}
function policyItemGrant(item) {
  const versions = list(conf(item, "policyVersionList")) ?? [];
  const base = conf(item, "policyVersionList").path;
  const i = versions.findIndex((v) => isRecord(v) && (v.isDefaultVersion === true || v.isDefaultVersion === "true"));
  if (i < 0) return unknownGrant2({ path: base, note: "no default policy version in the item" });
  return documentGrant2(versions[i].document, `${base}[${i}].document`);
}
function managedGrants(ctx, item) {
  const f = conf(item, "attachedManagedPolicies");
  const l = list(f);
  if (!l) return [unknownGrant2({ path: f.path, value: null, note: "not in the configuration item" })];
  return l.flatMap((p, i) => {
    if (!isRecord(p) || typeof p.policyArn !== "string") return [];
    const arn = p.policyArn;
    const path = `${f.path}[${i}].policyArn`;
    if (AWS_MANAGED_POLICY.test(arn)) {
      const admin = managedPolicyIsAdmin(arn);
      return [{ admin: admin ? "yes" : "no", mfaDeny: "no", evidence: { path, value: arn, ...admin ? { note: "AWS managed administrator policy" } : {} } }];
    }
    const joined = ctx.facts.policies.get(arn);
    return [joined ? { ...joined, evidence: { ...joined.evidence, path, from: arn } } : unknownGrant2({ path, note: "customer managed policy not among the AWS::IAM::Policy items read" })];
  });
}
function inlineGrants(item, listKey) {
  const f = conf(item, listKey);
  const l = list(f);
  if (!l) return [unknownGrant2({ path: f.path, value: null, note: "not in the configuration item" })];
  return l.flatMap((p, i) => isRecord(p) ? [documentGrant2(p.policyDocument, `${f.path}[${i}].policyDocument`)] : []);
}
function groupItemGrants(ctx) {
  return [...managedGrants(ctx, ctx.item), ...inlineGrants(ctx.item, "groupPolicyList")];
}
function summarise2(grants) {
  return {
    admin: anyOf(grants.map((g) => g.admin)),
    deny: anyOf(grants.map((g) => g.mfaDeny)),
    evidence: grants.filter((g) => g.admin !== "no" || g.mfaDeny !== "no").map((g) => g.evidence)
  };
}
var ADMIN_SETTLE2 = "the policies attached to the principal (directly or through its groups): some are not among the items read";
function principalName2(item, key) {
  return text(conf(item, key)) ?? item.resourceName;
}
function facet4(kind, principal, parts) {
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
function user2(ctx) {
  const { item, facts } = ctx;
  const groupList = list(conf(item, "groupList"));
  const groups = (groupList ?? []).filter((g) => typeof g === "string");
  const groupPath = conf(item, "groupList").path;
  const grants = [
    ...groupList ? [] : [unknownGrant2({ path: groupPath, value: null, note: "not in the configuration item" })],
    ...managedGrants(ctx, item),
    ...inlineGrants(item, "userPolicyList"),
    ...groups.flatMap((g, i) => {
      const joined = facts.groups.get(g);
      return joined ? joined.map((x) => ({ ...x, evidence: { ...x.evidence, from: `group ${g}` } })) : [unknownGrant2({ path: `${groupPath}[${i}]`, note: "group not among the AWS::IAM::Group items read" })];
    })
  ];
  const s = summarise2(grants);
  const arn = text(conf(item, "arn")) ?? item.arn;
  const row = arn ? facts.credentialReport?.get(arn) : void 0;
  const people = row ? fromReport(row) : fromRules(facts, item.resourceId ?? text(conf(item, "userId")));
  const mfa = s.deny === "yes" ? "enforced" : people?.mfa ?? "unknown";
  const evidence2 = [...s.evidence, ...people?.evidence ?? []];
  if (s.deny === "yes") evidence2.push({ path: "policies", note: "a policy denies actions without MFA" });
  return facet4("user", principalName2(item, "userName"), {
    admin: s.admin,
    humanAccess: people?.humanAccess ?? "unknown",
    mfa,
    evidence: evidence2,
    settle: s.admin === "unknown" ? ADMIN_SETTLE2 : people ? "which people use this user and whether they sign in with MFA" : credentialSettle(facts)
  });
}
function group2(ctx) {
  const s = summarise2(groupItemGrants(ctx));
  return facet4("group", principalName2(ctx.item, "groupName"), {
    admin: s.admin,
    humanAccess: "unknown",
    mfa: s.deny === "yes" ? "enforced" : s.deny === "unknown" ? "unknown" : "absent",
    evidence: s.evidence,
    settle: s.admin === "unknown" ? ADMIN_SETTLE2 : "which members of the group sign in to the console (IAM credential report)"
  });
}
function role2(ctx) {
  const { item } = ctx;
  const s = summarise2([...managedGrants(ctx, item), ...inlineGrants(item, "rolePolicyList")]);
  const trustDoc = conf(item, "assumeRolePolicyDocument");
  const statements = trustDoc.value === void 0 ? void 0 : statementsOf(trustDoc.value);
  const name = principalName2(item, "roleName");
  return facet4(
    "role",
    name,
    roleIdentity(s, statements, {
      trustPath: trustDoc.path,
      unread: { note: trustDoc.value === void 0 ? "not in the configuration item" : "trust policy could not be read", settle: "the trust policy of the role" },
      adminSettle: ADMIN_SETTLE2
    })
  );
}
var IDENTITY = {
  "AWS::IAM::User": user2,
  "AWS::IAM::Group": group2,
  "AWS::IAM::Role": role2
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

// providers/aws/log-protection.ts
function objectLockOf(item) {
  const enabled = supp(item, "ObjectLockConfiguration.objectLockEnabled");
  const mode = supp(item, "ObjectLockConfiguration.rule.defaultRetention.mode");
  const days = supp(item, "ObjectLockConfiguration.rule.defaultRetention.days");
  const years = supp(item, "ObjectLockConfiguration.rule.defaultRetention.years");
  if (text(enabled) === "Enabled") {
    const retained = text(mode) !== void 0 && (typeof days.value === "number" || typeof years.value === "number");
    return retained ? { truth: "yes", evidence: evidenceAt(mode.path, text(mode), { safe: true, note: "Object Lock default retention" }) } : { truth: "no", evidence: { path: mode.path, value: null, note: "Object Lock is on but no default retention protects new log files" } };
  }
  if (enabled.value === void 0 && !s3SupplementCaptured(item)) return { truth: "unknown", evidence: { path: enabled.path, value: null, note: "supplementary configuration not in the item" } };
  return { truth: "no", evidence: { path: enabled.path, value: null, note: "Object Lock is not enabled on the bucket" } };
}
function trail3(ctx) {
  const label = "CloudTrail trail";
  const validation = conf(ctx.item, "logFileValidationEnabled");
  const key = conf(ctx.item, "kmsKeyId");
  const encrypted = text(key) ? "yes" : hasConfiguration(ctx.item) ? "no" : "unknown";
  const keyEvidence = text(key) ? { path: key.path, note: "logs encrypted with a KMS key" } : { path: key.path, value: null, note: "no KMS key: the logs have only the bucket's default SSE-S3 encryption" };
  const name = text(conf(ctx.item, "s3BucketName"));
  const bucket5 = name ? ctx.lookups.buckets.get(name) : void 0;
  const lock = bucket5 && bucket5 !== "not-found" && bucket5.objectLock ? { truth: bucket5.objectLock.truth, evidence: { ...bucket5.objectLock.evidence, from: name } } : { truth: "unknown", evidence: { path: "configuration.s3BucketName", note: `bucket not in the Config inventory read${ctx.lookups.bucketState.read ? "" : ` (${ctx.lookups.bucketState.why})`}` } };
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
  "AWS::CloudTrail::Trail": trail3
};

// providers/aws/logging.ts
function trail4(ctx) {
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
function trailBucket2(ctx) {
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
  "AWS::CloudTrail::Trail": trail4
};
var LOG_STORE = {
  "AWS::CloudTrail::Trail": trailBucket2
};
function logGroupStore(retentionInDays) {
  const base = { kind: "log-group", label: "CloudWatch log group" };
  const n = num({ value: retentionInDays, path: "retentionInDays" });
  if (n === void 0 && retentionInDays !== void 0 && retentionInDays !== null) {
    return { ...base, retentionDays: "unknown", evidence: [{ path: "retentionInDays", note: "not a number of days" }], settle: "a retentionInDays that is a number of days" };
  }
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

// providers/aws/backups.ts
function planRetention2(item) {
  const rules = list(conf(item, "BackupPlan.BackupPlanRule"));
  if (!rules || rules.length === 0) return "unknown";
  let longest2 = 0;
  for (const rule of rules) {
    if (!isRecord(rule)) return "unknown";
    const lifecycle = isRecord(rule.Lifecycle) ? rule.Lifecycle : isRecord(rule.lifecycle) ? rule.lifecycle : void 0;
    const days = lifecycle ? num({ value: lifecycle.DeleteAfterDays ?? lifecycle.deleteAfterDays, path: "" }) : void 0;
    if (days === void 0 || days <= 0) return void 0;
    longest2 = Math.max(longest2, days);
  }
  return longest2;
}
var CONDITION_OPS = ["StringEquals", "StringNotEquals", "StringLike", "StringNotLike"];
function listOfTags(item) {
  const out = [];
  for (const t of list(conf(item, "BackupSelection.ListOfTags")) ?? []) {
    if (!isRecord(t) || typeof t.ConditionKey !== "string" || typeof t.ConditionValue !== "string") return "unreadable";
    if (t.ConditionType !== void 0 && String(t.ConditionType).toUpperCase() !== "STRINGEQUALS") return "unreadable";
    out.push({ key: t.ConditionKey.replace(/^aws:ResourceTag\//, ""), value: t.ConditionValue });
  }
  return out;
}
function conditionsOf(item) {
  const c = conf(item, "BackupSelection.Conditions").value;
  if (c === void 0 || c === null) return [];
  if (!isRecord(c)) return "unreadable";
  const out = [];
  for (const op of CONDITION_OPS) {
    for (const p of Array.isArray(c[op]) ? c[op] : []) {
      if (!isRecord(p) || typeof p.ConditionKey !== "string" || typeof p.ConditionValue !== "string") return "unreadable";
      out.push({ op, key: p.ConditionKey.replace(/^aws:ResourceTag\//, ""), value: p.ConditionValue });
    }
  }
  return out;
}
function selectionOf(item) {
  const strings2 = (path) => (list(conf(item, path)) ?? []).filter((x) => typeof x === "string");
  return {
    planId: text(conf(item, "BackupPlanId")),
    resources: strings2("BackupSelection.Resources"),
    notResources: strings2("BackupSelection.NotResources"),
    tags: listOfTags(item),
    conditions: conditionsOf(item),
    name: text(conf(item, "BackupSelection.SelectionName")) ?? item.resourceName ?? item.resourceId ?? "selection"
  };
}
function absorbBackupPlan(item, facts) {
  const id = text(conf(item, "BackupPlanId")) ?? item.resourceId;
  if (id) facts.backupPlans.set(id, planRetention2(item));
}
function globMatch(pattern, value) {
  if (!pattern.includes("*")) return pattern === value;
  const re = new RegExp(`^${pattern.split("*").map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`);
  return re.test(value);
}
function tagVerdict(sel, tags) {
  if (sel.tags === "unreadable" || sel.conditions === "unreadable") return "maybe";
  if (sel.tags.length === 0 && sel.conditions.length === 0) return "none";
  if (!tags) return "maybe";
  const listed = sel.tags.length === 0 || sel.tags.some((t) => tags[t.key] === t.value);
  const holds = sel.conditions.every((c) => {
    const v = tags[c.key];
    if (c.op === "StringEquals") return v === c.value;
    if (c.op === "StringNotEquals") return v !== c.value;
    if (c.op === "StringLike") return v !== void 0 && globMatch(c.value, v);
    return v === void 0 || !globMatch(c.value, v);
  });
  return listed && holds ? "yes" : "no";
}
function selects(sel, arn, tags) {
  if (!arn) return "no";
  if (sel.notResources.some((p) => globMatch(p, arn))) return "no";
  const t = tagVerdict(sel, tags);
  if (sel.resources.length === 0) return t === "none" ? "maybe" : t;
  if (!sel.resources.some((p) => globMatch(p, arn))) return "no";
  return t === "none" ? "yes" : t;
}
function coverage(arn, tags, facts) {
  let maybe;
  for (const sel of facts.backupSelections) {
    const retention3 = sel.planId === void 0 ? "unknown" : facts.backupPlans.has(sel.planId) ? facts.backupPlans.get(sel.planId) : "unknown";
    const evidence2 = [{ path: "AWS::Backup::BackupSelection", note: `backup selection ${sel.name}` }];
    const verdict = selects(sel, arn, tags);
    if (verdict === "no") continue;
    if (verdict === "maybe") {
      maybe ??= { covered: "maybe", evidence: [{ ...evidence2[0], note: `backup selection ${sel.name} may cover the store (its tag tests or the store's tags cannot be read)` }] };
      continue;
    }
    const c = { covered: "yes", evidence: [{ ...evidence2[0], note: `backup selection ${sel.name} covers the store` }] };
    if (retention3 !== void 0) c.retentionDays = retention3;
    c.evidence.push({ path: "BackupPlan.BackupPlanRule.Lifecycle.DeleteAfterDays", ...typeof retention3 === "number" ? { value: retention3 } : {}, note: retention3 === void 0 ? "a rule keeps recovery points until deleted" : retention3 === "unknown" ? "the plan or its rules are not among the items read" : "longest retention of the plan" });
    return c;
  }
  return maybe ?? { covered: "no", evidence: [] };
}
function combine3(service, own2, ctx, c = coverage(ctx.item.arn, tagsOf(ctx.item), ctx.facts)) {
  if (c.covered === "yes") {
    const out = { service, enabled: "yes", evidence: [...own2.evidence, ...c.evidence] };
    const mine = own2.enabled === "yes" ? own2.retentionDays : 0;
    const r = c.retentionDays === void 0 || mine === void 0 ? void 0 : c.retentionDays === "unknown" || mine === "unknown" ? "unknown" : Math.max(c.retentionDays, mine);
    if (r !== void 0) out.retentionDays = r;
    if (r === "unknown") out.settle = "the lifecycle of the AWS Backup plan rules covering the store";
    return out;
  }
  if (c.covered === "maybe" && own2.enabled !== "yes") {
    return { service, enabled: "unknown", evidence: [...own2.evidence, ...c.evidence], settle: "whether an AWS Backup selection by tags covers the store (aws backup get-backup-selection)" };
  }
  return own2;
}
function retention2(service, path) {
  return (ctx) => {
    const f = conf(ctx.item, path);
    const days = num(f);
    let own2;
    if (days === void 0) own2 = { service, enabled: "unknown", retentionDays: "unknown", evidence: [ev(f)], settle: `the ${path} of the ${service} (not in its configuration item)` };
    else if (days === 0) own2 = { service, enabled: "no", evidence: [ev(f, { note: "automated backups turned off" })] };
    else own2 = { service, enabled: "yes", retentionDays: days, evidence: [ev(f)] };
    return combine3(service, own2, ctx);
  };
}
function dbInstance4(ctx) {
  if (text(conf(ctx.item, "readReplicaSourceDBInstanceIdentifier"))) return void 0;
  return retention2("RDS instance", "backupRetentionPeriod")(ctx);
}
function dynamodbTable5(ctx) {
  const service = "DynamoDB table";
  const status = supp(ctx.item, "ContinuousBackupsDescription.pointInTimeRecoveryDescription.pointInTimeRecoveryStatus");
  const s = text(status);
  let own2;
  if (s === "ENABLED") {
    const period = num(supp(ctx.item, "ContinuousBackupsDescription.pointInTimeRecoveryDescription.recoveryPeriodInDays"));
    own2 = { service, enabled: "yes", retentionDays: period ?? 35, evidence: [ev(status, { safe: true }), ...period === void 0 ? [{ path: "recoveryPeriodInDays", value: null, note: "not set: 35 days" }] : []] };
  } else if (s === "DISABLED" || s === "DISABLING") own2 = { service, enabled: "no", evidence: [ev(status, { safe: true })] };
  else own2 = { service, enabled: "unknown", evidence: [ev(status)], settle: "the point-in-time recovery status of the table (aws dynamodb describe-continuous-backups)" };
  return combine3(service, own2, ctx);
}
function efsFileSystem2(ctx) {
  const service = "EFS file system";
  const status = conf(ctx.item, "BackupPolicy.Status");
  const s = text(status);
  let own2;
  if (s === "ENABLED" || s === "ENABLING") own2 = { service, enabled: "yes", retentionDays: 35, evidence: [ev(status, { safe: true, note: "automatic backups: the default AWS Backup plan keeps daily backups 35 days" })] };
  else if (s === "DISABLED" || s === "DISABLING" || s === void 0 && hasConfiguration(ctx.item)) {
    own2 = { service, enabled: "no", evidence: [ev(status, { safe: true, ...s === void 0 ? { note: "no backup policy: automatic backups are off" } : {} })] };
  } else own2 = { service, enabled: "unknown", evidence: [ev(status)], settle: "the backup policy of the file system (aws efs describe-backup-policy)" };
  return combine3(service, own2, ctx);
}
var NO_SELECTIONS = "no AWS Backup selection was read for the account (AWS::Backup::BackupSelection is not recorded, or none exists)";
function ec2Store2(service) {
  return (ctx) => {
    if (ctx.facts.backupSelections.length === 0) {
      return { service, enabled: "unknown", evidence: [{ path: "AWS::Backup::BackupSelection", value: null, note: NO_SELECTIONS }], settle: `whether an AWS Backup selection covers the ${service} (aws backup list-backup-selections; record AWS::Backup::BackupSelection in AWS Config)` };
    }
    const own2 = { service, enabled: "no", evidence: [{ path: "AWS::Backup::BackupSelection", value: null, note: "no AWS Backup selection read for the account covers it" }] };
    let best = coverage(ctx.item.arn, tagsOf(ctx.item), ctx.facts);
    if (best.covered !== "yes" && ctx.item.resourceType === "AWS::EC2::Volume") {
      const region = arnRegion(ctx.item.arn) ?? ctx.item.awsRegion;
      const account = arnAccount(ctx.item.arn) ?? ctx.item.accountId;
      for (const [i, a] of (list(conf(ctx.item, "attachments")) ?? []).entries()) {
        const id = isRecord(a) && typeof a.instanceId === "string" ? a.instanceId : void 0;
        if (!id || !region || !account) continue;
        const c = coverage(`arn:aws:ec2:${region}:${account}:instance/${id}`, void 0, ctx.facts);
        if (c.covered === "no" || c.covered === "maybe" && best.covered === "maybe") continue;
        best = { ...c, evidence: [{ path: `configuration.attachments[${i}].instanceId`, note: "attached to an instance: backed up with it" }, ...c.evidence] };
        if (c.covered === "yes") break;
      }
    }
    const out = combine3(service, own2, ctx, best);
    if (best.covered === "maybe") out.settle = `whether an AWS Backup selection by tags covers the ${service}${ctx.item.resourceType === "AWS::EC2::Volume" ? " or the instance it is attached to" : ""} (aws backup get-backup-selection)`;
    return out;
  };
}
function bucketVersioning2(ctx) {
  const service = "S3 bucket";
  const via = "versioning";
  const raw = supp(ctx.item, "BucketVersioningConfiguration");
  const decoded = decodeJsonText(raw.value);
  const status = isRecord(decoded) && typeof decoded.status === "string" ? decoded.status : void 0;
  const path = "supplementaryConfiguration.BucketVersioningConfiguration.status";
  if (status === void 0) return { service, via, enabled: "unknown", evidence: [{ path, value: null, note: "not in the configuration item" }], settle: "the versioning status of the bucket (aws s3api get-bucket-versioning)" };
  return { service, via, enabled: status === "Enabled" ? "yes" : "no", evidence: [{ path, value: status }] };
}
function backupVault2(ctx) {
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
  "AWS::RDS::DBInstance": dbInstance4,
  "AWS::RDS::DBCluster": retention2("RDS cluster", "backupRetentionPeriod"),
  "AWS::DynamoDB::Table": dynamodbTable5,
  "AWS::EFS::FileSystem": efsFileSystem2,
  "AWS::Redshift::Cluster": retention2("Redshift cluster", "automatedSnapshotRetentionPeriod"),
  "AWS::EC2::Volume": ec2Store2("EBS volume"),
  "AWS::EC2::Instance": ec2Store2("EC2 instance"),
  "AWS::S3::Bucket": bucketVersioning2
};
var BACKUP_VAULT = {
  "AWS::Backup::BackupVault": backupVault2
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
    if (!actions) return { label, encryptedOnly: "unknown", evidence: [ev(protocolF, { safe: true }), ev(actionsF)], settle: "the default actions of the HTTP listener" };
    let truth = "yes";
    const evidence2 = [ev(protocolF, { safe: true })];
    actions.forEach((a, i) => {
      if (!isRecord(a)) return;
      const type = String(a.Type ?? a.type ?? "").toLowerCase();
      const path = `${actionsF.path}[${i}]`;
      if (SERVING.has(type)) {
        truth = "no";
        evidence2.push(evidenceAt(`${path}.Type`, type, { safe: true, note: "serves plain HTTP" }));
      } else if (type === "redirect") {
        const cfg = isRecord(a.RedirectConfig) ? a.RedirectConfig : isRecord(a.redirectConfig) ? a.redirectConfig : {};
        const to = String(cfg.Protocol ?? cfg.protocol ?? "#{protocol}");
        if (to !== "HTTPS") truth = "no";
        evidence2.push(evidenceAt(`${path}.RedirectConfig.Protocol`, to, { safe: true, ...to === "HTTPS" ? { note: "redirected to HTTPS (listener rules are not in AWS Config)" } : {} }));
      } else if (type === "" && truth === "yes") truth = "unknown";
    });
    return { label, encryptedOnly: truth, evidence: evidence2, ...truth === "unknown" ? { settle: "the default actions of the HTTP listener" } : {} };
  }
  if (protocol !== "HTTPS" && protocol !== "TLS") return void 0;
  const policyF = conf(ctx.item, "SslPolicy");
  const name = text(policyF);
  if (!name) {
    return { label, encryptedOnly: "yes", minTls: "unknown", weakCiphers: "unknown", evidence: [ev(protocolF, { safe: true }), ev(policyF)], settle: "the security policy of the listener (aws elbv2 describe-listeners)" };
  }
  const p = elbPolicy(name);
  const out = { label, encryptedOnly: "yes", minTls: p.minTls, weakCiphers: p.weakCiphers, evidence: [ev(protocolF, { safe: true }), ev(policyF, { safe: true })] };
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
      evidence2.push(ev(f, { safe: true, note: "viewers may use plain HTTP" }));
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
    evidence2.push(ev(version, { safe: true }));
  } else evidence2.push(ev(version));
  const out = { label, encryptedOnly, minTls: policy.minTls, weakCiphers: policy.weakCiphers, evidence: evidence2 };
  if (encryptedOnly === "unknown" || policy.minTls === "unknown" || policy.weakCiphers === "unknown") out.settle = "the viewer protocol policies and viewer certificate of the distribution";
  return out;
}
function bucket3(ctx) {
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
function searchDomain5(label, key) {
  return (ctx) => {
    const enforce = conf(ctx.item, `${key}.EnforceHTTPS`);
    const policy = conf(ctx.item, `${key}.TLSSecurityPolicy`);
    const t = truthy(enforce);
    const minTls = text(policy) ? openSearchPolicy(text(policy)).minTls : "unknown";
    const out = { label, encryptedOnly: t ?? "unknown", minTls, evidence: [ev(enforce), ev(policy, { safe: true })] };
    if (t === void 0 || minTls === "unknown") out.settle = `the endpoint options of the ${label} (EnforceHTTPS, TLSSecurityPolicy)`;
    return out;
  };
}
var TRANSIT = {
  "AWS::ElasticLoadBalancingV2::Listener": listener,
  "AWS::CloudFront::Distribution": distribution,
  "AWS::S3::Bucket": bucket3,
  "AWS::OpenSearch::Domain": searchDomain5("OpenSearch domain", "DomainEndpointOptions"),
  "AWS::Elasticsearch::Domain": searchDomain5("Elasticsearch domain", "domainEndpointOptions")
};

// providers/aws/keys.ts
function kmsKey2(ctx) {
  const { item } = ctx;
  const label = "KMS key";
  if (text(conf(item, "keyManager")) !== "CUSTOMER") return void 0;
  const state = text(conf(item, "keyState"));
  if (state === "PendingDeletion" || state === "PendingReplicaDeletion") return void 0;
  const usage = conf(item, "keyUsage");
  const spec = text(conf(item, "keySpec")) !== void 0 ? conf(item, "keySpec") : conf(item, "customerMasterKeySpec");
  const origin = conf(item, "origin");
  if (text(origin) === "EXTERNAL" || text(origin) === "EXTERNAL_KEY_STORE") {
    return { label, rotation: "not-applicable", evidence: [ev(origin, { safe: true, note: "imported or external key material cannot rotate automatically" })] };
  }
  if (text(usage) !== void 0 && text(usage) !== "ENCRYPT_DECRYPT" || text(spec) !== void 0 && text(spec) !== "SYMMETRIC_DEFAULT") {
    return { label, rotation: "not-applicable", evidence: [ev(spec, { safe: true, note: "asymmetric and HMAC keys cannot rotate automatically" }), ev(usage, { safe: true })] };
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
  "AWS::KMS::Key": kmsKey2
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

// providers/aws/detection.ts
function guardDuty2(ctx) {
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
function ecrRepository2(ctx) {
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
  "AWS::GuardDuty::Detector": guardDuty2
};
var FLOW_LOG = {
  "AWS::EC2::VPC": vpcFlowLog
};
var VULNERABILITY_SCAN = {
  "AWS::ECR::Repository": ecrRepository2
};

// providers/aws/placement.ts
function vpc2(ctx) {
  const f = conf(ctx.item, "isDefault");
  return { label: "VPC", isDefault: truthy(f) ?? "unknown", evidence: [ev(f)] };
}
function flag2(label, path) {
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
  "AWS::EC2::VPC": vpc2
};
var AVAILABILITY = {
  "AWS::RDS::DBInstance": flag2("RDS instance", "multiAZ"),
  "AWS::RDS::DBCluster": flag2("RDS cluster", "multiAZ"),
  "AWS::ElasticLoadBalancingV2::LoadBalancer": zones("load balancer", "availabilityZones"),
  "AWS::AutoScaling::AutoScalingGroup": zones("Auto Scaling group", "availabilityZones")
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

// providers/aws/public-access.ts
var ACCOUNT_PUBLIC_ACCESS_BLOCK = "AWS::S3::AccountPublicAccessBlock";
function blockSettingsOf(config) {
  if (!isRecord(config)) return void 0;
  const out = { ...NO_BLOCK };
  for (const k of BLOCK_KEYS) out[k] = truthy(field(config, "", k)) ?? "no";
  return out;
}
function granteeName(g) {
  if (typeof g === "string") return g;
  if (!isRecord(g)) return void 0;
  const v = g.uri ?? g.URI ?? g.identifier ?? g.id;
  return typeof v === "string" ? v : void 0;
}
function aclOf2(item, captured) {
  const grants = supp(item, "AccessControlList.grantList");
  const listed = list(grants);
  if (!listed) {
    return captured && supp(item, "AccessControlList").value === void 0 ? { truth: "no", evidence: { path: "supplementaryConfiguration.AccessControlList", value: null, note: "no ACL in the item: the bucket owner only" } } : { truth: captured ? "no" : "unknown", evidence: { path: grants.path, value: null, note: captured ? "no grant in the ACL" : "supplementary configuration not in the item" } };
  }
  const i = listed.findIndex((g) => isRecord(g) && typeof granteeName(g.grantee) === "string" && granteeIsPublic(granteeName(g.grantee)));
  if (i >= 0) return { truth: "yes", evidence: { path: `${grants.path}[${i}].grantee`, note: "a grant to a group of everyone (AllUsers or AuthenticatedUsers)" } };
  return { truth: "no", evidence: { path: grants.path, note: "no grant to everyone" } };
}
function policyOf2(policy, captured, whose) {
  const doc = typeof policy.value === "string" ? policy.value : isRecord(policy.value) ? JSON.stringify(policy.value) : void 0;
  if (doc === void 0) return { truth: captured ? "no" : "unknown", evidence: { path: policy.path, value: null, note: captured ? `no ${whose} policy` : `${whose === "bucket" ? "supplementary " : ""}configuration not in the item` } };
  const reading = bucketPolicyIsPublic(doc);
  if (reading === void 0) return { truth: "unknown", evidence: { path: policy.path, note: "policy document could not be read" } };
  return { truth: reading ? "yes" : "no", evidence: { path: policy.path, note: reading ? 'allows everyone (Principal "*") without a condition on the caller' : "grants nothing to everyone" } };
}
function bucket4(ctx) {
  const label = "S3 bucket";
  const captured = s3SupplementCaptured(ctx.item);
  const blockPath = "supplementaryConfiguration.PublicAccessBlockConfiguration";
  const own2 = blockSettingsOf(supp(ctx.item, "PublicAccessBlockConfiguration").value) ?? (captured ? NO_BLOCK : UNKNOWN_BLOCK);
  const { settings: account, evidence: accountEvidence } = accountBlock2(ctx);
  const acl = aclOf2(ctx.item, captured);
  const policy = policyOf2(supp(ctx.item, "BucketPolicy.policyText"), captured, "bucket");
  const exposure = bucketExposure(acl.truth, policy.truth, own2, account);
  const evidence2 = [
    blockEvidence(blockPath, own2, "bucket"),
    acl.evidence,
    policy.evidence,
    accountEvidence,
    { path: "publicAccess", note: exposure.note }
  ];
  const out = { label, public: exposure.public, evidence: evidence2 };
  if (exposure.public === "unknown") out.settle = exposureSettle(acl.truth, policy.truth, own2, account);
  return out;
}
function accountBlock2(ctx) {
  const read = ctx.facts.publicAccessBlock;
  return read ? { settings: read, evidence: blockEvidence("configuration", read, "account", ACCOUNT_PUBLIC_ACCESS_BLOCK) } : { settings: UNKNOWN_BLOCK, evidence: { path: ACCOUNT_PUBLIC_ACCESS_BLOCK, value: null, note: "no account-level public access block item read for the account" } };
}
function accessPoint2(ctx) {
  const label = "S3 access point";
  const captured = ctx.item.configuration !== void 0;
  const blockPath = "configuration.PublicAccessBlockConfiguration";
  const own2 = blockSettingsOf(conf(ctx.item, "PublicAccessBlockConfiguration").value) ?? UNKNOWN_BLOCK;
  const origin = conf(ctx.item, "NetworkOrigin");
  const originText = text(origin)?.toLowerCase();
  const vpcOnly = originText === "vpc" ? "yes" : originText === "internet" ? "no" : "unknown";
  const { settings: account, evidence: accountEvidence } = accountBlock2(ctx);
  const policy = policyOf2(conf(ctx.item, "Policy"), captured, "access point");
  const exposure = accessPointExposure(policy.truth, vpcOnly, own2, account);
  const evidence2 = [
    blockEvidence(blockPath, own2, "access point"),
    vpcOnly === "unknown" ? { path: origin.path, value: null, note: "network origin not in the item" } : evidenceAt(origin.path, vpcOnly === "yes" ? "VPC" : "Internet", { safe: true, note: "network origin" }),
    policy.evidence,
    accountEvidence,
    { path: "publicAccess", note: exposure.note }
  ];
  const out = { label, public: exposure.public, evidence: evidence2 };
  if (exposure.public === "unknown") out.settle = accessPointSettle(policy.truth, vpcOnly, own2, account);
  return out;
}
var PUBLIC_ACCESS = {
  "AWS::S3::Bucket": bucket4,
  "AWS::S3::AccessPoint": accessPoint2
};

// providers/aws/registry.ts
function each(types, builder) {
  return Object.fromEntries([...types].map((t) => [t, builder]));
}
var LOG_GROUPS = {
  logStore: { "AWS::Logs::LogGroup": (ctx) => logGroupStore(ctx.item.configuration?.retentionInDays) },
  storage: { "AWS::Logs::LogGroup": (ctx) => logGroupStorage(text(conf(ctx.item, "kmsKeyId")), "configuration.kmsKeyId") }
};
var LIVE_TABLES = [
  { storage: STORAGE },
  { dataLocations: each([...DATA_TYPES, "AWS::Backup::BackupPlan"], dataLocations) },
  { ingress: INGRESS, adminEndpoint: ENDPOINTS },
  { identity: IDENTITY },
  { logStore: LOG_STORE, auditTrail: AUDIT_TRAIL },
  LOG_GROUPS,
  { backup: BACKUP, backupVault: BACKUP_VAULT },
  { transit: TRANSIT },
  { key: KEY },
  { plaintextSecrets: PLAINTEXT },
  { logProtection: LOG_PROTECTION },
  { detection: DETECTION, flowLog: FLOW_LOG, vulnerabilityScan: VULNERABILITY_SCAN },
  { defaultNetwork: DEFAULT_NETWORK, availability: AVAILABILITY },
  { credential: { "AWS::IAM::User": (ctx) => userCredential(ctx.item, ctx.facts) } },
  { publicAccess: PUBLIC_ACCESS }
];
var AWS_REGISTRY = {
  cloud: "aws",
  plan: PLAN_TABLES,
  live: LIVE_TABLES,
  twins: {
    aws_s3_bucket: "AWS::S3::Bucket",
    aws_s3_access_point: "AWS::S3::AccessPoint",
    aws_ebs_volume: "AWS::EC2::Volume",
    aws_instance: "AWS::EC2::Instance",
    aws_launch_template: "AWS::EC2::LaunchTemplate",
    aws_launch_configuration: "AWS::AutoScaling::LaunchConfiguration",
    aws_autoscaling_group: "AWS::AutoScaling::AutoScalingGroup",
    aws_db_instance: "AWS::RDS::DBInstance",
    aws_db_instance_automated_backups_replication: "AWS::RDS::DBInstance",
    aws_rds_cluster: "AWS::RDS::DBCluster",
    aws_rds_cluster_instance: "AWS::RDS::DBInstance",
    aws_docdb_cluster: "AWS::RDS::DBCluster",
    aws_neptune_cluster: "AWS::RDS::DBCluster",
    aws_dynamodb_table: "AWS::DynamoDB::Table",
    aws_dynamodb_table_replica: "AWS::DynamoDB::Table",
    aws_efs_file_system: "AWS::EFS::FileSystem",
    aws_eks_cluster: "AWS::EKS::Cluster",
    aws_elasticache_cluster: "AWS::ElastiCache::CacheCluster",
    aws_elasticache_replication_group: "AWS::ElastiCache::ReplicationGroup",
    aws_redshift_cluster: "AWS::Redshift::Cluster",
    aws_redshift_snapshot_copy: "AWS::Redshift::Cluster",
    aws_opensearch_domain: "AWS::OpenSearch::Domain",
    aws_elasticsearch_domain: "AWS::Elasticsearch::Domain",
    aws_sqs_queue: "AWS::SQS::Queue",
    aws_sns_topic: "AWS::SNS::Topic",
    aws_kinesis_stream: "AWS::Kinesis::Stream",
    aws_msk_cluster: "AWS::MSK::Cluster",
    aws_secretsmanager_secret: "AWS::SecretsManager::Secret",
    aws_ssm_parameter: "AWS::SSM::Parameter",
    aws_backup_vault: "AWS::Backup::BackupVault",
    aws_backup_logically_air_gapped_vault: "AWS::Backup::BackupVault",
    aws_backup_plan: "AWS::Backup::BackupPlan",
    aws_kms_key: "AWS::KMS::Key",
    aws_kms_external_key: "AWS::KMS::Key",
    aws_kms_replica_key: "AWS::KMS::Key",
    aws_kms_replica_external_key: "AWS::KMS::Key",
    aws_lambda_function: "AWS::Lambda::Function",
    aws_ecr_repository: "AWS::ECR::Repository",
    aws_ecs_task_definition: "AWS::ECS::TaskDefinition",
    aws_dms_replication_instance: "AWS::DMS::ReplicationInstance",
    aws_cloudwatch_log_group: "AWS::Logs::LogGroup",
    aws_cloudtrail: "AWS::CloudTrail::Trail",
    aws_security_group: "AWS::EC2::SecurityGroup",
    aws_default_security_group: "AWS::EC2::SecurityGroup",
    aws_security_group_rule: "AWS::EC2::SecurityGroup",
    aws_vpc_security_group_ingress_rule: "AWS::EC2::SecurityGroup",
    aws_network_acl: "AWS::EC2::NetworkAcl",
    aws_default_network_acl: "AWS::EC2::NetworkAcl",
    aws_network_acl_rule: "AWS::EC2::NetworkAcl",
    aws_vpc: "AWS::EC2::VPC",
    aws_default_vpc: "AWS::EC2::VPC",
    aws_default_subnet: "AWS::EC2::Subnet",
    aws_lb: "AWS::ElasticLoadBalancingV2::LoadBalancer",
    aws_alb: "AWS::ElasticLoadBalancingV2::LoadBalancer",
    aws_lb_listener: "AWS::ElasticLoadBalancingV2::Listener",
    aws_alb_listener: "AWS::ElasticLoadBalancingV2::Listener",
    aws_cloudfront_distribution: "AWS::CloudFront::Distribution",
    aws_api_gateway_domain_name: "AWS::ApiGateway::DomainName",
    aws_apigatewayv2_domain_name: "AWS::ApiGatewayV2::DomainName",
    aws_guardduty_detector: "AWS::GuardDuty::Detector",
    aws_iam_user: "AWS::IAM::User",
    aws_iam_access_key: "AWS::IAM::User",
    aws_iam_service_specific_credential: "AWS::IAM::User",
    aws_iam_group: "AWS::IAM::Group",
    aws_iam_role: "AWS::IAM::Role"
  }
};

// providers/aws/knowledge/account-controls.ts
var REGIONAL_SERVICES = [
  { service: "GuardDuty", slug: "guardduty", type: "AWS::GuardDuty::Detector", command: "aws guardduty list-detectors" },
  { service: "Security Hub", slug: "securityhub", type: "AWS::SecurityHub::Hub", command: "aws securityhub describe-hub" }
];
var INSPECTOR = { slug: "inspector", label: "Amazon Inspector", types: ["ec2", "ecr"], command: "aws inspector2 batch-get-account-status" };
var RECORDER = { slug: "config", label: "AWS Config recorder", type: "AWS::Config::ConfigurationRecorder" };
var TRAIL = { slug: "cloudtrail", label: "CloudTrail multi-region trail", where: "every region" };

// providers/aws/account-controls.ts
var CONTROL_TYPES = REGIONAL_SERVICES.map((s) => s.type);
function records(recorder, type) {
  if (recorder.recording !== "yes" || !recorder.scope) return false;
  const listed = recorder.scope.types.includes(type);
  return recorder.scope.mode === "all" || (recorder.scope.mode === "only" ? listed : !listed);
}
function serviceIn(s, region, inv) {
  const base = { service: s.service, where: region };
  if (inv.present.includes(s.type)) return { ...base, enabled: "yes", evidence: [{ path: s.type, note: `AWS Config holds a ${s.type} in ${region}` }] };
  if ("unread" in inv.recorder) {
    return { ...base, enabled: "unknown", evidence: [{ path: s.type, value: null, note: inv.recorder.unread }], settle: `${s.command} --region ${region}, or the AWS Config recorder of the region` };
  }
  if (records(inv.recorder, s.type)) {
    return { ...base, enabled: "no", evidence: [...inv.recorder.evidence, { path: s.type, value: null, note: `the recorder records ${s.type} and holds none in ${region}` }] };
  }
  return {
    ...base,
    enabled: "unknown",
    evidence: [...inv.recorder.evidence, { path: s.type, value: null, note: `the recorder of ${region} does not record ${s.type}` }],
    settle: `${s.command} --region ${region}, or record ${s.type} in AWS Config`
  };
}
function recorderIn(region, inv) {
  const base = { label: RECORDER.label, where: region, multiRegion: "unknown", integrityValidation: "unknown", coversAllServices: "unknown" };
  if ("unread" in inv.recorder) {
    return { ...base, present: "unknown", evidence: [{ path: "DescribeConfigurationRecorderStatus", value: null, note: inv.recorder.unread }], settle: `aws configservice describe-configuration-recorder-status --region ${region}` };
  }
  return { ...base, present: inv.recorder.recording, evidence: inv.recorder.evidence };
}
function inspectorIn(region, state) {
  const label = `account in ${region} (${INSPECTOR.label}: ${INSPECTOR.types.map((t) => t.toUpperCase()).join(", ")})`;
  const settle = `${INSPECTOR.command} --region ${region}`;
  if ("unread" in state) return { label, enabled: "unknown", evidence: [{ path: "BatchGetAccountStatus", value: null, note: state.unread }], settle };
  const evidence2 = INSPECTOR.types.map((t) => ({ path: `resourceState.${t}.status`, value: state[t] ?? null }));
  const statuses = INSPECTOR.types.map((t) => state[t]);
  if (statuses.every((s) => s === "ENABLED")) return { label, enabled: "yes", evidence: evidence2 };
  if (statuses.some((s) => s !== void 0 && s !== "ENABLED" && s !== "ENABLING")) return { label, enabled: "no", evidence: evidence2 };
  return { label, enabled: "unknown", evidence: evidence2, settle };
}
function trailCoverage(facts) {
  const base = { label: TRAIL.label, where: TRAIL.where, multiRegion: "unknown", integrityValidation: "unknown", coversAllServices: "unknown" };
  const listed = "unread" in facts.trailList ? void 0 : facts.trailList;
  const seen = [.../* @__PURE__ */ new Set([...listed?.multiRegion ?? [], ...facts.multiRegionTrails])].sort();
  if (seen.length) return { ...base, present: "yes", evidence: seen.slice(0, 5).map((arn) => ({ path: "isMultiRegionTrail", value: true, from: arn })) };
  if (listed) {
    const note = listed.singleRegion.length ? `${listed.singleRegion.length} single-region trail(s) only` : "no trail";
    return { ...base, present: "no", evidence: [{ path: "DescribeTrails.trailList", value: null, note }] };
  }
  const why2 = "unread" in facts.trailList ? facts.trailList.unread : "";
  return { ...base, present: "unknown", evidence: [{ path: "DescribeTrails.trailList", value: null, note: why2 }], settle: "the trails of the account (aws cloudtrail describe-trails), read by `cldscan scan --aws` with the account's credentials" };
}
function regionalControls(facts, accountArn, source) {
  const out = [];
  for (const [region, inv] of [...facts.regionsRead].sort(([a], [b]) => a < b ? -1 : 1)) {
    const controls = [[RECORDER.slug, { auditTrail: recorderIn(region, inv) }], ...REGIONAL_SERVICES.map((s) => [s.slug, { detection: serviceIn(s, region, inv) }])];
    if (inv.inspector) controls.push([INSPECTOR.slug, { vulnerabilityScan: inspectorIn(region, inv.inspector) }]);
    for (const [slug, facets] of controls) {
      out.push({ id: `${accountArn}/${slug}/${region}`, provider: "aws", nativeType: "AWS::::Account", region, source: { ...source }, facets });
    }
  }
  return out;
}
function scopeOf(g) {
  const strategy = g?.recordingStrategy?.useOnly;
  if (g?.allSupported === true || strategy === "ALL_SUPPORTED_RESOURCE_TYPES") return { mode: "all", types: [] };
  if (strategy === "EXCLUSION_BY_RESOURCE_TYPES") return { mode: "except", types: g?.exclusionByResourceTypes?.resourceTypes ?? [] };
  return g?.resourceTypes ? { mode: "only", types: g.resourceTypes } : void 0;
}
function recorderFrom(recorders, statuses) {
  const rec = recorders[0];
  if (!rec) return { recording: "no", evidence: [{ path: "DescribeConfigurationRecorders.ConfigurationRecorders", value: null, note: "no configuration recorder" }] };
  const status = statuses.find((s) => s.name === rec.name) ?? statuses[0];
  const recording = status?.recording === true ? "yes" : status?.recording === false ? "no" : "unknown";
  const scope = scopeOf(rec.recordingGroup);
  return {
    recording,
    ...scope ? { scope } : {},
    evidence: [{ path: "DescribeConfigurationRecorderStatus.recording", value: status?.recording ?? null, note: `recorder ${rec.name ?? ""}` }]
  };
}
function recorderFromItem(configuration, capturedAt) {
  const c = typeof configuration === "object" && configuration !== null ? configuration : {};
  const g = c.RecordingGroup;
  const strings2 = (v) => Array.isArray(v) ? v.filter((t) => typeof t === "string") : void 0;
  const resourceTypes = strings2(g?.ResourceTypes);
  const excluded = strings2(g?.ExclusionByResourceTypes?.ResourceTypes);
  const scope = scopeOf(
    g && {
      ...typeof g.AllSupported === "boolean" ? { allSupported: g.AllSupported } : {},
      ...resourceTypes ? { resourceTypes } : {},
      ...excluded ? { exclusionByResourceTypes: { resourceTypes: excluded } } : {},
      ...typeof g.RecordingStrategy?.UseOnly === "string" ? { recordingStrategy: { useOnly: g.RecordingStrategy.UseOnly } } : {}
    }
  );
  const when = capturedAt === void 0 ? "" : ` (captured ${new Date(capturedAt).toISOString()})`;
  return {
    recording: c.Recording === true ? "yes" : c.Recording === false ? "no" : "unknown",
    ...scope ? { scope } : {},
    evidence: [{ path: `${RECORDER.type}.configuration.Recording`, value: typeof c.Recording === "boolean" ? c.Recording : null, note: `recorder ${typeof c.Name === "string" ? c.Name : ""} as AWS Config recorded it${when}` }]
  };
}

// providers/aws/model.ts
var PREREQUISITE_TYPES = [
  "AWS::KMS::Key",
  "AWS::IAM::Policy",
  "AWS::IAM::Group",
  "AWS::Backup::BackupPlan",
  "AWS::Backup::BackupSelection",
  "AWS::EC2::FlowLog",
  ACCOUNT_PUBLIC_ACCESS_BLOCK
];
var DEFERRED_TYPES = ["AWS::CloudTrail::Trail"];
var READ_ELSEWHERE = ["AWS::Logs::LogGroup"];
var READ_TYPES = [
  .../* @__PURE__ */ new Set([...PREREQUISITE_TYPES, ...DEFERRED_TYPES, ...liveTypes(AWS_REGISTRY).filter((t) => !READ_ELSEWHERE.includes(t))])
].sort();
var KNOWN_TYPES = [.../* @__PURE__ */ new Set([...READ_TYPES, ...READ_ELSEWHERE, ...CONTROL_TYPES, RECORDER.type])].sort();
function isUnreadType(type) {
  return !KNOWN_TYPES.includes(type);
}
function unreadTypesNote(unread) {
  const list3 = [...unread].filter(([t]) => isUnreadType(t)).sort(([a], [b]) => a.localeCompare(b));
  if (!list3.length) return void 0;
  return `AWS Config holds ${list3.length} resource type(s) that cldscan does not read, so nothing of them is judged: ${list3.map(([t, regions]) => `${t} (${[...regions].sort().join(", ")})`).join("; ")}`;
}
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
    case ACCOUNT_PUBLIC_ACCESS_BLOCK:
      facts.publicAccessBlock = blockSettingsOf(item.configuration);
      return void 0;
    case "AWS::CloudTrail::Trail": {
      const arn = trailArn(item);
      if (arn && truthy(conf(item, "isMultiRegionTrail")) === "yes") facts.multiRegionTrails.add(arn);
      return void 0;
    }
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
var LIVE = compile("aws live", AWS_REGISTRY.live);
function facetsOf(ctx) {
  return buildFacets(LIVE(ctx.item.resourceType), ctx);
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

// providers/aws/account-record.ts
var ACCOUNT_TYPE = "AWS::::Account";
var FACTS = "cldscanAccountFacts";
function accountItem(facts, partition, source) {
  const arn = `arn:${partition}:iam::${facts.accountId}:root`;
  const identity = rootIdentity(facts);
  const credential = rootCredential(facts);
  const passwordPolicy2 = accountPasswordPolicy(facts);
  const record = {
    ...facts.credentialReport ? { credentialReport: [...facts.credentialReport] } : {},
    ...facts.rootCredentials ? { rootCredentials: facts.rootCredentials } : {},
    credentialState: facts.credentialState,
    ...facts.passwordPolicy ? { passwordPolicy: facts.passwordPolicy } : {},
    passwordPolicyState: facts.passwordPolicyState,
    rules: [...facts.rules.values()].flatMap((m) => [...m.values()]),
    rulesDeployed: [...facts.rulesDeployed],
    rulesState: facts.rulesState,
    trails: [...facts.trails],
    trailState: facts.trailState,
    regionsRead: [...facts.regionsRead],
    trailList: facts.trailList
  };
  return {
    resource: { id: arn, provider: "aws", nativeType: ACCOUNT_TYPE, region: "global", source, facets: { identity, credential, passwordPolicy: passwordPolicy2, auditTrail: trailCoverage(facts) } },
    derived: regionalControls(facts, arn, source),
    raw: {
      resourceType: ACCOUNT_TYPE,
      accountId: facts.accountId,
      resourceId: facts.accountId,
      arn,
      awsRegion: "global",
      configuration: {
        rootMfa: identity.mfa,
        rootAccessKeys: credential.rootAccessKeys ?? "unknown",
        passwordPolicy: { minLength: passwordPolicy2.minLength ?? null, characterClasses: passwordPolicy2.characterClasses, reusePrevention: passwordPolicy2.reusePrevention ?? null, maxAgeDays: passwordPolicy2.maxAgeDays ?? null },
        [FACTS]: record
      }
    }
  };
}
var isRecord3 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var isState = (v) => isRecord3(v) && (v.read === true || v.read === false && typeof v.why === "string");
function restoreFacts(facts, configuration) {
  const r = isRecord3(configuration) ? configuration[FACTS] : void 0;
  if (!isRecord3(r)) return false;
  if (Array.isArray(r.credentialReport)) facts.credentialReport = new Map(r.credentialReport);
  if (isRecord3(r.rootCredentials)) facts.rootCredentials = r.rootCredentials;
  if (isState(r.credentialState)) facts.credentialState = r.credentialState;
  if (isRecord3(r.passwordPolicy)) facts.passwordPolicy = r.passwordPolicy;
  if (isState(r.passwordPolicyState)) facts.passwordPolicyState = r.passwordPolicyState;
  for (const x of Array.isArray(r.rules) ? r.rules : []) {
    if (!isRecord3(x) || typeof x.resourceId !== "string") continue;
    const { resourceId, ...result } = x;
    facts.addRuleResult(resourceId, result);
  }
  for (const d of Array.isArray(r.rulesDeployed) ? r.rulesDeployed : []) facts.rulesDeployed.add(d);
  if (isState(r.rulesState)) facts.rulesState = r.rulesState;
  for (const [arn, status] of Array.isArray(r.trails) ? r.trails : []) facts.trails.set(arn, status);
  if (isState(r.trailState)) facts.trailState = r.trailState;
  for (const [region, inv] of Array.isArray(r.regionsRead) ? r.regionsRead : []) {
    if (typeof region !== "string" || !isRecord3(inv) || !Array.isArray(inv.present) || !isRecord3(inv.recorder)) continue;
    const inspector2 = isRecord3(inv.inspector) && (typeof inv.inspector.unread === "string" || ["ec2", "ecr"].every((t) => ["string", "undefined"].includes(typeof inv.inspector[t]))) ? { inspector: inv.inspector } : {};
    facts.regionsRead.set(region, { recorder: inv.recorder, present: inv.present, ...inspector2 });
  }
  if (isRecord3(r.trailList) && (typeof r.trailList.unread === "string" || Array.isArray(r.trailList.multiRegion) && Array.isArray(r.trailList.singleRegion))) facts.trailList = r.trailList;
  return true;
}

export {
  isRecord,
  decodeJsonText,
  normaliseItem,
  isDeleted,
  conf,
  truthy,
  text,
  arnAccount,
  canonicalId,
  accountOf,
  MANAGED_RULES,
  AccountFacts,
  Lookups,
  trailArn,
  logGroupFromRule,
  tagsOf,
  regionOf,
  passwordPolicyFrom,
  AWS_REGISTRY,
  RECORDER,
  CONTROL_TYPES,
  recorderFrom,
  recorderFromItem,
  PREREQUISITE_TYPES,
  DEFERRED_TYPES,
  READ_TYPES,
  KNOWN_TYPES,
  isUnreadType,
  unreadTypesNote,
  isPrerequisite,
  needsOf,
  hasNeeds,
  absorb,
  absorbGroups,
  absorbLookup,
  facetsOf,
  toResource,
  inventoryRecord,
  ACCOUNT_TYPE,
  accountItem,
  restoreFacts
};
