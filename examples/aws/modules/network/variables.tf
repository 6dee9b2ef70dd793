variable "name" {
  description = "Name prefix."
  type        = string
}

variable "cidr_block" {
  description = "CIDR block of the VPC."
  type        = string
}

variable "azs" {
  description = "Availability zone => private subnet CIDR."
  type        = map(string)
}
