output "subnet_ids" {
  value = { for k, s in azurerm_subnet.this : k => s.id }
}

output "app_nsg_name" {
  value = azurerm_network_security_group.app.name
}
