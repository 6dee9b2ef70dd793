import { idOf, prop, typeOf, type AzRecord } from './records.js';

/**
 * App Service site configurations (`config/web`: FTP state, minimum TLS versions of the site and its
 * SCM endpoint) read in bulk: Resource Graph's `appserviceresources` table holds them
 * (`microsoft.web/sites/config/web`, `microsoft.web/sites/slots/config/web`), a thousand a page where
 * ARM takes one GET a site. Only what the transit facet reads is kept, per site, until the site's
 * page is judged; a site Graph has no configuration for is read from ARM as before.
 */

/** The fields of `config/web` the policies read (providers/azure/transit.ts). */
const FIELDS = ['ftpsState', 'minTlsVersion', 'scmMinTlsVersion'] as const;

export class SiteConfigs {
  private readonly bySite = new Map<string, AzRecord>();

  /** A row of the `appserviceresources` query; anything but a site's `config/web` is ignored. */
  add(row: AzRecord): void {
    const id = idOf(row);
    const site = id ? /^(.*\/sites\/[^/]+(?:\/slots\/[^/]+)?)\/config\/web$/i.exec(id)?.[1] : undefined;
    if (!id || !site || !/\/config\/web$/.test(typeOf(row))) return;
    const properties: Record<string, unknown> = {};
    for (const f of FIELDS) {
      const got = prop(row, f);
      if (got.found) properties[f] = got.value;
    }
    // As ARM names the child (`GET …/config/web`), so the record reads the same in --inventory-out and offline.
    this.bySite.set(site.toLowerCase(), { id, name: 'web', type: /\/slots\//i.test(site) ? 'Microsoft.Web/sites/slots/config' : 'Microsoft.Web/sites/config', properties });
  }

  /** The site's configuration, handed over once: the site is judged with it and it is not kept. */
  take(site: AzRecord): AzRecord | undefined {
    const key = idOf(site)?.toLowerCase();
    if (!key) return undefined;
    const config = this.bySite.get(key);
    this.bySite.delete(key);
    return config;
  }
}
