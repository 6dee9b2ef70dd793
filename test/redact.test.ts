import { INPUT_KINDS } from '../src/cli/composition-root.js';
import { describe, expect, it } from 'vitest';
import { REDACTED, Redactor } from '../src/report/redact.js';
import { CREDENTIAL_TOKENS, credentialShape } from '../src/policy/secret-scan.js';

/** A sample of every credential token the detector knows: [in a report string, the secret part]. */
const TOKEN_SAMPLES: Record<string, [string, string]> = {
  'a service account key file': ['key file {"private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkq\\n-----END PRIVATE KEY-----\\n"}', 'MIIEvQIBADANBgkq'],
  'a private key': ['pem -----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBm4Qv7Lm2Wp\n-----END EC PRIVATE KEY----- end', 'MHcCAQEEIBm4Qv7Lm2Wp'],
  'an AWS access key id': ['user key AKIAQV7LM2WP9ZR4KT8X in tag', 'AKIAQV7LM2WP9ZR4KT8X'],
  'a Google API key': ['maps key AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvW.', 'SyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvW'],
  'a Google OAuth access token': ['Authorization: Bearer ya29.a0AfH6SMBx3Qv7Lm2Wp9Zr4Kt8Xy5Nb3Hc6', 'a0AfH6SMBx3Qv7Lm2Wp9Zr4Kt8Xy5Nb3Hc6'],
  'a GitHub token': [`runner ghs_${'Qv7Lm2Wp9Z'.repeat(4)} registered`, 'Qv7Lm2Wp9ZQv7Lm2Wp9Z'],
  'a GitLab token': ['CI uses glpat-Qv7Lm2Wp9Zr4Kt8Xy5Nb3Hc6 for the mirror', 'Qv7Lm2Wp9Zr4Kt8Xy5Nb3Hc6'],
  'a Terraform Cloud token': [`tfc Qv7Lm2Wp9Zr4Kt.atlasv1.${'Xy5Nb3Hc6Jd1'.repeat(5)} end`, 'Xy5Nb3Hc6Jd1Xy5Nb3Hc6Jd1'],
  'a Slack token': ['hook xoxb-123456789012-Qv7Lm2Wp9Zr4Kt8X posted', '123456789012-Qv7Lm2Wp9Zr4Kt8X'],
  'a Stripe secret key': ['billing rk_test_4eC39HqLyjWDarjtT1zdp7dc here', '4eC39HqLyjWDarjtT1zdp7dc'],
  'a JSON Web Token': ['jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.Qv7Lm2Wp9Zr4Kt8Xy5Nb3Hc6Jd1 end', 'Qv7Lm2Wp9Zr4Kt8Xy5Nb3Hc6Jd1'],
};

describe('Redactor', () => {
  it('replaces every value the input marks sensitive, wherever it appears, longest first', () => {
    const r = new Redactor(['Example-Passw0rd-DoNotUse', 'Example-Passw0rd', 'sk3t-0987654']);
    expect(r.text('db password Example-Passw0rd-DoNotUse!')).toBe(`db password ${REDACTED}!`);
    expect(r.text('x=Example-Passw0rd;y=sk3t-0987654')).toBe(`x=${REDACTED};y=${REDACTED}`);
    expect(r.text('nothing to hide')).toBe('nothing to hide');
  });

  it('replaces what looks like a credential even when nothing marked it sensitive', () => {
    const r = new Redactor([]);
    const samples = [
      'AKIAIOSFODNN7EXAMPLE',
      'Server=tcp:db.example.net;Password=Hunter2-Secret;',
      'postgres://admin:S3cr3tPass@db.internal:5432/app',
      'token: ghp_abcdefghijklmnopqrstuvwxyz0123456789',
      '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----',
      'DefaultEndpointsProtocol=https;AccountName=st;AccountKey=' + 'A'.repeat(86) + '==;',
      'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
    ];
    for (const s of samples) {
      const out = r.text(s);
      expect(out).toContain(REDACTED);
      expect(out).not.toMatch(/AKIAIOSFODNN7EXAMPLE|Hunter2-Secret|S3cr3tPass|ghp_abc|MIIEowIBAAKCAQEA|AAAAAAAAAAAAAAAAAAAA|dozjgNryP4J3/);
    }
  });

  it('replaces every credential token the secret detector knows, all of it', () => {
    const r = new Redactor([]);
    // A token added to the detector without a sample here fails: the two can no longer drift apart.
    expect(Object.keys(TOKEN_SAMPLES).sort()).toEqual(CREDENTIAL_TOKENS.map((t) => t.why).sort());
    for (const [why, [text, secret]] of Object.entries(TOKEN_SAMPLES)) {
      expect(credentialShape(text), why).toBe(why);
      const out = r.text(text);
      expect(out, why).toContain(REDACTED);
      for (let i = 0; i + 6 <= secret.length; i++) expect(out, `${why}: ${secret.slice(i, i + 6)}`).not.toContain(secret.slice(i, i + 6));
    }
  });

  it('stays linear on strings built to make its patterns backtrack', () => {
    const MIB = 1024 * 1024;
    for (const hostile of ['-----BEGIN '.repeat(MIB / 11), 'eyJaaaaaaaaaa.'.repeat(MIB / 14), `${'A'.repeat(13)}.atlasv1.`.repeat(MIB / 22), 'glpat-'.repeat(MIB / 6), 'a://b:'.repeat(MIB / 6)]) {
      const start = performance.now();
      new Redactor([]).text(hostile);
      // Guards against catastrophic backtracking, not a benchmark: quadratic work on 1 MiB takes minutes.
      expect(performance.now() - start, hostile.slice(0, 16)).toBeLessThan(1000);
    }
  });

  it('leaves ordinary report text alone', () => {
    const r = new Redactor([]);
    for (const s of [
      'Opens SSH (22) to the internet (0.0.0.0/0).',
      'module.data.google_storage_bucket.this["exports"]',
      'arn:aws:kms:eu-west-3:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      'Grant roles/iam.serviceAccountTokenCreator to serviceAccount:ci@p.iam.gserviceaccount.com',
      '0b4b4f6f2f4a4e0d9a1e6a3c6a0c1d2e',
    ]) {
      expect(r.text(s)).toBe(s);
    }
  });

  it('redacts every string value of nested structures, in place', () => {
    const r = new Redactor(['Bench-Passw0rd-1']);
    const report = { a: ['Bench-Passw0rd-1', { m: 'x Bench-Passw0rd-1 y' }], n: 3, z: null };
    expect(r.inPlace(report)).toBe(report);
    expect(report).toEqual({ a: [REDACTED, { m: `x ${REDACTED} y` }], n: 3, z: null });
  });
});

describe('Redactor: gaps a hostile input would use', () => {
  const r = new Redactor([]);
  /** Every run of 4 characters of `secret` is absent from `out`: no fragment survives beside the marker. */
  const expectNoFragment = (out: string, secret: string) => {
    expect(out).toContain(REDACTED);
    for (let i = 0; i + 4 <= secret.length; i++) expect(out, `${secret.slice(i, i + 4)} in ${out}`).not.toContain(secret.slice(i, i + 4));
  };

  it('hides a URL password holding @ (or a raw /) whole, and one with an empty user', () => {
    expect(r.text('postgres://admin:Qv7@Lm2@Wp9Z@db.internal:5432/app')).toBe(`postgres://admin:${REDACTED}@db.internal:5432/app`);
    expect(r.text('mysql://app:Qv7/Lm2Wp9Z@db/app')).toBe(`mysql://app:${REDACTED}@db/app`);
    expect(r.text('redis://:Qv7Lm2Wp9Zr4Kt8X@cache.internal:6379/0')).toBe(`redis://:${REDACTED}@cache.internal:6379/0`);
    expect(r.text('clone https://x-access-token:Qv7Lm2Wp9Zr4Kt8X@github.com/org/repo.git')).toBe(`clone https://x-access-token:${REDACTED}@github.com/org/repo.git`);
    expect(r.text(`https://${'Qv7Lm2Wp9Zr4Kt8X'.repeat(2)}@github.com/org/repo.git`)).toBe(`https://${REDACTED}@github.com/org/repo.git`);
    // A port and a path are not a password; a short user alone is not a token.
    for (const s of ['https://console.example.com:8443/users/@alice', 'git::ssh://git@github.com/org/modules.git', 'https://example.com/a?to=ops@example.com']) expect(r.text(s)).toBe(s);
  });

  it('hides values of names that end in a secret word, whatever comes before it', () => {
    for (const [text, secret] of [
      ['NAME_PASSWORD=Qv7Lm2Wp9Zr4', 'Qv7Lm2Wp9Zr4'],
      ['export DB_ADMIN_PASSWORD=Qv7Lm2Wp9Zr4 && run', 'Qv7Lm2Wp9Zr4'],
      ['aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
      ['GITHUB_TOKEN=4f8a9c2e1b7d3a6f', '4f8a9c2e1b7d3a6f'],
      ['env: {"GITHUB_TOKEN": "4f8a9c2e1b7d3a6f"}', '4f8a9c2e1b7d3a6f'],
      ['Server=tcp:db;User ID=app;Password=Qv7 Lm2;Encrypt=true', 'Qv7'],
      ['tf_var_my_application_database_administrator_user_password_for_production=Qv7Lm2Wp9Zr4', 'Qv7Lm2Wp9Zr4'],
      ['password=12345678', '12345678'],
    ] as const) {
      expectNoFragment(r.text(text), secret);
    }
    expect(r.text('Server=tcp:db;User ID=app;Password=Qv7 Lm2;Encrypt=true')).toBe(`Server=tcp:db;User ID=app;Password=${REDACTED} Lm2;Encrypt=true`);
  });

  it('hides a quoted passphrase whole, spaces included, and an unquoted one to the end of a YAML line', () => {
    expect(r.text('password="correct horse battery staple"')).toBe(`password="${REDACTED}"`);
    expect(r.text("passphrase: 'correct horse battery staple' # rotated yearly")).toBe(`passphrase: '${REDACTED}' # rotated yearly`);
    expect(r.text('MYSQL_ROOT_PASSWORD: "s3cr3t \\"quoted\\" pass"')).toBe(`MYSQL_ROOT_PASSWORD: "${REDACTED}"`);
    expect(r.text('db:\n  password: correct horse battery staple\n  user: app')).toBe(`db:\n  password: ${REDACTED}\n  user: app`);
  });

  it('leaves no fragment where clues overlap: the whole union of spans is replaced', () => {
    // An access key id inside a storage account key, a token inside a quoted passphrase, a URL password holding a token.
    const key = `abc${'AKIAQV7LM2WP9ZR4KT8X'}${'Xy5Nb3Hc6Jd1'.repeat(5)}==`;
    expectNoFragment(r.text(`AccountKey=${key};EndpointSuffix=core.windows.net`), key.slice(0, -2));
    expectNoFragment(r.text(`password="pre ghp_${'Qv7Lm2Wp9Z'.repeat(4)} post"`), `pre ghp_${'Qv7Lm2Wp9Z'.repeat(4)} post`);
    expectNoFragment(r.text(`https://u:ghp_${'Qv7Lm2Wp9Z'.repeat(4)}@h@github.com`), `ghp_${'Qv7Lm2Wp9Z'.repeat(4)}@h`);
  });

  it('leaves what is no secret: harmless values, references to one, names that describe one', () => {
    for (const s of [
      'password: true',
      'token: [REDACTED]',
      'password_policy: minimum length 14',
      'kms_key_id: arn:aws:kms:eu-west-3:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      'secret_name=prod/db/password',
      'Values known only after apply, which could hold a secret, were not checked: environment[0].variables.DB_PASSWORD.',
    ]) {
      expect(r.text(s)).toBe(s);
    }
  });
});

describe('values marked sensitive are tracked per input', () => {
  it('hide a value in what its own plan gives, and never blank the same word in another input', async () => {
    const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const { scan } = await import('../src/scan.js');
    const { DEFAULT_SETTINGS } = await import('../src/settings.js');
    const { BUILTIN_POLICIES } = await import('../policies/index.js');
    const { buildPlan } = await import('./helpers/plan-builder.js');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cldscan-per-input-'));
    try {
      // The billing plan marks its database's master user name, `analytics`, sensitive.
      const billing = buildPlan([
        {
          address: 'aws_db_instance.analytics',
          values: { engine: 'postgres', instance_class: 'db.t3.micro', username: 'analytics', storage_encrypted: false, publicly_accessible: false, backup_retention_period: 7 },
          unknown: { id: true, arn: true, password: true },
          sensitive: { username: true, password: true },
        },
      ]);
      // The data plan has a volume named analytics, and nothing sensitive.
      const data = buildPlan([{ address: 'aws_ebs_volume.analytics', values: { availability_zone: 'eu-west-3a', encrypted: false, size: 20 }, unknown: { id: true, arn: true } }]);
      writeFileSync(path.join(dir, 'billing.json'), JSON.stringify(billing));
      writeFileSync(path.join(dir, 'data.json'), JSON.stringify(data));
      const report = await scan({ kinds: INPUT_KINDS, inputs: [path.join(dir, 'billing.json'), path.join(dir, 'data.json')], sourceRoot: dir, settings: DEFAULT_SETTINGS, policies: BUILTIN_POLICIES });
      const ids = (input: string) => [...new Set(report.findings.filter((f) => f.input.endsWith(input)).map((f) => f.resource.id))];
      expect(ids('data.json')).toEqual(['aws_ebs_volume.analytics']);
      expect(report.findings.filter((f) => f.input.endsWith('data.json')).every((f) => !JSON.stringify(f).includes(REDACTED))).toBe(true);
      // In its own plan the value stays hidden, wherever it appears.
      expect(ids('billing.json')).toEqual([`aws_db_instance.${REDACTED}`]);
      expect(JSON.stringify(report.findings.filter((f) => f.input.endsWith('billing.json')))).not.toContain('analytics');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
