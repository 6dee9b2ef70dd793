/**
 * Encryption in transit (the `transit` facet): load balancer listeners (HTTP only when every
 * request is redirected to HTTPS; the TLS policy's lowest version and cipher suites), CloudFront
 * viewer protocol and security policy, S3 buckets whose policy denies requests without TLS, API
 * Gateway and OpenSearch custom endpoints, ElastiCache in-transit encryption, and RDS / Aurora
 * parameter groups forcing TLS.
 */
import { allOf, type Evidence, type TransitFacet, type Truth } from '../../../src/model/facets.js';
import type { Builder, BuilderTable, BuildContext } from '../../terraform/builder-types.js';
import { setting, type Attr, type TfResource } from '../../terraform/tf-resource.js';
import { bucketPolicyTransit } from '../knowledge/bucket-policy.js';
import { ELB_API_DEFAULT_POLICY, apiGatewayPolicy, cloudfrontPolicy, elbPolicy, openSearchPolicy } from '../knowledge/tls-policies.js';
import { evidence, flag, fromResource, settingBlocks, text } from './values.js';
import { evidenceAt } from '../../../src/model/evidence.js';

/** Listener actions that hand a request to the application (or to a login page first). */
const SERVING_ACTIONS = new Set(['forward', 'authenticate-cognito', 'authenticate-oidc', 'jwt-validation']);

/** The actions of a listener or rule: `redirect to HTTPS`, serving, or harmless (fixed response, redirect elsewhere). */
function actionVerdict(r: TfResource, path: string): { truth: Truth; evidence: Evidence[] } {
  const actions = settingBlocks(r, path);
  if (actions === 'unknown') return { truth: 'unknown', evidence: [{ path, note: 'known after apply' }] };
  const ev: Evidence[] = [];
  let truth: Truth = 'yes';
  actions.forEach((_, i) => {
    const type = text(r, `${path}[${i}].type`);
    ev.push(evidence(r, type, { safe: true }));
    if (type.state !== 'known') {
      if (truth === 'yes') truth = 'unknown';
      return;
    }
    if (SERVING_ACTIONS.has(String(type.value))) truth = 'no';
    if (type.value === 'redirect') {
      const protocol = text(r, `${path}[${i}].redirect[0].protocol`);
      ev.push(evidence(r, protocol, { safe: true }));
      if (protocol.state === 'unknown' && truth === 'yes') truth = 'unknown';
      else if (protocol.state !== 'unknown' && protocol.value !== 'HTTPS') truth = 'no';
    }
  });
  return { truth, evidence: ev };
}

/** The load balancer a listener belongs to, and its type (`application` by default). */
function balancerType(r: TfResource, ctx: BuildContext): string | 'unknown' {
  const lb = ctx.links.targets(r, 'load_balancer_arn', ['aws_lb', 'aws_alb'])[0];
  if (!lb) return 'unknown';
  const type = text(lb, 'load_balancer_type');
  if (type.state === 'unset') return 'application';
  return type.state === 'known' ? String(type.value) : 'unknown';
}

/**
 * A load balancer listener. HTTP: encrypted only when its default action and every rule attached
 * to it in this plan redirect to HTTPS (or answer a fixed response). HTTPS / TLS: the security
 * policy; without one AWS applies ELBSecurityPolicy-2016-08 (TLS 1.0 and SHA-1 suites). TCP, UDP
 * and GENEVE listeners pass bytes through: whether the application speaks TLS is not visible, so
 * they get no facet.
 */
const lbListener: Builder<TransitFacet> = (r, ctx) => {
  const label = 'load balancer listener';
  const protocolAttr = text(r, 'protocol');
  let protocol: string | undefined;
  if (protocolAttr.state === 'known') protocol = String(protocolAttr.value).toUpperCase();
  else if (protocolAttr.state === 'unset') {
    const type = balancerType(r, ctx);
    protocol = type === 'application' ? 'HTTP' : type === 'network' ? 'TCP' : type === 'gateway' ? 'GENEVE' : undefined;
  }
  const protocolEvidence = evidence(r, protocolAttr, { safe: true });
  if (protocol === undefined) return { label, encryptedOnly: 'unknown', evidence: [protocolEvidence], settle: 'the protocol of the listener once applied' };
  if (protocol === 'HTTP') {
    const own = actionVerdict(r, 'default_action');
    const rules = ctx.links.sources(r, 'aws_lb_listener_rule', 'listener_arn').concat(ctx.links.sources(r, 'aws_alb_listener_rule', 'listener_arn'));
    const verdicts = [own.truth, ...rules.map((rule) => actionVerdict(rule, 'action').truth)];
    const serving = rules.filter((rule) => actionVerdict(rule, 'action').truth === 'no').map((rule) => fromResource(rule, 'action', 'a rule serves plain HTTP'));
    const truth = allOf(verdicts);
    const ev = [protocolEvidence, ...own.evidence, ...serving];
    if (truth === 'yes') ev.push({ path: 'default_action', note: 'plain HTTP is redirected to HTTPS' });
    return { label, encryptedOnly: truth, evidence: ev, ...(truth === 'unknown' ? { settle: 'the actions of the HTTP listener and its rules once applied' } : {}) };
  }
  if (protocol !== 'HTTPS' && protocol !== 'TLS') return undefined;
  const policyAttr = text(r, 'ssl_policy');
  if (policyAttr.state === 'unknown') {
    return { label, encryptedOnly: 'yes', minTls: 'unknown', weakCiphers: 'unknown', evidence: [protocolEvidence, evidence(r, policyAttr)], settle: 'the `ssl_policy` of the listener once applied' };
  }
  const name = policyAttr.state === 'known' ? String(policyAttr.value) : ELB_API_DEFAULT_POLICY;
  const p = elbPolicy(name);
  const policyEvidence: Evidence = policyAttr.state === 'known' ? evidence(r, policyAttr, { safe: true }) : { path: 'ssl_policy', value: null, note: `not set: AWS applies ${ELB_API_DEFAULT_POLICY}` };
  const out: TransitFacet = { label, encryptedOnly: 'yes', minTls: p.minTls, weakCiphers: p.weakCiphers, evidence: [protocolEvidence, policyEvidence] };
  if (p.minTls === 'unknown' || p.weakCiphers === 'unknown') out.settle = `what the security policy ${name} allows (aws elbv2 describe-ssl-policies)`;
  return out;
};

/**
 * CloudFront: viewers must use HTTPS on every cache behavior (`redirect-to-https` or `https-only`);
 * the security policy sets the lowest TLS version. On the default *.cloudfront.net certificate
 * CloudFront applies TLSv1 whatever the configuration says.
 */
const cloudfront: Builder<TransitFacet> = (r) => {
  const label = 'CloudFront distribution';
  const behaviors: Attr[] = [text(r, 'default_cache_behavior[0].viewer_protocol_policy')];
  const ordered = settingBlocks(r, 'ordered_cache_behavior');
  const ev: Evidence[] = [];
  let encryptedOnly: Truth = 'yes';
  if (ordered === 'unknown') encryptedOnly = 'unknown';
  else ordered.forEach((_, i) => behaviors.push(text(r, `ordered_cache_behavior[${i}].viewer_protocol_policy`)));
  for (const b of behaviors) {
    if (b.state === 'known' && b.value === 'allow-all') {
      encryptedOnly = 'no';
      ev.push(evidence(r, b, { safe: true, note: 'viewers may use plain HTTP' }));
    } else if (b.state !== 'known' && encryptedOnly !== 'no') {
      encryptedOnly = 'unknown';
      ev.push(evidence(r, b));
    }
  }
  if (encryptedOnly === 'yes') ev.push({ path: 'default_cache_behavior[0].viewer_protocol_policy', note: 'every cache behavior requires HTTPS' });
  const defaultCert = flag(r, 'viewer_certificate[0].cloudfront_default_certificate');
  const version = text(r, 'viewer_certificate[0].minimum_protocol_version');
  let policy: ReturnType<typeof cloudfrontPolicy>;
  if (defaultCert.truth === 'yes') {
    policy = cloudfrontPolicy('TLSv1');
    ev.push(evidence(r, defaultCert.attr, { note: 'the default CloudFront certificate accepts TLSv1 whatever the security policy' }));
  } else if (version.state === 'unknown' || defaultCert.truth === 'unknown') {
    policy = { minTls: 'unknown', weakCiphers: 'unknown' };
    ev.push(evidence(r, version));
  } else {
    const name = version.state === 'known' ? String(version.value) : 'TLSv1';
    policy = cloudfrontPolicy(name);
    ev.push(version.state === 'known' ? evidence(r, version, { safe: true }) : { path: version.path, value: null, note: 'not set: TLSv1' });
  }
  const out: TransitFacet = { label, encryptedOnly, minTls: policy.minTls, weakCiphers: policy.weakCiphers, evidence: ev };
  if (encryptedOnly === 'unknown' || policy.minTls === 'unknown') out.settle = 'the viewer protocol policies and viewer certificate of the distribution once applied';
  return out;
};


/**
 * S3 answers plain HTTP unless the bucket policy denies requests with `aws:SecureTransport`
 * false: from `aws_s3_bucket_policy` resources for the bucket, or the inline `policy` (provider 3).
 */
const s3Bucket: Builder<TransitFacet> = (r, ctx) => {
  const label = 'S3 bucket';
  const holders: Array<{ holder: TfResource; attr: Attr }> = ctx.links.sources(r, 'aws_s3_bucket_policy', 'bucket').map((p) => ({ holder: p, attr: setting(p, 'policy') }));
  const inline = setting(r, 'policy');
  if (inline.state !== 'unset' && !(inline.state === 'known' && (inline.value === '' || inline.value === null))) holders.push({ holder: r, attr: inline });
  let unknown: Evidence | undefined;
  let minTls: string | undefined;
  for (const { holder, attr } of holders) {
    const from = holder === r ? {} : { from: holder.address };
    if (attr.state !== 'known') {
      unknown = { path: 'policy', ...from, note: 'policy known after apply' };
      continue;
    }
    const reading = bucketPolicyTransit(attr.value);
    if (!reading) {
      unknown = { path: 'policy', ...from, note: 'policy document could not be read' };
      continue;
    }
    minTls ??= reading.minTls;
    if (reading.denies) {
      return { label, encryptedOnly: 'yes', ...(minTls ? { minTls } : {}), evidence: [{ path: 'policy', ...from, note: 'denies requests without TLS (aws:SecureTransport false)' }] };
    }
  }
  if (unknown) return { label, encryptedOnly: 'unknown', evidence: [unknown], settle: 'the bucket policy once applied (a Deny on aws:SecureTransport false)' };
  return {
    label,
    encryptedOnly: 'no',
    evidence: [{ path: 'policy', value: null, note: holders.length ? 'the bucket policy does not deny requests without TLS (aws:SecureTransport false)' : 'no bucket policy in this plan denies requests without TLS' }],
  };
};

/** API Gateway (REST) custom domain: HTTPS only; `security_policy` TLS_1_0 unless set. */
const apiGatewayDomain: Builder<TransitFacet> = (r) => {
  const label = 'API Gateway custom domain';
  const policy = text(r, 'security_policy');
  if (policy.state === 'unknown') return { label, encryptedOnly: 'yes', minTls: 'unknown', evidence: [evidence(r, policy)], settle: 'the `security_policy` of the domain once applied' };
  const name = policy.state === 'known' ? String(policy.value) : 'TLS_1_0';
  const ev = policy.state === 'known' ? evidence(r, policy, { safe: true }) : { path: 'security_policy', value: null, note: 'not set: TLS_1_0' };
  return { label, encryptedOnly: 'yes', minTls: apiGatewayPolicy(name).minTls, evidence: [ev] };
};

/** API Gateway v2 custom domain: `domain_name_configuration.security_policy` (TLS_1_2 only today). */
const apiGatewayV2Domain: Builder<TransitFacet> = (r) => {
  const label = 'API Gateway custom domain';
  const policy = text(r, 'domain_name_configuration[0].security_policy');
  if (policy.state !== 'known') return { label, encryptedOnly: 'yes', minTls: 'unknown', evidence: [evidence(r, policy)], settle: 'the security policy of the domain once applied' };
  return { label, encryptedOnly: 'yes', minTls: apiGatewayPolicy(String(policy.value)).minTls, evidence: [evidence(r, policy, { safe: true })] };
};

/**
 * OpenSearch / Elasticsearch: `domain_endpoint_options.enforce_https` (the provider defaults it to
 * true when the block is written) and `tls_security_policy` (computed: AWS's default is not shown).
 */
function searchDomain(label: string): Builder<TransitFacet> {
  return (r) => {
    const options = settingBlocks(r, 'domain_endpoint_options');
    if (options === 'unknown' || options.length === 0) {
      return { label, encryptedOnly: 'unknown', minTls: 'unknown', evidence: [{ path: 'domain_endpoint_options', value: options === 'unknown' ? undefined : null, note: options === 'unknown' ? 'known after apply' : 'not set' }], settle: 'the endpoint options of the domain (EnforceHTTPS, TLSSecurityPolicy) once applied' };
    }
    const enforce = flag(r, 'domain_endpoint_options[0].enforce_https');
    const encryptedOnly: Truth = enforce.truth === 'unset' ? 'yes' : enforce.truth;
    const policy = text(r, 'domain_endpoint_options[0].tls_security_policy');
    const minTls = policy.state === 'known' ? openSearchPolicy(String(policy.value)).minTls : 'unknown';
    const out: TransitFacet = { label, encryptedOnly, minTls, evidence: [evidence(r, enforce.attr), evidence(r, policy, { safe: true })] };
    if (encryptedOnly === 'unknown' || minTls === 'unknown') out.settle = 'the `enforce_https` and `tls_security_policy` of the domain once applied';
    return out;
  };
}

/** ElastiCache replication group: in-transit encryption off by default; `preferred` mode still accepts plain connections. */
const elasticacheGroup: Builder<TransitFacet> = (r) => {
  const label = 'ElastiCache replication group';
  const enabled = flag(r, 'transit_encryption_enabled');
  const mode = text(r, 'transit_encryption_mode');
  const ev = [evidence(r, enabled.attr), evidence(r, mode, { safe: true })];
  if (enabled.truth === 'unknown') return { label, encryptedOnly: 'unknown', evidence: ev, settle: 'the `transit_encryption_enabled` setting once applied' };
  if (enabled.truth !== 'yes') return { label, encryptedOnly: 'no', evidence: ev };
  if (mode.state === 'known' && mode.value === 'preferred') return { label, encryptedOnly: 'no', evidence: [ev[0]!, { ...ev[1]!, note: 'preferred mode accepts unencrypted connections' }] };
  if (mode.state === 'unknown') return { label, encryptedOnly: 'unknown', evidence: ev, settle: 'the `transit_encryption_mode` once applied' };
  return { label, encryptedOnly: 'yes', evidence: ev };
};

/** The parameter that forces TLS per engine family, and the value that means "on". */
function tlsParameter(engine: string): { name: string; on: (v: string) => boolean } | undefined {
  if (/postgres/.test(engine) || /^sqlserver/.test(engine)) return { name: 'rds.force_ssl', on: (v) => v.trim() === '1' };
  if (/^(mysql|mariadb|aurora|aurora-mysql)$/.test(engine)) return { name: 'require_secure_transport', on: (v) => /^(1|on|true)$/i.test(v.trim()) };
  return undefined;
}

/**
 * What the engine does when no parameter says otherwise: RDS for PostgreSQL 15 and later forces
 * TLS (`rds.force_ssl` defaults to 1); MySQL, MariaDB and SQL Server accept plain connections.
 */
function engineDefault(engine: string, version: Attr): Truth {
  if (/^(mysql|mariadb|aurora|aurora-mysql)$/.test(engine) || /^sqlserver/.test(engine)) return 'no';
  if (engine === 'postgres') {
    if (version.state !== 'known') return 'unknown';
    const major = Number(/^(\d+)/.exec(String(version.value))?.[1]);
    return Number.isFinite(major) ? (major >= 15 ? 'yes' : 'no') : 'unknown';
  }
  return 'unknown';
}

/** A database's TLS enforcement from the parameter group it names (`groupAttr`) in this plan. */
function dbParameterTransit(label: string, groupAttr: string, groupType: string): Builder<TransitFacet> {
  return (r, ctx) => {
    const engineAttr = text(r, 'engine');
    if (engineAttr.state === 'unknown') return { label, encryptedOnly: 'unknown', evidence: [evidence(r, engineAttr)], settle: 'the engine of the database once applied' };
    const engine = engineAttr.state === 'known' ? String(engineAttr.value) : 'aurora-mysql';
    const param = tlsParameter(engine);
    if (!param) return undefined;
    const version = text(r, 'engine_version');
    const groupName = text(r, groupAttr);
    const fallback = (why: Evidence): TransitFacet => {
      const truth = engineDefault(engine, version);
      const ev = [why, { ...evidence(r, version, { safe: true }), note: `${param.name} not set: the engine default applies` }];
      return { label, encryptedOnly: truth, evidence: ev, ...(truth === 'unknown' ? { settle: `the ${param.name} parameter of the database once applied` } : {}) };
    };
    if (groupName.state === 'unset' || (groupName.state === 'known' && String(groupName.value).startsWith('default.'))) {
      return fallback({ path: groupAttr, value: null, note: 'default parameter group' });
    }
    const group = ctx.links.targets(r, groupAttr, [groupType])[0];
    if (!group) return { label, encryptedOnly: 'unknown', evidence: [evidence(r, groupName, { note: 'parameter group not in this plan' })], settle: `the ${param.name} parameter of the parameter group` };
    const params = settingBlocks(group, 'parameter');
    if (params === 'unknown') return { label, encryptedOnly: 'unknown', evidence: [fromResource(group, 'parameter', 'known after apply')], settle: `the ${param.name} parameter once applied` };
    const i = params.findIndex((p) => typeof p.name === 'string' && p.name.toLowerCase() === param.name);
    if (i < 0) return fallback(fromResource(group, 'parameter', `${param.name} not in the parameter group`));
    const value = setting(group, `parameter[${i}].value`);
    if (value.state !== 'known') return { label, encryptedOnly: 'unknown', evidence: [evidence(group, value, { from: group })], settle: `the ${param.name} parameter once applied` };
    const on = param.on(String(value.value));
    return { label, encryptedOnly: on ? 'yes' : 'no', evidence: [evidenceAt(`parameter[${i}].value`, String(value.value), { safe: true, from: group.address, note: param.name })] };
  };
}

const dbInstance: Builder<TransitFacet> = (r, ctx) => dbParameterTransit('RDS instance', 'parameter_group_name', 'aws_db_parameter_group')(r, ctx);
const rdsCluster: Builder<TransitFacet> = (r, ctx) => {
  // Multi-AZ DB clusters (non-Aurora) take the same cluster parameter group.
  return dbParameterTransit('RDS cluster', 'db_cluster_parameter_group_name', 'aws_rds_cluster_parameter_group')(r, ctx);
};

export const transitTable: BuilderTable = {
  transit: {
    aws_lb_listener: lbListener,
    aws_alb_listener: lbListener,
    aws_cloudfront_distribution: cloudfront,
    aws_s3_bucket: s3Bucket,
    aws_api_gateway_domain_name: apiGatewayDomain,
    aws_apigatewayv2_domain_name: apiGatewayV2Domain,
    aws_opensearch_domain: searchDomain('OpenSearch domain'),
    aws_elasticsearch_domain: searchDomain('Elasticsearch domain'),
    aws_elasticache_replication_group: elasticacheGroup,
    aws_db_instance: dbInstance,
    aws_rds_cluster: rdsCluster,
  },
};
