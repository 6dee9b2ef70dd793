output "network_id" {
  description = "VPC network of the platform."
  value       = module.network.network_id
}

output "sql_user_password" {
  description = "Generated password of the application database user."
  value       = random_password.sql.result
  sensitive   = true
}
