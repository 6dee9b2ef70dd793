/**
 * The GCP facet registry: how each facet of each resource type is read from a Terraform plan
 * (google, google-beta) and from Cloud Asset Inventory records (live, or `gcloud asset` exports).
 * Adapters compute facets from here only; the coverage table is derived from it.
 */
import type { CloudRegistry } from '../../src/registry/cloud-registry.js';
import type { Builder, BuilderTable } from '../../src/registry/builder-table.js';
import type { PlanArgs } from '../terraform/builder-types.js';
import { PLAN_TABLES } from './plan/index.js';
import type { CaiAsset } from './asset.js';
import { BUCKET, DATASET, FOLDER, LOG_BUCKET, ORGANIZATION, PROJECT, type InventoryContext } from './context.js';
import { publicAccessFacet } from './public-access.js';
import { STORES, storageFacet } from './storage.js';
import { DATA_TYPES, dataLocationsFacet } from './locations.js';
import { adminEndpointFacet, ingressFacet } from './network.js';
import { HIERARCHY, auditTrailFacet, identityFacet } from './iam.js';
import { projectAuditTrail } from './audit-export.js';
import { logStoreFacet } from './logging.js';
import { AVAILABILITY_LABELS, DISK_TYPES, SQL, availabilityFacet, backupFacet, backupVaultFacet } from './backups.js';
import { HTTP_PROXIES, TLS_PROXIES, transitFacet } from './transit.js';
import { credentialFacet, keyFacet } from './keys.js';
import { SECRET_TYPES, plaintextSecretsFacet } from './secrets.js';
import { logProtectionFacet } from './log-protection.js';
import { defaultNetworkFacet, flowLogFacet, securityCommandCenterFacet, vulnerabilityScanFacet } from './detection.js';

/** What a live-side builder is given: the asset record, and what the inventory read around it (SSL policies, URL maps, sinks, audit configs). */
export type LiveArgs = readonly [a: CaiAsset, ctx: InventoryContext];

/** The same builder for several asset types. */
function each<F>(types: Iterable<string>, builder: Builder<LiveArgs, F>): Record<string, Builder<LiveArgs, F>> {
  return Object.fromEntries([...types].map((t) => [t, builder]));
}

const LIVE_TABLES: readonly BuilderTable<LiveArgs>[] = [
  { storage: each(Object.keys(STORES), storageFacet) },
  { dataLocations: each(DATA_TYPES, dataLocationsFacet) },
  { ingress: each(['compute.googleapis.com/Firewall'], ingressFacet), adminEndpoint: each(['container.googleapis.com/Cluster', SQL], adminEndpointFacet) },
  { identity: each(HIERARCHY, identityFacet), auditTrail: { ...each([FOLDER, ORGANIZATION], auditTrailFacet), ...each([PROJECT], projectAuditTrail) }, detection: each([PROJECT], securityCommandCenterFacet) },
  { logStore: each([LOG_BUCKET, BUCKET, DATASET], logStoreFacet), logProtection: each([LOG_BUCKET, BUCKET], logProtectionFacet) },
  { backup: each([SQL, ...DISK_TYPES, BUCKET], backupFacet), backupVault: each(['backupdr.googleapis.com/BackupVault'], backupVaultFacet) },
  { transit: each([...Object.keys(TLS_PROXIES), ...HTTP_PROXIES, SQL], transitFacet) },
  { key: each(['cloudkms.googleapis.com/CryptoKey'], keyFacet), credential: each(['iam.googleapis.com/ServiceAccountKey'], credentialFacet) },
  { plaintextSecrets: each(SECRET_TYPES, plaintextSecretsFacet) },
  { flowLog: each(['compute.googleapis.com/Subnetwork'], flowLogFacet), vulnerabilityScan: each(['artifactregistry.googleapis.com/Repository'], vulnerabilityScanFacet) },
  { defaultNetwork: each(['compute.googleapis.com/Network'], defaultNetworkFacet) },
  { availability: each(Object.keys(AVAILABILITY_LABELS), availabilityFacet) },
  { publicAccess: each([BUCKET], publicAccessFacet) },
];

export const GCP_REGISTRY: CloudRegistry<PlanArgs, LiveArgs> = {
  cloud: 'gcp',
  plan: PLAN_TABLES,
  live: LIVE_TABLES,
  twins: {
    google_storage_bucket: BUCKET,
    google_compute_disk: 'compute.googleapis.com/Disk',
    google_compute_region_disk: 'compute.googleapis.com/RegionDisk',
    google_compute_snapshot: 'compute.googleapis.com/Snapshot',
    google_compute_image: 'compute.googleapis.com/Image',
    google_compute_instance: 'compute.googleapis.com/Instance',
    google_compute_instance_template: 'compute.googleapis.com/InstanceTemplate',
    google_compute_region_instance_template: 'compute.googleapis.com/RegionInstanceTemplate',
    google_compute_instance_group_manager: 'compute.googleapis.com/InstanceGroupManager',
    google_compute_region_instance_group_manager: 'compute.googleapis.com/RegionInstanceGroupManager',
    google_compute_network: 'compute.googleapis.com/Network',
    google_compute_subnetwork: 'compute.googleapis.com/Subnetwork',
    google_compute_firewall: 'compute.googleapis.com/Firewall',
    google_compute_target_https_proxy: 'compute.googleapis.com/TargetHttpsProxy',
    google_compute_region_target_https_proxy: 'compute.googleapis.com/RegionTargetHttpsProxy',
    google_compute_target_ssl_proxy: 'compute.googleapis.com/TargetSslProxy',
    google_compute_target_http_proxy: 'compute.googleapis.com/TargetHttpProxy',
    google_compute_region_target_http_proxy: 'compute.googleapis.com/RegionTargetHttpProxy',
    google_sql_database_instance: SQL,
    google_bigquery_dataset: 'bigquery.googleapis.com/Dataset',
    google_bigquery_table: 'bigquery.googleapis.com/Table',
    google_pubsub_topic: 'pubsub.googleapis.com/Topic',
    google_redis_instance: 'redis.googleapis.com/Instance',
    google_spanner_database: 'spanner.googleapis.com/Database',
    google_filestore_instance: 'file.googleapis.com/Instance',
    google_artifact_registry_repository: 'artifactregistry.googleapis.com/Repository',
    google_container_cluster: 'container.googleapis.com/Cluster',
    google_kms_crypto_key: 'cloudkms.googleapis.com/CryptoKey',
    google_service_account_key: 'iam.googleapis.com/ServiceAccountKey',
    google_cloud_run_service: 'run.googleapis.com/Service',
    google_cloud_run_v2_service: 'run.googleapis.com/Service',
    google_cloud_run_v2_job: 'run.googleapis.com/Job',
    google_cloudfunctions_function: 'cloudfunctions.googleapis.com/CloudFunction',
    google_cloudfunctions2_function: 'cloudfunctions.googleapis.com/Function',
    google_backup_dr_backup_vault: 'backupdr.googleapis.com/BackupVault',
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
    google_organization_iam_audit_config: ORGANIZATION,
  },
};
