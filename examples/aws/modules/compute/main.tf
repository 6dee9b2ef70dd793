resource "aws_instance" "app" {
  count = var.instance_count

  ami                    = var.ami_id
  instance_type          = "m6i.large"
  subnet_id              = element(var.subnet_ids, count.index)
  vpc_security_group_ids = var.security_group_ids
  iam_instance_profile   = var.instance_profile_name

  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = "required"
  }

  # Boot volume encrypted with the platform's customer-managed key.
  root_block_device {
    volume_type = "gp3"
    volume_size = 30
    encrypted   = true
    kms_key_id  = var.kms_key_arn
  }

  # Application cache: encrypted with the AWS-managed EBS key.
  ebs_block_device {
    device_name = "/dev/sdf"
    volume_type = "gp3"
    volume_size = 50
    encrypted   = true
  }

  tags = {
    Name = "${var.name}-app-${count.index}"
  }
}

# Shared data volume, encrypted with the customer-managed key.
resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-3a"
  size              = 200
  type              = "gp3"
  encrypted         = true
  kms_key_id        = var.kms_key_arn

  tags = {
    Name = "${var.name}-data"
  }
}

# deliberately non-compliant: unencrypted volume (CL-8)
resource "aws_ebs_volume" "scratch" {
  availability_zone = "eu-west-3a"
  size              = 100
  type              = "gp3"
  encrypted         = false

  tags = {
    Name = "${var.name}-scratch"
  }
}

resource "aws_iam_role" "eks_cluster" {
  name = "${var.name}-eks-cluster"

  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Action    = "sts:AssumeRole"
        Principal = { Service = "eks.amazonaws.com" }
      },
    ]
  })
}

# deliberately non-compliant: Kubernetes API public, no public_access_cidrs restriction (CLD-36)
resource "aws_eks_cluster" "main" {
  name     = var.name
  role_arn = aws_iam_role.eks_cluster.arn
  version  = "1.31"

  vpc_config {
    subnet_ids              = var.subnet_ids
    endpoint_private_access = true
    endpoint_public_access  = true
  }

  encryption_config {
    resources = ["secrets"]

    provider {
      key_arn = var.kms_key_arn
    }
  }

  enabled_cluster_log_types = ["api", "audit", "authenticator"]
}
