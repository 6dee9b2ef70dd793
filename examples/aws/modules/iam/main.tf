locals {
  account_root = "arn:aws:iam::${var.account_id}:root"
}

# ---------------------------------------------------------------------------
# Administrators group: full access, but every action is denied without MFA.
# ---------------------------------------------------------------------------

resource "aws_iam_group" "admins" {
  name = "${var.name}-admins"
}

resource "aws_iam_group_policy_attachment" "admins_administrator" {
  group      = aws_iam_group.admins.name
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}

resource "aws_iam_policy" "require_mfa" {
  name        = "${var.name}-require-mfa"
  description = "Deny everything except MFA self-service when the session has no MFA"

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid    = "DenyAllWithoutMFA"
        Effect = "Deny"
        NotAction = [
          "iam:CreateVirtualMFADevice",
          "iam:EnableMFADevice",
          "iam:GetUser",
          "iam:ListMFADevices",
          "iam:ListVirtualMFADevices",
          "iam:ResyncMFADevice",
          "sts:GetSessionToken",
        ]
        Resource = "*"
        Condition = {
          BoolIfExists = {
            "aws:MultiFactorAuthPresent" = "false"
          }
        }
      },
    ]
  })
}

resource "aws_iam_group_policy_attachment" "admins_require_mfa" {
  group      = aws_iam_group.admins.name
  policy_arn = aws_iam_policy.require_mfa.arn
}

# Named administrator with a console password, member of the MFA-enforcing group.
resource "aws_iam_user" "alice" {
  name = "alice.martin"
}

resource "aws_iam_user_login_profile" "alice" {
  user                    = aws_iam_user.alice.name
  password_reset_required = true
}

resource "aws_iam_user_group_membership" "alice" {
  user   = aws_iam_user.alice.name
  groups = [aws_iam_group.admins.name]
}

# deliberately non-compliant: console administrator outside the admins group, so no MFA is enforced (CLD-21)
resource "aws_iam_user" "breakglass" {
  name = "breakglass"
}

resource "aws_iam_user_login_profile" "breakglass" {
  user                    = aws_iam_user.breakglass.name
  password_reset_required = false
}

resource "aws_iam_user_policy_attachment" "breakglass_admin" {
  user       = aws_iam_user.breakglass.name
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}

# ---------------------------------------------------------------------------
# Administrator roles assumed by people of the account.
# ---------------------------------------------------------------------------

resource "aws_iam_role" "platform_admin" {
  name        = "${var.name}-platform-admin"
  description = "Platform administrators (MFA required)"

  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Action    = "sts:AssumeRole"
        Principal = { AWS = local.account_root }
        Condition = {
          Bool = { "aws:MultiFactorAuthPresent" = "true" }
        }
      },
    ]
  })
}

resource "aws_iam_role_policy_attachment" "platform_admin" {
  role       = aws_iam_role.platform_admin.name
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}

# deliberately non-compliant: administrator role assumable without aws:MultiFactorAuthPresent (CLD-21)
resource "aws_iam_role" "support_admin" {
  name        = "${var.name}-support-admin"
  description = "Level-2 support acting as administrators"

  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Action    = "sts:AssumeRole"
        Principal = { AWS = local.account_root }
      },
    ]
  })
}

resource "aws_iam_role_policy_attachment" "support_admin" {
  role       = aws_iam_role.support_admin.name
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}

# Workload role of the application servers: assumed by EC2, not by people.
resource "aws_iam_role" "app" {
  name = "${var.name}-app"

  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Action    = "sts:AssumeRole"
        Principal = { Service = "ec2.amazonaws.com" }
      },
    ]
  })
}

resource "aws_iam_instance_profile" "app" {
  name = "${var.name}-app"
  role = aws_iam_role.app.name
}
