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

variable "app_subnet_id" {
  description = "Subnet of the virtual machines."
  type        = string
}

variable "aks_subnet_id" {
  description = "Subnet of the Kubernetes nodes."
  type        = string
}

variable "app_nsg_name" {
  description = "Network security group of the application subnet."
  type        = string
}

variable "key_vault_key_id" {
  description = "Customer-managed key of the disk encryption set."
  type        = string
}

variable "operator_ip_range" {
  description = "Public range allowed to reach the Kubernetes API."
  type        = string
}
