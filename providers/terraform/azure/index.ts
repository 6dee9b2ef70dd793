import type { CloudBuilders } from '../builder-types.js';
import { ENDPOINTS } from './endpoints.js';
import { IDENTITY } from './identity.js';
import { INGRESS } from './nsg.js';
import { LOCATIONS } from './locations.js';
import { LOGGING } from './logging.js';
import { regionOf } from './parents.js';
import { STORAGE } from './storage.js';

export const AZURE: CloudBuilders = {
  cloud: 'azure',
  prefixes: ['azurerm_', 'azuread_', 'azapi_'],
  regionOf,
  tables: [LOCATIONS, STORAGE, INGRESS, ENDPOINTS, IDENTITY, LOGGING],
};
