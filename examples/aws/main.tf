locals {
  name = "${var.project}-${var.environment}"

  default_tags = {
    Project     = var.project
    Environment = var.environment
    Owner       = "direction-du-numerique"
    ManagedBy   = "terraform"
  }
}

# Customer-managed key for the data stores that can use one. Its ARN is unknown until apply,
# so every attribute that references it is unknown in the plan.
resource "aws_kms_key" "main" {
  description             = "${local.name} data at rest"
  deletion_window_in_days = 30
  enable_key_rotation     = true
}

module "network" {
  source = "./modules/network"

  name       = local.name
  cidr_block = var.vpc_cidr
  azs        = var.azs
}

module "iam" {
  source = "./modules/iam"

  name       = local.name
  account_id = var.account_id
}

module "compute" {
  source = "./modules/compute"

  name                  = local.name
  ami_id                = var.ami_id
  instance_count        = var.app_instance_count
  subnet_ids            = module.network.private_subnet_ids
  security_group_ids    = [module.network.web_security_group_id]
  instance_profile_name = module.iam.app_instance_profile_name
  kms_key_arn           = aws_kms_key.main.arn
}

module "database" {
  source = "./modules/database"

  name               = local.name
  subnet_ids         = module.network.private_subnet_ids
  security_group_id  = module.network.db_security_group_id
  kms_key_arn        = aws_kms_key.main.arn
  reporting_password = var.db_admin_password
}

module "storage" {
  source = "./modules/storage"

  providers = {
    aws    = aws
    aws.us = aws.us
  }

  name        = local.name
  kms_key_arn = aws_kms_key.main.arn

  buckets = {
    documents = "Pièces justificatives déposées par les usagers"
    exports   = "Exports statistiques mensuels"
  }
}

module "logging" {
  source = "./modules/logging"

  name        = local.name
  account_id  = var.account_id
  kms_key_arn = aws_kms_key.main.arn

  # Retention in days per application log group; null means "never expire".
  log_groups = {
    app      = 365
    access   = 30
    vpc-flow = null
  }
}

# Remote registry module: its resources appear in the plan under module.audit_logs,
# and findings on them point at this block.
module "audit_logs" {
  source  = "terraform-aws-modules/cloudwatch/aws//modules/log-group"
  version = "~> 4.2"

  name       = "/${local.name}/audit"
  kms_key_id = aws_kms_key.main.arn

  # deliberately non-compliant: audit logs kept 90 days, less than one year (CL-19)
  retention_in_days = 90
}
