import type { Policy } from '../src/policy/api.js';
import encryptionAtRest from './encryption-at-rest.js';
import dataResidency from './data-residency.js';
import adminMfa from './admin-mfa.js';
import adminNetworkExposure from './admin-network-exposure.js';
import logRetention from './log-retention.js';

/** The built-in policies, in the order reports list them. */
export const BUILTIN_POLICIES: readonly Policy[] = [encryptionAtRest, dataResidency, adminMfa, adminNetworkExposure, logRetention];
