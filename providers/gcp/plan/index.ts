import type { BuilderTable } from '../../terraform/builder-types.js';
import { availabilityTable } from './availability.js';
import { backupsTable } from './backups.js';
import { detectionTable } from './detection.js';
import { identityTable } from './identity.js';
import { keysTable } from './keys.js';
import { locationTable, regionOf } from './locations.js';
import { logProtectionTable } from './log-protection.js';
import { loggingTable } from './logging.js';
import { networkTable } from './network.js';
import { publicAccessTable } from './public-access.js';
import { secretsTable } from './secrets.js';
import { separationTable } from './separation.js';
import { storageTable } from './storage.js';
import { transitTable } from './transit.js';

/** The plan side of the GCP registry (providers/gcp/registry.ts). */
export const PLAN_TABLES: readonly BuilderTable[] = [
  storageTable,
  locationTable,
  networkTable,
  identityTable,
  loggingTable,
  backupsTable,
  transitTable,
  keysTable,
  secretsTable,
  logProtectionTable,
  detectionTable,
  separationTable,
  availabilityTable,
  publicAccessTable,
];

export { regionOf };
