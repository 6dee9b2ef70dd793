variable "name" {
  description = "Name prefix."
  type        = string
}

variable "kms_key_arn" {
  description = "Customer-managed KMS key."
  type        = string
}

variable "buckets" {
  description = "Bucket suffix => purpose."
  type        = map(string)
}
