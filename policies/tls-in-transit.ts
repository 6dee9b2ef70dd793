import { definePolicy } from '../src/policy/api.js';

/** TLS versions below 1.2 are refused (ANSSI: TLS 1.2 or 1.3 only). */
const MIN_TLS = '1.2';

export default definePolicy({
  meta: {
    id: 'tls-in-transit',
    title: 'Data in transit is encrypted with TLS 1.2 or later',
    rules: ['CLD-38', 'CL-21'],
    severity: 'high',
    description:
      'Load balancer and CDN listeners accept HTTPS only (plain HTTP redirected), with a TLS policy of version 1.2 or later and no weak cipher suites — RC4, 3DES, DES, NULL, export or anonymous (ANSSI recommendations); ' +
      'storage accounts and buckets require secure transport; databases require TLS.',
    remediation: {
      aws: 'Redirect HTTP listeners to HTTPS; use `ELBSecurityPolicy-TLS13-1-2-2021-06` (or a TLS 1.2+ FIPS policy) on HTTPS listeners; CloudFront `viewer_protocol_policy = "redirect-to-https"` and `minimum_protocol_version = "TLSv1.2_2021"`; deny S3 requests without `aws:SecureTransport`.',
      azure: 'Set `min_tls_version = "TLS1_2"` and HTTPS only on storage accounts and App Service; `minimum_tls_version = "1.2"` on SQL servers; keep `require_secure_transport` on for PostgreSQL/MySQL.',
      gcp: 'Attach an SSL policy with `min_tls_version = "TLS_1_2"` and profile MODERN or RESTRICTED to HTTPS proxies; require SSL (`ssl_mode = ENCRYPTED_ONLY` or stricter) on Cloud SQL.',
    },
    fr: {
      remediation: {
        aws: 'Rediriger les écouteurs HTTP vers HTTPS ; utiliser `ELBSecurityPolicy-TLS13-1-2-2021-06` (ou une politique FIPS TLS 1.2+) sur les écouteurs HTTPS ; CloudFront `viewer_protocol_policy = "redirect-to-https"` et `minimum_protocol_version = "TLSv1.2_2021"` ; refuser les requêtes S3 sans `aws:SecureTransport`.',
        azure: 'Régler `min_tls_version = "TLS1_2"` et HTTPS uniquement sur les comptes de stockage et App Service ; `minimum_tls_version = "1.2"` sur les serveurs SQL ; garder `require_secure_transport` activé pour PostgreSQL/MySQL.',
        gcp: 'Attacher aux proxys HTTPS une politique SSL avec `min_tls_version = "TLS_1_2"` et le profil MODERN ou RESTRICTED ; exiger SSL (`ssl_mode = ENCRYPTED_ONLY` ou plus strict) sur Cloud SQL.',
      },
    },
    facets: ['transit'],
  },
  check(resource) {
    const t = resource.facets.transit;
    if (!t) return undefined;
    const problems: string[] = [];
    const unknowns: string[] = [];
    if (t.encryptedOnly === 'no') problems.push('accepts unencrypted connections');
    else if (t.encryptedOnly === 'unknown') unknowns.push('whether only encrypted connections are accepted');
    if (t.minTls === 'unknown') unknowns.push('the lowest TLS version accepted');
    else if (t.minTls !== undefined && t.minTls < MIN_TLS) problems.push(`accepts TLS ${t.minTls}, below ${MIN_TLS}`);
    if (t.weakCiphers === 'yes') problems.push('allows weak cipher suites');
    else if (t.weakCiphers === 'unknown') unknowns.push('the cipher suites allowed');
    if (problems.length) return { status: 'fail', message: `The ${t.label} ${problems.join(' and ')}.`, evidence: t.evidence };
    if (unknowns.length) {
      return { status: 'unknown', message: `Could not verify ${unknowns.join(' and ')} for the ${t.label}.`, evidence: t.evidence, settle: t.settle ?? 'the listener or endpoint TLS settings once applied' };
    }
    return { status: 'pass', message: `The ${t.label} accepts only encrypted connections${t.minTls ? ` with TLS ${t.minTls} or later` : ''}.`, evidence: t.evidence };
  },
});
