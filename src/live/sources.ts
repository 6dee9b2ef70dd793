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
}

/**
 * The live sources the flags ask for. Each cloud's SDK is loaded only when that cloud is scanned.
 * A cloud-specific flag without its cloud switch is a usage error, not silently ignored.
 */
export async function liveSources(flags: LiveFlags): Promise<LiveSource[]> {
  const sources: LiveSource[] = [];
  const orphan = (flag: string, cloud: string) => new UserError(`--${flag} needs --${cloud}`);
  if (!flags.aws && (flags['aws-region']?.length || flags['aws-aggregator'])) throw orphan(flags['aws-region']?.length ? 'aws-region' : 'aws-aggregator', 'aws');
  if (!flags.azure && (flags.subscription?.length || flags['management-group']?.length)) throw orphan(flags.subscription?.length ? 'subscription' : 'management-group', 'azure');
  if (!flags.gcp && flags.scope?.length) throw orphan('scope', 'gcp');
  if (flags.aws) {
    const { createAwsSource } = await import('../../providers/aws/live.js');
    sources.push(createAwsSource({ regions: flags['aws-region'] ?? [], ...(flags['aws-aggregator'] ? { aggregator: flags['aws-aggregator'] } : {}) }));
  }
  if (flags.azure) {
    if (!flags.subscription?.length && !flags['management-group']?.length) throw new UserError('--azure needs --subscription or --management-group');
    const { createAzureSource } = await import('../../providers/azure/live.js');
    sources.push(createAzureSource({ subscriptions: flags.subscription ?? [], managementGroups: flags['management-group'] ?? [] }));
  }
  if (flags.gcp) {
    if (!flags.scope?.length) throw new UserError('--gcp needs --scope (projects/ID, folders/ID or organizations/ID)');
    for (const s of flags.scope) if (!/^(projects|folders|organizations)\/[^/\s]+$/.test(s)) throw new UserError(`--scope ${s}: expected projects/ID, folders/ID or organizations/ID`);
    const { createGcpSource } = await import('../../providers/gcp/live.js');
    sources.push(createGcpSource({ scopes: flags.scope }));
  }
  return sources;
}
