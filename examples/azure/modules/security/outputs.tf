output "key_vault_id" {
  value = azurerm_key_vault.main.id
}

output "cmk_key_id" {
  value = azurerm_key_vault_key.cmk.id
}

output "cmk_key_versionless_id" {
  value = azurerm_key_vault_key.cmk.versionless_id
}

output "cmk_identity_id" {
  value = azurerm_user_assigned_identity.cmk.id
}
