# The _Default bucket keeps logs 400 days.
resource "google_logging_project_bucket_config" "default" {
  project        = var.project_id
  location       = "global"
  bucket_id      = "_Default"
  retention_days = 400
}

# deliberately non-compliant: application logs kept 30 days, less than one year (CL-19)
resource "google_logging_project_bucket_config" "app" {
  project        = var.project_id
  location       = var.region
  bucket_id      = "${var.name}-app"
  retention_days = 30
}

# Long-term archive of exported logs, locked for one year.
module "archive_bucket" {
  source = "../bucket"

  name              = "${var.name}-log-archive"
  location          = var.region
  retention_seconds = 31536000
}
