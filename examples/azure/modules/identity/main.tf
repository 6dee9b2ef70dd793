# Subscription owner granted to a named person: protected by the conditional access policy below.
resource "azurerm_role_assignment" "owner" {
  scope                = "/subscriptions/${var.subscription_id}"
  role_definition_name = "Owner"
  principal_id         = var.admin_object_ids["owner"]
  principal_type       = "User"
}

resource "azurerm_role_assignment" "auditor" {
  scope                = "/subscriptions/${var.subscription_id}"
  role_definition_name = "Reader"
  principal_id         = var.admin_object_ids["auditor"]
  principal_type       = "User"
}

# MFA for every sign-in of the platform administrators and of directory admin roles.
resource "azuread_conditional_access_policy" "admins_mfa" {
  display_name = "Require MFA for administrators"
  state        = "enabled"

  conditions {
    client_app_types = ["all"]

    applications {
      included_applications = ["All"]
    }

    users {
      included_groups = [var.admin_group_id]
      included_roles  = ["62e90394-69f5-4237-9190-012177145e10"]
      included_users  = [var.admin_object_ids["owner"]]
    }
  }

  grant_controls {
    operator          = "OR"
    built_in_controls = ["mfa"]
  }
}
