import { definePolicy, type MessageRef } from '../src/policy/api.js';

const MIN_TLS = '1.2';

export default definePolicy({
  meta: {
    id: 'tls-in-transit',
    title: { en: 'Data in transit is encrypted with TLS 1.2 or later', fr: 'Les données en transit sont chiffrées en TLS 1.2 ou plus' },
    rules: ['CLD-38', 'CL-21'],
    severity: 'high',
    description: {
      en:
        'Load balancer and CDN listeners accept HTTPS only (plain HTTP redirected), with a TLS policy of version 1.2 or later and no weak cipher suites — RC4, 3DES, DES, NULL, export or anonymous (ANSSI recommendations); ' +
        'storage accounts and buckets require secure transport; databases require TLS.',
      fr:
        'Les écouteurs des répartiteurs de charge et des CDN n\'acceptent que HTTPS (HTTP redirigé), avec une politique TLS 1.2 ou plus et sans suite de chiffrement faible — RC4, 3DES, DES, NULL, export ou anonyme (recommandations de l\'ANSSI) ; ' +
        'les comptes de stockage et buckets exigent un transport sécurisé ; les bases de données exigent TLS.',
    },
    messages: {
      problems: { en: 'The {{endpoint}} {{problems}}.', fr: 'Le point d\'accès {{endpoint}} {{problems}}.' },
      unverified: { en: 'Could not verify {{unknowns}} for the {{endpoint}}.', fr: 'Impossible de vérifier {{unknowns}} pour le point d\'accès {{endpoint}}.' },
      encryptedOnly: { en: 'The {{endpoint}} accepts only encrypted connections.', fr: 'Le point d\'accès {{endpoint}} n\'accepte que des connexions chiffrées.' },
      encryptedOnlyFrom: { en: 'The {{endpoint}} accepts only encrypted connections with TLS {{version}} or later.', fr: 'Le point d\'accès {{endpoint}} n\'accepte que des connexions chiffrées en TLS {{version}} ou plus.' },
      acceptsPlain: { en: 'accepts unencrypted connections', fr: 'accepte des connexions non chiffrées' },
      acceptsOldTls: { en: 'accepts TLS {{version}}, below {{min}}', fr: 'accepte TLS {{version}}, en dessous de {{min}}' },
      weakCiphers: { en: 'allows weak cipher suites', fr: 'autorise des suites de chiffrement faibles' },
      plainUnknown: { en: 'whether only encrypted connections are accepted', fr: 'si seules des connexions chiffrées sont acceptées' },
      versionUnknown: { en: 'the lowest TLS version accepted', fr: 'la plus basse version de TLS acceptée' },
      ciphersUnknown: { en: 'the cipher suites allowed', fr: 'les suites de chiffrement autorisées' },
      settleTls: { en: 'the listener or endpoint TLS settings once applied', fr: 'les réglages TLS de l\'écouteur ou du point d\'accès une fois appliqués' },
    },
    remediation: {
      aws: {
        terraform: {
          en: 'Redirect HTTP listeners to HTTPS; use `ELBSecurityPolicy-TLS13-1-2-2021-06` (or a TLS 1.2+ FIPS policy) on HTTPS listeners; CloudFront `viewer_protocol_policy = "redirect-to-https"` and `minimum_protocol_version = "TLSv1.2_2021"`; deny S3 requests without `aws:SecureTransport`.',
          fr: 'Rediriger les écouteurs HTTP vers HTTPS ; utiliser `ELBSecurityPolicy-TLS13-1-2-2021-06` (ou une politique FIPS TLS 1.2+) sur les écouteurs HTTPS ; CloudFront `viewer_protocol_policy = "redirect-to-https"` et `minimum_protocol_version = "TLSv1.2_2021"` ; refuser les requêtes S3 sans `aws:SecureTransport`.',
        },
        live: {
          en: 'Change the listener policy (`aws elbv2 modify-listener --ssl-policy ELBSecurityPolicy-TLS13-1-2-2021-06`) and turn HTTP listeners into redirects; set the CloudFront viewer protocol policy to redirect-to-https with TLSv1.2_2021; add a bucket policy statement denying `aws:SecureTransport` false.',
          fr: 'Changer la politique de l\'écouteur (`aws elbv2 modify-listener --ssl-policy ELBSecurityPolicy-TLS13-1-2-2021-06`) et transformer les écouteurs HTTP en redirections ; régler la politique de protocole CloudFront sur redirect-to-https avec TLSv1.2_2021 ; ajouter à la politique du bucket un refus quand `aws:SecureTransport` est faux.',
        },
      },
      azure: {
        terraform: {
          en: 'Set `min_tls_version = "TLS1_2"` and HTTPS only on storage accounts and App Service; `minimum_tls_version = "1.2"` on SQL servers; keep `require_secure_transport` on for PostgreSQL/MySQL.',
          fr: 'Régler `min_tls_version = "TLS1_2"` et HTTPS uniquement sur les comptes de stockage et App Service ; `minimum_tls_version = "1.2"` sur les serveurs SQL ; garder `require_secure_transport` activé pour PostgreSQL/MySQL.',
        },
        live: {
          en: '`az storage account update --min-tls-version TLS1_2 --https-only true`; `az webapp update --https-only true` and `az webapp config set --min-tls-version 1.2`; `az sql server update --minimal-tls-version 1.2`; keep the `require_secure_transport` server parameter ON.',
          fr: '`az storage account update --min-tls-version TLS1_2 --https-only true` ; `az webapp update --https-only true` et `az webapp config set --min-tls-version 1.2` ; `az sql server update --minimal-tls-version 1.2` ; garder le paramètre serveur `require_secure_transport` à ON.',
        },
      },
      gcp: {
        terraform: {
          en: 'Attach an SSL policy with `min_tls_version = "TLS_1_2"` and profile MODERN or RESTRICTED to HTTPS proxies; require SSL (`ssl_mode = ENCRYPTED_ONLY` or stricter) on Cloud SQL.',
          fr: 'Attacher aux proxys HTTPS une politique SSL avec `min_tls_version = "TLS_1_2"` et le profil MODERN ou RESTRICTED ; exiger SSL (`ssl_mode = ENCRYPTED_ONLY` ou plus strict) sur Cloud SQL.',
        },
        live: {
          en: 'Create an SSL policy (`gcloud compute ssl-policies create POLICY --min-tls-version=1.2 --profile=MODERN`) and attach it to the target HTTPS proxies; `gcloud sql instances patch INSTANCE --ssl-mode=ENCRYPTED_ONLY`.',
          fr: 'Créer une politique SSL (`gcloud compute ssl-policies create POLITIQUE --min-tls-version=1.2 --profile=MODERN`) et l\'attacher aux proxys HTTPS cibles ; `gcloud sql instances patch INSTANCE --ssl-mode=ENCRYPTED_ONLY`.',
        },
      },
    },
    facets: ['transit'],
  },
  check(resource) {
    const t = resource.facets.transit;
    if (!t) return undefined;
    const problems: MessageRef[] = [];
    const unknowns: MessageRef[] = [];
    if (t.encryptedOnly === 'no') problems.push({ messageId: 'acceptsPlain' });
    else if (t.encryptedOnly === 'unknown') unknowns.push({ messageId: 'plainUnknown' });
    if (t.minTls === 'unknown') unknowns.push({ messageId: 'versionUnknown' });
    else if (t.minTls !== undefined && t.minTls < MIN_TLS) problems.push({ messageId: 'acceptsOldTls', data: { version: t.minTls, min: MIN_TLS } });
    if (t.weakCiphers === 'yes') problems.push({ messageId: 'weakCiphers' });
    else if (t.weakCiphers === 'unknown') unknowns.push({ messageId: 'ciphersUnknown' });
    const endpoint = t.label;
    if (problems.length) return { status: 'fail', messageId: 'problems', data: { endpoint, problems }, evidence: t.evidence };
    if (unknowns.length) return { status: 'unknown', messageId: 'unverified', data: { endpoint, unknowns }, evidence: t.evidence, settle: t.settle ?? { messageId: 'settleTls' } };
    if (t.minTls) return { status: 'pass', messageId: 'encryptedOnlyFrom', data: { endpoint, version: t.minTls }, evidence: t.evidence };
    return { status: 'pass', messageId: 'encryptedOnly', data: { endpoint }, evidence: t.evidence };
  },
});
