import type { PlaintextSecretFacet } from '../../../src/model/facets.js';
import type { Builder, BuilderTable } from '../../terraform/builder-types.js';
import { copiedWhy, judgeAfterApply } from '../../terraform/after-apply-secrets.js';
import { checkNamedValue, scanScript, type ScriptOptions, type SecretHit } from '../../../src/policy/secret-scan.js';
import { attr, formatPath, isSensitivePath, mapKeys, parsePath, setting, type PathPart, type TfResource } from '../../terraform/tf-resource.js';
import { blockCount } from './values.js';
import { checkMetadataEntry, isHarmlessMetadataKey, isScriptKey } from '../knowledge/metadata.js';

/**
 * Secrets written in clear into attributes many people and tools read: instance metadata and
 * startup scripts (instances and templates), Cloud Run and Cloud Functions environment variables.
 * Values known only after apply are judged by what they refer to, as on every cloud
 * (judgeAfterApply). Nothing checkable at all (every value unknown): no facet, never a pass.
 */


class Collector {
  readonly found: SecretHit[] = [];
  readonly unknownPaths: string[] = [];
  private checked = 0;

  constructor(private readonly r: TfResource) {}

  add(findings: readonly SecretHit[]): void {
    this.checked++;
    for (const f of findings) if (!this.found.some((x) => x.path === f.path && x.why === f.why)) this.found.push(f);
  }

  /** A value known only after apply, shown at `path`; its expression is at `at`. */
  unknown(path: string, name: string | undefined, script: boolean, at: { entry: string; map?: string }): void {
    const judged = judgeAfterApply(this.r, at, name, script);
    if (judged === 'unknown') this.unknownPaths.push(path);
    else this.add(judged === 'clear' ? [] : [{ path, why: copiedWhy(judged.copiedFrom, script) }]);
  }

  facet(): PlaintextSecretFacet | undefined {
    if (this.checked === 0 && this.found.length === 0) return undefined;
    return { found: this.found, unknownPaths: this.unknownPaths };
  }
}

/** A map of named values (metadata, environment variables): each entry by its name and value. */
function scanMap(c: Collector, r: TfResource, path: string, metadata: boolean): void {
  if (setting(r, path).state === 'unknown') {
    c.unknownPaths.push(path);
    return;
  }
  for (const key of mapKeys(r, path)) {
    const parts: PathPart[] = [...parsePath(path), key];
    const shown = formatPath(parts);
    if (metadata && isHarmlessMetadataKey(key)) continue;
    const v = attr(r, parts);
    if (v.state === 'unknown') c.unknown(shown, key, metadata && isScriptKey(key), { entry: shown, map: path });
    else if (typeof v.value === 'string') c.add(metadata ? checkMetadataEntry(shown, key, v.value, hidden(r, parts)) : maybe(checkNamedValue(shown, key, v.value)));
  }
}

const maybe = (f: SecretHit | undefined): SecretHit[] => (f ? [f] : []);

/** Terraform hides a sensitive attribute: a finding names the attribute, not the line inside it. */
const hidden = (r: TfResource, path: string | PathPart[]): ScriptOptions => ({ lineNumbers: !isSensitivePath(r, typeof path === 'string' ? path : formatPath(path)) });

/** A script attribute (`metadata_startup_script`). */
function scanScriptAttr(c: Collector, r: TfResource, path: string): void {
  const v = setting(r, path);
  if (v.state === 'unknown') c.unknown(path, undefined, true, { entry: path });
  else if (typeof v.value === 'string' && v.value.trim() !== '') c.add(scanScript(path, v.value, hidden(r, path)));
}

/** Environment variables as blocks (`env { name value }`): literal values only, `value_source` / `value_from` are references. */
function scanEnvBlocks(c: Collector, r: TfResource, containers: string): void {
  const n = blockCount(r, containers);
  if (n === 'unknown') {
    c.unknownPaths.push(containers);
    return;
  }
  for (let i = 0; i < n; i++) {
    const env = `${containers}[${i}].env`;
    const m = blockCount(r, env);
    if (m === 'unknown') {
      c.unknownPaths.push(env);
      continue;
    }
    for (let j = 0; j < m; j++) {
      const name = setting(r, `${env}[${j}].name`);
      const value = setting(r, `${env}[${j}].value`);
      const label = typeof name.value === 'string' ? `${env}[${j}] (${name.value})` : `${env}[${j}]`;
      if (value.state === 'unknown') c.unknown(label, typeof name.value === 'string' ? name.value : undefined, false, { entry: `${env}[${j}].value` });
      else if (typeof value.value === 'string' && value.value !== '') c.add(maybe(checkNamedValue(label, typeof name.value === 'string' ? name.value : '', value.value)));
      else c.add([]);
    }
  }
}

const instanceSecrets: Builder<PlaintextSecretFacet> = (r) => {
  const c = new Collector(r);
  scanMap(c, r, 'metadata', true);
  scanScriptAttr(c, r, 'metadata_startup_script');
  return c.facet();
};

const templateSecrets: Builder<PlaintextSecretFacet> = (r) => {
  const c = new Collector(r);
  scanMap(c, r, 'metadata', true);
  scanScriptAttr(c, r, 'metadata_startup_script');
  return c.facet();
};

const runV2Secrets =
  (containers: string): Builder<PlaintextSecretFacet> =>
  (r) => {
    const c = new Collector(r);
    scanEnvBlocks(c, r, containers);
    return c.facet();
  };

const functionV1Secrets: Builder<PlaintextSecretFacet> = (r) => {
  const c = new Collector(r);
  scanMap(c, r, 'environment_variables', false);
  scanMap(c, r, 'build_environment_variables', false);
  return c.facet();
};

const functionV2Secrets: Builder<PlaintextSecretFacet> = (r) => {
  const c = new Collector(r);
  if (blockCount(r, 'service_config') !== 0) scanMap(c, r, 'service_config[0].environment_variables', false);
  if (blockCount(r, 'build_config') !== 0) scanMap(c, r, 'build_config[0].environment_variables', false);
  return c.facet();
};

export const secretsTable: BuilderTable = {
  plaintextSecrets: {
    google_compute_instance: instanceSecrets,
    google_compute_instance_template: templateSecrets,
    google_compute_region_instance_template: templateSecrets,
    google_cloud_run_v2_service: runV2Secrets('template[0].containers'),
    google_cloud_run_v2_job: runV2Secrets('template[0].template[0].containers'),
    google_cloud_run_service: runV2Secrets('template[0].spec[0].containers'),
    google_cloudfunctions_function: functionV1Secrets,
    google_cloudfunctions2_function: functionV2Secrets,
  },
};
