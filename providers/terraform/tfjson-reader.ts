import type { JsonScanner, Span } from '../../src/input/json-scan.js';
import type { Notification } from '../../src/model/finding.js';
import { ConfigIndex, isObject, type ConfigResource } from './configuration.js';
import { collectSensitiveStrings } from './sensitive.js';
import type { TfResource } from './tf-resource.js';
import type { TfReadResult } from './plan-reader.js';

const TOP_LEVEL = new Set(['terraform', 'provider', 'resource', 'data', 'module', 'variable', 'output', 'locals', '//', 'moved', 'import', 'check', 'removed']);
const META_ARGUMENTS = new Set(['count', 'for_each', 'provider', 'depends_on', 'lifecycle', 'provisioner', 'connection', '//']);

/** A Terraform JSON configuration (`*.tf.json`, cdktf synth output): only Terraform's own top-level keys, and something declared. */
export function looksLikeTerraformJson(members: Map<string, Span>): boolean {
  if (members.size === 0) return false;
  for (const k of members.keys()) if (!TOP_LEVEL.has(k)) return false;
  return members.has('resource') || members.has('module') || members.has('provider') || members.has('data');
}

/**
 * Reads the resources a Terraform JSON configuration declares. Values are the literal arguments;
 * `${…}` templates are unknown (their references are kept for linking), and defaults of root
 * variables stand in for `var.x` in provider settings. Blocks with count/for_each are read once.
 */
export function readTerraformJson(scanner: JsonScanner, members: Map<string, Span>, input: string): TfReadResult {
  const doc = Object.fromEntries([...members].map(([k, span]) => [k, scanner.parse(span)])) as Record<string, unknown>;
  const notifications: Notification[] = [];
  const secrets = new Set<string>();
  const variables = isObject(doc.variable) ? doc.variable : {};
  for (const v of Object.values(variables)) {
    if (isObject(v) && v.sensitive === true) collectSensitiveStrings(v.default, true, secrets);
  }
  const varDefault = (name: string): unknown => {
    const v = variables[name];
    return isObject(v) ? v.default : undefined;
  };

  const providerSettings = new Map<string, { region?: string; project?: string }>();
  if (isObject(doc.provider)) {
    for (const [name, blocksValue] of Object.entries(doc.provider)) {
      for (const block of Array.isArray(blocksValue) ? blocksValue : [blocksValue]) {
        if (!isObject(block)) continue;
        const key = typeof block.alias === 'string' ? `${name}.${block.alias}` : name;
        const region = literal(block.region, varDefault) ?? literal(block.zone, varDefault);
        const project = literal(block.project, varDefault);
        providerSettings.set(key, { ...(region ? { region } : {}), ...(project ? { project } : {}) });
      }
    }
  }

  const resources: TfResource[] = [];
  if (isObject(doc.resource)) {
    for (const [type, byName] of Object.entries(doc.resource)) {
      if (!isObject(byName)) continue;
      for (const [name, bodies] of Object.entries(byName)) {
        const body = Array.isArray(bodies) ? bodies[0] : bodies;
        if (!isObject(body)) continue;
        const { values, unknownTree, expressions } = convertBody(body);
        const providerRef = typeof body.provider === 'string' ? body.provider.replace(/^\$\{(.*)\}$/, '$1') : type.split('_')[0]!;
        const settings = providerSettings.get(providerRef) ?? providerSettings.get(providerRef.split('.')[0]!) ?? {};
        const config: ConfigResource = { address: `${type}.${name}`, mode: 'managed', type, name, provider_config_key: providerRef, expressions };
        const r: TfResource = {
          address: `${type}.${name}`,
          type,
          name,
          modules: [],
          moduleInstance: '',
          moduleConfigPath: '',
          localAddress: `${type}.${name}`,
          values,
          unknownTree,
          sensitiveTree: {},
          absentIsUnknown: false,
          config,
          input,
          origin: 'config',
        };
        if (settings.region) r.providerRegion = settings.region;
        if (settings.project) r.providerProject = settings.project;
        resources.push(r);
      }
    }
  }
  if (isObject(doc.module)) {
    for (const name of Object.keys(doc.module)) {
      notifications.push({
        level: 'warning',
        message: `module "${name}" is not expanded when scanning a Terraform JSON configuration; scan a plan (terraform show -json) to check the resources it creates`,
        scope: input,
      });
    }
  }
  return { resources, config: new ConfigIndex(), secrets, notifications };
}

interface Converted {
  values: Record<string, unknown>;
  unknownTree: Record<string, unknown>;
  expressions: Record<string, unknown>;
}

function convertBody(body: Record<string, unknown>): Converted {
  const out: Converted = { values: {}, unknownTree: {}, expressions: {} };
  for (const [k, v] of Object.entries(body)) {
    // `__proto__` is no Terraform argument, and assigning it would replace the object's prototype.
    if (META_ARGUMENTS.has(k) || k === '__proto__') continue;
    const c = convertValue(v);
    if (c.unknown === true) out.unknownTree[k] = true;
    else {
      out.values[k] = c.value;
      if (c.unknown !== undefined) out.unknownTree[k] = c.unknown;
    }
    out.expressions[k] = c.expression;
  }
  return out;
}

function convertValue(v: unknown): { value: unknown; unknown?: unknown; expression: unknown } {
  if (typeof v === 'string' && v.includes('${')) return { value: undefined, unknown: true, expression: { references: referencesIn(v) } };
  if (Array.isArray(v)) {
    const parts = v.map(convertValue);
    const anyUnknown = parts.some((p) => p.unknown !== undefined);
    const isBlockList = v.length > 0 && v.every(isObject);
    return {
      value: parts.map((p) => p.value ?? null),
      ...(anyUnknown ? { unknown: parts.map((p) => p.unknown ?? false) } : {}),
      expression: isBlockList ? parts.map((p) => p.expression) : { constant_value: v, references: parts.flatMap((p) => refsOf(p.expression)) },
    };
  }
  if (isObject(v)) {
    const c = convertBody(v);
    return { value: c.values, ...(Object.keys(c.unknownTree).length ? { unknown: c.unknownTree } : {}), expression: [c.expressions] };
  }
  return { value: v, expression: { constant_value: v } };
}

function refsOf(expression: unknown): string[] {
  return isObject(expression) && Array.isArray(expression.references) ? (expression.references as string[]) : [];
}

/** `${aws_s3_bucket.logs.id}` → ['aws_s3_bucket.logs.id', 'aws_s3_bucket.logs'], as Terraform lists references in plans. */
function referencesIn(template: string): string[] {
  const refs = new Set<string>();
  for (const m of template.matchAll(/\$\{([^}]*)\}/g)) {
    for (const t of m[1]!.matchAll(/\b((?:data\.)?[A-Za-z_][\w-]*\.[A-Za-z_][\w-]*(?:\[[^\]]*\])?)((?:\.[A-Za-z_][\w-]*)*)/g)) {
      const base = t[1]!;
      refs.add(base + (t[2] ?? ''));
      refs.add(base);
    }
  }
  return [...refs];
}

function literal(v: unknown, varDefault: (name: string) => unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const m = /^\$\{var\.([A-Za-z_][\w-]*)\}$/.exec(v);
  if (m) {
    const d = varDefault(m[1]!);
    return typeof d === 'string' ? d : undefined;
  }
  return v.includes('${') ? undefined : v;
}
