import { isObject, type ConfigIndex, type ProviderConfig } from './configuration.js';

export interface ProviderSettings {
  region?: string;
  project?: string;
}

/**
 * Resolves the region (AWS `region`, Google `region`/`zone`) and Google `project` that a provider
 * configuration sets, from constants or root-module variables. Anything else (locals, module
 * variables, environment) stays unknown: the plan JSON does not carry it.
 */
export function providerSettings(config: ConfigIndex, variables: Record<string, unknown>) {
  const cache = new Map<string, ProviderSettings>();
  return (key: string | undefined, providerName: string): ProviderSettings => {
    // Keyed by the full provider name, so that the resources of a plan (which all spell it the same way) cost one lookup each.
    const cacheKey = `${key ?? ''}|${providerName}`;
    let found = cache.get(cacheKey);
    if (!found) {
      const short = providerName.split('/').pop() ?? providerName;
      found = evaluate(config.providerFor(key, short), variables);
      cache.set(cacheKey, found);
    }
    return found;
  };
}

function evaluate(p: ProviderConfig | undefined, variables: Record<string, unknown>): ProviderSettings {
  const out: ProviderSettings = {};
  if (!p || !isObject(p.expressions)) return out;
  const rootLevel = !p.module_address;
  const region = expressionString(p.expressions.region, variables, rootLevel) ?? expressionString(p.expressions.zone, variables, rootLevel);
  if (region) out.region = region;
  const project = expressionString(p.expressions.project, variables, rootLevel);
  if (project) out.project = project;
  return out;
}

export function expressionString(expr: unknown, variables: Record<string, unknown>, rootLevel: boolean): string | undefined {
  if (!isObject(expr)) return undefined;
  if (typeof expr.constant_value === 'string') return expr.constant_value;
  const refs = expr.references;
  if (rootLevel && Array.isArray(refs) && refs.length === 1 && typeof refs[0] === 'string' && refs[0].startsWith('var.')) {
    const v = variables[refs[0].slice(4)];
    if (isObject(v) && typeof v.value === 'string') return v.value;
  }
  return undefined;
}
