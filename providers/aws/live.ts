import { UserError } from '../../src/errors.js';
import type { LiveSource } from '../../src/live/source.js';

export type LiveOptions = { regions: string[]; aggregator?: string };

export function createAwsSource(options: LiveOptions): LiveSource {
  void options;
  throw new UserError('live aws scanning is not available in this build');
}
