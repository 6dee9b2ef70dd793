import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkNamedValue, credentialShape, decodeUserData, isReference, scanObject, scanScript, secretKind, type SecretHit } from '../src/policy/secret-scan.js';

/**
 * The one secret detector of every cloud: credential shapes, secret-named settings, references,
 * scripts, documents and decoding; it says where and why, never the value, and stays linear on
 * hostile input.
 */

const SECRET = 'Zx9-not-a-real-secret-Q7';
/** No English word in it, so that no piece of it can match a phrase. */
const OPAQUE = 'Qv7Lm2Wp9Zr4Kt8Xy5Nb';

/** Neither the value nor any 6-character piece of it in what comes out. */
function expectNoPieceOf(value: string, out: unknown): void {
  const text = JSON.stringify(out);
  for (let i = 0; i + 6 <= value.length; i++) expect(text, `a piece of the value: ${value.slice(i, i + 6)}`).not.toContain(value.slice(i, i + 6));
}

describe('credential shapes, whatever the name', () => {
  const SHAPES: Array<[string, string, string]> = [
    // [value, why, the part that is secret]
    ['-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA7QxY', 'a private key', 'MIIEpAIBAAKCAQEA7QxY'],
    ['-----BEGIN RSA PRIVATE KEY-----\nMIIE...', 'a private key', 'MIIE...'],
    ['-----BEGIN OPENSSH PRIVATE KEY-----', 'a private key', 'BEGIN OPENSSH PRIVATE KEY'],
    ['{"type": "service_account", "private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkq"}', 'a service account key file', 'MIIEvQIBADANBgkq'],
    ['AKIAIOSFODNN7EXAMPLE', 'an AWS access key id', 'AKIAIOSFODNN7EXAMPLE'],
    ['AKIAABCDEFGHIJKLMNOP', 'an AWS access key id', 'AKIAABCDEFGHIJKLMNOP'],
    ['ASIAIOSFODNN7EXAMPLE', 'an AWS access key id', 'ASIAIOSFODNN7EXAMPLE'],
    ['ABIAIOSFODNN7EXAMPLE', 'an AWS access key id', 'ABIAIOSFODNN7EXAMPLE'],
    ['ACCAIOSFODNN7EXAMPLE', 'an AWS access key id', 'ACCAIOSFODNN7EXAMPLE'],
    ['key=AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvW', 'a Google API key', 'AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvW'],
    ['Bearer ya29.a0AfH6SMBx3Qv7Lm2Wp9Zr4Kt8', 'a Google OAuth access token', 'a0AfH6SMBx3Qv7Lm2Wp9Zr4Kt8'],
    [`ghp_${'a1B2c3D4e5'.repeat(4)}`, 'a GitHub token', 'a1B2c3D4e5a1B2c3D4e5'],
    [`github_pat_${'11ABCDEFG0'.repeat(5)}`, 'a GitHub token', '11ABCDEFG011ABCDEFG0'],
    ['glpat-Qv7Lm2Wp9Zr4Kt8Xy5Nb', 'a GitLab token', 'Qv7Lm2Wp9Zr4Kt8Xy5Nb'],
    [`Qv7Lm2Wp9Zr4Kt.atlasv1.${'Xy5Nb3Hc6Jd1'.repeat(5)}`, 'a Terraform Cloud token', 'Xy5Nb3Hc6Jd1Xy5Nb3Hc6Jd1'],
    ['xoxb-123456789012-Qv7Lm2Wp9Zr4', 'a Slack token', '123456789012-Qv7Lm2Wp9Zr4'],
    ['sk_live_4eC39HqLyjWDarjtT1zdp7dc', 'a Stripe secret key', '4eC39HqLyjWDarjtT1zdp7dc'],
    ['rk_live_4eC39HqLyjWDarjtT1zdp7dc', 'a Stripe secret key', '4eC39HqLyjWDarjtT1zdp7dc'],
    ['eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.Qv7Lm2Wp9Zr4Kt8Xy5Nb', 'a JSON Web Token', 'Qv7Lm2Wp9Zr4Kt8Xy5Nb'],
    [`postgres://app:${SECRET}@db.internal:5432/app`, 'a URL with a password', SECRET],
    [`redis://:${SECRET}@cache:6380`, 'a URL with a password', SECRET],
    [`Server=tcp:s.database.windows.net;Database=d;User ID=u;Password=${SECRET};`, 'a connection string with a password', SECRET],
    [`DRIVER={ODBC Driver 17};SERVER=s;UID=u;PWD=${SECRET};`, 'a connection string with a password', SECRET],
    [`DefaultEndpointsProtocol=https;AccountName=st;AccountKey=${'A'.repeat(40)}==;`, 'a connection string with a storage account key', 'A'.repeat(40)],
    [`Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${'B'.repeat(43)}=`, 'a connection string with a shared access key', 'B'.repeat(43)],
    [`https://st.blob.core.windows.net/c?sv=2022-11-02&sp=r&sig=${'C'.repeat(40)}`, 'a SAS signature', 'C'.repeat(40)],
  ];

  it('names each shape, and no hit carries any piece of the secret', () => {
    for (const [value, why, secret] of SHAPES) {
      expect(credentialShape(value), value.slice(0, 24)).toBe(why);
      const hit = checkNamedValue('x', 'SETTING', value);
      expect(hit, value.slice(0, 24)).toEqual({ path: 'x', why });
      expectNoPieceOf(secret, hit);
      const inScript = scanScript('user_data', `#!/bin/sh\necho start\n${value}\n`);
      expect(inScript, value.slice(0, 24)).toEqual([{ path: 'user_data', why: `${why} (line 3)` }]);
      expectNoPieceOf(secret, inScript);
    }
  });

  it('leaves look-alikes alone', () => {
    for (const value of [
      'https://api.example.com:8443/v1',
      'https://hooks.slack.com/services/T0/B0/x',
      'git+ssh://git@github.com:org/repo.git',
      'postgres://app:${DB_PASSWORD}@db:5432/app',
      'postgres://app:{password}@db:5432/app',
      'Server=s;Database=d;Password=;',
      'Server=s;Database=d;Password={your_password};',
      'Server=s;Database=d;Password=$(DB_PASSWORD);',
      'password=hunter22',
      'InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://francecentral-1.in.applicationinsights.azure.com/',
      'AKIAIOSFODNN7EXAMPLEX',
      'xAKIAIOSFODNN7EXAMPL',
      'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIG admin@example.com',
    ]) {
      expect(credentialShape(value), value).toBeUndefined();
    }
  });
});

describe('names that say secret', () => {
  it('gives the kind from the rightmost secret word, in any spelling', () => {
    const kinds: Array<[string, string]> = [
      ['DB_PASSWORD', 'a password'],
      ['dbPassword', 'a password'],
      ['DBPassword', 'a password'],
      ['db-passwd', 'a password'],
      ['DB_PWD', 'a password'],
      ['SECURITY_PASS', 'a password'],
      ['KEY_PASSPHRASE', 'a password'],
      ['MOT_DE_PASSE', 'a password'],
      ['MDP', 'a password'],
      ['mysqlRootPassword', 'a password'],
      ['client_secret', 'a secret'],
      ['clientSecret', 'a secret'],
      ['MICROSOFT_PROVIDER_AUTHENTICATION_SECRET', 'a secret'],
      ['GITHUB_TOKEN', 'a token'],
      ['API_TOKEN', 'a token'],
      ['refreshToken', 'a token'],
      ['BEARER', 'a token'],
      ['API_KEY', 'an API key'],
      ['ApiKey', 'an API key'],
      ['APIKey', 'an API key'],
      ['stripe.api-key', 'an API key'],
      ['SENDGRID_API_KEY', 'an API key'],
      ['AWS_SECRET_ACCESS_KEY', 'an access key'],
      ['ACCESS_KEY', 'an access key'],
      ['SECRET_KEY', 'a secret key'],
      ['PRIVATE_KEY', 'a private key'],
      ['private_key_pem', 'a private key'],
      ['SSH_KEY', 'a private key'],
      ['storageAccountKey', 'a key'],
      ['SIGNING_KEY', 'a key'],
      ['ENCRYPTION_KEY', 'a key'],
      ['GOOGLE_CREDENTIALS', 'a credential'],
      ['DB_CREDS', 'a credential'],
      ['BASIC_AUTH', 'a credential'],
      ['DB_CONNECTION_STRING', 'a connection string'],
      ['ConnectionString', 'a connection string'],
      ['DATABASE_DSN', 'a connection string'],
      ['DB_PASSWORD_PROD', 'a password'],
    ];
    for (const [name, kind] of kinds) expect(secretKind(name), name).toBe(kind);
  });

  it('not names that describe a secret, nor names without a secret word', () => {
    for (const name of [
      'KEY_VAULT_SECRET_URI',
      'JWT_SECRET_NAME',
      'PASSWORD_MIN_LENGTH',
      'TOKEN_AUDIENCE',
      'APPINSIGHTS_INSTRUMENTATIONKEY',
      'DB_PASSWORD_FILE',
      'DB_PASSWORD_ARN',
      'TOKEN_TTL',
      'TOKEN_URL',
      'SECRET_ID',
      'SECRET_VERSION',
      'AUTH_TOKEN_ENABLED',
      'PASSWORD_RESET_TIMEOUT',
      'password-stdin',
      'password_path',
      'secret-name',
      'aws_access_key_id',
      'SECRETS_MANAGER',
      'AUTH_DOMAIN',
      'CONFIG_KEY',
      'PRIMARY_KEY',
      'LOG_LEVEL',
      'BYPASS',
      'chpasswd',
      'ssh_pwauth',
      'commandToExecute',
      '',
    ]) {
      expect(secretKind(name), name).toBeUndefined();
    }
  });
});

describe('references and harmless values', () => {
  it('knows references to a store and values filled in at run time', () => {
    for (const value of [
      'arn:aws:secretsmanager:eu-west-3:111122223333:secret:db-AbCdEf',
      'arn:aws-us-gov:ssm:us-gov-west-1:111122223333:parameter/db',
      'arn:aws:kms:eu-west-3:111122223333:key/0a0a',
      '{{resolve:secretsmanager:db:SecretString:password}}',
      '@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/db/)',
      '@Microsoft.KeyVault(VaultName=kv;SecretName=db)',
      'secretref:db-password',
      'keyvaultref:https://kv.vault.azure.net/secrets/db,identityref:/x',
      'projects/hosting-prod/secrets/db-password/versions/latest',
      'sm://hosting-prod/db-password',
      'vault://secret/data/db#password',
      '${DB_PASSWORD}',
      '$(cat /run/secrets/db)',
      '$DB_PASSWORD',
      '$env:DB_PASSWORD',
      '{{ vault_token }}',
      '#{DbPassword}',
      '<%= @password %>',
      '%DB_PASSWORD%',
      '!Ref DbPassword',
      'os.environ["DB_PASSWORD"]',
      'getenv("DB_PASSWORD")',
      'process.env.DB_PASSWORD',
      '/run/secrets/db',
      '/prod/db/password',
      './secrets/db.txt',
      '~/.ssh/id_rsa',
      'C:\\secrets\\db.txt',
    ]) {
      expect(isReference(value), value).toBe(true);
      expect(checkNamedValue('x', 'DB_PASSWORD', value), value).toBeUndefined();
    }
    expect(isReference(SECRET)).toBe(false);
    expect(isReference('x-very-sensitive-value')).toBe(false);
  });

  it('booleans, numbers, placeholders, public keys, addresses and very short values are no secrets', () => {
    for (const value of ['true', 'FALSE', 'yes', 'null', 'none', 'undefined', 'enabled', '3600', '8', '-1', '3.14', '', 'abc', '<your-password>', '****', 'xxxxxx', '...', 'REDACTED', 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ admin@x', 'https://oauth2.googleapis.com/token']) {
      expect(checkNamedValue('x', 'DB_PASSWORD', value), value).toBeUndefined();
    }
    expect(checkNamedValue('x', 'DB_PASSWORD', 42)).toBeUndefined();
    expect(checkNamedValue('x', 'DB_PASSWORD', null)).toBeUndefined();
  });
});

describe('named values', () => {
  it('tells literal secrets from references, templates and harmless values (AWS)', () => {
    expect(checkNamedValue('x', 'DB_PASSWORD', 'changeme')?.why).toBe('a password in a secret-named setting');
    expect(checkNamedValue('x', 'dbPassword', 'x9!kk-2')?.why).toBe('a password in a secret-named setting');
    expect(checkNamedValue('x', 'stripe.api-key', 'abc123def')?.why).toBe('an API key in a secret-named setting');
    expect(checkNamedValue('x', 'GITHUB', `ghp_${'a'.repeat(36)}`)?.why).toBe('a GitHub token');
    for (const [name, value] of [
      ['DB_PASSWORD', '${DB_PASSWORD}'],
      ['DB_PASSWORD', '{{resolve:secretsmanager:db:SecretString:password}}'],
      ['DB_SECRET', 'arn:aws:secretsmanager:eu-west-3:111122223333:secret:db-AbCdEf'],
      ['DB_PASSWORD_FILE', '/run/secrets/db'],
      ['PASSWORD_MIN_LENGTH', '8'],
      ['TOKEN_TTL', '3600'],
      ['AUTH', 'true'],
      ['DB_PASSWORD', '/prod/db/password'],
    ]) {
      expect(checkNamedValue('x', name!, value!), `${name}=${value}`).toBeUndefined();
    }
  });

  it('names that say secret, with literal values (Azure)', () => {
    for (const name of ['DB_PASSWORD', 'client_secret', 'API_KEY', 'ApiKey', 'GITHUB_TOKEN', 'storageAccountKey', 'MICROSOFT_PROVIDER_AUTHENTICATION_SECRET', 'DOCKER_REGISTRY_SERVER_PASSWORD']) {
      const hit = checkNamedValue(`app_settings.${name}`, name, SECRET);
      expect(hit, name).toEqual({ path: `app_settings.${name}`, why: `${secretKind(name)} in a secret-named setting` });
      expect(JSON.stringify(hit)).not.toContain(SECRET);
    }
  });

  it('names that describe a secret, references to a store, placeholders and non-secrets are not secrets (Azure)', () => {
    expect(secretKind('KEY_VAULT_SECRET_URI')).toBeUndefined();
    expect(secretKind('JWT_SECRET_NAME')).toBeUndefined();
    expect(secretKind('PASSWORD_MIN_LENGTH')).toBeUndefined();
    expect(secretKind('TOKEN_AUDIENCE')).toBeUndefined();
    expect(secretKind('APPINSIGHTS_INSTRUMENTATIONKEY')).toBeUndefined();
    expect(checkNamedValue('a', 'DB_PASSWORD', '@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/db/)')).toBeUndefined();
    expect(checkNamedValue('a', 'DB_PASSWORD', '@Microsoft.KeyVault(VaultName=kv;SecretName=db)')).toBeUndefined();
    expect(checkNamedValue('a', 'DB_PASSWORD', 'secretref:db-password')).toBeUndefined();
    expect(checkNamedValue('a', 'DB_PASSWORD', '${DB_PASSWORD}')).toBeUndefined();
    expect(checkNamedValue('a', 'DB_PASSWORD', '')).toBeUndefined();
    expect(checkNamedValue('a', 'PASSWORD_RESET_TIMEOUT', '3600')).toBeUndefined();
    expect(checkNamedValue('a', 'AUTH_TOKEN_ENABLED', 'true')).toBeUndefined();
    expect(checkNamedValue('a', 'APPLICATIONINSIGHTS_CONNECTION_STRING', 'InstrumentationKey=0000;IngestionEndpoint=https://x/')).toBeUndefined();
  });

  it('a connection string without a password or key is no secret; one with a literal that is not key=value pairs is', () => {
    expect(checkNamedValue('a', 'DB_CONNECTION_STRING', 'DRIVER={ODBC Driver 17 for SQL Server};SERVER=tcp:sql.database.windows.net,1433;DATABASE=db;')).toBeUndefined();
    expect(checkNamedValue('a', 'DB_CONNECTION_STRING', 'Server=s;Database=d;Trusted_Connection=True;')).toBeUndefined();
    expect(checkNamedValue('a', 'DB_CONNECTION_STRING', SECRET)).toEqual({ path: 'a', why: 'a connection string in a secret-named setting' });
    expect(checkNamedValue('x', 'ENDPOINT', 'https://api.example.com:8443/v1')).toBeUndefined();
  });

  it('Secret Manager references and names without a secret word pass (GCP)', () => {
    expect(checkNamedValue('env.DB_PASSWORD', 'DB_PASSWORD', 'sm://hosting-prod/db-password')).toBeUndefined();
    expect(checkNamedValue('env.LOG_LEVEL', 'LOG_LEVEL', 'debug-verbose')).toBeUndefined();
    expect(checkNamedValue('env.CLIENT_SECRET', 'clientSecret', 'Zm9vYmFyYmF6')).toEqual({ path: 'env.CLIENT_SECRET', why: 'a secret in a secret-named setting' });
  });
});

describe('scripts', () => {
  it('user data: assignments, YAML, a private key; not variables, comparisons or templates (AWS)', () => {
    const script = [
      '#!/bin/bash',
      'mysql -u root --password=$DB_PASS app < dump.sql',
      'if [ "$MODE" == "prod" ]; then echo ok; fi',
      'echo "password=hunter22" > /etc/app.conf',
      'db:',
      '  password: s3cr3t-v4lue',
      '  token: {{ vault_token }}',
      '-----BEGIN RSA PRIVATE KEY-----',
    ].join('\n');
    expect(scanScript('user_data', script)).toEqual([
      { path: 'user_data', why: 'a password assignment (line 4)' },
      { path: 'user_data', why: 'a password assignment (line 6)' },
      { path: 'user_data', why: 'a private key (line 8)' },
    ]);
  });

  it('custom data and cloud-init: assignments and flags of each kind (Azure)', () => {
    const script = `#!/bin/bash\nexport DB_PASSWORD="${SECRET}"\nmysql -u root --password=${SECRET} < x.sql\nAPI_TOKEN=${SECRET}\nssh_pwauth: false\nchpasswd:\n  expire: false\n`;
    const hits = scanScript('custom_data', script);
    expect(hits).toEqual([
      { path: 'custom_data', why: 'a password assignment (line 2)' },
      { path: 'custom_data', why: 'a password on a command line (line 3)' },
      { path: 'custom_data', why: 'a token assignment (line 4)' },
    ]);
    expect(JSON.stringify(hits)).not.toContain(SECRET);
    expect(scanScript('custom_data', 'export DB_PASSWORD=$DB_PASSWORD\ndocker login -u me --password-stdin acr.azurecr.io\n')).toEqual([]);
    expect(scanScript('x', '$password = ConvertTo-SecureString "' + SECRET + '" -AsPlainText -Force')).toEqual([{ path: 'x', why: 'a password assignment' }]);
  });

  it('without line numbers: once per kind of clue (an attribute whose layout is hidden)', () => {
    const script = `export DB_PASSWORD="${SECRET}"\nexport ADMIN_PASSWORD="${SECRET}"\nmysql --password ${SECRET}\nAPI_TOKEN=${SECRET}\n`;
    expect(scanScript('custom_data', script, { lineNumbers: false })).toEqual([
      { path: 'custom_data', why: 'a password assignment' },
      { path: 'custom_data', why: 'a password on a command line' },
      { path: 'custom_data', why: 'a token assignment' },
    ]);
  });

  it('finds assignments, flags and credential shapes in scripts, and says why without the value (GCP)', () => {
    const script = [
      '#!/bin/bash',
      'export MYSQL_ROOT_PASSWORD="s3cr3t-Value"',
      'mysql -u root --password=An0ther-Value -e "select 1"',
      'echo "-----BEGIN RSA PRIVATE KEY-----" > /tmp/k',
      'aws configure set aws_access_key_id AKIAIOSFODNN7EXAMPLE',
      'DB_URL=postgres://app:pa55word@10.0.0.5:5432/app',
      '# DB_PASSWORD=commented-out-value',
    ].join('\n');
    const found = scanScript('metadata.startup-script', script);
    expect(found.map((f) => f.why)).toEqual([
      'a password assignment (line 2)',
      'a password on a command line (line 3)',
      'a private key (line 4)',
      'an AWS access key id (line 5)',
      'a URL with a password (line 6)',
    ]);
    for (const secret of ['s3cr3t-Value', 'An0ther-Value', 'AKIAIOSFODNN7EXAMPLE', 'pa55word']) expect(JSON.stringify(found)).not.toContain(secret);
  });

  it('leaves references, run-time reads, paths and names about a secret alone (GCP)', () => {
    const script = [
      'DB_PASSWORD=$(gcloud secrets versions access latest --secret=db-password)',
      'export API_KEY="${API_KEY_FROM_ENV}"',
      'password = os.environ["DB_PASSWORD"]',
      'token: {{ vault_token }}',
      'PASSWORD_FILE=/run/secrets/db',
      'SECRET_NAME=projects/hosting-prod/secrets/db-password',
      'TOKEN_URL=https://oauth2.googleapis.com/token',
      'ENABLE_PASSWORD_AUTH=true',
      'cd "$(pwd)"',
    ].join('\n');
    expect(scanScript('user-data', script)).toEqual([]);
  });

  it('every assignment form: env files, YAML, JSON, PowerShell, Dockerfile, flags, container manifests', () => {
    const cases: Array<[string, string]> = [
      [`DB_PASSWORD=${OPAQUE}`, 'a password assignment'],
      [`export DB_PASSWORD="${OPAQUE}"`, 'a password assignment'],
      [`export DB_PASSWORD='${OPAQUE}'`, 'a password assignment'],
      [`set DB_PASSWORD=${OPAQUE}`, 'a password assignment'],
      [`ENV DB_PASSWORD=${OPAQUE}`, 'a password assignment'],
      [`db_password := ${OPAQUE}`, 'a password assignment'],
      [`  password: ${OPAQUE}`, 'a password assignment'],
      [`{"client_secret": "${OPAQUE}", "user": "app"}`, 'a secret assignment'],
      [`{"client_secret":"${OPAQUE}"}`, 'a secret assignment'],
      [`$env:API_TOKEN = "${OPAQUE}"`, 'a token assignment'],
      [`$password = ConvertTo-SecureString -String "${OPAQUE}" -AsPlainText -Force`, 'a password assignment'],
      [`https://x.example.com/login?user=app&password=${OPAQUE}`, 'a password assignment'],
      [`mysql --password=${OPAQUE}`, 'a password on a command line'],
      [`./setup.sh --password ${OPAQUE}`, 'a password on a command line'],
      [`./setup.sh --password "${OPAQUE}"`, 'a password on a command line'],
      [`New-LocalUser -Name app -Password ${OPAQUE}`, 'a password on a command line'],
      [`vault login -method=userpass --api-key ${OPAQUE}`, 'an API key on a command line'],
    ];
    for (const [line, why] of cases) {
      const hits = scanScript('s', line);
      expect(hits, line).toEqual([{ path: 's', why }]);
      expectNoPieceOf(OPAQUE, hits);
    }
    const manifest = `spec:\n  containers:\n    - name: agent\n      env:\n        - name: TFC_AGENT_NAME\n          value: agent-0\n        - name: TFC_AGENT_TOKEN\n          value: ${OPAQUE}\n        - name: DB_PASSWORD\n          valueFrom:\n            secretKeyRef: { name: db, key: password }\n`;
    expect(scanScript('m', manifest)).toEqual([{ path: 'm', why: 'a token assignment (line 7)' }]);
    expect(scanScript('m', `[\n  {\n    "name": "DB_PASSWORD",\n    "value": "${OPAQUE}"\n  }\n]`)).toEqual([{ path: 'm', why: 'a password assignment (line 3)' }]);
  });

  it('leaves flags without values, comparisons, times and addresses alone', () => {
    for (const line of [
      'docker login -u me --password-stdin acr.azurecr.io',
      'mysql --password -e "select 1"',
      'if [ "$PASSWORD" != "" ]; then echo set; fi',
      'if [[ $TOKEN =~ ^ghp ]]; then echo gh; fi',
      'password: <your password here>',
      'password: ****',
      'backup_time: 12:30',
      'token_endpoint: https://login.example.com/oauth2/token',
      'password:',
      `# DB_PASSWORD=${SECRET}`,
      'echo "the password is in the vault"',
      'PASSWORD=`cat /run/secrets/db`',
      'DB_PASSWORD=$(vault kv get -field=password secret/db --token=s.abcdefgh)',
    ]) {
      expect(scanScript('s', line), line).toEqual([]);
    }
  });

  it('a credential shape in a comment still counts', () => {
    expect(scanScript('s', '#!/bin/sh\n# old key: AKIAIOSFODNN7EXAMPLE\n')).toEqual([{ path: 's', why: 'an AWS access key id (line 2)' }]);
  });
});

describe('documents', () => {
  it('walks settings documents: secret-named keys, scripts inside strings; JSON text or parsed (Azure extensions)', () => {
    expect(scanObject('settings', JSON.stringify({ fileUris: ['https://x/y.sh'], commandToExecute: `./y.sh --password ${SECRET}` }))).toEqual([{ path: 'settings.commandToExecute', why: 'a password on a command line' }]);
    const doc = { commandToExecute: 'sh setup.sh', storageAccountKey: OPAQUE, nested: { list: [{ client_secret: OPAQUE }] }, script: `#!/bin/sh\nexport API_TOKEN=${OPAQUE}\n` };
    const hits = scanObject('properties.settings', doc);
    expect(hits).toEqual([
      { path: 'properties.settings.storageAccountKey', why: 'a key in a secret-named setting' },
      { path: 'properties.settings.nested.list[0].client_secret', why: 'a secret in a secret-named setting' },
      { path: 'properties.settings.script', why: 'a token assignment (line 2)' },
    ]);
    expectNoPieceOf(OPAQUE, hits);
    expect(scanObject('settings', `not json: export DB_PASSWORD=${SECRET}`)).toEqual([{ path: 'settings', why: 'a password assignment' }]);
    expect(scanObject('settings', { commandToExecute: 'sh setup.sh', timeout: 30, enabled: true })).toEqual([]);
  });

  it('stops at a hostile depth instead of overflowing the stack', () => {
    let deep: unknown = { password: SECRET };
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    expect(scanObject('settings', deep)).toEqual([]);
  });
});

describe('decoding user data and custom data', () => {
  const script = '#!/bin/sh\necho hi\n';

  it('plain, base64, and base64 of gzip', () => {
    expect(decodeUserData(script, { base64: false })).toBe(script);
    expect(decodeUserData(Buffer.from(script).toString('base64'), { base64: true })).toBe(script);
    const wrapped = Buffer.from(script.repeat(10)).toString('base64').replace(/(.{76})/g, '$1\n');
    expect(decodeUserData(wrapped, { base64: true })).toBe(script.repeat(10));
    expect(decodeUserData(gzipSync(script).toString('base64'), { base64: true })).toBe(script);
  });

  it('undefined when base64 was expected and does not decode, or decompresses past 1 MiB', () => {
    expect(decodeUserData('not base64!', { base64: true })).toBeUndefined();
    expect(decodeUserData(Buffer.from([0x1f, 0x8b, 1, 2, 3]).toString('base64'), { base64: true })).toBeUndefined();
    expect(decodeUserData(gzipSync(Buffer.alloc(2 * 1024 * 1024, 'a')).toString('base64'), { base64: true })).toBeUndefined();
  });

  it('maybe base64: decoded when it is base64 of text, else as given', () => {
    expect(decodeUserData(Buffer.from(script).toString('base64'), { base64: 'maybe' })).toBe(script);
    expect(decodeUserData(gzipSync(script).toString('base64'), { base64: 'maybe' })).toBe(script);
    expect(decodeUserData('not base64!', { base64: 'maybe' })).toBe('not base64!');
    expect(decodeUserData(script, { base64: 'maybe' })).toBe(script);
    const binary = Buffer.from(Array.from({ length: 64 }, (_, i) => (i * 37) % 256)).toString('base64');
    expect(decodeUserData(binary, { base64: 'maybe' })).toBe(binary);
  });
});

describe('hostile input stays linear', () => {
  const MIB = 1024 * 1024;
  const timed = (run: () => unknown): number => {
    const start = performance.now();
    run();
    return performance.now() - start;
  };

  it('a 1 MiB line of assignments, names, flags and shapes that never complete', () => {
    const lines = [
      'a='.repeat(MIB / 2),
      'password='.repeat(MIB / 9),
      'password=$x '.repeat(MIB / 12),
      '-password '.repeat(MIB / 10),
      'password: '.repeat(MIB / 10),
      'eyJ'.repeat(MIB / 3),
      'eyJaaaaaaaaaa.'.repeat(MIB / 14),
      'a://'.repeat(MIB / 4),
      `x://${'u'.repeat(250)}:${'p'.repeat(250)} `.repeat(MIB / 510),
      ';Password= '.repeat(MIB / 11),
      '$('.repeat(MIB / 2),
      'AKIA'.repeat(MIB / 4),
    ];
    for (const line of lines) {
      // Guards against catastrophic backtracking, not a benchmark: quadratic work on 1 MiB takes minutes.
      expect(timed(() => scanScript('user_data', line)), line.slice(0, 16)).toBeLessThan(1000);
      expect(timed(() => checkNamedValue('x', 'DB_PASSWORD', line)), line.slice(0, 16)).toBeLessThan(1000);
    }
  });

  it('256 KiB of short hostile lines', () => {
    const text = `${'password=$x a=b password: {x} --token -x\n'.repeat(6000)}`;
    expect(timed(() => scanScript('user_data', text))).toBeLessThan(1000);
    expect(timed(() => scanObject('settings', text))).toBeLessThan(1000);
  });

  it('stays fast on hostile lines', () => {
    const line = `${'a='.repeat(50_000)}${'-'.repeat(50_000)}`;
    const start = Date.now();
    scanScript('user-data', `${line}\n${' '.repeat(100_000)}--password ${'x'.repeat(100_000)}\n`);
    expect(Date.now() - start).toBeLessThan(2000);
  });
});

describe('never the value', () => {
  it('no hit of any kind contains the secret', () => {
    const s = OPAQUE;
    const hits: SecretHit[] = [
      ...scanScript('a', `export DB_PASSWORD=${s}\n--token ${s}\nkey: AKIA${s.slice(0, 16).toUpperCase()}\npostgres://u:${s}@h/db\n  - name: API_KEY\n    value: ${s}\n`),
      ...scanObject('b', { password: s, nested: { cmd: `run --secret ${s}` } }),
      checkNamedValue('c', 'CLIENT_SECRET', s)!,
      checkNamedValue('d', 'CONN', `Server=s;Password=${s};`)!,
    ];
    expect(hits.map((h) => `${h.path}: ${h.why}`)).toEqual([
      'a: a password assignment (line 1)',
      'a: a token on a command line (line 2)',
      'a: an AWS access key id (line 3)',
      'a: a URL with a password (line 4)',
      'a: an API key assignment (line 5)',
      'b.password: a password in a secret-named setting',
      'b.nested.cmd: a secret on a command line',
      'c: a secret in a secret-named setting',
      'd: a connection string with a password',
    ]);
    expectNoPieceOf(s, hits);
  });
});
