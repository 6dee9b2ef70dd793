variable "name" {
  description = "Name prefix."
  type        = string
}

variable "region" {
  description = "Region of the databases."
  type        = string
}

variable "network_id" {
  description = "VPC network for private IP."
  type        = string
}

variable "storage_key" {
  description = "Customer-managed key of the document bucket."
  type        = string
}

variable "sql_key" {
  description = "Customer-managed key of the application database."
  type        = string
}

variable "sql_password" {
  description = "Password of the application database user."
  type        = string
  sensitive   = true
}

variable "buckets" {
  description = "Bucket suffix => settings."
  type = map(object({
    location = string
  }))
  default = {
    static  = { location = "EU" }
    exports = { location = "US" }
  }
}
