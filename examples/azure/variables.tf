variable "subscription_id" {
  description = "Subscription that hosts the platform (example value)."
  type        = string
  default     = "00000000-0000-4000-8000-000000000001"
}

variable "tenant_id" {
  description = "Entra ID tenant (example value)."
  type        = string
  default     = "00000000-0000-4000-8000-000000000002"
}

variable "location" {
  description = "Primary region (France Central)."
  type        = string
  default     = "francecentral"
}

variable "project" {
  description = "Short project name."
  type        = string
  default     = "teleservice"
}

variable "admin_object_ids" {
  description = "Object IDs of platform people: the owner and the auditor."
  type        = map(string)
  default = {
    owner   = "11111111-1111-4111-8111-111111111111"
    auditor = "22222222-2222-4222-8222-222222222222"
  }
}

variable "admin_group_id" {
  description = "Object ID of the Entra group of platform administrators."
  type        = string
  default     = "33333333-3333-4333-8333-333333333333"
}

variable "operator_ip_range" {
  description = "Public range of the operations team, allowed to reach the Kubernetes API."
  type        = string
  default     = "198.51.100.0/24"
}

variable "sql_admin_password" {
  description = "Azure SQL administrator password. Pass it with TF_VAR_sql_admin_password; never commit it."
  type        = string
  sensitive   = true
}
