# Azure has no provider-level region: every resource names its own location.
provider "azurerm" {
  subscription_id = var.subscription_id

  features {}
}

provider "azuread" {
  tenant_id = var.tenant_id
}
