import { definePolicy } from '../src/policy/api.js';

export default definePolicy({
  meta: {
    id: 'plaintext-secrets',
    title: { en: 'Secrets are kept in a secrets manager, not in configuration', fr: 'Les secrets sont dans un gestionnaire de secrets, pas dans la configuration' },
    rules: ['CLD-40', 'CL-8'],
    severity: 'high',
    description: {
      en: 'Passwords, keys and tokens are not written in clear into resource attributes that many people and tools can read (instance user data, environment variables, app settings, tags, startup scripts); they come from a secrets manager (Secrets Manager, Key Vault, Secret Manager). The finding says where, never the value.',
      fr: 'Mots de passe, clés et jetons ne sont pas écrits en clair dans des attributs de ressources que beaucoup de personnes et d\'outils peuvent lire (données utilisateur d\'instance, variables d\'environnement, paramètres d\'application, étiquettes, scripts de démarrage) ; ils viennent d\'un gestionnaire de secrets (Secrets Manager, Key Vault, Secret Manager). Le résultat dit où, jamais la valeur.',
    },
    messages: {
      found: { en: 'Secret-looking values are written in clear in {{places}}.', fr: 'Des valeurs ressemblant à des secrets sont écrites en clair dans {{places}}.' },
      // Worded so that no `secret:` precedes the paths: the report redactor would take them for a labelled secret.
      unknownValues: {
        en: 'Values known only after apply, which could hold a secret, were not checked: {{paths}}.',
        fr: 'Des valeurs connues seulement après application, qui pourraient contenir un secret, n\'ont pas été vérifiées : {{paths}}.',
      },
      none: { en: 'No secret-looking value in the attributes checked.', fr: 'Aucune valeur ressemblant à un secret dans les attributs vérifiés.' },
      settleValues: {
        en: 'the values once applied (or that they come from a secrets manager)',
        fr: 'les valeurs une fois appliquées (ou qu\'elles viennent d\'un gestionnaire de secrets)',
      },
    },
    remediation: {
      aws: {
        terraform: {
          en: 'Store the value in AWS Secrets Manager or SSM Parameter Store (SecureString) and read it at run time; reference it (`valueFrom`) in ECS task definitions; never in `user_data` or Lambda `environment`.',
          fr: 'Stocker la valeur dans AWS Secrets Manager ou SSM Parameter Store (SecureString) et la lire à l\'exécution ; la référencer (`valueFrom`) dans les définitions de tâches ECS ; jamais dans `user_data` ni dans l\'`environment` d\'une Lambda.',
        },
        live: {
          en: 'Rotate the exposed credential first (it has been readable), then store it in Secrets Manager (`aws secretsmanager create-secret`) and register a task definition revision that references it with `valueFrom`; turn String parameters holding secrets into SecureString.',
          fr: 'Faire d\'abord tourner l\'identifiant exposé (il a été lisible), puis le stocker dans Secrets Manager (`aws secretsmanager create-secret`) et enregistrer une révision de définition de tâche qui le référence par `valueFrom` ; passer en SecureString les paramètres String qui contiennent des secrets.',
        },
      },
      azure: {
        terraform: {
          en: 'Store the value in Key Vault and use a Key Vault reference (`@Microsoft.KeyVault(...)`) in app settings; use managed identities instead of connection strings.',
          fr: 'Stocker la valeur dans Key Vault et utiliser une référence Key Vault (`@Microsoft.KeyVault(...)`) dans les paramètres d\'application ; préférer les identités managées aux chaînes de connexion.',
        },
        live: {
          en: 'Rotate the exposed secret first, then `az keyvault secret set` and replace the app setting by a Key Vault reference (`az webapp config appsettings set --settings NAME=@Microsoft.KeyVault(SecretUri=…)`); give the app a managed identity with access to the vault.',
          fr: 'Faire d\'abord tourner le secret exposé, puis `az keyvault secret set` et remplacer le paramètre d\'application par une référence Key Vault (`az webapp config appsettings set --settings NOM=@Microsoft.KeyVault(SecretUri=…)`) ; donner à l\'application une identité managée ayant accès au coffre.',
        },
      },
      gcp: {
        terraform: {
          en: 'Store the value in Secret Manager and mount it (`secret_environment_variables`, `secret_volumes`); never in instance metadata or startup scripts.',
          fr: 'Stocker la valeur dans Secret Manager et la monter (`secret_environment_variables`, `secret_volumes`) ; jamais dans les métadonnées d\'instance ni les scripts de démarrage.',
        },
        live: {
          en: 'Rotate the exposed secret first, then `gcloud secrets create` and redeploy with `--set-secrets` (Cloud Run, Cloud Functions); remove it from instance metadata (`gcloud compute instances remove-metadata`).',
          fr: 'Faire d\'abord tourner le secret exposé, puis `gcloud secrets create` et redéployer avec `--set-secrets` (Cloud Run, Cloud Functions) ; le retirer des métadonnées d\'instance (`gcloud compute instances remove-metadata`).',
        },
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
        messageId: 'found',
        data: { places: s.found.map((f) => `${f.path} (${f.why})`).join(', ') },
        evidence: s.found.map((f) => ({ path: f.path, note: f.why })),
      };
    }
    if (s.unknownPaths.length) {
      return {
        status: 'unknown',
        messageId: 'unknownValues',
        data: { paths: s.unknownPaths.join(', ') },
        evidence: s.unknownPaths.map((path) => ({ path, note: 'known after apply' })),
        settle: { messageId: 'settleValues' },
      };
    }
    return { status: 'pass', messageId: 'none' };
  },
});
