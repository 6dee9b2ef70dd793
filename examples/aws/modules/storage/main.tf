# Same type and name as modules/s3-bucket (aws_s3_bucket.this): the scanner must tell them apart
# by module path.
resource "aws_s3_bucket" "this" {
  for_each = var.buckets

  bucket = "${var.name}-${each.key}"

  tags = {
    Purpose = each.value
  }
}

# Documents: SSE-KMS with the customer-managed key. The exports bucket keeps the S3 default
# (SSE-S3, key managed by AWS).
resource "aws_s3_bucket_server_side_encryption_configuration" "documents" {
  bucket = aws_s3_bucket.this["documents"].id

  rule {
    bucket_key_enabled = true

    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = var.kms_key_arn
    }
  }
}

resource "aws_s3_bucket_versioning" "documents" {
  bucket = aws_s3_bucket.this["documents"].id

  versioning_configuration {
    status = "Enabled"
  }
}

# deliberately non-compliant: replica of the user documents in us-east-1, outside the EU (CL-27)
resource "aws_s3_bucket" "replica" {
  provider = aws.us

  bucket = "${var.name}-documents-replica"
}

resource "aws_s3_bucket_versioning" "replica" {
  provider = aws.us

  bucket = aws_s3_bucket.replica.id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_iam_role" "replication" {
  name = "${var.name}-s3-replication"

  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Action    = "sts:AssumeRole"
        Principal = { Service = "s3.amazonaws.com" }
      },
    ]
  })
}

resource "aws_s3_bucket_replication_configuration" "documents" {
  bucket = aws_s3_bucket.this["documents"].id
  role   = aws_iam_role.replication.arn

  rule {
    id     = "documents-to-replica"
    status = "Enabled"

    destination {
      bucket        = aws_s3_bucket.replica.arn
      storage_class = "STANDARD_IA"
    }
  }

  depends_on = [aws_s3_bucket_versioning.documents]
}

# Shared file system of the application servers, encrypted with the AWS-managed EFS key.
resource "aws_efs_file_system" "shared" {
  creation_token   = "${var.name}-shared"
  encrypted        = true
  performance_mode = "generalPurpose"

  tags = {
    Name = "${var.name}-shared"
  }
}

resource "aws_dynamodb_table" "sessions" {
  name         = "${var.name}-sessions"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "session_id"

  attribute {
    name = "session_id"
    type = "S"
  }

  server_side_encryption {
    enabled     = true
    kms_key_arn = var.kms_key_arn
  }

  point_in_time_recovery {
    enabled = true
  }
}

resource "aws_sqs_queue" "jobs" {
  name                      = "${var.name}-jobs"
  kms_master_key_id         = var.kms_key_arn
  message_retention_seconds = 345600
}

# deliberately non-compliant: notification topic without server-side encryption (CL-8)
resource "aws_sns_topic" "alerts" {
  name = "${var.name}-alerts"
}
