import type { BuilderTable } from '../../terraform/builder-types.js';
import { AVAILABILITY } from './availability.js';
import { BACKUPS } from './backups.js';
import { CREDENTIALS } from './credentials.js';
import { DETECTION } from './detection.js';
import { ENDPOINTS } from './endpoints.js';
import { IDENTITY } from './identity.js';
import { INGRESS } from './nsg.js';
import { KEYS } from './keys.js';
import { LOCATIONS } from './locations.js';
import { LOG_PROTECTION } from './log-protection.js';
import { LOGGING } from './logging.js';
import { regionOf } from './parents.js';
import { PUBLIC_ACCESS } from './public-access.js';
import { SECRETS } from './secrets.js';
import { STORAGE } from './storage.js';
import { TRANSIT } from './transit.js';

/** The plan side of the Azure registry (providers/azure/registry.ts). */
export const PLAN_TABLES: readonly BuilderTable[] = [LOCATIONS, STORAGE, INGRESS, ENDPOINTS, IDENTITY, LOGGING, BACKUPS, TRANSIT, KEYS, SECRETS, LOG_PROTECTION, DETECTION, CREDENTIALS, AVAILABILITY, PUBLIC_ACCESS];

export { regionOf };
