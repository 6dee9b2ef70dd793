import type { TransitFacet } from '../../src/model/facets.js';
import { DEFAULT_SSL_POLICY, sslPolicyVerdict } from './knowledge/ssl-policy.js';
import type { CaiAsset } from './asset.js';
import { computeKey, type InventoryContext } from './context.js';
import { bool, dataOf, dataPath, ev, get, str } from './values.js';
import { evidenceAt } from '../../src/model/evidence.js';

/**
 * Encryption in transit, live: target HTTPS / SSL proxies by the SSL policy they name
 * (`sslPolicy`, looked up among the SSL policies read from the same scope; none named: Google's
 * default, COMPATIBLE with TLS 1.0), target HTTP proxies by their URL map (`urlMap`: only HTTPS
 * redirects, or plain HTTP served), Cloud SQL by `settings.ipConfiguration.sslMode` (or the
 * legacy `requireSsl`). An SSL policy or URL map that was not read (another project, a scope not
 * scanned) leaves the proxy unknown.
 */

export const TLS_PROXIES: Readonly<Record<string, string>> = {
  'compute.googleapis.com/TargetHttpsProxy': 'HTTPS load balancer front end',
  'compute.googleapis.com/RegionTargetHttpsProxy': 'regional HTTPS load balancer front end',
  'compute.googleapis.com/TargetSslProxy': 'SSL proxy load balancer front end',
};
export const HTTP_PROXIES: ReadonlySet<string> = new Set(['compute.googleapis.com/TargetHttpProxy', 'compute.googleapis.com/RegionTargetHttpProxy']);

/** Asset types whose facet needs SSL policies or URL maps read first (live scans hold them to the end of their listing). */
export const PROXY_TYPES: ReadonlySet<string> = new Set([...Object.keys(TLS_PROXIES), ...HTTP_PROXIES]);

const NO_DATA = 'the record does not include the resource settings';

function tlsProxy(a: CaiAsset, label: string, ctx: InventoryContext): TransitFacet {
  const settle = 'the SSL policy of the proxy (its profile and minimum TLS version)';
  const data = dataOf(a);
  if (!data) return { label, encryptedOnly: 'yes', minTls: 'unknown', weakCiphers: 'unknown', evidence: [ev('resource.data', undefined, { note: NO_DATA })], settle };
  const own = ev(dataPath('sslPolicy'), undefined, { note: 'terminates TLS: plain connections are refused' });
  const link = str(get(data, 'sslPolicy'));
  if (!link) return { label, encryptedOnly: 'yes', minTls: '1.0', weakCiphers: 'yes', evidence: [{ ...own, note: `${own.note}; ${DEFAULT_SSL_POLICY}` }] };
  const key = computeKey(link);
  const policy = key ? ctx.sslPolicies.get(key) : undefined;
  if (!policy || !key) return { label, encryptedOnly: 'yes', minTls: 'unknown', weakCiphers: 'unknown', evidence: [{ ...own, note: `${own.note}; its SSL policy was not read (another project, or outside the scope)` }], settle };
  const v = sslPolicyVerdict(policy.minTlsVersion, policy.profile, policy.features);
  const facet: TransitFacet = { label, encryptedOnly: 'yes', minTls: v.minTls, weakCiphers: v.weakCiphers, evidence: [own, evidenceAt('minTlsVersion', policy.minTlsVersion || undefined, { safe: true, from: `//compute.googleapis.com/${key}`, note: v.note })] };
  if (v.minTls === 'unknown' || v.weakCiphers === 'unknown') facet.settle = settle;
  return facet;
}

function httpProxy(a: CaiAsset, ctx: InventoryContext): TransitFacet {
  const label = 'HTTP load balancer front end';
  const settle = 'the URL map of the proxy (defaultUrlRedirect.httpsRedirect)';
  const data = dataOf(a);
  if (!data) return { label, encryptedOnly: 'unknown', evidence: [ev('resource.data', undefined, { note: NO_DATA })], settle };
  const link = str(get(data, 'urlMap'));
  const key = link ? computeKey(link) : undefined;
  const map = key ? ctx.urlMaps.get(key) : undefined;
  if (!map || !key) return { label, encryptedOnly: 'unknown', evidence: [ev(dataPath('urlMap'), undefined, { note: 'a plain-HTTP proxy whose URL map was not read: whether it only redirects to HTTPS is not known' })], settle };
  return {
    label,
    encryptedOnly: map.httpsRedirectOnly ? 'yes' : 'no',
    evidence: [
      ev(dataPath('urlMap'), undefined, { note: 'plain HTTP front end' }),
      { path: 'defaultUrlRedirect.httpsRedirect', value: map.httpsRedirectOnly, from: `//compute.googleapis.com/${key}`, note: map.httpsRedirectOnly ? 'every request is redirected to HTTPS' : 'the URL map serves requests over plain HTTP' },
    ],
  };
}

function sqlTransit(a: CaiAsset): TransitFacet {
  const label = 'Cloud SQL instance';
  const data = dataOf(a);
  if (!data) return { label, encryptedOnly: 'unknown', evidence: [ev('resource.data', undefined, { note: NO_DATA })], settle: 'the SSL mode of the Cloud SQL instance' };
  const base = 'settings.ipConfiguration';
  const mode = str(get(data, `${base}.sslMode`));
  if (mode && mode !== 'SSL_MODE_UNSPECIFIED') {
    const encrypted = mode === 'ENCRYPTED_ONLY' || mode === 'TRUSTED_CLIENT_CERTIFICATE_REQUIRED';
    return { label, encryptedOnly: encrypted ? 'yes' : 'no', evidence: [ev(dataPath(`${base}.sslMode`), mode, { safe: true, note: encrypted ? undefined : 'unencrypted connections accepted' })] };
  }
  const legacy = bool(get(data, `${base}.requireSsl`));
  if (legacy === true) return { label, encryptedOnly: 'yes', evidence: [ev(dataPath(`${base}.requireSsl`), true, { note: 'legacy requireSsl' })] };
  return {
    label,
    encryptedOnly: 'no',
    evidence: [ev(dataPath(legacy === false ? `${base}.requireSsl` : `${base}.sslMode`), legacy === false ? false : undefined, { note: 'Cloud SQL accepts unencrypted connections (no sslMode requiring TLS)' })],
  };
}

export function transitFacet(a: CaiAsset, ctx: InventoryContext): TransitFacet | undefined {
  const tls = TLS_PROXIES[a.assetType];
  if (tls) return tlsProxy(a, tls, ctx);
  if (HTTP_PROXIES.has(a.assetType)) return httpProxy(a, ctx);
  if (a.assetType === 'sqladmin.googleapis.com/Instance') return sqlTransit(a);
  return undefined;
}
