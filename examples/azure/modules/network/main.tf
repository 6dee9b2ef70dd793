resource "azurerm_virtual_network" "main" {
  name                = "vnet-${var.name}"
  resource_group_name = var.resource_group_name
  location            = var.location
  address_space       = ["10.50.0.0/16"]
}

resource "azurerm_subnet" "this" {
  for_each = var.subnets

  name                 = "snet-${each.key}"
  resource_group_name  = var.resource_group_name
  virtual_network_name = azurerm_virtual_network.main.name
  address_prefixes     = [each.value]
}

resource "azurerm_network_security_group" "app" {
  name                = "nsg-${var.name}-app"
  resource_group_name = var.resource_group_name
  location            = var.location

  # deliberately non-compliant: SSH reachable from the internet (CLD-36)
  security_rule {
    name                       = "allow-ssh-internet"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "22"
    source_address_prefix      = "Internet"
    destination_address_prefix = "*"
  }
}

# Public web traffic to the application servers.
resource "azurerm_network_security_rule" "https" {
  name                        = "allow-https-internet"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.app.name
  priority                    = 110
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "443"
  source_address_prefix       = "Internet"
  destination_address_prefix  = "*"
}

# deliberately non-compliant: RDP open to any source (CLD-36)
resource "azurerm_network_security_rule" "rdp" {
  name                        = "allow-rdp-any"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.app.name
  priority                    = 120
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "3389"
  source_address_prefix       = "*"
  destination_address_prefix  = "*"
}

resource "azurerm_subnet_network_security_group_association" "app" {
  subnet_id                 = azurerm_subnet.this["app"].id
  network_security_group_id = azurerm_network_security_group.app.id
}
