# Same type and name as modules/data (google_storage_bucket.this).
resource "google_storage_bucket" "this" {
  name                        = var.name
  location                    = var.location
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"

  retention_policy {
    retention_period = var.retention_seconds
  }
}
