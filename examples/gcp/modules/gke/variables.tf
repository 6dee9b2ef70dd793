variable "name" {
  description = "Name prefix."
  type        = string
}

variable "location" {
  description = "Region of the clusters."
  type        = string
}

variable "network" {
  description = "VPC network."
  type        = string
}

variable "subnetwork" {
  description = "Subnetwork of the nodes."
  type        = string
}

variable "operator_range" {
  description = "Public range allowed to reach the control plane."
  type        = string
}
