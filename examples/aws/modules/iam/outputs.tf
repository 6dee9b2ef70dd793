output "app_instance_profile_name" {
  value = aws_iam_instance_profile.app.name
}

output "admin_role_arns" {
  value = [aws_iam_role.platform_admin.arn, aws_iam_role.support_admin.arn]
}
