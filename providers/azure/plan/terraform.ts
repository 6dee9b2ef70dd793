import type { TerraformCloud } from '../../terraform/builder-types.js';
import { AZURE_REGISTRY } from '../registry.js';
import { regionOf } from './index.js';

/** What the Terraform adapter needs of Azure: the azurerm, azuread and azapi types, their region, and the plan side of the registry. */
export const AZURE_TERRAFORM: TerraformCloud = { cloud: 'azure', prefixes: ['azurerm_', 'azuread_', 'azapi_'], regionOf, tables: AZURE_REGISTRY.plan };
