import type { Span } from '../../src/input/json-scan.js';
import type { DocumentScanner } from '../../src/input/file-scan.js';
import { ConfigIndex, isObject } from './configuration.js';
import { moduleConfigPath, moduleInstancePath, parseAddress } from './address.js';
import type { TfResource } from './tf-resource.js';
import { collectSensitiveStrings } from './sensitive.js';
import { providerSettings } from './provider-settings.js';
import type { Notification } from '../../src/model/finding.js';
import type { Steps } from '../../src/yield.js';

export interface TfReadResult {
  resources: TfResource[];
  config: ConfigIndex;
  /** Values the input marks sensitive: never printed. */
  secrets: Set<string>;
  notifications: Notification[];
}

/** Top-level members that make a JSON document a `terraform show -json` plan (or state). */
export function looksLikePlan(members: Map<string, Span>): boolean {
  return (
    members.has('format_version') &&
    (members.has('planned_values') || members.has('resource_changes') || members.has('configuration') || members.has('values') || members.has('prior_state'))
  );
}

/**
 * Reads a `terraform show -json` plan: resource instances from resource_changes (with after_unknown
 * and after_sensitive), or from planned_values / values when a plan was trimmed to those.
 * resource_changes is walked element by element so a large plan is never held as one object tree.
 */
export function* readPlan(scanner: DocumentScanner, members: Map<string, Span>, input: string): Steps<TfReadResult> {
  const configSpan = members.get('configuration');
  const config = ConfigIndex.fromPlanConfiguration(configSpan ? scanner.parse(configSpan) : undefined);
  const variablesSpan = members.get('variables');
  const variables = variablesSpan ? scanner.parse<Record<string, { value?: unknown }>>(variablesSpan) : {};
  const secrets = new Set<string>();
  for (const name of config.sensitiveVariables) {
    collectSensitiveStrings(isObject(variables) ? variables[name]?.value : undefined, true, secrets);
  }
  const settings = providerSettings(config, isObject(variables) ? variables : {});
  const notifications: Notification[] = [];
  const resources: TfResource[] = [];

  const add = (raw: Record<string, unknown>, values: unknown, unknownTree: unknown, sensitiveTree: unknown, absentIsUnknown: boolean, offset: number) => {
    const address = raw.address;
    if (typeof address !== 'string' || raw.mode === 'data') return;
    const parsed = parseAddress(address);
    if (!parsed || parsed.mode === 'data') {
      if (!parsed) notifications.push({ level: 'warning', message: `unrecognised resource address ${JSON.stringify(address)} skipped`, scope: input });
      return;
    }
    if (!isObject(values)) return;
    collectSensitiveStrings(values, sensitiveTree, secrets);
    const modulePath = moduleConfigPath(parsed.modules);
    const localAddress = `${parsed.type}.${parsed.name}`;
    const configResource = config.resource(modulePath, localAddress);
    const provider = settings(configResource?.provider_config_key, typeof raw.provider_name === 'string' ? raw.provider_name : parsed.type.split('_')[0]!);
    const r: TfResource = {
      address,
      type: parsed.type,
      name: parsed.name,
      modules: parsed.modules,
      moduleInstance: moduleInstancePath(parsed.modules),
      moduleConfigPath: modulePath,
      localAddress,
      values,
      unknownTree,
      sensitiveTree,
      absentIsUnknown,
      input,
      inputOffset: offset,
      origin: 'plan',
    };
    if (parsed.key !== undefined) r.key = parsed.key;
    if (configResource) r.config = configResource;
    if (provider.region) r.providerRegion = provider.region;
    if (provider.project) r.providerProject = provider.project;
    resources.push(r);
  };

  const changes = members.get('resource_changes');
  let fromChanges = 0;
  if (changes && !scanner.isNull(changes)) {
    for (const span of scanner.elements(changes)) {
      yield;
      const rc = scanner.parse<Record<string, unknown>>(span, span.before);
      if (!isObject(rc) || !isObject(rc.change)) continue;
      const change = rc.change;
      const actions = Array.isArray(change.actions) ? change.actions : [];
      if (actions.length === 1 && actions[0] === 'delete') continue;
      fromChanges++;
      add(rc, change.after, change.after_unknown ?? {}, change.after_sensitive ?? {}, change.after_unknown === undefined, span.start);
    }
  }
  if (fromChanges === 0) {
    // Plans trimmed to planned_values, and `terraform show -json` of a state (values).
    const valuesSpan = members.get('planned_values') ?? members.get('values');
    if (valuesSpan && !scanner.isNull(valuesSpan)) {
      const pv = scanner.parse(valuesSpan);
      if (isObject(pv) && isObject(pv.root_module)) {
        walkModule(pv.root_module, (res) => add(res, res.values, {}, res.sensitive_values ?? {}, true, valuesSpan.start));
      }
    }
  }
  return { resources, config, secrets, notifications };
}

function walkModule(mod: Record<string, unknown>, each: (r: Record<string, unknown>) => void): void {
  if (Array.isArray(mod.resources)) for (const r of mod.resources) if (isObject(r)) each(r);
  if (Array.isArray(mod.child_modules)) for (const c of mod.child_modules) if (isObject(c)) walkModule(c, each);
}
