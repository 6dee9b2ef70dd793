variable "bucket" {
  description = "Bucket name."
  type        = string
}

variable "expiration_days" {
  description = "Days after which objects are deleted."
  type        = number
}

variable "policy" {
  description = "Bucket policy document (JSON)."
  type        = string
}
