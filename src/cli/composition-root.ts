/**
 * The composition root: the one place where the core meets the adapters and the policies. Nothing
 * else under src/ imports from providers/ or policies/ (an architecture test keeps it so), so the
 * core can be read, tested and reused without any cloud's knowledge.
 */
import type { InputKind } from '../input/kinds.js';
import type { LiveClouds } from '../live/sources.js';
import type { Policy } from '../policy/api.js';
import { BUILTIN_POLICIES as POLICIES } from '../../policies/index.js';
import type { AnyRegistry } from '../registry/cloud-registry.js';
import { terraformInputKinds } from '../../providers/terraform/index.js';
import { AWS_INPUT_KINDS } from '../../providers/aws/index.js';
import { AZURE_INPUT_KINDS } from '../../providers/azure/index.js';
import { GCP_INPUT_KINDS } from '../../providers/gcp/index.js';
import { AWS_REGISTRY } from '../../providers/aws/registry.js';
import { AZURE_REGISTRY } from '../../providers/azure/registry.js';
import { GCP_REGISTRY } from '../../providers/gcp/registry.js';
import { AWS_TERRAFORM } from '../../providers/aws/plan/terraform.js';
import { AZURE_TERRAFORM } from '../../providers/azure/plan/terraform.js';
import { GCP_TERRAFORM } from '../../providers/gcp/plan/terraform.js';

/** Every cloud's facet registry: what each adapter reads, for the coverage table and the checks on policies. */
export const REGISTRIES: readonly AnyRegistry[] = [AWS_REGISTRY, AZURE_REGISTRY, GCP_REGISTRY];

/** Every input kind cldscan reads, in detection order. */
export const INPUT_KINDS: readonly InputKind[] = [...terraformInputKinds([AWS_TERRAFORM, AZURE_TERRAFORM, GCP_TERRAFORM]), ...AWS_INPUT_KINDS, ...AZURE_INPUT_KINDS, ...GCP_INPUT_KINDS];

/** The built-in policies, in the order reports list them. */
export const BUILTIN_POLICIES: readonly Policy[] = POLICIES;

/** Each cloud's SDK is loaded only when that cloud is scanned: start-up time counts on every CI run. */
export const LIVE_CLOUDS: LiveClouds = {
  aws: async (options) => (await import('../../providers/aws/live.js')).createAwsSource(options),
  azure: async (options) => (await import('../../providers/azure/live.js')).createAzureSource(options),
  gcp: async (options) => (await import('../../providers/gcp/live.js')).createGcpSource(options),
};
