import type { PlaintextSecretFacet } from '../../../src/model/facets.js';
import type { BuilderTable } from '../../terraform/builder-types.js';
import { checkNamedValue, decodeUserData, scanObject, scanScript, type SecretHit } from '../../../src/policy/secret-scan.js';
import { attr, blocks, formatPath, isSensitivePath, mapKeys, parsePath, type TfResource } from '../../terraform/tf-resource.js';
import { WEB_APPS } from './values.js';
import { copiedWhy, judgeAfterApply } from '../../terraform/after-apply-secrets.js';

/**
 * Secrets written in clear into attributes that many people and tools read: App Service and
 * Functions app settings and connection strings, Container Apps and Container Instances
 * environment variables, VM custom data and user data, VM extension public settings. The right
 * places (Key Vault references, `secret_name`, `secure_environment_variables`, extension
 * `protected_settings`) are not read. Only the path and why come out, never the value. Values
 * known only after apply are judged by what they refer to, as on every cloud (judgeAfterApply).
 */

/** How a value known only after apply is judged and shown: the setting's name, or a script; the path findings show. */
interface Named {
  name?: string;
  script?: boolean;
  shown?: string;
}

class Found {
  readonly found: SecretHit[] = [];
  readonly unknownPaths: string[] = [];

  constructor(private readonly r: TfResource) {}

  /** The value at `path`, or undefined when unset or known only after apply (then judged by what it refers to). */
  value(path: string, as: Named = {}): unknown {
    const a = attr(this.r, path);
    if (a.state === 'unknown') {
      this.afterApply(a.path, as);
      return undefined;
    }
    return a.state === 'known' ? a.value : undefined;
  }

  private afterApply(path: string, as: Named, map?: string): void {
    const judged = judgeAfterApply(this.r, { entry: path, map }, as.name, as.script);
    if (judged === 'unknown') this.unknownPaths.push(as.shown ?? path);
    else if (judged !== 'clear') this.found.push({ path: as.shown ?? path, why: copiedWhy(judged.copiedFrom, as.script ?? false) });
  }

  /** A map of settings (app settings, environment variables): each name and its value. */
  map(path: string): void {
    if (attr(this.r, path).state === 'unknown') {
      this.unknownPaths.push(formatPath(parsePath(path)));
      return;
    }
    const base = formatPath(parsePath(path));
    for (const name of mapKeys(this.r, path)) {
      const at = `${base}.${name}`;
      const entry = attr(this.r, [...parsePath(path), name]);
      if (entry.state === 'unknown') {
        this.afterApply(at, { name }, path);
        continue;
      }
      const hit = checkNamedValue(at, name, entry.value);
      if (hit) this.found.push(hit);
    }
  }

  facet(): PlaintextSecretFacet {
    return { found: this.found, unknownPaths: this.unknownPaths };
  }
}

/** App Service and Functions: `app_settings` and the `connection_string` blocks (name, value). */
function webApp(r: TfResource): PlaintextSecretFacet {
  const f = new Found(r);
  f.map('app_settings');
  const conns = blocks(r, 'connection_string');
  if (conns === 'unknown') f.unknownPaths.push('connection_string');
  else {
    conns.forEach((c, i) => {
      const path = `connection_string[${i}].value`;
      const shown = typeof c.name === 'string' ? `connection_string["${c.name}"].value` : path;
      const value = f.value(path, { name: 'connection_string', shown });
      const hit = typeof value === 'string' ? checkNamedValue(shown, 'connection_string', value) : undefined;
      if (hit) f.found.push(hit);
    });
  }
  return f.facet();
}

/** Container Apps: `template[0].container[*].env[*]` with a literal `value` (a `secret_name` is the right way). */
function containerApp(r: TfResource): PlaintextSecretFacet {
  const f = new Found(r);
  const containers = blocks(r, 'template[0].container');
  if (containers === 'unknown') f.unknownPaths.push('template[0].container');
  else {
    containers.forEach((_, i) => {
      const env = blocks(r, `template[0].container[${i}].env`);
      if (env === 'unknown') return void f.unknownPaths.push(`template[0].container[${i}].env`);
      env.forEach((e, j) => {
        const path = `template[0].container[${i}].env[${j}].value`;
        const name = typeof e.name === 'string' ? e.name : '';
        const shown = name ? `template[0].container[${i}].env["${name}"]` : path;
        const value = f.value(path, { name, shown });
        const hit = checkNamedValue(shown, name, value);
        if (hit) f.found.push(hit);
      });
    });
  }
  return f.facet();
}

/** Container Instances: `container[*].environment_variables` (the secure ones are `secure_environment_variables`). */
function containerGroup(r: TfResource): PlaintextSecretFacet {
  const f = new Found(r);
  const containers = blocks(r, 'container');
  if (containers === 'unknown') f.unknownPaths.push('container');
  else containers.forEach((_, i) => f.map(`container[${i}].environment_variables`));
  return f.facet();
}

/** VMs: `custom_data` and `user_data` (base64 scripts, cloud-init). */
function virtualMachine(paths: readonly string[]) {
  return (r: TfResource): PlaintextSecretFacet => {
    const f = new Found(r);
    for (const path of paths) {
      const v = f.value(path, { script: true });
      // Terraform hides custom data (sensitive): the finding names the attribute, not where inside it.
      if (typeof v === 'string' && v) for (const item of scanScript(path, decodeUserData(v, { base64: 'maybe' }), { lineNumbers: !isSensitivePath(r, path) })) f.found.push(item);
    }
    return f.facet();
  };
}

/** VM extensions: public `settings` (JSON, visible to every reader of the VM) rather than `protected_settings`. */
function vmExtension(r: TfResource): PlaintextSecretFacet {
  const f = new Found(r);
  const v = f.value('settings', { script: true });
  if (typeof v === 'string' && v) for (const item of scanObject('settings', v)) f.found.push(item);
  return f.facet();
}

const VM_DATA = ['custom_data', 'user_data'];

export const SECRETS: BuilderTable = {
  plaintextSecrets: {
    ...Object.fromEntries(WEB_APPS.map((t) => [t, webApp])),
    azurerm_container_app: containerApp,
    azurerm_container_group: containerGroup,
    azurerm_linux_virtual_machine: virtualMachine(VM_DATA),
    azurerm_windows_virtual_machine: virtualMachine(VM_DATA),
    azurerm_linux_virtual_machine_scale_set: virtualMachine(VM_DATA),
    azurerm_windows_virtual_machine_scale_set: virtualMachine(VM_DATA),
    azurerm_orchestrated_virtual_machine_scale_set: virtualMachine(['user_data_base64', 'os_profile[0].custom_data']),
    azurerm_virtual_machine: virtualMachine(['os_profile[0].custom_data']),
    azurerm_virtual_machine_extension: vmExtension,
    azurerm_virtual_machine_scale_set_extension: vmExtension,
  },
};
