output "trail_arn" {
  value = aws_cloudtrail.main.arn
}
