variable "region" {
  description = "Primary AWS region (France)."
  type        = string
  default     = "eu-west-3"
}

variable "project" {
  description = "Short project name, used as a prefix for resource names."
  type        = string
  default     = "teleservice"
}

variable "environment" {
  description = "Deployment environment."
  type        = string
  default     = "prod"
}

variable "account_id" {
  description = "AWS account that hosts the platform (documentation example account)."
  type        = string
  default     = "111122223333"
}

variable "vpc_cidr" {
  description = "CIDR block of the platform VPC."
  type        = string
  default     = "10.40.0.0/16"
}

variable "azs" {
  description = "Availability zones of the private subnets, mapped to their CIDR blocks."
  type        = map(string)
  default = {
    "eu-west-3a" = "10.40.1.0/24"
    "eu-west-3b" = "10.40.2.0/24"
  }
}

variable "ami_id" {
  description = "AMI of the application servers."
  type        = string
  default     = "ami-0a1b2c3d4e5f67890"
}

variable "app_instance_count" {
  description = "Number of application servers."
  type        = number
  default     = 2
}

variable "db_admin_password" {
  description = "Master password of the reporting database. Pass it with TF_VAR_db_admin_password; never commit it."
  type        = string
  sensitive   = true
}
