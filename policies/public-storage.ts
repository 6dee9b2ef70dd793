import { definePolicy } from '../src/policy/api.js';

export default definePolicy({
  meta: {
    id: 'public-storage',
    title: { en: 'Data stores are not open to anyone', fr: 'Les stockages de données ne sont pas ouverts à tous' },
    rules: ['CLD-20', 'CLD-36', 'CL-8', 'CL-15'],
    severity: 'critical',
    description: {
      en: 'Buckets and blob containers are not readable or writable by anonymous users or by any authenticated user of the cloud: S3 buckets through their ACL or bucket policy unless Block Public Access (bucket or account) neutralises them, S3 access points reachable from the internet through their policy unless Block Public Access (access point or account) neutralises it, Azure containers with a public access level in an account that allows it, Cloud Storage buckets granted to allUsers or allAuthenticatedUsers (IAM or ACL) without public access prevention.',
      fr: 'Les buckets et conteneurs blob ne sont lisibles ni modifiables par des utilisateurs anonymes ou par tout utilisateur authentifié du cloud : buckets S3 par leur ACL ou leur stratégie de bucket sauf si le blocage de l\'accès public (du bucket ou du compte) les neutralise, points d\'accès S3 joignables depuis Internet par leur stratégie sauf si le blocage de l\'accès public (du point d\'accès ou du compte) la neutralise, conteneurs Azure avec un niveau d\'accès public dans un compte qui le permet, buckets Cloud Storage attribués à allUsers ou allAuthenticatedUsers (IAM ou ACL) sans prévention de l\'accès public.',
    },
    messages: {
      public: { en: 'The {{store}} is open to anyone.', fr: 'Le stockage {{store}} est ouvert à tous.' },
      private: { en: 'The {{store}} is not open to anyone.', fr: 'Le stockage {{store}} n\'est pas ouvert à tous.' },
      unverified: { en: 'Could not verify whether the {{store}} is open to anyone.', fr: 'Impossible de vérifier si le stockage {{store}} est ouvert à tous.' },
      settlePublicAccess: { en: 'the access settings of the store once applied', fr: 'les réglages d\'accès du stockage une fois appliqués' },
    },
    remediation: {
      aws: {
        terraform: {
          en: 'Add an `aws_s3_bucket_public_access_block` with all four settings true (and an `aws_s3_account_public_access_block`); remove `public-read`/`public-read-write` ACLs and bucket or access point policy statements allowing `Principal: "*"` without a condition on the caller (aws:SourceVpce, aws:PrincipalOrgID…); keep `aws_s3_access_point` with its default `public_access_block_configuration` (all true) or a `vpc_configuration`. Serve public content through CloudFront with origin access control.',
          fr: 'Ajouter un `aws_s3_bucket_public_access_block` avec les quatre réglages à true (et un `aws_s3_account_public_access_block`) ; retirer les ACL `public-read`/`public-read-write` et les instructions de stratégie de bucket ou de point d\'accès autorisant `Principal: "*"` sans condition sur l\'appelant (aws:SourceVpce, aws:PrincipalOrgID…) ; garder `aws_s3_access_point` avec son `public_access_block_configuration` par défaut (tout à true) ou un `vpc_configuration`. Servir le contenu public par CloudFront avec un contrôle d\'accès à l\'origine.',
        },
        live: {
          en: '`aws s3api put-public-access-block --bucket BUCKET --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true`, and the same for the account with `aws s3control put-public-access-block --account-id ACCOUNT`; the settings of an access point are fixed at its creation: remove its public policy with `aws s3control delete-access-point-policy --account-id ACCOUNT --name ACCESS_POINT`, or replace it by one created with the settings on.',
          fr: '`aws s3api put-public-access-block --bucket BUCKET --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true`, et de même pour le compte avec `aws s3control put-public-access-block --account-id COMPTE` ; les réglages d\'un point d\'accès sont fixés à sa création : retirer sa stratégie publique avec `aws s3control delete-access-point-policy --account-id COMPTE --name POINT_D_ACCES`, ou le remplacer par un point d\'accès créé avec les réglages activés.',
        },
      },
      azure: {
        terraform: {
          en: 'Set `allow_nested_items_to_be_public = false` on the storage account (azurerm defaults it to true) and `container_access_type = "private"` on its containers.',
          fr: 'Poser `allow_nested_items_to_be_public = false` sur le compte de stockage (azurerm le met à true par défaut) et `container_access_type = "private"` sur ses conteneurs.',
        },
        live: {
          en: '`az storage account update --name ACCOUNT --resource-group RG --allow-blob-public-access false` (public containers then refuse anonymous requests).',
          fr: '`az storage account update --name COMPTE --resource-group RG --allow-blob-public-access false` (les conteneurs publics refusent alors les requêtes anonymes).',
        },
      },
      gcp: {
        terraform: {
          en: 'Set `public_access_prevention = "enforced"` (or enforce the `storage.publicAccessPrevention` organisation policy with `google_org_policy_policy`) and `uniform_bucket_level_access = true` on the bucket; remove `allUsers` / `allAuthenticatedUsers` from its IAM members and bindings and from its ACL resources (`google_storage_bucket_acl`, `google_storage_default_object_acl`, `google_storage_object_acl`, `*_access_control`).',
          fr: 'Poser `public_access_prevention = "enforced"` (ou imposer la contrainte d\'organisation `storage.publicAccessPrevention` avec `google_org_policy_policy`) et `uniform_bucket_level_access = true` sur le bucket ; retirer `allUsers` / `allAuthenticatedUsers` de ses membres et liaisons IAM et de ses ressources d\'ACL (`google_storage_bucket_acl`, `google_storage_default_object_acl`, `google_storage_object_acl`, `*_access_control`).',
        },
        live: {
          en: '`gcloud storage buckets update gs://BUCKET --public-access-prevention --uniform-bucket-level-access` (or the `storage.publicAccessPrevention` organisation policy), and remove the public members with `gcloud storage buckets remove-iam-policy-binding`.',
          fr: '`gcloud storage buckets update gs://BUCKET --public-access-prevention --uniform-bucket-level-access` (ou la contrainte d\'organisation `storage.publicAccessPrevention`), et retirer les membres publics avec `gcloud storage buckets remove-iam-policy-binding`.',
        },
      },
    },
    facets: ['publicAccess'],
  },
  check(resource) {
    const p = resource.facets.publicAccess;
    if (!p) return undefined;
    const data = { store: p.label };
    if (p.public === 'yes') return { status: 'fail', messageId: 'public', data, evidence: p.evidence };
    if (p.public === 'unknown') return { status: 'unknown', messageId: 'unverified', data, evidence: p.evidence, settle: p.settle ?? { messageId: 'settlePublicAccess' } };
    return { status: 'pass', messageId: 'private', data, evidence: p.evidence };
  },
});
