variable "name" {
  description = "Name suffix."
  type        = string
}

variable "resource_group_name" {
  description = "Resource group."
  type        = string
}

variable "location" {
  description = "Primary region."
  type        = string
}

variable "storage_accounts" {
  description = "Storage accounts by purpose."
  type = map(object({
    location                  = string
    replication               = string
    infrastructure_encryption = bool
  }))
  default = {
    documents = {
      location                  = "francecentral"
      replication               = "ZRS"
      infrastructure_encryption = true
    }
    archive = {
      location                  = "westeurope"
      replication               = "GRS"
      infrastructure_encryption = true
    }
    exports = {
      location                  = "eastus"
      replication               = "LRS"
      infrastructure_encryption = false
    }
  }
}

variable "cmk_key_id" {
  description = "Versionless ID of the customer-managed key."
  type        = string
}

variable "cmk_identity_id" {
  description = "User-assigned identity allowed to use the key."
  type        = string
}

variable "key_vault_id" {
  description = "Key vault of the customer-managed key."
  type        = string
}

variable "sql_admin_password" {
  description = "Azure SQL administrator password."
  type        = string
  sensitive   = true
}

variable "postgres_password" {
  description = "PostgreSQL administrator password."
  type        = string
  sensitive   = true
}
