resource "google_compute_network" "main" {
  name                    = "${var.name}-vpc"
  auto_create_subnetworks = false
}

resource "google_compute_subnetwork" "this" {
  for_each = var.subnets

  name                     = "${var.name}-${each.key}"
  region                   = var.region
  network                  = google_compute_network.main.id
  ip_cidr_range            = each.value
  private_ip_google_access = true
}

# deliberately non-compliant: SSH from the whole internet (CLD-36)
resource "google_compute_firewall" "ssh_any" {
  name          = "${var.name}-allow-ssh-any"
  network       = google_compute_network.main.id
  direction     = "INGRESS"
  source_ranges = ["0.0.0.0/0"]
  target_tags   = ["app"]

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}

resource "google_compute_firewall" "https" {
  name          = "${var.name}-allow-https"
  network       = google_compute_network.main.id
  direction     = "INGRESS"
  source_ranges = ["0.0.0.0/0"]
  target_tags   = ["app"]

  allow {
    protocol = "tcp"
    ports    = ["443"]
  }
}

# SSH through Identity-Aware Proxy only (Google's IAP range).
resource "google_compute_firewall" "ssh_iap" {
  name          = "${var.name}-allow-ssh-iap"
  network       = google_compute_network.main.id
  direction     = "INGRESS"
  source_ranges = ["35.235.240.0/20"]
  target_tags   = ["app"]

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}

# Static address of the support jump host. It is allocated at apply time, so the source
# of the rule below is unknown in the plan.
resource "google_compute_address" "jump" {
  name   = "${var.name}-jump"
  region = var.region
}

resource "google_compute_firewall" "ssh_jump" {
  name          = "${var.name}-allow-ssh-jump"
  network       = google_compute_network.main.id
  direction     = "INGRESS"
  source_ranges = ["${google_compute_address.jump.address}/32"]
  target_tags   = ["app"]

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}
