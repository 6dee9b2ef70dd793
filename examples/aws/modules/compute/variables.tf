variable "name" {
  description = "Name prefix."
  type        = string
}

variable "ami_id" {
  description = "AMI of the application servers."
  type        = string
}

variable "instance_count" {
  description = "Number of application servers."
  type        = number
}

variable "subnet_ids" {
  description = "Private subnets."
  type        = list(string)
}

variable "security_group_ids" {
  description = "Security groups of the application servers."
  type        = list(string)
}

variable "instance_profile_name" {
  description = "Instance profile of the application servers."
  type        = string
}

variable "kms_key_arn" {
  description = "Customer-managed KMS key."
  type        = string
}
