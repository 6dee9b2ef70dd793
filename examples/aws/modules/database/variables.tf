variable "name" {
  description = "Name prefix."
  type        = string
}

variable "subnet_ids" {
  description = "Private subnets of the database subnet group."
  type        = list(string)
}

variable "security_group_id" {
  description = "Security group of the databases."
  type        = string
}

variable "kms_key_arn" {
  description = "Customer-managed KMS key."
  type        = string
}

variable "reporting_password" {
  description = "Master password of the reporting database and analytics cluster."
  type        = string
  sensitive   = true
}
