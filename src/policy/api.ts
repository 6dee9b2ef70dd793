import type { Evidence, FacetName } from '../model/facets.js';
import type { Severity, Status } from '../model/finding.js';
import type { CloudProvider, Resource } from '../model/resource.js';
import type { ScanSettings } from '../settings.js';
import { placeholders, type Localized, type MessageRef } from './messages.js';

export { LANGS, type Lang, type Localized, type MessageData, type MessageRef, type MessageValue } from './messages.js';

/**
 * The policy API, for built-in policies and users' own (`--policies dir`): a `meta` block and a
 * `check` that reads facets (never raw attributes) and says pass, fail or unknown — or nothing
 * when the resource is not its business. Like an ESLint rule, a check names a message by its id;
 * the texts live in `meta.messages`, in English and French, so reports can be written in either
 * and tests assert ids rather than sentences.
 */

/** How to fix a failure, by where it was found: the Terraform change, and the step on a live estate. */
export interface Remediation {
  /** The attribute or resource to set in Terraform. */
  terraform: Localized;
  /** The console or CLI step on the live account, subscription or project. */
  live: Localized;
}

export interface PolicyMeta {
  /** Stable id, used as the SARIF rule id and in waivers: lower-case words joined by dashes. */
  id: string;
  title: Localized;
  /** Catalog rule ids this policy serves (`CLD-21`, `CL-8`). */
  rules: string[];
  severity: Severity;
  description: Localized;
  /** Every message a check may give, by id; `{{name}}` is replaced by the result's `data.name`. */
  messages: Readonly<Record<string, Localized>>;
  /** How to fix it, per cloud and input kind. */
  remediation: Partial<Record<CloudProvider, Remediation>>;
  helpUri?: string;
  /** The facets the policy reads. */
  facets: FacetName[];
}

export interface CheckResult extends MessageRef {
  status: Status;
  evidence?: Evidence[];
  /**
   * For unknown: the evidence that would settle it. A policy names one of its messages; an
   * adapter's hint (a facet's `settle`, naming the attribute to read) is passed on as it is.
   */
  settle?: string | MessageRef;
  /** Further messages of the same result, after the first (a resource with several problems). */
  also?: MessageRef[];
  /** The facet this result judges, when the policy reads several: the compliance matrix counts each covering check apart. */
  facet?: FacetName;
  /** Per facet judged, when one result combines several (see worstOf). */
  outcomes?: Partial<Record<FacetName, Status>>;
}

export interface PolicyContext {
  settings: ScanSettings;
}

export interface Policy {
  meta: PolicyMeta;
  check(resource: Resource, ctx: PolicyContext): CheckResult | undefined;
}

const ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const MESSAGE_ID = /^[a-zA-Z][a-zA-Z0-9]*$/;
const CLOUDS: readonly CloudProvider[] = ['aws', 'azure', 'gcp'];

function isLocalized(v: unknown): v is Localized {
  if (!v || typeof v !== 'object') return false;
  const l = v as Record<string, unknown>;
  return typeof l.en === 'string' && l.en.trim() !== '' && (l.fr === undefined || (typeof l.fr === 'string' && l.fr.trim() !== ''));
}

/** Checks a policy's shape once, at load, so a broken user policy fails with its name, not mid-scan. */
export function definePolicy(policy: Policy): Policy {
  const m = policy.meta;
  const problems: string[] = [];
  if (!m || typeof m !== 'object') problems.push('meta is missing');
  else {
    if (typeof m.id !== 'string' || !ID.test(m.id)) problems.push(`meta.id ${JSON.stringify(m.id)} must be lower-case words joined by dashes`);
    if (!isLocalized(m.title)) problems.push('meta.title must be { en: "…", fr?: "…" }');
    if (!Array.isArray(m.rules) || m.rules.length === 0) problems.push('meta.rules must list at least one catalog rule id');
    if (!['critical', 'high', 'medium', 'low'].includes(m.severity)) problems.push('meta.severity must be critical, high, medium or low');
    if (!isLocalized(m.description)) problems.push('meta.description must be { en: "…", fr?: "…" }');
    if (!Array.isArray(m.facets)) problems.push('meta.facets must list the facets the policy reads');
    problems.push(...messageProblems(m.messages));
    problems.push(...remediationProblems(m.remediation));
  }
  if (typeof policy.check !== 'function') problems.push('check must be a function');
  if (problems.length) throw new Error(`policy ${String(m?.id ?? '(no id)')}: ${problems.join('; ')}`);
  return policy;
}

function messageProblems(messages: unknown): string[] {
  if (!messages || typeof messages !== 'object' || Object.keys(messages).length === 0) return ['meta.messages must give at least one message: { someId: { en: "…", fr?: "…" } }'];
  const problems: string[] = [];
  for (const [id, text] of Object.entries(messages)) {
    if (!MESSAGE_ID.test(id)) problems.push(`message id ${JSON.stringify(id)} must be a camelCase word`);
    if (!isLocalized(text)) {
      problems.push(`meta.messages.${id} must be { en: "…", fr?: "…" }`);
      continue;
    }
    // A translation that names other placeholders than the English text would print `{{…}}` or lose a value.
    if (text.fr !== undefined && placeholders(text.fr).join() !== placeholders(text.en).join()) {
      problems.push(`meta.messages.${id}: the French text must use the same placeholders as the English one (${placeholders(text.en).join(', ') || 'none'})`);
    }
  }
  return problems;
}

function remediationProblems(remediation: unknown): string[] {
  if (!remediation || typeof remediation !== 'object') return ['meta.remediation is missing'];
  const problems: string[] = [];
  for (const [cloud, fix] of Object.entries(remediation)) {
    if (!CLOUDS.includes(cloud as CloudProvider)) problems.push(`meta.remediation.${cloud}: expected aws, azure or gcp`);
    else if (!fix || typeof fix !== 'object' || !isLocalized((fix as Remediation).terraform) || !isLocalized((fix as Remediation).live)) {
      problems.push(`meta.remediation.${cloud} must be { terraform: { en, fr? }, live: { en, fr? } }`);
    }
  }
  return problems;
}
