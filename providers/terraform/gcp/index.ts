import type { CloudBuilders } from '../builder-types.js';
import { identityTable } from './identity.js';
import { locationTable, regionOf } from './locations.js';
import { loggingTable } from './logging.js';
import { networkTable } from './network.js';
import { storageTable } from './storage.js';

/** Google provider (google and google-beta share the google_ types). */
export const GCP: CloudBuilders = {
  cloud: 'gcp',
  prefixes: ['google_'],
  regionOf,
  tables: [storageTable, locationTable, networkTable, identityTable, loggingTable],
};
