# One storage account per purpose. Same type and name as modules/logging (azurerm_storage_account.this).
#   documents: France Central, zone-redundant, customer-managed key
#   archive:   West Europe, geo-redundant (paired region North Europe: still in the EU)
#   exports:   deliberately non-compliant: East US, outside the EU (CL-27)
resource "azurerm_storage_account" "this" {
  for_each = var.storage_accounts

  name                              = "st${replace(var.name, "-", "")}${each.key}"
  resource_group_name               = var.resource_group_name
  location                          = each.value.location
  account_tier                      = "Standard"
  account_replication_type          = each.value.replication
  min_tls_version                   = "TLS1_2"
  https_traffic_only_enabled        = true
  infrastructure_encryption_enabled = each.value.infrastructure_encryption
  allow_nested_items_to_be_public   = false

  identity {
    type         = "UserAssigned"
    identity_ids = [var.cmk_identity_id]
  }
}

resource "azurerm_storage_account_customer_managed_key" "documents" {
  storage_account_id        = azurerm_storage_account.this["documents"].id
  key_vault_id              = var.key_vault_id
  key_name                  = "cmk-${var.name}"
  user_assigned_identity_id = var.cmk_identity_id
}

resource "azurerm_mssql_server" "main" {
  name                          = "sql-${var.name}"
  resource_group_name           = var.resource_group_name
  location                      = var.location
  version                       = "12.0"
  administrator_login           = "sqladmin"
  administrator_login_password  = var.sql_admin_password
  minimum_tls_version           = "1.2"
  public_network_access_enabled = false
}

resource "azurerm_mssql_database" "app" {
  name                                = "sqldb-app"
  server_id                           = azurerm_mssql_server.main.id
  sku_name                            = "S2"
  transparent_data_encryption_enabled = true
}

# deliberately non-compliant: transparent data encryption switched off (CL-8)
resource "azurerm_mssql_database" "legacy" {
  name                                = "sqldb-legacy"
  server_id                           = azurerm_mssql_server.main.id
  sku_name                            = "S0"
  transparent_data_encryption_enabled = false
}

resource "azurerm_postgresql_flexible_server" "main" {
  name                          = "psql-${var.name}"
  resource_group_name           = var.resource_group_name
  location                      = var.location
  version                       = "16"
  sku_name                      = "GP_Standard_D2ds_v5"
  storage_mb                    = 131072
  administrator_login           = "pgadmin"
  administrator_password        = var.postgres_password
  public_network_access_enabled = false
  backup_retention_days         = 35
  zone                          = "1"

  identity {
    type         = "UserAssigned"
    identity_ids = [var.cmk_identity_id]
  }

  customer_managed_key {
    key_vault_key_id                  = var.cmk_key_id
    primary_user_assigned_identity_id = var.cmk_identity_id
  }
}
