import plaintextSecrets from '../../policies/plaintext-secrets.js';
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { LANGS } from '../../src/policy/api.js';
import { renderResult } from '../../src/policy/messages.js';
import { Redactor } from '../../src/report/redact.js';
import { check, judgePlan, planFacets, planStatus, refs, resultOf, RG } from '../helpers/plan-verdicts.js';
import { instance, runV2 } from '../helpers/gcp-plan-fixtures.js';
import { type FixtureResource } from '../helpers/plan-builder.js';

import * as cfg from '../helpers/aws-fixtures.js';
import * as arm from '../helpers/azure-estate.js';
import * as asset from '../helpers/gcp-policy-estate.js';
import { describeTwins } from '../helpers/twins.js';

/** The plaintext-secrets policy on each cloud's plans, and the same estate as a plan and as an inventory (twins). */

describe('AWS plans', () => {
  const lambda = (variables: unknown, extra: Partial<FixtureResource> = {}): FixtureResource => ({
    address: 'aws_lambda_function.api',
    values: { function_name: 'api', runtime: 'nodejs20.x', handler: 'index.handler', environment: [{ variables }] },
    unknown: { arn: true, id: true },
    ...extra,
  });

  it('finds secret-named variables with literal values and credential shapes, without their values', () => {
    const r = check(plaintextSecrets, [lambda({ DB_PASSWORD: 'Sup3r-S3cret!', LOG_LEVEL: 'info', CONFIG_KEY: 'AKIAIOSFODNN7EXAMPLE' })]).result('aws_lambda_function.api');
    expect(r?.status).toBe('fail');
    expect(r?.evidence).toEqual([
      { path: 'environment[0].variables.DB_PASSWORD', note: 'a password in a secret-named setting' },
      { path: 'environment[0].variables.CONFIG_KEY', note: 'an AWS access key id' },
    ]);
    expect(JSON.stringify(r)).not.toContain('Sup3r');
    expect(JSON.stringify(r)).not.toContain('AKIAIOSFODNN7EXAMPLE');
  });

  it('passes references to a secrets manager and values that are not secrets', () => {
    const ok = check(plaintextSecrets, [lambda({ DB_PASSWORD_ARN: 'arn:aws:secretsmanager:eu-west-3:111122223333:secret:db-AbCdEf', DB_SECRET: 'arn:aws:secretsmanager:eu-west-3:111122223333:secret:db-AbCdEf', TOKEN_TTL: '3600', API_KEY: '' })]);
    expect(ok.result('aws_lambda_function.api')).toMatchObject({ status: 'pass', messageId: 'none' });
  });

  it('flags a sensitive value and a secret copied from another resource; a secret-named value known after apply is unknown', () => {
    const copied = check(plaintextSecrets, [
      lambda(
        { DB_HOST: 'db.internal', SETTINGS: 'x-very-sensitive-value' },
        {
          unknown: { arn: true, id: true, environment: [{ variables: { DB_PASSWORD: true, DB_ENDPOINT: true } }] },
          sensitive: { environment: [{ variables: { SETTINGS: true } }] },
          expressions: { environment: [{ variables: refs('random_password.db.result', 'random_password.db') }] },
        },
      ),
    ]);
    expect(copied.facets('aws_lambda_function.api').plaintextSecrets).toEqual({
      found: [
        { path: 'environment[0].variables.SETTINGS', why: 'a value Terraform marks sensitive, stored in clear in the variable' },
        { path: 'environment[0].variables.DB_PASSWORD', why: 'a secret copied from random_password into a secret-named setting' },
      ],
      unknownPaths: [],
    });
    const later = (expressions: Record<string, unknown>) =>
      check(plaintextSecrets, [lambda({ DB_HOST: 'db.internal' }, { unknown: { arn: true, id: true, environment: [{ variables: { DB_PASSWORD: true, DB_ENDPOINT: true } }] }, expressions })]);
    const unknown = later({ environment: [{ variables: refs('aws_db_instance.app.endpoint', 'aws_db_instance.app', 'module.secrets.db_password') }] });
    expect(unknown.result('aws_lambda_function.api')?.status).toBe('unknown');
    expect(unknown.facets('aws_lambda_function.api').plaintextSecrets?.unknownPaths).toEqual(['environment[0].variables.DB_PASSWORD']);
    // Only ARNs and ids in the map: the variable names a secret, it does not hold it.
    expect(later({ environment: [{ variables: refs('aws_secretsmanager_secret.db.arn', 'aws_secretsmanager_secret.db', 'aws_db_instance.app.id', 'aws_db_instance.app') }] }).status('aws_lambda_function.api')).toBe('pass');
  });

  it('reads ECS container environments, and launch template and instance user data', () => {
    const containers = JSON.stringify([
      { name: 'app', image: 'app:1', essential: true, environment: [{ name: 'SPRING_DATASOURCE_PASSWORD', value: 'hunter2hunter2' }, { name: 'PORT', value: '8080' }], secrets: [{ name: 'API_TOKEN', valueFrom: 'arn:aws:ssm:eu-west-3:111122223333:parameter/api-token' }] },
    ]);
    const ecs = check(plaintextSecrets, [{ address: 'aws_ecs_task_definition.app', values: { family: 'app', container_definitions: containers }, unknown: { arn: true, id: true, revision: true } }]);
    expect(ecs.result('aws_ecs_task_definition.app')?.evidence).toEqual([{ path: 'container_definitions[0].environment[SPRING_DATASOURCE_PASSWORD]', note: 'a password in a secret-named setting' }]);

    const script = '#!/bin/bash\nexport DB_HOST=db.internal\nexport DB_PASSWORD="Pr0d-Passw0rd"\naws s3 cp s3://bucket/app.jar /opt/app.jar\n';
    const lt = check(plaintextSecrets, [{ address: 'aws_launch_template.app', values: { name: 'app', user_data: gzipSync(script).toString('base64') }, unknown: { arn: true, id: true } }]);
    expect(lt.result('aws_launch_template.app')?.evidence).toEqual([{ path: 'user_data', note: 'a password assignment (line 3)' }]);

    // aws_instance.user_data is a digest in the plan: the configuration's literal is read.
    const instance: FixtureResource = {
      address: 'aws_instance.web',
      values: { ami: 'ami-0abc', instance_type: 't3.micro', subnet_id: 'subnet-a', user_data: '44c6c808e6449ee36dfcfc4ebd66c1b9634b40f2' },
      unknown: { arn: true, id: true },
      expressions: { user_data: { constant_value: '#! /bin/bash\nexport AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMAAAKEY\n' } },
    };
    expect(check(plaintextSecrets, [instance]).result('aws_instance.web')?.evidence).toEqual([{ path: 'user_data', note: 'an access key assignment (line 2)' }]);
    const templated = check(plaintextSecrets, [{ ...instance, expressions: { user_data: refs('local.user_data') } }]);
    expect(templated.status('aws_instance.web')).toBe('unknown');
    expect(templated.facets('aws_instance.web').plaintextSecrets?.unknownPaths).toEqual(['user_data']);
  });

  it('flags String SSM parameters named like secrets', () => {
    const param = (type: string): FixtureResource => ({ address: 'aws_ssm_parameter.db', values: { name: '/prod/db/password', type, value: 'x' }, unknown: { arn: true, id: true }, sensitive: { value: true } });
    expect(check(plaintextSecrets, [param('String')]).result('aws_ssm_parameter.db')?.evidence).toEqual([{ path: 'value', note: 'a password in a parameter of type String (not SecureString)' }]);
    expect(check(plaintextSecrets, [param('SecureString')]).status('aws_ssm_parameter.db')).toBe('none');
  });
});

describe('Azure plans', () => {
  it('app settings: secret-named literals and credential-shaped values fail, Key Vault references pass; the value never appears', () => {
    const app = (settings: Record<string, string>, conns: unknown[] = []): FixtureResource => ({
      address: 'azurerm_linux_function_app.fn',
      values: { ...RG, name: 'fn', https_only: true, app_settings: settings, connection_string: conns, site_config: [{ minimum_tls_version: '1.2', ftps_state: 'FtpsOnly' }] },
      unknown: { id: true, service_plan_id: true },
      sensitive: { connection_string: conns.length ? true : [] },
    });
    const bad = judgePlan('plaintext-secrets', [app({ DB_PASSWORD: 'Tr0ub4dor&3', FUNCTIONS_WORKER_RUNTIME: 'python', API_KEY: '@Microsoft.KeyVault(SecretUri=https://kv-app.vault.azure.net/secrets/api-key/)' })], 'azurerm_linux_function_app.fn');
    expect(bad.result?.status).toBe('fail');
    expect(bad.result).toMatchObject({ messageId: 'found', data: { places: 'app_settings.DB_PASSWORD (a password in a secret-named setting)' } });
    expect(JSON.stringify(bad)).not.toContain('Tr0ub4dor');
    const conn = judgePlan('plaintext-secrets', [app({}, [{ name: 'Orders', type: 'SQLAzure', value: 'Server=tcp:sql.database.windows.net,1433;Database=orders;User ID=app;Password=Tr0ub4dor&3;Encrypt=true;' }])], 'azurerm_linux_function_app.fn');
    expect(conn.result).toMatchObject({ messageId: 'found', data: { places: 'connection_string["Orders"].value (a connection string with a password)' } });
    expect(JSON.stringify(conn)).not.toContain('Tr0ub4dor');
    // The corpus shape: a connection string without credentials, and Application Insights' (not a secret).
    const ok = app({ DB_CONNECTION_STRING: 'DRIVER={ODBC Driver 17 for SQL Server};SERVER=tcp:sql.database.windows.net,1433;DATABASE=db;', APPLICATIONINSIGHTS_CONNECTION_STRING: 'InstrumentationKey=11111111-2222-3333-4444-555555555555;IngestionEndpoint=https://francecentral-1.in.applicationinsights.azure.com/' });
    expect(planStatus('plaintext-secrets', [ok], 'azurerm_linux_function_app.fn')).toBe('pass');
  });

  it('app settings known only after apply are unknown (they could hold a secret), never passed', () => {
    const app: FixtureResource = { address: 'azurerm_windows_web_app.web', values: { ...RG, name: 'web', https_only: true, app_settings: { MODE: 'prod' } }, unknown: { id: true, app_settings: { DB_PASSWORD: true } } };
    const { result, resource } = judgePlan('plaintext-secrets', [app], 'azurerm_windows_web_app.web');
    expect(result?.status).toBe('unknown');
    expect(result).toMatchObject({ messageId: 'unknownValues', data: { paths: 'app_settings.DB_PASSWORD' } });
    // The report redactor leaves the paths readable: nothing in the message, in either language, looks like a labelled secret.
    for (const lang of LANGS) {
      const message = renderResult(plaintextSecrets.meta, result!, lang);
      expect(message).toContain('app_settings.DB_PASSWORD');
      expect(new Redactor([]).text(message)).toBe(message);
    }
    expect(resource.facets.plaintextSecrets?.unknownPaths).toEqual(['app_settings.DB_PASSWORD']);
  });

  it('app settings known only after apply are judged by what they copy, as on AWS and GCP', () => {
    const later = (references: string[], name = 'DB_PASSWORD'): FixtureResource => ({
      address: 'azurerm_linux_web_app.web',
      values: { ...RG, name: 'web', https_only: true, app_settings: { MODE: 'prod' } },
      unknown: { id: true, app_settings: { [name]: true } },
      expressions: { app_settings: { references } },
    });
    // A storage account's key copied into a setting: in clear for every reader of the app once applied.
    const copied = judgePlan('plaintext-secrets', [later(['azurerm_storage_account.data.primary_connection_string', 'azurerm_storage_account.data'], 'STORAGE_CONNECTION_STRING')], 'azurerm_linux_web_app.web');
    expect(copied.result?.status).toBe('fail');
    expect(copied.resource.facets.plaintextSecrets).toEqual({
      found: [{ path: 'app_settings.STORAGE_CONNECTION_STRING', why: 'a secret copied from azurerm_storage_account into a secret-named setting' }],
      unknownPaths: [],
    });
    // Only the ids of a Key Vault secret: the setting names the secret, it does not hold it.
    expect(planStatus('plaintext-secrets', [later(['azurerm_key_vault_secret.db.versionless_id', 'azurerm_key_vault_secret.db.id', 'azurerm_key_vault_secret.db'])], 'azurerm_linux_web_app.web')).toBe('pass');
    // What a module's output holds is not visible here: unknown, never passed.
    const fromModule = judgePlan('plaintext-secrets', [later(['module.secrets.db_password'])], 'azurerm_linux_web_app.web');
    expect(fromModule.result?.status).toBe('unknown');
    expect(fromModule.resource.facets.plaintextSecrets?.unknownPaths).toEqual(['app_settings.DB_PASSWORD']);
    // A name that says nothing of a secret, known only after apply: not judged, as a literal would not be.
    expect(planStatus('plaintext-secrets', [later(['azurerm_storage_account.data.primary_blob_endpoint'], 'STORAGE_URL')], 'azurerm_linux_web_app.web')).toBe('pass');
  });

  it('VM custom data (base64 cloud-init), container apps, container instances, extension settings', () => {
    const script = Buffer.from('#!/bin/bash\nexport DB_HOST=db.internal\nexport DB_PASSWORD="Tr0ub4dor&3"\n/opt/app/start.sh\n').toString('base64');
    const vm: FixtureResource = { address: 'azurerm_linux_virtual_machine.vm', values: { ...RG, name: 'vm', size: 'Standard_B2s', custom_data: script }, unknown: { id: true }, sensitive: { custom_data: true } };
    const v = judgePlan('plaintext-secrets', [vm], 'azurerm_linux_virtual_machine.vm');
    expect(v.result).toMatchObject({ messageId: 'found', data: { places: 'custom_data (a password assignment)' } });
    expect(JSON.stringify(v)).not.toContain('Tr0ub4dor');
    const clean = Buffer.from('#cloud-config\npackage_upgrade: true\nssh_pwauth: false\n').toString('base64');
    expect(planStatus('plaintext-secrets', [{ ...vm, values: { ...vm.values, custom_data: clean } }], 'azurerm_linux_virtual_machine.vm')).toBe('pass');
    const ca: FixtureResource = {
      address: 'azurerm_container_app.api',
      values: { name: 'api', resource_group_name: 'rg-app', revision_mode: 'Single', template: [{ container: [{ name: 'api', image: 'app:1', cpu: 0.5, memory: '1Gi', env: [{ name: 'SECURITY_PASS', value: 'p4ssw0rd-literal', secret_name: null }, { name: 'DB_PASSWORD', value: null, secret_name: 'db-password' }] }] }] },
      unknown: { id: true, container_app_environment_id: true },
    };
    expect(judgePlan('plaintext-secrets', [ca], 'azurerm_container_app.api').result).toMatchObject({ messageId: 'found', data: { places: 'template[0].container[0].env["SECURITY_PASS"] (a password in a secret-named setting)' } });
    const aci: FixtureResource = {
      address: 'azurerm_container_group.job',
      values: { ...RG, name: 'job', os_type: 'Linux', container: [{ name: 'job', image: 'busybox', cpu: 1, memory: 1, environment_variables: { GITHUB_TOKEN: 'ghp_abcdefghijklmnopqrstuvwxyz0123456789' } }] },
      unknown: { id: true },
      sensitive: { container: [{ secure_environment_variables: true }] },
    };
    expect(judgePlan('plaintext-secrets', [aci], 'azurerm_container_group.job').result).toMatchObject({ messageId: 'found', data: { places: 'container[0].environment_variables.GITHUB_TOKEN (a GitHub token)' } });
    const ext: FixtureResource = {
      address: 'azurerm_virtual_machine_extension.setup',
      values: { name: 'setup', publisher: 'Microsoft.Azure.Extensions', type: 'CustomScript', type_handler_version: '2.1', settings: JSON.stringify({ commandToExecute: 'sh setup.sh', storageAccountKey: 'c2VjcmV0LXN0b3JhZ2Uta2V5LW5vdC1yZWFsLWF0LWFsbA==' }) },
      unknown: { id: true, virtual_machine_id: true },
      sensitive: { protected_settings: true },
    };
    expect(judgePlan('plaintext-secrets', [ext], 'azurerm_virtual_machine_extension.setup').result).toMatchObject({ messageId: 'found', data: { places: 'settings.storageAccountKey (a key in a secret-named setting)' } });
  });
});

describe('GCP plans: secrets in clear', () => {
  const SECRET = 'Tr0ub4dor&3-prod';

  it('fails a startup script assigning a password, without printing it', () => {
    const script = `#!/bin/bash\napt-get install -y postgresql-client\nexport DB_PASSWORD="${SECRET}"\npsql "host=10.0.0.5 user=app" -c 'select 1'\n`;
    const list = [instance('google_compute_instance.app', { 'startup-script': script, 'enable-oslogin': 'TRUE' })];
    const result = resultOf(plaintextSecrets, list, 'google_compute_instance.app');
    expect(result).toMatchObject({ status: 'fail', evidence: [{ path: 'metadata.startup-script', note: 'a password assignment (line 3)' }] });
    expect(JSON.stringify(result)).not.toContain(SECRET);
    expect(JSON.stringify(planFacets(list, 'google_compute_instance.app'))).not.toContain(SECRET);
    // metadata_startup_script likewise, and a credential's shape whatever its name.
    const other = instance('google_compute_instance.app', null, `#!/bin/bash\ncurl -H "Authorization: token ghp_${'a1B2c3D4e5'.repeat(4)}" https://api.github.com/x\n`);
    expect(resultOf(plaintextSecrets, [other], 'google_compute_instance.app')).toMatchObject({ status: 'fail', evidence: [{ path: 'metadata_startup_script', note: 'a GitHub token (line 2)' }] });
  });

  it('fails a container declaration with a token in its environment (opa-policies-tfc, TFC_AGENT_TOKEN)', () => {
    const declaration = "spec:\n  containers:\n    - name: agent\n      image: 'docker.io/hashicorp/tfc-agent:latest'\n      env:\n        - name: TFC_AGENT_NAME\n          value: agent-0\n        - name: TFC_AGENT_TOKEN\n          value: opaqueValue1234567\n  restartPolicy: Always\n";
    const result = resultOf(plaintextSecrets, [instance('google_compute_instance.agent', { 'gce-container-declaration': declaration })], 'google_compute_instance.agent');
    expect(result).toMatchObject({ status: 'fail', evidence: [{ path: 'metadata.gce-container-declaration', note: 'a token assignment (line 8)' }] });
  });

  it('fails a secret-named metadata key with a literal value and a Cloud Run variable, passes references and harmless values', () => {
    expect(resultOf(plaintextSecrets, [instance('google_compute_instance.app', { 'db-password': SECRET })], 'google_compute_instance.app')).toMatchObject({
      status: 'fail',
      evidence: [{ path: 'metadata.db-password', note: 'a password in a secret-named setting' }],
    });
    const env = [
      { name: 'API_KEY', value: 'k-93f1c0de77aa41b2', value_source: [] },
      { name: 'DB_PASSWORD', value: null, value_source: [{ secret_key_ref: [{ secret: 'db-password', version: 'latest' }] }] },
      { name: 'LOG_LEVEL', value: 'info', value_source: [] },
    ];
    expect(resultOf(plaintextSecrets, [runV2('google_cloud_run_v2_service.api', env)], 'google_cloud_run_v2_service.api')).toMatchObject({
      status: 'fail',
      evidence: [{ path: 'template[0].containers[0].env[0] (API_KEY)', note: 'an API key in a secret-named setting' }],
    });
    const clean = [
      instance('google_compute_instance.app', {
        'startup-script': '#!/bin/bash\nDB_PASSWORD=$(gcloud secrets versions access latest --secret=db-password)\nexport TOKEN_URL=https://oauth2.googleapis.com/token\n--password-file /etc/app/pw\n',
        'ssh-keys': 'admin:ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIG admin@example.com',
        'secret-name': 'projects/hosting-prod/secrets/db-password',
      }),
      runV2('google_cloud_run_v2_service.api', [env[1]!, env[2]!]),
    ];
    expect(resultOf(plaintextSecrets, clean, 'google_compute_instance.app')).toMatchObject({ status: 'pass' });
    expect(resultOf(plaintextSecrets, clean, 'google_cloud_run_v2_service.api')).toMatchObject({ status: 'pass' });
  });

  it('reads Cloud Functions (1st and 2nd gen) and Cloud Run v1 environment variables', () => {
    const fn1: FixtureResource = {
      address: 'google_cloudfunctions_function.fn',
      values: { name: 'on-upload', runtime: 'python312', environment_variables: { SLACK_WEBHOOK: 'https://hooks.slack.com/services/T0/B0/x', STRIPE_SECRET_KEY: 'sk_live_4eC39HqLyjWDarjtT1zdp7dc' }, build_environment_variables: null },
      unknown: { id: true },
    };
    expect(resultOf(plaintextSecrets, [fn1], 'google_cloudfunctions_function.fn')).toMatchObject({ status: 'fail', evidence: [{ path: 'environment_variables.STRIPE_SECRET_KEY', note: 'a Stripe secret key' }] });
    const fn2: FixtureResource = {
      address: 'google_cloudfunctions2_function.fn',
      values: { name: 'scan', location: 'europe-west9', build_config: [{ runtime: 'nodejs20', environment_variables: {} }], service_config: [{ environment_variables: { CLIENT_SECRET: 'b9f0e6c1d2a34f5e' }, secret_environment_variables: [] }] },
      unknown: { id: true, url: true },
    };
    expect(resultOf(plaintextSecrets, [fn2], 'google_cloudfunctions2_function.fn')).toMatchObject({ status: 'fail', evidence: [{ path: 'service_config[0].environment_variables.CLIENT_SECRET' }] });
    const run1: FixtureResource = {
      address: 'google_cloud_run_service.api',
      values: { name: 'data-api', location: 'europe-west9', template: [{ spec: [{ containers: [{ image: 'gcr.io/x/api:1', env: [{ name: 'DATABASE_URL', value: 'postgres://app:hunter2hunter2@10.0.0.5/app', value_from: [] }] }] }] }] },
      unknown: { id: true, status: true },
    };
    expect(resultOf(plaintextSecrets, [run1], 'google_cloud_run_service.api')).toMatchObject({ status: 'fail', evidence: [{ path: 'template[0].spec[0].containers[0].env[0] (DATABASE_URL)', note: 'a URL with a password' }] });
  });

  it('names a generated secret written into metadata, lists other unknown values, and says nothing when nothing was checkable', () => {
    const generated = instance('google_compute_instance.app', { 'enable-oslogin': 'TRUE' }, null, {
      unknown: { id: true, metadata: { 'db-password': true } },
      expressions: { metadata: { references: ['random_password.db.result', 'random_password.db'] } },
    });
    expect(resultOf(plaintextSecrets, [generated], 'google_compute_instance.app')).toMatchObject({ status: 'fail', evidence: [{ path: 'metadata.db-password', note: 'a secret copied from random_password into a secret-named setting' }] });
    const pending = instance('google_compute_instance.app', { 'enable-oslogin': 'TRUE', role: 'web' }, null, {
      unknown: { id: true, metadata: { 'startup-script': true } },
      expressions: { metadata: { references: ['local.startup'] } },
    });
    expect(planFacets([pending], 'google_compute_instance.app').plaintextSecrets).toEqual({ found: [], unknownPaths: ['metadata.startup-script'] });
    // A name that says nothing of a secret, known only after apply: not judged, as on every cloud.
    const named = instance('google_compute_instance.app', { 'enable-oslogin': 'TRUE' }, null, {
      unknown: { id: true, metadata: { 'bucket-url': true } },
      expressions: { metadata: { references: ['google_storage_bucket.data.url', 'google_storage_bucket.data'] } },
    });
    expect(planFacets([named], 'google_compute_instance.app').plaintextSecrets).toEqual({ found: [], unknownPaths: [] });
    // A variable inside a block (`service_config[0]`) known only after apply is listed too.
    const later: FixtureResource = {
      address: 'google_cloudfunctions2_function.fn',
      values: { name: 'scan', location: 'europe-west9', service_config: [{ environment_variables: { LOG_LEVEL: 'info' }, secret_environment_variables: [] }] },
      unknown: { id: true, url: true, service_config: [{ environment_variables: { API_TOKEN: true } }] },
    };
    expect(planFacets([later], 'google_cloudfunctions2_function.fn').plaintextSecrets?.unknownPaths).toEqual(['service_config[0].environment_variables.API_TOKEN']);
    // Every value unknown: no facet, so no pass by default.
    const all = instance('google_compute_instance.app', null, null, { unknown: { id: true, metadata: true }, expressions: { metadata: { references: ['var.metadata'] } } });
    delete (all.values as Record<string, unknown>).metadata;
    expect(planFacets([all], 'google_compute_instance.app').plaintextSecrets).toBeUndefined();
    expect(resultOf(plaintextSecrets, [all], 'google_compute_instance.app')).toBeUndefined();
  });
});

const ecsTask = (environment: Array<{ name: string; value: string }>): FixtureResource => ({
  address: 'aws_ecs_task_definition.api',
  values: { family: 'api', container_definitions: JSON.stringify([{ name: 'api', image: 'api:1', essential: true, environment }]) },
  unknown: { arn: true, id: true, revision: true },
});

const containerApp = (env: Array<Record<string, unknown>>): FixtureResource => ({
  address: 'azurerm_container_app.api',
  values: { name: 'ca-api', resource_group_name: 'rg-app', revision_mode: 'Single', secret: [], template: [{ container: [{ name: 'app', image: 'ghcr.io/example/app:1.4.2', cpu: 0.5, memory: '1Gi', env }], min_replicas: 1, max_replicas: 3 }] },
  unknown: { id: true, container_app_environment_id: true, latest_revision_fqdn: true },
  sensitive: { secret: true },
});
const DB_PASSWORD = 'Sup3r-S3cret!';
const runEnv = (apiKey: boolean) => [
  ...(apiKey ? [{ name: 'API_KEY', value: 'k-93f1c0de77aa41b2', value_source: [] }] : []),
  { name: 'DB_PASSWORD', value: null, value_source: [{ secret_key_ref: [{ secret: 'db-password', version: 'latest' }] }] },
  { name: 'LOG_LEVEL', value: 'info', value_source: [] },
];
const liveRunEnv = (apiKey: boolean) => [
  ...(apiKey ? [{ name: 'API_KEY', value: 'k-93f1c0de77aa41b2' }] : []),
  { name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'db-password', key: 'latest' } } },
  { name: 'LOG_LEVEL', value: 'info' },
];

describeTwins('plaintext-secrets', [
  { name: 'a task definition with a password in its environment', cloud: 'aws', plan: [ecsTask([{ name: 'DB_PASSWORD', value: 'Pr0d-Passw0rd!' }])], live: [cfg.taskDefinition({ family: 'api', environment: [{ name: 'DB_PASSWORD', value: 'Pr0d-Passw0rd!' }] })], at: { plan: 'aws_ecs_task_definition.api', live: 'task-definition/api:1' }, expect: { status: 'fail', messageId: 'found' } },
  { name: 'a task definition without secrets in its environment', cloud: 'aws', plan: [ecsTask([{ name: 'LOG_LEVEL', value: 'info' }])], live: [cfg.taskDefinition({ family: 'api', environment: [{ name: 'LOG_LEVEL', value: 'info' }] })], at: { plan: 'aws_ecs_task_definition.api', live: 'task-definition/api:1' }, expect: { status: 'pass', messageId: 'none' } },
  {
    name: 'a container app with a password in its environment',
    cloud: 'azure',
    plan: [containerApp([{ name: 'DB_HOST', value: 'psql-app.postgres.database.azure.com', secret_name: null }, { name: 'DB_PASSWORD', value: DB_PASSWORD, secret_name: null }])],
    live: [arm.containerApp(arm.SUB_A, 'rg-app', 'ca-api', [{ name: 'DB_HOST', value: 'psql-app.postgres.database.azure.com' }, { name: 'DB_PASSWORD', value: DB_PASSWORD }])],
    at: { plan: 'azurerm_container_app.api', live: 'containerApps/ca-api' },
    expect: { status: 'fail', messageId: 'found' },
  },
  {
    name: 'a container app reading its password from a secret',
    cloud: 'azure',
    plan: [containerApp([{ name: 'DB_HOST', value: 'psql-app.postgres.database.azure.com', secret_name: null }, { name: 'DB_PASSWORD', value: null, secret_name: 'db-password' }])],
    live: [arm.containerApp(arm.SUB_A, 'rg-app', 'ca-api', [{ name: 'DB_HOST', value: 'psql-app.postgres.database.azure.com' }, { name: 'DB_PASSWORD', secretRef: 'db-password' }])],
    at: { plan: 'azurerm_container_app.api', live: 'containerApps/ca-api' },
    expect: { status: 'pass', messageId: 'none' },
  },
  {
    name: 'an instance with a password in a secret-named metadata key',
    cloud: 'gcp',
    plan: [instance('google_compute_instance.app', { 'db-password': DB_PASSWORD })],
    live: [asset.instance('hosting-prod', 'europe-west9-a', 'app-1', [{ key: 'db-password', value: DB_PASSWORD }])],
    at: { plan: 'google_compute_instance.app', live: 'instances/app-1' },
    expect: { status: 'fail', messageId: 'found' },
  },
  {
    name: 'an instance whose startup script reads its password from Secret Manager',
    cloud: 'gcp',
    plan: [instance('google_compute_instance.app', { 'startup-script': '#!/bin/bash\nDB_PASSWORD=$(gcloud secrets versions access latest --secret=db-password)\n/opt/app/start.sh\n' })],
    live: [asset.instance('hosting-prod', 'europe-west9-a', 'app-1', [{ key: 'startup-script', value: '#!/bin/bash\nDB_PASSWORD=$(gcloud secrets versions access latest --secret=db-password)\n/opt/app/start.sh\n' }])],
    at: { plan: 'google_compute_instance.app', live: 'instances/app-1' },
    expect: { status: 'pass', messageId: 'none' },
  },
  { name: 'a Cloud Run service with an API key in its environment', cloud: 'gcp', plan: [runV2('google_cloud_run_v2_service.api', runEnv(true))], live: [asset.runService('hosting-prod', 'orders-api', liveRunEnv(true))], at: { plan: 'google_cloud_run_v2_service.api', live: 'services/orders-api' }, expect: { status: 'fail', messageId: 'found' } },
  { name: 'a Cloud Run service reading its secrets from Secret Manager', cloud: 'gcp', plan: [runV2('google_cloud_run_v2_service.api', runEnv(false))], live: [asset.runService('hosting-prod', 'orders-api', liveRunEnv(false))], at: { plan: 'google_cloud_run_v2_service.api', live: 'services/orders-api' }, expect: { status: 'pass', messageId: 'none' } },
]);
