import { UserError } from '../errors.js';
import type { LiveSource } from './source.js';

export interface LiveFlags {
  aws?: boolean;
  'aws-region'?: string[];
  'aws-aggregator'?: string;
  azure?: boolean;
  subscription?: string[];
  'management-group'?: string[];
  gcp?: boolean;
  scope?: string[];
  'gcp-list-quota'?: number;
}

/** How to open each cloud's live source: the composition root wires the adapters in, each loaded only when its cloud is scanned. */
export interface LiveClouds {
  aws(options: { regions: string[]; aggregator?: string }): Promise<LiveSource>;
  azure(options: { subscriptions: string[]; managementGroups: string[] }): Promise<LiveSource>;
  gcp(options: { scopes: string[]; listsPerMinute?: number }): Promise<LiveSource>;
}

/**
 * The live sources the flags ask for. A cloud-specific flag without its cloud switch is a usage
 * error, not silently ignored.
 */
export async function liveSources(flags: LiveFlags, clouds: LiveClouds): Promise<LiveSource[]> {
  const sources: LiveSource[] = [];
  const orphan = (flag: string, cloud: string) => new UserError(`--${flag} needs --${cloud}`);
  if (!flags.aws && (flags['aws-region']?.length || flags['aws-aggregator'])) throw orphan(flags['aws-region']?.length ? 'aws-region' : 'aws-aggregator', 'aws');
  if (!flags.azure && (flags.subscription?.length || flags['management-group']?.length)) throw orphan(flags.subscription?.length ? 'subscription' : 'management-group', 'azure');
  if (!flags.gcp && (flags.scope?.length || flags['gcp-list-quota'] !== undefined)) throw orphan(flags.scope?.length ? 'scope' : 'gcp-list-quota', 'gcp');
  if (flags.aws) {
    sources.push(await clouds.aws({ regions: flags['aws-region'] ?? [], ...(flags['aws-aggregator'] ? { aggregator: flags['aws-aggregator'] } : {}) }));
  }
  if (flags.azure) {
    if (!flags.subscription?.length && !flags['management-group']?.length) throw new UserError('--azure needs --subscription or --management-group');
    sources.push(await clouds.azure({ subscriptions: flags.subscription ?? [], managementGroups: flags['management-group'] ?? [] }));
  }
  if (flags.gcp) {
    if (!flags.scope?.length) throw new UserError('--gcp needs --scope (projects/ID, folders/ID or organizations/ID)');
    for (const s of flags.scope) if (!/^(projects|folders|organizations)\/[^/\s]+$/.test(s)) throw new UserError(`--scope ${s}: expected projects/ID, folders/ID or organizations/ID`);
    sources.push(await clouds.gcp({ scopes: flags.scope, ...(flags['gcp-list-quota'] !== undefined ? { listsPerMinute: flags['gcp-list-quota'] } : {}) }));
  }
  return sources;
}
