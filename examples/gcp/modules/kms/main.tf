resource "google_kms_key_ring" "main" {
  name     = "${var.name}-keyring"
  location = var.location
}

# One customer-managed key per service.
resource "google_kms_crypto_key" "this" {
  for_each = toset(["compute", "storage", "sql"])

  name            = "${var.name}-${each.key}"
  key_ring        = google_kms_key_ring.main.id
  rotation_period = "7776000s"
}
