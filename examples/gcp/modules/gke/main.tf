# Private control plane, reachable only from the operations range.
resource "google_container_cluster" "private" {
  name                = "${var.name}-gke"
  location            = var.location
  network             = var.network
  subnetwork          = var.subnetwork
  initial_node_count  = 1
  deletion_protection = true

  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = false
    master_ipv4_cidr_block  = "172.16.0.0/28"
  }

  master_authorized_networks_config {
    cidr_blocks {
      cidr_block   = var.operator_range
      display_name = "operations"
    }
  }
}

# deliberately non-compliant: public control plane with no authorized networks (CLD-36)
resource "google_container_cluster" "sandbox" {
  name                = "${var.name}-gke-sandbox"
  location            = "${var.location}-a"
  network             = var.network
  subnetwork          = var.subnetwork
  initial_node_count  = 1
  deletion_protection = false
}
