import { anyOf, allOf, type Evidence, type TransitFacet, type Truth } from '../../../src/model/facets.js';
import type { BuildContext, BuilderTable } from '../../terraform/builder-types.js';
import type { Links } from '../../terraform/links.js';
import { blocks, type TfResource } from '../../terraform/tf-resource.js';
import { APPGW_POLICIES, tlsVersion, transitFacet, weakSuite } from '../knowledge/tls.js';
import { ev, evFrom, firstPresent, knownString, read, readBool, readEnum, sameResourceGroup, WEB_APPS } from './values.js';

/**
 * Encryption in transit of Azure endpoints: storage accounts, App Service and Functions, SQL,
 * PostgreSQL and MySQL servers, Redis, Cosmos DB, Application Gateway listeners. TLS versions are
 * normalised to `1.0` … `1.3`; a service default is used only where the provider documents one
 * for every version it ships (the evidence says so), never for a value set but unknown.
 */


/** The lowest of several versions (`TLSv1.2,TLSv1.3` → `1.2`). */
function lowest(versions: readonly string[]): string | undefined {
  const parsed = versions.map(tlsVersion).filter((x): x is string => x !== undefined).sort();
  return parsed[0];
}

interface Tls {
  minTls: TransitFacet['minTls'];
  evidence: Evidence;
}

/** A TLS version attribute with the service default when left out (`note` says what applies then). */
function tlsOf(r: TfResource, path: string, serviceDefault: string | undefined, note: string): Tls {
  const a = readEnum(r, path, serviceDefault);
  const evidence = ev(r, a.attr, { safe: true, ...(a.defaulted || a.value === undefined ? { note } : {}) });
  if (a.value === undefined || a.value === 'unknown') return { minTls: 'unknown', evidence };
  return { minTls: tlsVersion(a.value) ?? 'unknown', evidence };
}


function transit(label: string, encryptedOnly: Truth, tls: Tls[] | undefined, evidence: Evidence[], settle: string, weakCiphers?: Truth): TransitFacet {
  const versions = tls?.map((t) => t.minTls);
  const minTls = versions === undefined ? undefined : versions.includes('unknown') ? 'unknown' : lowest(versions as string[]);
  return transitFacet(label, encryptedOnly, minTls, [...evidence, ...(tls?.map((t) => t.evidence) ?? [])], settle, weakCiphers);
}

/**
 * Storage accounts: HTTPS only (`https_traffic_only_enabled` in 4.x, `enable_https_traffic_only`
 * before; true by default) and `min_tls_version` (its default changed from TLS1_0 to TLS1_2 in
 * azurerm 3.0, so a value left out is not known).
 */
function storageAccount(r: TfResource): TransitFacet {
  const https = readBool(r, firstPresent(r, ['https_traffic_only_enabled', 'enable_https_traffic_only']), true, true);
  const tls = tlsOf(r, 'min_tls_version', undefined, 'not set: the default depends on the provider version (TLS1_2 since azurerm 3.0, TLS1_0 before)');
  return transit('storage account', https.truth, [tls], [ev(r, https.attr)], 'https_traffic_only_enabled and min_tls_version of the storage account');
}

/**
 * App Service and Functions: `https_only` (false by default: plain HTTP is served), FTP deployment
 * (`ftps_state` AllAllowed accepts plain FTP), and the minimum TLS version of the site and of its
 * SCM (Kudu) endpoint (`site_config[0].minimum_tls_version`, 1.2 by default; `min_tls_version` in
 * the retired azurerm_app_service and azurerm_function_app).
 */
function webApp(r: TfResource): TransitFacet {
  const https = readBool(r, 'https_only', false, false);
  const legacy = r.type === 'azurerm_app_service' || r.type === 'azurerm_function_app' || r.type === 'azurerm_app_service_slot' || r.type === 'azurerm_function_app_slot';
  const ftps = readEnum(r, 'site_config[0].ftps_state', legacy ? undefined : 'Disabled');
  const ftpTruth: Truth = ftps.value === 'unknown' || ftps.value === undefined ? 'unknown' : ftps.value.toLowerCase() === 'allallowed' ? 'no' : 'yes';
  const site = tlsOf(r, legacy ? 'site_config[0].min_tls_version' : 'site_config[0].minimum_tls_version', '1.2', 'not set: App Service accepts TLS 1.2 and later');
  const scm = tlsOf(r, legacy ? 'site_config[0].scm_min_tls_version' : 'site_config[0].scm_minimum_tls_version', '1.2', 'not set: the SCM endpoint accepts TLS 1.2 and later');
  const evidence = [ev(r, https.attr), ev(r, ftps.attr, { safe: true, ...(ftps.defaulted ? { note: 'not set: FTP is disabled' } : ftpTruth === 'no' ? { note: 'plain FTP accepted for deployments' } : {}) })];
  return transit(legacy ? 'App Service app' : r.type.includes('function') ? 'function app' : 'web app', allOf([https.truth, ftpTruth]), [site, scm], evidence, 'https_only, site_config[0].ftps_state and the minimum TLS versions of the app');
}

/**
 * Azure SQL servers always require encrypted connections; `minimum_tls_version` 1.0 to 1.3
 * (1.2 by default since azurerm 3.0; "Disabled" in 3.x means no minimum: every TLS version).
 */
function mssqlServer(r: TfResource): TransitFacet {
  const a = readEnum(r, 'minimum_tls_version', '1.2');
  let tls: Tls;
  if (a.value !== undefined && a.value !== 'unknown' && /^disabled$/i.test(a.value)) tls = { minTls: '1.0', evidence: ev(r, a.attr, { safe: true, note: 'no minimum TLS version: TLS 1.0 and 1.1 are accepted' }) };
  else tls = tlsOf(r, 'minimum_tls_version', '1.2', 'not set: TLS 1.2 is the minimum');
  return transit('Azure SQL server', 'yes', [tls], [{ path: 'id', note: 'Azure SQL accepts encrypted connections only' }], 'minimum_tls_version of the server once applied');
}

interface ServerParameter {
  value: string | 'unknown' | undefined;
  evidence?: Evidence;
}

/** A server parameter set by a configuration resource in the plan (`name` = the parameter). */
function parameter(server: TfResource, links: Links, type: string, path: string, byName: boolean, name: string): ServerParameter {
  let configs = links.sources(server, type, path);
  if (byName) configs = configs.filter((c) => sameResourceGroup(c, server));
  for (const c of configs) {
    if ((knownString(c, 'name') ?? '').toLowerCase() !== name) continue;
    const v = read(c, 'value');
    return { value: v.state === 'known' ? String(v.value) : 'unknown', evidence: evFrom(c, v, { safe: true }) };
  }
  return { value: undefined };
}

/**
 * Flexible servers: the `require_secure_transport` server parameter (ON by default) and the lowest
 * TLS version (`ssl_min_protocol_version` for PostgreSQL, `tls_version` for MySQL; TLS 1.2 by
 * default), set by configuration resources in the plan.
 */
function flexibleServer(kind: 'postgresql' | 'mysql') {
  return (r: TfResource, { links }: BuildContext): TransitFacet => {
    const type = kind === 'postgresql' ? 'azurerm_postgresql_flexible_server_configuration' : 'azurerm_mysql_flexible_server_configuration';
    const [path, byName] = kind === 'postgresql' ? (['server_id', false] as const) : (['server_name', true] as const);
    const secure = parameter(r, links, type, path, byName, 'require_secure_transport');
    const tlsName = kind === 'postgresql' ? 'ssl_min_protocol_version' : 'tls_version';
    const tls = parameter(r, links, type, path, byName, tlsName);
    const secureTruth: Truth = secure.value === undefined ? 'yes' : secure.value === 'unknown' ? 'unknown' : /^(on|1|true)$/i.test(secure.value) ? 'yes' : 'no';
    const evidence = [secure.evidence ?? { path: `configuration.require_secure_transport`, value: 'ON', note: 'not set in the plan: ON by default' }];
    const minTls: Tls =
      tls.value === undefined
        ? { minTls: '1.2', evidence: { path: `configuration.${tlsName}`, note: 'not set in the plan: TLS 1.2 and later by default' } }
        : { minTls: tls.value === 'unknown' ? 'unknown' : (lowest(tls.value.split(',')) ?? 'unknown'), evidence: tls.evidence! };
    return transit(kind === 'postgresql' ? 'PostgreSQL flexible server' : 'MySQL flexible server', secureTruth, [minTls], evidence, `the ${'require_secure_transport'} and ${tlsName} server parameters once applied`);
  };
}

/** Single servers (retired): `ssl_enforcement_enabled` and `ssl_minimal_tls_version_enforced` (TLSEnforcementDisabled accepts every version). */
function singleServer(label: string) {
  return (r: TfResource): TransitFacet => {
    const ssl = readBool(r, 'ssl_enforcement_enabled', undefined);
    const a = readEnum(r, 'ssl_minimal_tls_version_enforced', 'TLS1_2');
    const tls: Tls =
      a.value !== undefined && a.value !== 'unknown' && /disabled/i.test(a.value)
        ? { minTls: '1.0', evidence: ev(r, a.attr, { safe: true, note: 'no minimum TLS version' }) }
        : tlsOf(r, 'ssl_minimal_tls_version_enforced', 'TLS1_2', 'not set: TLS 1.2 is the minimum');
    return transit(label, ssl.truth, [tls], [ev(r, ssl.attr)], 'ssl_enforcement_enabled and ssl_minimal_tls_version_enforced once applied');
  };
}

/** Redis: the non-TLS port 6379 (`non_ssl_port_enabled` in 4.x, `enable_non_ssl_port` before; off by default) and `minimum_tls_version` (1.2 by default since azurerm 3.0). */
function redisCache(r: TfResource): TransitFacet {
  const plain = readBool(r, firstPresent(r, ['non_ssl_port_enabled', 'enable_non_ssl_port']), false, false);
  const encrypted: Truth = plain.truth === 'yes' ? 'no' : plain.truth === 'no' ? 'yes' : 'unknown';
  const tls = tlsOf(r, 'minimum_tls_version', '1.2', 'not set: TLS 1.2 is the minimum');
  return transit('Azure Cache for Redis', encrypted, [tls], [ev(r, plain.attr)], 'the non-TLS port and minimum_tls_version of the cache once applied');
}

/** Cosmos DB accepts TLS connections only; `minimal_tls_version` Tls, Tls11 or Tls12 (the default). */
function cosmosAccount(r: TfResource): TransitFacet {
  // Providers before minimal_tls_version existed leave it out of the plan: the account's own setting is not known.
  const known = 'minimal_tls_version' in r.values || (typeof r.unknownTree === 'object' && r.unknownTree !== null && 'minimal_tls_version' in r.unknownTree) || r.origin === 'config';
  const tls = known ? tlsOf(r, 'minimal_tls_version', 'Tls12', 'not set: TLS 1.2 is the minimum') : { minTls: 'unknown' as const, evidence: { path: 'minimal_tls_version', note: 'not in the plan: a provider older than the setting' } };
  if (tls.minTls === 'unknown' && /^tls$/i.test(knownString(r, 'minimal_tls_version') ?? '')) tls.minTls = '1.0';
  return transit('Cosmos DB account', 'yes', [tls], [{ path: 'id', note: 'Cosmos DB accepts TLS connections only' }], 'minimal_tls_version of the account once applied');
}

/** The TLS policy of a gateway (or of an SSL profile): predefined by name, or custom with its own minimum and suites. */
function appGwPolicy(r: TfResource, base: string): { tls: Tls; weak: Truth } {
  const policy = blocks(r, base);
  if (policy === 'unknown') return { tls: { minTls: 'unknown', evidence: ev(r, base) }, weak: 'unknown' };
  if (!policy.length) {
    return {
      tls: { minTls: 'unknown', evidence: { path: base, note: 'no TLS policy: the default depends on the API version (AppGwSslPolicy20150501, TLS 1.0, before 2023-02-01; AppGwSslPolicy20220101 after)' } },
      weak: 'unknown',
    };
  }
  const type = readEnum(r, `${base}[0].policy_type`, undefined);
  const name = read(r, `${base}[0].policy_name`);
  if (name.state === 'known' && (type.value === undefined || /^predefined$/i.test(type.value))) {
    const known = APPGW_POLICIES[String(name.value).toLowerCase()];
    if (known) return { tls: { minTls: known.minTls, evidence: ev(r, name, { safe: true }) }, weak: known.weak ? 'yes' : 'no' };
    return { tls: { minTls: 'unknown', evidence: ev(r, name, { safe: true, note: 'predefined policy not known to cldscan' }) }, weak: 'unknown' };
  }
  if (type.value === 'unknown' || name.state === 'unknown') return { tls: { minTls: 'unknown', evidence: ev(r, `${base}[0]`) }, weak: 'unknown' };
  const min = tlsOf(r, `${base}[0].min_protocol_version`, undefined, 'custom policy without a minimum protocol version');
  const suites = read(r, `${base}[0].cipher_suites`);
  let weak: Truth = 'unknown';
  if (suites.state === 'known' && Array.isArray(suites.value)) weak = suites.value.some((s) => typeof s === 'string' && weakSuite(s)) ? 'yes' : 'no';
  return { tls: min, weak };
}

/**
 * Application Gateway: every HTTP listener must only redirect (a routing rule with a redirect
 * configuration to an HTTPS listener or an https:// URL); HTTPS listeners use the gateway's TLS
 * policy (`ssl_policy`) or their SSL profile's.
 */
function applicationGateway(r: TfResource): TransitFacet {
  const listeners = blocks(r, 'http_listener');
  const rules = blocks(r, 'request_routing_rule');
  const redirects = blocks(r, 'redirect_configuration');
  const settle = 'the listeners, routing rules, redirects and TLS policy of the gateway once applied';
  if (listeners === 'unknown' || rules === 'unknown' || redirects === 'unknown') return transit('Application Gateway', 'unknown', undefined, [ev(r, 'http_listener')], settle);
  const evidence: Evidence[] = [];
  const truths: Truth[] = [];
  const byName = (list: Array<Record<string, unknown>>, name: unknown) => list.findIndex((x) => x.name === name);
  let https = 0;
  listeners.forEach((l, i) => {
    const protocol = String(l.protocol ?? '');
    if (/^https$/i.test(protocol)) {
      https++;
      return;
    }
    const using = rules.map((rule, j) => ({ rule, j })).filter((x) => x.rule.http_listener_name === l.name);
    let served: Truth = using.length ? 'no' : 'yes';
    for (const { rule, j } of using) {
      const redirect = byName(redirects, rule.redirect_configuration_name);
      if (redirect < 0) {
        served = 'no';
        evidence.push({ path: `request_routing_rule[${j}]`, note: 'an HTTP listener serves backends without redirecting to HTTPS' });
        break;
      }
      const target = redirects[redirect]!;
      const targetListener = byName(listeners, target.target_listener_name);
      const toHttps = targetListener >= 0 ? /^https$/i.test(String(listeners[targetListener]!.protocol ?? '')) : typeof target.target_url === 'string' && /^https:\/\//i.test(target.target_url);
      served = toHttps ? 'yes' : 'no';
      evidence.push({ path: `redirect_configuration[${redirect}]`, note: toHttps ? 'HTTP redirected to HTTPS' : 'HTTP redirected elsewhere than HTTPS' });
      if (!toHttps) break;
    }
    truths.push(served);
    evidence.push({ path: `http_listener[${i}].protocol`, value: protocol || null });
  });
  if (!https) return transit('Application Gateway', allOf(truths), undefined, evidence, settle);
  const { tls, weak } = appGwPolicy(r, 'ssl_policy');
  const profiles = blocks(r, 'ssl_profile');
  const tlsList = [tls];
  const weakList = [weak];
  if (profiles !== 'unknown') {
    profiles.forEach((_, i) => {
      const own = blocks(r, `ssl_profile[${i}].ssl_policy`);
      if (own !== 'unknown' && !own.length) return; // the profile uses the gateway's policy
      const p = appGwPolicy(r, `ssl_profile[${i}].ssl_policy`);
      tlsList.push(p.tls);
      weakList.push(p.weak);
    });
  }
  return transit('Application Gateway', allOf(truths), tlsList, evidence, settle, anyOf(weakList));
}

export const TRANSIT: BuilderTable = {
  transit: {
    azurerm_storage_account: storageAccount,
    ...Object.fromEntries(WEB_APPS.map((t) => [t, webApp])),
    azurerm_mssql_server: mssqlServer,
    azurerm_postgresql_flexible_server: flexibleServer('postgresql'),
    azurerm_mysql_flexible_server: flexibleServer('mysql'),
    azurerm_postgresql_server: singleServer('PostgreSQL server'),
    azurerm_mysql_server: singleServer('MySQL server'),
    azurerm_redis_cache: redisCache,
    azurerm_cosmosdb_account: cosmosAccount,
    azurerm_application_gateway: applicationGateway,
  },
};
