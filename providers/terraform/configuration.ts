/**
 * The plan's `configuration` section (and the equivalent built from Terraform JSON files), indexed
 * by module configuration path (`''` for the root, `a.b` for module a's call of module b).
 * It is what links a resource instance back to its block, its module source and its provider.
 */

export interface Expression {
  constant_value?: unknown;
  references?: string[];
}

export type Expressions = Record<string, unknown>;

export interface ConfigResource {
  address: string;
  mode: 'managed' | 'data';
  type: string;
  name: string;
  provider_config_key?: string;
  expressions?: Expressions;
}

export interface ModuleCall {
  name: string;
  source?: string;
  version_constraint?: string;
  /** The call's arguments: what the module's `var.x` are, as expressions in the caller. */
  expressions?: Expressions;
}

export interface ProviderConfig {
  name: string;
  alias?: string;
  module_address?: string;
  parent_key?: string;
  expressions?: Expressions;
}

export interface ConfigModule {
  resources: Map<string, ConfigResource>;
  calls: Map<string, ModuleCall>;
  /** Output expressions: what `module.m.x` is, in the module's own scope. */
  outputs: Map<string, unknown>;
}

export class ConfigIndex {
  readonly modules = new Map<string, ConfigModule>();
  readonly providers = new Map<string, ProviderConfig>();
  /** Root-module variables declared sensitive. */
  readonly sensitiveVariables = new Set<string>();

  static fromPlanConfiguration(configuration: unknown): ConfigIndex {
    const index = new ConfigIndex();
    if (!isObject(configuration)) return index;
    if (isObject(configuration.provider_config)) {
      for (const [key, value] of Object.entries(configuration.provider_config)) {
        if (isObject(value) && typeof value.name === 'string') index.providers.set(key, value as unknown as ProviderConfig);
      }
    }
    if (isObject(configuration.root_module)) {
      index.addModule('', configuration.root_module);
      const vars = configuration.root_module.variables;
      if (isObject(vars)) {
        for (const [name, v] of Object.entries(vars)) if (isObject(v) && v.sensitive === true) index.sensitiveVariables.add(name);
      }
    }
    return index;
  }

  get isEmpty(): boolean {
    return this.modules.size === 0;
  }

  resource(modulePath: string, localAddress: string): ConfigResource | undefined {
    return this.modules.get(modulePath)?.resources.get(localAddress);
  }

  /** The chain of module calls from the root to `modulePath` (`a.b` → [call a, call b]); undefined when a step is missing. */
  callChain(modulePath: string): ModuleCall[] | undefined {
    if (modulePath === '') return [];
    const names = modulePath.split('.');
    const chain: ModuleCall[] = [];
    let parent = '';
    for (const name of names) {
      const call = this.modules.get(parent)?.calls.get(name);
      if (!call) return undefined;
      chain.push(call);
      parent = parent ? `${parent}.${name}` : name;
    }
    return chain;
  }

  /**
   * The provider configuration a resource uses. Module resources name `mod:aws`; when the module
   * inherits its parent's default provider, that key is absent and the parent's applies.
   */
  providerFor(key: string | undefined, fallbackName: string): ProviderConfig | undefined {
    let k = key ?? fallbackName;
    for (let guard = 0; guard < 64; guard++) {
      const found = this.providers.get(k);
      if (found?.parent_key && found.parent_key !== k && !found.expressions) {
        k = found.parent_key;
        continue;
      }
      if (found) return found;
      const colon = k.lastIndexOf(':');
      if (colon < 0) return undefined;
      const modulePart = k.slice(0, colon);
      const providerPart = k.slice(colon + 1);
      const dot = Math.max(modulePart.lastIndexOf('.module.'), -1);
      // `module.a.module.b:aws` → `module.a:aws`; `a:aws` / `module.a:aws` → `aws`
      k = dot > 0 ? `${modulePart.slice(0, dot)}:${providerPart}` : providerPart;
    }
    return undefined;
  }

  addModule(path: string, mod: Record<string, unknown>): void {
    const entry: ConfigModule = { resources: new Map(), calls: new Map(), outputs: new Map() };
    this.modules.set(path, entry);
    if (Array.isArray(mod.resources)) {
      for (const r of mod.resources) {
        if (isObject(r) && typeof r.address === 'string') entry.resources.set(r.address, r as unknown as ConfigResource);
      }
    }
    if (isObject(mod.outputs)) {
      for (const [name, output] of Object.entries(mod.outputs)) if (isObject(output)) entry.outputs.set(name, output.expression);
    }
    if (isObject(mod.module_calls)) {
      for (const [name, call] of Object.entries(mod.module_calls)) {
        if (!isObject(call)) continue;
        const mc: ModuleCall = { name };
        if (typeof call.source === 'string') mc.source = call.source;
        if (typeof call.version_constraint === 'string') mc.version_constraint = call.version_constraint;
        if (isObject(call.expressions)) mc.expressions = call.expressions;
        entry.calls.set(name, mc);
        if (isObject(call.module)) this.addModule(path ? `${path}.${name}` : name, call.module);
      }
    }
  }
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A local module source: a path, which Terraform requires to start with ./ or ../ */
export function isLocalSource(source: string | undefined): source is string {
  return source !== undefined && (source.startsWith('./') || source.startsWith('../') || source === '.' || source === '..');
}
