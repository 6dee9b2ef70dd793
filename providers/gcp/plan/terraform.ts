import type { TerraformCloud } from '../../terraform/builder-types.js';
import { GCP_REGISTRY } from '../registry.js';
import { regionOf } from './index.js';
import { plannedTrail } from '../../terraform/account-controls.js';

/** What the Terraform adapter needs of GCP: the `google_` types (google and google-beta share them), their region, and the plan side of the registry. */
export const GCP_TERRAFORM: TerraformCloud = {
  cloud: 'gcp',
  prefixes: ['google_'],
  regionOf,
  tables: GCP_REGISTRY.plan,
  // Security Command Center is in neither plans nor Cloud Asset Inventory: no live scan settles it, so no plan states it.
  accountControls: [plannedTrail('audit-logs', 'Data Access audit configuration', 'the project', 'cldscan scan --gcp')],
};
