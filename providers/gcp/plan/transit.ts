import type { Evidence, TransitFacet, Truth } from '../../../src/model/facets.js';
import type { Builder, BuildContext, BuilderTable } from '../../terraform/builder-types.js';
import { setting, type TfResource } from '../../terraform/tf-resource.js';
import { DEFAULT_SSL_POLICY, sslPolicyVerdict } from '../knowledge/ssl-policy.js';
import { attributed, blockCount, evidence, knownString, related, stringList } from './values.js';

/**
 * Encryption in transit on GCP.
 *
 * - Load balancer front ends: a target HTTPS or SSL proxy accepts TLS only; its SSL policy sets the
 *   lowest TLS version and the cipher suites. Without a policy, Google's default applies: profile
 *   COMPATIBLE with TLS 1.0 (3DES and RSA key exchange among its suites). A target HTTP proxy
 *   carries plain HTTP unless its URL map only redirects to HTTPS (`default_url_redirect.https_redirect`).
 * - Cloud SQL: `ip_configuration.ssl_mode` ENCRYPTED_ONLY or TRUSTED_CLIENT_CERTIFICATE_REQUIRED
 *   (or the legacy `require_ssl = true`); unset, Cloud SQL accepts unencrypted connections.
 * - Cloud Storage has no setting that refuses plain HTTP (the XML API answers it for public
 *   objects): no facet, neither pass nor fail.
 */


const PROXY_SETTLE = 'the SSL policy attached to the proxy (its profile and minimum TLS version)';

function policyFacet(label: string, policy: TfResource, ev: Evidence[]): TransitFacet {
  const min = setting(policy, 'min_tls_version');
  const profile = setting(policy, 'profile');
  const features = stringList(policy, 'custom_features');
  const v = sslPolicyVerdict(min.state === 'unknown' ? 'unknown' : knownString(min), profile.state === 'unknown' ? 'unknown' : knownString(profile), features);
  const facet: TransitFacet = {
    label,
    encryptedOnly: 'yes',
    minTls: v.minTls,
    weakCiphers: v.weakCiphers,
    evidence: [...ev, attributed(evidence(policy, 'min_tls_version', knownString(min) ?? (min.state === 'unset' ? 'TLS_1_0' : undefined), { safe: true, note: v.note }), policy)],
  };
  if (v.minTls === 'unknown' || v.weakCiphers === 'unknown') facet.settle = PROXY_SETTLE;
  return facet;
}

const tlsProxy =
  (label: string, policyTypes: readonly string[]): Builder<TransitFacet> =>
  (r, ctx) => {
    const s = setting(r, 'ssl_policy');
    const own = evidence(r, 'ssl_policy', undefined, { note: 'terminates TLS: plain connections are refused' });
    const policies = related(ctx, r, 'ssl_policy', policyTypes);
    if (policies.length > 0) return policyFacet(label, policies[0]!, [own]);
    if (s.state === 'unset' || (s.state === 'known' && knownString(s) === undefined)) {
      return { label, encryptedOnly: 'yes', minTls: '1.0', weakCiphers: 'yes', evidence: [own, evidence(r, 'ssl_policy', undefined, { note: DEFAULT_SSL_POLICY })] };
    }
    const note = s.state === 'unknown' ? 'known only after apply' : 'an SSL policy outside this plan';
    return { label, encryptedOnly: 'yes', minTls: 'unknown', weakCiphers: 'unknown', evidence: [own, evidence(r, 'ssl_policy', undefined, { note })], settle: PROXY_SETTLE };
  };

/** Whether a URL map only redirects to HTTPS: its default and every path matcher redirect, nothing routes to a backend. */
function redirectsOnly(m: TfResource): { verdict: Truth; evidence: Evidence[] } {
  const redirect = setting(m, 'default_url_redirect[0].https_redirect');
  const matchers = blockCount(m, 'path_matcher');
  if (redirect.state === 'unknown' || matchers === 'unknown') return { verdict: 'unknown', evidence: [evidence(m, redirect.path, undefined, { note: 'known only after apply' })] };
  if (redirect.value !== true) {
    return { verdict: 'no', evidence: [evidence(m, redirect.path, redirect.value === false ? false : undefined, { note: 'the URL map serves requests over plain HTTP rather than redirecting them to HTTPS' })] };
  }
  for (let i = 0; i < matchers; i++) {
    const pm = `path_matcher[${i}]`;
    const own = setting(m, `${pm}.default_url_redirect[0].https_redirect`);
    const rules = blockCount(m, `${pm}.path_rule`);
    const routes = blockCount(m, `${pm}.route_rules`);
    if (own.state === 'unknown' || rules === 'unknown' || routes === 'unknown') return { verdict: 'unknown', evidence: [evidence(m, pm, undefined, { note: 'known only after apply' })] };
    if (own.value !== true || rules > 0 || routes > 0) return { verdict: 'no', evidence: [evidence(m, pm, undefined, { note: 'a path matcher serves requests over plain HTTP' })] };
  }
  return { verdict: 'yes', evidence: [evidence(m, redirect.path, true, { note: 'every request is redirected to HTTPS' })] };
}

const httpProxy =
  (mapTypes: readonly string[]): Builder<TransitFacet> =>
  (r, ctx: BuildContext) => {
    const label = 'HTTP load balancer front end';
    const maps = related(ctx, r, 'url_map', mapTypes);
    if (maps.length === 0) {
      return {
        label,
        encryptedOnly: 'unknown',
        evidence: [evidence(r, 'url_map', undefined, { note: 'a plain-HTTP proxy whose URL map is not in this plan: whether it only redirects to HTTPS is not known' })],
        settle: 'the URL map of the proxy (default_url_redirect with https_redirect)',
      };
    }
    const found = redirectsOnly(maps[0]!);
    const facet: TransitFacet = { label, encryptedOnly: found.verdict, evidence: [evidence(r, 'url_map', undefined, { note: 'plain HTTP front end' }), ...found.evidence.map((e) => attributed(e, maps[0]!))] };
    if (found.verdict === 'unknown') facet.settle = 'the URL map of the proxy once applied';
    return facet;
  };

/** Cloud SQL: ssl_mode (or the legacy require_ssl) decides whether unencrypted connections are accepted. */
const sqlTransit: Builder<TransitFacet> = (r) => {
  const label = 'Cloud SQL instance';
  const base = 'settings[0].ip_configuration[0]';
  const mode = setting(r, `${base}.ssl_mode`);
  const legacy = setting(r, `${base}.require_ssl`);
  if (mode.state === 'unknown' || (mode.state !== 'known' && legacy.state === 'unknown')) {
    const which = mode.state === 'unknown' ? mode : legacy;
    return { label, encryptedOnly: 'unknown', evidence: [evidence(r, which.path, undefined, { note: 'known only after apply' })], settle: 'the ssl_mode of the Cloud SQL instance once applied' };
  }
  if (mode.state === 'known' && typeof mode.value === 'string' && mode.value !== '' && mode.value !== 'SSL_MODE_UNSPECIFIED') {
    const encrypted = mode.value === 'ENCRYPTED_ONLY' || mode.value === 'TRUSTED_CLIENT_CERTIFICATE_REQUIRED';
    return { label, encryptedOnly: encrypted ? 'yes' : 'no', evidence: [evidence(r, mode.path, mode.value, { safe: true, note: encrypted ? undefined : 'unencrypted connections accepted' })] };
  }
  if (legacy.state === 'known' && legacy.value === true) return { label, encryptedOnly: 'yes', evidence: [evidence(r, legacy.path, true, { note: 'legacy require_ssl' })] };
  return {
    label,
    encryptedOnly: 'no',
    evidence: [evidence(r, mode.path, undefined, { note: 'not set: Cloud SQL accepts unencrypted connections (ALLOW_UNENCRYPTED_AND_ENCRYPTED)' })],
  };
};

const GLOBAL_POLICY = ['google_compute_ssl_policy'] as const;
const REGION_POLICY = ['google_compute_region_ssl_policy'] as const;

export const transitTable: BuilderTable = {
  transit: {
    google_compute_target_https_proxy: tlsProxy('HTTPS load balancer front end', GLOBAL_POLICY),
    google_compute_target_ssl_proxy: tlsProxy('SSL proxy load balancer front end', GLOBAL_POLICY),
    google_compute_region_target_https_proxy: tlsProxy('regional HTTPS load balancer front end', REGION_POLICY),
    google_compute_target_http_proxy: httpProxy(['google_compute_url_map']),
    google_compute_region_target_http_proxy: httpProxy(['google_compute_region_url_map']),
    google_sql_database_instance: sqlTransit,
  },
};
