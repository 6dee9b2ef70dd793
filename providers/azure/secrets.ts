import type { PlaintextSecretFacet } from '../../src/model/facets.js';
import { checkNamedValue, scanObject, type SecretHit } from '../../src/policy/secret-scan.js';
import { get, isObject, list, prop, str, type AzRecord } from './records.js';

/**
 * Secrets in clear in what Resource Graph shows to every Reader: Container Apps and Container Apps
 * jobs environment variables with a literal `value` (a `secretRef` is the right way), Container
 * Instances `environmentVariables` (`secureValue` is never returned), and VM extension public
 * `settings`. App Service app settings are not readable with Reader (they need
 * `Microsoft.Web/sites/config/list/action`): web apps carry no such facet live. Only the path and
 * why are kept, never the value.
 */

function facet(found: SecretHit[]): PlaintextSecretFacet {
  return { found, unknownPaths: [] };
}

/** `env` lists of `{ name, value | secretRef }` or `{ name, value | secureValue }`. */
function envList(items: unknown[] | undefined, at: string, found: SecretHit[]): void {
  (items ?? []).forEach((e, j) => {
    if (!isObject(e)) return;
    const name = str(get(e, 'name')) ?? '';
    const hit = checkNamedValue(name ? `${at}["${name}"]` : `${at}[${j}].value`, name, get(e, 'value').value);
    if (hit) found.push(hit);
  });
}

function containerApp(r: AzRecord): PlaintextSecretFacet {
  const found: SecretHit[] = [];
  const containers = prop(r, 'template.containers');
  (list(containers) ?? []).forEach((c, i) => {
    if (isObject(c)) envList(list(get(c, 'env')), `${containers.path}[${i}].env`, found);
  });
  return facet(found);
}

function containerGroup(r: AzRecord): PlaintextSecretFacet {
  const found: SecretHit[] = [];
  const containers = prop(r, 'containers');
  (list(containers) ?? []).forEach((c, i) => {
    if (!isObject(c)) return;
    const vars = get(c, 'properties.environmentVariables');
    envList(list(vars.found ? vars : get(c, 'environmentVariables')), `${containers.path}[${i}].properties.environmentVariables`, found);
  });
  return facet(found);
}

function vmExtension(r: AzRecord): PlaintextSecretFacet {
  const settings = prop(r, 'settings');
  return facet(settings.found ? scanObject(settings.path, settings.value) : []);
}

type Builder = (r: AzRecord) => PlaintextSecretFacet | undefined;

export const SECRET_BUILDERS: Readonly<Record<string, Builder>> = {
  'microsoft.app/containerapps': containerApp,
  'microsoft.app/jobs': containerApp,
  'microsoft.containerinstance/containergroups': containerGroup,
  'microsoft.compute/virtualmachines/extensions': vmExtension,
  'microsoft.compute/virtualmachinescalesets/extensions': vmExtension,
};
