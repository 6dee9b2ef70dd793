import type { TerraformCloud } from '../../terraform/builder-types.js';
import { AZURE_REGISTRY } from '../registry.js';
import { regionOf } from './index.js';
import { plannedDetection, plannedTrail } from '../../terraform/account-controls.js';

const LIVE = 'cldscan scan --azure';

/** What the Terraform adapter needs of Azure: the azurerm, azuread and azapi types, their region, and the plan side of the registry. */
export const AZURE_TERRAFORM: TerraformCloud = {
  cloud: 'azure',
  prefixes: ['azurerm_', 'azuread_', 'azapi_'],
  regionOf,
  tables: AZURE_REGISTRY.plan,
  accountControls: [plannedTrail('activity-log', 'activity-log export', 'the subscription', LIVE), plannedDetection('defender', 'Microsoft Defender for Cloud', 'the subscription', LIVE)],
};
