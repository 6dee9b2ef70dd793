variable "project_id" {
  description = "Project that hosts the platform (example value)."
  type        = string
  default     = "teleservice-prod-4821"
}

variable "region" {
  description = "Primary region (Paris)."
  type        = string
  default     = "europe-west9"
}

variable "name" {
  description = "Name prefix."
  type        = string
  default     = "teleservice"
}

variable "operator_range" {
  description = "Public range of the operations team."
  type        = string
  default     = "198.51.100.0/24"
}
