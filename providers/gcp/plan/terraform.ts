import type { TerraformCloud } from '../../terraform/builder-types.js';
import { GCP_REGISTRY } from '../registry.js';
import { regionOf } from './index.js';

/** What the Terraform adapter needs of GCP: the `google_` types (google and google-beta share them), their region, and the plan side of the registry. */
export const GCP_TERRAFORM: TerraformCloud = { cloud: 'gcp', prefixes: ['google_'], regionOf, tables: GCP_REGISTRY.plan };
