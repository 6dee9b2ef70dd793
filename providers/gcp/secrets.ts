import type { PlaintextSecretFacet } from '../../src/model/facets.js';
import { checkNamedValue, type SecretHit } from '../../src/policy/secret-scan.js';
import { checkMetadataEntry, isHarmlessMetadataKey } from './knowledge/metadata.js';
import { isObject, type CaiAsset } from './asset.js';
import { dataOf, dataPath, get, list, str } from './values.js';

/**
 * Secrets in clear in Cloud Asset Inventory records: instance and instance template metadata
 * (`metadata.items[]`, startup scripts and user data read line by line), Cloud Run services (the
 * v1 shape `spec.template.spec.containers[].env[]` and the v2 shape `template.containers[].env[]`;
 * `valueFrom` / `valueSource` are Secret Manager references), Cloud Functions environment variables
 * (1st gen `environmentVariables`, 2nd gen `serviceConfig.environmentVariables`, build variables of
 * both). The finding names the item and why, never the value. A record without the resource: no facet.
 */

type Collect = { found: SecretHit[]; checked: number };

const push = (c: Collect, findings: readonly SecretHit[]) => {
  c.checked++;
  for (const f of findings) if (!c.found.some((x) => x.path === f.path && x.why === f.why)) c.found.push(f);
};

function metadataItems(c: Collect, items: unknown, base: string): void {
  (list(items) ?? []).forEach((item, i) => {
    const key = str(get(item, 'key'));
    const value = get(item, 'value');
    if (!key || typeof value !== 'string' || isHarmlessMetadataKey(key)) return;
    push(c, checkMetadataEntry(`${dataPath(`${base}[${i}]`)} (${key})`, key, value));
  });
}

function envList(c: Collect, env: unknown, base: string): void {
  (list(env) ?? []).forEach((e, i) => {
    const name = str(get(e, 'name')) ?? '';
    const value = get(e, 'value');
    if (typeof value !== 'string' || value === '') return void push(c, []);
    const f = checkNamedValue(`${dataPath(`${base}[${i}]`)}${name ? ` (${name})` : ''}`, name, value);
    push(c, f ? [f] : []);
  });
}

function envMap(c: Collect, map: unknown, base: string): void {
  if (!isObject(map)) return;
  for (const [name, value] of Object.entries(map)) {
    if (typeof value !== 'string') continue;
    const f = checkNamedValue(`${dataPath(base)}.${name}`, name, value);
    push(c, f ? [f] : []);
  }
}

function containers(c: Collect, list_: unknown, base: string): void {
  (list(list_) ?? []).forEach((x, i) => envList(c, get(x, 'env'), `${base}[${i}].env`));
}

/** Where each asset type keeps settings that could hold a secret: instance metadata, container and function environments. */
const READERS: Readonly<Record<string, (c: Collect, data: unknown) => void>> = {
  'compute.googleapis.com/Instance': (c, data) => metadataItems(c, get(data, 'metadata.items'), 'metadata.items'),
  'compute.googleapis.com/InstanceTemplate': templateMetadata,
  'compute.googleapis.com/RegionInstanceTemplate': templateMetadata,
  'run.googleapis.com/Service': runContainers,
  'run.googleapis.com/Job': runContainers,
  'cloudfunctions.googleapis.com/CloudFunction': (c, data) => {
    envMap(c, get(data, 'environmentVariables'), 'environmentVariables');
    envMap(c, get(data, 'buildEnvironmentVariables'), 'buildEnvironmentVariables');
  },
  'cloudfunctions.googleapis.com/Function': (c, data) => {
    envMap(c, get(data, 'serviceConfig.environmentVariables'), 'serviceConfig.environmentVariables');
    envMap(c, get(data, 'buildConfig.environmentVariables'), 'buildConfig.environmentVariables');
  },
};

function templateMetadata(c: Collect, data: unknown): void {
  metadataItems(c, get(data, 'properties.metadata.items'), 'properties.metadata.items');
}

/** v1 (Knative) shape, then v2 shape; a job's template holds a task template. */
function runContainers(c: Collect, data: unknown): void {
  containers(c, get(data, 'spec.template.spec.containers'), 'spec.template.spec.containers');
  containers(c, get(data, 'spec.template.spec.template.spec.containers'), 'spec.template.spec.template.spec.containers');
  containers(c, get(data, 'template.containers'), 'template.containers');
  containers(c, get(data, 'template.template.containers'), 'template.template.containers');
}

/** The asset types whose settings are searched for secrets. */
export const SECRET_TYPES: readonly string[] = Object.keys(READERS);

export function plaintextSecretsFacet(a: CaiAsset): PlaintextSecretFacet | undefined {
  const read = READERS[a.assetType];
  const data = dataOf(a);
  if (!read || !data) return undefined;
  const c: Collect = { found: [], checked: 0 };
  read(c, data);
  if (c.checked === 0) return undefined;
  return { found: c.found, unknownPaths: [] };
}
