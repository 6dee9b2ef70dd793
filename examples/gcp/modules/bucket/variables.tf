variable "name" {
  description = "Bucket name."
  type        = string
}

variable "location" {
  description = "Bucket location."
  type        = string
}

variable "retention_seconds" {
  description = "Minimum time objects are kept."
  type        = number
}
