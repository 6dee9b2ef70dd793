locals {
  name = "${var.project}-prod"

  tags = {
    project     = var.project
    environment = "prod"
    owner       = "direction-du-numerique"
  }
}

resource "azurerm_resource_group" "main" {
  name     = "rg-${local.name}"
  location = var.location
  tags     = local.tags
}

# Administrator password of the PostgreSQL server, generated and kept in state only.
resource "random_password" "postgres" {
  length  = 32
  special = true
}

module "network" {
  source = "./modules/network"

  name                = local.name
  resource_group_name = azurerm_resource_group.main.name
  location            = var.location
}

module "security" {
  source = "./modules/security"

  name                = local.name
  resource_group_name = azurerm_resource_group.main.name
  location            = var.location
  tenant_id           = var.tenant_id
}

module "compute" {
  source = "./modules/compute"

  name                = local.name
  resource_group_name = azurerm_resource_group.main.name
  location            = var.location
  app_subnet_id       = module.network.subnet_ids["app"]
  aks_subnet_id       = module.network.subnet_ids["aks"]
  app_nsg_name        = module.network.app_nsg_name
  key_vault_key_id    = module.security.cmk_key_id
  operator_ip_range   = var.operator_ip_range
}

module "data" {
  source = "./modules/data"

  name                = local.name
  resource_group_name = azurerm_resource_group.main.name
  location            = var.location
  cmk_key_id          = module.security.cmk_key_versionless_id
  cmk_identity_id     = module.security.cmk_identity_id
  key_vault_id        = module.security.key_vault_id
  sql_admin_password  = var.sql_admin_password
  postgres_password   = random_password.postgres.result
}

module "identity" {
  source = "./modules/identity"

  subscription_id  = var.subscription_id
  admin_object_ids = var.admin_object_ids
  admin_group_id   = var.admin_group_id
}

module "logging" {
  source = "./modules/logging"

  name                = local.name
  resource_group_name = azurerm_resource_group.main.name
  location            = var.location
  subscription_id     = var.subscription_id
}
