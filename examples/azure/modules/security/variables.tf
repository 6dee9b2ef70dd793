variable "name" {
  description = "Name suffix."
  type        = string
}

variable "resource_group_name" {
  description = "Resource group."
  type        = string
}

variable "location" {
  description = "Region."
  type        = string
}

variable "tenant_id" {
  description = "Entra ID tenant of the key vault."
  type        = string
}
