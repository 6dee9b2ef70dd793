/**
 * Builds `terraform show -json` plan documents for tests, in the real format (format_version 1.2,
 * resource_changes with after/after_unknown/after_sensitive, planned_values, configuration with
 * module_calls and provider_config), from a compact list of resources. Tests then read them through
 * the real reader, so the whole path from JSON to facets is exercised.
 */
import { parseAddress, moduleInstancePath } from '../../providers/terraform/address.js';

export interface FixtureResource {
  address: string;
  values: Record<string, unknown>;
  /** after_unknown: `{ arn: true }`; the attribute is then left out of `after`. */
  unknown?: Record<string, unknown>;
  sensitive?: Record<string, unknown>;
  /** configuration expressions: `{ bucket: { references: ['aws_s3_bucket.logs.id', 'aws_s3_bucket.logs'] } }` */
  expressions?: Record<string, unknown>;
  providerConfigKey?: string;
  actions?: string[];
}

export interface PlanOptions {
  /** provider_config entries; defaults to aws/azurerm/google keyed by name with a region. */
  providers?: Record<string, { name: string; expressions?: Record<string, unknown>; module_address?: string; alias?: string }>;
  variables?: Record<string, { value: unknown }>;
  sensitiveVariables?: string[];
  /** Module sources by config path (`a`, `a.b`); default `./modules/<name>`. */
  moduleSources?: Record<string, string>;
  /** Arguments of module calls by config path: `{ storage: { kms_key_arn: { references: ['module.kms.arn', 'module.kms'] } } }`. */
  moduleArguments?: Record<string, Record<string, unknown>>;
  /** Output expressions of modules by config path: `{ kms: { arn: { references: ['aws_kms_key.this.arn', 'aws_kms_key.this'] } } }`. */
  moduleOutputs?: Record<string, Record<string, unknown>>;
  terraformVersion?: string;
}

const PROVIDER_NAMES: Record<string, string> = {
  aws: 'registry.terraform.io/hashicorp/aws',
  azurerm: 'registry.terraform.io/hashicorp/azurerm',
  azuread: 'registry.terraform.io/hashicorp/azuread',
  google: 'registry.terraform.io/hashicorp/google',
};

export function buildPlan(resources: FixtureResource[], opts: PlanOptions = {}): Record<string, unknown> {
  const providers = opts.providers ?? {
    aws: { name: 'aws', expressions: { region: { constant_value: 'eu-west-3' } } },
    azurerm: { name: 'azurerm', expressions: { features: [{}] } },
    google: { name: 'google', expressions: { region: { constant_value: 'europe-west9' }, project: { constant_value: 'hosting-prod' } } },
  };
  const rootConfig: ConfigModuleJson = { resources: [] };
  const plannedRoot: PlannedModule = { resources: [] };
  const changes: unknown[] = [];
  const seenConfig = new Set<string>();

  for (const r of resources) {
    const parsed = parseAddress(r.address);
    if (!parsed) throw new Error(`bad fixture address ${r.address}`);
    const providerShort = parsed.type.startsWith('azurerm_') ? 'azurerm' : parsed.type.startsWith('azuread_') ? 'azuread' : parsed.type.split('_')[0]!;
    const providerName = PROVIDER_NAMES[providerShort] ?? `registry.terraform.io/hashicorp/${providerShort}`;
    const after = { ...r.values };
    for (const k of Object.keys(r.unknown ?? {})) if (r.unknown![k] === true) delete after[k];
    const moduleAddress = moduleInstancePath(parsed.modules);
    const common: Record<string, unknown> = {
      address: r.address,
      ...(moduleAddress ? { module_address: moduleAddress } : {}),
      mode: parsed.mode,
      type: parsed.type,
      name: parsed.name,
      ...(parsed.key !== undefined ? { index: parsed.key } : {}),
      provider_name: providerName,
    };
    changes.push({
      ...common,
      change: {
        actions: r.actions ?? ['create'],
        before: null,
        after,
        after_unknown: r.unknown ?? {},
        before_sensitive: false,
        after_sensitive: r.sensitive ?? {},
      },
    });
    // planned_values: nest into child_modules by module instance
    let planned = plannedRoot;
    for (let i = 1; i <= parsed.modules.length; i++) {
      const addr = moduleInstancePath(parsed.modules.slice(0, i));
      planned.child_modules ??= [];
      let child = planned.child_modules.find((c) => c.address === addr);
      if (!child) planned.child_modules.push((child = { address: addr, resources: [] }));
      planned = child;
    }
    planned.resources.push({ ...common, schema_version: 0, values: after, sensitive_values: r.sensitive ?? {} });

    // configuration: one block per (module path, type.name)
    let config = rootConfig;
    const path: string[] = [];
    for (const step of parsed.modules) {
      path.push(step.name);
      config.module_calls ??= {};
      const p = path.join('.');
      config.module_calls[step.name] ??= {
        source: opts.moduleSources?.[p] ?? `./modules/${step.name}`,
        expressions: opts.moduleArguments?.[p] ?? {},
        module: {
          resources: [],
          ...(opts.moduleOutputs?.[p] ? { outputs: Object.fromEntries(Object.entries(opts.moduleOutputs[p]).map(([k, e]) => [k, { expression: e }])) } : {}),
        },
      };
      config = config.module_calls[step.name]!.module;
    }
    const configKey = `${path.join('.')}|${parsed.type}.${parsed.name}`;
    if (!seenConfig.has(configKey)) {
      seenConfig.add(configKey);
      const modulePrefix = parsed.modules.length ? `module.${parsed.modules.map((m) => m.name).join('.module.')}:` : '';
      config.resources.push({
        address: `${parsed.type}.${parsed.name}`,
        mode: parsed.mode,
        type: parsed.type,
        name: parsed.name,
        provider_config_key: r.providerConfigKey ?? `${modulePrefix}${providerShort}`,
        expressions: r.expressions ?? {},
        schema_version: 0,
        ...(typeof parsed.key === 'string' ? { for_each_expression: { references: ['local.items'] } } : {}),
        ...(typeof parsed.key === 'number' ? { count_expression: { constant_value: 2 } } : {}),
      });
    }
  }
  const rootVariables: Record<string, unknown> = {};
  for (const name of Object.keys(opts.variables ?? {})) {
    rootVariables[name] = opts.sensitiveVariables?.includes(name) ? { sensitive: true } : {};
  }
  return {
    format_version: '1.2',
    terraform_version: opts.terraformVersion ?? '1.9.8',
    ...(opts.variables ? { variables: opts.variables } : {}),
    planned_values: { root_module: plannedRoot },
    resource_changes: changes,
    configuration: {
      provider_config: Object.fromEntries(
        Object.entries(providers).map(([k, v]) => [k, { full_name: PROVIDER_NAMES[v.name] ?? v.name, ...v }]),
      ),
      root_module: { ...rootConfig, ...(Object.keys(rootVariables).length ? { variables: rootVariables } : {}) },
    },
    timestamp: '2026-11-24T09:00:00Z',
    applyable: true,
    complete: true,
    errored: false,
  };
}

interface ConfigModuleJson {
  resources: unknown[];
  outputs?: Record<string, { expression: unknown }>;
  module_calls?: Record<string, { source: string; expressions: Record<string, unknown>; module: ConfigModuleJson }>;
}

interface PlannedModule {
  address?: string;
  resources: unknown[];
  child_modules?: PlannedModule[];
}
