/**
 * The composition root: the one place where the core meets the adapters and the policies. Nothing
 * else under src/ imports from providers/ or policies/ (an architecture test keeps it so), so the
 * core can be read, tested and reused without any cloud's knowledge.
 */
import type { InputKind } from '../input/kinds.js';
import type { LiveClouds } from '../live/sources.js';
import type { Policy } from '../policy/api.js';
import { BUILTIN_POLICIES as POLICIES } from '../../policies/index.js';
import { TERRAFORM_JSON, TERRAFORM_PLAN } from '../../providers/terraform/index.js';
import { AWS_INPUT_KINDS } from '../../providers/aws/index.js';
import { AZURE_INPUT_KINDS } from '../../providers/azure/index.js';
import { GCP_INPUT_KINDS } from '../../providers/gcp/index.js';

/** Every input kind cldscan reads, in detection order. */
export const INPUT_KINDS: readonly InputKind[] = [TERRAFORM_PLAN, TERRAFORM_JSON, ...AWS_INPUT_KINDS, ...AZURE_INPUT_KINDS, ...GCP_INPUT_KINDS];

/** The built-in policies, in the order reports list them. */
export const BUILTIN_POLICIES: readonly Policy[] = POLICIES;

/** Each cloud's SDK is loaded only when that cloud is scanned: start-up time counts on every CI run. */
export const LIVE_CLOUDS: LiveClouds = {
  aws: async (options) => (await import('../../providers/aws/live.js')).createAwsSource(options),
  azure: async (options) => (await import('../../providers/azure/live.js')).createAzureSource(options),
  gcp: async (options) => (await import('../../providers/gcp/live.js')).createGcpSource(options),
};
