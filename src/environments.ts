import type { Resource } from './model/resource.js';
import type { EnvironmentSettings } from './settings.js';

interface Tally {
  production: string[];
  nonProduction: string[];
  first: Resource;
  location?: Resource['source']['location'];
}

/**
 * Counts, per scope (a plan's root module, an account, a subscription, a project), the resources
 * tagged as production and as non-production, and turns each scope into one resource the
 * network-separation policy judges. Only ids of the first few are kept: memory stays flat on live estates.
 */
export class EnvironmentTally {
  private readonly scopes = new Map<string, Tally>();
  private readonly counts = new Map<string, { production: number; nonProduction: number }>();

  /** The tag keys, lower-cased once: every resource's tags are looked up in them. */
  private readonly tagKeys: ReadonlySet<string>;

  constructor(private readonly settings: EnvironmentSettings) {
    this.tagKeys = new Set(settings.tagKeys.map((k) => k.toLowerCase()));
  }

  add(r: Resource): void {
    const env = this.classify(r.tags);
    if (!env) return;
    const scope = r.source.scope ?? r.source.category;
    let t = this.scopes.get(scope);
    if (!t) this.scopes.set(scope, (t = { production: [], nonProduction: [], first: r }));
    let c = this.counts.get(scope);
    if (!c) this.counts.set(scope, (c = { production: 0, nonProduction: 0 }));
    c[env]++;
    if (t[env].length < 3) t[env].push(r.id);
    if (env === 'nonProduction' && !t.location && r.source.location) t.location = r.source.location;
  }

  /** One resource per scope that holds environment-tagged resources. */
  scopeResources(): Resource[] {
    return [...this.scopes].map(([scope, t]) => {
      const c = this.counts.get(scope)!;
      const location = t.location ?? t.first.source.location;
      return {
        id: `scope:${scope}`,
        provider: t.first.provider,
        nativeType: 'cldscan:scope',
        region: undefined,
        source: { origin: t.first.source.origin, category: t.first.source.category, input: t.first.source.input, scope, ...(location ? { location } : {}) },
        facets: {
          environmentMix: {
            scope: t.first.source.origin === 'live' ? `${t.first.source.category}` : `The configuration in ${scope || 'the plan'}`,
            tagKeys: this.settings.tagKeys,
            production: c.production,
            nonProduction: c.nonProduction,
            examples: { production: t.production, nonProduction: t.nonProduction },
          },
        },
      };
    });
  }

  private classify(tags: Record<string, string> | undefined): 'production' | 'nonProduction' | undefined {
    if (!tags) return undefined;
    for (const k of Object.keys(tags)) {
      if (!this.tagKeys.has(k.toLowerCase())) continue;
      const value = tags[k]!.trim().toLowerCase();
      if (this.settings.production.includes(value)) return 'production';
      if (this.settings.nonProduction.includes(value)) return 'nonProduction';
    }
    return undefined;
  }
}
