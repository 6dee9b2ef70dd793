resource "google_service_account" "app" {
  account_id   = "${var.name}-app"
  display_name = "Application servers"
}

resource "google_compute_instance" "app" {
  count = 2

  name         = "${var.name}-app-${count.index}"
  zone         = var.zone
  machine_type = "e2-standard-4"
  tags         = ["app"]

  boot_disk {
    kms_key_self_link = var.kms_key_id

    initialize_params {
      image = "debian-cloud/debian-12"
      size  = 30
    }
  }

  network_interface {
    subnetwork = var.subnetwork
  }

  service_account {
    email  = google_service_account.app.email
    scopes = ["cloud-platform"]
  }

  shielded_instance_config {
    enable_secure_boot = true
  }
}

# Data disk encrypted with the customer-managed key.
resource "google_compute_disk" "data" {
  name = "${var.name}-data"
  zone = var.zone
  type = "pd-ssd"
  size = 200

  disk_encryption_key {
    kms_key_self_link = var.kms_key_id
  }
}

# Scratch disk: Google-managed encryption key (no disk_encryption_key block).
resource "google_compute_disk" "scratch" {
  name = "${var.name}-scratch"
  zone = var.zone
  type = "pd-balanced"
  size = 100
}
