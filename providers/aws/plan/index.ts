import type { BuilderTable } from '../../terraform/builder-types.js';
import { accountsTable } from './accounts.js';
import { backupsTable } from './backups.js';
import { detectionTable } from './detection.js';
import { endpointsTable } from './endpoints.js';
import { identityTable } from './identity.js';
import { keyRotationTable } from './key-rotation.js';
import { locationsTable } from './locations.js';
import { logProtectionTable } from './log-protection.js';
import { loggingTable } from './logging.js';
import { networkTable } from './network.js';
import { placementTable } from './placement.js';
import { plaintextTable } from './plaintext.js';
import { publicAccessTable } from './public-access.js';
import { regionOf } from './region.js';
import { storageTable } from './storage.js';
import { transitTable } from './transit.js';

/** The plan side of the AWS registry (providers/aws/registry.ts). */
export const PLAN_TABLES: readonly BuilderTable[] = [
  storageTable,
  locationsTable,
  networkTable,
  endpointsTable,
  identityTable,
  loggingTable,
  backupsTable,
  transitTable,
  keyRotationTable,
  plaintextTable,
  logProtectionTable,
  detectionTable,
  accountsTable,
  placementTable,
  publicAccessTable,
];

export { regionOf };
