output "resource_group_name" {
  description = "Resource group of the platform."
  value       = azurerm_resource_group.main.name
}

output "storage_account_names" {
  description = "Storage accounts by purpose."
  value       = module.data.storage_account_names
}

output "postgres_admin_password" {
  description = "Generated administrator password of the PostgreSQL server."
  value       = random_password.postgres.result
  sensitive   = true
}
