/**
 * Secrets written in clear into attributes many people and tools can read (the `plaintextSecrets`
 * facet): instance and launch template user data, Lambda and ECS environment variables, SSM
 * parameters of type String. Only where and why are kept, never the value (src/policy/secret-scan.ts).
 *
 * `aws_instance.user_data` is a hash in the plan (the provider stores a digest), so its text is
 * read from the configuration when it is a literal; otherwise it is not visible.
 */
import type { PlaintextSecretFacet } from '../../../src/model/facets.js';
import { checkNamedValue, decodeUserData, isReference, scanScript, secretKind, type SecretHit } from '../../../src/policy/secret-scan.js';
import { copiedWhy, judgeAfterApply } from '../../terraform/after-apply-secrets.js';
import type { Builder, BuilderTable } from '../../terraform/builder-types.js';
import { isObject } from '../../terraform/configuration.js';
import { attr, isSensitivePath, mapKeys, setting, type TfResource } from '../../terraform/tf-resource.js';
import { text } from './values.js';

function facet(found: SecretHit[], unknownPaths: string[]): PlaintextSecretFacet {
  const unique = new Map<string, SecretHit>();
  for (const h of found) unique.set(`${h.path}|${h.why}`, h);
  return { found: [...unique.values()], unknownPaths };
}

/** A map of variables (`environment[0].variables`): each known value judged, unknown ones by what they reference (judgeAfterApply). */
function scanVariables(r: TfResource, path: string, found: SecretHit[], unknownPaths: string[]): void {
  const a = setting(r, path);
  if (a.state === 'unknown') {
    unknownPaths.push(path);
    return;
  }
  if (a.state !== 'known' || !isObject(a.value)) return;
  const values = a.value;
  for (const name of mapKeys(r, path)) {
    const value = values[name];
    const p = `${path}.${name}`;
    if (attr(r, p).state === 'unknown') {
      const judged = judgeAfterApply(r, { entry: p, map: path }, name);
      if (judged === 'unknown') unknownPaths.push(p);
      else if (judged !== 'clear') found.push({ path: p, why: copiedWhy(judged.copiedFrom, false) });
      continue;
    }
    if (typeof value !== 'string') continue;
    if (isSensitivePath(r, p) && value !== '' && !isReference(value)) {
      found.push({ path: p, why: 'a value Terraform marks sensitive, stored in clear in the variable' });
      continue;
    }
    const hit = checkNamedValue(p, name, value);
    if (hit) found.push(hit);
  }
}

/** Lambda: `environment[0].variables`. */
const lambdaFunction: Builder<PlaintextSecretFacet> = (r) => {
  const found: SecretHit[] = [];
  const unknownPaths: string[] = [];
  scanVariables(r, 'environment[0].variables', found, unknownPaths);
  return facet(found, unknownPaths);
};

/**
 * ECS: `container_definitions` is a JSON document; each container's `environment` is a list of
 * `{name, value}` (values in clear), its `secrets` a list of `{name, valueFrom}` (references: fine).
 */
const ecsTaskDefinition: Builder<PlaintextSecretFacet> = (r) => {
  const found: SecretHit[] = [];
  const unknownPaths: string[] = [];
  const defs = setting(r, 'container_definitions');
  if (defs.state === 'unknown') return facet([], ['container_definitions']);
  if (defs.state !== 'known' || typeof defs.value !== 'string') return facet([], []);
  let containers: unknown;
  try {
    containers = JSON.parse(defs.value);
  } catch {
    return facet([], ['container_definitions']);
  }
  if (!Array.isArray(containers)) return facet([], []);
  containers.forEach((c, i) => {
    if (!isObject(c) || !Array.isArray(c.environment)) return;
    for (const e of c.environment) {
      if (!isObject(e) || typeof e.name !== 'string' || typeof e.value !== 'string') continue;
      const hit = checkNamedValue(`container_definitions[${i}].environment[${e.name}]`, e.name, e.value);
      if (hit) found.push(hit);
    }
  });
  return facet(found, unknownPaths);
};

/** The configuration's literal for an attribute (`constant_value`), when it is one. */
function configuredLiteral(r: TfResource, name: string): string | undefined {
  const expr = r.config?.expressions?.[name];
  return isObject(expr) && typeof expr.constant_value === 'string' ? expr.constant_value : undefined;
}

/** User data: the plan's value when it holds the text (base64 or not), else the configuration's literal. */
function scanUserData(r: TfResource, found: SecretHit[], unknownPaths: string[], opts: { planText: boolean; base64: boolean; path: string }): void {
  const a = setting(r, opts.path);
  if (a.state === 'unset') return;
  let content: string | undefined;
  if (opts.planText && a.state === 'known' && typeof a.value === 'string') content = decodeUserData(a.value, { base64: opts.base64 });
  else {
    const literal = configuredLiteral(r, opts.path);
    if (literal !== undefined) content = decodeUserData(literal, { base64: opts.base64 });
  }
  if (content === undefined) {
    // Not visible in the plan (a template, a value known after apply): what it refers to may still tell.
    const judged = judgeAfterApply(r, { entry: opts.path }, undefined, true);
    if (judged === 'unknown') unknownPaths.push(opts.path);
    else if (judged !== 'clear') found.push({ path: opts.path, why: copiedWhy(judged.copiedFrom, true) });
    return;
  }
  // Terraform hides a sensitive attribute: the finding names the attribute, not where inside it.
  for (const item of scanScript(opts.path, content, { lineNumbers: !isSensitivePath(r, opts.path) })) found.push(item);
}

/**
 * EC2 instance: `user_data` (a digest in the plan: read from the configuration's literal) and
 * `user_data_base64` (kept as given).
 */
const instance: Builder<PlaintextSecretFacet> = (r) => {
  const found: SecretHit[] = [];
  const unknownPaths: string[] = [];
  scanUserData(r, found, unknownPaths, { path: 'user_data', planText: false, base64: false });
  scanUserData(r, found, unknownPaths, { path: 'user_data_base64', planText: true, base64: true });
  return facet(found, unknownPaths);
};

/** Launch template: `user_data` is base64 and kept as given. */
const launchTemplate: Builder<PlaintextSecretFacet> = (r) => {
  const found: SecretHit[] = [];
  const unknownPaths: string[] = [];
  scanUserData(r, found, unknownPaths, { path: 'user_data', planText: true, base64: true });
  return facet(found, unknownPaths);
};

/** Launch configuration: `user_data` is a digest like an instance's; `user_data_base64` as given. */
const launchConfiguration: Builder<PlaintextSecretFacet> = instance;

/**
 * SSM parameter of type `String` or `StringList` whose name says it is a secret: readable by anyone
 * with `ssm:GetParameter`, unlike a `SecureString`.
 */
const ssmParameter: Builder<PlaintextSecretFacet> = (r) => {
  const type = text(r, 'type');
  const name = text(r, 'name');
  if (type.state !== 'known' || type.value === 'SecureString' || name.state !== 'known') return undefined;
  const last = String(name.value).split('/').pop() ?? '';
  const kind = secretKind(last);
  if (!kind) return facet([], []);
  return facet([{ path: 'value', why: `${kind} in a parameter of type ${String(type.value)} (not SecureString)` }], []);
};

export const plaintextTable: BuilderTable = {
  plaintextSecrets: {
    aws_lambda_function: lambdaFunction,
    aws_ecs_task_definition: ecsTaskDefinition,
    aws_instance: instance,
    aws_launch_template: launchTemplate,
    aws_launch_configuration: launchConfiguration,
    aws_ssm_parameter: ssmParameter,
  },
};
