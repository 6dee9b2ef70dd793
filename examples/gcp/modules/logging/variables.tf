variable "name" {
  description = "Name prefix."
  type        = string
}

variable "project_id" {
  description = "Project of the log buckets."
  type        = string
}

variable "region" {
  description = "Region of the regional log bucket."
  type        = string
}
