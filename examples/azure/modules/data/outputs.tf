output "storage_account_names" {
  value = { for k, s in azurerm_storage_account.this : k => s.name }
}
