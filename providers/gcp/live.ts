import { UserError } from '../../src/errors.js';
import type { LiveSource } from '../../src/live/source.js';

export type LiveOptions = { scopes: string[] };

export function createGcpSource(options: LiveOptions): LiveSource {
  void options;
  throw new UserError('live gcp scanning is not available in this build');
}
