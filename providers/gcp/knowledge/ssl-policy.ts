import type { Truth } from '../../../src/model/facets.js';

/** Cipher suite names that are weak whatever the TLS version: 3DES, RC4, single DES, NULL and export suites. */
const WEAK_FEATURE = /3DES|RC4|_DES_|_NULL_|EXPORT/;

/** TLS_1_2 → 1.2. */
export function tlsVersion(v: string): string | undefined {
  const m = /^TLS_?(\d)_(\d)$/i.exec(v.trim());
  return m ? `${m[1]}.${m[2]}` : undefined;
}

export interface SslPolicyVerdict {
  minTls: string | 'unknown';
  weakCiphers: Truth;
  note: string;
}

/**
 * An SSL policy by its profile and minimum version: COMPATIBLE offers 3DES and RSA key exchange
 * (weak), MODERN, RESTRICTED and FIPS_202205 do not; a CUSTOM profile by its features (or, live,
 * the `enabledFeatures` Google computes for any profile).
 */
export function sslPolicyVerdict(minTls: string | undefined | 'unknown', profile: string | undefined | 'unknown', features: string[] | undefined | 'unknown'): SslPolicyVerdict {
  const version = minTls === 'unknown' ? 'unknown' : tlsVersion(minTls ?? 'TLS_1_0') ?? 'unknown';
  const p = profile === 'unknown' ? 'unknown' : (profile ?? 'COMPATIBLE').toUpperCase();
  let weak: Truth;
  if (Array.isArray(features) && features.length > 0) weak = features.some((f) => WEAK_FEATURE.test(f)) ? 'yes' : 'no';
  else if (p === 'COMPATIBLE') weak = 'yes';
  else if (p === 'MODERN' || p === 'RESTRICTED' || p.startsWith('FIPS')) weak = 'no';
  else weak = 'unknown';
  const note = `profile ${p}${p === 'COMPATIBLE' ? ' (3DES and RSA key exchange among its suites)' : ''}, minimum TLS ${version}`;
  return { minTls: version, weakCiphers: weak, note };
}

/** Google's default when a proxy names no SSL policy. */
export const DEFAULT_SSL_POLICY = 'no SSL policy: Google applies its default, profile COMPATIBLE with TLS 1.0';
