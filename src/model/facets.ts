/**
 * Facets: what the rules need to know about a resource, computed by the adapter that knows the
 * cloud and the input format, read by policies that know the rule. A policy never looks at raw
 * attributes, so one policy judges a Terraform resource and its live twin alike.
 *
 * Every fact is three-valued: plans have values known only after apply and inventories miss
 * fields. `unknown` is never read as compliant.
 */

export type Truth = 'yes' | 'no' | 'unknown';

/** Three-valued OR: any `yes` wins, then any `unknown`; `no` for none. */
export function anyOf(truths: readonly Truth[]): Truth {
  if (truths.includes('yes')) return 'yes';
  if (truths.includes('unknown')) return 'unknown';
  return 'no';
}

/** Three-valued AND: any `no` wins, then any `unknown`; `yes` for none. */
export function allOf(truths: readonly Truth[]): Truth {
  if (truths.includes('no')) return 'no';
  if (truths.includes('unknown')) return 'unknown';
  return 'yes';
}

/**
 * Where a fact came from: an attribute path in the input (`server_side_encryption_configuration[0]…`,
 * `configuration.storageEncrypted`) or another resource that contributed it. `value` is only set for
 * values that are safe to print (booleans, numbers, regions, CIDRs, ports, enum-like strings);
 * adapters never put free text or anything marked sensitive here.
 */
export interface Evidence {
  path: string;
  value?: string | number | boolean | null;
  /** Address or id of another resource the fact came from (a separate encryption configuration…). */
  from?: string;
  note?: string;
}

/** Data at rest. */
export interface StorageFacet {
  /** Human label of the store: "S3 bucket", "EBS volume", "Cloud SQL instance". */
  service: string;
  encrypted: Truth;
  /** Who manages the key: the cloud provider, the customer (KMS/Key Vault/Cloud KMS key), or unknown. */
  key: 'provider' | 'customer' | 'unknown' | 'none';
  evidence: Evidence[];
  /** For unknown results: what would settle it. */
  settle?: string;
}

export type LocationRole = 'primary' | 'replica' | 'backup' | 'secondary';

export interface DataLocation {
  /** Region or location as the cloud names it (eu-west-3, francecentral, EUROPE-WEST9, EU, EUR4). Undefined: not known. */
  region: string | undefined;
  role: LocationRole;
  evidence: Evidence;
}

/** Every place a copy of the data lives: primary region, replicas, backups, paired regions. */
export interface DataLocationFacet {
  locations: DataLocation[];
}

export interface PortRange {
  from: number;
  to: number;
}

export interface IngressRule {
  action: 'allow' | 'deny';
  /** Lower number wins (NACL rule number, NSG/firewall priority). Undefined for allow-only sets. */
  priority?: number;
  /** tcp, udp, icmp, all, or a protocol number as a string. */
  protocol: string;
  ports: PortRange[] | 'all' | 'unknown';
  /** CIDRs, or provider tags such as `Internet`, `*`, `Any`. 'unknown' when not known at plan time. */
  sources: string[] | 'unknown';
  evidence: Evidence;
}

/** Inbound network rules that a resource carries. */
export interface IngressFacet {
  /** 'union': any allow opens (security groups). 'priority': first matching rule by priority decides (NACL, NSG, GCP firewall). */
  evaluation: 'union' | 'priority';
  rules: IngressRule[];
  /** False when some rules are not visible (managed elsewhere, unknown at plan time). */
  complete: boolean;
  /** Whether the rule set is enabled at all (a disabled GCP firewall rule opens nothing). */
  enabled?: Truth;
  /**
   * A stateless filter (AWS network ACL): replies to outbound connections come back on ephemeral
   * ports, so an allow of the ephemeral range (1024 and up to 65535) lets return traffic in rather
   * than opening a service; the stateful rules in front of the instances decide what listens.
   */
  stateless?: boolean;
}

/** A management or data-plane endpoint that must not be open to public networks. */
export interface AdminEndpointFacet {
  kind: 'kubernetes-api' | 'database' | 'management';
  label: string;
  /** Reachable from public networks at all (public endpoint / public IP / public network access). */
  publicAccess: Truth;
  /** When public: the networks allowed. 'any' when unrestricted. */
  allowedNetworks: string[] | 'any' | 'unknown';
  /**
   * Public access gives the endpoint an address on the internet rather than a firewall in front of
   * a shared endpoint (AWS `PubliclyAccessible` on RDS, Redshift, DMS): CIS AWS 2.3.3, Security Hub
   * RDS.2 / Redshift.1 / DMS.1 and Checkov CKV_AWS_17 fail it whatever the security groups admit,
   * which one edit can open. The allowed networks are then evidence, not the verdict.
   */
  publicAddress?: boolean;
  evidence: Evidence[];
  settle?: string;
}

/** An identity, or a grant to one, that the administrator-MFA rule looks at. */
export interface IdentityFacet {
  principalKind: 'user' | 'group' | 'role' | 'service-account' | 'grant';
  /** Principal as the cloud names it (user name, role name, `user:alice@example.com`). Never a secret. */
  principal?: string;
  admin: Truth;
  /** Whether people (not workloads) use it interactively: console password, assumable by people. */
  humanAccess: Truth;
  mfa: 'enforced' | 'absent' | 'unknown' | 'not-applicable';
  /**
   * A definite breach independent of MFA state: a basic owner/editor role granted to an individual
   * user, an administrative role granted to everyone, a privileged principal excluded from the
   * conditional-access policy that requires MFA.
   */
  violation?: 'basic-role-to-user' | 'admin-to-public' | 'excluded-from-mfa-policy';
  evidence: Evidence[];
  settle?: string;
}

/** Somewhere logs are kept, with how long. */
export interface LogStoreFacet {
  kind: 'log-group' | 'log-workspace' | 'log-bucket' | 'trail-bucket' | 'diagnostic-setting';
  label: string;
  retentionDays: number | 'forever' | 'unknown';
  evidence: Evidence[];
  settle?: string;
}

/** An audit trail (CloudTrail, activity-log export, audit config). */
export interface AuditTrailFacet {
  label: string;
  multiRegion: Truth;
  integrityValidation: Truth;
  /** All services / management events covered. */
  coversAllServices: Truth;
  evidence: Evidence[];
  /**
   * Set on the account (subscription, project): whether a trail covering `where` exists at all;
   * the trail's own settings are then judged on the trail, not here.
   */
  present?: Truth;
  where?: string;
  /** For unknowns: what would settle them. */
  settle?: string;
}

/** Backups of a data store: automated backups or snapshots, how long they are kept, whether a backup plan covers it. */
export interface BackupFacet {
  service: string;
  /** Automated backups, snapshots or point-in-time recovery are on. */
  enabled: Truth;
  /** How long backups are kept; undefined when the store has no such setting. */
  retentionDays?: number | 'unknown';
  /** What keeps the copies: `versioning` for object stores (previous versions or soft-deleted objects kept), else backups or snapshots. */
  via?: 'versioning';
  evidence: Evidence[];
  settle?: string;
}

/** A place backups are kept (AWS Backup vault, Recovery Services vault, GCP backup vault): protected against deletion and encrypted. */
export interface BackupVaultFacet {
  label: string;
  /** Vault lock, immutability or soft delete: backups cannot be deleted early, even by an administrator. */
  immutable: Truth;
  encrypted: Truth;
  evidence: Evidence[];
  settle?: string;
}

/** An endpoint data travels through: a listener, a distribution, a storage or database endpoint. */
export interface TransitFacet {
  label: string;
  /** Only encrypted connections are accepted (HTTPS only, TLS required, plain HTTP redirected). */
  encryptedOnly: Truth;
  /** The lowest TLS version accepted (`1.0`, `1.1`, `1.2`, `1.3`), when the endpoint sets one. */
  minTls?: string | 'unknown';
  /** A TLS policy that allows weak cipher suites: RC4, 3DES, DES, NULL, export or anonymous suites (ANSSI). */
  weakCiphers?: Truth;
  evidence: Evidence[];
  settle?: string;
}

/** A cryptographic key: rotated automatically, within a year. */
export interface KeyFacet {
  label: string;
  /** Only customer-managed symmetric keys can rotate; others say not-applicable. */
  rotation: Truth | 'not-applicable';
  rotationDays?: number | 'unknown';
  evidence: Evidence[];
}

/** A secrets store (Key Vault): protected against deletion. */
export interface SecretStoreFacet {
  label: string;
  softDelete: Truth;
  purgeProtection: Truth;
  evidence: Evidence[];
}

/**
 * Attributes that look like they carry a secret in clear (a password in user data, a key in an
 * environment variable or app setting). Only where it is found: the value itself never travels.
 */
export interface PlaintextSecretFacet {
  /** Attribute paths (and variable names) where a secret-looking value sits. */
  found: Array<{ path: string; why: string }>;
  /** Values unknown at plan time that could hold a secret: their paths. */
  unknownPaths: string[];
}

/** Protection of audit logs: integrity validation, encryption, immutable or restricted storage. */
export interface LogProtectionFacet {
  label: string;
  integrityValidation?: Truth;
  encrypted: Truth;
  /** Object lock, immutability policy, locked log bucket. */
  immutable: Truth;
  evidence: Evidence[];
  settle?: string;
}

/** A threat-detection service (GuardDuty, Defender for Cloud, Security Command Center) and its malware protection. */
export interface DetectionFacet {
  service: string;
  enabled: Truth;
  /** Malware protection where the service offers it. */
  malwareProtection?: Truth;
  evidence: Evidence[];
  /**
   * Set on the account (subscription, project) for a control it must have: where it must be on (a
   * region, `every region`, `the subscription`). `enabled` is then no when the control is missing
   * from an inventory that shows it would be there, unknown when the inventory cannot tell.
   */
  where?: string;
  /** For unknowns: what would settle them. */
  settle?: string;
}

/** A network that should record its traffic (VPC / NSG / subnet flow logs). */
export interface FlowLogFacet {
  label: string;
  enabled: Truth;
  evidence: Evidence[];
  settle?: string;
}

/** Vulnerability scanning of images or instances (ECR scan on push / enhanced scanning, Inspector, Defender, Artifact Analysis). */
export interface VulnerabilityScanFacet {
  label: string;
  enabled: Truth;
  evidence: Evidence[];
  settle?: string;
}

/** An account password policy (CL-15: at least 8 characters, 3 character classes, 5 previous refused, changed every 90 days at most). */
export interface PasswordPolicyFacet {
  minLength: number | 'unknown' | undefined;
  /** How many of lower case, upper case, digits, symbols are required. */
  characterClasses: number | 'unknown';
  reusePrevention: number | 'unknown' | undefined;
  maxAgeDays: number | 'unknown' | undefined;
  evidence: Evidence[];
}

/** Long-lived credentials: access keys of the root account or of users, user-managed service account keys, unused ones. */
export interface CredentialFacet {
  label: string;
  /** The account's root/owner holds access keys. */
  rootAccessKeys?: Truth;
  /** A user-managed long-lived key (service account key, IAM access key). */
  longLivedKey?: Truth;
  /** Days since last use, when known. */
  unusedDays?: number | 'unknown';
  evidence: Evidence[];
  settle?: string;
}

/** A default network (AWS default VPC, GCP `default` network) in use. */
export interface DefaultNetworkFacet {
  label: string;
  isDefault: Truth;
  evidence: Evidence[];
}

/** Zones a service runs across, for availability. */
export interface AvailabilityFacet {
  label: string;
  multiZone: Truth;
  evidence: Evidence[];
  settle?: string;
}

/**
 * A data store anyone may read or write: a bucket, a storage account's containers, open to anonymous
 * users (or to any authenticated user of the cloud) by an ACL, a policy or an access level, and not
 * held back by the cloud's public-access guard (S3 Block Public Access, `allowBlobPublicAccess`,
 * GCS public access prevention).
 */
export interface PublicAccessFacet {
  label: string;
  public: Truth;
  evidence: Evidence[];
  settle?: string;
}

export interface Facets {
  storage?: StorageFacet;
  dataLocations?: DataLocationFacet;
  ingress?: IngressFacet;
  adminEndpoint?: AdminEndpointFacet;
  identity?: IdentityFacet;
  logStore?: LogStoreFacet;
  auditTrail?: AuditTrailFacet;
  backup?: BackupFacet;
  backupVault?: BackupVaultFacet;
  transit?: TransitFacet;
  key?: KeyFacet;
  secretStore?: SecretStoreFacet;
  plaintextSecrets?: PlaintextSecretFacet;
  logProtection?: LogProtectionFacet;
  detection?: DetectionFacet;
  flowLog?: FlowLogFacet;
  vulnerabilityScan?: VulnerabilityScanFacet;
  passwordPolicy?: PasswordPolicyFacet;
  credential?: CredentialFacet;
  defaultNetwork?: DefaultNetworkFacet;
  availability?: AvailabilityFacet;
  environmentMix?: EnvironmentMixFacet;
  publicAccess?: PublicAccessFacet;
}

/** Computed by the scanner for each scope (plan, account, subscription, project): which environments its resources belong to. */
export interface EnvironmentMixFacet {
  scope: string;
  tagKeys: string[];
  production: number;
  nonProduction: number;
  examples: { production: string[]; nonProduction: string[] };
}

export type FacetName = keyof Facets;

/** Sets a facet when its builder found one: builders return undefined for what they do not apply to. */
export function setFacet<K extends keyof Facets>(facets: Facets, name: K, value: Facets[K] | undefined): void {
  if (value !== undefined) facets[name] = value;
}
