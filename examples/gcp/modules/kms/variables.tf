variable "name" {
  description = "Name prefix."
  type        = string
}

variable "location" {
  description = "Location of the key ring."
  type        = string
}
