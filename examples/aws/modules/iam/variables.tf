variable "name" {
  description = "Name prefix."
  type        = string
}

variable "account_id" {
  description = "Account whose principals may assume the administrator roles."
  type        = string
}
