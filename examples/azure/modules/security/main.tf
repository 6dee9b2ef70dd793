resource "azurerm_key_vault" "main" {
  name                       = "kv-${var.name}"
  resource_group_name        = var.resource_group_name
  location                   = var.location
  tenant_id                  = var.tenant_id
  sku_name                   = "premium"
  purge_protection_enabled   = true
  soft_delete_retention_days = 90
  enable_rbac_authorization  = true
}

# Customer-managed key used by storage, disks and PostgreSQL.
resource "azurerm_key_vault_key" "cmk" {
  name         = "cmk-${var.name}"
  key_vault_id = azurerm_key_vault.main.id
  key_type     = "RSA-HSM"
  key_size     = 3072
  key_opts     = ["unwrapKey", "wrapKey"]
}

resource "azurerm_user_assigned_identity" "cmk" {
  name                = "id-${var.name}-cmk"
  resource_group_name = var.resource_group_name
  location            = var.location
}

resource "azurerm_role_assignment" "cmk_crypto_user" {
  scope                = azurerm_key_vault.main.id
  role_definition_name = "Key Vault Crypto Service Encryption User"
  principal_id         = azurerm_user_assigned_identity.cmk.principal_id
  principal_type       = "ServicePrincipal"
}
