import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  definePolicy
} from "./chunk-53HKAVBD.mjs";
import {
  ACCOUNT_TYPE,
  AWS_REGISTRY,
  AccountFacts,
  Lookups,
  absorb,
  absorbGroups,
  absorbLookup,
  accountItem,
  accountOf,
  arnAccount,
  canonicalId,
  conf,
  decodeJsonText,
  facetsOf,
  isDeleted,
  isRecord,
  normaliseItem,
  regionOf,
  restoreFacts,
  tagsOf,
  text,
  toResource
} from "./chunk-GPFC3LMI.mjs";
import {
  AZURE_ARM,
  AZURE_REGISTRY,
  AZURE_RESOURCE_GRAPH,
  Ticker,
  regionOf as regionOf2,
  runPausing
} from "./chunk-ZUR6HQ7C.mjs";
import {
  ADMIN_PORTS,
  adminExposure,
  isPublicSource
} from "./chunk-I4GDKXBT.mjs";
import {
  CONTEXT_TYPES,
  GCP_REGISTRY,
  InventoryContext,
  normaliseRecord,
  regionOf as regionOf3,
  toResource as toResource2
} from "./chunk-LJ4J3U2H.mjs";
import {
  ConfigIndex,
  Links,
  isLocalSource,
  isObject,
  moduleConfigPath,
  moduleInstancePath,
  parseAddress
} from "./chunk-24CSVZM3.mjs";
import {
  buildFacets,
  compile
} from "./chunk-JECVGCKA.mjs";
import {
  judgeLocation
} from "./chunk-LUEYLY3S.mjs";
import {
  JsonScanner,
  isSpace
} from "./chunk-WXXIW77C.mjs";
import {
  WAIVER_DIRECTIVE,
  globMatch,
  parseInlineWaiver
} from "./chunk-ZCN7ZIRF.mjs";
import {
  openRegularFile,
  readFd
} from "./chunk-Z2G6SRDN.mjs";
import {
  LIMITS,
  formatBytes
} from "./chunk-VD5S6TE7.mjs";
import {
  UserError
} from "./chunk-QTFYQM6Z.mjs";
import {
  memoize
} from "./chunk-7EALKIMT.mjs";

// policies/encryption-at-rest.ts
var encryption_at_rest_default = definePolicy({
  meta: {
    id: "encryption-at-rest",
    title: { en: "Stored data is encrypted at rest", fr: "Les donn\xE9es stock\xE9es sont chiffr\xE9es au repos" },
    rules: ["CLD-21", "CL-8"],
    severity: "high",
    description: {
      en: "Every data store (object and block storage, databases, file systems, queues, caches, search and warehouse clusters) encrypts its data at rest. The finding says which key protects it: one managed by the cloud provider, or a customer-managed key (KMS, Key Vault, Cloud KMS). With `requireCustomerManagedKeys: true` in the configuration, a provider-managed key fails.",
      fr: "Chaque stockage de donn\xE9es (objets et blocs, bases de donn\xE9es, syst\xE8mes de fichiers, files, caches, clusters de recherche et d'entrep\xF4t) chiffre ses donn\xE9es au repos. Le r\xE9sultat dit quelle cl\xE9 les prot\xE8ge : une cl\xE9 g\xE9r\xE9e par le fournisseur cloud, ou une cl\xE9 g\xE9r\xE9e par le client (KMS, Key Vault, Cloud KMS). Avec `requireCustomerManagedKeys: true` dans la configuration, une cl\xE9 g\xE9r\xE9e par le fournisseur est un \xE9chec."
    },
    messages: {
      notEncrypted: { en: "The {{service}} is not encrypted at rest.", fr: "Le stockage {{service}} n'est pas chiffr\xE9 au repos." },
      unverified: { en: "Could not verify that the {{service}} is encrypted at rest.", fr: "Impossible de v\xE9rifier que le stockage {{service}} est chiffr\xE9 au repos." },
      providerKeyRefused: {
        en: "The {{service}} is encrypted with a key managed by the cloud provider; the configuration requires a customer-managed key.",
        fr: "Le stockage {{service}} est chiffr\xE9 avec une cl\xE9 g\xE9r\xE9e par le fournisseur cloud ; la configuration exige une cl\xE9 g\xE9r\xE9e par le client."
      },
      keyOwnerUnknown: {
        en: "The {{service}} is encrypted, but which key protects it could not be determined; the configuration requires a customer-managed key.",
        fr: "Le stockage {{service}} est chiffr\xE9, mais la cl\xE9 qui le prot\xE8ge n'a pu \xEAtre d\xE9termin\xE9e ; la configuration exige une cl\xE9 g\xE9r\xE9e par le client."
      },
      customerKey: { en: "The {{service}} is encrypted at rest with a customer-managed key.", fr: "Le stockage {{service}} est chiffr\xE9 au repos avec une cl\xE9 g\xE9r\xE9e par le client." },
      providerKey: { en: "The {{service}} is encrypted at rest with a key managed by the cloud provider.", fr: "Le stockage {{service}} est chiffr\xE9 au repos avec une cl\xE9 g\xE9r\xE9e par le fournisseur cloud." },
      someKey: { en: "The {{service}} is encrypted at rest with a key whose owner could not be determined.", fr: "Le stockage {{service}} est chiffr\xE9 au repos avec une cl\xE9 dont le propri\xE9taire n'a pu \xEAtre d\xE9termin\xE9." },
      settleEncryption: { en: "the encryption setting of the resource once applied", fr: "le r\xE9glage de chiffrement de la ressource une fois appliqu\xE9" },
      settleKey: { en: "the key (KMS / Key Vault / Cloud KMS) configured on the resource", fr: "la cl\xE9 (KMS / Key Vault / Cloud KMS) configur\xE9e sur la ressource" }
    },
    remediation: {
      aws: {
        terraform: {
          en: "Turn encryption on (`encrypted = true`, `storage_encrypted = true`, `at_rest_encryption_enabled = true`, an `aws_s3_bucket_server_side_encryption_configuration` with `aws:kms`\u2026) and give `kms_key_id` a customer-managed `aws_kms_key` where keys must be yours.",
          fr: "Activer le chiffrement (`encrypted = true`, `storage_encrypted = true`, `at_rest_encryption_enabled = true`, une `aws_s3_bucket_server_side_encryption_configuration` en `aws:kms`\u2026) et donner \xE0 `kms_key_id` une `aws_kms_key` g\xE9r\xE9e par le client quand les cl\xE9s doivent vous appartenir."
        },
        live: {
          en: "Most stores cannot be encrypted in place: make an encrypted copy and switch to it (EBS: snapshot, `aws ec2 copy-snapshot --encrypted --kms-key-id \u2026`, new volume; RDS: `aws rds copy-db-snapshot --kms-key-id \u2026`, then restore). Turn on `aws ec2 enable-ebs-encryption-by-default` in every region and S3 default encryption (`aws s3api put-bucket-encryption`).",
          fr: "La plupart des stockages ne se chiffrent pas sur place : faire une copie chiffr\xE9e et basculer dessus (EBS : instantan\xE9, `aws ec2 copy-snapshot --encrypted --kms-key-id \u2026`, nouveau volume ; RDS : `aws rds copy-db-snapshot --kms-key-id \u2026`, puis restauration). Activer `aws ec2 enable-ebs-encryption-by-default` dans chaque r\xE9gion et le chiffrement par d\xE9faut S3 (`aws s3api put-bucket-encryption`)."
        }
      },
      azure: {
        terraform: {
          en: "Keep storage service encryption on and add `infrastructure_encryption_enabled`; use a `customer_managed_key` block or a disk encryption set with a Key Vault key; keep `transparent_data_encryption_enabled = true` on SQL databases; set `encryption_at_host_enabled = true` on VMs.",
          fr: "Garder le chiffrement du service de stockage et ajouter `infrastructure_encryption_enabled` ; utiliser un bloc `customer_managed_key` ou un disk encryption set avec une cl\xE9 Key Vault ; garder `transparent_data_encryption_enabled = true` sur les bases SQL ; mettre `encryption_at_host_enabled = true` sur les VM."
        },
        live: {
          en: "Turn TDE back on (`az sql db tde set --status Enabled`); for your own keys, set a Key Vault key on the storage account (`az storage account update --encryption-key-source Microsoft.Keyvault \u2026`) and a disk encryption set on disks; enable encryption at host on deallocated VMs (`az vm update --set securityProfile.encryptionAtHost=true`).",
          fr: "R\xE9activer TDE (`az sql db tde set --status Enabled`) ; pour vos propres cl\xE9s, poser une cl\xE9 Key Vault sur le compte de stockage (`az storage account update --encryption-key-source Microsoft.Keyvault \u2026`) et un disk encryption set sur les disques ; activer le chiffrement sur l'h\xF4te des VM d\xE9sallou\xE9es (`az vm update --set securityProfile.encryptionAtHost=true`)."
        }
      },
      gcp: {
        terraform: {
          en: "Data is always encrypted by Google; for customer-managed keys set `encryption.default_kms_key_name` on buckets, `disk_encryption_key.kms_key_self_link` on disks and `encryption_key_name` on Cloud SQL instances.",
          fr: "Google chiffre toujours les donn\xE9es ; pour des cl\xE9s g\xE9r\xE9es par le client, r\xE9gler `encryption.default_kms_key_name` sur les buckets, `disk_encryption_key.kms_key_self_link` sur les disques et `encryption_key_name` sur les instances Cloud SQL."
        },
        live: {
          en: "Google encrypts all data; for customer-managed keys set the bucket default key (`gcloud storage buckets update gs://BUCKET --default-encryption-key=KEY`) and recreate disks and Cloud SQL instances from a snapshot or backup with `--kms-key`.",
          fr: "Google chiffre toutes les donn\xE9es ; pour des cl\xE9s g\xE9r\xE9es par le client, poser la cl\xE9 par d\xE9faut du bucket (`gcloud storage buckets update gs://BUCKET --default-encryption-key=CL\xC9`) et recr\xE9er disques et instances Cloud SQL depuis un instantan\xE9 ou une sauvegarde avec `--kms-key`."
        }
      }
    },
    facets: ["storage"]
  },
  check(resource, { settings }) {
    const s = resource.facets.storage;
    if (!s) return void 0;
    const evidence = s.evidence;
    const data = { service: s.service };
    if (s.encrypted === "no") return { status: "fail", messageId: "notEncrypted", data, evidence };
    if (s.encrypted === "unknown") return { status: "unknown", messageId: "unverified", data, evidence, settle: s.settle ?? { messageId: "settleEncryption" } };
    if (settings.requireCustomerManagedKeys) {
      if (s.key === "provider") return { status: "fail", messageId: "providerKeyRefused", data, evidence };
      if (s.key !== "customer") return { status: "unknown", messageId: "keyOwnerUnknown", data, evidence, settle: s.settle ?? { messageId: "settleKey" } };
    }
    const messageId = s.key === "customer" ? "customerKey" : s.key === "provider" ? "providerKey" : "someKey";
    return { status: "pass", messageId, data, evidence };
  }
});

// policies/data-residency.ts
var PROFILE_MESSAGE = {
  fr: { inside: "inFrance", outside: "outsideFrance" },
  eu: { inside: "inEu", outside: "outsideEu" },
  "eu-adequate": { inside: "inEuAdequate", outside: "outsideEuAdequate" }
};
var UNKNOWN_MESSAGE = {
  "no-location": "causeNoLocation",
  "zone-placeholder": "causeZonePlaceholder",
  "edge-zone": "causeEdgeZone",
  unrecognised: "causeUnrecognised",
  "country-unpublished": "causeCountryUnpublished"
};
var data_residency_default = definePolicy({
  meta: {
    id: "data-residency",
    title: { en: "Data stays in allowed regions", fr: "Les donn\xE9es restent dans les r\xE9gions autoris\xE9es" },
    rules: ["CLD-74", "CL-27", "CL-28"],
    severity: "high",
    description: {
      en: "Every resource that stores or processes data, and every copy of its data (replicas, backup copies, geo-redundant pairs, multi-region locations), is in a region of an allowed country: France only (`--residency fr`), the EU/EEA (`eu`), or the EU/EEA plus countries with an EU adequacy decision (`eu-adequate`, the default). Regions are mapped to countries by a table kept in the project with its sources.",
      fr: "Chaque ressource qui stocke ou traite des donn\xE9es, et chaque copie de ses donn\xE9es (r\xE9plicas, copies de sauvegarde, paires g\xE9o-redondantes, emplacements multir\xE9gions), est dans une r\xE9gion d'un pays autoris\xE9 : la France seule (`--residency fr`), l'UE/EEE (`eu`), ou l'UE/EEE et les pays b\xE9n\xE9ficiant d'une d\xE9cision d'ad\xE9quation (`eu-adequate`, par d\xE9faut). Les r\xE9gions sont rattach\xE9es aux pays par une table tenue dans le projet avec ses sources."
    },
    messages: {
      outside: { en: "Data is stored {{profile}}: {{places}}.", fr: "Des donn\xE9es sont stock\xE9es {{profile}} : {{places}}." },
      unverified: { en: "Could not verify where the data is stored: {{causes}}.", fr: "Impossible de v\xE9rifier o\xF9 les donn\xE9es sont stock\xE9es : {{causes}}." },
      inside: { en: "Data is stored {{profile}}: {{places}}.", fr: "Les donn\xE9es sont stock\xE9es {{profile}} : {{places}}." },
      place: { en: "{{role}} {{region}}{{countries}}", fr: "{{role}} {{region}}{{countries}}" },
      globalPlace: { en: "{{role}} {{region}} (global: the data may be stored in any country)", fr: "{{role}} {{region}} (global : les donn\xE9es peuvent \xEAtre stock\xE9es dans n'importe quel pays)" },
      unknownPlace: { en: "{{role}}: {{cause}}", fr: "{{role}} : {{cause}}" },
      rolePrimary: { en: "primary", fr: "principal" },
      roleReplica: { en: "replica", fr: "r\xE9plica" },
      roleBackup: { en: "backup", fr: "sauvegarde" },
      roleSecondary: { en: "secondary", fr: "secondaire" },
      inFrance: { en: "in France", fr: "en France" },
      outsideFrance: { en: "outside France", fr: "hors de France" },
      inEu: { en: "in the EU/EEA", fr: "dans l'UE/EEE" },
      outsideEu: { en: "outside the EU/EEA", fr: "hors de l'UE/EEE" },
      inEuAdequate: { en: "in the EU/EEA or a country with an EU adequacy decision", fr: "dans l'UE/EEE ou un pays b\xE9n\xE9ficiant d'une d\xE9cision d'ad\xE9quation de l'UE" },
      outsideEuAdequate: { en: "outside the EU/EEA and the countries with an EU adequacy decision", fr: "hors de l'UE/EEE et des pays b\xE9n\xE9ficiant d'une d\xE9cision d'ad\xE9quation de l'UE" },
      causeNoLocation: { en: "the location is not known", fr: "l'emplacement n'est pas connu" },
      causeZonePlaceholder: { en: '"{{location}}" is an availability-zone placeholder that names no region', fr: "\xAB {{location}} \xBB est un nom g\xE9n\xE9rique de zone de disponibilit\xE9 qui ne d\xE9signe aucune r\xE9gion" },
      causeEdgeZone: {
        en: '"{{location}}" is an AWS Local or Wavelength Zone of {{parent}}, whose own country is not in the table',
        fr: "\xAB {{location}} \xBB est une Local ou Wavelength Zone AWS rattach\xE9e \xE0 {{parent}}, dont le pays n'est pas dans la table"
      },
      causeUnrecognised: { en: '"{{location}}" is not a recognised location', fr: "\xAB {{location}} \xBB n'est pas un emplacement reconnu" },
      causeCountryUnpublished: { en: '"{{location}}" is known but its country is not published', fr: "\xAB {{location}} \xBB est connu mais son pays n'est pas publi\xE9" },
      settleRegion: { en: "the region the resource (and each of its copies) is deployed in", fr: "la r\xE9gion o\xF9 la ressource (et chacune de ses copies) est d\xE9ploy\xE9e" }
    },
    remediation: {
      aws: {
        terraform: {
          en: "Set the provider `region` (or the resource `region`) to an allowed region such as `eu-west-3` (Paris); point replication and backup copy destinations at allowed regions.",
          fr: "R\xE9gler la `region` du provider (ou de la ressource) sur une r\xE9gion autoris\xE9e comme `eu-west-3` (Paris) ; diriger les destinations de r\xE9plication et de copie de sauvegarde vers des r\xE9gions autoris\xE9es."
        },
        live: {
          en: "Data cannot move region in place: recreate the store in an allowed region (`eu-west-3`, Paris) from a snapshot or backup copied there, then delete the old one; remove replication rules and backup copy actions aimed at other regions; deny other regions with an SCP on `aws:RequestedRegion`.",
          fr: "Les donn\xE9es ne changent pas de r\xE9gion sur place : recr\xE9er le stockage dans une r\xE9gion autoris\xE9e (`eu-west-3`, Paris) depuis un instantan\xE9 ou une sauvegarde copi\xE9e l\xE0, puis supprimer l'ancien ; retirer les r\xE8gles de r\xE9plication et les copies de sauvegarde vers d'autres r\xE9gions ; interdire les autres r\xE9gions par une SCP sur `aws:RequestedRegion`."
        }
      },
      azure: {
        terraform: {
          en: "Set `location` to an allowed region such as `francecentral`; for geo-redundant storage choose a region whose pair is also allowed.",
          fr: "R\xE9gler `location` sur une r\xE9gion autoris\xE9e comme `francecentral` ; pour le stockage g\xE9o-redondant, choisir une r\xE9gion dont la r\xE9gion jumel\xE9e est aussi autoris\xE9e."
        },
        live: {
          en: 'Move the resource with Azure Resource Mover or recreate it in an allowed region (`francecentral`); switch geo-redundant storage to a redundancy whose copies stay in allowed regions (`az storage account update --sku Standard_ZRS`); enforce the "Allowed locations" Azure Policy on the subscription.',
          fr: "D\xE9placer la ressource avec Azure Resource Mover ou la recr\xE9er dans une r\xE9gion autoris\xE9e (`francecentral`) ; passer le stockage g\xE9o-redondant \xE0 une redondance dont les copies restent dans des r\xE9gions autoris\xE9es (`az storage account update --sku Standard_ZRS`) ; imposer la strat\xE9gie Azure \xAB Emplacements autoris\xE9s \xBB sur l'abonnement."
        }
      },
      gcp: {
        terraform: {
          en: "Set `location`/`region` to an allowed region such as `europe-west9` (Paris) or the `EU` multi-region; keep backup locations in allowed regions.",
          fr: "R\xE9gler `location`/`region` sur une r\xE9gion autoris\xE9e comme `europe-west9` (Paris) ou la multir\xE9gion `EU` ; garder les emplacements de sauvegarde dans des r\xE9gions autoris\xE9es."
        },
        live: {
          en: "Recreate the resource in an allowed location (`europe-west9`, Paris, or `EU`) and copy the data there (`gcloud storage cp -r`, a Cloud SQL backup restored there); set backup locations to allowed regions; enforce the `gcp.resourceLocations` organisation policy.",
          fr: "Recr\xE9er la ressource dans un emplacement autoris\xE9 (`europe-west9`, Paris, ou `EU`) et y copier les donn\xE9es (`gcloud storage cp -r`, une sauvegarde Cloud SQL restaur\xE9e l\xE0) ; r\xE9gler les emplacements de sauvegarde sur des r\xE9gions autoris\xE9es ; imposer la r\xE8gle d'administration `gcp.resourceLocations`."
        }
      }
    },
    facets: ["dataLocations"]
  },
  check(resource, { settings }) {
    const d = resource.facets.dataLocations;
    if (!d || d.locations.length === 0) return void 0;
    const profile = PROFILE_MESSAGE[settings.residency];
    const bad = [];
    const unknown = [];
    const places = [];
    const evidence = [];
    for (const loc of d.locations) {
      const j = judgeLocation(resource.provider, loc.region, settings.residency);
      const role = { messageId: `role${loc.role.charAt(0).toUpperCase()}${loc.role.slice(1)}` };
      const region = loc.region ?? "";
      evidence.push(loc.evidence);
      if (j.verdict === "global") bad.push({ messageId: "globalPlace", data: { role, region } });
      else if (j.verdict === "unknown") {
        const parent = j.parent ? { parent: `${j.parent.name} (${j.parent.countries.join("+")})` } : {};
        unknown.push({ messageId: "unknownPlace", data: { role, cause: { messageId: UNKNOWN_MESSAGE[j.cause ?? "unrecognised"], data: { location: region, ...parent } } } });
      } else {
        const place = { messageId: "place", data: { role, region, countries: j.countries.length ? ` (${j.countries.join("+")})` : "" } };
        (j.verdict === "forbidden" ? bad : places).push(place);
      }
    }
    if (bad.length) return { status: "fail", messageId: "outside", data: { profile: { messageId: profile.outside }, places: bad }, evidence };
    if (unknown.length) return { status: "unknown", messageId: "unverified", data: { causes: unknown }, evidence, settle: { messageId: "settleRegion" } };
    return { status: "pass", messageId: "inside", data: { profile: { messageId: profile.inside }, places }, evidence };
  }
});

// policies/admin-mfa.ts
var VIOLATION_MESSAGE = {
  "basic-role-to-user": "basicRoleToUser",
  "admin-to-public": "adminToPublic",
  "excluded-from-mfa-policy": "excludedFromMfaPolicy"
};
var KIND_MESSAGE = {
  user: "kindUser",
  group: "kindGroup",
  role: "kindRole",
  "service-account": "kindServiceAccount",
  grant: "kindGrant"
};
var admin_mfa_default = definePolicy({
  meta: {
    id: "admin-mfa",
    title: { en: "Administrators must use multi-factor authentication", fr: "Les administrateurs utilisent une authentification multifacteur" },
    rules: ["CLD-19", "CLD-18"],
    severity: "critical",
    description: {
      en: "People with administrative rights authenticate with more than one factor. AWS: IAM users with admin rights and console access are under a policy that denies actions without MFA; roles with admin rights that people assume require `aws:MultiFactorAuthPresent`. Azure: privileged role assignments are covered by a conditional-access policy requiring MFA. GCP: basic owner/editor roles are not granted to individual users; 2-step verification is not visible in configuration. Where the input cannot show MFA, the result is unknown with the evidence that would settle it, never a pass.",
      fr: "Les personnes ayant des droits d'administration s'authentifient avec plus d'un facteur. AWS : les utilisateurs IAM administrateurs avec acc\xE8s console sont soumis \xE0 une politique qui refuse toute action sans MFA ; les r\xF4les d'administration endoss\xE9s par des personnes exigent `aws:MultiFactorAuthPresent`. Azure : les attributions de r\xF4les privil\xE9gi\xE9s sont couvertes par une strat\xE9gie d'acc\xE8s conditionnel exigeant la MFA. GCP : les r\xF4les de base owner/editor ne sont pas attribu\xE9s \xE0 des utilisateurs individuels ; la validation en deux \xE9tapes ne se voit pas dans la configuration. Quand l'entr\xE9e ne peut montrer la MFA, le r\xE9sultat est inconnu, avec la preuve qui trancherait, jamais conforme."
    },
    messages: {
      violation: { en: "{{who}}: {{violation}}.", fr: "{{who}} : {{violation}}." },
      basicRoleToUser: {
        en: "basic owner/editor role granted directly to an individual user; grant predefined roles to groups with 2-step verification enforced",
        fr: "r\xF4le de base owner/editor attribu\xE9 directement \xE0 un utilisateur ; attribuer des r\xF4les pr\xE9d\xE9finis \xE0 des groupes soumis \xE0 la validation en deux \xE9tapes"
      },
      adminToPublic: { en: "administrative role granted to allUsers / allAuthenticatedUsers: anyone can use it", fr: "r\xF4le d'administration attribu\xE9 \xE0 allUsers / allAuthenticatedUsers : n'importe qui peut s'en servir" },
      excludedFromMfaPolicy: {
        en: "excluded from the conditional-access policy that requires MFA, while holding a privileged role",
        fr: "exclu de la strat\xE9gie d'acc\xE8s conditionnel qui exige la MFA, tout en d\xE9tenant un r\xF4le privil\xE9gi\xE9"
      },
      adminUnknown: {
        en: "Could not determine whether {{who}} has administrative rights, so MFA could not be checked.",
        fr: "Impossible de d\xE9terminer si {{who}} a des droits d'administration : la MFA n'a pu \xEAtre v\xE9rifi\xE9e."
      },
      mfaEnforced: { en: "{{who}} has administrative rights and MFA is enforced.", fr: "{{who}} a des droits d'administration et la MFA est impos\xE9e." },
      mfaAbsent: {
        en: "{{who}} has administrative rights and interactive access without enforced MFA.",
        fr: "{{who}} a des droits d'administration et un acc\xE8s interactif sans MFA impos\xE9e."
      },
      mfaAbsentAccessUnknown: {
        en: "{{who}} has administrative rights and no MFA enforcement is visible; whether people use it interactively could not be verified.",
        fr: "{{who}} a des droits d'administration et aucune MFA impos\xE9e n'est visible ; l'usage interactif par des personnes n'a pu \xEAtre v\xE9rifi\xE9."
      },
      mfaNotVisible: {
        en: "{{who}} has administrative rights; MFA enforcement is not visible in this input.",
        fr: "{{who}} a des droits d'administration ; l'obligation de MFA ne se voit pas dans cette entr\xE9e."
      },
      who: { en: "{{kind}}{{principal}}", fr: "{{kind}}{{principal}}" },
      kindUser: { en: "user", fr: "l'utilisateur" },
      kindGroup: { en: "group", fr: "le groupe" },
      kindRole: { en: "role", fr: "le r\xF4le" },
      kindServiceAccount: { en: "service account", fr: "le compte de service" },
      kindGrant: { en: "grant", fr: "l'attribution" },
      settlePermissions: { en: "the permissions attached to the principal", fr: "les permissions attach\xE9es au principal" },
      settleMfa: { en: "proof that MFA is enforced for this principal", fr: "la preuve que la MFA est impos\xE9e \xE0 ce principal" }
    },
    remediation: {
      aws: {
        terraform: {
          en: 'Attach to admin users (or their group) a policy that denies all actions when `aws:MultiFactorAuthPresent` is false (BoolIfExists), and add `"Bool": {"aws:MultiFactorAuthPresent": "true"}` to the trust policy of admin roles people assume; prefer IAM Identity Center with MFA.',
          fr: 'Attacher aux utilisateurs administrateurs (ou \xE0 leur groupe) une politique qui refuse toute action quand `aws:MultiFactorAuthPresent` est faux (BoolIfExists), et ajouter `"Bool": {"aws:MultiFactorAuthPresent": "true"}` \xE0 la politique d\'approbation des r\xF4les d\'administration endoss\xE9s par des personnes ; pr\xE9f\xE9rer IAM Identity Center avec MFA.'
        },
        live: {
          en: "In the IAM console, assign an MFA device to each admin user (`aws iam enable-mfa-device`) and attach a deny-without-MFA policy to their group; require MFA in the trust policy of admin roles (`aws iam update-assume-role-policy`); move people to IAM Identity Center with MFA required.",
          fr: "Dans la console IAM, associer un dispositif MFA \xE0 chaque utilisateur administrateur (`aws iam enable-mfa-device`) et attacher \xE0 leur groupe une politique de refus sans MFA ; exiger la MFA dans la politique d'approbation des r\xF4les d'administration (`aws iam update-assume-role-policy`) ; passer les personnes sur IAM Identity Center avec MFA obligatoire."
        }
      },
      azure: {
        terraform: {
          en: "Create an `azuread_conditional_access_policy` requiring the `mfa` grant control for all users holding privileged roles (or for the Azure management app), and assign privileged roles to groups covered by it.",
          fr: "Cr\xE9er une `azuread_conditional_access_policy` exigeant le contr\xF4le `mfa` pour tous les utilisateurs titulaires de r\xF4les privil\xE9gi\xE9s (ou pour l'application de gestion Azure), et attribuer les r\xF4les privil\xE9gi\xE9s \xE0 des groupes qu'elle couvre."
        },
        live: {
          en: 'In Entra ID > Security > Conditional Access, create a policy granting access only with multi-factor authentication for the directory roles and groups holding Owner, Contributor or User Access Administrator (or for "Microsoft Azure Management"), with no exclusion of administrators; check it in report-only mode, then turn it on.',
          fr: "Dans Entra ID > S\xE9curit\xE9 > Acc\xE8s conditionnel, cr\xE9er une strat\xE9gie n'accordant l'acc\xE8s qu'avec authentification multifacteur pour les r\xF4les d'annuaire et les groupes d\xE9tenant Owner, Contributor ou User Access Administrator (ou pour \xAB Microsoft Azure Management \xBB), sans exclure d'administrateur ; la v\xE9rifier en mode rapport seul, puis l'activer."
        }
      },
      gcp: {
        terraform: {
          en: "Grant predefined roles to groups instead of basic owner/editor roles to individual users, and enforce 2-step verification for those groups in Cloud Identity / Workspace.",
          fr: "Attribuer des r\xF4les pr\xE9d\xE9finis \xE0 des groupes plut\xF4t que les r\xF4les de base owner/editor \xE0 des utilisateurs, et imposer la validation en deux \xE9tapes \xE0 ces groupes dans Cloud Identity / Workspace."
        },
        live: {
          en: "Replace basic owner/editor grants to users by predefined roles granted to groups (`gcloud projects remove-iam-policy-binding` / `add-iam-policy-binding`); in the Admin console > Security > 2-Step Verification, enforce it for those groups.",
          fr: "Remplacer les attributions owner/editor \xE0 des utilisateurs par des r\xF4les pr\xE9d\xE9finis attribu\xE9s \xE0 des groupes (`gcloud projects remove-iam-policy-binding` / `add-iam-policy-binding`) ; dans la console d'administration > S\xE9curit\xE9 > Validation en deux \xE9tapes, l'imposer \xE0 ces groupes."
        }
      }
    },
    facets: ["identity"]
  },
  check(resource) {
    const id = resource.facets.identity;
    if (!id) return void 0;
    const who = { messageId: "who", data: { kind: { messageId: KIND_MESSAGE[id.principalKind] }, principal: id.principal ? ` ${id.principal}` : "" } };
    const evidence = id.evidence;
    if (id.violation) return { status: "fail", messageId: "violation", data: { who, violation: { messageId: VIOLATION_MESSAGE[id.violation] } }, evidence };
    if (id.admin === "no" || id.humanAccess === "no" || id.mfa === "not-applicable") return void 0;
    if (id.admin === "unknown") return { status: "unknown", messageId: "adminUnknown", data: { who }, evidence, settle: id.settle ?? { messageId: "settlePermissions" } };
    if (id.mfa === "enforced") return { status: "pass", messageId: "mfaEnforced", data: { who }, evidence };
    if (id.mfa === "absent" && id.humanAccess === "yes") return { status: "fail", messageId: "mfaAbsent", data: { who }, evidence };
    return {
      status: "unknown",
      messageId: id.mfa === "absent" ? "mfaAbsentAccessUnknown" : "mfaNotVisible",
      data: { who },
      evidence,
      settle: id.settle ?? { messageId: "settleMfa" }
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
  const outcomes = {};
  for (const r of present) {
    for (const [facet, status] of Object.entries(r.outcomes ?? (r.facet ? { [r.facet]: r.status } : {}))) {
      const before = outcomes[facet];
      if (!before || rank[status] > rank[before]) outcomes[facet] = status;
    }
  }
  const [first, ...rest] = chosen;
  const also = [...first.also ?? [], ...rest.flatMap((r) => [{ messageId: r.messageId, ...r.data ? { data: r.data } : {} }, ...r.also ?? []])];
  return {
    status: first.status,
    messageId: first.messageId,
    ...first.data ? { data: first.data } : {},
    ...also.length ? { also } : {},
    evidence: present.flatMap((r) => r.evidence ?? []),
    ...settle ? { settle } : {},
    ...Object.keys(outcomes).length ? { outcomes } : {}
  };
}

// policies/admin-network-exposure.ts
var admin_network_exposure_default = definePolicy({
  meta: {
    id: "admin-network-exposure",
    title: { en: "Administration interfaces are not reachable from public networks", fr: "Les interfaces d'administration ne sont pas joignables depuis les r\xE9seaux publics" },
    rules: ["CLD-19", "CLD-20", "CLD-36"],
    severity: "high",
    description: {
      en: "Network rules (AWS security groups and NACLs, Azure NSG rules, GCP firewall rules; IPv4 and IPv6) do not open administration or database ports (SSH, RDP, WinRM, Telnet, VNC, Docker, Kubernetes API, kubelet, etcd, SQL Server, Oracle, MySQL, PostgreSQL, MongoDB, Redis, Elasticsearch, Memcached, Cassandra) to the internet; managed Kubernetes API endpoints (EKS, AKS, GKE) are private or restricted to allowed networks; databases are not publicly accessible: an AWS database with a public address (`PubliclyAccessible` on RDS, Redshift, DMS) fails whatever its security groups allow, as do an Azure SQL, PostgreSQL or MySQL firewall admitting every address or every Azure service (0.0.0.0) and a Cloud SQL instance authorizing 0.0.0.0/0. On network ACLs, which are stateless, an allow of the ephemeral range (1024\u201365535) is read as return traffic, not as an open service: the security groups decide what listens.",
      fr: "Les r\xE8gles r\xE9seau (groupes de s\xE9curit\xE9 et NACL AWS, r\xE8gles NSG Azure, r\xE8gles de pare-feu GCP ; IPv4 et IPv6) n'ouvrent pas \xE0 Internet les ports d'administration ou de bases de donn\xE9es (SSH, RDP, WinRM, Telnet, VNC, Docker, API Kubernetes, kubelet, etcd, SQL Server, Oracle, MySQL, PostgreSQL, MongoDB, Redis, Elasticsearch, Memcached, Cassandra) ; les points d'acc\xE8s des API Kubernetes manag\xE9es (EKS, AKS, GKE) sont priv\xE9s ou restreints \xE0 des r\xE9seaux autoris\xE9s ; les bases de donn\xE9es ne sont pas accessibles publiquement : une base AWS dot\xE9e d'une adresse publique (`PubliclyAccessible` sur RDS, Redshift, DMS) est en \xE9chec quoi qu'autorisent ses groupes de s\xE9curit\xE9, de m\xEAme qu'un pare-feu Azure SQL, PostgreSQL ou MySQL admettant toute adresse ou tous les services Azure (0.0.0.0) et une instance Cloud SQL autorisant 0.0.0.0/0. Sur les NACL, sans \xE9tat, une autorisation de la plage \xE9ph\xE9m\xE8re (1024\u201365535) se lit comme du trafic de retour, non comme un service ouvert : les groupes de s\xE9curit\xE9 d\xE9cident de ce qui \xE9coute."
    },
    messages: {
      portsOpen: { en: "Opens {{ports}} to the internet ({{sources}}).", fr: "Ouvre {{ports}} \xE0 Internet ({{sources}})." },
      portsUnverified: {
        en: "Could not verify that {{ports}} {{verb}} closed to the internet: rule sources, ports or order are not known.",
        fr: "Impossible de v\xE9rifier que {{ports}} {{verb}} ferm\xE9(s) \xE0 Internet : les sources, ports ou l'ordre des r\xE8gles ne sont pas connus."
      },
      isOne: { en: "is", fr: "est" },
      areMany: { en: "are", fr: "sont" },
      morePorts: { en: "{{listed}} and {{count}} more administration or database ports", fr: "{{listed}} et {{count}} autres ports d'administration ou de bases de donn\xE9es" },
      noPortOpen: { en: "No administration or database port is open to the internet.", fr: "Aucun port d'administration ou de base de donn\xE9es n'est ouvert \xE0 Internet." },
      endpointPrivate: { en: "The {{endpoint}} is not reachable from public networks.", fr: "Le point d'acc\xE8s {{endpoint}} n'est pas joignable depuis les r\xE9seaux publics." },
      endpointUnverified: { en: "Could not verify whether the {{endpoint}} is reachable from public networks.", fr: "Impossible de v\xE9rifier si le point d'acc\xE8s {{endpoint}} est joignable depuis les r\xE9seaux publics." },
      endpointOpenToAll: { en: "The {{endpoint}} is reachable from any address on the internet.", fr: "Le point d'acc\xE8s {{endpoint}} est joignable depuis n'importe quelle adresse d'Internet." },
      endpointNetworksUnknown: {
        en: "The {{endpoint}} has a public endpoint; which networks may reach it could not be verified.",
        fr: "Le point d'acc\xE8s {{endpoint}} est public ; les r\xE9seaux autoris\xE9s \xE0 le joindre n'ont pu \xEAtre v\xE9rifi\xE9s."
      },
      endpointOpen: { en: "The {{endpoint}} is reachable from the internet ({{networks}}).", fr: "Le point d'acc\xE8s {{endpoint}} est joignable depuis Internet ({{networks}})." },
      endpointRestricted: {
        en: "The {{endpoint}} is public but restricted to {{count}} allowed network(s).",
        fr: "Le point d'acc\xE8s {{endpoint}} est public mais restreint \xE0 {{count}} r\xE9seau(x) autoris\xE9(s)."
      },
      databasePublic: { en: "The {{endpoint}} is publicly accessible: {{reach}}.", fr: "Le point d'acc\xE8s {{endpoint}} est accessible publiquement : {{reach}}." },
      reachAddress: {
        en: "it has an internet address, whatever its network rules admit (now: {{networks}})",
        fr: "il a une adresse sur Internet, quoi qu'admettent ses r\xE8gles r\xE9seau (aujourd'hui : {{networks}})"
      },
      reachAll: { en: "it admits connections from any address", fr: "il admet les connexions de n'importe quelle adresse" },
      reachNetworks: { en: "it admits connections from {{networks}}", fr: "il admet les connexions depuis {{networks}}" },
      networksUnread: { en: "not read", fr: "non lues" },
      networksNone: { en: "no network", fr: "aucun r\xE9seau" },
      settleRules: { en: "the rule sources and ports once applied", fr: "les sources et ports des r\xE8gles une fois appliqu\xE9s" },
      settleEndpoint: { en: "the endpoint access settings once applied", fr: "les r\xE9glages d'acc\xE8s du point d'acc\xE8s une fois appliqu\xE9s" },
      settleNetworks: { en: "the list of networks allowed to reach the endpoint", fr: "la liste des r\xE9seaux autoris\xE9s \xE0 joindre le point d'acc\xE8s" }
    },
    remediation: {
      aws: {
        terraform: {
          en: "Restrict `cidr_blocks`/`ipv6_cidr_blocks` of admin ports to a bastion or VPN range (or use SSM Session Manager); set `endpoint_public_access = false` or narrow `public_access_cidrs` on EKS; set `publicly_accessible = false` on RDS and Aurora instances, Redshift clusters and DMS replication instances (a public address fails whatever the security groups allow).",
          fr: "Restreindre `cidr_blocks`/`ipv6_cidr_blocks` des ports d'administration \xE0 une plage de bastion ou de VPN (ou utiliser SSM Session Manager) ; mettre `endpoint_public_access = false` ou restreindre `public_access_cidrs` sur EKS ; mettre `publicly_accessible = false` sur les instances RDS et Aurora, les clusters Redshift et les instances de r\xE9plication DMS (une adresse publique est en \xE9chec quoi qu'autorisent les groupes de s\xE9curit\xE9)."
        },
        live: {
          en: "Remove the 0.0.0.0/0 and ::/0 rules on admin ports (`aws ec2 revoke-security-group-ingress`) and reach hosts through SSM Session Manager or a VPN; make the EKS endpoint private (`aws eks update-cluster-config --resources-vpc-config endpointPublicAccess=false`); `aws rds modify-db-instance --no-publicly-accessible` and `aws redshift modify-cluster --no-publicly-accessible` (a DMS replication instance is recreated without public access).",
          fr: "Supprimer les r\xE8gles 0.0.0.0/0 et ::/0 sur les ports d'administration (`aws ec2 revoke-security-group-ingress`) et joindre les h\xF4tes par SSM Session Manager ou un VPN ; rendre priv\xE9 le point d'acc\xE8s EKS (`aws eks update-cluster-config --resources-vpc-config endpointPublicAccess=false`) ; `aws rds modify-db-instance --no-publicly-accessible` et `aws redshift modify-cluster --no-publicly-accessible` (une instance de r\xE9plication DMS se recr\xE9e sans acc\xE8s public)."
        }
      },
      azure: {
        terraform: {
          en: 'Replace `Internet`/`*` sources of admin ports by a bastion or VPN range (or use Azure Bastion); enable `private_cluster_enabled` or `api_server_access_profile.authorized_ip_ranges` on AKS; set `public_network_access_enabled = false` on databases, or remove the firewall rules (`azurerm_mssql_firewall_rule`, `azurerm_postgresql_flexible_server_firewall_rule`, `azurerm_mysql_flexible_server_firewall_rule`\u2026) from 0.0.0.0 to 255.255.255.255 and the 0.0.0.0\u20130.0.0.0 "Allow Azure services" rule in favour of private endpoints.',
          fr: "Remplacer les sources `Internet`/`*` des ports d'administration par une plage de bastion ou de VPN (ou utiliser Azure Bastion) ; activer `private_cluster_enabled` ou `api_server_access_profile.authorized_ip_ranges` sur AKS ; mettre `public_network_access_enabled = false` sur les bases de donn\xE9es, ou supprimer les r\xE8gles de pare-feu (`azurerm_mssql_firewall_rule`, `azurerm_postgresql_flexible_server_firewall_rule`, `azurerm_mysql_flexible_server_firewall_rule`\u2026) de 0.0.0.0 \xE0 255.255.255.255 et la r\xE8gle 0.0.0.0\u20130.0.0.0 \xAB Autoriser les services Azure \xBB au profit de points de terminaison priv\xE9s."
        },
        live: {
          en: "Delete or narrow the NSG rules that allow `Internet`/`*` on admin ports (`az network nsg rule update --source-address-prefixes \u2026`) and use Azure Bastion or just-in-time VM access; restrict the AKS API (`az aks update --api-server-authorized-ip-ranges \u2026`); disable public network access on databases, or delete the rules that admit everyone or every Azure service (`az sql server firewall-rule delete --name AllowAllWindowsAzureIps \u2026`, `az postgres flexible-server firewall-rule delete \u2026`, `az mysql flexible-server firewall-rule delete \u2026`).",
          fr: "Supprimer ou restreindre les r\xE8gles NSG qui autorisent `Internet`/`*` sur les ports d'administration (`az network nsg rule update --source-address-prefixes \u2026`) et utiliser Azure Bastion ou l'acc\xE8s juste-\xE0-temps aux VM ; restreindre l'API AKS (`az aks update --api-server-authorized-ip-ranges \u2026`) ; d\xE9sactiver l'acc\xE8s r\xE9seau public des bases de donn\xE9es, ou supprimer les r\xE8gles qui admettent tout le monde ou tous les services Azure (`az sql server firewall-rule delete --name AllowAllWindowsAzureIps \u2026`, `az postgres flexible-server firewall-rule delete \u2026`, `az mysql flexible-server firewall-rule delete \u2026`)."
        }
      },
      gcp: {
        terraform: {
          en: "Limit `source_ranges` of admin ports to IAP (35.235.240.0/20) or a VPN range; enable `private_cluster_config.enable_private_endpoint` or `master_authorized_networks_config` on GKE; remove 0.0.0.0/0 from Cloud SQL `authorized_networks`.",
          fr: "Limiter `source_ranges` des ports d'administration \xE0 IAP (35.235.240.0/20) ou \xE0 une plage VPN ; activer `private_cluster_config.enable_private_endpoint` ou `master_authorized_networks_config` sur GKE ; retirer 0.0.0.0/0 des `authorized_networks` de Cloud SQL."
        },
        live: {
          en: "Narrow the firewall rule to IAP (`gcloud compute firewall-rules update RULE --source-ranges=35.235.240.0/20`) or delete it; turn on GKE master authorized networks (`gcloud container clusters update --enable-master-authorized-networks`); remove 0.0.0.0/0 from Cloud SQL authorized networks (`gcloud sql instances patch --authorized-networks=\u2026`).",
          fr: "Restreindre la r\xE8gle de pare-feu \xE0 IAP (`gcloud compute firewall-rules update R\xC8GLE --source-ranges=35.235.240.0/20`) ou la supprimer ; activer les r\xE9seaux autoris\xE9s du plan de contr\xF4le GKE (`gcloud container clusters update --enable-master-authorized-networks`) ; retirer 0.0.0.0/0 des r\xE9seaux autoris\xE9s Cloud SQL (`gcloud sql instances patch --authorized-networks=\u2026`)."
        }
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
    return { status: "fail", messageId: "portsOpen", data: { ports: listSome(names), sources: sources.join(", ") }, evidence: [...new Set(exposed.map((e) => e.rule.evidence))], facet: "ingress" };
  }
  if (undecided.length) {
    const names = [...new Set(undecided.map((e) => `${e.name} (${e.port})`))];
    return {
      status: "unknown",
      messageId: "portsUnverified",
      data: { ports: listSome(names), verb: { messageId: names.length === 1 ? "isOne" : "areMany" } },
      evidence: undecided.flatMap((e) => e.rule ? [e.rule.evidence] : []),
      settle: { messageId: "settleRules" },
      facet: "ingress"
    };
  }
  return { status: "pass", messageId: "noPortOpen", facet: "ingress" };
}
function checkEndpoint(resource) {
  const e = resource.facets.adminEndpoint;
  if (!e) return void 0;
  const evidence = e.evidence;
  const endpoint = e.label;
  const facet = "adminEndpoint";
  const exposed = (reach, generic) => e.kind === "kubernetes-api" ? generic : { status: "fail", messageId: "databasePublic", data: { endpoint, reach }, evidence, facet };
  if (e.publicAccess === "no") return { status: "pass", messageId: "endpointPrivate", data: { endpoint }, evidence, facet };
  if (e.publicAccess === "unknown") return { status: "unknown", messageId: "endpointUnverified", data: { endpoint }, evidence, settle: e.settle ?? { messageId: "settleEndpoint" }, facet };
  if (e.publicAddress) return exposed({ messageId: "reachAddress", data: { networks: networksShown(e.allowedNetworks) } }, { status: "fail", messageId: "endpointOpenToAll", data: { endpoint }, evidence, facet });
  if (e.allowedNetworks === "any") return exposed({ messageId: "reachAll" }, { status: "fail", messageId: "endpointOpenToAll", data: { endpoint }, evidence, facet });
  if (e.allowedNetworks === "unknown") return { status: "unknown", messageId: "endpointNetworksUnknown", data: { endpoint }, evidence, settle: e.settle ?? { messageId: "settleNetworks" }, facet };
  const networks = e.allowedNetworks.filter(isPublicSource).join(", ");
  if (networks) return exposed({ messageId: "reachNetworks", data: { networks } }, { status: "fail", messageId: "endpointOpen", data: { endpoint, networks }, evidence, facet });
  return { status: "pass", messageId: "endpointRestricted", data: { endpoint, count: e.allowedNetworks.length }, evidence, facet };
}
function networksShown(n) {
  if (n === "unknown") return { messageId: "networksUnread" };
  if (n === "any") return "0.0.0.0/0";
  return n.length ? n.join(", ") : { messageId: "networksNone" };
}
function listSome(names) {
  return names.length <= 5 ? names.join(", ") : { messageId: "morePorts", data: { listed: names.slice(0, 4).join(", "), count: names.length - 4 } };
}

// policies/log-retention.ts
var log_retention_default = definePolicy({
  meta: {
    id: "log-retention",
    title: { en: "Logs are kept for at least 12 months", fr: "Les journaux sont conserv\xE9s au moins 12 mois" },
    rules: ["CLD-28", "CLD-29", "CL-18", "CL-19"],
    severity: "medium",
    description: {
      en: "Log stores keep events for at least the configured minimum (365 days by default, `minLogRetentionDays`): CloudWatch log groups, the bucket a CloudTrail trail writes to, Azure Log Analytics workspaces and activity-log exports, GCP log buckets (`_Default` keeps 30 days unless configured). Audit trails record every region and keep their integrity verifiable (CloudTrail multi-region with log file validation).",
      fr: "Les stockages de journaux gardent les \xE9v\xE9nements au moins la dur\xE9e minimale configur\xE9e (365 jours par d\xE9faut, `minLogRetentionDays`) : groupes de journaux CloudWatch, bucket o\xF9 \xE9crit un trail CloudTrail, espaces Log Analytics et exports du journal d'activit\xE9 Azure, buckets de journaux GCP (`_Default` garde 30 jours s'il n'est pas configur\xE9). Les pistes d'audit couvrent toutes les r\xE9gions et gardent leur int\xE9grit\xE9 v\xE9rifiable (CloudTrail multir\xE9gion avec validation des fichiers journaux)."
    },
    messages: {
      problems: { en: "{{problems}}.", fr: "{{problems}}." },
      unverified: { en: "Could not verify {{unknowns}}.", fr: "Impossible de v\xE9rifier {{unknowns}}." },
      fine: { en: "{{facts}}.", fr: "{{facts}}." },
      retentionShort: { en: "the {{store}} keeps logs {{days}} days, less than {{min}}", fr: "le stockage {{store}} garde les journaux {{days}} jours, moins que {{min}}" },
      retentionForever: { en: "the {{store}} keeps logs indefinitely", fr: "le stockage {{store}} garde les journaux sans limite" },
      retentionDays: { en: "the {{store}} keeps logs {{days}} days", fr: "le stockage {{store}} garde les journaux {{days}} jours" },
      retentionUnknown: { en: "the retention of the {{store}}", fr: "la dur\xE9e de conservation du stockage {{store}}" },
      trailNotMultiRegion: { en: "the {{trail}} does not record every region", fr: "la piste {{trail}} ne couvre pas toutes les r\xE9gions" },
      trailNoValidation: { en: "the {{trail}} has no log integrity validation", fr: "la piste {{trail}} n'a pas de validation d'int\xE9grit\xE9 des journaux" },
      trailNotAllServices: { en: "the {{trail}} does not cover all services", fr: "la piste {{trail}} ne couvre pas tous les services" },
      trailMultiRegionUnknown: { en: "whether the {{trail}} records every region", fr: "si la piste {{trail}} couvre toutes les r\xE9gions" },
      trailValidationUnknown: { en: "whether the {{trail}} has log integrity validation", fr: "si la piste {{trail}} a une validation d'int\xE9grit\xE9 des journaux" },
      trailAllServicesUnknown: { en: "whether the {{trail}} covers all services", fr: "si la piste {{trail}} couvre tous les services" },
      trailMissing: { en: "no {{trail}} records {{where}}", fr: "aucune piste {{trail}} n'enregistre {{where}}" },
      trailPresent: { en: "a {{trail}} records {{where}}", fr: "une piste {{trail}} enregistre {{where}}" },
      trailPresenceUnknown: { en: "whether a {{trail}} records {{where}}", fr: "si une piste {{trail}} enregistre {{where}}" },
      trailComplete: { en: "the {{trail}} records every region with integrity validation", fr: "la piste {{trail}} couvre toutes les r\xE9gions avec validation d'int\xE9grit\xE9" },
      settleRetention: { en: "the retention and trail settings once applied", fr: "les r\xE9glages de conservation et de piste une fois appliqu\xE9s" }
    },
    remediation: {
      aws: {
        terraform: {
          en: "Set `retention_in_days` to 365 or more (or 0, never expire) on log groups; make CloudTrail trails multi-region with `enable_log_file_validation = true`, and let the trail bucket lifecycle keep objects at least 365 days.",
          fr: "R\xE9gler `retention_in_days` \xE0 365 ou plus (ou 0, sans expiration) sur les groupes de journaux ; rendre les trails CloudTrail multir\xE9gions avec `enable_log_file_validation = true`, et laisser le cycle de vie du bucket du trail garder les objets au moins 365 jours."
        },
        live: {
          en: "Set the retention of each log group (`aws logs put-retention-policy --retention-in-days 400`); make the trail multi-region with validation (`aws cloudtrail update-trail --is-multi-region-trail --enable-log-file-validation`); keep the trail bucket lifecycle expiry at 365 days or more.",
          fr: "R\xE9gler la conservation de chaque groupe de journaux (`aws logs put-retention-policy --retention-in-days 400`) ; rendre le trail multir\xE9gion avec validation (`aws cloudtrail update-trail --is-multi-region-trail --enable-log-file-validation`) ; garder l'expiration du cycle de vie du bucket du trail \xE0 365 jours ou plus."
        }
      },
      azure: {
        terraform: {
          en: "Set `retention_in_days` to 365 or more on Log Analytics workspaces (or archive with `total_retention_in_days`), and export the activity log with a diagnostic setting to such a workspace.",
          fr: "R\xE9gler `retention_in_days` \xE0 365 ou plus sur les espaces Log Analytics (ou archiver avec `total_retention_in_days`), et exporter le journal d'activit\xE9 vers un tel espace par un param\xE8tre de diagnostic."
        },
        live: {
          en: "Raise the workspace retention (`az monitor log-analytics workspace update --retention-time 365`, or a longer total retention with archive); add a subscription diagnostic setting exporting the activity log to that workspace (`az monitor diagnostic-settings subscription create`).",
          fr: "Augmenter la conservation de l'espace (`az monitor log-analytics workspace update --retention-time 365`, ou une conservation totale plus longue avec archive) ; ajouter un param\xE8tre de diagnostic d'abonnement qui exporte le journal d'activit\xE9 vers cet espace (`az monitor diagnostic-settings subscription create`)."
        }
      },
      gcp: {
        terraform: {
          en: "Configure the `_Default` log bucket (`google_logging_project_bucket_config`) and custom log buckets with `retention_days` of 365 or more; route the audit logs of every project with a `google_logging_organization_sink` (`include_children = true`) or a project sink into a store kept 365 days; enable audit configs for all services.",
          fr: "Configurer le bucket de journaux `_Default` (`google_logging_project_bucket_config`) et les buckets personnalis\xE9s avec `retention_days` \xE0 365 ou plus ; acheminer les journaux d'audit de chaque projet par un `google_logging_organization_sink` (`include_children = true`) ou un r\xE9cepteur de projet vers un stockage conserv\xE9 365 jours ; activer les configurations d'audit pour tous les services."
        },
        live: {
          en: "Raise the retention of `_Default` and other log buckets (`gcloud logging buckets update _Default --location=global --retention-days=365`), or export the audit logs of every project with an aggregated sink (`gcloud logging sinks create NAME DESTINATION --organization=ORG_ID --include-children --log-filter='logName:\"cloudaudit.googleapis.com\"'`) into a store kept 365 days; turn on audit logs for all services (IAM & Admin > Audit Logs, or `gcloud projects set-iam-policy` with `auditConfigs`).",
          fr: "Augmenter la conservation de `_Default` et des autres buckets de journaux (`gcloud logging buckets update _Default --location=global --retention-days=365`), ou exporter les journaux d'audit de chaque projet par un r\xE9cepteur agr\xE9g\xE9 (`gcloud logging sinks create NOM DESTINATION --organization=ORG_ID --include-children --log-filter='logName:\"cloudaudit.googleapis.com\"'`) vers un stockage conserv\xE9 365 jours ; activer les journaux d'audit pour tous les services (IAM et administration > Journaux d'audit, ou `gcloud projects set-iam-policy` avec `auditConfigs`)."
        }
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
    const outcomes = {};
    const store = resource.facets.logStore;
    if (store) {
      evidence.push(...store.evidence);
      const data = { store: store.label };
      if (store.retentionDays === "unknown") {
        unknowns.push({ messageId: "retentionUnknown", data });
        settle = store.settle;
      } else if (store.retentionDays === "forever") fine.push({ messageId: "retentionForever", data });
      else if (store.retentionDays < min) problems.push({ messageId: "retentionShort", data: { ...data, days: store.retentionDays, min } });
      else fine.push({ messageId: "retentionDays", data: { ...data, days: store.retentionDays } });
      outcomes.logStore = problems.length ? "fail" : unknowns.length ? "unknown" : "pass";
    }
    const trail = resource.facets.auditTrail;
    if (trail?.present !== void 0) {
      evidence.push(...trail.evidence);
      const data = { trail: trail.label, where: trail.where ?? "" };
      if (trail.present === "no") problems.push({ messageId: "trailMissing", data });
      else if (trail.present === "yes") fine.push({ messageId: "trailPresent", data });
      else {
        unknowns.push({ messageId: "trailPresenceUnknown", data });
        settle ??= trail.settle;
      }
      outcomes.auditTrail = trail.present === "no" ? "fail" : trail.present === "yes" ? "pass" : "unknown";
    } else if (trail) {
      evidence.push(...trail.evidence);
      const data = { trail: trail.label };
      const before = { problems: problems.length, unknowns: unknowns.length };
      const aspects = [
        [trail.multiRegion, "trailNotMultiRegion", "trailMultiRegionUnknown"],
        [trail.integrityValidation, "trailNoValidation", "trailValidationUnknown"],
        [trail.coversAllServices, "trailNotAllServices", "trailAllServicesUnknown"]
      ];
      for (const [truth, breaks, unsure2] of aspects) {
        if (truth === "no") problems.push({ messageId: breaks, data });
        else if (truth === "unknown") {
          unknowns.push({ messageId: unsure2, data });
          settle ??= trail.settle;
        }
      }
      const failed = problems.length > before.problems;
      const unsure = unknowns.length > before.unknowns;
      if (!failed && !unsure) fine.push({ messageId: "trailComplete", data });
      outcomes.auditTrail = failed ? "fail" : unsure ? "unknown" : "pass";
    }
    if (!store && !trail) return void 0;
    if (problems.length) return { status: "fail", messageId: "problems", data: { problems }, evidence, outcomes };
    if (unknowns.length) return { status: "unknown", messageId: "unverified", data: { unknowns }, evidence, settle: settle ?? { messageId: "settleRetention" }, outcomes };
    return { status: "pass", messageId: "fine", data: { facts: fine }, evidence, outcomes };
  }
});

// policies/backups.ts
var backups_default = definePolicy({
  meta: {
    id: "backups",
    title: { en: "Data stores are backed up, and backups are protected", fr: "Les stockages de donn\xE9es sont sauvegard\xE9s, et les sauvegardes prot\xE9g\xE9es" },
    rules: ["CLD-26", "CL-13", "CL-14"],
    severity: "high",
    description: {
      en: "Databases, file systems, disks, virtual machines and other data stores have automated backups (or snapshots, or point-in-time recovery, or an AWS Backup / Azure Backup / snapshot schedule covering them) kept at least `minBackupRetentionDays` (7 by default); object stores (S3 buckets, blob containers, Cloud Storage buckets) keep previous versions of their objects (versioning or soft delete); backup vaults are immutable (vault lock, immutability, soft delete) and encrypted. Where backup copies go is judged by data-residency.",
      fr: "Bases de donn\xE9es, syst\xE8mes de fichiers, disques, machines virtuelles et autres stockages ont des sauvegardes automatiques (ou des instantan\xE9s, ou une restauration \xE0 un instant donn\xE9, ou un plan AWS Backup / Azure Backup / une planification d'instantan\xE9s qui les couvre) gard\xE9es au moins `minBackupRetentionDays` (7 par d\xE9faut) ; les stockages d'objets (compartiments S3, conteneurs blob, buckets Cloud Storage) gardent les versions pr\xE9c\xE9dentes de leurs objets (versionnage ou suppression r\xE9versible) ; les coffres de sauvegarde sont immuables (verrou, immuabilit\xE9, suppression r\xE9versible) et chiffr\xE9s. L'emplacement des copies est jug\xE9 par data-residency."
    },
    messages: {
      notBackedUp: { en: "The {{service}} has no automated backups.", fr: "Le stockage {{service}} n'a pas de sauvegardes automatiques." },
      backupUnverified: { en: "Could not verify that the {{service}} is backed up.", fr: "Impossible de v\xE9rifier que le stockage {{service}} est sauvegard\xE9." },
      retentionUnknown: { en: "The {{service}} is backed up; how long backups are kept could not be verified.", fr: "Le stockage {{service}} est sauvegard\xE9 ; la dur\xE9e de conservation des sauvegardes n'a pu \xEAtre v\xE9rifi\xE9e." },
      retentionShort: { en: "The {{service}} keeps backups {{days}} day(s), less than {{min}}.", fr: "Le stockage {{service}} garde ses sauvegardes {{days}} jour(s), moins que {{min}}." },
      backedUp: { en: "The {{service}} is backed up.", fr: "Le stockage {{service}} est sauvegard\xE9." },
      backedUpFor: { en: "The {{service}} is backed up, backups kept {{days}} days.", fr: "Le stockage {{service}} est sauvegard\xE9, sauvegardes gard\xE9es {{days}} jours." },
      notVersioned: {
        en: "The {{service}} keeps no previous versions of its objects (neither versioning nor soft delete): a deleted or overwritten object cannot be recovered.",
        fr: "Le stockage {{service}} ne garde pas les versions pr\xE9c\xE9dentes de ses objets (ni versionnage, ni suppression r\xE9versible) : un objet supprim\xE9 ou \xE9cras\xE9 ne peut \xEAtre r\xE9cup\xE9r\xE9."
      },
      versioningUnverified: { en: "Could not verify that the {{service}} keeps previous versions of its objects.", fr: "Impossible de v\xE9rifier que le stockage {{service}} garde les versions pr\xE9c\xE9dentes de ses objets." },
      versionRetentionShort: { en: "The {{service}} keeps deleted objects {{days}} day(s), less than {{min}}.", fr: "Le stockage {{service}} garde les objets supprim\xE9s {{days}} jour(s), moins que {{min}}." },
      versioned: { en: "The {{service}} keeps previous versions of its objects.", fr: "Le stockage {{service}} garde les versions pr\xE9c\xE9dentes de ses objets." },
      versionedFor: { en: "The {{service}} keeps deleted objects {{days}} days.", fr: "Le stockage {{service}} garde les objets supprim\xE9s {{days}} jours." },
      vaultProblems: { en: "{{vault}}: {{problems}}.", fr: "{{vault}} : {{problems}}." },
      vaultUnverified: { en: "{{vault}}: could not verify {{unknowns}}.", fr: "{{vault}} : impossible de v\xE9rifier {{unknowns}}." },
      vaultProtected: { en: "{{vault}} keeps backups immutable and encrypted.", fr: "{{vault}} garde les sauvegardes immuables et chiffr\xE9es." },
      deletable: {
        en: "backups can be deleted before their time (no vault lock, immutability or soft delete)",
        fr: "les sauvegardes peuvent \xEAtre supprim\xE9es avant terme (ni verrou, ni immuabilit\xE9, ni suppression r\xE9versible)"
      },
      deletableUnknown: { en: "whether backups can be deleted early", fr: "si les sauvegardes peuvent \xEAtre supprim\xE9es avant terme" },
      unencrypted: { en: "backups are not encrypted", fr: "les sauvegardes ne sont pas chiffr\xE9es" },
      encryptionUnknown: { en: "whether backups are encrypted", fr: "si les sauvegardes sont chiffr\xE9es" },
      settleBackup: { en: "the backup settings of the store once applied", fr: "les r\xE9glages de sauvegarde du stockage une fois appliqu\xE9s" },
      settleVersioning: { en: "the versioning and soft delete settings of the store", fr: "les r\xE9glages de versionnage et de suppression r\xE9versible du stockage" },
      settleRetention: { en: "the backup retention period", fr: "la dur\xE9e de conservation des sauvegardes" },
      settleVault: { en: "the vault lock and encryption settings", fr: "les r\xE9glages de verrou et de chiffrement du coffre" }
    },
    remediation: {
      aws: {
        terraform: {
          en: 'Set `backup_retention_period` (RDS, DocumentDB, Neptune) or point-in-time recovery (DynamoDB); cover stores, EBS volumes and EC2 instances with an `aws_backup_plan` and an `aws_backup_selection` (by ARN or `selection_tag`); version S3 buckets with `aws_s3_bucket_versioning` (`status = "Enabled"`); lock vaults with `aws_backup_vault_lock_configuration`.',
          fr: 'R\xE9gler `backup_retention_period` (RDS, DocumentDB, Neptune) ou la restauration \xE0 un instant donn\xE9 (DynamoDB) ; couvrir stockages, volumes EBS et instances EC2 par un `aws_backup_plan` et une `aws_backup_selection` (par ARN ou `selection_tag`) ; versionner les compartiments S3 avec `aws_s3_bucket_versioning` (`status = "Enabled"`) ; verrouiller les coffres avec `aws_backup_vault_lock_configuration`.'
        },
        live: {
          en: "Raise the retention (`aws rds modify-db-instance --backup-retention-period 14`), turn on DynamoDB point-in-time recovery (`aws dynamodb update-continuous-backups`), add the stores, EBS volumes and EC2 instances to an AWS Backup plan by tag (`aws backup create-backup-selection`), version S3 buckets (`aws s3api put-bucket-versioning --versioning-configuration Status=Enabled`), and lock the vault (`aws backup put-backup-vault-lock-configuration`).",
          fr: "Augmenter la r\xE9tention (`aws rds modify-db-instance --backup-retention-period 14`), activer la restauration \xE0 un instant donn\xE9 DynamoDB (`aws dynamodb update-continuous-backups`), ajouter stockages, volumes EBS et instances EC2 \xE0 un plan AWS Backup par \xE9tiquette (`aws backup create-backup-selection`), versionner les compartiments S3 (`aws s3api put-bucket-versioning --versioning-configuration Status=Enabled`), et verrouiller le coffre (`aws backup put-backup-vault-lock-configuration`)."
        }
      },
      azure: {
        terraform: {
          en: "Keep short-term retention and geo-backups on SQL and PostgreSQL/MySQL servers; protect VMs with `azurerm_backup_protected_vm` and managed disks with `azurerm_data_protection_backup_instance_disk`, in vaults with soft delete and immutability; turn on `blob_properties.versioning_enabled` or a `delete_retention_policy` on storage accounts.",
          fr: "Conserver la r\xE9tention courte et les g\xE9o-sauvegardes sur les serveurs SQL et PostgreSQL/MySQL ; prot\xE9ger les VM par `azurerm_backup_protected_vm` et les disques manag\xE9s par `azurerm_data_protection_backup_instance_disk`, dans des coffres avec suppression r\xE9versible et immuabilit\xE9 ; activer `blob_properties.versioning_enabled` ou une `delete_retention_policy` sur les comptes de stockage."
        },
        live: {
          en: "Set the short-term retention of SQL databases (`az sql db str-policy set --retention-days 14`) and of flexible servers; enable VM backup in a Recovery Services vault (`az backup protection enable-for-vm`), disk backup in a Backup vault (`az dataprotection backup-instance create`), and turn on soft delete and immutability on the vault; turn on blob versioning or soft delete (`az storage account blob-service-properties update --enable-versioning true --enable-delete-retention true --delete-retention-days 14`).",
          fr: "R\xE9gler la r\xE9tention courte des bases SQL (`az sql db str-policy set --retention-days 14`) et des serveurs flexibles ; activer la sauvegarde des VM dans un coffre Recovery Services (`az backup protection enable-for-vm`), celle des disques dans un coffre de sauvegarde (`az dataprotection backup-instance create`), et la suppression r\xE9versible et l'immuabilit\xE9 du coffre ; activer le versionnage ou la suppression r\xE9versible des blobs (`az storage account blob-service-properties update --enable-versioning true --enable-delete-retention true --delete-retention-days 14`)."
        }
      },
      gcp: {
        terraform: {
          en: "Enable `backup_configuration` (and point-in-time recovery) on Cloud SQL; attach a snapshot schedule (`google_compute_resource_policy` with `snapshot_schedule_policy`) to disks with `google_compute_disk_resource_policy_attachment` or `resource_policies`; turn on `versioning` or keep `soft_delete_policy` on buckets; use backup vaults with a minimum enforced retention.",
          fr: "Activer `backup_configuration` (et la restauration \xE0 un instant donn\xE9) sur Cloud SQL ; attacher une planification d'instantan\xE9s (`google_compute_resource_policy` avec `snapshot_schedule_policy`) aux disques par `google_compute_disk_resource_policy_attachment` ou `resource_policies` ; activer `versioning` ou garder `soft_delete_policy` sur les buckets ; utiliser des coffres de sauvegarde avec une r\xE9tention minimale impos\xE9e."
        },
        live: {
          en: "Turn on automated backups and point-in-time recovery (`gcloud sql instances patch INSTANCE --backup-start-time=02:00 --enable-point-in-time-recovery --retained-backups-count=14`); attach a snapshot schedule to disks (`gcloud compute disks add-resource-policies DISK --resource-policies=SCHEDULE`); version buckets (`gcloud storage buckets update gs://BUCKET --versioning`); use a Backup and DR vault with an enforced minimum retention.",
          fr: "Activer les sauvegardes automatiques et la restauration \xE0 un instant donn\xE9 (`gcloud sql instances patch INSTANCE --backup-start-time=02:00 --enable-point-in-time-recovery --retained-backups-count=14`) ; attacher une planification d'instantan\xE9s aux disques (`gcloud compute disks add-resource-policies DISK --resource-policies=SCHEDULE`) ; versionner les buckets (`gcloud storage buckets update gs://BUCKET --versioning`) ; utiliser un coffre Backup and DR avec une r\xE9tention minimale impos\xE9e."
        }
      }
    },
    facets: ["backup", "backupVault"]
  },
  check(resource, { settings }) {
    return worstOf([checkBackup(resource.facets.backup, settings), checkVault(resource.facets.backupVault)]);
  }
});
var WORDS = {
  backup: { no: "notBackedUp", unknown: "backupUnverified", settle: "settleBackup", short: "retentionShort", yesFor: "backedUpFor", yes: "backedUp" },
  versioning: { no: "notVersioned", unknown: "versioningUnverified", settle: "settleVersioning", short: "versionRetentionShort", yesFor: "versionedFor", yes: "versioned" }
};
function checkBackup(b, settings) {
  if (!b) return void 0;
  const evidence = b.evidence;
  const data = { service: b.service };
  const facet = "backup";
  const w = WORDS[b.via ?? "backup"];
  if (b.enabled === "no") return { status: "fail", messageId: w.no, data, evidence, facet };
  if (b.enabled === "unknown") return { status: "unknown", messageId: w.unknown, data, evidence, settle: b.settle ?? { messageId: w.settle }, facet };
  const min = settings.minBackupRetentionDays;
  if (b.retentionDays === "unknown") return { status: "unknown", messageId: "retentionUnknown", data, evidence, settle: b.settle ?? { messageId: "settleRetention" }, facet };
  if (typeof b.retentionDays === "number" && b.retentionDays < min) return { status: "fail", messageId: w.short, data: { ...data, days: b.retentionDays, min }, evidence, facet };
  if (typeof b.retentionDays === "number") return { status: "pass", messageId: w.yesFor, data: { ...data, days: b.retentionDays }, evidence, facet };
  return { status: "pass", messageId: w.yes, data, evidence, facet };
}
function checkVault(v) {
  if (!v) return void 0;
  const problems = [];
  const unknowns = [];
  if (v.immutable === "no") problems.push({ messageId: "deletable" });
  else if (v.immutable === "unknown") unknowns.push({ messageId: "deletableUnknown" });
  if (v.encrypted === "no") problems.push({ messageId: "unencrypted" });
  else if (v.encrypted === "unknown") unknowns.push({ messageId: "encryptionUnknown" });
  const facet = "backupVault";
  const vault = v.label;
  if (problems.length) return { status: "fail", messageId: "vaultProblems", data: { vault, problems }, evidence: v.evidence, facet };
  if (unknowns.length) return { status: "unknown", messageId: "vaultUnverified", data: { vault, unknowns }, evidence: v.evidence, settle: v.settle ?? { messageId: "settleVault" }, facet };
  return { status: "pass", messageId: "vaultProtected", data: { vault }, evidence: v.evidence, facet };
}

// policies/tls-in-transit.ts
var MIN_TLS = "1.2";
var tls_in_transit_default = definePolicy({
  meta: {
    id: "tls-in-transit",
    title: { en: "Data in transit is encrypted with TLS 1.2 or later", fr: "Les donn\xE9es en transit sont chiffr\xE9es en TLS 1.2 ou plus" },
    rules: ["CLD-38", "CL-21"],
    severity: "high",
    description: {
      en: "Load balancer and CDN listeners accept HTTPS only (plain HTTP redirected), with a TLS policy of version 1.2 or later and no weak cipher suites \u2014 RC4, 3DES, DES, NULL, export or anonymous (ANSSI recommendations); storage accounts and buckets require secure transport; databases require TLS.",
      fr: "Les \xE9couteurs des r\xE9partiteurs de charge et des CDN n'acceptent que HTTPS (HTTP redirig\xE9), avec une politique TLS 1.2 ou plus et sans suite de chiffrement faible \u2014 RC4, 3DES, DES, NULL, export ou anonyme (recommandations de l'ANSSI) ; les comptes de stockage et buckets exigent un transport s\xE9curis\xE9 ; les bases de donn\xE9es exigent TLS."
    },
    messages: {
      problems: { en: "The {{endpoint}} {{problems}}.", fr: "Le point d'acc\xE8s {{endpoint}} {{problems}}." },
      unverified: { en: "Could not verify {{unknowns}} for the {{endpoint}}.", fr: "Impossible de v\xE9rifier {{unknowns}} pour le point d'acc\xE8s {{endpoint}}." },
      encryptedOnly: { en: "The {{endpoint}} accepts only encrypted connections.", fr: "Le point d'acc\xE8s {{endpoint}} n'accepte que des connexions chiffr\xE9es." },
      encryptedOnlyFrom: { en: "The {{endpoint}} accepts only encrypted connections with TLS {{version}} or later.", fr: "Le point d'acc\xE8s {{endpoint}} n'accepte que des connexions chiffr\xE9es en TLS {{version}} ou plus." },
      acceptsPlain: { en: "accepts unencrypted connections", fr: "accepte des connexions non chiffr\xE9es" },
      acceptsOldTls: { en: "accepts TLS {{version}}, below {{min}}", fr: "accepte TLS {{version}}, en dessous de {{min}}" },
      weakCiphers: { en: "allows weak cipher suites", fr: "autorise des suites de chiffrement faibles" },
      plainUnknown: { en: "whether only encrypted connections are accepted", fr: "si seules des connexions chiffr\xE9es sont accept\xE9es" },
      versionUnknown: { en: "the lowest TLS version accepted", fr: "la plus basse version de TLS accept\xE9e" },
      ciphersUnknown: { en: "the cipher suites allowed", fr: "les suites de chiffrement autoris\xE9es" },
      settleTls: { en: "the listener or endpoint TLS settings once applied", fr: "les r\xE9glages TLS de l'\xE9couteur ou du point d'acc\xE8s une fois appliqu\xE9s" }
    },
    remediation: {
      aws: {
        terraform: {
          en: 'Redirect HTTP listeners to HTTPS; use `ELBSecurityPolicy-TLS13-1-2-2021-06` (or a TLS 1.2+ FIPS policy) on HTTPS listeners; CloudFront `viewer_protocol_policy = "redirect-to-https"` and `minimum_protocol_version = "TLSv1.2_2021"`; deny S3 requests without `aws:SecureTransport`.',
          fr: 'Rediriger les \xE9couteurs HTTP vers HTTPS ; utiliser `ELBSecurityPolicy-TLS13-1-2-2021-06` (ou une politique FIPS TLS 1.2+) sur les \xE9couteurs HTTPS ; CloudFront `viewer_protocol_policy = "redirect-to-https"` et `minimum_protocol_version = "TLSv1.2_2021"` ; refuser les requ\xEAtes S3 sans `aws:SecureTransport`.'
        },
        live: {
          en: "Change the listener policy (`aws elbv2 modify-listener --ssl-policy ELBSecurityPolicy-TLS13-1-2-2021-06`) and turn HTTP listeners into redirects; set the CloudFront viewer protocol policy to redirect-to-https with TLSv1.2_2021; add a bucket policy statement denying `aws:SecureTransport` false.",
          fr: "Changer la politique de l'\xE9couteur (`aws elbv2 modify-listener --ssl-policy ELBSecurityPolicy-TLS13-1-2-2021-06`) et transformer les \xE9couteurs HTTP en redirections ; r\xE9gler la politique de protocole CloudFront sur redirect-to-https avec TLSv1.2_2021 ; ajouter \xE0 la politique du bucket un refus quand `aws:SecureTransport` est faux."
        }
      },
      azure: {
        terraform: {
          en: 'Set `min_tls_version = "TLS1_2"` and HTTPS only on storage accounts and App Service; `minimum_tls_version = "1.2"` on SQL servers; keep `require_secure_transport` on for PostgreSQL/MySQL.',
          fr: 'R\xE9gler `min_tls_version = "TLS1_2"` et HTTPS uniquement sur les comptes de stockage et App Service ; `minimum_tls_version = "1.2"` sur les serveurs SQL ; garder `require_secure_transport` activ\xE9 pour PostgreSQL/MySQL.'
        },
        live: {
          en: "`az storage account update --min-tls-version TLS1_2 --https-only true`; `az webapp update --https-only true` and `az webapp config set --min-tls-version 1.2`; `az sql server update --minimal-tls-version 1.2`; keep the `require_secure_transport` server parameter ON.",
          fr: "`az storage account update --min-tls-version TLS1_2 --https-only true` ; `az webapp update --https-only true` et `az webapp config set --min-tls-version 1.2` ; `az sql server update --minimal-tls-version 1.2` ; garder le param\xE8tre serveur `require_secure_transport` \xE0 ON."
        }
      },
      gcp: {
        terraform: {
          en: 'Attach an SSL policy with `min_tls_version = "TLS_1_2"` and profile MODERN or RESTRICTED to HTTPS proxies; require SSL (`ssl_mode = ENCRYPTED_ONLY` or stricter) on Cloud SQL.',
          fr: 'Attacher aux proxys HTTPS une politique SSL avec `min_tls_version = "TLS_1_2"` et le profil MODERN ou RESTRICTED ; exiger SSL (`ssl_mode = ENCRYPTED_ONLY` ou plus strict) sur Cloud SQL.'
        },
        live: {
          en: "Create an SSL policy (`gcloud compute ssl-policies create POLICY --min-tls-version=1.2 --profile=MODERN`) and attach it to the target HTTPS proxies; `gcloud sql instances patch INSTANCE --ssl-mode=ENCRYPTED_ONLY`.",
          fr: "Cr\xE9er une politique SSL (`gcloud compute ssl-policies create POLITIQUE --min-tls-version=1.2 --profile=MODERN`) et l'attacher aux proxys HTTPS cibles ; `gcloud sql instances patch INSTANCE --ssl-mode=ENCRYPTED_ONLY`."
        }
      }
    },
    facets: ["transit"]
  },
  check(resource) {
    const t = resource.facets.transit;
    if (!t) return void 0;
    const problems = [];
    const unknowns = [];
    if (t.encryptedOnly === "no") problems.push({ messageId: "acceptsPlain" });
    else if (t.encryptedOnly === "unknown") unknowns.push({ messageId: "plainUnknown" });
    if (t.minTls === "unknown") unknowns.push({ messageId: "versionUnknown" });
    else if (t.minTls !== void 0 && t.minTls < MIN_TLS) problems.push({ messageId: "acceptsOldTls", data: { version: t.minTls, min: MIN_TLS } });
    if (t.weakCiphers === "yes") problems.push({ messageId: "weakCiphers" });
    else if (t.weakCiphers === "unknown") unknowns.push({ messageId: "ciphersUnknown" });
    const endpoint = t.label;
    if (problems.length) return { status: "fail", messageId: "problems", data: { endpoint, problems }, evidence: t.evidence };
    if (unknowns.length) return { status: "unknown", messageId: "unverified", data: { endpoint, unknowns }, evidence: t.evidence, settle: t.settle ?? { messageId: "settleTls" } };
    if (t.minTls) return { status: "pass", messageId: "encryptedOnlyFrom", data: { endpoint, version: t.minTls }, evidence: t.evidence };
    return { status: "pass", messageId: "encryptedOnly", data: { endpoint }, evidence: t.evidence };
  }
});

// policies/key-management.ts
var key_management_default = definePolicy({
  meta: {
    id: "key-management",
    title: { en: "Keys rotate, and key vaults cannot lose their keys", fr: "Les cl\xE9s tournent, et les coffres ne peuvent perdre leurs cl\xE9s" },
    rules: ["CLD-40"],
    severity: "medium",
    description: {
      en: "Customer-managed symmetric keys (KMS, Key Vault, Cloud KMS) rotate automatically within `maxKeyRotationDays` (365 by default); Key Vaults keep soft delete and purge protection on, so a key (and the data it protects) cannot be destroyed by mistake or malice.",
      fr: "Les cl\xE9s sym\xE9triques g\xE9r\xE9es par le client (KMS, Key Vault, Cloud KMS) tournent automatiquement en moins de `maxKeyRotationDays` (365 par d\xE9faut) ; les Key Vault gardent la suppression r\xE9versible et la protection contre le vidage, pour qu'une cl\xE9 (et les donn\xE9es qu'elle prot\xE8ge) ne puisse \xEAtre d\xE9truite par erreur ou par malveillance."
    },
    messages: {
      noRotation: { en: "The {{key}} does not rotate automatically.", fr: "La cl\xE9 {{key}} ne tourne pas automatiquement." },
      rotationUnknown: { en: "Could not verify the rotation of the {{key}}.", fr: "Impossible de v\xE9rifier la rotation de la cl\xE9 {{key}}." },
      rotationTooLong: { en: "The {{key}} rotates every {{days}} days, more than {{max}}.", fr: "La cl\xE9 {{key}} tourne tous les {{days}} jours, plus que {{max}}." },
      rotates: { en: "The {{key}} rotates automatically.", fr: "La cl\xE9 {{key}} tourne automatiquement." },
      rotatesEvery: { en: "The {{key}} rotates automatically every {{days}} days.", fr: "La cl\xE9 {{key}} tourne automatiquement tous les {{days}} jours." },
      vaultUnprotected: { en: "The {{vault}} has {{missing}} off: its keys and secrets can be destroyed for good.", fr: "Le coffre {{vault}} a {{missing}} d\xE9sactiv\xE9e(s) : ses cl\xE9s et secrets peuvent \xEAtre d\xE9truits d\xE9finitivement." },
      softDelete: { en: "soft delete", fr: "la suppression r\xE9versible" },
      purgeProtection: { en: "purge protection", fr: "la protection contre le vidage" },
      vaultUnknown: { en: "Could not verify the deletion protection of the {{vault}}.", fr: "Impossible de v\xE9rifier la protection contre la suppression du coffre {{vault}}." },
      vaultProtected: { en: "The {{vault}} keeps soft delete and purge protection on.", fr: "Le coffre {{vault}} garde la suppression r\xE9versible et la protection contre le vidage." },
      settleRotation: { en: "the key rotation settings once applied", fr: "les r\xE9glages de rotation de la cl\xE9 une fois appliqu\xE9s" },
      settleVault: { en: "the soft delete and purge protection settings once applied", fr: "les r\xE9glages de suppression r\xE9versible et de protection contre le vidage une fois appliqu\xE9s" }
    },
    remediation: {
      aws: {
        terraform: {
          en: "Set `enable_key_rotation = true` (and `rotation_period_in_days` \u2264 365) on `aws_kms_key`.",
          fr: "Mettre `enable_key_rotation = true` (et `rotation_period_in_days` \u2264 365) sur `aws_kms_key`."
        },
        live: {
          en: "Turn on automatic rotation: `aws kms enable-key-rotation --key-id KEY --rotation-period-in-days 365`.",
          fr: "Activer la rotation automatique : `aws kms enable-key-rotation --key-id CL\xC9 --rotation-period-in-days 365`."
        }
      },
      azure: {
        terraform: {
          en: "Give keys an `azurerm_key_vault_key` `rotation_policy` with `expire_after` \u2264 P1Y; set `purge_protection_enabled = true` and keep soft delete on Key Vaults.",
          fr: "Donner aux cl\xE9s une `rotation_policy` d'`azurerm_key_vault_key` avec `expire_after` \u2264 P1Y ; mettre `purge_protection_enabled = true` et garder la suppression r\xE9versible sur les Key Vault."
        },
        live: {
          en: "Set a rotation policy on each key (`az keyvault key rotation-policy update --value policy.json`, rotating within P1Y); `az keyvault update --enable-purge-protection true` (soft delete cannot be turned off on current vaults).",
          fr: "Poser une strat\xE9gie de rotation sur chaque cl\xE9 (`az keyvault key rotation-policy update --value policy.json`, rotation sous P1Y) ; `az keyvault update --enable-purge-protection true` (la suppression r\xE9versible ne se d\xE9sactive plus sur les coffres actuels)."
        }
      },
      gcp: {
        terraform: {
          en: "Set `rotation_period` (e.g. `7776000s`, 90 days) on `google_kms_crypto_key`.",
          fr: "R\xE9gler `rotation_period` (par exemple `7776000s`, 90 jours) sur `google_kms_crypto_key`."
        },
        live: {
          en: "`gcloud kms keys update KEY --keyring=RING --location=LOCATION --rotation-period=90d --next-rotation-time=\u2026`.",
          fr: "`gcloud kms keys update CL\xC9 --keyring=TROUSSEAU --location=EMPLACEMENT --rotation-period=90d --next-rotation-time=\u2026`."
        }
      }
    },
    facets: ["key", "secretStore"]
  },
  check(resource, { settings }) {
    return worstOf([checkKey(resource.facets.key, settings.maxKeyRotationDays), checkVault2(resource.facets.secretStore)]);
  }
});
function checkKey(k, max) {
  if (!k || k.rotation === "not-applicable") return void 0;
  const base = { data: { key: k.label }, evidence: k.evidence, facet: "key" };
  if (k.rotation === "no") return { status: "fail", messageId: "noRotation", ...base };
  if (k.rotation === "unknown" || k.rotationDays === "unknown") return { status: "unknown", messageId: "rotationUnknown", ...base, settle: { messageId: "settleRotation" } };
  if (k.rotationDays !== void 0 && k.rotationDays > max) return { status: "fail", messageId: "rotationTooLong", ...base, data: { key: k.label, days: k.rotationDays, max } };
  if (k.rotationDays !== void 0) return { status: "pass", messageId: "rotatesEvery", ...base, data: { key: k.label, days: k.rotationDays } };
  return { status: "pass", messageId: "rotates", ...base };
}
function checkVault2(v) {
  if (!v) return void 0;
  const base = { data: { vault: v.label }, evidence: v.evidence, facet: "secretStore" };
  if (v.softDelete === "no" || v.purgeProtection === "no") {
    const missing = [];
    if (v.softDelete === "no") missing.push({ messageId: "softDelete" });
    if (v.purgeProtection === "no") missing.push({ messageId: "purgeProtection" });
    return { status: "fail", messageId: "vaultUnprotected", ...base, data: { vault: v.label, missing } };
  }
  if (v.softDelete === "unknown" || v.purgeProtection === "unknown") return { status: "unknown", messageId: "vaultUnknown", ...base, settle: { messageId: "settleVault" } };
  return { status: "pass", messageId: "vaultProtected", ...base };
}

// policies/plaintext-secrets.ts
var plaintext_secrets_default = definePolicy({
  meta: {
    id: "plaintext-secrets",
    title: { en: "Secrets are kept in a secrets manager, not in configuration", fr: "Les secrets sont dans un gestionnaire de secrets, pas dans la configuration" },
    rules: ["CLD-40", "CL-8"],
    severity: "high",
    description: {
      en: "Passwords, keys and tokens are not written in clear into resource attributes that many people and tools can read (instance user data, environment variables, app settings, tags, startup scripts); they come from a secrets manager (Secrets Manager, Key Vault, Secret Manager). The finding says where, never the value.",
      fr: "Mots de passe, cl\xE9s et jetons ne sont pas \xE9crits en clair dans des attributs de ressources que beaucoup de personnes et d'outils peuvent lire (donn\xE9es utilisateur d'instance, variables d'environnement, param\xE8tres d'application, \xE9tiquettes, scripts de d\xE9marrage) ; ils viennent d'un gestionnaire de secrets (Secrets Manager, Key Vault, Secret Manager). Le r\xE9sultat dit o\xF9, jamais la valeur."
    },
    messages: {
      found: { en: "Secret-looking values are written in clear in {{places}}.", fr: "Des valeurs ressemblant \xE0 des secrets sont \xE9crites en clair dans {{places}}." },
      // Worded so that no `secret:` precedes the paths: the report redactor would take them for a labelled secret.
      unknownValues: {
        en: "Values known only after apply, which could hold a secret, were not checked: {{paths}}.",
        fr: "Des valeurs connues seulement apr\xE8s application, qui pourraient contenir un secret, n'ont pas \xE9t\xE9 v\xE9rifi\xE9es : {{paths}}."
      },
      none: { en: "No secret-looking value in the attributes checked.", fr: "Aucune valeur ressemblant \xE0 un secret dans les attributs v\xE9rifi\xE9s." },
      settleValues: {
        en: "the values once applied (or that they come from a secrets manager)",
        fr: "les valeurs une fois appliqu\xE9es (ou qu'elles viennent d'un gestionnaire de secrets)"
      }
    },
    remediation: {
      aws: {
        terraform: {
          en: "Store the value in AWS Secrets Manager or SSM Parameter Store (SecureString) and read it at run time; reference it (`valueFrom`) in ECS task definitions; never in `user_data` or Lambda `environment`.",
          fr: "Stocker la valeur dans AWS Secrets Manager ou SSM Parameter Store (SecureString) et la lire \xE0 l'ex\xE9cution ; la r\xE9f\xE9rencer (`valueFrom`) dans les d\xE9finitions de t\xE2ches ECS ; jamais dans `user_data` ni dans l'`environment` d'une Lambda."
        },
        live: {
          en: "Rotate the exposed credential first (it has been readable), then store it in Secrets Manager (`aws secretsmanager create-secret`) and register a task definition revision that references it with `valueFrom`; turn String parameters holding secrets into SecureString.",
          fr: "Faire d'abord tourner l'identifiant expos\xE9 (il a \xE9t\xE9 lisible), puis le stocker dans Secrets Manager (`aws secretsmanager create-secret`) et enregistrer une r\xE9vision de d\xE9finition de t\xE2che qui le r\xE9f\xE9rence par `valueFrom` ; passer en SecureString les param\xE8tres String qui contiennent des secrets."
        }
      },
      azure: {
        terraform: {
          en: "Store the value in Key Vault and use a Key Vault reference (`@Microsoft.KeyVault(...)`) in app settings; use managed identities instead of connection strings.",
          fr: "Stocker la valeur dans Key Vault et utiliser une r\xE9f\xE9rence Key Vault (`@Microsoft.KeyVault(...)`) dans les param\xE8tres d'application ; pr\xE9f\xE9rer les identit\xE9s manag\xE9es aux cha\xEEnes de connexion."
        },
        live: {
          en: "Rotate the exposed secret first, then `az keyvault secret set` and replace the app setting by a Key Vault reference (`az webapp config appsettings set --settings NAME=@Microsoft.KeyVault(SecretUri=\u2026)`); give the app a managed identity with access to the vault.",
          fr: "Faire d'abord tourner le secret expos\xE9, puis `az keyvault secret set` et remplacer le param\xE8tre d'application par une r\xE9f\xE9rence Key Vault (`az webapp config appsettings set --settings NOM=@Microsoft.KeyVault(SecretUri=\u2026)`) ; donner \xE0 l'application une identit\xE9 manag\xE9e ayant acc\xE8s au coffre."
        }
      },
      gcp: {
        terraform: {
          en: "Store the value in Secret Manager and mount it (`secret_environment_variables`, `secret_volumes`); never in instance metadata or startup scripts.",
          fr: "Stocker la valeur dans Secret Manager et la monter (`secret_environment_variables`, `secret_volumes`) ; jamais dans les m\xE9tadonn\xE9es d'instance ni les scripts de d\xE9marrage."
        },
        live: {
          en: "Rotate the exposed secret first, then `gcloud secrets create` and redeploy with `--set-secrets` (Cloud Run, Cloud Functions); remove it from instance metadata (`gcloud compute instances remove-metadata`).",
          fr: "Faire d'abord tourner le secret expos\xE9, puis `gcloud secrets create` et red\xE9ployer avec `--set-secrets` (Cloud Run, Cloud Functions) ; le retirer des m\xE9tadonn\xE9es d'instance (`gcloud compute instances remove-metadata`)."
        }
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
        messageId: "found",
        data: { places: s.found.map((f) => `${f.path} (${f.why})`).join(", ") },
        evidence: s.found.map((f) => ({ path: f.path, note: f.why }))
      };
    }
    if (s.unknownPaths.length) {
      return {
        status: "unknown",
        messageId: "unknownValues",
        data: { paths: s.unknownPaths.join(", ") },
        evidence: s.unknownPaths.map((path5) => ({ path: path5, note: "known after apply" })),
        settle: { messageId: "settleValues" }
      };
    }
    return { status: "pass", messageId: "none" };
  }
});

// policies/audit-log-protection.ts
var audit_log_protection_default = definePolicy({
  meta: {
    id: "audit-log-protection",
    title: { en: "Audit logs are protected against tampering and disclosure", fr: "Les journaux d'audit sont prot\xE9g\xE9s contre l'alt\xE9ration et la divulgation" },
    rules: ["CLD-29", "CL-18", "CL-19"],
    severity: "medium",
    description: {
      en: "Audit trails and the stores that keep them protect their integrity (CloudTrail log file validation, object lock or immutability on log buckets and storage, locked log buckets) and confidentiality (encryption with a managed key).",
      fr: "Les pistes d'audit et les stockages qui les gardent prot\xE8gent leur int\xE9grit\xE9 (validation des fichiers journaux CloudTrail, verrouillage d'objets ou immuabilit\xE9 des buckets et du stockage de journaux, buckets de journaux verrouill\xE9s) et leur confidentialit\xE9 (chiffrement par une cl\xE9 g\xE9r\xE9e)."
    },
    messages: {
      lacks: { en: "The {{store}} lacks {{missing}}.", fr: "Il manque au stockage {{store}} : {{missing}}." },
      unverified: { en: "Could not verify the {{unknowns}} of the {{store}}.", fr: "Impossible de v\xE9rifier pour le stockage {{store}} : {{unknowns}}." },
      protected: { en: "The {{store}} is encrypted and protected against tampering.", fr: "Le stockage {{store}} est chiffr\xE9 et prot\xE9g\xE9 contre l'alt\xE9ration." },
      integrityValidation: { en: "integrity validation", fr: "la validation d'int\xE9grit\xE9" },
      encryption: { en: "encryption", fr: "le chiffrement" },
      immutableStorage: { en: "immutable storage", fr: "le stockage immuable" },
      settleProtection: { en: "the log protection settings once applied", fr: "les r\xE9glages de protection des journaux une fois appliqu\xE9s" }
    },
    remediation: {
      aws: {
        terraform: {
          en: "Enable `enable_log_file_validation` and `kms_key_id` on trails; enable S3 Object Lock (compliance mode) on the trail bucket.",
          fr: "Activer `enable_log_file_validation` et `kms_key_id` sur les trails ; activer S3 Object Lock (mode conformit\xE9) sur le bucket du trail."
        },
        live: {
          en: "`aws cloudtrail update-trail --enable-log-file-validation --kms-key-id KEY`; Object Lock can only be set on new buckets: create one with `--object-lock-enabled-for-bucket`, a compliance-mode default retention, and point the trail at it.",
          fr: "`aws cloudtrail update-trail --enable-log-file-validation --kms-key-id CL\xC9` ; l'Object Lock ne se pose que sur un nouveau bucket : en cr\xE9er un avec `--object-lock-enabled-for-bucket` et une r\xE9tention par d\xE9faut en mode conformit\xE9, et y diriger le trail."
        }
      },
      azure: {
        terraform: {
          en: "Export activity logs to a storage account with an immutability policy (time-based retention, locked) and infrastructure encryption.",
          fr: "Exporter le journal d'activit\xE9 vers un compte de stockage avec une strat\xE9gie d'immuabilit\xE9 (r\xE9tention temporelle, verrouill\xE9e) et le chiffrement d'infrastructure."
        },
        live: {
          en: "On the storage account receiving the activity log, add a locked time-based immutability policy to its container (`az storage container immutability-policy create` then `lock`); export the activity log there with a subscription diagnostic setting.",
          fr: "Sur le compte de stockage qui re\xE7oit le journal d'activit\xE9, poser sur son conteneur une strat\xE9gie d'immuabilit\xE9 temporelle verrouill\xE9e (`az storage container immutability-policy create` puis `lock`) ; y exporter le journal d'activit\xE9 par un param\xE8tre de diagnostic d'abonnement."
        }
      },
      gcp: {
        terraform: {
          en: "Lock log buckets (`locked = true`) with a retention; use CMEK (`cmek_settings`) where required.",
          fr: "Verrouiller les buckets de journaux (`locked = true`) avec une r\xE9tention ; utiliser CMEK (`cmek_settings`) si n\xE9cessaire."
        },
        live: {
          en: "`gcloud logging buckets update BUCKET --location=LOCATION --locked` once its retention is right (a lock cannot be undone); set a CMEK key on the logging settings where required.",
          fr: "`gcloud logging buckets update BUCKET --location=EMPLACEMENT --locked` une fois sa r\xE9tention correcte (un verrou est d\xE9finitif) ; poser une cl\xE9 CMEK sur les param\xE8tres de journalisation si n\xE9cessaire."
        }
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
      [p.integrityValidation, "integrityValidation"],
      [p.encrypted, "encryption"],
      [p.immutable, "immutableStorage"]
    ];
    for (const [truth, messageId] of aspects) {
      if (truth === "no") problems.push({ messageId });
      else if (truth === "unknown") unknowns.push({ messageId });
    }
    const store = p.label;
    if (problems.length) return { status: "fail", messageId: "lacks", data: { store, missing: problems }, evidence: p.evidence };
    if (unknowns.length) return { status: "unknown", messageId: "unverified", data: { store, unknowns }, evidence: p.evidence, settle: p.settle ?? { messageId: "settleProtection" } };
    return { status: "pass", messageId: "protected", data: { store }, evidence: p.evidence };
  }
});

// policies/threat-detection.ts
var threat_detection_default = definePolicy({
  meta: {
    id: "threat-detection",
    title: { en: "Threat detection and network flow logs are on", fr: "La d\xE9tection des menaces et les journaux de flux r\xE9seau sont actifs" },
    rules: ["CLD-31", "CLD-37", "CLD-27"],
    severity: "medium",
    description: {
      en: "The cloud threat-detection service is enabled (GuardDuty, Microsoft Defender for Cloud plans, Security Command Center), with malware protection where it is offered; networks record their traffic (VPC flow logs, NSG/VNet flow logs, subnet flow logs) for detection and investigation.",
      fr: "Le service de d\xE9tection des menaces du cloud est activ\xE9 (GuardDuty, plans Microsoft Defender for Cloud, Security Command Center), avec la protection contre les logiciels malveillants l\xE0 o\xF9 elle est propos\xE9e ; les r\xE9seaux enregistrent leur trafic (journaux de flux VPC, NSG/VNet, sous-r\xE9seaux) pour la d\xE9tection et l'investigation."
    },
    messages: {
      serviceOff: { en: "{{service}} is not enabled.", fr: "{{service}} n'est pas activ\xE9." },
      serviceUnknown: { en: "Could not verify that {{service}} is enabled.", fr: "Impossible de v\xE9rifier que {{service}} est activ\xE9." },
      malwareOff: { en: "{{service}} is enabled but its malware protection is off.", fr: "{{service}} est activ\xE9 mais sa protection contre les logiciels malveillants est d\xE9sactiv\xE9e." },
      malwareUnknown: {
        en: "{{service}} is enabled; could not verify that its malware protection is on.",
        fr: "{{service}} est activ\xE9 ; impossible de v\xE9rifier que sa protection contre les logiciels malveillants est active."
      },
      serviceOn: { en: "{{service}} is enabled.", fr: "{{service}} est activ\xE9." },
      missingIn: { en: "{{service}} is not set up in {{where}}.", fr: "{{service}} n'est pas mis en place ({{where}})." },
      presentIn: { en: "{{service}} is set up in {{where}}.", fr: "{{service}} est mis en place ({{where}})." },
      presenceUnknown: { en: "Could not verify that {{service}} is set up in {{where}}.", fr: "Impossible de v\xE9rifier que {{service}} est mis en place ({{where}})." },
      serviceOnWithMalware: { en: "{{service}} is enabled with malware protection.", fr: "{{service}} est activ\xE9 avec la protection contre les logiciels malveillants." },
      noFlowLogs: { en: "The {{network}} does not record flow logs.", fr: "Le r\xE9seau {{network}} n'enregistre pas de journaux de flux." },
      flowLogsUnknown: { en: "Could not verify that the {{network}} records flow logs.", fr: "Impossible de v\xE9rifier que le r\xE9seau {{network}} enregistre des journaux de flux." },
      flowLogs: { en: "The {{network}} records flow logs.", fr: "Le r\xE9seau {{network}} enregistre des journaux de flux." },
      settleService: { en: "the detection service status", fr: "l'\xE9tat du service de d\xE9tection" },
      settleMalware: { en: "the malware protection setting of {{service}}", fr: "le r\xE9glage de protection contre les logiciels malveillants de {{service}}" },
      settleFlowLogs: { en: "the flow log configuration", fr: "la configuration des journaux de flux" }
    },
    remediation: {
      aws: {
        terraform: {
          en: "Enable `aws_guardduty_detector` in every region (with the malware protection feature); add `aws_flow_log` to every VPC.",
          fr: "Activer `aws_guardduty_detector` dans chaque r\xE9gion (avec la protection contre les logiciels malveillants) ; ajouter un `aws_flow_log` \xE0 chaque VPC."
        },
        live: {
          en: "Enable GuardDuty in every region (`aws guardduty create-detector --enable`, or delegated administration for the organisation) with EBS malware protection; `aws ec2 create-flow-logs --resource-type VPC` for every VPC.",
          fr: "Activer GuardDuty dans chaque r\xE9gion (`aws guardduty create-detector --enable`, ou l'administration d\xE9l\xE9gu\xE9e pour l'organisation) avec la protection EBS contre les logiciels malveillants ; `aws ec2 create-flow-logs --resource-type VPC` pour chaque VPC."
        }
      },
      azure: {
        terraform: {
          en: "Enable Defender for Cloud plans (`azurerm_security_center_subscription_pricing` tier Standard) for servers, storage (with malware scanning), SQL, containers; enable VNet flow logs with Network Watcher.",
          fr: "Activer les plans Defender for Cloud (`azurerm_security_center_subscription_pricing` niveau Standard) pour les serveurs, le stockage (avec analyse des logiciels malveillants), SQL et les conteneurs ; activer les journaux de flux VNet avec Network Watcher."
        },
        live: {
          en: "Turn on the Defender plans (`az security pricing create --name VirtualMachines --tier Standard`, and StorageAccounts with malware scanning, SqlServers, Containers); create VNet flow logs (`az network watcher flow-log create`).",
          fr: "Activer les plans Defender (`az security pricing create --name VirtualMachines --tier Standard`, ainsi que StorageAccounts avec analyse des logiciels malveillants, SqlServers, Containers) ; cr\xE9er les journaux de flux VNet (`az network watcher flow-log create`)."
        }
      },
      gcp: {
        terraform: {
          en: "Enable Security Command Center; set `log_config` on subnetworks (`enable_flow_logs`).",
          fr: "Activer Security Command Center ; r\xE9gler `log_config` sur les sous-r\xE9seaux (`enable_flow_logs`)."
        },
        live: {
          en: "Activate Security Command Center for the organisation (console: Security > Security Command Center); `gcloud compute networks subnets update SUBNET --region=REGION --enable-flow-logs`.",
          fr: "Activer Security Command Center pour l'organisation (console : S\xE9curit\xE9 > Security Command Center) ; `gcloud compute networks subnets update SOUS-R\xC9SEAU --region=R\xC9GION --enable-flow-logs`."
        }
      }
    },
    facets: ["detection", "flowLog"]
  },
  check(resource) {
    return worstOf([checkDetection(resource.facets.detection), checkFlowLogs(resource.facets.flowLog)]);
  }
});
function checkDetection(d) {
  if (!d) return void 0;
  if (d.where !== void 0) return checkAccountControl(d, d.where);
  const base = { data: { service: d.service }, evidence: d.evidence, facet: "detection" };
  if (d.enabled === "no") return { status: "fail", messageId: "serviceOff", ...base };
  if (d.enabled === "unknown") return { status: "unknown", messageId: "serviceUnknown", ...base, settle: { messageId: "settleService" } };
  if (d.malwareProtection === "no") return { status: "fail", messageId: "malwareOff", ...base };
  if (d.malwareProtection === "unknown") return { status: "unknown", messageId: "malwareUnknown", ...base, settle: { messageId: "settleMalware", data: { service: d.service } } };
  return { status: "pass", messageId: d.malwareProtection === "yes" ? "serviceOnWithMalware" : "serviceOn", ...base };
}
function checkAccountControl(d, where) {
  const base = { data: { service: d.service, where }, evidence: d.evidence, facet: "detection" };
  const settle = d.settle ?? { messageId: "settleService" };
  if (d.enabled === "no") return { status: "fail", messageId: "missingIn", ...base };
  if (d.enabled === "yes") return { status: "pass", messageId: "presentIn", ...base };
  return { status: "unknown", messageId: "presenceUnknown", ...base, settle };
}
function checkFlowLogs(f) {
  if (!f) return void 0;
  const base = { data: { network: f.label }, evidence: f.evidence, facet: "flowLog" };
  if (f.enabled === "no") return { status: "fail", messageId: "noFlowLogs", ...base };
  if (f.enabled === "unknown") return { status: "unknown", messageId: "flowLogsUnknown", ...base, settle: f.settle ?? { messageId: "settleFlowLogs" } };
  return { status: "pass", messageId: "flowLogs", ...base };
}

// policies/vulnerability-scanning.ts
var vulnerability_scanning_default = definePolicy({
  meta: {
    id: "vulnerability-scanning",
    title: { en: "Images and instances are scanned for vulnerabilities", fr: "Les images et les instances sont analys\xE9es pour les vuln\xE9rabilit\xE9s" },
    rules: ["CLD-33", "CL-10"],
    severity: "medium",
    description: {
      en: "Container registries scan images (on push or continuously) and instances are covered by vulnerability assessment (Amazon Inspector, Defender for Servers/Containers, Artifact Analysis).",
      fr: "Les registres de conteneurs analysent les images (\xE0 l'envoi ou en continu) et les instances sont couvertes par une \xE9valuation des vuln\xE9rabilit\xE9s (Amazon Inspector, Defender for Servers/Containers, Artifact Analysis)."
    },
    messages: {
      notScanned: { en: "The {{target}} is not scanned for vulnerabilities.", fr: "La cible {{target}} n'est pas analys\xE9e pour les vuln\xE9rabilit\xE9s." },
      unverified: { en: "Could not verify vulnerability scanning of the {{target}}.", fr: "Impossible de v\xE9rifier l'analyse des vuln\xE9rabilit\xE9s de la cible {{target}}." },
      scanned: { en: "The {{target}} is scanned for vulnerabilities.", fr: "La cible {{target}} est analys\xE9e pour les vuln\xE9rabilit\xE9s." },
      settleScanning: { en: "the scanning configuration", fr: "la configuration de l'analyse" }
    },
    remediation: {
      aws: {
        terraform: {
          en: "Set `image_scanning_configuration { scan_on_push = true }` on ECR repositories or enhanced scanning with `aws_ecr_registry_scanning_configuration`; enable Amazon Inspector (`aws_inspector2_enabler`).",
          fr: "R\xE9gler `image_scanning_configuration { scan_on_push = true }` sur les d\xE9p\xF4ts ECR ou l'analyse avanc\xE9e avec `aws_ecr_registry_scanning_configuration` ; activer Amazon Inspector (`aws_inspector2_enabler`) pour ECR et EC2."
        },
        live: {
          en: "`aws ecr put-image-scanning-configuration --image-scanning-configuration scanOnPush=true`, or enhanced scanning for the registry; `aws inspector2 enable --resource-types EC2 ECR` in every region.",
          fr: "`aws ecr put-image-scanning-configuration --image-scanning-configuration scanOnPush=true`, ou l'analyse avanc\xE9e du registre ; `aws inspector2 enable --resource-types EC2 ECR` dans chaque r\xE9gion."
        }
      },
      azure: {
        terraform: { en: "Enable Defender for Containers and Defender for Servers (vulnerability assessment) plans.", fr: "Activer les plans Defender for Containers et Defender for Servers (\xE9valuation des vuln\xE9rabilit\xE9s)." },
        live: {
          en: "`az security pricing create --name Containers --tier Standard` and `--name VirtualMachines --tier Standard` (vulnerability assessment included).",
          fr: "`az security pricing create --name Containers --tier Standard` et `--name VirtualMachines --tier Standard` (\xE9valuation des vuln\xE9rabilit\xE9s incluse)."
        }
      },
      gcp: {
        terraform: {
          en: "Enable the Container Scanning API / Artifact Analysis on Artifact Registry; enable VM Manager vulnerability reports.",
          fr: "Activer l'API Container Scanning / Artifact Analysis sur Artifact Registry ; activer les rapports de vuln\xE9rabilit\xE9s de VM Manager."
        },
        live: {
          en: "`gcloud services enable containerscanning.googleapis.com`; turn on VM Manager (OS Config) for the project so that vulnerability reports are produced.",
          fr: "`gcloud services enable containerscanning.googleapis.com` ; activer VM Manager (OS Config) sur le projet pour produire les rapports de vuln\xE9rabilit\xE9s."
        }
      }
    },
    facets: ["vulnerabilityScan"]
  },
  check(resource) {
    const v = resource.facets.vulnerabilityScan;
    if (!v) return void 0;
    const base = { data: { target: v.label }, evidence: v.evidence };
    if (v.enabled === "no") return { status: "fail", messageId: "notScanned", ...base };
    if (v.enabled === "unknown") return { status: "unknown", messageId: "unverified", ...base, settle: v.settle ?? { messageId: "settleScanning" } };
    return { status: "pass", messageId: "scanned", ...base };
  }
});

// policies/password-policy.ts
var REQUIRED = { minLength: 8, characterClasses: 3, reusePrevention: 5, maxAgeDays: 90 };
var password_policy_default = definePolicy({
  meta: {
    id: "password-policy",
    title: { en: "Account passwords follow the partner password rules", fr: "Les mots de passe du compte suivent les r\xE8gles partenaires" },
    rules: ["CL-15", "CLD-18"],
    severity: "medium",
    description: {
      en: "Where the cloud account has its own passwords (AWS IAM users), the account password policy requires at least 8 characters from 3 of the 4 character classes, refuses the last 5 passwords, and makes them change at least every 90 days (CL-15).",
      fr: "L\xE0 o\xF9 le compte cloud a ses propres mots de passe (utilisateurs IAM AWS), la politique de mots de passe du compte exige au moins 8 caract\xE8res de 3 des 4 classes, refuse les 5 derniers mots de passe et impose un changement au moins tous les 90 jours (CL-15)."
    },
    messages: {
      shortOf: { en: "The account password policy falls short of CL-15: {{problems}}.", fr: "La politique de mots de passe du compte ne satisfait pas CL-15 : {{problems}}." },
      unverified: { en: "Could not verify the password policy's {{unknowns}}.", fr: "Impossible de v\xE9rifier, dans la politique de mots de passe : {{unknowns}}." },
      meets: { en: "The account password policy meets CL-15.", fr: "La politique de mots de passe du compte satisfait CL-15." },
      tooLow: { en: "{{what}} {{value}} (at least {{min}} required)", fr: "{{what}} {{value}} (au moins {{min}} exig\xE9)" },
      tooHigh: { en: "{{what}} {{value}} (at most {{max}} days required)", fr: "{{what}} {{value}} (au plus {{max}} jours exig\xE9)" },
      notSet: { en: "not set", fr: "non d\xE9fini" },
      minLength: { en: "minimum length", fr: "longueur minimale" },
      characterClasses: { en: "character classes", fr: "classes de caract\xE8res" },
      reusePrevention: { en: "previous passwords refused", fr: "anciens mots de passe refus\xE9s" },
      maxAge: { en: "maximum age", fr: "dur\xE9e de vie maximale" },
      settlePolicy: { en: "the account password policy once applied", fr: "la politique de mots de passe du compte une fois appliqu\xE9e" }
    },
    remediation: {
      aws: {
        terraform: {
          en: "Set `aws_iam_account_password_policy` with `minimum_password_length >= 8`, three of `require_lowercase_characters`/`require_uppercase_characters`/`require_numbers`/`require_symbols`, `password_reuse_prevention >= 5` and `max_password_age <= 90`; better, use IAM Identity Center with the organisation's identity provider.",
          fr: "D\xE9finir `aws_iam_account_password_policy` avec `minimum_password_length >= 8`, trois parmi `require_lowercase_characters`/`require_uppercase_characters`/`require_numbers`/`require_symbols`, `password_reuse_prevention >= 5` et `max_password_age <= 90` ; mieux, utiliser IAM Identity Center avec le fournisseur d'identit\xE9 de l'organisation."
        },
        live: {
          en: "Set the account password policy (IAM > Account settings, or `aws iam update-account-password-policy --minimum-password-length 12 --require-lowercase-characters --require-uppercase-characters --require-numbers --password-reuse-prevention 5 --max-password-age 90`).",
          fr: "R\xE9gler la politique de mots de passe du compte (IAM > Param\xE8tres du compte, ou `aws iam update-account-password-policy --minimum-password-length 12 --require-lowercase-characters --require-uppercase-characters --require-numbers --password-reuse-prevention 5 --max-password-age 90`)."
        }
      },
      azure: {
        terraform: {
          en: "Passwords are governed by Entra ID (password protection, banned passwords); prefer passwordless and MFA.",
          fr: "Les mots de passe rel\xE8vent d'Entra ID (protection par mot de passe, mots de passe interdits) ; pr\xE9f\xE9rer le sans-mot-de-passe et la MFA."
        },
        live: {
          en: "In Entra ID > Security > Authentication methods > Password protection, set the lockout and banned-password list; expiry and history are tenant settings outside the scanned estate.",
          fr: "Dans Entra ID > S\xE9curit\xE9 > M\xE9thodes d'authentification > Protection par mot de passe, r\xE9gler le verrouillage et la liste de mots de passe interdits ; expiration et historique sont des param\xE8tres du locataire hors du p\xE9rim\xE8tre analys\xE9."
        }
      },
      gcp: {
        terraform: { en: "Passwords are governed by Cloud Identity / Google Workspace password policies.", fr: "Les mots de passe rel\xE8vent des politiques de Cloud Identity / Google Workspace." },
        live: {
          en: "In the Admin console > Security > Password management, set the length, strength, reuse and expiry rules for the organisational units.",
          fr: "Dans la console d'administration > S\xE9curit\xE9 > Gestion des mots de passe, r\xE9gler longueur, robustesse, r\xE9utilisation et expiration pour les unit\xE9s organisationnelles."
        }
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
      if (value === "unknown") unknowns.push({ messageId: what });
      else if (value === void 0 || value < min) problems.push({ messageId: "tooLow", data: { what: { messageId: what }, value: value ?? { messageId: "notSet" }, min } });
    };
    atLeast(p.minLength, REQUIRED.minLength, "minLength");
    atLeast(p.characterClasses, REQUIRED.characterClasses, "characterClasses");
    atLeast(p.reusePrevention, REQUIRED.reusePrevention, "reusePrevention");
    if (p.maxAgeDays === "unknown") unknowns.push({ messageId: "maxAge" });
    else if (p.maxAgeDays === void 0 || p.maxAgeDays > REQUIRED.maxAgeDays) {
      problems.push({ messageId: "tooHigh", data: { what: { messageId: "maxAge" }, value: p.maxAgeDays ?? { messageId: "notSet" }, max: REQUIRED.maxAgeDays } });
    }
    if (problems.length) return { status: "fail", messageId: "shortOf", data: { problems }, evidence: p.evidence };
    if (unknowns.length) return { status: "unknown", messageId: "unverified", data: { unknowns }, evidence: p.evidence, settle: { messageId: "settlePolicy" } };
    return { status: "pass", messageId: "meets", evidence: p.evidence };
  }
});

// policies/long-lived-credentials.ts
var long_lived_credentials_default = definePolicy({
  meta: {
    id: "long-lived-credentials",
    title: { en: "No root access keys, no long-lived or unused credentials", fr: "Pas de cl\xE9 d'acc\xE8s racine, pas d'identifiant de longue dur\xE9e ou inutilis\xE9" },
    rules: ["CLD-14", "CLD-16"],
    severity: "high",
    description: {
      en: "The root (owner) account has no access keys; people and workloads use temporary credentials (roles, workload identity) rather than long-lived keys (IAM user access keys, user-managed service account keys); credentials unused for `maxUnusedCredentialDays` (90) are removed.",
      fr: "Le compte racine (propri\xE9taire) n'a pas de cl\xE9 d'acc\xE8s ; personnes et charges de travail utilisent des identifiants temporaires (r\xF4les, identit\xE9 de charge de travail) plut\xF4t que des cl\xE9s de longue dur\xE9e (cl\xE9s d'acc\xE8s d'utilisateurs IAM, cl\xE9s de comptes de service g\xE9r\xE9es par l'utilisateur) ; les identifiants inutilis\xE9s depuis `maxUnusedCredentialDays` (90) jours sont retir\xE9s."
    },
    messages: {
      rootKeys: { en: "The {{holder}} has access keys.", fr: "Le titulaire {{holder}} a des cl\xE9s d'acc\xE8s." },
      unused: { en: "The {{holder}} has not been used for {{days}} days (more than {{max}}).", fr: "Le titulaire {{holder}} n'a pas \xE9t\xE9 utilis\xE9 depuis {{days}} jours (plus de {{max}})." },
      longLived: { en: "The {{holder}} is a long-lived key; use temporary credentials instead.", fr: "Le titulaire {{holder}} est une cl\xE9 de longue dur\xE9e ; utiliser plut\xF4t des identifiants temporaires." },
      unverified: { en: "Could not verify the credentials of the {{holder}}.", fr: "Impossible de v\xE9rifier les identifiants du titulaire {{holder}}." },
      clean: { en: "The {{holder}} holds no long-lived or unused credential.", fr: "Le titulaire {{holder}} n'a aucun identifiant de longue dur\xE9e ou inutilis\xE9." },
      settleReport: { en: "the credential report", fr: "le rapport d'identifiants" }
    },
    remediation: {
      aws: {
        terraform: {
          en: "Delete root access keys; replace `aws_iam_access_key` with roles (OIDC federation for CI); remove keys unused for 90 days (IAM credential report).",
          fr: "Supprimer les cl\xE9s d'acc\xE8s du compte racine ; remplacer `aws_iam_access_key` par des r\xF4les (f\xE9d\xE9ration OIDC pour la CI) ; retirer les cl\xE9s inutilis\xE9es depuis 90 jours (rapport d'identifiants IAM)."
        },
        live: {
          en: "Sign in as root and delete its access keys (Security credentials page); deactivate then delete user keys unused for 90 days (`aws iam update-access-key --status Inactive`, `aws iam delete-access-key`); move CI to OIDC roles.",
          fr: "Se connecter en racine et supprimer ses cl\xE9s d'acc\xE8s (page Identifiants de s\xE9curit\xE9) ; d\xE9sactiver puis supprimer les cl\xE9s d'utilisateurs inutilis\xE9es depuis 90 jours (`aws iam update-access-key --status Inactive`, `aws iam delete-access-key`) ; passer la CI sur des r\xF4les OIDC."
        }
      },
      azure: {
        terraform: {
          en: "Use managed identities and workload identity federation instead of client secrets; remove unused service principal credentials.",
          fr: "Utiliser des identit\xE9s manag\xE9es et la f\xE9d\xE9ration d'identit\xE9 de charge de travail plut\xF4t que des secrets client ; retirer les identifiants inutilis\xE9s des principaux de service."
        },
        live: {
          en: "Remove client secrets from app registrations (`az ad app credential delete`) and add a federated credential for CI (`az ad app federated-credential create`); give workloads managed identities.",
          fr: "Retirer les secrets client des inscriptions d'applications (`az ad app credential delete`) et ajouter un identifiant f\xE9d\xE9r\xE9 pour la CI (`az ad app federated-credential create`) ; donner des identit\xE9s manag\xE9es aux charges de travail."
        }
      },
      gcp: {
        terraform: {
          en: "Avoid `google_service_account_key` (use workload identity federation, or service account impersonation); enforce `iam.disableServiceAccountKeyCreation`.",
          fr: "\xC9viter `google_service_account_key` (f\xE9d\xE9ration d'identit\xE9 de charge de travail, ou emprunt d'identit\xE9 de compte de service) ; imposer `iam.disableServiceAccountKeyCreation`."
        },
        live: {
          en: "Delete user-managed keys (`gcloud iam service-accounts keys delete`), set up workload identity federation for CI, and enforce the `iam.disableServiceAccountKeyCreation` organisation policy.",
          fr: "Supprimer les cl\xE9s g\xE9r\xE9es par l'utilisateur (`gcloud iam service-accounts keys delete`), mettre en place la f\xE9d\xE9ration d'identit\xE9 de charge de travail pour la CI, et imposer la r\xE8gle d'administration `iam.disableServiceAccountKeyCreation`."
        }
      }
    },
    facets: ["credential"]
  },
  check(resource, { settings }) {
    const c = resource.facets.credential;
    if (!c) return void 0;
    const base = { data: { holder: c.label }, evidence: c.evidence };
    if (c.rootAccessKeys === "yes") return { status: "fail", messageId: "rootKeys", ...base };
    if (typeof c.unusedDays === "number" && c.unusedDays > settings.maxUnusedCredentialDays) {
      return { status: "fail", messageId: "unused", ...base, data: { holder: c.label, days: c.unusedDays, max: settings.maxUnusedCredentialDays } };
    }
    if (c.longLivedKey === "yes") return { status: "fail", messageId: "longLived", ...base };
    if (c.rootAccessKeys === "unknown" || c.longLivedKey === "unknown" || c.unusedDays === "unknown") {
      return { status: "unknown", messageId: "unverified", ...base, settle: c.settle ?? { messageId: "settleReport" } };
    }
    return { status: "pass", messageId: "clean", ...base };
  }
});

// policies/network-separation.ts
var network_separation_default = definePolicy({
  meta: {
    id: "network-separation",
    title: { en: "Production is separated from other environments, and default networks are not used", fr: "La production est s\xE9par\xE9e des autres environnements, et les r\xE9seaux par d\xE9faut ne sont pas utilis\xE9s" },
    rules: ["CLD-25", "CLD-20", "CLD-36"],
    severity: "medium",
    description: {
      en: "Production and non-production resources do not share an account, subscription or project (told apart by environment tags or labels, see `environments` in the configuration); workloads do not run in default networks (AWS default VPC, GCP `default` network), whose permissive defaults are shared by everything placed there.",
      fr: "Les ressources de production et hors production ne partagent pas un compte, un abonnement ou un projet (distingu\xE9es par les \xE9tiquettes d'environnement, voir `environments` dans la configuration) ; les charges de travail ne tournent pas dans les r\xE9seaux par d\xE9faut (VPC par d\xE9faut AWS, r\xE9seau `default` GCP), dont les r\xE9glages permissifs sont partag\xE9s par tout ce qu'on y place."
    },
    messages: {
      defaultNetwork: { en: "The {{network}} is a default network.", fr: "Le r\xE9seau {{network}} est un r\xE9seau par d\xE9faut." },
      defaultUnknown: { en: "Could not verify whether the {{network}} is a default network.", fr: "Impossible de v\xE9rifier si le r\xE9seau {{network}} est un r\xE9seau par d\xE9faut." },
      mixed: {
        en: "{{scope}} mixes {{production}} production and {{nonProduction}} non-production resources (e.g. {{productionExamples}} / {{nonProductionExamples}}).",
        fr: "{{scope}} m\xEAle {{production}} ressources de production et {{nonProduction}} hors production (par exemple {{productionExamples}} / {{nonProductionExamples}})."
      },
      onlyProduction: { en: "{{scope}} holds only production resources (by environment tags).", fr: "{{scope}} ne contient que des ressources de production (selon les \xE9tiquettes d'environnement)." },
      onlyNonProduction: { en: "{{scope}} holds only non-production resources (by environment tags).", fr: "{{scope}} ne contient que des ressources hors production (selon les \xE9tiquettes d'environnement)." },
      settleNetwork: { en: "the network configuration", fr: "la configuration du r\xE9seau" }
    },
    remediation: {
      aws: {
        terraform: {
          en: "Put production in its own account (AWS Organizations); create dedicated VPCs and delete default VPCs.",
          fr: "Placer la production dans son propre compte (AWS Organizations) ; cr\xE9er des VPC d\xE9di\xE9s et supprimer les VPC par d\xE9faut."
        },
        live: {
          en: "Move production workloads to a dedicated account of the organisation; move workloads out of the default VPC, then delete it (`aws ec2 delete-vpc`) in every region.",
          fr: "D\xE9placer les charges de production dans un compte d\xE9di\xE9 de l'organisation ; sortir les charges du VPC par d\xE9faut, puis le supprimer (`aws ec2 delete-vpc`) dans chaque r\xE9gion."
        }
      },
      azure: {
        terraform: { en: "Put production in its own subscription (management groups separate them).", fr: "Placer la production dans son propre abonnement (les groupes d'administration les s\xE9parent)." },
        live: {
          en: "Move production resources to a dedicated subscription (`az resource move`), placed under its own management group with its own policies.",
          fr: "D\xE9placer les ressources de production dans un abonnement d\xE9di\xE9 (`az resource move`), plac\xE9 sous son propre groupe d'administration avec ses propres strat\xE9gies."
        }
      },
      gcp: {
        terraform: {
          en: "Put production in its own project (folders separate them); create custom-mode networks and delete the `default` network (or enforce `compute.skipDefaultNetworkCreation`).",
          fr: "Placer la production dans son propre projet (les dossiers les s\xE9parent) ; cr\xE9er des r\xE9seaux en mode personnalis\xE9 et supprimer le r\xE9seau `default` (ou imposer `compute.skipDefaultNetworkCreation`)."
        },
        live: {
          en: "Move production to its own project under a production folder; move workloads to a custom-mode network and `gcloud compute networks delete default`; enforce `compute.skipDefaultNetworkCreation`.",
          fr: "D\xE9placer la production dans son propre projet sous un dossier de production ; d\xE9placer les charges vers un r\xE9seau en mode personnalis\xE9 et `gcloud compute networks delete default` ; imposer `compute.skipDefaultNetworkCreation`."
        }
      }
    },
    facets: ["defaultNetwork", "environmentMix"]
  },
  check(resource) {
    return worstOf([checkNetwork(resource.facets.defaultNetwork), checkEnvironments(resource.facets.environmentMix)]);
  }
});
function checkNetwork(n) {
  if (!n) return void 0;
  const base = { data: { network: n.label }, evidence: n.evidence, facet: "defaultNetwork" };
  if (n.isDefault === "yes") return { status: "fail", messageId: "defaultNetwork", ...base };
  if (n.isDefault === "unknown") return { status: "unknown", messageId: "defaultUnknown", ...base, settle: { messageId: "settleNetwork" } };
  return void 0;
}
function checkEnvironments(mix) {
  if (!mix) return void 0;
  const facet = "environmentMix";
  if (mix.production > 0 && mix.nonProduction > 0) {
    return {
      status: "fail",
      messageId: "mixed",
      data: {
        scope: mix.scope,
        production: mix.production,
        nonProduction: mix.nonProduction,
        productionExamples: mix.examples.production.join(", "),
        nonProductionExamples: mix.examples.nonProduction.join(", ")
      },
      evidence: [{ path: `tags[${mix.tagKeys.join("|")}]`, note: "environment tags or labels" }],
      facet
    };
  }
  return { status: "pass", messageId: mix.production ? "onlyProduction" : "onlyNonProduction", data: { scope: mix.scope }, facet };
}

// policies/availability.ts
var availability_default = definePolicy({
  meta: {
    id: "availability",
    title: { en: "Services that need it run across availability zones", fr: "Les services qui en ont besoin tournent sur plusieurs zones de disponibilit\xE9" },
    rules: ["CLD-69"],
    severity: "medium",
    description: {
      en: "Databases and load balancers named in the configuration (`highAvailability`: resource patterns) run across several availability zones (RDS Multi-AZ, Aurora with replicas in several zones, load balancers in subnets of two zones or more, zone-redundant Azure services, regional Cloud SQL). Without `highAvailability` in the configuration, this policy judges nothing: availability targets are the service's own.",
      fr: "Les bases de donn\xE9es et r\xE9partiteurs de charge nomm\xE9s dans la configuration (`highAvailability` : motifs de ressources) tournent sur plusieurs zones de disponibilit\xE9 (RDS Multi-AZ, Aurora avec r\xE9plicas dans plusieurs zones, r\xE9partiteurs de charge dans des sous-r\xE9seaux de deux zones ou plus, services Azure redondants entre zones, Cloud SQL r\xE9gional). Sans `highAvailability` dans la configuration, cette politique ne juge rien : les objectifs de disponibilit\xE9 sont propres au service."
    },
    messages: {
      singleZone: { en: "The {{service}} runs in a single zone.", fr: "Le service {{service}} tourne dans une seule zone." },
      unverified: { en: "Could not verify that the {{service}} runs across zones.", fr: "Impossible de v\xE9rifier que le service {{service}} tourne sur plusieurs zones." },
      multiZone: { en: "The {{service}} runs across zones.", fr: "Le service {{service}} tourne sur plusieurs zones." },
      settleZones: { en: "the zone settings once applied", fr: "les r\xE9glages de zones une fois appliqu\xE9s" }
    },
    remediation: {
      aws: {
        terraform: {
          en: "Set `multi_az = true` on RDS; give load balancers subnets in at least two zones.",
          fr: "Mettre `multi_az = true` sur RDS ; donner aux r\xE9partiteurs de charge des sous-r\xE9seaux dans au moins deux zones."
        },
        live: {
          en: "`aws rds modify-db-instance --multi-az --apply-immediately`; add subnets of a second zone to load balancers (`aws elbv2 set-subnets`) and Auto Scaling groups.",
          fr: "`aws rds modify-db-instance --multi-az --apply-immediately` ; ajouter aux r\xE9partiteurs de charge (`aws elbv2 set-subnets`) et aux groupes Auto Scaling des sous-r\xE9seaux d'une deuxi\xE8me zone."
        }
      },
      azure: {
        terraform: {
          en: "Use zone-redundant SKUs (`zone_redundant`, `zones`), or high availability mode ZoneRedundant on flexible servers.",
          fr: "Utiliser des SKU redondants entre zones (`zone_redundant`, `zones`), ou le mode haute disponibilit\xE9 ZoneRedundant sur les serveurs flexibles."
        },
        live: {
          en: "Enable zone redundancy (`az sql db update --zone-redundant true`; `az postgres flexible-server update --high-availability ZoneRedundant`); recreate single-zone gateways and caches across zones.",
          fr: "Activer la redondance entre zones (`az sql db update --zone-redundant true` ; `az postgres flexible-server update --high-availability ZoneRedundant`) ; recr\xE9er sur plusieurs zones les passerelles et caches mono-zone."
        }
      },
      gcp: {
        terraform: {
          en: 'Set `availability_type = "REGIONAL"` on Cloud SQL; use regional managed instance groups and clusters.',
          fr: 'Mettre `availability_type = "REGIONAL"` sur Cloud SQL ; utiliser des groupes d\'instances et des clusters r\xE9gionaux.'
        },
        live: {
          en: "`gcloud sql instances patch INSTANCE --availability-type=REGIONAL`; recreate zonal instance groups and GKE clusters as regional ones.",
          fr: "`gcloud sql instances patch INSTANCE --availability-type=REGIONAL` ; recr\xE9er en r\xE9gional les groupes d'instances et clusters GKE zonaux."
        }
      }
    },
    facets: ["availability"]
  },
  check(resource, { settings }) {
    const a = resource.facets.availability;
    if (!a || !settings.highAvailability.some((pattern) => globMatch(pattern, resource.id))) return void 0;
    const base = { data: { service: a.label }, evidence: a.evidence };
    if (a.multiZone === "no") return { status: "fail", messageId: "singleZone", ...base };
    if (a.multiZone === "unknown") return { status: "unknown", messageId: "unverified", ...base, settle: a.settle ?? { messageId: "settleZones" } };
    return { status: "pass", messageId: "multiZone", ...base };
  }
});

// policies/public-storage.ts
var public_storage_default = definePolicy({
  meta: {
    id: "public-storage",
    title: { en: "Data stores are not open to anyone", fr: "Les stockages de donn\xE9es ne sont pas ouverts \xE0 tous" },
    rules: ["CLD-20", "CLD-36", "CL-8", "CL-15"],
    severity: "critical",
    description: {
      en: "Buckets and blob containers are not readable or writable by anonymous users or by any authenticated user of the cloud: S3 buckets through their ACL or bucket policy unless Block Public Access (bucket or account) neutralises them, S3 access points reachable from the internet through their policy unless Block Public Access (access point or account) neutralises it, Azure containers with a public access level in an account that allows it, Cloud Storage buckets granted to allUsers or allAuthenticatedUsers (IAM or ACL) without public access prevention.",
      fr: "Les buckets et conteneurs blob ne sont lisibles ni modifiables par des utilisateurs anonymes ou par tout utilisateur authentifi\xE9 du cloud : buckets S3 par leur ACL ou leur strat\xE9gie de bucket sauf si le blocage de l'acc\xE8s public (du bucket ou du compte) les neutralise, points d'acc\xE8s S3 joignables depuis Internet par leur strat\xE9gie sauf si le blocage de l'acc\xE8s public (du point d'acc\xE8s ou du compte) la neutralise, conteneurs Azure avec un niveau d'acc\xE8s public dans un compte qui le permet, buckets Cloud Storage attribu\xE9s \xE0 allUsers ou allAuthenticatedUsers (IAM ou ACL) sans pr\xE9vention de l'acc\xE8s public."
    },
    messages: {
      public: { en: "The {{store}} is open to anyone.", fr: "Le stockage {{store}} est ouvert \xE0 tous." },
      private: { en: "The {{store}} is not open to anyone.", fr: "Le stockage {{store}} n'est pas ouvert \xE0 tous." },
      unverified: { en: "Could not verify whether the {{store}} is open to anyone.", fr: "Impossible de v\xE9rifier si le stockage {{store}} est ouvert \xE0 tous." },
      settlePublicAccess: { en: "the access settings of the store once applied", fr: "les r\xE9glages d'acc\xE8s du stockage une fois appliqu\xE9s" }
    },
    remediation: {
      aws: {
        terraform: {
          en: 'Add an `aws_s3_bucket_public_access_block` with all four settings true (and an `aws_s3_account_public_access_block`); remove `public-read`/`public-read-write` ACLs and bucket or access point policy statements allowing `Principal: "*"` without a condition on the caller (aws:SourceVpce, aws:PrincipalOrgID\u2026); keep `aws_s3_access_point` with its default `public_access_block_configuration` (all true) or a `vpc_configuration`. Serve public content through CloudFront with origin access control.',
          fr: "Ajouter un `aws_s3_bucket_public_access_block` avec les quatre r\xE9glages \xE0 true (et un `aws_s3_account_public_access_block`) ; retirer les ACL `public-read`/`public-read-write` et les instructions de strat\xE9gie de bucket ou de point d'acc\xE8s autorisant `Principal: \"*\"` sans condition sur l'appelant (aws:SourceVpce, aws:PrincipalOrgID\u2026) ; garder `aws_s3_access_point` avec son `public_access_block_configuration` par d\xE9faut (tout \xE0 true) ou un `vpc_configuration`. Servir le contenu public par CloudFront avec un contr\xF4le d'acc\xE8s \xE0 l'origine."
        },
        live: {
          en: "`aws s3api put-public-access-block --bucket BUCKET --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true`, and the same for the account with `aws s3control put-public-access-block --account-id ACCOUNT`; the settings of an access point are fixed at its creation: remove its public policy with `aws s3control delete-access-point-policy --account-id ACCOUNT --name ACCESS_POINT`, or replace it by one created with the settings on.",
          fr: "`aws s3api put-public-access-block --bucket BUCKET --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true`, et de m\xEAme pour le compte avec `aws s3control put-public-access-block --account-id COMPTE` ; les r\xE9glages d'un point d'acc\xE8s sont fix\xE9s \xE0 sa cr\xE9ation : retirer sa strat\xE9gie publique avec `aws s3control delete-access-point-policy --account-id COMPTE --name POINT_D_ACCES`, ou le remplacer par un point d'acc\xE8s cr\xE9\xE9 avec les r\xE9glages activ\xE9s."
        }
      },
      azure: {
        terraform: {
          en: 'Set `allow_nested_items_to_be_public = false` on the storage account (azurerm defaults it to true) and `container_access_type = "private"` on its containers.',
          fr: 'Poser `allow_nested_items_to_be_public = false` sur le compte de stockage (azurerm le met \xE0 true par d\xE9faut) et `container_access_type = "private"` sur ses conteneurs.'
        },
        live: {
          en: "`az storage account update --name ACCOUNT --resource-group RG --allow-blob-public-access false` (public containers then refuse anonymous requests).",
          fr: "`az storage account update --name COMPTE --resource-group RG --allow-blob-public-access false` (les conteneurs publics refusent alors les requ\xEAtes anonymes)."
        }
      },
      gcp: {
        terraform: {
          en: 'Set `public_access_prevention = "enforced"` (or enforce the `storage.publicAccessPrevention` organisation policy with `google_org_policy_policy`) and `uniform_bucket_level_access = true` on the bucket; remove `allUsers` / `allAuthenticatedUsers` from its IAM members and bindings and from its ACL resources (`google_storage_bucket_acl`, `google_storage_default_object_acl`, `google_storage_object_acl`, `*_access_control`).',
          fr: "Poser `public_access_prevention = \"enforced\"` (ou imposer la contrainte d'organisation `storage.publicAccessPrevention` avec `google_org_policy_policy`) et `uniform_bucket_level_access = true` sur le bucket ; retirer `allUsers` / `allAuthenticatedUsers` de ses membres et liaisons IAM et de ses ressources d'ACL (`google_storage_bucket_acl`, `google_storage_default_object_acl`, `google_storage_object_acl`, `*_access_control`)."
        },
        live: {
          en: "`gcloud storage buckets update gs://BUCKET --public-access-prevention --uniform-bucket-level-access` (or the `storage.publicAccessPrevention` organisation policy), and remove the public members with `gcloud storage buckets remove-iam-policy-binding`.",
          fr: "`gcloud storage buckets update gs://BUCKET --public-access-prevention --uniform-bucket-level-access` (ou la contrainte d'organisation `storage.publicAccessPrevention`), et retirer les membres publics avec `gcloud storage buckets remove-iam-policy-binding`."
        }
      }
    },
    facets: ["publicAccess"]
  },
  check(resource) {
    const p = resource.facets.publicAccess;
    if (!p) return void 0;
    const data = { store: p.label };
    if (p.public === "yes") return { status: "fail", messageId: "public", data, evidence: p.evidence };
    if (p.public === "unknown") return { status: "unknown", messageId: "unverified", data, evidence: p.evidence, settle: p.settle ?? { messageId: "settlePublicAccess" } };
    return { status: "pass", messageId: "private", data, evidence: p.evidence };
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
  availability_default,
  public_storage_default
];

// src/live/identity.ts
function identityKey(id) {
  const google = /^(?:https:\/\/[a-z0-9.-]+\.googleapis\.com\/(?:[a-z]+\/)?v[0-9a-z]+\/|\/\/[a-z0-9.-]+\.googleapis\.com\/)(.*)$/i.exec(id);
  if (google) return google[1];
  if (id.startsWith("/subscriptions/") || id.startsWith("/providers/")) return id.toLowerCase();
  return id;
}

// providers/terraform/locate.ts
import path2 from "node:path";

// providers/terraform/source-index.ts
import { closeSync, readdirSync, realpathSync } from "node:fs";
import path from "node:path";

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text2, ignoreTrivia = false) {
  const len = text2.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact) {
      let ch = text2.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text2.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text2.length && text2.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
        pos++;
        while (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text2.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text2.length && (text2.charCodeAt(pos) === 69 || text2.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text2.length && text2.charCodeAt(pos) === 43 || text2.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
        pos++;
        while (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text2.substring(start, end);
  }
  function scanString() {
    let result = "", start = pos;
    while (true) {
      if (pos >= len) {
        result += text2.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text2.charCodeAt(pos);
      if (ch === 34) {
        result += text2.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result += text2.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text2.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result += '"';
            break;
          case 92:
            result += "\\";
            break;
          case 47:
            result += "/";
            break;
          case 98:
            result += "\b";
            break;
          case 102:
            result += "\f";
            break;
          case 110:
            result += "\n";
            break;
          case 114:
            result += "\r";
            break;
          case 116:
            result += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result += text2.substring(start, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code = text2.charCodeAt(pos);
    if (isWhiteSpace(code)) {
      do {
        pos++;
        value += String.fromCharCode(code);
        code = text2.charCodeAt(pos);
      } while (isWhiteSpace(code));
      return token = 15;
    }
    if (isLineBreak(code)) {
      pos++;
      value += String.fromCharCode(code);
      if (code === 13 && text2.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start = pos - 1;
        if (text2.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text2.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text2.substring(start, pos);
          return token = 12;
        }
        if (text2.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text2.charCodeAt(pos);
            if (ch === 42 && text2.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text2.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text2.substring(start, pos);
          return token = 13;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code);
        pos++;
        if (pos === len || !isDigit(text2.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code)) {
          pos++;
          code = text2.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text2.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code) {
    if (isWhiteSpace(code) || isLineBreak(code)) {
      return false;
    }
    switch (code) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result;
    do {
      result = scanNext();
    } while (result >= 12 && result <= 15);
    return result;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
(function(CharacterCodes2) {
  CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
  CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
  CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
  CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
  CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
  CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
  CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
  CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
  CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
  CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
  CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
  CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
  CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
  CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
  CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
  CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
  CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
  CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
  CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
  CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
  CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
  CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
  CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
  CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
  CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
  CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
  CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
  CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
  CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
  CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
  CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
  CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
  CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
  CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
  CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
  CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
  CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
  CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
  CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
  CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
  CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
  CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
  CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
  CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
  CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
  CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
  CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
  CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
  CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
  CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
  CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
  CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
  CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
  CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
  CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
  CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
  CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
  CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
  CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
  CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
  CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
  CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
  CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
  CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
  CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
  CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
  CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
  CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
  CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
  CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
  CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
  CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
  CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
  CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
  CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
  CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
  CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
  CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
  CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
  CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
})(CharacterCodes || (CharacterCodes = {}));

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces = new Array(20).fill(0).map((_, index) => {
  return " ".repeat(index);
});
var maxCachedValues = 200;
var cachedBreakLinesWithSpaces = {
  " ": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + " ".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + " ".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + " ".repeat(index);
    })
  },
  "	": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + "	".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + "	".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + "	".repeat(index);
    })
  }
};

// node_modules/jsonc-parser/lib/esm/impl/parser.js
var ParseOptions;
(function(ParseOptions2) {
  ParseOptions2.DEFAULT = {
    allowTrailingComma: false
  };
})(ParseOptions || (ParseOptions = {}));
function parseTree(text2, errors = [], options = ParseOptions.DEFAULT) {
  let currentParent = { type: "array", offset: -1, length: -1, children: [], parent: void 0 };
  function ensurePropertyComplete(endOffset) {
    if (currentParent.type === "property") {
      currentParent.length = endOffset - currentParent.offset;
      currentParent = currentParent.parent;
    }
  }
  function onValue(valueNode) {
    currentParent.children.push(valueNode);
    return valueNode;
  }
  const visitor = {
    onObjectBegin: (offset) => {
      currentParent = onValue({ type: "object", offset, length: -1, parent: currentParent, children: [] });
    },
    onObjectProperty: (name, offset, length) => {
      currentParent = onValue({ type: "property", offset, length: -1, parent: currentParent, children: [] });
      currentParent.children.push({ type: "string", value: name, offset, length, parent: currentParent });
    },
    onObjectEnd: (offset, length) => {
      ensurePropertyComplete(offset + length);
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onArrayBegin: (offset, length) => {
      currentParent = onValue({ type: "array", offset, length: -1, parent: currentParent, children: [] });
    },
    onArrayEnd: (offset, length) => {
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onLiteralValue: (value, offset, length) => {
      onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
      ensurePropertyComplete(offset + length);
    },
    onSeparator: (sep, offset, length) => {
      if (currentParent.type === "property") {
        if (sep === ":") {
          currentParent.colonOffset = offset;
        } else if (sep === ",") {
          ensurePropertyComplete(offset);
        }
      }
    },
    onError: (error, offset, length) => {
      errors.push({ error, offset, length });
    }
  };
  visit(text2, visitor, options);
  const result = currentParent.children[0];
  if (result) {
    delete result.parent;
  }
  return result;
}
function findNodeAtLocation(root, path5) {
  if (!root) {
    return void 0;
  }
  let node = root;
  for (let segment of path5) {
    if (typeof segment === "string") {
      if (node.type !== "object" || !Array.isArray(node.children)) {
        return void 0;
      }
      let found = false;
      for (const propertyNode of node.children) {
        if (Array.isArray(propertyNode.children) && propertyNode.children[0].value === segment && propertyNode.children.length === 2) {
          node = propertyNode.children[1];
          found = true;
          break;
        }
      }
      if (!found) {
        return void 0;
      }
    } else {
      const index = segment;
      if (node.type !== "array" || index < 0 || !Array.isArray(node.children) || index >= node.children.length) {
        return void 0;
      }
      node = node.children[index];
    }
  }
  return node;
}
function visit(text2, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text2, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error, skipUntilAfter = [], skipUntil = []) {
    onError(error);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}
function getNodeType(value) {
  switch (typeof value) {
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "string":
      return "string";
    case "object": {
      if (!value) {
        return "null";
      } else if (Array.isArray(value)) {
        return "array";
      }
      return "object";
    }
    default:
      return "null";
  }
}

// node_modules/jsonc-parser/lib/esm/main.js
var ScanError;
(function(ScanError2) {
  ScanError2[ScanError2["None"] = 0] = "None";
  ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
  ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
  ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
  ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
  ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
  ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
})(ScanError || (ScanError = {}));
var SyntaxKind;
(function(SyntaxKind2) {
  SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
  SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
  SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
  SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
  SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
  SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
  SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
  SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
  SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
  SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
  SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
  SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
  SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
  SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
  SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
  SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
  SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
})(SyntaxKind || (SyntaxKind = {}));
var parseTree2 = parseTree;
var findNodeAtLocation2 = findNodeAtLocation;
var ParseErrorCode;
(function(ParseErrorCode2) {
  ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
  ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
  ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
  ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
  ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
  ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
  ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
  ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
  ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
  ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
  ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
})(ParseErrorCode || (ParseErrorCode = {}));

// providers/terraform/hcl-blocks.ts
var MAX_NESTING = 256;
function scanHcl(src) {
  const blocks = [];
  const comments = [];
  const commentLines = [];
  let directive = -1;
  const comment = (start, end, text2) => {
    commentLines.push(line);
    if (directive < start) {
      directive = src.indexOf(WAIVER_DIRECTIVE, start);
      if (directive < 0) directive = src.length;
    }
    if (directive + WAIVER_DIRECTIVE.length <= end) comments.push({ line, text: text2() });
  };
  const root = { t: "code", depth: 0, interp: false };
  const stack = [root];
  let line = 1;
  let header = [];
  let headerOk = true;
  let open;
  const n = src.length;
  let i = 0;
  const atTop = () => stack.length === 1 && root.t === "code" && root.depth === 0;
  while (i < n) {
    const ctx = stack[stack.length - 1];
    const c = src[i];
    if (ctx.t === "heredoc") {
      const eol = src.indexOf("\n", i);
      const end = eol < 0 ? n : eol;
      if (src.slice(i, end).trim() === ctx.marker) stack.pop();
      if (eol < 0) break;
      line++;
      i = eol + 1;
      continue;
    }
    if (ctx.t === "string") {
      if (c === "\\") {
        i += 2;
        continue;
      }
      if (c === "\n") {
        stack.pop();
        continue;
      }
      if (c === '"') {
        stack.pop();
        if (atTop()) header.push(unquote(src.slice(ctx.start + 1, i)));
        i++;
        continue;
      }
      if ((c === "$" || c === "%") && src[i + 1] === c && src[i + 2] === "{") {
        i += 3;
        continue;
      }
      if ((c === "$" || c === "%") && src[i + 1] === "{" && stack.length < MAX_NESTING) {
        stack.push({ t: "code", depth: 0, interp: true });
        i += 2;
        continue;
      }
      i++;
      continue;
    }
    if (c === "\n") {
      line++;
      if (atTop()) {
        header = [];
        headerOk = true;
      }
      i++;
      continue;
    }
    if (c === "#" || c === "/" && src[i + 1] === "/") {
      const eol = src.indexOf("\n", i);
      const end = eol < 0 ? n : eol;
      comment(i, end, () => src.slice(i, src.charCodeAt(end - 1) === 13 ? end - 1 : end));
      i = end;
      continue;
    }
    if (c === "/" && src[i + 1] === "*") {
      const close = src.indexOf("*/", i + 2);
      const end = close < 0 ? n : close + 2;
      comment(i, end, () => src.slice(i, end));
      for (let k = i; k < end; k++) if (src.charCodeAt(k) === 10) line++;
      i = end;
      continue;
    }
    if (c === '"') {
      stack.push({ t: "string", start: i });
      i++;
      continue;
    }
    if (c === "<" && src[i + 1] === "<") {
      const m = /^<<-?([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?\n/.exec(src.slice(i, i + 200));
      if (m) {
        stack.push({ t: "heredoc", marker: m[1] });
        line++;
        i += m[0].length;
        continue;
      }
    }
    if (c === "{") {
      if (atTop() && headerOk && header.length > 0) open = { kind: header[0], labels: header.slice(1), startLine: line };
      ctx.depth++;
      i++;
      continue;
    }
    if (c === "}") {
      if (ctx.interp && ctx.depth === 0) {
        stack.pop();
        i++;
        continue;
      }
      if (ctx.depth > 0) ctx.depth--;
      if (atTop()) {
        if (open) blocks.push({ ...open, endLine: line });
        open = void 0;
        header = [];
      }
      i++;
      continue;
    }
    if (atTop()) {
      const m = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(src.slice(i, i + 256));
      if (m) {
        header.push(m[0]);
        i += m[0].length;
        continue;
      }
      if (c !== " " && c !== "	" && c !== "\r") headerOk = false;
    }
    i++;
  }
  return { blocks, comments, commentLines };
}
function unquote(body) {
  try {
    return JSON.parse(`"${body}"`);
  } catch {
    return body;
  }
}

// providers/terraform/source-index.ts
var SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git", ".terraform", "dist", ".venv", "__pycache__"]);
var SourceIndex = class {
  constructor(root) {
    this.root = root;
    this.realRoot = realpathOr(root);
  }
  root;
  dirs = /* @__PURE__ */ new Map();
  allDirs;
  /** The root with its symbolic links resolved: what "inside the source root" is checked against. */
  realRoot;
  /** What was passed over and why, relative to the root: reported with the scan's notes. */
  notes = [];
  reported = 0;
  /** The notes not reported yet: each input read reports what its own lookups found, once. */
  takeNotes() {
    const fresh = this.notes.slice(this.reported);
    this.reported = this.notes.length;
    return fresh;
  }
  noted = /* @__PURE__ */ new Set();
  dir(absDir) {
    let found = this.dirs.get(absDir);
    if (!found) {
      found = this.indexDir(absDir);
      this.dirs.set(absDir, found);
    }
    return found;
  }
  /** The comments of a file already indexed (through its directory). */
  commentsOf(file) {
    return this.dir(path.dirname(file)).files.find((f) => f.file === file) ?? { comments: [], commentLines: [] };
  }
  /** Whether `p`, once its symbolic links are resolved, is the source root or inside it (a path that does not exist is not). */
  contains(p) {
    let real;
    try {
      real = realpathSync(p);
    } catch {
      return false;
    }
    return isWithin(this.realRoot, real);
  }
  /** Whether `p` exists (a symbolic link that leads nowhere does not). */
  exists(p) {
    try {
      realpathSync(p);
      return true;
    } catch {
      return false;
    }
  }
  /** Every directory under the root holding `.tf` or `.tf.json` files (bounded walk, vendor folders skipped, symbolic links not followed). */
  terraformDirs(limit = LIMITS.sourceDirectories) {
    if (this.allDirs) return this.allDirs;
    const out = [];
    const queue = [this.root];
    while (queue.length && out.length < limit) {
      const dir = queue.shift();
      let entries;
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch {
        continue;
      }
      let hasTf = false;
      for (const e of entries) {
        if (e.isDirectory() && !SKIP_DIRS.has(e.name)) queue.push(path.join(dir, e.name));
        else if (e.isFile() && isTerraformFile(e.name)) hasTf = true;
        else if (e.isSymbolicLink() && !this.contains(path.join(dir, e.name))) this.note(path.join(dir, e.name), "a symbolic link to outside the source root, not followed");
      }
      if (hasTf) out.push(dir);
    }
    this.allDirs = out;
    return out;
  }
  note(file, why) {
    const message = `${path.relative(this.root, file).split(path.sep).join("/") || "."}: ${why}`;
    if (!this.noted.has(message)) {
      this.noted.add(message);
      this.notes.push(message);
    }
  }
  indexDir(dir) {
    const result = { dir, blocks: /* @__PURE__ */ new Map(), files: [], duplicates: /* @__PURE__ */ new Set() };
    let real;
    try {
      real = realpathSync(dir);
    } catch {
      return result;
    }
    if (!isWithin(this.realRoot, real)) {
      this.note(dir, "outside the source root (through a symbolic link), not read");
      return result;
    }
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return result;
    }
    const names = entries.filter((e) => isTerraformFile(e.name) && !ignoredByTerraform(e.name)).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const entry of names) {
      const file = path.join(dir, entry.name);
      if (entry.isSymbolicLink() && !this.contains(file)) {
        this.note(file, "a symbolic link to outside the source root, not followed");
        continue;
      }
      const text2 = this.read(file);
      if (text2 === void 0) continue;
      if (isOverride(entry.name)) continue;
      const add = (key, block) => {
        if (result.blocks.has(key)) result.duplicates.add(key);
        else result.blocks.set(key, block);
      };
      if (entry.name.endsWith(".tf.json")) indexJson(file, text2, add);
      else {
        const scan = scanHcl(text2);
        result.files.push({ file, comments: scan.comments, commentLines: scan.commentLines });
        for (const b of scan.blocks) {
          const key = blockKey(b.kind, b.labels);
          if (key) add(key, { file, startLine: b.startLine, endLine: b.endLine });
        }
      }
    }
    return result;
  }
  /** A source file's text; undefined, with a note, when it is not a regular file, too large, or (`.tf.json`) not readable JSON. */
  read(file) {
    let text2;
    try {
      const { fd, size } = openRegularFile(file);
      try {
        if (size > LIMITS.sourceFileBytes) {
          this.note(file, `${formatBytes(size)}, larger than the ${formatBytes(LIMITS.sourceFileBytes)} read of a source file, not read`);
          return void 0;
        }
        text2 = readFd(fd, size, file).toString("utf8");
      } finally {
        closeSync(fd);
      }
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      this.note(file, `not read: ${err.message.slice(file.length + 2)}`);
      return void 0;
    }
    if (file.endsWith(".tf.json")) {
      try {
        new JsonScanner(Buffer.from(text2), file).topLevelObject();
      } catch (err) {
        if (!(err instanceof UserError)) throw err;
        this.note(file, `not read: ${err.message.slice(file.length + 2)}`);
        return void 0;
      }
    }
    return text2;
  }
};
function isTerraformFile(name) {
  return name.endsWith(".tf") || name.endsWith(".tf.json");
}
function ignoredByTerraform(name) {
  return name.startsWith(".") || name.endsWith("~") || name.startsWith("#") && name.endsWith("#");
}
function isOverride(name) {
  const base = name.replace(/\.tf(\.json)?$/, "");
  return base === "override" || base.endsWith("_override");
}
function realpathOr(p) {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}
function isWithin(root, p) {
  const rel = path.relative(root, p);
  return rel === "" || !rel.startsWith("..") && !path.isAbsolute(rel);
}
function blockKey(kind, labels) {
  if ((kind === "resource" || kind === "data") && labels.length === 2) return `${kind}.${labels[0]}.${labels[1]}`;
  if (kind === "module" && labels.length === 1) return `module.${labels[0]}`;
  return void 0;
}
function indexJson(file, text2, add) {
  const tree = parseTree2(text2);
  if (!tree) return;
  const lineOf = lineCounter(text2);
  const declare = (key, node) => {
    if (!node) return;
    const start = node.parent?.type === "property" ? node.parent.offset : node.offset;
    add(key, { file, startLine: lineOf(start), endLine: lineOf(node.offset + node.length) });
  };
  for (const kind of ["resource", "data"]) {
    const byType = findNodeAtLocation2(tree, [kind]);
    for (const typeProp of byType?.children ?? []) {
      const type = typeProp.children?.[0]?.value;
      const body = typeProp.children?.[1];
      for (const nameProp of body?.children ?? []) {
        const name = nameProp.children?.[0]?.value;
        if (typeof type === "string" && typeof name === "string") declare(`${kind}.${type}.${name}`, nameProp.children?.[1]);
      }
    }
  }
  for (const modProp of findNodeAtLocation2(tree, ["module"])?.children ?? []) {
    const name = modProp.children?.[0]?.value;
    if (typeof name === "string") declare(`module.${name}`, modProp.children?.[1]);
  }
}
function lineCounter(text2) {
  const starts = [0];
  for (let i = text2.indexOf("\n"); i >= 0; i = text2.indexOf("\n", i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

// providers/terraform/locate.ts
var Locator = class {
  constructor(sources, config, root) {
    this.sources = sources;
    this.config = config;
    this.root = root;
  }
  sources;
  config;
  root;
  get rootModuleDir() {
    return this.root.dir;
  }
  /** Every instance of a block (count, for_each, module instances) is at the same place: found once. */
  found = /* @__PURE__ */ new Map();
  waivers = /* @__PURE__ */ new Map();
  moduleTrust = /* @__PURE__ */ new Map();
  locate(r) {
    const key = `${r.moduleConfigPath}|${r.localAddress}`;
    if (this.found.has(key)) return this.found.get(key);
    const block = this.block(r);
    const location = block ? { uri: this.uri(block.file), line: block.startLine } : void 0;
    this.found.set(key, location);
    return location;
  }
  block(r) {
    return this.declared(r).at(-1)?.block;
  }
  /** The blocks that bring the resource into being, outermost first. */
  declaringBlocks(r) {
    return this.declared(r).map((d) => d.block);
  }
  /**
   * Each module call on the resource's way (while module sources are local and inside the source
   * root), then its own resource block — or, for a remote module, that module's call, last.
   */
  declared(r) {
    if (!this.root.dir) return [];
    let dir = this.root.dir;
    let untrusted = this.root.untrusted;
    const found = [];
    const add = (key) => {
      const block = this.sources.dir(dir).blocks.get(key);
      if (block) found.push(untrusted ? { block, untrusted } : { block });
      return found;
    };
    const chain = this.config.callChain(r.moduleConfigPath);
    if (!chain) {
      const first = r.modules[0];
      return add(first ? `module.${first.name}` : `resource.${r.localAddress}`);
    }
    let modulePath = "";
    for (const call of chain) {
      const next = isLocalSource(call.source) ? path2.resolve(dir, call.source) : void 0;
      if (!next || !this.sources.contains(next)) {
        if (next && this.sources.exists(next)) this.sources.note(next, `the source of module "${call.name}" leads outside the source root, not followed: findings point at the module call`);
        return add(`module.${call.name}`);
      }
      add(`module.${call.name}`);
      modulePath = modulePath ? `${modulePath}.${call.name}` : call.name;
      dir = next;
      untrusted ??= this.trustModule(modulePath, dir);
    }
    return add(`resource.${r.localAddress}`);
  }
  /** Why the directory of the module at `modulePath` is not known to be it; undefined when it declares exactly the module's configuration. */
  trustModule(modulePath, dir) {
    const key = `${modulePath}|${dir}`;
    if (!this.moduleTrust.has(key)) {
      const mod = this.config.modules.get(modulePath);
      this.moduleTrust.set(key, mod && declaresExactly(this.sources.dir(dir), mod) ? void 0 : `${this.uri(dir) || "."} does not declare exactly what the plan's configuration says module.${modulePath.split(".").join(".module.")} declares`);
    }
    return this.moduleTrust.get(key);
  }
  /**
   * `# cldscan:ignore …` comments on or inside the resource's block and the module calls leading
   * to it, in the files that declare them. A waiver in a directory not known to be the plan's
   * configuration is not applied, and `problems` says why.
   */
  inlineWaivers(r, problems) {
    const key = `${r.moduleConfigPath}|${r.localAddress}`;
    const cached = this.waivers.get(key);
    if (cached) return cached;
    const out = [];
    this.waivers.set(key, out);
    for (const { block, untrusted } of this.declared(r)) {
      for (const comment of this.commentsOf(block)) {
        const where = `${this.uri(block.file)}:${comment.line}`;
        const parsed = parseInlineWaiver(comment.text, where);
        if (!parsed) continue;
        if ("problem" in parsed) problems(parsed.problem);
        else if (untrusted) problems(`${where}: inline waiver not applied: ${untrusted}`);
        else out.push(parsed.waiver);
      }
    }
    return out;
  }
  uri(file) {
    return path2.relative(this.sources.root, file).split(path2.sep).join("/");
  }
  /** Waiver comments of each file with their lines, and the lines of all its comments (both in order, as scanHcl gives them). */
  commentIndex = /* @__PURE__ */ new Map();
  /** Waiver comments inside a block, and in the run of comment lines directly above it. */
  commentsOf(block) {
    let index = this.commentIndex.get(block.file);
    if (!index) {
      const { comments, commentLines } = this.sources.commentsOf(block.file);
      index = { waiverLines: comments.map((c) => c.line), waivers: comments, allLines: commentLines };
      this.commentIndex.set(block.file, index);
    }
    const { waiverLines, waivers, allLines } = index;
    let top = block.startLine;
    for (let i = firstAtOrAfter(allLines, block.startLine); i > 0 && allLines[i - 1] >= top - 1; i--) top = allLines[i - 1];
    const out = [];
    for (let k = firstAtOrAfter(waiverLines, top); k < waiverLines.length && waiverLines[k] <= block.endLine; k++) out.push(waivers[k]);
    return out;
  }
};
function firstAtOrAfter(lines, line) {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (lines[mid] < line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function configuredKeys(mod) {
  const keys = /* @__PURE__ */ new Set();
  for (const r of mod.resources.values()) {
    if (r.mode === "managed") keys.add(`resource.${r.type}.${r.name}`);
    else if (r.mode === "data") keys.add(`data.${r.type}.${r.name}`);
  }
  for (const name of mod.calls.keys()) keys.add(`module.${name}`);
  return keys;
}
function declaresExactly(dir, mod) {
  if (dir.duplicates.size) return false;
  const expected = configuredKeys(mod);
  if (expected.size !== dir.blocks.size) return false;
  for (const key of dir.blocks.keys()) if (!expected.has(key)) return false;
  return true;
}
function* findRootModule(sources, config, resources, inputPath) {
  const wanted = /* @__PURE__ */ new Set();
  for (const r of resources) wanted.add(r.modules.length ? `module.${r.modules[0].name}` : `resource.${r.localAddress}`);
  if (wanted.size === 0) return { dir: void 0 };
  const rootConfig = config.modules.get("");
  const score = (dir) => {
    let n = 0;
    for (const key of wanted) if (dir.blocks.has(key)) n++;
    return n;
  };
  const preferred = [path2.dirname(path2.resolve(inputPath)), sources.root].filter((d, i, a) => a.indexOf(d) === i && isWithin(sources.root, d));
  const candidates = (function* () {
    yield* preferred;
    for (const dir of sources.terraformDirs()) if (!preferred.includes(dir)) yield dir;
  })();
  let best;
  const exact = [];
  for (const dir of candidates) {
    yield;
    const mod = sources.dir(dir);
    const s = score(mod);
    const isPreferred = preferred.includes(dir);
    if (s > 0 && (!best || s > best.score || !isPreferred && s === best.score && dir.length < best.dir.length)) best = { dir, score: s };
    if (rootConfig) {
      if (declaresExactly(mod, rootConfig)) exact.push(dir);
    } else if (s === wanted.size && (isPreferred || best?.dir === dir)) break;
  }
  const name = path2.basename(inputPath);
  if (!rootConfig) return { dir: best?.dir, untrusted: `${name} has no configuration section to tell which .tf files it was made from` };
  const uri = (d) => path2.relative(sources.root, d).split(path2.sep).join("/") || ".";
  if (exact.length === 1) return { dir: exact[0] };
  if (exact.length > 1) return { dir: exact[0], untrusted: `${exact.slice(0, 3).map(uri).join(", ")} all declare exactly the root module of ${name}: which one it was made from is unknown` };
  return { dir: best?.dir, untrusted: `no directory under the source root declares exactly the root module of ${name}` };
}

// providers/terraform/sensitive.ts
function collectSensitiveStrings(value, sensitive, out) {
  if (sensitive === true) {
    addAll(value, out);
    return;
  }
  if (sensitive === null || typeof sensitive !== "object" || value === null || typeof value !== "object") return;
  if (Array.isArray(sensitive)) {
    if (!Array.isArray(value)) return;
    for (let i = 0; i < sensitive.length && i < value.length; i++) collectSensitiveStrings(value[i], sensitive[i], out);
    return;
  }
  const tree = sensitive;
  for (const k of Object.keys(tree)) collectSensitiveStrings(value[k], tree[k], out);
}
var MIN_SECRET_LENGTH = 6;
function addAll(value, out) {
  if (typeof value === "string") {
    if (value.length >= MIN_SECRET_LENGTH) out.add(value);
  } else if (typeof value === "number" && String(value).length >= MIN_SECRET_LENGTH) {
    out.add(String(value));
  } else if (value !== null && typeof value === "object") {
    for (const v of Object.values(value)) addAll(v, out);
  }
}

// providers/terraform/provider-settings.ts
function providerSettings(config, variables) {
  const cache = /* @__PURE__ */ new Map();
  return (key, providerName) => {
    const cacheKey = `${key ?? ""}|${providerName}`;
    let found = cache.get(cacheKey);
    if (!found) {
      const short = providerName.split("/").pop() ?? providerName;
      found = evaluate(config.providerFor(key, short), variables);
      cache.set(cacheKey, found);
    }
    return found;
  };
}
function evaluate(p, variables) {
  const out = {};
  if (!p || !isObject(p.expressions)) return out;
  const rootLevel = !p.module_address;
  const region = expressionString(p.expressions.region, variables, rootLevel) ?? expressionString(p.expressions.zone, variables, rootLevel);
  if (region) out.region = region;
  const project = expressionString(p.expressions.project, variables, rootLevel);
  if (project) out.project = project;
  return out;
}
function expressionString(expr, variables, rootLevel) {
  if (!isObject(expr)) return void 0;
  if (typeof expr.constant_value === "string") return expr.constant_value;
  const refs = expr.references;
  if (rootLevel && Array.isArray(refs) && refs.length === 1 && typeof refs[0] === "string" && refs[0].startsWith("var.")) {
    const v = variables[refs[0].slice(4)];
    if (isObject(v) && typeof v.value === "string") return v.value;
  }
  return void 0;
}

// providers/terraform/plan-reader.ts
function looksLikePlan(members) {
  return members.has("format_version") && (members.has("planned_values") || members.has("resource_changes") || members.has("configuration") || members.has("values") || members.has("prior_state"));
}
function* readPlan(scanner, members, input) {
  const configSpan = members.get("configuration");
  const config = ConfigIndex.fromPlanConfiguration(configSpan ? scanner.parse(configSpan) : void 0);
  const variablesSpan = members.get("variables");
  const variables = variablesSpan ? scanner.parse(variablesSpan) : {};
  const secrets = /* @__PURE__ */ new Set();
  for (const name of config.sensitiveVariables) {
    collectSensitiveStrings(isObject(variables) ? variables[name]?.value : void 0, true, secrets);
  }
  const settings = providerSettings(config, isObject(variables) ? variables : {});
  const notifications = [];
  const resources = [];
  const add = (raw, values, unknownTree, sensitiveTree, absentIsUnknown, offset) => {
    const address = raw.address;
    if (typeof address !== "string" || raw.mode === "data") return;
    const parsed = parseAddress(address);
    if (!parsed || parsed.mode === "data") {
      if (!parsed) notifications.push({ level: "warning", message: `unrecognised resource address ${JSON.stringify(address)} skipped`, scope: input });
      return;
    }
    if (!isObject(values)) return;
    collectSensitiveStrings(values, sensitiveTree, secrets);
    const modulePath = moduleConfigPath(parsed.modules);
    const localAddress = `${parsed.type}.${parsed.name}`;
    const configResource = config.resource(modulePath, localAddress);
    const provider = settings(configResource?.provider_config_key, typeof raw.provider_name === "string" ? raw.provider_name : parsed.type.split("_")[0]);
    const r = {
      address,
      type: parsed.type,
      name: parsed.name,
      modules: parsed.modules,
      moduleInstance: moduleInstancePath(parsed.modules),
      moduleConfigPath: modulePath,
      localAddress,
      values,
      unknownTree,
      sensitiveTree,
      absentIsUnknown,
      input,
      inputOffset: offset,
      origin: "plan"
    };
    if (parsed.key !== void 0) r.key = parsed.key;
    if (configResource) r.config = configResource;
    if (provider.region) r.providerRegion = provider.region;
    if (provider.project) r.providerProject = provider.project;
    resources.push(r);
  };
  const changes = members.get("resource_changes");
  let fromChanges = 0;
  if (changes && !scanner.isNull(changes)) {
    for (const span of scanner.elements(changes)) {
      yield;
      const rc = scanner.parse(span, span.before);
      if (!isObject(rc) || !isObject(rc.change)) continue;
      const change = rc.change;
      const actions = Array.isArray(change.actions) ? change.actions : [];
      if (actions.length === 1 && actions[0] === "delete") continue;
      fromChanges++;
      add(rc, change.after, change.after_unknown ?? {}, change.after_sensitive ?? {}, change.after_unknown === void 0, span.start);
    }
  }
  if (fromChanges === 0) {
    const valuesSpan = members.get("planned_values") ?? members.get("values");
    if (valuesSpan && !scanner.isNull(valuesSpan)) {
      const pv = scanner.parse(valuesSpan);
      if (isObject(pv) && isObject(pv.root_module)) {
        walkModule(pv.root_module, (res) => add(res, res.values, {}, res.sensitive_values ?? {}, true, valuesSpan.start));
      }
    }
  }
  return { resources, config, secrets, notifications };
}
function walkModule(mod, each) {
  if (Array.isArray(mod.resources)) {
    for (const r of mod.resources) if (isObject(r)) each(r);
  }
  if (Array.isArray(mod.child_modules)) {
    for (const c of mod.child_modules) if (isObject(c)) walkModule(c, each);
  }
}

// providers/terraform/to-resources.ts
function terraformClouds(clouds) {
  const compiled = clouds.map((spec) => ({ spec, forType: compile(`${spec.cloud} plan`, spec.tables) }));
  return { cloudOf: memoize((type) => compiled.find((c) => c.spec.prefixes.some((p) => type.startsWith(p)))) };
}
function* toResources(clouds, tf, config, place, scope) {
  const links = new Links(tf, config);
  const regions = /* @__PURE__ */ new Map();
  const regionOf4 = (x) => {
    if (regions.has(x)) return regions.get(x);
    const region = clouds.cloudOf(x.type)?.spec.regionOf(x, links);
    regions.set(x, region);
    return region;
  };
  const ctx = { links, regionOf: regionOf4 };
  const out = [];
  for (const r of tf) {
    yield;
    const cloud = clouds.cloudOf(r.type);
    if (!cloud) continue;
    const facets = buildFacets(cloud.forType(r.type), r, ctx);
    const placed = place(r);
    const tags = stringMap(r.values.tags) ?? stringMap(r.values.labels);
    out.push({
      id: r.address,
      provider: cloud.spec.cloud,
      nativeType: r.type,
      region: regionOf4(r),
      source: { origin: r.origin, category: "terraform", input: r.input, ...scope !== void 0 ? { scope } : {}, ...placed },
      facets,
      ...tags ? { tags } : {}
    });
  }
  return out;
}
function stringMap(v) {
  if (v === null || typeof v !== "object" || Array.isArray(v)) return void 0;
  const record = v;
  let out;
  for (const k of Object.keys(record)) {
    const value = record[k];
    if (typeof value !== "string") continue;
    out ??= {};
    if (k === "__proto__") Object.defineProperty(out, k, { value, enumerable: true, writable: true, configurable: true });
    else out[k] = value;
  }
  return out;
}

// providers/terraform/tfjson-reader.ts
var TOP_LEVEL = /* @__PURE__ */ new Set(["terraform", "provider", "resource", "data", "module", "variable", "output", "locals", "//", "moved", "import", "check", "removed"]);
var META_ARGUMENTS = /* @__PURE__ */ new Set(["count", "for_each", "provider", "depends_on", "lifecycle", "provisioner", "connection", "//"]);
function looksLikeTerraformJson(members) {
  if (members.size === 0) return false;
  for (const k of members.keys()) if (!TOP_LEVEL.has(k)) return false;
  return members.has("resource") || members.has("module") || members.has("provider") || members.has("data");
}
function readTerraformJson(scanner, members, input) {
  const doc = Object.fromEntries([...members].map(([k, span]) => [k, scanner.parse(span)]));
  const notifications = [];
  const secrets = /* @__PURE__ */ new Set();
  const variables = isObject(doc.variable) ? doc.variable : {};
  for (const v of Object.values(variables)) {
    if (isObject(v) && v.sensitive === true) collectSensitiveStrings(v.default, true, secrets);
  }
  const varDefault = (name) => {
    const v = variables[name];
    return isObject(v) ? v.default : void 0;
  };
  const providerSettings2 = /* @__PURE__ */ new Map();
  if (isObject(doc.provider)) {
    for (const [name, blocksValue] of Object.entries(doc.provider)) {
      for (const block of Array.isArray(blocksValue) ? blocksValue : [blocksValue]) {
        if (!isObject(block)) continue;
        const key = typeof block.alias === "string" ? `${name}.${block.alias}` : name;
        const region = literal(block.region, varDefault) ?? literal(block.zone, varDefault);
        const project = literal(block.project, varDefault);
        providerSettings2.set(key, { ...region ? { region } : {}, ...project ? { project } : {} });
      }
    }
  }
  const resources = [];
  if (isObject(doc.resource)) {
    for (const [type, byName] of Object.entries(doc.resource)) {
      if (!isObject(byName)) continue;
      for (const [name, bodies] of Object.entries(byName)) {
        const body = Array.isArray(bodies) ? bodies[0] : bodies;
        if (!isObject(body)) continue;
        const { values, unknownTree, expressions } = convertBody(body);
        const providerRef = typeof body.provider === "string" ? body.provider.replace(/^\$\{(.*)\}$/, "$1") : type.split("_")[0];
        const settings = providerSettings2.get(providerRef) ?? providerSettings2.get(providerRef.split(".")[0]) ?? {};
        const config = { address: `${type}.${name}`, mode: "managed", type, name, provider_config_key: providerRef, expressions };
        const r = {
          address: `${type}.${name}`,
          type,
          name,
          modules: [],
          moduleInstance: "",
          moduleConfigPath: "",
          localAddress: `${type}.${name}`,
          values,
          unknownTree,
          sensitiveTree: {},
          absentIsUnknown: false,
          config,
          input,
          origin: "config"
        };
        if (settings.region) r.providerRegion = settings.region;
        if (settings.project) r.providerProject = settings.project;
        resources.push(r);
      }
    }
  }
  if (isObject(doc.module)) {
    for (const name of Object.keys(doc.module)) {
      notifications.push({
        level: "warning",
        message: `module "${name}" is not expanded when scanning a Terraform JSON configuration; scan a plan (terraform show -json) to check the resources it creates`,
        scope: input
      });
    }
  }
  return { resources, config: new ConfigIndex(), secrets, notifications };
}
function convertBody(body) {
  const out = { values: {}, unknownTree: {}, expressions: {} };
  for (const [k, v] of Object.entries(body)) {
    if (META_ARGUMENTS.has(k) || k === "__proto__") continue;
    const c = convertValue(v);
    if (c.unknown === true) out.unknownTree[k] = true;
    else {
      out.values[k] = c.value;
      if (c.unknown !== void 0) out.unknownTree[k] = c.unknown;
    }
    out.expressions[k] = c.expression;
  }
  return out;
}
function convertValue(v) {
  if (typeof v === "string" && v.includes("${")) return { value: void 0, unknown: true, expression: { references: referencesIn(v) } };
  if (Array.isArray(v)) {
    const parts = v.map(convertValue);
    const anyUnknown = parts.some((p) => p.unknown !== void 0);
    const isBlockList = v.length > 0 && v.every(isObject);
    return {
      value: parts.map((p) => p.value ?? null),
      ...anyUnknown ? { unknown: parts.map((p) => p.unknown ?? false) } : {},
      expression: isBlockList ? parts.map((p) => p.expression) : { constant_value: v, references: parts.flatMap((p) => refsOf(p.expression)) }
    };
  }
  if (isObject(v)) {
    const c = convertBody(v);
    return { value: c.values, ...Object.keys(c.unknownTree).length ? { unknown: c.unknownTree } : {}, expression: [c.expressions] };
  }
  return { value: v, expression: { constant_value: v } };
}
function refsOf(expression) {
  return isObject(expression) && Array.isArray(expression.references) ? expression.references : [];
}
function referencesIn(template) {
  const refs = /* @__PURE__ */ new Set();
  for (const m of template.matchAll(/\$\{([^}]*)\}/g)) {
    for (const t of m[1].matchAll(/\b((?:data\.)?[A-Za-z_][\w-]*\.[A-Za-z_][\w-]*(?:\[[^\]]*\])?)((?:\.[A-Za-z_][\w-]*)*)/g)) {
      const base = t[1];
      refs.add(base + (t[2] ?? ""));
      refs.add(base);
    }
  }
  return [...refs];
}
function literal(v, varDefault) {
  if (typeof v !== "string") return void 0;
  const m = /^\$\{var\.([A-Za-z_][\w-]*)\}$/.exec(v);
  if (m) {
    const d = varDefault(m[1]);
    return typeof d === "string" ? d : void 0;
  }
  return v.includes("${") ? void 0 : v;
}

// providers/terraform/index.ts
function terraformInputKinds(clouds) {
  const adapter = terraformClouds(clouds);
  return [
    {
      name: "terraform-plan",
      label: "Terraform plan (terraform show -json)",
      detect: (doc) => doc.members !== void 0 && looksLikePlan(doc.members),
      streams: true,
      read: async (doc, ctx) => finish(adapter, await runPausing(readPlan(doc.stream ?? doc.scanner, doc.members, doc.path)), doc, ctx)
    },
    {
      name: "terraform-json",
      label: "Terraform JSON configuration (*.tf.json, cdktf synth)",
      detect: (doc) => doc.members !== void 0 && !looksLikePlan(doc.members) && looksLikeTerraformJson(doc.members),
      read: (doc, ctx) => finish(adapter, readTerraformJson(doc.scanner, doc.members, doc.path), doc, ctx)
    }
  ];
}
var SOURCE_INDEX = /* @__PURE__ */ Symbol("terraform source index");
async function finish(clouds, read3, doc, ctx) {
  const sources = ctx.shared(SOURCE_INDEX, () => new SourceIndex(ctx.sourceRoot));
  const locator = new Locator(sources, read3.config, await runPausing(findRootModule(sources, read3.config, read3.resources, doc.path)));
  const inputUri = locator.uri(doc.path);
  const rootDir = locator.rootModuleDir;
  const scope = rootDir === void 0 ? inputUri : locator.uri(rootDir);
  const problems = /* @__PURE__ */ new Set();
  const resources = await runPausing(toResources(
    clouds,
    read3.resources,
    read3.config,
    (r) => {
      const location = locator.locate(r) ?? { uri: inputUri, line: r.inputOffset === void 0 ? 1 : (doc.stream ?? doc.scanner).lineAt(r.inputOffset) };
      const waivers = locator.inlineWaivers(r, (p) => problems.add(p));
      return waivers.length ? { location, waivers } : { location };
    },
    scope
  ));
  for (const message of problems) read3.notifications.push({ level: "warning", message, scope: doc.path });
  for (const message of sources.takeNotes()) read3.notifications.push({ level: "warning", message: `source tree: ${message}` });
  if (ctx.declared) recordDeclared(read3.resources, locator, ctx.declared);
  return { resources, notifications: read3.notifications, secrets: read3.secrets, categories: ["terraform"] };
}
function recordDeclared(resources, locator, declared) {
  for (const r of resources) {
    const location = locator.locate(r);
    if (!location) continue;
    for (const key of ["arn", "id", "self_link"]) {
      const v = r.values[key];
      if (typeof v === "string" && v.length > 3) declared.set(identityKey(v), location);
    }
  }
}

// providers/aws/offline.ts
import path3 from "node:path";
var CONTAINERS = ["configurationItems", "baseConfigurationItems", "Results"];
function looksLikeItem(v) {
  const d = decodeJsonText(v);
  return isRecord(d) && typeof d.resourceType === "string" && d.resourceType.startsWith("AWS::");
}
function firstValue(doc, spans) {
  const s = spans?.[0];
  if (!s) return void 0;
  try {
    return doc.scanner.parse(s);
  } catch {
    return void 0;
  }
}
function isArrayAt(doc, span) {
  return span !== void 0 && doc.scanner.buf[span.start] === 91;
}
function recordSpans(doc) {
  if (doc.members) {
    const m = doc.members;
    for (const key of CONTAINERS) {
      const span = m.get(key);
      if (!isArrayAt(doc, span)) continue;
      const spans2 = [];
      doc.scanner.arrayElements(span, (s) => spans2.push(s));
      const known = key === "configurationItems" ? m.has("fileVersion") || m.has("configSnapshotId") || m.has("nextToken") || m.has("requestId") : key === "Results" ? m.has("QueryInfo") : true;
      if (known || looksLikeItem(firstValue(doc, spans2))) return spans2;
    }
    const rt = m.get("resourceType");
    if (rt && (m.has("configuration") || m.has("supplementaryConfiguration") || m.has("configurationItemCaptureTime")) && looksLikeItem({ resourceType: doc.scanner.parse(rt) })) {
      return [{ start: 0, end: doc.scanner.buf.length }];
    }
    return void 0;
  }
  const spans = doc.elements ?? doc.lines;
  return spans && spans.length > 0 && looksLikeItem(firstValue(doc, spans)) ? spans : void 0;
}
function detect(doc) {
  try {
    return recordSpans(doc) !== void 0;
  } catch {
    return false;
  }
}
function accountFor(item) {
  return accountOf(item) ?? arnAccount(text(conf(item, "arn"))) ?? "unknown-account";
}
var OFFLINE = "an inventory file carries no IAM credential report, Config rule results or trail status";
async function read(doc, ctx) {
  const spans = recordSpans(doc) ?? [];
  const ticker = new Ticker();
  const notifications = [];
  const uri = path3.relative(ctx.sourceRoot, path3.resolve(doc.path)).split(path3.sep).join("/");
  const latest = /* @__PURE__ */ new Map();
  let skipped = 0;
  for (const span of spans) {
    if (ticker.due()) await ticker.turn();
    const line = doc.scanner.lineAt(span.start);
    let value;
    try {
      value = doc.scanner.parse(span);
    } catch (err) {
      notifications.push({ level: "error", message: `configuration item at line ${line} is not valid JSON: ${err.message.replace(/^.*?: /, "")}`, scope: doc.path });
      continue;
    }
    const item = normaliseItem(value);
    if (typeof item === "string") {
      notifications.push({ level: "error", message: `record at line ${line} is not a usable configuration item (${item}); it was not judged`, scope: doc.path });
      continue;
    }
    const id = canonicalId(item);
    const prev = latest.get(id);
    if (prev && (prev.item.capturedAt ?? 0) > (item.capturedAt ?? 0)) continue;
    latest.set(id, { item, line });
  }
  const accounts = /* @__PURE__ */ new Map();
  const lookups = new Lookups();
  const live = [];
  const groups = /* @__PURE__ */ new Map();
  const accountRecords = [];
  for (const { item, line } of latest.values()) {
    if (isDeleted(item)) {
      skipped++;
      continue;
    }
    const account = accountFor(item);
    let facts = accounts.get(account);
    if (!facts) {
      accounts.set(account, facts = new AccountFacts(account));
      facts.credentialState = { read: false, why: OFFLINE };
      facts.rulesState = { read: false, why: OFFLINE };
      facts.trailState = { read: false, why: OFFLINE };
      facts.passwordPolicyState = { read: false, why: OFFLINE };
    }
    if (item.resourceType === ACCOUNT_TYPE) {
      if (restoreFacts(facts, item.configuration)) accountRecords.push({ item, line, account });
      continue;
    }
    if (absorb(item, facts) === "group") groups.set(account, [...groups.get(account) ?? [], item]);
    absorbLookup(item, lookups);
    live.push({ item, line, account });
  }
  for (const [account, list] of groups) absorbGroups(list, accounts.get(account), lookups);
  lookups.bucketState = { read: false, why: "the bucket is not in this file" };
  const resources = [];
  for (const { item, line, account } of live) {
    if (ticker.due()) await ticker.turn();
    const facts = accounts.get(account);
    const facets = facetsOf({ item, facts, lookups });
    if (Object.keys(facets).length === 0 && !tagsOf(item)) continue;
    const r = toResource(item, facets, { account, input: doc.path });
    r.source.location = { uri, line };
    resources.push(r);
  }
  for (const { item, line, account } of accountRecords) {
    const partition = /^arn:([^:]+):/.exec(item.arn ?? "")?.[1] ?? "aws";
    const { resource, derived } = accountItem(accounts.get(account), partition, { origin: "live", category: `aws/${account}`, input: doc.path, scope: account });
    for (const r of [resource, ...derived]) {
      r.source.location = { uri, line };
      resources.push(r);
    }
  }
  if (skipped) notifications.push({ level: "note", message: `${skipped} deleted resource(s) left out`, scope: doc.path });
  return { resources, notifications, secrets: /* @__PURE__ */ new Set(), categories: [...accounts.keys()].map((a) => `aws/${a}`) };
}
var AWS_CONFIG_INVENTORY = {
  name: "aws-config",
  label: "AWS Config inventory (snapshot or history file, API response, configuration items as a JSON array or JSON lines)",
  detect,
  read
};
var AWS_CONFIG_EVALUATIONS = {
  name: "aws-config-evaluations",
  label: "AWS Config rule evaluation results (GetComplianceDetailsByConfigRule)",
  detect: (doc) => {
    const span = doc.members?.get("EvaluationResults");
    if (!isArrayAt(doc, span)) return false;
    const spans = [];
    doc.scanner.arrayElements(span, (s) => spans.push(s));
    const first = firstValue(doc, spans);
    return spans.length === 0 || isRecord(first) && "EvaluationResultIdentifier" in first;
  },
  read: (doc) => {
    const span = doc.members.get("EvaluationResults");
    let n = 0;
    doc.scanner.arrayElements(span, () => n++);
    return {
      resources: [],
      notifications: [{ level: "note", message: `${n} Config rule evaluation(s): rule results are read by live scans (--aws), not from files; no resource is judged from this file`, scope: doc.path }],
      secrets: /* @__PURE__ */ new Set(),
      categories: []
    };
  }
};

// providers/aws/index.ts
var AWS_INPUT_KINDS = [AWS_CONFIG_INVENTORY, AWS_CONFIG_EVALUATIONS];

// providers/azure/index.ts
var AZURE_INPUT_KINDS = [AZURE_RESOURCE_GRAPH, AZURE_ARM];

// providers/gcp/offline.ts
import path4 from "node:path";
var PAGE_KEYS = ["assets", "results"];
function membersAt(scanner, span) {
  if (scanner.buf[span.start] !== 123) return void 0;
  return scanner.objectMembers(span.start).members;
}
function isRecord2(m) {
  if (!m) return false;
  if (m.has("name") && (m.has("asset_type") || m.has("assetType"))) return true;
  if (m.has("asset") && ["window", "deleted", "prior_asset", "priorAsset", "prior_asset_state", "priorAssetState"].some((k) => m.has(k))) return true;
  return m.has("resource") && m.has("policy") && ["project", "assetType", "folders", "organization"].some((k) => m.has(k));
}
function firstElement(scanner, span) {
  const { buf } = scanner;
  if (buf[span.start] !== 91) return void 0;
  let pos = span.start + 1;
  while (pos < span.end && isSpace(buf[pos])) pos++;
  if (buf[pos] === 93) return null;
  return { start: pos, end: span.end };
}
function pageArray(scanner, members) {
  const body = members.get("body");
  const m = body ? membersAt(scanner, body) ?? members : members;
  for (const key of PAGE_KEYS) {
    const arr = m.get(key);
    if (!arr) continue;
    const first = firstElement(scanner, arr);
    if (first === null) return ["readTime", "nextPageToken"].some((k) => m.has(k)) ? arr : void 0;
    if (first && isRecord2(membersAt(scanner, first))) return arr;
  }
  return void 0;
}
function recordSpans2(doc, enumerate = true) {
  const { scanner } = doc;
  if (doc.lines) return doc.lines.length > 0 && isRecord2(membersAt(scanner, doc.lines[0])) ? doc.lines : void 0;
  if (doc.elements) return doc.elements.length > 0 && isRecord2(membersAt(scanner, doc.elements[0])) ? doc.elements : void 0;
  if (!doc.members) return void 0;
  if (isRecord2(doc.members)) {
    let start = 0;
    while (start < scanner.buf.length && isSpace(scanner.buf[start])) start++;
    return [{ start, end: scanner.buf.length }];
  }
  const arr = pageArray(scanner, doc.members);
  if (!arr) return void 0;
  const spans = [];
  if (!enumerate) return spans;
  scanner.arrayElements(arr, (s) => spans.push(s));
  return spans;
}
function peek(scanner, span) {
  const m = membersAt(scanner, span);
  const value = (key) => {
    const s = m?.get(key);
    return s ? scanner.parse(s) : void 0;
  };
  const type = value("asset_type") ?? value("assetType");
  const name = value("name");
  const project = value("project");
  const ancestors = value("ancestors") ?? (typeof project === "string" ? [project] : void 0);
  return {
    ...typeof type === "string" ? { type } : {},
    ...typeof name === "string" ? { name } : {},
    ...Array.isArray(ancestors) ? { ancestors: ancestors.filter((x) => typeof x === "string") } : {}
  };
}
function read2(doc, ctx) {
  const spans = recordSpans2(doc);
  const { scanner } = doc;
  const context = new InventoryContext();
  for (const span of spans) {
    const { type, name, ancestors } = peek(scanner, span);
    if (name) context.learnName(name, ancestors);
    if (type !== void 0 && !CONTEXT_TYPES.has(type)) continue;
    const asset = normaliseRecord(scanner.parse(span));
    if (asset && CONTEXT_TYPES.has(asset.assetType)) context.learn(asset);
  }
  const uri = path4.relative(ctx.sourceRoot, path4.resolve(doc.path)).split(path4.sep).join("/");
  const resources = [];
  const categories = /* @__PURE__ */ new Set();
  let skipped = 0;
  for (const span of spans) {
    const asset = normaliseRecord(scanner.parse(span));
    if (!asset) {
      skipped++;
      continue;
    }
    const r = toResource2(asset, context, { input: doc.path, location: { uri, line: scanner.lineAt(span.start) } });
    categories.add(r.source.category);
    resources.push(r);
  }
  const notifications = [];
  if (skipped) notifications.push({ level: "note", message: `${skipped} record(s) are not assets (deleted assets of an asset history, or other records) and were skipped`, scope: doc.path });
  return { resources, notifications, secrets: /* @__PURE__ */ new Set(), categories: [...categories].sort() };
}
var GCP_ASSET_INVENTORY = {
  name: "gcp-asset-inventory",
  label: "Cloud Asset Inventory (gcloud asset export / list / search, REST responses)",
  detect: (doc) => recordSpans2(doc, false) !== void 0,
  read: read2
};

// providers/gcp/index.ts
var GCP_INPUT_KINDS = [GCP_ASSET_INVENTORY];

// providers/aws/plan/terraform.ts
var AWS_TERRAFORM = { cloud: "aws", prefixes: ["aws_"], regionOf, tables: AWS_REGISTRY.plan };

// providers/azure/plan/terraform.ts
var AZURE_TERRAFORM = { cloud: "azure", prefixes: ["azurerm_", "azuread_", "azapi_"], regionOf: regionOf2, tables: AZURE_REGISTRY.plan };

// providers/gcp/plan/terraform.ts
var GCP_TERRAFORM = { cloud: "gcp", prefixes: ["google_"], regionOf: regionOf3, tables: GCP_REGISTRY.plan };

// src/cli/composition-root.ts
var REGISTRIES = [AWS_REGISTRY, AZURE_REGISTRY, GCP_REGISTRY];
var INPUT_KINDS = [...terraformInputKinds([AWS_TERRAFORM, AZURE_TERRAFORM, GCP_TERRAFORM]), ...AWS_INPUT_KINDS, ...AZURE_INPUT_KINDS, ...GCP_INPUT_KINDS];
var BUILTIN_POLICIES2 = BUILTIN_POLICIES;
var LIVE_CLOUDS = {
  aws: async (options) => (await import("./live-SBI7FJLV.mjs")).createAwsSource(options),
  azure: async (options) => (await import("./live-OYQ346F3.mjs")).createAzureSource(options),
  gcp: async (options) => (await import("./live-F5HNBY6R.mjs")).createGcpSource(options)
};

export {
  identityKey,
  REGISTRIES,
  INPUT_KINDS,
  BUILTIN_POLICIES2 as BUILTIN_POLICIES,
  LIVE_CLOUDS
};
