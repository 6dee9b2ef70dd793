/**
 * What AWS's named TLS policies allow: the lowest protocol version and whether weak cipher suites
 * in the ANSSI sense (RC4, 3DES, DES, NULL, export, anonymous) are in the list. CBC suites with
 * SHA-1 are not counted: they come with TLS 1.0/1.1, which fail on their own, or are kept for
 * compatibility in TLS 1.2 policies the ANSSI guide tolerates. Used for Terraform plans and live
 * inventories alike. Sources: the Elastic Load Balancing and CloudFront "security policies"
 * tables; a name not in them is read from its pattern (`TLS13-1-2-…`), and what the pattern does
 * not say stays unknown.
 */
import type { Truth } from '../../../src/model/facets.js';

export interface TlsPolicy {
  /** `1.0` … `1.3`, or 'unknown' for a policy name not recognised. */
  minTls: string | 'unknown';
  weakCiphers: Truth;
}

const UNKNOWN: TlsPolicy = { minTls: 'unknown', weakCiphers: 'unknown' };

/** Load balancer policies whose names do not follow the TLS13 pattern. Only the 2015 policies keep 3DES (DES-CBC3-SHA). */
const ELB_LEGACY: Readonly<Record<string, TlsPolicy>> = {
  'ELBSecurityPolicy-2016-08': { minTls: '1.0', weakCiphers: 'no' },
  'ELBSecurityPolicy-2015-05': { minTls: '1.0', weakCiphers: 'unknown' },
  'ELBSecurityPolicy-2015-03': { minTls: '1.0', weakCiphers: 'yes' },
  'ELBSecurityPolicy-2015-02': { minTls: '1.0', weakCiphers: 'yes' },
  'ELBSecurityPolicy-TLS-1-0-2015-04': { minTls: '1.0', weakCiphers: 'yes' },
  'ELBSecurityPolicy-TLS-1-1-2017-01': { minTls: '1.1', weakCiphers: 'no' },
  'ELBSecurityPolicy-TLS-1-2-2017-01': { minTls: '1.2', weakCiphers: 'no' },
  'ELBSecurityPolicy-TLS-1-2-Ext-2018-06': { minTls: '1.2', weakCiphers: 'no' },
  'ELBSecurityPolicy-FS-2018-06': { minTls: '1.0', weakCiphers: 'no' },
  'ELBSecurityPolicy-FS-1-1-2019-08': { minTls: '1.1', weakCiphers: 'no' },
  'ELBSecurityPolicy-FS-1-2-2019-08': { minTls: '1.2', weakCiphers: 'no' },
  'ELBSecurityPolicy-FS-1-2-Res-2019-08': { minTls: '1.2', weakCiphers: 'no' },
  'ELBSecurityPolicy-FS-1-2-Res-2020-10': { minTls: '1.2', weakCiphers: 'no' },
};

/**
 * An Elastic Load Balancing security policy (ALB HTTPS and NLB TLS listeners). TLS 1.3 policies
 * are named `ELBSecurityPolicy-TLS13-1-<min>-[Res|Ext0|Ext1|Ext2-][FIPS-][PQ-]<date>`: the minimum
 * is in the name, and none of them offers RC4, 3DES or NULL suites.
 */
export function elbPolicy(name: string): TlsPolicy {
  const legacy = ELB_LEGACY[name];
  if (legacy) return legacy;
  const m = /^ELBSecurityPolicy-TLS13-1-([0-3])-/.exec(name);
  if (!m) return UNKNOWN;
  return { minTls: `1.${m[1]}`, weakCiphers: 'no' };
}

/** The policy an HTTPS/TLS listener gets when none is named through the API, CLI or Terraform. */
export const ELB_API_DEFAULT_POLICY = 'ELBSecurityPolicy-2016-08';

/** CloudFront viewer policies: SSLv3 keeps RC4 and 3DES, TLSv1 keeps 3DES; the 2016 and later policies neither. */
const CLOUDFRONT: Readonly<Record<string, TlsPolicy>> = {
  SSLv3: { minTls: '1.0', weakCiphers: 'yes' },
  TLSv1: { minTls: '1.0', weakCiphers: 'yes' },
  TLSv1_2016: { minTls: '1.0', weakCiphers: 'no' },
  'TLSv1.1_2016': { minTls: '1.1', weakCiphers: 'no' },
  'TLSv1.2_2018': { minTls: '1.2', weakCiphers: 'no' },
  'TLSv1.2_2019': { minTls: '1.2', weakCiphers: 'no' },
  'TLSv1.2_2021': { minTls: '1.2', weakCiphers: 'no' },
  'TLSv1.2_2025': { minTls: '1.2', weakCiphers: 'no' },
  'TLSv1.3_2025': { minTls: '1.3', weakCiphers: 'no' },
};

/** A CloudFront viewer security policy (`minimum_protocol_version`). */
export function cloudfrontPolicy(name: string): TlsPolicy {
  return CLOUDFRONT[name] ?? UNKNOWN;
}

/**
 * An API Gateway custom domain security policy: `TLS_1_0`, `TLS_1_2`, or the 2025 enhanced
 * policies (`SecurityPolicy_TLS13_1_3_2025_09`, `SecurityPolicy_TLS13_1_2_…`). Cipher lists are
 * not read: only the minimum version.
 */
export function apiGatewayPolicy(name: string): { minTls: string | 'unknown' } {
  const legacy = /^TLS_1_([0-3])$/.exec(name);
  if (legacy) return { minTls: `1.${legacy[1]}` };
  const tls13 = /TLS13_1_([0-3])(_|$)/.exec(name);
  if (tls13) return { minTls: `1.${tls13[1]}` };
  if (/TLS12/.test(name)) return { minTls: '1.2' };
  return { minTls: 'unknown' };
}

/** An OpenSearch / Elasticsearch domain endpoint policy (`Policy-Min-TLS-1-2-2019-07`…): the minimum version only. */
export function openSearchPolicy(name: string): { minTls: string | 'unknown' } {
  const m = /^Policy-Min-TLS-1-([0-3])-/.exec(name);
  return { minTls: m ? `1.${m[1]}` : 'unknown' };
}
