output "network_id" {
  value = google_compute_network.main.id
}

output "subnet_ids" {
  value = { for k, s in google_compute_subnetwork.this : k => s.id }
}
