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

variable "subnets" {
  description = "Subnet name => address prefix."
  type        = map(string)
  default = {
    app  = "10.50.1.0/24"
    data = "10.50.2.0/24"
    aks  = "10.50.16.0/20"
  }
}
