import { allOf, anyOf, type Evidence, type TransitFacet, type Truth } from '../../src/model/facets.js';
import { APPGW_POLICIES, tlsVersion, transitFacet, weakSuite } from './knowledge/tls.js';
import { bool, children, ev, field, get, idOf, isObject, list, lower, prop, str, type AzRecord, type Details, type Got } from './records.js';

/**
 * Encryption in transit from ARM / Resource Graph records: storage accounts, App Service and
 * Functions (with their `config/web` child, read from ARM), SQL servers, PostgreSQL and MySQL
 * flexible servers (the `require_secure_transport` and TLS server parameters, read from ARM),
 * single servers, Redis, Cosmos DB and Application Gateway listeners. Missing settings leave
 * the facts unknown, except where ARM documents what an absent field means.
 */

function versionOf(g: Got): string | 'unknown' {
  const s = str(g);
  return s === undefined ? 'unknown' : (tlsVersion(s) ?? 'unknown');
}

function lowest(versions: ReadonlyArray<string | 'unknown'>): string | 'unknown' {
  if (versions.includes('unknown')) return 'unknown';
  return [...versions].sort()[0] ?? 'unknown';
}

function truthOf(g: Got): Truth {
  const b = bool(g);
  return b === undefined ? 'unknown' : b ? 'yes' : 'no';
}

/**
 * Storage accounts: `supportsHttpsTrafficOnly`, `minimumTlsVersion`. An account whose record shows
 * its configuration but no minimum accepts TLS 1.0 (Azure Storage's documented behaviour when the
 * property was never set).
 */
function storageAccount(r: AzRecord): TransitFacet {
  // `az storage account list/show` prints it as enableHttpsTrafficOnly.
  const https = prop(r, 'supportsHttpsTrafficOnly').found ? prop(r, 'supportsHttpsTrafficOnly') : prop(r, 'enableHttpsTrafficOnly');
  const tls = prop(r, 'minimumTlsVersion');
  const configured = https.found || prop(r, 'encryption').found;
  let minTls = versionOf(tls);
  let tlsEvidence = ev(tls, { safe: true });
  if (!tls.found && configured) {
    minTls = '1.0';
    tlsEvidence = ev(tls, { safe: true, note: 'not set: the account accepts TLS 1.0 and later' });
  }
  return transitFacet('storage account', truthOf(https), minTls, [ev(https), tlsEvidence], 'properties.supportsHttpsTrafficOnly and minimumTlsVersion of the storage account');
}

/**
 * App Service and Functions: `httpsOnly` on the site; FTP state and minimum TLS versions (site and
 * SCM endpoint) on its `config/web` child, which Resource Graph's site record does not carry.
 */
function webApp(r: AzRecord, details: Details): TransitFacet {
  const https = prop(r, 'httpsOnly');
  const config = children(details, 'config').items.find((c) => /\/config\/web$/i.test(idOf(c) ?? '') || lower(str(field(c, 'name')) ?? '') === 'web');
  const label = /functionapp/i.test(str(field(r, 'kind')) ?? '') ? 'function app' : 'web app';
  const settle = 'the config/web child of the site (GET …/config/web?api-version=2023-12-01, or az webapp config show)';
  if (!config) {
    return transitFacet(label, truthOf(https) === 'no' ? 'no' : 'unknown', 'unknown', [ev(https), { path: 'config/web', note: 'the site configuration was not read' }], settle);
  }
  const at = (p: string): Got => {
    const g = prop(config, p);
    return { ...g, path: `config/web.${g.path}` };
  };
  const ftps = at('ftpsState');
  const f = str(ftps);
  const ftpTruth: Truth = f === undefined ? 'unknown' : lower(f) === 'allallowed' ? 'no' : 'yes';
  const encrypted = allOf([truthOf(https), ftpTruth]);
  const site = at('minTlsVersion');
  const scm = at('scmMinTlsVersion');
  const versions = [versionOf(site), ...(scm.found ? [versionOf(scm)] : [])];
  return transitFacet(label, encrypted, lowest(versions), [ev(https), ev(ftps, { safe: true, ...(ftpTruth === 'no' ? { note: 'plain FTP accepted for deployments' } : {}) }), ev(site, { safe: true }), ...(scm.found ? [ev(scm, { safe: true })] : [])], settle);
}

/** SQL servers: encrypted connections only; `minimalTlsVersion` 1.0 to 1.3, or None (no minimum). */
function sqlServer(r: AzRecord): TransitFacet {
  const tls = prop(r, 'minimalTlsVersion');
  const s = str(tls);
  const minTls = s !== undefined && /^none$/i.test(s) ? '1.0' : versionOf(tls);
  return transitFacet('Azure SQL server', 'yes', minTls, [{ path: 'id', note: 'Azure SQL accepts encrypted connections only' }, ev(tls, { safe: true, ...(s && /^none$/i.test(s) ? { note: 'no minimum TLS version' } : {}) })], 'properties.minimalTlsVersion of the server');
}

/** A server parameter read from ARM (`configurations/<name>`), as a child record. */
function parameter(details: Details, name: string): Got | undefined {
  const rec = children(details, 'configurations').items.find((c) => lower(str(field(c, 'name')) ?? (idOf(c) ?? '').split('/').pop() ?? '') === name);
  if (!rec) return undefined;
  const v = prop(rec, 'value');
  return { ...v, path: `configurations/${name}.${v.path}` };
}

/** Flexible servers: the `require_secure_transport` and TLS version server parameters (ARM children). */
function flexibleServer(kind: 'postgresql' | 'mysql') {
  const tlsName = kind === 'postgresql' ? 'ssl_min_protocol_version' : 'tls_version';
  return (r: AzRecord, details: Details): TransitFacet => {
    void r;
    const secure = parameter(details, 'require_secure_transport');
    const tls = parameter(details, tlsName);
    const s = secure ? str(secure) : undefined;
    const encrypted: Truth = s === undefined ? 'unknown' : /^(on|1|true)$/i.test(s) ? 'yes' : 'no';
    const t = tls ? str(tls) : undefined;
    const minTls = t === undefined ? 'unknown' : lowest(t.split(',').map((x) => tlsVersion(x) ?? 'unknown'));
    const evidence = [
      secure ? ev(secure, { safe: true }) : { path: 'configurations/require_secure_transport', note: 'the server parameter was not read' },
      tls ? ev(tls, { safe: true }) : { path: `configurations/${tlsName}`, note: 'the server parameter was not read' },
    ];
    return transitFacet(kind === 'postgresql' ? 'PostgreSQL flexible server' : 'MySQL flexible server', encrypted, minTls, evidence, `the require_secure_transport and ${tlsName} server parameters (GET …/configurations/<name>, or az ${kind} flexible-server parameter show)`);
  };
}

/** Single servers (retired): `sslEnforcement` Enabled/Disabled, `minimalTlsVersion` TLS1_0…TLS1_2 or TLSEnforcementDisabled. */
function singleServer(label: string) {
  return (r: AzRecord): TransitFacet => {
    const ssl = prop(r, 'sslEnforcement');
    const s = str(ssl);
    const tls = prop(r, 'minimalTlsVersion');
    const t = str(tls);
    const minTls = t !== undefined && /disabled/i.test(t) ? '1.0' : versionOf(tls);
    return transitFacet(label, s === undefined ? 'unknown' : lower(s) === 'enabled' ? 'yes' : 'no', minTls, [ev(ssl, { safe: true }), ev(tls, { safe: true })], 'properties.sslEnforcement and minimalTlsVersion of the server');
  };
}

/** Redis: `enableNonSslPort` (port 6379 without TLS) and `minimumTlsVersion`. */
function redisCache(r: AzRecord): TransitFacet {
  const plain = prop(r, 'enableNonSslPort');
  const p = bool(plain);
  const tls = prop(r, 'minimumTlsVersion');
  return transitFacet('Azure Cache for Redis', p === undefined ? 'unknown' : p ? 'no' : 'yes', versionOf(tls), [ev(plain), ev(tls)], 'properties.enableNonSslPort and minimumTlsVersion of the cache');
}

/** Cosmos DB: TLS only; `minimalTlsVersion` Tls (1.0), Tls11, Tls12. */
function cosmosAccount(r: AzRecord): TransitFacet {
  const tls = prop(r, 'minimalTlsVersion');
  const minTls = /^tls$/i.test(str(tls) ?? '') ? '1.0' : versionOf(tls);
  return transitFacet('Cosmos DB account', 'yes', minTls, [{ path: 'id', note: 'Cosmos DB accepts TLS connections only' }, ev(tls, { safe: true })], 'properties.minimalTlsVersion of the account');
}

/** The TLS policy of an Application Gateway (or of an SSL profile). */
function appGwPolicy(policy: Got): { minTls: string | 'unknown'; weak: Truth; evidence: Evidence } {
  if (!isObject(policy.value)) return { minTls: 'unknown', weak: 'unknown', evidence: ev(policy, { note: 'no TLS policy: the default depends on the API version the gateway was made with' }) };
  const type = str(get(policy.value, 'policyType'));
  const name = str(get(policy.value, 'policyName'));
  if (name && (!type || /^predefined$/i.test(type))) {
    const known = APPGW_POLICIES[lower(name)];
    const g = get(policy.value, 'policyName', policy.path);
    return known ? { minTls: known.minTls, weak: known.weak ? 'yes' : 'no', evidence: ev(g, { safe: true }) } : { minTls: 'unknown', weak: 'unknown', evidence: ev(g, { safe: true, note: 'predefined policy not known to cldscan' }) };
  }
  const min = get(policy.value, 'minProtocolVersion', policy.path);
  const suites = list(get(policy.value, 'cipherSuites'));
  const weak: Truth = suites ? (suites.some((s) => typeof s === 'string' && weakSuite(s)) ? 'yes' : 'no') : 'unknown';
  return { minTls: versionOf(min), weak, evidence: ev(min, { safe: true }) };
}

/** The last segment of a sub-resource reference (`{ id: …/httpListeners/name }`). */
function refName(v: unknown): string | undefined {
  const id = isObject(v) ? v.id : undefined;
  return typeof id === 'string' ? lower(id.split('/').pop() ?? '') : undefined;
}

/**
 * Application Gateway: an HTTP listener must only redirect to HTTPS (its routing rules carry a
 * redirect configuration to an HTTPS listener or an https:// URL); HTTPS listeners use the
 * gateway's `sslPolicy` or their SSL profile's.
 */
function applicationGateway(r: AzRecord): TransitFacet {
  const settle = 'the listeners, routing rules, redirects and TLS policy of the gateway';
  const listeners = list(prop(r, 'httpListeners'));
  const rules = list(prop(r, 'requestRoutingRules')) ?? [];
  const redirects = list(prop(r, 'redirectConfigurations')) ?? [];
  if (!listeners) return transitFacet('Application Gateway', 'unknown', undefined, [ev(prop(r, 'httpListeners'))], settle);
  const nameOf = (x: unknown) => (isObject(x) ? lower(str(get(x, 'name')) ?? '') : '');
  const protocolOf = (name: string | undefined) => {
    const l = listeners.find((x) => nameOf(x) === name);
    return l && isObject(l) ? str(prop(l, 'protocol')) : undefined;
  };
  const evidence: Evidence[] = [];
  const truths: Truth[] = [];
  let https = 0;
  listeners.forEach((l, i) => {
    if (!isObject(l)) return;
    const protocol = str(prop(l, 'protocol'));
    if (protocol && /^https$/i.test(protocol)) {
      https++;
      return;
    }
    evidence.push({ path: `properties.httpListeners[${i}].properties.protocol`, value: protocol ?? null });
    if (!protocol) return void truths.push('unknown');
    let served: Truth = 'yes';
    rules.forEach((rule, j) => {
      if (!isObject(rule) || refName(prop(rule, 'httpListener').value) !== nameOf(l)) return;
      const redirect = redirects.find((x) => nameOf(x) === refName(prop(rule, 'redirectConfiguration').value));
      if (!redirect || !isObject(redirect)) {
        served = 'no';
        evidence.push({ path: `properties.requestRoutingRules[${j}]`, note: 'an HTTP listener serves backends without redirecting to HTTPS' });
        return;
      }
      const target = refName(prop(redirect, 'targetListener').value);
      const url = str(prop(redirect, 'targetUrl'));
      const toHttps = target !== undefined ? /^https$/i.test(protocolOf(target) ?? '') : url !== undefined && /^https:\/\//i.test(url);
      if (!toHttps) served = 'no';
      evidence.push({ path: `properties.requestRoutingRules[${j}]`, note: toHttps ? 'HTTP redirected to HTTPS' : 'HTTP redirected elsewhere than HTTPS' });
    });
    truths.push(served);
  });
  const encrypted = allOf(truths);
  if (!https) return transitFacet('Application Gateway', encrypted, undefined, evidence, settle);
  const policies = [appGwPolicy(prop(r, 'sslPolicy'))];
  (list(prop(r, 'sslProfiles')) ?? []).forEach((p, i) => {
    if (!isObject(p)) return;
    const own = prop(p, 'sslPolicy', `properties.sslProfiles[${i}]`);
    if (own.found) policies.push(appGwPolicy(own));
  });
  return transitFacet('Application Gateway', encrypted, lowest(policies.map((p) => p.minTls)), [...evidence, ...policies.map((p) => p.evidence)], settle, anyOf(policies.map((p) => p.weak)));
}

type Builder = (r: AzRecord, details: Details) => TransitFacet | undefined;

export const TRANSIT_BUILDERS: Readonly<Record<string, Builder>> = {
  'microsoft.storage/storageaccounts': storageAccount,
  'microsoft.web/sites': webApp,
  'microsoft.web/sites/slots': webApp,
  'microsoft.sql/servers': sqlServer,
  'microsoft.dbforpostgresql/flexibleservers': flexibleServer('postgresql'),
  'microsoft.dbformysql/flexibleservers': flexibleServer('mysql'),
  'microsoft.dbforpostgresql/servers': singleServer('PostgreSQL server'),
  'microsoft.dbformysql/servers': singleServer('MySQL server'),
  'microsoft.cache/redis': redisCache,
  'microsoft.documentdb/databaseaccounts': cosmosAccount,
  'microsoft.network/applicationgateways': applicationGateway,
};
