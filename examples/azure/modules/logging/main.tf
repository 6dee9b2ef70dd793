# "security" keeps 400 days; "app" is deliberately non-compliant: 30 days, less than one year (CL-19).
resource "azurerm_log_analytics_workspace" "this" {
  for_each = var.workspaces

  name                = "log-${var.name}-${each.key}"
  resource_group_name = var.resource_group_name
  location            = var.location
  sku                 = "PerGB2018"
  retention_in_days   = each.value
}

# Export of the subscription activity log to the security workspace.
resource "azurerm_monitor_diagnostic_setting" "activity_log" {
  name                       = "activity-to-log-analytics"
  target_resource_id         = "/subscriptions/${var.subscription_id}"
  log_analytics_workspace_id = azurerm_log_analytics_workspace.this["security"].id

  enabled_log {
    category = "Administrative"
  }

  enabled_log {
    category = "Security"
  }

  enabled_log {
    category = "Policy"
  }
}

# Long-term archive of exported logs. Same type and name as modules/data (azurerm_storage_account.this).
resource "azurerm_storage_account" "this" {
  name                            = "st${replace(var.name, "-", "")}logs"
  resource_group_name             = var.resource_group_name
  location                        = var.location
  account_tier                    = "Standard"
  account_replication_type        = "ZRS"
  min_tls_version                 = "TLS1_2"
  allow_nested_items_to_be_public = false
}
