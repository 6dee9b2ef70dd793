output "vpc_id" {
  description = "ID of the platform VPC."
  value       = module.network.vpc_id
}

output "document_bucket" {
  description = "Name of the bucket that stores user documents."
  value       = module.storage.bucket_names["documents"]
}

output "app_db_endpoint" {
  description = "Endpoint of the application database."
  value       = module.database.app_endpoint
}
