# Primary region: Paris. Every resource lands here unless it names another provider.
provider "aws" {
  region = var.region

  default_tags {
    tags = local.default_tags
  }
}

# Second region, used only by the document replica in modules/storage.
# Deliberately outside the EU to exercise the data-residency check.
provider "aws" {
  alias  = "us"
  region = "us-east-1"

  default_tags {
    tags = local.default_tags
  }
}
