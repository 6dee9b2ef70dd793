variable "project_id" {
  description = "Project of the IAM bindings."
  type        = string
}

variable "owner" {
  description = "Principal granted roles/owner."
  type        = string
}

variable "platform_admins_group" {
  description = "Group of the platform administrators."
  type        = string
}

variable "app_service_account" {
  description = "E-mail of the application service account."
  type        = string
}
