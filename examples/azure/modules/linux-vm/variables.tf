variable "name" {
  description = "Virtual machine name."
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

variable "subnet_id" {
  description = "Subnet of the network interface."
  type        = string
}

variable "size" {
  description = "VM size."
  type        = string
}

variable "encryption_at_host" {
  description = "Encrypt temp disk and caches on the host."
  type        = bool
}

variable "public_ip" {
  description = "Attach a static public IP."
  type        = bool
  default     = false
}

variable "ssh_public_key" {
  description = "Public key of the operations team (example key)."
  type        = string
  default     = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKeyDoNotUseExampleKeyDoNotUse00 ops@example"
}
