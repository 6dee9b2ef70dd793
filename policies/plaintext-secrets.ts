import { definePolicy } from '../src/policy/api.js';

export default definePolicy({
  meta: {
    id: 'plaintext-secrets',
    title: 'Secrets are kept in a secrets manager, not in configuration',
    rules: ['CLD-40', 'CL-8'],
    severity: 'high',
    description:
      'Passwords, keys and tokens are not written in clear into resource attributes that many people and tools can read (instance user data, environment variables, app settings, tags, startup scripts); they come from a secrets manager (Secrets Manager, Key Vault, Secret Manager). The finding says where, never the value.',
    remediation: {
      aws: 'Store the value in AWS Secrets Manager or SSM Parameter Store (SecureString) and read it at run time; reference it (`valueFrom`) in ECS task definitions; never in `user_data` or Lambda `environment`.',
      azure: 'Store the value in Key Vault and use a Key Vault reference (`@Microsoft.KeyVault(...)`) in app settings; use managed identities instead of connection strings.',
      gcp: 'Store the value in Secret Manager and mount it (`secret_environment_variables`, `secret_volumes`); never in instance metadata or startup scripts.',
    },
    fr: {
      remediation: {
        aws: 'Stocker la valeur dans AWS Secrets Manager ou SSM Parameter Store (SecureString) et la lire à l\'exécution ; la référencer (`valueFrom`) dans les définitions de tâches ECS ; jamais dans `user_data` ni dans l\'`environment` d\'une Lambda.',
        azure: 'Stocker la valeur dans Key Vault et utiliser une référence Key Vault (`@Microsoft.KeyVault(...)`) dans les paramètres d\'application ; préférer les identités managées aux chaînes de connexion.',
        gcp: 'Stocker la valeur dans Secret Manager et la monter (`secret_environment_variables`, `secret_volumes`) ; jamais dans les métadonnées d\'instance ni les scripts de démarrage.',
      },
    },
    facets: ['plaintextSecrets'],
  },
  check(resource) {
    const s = resource.facets.plaintextSecrets;
    if (!s) return undefined;
    if (s.found.length) {
      return {
        status: 'fail',
        message: `Secret-looking values are written in clear in ${s.found.map((f) => `${f.path} (${f.why})`).join(', ')}.`,
        evidence: s.found.map((f) => ({ path: f.path, note: f.why })),
      };
    }
    if (s.unknownPaths.length) {
      return {
        status: 'unknown',
        // Worded so that no `secret:` precedes the paths: the report redactor would take them for a labelled secret.
        message: `Values known only after apply, which could hold a secret, were not checked: ${s.unknownPaths.join(', ')}.`,
        evidence: s.unknownPaths.map((path) => ({ path, note: 'known after apply' })),
        settle: 'the values once applied (or that they come from a secrets manager)',
      };
    }
    return { status: 'pass', message: 'No secret-looking value in the attributes checked.' };
  },
});
