variable "name" {
  description = "Name prefix."
  type        = string
}

variable "zone" {
  description = "Zone of the instances and disks."
  type        = string
}

variable "subnetwork" {
  description = "Subnetwork of the instances."
  type        = string
}

variable "kms_key_id" {
  description = "Customer-managed key of the disks."
  type        = string
}
