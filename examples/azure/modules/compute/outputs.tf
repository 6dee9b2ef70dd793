output "aks_id" {
  value = azurerm_kubernetes_cluster.main.id
}
