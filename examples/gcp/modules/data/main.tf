# Same type and name as modules/bucket (google_storage_bucket.this), Google-managed keys.
#   static:  EU multi-region
#   exports: deliberately non-compliant: US multi-region, outside the EU (CL-27)
resource "google_storage_bucket" "this" {
  for_each = var.buckets

  name                        = "${var.name}-${each.key}"
  location                    = each.value.location
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"
}

resource "google_storage_bucket" "documents" {
  name                        = "${var.name}-documents"
  location                    = "EUROPE-WEST9"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"

  encryption {
    default_kms_key_name = var.storage_key
  }

  versioning {
    enabled = true
  }
}

# Application database: private IP only, customer-managed key, backups in Paris.
resource "google_sql_database_instance" "main" {
  name                = "${var.name}-pg"
  region              = var.region
  database_version    = "POSTGRES_16"
  encryption_key_name = var.sql_key
  deletion_protection = true

  settings {
    tier              = "db-custom-2-7680"
    availability_type = "REGIONAL"

    ip_configuration {
      ipv4_enabled    = false
      private_network = var.network_id
    }

    backup_configuration {
      enabled  = true
      location = "europe-west9"
    }
  }
}

# deliberately non-compliant: public IP open to 0.0.0.0/0 (CLD-36) and backups stored in the US (CL-27)
resource "google_sql_database_instance" "reporting" {
  name                = "${var.name}-reporting"
  region              = var.region
  database_version    = "POSTGRES_16"
  deletion_protection = false

  settings {
    tier = "db-custom-1-3840"

    ip_configuration {
      ipv4_enabled = true

      authorized_networks {
        name  = "anywhere"
        value = "0.0.0.0/0"
      }
    }

    backup_configuration {
      enabled  = true
      location = "us"
    }
  }
}

resource "google_sql_user" "app" {
  name     = "app"
  instance = google_sql_database_instance.main.name
  password = var.sql_password
}
