import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  globMatch
} from "./chunk-K7HDWNMT.mjs";
import {
  definePolicy
} from "./chunk-JEB4UCMM.mjs";
import {
  ADMIN_PORTS,
  adminExposure,
  isPublicSource
} from "./chunk-47THRYV5.mjs";
import {
  judgeLocation
} from "./chunk-GELDHLXY.mjs";

// policies/encryption-at-rest.ts
var encryption_at_rest_default = definePolicy({
  meta: {
    id: "encryption-at-rest",
    title: "Stored data is encrypted at rest",
    rules: ["CLD-21", "CL-8"],
    severity: "high",
    description: "Every data store (object and block storage, databases, file systems, queues, caches, search and warehouse clusters) encrypts its data at rest. The finding says which key protects it: one managed by the cloud provider, or a customer-managed key (KMS, Key Vault, Cloud KMS). With `requireCustomerManagedKeys: true` in the configuration, a provider-managed key fails.",
    remediation: {
      aws: "Turn encryption on (`encrypted = true`, `storage_encrypted = true`, `at_rest_encryption_enabled = true`, an `aws_s3_bucket_server_side_encryption_configuration` with `aws:kms`\u2026) and give `kms_key_id` a customer-managed `aws_kms_key` where keys must be yours.",
      azure: "Keep storage service encryption on and add `infrastructure_encryption_enabled`; use a `customer_managed_key` block or a disk encryption set with a Key Vault key; keep `transparent_data_encryption_enabled = true` on SQL databases; set `encryption_at_host_enabled = true` on VMs.",
      gcp: "Data is always encrypted by Google; for customer-managed keys set `encryption.default_kms_key_name` on buckets, `disk_encryption_key.kms_key_self_link` on disks and `encryption_key_name` on Cloud SQL instances."
    },
    fr: {
      remediation: {
        aws: "Activer le chiffrement (`encrypted = true`, `storage_encrypted = true`, `at_rest_encryption_enabled = true`, une `aws_s3_bucket_server_side_encryption_configuration` en `aws:kms`\u2026) et donner \xE0 `kms_key_id` une `aws_kms_key` g\xE9r\xE9e par le client quand les cl\xE9s doivent vous appartenir.",
        azure: "Garder le chiffrement du service de stockage et ajouter `infrastructure_encryption_enabled` ; utiliser un bloc `customer_managed_key` ou un disk encryption set avec une cl\xE9 Key Vault ; garder `transparent_data_encryption_enabled = true` sur les bases SQL ; mettre `encryption_at_host_enabled = true` sur les VM.",
        gcp: "Google chiffre toujours les donn\xE9es ; pour des cl\xE9s g\xE9r\xE9es par le client, r\xE9gler `encryption.default_kms_key_name` sur les buckets, `disk_encryption_key.kms_key_self_link` sur les disques et `encryption_key_name` sur les instances Cloud SQL."
      }
    },
    facets: ["storage"]
  },
  check(resource, { settings }) {
    const s = resource.facets.storage;
    if (!s) return void 0;
    const evidence = s.evidence;
    if (s.encrypted === "no") return { status: "fail", message: `${s.service} is not encrypted at rest.`, evidence };
    if (s.encrypted === "unknown") {
      return {
        status: "unknown",
        message: `Could not verify that the ${s.service} is encrypted at rest.`,
        evidence,
        settle: s.settle ?? "the encryption setting of the resource once applied"
      };
    }
    const keyText = s.key === "customer" ? "a customer-managed key" : s.key === "provider" ? "a key managed by the cloud provider" : "a key whose owner could not be determined";
    if (settings.requireCustomerManagedKeys) {
      if (s.key === "provider") {
        return { status: "fail", message: `${s.service} is encrypted with ${keyText}; the configuration requires a customer-managed key.`, evidence };
      }
      if (s.key !== "customer") {
        return {
          status: "unknown",
          message: `${s.service} is encrypted, but which key protects it could not be determined; the configuration requires a customer-managed key.`,
          evidence,
          settle: s.settle ?? "the key (KMS / Key Vault / Cloud KMS) configured on the resource"
        };
      }
    }
    return { status: "pass", message: `${s.service} is encrypted at rest with ${keyText}.`, evidence };
  }
});

// policies/data-residency.ts
var PROFILE_TEXT = {
  fr: "France",
  eu: "the EU/EEA",
  "eu-adequate": "the EU/EEA or a country with an EU adequacy decision"
};
var data_residency_default = definePolicy({
  meta: {
    id: "data-residency",
    title: "Data stays in allowed regions",
    rules: ["CLD-74", "CL-27", "CL-28"],
    severity: "high",
    description: "Every resource that stores or processes data, and every copy of its data (replicas, backup copies, geo-redundant pairs, multi-region locations), is in a region of an allowed country: France only (`--residency fr`), the EU/EEA (`eu`), or the EU/EEA plus countries with an EU adequacy decision (`eu-adequate`, the default). Regions are mapped to countries by a table kept in the project with its sources.",
    remediation: {
      aws: "Set the provider `region` (or the resource `region`) to an allowed region such as `eu-west-3` (Paris); point replication and backup copy destinations at allowed regions.",
      azure: "Set `location` to an allowed region such as `francecentral`; for geo-redundant storage choose a region whose pair is also allowed.",
      gcp: "Set `location`/`region` to an allowed region such as `europe-west9` (Paris) or the `EU` multi-region; keep backup locations in allowed regions."
    },
    fr: {
      remediation: {
        aws: "R\xE9gler la `region` du provider (ou de la ressource) sur une r\xE9gion autoris\xE9e comme `eu-west-3` (Paris) ; diriger les destinations de r\xE9plication et de copie de sauvegarde vers des r\xE9gions autoris\xE9es.",
        azure: "R\xE9gler `location` sur une r\xE9gion autoris\xE9e comme `francecentral` ; pour le stockage g\xE9o-redondant, choisir une r\xE9gion dont la r\xE9gion jumel\xE9e est aussi autoris\xE9e.",
        gcp: "R\xE9gler `location`/`region` sur une r\xE9gion autoris\xE9e comme `europe-west9` (Paris) ou la multir\xE9gion `EU` ; garder les emplacements de sauvegarde dans des r\xE9gions autoris\xE9es."
      }
    },
    facets: ["dataLocations"]
  },
  check(resource, { settings }) {
    const d = resource.facets.dataLocations;
    if (!d || d.locations.length === 0) return void 0;
    const profile = settings.residency;
    const bad = [];
    const unknown = [];
    const places = [];
    const evidence = [];
    for (const loc of d.locations) {
      const j = judgeLocation(resource.provider, loc.region, profile);
      const label = `${loc.role} ${loc.region ?? "(unknown region)"}${j.countries.length ? ` (${j.countries.join("+")})` : ""}`;
      evidence.push(loc.evidence);
      if (j.verdict === "forbidden") bad.push(label);
      else if (j.verdict === "global") bad.push(`${loc.role} ${loc.region ?? ""} (global: the data may be stored in any country)`);
      else if (j.verdict === "unknown") unknown.push(`${loc.role}: ${j.reason.replace(/\.$/, "")}`);
      else places.push(label);
    }
    if (bad.length) {
      return { status: "fail", message: `Data is stored outside ${PROFILE_TEXT[profile]}: ${bad.join("; ")}.`, evidence };
    }
    if (unknown.length) {
      return {
        status: "unknown",
        message: `Could not verify where the data is stored: ${unknown.join("; ")}.`,
        evidence,
        settle: "the region the resource (and each of its copies) is deployed in"
      };
    }
    return { status: "pass", message: `Data is stored in ${PROFILE_TEXT[profile]}: ${places.join("; ")}.`, evidence };
  }
});

// src/policy/text.ts
function capitalise(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// policies/admin-mfa.ts
var admin_mfa_default = definePolicy({
  meta: {
    id: "admin-mfa",
    title: "Administrators must use multi-factor authentication",
    rules: ["CLD-19", "CLD-18"],
    severity: "critical",
    description: "People with administrative rights authenticate with more than one factor. AWS: IAM users with admin rights and console access are under a policy that denies actions without MFA; roles with admin rights that people assume require `aws:MultiFactorAuthPresent`. Azure: privileged role assignments are covered by a conditional-access policy requiring MFA. GCP: basic owner/editor roles are not granted to individual users; 2-step verification is not visible in configuration. Where the input cannot show MFA, the result is unknown with the evidence that would settle it, never a pass.",
    remediation: {
      aws: 'Attach to admin users (or their group) a policy that denies all actions when `aws:MultiFactorAuthPresent` is false (BoolIfExists), and add `"Bool": {"aws:MultiFactorAuthPresent": "true"}` to the trust policy of admin roles people assume; prefer IAM Identity Center with MFA.',
      azure: "Create an `azuread_conditional_access_policy` requiring the `mfa` grant control for all users holding privileged roles (or for the Azure management app), and assign privileged roles to groups covered by it.",
      gcp: "Grant predefined roles to groups instead of basic owner/editor roles to individual users, and enforce 2-step verification for those groups in Cloud Identity / Workspace."
    },
    fr: {
      remediation: {
        aws: 'Attacher aux utilisateurs administrateurs (ou \xE0 leur groupe) une politique qui refuse toute action quand `aws:MultiFactorAuthPresent` est faux (BoolIfExists), et ajouter `"Bool": {"aws:MultiFactorAuthPresent": "true"}` \xE0 la politique d\'approbation des r\xF4les d\'administration endoss\xE9s par des personnes ; pr\xE9f\xE9rer IAM Identity Center avec MFA.',
        azure: "Cr\xE9er une `azuread_conditional_access_policy` exigeant le contr\xF4le `mfa` pour tous les utilisateurs titulaires de r\xF4les privil\xE9gi\xE9s (ou pour l'application de gestion Azure), et attribuer les r\xF4les privil\xE9gi\xE9s \xE0 des groupes qu'elle couvre.",
        gcp: "Attribuer des r\xF4les pr\xE9d\xE9finis \xE0 des groupes plut\xF4t que les r\xF4les de base owner/editor \xE0 des utilisateurs, et imposer la validation en deux \xE9tapes \xE0 ces groupes dans Cloud Identity / Workspace."
      }
    },
    facets: ["identity"]
  },
  check(resource) {
    const id = resource.facets.identity;
    if (!id) return void 0;
    const who = id.principal ? `${id.principalKind} ${id.principal}` : id.principalKind;
    const evidence = id.evidence;
    if (id.violation) return { status: "fail", message: `${capitalise(who)}: ${id.violation}`, evidence };
    if (id.admin === "no" || id.humanAccess === "no" || id.mfa === "not-applicable") return void 0;
    if (id.admin === "unknown") {
      return {
        status: "unknown",
        message: `Could not determine whether ${who} has administrative rights, so MFA could not be checked.`,
        evidence,
        settle: id.settle ?? "the permissions attached to the principal"
      };
    }
    if (id.mfa === "enforced") return { status: "pass", message: `${capitalise(who)} has administrative rights and MFA is enforced.`, evidence };
    if (id.mfa === "absent" && id.humanAccess === "yes") {
      return { status: "fail", message: `${capitalise(who)} has administrative rights and interactive access without enforced MFA.`, evidence };
    }
    return {
      status: "unknown",
      message: id.mfa === "absent" ? `${capitalise(who)} has administrative rights and no MFA enforcement is visible; whether people use it interactively could not be verified.` : `${capitalise(who)} has administrative rights; MFA enforcement is not visible in this input.`,
      evidence,
      settle: id.settle ?? "proof that MFA is enforced for this principal"
    };
  }
});

// src/policy/combine.ts
function worstOf(results) {
  const present = results.filter((r) => r !== void 0);
  if (present.length <= 1) return present[0];
  const rank = { fail: 2, unknown: 1, pass: 0 };
  const top = Math.max(...present.map((r) => rank[r.status]));
  const chosen = present.filter((r) => rank[r.status] === top);
  const settle = chosen.find((r) => r.settle)?.settle;
  return {
    status: chosen[0].status,
    message: chosen.map((r) => r.message).join(" "),
    evidence: present.flatMap((r) => r.evidence ?? []),
    ...settle ? { settle } : {}
  };
}

// policies/admin-network-exposure.ts
var admin_network_exposure_default = definePolicy({
  meta: {
    id: "admin-network-exposure",
    title: "Administration interfaces are not reachable from public networks",
    rules: ["CLD-19", "CLD-20", "CLD-36"],
    severity: "high",
    description: "Network rules (AWS security groups and NACLs, Azure NSG rules, GCP firewall rules; IPv4 and IPv6) do not open administration or database ports (SSH, RDP, WinRM, Telnet, VNC, Docker, Kubernetes API, kubelet, etcd, SQL Server, Oracle, MySQL, PostgreSQL, MongoDB, Redis, Elasticsearch, Memcached, Cassandra) to the internet; managed Kubernetes API endpoints (EKS, AKS, GKE) are private or restricted to allowed networks; databases are not publicly accessible. On network ACLs, which are stateless, an allow of the ephemeral range (1024\u201365535) is read as return traffic, not as an open service: the security groups decide what listens.",
    remediation: {
      aws: "Restrict `cidr_blocks`/`ipv6_cidr_blocks` of admin ports to a bastion or VPN range (or use SSM Session Manager); set `endpoint_public_access = false` or narrow `public_access_cidrs` on EKS; set `publicly_accessible = false` on RDS.",
      azure: "Replace `Internet`/`*` sources of admin ports by a bastion or VPN range (or use Azure Bastion); enable `private_cluster_enabled` or `api_server_access_profile.authorized_ip_ranges` on AKS; set `public_network_access_enabled = false` on databases.",
      gcp: "Limit `source_ranges` of admin ports to IAP (35.235.240.0/20) or a VPN range; enable `private_cluster_config.enable_private_endpoint` or `master_authorized_networks_config` on GKE; remove 0.0.0.0/0 from Cloud SQL `authorized_networks`."
    },
    fr: {
      remediation: {
        aws: "Restreindre `cidr_blocks`/`ipv6_cidr_blocks` des ports d'administration \xE0 une plage de bastion ou de VPN (ou utiliser SSM Session Manager) ; mettre `endpoint_public_access = false` ou restreindre `public_access_cidrs` sur EKS ; mettre `publicly_accessible = false` sur RDS.",
        azure: "Remplacer les sources `Internet`/`*` des ports d'administration par une plage de bastion ou de VPN (ou utiliser Azure Bastion) ; activer `private_cluster_enabled` ou `api_server_access_profile.authorized_ip_ranges` sur AKS ; mettre `public_network_access_enabled = false` sur les bases de donn\xE9es.",
        gcp: "Limiter `source_ranges` des ports d'administration \xE0 IAP (35.235.240.0/20) ou \xE0 une plage VPN ; activer `private_cluster_config.enable_private_endpoint` ou `master_authorized_networks_config` sur GKE ; retirer 0.0.0.0/0 des `authorized_networks` de Cloud SQL."
      }
    },
    facets: ["ingress", "adminEndpoint"]
  },
  check(resource, { settings }) {
    return worstOf([checkIngress(resource, settings), checkEndpoint(resource)]);
  }
});
function checkIngress(resource, settings) {
  const facet = resource.facets.ingress;
  if (!facet) return void 0;
  const { exposed, undecided } = adminExposure(facet, [...ADMIN_PORTS, ...settings.extraAdminPorts]);
  if (exposed.length) {
    const names = [...new Map(exposed.map((e) => [e.port, `${e.name} (${e.port})`])).values()];
    const sources = [...new Set(exposed.flatMap((e) => e.rule.sources === "unknown" ? [] : e.rule.sources.filter(isPublicSource)))];
    return {
      status: "fail",
      message: `Opens ${listSome(names)} to the internet (${sources.join(", ")}).`,
      evidence: [...new Set(exposed.map((e) => e.rule.evidence))]
    };
  }
  if (undecided.length) {
    const names = [...new Set(undecided.map((e) => `${e.name} (${e.port})`))];
    return {
      status: "unknown",
      message: `Could not verify that ${listSome(names)} ${names.length === 1 ? "is" : "are"} closed to the internet: rule sources, ports or order are not known.`,
      evidence: undecided.flatMap((e) => e.rule ? [e.rule.evidence] : []),
      settle: "the rule sources and ports once applied"
    };
  }
  return { status: "pass", message: "No administration or database port is open to the internet." };
}
function checkEndpoint(resource) {
  const e = resource.facets.adminEndpoint;
  if (!e) return void 0;
  const evidence = e.evidence;
  if (e.publicAccess === "no") return { status: "pass", message: `The ${e.label} is not reachable from public networks.`, evidence };
  if (e.publicAccess === "unknown") {
    return {
      status: "unknown",
      message: `Could not verify whether the ${e.label} is reachable from public networks.`,
      evidence,
      settle: e.settle ?? "the endpoint access settings once applied"
    };
  }
  if (e.allowedNetworks === "any") return { status: "fail", message: `The ${e.label} is reachable from any address on the internet.`, evidence };
  if (e.allowedNetworks === "unknown") {
    return {
      status: "unknown",
      message: `The ${e.label} has a public endpoint; which networks may reach it could not be verified.`,
      evidence,
      settle: e.settle ?? "the list of networks allowed to reach the endpoint"
    };
  }
  const open = e.allowedNetworks.filter(isPublicSource);
  if (open.length) return { status: "fail", message: `The ${e.label} is reachable from the internet (${open.join(", ")}).`, evidence };
  return { status: "pass", message: `The ${e.label} is public but restricted to ${e.allowedNetworks.length} allowed network(s).`, evidence };
}
function listSome(names) {
  return names.length <= 5 ? names.join(", ") : `${names.slice(0, 4).join(", ")} and ${names.length - 4} more administration or database ports`;
}

// policies/log-retention.ts
var log_retention_default = definePolicy({
  meta: {
    id: "log-retention",
    title: "Logs are kept for at least 12 months",
    rules: ["CLD-28", "CLD-29", "CL-19"],
    severity: "medium",
    description: "Log stores keep events for at least the configured minimum (365 days by default, `minLogRetentionDays`): CloudWatch log groups, the bucket a CloudTrail trail writes to, Azure Log Analytics workspaces and activity-log exports, GCP log buckets (`_Default` keeps 30 days unless configured). Audit trails record every region and keep their integrity verifiable (CloudTrail multi-region with log file validation).",
    remediation: {
      aws: "Set `retention_in_days` to 365 or more (or 0, never expire) on log groups; make CloudTrail trails multi-region with `enable_log_file_validation = true`, and let the trail bucket lifecycle keep objects at least 365 days.",
      azure: "Set `retention_in_days` to 365 or more on Log Analytics workspaces (or archive with `total_retention_in_days`), and export the activity log with a diagnostic setting to such a workspace.",
      gcp: "Configure the `_Default` log bucket (`google_logging_project_bucket_config`) and custom log buckets with `retention_days` of 365 or more; enable audit configs for all services."
    },
    fr: {
      remediation: {
        aws: "R\xE9gler `retention_in_days` \xE0 365 ou plus (ou 0, sans expiration) sur les groupes de journaux ; rendre les trails CloudTrail multir\xE9gions avec `enable_log_file_validation = true`, et laisser le cycle de vie du bucket du trail garder les objets au moins 365 jours.",
        azure: "R\xE9gler `retention_in_days` \xE0 365 ou plus sur les espaces Log Analytics (ou archiver avec `total_retention_in_days`), et exporter le journal d'activit\xE9 vers un tel espace par un param\xE8tre de diagnostic.",
        gcp: "Configurer le bucket de journaux `_Default` (`google_logging_project_bucket_config`) et les buckets personnalis\xE9s avec `retention_days` \xE0 365 ou plus ; activer les configurations d'audit pour tous les services."
      }
    },
    facets: ["logStore", "auditTrail"]
  },
  check(resource, { settings }) {
    const min = settings.minLogRetentionDays;
    const problems = [];
    const unknowns = [];
    const fine = [];
    const evidence = [];
    let settle;
    const store = resource.facets.logStore;
    if (store) {
      evidence.push(...store.evidence);
      if (store.retentionDays === "unknown") {
        unknowns.push(`the retention of the ${store.label}`);
        settle = store.settle;
      } else if (store.retentionDays === "forever") fine.push(`the ${store.label} keeps logs indefinitely`);
      else if (store.retentionDays < min) problems.push(`the ${store.label} keeps logs ${store.retentionDays} days, less than ${min}`);
      else fine.push(`the ${store.label} keeps logs ${store.retentionDays} days`);
    }
    const trail = resource.facets.auditTrail;
    if (trail) {
      evidence.push(...trail.evidence);
      const aspects = [
        [trail.multiRegion, "records every region", "does not record every region"],
        [trail.integrityValidation, "has log integrity validation", "has no log integrity validation"],
        [trail.coversAllServices, "covers all services", "does not cover all services"]
      ];
      for (const [truth, holds, breaks] of aspects) {
        if (truth === "no") problems.push(`the ${trail.label} ${breaks}`);
        else if (truth === "unknown") {
          unknowns.push(`whether the ${trail.label} ${holds}`);
          settle ??= trail.settle;
        }
      }
      if (!problems.length && !unknowns.length) fine.push(`the ${trail.label} records every region with integrity validation`);
    }
    if (!store && !trail) return void 0;
    if (problems.length) return { status: "fail", message: `${capitalise(problems.join("; "))}.`, evidence };
    if (unknowns.length) {
      return {
        status: "unknown",
        message: `Could not verify ${unknowns.join(" and ")}.`,
        evidence,
        settle: settle ?? "the retention and trail settings once applied"
      };
    }
    return { status: "pass", message: `${capitalise(fine.join("; "))}.`, evidence };
  }
});

// policies/backups.ts
var backups_default = definePolicy({
  meta: {
    id: "backups",
    title: "Data stores are backed up, and backups are protected",
    rules: ["CLD-26", "CL-13", "CL-14"],
    severity: "high",
    description: "Databases, file systems and other data stores have automated backups (or snapshots, or point-in-time recovery) kept at least `minBackupRetentionDays` (7 by default); backup vaults are immutable (vault lock, immutability, soft delete) and encrypted. Where backup copies go is judged by data-residency.",
    remediation: {
      aws: "Set `backup_retention_period` (RDS, DocumentDB, Neptune) or point-in-time recovery (DynamoDB); cover stores with an `aws_backup_plan`; lock vaults with `aws_backup_vault_lock_configuration`.",
      azure: "Keep short-term retention and geo-backups on SQL and PostgreSQL/MySQL servers; protect items with a Recovery Services vault with soft delete and immutability.",
      gcp: "Enable `backup_configuration` (and point-in-time recovery) on Cloud SQL; use backup vaults with a minimum enforced retention."
    },
    fr: {
      remediation: {
        aws: "R\xE9gler `backup_retention_period` (RDS, DocumentDB, Neptune) ou la restauration \xE0 un instant donn\xE9 (DynamoDB) ; couvrir les stockages par un `aws_backup_plan` ; verrouiller les coffres avec `aws_backup_vault_lock_configuration`.",
        azure: "Conserver la r\xE9tention courte et les g\xE9o-sauvegardes sur les serveurs SQL et PostgreSQL/MySQL ; prot\xE9ger les \xE9l\xE9ments par un coffre Recovery Services avec suppression r\xE9versible et immuabilit\xE9.",
        gcp: "Activer `backup_configuration` (et la restauration \xE0 un instant donn\xE9) sur Cloud SQL ; utiliser des coffres de sauvegarde avec une r\xE9tention minimale impos\xE9e."
      }
    },
    facets: ["backup", "backupVault"]
  },
  check(resource, { settings }) {
    return worstOf([checkBackup(resource.facets.backup, settings), checkVault(resource.facets.backupVault)]);
  }
});
function checkBackup(b, settings) {
  if (!b) return void 0;
  if (b.enabled === "no") return { status: "fail", message: `The ${b.service} has no automated backups.`, evidence: b.evidence };
  if (b.enabled === "unknown") {
    return { status: "unknown", message: `Could not verify that the ${b.service} is backed up.`, evidence: b.evidence, settle: b.settle ?? "the backup settings of the store once applied" };
  }
  const min = settings.minBackupRetentionDays;
  if (b.retentionDays === "unknown") {
    return { status: "unknown", message: `The ${b.service} is backed up; how long backups are kept could not be verified.`, evidence: b.evidence, settle: b.settle ?? "the backup retention period" };
  }
  if (typeof b.retentionDays === "number" && b.retentionDays < min) {
    return { status: "fail", message: `The ${b.service} keeps backups ${b.retentionDays} day(s), less than ${min}.`, evidence: b.evidence };
  }
  return { status: "pass", message: `The ${b.service} is backed up${typeof b.retentionDays === "number" ? `, backups kept ${b.retentionDays} days` : ""}.`, evidence: b.evidence };
}
function checkVault(v) {
  if (!v) return void 0;
  const problems = [];
  const unknowns = [];
  if (v.immutable === "no") problems.push("backups can be deleted before their time (no vault lock, immutability or soft delete)");
  else if (v.immutable === "unknown") unknowns.push("whether backups can be deleted early");
  if (v.encrypted === "no") problems.push("backups are not encrypted");
  else if (v.encrypted === "unknown") unknowns.push("whether backups are encrypted");
  if (problems.length) return { status: "fail", message: `${v.label}: ${problems.join("; ")}.`, evidence: v.evidence };
  if (unknowns.length) return { status: "unknown", message: `${v.label}: could not verify ${unknowns.join(" and ")}.`, evidence: v.evidence, settle: v.settle ?? "the vault lock and encryption settings" };
  return { status: "pass", message: `${v.label} keeps backups immutable and encrypted.`, evidence: v.evidence };
}

// policies/tls-in-transit.ts
var MIN_TLS = "1.2";
var tls_in_transit_default = definePolicy({
  meta: {
    id: "tls-in-transit",
    title: "Data in transit is encrypted with TLS 1.2 or later",
    rules: ["CLD-38", "CL-21"],
    severity: "high",
    description: "Load balancer and CDN listeners accept HTTPS only (plain HTTP redirected), with a TLS policy of version 1.2 or later and no weak cipher suites \u2014 RC4, 3DES, DES, NULL, export or anonymous (ANSSI recommendations); storage accounts and buckets require secure transport; databases require TLS.",
    remediation: {
      aws: 'Redirect HTTP listeners to HTTPS; use `ELBSecurityPolicy-TLS13-1-2-2021-06` (or a TLS 1.2+ FIPS policy) on HTTPS listeners; CloudFront `viewer_protocol_policy = "redirect-to-https"` and `minimum_protocol_version = "TLSv1.2_2021"`; deny S3 requests without `aws:SecureTransport`.',
      azure: 'Set `min_tls_version = "TLS1_2"` and HTTPS only on storage accounts and App Service; `minimum_tls_version = "1.2"` on SQL servers; keep `require_secure_transport` on for PostgreSQL/MySQL.',
      gcp: 'Attach an SSL policy with `min_tls_version = "TLS_1_2"` and profile MODERN or RESTRICTED to HTTPS proxies; require SSL (`ssl_mode = ENCRYPTED_ONLY` or stricter) on Cloud SQL.'
    },
    fr: {
      remediation: {
        aws: 'Rediriger les \xE9couteurs HTTP vers HTTPS ; utiliser `ELBSecurityPolicy-TLS13-1-2-2021-06` (ou une politique FIPS TLS 1.2+) sur les \xE9couteurs HTTPS ; CloudFront `viewer_protocol_policy = "redirect-to-https"` et `minimum_protocol_version = "TLSv1.2_2021"` ; refuser les requ\xEAtes S3 sans `aws:SecureTransport`.',
        azure: 'R\xE9gler `min_tls_version = "TLS1_2"` et HTTPS uniquement sur les comptes de stockage et App Service ; `minimum_tls_version = "1.2"` sur les serveurs SQL ; garder `require_secure_transport` activ\xE9 pour PostgreSQL/MySQL.',
        gcp: 'Attacher aux proxys HTTPS une politique SSL avec `min_tls_version = "TLS_1_2"` et le profil MODERN ou RESTRICTED ; exiger SSL (`ssl_mode = ENCRYPTED_ONLY` ou plus strict) sur Cloud SQL.'
      }
    },
    facets: ["transit"]
  },
  check(resource) {
    const t = resource.facets.transit;
    if (!t) return void 0;
    const problems = [];
    const unknowns = [];
    if (t.encryptedOnly === "no") problems.push("accepts unencrypted connections");
    else if (t.encryptedOnly === "unknown") unknowns.push("whether only encrypted connections are accepted");
    if (t.minTls === "unknown") unknowns.push("the lowest TLS version accepted");
    else if (t.minTls !== void 0 && t.minTls < MIN_TLS) problems.push(`accepts TLS ${t.minTls}, below ${MIN_TLS}`);
    if (t.weakCiphers === "yes") problems.push("allows weak cipher suites");
    else if (t.weakCiphers === "unknown") unknowns.push("the cipher suites allowed");
    if (problems.length) return { status: "fail", message: `The ${t.label} ${problems.join(" and ")}.`, evidence: t.evidence };
    if (unknowns.length) {
      return { status: "unknown", message: `Could not verify ${unknowns.join(" and ")} for the ${t.label}.`, evidence: t.evidence, settle: t.settle ?? "the listener or endpoint TLS settings once applied" };
    }
    return { status: "pass", message: `The ${t.label} accepts only encrypted connections${t.minTls ? ` with TLS ${t.minTls} or later` : ""}.`, evidence: t.evidence };
  }
});

// policies/key-management.ts
var key_management_default = definePolicy({
  meta: {
    id: "key-management",
    title: "Keys rotate, and key vaults cannot lose their keys",
    rules: ["CLD-40"],
    severity: "medium",
    description: "Customer-managed symmetric keys (KMS, Key Vault, Cloud KMS) rotate automatically within `maxKeyRotationDays` (365 by default); Key Vaults keep soft delete and purge protection on, so a key (and the data it protects) cannot be destroyed by mistake or malice.",
    remediation: {
      aws: "Set `enable_key_rotation = true` (and `rotation_period_in_days` \u2264 365) on `aws_kms_key`.",
      azure: "Give keys an `azurerm_key_vault_key` `rotation_policy` with `expire_after` \u2264 P1Y; set `purge_protection_enabled = true` and keep soft delete on Key Vaults.",
      gcp: "Set `rotation_period` (e.g. `7776000s`, 90 days) on `google_kms_crypto_key`."
    },
    fr: {
      remediation: {
        aws: "Mettre `enable_key_rotation = true` (et `rotation_period_in_days` \u2264 365) sur `aws_kms_key`.",
        azure: "Donner aux cl\xE9s une `rotation_policy` d'`azurerm_key_vault_key` avec `expire_after` \u2264 P1Y ; mettre `purge_protection_enabled = true` et garder la suppression r\xE9versible sur les Key Vault.",
        gcp: "R\xE9gler `rotation_period` (par exemple `7776000s`, 90 jours) sur `google_kms_crypto_key`."
      }
    },
    facets: ["key", "secretStore"]
  },
  check(resource, { settings }) {
    const k = resource.facets.key;
    const v = resource.facets.secretStore;
    const max = settings.maxKeyRotationDays;
    const key = !k || k.rotation === "not-applicable" ? void 0 : k.rotation === "no" ? { status: "fail", message: `The ${k.label} does not rotate automatically.`, evidence: k.evidence } : k.rotation === "unknown" || k.rotationDays === "unknown" ? { status: "unknown", message: `Could not verify the rotation of the ${k.label}.`, evidence: k.evidence, settle: "the key rotation settings once applied" } : k.rotationDays !== void 0 && k.rotationDays > max ? { status: "fail", message: `The ${k.label} rotates every ${k.rotationDays} days, more than ${max}.`, evidence: k.evidence } : { status: "pass", message: `The ${k.label} rotates automatically${k.rotationDays !== void 0 ? ` every ${k.rotationDays} days` : ""}.`, evidence: k.evidence };
    const vault = !v ? void 0 : v.softDelete === "no" || v.purgeProtection === "no" ? { status: "fail", message: `The ${v.label} has ${[v.softDelete === "no" ? "soft delete" : "", v.purgeProtection === "no" ? "purge protection" : ""].filter(Boolean).join(" and ")} off: its keys and secrets can be destroyed for good.`, evidence: v.evidence } : v.softDelete === "unknown" || v.purgeProtection === "unknown" ? { status: "unknown", message: `Could not verify the deletion protection of the ${v.label}.`, evidence: v.evidence, settle: "the soft delete and purge protection settings once applied" } : { status: "pass", message: `The ${v.label} keeps soft delete and purge protection on.`, evidence: v.evidence };
    return worstOf([key, vault]);
  }
});

// policies/plaintext-secrets.ts
var plaintext_secrets_default = definePolicy({
  meta: {
    id: "plaintext-secrets",
    title: "Secrets are kept in a secrets manager, not in configuration",
    rules: ["CLD-40", "CL-8"],
    severity: "high",
    description: "Passwords, keys and tokens are not written in clear into resource attributes that many people and tools can read (instance user data, environment variables, app settings, tags, startup scripts); they come from a secrets manager (Secrets Manager, Key Vault, Secret Manager). The finding says where, never the value.",
    remediation: {
      aws: "Store the value in AWS Secrets Manager or SSM Parameter Store (SecureString) and read it at run time; reference it (`valueFrom`) in ECS task definitions; never in `user_data` or Lambda `environment`.",
      azure: "Store the value in Key Vault and use a Key Vault reference (`@Microsoft.KeyVault(...)`) in app settings; use managed identities instead of connection strings.",
      gcp: "Store the value in Secret Manager and mount it (`secret_environment_variables`, `secret_volumes`); never in instance metadata or startup scripts."
    },
    fr: {
      remediation: {
        aws: "Stocker la valeur dans AWS Secrets Manager ou SSM Parameter Store (SecureString) et la lire \xE0 l'ex\xE9cution ; la r\xE9f\xE9rencer (`valueFrom`) dans les d\xE9finitions de t\xE2ches ECS ; jamais dans `user_data` ni dans l'`environment` d'une Lambda.",
        azure: "Stocker la valeur dans Key Vault et utiliser une r\xE9f\xE9rence Key Vault (`@Microsoft.KeyVault(...)`) dans les param\xE8tres d'application ; pr\xE9f\xE9rer les identit\xE9s manag\xE9es aux cha\xEEnes de connexion.",
        gcp: "Stocker la valeur dans Secret Manager et la monter (`secret_environment_variables`, `secret_volumes`) ; jamais dans les m\xE9tadonn\xE9es d'instance ni les scripts de d\xE9marrage."
      }
    },
    facets: ["plaintextSecrets"]
  },
  check(resource) {
    const s = resource.facets.plaintextSecrets;
    if (!s) return void 0;
    if (s.found.length) {
      return {
        status: "fail",
        message: `Secret-looking values are written in clear in ${s.found.map((f) => `${f.path} (${f.why})`).join(", ")}.`,
        evidence: s.found.map((f) => ({ path: f.path, note: f.why }))
      };
    }
    if (s.unknownPaths.length) {
      return {
        status: "unknown",
        // Worded so that no `secret:` precedes the paths: the report redactor would take them for a labelled secret.
        message: `Values known only after apply, which could hold a secret, were not checked: ${s.unknownPaths.join(", ")}.`,
        evidence: s.unknownPaths.map((path) => ({ path, note: "known after apply" })),
        settle: "the values once applied (or that they come from a secrets manager)"
      };
    }
    return { status: "pass", message: "No secret-looking value in the attributes checked." };
  }
});

// policies/audit-log-protection.ts
var audit_log_protection_default = definePolicy({
  meta: {
    id: "audit-log-protection",
    title: "Audit logs are protected against tampering and disclosure",
    rules: ["CLD-29", "CL-18", "CL-19"],
    severity: "medium",
    description: "Audit trails and the stores that keep them protect their integrity (CloudTrail log file validation, object lock or immutability on log buckets and storage, locked log buckets) and confidentiality (encryption with a managed key).",
    remediation: {
      aws: "Enable `enable_log_file_validation` and `kms_key_id` on trails; enable S3 Object Lock (compliance mode) on the trail bucket.",
      azure: "Export activity logs to a storage account with an immutability policy (time-based retention, locked) and infrastructure encryption.",
      gcp: "Lock log buckets (`locked = true`) with a retention; use CMEK (`cmek_settings`) where required."
    },
    fr: {
      remediation: {
        aws: "Activer `enable_log_file_validation` et `kms_key_id` sur les trails ; activer S3 Object Lock (mode conformit\xE9) sur le bucket du trail.",
        azure: "Exporter le journal d'activit\xE9 vers un compte de stockage avec une strat\xE9gie d'immuabilit\xE9 (r\xE9tention temporelle, verrouill\xE9e) et le chiffrement d'infrastructure.",
        gcp: "Verrouiller les buckets de journaux (`locked = true`) avec une r\xE9tention ; utiliser CMEK (`cmek_settings`) si n\xE9cessaire."
      }
    },
    facets: ["logProtection"]
  },
  check(resource) {
    const p = resource.facets.logProtection;
    if (!p) return void 0;
    const problems = [];
    const unknowns = [];
    const aspects = [
      [p.integrityValidation, "integrity validation"],
      [p.encrypted, "encryption"],
      [p.immutable, "immutable storage"]
    ];
    for (const [truth, what] of aspects) {
      if (truth === "no") problems.push(what);
      else if (truth === "unknown") unknowns.push(what);
    }
    if (problems.length) return { status: "fail", message: `The ${p.label} lacks ${problems.join(", ")}.`, evidence: p.evidence };
    if (unknowns.length) return { status: "unknown", message: `Could not verify the ${unknowns.join(", ")} of the ${p.label}.`, evidence: p.evidence, settle: p.settle ?? "the log protection settings once applied" };
    return { status: "pass", message: `The ${p.label} is encrypted and protected against tampering.`, evidence: p.evidence };
  }
});

// policies/threat-detection.ts
var threat_detection_default = definePolicy({
  meta: {
    id: "threat-detection",
    title: "Threat detection and network flow logs are on",
    rules: ["CLD-31", "CLD-37", "CLD-27"],
    severity: "medium",
    description: "The cloud threat-detection service is enabled (GuardDuty, Microsoft Defender for Cloud plans, Security Command Center), with malware protection where it is offered; networks record their traffic (VPC flow logs, NSG/VNet flow logs, subnet flow logs) for detection and investigation.",
    remediation: {
      aws: "Enable `aws_guardduty_detector` in every region (with the malware protection feature); add `aws_flow_log` to every VPC.",
      azure: "Enable Defender for Cloud plans (`azurerm_security_center_subscription_pricing` tier Standard) for servers, storage (with malware scanning), SQL, containers; enable VNet flow logs with Network Watcher.",
      gcp: "Enable Security Command Center; set `log_config` on subnetworks (`enable_flow_logs`)."
    },
    fr: {
      remediation: {
        aws: "Activer `aws_guardduty_detector` dans chaque r\xE9gion (avec la protection contre les logiciels malveillants) ; ajouter un `aws_flow_log` \xE0 chaque VPC.",
        azure: "Activer les plans Defender for Cloud (`azurerm_security_center_subscription_pricing` niveau Standard) pour les serveurs, le stockage (avec analyse des logiciels malveillants), SQL et les conteneurs ; activer les journaux de flux VNet avec Network Watcher.",
        gcp: "Activer Security Command Center ; r\xE9gler `log_config` sur les sous-r\xE9seaux (`enable_flow_logs`)."
      }
    },
    facets: ["detection", "flowLog"]
  },
  check(resource) {
    const d = resource.facets.detection;
    const f = resource.facets.flowLog;
    const detection = !d ? void 0 : d.enabled === "no" ? { status: "fail", message: `${d.service} is not enabled.`, evidence: d.evidence } : d.enabled === "unknown" ? { status: "unknown", message: `Could not verify that ${d.service} is enabled.`, evidence: d.evidence, settle: "the detection service status" } : d.malwareProtection === "no" ? { status: "fail", message: `${d.service} is enabled but its malware protection is off.`, evidence: d.evidence } : d.malwareProtection === "unknown" ? (
      // Enabled is not enough where malware protection is offered: half-verified is not compliant.
      { status: "unknown", message: `${d.service} is enabled; could not verify that its malware protection is on.`, evidence: d.evidence, settle: `the malware protection setting of ${d.service}` }
    ) : { status: "pass", message: `${d.service} is enabled${d.malwareProtection === "yes" ? " with malware protection" : ""}.`, evidence: d.evidence };
    const flow = !f ? void 0 : f.enabled === "no" ? { status: "fail", message: `The ${f.label} does not record flow logs.`, evidence: f.evidence } : f.enabled === "unknown" ? { status: "unknown", message: `Could not verify that the ${f.label} records flow logs.`, evidence: f.evidence, settle: f.settle ?? "the flow log configuration" } : { status: "pass", message: `The ${f.label} records flow logs.`, evidence: f.evidence };
    return worstOf([detection, flow]);
  }
});

// policies/vulnerability-scanning.ts
var vulnerability_scanning_default = definePolicy({
  meta: {
    id: "vulnerability-scanning",
    title: "Images and instances are scanned for vulnerabilities",
    rules: ["CLD-33", "CL-10"],
    severity: "medium",
    description: "Container registries scan images (on push or continuously) and instances are covered by vulnerability assessment (Amazon Inspector, Defender for Servers/Containers, Artifact Analysis).",
    remediation: {
      aws: "Set `image_scanning_configuration { scan_on_push = true }` on ECR repositories or enhanced scanning with `aws_ecr_registry_scanning_configuration`; enable Amazon Inspector (`aws_inspector2_enabler`).",
      azure: "Enable Defender for Containers and Defender for Servers (vulnerability assessment) plans.",
      gcp: "Enable the Container Scanning API / Artifact Analysis on Artifact Registry; enable VM Manager vulnerability reports."
    },
    fr: {
      remediation: {
        aws: "R\xE9gler `image_scanning_configuration { scan_on_push = true }` sur les d\xE9p\xF4ts ECR ou l'analyse avanc\xE9e avec `aws_ecr_registry_scanning_configuration` ; activer Amazon Inspector (`aws_inspector2_enabler`) pour ECR et EC2.",
        azure: "Activer les plans Defender for Containers et Defender for Servers (\xE9valuation des vuln\xE9rabilit\xE9s).",
        gcp: "Activer l'API Container Scanning / Artifact Analysis sur Artifact Registry ; activer les rapports de vuln\xE9rabilit\xE9s de VM Manager."
      }
    },
    facets: ["vulnerabilityScan"]
  },
  check(resource) {
    const v = resource.facets.vulnerabilityScan;
    if (!v) return void 0;
    if (v.enabled === "no") return { status: "fail", message: `The ${v.label} is not scanned for vulnerabilities.`, evidence: v.evidence };
    if (v.enabled === "unknown") return { status: "unknown", message: `Could not verify vulnerability scanning of the ${v.label}.`, evidence: v.evidence, settle: v.settle ?? "the scanning configuration" };
    return { status: "pass", message: `The ${v.label} is scanned for vulnerabilities.`, evidence: v.evidence };
  }
});

// policies/password-policy.ts
var REQUIRED = { minLength: 8, characterClasses: 3, reusePrevention: 5, maxAgeDays: 90 };
var password_policy_default = definePolicy({
  meta: {
    id: "password-policy",
    title: "Account passwords follow the partner password rules",
    rules: ["CL-15", "CLD-18"],
    severity: "medium",
    description: "Where the cloud account has its own passwords (AWS IAM users), the account password policy requires at least 8 characters from 3 of the 4 character classes, refuses the last 5 passwords, and makes them change at least every 90 days (CL-15).",
    remediation: {
      aws: "Set `aws_iam_account_password_policy` with `minimum_password_length >= 8`, three of `require_lowercase_characters`/`require_uppercase_characters`/`require_numbers`/`require_symbols`, `password_reuse_prevention >= 5` and `max_password_age <= 90`; better, use IAM Identity Center with the organisation's identity provider.",
      azure: "Passwords are governed by Entra ID (password protection, banned passwords); prefer passwordless and MFA.",
      gcp: "Passwords are governed by Cloud Identity / Google Workspace password policies."
    },
    fr: {
      remediation: {
        aws: "D\xE9finir `aws_iam_account_password_policy` avec `minimum_password_length >= 8`, trois parmi `require_lowercase_characters`/`require_uppercase_characters`/`require_numbers`/`require_symbols`, `password_reuse_prevention >= 5` et `max_password_age <= 90` ; mieux, utiliser IAM Identity Center avec le fournisseur d'identit\xE9 de l'organisation.",
        azure: "Les mots de passe rel\xE8vent d'Entra ID (protection par mot de passe, mots de passe interdits) ; pr\xE9f\xE9rer le sans-mot-de-passe et la MFA.",
        gcp: "Les mots de passe rel\xE8vent des politiques de Cloud Identity / Google Workspace."
      }
    },
    facets: ["passwordPolicy"]
  },
  check(resource) {
    const p = resource.facets.passwordPolicy;
    if (!p) return void 0;
    const problems = [];
    const unknowns = [];
    const atLeast = (value, min, what) => {
      if (value === "unknown") unknowns.push(what);
      else if (value === void 0 || value < min) problems.push(`${what} ${value ?? "not set"} (at least ${min} required)`);
    };
    atLeast(p.minLength, REQUIRED.minLength, "minimum length");
    atLeast(p.characterClasses, REQUIRED.characterClasses, "character classes");
    atLeast(p.reusePrevention, REQUIRED.reusePrevention, "previous passwords refused");
    if (p.maxAgeDays === "unknown") unknowns.push("maximum age");
    else if (p.maxAgeDays === void 0 || p.maxAgeDays > REQUIRED.maxAgeDays) problems.push(`maximum age ${p.maxAgeDays ?? "not set"} (at most ${REQUIRED.maxAgeDays} days required)`);
    if (problems.length) return { status: "fail", message: `The account password policy falls short of CL-15: ${problems.join("; ")}.`, evidence: p.evidence };
    if (unknowns.length) return { status: "unknown", message: `Could not verify the password policy's ${unknowns.join(", ")}.`, evidence: p.evidence, settle: "the account password policy once applied" };
    return { status: "pass", message: "The account password policy meets CL-15.", evidence: p.evidence };
  }
});

// policies/long-lived-credentials.ts
var long_lived_credentials_default = definePolicy({
  meta: {
    id: "long-lived-credentials",
    title: "No root access keys, no long-lived or unused credentials",
    rules: ["CLD-14", "CLD-16"],
    severity: "high",
    description: "The root (owner) account has no access keys; people and workloads use temporary credentials (roles, workload identity) rather than long-lived keys (IAM user access keys, user-managed service account keys); credentials unused for `maxUnusedCredentialDays` (90) are removed.",
    remediation: {
      aws: "Delete root access keys; replace `aws_iam_access_key` with roles (OIDC federation for CI); remove keys unused for 90 days (IAM credential report).",
      azure: "Use managed identities and workload identity federation instead of client secrets; remove unused service principal credentials.",
      gcp: "Avoid `google_service_account_key` (use workload identity federation, or service account impersonation); enforce `iam.disableServiceAccountKeyCreation`."
    },
    fr: {
      remediation: {
        aws: "Supprimer les cl\xE9s d'acc\xE8s du compte racine ; remplacer `aws_iam_access_key` par des r\xF4les (f\xE9d\xE9ration OIDC pour la CI) ; retirer les cl\xE9s inutilis\xE9es depuis 90 jours (rapport d'identifiants IAM).",
        azure: "Utiliser des identit\xE9s manag\xE9es et la f\xE9d\xE9ration d'identit\xE9 de charge de travail plut\xF4t que des secrets client ; retirer les identifiants inutilis\xE9s des principaux de service.",
        gcp: "\xC9viter `google_service_account_key` (f\xE9d\xE9ration d'identit\xE9 de charge de travail, ou emprunt d'identit\xE9 de compte de service) ; imposer `iam.disableServiceAccountKeyCreation`."
      }
    },
    facets: ["credential"]
  },
  check(resource, { settings }) {
    const c = resource.facets.credential;
    if (!c) return void 0;
    if (c.rootAccessKeys === "yes") return { status: "fail", message: `The ${c.label} has access keys.`, evidence: c.evidence };
    if (typeof c.unusedDays === "number" && c.unusedDays > settings.maxUnusedCredentialDays) {
      return { status: "fail", message: `The ${c.label} has not been used for ${c.unusedDays} days (more than ${settings.maxUnusedCredentialDays}).`, evidence: c.evidence };
    }
    if (c.longLivedKey === "yes") return { status: "fail", message: `The ${c.label} is a long-lived key; use temporary credentials instead.`, evidence: c.evidence };
    if (c.rootAccessKeys === "unknown" || c.longLivedKey === "unknown" || c.unusedDays === "unknown") {
      return { status: "unknown", message: `Could not verify the credentials of the ${c.label}.`, evidence: c.evidence, settle: c.settle ?? "the credential report" };
    }
    return { status: "pass", message: `The ${c.label} holds no long-lived or unused credential.`, evidence: c.evidence };
  }
});

// policies/network-separation.ts
var network_separation_default = definePolicy({
  meta: {
    id: "network-separation",
    title: "Production is separated from other environments, and default networks are not used",
    rules: ["CLD-25", "CLD-20"],
    severity: "medium",
    description: "Production and non-production resources do not share an account, subscription or project (told apart by environment tags or labels, see `environments` in the configuration); workloads do not run in default networks (AWS default VPC, GCP `default` network), whose permissive defaults are shared by everything placed there.",
    remediation: {
      aws: "Put production in its own account (AWS Organizations); create dedicated VPCs and delete default VPCs.",
      azure: "Put production in its own subscription (management groups separate them).",
      gcp: "Put production in its own project (folders separate them); create custom-mode networks and delete the `default` network (or enforce `compute.skipDefaultNetworkCreation`)."
    },
    fr: {
      remediation: {
        aws: "Placer la production dans son propre compte (AWS Organizations) ; cr\xE9er des VPC d\xE9di\xE9s et supprimer les VPC par d\xE9faut.",
        azure: "Placer la production dans son propre abonnement (les groupes d'administration les s\xE9parent).",
        gcp: "Placer la production dans son propre projet (les dossiers les s\xE9parent) ; cr\xE9er des r\xE9seaux en mode personnalis\xE9 et supprimer le r\xE9seau `default` (ou imposer `compute.skipDefaultNetworkCreation`)."
      }
    },
    facets: ["defaultNetwork", "environmentMix"]
  },
  check(resource) {
    const n = resource.facets.defaultNetwork;
    const mix = resource.facets.environmentMix;
    const network = !n ? void 0 : n.isDefault === "yes" ? { status: "fail", message: `The ${n.label} is a default network.`, evidence: n.evidence } : n.isDefault === "unknown" ? { status: "unknown", message: `Could not verify whether the ${n.label} is a default network.`, evidence: n.evidence, settle: "the network configuration" } : void 0;
    const environments = !mix ? void 0 : mix.production > 0 && mix.nonProduction > 0 ? {
      status: "fail",
      message: `${mix.scope} mixes ${mix.production} production and ${mix.nonProduction} non-production resources (e.g. ${mix.examples.production.join(", ")} / ${mix.examples.nonProduction.join(", ")}).`,
      evidence: [{ path: `tags[${mix.tagKeys.join("|")}]`, note: "environment tags or labels" }]
    } : { status: "pass", message: `${mix.scope} holds only ${mix.production ? "production" : "non-production"} resources (by environment tags).` };
    return worstOf([network, environments]);
  }
});

// policies/availability.ts
var availability_default = definePolicy({
  meta: {
    id: "availability",
    title: "Services that need it run across availability zones",
    rules: ["CLD-69"],
    severity: "medium",
    description: "Databases and load balancers named in the configuration (`highAvailability`: resource patterns) run across several availability zones (RDS Multi-AZ, Aurora with replicas in several zones, load balancers in subnets of two zones or more, zone-redundant Azure services, regional Cloud SQL). Without `highAvailability` in the configuration, this policy judges nothing: availability targets are the service's own.",
    remediation: {
      aws: "Set `multi_az = true` on RDS; give load balancers subnets in at least two zones.",
      azure: "Use zone-redundant SKUs (`zone_redundant`, `zones`), or high availability mode ZoneRedundant on flexible servers.",
      gcp: 'Set `availability_type = "REGIONAL"` on Cloud SQL; use regional managed instance groups and clusters.'
    },
    fr: {
      remediation: {
        aws: "Mettre `multi_az = true` sur RDS ; donner aux r\xE9partiteurs de charge des sous-r\xE9seaux dans au moins deux zones.",
        azure: "Utiliser des SKU redondants entre zones (`zone_redundant`, `zones`), ou le mode haute disponibilit\xE9 ZoneRedundant sur les serveurs flexibles.",
        gcp: 'Mettre `availability_type = "REGIONAL"` sur Cloud SQL ; utiliser des groupes d\'instances et des clusters r\xE9gionaux.'
      }
    },
    facets: ["availability"]
  },
  check(resource, { settings }) {
    const a = resource.facets.availability;
    if (!a || !settings.highAvailability.some((pattern) => globMatch(pattern, resource.id))) return void 0;
    if (a.multiZone === "no") return { status: "fail", message: `The ${a.label} runs in a single zone.`, evidence: a.evidence };
    if (a.multiZone === "unknown") return { status: "unknown", message: `Could not verify that the ${a.label} runs across zones.`, evidence: a.evidence, settle: a.settle ?? "the zone settings once applied" };
    return { status: "pass", message: `The ${a.label} runs across zones.`, evidence: a.evidence };
  }
});

// policies/index.ts
var BUILTIN_POLICIES = [
  encryption_at_rest_default,
  data_residency_default,
  admin_mfa_default,
  admin_network_exposure_default,
  log_retention_default,
  backups_default,
  tls_in_transit_default,
  key_management_default,
  plaintext_secrets_default,
  audit_log_protection_default,
  threat_detection_default,
  vulnerability_scanning_default,
  password_policy_default,
  long_lived_credentials_default,
  network_separation_default,
  availability_default
];

export {
  BUILTIN_POLICIES
};
