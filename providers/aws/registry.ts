/**
 * The AWS facet registry: how each facet of each resource type is read from a Terraform plan and
 * from AWS Config (live, or its exported files). Adapters compute facets from here only; the
 * coverage table and the Config types read are derived from it.
 */
import type { CloudRegistry } from '../../src/registry/cloud-registry.js';
import type { BuilderTable } from '../../src/registry/builder-table.js';
import type { PlanArgs } from '../terraform/builder-types.js';
import { PLAN_TABLES } from './plan/index.js';
import type { BuildContext } from './context.js';
import { conf, text } from './ci.js';
import { STORAGE, logGroupStorage } from './storage.js';
import { DATA_TYPES, dataLocations } from './locations.js';
import { ENDPOINTS, INGRESS } from './network.js';
import { IDENTITY } from './identity.js';
import { AUDIT_TRAIL, LOG_STORE, logGroupStore } from './logging.js';
import { BACKUP, BACKUP_VAULT } from './backups.js';
import { TRANSIT } from './transit.js';
import { KEY } from './keys.js';
import { PLAINTEXT } from './secrets.js';
import { LOG_PROTECTION } from './log-protection.js';
import { DETECTION, FLOW_LOG, VULNERABILITY_SCAN } from './detection.js';
import { AVAILABILITY, DEFAULT_NETWORK } from './placement.js';
import { userCredential } from './credentials.js';
import { PUBLIC_ACCESS } from './public-access.js';

/** What a live-side builder is given: the configuration item, its account's facts and the resources looked up for it. */
export type LiveArgs = readonly [ctx: BuildContext];

/** The same builder for several types. */
function each<F>(types: Iterable<string>, builder: (ctx: BuildContext) => F | undefined): Record<string, (ctx: BuildContext) => F | undefined> {
  return Object.fromEntries([...types].map((t) => [t, builder]));
}

/**
 * CloudWatch log groups are read from CloudWatch Logs (DescribeLogGroups), whose answer is kept as
 * the item's configuration: no `retentionInDays` means events never expire.
 */
const LOG_GROUPS: BuilderTable<LiveArgs> = {
  logStore: { 'AWS::Logs::LogGroup': (ctx) => logGroupStore(ctx.item.configuration?.retentionInDays) },
  storage: { 'AWS::Logs::LogGroup': (ctx) => logGroupStorage(text(conf(ctx.item, 'kmsKeyId')), 'configuration.kmsKeyId') },
};

const LIVE_TABLES: readonly BuilderTable<LiveArgs>[] = [
  { storage: STORAGE },
  { dataLocations: each([...DATA_TYPES, 'AWS::Backup::BackupPlan'], dataLocations) },
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
  { credential: { 'AWS::IAM::User': (ctx) => userCredential(ctx.item, ctx.facts) } },
  { publicAccess: PUBLIC_ACCESS },
];

export const AWS_REGISTRY: CloudRegistry<PlanArgs, LiveArgs> = {
  cloud: 'aws',
  plan: PLAN_TABLES,
  live: LIVE_TABLES,
  twins: {
    aws_s3_bucket: 'AWS::S3::Bucket',
    aws_s3_access_point: 'AWS::S3::AccessPoint',
    aws_ebs_volume: 'AWS::EC2::Volume',
    aws_instance: 'AWS::EC2::Instance',
    aws_launch_template: 'AWS::EC2::LaunchTemplate',
    aws_launch_configuration: 'AWS::AutoScaling::LaunchConfiguration',
    aws_autoscaling_group: 'AWS::AutoScaling::AutoScalingGroup',
    aws_db_instance: 'AWS::RDS::DBInstance',
    aws_db_instance_automated_backups_replication: 'AWS::RDS::DBInstance',
    aws_rds_cluster: 'AWS::RDS::DBCluster',
    aws_rds_cluster_instance: 'AWS::RDS::DBInstance',
    aws_docdb_cluster: 'AWS::RDS::DBCluster',
    aws_neptune_cluster: 'AWS::RDS::DBCluster',
    aws_dynamodb_table: 'AWS::DynamoDB::Table',
    aws_dynamodb_table_replica: 'AWS::DynamoDB::Table',
    aws_efs_file_system: 'AWS::EFS::FileSystem',
    aws_eks_cluster: 'AWS::EKS::Cluster',
    aws_elasticache_cluster: 'AWS::ElastiCache::CacheCluster',
    aws_elasticache_replication_group: 'AWS::ElastiCache::ReplicationGroup',
    aws_redshift_cluster: 'AWS::Redshift::Cluster',
    aws_redshift_snapshot_copy: 'AWS::Redshift::Cluster',
    aws_opensearch_domain: 'AWS::OpenSearch::Domain',
    aws_elasticsearch_domain: 'AWS::Elasticsearch::Domain',
    aws_sqs_queue: 'AWS::SQS::Queue',
    aws_sns_topic: 'AWS::SNS::Topic',
    aws_kinesis_stream: 'AWS::Kinesis::Stream',
    aws_msk_cluster: 'AWS::MSK::Cluster',
    aws_secretsmanager_secret: 'AWS::SecretsManager::Secret',
    aws_ssm_parameter: 'AWS::SSM::Parameter',
    aws_backup_vault: 'AWS::Backup::BackupVault',
    aws_backup_logically_air_gapped_vault: 'AWS::Backup::BackupVault',
    aws_backup_plan: 'AWS::Backup::BackupPlan',
    aws_kms_key: 'AWS::KMS::Key',
    aws_kms_external_key: 'AWS::KMS::Key',
    aws_kms_replica_key: 'AWS::KMS::Key',
    aws_kms_replica_external_key: 'AWS::KMS::Key',
    aws_lambda_function: 'AWS::Lambda::Function',
    aws_ecr_repository: 'AWS::ECR::Repository',
    aws_ecs_task_definition: 'AWS::ECS::TaskDefinition',
    aws_dms_replication_instance: 'AWS::DMS::ReplicationInstance',
    aws_cloudwatch_log_group: 'AWS::Logs::LogGroup',
    aws_cloudtrail: 'AWS::CloudTrail::Trail',
    aws_security_group: 'AWS::EC2::SecurityGroup',
    aws_default_security_group: 'AWS::EC2::SecurityGroup',
    aws_security_group_rule: 'AWS::EC2::SecurityGroup',
    aws_vpc_security_group_ingress_rule: 'AWS::EC2::SecurityGroup',
    aws_network_acl: 'AWS::EC2::NetworkAcl',
    aws_default_network_acl: 'AWS::EC2::NetworkAcl',
    aws_network_acl_rule: 'AWS::EC2::NetworkAcl',
    aws_vpc: 'AWS::EC2::VPC',
    aws_default_vpc: 'AWS::EC2::VPC',
    aws_default_subnet: 'AWS::EC2::Subnet',
    aws_lb: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
    aws_alb: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
    aws_lb_listener: 'AWS::ElasticLoadBalancingV2::Listener',
    aws_alb_listener: 'AWS::ElasticLoadBalancingV2::Listener',
    aws_cloudfront_distribution: 'AWS::CloudFront::Distribution',
    aws_api_gateway_domain_name: 'AWS::ApiGateway::DomainName',
    aws_apigatewayv2_domain_name: 'AWS::ApiGatewayV2::DomainName',
    aws_guardduty_detector: 'AWS::GuardDuty::Detector',
    aws_iam_user: 'AWS::IAM::User',
    aws_iam_access_key: 'AWS::IAM::User',
    aws_iam_service_specific_credential: 'AWS::IAM::User',
    aws_iam_group: 'AWS::IAM::Group',
    aws_iam_role: 'AWS::IAM::Role',
  },
};
