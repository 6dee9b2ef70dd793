// CDK for Terraform example for cldscan: the "hosting" stack of a French public-sector web application
// ("téléservice") on AWS, Paris region (eu-west-3).
//
// `npm run synth` compiles this file and runs it; `app.synth()` writes the Terraform JSON configuration
// to cdktf.out/stacks/hosting/cdk.tf.json, which is committed and scanned by cldscan. No Terraform
// provider is downloaded: the cdktf CLI is not used.
//
// The stack mixes compliant resources with deliberately non-compliant ones, so that each of cldscan's
// checks has something to report. Every deliberate finding says why it is there (see README.md for the
// table of expected findings).

import * as path from "node:path";

import { App, LocalBackend, TerraformOutput, TerraformStack, TerraformVariable } from "cdktf";
import { Construct } from "constructs";

import { CloudwatchLogGroup } from "@cdktf/provider-aws/lib/cloudwatch-log-group";
import { DbInstance } from "@cdktf/provider-aws/lib/db-instance";
import { EbsVolume } from "@cdktf/provider-aws/lib/ebs-volume";
import { IamUser } from "@cdktf/provider-aws/lib/iam-user";
import { IamUserLoginProfile } from "@cdktf/provider-aws/lib/iam-user-login-profile";
import { IamUserPolicyAttachment } from "@cdktf/provider-aws/lib/iam-user-policy-attachment";
import { KmsKey } from "@cdktf/provider-aws/lib/kms-key";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
import { S3BucketServerSideEncryptionConfigurationA } from "@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration";
import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group";

const PREFIX = "teleservice";

class HostingStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);

    // Explicit local backend with a relative path: the default one is written with the absolute
    // path of the directory the app ran in, which would differ from machine to machine.
    new LocalBackend(this, { path: "terraform.hosting.tfstate" });

    new AwsProvider(this, "aws", {
      region: "eu-west-3",
      defaultTags: [
        {
          tags: {
            Project: PREFIX,
            Environment: "production",
            ManagedBy: "cdktf",
          },
        },
      ],
    });

    // Customer-managed key for the application's data (S3 documents, RDS storage).
    const dataKey = new KmsKey(this, "data_key", {
      description: `${PREFIX} application data`,
      enableKeyRotation: true,
      deletionWindowInDays: 30,
    });

    // Compliant: user documents, encrypted with the customer-managed KMS key.
    const documents = new S3Bucket(this, "documents", {
      bucket: `${PREFIX}-documents-eu-west-3`,
    });
    new S3BucketServerSideEncryptionConfigurationA(this, "documents_sse", {
      bucket: documents.id,
      rule: [
        {
          applyServerSideEncryptionByDefault: {
            sseAlgorithm: "aws:kms",
            kmsMasterKeyId: dataKey.arn,
          },
          bucketKeyEnabled: true,
        },
      ],
    });

    // Encrypted, but with a provider-managed key: no encryption configuration, so S3's default
    // SSE-S3 (AES256, key owned by AWS) applies. Not a finding, but reported as a provider key.
    new S3Bucket(this, "static_assets", {
      bucket: `${PREFIX}-static-assets-eu-west-3`,
    });

    // Deliberately NON-COMPLIANT (encryption at rest): a scratch volume created unencrypted.
    new EbsVolume(this, "scratch", {
      availabilityZone: "eu-west-3a",
      size: 50,
      type: "gp3",
      encrypted: false,
      tags: { Name: `${PREFIX}-scratch` },
    });

    // Deliberately NON-COMPLIANT (administration interfaces): SSH (tcp/22) open to the whole
    // Internet. The HTTPS rule (tcp/443 from anywhere) beside it is the public web front: fine.
    new SecurityGroup(this, "web", {
      name: `${PREFIX}-web`,
      description: "Public web front",
      ingress: [
        {
          description: "HTTPS from anywhere",
          protocol: "tcp",
          fromPort: 443,
          toPort: 443,
          cidrBlocks: ["0.0.0.0/0"],
          ipv6CidrBlocks: ["::/0"],
        },
        {
          description: "SSH for the ops team (should go through a bastion or SSM)",
          protocol: "tcp",
          fromPort: 22,
          toPort: 22,
          cidrBlocks: ["0.0.0.0/0"],
        },
      ],
      egress: [
        {
          description: "All outbound",
          protocol: "-1",
          fromPort: 0,
          toPort: 0,
          cidrBlocks: ["0.0.0.0/0"],
        },
      ],
    });

    // Deliberately NON-COMPLIANT (log retention): application logs kept only 30 days, under the
    // required 12 months.
    new CloudwatchLogGroup(this, "app_logs", {
      name: `/${PREFIX}/app`,
      retentionInDays: 30,
    });

    // Compliant: audit logs kept 400 days (at least 365).
    new CloudwatchLogGroup(this, "audit_logs", {
      name: `/${PREFIX}/audit`,
      retentionInDays: 400,
    });

    // The database administrator password is never written in the code: it comes from a sensitive
    // variable (TF_VAR_db_admin_password when planning).
    const dbAdminPassword = new TerraformVariable(this, "db_admin_password", {
      type: "string",
      description: "Master password of the application database",
      sensitive: true,
    });

    // Compliant: encrypted with the customer-managed key, not publicly accessible.
    new DbInstance(this, "app_db", {
      identifier: `${PREFIX}-app`,
      engine: "postgres",
      engineVersion: "16.4",
      instanceClass: "db.t4g.medium",
      allocatedStorage: 50,
      dbName: "teleservice",
      username: "teleservice_admin",
      password: dbAdminPassword.stringValue,
      storageEncrypted: true,
      kmsKeyId: dataKey.arn,
      publiclyAccessible: false,
      backupRetentionPeriod: 7,
      skipFinalSnapshot: false,
      finalSnapshotIdentifier: `${PREFIX}-app-final`,
    });

    // Deliberately NON-COMPLIANT (MFA for administrators): a break-glass console user with
    // AdministratorAccess attached directly, and no policy that denies actions without MFA.
    const breakglass = new IamUser(this, "breakglass", {
      name: "breakglass-admin",
    });
    new IamUserLoginProfile(this, "breakglass_console", {
      user: breakglass.name,
      passwordResetRequired: true,
    });
    new IamUserPolicyAttachment(this, "breakglass_admin", {
      user: breakglass.name,
      policyArn: "arn:aws:iam::aws:policy/AdministratorAccess",
    });

    new TerraformOutput(this, "documents_bucket", {
      value: documents.bucket,
    });
  }
}

// Write to examples/cdktf/cdktf.out whatever the current directory (this file runs from dist/).
// No stack traces in the metadata: they would hold absolute paths of the machine that synthesized.
const app = new App({
  outdir: path.resolve(__dirname, "..", "cdktf.out"),
  stackTraces: false,
});
new HostingStack(app, "hosting");
app.synth();
