variable "name" {
  description = "Name suffix."
  type        = string
}

variable "resource_group_name" {
  description = "Resource group."
  type        = string
}

variable "location" {
  description = "Region."
  type        = string
}

variable "subscription_id" {
  description = "Subscription whose activity log is exported."
  type        = string
}

variable "workspaces" {
  description = "Workspace suffix => retention in days."
  type        = map(number)
  default = {
    security = 400
    app      = 30
  }
}
