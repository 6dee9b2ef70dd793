import { isObject, type ConfigIndex } from './configuration.js';
import { moduleConfigPath, moduleInstancePath, moduleStepText, parseAddress, type InstanceKey, type ModuleStep } from './address.js';
import { attr, parsePath, type TfResource } from './tf-resource.js';

/** Where a reference is evaluated: a module instance, and the resource instance's key for `each.key` matching. */
interface Scope {
  steps: readonly ModuleStep[];
  key?: InstanceKey;
}

/** Module hops a reference may take (variable → caller, output → module) before giving up. */
const MAX_HOPS = 16;

/**
 * How resources of one plan relate: a bucket and its separate encryption configuration, a security
 * group and its rules, a user and the policies attached to it. Terraform's plan gives the
 * relation twice: as references in the configuration's expressions (the only clue while ids are
 * still unknown), and as equal values once known. Both are used; the module instance scopes
 * references, so `aws_s3_bucket.this` in two modules never mix, and references cross module
 * boundaries the way values do: `var.kms_key_arn` is what the caller passed, `module.kms.arn` is
 * what the module's output says.
 */
export class Links {
  private readonly byType = new Map<string, TfResource[]>();
  private readonly byConfig = new Map<string, TfResource[]>();
  private readonly byIdentity = new Map<string, TfResource[]>();
  private readonly reverse = new Map<string, Map<TfResource, TfResource[]>>();
  /** Instances of each module call: `module.a["x"]|b` → the instances of `module.b` inside it. */
  private readonly moduleInstances = new Map<string, Map<string, ModuleStep[]>>();

  constructor(
    readonly resources: readonly TfResource[],
    private readonly config?: ConfigIndex,
  ) {
    const seenInstances = new Set<string>();
    for (const r of resources) {
      push(this.byType, r.type, r);
      push(this.byConfig, `${r.moduleInstance}|${r.localAddress}`, r);
      // The thousands of resources of one module instance share its path: it is walked once.
      if (!seenInstances.has(r.moduleInstance)) {
        seenInstances.add(r.moduleInstance);
        this.addModuleInstances(r.modules);
      }
      for (const key of IDENTITY_ATTRIBUTES) {
        const v = r.values[key];
        if (typeof v === 'string' && v.length > 0) push(this.byIdentity, v, r);
      }
    }
  }

  /** Each module instance on the path, by its call: paths grow one step at a time, with no re-formatting and no copies. */
  private addModuleInstances(modules: readonly ModuleStep[]): void {
    let parentPath = '';
    for (let depth = 1; depth <= modules.length; depth++) {
      const step = modules[depth - 1]!;
      const callKey = `${parentPath}|${step.name}`;
      const text = moduleStepText(step);
      const path = parentPath ? `${parentPath}.${text}` : text;
      let instances = this.moduleInstances.get(callKey);
      if (!instances) this.moduleInstances.set(callKey, (instances = new Map()));
      if (!instances.has(path)) instances.set(path, modules.slice(0, depth));
      parentPath = path;
    }
  }

  ofType(type: string): readonly TfResource[] {
    return this.byType.get(type) ?? [];
  }

  /** The resources that `r`'s attribute at `path` points to, by reference or by identifying value. */
  targets(r: TfResource, path: string, types?: readonly string[]): TfResource[] {
    const out = new Set<TfResource>();
    const scope: Scope = r.key === undefined ? { steps: r.modules } : { steps: r.modules, key: r.key };
    for (const ref of mostSpecific(referencesAt(r, path))) for (const t of this.resolveReference(scope, ref, 0)) out.add(t);
    const value = attr(r, path);
    if (value.state === 'known') {
      for (const v of Array.isArray(value.value) ? value.value : [value.value]) {
        if (typeof v !== 'string') continue;
        for (const t of this.byIdentity.get(v) ?? []) out.add(t);
        // ARNs and ids are often embedded (`${aws_s3_bucket.x.arn}/*`); try the leading ARN.
        const arn = /^arn:[^/\s]+?(?=\/\*|$)/.exec(v)?.[0];
        if (arn && arn !== v) for (const t of this.byIdentity.get(arn) ?? []) out.add(t);
      }
    }
    out.delete(r);
    const list = [...out];
    return types ? list.filter((t) => types.includes(t.type)) : list;
  }

  /** Resources of `type` whose attribute at `path` points to `target`. */
  sources(target: TfResource, type: string, path: string): readonly TfResource[] {
    const cacheKey = `${type}|${path}`;
    let index = this.reverse.get(cacheKey);
    if (!index) {
      index = new Map();
      for (const s of this.ofType(type)) {
        for (const t of this.targets(s, path)) {
          const list = index.get(t);
          if (list) list.push(s);
          else index.set(t, [s]);
        }
      }
      this.reverse.set(cacheKey, index);
    }
    return index.get(target) ?? [];
  }

  private resolveReference(scope: Scope, ref: string, hops: number): TfResource[] {
    if (hops > MAX_HOPS) return [];
    if (ref.startsWith('var.')) return this.throughVariable(scope, ref.slice(4).split(/[.[]/)[0]!, hops);
    if (ref.startsWith('module.')) return this.throughOutput(scope, ref, hops);
    const head = /^([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)(\[[^\]]*\])?/.exec(ref);
    if (!head) return [];
    const [, type, name, keyPart] = head;
    if (!type || !name || NON_RESOURCE_ROOTS.has(type)) return [];
    const candidates = this.byConfig.get(`${moduleInstancePath(scope.steps)}|${type}.${name}`) ?? [];
    if (candidates.length <= 1) return candidates;
    if (keyPart && !/each\.|count\./.test(keyPart)) {
      const parsed = parseAddress(`${type}.${name}${keyPart}`);
      if (parsed?.key !== undefined) return candidates.filter((c) => c.key === parsed.key);
    }
    if (scope.key !== undefined) {
      const same = candidates.filter((c) => c.key === scope.key);
      if (same.length > 0) return same;
    }
    return candidates;
  }

  /** `var.x` inside a module is the argument its caller passed: follow the caller's expression. */
  private throughVariable(scope: Scope, name: string, hops: number): TfResource[] {
    const call = scope.steps[scope.steps.length - 1];
    if (!call || !this.config) return [];
    const parent = scope.steps.slice(0, -1);
    const expr = this.config.modules.get(moduleConfigPath(parent))?.calls.get(call.name)?.expressions?.[name];
    const parentScope: Scope = call.key === undefined ? { steps: parent } : { steps: parent, key: call.key };
    return mostSpecific(referencesOf(expr)).flatMap((ref) => this.resolveReference(parentScope, ref, hops + 1));
  }

  /** `module.m.out` is what the module's output says, evaluated inside each instance of the module. */
  private throughOutput(scope: Scope, ref: string, hops: number): TfResource[] {
    if (!this.config) return [];
    const parsed = /^module\.([A-Za-z0-9_-]+)(\[[^\]]*\])?\.([A-Za-z0-9_-]+)/.exec(ref);
    if (!parsed) return [];
    const [, name, keyPart, output] = parsed;
    const instances = [...(this.moduleInstances.get(`${moduleInstancePath(scope.steps)}|${name}`)?.values() ?? [])];
    const key = keyPart && !/each\.|count\./.test(keyPart) ? parseAddress(`module.${name}${keyPart}.x.y`)?.modules[0]?.key : undefined;
    const chosen = key === undefined ? instances : instances.filter((steps) => steps[steps.length - 1]!.key === key);
    return chosen.flatMap((steps) => {
      const expr = this.config!.modules.get(moduleConfigPath(steps))?.outputs.get(output!);
      return mostSpecific(referencesOf(expr)).flatMap((r) => this.resolveReference({ steps }, r, hops + 1));
    });
  }
}

const IDENTITY_ATTRIBUTES = ['id', 'arn', 'name', 'bucket', 'self_link'] as const;
const NON_RESOURCE_ROOTS = new Set(['local', 'each', 'count', 'path', 'self', 'data', 'terraform']);

/**
 * Terraform lists `aws_s3_bucket.this["a"].id`, `aws_s3_bucket.this["a"]` and `aws_s3_bucket.this`
 * for one expression: the bare block address must not widen the reference to every instance.
 */
function mostSpecific(refs: string[]): string[] {
  const keyed = new Set<string>();
  for (const ref of refs) {
    const m = /^([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)\[/.exec(ref);
    if (m) keyed.add(m[1]!);
  }
  if (keyed.size === 0) return refs;
  return refs.filter((ref) => ref.includes('[') || !keyed.has(ref.split('.').slice(0, 2).join('.')));
}

/** The references recorded in the configuration for the expression at `path` (block indexes skipped). */
export function referencesAt(r: TfResource, path: string): string[] {
  let expr: unknown = r.config?.expressions;
  for (const part of parsePath(path)) {
    if (Array.isArray(expr)) expr = typeof part === 'number' ? expr[part] : expr[0];
    if (typeof part === 'number') continue;
    if (!isObject(expr)) return [];
    expr = expr[part];
  }
  return referencesOf(expr);
}

/** The references of one expression (`{ references: [...] }`); a block's first element if given a block list. */
function referencesOf(expr: unknown): string[] {
  if (Array.isArray(expr)) expr = expr[0];
  if (!isObject(expr)) return [];
  const refs = expr.references;
  return Array.isArray(refs) ? refs.filter((x): x is string => typeof x === 'string') : [];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
