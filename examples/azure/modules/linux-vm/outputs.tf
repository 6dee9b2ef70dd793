output "vm_id" {
  value = azurerm_linux_virtual_machine.this.id
}

output "public_ip_address" {
  value = var.public_ip ? azurerm_public_ip.this[0].ip_address : null
}
