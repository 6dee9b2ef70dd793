import type { Evidence, TransitFacet, Truth } from '../../../src/model/facets.js';

/** TLS as Azure names it, in plans and inventories alike: versions, Application Gateway policies, weak suites. */

/** Application Gateway predefined TLS policies: lowest version, and whether they admit CBC suites with SHA-1 or 3DES. */
export const APPGW_POLICIES: Readonly<Record<string, { minTls: string; weak: boolean }>> = {
  appgwsslpolicy20150501: { minTls: '1.0', weak: true },
  appgwsslpolicy20170401: { minTls: '1.1', weak: true },
  appgwsslpolicy20170401s: { minTls: '1.2', weak: true },
  appgwsslpolicy20220101: { minTls: '1.2', weak: false },
  appgwsslpolicy20220101s: { minTls: '1.2', weak: false },
};

/** Cipher suites ANSSI and the policy call weak: RC4, (3)DES, NULL, export, CBC with SHA-1. */
export function weakSuite(name: string): boolean {
  return /RC4|3DES|_DES_|NULL|EXPORT|_CBC_SHA$/i.test(name);
}

/** The facet of an Azure endpoint, plan or inventory alike: `settle` only when something is unknown. */
export function transitFacet(label: string, encryptedOnly: Truth, minTls: TransitFacet['minTls'], evidence: Evidence[], settle: string, weakCiphers?: Truth): TransitFacet {
  const out: TransitFacet = { label, encryptedOnly, evidence };
  if (minTls !== undefined) out.minTls = minTls;
  if (weakCiphers !== undefined) out.weakCiphers = weakCiphers;
  if (encryptedOnly === 'unknown' || minTls === 'unknown' || weakCiphers === 'unknown') out.settle = settle;
  return out;
}

/** `TLS1_2`, `1.2`, `TLSv1.2`, `Tls12`, `TLSv1_2` → `1.2`; undefined when not a version. */
export function tlsVersion(v: string): string | undefined {
  const m = /^(?:tls)?v?\s*1(?:[._]?([0-3]))?$/i.exec(v.trim());
  return m ? `1.${m[1] ?? '0'}` : undefined;
}
