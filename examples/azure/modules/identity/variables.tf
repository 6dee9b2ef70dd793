variable "subscription_id" {
  description = "Subscription of the role assignments."
  type        = string
}

variable "admin_object_ids" {
  description = "Object IDs of the owner and the auditor."
  type        = map(string)
}

variable "admin_group_id" {
  description = "Entra group of the platform administrators."
  type        = string
}
