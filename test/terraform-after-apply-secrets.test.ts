import { describe, expect, it } from 'vitest';
import { judgeAfterApply } from '../providers/terraform/after-apply-secrets.js';
import type { TfResource } from '../providers/terraform/tf-resource.js';

/**
 * Values a plan knows only after apply, judged alike on every cloud by what their expression refers
 * to: a copy of a secret's value is a finding, identifiers are not, the rest under a secret name is unknown.
 */

/** A resource whose configuration records `expressions` (only what judgeAfterApply reads). */
function resource(expressions: Record<string, unknown>): TfResource {
  return {
    address: 'x.y',
    type: 'x',
    name: 'y',
    modules: [],
    moduleInstance: '',
    moduleConfigPath: '',
    localAddress: 'x.y',
    values: {},
    unknownTree: {},
    sensitiveTree: {},
    absentIsUnknown: false,
    input: 'plan.json',
    origin: 'plan',
    config: { address: 'x.y', mode: 'managed', type: 'x', name: 'y', expressions },
  } as TfResource;
}
const refs = (...references: string[]) => ({ references });

describe('judgeAfterApply', () => {
  it('finds a copy of a secret value, whatever the cloud, and names where it comes from', () => {
    for (const [ref, from] of [
      ['random_password.db.result', 'random_password'],
      ['random_password.db["eu"].result', 'random_password'],
      ['tls_private_key.ssh.private_key_pem', 'tls_private_key'],
      ['aws_iam_access_key.ci.secret', 'aws_iam_access_key'],
      ['aws_secretsmanager_secret_version.db.secret_string', 'aws_secretsmanager_secret_version'],
      ['data.aws_ssm_parameter.db.value', 'data.aws_ssm_parameter'],
      ['aws_db_instance.app.password', 'aws_db_instance'],
      ['google_secret_manager_secret_version.db.secret_data', 'google_secret_manager_secret_version'],
      ['google_service_account_key.ci.private_key', 'google_service_account_key'],
      ['google_sql_user.app.password', 'google_sql_user'],
      ['azurerm_storage_account.data.primary_access_key', 'azurerm_storage_account'],
      ['azurerm_servicebus_namespace.bus.default_primary_connection_string', 'azurerm_servicebus_namespace'],
      ['module.secrets.password', 'module.secrets'],
      ['var.password', 'var.password'],
    ]) {
      expect(judgeAfterApply(resource({ env: refs(ref!) }), { entry: 'env' }, 'DB_PASSWORD'), ref).toEqual({ copiedFrom: from });
    }
  });

  it('does not take identifiers, public halves or look-alikes for secrets', () => {
    for (const ref of ['random_password.db.id', 'tls_private_key.ssh.public_key_openssh', 'aws_iam_access_key.ci.id', 'aws_secretsmanager_secret.db.arn', 'google_secret_manager_secret_version.db.secret', 'random_string.suffix.result', 'random_pet.name.id']) {
      expect(judgeAfterApply(resource({ env: refs(ref) }), { entry: 'env' }, 'DB_PASSWORD'), ref).not.toHaveProperty('copiedFrom');
    }
    // Identifiers only: the setting names a secret, it does not hold one.
    expect(judgeAfterApply(resource({ env: refs('aws_secretsmanager_secret.db.arn', 'aws_secretsmanager_secret.db', 'azurerm_key_vault_secret.db.versionless_id') }), { entry: 'env' }, 'DB_PASSWORD')).toBe('clear');
    // Anything else under a secret name: unknown.
    expect(judgeAfterApply(resource({ env: refs('random_string.suffix.result') }), { entry: 'env' }, 'DB_PASSWORD')).toBe('unknown');
    expect(judgeAfterApply(resource({}), { entry: 'env' }, 'API_TOKEN')).toBe('unknown');
  });

  it('judges a name that says nothing of a secret only by a copy it makes', () => {
    expect(judgeAfterApply(resource({ env: refs('aws_db_instance.app.address') }), { entry: 'env' }, 'DB_HOST')).toBe('clear');
    expect(judgeAfterApply(resource({}), { entry: 'env' }, undefined)).toBe('clear');
  });

  it("never clears a script by its references: a template's text is more than what it refers to", () => {
    expect(judgeAfterApply(resource({ user_data: refs('aws_s3_bucket.boot.id') }), { entry: 'user_data' }, undefined, true)).toBe('unknown');
    expect(judgeAfterApply(resource({ user_data: refs('random_password.db.result', 'aws_s3_bucket.boot.id') }), { entry: 'user_data' }, undefined, true)).toEqual({ copiedFrom: 'random_password' });
  });

  it("an entry's own expression is exact; a whole map's proves a copy only when every reference copies a secret", () => {
    const own = resource({ env: [{ DB_PASSWORD: refs('random_password.db.result'), DB_HOST: refs('aws_db_instance.app.address') }] });
    expect(judgeAfterApply(own, { entry: 'env[0].DB_PASSWORD', map: 'env[0]' }, 'DB_PASSWORD')).toEqual({ copiedFrom: 'random_password' });
    const mixed = resource({ variables: refs('random_password.db.result', 'aws_db_instance.app.address') });
    expect(judgeAfterApply(mixed, { entry: 'variables.DB_PASSWORD', map: 'variables' }, 'DB_PASSWORD')).toBe('unknown');
    const copiesOnly = resource({ variables: refs('random_password.db.result', 'random_password.db') });
    expect(judgeAfterApply(copiesOnly, { entry: 'variables.DB_PASSWORD', map: 'variables' }, 'DB_PASSWORD')).toEqual({ copiedFrom: 'random_password' });
  });
});
