import type { CloudBuilders } from '../builder-types.js';
import { endpointsTable } from './endpoints.js';
import { identityTable } from './identity.js';
import { locationsTable } from './locations.js';
import { loggingTable } from './logging.js';
import { networkTable } from './network.js';
import { regionOf } from './region.js';
import { storageTable } from './storage.js';

export const AWS: CloudBuilders = {
  cloud: 'aws',
  prefixes: ['aws_'],
  regionOf,
  tables: [storageTable, locationsTable, networkTable, endpointsTable, identityTable, loggingTable],
};
