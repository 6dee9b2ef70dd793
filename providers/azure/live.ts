import { UserError } from '../../src/errors.js';
import type { LiveSource } from '../../src/live/source.js';

export type LiveOptions = { subscriptions: string[]; managementGroups: string[] };

export function createAzureSource(options: LiveOptions): LiveSource {
  void options;
  throw new UserError('live azure scanning is not available in this build');
}
