variable "name" {
  description = "Name prefix."
  type        = string
}

variable "account_id" {
  description = "Account that writes CloudTrail logs."
  type        = string
}

variable "kms_key_arn" {
  description = "Customer-managed KMS key."
  type        = string
}

variable "log_groups" {
  description = "Log group suffix => retention in days (null: never expire)."
  type        = map(number)
}
