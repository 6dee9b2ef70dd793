# Default region: Paris (europe-west9). Resources without their own location land here.
provider "google" {
  project = var.project_id
  region  = var.region
}
