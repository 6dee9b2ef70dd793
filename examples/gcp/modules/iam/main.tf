# deliberately non-compliant: basic Owner role granted to an individual account (CLD-21)
resource "google_project_iam_member" "owner" {
  project = var.project_id
  role    = "roles/owner"
  member  = var.owner
}

resource "google_project_iam_member" "admins_editor" {
  project = var.project_id
  role    = "roles/editor"
  member  = var.platform_admins_group
}

resource "google_project_iam_member" "app_log_writer" {
  project = var.project_id
  role    = "roles/logging.logWriter"
  member  = "serviceAccount:${var.app_service_account}"
}

# Data Access audit logs for every service.
resource "google_project_iam_audit_config" "all" {
  project = var.project_id
  service = "allServices"

  audit_log_config {
    log_type = "ADMIN_READ"
  }

  audit_log_config {
    log_type = "DATA_READ"
  }

  audit_log_config {
    log_type = "DATA_WRITE"
  }
}
