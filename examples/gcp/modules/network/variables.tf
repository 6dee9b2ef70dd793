variable "name" {
  description = "Name prefix."
  type        = string
}

variable "region" {
  description = "Region of the subnets."
  type        = string
}

variable "subnets" {
  description = "Subnet suffix => CIDR range."
  type        = map(string)
  default = {
    app = "10.60.1.0/24"
    gke = "10.60.16.0/20"
  }
}
