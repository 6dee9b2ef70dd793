# Password of the application database user, generated and kept in state only.
resource "random_password" "sql" {
  length  = 32
  special = true
}

module "network" {
  source = "./modules/network"

  name   = var.name
  region = var.region
}

module "kms" {
  source = "./modules/kms"

  name     = var.name
  location = var.region
}

module "compute" {
  source = "./modules/compute"

  name       = var.name
  zone       = "${var.region}-a"
  subnetwork = module.network.subnet_ids["app"]
  kms_key_id = module.kms.key_ids["compute"]
}

module "gke" {
  source = "./modules/gke"

  name           = var.name
  location       = var.region
  network        = module.network.network_id
  subnetwork     = module.network.subnet_ids["gke"]
  operator_range = var.operator_range
}

module "data" {
  source = "./modules/data"

  name         = var.name
  region       = var.region
  network_id   = module.network.network_id
  storage_key  = module.kms.key_ids["storage"]
  sql_key      = module.kms.key_ids["sql"]
  sql_password = random_password.sql.result
}

module "iam" {
  source = "./modules/iam"

  project_id            = var.project_id
  app_service_account   = module.compute.service_account_email
  platform_admins_group = "group:plateforme-admins@example.gouv.fr"
  owner                 = "user:jean.dupont@example.gouv.fr"
}

module "logging" {
  source = "./modules/logging"

  name       = var.name
  project_id = var.project_id
  region     = var.region
}
