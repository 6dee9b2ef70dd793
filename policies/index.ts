import type { Policy } from '../src/policy/api.js';
import encryptionAtRest from './encryption-at-rest.js';
import dataResidency from './data-residency.js';
import adminMfa from './admin-mfa.js';
import adminNetworkExposure from './admin-network-exposure.js';
import logRetention from './log-retention.js';
import backups from './backups.js';
import tlsInTransit from './tls-in-transit.js';
import keyManagement from './key-management.js';
import plaintextSecrets from './plaintext-secrets.js';
import auditLogProtection from './audit-log-protection.js';
import threatDetection from './threat-detection.js';
import vulnerabilityScanning from './vulnerability-scanning.js';
import passwordPolicy from './password-policy.js';
import longLivedCredentials from './long-lived-credentials.js';
import networkSeparation from './network-separation.js';
import availability from './availability.js';
import publicStorage from './public-storage.js';

/** The built-in policies, in the order reports list them. */
export const BUILTIN_POLICIES: readonly Policy[] = [
  encryptionAtRest,
  dataResidency,
  adminMfa,
  adminNetworkExposure,
  logRetention,
  backups,
  tlsInTransit,
  keyManagement,
  plaintextSecrets,
  auditLogProtection,
  threatDetection,
  vulnerabilityScanning,
  passwordPolicy,
  longLivedCredentials,
  networkSeparation,
  availability,
  publicStorage,
];
