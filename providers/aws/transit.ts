/**
 * Encryption in transit (the `transit` facet) from Config items: load balancer listeners (HTTP
 * only when the default action redirects to HTTPS; the TLS policy of HTTPS/TLS listeners),
 * CloudFront viewer protocol and security policy, S3 bucket policies denying requests without
 * TLS, OpenSearch / Elasticsearch endpoint options. Listener rules are not AWS Config resources:
 * a rule that forwards plain HTTP behind a redirecting default action is not seen.
 */
import type { Evidence, TransitFacet, Truth } from '../../src/model/facets.js';
import { bucketPolicyTransit } from './knowledge/bucket-policy.js';
import { cloudfrontPolicy, elbPolicy, openSearchPolicy } from './knowledge/tls-policies.js';
import { conf, isRecord, list, supp, text, truthy } from './ci.js';
import { ev, hasConfiguration, type BuildContext } from './context.js';
import { s3SupplementCaptured } from './storage.js';
import { evidenceAt } from '../../src/model/evidence.js';

const SERVING = new Set(['forward', 'authenticate-cognito', 'authenticate-oidc', 'jwt-validation']);

function listener(ctx: BuildContext): TransitFacet | undefined {
  const label = 'load balancer listener';
  const protocolF = conf(ctx.item, 'Protocol');
  const protocol = text(protocolF)?.toUpperCase();
  if (!protocol) return hasConfiguration(ctx.item) ? { label, encryptedOnly: 'unknown', evidence: [ev(protocolF)], settle: 'the protocol of the listener' } : undefined;
  if (protocol === 'HTTP') {
    const actionsF = conf(ctx.item, 'DefaultActions');
    const actions = list(actionsF);
    if (!actions) return { label, encryptedOnly: 'unknown', evidence: [ev(protocolF, { safe: true }), ev(actionsF)], settle: 'the default actions of the HTTP listener' };
    let truth = 'yes' as Truth;
    const evidence: Evidence[] = [ev(protocolF, { safe: true })];
    actions.forEach((a, i) => {
      if (!isRecord(a)) return;
      const type = String(a.Type ?? a.type ?? '').toLowerCase();
      const path = `${actionsF.path}[${i}]`;
      if (SERVING.has(type)) {
        truth = 'no';
        evidence.push(evidenceAt(`${path}.Type`, type, { safe: true, note: 'serves plain HTTP' }));
      } else if (type === 'redirect') {
        const cfg = isRecord(a.RedirectConfig) ? a.RedirectConfig : isRecord(a.redirectConfig) ? a.redirectConfig : {};
        const to = String(cfg.Protocol ?? cfg.protocol ?? '#{protocol}');
        if (to !== 'HTTPS') truth = 'no';
        evidence.push(evidenceAt(`${path}.RedirectConfig.Protocol`, to, { safe: true, ...(to === 'HTTPS' ? { note: 'redirected to HTTPS (listener rules are not in AWS Config)' } : {}) }));
      } else if (type === '' && truth === 'yes') truth = 'unknown';
    });
    return { label, encryptedOnly: truth, evidence, ...(truth === 'unknown' ? { settle: 'the default actions of the HTTP listener' } : {}) };
  }
  if (protocol !== 'HTTPS' && protocol !== 'TLS') return undefined;
  const policyF = conf(ctx.item, 'SslPolicy');
  const name = text(policyF);
  if (!name) {
    return { label, encryptedOnly: 'yes', minTls: 'unknown', weakCiphers: 'unknown', evidence: [ev(protocolF, { safe: true }), ev(policyF)], settle: 'the security policy of the listener (aws elbv2 describe-listeners)' };
  }
  const p = elbPolicy(name);
  const out: TransitFacet = { label, encryptedOnly: 'yes', minTls: p.minTls, weakCiphers: p.weakCiphers, evidence: [ev(protocolF, { safe: true }), ev(policyF, { safe: true })] };
  if (p.minTls === 'unknown' || p.weakCiphers === 'unknown') out.settle = `what the security policy ${name} allows (aws elbv2 describe-ssl-policies)`;
  return out;
}

function distribution(ctx: BuildContext): TransitFacet {
  const label = 'CloudFront distribution';
  const base = 'distributionConfig';
  const def = conf(ctx.item, `${base}.defaultCacheBehavior.viewerProtocolPolicy`);
  const behaviorsF = conf(ctx.item, `${base}.cacheBehaviors.items`);
  const policies = [{ f: def, v: text(def) }];
  (list(behaviorsF) ?? []).forEach((b, i) => {
    if (isRecord(b)) policies.push({ f: { path: `${behaviorsF.path}[${i}].viewerProtocolPolicy`, value: b.viewerProtocolPolicy }, v: typeof b.viewerProtocolPolicy === 'string' ? b.viewerProtocolPolicy : undefined });
  });
  const evidence: Evidence[] = [];
  let encryptedOnly: Truth = 'yes';
  for (const { f, v } of policies) {
    if (v === 'allow-all') {
      encryptedOnly = 'no';
      evidence.push(ev(f, { safe: true, note: 'viewers may use plain HTTP' }));
    } else if (v === undefined && encryptedOnly === 'yes') {
      encryptedOnly = 'unknown';
      evidence.push(ev(f));
    }
  }
  if (encryptedOnly === 'yes') evidence.push({ path: def.path, note: 'every cache behavior requires HTTPS' });
  const defaultCert = conf(ctx.item, `${base}.viewerCertificate.cloudFrontDefaultCertificate`);
  const version = conf(ctx.item, `${base}.viewerCertificate.minimumProtocolVersion`);
  let policy = { minTls: 'unknown' as string, weakCiphers: 'unknown' as Truth };
  if (truthy(defaultCert) === 'yes') {
    policy = cloudfrontPolicy('TLSv1');
    evidence.push(ev(defaultCert, { note: 'the default CloudFront certificate accepts TLSv1 whatever the security policy' }));
  } else if (text(version)) {
    policy = cloudfrontPolicy(text(version)!);
    evidence.push(ev(version, { safe: true }));
  } else evidence.push(ev(version));
  const out: TransitFacet = { label, encryptedOnly, minTls: policy.minTls, weakCiphers: policy.weakCiphers, evidence };
  if (encryptedOnly === 'unknown' || policy.minTls === 'unknown' || policy.weakCiphers === 'unknown') out.settle = 'the viewer protocol policies and viewer certificate of the distribution';
  return out;
}

/** S3 answers plain HTTP unless the bucket policy denies `aws:SecureTransport` false. */
function bucket(ctx: BuildContext): TransitFacet {
  const label = 'S3 bucket';
  const policy = supp(ctx.item, 'BucketPolicy.policyText');
  // The policy text is JSON: the item reader has already decoded it into an object.
  const doc = typeof policy.value === 'string' ? policy.value : isRecord(policy.value) ? JSON.stringify(policy.value) : undefined;
  if (doc !== undefined) {
    const reading = bucketPolicyTransit(doc);
    if (!reading) return { label, encryptedOnly: 'unknown', evidence: [{ path: policy.path, note: 'policy document could not be read' }], settle: 'the bucket policy' };
    if (reading.denies) return { label, encryptedOnly: 'yes', ...(reading.minTls ? { minTls: reading.minTls } : {}), evidence: [{ path: policy.path, note: 'denies requests without TLS (aws:SecureTransport false)' }] };
    return { label, encryptedOnly: 'no', evidence: [{ path: policy.path, note: 'the bucket policy does not deny requests without TLS (aws:SecureTransport false)' }] };
  }
  if (!s3SupplementCaptured(ctx.item)) return { label, encryptedOnly: 'unknown', evidence: [ev(policy)], settle: 'the bucket policy (supplementaryConfiguration.BucketPolicy)' };
  return { label, encryptedOnly: 'no', evidence: [{ path: policy.path, value: null, note: 'no bucket policy: requests without TLS are accepted' }] };
}

/** OpenSearch / Elasticsearch: `DomainEndpointOptions.EnforceHTTPS` and `TLSSecurityPolicy`. */
function searchDomain(label: string, key: string) {
  return (ctx: BuildContext): TransitFacet => {
    const enforce = conf(ctx.item, `${key}.EnforceHTTPS`);
    const policy = conf(ctx.item, `${key}.TLSSecurityPolicy`);
    const t = truthy(enforce);
    const minTls = text(policy) ? openSearchPolicy(text(policy)!).minTls : 'unknown';
    const out: TransitFacet = { label, encryptedOnly: t ?? 'unknown', minTls, evidence: [ev(enforce), ev(policy, { safe: true })] };
    if (t === undefined || minTls === 'unknown') out.settle = `the endpoint options of the ${label} (EnforceHTTPS, TLSSecurityPolicy)`;
    return out;
  };
}

export const TRANSIT: Readonly<Record<string, (ctx: BuildContext) => TransitFacet | undefined>> = {
  'AWS::ElasticLoadBalancingV2::Listener': listener,
  'AWS::CloudFront::Distribution': distribution,
  'AWS::S3::Bucket': bucket,
  'AWS::OpenSearch::Domain': searchDomain('OpenSearch domain', 'DomainEndpointOptions'),
  'AWS::Elasticsearch::Domain': searchDomain('Elasticsearch domain', 'domainEndpointOptions'),
};
