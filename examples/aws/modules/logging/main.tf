resource "aws_cloudwatch_log_group" "this" {
  for_each = var.log_groups

  name       = "/${var.name}/${each.key}"
  kms_key_id = var.kms_key_arn

  # "access" is deliberately non-compliant: 30 days, less than one year (CL-19).
  # "vpc-flow" has no retention: the logs never expire.
  retention_in_days = each.value
}

module "trail_bucket" {
  source = "../s3-bucket"

  bucket          = "${var.name}-cloudtrail"
  expiration_days = 90
  policy          = local.trail_bucket_policy
}

locals {
  trail_bucket_arn = "arn:aws:s3:::${var.name}-cloudtrail"

  trail_bucket_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "AWSCloudTrailAclCheck"
        Effect    = "Allow"
        Principal = { Service = "cloudtrail.amazonaws.com" }
        Action    = "s3:GetBucketAcl"
        Resource  = local.trail_bucket_arn
      },
      {
        Sid       = "AWSCloudTrailWrite"
        Effect    = "Allow"
        Principal = { Service = "cloudtrail.amazonaws.com" }
        Action    = "s3:PutObject"
        Resource  = "${local.trail_bucket_arn}/AWSLogs/${var.account_id}/*"
        Condition = {
          StringEquals = { "s3:x-amz-acl" = "bucket-owner-full-control" }
        }
      },
    ]
  })
}

# Multi-region trail with log file validation. Its bucket expires objects after 90 days,
# which breaks the one-year retention rule (see modules/s3-bucket).
resource "aws_cloudtrail" "main" {
  name                          = "${var.name}-trail"
  s3_bucket_name                = module.trail_bucket.bucket_name
  is_multi_region_trail         = true
  include_global_service_events = true
  enable_log_file_validation    = true
  kms_key_id                    = var.kms_key_arn

  depends_on = [module.trail_bucket]
}
