resource "aws_db_subnet_group" "main" {
  name       = var.name
  subnet_ids = var.subnet_ids
}

# Application database: private, encrypted with the customer-managed key. RDS generates its master
# password and keeps it in Secrets Manager, encrypted with the same key: no password in the state.
resource "aws_db_instance" "app" {
  identifier                    = "${var.name}-app"
  engine                        = "postgres"
  engine_version                = "16.4"
  instance_class                = "db.m6g.large"
  allocated_storage             = 100
  storage_type                  = "gp3"
  db_name                       = "teleservice"
  username                      = "app_admin"
  manage_master_user_password   = true
  master_user_secret_kms_key_id = var.kms_key_arn
  db_subnet_group_name          = aws_db_subnet_group.main.name
  vpc_security_group_ids        = [var.security_group_id]
  publicly_accessible           = false
  storage_encrypted             = true
  kms_key_id                    = var.kms_key_arn
  multi_az                      = true
  backup_retention_period       = 35
  deletion_protection           = true
  final_snapshot_identifier     = "${var.name}-app-final"
}

# deliberately non-compliant: public endpoint (CLD-36) and unencrypted storage (CL-8)
resource "aws_db_instance" "reporting" {
  identifier             = "${var.name}-reporting"
  engine                 = "postgres"
  engine_version         = "16.4"
  instance_class         = "db.t4g.medium"
  allocated_storage      = 50
  storage_type           = "gp3"
  username               = "reporting_admin"
  password               = var.reporting_password
  db_subnet_group_name   = aws_db_subnet_group.main.name
  vpc_security_group_ids = [var.security_group_id]
  publicly_accessible    = true
  storage_encrypted      = false
  skip_final_snapshot    = true
}

# Analytics cluster: storage_encrypted is not set, so the plan cannot tell whether it will be
# encrypted (the attribute is computed) -- the scanner must report "unknown", not "pass".
resource "aws_rds_cluster" "analytics" {
  cluster_identifier        = "${var.name}-analytics"
  engine                    = "aurora-postgresql"
  engine_version            = "16.4"
  master_username           = "analytics_admin"
  master_password           = var.reporting_password
  db_subnet_group_name      = aws_db_subnet_group.main.name
  vpc_security_group_ids    = [var.security_group_id]
  backup_retention_period   = 14
  final_snapshot_identifier = "${var.name}-analytics-final"
}

# deliberately non-compliant: session cache not encrypted at rest (CL-8)
resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "${var.name}-sessions"
  description                = "User sessions"
  engine                     = "redis"
  engine_version             = "7.1"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  security_group_ids         = [var.security_group_id]
  at_rest_encryption_enabled = false
  transit_encryption_enabled = true
}
