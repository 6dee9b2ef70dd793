module "app" {
  source = "../linux-vm"
  count  = 2

  name                = "vm-${var.name}-app-${count.index}"
  resource_group_name = var.resource_group_name
  location            = var.location
  subnet_id           = var.app_subnet_id
  size                = "Standard_D4s_v5"
  encryption_at_host  = true
}

# deliberately non-compliant: encryption at host disabled, so temp disk and caches are not encrypted (CL-8)
module "bastion" {
  source = "../linux-vm"

  name                = "vm-${var.name}-bastion"
  resource_group_name = var.resource_group_name
  location            = var.location
  subnet_id           = var.app_subnet_id
  size                = "Standard_B2s"
  encryption_at_host  = false
  public_ip           = true
}

# SSH from the bastion's public address only. The address is allocated at apply time,
# so the source of this rule is unknown in the plan.
resource "azurerm_network_security_rule" "ssh_from_bastion" {
  name                        = "allow-ssh-bastion"
  resource_group_name         = var.resource_group_name
  network_security_group_name = var.app_nsg_name
  priority                    = 130
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "22"
  source_address_prefix       = module.bastion.public_ip_address
  destination_address_prefix  = "*"
}

resource "azurerm_disk_encryption_set" "main" {
  name                = "des-${var.name}"
  resource_group_name = var.resource_group_name
  location            = var.location
  key_vault_key_id    = var.key_vault_key_id

  identity {
    type = "SystemAssigned"
  }
}

# Data disk encrypted with the customer-managed key through the disk encryption set.
resource "azurerm_managed_disk" "data" {
  name                   = "disk-${var.name}-data"
  resource_group_name    = var.resource_group_name
  location               = var.location
  storage_account_type   = "Premium_LRS"
  create_option          = "Empty"
  disk_size_gb           = 256
  disk_encryption_set_id = azurerm_disk_encryption_set.main.id
}

# Scratch disk: encrypted with a platform-managed key (no disk encryption set).
resource "azurerm_managed_disk" "scratch" {
  name                 = "disk-${var.name}-scratch"
  resource_group_name  = var.resource_group_name
  location             = var.location
  storage_account_type = "StandardSSD_LRS"
  create_option        = "Empty"
  disk_size_gb         = 128
}

# Kubernetes API reachable only from the operations team's range.
resource "azurerm_kubernetes_cluster" "main" {
  name                = "aks-${var.name}"
  resource_group_name = var.resource_group_name
  location            = var.location
  dns_prefix          = var.name

  default_node_pool {
    name           = "system"
    vm_size        = "Standard_D4s_v5"
    node_count     = 3
    vnet_subnet_id = var.aks_subnet_id
  }

  identity {
    type = "SystemAssigned"
  }

  api_server_access_profile {
    authorized_ip_ranges = [var.operator_ip_range]
  }
}
