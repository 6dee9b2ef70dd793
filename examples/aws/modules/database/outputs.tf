output "app_endpoint" {
  value = aws_db_instance.app.endpoint
}

output "reporting_endpoint" {
  value = aws_db_instance.reporting.endpoint
}
