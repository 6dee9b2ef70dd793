/**
 * Secrets in clear in Config items (the `plaintextSecrets` facet): ECS task definitions'
 * container environment variables. Lambda environment variables, instance user data and launch
 * template user data are not part of their Config items: not judged live.
 *
 * The values found are also removed from the record --inventory-out writes (`[REDACTED]`), so the
 * inventory does not carry what the finding is about.
 */
import type { PlaintextSecretFacet } from '../../src/model/facets.js';
import { checkNamedValue, type SecretHit } from '../../src/policy/secret-scan.js';
import { conf, isRecord, list, type ConfigItem, type Json } from './ci.js';
import { hasConfiguration, type BuildContext } from './context.js';

const REDACTED = '[REDACTED]';

/** Each container's `Environment` entries whose name or value says secret: path and why. */
function taskDefinitionHits(item: ConfigItem): Array<SecretHit & { container: number; entry: number }> {
  const containersF = conf(item, 'ContainerDefinitions');
  const hits: Array<SecretHit & { container: number; entry: number }> = [];
  (list(containersF) ?? []).forEach((c, i) => {
    if (!isRecord(c)) return;
    const env = c.Environment ?? c.environment;
    if (!Array.isArray(env)) return;
    env.forEach((e, j) => {
      if (!isRecord(e)) return;
      const name = e.Name ?? e.name;
      const value = e.Value ?? e.value;
      if (typeof name !== 'string' || typeof value !== 'string') return;
      const hit = checkNamedValue(`${containersF.path}[${i}].Environment[${name}]`, name, value);
      if (hit) hits.push({ ...hit, container: i, entry: j });
    });
  });
  return hits;
}

function taskDefinition(ctx: BuildContext): PlaintextSecretFacet | undefined {
  if (!hasConfiguration(ctx.item)) return undefined;
  return { found: taskDefinitionHits(ctx.item).map(({ path, why }) => ({ path, why })), unknownPaths: [] };
}

export const PLAINTEXT: Readonly<Record<string, (ctx: BuildContext) => PlaintextSecretFacet | undefined>> = {
  'AWS::ECS::TaskDefinition': taskDefinition,
};

/** A copy of the item's configuration with the secret values found replaced, for the inventory record. */
export function scrubbedConfiguration(item: ConfigItem): Json | undefined {
  if (item.resourceType !== 'AWS::ECS::TaskDefinition' || !item.configuration) return item.configuration;
  const hits = taskDefinitionHits(item);
  if (hits.length === 0) return item.configuration;
  const copy = structuredClone(item.configuration);
  const containers = conf({ ...item, configuration: copy }, 'ContainerDefinitions');
  for (const h of hits) {
    const c = (containers.value as unknown[])[h.container];
    if (!isRecord(c)) continue;
    const env = (c.Environment ?? c.environment) as unknown[];
    const e = env[h.entry];
    if (!isRecord(e)) continue;
    if ('Value' in e) e.Value = REDACTED;
    else e.value = REDACTED;
  }
  return copy;
}
